// Package redisstate keeps the Telegram front end's shared state in Redis:
// which updates were handled (so replicas handle a redelivered update once)
// and per-chat flood counters (under the chat's hash tag, so /forget
// removes them with the session).
package redisstate

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/linxia-talent/policybot/dialog/redisstore"
)

// Deduper is a bot.Deduper in Redis.
type Deduper struct {
	rdb redis.UniversalClient
	ttl time.Duration
}

// NewDeduper remembers update ids for ttl; Telegram stops redelivering an
// update long before a day.
func NewDeduper(rdb redis.UniversalClient, ttl time.Duration) *Deduper {
	return &Deduper{rdb: rdb, ttl: ttl}
}

// First implements bot.Deduper.
func (d *Deduper) First(ctx context.Context, id int64) (bool, error) {
	ok, err := d.rdb.SetNX(ctx, updateKey(id), 1, d.ttl).Result()
	if err != nil {
		return false, fmt.Errorf("redisstate: dedupe: %w", err)
	}
	return ok, nil
}

// Release implements bot.Deduper.
func (d *Deduper) Release(ctx context.Context, id int64) error {
	return d.rdb.Del(ctx, updateKey(id)).Err()
}

func updateKey(id int64) string {
	return redisstore.Prefix + "update:" + strconv.FormatInt(id, 10)
}

// Limiter is a bot.Limiter in Redis with fixed windows.
type Limiter struct {
	rdb    redis.UniversalClient
	window time.Duration
}

// NewLimiter counts messages per chat in windows of the given length.
func NewLimiter(rdb redis.UniversalClient, window time.Duration) *Limiter {
	return &Limiter{rdb: rdb, window: window}
}

// hit increments the counter and starts its window on the first message.
var hit = redis.NewScript(`
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
`)

// Hit implements bot.Limiter.
func (l *Limiter) Hit(ctx context.Context, chat string) (int64, error) {
	n, err := hit.Run(ctx, l.rdb, []string{redisstore.Key(chat, "flood")}, l.window.Milliseconds()).Int64()
	if err != nil {
		return 0, fmt.Errorf("redisstate: flood: %w", err)
	}
	return n, nil
}

// Forget implements bot.Limiter.
func (l *Limiter) Forget(ctx context.Context, chat string) error {
	return l.rdb.Del(ctx, redisstore.Key(chat, "flood")).Err()
}
