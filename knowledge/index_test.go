package knowledge

import (
	"testing"

	"github.com/linxia-talent/policybot/corpus"
)

func newTestIndex(t testing.TB) *Index {
	t.Helper()
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}
