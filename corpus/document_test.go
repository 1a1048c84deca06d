package corpus

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func mustLoad(t testing.TB) *Corpus {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return c
}

func TestParseArticles(t *testing.T) {
	doc := mustLoad(t).Doc
	std := []string{"州委组织部", "州人社局", "州直有关部门", "各县市人民政府"}
	with := func(extra ...string) []string { return append([]string{"州委组织部", "州人社局"}, extra...) }
	want := []struct {
		part  int
		title string
		units []string
	}{
		{1, "支持企业从事业单位引进人才", []string{"州委组织部", "州人社局", "州科技局", "州直有关部门", "各县市人民政府"}},
		{1, "加大科技人才柔性引进力度", []string{"州委组织部", "州人社局", "州科技局", "州直有关部门", "各县市人民政府"}},
		{1, "支持留学回国人员创新创业", []string{"州人社局", "州科技局", "州财政局", "各县市人民政府"}},
		{1, "搭建企事业单位人才引进平台", with("州教育局", "州财政局", "各县市人民政府")},
		{2, "推进高层次人才培育平台建设", []string{"州委组织部", "州人社局", "州科技局", "州直有关部门", "各县市人民政府"}},
		{2, "依托东西协作促进专业人才培养", []string{"州人社局", "州科技局", "州工信局", "州教育局", "州直有关部门", "各县市人民政府"}},
		{2, "加强中青年骨干人才培养", []string{"州人社局", "各县市人民政府"}},
		{2, "大力推进技能人才培养", with("州财政局", "州发展改革委", "州工信局", "州总工会", "州教育局", "各县市人民政府")},
		{3, "积极申报省长人才奖奖励", []string{"州委组织部", "州科技局", "州人社局", "州工信局", "州财政局", "各县市人民政府"}},
		{3, "开展优化营商环境专项表彰", []string{"州人社局", "州工信局", "州直有关部门", "各县市人民政府"}},
		{3, "加大高层次人才选拔倾斜力度", std},
		{3, "改革完善人才评价机制", std},
		{3, "努力提高高层次人才工资待遇水平", std},
		{3, "全面提升人才服务保障能力", std},
		{3, "选派科技特派员助推产业发展", []string{"州委组织部", "州科技局", "州直有关部门", "各县市人民政府"}},
		{4, "合理引导人才有效供给", std},
		{4, "推动人才流动市场化配置", []string{"州人社局", "各县市人民政府"}},
	}
	if len(doc.Articles) != len(want) {
		t.Fatalf("got %d articles, want %d", len(doc.Articles), len(want))
	}
	for i, w := range want {
		a := doc.Articles[i]
		if a.Number != i+1 || a.Part != w.part || a.Title != w.title {
			t.Errorf("article %d: got (%d, part %d, %q), want (%d, part %d, %q)", i+1, a.Number, a.Part, a.Title, i+1, w.part, w.title)
		}
		if diff := cmp.Diff(w.units, a.Units); diff != "" {
			t.Errorf("article %d units (-want +got):\n%s", i+1, diff)
		}
		if len(a.Sentences) == 0 || strings.Join(a.Sentences, "") != a.Body {
			t.Errorf("article %d: sentences do not rebuild the body", i+1)
		}
	}
}

func TestParseParts(t *testing.T) {
	doc := mustLoad(t).Doc
	want := []Part{
		{1, "一", "建立更加开放灵活的引才机制", []int{1, 2, 3, 4}},
		{2, "二", "突出以用为本的人才培养导向", []int{5, 6, 7, 8}},
		{3, "三", "完善企业人才激励保障体系", []int{9, 10, 11, 12, 13, 14, 15}},
		{4, "四", "促进人才资源顺畅有序流动", []int{16, 17}},
	}
	if diff := cmp.Diff(want, doc.Parts); diff != "" {
		t.Errorf("parts (-want +got):\n%s", diff)
	}
	if doc.Closing != "本实施方案自印发之日起施行，有效期5年。" {
		t.Errorf("closing: got %q", doc.Closing)
	}
	if got := doc.Preamble[0]; got != "临州办发〔2021〕48号" {
		t.Errorf("preamble starts with %q", got)
	}
	for _, p := range append(doc.Preamble, doc.Trailer...) {
		if strings.Contains(p, "[image") {
			t.Errorf("image placeholder kept: %q", p)
		}
	}
}

func TestCite(t *testing.T) {
	a, ok := mustLoad(t).Doc.Article(14)
	if !ok {
		t.Fatal("no article 14")
	}
	if got, want := a.Cite(), "第14条（全面提升人才服务保障能力）"; got != want {
		t.Errorf("Cite: got %q, want %q", got, want)
	}
	if !strings.Contains(a.Body, "不超过20万元") {
		t.Errorf("article 14 body lacks 20万元: %q", a.Body)
	}
}

func TestParseMalformed(t *testing.T) {
	good := "前言\n\n一、第一部分\n\n1.标题一。正文。（责任单位：州人社局）\n\n2.标题二。正文。（责任单位：州人社局）\n\n本方案有效期5年。\n"
	if _, err := Parse(good); err != nil {
		t.Fatalf("good text: %v", err)
	}
	for name, text := range map[string]string{
		"gap in numbering": strings.Replace(good, "2.标题二", "3.标题二", 1),
		"no units":         strings.Replace(good, "（责任单位：州人社局）\n\n2", "\n\n2", 1),
		"no parts":         strings.Replace(good, "一、第一部分\n", "", 1),
		"no closing":       strings.Replace(good, "本方案有效期5年。\n", "", 1),
		"empty":            "",
	} {
		if _, err := Parse(text); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: got %v, want ErrMalformed", name, err)
		}
	}
}

func TestParseToleratesCRLFAndFullWidthSpace(t *testing.T) {
	text := strings.ReplaceAll(policyText, "\n", "\r\n")
	text = strings.Replace(text, "1.支持企业", "\u3000 1.支持企业", 1)
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Articles) != 17 {
		t.Errorf("got %d articles", len(d.Articles))
	}
}

func TestValidity(t *testing.T) {
	m := mustLoad(t).Meta
	cst := time.FixedZone("CST", 8*3600)
	for _, tc := range []struct {
		now      time.Time
		lapsed   bool
		daysLeft int
	}{
		{time.Date(2021, 6, 23, 0, 0, 0, 0, cst), false, 1826},
		{time.Date(2026, 6, 22, 23, 59, 0, 0, cst), false, 1},
		{time.Date(2026, 6, 22, 16, 30, 0, 0, time.UTC), true, 0}, // 00:30 on 23 June in China
		{time.Date(2026, 6, 23, 0, 0, 0, 0, cst), true, 0},
		{time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC), true, 0},
	} {
		v := m.ValidityAt(tc.now)
		if v.Lapsed != tc.lapsed || v.DaysLeft != tc.daysLeft {
			t.Errorf("at %v: got lapsed=%v daysLeft=%d, want %v %d", tc.now, v.Lapsed, v.DaysLeft, tc.lapsed, tc.daysLeft)
		}
		if got := v.ValidUntil.Format("2006-01-02"); got != "2026-06-22" {
			t.Errorf("valid until %s", got)
		}
	}
}

func TestLoadRejectsFactsNotInText(t *testing.T) {
	for name, edit := range map[string]func(m, l string) (string, string){
		"wrong validity": func(m, l string) (string, string) {
			return strings.Replace(m, "valid_years: 5", "valid_years: 3", 1), l
		},
		"wrong number": func(m, l string) (string, string) { return strings.Replace(m, "48号\n", "49号\n", 1), l },
		"bad topic quote": func(m, l string) (string, string) {
			return strings.Replace(m, "有效期5年。", "有效期10年。", 1), l
		},
		"unknown key": func(m, l string) (string, string) { return m + "\nvalidity: 5\n", l },
		"unknown term": func(m, l string) (string, string) {
			return m, strings.Replace(l, "term: 留学回国人员", "term: 出国务工人员", 1)
		},
		"bad issue date": func(m, l string) (string, string) { return strings.Replace(m, "2021-06-23", "2021-06-24", 1), l },
	} {
		m, l := edit(string(metaYAML), string(lexiconYAML))
		if _, err := load(policyText, []byte(m), []byte(l)); err == nil {
			t.Errorf("%s: loaded without error", name)
		}
	}
}

func TestExpand(t *testing.T) {
	m := mustLoad(t).Meta
	tp, ok := m.Topic("validity")
	if !ok {
		t.Fatal("no validity topic")
	}
	got := m.Expand(tp.Answer)
	for _, want := range []string{"临州办发〔2021〕48号", "2021年6月23日", "有效期5年", "2026年6月22日"} {
		if !strings.Contains(got, want) {
			t.Errorf("validity answer %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "{") {
		t.Errorf("unfilled placeholder in %q", got)
	}
}
