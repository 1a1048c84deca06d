package bot

import (
	"context"
	"flag"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/memstore"
	"github.com/linxia-talent/policybot/internal/tgtest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// transcriptScripts are the terminal conversations of the golden
// transcripts; every verdict they reach is checked here as Telegram shows it.
const transcriptScripts = "../cmd/policybot/testdata/*.script"

// verdicts runs each transcript script through a real engine and returns
// the verdict replies, by script name.
func verdicts(t *testing.T) map[string][]dialog.Reply {
	t.Helper()
	scripts, err := filepath.Glob(transcriptScripts)
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	out := map[string][]dialog.Reply{}
	for _, script := range scripts {
		in, err := os.ReadFile(script)
		if err != nil {
			t.Fatal(err)
		}
		e := newEngine(t, memstore.New(time.Hour, time.Now))
		name := strings.TrimSuffix(filepath.Base(script), ".script")
		for _, line := range strings.Split(strings.TrimSpace(string(in)), "\n") {
			r, err := e.Handle(context.Background(), dialog.Input{Chat: "tg:1", Kind: dialog.TextInput, Text: line})
			if err != nil {
				t.Fatalf("%s: %q: %v", name, line, err)
			}
			if r.Verdict != nil {
				out[name] = append(out[name], r)
			}
		}
		if len(out[name]) == 0 {
			t.Errorf("%s reaches no verdict", name)
		}
	}
	return out
}

var blockquoteRe = regexp.MustCompile(`(?s)<blockquote( expandable)?>.*?</blockquote>`)

// outsideQuotes is the text a message shows outside its blockquotes.
func outsideQuotes(m string) string {
	m = blockquoteRe.ReplaceAllString(m, "")
	return html.UnescapeString(regexp.MustCompile(`</?[a-z]+>`).ReplaceAllString(m, ""))
}

// TestVerdictLayout checks the layout rules written beside renderHTML on
// every verdict the golden transcripts reach.
func TestVerdictLayout(t *testing.T) {
	for name, rs := range verdicts(t) {
		for _, r := range rs {
			at, _ := r.VerdictAt()
			msgs := renderHTML(r.Blocks[at:], maxMessage) // the verdict's own message (replyOps)
			first := outsideQuotes(msgs[0])
			if n := utf8.RuneCountInString(strings.TrimSpace(first)); n > firstScreen {
				t.Errorf("%s: first screen is %d characters, over %d:\n%s", name, n, firstScreen, first)
			}
			for i, m := range msgs {
				if err := tgtest.CheckHTML(m); err != nil {
					t.Errorf("%s: message %d: %v", name, i, err)
				}
				if n := utf16Len(m); n > maxMessage {
					t.Errorf("%s: message %d is %d UTF-16 units", name, i, n)
				}
			}
			details := 0
			for _, b := range r.Blocks {
				if b.Kind == dialog.Detail {
					details++
				}
			}
			if got := strings.Count(strings.Join(msgs, ""), "<blockquote expandable>"); got < details || details < len(r.Verdict.Lines) {
				t.Errorf("%s: %d expandable blockquotes for %d details and %d conclusions", name, got, details, len(r.Verdict.Lines))
			}
			for _, c := range r.Verdict.Lines {
				if !strings.Contains(first, c.String()) {
					t.Errorf("%s: conclusion %q not on the first screen", name, c.String())
				}
			}
		}
	}
}

// TestRenderEntityLimit keeps a message within Telegram's entity limit,
// however many short blocks a reply has.
func TestRenderEntityLimit(t *testing.T) {
	var blocks []dialog.Block
	for range 3 * maxEntities {
		blocks = append(blocks, dialog.Block{Kind: dialog.Detail, Text: "理由"})
	}
	msgs := renderHTML(blocks, maxMessage)
	if len(msgs) != 3 {
		t.Errorf("got %d messages, want 3", len(msgs))
	}
	for i, m := range msgs {
		if err := tgtest.CheckHTML(m); err != nil {
			t.Errorf("message %d: %v", i, err)
		}
	}
}

// TestVerdictGolden compares the loan-doubt transcript's verdict as Telegram gets
// it (the HTML of each message) with testdata/verdict-loan-doubt.html.golden.
func TestVerdictGolden(t *testing.T) {
	r := verdicts(t)["loan-doubt"][0]
	got := strings.Join(renderHTML(r.Blocks, maxMessage), "\n\n---- next message ----\n\n") + "\n"
	golden := "testdata/verdict-loan-doubt.html.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./bot -run TestVerdictGolden -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("verdict HTML differs from %s; run go test ./bot -run TestVerdictGolden -update and review the diff.\ngot:\n%s", golden, got)
	}
}

// TestShareButton takes a check to its verdict in Telegram, checks the
// verdict is valid Telegram HTML with its details folded, and presses the
// share button: the bot sends the compact summary as one message of its
// own, which can be forwarded.
func TestShareButton(t *testing.T) {
	h := newHarness(t, nil)
	h.say(7, "/check 创业担保贷款")
	h.say(7, "高校毕业生本人")
	h.say(7, "否")
	got := h.say(7, "15")
	verdict := strings.Join(got, "\n\n")
	for i, m := range got {
		if err := tgtest.CheckHTML(m); err != nil {
			t.Errorf("message %d: %v", i, err)
		}
	}
	mustContain(t, verdict, "<blockquote expandable>1. ❔ 无法确定｜高校毕业生个人创业担保贷款")
	sent := h.press(7, "分享")
	if len(sent) != 1 {
		t.Fatalf("share sent %d messages, want 1: %q", len(sent), sent)
	}
	mustContain(t, joined(sent), "【临夏州人才政策自查摘要】创业担保贷款", "自查日期：2026年11月25日",
		"❔ 高校毕业生个人创业担保贷款：无法确定", "⚠️ 本方案已于2026年6月22日失效")
	if strings.Contains(sent[0], "<blockquote") {
		t.Errorf("the summary folds something away:\n%s", sent[0])
	}
}
