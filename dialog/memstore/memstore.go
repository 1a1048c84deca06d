// Package memstore is an in-memory dialog.DeliveryStore, for the terminal
// chat and for a single bot process that may lose its sessions on restart
// (it never reports a loss: the process that held the data is gone with it).
package memstore

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/linxia-talent/policybot/dialog"
)

type entry struct {
	data    []byte // the session as JSON, so callers never share maps
	version int64
	expires time.Time
	del     dialog.Delivery
}

// Store is an in-memory DeliveryStore. It is safe for concurrent use.
type Store struct {
	ttl time.Duration
	now func() time.Time

	mu    sync.Mutex
	chats map[string]*entry
}

// New returns a store whose chats expire ttl after their last write,
// reading time from now.
func New(ttl time.Duration, now func() time.Time) *Store {
	return &Store{ttl: ttl, now: now, chats: map[string]*entry{}}
}

// get returns the chat's live entry, or nil; s.mu is held.
func (s *Store) get(chat string) *entry {
	e, ok := s.chats[chat]
	if !ok {
		return nil
	}
	if !s.now().Before(e.expires) {
		delete(s.chats, chat)
		return nil
	}
	return e
}

// put returns the chat's entry, made if missing, with its expiry renewed;
// s.mu is held.
func (s *Store) put(chat string) *entry {
	e := s.get(chat)
	if e == nil {
		e = &entry{}
		s.chats[chat] = e
	}
	e.expires = s.now().Add(s.ttl)
	return e
}

func decode(data []byte) (dialog.Session, error) {
	var sess dialog.Session
	if data == nil {
		return sess, nil
	}
	if err := json.Unmarshal(data, &sess); err != nil {
		return dialog.Session{}, fmt.Errorf("memstore: decode session: %w", err)
	}
	return sess, nil
}

// Load implements dialog.SessionStore.
func (s *Store) Load(_ context.Context, chat string) (dialog.Session, int64, error) {
	s.mu.Lock()
	var data []byte
	var version int64
	if e := s.get(chat); e != nil {
		data, version = e.data, e.version
	}
	s.mu.Unlock()
	sess, err := decode(data)
	if err != nil {
		return dialog.Session{}, 0, err
	}
	return sess, version, nil
}

// Save implements dialog.SessionStore.
func (s *Store) Save(_ context.Context, chat string, sess dialog.Session, version int64) error {
	data, err := json.Marshal(sess)
	if err != nil {
		return fmt.Errorf("memstore: encode session: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var cur int64
	if e := s.get(chat); e != nil {
		cur = e.version
	}
	if cur != version {
		return dialog.ErrConflict
	}
	e := s.put(chat)
	e.data, e.version = data, version+1
	return nil
}

// Delete implements dialog.SessionStore.
func (s *Store) Delete(_ context.Context, chat string) error {
	s.mu.Lock()
	delete(s.chats, chat)
	s.mu.Unlock()
	return nil
}

// Open implements dialog.DeliveryStore.
func (s *Store) Open(_ context.Context, chat string) (dialog.Record, error) {
	s.mu.Lock()
	var rec dialog.Record
	var data []byte
	if e := s.get(chat); e != nil {
		data, rec.Version, rec.Delivery = e.data, e.version, e.del
		rec.Outbox = slices.Clone(e.del.Outbox)
		rec.Recent = slices.Clone(e.del.Recent)
	}
	s.mu.Unlock()
	sess, err := decode(data)
	if err != nil {
		return dialog.Record{}, err
	}
	rec.Session = sess
	return rec, nil
}

// Commit implements dialog.DeliveryStore.
func (s *Store) Commit(_ context.Context, chat string, c dialog.Commit) error {
	var data []byte
	if c.Session != nil && !c.Delete {
		var err error
		if data, err = json.Marshal(c.Session); err != nil {
			return fmt.Errorf("memstore: encode session: %w", err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var cur entry
	if e := s.get(chat); e != nil {
		cur = *e
	}
	if cur.del.Applied(c.Update, c.At) {
		return dialog.ErrApplied
	}
	if cur.version != c.Version || len(cur.del.Outbox) > 0 {
		return dialog.ErrConflict
	}
	e := s.put(chat)
	switch {
	case c.Delete:
		e.data, e.version = nil, 0
		e.expires = s.now().Add(min(s.ttl, dialog.RedeliveryWindow))
	case c.Session != nil:
		e.data, e.version = data, c.Version+1
	}
	var recent []int64
	if c.At.Sub(cur.del.At) < dialog.RedeliveryWindow {
		recent = cur.del.Recent
	}
	recent = append(slices.Clone(recent), c.Update)
	recent = recent[max(0, len(recent)-dialog.RecentUpdates):]
	e.del = dialog.Delivery{Update: c.Update, At: c.At, Recent: recent, Outbox: slices.Clone(c.Outbox), Owner: c.Owner, Until: c.Until}
	return nil
}

// Claim implements dialog.DeliveryStore.
func (s *Store) Claim(_ context.Context, chat, owner string, now, until time.Time) (dialog.Delivery, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.get(chat)
	if e == nil || len(e.del.Outbox) == 0 {
		var d dialog.Delivery
		if e != nil {
			d.Update = e.del.Update
		}
		return d, nil
	}
	if e.del.Owner != "" && e.del.Owner != owner && e.del.Until.After(now) {
		return dialog.Delivery{Update: e.del.Update, Outbox: slices.Clone(e.del.Outbox), Owner: e.del.Owner, Until: e.del.Until}, nil
	}
	e.del.Owner, e.del.Until = owner, until
	return dialog.Delivery{Update: e.del.Update, Outbox: slices.Clone(e.del.Outbox), Owner: owner, Until: until}, nil
}

// Progress implements dialog.DeliveryStore.
func (s *Store) Progress(_ context.Context, chat string, update int64, owner string, _ time.Time, rest []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.get(chat)
	if e != nil && e.del.Update == update && len(e.del.Outbox) == 0 && len(rest) == 0 {
		return nil // the last progress again: done already
	}
	if e == nil || e.del.Update != update || e.del.Owner != owner || len(e.del.Outbox) == 0 {
		return dialog.ErrConflict
	}
	e.del.Outbox = slices.Clone(rest)
	if len(rest) == 0 {
		e.del.Owner, e.del.Until = "", time.Time{}
	}
	return nil
}

// Release implements dialog.DeliveryStore.
func (s *Store) Release(_ context.Context, chat, owner string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.get(chat); e != nil && e.del.Owner == owner {
		e.del.Until = time.Time{}
	}
	return nil
}

// Pending implements dialog.DeliveryStore.
func (s *Store) Pending(_ context.Context, now time.Time, n int) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for chat, e := range s.chats {
		if len(out) >= n {
			break
		}
		if len(e.del.Outbox) > 0 && (now.IsZero() || !e.del.Until.After(now)) {
			out = append(out, chat)
		}
	}
	return out, nil
}

// MarkLost implements dialog.DeliveryStore.
func (s *Store) MarkLost(_ context.Context, chat string, update int64, at time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.get(chat); e != nil && e.del.Update >= update {
		return nil
	}
	e := s.put(chat)
	e.del.Update, e.del.At, e.del.Recent, e.del.Lost = update, at, []int64{update}, true
	return nil
}

// Len returns the number of chats held, expired ones included until they
// are next touched.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.chats)
}
