package dialog

import (
	"strings"
	"testing"

	"github.com/linxia-talent/policybot/corpus"
)

// TestValidityNoticeOnce follows one conversation: the notice is said in
// full the first time and on every verdict, in one short line otherwise,
// and a reply that quotes nothing does not call itself the original text.
func TestValidityNoticeOnce(t *testing.T) {
	const full, short, quoted = "有效期提示：本方案（", "⚠️ 本方案已于2026年6月22日失效", "以上是原文内容"
	finding := corpus.Finding{Article: 14, Quotes: []corpus.Excerpt{{Text: "对符合条件的高校毕业生给予不超过20万元的创业担保贷款和财政贴息政策支持"}}}
	e := newEngine(t, fakeAnswerer{answers: map[string]corpus.Finding{"大学生创业能贷多少钱": finding}}, nil, lapsedDay)
	steps := []struct {
		send              string
		full, short, said bool // notice in full, the short line, 「以上是原文内容」
	}{
		{"/start", true, false, false},
		{"大学生创业能贷多少钱", false, true, false},
		{"第14条", false, true, false},
		{"/check loan", false, false, false},
		{"高校毕业生本人", false, false, false},
		{"否", false, false, false},
		{"15", true, false, true}, // the verdict
		{"第14条", false, true, false},
	}
	for _, st := range steps {
		r := send(t, e, "c", st.send)
		text := r.Text()
		if st.said && r.Verdict == nil {
			t.Errorf("%q: no verdict:\n%s", st.send, text)
		}
		if got := strings.Contains(text, full); got != st.full {
			t.Errorf("%q: full notice shown = %v, want %v:\n%s", st.send, got, st.full, text)
		}
		if got := strings.Contains(text, short); got != st.short {
			t.Errorf("%q: short notice shown = %v, want %v:\n%s", st.send, got, st.short, text)
		}
		if got := strings.Contains(text, quoted); got != st.said {
			t.Errorf("%q: says %q = %v, want %v:\n%s", st.send, quoted, got, st.said, text)
		}
	}
}
