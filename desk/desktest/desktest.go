// Package desktest is the contract every desk.Store passes.
package desktest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/desk"
)

// Harness is a fresh, empty store and a way to let its closed cases'
// retention run out.
type Harness struct {
	Store  desk.Store
	Expire func()
	// Now is the clock the desk runs on; tests move it for Due.
	Now func() time.Time
}

// Run runs the contract.
func Run(t *testing.T, newHarness func(t *testing.T) Harness) {
	ctx := context.Background()
	ann := desk.Person{ID: 11, Name: "安"}
	bo := desk.Person{ID: 12, Name: "博"}
	staff := desk.Person{ID: 90, Name: "值班员"}
	open := func(t *testing.T, d *desk.Desk, p desk.Person) desk.Case {
		t.Helper()
		c, _, err := d.Open(ctx, desk.Request{User: p, Why: desk.Asked, Check: "loan", Answers: []string{"申请人：高校毕业生本人"}, Verdict: []string{"❔ x（第14条）"}, Articles: []int{14}})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	t.Run("one open case per user", func(t *testing.T) {
		h := newHarness(t)
		d := desk.New(h.Store, h.Now)
		a1 := open(t, d, ann)
		a2, created, err := d.Open(ctx, desk.Request{User: ann, Why: desk.Words})
		if err != nil || created || a2.ID != a1.ID {
			t.Fatalf("second request: case %d created=%v err=%v, want case %d added to", a2.ID, created, err, a1.ID)
		}
		if a2.Check != "loan" || len(a2.Answers) != 1 || a2.Articles[0] != 14 {
			t.Errorf("a request without a check dropped the case's answers: %+v", a2)
		}
		if n := len(a2.Events); n != 2 {
			t.Errorf("events: got %d, want opened and asked-again", n)
		}
		b := open(t, d, bo)
		if b.ID == a1.ID {
			t.Errorf("two users share case %d", b.ID)
		}
		got, err := d.OpenOf(ctx, ann.ID)
		if err != nil || got.ID != a1.ID || got.User != ann {
			t.Errorf("OpenOf: %+v, %v", got, err)
		}
		list, err := d.List(ctx)
		if err != nil || len(list) != 2 || list[0].ID != a1.ID || list[1].ID != b.ID {
			t.Errorf("List: %+v, %v", list, err)
		}
	})
	t.Run("many requests at once make one case", func(t *testing.T) {
		h := newHarness(t)
		d := desk.New(h.Store, h.Now)
		var wg sync.WaitGroup
		ids := make([]int64, 30)
		for i := range ids {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, _, err := d.Open(ctx, desk.Request{User: ann, Why: desk.Asked})
				if err != nil {
					t.Error(err)
				}
				ids[i] = c.ID
			}()
		}
		wg.Wait()
		for _, id := range ids {
			if id != ids[0] {
				t.Fatalf("ids %v: want one case", ids)
			}
		}
		list, _ := d.List(ctx)
		if len(list) != 1 {
			t.Errorf("%d open cases, want 1", len(list))
		}
	})
	t.Run("claim, say, close", func(t *testing.T) {
		h := newHarness(t)
		d := desk.New(h.Store, h.Now)
		c := open(t, d, ann)
		if _, err := d.Claim(ctx, c.ID, staff); err != nil {
			t.Fatal(err)
		}
		if _, err := d.Claim(ctx, c.ID, staff); err != nil {
			t.Errorf("claiming one's own case again: %v", err)
		}
		if _, err := d.Claim(ctx, c.ID, desk.Person{ID: 91}); !errors.Is(err, desk.ErrClaimed) {
			t.Errorf("another's claim: %v, want ErrClaimed", err)
		}
		for i := range desk.MaxMessages + 5 {
			if _, err := d.Say(ctx, c.ID, desk.Message{By: ann.ID, Text: string(rune('a' + i))}, ann); err != nil {
				t.Fatal(err)
			}
		}
		got, _ := d.Get(ctx, c.ID)
		if len(got.Messages) != desk.MaxMessages || got.Messages[len(got.Messages)-1].Text != string(rune('a'+desk.MaxMessages+4)) {
			t.Errorf("messages kept: %d, last %q", len(got.Messages), got.Messages[len(got.Messages)-1].Text)
		}
		if got.State != desk.Claimed || got.Owner.ID != staff.ID {
			t.Errorf("state %s owner %+v", got.State, got.Owner)
		}
		closed, err := d.Close(ctx, c.ID, staff.ID)
		if err != nil || closed.State != desk.Closed || closed.Closed.IsZero() {
			t.Fatalf("Close: %+v, %v", closed, err)
		}
		if _, err := d.Close(ctx, c.ID, staff.ID); !errors.Is(err, desk.ErrClosed) {
			t.Errorf("closing twice: %v", err)
		}
		if _, err := d.Say(ctx, c.ID, desk.Message{Staff: true, By: staff.ID, Text: "x"}, staff); !errors.Is(err, desk.ErrClosed) {
			t.Errorf("a reply into a closed case: %v, want ErrClosed", err)
		}
		if _, err := d.OpenOf(ctx, ann.ID); !errors.Is(err, desk.ErrNotFound) {
			t.Errorf("OpenOf after close: %v", err)
		}
		if list, _ := d.List(ctx); len(list) != 0 {
			t.Errorf("closed case still listed: %+v", list)
		}
		again := open(t, d, ann)
		if again.ID == c.ID {
			t.Errorf("a request after closing reopened case %d", c.ID)
		}
		if _, err := d.Get(ctx, c.ID); err != nil {
			t.Errorf("closed case gone before its retention: %v", err)
		}
		h.Expire()
		if _, err := d.Get(ctx, c.ID); !errors.Is(err, desk.ErrNotFound) {
			t.Errorf("closed case after its retention: %v", err)
		}
		if _, err := d.Get(ctx, again.ID); err != nil {
			t.Errorf("an open case expired: %v", err)
		}
	})
	t.Run("a staff reply claims a waiting case", func(t *testing.T) {
		h := newHarness(t)
		d := desk.New(h.Store, h.Now)
		c := open(t, d, ann)
		got, err := d.Say(ctx, c.ID, desk.Message{Staff: true, By: staff.ID, Text: "您好"}, staff)
		if err != nil || got.State != desk.Claimed || got.Owner != staff {
			t.Errorf("after a staff reply: %+v, %v", got, err)
		}
	})
	t.Run("links", func(t *testing.T) {
		h := newHarness(t)
		d := desk.New(h.Store, h.Now)
		c := open(t, d, ann)
		if _, err := d.Find(ctx, desk.MessageKey(5)); !errors.Is(err, desk.ErrNotFound) {
			t.Errorf("unlinked message: %v", err)
		}
		if err := d.Link(ctx, desk.MessageKey(5), c.ID); err != nil {
			t.Fatal(err)
		}
		if err := d.Link(ctx, desk.TopicKey(5), c.ID); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{desk.MessageKey(5), desk.TopicKey(5)} {
			if got, err := d.Find(ctx, k); err != nil || got.ID != c.ID {
				t.Errorf("Find %s: %d, %v", k, got.ID, err)
			}
		}
		if _, err := d.Find(ctx, desk.TopicKey(6)); !errors.Is(err, desk.ErrNotFound) {
			t.Errorf("another topic: %v", err)
		}
		p, err := d.Placed(ctx, c.ID, 5, 7)
		if err != nil || p.Topic != 5 || p.Post != 7 {
			t.Errorf("Placed: %+v, %v", p, err)
		}
		p, _ = d.Placed(ctx, c.ID, 0, 8)
		if p.Post != 7 {
			t.Errorf("a second placement moved the post to %d", p.Post)
		}
	})
	t.Run("forget removes open and closed cases", func(t *testing.T) {
		h := newHarness(t)
		d := desk.New(h.Store, h.Now)
		c1 := open(t, d, ann)
		d.Placed(ctx, c1.ID, 0, 40)
		d.Link(ctx, desk.MessageKey(40), c1.ID)
		d.Close(ctx, c1.ID, staff.ID)
		c2 := open(t, d, ann)
		b := open(t, d, bo)
		gone, err := d.Forget(ctx, ann.ID)
		if err != nil || len(gone) != 2 || gone[0].ID != c1.ID || gone[1].ID != c2.ID || gone[0].Post != 40 {
			t.Fatalf("Forget: %+v, %v", gone, err)
		}
		for _, id := range []int64{c1.ID, c2.ID} {
			if _, err := d.Get(ctx, id); !errors.Is(err, desk.ErrNotFound) {
				t.Errorf("case %d after forget: %v", id, err)
			}
		}
		if _, err := d.Find(ctx, desk.MessageKey(40)); !errors.Is(err, desk.ErrNotFound) {
			t.Errorf("link of a forgotten case: %v", err)
		}
		if _, err := d.OpenOf(ctx, ann.ID); !errors.Is(err, desk.ErrNotFound) {
			t.Errorf("OpenOf after forget: %v", err)
		}
		if list, _ := d.List(ctx); len(list) != 1 || list[0].ID != b.ID {
			t.Errorf("List after forget: %+v", list)
		}
		if again, _ := d.Forget(ctx, ann.ID); len(again) != 0 {
			t.Errorf("forget twice: %+v", again)
		}
	})
	t.Run("due cases are raised once", func(t *testing.T) {
		h := newHarness(t)
		var mu sync.Mutex
		now := time.Now()
		clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
		d := desk.New(h.Store, clock)
		c := open(t, d, ann)
		b := open(t, d, bo)
		d.Claim(ctx, b.ID, staff)
		if due, _ := d.Due(ctx, 10*time.Minute); len(due) != 0 {
			t.Errorf("due at once: %+v", due)
		}
		mu.Lock()
		now = now.Add(11 * time.Minute)
		mu.Unlock()
		var wg sync.WaitGroup
		var total sync.Map
		for range 5 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				due, err := d.Due(ctx, 10*time.Minute)
				if err != nil {
					t.Error(err)
				}
				for _, x := range due {
					n, _ := total.LoadOrStore(x.ID, new(int))
					mu.Lock()
					*n.(*int)++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		n, ok := total.Load(c.ID)
		if !ok || *n.(*int) != 1 {
			t.Errorf("the waiting case was raised %v times, want once", n)
		}
		if _, ok := total.Load(b.ID); ok {
			t.Errorf("a claimed case was raised")
		}
	})
}
