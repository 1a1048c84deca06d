package knowledge

import (
	"regexp"
	"slices"
	"strings"

	"github.com/linxia-talent/policybot/corpus"
)

// dutyAskRe: a question about what a unit is responsible for (「州科技局
// 负责哪几条」, 「哪些任务和我们单位有关」, 「是哪些条款的责任单位」).
var dutyAskRe = regexp.MustCompile(`哪几条|哪些条|哪条|哪一条|(列成|列为|列入)[^,，。;；]{0,6}责任|哪几项|哪些项|哪些任务|哪几个任务|什么任务|啥任务|哪些工作|什么工作|啥工作|负责什么|负责啥|负责哪|管哪|管什么|管啥|牵头哪|和我们有关|跟我们有关|与我们有关|和我们单位有关|跟我们单位有关|涉及我们|涉及到我们|有我们|挂名`)

// unitShort: the names people use for a unit, beside the document's own.
func unitNames(unit string) []string {
	names := []string{unit}
	if short, ok := strings.CutPrefix(unit, "州"); ok && unit != "州直有关部门" {
		names = append(names, short)
		if s, ok := strings.CutPrefix(short, "委"); ok {
			names = append(names, s) // 组织部
		}
	}
	switch unit {
	case "州发展改革委":
		names = append(names, "州发改委", "发改委", "发改")
	case "州人社局":
		names = append(names, "人力资源和社会保障局", "人社部门")
	}
	return names
}

// duties answers a question about which articles name a responsible unit;
// nil when the question is not one.
func (ix *Index) duties(q string) *corpus.Duties {
	if !dutyAskRe.MatchString(q) || len(ix.articleRefs(q)) > 0 {
		return nil
	}
	unit, at := "", -1
	for _, a := range ix.c.Doc.Articles {
		for _, u := range a.Units {
			if u == "各县市人民政府" || u == unit {
				continue
			}
			for _, n := range unitNames(u) {
				// the longest name said first wins (州人社局 over 人社)
				if i := strings.Index(q, n); i >= 0 && (at < 0 || i < at) {
					unit, at = u, i
				}
			}
		}
	}
	if unit == "" {
		return nil
	}
	d := &corpus.Duties{Unit: unit}
	for _, a := range ix.c.Doc.Articles {
		switch {
		case slices.Contains(a.Units, unit):
			d.Named = append(d.Named, a.Number)
		case strings.Contains(a.UnitsText, "州直有关部门"):
			d.Shared = append(d.Shared, a.Number)
		}
	}
	return d
}
