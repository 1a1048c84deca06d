package corpus

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Gloss is a plain reading of an article's words for the questions people
// ask about them (「至少引进10人」 is a minimum, not a quota). It is shown
// before the quote when an answer cites its article and the question has
// one of its words. Every 「…」 in Text is the article's own words.
type Gloss struct {
	Article int      `yaml:"article"`
	Asks    []string `yaml:"asks"`
	Text    string   `yaml:"text"`
	// Anywhere lets the words match in the whole message, the story too:
	// a reading that corrects what people often believe (「听说最多两万元」)
	// is shown whether they ask it or say it.
	Anywhere bool `yaml:"anywhere"`
	// About, when set, are words one of which the question must name too:
	// 「怎么申请」 asks of the card only beside 卡.
	About []string `yaml:"about"`
	// Unless are words that, named in the question, say another reading
	// settles it: a nurse at a township clinic is of the health system,
	// whatever the level of the unit.
	Unless []string `yaml:"unless"`
}

type glossFile struct {
	Glosses []Gloss `yaml:"glosses"`
}

// quotedRe finds the 「…」 quotations of a gloss.
var quotedRe = regexp.MustCompile(`「([^」]*)」`)

// validate checks that g names an article and asks something, and that
// each of its quotations, cut at 「……」, is the article's own words.
func (g Gloss) validate(doc *Document) error {
	a, ok := doc.Article(g.Article)
	if !ok {
		return fmt.Errorf("gloss: no article %d", g.Article)
	}
	if len(g.Asks) == 0 || strings.TrimSpace(g.Text) == "" {
		return fmt.Errorf("gloss on article %d: asks and text are required", g.Article)
	}
	for _, w := range g.Asks {
		if strings.TrimSpace(w) == "" {
			return fmt.Errorf("gloss on article %d: an empty word in asks", g.Article)
		}
	}
	for _, w := range g.Unless {
		if strings.TrimSpace(w) == "" || slices.Contains(g.Asks, w) {
			return fmt.Errorf("gloss on article %d: %q in unless is empty or among its asks", g.Article, w)
		}
	}
	ms := quotedRe.FindAllStringSubmatch(g.Text, -1)
	if len(ms) == 0 {
		return fmt.Errorf("gloss on article %d: quotes none of the article's words", g.Article)
	}
	for _, m := range ms {
		for _, piece := range strings.Split(m[1], "……") {
			if piece != "" && !strings.Contains(a.Body, piece) {
				return fmt.Errorf("gloss on article %d: 「%s」 is not in the article", g.Article, piece)
			}
		}
	}
	return nil
}
