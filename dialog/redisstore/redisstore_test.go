package redisstore_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/redisstore"
	"github.com/linxia-talent/policybot/dialog/storetest"
	"github.com/linxia-talent/policybot/internal/redistest"
)

func TestContract(t *testing.T) {
	srv := redistest.Start(t)
	storetest.Run(t, func(t *testing.T) storetest.Harness {
		rdb := srv.Client(t)
		if err := rdb.FlushAll(context.Background()).Err(); err != nil {
			t.Fatal(err)
		}
		// Redis keeps its own time, so expiry is tested with a short TTL
		// and a wait well past it.
		ttl := 300 * time.Millisecond
		return storetest.Harness{
			Store:  redisstore.New(rdb, ttl),
			Expire: func() { time.Sleep(3 * ttl) },
		}
	})
}

func TestKeysShareHashTagAndExpire(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client(t)
	ctx := context.Background()
	st := redisstore.New(rdb, 30*24*time.Hour)
	if err := st.Save(ctx, "tg:42", dialog.Session{Check: "loan"}, 0); err != nil {
		t.Fatal(err)
	}
	keys, err := rdb.Keys(ctx, "*").Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 1 || keys[0] != "policybot:{tg:42}:session" {
		t.Fatalf("keys: got %q", keys)
	}
	ttl := rdb.PTTL(ctx, keys[0]).Val()
	if ttl <= 29*24*time.Hour || ttl > 30*24*time.Hour {
		t.Errorf("TTL: got %v, want about 30 days", ttl)
	}
	for _, name := range redisstore.ChatKeys {
		if k := redisstore.Key("tg:42", name); !strings.Contains(k, "{tg:42}") {
			t.Errorf("key %q lacks the chat's hash tag", k)
		}
	}
}
