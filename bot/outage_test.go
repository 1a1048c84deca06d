package bot

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/linxia-talent/policybot/dialog/redisstore"
	"github.com/linxia-talent/policybot/internal/redistest"
	"github.com/linxia-talent/policybot/internal/tgtest"
)

// TestOutageMessagesAnsweredAfterwards: Redis cannot be reached while a user
// answers a check and asks a question. Neither update is acknowledged; the
// user is told once that the answer is delayed; when Redis is back,
// Telegram's redeliveries are answered in order, each once, and nobody
// typed anything twice.
func TestOutageMessagesAnsweredAfterwards(t *testing.T) {
	srv := redistest.Start(t)
	proxy := redistest.NewProxy(t, srv)
	rdb := redis.NewClient(&redis.Options{Addr: proxy.Addr, DialTimeout: 200 * time.Millisecond,
		ReadTimeout: 200 * time.Millisecond, MaxRetries: -1})
	t.Cleanup(func() { rdb.Close() })
	store := redisstore.New(rdb, time.Hour)
	if _, err := store.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	api := tgtest.New(t)
	b, err := New(Config{Token: tgtest.Token, APIURL: api.URL, Engine: newEngine(t, store), Store: store,
		Logger: slog.New(slog.DiscardHandler), Metrics: NewMetrics(prometheus.NewRegistry()), SkipGetMe: true,
		Backoff: func(int) time.Duration { return time.Millisecond }, RetryAfterUnit: time.Millisecond,
		UpdateTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	hook := httptest.NewServer(b.WebhookHandler(secret))
	t.Cleanup(hook.Close)
	t.Cleanup(b.Close)
	h := &harness{t: t, api: api, bot: b, hook: hook, next: 1}
	const chat = 31
	h.say(chat, "/check 技能竞赛荣誉")

	proxy.SetDown(true)
	answer := textUpdate(h.id(), chat, "国家一类赛")
	question := textUpdate(h.id(), chat, "科技特派员能连续干几年")
	before := len(api.Sent(chat))
	// Telegram sends the first; until it is acknowledged the chat's next
	// update waits, and the first is sent again a while later.
	for range 3 {
		if code := h.post(answer, secret); code == http.StatusOK {
			t.Fatalf("an update was acknowledged while Redis was down")
		}
	}
	during := api.Sent(chat)[before:]
	if n := strings.Count(joined(during), "不用重发"); n != 1 {
		t.Fatalf("told of the delay %d times, want once:\n%s", n, joined(during))
	}
	if strings.Contains(joined(during), "第几名") {
		t.Fatalf("answered while Redis was down:\n%s", joined(during))
	}

	proxy.SetDown(false)
	after := len(api.Sent(chat))
	for _, u := range []string{answer, question} {
		deadline := time.Now().Add(10 * time.Second)
		for h.post(u, secret) != http.StatusOK {
			if time.Now().After(deadline) {
				t.Fatal("not acknowledged after Redis came back")
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	// A redelivery of the already-answered question changes nothing.
	if code := h.post(question, secret); code != http.StatusOK {
		t.Fatalf("duplicate: %d", code)
	}
	got := joined(api.Sent(chat)[after:])
	i, j := strings.Index(got, "第几名"), strings.Index(got, "第15条")
	if i < 0 || j < 0 || i > j {
		t.Fatalf("after the outage, want the check's next question and then the answer, in order:\n%s", got)
	}
	if strings.Count(got, "竞赛级别：国家级") != 1 || strings.Count(got, "第15条") != 1 {
		t.Fatalf("a reply was sent twice:\n%s", got)
	}
}
