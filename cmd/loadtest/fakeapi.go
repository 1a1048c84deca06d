package main

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// fakeAPI is a Bot API server that answers every call at once and keeps,
// per chat, only the buttons of the last message, which the driver presses.
// It keeps no growing record, so a long run costs it no memory.
type fakeAPI struct {
	calls atomic.Int64
	sends atomic.Int64

	mu   sync.Mutex
	keys map[int64][]string // chat → callback data of its last keyboard
	msg  int64
}

func newFakeAPI() *fakeAPI { return &fakeAPI{keys: map[int64][]string{}} }

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.calls.Add(1)
	method := r.URL.Path[strings.LastIndexByte(r.URL.Path, '/')+1:]
	params := map[string]string{}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "multipart/form-data":
		if err := r.ParseMultipartForm(1 << 20); err == nil {
			for k, v := range r.MultipartForm.Value {
				params[k] = v[0]
			}
		}
	case "application/json":
		var m map[string]any
		json.NewDecoder(r.Body).Decode(&m)
		for k, v := range m {
			if s, ok := v.(string); ok {
				params[k] = s
			} else {
				b, _ := json.Marshal(v)
				params[k] = string(b)
			}
		}
	default:
		io.Copy(io.Discard, r.Body)
	}
	w.Header().Set("Content-Type", "application/json")
	switch method {
	case "getMe":
		io.WriteString(w, `{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"load","username":"load_bot"}}`)
	case "sendMessage", "editMessageText", "editMessageReplyMarkup":
		chat, _ := strconv.ParseInt(params["chat_id"], 10, 64)
		f.mu.Lock()
		f.msg++
		id := f.msg
		if method == "sendMessage" {
			f.sends.Add(1)
			if rm := params["reply_markup"]; rm != "" {
				var kb struct {
					InlineKeyboard [][]struct {
						CallbackData string `json:"callback_data"`
					} `json:"inline_keyboard"`
				}
				json.Unmarshal([]byte(rm), &kb)
				var data []string
				for _, row := range kb.InlineKeyboard {
					for _, b := range row {
						data = append(data, b.CallbackData)
					}
				}
				f.keys[chat] = data
			}
		}
		f.mu.Unlock()
		b, _ := json.Marshal(map[string]any{"ok": true, "result": map[string]any{
			"message_id": id, "date": 1, "chat": map[string]any{"id": chat, "type": "private"}, "text": "ok"}})
		w.Write(b)
	default:
		io.WriteString(w, `{"ok":true,"result":true}`)
	}
}

// buttons returns the callback data of the last keyboard sent to chat.
func (f *fakeAPI) buttons(chat int64) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.keys[chat]
}
