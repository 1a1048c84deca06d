package dialog

import (
	"context"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/internal/zh"
)

// mapStore is a plain SessionStore for the engine's own tests (the real
// stores import this package, so they cannot be used here; they run the
// same contract in their own packages).
type mapStore struct {
	mu       sync.Mutex
	sessions map[string]Session
	versions map[string]int64
	// fail, when set, is returned by every call.
	fail error
}

func newMapStore() *mapStore {
	return &mapStore{sessions: map[string]Session{}, versions: map[string]int64{}}
}

func (m *mapStore) Load(_ context.Context, chat string) (Session, int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return Session{}, 0, m.fail
	}
	return cloneSession(m.sessions[chat]), m.versions[chat], nil
}

func (m *mapStore) Save(_ context.Context, chat string, s Session, v int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return m.fail
	}
	if m.versions[chat] != v {
		return ErrConflict
	}
	m.sessions[chat] = cloneSession(s)
	m.versions[chat] = v + 1
	return nil
}

func (m *mapStore) Delete(_ context.Context, chat string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return m.fail
	}
	delete(m.sessions, chat)
	delete(m.versions, chat)
	return nil
}

// lapsedDay is after the policy lapsed; activeDay is before.
var (
	lapsedDay = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	activeDay = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
)

// fakeAnswerer answers the questions it was given and declines the rest.
type fakeAnswerer struct {
	answers map[string]corpus.Finding
	err     error
}

func (f fakeAnswerer) Lookup(_ context.Context, q string) (corpus.Finding, error) {
	return f.answers[q], f.err
}

func normalizer(t testing.TB) func(string) string {
	t.Helper()
	n, err := zh.New()
	if err != nil {
		t.Fatal(err)
	}
	return n.Normalize
}

func loadCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newEngine(t testing.TB, a Answerer, store SessionStore, now time.Time) *Engine {
	t.Helper()
	if a == nil {
		a = fakeAnswerer{}
	}
	if store == nil {
		store = newMapStore()
	}
	e, err := New(Config{Corpus: loadCorpus(t), Answerer: a, Store: store, Now: func() time.Time { return now }, Normalize: normalizer(t)})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func send(t testing.TB, e *Engine, chat, text string) Reply {
	t.Helper()
	r, err := e.Handle(context.Background(), Input{Chat: chat, Text: text})
	if err != nil {
		t.Fatalf("Handle(%q): %v", text, err)
	}
	return r
}

func press(t testing.TB, e *Engine, chat, data string) Reply {
	t.Helper()
	r, err := e.Handle(context.Background(), Input{Chat: chat, Kind: ButtonInput, Data: data})
	if err != nil {
		t.Fatalf("press %q: %v", data, err)
	}
	return r
}

func session(t testing.TB, e *Engine, chat string) Session {
	t.Helper()
	s, _, err := e.store.Load(context.Background(), chat)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var verdictLineRe = regexp.MustCompile(`^\d+\. (✅ 符合|❌ 不符合|❔ 无法确定|⚪ 本方案未规定)｜(.+)$`)

// verdicts reads a verdict reply as rule title → 符合/不符合/无法确定.
func verdicts(r Reply) map[string]string {
	out := map[string]string{}
	for _, b := range r.Blocks {
		first, _, _ := strings.Cut(b.Text, "\n")
		if m := verdictLineRe.FindStringSubmatch(first); m != nil && b.Kind == Detail {
			out[m[2]] = strings.Fields(m[1])[1]
		}
	}
	return out
}
