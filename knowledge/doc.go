// Package knowledge answers free questions from the policy document. It owns
// the Bleve index entirely: callers get Hits and corpus.Findings, never a
// Bleve type.
//
// # Analysis
//
// The index is an in-memory scorch index scored with BM25. Chinese has no
// spaces, so text is analysed with Bleve's unicode tokenizer, the CJK width
// filter (full-width digits and letters become ASCII), lower-casing, and the
// CJK bigram filter with unigrams kept: bigrams carry the meaning
// (「贷款」, 「离岗」), unigrams let one-character questions and words that
// straddle a bigram boundary still match. The stock "cjk" analyzer drops
// unigrams, so a one-character query would find nothing.
//
// Each sentence of each article is a document, with the article's title in a
// separate, boosted field; the document's own facts (validity, basis,
// issuer…) are indexed beside them as topics. A question is expanded with the
// document's terms for the colloquial words in it (海归 → 留学回国人员) and
// sent as MatchQuerys, which analyse it like the text: user text never
// reaches a query-string parser, so 「+-:^()"*?」 are just characters.
//
// # Declining
//
// A score threshold alone does not separate questions the document answers
// from ones it does not: 「公积金贷款怎么申请」 scores well on 贷款. So a
// question must also be covered: once the words that only say how it is asked
// (请问, 怎么, 多少…) are set aside, most of what remains must be words the
// document (or the lexicon of applicants' words) contains. A question whose
// subject is a word the document never uses is declined.
package knowledge
