// Package corpus holds the policy document and every fact the assistant
// states about it, as data embedded in the binary: the text of
// 临州办发〔2021〕48号, its metadata, the words applicants use for its terms,
// and the guided checks with their rules. Load parses and validates all of
// it, so a fact that does not match the text stops start-up.
//
// The document model (Document, Article) lives here rather than in the
// search index so that the dialog engine can cite articles without
// depending on the index.
package corpus

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed linxia-2021-48.txt
var policyText string

//go:embed meta.yaml
var metaYAML []byte

//go:embed lexicon.yaml
var lexiconYAML []byte

//go:embed glosses.yaml
var glossYAML []byte

//go:embed checks/*.yaml
var checkFiles embed.FS

// Corpus is everything the assistant knows, validated.
type Corpus struct {
	Doc     *Document
	Meta    *Meta
	Lexicon *Lexicon
	// Checks are the guided eligibility checks, in menu order.
	Checks []*Check
	// Glosses are plain readings of articles' words (glosses.yaml).
	Glosses []Gloss
}

// Check returns the check with the given id.
func (c *Corpus) Check(id string) (*Check, bool) {
	for _, ch := range c.Checks {
		if ch.ID == id {
			return ch, true
		}
	}
	return nil, false
}

// Load parses and validates the embedded corpus.
func Load() (*Corpus, error) {
	checks, err := readChecks(checkFiles)
	if err != nil {
		return nil, err
	}
	c, err := load(policyText, metaYAML, lexiconYAML, checks...)
	if err != nil {
		return nil, err
	}
	if c.Glosses, err = loadGlosses(c.Doc, glossYAML); err != nil {
		return nil, err
	}
	return c, nil
}

// loadGlosses parses and validates glosses.yaml.
func loadGlosses(doc *Document, data []byte) ([]Gloss, error) {
	var f glossFile
	if err := decodeStrict(data, &f); err != nil {
		return nil, fmt.Errorf("glosses.yaml: %w", err)
	}
	for _, g := range f.Glosses {
		if err := g.validate(doc); err != nil {
			return nil, fmt.Errorf("glosses.yaml: %w", err)
		}
	}
	return f.Glosses, nil
}

// readChecks returns the check files in name order.
func readChecks(fsys fs.FS) ([][]byte, error) {
	names, err := fs.Glob(fsys, "checks/*.yaml")
	if err != nil {
		return nil, err
	}
	var out [][]byte
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

func load(text string, metaData, lexData []byte, checkData ...[]byte) (*Corpus, error) {
	doc, err := Parse(text)
	if err != nil {
		return nil, err
	}
	var meta Meta
	if err := decodeStrict(metaData, &meta); err != nil {
		return nil, fmt.Errorf("meta.yaml: %w", err)
	}
	if err := meta.validate(doc); err != nil {
		return nil, err
	}
	var lex Lexicon
	if err := decodeStrict(lexData, &lex); err != nil {
		return nil, fmt.Errorf("lexicon.yaml: %w", err)
	}
	if err := lex.validate(doc); err != nil {
		return nil, err
	}
	c := &Corpus{Doc: doc, Meta: &meta, Lexicon: &lex}
	seen := map[string]string{}
	for i, data := range checkData {
		var ch Check
		if err := decodeStrict(data, &ch); err != nil {
			return nil, fmt.Errorf("check file %d: %w", i+1, err)
		}
		if err := ch.validate(doc); err != nil {
			return nil, err
		}
		for _, name := range append([]string{ch.ID, ch.Title}, ch.Aliases...) {
			k := strings.ToLower(name)
			if other, ok := seen[k]; ok && other != ch.ID {
				return nil, fmt.Errorf("check %q: name %q is also used by check %q", ch.ID, name, other)
			}
			seen[k] = ch.ID
		}
		c.Checks = append(c.Checks, &ch)
	}
	return c, nil
}

// decodeStrict decodes YAML and rejects fields the target does not have,
// so a misspelt key is an error rather than a silently missing fact.
func decodeStrict(data []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	return dec.Decode(v)
}
