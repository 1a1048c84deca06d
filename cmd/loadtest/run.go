package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/redis/go-redis/v9"
)

// run parses flags and measures each target in turn.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "echo-bot" { // the baseline, as a child process
		fs := flag.NewFlagSet("echo-bot", flag.ContinueOnError)
		api := fs.String("api", "", "Bot API URL")
		listen := fs.String("listen", "", "webhook address")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		return runEcho(ctx, *api, *listen)
	}
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	policybot := fs.String("policybot", getenv("POLICYBOT_BIN"), "path of a built policybot binary")
	targets := fs.String("targets", "echo,memory,redis", "what to measure: echo, memory (serve, sessions in memory), redis (serve with a real redis-server)")
	chats := fs.Int("chats", 64, "chats sending at once during the throughput phase (each one update at a time, as Telegram does)")
	dur := fs.Duration("duration", 8*time.Second, "length of the throughput phase")
	rate := fs.Int("rate", 300, "updates per second in the latency phase")
	rateDur := fs.Duration("rate-duration", 8*time.Second, "length of the latency phase")
	mix := fs.String("mix", "mixed", "mixed: half the chats ask free questions, half do checks; checks: every chat does checks (typed answers and button presses, no search)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var results []result
	for _, t := range strings.Split(*targets, ",") {
		if t != "echo" && *policybot == "" {
			return errors.New("-policybot is required for memory and redis (build it as BENCHMARKS.md says: CGO_ENABLED=0 go build -tags ne -trimpath -ldflags=\"-s -w\" -o /tmp/policybot ./cmd/policybot)")
		}
		r, err := measure(ctx, t, *policybot, *mix == "checks", *chats, *dur, *rate, *rateDur, stderr)
		if err != nil {
			return fmt.Errorf("%s: %w", t, err)
		}
		results = append(results, r)
	}
	fmt.Fprintln(stdout, "| bot | updates/s | CPU per update | allocations per update | p50 at rate | p99 at rate | peak RSS | first answer after start |")
	fmt.Fprintln(stdout, "|---|---|---|---|---|---|---|---|")
	for _, r := range results {
		fmt.Fprintf(stdout, "| %s | %.0f | %.3f ms | %.0f | %.2f ms | %.2f ms | %.1f MB | %.0f ms |\n",
			r.name, r.perSec, r.cpuMs, r.allocs, r.p50, r.p99, r.rssMB, r.firstMs)
	}
	fmt.Fprintf(stdout, "\n(%d chats for %v; latency at %d updates/s for %v; mix %s)\n", *chats, *dur, *rate, *rateDur, *mix)
	return nil
}

type result struct {
	name                            string
	perSec, cpuMs, allocs, p50, p99 float64
	rssMB, firstMs                  float64
}

// target is a bot process under test.
type target struct {
	cmd     *exec.Cmd
	hook    string
	mallocs func() (float64, error)
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

func measure(ctx context.Context, name, policybot string, checksOnly bool, chats int, dur time.Duration, rate int, rateDur time.Duration, stderr io.Writer) (result, error) {
	res := result{name: name}
	api := newFakeAPI()
	apiLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return res, err
	}
	apiSrv := &http.Server{Handler: api}
	go apiSrv.Serve(apiLn)
	defer apiSrv.Close()
	apiURL := "http://" + apiLn.Addr().String()

	hookAddr, err := freeAddr()
	if err != nil {
		return res, err
	}
	adminAddr, err := freeAddr()
	if err != nil {
		return res, err
	}
	var cmd *exec.Cmd
	switch name {
	case "echo":
		self, err := os.Executable()
		if err != nil {
			return res, err
		}
		cmd = exec.Command(self, "echo-bot", "-api", apiURL, "-listen", hookAddr)
	case "memory", "redis":
		cmd = exec.Command(policybot, "serve")
		cmd.Env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+token, "TELEGRAM_API_URL="+apiURL,
			"WEBHOOK_URL=https://load.invalid/hook", "WEBHOOK_SECRET="+secret, "LISTEN_ADDR="+hookAddr,
			"ADMIN_ADDR="+adminAddr, "FLOOD_LIMIT=100000000", "REPLICA_ID=load", "REDIS_URL=")
		if name == "redis" {
			sock, stop, err := startRedis()
			if err != nil {
				return res, err
			}
			defer stop()
			cmd.Env = append(cmd.Env, "REDIS_URL=unix://"+sock)
		}
	default:
		return res, fmt.Errorf("unknown target %q", name)
	}
	cmd.Stderr = io.Discard
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return res, err
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}()
	t := &target{cmd: cmd, hook: "http://" + hookAddr}
	if name == "echo" {
		t.mallocs = func() (float64, error) { return getNumber("http://"+hookAddr+"/mallocs", "") }
	} else {
		t.mallocs = func() (float64, error) {
			return getNumber("http://"+adminAddr+"/metrics", "go_memstats_mallocs_total ")
		}
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConns: 500, MaxIdleConnsPerHost: 500}}
	d := &driver{client: client, hook: t.hook, api: api, checksOnly: checksOnly}

	// First answer: from exec to the first update answered (which, for
	// serve, means its reply was sent).
	for {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		if code, _ := d.post(textUpdate(d.nextID(), 1, "/start")); code == http.StatusOK {
			break
		}
		if time.Since(start) > 30*time.Second {
			return res, errors.New("no answer within 30 s of start")
		}
		time.Sleep(2 * time.Millisecond)
	}
	res.firstMs = float64(time.Since(start).Microseconds()) / 1000
	fmt.Fprintf(stderr, "%s: first answer after %.0f ms; warming up\n", name, res.firstMs)
	d.closedLoop(ctx, chats, time.Second, 1000) // warm up

	cpu0, err := cpuTime(cmd.Process.Pid)
	if err != nil {
		return res, err
	}
	m0, err := t.mallocs()
	if err != nil {
		return res, fmt.Errorf("read allocations: %w", err)
	}
	began := time.Now()
	n := d.closedLoop(ctx, chats, dur, 2000)
	elapsed := time.Since(began)
	cpu1, _ := cpuTime(cmd.Process.Pid)
	m1, _ := t.mallocs()
	res.perSec = float64(n) / elapsed.Seconds()
	res.cpuMs = float64((cpu1 - cpu0).Microseconds()) / 1000 / float64(n)
	res.allocs = (m1 - m0) / float64(n)
	fmt.Fprintf(stderr, "%s: %d updates in %v\n", name, n, elapsed.Round(time.Millisecond))

	lat := d.openLoop(ctx, rate, rateDur, 3000)
	slices.Sort(lat)
	if len(lat) > 0 {
		res.p50 = float64(lat[len(lat)/2].Microseconds()) / 1000
		res.p99 = float64(lat[len(lat)*99/100].Microseconds()) / 1000
	}
	res.rssMB, err = peakRSS(cmd.Process.Pid)
	return res, err
}

const secret = "load-secret"

// driver plays Telegram: it posts updates to the webhook and, for checks,
// presses the buttons the bot sent.
type driver struct {
	client *http.Client
	hook   string
	api    *fakeAPI
	id     atomic.Int64
	// checksOnly makes every chat do checks.
	checksOnly bool
}

func (d *driver) nextID() int64 { return d.id.Add(1) }

func (d *driver) post(body []byte) (int, error) {
	req, _ := http.NewRequest(http.MethodPost, d.hook, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	resp, err := d.client.Do(req)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

func textUpdate(id, chat int64, text string) []byte {
	b, _ := json.Marshal(map[string]any{"update_id": id, "message": map[string]any{
		"message_id": id, "date": 1, "chat": map[string]any{"id": chat, "type": "private"},
		"from": map[string]any{"id": chat, "is_bot": false, "first_name": "U"}, "text": text}})
	return b
}

func buttonUpdate(id, chat int64, data string) []byte {
	b, _ := json.Marshal(map[string]any{"update_id": id, "callback_query": map[string]any{
		"id": strconv.FormatInt(id, 10), "from": map[string]any{"id": chat, "is_bot": false, "first_name": "U"},
		"chat_instance": "1", "data": data,
		"message": map[string]any{"message_id": 1, "date": 1, "chat": map[string]any{"id": chat, "type": "private"}, "text": "q"}}})
	return b
}

// user is one chat's script: half the chats ask free questions, half go
// through a check by typing and pressing buttons, over and over.
type user struct {
	chat int64
	step int
}

// freeQuestion and checkStep are the scripts' steps; "#press" presses the
// first button of the last keyboard.
func freeQuestion(step int) string {
	qs := [...]string{"大学生创业能贷多少钱", "科技特派员能连续干几年", "第14条", "离岗创业累计最多几年", "柔性引进的人才有什么补助"}
	return qs[step%len(qs)]
}

func checkStep(step int) string {
	steps := [...]string{"/check 技能竞赛荣誉", "#press", "第10名"}
	return steps[step%len(steps)]
}

// next returns the user's next update.
func (d *driver) next(u *user) []byte {
	id := d.nextID()
	defer func() { u.step++ }()
	if u.chat%2 == 0 && !d.checksOnly {
		return textUpdate(id, u.chat, freeQuestion(u.step))
	}
	s := checkStep(u.step)
	if s != "#press" {
		return textUpdate(id, u.chat, s)
	}
	data := "x"
	if b := d.api.buttons(u.chat); len(b) > 0 {
		data = b[0]
	}
	return buttonUpdate(id, u.chat, data)
}

// closedLoop runs chats users, each sending its next update when the last
// was answered, for dur; it returns the updates answered.
func (d *driver) closedLoop(ctx context.Context, chats int, dur time.Duration, base int64) int64 {
	var n atomic.Int64
	ctx, cancel := context.WithTimeout(ctx, dur)
	defer cancel()
	var wg sync.WaitGroup
	for i := 0; i < chats; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := &user{chat: base + int64(i)}
			for ctx.Err() == nil {
				if code, err := d.post(d.next(u)); err == nil && code == http.StatusOK {
					n.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	return n.Load()
}

// openLoop sends rate updates a second for dur, each to a user not waiting
// for an answer, and returns each update's time to its answer.
func (d *driver) openLoop(ctx context.Context, rate int, dur time.Duration, base int64) []time.Duration {
	idle := make(chan *user, 4096)
	for i := 0; i < 1000; i++ {
		idle <- &user{chat: base + int64(i)}
	}
	var mu sync.Mutex
	var lat []time.Duration
	var wg sync.WaitGroup
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	end := time.Now().Add(dur)
	for time.Now().Before(end) && ctx.Err() == nil {
		<-tick.C
		var u *user
		select {
		case u = <-idle:
		default:
			continue // every user is waiting: the bot is far behind
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := d.next(u)
			t0 := time.Now()
			code, err := d.post(body)
			el := time.Since(t0)
			if err == nil && code == http.StatusOK {
				mu.Lock()
				lat = append(lat, el)
				mu.Unlock()
			}
			idle <- u
		}()
	}
	wg.Wait()
	return lat
}

// cpuTime returns the user and system CPU time of a process so far.
func cpuTime(pid int) (time.Duration, error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, err
	}
	// Fields after the command name in parentheses; utime and stime are
	// the 14th and 15th fields of the line, in clock ticks (100 a second).
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * 10 * time.Millisecond, nil
}

// peakRSS returns a process's peak resident set size in MB.
func peakRSS(pid int) (float64, error) {
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024, nil
		}
	}
	return 0, errors.New("no VmHWM")
}

// getNumber fetches url and returns the number after prefix (or the whole
// body when prefix is empty).
func getNumber(url, prefix string) (float64, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, prefix); ok && (prefix != "" || line != "") {
			return strconv.ParseFloat(strings.TrimSpace(rest), 64)
		}
	}
	return 0, fmt.Errorf("%s: no %q", url, prefix)
}

// startRedis runs a redis-server on a unix socket in a temporary directory,
// with an AOF as deployed.
func startRedis() (string, func(), error) {
	dir, err := os.MkdirTemp("", "loadtest-redis")
	if err != nil {
		return "", nil, err
	}
	sock := filepath.Join(dir, "redis.sock")
	cmd := exec.Command("redis-server", "--port", "0", "--unixsocket", sock, "--unixsocketperm", "700",
		"--save", "", "--appendonly", "yes", "--appendfsync", "everysec", "--dir", dir, "--loglevel", "warning")
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return "", nil, fmt.Errorf("start redis-server: %w", err)
	}
	stop := func() { cmd.Process.Kill(); cmd.Wait(); os.RemoveAll(dir) }
	c := redis.NewClient(&redis.Options{Network: "unix", Addr: sock})
	defer c.Close()
	for i := 0; c.Ping(context.Background()).Err() != nil; i++ {
		if i > 400 {
			stop()
			return "", nil, errors.New("redis-server did not come up")
		}
		time.Sleep(10 * time.Millisecond)
	}
	return sock, stop, nil
}
