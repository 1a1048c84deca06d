// Package memdesk keeps the staff desk's cases in memory, for one process:
// lost on restart.
package memdesk

import (
	"context"
	"encoding/json"
	"sort"
	"sync"
	"time"

	"github.com/linxia-talent/policybot/desk"
)

// Store is an in-memory desk.Store.
type Store struct {
	retention time.Duration
	now       func() time.Time

	mu    sync.Mutex
	seq   int64
	cases map[int64][]byte // JSON, so that callers never share memory with the store
	open  map[int64]int64  // user → open case
	links map[string]int64
}

// New returns a store that keeps closed cases for retention.
func New(retention time.Duration, now func() time.Time) *Store {
	if now == nil {
		now = time.Now
	}
	return &Store{retention: retention, now: now, cases: map[int64][]byte{}, open: map[int64]int64{}, links: map[string]int64{}}
}

func (s *Store) get(id int64) (desk.Case, bool) {
	b, ok := s.cases[id]
	if !ok {
		return desk.Case{}, false
	}
	var c desk.Case
	json.Unmarshal(b, &c)
	if !c.Open() && s.now().Sub(c.Closed) >= s.retention {
		delete(s.cases, id)
		return desk.Case{}, false
	}
	return c, true
}

func (s *Store) put(c desk.Case) {
	b, _ := json.Marshal(c)
	s.cases[c.ID] = b
	if c.Open() {
		s.open[c.User.ID] = c.ID
	} else if s.open[c.User.ID] == c.ID {
		delete(s.open, c.User.ID)
	}
}

// Create implements desk.Store.
func (s *Store) Create(_ context.Context, c desk.Case) (desk.Case, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if id, ok := s.open[c.User.ID]; ok {
		if got, ok := s.get(id); ok {
			return got, false, nil
		}
	}
	s.seq++
	c.ID = s.seq
	s.put(c)
	got, _ := s.get(c.ID)
	return got, true, nil
}

// Get implements desk.Store.
func (s *Store) Get(_ context.Context, id int64) (desk.Case, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.get(id)
	if !ok {
		return desk.Case{}, desk.ErrNotFound
	}
	return c, nil
}

// OpenOf implements desk.Store.
func (s *Store) OpenOf(_ context.Context, user int64) (desk.Case, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id, ok := s.open[user]
	if !ok {
		return desk.Case{}, desk.ErrNotFound
	}
	c, ok := s.get(id)
	if !ok {
		return desk.Case{}, desk.ErrNotFound
	}
	return c, nil
}

// Update implements desk.Store.
func (s *Store) Update(_ context.Context, id int64, f func(*desk.Case) error) (desk.Case, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.get(id)
	if !ok {
		return desk.Case{}, desk.ErrNotFound
	}
	if err := f(&c); err != nil {
		return desk.Case{}, err
	}
	c.ID = id
	s.put(c)
	got, _ := s.get(id)
	return got, nil
}

// Link implements desk.Store.
func (s *Store) Link(_ context.Context, key string, id int64) error {
	s.mu.Lock()
	s.links[key] = id
	s.mu.Unlock()
	return nil
}

// Linked implements desk.Store.
func (s *Store) Linked(_ context.Context, key string) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id, ok := s.links[key]
	if !ok {
		return 0, desk.ErrNotFound
	}
	if _, ok := s.get(id); !ok {
		delete(s.links, key)
		return 0, desk.ErrNotFound
	}
	return id, nil
}

// Open implements desk.Store.
func (s *Store) Open(_ context.Context) ([]desk.Case, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []desk.Case
	for _, id := range s.open {
		if c, ok := s.get(id); ok {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Forget implements desk.Store.
func (s *Store) Forget(_ context.Context, user int64) ([]desk.Case, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []desk.Case
	for id := range s.cases {
		c, ok := s.get(id)
		if !ok || c.User.ID != user {
			continue
		}
		out = append(out, c)
		delete(s.cases, id)
		for k, v := range s.links {
			if v == id {
				delete(s.links, k)
			}
		}
	}
	delete(s.open, user)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}
