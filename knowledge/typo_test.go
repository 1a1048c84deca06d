package knowledge

import (
	"testing"

	"github.com/linxia-talent/policybot/internal/zh"
)

// TestMayMendSparesOnlyRunsNoWordIsNear: mayMend, which spares the pinyin
// of a run, says no only for a run that no word of the speller differs from
// in exactly one character (so no mend is lost), and says yes for every run
// one character away from a word. Runs: every two to four characters of the
// document, and the speller's words with one character changed.
func TestMayMendSparesOnlyRunsNoWordIsNear(t *testing.T) {
	ix := newTestIndex(t)
	sp := ix.spell
	var words []string
	var chars []rune
	seen := map[rune]bool{}
	for _, ws := range sp.bySound {
		for _, w := range ws {
			words = append(words, w)
			for _, r := range w {
				if !seen[r] {
					seen[r] = true
					chars = append(chars, r)
				}
			}
		}
	}
	near := func(run string) bool {
		for _, w := range words {
			if zh.OneRuneApart(run, w) {
				return true
			}
		}
		return false
	}
	spared := 0
	for _, a := range ix.c.Doc.Articles {
		text := []rune(a.Body)
		for i := 0; i < len(text); i++ {
			for n := 2; n <= 4 && i+n <= len(text); n++ {
				run := string(text[i : i+n])
				if !isAllHan(run) || sp.mayMend(run) {
					continue
				}
				spared++
				if near(run) {
					t.Fatalf("%q is one character from a word, but mayMend says no", run)
				}
			}
		}
	}
	if spared == 0 {
		t.Error("no run of the document was spared")
	}
	for i, w := range words {
		rs := []rune(w)
		k := i % len(rs)
		v := append([]rune(nil), rs...)
		v[k] = chars[(i*7)%len(chars)]
		if run := string(v); run != w && !sp.mayMend(run) {
			t.Errorf("%q, one character from %q, is spared", run, w)
		}
	}
}
