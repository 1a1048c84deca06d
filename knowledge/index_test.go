package knowledge

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/linxia-talent/policybot/corpus"
)

func newTestIndex(t testing.TB) *Index {
	t.Helper()
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func TestSearchFindsOneCharacterAndSyntax(t *testing.T) {
	ix := newTestIndex(t)
	ctx := context.Background()
	for _, q := range []string{"贷", "卡", `+-:^()"*?`, `title:贷款`, `"贷款`, "贷款?", "贷款 AND 担保", "🙂贷款🙂", "<b>贷款</b>", strings.Repeat("贷款", 5000)} {
		hits, err := ix.Search(ctx, q, 5)
		if err != nil {
			t.Errorf("Search(%.20q): %v", q, err)
			continue
		}
		if strings.ContainsAny(q, "贷卡") && len(hits) == 0 {
			t.Errorf("Search(%.20q) found nothing", q)
		}
		for _, h := range hits {
			a, ok := ix.c.Doc.Article(h.Article)
			if h.Topic == "" && (!ok || a.Sentences[h.Sentence] != h.Text || h.Title != a.Title) {
				t.Errorf("hit %+v does not match the document", h)
			}
		}
	}
}

func TestLookupQuotesVerbatim(t *testing.T) {
	ix := newTestIndex(t)
	for _, c := range loadEval(t) {
		f, err := ix.Lookup(context.Background(), c.question)
		if err != nil {
			t.Fatal(err)
		}
		if !f.Found() {
			if f.Article != 0 || f.Title != "" || len(f.Quotes) != 0 {
				t.Errorf("%q: a declined finding carries %+v", c.question, f)
			}
			continue
		}
		if len(f.Quotes) == 0 {
			t.Errorf("%q: found without a quote", c.question)
		}
		for _, q := range f.Quotes {
			if !ix.c.Doc.Contains(q.Text) {
				t.Errorf("%q: quote %q is not in the document", c.question, q.Text)
			}
			if f.Article > 0 {
				a, _ := ix.c.Doc.Article(f.Article)
				if !strings.Contains(a.Body, q.Text) {
					t.Errorf("%q: quote %q is not in article %d", c.question, q.Text, f.Article)
				}
			}
			if utf8.RuneCountInString(q.Text) > maxExcerptRunes && (q.Before || q.After) {
				t.Errorf("%q: a cut excerpt is %d runes long", c.question, utf8.RuneCountInString(q.Text))
			}
		}
	}
}

func TestExcerptKeepsTheAnswer(t *testing.T) {
	ix := newTestIndex(t)
	for _, tc := range []struct{ q, want string }{
		{"离岗创业累计最多几年", "累计不超过6年"},
		{"科研成果转化了，个人能拿多少比例", "最高可以达到90%"},
		{"柔性引进的专家有补助吗", "不少于2万元"},
		{"科技特派员能连续干几年", "不超过5年"},
		{"小微企业最多能贷多少", "300万元"},
	} {
		f, _ := ix.Lookup(context.Background(), tc.q)
		var all string
		for _, q := range f.Quotes {
			all += q.Text
		}
		if !strings.Contains(all, tc.want) {
			t.Errorf("%q: quotes %q lack %q", tc.q, all, tc.want)
		}
	}
}

func TestNormalizeBoundsTheMessage(t *testing.T) {
	ix := newTestIndex(t)
	if got := ix.normalize("  a\x00b\tc  "); got != "a b c" {
		t.Errorf("normalize: got %q", got)
	}
	if got := utf8.RuneCountInString(ix.normalize(strings.Repeat("贷", 10000))); got != MaxQueryRunes {
		t.Errorf("normalize keeps %d runes, want %d", got, MaxQueryRunes)
	}
	if got := ix.normalize("\xff\xfe貸款"); !utf8.ValidString(got) || got != "贷款" {
		t.Errorf("normalize returned %q", got)
	}
}

func TestUncoveredSubjectsAreDeclined(t *testing.T) {
	ix := newTestIndex(t)
	for _, q := range []string{"引进人才有住房补贴吗", "博士来临夏有安家费吗", "贷款利率多少", "落户临夏有什么政策", "公积金贷款怎么申请"} {
		f, err := ix.Lookup(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if f.Found() {
			t.Errorf("%q answered with article %d", q, f.Article)
		}
	}
}
