package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/redis/go-redis/v9"

	"github.com/linxia-talent/policybot/bot"
	"github.com/linxia-talent/policybot/bot/redisstate"
	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/memstore"
	"github.com/linxia-talent/policybot/dialog/redisstore"
	"github.com/linxia-talent/policybot/knowledge"
)

// serveConfig is the Telegram bot's configuration: environment variables,
// overridden by flags where a flag exists. The token has no flag, so it
// never shows in a process list.
type serveConfig struct {
	token         string
	apiURL        *string
	redisURL      *string
	redisMaster   *string
	adminAddr     *string
	webhookURL    *string
	listenAddr    *string
	webhookSecret string
	staffChat     *string
	sessionTTL    *time.Duration
	floodLimit    *int
	maxConns      *int
	replica       *string
}

// serveEnv lists the environment variables serve reads.
func serveEnv() []string {
	return []string{"TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "WEBHOOK_URL", "WEBHOOK_SECRET", "LISTEN_ADDR",
		"WEBHOOK_MAX_CONNECTIONS", "REDIS_URL", "REDIS_SENTINEL_MASTER", "ADMIN_ADDR", "STAFF_CHAT_ID",
		"SESSION_TTL", "FLOOD_LIMIT", "REPLICA_ID", "POLICYBOT_NOW"}
}

func serveFlags(fs *flag.FlagSet, getenv func(string) string) *serveConfig {
	ttl := 30 * 24 * time.Hour
	if v, err := time.ParseDuration(getenv("SESSION_TTL")); err == nil && v > 0 {
		ttl = v
	}
	maxConns := 0
	if v, err := strconv.Atoi(getenv("WEBHOOK_MAX_CONNECTIONS")); err == nil && v > 0 {
		maxConns = v
	}
	flood := 20
	if v, err := strconv.Atoi(getenv("FLOOD_LIMIT")); err == nil && v > 0 {
		flood = v
	}
	replica := getenv("REPLICA_ID")
	if replica == "" {
		replica, _ = os.Hostname()
	}
	return &serveConfig{
		token:         getenv("TELEGRAM_BOT_TOKEN"),
		webhookSecret: getenv("WEBHOOK_SECRET"),
		apiURL:        fs.String("api-url", getenv("TELEGRAM_API_URL"), "serve: Bot API server (default Telegram's)"),
		redisURL:      fs.String("redis-url", getenv("REDIS_URL"), "serve: Redis URL for sessions (empty: in memory)"),
		redisMaster:   fs.String("redis-master", getenv("REDIS_SENTINEL_MASTER"), "serve: Sentinel master name (REDIS_URL then lists a sentinel)"),
		adminAddr:     fs.String("admin-addr", getenv("ADMIN_ADDR"), "serve: address for /healthz and /metrics (empty: off)"),
		webhookURL:    fs.String("webhook-url", getenv("WEBHOOK_URL"), "serve: public webhook URL (empty: long polling)"),
		listenAddr:    fs.String("listen-addr", envOr(getenv, "LISTEN_ADDR", ":8080"), "serve: address the webhook listens on"),
		staffChat:     fs.String("staff-chat", getenv("STAFF_CHAT_ID"), "serve: chat id that receives hand-offs"),
		sessionTTL:    fs.Duration("session-ttl", ttl, "serve: idle time after which a session is deleted"),
		floodLimit:    fs.Int("flood-limit", flood, "serve: messages per chat per minute"),
		maxConns:      fs.Int("webhook-max-connections", maxConns, "serve: webhook connections Telegram may open at once, over all chats (each chat is in order at any value; 0: Telegram's default, 40)"),
		replica:       fs.String("replica", replica, "serve: this process's name in outbox leases; keep it across restarts (default the host name)"),
	}
}

func envOr(getenv func(string) string, k, def string) string {
	if v := getenv(k); v != "" {
		return v
	}
	return def
}

// redisClient builds a client from a URL: one server (redis://, rediss://,
// unix://), a Cluster (redis://h1:6379?addr=h2:6379&addr=h3:6379), or a
// Sentinel deployment when a master name is given (the URL then names a
// sentinel). The stores take any redis.UniversalClient.
func redisClient(rawURL, master string) (redis.UniversalClient, error) {
	opt, err := redis.ParseURL(rawURL)
	if err != nil {
		if copt, cerr := redis.ParseClusterURL(rawURL); cerr == nil {
			return redis.NewClusterClient(copt), nil
		}
		return nil, fmt.Errorf("REDIS_URL: %w", err)
	}
	if master != "" {
		return redis.NewFailoverClient(&redis.FailoverOptions{
			MasterName: master, SentinelAddrs: []string{opt.Addr},
			Username: opt.Username, Password: opt.Password, DB: opt.DB, TLSConfig: opt.TLSConfig,
		}), nil
	}
	return redis.NewClient(opt), nil
}

func serve(ctx context.Context, cfg *serveConfig, c *corpus.Corpus, ix *knowledge.Index, now func() time.Time, logger *slog.Logger) error {
	if cfg.token == "" {
		return fmt.Errorf("%w: serve needs TELEGRAM_BOT_TOKEN (create a bot with @BotFather; see README)", errUsage)
	}
	if *cfg.webhookURL != "" && cfg.webhookSecret == "" {
		return fmt.Errorf("%w: webhook mode needs WEBHOOK_SECRET", errUsage)
	}
	var staff int64
	if *cfg.staffChat != "" {
		v, err := strconv.ParseInt(*cfg.staffChat, 10, 64)
		if err != nil {
			return fmt.Errorf("%w: STAFF_CHAT_ID %q is not a chat id", errUsage, *cfg.staffChat)
		}
		staff = v
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	bcfg := bot.Config{
		Token: cfg.token, APIURL: *cfg.apiURL, Logger: logger, Metrics: bot.NewMetrics(reg),
		StaffChat: staff, FloodLimit: int64(*cfg.floodLimit),
	}

	var store dialog.DeliveryStore
	var health func(context.Context) error
	if *cfg.redisURL == "" {
		logger.Warn("REDIS_URL is empty: sessions are kept in memory and lost on restart; run one process only")
		store = memstore.New(*cfg.sessionTTL, now)
		health = func(context.Context) error { return nil }
	} else {
		rdb, err := redisClient(*cfg.redisURL, *cfg.redisMaster)
		if err != nil {
			return err
		}
		defer rdb.Close()
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err = rdb.Ping(pctx).Err()
		cancel()
		if err != nil {
			// Start anyway: users get "temporarily unavailable" until
			// Redis is back, which beats a bot that does not answer.
			logger.Error("redis unreachable at start-up; continuing", "err", err)
		}
		rs := redisstore.New(rdb, *cfg.sessionTTL)
		if fresh, err := rs.Start(ctx); err != nil {
			logger.Error("redis epoch unreadable at start-up; checked again on every update", "err", err)
		} else if fresh {
			logger.Warn("redis holds no epoch: a first start, or Redis lost its data while no process was running (users are then not told)")
		}
		store = rs
		bcfg.Limiter = redisstate.NewLimiter(rdb, time.Minute)
		health = func(ctx context.Context) error { return rdb.Ping(ctx).Err() }
	}
	eng, err := dialog.New(dialog.Config{Corpus: c, Answerer: ix, Store: store, Now: now})
	if err != nil {
		return err
	}
	bcfg.Engine, bcfg.Store, bcfg.Owner = eng, store, *cfg.replica
	b, err := bot.New(bcfg)
	if err != nil {
		return err
	}
	if err := b.Setup(ctx); err != nil {
		logger.Warn("setMyCommands failed; the command menu may be out of date", "err", err)
	}

	if *cfg.adminAddr != "" {
		admin := adminServer(*cfg.adminAddr, reg, health)
		ln, err := net.Listen("tcp", *cfg.adminAddr)
		if err != nil {
			return fmt.Errorf("admin listener: %w", err)
		}
		go admin.Serve(ln)
		defer admin.Close()
		logger.Info("admin endpoints", "addr", ln.Addr().String())
	}

	// Outboxes that a crash or failed delivery left behind go out now and
	// whenever the sweep finds one.
	sweepCtx, stopSweep := context.WithCancel(ctx)
	sweepDone := make(chan struct{})
	go func() {
		b.Redeliver(sweepCtx)
		close(sweepDone)
	}()
	defer func() { stopSweep(); <-sweepDone }()

	if *cfg.webhookURL == "" {
		logger.Info("receiving updates by long polling")
		err := b.RunPolling(ctx)
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
		defer cancel()
		return errors.Join(err, b.Shutdown(sctx))
	}
	return runWebhook(ctx, b, cfg, logger)
}

// shutdownGrace is how long updates under way may take to finish after a
// stop signal; what is not sent by then stays in its outbox.
const shutdownGrace = 20 * time.Second

func adminServer(addr string, reg *prometheus.Registry, health func(context.Context) error) *http.Server {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := health(ctx); err != nil {
			http.Error(w, "redis unreachable", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok\n"))
	})
	return &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
}

// runWebhook serves the webhook until ctx ends, then stops taking requests
// and lets the ones under way finish.
func runWebhook(ctx context.Context, b *bot.Bot, cfg *serveConfig, logger *slog.Logger) error {
	ln, err := net.Listen("tcp", *cfg.listenAddr)
	if err != nil {
		return fmt.Errorf("webhook listener: %w", err)
	}
	srv := &http.Server{Handler: b.WebhookHandler(cfg.webhookSecret), ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	logger.Info("webhook listening", "addr", ln.Addr().String(), "path", webhookPath(*cfg.webhookURL))
	if err := b.SetWebhook(ctx, *cfg.webhookURL, cfg.webhookSecret, *cfg.maxConns); err != nil {
		srv.Close()
		return fmt.Errorf("setWebhook: %w", err)
	}
	select {
	case err := <-errc:
		return fmt.Errorf("webhook server: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down: finishing updates under way")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	// The bot's shutdown cancels what is under way when the grace ends,
	// which lets the server's waiting requests return too.
	berr := make(chan error, 1)
	go func() { berr <- b.Shutdown(sctx) }()
	err = srv.Shutdown(sctx)
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return errors.Join(fmt.Errorf("webhook server shutdown: %w", err), <-berr)
	}
	return <-berr
}

// webhookPath is for the log: the URL's path, never its query.
func webhookPath(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[i:]
	} else {
		u = "/"
	}
	if i := strings.IndexByte(u, '?'); i >= 0 {
		u = u[:i]
	}
	return u
}
