package bot

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the front end's Prometheus metrics. They carry kinds, never
// chat ids or text.
type Metrics struct {
	Updates   *prometheus.CounterVec // by kind: text, command, button, media, ignored…
	Duplicate prometheus.Counter
	Limited   prometheus.Counter
	Panics    prometheus.Counter
	Calls     *prometheus.CounterVec // Bot API calls by method and result
	Retries   *prometheus.CounterVec // by method
	Handoffs  prometheus.Counter
	Latency   prometheus.Histogram
	// Redelivered counts outboxes sent by a process that did not commit
	// them, or on a redelivery; DataLost counts losses of the store noticed.
	Redelivered prometheus.Counter
	DataLost    prometheus.Counter
}

// NewMetrics registers the metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Updates: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "policybot_updates_total", Help: "Telegram updates received, by kind.",
		}, []string{"kind"}),
		Duplicate: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "policybot_updates_duplicate_total", Help: "Updates delivered again and skipped.",
		}),
		Limited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "policybot_updates_flood_limited_total", Help: "Messages over the per-chat flood limit.",
		}),
		Panics: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "policybot_panics_total", Help: "Panics recovered while handling an update.",
		}),
		Calls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "policybot_api_calls_total", Help: "Bot API calls, by method and result.",
		}, []string{"method", "result"}),
		Retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "policybot_api_retries_total", Help: "Bot API calls retried after 429, 5xx or a network error.",
		}, []string{"method"}),
		Handoffs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "policybot_handoffs_total", Help: "Requests for a person.",
		}),
		Latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "policybot_update_seconds", Help: "Time to handle one update, replies included.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2, 12),
		}),
	}
	m.Redelivered = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "policybot_outboxes_resumed_total", Help: "Outboxes whose delivery was resumed after a failure, crash or redelivery.",
	})
	m.DataLost = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "policybot_store_data_lost_total", Help: "Times the session store was found to have lost data.",
	})
	reg.MustRegister(m.Redelivered, m.DataLost)
	reg.MustRegister(m.Updates, m.Duplicate, m.Limited, m.Panics, m.Calls, m.Retries, m.Handoffs, m.Latency)
	return m
}
