package bot

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/redisstore"
	"github.com/linxia-talent/policybot/internal/redistest"
	"github.com/linxia-talent/policybot/internal/tgtest"
)

// TestFailedReplyIsSentOnRedelivery: the reply to an answer fails until the
// handler gives up; the update is not acknowledged; its redelivery sends the
// reply once and applies nothing twice, and the next answer goes to the
// question the user was shown.
func TestFailedReplyIsSentOnRedelivery(t *testing.T) {
	h := newHarness(t, nil)
	h.say(14, "/check 技能竞赛荣誉")
	h.api.FailNext("sendMessage", 502, 502, 502, 502, 502, 502)
	u := textUpdate(h.id(), 14, "国家一类赛")
	if code := h.post(u, secret); code != http.StatusInternalServerError {
		t.Fatalf("an undelivered reply was acknowledged: %d", code)
	}
	before := len(h.api.Sent(14))
	if code := h.post(u, secret); code != http.StatusOK {
		t.Fatalf("redelivery: %d", code)
	}
	got := h.api.Sent(14)[before:]
	if len(got) != 1 || !strings.Contains(joined(got), "第几名") {
		t.Fatalf("redelivery sent %q, want the next question once", got)
	}
	if code := h.post(u, secret); code != http.StatusOK || len(h.api.Sent(14)) != before+1 {
		t.Errorf("a third delivery sent something again")
	}
	mustContain(t, joined(h.say(14, "第10名")), "✅ 符合｜推荐为甘肃省技术能手")
}

// blankEngine replies with parts of nothing but whitespace around one line
// of text.
type blankEngine struct{}

func (blankEngine) HandleWith(context.Context, dialog.SessionStore, dialog.Input) (dialog.Reply, error) {
	return dialog.Reply{Blocks: []dialog.Block{
		{Kind: dialog.Quote, Text: "\u3000\u3000"},
		{Kind: dialog.Plain, Text: strings.Repeat("\n", 5000)},
		{Kind: dialog.Plain, Text: "有内容"},
		{Kind: dialog.Heading, Text: " \t"},
	}}, nil
}

func TestNoBlankPartAndTheRestGoesOut(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Engine = blankEngine{} })
	got := h.say(15, "hi")
	if len(got) != 1 || !strings.Contains(got[0], "有内容") {
		t.Errorf("got %q, want one part with the text", got)
	}
	// A part Telegram refuses for good is skipped, the rest still sent.
	h2 := newHarness(t, func(c *Config) { c.StaffChat = -100 })
	h2.api.FailNext("sendMessage", 403) // the staff chat refuses
	got = h2.say(16, "/human")
	mustContain(t, joined(got), "转人工暂时没有成功", "已为您转人工")
}

func TestButtonsOnlyFromTheChatsOwnUser(t *testing.T) {
	h := newHarness(t, nil)
	h.say(17, "/check 创业担保贷款")
	msgID, text, kb := h.keyboard(17)
	id := h.id()
	u := encode(map[string]any{"update_id": id, "callback_query": map[string]any{
		"id": "cb-other", "from": user(999), "chat_instance": "1", "data": kb.InlineKeyboard[0][0].CallbackData,
		"message": map[string]any{"message_id": msgID, "date": 1, "chat": privateChat(17), "text": text, "reply_markup": kb},
	}})
	before := len(h.api.Sent(17))
	if code := h.post(u, secret); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if n := len(h.api.Sent(17)) - before; n != 0 {
		t.Errorf("another user's press produced %d messages", n)
	}
	if n := len(h.api.Calls("editMessageText")); n != 0 {
		t.Errorf("another user's press edited the message")
	}
	// The chat's own user still answers the first question.
	mustContain(t, joined(h.press(17, "高校毕业生本人")), "申请多少万元")
}

// TestLostCheckIsToldAndTheNextMessageIsNotMisread: Redis loses its data in
// the middle of a check; the user's next message gets an apology and an
// offer to start again, not an answer to a free question.
func TestLostCheckIsTold(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client(t)
	store := redisstore.New(rdb, time.Hour)
	if _, err := store.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	api := tgtest.New(t)
	b, err := New(Config{Token: tgtest.Token, APIURL: api.URL, Engine: newEngine(t, store), Store: store,
		Logger: slog.New(slog.DiscardHandler), Metrics: NewMetrics(prometheus.NewRegistry()), SkipGetMe: true,
		Backoff: func(int) time.Duration { return time.Millisecond }, RetryAfterUnit: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	hook := httptest.NewServer(b.WebhookHandler(secret))
	t.Cleanup(hook.Close)
	t.Cleanup(b.Close)
	h := &harness{t: t, api: api, bot: b, hook: hook, next: 1}
	h.say(18, "/check 技能竞赛荣誉")
	h.say(19, "/help") // not in a check: told nothing
	rdb.FlushAll(context.Background())
	got := joined(h.say(18, "国家一类赛"))
	mustContain(t, got, "进度丢失", "/check")
	if strings.Contains(got, "进度没有丢失") {
		t.Errorf("told nothing was lost:\n%s", got)
	}
	if got := joined(h.say(19, "/help")); strings.Contains(got, "丢失") {
		t.Errorf("a chat without a check was told of a loss:\n%s", got)
	}
	mustContain(t, joined(h.say(18, "/check 技能竞赛荣誉")), "哪一级")
}

// TestSweepSendsOutboxOfADeadProcess: an outbox committed by a process that
// died is sent by another once its lease ends, exactly once.
func TestSweepSendsOutboxOfADeadProcess(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.SweepEvery = 10 * time.Millisecond; c.Owner = "alive" })
	now := time.Now()
	ops, _ := encodeOps(replyOps(20, dialog.Reply{Blocks: []dialog.Block{{Text: "遗留的回复"}}}))
	st := h.bot.cfg.Store
	if err := st.Commit(context.Background(), "tg:20", dialog.Commit{Update: 7, At: now, Outbox: ops, Owner: "dead", Until: now.Add(50 * time.Millisecond)}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { h.bot.Redeliver(ctx); close(done) }()
	h.api.Wait(t, "sendMessage", 1)
	time.Sleep(50 * time.Millisecond) // a few more sweeps
	cancel()
	<-done
	if got := h.api.Sent(20); len(got) != 1 || got[0] != "遗留的回复" {
		t.Errorf("sent %q, want the outbox once", got)
	}
}

// TestPollingResendsAFailedReply: long polling takes the same road; a reply
// that fails is left in the outbox and the sweep sends it, once.
func TestPollingResendsAFailedReply(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.SweepEvery = 20 * time.Millisecond })
	h.api.FailNext("sendMessage", 502, 502, 502, 502, 502, 502)
	h.api.Push(textUpdate(1, 22, "/help"))
	ctx, cancel := context.WithCancel(context.Background())
	polled, swept := make(chan error), make(chan struct{})
	go func() { polled <- h.bot.RunPolling(ctx) }()
	go func() { h.bot.Redeliver(ctx); close(swept) }()
	for i := 0; len(h.api.Sent(22)) == 0; i++ {
		if i > 1000 {
			t.Fatal("the failed reply was never sent")
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // a few more sweeps and polls
	cancel()
	<-polled
	<-swept
	if got := h.api.Sent(22); len(got) != 1 || !strings.Contains(got[0], "使用方法") {
		t.Errorf("sent %q, want the help once", got)
	}
}

// TestShutdownHonoursItsContext: a reply that cannot go out holds up a
// shutdown only until the shutdown's context ends; the update is then
// left unacknowledged with its outbox kept, and the next process sends it.
func TestShutdownHonoursItsContext(t *testing.T) {
	h := newHarness(t, nil)
	release := h.api.Hold("sendMessage")
	defer release()
	codes := make(chan int, 1)
	go func() { codes <- h.post(textUpdate(30, 23, "/help"), secret) }()
	h.api.Wait(t, "sendMessage", 1)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := h.bot.Shutdown(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Shutdown: %v, want the deadline", err)
	}
	if code := <-codes; code == http.StatusOK {
		t.Errorf("an undelivered update was acknowledged")
	}
	rec, err := h.bot.cfg.Store.Open(context.Background(), "tg:23")
	if err != nil || len(rec.Outbox) == 0 || rec.Update != 30 {
		t.Fatalf("after shutdown: %+v, %v; want update 30 with its outbox", rec, err)
	}
	// The next process (same store) sends it when Telegram redelivers. (It
	// talks to another Bot API server: whether the first server got the
	// cancelled call is a race, and a message Telegram accepted while its
	// answer was lost is sent again by design.)
	api2 := tgtest.New(t)
	b2, err := New(Config{Token: tgtest.Token, APIURL: api2.URL, Engine: panicEngine{}, Store: h.bot.cfg.Store,
		Logger: slog.New(slog.DiscardHandler), Metrics: NewMetrics(prometheus.NewRegistry()), SkipGetMe: true,
		UpdateTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer b2.Close()
	hook := httptest.NewServer(b2.WebhookHandler(secret))
	defer hook.Close()
	h2 := &harness{t: t, api: api2, bot: b2, hook: hook}
	if code := h2.post(textUpdate(30, 23, "/help"), secret); code != http.StatusOK {
		t.Fatalf("redelivery: %d", code)
	}
	if got := api2.Sent(23); len(got) != 1 || !strings.Contains(got[0], "使用方法") {
		t.Errorf("the next process sent %q, want the help once (and no engine call)", got)
	}
}
