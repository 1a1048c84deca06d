package dialog

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/internal/zh"
)

// InputKind says what a user sent.
type InputKind int

const (
	// TextInput is a typed message; commands start with 「/」.
	TextInput InputKind = iota
	// ButtonInput is a pressed button; Data is the Choice's Data.
	ButtonInput
	// OtherInput is anything else: a sticker, a photo, a voice message…;
	// Media names it.
	OtherInput
)

// Input is one thing a user sent.
type Input struct {
	// Chat identifies the conversation whose session this input reads.
	Chat  string
	Kind  InputKind
	Text  string
	Data  string
	Media string
}

// Config is what an Engine is built from.
type Config struct {
	Corpus   *corpus.Corpus
	Answerer Answerer
	Store    SessionStore
	// Now is the clock; the policy's validity and nothing else is read
	// from it.
	Now func() time.Time
	// Normalize turns typed text into the one form the engine reads
	// (simplified characters, ASCII widths, digits for numerals): zh's
	// Normalizer.Normalize. It is applied once to every typed message.
	Normalize func(string) string
	// Recorder keeps finished checks under a reference number; nil keeps
	// none.
	Recorder Recorder
	// NamesSubject reports whether a question names a subject of its own
	// (the index's NamesSubject: 天气, 河州工匠); such a question is never
	// read as about the check in hand. Nil reads every question as able to
	// be.
	NamesSubject func(q string, articles []int) bool
}

// Engine runs conversations. It is safe for concurrent use: two inputs of
// one chat, even handled by two processes sharing a store, are applied one
// after the other through the store's versioned Save.
type Engine struct {
	corpus   *corpus.Corpus
	answerer Answerer
	store    SessionStore
	now      func() time.Time
	norm     func(string) string
	names    *names
	recorder Recorder
	subject  func(string, []int) bool
	notices  *atomic.Pointer[notices] // today's, shared by copies (HandleWith); see noticesToday
	docText  string                   // the articles' text, normalised, to know a passage quoted from it
}

// New returns an engine. It fails when a part is missing.
func New(cfg Config) (*Engine, error) {
	switch {
	case cfg.Corpus == nil:
		return nil, errors.New("dialog: no corpus")
	case cfg.Answerer == nil:
		return nil, errors.New("dialog: no answerer")
	case cfg.Store == nil:
		return nil, errors.New("dialog: no session store")
	case cfg.Now == nil:
		return nil, errors.New("dialog: no clock")
	case cfg.Normalize == nil:
		return nil, errors.New("dialog: no normaliser")
	}
	var doc strings.Builder
	for _, a := range cfg.Corpus.Doc.Articles {
		doc.WriteString(a.Text())
	}
	return &Engine{corpus: cfg.Corpus, answerer: cfg.Answerer, store: cfg.Store, now: cfg.Now, norm: cfg.Normalize, names: &names{norm: cfg.Normalize}, recorder: cfg.Recorder, subject: cfg.NamesSubject, notices: new(atomic.Pointer[notices]), docText: cfg.Normalize(doc.String())}, nil
}

// withoutPolicyQuotes leaves out of text the passages quoted in marks that
// are the policy's own words (「网上看到这段：「对高校毕业生、引进人才创办的
// 小微企业……」」): they tell nothing of the person (round 43: its 小微企业 was
// shown back as the company's size). A certificate's words quoted
// (「证书上写的是「2023年全国清真餐饮职业技能大赛……第十名」」) are kept.
func (e *Engine) withoutPolicyQuotes(text string) string {
	return quotedRe.ReplaceAllStringFunc(text, func(q string) string {
		r := []rune(q)
		for i := 0; i+policyRun <= len(r); i++ {
			if strings.Contains(e.docText, string(r[i:i+policyRun])) {
				return ""
			}
		}
		return q
	})
}

// policyRun is how many characters in a row a quoted passage shares with
// the policy to be taken for a quote from it.
const policyRun = 10

// maxAttempts bounds the retries when another update of the same chat
// saves first; between retries the engine waits a random, growing while
// (at most maxConflictWait) so that contending processes fall out of step.
const (
	maxAttempts     = 40
	maxConflictWait = 20 * time.Millisecond
)

// Handle answers one input. It always returns a Reply fit to show the user;
// a non-nil error is for the operator's log (errors.Is(err, ErrUnavailable)
// when the session store failed, in which case the reply says so and
// nothing was changed).
func (e *Engine) Handle(ctx context.Context, in Input) (Reply, error) {
	if in.Kind == TextInput {
		in.Text = withoutVocative(e.norm(in.Text))
	}
	for attempt := 0; attempt < maxAttempts; attempt++ {
		s, version, err := e.store.Load(ctx, in.Chat)
		if err != nil {
			return unavailable(), fmt.Errorf("%w: load session: %v", ErrUnavailable, err)
		}
		before := cloneSession(s)
		reply, stepErr := e.step(ctx, &s, in)
		e.settleNotice(&s, &reply)
		if reply.Forgotten {
			if err := e.store.Delete(ctx, in.Chat); err != nil {
				return unavailable(), fmt.Errorf("%w: delete session: %v", ErrUnavailable, err)
			}
			if e.recorder != nil {
				if err := e.recorder.Forget(ctx, in.Chat); err != nil {
					return unavailable(), fmt.Errorf("%w: forget records: %v", ErrUnavailable, err)
				}
			}
			return reply, nil
		}
		if reflect.DeepEqual(before, s) {
			return reply, stepErr
		}
		switch err := e.store.Save(ctx, in.Chat, s, version); {
		case errors.Is(err, ErrConflict):
			wait := min(time.Duration(1<<min(attempt, 10))*100*time.Microsecond, maxConflictWait)
			select {
			case <-ctx.Done():
				return unavailable(), fmt.Errorf("%w: %v", ErrUnavailable, ctx.Err())
			case <-time.After(rand.N(wait) + 1):
			}
			continue
		case err != nil:
			return unavailable(), fmt.Errorf("%w: save session: %v", ErrUnavailable, err)
		}
		if err := e.recordVerdict(ctx, in.Chat, s.Round, &reply); err != nil {
			return reply, errors.Join(stepErr, err)
		}
		return reply, stepErr
	}
	return unavailable(), fmt.Errorf("%w: session kept changing for %d attempts", ErrUnavailable, maxAttempts)
}

func unavailable() Reply {
	var r Reply
	r.plain(txtUnavailable)
	return r
}

// cloneSession copies s deeply, keeping nil and empty apart so that an
// unchanged session compares equal to its copy.
func cloneSession(s Session) Session {
	c := s
	c.Answers = maps.Clone(s.Answers)
	c.Order = slices.Clone(s.Order)
	c.Guess = maps.Clone(s.Guess)
	if s.Heard != nil {
		c.Heard = make(map[string]map[string]string, len(s.Heard))
		for k, v := range s.Heard {
			c.Heard[k] = maps.Clone(v)
		}
	}
	c.LastAnswers = maps.Clone(s.LastAnswers)
	if s.Asides != nil {
		c.Asides = make([]Aside, len(s.Asides))
		for i, a := range s.Asides {
			a.Missing = slices.Clone(a.Missing)
			c.Asides[i] = a
		}
	}
	return c
}

// forget asks Handle to delete everything stored about the chat.
func (e *Engine) forget() Reply {
	var r Reply
	r.plain(txtForgotten)
	r.Forgotten = true
	return r
}

var (
	commandRe    = regexp.MustCompile(`^/([A-Za-z_]+)(?:@\w+)?(?:\s+(.*))?$`)
	articleRefRe = regexp.MustCompile(`^(?:第\s*)?(\d{1,3}|[一二三四五六七八九十]{1,3})\s*条(?:\s*(?:全文|原文|内容|是什么|讲什么|说的什么|规定了什么))?[？?。.!！]*$`)
	greetingRe   = regexp.MustCompile(`^(?i:你好|您好|嗨|哈喽|在吗|在不在|hi|hello|hey|早上好|下午好|晚上好|你好呀|您好呀)[！!。.~～,，]*$`)
)

// parseCommand returns the command (lower case, without 「/」 and a
// 「@bot」 suffix) and its argument; cmd is empty for other text.
func parseCommand(text string) (cmd, arg string) {
	m := commandRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return "", ""
	}
	return strings.ToLower(m[1]), strings.TrimSpace(m[2])
}

func (e *Engine) step(ctx context.Context, s *Session, in Input) (Reply, error) {
	switch in.Kind {
	case ButtonInput:
		return e.button(ctx, s, in.Data)
	case OtherInput:
		var r Reply
		r.plain(txtNotText)
		e.reask(s, &r)
		return r, nil
	}
	text := strings.TrimSpace(in.Text)
	if cmd, arg := parseCommand(text); cmd != "" {
		return e.command(ctx, s, in.Chat, cmd, arg)
	}
	if text == "" { // nothing left once emoji and markup are dropped
		var r Reply
		r.plain(txtEmpty)
		e.reask(s, &r)
		return r, nil
	}
	if wantsHuman(text) {
		return e.human(s, HumanWords), nil
	}
	// 「退出」, 「不查这个了 我要查离岗下乡那个」 inside a check: the check is
	// left, in plain words as by /cancel; another check named is started
	// (round 71: neither was understood, and the person gave up).
	if (s.Check != "" || s.Menu) && quitRe.MatchString(text) {
		if other, ok := e.guessCheck(quitRe.ReplaceAllString(text, "")); ok && other.ID != s.Check {
			endCheck(s)
			return e.start(s, other), nil
		}
		return e.command(ctx, s, in.Chat, "cancel", "")
	}
	if s.Menu {
		if ch, ok := e.pickCheck(text); ok {
			return e.start(s, ch), nil
		}
		// 「我是大学生，想贷款开个店」 names a check and answers its first
		// questions: start it and read the message as an answer.
		if ch, ok := e.guessCheck(text); ok && !isQuestion(text) {
			r := e.start(s, ch) // heading, intro and the first question
			if sl, ok := ch.Slot(s.Pending); ok && s.Check == ch.ID {
				if rd := e.read(ch, sl, s.Answers, text); rd.found() {
					first := len(e.question(s, ch, sl).Blocks)
					rec := e.record(s, ch, sl, rd, true)
					r.Blocks = r.Blocks[:len(r.Blocks)-first]
					r.follow(rec)
				}
			}
			return r, nil
		}
		// A question while the list is showing is answered; the list stays
		// open, so a number typed next still picks a check.
		// An answer that offers one check (「师傅问下 我去年省上焊工比赛拿了
		// 第三名 能评技术能首不」 typed at the list) leaves the list: its
		// button is the one list shown, so 「1」 takes the offer, with the
		// facts the message told (round 48: 「1」 had started the loan check).
		e.hear(s, text)
		r, err := e.freeIn(ctx, s, text, "")
		if r.Finding != nil {
			noteAsides(s, *r.Finding, text)
		}
		for _, c := range r.Choices {
			if id, ok := strings.CutPrefix(c.Data, startPrefix); ok {
				s.Offer, s.Menu = id, false
			}
		}
		if s.Menu {
			r.add(Note, fmt.Sprintf(txtMenuHint, len(e.corpus.Checks)))
		}
		return r, err
	}
	if s.Check != "" && s.Pending != "" {
		return e.answer(ctx, s, text)
	}
	if ch, ok := e.corpus.Check(s.Last); ok {
		// 「国赛11名的呢」 right after the verdict on 省赛第二: the same
		// check for another of what it is about (a contest), from what
		// this message tells (round 78: the 省级 was kept).
		if told, ok := e.anotherItem(ch, s.LastAnswers, text); ok {
			return e.checkAgain(s, ch, told, txtAnotherItem), nil
		}
		// 「好的。再查一下韩文斌：国家一类赛，第10名。」 right after a
		// verdict: the same check for someone else, named, with what this
		// message tells of them (round 75: read as a what-if on the rank
		// alone, the first one's 省级 kept, and two wrong ❌).
		if againForRe.MatchString(text) {
			if other, named := e.guessCheck(text); !named || other == ch {
				delete(s.Heard, ch.ID)
				e.hear(s, text)
				return e.checkAgain(s, ch, s.Heard[ch.ID], txtOtherPerson), nil
			}
		}
	}
	// 「那我到底能报不 我媳妇能报不」 right after a verdict: what it said of
	// them is said again, and the other one named is checked next (held-out
	// round 128: the article was quoted and neither was answered).
	if r, ok := e.verdictAgain(s, text); ok {
		return r, nil
	}
	if s.Last != "" && switchesPerson(text) {
		s.Switched = true
		// 「那我愛人呢？他在縣農業農村局上班，他能不能報？」 right after the
		// envoy verdict: whether the other person may do what was just
		// checked is that check, for them (round 35: it was answered from
		// 第1条 and 离岗创业 offered).
		// An answer from the check's own article (「我媳婦是鎮上小學老師，
		// 能報嗎？」: the exclusion read plainly) is given as it is.
		// 「那兰州调过来的李医生呢 全职的 人事关系已经转到我们医院了」: a
		// 「……呢」 that tells what the check asks of the other one asks it
		// too (round 174: 第15条 quoted).
		if ch, ok := e.corpus.Check(s.Last); ok && (asksMay(text) || otherOneRe.MatchString(text) && e.tellsOf(ch, text)) {
			_, f, err := e.askAbout(ctx, text, ch)
			if err != nil {
				return Reply{}, err
			}
			// A bare quote of the article answers nothing of them (round 130:
			// 「我那位學生…可否一併算作柔性引進、領取補助」 got the clause).
			// 「請問我太太……能否免除反擔保？她是我的配偶，我持有「隴原人才服
			// 務卡」」: one told to have what a rule grants on (a yes) is
			// checked, for the verdict, not told the clause (round 175: the
			// wife's ✅ never given).
			if other, named := e.guessCheck(text); (!named || other == ch) && (!(f.Found() && slices.Contains(ch.Articles, f.Article) && len(e.glosses(f.Article, text)) > 0) || e.tellsYes(ch, text)) {
				e.hear(s, text)
				var r Reply
				r.plain(fmt.Sprintf(txtOtherPerson, ch.Title))
				r.follow(e.start(s, ch))
				return r, nil
			}
		}
	}
	// 「不对，合计五年」 right after a verdict: the check is taken up again
	// with that answer changed, and the verdict given anew.
	// Not once the talk has turned to someone else: what is said of them
	// is no news of the last one (round 52).
	if !s.Switched {
		if r, ok := e.reopen(s, text); ok {
			return r, nil
		}
	}
	offer := s.Offer
	s.Offer = ""
	// 「离岗创业自查」, 「查一下科技特派员」: a check named to be done,
	// before the one offered (「那帮我查一下在职开公司的吧」 after the skills
	// check was offered: round 156, the offer was taken up).
	if ch, ok := e.namedCheck(text); ok {
		return e.start(s, ch), nil
	}
	if ch, ok := e.askedCheck(text); ok {
		return e.start(s, ch), nil
	}
	if ch, ok := e.corpus.Check(offer); ok && acceptsOffer(text) {
		return e.start(s, ch), nil
	}
	// 「烦请帮老朽自查一下」: a check asked for, none named nor offered:
	// the list of checks (round 39: it had been taken for a question).
	if asksForCheck(text) {
		if ch, ok := e.guessCheck(text); ok {
			return e.start(s, ch), nil
		}
		return e.menu(s), nil
	}
	before := maps.Clone(s.Heard[offer])
	e.hear(s, text)
	if ch, ok := e.corpus.Check(offer); ok {
		if r, ok := e.toldBeforeCheck(s, ch, before, text); ok {
			return r, nil
		}
	}
	r, err := e.freeIn(ctx, s, text, offer)
	if r.Finding != nil {
		noteAsides(s, *r.Finding, text)
	}
	for _, c := range r.Choices {
		if id, ok := strings.CutPrefix(c.Data, startPrefix); ok {
			s.Offer = id
		}
	}
	return r, err
}

// withoutVocative drops how the person addresses the assistant after a
// word of assent or thanks (「对的老师」, 「好的师傅」): 老师 there is a
// form of address, not the person's job (round 118: read as the education
// system, a wrong ❌).
func withoutVocative(t string) string {
	if m := vocativeRe.FindStringSubmatchIndex(t); m != nil {
		return t[:m[3]] + t[m[5]:]
	}
	return t
}

// vocativeRe: a word of assent or thanks (group 1), then a form of
// address (group 2) at the start of a message.
var vocativeRe = regexp.MustCompile(`^(对的|是的|好的|对对|嗯嗯|嗯|好|谢谢|谢了|多谢|麻烦了|麻烦)[,，、\s]*(老师|师傅|老师傅|同志|领导)(?:[,，。.!！\s]|$)`)

// correctedNumber is the one number of sl's unit a correction says, the
// ones it denies (不需要350万, 不是5年) left out.
//
// more is set when the number is said as more than whole (两年半, 3年多).
func correctedNumber(text string, sl *corpus.Slot) (n int, more, ok bool) {
	// 「第一是我们临夏的 总的是第二」: the place overall (round 129).
	if n, ok := overallRank(text, sl); ok {
		return n, false, true
	}
	unit, _ := strings.CutSuffix(sl.Unit, "元")
	var found []int
	for _, loc := range numberRe.FindAllStringIndex(text, -1) {
		if !strings.HasPrefix(text[loc[1]:], unit) {
			continue
		}
		if deniedLeadRe.MatchString(text[:loc[0]]) {
			continue
		}
		if loc[1]-loc[0] == 4 && sl.Unit == "年" {
			continue // 「到2026年8月」: a date (round 117: the correction was not heard)
		}
		// 「以前离岗是两年半不是三年」: more than whole (round 131: recorded
		// as 2).
		if rest := strings.TrimPrefix(text[loc[1]:], unit); strings.HasPrefix(rest, "半") || strings.HasPrefix(rest, "多") || monthsAfterRe.MatchString(rest) {
			more = true
		}
		n, err := strconv.Atoi(text[loc[0]:loc[1]])
		if err != nil || n < sl.Min || n > sl.Max {
			return 0, false, false
		}
		found = append(found, n)
	}
	if len(found) != 1 {
		return 0, false, false
	}
	return found[0], more, true
}

// partPutRight replaces, in parts said back (3年＋2年＋2年), the part the
// correction denies (不是两年) with the number it says instead, and
// returns the new total and parts. ok is false when the correction denies
// no number, or none of the parts.
func partPutRight(parts, text string, n int, sl *corpus.Slot) (int, string, bool) {
	var denied []string
	for _, loc := range numberRe.FindAllStringIndex(text, -1) {
		if strings.HasPrefix(text[loc[1]:], sl.Unit) && deniedLeadRe.MatchString(text[:loc[0]]) {
			denied = append(denied, text[loc[0]:loc[1]]+sl.Unit)
		}
	}
	if len(denied) != 1 {
		return 0, "", false
	}
	ps := strings.Split(parts, "＋")
	var at []int
	for i, p := range ps {
		if p == denied[0] {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return 0, "", false
	}
	// 「延长的是2年……不是3年」 of 「3年＋3年＋1年」: an extension is not the
	// first span; one had (延了) is the first after it, one to come (再延)
	// the last.
	i := at[0]
	if len(at) > 1 && strings.Contains(text, "延") {
		if at[0] == 0 {
			at = at[1:]
		}
		i = at[0]
		if strings.Contains(text, "再延") || strings.Contains(text, "想延") {
			i = at[len(at)-1]
		}
	}
	ps[i] = strconv.Itoa(n) + sl.Unit
	total, ok := partsTotal(ps, sl)
	return total, strings.Join(ps, "＋"), ok
}

// partsTotal adds up parts of a total said in sl's unit (3年, 2年), and
// reports whether each is a whole number and the total within sl's bounds.
func partsTotal(ps []string, sl *corpus.Slot) (int, bool) {
	total := 0
	for _, p := range ps {
		v, err := strconv.Atoi(strings.TrimSuffix(p, sl.Unit))
		if err != nil {
			return 0, false
		}
		total += v
	}
	return total, total >= sl.Min && total <= sl.Max
}

// deniedLeadRe: words just before a number that deny it (不需要, 不是, 不要).
var deniedLeadRe = regexp.MustCompile(`(不需要|不用|不要|不是|并非|而不是|没有|没)$`)

// toldBeforeCheck answers a message that asks nothing, after an answer
// that offered ch: what it told of the person is said back, with the offer
// again, instead of being answered as a question.
//
// 「不好意思刚才说错了，有卡的是他们主任，我老公的还在审批」 and 「正式选派是
// 2022年到2025年，连着4年」 (round 57: answered as questions of 备案和审批
// and with a bare quote). A correction that tells nothing new takes back
// what it speaks of (「刚才说错了。2021年名单上没有我」), to be asked.
func (e *Engine) toldBeforeCheck(s *Session, ch *corpus.Check, before map[string]string, text string) (Reply, bool) {
	if slices.ContainsFunc(splitClauses(text), isQuestion) {
		return Reply{}, false
	}
	var changed []string
	for _, sl := range ch.Slots {
		if v, ok := s.Heard[ch.ID][sl.ID]; ok && before[sl.ID] != v {
			changed = append(changed, sl.Name+"「"+sl.Label(v)+"」")
		}
	}
	corrects := correctionRe.MatchString(text)
	// 「更正一下，刚核算过，280万即可，不需要350万」: a correction that
	// names one number of a number heard, the others denied, puts it right
	// (round 98: 「请直接告诉我正确的情况」).
	if corrects && len(changed) == 0 {
		for _, sl := range ch.Slots {
			old, ok := s.Heard[ch.ID][sl.ID]
			if !ok || sl.Type != corpus.NumberSlot {
				continue
			}
			if n, more, ok := correctedNumber(text, &sl); ok && (strconv.Itoa(n) != old || more) {
				// 「是延了一年，不是两年」 of 「3年＋2年＋2年」: the part denied is
				// put right, and the total with it (round 115: the total
				// taken as 1 year). A part more than whole (两年半) makes the
				// total one more, the safe side.
				if parts := s.Heard[ch.ID][sl.ID+sumKey]; parts != "" {
					if total, fixed, ok := partPutRight(parts, text, n, &sl); ok {
						if more {
							total++
							fixed = strings.Replace(fixed, strconv.Itoa(n)+sl.Unit, strconv.Itoa(n)+sl.Unit+"多", 1)
						}
						s.Heard[ch.ID][sl.ID] = strconv.Itoa(total)
						s.Heard[ch.ID][sl.ID+sumKey] = fixed
						changed = append(changed, sl.Name+"「"+sl.Label(strconv.Itoa(total))+"」（"+fixed+"）")
						continue
					}
					// A part that cannot be placed leaves the total to be asked.
					delete(s.Heard[ch.ID], sl.ID)
					delete(s.Heard[ch.ID], sl.ID+sumKey)
					continue
				}
				said := ""
				if more {
					said = "（" + strconv.Itoa(n) + sl.Unit + "多）"
					n++
				}
				s.Heard[ch.ID][sl.ID] = strconv.Itoa(n)
				delete(s.Heard[ch.ID], sl.ID+sumKey)
				delete(s.Heard[ch.ID], sl.ID+eitherKey)
				changed = append(changed, sl.Name+"「"+sl.Label(strconv.Itoa(n))+"」"+said)
			}
		}
	}
	// 「不好意思前面说错了……是2019年9月到2023年8月，一共4年」 of 「3年＋3年」:
	// a leave put right by dates that ended before this year is the leave
	// before (the first part), not the total (round 144: the total taken
	// as 4 years, said back as 3年＋3年).
	if m := calendarSpanRe.FindStringSubmatch(text); corrects && m != nil {
		end, err := strconv.Atoi(m[3])
		if end < 100 {
			end += 2000
		}
		for i, sl := range ch.Slots {
			parts := before[sl.ID+sumKey]
			if sl.Type != corpus.NumberSlot || !sl.Sums || parts == "" {
				continue
			}
			n, more, ok := correctedNumber(text, &ch.Slots[i])
			if ts := totalsSaid(text, &ch.Slots[i]); !ok && len(ts) == 1 {
				// 「……一共4年」: the span's own total.
				n, ok = ts[0], true
			}
			ps := strings.Split(parts, "＋")
			if err != nil || !ok || more || end >= e.now().Year() || len(ps) < 2 || ps[0] == strconv.Itoa(n)+sl.Unit {
				continue
			}
			ps[0] = strconv.Itoa(n) + sl.Unit
			total, ok := partsTotal(ps, &ch.Slots[i])
			if !ok {
				continue
			}
			fixed := strings.Join(ps, "＋")
			s.Heard[ch.ID][sl.ID] = strconv.Itoa(total)
			s.Heard[ch.ID][sl.ID+sumKey] = fixed
			changed = slices.DeleteFunc(changed, func(c string) bool { return strings.HasPrefix(c, sl.Name+"「") })
			changed = append(changed, sl.Name+"「"+sl.Label(strconv.Itoa(total))+"」（"+fixed+"）")
		}
	}
	var r Reply
	switch {
	case len(changed) > 0 && corrects:
		r.plain(txtCorrectionHeard + strings.Join(changed, "，"))
	case len(changed) > 0:
		r.plain(txtStatementHeard + strings.Join(changed, "，"))
	case corrects:
		var same []string
		for _, sl := range ch.Slots {
			old, ok := s.Heard[ch.ID][sl.ID]
			if !ok || !(e.speaksOf(&sl, text) || sl.Type == corpus.NumberSlot && sl.Unit == "年" && yearsNumRe.MatchString(text)) {
				continue
			}
			// 「是两年半，不是两年，加上四年是六年半」 of 7 heard (3＋4): the
			// correction comes to what was heard, which stands, said back
			// (round 131: taken back, and asked again).
			if sl.Type == corpus.NumberSlot && old != corpus.Unsure && e.read(ch, &sl, answers(s.Heard[ch.ID]), text).fills[sl.ID] == old {
				same = append(same, sl.Name+"「"+sl.Label(old)+"」")
				continue
			}
			delete(s.Heard[ch.ID], sl.ID)
		}
		if len(same) > 0 {
			r.plain(txtCorrectionHeard + strings.Join(same, "，"))
			break
		}
		r.plain(txtCorrectionNoted)
	default:
		return Reply{}, false
	}
	r.Choices = append(r.Choices, Choice{Label: fmt.Sprintf(txtStartCheck, ch.Title), Data: startPrefix + ch.ID})
	s.Offer = ch.ID
	return r, true
}

// reopen corrects an answer of the last verdict's check when text says the
// last answer was wrong and says it otherwise.
// howManyLeftRe: a question of how many are left (还能再延几年, 还剩多少年).
var howManyLeftRe = regexp.MustCompile(`(还能|还可以|能|可以)?(再)?(延|干|离|待|保留|剩)(几|多少|多久)`)

func (e *Engine) reopen(s *Session, text string) (Reply, bool) {
	ch, ok := e.corpus.Check(s.Last)
	if !ok || len(s.LastAnswers) == 0 {
		return Reply{}, false
	}
	// 「如果申请额度改为300万元，结论如何」: a what-if is answered the
	// same way, on the answers changed.
	// 「如果我调到另一家事业单位后再申请离岗，六年是否重新计算？」 asks how
	// the text counts, not what a changed answer would give (round 38: it
	// had been read as 6 years, a wrong ✅).
	// 「那要是算上那两年，我这次还能再延几年」 asks how many are left, not
	// what a changed answer gives (round 133: read as 2 years, a wrong ✅).
	whatIf := whatIfRe.MatchString(text) && !strings.Contains(text, "不对") && !recountRe.MatchString(text) && !howManyLeftRe.MatchString(text)
	_, corrects := cutCorrection(text)
	// 「第一张是2021年的 那就是四年……我记成五年了」: what was had wrong,
	// said after what is right: the slip is the correction's mark, and
	// what it names is no answer (round 122: not taken up).
	slipped := false
	if slip := slipClauses(text); slip != text {
		text, corrects, slipped = slip, true, true
	}
	corrects = corrects || whatIf || strings.Contains(text, "不对") || strings.Contains(text, "错了")
	if !corrects && !mayBeNews(s, text) {
		return Reply{}, false
	}
	saved := cloneSession(*s)
	s.Check, s.Answers, s.Order = ch.ID, maps.Clone(s.LastAnswers), nil
	for _, sl := range ch.Slots {
		if _, ok := s.Answers[sl.ID]; ok {
			s.Order = append(s.Order, sl.ID)
		}
	}
	if !corrects {
		// 「問了，是隴原人才服務卡」, 「学院已经批了 文件下来了」: news that
		// settles an answer the verdict left 「不确定」.
		if r, ok := e.settle(s, ch, text); ok {
			return r, true
		}
		*s = saved
		return Reply{}, false
	}
	if whatIf {
		if r, ok := e.correctWith(s, ch, text, whatIfAsks.ReplaceAllString(text, ""), true, txtSupposed); ok {
			if r.Verdict != nil && supposeRe.MatchString(text) {
				// 「要是是那个卡 是不是就完全不要担保了」: a supposition is
				// answered as one; the verdict given on the person's own
				// answers stands, and nothing is recorded (round 34: it was
				// taken as news, a wrong ✅).
				*s = saved
				r.Verdict.record = nil
			}
			return r, true
		}
	} else if slipped {
		if r, ok := e.correctWith(s, ch, text, text, true, txtCorrected); ok {
			return r, true
		}
	} else if r, ok := e.correct(s, ch, text); ok {
		return r, true
	}
	*s = saved
	return Reply{}, false
}

// slipRe: a clause that says what the person had wrong (我记成五年了).
var slipRe = regexp.MustCompile(`(记成|说成|写成|算成|当成|记岔|记混)[^,，。;；!！?？ ]{0,8}了?$`)

// slipClauses drops from t the clauses that say what was had wrong, when
// another clause is left.
func slipClauses(t string) string {
	cs := splitClauses(t)
	kept := slices.DeleteFunc(slices.Clone(cs), func(c string) bool { return slipRe.MatchString(strings.TrimRight(c, "。.!！ ")) })
	if len(kept) == len(cs) || len(kept) == 0 {
		return t
	}
	return strings.Join(kept, "，")
}

// mayBeNews reports whether text, said after a verdict, may settle an
// answer the verdict left 「不确定」: a statement, not a question, and no
// bare 「1」 or 「是」, which presses a button or accepts an offer (round 27:
// a typed 1 for 「开始自查」 had been read as 配偶持卡「是」).
func mayBeNews(s *Session, text string) bool {
	return slices.Contains(slices.Collect(maps.Values(s.LastAnswers)), corpus.Unsure) &&
		!isQuestion(text) && utf8.RuneCountInString(trimPunct(text)) >= 4 && !(s.Offer != "" && acceptsOffer(text))
}

// settle reads text, said after a verdict, as the answer to a question the
// person had answered 「不确定」, when it speaks of that question (「問了，是
// 隴原人才服務卡」); s holds the verdict's answers.
func (e *Engine) settle(s *Session, ch *corpus.Check, text string) (Reply, bool) {
	for _, id := range s.Order {
		sl, ok := ch.Slot(id)
		if !ok || s.Answers[id] != corpus.Unsure {
			continue
		}
		if !e.speaksOf(sl, text) {
			continue
		}
		// 「那两年也是离岗办厂子……2014到2016年在所里批的办饲料厂」: news
		// of one part of a sum is not the sum (held-out round 59: recorded
		// as 3 years, a wrong ✅); only a total, or a plain number, is.
		if sl.Sums && !saysTotal(text) && utf8.RuneCountInString(trimPunct(text)) > 8 {
			continue
		}
		done := maps.Clone(s.Answers)
		delete(done, id)
		rd := e.read(ch, sl, done, text)
		if rd.question || !rd.answers(id) || rd.fills[id] == "" || rd.fills[id] == corpus.Unsure {
			continue
		}
		return e.rerecord(s, ch, sl, rd, txtSettled), true
	}
	return Reply{}, false
}

// whatIfRe: a question after a verdict that asks what it would be with an
// answer changed (「要是只延两年呢」, 「按300万元重新自查」).
var whatIfRe = regexp.MustCompile(`^(如果|要是|假如|假设|若|那如果|那要是|改成|改为|换成|按)|(改成|改为|换成)[^，,。]{0,12}(的话|呢|结论|结果|怎么样|如何)|(重新自查|重新查|再查一次|再查一下|重新算|再算一下)`)

// supposeRe: a what-if that only supposes (如果, 要是……), not a request
// to check again with an answer changed (请按200万元重新自查).
var supposeRe = regexp.MustCompile(`^(如果|要是|假如|假设|若是|若|那如果|那要是|万一)`)

// whatIfAsks are the words of a what-if that ask, not answer: what is
// left is read as the changed answer.
var whatIfAsks = regexp.MustCompile(`如果|要是|假如|假设|那如果|那要是|的话|结论如何|结果如何|结论是什么|结果是什么|会怎样|会怎么样|怎么样|如何|重新自查|重新查|再查一次|再查一下|重新算|再算一下|行不行|可以吗|可不可以|能不能|呢|吗|[?？]`)

// acceptRe: a typed yes to an offered check (the button's number, 好,
// 开始自查, 帮我查一下…), with nothing else asked.
var acceptRe = regexp.MustCompile(`^(1|好|好的|好啊|好呀|行|可以|嗯|是|要|ok|开始|开始吧|查|查一下|查查|自查|帮我查|麻烦|那就|请|做|来|烦请|劳驾|代为|帮忙|帮我|给我|你给我|你帮我|那你|那)`)

// declineOfferRe: words that turn an offer down (不用查了, 别查了, 算了).
var declineOfferRe = regexp.MustCompile(`不用|别查|不要查|不查|算了|不必`)

func acceptsOffer(t string) bool {
	t = strings.ToLower(trimPunct(t))
	// 「那你给我查一下么我就想知道能不能再延长两年……」: a message that
	// opens by asking to be checked takes the offer up, however long, and
	// what follows is heard (round 99: answered as a question).
	opens := checkAskRe.MatchString(firstRunes(t, 12))
	if t == "" || (utf8.RuneCountInString(t) > 24 || strings.ContainsAny(t, "?吗")) && !opens || declineOfferRe.MatchString(t) {
		return false
	}
	accepts := func(t string) bool {
		// 「那你给我家娃看看能评上不」: to look at their case is to check it.
		return acceptRe.MatchString(t) && (utf8.RuneCountInString(t) <= 3 || mentions(t, []string{"查", "开始", "check", "做", "看看", "看一下", "算算", "算一下", "瞅瞅"}))
	}
	if accepts(t) {
		return true
	}
	// 「看不太懂那你给我查一下我能不能保留编制」: asked to be checked, the
	// offered check is taken up (round 52: it was answered as a question).
	if checkAskRe.MatchString(t) {
		return true
	}
	// 「我问的不是这个。查吧。」: the last clause takes it up.
	cs := splitClauses(t)
	last := trimPunct(cs[len(cs)-1])
	return len(cs) > 1 && utf8.RuneCountInString(last) <= 6 && strings.Contains(last, "查") && accepts(last)
}

// checkAskRe: a short message that asks for a self-check and names none.
var checkAskRe = regexp.MustCompile(`(自查|查一下|查查|测一下|帮我看看|帮我查|给我查|帮忙查)`)

// asksForCheck reports a short request for a check (「帮我自查一下」), not a
// question that mentions one.
func asksForCheck(t string) bool {
	t = trimPunct(t)
	return utf8.RuneCountInString(t) <= 14 && checkAskRe.MatchString(t) && !isQuestion(t)
}

// doWords are what people add to a check's name to ask for it.
var doWords = strings.NewReplacer("自查", "", "查一下", "", "查查", "", "帮我查", "", "开始", "", "做个", "", "做一下", "", "我要", "", "我想", "", "查", "",
	"给我", "", "帮我", "", "替我", "", "一下", "", "一个", "", "那就", "", "那", "", "请", "", "麻烦", "", "吧", "")

// namedCheck finds the check a short message asks to do: its title or an
// alias with 自查, 查一下… (「离岗创业自查」). A bare title is a question
// about the subject, answered as one.
func (e *Engine) namedCheck(text string) (*corpus.Check, bool) {
	t := strings.ToLower(trimPunct(text))
	if utf8.RuneCountInString(t) > 16 || !strings.Contains(t, "查") || isQuestion(t) {
		return nil, false
	}
	rest := trimPunct(doWords.Replace(t))
	for _, ch := range e.corpus.Checks {
		for _, name := range append([]string{ch.Title}, ch.Aliases...) {
			if n := strings.ToLower(e.norm(name)); rest == n || oneSlip(rest, n) {
				return ch, true
			}
		}
	}
	return nil, false
}

// askedCheck finds the check the last clause of a longer message asks to
// do (「这个没回答我的问题啊。那帮我查一下在职开公司的吧」): asked to be
// checked, and one check named in it.
func (e *Engine) askedCheck(text string) (*corpus.Check, bool) {
	cs := splitClauses(strings.ToLower(trimPunct(text)))
	if len(cs) < 2 {
		return nil, false
	}
	last := cs[len(cs)-1]
	if !checkAskRe.MatchString(last) || isQuestion(last) {
		return nil, false
	}
	var named []*corpus.Check
	for _, ch := range e.corpus.Checks {
		if e.namesCheck(ch, last) {
			named = append(named, ch)
		}
	}
	if len(named) != 1 {
		return nil, false
	}
	return named[0], true
}

// oneSlip reports whether a differs from a name of three or more
// characters in one character only (特派元 for 特派员).
func oneSlip(a, name string) bool {
	return utf8.RuneCountInString(name) >= 3 && zh.OneRuneApart(a, name)
}

// doubtfulClauses returns the clauses of t that doubt, guess or ask,
// joined.
//
// limitAskRe: a figure asked of against the document's limit.
var limitAskRe = regexp.MustCompile(`\d+万元?[^，,。；;]{0,4}(是否|是不是|算不算|能不能|有没有)?[^，,。；;]{0,2}(在额度|在范围|额度范围|额度内|范围内|以内|之内|超过|超出|超额|超限|含本数|封顶|上限)`)

// A plain question about what the facts lead to (「第10名能不能推荐技术
// 能手」) does not doubt the facts it repeats; one that asks whether a fact
// holds or counts (「大专算高校毕业生吗」, 「司法局算不算公检法」) does.
func doubtfulClauses(t string) string {
	var out []string
	for _, c := range splitClauses(t) {
		if _, asks, ok := voiceSplit(c); ok {
			// A voice clause's story before its asking doubts nothing, and
			// its run of questions doubts a fact only in words that ask
			// whether it counts (是不是要州人社局批 asks the procedure).
			if isUnsure(asks) || countsOnlyRe.MatchString(asks) {
				out = append(out, asks)
			}
			continue
		}
		// 「300万元是否在额度范围内」: whether a figure is within the limit
		// asks of the limit, not whether the figure holds (round 68: the
		// amount told was asked again).
		if !isUnsure(c) && !doubtRe.MatchString(c) && limitAskRe.MatchString(c) {
			continue
		}
		// 「不知道我們教育系統的能不能報」: a question put as not knowing
		// asks what follows for the person, and doubts nothing told of
		// them (round 98: the system was asked again).
		if indirectAskRe.MatchString(c) && !countsRe.MatchString(c) {
			continue
		}
		// 「是不是我們縣必須給我們名額」: whether something must be done
		// asks of the rule, and doubts nothing told (round 110: the
		// employer told was asked again).
		if !isUnsure(c) && mustAskRe.MatchString(c) && !strings.Contains(c, "算") {
			continue
		}
		// 「要是明年歇一年后年再报算不算连续」: what a supposition would
		// count as asks of the rule, not whether a fact told holds (round
		// 97: the years told were asked again).
		if !isUnsure(c) && slices.ContainsFunc(hypothetical, func(w string) bool { return strings.HasPrefix(c, w) }) && isQuestion(c) {
			continue
		}
		// 「我们是乡上的单位能报吗」: a fact told, then whether they may,
		// doubts nothing told (round 131: the unit was asked again).
		if !isUnsure(c) && !doubtRe.MatchString(c) && toldThenMayRe.MatchString(c) {
			continue
		}
		// 「我愛人……好像辦了那個隴原人才服務卡」: a fact told as it seems
		// is doubted (round 97: shown back as 是).
		if isUnsure(c) || doubtRe.MatchString(c) || strings.HasSuffix(c, "吧") || mentions(c, seemsWords) || isQuestion(c) && countsRe.MatchString(reckonRe.ReplaceAllString(c, "")) {
			out = append(out, c)
		}
	}
	return strings.Join(out, "，")
}

// toldThenMayRe: a fact of oneself told, then whether one may (我们是乡上
// 的单位能报吗).
var toldThenMayRe = regexp.MustCompile(`^(?:我们|咱们|我|俺|咱)(?:是|在)[^，,。？?算]{1,14}?(?:能|可以)(?:报|申请|当|参加|去|贷)?(?:吗|么|不|嘛)?[?？]?$`)

// mustAskRe: a question of whether something must be done.
var mustAskRe = regexp.MustCompile(`是不是[^，,。？?]{0,6}?(?:必须|一定|需要|非得|得要|要求)`)

// seemsWords tell a fact as it seems (好像办了), not as known.
var seemsWords = []string{"好像", "似乎", "或许", "也许"}

// indirectAskRe: a question put as not knowing (不知道……能不能报).
var indirectAskRe = regexp.MustCompile(`^(?:我|我们|俺)?(?:不知道|不清楚|想知道|想问问?)[^，,。；;]*?(?:能不能|能否|可不可以|能|可以|行不行)(?:报|申请|当|评|贷|参加|享受|领|去)`)

// moreAsked returns the span a question asks for on top of what was said
// (「还能再保留2年不」: 2).
func moreAsked(asked, unit string) (int, bool) {
	m := moreRe.FindStringSubmatch(asked)
	if m == nil || m[2] != unit {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil
}

// moreRe: 再 (延, 保留…) a number of a unit.
var moreRe = regexp.MustCompile(`再[^，,。；;0-9]{0,6}?([0-9]+)(年|万元|万)`)

// saidUnsure reports whether text says the person does not know the
// answer to a yes/no question, in a clause that names it by its own words
// (「陇原人才服务卡我老公有没有我也不清楚」): shown back as 不确定 before
// the check, not asked again.
func (e *Engine) saidUnsure(sl *corpus.Slot, text string) bool {
	if sl.Type == corpus.NumberSlot || !sl.AllowUnsure {
		return false
	}
	return len(e.unsureClauses(sl, text)) > 0
}

// unsureClauses returns the clauses of text that doubt what sl asks.
func (e *Engine) unsureClauses(sl *corpus.Slot, text string) []string {
	if sl.Type == corpus.NumberSlot {
		return nil
	}
	words := sl.TopicYes
	if len(words) == 0 {
		words = sl.Topic
	}
	// 「我说不上算不算一类赛」: a doubt that names the options of a choice.
	if sl.Type == corpus.ChoiceSlot {
		words = slices.Clone(words)
		for _, o := range sl.Choices {
			words = append(words, choiceWords(o)...)
		}
	}
	var out []string
	prev := ""
	var last []string // the two clauses before
	for _, c := range splitClauses(text) {
		// Typed by voice, the story before the first asking word is told,
		// not doubted: 「…前年批准我到村里…有文件的…有没有下乡补贴说不上」.
		if _, asks, ok := voiceSplit(c); ok {
			c = asks
		}
		named := slices.ContainsFunc(words, func(w string) bool { return strings.Contains(c, e.names.get(w)) })
		// 「全国比赛拿了个第十还是十一 我说不上」: a doubt between two numbers
		// is of the number, not of the option named beside it (round 169:
		// the level shown back 不确定).
		if named && sl.Type == corpus.ChoiceSlot && eitherNumRe.MatchString(c) && !e.namesTwoOptions(sl, c) {
			named = false
		}
		switch {
		case isUnsure(c) && named:
			out = append(out, c)
		case sl.Type == corpus.ChoiceSlot && notWrittenWhichRe.MatchString(c) && e.namesTwoOptions(sl, c):
			// 「证书上也没写是一类还是二类」: which of two the paper does not
			// say is not known (round 107: the class was asked again).
			out = append(out, c)
		case isUnsure(c) && !named && sl.Type == corpus.ChoiceSlot && strings.Contains(prev, "还是") && e.namesTwoOptions(sl, prev):
			// 「證書上沒寫是一類還是二類 說不上」: a bare doubt after two
			// options put side by side doubts them (round 104: the class
			// was asked again).
			out = append(out, prev+"，"+c)
		case isUnsure(c) && !named && utf8.RuneCountInString(trimPunct(c)) <= 6 && slices.ContainsFunc(last, func(p string) bool { return e.mentionsAny(words, p) }) &&
			!(sl.Type == corpus.ChoiceSlot && slices.ContainsFunc(last, eitherNumRe.MatchString)):
			// 「只是小微企业是我自己认为的，没有经过任何认定，不确定」: a
			// doubt said alone doubts what the clauses just before it named
			// (round 110: 企业规模 recorded as 是).
			out = append(out, strings.Join(append(slices.Clone(last), c), "，"))
		}
		prev = c
		last = append(last, c)
		if len(last) > 2 {
			last = last[1:]
		}
	}
	return out
}

// doubtScope returns what the doubtful clauses doubt: a clause that asks
// whether something counts doubts what follows its asking words
// (「离岗创业是不是最多可以8年」 doubts the years, not 离岗创业;
// 「司法局算不算公检法」 the system, not the unit); a guess or a doubt in
// other words (「应该算大学毕业吧」, 「说不上」) doubts the whole clause.
func doubtScope(doubtful string) string {
	var out []string
	for _, c := range strings.Split(doubtful, "，") {
		m := doubtRe.FindStringIndex(c)
		if m == nil {
			m = countsRe.FindStringIndex(reckonRe.ReplaceAllString(c, "")) // 「离岗期间职称评审是否受影响」
			if m != nil {
				m = countsRe.FindStringIndex(c)
			}
		}
		// A doubt in a long run typed by voice (「……我以前在学院离过一次岗
		// 大概两年多记不太清了这个算不算进去还有离岗期间工资还发不发……」)
		// doubts what is said just before it, not the whole run: from a
		// few words before it to the next question.
		if u, uend, ok := unsureIndex(c); ok && utf8.RuneCountInString(c) > longClause {
			start := u
			for n := 0; n < doubtReach && start > 0; n++ {
				_, size := utf8.DecodeLastRuneInString(c[:start])
				start -= size
			}
			end := len(c)
			if at := nextAsk(c[uend:]); at >= 0 {
				end = uend + at
			}
			out = append(out, c[start:end])
			continue
		}
		if m != nil && !isUnsure(c) && !strings.HasSuffix(c, "吧") {
			// In a voice run, the next question (「社保断不断」, 「保留几
			// 年」) starts another ask: the doubt ends before it.
			if end := nextAsk(c[m[1]:]); end >= 0 {
				c = c[:m[1]+end]
			}
			c = c[m[0]:]
			// 「那个算不算离岗的年限」: whether a span counts doubts the span,
			// not the thing it is the span of.
			if _, measure, ok := strings.Cut(c, "的"); ok && slices.Contains(measureWords, trimPunct(measure)) {
				c = measure
			}
			// 「他这种算不算能离岗创业的科研人员」: whether someone counts as
			// a kind of person doubts the kind, not what it is said to do
			// (round 43: the way of starting up told before was lost).
			if i := strings.LastIndex(c, "的"); i > 0 && kindRe.MatchString(trimPunct(c[i+len("的"):])) {
				c = c[i+len("的"):]
			}
		}
		out = append(out, c)
	}
	return strings.Join(out, "，")
}

// kindRe: a kind of person or body a doubt may be about (科研人员, 引进人才,
// 小微企业).
var kindRe = regexp.MustCompile(`^\p{Han}{0,6}(人员|人才|毕业生|企业|单位)$`)

// doubtReach is how many characters before a word of doubt in a voice run
// it reaches back to (「离过一次岗大概两年多记不清」).
const doubtReach = 10

// nextAsk returns where in t the first question starts: a word that asks
// (谁, 几年, 能不能…) or A不A as isQuestion reads it (断不断); -1 when none.
func nextAsk(t string) int {
	at := zh.ANotAIndex(t)
	for _, w := range questionWords {
		if i := strings.Index(t, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// askRun cuts a run of questions typed by voice after each asking word
// (「多少20万能贷下来不利西是不是全免的毕业2年了还算不算……」: 「多少」,
// 「20万能贷下来不利西是不是」, …).
func askRun(t string) []string {
	var out []string
	for t != "" {
		at := -1
		for _, w := range questionWords {
			if i := strings.Index(t, w); i >= 0 && (at < 0 || i+len(w) < at) {
				at = i + len(w)
			}
		}
		if at < 0 {
			break
		}
		out = append(out, t[:at])
		t = t[at:]
	}
	// What follows the last asking word belongs to it (「能不能」「再延长
	// 1或2年」).
	if t != "" {
		if len(out) == 0 {
			return []string{t}
		}
		out[len(out)-1] += t
	}
	return out
}

// measureWords name how much or how long, as asked of something else
// (离岗的年限).
var measureWords = []string{"年限", "年数", "时间", "期限", "时长", "年头"}

// doubtRe: a clause that asks whether something counts (a guess ending in
// 吧 is caught by its ending).
var doubtRe = regexp.MustCompile(`算不算|是不是|属不属于|算吗|算不|是否属于|是否算`)

// countsOnlyRe: words that ask whether a fact counts, in a run of voice
// questions.
var countsOnlyRe = regexp.MustCompile(`算不算|属不属于|算吗|是否属于|是否算|算是`)

// reckonRe: 算 that reckons (「调到别的单位能否重新算离岗期限」, 怎么算,
// 打算), not 算 that asks whether a fact counts.
var reckonRe = regexp.MustCompile(`重新算|重新计算|怎么算|咋算|如何算|怎样算|再算|接着算|从头算|计算|打算|算下来|算起|算了`)

// recountRe: a question how something is counted (重新计算, 怎么算).
var recountRe = regexp.MustCompile(`重新算|重新计算|重新起算|从头算|接着算|怎么算|咋算|如何算|怎样算|怎么计算|如何计算|清零|是否[^，,。？?]{0,6}计算`)

// countsRe: a question that asks whether a fact holds: 算, 属于, 是…吗.
var countsRe = regexp.MustCompile(`算|属于|是.{1,12}吗|是否|是哪|哪一`)

// maxHeard bounds the checks' readings kept from free messages.
const maxHeard = 16

// hear keeps what text says of the person (outside the clauses that ask),
// read as answers to every check, for a check started next. Doubtful and
// unsure readings are not kept: the check asks those.
// takesBackUnheard finds a self-correction (不对, 说错了) in a part of text
// that its facts leave out, and returns what text says after the last one:
// a number the facts hold is kept only when that says it too.
func takesBackUnheard(text, facts string) (string, bool) {
	locs := selfCorrectRe.FindAllStringIndex(text, -1)
	for _, l := range locs {
		// 「不对不对 我刚翻了批复 3年满了以后延的是2年……」: a no that opens
		// the message takes back what an earlier one said, not a number of
		// its own (round 166: the 5 years told were dropped, 6 kept).
		if !strings.Contains(facts, text[l[0]:l[1]]) && numberRe.MatchString(text[:l[0]]) {
			return text[locs[len(locs)-1][1]:], true
		}
	}
	return "", false
}

// sumOfBorrower fills a sum not yet read (申请额度) from the clauses of text
// that name the option read for a choice question (企业 for who borrows),
// when they hold one sum, not one quoted from the policy (最高300万).
func (e *Engine) sumOfBorrower(ch *corpus.Check, text string, readings map[string]string) {
	for i := range ch.Slots {
		o := &ch.Slots[i]
		if o.Type != corpus.NumberSlot || !strings.HasPrefix(o.Unit, "万") || readings[o.ID] != "" {
			continue
		}
		for j := range ch.Slots {
			c := &ch.Slots[j]
			v := readings[c.ID]
			if c.Type != corpus.ChoiceSlot || v == "" || v == corpus.Unsure {
				continue
			}
			names := e.optionNames(optionOf(c, v))
			sums := map[string]bool{}
			for _, cl := range splitClauses(text) {
				if hearsayRe.MatchString(cl) || !slices.ContainsFunc(names, func(n string) bool { return utf8.RuneCountInString(n) >= 2 && strings.Contains(cl, n) }) {
					continue
				}
				for _, loc := range numberRe.FindAllStringIndex(cl, -1) {
					before := cl[:loc[0]]
					if strings.HasPrefix(cl[loc[1]:], "万") && !slices.ContainsFunc(quotedBefore, func(w string) bool { return strings.HasSuffix(before, w) }) {
						sums[cl[loc[0]:loc[1]]] = true
					}
				}
			}
			if len(sums) == 1 {
				for n := range sums {
					if k, _, ok := readNumber(n+o.Unit, o); ok {
						readings[o.ID] = strconv.Itoa(k)
					}
				}
			}
		}
	}
}

// withdrawSums drops from what was heard, and from readings, a sum the text
// takes back (350万不要了), and reads the one said instead (250万就够).
func (e *Engine) withdrawSums(ch *corpus.Check, s *Session, text string, readings map[string]string) {
	gone := withdrawnSumRe.FindAllString(text, -1)
	if gone == nil {
		return
	}
	for i := range ch.Slots {
		o := &ch.Slots[i]
		if o.Type != corpus.NumberSlot || !strings.HasPrefix(o.Unit, "万") {
			continue
		}
		for _, g := range gone {
			v := numberRe.FindString(g)
			if s.Heard[ch.ID][o.ID] == v {
				delete(s.Heard[ch.ID], o.ID)
			}
			if readings[o.ID] == v {
				delete(readings, o.ID)
			}
		}
		if n, _, ok := readNumber(text, o); ok {
			readings[o.ID] = strconv.Itoa(n)
		}
	}
}

// doubted returns the slots of ch that a clause of doubt speaks of.
// ownUnitRe: a word that names the person's own unit (我们企业, 咱们县).
var ownUnitRe = regexp.MustCompile(`^(我们|咱们|俺们|咱)`)

func (e *Engine) doubted(ch *corpus.Check, sl *corpus.Slot, doubtful string) map[string]bool {
	doubted := map[string]bool{}
	if doubtful == "" {
		return doubted
	}
	scope := doubtScope(doubtful)
	hits := e.findHits(ch, sl, nil, scope)
	for _, h := range hits {
		// 「算不算小微企业」 doubts the size, not who borrows: a word inside
		// a longer one found there is that word's, and of two the same, the
		// vocabulary's (小微企业: the size) over an option's name.
		if slices.ContainsFunc(hits, func(o hit) bool {
			longer := o.end-o.start > h.end-h.start || o.end-o.start == h.end-h.start && o.term && !h.term
			return o.slot != h.slot && o.start <= h.start && o.end >= h.end && longer
		}) {
			continue
		}
		// 「是不是发给我们企业」, 「我们县今年是不是已经满了」: the person's
		// own unit, named to ask of something else, is no doubt whether
		// it is theirs (round 157: the employer was asked again).
		if o, ok := ch.Slot(h.slot); ok && o.Type == corpus.YesNoSlot && ownUnitRe.MatchString(scope[h.start:h.end]) {
			continue
		}
		doubted[h.slot] = true
	}
	for i := range ch.Slots {
		o := &ch.Slots[i]
		// A word of one character (要, 得, 贷) is too common to say what a
		// doubt is about (「要不要找担保人」 doubts no amount).
		if e.mentionsAny(o.Topic, scope) {
			doubted[o.ID] = true
		}
	}
	return doubted
}

// othersContest reports whether what doubtful asks or doubts is of
// another contest than the one told: 「全国的烹饪比赛拿了第十名……还有我州
// 上比赛拿过第一名那个算不算」 doubts nothing of the national one (round
// 173: its level and place were asked again).
func (e *Engine) othersContest(ch *corpus.Check, sl *corpus.Slot, doubtful string, told map[string]string) bool {
	if doubtful == "" {
		return false
	}
	named := false
	for _, h := range e.findHits(ch, sl, nil, doubtScope(doubtful)) {
		o, ok := ch.Slot(h.slot)
		if !ok || !o.Past || o.Type != corpus.ChoiceSlot || h.negated {
			continue
		}
		if told[o.ID] == "" || told[o.ID] == corpus.Unsure || h.value == told[o.ID] {
			return false
		}
		named = true
	}
	return named
}

func (e *Engine) hear(s *Session, text string) {
	text = firstRunes(text, maxReadRunes)
	// 「要不要找人担保」: a question asked on condition is to be asked.
	for _, ch := range e.corpus.Checks {
		asks := answers{}
		markAsked(ch, asks, text)
		for k, v := range asks {
			s.heardOf(ch.ID)[k] = v
		}
	}
	// Only sentences tell: a typed 「1」 or 「是」 answers nothing here.
	if utf8.RuneCountInString(text) < 8 || !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		return
	}
	text = e.withoutPolicyQuotes(text)
	// 「……这个允许不允许要是今年不让报我隔一年再报行不行」, typed by
	// voice: a supposition after a question starts a clause of its own
	// (round 139: 今年不让报 was heard as the unit's no).
	text = voiceIfRe.ReplaceAllString(text, "$1，$2")
	facts := statements(text)
	// 「乡镇卫生院大夫能离岗创业不」: nothing told, but who may do what
	// asked of the person's own case (read below).
	if facts == "" && !slices.ContainsFunc(splitClauses(text), func(c string) bool {
		return asksWhetherMay(c) && !generalWhoRe.MatchString(c)
	}) {
		// 「老板算不算引进人才，这个我其实不清楚」: a doubt, and nothing
		// told, still takes back what an earlier message told of it.
		if doubtful := doubtfulClauses(text); doubtful != "" {
			for _, ch := range e.corpus.Checks {
				if id, ok := nextSlot(ch, nil); ok && s.Heard[ch.ID] != nil {
					sl, _ := ch.Slot(id)
					for slot := range e.doubted(ch, sl, doubtful) {
						delete(s.Heard[ch.ID], slot)
					}
				}
			}
		}
		return
	}
	// What a clause of doubt or of asking speaks of (「我是网络教育的大专，
	// 应该算大学毕业吧？」: whether 大专 counts) is left to the check's own
	// question, whatever another clause says of it.
	doubtful := doubtfulClauses(text)
	var plain, may []string
	for _, c := range splitClauses(text) {
		// 「听说大学生创业能贷款贷30万行不行」: what was heard, then asked of
		// one's own case: the asking is the person's (round 77).
		if m := ownAskAfterRe.FindStringIndex(c); m != nil && hearsayRe.MatchString(c) {
			c = c[m[0]:m[1]]
		}
		// 「…听说大学生能贷单保贷款能贷多少20万能贷下来不…」 typed by voice:
		// what was heard is in the story; the run of questions after it is
		// the person's own (held-out round 119: the 20万 was asked again).
		_, asks, voiced := voiceSplit(c)
		if voiced && hearsayRe.MatchString(c) && !hearsayRe.MatchString(asks) {
			c = asks
		}
		// A run of questions typed by voice is read a question at a time,
		// each short enough to be read as one (what is kept of them is
		// their numbers, shown back to be confirmed).
		if voiced && !hearsayRe.MatchString(asks) {
			for _, q := range askRun(asks) {
				if isQuestion(q) {
					plain = append(plain, trimQuestion(q))
				}
			}
		}
		if isQuestion(c) && !strings.Contains(doubtful, c) && !hearsayRe.MatchString(c) {
			if !voiced {
				plain = append(plain, trimQuestion(c))
			}
			if asksWhetherMay(c) {
				may = append(may, trimQuestion(c))
			}
		}
	}
	asked := strings.Join(plain, "，")
	mayDo := strings.Join(may, "，")
	// Whether the message puts right what an earlier one told, and opens
	// with its no: read once, for every check.
	corrects := correctionRe.MatchString(text)
	opensNo := false
	if m := correctionRe.FindStringIndex(text); m != nil && m[0] == 0 {
		opensNo = true
	}
	for _, ch := range e.corpus.Checks {
		id, ok := nextSlot(ch, nil)
		if !ok {
			continue
		}
		// What was heard before this message, kept only for a correction.
		var was map[string]string
		if corrects {
			was = maps.Clone(s.Heard[ch.ID])
		}
		sl, _ := ch.Slot(id)
		rd := e.readFacts(ch, sl, nil, facts)
		// 「我省赛第二名，我徒弟第四名」: what is said of another person
		// is not the person's own, when the person also speaks of
		// themselves; a parent telling of a child speaks only of the child.
		// 「帮我们学院一位同事问一下。他是……讲师」: asked for someone
		// else, all that is told is of them (the greeting that says so is
		// not among the facts).
		own := e.ownClauses(ch, facts)
		childFirst := false
		// 「我家尕娃……大专……能带30万吗……还有我自己能不能也带一点 我不是
		// 大学生」: told first of their own child, the person's own case
		// after it is another one: the first is checked, and the other
		// said to be checkable (round 161: the parent's 不是大学生 taken as
		// the son's).
		if kin := ownChildRe.FindStringIndex(facts); own != facts && own != "" && kin != nil && !proxyRe.MatchString(text) {
			rest := facts
			for _, c := range splitClauses(own) {
				rest = strings.Replace(rest, c, "", 1)
			}
			told := slices.DeleteFunc(splitClauses(own), func(c string) bool { r := e.readFacts(ch, sl, nil, c); return !r.found() })
			if len(told) > 0 && strings.Index(facts, told[0]) > kin[1] {
				if r := e.readFacts(ch, sl, nil, rest); r.found() {
					rd, childFirst = r, true
					rd.several = true
				}
			}
		}
		if own != facts && !childFirst && !proxyRe.MatchString(text) {
			if r := e.readFacts(ch, sl, nil, own); r.found() {
				rd = r
			} else if rd.found() && (selfToldRe.MatchString(text) || e.asksOwnBeside(ch, sl, mayDo)) {
				// 「乡上的干部能报科技特派员不 我弟在法院也想报」: asked of
				// their own case too (round 138: the brother's 法院 was
				// shown back as theirs, a wrong ❌).
				// 「我当特拍员五年了……能行不 我媳妇乡卫生院的也想当」: the
				// person told of themselves too, if only while asking: what
				// is said of the wife is not theirs, nor does it replace it
				// (round 104: her 乡卫生院 shown back as his unit).
				rd = reading{}
			} else if rd.found() && len(s.Heard[ch.ID]) > 0 && (otherAlsoRe.MatchString(text) || kinAlsoRe.MatchString(text)) {
				// 「我媳妇在县二中教书 她也想报特排员 能行不」 after the
				// person told of themselves: another who wants it too; what
				// was heard of the person stays theirs (round 165: her
				// school's 教育系统 shown back as his, his five years lost).
				s.heardOf(ch.ID)[severalKey] = "1"
				rd = reading{}
			} else if rd.found() {
				// All of it is said of someone else (「那我媳妇呢？她在县医院
				// 当护士」): it replaces what was heard of the person, never
				// mixed with it. What is said of a relative of theirs
				// (「还有他妹妹在卫校念中专」) is not theirs (round 90).
				delete(s.Heard, ch.ID)
				if kin := withoutRelatives(facts); kin != facts {
					rd = e.readFacts(ch, sl, nil, kin)
				}
			}
		}
		// 「不对不对 我刚翻了批复 3年满了以后延的是2年 不是1年……」: a no that
		// opens the message and reads another number than one heard before
		// takes that number back; the check asks for it (round 166: the 6
		// heard before was shown back, where he meant 7).
		// Only in a message that asks too: one that only puts right is
		// answered by what it puts right (toldBeforeCheck).
		if opensNo && asked != "" {
			for i := range ch.Slots {
				o := &ch.Slots[i]
				if o.Type != corpus.NumberSlot || s.Heard[ch.ID][o.ID] == "" || rd.fills[o.ID] != "" {
					continue
				}
				if r := e.readFacts(ch, o, nil, facts); r.fills[o.ID] != "" && r.fills[o.ID] != s.Heard[ch.ID][o.ID] {
					s.forgetHeard(ch.ID, o.ID)
				}
			}
		}
		// 「……满六年了还能不能再延长一两年」: more, however many, asked on
		// top of a total at its limit (round 70).
		e.readVagueMore(ch, facts+"，"+asked, &rd)
		doubted := e.doubted(ch, sl, doubtful)
		if e.othersContest(ch, sl, doubtful, rd.fills) {
			doubted = map[string]bool{}
		}
		readings := maps.Clone(rd.fills)
		if readings == nil {
			readings = map[string]string{}
		}
		// 「本人2020年硕士毕业……我不是政府引进的，算不算引进人才？」: of a
		// question met by either of two (创办人是高校毕业生或引进人才), one
		// told surely answers it, whatever the doubt about the other
		// (round 51: the founder was asked again).
		for slot := range doubted {
			if o, ok := ch.Slot(slot); ok && o.Either && readings[slot] == corpus.Yes {
				delete(doubted, slot)
			}
		}
		// 「我尕娃……我丫头……」: two of the writer's own people told of;
		// the check takes the first, and says the other may be checked too.
		// 「……老板张总……他爱人也想自己开个店」: another person who means to
		// do it too (round 109: the verdict, of the company, did not say
		// the wife's may differ).
		if rd.found() && (twoOwnPersons(text) || otherAlsoRe.MatchString(text)) {
			rd.several = true
		}
		if rd.several {
			s.heardOf(ch.ID)[severalKey] = "1"
			for v, told := range e.contestsTold(ch, facts) {
				s.heardOf(ch.ID)[contestKey+v] = told
			}
		}
		// A number in a plain question is the person's own (「能贷30万吗」,
		// 「第10名能推荐吗」): kept as well, to be confirmed like the rest.
		if asked != "" {
			af := e.readFacts(ch, sl, nil, asked).fills
			placed := slices.ContainsFunc(keys(af), func(id string) bool {
				o, ok := ch.Slot(id)
				return ok && o.Type == corpus.NumberSlot && af[id] != corpus.Unsure
			})
			// 「國賽第11名能不能推薦…？…前年還拿過州裡焊工比賽第一名」: the
			// contest a question names with its place, beside a told one
			// that may be granted nothing, is the one checked (round 173:
			// 州级 was shown back, and the place asked again).
			for i := range ch.Slots {
				o := &ch.Slots[i]
				v, old := af[o.ID], readings[o.ID]
				// Its level and place only, and none said in doubt (「说不上
				// 是不是一类的」: round 136 replayed, 一类赛 shown back).
				if o.Past && o.Type == corpus.ChoiceSlot && v != "" && v != corpus.Unsure && mayGrant(ch, o.ID, v) && (old == "" || old != v && !mayGrant(ch, o.ID, old)) && placed && !isUnsure(asked) {
					for id, w := range af {
						if p, ok := ch.Slot(id); ok && w != corpus.Unsure && (id == o.ID || p.Type == corpus.NumberSlot) {
							readings[id] = w
						}
					}
				}
			}
			for slot, v := range af {
				// Years too when the clause says they are the span asked
				// (「一共7年可以不」).
				// Not amounts asked as choices (「是给20万还是30万 还是说能贷
				// 300万」): the person asks which, and wants none of them
				// yet (round 176: 300万 shown back, and a wrong ❌).
				o, _ := ch.Slot(slot)
				if o.Type == corpus.NumberSlot && o.Unit != "年" && o.Unit != "名" && strings.Contains(asked, "还是") && len(amountsIn(asked)) > 1 {
					continue
				}
				if o.Type == corpus.NumberSlot && (o.Unit != "年" || yearsOfThis(asked, v, e.spanOf(o))) && readings[slot] == "" {
					readings[slot] = v
				}
			}
		}
		// 「请问医院的医生能离岗创业吗」: who may do what, asked of the
		// person's own case, most likely says who they are and what they
		// mean to do; shown back like the rest, never recorded unasked.
		if mayDo != "" && e.ownClauses(ch, mayDo) == mayDo {
			for slot, v := range e.readFacts(ch, sl, nil, mayDo).fills {
				// 「停一年明年再报可不可以」: what is asked whether one may do
				// says who one is, never a refusal (round 160: 单位同意「否」
				// shown back for 单位也一直支持).
				if o, _ := ch.Slot(slot); o.Type != corpus.NumberSlot && readings[slot] == "" && v != corpus.Unsure && !(o.Type == corpus.YesNoSlot && v == corpus.No) {
					readings[slot] = v
				}
			}
		}
		// 「连着干了五年了……不对，我说错了，22年那年没选上，断了一年，这样
		// 算的话还能报吗？」: a number taken back in a sentence that asks is
		// not kept; the check asks for it.
		if after, ok := takesBackUnheard(text, facts); ok {
			told := e.readFacts(ch, sl, nil, after).fills
			for slot, v := range readings {
				if o, _ := ch.Slot(slot); o.Type == corpus.NumberSlot && told[slot] != v {
					delete(readings, slot)
				}
			}
		}
		// A reading with doubt (科研人员 for the research post) is shown back
		// like the others: everything heard is confirmed before it counts.
		for slot, v := range rd.doubts {
			if _, ok := readings[slot]; !ok {
				readings[slot] = v
			}
		}
		// A doubt is of the first question whose words it names: 「还算不算
		// 毕业生啊说不上」 doubts who borrows, not who founded a firm no one
		// spoke of (round 73).
		claimed := map[string]bool{}
		for i := range ch.Slots {
			o := &ch.Slots[i]
			cs := e.unsureClauses(o, text)
			if readings[o.ID] == "" && o.AllowUnsure && slices.ContainsFunc(cs, func(c string) bool { return !claimed[c] }) {
				readings[o.ID] = corpus.Unsure
			}
			for _, c := range cs {
				claimed[c] = true
			}
		}

		// 「公司申请创业担保贷款300万元可以吗？……我个人还能再贷20万吗？」:
		// of two sums, the one said with the borrower heard is that
		// borrower's (round 83: asked again).
		e.sumOfBorrower(ch, text, readings)
		// 「算了，250万就够，350万不要了」: a sum taken back is no longer
		// heard, and the one said instead is (round 82: 350 kept).
		e.withdrawSums(ch, s, text, readings)
		// 「我刚把卡找到了，上面写的就是“陇原人才服务卡”」 after 「好像叫陇原
		// 什么卡，我也说不准」: news that settles what was heard 不确定, read
		// as that question's answer (round 153: 不确定 was shown back, and a
		// ❔ given after the card was told twice).
		for i := range ch.Slots {
			o := &ch.Slots[i]
			if s.Heard[ch.ID][o.ID] != corpus.Unsure || readings[o.ID] != "" || o.Type != corpus.YesNoSlot || !e.speaksOf(o, facts) {
				continue
			}
			if v := e.readFacts(ch, o, nil, facts).fills[o.ID]; v != "" && v != corpus.Unsure {
				readings[o.ID] = v
			}
		}
		// 「当科技特派员已经四年了……我前面还有一年是跟着帮忙的不知道算不算」:
		// a count with a year before it the person cannot place is asked,
		// where the answer is read as the count or one more (round 150: the
		// 4 was shown back, and a ✅ given where the fifth year decides).
		if yearBeforeDoubtRe.MatchString(text) {
			for _, o := range ch.Slots {
				if o.Type == corpus.NumberSlot && o.Unit == "年" {
					delete(readings, o.ID)
				}
			}
		}
		// 「更正一下：……有没有被正式认定为“引进人才”，这个我不清楚」: a
		// doubt now takes back what an earlier message told of it.
		for slot := range doubted {
			delete(s.Heard[ch.ID], slot)
		}
		for slot, v := range readings {
			// A number of years in a story is as often years of work as
			// years of what is asked (干了15年, 连续选派15年): asked.
			// Unless the clause that holds it says it is the years asked
			// (连着干了4年, 累计离岗3年): shown back, confirmed or not.
			o, _ := ch.Slot(slot)
			// Or, of what was heard before, a situation the vocabulary says
			// leaves it open (「我老公的卡还在审批」, round 57: the 「是」
			// told before was kept).
			saidUnsure := v == corpus.Unsure && (e.saidUnsure(o, text) || s.Heard[ch.ID][o.ID] != "" && slices.ContainsFunc(e.findHits(ch, o, nil, text), func(h hit) bool {
				return h.term && h.slot == o.ID && h.value == corpus.Unsure && !h.negated
			}))
			if v == corpus.Unsure && !saidUnsure || doubted[slot] && !saidUnsure || o.Type == corpus.NumberSlot && o.Unit == "年" && rd.summed[slot] == "" && !yearsOfThis(facts+"，"+asked, v, e.spanOf(o)) {
				continue
			}
			// 「前后两次加起来整6年了 还能再保留2年不」: a total asked
			// about counts what is asked for on top of what was served.
			added := ""
			// Not when what was told already ends in that more (「……三年
			// 下个月就满了……我想再延四年能不能延下来」, round 69: 3+4+4).
			told, toldMore := moreOnTop(facts, o)
			// 「能不能再延三年，加起来正好六年」: the total said after the
			// more asked has it in already (round 175: shown back as 9).
			if more, ok := moreAsked(asked, o.Unit); ok && o.Sums && v != corpus.Unsure && !(toldMore && told == more) && !totalAfterMoreRe.MatchString(text) {
				if n, err := strconv.Atoi(v); err == nil && n+more <= o.Max {
					v = strconv.Itoa(n + more)
					added = "＋" + strconv.Itoa(more) + o.Unit // said back with the parts (round 61: 「3年＋2年」 for 6)
				}
			} else if n, err := strconv.Atoi(v); err == nil && toldMore && o.Sums && n+told <= o.Max && rd.summed[slot] != "" && e.moreLeftOut(ch, sl, facts, o, v) {
				// 「人事关系保留三年，后来又批了延长两年。现在想再延两年，行不
				// 行？」: the more told at the end, left out of the total read
				// (the years served), is added (round 161: 5 years, a wrong ✅
				// for 7).
				v = strconv.Itoa(n + told)
				added = "＋" + strconv.Itoa(told) + o.Unit
			}
			// 「……准备转让给企业，个人能拿多少？」 after 「批准离岗……办了一个
			// 百合种苗公司」: a word that names an option only broadly does
			// not put another in place of what was heard (round 147: shown
			// back as 暂不创业).
			if old := s.Heard[ch.ID][slot]; old != "" && old != v && e.onlyBroad(ch, o, text, v) {
				continue
			}
			if heard := s.heardOf(ch.ID); len(heard) < maxHeard {
				heard[slot] = v
				if parts := rd.summed[slot]; parts != "" {
					heard[slot+sumKey] = parts + added
				} else if said := rd.either[slot]; said != "" && added == "" {
					if !strings.HasSuffix(said, o.Unit) {
						said += o.Unit
					}
					heard[slot+eitherKey] = said
				}
				if added != "" {
					heard[extraKey+slot] = strings.TrimSuffix(strings.TrimPrefix(added, "＋"), o.Unit)
				} else if strings.Contains(rd.summed[slot], txtVagueMore) {
					heard[extraKey+slot] = "1"
				} else if n, ok := moreOnTop(facts+"，"+asked, o); ok && rd.summed[slot] != "" {
					heard[extraKey+slot] = strconv.Itoa(n)
				}
			}
		}
		if corrects {
			e.breakTakesBackRun(ch, s, was, readings)
		}
	}
}

// forgetHeard takes back a number heard of a check's slot, with what was
// kept beside it (its parts, the other of two, the more asked).
func (s *Session) forgetHeard(check, slot string) {
	for _, k := range []string{slot, slot + sumKey, slot + eitherKey, extraKey + slot} {
		delete(s.Heard[check], k)
	}
}

// breakTakesBackRun, called for a correction: 「哦不对，中间有一年单位没让
// 去，停了一年，去年又选上的」 after 「连着当了5年」: a correction that
// tells of a break (a yes to a question whose topic shares a word with a
// count heard before) takes that count back, unless it tells another; the
// check asks for it (round 167: the 5 years were shown back beside the
// break).
func (e *Engine) breakTakesBackRun(ch *corpus.Check, s *Session, was, readings map[string]string) {
	if s.Heard[ch.ID] == nil {
		return
	}
	for _, o := range ch.Slots {
		if o.Type != corpus.YesNoSlot || readings[o.ID] != corpus.Yes || was[o.ID] == corpus.Yes {
			continue
		}
		for _, n := range ch.Slots {
			if n.Type != corpus.NumberSlot || was[n.ID] == "" || readings[n.ID] != "" || !slices.ContainsFunc(o.Topic, func(w string) bool { return utf8.RuneCountInString(w) > 1 && slices.Contains(n.Topic, w) }) {
				continue
			}
			s.forgetHeard(ch.ID, n.ID)
		}
	}
}

// ownChildRe: the writer's own child, named.
var ownChildRe = regexp.MustCompile(`(?:我家的?|我们家的?|我的|我)(?:尕娃|娃娃|娃|儿子|女儿|丫头|闺女|孩子|小孩|大儿子|二儿子|小儿子|大女儿|小女儿|姑娘)`)

// moreLeftOut reports whether v, read of facts for o, leaves out the more
// asked in facts' last clause of years: read without that clause, the same.
func (e *Engine) moreLeftOut(ch *corpus.Check, sl *corpus.Slot, facts string, o *corpus.Slot, v string) bool {
	t, ok := withoutLastMore(facts, o)
	return ok && e.readFacts(ch, sl, nil, t).fills[o.ID] == v
}

// listNumberRe: the numbers of a list (①, ②).
var listNumberRe = regexp.MustCompile(`[①-⑳]`)

// interjectionRe: calls and fillers at the start of a message (喂, 嗯, 那个).
var interjectionRe = regexp.MustCompile(`^(?:喂+|嗯+|哎+|诶+|唉+|啊+|额+|呃+|那个)+`)

// ackRe: a clause that only acknowledges or thanks.
var ackRe = regexp.MustCompile(`^(明白了?|清楚了|谢谢(您|你|老师)?|多谢|感谢|好的?|知道了|懂了|了解了|哦+|噢+|嗯+|行|收到|好吧)$`)

// quitRe: leaving a check in plain words (退出, 不查了, 算了不查了,
// 不查这个了 我要查…).
var quitRe = regexp.MustCompile(`^(?:退出|取消|结束|停止|不查了|不测了|不做了|算了|算了吧|不问了|不想查了)[。.!！]*$|^(?:算了[,，]?)?不(?:查|测|做|问)(?:这个|这项|这一项|了)了?[,，。 ]*(?:我)?(?:要|想)?(?:查|问|看)?`)

// asksMay reports whether a clause of text asks whether someone may do
// something (能不能报, 能当吗), not who, what or how much.
func asksMay(text string) bool {
	return slices.ContainsFunc(splitClauses(text), asksWhetherMay)
}

// asksWhetherMay reports whether clause c asks whether someone may do
// something, of the person's own case: not hearsay checked (是不是真的).
func asksWhetherMay(c string) bool {
	return isQuestion(c) && mayAskRe.MatchString(c) && !whAskRe.MatchString(c) && !trueAskRe.MatchString(c) && !hearsayRe.MatchString(c)
}

// generalWhoRe: people asked about in general (乡镇单位的人, 这类人员),
// not one person's own case.
var generalWhoRe = regexp.MustCompile(`的人|人员|这类|这种|那些|哪些|他们|她们|大家`)

// others name a person other than the one writing, at the start of a
// clause: what follows is said of them.
var others = []string{"娃他爸", "娃他妈", "娃他爹", "娃他娘", "孩子他爸", "孩子他妈", "孩子他爹", "孩子他娘", "大娃娃", "二娃娃", "小娃娃", "大娃子", "二娃子", "三娃子", "大娃", "二娃", "三娃", "老大", "老二", "老三", "大儿子", "二儿子", "小儿子", "大女儿", "二女儿", "小女儿",
	"兄弟", "弟兄", "嫂子", "弟媳", "舅舅", "叔叔", "侄女", "孙子", "孙女", "外甥女", "公公", "婆婆", "岳父", "员工", "职工", "下属", "学徒", "徒弟", "师傅", "师父", "师兄", "师姐", "师弟", "师妹", "队友", "同事", "老伴", "表弟", "表哥", "表姐", "表妹", "堂弟", "堂哥", "侄子", "外甥", "女婿", "儿媳", "太太", "先生", "内人", "媳妇", "老婆", "爱人", "老公", "丈夫", "妻子", "对象", "掌柜的", "掌柜", "男人", "老汉", "儿子", "女儿",
	"孩子", "尕娃", "大丫头", "二丫头", "小丫头", "丫头", "闺女", "丫头子", "娃", "合伙人", "股东", "弟弟", "哥哥", "姐姐", "妹妹", "朋友", "同学", "学生", "父亲", "母亲", "爸爸", "妈妈", "他", "她", "亲戚", "邻居", "家里的", "屋里的", "屋里人"}

// contestsTold reads, of a story of several contests, what is told of
// each, by the value of the question of which one (the first Past choice
// of ch): the story cut where each is named (「省上焊工比赛拿了第三名 是一
// 类塞 ……州上比赛第一名」). Only one told with more than which it was is
// kept, as 「class=first,rank=3」.
func (e *Engine) contestsTold(ch *corpus.Check, facts string) map[string]string {
	var which *corpus.Slot
	for i := range ch.Slots {
		if o := &ch.Slots[i]; o.Past && o.Type == corpus.ChoiceSlot {
			which = o
			break
		}
	}
	if which == nil {
		return nil
	}
	var at []int
	for _, h := range e.findHits(ch, which, nil, facts) {
		if h.slot == which.ID && !h.negated && !slices.Contains(at, h.start) {
			at = append(at, h.start)
		}
	}
	slices.Sort(at)
	if len(at) < 2 {
		return nil
	}
	out := map[string]string{}
	for i, from := range at {
		to := len(facts)
		if i+1 < len(at) {
			to = at[i+1]
		}
		rd := e.readFacts(ch, which, nil, facts[from:to])
		v := rd.fills[which.ID]
		if v == "" || v == corpus.Unsure || out[v] != "" {
			continue
		}
		var told []string
		for _, id := range keys(rd.fills) {
			if id != which.ID && rd.fills[id] != corpus.Unsure {
				told = append(told, id+"="+rd.fills[id])
			}
		}
		if len(told) > 0 {
			out[v] = strings.Join(told, ",")
		}
	}
	return out
}

// notWrittenWhichRe: a paper that does not say which of two (没写是一类还
// 是二类).
var notWrittenWhichRe = regexp.MustCompile(`(?:没写|没有写|没标|没有标|没注明|没说|没讲)[^，,。；;]{0,3}?是?[^，,。；;]{1,8}还是`)

// voiceIfRe: a supposition right after a question's end, with no mark
// between (允许不允许要是…, 行不行如果…).
var voiceIfRe = regexp.MustCompile(`(不\p{Han}{1,2}|吗|呢|吧)(要是|如果|假如|万一|假设)`)

// selfToldRe: the person telling of themselves (我当, 我是, 我在), not of
// someone of theirs (我媳妇, 我家).
var selfToldRe = regexp.MustCompile(`(?:^|[，,。.;；!！?？\s])(?:我|本人)(?:是|在|当|干|已经|今年|从|自己|单位|的单位|们单位)`)

// asksOwnBeside reports whether mayDo, the clauses that ask who may do
// what, asks it of the person's own case, by who they are, beside facts
// told of another (「乡上的干部能报科技特派员不 我弟在法院也想报」).
func (e *Engine) asksOwnBeside(ch *corpus.Check, sl *corpus.Slot, mayDo string) bool {
	own := e.ownClauses(ch, mayDo)
	if own == "" {
		return false
	}
	// Who they are (乡上的干部), not only a sum asked (「我儿子……能贷30万
	// 吗」 asks it of the son).
	for slot, v := range e.readFacts(ch, sl, nil, own).fills {
		if o, ok := ch.Slot(slot); ok && o.Type == corpus.ChoiceSlot && v != corpus.Unsure {
			return true
		}
	}
	return false
}

// withoutRelatives drops from facts told for someone else the clauses that
// turn to a relative of theirs (「还有他妹妹在卫校念中专」).
func withoutRelatives(facts string) string {
	var out []string
	dropped := false
	for _, c := range splitClauses(facts) {
		for _, t := range splitTurns(c) {
			if relativeOf(t[len(othersLead.FindString(t)):]) != "" {
				dropped = true
				continue
			}
			out = append(out, t)
		}
	}
	if !dropped {
		return facts
	}
	return strings.Join(out, "，")
}

// relativeOf is the relative of 他 or 她 that rest starts with (他妹妹,
// 她的老公): someone else than the one told of; "" when none.
func relativeOf(rest string) string {
	for _, p := range []string{"他的", "她的", "他", "她"} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			for _, w := range others {
				if w != "他" && w != "她" && strings.HasPrefix(r, w) {
					return w
				}
			}
			return ""
		}
	}
	return ""
}

// othersLead: the words that may come before another person's name at the
// start of a clause (我的徒弟, 还有我媳妇).
var othersLead = regexp.MustCompile(`^([0-9]+[).、]|\([0-9]+\))?(那|那么|还有|另外|而|但是?|可是|然后)?(我的|我家|我们家|我们|我)?(一位|一个|有个|有一位|有一个)?`)

// proxyRe: a message written for someone else (我替我爱人问一下).
var proxyRe = regexp.MustCompile(`(替|帮|代|给|为)(我的?|我家|我们家|[^,，。;；!！?？]{0,8}?)(` + strings.Join(others, "|") + `)(问|咨询|打听|了解|查)`)

// surnames are the family names people are called by with 老 or 小 (老马,
// 小王), common in Linxia.
const surnames = "马王李张刘陈杨赵黄周吴徐孙胡朱高林何郭罗梁宋郑谢韩唐冯董曹袁邓许沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙段雷钱汤尹常武乔贺龚鲁喇妥撒冶沙海穆"

// namedOthers are the others named by who they are: all but a bare 他 or
// 她.
var namedOthers = slices.DeleteFunc(slices.Clone(others), func(w string) bool { return w == "他" || w == "她" })

// otherAlsoRe: another person said to mean to do it too (他爱人也想).
var otherAlsoRe = regexp.MustCompile(`(?:他|她|我)的?(?:爱人|老婆|媳妇|妻子|丈夫|老公|对象|太太|先生|内人|男人|掌柜的)也(?:想|要|打算|准备|在|有)`)

// kinAlsoRe: a relative told of, then said to want it too (我媳妇在县二中
// 教书 她也想报).
var kinAlsoRe = regexp.MustCompile(`(?:爱人|老婆|媳妇|妻子|丈夫|老公|对象|太太|先生|儿子|女儿|闺女|弟弟|妹妹|哥哥|姐姐|同事|朋友)[^？?。]{0,16}(?:他|她)也(?:想|要|打算|准备)`)

// namedWho is another person named at the start of a clause (我媳妇,
// 我家二娃子), for switchRe and checkSwitchRe; a bare 他 or 她 is not one.
// It is one group, so that what follows it in a pattern follows either way
// of naming (round 41: 「是给我娃问的」 matched 「给」+我娃 with no 查 after it).
var namedWho = `(?:(?:我的\p{Han}{0,3}?|我(?:那|这)(?:位|个)?|我家的?|我们家的?|我)?(?:` + strings.Join(namedOthers, "|") + `)|我(?:妹|弟|哥|姐|爸|妈))`

// professions name someone by what they do (那个兽医, 这次是专家), for a
// switch inside a check.
const professions = `兽医|医生|大夫|护士|专家|老师|教师|教授|博士|硕士|学生|技术员|工人|员工|师傅|徒弟|顾问`

// switchRe: a message that turns to another person than the one the last
// check was of: 「那我媳妇能当不」, 「她也想报」, 「给我掌柜的也查一下」,
// 「那我呢」, 「这回是问我」. A bare 他 or 她 may be the one just checked, so
// it switches only with 呢 or 也.
var switchRe = func() *regexp.Regexp {
	lead := `^(?:那|那么|还有|另外|再问一下|再问问|顺便问一下|再请教一下|再请教|请教一下|请问|想问一下|我想问一下)?[:：]?`
	return regexp.MustCompile(lead + `(?:` + namedWho + `)|` +
		// 「那退休兽医呢」: another one asked about, by any short name.
		`^(?:那|那么|还有|另外)\p{Han}{1,12}呢$|` +
		lead + `(?:我|我自己|我本人|自己|他|她)(?:的|的情况)?呢|` +
		lead + `(?:他|她)也|` +
		`(?:给|帮|替|为)` + namedWho + `(?:也|再)?(?:查|看|自查|问)|` +
		// 「那請幫我查一下這位副主任醫師」: another one, by 这位 or 另一位.
		`^(?:那|那么|再|还有)?(?:请|麻烦)?(?:你)?(?:帮我|给我|帮忙)?(?:再|也)?(?:查|看|问|算)(?:一下|下|查|看)?(?:这位|那位|另一位|另外一位|另外那位|第二位|另一个人)|` +
		`^(?:那|那么|还有)?(?:这位|那位|另一位|另外一位|另外那位|第二位)\p{Han}{0,8}呢|` +
		// 「好的。再看第1个，县人民医院药剂科的主管药师……」: staff going
		// down a list (round 52: its 医院也同意了 was taken as news of the
		// last one, a wrong ✅).
		listNextRe + `|` +
		`(?:这回|这次|现在|下面)(?:是|要)?(?:查|问|说|给|帮)?(?:的是)?(?:我自己|我本人|我|` + namedWho + `)`)
}()

// theirThingRe: another person's firm or business named (我哥哥的蔬菜公司).
var theirThingRe = regexp.MustCompile(namedWho + `(?:开)?的\p{Han}{0,6}?(?:公司|企业|厂|店|合作社|养殖场|种植场|基地|项目|生意|买卖|车间)`)

// listNextRe: the next one of a list taken up (再看第1个, 最后第3个, 下一位).
const listNextRe = `^(?:好的?|行|嗯|谢谢|明白了?|知道了)?[。.,，!！ ]*(?:那|那么|再|接着|然后|最后|下面|还有)?(?:再)?(?:看|查|问|说|是)?(?:一下)?(?:第[0-9一二三四五六七八九十]+(?:个|位)|下一个|下一位)`

// checkSwitchRe: words inside a check that say it is now of someone else
// (「这回查我掌柜的」, 「这次请看第11名的张强」, 「这是二娃子」, 「给我媳妇
// 也查一下」), not an answer that names a person (「我媳妇没有卡」).
var checkSwitchRe = regexp.MustCompile(`(?:这回|这次|现在|下面|接下来)(?:是|要|再)?(?:请|麻烦)?(?:你)?(?:帮我|给我)?(?:查|问|看|算)(?:一下|下)?(?:的是)?[^，,。；;！!？?]{0,10}?(?:` + namedWho + `|我自己|我本人|的[` + surnames + `]\p{Han}{1,2}(?:$|[，,。 ])|我(?:$|[，,。 ]))|` +
	// 「这回是我」, not 「这是我第一次离岗」 (round 57: it restarted the check).
	`(?:这回|这次|这个|这)(?:是|说的是|问的是|查的是)(?:我自己|我本人|我(?:$|[，,。 ])|` + namedWho + `|\p{Han}{0,4}?(?:` + professions + `))|` +
	`(?:给|帮|替|为)` + namedWho + `(?:也|再)?(?:查|自查)`)

// toldByRe: a clause that says who told what follows (娃娃说是一类赛).
var toldByRe = regexp.MustCompile(`^(?:我|我家|我们家|俺家)?(?:娃娃|娃子|` + namedWho + `)(?:说|讲|告诉我|打电话说|回话说|刚说)`)

// switchesPerson reports a message that turns to another person (switchRe)
// in its first clause.
func switchesPerson(text string) bool {
	cs := splitClauses(text)
	// 「另外，我的博士学生……」: a clause that only turns says nothing.
	// 「明白了，謝謝。那我愛人呢？」: thanks first says nothing either.
	for len(cs) > 1 && (slices.Contains([]string{"另外", "还有", "那", "那么", "对了", "再问一下", "还想问一下", "另", "此外", "再请教", "再请教一下", "还想请教", "请教一下"}, trimPunct(cs[0])) || ackRe.MatchString(trimPunct(cs[0]))) {
		cs = cs[1:]
	}
	if len(cs) > 0 {
		// 「喂那我的呢」: a call first says nothing (round 46), nor does a
		// list's number (「那②赵工呢」, round 56).
		cs[0] = listNumberRe.ReplaceAllString(interjectionRe.ReplaceAllString(cs[0], ""), "")
	}
	// 「那明年呢」: a time or a thing asked about next is no other person
	// (round 52: it started the check anew 「给这一位」).
	if len(cs) > 0 && notWhoRe.MatchString(trimPunct(cs[0])) {
		return false
	}
	// 「那我哥哥的蔬菜公司，我當特派員能去幫他一起弄嗎？」: another's firm,
	// asked about for oneself, is no other person checked (round 136).
	if len(cs) > 0 && theirThingRe.MatchString(trimPunct(cs[0])) {
		return false
	}
	// 「娃娃说是一类赛」: what someone told, of the one checked, is news of
	// them (round 123: taken for another person, and not settled).
	if len(cs) > 0 && toldByRe.MatchString(trimPunct(cs[0])) {
		return false
	}
	return len(cs) > 0 && (switchRe.MatchString(trimPunct(cs[0])) || len(cs) > 1 && strings.HasPrefix(trimPunct(cs[0]), "不对") && switchRe.MatchString(trimPunct(cs[1])))
}

// ownAskAfterRe: a sum asked of one's own case at the end of a clause
// (贷30万行不行).
var ownAskAfterRe = regexp.MustCompile(`[贷借][^，,。；;]{0,3}[0-9]+(?:\.[0-9]+)?万[^，,。；;]{0,4}(?:行不行|能不能|可不可以|可以不|行吗|可以吗|能行不|行不|能批吗|批不批|[不吗么]$)`)

// otherOneRe: 「那……呢」 that ends on a person (李医生呢, 那位专家呢), not a
// thing (那第3个问题呢).
var otherOneRe = regexp.MustCompile(`^(?:那|那么|还有|另外)\p{Han}{0,10}(?:医生|大夫|护士|老师|专家|教授|主任|博士|硕士|师傅|同事|员工|职工|干部|人|者|孩子|娃|儿子|女儿|媳妇|爱人|丈夫|老公|妻子)呢`)

// toldOf reads, of what text tells (its statements), what ch asks.
func (e *Engine) toldOf(ch *corpus.Check, text string) reading {
	id, ok := nextSlot(ch, nil)
	if !ok {
		return reading{}
	}
	first, _ := ch.Slot(id)
	return e.readFacts(ch, first, nil, statements(text))
}

// tellsOf reports whether text tells anything ch asks.
func (e *Engine) tellsOf(ch *corpus.Check, text string) bool {
	rd := e.toldOf(ch, text)
	return rd.found()
}

// tellsYes reports whether text tells a yes to a yes/no question of ch.
func (e *Engine) tellsYes(ch *corpus.Check, text string) bool {
	rd := e.toldOf(ch, text)
	return slices.ContainsFunc(keys(rd.fills), func(id string) bool {
		o, ok := ch.Slot(id)
		return ok && o.Type == corpus.YesNoSlot && rd.fills[id] == corpus.Yes
	})
}

// anotherItem reads a short 「……呢」 that names, for a question of the
// past (a contest's level), an option other than the one answered: what it
// tells, and whether it does.
func (e *Engine) anotherItem(ch *corpus.Check, last answers, text string) (map[string]string, bool) {
	id, ok := nextSlot(ch, nil)
	// 「那再帮我查一下省里那个第一名吧」: asked to be checked again, of
	// another item (round 149: the first contest's answers were shown
	// back).
	again := !strings.Contains(text, "呢") && checkItemAgainRe.MatchString(text)
	if !ok || !strings.Contains(text, "呢") && !again || againForRe.MatchString(text) {
		return nil, false
	}
	first, _ := ch.Slot(id)
	told := e.readFacts(ch, first, nil, text).fills
	if again && len(told) < 2 {
		return nil, false // 「那再查一下省上的那个」: asked as before
	}
	for slot, v := range told {
		if o, ok := ch.Slot(slot); ok && o.Past && o.Type == corpus.ChoiceSlot && last[slot] != "" && last[slot] != v && v != corpus.Unsure {
			return told, true
		}
	}
	return nil, false
}

// checkItemAgainRe: asked to check again (再帮我查一下…, 再看看…).
var checkItemAgainRe = regexp.MustCompile(`(再|也|接着)(帮我|给我|帮忙)?(查|看|算)(一下|下|查|看)?`)

// checkAgain starts ch again, after its verdict, for another person or
// item: with what was told of them, nothing of the one before.
func (e *Engine) checkAgain(s *Session, ch *corpus.Check, told map[string]string, note string) Reply {
	delete(s.Heard, ch.ID)
	for k, v := range told {
		s.heardOf(ch.ID)[k] = v
	}
	s.Switched = true
	var r Reply
	r.plain(fmt.Sprintf(note, ch.Title))
	r.follow(e.start(s, ch))
	return r
}

// againForRe: the check asked again for someone named (再查一下韩文斌,
// 接着帮我查马丽, 請再查一下韓強：…; held-out round 134: the 請 had kept it
// from matching), or by work and 老 or 小 (再查一下钢筋工老韩：…, round 146:
// read as a what-if on the first one, a wrong ✅).
var againForRe = regexp.MustCompile(`^(?:好的?|嗯|行|谢谢|明白了?)?[。，,！! ]*(?:那)?(?:请|麻烦)?(?:你|您)?(?:再|接着|然后|下面|现在|还要|也)(?:帮我|给我|帮忙)?(?:查|看|算)(?:一下|下|查)?[ ：:]*(?:[` + surnames + `]\p{Han}{1,2}[：:，, ]|[` + surnames + `](?:师傅|老师|大夫|医生|工|姐|哥)的?(?:[：:，, ]|$)|\p{Han}{0,5}?(?:老|小)[` + surnames + `]\p{Han}?[：:，, ]|另一位|另外一位|另一个人|第二位|第二个人)`)

// notWhoRe: 「那……呢」 about a time or a thing, not a person.
var notWhoRe = regexp.MustCompile(`^(?:那|那么|还有|另外)(?:明年|今年|后年|去年|前年|下半年|上半年|明后年|以后|将来|到时候|到期|期满|之后|后面|下次|下一次|下回|这个|那个|这样|那样|其他的?|别的|工资|补助|补贴|社保|职称|利息|贴息|额度|奖金|期限)\p{Han}{0,3}呢$`)

// namedOtherRe: a person called 老马 or 小王, or 「…的同事」, near the start
// of a clause.
var namedOtherRe = regexp.MustCompile(`^(?:[^，,。 ]{0,12}的)?((?:老|小)[` + surnames + `]|同事|同学|朋友|徒弟|师傅|亲戚)`)

// alsoRe: a clause that says someone too wants or does the same.
var alsoRe = regexp.MustCompile(`.+也(想|要|打算|准备|能|可以)`)

// ownClauses returns the clauses of facts said of the person: a clause that
// begins with another person (我徒弟, 媳妇, 他) and the clauses after it, up
// to one that begins with 我, 本人 or 自己 again, are left out — unless
// the check asks about that person (the loan's spouse).
func (e *Engine) ownClauses(ch *corpus.Check, facts string) string {
	var topics []string
	for _, sl := range ch.Slots {
		topics = append(topics, sl.Topic...)
	}
	// In a check that asks about another person (the loan's spouse), 他
	// and 她 are most often that person.
	asksOther := slices.ContainsFunc(others, func(w string) bool { return slices.Contains(topics, w) })
	// 「我替我爱人问一下」: the person asked about is the applicant.
	if proxyRe.MatchString(facts) {
		return withoutRelatives(facts)
	}
	var out []string
	other := false
	var cs []string
	for _, c := range splitClauses(facts) {
		// Typed by voice: 「…明年还能不能接着报还有我媳妇在县医院当护士」
		// turns to another person at 还有, 另外.
		cs = append(cs, splitTurns(c)...)
	}
	for _, c := range cs {
		rest := c[len(othersLead.FindString(c)):]
		// 「我家里的在乡农技站上班」: 家里的 is the wife (round 132: her unit
		// was taken as his); the lead took 我家.
		if r, ok := strings.CutPrefix(c, "我"); ok && strings.HasPrefix(r, "家里的") {
			rest = r
		}
		who := ""
		for _, w := range others {
			if strings.HasPrefix(rest, w) {
				who = w
				break
			}
		}
		// 「我家尕娃……本科毕业……还有他妹妹在卫校念中专」: the sister of the
		// one told of is someone else (round 90: her 中专 was read as his).
		if r := relativeOf(rest); r != "" {
			who = r
		}
		// 「另外我们农业农村局的老马已经连续干满5年了」: someone named by
		// their surname, or by a unit and who they are to the person.
		if m := namedOtherRe.FindStringSubmatch(rest); who == "" && m != nil {
			who = m[1]
		}
		switch {
		case who == "" && alsoRe.MatchString(c) && !strings.HasPrefix(c, "我也") && !strings.HasPrefix(c, "本人也"):
			// 「我们乡卫生院的尕大夫也想报」: someone else who wants it too.
			other = true
		case who != "" && !slices.Contains(topics, who) && !(asksOther && (who == "他" || who == "她")):
			other = true
		case who != "":
			other = false
		case strings.HasPrefix(c, "我") && !strings.HasPrefix(c, "我们") || strings.HasPrefix(c, "本人") || strings.HasPrefix(c, "自己"):
			// 「我家尕娃……毕业回来了……，我们想贷30万」: 我们 takes in the
			// one just told of; it does not turn back to the person alone.
			other = false
		}
		if !other {
			out = append(out, c)
		}
	}
	if len(out) == len(cs) {
		return facts
	}
	return strings.Join(out, "，")
}

// turnRe: words that turn to another matter in a clause typed by voice.
var turnRe = regexp.MustCompile(`还有|另外|以及|而且|然后我|然后他|然后她`)

// kinLeadRe: the person's relative named as who a clause is about.
var kinLeadRe = regexp.MustCompile(`我(媳妇|老婆|爱人|老公|丈夫|妻子|对象|儿子|女儿|弟弟|哥哥|姐姐|妹妹|父亲|母亲|爸爸|妈妈|家属)`)

// splitTurns cuts a clause before each word that turns to another matter.
func splitTurns(c string) []string {
	var out []string
	start := 0
	locs := turnRe.FindAllStringIndex(c, -1)
	// 「…我在县疾控上班…能报不我媳妇在乡政府上班她能不能报」, typed by
	// voice: a relative named after the person's own words starts the
	// relative's (round 148: her 乡政府 was shown back as his unit). Not
	// 「我和我媳妇」 nor 「替我媳妇」: said with the person.
	for _, loc := range kinLeadRe.FindAllStringIndex(c, -1) {
		if prev, _ := utf8.DecodeLastRuneInString(c[:loc[0]]); loc[0] > 0 && !strings.ContainsRune("和跟与同替帮给为是的", prev) {
			locs = append(locs, loc)
		}
	}
	slices.SortFunc(locs, func(a, b []int) int { return a[0] - b[0] })
	for _, loc := range locs {
		if loc[0] > start {
			out = append(out, c[start:loc[0]])
			start = loc[0]
		}
	}
	return append(out, c[start:])
}

// trimQuestion drops a question's asking words from a clause, so that what
// is left reads as a statement: 「能贷30万吗」 → 「能贷30万」.
// mayAskRe: a question of whether someone may do something (能离岗创业
// 吗, 可不可以兼职); whAskRe: one that asks who, what or how much instead.
var (
	mayAskRe = regexp.MustCompile(`能不能|可不可以|能否|可否|能|可以|允许`)
	whAskRe  = regexp.MustCompile(`谁|什么|啥|多少|几|怎么|咋|如何|哪`)
)

func trimQuestion(c string) string {
	c = strings.TrimRight(c, "?？吗呢啊呀不")
	for _, w := range []string{"能不能", "可不可以", "行不行", "是不是"} {
		c = strings.ReplaceAll(c, w, "")
	}
	return c
}

// yearsOfThis reports whether a clause of facts that holds the number v
// (with 年) says it is a span of what a check asks: consecutive or summed
// (连续, 连着, 累计, 一共…), not years of work.
func yearsOfThis(facts, v string, of []string) bool {
	// 「21、22、23、24年都是」: calendar years listed, each said to count.
	if yearListRe.MatchString(facts) {
		return true
	}
	for _, c := range splitClauses(facts) {
		// 「当特派员一年给补贴不」: so much a year is a rate, not a span
		// (round 173: shown back as 1 year served).
		if slices.ContainsFunc(yearRateRe.FindAllStringSubmatch(c, -1), func(m []string) bool { return m[1] == v }) {
			continue
		}
		// 「21年到25年每年都选上」: calendar years each said to count.
		if strings.Contains(c, v+"年") && (mentions(c, spanWords) || mentions(c, of) || presentOrdinalRe.MatchString(c)) || yearSpanRe.MatchString(c) && eachYearRe.MatchString(facts) {
			return true
		}
	}
	return false
}

// totalAfterMoreRe: more asked, then the total with it (再延3年，加起来正好
// 6年).
var totalAfterMoreRe = regexp.MustCompile(`再(?:延|续|离)[^，,。；;？?]{0,4}[0-9]+年[^，,。；;？?]{0,4}[，, ]*(?:加起来|一共|总共|合计|累计|加上)[^0-9，,。]{0,4}[0-9]+年`)

// amountsIn returns the distinct sums of money named in t (20万, 300万元).
func amountsIn(t string) []string {
	var out []string
	for _, m := range amountRe.FindAllStringSubmatch(t, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	return out
}

// amountRe: a sum of money in 万.
var amountRe = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)万`)

// yearRateRe: a count of years followed by what makes it a rate (一年给,
// 一年能拿多少).
var yearRateRe = regexp.MustCompile(`(?:^|[^0-9])([0-9]+)年(?:给|发|补|多少|能拿|能领|能给|有多少|补贴|补助|工资|收入)`)

// spanOf returns the slot's own span words, normalised.
func (e *Engine) spanOf(sl *corpus.Slot) []string {
	out := make([]string, len(sl.SpanOf))
	for i, w := range sl.SpanOf {
		out[i] = e.names.get(w)
	}
	return out
}

// spanWords mark a number of years as a span a check asks about.
var spanWords = []string{"连续", "连着", "连干", "累计", "一共", "总共", "加起来", "前后", "整", "满"}

// freeIn is free for a chat: a question the document does not answer gets
// a button to call a person, and the second in a row calls one.
//
// offered is the check offered by the reply before, if any: a question
// with no subject of its own is read as about it too.
func (e *Engine) freeIn(ctx context.Context, s *Session, text, offered string) (Reply, error) {
	about, ok := e.contextCheck(s)
	if ch, offer := e.corpus.Check(offered); offer && !ok {
		about = ch
	}
	r, err := e.free(ctx, text, about)
	if err != nil || r.Finding == nil {
		return r, err
	}
	// A reply that says what the text does not state but reads out what
	// the article does say of the question (a plain reading) answers.
	if f := *r.Finding; !declined(f) || f.Silent() && len(e.glosses(f.Article, text)) > 0 {
		s.Declines = 0
		return r, nil
	}
	s.Declines++
	if s.Declines >= maxDeclines {
		s.Declines = 0
		h := e.human(s, TwoDeclines)
		r.Blocks = append(r.Blocks, h.Blocks...)
		r.Handoff = h.Handoff
		return r, nil
	}
	r.Choices = append(r.Choices, humanChoice)
	return r, nil
}

// maxDeclines is how many free questions in a row the document may leave
// unanswered before a person is called.
const maxDeclines = 2

// humanPrefix marks the button that calls a person.
const humanPrefix = "h:"

var humanChoice = Choice{Label: txtHumanButton, Data: humanPrefix}

// declined reports a finding that does not answer: nothing found, a
// subject the document does not cover, or an article that does not state
// what was asked.
func declined(f corpus.Finding) bool {
	if len(f.More) > 0 {
		return false
	}
	return f.Silent() || (f.Article == 0 && f.Topic == "")
}

// wantsHuman reports a message that asks for a person in words: 「转人工」,
// 「人工」, 「我要投诉」 (see humanWords).
func wantsHuman(text string) bool {
	t := strings.TrimFunc(text, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r) })
	if slices.Contains(humanExact, t) {
		return true
	}
	for _, w := range humanWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// free answers text given outside a check: a greeting, an article number or
// a question.
func (e *Engine) free(ctx context.Context, text string, about *corpus.Check) (Reply, error) {
	if greetingRe.MatchString(text) {
		return e.welcome(), nil
	}
	if !strings.ContainsFunc(text, unicode.IsLetter) {
		var r Reply
		r.plain(txtNoLetters)
		return r, nil
	}
	if n, ok := articleRef(text); ok {
		return e.articleText(n), nil
	}
	r, f, err := e.askAbout(ctx, text, about)
	if err != nil {
		return r, err
	}
	ch, ok := e.guessCheck(text)
	if !ok && f.Found() && f.Article > 0 && f.Duties == nil && (!f.Silent() || statements(text) != "") {
		ch, ok = e.checkFor(f.Article)
		// 「听说离岗创业编制能保留5年……要是离岗不行，我能不能当科技特派员
		// 下去？」: of two checks named, the one asked of first, not the
		// one answered first (round 141's transcript: the fallback was
		// offered once the first part was answered as not written).
		if ok && e.namesCheck(ch, text) {
			if first, named := e.firstNamedCheck(text); named {
				ch = first
			}
		}
	}
	// A long message answered in parts, the first of them the text's
	// lapse (今年还想报): the check of the first part with an article
	// (round 97: none was offered).
	for i := 0; i < len(f.More) && !ok && f.Article == 0; i++ {
		if m := f.More[i]; m.Article > 0 && m.Duties == nil && !m.Silent() {
			ch, ok = e.checkFor(m.Article)
		}
	}
	// 「那我今年到底还能不能报，麻烦帮我查一下」: asked to be checked, of
	// the check talked about before (round 97: only the text's lapse was
	// told).
	if !ok && about != nil && checkMeRe.MatchString(text) {
		ch, ok = about, true
	}
	if ok {
		r.add(Note, fmt.Sprintf(txtTryCheck, ch.Title))
		r.Choices = append(r.Choices, Choice{Label: fmt.Sprintf(txtStartCheck, ch.Title), Data: startPrefix + ch.ID})
	}
	return r, nil
}

// checkMeRe: a request to be checked (帮我查一下, 给我看看).
var checkMeRe = regexp.MustCompile(`(帮|给|替)我(查|看|核|算|测)|查一下|查查|看一下我|自查|能不能报|能报不|符不符合|够不够条件|有没有资格`)

// contextCheck is the check a question may be about when it does not say:
// the one under way, or the one that last ended in a verdict.
func (e *Engine) contextCheck(s *Session) (*corpus.Check, bool) {
	if ch, ok := e.corpus.Check(s.Check); ok {
		return ch, true
	}
	return e.corpus.Check(s.Last)
}

// askAbout answers a question; one the document seems not to answer that
// names no subject of its own (「第六年还能不能接着当？」 after the envoy
// check) is read again as about the check's subject, and answered so only
// from that check's own articles, saying how it was read.
//
// A short question placed in another article (「职称还能评不」 during the
// leave check: 第12条) that names no other check's subject is read so too,
// when the check's own article answers it: a short question there is most
// likely about the check.
func (e *Engine) askAbout(ctx context.Context, text string, about *corpus.Check) (Reply, corpus.Finding, error) {
	r, f, err := e.Ask(ctx, text)
	if err != nil || about == nil || f.Uncovered != "" {
		return r, f, err
	}
	if len(f.More) > 0 {
		return e.asksAbout(ctx, text, about, r, f)
	}
	// A subject of its own keeps the question apart from the check — unless
	// nothing answered it and it speaks in the check's own words (「那我是
	// 大夫也懂药材也不行吗」 in the envoy check: 大夫, whatever 药材 is).
	// 「那合作社自己能领补助不」 after the flexible check: a question that
	// names the check's own subject (补助) is about it, whatever else it
	// names (合作社, which 第5条 speaks of too).
	ownSubject := f.Found() && !slices.Contains(about.Articles, f.Article) && e.namesCheck(about, text)
	// 「听说卫生系统不行？」 in the leave check: answered from another check's
	// article (第15条's exclusion) that the question does not name, when the
	// check's own article has a reading of it, it is read there (held-out
	// round 47).
	if f.Found() && !slices.Contains(about.Articles, f.Article) && len(about.Articles) > 0 && (asksMay(text) || strings.Contains(text, "不行")) && len(e.glosses(about.Articles[0], text)) > 0 {
		if other, ok := e.checkFor(f.Article); ok && other != about && !e.namesCheck(other, text) && len(about.Rules) > 0 {
			if a, ok := e.corpus.Doc.Article(about.Articles[0]); ok {
				f2 := corpus.Finding{Article: a.Number, Title: a.Title, Units: a.Units, Quotes: []corpus.Excerpt{{Text: about.Rules[0].Quote}}, Score: 1}
				var out Reply
				out.plain(fmt.Sprintf(txtReadAbout, about.Title))
				out.follow(e.renderFinding(f2, text))
				out.Finding = &f2
				return out, f2, nil
			}
		}
	}
	if !ownSubject && e.subject != nil && e.subject(text, about.Articles) && (f.Found() || !e.mentionsCheck(about, text)) {
		return r, f, err
	}
	long := false
	if f.Found() {
		other, named := e.guessCheck(text) // text is normalised already (Handle)
		// 「那后年呢……后年还能接着报不还有我媳妇……她能报不」 during the
		// envoy check: the validity, and nothing else answered, is read
		// with the check named too; the check's article then answers the
		// rest after the validity (round 104: the validity alone, twice).
		if f.Topic == "validity" && len(f.More) == 0 && !named {
			if r2, f2, err := e.Ask(ctx, about.Title+"。"+text); err == nil && f2.Topic == "validity" && slices.ContainsFunc(f2.More, func(p corpus.Finding) bool { return slices.Contains(about.Articles, p.Article) }) {
				return r2, f2, nil
			}
		}
		if f.Topic != "" || slices.Contains(about.Articles, f.Article) || named && other != about && !ownSubject {
			return r, f, nil
		}
		// 「是我家尕娃 大专 三年的 算大学生不」: what it tells of the person
		// makes it no longer a question of its own; its asking part is
		// measured (round 173: 第4条's 高校 quoted, not 第14条).
		asked := utf8.RuneCountInString(text)
		if e.tellsOf(about, text) {
			asked -= utf8.RuneCountInString(statements(text))
		}
		long = !ownSubject && asked > maxBentRunes
	}
	var r2 Reply
	var f2 corpus.Finding
	if !long {
		if r2, f2, err = e.Ask(ctx, about.Title+"。"+text); err != nil {
			return r, f, nil
		}
	}
	// 「那我去合作社的时候工资是站上发还是合作社发」 in the leave check: a
	// longer question placed elsewhere (第13条's 薪酬 of 急需紧缺人才) keeps
	// its place, unless what it asks is what the check's article leaves
	// unstated: then that is the answer, on the person's own article.
	if long || !f2.Found() || !slices.Contains(about.Articles, f2.Article) {
		// 「工资还发不？」 during the leave check: what it asks (工资待遇) is
		// said of the check's article when the article does not state it.
		g, ok := e.unstatedIn(about, text)
		if !ok {
			return r, f, nil
		}
		f2 = g
		r2 = e.renderFinding(g, text)
		r2.Finding = &f2
	}
	var out Reply
	out.plain(fmt.Sprintf(txtReadAbout, about.Title))
	out.follow(r2)
	out.Finding = r2.Finding
	return out, f2, nil
}

// asksAbout is askAbout for a message of several questions (r and f its
// answer as asked): 「那就是說所裡人事說他今年不能報職稱，這個說法不對，是
// 嗎？三年滿了也不是必須辭職？」 after the leave verdict asks of the
// check's subject in every question. When the message read with the check
// named answers more of its questions from the check's articles, and
// leaves no more unanswered, that reading is given, saying so (round 50:
// 第12条's 企业职称 and a 「没有找到」).
func (e *Engine) asksAbout(ctx context.Context, text string, about *corpus.Check, r Reply, f corpus.Finding) (Reply, corpus.Finding, error) {
	if _, named := e.guessCheck(text); named {
		return r, f, nil
	}
	r2, f2, err := e.Ask(ctx, about.Title+"。"+text)
	if err != nil {
		return r, f, nil
	}
	own := func(f corpus.Finding) (n, open int) {
		for _, p := range append([]corpus.Finding{f}, f.More...) {
			switch {
			case !p.Found() && p.Uncovered == "":
				open++
			case p.Found() && !p.Silent() && slices.Contains(about.Articles, p.Article):
				n++
			}
		}
		return n, open
	}
	n, open := own(f)
	n2, open2 := own(f2)
	if n2 <= n || open2 > open {
		return r, f, nil
	}
	var out Reply
	out.plain(fmt.Sprintf(txtReadAbout, about.Title))
	out.follow(r2)
	out.Finding = r2.Finding
	return out, f2, nil
}

// namesCheck reports whether text names the check by its title or one of
// its aliases (补助 for the flexible check).
//
// A name said only to deny it (「我说了不是特派员」) names nothing (round
// 50: the envoy check was offered three times to one who said so).
func (e *Engine) namesCheck(ch *corpus.Check, text string) bool {
	return e.nameEnd(ch, text) >= 0
}

// nameEnd returns where in text the first of ch's names not denied ends,
// or -1 when text names it nowhere.
func (e *Engine) nameEnd(ch *corpus.Check, text string) int {
	first := -1
	for _, w := range append([]string{ch.Title}, ch.Aliases...) {
		w = e.names.get(w)
		if utf8.RuneCountInString(w) < 2 {
			continue
		}
		for at, rest := 0, text; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			if !deniedNameRe.MatchString(text[:at+i]) {
				if end := at + i + len(w); first < 0 || end < first {
					first = end
				}
				break
			}
			at += i + len(w)
			rest = text[at:]
		}
	}
	return first
}

// deniedNameRe: what, right before a name, says it is not the person's
// (不是特派员, 不当科技特派员).
var deniedNameRe = regexp.MustCompile(zh.DenialBefore + `(?:科技)?$`)

// mentionsCheck reports whether text uses one of the check's own words for
// units, people and ways (its options' aliases, its vocabulary).
func (e *Engine) mentionsCheck(ch *corpus.Check, text string) bool {
	for _, sl := range ch.Slots {
		for _, o := range sl.Choices {
			if slices.ContainsFunc(o.Aliases, func(w string) bool {
				w = e.names.get(strings.TrimPrefix(w, "="))
				return utf8.RuneCountInString(w) >= 2 && strings.Contains(text, w)
			}) {
				return true
			}
		}
	}
	for _, t := range ch.Terms {
		if slices.ContainsFunc(t.Words, func(w string) bool { w = e.names.get(w); return w != "" && strings.Contains(text, w) }) {
			return true
		}
	}
	return false
}

// unstatedIn returns, for a question that asks a facet (工资, 年龄, 材料…)
// the check's article does not state, the finding that says so with the
// check's first rule quoted as context.
func (e *Engine) unstatedIn(ch *corpus.Check, text string) (corpus.Finding, bool) {
	a, ok := e.corpus.Doc.Article(ch.Articles[0])
	if !ok || len(ch.Rules) == 0 {
		return corpus.Finding{}, false
	}
	var missing []string
	for _, fc := range e.corpus.Lexicon.FacetsIn(text) {
		if !slices.ContainsFunc(fc.Stated, func(w string) bool { return strings.Contains(a.Body, w) }) {
			missing = append(missing, fc.Name)
		}
	}
	if len(missing) == 0 {
		return corpus.Finding{}, false
	}
	return corpus.Finding{Article: a.Number, Title: a.Title, Units: a.Units, Missing: missing,
		Quotes: []corpus.Excerpt{{Text: ch.Rules[0].Quote}}, Score: 1}, true
}

// maxBentRunes bounds the questions placed elsewhere that are read again as
// about the check in hand: a longer one says what it is about.
const maxBentRunes = 16

// articleRef reads 「第14条」, 「14条」, 「第十四条原文」.
func articleRef(text string) (int, bool) {
	m := articleRefRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return 0, false
	}
	if n, err := strconv.Atoi(m[1]); err == nil {
		return n, true
	}
	return parseChineseNumber(m[1])
}

func (e *Engine) command(ctx context.Context, s *Session, chat, cmd, arg string) (Reply, error) {
	switch cmd {
	case "start":
		if ch, ok := e.pickCheck(arg); ok && arg != "" {
			return e.start(s, ch), nil
		}
		r := e.welcome()
		e.reask(s, &r)
		return r, nil
	case "help":
		r := e.help()
		e.reask(s, &r)
		return r, nil
	case "about":
		r := e.about()
		e.reask(s, &r)
		return r, nil
	case "check":
		if arg != "" {
			if ch, ok := e.pickCheck(arg); ok {
				return e.start(s, ch), nil
			}
		}
		return e.menu(s), nil
	case "ask":
		if arg == "" {
			var r Reply
			r.plain(txtAskUsage)
			return r, nil
		}
		r, err := e.freeIn(ctx, s, arg, "")
		e.reask(s, &r)
		return r, err
	case "back":
		return e.back(s), nil
	case "cancel":
		var r Reply
		if s.Check == "" && !s.Menu {
			r.plain(txtNoCheck)
			return r, nil
		}
		title := e.checkTitle(s.Check)
		endCheck(s)
		if title != "" {
			r.plain(fmt.Sprintf(txtCancelled, title))
		} else {
			r.plain(txtCancelledMenu)
		}
		return r, nil
	case "human":
		return e.human(s, AskedHuman), nil
	case "forget":
		return e.forget(), nil
	case "mine":
		r, err := e.mine(ctx, chat)
		e.reask(s, &r)
		return r, err
	}
	var r Reply
	r.plain(txtUnknownCmd)
	r.Blocks = append(r.Blocks, e.help().Blocks...)
	e.reask(s, &r)
	return r, nil
}

func (e *Engine) checkTitle(id string) string {
	if ch, ok := e.corpus.Check(id); ok {
		return ch.Title
	}
	return ""
}

// pickCheck finds a check by menu number, id, title, alias or the label
// its button shows (「创业担保贷款（第14条）」).
func (e *Engine) pickCheck(text string) (*corpus.Check, bool) {
	if trimAnswer(text) == "" {
		return nil, false
	}
	opts := make([]corpus.Option, len(e.corpus.Checks))
	for i, ch := range e.corpus.Checks {
		opts[i] = corpus.Option{Value: ch.ID, Label: checkLabel(ch), Aliases: append([]string{ch.Title}, ch.Aliases...)}
	}
	id, ok := e.exactOption(opts, strings.ToLower(text), true)
	if !ok {
		return nil, false
	}
	return e.corpus.Check(id)
}

// guessCheck finds the one check whose title or alias a sentence names.
// checkFor returns the one check built on article n.
func (e *Engine) checkFor(n int) (*corpus.Check, bool) {
	var found *corpus.Check
	for _, ch := range e.corpus.Checks {
		if slices.Contains(ch.Articles, n) {
			if found != nil {
				return nil, false
			}
			found = ch
		}
	}
	return found, found != nil
}

// onlyBroad reports whether text names value v of o only by a word that
// names it broadly (转让 for 暂不创业), and by none of its own names.
func (e *Engine) onlyBroad(ch *corpus.Check, o *corpus.Slot, text, v string) bool {
	broad := false
	for _, h := range e.findHits(ch, o, nil, text) {
		if h.slot == o.ID && h.value == v {
			if !h.broad {
				return false
			}
			broad = true
		}
	}
	return broad
}

// firstNamedCheck returns, of two or more checks text names, the one
// whose name ends first; none when two end at the same place.
func (e *Engine) firstNamedCheck(text string) (*corpus.Check, bool) {
	var first *corpus.Check
	named, at, tie := 0, -1, false
	for _, ch := range e.corpus.Checks {
		end := e.nameEnd(ch, text)
		if end < 0 {
			continue
		}
		named++
		switch {
		case at < 0 || end < at:
			first, at, tie = ch, end, false
		case end == at:
			tie = true
		}
	}
	return first, named >= 2 && !tie
}

func (e *Engine) guessCheck(text string) (*corpus.Check, bool) {
	var found *corpus.Check
	for _, ch := range e.corpus.Checks {
		if e.namesCheck(ch, text) {
			if found != nil {
				return nil, false
			}
			found = ch
		}
	}
	return found, found != nil
}

func (e *Engine) welcome() Reply {
	var r Reply
	m := e.corpus.Meta
	titles := make([]string, len(e.corpus.Checks))
	for i, ch := range e.corpus.Checks {
		titles[i] = ch.Title
	}
	r.add(Heading, txtWelcomeHead)
	r.plain(fmt.Sprintf(txtWelcome, m.Title, m.Number, strings.Join(titles, "、")))
	r.plain(txtWelcomeTail)
	r.add(Note, e.validityNotice(false))
	return r
}

func (e *Engine) help() Reply {
	var r Reply
	r.add(Heading, txtHelpHead)
	r.plain(txtHelp)
	r.plain(txtHelpCommands)
	return r
}

func (e *Engine) about() Reply {
	var r Reply
	m := e.corpus.Meta
	v := m.ValidityAt(e.now())
	r.add(Heading, "《"+m.Title+"》")
	r.plain(fmt.Sprintf(txtAbout,
		m.Number, m.Issuer, corpus.FormatDate(v.Issued), m.Basis.Issuer, m.Basis.Title, m.Basis.Number,
		len(e.corpus.Doc.Parts), len(e.corpus.Doc.Articles), m.ValidYears, corpus.FormatDate(v.Issued), corpus.FormatDate(v.ValidUntil)))
	r.add(Quote, e.corpus.Doc.Closing)
	r.add(Note, e.validityNotice(false))
	return r
}

func (e *Engine) human(s *Session, why Trigger) Reply {
	var r Reply
	h := e.handoff(s, why)
	r.Handoff = h
	switch why {
	case TwoDeclines:
		r.plain(fmt.Sprintf(txtHumanDeclines, strings.Join(e.corpus.Meta.Contact, "、")))
	case NotUnderstood:
		r.plain(fmt.Sprintf(txtHumanWrong, strings.Join(e.corpus.Meta.Contact, "、")))
	default:
		r.plain(fmt.Sprintf(txtHuman, strings.Join(e.corpus.Meta.Contact, "、")))
	}
	if len(h.Answers) > 0 {
		r.plain(txtHumanAnswers)
	}
	if why != NotUnderstood { // the caller asks again itself
		e.reask(s, &r)
	}
	return r
}

// handoff says what staff get: why, and the check under way with its
// answers, or else the last verdict with its answers and articles.
func (e *Engine) handoff(s *Session, why Trigger) *Handoff {
	h := &Handoff{Trigger: why, Reason: txtHandoffFree}
	if ch, ok := e.corpus.Check(s.Check); ok {
		h.Reason = fmt.Sprintf(txtHandoffCheck, ch.Title)
		if sl, ok := ch.Slot(s.Pending); ok {
			h.Reason += fmt.Sprintf(txtHandoffSlot, sl.Name)
		}
		h.Check, h.Articles = ch.Title, slices.Clone(ch.Articles)
		for _, id := range s.Order {
			if sl, ok := ch.Slot(id); ok {
				h.Answers = append(h.Answers, sl.Name+"："+sl.Label(s.Answers[id]))
			}
		}
	} else if ch, ok := e.corpus.Check(s.Last); ok {
		h.Reason = fmt.Sprintf(txtHandoffVerdict, ch.Title)
		h.Check = ch.Title
		for _, sl := range ch.Slots {
			if v, ok := s.LastAnswers[sl.ID]; ok {
				h.Answers = append(h.Answers, sl.Name+"："+sl.Label(v))
			}
		}
		v := e.verdict(ch, s.LastAnswers, nil, false)
		if v.Verdict != nil {
			for _, l := range v.Verdict.Lines {
				h.Verdict = append(h.Verdict, l.String())
				if !slices.Contains(h.Articles, l.Article) {
					h.Articles = append(h.Articles, l.Article)
				}
			}
		}
	}
	if why == TwoDeclines {
		h.Reason = txtHandoffDeclines
	}
	return h
}

// reask repeats the pending question after an interruption.
func (e *Engine) reask(s *Session, r *Reply) {
	if s.Menu {
		m := e.menuReply(s)
		r.follow(m)
		return
	}
	ch, ok := e.corpus.Check(s.Check)
	if !ok {
		return
	}
	sl, ok := ch.Slot(s.Pending)
	if !ok {
		return
	}
	q := e.pendingQuestion(s, ch, sl)
	r.Blocks = append(r.Blocks, Block{Kind: Plain, Text: txtResume})
	r.follow(q)
}

// verdictAgain answers a message that only asks whether the person may,
// right after their verdict (那我到底能报不): the verdict's conclusions
// again. A clause that asks the same of another person (我媳妇能报不)
// starts the check for them.
func (e *Engine) verdictAgain(s *Session, text string) (Reply, bool) {
	ch, ok := e.corpus.Check(s.Last)
	if !ok || s.Switched || len(s.LastAnswers) == 0 {
		return Reply{}, false
	}
	self, other := false, false
	for _, c := range splitClauses(text) {
		c = trimPunct(c)
		switch {
		case selfMayRe.MatchString(c):
			self = true
		case self && switchesPerson(c) && asksMay(c):
			other = true
		case slices.Contains([]string{"那", "那么", "所以", "好的", "好", "嗯"}, c):
		default:
			return Reply{}, false
		}
	}
	if !self {
		return Reply{}, false
	}
	v := e.verdict(ch, s.LastAnswers, nil, false)
	if v.Verdict == nil || len(v.Verdict.Lines) == 0 {
		return Reply{}, false
	}
	var r Reply
	lines := make([]string, len(v.Verdict.Lines))
	for i, l := range v.Verdict.Lines {
		lines[i] = l.String()
	}
	r.plain(fmt.Sprintf(txtVerdictAgain, ch.Title, strings.Join(lines, "\n")))
	if other {
		s.Switched = true
		r.plain(fmt.Sprintf(txtOtherPerson, ch.Title))
		r.follow(e.start(s, ch))
	}
	return r, true
}

// selfMayRe: a clause that only asks whether the person may (那我到底能报
// 不, 我符合吗), nothing else.
var selfMayRe = regexp.MustCompile(`^(?:那|那么|所以|这样的话|这样)?(?:我|本人|俺)(?:到底|究竟|现在|今年|这样|那|这种情况)?(?:还)?(?:能不能|可不可以|行不行|符不符合|够不够|能|可以|符合|够)(?:报|申请|报名|当|评|贷|办|领|享受|参加|去)?(?:条件|资格)?(?:不|吗|么|嘛|没|呀|啊|呢)?[?？。!！]*$`)
