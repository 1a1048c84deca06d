package dialog

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/linxia-talent/policybot/corpus"
)

// sharePrefix marks the share button of a verdict. Its data holds all the
// summary needs, so a press needs no session: the check, the day of the
// verdict, and per applicable rule its index, status and (for 符合 and
// 不符合) the case that decided it — 「s:loan:261125:0m1,1s」.
const sharePrefix = "s:"

const shareDay = "060102"

var statusCode = map[status]string{met: "m", notMet: "n", silent: "s", indeterminate: "i"}

// shareChoice is the share button of a verdict, or false when its data
// would exceed the 64 bytes of a Telegram callback.
func (e *Engine) shareChoice(ch *corpus.Check, ruled []ruled) (Choice, bool) {
	var toks []string
	for _, r := range ruled {
		tok := strconv.Itoa(r.rule) + statusCode[r.st]
		if r.st == met || r.st == notMet {
			tok += strconv.Itoa(r.kase)
		}
		toks = append(toks, tok)
	}
	data := sharePrefix + ch.ID + ":" + e.now().Format(shareDay) + ":" + strings.Join(toks, ",")
	if len(data) > 64 {
		return Choice{}, false
	}
	return Choice{Label: txtShareButton, Data: data}, true
}

// ruled is one applicable rule of a verdict: its index in the check, its
// status and the index of the case that decided it.
type ruled struct {
	rule, kase int
	st         status
}

// share answers a press of a verdict's share button with a compact,
// self-contained summary the person can forward: the check, the day, each
// conclusion with its article, the validity and who decides.
func (e *Engine) share(data string) Reply {
	var r Reply
	parts := strings.SplitN(strings.TrimPrefix(data, sharePrefix), ":", 3)
	stale := func() Reply {
		r.Toast = txtButtonStale
		r.plain(txtButtonStaleMsg)
		return r
	}
	if len(parts) != 3 {
		return stale()
	}
	ch, ok := e.corpus.Check(parts[0])
	day, err := time.Parse(shareDay, parts[1])
	if !ok || err != nil {
		return stale()
	}
	var lines []string
	for _, tok := range strings.Split(parts[2], ",") {
		c, ok := e.conclusion(ch, tok)
		if !ok {
			return stale()
		}
		lines = append(lines, c.String())
	}
	m := e.corpus.Meta
	text := []string{
		fmt.Sprintf(txtShareHead, ch.Title),
		fmt.Sprintf(txtShareDay, corpus.FormatDate(day)),
		fmt.Sprintf(txtShareBasis, m.Title, m.Number),
	}
	text = append(text, lines...)
	text = append(text, e.shortNotice(), fmt.Sprintf(txtShareFinal, e.checkUnits(ch)))
	r.plain(strings.Join(text, "\n"))
	r.Toast = txtShareToast
	return r
}

// conclusion reads one rule's token of a share button back into its
// conclusion line.
func (e *Engine) conclusion(ch *corpus.Check, tok string) (Conclusion, bool) {
	i := strings.IndexAny(tok, "mnsi")
	if i < 1 {
		return Conclusion{}, false
	}
	ri, err := strconv.Atoi(tok[:i])
	if err != nil || ri < 0 || ri >= len(ch.Rules) {
		return Conclusion{}, false
	}
	rule := &ch.Rules[ri]
	var st status
	for s, code := range statusCode {
		if code == tok[i:i+1] {
			st = s
		}
	}
	text := ""
	if st == met || st == notMet {
		ki, err := strconv.Atoi(tok[i+1:])
		if err != nil || ki < 0 || ki >= len(rule.Cases) {
			return Conclusion{}, false
		}
		text = rule.Cases[ki].Text
	}
	return Conclusion{Mark: statusMark[st], Fact: conclusionFact(st, rule.Title, rule.Quote, text), Article: rule.Article}, true
}
