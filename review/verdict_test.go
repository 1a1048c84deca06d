package review_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/internal/redistest"
	"github.com/linxia-talent/policybot/review"
	"github.com/linxia-talent/policybot/review/redisstore"
)

// TestVerdictRecord: a finished check shows its number; the number opens
// the same record for staff (/verdict) as for the person (/mine); another
// chat does not see it; after /forget nothing of the chat remains. Run on
// the in-memory store and on a real Redis.
func TestVerdictRecord(t *testing.T) {
	srv := redistest.Start(t)
	for _, tc := range []struct {
		name  string
		redis bool
	}{{"memory", false}, {"redis", true}} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			var dump func() string // everything the store holds, as text
			if tc.redis {
				rdb := srv.Client(t)
				ctx := context.Background()
				if err := rdb.FlushAll(ctx).Err(); err != nil {
					t.Fatal(err)
				}
				st := redisstore.New(rdb, 90*24*time.Hour, 180*24*time.Hour)
				e.cfg.Store = st
				e.ans, e.desk = review.NewAnswerer(e.ix, e.cfg), review.NewDesk(e.cfg)
				dump = func() string {
					var b strings.Builder
					keys, err := rdb.Keys(ctx, "*").Result()
					if err != nil {
						t.Fatal(err)
					}
					for _, k := range keys {
						b.WriteString(k + "\n")
						if typ := rdb.Type(ctx, k).Val(); typ == "string" {
							b.WriteString(rdb.Get(ctx, k).Val() + "\n")
						} else if typ == "hash" {
							for f, v := range rdb.HGetAll(ctx, k).Val() {
								b.WriteString(f + "=" + v + "\n")
							}
						} else if typ == "set" {
							b.WriteString(strings.Join(rdb.SMembers(ctx, k).Val(), " ") + "\n")
						}
					}
					return b.String()
				}
			} else {
				dump = func() string {
					ctx := context.Background()
					gs, _ := e.cfg.Store.Declines(ctx, e.now.AddDate(0, 0, -90), e.now)
					es, _ := e.cfg.Store.Entries(ctx)
					vs, _ := e.cfg.Store.VerdictsOf(ctx, "tg:4242")
					data, _ := json.Marshal([]any{gs, es, vs})
					return string(data)
				}
			}
			eng := e.engine(t, review.NewRecorder(e.cfg.Store, e.c))
			ctx := context.Background()
			say := func(chat, text string) dialog.Reply {
				t.Helper()
				r, err := eng.Handle(ctx, dialog.Input{Chat: chat, Text: text})
				if err != nil {
					t.Fatalf("%s: %v", text, err)
				}
				return r
			}
			say("tg:4242", "公积金贷款利率是多少？") // declined: logged without the chat
			say("tg:4242", "/check 1")
			r := say("tg:4242", "我不是大学生") // the spouse's card is not asked: no guarantee spoken of
			if r.Verdict == nil || r.Verdict.Ref == "" {
				t.Fatalf("no verdict number:\n%s", r.Text())
			}
			ref := r.Verdict.Ref
			if _, ok := review.ParseRef(ref); !ok || !strings.Contains(r.Text(), "自查编号 "+ref) {
				t.Fatalf("number %q not shown as 自查编号:\n%s", ref, r.Text())
			}
			mine := say("tg:4242", "/mine").Text()
			staff := e.staff(t, 9, 1, "/verdict "+strings.ToLower(strings.ReplaceAll(ref, "-", "")))
			recs, err := review.NewRecorder(e.cfg.Store, e.c).Mine(ctx, "tg:4242")
			if err != nil || len(recs) != 1 {
				t.Fatalf("records: %v, %v", recs, err)
			}
			for _, line := range recs[0].Lines() {
				if !strings.Contains(mine, line) || !strings.Contains(staff, line) {
					t.Errorf("line %q should be in /mine and /verdict:\n/mine:\n%s\n/verdict:\n%s", line, mine, staff)
				}
			}
			for _, want := range []string{"⚪ 高校毕业生个人创业担保贷款", "申请人「其他个人（不是高校毕业生）」", "规则数据：loan@"} {
				if !strings.Contains(staff, want) {
					t.Errorf("/verdict lacks %q:\n%s", want, staff)
				}
			}
			if other := say("tg:7", "/mine").Text(); strings.Contains(other, ref) {
				t.Errorf("another chat sees the record:\n%s", other)
			}
			if !strings.Contains(dump(), ref) {
				t.Fatalf("the record is not in the store:\n%s", dump())
			}
			say("tg:4242", "/forget")
			if got := say("tg:4242", "/mine").Text(); strings.Contains(got, ref) {
				t.Errorf("/mine after /forget:\n%s", got)
			}
			if got := e.staff(t, 9, 2, "/verdict "+ref); !strings.Contains(got, "没有自查编号") {
				t.Errorf("/verdict after /forget: %s", got)
			}
			if left := dump(); strings.Contains(left, "4242") || strings.Contains(left, ref) || strings.Contains(left, "其他个人") {
				t.Errorf("after /forget the store still holds the chat, its number or its answers:\n%s", left)
			}
			if left := dump(); !strings.Contains(left, "公积金") {
				t.Errorf("the declined question (kept without the chat) is gone too:\n%s", left)
			}
		})
	}
}

// TestExport: the entries come out as YAML a reviewer can read, and read
// back to the same answers.
func TestExport(t *testing.T) {
	e := newEnv(t)
	approvedRateEntry(t, e)
	e.staff(t, 1, 300, "/answer 「在临夏落户需要什么条件」 未涉及 本方案不涉及户籍，请到当地公安局户政窗口咨询。")
	out := e.staff(t, 2, 301, "/export")
	_, data, ok := strings.Cut(out, "\n\n")
	if !ok {
		t.Fatalf("no YAML in:\n%s", out)
	}
	var got struct {
		Document string `yaml:"document"`
		Entries  []struct {
			ID, State, Question, Quote, Answer, Approved string
			Article                                      int
			Covered                                      bool
		} `yaml:"entries"`
	}
	if err := yaml.Unmarshal([]byte(data), &got); err != nil {
		t.Fatalf("export is not YAML: %v\n%s", err, data)
	}
	if got.Document != e.c.Meta.Number || len(got.Entries) != 2 {
		t.Fatalf("export: got %+v", got)
	}
	a, b := got.Entries[0], got.Entries[1]
	if a.ID != "E101" || a.State != "approved" || a.Article != 14 || !a.Covered || a.Quote != art14Quote || a.Answer != rateAnswer || a.Approved != "2026-11-26" {
		t.Errorf("first entry: %+v", a)
	}
	if b.ID != "E300" || b.State != "draft" || b.Covered || b.Article != 0 || !strings.Contains(b.Answer, "公安局") {
		t.Errorf("second entry: %+v", b)
	}
	if strings.Contains(data, "author") || strings.Contains(data, "approver") {
		t.Errorf("staff ids in the export:\n%s", data)
	}
}
