package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/memstore"
	"github.com/linxia-talent/policybot/internal/tgtest"
	"github.com/linxia-talent/policybot/internal/zh"
	"github.com/linxia-talent/policybot/knowledge"
)

const secret = "s3cret-webhook"

var lapsed = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

type harness struct {
	t    testing.TB
	api  *tgtest.Server
	bot  *Bot
	hook *httptest.Server
	logs *bytes.Buffer
	next int64
	mu   sync.Mutex
}

func newEngine(t testing.TB, store dialog.SessionStore) *dialog.Engine {
	t.Helper()
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := knowledge.New(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	now := func() time.Time { return lapsed }
	n, err := zh.New()
	if err != nil {
		t.Fatal(err)
	}
	e, err := dialog.New(dialog.Config{Corpus: c, Answerer: ix, Store: store, Now: now, Normalize: n.Normalize, NamesSubject: ix.NamesSubject})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func newHarness(t testing.TB, edit func(*Config)) *harness {
	t.Helper()
	api := tgtest.New(t)
	logs := &bytes.Buffer{}
	store := memstore.New(time.Hour, time.Now)
	cfg := Config{
		Token: tgtest.Token, APIURL: api.URL, Engine: newEngine(t, store), Store: store,
		Logger:  slog.New(slog.NewTextHandler(&lockedWriter{w: logs}, nil)),
		Metrics: NewMetrics(prometheus.NewRegistry()),
		Backoff: func(int) time.Duration { return time.Millisecond }, RetryAfterUnit: time.Millisecond,
	}
	if edit != nil {
		edit(&cfg)
	}
	b, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	hook := httptest.NewServer(b.WebhookHandler(secret))
	t.Cleanup(hook.Close)
	t.Cleanup(b.Close)
	return &harness{t: t, api: api, bot: b, hook: hook, logs: logs, next: 1}
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// post delivers an update through the webhook, as Telegram would, and
// returns the HTTP status.
func (h *harness) post(update string, secretHeader string) int {
	h.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, h.hook.URL, strings.NewReader(update))
	req.Header.Set("Content-Type", "application/json")
	if secretHeader != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secretHeader)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func (h *harness) id() int64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.next++
	return h.next
}

func user(chat int64) map[string]any {
	return map[string]any{"id": chat, "is_bot": false, "first_name": "用户"}
}

func privateChat(chat int64) map[string]any {
	return map[string]any{"id": chat, "type": "private", "first_name": "用户"}
}

func encode(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func textUpdate(id, chat int64, text string) string {
	return encode(map[string]any{"update_id": id, "message": map[string]any{
		"message_id": id, "date": 1, "chat": privateChat(chat), "from": user(chat), "text": text}})
}

// say sends text from chat through the webhook and returns what the bot
// sent back.
func (h *harness) say(chat int64, text string) []string {
	h.t.Helper()
	before := len(h.api.Sent(chat))
	if code := h.post(textUpdate(h.id(), chat, text), secret); code != http.StatusOK {
		h.t.Fatalf("webhook: status %d", code)
	}
	return h.api.Sent(chat)[before:]
}

// keyboard returns the buttons of the last message sent to chat.
func (h *harness) keyboard(chat int64) (msgID int, text string, kb models.InlineKeyboardMarkup) {
	h.t.Helper()
	calls := h.api.Calls("sendMessage")
	for i := len(calls) - 1; i >= 0; i-- {
		c := calls[i]
		if c.Params["chat_id"] != fmt.Sprint(chat) {
			continue
		}
		if c.Params["reply_markup"] == "" {
			h.t.Fatalf("the last message to %d has no buttons:\n%s", chat, c.Params["text"])
		}
		json.Unmarshal([]byte(c.Params["reply_markup"]), &kb)
		return 1000 + i, c.Params["text"], kb
	}
	h.t.Fatalf("nothing sent to %d", chat)
	return
}

// press taps the button whose label contains label on the last message.
func (h *harness) press(chat int64, label string) []string {
	h.t.Helper()
	msgID, text, kb := h.keyboard(chat)
	var btn *models.InlineKeyboardButton
	for _, row := range kb.InlineKeyboard {
		for i := range row {
			if strings.Contains(row[i].Text, label) {
				btn = &row[i]
			}
		}
	}
	if btn == nil {
		h.t.Fatalf("no button %q in %+v", label, kb)
	}
	if len(btn.CallbackData) > 64 {
		h.t.Errorf("callback data %q is over 64 bytes", btn.CallbackData)
	}
	return h.pressData(chat, msgID, text, kb, btn.CallbackData)
}

func (h *harness) pressData(chat int64, msgID int, text string, kb models.InlineKeyboardMarkup, data string) []string {
	h.t.Helper()
	before := len(h.api.Sent(chat))
	id := h.id()
	u := encode(map[string]any{"update_id": id, "callback_query": map[string]any{
		"id": fmt.Sprint("cb", id), "from": user(chat), "chat_instance": "1", "data": data,
		"message": map[string]any{"message_id": msgID, "date": 1, "chat": privateChat(chat), "text": html.UnescapeString(text), "reply_markup": kb},
	}})
	if code := h.post(u, secret); code != http.StatusOK {
		h.t.Fatalf("webhook: status %d", code)
	}
	return h.api.Sent(chat)[before:]
}

func joined(msgs []string) string { return html.UnescapeString(strings.Join(msgs, "\n")) }

func mustContain(t *testing.T, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("reply lacks %q:\n%s", w, got)
		}
	}
}

func TestStartAndFreeQuestion(t *testing.T) {
	h := newHarness(t, nil)
	got := joined(h.say(7, "/start"))
	mustContain(t, got, "人才政策助手", "/check", "2026年6月22日", "已失效")
	got = joined(h.say(7, "大学生创业能贷多少钱"))
	mustContain(t, got, "第14条（全面提升人才服务保障能力）", "20万元", "<blockquote>")
	got = joined(h.say(7, "今天兰州天气怎么样"))
	mustContain(t, got, "没有找到", "人工")
	for _, c := range h.api.Calls("sendMessage") {
		if c.Params["parse_mode"] != "HTML" {
			t.Errorf("message sent without parse_mode HTML: %q", c.Params["text"])
		}
	}
}

func TestEveryCheckByButtons(t *testing.T) {
	for _, tc := range []struct {
		check   string
		presses []string
		article string
	}{
		{"创业担保贷款", []string{"高校毕业生本人", "是", "不确定"}, "第14条"},   // after a question about guarantees
		{"离岗创业", []string{"科研院所", "是", "离岗创办企业", "是"}, "第1条"}, // years is typed
		{"科技特派员", []string{"机关单位", "以上都不是", "是"}, "第15条"},
		{"技能竞赛荣誉", []string{"省级"}, "第8条"}, // the place is typed, then the class pressed
		{"柔性引进补助", []string{"特聘专家", "是", "是"}, "第2条"},
	} {
		t.Run(tc.check, func(t *testing.T) {
			h := newHarness(t, nil)
			if tc.check == "创业担保贷款" {
				h.say(9, "要不要反担保") // the spouse's card is asked of one who asks this
			}
			h.say(9, "/check")
			var got []string
			got = h.press(9, tc.check)
			for _, p := range tc.presses {
				got = h.press(9, p)
			}
			switch tc.check { // the number questions are typed
			case "离岗创业":
				got = h.say(9, "两年")
			case "科技特派员":
				got = h.say(9, "0")
			case "技能竞赛荣誉":
				h.say(9, "第1名")
				got = h.press(9, "一类赛")
			}
			mustContain(t, joined(got), "自查结果", "✅ 符合", tc.article, "有效期")
			// Every press was answered and its message edited.
			presses := len(tc.presses) + 1
			if n := len(h.api.Calls("answerCallbackQuery")); n < presses {
				t.Errorf("%d callbacks answered, want %d", n, presses)
			}
			if n := len(h.api.Calls("editMessageText")); n < presses {
				t.Errorf("%d pressed messages edited, want %d", n, presses)
			}
		})
	}
}

func TestPressedButtonShowsAnswerAndStaleButtonsAreKind(t *testing.T) {
	h := newHarness(t, nil)
	h.say(5, "/check 创业担保贷款")
	msgID, text, kb := h.keyboard(5)
	h.press(5, "高校毕业生本人")
	edits := h.api.Calls("editMessageText")
	if len(edits) != 1 || !strings.Contains(edits[0].Params["text"], "👉 高校毕业生本人") || edits[0].Params["reply_markup"] != "" {
		t.Fatalf("edit of the pressed message: %+v", edits)
	}
	h.say(5, "/cancel")
	got := h.pressData(5, msgID, text, kb, kb.InlineKeyboard[1][0].CallbackData)
	answers := h.api.Calls("answerCallbackQuery")
	if last := answers[len(answers)-1]; !strings.Contains(last.Params["text"], "已经结束") {
		t.Errorf("stale button answered with %q", last.Params["text"])
	}
	mustContain(t, joined(got), "已经结束")
	if n := len(h.api.Calls("editMessageReplyMarkup")); n != 1 {
		t.Errorf("the stale keyboard was not removed (%d edits)", n)
	}
}

func TestInaccessibleMessageButton(t *testing.T) {
	h := newHarness(t, nil)
	h.say(6, "/check")
	id := h.id()
	u := encode(map[string]any{"update_id": id, "callback_query": map[string]any{
		"id": "cbx", "from": user(6), "chat_instance": "1", "data": "k:loan",
		"message": map[string]any{"message_id": 1, "date": 0, "chat": privateChat(6)},
	}})
	if code := h.post(u, secret); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if n := len(h.api.Calls("answerCallbackQuery")); n != 1 {
		t.Errorf("callback answered %d times", n)
	}
	mustContain(t, joined(h.api.Sent(6)), "这笔贷款以谁的名义申请")
}

func TestWrongAnswersStickersAndEdits(t *testing.T) {
	h := newHarness(t, nil)
	h.say(3, "/check 科技特派员")
	got := joined(h.say(3, "随便吧"))
	mustContain(t, got, "没能识别", "您在哪类单位工作")
	id := h.id()
	sticker := encode(map[string]any{"update_id": id, "message": map[string]any{"message_id": id, "date": 1,
		"chat": privateChat(3), "from": user(3),
		"sticker": map[string]any{"file_id": "f", "file_unique_id": "u", "type": "regular", "width": 1, "height": 1, "is_animated": false, "is_video": false}}})
	before := len(h.api.Sent(3))
	h.post(sticker, secret)
	mustContain(t, joined(h.api.Sent(3)[before:]), "只能读文字", "您在哪类单位工作")
	before = len(h.api.Sent(3))
	edited := encode(map[string]any{"update_id": h.id(), "edited_message": map[string]any{"message_id": 1, "date": 1, "edit_date": 2,
		"chat": privateChat(3), "from": user(3), "text": "1"}})
	h.post(edited, secret)
	if n := len(h.api.Sent(3)) - before; n != 0 {
		t.Errorf("an edited message got %d replies", n)
	}
	unknown := encode(map[string]any{"update_id": h.id(), "poll": map[string]any{"id": "p", "question": "?", "options": []any{}}})
	if code := h.post(unknown, secret); code != http.StatusOK {
		t.Errorf("unknown update kind: status %d", code)
	}
}

func TestHTMLIsEscaped(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.StaffChat = staffChat; c.StaffUsers = []int64{admin} })
	for _, text := range []string{"<b>贷款</b> & <script>", `+-:^()"*? 贷款`, "**markdown** _x_ [a](b)", strings.Repeat("贷款<&>", 2000), "🙂"} {
		h.say(11, text)
	}
	// The staff relay echoes text, so special characters make the round trip.
	h.say(11, "/human")
	msg, _, _, _ := h.card(t, 1)
	h.staffSay(admin, "<b>请带身份证</b> & 毕业证 <a href=x>", 0, msg)
	got := h.api.Sent(11)
	last := got[len(got)-1]
	if !strings.Contains(last, "&lt;b&gt;请带身份证&lt;/b&gt; &amp; 毕业证 &lt;a href=x&gt;") {
		t.Errorf("staff reply not escaped: %q", last)
	}
	// The fake server rejects HTML Telegram would reject; none was.
	for _, c := range h.api.Calls("sendMessage") {
		if err := tgtest.CheckHTML(c.Params["text"]); err != nil {
			t.Errorf("bad HTML sent: %v", err)
		}
	}
	if strings.Contains(h.logs.String(), "贷款") || strings.Contains(h.logs.String(), "请带身份证") {
		t.Errorf("message text reached the log:\n%s", h.logs.String())
	}
}

func TestRetriesOn429And5xx(t *testing.T) {
	h := newHarness(t, nil)
	h.api.FailNext("sendMessage", http.StatusTooManyRequests, http.StatusBadGateway, http.StatusInternalServerError)
	got := joined(h.say(4, "科技特派员能连续干几年"))
	if !strings.Contains(got, "第15条") {
		t.Errorf("reply lost after 429 and 5xx:\n%s", got)
	}
	if n := len(h.api.Calls("sendMessage")); n != 4 {
		t.Errorf("sendMessage called %d times, want 4 (3 failures, 1 success)", n)
	}
	// A request Telegram rejects outright is not retried, and is logged.
	h.api.FailNext("sendMessage", http.StatusForbidden)
	before := len(h.api.Calls("sendMessage"))
	h.say(4, "/help")
	if n := len(h.api.Calls("sendMessage")) - before; n != 1 {
		t.Errorf("a 403 was tried %d times", n)
	}
	if !strings.Contains(h.logs.String(), "reply not delivered") {
		t.Errorf("a lost reply was not logged")
	}
	if strings.Contains(h.logs.String(), tgtest.Token) {
		t.Errorf("the token reached the log")
	}
}

func TestDuplicateUpdateHandledOnce(t *testing.T) {
	h := newHarness(t, nil)
	u := textUpdate(500, 8, "/help")
	h.post(u, secret)
	h.post(u, secret)
	if n := len(h.api.Sent(8)); n != 1 {
		t.Errorf("a redelivered update got %d replies", n)
	}
}

func TestWebhookRefusesWrongSecret(t *testing.T) {
	h := newHarness(t, nil)
	for _, s := range []string{"", "wrong", secret + "x"} {
		if code := h.post(textUpdate(h.id(), 8, "/start"), s); code != http.StatusUnauthorized {
			t.Errorf("secret %q: status %d, want 401", s, code)
		}
	}
	if n := len(h.api.Calls("sendMessage")); n != 0 {
		t.Errorf("refused requests produced %d messages", n)
	}
	resp, err := http.Get(h.hook.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: status %d", resp.StatusCode)
	}
}

func TestFloodControl(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.FloodLimit = 5 })
	for i := 0; i < 9; i++ {
		h.say(12, "/help")
	}
	got := h.api.Sent(12)
	if len(got) != 6 || !strings.Contains(got[5], "稍等") {
		t.Errorf("got %d replies to 9 messages with a limit of 5 (want 5 and one warning):\n%q", len(got), got)
	}
	h.say(13, "/help")
	if len(h.api.Sent(13)) != 1 {
		t.Errorf("another chat was limited")
	}
}

func TestGroupsGetAPointerToPrivateChat(t *testing.T) {
	h := newHarness(t, nil)
	group := map[string]any{"id": -42, "type": "group", "title": "人才群"}
	for i, text := range []string{"/start", "大家好", "/check@other_bot"} {
		id := h.id()
		h.post(encode(map[string]any{"update_id": id, "message": map[string]any{"message_id": id, "date": 1, "chat": group, "from": user(5), "text": text}}), secret)
		got := h.api.Sent(-42)
		if want := 1; i >= 0 && len(got) != want {
			t.Errorf("after %q: %d messages in the group, want %d", text, len(got), want)
		}
	}
	mustContain(t, joined(h.api.Sent(-42)), "私聊", "t.me/linxia_test_bot")
}

// panicEngine panics on every input.
type panicEngine struct{}

func (panicEngine) HandleWith(context.Context, dialog.SessionStore, dialog.Input) (dialog.Reply, error) {
	panic("boom")
}

func TestPanicIsRecovered(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Engine = panicEngine{} })
	got := joined(h.say(21, "秘密内容"))
	mustContain(t, got, "抱歉", "/human")
	if !strings.Contains(h.logs.String(), "panic") || strings.Contains(h.logs.String(), "秘密内容") {
		t.Errorf("panic log:\n%s", h.logs.String())
	}
	got = joined(h.say(21, "again"))
	mustContain(t, got, "抱歉")
}

// orderEngine records the order each chat's inputs arrive in, taking a
// little time on each so that a reordering would show.
type orderEngine struct {
	mu   sync.Mutex
	seen map[string][]string
}

func (e *orderEngine) HandleWith(_ context.Context, _ dialog.SessionStore, in dialog.Input) (dialog.Reply, error) {
	time.Sleep(time.Duration(len(in.Text)%3) * time.Millisecond)
	e.mu.Lock()
	e.seen[in.Chat] = append(e.seen[in.Chat], in.Text)
	e.mu.Unlock()
	return dialog.Reply{Blocks: []dialog.Block{{Text: "ok " + in.Text}}}, nil
}

func TestPollingKeepsEachChatInOrder(t *testing.T) {
	eng := &orderEngine{seen: map[string][]string{}}
	h := newHarness(t, func(c *Config) { c.Engine = eng; c.FloodLimit = 1000 })
	var ups []string
	const n = 30
	for i := 0; i < n; i++ {
		for _, chat := range []int64{31, 32, 33} {
			ups = append(ups, textUpdate(int64(len(ups)+1), chat, fmt.Sprint(i)+strings.Repeat("x", i%3)))
		}
	}
	h.api.Push(ups...)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- h.bot.RunPolling(ctx) }()
	h.api.Wait(t, "sendMessage", 3*n)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for _, chat := range []string{"tg:31", "tg:32", "tg:33"} {
		got := eng.seen[chat]
		if len(got) != n {
			t.Fatalf("%s: %d inputs handled, want %d", chat, len(got), n)
		}
		for i, text := range got {
			if want := fmt.Sprint(i) + strings.Repeat("x", i%3); text != want {
				t.Fatalf("%s: input %d is %q, want %q (out of order)", chat, i, text, want)
			}
		}
	}
	if len(h.api.Calls("deleteWebhook")) != 1 {
		t.Errorf("polling did not delete the webhook first")
	}
}

func TestInterleavedChatsWithRealEngine(t *testing.T) {
	h := newHarness(t, nil)
	// Two applicants' checks arrive interleaved in one batch.
	a := []string{"/check 技能竞赛荣誉", "国家一类赛", "11"}
	b := []string{"/check 技能竞赛荣誉", "省级一类赛", "1"}
	var ups []string
	for i := range a {
		ups = append(ups, textUpdate(int64(2*i+1), 41, a[i]), textUpdate(int64(2*i+2), 42, b[i]))
	}
	h.api.Push(ups...)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- h.bot.RunPolling(ctx) }()
	// Each verdict may come in several parts: wait until both are in.
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if strings.Count(joined(h.api.Sent(41)), "发送 /check 可以再做一项自查") == 1 &&
			strings.Count(joined(h.api.Sent(42)), "发送 /check 可以再做一项自查") == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("verdicts not delivered:\n%s\n---\n%s", joined(h.api.Sent(41)), joined(h.api.Sent(42)))
		}
	}
	cancel()
	<-done
	ga, gb := joined(h.api.Sent(41)), joined(h.api.Sent(42))
	mustContain(t, ga, "❌ 不符合｜推荐为甘肃省技术能手")
	mustContain(t, gb, "✅ 符合｜推荐为甘肃省技术能手", "❔ 无法确定｜推荐申报五一劳动奖章")
}

func TestSetupRegistersCommands(t *testing.T) {
	h := newHarness(t, nil)
	if err := h.bot.Setup(context.Background()); err != nil {
		t.Fatal(err)
	}
	calls := h.api.Calls("setMyCommands")
	if len(calls) != 1 {
		t.Fatalf("setMyCommands called %d times", len(calls))
	}
	for _, cmd := range []string{"start", "help", "check", "ask", "back", "cancel", "human", "forget", "about"} {
		if !strings.Contains(calls[0].Params["commands"], `"command":"`+cmd+`"`) {
			t.Errorf("command %s not registered: %s", cmd, calls[0].Params["commands"])
		}
	}
	if err := h.bot.SetWebhook(context.Background(), "https://example.invalid/hook", secret, 1); err != nil {
		t.Fatal(err)
	}
	if c := h.api.Calls("setWebhook"); len(c) != 1 || c[0].Params["secret_token"] != secret || c[0].Params["max_connections"] != "1" {
		t.Errorf("setWebhook: %+v", c)
	}
}

func TestClosingBotRefusesUpdates(t *testing.T) {
	h := newHarness(t, nil)
	h.bot.Close()
	u := textUpdate(900, 8, "/help")
	if code := h.post(u, secret); code != http.StatusServiceUnavailable {
		t.Errorf("a closing bot answered %d, want 503", code)
	}
	rec, err := h.bot.cfg.Store.Open(context.Background(), "tg:8")
	if err != nil || rec.Update != 0 || len(h.api.Calls("sendMessage")) != 0 {
		t.Errorf("a refused update left a trace: %+v, %v", rec, err)
	}
}
