package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/internal/redistest"
	"github.com/linxia-talent/policybot/internal/tgtest"
)

// The fault tests start real serve processes and real redis-servers, kill
// and restart them. They take a while, so they run when
// POLICYBOT_FAULT_TESTS=1, which .ci/test sets.
func faultTest(t *testing.T) {
	t.Helper()
	if os.Getenv("POLICYBOT_FAULT_TESTS") != "1" {
		t.Skip("slow fault test; set POLICYBOT_FAULT_TESTS=1 (.ci/test does)")
	}
}

// tg plays Telegram's side of the webhook for one test: it numbers
// updates, and delivers each until it is acknowledged, as Telegram does.
type tg struct {
	t    *testing.T
	mu   sync.Mutex
	next int64
}

func (g *tg) id() int64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.next++
	return g.next
}

func textMsg(id, chat int64, text string) map[string]any {
	return map[string]any{"update_id": id, "message": map[string]any{
		"message_id": id, "date": 1, "chat": map[string]any{"id": chat, "type": "private"},
		"from": map[string]any{"id": chat, "is_bot": false, "first_name": "U"}, "text": text}}
}

// try delivers an update once and returns the status (0 when the
// connection failed).
func try(url string, update any) int {
	b, _ := json.Marshal(update)
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secretForTest)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

// deliver redelivers an update until it is acknowledged, to the given
// replicas in turn.
func (g *tg) deliver(update any, urls ...string) {
	g.t.Helper()
	for i := 0; i < 200; i++ {
		if try(urls[i%len(urls)], update) == http.StatusOK {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	g.t.Fatalf("update never acknowledged")
}

func sent(api *tgtest.Server, chat int64) []string {
	msgs := api.Sent(chat)
	for i, m := range msgs {
		msgs[i] = html.UnescapeString(m)
	}
	return msgs
}

// once checks that each want appears in exactly one message, in this order.
func once(t *testing.T, msgs []string, wants ...string) {
	t.Helper()
	last := -1
	for _, w := range wants {
		at, n := -1, 0
		for i, m := range msgs {
			if strings.Contains(m, w) {
				n++
				at = i
			}
		}
		switch {
		case n != 1:
			t.Errorf("%q is in %d messages, want exactly 1:\n%s", w, n, strings.Join(msgs, "\n---\n"))
		case at <= last:
			t.Errorf("%q is out of order:\n%s", w, strings.Join(msgs, "\n---\n"))
		}
		last = at
	}
}

// TestFaultKillDuringFailingReplies: a replica applies an answer, its reply
// fails with 502, and it is killed with SIGKILL while it backs off. After it
// restarts and Telegram redelivers (to the other replica), every reply
// arrived exactly once, in order, and the next answer goes to the question
// the user was shown.
func TestFaultKillDuringFailingReplies(t *testing.T) {
	faultTest(t)
	srv := redistest.StartAOF(t)
	api := tgtest.New(t)
	a := startServe(t, api, srv.URL(), "REPLICA_ID=a")
	b := startServe(t, api, srv.URL(), "REPLICA_ID=b")
	g := &tg{t: t}
	const chat = 201
	g.deliver(textMsg(g.id(), chat, "/check 技能竞赛荣誉"), a.hook)

	api.FailNext("sendMessage", slicesRepeat(502, 1000)...)
	before := len(api.Calls("sendMessage"))
	answer := textMsg(g.id(), chat, "国家一类赛")
	go try(a.hook, answer) // the connection dies with the process
	api.Wait(t, "sendMessage", before+2)
	a.cmd.Process.Signal(syscall.SIGKILL)
	a.cmd.Wait()
	api.ClearFailures()

	// Telegram redelivers to the other replica, which waits for the
	// outbox's owner; the owner comes back under its name and sends it.
	done := make(chan struct{})
	go func() { g.deliver(answer, b.hook); close(done) }()
	startServe(t, api, srv.URL(), "REPLICA_ID=a")
	<-done
	g.deliver(textMsg(g.id(), chat, "第10名"), b.hook)
	once(t, sent(api, chat), "哪一级", "您获得第几名", "✅ 符合｜推荐为甘肃省技术能手")
}

// TestFaultRedeliveryWhileTheFirstIsHandling: Telegram gives up waiting on
// one replica and redelivers the update to the other while the first is
// still sending; it is applied once, and the chat's next update after it.
func TestFaultRedeliveryWhileTheFirstIsHandling(t *testing.T) {
	faultTest(t)
	srv := redistest.Start(t)
	api := tgtest.New(t)
	a := startServe(t, api, srv.URL(), "REPLICA_ID=a")
	b := startServe(t, api, srv.URL(), "REPLICA_ID=b")
	g := &tg{t: t}
	const chat = 202
	g.deliver(textMsg(g.id(), chat, "/check 技能竞赛荣誉"), a.hook)
	before := len(api.Calls("sendMessage"))
	release := api.Hold("sendMessage")
	answer := textMsg(g.id(), chat, "国家一类赛")
	codes := make(chan int, 2)
	go func() { codes <- try(a.hook, answer) }()
	api.Wait(t, "sendMessage", before+1) // a is in the middle of its reply
	go func() { codes <- try(b.hook, answer) }()
	release()
	for i := 0; i < 2; i++ {
		if c := <-codes; c != http.StatusOK {
			t.Errorf("a delivery of the update answered %d", c)
		}
	}
	g.deliver(textMsg(g.id(), chat, "第10名"), b.hook)
	once(t, sent(api, chat), "哪一级", "您获得第几名", "✅ 符合｜推荐为甘肃省技术能手")
}

// TestFaultRedisRestarts: Redis restarted with its AOF keeps every check
// going; Redis restarted empty loses them, and each user whose check
// vanished is told so on their next message (and nobody else is).
func TestFaultRedisRestarts(t *testing.T) {
	faultTest(t)
	srv := redistest.StartAOF(t)
	api := tgtest.New(t)
	a := startServe(t, api, srv.URL(), "REPLICA_ID=a")
	b := startServe(t, api, srv.URL(), "REPLICA_ID=b")
	g := &tg{t: t}
	g.deliver(textMsg(g.id(), 203, "/check 技能竞赛荣誉"), a.hook)
	g.deliver(textMsg(g.id(), 204, "/check 科技特派员"), b.hook)
	g.deliver(textMsg(g.id(), 205, "/help"), a.hook)

	srv.Restart(t)
	g.deliver(textMsg(g.id(), 203, "国家一类赛"), b.hook, a.hook)
	g.deliver(textMsg(g.id(), 203, "第10名"), a.hook, b.hook)
	once(t, sent(api, 203), "哪一级", "您获得第几名", "✅ 符合｜推荐为甘肃省技术能手")

	srv.RestartEmpty(t)
	// Each replica notices within its sweep and marks the chats it knew
	// to be in a check; wait for the mark of chat 204's replica.
	rdb := srv.Client(t)
	for i := 0; rdb.HExists(context.Background(), "policybot:{tg:204}:session", "l").Val() == false; i++ {
		if i > 400 {
			t.Fatalf("the lost check of chat 204 was never marked:\n%s\n%s", a.out.String(), b.out.String())
		}
		time.Sleep(25 * time.Millisecond)
	}
	g.deliver(textMsg(g.id(), 204, "行政单位"), a.hook)
	got := sent(api, 204)
	if last := got[len(got)-1]; !strings.Contains(last, "进度丢失") || !strings.Contains(last, "/check") {
		t.Errorf("the user whose check vanished was told %q", last)
	}
	g.deliver(textMsg(g.id(), 205, "/help"), b.hook)
	for _, m := range sent(api, 205) {
		if strings.Contains(m, "丢失") {
			t.Errorf("a user without a check was told of a loss: %q", m)
		}
	}
	for _, chat := range []int64{203, 204, 205} {
		for _, m := range sent(api, chat) {
			if strings.Contains(m, "没有丢失") {
				t.Errorf("chat %d was told nothing was lost: %q", chat, m)
			}
		}
	}
}

// TestFault429And5xxBursts: bursts of 429 and 5xx from the Bot API delay
// replies but lose none, and each chat's replies stay in order.
func TestFault429And5xxBursts(t *testing.T) {
	faultTest(t)
	srv := redistest.Start(t)
	api := tgtest.New(t)
	a := startServe(t, api, srv.URL(), "REPLICA_ID=a")
	b := startServe(t, api, srv.URL(), "REPLICA_ID=b")
	g := &tg{t: t}
	var burst []int
	for i := 0; i < 12; i++ {
		burst = append(burst, []int{429, 502, 500, 503}[i%4])
	}
	api.FailNext("sendMessage", burst...)
	var wg sync.WaitGroup
	for _, chat := range []int64{211, 212, 213} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, text := range []string{"/check 技能竞赛荣誉", "国家一类赛", "第10名", "/about"} {
				g.deliver(textMsg(g.id(), chat, text), []string{a.hook, b.hook}[i%2], a.hook)
			}
		}()
	}
	wg.Wait()
	for _, chat := range []int64{211, 212, 213} {
		once(t, sent(api, chat), "哪一级", "您获得第几名", "✅ 符合｜推荐为甘肃省技术能手", "文号")
	}
	if n := len(api.Calls("sendMessage")); n < len(burst) {
		t.Errorf("only %d calls; the burst of %d failures was not all served", n, len(burst))
	}
	_ = fmt.Sprint
}

func slicesRepeat(v, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = v
	}
	return out
}
