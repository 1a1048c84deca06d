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
type answerCache struct {
	mu    sync.Mutex
	items map[string]*cacheItem
	head  *cacheItem // most recent
	tail  *cacheItem // least recent
}

type cacheItem struct {
	key        string
	f          corpus.Finding
	prev, next *cacheItem
}

func newAnswerCache() *answerCache {
	return &answerCache{items: make(map[string]*cacheItem, cacheSize)}
}

func (c *answerCache) get(key string) (corpus.Finding, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.items[key]
	if !ok {
		return corpus.Finding{}, false
	}
	c.unlink(it)
	c.pushFront(it)
	return it.f, true
}

func (c *answerCache) put(key string, f corpus.Finding) {
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
	it := &cacheItem{key: key, f: f}
	c.items[key] = it
	c.pushFront(it)
}

func (c *answerCache) unlink(it *cacheItem) {
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

func (c *answerCache) pushFront(it *cacheItem) {
	it.next = c.head
	if c.head != nil {
		c.head.prev = it
	}
	c.head = it
	if c.tail == nil {
		c.tail = it
	}
}
