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
	_ "embed"
	"fmt"

	"go.yaml.in/yaml/v3"
)

//go:embed linxia-2021-48.txt
var policyText string

//go:embed meta.yaml
var metaYAML []byte

//go:embed lexicon.yaml
var lexiconYAML []byte

// Corpus is everything the assistant knows, validated.
type Corpus struct {
	Doc     *Document
	Meta    *Meta
	Lexicon *Lexicon
}

// Load parses and validates the embedded corpus.
func Load() (*Corpus, error) {
	return load(policyText, metaYAML, lexiconYAML)
}

func load(text string, metaData, lexData []byte) (*Corpus, error) {
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
	return &Corpus{Doc: doc, Meta: &meta, Lexicon: &lex}, nil
}

// decodeStrict decodes YAML and rejects fields the target does not have,
// so a misspelt key is an error rather than a silently missing fact.
func decodeStrict(data []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	return dec.Decode(v)
}
