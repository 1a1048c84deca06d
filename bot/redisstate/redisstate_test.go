package redisstate_test

import (
	"context"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/bot/redisstate"
	"github.com/linxia-talent/policybot/internal/redistest"
)

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
