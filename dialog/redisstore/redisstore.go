// Package redisstore is a dialog.DeliveryStore in Redis, for bots that run as
// several processes or must keep sessions across restarts.
//
// It takes a redis.UniversalClient, so a single server, Sentinel or Cluster
// works by configuration alone. A chat's session and delivery record are one
// hash, 「policybot:{chat}:session」, whose hash tag is the chat, so every
// script touching a chat touches one key in one Cluster slot.
//
// The hash holds the session's JSON (d) and version (v), the last applied
// update (u), when (t, Unix ms) and the recent ones (r), the outbox (o) and its lease (w owner,
// x until in Unix ms), and l when the chat's check was lost. After a user
// asks to be forgotten, the hash holds only the last update ids and time,
// and expires after dialog.RedeliveryWindow. Save and Commit
// are Lua scripts that write only if the version is still the one loaded,
// so two processes handling updates of one chat never overwrite each other.
//
// Two keys are not per chat: 「policybot:pending」, a sorted set of chats
// whose outbox may be waiting (scored by lease expiry), and
// 「policybot:epoch」, a random value written once: when it is gone or
// different, Redis lost data (restarted without its files, flushed) and the
// store reports dialog.ErrDataLost once.
package redisstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/linxia-talent/policybot/dialog"
)

const (
	prefix     = "policybot:"
	pendingKey = prefix + "pending"
	epochKey   = prefix + "epoch"
)

// key returns the key of one chat's hash.
func key(chat string) string { return prefix + "{" + chat + "}:session" }

// Store is a Redis DeliveryStore.
type Store struct {
	rdb redis.UniversalClient
	ttl time.Duration
	g   *group // the pipelines of updates handled at once, sent together

	mu    sync.Mutex
	epoch string // as last seen; empty before the first look
}

// New returns a store whose chats expire ttl after their last write.
func New(rdb redis.UniversalClient, ttl time.Duration) *Store {
	return &Store{rdb: rdb, ttl: ttl, g: &group{rdb: rdb}}
}

// Start writes the epoch if there is none and reports whether it did: on a
// Redis that served this program before, that means it lost its data while
// no process was watching.
func (s *Store) Start(ctx context.Context) (fresh bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	// Loaded before any traffic, so a round trip is rarely run twice
	// (see pipeline); a Redis that restarts empty loses them again.
	if err := loadScripts(ctx, s.rdb); err != nil {
		return false, err
	}
	created, cur, err := s.ensureEpoch(ctx)
	if err != nil {
		return false, err
	}
	s.epoch = cur
	return created, nil
}

func (s *Store) ensureEpoch(ctx context.Context) (created bool, cur string, err error) {
	var b [16]byte
	rand.Read(b[:])
	ok, err := s.rdb.SetNX(ctx, epochKey, hex.EncodeToString(b[:]), 0).Result()
	if err != nil {
		return false, "", fmt.Errorf("redisstore: epoch: %w", err)
	}
	cur, err = s.rdb.Get(ctx, epochKey).Result()
	if err != nil {
		return false, "", fmt.Errorf("redisstore: epoch: %w", err)
	}
	return ok, cur, nil
}

// checkEpoch compares the epoch read with a command to the one known, and
// returns ErrDataLost once when it changed.
func (s *Store) checkEpoch(ctx context.Context, got string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if got != "" && got == s.epoch {
		return nil
	}
	_, cur, err := s.ensureEpoch(ctx)
	if err != nil {
		return err
	}
	known := s.epoch
	s.epoch = cur
	if known == "" || known == cur {
		return nil // first look, or another goroutine adopted it already
	}
	return dialog.ErrDataLost
}

// save writes the session if the version matches: KEYS[1] the chat,
// ARGV[1] the expected version, ARGV[2] the JSON, ARGV[3] the TTL in ms.
var save = redis.NewScript(`
local v = redis.call('HGET', KEYS[1], 'v')
if (v or '0') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'v', tonumber(ARGV[1]) + 1, 'd', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`)

// Load implements dialog.SessionStore.
func (s *Store) Load(ctx context.Context, chat string) (dialog.Session, int64, error) {
	vals, err := s.rdb.HMGet(ctx, key(chat), "v", "d").Result()
	if err != nil {
		return dialog.Session{}, 0, fmt.Errorf("redisstore: load: %w", err)
	}
	return decodeSession(vals[0], vals[1])
}

func decodeSession(v, d any) (dialog.Session, int64, error) {
	vs, _ := v.(string)
	data, _ := d.(string)
	if vs == "" || data == "" {
		return dialog.Session{}, 0, nil
	}
	version, err := strconv.ParseInt(vs, 10, 64)
	if err != nil {
		return dialog.Session{}, 0, fmt.Errorf("redisstore: bad version %q", vs)
	}
	var sess dialog.Session
	if err := json.Unmarshal([]byte(data), &sess); err != nil {
		return dialog.Session{}, 0, fmt.Errorf("redisstore: decode session: %w", err)
	}
	return sess, version, nil
}

// Save implements dialog.SessionStore.
func (s *Store) Save(ctx context.Context, chat string, sess dialog.Session, version int64) error {
	data, err := json.Marshal(sess)
	if err != nil {
		return fmt.Errorf("redisstore: encode session: %w", err)
	}
	ok, err := save.Run(ctx, s.rdb, []string{key(chat)}, version, data, s.ttl.Milliseconds()).Int()
	if err != nil {
		return fmt.Errorf("redisstore: save: %w", err)
	}
	if ok != 1 {
		return dialog.ErrConflict
	}
	return nil
}

// Delete implements dialog.SessionStore: it removes everything kept about
// the chat.
func (s *Store) Delete(ctx context.Context, chat string) error {
	if err := s.rdb.Del(ctx, key(chat)).Err(); err != nil && !errors.Is(err, redis.Nil) {
		return fmt.Errorf("redisstore: delete: %w", err)
	}
	return nil
}

// Open implements dialog.DeliveryStore, in one round trip.
func (s *Store) Open(ctx context.Context, chat string) (dialog.Record, error) {
	var h *redis.SliceCmd
	var ep *redis.StringCmd
	err := s.pipeline(ctx, func(pipe redis.Pipeliner) {
		h = pipe.HMGet(ctx, key(chat), "v", "d", "u", "t", "o", "w", "x", "l", "r")
		ep = pipe.Get(ctx, epochKey)
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return dialog.Record{}, fmt.Errorf("redisstore: open: %w", err)
	}
	if err := s.checkEpoch(ctx, ep.Val()); err != nil {
		return dialog.Record{}, err
	}
	return decodeRecord(h.Val())
}

// decodeRecord reads a chat's record from the hash's fields v, d, u, t, o,
// w, x, l and r, in that order.
func decodeRecord(vals []any) (dialog.Record, error) {
	var rec dialog.Record
	var err error
	rec.Session, rec.Version, err = decodeSession(vals[0], vals[1])
	if err != nil {
		return dialog.Record{}, err
	}
	rec.Update = num(vals[2])
	rec.At = ms(num(vals[3]))
	if o, _ := vals[4].(string); o != "" {
		rec.Outbox = []byte(o)
	}
	rec.Owner, _ = vals[5].(string)
	rec.Until = ms(num(vals[6]))
	rec.Lost = vals[7] != nil
	if r, _ := vals[8].(string); r != "" {
		for _, id := range strings.Split(r, ",") {
			n, _ := strconv.ParseInt(id, 10, 64)
			rec.Recent = append(rec.Recent, n)
		}
	}
	return rec, nil
}

// openCount reads a chat's record, as Open does, and counts the update in
// a counter of the chat when the record shows the update new: no outbox
// waiting, no lost check, and not applied (dialog.Delivery.Applied). The
// counter's window starts at its first count, as the front end's limiter
// does it (bot/redisstate). KEYS[1] the chat, KEYS[2] the counter (in the
// chat's slot); ARGV update, now (ms), redelivery window (ms), counter
// window (ms). It returns the record's fields and the count, 0 when it did
// not count.
var openCount = redis.NewScript(`
local h = redis.call('HMGET', KEYS[1], 'v', 'd', 'u', 't', 'o', 'w', 'x', 'l', 'r')
local n = 0
if (not h[5] or h[5] == '') and not h[8] then
  local applied = h[9] and h[9] ~= '' and tonumber(ARGV[2]) - tonumber(h[4] or '0') < tonumber(ARGV[3])
    and string.find(',' .. h[9] .. ',', ',' .. ARGV[1] .. ',', 1, true)
  if not applied then
    n = redis.call('INCR', KEYS[2])
    if n == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[4]) end
  end
end
return {h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8], h[9], n}
`)

// OpenCounting is Open that also counts the update in counter (a key in
// the chat's hash slot: 「policybot:{chat}:…」) when the record shows it new
// at now: no outbox waiting, no lost check, not applied. A counter's window
// starts at its first count and lasts window. It returns the count, 0 when
// it did not count, in one round trip; with ErrDataLost the count is still
// returned (it was made, on the record as it now is).
func (s *Store) OpenCounting(ctx context.Context, chat string, update int64, now time.Time, counter string, window time.Duration) (dialog.Record, int64, error) {
	var res *redis.Cmd
	var ep *redis.StringCmd
	err := s.pipeline(ctx, func(pipe redis.Pipeliner) {
		res = openCount.EvalSha(ctx, pipe, []string{key(chat), counter}, update, now.UnixMilli(),
			dialog.RedeliveryWindow.Milliseconds(), window.Milliseconds())
		ep = pipe.Get(ctx, epochKey)
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		// The script may have counted (on a Cluster the epoch is read
		// from another node).
		vals, _ := res.Slice()
		n := int64(0)
		if len(vals) == 10 {
			n, _ = vals[9].(int64)
		}
		return dialog.Record{}, n, fmt.Errorf("redisstore: open: %w", err)
	}
	vals, err := res.Slice()
	if err != nil || len(vals) != 10 {
		return dialog.Record{}, 0, fmt.Errorf("redisstore: open: unexpected reply %v: %w", vals, err)
	}
	n, _ := vals[9].(int64)
	if err := s.checkEpoch(ctx, ep.Val()); err != nil {
		return dialog.Record{}, n, err
	}
	rec, err := decodeRecord(vals[:9])
	return rec, n, err
}

func num(v any) int64 {
	s, _ := v.(string)
	n, _ := strconv.ParseInt(s, 10, 64)
	return n
}

func ms(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.UnixMilli(n)
}

func unixMs(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// pipeline runs the commands build queues in one round trip, shared with
// the pipelines of other updates handled at the same moment (see group).
// Scripts in it go by their hash; when the server does not know them (a
// restarted Redis), they are loaded and the pipeline runs once more.
func (s *Store) pipeline(ctx context.Context, build func(redis.Pipeliner)) error {
	for attempt := 0; ; attempt++ {
		err := s.g.do(ctx, build)
		if err == nil || attempt > 0 || !redis.HasErrorPrefix(err, "NOSCRIPT") {
			return err
		}
		if err := loadScripts(ctx, s.rdb); err != nil {
			return err
		}
	}
}

// loadScripts loads the scripts the pipelines run by their hashes. A
// pipeline that finds one missing runs again after this; the scripts
// before the missing one have then run twice, so each is safe to repeat
// (commit says the update is applied, claim takes the same lease, the last
// progress finds the outbox already empty).
func loadScripts(ctx context.Context, rdb redis.UniversalClient) error {
	for _, sc := range []*redis.Script{commit, claim, release, progress, unpend, openCount} {
		if err := sc.Load(ctx, rdb).Err(); err != nil {
			return fmt.Errorf("redisstore: load scripts: %w", err)
		}
	}
	return nil
}

// commit: KEYS[1] the chat; ARGV: update, at, version, mode (0 keep,
// 1 save, 2 delete), session JSON, outbox, owner, until, TTL, window (ms),
// how many recent ids to keep. r holds the recent ids, comma-separated.
var commit = redis.NewScript(`
local h = redis.call('HMGET', KEYS[1], 'v', 't', 'o', 'r')
local fresh = h[4] and h[4] ~= '' and tonumber(ARGV[2]) - tonumber(h[2] or '0') < tonumber(ARGV[10])
if fresh and string.find(',' .. h[4] .. ',', ',' .. ARGV[1] .. ',', 1, true) then return 2 end
if (h[1] or '0') ~= ARGV[3] then return 0 end
if h[3] and h[3] ~= '' then return 0 end
if ARGV[4] == '1' then
  redis.call('HSET', KEYS[1], 'v', tonumber(ARGV[3]) + 1, 'd', ARGV[5])
elseif ARGV[4] == '2' then
  redis.call('HDEL', KEYS[1], 'v', 'd')
end
local recent = {}
if fresh then
  for id in string.gmatch(h[4], '[^,]+') do recent[#recent + 1] = id end
end
recent[#recent + 1] = ARGV[1]
local keep = tonumber(ARGV[11])
local r = table.concat(recent, ',', math.max(1, #recent - keep + 1))
redis.call('HSET', KEYS[1], 'u', ARGV[1], 't', ARGV[2], 'r', r, 'o', ARGV[6], 'w', ARGV[7], 'x', ARGV[8])
redis.call('HDEL', KEYS[1], 'l')
if ARGV[4] == '2' then
  redis.call('PEXPIRE', KEYS[1], math.min(tonumber(ARGV[9]), tonumber(ARGV[10])))
else
  redis.call('PEXPIRE', KEYS[1], ARGV[9])
end
return 1
`)

// Commit implements dialog.DeliveryStore. The chat is added to the pending
// set in the same round trip, before the script, so an outbox is never
// written without being findable.
func (s *Store) Commit(ctx context.Context, chat string, c dialog.Commit) error {
	mode, data := 0, []byte(nil)
	switch {
	case c.Delete:
		mode = 2
	case c.Session != nil:
		mode = 1
		var err error
		if data, err = json.Marshal(c.Session); err != nil {
			return fmt.Errorf("redisstore: encode session: %w", err)
		}
	}
	var res *redis.Cmd
	if err := s.pipeline(ctx, func(pipe redis.Pipeliner) {
		if len(c.Outbox) > 0 {
			pipe.ZAdd(ctx, pendingKey, redis.Z{Score: float64(unixMs(c.Until)), Member: chat})
		}
		res = commit.EvalSha(ctx, pipe, []string{key(chat)}, c.Update, unixMs(c.At), c.Version, mode, data,
			c.Outbox, c.Owner, unixMs(c.Until), s.ttl.Milliseconds(), dialog.RedeliveryWindow.Milliseconds(), dialog.RecentUpdates)
	}); err != nil {
		return fmt.Errorf("redisstore: commit: %w", err)
	}
	switch n, _ := res.Int(); n {
	case 1:
		return nil
	case 2:
		return dialog.ErrApplied
	}
	return dialog.ErrConflict
}

// claim: KEYS[1] the chat; ARGV owner, now, until (ms).
var claim = redis.NewScript(`
local h = redis.call('HMGET', KEYS[1], 'o', 'w', 'x', 'u')
if not h[1] or h[1] == '' then return {'', '', '0', h[4] or '0'} end
if h[2] and h[2] ~= '' and h[2] ~= ARGV[1] and tonumber(h[3] or '0') > tonumber(ARGV[2]) then
  return {h[1], h[2], h[3], h[4] or '0'}
end
redis.call('HSET', KEYS[1], 'w', ARGV[1], 'x', ARGV[3])
return {h[1], ARGV[1], ARGV[3], h[4] or '0'}
`)

// Claim implements dialog.DeliveryStore.
func (s *Store) Claim(ctx context.Context, chat, owner string, now, until time.Time) (dialog.Delivery, error) {
	var res *redis.Cmd
	if err := s.pipeline(ctx, func(pipe redis.Pipeliner) {
		pipe.ZAdd(ctx, pendingKey, redis.Z{Score: float64(unixMs(until)), Member: chat})
		res = claim.EvalSha(ctx, pipe, []string{key(chat)}, owner, unixMs(now), unixMs(until))
	}); err != nil {
		return dialog.Delivery{}, fmt.Errorf("redisstore: claim: %w", err)
	}
	vals, err := res.StringSlice()
	if err != nil || len(vals) != 4 {
		return dialog.Delivery{}, fmt.Errorf("redisstore: claim: unexpected reply %v: %w", vals, err)
	}
	d := dialog.Delivery{Owner: vals[1], Until: ms(num(vals[2])), Update: num(vals[3])}
	if vals[0] != "" {
		d.Outbox = []byte(vals[0])
	} else {
		s.forgetPending(ctx, chat, until)
	}
	return d, nil
}

// unpend removes a chat from the pending set if its score is still the one
// given, so that a newer outbox's entry stays.
var unpend = redis.NewScript(`
local sc = redis.call('ZSCORE', KEYS[1], ARGV[1])
if sc and tonumber(sc) == tonumber(ARGV[2]) then redis.call('ZREM', KEYS[1], ARGV[1]) end
return 1
`)

func (s *Store) forgetPending(ctx context.Context, chat string, until time.Time) {
	// Best effort: a stale entry costs the sweeper one look.
	unpend.Run(ctx, s.rdb, []string{pendingKey}, chat, unixMs(until))
}

// progress: KEYS[1] the chat; ARGV update, owner, rest.
// The last progress is idempotent (see loadScripts): seeing the same
// update's outbox empty already, it is done, not taken over. Two replicas
// starting on an empty Redis while the first updates came in ran it twice
// about once in ten runs of TestTwoReplicasShareRedis.
var progress = redis.NewScript(`
local h = redis.call('HMGET', KEYS[1], 'u', 'w', 'o')
if ARGV[3] == '' and h[1] == ARGV[1] and (not h[3] or h[3] == '') then return 1 end
if h[1] ~= ARGV[1] or h[2] ~= ARGV[2] then return 0 end
if ARGV[3] == '' then redis.call('HDEL', KEYS[1], 'o', 'w', 'x') else redis.call('HSET', KEYS[1], 'o', ARGV[3]) end
return 1
`)

// Progress implements dialog.DeliveryStore. The last one also drops the
// chat's entry from the pending set, in the same round trip, unless a newer
// lease wrote it since (the entry's score is the lease's end).
func (s *Store) Progress(ctx context.Context, chat string, update int64, owner string, until time.Time, rest []byte) error {
	var res *redis.Cmd
	if err := s.pipeline(ctx, func(pipe redis.Pipeliner) {
		res = progress.EvalSha(ctx, pipe, []string{key(chat)}, update, owner, rest)
		if len(rest) == 0 {
			unpend.EvalSha(ctx, pipe, []string{pendingKey}, chat, unixMs(until))
		}
	}); err != nil {
		return fmt.Errorf("redisstore: progress: %w", err)
	}
	if n, _ := res.Int(); n != 1 {
		return dialog.ErrConflict
	}
	return nil
}

var release = redis.NewScript(`
if redis.call('HGET', KEYS[1], 'w') == ARGV[1] then redis.call('HSET', KEYS[1], 'x', '0') end
return 1
`)

// Release implements dialog.DeliveryStore.
func (s *Store) Release(ctx context.Context, chat, owner string) error {
	if err := s.pipeline(ctx, func(pipe redis.Pipeliner) {
		release.EvalSha(ctx, pipe, []string{key(chat)}, owner)
		pipe.ZAdd(ctx, pendingKey, redis.Z{Score: 0, Member: chat})
	}); err != nil {
		return fmt.Errorf("redisstore: release: %w", err)
	}
	return nil
}

// Pending implements dialog.DeliveryStore.
func (s *Store) Pending(ctx context.Context, now time.Time, n int) ([]string, error) {
	max := "+inf"
	if !now.IsZero() {
		max = strconv.FormatInt(now.UnixMilli(), 10)
	}
	pipe := s.rdb.Pipeline()
	r := pipe.ZRangeByScore(ctx, pendingKey, &redis.ZRangeBy{Min: "-inf", Max: max, Count: int64(n)})
	ep := pipe.Get(ctx, epochKey)
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("redisstore: pending: %w", err)
	}
	if err := s.checkEpoch(ctx, ep.Val()); err != nil {
		return nil, err
	}
	return r.Val(), nil
}

// markLost: KEYS[1] the chat; ARGV update, at, TTL.
var markLost = redis.NewScript(`
local u = tonumber(redis.call('HGET', KEYS[1], 'u') or '0')
if u >= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'u', ARGV[1], 't', ARGV[2], 'r', ARGV[1], 'l', '1')
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`)

// MarkLost implements dialog.DeliveryStore.
func (s *Store) MarkLost(ctx context.Context, chat string, update int64, at time.Time) error {
	if err := markLost.Run(ctx, s.rdb, []string{key(chat)}, update, unixMs(at), s.ttl.Milliseconds()).Err(); err != nil {
		return fmt.Errorf("redisstore: mark lost: %w", err)
	}
	return nil
}
