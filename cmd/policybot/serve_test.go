package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/linxia-talent/policybot/internal/redistest"
	"github.com/linxia-talent/policybot/internal/tgtest"
)

// TestMain lets the test binary stand in for the policybot binary, so a
// test can start real serve processes.
func TestMain(m *testing.M) {
	if os.Getenv("POLICYBOT_AS_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

type replica struct {
	cmd   *exec.Cmd
	hook  string
	admin string
	out   *syncBuffer
}

// syncBuffer is a process's output, safe to read while it runs.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe starts a policybot serve process in webhook mode.
func startServe(t *testing.T, api *tgtest.Server, redisURL string, env ...string) *replica {
	t.Helper()
	r := &replica{hook: "http://" + freeAddr(t), admin: freeAddr(t), out: &syncBuffer{}}
	cmd := exec.Command(os.Args[0], "serve")
	cmd.Env = append(os.Environ(),
		"POLICYBOT_AS_MAIN=1", "POLICYBOT_NOW=2026-11-25",
		"TELEGRAM_BOT_TOKEN="+tgtest.Token, "TELEGRAM_API_URL="+api.URL,
		"REDIS_URL="+redisURL, "WEBHOOK_URL=https://bot.example.invalid/telegram", "WEBHOOK_SECRET="+secretForTest,
		"LISTEN_ADDR="+strings.TrimPrefix(r.hook, "http://"), "ADMIN_ADDR="+r.admin,
	)
	cmd.Env = append(cmd.Env, env...)
	cmd.Stdout, cmd.Stderr = r.out, r.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r.cmd = cmd
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	for i := 0; ; i++ {
		resp, err := http.Get("http://" + r.admin + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if i > 400 {
			t.Fatalf("serve did not come up:\n%s", r.out.String())
		}
		time.Sleep(25 * time.Millisecond)
	}
	// The webhook is registered after the listener is up.
	return r
}

const secretForTest = "two-replicas-secret"

func post(t *testing.T, url string, update any) {
	t.Helper()
	b, _ := json.Marshal(update)
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(string(b)))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secretForTest)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("webhook status %d", resp.StatusCode)
	}
}

// TestTwoReplicasShareRedis runs two serve processes in webhook mode on one
// real Redis and sends each chat's updates alternately to them: every
// conversation must still come out right, a redelivered update must be
// handled once, and /forget must leave nothing of the chat in Redis.
func TestTwoReplicasShareRedis(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client(t)
	api := tgtest.New(t)
	replicas := []*replica{startServe(t, api, srv.URL(), "REPLICA_ID=a"), startServe(t, api, srv.URL(), "REPLICA_ID=b")}
	api.Wait(t, "setWebhook", 2)

	var mu sync.Mutex
	next := int64(1000)
	newID := func() int64 { mu.Lock(); defer mu.Unlock(); next++; return next }
	lastKeyboard := func(chat int64) (string, models.InlineKeyboardMarkup) {
		calls := api.Calls("sendMessage")
		for i := len(calls) - 1; i >= 0; i-- {
			if calls[i].Params["chat_id"] == fmt.Sprint(chat) && calls[i].Params["reply_markup"] != "" {
				var kb models.InlineKeyboardMarkup
				json.Unmarshal([]byte(calls[i].Params["reply_markup"]), &kb)
				return calls[i].Params["text"], kb
			}
		}
		t.Fatalf("no keyboard for %d", chat)
		return "", models.InlineKeyboardMarkup{}
	}
	from := func(chat int64) map[string]any { return map[string]any{"id": chat, "is_bot": false, "first_name": "U"} }
	pchat := func(chat int64) map[string]any { return map[string]any{"id": chat, "type": "private"} }
	type step struct{ text, press string }
	conversations := map[int64][]step{
		101: {{text: "/check 创业担保贷款"}, {press: "企业"}, {text: "是"}, {press: "是"}, {text: "200万"}},
		102: {{text: "/check 离岗创业"}, {text: "高校"}, {press: "是"}, {text: "离岗创办企业"}, {press: "是"}, {text: "七年"}},
		103: {{text: "离岗创业累计最多几年"}, {text: "/check 技能竞赛荣誉"}, {press: "国家级"}, {text: "第10名"}, {press: "一类赛"}},
	}
	var wg sync.WaitGroup
	for chat, steps := range conversations {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, s := range steps {
				target := replicas[i%2].hook // alternate replicas within the chat
				id := newID()
				if s.press == "" {
					post(t, target, map[string]any{"update_id": id, "message": map[string]any{
						"message_id": id, "date": 1, "chat": pchat(chat), "from": from(chat), "text": s.text}})
					continue
				}
				text, kb := lastKeyboard(chat)
				data := ""
				for _, row := range kb.InlineKeyboard {
					if strings.Contains(row[0].Text, s.press) {
						data = row[0].CallbackData
					}
				}
				post(t, target, map[string]any{"update_id": id, "callback_query": map[string]any{
					"id": fmt.Sprint(id), "from": from(chat), "chat_instance": "1", "data": data,
					"message": map[string]any{"message_id": 1, "date": 1, "chat": pchat(chat), "text": html.UnescapeString(text), "reply_markup": kb}}})
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		for i, r := range replicas {
			t.Logf("replica %d:\n%s", i, r.out.String())
		}
	}
	all := func(chat int64) string { return html.UnescapeString(strings.Join(api.Sent(chat), "\n")) }
	for chat, want := range map[int64][]string{
		101: {"❔ 无法确定｜小微企业创业担保贷款", "第14条"},
		102: {"❌ 不符合｜离岗创办企业的期限", "✅ 符合｜同等享有职称评审、岗位晋升和社会保险等权利", "累计离岗年限「7年」", "第1条"},
		103: {"累计不超过6年", "✅ 符合｜推荐为甘肃省技术能手", "第8条"},
	} {
		got := all(chat)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("chat %d lacks %q:\n%s", chat, w, got)
			}
		}
	}

	// A redelivered update reaching both replicas is handled once.
	before := len(api.Sent(104))
	dup := map[string]any{"update_id": 5555, "message": map[string]any{"message_id": 1, "date": 1, "chat": pchat(104), "from": from(104), "text": "/help"}}
	post(t, replicas[0].hook, dup)
	post(t, replicas[1].hook, dup)
	if n := len(api.Sent(104)) - before; n != 1 {
		t.Errorf("a redelivered update got %d replies", n)
	}

	// /forget leaves nothing of the chat in Redis.
	post(t, replicas[1].hook, map[string]any{"update_id": newID(), "message": map[string]any{"message_id": 2, "date": 1, "chat": pchat(101), "from": from(101), "text": "/check 创业担保贷款"}})
	if keys := rdb.Keys(context.Background(), "policybot:{tg:101}:*").Val(); len(keys) != 2 {
		t.Errorf("before /forget the chat has keys %q, want session and flood", keys)
	}
	post(t, replicas[0].hook, map[string]any{"update_id": newID(), "message": map[string]any{"message_id": 3, "date": 1, "chat": pchat(101), "from": from(101), "text": "/forget"}})
	// Only the last update ids and time stay, for a day, so that a
	// redelivery of it is not applied again.
	if keys := rdb.Keys(context.Background(), "*{tg:101}*").Val(); len(keys) != 1 {
		t.Errorf("after /forget Redis holds %q, want the delivery record only", keys)
	}
	if fields := rdb.HKeys(context.Background(), "policybot:{tg:101}:session").Val(); !slices.Equal(slices.Sorted(slices.Values(fields)), []string{"r", "t", "u"}) {
		t.Errorf("after /forget the chat's hash holds %q, want r, t and u", fields)
	}
	if ttl := rdb.PTTL(context.Background(), "policybot:{tg:101}:session").Val(); ttl <= 0 || ttl > 24*time.Hour {
		t.Errorf("after /forget the delivery record expires in %v, want within a day", ttl)
	}

	// Metrics are served; the log holds no message text and no token.
	resp, err := http.Get("http://" + replicas[0].admin + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("/metrics: %d", resp.StatusCode)
	}

	// SIGTERM: both stop cleanly.
	for _, r := range replicas {
		r.cmd.Process.Signal(syscall.SIGTERM)
	}
	for i, r := range replicas {
		done := make(chan error, 1)
		go func() { done <- r.cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("replica %d exited with %v:\n%s", i, err, r.out.String())
			}
		case <-time.After(30 * time.Second):
			t.Errorf("replica %d did not stop on SIGTERM", i)
		}
		logs := r.out.String()
		for _, secret := range []string{tgtest.Token, "离岗创业累计最多几年", "七年", secretForTest} {
			if strings.Contains(logs, secret) {
				t.Errorf("replica %d logged %q:\n%s", i, secret, logs)
			}
		}
	}
}

func TestServeNeedsToken(t *testing.T) {
	_, _, err := runCLI(t, "", "serve")
	if err == nil || !strings.Contains(err.Error(), "TELEGRAM_BOT_TOKEN") {
		t.Errorf("serve without a token: %v", err)
	}
}
