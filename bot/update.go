package bot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/linxia-talent/policybot/dialog"
)

// handle applies one update and delivers its replies. It reports whether
// everything it had to send went out (or was refused for good), which is
// when the update may be acknowledged. It never panics.
func (b *Bot) handle(ctx context.Context, u *models.Update) bool {
	ctx, cancel := context.WithTimeout(ctx, b.cfg.UpdateTimeout)
	defer cancel()
	start := time.Now()
	defer func() { b.m.Latency.Observe(time.Since(start).Seconds()) }()
	kind := kindOf(u)
	b.m.Updates.WithLabelValues(kind).Inc()
	chat := chatOf(u)
	if chat == 0 || ignored(u, kind, b.cfg.StaffChat) {
		return true
	}
	key := sessionChat(chat)
	var fl floodState
	for attempt := 0; attempt < 50; attempt++ {
		now := b.cfg.Now()
		rec, err := b.open(ctx, u, chat, key, now, &fl)
		if errors.Is(err, dialog.ErrDataLost) {
			b.dataLost(ctx)
			continue
		}
		if err != nil {
			if ctx.Err() != nil {
				return false // shutting down or out of time: Telegram redelivers
			}
			b.log.Error("open chat", "chat", chat, "update", u.ID, "err", err)
			b.delayed(ctx, u, chat)
			return false // not applied: handled again when the store is back
		}
		b.outage.over(chat)
		if len(rec.Outbox) > 0 {
			// An earlier delivery of this chat is unfinished: it goes out
			// first (or, if another process is sending it, is waited for).
			if !b.flush(ctx, key, true) {
				return false
			}
			continue
		}
		if rec.Applied(u.ID, now) {
			b.m.Duplicate.Inc()
			return true
		}
		st := &staged{rec: rec}
		ops := b.plan(ctx, u, kind, chat, st, &fl)
		if len(ops) == 0 && !st.changed() {
			return true
		}
		c := dialog.Commit{Update: u.ID, At: now, Version: rec.Version, Owner: b.cfg.Owner, Until: now.Add(b.cfg.Lease)}
		c.Session, c.Delete = st.saved, st.deleted
		if len(ops) > 0 {
			if c.Outbox, err = encodeOps(ops); err != nil {
				b.log.Error("encode outbox", "chat", chat, "update", u.ID, "err", err)
				return true
			}
		}
		switch err := b.cfg.Store.Commit(ctx, key, c); {
		case errors.Is(err, dialog.ErrApplied), errors.Is(err, dialog.ErrConflict):
			continue // another process got there first; look again
		case err != nil:
			// The write may or may not have landed, so the user is not
			// told it was lost; a redelivery finds out which.
			b.log.Error("commit update", "chat", chat, "update", u.ID, "err", err)
			return false
		}
		b.checks.note(key, u.ID, now, st.inCheck())
		if len(ops) == 0 {
			return true
		}
		return b.deliver(ctx, key, u.ID, c.Until, ops)
	}
	b.log.Error("chat kept changing", "chat", chat, "update", u.ID)
	return false
}

// floodState carries the flood count of an update across attempts, so
// that a retried attempt does not count the message again.
type floodState struct {
	counted bool
	n       int64
}

// open reads the chat's record. With FloodOpen, an update that plan counts
// in the flood window (countsFlood) is counted in the same round trip when
// the record shows it new; plan then finds it counted.
func (b *Bot) open(ctx context.Context, u *models.Update, chat int64, key string, now time.Time, fl *floodState) (dialog.Record, error) {
	if b.cfg.FloodOpen == nil || fl.counted || !b.countsFlood(u, chat) {
		return b.cfg.Store.Open(ctx, key)
	}
	rec, n, err := b.cfg.FloodOpen(ctx, key, u.ID, now)
	if n > 0 {
		b.counted(fl, n)
	}
	return rec, err
}

// countsFlood reports whether plan counts u in the chat's flood window
// when the chat's record is not lost (see plan and onButton): a message
// in a private chat other than the staff chat, or a press of the user's
// own button other than the staff desk's.
func (b *Bot) countsFlood(u *models.Update, chat int64) bool {
	staffChat := b.cfg.StaffChat != 0 && chat == b.cfg.StaffChat
	if q := u.CallbackQuery; q != nil {
		return !(staffChat && strings.HasPrefix(q.Data, deskPrefix)) && ownButton(q)
	}
	m := u.Message
	return m != nil && !staffChat && m.Chat.Type == models.ChatTypePrivate
}

// counted records the flood count of the update.
func (b *Bot) counted(fl *floodState, n int64) {
	fl.counted, fl.n = true, n
	if n > b.cfg.FloodLimit {
		b.m.Limited.Inc()
	}
}

// ignored reports updates that need nothing: edits, membership changes,
// service messages, group chatter.
func ignored(u *models.Update, kind string, staff int64) bool {
	switch {
	case u.CallbackQuery != nil:
		return false
	case u.Message == nil:
		return true
	}
	m := u.Message
	switch {
	case staff != 0 && m.Chat.ID == staff:
		// Staff act by replying, in a case's topic, or by a command.
		return m.ReplyToMessage == nil && !m.IsTopicMessage && !strings.HasPrefix(m.Text, "/")
	case m.Chat.Type != models.ChatTypePrivate:
		return kind != "command"
	}
	return kind == "service"
}

// plan decides what an update changes and says, without sending anything.
// A panic is logged without the update's content and the user gets an
// apology.
func (b *Bot) plan(ctx context.Context, u *models.Update, kind string, chat int64, st *staged, fl *floodState) (ops []op) {
	defer func() {
		if p := recover(); p != nil {
			b.m.Panics.Inc()
			b.log.Error("panic while handling an update", "update", u.ID, "kind", kind, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			st.saved, st.deleted = nil, false
			ops = []op{textOp(chat, "抱歉，我这里出了点问题，没能处理您刚才的消息。请再发一次；如果还不行，请发送 /human 转人工。")}
			if q := u.CallbackQuery; q != nil {
				ops = append([]op{answerOp(q.ID, "")}, ops...)
			}
		}
	}()
	if q := u.CallbackQuery; q != nil {
		return b.onButton(ctx, q, chat, st, fl)
	}
	m := u.Message
	switch {
	case b.cfg.StaffChat != 0 && chat == b.cfg.StaffChat:
		if ops, ok := b.onStaffCommand(ctx, m); ok {
			return ops
		}
		return b.onStaffMessage(ctx, m)
	case m.Chat.Type != models.ChatTypePrivate:
		return b.onGroupMessage(m)
	}
	if st.rec.Lost {
		return replyOps(chat, dialog.CheckLost())
	}
	if ops, over := b.flooded(ctx, chat, fl); over {
		return ops
	}
	if ops, taken := b.toCase(ctx, chat, m, kind); taken {
		return ops
	}
	in := dialog.Input{Chat: sessionChat(chat), Text: m.Text}
	if m.Text == "" {
		in.Kind, in.Media = dialog.OtherInput, kind
	}
	reply := b.engine(ctx, chat, st, in)
	if reply.Forgotten {
		staffOps, had := b.forgetCases(ctx, chat)
		if had {
			reply.Blocks = append(reply.Blocks, dialog.Block{Kind: dialog.Plain, Text: txtCaseForgotMe})
		}
		return append(b.replyWithHandoff(ctx, chat, m.From, reply), staffOps...)
	}
	return b.replyWithHandoff(ctx, chat, m.From, reply)
}

// engine runs the dialog engine on the staged session.
func (b *Bot) engine(ctx context.Context, chat int64, st *staged, in dialog.Input) dialog.Reply {
	reply, err := b.cfg.Engine.HandleWith(ctx, st, in)
	if err != nil {
		b.log.Error("engine", "chat", chat, "err", err)
	}
	if reply.Forgotten {
		if err := b.cfg.Limiter.Forget(ctx, in.Chat); err != nil {
			b.log.Error("forget flood counter", "chat", chat, "err", err)
		}
	}
	return reply
}

// flooded counts a message of chat and reports whether it is over the
// limit; the first message over it gets one notice.
func (b *Bot) flooded(ctx context.Context, chat int64, fl *floodState) ([]op, bool) {
	if !fl.counted {
		n, err := b.cfg.Limiter.Hit(ctx, sessionChat(chat))
		if err != nil {
			b.log.Warn("flood control unavailable", "chat", chat, "err", err)
			return nil, false
		}
		b.counted(fl, n)
	}
	if fl.n <= b.cfg.FloodLimit {
		return nil, false
	}
	if fl.n == b.cfg.FloodLimit+1 {
		return []op{textOp(chat, "您发送得有点快，我先歇一会儿。请稍等一分钟再继续，之前的进度都还在。")}, true
	}
	return nil, true
}

func (b *Bot) onButton(ctx context.Context, q *models.CallbackQuery, chat int64, st *staged, fl *floodState) []op {
	msg := q.Message.Message // nil when the message is too old to reach
	if b.cfg.StaffChat != 0 && chat == b.cfg.StaffChat && strings.HasPrefix(q.Data, deskPrefix) {
		return b.onStaffButton(ctx, q)
	}
	if !ownButton(q) {
		return []op{answerOp(q.ID, "这个按钮不属于您的对话。")}
	}
	if st.rec.Lost {
		return append([]op{answerOp(q.ID, "")}, replyOps(chat, dialog.CheckLost())...)
	}
	if _, over := b.flooded(ctx, chat, fl); over {
		return []op{answerOp(q.ID, "请稍等一分钟再继续。")}
	}
	reply, err := b.cfg.Engine.HandleWith(ctx, st, dialog.Input{Chat: sessionChat(chat), Kind: dialog.ButtonInput, Data: q.Data})
	if err != nil {
		b.log.Error("engine", "chat", chat, "err", err)
	}
	ops := []op{answerOp(q.ID, reply.Toast)}
	if msg != nil && err == nil { // on failure the buttons stay, to press again
		ops = append(ops, pressedOp(msg, q.Data, reply.Toast != ""))
	}
	if reply.Toast == "" || len(reply.Blocks) > 0 || reply.Handoff != nil {
		ops = append(ops, b.replyWithHandoff(ctx, chat, &q.From, reply)...)
	}
	return ops
}

// ownButton reports whether a button press may act on its chat: only in a
// private chat, and only by that chat's user.
func ownButton(q *models.CallbackQuery) bool {
	var c *models.Chat
	switch {
	case q.Message.Message != nil:
		c = &q.Message.Message.Chat
	case q.Message.InaccessibleMessage != nil:
		c = &q.Message.InaccessibleMessage.Chat
	default:
		return true // the chat is the user's own (chatOf uses From)
	}
	return c.Type == models.ChatTypePrivate && c.ID == q.From.ID
}

// pressedOp edits the message whose button was pressed: the keyboard goes
// away so it cannot be pressed twice, and the chosen answer is added (or,
// for a stale button, nothing is).
func pressedOp(msg *models.Message, data string, stale bool) op {
	label := ""
	if kb := msg.ReplyMarkup; !stale && kb != nil {
		for _, row := range kb.InlineKeyboard {
			for _, btn := range row {
				if btn.CallbackData == data {
					label = btn.Text
					if num, rest, ok := strings.Cut(label, ". "); ok && isNumber(num) {
						label = rest
					}
				}
			}
		}
	}
	if label == "" {
		return op{Method: mEditMarkup, Chat: msg.Chat.ID, Msg: msg.ID}
	}
	return op{Method: mEditText, Chat: msg.Chat.ID, Msg: msg.ID, Text: msg.Text + "\n\n👉 " + label, Entities: msg.Entities}
}

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// onGroupMessage answers commands in groups with a pointer to a private
// chat: checks ask for personal answers, which do not belong in a group.
func (b *Bot) onGroupMessage(m *models.Message) []op {
	cmd := strings.Fields(m.Text)[0]
	if at := strings.Index(cmd, "@"); at > 0 {
		if b.username != "" && !strings.EqualFold(cmd[at+1:], b.username) {
			return nil // addressed to another bot
		}
	}
	text := "为保护您的隐私，请私聊我提问或做资格自查。"
	if b.username != "" {
		text += "点这里开始：https://t.me/" + b.username + "?start=group"
	}
	return []op{textOp(m.Chat.ID, text)}
}

// chatOf returns the chat an update belongs to, 0 for none.
func chatOf(u *models.Update) int64 {
	switch {
	case u.Message != nil:
		return u.Message.Chat.ID
	case u.EditedMessage != nil:
		return u.EditedMessage.Chat.ID
	case u.CallbackQuery != nil:
		if m := u.CallbackQuery.Message.Message; m != nil {
			return m.Chat.ID
		}
		if m := u.CallbackQuery.Message.InaccessibleMessage; m != nil && m.Chat.ID != 0 {
			return m.Chat.ID
		}
		return u.CallbackQuery.From.ID
	case u.MyChatMember != nil:
		return u.MyChatMember.Chat.ID
	}
	return 0
}

// kindOf names an update's kind for logs and metrics; it never reads text.
func kindOf(u *models.Update) string {
	switch {
	case u.CallbackQuery != nil:
		return "button"
	case u.EditedMessage != nil:
		return "edited"
	case u.MyChatMember != nil:
		return "membership"
	case u.Message == nil:
		return "other"
	}
	m := u.Message
	switch {
	case strings.HasPrefix(m.Text, "/"):
		return "command"
	case m.Text != "":
		return "text"
	case m.Sticker != nil:
		return "sticker"
	case len(m.Photo) > 0:
		return "photo"
	case m.Voice != nil || m.Audio != nil || m.VideoNote != nil:
		return "voice"
	case m.Video != nil || m.Animation != nil:
		return "video"
	case m.Document != nil:
		return "document"
	case m.Location != nil || m.Venue != nil:
		return "location"
	case m.Contact != nil:
		return "contact"
	}
	return "service"
}

// sessionChat is the dialog session key of a Telegram chat.
func sessionChat(chat int64) string { return "tg:" + strconv.FormatInt(chat, 10) }

// chatOfSession is the inverse of sessionChat.
func chatOfSession(key string) (int64, bool) {
	s, ok := strings.CutPrefix(key, "tg:")
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// staged is the session store the engine sees while one update is handled:
// it reads the record loaded for the update and keeps the engine's writes,
// which are committed with the outbox.
type staged struct {
	rec     dialog.Record
	saved   *dialog.Session
	deleted bool
}

func (s *staged) Load(context.Context, string) (dialog.Session, int64, error) {
	switch {
	case s.deleted:
		return dialog.Session{}, 0, nil
	case s.saved != nil:
		return *s.saved, s.rec.Version, nil
	}
	return s.rec.Session, s.rec.Version, nil
}

func (s *staged) Save(_ context.Context, _ string, sess dialog.Session, _ int64) error {
	s.saved, s.deleted = &sess, false
	return nil
}

func (s *staged) Delete(context.Context, string) error {
	s.saved, s.deleted = nil, true
	return nil
}

func (s *staged) changed() bool { return s.saved != nil || s.deleted }

// inCheck reports whether the chat has a check under way after the update.
func (s *staged) inCheck() bool {
	switch {
	case s.deleted:
		return false
	case s.saved != nil:
		return s.saved.Check != ""
	}
	return s.rec.Session.Check != ""
}
