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
	"time"
	"unicode"

	"github.com/linxia-talent/policybot/corpus"
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
	return &Engine{corpus: cfg.Corpus, answerer: cfg.Answerer, store: cfg.Store, now: cfg.Now, norm: cfg.Normalize}, nil
}

// maxAttempts bounds the retries when another update of the same chat
// saves first; between retries the engine waits a random, growing while
// (at most maxConflictWait) so that contending processes fall out of step.
const (
	maxAttempts     = 40
	maxConflictWait = 20 * time.Millisecond
)

// menuPending marks a session whose list of checks is showing.
const menuPending = "#menu"

// Handle answers one input. It always returns a Reply fit to show the user;
// a non-nil error is for the operator's log (errors.Is(err, ErrUnavailable)
// when the session store failed, in which case the reply says so and
// nothing was changed).
func (e *Engine) Handle(ctx context.Context, in Input) (Reply, error) {
	if in.Kind == TextInput {
		in.Text = e.norm(in.Text)
		if cmd, _ := parseCommand(in.Text); cmd == "forget" {
			return e.forget(ctx, in.Chat)
		}
	}
	for attempt := 0; attempt < maxAttempts; attempt++ {
		s, version, err := e.store.Load(ctx, in.Chat)
		if err != nil {
			return unavailable(), fmt.Errorf("%w: load session: %v", ErrUnavailable, err)
		}
		before := cloneSession(s)
		reply, stepErr := e.step(ctx, &s, in)
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
		return reply, stepErr
	}
	return unavailable(), fmt.Errorf("%w: session kept changing for %d attempts", ErrUnavailable, maxAttempts)
}

func unavailable() Reply {
	var r Reply
	r.plain("抱歉，服务暂时不可用，您的进度没有丢失。请稍后再发一次。")
	return r
}

// cloneSession copies s deeply, keeping nil and empty apart so that an
// unchanged session compares equal to its copy.
func cloneSession(s Session) Session {
	c := s
	c.Answers = maps.Clone(s.Answers)
	c.Order = slices.Clone(s.Order)
	return c
}

func (e *Engine) forget(ctx context.Context, chat string) (Reply, error) {
	if err := e.store.Delete(ctx, chat); err != nil {
		return unavailable(), fmt.Errorf("%w: delete session: %v", ErrUnavailable, err)
	}
	var r Reply
	r.plain("已删除我这里保存的关于您的全部记录（自查进度和回答）。之后的提问不受影响，需要时可以重新开始 /check。")
	r.Forgotten = true
	return r, nil
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
		r.plain("抱歉，我只能读文字消息，看不了图片、贴纸、语音或文件。请用文字提问，或发送 /help 查看用法。")
		e.reask(s, &r)
		return r, nil
	}
	text := strings.TrimSpace(in.Text)
	if cmd, arg := parseCommand(text); cmd != "" {
		return e.command(ctx, s, cmd, arg)
	}
	if text == "" { // nothing left once emoji and markup are dropped
		var r Reply
		r.plain("我没看懂这条消息，请用文字描述。")
		e.reask(s, &r)
		return r, nil
	}
	if s.Pending == menuPending {
		if ch, ok := e.pickCheck(text); ok {
			return e.start(s, ch), nil
		}
		// A question while the list is showing is answered; the list stays
		// open, so a number typed next still picks a check.
		r, err := e.free(ctx, text)
		r.add(Note, fmt.Sprintf("（要开始自查，输入编号 1–%d 或名称即可。）", len(e.corpus.Checks)))
		return r, err
	}
	if s.Check != "" && s.Pending != "" {
		return e.answer(ctx, s, text)
	}
	return e.free(ctx, text)
}

// free answers text given outside a check: a greeting, an article number or
// a question.
func (e *Engine) free(ctx context.Context, text string) (Reply, error) {
	if greetingRe.MatchString(text) {
		return e.welcome(), nil
	}
	if !strings.ContainsFunc(text, unicode.IsLetter) {
		var r Reply
		r.plain("我没看懂这条消息。请用文字描述您的问题，例如「大学生创业能贷多少钱」；发送 /help 查看用法。")
		return r, nil
	}
	if n, ok := articleRef(text); ok {
		return e.articleText(n), nil
	}
	r, _, err := e.Ask(ctx, text)
	return r, err
}

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

func (e *Engine) command(ctx context.Context, s *Session, cmd, arg string) (Reply, error) {
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
			r.plain("请在 /ask 后面写上您的问题，例如：/ask 大学生创业能贷多少钱。也可以直接发送问题。")
			return r, nil
		}
		r, err := e.free(ctx, arg)
		e.reask(s, &r)
		return r, err
	case "back":
		return e.back(s), nil
	case "cancel":
		var r Reply
		if s.Check == "" && s.Pending == "" {
			r.plain("现在没有进行中的自查。发送 /check 开始一项自查。")
			return r, nil
		}
		title := e.checkTitle(s.Check)
		endCheck(s)
		if title != "" {
			r.plain("已退出「" + title + "」自查，您的回答已清除。发送 /check 可以重新开始，或直接提问。")
		} else {
			r.plain("已取消。发送 /check 可以重新开始，或直接提问。")
		}
		return r, nil
	case "human":
		return e.human(s), nil
	}
	var r Reply
	r.plain("没有这个命令。")
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

// pickCheck finds a check by menu number, id, title or alias.
func (e *Engine) pickCheck(text string) (*corpus.Check, bool) {
	text = cleanAnswer(text)
	if text == "" {
		return nil, false
	}
	opts := make([]corpus.Option, len(e.corpus.Checks))
	for i, ch := range e.corpus.Checks {
		opts[i] = corpus.Option{Value: ch.ID, Label: ch.Title, Aliases: ch.Aliases}
	}
	id, ok := matchOption(opts, text, false)
	if !ok {
		return nil, false
	}
	return e.corpus.Check(id)
}

func (e *Engine) welcome() Reply {
	var r Reply
	m := e.corpus.Meta
	r.add(Heading, "您好！我是临夏州人才政策助手。")
	r.plain("我熟悉《" + m.Title + "》（" + m.Number + "），可以：\n• 回答您关于这份政策的问题，并注明出自第几条、引用原文；\n• 带您做资格自查（创业担保贷款、离岗创业、科技特派员、技能竞赛荣誉、柔性引进补助），给出结论、理由和条款依据；\n• 答不了的问题，帮您转人工。")
	r.plain("直接发送问题即可，例如「大学生创业能贷多少钱」；发送 /check 开始自查，/help 查看全部命令。")
	r.add(Note, e.validityNotice())
	return r
}

func (e *Engine) help() Reply {
	var r Reply
	r.add(Heading, "使用方法")
	r.plain("直接发送问题，我会在政策原文中查找答案并注明条款。发送「第14条」可以查看该条全文。")
	r.plain("/check 资格自查\n/ask 问题 —— 提问（自查中也可以）\n/back 修改上一题\n/cancel 退出自查\n/human 转人工\n/forget 删除我保存的您的记录\n/about 关于这份政策文件\n/help 查看本说明")
	return r
}

func (e *Engine) about() Reply {
	var r Reply
	m := e.corpus.Meta
	v := m.ValidityAt(e.now())
	r.add(Heading, "《"+m.Title+"》")
	r.plain(fmt.Sprintf("文号：%s\n印发：%s，%s\n依据：%s《%s》（%s）\n结构：%d个部分、%d条，每条注明责任单位\n有效期：%d年，%s至%s",
		m.Number, m.Issuer, corpus.FormatDate(v.Issued), m.Basis.Issuer, m.Basis.Title, m.Basis.Number,
		len(e.corpus.Doc.Parts), len(e.corpus.Doc.Articles), m.ValidYears, corpus.FormatDate(v.Issued), corpus.FormatDate(v.ValidUntil)))
	r.add(Quote, e.corpus.Doc.Closing)
	r.add(Note, e.validityNotice())
	return r
}

func (e *Engine) human(s *Session) Reply {
	var r Reply
	h := &Handoff{Reason: "用户在自由提问中请求人工"}
	if ch, ok := e.corpus.Check(s.Check); ok {
		h.Reason = "用户在「" + ch.Title + "」自查中请求人工"
		if sl, ok := ch.Slot(s.Pending); ok {
			h.Reason += "（当前问题：" + sl.Name + "）"
		}
		for _, id := range s.Order {
			if sl, ok := ch.Slot(id); ok {
				h.Answers = append(h.Answers, sl.Name+"："+sl.Label(s.Answers[id]))
			}
		}
	}
	r.Handoff = h
	r.plain("好的，已为您转人工。" + strings.Join(e.corpus.Meta.Contact, "、") + "等责任单位的工作人员会接手；您也可以直接联系各责任单位咨询。")
	if len(h.Answers) > 0 {
		r.plain("为免您重复说明，工作人员会看到您在本次自查中的回答。")
	}
	e.reask(s, &r)
	return r
}

// reask repeats the pending question after an interruption.
func (e *Engine) reask(s *Session, r *Reply) {
	if s.Pending == menuPending {
		m := e.menuReply(s)
		r.Blocks = append(r.Blocks, m.Blocks...)
		r.Choices = m.Choices
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
	q := e.question(s, ch, sl)
	r.Blocks = append(r.Blocks, Block{Kind: Plain, Text: "接着刚才的自查："})
	r.Blocks = append(r.Blocks, q.Blocks...)
	r.Choices = q.Choices
}
