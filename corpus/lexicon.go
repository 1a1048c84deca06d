package corpus

import (
	"fmt"
	"sort"
	"strings"
)

// Lexicon is how applicants talk about the document's terms.
type Lexicon struct {
	Synonyms []Synonym `yaml:"synonyms"`
	// FunctionWords are the words that say how a question is asked
	// (请问, 怎么, 多少…), separated by spaces.
	FunctionWords string `yaml:"function_words"`
	// Uncovered are subjects the document does not speak of (住房, 落户…).
	Uncovered []string `yaml:"uncovered"`
}

// UncoveredIn returns the first uncovered subject q mentions, or "".
func (l *Lexicon) UncoveredIn(q string) string {
	for _, u := range l.Uncovered {
		if strings.Contains(q, u) {
			return u
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

func (l *Lexicon) validate(d *Document) error {
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
	if len(l.Functions()) == 0 {
		return fmt.Errorf("lexicon: no function words")
	}
	return nil
}
