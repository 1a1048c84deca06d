package knowledge

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/linxia-talent/policybot/corpus"
)

// TestAnswerCache: a question asked again gets the same answer as the first
// time, and the cache keeps at most cacheSize answers, dropping the least
// recently used.
func TestAnswerCache(t *testing.T) {
	ix := newTestIndex(t)
	ctx := context.Background()
	first, err := ix.Lookup(ctx, "大学生创业能贷多少钱")
	if err != nil {
		t.Fatal(err)
	}
	again, _ := ix.Lookup(ctx, "大學生創業能貸多少錢") // the same question, normalised
	if again.Article != first.Article || len(again.Quotes) != len(first.Quotes) || again.Quotes[0].Text != first.Quotes[0].Text {
		t.Fatalf("cached answer differs: %+v vs %+v", again, first)
	}

	c := newAnswerCache()
	for i := range cacheSize + 10 {
		c.put(fmt.Sprint(i), corpus.Finding{Article: i})
		if i == cacheSize-1 {
			c.get("0") // used again: kept
		}
	}
	if len(c.items) != cacheSize {
		t.Fatalf("cache holds %d answers, want %d", len(c.items), cacheSize)
	}
	if _, ok := c.get("0"); !ok {
		t.Fatal("a recently used answer was evicted")
	}
	if _, ok := c.get("1"); ok {
		t.Fatal("the least recently used answer was kept")
	}
	if f, ok := c.get(fmt.Sprint(cacheSize + 9)); !ok || f.Article != cacheSize+9 {
		t.Fatal("the newest answer is missing")
	}
}

// TestNormalizeCache: a remembered normalisation is the one normalizeNow
// gives, for every evaluation question, asked twice; a long question is
// normalised but not remembered.
func TestNormalizeCache(t *testing.T) {
	ix := newTestIndex(t)
	for range 2 {
		for _, c := range loadEval(t) {
			if got, want := ix.normalize(c.question), ix.normalizeNow(c.question); got != want {
				t.Errorf("%q: normalize %q, normalizeNow %q", c.question, got, want)
			}
		}
	}
	long := strings.Repeat("离港创业", 30)
	if got, want := ix.normalize(long), ix.normalizeNow(long); got != want {
		t.Errorf("long question: %q, want %q", got, want)
	}
	if _, ok := ix.norms.get(long); ok {
		t.Error("a long question was remembered")
	}
}
