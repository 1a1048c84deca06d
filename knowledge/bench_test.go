package knowledge

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/corpus"
)

// BenchmarkBuild measures building the index at start-up.
func BenchmarkBuild(b *testing.B) {
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ix, err := New(c)
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// BenchmarkSearch measures one Bleve search over the evaluation questions.
func BenchmarkSearch(b *testing.B) {
	ix := newTestIndex(b)
	qs := loadEval(b)
	ctx := context.Background()
	var took []time.Duration
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := ix.Search(ctx, qs[i%len(qs)].question, searchDepth); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
		i++
	}
	reportPercentiles(b, took)
}

// BenchmarkLookup measures a whole answer: coverage, search, ranking and
// excerpts. It reports the median and 99th percentile per question.
func BenchmarkLookup(b *testing.B) {
	ix := newTestIndex(b)
	qs := loadEval(b)
	ctx := context.Background()
	var took []time.Duration
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := ix.Lookup(ctx, qs[i%len(qs)].question); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
		i++
	}
	reportPercentiles(b, took)
}

func reportPercentiles(b *testing.B, took []time.Duration) {
	if len(took) == 0 {
		return
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
}
