package knowledge

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/linxia-talent/policybot/corpus"
)

type evalCase struct {
	line     int
	expect   string // "14", "meta:validity" or "none"
	style    string
	question string
}

func loadEval(t testing.TB) []evalCase {
	t.Helper()
	return loadEvalFile(t, "../corpus/eval/questions.tsv")
}

func loadEvalFile(t testing.TB, path string) []evalCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []evalCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			t.Fatalf("%s:%d: want 3 tab-separated fields, got %d", path, n, len(parts))
		}
		out = append(out, evalCase{n, parts[0], parts[1], parts[2]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// label names a finding the way questions.tsv names expectations.
func label(f corpus.Finding) string {
	switch {
	case f.Article > 0:
		return strconv.Itoa(f.Article)
	case f.Topic != "":
		return "meta:" + f.Topic
	}
	return "none"
}

// TestLegacySets scores the two sets written alongside the first lexicon
// (questions.tsv, heldout.tsv). They measure our own wording more than our
// users', so they guard against regressions only; the blind sets are the
// measure (blind_test.go).
func TestLegacySets(t *testing.T) {
	ix := newTestIndex(t)
	for _, path := range []string{"../corpus/eval/questions.tsv", "../corpus/eval/heldout.tsv"} {
		var s blindScore
		for _, c := range loadEvalFile(t, path) {
			f, err := ix.Lookup(context.Background(), c.question)
			if err != nil {
				t.Fatal(err)
			}
			kind := "answer"
			if c.expect == "none" {
				kind = "oos"
			}
			bc := blindCase{line: c.line, expect: []string{c.expect}, kind: kind, style: c.style, question: c.question}
			s.add(bc, judge(bc, view(f)))
		}
		fmt.Printf("legacy %s: %s\n", path, s)
		for _, m := range s.misses {
			t.Log(m)
		}
	}
}
