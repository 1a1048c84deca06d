// Package desk is the staff desk: hand-off cases, opened when a user asks
// for a person and run by the responsible departments' staff.
//
// A case holds what staff need to help without asking again (who, why, the
// check and its answers, the verdict and the articles it cites, the last
// messages) and its history of events. A user has at most one open case;
// asking again adds to it. Only staff act on cases; who is staff, and how
// cases reach staff, is the front end's business: desk imports no adapter.
package desk

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// State is where a case stands.
type State string

const (
	// Waiting cases were opened and nobody has claimed them yet.
	Waiting State = "waiting"
	// Claimed cases have an owner, the staff member who answers.
	Claimed State = "claimed"
	// Closed cases are finished; they are kept for Retention, then
	// deleted.
	Closed State = "closed"
)

// Why says what opened a case.
type Why string

const (
	Asked         Why = "asked"         // the user sent /human
	Words         Why = "words"         // the user wrote 人工, 转人工, 投诉…
	Button        Why = "button"        // the user pressed 转人工 under a reply
	Declines      Why = "declines"      // two questions in a row were not answered
	Misunderstood Why = "misunderstood" // three answers in a row were not understood
)

// Person is a Telegram user as staff see them.
type Person struct {
	ID   int64  `json:"id"`
	Name string `json:"name,omitempty"`
}

// Message is one message of a case's conversation: the user's (From.ID is
// the user) or a staff member's.
type Message struct {
	At    time.Time `json:"at"`
	Staff bool      `json:"staff,omitempty"`
	By    int64     `json:"by"`
	Text  string    `json:"text"`
}

// Event is one step of a case's history.
type Event struct {
	At   time.Time `json:"at"`
	Kind string    `json:"kind"` // opened, asked-again, claimed, raised, closed, relayed, refused…
	By   int64     `json:"by,omitempty"`
}

// Case is one hand-off.
type Case struct {
	ID     int64  `json:"id"`
	User   Person `json:"user"`
	Why    Why    `json:"why"`
	Reason string `json:"reason,omitempty"` // in words for staff, from the dialog

	// What the user had done: the check, its answers, the verdict's lines
	// and the articles cited.
	Check    string   `json:"check,omitempty"`
	Answers  []string `json:"answers,omitempty"`
	Verdict  []string `json:"verdict,omitempty"`
	Articles []int    `json:"articles,omitempty"`

	Messages []Message `json:"messages,omitempty"` // the last MaxMessages
	Events   []Event   `json:"events"`

	State  State     `json:"state"`
	Owner  Person    `json:"owner,omitzero"`
	Opened time.Time `json:"opened"`
	// Raised is when staff were last told the case waits (its opening, or
	// a reminder).
	Raised  time.Time `json:"raised"`
	Updated time.Time `json:"updated"`
	Closed  time.Time `json:"closed,omitzero"`

	// Where the case lives in the staff chat: its topic in a forum group
	// (0 when none) and the message that presents it.
	Topic int `json:"topic,omitempty"`
	Post  int `json:"post,omitempty"`
}

// Open reports whether the case is still running.
func (c Case) Open() bool { return c.State != Closed }

// Retention is how long a closed case is kept by default: long enough for
// staff to look back at a case, short enough that personal data does not
// linger.
const Retention = 30 * 24 * time.Hour

// MaxMessages is how many of a case's last messages are kept.
const MaxMessages = 20

// MaxEvents bounds a case's history; the oldest events after the first go.
const MaxEvents = 100

func (c *Case) event(at time.Time, kind string, by int64) {
	c.Events = append(c.Events, Event{At: at, Kind: kind, By: by})
	if n := len(c.Events); n > MaxEvents {
		c.Events = append(c.Events[:1], c.Events[n-MaxEvents+1:]...)
	}
	c.Updated = at
}

// Errors of the desk. Stores return ErrNotFound; the rest come from Desk.
var (
	ErrNotFound = errors.New("desk: no such case")
	ErrClosed   = errors.New("desk: the case is closed")
	ErrClaimed  = errors.New("desk: another staff member has the case")
)

// Store keeps cases. Implementations: memdesk (one process) and redisdesk;
// desktest is the contract both pass.
type Store interface {
	// Create stores c, giving it the next id, unless its user has an open
	// case: then it returns that case and false, and stores nothing.
	Create(ctx context.Context, c Case) (Case, bool, error)
	// Get returns a case, ErrNotFound when there is none (or it expired).
	Get(ctx context.Context, id int64) (Case, error)
	// OpenOf returns the user's open case, ErrNotFound when there is none.
	OpenOf(ctx context.Context, user int64) (Case, error)
	// Update applies f to the case and stores the result, atomically: f
	// may be called again when another process changed the case meanwhile.
	// An error from f is returned and nothing is stored. A case that f
	// closes stops being its user's open case and expires after the
	// store's retention.
	Update(ctx context.Context, id int64, f func(*Case) error) (Case, error)
	// Link records that a message (or topic) of the staff chat, named by
	// key, belongs to case id; Linked finds it (ErrNotFound when none).
	Link(ctx context.Context, key string, id int64) error
	Linked(ctx context.Context, key string) (int64, error)
	// Open lists the open cases, oldest first.
	Open(ctx context.Context) ([]Case, error)
	// Forget deletes every case of the user, open or closed, and returns
	// them as they were, so the front end can withdraw its copies.
	Forget(ctx context.Context, user int64) ([]Case, error)
}

// MessageKey and TopicKey name staff-chat messages and topics for Link.
func MessageKey(msg int) string { return fmt.Sprintf("m:%d", msg) }
func TopicKey(topic int) string { return fmt.Sprintf("t:%d", topic) }

// Desk runs cases on a store.
type Desk struct {
	store Store
	now   func() time.Time
}

// New returns a desk.
func New(store Store, now func() time.Time) *Desk {
	if now == nil {
		now = time.Now
	}
	return &Desk{store: store, now: now}
}

// Request is what a hand-off brings to a case.
type Request struct {
	User     Person
	Why      Why
	Reason   string
	Check    string
	Answers  []string
	Verdict  []string
	Articles []int
}

// Open opens a case for the request, or, when the user has one open, adds
// the request to it (the newer check and answers replace the older, if
// any). It reports whether the case is new.
func (d *Desk) Open(ctx context.Context, r Request) (Case, bool, error) {
	now := d.now()
	c := Case{User: r.User, Why: r.Why, Reason: r.Reason, Check: r.Check, Answers: r.Answers, Verdict: r.Verdict, Articles: r.Articles,
		State: Waiting, Opened: now, Raised: now}
	c.event(now, "opened:"+string(r.Why), r.User.ID)
	got, created, err := d.store.Create(ctx, c)
	if err != nil || created {
		return got, created, err
	}
	got, err = d.store.Update(ctx, got.ID, func(c *Case) error {
		if !c.Open() {
			return ErrClosed
		}
		c.event(now, "asked-again:"+string(r.Why), r.User.ID)
		if r.User.Name != "" {
			c.User.Name = r.User.Name
		}
		if r.Check != "" || len(r.Verdict) > 0 {
			c.Check, c.Answers, c.Verdict, c.Articles = r.Check, r.Answers, r.Verdict, r.Articles
		}
		return nil
	})
	if errors.Is(err, ErrClosed) { // closed in between: open a new one
		return d.Open(ctx, r)
	}
	return got, false, err
}

// Get returns a case.
func (d *Desk) Get(ctx context.Context, id int64) (Case, error) { return d.store.Get(ctx, id) }

// OpenOf returns the user's open case (ErrNotFound when none).
func (d *Desk) OpenOf(ctx context.Context, user int64) (Case, error) {
	return d.store.OpenOf(ctx, user)
}

// Find returns the case a staff-chat message or topic belongs to.
func (d *Desk) Find(ctx context.Context, key string) (Case, error) {
	id, err := d.store.Linked(ctx, key)
	if err != nil {
		return Case{}, err
	}
	return d.store.Get(ctx, id)
}

// Link records a staff-chat message or topic of the case.
func (d *Desk) Link(ctx context.Context, key string, id int64) error {
	return d.store.Link(ctx, key, id)
}

// Placed records where the case was posted: its topic (0 for none) and its
// message. The first placement stays.
func (d *Desk) Placed(ctx context.Context, id int64, topic, post int) (Case, error) {
	return d.store.Update(ctx, id, func(c *Case) error {
		if topic != 0 && c.Topic == 0 {
			c.Topic = topic
		}
		if post != 0 && c.Post == 0 {
			c.Post = post
		}
		return nil
	})
}

// Claim gives the case to a staff member. Claiming a case one already has
// is no error; another's is ErrClaimed, a closed one ErrClosed.
func (d *Desk) Claim(ctx context.Context, id int64, by Person) (Case, error) {
	now := d.now()
	return d.store.Update(ctx, id, func(c *Case) error {
		switch {
		case !c.Open():
			return ErrClosed
		case c.State == Claimed && c.Owner.ID == by.ID:
			return nil
		case c.State == Claimed:
			return ErrClaimed
		}
		c.State, c.Owner = Claimed, by
		c.event(now, "claimed", by.ID)
		return nil
	})
}

// Close closes the case. Closing a closed case is ErrClosed.
func (d *Desk) Close(ctx context.Context, id int64, by int64) (Case, error) {
	now := d.now()
	return d.store.Update(ctx, id, func(c *Case) error {
		if !c.Open() {
			return ErrClosed
		}
		c.State, c.Closed = Closed, now
		c.event(now, "closed", by)
		return nil
	})
}

// Say adds a message to an open case: the user's, or a staff member's
// reply, which claims a waiting case for its author. It returns ErrClosed
// for a closed case.
func (d *Desk) Say(ctx context.Context, id int64, m Message, by Person) (Case, error) {
	m.At = d.now()
	return d.store.Update(ctx, id, func(c *Case) error {
		if !c.Open() {
			return ErrClosed
		}
		if m.Staff && c.State == Waiting {
			c.State, c.Owner = Claimed, by
			c.event(m.At, "claimed", by.ID)
		}
		c.Messages = append(c.Messages, m)
		if n := len(c.Messages); n > MaxMessages {
			c.Messages = append([]Message(nil), c.Messages[n-MaxMessages:]...)
		}
		kind := "user-message"
		if m.Staff {
			kind = "staff-reply"
		}
		c.event(m.At, kind, m.By)
		return nil
	})
}

// Note adds an event to a case (a refused relay, a failed delivery).
func (d *Desk) Note(ctx context.Context, id int64, kind string, by int64) error {
	now := d.now()
	_, err := d.store.Update(ctx, id, func(c *Case) error {
		c.event(now, kind, by)
		return nil
	})
	return err
}

// Open lists the open cases, oldest first.
func (d *Desk) List(ctx context.Context) ([]Case, error) { return d.store.Open(ctx) }

// Due returns the waiting cases that staff were last told of at least
// after ago, and marks each raised now. Of several processes calling Due at
// once, one gets each case.
func (d *Desk) Due(ctx context.Context, after time.Duration) ([]Case, error) {
	open, err := d.store.Open(ctx)
	if err != nil {
		return nil, err
	}
	now := d.now()
	errNotDue := errors.New("not due")
	var due []Case
	for _, c := range open {
		if c.State != Waiting || now.Sub(c.Raised) < after {
			continue
		}
		got, err := d.store.Update(ctx, c.ID, func(c *Case) error {
			if c.State != Waiting || now.Sub(c.Raised) < after {
				return errNotDue
			}
			c.Raised = now
			c.event(now, "raised", 0)
			return nil
		})
		switch {
		case errors.Is(err, errNotDue), errors.Is(err, ErrNotFound):
			continue
		case err != nil:
			return due, err
		}
		due = append(due, got)
	}
	return due, nil
}

// Forget deletes every case of the user and returns them as they were.
func (d *Desk) Forget(ctx context.Context, user int64) ([]Case, error) {
	return d.store.Forget(ctx, user)
}
