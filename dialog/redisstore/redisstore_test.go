package redisstore_test

import (
	"context"
	"errors"
	"reflect"
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

// TestOpenCounting: the record read with the count is Open's; the update is
// counted only when the record shows it new (no outbox waiting, no lost
// check, not applied), in a counter whose window starts at its first count.
func TestOpenCounting(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client(t)
	testOpenCounting(t, rdb)
}

// TestOpenCountingOnCluster: the chat's record and its counter are in one
// slot, so the script runs on a Cluster.
func TestOpenCountingOnCluster(t *testing.T) {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: redistest.StartCluster(t)})
	t.Cleanup(func() { rdb.Close() })
	testOpenCounting(t, rdb)
}

func testOpenCounting(t *testing.T, rdb redis.UniversalClient) {
	ctx := context.Background()
	st := redisstore.New(rdb, time.Hour)
	if _, err := st.Start(ctx); err != nil {
		t.Fatal(err)
	}
	const chat, counter = "tg:61", "policybot:{tg:61}:flood"
	now := time.Now()
	open := func(update int64, want int64) dialog.Record {
		t.Helper()
		rec, n, err := st.OpenCounting(ctx, chat, update, now, counter, time.Minute)
		if err != nil || n != want {
			t.Fatalf("update %d: count %d, %v; want %d", update, n, err, want)
		}
		plain, err := st.Open(ctx, chat)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(rec, plain) {
			t.Errorf("update %d: record %+v, Open reads %+v", update, rec, plain)
		}
		return rec
	}
	open(1, 1)
	if ttl := rdb.PTTL(ctx, counter).Val(); ttl <= 0 || ttl > time.Minute {
		t.Errorf("counter window %v, want within a minute", ttl)
	}
	if err := st.Commit(ctx, chat, dialog.Commit{Update: 1, At: now, Session: &dialog.Session{Check: "loan"}, Outbox: []byte("x"), Owner: "a", Until: now.Add(time.Minute)}); err != nil {
		t.Fatal(err)
	}
	open(2, 0) // an outbox is waiting: not counted yet
	if err := st.Progress(ctx, chat, 1, "a", now.Add(time.Minute), nil); err != nil {
		t.Fatal(err)
	}
	open(1, 0) // applied already: a redelivery
	if rec := open(2, 2); rec.Session.Check != "loan" || rec.Version != 1 || rec.Update != 1 {
		t.Errorf("record %+v", rec)
	}
	if err := st.MarkLost(ctx, chat, 3, now); err != nil {
		t.Fatal(err)
	}
	open(4, 0) // the check was lost: the user is told, not counted
	if err := st.Commit(ctx, chat, dialog.Commit{Update: 4, At: now, Version: 1}); err != nil {
		t.Fatal(err)
	}
	// The last ids are compared only within the redelivery window.
	late := now.Add(dialog.RedeliveryWindow)
	if _, n, err := st.OpenCounting(ctx, chat, 4, late, counter, time.Minute); err != nil || n != 3 {
		t.Errorf("update 4 a day later: count %d, %v; want 3", n, err)
	}
	if _, n, err := st.OpenCounting(ctx, chat, 4, late.Add(-time.Millisecond), counter, time.Minute); err != nil || n != 0 {
		t.Errorf("update 4 just within a day: count %d, %v; want 0", n, err)
	}
}
