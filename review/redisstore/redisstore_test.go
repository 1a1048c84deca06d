package redisstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/internal/redistest"
	"github.com/linxia-talent/policybot/review/redisstore"
	"github.com/linxia-talent/policybot/review/storetest"
)

func TestContract(t *testing.T) {
	srv := redistest.Start(t)
	storetest.Run(t, func(t *testing.T) storetest.Harness {
		rdb := srv.Client(t)
		if err := rdb.FlushAll(context.Background()).Err(); err != nil {
			t.Fatal(err)
		}
		// Redis keeps its own time, so expiry is tested with a short
		// retention of records and a wait well past it.
		ttl := time.Second
		return storetest.Harness{
			Store:          redisstore.New(rdb, 90*24*time.Hour, ttl),
			Now:            time.Now,
			ExpireVerdicts: func() { time.Sleep(3 * ttl) },
		}
	})
}
