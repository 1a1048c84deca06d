package knowledge

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/linxia-talent/policybot/corpus"
)

// articleRefsRe: the articles a question names by number (「第16条和第17条
// 的责任单位有啥不一样」, 「第2、3条」); Chinese numerals are digits by then.
var articleRefsRe = regexp.MustCompile(`第\s*((?:\d{1,2}\s*(?:条)?\s*[、,，和及与跟]\s*(?:第)?\s*)*\d{1,2})\s*条`)

var digitsRe = regexp.MustCompile(`\d{1,2}`)

// articleRefs returns the numbers of the document's articles a question
// names, in order, each once.
func (ix *Index) articleRefs(q string) []int {
	var out []int
	for _, m := range articleRefsRe.FindAllStringSubmatch(q, -1) {
		for _, d := range digitsRe.FindAllString(m[1], -1) {
			n, _ := strconv.Atoi(d)
			if _, ok := ix.c.Doc.Article(n); ok && !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// unitsAskRe: a question about who is responsible for an article (责任单位,
// 谁负责, 哪个部门管, 管不管): the units it names answer it.
var unitsAskRe = regexp.MustCompile(`责任单位|负责单位|牵头|谁负责|谁来负责|谁管|归谁|管不管|负不负责|哪个部门|哪些部门|哪几个部门|什么部门|啥部门|哪个单位负责|哪些单位|责任部门|负责部门|主管`)

// articlePart answers a question about an article it names by number: the
// article's sentences that best match the rest of the question are quoted
// (its first when none does), with its responsible units. What the question
// asks that those sentences do not state is named as not stated, as for any
// answer; who is responsible is stated by the units.
func (ix *Index) articlePart(ctx context.Context, n int, ask string) (corpus.Finding, error) {
	a, _ := ix.c.Doc.Article(n)
	rest := strings.TrimSpace(articleRefsRe.ReplaceAllString(ask, " "))
	hits, err := ix.search(ctx, rest, "", searchDepth)
	if err != nil {
		return corpus.Finding{}, err
	}
	var own []Hit
	for _, h := range hits {
		if h.Article == n {
			own = append(own, h)
		}
	}
	if len(own) == 0 {
		own = []Hit{{Article: n, Title: a.Title, Text: a.Sentences[0], Score: 1}}
	}
	f := corpus.Finding{Article: n, Title: a.Title, Units: a.Units, Score: own[0].Score}
	if !unitsAskRe.MatchString(rest) {
		near := own[0].Text
		for _, fc := range ix.c.Lexicon.FacetsIn(rest) {
			if !containsAny(near, fc.Stated) {
				f.Missing = append(f.Missing, fc.Name)
			}
		}
	}
	f.Quotes = ix.quotes(rest, own, len(f.Missing) > 0)
	return f, nil
}
