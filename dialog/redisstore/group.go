package redisstore

import (
	"context"
	"fmt"
	"sync"

	"github.com/redis/go-redis/v9"
)

// group sends the pipelines of callers that come at the same moment in one
// round trip (a group commit). A caller that finds no round trip under way
// sends its own pipeline at once; the callers that come while one is under
// way wait for it, and the first of them then sends all of theirs together.
// Each caller's commands stay together and in its order, each gets its own
// commands' replies, and each returns only when its own replies are read:
// what a caller learns, and when, is what it would learn alone. Under load
// the write and read system calls of many updates are shared; with no load
// nothing waits.
//
// One round trip is under way at a time. Commands of different callers are
// independent (each touches its own chat, or the pending set, whose entries
// are per chat), so running them one after the other in one pipeline is
// what running them on separate connections at once could have done.
type group struct {
	rdb redis.UniversalClient

	mu      sync.Mutex
	busy    bool    // a round trip is under way
	waiting []*call // callers for the next one
}

// call is one caller's pipeline.
type call struct {
	ctx   context.Context
	build func(redis.Pipeliner)
	err   error         // its commands' first error
	done  chan struct{} // its replies are in, or it leads
	lead  []*call       // set when it is to send these (itself first)
}

// do queues build's commands, sends them (with those of other callers) and
// returns the first error among them, as Pipeline.Exec would for them alone.
func (g *group) do(ctx context.Context, build func(redis.Pipeliner)) error {
	c := &call{ctx: ctx, build: build, done: make(chan struct{}, 1)}
	g.mu.Lock()
	if g.busy {
		g.waiting = append(g.waiting, c)
		g.mu.Unlock()
		<-c.done
		if c.lead == nil {
			return c.err
		}
		g.run(c.lead)
		return c.err
	}
	g.busy = true
	g.mu.Unlock()
	g.run([]*call{c})
	return c.err
}

// run sends batch, whose first call is the caller's own, hands the next
// batch to the first of its callers, and wakes the others of this one.
func (g *group) run(batch []*call) {
	defer func() {
		// A panic (a build's or the client's) goes on in this caller, as
		// alone; the others of the round trip get an error, and none is
		// left waiting nor the group busy for good.
		if r := recover(); r != nil {
			for _, c := range batch {
				if c.err == nil {
					c.err = fmt.Errorf("redisstore: pipeline: %v", r)
				}
			}
			g.handoff(batch)
			panic(r)
		}
	}()
	pipe := g.rdb.Pipeline()
	counts := make([]int, len(batch))
	for i, c := range batch {
		if err := c.ctx.Err(); err != nil {
			c.err = err // gave up while waiting: nothing of it is sent
			counts[i] = -1
			continue
		}
		n := pipe.Len()
		c.build(pipe)
		counts[i] = pipe.Len() - n
	}
	// The first caller's context carries values only: a caller that gives
	// up must not fail the others' commands.
	cmds, _ := pipe.Exec(context.WithoutCancel(batch[0].ctx))
	for i, c := range batch {
		if counts[i] < 0 {
			continue
		}
		for _, cmd := range cmds[:counts[i]] {
			if err := cmd.Err(); err != nil {
				c.err = err
				break
			}
		}
		cmds = cmds[counts[i]:]
	}
	g.handoff(batch)
}

// handoff gives the callers that came meanwhile to the first of them, to
// send, or ends the round trips; then it wakes batch's callers other than
// the one running it.
func (g *group) handoff(batch []*call) {
	g.mu.Lock()
	next := g.waiting
	g.waiting = nil
	if len(next) == 0 {
		g.busy = false
	}
	g.mu.Unlock()
	if len(next) > 0 {
		next[0].lead = next
		next[0].done <- struct{}{}
	}
	for _, c := range batch[1:] {
		c.done <- struct{}{}
	}
}
