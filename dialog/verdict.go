package dialog

import (
	"fmt"
	"slices"
	"strings"

	"github.com/linxia-talent/policybot/corpus"
)

// verdict explains each rule of ch that concerns the person answering a:
// 符合, 不符合, 本方案未规定 or 无法确定, what the clause says for them, on
// which answers, and the clause it rests on.
func (e *Engine) verdict(ch *corpus.Check, a answers) Reply {
	a = withDefaults(ch, a)
	var r Reply
	r.add(Heading, fmt.Sprintf(txtVerdictHead, ch.Title))
	n := 0
	for i := range ch.Rules {
		rule := &ch.Rules[i]
		st, k, _ := ruleStatus(rule, a)
		if st == notApplicable {
			continue
		}
		if st == undecided { // cannot happen once nextSlot is done; be safe
			st = indeterminate
		}
		n++
		art, _ := e.corpus.Doc.Article(rule.Article)
		r.add(Heading, fmt.Sprintf("%d. %s｜%s", n, statusLabel[st], rule.Title))
		switch {
		case st == indeterminate && k.Outcome != corpus.Open:
			r.plain(txtUndecidable + e.unsureReason(ch, k, a))
		default:
			r.plain(fill(ch, k.Text, a))
		}
		rests := deciding(k.When, a)
		if st == indeterminate { // name the 「不确定」 too
			for _, id := range k.When.Slots() {
				if _, ok := a[id]; ok {
					rests = append(rests, id)
				}
			}
		}
		if ans := e.answerList(ch, rests, a); ans != "" {
			r.plain(txtBecause + ans)
		}
		if st == notMet && k.Change != "" {
			r.plain(txtChange + k.Change)
		}
		if st == silent {
			r.plain(fmt.Sprintf(txtSilent, art.UnitsText))
		}
		r.plain(txtClause + art.Cite())
		r.add(Quote, rule.Quote)
		if rule.Open != "" && (st == met || st == indeterminate) {
			r.add(Note, fmt.Sprintf(txtOpen, rule.Open, art.UnitsText))
		}
	}
	if n == 0 {
		r.plain(txtNoneApplies)
	}
	for _, note := range ch.Notes {
		na, _ := e.corpus.Doc.Article(note.Article)
		r.add(Note, txtVerdictNote+note.Text+"——"+na.Cite())
	}
	r.add(Note, e.validityNotice())
	r.add(Note, fmt.Sprintf(txtVerdictFinal, e.checkUnits(ch)))
	r.plain(txtVerdictNext)
	return r
}

// fill puts the answers into a case's text: {years} becomes 「4年」.
func fill(ch *corpus.Check, text string, a answers) string {
	for _, sl := range ch.Slots {
		if v, ok := a[sl.ID]; ok {
			text = strings.ReplaceAll(text, "{"+sl.ID+"}", sl.Label(v))
		}
	}
	return text
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
// check's order: 「申请人「高校毕业生本人」，配偶持卡「否」」.
func (e *Engine) answerList(ch *corpus.Check, want []string, a answers) string {
	var parts []string
	for _, sl := range ch.Slots {
		if slices.Contains(want, sl.ID) {
			parts = append(parts, sl.Name+"「"+sl.Label(a[sl.ID])+"」")
		}
	}
	return strings.Join(parts, "，")
}

// unsureReason names the questions answered 「不确定」 that leave a case
// open.
func (e *Engine) unsureReason(ch *corpus.Check, k *corpus.Case, a answers) string {
	var names []string
	if k != nil {
		for _, id := range k.When.Slots() {
			if a[id] == corpus.Unsure {
				sl, _ := ch.Slot(id)
				if !slices.Contains(names, "「"+sl.Name+"」") {
					names = append(names, "「"+sl.Name+"」")
				}
			}
		}
	}
	if len(names) == 0 {
		return txtUnsureVague
	}
	return fmt.Sprintf(txtUnsureOn, strings.Join(names, "、"))
}
