package bot

import (
	"sync"
)

// dispatcher runs one chat's jobs one at a time, in the order submitted,
// and different chats' jobs in parallel. A chat's worker goroutine exists
// only while the chat has jobs.
type dispatcher struct {
	mu     sync.Mutex
	queues map[int64][]func()
	closed bool
	wg     sync.WaitGroup
}

func newDispatcher() *dispatcher {
	return &dispatcher{queues: map[int64][]func(){}}
}

// submit queues job for chat and reports false when the dispatcher is
// closed.
func (d *dispatcher) submit(chat int64, job func()) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return false
	}
	q, running := d.queues[chat]
	d.queues[chat] = append(q, job)
	if !running {
		d.wg.Add(1)
		go d.work(chat)
	}
	return true
}

func (d *dispatcher) work(chat int64) {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		q := d.queues[chat]
		if len(q) == 0 {
			delete(d.queues, chat)
			d.mu.Unlock()
			return
		}
		job := q[0]
		q[0] = nil
		d.queues[chat] = q[1:]
		d.mu.Unlock()
		job()
	}
}

// close refuses new jobs and waits for the queued ones to finish.
func (d *dispatcher) close() {
	d.mu.Lock()
	d.closed = true
	d.mu.Unlock()
	d.wg.Wait()
}
