// Package memstore is an in-memory dialog.SessionStore, for the terminal
// chat and for a single bot process that may lose its sessions on restart.
package memstore

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/linxia-talent/policybot/dialog"
)

type entry struct {
	data    []byte // the session as JSON, so callers never share maps
	version int64
	expires time.Time
}

// Store is an in-memory SessionStore. It is safe for concurrent use.
type Store struct {
	ttl time.Duration
	now func() time.Time

	mu       sync.Mutex
	sessions map[string]entry
}

// New returns a store whose sessions expire ttl after their last save,
// reading time from now.
func New(ttl time.Duration, now func() time.Time) *Store {
	return &Store{ttl: ttl, now: now, sessions: map[string]entry{}}
}

// Load implements dialog.SessionStore.
func (s *Store) Load(_ context.Context, chat string) (dialog.Session, int64, error) {
	s.mu.Lock()
	e, ok := s.sessions[chat]
	if ok && !s.now().Before(e.expires) {
		delete(s.sessions, chat)
		ok = false
	}
	s.mu.Unlock()
	if !ok {
		return dialog.Session{}, 0, nil
	}
	var sess dialog.Session
	if err := json.Unmarshal(e.data, &sess); err != nil {
		return dialog.Session{}, 0, fmt.Errorf("memstore: decode session: %w", err)
	}
	return sess, e.version, nil
}

// Save implements dialog.SessionStore.
func (s *Store) Save(_ context.Context, chat string, sess dialog.Session, version int64) error {
	data, err := json.Marshal(sess)
	if err != nil {
		return fmt.Errorf("memstore: encode session: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, ok := s.sessions[chat]
	if ok && !s.now().Before(cur.expires) {
		ok = false
	}
	if !ok {
		cur.version = 0
	}
	if cur.version != version {
		return dialog.ErrConflict
	}
	s.sessions[chat] = entry{data: data, version: version + 1, expires: s.now().Add(s.ttl)}
	return nil
}

// Delete implements dialog.SessionStore.
func (s *Store) Delete(_ context.Context, chat string) error {
	s.mu.Lock()
	delete(s.sessions, chat)
	s.mu.Unlock()
	return nil
}

// Len returns the number of sessions held, expired ones included until
// they are next touched.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}
