package bot

import (
	"context"
	"sync"
	"time"
)

// Deduper remembers which updates were handled, so that an update Telegram
// delivers twice (a webhook retried after a timeout) is handled once, also
// when the two deliveries reach different replicas.
type Deduper interface {
	// First reports whether this is the first time updateID is seen, and
	// claims it.
	First(ctx context.Context, updateID int64) (bool, error)
	// Release gives up the claim on an update that was not handled after
	// all, so that Telegram's redelivery of it is handled.
	Release(ctx context.Context, updateID int64) error
}

// Limiter is per-chat flood control.
type Limiter interface {
	// Hit counts one message of chat in the current window and returns how
	// many the chat has sent in it.
	Hit(ctx context.Context, chat string) (int64, error)
	// Forget removes what is kept about chat.
	Forget(ctx context.Context, chat string) error
}

// MemDeduper is a Deduper for one process. It remembers the last size
// update ids.
type MemDeduper struct {
	mu   sync.Mutex
	seen map[int64]bool
	ring []int64
	next int
}

// NewMemDeduper returns a deduper remembering size ids.
func NewMemDeduper(size int) *MemDeduper {
	return &MemDeduper{seen: map[int64]bool{}, ring: make([]int64, size)}
}

// First implements Deduper.
func (d *MemDeduper) First(_ context.Context, id int64) (bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen[id] {
		return false, nil
	}
	if old := d.ring[d.next]; old != 0 {
		delete(d.seen, old)
	}
	d.ring[d.next] = id
	d.next = (d.next + 1) % len(d.ring)
	d.seen[id] = true
	return true, nil
}

// Release implements Deduper.
func (d *MemDeduper) Release(_ context.Context, id int64) error {
	d.mu.Lock()
	delete(d.seen, id)
	d.mu.Unlock()
	return nil
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
