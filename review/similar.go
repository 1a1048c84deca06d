package review

import (
	"crypto/sha256"
	"encoding/base32"
	"regexp"
	"slices"
	"strings"
)

// Closeness. A staff answer served to a question it does not answer is the
// worst thing this package can do, so a question is close to an entry only
// when almost all of their content words are the same (Jaccard ≥
// minServe), both say the same numbers, both deny or neither does, and the
// document's own search does not place the question elsewhere (Answerer).
// Grouping the unanswered log is looser (minGroup): a wrong group only
// costs staff a second look.
const (
	minServe = 0.75
	minGroup = 0.5
)

// jaccard is |a∩b| / |a∪b| of two sorted word sets; 0 when both are empty.
func jaccard(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	common := 0
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); ok {
			common++
		}
	}
	return float64(common) / float64(len(a)+len(b)-common)
}

var (
	digitsRe = regexp.MustCompile(`\d+(?:\.\d+)?`)
	// negRe finds a denial once 「能不能」「有没有」 are taken out.
	negRe = regexp.MustCompile(`不是|并非|没有|没|未|非|无|不|别`)
)

// numbers are the numbers a question states, in order.
func numbers(q string) []string { return digitsRe.FindAllString(q, -1) }

// denies reports whether q denies something (「不是大学生」), ignoring the
// 「能不能」 form of asking.
func denies(q string) bool {
	r := []rune(q)
	var b strings.Builder
	for i := 0; i < len(r); i++ {
		if i+2 < len(r) && (r[i+1] == '不' || r[i+1] == '没') && r[i] == r[i+2] {
			i += 2 // drop 「能不能」 whole
			continue
		}
		b.WriteRune(r[i])
	}
	return negRe.MatchString(b.String())
}

// isClose reports whether question q (with words w) is close enough to an
// entry's question to be given the entry's answer.
func isClose(q string, w []string, e Entry) bool {
	return len(w) > 0 && jaccard(w, e.Words) >= minServe &&
		slices.Equal(numbers(q), numbers(e.Question)) && denies(q) == denies(e.Question)
}

// groupID names a set of words: four characters from their hash (Q7F2).
func groupID(words []string) string {
	return "Q" + hashID(strings.Join(words, " "), 4)
}

// hashID is n characters of Crockford-like base32 (no I, L, O, U) of s's
// SHA-256.
func hashID(s string, n int) string {
	sum := sha256.Sum256([]byte(s))
	return refEncoding.EncodeToString(sum[:])[:n]
}

// refEncoding spells reference numbers without letters that look like
// digits (I, L, O) or spell words (U).
var refEncoding = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

// merge joins groups whose words are similar (Jaccard ≥ minGroup) into
// the most frequent of them, most frequent first; ties by id.
func merge(gs []Group) []Group {
	slices.SortFunc(gs, func(a, b Group) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.ID, b.ID)
	})
	var out []Group
	for _, g := range gs {
		joined := false
		for i := range out {
			if jaccard(out[i].Words, g.Words) >= minGroup {
				out[i].Count += g.Count
				if g.Last.After(out[i].Last) {
					out[i].Last = g.Last
				}
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, g)
		}
	}
	slices.SortStableFunc(out, func(a, b Group) int { return b.Count - a.Count })
	return out
}
