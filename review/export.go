package review

import (
	"bytes"
	"fmt"

	"go.yaml.in/yaml/v3"
)

// exported is the YAML form of the entries, written like the corpus's own
// data files so it can be reviewed in a pull request.
type exported struct {
	Document string          `yaml:"document"`
	Entries  []exportedEntry `yaml:"entries"`
}

type exportedEntry struct {
	ID       string `yaml:"id"`
	State    State  `yaml:"state"`
	Question string `yaml:"question"`
	Article  int    `yaml:"article,omitempty"`
	Quote    string `yaml:"quote,omitempty"`
	Covered  bool   `yaml:"covered"`
	Answer   string `yaml:"answer"`
	Written  string `yaml:"written"`
	Approved string `yaml:"approved,omitempty"`
	Until    string `yaml:"until"`
}

// Export writes the entries as YAML, oldest first. Staff ids are left out:
// a reviewer needs the answer and its basis, not who wrote it.
func Export(document string, es []Entry) ([]byte, error) {
	sortEntries(es)
	x := exported{Document: document, Entries: []exportedEntry{}}
	for _, e := range es {
		xe := exportedEntry{ID: e.ID, State: e.State, Question: e.Question, Article: e.Article, Quote: e.Quote,
			Covered: e.Article > 0, Answer: e.Answer, Written: day(e.Written), Until: day(e.Until)}
		if e.State == Approved {
			xe.Approved = day(e.Approved)
		}
		x.Entries = append(x.Entries, xe)
	}
	var b bytes.Buffer
	b.WriteString("# 工作人员解答条目（/export 导出）。每条引用的原文须与 corpus/linxia-2021-48.txt 一致；\n# 未涉及（covered: false）的解答须写明去哪里办理。条目随文件有效期失效。\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(x); err != nil {
		return nil, fmt.Errorf("review: export: %w", err)
	}
	return b.Bytes(), nil
}
