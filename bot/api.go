package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// exec makes the Bot API call of one op. The outbox's methods are posted
// as JSON by request, not through the library, whose calls stream a
// multipart form through a pipe and a goroutine, a chunk and a write
// system call per field (a quarter of serve's CPU under load).
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
		var sent struct {
			ID int `json:"message_id"`
		}
		var dest any
		if o.Case != 0 {
			dest = &sent
		}
		err := b.call(ctx, o.Method, func(ctx context.Context) error {
			return b.request(ctx, o.Method, p, dest)
		})
		if err == nil && o.Case != 0 && sent.ID != 0 {
			b.linkToCase(ctx, o.Case, 0, sent.ID)
		}
		return err
	case mTopic:
		var topic struct {
			ID int `json:"message_thread_id"`
		}
		err := b.call(ctx, o.Method, func(ctx context.Context) error {
			return b.request(ctx, o.Method, &tgbot.CreateForumTopicParams{ChatID: o.Chat, Name: o.Text}, &topic)
		})
		if err == nil && o.Case != 0 && topic.ID != 0 {
			b.linkToCase(ctx, o.Case, topic.ID, 0)
		}
		return err
	case mEditTopic:
		return b.call(ctx, o.Method, func(ctx context.Context) error {
			return b.request(ctx, o.Method, &tgbot.EditForumTopicParams{ChatID: o.Chat, MessageThreadID: o.Thread, Name: o.Text}, nil)
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
			return b.request(ctx, o.Method, p, nil)
		})
	case mEditMarkup:
		return b.call(ctx, o.Method, func(ctx context.Context) error {
			return b.request(ctx, o.Method, &tgbot.EditMessageReplyMarkupParams{ChatID: o.Chat, MessageID: o.Msg}, nil)
		})
	case mAnswer:
		return b.call(ctx, o.Method, func(ctx context.Context) error {
			return b.request(ctx, o.Method, &tgbot.AnswerCallbackQueryParams{CallbackQueryID: o.Query, Text: o.Text}, nil)
		})
	}
	return fmt.Errorf("bot: unknown outbox method %q: %w", o.Method, tgbot.ErrorBadRequest)
}

// apiResponse is the Bot API's answer to a call.
type apiResponse struct {
	apiStatus
	Result json.RawMessage `json:"result,omitempty"`
}

// apiStatus is an answer without its result.
type apiStatus struct {
	OK          bool   `json:"ok"`
	Description string `json:"description,omitempty"`
	ErrorCode   int    `json:"error_code,omitempty"`
	Parameters  struct {
		RetryAfter      int `json:"retry_after,omitempty"`
		MigrateToChatID int `json:"migrate_to_chat_id,omitempty"`
	} `json:"parameters,omitempty"`
}

// request posts one Bot API call with params (one of the library's
// parameter structs, whose JSON names are the API's) as a JSON body and
// decodes the result into dest, unless dest is nil. Its errors are the
// library's, wrapped the way the library wraps them (ErrorBadRequest,
// ErrorForbidden, *TooManyRequestsError, *MigrateError…), so that call and
// permanent judge them alike.
func (b *Bot) request(ctx context.Context, method string, params, dest any) error {
	body, err := json.Marshal(params)
	if err != nil {
		return fmt.Errorf("error build request for method %s, %w", method, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.apiBase+method, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("error create request for method %s, %w", method, redact(err, b.cfg.Token))
	}
	req.Header["Content-Type"] = jsonContentType
	resp, err := b.cfg.HTTPClient.Do(req)
	if err != nil {
		var urlErr *url.Error
		if errors.As(err, &urlErr) {
			urlErr.URL = strings.ReplaceAll(urlErr.URL, b.cfg.Token, "***")
		}
		return fmt.Errorf("error do request for method %s, %w", method, err)
	}
	defer resp.Body.Close()
	buf, err := readBody(resp.Body, resp.ContentLength, 64<<20)
	defer putBody(buf)
	if err != nil {
		return fmt.Errorf("error read response body for method %s, %w", method, err)
	}
	data := buf.Bytes()
	var r apiResponse
	into := any(&r.apiStatus) // the result is skipped, not copied, when unwanted
	if dest != nil {
		into = &r
	}
	if err := json.Unmarshal(data, into); err != nil {
		return fmt.Errorf("error decode response body for method %s, %s, %w", method, data, err)
	}
	if !r.OK {
		switch r.ErrorCode {
		case http.StatusForbidden:
			return fmt.Errorf("%w, %s", tgbot.ErrorForbidden, r.Description)
		case http.StatusBadRequest:
			if r.Parameters.MigrateToChatID != 0 {
				return &tgbot.MigrateError{
					Message:         fmt.Sprintf("%s: %s", tgbot.ErrorBadRequest, r.Description),
					MigrateToChatID: r.Parameters.MigrateToChatID,
				}
			}
			return fmt.Errorf("%w, %s", tgbot.ErrorBadRequest, r.Description)
		case http.StatusUnauthorized:
			return fmt.Errorf("%w, %s", tgbot.ErrorUnauthorized, r.Description)
		case http.StatusNotFound:
			return fmt.Errorf("%w, %s", tgbot.ErrorNotFound, r.Description)
		case http.StatusConflict:
			return fmt.Errorf("%w, %s", tgbot.ErrorConflict, r.Description)
		case http.StatusTooManyRequests:
			return &tgbot.TooManyRequestsError{
				Message:    fmt.Sprintf("%s, %s", tgbot.ErrorTooManyRequests, r.Description),
				RetryAfter: r.Parameters.RetryAfter,
			}
		default:
			return fmt.Errorf("error response from telegram for method %s, %d %s", method, r.ErrorCode, r.Description)
		}
	}
	if dest != nil {
		if err := json.Unmarshal(r.Result, dest); err != nil {
			return fmt.Errorf("error decode response result for method %s, %w", method, err)
		}
	}
	return nil
}

var jsonContentType = []string{"application/json"}

// keyboard is an op's buttons, nil when it has none.
func keyboard(o op) *models.InlineKeyboardMarkup {
	if len(o.Keys) == 0 {
		return nil
	}
	// One button a row: the rows are slices of one array.
	btns := make([]models.InlineKeyboardButton, len(o.Keys))
	kb := &models.InlineKeyboardMarkup{InlineKeyboard: make([][]models.InlineKeyboardButton, len(o.Keys))}
	for n, c := range o.Keys {
		label := c.Label
		if !o.Raw {
			// Numbered, because a choice can also be typed by number.
			label = strconv.Itoa(n+1) + ". " + c.Label
		}
		btns[n] = models.InlineKeyboardButton{Text: label, CallbackData: c.Data}
		kb.InlineKeyboard[n] = btns[n : n+1 : n+1]
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
