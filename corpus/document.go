package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Document is the policy text as a structure: the preamble (the cover, the
// notice and the opening paragraph), the numbered parts with their articles,
// and the closing clause that sets the validity period.
type Document struct {
	// Preamble holds the non-empty paragraphs before the first part, in order.
	Preamble []string
	Parts    []Part
	// Articles holds every article in document order; Articles[i].Number is i+1.
	Articles []Article
	// Closing is the clause after the last article, e.g. 「本实施方案自印发之日起施行，有效期5年。」.
	Closing string
	// Trailer holds the non-empty paragraphs after the closing clause
	// (the issuing office and date), without image placeholders.
	Trailer []string
}

// Part is one of the document's numbered parts (一、二、…).
type Part struct {
	Number   int    // 1-based
	Numeral  string // the Chinese numeral as printed, e.g. 「三」
	Title    string
	Articles []int // article numbers in this part
}

// Article is one numbered article of the document.
type Article struct {
	Number int
	Part   int // number of the enclosing part
	// Title is the article's first sentence without its full stop, which the
	// document uses as the article's heading, e.g. 「全面提升人才服务保障能力」.
	Title string
	// Body is the article text after the title, without the responsible units.
	Body string
	// Sentences splits Body at 。 and ；, each keeping its closing mark.
	Sentences []string
	// Units lists the responsible units, e.g. 「州委组织部」, 「各县市人民政府」.
	Units []string
	// UnitsText is the units clause as printed, e.g. 「州人社局，各县市人民政府」.
	UnitsText string
}

// Cite returns the article's citation in the form 第N条（title）.
func (a Article) Cite() string {
	return fmt.Sprintf("第%d条（%s）", a.Number, a.Title)
}

// Text returns the whole article as printed, from the title to the units.
func (a Article) Text() string {
	return a.Title + "。" + a.Body + "（责任单位：" + a.UnitsText + "）"
}

// Article returns the article numbered n and whether it exists.
func (d *Document) Article(n int) (Article, bool) {
	if n < 1 || n > len(d.Articles) {
		return Article{}, false
	}
	return d.Articles[n-1], true
}

// Contains reports whether s occurs verbatim in the document's text.
func (d *Document) Contains(s string) bool {
	if s == "" {
		return false
	}
	for _, p := range d.Preamble {
		if strings.Contains(p, s) {
			return true
		}
	}
	for _, a := range d.Articles {
		if strings.Contains(a.Text(), s) {
			return true
		}
	}
	if strings.Contains(d.Closing, s) {
		return true
	}
	for _, p := range d.Trailer {
		if strings.Contains(p, s) {
			return true
		}
	}
	return false
}

var (
	partRe    = regexp.MustCompile(`^([一二三四五六七八九十]+)、(.+)$`)
	articleRe = regexp.MustCompile(`^(\d+)[.．、](.+)$`)
	unitsRe   = regexp.MustCompile(`[（(]责任单位[：:](.+?)[）)]$`)
	imageRe   = regexp.MustCompile(`^\[image:[^\]]*\](\[image:[^\]]*\])*$`)
)

// ErrMalformed reports a text that does not have the shape of the policy
// document: parts, consecutively numbered articles each ending with its
// responsible units, and a closing clause.
var ErrMalformed = errors.New("malformed policy document")

// Parse reads the policy text. It tolerates blank lines, leading and trailing
// spaces (ASCII and full-width) and [image: …] placeholder lines.
func Parse(text string) (*Document, error) {
	d := &Document{}
	var cur *Article
	afterArticles := false
	for i, raw := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || imageRe.MatchString(line) {
			continue
		}
		if afterArticles {
			d.Trailer = append(d.Trailer, line)
			continue
		}
		if m := partRe.FindStringSubmatch(line); m != nil && !strings.ContainsAny(line, "。；") {
			d.Parts = append(d.Parts, Part{Number: len(d.Parts) + 1, Numeral: m[1], Title: m[2]})
			continue
		}
		if m := articleRe.FindStringSubmatch(line); m != nil && len(d.Parts) > 0 {
			n, _ := strconv.Atoi(m[1])
			if n != len(d.Articles)+1 {
				return nil, fmt.Errorf("%w: line %d: article %d follows article %d", ErrMalformed, i+1, n, len(d.Articles))
			}
			a, err := parseArticle(n, len(d.Parts), m[2])
			if err != nil {
				return nil, fmt.Errorf("%w: line %d: %v", ErrMalformed, i+1, err)
			}
			d.Articles = append(d.Articles, a)
			p := &d.Parts[len(d.Parts)-1]
			p.Articles = append(p.Articles, n)
			cur = &d.Articles[len(d.Articles)-1]
			continue
		}
		if cur == nil {
			if len(d.Parts) > 0 {
				return nil, fmt.Errorf("%w: line %d: text between a part heading and its first article", ErrMalformed, i+1)
			}
			d.Preamble = append(d.Preamble, line)
			continue
		}
		// The first line after the articles that is neither a part nor an
		// article is the closing clause.
		d.Closing = line
		afterArticles = true
	}
	switch {
	case len(d.Parts) == 0:
		return nil, fmt.Errorf("%w: no parts", ErrMalformed)
	case len(d.Articles) == 0:
		return nil, fmt.Errorf("%w: no articles", ErrMalformed)
	case d.Closing == "":
		return nil, fmt.Errorf("%w: no closing clause after the last article", ErrMalformed)
	}
	for _, p := range d.Parts {
		if len(p.Articles) == 0 {
			return nil, fmt.Errorf("%w: part %s has no articles", ErrMalformed, p.Numeral)
		}
	}
	return d, nil
}

func parseArticle(n, part int, text string) (Article, error) {
	m := unitsRe.FindStringSubmatchIndex(text)
	if m == nil {
		return Article{}, fmt.Errorf("article %d does not end with its responsible units", n)
	}
	unitsText := text[m[2]:m[3]]
	text = text[:m[0]]
	title, body, ok := strings.Cut(text, "。")
	if !ok || title == "" {
		return Article{}, fmt.Errorf("article %d has no title sentence", n)
	}
	return Article{
		Number:    n,
		Part:      part,
		Title:     title,
		Body:      body,
		Sentences: SplitSentences(body),
		Units:     splitUnits(unitsText),
		UnitsText: unitsText,
	}, nil
}

// SplitSentences splits text after each 。, ；, ！ or ？, keeping the mark.
func SplitSentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		switch r {
		case '。', '；', '！', '？':
			end := i + len(string(r))
			if s := strings.TrimSpace(text[start:end]); s != "" {
				out = append(out, s)
			}
			start = end
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// splitUnits turns 「州委组织部、州科技局等州直有关部门，各县市人民政府」 into
// [州委组织部 州科技局 州直有关部门 各县市人民政府].
func splitUnits(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '，' || r == ',' }) {
		for _, u := range strings.Split(f, "等") {
			if u = strings.TrimSpace(u); u != "" {
				out = append(out, u)
			}
		}
	}
	return out
}
