package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/corpus"
)

// maxGram is the longest word the coverage scan tries to match.
const maxGram = 8

// coverage measures how much of a question is about things the document
// speaks of. Its vocabulary is every run of 2 to maxGram Han characters in
// the document, plus the lexicon's colloquial words and the topics' words.
type coverage struct {
	known map[string]bool
	funcs map[string]bool
}

func newCoverage(c *corpus.Corpus) *coverage {
	cv := &coverage{known: map[string]bool{}, funcs: map[string]bool{}}
	add := func(text string) {
		for _, run := range hanRuns(text) {
			for i := range run {
				for n := 2; n <= maxGram && i+n <= len(run); n++ {
					cv.known[string(run[i:i+n])] = true
				}
			}
		}
	}
	for _, p := range c.Doc.Preamble {
		add(p)
	}
	for _, a := range c.Doc.Articles {
		add(a.Text())
	}
	add(c.Doc.Closing)
	for _, s := range c.Lexicon.Synonyms {
		for _, w := range s.Words {
			cv.known[w] = true
		}
	}
	for _, t := range c.Meta.Topics {
		for _, w := range strings.Fields(t.Words) {
			cv.known[w] = true
		}
	}
	for _, w := range c.Lexicon.Functions() {
		cv.funcs[w] = true
	}
	return cv
}

// hanRuns splits text into runs of Han characters.
func hanRuns(text string) [][]rune {
	var runs [][]rune
	var cur []rune
	for _, r := range text {
		if unicode.Is(unicode.Han, r) {
			cur = append(cur, r)
			continue
		}
		if len(cur) > 0 {
			runs = append(runs, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		runs = append(runs, cur)
	}
	return runs
}

// scan is what coverage makes of a question.
type scan struct {
	known   int    // characters in words the document or lexicon knows
	content int    // characters that carry content
	text    string // the question without its function words
}

// ratio is the share of content characters that are known.
func (s scan) ratio() float64 {
	if s.content == 0 {
		return 0
	}
	return float64(s.known) / float64(s.content)
}

// measure scans q left to right taking the longest function word or known
// word at each position. It counts the characters of known words and the
// characters that carry content (everything but function words, digits and
// punctuation; a run of Latin letters counts as one unknown character), and
// keeps the text without the function words for searching.
func (cv *coverage) measure(q string) scan {
	var s scan
	var b strings.Builder
	for _, run := range splitScripts(q) {
		if !run.han {
			s.content++
			b.WriteString(" " + string(run.text) + " ")
			continue
		}
		r := run.text
		for i := 0; i < len(r); {
			best, isFunc := cv.longest(r[i:])
			switch {
			case isFunc:
				b.WriteByte(' ')
				i += best
			case best > 0:
				s.known += best
				s.content += best
				b.WriteString(string(r[i : i+best]))
				i += best
			default:
				s.content++
				b.WriteRune(r[i])
				i++
			}
		}
		b.WriteByte(' ')
	}
	s.text = strings.Join(strings.Fields(b.String()), " ")
	return s
}

type scriptRun struct {
	text []rune
	han  bool
}

// splitScripts returns the Han runs and the Latin-letter words of q; digits,
// spaces, punctuation and symbols (emoji included) carry no content.
func splitScripts(q string) []scriptRun {
	var out []scriptRun
	var cur []rune
	curHan := false
	flush := func() {
		if len(cur) > 0 {
			out = append(out, scriptRun{text: cur, han: curHan})
			cur = nil
		}
	}
	for len(q) > 0 {
		r, size := utf8.DecodeRuneInString(q)
		q = q[size:]
		switch {
		case unicode.Is(unicode.Han, r):
			if !curHan {
				flush()
			}
			curHan = true
			cur = append(cur, r)
		case unicode.IsLetter(r):
			if curHan {
				flush()
			}
			curHan = false
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// searchText is what is searched for q: the question without its function
// words, or q itself when nothing else is left.
func (s scan) searchText(q string) string {
	if s.text == "" {
		return q
	}
	return s.text
}

// longest returns the length of the longest function word or known word at
// the start of r (0 when none), and whether it is a function word.
func (cv *coverage) longest(r []rune) (int, bool) {
	for n := min(maxGram, len(r)); n >= 1; n-- {
		w := string(r[:n])
		if cv.funcs[w] {
			return n, true
		}
		if cv.known[w] {
			return n, false
		}
	}
	return 0, false
}
