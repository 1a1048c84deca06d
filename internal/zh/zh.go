// Package zh normalises Chinese text as applicants type it, so that every
// part of the assistant (the knowledge index, the answer reader, the menu)
// reads the same text: traditional characters become simplified (OpenCC's
// t2s tables, embedded in the library), full-width letters, digits and
// punctuation become ASCII, Chinese numerals before a unit become digits
// (「二十万」→「20万」, 「前十名」→「前10名」), and emoji, markup and control
// characters are dropped.
//
// Normalising is idempotent: Normalize(Normalize(s)) == Normalize(s).
package zh

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// Normalizer converts text to the one form the assistant reads. It is safe
// for concurrent use.
type Normalizer struct {
	t2s *opencc.OpenCC
}

// New loads the conversion tables (a few milliseconds; they are embedded).
func New() (*Normalizer, error) {
	cc, err := opencc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("zh: load t2s: %w", err)
	}
	return &Normalizer{t2s: cc}, nil
}

// Normalize returns s in the assistant's reading form: simplified, ASCII
// forms for full-width ones, lower-case Latin letters, digits for numerals
// before a unit, no emoji, markup or control characters, and single
// spaces. Line breaks and sentence punctuation are kept (as ASCII or the
// Chinese full stop), so a long message can still be split into sentences.
func (n *Normalizer) Normalize(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = stripMarkup(s)
	s = n.Simplify(s)
	s = fold(s)
	s = Numerals(s)
	s = tensOfThousands(s)
	s = fewWords.Replace(s)
	s = fewPlacesRe.ReplaceAllString(s, "${1}些个${2}")
	return squeeze(s)
}

// fewPlacesRe: 几个 after a verb of being or working somewhere (在东乡县几个
// 村搞, 上了几个月班): "a few", not a question of how many (rounds 112 and
// 116: answered as a question of 人数或名额 no one asked).
var fewPlacesRe = regexp.MustCompile(`(在|去|跑|搞|到|带|管|包|上了|干了|做了|待了|呆了|离了|干过|去过|跑了|回了|县|州)几个(?:(村|乡|镇|月|合作社|项目|户|地方|点))`)

// fewWords are 几 meaning "a few", which asks nothing (「前几年西北民大毕业
// 的」, 「干了十几年」): written with 些/多, so that no reader takes them for
// a question of how many.
var fewWords = strings.NewReplacer("前几年", "前些年", "这几年", "这些年", "近几年", "近些年", "头几年", "头些年", "好几年", "好些年", "几年来", "些年来", "过去几年", "过去些年", "十几年", "十多年", "前几天", "前些天", "这几天", "这些天",
	"过几届", "过些届", "过几次", "过些次", "过几回", "过些回")

// Simplify converts traditional characters to simplified ones and leaves
// everything else as it is.
func (n *Normalizer) Simplify(s string) string {
	if !hasHan(s) {
		return s
	}
	out, err := n.t2s.Convert(s)
	if err != nil { // the tables are embedded; a failure leaves s as it is
		return s
	}
	return variants.Replace(particleZhe(out))
}

// variants are characters t2s keeps that plain writing spells otherwise
// (甚麼 → 甚么, written 什么), and the Cantonese negators and particles
// written as spoken (唔 for 不, 冇 for 没有, 咗 for 了; round 143: 「算唔算
// 高層次人才我唔清楚」 was read as 是, then 否).
var variants = strings.NewReplacer("甚么", "什么",
	"唔系", "不是", "唔是", "不是", "唔知", "不知道", "唔清楚", "不清楚", "唔确定", "不确定", "唔算", "不算", "唔得", "不行", "唔同意", "不同意", "唔会", "不会", "唔想", "不想", "唔好", "不好",
	"算唔算", "算不算", "系唔系", "是不是", "有冇", "有没有", "冇", "没有", "咗", "了")

// particleZhe writes the aspect particle 着 that t2s leaves as 著 (連著四年
// → 连著4年): every 著 but those of the words that keep it (著名, 显著…).
func particleZhe(s string) string {
	if !strings.Contains(s, "著") {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		if r != '著' {
			continue
		}
		keep := i+1 < len(rs) && strings.ContainsRune("名作称述录者书", rs[i+1]) ||
			i > 0 && strings.ContainsRune("显论原专名编卓土昭巨遗译合", rs[i-1])
		if !keep {
			rs[i] = '着'
		}
	}
	return string(rs)
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// fold maps full-width ASCII forms and the ideographic space to ASCII,
// lower-cases Latin letters, drops emoji, symbols other than a few that carry
// meaning (%, ¥, +, -), variation selectors and zero-width characters, and
// turns control characters into spaces (a newline stays a newline).
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '！' && r <= '～':
			r = r - '！' + '!'
		case r == '\u3000':
			r = ' '
		case r == '\n':
			b.WriteRune('\n')
			continue
		case unicode.IsControl(r):
			r = ' '
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || unicode.Is(unicode.Variation_Selector, r):
			continue
		case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF, r >= 0x1F1E6 && r <= 0x1F1FF:
			continue // emoji, dingbats, flags
		case unicode.Is(unicode.So, r):
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// stripMarkup removes HTML tags and the Markdown emphasis marks people paste
// (** __ ` ~~), keeping the words.
func stripMarkup(s string) string {
	if strings.ContainsAny(s, "<") {
		var b strings.Builder
		for len(s) > 0 {
			i := strings.IndexByte(s, '<')
			if i < 0 {
				b.WriteString(s)
				break
			}
			j := strings.IndexByte(s[i:], '>')
			// Only something that looks like a tag: <b>, </a>, <br/>, <a href=…>.
			if j < 0 || j > 200 || !isTag(s[i+1:i+j]) {
				b.WriteString(s[:i+1])
				s = s[i+1:]
				continue
			}
			b.WriteString(s[:i])
			b.WriteByte(' ')
			s = s[i+j+1:]
		}
		s = b.String()
	}
	for _, m := range []string{"**", "__", "~~", "`"} {
		s = strings.ReplaceAll(s, m, "")
	}
	return s
}

// isTag reports whether the text between < and > is an HTML tag: ASCII
// only, starting with a letter (after an optional /).
func isTag(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	s = strings.TrimPrefix(s, "/")
	return s != "" && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z')
}

// squeeze collapses runs of spaces and tabs to one space, runs of blank
// lines to one line break, and trims the ends.
func squeeze(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, nl := false, false
	for _, r := range s {
		switch {
		case r == '\n':
			nl = true
			space = false
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if b.Len() > 0 {
			if nl {
				b.WriteByte('\n')
			} else if space {
				b.WriteByte(' ')
			}
		}
		nl, space = false, false
		b.WriteRune(r)
	}
	return b.String()
}

var digitOf = map[rune]int{
	'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

var multOf = map[rune]int{'十': 10, '百': 100, '千': 1000}

// numeralUnits are the characters after which a Chinese numeral is a
// quantity: 「三年」, 「二十万」, 「前十名」, 「第十四条」.
const numeralUnits = "年岁名条次个人万元倍届期项位家天月周"

// Numerals rewrites Chinese numerals that count something as digits:
// 「三年」→「3年」, 「二十万元」→「20万元」, 「第十四条」→「14条」 with 第 kept,
// 「前十名」→「前10名」, 「百分之五十」→「50%」. Numerals in words (一线,
// 一类赛, 统一, 一次办) are left alone: a numeral converts only before a unit,
// and never 一 alone before 次/个/人/家/位 (一次办, 一个, 一人) where it
// means "one, a".
func Numerals(s string) string {
	if !strings.ContainsAny(s, "零〇一二两三四五六七八九十百千") {
		return listedPair(s)
	}
	r := []rune(s)
	var b strings.Builder
	for i := 0; i < len(r); {
		if string(r[i:min(i+3, len(r))]) == "百分之" {
			if n, l := readNumeral(r[i+3:]); l > 0 {
				b.WriteString(strconv.Itoa(n) + "%")
				i += 3 + l
				continue
			}
		}
		if out, l := shortYear(r, i); l > 0 {
			b.WriteString(out)
			i += l
			continue
		}
		if out, l := approxPair(r, i); l > 0 {
			b.WriteString(out)
			i += l
			continue
		}
		n, l := readNumeral(r[i:])
		if l == 0 {
			b.WriteRune(r[i])
			i++
			continue
		}
		next := rune(0)
		if i+l < len(r) {
			next = r[i+l]
		}
		prev := rune(0)
		if i > 0 {
			prev = r[i-1]
		}
		lone := l == 1 && (r[i] == '一' || r[i] == '两')
		isUnit := next != 0 && strings.ContainsRune(numeralUnits, next)
		switch {
		case lone && r[i] == '一' && strings.ContainsRune("次个人家位项天月周期", next),
			lone && r[i] == '一' && strings.ContainsRune("哪这那", prev),
			lone && r[i] == '一' && prev == '前' && !isUnit,
			prev == '几':
			// 前一阵: "lately"; 几十年: "decades", no count to compare.
			// 一次办, 一个, 一人: "one, a", not a count to compare; 哪一条,
			// 这一条: "which, this".
			b.WriteString(string(r[i : i+l]))
		case isUnit, prev == '第' || prev == '前':
			if prev >= '0' && prev <= '9' || prev == '.' || prev == '．' {
				b.WriteByte(' ') // 「2023、2024两年」: not 20242年; 「4.一年能报几次」: not 4.1年 (round 111)
			}
			b.WriteString(strconv.Itoa(n))
		default:
			b.WriteString(string(r[i : i+l]))
		}
		i += l
	}
	return listedPair(b.String())
}

// pairRe: two numbers one apart with 、 between (「7、8年」, 「七、8年」 as
// Numerals leaves 「七、八年」), not inside a longer list.
var pairRe = regexp.MustCompile(`(^|[^0-9、.])([0-9]{1,2}|[一二两三四五六七八九])、([0-9]{1,2})([年名万])`)

// listedPair rewrites two numbers one apart said with 、 as the two of an
// approximation, as approxPair does for 「七八年」: 「7、8年」→「7或8年」
// (round 109: not understood).
func listedPair(s string) string {
	if !strings.Contains(s, "、") {
		return s
	}
	return pairRe.ReplaceAllStringFunc(s, func(m string) string {
		g := pairRe.FindStringSubmatch(m)
		a, err := strconv.Atoi(g[2])
		if err != nil {
			a, _ = readNumeral([]rune(g[2]))
		}
		b, _ := strconv.Atoi(g[3])
		if b != a+1 || strings.HasPrefix(s[strings.Index(s, m)+len(m):], "、") {
			return m
		}
		return g[1] + strconv.Itoa(a) + "或" + g[3] + g[4]
	})
}

// wanRe: a sum in 万 with the next digit after it, as people say it
// (「一万五」 read 1万五, 「一万五千元」 read 1万5000元).
var wanRe = regexp.MustCompile(`([0-9]+)万(?:([1-9])000|([一二两三四五六七八九1-9])千?)`)

// tensOfThousands rewrites a sum said with 万 and the digit after it as a
// decimal: 「1万五」→「1.5万」, 「1万5000元」→「1.5万元」, 「两万五千」→
// 「2.5万」. A digit followed by more of a number (「1万5百」) is left as it
// is.
func tensOfThousands(s string) string {
	if !strings.Contains(s, "万") {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range wanRe.FindAllStringSubmatchIndex(s, -1) {
		d := ""
		switch {
		case m[4] >= 0:
			d = s[m[4]:m[5]]
		default:
			d = s[m[6]:m[7]]
			if v, ok := digitOf[[]rune(d)[0]]; ok {
				d = strconv.Itoa(v)
			}
			// 「1万5百」, 「1万50」: more of the number follows.
			if next, _ := utf8.DecodeRuneInString(s[m[1]:]); next == '百' || next == '十' || next >= '0' && next <= '9' {
				continue
			}
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(s[m[2]:m[3]] + "." + d + "万")
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// shortYear reads a calendar year said digit by digit before 年 at r[i:]:
// 「二四年」→「24年」, 「二零年」→「20年」, 「二〇二四年」→「2024年」. Two
// digits are a year only from 一 or 二 and not one after the other (「一二
// 年」 and 「二三年」 are approxPair's: a year or two), four digits from 一
// or 二. l is 0 when there is none.
func shortYear(r []rune, i int) (string, int) {
	if i > 0 && (digitOf[r[i-1]] > 0 || r[i-1] == '零' || r[i-1] == '〇' || r[i-1] == '十' || r[i-1] == '几') {
		return "", 0
	}
	for _, n := range []int{4, 2} {
		if i+n >= len(r) || r[i+n] != '年' || r[i] != '一' && r[i] != '二' {
			continue
		}
		var d strings.Builder
		for _, c := range r[i : i+n] {
			v, ok := digitOf[c]
			if !ok || c == '两' {
				d.Reset()
				break
			}
			d.WriteString(strconv.Itoa(v))
		}
		if d.Len() != n {
			continue
		}
		if n == 2 && digitOf[r[i+1]] == digitOf[r[i]]+1 {
			return "", 0
		}
		return d.String(), n
	}
	return "", 0
}

// approxPair reads an approximate pair of numerals at r[i:] that counts
// something: 「四五年」→「4或5年」, 「两三万」→「2或3万」, 「五六十万」→
// 「50或60万」, 「十二三年」→「12或13年」, 「二十五六万」→「25或26万」,
// 「第三四名」→「第3或4名」. The two
// digits follow each other (三四, not 三五). 「二三年开始」 is the year 2023,
// said short: 「23年开始」. l is 0 when there is no such pair.
func approxPair(r []rune, i int) (string, int) {
	j := i
	base := 0
	if r[j] == '十' && j+1 < len(r) {
		base = 10 // 十二三
		j++
	} else if d, ok := digitOf[r[j]]; ok && d >= 2 && j+2 < len(r) && r[j+1] == '十' {
		base = d * 10 // 二十五六 (round 113: read as 二十五 and 6万)
		j += 2
	}
	if j+1 >= len(r) {
		return "", 0
	}
	a, ok1 := digitOf[r[j]]
	b, ok2 := digitOf[r[j+1]]
	if !ok1 || !ok2 || a == 0 || b != a+1 {
		return "", 0
	}
	k := j + 2
	mult := 1
	if base == 0 && k < len(r) {
		if m, ok := multOf[r[k]]; ok {
			mult = m
			k++
		}
	}
	prev := rune(0)
	if i > 0 {
		prev = r[i-1]
	}
	if prev == '几' || prev >= '0' && prev <= '9' {
		return "", 0
	}
	next := rune(0)
	if k < len(r) {
		next = r[k]
	}
	if !(next != 0 && strings.ContainsRune(numeralUnits, next)) && prev != '第' && prev != '前' {
		return "", 0
	}
	// 「二三年开始」, 「一二年那会」: a year said short; so is one in a list of
	// years (「二一年二三年二四年」, round 80: read as 2或3).
	// 「一两年那是以后的事」: 两 is never said in a year (round 81: read as
	// 12 years).
	_, listNext := digitOf[runeAt(r, k+1)]
	if r[j+1] != '两' && base == 0 && mult == 1 && next == '年' && a <= 2 && ((prev == '年' || listNext) ||
		k+1 < len(r) && strings.HasPrefix(string(r[k+1:]), "开始") ||
		k+1 < len(r) && strings.ContainsRune("起到至底初那的时以", r[k+1])) {
		return strconv.Itoa(a*10 + b), k - i
	}
	lo, hi := base+a*mult, base+b*mult
	return strconv.Itoa(lo) + "或" + strconv.Itoa(hi), k - i
}

// readNumeral reads the longest Chinese numeral at the start of r (up to
// 9999; 万 is left to the caller as a unit) and returns its value and its
// length in runes, 0 when there is none.
func readNumeral(r []rune) (int, int) {
	section, cur, l := 0, -1, 0
	for l < len(r) {
		c := r[l]
		if d, ok := digitOf[c]; ok {
			if cur > 0 {
				break // 「三四」: two digits in a row is a range, not a number
			}
			cur = d
			l++
			continue
		}
		m, ok := multOf[c]
		if !ok {
			break
		}
		if cur < 0 {
			if m != 10 || l > 0 {
				break
			}
			cur = 1 // 十二 is 一十二
		}
		section += cur * m
		cur = -1
		l++
	}
	if cur > 0 {
		section += cur
	}
	if section == 0 {
		if l > 0 && (r[0] == '零' || r[0] == '〇') {
			return 0, 1
		}
		return 0, 0
	}
	return section, l
}

// AlsoAsks reports a short sentence that adds one more thing to the
// questions before it (「能评技术能手不 三八红旗手呢 还有河州工匠」): it asks
// that thing too, said after a question.
func AlsoAsks(t string) bool {
	return alsoAskRe.MatchString(strings.TrimSpace(t))
}

var alsoAskRe = regexp.MustCompile(`^(?:还有|还有就是|另外|另外还有)[^,，。.?？!！]{2,10}$`)

// ANotA reports a verb asked as A不A or A没A (发不发, 管不管, 去没去): a
// question whatever else the sentence says. 「不对不对」 and 「不行不行」 say
// no twice; they ask nothing.
func ANotA(t string) bool {
	return ANotAIndex(t) >= 0
}

// ANotAIndex returns the byte offset in t of the first A不A or A没A that
// ANotA finds, or -1.
func ANotAIndex(t string) int {
	r := []rune(t)
	off := 0
	for i := 0; i+2 < len(r); i++ {
		if (r[i+1] == '不' || r[i+1] == '没') && r[i] == r[i+2] && r[i] != '不' && r[i] != '没' && unicode.Is(unicode.Han, r[i]) && (i == 0 || r[i-1] != '不' && r[i-1] != '没') {
			return off
		}
		off += utf8.RuneLen(r[i])
	}
	return -1
}

// OneRuneApart reports whether a and b have as many runes and differ in
// exactly one of them (特派元 and 特派员).
func OneRuneApart(a, b string) bool {
	return RuneApartAt(a, b) >= 0
}

// RuneApartAt returns the index of the one rune in which a and b, of as many
// runes, differ, or -1 when they do not differ in exactly one.
func RuneApartAt(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return -1
	}
	at := -1
	for i := range ra {
		if ra[i] != rb[i] {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// DenialBefore is what, right before a name, says it is not the speaker's
// or the person's (「不是特派员」, 「不当科技特派员」): 不是, 不当, 没当,
// 没有当, 不做, 没做, then 啥 or 什么. The dialog reads a name
// after it as no news; retrieval reads a clause of it as no question.
const DenialBefore = `(?:不是|不当|没当|没有当|不做|没做)(?:啥|什么)?`

// runeAt returns r[i], or 0 past either end.
func runeAt(r []rune, i int) rune {
	if i < 0 || i >= len(r) {
		return 0
	}
	return r[i]
}
