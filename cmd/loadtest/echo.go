package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// runEcho is the baseline: a bare go-telegram/bot bot that answers every
// message with its text, from the webhook handler (so, like serve, it
// acknowledges an update once its reply went out), with a keep-alive pool.
// GET /mallocs reports the process's allocations so far.
func runEcho(ctx context.Context, apiURL, listen string) error {
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		MaxIdleConns: 200, MaxIdleConnsPerHost: 200, IdleConnTimeout: 90 * time.Second}}
	b, err := tgbot.New(token, tgbot.WithServerURL(apiURL), tgbot.WithSkipGetMe(), tgbot.WithHTTPClient(30*time.Second, client))
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /", func(w http.ResponseWriter, r *http.Request) {
		var u models.Update
		if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
			w.WriteHeader(http.StatusOK)
			return
		}
		var chat int64
		text := "ok"
		switch {
		case u.Message != nil:
			chat, text = u.Message.Chat.ID, u.Message.Text
		case u.CallbackQuery != nil:
			chat, text = u.CallbackQuery.From.ID, u.CallbackQuery.Data
		}
		if text == "" {
			text = "ok"
		}
		if _, err := b.SendMessage(r.Context(), &tgbot.SendMessageParams{ChatID: chat, Text: text}); err != nil {
			http.Error(w, "not delivered", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("GET /mallocs", func(w http.ResponseWriter, r *http.Request) {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		fmt.Fprintln(w, m.Mallocs)
	})
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: mux}
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	if err := srv.Serve(ln); err != nil && err != http.ErrServerClosed {
		return err
	}
	return nil
}
