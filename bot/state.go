package bot

import (
	"context"
	"sync"
	"time"
)

// Limiter is per-chat flood control.
type Limiter interface {
	// Hit counts one message of chat in the current window and returns how
	// many the chat has sent in it.
	Hit(ctx context.Context, chat string) (int64, error)
	// Forget removes what is kept about chat.
	Forget(ctx context.Context, chat string) error
}

// MemLimiter counts messages per chat in fixed windows, in one process.
type MemLimiter struct {
	window time.Duration
	now    func() time.Time

	mu     sync.Mutex
	counts map[string]windowCount
}

type windowCount struct {
	start time.Time
	n     int64
}

// NewMemLimiter returns a limiter with windows of the given length.
func NewMemLimiter(window time.Duration, now func() time.Time) *MemLimiter {
	return &MemLimiter{window: window, now: now, counts: map[string]windowCount{}}
}

// Hit implements Limiter.
func (l *MemLimiter) Hit(_ context.Context, chat string) (int64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	c := l.counts[chat]
	if now.Sub(c.start) >= l.window {
		c = windowCount{start: now}
		if len(l.counts) > 10000 { // drop finished windows now and then
			for k, v := range l.counts {
				if now.Sub(v.start) >= l.window {
					delete(l.counts, k)
				}
			}
		}
	}
	c.n++
	l.counts[chat] = c
	return c.n, nil
}

// Forget implements Limiter.
func (l *MemLimiter) Forget(_ context.Context, chat string) error {
	l.mu.Lock()
	delete(l.counts, chat)
	l.mu.Unlock()
	return nil
}
