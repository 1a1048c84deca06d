package knowledge

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/corpus"
)

// BenchmarkBuild measures building the index at start-up.
func BenchmarkBuild(b *testing.B) {
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ix, err := New(c)
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// BenchmarkSearch measures one Bleve search over the evaluation questions.
func BenchmarkSearch(b *testing.B) {
	ix := newTestIndex(b)
	benchQuestions(b, func(ctx context.Context, q string) error {
		_, err := ix.Search(ctx, q, searchDepth)
		return err
	})
}

// BenchmarkLookup measures a whole answer: coverage, search, ranking and
// excerpts, as for a question asked for the first time (the answer cache
// is passed by).
func BenchmarkLookup(b *testing.B) {
	ix := newTestIndex(b)
	benchQuestions(b, func(ctx context.Context, q string) error {
		_, err := ix.lookup(ctx, ix.normalize(q))
		return err
	})
}

// BenchmarkLookupCached measures a question asked before: the normalised
// question and the answer are both remembered.
func BenchmarkLookupCached(b *testing.B) {
	ix := newTestIndex(b)
	benchQuestions(b, func(ctx context.Context, q string) error {
		_, err := ix.Lookup(ctx, q)
		return err
	})
}

// benchQuestions runs f over the evaluation questions in turn and reports
// the median and 99th percentile per question.
func benchQuestions(b *testing.B, f func(context.Context, string) error) {
	qs := loadEval(b)
	ctx := context.Background()
	var took []time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		if err := f(ctx, qs[i%len(qs)].question); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	reportPercentiles(b, took)
}

func reportPercentiles(b *testing.B, took []time.Duration) {
	if len(took) == 0 {
		return
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
}
