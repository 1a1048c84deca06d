package review_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/internal/layering"
	"github.com/linxia-talent/policybot/internal/zh"
	"github.com/linxia-talent/policybot/knowledge"
	"github.com/linxia-talent/policybot/review"
	"github.com/linxia-talent/policybot/review/memstore"
)

// shared is built once: the corpus, the real Bleve index and the
// normaliser take a while and are safe for concurrent use.
var shared = sync.OnceValues(func() (*parts, error) {
	c, err := corpus.Load()
	if err != nil {
		return nil, err
	}
	ix, err := knowledge.New(c)
	if err != nil {
		return nil, err
	}
	nz, err := zh.New()
	if err != nil {
		return nil, err
	}
	return &parts{c: c, ix: ix, nz: nz}, nil
})

type parts struct {
	c  *corpus.Corpus
	ix *knowledge.Index
	nz *zh.Normalizer
}

// env is one review set-up over a fresh in-memory store, with a clock the
// test moves.
type env struct {
	*parts
	now   time.Time
	store *memstore.Store
	cfg   review.Config
	ans   *review.Answerer
	desk  *review.Desk
}

func newEnv(t *testing.T) *env {
	t.Helper()
	p, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	e := &env{parts: p, now: time.Date(2026, 11, 26, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))}
	clock := func() time.Time { return e.now }
	e.store = memstore.New(90*24*time.Hour, 180*24*time.Hour, clock)
	e.cfg = review.Config{Store: e.store, Corpus: p.c, Words: p.ix.ContentWords, Normalize: p.nz.Normalize,
		Now: clock, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Retention: 90 * 24 * time.Hour}
	e.ans = review.NewAnswerer(p.ix, e.cfg)
	e.desk = review.NewDesk(e.cfg)
	return e
}

// staff runs a staff command as staff member from, in message msg.
func (e *env) staff(t *testing.T, from, msg int64, text string) string {
	t.Helper()
	reply, ok, err := e.desk.Command(context.Background(), from, msg, text)
	if err != nil || !ok {
		t.Fatalf("%s: ok %v, err %v", text, ok, err)
	}
	return reply
}

func (e *env) ask(t *testing.T, q string) corpus.Finding {
	t.Helper()
	f, err := e.ans.Lookup(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

const (
	rateQuestion = "大学生创业担保贷款的利率是多少？"
	art14Quote   = "对符合条件的高校毕业生给予不超过20万元的创业担保贷款和财政贴息政策支持"
	rateAnswer   = "本方案只写了「财政贴息政策支持」，利率和贴息比例按人民银行和财政部门当年的规定执行，请到县市人社局创业担保贷款窗口咨询。"
)

var groupRe = regexp.MustCompile(`\[(Q[0-9A-Z]{4})\] (\d+)次`)

// approvedRateEntry goes the whole way: declines, /unanswered, /answer by
// staff 1, /approve by staff 2. It returns the entry's id.
func approvedRateEntry(t *testing.T, e *env) string {
	t.Helper()
	e.ask(t, rateQuestion)
	list := e.staff(t, 1, 100, "/unanswered")
	m := groupRe.FindStringSubmatch(list)
	if m == nil {
		t.Fatalf("/unanswered shows no group:\n%s", list)
	}
	draft := e.staff(t, 1, 101, "/answer "+m[1]+" 第14条「"+art14Quote+"」"+rateAnswer)
	if !strings.Contains(draft, "E101") || !strings.Contains(draft, "草稿") {
		t.Fatalf("/answer: %s", draft)
	}
	if got := e.staff(t, 2, 102, "/approve E101"); !strings.Contains(got, "已核准") {
		t.Fatalf("/approve by a second member: %s", got)
	}
	return "E101"
}

// TestUnansweredGroups: declined questions are counted in groups of
// similar ones, with an example, and nothing about who asked.
func TestUnansweredGroups(t *testing.T) {
	e := newEnv(t)
	for _, q := range []string{
		"大学生创业担保贷款的利率是多少？",
		"大學生創業擔保貸款的利率是多少",
		"请问大学生创业担保贷款利率多少呀",
		"我在广河县开了个小店。大学生创业担保贷款利率是多少？",
		"在临夏落户需要什么条件",
		"科技特派员能连续干几年", // answered: not logged
	} {
		e.ask(t, q)
	}
	list := e.staff(t, 1, 1, "/unanswered 7")
	groups := groupRe.FindAllStringSubmatch(list, -1)
	if len(groups) != 2 {
		t.Fatalf("got %d groups, want 2 (利率, 落户):\n%s", len(groups), list)
	}
	if groups[0][2] != "4" || groups[1][2] != "1" {
		t.Errorf("counts: got %s and %s, want 4 and 1:\n%s", groups[0][2], groups[1][2], list)
	}
	if !strings.Contains(list, "例：「") || strings.Contains(list, "广河县开了个小店") {
		t.Errorf("the example should be the question without the story around it:\n%s", list)
	}
	// A week later, 7 days back no longer reaches them; 30 days does.
	e.now = e.now.AddDate(0, 0, 8)
	if got := e.staff(t, 1, 2, "/unanswered 7"); groupRe.MatchString(got) {
		t.Errorf("8 days later, /unanswered 7 still lists:\n%s", got)
	}
	if got := e.staff(t, 1, 3, "/unanswered"); len(groupRe.FindAllString(got, -1)) != 2 {
		t.Errorf("8 days later, /unanswered (30 days) lost groups:\n%s", got)
	}
}

// TestStaffAnswerLife: a draft is not served; its author cannot approve
// it; approved by a second member it is served with its mark beside the
// quote; withdrawn it stops.
func TestStaffAnswerLife(t *testing.T) {
	e := newEnv(t)
	e.ask(t, rateQuestion)
	m := groupRe.FindStringSubmatch(e.staff(t, 1, 100, "/unanswered"))
	if m == nil {
		t.Fatal("no group")
	}
	e.staff(t, 1, 101, "/answer "+m[1]+" 第14条「"+art14Quote+"」"+rateAnswer)
	if f := e.ask(t, rateQuestion); f.Staff != nil {
		t.Errorf("a draft was served: %+v", f.Staff)
	}
	if got := e.staff(t, 1, 102, "/approve E101"); !strings.Contains(got, "另一位工作人员") {
		t.Errorf("the author approving their own entry: %s", got)
	}
	if f := e.ask(t, rateQuestion); f.Staff != nil {
		t.Errorf("served after self-approval: %+v", f.Staff)
	}
	e.staff(t, 2, 103, "/approve E101")
	f := e.ask(t, "大學生創業擔保貸款的利率是多少")
	if f.Staff == nil {
		t.Fatal("an approved answer was not served to a close question")
	}
	if f.Staff.Article != 14 || f.Staff.Text != rateAnswer || f.Staff.Entry != "E101" {
		t.Errorf("staff answer: got %+v", f.Staff)
	}
	if f.Article != 14 || len(f.Quotes) == 0 || f.Quotes[len(f.Quotes)-1].Text != art14Quote {
		t.Errorf("the policy quote must stand beside the staff answer: got article %d, quotes %v", f.Article, f.Quotes)
	}
	if got := e.staff(t, 2, 104, "/entries"); !strings.Contains(got, "E101｜已核准") {
		t.Errorf("/entries: %s", got)
	}
	e.staff(t, 3, 105, "/edit E101 第14条「"+art14Quote+"」利率以经办银行公布为准，请到县市人社局窗口咨询。")
	if f := e.ask(t, rateQuestion); f.Staff != nil {
		t.Errorf("an edited entry was served before approval again: %+v", f.Staff)
	}
	e.staff(t, 1, 106, "/approve E101")
	if f := e.ask(t, rateQuestion); f.Staff == nil || !strings.HasPrefix(f.Staff.Text, "利率以经办银行") {
		t.Errorf("the edited entry, approved: got %+v", f.Staff)
	}
	e.staff(t, 2, 107, "/withdraw E101")
	if f := e.ask(t, rateQuestion); f.Staff != nil {
		t.Errorf("a withdrawn entry was served: %+v", f.Staff)
	}
}

// TestStaffAnswerChecked: an entry must cite an article that exists, quote
// its text, or say where to go.
func TestStaffAnswerChecked(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct {
		cmd, want string
	}{
		{"/answer 「利率是多少」 第99条「" + art14Quote + "」" + rateAnswer, "没有第99条"},
		{"/answer 「利率是多少」 第14条「给予不超过50万元的创业担保贷款」" + rateAnswer, "不是第14条"},
		{"/answer 「落户需要什么条件」 未涉及 这个不归我们管。", "写明该去哪里"},
		{"/answer 「利率是多少」 利率按规定执行", "用法"},
		{"/answer Q0000 第14条「" + art14Quote + "」" + rateAnswer, "没有组号"},
	} {
		got := e.staff(t, 1, 200, tc.cmd)
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s\ngot %s\nwant it to say %q", tc.cmd, got, tc.want)
		}
	}
	if es, _ := e.store.Entries(context.Background()); len(es) != 0 {
		t.Errorf("refused entries were stored: %+v", es)
	}
	got := e.staff(t, 1, 201, "/answer 「在临夏落户需要什么条件」 未涉及 本方案不涉及户籍，请到当地公安局户政窗口咨询。")
	if !strings.Contains(got, "E201") {
		t.Fatalf("an uncovered answer saying where to go: %s", got)
	}
	e.staff(t, 2, 202, "/approve E201")
	f := e.ask(t, "在临夏落户需要什么条件？")
	if f.Staff == nil || f.Staff.Article != 0 || f.Found() {
		t.Errorf("uncovered entry: got %+v (found %v)", f.Staff, f.Found())
	}
}

// TestCloseness measures "close": an approved answer to the 利率 question
// reaches the same question however it is written, and no other question,
// not even one sharing most of its words.
func TestCloseness(t *testing.T) {
	e := newEnv(t)
	approvedRateEntry(t, e)
	for _, tc := range []struct {
		q     string
		serve bool
	}{
		{"大学生创业担保贷款的利率是多少？", true},
		{"大學生創業擔保貸款的利率是多少", true},
		{"请问大学生创业担保贷款利率多少呀", true},
		{"大学生的创业担保贷款，利率是多少呢🙂", true},
		{"我是19年毕业的。大学生创业担保贷款利率是多少？", true},
		// Far: another facet, a denial, a number, a broader or another
		// subject, another article.
		{"大学生创业担保贷款能贷多少", false},
		{"大学生创业担保贷款要什么材料", false},
		{"大学生创业担保贷款去哪里办", false},
		{"不是大学生，创业担保贷款利率是多少", false},
		{"大学生创业担保贷款利率是3%吗", false},
		{"创业担保贷款利率多少", false},
		{"大学生贷款利率", false},
		{"返乡农民工创业贷款利率是多少", false},
		{"公积金贷款利率多少", false},
		{"高校毕业生创业贷款利息是多少", false},
		{"科技特派员能连续干几年", false},
		{"在临夏落户需要什么条件", false},
	} {
		f := e.ask(t, tc.q)
		if got := f.Staff != nil; got != tc.serve {
			t.Errorf("%s: staff answer served %v, want %v", tc.q, got, tc.serve)
		}
	}
}

// TestLapsesWithDocument: an entry written under another document (or
// another validity) is not served.
func TestLapsesWithDocument(t *testing.T) {
	e := newEnv(t)
	approvedRateEntry(t, e)
	ctx := context.Background()
	en, err := e.store.Entry(ctx, "E101")
	if err != nil {
		t.Fatal(err)
	}
	en.Until = en.Until.AddDate(1, 0, 0) // as if written under an extension
	if err := e.store.PutEntry(ctx, en); err != nil {
		t.Fatal(err)
	}
	if f := e.ask(t, rateQuestion); f.Staff != nil {
		t.Errorf("an entry of another validity was served: %+v", f.Staff)
	}
}

// TestServedInChat: the reply a person sees carries the mark, the quote
// and the answer, in that order, and the validity notice.
func TestServedInChat(t *testing.T) {
	e := newEnv(t)
	approvedRateEntry(t, e)
	eng := e.engine(t, nil)
	r, err := eng.Handle(context.Background(), dialog.Input{Chat: "tg:42", Text: "大学生创业担保贷款利率是多少？"})
	if err != nil {
		t.Fatal(err)
	}
	text := r.Text()
	mark := fmt.Sprintf("工作人员解答，%s，依据第14条", e.now.Format("2006-01-02"))
	iQuote, iMark, iAnswer := strings.Index(text, art14Quote), strings.Index(text, mark), strings.Index(text, rateAnswer)
	if iQuote < 0 || iMark < 0 || iAnswer < 0 || !(iQuote < iMark && iMark < iAnswer) {
		t.Errorf("want the quote, then %q, then the answer:\n%s", mark, text)
	}
	if !strings.Contains(text, "有效期提示") {
		t.Errorf("no validity notice:\n%s", text)
	}
}

// engine builds a dialog engine over the review parts, with rec as its
// recorder (nil: none).
func (e *env) engine(t *testing.T, rec dialog.Recorder) *dialog.Engine {
	t.Helper()
	eng, err := dialog.New(dialog.Config{Corpus: e.c, Answerer: e.ans, Recorder: rec, Store: &sessions{m: map[string]dialog.Session{}},
		Now: e.cfg.Now, Normalize: e.nz.Normalize})
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

// sessions is a plain dialog.SessionStore (the real ones are tested with
// their own contract).
type sessions struct {
	mu sync.Mutex
	m  map[string]dialog.Session
	v  map[string]int64
}

func (s *sessions) Load(_ context.Context, chat string) (dialog.Session, int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[chat], s.v[chat], nil
}

func (s *sessions) Save(_ context.Context, chat string, sess dialog.Session, v int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.v == nil {
		s.v = map[string]int64{}
	}
	if s.v[chat] != v {
		return dialog.ErrConflict
	}
	s.m[chat], s.v[chat] = sess, v+1
	return nil
}

func (s *sessions) Delete(_ context.Context, chat string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, chat)
	delete(s.v, chat)
	return nil
}

// TestReviewImportsNoAdapter: the review domain, like dialog, knows
// nothing of Telegram, Redis or Bleve (its Redis store is its own package),
// so dialog's front ends and the lead's wiring can take it as it is.
func TestReviewImportsNoAdapter(t *testing.T) {
	layering.NoDeps(t, layering.Adapters...)
}

// countingStore counts the reads of the entries.
type countingStore struct {
	review.Store
	reads int
}

func (s *countingStore) Entries(ctx context.Context) ([]review.Entry, error) {
	s.reads++
	return s.Store.Entries(ctx)
}

// TestEntriesReusedForAWhile: with EntriesFor set, free questions reuse the
// entries read last instead of reading the store each time; an approval
// takes effect once that time has passed.
func TestEntriesReusedForAWhile(t *testing.T) {
	e := newEnv(t)
	cs := &countingStore{Store: e.store}
	cfg := e.cfg
	wall := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	cfg.Store, cfg.EntriesFor, cfg.Wall = cs, 5*time.Second, func() time.Time { return wall }
	ans := review.NewAnswerer(e.ix, cfg)
	ask := func(q string) corpus.Finding {
		f, err := ans.Lookup(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	ask(rateQuestion)
	ask(rateQuestion)
	ask("科技特派员的补贴有多少？")
	if cs.reads != 1 {
		t.Fatalf("store read %d times for three questions, want once", cs.reads)
	}
	approvedRateEntry(t, e)
	if f := ask(rateQuestion); f.Staff != nil {
		t.Fatal("an approval reached answers before the entries were read again")
	}
	wall = wall.Add(cfg.EntriesFor)
	if f := ask(rateQuestion); f.Staff == nil {
		t.Fatalf("approved entry not served after %v", cfg.EntriesFor)
	}
}
