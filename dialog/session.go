package dialog

import (
	"context"
	"errors"
	"slices"
	"time"
)

// Session is what is kept about one chat between messages: where it is in
// a check and the answers given so far. Nothing else about the user is kept.
type Session struct {
	// Check is the id of the check under way, empty when none.
	Check string `json:"c,omitempty"`
	// Answers maps slot ids to the normalised answers given in this check.
	Answers map[string]string `json:"a,omitempty"`
	// Order lists the answered slots in the order given, for /back.
	Order []string `json:"o,omitempty"`
	// Pending is the slot whose question was asked last.
	Pending string `json:"p,omitempty"`
	// Guess holds answers read with doubt (「我不是大学生」 read as 其他个人),
	// shown back for confirmation before they are recorded.
	Guess map[string]string `json:"g,omitempty"`
	// Menu is set while the list of checks is shown, so a number typed
	// next picks a check.
	Menu bool `json:"m,omitempty"`
	// Offer is the check the last reply offered to start (its button);
	// a typed 「1」 or 「好，查一下」 next takes it up.
	Offer string `json:"f,omitempty"`
	// Wrong counts wrong answers in a row to the pending question.
	Wrong int `json:"w,omitempty"`
	// Round counts the checks started in this chat; buttons carry it, so a
	// button from an earlier check is recognised as stale.
	Round int `json:"r,omitempty"`
	// Noticed is set once the validity notice was shown in full; later
	// replies (other than verdicts) say it in one short line.
	Noticed bool `json:"n,omitempty"`
	// Heard holds, per check, the answers read from what the person said
	// of themselves outside a check (「我是大专毕业，想贷10万」), so a check
	// started next does not ask them again. Only the readings are kept,
	// never the text; they are used (and dropped) when a check starts.
	Heard map[string]map[string]string `json:"h,omitempty"`
	// Declines counts the free questions in a row the document did not
	// answer; at two, a person is called.
	Declines int `json:"x,omitempty"`
	// Last and LastAnswers are the check that last ended in a verdict and
	// its answers, so that a person called after the verdict sees them.
	// They go with the session (its expiry, /forget) and are replaced by
	// the next verdict.
	Last        string            `json:"l,omitempty"`
	LastAnswers map[string]string `json:"la,omitempty"`
	// Asides are what the person asked beside a check: what the document
	// does not state (工资待遇, in article 1), does not cover at all (住房),
	// or states in the check's own article (领办、创办、协办企业): names
	// from the lexicon and the document's words, never theirs, at most
	// maxAsides. The next verdict says each one, and they go with it.
	Asides []Aside `json:"s,omitempty"`
	// Several is set when the person spoke of more than one of what the
	// check under way is about (two contests): the verdict says it is of
	// the one answered, and how to check the other.
	Several bool `json:"v,omitempty"`
	// Switched is set when, after a verdict, the person turns to someone
	// else (「那我媳妇呢」, 「给我掌柜的也查一下」, 「那我呢」): the check
	// started next does not take the last verdict's answers, which were of
	// the other person.
	Switched bool `json:"t,omitempty"`
}

// Aside is one thing asked beside a check: Missing names what Article
// does not state, Uncovered a subject the document does not touch, or
// Quote what Article states in answer (the document's words, never the
// person's).
type Aside struct {
	Article   int      `json:"a,omitempty"`
	Missing   []string `json:"m,omitempty"`
	Uncovered string   `json:"u,omitempty"`
	Quote     string   `json:"q,omitempty"`
	// Counts: the question asked whether someone counts as a group the
	// article names (算不算高层次人才), not what its criteria are.
	Counts bool `json:"c,omitempty"`
}

// SessionStore keeps sessions. Versions make updates safe when several
// processes serve one chat: Save succeeds only if the session is still at
// the version Load returned.
type SessionStore interface {
	// Load returns the chat's session and its version. A chat with no
	// session gets the zero Session and version 0, not an error.
	Load(ctx context.Context, chat string) (Session, int64, error)
	// Save stores s if the stored version is still version, and renews the
	// session's expiry. It returns ErrConflict when another update saved
	// first.
	Save(ctx context.Context, chat string, s Session, version int64) error
	// Delete removes everything stored about the chat.
	Delete(ctx context.Context, chat string) error
}

// ErrConflict reports that a session changed between Load and Save.
var ErrConflict = errors.New("dialog: session changed concurrently")

// ErrUnavailable wraps a failure of the session store; the reply that comes
// with it tells the user to try again later.
var ErrUnavailable = errors.New("dialog: session store unavailable")

// RedeliveryWindow bounds how long after applying an update a front end may
// still be handed it again. Telegram keeps an unconfirmed update for at most
// a day, and restarts its numbering from a random value only after a week
// without updates; so the ids a chat applied are compared with a new one
// only within this window.
const RedeliveryWindow = 24 * time.Hour

// RecentUpdates is how many of a chat's last applied update ids are kept.
// Telegram redelivers an update before it sends the next one of the same
// queue; a chat's messages, edits and button presses may be separate
// queues, so a redelivery can come after a few other updates of the chat,
// never after this many.
const RecentUpdates = 16

// Delivery is what a front end keeps beside a chat's session so that each
// update is applied once and its replies are delivered: the last update
// applied, and the replies it left to send (the outbox). Memory per chat,
// not per update. The outbox is opaque to dialog.
type Delivery struct {
	// Update is the last update applied to the chat, 0 for none; At is
	// when it was applied; Recent are the last RecentUpdates applied,
	// Update last.
	Update int64
	At     time.Time
	Recent []int64
	// Outbox holds what Update still has to send, in the front end's
	// encoding; empty when everything was sent.
	Outbox []byte
	// Owner may send the outbox until Until (a lease, so that two
	// processes never send it both).
	Owner string
	Until time.Time
	// Lost reports that the store lost the chat's data while a check was
	// under way, and the user has not been told yet.
	Lost bool
}

// Applied reports whether update id was applied to the chat: it is one of
// the recent ones, and the last was applied within RedeliveryWindow of now.
// A lower id that is not among them is a new update (of another queue, or
// after Telegram renumbered), not a redelivery.
func (d Delivery) Applied(id int64, now time.Time) bool {
	return now.Sub(d.At) < RedeliveryWindow && slices.Contains(d.Recent, id)
}

// Record is a chat's session, its version and its delivery record, read at
// once.
type Record struct {
	Session Session
	Version int64
	Delivery
}

// Commit is what applying one update writes, all at once: the session (if
// it changed), the update's id and the outbox with its lease.
type Commit struct {
	Update int64
	At     time.Time
	// Version is the session's version when it was loaded.
	Version int64
	// Session is the new session; nil keeps the stored one. Delete
	// removes the session instead: the delivery record stays, for at
	// most RedeliveryWindow, holding no more than the update's id and
	// time once the outbox is sent.
	Session *Session
	Delete  bool
	Outbox  []byte
	Owner   string
	Until   time.Time
}

// DeliveryStore is a SessionStore that also keeps delivery records, for a
// front end that must deliver every reply once through crashes and
// redeliveries.
type DeliveryStore interface {
	SessionStore
	// Open reads the chat's record. It returns ErrDataLost, once per
	// loss, when the store noticed that it lost data (a Redis restarted
	// empty); the call after it reads the record as it now is.
	Open(ctx context.Context, chat string) (Record, error)
	// Commit writes c if c.Update was not applied yet (see
	// Delivery.Applied, with c.At as now), the session is still at c.Version and no
	// earlier outbox is waiting. It returns ErrApplied when the update
	// was applied already, ErrConflict when the session changed or an
	// outbox is waiting. A commit clears Lost.
	Commit(ctx context.Context, chat string, c Commit) error
	// Claim takes the right to send the chat's outbox, as owner until
	// until, when nobody else holds it at now. It returns the delivery
	// record: the claim succeeded when Owner is owner and Outbox is not
	// empty; an empty Outbox means nothing is left to send.
	Claim(ctx context.Context, chat, owner string, now, until time.Time) (Delivery, error)
	// Progress replaces the outbox of update, which owner holds until
	// until (as committed or claimed), by rest; an empty rest ends the
	// delivery and frees the lease. It returns ErrConflict when owner no
	// longer holds the outbox of update.
	Progress(ctx context.Context, chat string, update int64, owner string, until time.Time, rest []byte) error
	// Release gives up owner's lease on the chat's outbox, so another
	// process may send it now.
	Release(ctx context.Context, chat, owner string) error
	// Pending returns up to n chats whose outbox may be waiting with no
	// live lease at now (all of them, leased or not, when now is zero).
	// Like Open, it returns ErrDataLost once per loss.
	Pending(ctx context.Context, now time.Time, n int) ([]string, error)
	// MarkLost records that the chat had a check under way at update
	// when the store lost its data, unless the chat has applied that
	// update or a later one since.
	MarkLost(ctx context.Context, chat string, update int64, at time.Time) error
}

// ErrApplied reports that an update was applied before; what it left to
// send is in the chat's outbox.
var ErrApplied = errors.New("dialog: update already applied")

// ErrDataLost reports that the session store lost data: sessions saved
// before may be gone.
var ErrDataLost = errors.New("dialog: session store lost data")

// heardOf returns what was heard for check id, made when first needed.
func (s *Session) heardOf(id string) map[string]string {
	if s.Heard == nil {
		s.Heard = map[string]map[string]string{}
	}
	if s.Heard[id] == nil {
		s.Heard[id] = map[string]string{}
	}
	return s.Heard[id]
}
