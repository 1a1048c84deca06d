package dialog

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/corpus"
)

// parseAnswer reads a typed answer to slot s. It accepts a choice's number,
// label or alias; for yes/no the usual words; for numbers Arabic or Chinese
// numerals with or without the unit (「两年」 「2年」 「2」).
func parseAnswer(s *corpus.Slot, text string) (string, bool) {
	question := looksLikeQuestion(text)
	text = cleanAnswer(text)
	if text == "" {
		return "", false
	}
	switch s.Type {
	case corpus.ChoiceSlot, corpus.YesNoSlot:
		return matchOption(s.Options(), text, !question)
	case corpus.NumberSlot:
		n, ok := parseNumber(text, s.Unit)
		if !ok || n < s.Min || n > s.Max {
			return "", false
		}
		return strconv.Itoa(n), true
	case corpus.TextSlot:
		if utf8.RuneCountInString(text) > s.MaxLen {
			return "", false
		}
		return text, true
	}
	return "", false
}

// cleanAnswer lower-cases text, maps full-width forms to ASCII, and trims
// spaces and the punctuation people put around a short answer.
func cleanAnswer(text string) string {
	text = strings.Map(func(r rune) rune {
		if r >= '！' && r <= '～' { // full-width ASCII
			r = r - '！' + '!'
		}
		if r == '\u3000' {
			return ' '
		}
		return unicode.ToLower(r)
	}, text)
	return strings.TrimFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	})
}

// questionMarkers are words that make a message a question rather than an
// answer: 「反担保是什么意思」 contains 「是」 but does not answer yes.
var questionMarkers = []string{"?", "？", "吗", "什么", "怎么", "怎样", "如何", "多少", "哪", "为什么", "为啥", "啥", "几", "呢", "能否", "是否", "可否", "请问"}

func looksLikeQuestion(text string) bool {
	for _, m := range questionMarkers {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}

// matchOption finds the one option text names: by number, by label or alias
// (exactly), or, when loose, by the one label or alias contained in the text.
func matchOption(opts []corpus.Option, text string, loose bool) (string, bool) {
	if n, ok := parseNumber(text, ""); ok && n >= 1 && n <= len(opts) && isDigits(strings.TrimPrefix(text, "第")) {
		return opts[n-1].Value, true
	}
	for _, o := range opts {
		if strings.EqualFold(text, o.Label) || strings.EqualFold(text, o.Value) {
			return o.Value, true
		}
		for _, a := range o.Aliases {
			if text == strings.ToLower(a) {
				return o.Value, true
			}
		}
	}
	if !loose {
		return "", false
	}
	// A sentence that names one option: 「我是高校毕业生」. A name inside a
	// longer name found too does not count, so 「不是」 is not read as 「是」;
	// names of two options (「大学生还是公司」) are ambiguous. Short Latin
	// names (y, no) must match exactly: too many words contain them.
	type hit struct{ value, name string }
	var hits []hit
	for _, o := range opts {
		for _, name := range append([]string{o.Label}, o.Aliases...) {
			name = strings.ToLower(name)
			if len(name) < 3 && hanCount(name) == 0 || !strings.Contains(text, name) {
				continue
			}
			hits = append(hits, hit{o.Value, name})
		}
	}
	value := ""
	for _, h := range hits {
		covered := false
		for _, o := range hits {
			if o.value != h.value && len(o.name) > len(h.name) && strings.Contains(o.name, h.name) {
				covered = true
				break
			}
		}
		if covered {
			continue
		}
		if value != "" && value != h.value {
			return "", false
		}
		value = h.value
	}
	return value, value != ""
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

var chineseDigits = map[rune]int{
	'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

// parseNumber reads a whole number from text: 「3」, 「3年」, 「第3名」,
// 「三年」, 「十二」, 「两百」, 「共 5 年」. The text may carry the unit and
// a few filler words, but nothing that makes the number ambiguous: two
// numbers, a fraction or a minus sign give false.
func parseNumber(text, unit string) (int, bool) {
	if strings.ContainsAny(text, "-－负.．") {
		return 0, false
	}
	t := cleanAnswer(text)
	for _, filler := range []string{"第", "共", "一共", "总共", "累计", "大概", "大约", "已经", "了", "整", "满"} {
		t = strings.ReplaceAll(t, filler, "")
	}
	for _, u := range []string{unit, "年", "名", "岁", "个", "次"} {
		if u != "" {
			t = strings.TrimSuffix(t, u)
		}
	}
	t = strings.TrimSpace(t)
	if t == "" {
		return 0, false
	}
	if isDigits(t) {
		if len(t) > 6 {
			return 0, false
		}
		n, err := strconv.Atoi(t)
		return n, err == nil
	}
	return parseChineseNumber(t)
}

// parseChineseNumber reads numerals up to 9999 such as 三, 十, 十二, 二十,
// 二十五, 一百, 两百零三.
func parseChineseNumber(t string) (int, bool) {
	total, cur := 0, -1
	for _, r := range t {
		if d, ok := chineseDigits[r]; ok {
			if cur >= 0 && cur != 0 {
				return 0, false // two digits in a row: 「三四」
			}
			cur = d
			continue
		}
		mul := map[rune]int{'十': 10, '百': 100, '千': 1000}[r]
		if mul == 0 {
			return 0, false
		}
		if cur < 0 {
			if mul != 10 || total != 0 {
				return 0, false
			}
			cur = 1 // 十二 is 一十二
		}
		total += cur * mul
		cur = -1
	}
	if cur > 0 {
		total += cur
	}
	if cur < 0 && total == 0 {
		return 0, false
	}
	return total, true
}

// hanCount counts the Han characters in s.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}
