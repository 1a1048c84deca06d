// Package storetest is the contract every dialog.SessionStore must meet, as
// a test suite each implementation runs against itself.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/linxia-talent/policybot/dialog"
)

// Harness is one fresh, empty store under test.
type Harness struct {
	Store dialog.SessionStore
	// Expire lets the store's idle time pass, so that every session saved
	// before the call has expired.
	Expire func()
}

// Run runs the contract against stores made by newHarness, one per subtest.
func Run(t *testing.T, newHarness func(t *testing.T) Harness) {
	ctx := context.Background()
	sample := dialog.Session{
		Check: "loan", Answers: map[string]string{"who": "grad", "years": "3"},
		Order: []string{"who", "years"}, Pending: "spouse", Wrong: 2, Round: 7, Noticed: true,
	}
	t.Run("missing session is empty", func(t *testing.T) {
		st := newHarness(t).Store
		s, v, err := st.Load(ctx, "nobody")
		if err != nil || v != 0 || !cmp.Equal(s, dialog.Session{}) {
			t.Errorf("Load: got %+v, %d, %v; want zero, 0, nil", s, v, err)
		}
	})
	t.Run("save then load", func(t *testing.T) {
		st := newHarness(t).Store
		if err := st.Save(ctx, "c1", sample, 0); err != nil {
			t.Fatal(err)
		}
		s, v, err := st.Load(ctx, "c1")
		if err != nil {
			t.Fatal(err)
		}
		if v != 1 {
			t.Errorf("version: got %d, want 1", v)
		}
		if diff := cmp.Diff(sample, s); diff != "" {
			t.Errorf("session (-want +got):\n%s", diff)
		}
		if err := st.Save(ctx, "c1", dialog.Session{Round: 8}, v); err != nil {
			t.Fatal(err)
		}
		if s, v, _ := st.Load(ctx, "c1"); v != 2 || s.Round != 8 || s.Check != "" {
			t.Errorf("after second save: got %+v at %d", s, v)
		}
	})
	t.Run("stale version conflicts", func(t *testing.T) {
		st := newHarness(t).Store
		if err := st.Save(ctx, "c1", sample, 0); err != nil {
			t.Fatal(err)
		}
		for _, v := range []int64{0, 2, 99} {
			if err := st.Save(ctx, "c1", dialog.Session{}, v); !errors.Is(err, dialog.ErrConflict) {
				t.Errorf("Save at version %d: got %v, want ErrConflict", v, err)
			}
		}
		if s, _, _ := st.Load(ctx, "c1"); !cmp.Equal(s, sample) {
			t.Errorf("a conflicting save changed the session: %+v", s)
		}
	})
	t.Run("chats are separate", func(t *testing.T) {
		st := newHarness(t).Store
		st.Save(ctx, "a", dialog.Session{Round: 1}, 0)
		st.Save(ctx, "b", dialog.Session{Round: 2}, 0)
		a, _, _ := st.Load(ctx, "a")
		b, _, _ := st.Load(ctx, "b")
		if a.Round != 1 || b.Round != 2 {
			t.Errorf("got a=%d b=%d, want 1 and 2", a.Round, b.Round)
		}
	})
	t.Run("delete", func(t *testing.T) {
		st := newHarness(t).Store
		st.Save(ctx, "c1", sample, 0)
		st.Save(ctx, "c2", sample, 0)
		if err := st.Delete(ctx, "c1"); err != nil {
			t.Fatal(err)
		}
		if s, v, err := st.Load(ctx, "c1"); err != nil || v != 0 || !cmp.Equal(s, dialog.Session{}) {
			t.Errorf("after Delete: got %+v, %d, %v", s, v, err)
		}
		if _, v, _ := st.Load(ctx, "c2"); v != 1 {
			t.Errorf("Delete of c1 touched c2")
		}
		if err := st.Delete(ctx, "never-seen"); err != nil {
			t.Errorf("Delete of a missing chat: %v", err)
		}
		if err := st.Save(ctx, "c1", sample, 0); err != nil {
			t.Errorf("save after delete starts at version 0: %v", err)
		}
	})
	t.Run("idle sessions expire", func(t *testing.T) {
		h := newHarness(t)
		h.Store.Save(ctx, "c1", sample, 0)
		h.Expire()
		if s, v, err := h.Store.Load(ctx, "c1"); err != nil || v != 0 || !cmp.Equal(s, dialog.Session{}) {
			t.Errorf("after expiry: got %+v, %d, %v", s, v, err)
		}
		if err := h.Store.Save(ctx, "c1", sample, 0); err != nil {
			t.Errorf("save after expiry starts at version 0: %v", err)
		}
	})
	t.Run("concurrent updates are never lost", func(t *testing.T) {
		st := newHarness(t).Store
		const workers, each = 8, 25
		var wg sync.WaitGroup
		errs := make(chan error, workers)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < each; i++ {
					if err := increment(ctx, st, "hot"); err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		s, v, _ := st.Load(ctx, "hot")
		if s.Round != workers*each || v != workers*each {
			t.Errorf("after %d increments: round %d, version %d", workers*each, s.Round, v)
		}
	})
}

// increment adds one to the session's Round with a load-save loop, the way
// the engine updates a session.
func increment(ctx context.Context, st dialog.SessionStore, chat string) error {
	for attempt := 0; attempt < 10000; attempt++ {
		s, v, err := st.Load(ctx, chat)
		if err != nil {
			return err
		}
		s.Round++
		err = st.Save(ctx, chat, s, v)
		if err == nil {
			return nil
		}
		if !errors.Is(err, dialog.ErrConflict) {
			return err
		}
	}
	return fmt.Errorf("increment: too many conflicts")
}
