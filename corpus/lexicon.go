package corpus

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lexicon is how applicants talk about the document's terms.
type Lexicon struct {
	Synonyms []Synonym `yaml:"synonyms"`
	// FunctionWords are the words that say how a question is asked
	// (请问, 怎么, 多少…), separated by spaces.
	FunctionWords string `yaml:"function_words"`
	// Uncovered are subjects the document does not speak of (住房, 落户…).
	Uncovered []string `yaml:"uncovered"`
	// UncoveredAs names the subject of an uncovered phrase that is not one
	// itself (族有啥照顾: 少数民族照顾).
	UncoveredAs map[string]string `yaml:"uncovered_as"`
	// Elsewhere are places outside Linxia: a question about their own
	// policies (深圳对博士后有安家补贴吗, 新疆的那个政策) is not about this
	// document. None may occur in the document.
	Elsewhere []string `yaml:"elsewhere"`
	// Facets are things people ask about a subject that an article may not
	// state (pay, collateral, age…).
	Facets []Facet `yaml:"facets"`
	// Validity is how people ask whether the document still applies.
	Validity ValidityWords `yaml:"validity"`
}

// Facet is one kind of thing people ask about a subject: 「工资」 of a
// researcher on leave, 「抵押」 for a loan. A question that asks it of an
// article whose text has none of the Stated words is told that the article
// does not say.
type Facet struct {
	Name string `yaml:"name"`
	// Asks are the words that put the facet in a question.
	Asks []string `yaml:"asks"`
	// Stated are the words with which an article would state it.
	Stated []string `yaml:"stated"`
	// Apart marks a condition on the person (年龄, 学历) or how to apply
	// (材料, 去哪办): a question about it is one of its own, never folded into the question before it
	// (「能否申报五四奖章？本人已36岁是否超龄？」), so that the answer to
	// that one stays an answer.
	Apart bool `yaml:"apart"`
	// Unless are words with which the question is not this facet's: a
	// level of schooling the text's word takes in whole (「大专算不算高校
	// 毕业生」: 高校 leaves out no level), answered by a gloss instead.
	Unless []string `yaml:"unless"`

	// asks holds Asks in plain question words, split at 「…」; prepared
	// once at load.
	asks [][]string
}

// ValidityWords recognise a question about whether the document applies.
type ValidityWords struct {
	// Words ask about validity on their own (有效期, 废止, 失效…).
	Words []string `yaml:"words"`
	// Refs name the document (这个方案, 48号文…); with one of Still they ask
	// whether it still applies (这个方案还管用吗).
	Refs  []string `yaml:"refs"`
	Still []string `yaml:"still"`
	// Later name a time after today (明年, 2027年…); with one of Still or
	// Refs they ask whether it can be used then.
	Later []string `yaml:"later"`
}

// FacetsIn returns the facets q asks. An ask word written 「A…B」 matches
// A followed by B with at most maxGap characters between them
// (「年薪一般给到多少」 matches 年薪…多少).
func (l *Lexicon) FacetsIn(q string) []Facet {
	var out []Facet
	q = plainQuestionWords.Replace(q)
	for _, f := range l.Facets {
		if slices.ContainsFunc(f.Unless, func(w string) bool { return strings.Contains(q, w) }) {
			continue
		}
		for _, parts := range f.asks {
			if containsInOrder(q, parts) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// ApartIn reports whether q asks a facet marked Apart that is among
// missing.
func (l *Lexicon) ApartIn(q string, missing []string) bool {
	return slices.ContainsFunc(l.FacetsIn(q), func(f Facet) bool { return f.Apart && slices.Contains(missing, f.Name) })
}

// plainQuestionWords maps the colloquial question words to the plain ones,
// so that 「要准备啥手续」 asks what 「要准备什么手续」 asks.
var plainQuestionWords = strings.NewReplacer("咋么", "怎么", "阿么", "怎么", "甚么", "什么", "啥", "什么", "咋", "怎么", "哪儿", "哪里")

// maxGap is how many characters may stand between the parts of an 「A…B」
// ask word.
const maxGap = 4

// containsInOrder reports whether q contains the parts one after another,
// each at most maxGap characters after the one before.
func containsInOrder(q string, parts []string) bool {
	for start := 0; ; {
		i := strings.Index(q[start:], parts[0])
		if i < 0 {
			return false
		}
		rest := q[start+i+len(parts[0]):]
		if followedBy(rest, parts[1:]) {
			return true
		}
		start += i + len(parts[0])
	}
}

func followedBy(q string, parts []string) bool {
	if len(parts) == 0 {
		return true
	}
	r := []rune(q)
	// Digits do not count against the gap: 「毕业都2019年了还算不算」.
	for gap, skipped := 0, 0; skipped <= maxGap && gap <= len(r); gap++ {
		rest := string(r[gap:])
		if strings.HasPrefix(rest, parts[0]) && followedBy(rest[len(parts[0]):], parts[1:]) {
			return true
		}
		if gap < len(r) && !unicode.IsDigit(r[gap]) {
			skipped++
		}
	}
	return false
}

// AsksValidity reports whether q asks whether the document still applies.
func (l *Lexicon) AsksValidity(q string) bool {
	has := func(ws []string) bool {
		for _, w := range ws {
			if strings.Contains(q, w) {
				return true
			}
		}
		return false
	}
	v := l.Validity
	// 「那个不是问过期的事就是说我媳妇……她能不能报」: validity put aside
	// is not asked (round 104: answered with the validity, twice).
	q = notAskingRe.ReplaceAllString(q, "")
	if !has(v.Refs) && thingValidityRe.MatchString(q) {
		return false // 「普通话证书有没有有效期」: a certificate's, not the document's
	}
	if !has(v.Refs) && usefulRe.MatchString(q) && thingUseRe.MatchString(q) && !has(slices.DeleteFunc(slices.Clone(v.Words), func(w string) bool { return usefulRe.MatchString(w) })) {
		return false // 「州上第一是真的，有證書，管不管用」: the rank's use
	}
	return has(v.Words) || has(v.Refs) && has(v.Still) || has(v.Later) && (has(v.Still) || has(v.Refs))
}

// notAskingRe: what the person says they are not asking about (不是问过
// 期的事, 不问有效期).
var notAskingRe = regexp.MustCompile(`(?:不是|不)(?:问|说|想问)[^，,。？?！!]{0,6}?(?:过期|有效期|失效|到期|作废)[^，,。？?！!]{0,4}?(?:的事情?|的问题|的事儿)?`)

// usefulRe: words that ask whether something is of use (管不管用), which
// ask about the document only when no rank, paper or prize is named
// (thingUseRe).
var (
	usefulRe   = regexp.MustCompile(`管用|能用吗`)
	thingUseRe = regexp.MustCompile(`第[一二三四五六七八九十0-9]+名?|名次|证书|奖|成绩|比赛|大赛|竞赛|学历|文凭|经历`)
)

// thingValidityRe: the validity of a paper or card someone holds (证书,
// 健康证, 驾照, 合同, 服务卡), said just before the word of validity.
var thingValidityRe = regexp.MustCompile(`(证|证书|证件|执照|驾照|合同|协议|护照|卡|成绩)[^,，。.?？!！;；]{0,6}(有效期|有效吗|还有效|过期|失效|到期|作废)`)

// AsksValidityByTime reports a question that asks about validity only by
// naming a later time with a word of still (明年还能再延吗, 以后还能一直干吗):
// it asks about something else as well, and that is answered beside the
// validity.
func (l *Lexicon) AsksValidityByTime(q string) bool {
	has := func(ws []string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return strings.Contains(q, w) })
	}
	v := l.Validity
	return !has(v.Words) && !has(v.Refs) && has(v.Later) && has(v.Still)
}

// UncoveredIn returns the first uncovered subject q mentions, or "".
func (l *Lexicon) UncoveredIn(q string) string {
	q = notUncovered.Replace(q)
	for _, u := range l.Uncovered {
		if strings.Contains(q, u) {
			return l.uncoveredName(u)
		}
	}
	return ""
}

// uncoveredName is how a decline names uncovered word u: its UncoveredAs
// subject when it has one.
func (l *Lexicon) uncoveredName(u string) string {
	if as, ok := l.UncoveredAs[u]; ok {
		return as
	}
	return u
}

// UncoveredAllIn returns every uncovered subject q mentions, in the order
// they stand, a word inside a longer one that matched left out: 「是否另有
// 住房、交通补贴，补助是否需缴个税」 asks of 住房, 交通补贴 and 个税, and
// a decline that names only the first leaves the other two unanswered
// (held-out round 119).
func (l *Lexicon) UncoveredAllIn(q string) []string {
	q = notUncovered.Replace(q)
	type span struct {
		at, end int
		as      string
	}
	var ss []span
	for _, u := range l.Uncovered {
		for off := 0; ; {
			i := strings.Index(q[off:], u)
			if i < 0 {
				break
			}
			ss = append(ss, span{off + i, off + i + len(u), l.uncoveredName(u)})
			off += i + len(u)
		}
	}
	slices.SortFunc(ss, func(a, b span) int {
		if a.at != b.at {
			return a.at - b.at
		}
		return b.end - a.end
	})
	var out []string
	end := -1
	for _, s := range ss {
		if s.end <= end {
			continue
		}
		if end >= 0 && (s.at < end || !apartSubjects(q[end:s.at])) {
			// 「考公务员有没有加分政策」: one subject, told more closely.
			end = s.end
			continue
		}
		end = s.end
		if !slices.Contains(out, s.as) {
			out = append(out, s.as)
		}
	}
	return out
}

// apartSubjects says whether two subjects with between standing between
// them are asked apart: side by side (住房交通补贴), joined as a list
// (住房、交通), or in clauses of their own.
func apartSubjects(between string) bool {
	return strings.Trim(between, "、和及与或跟 ") == "" || strings.ContainsAny(between, "，,；;。？?！!")
}

// notUncovered are phrases in which a word of an uncovered subject says
// something else: 「能一直干到退休不」 asks how long, not about retirement.
// 「每年金额若干」 is a sum each year, not 年金 (held-out round 54).
var notUncovered = strings.NewReplacer("年金额", "年的金额", "保留到退休", "保留到老", "留到退休", "留到老", "挂到退休", "挂到老", "延到退休", "延到老", "干到退休", "干到老", "当到退休", "当到老", "做到退休", "做到老", "一直到退休", "一直到老")

// elsewhereReach is how many characters after a place its policy noun may
// stand (「青海省对高技能人才有什么奖励政策」).
const elsewhereReach = 20

// policyNouns are what a place's own policy is called in a question.
var policyNouns = []string{"政策", "补贴", "补助", "规定", "办法", "待遇", "奖励", "贷款", "文件"}

// ElsewhereIn returns the place outside Linxia whose own policy q asks
// about, or "". A place someone comes from or studied in (从上海引进,
// 在兰州读书, 北京的专家来临夏) does not count: the policy must follow the
// place closely, with no mention of Linxia between.
func (l *Lexicon) ElsewhereIn(q string) string {
	for _, p := range l.Elsewhere {
		i := strings.Index(q, p)
		if i < 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(q[:i]); strings.ContainsRune("从在去到回来考离", r) {
			continue
		}
		after := []rune(q[i+len(p):])
		after = after[:min(len(after), elsewhereReach)]
		tail := string(after)
		if j := strings.IndexAny(tail, "，,。？?！!；;"); j >= 0 {
			tail = tail[:j] // within its own clause
		}
		for _, here := range []string{"临夏", "这边", "这里", "州上", "州里"} {
			if j := strings.Index(tail, here); j >= 0 {
				tail = tail[:j]
			}
		}
		for _, n := range policyNouns {
			if strings.Contains(tail, n) {
				return p + "的政策"
			}
		}
	}
	return ""
}

// Synonym maps colloquial words to the document's own term.
type Synonym struct {
	Term  string   `yaml:"term"`
	Words []string `yaml:"words"`
}

// Functions returns the function words, longest first.
func (l *Lexicon) Functions() []string {
	ws := strings.Fields(l.FunctionWords)
	sort.SliceStable(ws, func(i, j int) bool { return len([]rune(ws[i])) > len([]rune(ws[j])) })
	return ws
}

// Expand returns the document terms for the colloquial words that occur in
// q, in lexicon order, each once. Terms already in q are not repeated.
func (l *Lexicon) Expand(q string) []string {
	var out []string
	for _, s := range l.Synonyms {
		if strings.Contains(q, s.Term) {
			continue
		}
		for _, w := range s.Words {
			if strings.Contains(q, w) {
				out = append(out, s.Term)
				break
			}
		}
	}
	return out
}

// validate checks the lexicon against the document, and prepares the
// facets' ask words for matching.
func (l *Lexicon) validate(d *Document) error {
	for w, as := range l.UncoveredAs {
		if !slices.Contains(l.Uncovered, w) || strings.TrimSpace(as) == "" {
			return fmt.Errorf("lexicon: uncovered_as %q is not an uncovered phrase, or names nothing", w)
		}
	}
	for _, s := range l.Synonyms {
		if !d.Contains(s.Term) {
			return fmt.Errorf("lexicon: term %q does not occur in the document", s.Term)
		}
		if len(s.Words) == 0 {
			return fmt.Errorf("lexicon: term %q has no words", s.Term)
		}
	}
	for _, u := range l.Uncovered {
		if d.Contains(u) {
			return fmt.Errorf("lexicon: %q is listed as uncovered but the document speaks of it", u)
		}
	}
	for _, p := range l.Elsewhere {
		if d.Contains(p) {
			return fmt.Errorf("lexicon: %q is listed as elsewhere but the document names it", p)
		}
	}
	for i := range l.Facets {
		f := &l.Facets[i]
		if f.Name == "" || len(f.Asks) == 0 || len(f.Stated) == 0 {
			return fmt.Errorf("lexicon: facet %q needs a name, asks and stated words", f.Name)
		}
		f.asks = make([][]string, len(f.Asks))
		for j, w := range f.Asks {
			f.asks[j] = strings.Split(plainQuestionWords.Replace(w), "…")
		}
	}
	if v := l.Validity; len(v.Words) == 0 || len(v.Refs) == 0 || len(v.Still) == 0 || len(v.Later) == 0 {
		return fmt.Errorf("lexicon: validity needs words, refs, still and later")
	}
	if len(l.Functions()) == 0 {
		return fmt.Errorf("lexicon: no function words")
	}
	return nil
}
