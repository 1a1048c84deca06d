package corpus

import "time"

// StaffAnswer is an answer the responsible units' staff wrote and a second
// staff member approved, served beside what the document says (never in its
// place). It is set on a Finding by whoever keeps staff answers.
type StaffAnswer struct {
	// Entry identifies the staff answer (E123).
	Entry string
	// Text is the staff's answer.
	Text string
	// Approved is the day it was approved.
	Approved time.Time
	// Article is the article the answer rests on; 0 when the document does
	// not cover the question and the answer says where to go instead.
	Article int
}
