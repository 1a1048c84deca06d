package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// env is a fixed environment: the clock is pinned after the policy lapsed.
func env(extra map[string]string) func(string) string {
	return func(k string) string {
		if v, ok := extra[k]; ok {
			return v
		}
		if k == "POLICYBOT_NOW" {
			return "2026-11-25"
		}
		return ""
	}
}

func runCLI(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, env(nil), strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestAskJSON(t *testing.T) {
	for _, tc := range []struct {
		q       string
		article int
		quote   string
		answer  string
	}{
		{"应届毕业生自己创业，担保贷款最多贷多少", 14, "20万元", "第14条（全面提升人才服务保障能力）"},
		{"离岗创业累计最多几年", 1, "6年", "第1条（支持企业从事业单位引进人才）"},
		{"科技特派员能连续干几年", 15, "5年", "第15条"},
		{"今天兰州天气怎么样", 0, "", "人工"},
		{`+-:^()"*? 贷款?`, 14, "", "第14条"},
	} {
		out, _, err := runCLI(t, "", "ask", "--json", tc.q)
		if err != nil {
			t.Fatalf("ask %q: %v", tc.q, err)
		}
		var res askResult
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("ask %q: not JSON: %v\n%s", tc.q, err, out)
		}
		if res.Article != tc.article || !strings.Contains(res.Quote, tc.quote) || !strings.Contains(res.Answer, tc.answer) {
			t.Errorf("ask %q: got article %d quote %q\n%s", tc.q, res.Article, res.Quote, res.Answer)
		}
		if !res.Lapsed || res.ValidUntil != "2026-06-22" {
			t.Errorf("ask %q: lapsed %v until %s", tc.q, res.Lapsed, res.ValidUntil)
		}
		if tc.article == 0 && (res.Title != "" || len(res.Quotes) != 0 || res.Units == nil) {
			t.Errorf("a declined question cites something: %+v", res)
		}
	}
}

func TestAskActiveBeforeLapse(t *testing.T) {
	var out bytes.Buffer
	err := run(context.Background(), []string{"ask", "--json", "离岗创业累计最多几年"}, env(map[string]string{"POLICYBOT_NOW": "2025-01-01"}), strings.NewReader(""), &out, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	var res askResult
	json.Unmarshal(out.Bytes(), &res)
	if res.Lapsed || strings.Contains(res.Answer, "已失效") || !strings.Contains(res.Answer, "至2026年6月22日止") {
		t.Errorf("before the lapse: %+v", res)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"ask"}, {"ask", "--now", "yesterday", "问题"}, {"chat", "--nope"}} {
		_, _, err := runCLI(t, "", args...)
		if !errors.Is(err, errUsage) {
			t.Errorf("%q: got %v, want a usage error", args, err)
		}
	}
}

// TestChatTranscripts runs whole terminal conversations, one per check, and
// compares them with testdata/*.golden (go test -update rewrites them).
func TestChatTranscripts(t *testing.T) {
	scripts, err := filepath.Glob("testdata/*.script")
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".script")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(script)
			if err != nil {
				t.Fatal(err)
			}
			out, errOut, err := runCLI(t, string(in), "chat")
			if err != nil {
				t.Fatalf("chat: %v\n%s", err, errOut)
			}
			golden := strings.TrimSuffix(script, ".script") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if out != string(want) {
				t.Errorf("transcript differs from %s; run go test ./cmd/policybot -update and review the diff.\ngot:\n%s", golden, out)
			}
		})
	}
}

func TestChatReachesVerdictForEveryCheck(t *testing.T) {
	for _, tc := range []struct{ script, want string }{
		{"要不要反担保\n/check\n创业担保贷款\n1\n是\n15\n", "第14条"}, // the spouse exemption is 符合 (asked of one who spoke of a guarantee)
		{"/check\n2\n高校\n是\n离岗创办企业\n是\n4\n", "第1条"},
		{"/check\n科技特派员\n1\n以上都不是\n是\n0\n", "第15条"},
		{"/check\n4\n国家一类赛\n第10名\n", "第8条"},
		{"/check\n柔性引进补助\n候鸟服务\n是\n是\n", "第2条"},
	} {
		out, _, err := runCLI(t, tc.script, "chat")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "自查结果") || !strings.Contains(out, tc.want) || !strings.Contains(out, "✅ 符合") {
			t.Errorf("script %q did not reach a verdict citing %s:\n%s", tc.script, tc.want, out)
		}
	}
}
