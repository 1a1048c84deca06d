package dialog

import (
	"context"
	"fmt"
	"github.com/linxia-talent/policybot/internal/zh"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/linxia-talent/policybot/corpus"
)

// Answerer finds what the document says about a free question. The zero
// Finding means the document does not answer; an error means the search
// itself failed.
type Answerer interface {
	Lookup(ctx context.Context, question string) (corpus.Finding, error)
}

// validityNotice states the validity period as seen now, plainly. A reply
// that quotes the document (quoted) adds that the quote is for reference
// only; one that quotes nothing does not say so.
func (e *Engine) validityNotice(quoted bool) string {
	n := e.noticesToday()
	if quoted {
		return n.quoted
	}
	return n.plain
}

// shortNotice is the validity notice in one short line, for a
// conversation that has had it in full.
func (e *Engine) shortNotice() string { return e.noticesToday().short }

// notices are the validity notices of one day: they depend on nothing but
// the day (corpus.Meta.ValidityAt), so they are written once a day, not
// for every reply.
type notices struct {
	day                  time.Time
	quoted, plain, short string
}

func (e *Engine) noticesToday() *notices {
	m := e.corpus.Meta
	v := m.ValidityAt(e.now())
	if n := e.notices.Load(); n != nil && n.day.Equal(v.Today) {
		return n
	}
	n := &notices{day: v.Today}
	for _, quoted := range []bool{true, false} {
		var text string
		if v.Lapsed {
			ref := ""
			if quoted {
				ref = txtQuotedRef
			}
			text = fmt.Sprintf(txtLapsedNotice,
				m.Number, corpus.FormatDate(v.Issued), m.ValidYears, corpus.FormatDate(v.ValidUntil), ref)
		} else {
			text = fmt.Sprintf(txtValidNotice,
				m.Number, corpus.FormatDate(v.Issued), m.ValidYears, corpus.FormatDate(v.ValidUntil), v.DaysLeft)
		}
		if quoted {
			n.quoted = text
		} else {
			n.plain = text
		}
	}
	if v.Lapsed {
		n.short = fmt.Sprintf(txtLapsedShort, corpus.FormatDate(v.ValidUntil))
	} else {
		n.short = fmt.Sprintf(txtValidShort, corpus.FormatDate(v.ValidUntil), v.DaysLeft)
	}
	e.notices.Store(n)
	return n
}

// settleNotice says the validity notice in full the first time in a
// conversation and on every verdict, and as one short line after that.
func (e *Engine) settleNotice(s *Session, r *Reply) {
	var full []string // made for the first note: most replies have none
	for i, b := range r.Blocks {
		if b.Kind != Note {
			continue
		}
		if full == nil {
			full = []string{e.validityNotice(true), e.validityNotice(false)}
		}
		if !slices.Contains(full, b.Text) {
			continue
		}
		if s.Noticed && r.Verdict == nil {
			r.Blocks[i].Text = e.shortNotice()
		}
		s.Noticed = true
	}
}

// validityStatus answers 「还有效吗」 in one plain sentence, as of today.
func (e *Engine) validityStatus() string {
	m := e.corpus.Meta
	v := m.ValidityAt(e.now())
	if v.Lapsed {
		return "本方案已经失效：有效期到" + corpus.FormatDate(v.ValidUntil) + "为止，今天（" + corpus.FormatDate(e.now()) + "）已过期。之后的申请不能再以它为依据，现行政策请向" + strings.Join(m.Contact, "、") + "等责任单位确认。"
	}
	return fmt.Sprintf("本方案目前仍在有效期内，至%s止（还有%d天）。", corpus.FormatDate(v.ValidUntil), v.DaysLeft)
}

// lapseNote adds a one-line reminder, once the policy has lapsed, to a
// reply that quotes nothing.
func (e *Engine) lapseNote(r *Reply) {
	m := e.corpus.Meta
	if v := m.ValidityAt(e.now()); v.Lapsed {
		r.add(Note, "另请注意：本方案（"+m.Number+"）已于"+corpus.FormatDate(v.ValidUntil)+"期满失效。")
	}
}

// Ask answers a free question from the document. The reply cites the
// article and quotes the words it rests on; says plainly when the article
// nearest to the question does not state what was asked (quoting it as
// context only); or says the document does not answer and offers a person.
// A message with several questions gets one part each. The error is non-nil
// only when the Answerer fails; the reply then says so kindly.
func (e *Engine) Ask(ctx context.Context, question string) (Reply, corpus.Finding, error) {
	f, err := e.answerer.Lookup(ctx, question)
	if err != nil {
		var r Reply
		r.plain("抱歉，检索暂时出了问题，请稍后再试；也可以发送 /human 转人工。")
		return r, corpus.Finding{}, fmt.Errorf("dialog: lookup: %w", err)
	}
	r := e.renderFinding(f, question)
	r.Finding = &f
	return r, f, nil
}

func (e *Engine) renderFinding(f corpus.Finding, question string) Reply {
	var r Reply
	parts := append([]corpus.Finding{f}, f.More...)
	quoted := false
	for i, p := range parts {
		if len(parts) > 1 && p.Asked != "" {
			if i > 0 {
				r.plain("——")
			}
			r.add(Heading, "关于「"+p.Asked+"」：")
		}
		asked := p.Asked
		if asked == "" || strings.HasSuffix(asked, "……") {
			asked = question // a heading cut short names less than was asked
		}
		quoted = e.renderPart(&r, p, asked) || quoted
	}
	if f.Staff != nil {
		e.renderStaff(&r, *f.Staff)
	}
	if len(f.Unasked) > 0 {
		r.plain(fmt.Sprintf(txtUnasked, "「"+strings.Join(f.Unasked, "」「")+"」"))
	}
	if quoted {
		r.add(Note, e.validityNotice(true))
	} else {
		e.lapseNote(&r)
	}
	return r
}

// renderPart adds one finding to r and reports whether it quoted the
// document.
func (e *Engine) renderPart(r *Reply, f corpus.Finding, asked string) bool {
	m := e.corpus.Meta
	switch {
	case f.Duties != nil:
		d := f.Duties
		r.add(Heading, fmt.Sprintf(txtDuties, d.Unit, len(d.Named)))
		for _, n := range d.Named {
			a, _ := e.corpus.Doc.Article(n)
			r.plain(a.Cite() + "：")
			r.add(Quote, "责任单位："+a.UnitsText)
		}
		if len(d.Shared) > 0 {
			var ns []string
			for _, n := range d.Shared {
				ns = append(ns, fmt.Sprintf("第%d条", n))
			}
			r.plain(fmt.Sprintf(txtDutiesShared, strings.Join(ns, "、"), d.Unit))
		}
		r.add(Note, "以上为各条末尾所列责任单位的原文，具体分工以牵头单位的安排为准。")
		return true
	case f.Topic != "":
		tp, _ := m.Topic(f.Topic)
		r.add(Heading, fmt.Sprintf("关于本方案的%s", tp.Title))
		if f.Topic == "validity" {
			r.plain(e.validityStatus())
		}
		r.plain(m.Expand(tp.Answer))
		r.plain("原文：")
		r.add(Quote, tp.Quote)
		r.add(Note, "出处：《"+m.Title+"》（"+m.Number+"）")
		return true
	case f.Silent():
		a, _ := e.corpus.Doc.Article(f.Article)
		r.plain("这份政策文件（" + m.Number + "）没有写明「" + strings.Join(f.Missing, "」「") + "」，我不做猜测。")
		for _, g := range e.glosses(f.Article, asked) {
			r.plain(fmt.Sprintf(txtGlossNear, a.Cite(), strings.TrimPrefix(g.Text, "本条写的是")))
		}
		r.add(Heading, "与您的问题最接近的是"+a.Cite()+"，原文如下（仅供参考，它并没有回答这一点）：")
		for _, q := range f.Quotes {
			r.add(Quote, q.String())
		}
		r.plain("具体情况请咨询责任单位：" + a.UnitsText + "；也可以发送 /human 转人工。")
		return true
	case f.Article > 0:
		a, _ := e.corpus.Doc.Article(f.Article)
		r.add(Heading, "根据"+a.Cite()+"：")
		if gs := e.glosses(f.Article, asked); len(gs) > 0 {
			for _, g := range gs {
				r.plain(txtGloss + g.Text)
			}
			r.plain(txtGlossQuote)
		}
		for _, q := range f.Quotes {
			r.add(Quote, q.String())
		}
		r.plain("责任单位：" + a.UnitsText)
		if len(f.Related) > 0 {
			var rel []string
			for _, n := range f.Related {
				if ra, ok := e.corpus.Doc.Article(n); ok {
					rel = append(rel, ra.Cite())
				}
			}
			r.plain("相关条款：" + strings.Join(rel, "、") + "（发送条款号如「第" + fmt.Sprint(f.Related[0]) + "条」可查看全文）")
		}
		r.add(Note, "以上为原文摘录，具体以责任单位的解释和办理为准。")
		return true
	case f.Uncovered != "":
		r.plain("这份政策文件（" + m.Number + "）没有涉及「" + f.Uncovered + "」方面的规定，我不做猜测。")
		r.plain("这类问题请咨询相关主管部门；也可以发送 /human 转人工，由" + strings.Join(m.Contact, "、") + "等责任单位的工作人员帮您指路。")
		return false
	default:
		r.plain("抱歉，我在这份政策文件（" + m.Number + "）里没有找到能回答这个问题的内容，不做猜测。")
		r.plain("您可以换个说法再问，发送 /check 做资格自查，或发送 /human 转人工，由" + strings.Join(m.Contact, "、") + "等责任单位的工作人员解答。")
		return false
	}
}

// sentenceEndRe: a sentence with the marks that end it.
var sentenceEndRe = regexp.MustCompile(`[^。.!！?？\n]+[。.!！?？\n]*|[。.!！?？\n]+`)

// decimalPointRe: a point between digits.
var decimalPointRe = regexp.MustCompile(`(\d)\.(\d)`)

// glosses returns the plain readings of article n's words that the
// question asks about, at most maxGlosses, the one with the longest word
// first (河州工匠 over 名).
//
// Only the sentences that ask count (「另外我爱人在县医院当护师，她也想报，
// 能不能报？」), not the rest of a story: 「我是镇上农技站的。」 is not a
// question about township units. A message with no sentence marks (typed
// by voice) counts only its clauses that ask.
func (e *Engine) glosses(n int, asked string) []corpus.Gloss {
	whole := asked
	var parts []string
	// A point between digits (1.5万) ends no sentence.
	marked := decimalPointRe.ReplaceAllString(asked, "${1}·${2}")
	// Each sentence keeps its mark: 「三年滿了也不是必須辭職？」 asks by it.
	var sentences []string
	for _, sn := range sentenceEndRe.FindAllString(marked, -1) {
		if strings.Trim(sn, "。.!！?？\n") != "" {
			sentences = append(sentences, strings.ReplaceAll(sn, "·", "."))
		}
	}
	if len(sentences) > 1 || strings.ContainsAny(marked, "。.!！?？") {
		for _, sn := range sentences {
			if strings.ContainsAny(sn, "?？") || slices.ContainsFunc(splitClauses(sn), isQuestion) {
				parts = append(parts, sn)
			}
		}
	} else {
		// A clause that asks with no words of its own (「今年还想接着报，
		// 能报上不」) asks about the clause before it.
		var before []string // the two clauses before, at most
		for _, c := range splitClauses(asked) {
			// 「……三八红旗首呢 还有河州工匠」 (round 181: 河州工匠 never
			// answered).
			if isQuestion(c) || len(parts) > 0 && zh.AlsoAsks(c) {
				parts = append(parts, strings.Join(append(before, c), "，"))
				before = nil
			} else {
				before = append(before[max(0, len(before)-1):], c)
			}
		}
	}
	if len(parts) > 0 {
		asked = strings.Join(parts, "，")
	}
	type found struct {
		g corpus.Gloss
		n int
	}
	var out []found
	for _, g := range e.corpus.Glosses {
		if g.Article != n {
			continue
		}
		best := 0
		in := asked
		if g.Anywhere {
			in = whole
		}
		if len(g.About) > 0 && !slices.ContainsFunc(g.About, func(w string) bool { return strings.Contains(in, e.names.get(w)) }) {
			continue
		}
		// What rules a reading out rules it out of the question it is said
		// in: 「乡镇的单位能报吗？我在县医院当护士，我能不能也报？」 asks the
		// township's question whatever the nurse's (round 161 replayed:
		// one question's 医院 took the other's reading away).
		ins := []string{in}
		if !g.Anywhere && len(parts) > 1 {
			ins = parts
		}
		for _, one := range ins {
			if slices.ContainsFunc(g.Unless, func(w string) bool { return strings.Contains(one, e.names.get(w)) }) {
				continue
			}
			for _, w := range g.Asks {
				if nw := e.names.get(w); len(nw) > best && strings.Contains(one, nw) {
					best = len(nw)
				}
			}
		}
		if best > 0 {
			out = append(out, found{g, best})
		}
	}
	slices.SortStableFunc(out, func(a, b found) int { return b.n - a.n })
	var gs []corpus.Gloss
	for _, f := range out[:min(len(out), maxGlosses)] {
		gs = append(gs, f.g)
	}
	return gs
}

// maxGlosses bounds the plain readings shown with one answer.
const maxGlosses = 4

// articleText replies with an article's full text, for 「第14条」.
func (e *Engine) articleText(n int) Reply {
	var r Reply
	a, ok := e.corpus.Doc.Article(n)
	if !ok {
		r.plain(fmt.Sprintf("本方案共%d条，没有第%d条。请发送 1 到 %d 之间的条款号，例如「第14条」。", len(e.corpus.Doc.Articles), n, len(e.corpus.Doc.Articles)))
		return r
	}
	r.add(Heading, a.Cite())
	for _, s := range a.Sentences {
		r.add(Quote, s)
	}
	r.plain("责任单位：" + a.UnitsText)
	r.add(Note, e.validityNotice(true))
	return r
}

// renderStaff adds an approved staff answer, marked as such with its date
// and article, after what the document says.
func (e *Engine) renderStaff(r *Reply, a corpus.StaffAnswer) {
	day := a.Approved.In(chinaTime).Format("2006-01-02")
	if a.Article > 0 {
		r.add(Heading, fmt.Sprintf(txtStaffMark, day, a.Article))
	} else {
		r.add(Heading, fmt.Sprintf(txtStaffMarkNone, day))
	}
	r.plain(a.Text)
	r.add(Note, txtStaffDisclaim)
}

// chinaTime is the zone a staff answer's date is shown in.
var chinaTime = time.FixedZone("CST", 8*3600)
