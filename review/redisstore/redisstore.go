// Package redisstore is a review.Store in Redis, shared by every replica.
//
// Keys (each command touches one key, so a Redis Cluster needs nothing
// more):
//
//	review:decl:<YYYY-MM-DD>  hash group id → declines that day (UTC), expiring with the retention
//	review:group:<id>         the group's words and latest example (JSON), expiring with the retention
//	review:entries            hash entry id → entry (JSON); entries do not expire
//	review:verdict:<ref>      a verdict record (JSON), expiring after the records' retention
//	review:mine:{<chat>}      set of the chat's record numbers, expiring with its newest record
package redisstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/linxia-talent/policybot/review"
)

// Store is a review.Store in Redis. It is safe for concurrent use.
type Store struct {
	rdb                    redis.UniversalClient
	declineTTL, verdictTTL time.Duration
}

// New returns a store keeping declined questions for declineTTL and
// verdict records for verdictTTL.
func New(rdb redis.UniversalClient, declineTTL, verdictTTL time.Duration) *Store {
	return &Store{rdb: rdb, declineTTL: declineTTL, verdictTTL: verdictTTL}
}

const (
	keyEntries = "review:entries"
	dayLayout  = "2006-01-02"
)

func dayKey(t time.Time) string    { return "review:decl:" + t.UTC().Format(dayLayout) }
func groupKey(id string) string    { return "review:group:" + id }
func verdictKey(ref string) string { return "review:verdict:" + ref }
func mineKey(chat string) string   { return "review:mine:{" + chat + "}" }
func day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
func wrap(op string, err error) error { return fmt.Errorf("review redis: %s: %w", op, err) }

type groupMeta struct {
	Words   []string `json:"w"`
	Example string   `json:"e"`
}

// AddDecline implements review.Store.
func (s *Store) AddDecline(ctx context.Context, id string, words []string, example string, at time.Time) error {
	meta, err := json.Marshal(groupMeta{Words: words, Example: example})
	if err != nil {
		return wrap("encode group", err)
	}
	dk := dayKey(at)
	_, err = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.HIncrBy(ctx, dk, id, 1)
		p.ExpireAt(ctx, dk, day(at).Add(24*time.Hour+s.declineTTL))
		p.Set(ctx, groupKey(id), meta, s.declineTTL)
		return nil
	})
	if err != nil {
		return wrap("add decline", err)
	}
	return nil
}

// Declines implements review.Store.
func (s *Store) Declines(ctx context.Context, since, until time.Time) ([]review.Group, error) {
	type dayCounts struct {
		day time.Time
		cmd *redis.MapStringStringCmd
	}
	var days []dayCounts
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for d := day(since); !d.After(day(until)); d = d.AddDate(0, 0, 1) {
			days = append(days, dayCounts{d, p.HGetAll(ctx, dayKey(d))})
		}
		return nil
	})
	if err != nil {
		return nil, wrap("read declines", err)
	}
	groups := map[string]*review.Group{}
	var order []string
	for _, dc := range days {
		for id, v := range dc.cmd.Val() {
			n, _ := strconv.Atoi(v)
			g := groups[id]
			if g == nil {
				g = &review.Group{ID: id}
				groups[id] = g
				order = append(order, id)
			}
			g.Count += n
			if dc.day.After(g.Last) {
				g.Last = dc.day
			}
		}
	}
	if len(order) == 0 {
		return nil, nil
	}
	metas := make([]*redis.StringCmd, len(order))
	_, err = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, id := range order {
			metas[i] = p.Get(ctx, groupKey(id))
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, wrap("read groups", err)
	}
	var out []review.Group
	for i, id := range order {
		var m groupMeta
		data, err := metas[i].Bytes()
		if err != nil || json.Unmarshal(data, &m) != nil {
			continue // the group's example has expired
		}
		g := groups[id]
		g.Words, g.Example = m.Words, m.Example
		out = append(out, *g)
	}
	return out, nil
}

// PutEntry implements review.Store.
func (s *Store) PutEntry(ctx context.Context, e review.Entry) error {
	data, err := json.Marshal(e)
	if err != nil {
		return wrap("encode entry", err)
	}
	if err := s.rdb.HSet(ctx, keyEntries, e.ID, data).Err(); err != nil {
		return wrap("put entry", err)
	}
	return nil
}

// Entry implements review.Store.
func (s *Store) Entry(ctx context.Context, id string) (review.Entry, error) {
	data, err := s.rdb.HGet(ctx, keyEntries, id).Bytes()
	if errors.Is(err, redis.Nil) {
		return review.Entry{}, review.ErrNotFound
	}
	if err != nil {
		return review.Entry{}, wrap("get entry", err)
	}
	var e review.Entry
	if err := json.Unmarshal(data, &e); err != nil {
		return review.Entry{}, wrap("decode entry "+id, err)
	}
	return e, nil
}

// Entries implements review.Store.
func (s *Store) Entries(ctx context.Context) ([]review.Entry, error) {
	all, err := s.rdb.HGetAll(ctx, keyEntries).Result()
	if err != nil {
		return nil, wrap("list entries", err)
	}
	out := make([]review.Entry, 0, len(all))
	for id, data := range all {
		var e review.Entry
		if err := json.Unmarshal([]byte(data), &e); err != nil {
			return nil, wrap("decode entry "+id, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// PutVerdict implements review.Store.
func (s *Store) PutVerdict(ctx context.Context, v review.Verdict) error {
	data, err := json.Marshal(v)
	if err != nil {
		return wrap("encode verdict", err)
	}
	mk := mineKey(v.Chat)
	_, err = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, verdictKey(v.Ref), data, s.verdictTTL)
		p.SAdd(ctx, mk, v.Ref)
		p.Expire(ctx, mk, s.verdictTTL)
		return nil
	})
	if err != nil {
		return wrap("put verdict", err)
	}
	return nil
}

// Verdict implements review.Store.
func (s *Store) Verdict(ctx context.Context, ref string) (review.Verdict, error) {
	data, err := s.rdb.Get(ctx, verdictKey(ref)).Bytes()
	if errors.Is(err, redis.Nil) {
		return review.Verdict{}, review.ErrNotFound
	}
	if err != nil {
		return review.Verdict{}, wrap("get verdict", err)
	}
	var v review.Verdict
	if err := json.Unmarshal(data, &v); err != nil {
		return review.Verdict{}, wrap("decode verdict", err)
	}
	return v, nil
}

// VerdictsOf implements review.Store.
func (s *Store) VerdictsOf(ctx context.Context, chat string) ([]review.Verdict, error) {
	refs, err := s.rdb.SMembers(ctx, mineKey(chat)).Result()
	if err != nil {
		return nil, wrap("list verdicts", err)
	}
	var out []review.Verdict
	for _, ref := range refs {
		v, err := s.Verdict(ctx, ref)
		if errors.Is(err, review.ErrNotFound) {
			continue // expired before the set did
		}
		if err != nil {
			return nil, err
		}
		if v.Chat == chat {
			out = append(out, v)
		}
	}
	return out, nil
}

// ForgetChat implements review.Store.
func (s *Store) ForgetChat(ctx context.Context, chat string) error {
	refs, err := s.rdb.SMembers(ctx, mineKey(chat)).Result()
	if err != nil {
		return wrap("list verdicts", err)
	}
	for _, ref := range refs {
		if err := s.rdb.Del(ctx, verdictKey(ref)).Err(); err != nil {
			return wrap("delete verdict", err)
		}
	}
	if err := s.rdb.Del(ctx, mineKey(chat)).Err(); err != nil {
		return wrap("delete verdict list", err)
	}
	return nil
}
