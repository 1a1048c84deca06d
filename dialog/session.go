package dialog

import (
	"context"
	"errors"
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
	// Wrong counts wrong answers in a row to the pending question.
	Wrong int `json:"w,omitempty"`
	// Round counts the checks started in this chat; buttons carry it, so a
	// button from an earlier check is recognised as stale.
	Round int `json:"r,omitempty"`
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
