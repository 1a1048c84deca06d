package bot

import (
	"html"
	"strings"
	"testing"

	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/internal/tgtest"
)

func TestRenderHTMLSplitsLongReplies(t *testing.T) {
	sentence := "对符合条件的高校毕业生给予不超过20万元的创业担保贷款<和>财政贴息政策支持&。"
	long := strings.Repeat(sentence, 200) // far over 4096
	blocks := []dialog.Block{
		{Kind: dialog.Heading, Text: "第14条（全面提升人才服务保障能力）"},
		{Kind: dialog.Quote, Text: long},
		{Kind: dialog.Note, Text: "有效期提示"},
	}
	msgs := renderHTML(blocks, maxMessage)
	if len(msgs) < 2 {
		t.Fatalf("got %d messages", len(msgs))
	}
	var rebuilt strings.Builder
	for i, m := range msgs {
		if n := utf16Len(m); n > maxMessage {
			t.Errorf("message %d is %d UTF-16 units", i, n)
		}
		if err := tgtest.CheckHTML(m); err != nil {
			t.Errorf("message %d: %v", i, err)
		}
		inner := m
		for _, tag := range []string{"<b>", "</b>", "<blockquote>", "</blockquote>", "<i>", "</i>"} {
			inner = strings.ReplaceAll(inner, tag, "")
		}
		rebuilt.WriteString(strings.ReplaceAll(html.UnescapeString(inner), "\n\n", ""))
	}
	want := blocks[0].Text + long + blocks[2].Text
	if rebuilt.String() != want {
		t.Errorf("split lost or changed text")
	}
	// Quote parts end at sentence boundaries.
	for _, m := range msgs {
		if i := strings.Index(m, "</blockquote>"); i > 0 && !strings.HasSuffix(html.UnescapeString(m[:i]), "。") {
			t.Errorf("a quote part does not end at a sentence: …%s", m[max(0, i-30):i])
		}
	}
}

func TestSplitTextWithoutBoundaries(t *testing.T) {
	parts := splitText(strings.Repeat("字", 10000), 100)
	for _, p := range parts {
		if utf16Len(p) > 100 {
			t.Fatalf("part of %d units", utf16Len(p))
		}
	}
	if strings.Join(parts, "") != strings.Repeat("字", 10000) {
		t.Error("text changed")
	}
	if got := splitText("🙂🙂🙂", 4); strings.Join(got, "") != "🙂🙂🙂" || len(got) != 2 {
		t.Errorf("emoji split: %q", got)
	}
}
