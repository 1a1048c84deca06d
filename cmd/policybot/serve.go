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
	"github.com/linxia-talent/policybot/desk"
	"github.com/linxia-talent/policybot/desk/memdesk"
	"github.com/linxia-talent/policybot/desk/redisdesk"
	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/memstore"
	"github.com/linxia-talent/policybot/dialog/redisstore"
	"github.com/linxia-talent/policybot/internal/redisconn"
	"github.com/linxia-talent/policybot/knowledge"
	"github.com/linxia-talent/policybot/review"
	reviewmem "github.com/linxia-talent/policybot/review/memstore"
	reviewredis "github.com/linxia-talent/policybot/review/redisstore"
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
	staffUsers    *string
	raiseAfter    *time.Duration
	caseRetention *time.Duration
	sessionTTL    *time.Duration
	floodLimit    *int
	maxConns      *int
	replica       *string
}

// serveEnv lists the environment variables serve reads.
func serveEnv() []string {
	return []string{"TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "WEBHOOK_URL", "WEBHOOK_SECRET", "LISTEN_ADDR",
		"WEBHOOK_MAX_CONNECTIONS", "REDIS_URL", "REDIS_SENTINEL_MASTER", "ADMIN_ADDR", "STAFF_CHAT_ID",
		"STAFF_USER_IDS", "CASE_RAISE_AFTER", "CASE_RETENTION", "SESSION_TTL", "FLOOD_LIMIT", "REPLICA_ID", "POLICYBOT_NOW", "UNANSWERED_TTL", "VERDICT_TTL"}
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
	raise := 15 * time.Minute
	if v, err := time.ParseDuration(getenv("CASE_RAISE_AFTER")); err == nil && v > 0 {
		raise = v
	}
	retention := desk.Retention
	if v, err := time.ParseDuration(getenv("CASE_RETENTION")); err == nil && v > 0 {
		retention = v
	}
	replica := getenv("REPLICA_ID")
	if replica == "" {
		replica, _ = os.Hostname()
	}
	return &serveConfig{
		token:         getenv("TELEGRAM_BOT_TOKEN"),
		webhookSecret: getenv("WEBHOOK_SECRET"),
		apiURL:        fs.String("api-url", getenv("TELEGRAM_API_URL"), "serve: Bot API server (default Telegram's)"),
		redisURL:      fs.String("redis-url", getenv("REDIS_URL"), "serve: Redis for sessions: redis://host:6379/0, redis+cluster://h1:7000,h2:7001, redis+sentinel://s1:26379,s2:26379/master (empty: in memory)"),
		redisMaster:   fs.String("redis-master", getenv("REDIS_SENTINEL_MASTER"), "serve: no longer used; write redis+sentinel://s1,s2,s3/master in REDIS_URL"),
		adminAddr:     fs.String("admin-addr", getenv("ADMIN_ADDR"), "serve: address for /healthz and /metrics (empty: off)"),
		webhookURL:    fs.String("webhook-url", getenv("WEBHOOK_URL"), "serve: public webhook URL (empty: long polling)"),
		listenAddr:    fs.String("listen-addr", envOr(getenv, "LISTEN_ADDR", ":8080"), "serve: address the webhook listens on"),
		staffChat:     fs.String("staff-chat", getenv("STAFF_CHAT_ID"), "serve: chat id that receives hand-offs"),
		staffUsers:    fs.String("staff-users", getenv("STAFF_USER_IDS"), "serve: user ids (comma-separated) who act as staff; empty: the staff chat's administrators"),
		raiseAfter:    fs.Duration("case-raise-after", raise, "serve: how long a hand-off may wait unclaimed before staff are reminded and the user told"),
		caseRetention: fs.Duration("case-retention", retention, "serve: how long a closed hand-off case is kept"),
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

// redisClient builds the client REDIS_URL names (see internal/redisconn for
// the three forms) and checks that the server is what the URL says. A
// configuration that does not fit stops start-up; a server that cannot be
// reached does not: users hear "temporarily unavailable" until it is back.
func redisClient(ctx context.Context, rawURL, master string, logger *slog.Logger) (redis.UniversalClient, error) {
	if master != "" {
		return nil, fmt.Errorf("%w: REDIS_SENTINEL_MASTER is no longer read; name every sentinel and the master in REDIS_URL: redis+sentinel://s1:26379,s2:26379,s3:26379/%s", errUsage, master)
	}
	cfg, err := redisconn.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	rdb := redisconn.New(cfg)
	vctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	switch err := redisconn.Verify(vctx, cfg.Kind, rdb); {
	case errors.Is(err, redisconn.ErrConfig):
		rdb.Close()
		return nil, err
	case err != nil:
		logger.Error("redis unreachable at start-up; continuing", "kind", cfg.Kind.String(), "err", err)
	default:
		logger.Info("redis", "kind", cfg.Kind.String())
	}
	return rdb, nil
}

func serve(ctx context.Context, cfg *serveConfig, rc reviewConfig, c *corpus.Corpus, ix *knowledge.Index, now func() time.Time, norm func(string) string, logger *slog.Logger) error {
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
	var staffUsers []int64
	for _, f := range strings.FieldsFunc(*cfg.staffUsers, func(r rune) bool { return r == ',' || r == ' ' }) {
		v, err := strconv.ParseInt(f, 10, 64)
		if err != nil || v <= 0 {
			return fmt.Errorf("%w: STAFF_USER_IDS: %q is not a user id", errUsage, f)
		}
		staffUsers = append(staffUsers, v)
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	bcfg := bot.Config{
		Token: cfg.token, APIURL: *cfg.apiURL, Logger: logger, Metrics: bot.NewMetrics(reg),
		StaffChat: staff, FloodLimit: int64(*cfg.floodLimit),
		StaffUsers: staffUsers, RaiseAfter: *cfg.raiseAfter,
	}

	var store dialog.DeliveryStore
	var rstore review.Store
	var health func(context.Context) error
	if *cfg.redisURL == "" {
		logger.Warn("REDIS_URL is empty: sessions are kept in memory and lost on restart; run one process only")
		store = memstore.New(*cfg.sessionTTL, now)
		rstore = reviewmem.New(rc.unanswered, rc.verdicts, now)
		bcfg.Desk = desk.New(memdesk.New(*cfg.caseRetention, time.Now), time.Now) // real time: --now pretends a date for the policy only
		health = func(context.Context) error { return nil }
	} else {
		rdb, err := redisClient(ctx, *cfg.redisURL, *cfg.redisMaster, logger)
		if err != nil {
			return err
		}
		defer rdb.Close()
		rs := redisstore.New(rdb, *cfg.sessionTTL)
		if fresh, err := rs.Start(ctx); err != nil {
			logger.Error("redis epoch unreadable at start-up; checked again on every update", "err", err)
		} else if fresh {
			logger.Warn("redis holds no epoch: a first start, or Redis lost its data while no process was running (users are then not told)")
		}
		store = rs
		rstore = reviewredis.New(rdb, rc.unanswered, rc.verdicts)
		lim := redisstate.NewLimiter(rdb, time.Minute)
		bcfg.Limiter = lim
		// The flood counter is counted while the chat's record is read,
		// in one round trip (the two keys share the chat's slot).
		bcfg.FloodOpen = func(ctx context.Context, chat string, update int64, now time.Time) (dialog.Record, int64, error) {
			return rs.OpenCounting(ctx, chat, update, now, redisstate.FloodKey(chat), lim.Window())
		}
		bcfg.Desk = desk.New(redisdesk.New(rdb, *cfg.caseRetention), time.Now)
		health = func(ctx context.Context) error { return redisconn.Health(ctx, rdb) }
	}
	rv := newReview(rstore, rc, c, ix, now, norm, logger)
	eng, err := dialog.New(dialog.Config{Corpus: c, Answerer: rv.answerer, Recorder: rv.recorder, Store: store, Now: now, Normalize: norm, NamesSubject: ix.NamesSubject})
	if err != nil {
		return err
	}
	bcfg.Review = rv.desk
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

	// Cases nobody claimed are raised again.
	deskDone := make(chan struct{})
	go func() {
		b.RunDesk(sweepCtx)
		close(deskDone)
	}()
	defer func() { stopSweep(); <-deskDone }()

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
			// Which shard does not answer (addresses only, no secrets).
			http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
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
