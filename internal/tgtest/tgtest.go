// Package tgtest is a Telegram Bot API server for tests: it speaks the Bot
// API's JSON over HTTP, records every call, serves queued updates to
// getUpdates, can fail the next calls of a method with 429 or 5xx, and
// rejects HTML that Telegram would reject.
package tgtest

import (
	"encoding/json"
	"fmt"
	"html"
	"mime"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
)

// Token is the bot token the server accepts.
const Token = "123456:TEST-token-never-logged"

// Call is one recorded API call.
type Call struct {
	Method string
	Params map[string]string
	// OK reports that the call succeeded: Telegram would have acted on it.
	OK bool
	// ID is the message id a sendMessage returned, or the topic id a
	// createForumTopic returned.
	ID int
}

// Server is a fake Bot API server.
type Server struct {
	*httptest.Server

	mu       sync.Mutex
	calls    []Call
	updates  []json.RawMessage // queued for getUpdates, with their ids
	ids      []int64
	fail     map[string][]int
	holds    map[string]chan struct{}
	nextMsg  int
	notify   chan struct{}
	username string
	forum    bool
	admins   []int64
}

// SetForum makes getChat say whether chats are forum groups (with topics).
func (s *Server) SetForum(forum bool) {
	s.mu.Lock()
	s.forum = forum
	s.mu.Unlock()
}

// SetAdmins sets the users getChatAdministrators returns, for every chat.
func (s *Server) SetAdmins(ids ...int64) {
	s.mu.Lock()
	s.admins = ids
	s.mu.Unlock()
}

// New starts a server, closed when the test ends.
func New(t testing.TB) *Server {
	s := &Server{fail: map[string][]int{}, holds: map[string]chan struct{}{}, nextMsg: 100, notify: make(chan struct{}, 1), username: "linxia_test_bot"}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// FailNext makes the next calls of method fail with the given HTTP codes,
// one per call: 429 carries retry_after 1.
func (s *Server) FailNext(method string, codes ...int) {
	s.mu.Lock()
	s.fail[method] = append(s.fail[method], codes...)
	s.mu.Unlock()
}

// ClearFailures drops the failures FailNext queued and not yet served.
func (s *Server) ClearFailures() {
	s.mu.Lock()
	s.fail = map[string][]int{}
	s.mu.Unlock()
}

// Hold makes calls of method wait, after they are recorded, until release
// is called: a slow Telegram, to catch a process in the middle of a reply.
func (s *Server) Hold(method string) (release func()) {
	ch := make(chan struct{})
	s.mu.Lock()
	s.holds[method] = ch
	s.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			delete(s.holds, method)
			s.mu.Unlock()
			close(ch)
		})
	}
}

// Push queues updates for getUpdates. Each is a JSON object with an
// update_id.
func (s *Server) Push(updates ...string) {
	s.mu.Lock()
	for _, u := range updates {
		var head struct {
			ID int64 `json:"update_id"`
		}
		json.Unmarshal([]byte(u), &head)
		s.updates = append(s.updates, json.RawMessage(u))
		s.ids = append(s.ids, head.ID)
	}
	s.mu.Unlock()
}

// Calls returns the recorded calls of method (all calls when empty).
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Wait waits until there are at least n calls of method and returns them.
func (s *Server) Wait(t testing.TB, method string, n int) []Call {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if c := s.Calls(method); len(c) >= n {
			return c
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited for %d %s calls, have %d", n, method, len(s.Calls(method)))
		}
		select {
		case <-s.notify:
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Sent returns the texts delivered to chat, in order: the sendMessage
// calls that succeeded.
func (s *Server) Sent(chat int64) []string {
	var out []string
	for _, c := range s.Calls("sendMessage") {
		if c.OK && c.Params["chat_id"] == strconv.FormatInt(chat, 10) {
			out = append(out, c.Params["text"])
		}
	}
	return out
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	rest, found := strings.CutPrefix(r.URL.Path, "/bot"+Token+"/")
	if !found {
		reply(w, http.StatusUnauthorized, map[string]any{"ok": false, "error_code": 401, "description": "Unauthorized"})
		return
	}
	method := rest
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
			if str, ok := v.(string); ok {
				params[k] = str
			} else {
				b, _ := json.Marshal(v)
				params[k] = string(b)
			}
		}
	default:
		r.ParseForm()
		for k, v := range r.Form {
			params[k] = v[0]
		}
	}

	if method == "getUpdates" {
		s.getUpdates(w, r, params)
		return
	}

	s.mu.Lock()
	s.calls = append(s.calls, Call{Method: method, Params: params})
	idx := len(s.calls) - 1
	var code int
	if q := s.fail[method]; len(q) > 0 {
		code, s.fail[method] = q[0], q[1:]
	}
	s.nextMsg++
	msgID := s.nextMsg
	hold := s.holds[method]
	s.mu.Unlock()
	select {
	case s.notify <- struct{}{}:
	default:
	}
	if hold != nil {
		select {
		case <-hold:
		case <-r.Context().Done():
			return
		}
	}

	switch {
	case code == http.StatusTooManyRequests:
		reply(w, code, map[string]any{"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1", "parameters": map[string]any{"retry_after": 1}})
		return
	case code >= 500:
		reply(w, code, map[string]any{"ok": false, "error_code": code, "description": "Internal Server Error"})
		return
	case code != 0:
		reply(w, code, map[string]any{"ok": false, "error_code": code, "description": "Bad Request: injected"})
		return
	}
	if params["parse_mode"] == "HTML" {
		if err := CheckHTML(params["text"]); err != nil {
			reply(w, 400, map[string]any{"ok": false, "error_code": 400, "description": "Bad Request: can't parse entities: " + err.Error()})
			return
		}
		if Blank(params["text"]) {
			reply(w, 400, map[string]any{"ok": false, "error_code": 400, "description": "Bad Request: message text is empty"})
			return
		}
		if n := len([]rune(params["text"])); n > 4096 {
			reply(w, 400, map[string]any{"ok": false, "error_code": 400, "description": "Bad Request: message is too long"})
			return
		}
	}
	s.mu.Lock()
	s.calls[idx].OK = true
	if method == "sendMessage" || method == "createForumTopic" {
		s.calls[idx].ID = msgID
	}
	s.mu.Unlock()
	switch method {
	case "getMe":
		ok(w, map[string]any{"id": 123456, "is_bot": true, "first_name": "临夏人才政策助手", "username": s.username})
	case "sendMessage", "editMessageText", "editMessageReplyMarkup":
		chat, _ := strconv.ParseInt(params["chat_id"], 10, 64)
		id := msgID
		if params["message_id"] != "" {
			id, _ = strconv.Atoi(params["message_id"])
		}
		m := map[string]any{"message_id": id, "date": time.Now().Unix(), "chat": map[string]any{"id": chat, "type": "private"}, "text": params["text"]}
		if th, _ := strconv.Atoi(params["message_thread_id"]); th != 0 {
			m["message_thread_id"], m["is_topic_message"] = th, true
		}
		ok(w, m)
	case "getChat":
		chat, _ := strconv.ParseInt(params["chat_id"], 10, 64)
		s.mu.Lock()
		forum := s.forum
		s.mu.Unlock()
		ok(w, map[string]any{"id": chat, "type": "supergroup", "title": "值班", "is_forum": forum, "accent_color_id": 0, "max_reaction_count": 11, "accepted_gift_types": map[string]any{}})
	case "getChatAdministrators":
		s.mu.Lock()
		var out []any
		for _, id := range s.admins {
			out = append(out, map[string]any{"status": "administrator", "user": map[string]any{"id": id, "is_bot": false, "first_name": "管理员"}})
		}
		s.mu.Unlock()
		if out == nil {
			out = []any{}
		}
		ok(w, out)
	case "createForumTopic":
		ok(w, map[string]any{"message_thread_id": msgID, "name": params["name"], "icon_color": 7322096})
	default:
		ok(w, true)
	}
}

func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, params map[string]string) {
	offset, _ := strconv.ParseInt(params["offset"], 10, 64)
	deadline := time.Now().Add(200 * time.Millisecond)
	for {
		s.mu.Lock()
		var out []json.RawMessage
		for i, u := range s.updates {
			if s.ids[i] >= offset {
				out = append(out, u)
			}
		}
		s.mu.Unlock()
		if len(out) > 0 || time.Now().After(deadline) {
			if out == nil {
				out = []json.RawMessage{}
			}
			ok(w, out)
			return
		}
		select {
		case <-r.Context().Done():
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func ok(w http.ResponseWriter, result any) {
	reply(w, http.StatusOK, map[string]any{"ok": true, "result": result})
}

func reply(w http.ResponseWriter, code int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(body)
}

var (
	tagRe    = regexp.MustCompile(`^(?:</?(b|i|blockquote)>|<(blockquote) expandable>)`)
	entityRe = regexp.MustCompile(`^&(lt|gt|amp|quot|#\d+);`)
	anyTagRe = regexp.MustCompile(`</?[a-z]+(?: expandable)?>`)
)

// Blank reports whether HTML text shows nothing once its tags are removed
// and the rest trimmed, as Telegram trims it: such a message is refused.
func Blank(s string) bool {
	text := html.UnescapeString(anyTagRe.ReplaceAllString(s, ""))
	for _, r := range text {
		if unicode.IsGraphic(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// MaxEntities is how many formatting entities Telegram keeps in one
// message; it drops the rest.
const MaxEntities = 100

// CheckHTML accepts the HTML subset the front end uses (b, i, blockquote,
// blockquote expandable, and escaped text) with balanced tags, the way
// Telegram would parse it: a blockquote never inside another, at most
// MaxEntities entities.
func CheckHTML(s string) error {
	var open []string
	entities := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '<':
			m := tagRe.FindString(s[i:])
			if m == "" {
				return fmt.Errorf("unsupported start tag at byte %d", i)
			}
			sub := tagRe.FindStringSubmatch(s[i:])
			name := sub[1] + sub[2]
			if strings.HasPrefix(m, "</") {
				if len(open) == 0 || open[len(open)-1] != name {
					return fmt.Errorf("unmatched end tag %s", m)
				}
				open = open[:len(open)-1]
			} else {
				if name == "blockquote" && slices.Contains(open, "blockquote") {
					return fmt.Errorf("blockquote inside a blockquote at byte %d", i)
				}
				open = append(open, name)
				if entities++; entities > MaxEntities {
					return fmt.Errorf("more than %d entities", MaxEntities)
				}
			}
			i += len(m)
		case '&':
			m := entityRe.FindString(s[i:])
			if m == "" {
				return fmt.Errorf("unescaped & at byte %d", i)
			}
			i += len(m)
		case '>':
			return fmt.Errorf("unescaped > at byte %d", i)
		default:
			i++
		}
	}
	if len(open) > 0 {
		return fmt.Errorf("unclosed tags %v", open)
	}
	return nil
}
