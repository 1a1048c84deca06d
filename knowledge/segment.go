package knowledge

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"

	"github.com/linxia-talent/policybot/corpus"
)

// zhDict is the general-language part of the segmenter's dictionary: the
// words of gse's simplified-Chinese dictionary (from jieba) that occur at
// least 300 times in its corpus, with their frequencies and parts of speech
// (see dict/README.md). It is embedded so that start-up reads no files; the
// full dictionary took seconds to load, this one a fraction of that.
//
//go:embed dict/zh.txt
var zhDict string

// domainFreq is the frequency given to the document's own terms and the
// lexicon's words, high enough that the segmenter keeps them whole.
const domainFreq = 50000

// segmenter splits questions into words.
type segmenter struct {
	seg gse.Segmenter
}

// newSegmenter loads the embedded dictionary plus the lexicon's terms and
// words and the topics' words, so 「离岗创业」 or 「陇原人才服务卡」 come out
// as one word.
func newSegmenter(c *corpus.Corpus) (*segmenter, error) {
	var b strings.Builder
	b.Grow(len(zhDict) + 8192)
	b.WriteString(zhDict)
	add := func(w string) {
		if w = strings.TrimSpace(w); w != "" && !strings.ContainsAny(w, " \t\n") {
			fmt.Fprintf(&b, "\n%s %d n", w, domainFreq)
		}
	}
	for _, w := range domainWords(c) {
		add(w)
	}
	for _, u := range c.Lexicon.Uncovered {
		add(u)
	}
	// The checks' longer unit names (疾控中心, 畜牧兽医站) are words too:
	// cut apart, 「市疾」 would be mended to 市级. (Shorter ones, 合作社,
	// and phrases with a pronoun, 我们合作社, are left to the dictionary:
	// as words of their own they weigh on ranking.)
	phrases, _ := checkVocab(c)
	for _, w := range phrases {
		if utf8.RuneCountInString(w) >= 4 && !strings.HasPrefix(w, "我") && !strings.HasPrefix(w, "咱") {
			add(w)
		}
	}
	s := &segmenter{}
	s.seg.SkipLog = true
	if err := s.seg.LoadDictStr(b.String()); err != nil {
		return nil, fmt.Errorf("knowledge: segmenter dictionary: %w", err)
	}
	return s, nil
}

// domainWords are the lexicon's terms and colloquial words and the topics'
// words: the words applicants use for what the document speaks of.
func domainWords(c *corpus.Corpus) []string {
	var out []string
	for _, s := range c.Lexicon.Synonyms {
		out = append(out, s.Term)
		out = append(out, s.Words...)
	}
	for _, t := range c.Meta.Topics {
		out = append(out, strings.Fields(t.Words)...)
	}
	return out
}

// checkVocab returns the checks' own words for units, people and ways:
// their vocabularies' phrases (畜牧兽医站), their questions' names (名次)
// and their options' aliases (without the 「=」 that marks an exact-only
// alias).
func checkVocab(c *corpus.Corpus) (phrases, aliases []string) {
	for _, ch := range c.Checks {
		for _, t := range ch.Terms {
			phrases = append(phrases, t.Words...)
		}
		for _, sl := range ch.Slots {
			// A question's own name is a check's word too (名次 of the
			// skills check: 「拿了名次能直接给涨工资不」 had been a subject of
			// its own, round 55).
			phrases = append(phrases, sl.Name)
			for _, o := range sl.Choices {
				for _, a := range o.Aliases {
					aliases = append(aliases, strings.TrimPrefix(a, "="))
				}
			}
		}
	}
	return phrases, aliases
}

// word is one segmented word with its part of speech (jieba's tags: n noun,
// v verb, r pronoun, d adverb, u particle…; x for what the dictionary lacks).
type word struct {
	text string
	pos  string
}

// words segments q (already normalised) into words, dropping spaces and
// punctuation.
func (s *segmenter) words(q string) []word {
	var out []word
	for _, p := range s.seg.Pos(q, false) {
		t := strings.TrimSpace(p.Text)
		if t == "" || !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		out = append(out, word{t, p.Pos})
	}
	return out
}

// functionPOS are the parts of speech that say how something is asked rather
// than what: pronouns, prepositions, conjunctions, particles, modal and
// interjection words, adverbs, numerals, measure words, time and place
// words.
var functionPOS = map[string]bool{
	"r": true, "rr": true, "rz": true, "ry": true, "p": true, "c": true, "cc": true,
	"u": true, "uj": true, "ul": true, "uz": true, "ud": true, "ug": true, "uv": true,
	"y": true, "e": true, "o": true, "d": true, "dg": true, "m": true, "mq": true, "q": true,
	"t": true, "tg": true, "f": true, "zg": true,
}
