package corpus

import (
	"fmt"
	"slices"
	"strings"
)

// SlotType is the kind of answer a question takes.
type SlotType string

const (
	// ChoiceSlot takes one of the slot's choices.
	ChoiceSlot SlotType = "choice"
	// YesNoSlot takes yes or no (and unsure, when the slot allows it).
	YesNoSlot SlotType = "yesno"
	// NumberSlot takes a whole number within [Min, Max].
	NumberSlot SlotType = "number"
	// TextSlot takes free text of at most MaxLen characters.
	TextSlot SlotType = "text"
)

// The values a yes/no slot takes.
const (
	Yes    = "yes"
	No     = "no"
	Unsure = "unsure"
)

// Check is a guided eligibility check: the questions it may ask and the
// rules that turn the answers into a verdict.
type Check struct {
	ID      string   `yaml:"id"`
	Title   string   `yaml:"title"`
	Aliases []string `yaml:"aliases"`
	// Intro is said when the check starts.
	Intro string `yaml:"intro"`
	// Articles are the articles the check applies.
	Articles []int  `yaml:"articles"`
	Slots    []Slot `yaml:"slots"`
	Rules    []Rule `yaml:"rules"`
	// Notes are facts shown with every verdict (the procedure, who
	// decides), each quoting the document.
	Notes []Note `yaml:"notes"`
}

// Slot is one question of a check.
type Slot struct {
	ID   string   `yaml:"id"`
	Type SlotType `yaml:"type"`
	// Name is how a verdict refers to the answer, e.g. 「累计年限」.
	Name string `yaml:"name"`
	// Ask is the question.
	Ask string `yaml:"ask"`
	// Help explains the question, shown again after a wrong answer.
	Help    string   `yaml:"help"`
	Choices []Option `yaml:"choices"`
	// AllowUnsure adds a 「不确定」 answer to a yes/no or choice slot. An
	// unsure answer leaves the rules that depend on it undecided.
	AllowUnsure bool `yaml:"allow_unsure"`
	// Min, Max and Unit bound a number slot, e.g. 0, 30, 「年」.
	Min  int    `yaml:"min"`
	Max  int    `yaml:"max"`
	Unit string `yaml:"unit"`
	// MaxLen bounds a text slot, in characters.
	MaxLen int `yaml:"max_len"`
}

// Option is one choice of a choice slot.
type Option struct {
	Value string `yaml:"value"`
	Label string `yaml:"label"`
	// Aliases are other ways users type this choice.
	Aliases []string `yaml:"aliases"`
}

// Rule is one conclusion of a check.
type Rule struct {
	ID string `yaml:"id"`
	// Title names the conclusion, e.g. 「个人创业担保贷款」.
	Title string `yaml:"title"`
	// If scopes the rule: when it is false, the rule is left out of the
	// verdict as not applying. Empty means always.
	If *Cond `yaml:"if"`
	// When decides the rule: true is 符合, false is 不符合. A rule without
	// When states a consequence that holds wherever the rule applies.
	When *Cond `yaml:"when"`
	// Met and NotMet say what the verdict means.
	Met    string `yaml:"met"`
	NotMet string `yaml:"not_met"`
	// Change says what would turn a 不符合 into a 符合; every rule with a
	// When has one. The verdict also names the unmet conditions.
	Change string `yaml:"change"`
	// Open names a condition the document leaves open (「符合条件的」); it
	// is stated with the verdict together with the responsible units.
	Open string `yaml:"open"`
	// Article and Quote are the clause the rule rests on; Quote must occur
	// verbatim in the article.
	Article int    `yaml:"article"`
	Quote   string `yaml:"quote"`
}

// Note is a fact shown with a check's verdict.
type Note struct {
	Text    string `yaml:"text"`
	Article int    `yaml:"article"`
	Quote   string `yaml:"quote"`
}

// Cond is a condition over answers: exactly one of All, Any, Not or a
// comparison on Slot (Is, In, Min, Max).
type Cond struct {
	All []*Cond `yaml:"all"`
	Any []*Cond `yaml:"any"`
	Not *Cond   `yaml:"not"`

	Slot string   `yaml:"slot"`
	Is   string   `yaml:"is"`
	In   []string `yaml:"in"`
	Min  *int     `yaml:"min"`
	Max  *int     `yaml:"max"`
}

// Slot returns the check's slot with the given id.
func (c *Check) Slot(id string) (*Slot, bool) {
	for i := range c.Slots {
		if c.Slots[i].ID == id {
			return &c.Slots[i], true
		}
	}
	return nil, false
}

// Options returns the answers a choice or yes/no slot offers, in order,
// with 不确定 last when the slot allows it.
func (s *Slot) Options() []Option {
	var opts []Option
	switch s.Type {
	case ChoiceSlot:
		opts = slices.Clone(s.Choices)
	case YesNoSlot:
		opts = []Option{
			{Value: Yes, Label: "是", Aliases: []string{"对", "有", "是的", "对的", "有的", "同意", "y", "yes", "属于", "符合", "持有", "嗯", "当然"}},
			{Value: No, Label: "否", Aliases: []string{"不是", "没有", "不", "无", "n", "no", "不对", "不同意", "不属于", "不符合", "没"}},
		}
	}
	if s.AllowUnsure && (s.Type == ChoiceSlot || s.Type == YesNoSlot) {
		opts = append(opts, Option{Value: Unsure, Label: "不确定", Aliases: []string{"不知道", "不清楚", "说不准", "不好说", "不晓得", "不一定"}})
	}
	return opts
}

// Label returns how an answer reads in a verdict: the choice's label, or
// the number with its unit.
func (s *Slot) Label(value string) string {
	for _, o := range s.Options() {
		if o.Value == value {
			return o.Label
		}
	}
	if s.Type == NumberSlot {
		return value + s.Unit
	}
	return value
}

// Slots returns the ids of the slots the condition reads.
func (c *Cond) Slots() []string {
	if c == nil {
		return nil
	}
	var out []string
	if c.Slot != "" {
		out = append(out, c.Slot)
	}
	for _, k := range append(append(slices.Clone(c.All), c.Any...), c.Not) {
		out = append(out, k.Slots()...)
	}
	return out
}

// maxCallbackPart bounds ids and values so that a button's data, which
// carries a round number, a slot id and a value, fits Telegram's 64 bytes.
const maxCallbackPart = 24

func (c *Check) validate(d *Document) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("check %q: %s", c.ID, fmt.Sprintf(format, args...))
	}
	if c.ID == "" || len(c.ID) > maxCallbackPart || strings.ContainsAny(c.ID, ": ") {
		return fail("id must be 1 to %d bytes without ':' or spaces", maxCallbackPart)
	}
	if c.Title == "" || c.Intro == "" {
		return fail("needs a title and an intro")
	}
	for _, n := range c.Articles {
		if _, ok := d.Article(n); !ok {
			return fail("applies article %d, which the document does not have", n)
		}
	}
	if len(c.Slots) == 0 || len(c.Rules) == 0 {
		return fail("needs slots and rules")
	}
	used := map[string]bool{}
	slotIDs := map[string]bool{}
	for _, s := range c.Slots {
		if err := s.validate(); err != nil {
			return fail("%v", err)
		}
		if slotIDs[s.ID] {
			return fail("slot %q defined twice", s.ID)
		}
		slotIDs[s.ID] = true
	}
	ruleIDs := map[string]bool{}
	for _, r := range c.Rules {
		if r.ID == "" || ruleIDs[r.ID] {
			return fail("rule ids must be present and unique (%q)", r.ID)
		}
		ruleIDs[r.ID] = true
		if r.Title == "" || r.Met == "" || r.NotMet == "" {
			return fail("rule %q needs a title, met and not_met", r.ID)
		}
		if r.When == nil && r.If == nil {
			return fail("rule %q has neither if nor when", r.ID)
		}
		if r.When != nil && r.Change == "" {
			return fail("rule %q can be 不符合 but does not say what would change it (change)", r.ID)
		}
		for _, cond := range []*Cond{r.If, r.When} {
			if err := cond.validate(c); err != nil {
				return fail("rule %q: %v", r.ID, err)
			}
			for _, s := range cond.Slots() {
				used[s] = true
			}
		}
		if err := checkQuote(d, r.Article, r.Quote); err != nil {
			return fail("rule %q: %v", r.ID, err)
		}
	}
	for _, n := range c.Notes {
		if n.Text == "" {
			return fail("a note has no text")
		}
		if err := checkQuote(d, n.Article, n.Quote); err != nil {
			return fail("note %q: %v", n.Text, err)
		}
	}
	for _, s := range c.Slots {
		if !used[s.ID] {
			return fail("slot %q is asked but no rule reads it", s.ID)
		}
	}
	return nil
}

func checkQuote(d *Document, article int, quote string) error {
	a, ok := d.Article(article)
	if !ok {
		return fmt.Errorf("cites article %d, which the document does not have", article)
	}
	if quote == "" || !strings.Contains(a.Text(), quote) {
		return fmt.Errorf("quote %q does not occur in article %d", quote, article)
	}
	return nil
}

func (s *Slot) validate() error {
	if s.ID == "" || len(s.ID) > maxCallbackPart || strings.ContainsAny(s.ID, ": ") {
		return fmt.Errorf("slot id %q must be 1 to %d bytes without ':' or spaces", s.ID, maxCallbackPart)
	}
	if s.Ask == "" || s.Name == "" {
		return fmt.Errorf("slot %q needs a question and a name", s.ID)
	}
	switch s.Type {
	case ChoiceSlot:
		if len(s.Choices) < 2 {
			return fmt.Errorf("choice slot %q needs at least two choices", s.ID)
		}
		seen := map[string]bool{}
		for _, o := range s.Options() {
			if o.Value == "" || o.Label == "" || len(o.Value) > maxCallbackPart || strings.Contains(o.Value, ":") {
				return fmt.Errorf("slot %q: choice %q needs a short value without ':' and a label", s.ID, o.Label)
			}
			if seen[o.Value] {
				return fmt.Errorf("slot %q: choice value %q twice", s.ID, o.Value)
			}
			seen[o.Value] = true
		}
	case YesNoSlot:
		if len(s.Choices) > 0 {
			return fmt.Errorf("yes/no slot %q cannot have choices", s.ID)
		}
	case NumberSlot:
		if s.Max <= s.Min {
			return fmt.Errorf("number slot %q needs min < max", s.ID)
		}
	case TextSlot:
		if s.MaxLen <= 0 {
			return fmt.Errorf("text slot %q needs max_len", s.ID)
		}
	default:
		return fmt.Errorf("slot %q has unknown type %q", s.ID, s.Type)
	}
	return nil
}

func (c *Cond) validate(ch *Check) error {
	if c == nil {
		return nil
	}
	kinds := 0
	for _, present := range []bool{len(c.All) > 0, len(c.Any) > 0, c.Not != nil, c.Slot != ""} {
		if present {
			kinds++
		}
	}
	if kinds != 1 {
		return fmt.Errorf("a condition must be exactly one of all, any, not or a slot comparison")
	}
	for _, k := range append(append(slices.Clone(c.All), c.Any...), c.Not) {
		if err := k.validate(ch); err != nil {
			return err
		}
	}
	if c.Slot == "" {
		return nil
	}
	s, ok := ch.Slot(c.Slot)
	if !ok {
		return fmt.Errorf("condition names slot %q, which no question asks", c.Slot)
	}
	values := c.In
	if c.Is != "" {
		values = append(values, c.Is)
	}
	switch s.Type {
	case ChoiceSlot, YesNoSlot:
		if len(values) == 0 || c.Min != nil || c.Max != nil {
			return fmt.Errorf("condition on %q needs is or in", c.Slot)
		}
		for _, v := range values {
			if !slices.ContainsFunc(s.Options(), func(o Option) bool { return o.Value == v }) {
				return fmt.Errorf("condition on %q names value %q, which is not a choice", c.Slot, v)
			}
		}
	case NumberSlot:
		if len(values) > 0 || c.Min == nil && c.Max == nil {
			return fmt.Errorf("condition on number %q needs min or max", c.Slot)
		}
	case TextSlot:
		if len(values) == 0 {
			return fmt.Errorf("condition on text %q needs is or in", c.Slot)
		}
	}
	return nil
}
