package redisstore_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/redisstore"
	"github.com/linxia-talent/policybot/internal/redistest"
)

// pipelineCounter counts the pipelines a client sends and their commands.
type pipelineCounter struct{ pipes, cmds atomic.Int64 }

func (*pipelineCounter) DialHook(next redis.DialHook) redis.DialHook          { return next }
func (*pipelineCounter) ProcessHook(next redis.ProcessHook) redis.ProcessHook { return next }
func (p *pipelineCounter) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		p.pipes.Add(1)
		p.cmds.Add(int64(len(cmds)))
		return next(ctx, cmds)
	}
}

// startedStore starts a Redis server of the test's own and a store on it.
func startedStore(t *testing.T) (*redis.Client, *redisstore.Store) {
	t.Helper()
	rdb := redistest.Start(t).Client(t)
	st := redisstore.New(rdb, time.Hour)
	if _, err := st.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	return rdb, st
}

// TestGroupCommit: chats handled at once share round trips, and each caller
// still gets its own replies: its conflicts, its record, its script reloads.
func TestGroupCommit(t *testing.T) {
	rdb, st := startedStore(t)
	ctx := context.Background()
	var pc pipelineCounter
	rdb.AddHook(&pc)

	const chats, updates = 64, 30
	now := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, chats)
	for c := 0; c < chats; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			chat := fmt.Sprintf("tg:%d", 1000+c)
			counter := "policybot:{" + chat + "}:flood"
			for u := int64(1); u <= updates; u++ {
				if c == 0 && u == updates/2 {
					// A restarted Redis forgot the scripts: every
					// caller reloads them and runs again on its own.
					rdb.ScriptFlush(ctx)
				}
				rec, n, err := st.OpenCounting(ctx, chat, u, now, counter, time.Hour)
				if err != nil || n != u || rec.Version != u-1 {
					errs <- fmt.Errorf("%s update %d: open: count %d, version %d, %v", chat, u, n, rec.Version, err)
					return
				}
				cm := dialog.Commit{Update: u, At: now, Version: rec.Version, Session: &dialog.Session{Check: chat},
					Outbox: []byte(fmt.Sprint(u)), Owner: "a", Until: now.Add(time.Minute)}
				// A stale version is refused, whatever the others in
				// the same round trip do.
				stale := cm
				stale.Version++
				if err := st.Commit(ctx, chat, stale); !errors.Is(err, dialog.ErrConflict) {
					errs <- fmt.Errorf("%s update %d: stale commit: %v, want ErrConflict", chat, u, err)
					return
				}
				if err := st.Commit(ctx, chat, cm); err != nil {
					errs <- fmt.Errorf("%s update %d: commit: %v", chat, u, err)
					return
				}
				if err := st.Commit(ctx, chat, cm); !errors.Is(err, dialog.ErrApplied) {
					errs <- fmt.Errorf("%s update %d: commit again: %v, want ErrApplied", chat, u, err)
					return
				}
				if err := st.Progress(ctx, chat, u, "b", cm.Until, nil); !errors.Is(err, dialog.ErrConflict) {
					errs <- fmt.Errorf("%s update %d: another owner's progress: %v, want ErrConflict", chat, u, err)
					return
				}
				if err := st.Progress(ctx, chat, u, "a", cm.Until, nil); err != nil {
					errs <- fmt.Errorf("%s update %d: progress: %v", chat, u, err)
					return
				}
			}
			rec, err := st.Open(ctx, chat)
			if err != nil || rec.Session.Check != chat || rec.Update != updates || len(rec.Outbox) != 0 {
				errs <- fmt.Errorf("%s: record %+v, %v", chat, rec, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, err := rdb.ZCard(ctx, "policybot:pending").Result(); err != nil || n != 0 {
		t.Errorf("pending set: %d entries, %v; want none", n, err)
	}
	calls := int64(chats * (updates*6 + 1))
	t.Logf("%d store calls in %d pipelines (%d commands)", calls, pc.pipes.Load(), pc.cmds.Load())
	if pc.pipes.Load() >= calls {
		t.Errorf("%d pipelines for %d calls: no round trip was shared", pc.pipes.Load(), calls)
	}
}

// TestGroupCallerGivesUp: a caller whose context ends while it waits for
// its turn sends nothing and gets its context's error; the others are not
// disturbed.
func TestGroupCallerGivesUp(t *testing.T) {
	_, st := startedStore(t)
	ctx := context.Background()
	gone, cancel := context.WithCancel(ctx)
	cancel()
	now := time.Now()
	if err := st.Commit(gone, "tg:1", dialog.Commit{Update: 1, At: now, Outbox: []byte("x"), Owner: "a", Until: now.Add(time.Minute)}); !errors.Is(err, context.Canceled) {
		t.Fatalf("commit with an ended context: %v, want context.Canceled", err)
	}
	if rec, err := st.Open(ctx, "tg:1"); err != nil || rec.Update != 0 || len(rec.Outbox) != 0 {
		t.Fatalf("after the abandoned commit: %+v, %v; want nothing written", rec, err)
	}
	var wg sync.WaitGroup
	for c := 0; c < 32; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			use := ctx
			if c%2 == 1 {
				use = gone
			}
			chat := fmt.Sprintf("tg:%d", 10+c)
			err := st.Commit(use, chat, dialog.Commit{Update: 1, At: now, Outbox: []byte("x"), Owner: "a", Until: now.Add(time.Minute)})
			if c%2 == 1 && !errors.Is(err, context.Canceled) {
				t.Errorf("%s: %v, want context.Canceled", chat, err)
			}
			if c%2 == 0 && err != nil {
				t.Errorf("%s: %v", chat, err)
			}
		}()
	}
	wg.Wait()
}
