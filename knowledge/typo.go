package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/internal/zh"
)

// speller mends homophone typos, the commonest slip of pinyin input:
// 「离港创业」 for 离岗, 「带款」 for 贷款, 「科技特排员」 for 特派员. A run of
// two to four characters the document does not know is replaced by a
// document word that sounds the same (tones aside) and differs from it in
// exactly one character.
type speller struct {
	bySound map[string][]string // toneless pinyin, joined by spaces → words
	// exact are the checks' own words (疾控, 兽医站): a window that runs
	// into one typed right is no slip (「县疾控」 is not 「县级」+控).
	exact []string
	// near holds each word of bySound with one character masked, in
	// every position: a run none of whose masks is here differs from
	// every word in more than one character, and its sound (pinyin, the
	// costly part) need not be looked up.
	near   map[masked]bool
	known  func(string) bool
	common func(string) bool
	// loose are the lexicon's phrases of a modal verb or 再/还 and a word
	// (能贷, 想贷, 再贷): a two-character slip is not mended to one, since the
	// verb is as often meant as typed (「能待几年」 is how long one may stay
	// away, not 「能贷几年」).
	loose map[string]bool
}

// masked is a word of two to four characters with one of them zeroed.
type masked struct {
	n int8
	r [4]rune
}

// masks calls f with each one-character mask of w (of two to four
// characters); it reports false for a w of another length.
func masks(w string, f func(masked) bool) bool {
	var m masked
	for _, r := range w {
		if m.n == 4 {
			return false
		}
		m.r[m.n] = r
		m.n++
	}
	if m.n < 2 {
		return false
	}
	for k := range m.n {
		c := m
		c.r[k] = 0
		if !f(c) {
			break
		}
	}
	return true
}

// mayMend reports whether some word of the speller differs from w in
// exactly one character (or may: the sound decides).
func (sp *speller) mayMend(w string) bool {
	found := false
	masks(w, func(m masked) bool {
		found = sp.near[m]
		return !found
	})
	return found
}

// commonFreq is the frequency in the segmenter's dictionary from which a
// word is taken to be meant as typed: 「公式」 is a word, not a slip for 公示.
const commonFreq = 2000

func newSpeller(c *corpus.Corpus, seg *segmenter, v *vocab) *speller {
	sp := &speller{bySound: map[string][]string{}, near: map[masked]bool{}, loose: map[string]bool{}}
	add := func(w string) {
		n := len([]rune(w))
		if n < 2 || n > 4 || !isAllHan(w) {
			return
		}
		k := sound(w)
		for _, o := range sp.bySound[k] {
			if o == w {
				return
			}
		}
		sp.bySound[k] = append(sp.bySound[k], w)
		masks(w, func(m masked) bool { sp.near[m] = true; return true })
	}
	var doc strings.Builder
	for _, a := range c.Doc.Articles {
		doc.WriteString(a.Text())
	}
	docText := doc.String()
	// The checks' own words for units and people (畜牧兽医站, 科技特派员)
	// are what answers misspell too (畜牧受医站).
	phrases, aliases := checkVocab(c)
	for _, w := range slices.Concat(phrases, aliases) {
		if utf8.RuneCountInString(w) >= 2 {
			sp.exact = append(sp.exact, w)
		}
	}
	for _, w := range slices.Concat(domainWords(c), phrases, aliases) {
		add(w)
		if r := []rune(w); len(r) == 2 && strings.ContainsRune("能想要可会该再还", r[0]) && !strings.Contains(docText, w) {
			sp.loose[w] = true
		}
	}
	for _, a := range c.Doc.Articles {
		for _, w := range seg.words(a.Title + "。" + a.Body) {
			add(w.text)
		}
	}
	// The words of what people ask about (毕业 of 毕业年限) are misspelt
	// too (「毕叶超过两年」, round 72: the question went unanswered).
	for _, f := range c.Lexicon.Facets {
		for _, p := range seg.words(f.Name) {
			add(p.text)
		}
	}
	// The words that mark a subject the document does not cover are meant
	// as typed, and a slip for one of them is mended to it.
	protected := map[string]bool{}
	for _, u := range c.Lexicon.Uncovered {
		protected[u] = true
		add(u)
	}
	// A facet's phrases are kept as typed but are not mended to: they are
	// ways of asking, and a slip mended to one may change what is asked
	// about (「能待几年」, how long one may stay away, is not 「贷几年」).
	for _, f := range c.Lexicon.Facets {
		for _, w := range f.Asks {
			protected[w] = true
		}
	}
	sp.known = func(w string) bool {
		_, ok := v.arts[w]
		_, topic := v.topics[w]
		return ok || topic || v.funcs[w] || protected[w]
	}
	sp.common = func(w string) bool {
		f, _, ok := seg.seg.Find(w)
		return ok && f >= commonFreq
	}
	return sp
}

func sound(w string) string {
	return strings.Join(pinyin.LazyConvert(w, nil), " ")
}

func isAllHan(w string) bool {
	for _, r := range w {
		if !isHan(r) {
			return false
		}
	}
	return w != ""
}

// correct returns q with its homophone typos mended. Only whole segmented
// words or runs of them are replaced, never a piece cut out of a word
// (「毕业几年」 is not 「毕业绩年」), and only when the run is neither a word
// the document knows nor a common word of the language.
func (sp *speller) correct(q string, seg *segmenter) string {
	var b strings.Builder
	for _, run := range splitAll(q) {
		if !run.han {
			b.WriteString(string(run.text))
			continue
		}
		toks := seg.seg.Cut(string(run.text), false)
		kept := sp.exactIn(string(run.text))
		offs := make([]int, len(toks)+1) // rune offset of each token
		for k, t := range toks {
			offs[k+1] = offs[k] + utf8.RuneCountInString(t)
		}
		for i := 0; i < len(toks); {
			fixed := false
			for j := min(len(toks), i+3); j > i && !fixed; j-- {
				w := strings.Join(toks[i:j], "")
				n := len([]rune(w))
				// 「工资还发不」: a final 不 or 没 asks, it is no slip (发布).
				endsAsking := j == len(toks) && (strings.HasSuffix(w, "不") || strings.HasSuffix(w, "没"))
				// 「是后鸟服务」: a run does not start with a particle or a
				// copula said on its own (是, 的, 也…); 「后鸟」 is the slip.
				startsFunctional := j-i > 1 && slices.Contains(functionChars, toks[i])
				// 「第二名是我師姐」: nor does it end with a copula said on its
				// own (名是 is no slip for 名师: round 43).
				endsCopula := j-i > 1 && toks[j-1] == "是"
				// 「那会儿是另一个公司」: 另一 and 另外 are said far more
				// often than any slip for 领一 (round 106: mended to 领一个,
				// and the doubt of another firm's years was not read).
				another := strings.HasPrefix(w, "另一") || strings.HasPrefix(w, "另外")
				if n < 2 || n > 4 || !isAllHan(w) || sp.known(w) || j-i == 1 && sp.common(w) || aNotA(toks, i, j) || endsAsking || startsFunctional || endsCopula || another || !sp.mayMend(w) {
					continue
				}
				keep := kept[offs[i]:offs[j]]
				for _, cand := range sp.bySound[sound(w)] {
					// A check's own word typed right is kept: a mend may only
					// change a rune beside it (「乡卫生远」: 卫生 kept, 远 → 院;
					// round 53).
					if at := zh.RuneApartAt(w, cand); at < 0 || keep[at] {
						continue
					}
					// 「没人跟我说过」 is no slip for 每人: a mend never drops or
					// adds a negation (round 40: it made a doubt an answer).
					// Nor does it make a question of a statement: 「出方案那年」
					// is no slip for 哪年 (round 42: the answer became a question).
					if !(n == 2 && sp.loose[cand]) && negates(w) == negates(cand) && asks(w) == asks(cand) {
						b.WriteString(cand)
						i = j
						fixed = true
						break
					}
				}
			}
			if !fixed {
				b.WriteString(toks[i])
				i++
			}
		}
	}
	return b.String()
}

// exactIn marks the runes of t that belong to a check's own word typed
// right.
func (sp *speller) exactIn(t string) []bool {
	r := []rune(t)
	out := make([]bool, len(r)+1)
	for _, w := range sp.exact {
		for from := 0; ; {
			i := strings.Index(t[from:], w)
			if i < 0 {
				break
			}
			start := utf8.RuneCountInString(t[:from+i])
			for k := start; k < start+utf8.RuneCountInString(w) && k < len(out); k++ {
				out[k] = true
			}
			from += i + len(w)
		}
	}
	return out
}

// functionChars are one-character words that begin no slip.
// A modal said on its own (能, 想, 要…) begins none either: 「医生能离冈创业吗」
// is 能 + 离岗, not 能力.
var functionChars = []string{"是", "的", "了", "在", "也", "都", "就", "还", "又", "和", "跟", "与", "把", "被", "给", "对", "从", "我", "你", "他", "她", "能", "想", "要", "会", "可", "该", "再"}

// aNotA reports whether toks[i:j] ends inside an A-not-A question
// (「发不发」, 「能不能」, 「给没给」): 「发不」 there is not a slip for 「发布」.
func aNotA(toks []string, i, j int) bool {
	w := []rune(strings.Join(toks[i:j], ""))
	rest := []rune(strings.Join(toks[j:], ""))
	for k := 0; k+1 < len(w); k++ {
		if w[k+1] != '不' && w[k+1] != '没' {
			continue
		}
		var next rune
		if k+2 < len(w) {
			next = w[k+2]
		} else if len(rest) > 0 {
			next = rest[0]
		}
		if next == w[k] {
			return true
		}
	}
	return false
}

// splitAll cuts q into Han runs and everything else, keeping every rune.
func splitAll(q string) []scriptRun {
	var out []scriptRun
	var cur []rune
	curHan := false
	for _, r := range q {
		h := isHan(r)
		if len(cur) > 0 && h != curHan {
			out = append(out, scriptRun{text: cur, han: curHan})
			cur = nil
		}
		curHan = h
		cur = append(cur, r)
	}
	if len(cur) > 0 {
		out = append(out, scriptRun{text: cur, han: curHan})
	}
	return out
}

// negates reports whether w holds a character of negation.
// asks reports whether w holds a word that asks (哪, 几, 啥, 谁…).
func asks(w string) bool {
	return strings.ContainsAny(w, "哪几啥谁吗呢咋")
}

func negates(w string) bool {
	return strings.ContainsAny(w, "不没未无")
}
