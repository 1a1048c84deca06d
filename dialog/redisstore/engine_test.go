package redisstore_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/redisstore"
	"github.com/linxia-talent/policybot/internal/redistest"
	"github.com/linxia-talent/policybot/internal/zh"
)

type noAnswers struct{}

func (noAnswers) Lookup(context.Context, string) (corpus.Finding, error) {
	return corpus.Finding{}, nil
}

func engine(t *testing.T, rdb redis.UniversalClient) *dialog.Engine {
	t.Helper()
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC) }
	n, err := zh.New()
	if err != nil {
		t.Fatal(err)
	}
	e, err := dialog.New(dialog.Config{Corpus: c, Answerer: noAnswers{}, Store: redisstore.New(rdb, time.Hour), Now: now, Normalize: n.Normalize})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestEnginesShareOneChat stands for two bot processes sharing one Redis:
// concurrent inputs of one chat, split between two engines with their own
// connections, are all applied, none lost.
func TestEnginesShareOneChat(t *testing.T) {
	srv := redistest.Start(t)
	engines := []*dialog.Engine{engine(t, srv.Client(t)), engine(t, srv.Client(t))}
	const n = 60
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := engines[i%2].Handle(context.Background(), dialog.Input{Chat: "tg:1", Text: "/check loan"}); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	s, v, err := redisstore.New(srv.Client(t), time.Hour).Load(context.Background(), "tg:1")
	if err != nil {
		t.Fatal(err)
	}
	if s.Round != n || v != n {
		t.Errorf("after %d concurrent check starts: round %d, version %d", n, s.Round, v)
	}
}

// TestRedisOutage cuts the connection to Redis in the middle of a check:
// the user hears that the service is unavailable, nothing panics, and the
// check goes on where it was once Redis is reachable again.
func TestRedisOutage(t *testing.T) {
	srv := redistest.Start(t)
	proxy := redistest.NewProxy(t, srv)
	rdb := redis.NewClient(&redis.Options{Addr: proxy.Addr, MaxRetries: -1, DialTimeout: 200 * time.Millisecond,
		ReadTimeout: 200 * time.Millisecond, WriteTimeout: 200 * time.Millisecond})
	t.Cleanup(func() { rdb.Close() })
	e := engine(t, rdb)
	ctx := context.Background()
	say := func(text string) (dialog.Reply, error) {
		return e.Handle(ctx, dialog.Input{Chat: "tg:9", Text: text})
	}
	if _, err := say("/check 创业担保贷款"); err != nil {
		t.Fatal(err)
	}
	for _, a := range []string{"1", "否"} {
		if _, err := say(a); err != nil {
			t.Fatal(err)
		}
	}
	proxy.SetDown(true)
	r, err := say("15")
	if !errors.Is(err, dialog.ErrUnavailable) || !strings.Contains(r.Text(), "暂时不可用") {
		t.Fatalf("during the outage: %v\n%s", err, r.Text())
	}
	proxy.SetDown(false)
	var last dialog.Reply
	for i := 0; i < 50; i++ { // the client reconnects on its own
		if last, err = say("15"); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("Redis is back but the engine still fails: %v", err)
	}
	if !strings.Contains(last.Text(), "❔ 无法确定｜高校毕业生个人创业担保贷款") {
		t.Errorf("the check did not continue where it was:\n%s", last.Text())
	}
}
