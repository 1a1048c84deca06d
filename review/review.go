// Package review closes the loop between what the assistant could not
// answer and what the responsible units' staff know:
//
//   - the unanswered log: every declined question, normalised and grouped
//     with similar ones by its content words (the knowledge index's
//     segmentation), counted per day, with one example and never a user id;
//   - staff answer entries: written by one staff member, citing an article
//     (checked against the document) or saying the document does not cover
//     the question and where to go, approved by a second, then served beside
//     the document's quote to questions close to theirs (Answerer);
//   - verdict records: every finished check under a short reference number
//     (Recorder), for the person (/mine) and for staff (/verdict).
//
// The staff commands are read by Desk. Storage is the Store interface, kept
// in memory (review/memstore) or in Redis (review/redisstore), both held to
// the contract in review/storetest. The package imports no adapter.
package review

import (
	"context"
	"errors"
	"time"

	"github.com/linxia-talent/policybot/dialog"
)

// Group is one group of similar declined questions.
type Group struct {
	// ID is short and stable for the same words (Q7F2), so staff can
	// name the group in /answer.
	ID string `json:"id"`
	// Words are the content words the group's questions share.
	Words []string `json:"words"`
	// Example is the latest question of the group, normalised.
	Example string `json:"example"`
	// Count is how many declines the group had in the period asked for.
	Count int `json:"count"`
	// Last is the day of the latest decline.
	Last time.Time `json:"last"`
}

// State is where a staff answer entry is in its life.
type State string

const (
	// Draft entries wait for a second staff member's approval; they are
	// never served.
	Draft State = "draft"
	// Approved entries are served.
	Approved State = "approved"
	// Withdrawn entries are kept for the record and never served.
	Withdrawn State = "withdrawn"
)

// Entry is a staff answer.
type Entry struct {
	// ID is E followed by the number of the staff message that wrote it.
	ID string `json:"id"`
	// Question is the question answered, normalised; Words its content
	// words, against which later questions are compared.
	Question string   `json:"question"`
	Words    []string `json:"words"`
	// Article is the article the answer rests on and Quote a verbatim part
	// of it; Article is 0 when the document does not cover the question,
	// and the answer then says where to go.
	Article int    `json:"article,omitempty"`
	Quote   string `json:"quote,omitempty"`
	Answer  string `json:"answer"`
	State   State  `json:"state"`
	// Author wrote (or last edited) the entry; Approver approved it. They
	// are staff members' Telegram user ids.
	Author   int64     `json:"author"`
	Approver int64     `json:"approver,omitempty"`
	Written  time.Time `json:"written"`
	Approved time.Time `json:"approved,omitzero"`
	// Document and Until are the document number and the end of its
	// validity when the entry was written: the entry is tied to that text
	// and is not served once the corpus holds another one.
	Document string    `json:"document"`
	Until    time.Time `json:"until"`
}

// Verdict is a stored verdict record.
type Verdict struct {
	dialog.VerdictRecord
	// Chat is the session key of the person's chat, so that /mine and
	// /forget find it.
	Chat string `json:"chat"`
	// RuleHash is a hash of the check's rule data that produced the
	// verdict, so a later change of the rules is visible.
	RuleHash string `json:"rule_hash"`
}

// Store keeps the unanswered log, the entries and the verdict records.
type Store interface {
	// AddDecline counts one declined question of group id (with its words)
	// on the day of at, keeping example as the group's latest.
	AddDecline(ctx context.Context, id string, words []string, example string, at time.Time) error
	// Declines returns the groups with declines on the days from since to
	// until, each counted over those days, in no particular order.
	Declines(ctx context.Context, since, until time.Time) ([]Group, error)

	// PutEntry stores e under e.ID, replacing what was there.
	PutEntry(ctx context.Context, e Entry) error
	// Entry returns the entry id, or ErrNotFound.
	Entry(ctx context.Context, id string) (Entry, error)
	// Entries returns every entry, in no particular order.
	Entries(ctx context.Context) ([]Entry, error)

	// PutVerdict stores v under v.Ref, replacing what was there, for the
	// store's retention time.
	PutVerdict(ctx context.Context, v Verdict) error
	// Verdict returns the record ref, or ErrNotFound.
	Verdict(ctx context.Context, ref string) (Verdict, error)
	// VerdictsOf returns the chat's records still kept, in no particular
	// order.
	VerdictsOf(ctx context.Context, chat string) ([]Verdict, error)
	// ForgetChat deletes every record of the chat.
	ForgetChat(ctx context.Context, chat string) error
}

// ErrNotFound reports that an entry or a record does not exist (or has
// expired).
var ErrNotFound = errors.New("review: not found")
