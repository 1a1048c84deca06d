package knowledge

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/corpus"
)

// Thresholds for answering, chosen on corpus/eval/tune.tsv (TestBlindTune
// prints the figures they give; the held-out half was not looked at).
const (
	// minSupport is the least support (the summed specificity of the
	// document words the question shares with the article) an article needs
	// to be the answer. One word that only a few articles use is enough;
	// words every article uses (人才, 单位) are not.
	minSupport = 1.3
	// strongSupport is the support that places a short question whose
	// score is below minScore (but not below half of it).
	strongSupport = 4.0
	// minScore is the lowest BM25 score of the best article that counts.
	minScore = 0.05
	// supportWeight is how much the support of an article raises its BM25
	// score when ranking.
	supportWeight = 0.25
	// keyWeight is the least specificity of a word that names a
	// question's subject: a word of at most two articles.
	keyWeight = 2.2
	// unkeyedWeight scales the score of an article that lacks all of the
	// question's rare words when another article has one.
	unkeyedWeight = 0.6
	// uniqueWeight is the support of a word that one article alone uses.
	uniqueWeight = 2.8
	// searchDepth is how many sentences are ranked per question.
	searchDepth = 40
)

// Lookup answers q from the document: the article (or document fact) that
// answers it, with the sentence(s) quoted; for a message with several
// questions, one finding each (the first here, the others in More). It
// returns the zero Finding when the document does not answer. The error is
// non-nil only when the index fails (or ctx ends); a question never causes
// one.
func (ix *Index) Lookup(ctx context.Context, q string) (corpus.Finding, error) {
	q = ix.normalize(q)
	if q == "" {
		return corpus.Finding{}, nil
	}
	if f, ok := ix.cache.get(q); ok {
		return f, nil
	}
	if m := ix.denied(q); m != 0 {
		ctx = context.WithValue(ctx, deniedKey{}, m)
	}
	f, err := ix.lookup(ctx, q)
	if err == nil {
		ix.cache.put(q, f)
	}
	return f, err
}

// notThatRe: a first clause that says what the question is not about,
// correcting an earlier answer (「不是贷款，我说的是……」).
var notThatRe = regexp.MustCompile(`^(不是|不是说|我不是问|我问的不是|不是问)[^,，。.!！?？ ]{1,6}?(?:[,，。.!！ ]+|的?(?:我问的是|我是问|我想问|我说的是|而是))`)

// rephraseRe: a lead-in that says the question is asked again in other
// words (「换个问法：」, 「明白了。那么」).
var rephraseRe = regexp.MustCompile(`^((明白了|知道了|懂了|好的|谢谢)[,，。.!！ ]*)?(我)?(换个问法|换个说法|换句话说|换句话问|再问一下|再问一遍|重新问一下)[:：,，。 ]*|^(明白了|知道了|懂了|好的|谢谢)[,，。.!！ ]+`)

// lookup answers a normalised question.
func (ix *Index) lookup(ctx context.Context, q string) (corpus.Finding, error) {
	if m := rephraseRe.FindStringIndex(q); m != nil && m[1] < len(q) {
		q = q[m[1]:] // 「换个问法：」 names no subject
	}
	if m := notThatRe.FindStringIndex(q); m != nil && m[1] < len(q) {
		q = q[m[1]:] // what it is not about names no subject
	}
	// 「州科技局负责哪几条」: a responsible unit's articles.
	if d := ix.duties(q); d != nil && len(d.Named) > 0 {
		a, _ := ix.c.Doc.Article(d.Named[0])
		return corpus.Finding{Article: a.Number, Title: a.Title, Units: a.Units, Duties: d, Score: 1}, nil
	}
	// 「驾照有效期几年」: the validity of something the document does not
	// cover is not the document's.
	// What a story before it says (「……想贷500万建冷库。……这个2021年的文件
	// 到时候还有效吗？」) is not what asks about validity: only the
	// sentences that ask it are looked at for an uncovered subject.
	if vs := ix.validitySentences(q); vs != "" && (ix.c.Lexicon.UncoveredIn(vs) == "" || containsAny(q, ix.c.Lexicon.Validity.Refs)) && !ix.asksGraduateYears(q) {
		v := ix.topicFinding("validity")
		// A long message that asks other things too (「……根据48号文件……补
		// 助是给公司还是给专家？今年已经引进十几个了还能给吗？」) gets them
		// answered after the validity.
		if asks, _ := splitAsks(q); !ix.c.Lexicon.AsksValidityByTime(q) && len(asks) < 2 {
			return v, nil
		}
		// 「明年就满六年了，还能不能再延？」: whether the policy still
		// applies then comes first, and what it says of the rest after.
		f, err := ix.parts(ctx, q)
		if err != nil || !f.Found() || f.Topic == "validity" {
			return v, err
		}
		rest := append([]corpus.Finding{f}, f.More...)
		rest[0].More = nil
		asks, _ := splitAsks(q)
		for i := range rest {
			if rest[i].Asked == "" {
				rest[i].Asked = shortAsk(strings.Join(asks, " "))
			}
		}
		v.More = rest[:min(2, len(rest))]
		return v, nil
	}
	return ix.parts(ctx, q)
}

// answerJoined answers q, an ask put together with what it is read with
// (the ask before it, a check's title), and reports whether that answer
// comes from one of arts.
func (ix *Index) answerJoined(ctx context.Context, q, background string, bgTerms []term, arts ...int) (corpus.Finding, bool, error) {
	g, err := ix.answerOne(ctx, q, ix.scan(q), background, bgTerms)
	if err != nil {
		return corpus.Finding{}, false, err
	}
	return g, g.Found() && slices.Contains(arts, g.Article), nil
}

// checkNamed is the check whose title or alias text names, the longest
// name first; nil when none does.
func (ix *Index) checkNamed(text string) *corpus.Check {
	var best *corpus.Check
	n := 0
	for _, ch := range ix.c.Checks {
		for _, w := range append([]string{ch.Title}, ch.Aliases...) {
			if len(w) > n && strings.Contains(text, w) {
				best, n = ch, len(w)
			}
		}
	}
	return best
}

// situationLedRe: an ask that opens on the person's own situation, not a
// subject of its own (单位还发工资不, 期间社保谁交, 那这几年工资呢).
var situationLedRe = regexp.MustCompile(`^(?:那|那么|还有|另外|再有|再问一下)?(?:我们|我的|我)?(?:单位|原单位|期间|这期间|这段时间|这几年|到时候|那时候|那段时间)`)

// mayDoRe: whether someone may do what is named elsewhere (她能否报名,
// 能不能申请), with no subject of its own.
var mayDoRe = regexp.MustCompile(`(能否|能不能|可不可以|可否|能|可以)(一起|一块儿?|也|都)?(报名|报|申请|当|参加|参评|享受)`)

// alsoRe: someone else wanting the same (她也想报, 他也能当吗), which
// names what they want only by the question before.
var alsoRe = regexp.MustCompile(`[他她我俺]也(想|要|能|打算|准备|可以)`)

// procedureTimeRe: a question of when to do something (几月份申请, 哪天报
// 名), not of when the document was issued (round 94: 「几月份申请」 got
// the date of issue).
var procedureTimeRe = regexp.MustCompile(`申请|报名|申报|办理|评选|选派|推荐|领取|发放|报送|提交|开始报|截止`)

// loanPurposeRe: a loan's sum followed by what it is for (贷款500万建冷库).
var loanPurposeRe = regexp.MustCompile(`贷[款]?[0-9.]*万?元?(?:用来|用于|去|来)?(?:扩建|扩大|扩充|扩|改造|新建|建|修|盖|买|购买|购置|开|办|搞|租|添|上)[^,，。;；!！?？吗]{0,8}`)

// purposeRe: a clause that says what a loan is for (想扩建冷库, 打算开个
// 农家乐, 准备买设备), up to the next clause mark.
var purposeRe = regexp.MustCompile(`(想|要|打算|准备|计划|用来|用于)(扩建|扩大|扩充|扩|改造|新建|建|修|盖|买|购买|开|办|搞|弄|租|添|上)[^,，。;；!！?？]{0,12}|(扩建|新建|修建|建个|建一个|盖个|添置|购置)[^,，。;；!！?？吗]{0,8}|` +
	// 「公司注册资本500万」: what the company is, told beside the loan asked
	// for (round 46).
	`(注册资本|注册资金|营业额|年营业收入|营业收入|年产值|产值)[^,，。;；!！?？吗]{0,8}`)

// asksGraduateYears reports 「毕业3年过期了没有」: whether someone still
// counts as a graduate, not whether the document still applies (unless the
// document is named).
func (ix *Index) asksGraduateYears(q string) bool {
	if containsAny(q, ix.c.Lexicon.Validity.Refs) {
		return false
	}
	for _, f := range ix.c.Lexicon.FacetsIn(q) {
		if f.Name == "毕业年限" {
			return true
		}
	}
	return false
}

// shortAsk is a question as a part's heading names it: its first
// maxAskRunes characters.
func shortAsk(q string) string {
	r := []rune(q)
	if len(r) <= maxAskRunes {
		return q
	}
	return string(r[:maxAskRunes]) + "……"
}

// maxAskRunes bounds a question named in a part's heading.
const maxAskRunes = 30

// parts answers a normalised question that is not (only) about validity:
// one finding per question it asks.
func (ix *Index) parts(ctx context.Context, q string) (corpus.Finding, error) {
	asks, background, over := splitAsksOver(q)
	bgTerms := ix.scan(background).terms // the story is read once, for every question
	scans := make([]scanned, len(asks))  // each question is read once
	for i, a := range asks {
		scans[i] = ix.scan(a)
	}
	var parts []corpus.Finding
	prev := -1 // the part the last question went to
	for i, a := range asks {
		// 「第16条和第17条的责任单位有啥不一样？」: an article named by its
		// number is the subject, whatever the words around it.
		if refs := ix.articleRefs(a); len(refs) > 0 {
			for _, n := range refs {
				f, err := ix.articlePart(ctx, n, a)
				if err != nil {
					return corpus.Finding{}, err
				}
				if len(asks) > 1 || len(refs) > 1 {
					f.Asked = a
				}
				parts, prev = mergePart(parts, f)
			}
			continue
		}
		// 「……目录在哪儿能查到？我学的专业在不在里面？」: whether someone
		// or something is in what the question before named asks what that
		// list holds, which no article lists.
		if i > 0 && prev >= 0 && parts[prev].Article > 0 && memberRe.MatchString(a) && ix.c.Lexicon.UncoveredIn(a) == "" {
			p := &parts[prev]
			const m = "具体名单和去向"
			switch {
			case slices.Contains(p.Missing, m):
			case p.Silent():
				p.Missing = append(p.Missing, m)
			default:
				parts = append(parts, corpus.Finding{Article: p.Article, Title: p.Title, Units: p.Units,
					Missing: []string{m}, Quotes: p.Quotes[:min(1, len(p.Quotes))], Asked: a, Score: p.Score})
				continue
			}
			if p.Asked != "" {
				p.Asked += " " + a
			}
			continue
		}
		// 「……每月补助2万元，不知是否属实？这笔钱是医院出还是政府出？」: one
		// that points back (这笔钱) is about the question before it.
		own := len(scans[i].terms) > 0 && !(i > 0 && prev >= 0 && parts[prev].Found() && pointsBack(a))

		// Words of its own too common to place it (毕业这么久了还算不算,
		// after 能贷多少): when it asks a facet, it is a follow-up as well.
		var alone *corpus.Finding
		if own && i > 0 && prev >= 0 && parts[prev].Found() && len(ix.c.Lexicon.FacetsIn(a)) > 0 &&
			ix.c.Lexicon.UncoveredIn(a) == "" && ix.c.Lexicon.ElsewhereIn(a) == "" {
			f, err := ix.answerOne(ctx, a, scans[i], background, bgTerms)
			if err != nil {
				return corpus.Finding{}, err
			}
			own, alone = f.Found(), &f
			// 「……离岗这三年工资还发不发？绩效还有没有？」: placed by its
			// own words elsewhere (绩效 → 第13条), a question whose only
			// words are what it asks (绩效 of 工资待遇) still follows the
			// one before.
			// So does one whose words are all words of the article before
			// (「……且符合条件……单位说还要符合条件，是什么条件？」 after 第8条:
			// 符合条件 is in 第14条 too).
			if own && f.Article != parts[prev].Article {
				switch {
				case ix.onlyAsked(a, scans[i]):
					own, alone = false, nil
				case ix.allIn(scans[i], parts[prev].Article):
					own = false // words of its own: a part of its own, on that article
				}
			}
		}
		// 「……乡镇的单位能报吗？我爱人在乡卫生院当医生，他能报吗？」: who
		// may, asked of another person with words that place it nowhere,
		// asks what the question before asked (round 75: 「没有找到」).
		if own && alone == nil && i > 0 && prev >= 0 && parts[prev].Article > 0 && whoMayRe.MatchString(a) &&
			ix.c.Lexicon.UncoveredIn(a) == "" && ix.c.Lexicon.ElsewhereIn(a) == "" {
			f, err := ix.answerOne(ctx, a, scans[i], background, bgTerms)
			if err != nil {
				return corpus.Finding{}, err
			}
			if !f.Found() {
				own = false
			}
		}
		// A question with no subject of its own that follows another
		// (深圳有安家补贴吗？能给多少？ 表彰一年评几次？每个县有多少名额？) is
		// about the same thing: it is read with that question as its
		// context and answered within its part; what it asks that the text
		// does not state is added to that part, never answered apart.
		// A subject the document does not cover is a question of its own
		// (公司能拿补贴吗？他的住房交通补贴有没有？): said, never folded away.
		if i > 0 && !own && prev >= 0 && ix.c.Lexicon.UncoveredIn(a) == "" && ix.c.Lexicon.ElsewhereIn(a) == "" {
			p := &parts[prev]
			if p.Found() {
				f, err := ix.answerOne(ctx, a, scans[i], asks[i-1]+"。"+background, append(slices.Clone(scans[i-1].terms), bgTerms...))
				if err != nil {
					return corpus.Finding{}, err
				}
				var missing []string
				switch {
				case f.Article == p.Article && f.Topic == p.Topic:
					missing = f.Missing
				case p.Article > 0 && (!f.Found() || f.Article != p.Article):
					// Too little of its own to place (毕业这么久了还算不算):
					// what it asks is looked for in what the part quotes.
					var quoted strings.Builder
					for _, q := range p.Quotes {
						quoted.WriteString(q.Text)
					}
					for _, fc := range ix.c.Lexicon.FacetsIn(a) {
						if !containsAny(quoted.String(), fc.Stated) {
							missing = append(missing, fc.Name)
						}
					}
				}
				if len(missing) > 0 && !p.Silent() && (alone != nil || ix.c.Lexicon.ApartIn(a, missing)) {
					// A question with words of its own asks what the same
					// article does not state, while the part answers its
					// own question: a part of its own, so that the answer
					// stays an answer. (One with no words of its own, 能给
					// 多少, is part of its question and makes it unstated;
					// one that asks a condition on the person, 是否超龄, is
					// not.)
					parts = append(parts, corpus.Finding{Article: p.Article, Title: p.Title, Units: p.Units,
						Missing: missing, Quotes: p.Quotes[:min(1, len(p.Quotes))], Asked: a, Score: p.Score})
					continue
				}
				// 「……另外我老伴陪我过来，她的吃住能不能管？」: one that asks
				// nothing the article leaves unstated but names a thing of
				// its own the document never speaks of is declined on its
				// own, never absorbed without a word.
				// Not one that asks a facet the article states (「补助标准究竟
				// 如何？」: 标准 is the facet's word, not a thing).
				if len(missing) == 0 && !pointsBack(a) && len(ix.c.Lexicon.FacetsIn(a)) == 0 && ix.strangeNoun(a, asks[i-1]) != "" {
					parts, prev = mergePart(parts, corpus.Finding{Asked: a})
					continue
				}
				for _, m := range missing {
					if !slices.Contains(p.Missing, m) {
						p.Missing = append(p.Missing, m)
					}
				}
				// 「可以自己牵头办个小公司吗？一年能报几次？」: what the same
				// article states of it is quoted in the part (round 111:
				// 「每年选派1次」 was left out, and the count said unstated).
				if f.Found() && f.Article == p.Article && len(missing) == 0 {
					merged, _ := mergePart([]corpus.Finding{*p}, corpus.Finding{Article: f.Article, Topic: p.Topic, Quotes: f.Quotes, Missing: p.Missing})
					p.Quotes = merged[0].Quotes
				}
			}
			if len(asks) > 1 && p.Asked != "" {
				p.Asked += " " + a
			}
			continue
		}
		// 「那我徒弟呢？他省一类赛第3名，能推荐啥？」: a question with no
		// subject of its own before any other leads into the ones after it,
		// which say what it is about; it is not declined on its own.
		if !own && prev < 0 && i < len(asks)-1 && leadIn(a) && ix.c.Lexicon.UncoveredIn(a) == "" && ix.c.Lexicon.ElsewhereIn(a) == "" {
			continue
		}
		// A subject the document does not cover is judged on the question
		// itself, not on the story around it.
		u := ix.uncoveredIn(a)
		// 「想扩建冷库，需要贷400万，能批吗？」: what a loan is for is not
		// what is asked about when nothing else the document lacks is named.
		if u != "" && strings.Contains(a, "贷") {
			// 「想申请创业担保贷款300万元建冷库，请问300万能批吗」 too
			// (round 69).
			rest := loanPurposeRe.ReplaceAllString(purposeRe.ReplaceAllString(a, ""), "贷")
			if rest != a && ix.c.Lexicon.UncoveredIn(rest) == "" {
				u = ""
			}
		}
		if u == "" {
			u = ix.c.Lexicon.ElsewhereIn(a)
		}
		// 「…耕地地力保护补贴还没到账。这个补贴一亩多少钱？」: a question that
		// points back (这个补贴) to a subject of the story asks about it.
		// So does one that names no subject of the document's own, by a
		// word few articles use (「老板说兰州新区引进博士有安家费。到底给多
		// 少？」, 「我是特岗教师……啥时候能转成事业编制？」).
		// So does one with no subject of its own (「……贷了脱贫人口小额信贷3万
		// ……还能不能享受贴息？」).
		// Not one that follows a question just answered (「1.引进人才办的企
		// 业能贷多少？500万行不行？」 after a story of a 冷库): it asks on.
		answeredBefore := prev >= 0 && parts[prev].Found() && parts[prev].Uncovered == "" && !parts[prev].Silent()
		if u == "" && !answeredBefore && (pointsBack(a) || !ix.keyed(scans[i]) || background != "" && ix.followsSubject(a, scans[i], background)) && !containsAny(a, ix.c.Lexicon.Validity.Refs) {
			// Only what was told before it: 「……是真的吗 ……娃娃户口在和政」
			// does not ask about 户口 before it is named.
			// Nor from another question asked before it (「2.是否有年龄限制？
			// 3.企业引进后有无奖励？」): only from the story.
			prior := background
			if at := strings.Index(q, a); at > 0 {
				prior = q[:at]
				for _, other := range asks[:i] {
					prior = strings.Replace(prior, other, "", 1)
				}
			}
			// A word that describes someone (退休教授, 户口在和政) is not the
			// subject a later question asks about.
			// What a loan in the story is for (「想申请创业担保贷款500万建冷
			// 库」) is not what a question about the loan asks.
			if strings.Contains(prior, "贷") {
				prior = loanPurposeRe.ReplaceAllString(purposeRe.ReplaceAllString(prior, ""), "贷")
			}
			if w := ix.uncoveredIn(prior); !slices.Contains(traitWords, w) {
				u = w
			}
		}
		// A follow-up of a question about a subject the document does not
		// cover (「乡镇工作补贴每月多少？事业单位的人也发吗？」) is about it too.
		// So is one that asks where or how (「在乡镇哪个部门申请」: 办理地点)
		// with no subject but a place.
		// A numbered question (「3.企业引进后有无奖励?」) is one of its own.
		// Not when what it was is a trait of the person (「不知退休人員可否享
		// 受？是否兩萬封頂？」): the follow-up asks about the subject of the
		// story, not about 退休 (round 84: 封顶 and who pays unanswered).
		listed := listMarkRe.MatchString(a)
		traitBefore := prev >= 0 && i > 0 && slices.Contains(traitWords, parts[prev].Uncovered) && ix.keyed(scans[i-1])
		if u == "" && prev >= 0 && !listed && parts[prev].Uncovered != "" && !traitBefore && (!ix.keyed(scans[i]) || !ix.namesThing(a) ||
			len(ix.c.Lexicon.FacetsIn(a)) > 0 && !ix.keyedBeyond(scans[i], placeWords)) {
			continue
		}
		// So is one that names nothing of its own (「能不能去州医院多点执业？
		// 要不要备案？」: 备案 is done, not a thing) after a question the
		// document does not answer: it is declined with it, not answered
		// from an article that happens to use the verb.
		if u == "" && prev >= 0 && !listed && !parts[prev].Found() && parts[prev].Uncovered == "" && !ix.namesThing(a) {
			continue
		}
		// 「……助学贷款毕业后怎么还？能延期吗？」, 「……稳岗返还怎么申请？返还
		// 比例是多少？」: one that opens on what it asks, with no subject
		// before it, or on a word of the question before, is about that
		// question's subject: declined with it, not answered from an
		// article that happens to share a word.
		// Only when nothing before it was answered: after 「离岗期间工资还发不
		// 发？有没有住房补贴？」 a 「能去企业兼职吗？」 is still about leaving.
		if u == "" && i > 0 && prev >= 0 && !listed && !traitBefore && !slices.ContainsFunc(parts, corpus.Finding.Found) && ix.followsSubject(a, scans[i], asks[i-1]) && !ix.namesDocSum(a) {
			continue
		}
		var f corpus.Finding
		if u != "" {
			if all := ix.c.Lexicon.UncoveredAllIn(a); len(all) > 1 && slices.Contains(all, u) {
				u = strings.Join(all, "、")
			}
			f = corpus.Finding{Uncovered: u, Asked: a}
		} else {
			var err error
			if alone != nil {
				f = *alone
			} else if f, err = ix.answerOne(ctx, a, scans[i], background, bgTerms); err != nil {
				return corpus.Finding{}, err
			}
			// 「我媳妇在乡卫生院当护士 她也想报 去村里教防疫 行不行」 after
			// a question about 科技特派员: one placed nowhere on its own
			// words, which names what another wants only by 也 (她也想报), is read
			// with the question before it; only an answer from that
			// question's article is taken (round 48).
			// So is one with no subject of its own (「标准是多少？」 after
			// 「能否享受柔性引进人才补助？」, round 60: declined apart).
			if !f.Found() && f.Uncovered == "" && i > 0 && prev >= 0 && parts[prev].Article > 0 {
				// 「另外我爱人在乡卫生院当护士，她能否报名？」 too: whether
				// someone may do what the question before named (held-out
				// round 100: declined apart).
				// 「2、这钱是我们公司出还是政府出？」: one that points back to
				// what the question before named (round 116: declined).
				if attr := ix.attributeLed(a); alsoRe.MatchString(a) || mayDoRe.MatchString(a) || attr || pointsBack(a) {
					g, err := ix.answerOne(ctx, a, scans[i], asks[i-1]+"。"+background, append(slices.Clone(scans[i-1].terms), bgTerms...))
					if err != nil {
						return corpus.Finding{}, err
					}
					if g.Found() && g.Article == parts[prev].Article {
						f = g
					} else if ch := ix.checkNamed(asks[i-1]); ch != nil && slices.Contains(ch.Articles, parts[prev].Article) && !attr {
						// 「还有我媳妇在乡中心小学教书,我俩能不能一起报?」 after a
						// long question about 科技特派员: read with the
						// programme it named, not all its words (round 174:
						// 第5条's 农村中小学, then declined).
						g, ok, err := ix.answerJoined(ctx, ch.Title+"。"+a, background, bgTerms, parts[prev].Article)
						if err != nil {
							return corpus.Finding{}, err
						}
						if ok {
							f = g
						}
					} else if attr {
						// Asked with the subject before it put in (补助 + 标准是多少).
						g, ok, err := ix.answerJoined(ctx, asks[i-1]+"，"+a, background, bgTerms, parts[prev].Article)
						if err != nil {
							return corpus.Finding{}, err
						}
						if ok {
							f = g
						}
					}
				}
			}
			// 「我是县里中学的老师……想离岗创业……是不是学校同意了就行？」:
			// an ask that names no check's subject, placed by a common word
			// (同意) in an article other than that of the check the story
			// names, is read with that check named; taken when its article
			// answers (round 105: 第15条's 所在单位同意 of 科技特派员).
			if ch := ix.checkNamed(background + strings.Join(asks[:i], "")); f.Found() && ch != nil && !slices.Contains(ch.Articles, f.Article) && ix.checkNamed(a) == nil {
				g, ok, err := ix.answerJoined(ctx, ch.Title+"。"+a, background, bgTerms, ch.Articles...)
				if err != nil {
					return corpus.Finding{}, err
				}
				if ok {
					f = g
				}
			}
			// 「单位还发工资不？」 after 「离岗期间能不能评研究员职称」: an
			// ask led by the person's situation (单位, 期间), placed in
			// another article by a common word (工资), is read with the ask
			// before it, and taken when that answers from the same article
			// or says it does not state this (round 103: 第13条's pay of
			// 急需紧缺人才 quoted as the answer).
			if f.Found() && i > 0 && prev >= 0 && parts[prev].Article > 0 && f.Article != parts[prev].Article && situationLedRe.MatchString(a) {
				g, ok, err := ix.answerJoined(ctx, asks[i-1]+"，"+a, background, bgTerms, parts[prev].Article)
				if err != nil {
					return corpus.Finding{}, err
				}
				if ok {
					f = g
				}
			}

			if len(asks) > 1 {
				f.Asked = a
			}
		}
		parts, prev = mergePart(parts, f)
	}
	if len(parts) == 0 {
		return corpus.Finding{}, nil
	}
	// Lead with a finding that answers, when one does.
	slices.SortStableFunc(parts, func(a, b corpus.Finding) int { return rankFinding(a) - rankFinding(b) })
	main := parts[0]
	main.Unasked = over
	main.More = parts[1:]
	if len(main.More) == 0 {
		main.More = nil
		main.Asked = ""
	}
	return main, nil
}

// allIn reports whether the words of a scanned question that place it (few
// articles use them) are all words of article n, and one at least is.
// Common words (单位) place nothing.
func (ix *Index) allIn(s scanned, n int) bool {
	if n <= 0 {
		return false
	}
	some := false
	for _, t := range s.terms {
		in := t.arts&(1<<uint(n)) != 0
		if !in && ix.vocab.weight(t.arts) >= keyWeight {
			return false
		}
		some = some || in
	}
	return some
}

// strangeNoun returns a noun of question a, not said in the question
// before it, that the document never uses (老伴 in 「另外我老伴陪我过来，她的
// 吃住能不能管？」): what the question is about, which no article speaks of.
func (ix *Index) strangeNoun(a, before string) string {
	for _, w := range ix.seg.words(a) { // a is normalised already
		// 「每年都有」 is a phrase the dictionary calls a noun: a word
		// with 每, 都 or 有 in it says how often or whether, not a thing
		// (round 116: 「是每年都有还是就一次」 declined).
		if strings.HasPrefix(w.text, "每") || strings.ContainsAny(w.text, "都有") {
			continue
		}
		if !strings.HasPrefix(w.pos, "n") || functionPOS[w.pos] || utf8.RuneCountInString(w.text) < 2 || slices.Contains(genericNouns, w.text) || slices.Contains(attributeLeads, w.text) ||
			isAskWord(w.text) || strings.Contains(before, w.text) || ix.vocab.mask(w.text) != 0 || ix.lexiconWord(w.text) {
			continue
		}
		return w.text
	}
	return ""
}

// followsSubject reports whether question a, asked after before, has no
// subject of its own: it opens on a verb or question word (能延期吗, 是县
// 财政发吗) or on a word of the question before (返还比例是多少, after 稳岗
// 返还怎么申请), and names none of the document's programmes (a term of
// three characters or more: 创业担保贷款, 科技特派员).
func (ix *Index) followsSubject(a string, s scanned, before string) bool {
	words := ix.seg.words(a) // a is normalised already, and s its scan
	// 那, 还有, 另外: a turn, not a subject; 现在, 到期了: when, not what.
	for len(words) > 0 && (slices.Contains([]string{"c", "e", "y", "t", "d", "ul", "uj", "u"}, words[0].pos) || slices.Contains([]string{"那", "那么", "还有", "另外"}, words[0].text)) {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	for _, t := range s.terms {
		if utf8.RuneCountInString(t.text) >= 3 && !strings.Contains(before, t.text) {
			return false
		}
	}
	first := words[0]
	if utf8.RuneCountInString(first.text) >= 2 && strings.Contains(before, first.text) {
		return true
	}
	if slices.Contains(predicateLeads, first.text) || strings.HasPrefix(first.pos, "v") && !strings.HasPrefix(first.pos, "vn") {
		return true
	}
	// 「标准是多少？」 after 「能否享受柔性引进人才补助？」: an attribute,
	// with no thing of its own, is the thing's before (round 60: declined
	// apart).
	if ix.attributeLed(a) {
		return true
	}
	// 「能延期吗」: the segmenter keeps the lexicon's 能延 as one word.
	return ix.lexWords[first.text] && slices.ContainsFunc(predicateLeads, func(l string) bool {
		return utf8.RuneCountInString(l) == 1 && strings.HasPrefix(first.text, l)
	})
}

// attributeLed reports a short question that opens on an attribute
// (标准是多少, 补助标准究竟如何: a word of attributeLeads first, or second
// after the thing the question before named).
func (ix *Index) attributeLed(a string) bool {
	words := ix.seg.words(a)
	if len(words) > 5 {
		return false
	}
	for k, w := range words[:min(2, len(words))] {
		if slices.Contains(attributeLeads, w.text) {
			return true
		}
		if k == 0 && !strings.HasPrefix(w.pos, "v") && !strings.HasPrefix(w.pos, "n") {
			return false
		}
	}
	return false
}

// attributeLeads are what is asked of a thing named before: its amount,
// its terms, its steps.
var attributeLeads = []string{"标准", "金额", "额度", "数额", "比例", "条件", "期限", "年限", "对象", "范围", "名额", "上限", "下限", "最高", "最低"}

// predicateLeads open a question on what it asks, with no subject before.
var predicateLeads = []string{"能", "能不能", "可以", "可不可以", "可", "是", "是不是", "要", "要不要", "需要", "需不需要", "会", "会不会", "还", "还能", "还可以", "还要", "有没有", "有", "怎么", "咋", "如何", "怎样", "多少", "几", "该", "应该", "由", "谁", "啥", "什么", "哪", "哪里", "在哪", "去哪", "多久", "多长时间", "能否", "是否", "必须", "得"}

// validitySentences returns the sentences of q that ask whether the
// document applies, joined; q itself when only the whole asks it.
func (ix *Index) validitySentences(q string) string {
	if !ix.c.Lexicon.AsksValidity(q) {
		return ""
	}
	var out []string
	for _, sn := range strings.FieldsFunc(q, func(r rune) bool { return strings.ContainsRune("。！？!?\n", r) }) {
		if ix.c.Lexicon.AsksValidity(sn) {
			out = append(out, sn)
		}
	}
	if len(out) == 0 {
		return q
	}
	return strings.Join(out, "。")
}

// uncoveredIn returns the subject the document does not cover that a
// question asks about. One named only where the person describes
// themselves (「本人退休多年，柔性引进每年补助多少？」: retired, asking about
// the subsidy) is a fact of theirs, not the subject, when the asking clause
// does not name it; one in hearsay or a story about others still is
// (「听说别的地方有住房补贴，我们这有没有？」).
func (ix *Index) uncoveredIn(a string) string {
	u := ix.c.Lexicon.UncoveredIn(a)
	cs := strings.FieldsFunc(a, func(r rune) bool { return strings.ContainsRune(",，、 ", r) })
	if u != "" && len(cs) < 2 && selfTold(a, u) && ix.keyed(ix.scan(a)) {
		// 「我是乡卫生院的大夫中医看病的……我想当那个科技特派员行不行」,
		// typed by voice with no marks: what the person does (看病的) is
		// who they are, not what they ask about.
		return ""
	}
	if u == "" || len(cs) < 2 {
		return u
	}
	// Only when the asking clause names a subject of the document's own,
	// by a word few articles use (柔性引进): 「我是特岗教师……啥时候能转成
	// 事业编制？」 asks about the 特岗 post.
	keyed := false
	for _, c := range cs {
		// So does one that asks what the document leaves open of its own
		// term (「是否算作高层次」: the standard for 高层次人才).
		keyed = keyed || isQuestion(c) && (ix.keyed(ix.scan(c)) || len(ix.c.Lexicon.FacetsIn(c)) > 0 && ix.c.Lexicon.UncoveredIn(c) == "")
	}
	for _, c := range cs {
		// A fact told of the one asked about (「他是……全职引进的硕士，户口和
		// 人事关系都转到和政了……能拿这个补助吗」, round 56: declined as a
		// question of 户口) is no subject either; hearsay is.
		if w := ix.c.Lexicon.UncoveredIn(c); w != "" && (isQuestion(c) || !selfRe.MatchString(c) && (hearsayRe.MatchString(c) || !toldOfRe.MatchString(a)) || !keyed) {
			return w
		}
	}
	return ""
}

// keyed reports whether a scanned question has a word few articles use
// (柔性引进, 离岗), which names a subject of the document's own.
func (ix *Index) keyed(s scanned) bool {
	return slices.ContainsFunc(s.terms, func(t term) bool { return ix.vocab.weight(t.arts) >= keyWeight })
}

// onlyAsked reports whether every word of a question the document knows
// is a word of what it asks (a facet's: 绩效, 材料), not of a subject.
func (ix *Index) onlyAsked(a string, s scanned) bool {
	fcs := ix.c.Lexicon.FacetsIn(a)
	if len(fcs) == 0 {
		return false
	}
	for _, t := range s.terms {
		asked := false
		for _, fc := range fcs {
			for _, w := range fc.Asks {
				w = strings.ReplaceAll(w, "…", "")
				if strings.Contains(w, t.text) || strings.Contains(t.text, w) {
					asked = true
				}
			}
		}
		if !asked {
			return false
		}
	}
	return true
}

// uniqueSubject reports whether the question names its subject by a
// lexicon word only article n uses (再延 → 延长), not a word of what is
// asked (备案, 工钱) nor a plain word (统一), and has no noun the document
// does not know.
func (ix *Index) uniqueSubject(ask string, s scanned, n int) bool {
	if slices.ContainsFunc(ix.foreign(ask), func(w string) bool { return !modifies(ask, w, s.terms) }) || ix.c.Lexicon.UncoveredIn(ask) != "" {
		return false
	}
	bit := uint32(1) << uint(n)
	return slices.ContainsFunc(s.terms, func(t term) bool {
		// A sum only article n sets (2万) names it too (「是否就是2万」,
		// round 69) — not a sum borrowed (贷2万: the loans' article sets
		// no such sum, and 2万 is no loan).
		// A sum borrowed that the loans' own article sets (公司贷正好300万,
		// round 147's judge: declined) names it.
		return t.arts == bit && ix.vocab.weight(t.arts) >= uniqueWeight && (sumRe.MatchString(t.text) && (!strings.ContainsAny(ask, "贷借") || ix.lends(n)) || ix.c.Lexicon.FacetsIn(t.text) == nil && ix.lexiconWord(t.text))
	})
}

// lends reports whether article n speaks of loans (贷款).
func (ix *Index) lends(n int) bool {
	a, ok := ix.c.Doc.Article(n)
	return ok && strings.Contains(a.Body, "贷款")
}

// modifies reports a noun said only to describe a word of the document
// after it (中药材加工的企业: what the 企业 does), not a subject of its own.
func modifies(ask, w string, terms []term) bool {
	at := strings.Index(ask, w)
	if at < 0 {
		return false
	}
	rest := []rune(ask[at+len(w):])
	// 「能领办个马铃薯淀粉厂不」: what a business makes names the business,
	// not a subject (round 79: declined).
	if tail := string(rest[:min(len(rest), 5)]); businessHeadRe.MatchString(tail) {
		return true
	}
	for i := 0; i < len(rest) && i <= 4; i++ {
		if rest[i] == '的' {
			after := string(rest[i+1:])
			return slices.ContainsFunc(terms, func(t term) bool { return strings.HasPrefix(after, t.text) })
		}
		if strings.ContainsRune("，,。？?！!；; ", rest[i]) {
			return false
		}
	}
	return false
}

// businessHeadRe: a business named right after what it makes or does
// (淀粉厂, 养殖合作社, 面馆), before any mark.
var businessHeadRe = regexp.MustCompile(`^[^，,。？?！!；; 的]{0,3}?(?:厂|公司|企业|合作社|店|馆|作坊|基地|车间|工作室|养殖场|园)`)

// uniqueBar is the score a question carried by a word only article n uses
// must reach: half the bar, and a quarter when every word of the question
// the document knows is n's alone (「我最多还能延长几年」: 延长 scores low
// against 第1条's long sentence, and nothing else is asked).
func (ix *Index) uniqueBar(s scanned, n int) float64 {
	bit := uint32(1) << uint(n)
	if len(s.terms) > 0 && !slices.ContainsFunc(s.terms, func(t term) bool { return t.arts != bit }) {
		return minScore / 4
	}
	return minScore / 2
}

// traitWords are uncovered words that describe a person rather than name
// a subject asked about.
var traitWords = []string{"退休", "户口", "户籍", "残疾", "残疾人", "党员"}

// listMarkRe: a question numbered in a list (1. 2、 （3） 一、).
var listMarkRe = regexp.MustCompile(`^\s*(?:问题[:：]?)?([0-9]+[.、)）]|[（(][0-9]+[)）]|[一二三四五六七八九十]、|[①②③④⑤⑥⑦⑧⑨⑩])`)

// keyedBeyond is keyed, not counting the given words.
func (ix *Index) keyedBeyond(s scanned, but []string) bool {
	return slices.ContainsFunc(s.terms, func(t term) bool {
		return ix.vocab.weight(t.arts) >= keyWeight && !slices.Contains(but, t.text)
	})
}

// placeWords name where, not what.
var placeWords = []string{"乡镇", "乡", "镇", "县", "县市", "州", "村", "州上", "县上", "乡上", "省上", "全州", "基层"}

// selfRe: a clause in which the person describes themselves.
// selfTold reports whether w is said only inside the person's telling of
// who they are (「我是……看病的」: w within a few characters of 我是 or 我在 and
// followed by 的, or, typed by voice, by the 我 of the next clause: 「我是……
// 合作社的会计我们请了……」).
func selfTold(a, w string) bool {
	at := strings.Index(a, w)
	if at < 0 || strings.Contains(a[at+len(w):], w) {
		return false
	}
	for _, m := range selfAtRe.FindAllStringIndex(a[:at], -1) {
		gap := utf8.RuneCountInString(a[m[1]:at])
		if gap <= 16 && !strings.ContainsAny(a[m[1]:at], "吗？?") && (strings.HasPrefix(a[at+len(w):], "的") || strings.HasPrefix(a[at+len(w):], "我")) {
			return true
		}
	}
	return false
}

var selfAtRe = regexp.MustCompile(`(我|他|她|我媳妇|我老公|我爱人)(是|在)`)

// toldOfRe: a message that tells of the one it asks about (他是, 她已经).
var toldOfRe = regexp.MustCompile(`(?:^|[，,。；;])(?:他|她)(?:是|已经|已|去年|今年|前年)`)

// hearsayRe: what others say or do elsewhere.
var hearsayRe = regexp.MustCompile(`听说|据说|听人说|别的地方|外地|外省|别人|人家|有的地方|其他地方|别处|其他县|别的县|隔壁`)

var selfRe = regexp.MustCompile(`^(本人|我是|我系|我已|我今年|我家|我们家|我)`)

// memberRe: whether something is in what was named before (在不在里面,
// 包不包括我们).
var memberRe = regexp.MustCompile(`在不在里面|在里面吗|在里边吗|在不在里边|在不在其中|在其中吗|包不包括|包括不包括|包括我|包含不包含|在不在名单|在名单里|在不在目录|在目录里|有没有我们|有我们吗|列没列进去|列进去了吗`)

// pointsBack reports a question that names the money it asks about by
// pointing back to the story: 这个补贴, 这笔钱.
func pointsBack(a string) bool {
	return bareVerbAskRe.MatchString(a) || containsAny(a, []string{"这个补贴", "这项补贴", "那个补贴", "这笔补贴", "这个补助", "这项补助", "那个补助", "这笔钱", "这个钱", "那笔钱", "这钱", "那钱", "这些钱", "这个补助金", "这笔贷款", "这个贷款", "那个贷款", "这个2万", "这2万", "这笔2万", "那个2万", "这份补助", "这份补贴"})
}

// bareVerbAskRe: a question that asks only whether the verb of the one
// before holds for someone (「我爱人……她能不能免？」 after a question on
// 免除反担保, round 57: declined), its object left unsaid.
var bareVerbAskRe = regexp.MustCompile(`(?:能不能|可不可以|能否|是否|可以|能)(?:也)?(?:免|免掉|享受|享受到|领|拿)(?:吗|不|呢)?[?？]?$|(?:免|享受)不(?:免|享受)[?？]?$|也(?:能|可以|行)(?:吗|不)?[?？]?$`)

// leadIn reports a short question that only turns to someone or something
// else (那我徒弟呢？, 我老婆呢？).
//
// So does one that only asks whether the person qualifies (「那我这个情况能
// 享受上不」, 「我这样的行不行」): the questions after it say for what.
func leadIn(a string) bool {
	a = strings.TrimRight(a, "?？!！。. ")
	n := utf8.RuneCountInString(a)
	return n <= 10 && strings.HasSuffix(a, "呢") || n <= 14 && qualifiesRe.MatchString(a)
}

// qualifiesRe: a question whether the person qualifies, naming nothing.
var qualifiesRe = regexp.MustCompile(`(能|可以)?(享受|享受上|享受到|符合|够格|够条件|够得上|行|可以|能行)(不|吗|么|没|嘛)?$|(行不行|可不可以|能不能享受|符不符合|够不够)$`)

// rankFinding orders the parts of a reply: answers, then what the document
// does not state, then declines.
func rankFinding(f corpus.Finding) int {
	switch {
	case f.Found() && !f.Silent():
		return 0
	case f.Found():
		return 1
	}
	return 2
}

// mergePart adds f to parts, folding it into an earlier answer from the same
// article (its quotes added) so that one article is cited once.
func mergePart(parts []corpus.Finding, f corpus.Finding) ([]corpus.Finding, int) {
	for i := range parts {
		p := &parts[i]
		if !p.Found() || !f.Found() || p.Article != f.Article || p.Topic != f.Topic || p.Silent() != f.Silent() {
			continue
		}
		// A quote that holds another, or is held by it, is said once.
		for _, q := range f.Quotes {
			k := slices.IndexFunc(p.Quotes, func(e corpus.Excerpt) bool {
				return strings.Contains(e.Text, q.Text) || strings.Contains(q.Text, e.Text)
			})
			switch {
			case k < 0:
				p.Quotes = append(p.Quotes, q)
			case len(q.Text) > len(p.Quotes[k].Text):
				p.Quotes[k] = q
			}
		}
		for _, m := range f.Missing {
			if !slices.Contains(p.Missing, m) {
				p.Missing = append(p.Missing, m)
			}
		}
		if p.Asked != "" && f.Asked != "" {
			p.Asked += " " + f.Asked
		}
		return parts, i
	}
	if f.Silent() {
		// Two questions the document leaves open in the same way (「是否有
		// 明确标准？……是否算作高层次？」: the standard for 高层次人才) are
		// said once, on the article of the first.
		for i, p := range parts {
			if p.Silent() && slices.Equal(p.Missing, f.Missing) {
				if p.Asked != "" && f.Asked != "" {
					parts[i].Asked += " " + f.Asked
				}
				return parts, i
			}
		}
	}
	if !f.Found() && f.Uncovered == "" {
		// A question we cannot place is said once, however many there are.
		for i, p := range parts {
			if !p.Found() && p.Uncovered == "" {
				return parts, i
			}
		}
	}
	return append(parts, f), len(parts)
}

func (ix *Index) topicFinding(id string) corpus.Finding {
	tp, _ := ix.c.Meta.Topic(id)
	return corpus.Finding{Topic: tp.ID, Title: tp.Title, Quotes: []corpus.Excerpt{{Text: tp.Quote}}, Score: 1}
}

// answerOne answers one question of a message; background is the rest of
// the message (bgTerms its document words), which helps place it but weighs
// less.
func (ix *Index) answerOne(ctx context.Context, ask string, askScan scanned, background string, bgTerms []term) (corpus.Finding, error) {
	allTerms := append(slices.Clone(askScan.terms), bgTerms...)
	hits, err := ix.search(ctx, ask, background, searchDepth)
	if err != nil {
		return corpus.Finding{}, err
	}
	groups := rank(hits)
	// Weigh each article by BM25 and by how specific the words it shares
	// with the question are; topics need their own words in the question.
	best := -1
	var bestScore float64
	// A question that names a fact of the document (文号, 印发) and otherwise
	// only the document's own title (人才引进, 营商环境) is about the document,
	// not about an article that happens to share its title's words.
	terms := allTerms
	if len(askScan.topics) > 0 {
		terms = slices.DeleteFunc(slices.Clone(terms), func(t term) bool { return strings.Contains(ix.c.Meta.Title, t.text) })
	}
	// The question's own rare words (州级拔尖人才: two articles) name its
	// subject: when an article that passes uses one of them, an article
	// that uses none counts for less, however well its other words match
	// (拔尖人才的补贴每月多少 is not about the 2万元 of 柔性引进).
	var key uint32
	for _, t := range askScan.terms {
		if ix.vocab.weight(t.arts) >= keyWeight {
			key |= t.arts
		}
	}
	keyed := slices.ContainsFunc(groups, func(g group) bool {
		n := g.hits[0].Article
		return n > 0 && key&(1<<uint(n)) != 0 && ix.support(terms, n) >= minSupport
	})
	// 「……它是落实省里哪个文件精神的。是哪个文件？」: a question with no
	// words of its own asks about the fact of the document its story names.
	topics := askScan.topics
	if len(askScan.terms) == 0 && len(topics) == 0 && background != "" {
		topics = ix.scan(background).topics
	}
	for i, g := range groups {
		score := g.score
		if g.hits[0].Article > 0 {
			sup := ix.support(terms, g.hits[0].Article)
			if sup < minSupport {
				continue
			}
			score *= 1 + supportWeight*sup
			if keyed && key&(1<<uint(g.hits[0].Article)) == 0 {
				score *= unkeyedWeight
			}
		} else if !slices.Contains(topics, g.hits[0].Topic) || g.hits[0].Topic == "validity" && len(askScan.unknown) > 0 ||
			g.hits[0].Topic != "validity" && benefitRe.MatchString(ask) ||
			g.hits[0].Topic == "date" && procedureTimeRe.MatchString(ask) {
			// Words of validity about something the document does not
			// know (驾照到期了) are about that thing, not the document.
			// Who gives a benefit (「补助由哪个部门发放」) is not who issued
			// the document (round 45).
			continue
		}
		if best < 0 || score > bestScore {
			best, bestScore = i, score
		}
	}
	// A topic's own words in the question are its evidence; its score is
	// low only because a topic's list of words is long.
	// A short question carried by a word only its article uses (「我最多能再
	// 延几年」: 延长, 第1条's alone) scores low on BM25 but says where it
	// belongs: half the bar is enough then.
	// 「做顾问有没有补助」: a short question whose words the article holds
	// far more of than any other (顾问指导, 补助: 第2条) scores low only for
	// being short; half the bar is enough then too (round 168: declined).
	if best < 0 || groups[best].score < minScore && groups[best].hits[0].Article > 0 &&
		!(groups[best].score >= ix.uniqueBar(askScan, groups[best].hits[0].Article) && ix.uniqueSubject(ask, askScan, groups[best].hits[0].Article)) &&
		!(groups[best].score >= minScore/2 && ix.support(terms, groups[best].hits[0].Article) >= strongSupport) {
		return corpus.Finding{}, nil
	}
	g := groups[best]
	// With a story or context around it, the sentences that speak of the
	// question's own words come first (「离岗创业。职称还能评不」: the
	// sentence on 职称评审, not the one that best matches 离岗). Among
	// those that speak of as many, one that states what is asked (「这个补助
	// 是合作社出还是政府出」: 补助, in 「……给予每人每年不少于2万元的补助」)
	// comes before one that only shares a word of the story (合作社); a
	// sentence that states it about something else (the 评选条件 of a 大师
	// 工作室, asked what a 实习基地 needs) does not pass one that speaks of
	// the question's own words.
	fcs := ix.c.Lexicon.FacetsIn(ask)
	if g.hits[0].Article > 0 {
		own := func(h Hit) int {
			n := 0
			for _, t := range askScan.terms {
				if strings.Contains(h.Text, t.text) {
					n++
				}
			}
			return n
		}
		states := func(h Hit) int {
			for _, fc := range fcs {
				if containsAny(h.Text, fc.Stated) {
					return 1
				}
			}
			return 0
		}
		// An amount (万元, %) is stated only where an amount is: a sentence
		// that states one answers 「候鸟型专家每年给多少钱」 before one that
		// shares more of its words (候鸟服务, 特聘专家). Words of a condition
		// (具有, 评选条件) are said of many things, so there the question's
		// own words decide first.
		amount := slices.ContainsFunc(fcs, func(fc corpus.Facet) bool {
			return slices.ContainsFunc(fc.Stated, func(w string) bool { return w == "万元" || w == "元" || w == "%" })
		})
		hs := slices.Clone(g.hits)
		slices.SortStableFunc(hs, func(a, b Hit) int {
			if amount {
				if d := states(b) - states(a); d != 0 {
					return d
				}
			}
			if d := own(b) - own(a); d != 0 {
				return d
			}
			return states(b) - states(a)
		})
		g.hits = hs
	}
	top := g.hits[0]
	if top.Article == 0 {
		return ix.topicFinding(top.Topic), nil
	}
	a, _ := ix.c.Doc.Article(top.Article)
	f := corpus.Finding{Article: a.Number, Title: a.Title, Units: a.Units, Score: bestScore}
	// What is asked must be stated where the article speaks of the
	// question: in the sentences that match it, not anywhere in the
	// article (the 20万元 of the loan is not the amount of a 创业补贴).
	near := g.hits[0].Text
	if len(g.hits) > 1 && g.hits[1].Score >= 0.85*g.hits[0].Score {
		near += g.hits[1].Text
	}
	for _, fc := range fcs {
		if !containsAny(near, fc.Stated) {
			f.Missing = append(f.Missing, fc.Name)
		}
	}
	// The kind of fact asked for (a number, a list, a place, a date) is
	// looked for where the article's matching sentences speak of the
	// question's own words (of the story's, when the question has none).
	focus := askScan.terms
	if len(focus) == 0 {
		focus = bgTerms
	}
	var spoken []string
	for _, h := range g.hits[:min(len(g.hits), 3)] {
		spoken = append(spoken, h.Text)
	}
	for _, m := range unstated(ask, near, strings.Join(spoken, "。"), focus) {
		if !slices.Contains(f.Missing, m) {
			f.Missing = append(f.Missing, m)
		}
	}
	// 「我媳妇……她也想报一次能当几年」: a span or a count the matching
	// sentences do not give may be given by another sentence of the
	// article that speaks of the question's words or the story's (每年选派1
	// 次，连续选派期限不超过5年; round 84: 「具体期限」 said unstated).
	var stating []string
	if m, ok := askedCount(ask); ok {
		name := countName(m)
		if i := slices.Index(f.Missing, name); i >= 0 && (name == "具体期限" || name == "人数或名额") {
			words := append(slices.Clone(focus), bgTerms...)
			for _, sn := range a.Sentences {
				cs := splitClauses(sn)
				if statesNumber(cs, m) && slices.ContainsFunc(words, func(t term) bool { return utf8.RuneCountInString(t.text) >= 2 && strings.Contains(sn, t.text) }) {
					f.Missing = slices.Delete(f.Missing, i, i+1)
					stating = append(stating, sn)
					break
				}
			}
		}
	}
	for i, o := range groups {
		if i == best || o.hits[0].Article == 0 || len(f.Related) >= 2 {
			continue
		}
		if o.score >= 0.75*g.score && ix.support(allTerms, o.hits[0].Article) >= minSupport {
			f.Related = append(f.Related, o.hits[0].Article)
		}
	}
	// The quote is cut to the question's own words; the story's only
	// when the question has none of its own.
	quoteQ := ask
	if len(askScan.terms) == 0 {
		quoteQ += " " + background
	}
	f.Quotes = ix.quotes(quoteQ, g.hits, len(f.Missing) > 0)
	for _, sn := range stating {
		f.Quotes = append(f.Quotes, corpus.Excerpt{Text: sn})
	}
	return f, nil
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// quotes picks the excerpt(s) to quote from an article's matching sentences:
// the best sentence, and the second when it scores nearly as well; a long
// sentence is cut to the clauses that match the question. As context for a
// question the article does not answer, one excerpt is enough.
func (ix *Index) quotes(q string, hits []Hit, context bool) []corpus.Excerpt {
	// 「谁能当科技特派员」, 「我能不能报」: who may is answered by the
	// sentence that names who (round 73: 「每年选派1次」 was quoted).
	if whoMayRe.MatchString(q) {
		if i := slices.IndexFunc(hits, func(h Hit) bool { return namesWhoRe.MatchString(h.Text) }); i > 0 {
			hits = append([]Hit{hits[i]}, slices.Delete(slices.Clone(hits), i, i+1)...)
			hits[0].Score = max(hits[0].Score, hits[1].Score)
		}
	}
	terms := queryTerms(q + " " + strings.Join(ix.c.Lexicon.Expand(q), " "))
	quantity := asksQuantity(q)
	late := lateTerms(q)
	out := excerpt(hits[0].Text, q, terms, late, quantity)
	if !context && len(hits) > 1 && hits[1].Score >= 0.85*hits[0].Score {
		out = append(out, excerpt(hits[1].Text, q, terms, late, quantity)...)
	}
	return out
}

// whoMayRe: a question whether someone may take part (谁能当, 能不能报);
// namesWhoRe: a sentence that names who may.
var (
	whoMayRe   = regexp.MustCompile(`谁能|谁可以|什么人|啥人|哪些人|哪种人|能不能(?:报|当|申请|参加|选|入选)|能(?:报|当|申请|参加)[^，,。？?]{0,10}?(?:吗|不)|可以(?:报|当|申请|参加)[^，,。？?]{0,10}?(?:吗|不)|有没有资格|够不够格|有资格`)
	namesWhoRe = regexp.MustCompile(`人员|对象|符合条件的`)
)

// benefitRe: money or a benefit a question may ask who gives.
var benefitRe = regexp.MustCompile(`补助|补贴|贷款|奖励|奖金|资金|工资|津贴|贴息|钱`)
