package bot

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/go-telegram/bot/models"

	"github.com/linxia-talent/policybot/dialog"
)

var userTagRe = regexp.MustCompile(`#u(\d+)`)

// replyWithHandoff renders a reply, passing a request for a person to the
// staff chat first. If the staff chat cannot be reached the user is told.
func (b *Bot) replyWithHandoff(chat int64, reply dialog.Reply) []op {
	if reply.Handoff == nil {
		return replyOps(chat, reply)
	}
	b.m.Handoffs.Inc()
	if b.cfg.StaffChat == 0 {
		reply.Blocks = append(reply.Blocks, dialog.Block{Kind: dialog.Note,
			Text: "目前没有接入在线值班人员，请直接联系上面的责任单位，或稍后再试 /human。"})
		return replyOps(chat, reply)
	}
	var sb strings.Builder
	sb.WriteString("🙋 转人工请求 #u" + strconv.FormatInt(chat, 10) + "\n")
	sb.WriteString("原因：" + reply.Handoff.Reason + "\n")
	for _, a := range reply.Handoff.Answers {
		sb.WriteString("• " + a + "\n")
	}
	sb.WriteString("请直接「回复」这条消息，您的回复会转给这位用户。")
	staff := textOp(b.cfg.StaffChat, sb.String())
	staff.Else = []op{textOp(chat, "抱歉，转人工暂时没有成功，请稍后再试 /human，或直接联系上面的责任单位。")}
	return append([]op{staff}, replyOps(chat, reply)...)
}

// onStaffMessage relays a staff member's reply to a hand-off to the user,
// and tells staff whether it arrived.
func (b *Bot) onStaffMessage(m *models.Message) []op {
	tag := userTagRe.FindStringSubmatch(m.ReplyToMessage.Text)
	if tag == nil {
		return nil
	}
	user, err := strconv.ParseInt(tag[1], 10, 64)
	if err != nil {
		return nil
	}
	relay := replyOps(user, dialog.Reply{Blocks: []dialog.Block{
		{Kind: dialog.Heading, Text: "工作人员回复："},
		{Kind: dialog.Plain, Text: m.Text},
	}})
	ok := textOp(m.Chat.ID, "已转给用户 #u"+tag[1]+"。")
	failed := textOp(m.Chat.ID, "没能转给用户 #u"+tag[1]+"（对方可能已停用机器人）。")
	// Chain the parts so that staff hear once, after the last part or the
	// first refused one.
	next := []op{ok}
	for i := len(relay) - 1; i >= 0; i-- {
		relay[i].Then = next
		relay[i].Else = []op{failed}
		next = []op{relay[i]}
	}
	return next
}
