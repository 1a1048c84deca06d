// Package bot is the Telegram front end: it turns updates into dialog
// inputs and replies into Bot API calls.
//
// An update is handled once and its replies are delivered once, through
// crashes and redeliveries: the session change and the replies it produced
// (the outbox) are written together with the chat's last applied update id
// (see dialog.DeliveryStore); the replies are then sent, the outbox cleared
// part by part, and only then is the update acknowledged. The files follow
// that road: webhook.go takes updates in, update.go decides what to say,
// outbox.go writes and delivers it, api.go makes the Bot API calls, and
// staff.go runs the staff desk's cases in the staff chat (staffauth.go
// says who is staff).
package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	randv2 "math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/linxia-talent/policybot/desk"
	"github.com/linxia-talent/policybot/desk/memdesk"
	"github.com/linxia-talent/policybot/dialog"
)

// Engine is the dialog engine as the front end uses it: each input is
// handled on a session store the front end passes in, so that the session
// change can be written together with the replies.
type Engine interface {
	HandleWith(ctx context.Context, st dialog.SessionStore, in dialog.Input) (dialog.Reply, error)
}

// Config is what a Bot is built from.
type Config struct {
	Token string
	// APIURL is the Bot API server; empty means Telegram's. Any
	// Bot API-compatible server (a local Bot API server, a test server)
	// works.
	APIURL  string
	Engine  Engine
	Logger  *slog.Logger
	Metrics *Metrics
	// Store keeps sessions with their delivery records; it must be the
	// one the engine was built with.
	Store dialog.DeliveryStore
	// Owner names this process in the leases on outboxes; a process
	// restarted under the same name takes its own leases back at once.
	// Empty means a random name.
	Owner string
	// Limiter defaults to an in-process one.
	Limiter Limiter
	// FloodOpen, when set, is Store.Open that also counts the update in
	// the chat's flood window (the Limiter's counter, which it must
	// share) when the record shows the update new: no outbox waiting, no
	// lost check, not applied at now. It returns the count, 0 when it
	// did not count. It saves the Limiter's round trip for the updates
	// that count (serve with Redis: redisstore's OpenCounting).
	FloodOpen func(ctx context.Context, chat string, update int64, now time.Time) (dialog.Record, int64, error)
	// FloodLimit is how many messages a chat may send per FloodWindow;
	// 0 means 20 per minute.
	FloodLimit  int64
	FloodWindow time.Duration
	// StaffChat, when set, is the chat (usually a group of the responsible
	// departments' staff) that receives hand-offs; staff reply to a
	// hand-off there and the reply reaches the user.
	StaffChat int64
	// Review answers the staff's review commands in StaffChat, for
	// members the staff check (StaffUsers, or the chat's administrators)
	// accepts; nil: none (see review.go).
	Review ReviewDesk
	// Desk keeps the hand-off cases; nil means in memory (lost on
	// restart; one process only).
	Desk *desk.Desk
	// StaffUsers, when set, are the users who act as staff; otherwise the
	// staff chat's administrators do, read with getChatAdministrators and
	// cached for AdminCache (0 means 5 minutes).
	StaffUsers []int64
	AdminCache time.Duration
	// RaiseAfter is how long a case may wait unclaimed before staff are
	// reminded and the user told (RunDesk); 0 means 15 minutes.
	RaiseAfter time.Duration
	// HTTPClient is used for every API call; nil means one with a pool of
	// idle connections large enough for many chats at once.
	HTTPClient *http.Client
	// SkipGetMe skips checking the token at start-up (for tests).
	SkipGetMe bool
	// Backoff is the wait before retry attempt n (1, 2, …) after a 5xx or
	// a network error; nil means exponential from 250ms with jitter, at
	// most 8s. RetryAfterUnit scales a 429's retry_after (default 1s).
	Backoff        func(n int) time.Duration
	RetryAfterUnit time.Duration
	// UpdateTimeout bounds the handling of one update, replies and retries
	// included; 0 means 2 minutes.
	UpdateTimeout time.Duration
	// Lease is how long an outbox stays this process's after it last
	// claimed or renewed it (it renews while sending); after that, if
	// the process died, another takes it over. 0 means 30 seconds.
	Lease time.Duration
	// SweepEvery is how often outboxes left by failed deliveries are
	// looked for; 0 means 2 seconds.
	SweepEvery time.Duration
	// Now is the clock for leases and the redelivery window; nil means
	// time.Now.
	Now func() time.Time
}

// maxAttempts bounds the tries of one API call.
const maxAttempts = 6

// Bot is the Telegram front end.
type Bot struct {
	cfg      Config
	tg       *tgbot.Bot
	log      *slog.Logger
	m        *Metrics
	dispatch *dispatcher
	username string
	checks   *checkMemory
	outage   *outage
	desk     *desk.Desk
	staff    *StaffAuth
	// id is the bot's own user id (the token's first part).
	id int64
	// apiBase is the URL of the Bot API's methods, up to the method name
	// (it holds the token: never log it).
	apiBase string

	forumMu    sync.Mutex
	forum      bool
	forumKnown bool

	// base is the context of all handling; cancelled when a shutdown's
	// grace runs out.
	base   context.Context
	cancel context.CancelFunc
}

// New checks the configuration and connects to the Bot API (getMe, unless
// SkipGetMe).
func New(cfg Config) (*Bot, error) {
	if cfg.Token == "" {
		return nil, errors.New("bot: no token")
	}
	if cfg.Engine == nil || cfg.Logger == nil || cfg.Metrics == nil || cfg.Store == nil {
		return nil, errors.New("bot: engine, store, logger and metrics are required")
	}
	if cfg.Owner == "" {
		var b [6]byte
		rand.Read(b[:])
		cfg.Owner = hex.EncodeToString(b[:])
	}
	if cfg.FloodWindow == 0 {
		cfg.FloodWindow = time.Minute
	}
	if cfg.FloodLimit == 0 {
		cfg.FloodLimit = 20
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Limiter == nil {
		cfg.Limiter = NewMemLimiter(cfg.FloodWindow, cfg.Now)
	}
	if cfg.Backoff == nil {
		cfg.Backoff = func(n int) time.Duration {
			d := 250 * time.Millisecond << min(n-1, 5)
			d = min(d, 8*time.Second)
			return d/2 + randv2.N(d/2+1)
		}
	}
	if cfg.RetryAfterUnit == 0 {
		cfg.RetryAfterUnit = time.Second
	}
	if cfg.UpdateTimeout == 0 {
		cfg.UpdateTimeout = 2 * time.Minute
	}
	if cfg.Lease == 0 {
		cfg.Lease = 30 * time.Second
	}
	if cfg.SweepEvery == 0 {
		cfg.SweepEvery = 2 * time.Second
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{
			Timeout: 70 * time.Second,
			Transport: &http.Transport{
				Proxy:               http.ProxyFromEnvironment,
				MaxIdleConns:        200,
				MaxIdleConnsPerHost: 200,
				IdleConnTimeout:     90 * time.Second,
				ForceAttemptHTTP2:   true,
			},
		}
	}
	if cfg.AdminCache == 0 {
		cfg.AdminCache = 5 * time.Minute
	}
	if cfg.RaiseAfter == 0 {
		cfg.RaiseAfter = 15 * time.Minute
	}
	if cfg.Desk == nil {
		cfg.Desk = desk.New(memdesk.New(desk.Retention, cfg.Now), cfg.Now)
	}
	b := &Bot{cfg: cfg, log: cfg.Logger, m: cfg.Metrics, dispatch: newDispatcher(), checks: newCheckMemory(), outage: newOutage(), desk: cfg.Desk}
	b.id, _ = strconv.ParseInt(strings.SplitN(cfg.Token, ":", 2)[0], 10, 64)
	b.staff = newStaffAuth(cfg.StaffChat, cfg.StaffUsers, cfg.AdminCache, cfg.Now, b.chatAdmins)
	b.base, b.cancel = context.WithCancel(context.Background())
	opts := []tgbot.Option{
		tgbot.WithHTTPClient(60*time.Second, cfg.HTTPClient),
		tgbot.WithErrorsHandler(func(err error) {
			// The library's errors name the method, never the token (it
			// masks it in URLs); they can carry no message text of ours.
			b.log.Warn("telegram library", "err", err)
		}),
		tgbot.WithDefaultHandler(func(_ context.Context, _ *tgbot.Bot, u *models.Update) { b.receive(u, nil) }),
		tgbot.WithNotAsyncHandlers(), // receive only queues; order is kept per chat
		tgbot.WithWorkers(1),
		tgbot.WithAllowedUpdates(tgbot.AllowedUpdates{"message", "edited_message", "callback_query", "my_chat_member"}),
	}
	server := "https://api.telegram.org" // the library's default
	if cfg.APIURL != "" {
		server = strings.TrimRight(cfg.APIURL, "/")
		opts = append(opts, tgbot.WithServerURL(server))
	}
	b.apiBase = server + "/bot" + cfg.Token + "/"
	if cfg.SkipGetMe {
		opts = append(opts, tgbot.WithSkipGetMe())
	}
	tg, err := tgbot.New(cfg.Token, opts...)
	if err != nil {
		return nil, fmt.Errorf("bot: connect to the Bot API: %w", redact(err, cfg.Token))
	}
	b.tg = tg
	if !cfg.SkipGetMe {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		if me, err := tg.GetMe(ctx); err == nil {
			b.username = me.Username
		}
		cancel()
	}
	return b, nil
}

// commands are the commands registered with setMyCommands.
func commands() []models.BotCommand {
	return []models.BotCommand{
		{Command: "start", Description: "开始使用，查看能做什么"},
		{Command: "check", Description: "资格自查（贷款、离岗创业、特派员等）"},
		{Command: "ask", Description: "提问，例如 /ask 大学生创业能贷多少钱"},
		{Command: "back", Description: "修改上一题的回答"},
		{Command: "cancel", Description: "退出当前自查"},
		{Command: "human", Description: "转人工"},
		{Command: "mine", Description: "查看我的自查记录（自查编号）"},
		{Command: "forget", Description: "删除保存的我的记录"},
		{Command: "about", Description: "关于这份政策文件和有效期"},
		{Command: "help", Description: "使用说明"},
	}
}

// Setup registers the commands with Telegram.
func (b *Bot) Setup(ctx context.Context) error {
	return b.call(ctx, "setMyCommands", func(ctx context.Context) error {
		_, err := b.tg.SetMyCommands(ctx, &tgbot.SetMyCommandsParams{Commands: commands()})
		return err
	})
}

// RunPolling receives updates by long polling until ctx ends. Updates take
// the same road as through the webhook; an outbox left by a failed delivery
// is sent by Redeliver. Call Shutdown after it returns, to finish the
// updates received.
func (b *Bot) RunPolling(ctx context.Context) error {
	if err := b.call(ctx, "deleteWebhook", func(ctx context.Context) error {
		_, err := b.tg.DeleteWebhook(ctx, &tgbot.DeleteWebhookParams{})
		return err
	}); err != nil {
		return fmt.Errorf("bot: delete webhook before polling: %w", err)
	}
	b.tg.Start(ctx) // returns when ctx ends
	return nil
}

// SetWebhook asks Telegram to deliver updates to url with the secret, over
// at most maxConns connections at once (0: Telegram's default, 40).
// Telegram sends one chat's updates one at a time, the next only after the
// previous was acknowledged, so each chat stays in order at any maxConns.
func (b *Bot) SetWebhook(ctx context.Context, url, secret string, maxConns int) error {
	return b.call(ctx, "setWebhook", func(ctx context.Context) error {
		_, err := b.tg.SetWebhook(ctx, &tgbot.SetWebhookParams{
			URL: url, SecretToken: secret, MaxConnections: maxConns,
			AllowedUpdates: []string{"message", "edited_message", "callback_query", "my_chat_member"},
		})
		return err
	})
}

// Shutdown refuses new updates and waits for those under way until ctx
// ends; then it cancels them (their outboxes stay, for a redelivery or
// another process to send) and waits for them to return.
func (b *Bot) Shutdown(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		b.dispatch.close()
		close(done)
	}()
	select {
	case <-done:
		b.cancel()
		return nil
	case <-ctx.Done():
		b.cancel()
		<-done
		return fmt.Errorf("bot: shutdown: %w", ctx.Err())
	}
}

// Close is Shutdown without a deadline.
func (b *Bot) Close() { b.Shutdown(context.Background()) }

// redact removes the token from an error's text. The chain is kept when
// the token is not in it.
func redact(err error, token string) error {
	if err == nil || token == "" || !strings.Contains(err.Error(), token) {
		return err
	}
	return &redacted{msg: strings.ReplaceAll(err.Error(), token, "***"), err: err}
}

// redacted is an error whose text lost the token but whose chain stays,
// so errors.Is and errors.As still see the library's errors.
type redacted struct {
	msg string
	err error
}

func (r *redacted) Error() string { return r.msg }
func (r *redacted) Unwrap() error { return r.err }
