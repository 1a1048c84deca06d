package review

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Desk reads the staff commands of this package, given in the staff group
// by a member the front end has checked is staff:
//
//	/unanswered [天数]                      the most frequent groups of declined questions
//	/answer Q7F2 第14条「原文」解答           a draft answer to a group (or /answer 「问题」 …)
//	/answer Q7F2 未涉及 解答（写明去哪里）      a draft saying the document does not cover it
//	/approve E123                           a second staff member approves a draft
//	/edit E123 第14条「原文」解答              a new text; the entry is a draft again
//	/withdraw E123                          no longer served
//	/entries                                every entry and its state
//	/export                                 the entries as YAML in corpus/ format
//	/verdict K7Q2-M9XA                      a verdict record, by its number
type Desk struct {
	cfg Config
}

// NewDesk returns a desk over cfg's store.
func NewDesk(cfg Config) *Desk { return &Desk{cfg: cfg} }

// Commands are the commands Desk reads, for a front end deciding where a
// message goes.
var Commands = []string{"unanswered", "answer", "approve", "edit", "withdraw", "entries", "export", "verdict"}

var deskCmdRe = regexp.MustCompile(`^/([A-Za-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$`)

// Owns reports whether text is one of Commands.
func (d *Desk) Owns(text string) bool {
	m := deskCmdRe.FindStringSubmatch(strings.TrimSpace(text))
	return m != nil && slices.Contains(Commands, strings.ToLower(m[1]))
}

// Command answers a staff command given by staff member from in message
// msg (whose number names a new entry). ok is false when text is not one
// of Commands; reply is then empty. Errors of the store are said in the
// reply and returned for the operator's log.
func (d *Desk) Command(ctx context.Context, from, msg int64, text string) (reply string, ok bool, err error) {
	m := deskCmdRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil || !slices.Contains(Commands, strings.ToLower(m[1])) {
		return "", false, nil
	}
	arg := strings.TrimSpace(m[2])
	switch strings.ToLower(m[1]) {
	case "unanswered":
		reply, err = d.unanswered(ctx, arg)
	case "answer":
		reply, err = d.answer(ctx, from, msg, arg)
	case "approve":
		reply, err = d.approve(ctx, from, arg)
	case "edit":
		reply, err = d.edit(ctx, from, arg)
	case "withdraw":
		reply, err = d.withdraw(ctx, from, arg)
	case "entries":
		reply, err = d.entries(ctx)
	case "export":
		reply, err = d.export(ctx)
	case "verdict":
		reply, err = d.verdict(ctx, arg)
	}
	if err != nil {
		return "出错了：存储暂时不可用，请稍后再试。", true, err
	}
	return reply, true, nil
}

// defaultDays is how far /unanswered looks back without a number, and
// topGroups how many groups it shows.
const (
	defaultDays = 30
	topGroups   = 10
)

func (d *Desk) unanswered(ctx context.Context, arg string) (string, error) {
	days := defaultDays
	if arg != "" {
		n, err := strconv.Atoi(strings.TrimSuffix(arg, "天"))
		if err != nil || n < 1 {
			return "用法：/unanswered 或 /unanswered 7（最近几天）", nil
		}
		days = n
	}
	if max := int(d.cfg.Retention / (24 * time.Hour)); max > 0 && days > max {
		days = max
	}
	now := d.cfg.Now()
	gs, err := d.cfg.Store.Declines(ctx, now.AddDate(0, 0, -(days-1)), now)
	if err != nil {
		return "", err
	}
	gs = merge(gs)
	if len(gs) == 0 {
		return fmt.Sprintf("最近%d天没有未能回答的问题。", days), nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "最近%d天未能回答的问题（按次数，共%d组，显示前%d组）：\n", days, len(gs), min(len(gs), topGroups))
	for i, g := range gs[:min(len(gs), topGroups)] {
		fmt.Fprintf(&b, "\n%d. [%s] %d次，最近%s\n   例：「%s」\n", i+1, g.ID, g.Count, day(g.Last), g.Example)
	}
	b.WriteString("\n写解答：/answer 组号 第N条「原文片段」解答；本方案未涉及的：/answer 组号 未涉及 解答（写明去哪里办）。")
	return b.String(), nil
}

var (
	targetRe = regexp.MustCompile(`^(?:([Qq][0-9A-Za-z]{4})|「([^」]+)」)\s*([\s\S]*)$`)
	citedRe  = regexp.MustCompile(`^第\s*(\d{1,3})\s*条\s*「([^」]+)」\s*([\s\S]+)$`)
	noneRe   = regexp.MustCompile(`^(?:本方案)?(?:未涉及|不涉及|没有涉及)[：:，,\s]*([\s\S]+)$`)
	// whereRe finds where an answer sends people: a unit, a window, a
	// telephone number.
	whereRe = regexp.MustCompile(`咨询|联系|前往|窗口|热线|电话|办事|部门|单位|局|中心|政府|\d{5,}`)
)

const usageAnswer = "用法：/answer 组号 第N条「原文片段」解答\n或：/answer 组号 未涉及 解答（写明该去哪里）\n组号见 /unanswered；也可以用「问题原文」代替组号。"

// body is an answer as staff wrote it.
type body struct {
	article int
	quote   string
	answer  string
}

// parseBody reads 「第14条「原文」解答」 or 「未涉及 解答」 and checks it against
// the document. The problem, if any, is said in words for staff.
func (d *Desk) parseBody(s string) (body, string) {
	s = strings.TrimSpace(s)
	if m := noneRe.FindStringSubmatch(s); m != nil {
		ans := strings.TrimSpace(m[1])
		if !whereRe.MatchString(ans) {
			return body{}, "本方案未涉及的问题，解答里要写明该去哪里（哪个部门、窗口或电话），请补上后再发。"
		}
		return body{answer: ans}, ""
	}
	m := citedRe.FindStringSubmatch(s)
	if m == nil {
		return body{}, usageAnswer
	}
	n, _ := strconv.Atoi(m[1])
	art, ok := d.cfg.Corpus.Doc.Article(n)
	if !ok {
		return body{}, fmt.Sprintf("本方案共%d条，没有第%d条，这条解答不能保存。请引用存在的条款，或写「未涉及」。", len(d.cfg.Corpus.Doc.Articles), n)
	}
	quote := strings.TrimSpace(m[2])
	if !strings.Contains(strings.Join(art.Sentences, ""), quote) {
		return body{}, fmt.Sprintf("「%s」不是%s的原文，这条解答不能保存。请从原文中复制一段（发「第%d条」给机器人可看全文）。", quote, art.Cite(), n)
	}
	return body{article: n, quote: quote, answer: strings.TrimSpace(m[3])}, ""
}

func (d *Desk) answer(ctx context.Context, from, msg int64, arg string) (string, error) {
	m := targetRe.FindStringSubmatch(arg)
	if m == nil {
		return usageAnswer, nil
	}
	var question string
	var words []string
	if m[1] != "" {
		id := strings.ToUpper(m[1])
		now := d.cfg.Now()
		since := now.Add(-d.cfg.Retention)
		gs, err := d.cfg.Store.Declines(ctx, since, now)
		if err != nil {
			return "", err
		}
		i := slices.IndexFunc(gs, func(g Group) bool { return g.ID == id })
		if i < 0 {
			return "没有组号 " + id + "（可能已过保存期）。请用 /unanswered 查看现有的组。", nil
		}
		question, words = gs[i].Example, d.cfg.Words(gs[i].Example)
	} else {
		question = d.cfg.Normalize(m[2])
		words = d.cfg.Words(question)
	}
	if len(words) == 0 {
		return "这个问题里没有能用来比对的词，不能据此保存解答。", nil
	}
	b, problem := d.parseBody(m[3])
	if problem != "" {
		return problem, nil
	}
	v := d.cfg.Corpus.Meta.ValidityAt(d.cfg.Now())
	e := Entry{
		ID: "E" + strconv.FormatInt(msg, 10), Question: question, Words: words,
		Article: b.article, Quote: b.quote, Answer: b.answer, State: Draft,
		Author: from, Written: d.cfg.Now(), Document: d.cfg.Corpus.Meta.Number, Until: v.ValidUntil,
	}
	if err := d.cfg.Store.PutEntry(ctx, e); err != nil {
		return "", err
	}
	return "已保存为草稿：\n" + d.show(e) + "\n\n需要另一位工作人员核准后才会提供给用户：/approve " + e.ID, nil
}

// entry loads the entry named by arg.
func (d *Desk) entry(ctx context.Context, arg string) (Entry, string, error) {
	id := strings.ToUpper(strings.Fields(arg + " x")[0])
	if arg == "" {
		return Entry{}, "请写上条目号，例如 /approve E123（见 /entries）。", nil
	}
	e, err := d.cfg.Store.Entry(ctx, id)
	if errors.Is(err, ErrNotFound) {
		return Entry{}, "没有条目 " + id + "，请用 /entries 查看。", nil
	}
	return e, "", err
}

func (d *Desk) approve(ctx context.Context, from int64, arg string) (string, error) {
	e, problem, err := d.entry(ctx, arg)
	if err != nil || problem != "" {
		return problem, err
	}
	switch {
	case e.State != Draft:
		return e.ID + " 不是草稿（" + stateName[e.State] + "），无需核准。", nil
	case e.Author == from:
		return "解答需要由另一位工作人员核准，不能核准自己写的 " + e.ID + "。", nil
	case e.Document != d.cfg.Corpus.Meta.Number:
		return e.ID + " 是针对另一份文件写的，不能核准。", nil
	}
	e.State, e.Approver, e.Approved = Approved, from, d.cfg.Now()
	if err := d.cfg.Store.PutEntry(ctx, e); err != nil {
		return "", err
	}
	return "已核准，接近的问题会得到这条解答（标注「工作人员解答」，附原文）：\n" + d.show(e), nil
}

func (d *Desk) edit(ctx context.Context, from int64, arg string) (string, error) {
	e, problem, err := d.entry(ctx, arg)
	if err != nil || problem != "" {
		return problem, err
	}
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(arg), strings.Fields(arg)[0]))
	b, problem := d.parseBody(rest)
	if problem != "" {
		return problem, nil
	}
	v := d.cfg.Corpus.Meta.ValidityAt(d.cfg.Now())
	e.Article, e.Quote, e.Answer = b.article, b.quote, b.answer
	e.State, e.Author, e.Approver, e.Approved, e.Written = Draft, from, 0, time.Time{}, d.cfg.Now()
	e.Document, e.Until = d.cfg.Corpus.Meta.Number, v.ValidUntil
	if err := d.cfg.Store.PutEntry(ctx, e); err != nil {
		return "", err
	}
	return "已修改，重新成为草稿（核准前不提供给用户）：\n" + d.show(e) + "\n\n请另一位工作人员核准：/approve " + e.ID, nil
}

func (d *Desk) withdraw(ctx context.Context, from int64, arg string) (string, error) {
	e, problem, err := d.entry(ctx, arg)
	if err != nil || problem != "" {
		return problem, err
	}
	if e.State == Withdrawn {
		return e.ID + " 已经撤回了。", nil
	}
	e.State = Withdrawn
	if err := d.cfg.Store.PutEntry(ctx, e); err != nil {
		return "", err
	}
	return "已撤回 " + e.ID + "，不再提供给用户。", nil
}

func (d *Desk) entries(ctx context.Context) (string, error) {
	es, err := d.cfg.Store.Entries(ctx)
	if err != nil {
		return "", err
	}
	if len(es) == 0 {
		return "还没有解答条目。用 /unanswered 查看未能回答的问题，用 /answer 写解答。", nil
	}
	sortEntries(es)
	var b strings.Builder
	fmt.Fprintf(&b, "解答条目（%d条）：", len(es))
	for _, e := range es {
		b.WriteString("\n\n" + d.show(e))
	}
	return b.String(), nil
}

func (d *Desk) export(ctx context.Context) (string, error) {
	es, err := d.cfg.Store.Entries(ctx)
	if err != nil {
		return "", err
	}
	data, err := Export(d.cfg.Corpus.Meta.Number, es)
	if err != nil {
		return "", err
	}
	return "以下内容可存为 corpus/staff-answers.yaml，提交拉取请求审阅：\n\n" + string(data), nil
}

func (d *Desk) verdict(ctx context.Context, arg string) (string, error) {
	ref, ok := ParseRef(arg)
	if !ok {
		return "用法：/verdict K7Q2-M9XA（用户出示的自查编号）", nil
	}
	v, err := d.cfg.Store.Verdict(ctx, ref)
	if errors.Is(err, ErrNotFound) {
		return "没有自查编号 " + ref + " 的记录（可能输错了，已过保存期，或用户已删除）。", nil
	}
	if err != nil {
		return "", err
	}
	lines := v.Lines()
	lines = append(lines, "规则数据："+v.Check+"@"+v.RuleHash, "时间："+v.At.In(chinaTime).Format("2006-01-02 15:04"))
	if ch, ok := d.cfg.Corpus.Check(v.Check); ok && RuleHash(ch) != v.RuleHash {
		lines = append(lines, "注意：此后这项自查的规则已有修改，现在重做结论可能不同。")
	}
	return strings.Join(lines, "\n"), nil
}

var stateName = map[State]string{Draft: "草稿，待核准", Approved: "已核准", Withdrawn: "已撤回"}

// show renders an entry for staff.
func (d *Desk) show(e Entry) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s｜%s｜问：「%s」", e.ID, stateName[e.State], e.Question)
	if e.Article > 0 {
		fmt.Fprintf(&b, "\n依据第%d条：「%s」", e.Article, e.Quote)
	} else {
		b.WriteString("\n本方案未涉及")
	}
	b.WriteString("\n答：" + e.Answer)
	fmt.Fprintf(&b, "\n撰写 %d，%s", e.Author, day(e.Written))
	if e.State == Approved {
		fmt.Fprintf(&b, "；核准 %d，%s", e.Approver, day(e.Approved))
	}
	return b.String()
}

var chinaTime = time.FixedZone("CST", 8*3600)

func day(t time.Time) string { return t.In(chinaTime).Format("2006-01-02") }

// sortEntries orders entries by when they were written, then by number
// (E99 before E101).
func sortEntries(es []Entry) {
	slices.SortFunc(es, func(a, b Entry) int {
		if c := a.Written.Compare(b.Written); c != 0 {
			return c
		}
		if len(a.ID) != len(b.ID) {
			return len(a.ID) - len(b.ID)
		}
		return strings.Compare(a.ID, b.ID)
	})
}
