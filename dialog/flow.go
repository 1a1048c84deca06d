package dialog

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/corpus"
)

// maxWrong is how many wrong answers in a row to one question lead the
// assistant to offer a person.
const maxWrong = 3

// Button data: 「k:<check>」 starts a check, 「a:<round>:<slot>:<value>」
// answers a question of the check started in that round.
const (
	startPrefix  = "k:"
	answerPrefix = "a:"
)

// menu ends any check under way and shows the list of checks.
func (e *Engine) menu(s *Session) Reply {
	endCheck(s)
	s.Pending = menuPending
	return e.menuReply(s)
}

func (e *Engine) menuReply(s *Session) Reply {
	var r Reply
	r.plain("请选择要做的资格自查（点按钮，或输入编号、名称）：")
	for _, ch := range e.corpus.Checks {
		arts := make([]string, len(ch.Articles))
		for i, n := range ch.Articles {
			arts[i] = "第" + strconv.Itoa(n) + "条"
		}
		r.Choices = append(r.Choices, Choice{Label: ch.Title + "（" + strings.Join(arts, "、") + "）", Data: startPrefix + ch.ID})
	}
	return r
}

func endCheck(s *Session) {
	s.Check, s.Pending, s.Answers, s.Order, s.Wrong = "", "", nil, nil, 0
}

func (e *Engine) start(s *Session, ch *corpus.Check) Reply {
	endCheck(s)
	s.Check = ch.ID
	s.Round++
	var r Reply
	r.add(Heading, "「"+ch.Title+"」自查")
	r.plain(ch.Intro)
	n := e.next(s, ch)
	r.Blocks = append(r.Blocks, n.Blocks...)
	r.Choices = n.Choices
	return r
}

// next asks the next deciding question, or gives the verdict and ends the
// check when none is left.
func (e *Engine) next(s *Session, ch *corpus.Check) Reply {
	id, ok := nextSlot(ch, s.Answers)
	if !ok {
		r := e.verdict(ch, s.Answers)
		endCheck(s)
		return r
	}
	s.Pending, s.Wrong = id, 0
	sl, _ := ch.Slot(id)
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
		r.add(Note, fmt.Sprintf("请输入 %d 到 %d 之间的整数（单位：%s）。", sl.Min, sl.Max, sl.Unit))
	}
	return r
}

// expected says what a slot takes, after a wrong answer.
func expected(sl *corpus.Slot) string {
	switch sl.Type {
	case corpus.ChoiceSlot:
		return fmt.Sprintf("请点下面的按钮，或输入选项编号（1–%d）或名称。", len(sl.Options()))
	case corpus.YesNoSlot:
		if sl.AllowUnsure {
			return "请回答「是」或「否」；拿不准可以回答「不确定」。"
		}
		return "请回答「是」或「否」。"
	case corpus.NumberSlot:
		return fmt.Sprintf("请输入 %d 到 %d 之间的整数（单位：%s），例如「%d」或「%s%s」。", sl.Min, sl.Max, sl.Unit, sl.Min+1, chineseNumeral(sl.Min+1), sl.Unit)
	case corpus.TextSlot:
		return fmt.Sprintf("请用不超过 %d 个字回答。", sl.MaxLen)
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

// answer takes typed text as the answer to the pending question. Text that
// does not answer it but asks something the document answers is answered,
// and the question asked again; anything else is a wrong answer.
func (e *Engine) answer(ctx context.Context, s *Session, text string) (Reply, error) {
	ch, ok := e.corpus.Check(s.Check)
	var sl *corpus.Slot
	if ok {
		sl, ok = ch.Slot(s.Pending)
	}
	if !ok { // the check or question was removed since this session began
		endCheck(s)
		return e.free(ctx, text)
	}
	if v, ok := parseAnswer(sl, text); ok {
		return e.record(s, ch, sl, v), nil
	}
	if n, ok := articleRef(text); ok {
		r := e.articleText(n)
		e.reask(s, &r)
		return r, nil
	}
	if utf8.RuneCountInString(text) >= 4 {
		r, f, err := e.Ask(ctx, text)
		if err != nil {
			return e.wrong(s, sl), err
		}
		if f.Found() {
			e.reask(s, &r)
			return r, nil
		}
	}
	return e.wrong(s, sl), nil
}

func (e *Engine) wrong(s *Session, sl *corpus.Slot) Reply {
	s.Wrong++
	var r Reply
	r.plain("抱歉，这个回答我没能识别。" + expected(sl))
	if sl.Help != "" {
		r.add(Note, sl.Help)
	}
	if s.Wrong >= maxWrong {
		r.plain("如果这个问题不好回答，可以发送 /human 转人工，由工作人员帮您判断；也可以发送 /cancel 退出自查，或直接提问。")
	}
	e.reask(s, &r)
	return r
}

// record stores an answer and moves on.
func (e *Engine) record(s *Session, ch *corpus.Check, sl *corpus.Slot, value string) Reply {
	if s.Answers == nil {
		s.Answers = map[string]string{}
	}
	s.Answers[sl.ID] = value
	s.Order = append(s.Order, sl.ID)
	var r Reply
	r.add(Note, "✓ "+sl.Name+"："+sl.Label(value))
	n := e.next(s, ch)
	r.Blocks = append(r.Blocks, n.Blocks...)
	r.Choices = n.Choices
	return r
}

func (e *Engine) button(ctx context.Context, s *Session, data string) (Reply, error) {
	if id, ok := strings.CutPrefix(data, startPrefix); ok {
		if ch, ok := e.corpus.Check(id); ok {
			return e.start(s, ch), nil
		}
	}
	var r Reply
	parts := strings.SplitN(strings.TrimPrefix(data, answerPrefix), ":", 3)
	if !strings.HasPrefix(data, answerPrefix) || len(parts) != 3 {
		r.Toast = "这个按钮已失效。"
		r.plain("这个按钮已失效。发送 /check 重新开始自查，或直接提问。")
		return r, nil
	}
	ch, ok := e.corpus.Check(s.Check)
	if !ok || parts[0] != strconv.Itoa(s.Round) {
		r.Toast = "这次自查已经结束了。"
		r.plain("这个按钮属于一次已经结束的自查。发送 /check 重新开始，或直接提问。")
		e.reask(s, &r)
		return r, nil
	}
	if parts[1] != s.Pending {
		r.Toast = "这一题已经回答过了。"
		r.plain("这一题已经回答过了；如需修改，请发送 /back。")
		e.reask(s, &r)
		return r, nil
	}
	sl, _ := ch.Slot(s.Pending)
	for _, o := range sl.Options() {
		if o.Value == parts[2] {
			return e.record(s, ch, sl, o.Value), nil
		}
	}
	return e.wrong(s, sl), nil
}

// back withdraws the last answer and asks its question again.
func (e *Engine) back(s *Session) Reply {
	var r Reply
	ch, ok := e.corpus.Check(s.Check)
	if !ok {
		r.plain("现在没有进行中的自查，没有可以修改的回答。发送 /check 开始。")
		return r
	}
	if len(s.Order) == 0 {
		r.plain("这已经是第一个问题了。")
		e.reask(s, &r)
		return r
	}
	last := s.Order[len(s.Order)-1]
	s.Order = s.Order[:len(s.Order)-1]
	delete(s.Answers, last)
	s.Pending, s.Wrong = last, 0
	sl, _ := ch.Slot(last)
	r.plain("好的，请重新回答上一题：")
	q := e.question(s, ch, sl)
	r.Blocks = append(r.Blocks, q.Blocks...)
	r.Choices = q.Choices
	return r
}
