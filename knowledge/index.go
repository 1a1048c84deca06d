package knowledge

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/internal/zh"
)

// MaxQueryRunes is how much of a message is read; the rest is ignored. A
// long story with three questions fits; the bound keeps a 10,000-character
// message from costing more than that.
const MaxQueryRunes = 400

const (
	analyzerName = "zh"
	bigramName   = "cjk_bigram_unigram"
	fieldText    = "text"
	fieldTitle   = "title"
	titleBoost   = 1.6
)

// Hit is one matching sentence (or document fact).
type Hit struct {
	Article  int    // article number; 0 for a fact about the document itself
	Topic    string // the Meta topic id when Article is 0
	Title    string // article or topic title
	Sentence int    // index into the article's Sentences; -1 for a topic
	Text     string // the sentence, verbatim
	Score    float64
}

// Index is the searchable policy document. It is safe for concurrent use.
type Index struct {
	c     *corpus.Corpus
	idx   bleve.Index
	norm  *zh.Normalizer
	seg   *segmenter
	vocab *vocab
	spell *speller
	cache *answerCache
	// norms remembers normalised questions (normalize is a pure function
	// of the question; a free question is normalised for its answer and
	// again for its content words).
	norms *lru[string]
	// checkPhrases joins the checks' vocabulary phrases with 「|」 and
	// checkAliases holds their options' aliases (see checkWord).
	checkPhrases string
	checkAliases map[string]bool
	// lexWords holds the lexicon's terms and colloquial words (see
	// lexiconWord).
	lexWords map[string]bool
	// deniedRes say, for each check, a clause that denies it (see denied).
	deniedRes []deniedRe
}

// New builds the in-memory index of c's document.
func New(c *corpus.Corpus) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	idx, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("knowledge: create index: %w", err)
	}
	b := idx.NewBatch()
	for _, a := range c.Doc.Articles {
		for i, s := range a.Sentences {
			id := fmt.Sprintf("a%d.%d", a.Number, i)
			if err := b.Index(id, map[string]any{fieldText: s, fieldTitle: a.Title}); err != nil {
				return nil, fmt.Errorf("knowledge: index %s: %w", id, err)
			}
		}
	}
	for _, t := range c.Meta.Topics {
		id := "t." + t.ID
		if err := b.Index(id, map[string]any{fieldText: t.Words, fieldTitle: t.Title}); err != nil {
			return nil, fmt.Errorf("knowledge: index %s: %w", id, err)
		}
	}
	if err := idx.Batch(b); err != nil {
		return nil, fmt.Errorf("knowledge: index batch: %w", err)
	}
	norm, err := zh.New()
	if err != nil {
		return nil, err
	}
	seg, err := newSegmenter(c)
	if err != nil {
		return nil, err
	}
	v := newVocab(c)
	ix := &Index{c: c, idx: idx, norm: norm, seg: seg, vocab: v, spell: newSpeller(c, seg, v), cache: newAnswerCache(), norms: newLRU[string]()}
	phrases, aliases := checkVocab(c)
	ix.checkPhrases = "|" + strings.Join(phrases, "|") + "|"
	ix.checkAliases = make(map[string]bool, len(aliases))
	for _, a := range aliases {
		ix.checkAliases[a] = true
	}
	ix.lexWords = map[string]bool{}
	for _, w := range domainWords(c) {
		ix.lexWords[w] = true
	}
	ix.deniedRes = deniedNames(c)
	return ix, nil
}

func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	m.ScoringModel = bindex.BM25Scoring
	if err := m.AddCustomTokenFilter(bigramName, map[string]any{
		"type":           cjk.BigramName,
		"output_unigram": true,
	}); err != nil {
		return nil, fmt.Errorf("knowledge: bigram filter: %w", err)
	}
	if err := m.AddCustomAnalyzer(analyzerName, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicodetok.Name,
		"token_filters": []string{cjk.WidthName, lowercase.Name, bigramName},
	}); err != nil {
		return nil, fmt.Errorf("knowledge: analyzer: %w", err)
	}
	m.DefaultAnalyzer = analyzerName
	doc := bleve.NewDocumentMapping()
	for _, f := range []string{fieldText, fieldTitle} {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = analyzerName
		fm.Store = false
		fm.IncludeTermVectors = false
		doc.AddFieldMappingsAt(f, fm)
	}
	m.DefaultMapping = doc
	return m, nil
}

// Close releases the index.
func (ix *Index) Close() error { return ix.idx.Close() }

// normalize puts a message in the form the index reads (internal/zh),
// keeps at most MaxQueryRunes runes of it and mends homophone typos.
// Normalize returns text as the assistant reads it: simplified, folded,
// numerals as digits (see zh.Normalizer), and homophone typos of document
// words mended (必业 → 毕业, 代款 → 贷款), cut to MaxQueryRunes. The dialog
// reads answers with it too, so that a check hears what a question would.
func (ix *Index) Normalize(q string) string { return ix.normalize(q) }

func (ix *Index) normalize(q string) string {
	if len(q) > maxCachedQuestion {
		return ix.normalizeNow(q)
	}
	if n, ok := ix.norms.get(q); ok {
		return n
	}
	n := ix.normalizeNow(q)
	ix.norms.put(q, n)
	return n
}

// maxCachedQuestion bounds the questions (in bytes) whose normalised form
// is remembered, and so the memory the cache may hold.
const maxCachedQuestion = 200

func (ix *Index) normalizeNow(q string) string {
	q = ix.norm.Normalize(q)
	if utf8.RuneCountInString(q) > MaxQueryRunes {
		q = string([]rune(q)[:MaxQueryRunes])
	}
	q = loanSlipRe.ReplaceAllString(ix.spell.correct(q, ix.seg), "贷$1")
	return honourPlace(carrySlipRe.ReplaceAllString(q, "贷$1"))
}

// linxiaPlaceRe: Linxia or one of its counties and cities.
var linxiaPlaceRe = regexp.MustCompile(`临夏|广河|和政|康乐|永靖|东乡|积石山|刘家峡`)

// honourPlace reads 贵州 as the polite 「your prefecture」 of a letter to
// Linxia (「拜读贵州人才新政……来临夏服务」), not the province, when the
// letter names Linxia and not the province (round 95: declined as 「贵州的
// 政策」).
func honourPlace(q string) string {
	if !strings.Contains(q, "贵州") || !linxiaPlaceRe.MatchString(q) || strings.Contains(q, "贵州省") || strings.Contains(q, "贵阳") {
		return q
	}
	return strings.ReplaceAll(q, "贵州", "临夏州")
}

// loanSlipRe: 代 typed for 贷 where only a loan is meant (「我想代25万」,
// 「代不上」): a one-character slip the speller, which mends runs of two
// to four, leaves alone.
var loanSlipRe = regexp.MustCompile(`代([0-9]+万|款|不上|得上|不到|得到|不了|多少|几年)`)

// carrySlipRe: 带 typed for 贷 (「能带30万不」, 「带款」). Only before a sum
// or 款: 带不上 and 带几年 are as often said of people (带徒弟).
var carrySlipRe = regexp.MustCompile(`带([0-9]+万|款)`)

// Search returns up to n sentences matching q, best first. The question is
// expanded with the lexicon's terms and analysed like the text; it is never
// parsed as query syntax.
func (ix *Index) Search(ctx context.Context, q string, n int) ([]Hit, error) {
	return ix.search(ctx, ix.normalize(q), "", n)
}

// leadRe: words that open a question and say nothing of it (请问, 那么,
// 再请教, 倘若): each word of a query that no sentence holds lowers every
// sentence's score, so 「请问，补助具体是多少」 fell below the bar that
// 「补助具体是多少」 passes (round 98: declined).
var leadRe = regexp.MustCompile(`^(?:请问一下|请问|我想问一下|我想问下|我想问|想问一下|想问下|想问|问一下|问下|再请教一下|再请教|请教一下|请教|麻烦问一下|麻烦问下|麻烦您|那么|那|明白了|明白|多谢|谢谢|好的|好|嗯|哦|倘若|如果|假如|要是|另外|还有)[,，。.!！:：\s]*`)

// withoutLead is ask without the words that open it (leadRe), or ask
// itself when nothing would be left.
func withoutLead(ask string) string {
	for {
		t := leadRe.ReplaceAllString(ask, "")
		if t == ask || strings.TrimSpace(t) == "" {
			return ask
		}
		ask = t
	}
}

// askBoost is how much more the question itself weighs than the story
// around it.
const askBoost = 2.0

// search ranks sentences for a question and the story around it, each
// expanded with the lexicon's terms and sent as MatchQuerys (never parsed as
// query syntax), the question weighing more.
func (ix *Index) search(ctx context.Context, ask, background string, n int) ([]Hit, error) {
	if strings.TrimSpace(ask) == "" || n <= 0 {
		return nil, nil
	}
	var qs []query.Query
	add := func(text string, boost float64) {
		if terms := ix.c.Lexicon.Expand(text); len(terms) > 0 {
			text += " " + strings.Join(terms, " ")
		}
		body := bleve.NewMatchQuery(text)
		body.SetField(fieldText)
		body.Analyzer = analyzerName
		body.SetBoost(boost)
		title := bleve.NewMatchQuery(text)
		title.SetField(fieldTitle)
		title.Analyzer = analyzerName
		title.SetBoost(boost * titleBoost)
		qs = append(qs, body, title)
	}
	add(withoutLead(ask), askBoost)
	if strings.TrimSpace(background) != "" {
		add(background, 1)
	}
	req := bleve.NewSearchRequestOptions(query.NewDisjunctionQuery(qs), n, 0, false)
	res, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("knowledge: search: %w", err)
	}
	hits := make([]Hit, 0, len(res.Hits))
	denied, _ := ctx.Value(deniedKey{}).(uint32)
	for _, h := range res.Hits {
		hit, ok := ix.hit(h.ID, h.Score)
		if ok && denied&(1<<uint(hit.Article)) == 0 {
			hits = append(hits, hit)
		}
	}
	return hits, nil
}

// deniedKey carries, in a lookup's context, the articles its message says
// are not the person's case (「我说了不是特派员」: 第15条).
type deniedKey struct{}

// deniedLeadRe and deniedTailRe: what stands around a check's name in a
// clause that, whole, says it is not the person's (「我说了不是特派员」).
const (
	deniedLeadRe = `^(?:我|本人|他|她)?(?:都|已经)?(?:说了|讲了)?(?:也)?` + zh.DenialBefore + `(?:科技)?`
	deniedTailRe = `(?:啊|呀|哦|嘛|了)?$`
)

// denied returns the articles of the checks that q's clauses, whole, say
// are not the person's case: 「我不是特派员」 takes 第15条 out of its answer.
func (ix *Index) denied(q string) uint32 {
	var m uint32
	for _, c := range strings.FieldsFunc(q, func(r rune) bool { return strings.ContainsRune(" ,，。.!?;；:：", r) }) {
		for _, re := range ix.deniedRes {
			if re.re.MatchString(c) {
				m |= re.arts
			}
		}
	}
	return m
}

// deniedRe is one check's names said not to be the person's, and its
// articles.
type deniedRe struct {
	re   *regexp.Regexp
	arts uint32
}

// deniedNames prepares, for each check, the clause that denies it by one of
// its names.
func deniedNames(c *corpus.Corpus) []deniedRe {
	var out []deniedRe
	for _, ch := range c.Checks {
		var names []string
		for _, n := range append([]string{ch.Title}, ch.Aliases...) {
			if utf8.RuneCountInString(n) >= 2 {
				names = append(names, regexp.QuoteMeta(n))
			}
		}
		var arts uint32
		for _, a := range ch.Articles {
			arts |= 1 << uint(a)
		}
		if len(names) > 0 {
			out = append(out, deniedRe{regexp.MustCompile(deniedLeadRe + `(?:` + strings.Join(names, "|") + `)` + deniedTailRe), arts})
		}
	}
	return out
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// hit turns a document id back into a Hit.
func (ix *Index) hit(id string, score float64) (Hit, bool) {
	if t, ok := strings.CutPrefix(id, "t."); ok {
		tp, ok := ix.c.Meta.Topic(t)
		return Hit{Topic: tp.ID, Title: tp.Title, Sentence: -1, Text: tp.Quote, Score: score}, ok
	}
	an, sn, ok := strings.Cut(strings.TrimPrefix(id, "a"), ".")
	if !ok {
		return Hit{}, false
	}
	n, err1 := strconv.Atoi(an)
	s, err2 := strconv.Atoi(sn)
	a, ok := ix.c.Doc.Article(n)
	if err1 != nil || err2 != nil || !ok || s < 0 || s >= len(a.Sentences) {
		return Hit{}, false
	}
	return Hit{Article: n, Title: a.Title, Sentence: s, Text: a.Sentences[s], Score: score}, true
}

// group is the evidence for one article or topic.
type group struct {
	key   string
	hits  []Hit
	score float64
}

// rank groups hits by article (or topic) and scores each group by its best
// sentence plus a share of its second best, so an article that answers in
// several sentences edges out one with a single lucky match.
func rank(hits []Hit) []group {
	idx := map[string]int{}
	var gs []group
	for _, h := range hits {
		k := "a" + strconv.Itoa(h.Article)
		if h.Article == 0 {
			k = "t" + h.Topic
		}
		i, ok := idx[k]
		if !ok {
			i = len(gs)
			idx[k] = i
			gs = append(gs, group{key: k})
		}
		gs[i].hits = append(gs[i].hits, h)
	}
	for i := range gs {
		g := &gs[i]
		g.score = g.hits[0].Score
		if len(g.hits) > 1 {
			g.score += 0.3 * g.hits[1].Score
		}
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].score > gs[j].score })
	return gs
}
