package bot

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/bot/redisstate"
	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/redisstore"
	"github.com/linxia-talent/policybot/internal/redistest"
)

// hitCounter is a Limiter that counts its Hit calls.
type hitCounter struct {
	Limiter
	mu   sync.Mutex
	hits int
}

func (c *hitCounter) Hit(ctx context.Context, chat string) (int64, error) {
	c.mu.Lock()
	c.hits++
	c.mu.Unlock()
	return c.Limiter.Hit(ctx, chat)
}

func (c *hitCounter) n() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits
}

// TestCountsFloodIsWhatPlanCounts: countsFlood, which decides before the
// record is read whether FloodOpen counts an update, says of every kind of
// update what plan does: it is counted exactly when plan counts it.
func TestCountsFloodIsWhatPlanCounts(t *testing.T) {
	lim := &hitCounter{Limiter: NewMemLimiter(time.Minute, time.Now)}
	h := newHarness(t, func(c *Config) { c.Limiter = lim; c.StaffChat = staffChat; c.StaffUsers = []int64{admin} })
	group := map[string]any{"id": -42, "type": "group", "title": "人才群"}
	msg := func(chat map[string]any, from int64, extra map[string]any) string {
		id := h.id()
		m := map[string]any{"message_id": id, "date": 1, "chat": chat, "from": user(from)}
		for k, v := range extra {
			m[k] = v
		}
		return encode(map[string]any{"update_id": id, "message": m})
	}
	button := func(chat map[string]any, from int64, data string) string {
		id := h.id()
		return encode(map[string]any{"update_id": id, "callback_query": map[string]any{
			"id": "q", "from": user(from), "chat_instance": "1", "data": data,
			"message": map[string]any{"message_id": 1, "date": 1, "chat": chat, "text": "问题"}}})
	}
	h.say(40, "/check 技能竞赛荣誉")
	_, _, kb := h.keyboard(40)
	for name, u := range map[string]string{
		"command":              msg(privateChat(40), 40, map[string]any{"text": "/help"}),
		"text":                 msg(privateChat(41), 41, map[string]any{"text": "大学生创业能贷多少钱"}),
		"sticker":              msg(privateChat(42), 42, map[string]any{"sticker": map[string]any{"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1}}),
		"service":              msg(privateChat(43), 43, map[string]any{"new_chat_title": "x"}),
		"group command":        msg(group, 44, map[string]any{"text": "/start"}),
		"group chatter":        msg(group, 44, map[string]any{"text": "大家好"}),
		"staff command":        msg(staffChatJSON(), admin, map[string]any{"text": "/help"}),
		"own button":           button(privateChat(40), 40, kb.InlineKeyboard[0][0].CallbackData),
		"another user's press": button(privateChat(40), 45, kb.InlineKeyboard[0][0].CallbackData),
		"stale button":         button(privateChat(46), 46, "nonsense"),
		"staff desk button":    button(staffChatJSON(), admin, deskPrefix+"claim:1"),
		"edit":                 encode(map[string]any{"update_id": h.id(), "edited_message": map[string]any{"message_id": 1, "date": 1, "chat": privateChat(47), "from": user(47), "text": "改"}}),
	} {
		u2, ok := decodeUpdate([]byte(u))
		if !ok {
			t.Fatalf("%s: undecodable", name)
		}
		before := lim.n()
		h.post(u, secret)
		counted := lim.n() - before
		if want := b2i(h.bot.countsFlood(u2, chatOf(u2)) && !ignored(u2, kindOf(u2), staffChat)); counted != want {
			t.Errorf("%s: plan counted %d, countsFlood says %d", name, counted, want)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestFloodOpenCountsAsTheLimiter: with Redis, the flood window is counted
// while the record is read (as serve wires it); the limit holds as with the
// limiter alone, and a redelivered update is not counted again.
func TestFloodOpenCountsAsTheLimiter(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client(t)
	store := redisstore.New(rdb, time.Hour)
	if _, err := store.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	lim := &hitCounter{Limiter: redisstate.NewLimiter(rdb, time.Minute)}
	h := newHarness(t, func(c *Config) {
		c.Engine, c.Store, c.Limiter, c.FloodLimit = newEngine(t, store), store, lim, 5
		c.FloodOpen = func(ctx context.Context, chat string, update int64, now time.Time) (dialog.Record, int64, error) {
			return store.OpenCounting(ctx, chat, update, now, redisstate.FloodKey(chat), time.Minute)
		}
	})
	api := h.api
	first := textUpdate(h.id(), 12, "/help")
	h.post(first, secret)
	h.post(first, secret) // a redelivery: answered already, not counted
	for i := 0; i < 8; i++ {
		h.say(12, "/help")
	}
	got := api.Sent(12)
	if len(got) != 6 || !strings.Contains(got[5], "稍等") {
		t.Errorf("got %d replies to 9 messages with a limit of 5 (want 5 and one warning):\n%q", len(got), got)
	}
	if n := rdb.Get(context.Background(), redisstate.FloodKey("tg:12")).Val(); n != "9" {
		t.Errorf("flood counter %s, want 9", n)
	}
	if n := lim.n(); n != 0 {
		t.Errorf("the limiter was asked %d times; FloodOpen counts", n)
	}
	h.say(13, "/help")
	if len(api.Sent(13)) != 1 {
		t.Errorf("another chat was limited")
	}
}
