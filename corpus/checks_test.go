package corpus

import (
	"slices"
	"strings"
	"testing"
)

func TestChecksLoad(t *testing.T) {
	c := mustLoad(t)
	var ids []string
	for _, ch := range c.Checks {
		ids = append(ids, ch.ID)
	}
	if got := strings.Join(ids, " "); got != "loan leave envoy skills flexible" {
		t.Errorf("checks: got %s", got)
	}
}

func TestChecksRejectBadRules(t *testing.T) {
	good, err := checkFiles.ReadFile("checks/1-loan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := load(policyText, metaYAML, lexiconYAML, good); err != nil {
		t.Fatalf("the good check: %v", err)
	}
	for name, tc := range map[string]struct{ from, to, want string }{
		"missing slot":         {"{slot: who, is: grad}", "{slot: whom, is: grad}", `slot "whom", which no question asks`},
		"missing article":      {"article: 14\n    quote: 对符合条件的高校毕业生", "article: 18\n    quote: 对符合条件的高校毕业生", "article 18"},
		"quote not in text":    {"quote: 对符合条件的高校毕业生给予不超过20万元", "quote: 对符合条件的高校毕业生给予不超过50万元", "does not occur in article 14"},
		"unknown choice":       {"{slot: who, is: grad}", "{slot: who, is: student}", `value "student"`},
		"renamed slot":         {"  - id: spouse\n", "  - id: partner\n", `slot "spouse", which no question asks`},
		"slot no rule reads":   {"rules:\n", "  - {id: age, type: number, name: 年龄, ask: 几岁, min: 16, max: 80, unit: 岁}\nrules:\n", `slot "age" is asked but no rule reads it`},
		"misspelt key":         {"allow_unsure: true", "allow_unshure: true", "allow_unshure"},
		"bad slot type":        {"type: yesno", "type: maybe", "unknown type"},
		"unknown outcome":      {"outcome: silent", "outcome: perhaps", "outcome must be"},
		"not_met needs change": {"outcome: silent", "outcome: not_met", "what would change it"},
		"case without text":    {"text: 您是高校毕业生", "text: \"\" # 您是高校毕业生", "has no text"},
		"number cond on text":  {"{slot: spouse, is: \"yes\"}", "{slot: spouse, max: 3}", "needs is or in"},
		"denies a non-choice":  {"denies: [grad]", "denies: [student]", `denies "student"`},
		"beyond on a yes/no":   {"allow_unsure: true", "allow_unsure: true\n    beyond: 6", "beyond 6 needs a number slot"},
	} {
		bad := strings.Replace(string(good), tc.from, tc.to, 1)
		if bad == string(good) {
			t.Fatalf("%s: edit did not apply", name)
		}
		_, err := load(policyText, metaYAML, lexiconYAML, []byte(bad))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error mentioning %q", name, err, tc.want)
		}
	}
}

func TestVocabularyIsValidated(t *testing.T) {
	c := mustLoad(t)
	envoy, _ := c.Check("envoy")
	if len(envoy.Terms) == 0 {
		t.Fatal("the envoy check has no vocabulary")
	}
	for name, tc := range map[string]struct {
		term Term
		want string
	}{
		"unknown slot":        {Term{Words: []string{"中学"}, Set: map[string]string{"school": "edu"}}, `slot "school"`},
		"unknown value":       {Term{Words: []string{"中学"}, Set: map[string]string{"system": "school"}}, `"school", which is not a choice`},
		"number out":          {Term{Words: []string{"十年"}, Set: map[string]string{"served": "99"}}, "not a number"},
		"no words":            {Term{Set: map[string]string{"system": "edu"}}, "needs words"},
		"an empty word":       {Term{Words: []string{" "}, Set: map[string]string{"system": "edu"}}, "empty word"},
		"clause, no together": {Term{Words: []string{"连续"}, Clause: true, Set: map[string]string{"gap": "no"}}, "one or the other"},
		"clause and anywhere": {Term{Together: []string{"连续", "当"}, Clause: true, Anywhere: true, Set: map[string]string{"gap": "no"}}, "one or the other"},
	} {
		err := envoy.validateTerm(tc.term)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error mentioning %q", name, err, tc.want)
		}
	}
}

// TestCondReads: Reads says what Slots lists, for every case of every
// check and every slot id of the check (and one no check has).
func TestCondReads(t *testing.T) {
	c := mustLoad(t)
	for _, ch := range c.Checks {
		ids := []string{"", "no-such-slot"}
		for _, sl := range ch.Slots {
			ids = append(ids, sl.ID)
		}
		for _, r := range ch.Rules {
			for i, k := range r.Cases {
				for _, id := range ids {
					if got, want := k.When.Reads(id), slices.Contains(k.When.Slots(), id); got != want {
						t.Errorf("%s/%s case %d: Reads(%q) = %v, Slots has it: %v", ch.ID, r.ID, i+1, id, got, want)
					}
				}
			}
		}
	}
}

// TestGlosses: every gloss quotes its article's own words, and one that
// does not (or names no article, or asks nothing) stops start-up.
func TestGlosses(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Glosses) == 0 {
		t.Fatal("no glosses loaded")
	}
	for _, tc := range []struct {
		name, yaml string
	}{
		{"a quotation not in the article", "glosses:\n  - article: 2\n    asks: [名额]\n    text: 「每个县市每年最多引进10人」是上限。\n"},
		{"no such article", "glosses:\n  - article: 18\n    asks: [名额]\n    text: 「至少引进10人」\n"},
		{"asks nothing", "glosses:\n  - article: 2\n    asks: []\n    text: 「至少引进10人」\n"},
		{"quotes nothing", "glosses:\n  - article: 2\n    asks: [名额]\n    text: 十人是下限。\n"},
		{"a misspelt key", "glosses:\n  - article: 2\n    ask: [名额]\n    text: 「至少引进10人」\n"},
		{"unless among the asks", "glosses:\n  - article: 2\n    asks: [名额]\n    unless: [名额]\n    text: 「至少引进10人」\n"},
	} {
		if _, err := loadGlosses(c.Doc, []byte(tc.yaml)); err == nil {
			t.Errorf("%s: loaded", tc.name)
		}
	}
	// A quotation cut with 「……」 is checked piece by piece.
	ok := "glosses:\n  - article: 2\n    asks: [名额]\n    text: 「其中每个县市……至少引进10人」是下限。\n"
	if _, err := loadGlosses(c.Doc, []byte(ok)); err != nil {
		t.Errorf("a quotation in two pieces of the text: %v", err)
	}
}

// TestUncoveredAsNamesAnUncoveredPhrase: a name given to a phrase that is
// not among the uncovered ones is refused at start.
func TestUncoveredAsNamesAnUncoveredPhrase(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Lexicon.UncoveredIn("我们东乡族有啥照顾没有"); got != "少数民族照顾" {
		t.Errorf("UncoveredIn = %q, want 少数民族照顾", got)
	}
	bad := Lexicon{Uncovered: []string{"住房"}, UncoveredAs: map[string]string{"族有啥照顾": "少数民族照顾"}}
	if err := bad.validate(c.Doc); err == nil {
		t.Error("a name of a phrase not uncovered: loaded")
	}
}
