package dialog

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/linxia-talent/policybot/corpus"
)

// Recorder keeps a record of every finished check, under a short reference
// number the person can show at the office. It is optional: an engine
// without one gives verdicts without numbers and answers /mine that none
// are kept.
type Recorder interface {
	// Record stores v for chat and returns its reference number. The same
	// chat, round and answers give the same number, so recording a verdict
	// again (a retried update) keeps one record.
	Record(ctx context.Context, chat string, v VerdictRecord) (ref string, err error)
	// Mine returns the chat's records still kept, newest first.
	Mine(ctx context.Context, chat string) ([]VerdictRecord, error)
	// Forget deletes every record of the chat.
	Forget(ctx context.Context, chat string) error
}

// VerdictRecord is what is kept of one finished check.
type VerdictRecord struct {
	// Ref is the reference number (K7Q2-M9XA); empty before it is recorded.
	Ref string `json:"ref,omitempty"`
	// Check is the check's id, Title its title.
	Check string `json:"check"`
	Title string `json:"title"`
	// Round is the chat's count of checks started when this one ended.
	Round int `json:"round"`
	// Answers are the answers the verdict rests on, in the check's order.
	Answers []RecordedAnswer `json:"answers"`
	// Rules are each rule's conclusion, as the verdict stated it.
	Rules []Conclusion `json:"rules"`
	// At is when the verdict was given.
	At time.Time `json:"at"`
}

// RecordedAnswer is one answer of a recorded check.
type RecordedAnswer struct {
	Slot  string `json:"slot"`
	Name  string `json:"name"`
	Value string `json:"value"`
	Label string `json:"label"`
}

// Lines renders the record for a person or staff: number, check, date,
// answers and conclusions.
func (v VerdictRecord) Lines() []string {
	out := []string{fmt.Sprintf(txtRecordHead, v.Ref, v.Title, corpus.FormatDate(v.At))}
	var ans []string
	for _, a := range v.Answers {
		ans = append(ans, a.Name+"「"+a.Label+"」")
	}
	if len(ans) > 0 {
		out = append(out, txtRecordAnswers+strings.Join(ans, "，"))
	}
	for _, c := range v.Rules {
		out = append(out, c.String())
	}
	return out
}

// newRecord is what a verdict on answers a of ch keeps.
func newRecord(ch *corpus.Check, a answers, sum *Summary) *VerdictRecord {
	v := &VerdictRecord{Check: ch.ID, Title: ch.Title, Rules: slices.Clone(sum.Lines)}
	for _, sl := range ch.Slots {
		if val, ok := a[sl.ID]; ok {
			v.Answers = append(v.Answers, RecordedAnswer{Slot: sl.ID, Name: sl.Name, Value: val, Label: sl.Label(val)})
		}
	}
	return v
}

// recordVerdict stores the verdict r gives, if any, and shows its number
// beside the conclusions. A failure to store is the operator's: the user
// keeps the verdict and hears that it has no number this time.
func (e *Engine) recordVerdict(ctx context.Context, chat string, round int, r *Reply) error {
	if e.recorder == nil || r.Verdict == nil || r.Verdict.record == nil {
		return nil
	}
	v := *r.Verdict.record
	v.Round, v.At = round, e.now()
	ref, err := e.recorder.Record(ctx, chat, v)
	note := Block{Kind: Note, Text: fmt.Sprintf(txtRecordRef, ref)}
	if err != nil {
		note.Text = txtRecordFailed
		err = fmt.Errorf("dialog: record verdict: %w", err)
	}
	r.Verdict.Ref = ref
	at := min(r.Verdict.refAt, len(r.Blocks))
	r.Blocks = slices.Insert(r.Blocks, at, note)
	return err
}

// mine lists the chat's kept records.
func (e *Engine) mine(ctx context.Context, chat string) (Reply, error) {
	var r Reply
	if e.recorder == nil {
		r.plain(txtMineOff)
		return r, nil
	}
	recs, err := e.recorder.Mine(ctx, chat)
	if err != nil {
		r.plain(txtMineFailed)
		return r, fmt.Errorf("dialog: list records: %w", err)
	}
	if len(recs) == 0 {
		r.plain(txtMineNone)
		return r, nil
	}
	r.add(Heading, fmt.Sprintf(txtMineHead, len(recs)))
	for _, v := range recs {
		r.plain(strings.Join(v.Lines(), "\n"))
	}
	r.add(Note, txtMineTail)
	return r, nil
}
