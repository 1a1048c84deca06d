package memstore_test

import (
	"testing"
	"time"

	"github.com/linxia-talent/policybot/review/memstore"
	"github.com/linxia-talent/policybot/review/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Harness {
		now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
		clock := func() time.Time { return now }
		ttl := 90 * 24 * time.Hour
		return storetest.Harness{
			Store:          memstore.New(ttl, ttl, clock),
			Now:            clock,
			ExpireVerdicts: func() { now = now.Add(ttl) },
		}
	})
}
