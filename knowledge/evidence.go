package knowledge

import (
	"regexp"
	"slices"
	"strings"
)

// What a question asks for, told by its grammar, not by its subject: how
// many (几篇论文, 补贴每月多少), which ones (具体有哪些专业), where (设在哪个县),
// when (什么时候评). The article that speaks of the subject answers such a
// question only when the clauses where it speaks of it state that kind of
// fact: a number with the unit asked for, an enumeration, a place, a date.
// Otherwise the text is silent on what was asked, however well the subject
// matches; the answer then says so and quotes what the text does say.
//
// These are the language's question words, not the policy's vocabulary;
// the subject-specific facets (pay, collateral, fees…) stay in the lexicon.

var (
	// how many / how much: 几 or 多少 with the classifier or noun after it.
	// 好几年, 这几个 and 哪几 are not asking for a number.
	askCountRe = regexp.MustCompile(`(?:^|[^好这那哪没])(?:几|多少)(个|篇|次|名|人|家|所|年|万|元|块|岁|天|月|项|批|条|种|位|钱|名额|期|届|轮)?`)
	// which ones: an enumeration is asked for.
	askListRe = regexp.MustCompile(`哪些|哪几|是(?:哪|那)[0-9几]+(?:个|家|所|类|项|种|条)|具体(?:有|是)(?:哪|什么)`)
	// a person or people asked for: answered by who the article names, not
	// by a list.
	askWhoRe = regexp.MustCompile(`(?:哪些|哪几类|哪几种|哪类)(?:人|人员|对象|群体)`)
	// where: a place, a school, a county.
	askPlaceRe = regexp.MustCompile(`(?:设在|建在|放在|在)(?:哪|什么地方)|哪个(?:县|市|学校|学院|地方|乡镇|园区)|哪所|哪座`)
	// when: a date or a time of year.
	askTimeRe = regexp.MustCompile(`什么时候|啥时候|啥时|何时|哪天|哪一天|几月|几号|哪年|哪一年|什么时间|啥时间`)
)

var (
	// a number with what follows it (up to two characters: 1万人, 20万元).
	numberRe = regexp.MustCompile(`[0-9]+(?:\.[0-9]+)?([^0-9，。；：、]{0,2})`)
	// a place: a named school, city or platform the text puts something in.
	placeRe = regexp.MustCompile(`(?:在|到|赴|依托|与|同)[^，。；]{0,14}(?:学院|学校|大学|市|县|省|平台|网站|窗口)`)
	// a date or a recurring time.
	timeRe = regexp.MustCompile(`[0-9]+年[0-9]+月|到[0-9]+年|[0-9]+月|每[0-9]*年|期满|之日起|末`)
)

// moneyRe: a question about an amount of money (补贴每月多少).
var moneyRe = regexp.MustCompile(`补贴|补助|奖励|奖金|钱|资金|经费|工资|薪|贷|资助`)

// units says which number units answer a classifier or counted noun.
var units = map[string][]string{
	"个": {"个", "名", "人", "家", "所", "项"}, "篇": {"篇"}, "次": {"次"}, "名": {"名", "人"}, "人": {"人", "名"},
	"家": {"家"}, "所": {"所"}, "年": {"年"}, "万": {"万"}, "元": {"元"}, "块": {"元"}, "钱": {"元"},
	"岁": {"岁"}, "天": {"天", "日"}, "月": {"月"}, "项": {"项"}, "批": {"批"}, "条": {"条"}, "种": {"种"},
	"位": {"名", "人", "位"}, "名额": {"名", "人", "名额"}, "期": {"期"}, "届": {"届"}, "轮": {"轮"},
}

// unstated names what q asks for that the matching sentences of an article
// (spoken) do not state, by the kinds above: none when they state it or q
// asks none of them. focus are the document words of the question; only the
// clauses that hold one of them count (the 20万元 of the loan is not the
// amount of a subsidy in the next clause), or every clause when none does.
//
// An amount (多少钱, or 多少 with no unit) may also be stated in the best
// matching sentence itself (near), as the lexicon's facets are checked: the
// question's words need not be the text's (候鸟型专家 for 柔性引进的高层次人才).
func unstated(q, near, spoken string, focus []term) []string {
	clauses := focusClauses(spoken, focus)
	var out []string
	if m, ok := askedCount(q); ok && !askListRe.MatchString(q) {
		stated := statesNumber(clauses, m)
		if !stated && (m == "" || countName(m) == "具体金额") {
			stated = statesNumber(splitClauses(near), m)
		}
		if !stated {
			name := countName(m)
			if m == "" && moneyRe.MatchString(q) {
				name = "具体金额"
			}
			out = append(out, name)
		}
	}
	if askListRe.MatchString(q) && !askWhoRe.MatchString(q) && !slices.ContainsFunc(clauses, statesList) {
		out = append(out, "具体名单和去向")
	}
	if askPlaceRe.MatchString(q) && !slices.ContainsFunc(clauses, func(c string) bool { return statesPlace(c, q) }) {
		out = append(out, "办理地点和渠道")
	}
	if askTimeRe.MatchString(q) && !slices.ContainsFunc(clauses, timeRe.MatchString) {
		out = append(out, "时间安排")
	}
	// 「双定向评审是啥」: a term asked for what it is; the document
	// defines none (where it says 是指, that is stated).
	// 「科技特派员要求是什么」 asks the conditions, not what a word means.
	if askDefRe.MatchString(strings.TrimSpace(q)) && !askRulesRe.MatchString(q) && !slices.ContainsFunc(clauses, func(c string) bool { return strings.Contains(c, "是指") }) {
		out = append(out, "具体含义")
	}
	return out
}

// askDefRe: a short question that asks only what a term is.
var askDefRe = regexp.MustCompile(`^[^,，。;；!！?？]{2,10}?(是啥|是什么|是个啥|是个什么|指什么|指啥|啥意思|什么意思)[?？!！。.]*$`)

// fewQuestionsRe: 「几个问题」, 「几件事」 say how many things are asked.
var fewQuestionsRe = regexp.MustCompile(`几(个|件|点)(小)?(问题|事情|事)|(?:几|多少)个(?:百分)?点`)

// askedCount returns the classifier (or counted noun) of a question that
// asks how many, and whether it asks. 几 also means "a few" (我们几个大学生,
// 跟几所高校合作): it asks only in a question with no other question word.
func askedCount(q string) (string, bool) {
	// 「咨询几个问题」 counts nothing; 「贴息是几个点」 asks a rate, not how many
	// (round 168: 「人数或名额」 said unstated).
	q = fewQuestionsRe.ReplaceAllString(q, "")
	var few []string
	for _, m := range askCountRe.FindAllStringSubmatchIndex(q, -1) {
		cl := ""
		if m[2] >= 0 {
			cl = q[m[2]:m[3]]
		}
		if strings.Contains(q[m[0]:m[1]], "多少") {
			return cl, true
		}
		few = append(few, cl)
	}
	if len(few) == 0 || otherAskRe.MatchString(q) {
		return "", false
	}
	return few[0], true
}

// otherAskRe: a question asked another way than by 几.
var otherAskRe = regexp.MustCompile(`吗|么|[不没]$|[不没][?!]?$|是不是|能不能|可不可以|有没有|会不会|行不行|支持不|什么|怎么|怎样|如何|哪|咋|啥`)

// focusClauses are the clauses of near that hold a focus word, each with
// the clause after it (a subject's list or date often follows it:
// 全面推行企业新型学徒制，到2023年，…).
func focusClauses(near string, focus []term) []string {
	var all []string
	for _, s := range strings.FieldsFunc(near, func(r rune) bool { return r == '。' || r == '；' }) {
		all = append(all, splitClauses(s)...)
	}
	var out []string
	for i, c := range all {
		if slices.ContainsFunc(focus, func(t term) bool { return len([]rune(t.text)) >= 2 && strings.Contains(c, t.text) }) {
			if i+1 < len(all) {
				c += all[i+1]
			}
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return all
	}
	return out
}

// statesNumber reports whether a clause gives a number; with a classifier,
// a number of that unit.
func statesNumber(clauses []string, classifier string) bool {
	for _, c := range clauses {
		for _, m := range numberRe.FindAllStringSubmatch(c, -1) {
			if classifier == "" {
				return true
			}
			for _, u := range units[classifier] {
				if strings.Contains(m[1], u) {
					return true
				}
			}
		}
	}
	return false
}

// statesPlace reports whether a clause puts something in a place the
// question does not name already (asked where the base Jinan helps build is,
// 「与山东济南市」 is not the answer).
func statesPlace(c, q string) bool {
	for _, m := range placeRe.FindAllString(c, -1) {
		r := []rune(m)
		if len(r) < 4 {
			continue
		}
		name := string(r[len(r)-4 : len(r)-1]) // the name before its last character (济南市 → 济南)
		if !strings.Contains(q, string([]rune(name)[1:])) {
			return true
		}
	}
	return false
}

// statesList reports whether a clause enumerates (教育、卫生、公检法).
func statesList(c string) bool {
	return strings.Contains(c, "、") || strings.Contains(c, "”“")
}

func countName(classifier string) string {
	switch classifier {
	case "元", "块", "钱", "万":
		return "具体金额"
	case "年", "月", "天", "期":
		return "具体期限"
	case "名额", "人", "名", "位", "个":
		return "人数或名额"
	}
	return "具体数量"
}

// askRulesRe: what is asked is what is required (要求, 条件), which the
// article may state, not a definition.
var askRulesRe = regexp.MustCompile(`(要求|条件|资格|门槛)(是什么|是啥|有哪些|有什么)`)
