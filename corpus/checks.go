package corpus

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
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
	// Terms are the check's vocabulary (corpus/vocab/<id>.yaml): phrases
	// that answer one or more of its questions at once.
	Terms []Term `yaml:"-"`
	// Others are phrases that name someone else's thing with a word of the
	// check's own (担保公司 is not the person's 公司): read as naming
	// nothing.
	Others []string `yaml:"-"`
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
	// AllowUnsure adds a 「不确定」 answer to a yes/no, choice or number
	// slot. An unsure answer leaves the rules that depend on it undecided
	// (无法确定), unless a condition names it (is: unsure).
	AllowUnsure bool `yaml:"allow_unsure"`
	// Min, Max and Unit bound a number slot, e.g. 0, 30, 「年」.
	Min  int    `yaml:"min"`
	Max  int    `yaml:"max"`
	Unit string `yaml:"unit"`
	// MaxLen bounds a text slot, in characters.
	MaxLen int `yaml:"max_len"`
	// Topic are words that show a sentence speaks of a yes/no question
	// (「老婆」, 「服务卡」 for the spouse's card): 「我老婆没有卡」 answers it
	// even though it does not start with 是 or 不.
	Topic []string `yaml:"topic"`
	// TopicYes, when set, are the topic words a clause needs to say yes:
	// 「我老公就是个体户」 speaks of the spouse but says nothing of a card.
	TopicYes []string `yaml:"topic_yes"`
	// TopicUnsure are words that, named in a description given to the
	// question, leave it open (大专 of the founder: whether it makes a
	// 高校毕业生 the text does not say).
	TopicUnsure []string `yaml:"topic_unsure"`
	// Either marks a yes/no question of alternatives (高校毕业生或引进人才
	// 创办的): one of its TopicYes told surely answers it yes, whatever doubt
	// is said of another (「本科毕业的，引进人才算不算不清楚」).
	Either bool `yaml:"either"`
	// NotYet is the answer 「还没」 gives (「还没有」, 「暂时没有」, 「尚未」):
	// for a step still to come (the unit's consent) it is 「不确定」, not
	// 「否」. Empty means 否.
	NotYet string `yaml:"not_yet"`
	// PutOff is the answer a put-off gives (「站长说人手紧 等明年再说」):
	// the unit has answered, and not yes, for now. Empty means 不确定.
	PutOff string `yaml:"put_off"`
	// Default is the answer assumed when the question was never answered:
	// such a slot is never asked, only filled from what people say
	// (「团体第6名」 makes the rank a team's).
	Default string `yaml:"default"`
	// AskWhen, when set, makes the question one asked only of those it may
	// concern: it is asked once the person has used one of these words (or
	// answered it unasked); otherwise the rules that rest on it give their
	// Untold text as a note (「要不要找人担保」 asks about the spouse's card;
	// a graduate who never spoke of guarantees is not asked whether their
	// spouse holds one: round 51).
	AskWhen []string `yaml:"ask_when"`
	// FromSentence lets a number slot be filled from a sentence that
	// answers another question (「国家一类赛第3名」 gives the rank too);
	// except for ranks, only from a clause holding one of Topic
	// (「我算了一下得30万」).
	FromSentence bool `yaml:"from_sentence"`
	// SpanOf are words that, in the clause that holds a number of years,
	// say the years are this question's span (「当科技特派员已经4年」), as
	// 连续 or 累计 do: years in a story are otherwise as often years of
	// work (干了15年), and are asked.
	SpanOf []string `yaml:"span_of"`
	// Past marks a question about what has happened (a contest's level,
	// class and place): what a clause says of the future (「明年还要去参加
	// 国赛」) does not answer it.
	Past bool `yaml:"past"`
	// Sums marks a number that is a total of spans (years away, in all):
	// spans said one after another (「前面3年，后来延了1年，这次想再延3年」)
	// are added up, and the sum is said back.
	Sums bool `yaml:"sums"`
	// Beyond is the largest total the rules tell apart (累计不超过6年: 6):
	// more years asked on top of a total at or past it, however many (再延
	// 几年, 一两年), give the same verdict as one more, and are read so.
	Beyond int `yaml:"beyond"`
	// Extends is the span an extension follows (人事关系在3年期满后可适当
	// 延长: 3): a total asked and answered with the extension alone (「延了
	// 两年」) is that span and the extension.
	Extends int `yaml:"extends"`
	// Recount are numbers, one short of a limit, that people often count
	// one short (干了四年 for 2021–2025): an answer of one of them is shown
	// back with RecountText, which says how to count, before it counts.
	Recount     []int  `yaml:"recount"`
	RecountText string `yaml:"recount_text"`
	// Partial are answers that narrow the question without settling it
	// (「我自己，个体户」 to who borrows: a person, graduate or not); the
	// question is asked again with the text that says what is still open.
	Partial []Partial `yaml:"partial"`
	// FormOpen is for a question of who, when the person says who they are
	// but not yet in which way they will go (个体还是公司): one of Values
	// named beside that doubt is the answer, and Text says the way is open.
	FormOpen *FormOpen `yaml:"form_open"`
}

// FormOpen: see Slot.FormOpen.
type FormOpen struct {
	Values []string `yaml:"values"`
	Text   string   `yaml:"text"`
}

// Partial is an answer that narrows a question: any of Words (and, when
// With is set, any of With too), and the text said before the question is
// asked again.
type Partial struct {
	Words []string `yaml:"words"`
	With  []string `yaml:"with"`
	Text  string   `yaml:"text"`
}

// Option is one choice of a choice slot.
type Option struct {
	Value string `yaml:"value"`
	Label string `yaml:"label"`
	// Aliases are other ways users type this choice.
	Aliases []string `yaml:"aliases"`
	// Broad are names wider than this choice that still name it when said
	// alone: 「事业单位」 for 其他事业单位 — a 高校 is one too, so beside
	// 「高校」 the narrower choice is meant.
	Broad []string `yaml:"broad"`
	// Denies lists choices whose denial means this one: 「我不是大学生」
	// denies 高校毕业生 and so reads as 其他个人. Such a reading is
	// confirmed before it is recorded.
	Denies []string `yaml:"denies"`
}

// Outcome is what a case of a rule concludes.
type Outcome string

// The outcomes of a case. NotMet is only for what the text excludes or
// limits (「除…外」, 「不超过」); where the text grants something to some
// people and says nothing of others, the others get Silent.
const (
	// Met: the text provides this for the person (符合).
	Met Outcome = "met"
	// NotMet: the text excludes the person or sets a limit they pass (不符合).
	NotMet Outcome = "not_met"
	// Silent: the article says nothing for this person (本方案未规定).
	Silent Outcome = "silent"
	// Open: the text leaves the decision to others (「可适当延长」): 无法确定.
	Open Outcome = "open"
)

// Rule is one conclusion of a check: a clause of the document and the
// cases that say what it means for a person.
type Rule struct {
	ID string `yaml:"id"`
	// Title names the conclusion, e.g. 「个人创业担保贷款」.
	Title string `yaml:"title"`
	// Cases are tried in order; the first whose When holds decides. When
	// none holds the rule does not concern the person and is left out. A
	// case that cannot be decided yet asks for the slots it reads; one
	// left open by 「不确定」 gives 无法确定.
	Cases []Case `yaml:"cases"`
	// Open names a condition the document leaves open (「符合条件的」); it
	// is stated with a 符合 together with the responsible units.
	Open string `yaml:"open"`
	// Article and Quote are the clause the rule rests on; Quote must occur
	// verbatim in the article.
	Article int    `yaml:"article"`
	Quote   string `yaml:"quote"`
	// Untold is said, as a note, when the rule waits only on a question
	// asked on condition (AskWhen) that was never asked: what the clause
	// gives, for the person to say whether it is theirs.
	Untold string `yaml:"untold"`
}

// Case is one reading of a rule for the people its condition describes.
type Case struct {
	// When describes the people; empty means everyone left.
	When    *Cond   `yaml:"when"`
	Outcome Outcome `yaml:"outcome"`
	// Text says what the clause means for them, in the text's own terms.
	Text string `yaml:"text"`
	// Change says what would turn a 不符合 into a 符合; every not_met case
	// has one.
	Change string `yaml:"change"`
}

// Term is a phrase people use to describe themselves and the answers it
// gives: 「公办中学」 gives 所在单位「事业单位」 and 所属系统「教育系统」.
type Term struct {
	Words []string `yaml:"words"`
	// Together, instead of Words, are words that must all occur in one
	// clause, in any order and with no negation in it: 「经单位批准到积石山县
	// 乡村振兴一线」 has 批准 and 乡村振兴 but not as one phrase.
	Together []string `yaml:"together"`
	// Pairs, instead of both, is two lists of words: each word of the first
	// with each of the second makes a Together (法人, 老板, 创办人… with
	// 本科, 硕士, 引进…). It is expanded when the vocabulary is read.
	Pairs [][]string `yaml:"pairs"`
	// Anywhere lets Together's words stand in different parts of one
	// message, each in a clause with no negation or doubt: 「我硕士毕业
	// ……（四句之后）……2023年辞职自己办了公司」 (round 81: asked again).
	// Clause keeps Together's words inside one clause, where by default
	// they may stand up to three clauses apart: 「连着」 left of a clause
	// taken back is not 「连着当」 with the 当 of the clause before.
	Clause   bool              `yaml:"clause"`
	Anywhere bool              `yaml:"anywhere"`
	Set      map[string]string `yaml:"set"`
	// Confirm marks words that suggest an answer the text does not define
	// (教授 for 高层次人才): it is shown back to be confirmed, never
	// recorded on its own.
	Confirm bool `yaml:"confirm"`
	// Wins marks words that settle a question over the other answers the
	// same message names (「公司想申请350万」 beside 「我本科毕业」: the
	// company applies).
	Wins bool `yaml:"wins"`
}

// vocab is a check's vocabulary file, corpus/vocab/<check id>.yaml.
type vocab struct {
	Check  string   `yaml:"check"`
	Terms  []Term   `yaml:"terms"`
	Others []string `yaml:"others"`
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
	if value == Unsure {
		return "不确定"
	}
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

// Reads reports whether the condition reads slot: whether slot is one of
// Slots, without building the list.
func (c *Cond) Reads(slot string) bool {
	if c == nil {
		return false
	}
	if c.Slot == slot {
		return slot != ""
	}
	for _, k := range c.All {
		if k.Reads(slot) {
			return true
		}
	}
	for _, k := range c.Any {
		if k.Reads(slot) {
			return true
		}
	}
	return c.Not.Reads(slot)
}

// maxCallbackPart bounds ids and values so that a button's data, which
// carries a round number, a slot id and a value, fits Telegram's 64 bytes.
const maxCallbackPart = 24

// PlaceholderRe finds the answers a case's text names: {years} is the
// answer as said (「7年」); {years_over:6} how far a number goes past 6, and
// {years_left:6} how far it falls short of 6, in the slot's unit.
var PlaceholderRe = regexp.MustCompile(`\{([a-z]+)(?:_(over|left):([0-9]+))?\}`)

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
		if r.Title == "" || len(r.Cases) == 0 {
			return fail("rule %q needs a title and cases", r.ID)
		}
		for i, k := range r.Cases {
			switch k.Outcome {
			case Met, Silent, Open:
			case NotMet:
				if k.Change == "" {
					return fail("rule %q case %d is 不符合 but does not say what would change it (change)", r.ID, i+1)
				}
			default:
				return fail("rule %q case %d: outcome must be met, not_met, silent or open, not %q", r.ID, i+1, k.Outcome)
			}
			if k.Text == "" {
				return fail("rule %q case %d has no text", r.ID, i+1)
			}
			for _, m := range PlaceholderRe.FindAllStringSubmatch(k.Text+k.Change, -1) {
				sl, ok := c.Slot(m[1])
				if !ok || m[2] != "" && sl.Type != NumberSlot {
					return fail("rule %q case %d: %s names no number slot of the check", r.ID, i+1, m[0])
				}
			}
			if err := k.When.validate(c); err != nil {
				return fail("rule %q: %v", r.ID, err)
			}
			for _, s := range k.When.Slots() {
				used[s] = true
			}
		}
		if err := checkQuote(d, r.Article, r.Quote); err != nil {
			return fail("rule %q: %v", r.ID, err)
		}
		for _, k := range r.Cases {
			for _, id := range k.When.Slots() {
				if sl, ok := c.Slot(id); ok && len(sl.AskWhen) > 0 && r.Untold == "" {
					return fail("rule %q rests on %q, asked on condition, but has no untold text", r.ID, id)
				}
			}
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
		for _, p := range s.Partial {
			if len(p.Words) == 0 || p.Text == "" {
				return fail("slot %q: a partial answer needs words and a text", s.ID)
			}
			for _, m := range quotedRe.FindAllStringSubmatch(p.Text, -1) {
				if !slices.ContainsFunc(c.Articles, func(n int) bool { return checkQuote(d, n, m[1]) == nil }) {
					return fail("slot %q: partial answer quotes %q, which no article of the check has", s.ID, m[1])
				}
			}
		}
		if f := s.FormOpen; f != nil {
			if len(f.Values) == 0 || f.Text == "" {
				return fail("slot %q: form_open needs values and a text", s.ID)
			}
			for _, v := range f.Values {
				if !slices.ContainsFunc(s.Choices, func(o Option) bool { return o.Value == v }) {
					return fail("slot %q: form_open names %q, which is none of its choices", s.ID, v)
				}
			}
		}
		for _, o := range s.Choices {
			for _, v := range o.Denies {
				if !slices.ContainsFunc(s.Choices, func(o Option) bool { return o.Value == v }) {
					return fail("slot %q: choice %q denies %q, which is not a choice", s.ID, o.Value, v)
				}
			}
		}
	}
	terms, others, err := readVocab(c.ID)
	if err != nil {
		return fail("%v", err)
	}
	for _, o := range others {
		if strings.TrimSpace(o) == "" {
			return fail("vocab/%s.yaml: an empty phrase in others", c.ID)
		}
	}
	c.Others = others
	for _, t := range terms {
		if err := c.validateTerm(t); err != nil {
			return fail("vocab/%s.yaml: %v", c.ID, err)
		}
	}
	c.Terms = terms
	return nil
}

//go:embed vocab/*.yaml
var vocabFiles embed.FS

// readVocab returns the terms of corpus/vocab/<id>.yaml; a check without a
// vocabulary file has none.
func readVocab(id string) ([]Term, []string, error) {
	data, err := vocabFiles.ReadFile("vocab/" + id + ".yaml")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var v vocab
	if err := decodeStrict(data, &v); err != nil {
		return nil, nil, fmt.Errorf("vocab/%s.yaml: %w", id, err)
	}
	if v.Check != id {
		return nil, nil, fmt.Errorf("vocab/%s.yaml names check %q", id, v.Check)
	}
	var terms []Term
	for _, t := range v.Terms {
		if t.Pairs == nil {
			terms = append(terms, t)
			continue
		}
		if len(t.Pairs) != 2 || len(t.Words) > 0 || len(t.Together) > 0 {
			return nil, nil, fmt.Errorf("vocab/%s.yaml: pairs are two lists, alone in their term (%v)", id, t.Pairs)
		}
		for _, a := range t.Pairs[0] {
			for _, b := range t.Pairs[1] {
				u := t
				u.Pairs = nil
				u.Together = []string{a, b}
				terms = append(terms, u)
			}
		}
	}
	return terms, v.Others, nil
}

func (c *Check) validateTerm(t Term) error {
	if len(t.Words) == 0 == (len(t.Together) < 2) || len(t.Set) == 0 {
		return fmt.Errorf("a term needs words (or at least two together) and set (%v%v)", t.Words, t.Together)
	}
	if (t.Clause || t.Anywhere) && len(t.Together) == 0 || t.Clause && t.Anywhere {
		return fmt.Errorf("clause and anywhere say where words together stand, one or the other (%v%v)", t.Words, t.Together)
	}
	for _, w := range append(slices.Clone(t.Words), t.Together...) {
		if strings.TrimSpace(w) == "" {
			return fmt.Errorf("an empty word in %v", t.Words)
		}
	}
	for id, v := range t.Set {
		s, ok := c.Slot(id)
		if !ok {
			return fmt.Errorf("term %v sets slot %q, which no question asks", t.Words, id)
		}
		switch s.Type {
		case NumberSlot:
			n, err := strconv.Atoi(v)
			if err != nil || n < s.Min || n > s.Max {
				return fmt.Errorf("term %v sets %q to %q, not a number in [%d, %d]", t.Words, id, v, s.Min, s.Max)
			}
		default:
			if !slices.ContainsFunc(s.Options(), func(o Option) bool { return o.Value == v }) {
				return fmt.Errorf("term %v sets %q to %q, which is not a choice", t.Words, id, v)
			}
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
	}
	if s.Default != "" && !slices.ContainsFunc(s.Options(), func(o Option) bool { return o.Value == s.Default }) {
		return fmt.Errorf("slot %q: default %q is not a choice", s.ID, s.Default)
	}
	if s.PutOff != "" && (s.Type != YesNoSlot || !slices.ContainsFunc(s.Options(), func(o Option) bool { return o.Value == s.PutOff })) {
		return fmt.Errorf("slot %q: put_off %q is not an answer of a yes/no question", s.ID, s.PutOff)
	}
	if s.NotYet != "" && (s.Type != YesNoSlot || !slices.ContainsFunc(s.Options(), func(o Option) bool { return o.Value == s.NotYet })) {
		return fmt.Errorf("slot %q: not_yet %q is not an answer of a yes/no question", s.ID, s.NotYet)
	}
	if len(s.Recount) > 0 && (s.Type != NumberSlot || s.RecountText == "" || slices.ContainsFunc(s.Recount, func(n int) bool { return n < s.Min || n > s.Max })) {
		return fmt.Errorf("slot %q: recount needs a number slot, a recount_text and numbers within [min, max]", s.ID)
	}
	if s.Beyond != 0 && (s.Type != NumberSlot || !s.Sums || s.Beyond < s.Min || s.Beyond >= s.Max) {
		return fmt.Errorf("slot %q: beyond %d needs a number slot that sums, within [min, max)", s.ID, s.Beyond)
	}
	if s.Extends != 0 && (s.Beyond == 0 || s.Extends <= s.Min || s.Extends >= s.Beyond) {
		return fmt.Errorf("slot %q: extends %d is the span an extension follows, inside (min, beyond)", s.ID, s.Extends)
	}
	switch s.Type {
	case ChoiceSlot, YesNoSlot, NumberSlot, TextSlot:
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
		if c.Is == Unsure && len(c.In) == 0 && c.Min == nil && c.Max == nil {
			// 「不确定」 said to a number question that allows it.
			if !s.AllowUnsure {
				return fmt.Errorf("condition on number %q names 不确定, which it does not allow", c.Slot)
			}
			break
		}
		if len(values) > 0 || c.Min == nil && c.Max == nil {
			return fmt.Errorf("condition on number %q needs min or max (or is: unsure alone)", c.Slot)
		}
	case TextSlot:
		if len(values) == 0 {
			return fmt.Errorf("condition on text %q needs is or in", c.Slot)
		}
	}
	return nil
}
