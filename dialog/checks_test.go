package dialog

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// checkCase runs one check with typed answers, by slot, and states which
// slots must be asked (in order) and the verdict on every applicable rule.
type checkCase struct {
	name    string
	answers map[string]string // slot → typed text
	asked   []string
	want    map[string]string // rule title → 符合/不符合/无法确定
}

func runChecks(t *testing.T, check string, cases []checkCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEngine(t, nil, nil, lapsedDay)
			r := send(t, e, "c", "/check "+check)
			var asked []string
			for i := 0; ; i++ {
				s := session(t, e, "c")
				if s.Check == "" {
					break
				}
				if i > 10 {
					t.Fatalf("check did not end; asked %v", asked)
				}
				asked = append(asked, s.Pending)
				text, ok := tc.answers[s.Pending]
				if !ok {
					t.Fatalf("asked %q, which the case does not answer (asked so far %v)", s.Pending, asked)
				}
				r = send(t, e, "c", text)
			}
			if diff := cmp.Diff(tc.asked, asked); diff != "" {
				t.Errorf("questions asked (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.want, verdicts(r)); diff != "" {
				t.Errorf("verdict (-want +got):\n%s\n%s", diff, r.Text())
			}
			text := r.Text()
			for _, must := range []string{"第", "条（", "有效期", "责任单位", "审核决定"} {
				if !strings.Contains(text, must) {
					t.Errorf("verdict lacks %q:\n%s", must, text)
				}
			}
			if s := session(t, e, "c"); s.Answers != nil || s.Order != nil {
				t.Errorf("answers kept after the verdict: %+v", s)
			}
		})
	}
}

const (
	yes   = "符合"
	no    = "不符合"
	maybe = "无法确定"
)

func TestLoanCheck(t *testing.T) {
	const grad, firm, spouse = "高校毕业生个人创业担保贷款", "小微企业创业担保贷款", "免除反担保手续"
	runChecks(t, "创业担保贷款", []checkCase{
		{"graduate", map[string]string{"who": "1", "spouse": "否"}, []string{"who", "spouse"},
			map[string]string{grad: yes, firm: no, spouse: no}},
		{"graduate typed as words, spouse holds card", map[string]string{"who": "我是大学生", "spouse": "是的"}, []string{"who", "spouse"},
			map[string]string{grad: yes, firm: no, spouse: yes}},
		{"small firm of graduates", map[string]string{"who": "企业", "founder": "是", "small": "是", "spouse": "没有"},
			[]string{"who", "founder", "small", "spouse"}, map[string]string{grad: no, firm: yes, spouse: no}},
		{"firm not founded by graduates or talent skips size", map[string]string{"who": "2", "founder": "不是", "spouse": "否"},
			[]string{"who", "founder", "spouse"}, map[string]string{grad: no, firm: no, spouse: no}},
		{"firm not small", map[string]string{"who": "2", "founder": "是", "small": "否", "spouse": "否"},
			[]string{"who", "founder", "small", "spouse"}, map[string]string{grad: no, firm: no, spouse: no}},
		{"firm founder unsure", map[string]string{"who": "2", "founder": "不确定", "small": "是", "spouse": "否"},
			[]string{"who", "founder", "small", "spouse"}, map[string]string{grad: no, firm: maybe, spouse: no}},
		{"anyone else, spouse of card holder", map[string]string{"who": "3", "spouse": "是"}, []string{"who", "spouse"},
			map[string]string{grad: no, firm: no, spouse: yes}},
		{"anyone else", map[string]string{"who": "其他", "spouse": "否"}, []string{"who", "spouse"},
			map[string]string{grad: no, firm: no, spouse: no}},
		{"spouse unsure", map[string]string{"who": "1", "spouse": "不知道"}, []string{"who", "spouse"},
			map[string]string{grad: yes, firm: no, spouse: maybe}},
	})
}

func TestLeaveCheck(t *testing.T) {
	const elig, income, term, rights = "适用科研人员创新创业政策", "职务成果转化收益", "离岗期限", "乡村振兴一线人员同等权利"
	all := []string{"unit", "tech", "mode", "years", "rural"}
	base := func(extra map[string]string) map[string]string {
		m := map[string]string{"unit": "高校", "tech": "是", "mode": "离岗创办企业"}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	runChecks(t, "离岗创业", []checkCase{
		{"3 years, no rural", base(map[string]string{"years": "3", "rural": "否"}), all,
			map[string]string{elig: yes, income: yes, term: yes, rights: no}},
		{"4 years without rural approval", base(map[string]string{"years": "4年", "rural": "否"}), all,
			map[string]string{elig: yes, income: yes, term: no, rights: no}},
		{"4 years with rural approval", base(map[string]string{"years": "四年", "rural": "是"}), all,
			map[string]string{elig: yes, income: yes, term: yes, rights: yes}},
		{"6 years with rural approval", base(map[string]string{"years": "6", "rural": "是"}), all,
			map[string]string{elig: yes, income: yes, term: yes, rights: yes}},
		{"7 years with rural approval", base(map[string]string{"years": "七年", "rural": "是"}), all,
			map[string]string{elig: yes, income: yes, term: no, rights: yes}},
		{"research institute, part-time", map[string]string{"unit": "2", "tech": "是", "mode": "兼职创新", "rural": "否"},
			[]string{"unit", "tech", "mode", "rural"}, map[string]string{elig: yes, income: yes, rights: no}},
		{"other public institution, rural unsure", map[string]string{"unit": "其他事业单位", "tech": "是", "mode": "在职创办企业", "rural": "不确定"},
			[]string{"unit", "tech", "mode", "rural"}, map[string]string{elig: yes, income: yes, rights: maybe}},
		{"not a public institution", map[string]string{"unit": "4"}, []string{"unit"},
			map[string]string{elig: no}},
		{"not on a technical post", map[string]string{"unit": "1", "tech": "否"}, []string{"unit", "tech"},
			map[string]string{elig: no}},
	})
}

func TestEnvoyCheck(t *testing.T) {
	const scope, consent, term = "属于选派范围", "所在单位同意", "连续选派期限"
	runChecks(t, "科技特派员", []checkCase{
		{"admin unit, first time", map[string]string{"employer": "1", "system": "以上都不是", "consent": "是", "served": "0"},
			[]string{"employer", "system", "consent", "served"}, map[string]string{scope: yes, consent: yes, term: yes}},
		{"4 years served", map[string]string{"employer": "事业单位", "system": "4", "consent": "是", "served": "4"},
			[]string{"employer", "system", "consent", "served"}, map[string]string{scope: yes, consent: yes, term: yes}},
		{"5 years served", map[string]string{"employer": "1", "system": "4", "consent": "是", "served": "五年"},
			[]string{"employer", "system", "consent", "served"}, map[string]string{scope: yes, consent: yes, term: no}},
		{"unit refuses", map[string]string{"employer": "1", "system": "4", "consent": "不同意", "served": "1"},
			[]string{"employer", "system", "consent", "served"}, map[string]string{scope: yes, consent: no, term: yes}},
		{"consent not asked yet", map[string]string{"employer": "1", "system": "4", "consent": "不确定", "served": "2"},
			[]string{"employer", "system", "consent", "served"}, map[string]string{scope: yes, consent: maybe, term: yes}},
		{"education system", map[string]string{"employer": "2", "system": "教育系统"}, []string{"employer", "system"},
			map[string]string{scope: no}},
		{"health system", map[string]string{"employer": "2", "system": "医院"}, []string{"employer", "system"},
			map[string]string{scope: no}},
		{"public security, procuratorate, court", map[string]string{"employer": "1", "system": "3"}, []string{"employer", "system"},
			map[string]string{scope: no}},
		{"enterprise", map[string]string{"employer": "企业"}, []string{"employer"}, map[string]string{scope: no}},
	})
}

func TestSkillsCheck(t *testing.T) {
	const tech, medals = "推荐为甘肃省技术能手", "推荐申报五一劳动奖章、青年五四奖章、三八红旗手"
	both := []string{"level", "rank"}
	var cases []checkCase
	for _, c := range []struct {
		level, rank string
		tech, medal string
	}{
		{"国家一类赛", "1", yes, yes},
		{"国家一类赛", "10", yes, yes},
		{"国家一类赛", "第11名", no, no},
		{"省级一类赛", "第1名", yes, yes},
		{"省级一类赛", "2", yes, no},
		{"省级一类赛", "三", yes, no},
		{"省赛", "4", no, no},
	} {
		cases = append(cases, checkCase{fmt.Sprintf("%s %s", c.level, c.rank),
			map[string]string{"level": c.level, "rank": c.rank}, both, map[string]string{tech: c.tech, medals: c.medal}})
	}
	cases = append(cases, checkCase{"other contest", map[string]string{"level": "3"}, []string{"level"},
		map[string]string{tech: no, medals: no}})
	runChecks(t, "技能竞赛荣誉", cases)
}

func TestFlexibleCheck(t *testing.T) {
	const sub = "柔性引进高层次人才补助"
	all := []string{"how", "employer", "high"}
	runChecks(t, "柔性引进补助", []checkCase{
		{"migrant expert", map[string]string{"how": "候鸟服务", "employer": "是", "high": "是"}, all, map[string]string{sub: yes}},
		{"special expert by number", map[string]string{"how": "7", "employer": "是", "high": "是"}, all, map[string]string{sub: yes}},
		{"full-time transfer", map[string]string{"how": "8"}, []string{"how"}, map[string]string{sub: no}},
		{"not introduced by a local employer", map[string]string{"how": "1", "employer": "否"}, []string{"how", "employer"}, map[string]string{sub: no}},
		{"not high-level", map[string]string{"how": "1", "employer": "是", "high": "否"}, all, map[string]string{sub: no}},
		{"high-level unsure", map[string]string{"how": "1", "employer": "是", "high": "不确定"}, all, map[string]string{sub: maybe}},
	})
}
