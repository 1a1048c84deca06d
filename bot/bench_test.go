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
