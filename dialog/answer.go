package dialog

import (
	"context"
	"fmt"
	"strings"

	"github.com/linxia-talent/policybot/corpus"
)

// Answerer finds what the document says about a free question. The zero
// Finding means the document does not answer; an error means the search
// itself failed.
type Answerer interface {
	Lookup(ctx context.Context, question string) (corpus.Finding, error)
}

// validityNotice states the validity period as seen now, plainly.
func (e *Engine) validityNotice() string {
	m := e.corpus.Meta
	v := m.ValidityAt(e.now())
	if v.Lapsed {
		return fmt.Sprintf(txtLapsed,
			m.Number, corpus.FormatDate(v.Issued), m.ValidYears, corpus.FormatDate(v.ValidUntil))
	}
	return fmt.Sprintf(txtValid,
		m.Number, corpus.FormatDate(v.Issued), m.ValidYears, corpus.FormatDate(v.ValidUntil), v.DaysLeft)
}

// lapseNote adds a one-line reminder, once the policy has lapsed, to a
// reply that quotes nothing.
func (e *Engine) lapseNote(r *Reply) {
	m := e.corpus.Meta
	if v := m.ValidityAt(e.now()); v.Lapsed {
		r.add(Note, fmt.Sprintf(txtLapseNote, m.Number, corpus.FormatDate(v.ValidUntil)))
	}
}

// Ask answers a free question from the document. The reply cites the
// article and quotes the words it rests on, or says the document does not
// answer and offers a person. The error is non-nil only when the Answerer
// fails; the reply then says so kindly.
func (e *Engine) Ask(ctx context.Context, question string) (Reply, corpus.Finding, error) {
	f, err := e.answerer.Lookup(ctx, question)
	if err != nil {
		var r Reply
		r.plain(txtLookupFailed)
		return r, corpus.Finding{}, fmt.Errorf("dialog: lookup: %w", err)
	}
	return e.renderFinding(f), f, nil
}

func (e *Engine) renderFinding(f corpus.Finding) Reply {
	var r Reply
	m := e.corpus.Meta
	switch {
	case f.Topic != "":
		tp, _ := m.Topic(f.Topic)
		r.add(Heading, fmt.Sprintf(txtTopicHead, tp.Title))
		r.plain(m.Expand(tp.Answer))
		r.plain(txtOriginal)
		r.add(Quote, tp.Quote)
		r.add(Note, fmt.Sprintf(txtSource, m.Title, m.Number))
	case f.Article > 0:
		a, _ := e.corpus.Doc.Article(f.Article)
		r.add(Heading, fmt.Sprintf(txtAccording, a.Cite()))
		for _, q := range f.Quotes {
			r.add(Quote, q.String())
		}
		r.plain(txtUnits + a.UnitsText)
		if len(f.Related) > 0 {
			var rel []string
			for _, n := range f.Related {
				if ra, ok := e.corpus.Doc.Article(n); ok {
					rel = append(rel, ra.Cite())
				}
			}
			r.plain(fmt.Sprintf(txtRelated, strings.Join(rel, "、"), f.Related[0]))
		}
		r.add(Note, txtExcerptNote)
	case f.Uncovered != "":
		r.plain(fmt.Sprintf(txtUncovered, m.Number, f.Uncovered))
		r.plain(fmt.Sprintf(txtUncoveredWay, strings.Join(m.Contact, "、")))
		e.lapseNote(&r)
		return r
	default:
		r.plain(fmt.Sprintf(txtNotFound, m.Number))
		r.plain(fmt.Sprintf(txtNotFoundWay, strings.Join(m.Contact, "、")))
		e.lapseNote(&r)
		return r
	}
	r.add(Note, e.validityNotice())
	return r
}

// articleText replies with an article's full text, for 「第14条」.
func (e *Engine) articleText(n int) Reply {
	var r Reply
	a, ok := e.corpus.Doc.Article(n)
	if !ok {
		r.plain(fmt.Sprintf(txtNoArticle, len(e.corpus.Doc.Articles), n, len(e.corpus.Doc.Articles)))
		return r
	}
	r.add(Heading, a.Cite())
	for _, s := range a.Sentences {
		r.add(Quote, s)
	}
	r.plain(txtUnits + a.UnitsText)
	r.add(Note, e.validityNotice())
	return r
}
