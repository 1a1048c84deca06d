package redisdesk_test

import (
	"context"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/desk/desktest"
	"github.com/linxia-talent/policybot/desk/redisdesk"
	"github.com/linxia-talent/policybot/internal/redistest"
)

func TestContract(t *testing.T) {
	srv := redistest.Start(t)
	desktest.Run(t, func(t *testing.T) desktest.Harness {
		rdb := srv.Client(t)
		if err := rdb.FlushAll(context.Background()).Err(); err != nil {
			t.Fatal(err)
		}
		// Redis keeps its own time: closed cases are kept briefly and
		// the test waits past it.
		retention := 400 * time.Millisecond
		return desktest.Harness{
			Store:  redisdesk.New(rdb, retention),
			Now:    time.Now,
			Expire: func() { time.Sleep(3 * retention) },
		}
	})
}
