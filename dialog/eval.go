package dialog

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/linxia-talent/policybot/corpus"
)

// truth is a three-valued truth: a condition over answers not yet given (or
// answered 「不确定」) is unknown.
type truth int

const (
	unknown truth = iota
	isFalse
	isTrue
)

// answers are a check's answers by slot id.
type answers map[string]string

// eval evaluates c with Kleene's three-valued logic. A nil condition is true.
func eval(c *corpus.Cond, a answers) truth {
	if c == nil {
		return isTrue
	}
	switch {
	case len(c.All) > 0:
		out := isTrue
		for _, k := range c.All {
			switch eval(k, a) {
			case isFalse:
				return isFalse
			case unknown:
				out = unknown
			}
		}
		return out
	case len(c.Any) > 0:
		out := isFalse
		for _, k := range c.Any {
			switch eval(k, a) {
			case isTrue:
				return isTrue
			case unknown:
				out = unknown
			}
		}
		return out
	case c.Not != nil:
		switch eval(c.Not, a) {
		case isTrue:
			return isFalse
		case isFalse:
			return isTrue
		}
		return unknown
	}
	v, ok := a[c.Slot]
	if !ok {
		return unknown
	}
	if v == corpus.Unsure && c.Is != corpus.Unsure && !slices.Contains(c.In, corpus.Unsure) {
		return unknown // 「不确定」 is unknown, unless the condition asks for it
	}
	if c.Min != nil || c.Max != nil {
		n, err := strconv.Atoi(v)
		if err != nil {
			return unknown
		}
		if c.Min != nil && n < *c.Min || c.Max != nil && n > *c.Max {
			return isFalse
		}
		return isTrue
	}
	if v == c.Is {
		return isTrue
	}
	for _, w := range c.In {
		if v == w {
			return isTrue
		}
	}
	return isFalse
}

// open returns the slots, not yet answered, whose answers could still
// change c's value: the unknown leaves that no decided sibling already
// settles.
func open(c *corpus.Cond, a answers) []string { return appendOpen(nil, c, a) }

// appendOpen appends open(c, a) to out, without a list per condition.
func appendOpen(out []string, c *corpus.Cond, a answers) []string {
	if c == nil || eval(c, a) != unknown {
		return out
	}
	for _, k := range c.All {
		out = appendOpen(out, k, a)
	}
	for _, k := range c.Any {
		out = appendOpen(out, k, a)
	}
	if c.Not != nil {
		out = appendOpen(out, c.Not, a)
	}
	if c.Slot != "" {
		if _, answered := a[c.Slot]; !answered {
			out = append(out, c.Slot)
		}
	}
	return out
}

// status is a rule's place in a verdict.
type status int

const (
	undecided status = iota
	notApplicable
	met
	notMet
	silent        // the article says nothing for this person: 本方案未规定
	indeterminate // decided as far as the answers go: 无法确定
)

// ruleStatus decides r on a: the first case whose condition holds decides.
// A case that needs slots not yet asked makes the rule undecided (and the
// slots are returned). A case left open by a 「不确定」 is passed over; if
// no later case holds, the rule is indeterminate. The case returned is the
// deciding one, or for indeterminate the one left open.
func ruleStatus(r *corpus.Rule, a answers) (status, *corpus.Case, []string) {
	var blocked *corpus.Case
	for i := range r.Cases {
		k := &r.Cases[i]
		switch eval(k.When, a) {
		case isFalse:
			continue
		case unknown:
			if slots := open(k.When, a); len(slots) > 0 {
				return undecided, k, slots
			}
			// Left open by a 「不确定」: a later case that holds whatever
			// the answer would have been still decides.
			if blocked == nil {
				blocked = k
			}
			continue
		}
		switch k.Outcome {
		case corpus.Met:
			return met, k, nil
		case corpus.NotMet:
			return notMet, k, nil
		case corpus.Open:
			return indeterminate, k, nil
		default:
			return silent, k, nil
		}
	}
	if blocked != nil {
		return indeterminate, blocked, nil
	}
	return notApplicable, nil, nil
}

// relevant reports whether slot's answer can matter given the other
// answers: some case reading it is not already false without it.
func relevant(ch *corpus.Check, slot string, a answers) bool {
	var others answers // a without slot, made when first needed
	for i := range ch.Rules {
		for _, k := range ch.Rules[i].Cases {
			if !k.When.Reads(slot) {
				continue
			}
			if others == nil {
				others = maps.Clone(a)
				if others == nil {
					others = answers{}
				}
				delete(others, slot)
			}
			if eval(k.When, others) != isFalse {
				return true
			}
		}
	}
	return false
}

// altKey, after a slot's id, keys the two numbers a 「不确定」 was read
// from (「6|7」), kept beside the answers for the verdict to say what each
// would give. No slot id holds 「~」.
const altKey = "~alt"

// moreKey, after a number slot's id, keeps the whole number of 「7年多」
// when the answer was read as the next one up (8) to judge safely.
const moreKey = "~more"

// withDefaults returns a with the defaults of the slots never answered.
func withDefaults(ch *corpus.Check, a answers) answers {
	out := answers{}
	for _, sl := range ch.Slots {
		if sl.Default != "" {
			out[sl.ID] = sl.Default
		}
	}
	for k, v := range a {
		out[k] = v
	}
	return out
}

// nextSlot returns the first slot, in the check's order, whose answer can
// still change the verdict, and false when the verdict is settled.
func nextSlot(ch *corpus.Check, a answers) (string, bool) {
	a = withDefaults(ch, a)
	wanted := map[string]bool{}
	for i := range ch.Rules {
		if st, _, slots := ruleStatus(&ch.Rules[i], a); st == undecided {
			for _, s := range slots {
				wanted[s] = true
			}
		}
	}
	for _, s := range ch.Slots {
		if wanted[s.ID] && !untold(&s, a) {
			return s.ID, true
		}
	}
	return "", false
}

// askKey, before a slot's id, marks among the answers that the person
// spoke of what a question asked on condition (AskWhen) is about: it is
// asked. No slot id holds 「+」.
const askKey = "+ask:"

// extraKey, before a slot's id, keeps among the answers the span a
// question asked for on top of the total told (「还想再延3年」: 3), so that
// a correction of what was served keeps it (round 68).
const extraKey = "+more:"

// contestKey, before the value of a question of which contest (竞赛级别
// 「省级」), keeps what a story of several told of that one (「省上焊工比赛
// 拿了第三名 是一类塞……州上比赛第一名」: class=first,rank=3), shown back
// once that one is chosen.
const contestKey = "+contest:"

// untold reports a question asked on condition whose condition was never
// met: not answered, and nothing said of it.
func untold(sl *corpus.Slot, a answers) bool {
	if len(sl.AskWhen) == 0 {
		return false
	}
	_, answered := a[sl.ID]
	return !answered && a[askKey+sl.ID] == ""
}

// untoldOnly reports a rule that waits only on untold questions.
func untoldOnly(ch *corpus.Check, slots []string, a answers) bool {
	return len(slots) > 0 && !slices.ContainsFunc(slots, func(id string) bool {
		sl, ok := ch.Slot(id)
		return !ok || !untold(sl, a)
	})
}

// markAsked marks in a each question asked on condition whose words text
// uses (「要不要找人担保」: the spouse's card).
//
// The check's own names do not speak of it: 担保 in 「创业担保贷款」 is the
// loan's name, not a guarantee asked about.
func markAsked(ch *corpus.Check, a answers, text string) {
	names := append([]string{ch.Title}, ch.Aliases...)
	slices.SortFunc(names, func(x, y string) int { return len(y) - len(x) })
	for _, n := range names {
		if len([]rune(n)) >= 2 {
			text = strings.ReplaceAll(text, n, "")
		}
	}
	for i := range ch.Slots {
		sl := &ch.Slots[i]
		if len(sl.AskWhen) > 0 && slices.ContainsFunc(sl.AskWhen, func(w string) bool { return strings.Contains(text, w) }) {
			a[askKey+sl.ID] = "1"
		}
	}
}

// deciding returns the slots whose answers a decided condition rests on.
func deciding(c *corpus.Cond, a answers) []string {
	if c == nil {
		return nil
	}
	if c.Slot != "" {
		if _, ok := a[c.Slot]; ok {
			return []string{c.Slot}
		}
		return nil
	}
	var out []string
	for _, k := range append(append([]*corpus.Cond{}, c.All...), c.Any...) {
		if eval(k, a) != unknown {
			out = append(out, deciding(k, a)...)
		}
	}
	if c.Not != nil {
		out = append(out, deciding(c.Not, a)...)
	}
	return out
}
