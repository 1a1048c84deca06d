package bot

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/linxia-talent/policybot/dialog"
)

// Engine is the dialog engine as the front end uses it.
type Engine interface {
	Handle(ctx context.Context, in dialog.Input) (dialog.Reply, error)
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
	// Dedupe and Limiter default to in-process ones.
	Dedupe  Deduper
	Limiter Limiter
	// FloodLimit is how many messages a chat may send per FloodWindow;
	// 0 means 20 per minute.
	FloodLimit  int64
	FloodWindow time.Duration
	// StaffChat, when set, is the chat (usually a group of the responsible
	// departments' staff) that receives hand-offs; staff reply to a
	// hand-off there and the reply reaches the user.
	StaffChat int64
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
}

// New checks the configuration and connects to the Bot API (getMe, unless
// SkipGetMe).
func New(cfg Config) (*Bot, error) {
	if cfg.Token == "" {
		return nil, errors.New("bot: no token")
	}
	if cfg.Engine == nil || cfg.Logger == nil || cfg.Metrics == nil {
		return nil, errors.New("bot: engine, logger and metrics are required")
	}
	if cfg.Dedupe == nil {
		cfg.Dedupe = NewMemDeduper(10000)
	}
	if cfg.FloodWindow == 0 {
		cfg.FloodWindow = time.Minute
	}
	if cfg.FloodLimit == 0 {
		cfg.FloodLimit = 20
	}
	if cfg.Limiter == nil {
		cfg.Limiter = NewMemLimiter(cfg.FloodWindow, time.Now)
	}
	if cfg.Backoff == nil {
		cfg.Backoff = func(n int) time.Duration {
			d := 250 * time.Millisecond << min(n-1, 5)
			d = min(d, 8*time.Second)
			return d/2 + rand.N(d/2+1)
		}
	}
	if cfg.RetryAfterUnit == 0 {
		cfg.RetryAfterUnit = time.Second
	}
	if cfg.UpdateTimeout == 0 {
		cfg.UpdateTimeout = 2 * time.Minute
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
	b := &Bot{cfg: cfg, log: cfg.Logger, m: cfg.Metrics, dispatch: newDispatcher()}
	opts := []tgbot.Option{
		tgbot.WithHTTPClient(60*time.Second, cfg.HTTPClient),
		tgbot.WithErrorsHandler(func(err error) {
			// The library's errors name the method, never the token (it
			// masks it in URLs); they can carry no message text of ours.
			b.log.Warn("telegram library", "err", err)
		}),
		tgbot.WithDefaultHandler(func(ctx context.Context, _ *tgbot.Bot, u *models.Update) { b.receive(ctx, u, nil) }),
		tgbot.WithNotAsyncHandlers(), // receive only queues; order is kept per chat
		tgbot.WithWorkers(1),
		tgbot.WithAllowedUpdates(tgbot.AllowedUpdates{"message", "edited_message", "callback_query", "my_chat_member"}),
	}
	if cfg.APIURL != "" {
		opts = append(opts, tgbot.WithServerURL(strings.TrimRight(cfg.APIURL, "/")))
	}
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

// redact removes the token from an error's text.
func redact(err error, token string) error {
	if err == nil || token == "" || !strings.Contains(err.Error(), token) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), token, "***"))
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

// RunPolling receives updates by long polling until ctx ends, then finishes
// the updates already received and returns.
func (b *Bot) RunPolling(ctx context.Context) error {
	if err := b.call(ctx, "deleteWebhook", func(ctx context.Context) error {
		_, err := b.tg.DeleteWebhook(ctx, &tgbot.DeleteWebhookParams{})
		return err
	}); err != nil {
		return fmt.Errorf("bot: delete webhook before polling: %w", err)
	}
	b.tg.Start(ctx) // returns when ctx ends
	b.dispatch.close()
	return nil
}

// SetWebhook asks Telegram to deliver updates to url with the secret, over
// at most maxConns connections at once (0: Telegram's default, 40). With 1,
// Telegram sends the next update only after the previous one was answered,
// which keeps every chat in order across replicas.
func (b *Bot) SetWebhook(ctx context.Context, url, secret string, maxConns int) error {
	return b.call(ctx, "setWebhook", func(ctx context.Context) error {
		_, err := b.tg.SetWebhook(ctx, &tgbot.SetWebhookParams{
			URL: url, SecretToken: secret, MaxConnections: maxConns,
			AllowedUpdates: []string{"message", "edited_message", "callback_query", "my_chat_member"},
		})
		return err
	})
}

// Close finishes the updates under way and refuses new ones.
func (b *Bot) Close() { b.dispatch.close() }

// WebhookHandler serves Telegram's webhook requests. A request without the
// right X-Telegram-Bot-Api-Secret-Token is refused with 401. An update is
// acknowledged once it was handled, so one that fails with the process is
// delivered again; one delivered twice is handled once.
func (b *Bot) WebhookHandler(secret string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
		if secret == "" || subtle.ConstantTimeCompare([]byte(got), []byte(secret)) != 1 {
			b.m.Updates.WithLabelValues("refused").Inc()
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var u models.Update
		if err := json.Unmarshal(body, &u); err != nil {
			b.log.Warn("webhook: undecodable update", "bytes", len(body))
			w.WriteHeader(http.StatusOK) // redelivering it would not help
			return
		}
		done := make(chan struct{})
		if !b.receive(r.Context(), &u, done) {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		select {
		case <-done:
			w.WriteHeader(http.StatusOK)
		case <-r.Context().Done():
		}
	})
}

// receive dedupes an update and queues it on its chat. done, if not nil,
// is closed when the update has been handled. It reports false when the
// bot is closing and the update was not taken.
func (b *Bot) receive(ctx context.Context, u *models.Update, done chan struct{}) bool {
	finish := func() {
		if done != nil {
			close(done)
		}
	}
	first, err := b.cfg.Dedupe.First(ctx, u.ID)
	if err != nil {
		// Better to risk handling a redelivery twice than to drop it.
		b.log.Warn("dedupe unavailable", "update", u.ID, "err", err)
		first = true
	}
	if !first {
		b.m.Duplicate.Inc()
		finish()
		return true
	}
	taken := b.dispatch.submit(chatOf(u), func() {
		defer finish()
		b.process(u)
	})
	if !taken {
		// Closing: let Telegram's redelivery reach a replica that is not.
		if err := b.cfg.Dedupe.Release(context.WithoutCancel(ctx), u.ID); err != nil {
			b.log.Warn("dedupe release", "update", u.ID, "err", err)
		}
	}
	return taken
}

// chatOf returns the chat an update belongs to, 0 for none.
func chatOf(u *models.Update) int64 {
	switch {
	case u.Message != nil:
		return u.Message.Chat.ID
	case u.EditedMessage != nil:
		return u.EditedMessage.Chat.ID
	case u.CallbackQuery != nil:
		if m := u.CallbackQuery.Message.Message; m != nil {
			return m.Chat.ID
		}
		return u.CallbackQuery.From.ID
	case u.MyChatMember != nil:
		return u.MyChatMember.Chat.ID
	}
	return 0
}

// process handles one update. It never panics: a panic is logged without
// the update's content and the user gets an apology.
func (b *Bot) process(u *models.Update) {
	ctx, cancel := context.WithTimeout(context.Background(), b.cfg.UpdateTimeout)
	defer cancel()
	start := time.Now()
	defer func() {
		b.m.Latency.Observe(time.Since(start).Seconds())
		if p := recover(); p != nil {
			b.m.Panics.Inc()
			b.log.Error("panic while handling an update", "update", u.ID, "kind", kindOf(u), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			if chat := chatOf(u); chat != 0 {
				b.sendText(ctx, chat, "抱歉，我这里出了点问题，没能处理您刚才的消息。请再发一次；如果还不行，请发送 /human 转人工。")
			}
		}
	}()
	kind := kindOf(u)
	b.m.Updates.WithLabelValues(kind).Inc()
	switch {
	case u.CallbackQuery != nil:
		b.onButton(ctx, u.CallbackQuery)
	case u.Message != nil:
		b.onMessage(ctx, u.Message, kind)
	default:
		// Edited messages, membership changes and kinds this code does not
		// know are left alone: replying to an edit would answer twice.
	}
}

// kindOf names an update's kind for logs and metrics; it never reads text.
func kindOf(u *models.Update) string {
	switch {
	case u.CallbackQuery != nil:
		return "button"
	case u.EditedMessage != nil:
		return "edited"
	case u.MyChatMember != nil:
		return "membership"
	case u.Message == nil:
		return "other"
	}
	m := u.Message
	switch {
	case strings.HasPrefix(m.Text, "/"):
		return "command"
	case m.Text != "":
		return "text"
	case m.Sticker != nil:
		return "sticker"
	case len(m.Photo) > 0:
		return "photo"
	case m.Voice != nil || m.Audio != nil || m.VideoNote != nil:
		return "voice"
	case m.Video != nil || m.Animation != nil:
		return "video"
	case m.Document != nil:
		return "document"
	case m.Location != nil || m.Venue != nil:
		return "location"
	case m.Contact != nil:
		return "contact"
	}
	return "service"
}

// sessionChat is the dialog session key of a Telegram chat.
func sessionChat(chat int64) string { return "tg:" + strconv.FormatInt(chat, 10) }

var userTagRe = regexp.MustCompile(`#u(\d+)`)

func (b *Bot) onMessage(ctx context.Context, m *models.Message, kind string) {
	chat := m.Chat.ID
	if b.cfg.StaffChat != 0 && chat == b.cfg.StaffChat {
		b.onStaffMessage(ctx, m)
		return
	}
	if m.Chat.Type != models.ChatTypePrivate {
		b.onGroupMessage(ctx, m, kind)
		return
	}
	if kind == "service" {
		return // pinned messages, joins and the like need no reply
	}
	if b.flooded(ctx, chat) {
		return
	}
	in := dialog.Input{Chat: sessionChat(chat), Text: m.Text}
	if m.Text == "" {
		in.Kind, in.Media = dialog.OtherInput, kind
	}
	b.respond(ctx, chat, in)
}

// flooded counts a message of chat and reports whether it is over the
// limit; the first message over it gets one notice.
func (b *Bot) flooded(ctx context.Context, chat int64) bool {
	n, err := b.cfg.Limiter.Hit(ctx, sessionChat(chat))
	if err != nil {
		b.log.Warn("flood control unavailable", "chat", chat, "err", err)
		return false
	}
	if n <= b.cfg.FloodLimit {
		return false
	}
	b.m.Limited.Inc()
	if n == b.cfg.FloodLimit+1 {
		b.sendText(ctx, chat, "您发送得有点快，我先歇一会儿。请稍等一分钟再继续，之前的进度都还在。")
	}
	return true
}

// respond hands an input to the engine and sends its reply.
func (b *Bot) respond(ctx context.Context, chat int64, in dialog.Input) dialog.Reply {
	reply, err := b.cfg.Engine.Handle(ctx, in)
	if err != nil {
		b.log.Error("engine", "chat", chat, "err", err)
	}
	if reply.Forgotten {
		if err := b.cfg.Limiter.Forget(ctx, in.Chat); err != nil {
			b.log.Error("forget flood counter", "chat", chat, "err", err)
		}
	}
	if reply.Handoff != nil {
		b.handoff(ctx, chat, &reply)
	}
	b.sendReply(ctx, chat, reply)
	return reply
}

func (b *Bot) onButton(ctx context.Context, q *models.CallbackQuery) {
	chat := q.From.ID
	msg := q.Message.Message // nil when the message is too old to reach
	if msg != nil {
		chat = msg.Chat.ID
	}
	if b.flooded(ctx, chat) {
		b.call(ctx, "answerCallbackQuery", func(ctx context.Context) error {
			_, err := b.tg.AnswerCallbackQuery(ctx, &tgbot.AnswerCallbackQueryParams{CallbackQueryID: q.ID, Text: "请稍等一分钟再继续。"})
			return err
		})
		return
	}
	reply, err := b.cfg.Engine.Handle(ctx, dialog.Input{Chat: sessionChat(chat), Kind: dialog.ButtonInput, Data: q.Data})
	if err != nil {
		b.log.Error("engine", "chat", chat, "err", err)
	}
	b.call(ctx, "answerCallbackQuery", func(ctx context.Context) error {
		_, err := b.tg.AnswerCallbackQuery(ctx, &tgbot.AnswerCallbackQueryParams{CallbackQueryID: q.ID, Text: reply.Toast})
		return err
	})
	if msg != nil && err == nil { // on failure the buttons stay, to press again
		b.markPressed(ctx, msg, q.Data, reply.Toast != "")
	}
	if reply.Handoff != nil {
		b.handoff(ctx, chat, &reply)
	}
	if reply.Toast == "" || len(reply.Blocks) > 0 {
		b.sendReply(ctx, chat, reply)
	}
}

// markPressed edits the message whose button was pressed: the keyboard goes
// away so it cannot be pressed twice, and the chosen answer is added (or,
// for a stale button, nothing is).
func (b *Bot) markPressed(ctx context.Context, msg *models.Message, data string, stale bool) {
	label := ""
	if kb := msg.ReplyMarkup; !stale && kb != nil {
		for _, row := range kb.InlineKeyboard {
			for _, btn := range row {
				if btn.CallbackData == data {
					label = btn.Text
					if num, rest, ok := strings.Cut(label, ". "); ok && isNumber(num) {
						label = rest
					}
				}
			}
		}
	}
	if label == "" {
		b.call(ctx, "editMessageReplyMarkup", func(ctx context.Context) error {
			_, err := b.tg.EditMessageReplyMarkup(ctx, &tgbot.EditMessageReplyMarkupParams{ChatID: msg.Chat.ID, MessageID: msg.ID})
			return err
		})
		return
	}
	b.call(ctx, "editMessageText", func(ctx context.Context) error {
		_, err := b.tg.EditMessageText(ctx, &tgbot.EditMessageTextParams{
			ChatID: msg.Chat.ID, MessageID: msg.ID,
			Text:     msg.Text + "\n\n👉 " + label,
			Entities: msg.Entities,
		})
		return err
	})
}

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// onGroupMessage answers commands in groups with a pointer to a private
// chat: checks ask for personal answers, which do not belong in a group.
func (b *Bot) onGroupMessage(ctx context.Context, m *models.Message, kind string) {
	if kind != "command" {
		return
	}
	cmd := strings.Fields(m.Text)[0]
	if at := strings.Index(cmd, "@"); at > 0 {
		if b.username != "" && !strings.EqualFold(cmd[at+1:], b.username) {
			return // addressed to another bot
		}
	}
	text := "为保护您的隐私，请私聊我提问或做资格自查。"
	if b.username != "" {
		text += "点这里开始：https://t.me/" + b.username + "?start=group"
	}
	b.sendText(ctx, m.Chat.ID, text)
}

// handoff passes a request for a person to the staff chat.
func (b *Bot) handoff(ctx context.Context, chat int64, reply *dialog.Reply) {
	b.m.Handoffs.Inc()
	if b.cfg.StaffChat == 0 {
		reply.Blocks = append(reply.Blocks, dialog.Block{Kind: dialog.Note,
			Text: "目前没有接入在线值班人员，请直接联系上面的责任单位，或稍后再试 /human。"})
		return
	}
	var sb strings.Builder
	sb.WriteString("🙋 转人工请求 #u" + strconv.FormatInt(chat, 10) + "\n")
	sb.WriteString("原因：" + reply.Handoff.Reason + "\n")
	for _, a := range reply.Handoff.Answers {
		sb.WriteString("• " + a + "\n")
	}
	sb.WriteString("请直接「回复」这条消息，您的回复会转给这位用户。")
	if !b.sendText(ctx, b.cfg.StaffChat, sb.String()) {
		reply.Blocks = append(reply.Blocks, dialog.Block{Kind: dialog.Note,
			Text: "抱歉，转人工暂时没有成功，请稍后再试 /human，或直接联系上面的责任单位。"})
	}
}

// onStaffMessage relays a staff member's reply to a hand-off to the user.
func (b *Bot) onStaffMessage(ctx context.Context, m *models.Message) {
	if m.ReplyToMessage == nil || m.Text == "" {
		return
	}
	tag := userTagRe.FindStringSubmatch(m.ReplyToMessage.Text)
	if tag == nil {
		return
	}
	user, err := strconv.ParseInt(tag[1], 10, 64)
	if err != nil {
		return
	}
	ok := b.sendReply(ctx, user, dialog.Reply{Blocks: []dialog.Block{
		{Kind: dialog.Heading, Text: "工作人员回复："},
		{Kind: dialog.Plain, Text: m.Text},
	}})
	if ok {
		b.sendText(ctx, m.Chat.ID, "已转给用户 #u"+tag[1]+"。")
	} else {
		b.sendText(ctx, m.Chat.ID, "没能转给用户 #u"+tag[1]+"（对方可能已停用机器人）。")
	}
}

// sendText sends one plain message, escaped.
func (b *Bot) sendText(ctx context.Context, chat int64, text string) bool {
	return b.sendReply(ctx, chat, dialog.Reply{Blocks: []dialog.Block{{Text: text}}})
}

// sendReply sends a reply as one or more HTML messages, the buttons under
// the last. It reports whether every message went out; failures are logged.
func (b *Bot) sendReply(ctx context.Context, chat int64, r dialog.Reply) bool {
	msgs := renderHTML(r.Blocks, maxMessage)
	if len(msgs) == 0 && len(r.Choices) > 0 {
		msgs = []string{"请选择："}
	}
	ok := true
	for i, text := range msgs {
		p := &tgbot.SendMessageParams{
			ChatID: chat, Text: text, ParseMode: models.ParseModeHTML,
			LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tgbot.True()},
		}
		if i == len(msgs)-1 && len(r.Choices) > 0 {
			kb := &models.InlineKeyboardMarkup{}
			for n, c := range r.Choices {
				// Numbered, because a choice can also be typed by number.
				label := strconv.Itoa(n+1) + ". " + c.Label
				kb.InlineKeyboard = append(kb.InlineKeyboard, []models.InlineKeyboardButton{{Text: label, CallbackData: c.Data}})
			}
			p.ReplyMarkup = kb
		}
		if err := b.call(ctx, "sendMessage", func(ctx context.Context) error {
			_, err := b.tg.SendMessage(ctx, p)
			return err
		}); err != nil {
			b.log.Error("reply not delivered", "chat", chat, "part", i+1, "of", len(msgs), "err", err)
			ok = false
			break
		}
	}
	return ok
}

// call makes one Bot API call, retrying after 429 (waiting retry_after),
// server and network errors (backing off); a request Telegram rejects as
// such (400, 401, 403, 404) is not retried. It gives up when ctx ends.
func (b *Bot) call(ctx context.Context, method string, f func(context.Context) error) error {
	var err error
	for attempt := 1; ; attempt++ {
		err = redact(f(ctx), b.cfg.Token)
		if err == nil {
			b.m.Calls.WithLabelValues(method, "ok").Inc()
			return nil
		}
		var wait time.Duration
		var tooMany *tgbot.TooManyRequestsError
		switch {
		case errors.As(err, &tooMany):
			wait = time.Duration(max(tooMany.RetryAfter, 1)) * b.cfg.RetryAfterUnit
		case permanent(err), ctx.Err() != nil:
			b.m.Calls.WithLabelValues(method, "failed").Inc()
			if strings.Contains(err.Error(), "message is not modified") {
				return nil
			}
			return err
		default:
			wait = b.cfg.Backoff(attempt)
		}
		if attempt >= maxAttempts {
			b.m.Calls.WithLabelValues(method, "failed").Inc()
			return fmt.Errorf("%s: gave up after %d attempts: %w", method, attempt, err)
		}
		b.m.Retries.WithLabelValues(method).Inc()
		select {
		case <-ctx.Done():
			b.m.Calls.WithLabelValues(method, "failed").Inc()
			return fmt.Errorf("%s: %w (last error: %v)", method, ctx.Err(), err)
		case <-time.After(wait):
		}
	}
}

func permanent(err error) bool {
	for _, e := range []error{tgbot.ErrorBadRequest, tgbot.ErrorUnauthorized, tgbot.ErrorForbidden, tgbot.ErrorNotFound, context.Canceled} {
		if errors.Is(err, e) {
			return true
		}
	}
	var mig *tgbot.MigrateError
	return errors.As(err, &mig)
}
