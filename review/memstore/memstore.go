// Package memstore is an in-memory review.Store, for the terminal chat and
// for a single bot process (everything is lost on restart).
package memstore

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/linxia-talent/policybot/review"
)

type group struct {
	words   []string
	example string
	days    map[string]int // day (YYYY-MM-DD, UTC) → declines
}

type verdict struct {
	v       review.Verdict
	expires time.Time
}

// Store is an in-memory review.Store. It is safe for concurrent use.
type Store struct {
	declineTTL, verdictTTL time.Duration
	now                    func() time.Time

	mu       sync.Mutex
	groups   map[string]*group
	entries  map[string]review.Entry
	verdicts map[string]verdict
}

// New returns a store that keeps declined questions for declineTTL and
// verdict records for verdictTTL, reading time from now.
func New(declineTTL, verdictTTL time.Duration, now func() time.Time) *Store {
	return &Store{declineTTL: declineTTL, verdictTTL: verdictTTL, now: now,
		groups: map[string]*group{}, entries: map[string]review.Entry{}, verdicts: map[string]verdict{}}
}

func dayKey(t time.Time) string { return t.UTC().Format("2006-01-02") }

// AddDecline implements review.Store.
func (s *Store) AddDecline(_ context.Context, id string, words []string, example string, at time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	g := s.groups[id]
	if g == nil {
		g = &group{days: map[string]int{}}
		s.groups[id] = g
	}
	g.words, g.example = slices.Clone(words), example
	g.days[dayKey(at)]++
	return nil
}

// Declines implements review.Store.
func (s *Store) Declines(_ context.Context, since, until time.Time) ([]review.Group, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	oldest := dayKey(s.now().Add(-s.declineTTL))
	from, to := dayKey(since), dayKey(until)
	var out []review.Group
	for id, g := range s.groups {
		out1 := review.Group{ID: id, Words: slices.Clone(g.words), Example: g.example}
		for d, n := range g.days {
			if d < oldest {
				delete(g.days, d)
				continue
			}
			if d < from || d > to {
				continue
			}
			out1.Count += n
			if t, _ := time.Parse("2006-01-02", d); t.After(out1.Last) {
				out1.Last = t
			}
		}
		if len(g.days) == 0 {
			delete(s.groups, id)
		}
		if out1.Count > 0 {
			out = append(out, out1)
		}
	}
	return out, nil
}

// PutEntry implements review.Store.
func (s *Store) PutEntry(_ context.Context, e review.Entry) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e.Words = slices.Clone(e.Words)
	s.entries[e.ID] = e
	return nil
}

// Entry implements review.Store.
func (s *Store) Entry(_ context.Context, id string) (review.Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.entries[id]
	if !ok {
		return review.Entry{}, review.ErrNotFound
	}
	e.Words = slices.Clone(e.Words)
	return e, nil
}

// Entries implements review.Store.
func (s *Store) Entries(_ context.Context) ([]review.Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]review.Entry, 0, len(s.entries))
	for _, e := range s.entries {
		e.Words = slices.Clone(e.Words)
		out = append(out, e)
	}
	return out, nil
}

// PutVerdict implements review.Store.
func (s *Store) PutVerdict(_ context.Context, v review.Verdict) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.verdicts[v.Ref] = verdict{v: v, expires: s.now().Add(s.verdictTTL)}
	return nil
}

// live returns the record ref if it has not expired; s.mu is held.
func (s *Store) live(ref string) (review.Verdict, bool) {
	v, ok := s.verdicts[ref]
	if !ok {
		return review.Verdict{}, false
	}
	if !s.now().Before(v.expires) {
		delete(s.verdicts, ref)
		return review.Verdict{}, false
	}
	return v.v, true
}

// Verdict implements review.Store.
func (s *Store) Verdict(_ context.Context, ref string) (review.Verdict, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.live(ref)
	if !ok {
		return review.Verdict{}, review.ErrNotFound
	}
	return v, nil
}

// VerdictsOf implements review.Store.
func (s *Store) VerdictsOf(_ context.Context, chat string) ([]review.Verdict, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []review.Verdict
	for ref := range s.verdicts {
		if v, ok := s.live(ref); ok && v.Chat == chat {
			out = append(out, v)
		}
	}
	return out, nil
}

// ForgetChat implements review.Store.
func (s *Store) ForgetChat(_ context.Context, chat string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for ref, v := range s.verdicts {
		if v.v.Chat == chat {
			delete(s.verdicts, ref)
		}
	}
	return nil
}
