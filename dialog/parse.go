package dialog

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

// parseChineseNumber reads numerals up to 9999 such as 三, 十, 十二, 二十,
// 二十五, 一百, 两百零三 (for article references, 「第十四条」).
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
