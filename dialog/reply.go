package dialog

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/linxia-talent/policybot/corpus"
)

// BlockKind says how a front end should show a block of a reply.
type BlockKind int

const (
	// Plain is ordinary text.
	Plain BlockKind = iota
	// Heading is a citation or a title, shown emphasised.
	Heading
	// Quote is verbatim text from the document.
	Quote
	// Note is a side remark: the validity notice, who decides.
	Note
	// Detail is the reasoning behind a conclusion stated above it: several
	// lines of plain text a front end may fold away (Telegram shows it
	// collapsed; a terminal shows it in full, where it stands).
	Detail
)

// Block is one paragraph of a reply.
type Block struct {
	Kind BlockKind
	Text string
}

// Choice is an answer the user can pick with one tap (or, in a terminal, by
// typing its number or label).
type Choice struct {
	Label string
	// Data identifies the choice when pressed; it is at most 64 bytes, the
	// limit of a Telegram callback.
	Data string
	// Typed, when set, is what to type for the choice where there are no
	// buttons: beside a question that takes a number, a typed 「1」 is the
	// number, so the choice is shown by its words, not numbered.
	Typed string
}

// Reply is what the assistant says back to one input.
type Reply struct {
	Blocks  []Block
	Choices []Choice
	// Handoff is set when the user asked for a person; the front end passes
	// it to staff.
	Handoff *Handoff
	// Toast is a short notice for a pressed button (Telegram shows it as
	// the callback's answer); empty when there is none.
	Toast string
	// Forgotten reports that everything stored about the chat was deleted,
	// so a front end can drop what it keeps too.
	Forgotten bool
	// Finding is what the document said for a free question, when the reply
	// answers one; nil otherwise.
	Finding *corpus.Finding
	// Verdict is the conclusion of a check, when the reply gives one; nil
	// otherwise.
	Verdict *Summary
}

// Summary is a verdict's conclusions, one per rule, for a summary the
// person can share.
type Summary struct {
	Check string
	Lines []Conclusion
	// Ref is the verdict's record number, when a Recorder kept it.
	Ref string

	record *VerdictRecord // what a Recorder keeps
	refAt  int            // where the number goes among the reply's blocks
	start  int            // where the verdict begins among the reply's blocks
}

// VerdictAt returns where the verdict begins among the reply's blocks, and
// false when the reply gives none: a front end may start a new message
// there, so that an answer given before it does not push the verdict's
// first lines off the first screen.
func (r Reply) VerdictAt() (int, bool) {
	if r.Verdict == nil {
		return 0, false
	}
	return min(r.Verdict.start, len(r.Blocks)), true
}

// Conclusion is one rule's conclusion: its mark (✅ ❌ ⚪ ❔), the one fact
// that matters and the article it rests on.
type Conclusion struct {
	Mark    string `json:"mark"`
	Fact    string `json:"fact"`
	Article int    `json:"article"`
}

// String is the conclusion as a summary line: 「✅ 可申请不超过20万元的创业担保贷款，并享受财政贴息政策支持（第14条）」.
func (c Conclusion) String() string {
	return c.Mark + " " + c.Fact + "（第" + strconv.Itoa(c.Article) + "条）"
}

// Handoff is a request for a person to take over a chat.
type Handoff struct {
	// Trigger says what asked for a person.
	Trigger Trigger
	// Reason says why, in words for staff: the check and its state, or that
	// the knowledge base had no answer. It holds no message text.
	Reason string
	// Check is the title of the check under way, or of the last one that
	// ended in a verdict; empty when none.
	Check string
	// Answers are the user's answers in that check, given to staff
	// because the user asked for a person.
	Answers []string
	// Verdict holds the conclusions of the last verdict, one line each
	// (「❔ 配偶申请免除反担保手续：无法确定（第14条）」); empty when the
	// check has not ended.
	Verdict []string
	// Articles are the articles the check rests on, or the verdict cites.
	Articles []int
}

// Trigger is what asked for a person.
type Trigger string

// The triggers of a hand-off.
const (
	AskedHuman    Trigger = "asked"         // /human
	HumanWords    Trigger = "words"         // 人工, 转人工, 投诉…
	HumanButton   Trigger = "button"        // the button under a decline or a 无法确定 verdict
	TwoDeclines   Trigger = "declines"      // two questions in a row not answered
	NotUnderstood Trigger = "misunderstood" // three answers in a row not understood
)

func (r *Reply) add(kind BlockKind, text string) {
	if text == "" {
		return // a note with nothing to say (a total said in so many words)
	}
	r.Blocks = append(r.Blocks, Block{Kind: kind, Text: text})
}

func (r *Reply) plain(text string) { r.add(Plain, text) }

// follow appends what comes next, n (the next question, or the verdict),
// to r: its blocks, its choices and its verdict.
func (r *Reply) follow(n Reply) {
	if n.Verdict != nil {
		// A note the verdict gives too (the validity notice) is said once,
		// with the verdict.
		r.Blocks = slices.DeleteFunc(r.Blocks, func(b Block) bool {
			return b.Kind == Note && slices.ContainsFunc(n.Blocks, func(o Block) bool { return o.Kind == Note && o.Text == b.Text })
		})
		if r.Verdict != nil {
			r.Verdict.refAt = min(r.Verdict.refAt, len(r.Blocks))
		}
		v := *n.Verdict
		v.refAt += len(r.Blocks) // n's blocks now come after r's
		v.start += len(r.Blocks)
		r.Verdict = &v
	}
	r.Blocks = append(r.Blocks, n.Blocks...)
	r.Choices = n.Choices
	if n.Handoff != nil {
		r.Handoff = n.Handoff
	}
}

// Text renders the reply as plain text, choices as a numbered list, as the
// terminal shows it.
func (r Reply) Text() string {
	var b strings.Builder
	for i, bl := range r.Blocks {
		if i > 0 {
			b.WriteString("\n")
		}
		switch bl.Kind {
		case Quote:
			b.WriteString("  「" + bl.Text + "」")
		default:
			b.WriteString(bl.Text)
		}
		b.WriteString("\n")
	}
	for i, c := range r.Choices {
		if i == 0 && len(r.Blocks) > 0 {
			b.WriteString("\n")
		}
		if c.Typed != "" {
			b.WriteString("  · " + fmt.Sprintf(txtTypeChoice, c.Typed) + "\n")
			continue
		}
		b.WriteString("  " + strconv.Itoa(i+1) + ". " + c.Label + "\n")
	}
	return b.String()
}
