package zh

import (
	"os"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	n, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"離崗創業累計最長幾年", "离岗创业累计最长几年"},
		{"科技特派員最多連續幹幾年", "科技特派员最多连续干几年"},
		{"沒有", "没有"},
		// 几 of "a few" asks nothing.
		{"我是前几年西北民大毕业的，干了十几年", "我是前些年西北民大毕业的,干了十多年"},
		{"能贷几年", "能贷几年"},
		// round 42: a sum in 万 and the digit after it; several 届 taught
		{"縣上一年能給一萬五的補助", "县上1年能给1.5万的补助"},
		{"每年補助一萬五千元", "每年补助1.5万元"},
		{"两万五", "2.5万"},
		{"一万五百", "1万五百"},
		{"帶過幾屆研究生", "带过些届研究生"},
		{"我不是大學生", "我不是大学生"},
		{"大学毕业，能贷二十万吗？", "大学毕业,能贷20万吗?"},
		// round 39: an approximate pair is one or the other, never 45 or 5
		{"连着干了四五年", "连着干了4或5年"}, {"两三万", "2或3万"}, {"五六十万", "50或60万"},
		// round 109: two one apart with 、, as said; not in a longer list,
		// nor two apart.
		{"想保留到7、8年", "想保留到7或8年"}, {"4.一年能报几次", "4. 1年能报几次"}, {"想贷二十五六万", "想贷25或26万"}, {"在东乡县几个村搞洋芋", "在东乡县些个村搞洋芋"}, {"回所里上了几个月班", "回所里上了些个月班"}, {"有几个名额", "有几个名额"}, {"二十七八年", "27或28年"}, {"七、八年", "7或8年"}, {"21、22、23年都是", "21、22、23年都是"}, {"3、5年", "3、5年"},
		{"十二三年", "12或13年"}, {"第三四名", "第3或4名"}, {"二三年开始一直在村里", "23年开始一直在村里"}, {"要是不够再延一两年那是以后的事", "要是不够再延1或2年那是以后的事"},
		// round 80: years in a list are years, not a range of counts.
		{"二一年二三年二四年二五年都选上了", "21年23年24年25年都选上了"}, {"干了二三年", "干了2或3年"},
		{"一二类赛", "一二类赛"},
		// round 55: a calendar year said digit by digit (it was 二4年)
		{"从二零年开始年年都选上了今年二四年是第五年了", "从20年开始年年都选上了今年24年是第5年了"},
		{"二〇二四年底", "2024年底"}, {"一九年毕业", "19年毕业"}, {"一两年", "1或2年"}, {"三四年", "3或4年"}, {"二十四年", "24年"},
		{"离岗三年多了", "离岗3年多了"},
		{"第十四条", "第14条"},
		{"哪一条给我们分了任务", "哪一条给我们分了任务"},
		{"这一条说三年", "这一条说3年"},
		{"2023、2024两年没领到", "2023、2024 2年没领到"},
		{"前一阵参加比赛拿了第三名，干了几十年", "前一阵参加比赛拿了第3名,干了几十年"},
		{"省赛前三名", "省赛前3名"},
		{"国家一类赛第一名", "国家一类赛第1名"},
		{"一次办、一线、五一劳动奖章、“十四五”末", "一次办、一线、五一劳动奖章、“十四五”末"},
		{"收益百分之五十", "收益50%"},
		{"两年", "2年"},
		{"二百零三人", "203人"},
		{"ＡＢＣ１２３　全角", "abc123 全角"},
		{"<b>贷款</b> **多少**", "贷款 多少"},
		{"a<b 和 c>d", "a<b 和 c>d"},
		{"贷款👍🏻多少😀", "贷款多少"},
		{"  多个   空格\n\n\n换行  ", "多个 空格\n换行"},
		{"+-:^()\"*?", "+-:^()\"*?"},
		{"\x00控制\x07字符", "控制 字符"},
		// t2s leaves the particle 著; it is written 着, the word 著名 kept.
		{"已經連著四年了", "已经连着4年了"},
		// 甚麼 is written 什么.
		{"甚麼時候申報", "什么时候申报"},
		// round 143: Cantonese negators are written as 不 and 没有.
		{"算唔算高層次人才我唔清楚", "算不算高层次人才我不清楚"},
		{"唔係，冇認定過", "不是,没有认定过"},
		{"著名專家，成績顯著", "著名专家,成绩显著"},
	}
	for _, tt := range tests {
		if got := n.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := n.Normalize(n.Normalize(tt.in)); got != n.Normalize(tt.in) {
			t.Errorf("Normalize is not idempotent on %q: %q", tt.in, got)
		}
	}
}

// The policy text is simplified already: converting it must not change a
// character, or quotes and index terms would drift from the document.
func TestSimplifyLeavesThePolicyAlone(t *testing.T) {
	n, err := New()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("../../corpus/linxia-2021-48.txt")
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		if got := n.Simplify(line); got != line {
			t.Errorf("line %d changed by t2s:\n got %s\nwant %s", i+1, got, line)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"離崗創業", "二十万", "<b>x</b>", "第十四条", "\xff\xfe", "百分之", "十"} {
		f.Add(s)
	}
	n, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := n.Normalize(s)
		if twice := n.Normalize(once); twice != once {
			t.Errorf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	n, err := New()
	if err != nil {
		b.Fatal(err)
	}
	q := "我們仨畢業生合夥註冊了家小公司，用公司名義能貸到三百萬嗎？"
	for b.Loop() {
		n.Normalize(q)
	}
}

func TestANotA(t *testing.T) {
	for in, want := range map[string]bool{
		"这个方案里管不管性别歧视": true,
		"工资还发不发":       true,
		"去没去":          true,
		"不对不对，我说了是第四":  false,
		"不行不行":         false,
		"我不是不想去":       false,
		"能贷20万":        false,
	} {
		if got := ANotA(in); got != want {
			t.Errorf("ANotA(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestOneRuneApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"特派元", "特派员", true},
		{"特派员", "特派员", false},
		{"特派", "特派员", false},
		{"县级控", "县疾控", true},
		{"离岗", "离港", true},
		{"离岗", "兼职", false},
	} {
		if got := OneRuneApart(c.a, c.b); got != c.want {
			t.Errorf("OneRuneApart(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestAlsoAsks(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"还有河州工匠", true},
		{"另外还有五一劳动奖章", true},
		{"还有", false},
		{"还有就是我媳妇在县医院上班她也想报科技特派员", false},
		{"我还有一个问题", false},
	} {
		if got := AlsoAsks(tc.in); got != tc.want {
			t.Errorf("AlsoAsks(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
