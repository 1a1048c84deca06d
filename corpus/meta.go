package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ChinaTime is the zone the document's dates are in (UTC+8, no daylight saving).
var chinaTime = time.FixedZone("CST", 8*60*60)

// Meta holds the facts about the document itself.
type Meta struct {
	Number     string   `yaml:"number"`
	Title      string   `yaml:"title"`
	Issuer     string   `yaml:"issuer"`
	Issued     string   `yaml:"issued"` // YYYY-MM-DD
	ValidYears int      `yaml:"valid_years"`
	Basis      Basis    `yaml:"basis"`
	Contact    []string `yaml:"contact_units"`
	Topics     []Topic  `yaml:"topics"`

	issued time.Time
}

// Basis is the higher-level document this plan implements.
type Basis struct {
	Number string `yaml:"number"`
	Title  string `yaml:"title"`
	Issuer string `yaml:"issuer"`
}

// Topic is a question about the document itself (its validity, its basis…),
// answered with a verbatim quote from the document.
type Topic struct {
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	Words string `yaml:"words"`
	// Answer is the reply, with {placeholders} filled from Meta by Expand.
	Answer string `yaml:"answer"`
	Quote  string `yaml:"quote"`
}

// Validity is the document's validity period as seen at one moment.
type Validity struct {
	Issued     time.Time // first day in force
	ValidUntil time.Time // last day in force
	Today      time.Time // the moment's day, midnight China time
	Lapsed     bool      // the moment is after ValidUntil
	DaysLeft   int       // whole days left, 0 when lapsed
}

// IssuedDate returns the issue date, midnight China time.
func (m *Meta) IssuedDate() time.Time { return m.issued }

// ValidityAt computes the validity period as seen at now. A plan issued on
// 2021-06-23 and valid for 5 years is in force up to and including 2026-06-22.
// Dates are compared in China time.
func (m *Meta) ValidityAt(now time.Time) Validity {
	until := m.issued.AddDate(m.ValidYears, 0, -1)
	today := now.In(chinaTime)
	today = time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, chinaTime)
	v := Validity{Issued: m.issued, ValidUntil: until, Today: today, Lapsed: today.After(until)}
	if !v.Lapsed {
		v.DaysLeft = int(until.Sub(today).Hours()/24) + 1
	}
	return v
}

// Topic returns the topic with the given id.
func (m *Meta) Topic(id string) (Topic, bool) {
	for _, t := range m.Topics {
		if t.ID == id {
			return t, true
		}
	}
	return Topic{}, false
}

var (
	validYearsRe  = regexp.MustCompile(`有效期(\d+)年`)
	placeholderRe = regexp.MustCompile(`\{([a-z_]+)\}`)
)

// FormatDate prints a date the way the document does: 2021年6月23日.
func FormatDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
}

func (m *Meta) placeholders() map[string]string {
	return map[string]string{
		"number":       m.Number,
		"title":        m.Title,
		"issuer":       m.Issuer,
		"issued":       FormatDate(m.issued),
		"valid_years":  strconv.Itoa(m.ValidYears),
		"valid_until":  FormatDate(m.issued.AddDate(m.ValidYears, 0, -1)),
		"basis_number": m.Basis.Number,
		"basis_title":  m.Basis.Title,
		"basis_issuer": m.Basis.Issuer,
	}
}

// Expand fills the {placeholders} in s from the metadata. Load has checked
// that every topic answer uses only known placeholders.
func (m *Meta) Expand(s string) string {
	ph := m.placeholders()
	return placeholderRe.ReplaceAllStringFunc(s, func(p string) string {
		if v, ok := ph[p[1:len(p)-1]]; ok {
			return v
		}
		return p
	})
}

// validate checks the facts against the document text.
func (m *Meta) validate(d *Document) error {
	t, err := time.ParseInLocation("2006-01-02", m.Issued, chinaTime)
	if err != nil {
		return fmt.Errorf("meta: issued %q: %w", m.Issued, err)
	}
	m.issued = t
	if m.ValidYears <= 0 {
		return fmt.Errorf("meta: valid_years must be positive, got %d", m.ValidYears)
	}
	ys := validYearsRe.FindStringSubmatch(d.Closing)
	if ys == nil {
		return fmt.Errorf("meta: the closing clause %q states no validity period", d.Closing)
	}
	if n, _ := strconv.Atoi(ys[1]); n != m.ValidYears {
		return fmt.Errorf("meta: valid_years is %d but the document says 有效期%d年", m.ValidYears, n)
	}
	printed := FormatDate(t)
	for _, s := range []struct{ what, text string }{
		{"number", m.Number}, {"title", m.Title}, {"issuer", m.Issuer}, {"issue date", printed},
		{"basis number", m.Basis.Number}, {"basis title", m.Basis.Title},
	} {
		if !d.Contains(s.text) {
			return fmt.Errorf("meta: %s %q does not occur in the document", s.what, s.text)
		}
	}
	seen := map[string]bool{}
	ph := m.placeholders()
	for _, tp := range m.Topics {
		switch {
		case tp.ID == "" || tp.Title == "" || strings.TrimSpace(tp.Words) == "" || tp.Answer == "":
			return fmt.Errorf("meta: topic %q needs an id, a title, words and an answer", tp.ID)
		case seen[tp.ID]:
			return fmt.Errorf("meta: topic %q defined twice", tp.ID)
		case !d.Contains(tp.Quote):
			return fmt.Errorf("meta: topic %q quotes %q, which does not occur in the document", tp.ID, tp.Quote)
		}
		for _, p := range placeholderRe.FindAllStringSubmatch(tp.Answer, -1) {
			if _, ok := ph[p[1]]; !ok {
				return fmt.Errorf("meta: topic %q uses unknown placeholder {%s}", tp.ID, p[1])
			}
		}
		seen[tp.ID] = true
	}
	if len(m.Contact) == 0 {
		return fmt.Errorf("meta: contact_units is empty")
	}
	for _, u := range m.Contact {
		if !d.Contains(u) {
			return fmt.Errorf("meta: contact unit %q does not occur in the document", u)
		}
	}
	return nil
}
