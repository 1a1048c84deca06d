package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/memstore"
	"github.com/linxia-talent/policybot/knowledge"
	reviewmem "github.com/linxia-talent/policybot/review/memstore"
)

const usage = `用法 / usage:
  policybot chat                   在终端里对话（会话只保存在内存中）
  policybot ask [--json] "问题"     回答一个问题后退出
  policybot serve                  运行 Telegram 机器人（见 README）

common flags:
  --now 2026-01-02                 pretend today is this date (for trying the validity notice)
`

// errUsage reports a command line that run cannot act on.
var errUsage = errors.New("usage")

// run is the whole program; main only calls it.
// serveMemoryLimit is serve's soft memory limit when GOMEMLIMIT is unset.
const serveMemoryLimit = 40 << 20

func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		args = []string{"chat"}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "chat", "ask", "serve":
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("%w: unknown command %q", errUsage, cmd)
	}
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "ask: print one JSON object")
	nowFlag := fs.String("now", getenv("POLICYBOT_NOW"), "pretend today is this date (YYYY-MM-DD)")
	sf := serveFlags(fs, getenv)
	if err := fs.Parse(rest); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	now, err := clock(*nowFlag)
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))

	c, err := corpus.Load()
	if err != nil {
		return fmt.Errorf("load corpus: %w", err)
	}
	ix, err := knowledge.New(c)
	if err != nil {
		return err
	}
	defer ix.Close()
	// Every message is read as the index reads a question: normalised and
	// with homophone typos mended (必业 → 毕业), answers in a check too.
	rc, err := reviewEnv(getenv)
	if err != nil {
		return err
	}

	switch cmd {
	case "ask":
		q := strings.TrimSpace(strings.Join(fs.Args(), " "))
		if q == "" {
			return fmt.Errorf("%w: ask needs a question, e.g. policybot ask \"大学生创业能贷多少钱\"", errUsage)
		}
		return ask(ctx, c, ix, now, ix.Normalize, q, *asJSON, stdout)
	case "chat":
		rv := newReview(reviewmem.New(rc.unanswered, rc.verdicts, now), rc, c, ix, now, ix.Normalize, logger)
		eng, err := dialog.New(dialog.Config{Corpus: c, Answerer: rv.answerer, Recorder: rv.recorder, Store: memstore.New(24*time.Hour, now), Now: now, Normalize: ix.Normalize, NamesSubject: ix.NamesSubject})
		if err != nil {
			return err
		}
		return chat(ctx, eng, stdin, stdout, logger)
	default:
		if getenv("GOMEMLIMIT") == "" {
			// A soft limit: the collector works harder near it instead of
			// letting the heap double between collections. Peak resident
			// memory under load fell from 71 to 57 MB for about 9% more CPU
			// per update (BENCHMARKS.md). GOMEMLIMIT overrides it.
			debug.SetMemoryLimit(serveMemoryLimit)
		}
		return serve(ctx, sf, rc, c, ix, now, ix.Normalize, logger)
	}
}

// clock returns time.Now, or a fixed day when asked to pretend.
func clock(day string) (func() time.Time, error) {
	if day == "" {
		return time.Now, nil
	}
	t, err := time.ParseInLocation("2006-01-02", day, time.FixedZone("CST", 8*3600))
	if err != nil {
		return nil, fmt.Errorf("%w: --now %q: want YYYY-MM-DD", errUsage, day)
	}
	t = t.Add(12 * time.Hour)
	return func() time.Time { return t }, nil
}

// askResult is what ask --json prints.
type askResult struct {
	Article  int      `json:"article"`
	Topic    string   `json:"topic,omitempty"`
	Title    string   `json:"title"`
	Citation string   `json:"citation,omitempty"`
	Quote    string   `json:"quote"`
	Quotes   []string `json:"quotes"`
	Units    []string `json:"units"`
	Related  []int    `json:"related,omitempty"`
	// Missing names what was asked that the article does not state; the
	// article is then context, not an answer.
	Missing []string `json:"missing,omitempty"`
	// Uncovered names the subject the document does not cover.
	Uncovered string `json:"uncovered,omitempty"`
	// Parts counts the questions answered when a message asked several.
	Parts      int     `json:"parts,omitempty"`
	Score      float64 `json:"score"`
	Lapsed     bool    `json:"lapsed"`
	ValidUntil string  `json:"valid_until"`
	Answer     string  `json:"answer"`
}

func ask(ctx context.Context, c *corpus.Corpus, ix *knowledge.Index, now func() time.Time, norm func(string) string, q string, asJSON bool, stdout io.Writer) error {
	eng, err := dialog.New(dialog.Config{Corpus: c, Answerer: ix, Store: memstore.New(time.Minute, now), Now: now, Normalize: norm, NamesSubject: ix.NamesSubject})
	if err != nil {
		return err
	}
	// The same road as chat and Telegram: a greeting, 「第14条」 or a
	// command are understood here too.
	reply, err := eng.Handle(ctx, dialog.Input{Chat: "ask", Kind: dialog.TextInput, Text: q})
	if err != nil {
		return err
	}
	var f corpus.Finding
	if reply.Finding != nil {
		f = *reply.Finding
	}
	if !asJSON {
		_, err := fmt.Fprint(stdout, reply.Text())
		return err
	}
	v := c.Meta.ValidityAt(now())
	res := askResult{
		Article: f.Article, Topic: f.Topic, Title: f.Title, Units: f.Units, Related: f.Related,
		Missing: f.Missing, Uncovered: f.Uncovered,
		Score: f.Score, Lapsed: v.Lapsed, ValidUntil: v.ValidUntil.Format("2006-01-02"),
		Answer: reply.Text(), Quotes: []string{},
	}
	if len(f.More) > 0 {
		res.Parts = 1 + len(f.More)
	}
	if res.Units == nil {
		res.Units = []string{}
	}
	if a, ok := c.Doc.Article(f.Article); ok {
		res.Citation = a.Cite()
	}
	for _, q := range f.Quotes {
		res.Quotes = append(res.Quotes, q.String())
	}
	res.Quote = strings.Join(res.Quotes, " ")
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}

// chat is the terminal conversation: a line in, a reply out.
func chat(ctx context.Context, eng *dialog.Engine, stdin io.Reader, stdout io.Writer, logger *slog.Logger) error {
	interactive := isTerminal(stdin)
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	show := func(r dialog.Reply) {
		fmt.Fprintln(out, r.Text())
		out.Flush()
	}
	r, _ := eng.Handle(ctx, dialog.Input{Chat: "terminal", Text: "/start"})
	show(r)
	last := r
	if interactive {
		fmt.Fprintln(out, "（输入 /quit 或按 Ctrl-D 退出）")
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	lines := make(chan string)
	scanErr := make(chan error, 1)
	go func() {
		defer close(lines)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		scanErr <- sc.Err()
	}()
	for {
		if interactive {
			fmt.Fprint(out, "> ")
			out.Flush()
		}
		var line string
		var ok bool
		select {
		case <-ctx.Done():
			return nil
		case line, ok = <-lines:
		}
		if !ok {
			select {
			case err := <-scanErr:
				if err != nil {
					return fmt.Errorf("read input: %w", err)
				}
			default:
			}
			return nil
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if c := strings.TrimSpace(line); c == "/quit" || c == "/exit" {
			return nil
		}
		if !interactive {
			fmt.Fprintln(out, "> "+line)
		}
		in := dialog.Input{Chat: "terminal", Text: line}
		// After a verdict its only choice is the share button: a typed
		// number presses it, as a tap would.
		if n, err := strconv.Atoi(strings.TrimSpace(line)); err == nil && last.Verdict != nil && n >= 1 && n <= len(last.Choices) {
			in = dialog.Input{Chat: "terminal", Kind: dialog.ButtonInput, Data: last.Choices[n-1].Data}
		}
		r, err := eng.Handle(ctx, in)
		last = r
		if err != nil {
			logger.Error("handle", "err", err)
		}
		show(r)
		if r.Handoff != nil {
			fmt.Fprintln(out, "（终端模式没有值班的工作人员。请直接联系责任单位；在 Telegram 上，这一请求会转给工作人员。）")
			out.Flush()
		}
	}
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
