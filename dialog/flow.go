package dialog

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/corpus"
)

// maxWrong is how many wrong answers in a row to one question lead the
// assistant to offer a person.
const maxWrong = 3

// Button data: 「k:<check>」 starts a check, 「a:<round>:<slot>:<value>」
// answers a question of the check started in that round, and
// 「a:<round>:#ok:yes|no」 confirms or rejects a reading.
const (
	startPrefix  = "k:"
	answerPrefix = "a:"
	confirmSlot  = "#ok"
)

// menu ends any check under way and shows the list of checks.
func (e *Engine) menu(s *Session) Reply {
	endCheck(s)
	s.Menu = true
	return e.menuReply(s)
}

// checkLabel is how the menu shows a check: 「创业担保贷款（第14条）」.
func checkLabel(ch *corpus.Check) string {
	arts := make([]string, len(ch.Articles))
	for i, n := range ch.Articles {
		arts[i] = "第" + strconv.Itoa(n) + "条"
	}
	return ch.Title + "（" + strings.Join(arts, "、") + "）"
}

func (e *Engine) menuReply(s *Session) Reply {
	var r Reply
	r.plain(txtMenu)
	for _, ch := range e.corpus.Checks {
		r.Choices = append(r.Choices, Choice{Label: checkLabel(ch), Data: startPrefix + ch.ID})
	}
	return r
}

// validAnswer reports whether v is an answer sl can have: one of its
// options, or a number in its range.
func validAnswer(sl *corpus.Slot, v string) bool {
	if sl.Type == corpus.NumberSlot {
		n, err := strconv.Atoi(v)
		return err == nil && n >= sl.Min && n <= sl.Max
	}
	return slices.ContainsFunc(sl.Options(), func(o corpus.Option) bool { return o.Value == v })
}

func endCheck(s *Session) {
	s.Check, s.Pending, s.Answers, s.Order, s.Wrong, s.Guess, s.Menu, s.Several = "", "", nil, nil, 0, nil, false, false
}

// wantsMoreRe: a correction that speaks of more asked for (再, 这次…),
// which then says the more itself.
// alsoServedRe: a correction that tells of a leave besides the ones told
// (我也离过一年岗, 还离过).
var alsoServedRe = regexp.MustCompile(`也离过|也离了|也离开过|还离过|还离了|也有过一次|还有过一次|另外还离|也曾离`)

var wantsMoreRe = regexp.MustCompile(`再|这次|这回|此次|本次|还想|想|打算|准备|计划|还要`)

// sumKey, after a slot's id among what was heard, keeps the parts a total
// was added up from (以前的2年＋这次的6年): numbers and units only.
const sumKey = "~sum"

// eitherKey, after a slot's id among what was heard, keeps a number said
// as one of two (五六年) whose two readings give the same verdict.
const eitherKey = "~either"

// partsKey, before a slot's id among the answers, keeps the parts of a
// total shown back, while it is shown.
const partsKey = "+sum:"

// noPastKey, before a slot's id among the answers, marks a total told with
// no leave before it (「以前没离过」): a leave before told later is added
// to it, not put in place of one of its parts (pastPartAdded).
const noPastKey = "+nopast:"

// severalKey marks, among what was heard for a check, that the person
// spoke of more than one of what it is about.
const severalKey = "+several"

func (e *Engine) start(s *Session, ch *corpus.Check) Reply {
	endCheck(s)
	heard := s.Heard[ch.ID]
	// The same check again after its verdict (「请按300万元重新自查」, a new
	// round to try another answer): what was answered is shown back, not
	// asked again; what was heard since stands over it.
	if s.Last == ch.ID && len(s.LastAnswers) > 0 && !s.Switched {
		merged := maps.Clone(s.LastAnswers)
		maps.Copy(merged, heard)
		heard = merged
	}
	if s.Switched {
		// Of another person now: the last one's answers are not shown back
		// again, even if this check is started anew before its verdict.
		s.LastAnswers = nil
	}
	s.Heard, s.Switched = nil, false // used once, by the check started next
	s.Check = ch.ID
	// What the person spoke of before asks its questions asked on condition.
	for k, v := range heard {
		if strings.HasPrefix(k, askKey) || strings.HasPrefix(k, extraKey) || strings.HasPrefix(k, contestKey) {
			if s.Answers == nil {
				s.Answers = answers{}
			}
			s.Answers[k] = v
		}
	}
	s.Several = heard[severalKey] != ""
	s.Round++
	var r Reply
	r.add(Heading, fmt.Sprintf(txtCheckHead, ch.Title))
	r.plain(ch.Intro)
	// What the person said before is shown back to be confirmed, never
	// recorded on its own: one tap when it is right, the questions when not.
	if len(heard) > 0 {
		guess := map[string]string{}
		all := withDefaults(ch, heard)
		for i := range ch.Slots {
			o := &ch.Slots[i]
			v, ok := heard[o.ID]
			if ok && validAnswer(o, v) && relevant(ch, o.ID, all) {
				guess[o.ID] = v
			}
		}
		impliedChoices(ch, heard, guess)
		if id, ok := nextSlot(ch, nil); ok && len(guess) > 0 {
			s.Pending, s.Wrong, s.Guess = id, 0, guess
			r.plain(txtHeard)
			r.follow(e.confirmQuestion(s, ch))
			// 「累计离岗年限「8年」」 from 2 years before and 6 this time:
			// how it was added up, said under the question.
			for i := range ch.Slots {
				o := &ch.Slots[i]
				if parts := heard[o.ID+sumKey]; strings.HasPrefix(parts, thisUnitMark) && guess[o.ID] != "" {
					r.add(Note, fmt.Sprintf(txtHeardThisUnit, o.Label(guess[o.ID])))
				} else if parts != "" && guess[o.ID] != "" {
					r.add(Note, fmt.Sprintf(txtHeardSum, o.Label(guess[o.ID]), parts))
					if s.Answers == nil {
						s.Answers = answers{}
					}
					s.Answers[partsKey+o.ID] = parts // kept for a part put right (partCorrected)
				} else if said := heard[o.ID+eitherKey]; said != "" && guess[o.ID] != "" {
					r.add(Note, fmt.Sprintf(txtHeardEither, o.Label(guess[o.ID]), said))
				}
			}
			return r
		}
	}
	// 「國家一類賽第11名，省裡比賽第2名」: two contests told, none shown
	// back; the check takes one at a time, and says so before it asks.
	if s.Several {
		r.add(Note, txtOneAtATime)
	}
	n := e.next(s, ch)
	r.follow(n)
	return r
}

// impliedChoices adds to guess the one choice of a question not heard
// under which alone all that was heard is asked: 「2023年自己出来注册了一
// 家牛肉干加工公司……属于小微企业」 tells whether a company's founder and
// size, asked only of a company, so the company borrows (round 101: who
// borrows was asked after that was confirmed). It is shown back with the
// rest, to be confirmed.
func impliedChoices(ch *corpus.Check, heard, guess map[string]string) {
	if len(guess) == 0 {
		return
	}
	told := keys(guess)
	for i := range ch.Slots {
		o := &ch.Slots[i]
		if o.Type != corpus.ChoiceSlot || heard[o.ID] != "" || guess[o.ID] != "" {
			continue
		}
		var fits []string
		for _, op := range o.Options() {
			b := withDefaults(ch, heard)
			b[o.ID] = op.Value
			if !slices.ContainsFunc(told, func(id string) bool { return !relevant(ch, id, b) }) {
				fits = append(fits, op.Value)
			}
		}
		if len(fits) == 1 && len(o.Options()) > 1 {
			guess[o.ID] = fits[0]
		}
	}
}

// next asks the next deciding question, or gives the verdict and ends the
// check when none is left.
func (e *Engine) next(s *Session, ch *corpus.Check) Reply {
	id, ok := nextSlot(ch, s.Answers)
	if !ok {
		r := e.verdict(ch, s.Answers, s.Asides, s.Several)
		if s.Several && r.Verdict != nil {
			// Right under the conclusions, on the first screen.
			at := min(r.Verdict.refAt, len(r.Blocks))
			r.Blocks = slices.Insert(r.Blocks, at, Block{Kind: Note, Text: fmt.Sprintf(txtSeveral, ch.Title)})
			r.Verdict.refAt++
		}
		s.Asides = nil
		last := maps.Clone(s.Answers)
		endCheck(s)
		s.Last, s.LastAnswers = ch.ID, last
		return r
	}
	s.Pending, s.Wrong, s.Guess = id, 0, nil
	sl, _ := ch.Slot(id)
	return e.question(s, ch, sl)
}

// pendingQuestion asks again what is pending: the confirmation of a
// reading, or the question.
func (e *Engine) pendingQuestion(s *Session, ch *corpus.Check, sl *corpus.Slot) Reply {
	if len(s.Guess) > 0 {
		return e.confirmQuestion(s, ch)
	}
	return e.question(s, ch, sl)
}

func (e *Engine) question(s *Session, ch *corpus.Check, sl *corpus.Slot) Reply {
	var r Reply
	r.plain(sl.Ask)
	round := strconv.Itoa(s.Round)
	for _, o := range sl.Options() {
		r.Choices = append(r.Choices, Choice{Label: o.Label, Data: answerPrefix + round + ":" + sl.ID + ":" + o.Value})
	}
	if sl.Type == corpus.NumberSlot {
		r.add(Note, fmt.Sprintf(txtNumberShort, sl.Min, sl.Max, sl.Unit))
		if sl.AllowUnsure {
			r.Choices = append(r.Choices, Choice{Label: sl.Label(corpus.Unsure), Data: answerPrefix + round + ":" + sl.ID + ":" + corpus.Unsure, Typed: sl.Label(corpus.Unsure)})
		}
	}
	return r
}

// confirmQuestion shows a doubtful reading back: 「我理解为：申请人「其他
// 个人」。对吗？」
func (e *Engine) confirmQuestion(s *Session, ch *corpus.Check) Reply {
	var r Reply
	r.plain(fmt.Sprintf(txtConfirm, e.answerList(ch, keys(s.Guess), s.Guess)))
	for id, v := range s.Guess {
		// How to count goes with any number of it shown back: one said as
		// a guess (「五年吧 应该是」) may be one off too (round 109).
		if o, ok := ch.Slot(id); ok && o.RecountText != "" && o.Type == corpus.NumberSlot && v != corpus.Unsure {
			r.add(Note, o.RecountText)
		}
	}
	round := strconv.Itoa(s.Round)
	r.Choices = []Choice{
		{Label: txtConfirmYes, Data: answerPrefix + round + ":" + confirmSlot + ":yes"},
		{Label: txtConfirmNo, Data: answerPrefix + round + ":" + confirmSlot + ":no"},
	}
	return r
}

// recounted reports an answer of sl people often count one short, shown
// back with how to count before it counts.
func recounted(sl *corpus.Slot, v string) bool {
	n, err := strconv.Atoi(v)
	return err == nil && slices.Contains(sl.Recount, n)
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// expected says what a slot takes, after a wrong answer.
func expected(sl *corpus.Slot) string {
	switch sl.Type {
	case corpus.ChoiceSlot:
		return fmt.Sprintf(txtChoose, len(sl.Options()))
	case corpus.YesNoSlot:
		if sl.AllowUnsure {
			return txtYesNoUnsure
		}
		return txtYesNo
	case corpus.NumberSlot:
		return fmt.Sprintf(txtNumber, sl.Min, sl.Max, sl.Unit, sl.Min+1, chineseNumeral(sl.Min+1), sl.Unit)
	case corpus.TextSlot:
		return fmt.Sprintf(txtText, sl.MaxLen)
	}
	return ""
}

func chineseNumeral(n int) string {
	digits := []string{"零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"}
	if n >= 0 && n <= 10 {
		return digits[n]
	}
	return strconv.Itoa(n)
}

// answer takes typed text inside a check. The check keeps the floor: a
// real question is answered from the document and the pending question
// asked again; anything else that is not understood is a wrong answer and
// the question is asked again with its options.
func (e *Engine) answer(ctx context.Context, s *Session, text string) (Reply, error) {
	ch, ok := e.corpus.Check(s.Check)
	var sl *corpus.Slot
	if ok {
		sl, ok = ch.Slot(s.Pending)
	}
	if !ok { // the check or question was removed since this session began
		endCheck(s)
		return e.free(ctx, text, nil)
	}
	if s.Answers == nil {
		s.Answers = answers{}
	}
	markAsked(ch, s.Answers, text)
	// 「不对 这回查我掌柜的 他是……」: the check is now of someone else. It
	// starts again from what this message tells, with nothing of the
	// person it was of (round 34: the husband's check kept the wife's).
	// 「对 这个是我自己」 at the confirmation agrees that what was shown
	// back is the person's own (round 44: it restarted the check).
	if checkSwitchRe.MatchString(text) && !(len(s.Guess) > 0 && yesLeadRe.MatchString(text) && ownSelfRe.MatchString(text)) {
		s.Heard, s.Guess = nil, nil
		e.hear(s, text)
		s.Switched = true
		r := Reply{}
		r.plain(txtSwitched)
		r.follow(e.start(s, ch))
		return r, nil
	}
	if len(s.Guess) > 0 {
		// 「我干了4年了……不对不对，20、21、22、23、24，是5年」: what was shown
		// said again, then put right in the same message, is a no with the
		// answer after it (round 182: the 4 was recorded).
		if m := correctionRe.FindStringIndex(text); m != nil && m[0] > 0 && !isQuestion(text[:m[0]]) {
			if rest, ok := cutCorrection(text); ok && rest != strings.TrimSpace(text[:m[0]]) {
				text = "不对，" + rest
			}
		}
		// 「更正一下……是2021年7月到2024年7月，三年，不是兩年」 to a total shown
		// with its parts: the part denied is replaced, and the new total shown
		// back (round 86: not understood, and the unit asked again).
		if id, v, parts, ok := e.partCorrected(s, ch, text); ok {
			s.Guess[id] = v
			s.Answers[partsKey+id] = parts
			o, _ := ch.Slot(id)
			var r Reply
			r.plain(txtPartCorrected)
			r.follow(e.confirmQuestion(s, ch))
			r.add(Note, fmt.Sprintf(txtHeardSum, o.Label(v), parts))
			return r, nil
		}
		yes, no := confirmation(trimAnswer(text))
		// 「应该算吧」 to several readings shown back: a yes said with a
		// guess, to all of them (round 169: not understood, and the first
		// question asked again). To one reading, a guess is 不确定 (below).
		if !yes && !no && len(s.Guess) > 1 && guessedYes(trimAnswer(text)) {
			yes = true
		}
		// 「單位、離崗辦企業、經批准這些都對。……算不算科研人員我不太確定」:
		// what is said to be right is confirmed; the doubt after it is of
		// what it names (held-out round 152: the unit was made 不确定).
		if !yes && !no && allRightRe.MatchString(strings.SplitN(text, "。", 2)[0]) {
			yes = true
		}
		// 「没断过」 to 「连续选派后中断过「否」」: a no that only says again
		// the 否 shown back agrees with it (round 40: it was taken as 不对).
		if t := trimAnswer(text); no && !strings.Contains(t, "不对") && !containsExact(noExact, t) && utf8.RuneCountInString(t) >= 3 && e.restatesNo(ch, sl, s, text) {
			yes, no = true, false
		}
		switch {
		case yes:
			guess := s.Guess
			s.Guess = nil
			// 「对，县上的农业技术推广中心，是事业单位」: what the rest of a
			// yes says surely of questions still open is taken too.
			done := answers{}
			maps.Copy(done, s.Answers)
			maps.Copy(done, guess)
			// Only what follows the clause that says yes: that 对 answers
			// no other question.
			said := ""
			doubted := map[string]string{}
			if cs := splitClauses(text); len(cs) > 1 {
				said = strings.Join(cs[1:], "，")
			} else if t := trimAnswer(text); yesSaysRe.MatchString(t) {
				said = yesSaysRe.ReplaceAllString(t, "")
			}
			if said != "" {
				rest := e.readFacts(ch, sl, done, said)
				// 「对的就是说……我是专业技术岗副研究员」: what the rest says of
				// a question still open only with doubt is shown back next
				// (round 179: asked again as if unsaid).
				for slot, v := range rest.doubts {
					if _, ok := done[slot]; !ok && v != corpus.Unsure {
						doubted[slot] = v
					}
				}
				// What the rest says of the readings shown back themselves
				// (「对 站长是说了 口头说的 没写啥字」: the consent), by the
				// words of their own vocabulary or topic — not a doubt
				// about something else (「……有没有报备我也不清楚」).
				var unsure []string // 「嗯 口头说的 没写啥字」: the safe reading
				for slot := range guess {
					gsl, ok := ch.Slot(slot)
					if !ok {
						continue
					}
					byTerm := slices.ContainsFunc(e.findHits(ch, gsl, s.Answers, said), func(h hit) bool {
						return h.term && h.slot == slot && h.value == corpus.Unsure && !h.negated
					})
					// 「对 就是21年那个不知道算不算」 to 已连续选派年限「4年」: a
					// doubt whether a year counts doubts the years (round 57:
					// a wrong ✅).
					// Only in the clause that doubts: 「算不算科研人员我也说不好……一共7年」
					// doubts no years (round 127: 不确定, a ❔ for a ❌).
					yearDoubt := gsl.Type == corpus.NumberSlot && gsl.Unit == "年" && slices.ContainsFunc(splitClauses(said), func(c string) bool { return isUnsure(c) && yearsNumRe.MatchString(c) })
					if (byTerm || e.saidUnsure(gsl, said) || yearDoubt) && gsl.AllowUnsure {
						unsure = append(unsure, slot)
					}
				}
				guess = maps.Clone(guess)
				for _, slot := range unsure {
					guess[slot] = corpus.Unsure
				}
				// 「对，我刚去看了，卡上写的是陇原人才服务卡」 to 配偶持卡「不确定」:
				// what was shown back as not known, now told, is told
				// (round 125: 不确定 kept, a ❔ for a ✅).
				for slot, v := range guess {
					if v != corpus.Unsure || slices.Contains(unsure, slot) {
						continue
					}
					if told, ok := e.toldNow(ch, slot, s.Answers, said); ok {
						guess[slot] = told
					}
				}
				// 「对 第三」 to 名次「3名」: a number that says again what was
				// confirmed answers no other question (not the third option).
				restates := false
				if n, ok := numberWord(strings.TrimSuffix(strings.TrimPrefix(trimAnswer(said), "第"), "名")); ok {
					restates = slices.Contains(slices.Collect(maps.Values(guess)), strconv.Itoa(n))
				}
				for slot, v := range rest.fills {
					// The pending question too, when the rest names one of
					// its options (「对，也是省上那个一类赛」); a bare yes or no
					// in it is the 对's, not an answer to that question.
					// 「對 他在外地進修 問不上」 to 配偶持卡「不确定」: a doubt after
					// the yes is of what was shown back, not the doubt option of
					// the question in hand (round 169: 申请人「个人，说不清算不算
					// 高校毕业生」 recorded unasked).
					if dv, ok := doubtOption(sl); ok && slot == sl.ID && v == dv && isUnsure(said) {
						continue
					}
					// 「对的就是说……我是专业技术岗副研究员」: the pending
					// yes-or-no question's own words answer it.
					byTerm := slot == sl.ID && slices.ContainsFunc(e.findHits(ch, sl, s.Answers, said), func(h hit) bool {
						return h.term && h.slot == slot && h.value == v && !h.negated
					})
					if _, ok := done[slot]; !ok && (slot != sl.ID || sl.Type != corpus.YesNoSlot || byTerm) && v != corpus.Unsure && !(restates && slot == sl.ID) {
						guess[slot] = v
					}
				}
			}
			for slot := range guess {
				delete(doubted, slot)
			}
			return e.record(s, ch, sl, reading{fills: guess, doubts: doubted}, true), nil
		case no:
			guess := s.Guess
			s.Guess = nil
			// 「不对。本人是专业技术岗位的农艺师，但不是搞科研的。其余都对。」:
			// what the no does not speak of stands; only the rest is asked.
			if rest := afterNo(text); rest != "" && othersRightRe.MatchString(rest) && len(guess) > 1 {
				if keep := e.unspoken(ch, guess, rest, e.read(ch, sl, s.Answers, rest)); len(keep) > 0 && len(keep) < len(guess) {
					return e.record(s, ch, sl, reading{fills: keep}, true), nil
				}
			}
			if rest := afterNo(text); rest != "" {
				// 「不对不对 第二是他们班另一个娃 我家的是第三」 to 级别「省级」，
				// 名次「2名」: a no that puts one reading right leaves the
				// others it does not speak of; all are shown back again.
				rd := e.read(ch, sl, s.Answers, rest)
				// 「不對，第一次離崗兩年，這次想定為5年，兩次合計是7年」: a
				// number shown back is read as its own question reads it
				// (round 60: the total was not heard, and every answer shown
				// back was asked again).
				// 「不對，四年是肯定的，再往前那年說不上……我也記不清了」 to a
				// unit and some years: a doubt that speaks only of another
				// reading shown back is not of the question in hand (round
				// 163: the unit, told plainly, was shown back 不确定).
				if v, ok := rd.fills[sl.ID]; ok && v == corpus.Unsure && len(guess) > 1 && !e.speaksOf(sl, rest) {
					for id := range guess {
						if gsl, ok := ch.Slot(id); ok && id != sl.ID && e.speaksOf(gsl, rest) {
							delete(rd.fills, sl.ID)
							break
						}
					}
				}
				if !rd.question && len(guess) > 1 {
					for id := range guess {
						if gsl, ok := ch.Slot(id); ok && gsl.Type == corpus.NumberSlot && id != sl.ID && !rd.answers(id) {
							if v := e.read(ch, gsl, s.Answers, rest).fills[id]; v != "" {
								if rd.fills == nil {
									rd.fills = map[string]string{}
								}
								rd.fills[id] = v
							}
						}
					}
				}
				if !rd.question && len(guess) > 1 && len(rd.fills) > 0 {
					merged := map[string]string{}
					changed, kept := false, false
					keptMore := ""
					// 「不对，这次要查省里那个比赛，我拿的是第一名」: another
					// of what the check is about (a contest) keeps nothing of
					// the one shown back (round 58: the national contest's
					// 一类赛 was kept, and a wrong ✅ given).
					another := false
					for id, v := range guess {
						if gsl, ok := ch.Slot(id); ok && gsl.Past && gsl.Type == corpus.ChoiceSlot && rd.fills[id] != "" && rd.fills[id] != v {
							another = true
						}
					}
					for id, v := range guess {
						gsl, ok := ch.Slot(id)
						switch nv, said := rd.fills[id]; {
						case said:
							// What is said again as it was shown stays.
							merged[id] = nv
							changed = changed || nv != v
							// 「不对，不是快5年……累计是4年」 to 「8年」 read as 5
							// served and 3 more: what was served is put right,
							// the more asked stays (round 68: it was dropped).
							// 「我也离过一年岗」: a leave more, told after, is
							// added to the total shown (round 73: read as 1
							// served and 3 more).
							if ok && gsl.Sums && nv != v && alsoServedRe.MatchString(rest) && !wantsMoreRe.MatchString(rest) {
								o, _ := strconv.Atoi(v)
								if n, err := strconv.Atoi(nv); err == nil && o+n <= gsl.Max {
									merged[id] = strconv.Itoa(o + n)
									keptMore = fmt.Sprintf(txtAddedSpan, nv+gsl.Unit, v+gsl.Unit, merged[id]+gsl.Unit)
									continue
								}
							}
							// 「这6年已经包含再延长的1年，不是7年」: the total told
							// holds the more asked (round 139: 7 kept, a wrong ❌).
							// Not when what is told is what has been served so
							// far (「不对不是十五年一共就是六年……马上满六年了」,
							// held-out round 184: the 1 or 2 more dropped, a
							// wrong ✅).
							holdsMore := includesMoreRe.MatchString(rest) || strings.Contains(rest, "不是"+v+gsl.Unit) && !nearlyServedRe.MatchString(rest) && !servedSoFarRe.MatchString(rest)
							if more := s.Answers[extraKey+id]; more != "" && ok && nv != v && !wantsMoreRe.MatchString(rest) && !holdsMore {
								m, _ := strconv.Atoi(more)
								if n, err := strconv.Atoi(nv); err == nil && n+m <= gsl.Max {
									merged[id] = strconv.Itoa(n + m)
									keptMore = fmt.Sprintf(txtKeptMore, nv+gsl.Unit, more+gsl.Unit, merged[id]+gsl.Unit)
								}
							}
						case !said && ok && !e.speaksOf(gsl, rest) && !(another && gsl.Past):
							merged[id], kept = v, true
						}
					}
					// What else it tells (「……22 23 24 25年每年都选上了」: no
					// break too) is shown back with the rest (round 61: all
					// shown was asked again).
					added := false
					for id, v := range rd.fills {
						if _, ok := guess[id]; !ok {
							merged[id], added = v, true
						}
					}
					// 「不對，這次是我太太以她個人名義申請」 to a company's
					// readings: what the new answer makes no longer asked (the
					// company's size) is not kept (round 106).
					all := withDefaults(ch, merged)
					for id := range merged {
						if _, said := rd.fills[id]; !said && !relevant(ch, id, all) {
							delete(merged, id)
						}
					}
					if (changed || added) && kept {
						s.Guess = merged
						r := e.confirmQuestion(s, ch)
						if keptMore != "" {
							r.add(Note, keptMore)
						}
						return r, nil
					}
				}
				// 「不对 现在5年 再延1年才6年」 to 「6年」 shown with a wrong
				// account of it: what was shown, said again, stands (round
				// 61: 没能识别, and the check went back a question).
				// Numbers only: a name said again may be said as what was
				// (「畜牧所是以前」, round 64).
				if !rd.question && len(rd.fills) > 0 && !slices.ContainsFunc(slices.Collect(maps.Keys(rd.fills)), func(id string) bool {
					o, _ := ch.Slot(id)
					return guess[id] != rd.fills[id] || o.Type != corpus.NumberSlot
				}) {
					return e.record(s, ch, sl, reading{fills: guess}, true), nil
				}
				// 「不对 我没说要贷300万 我是问到底能带多少 听人说的我也说不
				// 上」: a no that denies a number shown back leaves the rest
				// shown standing; its doubt is not theirs (round 176: who
				// borrows was taken as 说不清).
				if deniedSpanRe.MatchString(rest) && !rd.question {
					for id, v := range rd.fills {
						gsl, ok := ch.Slot(id)
						if !ok || guess[id] == "" || gsl.Type == corpus.NumberSlot || e.speaksOf(gsl, deniedSpanRe.ReplaceAllString(rest, "")) {
							continue
						}
						if dv, isDoubt := doubtOption(gsl); v == corpus.Unsure || isDoubt && v == dv {
							rd.fills[id] = guess[id]
						}
					}
				}
				// 「不对我是县畜牧兽医技术服务中心的，是农业口的」: what follows
				// the no may say what is right instead.
				if !rd.question && len(rd.fills) > 0 && !maps.Equal(rd.fills, guess) {
					return e.record(s, ch, sl, rd, false), nil
				}
				// 「不对，说不上」: or answer the one question shown back.
				for id := range guess {
					if gsl, ok := ch.Slot(id); ok && len(guess) == 1 {
						if rd := e.read(ch, gsl, s.Answers, rest); !rd.question && rd.fills[id] != "" && rd.fills[id] != guess[id] {
							s.Pending = id
							return e.record(s, ch, gsl, reading{fills: map[string]string{id: rd.fills[id]}}, false), nil
						}
					}
				}
			}
			// 「不對。本人離崗首期三年……所問係能否在六年之外再延長一年」:
			// what the no does not speak of stands; what it speaks of is
			// asked (round 63: every answer shown was asked again).
			if rest := afterNo(text); rest != "" && len(guess) > 1 {
				if keep := e.unspoken(ch, guess, rest, reading{}); len(keep) > 0 && len(keep) < len(guess) {
					return e.record(s, ch, sl, reading{fills: keep}, true), nil
				}
			}
			var r Reply
			r.plain(txtConfirmRedo)
			q := e.question(s, ch, sl)
			r.follow(q)
			return r, nil
		}
	}
	// 「我问一下娃」 to readings shown back: the person goes to ask; what
	// was shown waits, asked again (round 176: it was dropped, and the
	// level asked anew).
	if len(s.Guess) > 0 && willAskRe.MatchString(trimPunct(text)) {
		var r Reply
		r.plain(txtWillAsk)
		r.follow(e.confirmQuestion(s, ch))
		return r, nil
	}
	// 「應該有吧，我記得他說辦過」 to one reading shown back: a guess at it
	// is not known yet; taken as 不确定 where the question allows it,
	// said so (round 97: not understood, and the next question's options
	// named).
	if len(s.Guess) == 1 {
		for id, v := range s.Guess {
			// 「这个我真说不上 工资卡上写的是县上的啥中心 平时又归乡上管」:
			// a doubt first, then two of the options side by side, is no
			// answer either (round 109: read as 乡镇).
			o, ok := ch.Slot(id)
			cs := splitClauses(text)
			torn := ok && len(cs) > 0 && isUnsure(cs[0]) && e.twoValuesNamed(ch, o, text)
			if ok && (!isQuestion(text) || torn) && o.AllowUnsure && v != corpus.Unsure && (guessed(text) || isUnsure(text)) && (len(e.read(ch, o, s.Answers, text).fills) == 0 || torn) {
				s.Guess = nil
				r := e.record(s, ch, o, reading{fills: map[string]string{id: corpus.Unsure}}, true)
				r.Blocks = slices.Insert(r.Blocks, 0, Block{Kind: Note, Text: fmt.Sprintf(txtGuessUnsure, firstRunes(trimPunct(text), 30), o.Label(corpus.Unsure))})
				return r, nil
			}
		}
	}
	// Anything else is read as a new answer. One that answers some of what
	// was shown back (「单位是镇上的事业单位，科研人员说不上」) leaves the
	// rest of it standing: the person corrected what was wrong.
	shown := s.Guess
	s.Guess = nil
	// 「名次应该算第十吧？也说不上」 to 级别「国家级」，类别「一类赛」，名次
	// 「11名」: a doubt that speaks of one reading shown back, and of no
	// other, is that one's, a number said beside it kept as the other of
	// two; the rest stands (round 103: the level was taken as 不确定, and 10
	// as the place).
	// 「21年好像也报过表 后来没见文件 说不上批没批」: a doubt whether
	// something was is no question (round 144: the unit was taken as
	// 不确定, the years as 4, and a ✅ given on the term).
	if cs := splitClauses(text); len(shown) > 1 && isUnsure(text) && len(cs) > 0 && (!isQuestion(cs[len(cs)-1]) || doubtWhetherRe.MatchString(cs[len(cs)-1])) {
		var named []*corpus.Slot
		for _, id := range keys(shown) {
			if o, ok := ch.Slot(id); ok && e.doubtNames(o, text) {
				named = append(named, o)
			}
		}
		if len(named) == 1 && named[0].AllowUnsure {
			o := named[0]
			rd := reading{fills: maps.Clone(shown)}
			rd.fills[o.ID] = corpus.Unsure
			if n, _, ok := readNumber(text, o); ok && o.Type == corpus.NumberSlot {
				if m, err := strconv.Atoi(shown[o.ID]); err == nil && m != n {
					rd.alts = map[string]string{o.ID: strconv.Itoa(min(m, n)) + "|" + strconv.Itoa(max(m, n))}
				}
			}
			return e.record(s, ch, sl, rd, true), nil
		}
	}
	if r, ok := e.correct(s, ch, text); ok {
		return r, nil
	}
	// 「不对，累计是4年……」 that changes no earlier answer: its 不对 is not
	// the answer 「否」 to the question in hand; what follows is read.
	corrects := false
	if m := correctionRe.FindStringIndex(text); m != nil && m[0] == 0 && sl.Type == corpus.YesNoSlot && strings.TrimSpace(text[m[1]:]) != "" {
		text = text[m[1]:]
		corrects = true
	}
	// Two options of the question said apart, by one who spoke of two
	// contests, are two answers, whatever doubt is said of one.
	twoTold := s.Several && e.namesTwoOptions(sl, text) && !strings.Contains(text, "还是") && !strings.Contains(text, "或")
	rd := e.read(ch, sl, s.Answers, text)
	// 「不对 单位是县水务局 这个确定 不确定的是21年那年」 to the question of
	// consent: a correction's doubt of something else is not this
	// question's 不确定 (round 154 replayed: 单位同意「不确定」 recorded).
	if corrects && rd.fills[sl.ID] == corpus.Unsure && !e.doubtNames(sl, text) {
		delete(rd.fills, sl.ID)
	}
	// 「我剛去看了，卡上寫的是「隴原人才服務卡」……」 to 配偶持卡「不确定」
	// shown back: what was not known, now told, is read as that question
	// reads it (round 125: 不确定 kept, a ❔ for a ✅).
	// 「問過我爸了，批文上寫的是『到鄉村振興一線……』。離崗到現在是2年」
	// to the next question: an answer left 「不确定」 before, told now, is
	// read too (round 125: kept 不确定, a ❔ for a ✅).
	for _, id := range s.Order {
		if id == sl.ID || s.Answers[id] != corpus.Unsure || rd.fills[id] != "" || rd.question {
			continue
		}
		if v, ok := e.toldNow(ch, id, s.Answers, text); ok {
			delete(s.Answers, id)
			rd.fill(id, v)
		}
	}
	for id, v := range shown {
		// 「我自己確實不是大學畢業」 to 申请人「其他个人」 shown back: a doubtful
		// reading of what was shown, said again, confirms it.
		if rd.doubts[id] == v && !rd.question {
			delete(rd.doubts, id)
			rd.fill(id, v)
			continue
		}
		if v != corpus.Unsure || rd.fills[id] != "" || rd.question {
			continue
		}
		if v, ok := e.toldNow(ch, id, s.Answers, text); ok {
			rd.fill(id, v)
		}
	}
	s.Several = s.Several || rd.several
	// 「國家那個是一類賽。省裡那個證書上沒寫」, 「國家賽第11名，省裡的是第2
	// 名」: an answer of two contests to a question of one is asked again,
	// one at a time, never recorded as a doubt or dropped as not understood.
	if (rd.several || twoTold) && sl.Past && !rd.question && (!rd.answers(sl.ID) || rd.fills[sl.ID] == corpus.Unsure) {
		// What it told of each contest is shown back once that one is
		// chosen (「全国的得了第十一名 省上的得了第一名」, then 「全国的」).
		for v, told := range e.contestsTold(ch, text) {
			if s.Answers == nil {
				s.Answers = answers{}
			}
			s.Answers[contestKey+v] = told
		}
		var r Reply
		r.plain(txtOneAtATime)
		e.reask(s, &r)
		return r, nil
	}
	// 「兽医站归哪里管我也说不上」 to the question after the unit's: the
	// doubt takes back the answer it names.
	for id, v := range rd.fills {
		if old, done := s.Answers[id]; done && id != sl.ID && v == corpus.Unsure && old != v && !rd.question {
			if osl, ok := ch.Slot(id); ok {
				return e.rerecord(s, ch, osl, reading{fills: map[string]string{id: v}}, txtCorrected), nil
			}
		}
	}
	// 「是甘肃省一类大赛，不是国家级」 to the question after the level's: an
	// answer that denies an earlier one by its name and names another puts
	// that one right too (round 83: 国家级 was kept through two corrections).
	if !rd.question {
		for _, id := range s.Order {
			osl, ok := ch.Slot(id)
			old := s.Answers[id]
			if !ok || id == sl.ID || osl.Type != corpus.ChoiceSlot || !e.deniesOption(osl, old, text) {
				continue
			}
			without := maps.Clone(s.Answers)
			delete(without, id)
			if v := e.read(ch, sl, without, text).fills[id]; v != "" && v != old && v != corpus.Unsure {
				delete(s.Answers, id)
				rd.fill(id, v)
			}
		}
	}
	// 「是娃要开面馆 我是他爹替他问的」: a yes that goes on to tell
	// something no question asks confirms what was shown back.
	if len(shown) > 0 && !rd.found() && !rd.question && !rd.unsure && !isUnsure(text) && yesLeadRe.MatchString(text) {
		return e.record(s, ch, sl, reading{fills: shown}, true), nil
	}
	// 「单位对了 科研人员说不上哈 他是搞农技推广的高级农艺师」: a doubt
	// that names a reading shown back answers it 「不确定」, whatever the
	// rest suggests (round 97: 「是」 was shown back again).
	if len(shown) > 0 && !rd.question {
		for id := range shown {
			if o, ok := ch.Slot(id); ok && o.AllowUnsure && e.saidUnsure(o, text) {
				delete(rd.doubts, id)
				rd.fill(id, corpus.Unsure)
			}
		}
	}
	confirmsShown := false
	if len(shown) > 0 && !rd.question && slices.ContainsFunc(slices.Collect(maps.Keys(shown)), rd.answers) {
		confirmsShown = true
		// 「全国的那个」 to 级别「国家级」，类别「一类赛」，名次「1名」: one
		// reading said again as shown, by one choosing among contests, puts
		// nothing right and confirms nothing else: the rest is asked (round
		// 94: recorded as shown, a wrong ✅).
		// 「对全国的」: a yes first, then the one said again, confirms the
		// rest (round 141: the place and class were asked again).
		restated := !yesFirstRe.MatchString(text) && !slices.ContainsFunc(slices.Collect(maps.Keys(shown)), func(id string) bool {
			o, ok := ch.Slot(id)
			return rd.answers(id) && (!ok || rd.fills[id] != shown[id] || o.Type != corpus.ChoiceSlot || !o.Past)
		})
		// 「一类赛 甘肃省职业技能大赛」 to 级别「省级」，名次「2名」: one said
		// again beside a new answer (the class) confirms the rest (round
		// 129: the place was asked again).
		restated = restated && !slices.ContainsFunc(keys(rd.fills), func(id string) bool {
			_, isShown := shown[id]
			return !isShown && rd.fills[id] != corpus.Unsure
		})
		for id, v := range shown {
			if !rd.answers(id) && !restated {
				rd.fill(id, v)
			}
		}
	}
	if n, ok := articleRef(text); ok && !rd.found() {
		r := e.articleText(n)
		e.reask(s, &r)
		return r, nil
	}
	if rd.question {
		r, f, err := e.askAbout(ctx, text, ch)
		noteAsides(s, f, text)
		// What the message says of the person, outside the clauses that
		// ask, is kept: 「我在县法院当书记员，应该不算公检法吧？」.
		facts := statements(text)
		// 「高层次人才是否有明确标准？……是否算作高层次，我本人不敢妄断」:
		// a doubt that names the question in hand answers it 「不确定」,
		// whatever the facts told beside it suggest.
		doubt := sl.AllowUnsure && isUnsure(text) && doubtsSlot(text, sl)
		if doubt {
			fr := e.readFacts(ch, sl, s.Answers, facts)
			delete(fr.doubts, sl.ID)
			fr.fill(sl.ID, corpus.Unsure)
			if !f.Found() { // 「…這算嗎？」: the question was the check's own
				r = Reply{}
			}
			rec := e.record(s, ch, sl, fr, true)
			r.follow(rec)
			return r, err
		}
		if facts != "" {
			if fr := e.readFacts(ch, sl, s.Answers, facts); fr.found() {
				// 「是我家尕娃 大专 三年的 算大学生不」 to 申请人「高校毕业生
				// 本人」，申请额度「30万元」 shown back: one reading said again
				// as shown confirms the rest (round 173: the amount was asked
				// again).
				if slices.ContainsFunc(keys(shown), func(id string) bool { return fr.fills[id] == shown[id] }) {
					for id, v := range shown {
						if !fr.answers(id) {
							fr.fill(id, v)
						}
					}
				}
				if !f.Found() { // the check itself will answer
					r = Reply{}
				}
				rec := e.record(s, ch, sl, fr, true)
				r.follow(rec)
				return r, err
			}
		}
		// A question asked while a reading was shown back leaves it shown
		// back: the confirmation is asked again, not the bare question.
		s.Guess = shown
		e.reask(s, &r)
		return r, err
	}
	if !rd.found() {
		if rd.part != "" {
			var r Reply
			r.plain(fmt.Sprintf(txtPartOnly, rd.part))
			e.reask(s, &r)
			return r, nil
		}
		if rd.unsure {
			var r Reply
			r.plain(txtUnsureNoOpt)
			e.reask(s, &r)
			return r, nil
		}
		// 「本科，05年毕业」 to 「这家企业是高校毕业生或引进人才创办的吗」: a
		// description in the words the question names for a yes answers it,
		// not the earlier question those words are options of.
		// 「大专毕业」: one the text leaves open is 不确定.
		if sl.Type == corpus.YesNoSlot && !isQuestion(text) && !isUnsure(text) && e.describesYes(sl, text) {
			v := corpus.Yes
			if sl.AllowUnsure && e.mentionsAny(sl.TopicUnsure, text) {
				v = corpus.Unsure
			}
			return e.record(s, ch, sl, reading{fills: map[string]string{sl.ID: v}}, false), nil
		}
		// 「我不是大学生」 to the spouse question: nothing this question
		// takes, but a plain answer to an earlier one that says otherwise
		// than what was recorded is a correction of it, said as one.
		if !isQuestion(text) && hanCount(text) >= 4 {
			saved := cloneSession(*s)
			if r, ok := e.correctWith(s, ch, text, text, true, txtCorrected); ok && !reflect.DeepEqual(saved.Answers, s.Answers) {
				return r, nil
			}
			*s = saved
		}
		// 「工程师是顾问协议一年…；硕士是全职的」: two options of the question,
		// each of another one, and neither chosen: one at a time (round 130:
		// 没能识别).
		if sl.Type == corpus.ChoiceSlot && !isQuestion(text) && !hasNegator(text) && !strings.Contains(text, "还是") && !strings.Contains(text, "或") && e.optionsApart(sl, text) {
			var r Reply
			r.plain(txtOneAtATime)
			e.reask(s, &r)
			return r, nil
		}
		return e.wrong(s, sl, text), nil
	}
	// 「县上的 农技推广中心」 to 「已连续选派年限「5年」。对吗？」: a plain
	// answer that goes on to what comes next, saying nothing of what was
	// shown back, lets it stand (round 85: the 5 years were asked again).
	if len(shown) > 0 && !confirmsShown && !rd.question && !rd.unsure && !isUnsure(text) && !hasNegator(text) && !isQuestion(text) {
		for id, v := range shown {
			if _, said := rd.fills[id]; !said && rd.doubts[id] == "" {
				rd.fill(id, v)
			}
		}
		confirmsShown = true
	}
	// 「对的证书上写的就是第十名」 to a reading shown back: recorded, and the
	// question in hand asked next without calling the reply wrong.
	return e.record(s, ch, sl, rd, confirmsShown), nil
}

// doubtWhetherRe: a doubt whether something was (说不上批没批, 记不清去没去),
// said as the whole clause, asks nothing.
var doubtWhetherRe = regexp.MustCompile(`^(?:我|我也|也|这个我也|这个)?(?:说不上|说不清|不知道|不清楚|记不清|搞不清|拿不准)(?:[^，,。？?吗呢]{1,3})没[^，,。？?吗呢]{1,3}$`)

// nearlyServedRe: a span about to be served in full (马上满六年了, 快满3年).
var nearlyServedRe = regexp.MustCompile(`(?:马上|快|就要|眼看)(?:就)?满[0-9]+年`)

// othersRightRe: the rest of what was shown back is right.
var othersRightRe = regexp.MustCompile(`其余都对|其他都对|其它都对|别的都对|剩下的都对|其余没错|其他没错|别的没错|其余正确|其他正确`)

// doubtNames reports whether a clause of text that doubts speaks of sl,
// or a bare doubt follows one that does (「名次应该算第十吧？也说不上」):
// 「单位是乡里的农技站，算不算离岗这个我也说不清」 doubts the way of
// leaving, not the unit (held-out round 128: the unit was taken as 不确定).
// An alias said only alone (=离岗) counts inside a doubt.
func (e *Engine) doubtNames(sl *corpus.Slot, text string) bool {
	cs := splitClauses(text)
	for i, c := range cs {
		if !isUnsure(c) {
			continue
		}
		// 「再延几年还没定」: some number of the question's unit, unknown.
		if sl.Type == corpus.NumberSlot && sl.Unit != "" && strings.Contains(c, "几"+sl.Unit) {
			return true
		}
		if e.speaksOf(sl, c) || slices.ContainsFunc(sl.Choices, func(o corpus.Option) bool {
			return slices.ContainsFunc(o.Aliases, func(w string) bool {
				exact, ok := strings.CutPrefix(w, "=")
				return ok && strings.Contains(c, e.names.get(exact))
			})
		}) {
			return true
		}
		if i > 0 && hanCount(trimPunct(c)) <= 6 && e.speaksOf(sl, cs[i-1]) {
			return true
		}
		// 「第一年好像只是报了名培训了一下，公示名单上有没有我，说不上，后面
		// 三年肯定是正式的」: a bare doubt among clauses that count years
		// doubts the years (round 139: the unit was taken as 不确定).
		if hanCount(trimPunct(c)) <= 6 && sl.Type == corpus.NumberSlot && sl.Unit == "年" {
			for _, d := range cs[max(0, i-2):min(len(cs), i+2)] {
				if countOf(d, "年") || yearOrdinalRe.MatchString(d) {
					return true
				}
			}
		}
	}
	return false
}

// yesFirstRe: a message that starts with a yes (对全国的, 是的，省上那个).
var yesFirstRe = regexp.MustCompile(`^(?:对|对的|对对|是的|是|嗯|没错)[，, ]*(?:是|就是)?(?:全国|国家|省|州|县|市)`)

// yearOrdinalRe: a year of a run named by its place (第一年, 头一年).
var yearOrdinalRe = regexp.MustCompile(`(?:第[0-9一二三四五六七八九十]|头一|前一)年`)

// speaksOf reports whether text names a question by its name, its topic
// words or one of its options.
func (e *Engine) speaksOf(sl *corpus.Slot, text string) bool {
	words := append([]string{sl.Name}, sl.Topic...)
	for _, o := range sl.Choices {
		words = append(words, o.Label)
		words = append(words, o.Aliases...)
	}
	// A number said with the slot's unit speaks of it (「贷30万」); a word of
	// one character alone (要, 贷) is too common to (「要注册个公司」 speaks
	// of no amount: round 39).
	if sl.Type == corpus.NumberSlot && sl.Unit != "" {
		u, _ := utf8.DecodeRuneInString(sl.Unit)
		for _, loc := range numberRe.FindAllStringIndex(text, -1) {
			if r, _ := utf8.DecodeRuneInString(text[loc[1]:]); r == u {
				return true
			}
		}
	}
	// An alias that answers only when said alone (=离岗) speaks of the
	// question only so: 「我是2021年10月离岗的」 puts no way of leaving right
	// (round 68: the mode confirmed was asked again).
	return slices.ContainsFunc(words, func(w string) bool {
		if exact, ok := strings.CutPrefix(w, "="); ok {
			return trimAnswer(text) == e.names.get(exact)
		}
		w = e.names.get(w)
		return utf8.RuneCountInString(w) > 1 && strings.Contains(text, w)
	})
}

// yesLeadRe: a message that starts with a yes word.
var yesLeadRe = regexp.MustCompile(`^(是的|是啊|是滴|对的|对啊|对对|对|是|嗯嗯|嗯|没错)[,，。 !！]?`)

// namedWrongRe: what follows an answer's name to say it is wrong
// (「累计离岗年限还是不对」).
var namedWrongRe = regexp.MustCompile(`^(还是|也|都)?(不对|错了)[,，。.!！:： ]*`)

// afterNo returns what a message that says no goes on to say: its clauses
// after the first, or, typed by voice with no marks, what follows 不对.
func afterNo(text string) string {
	if cs := splitClauses(text); len(cs) > 1 {
		return strings.Join(cs[1:], "，")
	}
	if rest, ok := strings.CutPrefix(text, "不对"); ok {
		return rest
	}
	return ""
}

// correct takes 「不对，……」 after an answer was recorded as a new answer
// to that question, when what follows answers it otherwise: 「不对，单位不是
// 不同意，是我还没汇报，不确定」, 「不对，合计五年」.
func (e *Engine) correct(s *Session, ch *corpus.Check, text string) (Reply, bool) {
	rest, ok := cutCorrection(text)
	return e.correctWith(s, ch, text, rest, ok, txtCorrected)
}

// toldNow reads text as question id reads it, for an answer that was not
// known before: the sure answer it gives, if any, when text speaks of it.
func (e *Engine) toldNow(ch *corpus.Check, id string, done answers, text string) (string, bool) {
	o, ok := ch.Slot(id)
	// 「问了 第11 一类的」: a place said with 第 and no 名 speaks of the place
	// too (round 169: the place left 不确定 was not heard).
	if !ok || !e.speaksOf(o, text) && !(o.Unit == "名" && placeRe.MatchString(text)) {
		return "", false
	}
	told := e.read(ch, o, done, text)
	v := told.fills[o.ID]
	return v, !told.question && v != "" && v != corpus.Unsure
}

// placeRe: a place said with 第 (第11).
var placeRe = regexp.MustCompile(`第[0-9]+`)

// countOf reports whether t says a count in unit (4年, not 2021年).
func countOf(t, unit string) bool {
	if unit == "" {
		return false
	}
	for _, loc := range numberRe.FindAllStringIndex(t, -1) {
		if strings.HasPrefix(t[loc[1]:], unit) && loc[1]-loc[0] < 4 {
			return true
		}
	}
	return false
}

// partCorrected reads text as putting right one part of a total shown back
// with its parts (以前的2年＋这次的5年): 「三年，不是两年」 replaces the part
// of 2 with 3. It returns the slot, the new total and its parts.
func (e *Engine) partCorrected(s *Session, ch *corpus.Check, text string) (id, v, parts string, ok bool) {
	m := partDeniedRe.FindStringSubmatchIndex(text)
	if m == nil {
		return "", "", "", false
	}
	denied := text[m[2]:m[3]]
	for i := range ch.Slots {
		o := &ch.Slots[i]
		cur, err := strconv.Atoi(s.Guess[o.ID])
		said := s.Answers[partsKey+o.ID]
		if !o.Sums || err != nil || said == "" {
			continue
		}
		ps := strings.Split(said, "＋")
		at := -1
		for j, p := range ps {
			if numberRe.FindString(p) == denied && strings.HasSuffix(p, denied+o.Unit) {
				if at >= 0 {
					return "", "", "", false // two parts of that number: which one is not said
				}
				at = j
			}
		}
		if at < 0 {
			continue
		}
		n, _, found := readNumber(text[:m[0]]+text[m[1]:], o)
		d, _ := strconv.Atoi(denied)
		total := cur - d + n
		if !found || n == d || total < o.Min || total > o.Max {
			continue
		}
		ps[at] = strings.TrimSuffix(ps[at], denied+o.Unit) + strconv.Itoa(n) + o.Unit
		return o.ID, strconv.Itoa(total), strings.Join(ps, "＋"), true
	}
	return "", "", "", false
}

// pastPartCorrected reads a correction of a total kept with its parts
// (1年＋3年＋3年) that tells one span of the leave before (「是一年半 21年8
// 月走的23年2月回来的」) as putting right the first part, not the whole
// (round 135: the 1年半 was taken for the total, a wrong ✅). rd is the
// correction read as a new answer to sl; the reading returned has the new
// total.
func pastPartCorrected(sl *corpus.Slot, a answers, text string, rd reading) (reading, bool) {
	said := a[partsKey+sl.ID]
	cur, err := strconv.Atoi(a[sl.ID])
	n, err2 := strconv.Atoi(rd.fills[sl.ID])
	// 「头一回没有那么长 也就一年半到两年」: 也就 of the time before says
	// how short it was, not a total.
	before := prevLeaveRe.MatchString(text) || firstTimeRe.MatchString(text)
	asTotal := saysTotal(text) && !(before && strings.Contains(text, "也就") && !saysTotal(strings.ReplaceAll(text, "也就", "")))
	if !sl.Sums || said == "" || err != nil || err2 != nil || rd.summed[sl.ID] != "" || asTotal || thisLeaveSaidRe.MatchString(text) {
		return rd, false
	}
	ps := strings.Split(said, "＋")
	// 「5年＋（2年或3年）」: the part said as either of two is the one of
	// before, counted at its larger (round 177: the 5 years of this time
	// were put right instead, then the total taken as 2, a wrong ✅).
	at := max(0, slices.IndexFunc(ps, func(p string) bool { return strings.Contains(p, "或") }))
	d := 0
	for _, x := range numberRe.FindAllString(ps[at], -1) {
		if v, err := strconv.Atoi(x); err == nil {
			d = max(d, v)
		}
	}
	if len(ps) < 2 || d == 0 || n >= cur || n == d || !before && !leaveBeforeRe.MatchString(text) && !calendarSpanRe.MatchString(text) {
		return rd, false
	}
	sum := cur - d + n
	if sum < sl.Min || sum > sl.Max {
		return rd, false
	}
	// What the new part was read as (一年半, at 2) is said again.
	over := slices.ContainsFunc(rd.notes, func(nt readNote) bool { return strings.Contains(nt.text, sl.Unit+"多") })
	out := reading{fills: map[string]string{sl.ID: strconv.Itoa(sum)}}
	if over {
		ps[at] = strconv.Itoa(n-1) + sl.Unit + "多"
		out.notes = append(out.notes, readNote{text: fmt.Sprintf(txtSumMore, strings.Join(ps, "＋"), sum-1, sl.Unit, sum, sl.Unit), over: sum - 1})
		out.sum(sl.ID, strings.Join(ps, "＋"))
		return out, true
	}
	ps[at] = strconv.Itoa(n) + sl.Unit
	out.sumSaid(sl.ID, strings.Join(ps, "＋"), strconv.Itoa(sum)+sl.Unit)
	return out, true
}

// pastPartAdded reads a correction that tells of a leave before, when the
// total was told with none before it (「以前没离过吧」, then 「哦不对 之前离
// 过一回 办了个公司一年多……是一年还是一年半记不清了」): the leave before is
// added to the total, counted on the safe side (round 146: not taken up,
// and the ✅ on 6 years stood). a holds the answers, done the same but the
// one put right; rd is the correction read as a new answer to sl.
func (e *Engine) pastPartAdded(ch *corpus.Check, sl *corpus.Slot, a, done answers, text string, rd reading) (reading, bool) {
	cur, err := strconv.Atoi(a[sl.ID])
	if !sl.Sums || err != nil || a[noPastKey+sl.ID] == "" || !prevLeaveRe.MatchString(text) || !leaveBeforeRe.MatchString(text) || saysTotal(text) || thisLeaveSaidRe.MatchString(text) {
		return rd, false
	}
	if rd.fills[sl.ID] == corpus.Unsure {
		// 「一年多……是一年还是一年半记不清了」: the span said, the doubt of
		// it aside; a half year counts as a whole one.
		sure := strings.Join(slices.DeleteFunc(splitClauses(text), isUnsure), "，")
		if sure == "" {
			return rd, false
		}
		rd = e.read(ch, sl, done, sure)
	}
	n, err := strconv.Atoi(rd.fills[sl.ID])
	if err != nil || n <= 0 {
		return rd, false
	}
	total := cur + n
	if total < sl.Min || total > sl.Max {
		return rd, false
	}
	said := a[partsKey+sl.ID]
	if said == "" {
		said = strconv.Itoa(cur) + sl.Unit
	}
	part := strconv.Itoa(n) + sl.Unit
	out := reading{fills: map[string]string{sl.ID: strconv.Itoa(total)}, notes: rd.notes}
	if slices.ContainsFunc(rd.notes, func(nt readNote) bool { return nt.over > 0 }) {
		part = strconv.Itoa(n-1) + sl.Unit + "多"
	}
	out.sumSaid(sl.ID, part+"＋"+said, strconv.Itoa(total)+sl.Unit)
	return out, true
}

// noPastRe: a total told with no leave before it.
var noPastRe = regexp.MustCompile(`(以前|之前|原来|过去|从前|早先)(都|也|从来)?没(有)?(离过|离开过|离岗过)|没离过岗|从来没离过|(第一次|头一次|头一回|第一回)离岗`)

// thisLeaveSaidRe: this time's leave named (这回, 这次).
var thisLeaveSaidRe = regexp.MustCompile(`这回|这次|此次|本次|现在这`)

// partDeniedRe: a number of years said not to be right (不是2年).
var partDeniedRe = regexp.MustCompile(`(?:不是|并非|而不是)([0-9]+)年`)

// deniesOption reports whether text says 「不是」 of option value v of o by
// one of its names (不是国家级).
func (e *Engine) deniesOption(o *corpus.Slot, v, text string) bool {
	return v != "" && v != corpus.Unsure && slices.ContainsFunc(e.optionNames(optionOf(o, v)), func(n string) bool {
		return utf8.RuneCountInString(n) >= 2 && (strings.Contains(text, "不是"+n) || strings.Contains(text, "并非"+n))
	})
}

// correctWith changes an earlier answer to what rest says (see correct);
// ok says whether text is a correction at all.
func (e *Engine) correctWith(s *Session, ch *corpus.Check, text, rest string, ok bool, note string) (Reply, bool) {
	if len(s.Order) == 0 {
		return Reply{}, false
	}
	var cands []string
	// 「累计离岗年限还是不对，是4年」: an answer named by its name as wrong.
	for i := len(s.Order) - 1; i >= 0 && len(cands) == 0; i-- {
		o, found := ch.Slot(s.Order[i])
		if !found {
			continue
		}
		if at := strings.Index(text, e.names.get(o.Name)); at >= 0 {
			after := text[at+len(e.names.get(o.Name)):]
			if m := namedWrongRe.FindStringIndex(after); m != nil {
				cands, rest, ok = append(cands, o.ID), after[m[1]:], true
			}
		}
	}
	if !ok || strings.TrimSpace(rest) == "" {
		return Reply{}, false
	}
	// An earlier answer the correction names by its name comes first
	// (「不对，我说了引进方式是顾问指导，不是不确定」 after another question);
	// then the last answer, or an earlier one the correction speaks of by
	// its topic (「不对，站长还没同意」 after the years were asked).
	for i := len(s.Order) - 1; i >= 0; i-- {
		if o, ok := ch.Slot(s.Order[i]); ok && !slices.Contains(cands, o.ID) && strings.Contains(rest, e.names.get(o.Name)) {
			cands = append(cands, o.ID)
		}
	}
	// An earlier one named by its topic (「不对，不是23年……累计是7年」 after
	// the approval was asked: 累计 names the years) comes before the last
	// answer when the last is not named itself.
	last := s.Order[len(s.Order)-1]
	lastNamed := false
	if o, ok := ch.Slot(last); ok {
		lastNamed = e.speaksOf(o, rest)
	}
	var byTopic []string
	for i := len(s.Order) - 2; i >= 0; i-- {
		// 「哎不对 ……要注册个公司」: an option's own name (公司) speaks of
		// its question too.
		if o, ok := ch.Slot(s.Order[i]); ok && !slices.Contains(cands, o.ID) && (strings.Contains(rest, e.names.get(o.Name)) || slices.ContainsFunc(o.Topic, func(w string) bool { return strings.Contains(rest, e.names.get(w)) }) || e.namesTwoOptions(o, rest) || o.Type == corpus.ChoiceSlot && e.speaksOf(o, rest) || o.Type == corpus.NumberSlot && countOf(rest, o.Unit)) {
			// 「不对 头一个是2021年的 那就是四年」: a count in the question's
			// unit names it too (round 88: answered with a quote).
			byTopic = append(byTopic, o.ID)
		}
	}
	if lastNamed {
		cands = append(cands, last)
		cands = append(cands, byTopic...)
	} else {
		cands = append(cands, byTopic...)
		cands = append(cands, last)
	}
	var same *corpus.Slot
	for _, id := range cands {
		lsl, ok := ch.Slot(id)
		if !ok {
			continue
		}
		done := maps.Clone(s.Answers)
		delete(done, id)
		rd := e.read(ch, lsl, done, rest)
		// 「不对 我说的是贷30万 ……30万行不行」: what the correction says,
		// beside what it asks.
		if said := statements(rest); rd.question && said != "" && said != rest {
			rd = e.read(ch, lsl, done, said)
			// 「不对我是问满了六年以后还能不能再延长一两年」 (round 70: 6
			// recorded, a wrong ✅).
			e.readVagueMore(ch, rest, &rd)
		}
		if rd.question || !rd.answers(id) {
			continue
		}
		// 「不对，我记错了，是2022年9月批的……再延几年还没定」: a doubt of
		// the question in hand is not this answer's (round 180: the
		// approval made 不确定).
		if pending, ok := ch.Slot(s.Pending); ok && pending.ID != id && rd.fills[id] == corpus.Unsure && e.doubtNames(pending, rest) && !e.doubtNames(lsl, rest) {
			continue
		}
		if prd, ok := e.pastPartAdded(ch, lsl, s.Answers, done, rest, rd); ok {
			rd = prd
		} else if prd, ok := pastPartCorrected(lsl, s.Answers, rest, rd); ok {
			rd = prd
		}
		if rd.fills[id] == s.Answers[id] && rd.doubts[id] == "" {
			if same == nil {
				same = lsl
			}
			continue // another answer the correction speaks of may change
		}
		return e.rerecord(s, ch, lsl, rd, note), true
	}
	// 「不对，省里那个是省烹饪协会办的，是不是一类赛我说不上」: what
	// restates an answer and answers the question in hand is that answer
	// (round 58: only 「没有改动」 was said).
	if psl, ok := ch.Slot(s.Pending); same != nil && ok {
		if rd := e.read(ch, psl, s.Answers, rest); rd.fills[psl.ID] != "" && (rd.fills[psl.ID] != corpus.Unsure || e.speaksOf(psl, rest)) && !rd.question {
			return Reply{}, false
		}
	}
	if same != nil {
		// 「不对，站长还没同意」 when 还没同意 is what was recorded (不确定):
		// said back, and the question in hand asked again; never read as
		// an answer to it.
		var r Reply
		r.plain(fmt.Sprintf(txtCorrectSame, same.Name, same.Label(s.Answers[same.ID])))
		e.reask(s, &r)
		return r, true
	}
	return Reply{}, false
}

// unspoken returns what of guess (shown back to be confirmed) a no's rest
// neither answers (rd, its reading) nor speaks of: it stands.
func (e *Engine) unspoken(ch *corpus.Check, guess map[string]string, rest string, rd reading) map[string]string {
	keep := map[string]string{}
	for id, v := range guess {
		if gsl, ok := ch.Slot(id); ok && !rd.answers(id) && !e.speaksOf(gsl, rest) {
			keep[id] = v
		}
	}
	return keep
}

// unanswer takes back the answer to a question, with what was kept beside
// it (the other of two numbers, the more than whole).
func (s *Session) unanswer(id string) {
	s.Order = slices.DeleteFunc(s.Order, func(o string) bool { return o == id })
	delete(s.Answers, id)
	delete(s.Answers, id+altKey)
	delete(s.Answers, id+moreKey)
}

// rerecord records rd as the new answer to sl, which was answered before
// (a correction, or news that settles a 「不确定」), after a line that says
// so (note, with the question's name), and goes on from there.
func (e *Engine) rerecord(s *Session, ch *corpus.Check, sl *corpus.Slot, rd reading, note string) Reply {
	// 「那再查一下省上的那个」 after a verdict on the national contest:
	// another contest keeps nothing of the one before (its class, its
	// place) that the message does not say again (round 60: the national
	// 12th place was kept for the provincial contest, a wrong ❌).
	// Not news that settles a 「不确定」 (「我翻了证书，写的是国家一类赛」:
	// the same contest; round 71: its level and place were asked again).
	if old, ok := s.Answers[sl.ID]; ok && old != corpus.Unsure && sl.Past && sl.Type == corpus.ChoiceSlot && rd.fills[sl.ID] != "" && rd.fills[sl.ID] != old {
		for _, o := range ch.Slots {
			if o.Past && o.ID != sl.ID && !rd.answers(o.ID) {
				s.unanswer(o.ID)
			}
		}
	}
	s.unanswer(sl.ID)
	s.Pending, s.Wrong, s.Guess = sl.ID, 0, nil
	var r Reply
	r.plain(fmt.Sprintf(note, sl.Name))
	rd.corrected = true
	r.follow(e.record(s, ch, sl, rd, false))
	return r
}

// allRightRe: what was shown back said to be right, all of it.
var allRightRe = regexp.MustCompile(`(这些|这几个|这几项|前面的|上面的|其他的|其余的)?(都|全都|全)(对|没错|是对的|没问题)`)

// correctionRe: a message that says the last answer was wrong, then what is
// right.
var correctionRe = regexp.MustCompile(`(?:^|[,，。.!！；; …]|不好意思|抱歉|对不起|你|您|哦|噢|哎|唉|诶|呃)(?:前面|之前|上面|刚刚|我)?(不对|不是的|不是这样|错了|搞错了|说错了|记错了|弄错了|更正一下|更正|纠正一下|刚才说错了|刚才不对)[,，。.!！:： ]*`)

// apologyRe: words that only apologise or thank.
var apologyRe = regexp.MustCompile(`不好意思|抱歉|对不起|见谅|麻烦了|麻烦您了|谢谢|哈|啊|呀|了`)

// cutCorrection returns what follows a correction's first words, said at
// the start of the message or of one of its clauses (「收到。刚问过财务，
// 更正一下：……」).
func cutCorrection(t string) (string, bool) {
	m := correctionRe.FindStringIndex(t)
	if m == nil {
		return "", false
	}
	rest := strings.TrimSpace(t[m[1]:])
	// 「不對不對，2022年我休產假……」: the marker said twice is said once
	// (round 136: the second 不对 was read as the answer 否 to 单位同意).
	for {
		k := correctionRe.FindStringIndex(rest)
		if k == nil || k[0] != 0 || k[1] == 0 {
			break
		}
		rest = strings.TrimSpace(rest[k[1]:])
	}
	// 「没有批准 你记错了」: what is right, said before the marker
	// (held-out round 54: read as 0 years). 「……卡上写的是「陇原人才服务
	// 卡」，刚才说错了，不好意思」: an apology after it says nothing
	// (round 158: 不好意思 read as 否, a wrong ⚪).
	if trimPunct(apologyRe.ReplaceAllString(rest, "")) == "" {
		rest = strings.TrimSpace(strings.TrimRight(t[:m[0]], "你我您他她"))
	}
	return rest, rest != ""
}

func containsExact(list []string, t string) bool {
	for _, w := range list {
		if w == t {
			return true
		}
	}
	return false
}

// describesYes reports whether text names, with no negation, a word the
// yes/no question sl takes as its yes (本科, 引进来的 of the founder).
func (e *Engine) describesYes(sl *corpus.Slot, text string) bool {
	if len(sl.TopicYes) == 0 || hasNegator(text) {
		return false
	}
	return e.mentionsAny(sl.TopicYes, text)
}

// mentionsAny reports whether text holds one of words (two characters or
// more), normalised.
func (e *Engine) mentionsAny(words []string, text string) bool {
	return slices.ContainsFunc(words, func(w string) bool {
		w = e.names.get(w)
		return utf8.RuneCountInString(w) >= 2 && strings.Contains(text, w)
	})
}

// twoValuesNamed reports whether text names two of sl's answers, by their
// own words or the vocabulary's (县上, 乡上).
func (e *Engine) twoValuesNamed(ch *corpus.Check, sl *corpus.Slot, text string) bool {
	seen := map[string]bool{}
	for _, h := range e.findHits(ch, sl, nil, text) {
		if h.slot == sl.ID && !h.negated && h.value != corpus.Unsure {
			seen[h.value] = true
		}
	}
	return len(seen) >= 2
}

// namesTwoOptions reports whether text names two or more of a choice
// slot's options (「不知道是一类还是二类」 speaks of the contest's class).
func (e *Engine) namesTwoOptions(sl *corpus.Slot, text string) bool {
	n := 0
	for _, o := range sl.Choices {
		if e.namesOption(o, text) {
			n++
		}
	}
	return n >= 2
}

// namesOption reports whether text names o by its label or an alias of
// two characters or more.
func (e *Engine) namesOption(o corpus.Option, text string) bool {
	return slices.ContainsFunc(append([]string{o.Label}, o.Aliases...), func(w string) bool {
		w = e.names.get(strings.TrimPrefix(w, "="))
		return utf8.RuneCountInString(w) >= 2 && strings.Contains(text, w)
	})
}

// optionsApart reports whether two clauses of text each name another
// option of sl (「工程师是顾问协议一年；硕士是全职的」).
func (e *Engine) optionsApart(sl *corpus.Slot, text string) bool {
	seen := map[string]bool{}
	for _, c := range splitClauses(text) {
		for _, o := range sl.Choices {
			if e.namesOption(o, c) {
				seen[o.Value] = true
				break
			}
		}
	}
	return len(seen) >= 2
}

// partial finds the narrowing answer of sl that text gives, if any.
func (e *Engine) partial(sl *corpus.Slot, text string) (corpus.Partial, bool) {
	has := func(w string) bool { return strings.Contains(text, e.names.get(w)) }
	for _, p := range sl.Partial {
		if slices.ContainsFunc(p.Words, has) && (len(p.With) == 0 || slices.ContainsFunc(p.With, has)) {
			return p, true
		}
	}
	return corpus.Partial{}, false
}

func (e *Engine) wrong(s *Session, sl *corpus.Slot, text string) Reply {
	s.Wrong++
	var r Reply
	if p, ok := e.partial(sl, text); ok {
		// 「我自己 就是个体户」: understood in part; what is still open is
		// said, and the question asked again.
		s.Wrong--
		r.plain(p.Text)
		e.reask(s, &r)
		return r
	}
	r.plain(txtNotUnderstood + expected(sl))
	if sl.Help != "" {
		r.add(Note, sl.Help)
	}
	switch {
	case s.Wrong == maxWrong:
		h := e.human(s, NotUnderstood)
		r.Blocks = append(r.Blocks, h.Blocks...)
		r.Handoff = h.Handoff
	case s.Wrong > maxWrong:
		r.plain(txtOfferHuman)
	}
	e.reask(s, &r)
	return r
}

// record stores the answers a message gave, the pending question's first,
// and moves on; questions already answered keep their answers. Answers read
// with doubt are shown back for confirmation before the next question.
// When the message did not answer the pending question, it is asked again:
// as a wrong answer, or quietly (quiet) when the message was a question or
// a confirmation.
func (e *Engine) record(s *Session, ch *corpus.Check, sl *corpus.Slot, rd reading, quiet bool) Reply {
	if s.Answers == nil {
		s.Answers = map[string]string{}
	}
	var r Reply
	answeredPending := rd.answers(sl.ID)
	order := []*corpus.Slot{sl}
	for i := range ch.Slots {
		if ch.Slots[i].ID != sl.ID {
			order = append(order, &ch.Slots[i])
		}
	}
	var also []string
	doubts := map[string]string{}
	// What a sentence says about a question that cannot matter for this
	// person is not recorded (「我是引进人才的家属」 names no founder for a
	// graduate's own loan).
	all := withDefaults(ch, s.Answers)
	maps.Copy(all, rd.fills)
	for _, o := range order {
		if _, done := s.Answers[o.ID]; done {
			continue
		}
		if o.ID != sl.ID && !relevant(ch, o.ID, all) {
			continue
		}
		if v, ok := rd.doubts[o.ID]; ok {
			doubts[o.ID] = v
			continue
		}
		v, ok := rd.fills[o.ID]
		if !ok {
			continue
		}
		if !quiet && !rd.corrected && recounted(o, v) {
			doubts[o.ID] = v
			continue
		}
		s.Answers[o.ID] = v
		if alt := rd.alts[o.ID]; alt != "" && v == corpus.Unsure {
			s.Answers[o.ID+altKey] = alt
		}
		// The parts of a total (1年＋3年＋3年) are kept for a part put
		// right after (pastPartCorrected).
		parts := rd.summed[o.ID]
		for _, nt := range rd.notes {
			if parts == "" && nt.added != "" {
				parts = nt.added
			}
		}
		if parts != "" && o.Sums {
			s.Answers[partsKey+o.ID] = parts
		} else {
			delete(s.Answers, partsKey+o.ID)
		}
		if rd.noPast[o.ID] {
			s.Answers[noPastKey+o.ID] = "1"
		}
		// 「一共7年多」, read as 8 to judge safely: the 7 is kept, so that
		// the verdict says 「7年多」 and 「多出1年多」, not 2 years (round 52).
		if o.Type == corpus.NumberSlot {
			for _, n := range rd.notes {
				if n.over > 0 && strconv.Itoa(n.over+1) == v {
					s.Answers[o.ID+moreKey] = strconv.Itoa(n.over)
				}
			}
		}
		s.Order = append(s.Order, o.ID)
		if _, pendingSure := rd.fills[sl.ID]; pendingSure || quiet {
			r.add(Note, "✓ "+o.Name+"："+o.Label(v))
		} else {
			also = append(also, o.Name+"「"+o.Label(v)+"」")
		}
	}
	for _, n := range rd.notes {
		r.add(Note, n.text)
	}
	if len(also) > 0 {
		r.add(Note, txtAlsoNoted+strings.Join(also, "，"))
	}
	next, open := nextSlot(ch, s.Answers)
	// 「省上的」 to which contest, of a story of two: what it told of that
	// one (是一类塞, 第三名) is shown back, not asked again (round 106).
	for i := range ch.Slots {
		o := &ch.Slots[i]
		told := s.Answers[contestKey+s.Answers[o.ID]]
		if !o.Past || o.Type != corpus.ChoiceSlot || told == "" || len(doubts) > 0 {
			continue
		}
		for k := range s.Answers {
			if strings.HasPrefix(k, contestKey) {
				delete(s.Answers, k) // used once: another contest is told anew
			}
		}
		guess := map[string]string{}
		all := withDefaults(ch, s.Answers)
		for _, kv := range strings.Split(told, ",") {
			id, v, _ := strings.Cut(kv, "=")
			if _, done := s.Answers[id]; !done && relevant(ch, id, all) {
				guess[id] = v
			}
		}
		if len(guess) > 0 && open {
			s.Pending, s.Wrong, s.Guess = next, 0, guess
			r.plain(txtHeard)
			r.follow(e.confirmQuestion(s, ch))
			return r
		}
	}
	if len(doubts) > 0 && open {
		s.Pending, s.Wrong, s.Guess = next, 0, doubts
		c := e.confirmQuestion(s, ch)
		r.follow(c)
		return r
	}
	if answeredPending || !open || next != sl.ID {
		n := e.next(s, ch)
		r.follow(n)
		return r
	}
	if quiet {
		e.reask(s, &r)
		return r
	}
	// 「乡中学的老师」 to the unit's kind, read only as the system: what
	// was noted is said, and the question is still open, not misread.
	if len(r.Blocks) > 0 {
		r.plain(txtStillOpen)
		r.follow(e.question(s, ch, sl))
		return r
	}
	w := e.wrong(s, sl, "")
	r.follow(w)
	return r
}

func (e *Engine) button(ctx context.Context, s *Session, data string) (Reply, error) {
	if id, ok := strings.CutPrefix(data, startPrefix); ok {
		if ch, ok := e.corpus.Check(id); ok {
			return e.start(s, ch), nil
		}
	}
	if strings.HasPrefix(data, sharePrefix) {
		return e.share(data), nil
	}
	if data == humanPrefix {
		r := e.human(s, HumanButton)
		r.Toast = txtHumanToast
		return r, nil
	}
	var r Reply
	parts := strings.SplitN(strings.TrimPrefix(data, answerPrefix), ":", 3)
	if !strings.HasPrefix(data, answerPrefix) || len(parts) != 3 {
		r.Toast = txtButtonStale
		r.plain(txtButtonStaleMsg)
		return r, nil
	}
	ch, ok := e.corpus.Check(s.Check)
	if !ok || parts[0] != strconv.Itoa(s.Round) {
		r.Toast = txtButtonOld
		r.plain(txtButtonOldMsg)
		e.reask(s, &r)
		return r, nil
	}
	sl, _ := ch.Slot(s.Pending)
	if parts[1] == confirmSlot && len(s.Guess) > 0 {
		if parts[2] == "yes" {
			guess := s.Guess
			s.Guess = nil
			return e.record(s, ch, sl, reading{fills: guess}, true), nil
		}
		s.Guess = nil
		r.plain(txtConfirmRedo)
		q := e.question(s, ch, sl)
		r.follow(q)
		return r, nil
	}
	if parts[1] != s.Pending || len(s.Guess) > 0 {
		r.Toast = txtButtonDone
		r.plain(txtButtonDoneMsg)
		e.reask(s, &r)
		return r, nil
	}
	for _, o := range sl.Options() {
		if o.Value == parts[2] {
			return e.record(s, ch, sl, reading{fills: map[string]string{sl.ID: o.Value}}, false), nil
		}
	}
	if sl.Type == corpus.NumberSlot && sl.AllowUnsure && parts[2] == corpus.Unsure {
		return e.record(s, ch, sl, reading{fills: map[string]string{sl.ID: corpus.Unsure}}, false), nil
	}
	return e.wrong(s, sl, ""), nil
}

// back withdraws the last answer and asks its question again.
func (e *Engine) back(s *Session) Reply {
	var r Reply
	ch, ok := e.corpus.Check(s.Check)
	if !ok {
		r.plain(txtBackNone)
		return r
	}
	s.Guess = nil
	if len(s.Order) == 0 {
		r.plain(txtBackFirst)
		e.reask(s, &r)
		return r
	}
	last := s.Order[len(s.Order)-1]
	s.unanswer(last) // its more than whole too, which /back had left behind
	s.Pending, s.Wrong = last, 0
	sl, _ := ch.Slot(last)
	r.plain(txtBack)
	q := e.question(s, ch, sl)
	r.follow(q)
	return r
}

// confirmation reads the answer to 「我理解为……对吗？」 as people say it:
// 「对」, 「对的对的」, 「是的呀」, 「嗯嗯」, 「对，就是这个意思」, 「不对」.
// repeatedYesRe: a yes word said over at the start of a message.
var repeatedYesRe = regexp.MustCompile(`^(对|是|嗯|好)(?:对|是|嗯|好)+`)

// deniesNothing reports whether what follows a yes says nothing is wrong
// (no 不对, 不是 or 错 in it).
func deniesNothing(rest string) bool {
	return !strings.Contains(rest, "不对") && !strings.Contains(rest, "不是") && !strings.Contains(rest, "错")
}

// yesSaysRe: one yes and 就是说 after it, the rest saying what was meant.
var yesSaysRe = regexp.MustCompile(`^(?:对的|对|是的|嗯嗯|嗯)(?:也就是说|就是说)`)

// meansYes are phrases that, after a yes, add nothing but the yes.
var meansYes = []string{"就是那个意思", "就是这个意思", "就是这样", "就是这么回事", "没错", "说的对", "你说得对", "理解得对", "就是", "正确", "一点没错", "所言无误", "属实", "确实如此", "正是如此", "正是"}

func confirmation(t string) (yes, no bool) {
	t = strings.TrimRight(collapseRepeat(t), "啊呀吧呢哈嘛啦哦喔么~")
	switch {
	case t == txtConfirmYes || containsExact(yesExact, t) || t == "1":
		return true, false
	case t == txtConfirmNo || containsExact(noExact, t) || t == "2":
		return false, true
	}
	head := t
	if i := strings.IndexAny(head, "，,。. ！!；;"); i >= 0 {
		head = head[:i]
		// 「ok 对」: an ok first says nothing; what follows it answers
		// (round 161: not understood).
		if rest := strings.TrimLeft(t[i:], "，,。. ！!；;"); rest != "" && slices.Contains([]string{"ok", "okay", "好的"}, strings.ToLower(head)) {
			if yes, _ := confirmation(rest); yes {
				return true, false
			}
		}
	}
	head = collapseRepeat(head)
	if m := repeatedYesRe.FindStringSubmatch(head); m != nil {
		head = m[1] + head[len(m[0]):] // 「对对对就是那个意思」
		// 「对对就是二十五万左右我们算了一下……」, typed by voice: a yes
		// said twice, then 就是 and what was shown said again, with no
		// denial after it (round 104: taken as a question, and the same
		// shown back again).
		if rest := head[len(m[1]):]; strings.HasPrefix(rest, "就是") && deniesNothing(rest) {
			return true, false
		}
	}
	// 「对的就是说前面三年再加上……我是专业技术岗副研究员」, typed by voice:
	// one yes, then 就是说 and what was shown said again with more (round
	// 179: read as a new answer, and every reading shown asked again).
	if m := yesSaysRe.FindStringSubmatch(head); m != nil {
		if rest := head[len(m[0]):]; deniesNothing(rest) {
			return true, false
		}
	}
	for _, w := range noLead {
		if strings.HasPrefix(head, w) {
			return false, true
		}
	}
	// 「说错了 编制在镇上 借调的」: what was said, or shown back, was wrong
	// (round 39: read as a yes with a new answer beside it, a wrong ✅).
	for _, w := range []string{"说错了", "搞错了", "弄错了", "记错了", "写错了", "打错了", "错了", "说反了"} {
		if strings.HasPrefix(head, w) || strings.HasPrefix(head, "我"+w) {
			return false, true
		}
	}
	// A yes word, with at most particles after it (对着呢, 是滴): 「是镇上的
	// 小学」 is a new answer that starts with 是, not a yes.
	// 「方式大致如此」: a yes that names what it agrees with first (round
	// 108: read as a new answer, and the doubt after it as the way's).
	if n := utf8.RuneCountInString(head); n > 4 && n <= 8 && !hasNegator(head) {
		for _, w := range []string{"大致如此", "基本如此", "大体如此", "都对", "没错", "是对的", "说得对"} {
			if before, ok := strings.CutSuffix(head, w); ok && utf8.RuneCountInString(before) <= 4 && !strings.ContainsAny(before, "吗呢？?") {
				return true, false
			}
		}
	}
	for _, w := range []string{"对", "是的", "是", "嗯", "没错", "对啊", "就是", "正是", "确实", "对头", "ok对", "好的对", "好对", "是这样", "没毛病", "大致如此", "大致是", "基本如此", "基本是", "基本对", "基本上对", "基本上是", "大体对", "大致对", "基本正确", "基本没错", "大体如此", "大体是", "所言无误", "属实", "确实如此", "正是如此", "完全正确", "一点不差"} {
		if rest, ok := strings.CutPrefix(head, w); ok && strings.Trim(rest, "的啊呀呢了滴着哈嘛啦哦喔呐嘞~") == "" {
			return true, false
		}
		// 「对对对就是那个意思」: a yes and a phrase that says only yes.
		if rest, ok := strings.CutPrefix(head, w); ok && slices.Contains(meansYes, strings.Trim(rest, "的啊呀呢了滴着哈嘛啦哦喔呐嘞~，, ")) {
			return true, false
		}
	}
	return false, false
}

// guessedYes reports a yes said with a guess (应该算吧, 应该是吧).
func guessedYes(t string) bool {
	for _, w := range []string{"应该算", "应该是", "应该对", "应该没错", "算是", "应该就是"} {
		if rest, ok := strings.CutPrefix(trimPunct(t), w); ok && strings.Trim(rest, "的啊呀吧呢了滴哈嘛啦哦") == "" {
			return true
		}
	}
	return false
}

// collapseRepeat turns 「对的对的」 into 「对的」 and 「嗯嗯嗯」 into 「嗯」.
func collapseRepeat(t string) string {
	r := []rune(t)
	for n := 1; n <= len(r)/2; n++ {
		if len(r)%n != 0 {
			continue
		}
		same := true
		for i := n; i < len(r) && same; i++ {
			same = r[i] == r[i%n]
		}
		if same {
			return string(r[:n])
		}
	}
	return t
}

// hanCount counts the Chinese characters of t: a typed 「4」 or 「ok」
// corrects nothing.
func hanCount(t string) int {
	n := 0
	for _, r := range t {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

// restatesNo reports whether text, a reply to readings shown back, only
// says again the 否 of one of them in its own words (没断过 for 中断过「否」):
// the reply read as an answer gives that slot 否, and no other reading
// shown back is said otherwise.
func (e *Engine) restatesNo(ch *corpus.Check, sl *corpus.Slot, s *Session, text string) bool {
	rd := e.read(ch, sl, s.Answers, text)
	if rd.question {
		return false
	}
	agrees := false
	for id, v := range rd.fills {
		g, shown := s.Guess[id]
		switch {
		case shown && g == v && v == corpus.No:
			agrees = true
		case shown && g != v:
			return false
		}
	}
	return agrees
}

// ownSelfRe: words that say the one spoken of is the person writing.
var ownSelfRe = regexp.MustCompile(`我自己|我本人|是我$|是我[，,。 ]|` +
	// 「对 这是我家尕娃的」: what was shown back said to be of the one the
	// message before spoke of (round 56: it restarted the check).
	`(?:这|这个|这些|这次|这回|说的|刚才说的)(?:就)?是` + namedWho + `的|` +
	// 「对 这是给我老汉查的」 (round 58).
	`(?:这|这个)(?:就)?是(?:给|替|帮|为)` + namedWho + `(?:查|问|自查)的?`)

// willAskRe: the person going to ask someone (我问一下娃, 等我问问单位).
var willAskRe = regexp.MustCompile(`^(?:那|好|好的|行)?[，, ]*(?:我|等我|让我|我先)?(?:去|再|回头)?(?:问一下|问问|问下|打听一下|打听打听|查一下|查查)(?:娃|娃娃|孩子|儿子|女儿|丫头|他|她|老公|媳妇|爱人|老婆|单位|领导|家里|财务|人事)?(?:再说|再告诉你|再回你|去|吧|哈|啊)?$`)
