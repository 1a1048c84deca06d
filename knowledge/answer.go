package knowledge

import (
	"context"
	"strings"

	"github.com/linxia-talent/policybot/corpus"
)

// Thresholds for answering, chosen on corpus/eval/questions.tsv (see
// TestEvaluation, which prints the figures they give).
const (
	// minCoverage is the share of a question's content characters that must
	// be words the document or the lexicon knows.
	minCoverage = 0.6
	// minScore is the lowest BM25 score of the best article that counts as
	// an answer.
	minScore = 0.05
	// searchDepth is how many sentences are ranked per question.
	searchDepth = 40
)

// Lookup answers q from the document: the article (or document fact) that
// answers it, with the sentence(s) quoted. It returns the zero Finding when
// the document does not answer. The error is non-nil only when the index
// fails (or ctx ends); a question never causes one.
func (ix *Index) Lookup(ctx context.Context, q string) (corpus.Finding, error) {
	f, _, err := ix.lookup(ctx, q)
	return f, err
}

// lookup is Lookup that also returns the ranking it chose from, for the
// evaluation.
func (ix *Index) lookup(ctx context.Context, q string) (corpus.Finding, []group, error) {
	q = Normalize(q)
	if u := ix.c.Lexicon.UncoveredIn(q); u != "" {
		return corpus.Finding{Uncovered: u}, nil, nil
	}
	sc := ix.cover.measure(q)
	hits, err := ix.Search(ctx, sc.searchText(q), searchDepth)
	if err != nil {
		return corpus.Finding{}, nil, err
	}
	groups := rank(hits)
	if sc.ratio() < minCoverage {
		return corpus.Finding{}, groups, nil
	}
	if len(groups) == 0 || groups[0].score < minScore {
		return corpus.Finding{}, groups, nil
	}
	best := groups[0]
	f := corpus.Finding{Score: best.score}
	for _, g := range groups[1:] {
		if g.score >= 0.75*best.score && g.hits[0].Article > 0 && len(f.Related) < 2 {
			f.Related = append(f.Related, g.hits[0].Article)
		}
	}
	top := best.hits[0]
	if top.Article == 0 {
		tp, _ := ix.c.Meta.Topic(top.Topic)
		f.Topic, f.Title = tp.ID, tp.Title
		f.Quotes = []corpus.Excerpt{{Text: tp.Quote}}
		return f, groups, nil
	}
	a, _ := ix.c.Doc.Article(top.Article)
	f.Article, f.Title, f.Units = a.Number, a.Title, a.Units
	f.Quotes = ix.quotes(q, best.hits)
	return f, groups, nil
}

// quotes picks the excerpt(s) to quote from an article's matching sentences:
// the best sentence, and the second when it scores nearly as well; a long
// sentence is cut to the clauses that match the question.
func (ix *Index) quotes(q string, hits []Hit) []corpus.Excerpt {
	terms := queryTerms(q + " " + strings.Join(ix.c.Lexicon.Expand(q), " "))
	quantity := asksQuantity(q)
	out := []corpus.Excerpt{excerpt(hits[0].Text, terms, quantity)}
	if len(hits) > 1 && hits[1].Score >= 0.85*hits[0].Score {
		out = append(out, excerpt(hits[1].Text, terms, quantity))
	}
	return out
}
