package knowledge

import (
	"strings"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/corpus"
)

// maxExcerptRunes is the length past which a sentence is cut to the clauses
// that match the question.
const maxExcerptRunes = 90

// queryTerms returns the Han bigrams of q (and its lone Han characters), the
// units that excerpt scoring counts.
func queryTerms(q string) map[string]bool {
	terms := map[string]bool{}
	for _, run := range hanRuns(q) {
		if len(run) == 1 {
			terms[string(run)] = true
		}
		for i := 0; i+1 < len(run); i++ {
			terms[string(run[i:i+2])] = true
		}
	}
	for _, w := range strings.Fields(q) {
		if w != "" && hanRuns(w) == nil {
			terms[w] = true
		}
	}
	return terms
}

// lateTerms returns the terms of the latter half of question q, where it
// asks what it asks.
func lateTerms(q string) map[string]bool {
	r := []rune(q)
	return queryTerms(string(r[len(r)/2:]))
}

// quantityWords mark a question whose answer is a number (an amount, a
// period, a share): clauses with digits then count for more.
var quantityWords = []string{"多少", "几", "比例", "最高", "最多", "最少", "最低", "多久", "多长", "额度", "上限", "期限", "年限"}

func asksQuantity(q string) bool {
	for _, w := range quantityWords {
		if strings.Contains(q, w) {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// excerpt cuts a long sentence to its best window of clauses. The window
// grows from the best-matching clause towards the better neighbour until it
// would exceed maxExcerptRunes. When quantity is set, clauses with a number
// count for more. A qualifier that scopes the window (「除……外」,
// 「符合条件的」, 「对经批准……的人员」) is never cut away: the nearest one
// before the window is quoted too, joined to it or as its own excerpt when
// clauses lie between, so that a quote never reads wider than the text.
//
// Of clauses that match equally, the one matching the end of the question
// (late) is taken: a question names its subject first and asks of it after
// (「州级拔尖人才要是帮带工作不力，会怎么处理」 asks of 帮带工作不力).
func excerpt(sentence, asked string, terms, late map[string]bool, quantity bool) []corpus.Excerpt {
	if utf8.RuneCountInString(sentence) <= maxExcerptRunes {
		return []corpus.Excerpt{{Text: sentence}}
	}
	clauses := splitClauses(sentence)
	scores := make([]int, len(clauses))
	lates := make([]int, len(clauses))
	best := 0
	for i, c := range clauses {
		for t := range terms {
			if strings.Contains(c, t) {
				scores[i] += utf8.RuneCountInString(t)
				if late[t] {
					lates[i]++
				}
			}
		}
		if quantity && hasDigit(c) {
			scores[i] += 3
		}
		if scores[i] > scores[best] || scores[i] == scores[best] && lates[i] > lates[best] {
			best = i
		}
	}
	lo, hi := best, best+1 // window is clauses[lo:hi]
	length := utf8.RuneCountInString(clauses[best])
	for {
		left, right := -1, -1
		if lo > 0 && length+utf8.RuneCountInString(clauses[lo-1]) <= maxExcerptRunes {
			left = scores[lo-1]
		}
		if hi < len(clauses) && length+utf8.RuneCountInString(clauses[hi]) <= maxExcerptRunes {
			right = scores[hi]
		}
		if left < 0 && right < 0 {
			break
		}
		// Prefer what follows: Chinese clauses state the condition first and
		// the consequence (the number, the period) after.
		if right >= left {
			length += utf8.RuneCountInString(clauses[hi])
			hi++
		} else {
			lo--
			length += utf8.RuneCountInString(clauses[lo])
		}
	}
	q := -1 // the nearest qualifier before the window
	for k := lo - 1; k >= 0; k-- {
		if isQualifier(clauses[k]) {
			q = k
			break
		}
	}
	window := corpus.Excerpt{Text: strings.Join(clauses[lo:hi], ""), Before: lo > 0, After: hi < len(clauses)}
	var out []corpus.Excerpt
	switch {
	case q < 0:
		out = []corpus.Excerpt{window}
	case q == lo-1:
		window.Text = clauses[q] + window.Text
		window.Before = q > 0
		out = []corpus.Excerpt{window}
	default:
		out = []corpus.Excerpt{{Text: clauses[q], Before: q > 0, After: true}, window}
	}
	// 「合作社能不能引专家」: a word of the question that the window leaves
	// out, in a clause of its own (「……农民专业合作社等用人单位……」), is
	// quoted too; the window alone answered about 专家 (round 124: asked
	// three times).
	quoted := strings.Join(clauses[lo:hi], "")
	if q >= 0 {
		quoted += clauses[q]
	}
	if k := namedElsewhere(clauses, asked, quoted, lo, hi, q); k >= 0 {
		ws := lo // where the window's text starts
		if q == lo-1 {
			ws = q
		}
		w := &out[len(out)-1]
		extra := corpus.Excerpt{Text: clauses[k], Before: k > 0, After: k < len(clauses)-1}
		fits := utf8.RuneCountInString(w.Text+clauses[k]) <= maxExcerptRunes
		switch {
		case k == hi && fits: // right after the window: one quote
			w.Text += clauses[k]
			w.After = extra.After
		case k == ws-1 && fits:
			w.Text = clauses[k] + w.Text
			w.Before = extra.Before
		case k < lo:
			out = append([]corpus.Excerpt{extra}, out...)
		default:
			out = append(out, extra)
		}
	}
	return out
}

// namedElsewhere returns the clause outside lo:hi (and the qualifier q)
// that holds the longest stretch of the question's own words, three
// characters at least (合作社, 事业单位), that the quoted text does not, or
// -1. Words the lexicon adds to the question do not count: they are how
// the document says it, and already chose the window.
func namedElsewhere(clauses []string, asked, quoted string, lo, hi, q int) int {
	best, most := -1, 2
	runs := hanRuns(asked)
	for k, c := range clauses {
		if k >= lo && k < hi || k == q {
			continue
		}
		longest := utf8.RuneCountInString(c) // no longer stretch is in c
		for _, run := range runs {
			for i := 0; i+most < len(run); i++ {
				for j := min(len(run), i+longest); j > i+most; j-- {
					w := string(run[i:j])
					if strings.Contains(c, w) && !strings.Contains(quoted, w) {
						best, most = k, j-i
						break
					}
				}
			}
		}
	}
	return best
}

// qualifierMarks open a clause that limits whom or what the clauses after
// it apply to.
var qualifierMarks = []string{"除", "符合条件", "经批准"}

func isQualifier(clause string) bool {
	if strings.HasPrefix(clause, "对") {
		return true
	}
	for _, m := range qualifierMarks {
		if strings.Contains(clause, m) {
			return true
		}
	}
	return false
}

// splitClauses splits after each ，：, that is not inside brackets or
// quotation marks, keeping the marks, so the clauses join back to the
// sentence.
func splitClauses(s string) []string {
	var out []string
	start, depth := 0, 0
	for i, r := range s {
		switch r {
		case '（', '(', '「', '“', '《':
			depth++
		case '）', ')', '」', '”', '》':
			if depth > 0 {
				depth--
			}
		case '，', '：', ',':
			if depth == 0 {
				end := i + utf8.RuneLen(r)
				out = append(out, s[start:end])
				start = end
			}
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
