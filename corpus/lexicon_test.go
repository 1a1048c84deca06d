package corpus

import (
	"slices"
	"testing"
)

// TestFacetsInHonourUnless: a facet's unless words keep a question that
// names them out of it, and the facet still reads the questions it is for.
func TestFacetsInHonourUnless(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q     string
		facet string
		want  bool
	}{
		// round 176: a subsidy asked for two is no loan.
		{"想给两位都申请柔性引进人才每人2万元的补助，需要什么条件", "多笔贷款", false},
		{"我和我老婆能不能都申请创业贷款", "多笔贷款", true},
	} {
		var names []string
		for _, f := range c.Lexicon.FacetsIn(tc.q) {
			names = append(names, f.Name)
		}
		if got := slices.Contains(names, tc.facet); got != tc.want {
			t.Errorf("FacetsIn(%q) = %v; %s in it: got %v, want %v", tc.q, names, tc.facet, got, tc.want)
		}
	}
}
