// Package redisstate keeps the Telegram front end's own shared state in
// Redis: per-chat flood counters. Its keys are its own
// (「policybot:{chat}:flood」, under the chat's hash tag, in the chat's
// Cluster slot); the front end removes them through Forget when a user asks
// to be forgotten. Which updates were applied is kept with the session (see
// dialog.DeliveryStore), per chat, not per update.
package redisstate

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// floodKey returns the key of a chat's flood counter.
func floodKey(chat string) string { return "policybot:{" + chat + "}:flood" }

// FloodKey returns the key of a chat's flood counter, for a store that
// counts the flood window while it reads the chat's record in the same
// round trip (redisstore's OpenCounting, wired by serve).
func FloodKey(chat string) string { return floodKey(chat) }

// Window returns the length of the limiter's windows.
func (l *Limiter) Window() time.Duration { return l.window }

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
	n, err := hit.Run(ctx, l.rdb, []string{floodKey(chat)}, l.window.Milliseconds()).Int64()
	if err != nil {
		return 0, fmt.Errorf("redisstate: flood: %w", err)
	}
	return n, nil
}

// Forget implements bot.Limiter.
func (l *Limiter) Forget(ctx context.Context, chat string) error {
	if err := l.rdb.Del(ctx, floodKey(chat)).Err(); err != nil {
		return fmt.Errorf("redisstate: forget: %w", err)
	}
	return nil
}
