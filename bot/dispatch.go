package bot

import (
	"fmt"
	"os"
	"runtime/debug"
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

// run is submit that, when the chat has no job queued or running, runs job
// on the calling goroutine instead of a new one and returns after it (a
// webhook request waits for its update anyway; a fresh goroutine would
// grow its stack again for every update). Jobs of the chat queued
// meanwhile are left to a worker goroutine, so the caller waits for its
// own job only.
func (d *dispatcher) run(chat int64, job func()) bool {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return false
	}
	if q, running := d.queues[chat]; running {
		d.queues[chat] = append(q, job)
		d.mu.Unlock()
		return true
	}
	d.queues[chat] = nil // running, nothing queued
	d.wg.Add(1)
	d.mu.Unlock()
	defer func() {
		if p := recover(); p != nil {
			// As on a worker goroutine, a panic ends the process; the
			// HTTP server would otherwise recover it and leave the chat
			// marked running for good.
			fmt.Fprintf(os.Stderr, "panic: %v\n\n%s", p, debug.Stack())
			os.Exit(2)
		}
	}()
	job()
	d.mu.Lock()
	if len(d.queues[chat]) == 0 {
		delete(d.queues, chat)
		d.mu.Unlock()
		d.wg.Done()
		return true
	}
	d.mu.Unlock()
	go d.work(chat) // takes over the chat and its wg count
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
