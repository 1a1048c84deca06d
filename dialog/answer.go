package dialog

import (
	"context"
	"fmt"
	"strings"

	"github.com/linxia-talent/policybot/corpus"
)

// Answerer finds what the document says about a free question. The zero
// Finding means the document does not answer; an error means the search
// itself failed.
type Answerer interface {
	Lookup(ctx context.Context, question string) (corpus.Finding, error)
}

// validityNotice states the validity period as seen now, plainly.
func (e *Engine) validityNotice() string {
	m := e.corpus.Meta
	v := m.ValidityAt(e.now())
	if v.Lapsed {
		return fmt.Sprintf("⚠️ 有效期提示：本方案（%s）自%s起施行，有效期%d年，已于%s期满，目前已失效。以上是原文内容，仅供参考；现行政策请向责任单位确认。",
			m.Number, corpus.FormatDate(v.Issued), m.ValidYears, corpus.FormatDate(v.ValidUntil))
	}
	return fmt.Sprintf("有效期提示：本方案（%s）自%s起施行，有效期%d年，至%s止（还有%d天）。",
		m.Number, corpus.FormatDate(v.Issued), m.ValidYears, corpus.FormatDate(v.ValidUntil), v.DaysLeft)
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
// article and quotes the words it rests on, or says the document does not
// answer and offers a person. The error is non-nil only when the Answerer
// fails; the reply then says so kindly.
func (e *Engine) Ask(ctx context.Context, question string) (Reply, corpus.Finding, error) {
	f, err := e.answerer.Lookup(ctx, question)
	if err != nil {
		var r Reply
		r.plain("抱歉，检索暂时出了问题，请稍后再试；也可以发送 /human 转人工。")
		return r, corpus.Finding{}, fmt.Errorf("dialog: lookup: %w", err)
	}
	return e.renderFinding(f), f, nil
}

func (e *Engine) renderFinding(f corpus.Finding) Reply {
	var r Reply
	m := e.corpus.Meta
	switch {
	case f.Topic != "":
		tp, _ := m.Topic(f.Topic)
		r.add(Heading, fmt.Sprintf("关于本方案的%s", tp.Title))
		r.plain(m.Expand(tp.Answer))
		r.plain("原文：")
		r.add(Quote, tp.Quote)
		r.add(Note, "出处：《"+m.Title+"》（"+m.Number+"）")
	case f.Article > 0:
		a, _ := e.corpus.Doc.Article(f.Article)
		r.add(Heading, "根据"+a.Cite()+"：")
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
	case f.Uncovered != "":
		r.plain("这份政策文件（" + m.Number + "）没有涉及「" + f.Uncovered + "」方面的规定，我不做猜测。")
		r.plain("这类问题请咨询相关主管部门；也可以发送 /human 转人工，由" + strings.Join(m.Contact, "、") + "等责任单位的工作人员帮您指路。")
		e.lapseNote(&r)
		return r
	default:
		r.plain("抱歉，我在这份政策文件（" + m.Number + "）里没有找到能回答这个问题的内容，不做猜测。")
		r.plain("您可以换个说法再问，发送 /check 做资格自查，或发送 /human 转人工，由" + strings.Join(m.Contact, "、") + "等责任单位的工作人员解答。")
		e.lapseNote(&r)
		return r
	}
	r.add(Note, e.validityNotice())
	return r
}

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
	r.add(Note, e.validityNotice())
	return r
}
