package dialog

import (
	"strings"
	"testing"

	"github.com/linxia-talent/policybot/corpus"
)

// TestHandoffTriggers: each way of calling a person gives a Handoff with
// its trigger and what staff need; the rest of the conversation goes on.
func TestHandoffTriggers(t *testing.T) {
	c := loadCorpus(t)
	a14, _ := c.Doc.Article(14)
	fa := fakeAnswerer{answers: map[string]corpus.Finding{
		"大学生创业能贷多少钱": {Article: 14, Title: a14.Title, Units: a14.Units, Score: 2,
			Quotes: []corpus.Excerpt{{Text: "对符合条件的高校毕业生给予不超过20万元的创业担保贷款和财政贴息政策支持；"}}},
	}}
	type step struct {
		text, press string
		want        Trigger // "" for no hand-off
		button      bool    // the reply carries the 转人工 button
	}
	for _, tc := range []struct {
		name    string
		steps   []step
		check   string
		answers int
		verdict bool
	}{
		{"/human outside a check", []step{{text: "/human", want: AskedHuman}}, "", 0, false},
		{"words: 转人工", []step{{text: "转人工！", want: HumanWords}}, "", 0, false},
		{"words: 我要投诉", []step{{text: "我要投诉", want: HumanWords}}, "", 0, false},
		{"words: 人工 alone", []step{{text: "人工", want: HumanWords}}, "", 0, false},
		{"人工智能 is a subject, not a request", []step{{text: "人工智能人才有补贴吗", button: true}}, "", 0, false},
		{"one decline offers, two call", []step{{text: "今天天气怎么样", button: true}, {text: "兰州拉面好吃吗", want: TwoDeclines}}, "", 0, false},
		{"an answer between declines resets the count", []step{
			{text: "今天天气怎么样", button: true}, {text: "大学生创业能贷多少钱"}, {text: "兰州拉面好吃吗", button: true}}, "", 0, false},
		{"a new check after a verdict forgets the verdict", []step{
			{text: "/check 技能竞赛荣誉"}, {text: "省赛"}, {text: "第二名"}, {text: "不确定", button: true}, {text: "/check 科技特派员"}, {text: "/human", want: AskedHuman}}, "科技特派员", 0, false},
		{"the button under a decline", []step{{text: "今天天气怎么样", button: true}, {press: "h:", want: HumanButton}}, "", 0, false},
		{"words in a check carry its answers", []step{{text: "/check 创业担保贷款"}, {text: "1"}, {text: "转人工", want: HumanWords}}, "创业担保贷款", 1, false},
		{"after a 无法确定 verdict: its button, with the verdict", []step{
			{text: "/check 技能竞赛荣誉"}, {text: "省赛"}, {text: "第二名"}, {text: "不确定", button: true}, {press: "h:", want: HumanButton}}, "技能竞赛荣誉", 3, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEngine(t, fa, nil, lapsedDay)
			var r Reply
			for i, st := range tc.steps {
				if st.press != "" {
					r = press(t, e, "u", st.press)
				} else {
					r = send(t, e, "u", st.text)
				}
				got := Trigger("")
				if r.Handoff != nil {
					got = r.Handoff.Trigger
				}
				if got != st.want {
					t.Fatalf("step %d: hand-off %q, want %q\n%s", i, got, st.want, r.Text())
				}
				has := false
				for _, ch := range r.Choices {
					has = has || ch.Data == humanPrefix
				}
				if has != st.button {
					t.Errorf("step %d: 转人工 button %v, want %v", i, has, st.button)
				}
				if r.Handoff != nil && !strings.Contains(r.Text(), "转人工") {
					t.Errorf("step %d: the user is not told:\n%s", i, r.Text())
				}
			}
			h := r.Handoff
			if h == nil {
				return
			}
			if h.Check != tc.check || len(h.Answers) != tc.answers || (len(h.Verdict) > 0) != tc.verdict {
				t.Errorf("hand-off: %+v", h)
			}
			if tc.check != "" && len(h.Articles) == 0 {
				t.Errorf("hand-off articles: %v", h.Articles)
			}
			if tc.verdict && !strings.Contains(strings.Join(h.Verdict, "\n"), "无法确定（第8条）") {
				t.Errorf("verdict lines: %q", h.Verdict)
			}
		})
	}
}
