package bot

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/linxia-talent/policybot/dialog"
)

// Layout rules. People read the bot on a phone, so a reply is laid out for
// its first screen:
//
//  1. A verdict leads with its conclusions, one line per rule; the reasons,
//     answers relied on, quotes and what would change are Detail blocks,
//     each an expandable blockquote (collapsed by default), one per rule.
//  2. The first screen of a verdict, all of its first message that is
//     outside blockquotes, is at most firstScreen characters.
//  3. A message is at most maxMessage UTF-16 units and carries at most
//     maxEntities formatting entities; a blockquote is never inside
//     another (Telegram refuses that).
//
// render_test.go checks each rule on every verdict of the golden
// transcripts.

// firstScreen bounds, in characters, the text of a verdict's first message
// outside blockquotes: about what a phone shows without scrolling.
const firstScreen = 400

// maxEntities is how many formatting entities Telegram keeps in one
// message. Each rendered block is one entity, so a message holds at most
// this many blocks.
const maxEntities = 100

// maxMessage is Telegram's limit on a message's text, in UTF-16 code units
// after entity parsing. The rendered HTML is measured, which is never
// shorter, so a chunk within it is within Telegram's limit.
const maxMessage = 4096

// utf16Len counts s in UTF-16 code units, without allocating.
func utf16Len(s string) int {
	n := 0
	for _, r := range s { // invalid UTF-8 reads as U+FFFD, one unit
		n += utf16.RuneLen(r)
	}
	return n
}

// renderHTML turns a reply's blocks into HTML message texts of at most limit
// UTF-16 units each. Every piece of text is escaped; blocks are kept whole
// where they fit, and a block too long for one message is split at sentence
// boundaries (or, failing that, anywhere) with its formatting repeated.
func renderHTML(blocks []dialog.Block, limit int) []string {
	type piece struct {
		text   string
		entity bool
	}
	var pieces []piece
	for _, b := range blocks {
		open, close := tags(b.Kind)
		room := limit - utf16Len(open+close)
		for _, part := range splitText(b.Text, room) {
			if blank(part) {
				continue // Telegram refuses a message with nothing to show
			}
			pieces = append(pieces, piece{open + html.EscapeString(part) + close, open != ""})
		}
	}
	var out []string
	var cur strings.Builder
	size, entities := 0, 0 // of cur: UTF-16 units, entities
	for _, p := range pieces {
		n := utf16Len(p.text)
		e := 0
		if p.entity {
			e = 1
		}
		if cur.Len() > 0 && (size+2+n > limit || entities+e > maxEntities) {
			out = append(out, cur.String())
			cur.Reset()
			size, entities = 0, 0
		}
		if cur.Len() > 0 {
			cur.WriteString("\n\n")
			size += 2
		}
		cur.WriteString(p.text)
		size += n
		entities += e
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// blank reports text with nothing visible in it: whitespace (U+3000
// included), control and format characters.
func blank(s string) bool {
	for _, r := range s {
		if unicode.IsGraphic(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func tags(k dialog.BlockKind) (string, string) {
	switch k {
	case dialog.Heading:
		return "<b>", "</b>"
	case dialog.Quote:
		return "<blockquote>", "</blockquote>"
	case dialog.Note:
		return "<i>", "</i>"
	case dialog.Detail:
		return "<blockquote expandable>", "</blockquote>"
	}
	return "", ""
}

// splitText cuts text into parts whose escaped form is at most room UTF-16
// units, preferring to cut after 。！？；, then after a newline, then
// anywhere.
func splitText(text string, room int) []string {
	if utf16Len(html.EscapeString(text)) <= room {
		return []string{text}
	}
	var parts []string
	runes := []rune(text)
	for len(runes) > 0 {
		// The longest prefix that fits.
		n, size := 0, 0
		for n < len(runes) {
			w := utf16Len(html.EscapeString(string(runes[n])))
			if size+w > room {
				break
			}
			size += w
			n++
		}
		if n == len(runes) {
			parts = append(parts, string(runes))
			break
		}
		cut := n
		for _, marks := range []string{"。！？；!?", "\n，,、 "} {
			if i := lastIndexAny(runes[:n], marks); i >= n/2 {
				cut = i + 1
				break
			}
		}
		if cut == 0 {
			cut = 1
		}
		parts = append(parts, string(runes[:cut]))
		runes = runes[cut:]
	}
	return parts
}

func lastIndexAny(rs []rune, chars string) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if strings.ContainsRune(chars, rs[i]) {
			return i
		}
	}
	return -1
}
