package bot

import (
	"bytes"
	"crypto/subtle"
	"encoding/json"
	"io"
	"net/http"
	"sync"

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
		body, err := readBody(r.Body, r.ContentLength, 1<<20)
		if err != nil {
			putBody(body)
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		u, ok := decodeUpdate(body.Bytes())
		n := body.Len()
		putBody(body) // the update holds copies of what it read
		if !ok {
			b.log.Warn("webhook: undecodable update", "bytes", n)
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

// bodies are the buffers webhook bodies and Bot API responses are read
// into: each is decoded at once (encoding/json copies what it keeps) and
// its buffer used again, instead of a new one grown from 512 bytes for
// every request and every call.
var bodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// readBody reads at most limit bytes of r, of which size (-1: unknown) are
// announced, into a buffer from bodies; putBody gives it back.
func readBody(r io.Reader, size, limit int64) (*bytes.Buffer, error) {
	buf := bodies.Get().(*bytes.Buffer)
	buf.Reset()
	if size > 0 && size <= limit {
		buf.Grow(int(size) + bytes.MinRead) // ReadFrom wants room to see EOF
	}
	_, err := buf.ReadFrom(io.LimitReader(r, limit))
	return buf, err
}

// putBody returns a buffer to bodies unless it grew large (one big body
// should not stay in memory for good).
func putBody(buf *bytes.Buffer) {
	if buf.Cap() <= 64<<10 {
		bodies.Put(buf)
	}
}
