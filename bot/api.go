package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// exec makes the Bot API call of one op.
func (b *Bot) exec(ctx context.Context, o op) error {
	switch o.Method {
	case mSend:
		p := &tgbot.SendMessageParams{
			ChatID: o.Chat, Text: o.Text, ParseMode: models.ParseModeHTML,
			LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tgbot.True()},
			MessageThreadID:    o.Thread,
		}
		if kb := keyboard(o); kb != nil {
			p.ReplyMarkup = kb
		}
		if o.Case != 0 {
			b.placeInCase(ctx, o.Case, p)
		}
		var sent *models.Message
		err := b.call(ctx, o.Method, func(ctx context.Context) error {
			var err error
			sent, err = b.tg.SendMessage(ctx, p)
			return err
		})
		if err == nil && o.Case != 0 && sent != nil {
			b.linkToCase(ctx, o.Case, 0, sent.ID)
		}
		return err
	case mTopic:
		var topic *models.ForumTopic
		err := b.call(ctx, o.Method, func(ctx context.Context) error {
			var err error
			topic, err = b.tg.CreateForumTopic(ctx, &tgbot.CreateForumTopicParams{ChatID: o.Chat, Name: o.Text})
			return err
		})
		if err == nil && o.Case != 0 && topic != nil {
			b.linkToCase(ctx, o.Case, topic.MessageThreadID, 0)
		}
		return err
	case mEditTopic:
		return b.call(ctx, o.Method, func(ctx context.Context) error {
			_, err := b.tg.EditForumTopic(ctx, &tgbot.EditForumTopicParams{ChatID: o.Chat, MessageThreadID: o.Thread, Name: o.Text})
			return err
		})
	case mEditText:
		p := &tgbot.EditMessageTextParams{ChatID: o.Chat, MessageID: o.Msg, Text: o.Text, Entities: o.Entities}
		if o.HTML {
			p.ParseMode = models.ParseModeHTML
		}
		if kb := keyboard(o); kb != nil {
			p.ReplyMarkup = kb
		}
		return b.call(ctx, o.Method, func(ctx context.Context) error {
			_, err := b.tg.EditMessageText(ctx, p)
			return err
		})
	case mEditMarkup:
		return b.call(ctx, o.Method, func(ctx context.Context) error {
			_, err := b.tg.EditMessageReplyMarkup(ctx, &tgbot.EditMessageReplyMarkupParams{ChatID: o.Chat, MessageID: o.Msg})
			return err
		})
	case mAnswer:
		return b.call(ctx, o.Method, func(ctx context.Context) error {
			_, err := b.tg.AnswerCallbackQuery(ctx, &tgbot.AnswerCallbackQueryParams{CallbackQueryID: o.Query, Text: o.Text})
			return err
		})
	}
	return fmt.Errorf("bot: unknown outbox method %q: %w", o.Method, tgbot.ErrorBadRequest)
}

// keyboard is an op's buttons, nil when it has none.
func keyboard(o op) *models.InlineKeyboardMarkup {
	if len(o.Keys) == 0 {
		return nil
	}
	kb := &models.InlineKeyboardMarkup{}
	for n, c := range o.Keys {
		label := c.Label
		if !o.Raw {
			// Numbered, because a choice can also be typed by number.
			label = strconv.Itoa(n+1) + ". " + c.Label
		}
		kb.InlineKeyboard = append(kb.InlineKeyboard, []models.InlineKeyboardButton{{Text: label, CallbackData: c.Data}})
	}
	return kb
}

// call makes one Bot API call, retrying after 429 (waiting retry_after),
// server and network errors (backing off); a request Telegram rejects as
// such (400, 401, 403, 404) is not retried. It gives up when ctx ends or
// after maxAttempts; the error then wraps the last one.
func (b *Bot) call(ctx context.Context, method string, f func(context.Context) error) error {
	var err error
	for attempt := 1; ; attempt++ {
		err = redact(f(ctx), b.cfg.Token)
		if err == nil {
			b.m.Calls.WithLabelValues(method, "ok").Inc()
			return nil
		}
		var wait time.Duration
		var tooMany *tgbot.TooManyRequestsError
		switch {
		case errors.As(err, &tooMany):
			wait = time.Duration(max(tooMany.RetryAfter, 1)) * b.cfg.RetryAfterUnit
		case permanent(err), ctx.Err() != nil:
			if strings.Contains(err.Error(), "message is not modified") {
				b.m.Calls.WithLabelValues(method, "ok").Inc()
				return nil
			}
			b.m.Calls.WithLabelValues(method, "failed").Inc()
			return fmt.Errorf("%s: %w", method, err)
		default:
			wait = b.cfg.Backoff(attempt)
		}
		if attempt >= maxAttempts {
			b.m.Calls.WithLabelValues(method, "failed").Inc()
			return fmt.Errorf("%s: gave up after %d attempts: %w", method, attempt, err)
		}
		b.m.Retries.WithLabelValues(method).Inc()
		select {
		case <-ctx.Done():
			b.m.Calls.WithLabelValues(method, "failed").Inc()
			return fmt.Errorf("%s: %w", method, errors.Join(ctx.Err(), err))
		case <-time.After(wait):
		}
	}
}

// permanent reports errors that a retry cannot mend: Telegram refused the
// request itself. A cancelled or timed-out context is not one: the call may
// succeed later, from the outbox.
func permanent(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	for _, e := range []error{tgbot.ErrorBadRequest, tgbot.ErrorUnauthorized, tgbot.ErrorForbidden, tgbot.ErrorNotFound} {
		if errors.Is(err, e) {
			return true
		}
	}
	var mig *tgbot.MigrateError
	return errors.As(err, &mig)
}
