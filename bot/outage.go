package bot

import (
	"context"
	"sync"
	"time"

	"github.com/go-telegram/bot/models"
)

// While the session store cannot be reached, an update is not acknowledged:
// in webhook mode the webhook answers 500 and Telegram sends it again later,
// holding the chat's next updates behind it; in polling mode the chat's
// queue retries it in place (pollRetry), so its next updates wait too. The
// user is told once per outage that the answer is delayed and will come
// without typing again; the mark is cleared when the store answers for the
// chat again. The marks live in this process only: with several replicas a
// user may be told once by each.
type outage struct {
	mu   sync.Mutex
	told map[int64]time.Time
}

func newOutage() *outage { return &outage{told: map[int64]time.Time{}} }

// retell is how long after telling a user of a delay they may be told
// again, should the store still be down.
const retell = 10 * time.Minute

// tell reports whether chat should be told now, and marks it told.
func (o *outage) tell(chat int64, now time.Time) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	if t, ok := o.told[chat]; ok && now.Sub(t) < retell {
		return false
	}
	o.told[chat] = now
	return true
}

// over forgets chat's mark: the store answered for it again.
func (o *outage) over(chat int64) {
	o.mu.Lock()
	delete(o.told, chat)
	o.mu.Unlock()
}

// txtDelayed is said once when a message cannot be recorded yet.
const txtDelayed = "抱歉，服务暂时连不上，您的消息已经收到，恢复后我会按顺序回复，不用重发。"

// delayed tells the user, without an outbox (the store is down), that the
// answer is delayed — once per outage.
func (b *Bot) delayed(ctx context.Context, u *models.Update, chat int64) {
	if q := u.CallbackQuery; q != nil {
		b.exec(ctx, answerOp(q.ID, "稍后处理，不用重按。"))
	}
	if !b.outage.tell(chat, b.cfg.Now()) {
		return
	}
	if u.Message == nil || u.Message.Chat.Type == models.ChatTypePrivate {
		b.exec(ctx, textOp(chat, txtDelayed))
	}
}

// pollRetry handles an update that came by long polling until it is
// applied and delivered, or the bot closes. There is no redelivery in
// polling mode, so a chat's queue holds its updates here while the store is
// down, keeping their order.
func (b *Bot) pollRetry(u *models.Update) {
	wait := 500 * time.Millisecond
	for !b.handle(b.base, u) {
		select {
		case <-b.base.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, 5*time.Second)
	}
}
