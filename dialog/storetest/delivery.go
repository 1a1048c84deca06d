package storetest

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/linxia-talent/policybot/dialog"
)

// RunDelivery runs the contract of a dialog.DeliveryStore: every update
// applied once, its outbox sent by one process at a time, and memory per
// chat rather than per update.
func RunDelivery(t *testing.T, newStore func(t *testing.T) dialog.DeliveryStore) {
	ctx := context.Background()
	t0 := time.Now().Truncate(time.Millisecond)
	sess := dialog.Session{Check: "loan", Pending: "who", Round: 3}
	first := func(t *testing.T, st dialog.DeliveryStore) {
		t.Helper()
		err := st.Commit(ctx, "c", dialog.Commit{Update: 10, At: t0, Session: &sess, Outbox: []byte("box10"), Owner: "a", Until: t0.Add(time.Minute)})
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Run("missing chat is empty", func(t *testing.T) {
		st := newStore(t)
		rec, err := st.Open(ctx, "nobody")
		if err != nil || rec.Version != 0 || rec.Update != 0 || len(rec.Outbox) != 0 || rec.Lost {
			t.Errorf("Open: got %+v, %v", rec, err)
		}
	})
	t.Run("commit then open", func(t *testing.T) {
		st := newStore(t)
		first(t, st)
		rec, err := st.Open(ctx, "c")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(sess, rec.Session); diff != "" || rec.Version != 1 {
			t.Errorf("session at %d (-want +got):\n%s", rec.Version, diff)
		}
		if rec.Update != 10 || !rec.At.Equal(t0) || string(rec.Outbox) != "box10" || rec.Owner != "a" || !rec.Until.Equal(t0.Add(time.Minute)) {
			t.Errorf("delivery: %+v", rec.Delivery)
		}
		// The session is the one SessionStore sees too.
		if s, v, _ := st.Load(ctx, "c"); v != 1 || s.Check != "loan" {
			t.Errorf("Load after Commit: %+v at %d", s, v)
		}
	})
	t.Run("an update is applied once", func(t *testing.T) {
		st := newStore(t)
		first(t, st)
		if err := st.Progress(ctx, "c", 10, "a", t0.Add(time.Minute), nil); err != nil {
			t.Fatal(err)
		}
		// The last progress again (a store may run a round trip twice,
		// as the Redis store does when Redis had to load its scripts) is
		// done already, not a conflict.
		if err := st.Progress(ctx, "c", 10, "a", t0.Add(time.Minute), nil); err != nil {
			t.Errorf("the last Progress repeated: %v", err)
		}
		if err := st.Commit(ctx, "c", dialog.Commit{Update: 10, At: t0.Add(time.Hour), Version: 1, Outbox: []byte("again")}); !errors.Is(err, dialog.ErrApplied) {
			t.Errorf("Commit of update 10 again: got %v, want ErrApplied", err)
		}
		// A lower id not applied yet is a new update: Telegram may keep a
		// chat's messages and button presses in separate queues.
		if err := st.Commit(ctx, "c", dialog.Commit{Update: 9, At: t0.Add(time.Hour), Version: 1}); err != nil {
			t.Errorf("Commit of update 9 after 10: %v", err)
		}
		for _, u := range []int64{10, 9} {
			if err := st.Commit(ctx, "c", dialog.Commit{Update: u, At: t0.Add(2 * time.Hour), Version: 1}); !errors.Is(err, dialog.ErrApplied) {
				t.Errorf("Commit of update %d again: got %v, want ErrApplied", u, err)
			}
		}
		// Only the last RecentUpdates are kept: memory per chat.
		for u := int64(100); u < 100+dialog.RecentUpdates; u++ {
			if err := st.Commit(ctx, "c", dialog.Commit{Update: u, At: t0.Add(2 * time.Hour), Version: 1}); err != nil {
				t.Fatal(err)
			}
		}
		if rec, _ := st.Open(ctx, "c"); len(rec.Recent) != dialog.RecentUpdates || rec.Recent[0] != 100 || rec.Update != 99+dialog.RecentUpdates {
			t.Errorf("recent ids: %v, last %d", rec.Recent, rec.Update)
		}
		// After the redelivery window every id is new: Telegram may have
		// renumbered.
		late := t0.Add(2*time.Hour + dialog.RedeliveryWindow)
		if err := st.Commit(ctx, "c", dialog.Commit{Update: 100, At: late, Version: 1}); err != nil {
			t.Errorf("Commit of a renumbered update: %v", err)
		}
		if rec, _ := st.Open(ctx, "c"); len(rec.Recent) != 1 {
			t.Errorf("recent ids after the window: %v", rec.Recent)
		}
	})
	t.Run("stale version or waiting outbox conflicts", func(t *testing.T) {
		st := newStore(t)
		first(t, st)
		if err := st.Commit(ctx, "c", dialog.Commit{Update: 11, At: t0, Version: 1}); !errors.Is(err, dialog.ErrConflict) {
			t.Errorf("Commit with an outbox waiting: got %v, want ErrConflict", err)
		}
		st.Progress(ctx, "c", 10, "a", t0.Add(time.Minute), nil)
		if err := st.Commit(ctx, "c", dialog.Commit{Update: 11, At: t0, Version: 0}); !errors.Is(err, dialog.ErrConflict) {
			t.Errorf("Commit at a stale version: got %v, want ErrConflict", err)
		}
		if err := st.Commit(ctx, "c", dialog.Commit{Update: 11, At: t0, Version: 1}); err != nil {
			t.Errorf("Commit keeping the session: %v", err)
		}
		if rec, _ := st.Open(ctx, "c"); rec.Version != 1 || rec.Session.Check != "loan" || rec.Update != 11 {
			t.Errorf("after a commit keeping the session: %+v", rec)
		}
	})
	t.Run("claim, progress and release", func(t *testing.T) {
		st := newStore(t)
		first(t, st)
		d, err := st.Claim(ctx, "c", "b", t0, t0.Add(time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		if d.Owner != "a" || string(d.Outbox) != "box10" {
			t.Errorf("b claimed a's live lease: %+v", d)
		}
		if err := st.Progress(ctx, "c", 10, "b", t0.Add(time.Minute), []byte("x")); !errors.Is(err, dialog.ErrConflict) {
			t.Errorf("Progress by a non-owner: %v", err)
		}
		if err := st.Progress(ctx, "c", 10, "a", t0.Add(time.Minute), []byte("rest")); err != nil {
			t.Fatal(err)
		}
		if rec, _ := st.Open(ctx, "c"); string(rec.Outbox) != "rest" {
			t.Errorf("outbox after progress: %q", rec.Outbox)
		}
		// After the lease, b may take over.
		d, _ = st.Claim(ctx, "c", "b", t0.Add(2*time.Minute), t0.Add(3*time.Minute))
		if d.Owner != "b" || string(d.Outbox) != "rest" || d.Update != 10 {
			t.Errorf("claim after the lease: %+v", d)
		}
		if err := st.Release(ctx, "c", "b"); err != nil {
			t.Fatal(err)
		}
		d, _ = st.Claim(ctx, "c", "a", t0.Add(2*time.Minute), t0.Add(4*time.Minute))
		if d.Owner != "a" {
			t.Errorf("claim after release: %+v", d)
		}
		if err := st.Progress(ctx, "c", 10, "a", t0.Add(time.Minute), nil); err != nil {
			t.Fatal(err)
		}
		d, _ = st.Claim(ctx, "c", "b", t0.Add(5*time.Minute), t0.Add(6*time.Minute))
		if len(d.Outbox) != 0 {
			t.Errorf("a delivered outbox can be claimed: %+v", d)
		}
	})
	t.Run("pending lists outboxes without a live lease", func(t *testing.T) {
		st := newStore(t)
		first(t, st)
		if got, _ := st.Pending(ctx, t0, 10); len(got) != 0 {
			t.Errorf("pending during the lease: %q", got)
		}
		if got, _ := st.Pending(ctx, time.Time{}, 10); !slices.Equal(got, []string{"c"}) {
			t.Errorf("pending with any lease: %q", got)
		}
		if got, _ := st.Pending(ctx, t0.Add(2*time.Minute), 10); !slices.Equal(got, []string{"c"}) {
			t.Errorf("pending after the lease: %q", got)
		}
		st.Progress(ctx, "c", 10, "a", t0.Add(time.Minute), nil)
		// A store may list a delivered chat until it looks again; a claim
		// then finds nothing to send.
		if d, _ := st.Claim(ctx, "c", "b", t0.Add(2*time.Minute), t0.Add(3*time.Minute)); len(d.Outbox) != 0 {
			t.Errorf("claim of a delivered outbox: %+v", d)
		}
		if got, _ := st.Pending(ctx, time.Time{}, 10); len(got) != 0 {
			t.Errorf("pending after delivery and a look: %q", got)
		}
	})
	t.Run("delete keeps the delivery record", func(t *testing.T) {
		st := newStore(t)
		first(t, st)
		st.Progress(ctx, "c", 10, "a", t0.Add(time.Minute), nil)
		if err := st.Commit(ctx, "c", dialog.Commit{Update: 11, At: t0, Version: 1, Delete: true, Outbox: []byte("gone")}); err != nil {
			t.Fatal(err)
		}
		rec, _ := st.Open(ctx, "c")
		if rec.Version != 0 || rec.Session.Check != "" || rec.Update != 11 || string(rec.Outbox) != "gone" {
			t.Errorf("after a deleting commit: %+v", rec)
		}
	})
	t.Run("lost checks", func(t *testing.T) {
		st := newStore(t)
		if err := st.MarkLost(ctx, "c", 10, t0); err != nil {
			t.Fatal(err)
		}
		rec, _ := st.Open(ctx, "c")
		if !rec.Lost || rec.Update != 10 {
			t.Errorf("after MarkLost: %+v", rec)
		}
		if err := st.Commit(ctx, "c", dialog.Commit{Update: 10, At: t0}); !errors.Is(err, dialog.ErrApplied) {
			t.Errorf("the update known when the data was lost is applied: %v", err)
		}
		if err := st.Commit(ctx, "c", dialog.Commit{Update: 12, At: t0}); err != nil {
			t.Fatal(err)
		}
		if rec, _ := st.Open(ctx, "c"); rec.Lost {
			t.Errorf("a commit left Lost set")
		}
		st.MarkLost(ctx, "c", 11, t0)
		if rec, _ := st.Open(ctx, "c"); rec.Lost || rec.Update != 12 {
			t.Errorf("MarkLost behind the last update changed the chat: %+v", rec)
		}
	})
	t.Run("concurrent commits of one update apply it once", func(t *testing.T) {
		st := newStore(t)
		var wg sync.WaitGroup
		var mu sync.Mutex
		applied := 0
		for i := 0; i < 8; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s := dialog.Session{Round: i}
				err := st.Commit(ctx, "hot", dialog.Commit{Update: 5, At: t0, Session: &s, Outbox: []byte("o"), Owner: "w"})
				switch {
				case err == nil:
					mu.Lock()
					applied++
					mu.Unlock()
				case !errors.Is(err, dialog.ErrApplied) && !errors.Is(err, dialog.ErrConflict):
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		if applied != 1 {
			t.Errorf("update applied %d times, want once", applied)
		}
	})
}
