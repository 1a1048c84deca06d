package review

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/dialog"
)

// Recorder is the dialog.Recorder that keeps verdicts in a Store.
type Recorder struct {
	store  Store
	corpus *corpus.Corpus
}

// NewRecorder returns a recorder keeping verdicts in st.
func NewRecorder(st Store, c *corpus.Corpus) *Recorder {
	return &Recorder{store: st, corpus: c}
}

// Record stores v for chat under its reference number (see Ref).
func (r *Recorder) Record(ctx context.Context, chat string, v dialog.VerdictRecord) (string, error) {
	v.Ref = Ref(chat, v)
	rec := Verdict{VerdictRecord: v, Chat: chat}
	if ch, ok := r.corpus.Check(v.Check); ok {
		rec.RuleHash = RuleHash(ch)
	}
	if err := r.store.PutVerdict(ctx, rec); err != nil {
		return "", fmt.Errorf("review: store verdict: %w", err)
	}
	return v.Ref, nil
}

// Mine returns the chat's records, newest first.
func (r *Recorder) Mine(ctx context.Context, chat string) ([]dialog.VerdictRecord, error) {
	vs, err := r.store.VerdictsOf(ctx, chat)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(vs, func(a, b Verdict) int { return b.At.Compare(a.At) })
	out := make([]dialog.VerdictRecord, len(vs))
	for i, v := range vs {
		out[i] = v.VerdictRecord
	}
	return out, nil
}

// Forget deletes every record of the chat.
func (r *Recorder) Forget(ctx context.Context, chat string) error {
	return r.store.ForgetChat(ctx, chat)
}

// Ref is a verdict's reference number: eight characters (two groups of
// four, K7Q2-M9XA) of a hash of the chat, the round and the answers. It
// is the same when the same verdict is recorded again, and does not reveal
// the chat.
func Ref(chat string, v dialog.VerdictRecord) string {
	var b strings.Builder
	b.WriteString(chat + "\x00" + strconv.Itoa(v.Round) + "\x00" + v.Check)
	for _, a := range v.Answers {
		b.WriteString("\x00" + a.Slot + "=" + a.Value)
	}
	id := hashID(b.String(), 8)
	return id[:4] + "-" + id[4:]
}

var refRe = regexp.MustCompile(`^[0-9A-Z]{4}-?[0-9A-Z]{4}$`)

// ParseRef reads a reference number as people type it: any case, with or
// without the dash or spaces, 「自查编号」 before it.
func ParseRef(s string) (string, bool) {
	s = strings.ToUpper(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "自查编号")))
	s = strings.NewReplacer(" ", "", "　", "", "–", "-", "—", "-").Replace(s)
	if !refRe.MatchString(s) {
		return "", false
	}
	s = strings.ReplaceAll(s, "-", "")
	return s[:4] + "-" + s[4:], true
}

// RuleHash is a short hash of a check's rule data (questions, rules,
// quotes), so a record shows which version of the rules produced it.
func RuleHash(ch *corpus.Check) string {
	data, err := json.Marshal(ch)
	if err != nil { // a Check is plain data; it always marshals
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:6])
}
