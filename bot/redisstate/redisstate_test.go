package redisstate_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/bot/redisstate"
	"github.com/linxia-talent/policybot/internal/redistest"
)

func TestDeduperAcrossClients(t *testing.T) {
	srv := redistest.Start(t)
	a := redisstate.NewDeduper(srv.Client(t), time.Hour)
	b := redisstate.NewDeduper(srv.Client(t), time.Hour)
	var firsts atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := a
			if i%2 == 1 {
				d = b
			}
			ok, err := d.First(context.Background(), 77)
			if err != nil {
				t.Error(err)
			}
			if ok {
				firsts.Add(1)
			}
		}()
	}
	wg.Wait()
	if n := firsts.Load(); n != 1 {
		t.Errorf("update 77 was first %d times, want once", n)
	}
	if ok, _ := a.First(context.Background(), 78); !ok {
		t.Errorf("a new update is not first")
	}
	if err := b.Release(context.Background(), 77); err != nil {
		t.Fatal(err)
	}
	if ok, _ := a.First(context.Background(), 77); !ok {
		t.Errorf("a released update is not first again")
	}
}

func TestLimiterWindowAndForget(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client(t)
	l := redisstate.NewLimiter(rdb, 400*time.Millisecond)
	ctx := context.Background()
	for want := int64(1); want <= 3; want++ {
		if n, err := l.Hit(ctx, "tg:5"); err != nil || n != want {
			t.Fatalf("hit %d: got %d, %v", want, n, err)
		}
	}
	if ttl := rdb.PTTL(ctx, "policybot:{tg:5}:flood").Val(); ttl <= 0 || ttl > 400*time.Millisecond {
		t.Errorf("flood window TTL %v", ttl)
	}
	time.Sleep(600 * time.Millisecond) // Redis keeps its own time
	if n, _ := l.Hit(ctx, "tg:5"); n != 1 {
		t.Errorf("a new window starts at %d", n)
	}
	if err := l.Forget(ctx, "tg:5"); err != nil {
		t.Fatal(err)
	}
	if n := rdb.Exists(ctx, "policybot:{tg:5}:flood").Val(); n != 0 {
		t.Errorf("Forget left the counter")
	}
}
