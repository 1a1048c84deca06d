package bot

import (
	"crypto/subtle"
	"encoding/json"
	"io"
	"net/http"

	"github.com/go-telegram/bot/models"
)

// WebhookHandler serves Telegram's webhook requests. A request without the
// right X-Telegram-Bot-Api-Secret-Token is refused with 401. An update is
// acknowledged (200) once it was applied and its replies were delivered;
// while a reply cannot be delivered it answers 500, so Telegram delivers
// the update again (to this process or another), and the redelivery sends
// what is left and applies nothing twice. While closing it answers 503.
func (b *Bot) WebhookHandler(secret string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
		if secret == "" || subtle.ConstantTimeCompare([]byte(got), []byte(secret)) != 1 {
			b.m.Updates.WithLabelValues("refused").Inc()
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		u, ok := decodeUpdate(body)
		if !ok {
			b.log.Warn("webhook: undecodable update", "bytes", len(body))
			w.WriteHeader(http.StatusOK) // redelivering it would not help
			return
		}
		done := make(chan bool, 1)
		if !b.receive(u, done) {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		select {
		case delivered := <-done:
			if delivered {
				w.WriteHeader(http.StatusOK)
			} else {
				http.Error(w, "not delivered yet", http.StatusInternalServerError)
			}
		case <-r.Context().Done():
		}
	})
}

// decodeUpdate reads a webhook body; it reports false for anything that is
// not an update.
func decodeUpdate(body []byte) (*models.Update, bool) {
	var u models.Update
	if err := json.Unmarshal(body, &u); err != nil {
		return nil, false
	}
	return &u, true
}

// receive queues an update on its chat. done, if not nil, receives whether
// the update was applied and delivered. It reports false when the bot is
// closing and the update was not taken.
func (b *Bot) receive(u *models.Update, done chan<- bool) bool {
	if done == nil { // long polling: nobody will send it again
		return b.dispatch.submit(chatOf(u), func() { b.pollRetry(u) })
	}
	// A webhook request waits for its update: it is handled on the
	// request's goroutine when the chat is idle.
	return b.dispatch.run(chatOf(u), func() { done <- b.handle(b.base, u) })
}
