package memstore_test

import (
	"sync"
	"testing"
	"time"

	"github.com/linxia-talent/policybot/dialog"
	"github.com/linxia-talent/policybot/dialog/memstore"
	"github.com/linxia-talent/policybot/dialog/storetest"
)

// fakeClock is a clock the test moves by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Harness {
		clk := &fakeClock{t: time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)}
		ttl := 30 * 24 * time.Hour
		return storetest.Harness{
			Store:  memstore.New(ttl, clk.now),
			Expire: func() { clk.advance(ttl) },
		}
	})
}

func TestDeliveryContract(t *testing.T) {
	storetest.RunDelivery(t, func(t *testing.T) dialog.DeliveryStore {
		return memstore.New(30*24*time.Hour, time.Now)
	})
}
