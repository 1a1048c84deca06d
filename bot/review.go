package bot

import (
	"context"
	"strings"

	"github.com/go-telegram/bot/models"
)

// ReviewDesk answers the staff's review commands (/unanswered, /answer,
// /approve, /edit, /withdraw, /entries, /export, /verdict): review.Desk.
type ReviewDesk interface {
	// Owns reports whether text is one of its commands.
	Owns(text string) bool
	// Command answers text from staff member from in message msg; ok is
	// false when text is not one of its commands. err is for the log; the
	// reply already says what went wrong.
	Command(ctx context.Context, from, msg int64, text string) (reply string, ok bool, err error)
}

// isStaffCommand reports whether a staff chat message is a command, which
// onStaffCommand looks at even when it replies to nothing.
func isStaffCommand(m *models.Message) bool { return strings.HasPrefix(m.Text, "/") }

// onStaffCommand gives a command written in the staff chat to the review
// desk, only for a member the staff check accepts. ok is false when the
// message is not a review command, so it goes on to the hand-off relay.
func (b *Bot) onStaffCommand(ctx context.Context, m *models.Message) (ops []op, ok bool) {
	if b.cfg.Review == nil || m.From == nil || !b.cfg.Review.Owns(m.Text) {
		return nil, false
	}
	if !b.isStaff(ctx, m.From.ID) {
		// As for the desk: nothing visible, only the log.
		b.log.Warn("review command from a non-staff member ignored", "user", m.From.ID)
		return nil, true
	}
	reply, _, err := b.cfg.Review.Command(ctx, m.From.ID, int64(m.ID), m.Text)
	if err != nil {
		b.log.Error("review command", "chat", m.Chat.ID, "user", m.From.ID, "err", err)
	}
	return []op{textOp(m.Chat.ID, reply)}, true
}
