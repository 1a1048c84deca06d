package dialog

import (
	"strings"
	"testing"
)

func TestShareVerdict(t *testing.T) {
	e := newEngine(t, nil, nil, lapsedDay)
	send(t, e, "c", askGuarantee)
	send(t, e, "c", "/check loan")
	send(t, e, "c", "高校毕业生本人")
	send(t, e, "c", "不确定")
	r := send(t, e, "c", "15")
	if r.Verdict == nil {
		t.Fatalf("no verdict:\n%s", r.Text())
	}
	var data string
	for _, c := range r.Choices {
		if strings.HasPrefix(c.Data, sharePrefix) {
			data = c.Data
		}
	}
	if data == "" {
		t.Fatalf("verdict has no share button: %+v", r.Choices)
	}
	s := press(t, e, "c", data)
	text := s.Text()
	must := []string{"创业担保贷款", "自查日期：2026年11月25日", "临州办发〔2021〕48号", "⚠️ 本方案已于2026年6月22日失效", "审核决定"}
	for _, c := range r.Verdict.Lines {
		must = append(must, c.String())
	}
	for _, m := range must {
		if !strings.Contains(text, m) {
			t.Errorf("summary lacks %q:\n%s", m, text)
		}
	}
	if len(s.Blocks) != 1 || s.Toast == "" {
		t.Errorf("summary is not one forwardable message with a toast: %+v", s)
	}
	// A tampered button is stale, not a crash.
	for _, bad := range []string{"s:", "s:loan:xx:0m0", "s:nope:261125:0m0", "s:loan:261125:99m0", "s:loan:261125:0m99", "s:loan:261125:m"} {
		if got := press(t, e, "c", bad); got.Toast != txtButtonStale {
			t.Errorf("%q: toast %q, want %q", bad, got.Toast, txtButtonStale)
		}
	}
}

// TestShareDataFits keeps every check's share button within the 64 bytes of
// a Telegram callback, with every rule applicable and decided by its last
// case.
func TestShareDataFits(t *testing.T) {
	e := newEngine(t, nil, nil, lapsedDay)
	for i := range e.corpus.Checks {
		ch := e.corpus.Checks[i]
		var all []ruled
		for ri, rule := range ch.Rules {
			all = append(all, ruled{rule: ri, kase: len(rule.Cases) - 1, st: notMet})
		}
		if c, ok := e.shareChoice(ch, all); !ok {
			t.Errorf("%s: share data too long", ch.ID)
		} else if len(c.Data) > 64 {
			t.Errorf("%s: %d bytes", ch.ID, len(c.Data))
		}
	}
}
