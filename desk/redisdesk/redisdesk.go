// Package redisdesk keeps the staff desk's cases in Redis, so that they
// survive restarts and several processes share them.
//
// Every key carries the hash tag {desk}, so a transaction over several of
// them stays in one Cluster slot (cases are few; one slot is plenty):
//
//	policybot:desk:{desk}:seq           the last case id
//	policybot:desk:{desk}:case:<id>     a case, as JSON; expires Retention after it closes
//	policybot:desk:{desk}:open:<user>   the user's open case id
//	policybot:desk:{desk}:open          the set of open case ids
//	policybot:desk:{desk}:user:<user>   the set of the user's case ids, for /forget
//	policybot:desk:{desk}:link:<key>    the case of a staff-chat message or topic
//
// Update watches the case key and writes in MULTI/EXEC, retrying when
// another process changed it in between.
package redisdesk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/linxia-talent/policybot/desk"
)

const prefix = "policybot:desk:{desk}:"

func caseKey(id int64) string     { return prefix + "case:" + strconv.FormatInt(id, 10) }
func openKey(user int64) string   { return prefix + "open:" + strconv.FormatInt(user, 10) }
func userKey(user int64) string   { return prefix + "user:" + strconv.FormatInt(user, 10) }
func linkKey(key string) string   { return prefix + "link:" + key }
func openSetKey() string          { return prefix + "open" }
func seqKey() string              { return prefix + "seq" }
func idOf(s string) (int64, bool) { n, err := strconv.ParseInt(s, 10, 64); return n, err == nil }

// Store is a Redis desk.Store.
type Store struct {
	rdb       redis.UniversalClient
	retention time.Duration
}

// New returns a store that keeps closed cases for retention. Links from
// staff-chat messages to cases hold no personal data and live three times
// as long, so that a late reply still finds its (expired) case gone rather
// than another.
func New(rdb redis.UniversalClient, retention time.Duration) *Store {
	return &Store{rdb: rdb, retention: retention}
}

// maxTries bounds the optimistic retries of one write.
const maxTries = 50

func decode(b []byte) (desk.Case, error) {
	var c desk.Case
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("redisdesk: decode case: %w", err)
	}
	return c, nil
}

// Create implements desk.Store.
func (s *Store) Create(ctx context.Context, c desk.Case) (desk.Case, bool, error) {
	ok := openKey(c.User.ID)
	for range maxTries {
		var got desk.Case
		var created bool
		err := s.rdb.Watch(ctx, func(tx *redis.Tx) error {
			idStr, err := tx.Get(ctx, ok).Result()
			if err == nil {
				if id, valid := idOf(idStr); valid {
					b, err := tx.Get(ctx, caseKey(id)).Bytes()
					if err == nil {
						got, err = decode(b)
						return err
					}
					if !errors.Is(err, redis.Nil) {
						return err
					}
				}
			} else if !errors.Is(err, redis.Nil) {
				return err
			}
			id, err := tx.Incr(ctx, seqKey()).Result()
			if err != nil {
				return err
			}
			c.ID = id
			b, err := json.Marshal(c)
			if err != nil {
				return err
			}
			_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
				p.Set(ctx, caseKey(id), b, 0)
				p.Set(ctx, ok, id, 0)
				p.SAdd(ctx, openSetKey(), id)
				p.SAdd(ctx, userKey(c.User.ID), id)
				return nil
			})
			got, created = c, true
			return err
		}, ok)
		if errors.Is(err, redis.TxFailedErr) {
			continue
		}
		if err != nil {
			return desk.Case{}, false, fmt.Errorf("redisdesk: create case: %w", err)
		}
		return got, created, nil
	}
	return desk.Case{}, false, errors.New("redisdesk: create case: too much contention")
}

// Get implements desk.Store.
func (s *Store) Get(ctx context.Context, id int64) (desk.Case, error) {
	b, err := s.rdb.Get(ctx, caseKey(id)).Bytes()
	if errors.Is(err, redis.Nil) {
		return desk.Case{}, desk.ErrNotFound
	}
	if err != nil {
		return desk.Case{}, fmt.Errorf("redisdesk: get case %d: %w", id, err)
	}
	return decode(b)
}

// OpenOf implements desk.Store.
func (s *Store) OpenOf(ctx context.Context, user int64) (desk.Case, error) {
	idStr, err := s.rdb.Get(ctx, openKey(user)).Result()
	if errors.Is(err, redis.Nil) {
		return desk.Case{}, desk.ErrNotFound
	}
	if err != nil {
		return desk.Case{}, fmt.Errorf("redisdesk: open case of a user: %w", err)
	}
	id, ok := idOf(idStr)
	if !ok {
		return desk.Case{}, desk.ErrNotFound
	}
	c, err := s.Get(ctx, id)
	if err == nil && !c.Open() {
		return desk.Case{}, desk.ErrNotFound
	}
	return c, err
}

// Update implements desk.Store.
func (s *Store) Update(ctx context.Context, id int64, f func(*desk.Case) error) (desk.Case, error) {
	k := caseKey(id)
	for range maxTries {
		var out desk.Case
		err := s.rdb.Watch(ctx, func(tx *redis.Tx) error {
			b, err := tx.Get(ctx, k).Bytes()
			if errors.Is(err, redis.Nil) {
				return desk.ErrNotFound
			}
			if err != nil {
				return err
			}
			c, err := decode(b)
			if err != nil {
				return err
			}
			wasOpen := c.Open()
			if err := f(&c); err != nil {
				return err
			}
			c.ID = id
			nb, err := json.Marshal(c)
			if err != nil {
				return err
			}
			_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
				if c.Open() {
					p.Set(ctx, k, nb, redis.KeepTTL)
					return nil
				}
				p.Set(ctx, k, nb, s.retention)
				if wasOpen {
					p.SRem(ctx, openSetKey(), id)
					// The user's open case is this one: nothing else
					// could be opened while it was.
					p.Del(ctx, openKey(c.User.ID))
				}
				return nil
			})
			out = c
			return err
		}, k)
		if errors.Is(err, redis.TxFailedErr) {
			continue
		}
		if err != nil {
			if errors.Is(err, desk.ErrNotFound) {
				return desk.Case{}, err
			}
			return desk.Case{}, fmt.Errorf("redisdesk: update case %d: %w", id, err)
		}
		return out, nil
	}
	return desk.Case{}, fmt.Errorf("redisdesk: update case %d: too much contention", id)
}

// Link implements desk.Store.
func (s *Store) Link(ctx context.Context, key string, id int64) error {
	if err := s.rdb.Set(ctx, linkKey(key), id, 3*s.retention).Err(); err != nil {
		return fmt.Errorf("redisdesk: link: %w", err)
	}
	return nil
}

// Linked implements desk.Store.
func (s *Store) Linked(ctx context.Context, key string) (int64, error) {
	v, err := s.rdb.Get(ctx, linkKey(key)).Result()
	if errors.Is(err, redis.Nil) {
		return 0, desk.ErrNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("redisdesk: linked: %w", err)
	}
	id, ok := idOf(v)
	if !ok {
		return 0, desk.ErrNotFound
	}
	return id, nil
}

// Open implements desk.Store.
func (s *Store) Open(ctx context.Context) ([]desk.Case, error) {
	all, err := s.casesIn(ctx, openSetKey())
	if err != nil {
		return nil, fmt.Errorf("redisdesk: open cases: %w", err)
	}
	var out []desk.Case
	for _, c := range all {
		if c.Open() {
			out = append(out, c)
		}
	}
	return out, nil
}

// casesIn reads the cases whose ids the set at key holds, in id order,
// passing over ids whose case is gone.
func (s *Store) casesIn(ctx context.Context, key string) ([]desk.Case, error) {
	ids, err := s.rdb.SMembers(ctx, key).Result()
	if err != nil {
		return nil, err
	}
	var out []desk.Case
	for _, v := range ids {
		id, ok := idOf(v)
		if !ok {
			continue
		}
		c, err := s.Get(ctx, id)
		if errors.Is(err, desk.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Forget implements desk.Store. Links of the deleted cases are found by
// the cases' own placements (post and topic) and deleted too; links of
// later messages only name a case id that no longer exists.
func (s *Store) Forget(ctx context.Context, user int64) ([]desk.Case, error) {
	out, err := s.casesIn(ctx, userKey(user))
	if err != nil {
		return nil, fmt.Errorf("redisdesk: forget: %w", err)
	}
	keys := []string{userKey(user), openKey(user)}
	for _, c := range out {
		keys = append(keys, caseKey(c.ID))
		if c.Post != 0 {
			keys = append(keys, linkKey(desk.MessageKey(c.Post)))
		}
		if c.Topic != 0 {
			keys = append(keys, linkKey(desk.TopicKey(c.Topic)))
		}
	}
	_, err = s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Del(ctx, keys...)
		for _, c := range out {
			p.SRem(ctx, openSetKey(), c.ID)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("redisdesk: forget: %w", err)
	}
	return out, nil
}
