package knowledge

import (
	"math"
	"math/bits"
	"regexp"
	"strings"
	"unicode"

	"github.com/linxia-talent/policybot/corpus"
)

// maxGram is the longest run of characters the vocabulary holds.
const maxGram = 8

// vocab knows which articles speak of each word: every run of 2 to maxGram
// Han characters of each article's text, and the lexicon's colloquial words
// standing for their terms. Topic words (有效期, 文号…) are kept apart.
type vocab struct {
	arts   map[string]uint32   // bit n set when article n speaks of the word
	topics map[string][]string // topic words → topic ids
	funcs  map[string]bool
	nArts  int
}

func newVocab(c *corpus.Corpus) *vocab {
	v := &vocab{arts: map[string]uint32{}, topics: map[string][]string{}, funcs: map[string]bool{}, nArts: len(c.Doc.Articles)}
	for _, a := range c.Doc.Articles {
		bit := uint32(1) << uint(a.Number)
		for _, run := range hanRuns(a.Title + "。" + a.Body) {
			for i := range run {
				for n := 2; n <= maxGram && i+n <= len(run); n++ {
					v.arts[string(run[i:i+n])] |= bit
				}
			}
		}
		for _, m := range sumsIn(a.Body) {
			v.arts[m[1]+"万"] |= bit
		}
	}
	for _, s := range c.Lexicon.Synonyms {
		m := v.mask(s.Term)
		for _, w := range s.Words {
			v.arts[w] |= m
		}
	}
	for _, t := range c.Meta.Topics {
		for _, w := range strings.Fields(t.Words) {
			v.topics[w] = append(v.topics[w], t.ID)
		}
	}
	for _, w := range c.Lexicon.Functions() {
		v.funcs[w] = true
	}
	return v
}

// oneBit reports a set of articles that is one article (a word only it
// uses).
func oneBit(arts uint32) bool { return bits.OnesCount32(arts) == 1 }

// sumRe: a sum of money in 万 (2万元, 20万, 2.5万); the vocabulary
// holds each of the document's sums as 「N万」, so a question that names one
// (「二萬元係定額否」) points at the article that sets it.
var sumRe = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)万`)

// sumsIn returns the sums of text (sumRe's matches); most questions name
// none, and are not run through the pattern.
func sumsIn(text string) [][]string {
	if !strings.Contains(text, "万") {
		return nil
	}
	return sumRe.FindAllStringSubmatch(text, -1)
}

// mask returns the articles that speak of w: w itself, or, when w is not a
// run of the text, every article that contains it.
func (v *vocab) mask(w string) uint32 {
	if m, ok := v.arts[w]; ok {
		return m
	}
	return 0
}

// weight is how much a word tells about which article a question is about:
// the more articles speak of it, the less (an inverse document frequency).
func (v *vocab) weight(m uint32) float64 {
	n := bits.OnesCount32(m)
	if n == 0 {
		return 0
	}
	return math.Log(1 + float64(v.nArts)/float64(n))
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
