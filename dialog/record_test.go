package dialog

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// fakeRecorder keeps records in a map; fail, when set, is returned by
// Record.
type fakeRecorder struct {
	recs   map[string][]VerdictRecord
	fail   error
	forgot []string
}

func (f *fakeRecorder) Record(_ context.Context, chat string, v VerdictRecord) (string, error) {
	if f.fail != nil {
		return "", f.fail
	}
	v.Ref = "TEST-0001"
	f.recs[chat] = append(f.recs[chat], v)
	return v.Ref, nil
}

func (f *fakeRecorder) Mine(_ context.Context, chat string) ([]VerdictRecord, error) {
	return f.recs[chat], nil
}

func (f *fakeRecorder) Forget(_ context.Context, chat string) error {
	delete(f.recs, chat)
	f.forgot = append(f.forgot, chat)
	return nil
}

func recordingEngine(t *testing.T, rec Recorder) *Engine {
	t.Helper()
	e, err := New(Config{Corpus: loadCorpus(t), Answerer: fakeAnswerer{}, Store: newMapStore(), Recorder: rec,
		Now: func() time.Time { return lapsedDay }, Normalize: normalizer(t)})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestVerdictRecorded: a finished check is recorded with its answers and
// conclusions, its number shown right under the conclusions; /mine lists
// it; /forget forgets it; a recorder that fails costs the number, not the
// verdict.
func TestVerdictRecorded(t *testing.T) {
	rec := &fakeRecorder{recs: map[string][]VerdictRecord{}}
	e := recordingEngine(t, rec)
	send(t, e, "c1", askGuarantee)
	send(t, e, "c1", "/check 1")
	send(t, e, "c1", "我不是大学生")
	r := send(t, e, "c1", "沒有")
	if r.Verdict == nil || r.Verdict.Ref != "TEST-0001" {
		t.Fatalf("verdict number: got %+v", r.Verdict)
	}
	i := -1
	for k, b := range r.Blocks {
		if strings.HasPrefix(b.Text, "自查编号 TEST-0001") {
			i = k
		}
	}
	if i < 1 || !strings.Contains(r.Blocks[i-1].Text, "（第14条）") {
		t.Errorf("the number should follow the conclusions:\n%s", r.Text())
	}
	got := rec.recs["c1"]
	if len(got) != 1 || got[0].Check != "loan" || got[0].Round != 1 || len(got[0].Rules) != 2 || !got[0].At.Equal(lapsedDay) {
		t.Fatalf("record: %+v", got)
	}
	if a := got[0].Answers; len(a) != 2 || a[0].Slot != "who" || a[1].Label != "否" {
		t.Errorf("answers recorded: %+v", a)
	}
	if mine := send(t, e, "c1", "/mine").Text(); !strings.Contains(mine, "自查编号 TEST-0001｜创业担保贷款") {
		t.Errorf("/mine:\n%s", mine)
	}
	send(t, e, "c1", "/forget")
	if len(rec.forgot) != 1 || rec.forgot[0] != "c1" {
		t.Errorf("/forget did not reach the recorder: %v", rec.forgot)
	}

	rec.fail = errors.New("store down")
	send(t, e, "c2", askGuarantee)
	send(t, e, "c2", "/check 1")
	send(t, e, "c2", "我不是大学生")
	r, err := e.Handle(context.Background(), Input{Chat: "c2", Text: "沒有"})
	if err == nil || r.Verdict == nil || !strings.Contains(r.Text(), txtRecordFailed) || !strings.Contains(r.Text(), "（第14条）") {
		t.Errorf("failing recorder: err %v, reply:\n%s", err, r.Text())
	}

	plain := recordingEngine(t, nil)
	send(t, plain, "c3", "/check 1")
	send(t, plain, "c3", "我不是大学生")
	if r := send(t, plain, "c3", "沒有"); strings.Contains(r.Text(), "自查编号") {
		t.Errorf("no recorder, yet a number:\n%s", r.Text())
	}
	if r := send(t, plain, "c3", "/mine"); !strings.Contains(r.Text(), txtMineOff) {
		t.Errorf("/mine without a recorder:\n%s", r.Text())
	}
}

// TestFillPlaceholders: a case's text names the answer as said, and how far
// a number goes past or falls short of a bound.
func TestFillPlaceholders(t *testing.T) {
	ch := loadCorpus(t).Checks[1] // leave: years in 年
	for _, c := range []struct {
		text, years, want string
	}{
		{"累计{years}", "7", "累计7年"},
		{"多出{years_over:6}", "7", "多出1年"},
		{"还差{years_left:6}", "4", "还差2年"},
		{"还差{years_left:6}", "8", "还差0年"},
		{"{years_over:6}", "unsure", "不确定"},
	} {
		if got := fill(ch, c.text, answers{"years": c.years}); got != c.want {
			t.Errorf("fill(%q, years=%s) = %q, want %q", c.text, c.years, got, c.want)
		}
	}
}
