package review

import (
	"context"
	"log/slog"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/dialog"
)

// Config is what the package's parts are built from.
type Config struct {
	Store  Store
	Corpus *corpus.Corpus
	// Words gives a question's content words, sorted and each once: the
	// knowledge index's ContentWords.
	Words func(string) []string
	// Normalize is the one normalisation of every text (zh).
	Normalize func(string) string
	Now       func() time.Time
	Logger    *slog.Logger
	// Retention is how long declined questions are kept; /unanswered
	// looks back at most this far.
	Retention time.Duration
	// EntriesFor is how long the Answerer reuses the entries it read
	// from the store, so that a free question costs no store round trip
	// for them; an approval or withdrawal then takes effect within it on
	// every process. 0 reads them for every question.
	EntriesFor time.Duration
	// Wall is the wall clock EntriesFor is measured on (Now may pretend a
	// date); nil is time.Now.
	Wall func() time.Time
}

// Answerer is a dialog.Answerer that logs the questions the document does
// not answer and adds an approved staff answer to a close question, beside
// (never instead of) what the document says.
type Answerer struct {
	next dialog.Answerer
	cfg  Config

	mu      sync.Mutex
	entries []Entry
	readAt  time.Time
}

// NewAnswerer wraps next.
func NewAnswerer(next dialog.Answerer, cfg Config) *Answerer {
	return &Answerer{next: next, cfg: cfg}
}

// Lookup asks next, then adds a staff answer or logs the decline. A
// failing store is logged and the document's answer given as it is; the
// error is next's only.
func (a *Answerer) Lookup(ctx context.Context, q string) (corpus.Finding, error) {
	f, err := a.next.Lookup(ctx, q)
	if err != nil {
		return f, err
	}
	// Only the question is compared and kept, not the story around it.
	nq := asked(a.cfg.Normalize(q))
	words := a.cfg.Words(nq)
	if len(f.More) == 0 { // a message of several questions is never matched whole
		served, err := a.serve(ctx, nq, words, &f)
		if err != nil {
			a.cfg.Logger.Warn("staff answers unavailable", "err", err)
		}
		if served {
			return f, nil
		}
	}
	if !f.Found() || f.Silent() {
		a.logDecline(ctx, nq, words)
	}
	for _, p := range f.More {
		if (!p.Found() || p.Silent()) && p.Asked != "" {
			pq := asked(p.Asked)
			a.logDecline(ctx, pq, a.cfg.Words(pq))
		}
	}
	return f, nil
}

// currentEntries returns the store's entries, read at most EntriesFor ago
// (measured on the wall clock, not on Now, which may pretend a date). When
// the store fails, the last entries read are used for as long again.
func (a *Answerer) currentEntries(ctx context.Context) ([]Entry, error) {
	if a.cfg.EntriesFor <= 0 {
		return a.cfg.Store.Entries(ctx)
	}
	wall := a.cfg.Wall
	if wall == nil {
		wall = time.Now
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.entries != nil && wall().Sub(a.readAt) < a.cfg.EntriesFor {
		return a.entries, nil
	}
	es, err := a.cfg.Store.Entries(ctx)
	if err != nil {
		if a.entries != nil && wall().Sub(a.readAt) < 2*a.cfg.EntriesFor {
			return a.entries, nil
		}
		return nil, err
	}
	if es == nil {
		es = []Entry{}
	}
	a.entries, a.readAt = es, wall()
	return es, nil
}

// logDecline counts a declined question. Nothing about who asked is kept,
// and of the text only the question, not the story around it.
func (a *Answerer) logDecline(ctx context.Context, q string, words []string) {
	id := groupID(words)
	if len(words) == 0 {
		id = "Q" + hashID(q, 4)
	}
	if err := a.cfg.Store.AddDecline(ctx, id, words, example(q), a.cfg.Now()); err != nil {
		a.cfg.Logger.Warn("log declined question", "err", err)
	}
}

// maxExample bounds, in characters, the example kept of a declined
// question.
const maxExample = 80

var sentenceRe = regexp.MustCompile(`[^。！？!?；;]+[。！？!?；;]*`)

// example is the question q asks, at most maxExample characters.
func example(q string) string {
	if utf8.RuneCountInString(q) > maxExample {
		return string([]rune(q)[:maxExample]) + "…"
	}
	return q
}

// asked is the last sentence of q that asks (or its last sentence): the
// question, not the asker's story.
func asked(q string) string {
	parts := sentenceRe.FindAllString(q, -1)
	best := q
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			best = p
		}
	}
	for i := len(parts) - 1; i >= 0; i-- {
		if strings.ContainsAny(parts[i], "？?吗") {
			best = parts[i]
			break
		}
	}
	return strings.TrimSpace(best)
}

// serve adds the best approved entry close to q to f, if the document's
// search does not place q on another article; it reports whether it did.
func (a *Answerer) serve(ctx context.Context, q string, words []string, f *corpus.Finding) (bool, error) {
	if len(words) == 0 || f.Topic != "" {
		return false, nil
	}
	entries, err := a.currentEntries(ctx)
	if err != nil {
		return false, err
	}
	var best *Entry
	bestScore := 0.0
	for i := range entries {
		e := &entries[i]
		if !a.servable(*e) || !isClose(q, words, *e) {
			continue
		}
		switch {
		case e.Article > 0 && f.Found() && f.Article != e.Article:
			continue // the document points elsewhere
		case e.Article == 0 && f.Found():
			continue // said to be uncovered, but the document answers
		}
		if s := jaccard(words, e.Words); s > bestScore || (s == bestScore && best != nil && e.ID < best.ID) {
			best, bestScore = e, s
		}
	}
	if best == nil {
		return false, nil
	}
	if best.Article > 0 {
		art, _ := a.cfg.Corpus.Doc.Article(best.Article)
		if !f.Found() {
			*f = corpus.Finding{Article: art.Number, Title: art.Title, Units: art.Units}
		}
		quoted := slices.ContainsFunc(f.Quotes, func(x corpus.Excerpt) bool { return strings.Contains(x.Text, best.Quote) })
		if !quoted {
			f.Quotes = append(f.Quotes, corpus.Excerpt{Text: best.Quote})
		}
	}
	f.Staff = &corpus.StaffAnswer{Entry: best.ID, Text: best.Answer, Approved: best.Approved, Article: best.Article}
	return true, nil
}

// servable reports whether e is approved and written under the document
// the corpus holds now: an entry lapses with the text it explains.
func (a *Answerer) servable(e Entry) bool {
	m := a.cfg.Corpus.Meta
	v := m.ValidityAt(a.cfg.Now())
	return e.State == Approved && e.Document == m.Number && e.Until.Equal(v.ValidUntil)
}
