package redisstore

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/linxia-talent/policybot/internal/redistest"
)

// TestGroupPanic: a round trip that panics (in a build or in the client)
// panics in the caller that sent it and fails the others of it with an
// error; none is left waiting and the group goes on.
func TestGroupPanic(t *testing.T) {
	srv := redistest.Start(t)
	g := &group{rdb: srv.Client(t)}
	ctx := context.Background()
	var wg sync.WaitGroup
	var panics, failed atomic.Int64
	for i := 0; i < 400; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if recover() != nil {
					panics.Add(1)
				}
			}()
			var get *redis.StringCmd
			err := g.do(ctx, func(p redis.Pipeliner) {
				if i%100 == 7 {
					panic("boom")
				}
				get = p.Get(ctx, "nothing")
			})
			switch {
			case errors.Is(err, redis.Nil) && get.Err() == redis.Nil:
			case err != nil && !errors.Is(err, redis.Nil):
				failed.Add(1) // shared a round trip with a panic
			default:
				t.Errorf("call %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	if n := panics.Load(); n < 1 || n > 4 {
		t.Errorf("%d panics, want 1 to 4", n)
	}
	t.Logf("%d panics, %d calls failed with them", panics.Load(), failed.Load())
	if err := g.do(ctx, func(p redis.Pipeliner) { p.Ping(ctx) }); err != nil {
		t.Fatal(err)
	}
	if g.busy || len(g.waiting) > 0 {
		t.Errorf("busy %v, %d waiting after all calls returned", g.busy, len(g.waiting))
	}
}
