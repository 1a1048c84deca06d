package bot

// The staff desk's Telegram side: a hand-off opens a case (package desk),
// posted to the staff chat (in its own topic when the chat is a forum) with
// 接手 / 关闭 buttons; staff answer in the topic or by replying to the
// case's messages, and only staff do (StaffAuth). While a case is open the
// user's messages go to it; when it closes the bot answers again.

import (
	"context"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/linxia-talent/policybot/desk"
	"github.com/linxia-talent/policybot/dialog"
)

// Button data of the staff chat: 「desk:claim:<id>」, 「desk:close:<id>」.
const (
	deskPrefix  = "desk:"
	claimPrefix = deskPrefix + "claim:"
	closePrefix = deskPrefix + "close:"
)

// What users and staff read about cases.
const (
	txtNoStaff        = "目前没有接入在线值班人员，请直接联系上面的责任单位，或稍后再试 /human。"
	txtCaseOpened     = "已为您创建人工服务案件 #%d。工作人员接手后会在这里直接回复您；在此期间您发来的文字消息都会转给工作人员。如果%s内还没有人接手，我们会再次提醒值班人员。不再需要时发送 /cancel 结束。"
	txtCaseAgain      = "您的人工服务案件 #%d 正在处理中，工作人员会在这里直接回复您；您发来的文字消息都会转给工作人员。"
	txtCaseFailed     = "抱歉，转人工暂时没有成功，请稍后再试 /human，或直接联系上面的责任单位。"
	txtCaseDown       = "抱歉，人工服务暂时不可用，请稍后再试 /human，或直接联系上面的责任单位。"
	txtCaseClaimed    = "工作人员已接手您的问题（案件 #%d），会在这里直接回复您。"
	txtCaseClosed     = "本次人工服务已结束（案件 #%d）。您可以继续向我提问，或发送 /check 做资格自查；需要时再发送 /human。"
	txtCaseRaisedMe   = "您的人工服务案件 #%d 还在等待工作人员接手，我们已再次提醒值班人员。工作人员接手后会在这里直接回复您，请留意消息。"
	txtCaseCancelled  = "已结束本次人工服务（案件 #%d）。您可以继续向我提问，或发送 /check 做资格自查。"
	txtStaffCancelled = "用户发送 /cancel 结束了案件 #%d。"
	txtCaseTextOnly   = "工作人员这边只能看到文字消息，请用文字描述。"
	txtCaseForgotMe   = "您的人工服务记录也已删除。"
	txtStaffReply     = "工作人员回复（案件 #%d）："
	txtStaffNoCase    = "这条消息没有转给任何用户：它不属于进行中的案件（案件可能已关闭或已被用户删除）。"
	txtStaffClosed    = "案件 #%d 已关闭，这条消息没有转给用户。"
	txtStaffTextOnly  = "只能转发文字消息，这条没有转给用户。"
	txtStaffFailed    = "没能把回复转给案件 #%d 的用户（对方可能已停用或屏蔽机器人）。"
	txtStaffClaimed   = "🙋 %s 已接手案件 #%d。"
	txtStaffClosedBy  = "✅ %s 关闭了案件 #%d，用户已收到通知。"
	txtStaffRaised    = "⏰ 案件 #%d 已等待%s，还没有人接手。"
	txtStaffForgot    = "案件 #%d：用户已要求删除其记录（/forget），内容已删除。"
	txtStaffUserMsg   = "👤 %s："
	txtStaffUserMedia = "👤 %s 发来了一条%s（未转发，已请用户用文字描述）。"
	txtStaffNoCases   = "目前没有进行中的案件。"
	txtStaffCases     = "进行中的案件（%d）："
	txtStaffDeskDown  = "案件记录暂时无法读取，请稍后再试。"
)

var whyLabel = map[desk.Why]string{
	desk.Asked:         "用户发送 /human",
	desk.Words:         "用户说要转人工或投诉",
	desk.Button:        "用户点了「转人工」",
	desk.Declines:      "连续两个问题没能回答",
	desk.Misunderstood: "连续三次没能识别用户的回答",
}

// china is the time zone staff read times in.
var china = time.FixedZone("CST", 8*3600)

// person names a Telegram user for staff.
func person(u *models.User, id int64) desk.Person {
	p := desk.Person{ID: id}
	if u == nil {
		return p
	}
	p.ID = u.ID
	p.Name = strings.TrimSpace(u.FirstName + " " + u.LastName)
	if u.Username != "" {
		p.Name = strings.TrimSpace(p.Name + " @" + u.Username)
	}
	return p
}

// name is how staff see a person: their name and id.
func name(p desk.Person) string {
	if p.Name == "" {
		return "用户 " + strconv.FormatInt(p.ID, 10)
	}
	return p.Name + "（" + strconv.FormatInt(p.ID, 10) + "）"
}

// ago says a duration in words: 「5分钟」, 「2小时」, 「3天」.
func ago(d time.Duration) string {
	switch {
	case d < time.Hour:
		return strconv.Itoa(max(int(d/time.Minute), 1)) + "分钟"
	case d < 48*time.Hour:
		return strconv.Itoa(int(d/time.Hour)) + "小时"
	}
	return strconv.Itoa(int(d/(24*time.Hour))) + "天"
}

func esc(s string) string { return html.EscapeString(s) }

// caseCard is a case as its post in the staff chat shows it (HTML).
func caseCard(c desk.Case) string {
	var b strings.Builder
	state := "等待接手"
	switch c.State {
	case desk.Claimed:
		state = "由 " + esc(c.Owner.Name) + " 接手"
	case desk.Closed:
		state = "已关闭"
	}
	fmt.Fprintf(&b, "🙋 <b>案件 #%d</b> · %s\n", c.ID, state)
	fmt.Fprintf(&b, "用户：%s\n", esc(name(c.User)))
	fmt.Fprintf(&b, "触发：%s\n", esc(whyLabel[c.Why]))
	if c.Reason != "" {
		fmt.Fprintf(&b, "情况：%s\n", esc(c.Reason))
	}
	fmt.Fprintf(&b, "开启：%s\n", c.Opened.In(china).Format("2006-01-02 15:04"))
	if c.Check != "" {
		fmt.Fprintf(&b, "\n<b>自查：%s</b>\n", esc(c.Check))
		for _, a := range c.Answers {
			b.WriteString("• " + esc(a) + "\n")
		}
	}
	if len(c.Verdict) > 0 {
		b.WriteString("\n<b>结论</b>\n")
		for _, l := range c.Verdict {
			b.WriteString(esc(l) + "\n")
		}
	}
	if len(c.Articles) > 0 {
		arts := make([]string, len(c.Articles))
		for i, n := range c.Articles {
			arts[i] = "第" + strconv.Itoa(n) + "条"
		}
		b.WriteString("涉及条款：" + strings.Join(arts, "、") + "\n")
	}
	if c.Open() {
		b.WriteString("\n<i>点「接手」，然后在本话题里发言（或「回复」本案件的任何一条消息），内容就会转给用户；处理完点「关闭」。</i>")
	}
	return b.String()
}

// caseKeys are the buttons of a case's post.
func caseKeys(c desk.Case) []dialog.Choice {
	id := strconv.FormatInt(c.ID, 10)
	switch c.State {
	case desk.Waiting:
		return []dialog.Choice{{Label: "🙋 接手", Data: claimPrefix + id}, {Label: "✅ 关闭", Data: closePrefix + id}}
	case desk.Claimed:
		return []dialog.Choice{{Label: "✅ 关闭", Data: closePrefix + id}}
	}
	return nil
}

// cardOp edits a case's post to show it as it now is; nothing when the
// post was never sent.
func (b *Bot) cardOp(c desk.Case) []op {
	if c.Post == 0 {
		return nil
	}
	return []op{{Method: mEditText, Chat: b.cfg.StaffChat, Msg: c.Post, Text: caseCard(c), HTML: true, Keys: caseKeys(c), Raw: true}}
}

// inCase is a message to staff in a case's topic (or under its post).
func (b *Bot) inCase(c desk.Case, text string) op {
	return op{Method: mSend, Chat: b.cfg.StaffChat, Text: text, Case: c.ID}
}

// postCase presents a new case to staff: in a topic of its own when the
// staff chat is a forum, else as a message; if neither can be sent, the
// user is told.
func (b *Bot) postCase(ctx context.Context, c desk.Case) []op {
	card := op{Method: mSend, Chat: b.cfg.StaffChat, Text: caseCard(c), Keys: caseKeys(c), Raw: true, Case: c.ID,
		Else: []op{textOp(c.User.ID, txtCaseFailed)}}
	if !b.isForum(ctx) {
		return []op{card}
	}
	topic := fmt.Sprintf("#%d %s", c.ID, c.User.Name)
	if c.Check != "" {
		topic += " · " + c.Check
	}
	topic = truncate(topic, 128)
	return []op{{Method: mTopic, Chat: b.cfg.StaffChat, Text: topic, Case: c.ID, Then: []op{card}, Else: []op{card}}}
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}

// isForum reports whether the staff chat has topics; asked once (again
// after a failure).
func (b *Bot) isForum(ctx context.Context) bool {
	b.forumMu.Lock()
	defer b.forumMu.Unlock()
	if b.forumKnown {
		return b.forum
	}
	err := b.call(ctx, "getChat", func(ctx context.Context) error {
		ch, err := b.tg.GetChat(ctx, &tgbot.GetChatParams{ChatID: b.cfg.StaffChat})
		if err == nil {
			b.forum = ch.IsForum
		}
		return err
	})
	if err != nil {
		b.log.Warn("staff chat unreadable; posting cases without topics", "err", err)
		return false
	}
	b.forumKnown = true
	return b.forum
}

// placeInCase puts a staff-chat message of a case into the case's topic,
// or under its post.
func (b *Bot) placeInCase(ctx context.Context, id int64, p *tgbot.SendMessageParams) {
	c, err := b.desk.Get(ctx, id)
	if err != nil {
		return
	}
	switch {
	case c.Topic != 0:
		p.MessageThreadID = c.Topic
	case c.Post != 0:
		p.ReplyParameters = &models.ReplyParameters{MessageID: c.Post, AllowSendingWithoutReply: true}
	}
}

// linkToCase records a topic or message sent for a case, so that staff
// can answer there.
func (b *Bot) linkToCase(ctx context.Context, id int64, topic, msg int) {
	var err error
	if topic != 0 {
		if err = b.desk.Link(ctx, desk.TopicKey(topic), id); err == nil {
			_, err = b.desk.Placed(ctx, id, topic, 0)
		}
	}
	if msg != 0 && err == nil {
		if err = b.desk.Link(ctx, desk.MessageKey(msg), id); err == nil {
			_, err = b.desk.Placed(ctx, id, 0, msg)
		}
	}
	if err != nil && !errors.Is(err, desk.ErrNotFound) {
		b.log.Error("link a staff message to its case", "case", id, "err", err)
	}
}

// replyWithHandoff renders a reply; a request for a person opens a case
// (or adds to the user's open one) and presents it to staff.
func (b *Bot) replyWithHandoff(ctx context.Context, chat int64, from *models.User, reply dialog.Reply) []op {
	h := reply.Handoff
	if h == nil {
		return replyOps(chat, reply)
	}
	b.m.Handoffs.Inc()
	if b.cfg.StaffChat == 0 {
		reply.Blocks = append(reply.Blocks, dialog.Block{Kind: dialog.Note, Text: txtNoStaff})
		return replyOps(chat, reply)
	}
	c, created, err := b.desk.Open(ctx, desk.Request{User: person(from, chat), Why: desk.Why(h.Trigger), Reason: h.Reason,
		Check: h.Check, Answers: h.Answers, Verdict: h.Verdict, Articles: h.Articles})
	if err != nil {
		b.log.Error("open a case", "chat", chat, "err", err)
		reply.Blocks = append(reply.Blocks, dialog.Block{Kind: dialog.Note, Text: txtCaseDown})
		return replyOps(chat, reply)
	}
	if !created {
		b.log.Info("case asked for again", "case", c.ID, "chat", chat, "trigger", string(h.Trigger))
		reply.Blocks = append(reply.Blocks, dialog.Block{Kind: dialog.Note, Text: fmt.Sprintf(txtCaseAgain, c.ID)})
		return replyOps(chat, reply)
	}
	b.log.Info("case opened", "case", c.ID, "chat", chat, "trigger", string(h.Trigger))
	reply.Blocks = append(reply.Blocks, dialog.Block{Kind: dialog.Note, Text: fmt.Sprintf(txtCaseOpened, c.ID, ago(b.cfg.RaiseAfter))})
	return append(b.postCase(ctx, c), replyOps(chat, reply)...)
}

// toCase passes a user's message to their open case, if they have one:
// text goes to staff; /human is told the case is under way; /forget and
// button presses take the usual road. It reports whether it took the
// message.
func (b *Bot) toCase(ctx context.Context, chat int64, m *models.Message, kind string) ([]op, bool) {
	if b.cfg.StaffChat == 0 {
		return nil, false
	}
	c, err := b.desk.OpenOf(ctx, chat)
	if errors.Is(err, desk.ErrNotFound) {
		return nil, false
	}
	if err != nil {
		b.log.Error("look up the open case", "chat", chat, "err", err)
		return nil, false
	}
	cmd := ""
	if kind == "command" {
		cmd = strings.ToLower(strings.TrimPrefix(strings.Fields(m.Text)[0], "/"))
		cmd, _, _ = strings.Cut(cmd, "@")
	}
	switch {
	case cmd == "forget":
		return nil, false
	case cmd == "cancel":
		c, err := b.desk.Close(ctx, c.ID, chat)
		if err != nil {
			return nil, false // closed meanwhile, or unreadable: the bot answers
		}
		b.log.Info("case closed by its user", "case", c.ID, "chat", chat)
		ops := b.cardOp(c)
		return append(ops, b.inCase(c, esc(fmt.Sprintf(txtStaffCancelled, c.ID))), textOp(chat, fmt.Sprintf(txtCaseCancelled, c.ID))), true
	case cmd == "human" || cmd == "start":
		b.desk.Note(ctx, c.ID, "asked-again:"+string(desk.Asked), chat)
		return []op{textOp(chat, fmt.Sprintf(txtCaseAgain, c.ID))}, true
	case m.Text == "":
		return []op{
			b.inCase(c, fmt.Sprintf(txtStaffUserMedia, esc(name(c.User)), mediaName(kind))),
			textOp(chat, txtCaseTextOnly),
		}, true
	}
	c, err = b.desk.Say(ctx, c.ID, desk.Message{By: chat, Text: m.Text}, person(m.From, chat))
	if err != nil {
		if errors.Is(err, desk.ErrClosed) || errors.Is(err, desk.ErrNotFound) {
			return nil, false // closed meanwhile: the bot answers
		}
		b.log.Error("add a message to its case", "chat", chat, "err", err)
		return nil, false
	}
	return b.toStaff(c, fmt.Sprintf(txtStaffUserMsg, name(c.User)), m.Text), true
}

// toStaff is a message to staff in a case's thread: a heading and text,
// in as many parts as it takes.
func (b *Bot) toStaff(c desk.Case, head, text string) []op {
	var ops []op
	for _, part := range renderHTML([]dialog.Block{{Kind: dialog.Heading, Text: head}, {Kind: dialog.Plain, Text: text}}, maxMessage) {
		ops = append(ops, b.inCase(c, part))
	}
	return ops
}

// mediaName names a kind of message for staff.
func mediaName(kind string) string {
	switch kind {
	case "sticker":
		return "贴纸"
	case "photo":
		return "图片"
	case "voice":
		return "语音"
	case "video":
		return "视频"
	case "document":
		return "文件"
	case "location":
		return "位置"
	case "contact":
		return "联系人名片"
	}
	return "非文字消息"
}

// forgetCases deletes the user's cases, open and closed, and edits their
// posts (and topics) in the staff chat to say so.
func (b *Bot) forgetCases(ctx context.Context, chat int64) ([]op, bool) {
	if b.cfg.StaffChat == 0 {
		return nil, false
	}
	gone, err := b.desk.Forget(ctx, chat)
	if err != nil {
		b.log.Error("forget the cases of a user", "chat", chat, "err", err)
		return nil, false
	}
	var ops []op
	for _, c := range gone {
		text := esc(fmt.Sprintf(txtStaffForgot, c.ID))
		if c.Post != 0 {
			ops = append(ops, op{Method: mEditText, Chat: b.cfg.StaffChat, Msg: c.Post, Text: text, HTML: true})
		}
		if c.Topic != 0 {
			ops = append(ops, op{Method: mEditTopic, Chat: b.cfg.StaffChat, Thread: c.Topic, Text: fmt.Sprintf("#%d（已删除）", c.ID)})
		}
		b.log.Info("case forgotten", "case", c.ID, "chat", chat)
	}
	return ops, len(gone) > 0
}

// staffCommand reads 「/cases」 or 「/cases@bot」; "" for other text.
func (b *Bot) staffCommand(text string) string {
	f := strings.Fields(text)
	if len(f) == 0 || !strings.HasPrefix(f[0], "/") {
		return ""
	}
	cmd, at, _ := strings.Cut(strings.TrimPrefix(f[0], "/"), "@")
	if at != "" && b.username != "" && !strings.EqualFold(at, b.username) {
		return ""
	}
	return strings.ToLower(cmd)
}

// isStaff asks StaffAuth, logging a failure (the answer is then no).
func (b *Bot) isStaff(ctx context.Context, user int64) bool {
	ok, err := b.staff.IsStaff(ctx, user)
	if err != nil {
		b.log.Warn("staff check", "user", user, "err", err)
	}
	return ok
}

// caseOfMessage finds the case a staff-chat message is about: by its
// topic, or by the message it replies to.
func (b *Bot) caseOfMessage(ctx context.Context, m *models.Message) (desk.Case, error) {
	if m.IsTopicMessage && m.MessageThreadID != 0 {
		c, err := b.desk.Find(ctx, desk.TopicKey(m.MessageThreadID))
		if !errors.Is(err, desk.ErrNotFound) {
			return c, err
		}
	}
	if r := m.ReplyToMessage; r != nil {
		return b.desk.Find(ctx, desk.MessageKey(r.ID))
	}
	return desk.Case{}, desk.ErrNotFound
}

// onStaffMessage handles a message in the staff chat: /cases, or a reply
// in a case, relayed to its user. Anyone but staff is ignored (and
// logged); a staff reply that reaches no open case is refused, with the
// reason.
func (b *Bot) onStaffMessage(ctx context.Context, m *models.Message) []op {
	if m.From == nil || m.From.IsBot {
		return nil
	}
	thread := 0
	if m.IsTopicMessage {
		thread = m.MessageThreadID
	}
	if cmd := b.staffCommand(m.Text); cmd != "" {
		if cmd != "cases" {
			return nil
		}
		if !b.isStaff(ctx, m.From.ID) {
			b.log.Warn("staff command from a non-staff member ignored", "user", m.From.ID)
			return nil
		}
		return b.listCases(ctx, thread)
	}
	c, err := b.caseOfMessage(ctx, m)
	notice := func(text string) []op {
		o := textOp(b.cfg.StaffChat, text)
		o.Thread = thread
		return []op{o}
	}
	switch {
	case errors.Is(err, desk.ErrNotFound):
		// Chatter in the group is none of the bot's business; a reply to
		// the bot's own message is a relay that reaches nobody.
		if r := m.ReplyToMessage; r != nil && r.From != nil && r.From.ID == b.id && b.isStaff(ctx, m.From.ID) {
			return notice(txtStaffNoCase)
		}
		return nil
	case err != nil:
		b.log.Error("find the case of a staff message", "err", err)
		if b.isStaff(ctx, m.From.ID) {
			return notice(txtStaffDeskDown)
		}
		return nil
	}
	if !b.isStaff(ctx, m.From.ID) {
		b.log.Warn("relay by a non-staff member ignored", "user", m.From.ID, "case", c.ID)
		return nil
	}
	switch {
	case !c.Open():
		b.desk.Note(ctx, c.ID, "relay-refused", m.From.ID)
		return notice(fmt.Sprintf(txtStaffClosed, c.ID))
	case m.Text == "":
		return notice(txtStaffTextOnly)
	}
	staff := person(m.From, m.From.ID)
	was := c.State
	c, err = b.desk.Say(ctx, c.ID, desk.Message{Staff: true, By: staff.ID, Text: m.Text}, staff)
	switch {
	case errors.Is(err, desk.ErrClosed), errors.Is(err, desk.ErrNotFound):
		return notice(fmt.Sprintf(txtStaffClosed, c.ID))
	case err != nil:
		b.log.Error("add a staff reply to its case", "case", c.ID, "err", err)
		return notice(txtStaffDeskDown)
	}
	var ops []op
	if was == desk.Waiting {
		ops = append(ops, b.cardOp(c)...)
	}
	relay := replyOps(c.User.ID, dialog.Reply{Blocks: []dialog.Block{
		{Kind: dialog.Heading, Text: fmt.Sprintf(txtStaffReply, c.ID)},
		{Kind: dialog.Plain, Text: m.Text},
	}})
	failed := b.inCase(c, esc(fmt.Sprintf(txtStaffFailed, c.ID)))
	// Chain the parts so that staff hear of the first refused one, once.
	var next []op
	for i := len(relay) - 1; i >= 0; i-- {
		relay[i].Then = next
		relay[i].Else = []op{failed}
		next = []op{relay[i]}
	}
	b.log.Info("staff reply relayed", "case", c.ID, "staff", staff.ID)
	return append(ops, next...)
}

// listCases answers /cases: the open cases with their age and owner.
func (b *Bot) listCases(ctx context.Context, thread int) []op {
	open, err := b.desk.List(ctx)
	var text string
	switch {
	case err != nil:
		b.log.Error("list cases", "err", err)
		text = txtStaffDeskDown
	case len(open) == 0:
		text = txtStaffNoCases
	default:
		lines := []string{fmt.Sprintf(txtStaffCases, len(open))}
		now := b.cfg.Now()
		for _, c := range open {
			owner := "等待接手"
			if c.State == desk.Claimed {
				owner = c.Owner.Name + " 接手"
			}
			line := fmt.Sprintf("#%d · %s · 已%s · %s", c.ID, owner, ago(now.Sub(c.Opened)), name(c.User))
			if c.Check != "" {
				line += " · " + c.Check
			}
			lines = append(lines, line)
		}
		text = strings.Join(lines, "\n")
	}
	var ops []op
	for _, part := range renderHTML([]dialog.Block{{Kind: dialog.Plain, Text: text}}, maxMessage) {
		ops = append(ops, op{Method: mSend, Chat: b.cfg.StaffChat, Text: part, Thread: thread})
	}
	return ops
}

// onStaffButton handles 接手 and 关闭. A press by anyone but staff does
// nothing visible and is logged.
func (b *Bot) onStaffButton(ctx context.Context, q *models.CallbackQuery) []op {
	quiet := []op{answerOp(q.ID, "")}
	if !b.isStaff(ctx, q.From.ID) {
		b.log.Warn("staff button pressed by a non-staff member ignored", "user", q.From.ID)
		return quiet
	}
	staff := person(&q.From, q.From.ID)
	var id int64
	var claim bool
	switch {
	case strings.HasPrefix(q.Data, claimPrefix):
		id, _ = strconv.ParseInt(strings.TrimPrefix(q.Data, claimPrefix), 10, 64)
		claim = true
	case strings.HasPrefix(q.Data, closePrefix):
		id, _ = strconv.ParseInt(strings.TrimPrefix(q.Data, closePrefix), 10, 64)
	default:
		return quiet
	}
	var c desk.Case
	var err error
	if claim {
		c, err = b.desk.Claim(ctx, id, staff)
	} else {
		c, err = b.desk.Close(ctx, id, staff.ID)
	}
	switch {
	case errors.Is(err, desk.ErrNotFound):
		return []op{answerOp(q.ID, "这个案件已不存在（可能已被用户删除）。")}
	case errors.Is(err, desk.ErrClosed):
		return []op{answerOp(q.ID, "这个案件已经关闭了。")}
	case errors.Is(err, desk.ErrClaimed):
		got, _ := b.desk.Get(ctx, id)
		return []op{answerOp(q.ID, "这个案件已由 "+got.Owner.Name+" 接手。")}
	case err != nil:
		b.log.Error("staff button", "case", id, "err", err)
		return []op{answerOp(q.ID, txtStaffDeskDown)}
	}
	ops := []op{answerOp(q.ID, "")}
	ops = append(ops, b.cardOp(c)...)
	if claim {
		b.log.Info("case claimed", "case", c.ID, "staff", staff.ID)
		return append(ops, b.inCase(c, esc(fmt.Sprintf(txtStaffClaimed, staff.Name, c.ID))), textOp(c.User.ID, fmt.Sprintf(txtCaseClaimed, c.ID)))
	}
	b.log.Info("case closed", "case", c.ID, "staff", staff.ID)
	return append(ops, b.inCase(c, esc(fmt.Sprintf(txtStaffClosedBy, staff.Name, c.ID))), textOp(c.User.ID, fmt.Sprintf(txtCaseClosed, c.ID)))
}

// RunDesk raises again, every so often until ctx ends, the cases nobody
// claimed within RaiseAfter, and tells their users. With several
// processes each case is raised by one.
func (b *Bot) RunDesk(ctx context.Context) {
	if b.cfg.StaffChat == 0 {
		return
	}
	every := min(max(b.cfg.RaiseAfter/4, 10*time.Millisecond), time.Minute)
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(every):
		}
		due, err := b.desk.Due(ctx, b.cfg.RaiseAfter)
		if err != nil {
			b.log.Warn("look for waiting cases", "err", err)
		}
		for _, c := range due {
			b.log.Info("case raised again", "case", c.ID)
			reminder := b.inCase(c, esc(fmt.Sprintf(txtStaffRaised, c.ID, ago(b.cfg.Now().Sub(c.Opened)))))
			reminder.Keys, reminder.Raw = caseKeys(c), true
			for _, o := range []op{reminder, textOp(c.User.ID, fmt.Sprintf(txtCaseRaisedMe, c.ID))} {
				if err := b.exec(ctx, o); err != nil {
					b.log.Warn("raise a case", "case", c.ID, "method", o.Method, "err", err)
				}
			}
		}
	}
}
