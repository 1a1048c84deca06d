// Package redisstore is a dialog.SessionStore in Redis, for bots that run as
// several processes or must keep sessions across restarts.
//
// It takes a redis.UniversalClient, so a single server, Sentinel or Cluster
// works by configuration alone. Every key of one chat carries the chat id as
// its hash tag (「policybot:{chat}:session」), so the keys of a chat live in
// one Cluster slot and multi-key commands on them stay valid.
//
// A session is a hash of its JSON and a version. Save is one Lua script that
// writes only if the version is still the one loaded, so two processes
// handling updates of one chat never overwrite each other.
package redisstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/linxia-talent/policybot/dialog"
)

// Prefix starts every key this program writes.
const Prefix = "policybot:"

// ChatKeys are the names of the keys kept per chat; Delete removes them all.
// Other packages that keep per-chat state in Redis (flood control) must use
// Key with one of these names, so /forget reaches it.
var ChatKeys = []string{"session", "flood"}

// Key returns the key name for one chat's state, with the chat as hash tag.
func Key(chat, name string) string {
	return Prefix + "{" + chat + "}:" + name
}

// Store is a Redis SessionStore.
type Store struct {
	rdb redis.UniversalClient
	ttl time.Duration
}

// New returns a store whose sessions expire ttl after their last save.
func New(rdb redis.UniversalClient, ttl time.Duration) *Store {
	return &Store{rdb: rdb, ttl: ttl}
}

// save writes the session if the version matches: KEYS[1] the session,
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
	vals, err := s.rdb.HMGet(ctx, Key(chat, "session"), "v", "d").Result()
	if err != nil {
		return dialog.Session{}, 0, fmt.Errorf("redisstore: load: %w", err)
	}
	vs, _ := vals[0].(string)
	data, _ := vals[1].(string)
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
	ok, err := save.Run(ctx, s.rdb, []string{Key(chat, "session")}, version, data, s.ttl.Milliseconds()).Int()
	if err != nil {
		return fmt.Errorf("redisstore: save: %w", err)
	}
	if ok != 1 {
		return dialog.ErrConflict
	}
	return nil
}

// Delete implements dialog.SessionStore: it removes every key of the chat.
func (s *Store) Delete(ctx context.Context, chat string) error {
	keys := make([]string, len(ChatKeys))
	for i, n := range ChatKeys {
		keys[i] = Key(chat, n)
	}
	if err := s.rdb.Del(ctx, keys...).Err(); err != nil && !errors.Is(err, redis.Nil) {
		return fmt.Errorf("redisstore: delete: %w", err)
	}
	return nil
}
