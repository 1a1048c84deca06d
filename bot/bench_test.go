package bot

import (
	"net/http"
	"testing"
)

// BenchmarkWebhookQuestion measures one free question end to end: the
// webhook request, dedupe, flood control, the dialog engine with the real
// index, HTML rendering and the sendMessage call to a Bot API server on
// loopback.
func BenchmarkWebhookQuestion(b *testing.B) {
	h := newHarness(b, func(c *Config) { c.FloodLimit = 1 << 30 })
	i := int64(0)
	for b.Loop() {
		i++
		if code := h.post(textUpdate(10_000+i, 77, "大学生创业能贷多少钱"), secret); code != http.StatusOK {
			b.Fatalf("status %d", code)
		}
	}
}

// BenchmarkWebhookCheck measures one step of a check end to end: a typed
// start, a button press and a typed answer in turn, each through the
// webhook, the outbox and the Bot API server on loopback.
func BenchmarkWebhookCheck(b *testing.B) {
	h := newHarness(b, func(c *Config) { c.FloodLimit = 1 << 30 })
	i := int64(0)
	for b.Loop() {
		i++
		var u string
		switch i % 3 {
		case 1:
			u = textUpdate(10_000+i, 78, "/check 技能竞赛荣誉")
		case 2:
			_, text, kb := h.keyboard(78)
			u = encode(map[string]any{"update_id": 10_000 + i, "callback_query": map[string]any{
				"id": "q", "from": user(78), "chat_instance": "1", "data": kb.InlineKeyboard[0][0].CallbackData,
				"message": map[string]any{"message_id": 1, "date": 1, "chat": privateChat(78), "text": text}}})
		default:
			u = textUpdate(10_000+i, 78, "第10名")
		}
		if code := h.post(u, secret); code != http.StatusOK {
			b.Fatalf("status %d", code)
		}
	}
}
