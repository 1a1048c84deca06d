package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/linxia-talent/policybot/desk"
	"github.com/linxia-talent/policybot/desk/memdesk"
	"github.com/linxia-talent/policybot/desk/redisdesk"
	"github.com/linxia-talent/policybot/dialog/redisstore"
	"github.com/linxia-talent/policybot/internal/redistest"
	"github.com/linxia-talent/policybot/internal/tgtest"
)

const (
	staffChat = int64(-100777)
	admin     = int64(99) // an administrator of the staff chat
	outsider  = int64(55) // a member who is not staff
)

func staffChatJSON() map[string]any {
	return map[string]any{"id": staffChat, "type": "supergroup", "title": "人社局值班"}
}

// card is the last post of a case in the staff chat: its message id, text
// and buttons.
func (h *harness) card(t *testing.T, id int64) (int, string, models.InlineKeyboardMarkup, int) {
	t.Helper()
	var kb models.InlineKeyboardMarkup
	for _, c := range h.api.Calls("sendMessage") {
		if c.OK && c.Params["chat_id"] == fmt.Sprint(staffChat) && strings.Contains(c.Params["text"], fmt.Sprintf("<b>案件 #%d</b>", id)) {
			if err := jsonUnmarshal(c.Params["reply_markup"], &kb); err != nil {
				t.Fatal(err)
			}
			thread, _ := strconv.Atoi(c.Params["message_thread_id"])
			return c.ID, c.Params["text"], kb, thread
		}
	}
	t.Fatalf("case #%d was not posted to the staff chat; staff got %q", id, h.api.Sent(staffChat))
	return 0, "", kb, 0
}

// staffPress presses a button of the staff chat's message as user from.
func (h *harness) staffPress(from int64, msgID int, text string, kb models.InlineKeyboardMarkup, label string) {
	h.t.Helper()
	data := ""
	for _, row := range kb.InlineKeyboard {
		for _, b := range row {
			if strings.Contains(b.Text, label) {
				data = b.CallbackData
			}
		}
	}
	if data == "" {
		h.t.Fatalf("no button %q in %+v", label, kb)
	}
	id := h.id()
	u := encode(map[string]any{"update_id": id, "callback_query": map[string]any{
		"id": fmt.Sprint("cb", id), "from": user(from), "chat_instance": "2", "data": data,
		"message": map[string]any{"message_id": msgID, "date": 1, "chat": staffChatJSON(), "text": html.UnescapeString(text), "reply_markup": kb},
	}})
	if code := h.post(u, secret); code != http.StatusOK {
		h.t.Fatalf("webhook: status %d", code)
	}
}

// staffSay sends a message to the staff chat as user from: in a topic
// (thread ≠ 0), or as a reply to message replyTo (≠ 0) that the bot sent.
func (h *harness) staffSay(from int64, text string, thread, replyTo int) {
	h.t.Helper()
	id := h.id()
	m := map[string]any{"message_id": 5000 + id, "date": 1, "chat": staffChatJSON(), "from": user(from), "text": text}
	if thread != 0 {
		m["message_thread_id"], m["is_topic_message"] = thread, true
	}
	if replyTo != 0 {
		m["reply_to_message"] = map[string]any{"message_id": replyTo, "date": 1, "chat": staffChatJSON(),
			"from": map[string]any{"id": 123456, "is_bot": true, "first_name": "bot"}, "text": "…"}
	}
	if code := h.post(encode(map[string]any{"update_id": id, "message": m}), secret); code != http.StatusOK {
		h.t.Fatalf("webhook: status %d", code)
	}
}

func deskHarness(t *testing.T, forum bool, edit func(*Config)) *harness {
	h := newHarness(t, func(c *Config) {
		c.StaffChat = staffChat
		if edit != nil {
			edit(c)
		}
	})
	h.api.SetAdmins(admin)
	h.api.SetForum(forum)
	return h
}

// TestStaffDesk: a user asks for a person → a case in the staff group with
// the answers so far → staff claim it → a reply reaches the user → the
// user's next message reaches the case → close → the bot answers again.
// Someone who is not staff pressing 接手 or replying changes nothing. Run
// in a forum group (a topic per case) and a plain group (reply threads).
func TestStaffDesk(t *testing.T) {
	for _, forum := range []bool{true, false} {
		t.Run(fmt.Sprintf("forum=%v", forum), func(t *testing.T) {
			h := deskHarness(t, forum, nil)
			const u = 11
			h.say(u, "/check 创业担保贷款")
			h.press(u, "高校毕业生本人")
			got := joined(h.say(u, "转人工"))
			mustContain(t, got, "案件 #1", "工作人员接手后会在这里直接回复您")

			msg, text, kb, thread := h.card(t, 1)
			mustContain(t, text, "等待接手", "申请人：高校毕业生本人", "第14条", "创业担保贷款", "用户说要转人工或投诉")
			topics := h.api.Calls("createForumTopic")
			if forum && (len(topics) != 1 || thread == 0 || thread != topics[0].ID) {
				t.Fatalf("forum: topics %+v, card in thread %d", topics, thread)
			}
			if !forum && (len(topics) != 0 || thread != 0) {
				t.Fatalf("plain group: topics %+v, thread %d", topics, thread)
			}
			// where staff answer: in the topic, or by replying to the card
			at := func(from int64, text string) {
				if forum {
					h.staffSay(from, text, thread, 0)
				} else {
					h.staffSay(from, text, 0, msg)
				}
			}

			// Someone who is not staff: nothing visible happens.
			before := len(h.api.Sent(u))
			edits := len(h.api.Calls("editMessageText"))
			h.staffPress(outsider, msg, text, kb, "接手")
			at(outsider, "我来回答：不用带证件")
			if n := len(h.api.Sent(u)) - before; n != 0 {
				t.Errorf("an outsider's press and reply sent the user %d messages", n)
			}
			if n := len(h.api.Calls("editMessageText")) - edits; n != 0 {
				t.Errorf("an outsider's press edited the card")
			}
			answers := h.api.Calls("answerCallbackQuery")
			if last := answers[len(answers)-1]; last.Params["text"] != "" {
				t.Errorf("an outsider's press got a notice: %q", last.Params["text"])
			}
			mustContain(t, h.logs.String(), "non-staff")
			if c, _ := h.bot.desk.Get(context.Background(), 1); c.State != desk.Waiting || len(c.Messages) != 0 {
				t.Errorf("after an outsider: %+v", c)
			}

			// Staff claim it; the user hears.
			h.staffPress(admin, msg, text, kb, "接手")
			mustContain(t, joined(h.api.Sent(u)[before:]), "工作人员已接手")
			edited := h.api.Calls("editMessageText")
			mustContain(t, edited[len(edited)-1].Params["text"], "由 用户 接手")

			// A reply reaches the user, escaped.
			before = len(h.api.Sent(u))
			at(admin, "请带<身份证>和毕业证来窗口")
			mustContain(t, strings.Join(h.api.Sent(u)[before:], "\n"), "工作人员回复（案件 #1）", "请带&lt;身份证&gt;和毕业证来窗口")

			// The user's next message reaches the case, not the engine.
			staffBefore := len(h.api.Sent(staffChat))
			if got := h.say(u, "好的，大学生创业能贷多少钱？"); len(got) != 0 {
				t.Errorf("while the case is open the bot answered: %q", got)
			}
			relayed := h.api.Calls("sendMessage")
			last := relayed[len(relayed)-1]
			mustContain(t, last.Params["text"], "好的，大学生创业能贷多少钱")
			if len(h.api.Sent(staffChat)) <= staffBefore || last.Params["chat_id"] != fmt.Sprint(staffChat) {
				t.Fatalf("the user's message did not reach the staff chat")
			}
			if forum && last.Params["message_thread_id"] != fmt.Sprint(thread) {
				t.Errorf("the user's message went outside the case's topic: %v", last.Params)
			}
			if !forum && !strings.Contains(last.Params["reply_parameters"], fmt.Sprint(msg)) {
				t.Errorf("the user's message is not under the case's post: %v", last.Params)
			}
			// Staff can answer that message by replying to it too.
			before = len(h.api.Sent(u))
			h.staffSay(admin, "最多20万元", 0, last.ID)
			mustContain(t, joined(h.api.Sent(u)[before:]), "最多20万元")

			// Close: the user is told, and the bot answers again.
			edited = h.api.Calls("editMessageText")
			var cur models.InlineKeyboardMarkup
			jsonUnmarshal(edited[len(edited)-1].Params["reply_markup"], &cur)
			before = len(h.api.Sent(u))
			h.staffPress(admin, msg, text, cur, "关闭")
			mustContain(t, joined(h.api.Sent(u)[before:]), "本次人工服务已结束")
			mustContain(t, joined(h.say(u, "大学生创业能贷多少钱")), "第14条")

			// A reply into the closed case is refused, with the reason.
			before = len(h.api.Sent(u))
			at(admin, "还有一件事")
			if n := len(h.api.Sent(u)) - before; n != 0 {
				t.Errorf("a reply into a closed case reached the user")
			}
			mustContain(t, h.api.Sent(staffChat)[len(h.api.Sent(staffChat))-1], "已关闭", "没有转给用户")

			c, err := h.bot.desk.Get(context.Background(), 1)
			if err != nil || c.State != desk.Closed || c.Owner.ID != admin || len(c.Messages) != 3 {
				t.Errorf("the case's record: %+v, %v", c, err)
			}
			if strings.Contains(h.logs.String(), "身份证") || strings.Contains(h.logs.String(), "大学生创业") {
				t.Errorf("message text reached the log")
			}
		})
	}
}

// TestStaffReplyWithoutOpenCaseIsRefused: a staff reply to a bot message
// that belongs to no case is refused and says why; a reply to a message
// that merely names a user (the old 「#u<id>」 relay) reaches nobody.
func TestStaffReplyWithoutOpenCaseIsRefused(t *testing.T) {
	h := deskHarness(t, false, nil)
	h.say(11, "你好")
	h.staffSay(admin, "/cases", 0, 0)
	list := h.api.Calls("sendMessage")
	last := list[len(list)-1]
	mustContain(t, last.Params["text"], "目前没有进行中的案件")
	before := len(h.api.Sent(11))
	h.staffSay(admin, "#u11 你好，我是工作人员", 0, last.ID)
	mustContain(t, h.api.Sent(staffChat)[len(h.api.Sent(staffChat))-1], "没有转给任何用户")
	if n := len(h.api.Sent(11)) - before; n != 0 {
		t.Errorf("a reply outside any case reached user 11")
	}
	// Someone who is not staff gets no answer to /cases, and no refusal.
	staffBefore := len(h.api.Sent(staffChat))
	h.staffSay(outsider, "/cases", 0, 0)
	h.staffSay(outsider, "回复", 0, last.ID)
	if n := len(h.api.Sent(staffChat)) - staffBefore; n != 0 {
		t.Errorf("an outsider's commands got %d answers", n)
	}
}

// TestManyRequestsMakeOneCase: 30 /human in a minute make one case and one
// post in the staff chat.
func TestManyRequestsMakeOneCase(t *testing.T) {
	h := deskHarness(t, true, nil)
	for range 30 {
		h.say(12, "/human")
	}
	if n := len(h.api.Calls("createForumTopic")); n != 1 {
		t.Errorf("%d topics, want 1", n)
	}
	if n := len(h.api.Sent(staffChat)); n != 1 {
		t.Errorf("%d posts to staff, want 1: %q", n, h.api.Sent(staffChat))
	}
	open, _ := h.bot.desk.List(context.Background())
	if len(open) != 1 {
		t.Fatalf("%d open cases, want 1", len(open))
	}
	asked := 0
	for _, e := range open[0].Events {
		if strings.HasPrefix(e.Kind, "asked-again") {
			asked++
		}
	}
	if asked == 0 {
		t.Errorf("the repeated requests left no trace in the case's history: %+v", open[0].Events)
	}
}

// TestCasesList: /cases lists open cases with their age and owner.
func TestCasesList(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	clock := &testClock{t: now}
	h := deskHarness(t, false, func(c *Config) {
		c.Now = clock.now
		c.Desk = desk.New(newMemDesk(clock.now), clock.now)
	})
	h.say(11, "/human")
	h.say(12, "/human")
	msg, text, kb, _ := h.card(t, 2)
	h.staffPress(admin, msg, text, kb, "接手")
	clock.add(90 * time.Minute)
	h.staffSay(admin, "/cases", 0, 0)
	got := h.api.Sent(staffChat)
	mustContain(t, got[len(got)-1], "进行中的案件（2）", "#1 · 等待接手 · 已1小时", "#2 · 用户 接手 · 已1小时")
}

// TestUnclaimedCaseIsRaisedAgain: after RaiseAfter staff are reminded in
// the case's thread and the user is told a person will answer.
func TestUnclaimedCaseIsRaisedAgain(t *testing.T) {
	h := deskHarness(t, true, func(c *Config) { c.RaiseAfter = 40 * time.Millisecond })
	h.say(11, "/human")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go h.bot.RunDesk(ctx)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(joined(h.api.Sent(11)), "我们已再次提醒值班人员") {
		if time.Now().After(deadline) {
			t.Fatalf("the user was never told; staff got %q", h.api.Sent(staffChat))
		}
		time.Sleep(10 * time.Millisecond)
	}
	_, _, _, thread := h.card(t, 1)
	var reminder *tgtest.Call
	for _, c := range h.api.Calls("sendMessage") {
		if strings.Contains(c.Params["text"], "还没有人接手") {
			reminder = &c
		}
	}
	if reminder == nil || reminder.Params["message_thread_id"] != fmt.Sprint(thread) || !strings.Contains(reminder.Params["reply_markup"], "接手") {
		t.Errorf("reminder: %+v", reminder)
	}
}

// TestForgetRemovesCases: /forget deletes the user's cases, open and
// closed, and the staff group's copies say so.
func TestForgetRemovesCases(t *testing.T) {
	h := deskHarness(t, true, nil)
	h.say(11, "/human")
	msg, text, kb, thread := h.card(t, 1)
	h.staffPress(admin, msg, text, kb, "关闭")
	h.say(11, "/human")
	h.card(t, 2)
	mustContain(t, joined(h.say(11, "/forget")), "已删除", "人工服务记录也已删除")
	edits := h.api.Calls("editMessageText")
	forgot := 0
	for _, e := range edits {
		if strings.Contains(e.Params["text"], "用户已要求删除其记录") {
			forgot++
			if strings.Contains(e.Params["text"], "用户（11）") {
				t.Errorf("the edited copy still names the user")
			}
		}
	}
	if forgot != 2 {
		t.Errorf("%d staff copies edited, want 2", forgot)
	}
	if n := len(h.api.Calls("editForumTopic")); n != 2 {
		t.Errorf("%d topics renamed, want 2", n)
	}
	for _, id := range []int64{1, 2} {
		if _, err := h.bot.desk.Get(context.Background(), id); err == nil {
			t.Errorf("case %d survived /forget", id)
		}
	}
	before := len(h.api.Sent(11))
	h.staffSay(admin, "您好？", thread, 0)
	if len(h.api.Sent(11)) != before {
		t.Errorf("a reply in a forgotten case's topic reached the user")
	}
	// The bot answers the user again.
	mustContain(t, joined(h.say(11, "大学生创业能贷多少钱")), "第14条")
}

// TestCaseSurvivesRestart: with Redis, a process stops in the middle of a
// case and a new one carries on: the claim, the relay and the user's
// messages all find the case.
func TestCaseSurvivesRestart(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client(t)
	stores := func(c *Config) {
		st := redisstore.New(rdb, time.Hour)
		c.Store, c.Engine = st, newEngine(t, st)
		c.Desk = desk.New(redisdesk.New(rdb, time.Hour), nil)
		c.StaffUsers = []int64{admin}
	}
	h := deskHarness(t, true, stores)
	h.say(11, "/check 创业担保贷款")
	h.press(11, "高校毕业生本人")
	h.say(11, "/human")
	msg, text, kb, thread := h.card(t, 1)
	h.bot.Close()

	// A new process, on the same Redis and the same Telegram.
	b2, err := New(func() Config {
		c := h.bot.cfg
		c.Desk = nil
		stores(&c)
		return c
	}())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b2.Close)
	h.bot = b2
	h.hook = httptest.NewServer(b2.WebhookHandler(secret))
	t.Cleanup(h.hook.Close)

	h.staffPress(admin, msg, text, kb, "接手")
	mustContain(t, joined(h.api.Sent(11)), "工作人员已接手")
	h.staffSay(admin, "请说说您的情况", thread, 0)
	mustContain(t, joined(h.api.Sent(11)), "请说说您的情况")
	if got := h.say(11, "我是应届毕业生"); len(got) != 0 {
		t.Errorf("after the restart the user's message went to the bot: %q", got)
	}
	c, err := b2.desk.Get(context.Background(), 1)
	if err != nil || c.State != desk.Claimed || len(c.Messages) != 2 || len(c.Answers) != 1 {
		t.Errorf("after the restart: %+v, %v", c, err)
	}
}

// TestStaffAuthCachesAdministrators: administrators are read once per
// cache period; STAFF_USER_IDS, when set, decide alone.
func TestStaffAuthCachesAdministrators(t *testing.T) {
	clock := &testClock{t: time.Now()}
	h := deskHarness(t, false, func(c *Config) { c.Now = clock.now; c.AdminCache = time.Minute })
	ctx := context.Background()
	for _, tc := range []struct {
		user int64
		want bool
	}{{admin, true}, {outsider, false}, {admin, true}} {
		if got, err := h.bot.Staff().IsStaff(ctx, tc.user); got != tc.want || err != nil {
			t.Errorf("IsStaff(%d) = %v, %v", tc.user, got, err)
		}
	}
	if n := len(h.api.Calls("getChatAdministrators")); n != 1 {
		t.Errorf("%d reads of the administrators, want 1", n)
	}
	h.api.SetAdmins(outsider)
	clock.add(2 * time.Minute)
	if got, _ := h.bot.Staff().IsStaff(ctx, outsider); !got {
		t.Errorf("a new administrator is not staff after the cache time")
	}
	if h.bot.Staff().Chat() != staffChat {
		t.Errorf("Chat() = %d", h.bot.Staff().Chat())
	}
	listed := deskHarness(t, false, func(c *Config) { c.StaffUsers = []int64{7} })
	if got, _ := listed.bot.Staff().IsStaff(ctx, admin); got {
		t.Errorf("with STAFF_USER_IDS an administrator not listed is staff")
	}
	if got, _ := listed.bot.Staff().IsStaff(ctx, 7); !got {
		t.Errorf("a listed user is not staff")
	}
}

func jsonUnmarshal(s string, v any) error {
	if s == "" {
		return nil
	}
	return json.Unmarshal([]byte(s), v)
}

// testClock is a clock a test moves.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func newMemDesk(now func() time.Time) *memdesk.Store { return memdesk.New(desk.Retention, now) }

// TestUserEndsCase: /cancel while a case is open ends it; staff see so,
// and the bot answers again.
func TestUserEndsCase(t *testing.T) {
	h := deskHarness(t, false, nil)
	mustContain(t, joined(h.say(11, "/human")), "/cancel")
	mustContain(t, joined(h.say(11, "/cancel")), "已结束本次人工服务（案件 #1）")
	mustContain(t, h.api.Sent(staffChat)[len(h.api.Sent(staffChat))-1], "用户发送 /cancel 结束了案件 #1")
	edits := h.api.Calls("editMessageText")
	if len(edits) == 0 || !strings.Contains(edits[len(edits)-1].Params["text"], "已关闭") || edits[len(edits)-1].Params["reply_markup"] != "" {
		t.Errorf("the card was not shown closed: %+v", edits)
	}
	mustContain(t, joined(h.say(11, "大学生创业能贷多少钱")), "第14条")
}
