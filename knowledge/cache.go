package knowledge

import (
	"sync"

	"github.com/linxia-talent/policybot/corpus"
)

// cacheSize is how many answers the index remembers. An answer is a pure
// function of the normalised question and the document, so the same
// question (大学生创业能贷多少钱, asked by many) is searched once. The
// questions kept are not tied to anyone.
const cacheSize = 1024

// answerCache remembers the last cacheSize answers, evicting the least
// recently used. Findings are shared: callers must not change them.
type answerCache = lru[corpus.Finding]

func newAnswerCache() *answerCache { return newLRU[corpus.Finding]() }

// lru remembers the last cacheSize values by key, evicting the least
// recently used.
type lru[V any] struct {
	mu    sync.Mutex
	items map[string]*cacheItem[V]
	head  *cacheItem[V] // most recent
	tail  *cacheItem[V] // least recent
}

type cacheItem[V any] struct {
	key        string
	f          V
	prev, next *cacheItem[V]
}

func newLRU[V any]() *lru[V] {
	return &lru[V]{items: make(map[string]*cacheItem[V], cacheSize)}
}

func (c *lru[V]) get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.items[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.unlink(it)
	c.pushFront(it)
	return it.f, true
}

func (c *lru[V]) put(key string, f V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if it, ok := c.items[key]; ok {
		it.f = f
		c.unlink(it)
		c.pushFront(it)
		return
	}
	if len(c.items) >= cacheSize {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
	}
	it := &cacheItem[V]{key: key, f: f}
	c.items[key] = it
	c.pushFront(it)
}

func (c *lru[V]) unlink(it *cacheItem[V]) {
	if it.prev != nil {
		it.prev.next = it.next
	} else {
		c.head = it.next
	}
	if it.next != nil {
		it.next.prev = it.prev
	} else {
		c.tail = it.prev
	}
	it.prev, it.next = nil, nil
}

func (c *lru[V]) pushFront(it *cacheItem[V]) {
	it.next = c.head
	if c.head != nil {
		c.head.prev = it
	}
	c.head = it
	if c.tail == nil {
		c.tail = it
	}
}
