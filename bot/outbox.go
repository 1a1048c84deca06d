package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/linxia-talent/policybot/dialog"
)

// Methods an op can call.
const (
	mSend       = "sendMessage"
	mEditText   = "editMessageText"
	mEditMarkup = "editMessageReplyMarkup"
	mAnswer     = "answerCallbackQuery"
	mTopic      = "createForumTopic"
	mEditTopic  = "editForumTopic"
)

// op is one Bot API call of an outbox. Then runs after it succeeded, Else
// after Telegram refused it for good; the outbox is the ops still to run.
type op struct {
	Method   string                 `json:"m"`
	Chat     int64                  `json:"c,omitempty"`
	Text     string                 `json:"t,omitempty"` // HTML for sendMessage
	Keys     []dialog.Choice        `json:"k,omitempty"` // buttons under a sendMessage
	Msg      int                    `json:"i,omitempty"`
	Entities []models.MessageEntity `json:"e,omitempty"`
	Query    string                 `json:"q,omitempty"`
	// Thread is the forum topic a message goes to (message_thread_id).
	Thread int `json:"th,omitempty"`
	// Case marks a staff-chat message or topic of a hand-off case: a
	// message goes into the case's topic (or under its post), and what is
	// sent is linked to the case, so that staff can answer there.
	Case int64 `json:"cs,omitempty"`
	// HTML marks an edit's Text as HTML (a sent message's always is).
	HTML bool `json:"h,omitempty"`
	// Raw buttons show their labels as they are, not numbered.
	Raw  bool `json:"r,omitempty"`
	Then []op `json:"y,omitempty"`
	Else []op `json:"n,omitempty"`
}

func encodeOps(ops []op) ([]byte, error) {
	if len(ops) == 0 {
		return nil, nil
	}
	return json.Marshal(ops)
}

func decodeOps(data []byte) ([]op, error) {
	var ops []op
	if err := json.Unmarshal(data, &ops); err != nil {
		return nil, fmt.Errorf("decode outbox: %w", err)
	}
	return ops, nil
}

func answerOp(query, text string) op { return op{Method: mAnswer, Query: query, Text: text} }

// textOp is one plain message, escaped.
func textOp(chat int64, text string) op {
	ops := replyOps(chat, dialog.Reply{Blocks: []dialog.Block{{Text: text}}})
	if len(ops) == 0 {
		return op{}
	}
	return ops[0]
}

// replyOps renders a reply as HTML messages, the buttons under the last.
// No message is blank: renderHTML leaves out parts with nothing to show.
func replyOps(chat int64, r dialog.Reply) []op {
	msgs := renderHTML(r.Blocks, maxMessage)
	// A verdict after an answer starts a message of its own: its first
	// lines are the first screen.
	if at, ok := r.VerdictAt(); ok && at > 0 {
		msgs = append(renderHTML(r.Blocks[:at], maxMessage), renderHTML(r.Blocks[at:], maxMessage)...)
	}
	if len(msgs) == 0 && len(r.Choices) > 0 {
		msgs = []string{"请选择："}
	}
	ops := make([]op, len(msgs))
	for i, text := range msgs {
		ops[i] = op{Method: mSend, Chat: chat, Text: text}
	}
	if len(ops) > 0 {
		ops[len(ops)-1].Keys = r.Choices
	}
	return ops
}

// deliver runs the ops of update's outbox, which this process holds until
// until, and records its progress after every message sent. A message
// Telegram refuses for good is logged and skipped, and the rest still goes
// out. It reports
// false when a call could not be made for now (the outbox keeps what is
// left, for a redelivery or the sweep) or the lease was lost.
func (b *Bot) deliver(ctx context.Context, key string, update int64, until time.Time, ops []op) bool {
	chat, _ := chatOfSession(key)
	for len(ops) > 0 {
		o := ops[0]
		ops = ops[1:]
		if o.Method == "" {
			continue
		}
		// A long delivery (429s, backoff) renews its lease before it
		// runs out, so that nobody takes the outbox over meanwhile.
		if now := b.cfg.Now(); until.Sub(now) < b.cfg.Lease/2 {
			d, err := b.cfg.Store.Claim(ctx, key, b.cfg.Owner, now, now.Add(b.cfg.Lease))
			if err != nil || d.Owner != b.cfg.Owner || d.Update != update {
				b.log.Warn("outbox lease lost", "chat", chat, "update", update, "err", err)
				return false
			}
			until = d.Until
		}
		err := b.exec(ctx, o)
		switch {
		case err == nil:
			ops = append(append([]op(nil), o.Then...), ops...)
		case permanent(err):
			b.log.Error("reply not delivered", "chat", o.Chat, "method", o.Method, "err", err)
			ops = append(append([]op(nil), o.Else...), ops...)
		default:
			b.log.Warn("delivery interrupted; the outbox keeps the rest", "chat", chat, "update", update, "method", o.Method, "err", err)
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
			if err := b.cfg.Store.Release(rctx, key, b.cfg.Owner); err != nil {
				b.log.Warn("release outbox", "chat", chat, "err", err)
			}
			cancel()
			return false
		}
		// Answers and edits are safe to repeat; a message is not, so the
		// outbox is written down after each one (and at the end).
		if o.Method != mSend && len(ops) > 0 {
			continue
		}
		rest, err := encodeOps(ops)
		if err == nil {
			err = b.cfg.Store.Progress(ctx, key, update, b.cfg.Owner, until, rest)
		}
		if err != nil {
			if errors.Is(err, dialog.ErrConflict) {
				b.log.Warn("outbox taken over by another process", "chat", chat, "update", update)
			} else {
				b.log.Error("record delivery progress", "chat", chat, "update", update, "err", err)
			}
			return false
		}
	}
	return true
}

// flush sends the chat's waiting outbox. When another process holds it,
// flush waits for it (wait) or gives up at once; it reports whether nothing
// is left to send.
func (b *Bot) flush(ctx context.Context, key string, wait bool) bool {
	pause := 10 * time.Millisecond
	for {
		now := b.cfg.Now()
		d, err := b.cfg.Store.Claim(ctx, key, b.cfg.Owner, now, now.Add(b.cfg.Lease))
		if err != nil {
			b.log.Error("claim outbox", "session", key, "err", err)
			return false
		}
		if len(d.Outbox) == 0 {
			return true
		}
		if d.Owner == b.cfg.Owner {
			ops, err := decodeOps(d.Outbox)
			if err != nil {
				b.log.Error("undecodable outbox dropped", "session", key, "err", err)
				b.cfg.Store.Progress(ctx, key, d.Update, b.cfg.Owner, d.Until, nil)
				return true
			}
			b.m.Redelivered.Inc()
			return b.deliver(ctx, key, d.Update, d.Until, ops)
		}
		if !wait {
			return false
		}
		// Another process is sending it: look again, less and less often.
		select {
		case <-ctx.Done():
			return false
		case <-time.After(pause):
		}
		pause = min(2*pause, 500*time.Millisecond)
	}
}

// Redeliver sends the outboxes that failed deliveries left (this process's
// before a restart, or another's that died), at once and then every
// SweepEvery, until ctx ends. It also notices when the store lost data.
func (b *Bot) Redeliver(ctx context.Context) {
	var all time.Time // the first sweep takes leases of any age it may
	for {
		keys, err := b.cfg.Store.Pending(ctx, all, 500)
		switch {
		case errors.Is(err, dialog.ErrDataLost):
			b.dataLost(ctx)
		case err != nil:
			b.log.Warn("look for waiting outboxes", "err", err)
		}
		for _, key := range keys {
			chat, ok := chatOfSession(key)
			if !ok {
				continue
			}
			b.dispatch.submit(chat, func() {
				hctx, cancel := context.WithTimeout(b.base, b.cfg.UpdateTimeout)
				defer cancel()
				b.flush(hctx, key, false)
			})
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(b.cfg.SweepEvery):
		}
		all = b.cfg.Now()
	}
}

// checkMemory remembers, per chat, the last update this process applied
// while a check was under way, so that when the store loses its data the
// users whose check vanished can be told. Memory per chat in a check.
type checkMemory struct {
	mu    sync.Mutex
	chats map[string]checkMark
}

type checkMark struct {
	update int64
	at     time.Time
}

func newCheckMemory() *checkMemory { return &checkMemory{chats: map[string]checkMark{}} }

func (c *checkMemory) note(key string, update int64, at time.Time, inCheck bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if inCheck {
		c.chats[key] = checkMark{update: update, at: at}
	} else {
		delete(c.chats, key)
	}
}

func (c *checkMemory) snapshot() map[string]checkMark {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]checkMark, len(c.chats))
	for k, v := range c.chats {
		out[k] = v
	}
	return out
}

// dataLost marks the chats this process knew to be in a check as lost, so
// each is told on its next message (unless it moved on since, through
// another process).
func (b *Bot) dataLost(ctx context.Context) {
	b.m.DataLost.Inc()
	marks := b.checks.snapshot()
	n := 0
	for key, m := range marks {
		if err := b.cfg.Store.MarkLost(ctx, key, m.update, m.at); err != nil {
			b.log.Error("mark lost check", "session", key, "err", err)
			continue
		}
		n++
	}
	b.log.Error("the session store lost data; chats with a check under way will be told", "chats", n)
}
