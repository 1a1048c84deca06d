package memdesk_test

import (
	"sync"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/desk/desktest"
	"github.com/linxia-talent/policybot/desk/memdesk"
)

func TestContract(t *testing.T) {
	desktest.Run(t, func(t *testing.T) desktest.Harness {
		var mu sync.Mutex
		skew := time.Duration(0)
		now := func() time.Time { mu.Lock(); defer mu.Unlock(); return time.Now().Add(skew) }
		return desktest.Harness{
			Store: memdesk.New(time.Hour, now),
			Now:   time.Now,
			Expire: func() {
				mu.Lock()
				skew += 2 * time.Hour
				mu.Unlock()
			},
		}
	})
}
