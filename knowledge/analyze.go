package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/internal/zh"
)

// maxAsks is how many questions of one message are answered.
const maxAsks = 5

// questionMarks are the words that make a sentence a question.
var questionMarks = []string{"?", "吗", "什么", "怎么", "怎样", "如何", "多少", "几", "哪", "谁", "是否", "能否", "可否",
	"有没有", "能不能", "可不可以", "是不是", "要不要", "会不会", "行不行", "算不算", "咋", "啥", "不?", "么"}

// laMeiyouRe: 「了没有」 that ends a clause asks whether something happened.
var laMeiyouRe = regexp.MustCompile(`了没有(?:$|[?,，。 ]|啊|呀)`)

// splitAsks splits a message into its questions and the rest (the story
// around them). When some sentences end with a question mark, they are the
// questions (「选了几个特派员」 tells, it does not ask); otherwise sentences
// with a question word are. A message with no question in it is one
// question.
func splitAsks(q string) (asks []string, background string) {
	asks, background, _ = splitAsksOver(q)
	return asks, background
}

// splitAsksOver is splitAsks, also returning the questions past maxAsks,
// which are not answered.
func splitAsksOver(q string) (asks []string, background string, over []string) {
	var rest []string
	ss, voiced := sentences(q)
	// 「还有人说毕业超过两年就贷不上了是不是还有那个贴息」, typed by voice:
	// the turn was cut after the 是不是 that asks the sentence before
	// (round 140: the graduate years were never answered).
	for i := 1; i < len(ss); i++ {
		if m := trailingAskRe.FindStringSubmatch(ss[i]); m != nil && !isQuestion(ss[i-1]) {
			ss[i-1] += m[1]
			ss[i] = strings.TrimPrefix(ss[i], m[1])
		}
	}
	marked := slices.ContainsFunc(ss, func(s string) bool { return strings.HasSuffix(s, "?") })
	for i, s := range ss {
		ask := isQuestion(s)
		// 「能评技术能首不 三八红旗首呢 还有河州工匠」: a short 还有 X last, after
		// a question asks X too (round 181: 河州工匠 never answered).
		if !ask && i > 0 && i == len(ss)-1 && isQuestion(ss[i-1]) && zh.AlsoAsks(s) {
			ask = true
		}
		if marked && i < len(ss)-1 && !voiced[i] {
			// the last sentence often goes without its question mark; so
			// does one of a numbered list of questions (「②我离职了还算不算
			// 引进人才；③……」, round 62: three of four were lost).
			ask = strings.HasSuffix(s, "?") || ask && listMarkRe.MatchString(s)
		}
		// 「还有人说毕业超过两年就不给贷了 是不是真的」: a question that
		// only asks whether what was said is true asks what was said.
		if ask && i > 0 && truthOnlyRe.MatchString(s) && len(rest) > 0 && rest[len(rest)-1] == ss[i-1] {
			s = ss[i-1] + "," + s
			rest = rest[:len(rest)-1]
		}
		if ask && len(asks) < maxAsks {
			asks = append(asks, s)
		} else if ask {
			rest = append(rest, s)
			over = append(over, s)
		} else {
			rest = append(rest, s)
		}
	}
	if len(asks) == 0 {
		return []string{q}, "", nil
	}
	return asks, strings.Join(rest, "。"), over
}

// askPauseRe: a particle that ends a spoken question, then a pause.
var askPauseRe = regexp.MustCompile(`[啊呀吗呢嘛] +`)

// pausedAsks marks the end of a question said with a particle and a pause
// (「那我们少数民族有没有啥照顾啊 那就贷20万行不行」, round 144: the
// second question was answered under the first, which no article covers).
// A statement so ended (「我是大学生啊 想贷款」) is left as it was.
func pausedAsks(q string) string {
	var b strings.Builder
	from := 0
	for _, m := range askPauseRe.FindAllStringIndex(q, -1) {
		start := strings.LastIndexAny(q[:m[0]], "。!?;\n…, ") + 1
		if start < from {
			start = from
		}
		end := m[1]
		if isQuestion(q[start:m[0]]) && strings.TrimSpace(q[m[1]:]) != "" {
			_, n := utf8.DecodeRuneInString(q[m[0]:])
			b.WriteString(q[from : m[0]+n])
			b.WriteString("?")
			from = end
		}
	}
	b.WriteString(q[from:])
	return b.String()
}

// trailingAskRe: a sentence that starts with the 是不是 of the one before it,
// then turns (是不是还有那个贴息).
var trailingAskRe = regexp.MustCompile(`^(是不是|是吗|对不对)(?:还有|另外|再一个|再就是|那个|还)`)

// truthOnlyRe: a question that asks only whether what was said before it
// is true (是不是真的, 真的吗, 属实吗, 对不对).
var truthOnlyRe = regexp.MustCompile(`^(?:那|这|那这|这个|那个)?(?:是不是真的|是真的吗|是真的不|真的吗|真的假的|是不是这样|是这样吗|属实吗|对不对|对吗|靠谱吗|有这回事吗|有这事吗|是不是|是吗)(?:啊|呀|哦|呢)?[?？]?$`)

// articlesSaying returns the articles whose text holds w, as bits.
func (ix *Index) articlesSaying(w string) uint32 {
	var a uint32
	for _, art := range ix.c.Doc.Articles {
		if strings.Contains(art.Body, w) {
			a |= 1 << uint(art.Number)
		}
	}
	return a
}

// topPlacesRe: the first places of a contest (前10名).
var topPlacesRe = regexp.MustCompile(`前\d+名`)

// sentences splits after 。 ! ? ; and line breaks (the text is normalised:
// full-width marks are ASCII already, except the full stop).
//
// A message typed by voice has no marks, only spaces where a speaker
// paused (「…拿了个第三名 人家说能评技术能手 是真的吗 还能评五一劳动奖章不」):
// when it has no mark at all and is long, each stretch between spaces is a
// sentence.
//
// voiced[i] reports a sentence cut out of a longer one where its speaker
// turned, not at a mark: whether it asks is read from its words.
func sentences(q string) (out []string, voiced []bool) {
	if !strings.ContainsAny(q, "。!?;\n…,") && strings.Count(q, " ") >= 2 && utf8.RuneCountInString(q) > voiceLen {
		for _, s := range strings.Fields(q) {
			out = appendSentence(out, s)
		}
		return out, make([]bool, len(out))
	}
	q = pausedAsks(q)
	// With no marks and no pauses at all (「我是乡卫生院的大夫……我想当那个
	// 科技特派员……行不行再一个我媳妇……她能不能当」), a long message turns
	// where the speaker says so: 我想, 再一个, 另外, 我媳妇….
	if !strings.ContainsAny(q, "。!?;\n…, ") && utf8.RuneCountInString(q) > voiceLen+12 {
		out = turns(nil, q)
		return out, make([]bool, len(out))
	}
	start := 0
	for i, r := range q {
		switch r {
		case '。', '!', '?', ';', '\n', '…':
			end := i + utf8.RuneLen(r)
			if r == '?' || r == '!' {
				out, voiced = spoken(out, voiced, q[start:end])
			} else {
				out, voiced = spoken(out, voiced, q[start:i])
			}
			start = end
		}
	}
	return spoken(out, voiced, q[start:])
}

// spoken appends a sentence of a marked message; one typed by voice inside
// it, long, with pauses and no comma (「我媳妇在乡卫生院当护士 她也想报 去
// 村里教防疫 行不行 对了特派员有没有补贴」 after a 「？」), is split where
// the speaker turns (round 48: the wife's question was lost in the subsidy's).
func spoken(out []string, voiced []bool, s string) ([]string, []bool) {
	if strings.Count(strings.TrimSpace(s), " ") >= 2 && !strings.Contains(s, ",") && utf8.RuneCountInString(s) > voiceLen+12 {
		n := len(out)
		out = turns(out, s)
		for i := n; i < len(out); i++ {
			// the last piece ends where the sentence did, at its mark
			voiced = append(voiced, i < len(out)-1)
		}
		return out, voiced
	}
	out = appendSentence(out, s)
	voiced = append(voiced, false)[:len(out)]
	return out, voiced
}

// turns appends q split where a speaker turns (voiceTurnRe).
func turns(out []string, q string) []string {
	start := 0
	for _, m := range voiceTurnRe.FindAllStringSubmatchIndex(q, -1) {
		at := m[0] // before a word that turns
		if m[2] >= 0 {
			at = m[3] // after 吗, which ends a question (呢 often only goes on: 在家里蹲着呢)
		}
		// 「他户口在东乡县那边有没有关系要不要找人担保」: 有没有关系 closes
		// the words before it; the turn is after it (round 97: the 户口
		// was cut from its question and never answered).
		if m[2] < 0 && tagAfterRe.MatchString(q[m[0]:]) {
			continue
		}
		if utf8.RuneCountInString(q[start:at]) >= 6 && utf8.RuneCountInString(q[at:]) >= 4 {
			out = appendSentence(out, q[start:at])
			start = at
		}
	}
	return appendSentence(out, q[start:])
}

// tagAfterRe: a question tag that closes the words before it (有没有关系,
// 有没有影响, 是不是真的), not one that turns to something new.
var tagAfterRe = regexp.MustCompile(`^(?:有没有(?:关系|影响|问题|限制|要求|讲究)|是不是真的)`)

// voiceTurnRe: where a long message typed by voice, with no marks, turns
// to another sentence.
var voiceTurnRe = regexp.MustCompile(`(吗)|是不是|要不要|能不能|有没有|可不可以|会不会|我听人说|听人说|我听说|听说|还有|我想问|想问一下|请问|我想|再一个|对了|还有一个|另外|还有就是|然后我|然后他|然后她|我媳妇|我老公|我爱人|我家娃|我儿子|我女儿`)

// voiceLen is the length from which a message with spaces and no marks is
// read as spoken sentences.
const voiceLen = 24

func appendSentence(out []string, s string) []string {
	s = strings.TrimSpace(s)
	if s == "" || s == "?" || s == "!" {
		return out
	}
	return append(out, s)
}

func isQuestion(s string) bool {
	if zh.ANotA(s) {
		return true // 「这个方案里管不管性别歧视」
	}
	for _, m := range questionMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	// A final 不, 没 or 没有 asks (出台了没有, 发不); 「没有收入」 inside a
	// clause tells.
	if laMeiyouRe.MatchString(s) {
		return true // 出台了没有, 过期了没有? (「病了没有收入」 tells)
	}
	s = strings.TrimRight(s, "。.，, ")
	// A final 呢 asks (那我媳妇呢); inside a sentence it goes on (在家里蹲着
	// 呢想开个馆子).
	return strings.HasSuffix(s, "不") || strings.HasSuffix(s, "没") || strings.HasSuffix(s, "没有") || strings.HasSuffix(s, "呢") || strings.Contains(s, "呢?") || strings.Contains(s, "呢,")
}

// term is a word of a question that the document (or the lexicon) knows.
type term struct {
	text string
	arts uint32
}

// scanned is what a question's words say.
type scanned struct {
	terms   []term   // words the document speaks of, with the articles that do
	topics  []string // topic ids whose words occur
	unknown []string // content words the document does not know
}

// scan segments text and looks each content word up in the vocabulary. A
// word the document knows may span several segmented words (事业+单位); a
// function word (怎么, 可以) or a word of a function part of speech is set
// aside unless it begins a longer document word.
func (ix *Index) scan(text string) scanned {
	var s scanned
	for _, m := range sumsIn(text) {
		if a, ok := ix.vocab.arts[m[1]+"万"]; ok {
			s.terms = append(s.terms, term{m[1] + "万", a})
		}
	}
	// 「11名能不能算前10名」: a run of places the document names (前10名,
	// 前3名) is its word, digits and all (round 147: declined).
	for _, m := range topPlacesRe.FindAllString(text, -1) {
		if a := ix.articlesSaying(m); a != 0 {
			s.terms = append(s.terms, term{m, a})
		}
	}
	// 「那我们公司贷500万能批吗」: a sum to borrow asks about a loan, whatever
	// the sum (round 74: declined).
	if loanSumRe.MatchString(text) {
		if a, ok := ix.vocab.arts["贷款"]; ok {
			s.terms = append(s.terms, term{"贷款", a})
		}
	}
	for _, run := range splitScripts(text) {
		if !run.han {
			continue
		}
		words := ix.seg.words(string(run.text))
		// starts[i] is the rune offset of word i; single-character words
		// leave the dictionary's boundaries open, so a document word may
		// end inside a run of them.
		r := run.text
		pos := 0
		bounds := map[int]bool{len(r): true}
		type wd struct {
			off, n int
			word
		}
		var ws []wd
		for _, w := range words {
			n := utf8.RuneCountInString(w.text)
			if pos+n > len(r) || string(r[pos:pos+n]) != w.text {
				break // the segmenter changed the text; fall back below
			}
			ws = append(ws, wd{pos, n, w})
			bounds[pos] = true
			if n == 1 {
				bounds[pos+1] = true
			}
			pos += n
		}
		if pos != len(r) { // could not align: treat every character as a word
			ws = ws[:0]
			for i := range r {
				ws = append(ws, wd{i, 1, word{string(r[i]), "x"}})
				bounds[i] = true
			}
		}
		for k := 0; k < len(ws); {
			w := ws[k]
			best := 0
			for n := min(maxGram, len(r)-w.off); n >= 2; n-- {
				if !bounds[w.off+n] {
					continue
				}
				if _, ok := ix.vocab.arts[string(r[w.off:w.off+n])]; ok {
					best = n
					break
				}
			}
			for n := min(maxGram, len(r)-w.off); n >= 2; n-- {
				if ids, ok := ix.vocab.topics[string(r[w.off:w.off+n])]; ok && bounds[w.off+n] {
					s.topics = append(s.topics, ids...)
					break
				}
			}
			isFunc := ix.vocab.funcs[w.text] || functionPOS[w.pos]
			matched := ""
			if best > 0 {
				matched = string(r[w.off : w.off+best])
			}
			switch {
			case best > 0 && ix.vocab.funcs[matched]:
				// a function word as a whole (临+夏 is 临夏): skip all of it
			case best > 0 && !(isFunc && best <= w.n):
				t := string(r[w.off : w.off+best])
				s.terms = append(s.terms, term{t, ix.vocab.arts[t]})
			case isFunc || w.n == 1:
				best = w.n
			default:
				// 「公司贷款」, 「公司能贷」: a word of the segmenter's own
				// dictionary that holds a document word (round 74).
				if head := ix.head(w.text); head != "" {
					s.terms = append(s.terms, term{head, ix.vocab.arts[head]})
				} else {
					s.unknown = append(s.unknown, w.text)
				}
				best = w.n
			}
			// skip the words the match covered
			end := w.off + best
			for k < len(ws) && ws[k].off < end {
				k++
			}
		}
	}
	return s
}

// head returns the longest document word of one article that ends a word
// of three characters or more: the head of a compound the segmenter's
// dictionary holds (贷款 of 公司贷款, 能贷 of 公司能贷; not 部门 of 哪个部门,
// which many articles use, nor 州政府 of 州政府办公室, which is no head), or
// "".
func (ix *Index) head(w string) string {
	r := []rune(w)
	for i := 1; i <= len(r)-2; i++ { // r[i:]
		if c := string(r[i:]); ix.oneArticle(c) {
			return c
		}
	}
	return ""
}

// oneArticle reports a document word only one article uses.
func (ix *Index) oneArticle(w string) bool {
	return oneBit(ix.vocab.arts[w]) && !ix.vocab.funcs[w]
}

// loanSumRe: a sum to borrow (贷500万, 借30万).
var loanSumRe = regexp.MustCompile(`[贷借]\s*[0-9]+(?:\.[0-9]+)?万`)

// support is how strongly the words of a question point at article n.
func (ix *Index) support(terms []term, n int) float64 {
	bit := uint32(1) << uint(n)
	seen := map[string]bool{}
	var s float64
	for _, t := range terms {
		if t.arts&bit == 0 || seen[t.text] {
			continue
		}
		seen[t.text] = true
		s += ix.vocab.weight(t.arts)
	}
	return s
}

type scriptRun struct {
	text []rune
	han  bool
}

// splitScripts returns the Han runs and the Latin-letter words of q; digits,
// spaces, punctuation and symbols carry no content.
func splitScripts(q string) []scriptRun {
	var out []scriptRun
	var cur []rune
	curHan := false
	flush := func() {
		if len(cur) > 0 {
			out = append(out, scriptRun{text: cur, han: curHan})
			cur = nil
		}
	}
	for _, r := range q {
		switch {
		case isHan(r):
			if !curHan {
				flush()
			}
			curHan = true
			cur = append(cur, r)
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
			if curHan {
				flush()
			}
			curHan = false
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}
