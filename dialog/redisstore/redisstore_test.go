package redisstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

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

func TestDeliveryContract(t *testing.T) {
	srv := redistest.Start(t)
	storetest.RunDelivery(t, func(t *testing.T) dialog.DeliveryStore {
		rdb := srv.Client(t)
		if err := rdb.FlushAll(context.Background()).Err(); err != nil {
			t.Fatal(err)
		}
		return redisstore.New(rdb, time.Hour)
	})
}

// TestDeliveryContractOnCluster runs the contract on a real three-master
// Cluster: every script touches one slot, the pipelines that span slots
// (the record with the epoch, a commit with its pending entry) still work,
// and scripts are loaded on every master that needs them.
func TestDeliveryContractOnCluster(t *testing.T) {
	addrs := redistest.StartCluster(t)
	storetest.RunDelivery(t, func(t *testing.T) dialog.DeliveryStore {
		rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
		t.Cleanup(func() { rdb.Close() })
		ctx := context.Background()
		if err := rdb.ForEachMaster(ctx, func(ctx context.Context, c *redis.Client) error { return c.FlushAll(ctx).Err() }); err != nil {
			t.Fatal(err)
		}
		st := redisstore.New(rdb, time.Hour)
		if _, err := st.Start(ctx); err != nil {
			t.Fatal(err)
		}
		return st
	})
}

// TestOneKeyPerChat: everything about a chat is one hash under the chat's
// hash tag that expires; no key is written per update.
func TestOneKeyPerChat(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client(t)
	ctx := context.Background()
	st := redisstore.New(rdb, 30*24*time.Hour)
	if _, err := st.Start(ctx); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	for u := int64(1); u <= 50; u++ {
		if err := st.Commit(ctx, "tg:42", dialog.Commit{Update: u, At: now, Version: u - 1, Session: &dialog.Session{Check: "loan"}, Outbox: []byte("x"), Owner: "a", Until: now.Add(time.Minute)}); err != nil {
			t.Fatalf("update %d: %v", u, err)
		}
		if err := st.Progress(ctx, "tg:42", u, "a", now.Add(time.Minute), nil); err != nil {
			t.Fatal(err)
		}
	}
	keys, err := rdb.Keys(ctx, "*").Result()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"policybot:{tg:42}:session": true, "policybot:epoch": true}
	for _, k := range keys {
		if !want[k] {
			t.Errorf("unexpected key %q after 50 updates (keys: %q)", k, keys)
		}
	}
	ttl := rdb.PTTL(ctx, "policybot:{tg:42}:session").Val()
	if ttl <= 29*24*time.Hour || ttl > 30*24*time.Hour {
		t.Errorf("TTL: got %v, want about 30 days", ttl)
	}
}

// TestEpochNoticesLoss: a Redis that lost its data is noticed once per
// store, by Open or Pending.
func TestEpochNoticesLoss(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	a := redisstore.New(srv.Client(t), time.Hour)
	b := redisstore.New(srv.Client(t), time.Hour)
	if fresh, err := a.Start(ctx); err != nil || !fresh {
		t.Fatalf("first start: fresh=%v, %v", fresh, err)
	}
	if fresh, err := b.Start(ctx); err != nil || fresh {
		t.Fatalf("second start: fresh=%v, %v", fresh, err)
	}
	if _, err := a.Open(ctx, "c"); err != nil {
		t.Fatal(err)
	}
	srv.Client(t).FlushAll(ctx)
	if _, err := a.Open(ctx, "c"); !errors.Is(err, dialog.ErrDataLost) {
		t.Errorf("Open after the loss: %v, want ErrDataLost", err)
	}
	if _, err := a.Open(ctx, "c"); err != nil {
		t.Errorf("second Open after the loss: %v", err)
	}
	if _, err := b.Pending(ctx, time.Now(), 10); !errors.Is(err, dialog.ErrDataLost) {
		t.Errorf("the other store's Pending after the loss: %v, want ErrDataLost", err)
	}
	if _, err := b.Open(ctx, "c"); err != nil {
		t.Errorf("b after noticing: %v", err)
	}
}
