package dialog

import (
	"fmt"
	"slices"
	"strings"

	"github.com/linxia-talent/policybot/corpus"
)

// statusLabel is how a verdict names each status.
var statusLabel = map[status]string{
	met:           "✅ 符合",
	notMet:        "❌ 不符合",
	indeterminate: "❔ 无法确定",
}

// verdict explains each applicable rule of ch on the answers a: 符合,
// 不符合 or 无法确定, why, on which answers, and the clause it rests on.
func (e *Engine) verdict(ch *corpus.Check, a answers) Reply {
	var r Reply
	r.add(Heading, "「"+ch.Title+"」自查结果")
	n := 0
	for i := range ch.Rules {
		rule := &ch.Rules[i]
		st, _ := ruleStatus(rule, a)
		if st == notApplicable {
			continue
		}
		if st == undecided { // cannot happen once nextSlot is done; be safe
			st = indeterminate
		}
		n++
		art, _ := e.corpus.Doc.Article(rule.Article)
		r.add(Heading, fmt.Sprintf("%d. %s｜%s", n, statusLabel[st], rule.Title))
		switch st {
		case met:
			r.plain(rule.Met)
		case notMet:
			r.plain(rule.NotMet)
		case indeterminate:
			r.plain("根据您的回答还无法判断：" + e.unsureReason(ch, rule, a))
		}
		if ans := e.answerList(ch, deciding(rule.If, a), deciding(rule.When, a), a); ans != "" {
			r.plain("依据您的回答：" + ans)
		}
		if st == notMet {
			if need := e.requirements(ch, failing(rule.When, a)); need != "" {
				r.plain("未满足：" + need)
			}
			if rule.Change != "" {
				r.plain("怎样会改变：" + rule.Change)
			}
		}
		r.plain("条款：" + art.Cite())
		r.add(Quote, rule.Quote)
		if rule.Open != "" && st != notMet {
			r.add(Note, "注意："+rule.Open+"，由"+art.UnitsText+"认定，这里不作推测。")
		}
	}
	if n == 0 {
		r.plain("根据您的回答，本项自查涉及的条款都不适用于您。")
	}
	for _, note := range ch.Notes {
		na, _ := e.corpus.Doc.Article(note.Article)
		r.add(Note, "说明："+note.Text+"——"+na.Cite())
	}
	r.add(Note, e.validityNotice())
	r.add(Note, "以上是根据政策原文的自查参考，是否符合、能否办理，最终由"+e.checkUnits(ch)+"审核决定。需要人工帮助请发送 /human。")
	r.plain("发送 /check 可以再做一项自查，或直接提问。")
	return r
}

// checkUnits names the responsible units of a check's articles.
func (e *Engine) checkUnits(ch *corpus.Check) string {
	var units []string
	for _, n := range ch.Articles {
		a, _ := e.corpus.Doc.Article(n)
		for _, u := range a.Units {
			if !slices.Contains(units, u) {
				units = append(units, u)
			}
		}
	}
	return strings.Join(units, "、") + "等责任单位"
}

// answerList renders the answers to the given slots, each once, in the
// check's order: 「申请人：高校毕业生本人；配偶持卡：否」.
func (e *Engine) answerList(ch *corpus.Check, a1, a2 []string, a answers) string {
	want := append(slices.Clone(a1), a2...)
	var parts []string
	for _, sl := range ch.Slots {
		if slices.Contains(want, sl.ID) {
			parts = append(parts, sl.Name+"「"+sl.Label(a[sl.ID])+"」")
		}
	}
	return strings.Join(parts, "，")
}

// requirements describes leaf conditions in words: 「累计离岗年限不超过3年」.
func (e *Engine) requirements(ch *corpus.Check, conds []*corpus.Cond) string {
	var out []string
	for _, c := range conds {
		sl, ok := ch.Slot(c.Slot)
		if !ok {
			continue
		}
		var s string
		switch {
		case c.Min != nil && c.Max != nil:
			s = fmt.Sprintf("%s在%d到%d%s之间", sl.Name, *c.Min, *c.Max, sl.Unit)
		case c.Max != nil:
			s = fmt.Sprintf("%s不超过%d%s", sl.Name, *c.Max, sl.Unit)
		case c.Min != nil:
			s = fmt.Sprintf("%s不少于%d%s", sl.Name, *c.Min, sl.Unit)
		default:
			var labels []string
			for _, v := range append([]string{c.Is}, c.In...) {
				if v != "" {
					labels = append(labels, "「"+sl.Label(v)+"」")
				}
			}
			s = sl.Name + "为" + strings.Join(labels, "或")
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, "；")
}

// unsureReason names the questions answered 「不确定」 that leave a rule
// open.
func (e *Engine) unsureReason(ch *corpus.Check, rule *corpus.Rule, a answers) string {
	var names []string
	for _, id := range append(rule.If.Slots(), rule.When.Slots()...) {
		if a[id] == corpus.Unsure {
			sl, _ := ch.Slot(id)
			if !slices.Contains(names, "「"+sl.Name+"」") {
				names = append(names, "「"+sl.Name+"」")
			}
		}
	}
	if len(names) == 0 {
		return "条件尚不明确，请向责任单位确认。"
	}
	return "您对" + strings.Join(names, "、") + "回答了「不确定」，这一项取决于它，请先向单位或责任单位确认。"
}
