package bot

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/linxia-talent/policybot/dialog"
)

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
	var pieces []string
	for _, b := range blocks {
		open, close := tags(b.Kind)
		room := limit - utf16Len(open+close)
		for _, part := range splitText(b.Text, room) {
			if blank(part) {
				continue // Telegram refuses a message with nothing to show
			}
			pieces = append(pieces, open+html.EscapeString(part)+close)
		}
	}
	var out []string
	var cur strings.Builder
	size := 0 // of cur, in UTF-16 units
	for _, p := range pieces {
		n := utf16Len(p)
		if cur.Len() > 0 && size+2+n > limit {
			out = append(out, cur.String())
			cur.Reset()
			size = 0
		}
		if cur.Len() > 0 {
			cur.WriteString("\n\n")
			size += 2
		}
		cur.WriteString(p)
		size += n
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
