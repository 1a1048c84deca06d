package bot

import (
	"context"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/memstore"
	"github.com/linxia-talent/policybot/internal/tgtest"
)

// FuzzRenderHTML: whatever the blocks hold, every message is valid HTML
// of the subset Telegram accepts, within the length limit, and never blank;
// no visible character of the text is lost.
func FuzzRenderHTML(f *testing.F) {
	for _, s := range []string{"", "正文", "\n\n\n", "\"\"\"\u3000", "<b>&amp;</b>", strings.Repeat("贷款。", 1500), strings.Repeat("\n", 5000) + "尾", "a\u200bb", "🙂🙂"} {
		f.Add(s, uint8(0), 64)
		f.Add(s, uint8(2), 4096)
	}
	f.Fuzz(func(t *testing.T, text string, kind uint8, limit int) {
		if !utf8.ValidString(text) {
			return // Telegram's text is UTF-8; the engine never makes invalid text
		}
		// The floor leaves room for the longest tag pair (an expandable
		// blockquote, 36 units) and the longest escaped character.
		limit = 50 + abs(limit)%4100
		blocks := []dialog.Block{{Kind: dialog.BlockKind(kind % 5), Text: text}, {Kind: dialog.Plain, Text: text + "。"}}
		msgs := renderHTML(blocks, limit)
		for _, m := range msgs {
			if err := tgtest.CheckHTML(m); err != nil {
				t.Fatalf("bad HTML %q: %v", m, err)
			}
			if tgtest.Blank(m) {
				t.Fatalf("blank message %q", m)
			}
			if n := utf16Len(m); n > limit {
				t.Fatalf("message of %d units over the limit %d", n, limit)
			}
		}
		if want, got := visible(text+text+"。"), visibleHTML(strings.Join(msgs, "")); got != want {
			t.Fatalf("visible text changed: want %q, got %q", want, got)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		if n == -n { // the minimum int
			return 0
		}
		return -n
	}
	return n
}

// visible keeps the characters a reader sees.
func visible(s string) string {
	return strings.Map(func(r rune) rune {
		if blank(string(r)) {
			return -1
		}
		return r
	}, s)
}

// visibleHTML is visible for the front end's HTML.
func visibleHTML(s string) string {
	s = strings.NewReplacer("<b>", "", "</b>", "", "<i>", "", "</i>", "", "<blockquote>", "", "<blockquote expandable>", "", "</blockquote>", "").Replace(s)
	return visible(html.UnescapeString(s))
}

// FuzzEngineReplies drives the real engine with any text, button data and
// media through a check: it never panics and every reply renders to
// messages Telegram accepts, with buttons whose data fits a callback.
func FuzzEngineReplies(f *testing.F) {
	for _, s := range []string{"/check 创业担保贷款", "1", "是", "否", "k:loan", "a:1:who:grad", "/back", "/cancel", "/ask 贷款", "第14条", "\"\"\"\u3000", "\n\n\n", "/start loan", "/forget", "七年", "第10名", "２", "-1", "1e9", "s:loan:261125:0m1,1i", "s:loan:991399:9m9"} {
		f.Add(s, s, uint8(0))
		f.Add("/check", s, uint8(1))
	}
	eng := newEngine(f, memstore.New(time.Hour, time.Now))
	store := memstore.New(time.Hour, time.Now)
	f.Fuzz(func(t *testing.T, first, second string, kind uint8) {
		ctx := context.Background()
		st := &staged{}
		var err error
		if st.rec, err = store.Open(ctx, "fuzz"); err != nil {
			t.Fatal(err)
		}
		for _, in := range []dialog.Input{
			{Chat: "fuzz", Text: "/check"},
			{Chat: "fuzz", Text: first},
			{Chat: "fuzz", Kind: dialog.InputKind(kind % 3), Text: second, Data: second, Media: "sticker"},
		} {
			r, _ := eng.HandleWith(ctx, st, in)
			for _, o := range replyOps(1, r) {
				if err := tgtest.CheckHTML(o.Text); err != nil || tgtest.Blank(o.Text) || utf16Len(o.Text) > maxMessage {
					t.Fatalf("input %+v gave a message Telegram refuses (%v): %q", in, err, o.Text)
				}
				for _, c := range o.Keys {
					if len(c.Data) > 64 || c.Data == "" || blank(c.Label) {
						t.Fatalf("button %+v", c)
					}
				}
			}
		}
	})
}

// FuzzWebhookBody posts any body to the webhook: it never panics, never
// answers 5xx for a body that is not an update, and sends nothing Telegram
// would refuse.
func FuzzWebhookBody(f *testing.F) {
	for _, s := range []string{
		`{}`, `null`, `[]`, `{"update_id":1}`,
		textUpdate(2, 5, "/start"), textUpdate(3, 5, "大学生创业能贷多少钱"), textUpdate(4, -5, "/check"),
		`{"update_id":5,"callback_query":{"id":"q","from":{"id":5},"data":"k:loan","message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"}}}}`,
		`{"update_id":6,"callback_query":{"id":"q","from":{"id":6},"data":"x","message":{"message_id":1,"date":0,"chat":{"id":7,"type":"private"}}}}`,
		`{"update_id":7,"edited_message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"text":"1"}}`,
		`{"update_id":8,"message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"text":"` + "\u3000\\n\\n" + `"}}`,
	} {
		f.Add(s)
	}
	h := newHarness(f, func(c *Config) { c.FloodLimit = 1 << 30; c.UpdateTimeout = 5 * time.Second })
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(body))
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		rec := httptest.NewRecorder()
		h.bot.WebhookHandler(secret).ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("status %d for %q", rec.Code, body)
		}
		for _, c := range h.api.Calls("sendMessage") {
			if tgtest.Blank(c.Params["text"]) || tgtest.CheckHTML(c.Params["text"]) != nil {
				t.Fatalf("sent %q", c.Params["text"])
			}
		}
	})
}
