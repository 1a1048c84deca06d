// Package storetest is the contract every review.Store must meet, as a test
// suite each implementation runs against itself.
package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/review"
)

// Harness is one fresh, empty store under test.
type Harness struct {
	Store review.Store
	// Now is the store's clock.
	Now func() time.Time
	// ExpireVerdicts lets the records' retention pass, so that every
	// record stored before the call has expired.
	ExpireVerdicts func()
}

func sampleVerdict(ref, chat string, at time.Time) review.Verdict {
	return review.Verdict{
		VerdictRecord: dialog.VerdictRecord{
			Ref: ref, Check: "loan", Title: "创业担保贷款", Round: 3,
			Answers: []dialog.RecordedAnswer{{Slot: "who", Name: "申请人", Value: "grad", Label: "高校毕业生本人"}},
			Rules:   []dialog.Conclusion{{Mark: "✅", Fact: "可申请不超过20万元的创业担保贷款", Article: 14}},
			At:      at,
		},
		Chat: chat, RuleHash: "abc123",
	}
}

// Run runs the contract against stores made by newHarness, one per subtest.
func Run(t *testing.T, newHarness func(t *testing.T) Harness) {
	ctx := context.Background()
	t.Run("declines are counted per group over the days asked", func(t *testing.T) {
		h := newHarness(t)
		st, now := h.Store, h.Now()
		twoDaysAgo := now.AddDate(0, 0, -2)
		for _, d := range []struct {
			id      string
			words   []string
			example string
			at      time.Time
		}{
			{"QAAAA", []string{"公积金", "贷款"}, "公积金贷款怎么办", twoDaysAgo},
			{"QAAAA", []string{"公积金", "贷款"}, "公积金贷款能贷多少", twoDaysAgo},
			{"QAAAA", []string{"公积金", "贷款"}, "公积金贷款利率", now},
			{"QBBBB", []string{"落户"}, "怎么落户", now},
		} {
			if err := st.AddDecline(ctx, d.id, d.words, d.example, d.at); err != nil {
				t.Fatal(err)
			}
		}
		byID := func(gs []review.Group) map[string]review.Group {
			m := map[string]review.Group{}
			for _, g := range gs {
				m[g.ID] = g
			}
			return m
		}
		gs, err := st.Declines(ctx, twoDaysAgo, now)
		if err != nil {
			t.Fatal(err)
		}
		got := byID(gs)
		if len(got) != 2 || got["QAAAA"].Count != 3 || got["QBBBB"].Count != 1 {
			t.Errorf("last three days: got %+v, want QAAAA×3 and QBBBB×1", gs)
		}
		if g := got["QAAAA"]; g.Example != "公积金贷款利率" || !slices.Equal(g.Words, []string{"公积金", "贷款"}) {
			t.Errorf("group: got %+v, want the latest example and its words", g)
		}
		if g := got["QAAAA"]; g.Last.UTC().Format("2006-01-02") != now.UTC().Format("2006-01-02") {
			t.Errorf("last day: got %v, want %v", g.Last, now)
		}
		gs, err = st.Declines(ctx, now, now)
		if err != nil {
			t.Fatal(err)
		}
		if got := byID(gs); got["QAAAA"].Count != 1 || got["QBBBB"].Count != 1 {
			t.Errorf("today only: got %+v, want one each", gs)
		}
	})
	t.Run("no declines", func(t *testing.T) {
		h := newHarness(t)
		gs, err := h.Store.Declines(ctx, h.Now().AddDate(0, 0, -30), h.Now())
		if err != nil || len(gs) != 0 {
			t.Errorf("got %v, %v; want nothing", gs, err)
		}
	})
	t.Run("entries", func(t *testing.T) {
		h := newHarness(t)
		st := h.Store
		if _, err := st.Entry(ctx, "E1"); !errors.Is(err, review.ErrNotFound) {
			t.Errorf("missing entry: got %v, want ErrNotFound", err)
		}
		at := h.Now().Truncate(time.Second)
		e := review.Entry{ID: "E1", Question: "大学生创业贷款利率多少", Words: []string{"利率", "创业", "大学生", "贷款"},
			Article: 14, Quote: "对符合条件的高校毕业生", Answer: "按人民银行规定执行。", State: review.Draft,
			Author: 7, Written: at, Document: "临州办发〔2021〕48号", Until: at.AddDate(1, 0, 0)}
		if err := st.PutEntry(ctx, e); err != nil {
			t.Fatal(err)
		}
		got, err := st.Entry(ctx, "E1")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(e, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
			t.Errorf("entry (-want +got):\n%s", diff)
		}
		e.State, e.Approver, e.Approved = review.Approved, 8, at
		if err := st.PutEntry(ctx, e); err != nil {
			t.Fatal(err)
		}
		if err := st.PutEntry(ctx, review.Entry{ID: "E2", State: review.Draft}); err != nil {
			t.Fatal(err)
		}
		all, err := st.Entries(ctx)
		if err != nil {
			t.Fatal(err)
		}
		slices.SortFunc(all, func(a, b review.Entry) int { return cmpStr(a.ID, b.ID) })
		if len(all) != 2 || all[0].State != review.Approved || all[0].Approver != 8 || all[1].ID != "E2" {
			t.Errorf("entries: got %+v", all)
		}
	})
	t.Run("verdicts by number and by chat", func(t *testing.T) {
		h := newHarness(t)
		st := h.Store
		at := h.Now().Truncate(time.Second)
		a1, a2, b1 := sampleVerdict("AAAA-1111", "tg:1", at), sampleVerdict("AAAA-2222", "tg:1", at.Add(time.Minute)), sampleVerdict("BBBB-1111", "tg:2", at)
		for _, v := range []review.Verdict{a1, a2, b1} {
			if err := st.PutVerdict(ctx, v); err != nil {
				t.Fatal(err)
			}
		}
		got, err := st.Verdict(ctx, "AAAA-1111")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(a1, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
			t.Errorf("verdict (-want +got):\n%s", diff)
		}
		if _, err := st.Verdict(ctx, "ZZZZ-9999"); !errors.Is(err, review.ErrNotFound) {
			t.Errorf("missing verdict: got %v, want ErrNotFound", err)
		}
		mine, err := st.VerdictsOf(ctx, "tg:1")
		if err != nil {
			t.Fatal(err)
		}
		if refs := refsOf(mine); !slices.Equal(refs, []string{"AAAA-1111", "AAAA-2222"}) {
			t.Errorf("tg:1's records: got %v", refs)
		}
		if err := st.PutVerdict(ctx, a1); err != nil { // recorded again: still one
			t.Fatal(err)
		}
		if mine, _ := st.VerdictsOf(ctx, "tg:1"); len(mine) != 2 {
			t.Errorf("after recording again: got %d records, want 2", len(mine))
		}
	})
	t.Run("forget removes only the chat's records", func(t *testing.T) {
		h := newHarness(t)
		st := h.Store
		at := h.Now()
		for _, v := range []review.Verdict{sampleVerdict("AAAA-1111", "tg:1", at), sampleVerdict("AAAA-2222", "tg:1", at), sampleVerdict("BBBB-1111", "tg:2", at)} {
			if err := st.PutVerdict(ctx, v); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.ForgetChat(ctx, "tg:1"); err != nil {
			t.Fatal(err)
		}
		for _, ref := range []string{"AAAA-1111", "AAAA-2222"} {
			if _, err := st.Verdict(ctx, ref); !errors.Is(err, review.ErrNotFound) {
				t.Errorf("%s after forget: got %v, want ErrNotFound", ref, err)
			}
		}
		if mine, err := st.VerdictsOf(ctx, "tg:1"); err != nil || len(mine) != 0 {
			t.Errorf("tg:1 after forget: got %v, %v", mine, err)
		}
		if _, err := st.Verdict(ctx, "BBBB-1111"); err != nil {
			t.Errorf("another chat's record: %v", err)
		}
		if err := st.ForgetChat(ctx, "never-seen"); err != nil {
			t.Errorf("forget of a chat with nothing: %v", err)
		}
	})
	t.Run("verdicts expire", func(t *testing.T) {
		h := newHarness(t)
		st := h.Store
		if err := st.PutVerdict(ctx, sampleVerdict("AAAA-1111", "tg:1", h.Now())); err != nil {
			t.Fatal(err)
		}
		h.ExpireVerdicts()
		if _, err := st.Verdict(ctx, "AAAA-1111"); !errors.Is(err, review.ErrNotFound) {
			t.Errorf("expired record: got %v, want ErrNotFound", err)
		}
		if mine, err := st.VerdictsOf(ctx, "tg:1"); err != nil || len(mine) != 0 {
			t.Errorf("expired records by chat: got %v, %v", mine, err)
		}
	})
}

func refsOf(vs []review.Verdict) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Ref)
	}
	slices.Sort(out)
	return out
}

func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
