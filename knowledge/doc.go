// Package knowledge answers free questions from the policy document. It owns
// the Bleve index entirely: callers get Hits and corpus.Findings, never a
// Bleve type.
//
// # Reading a question
//
// Every message is first put in one form by internal/zh (simplified
// characters, ASCII for full-width forms, digits for numerals before a unit,
// no emoji or markup), then homophone slips of pinyin input are mended by
// sound against the document's words (typo.go). A message is split into its
// questions (at most three) and the story around them (analyze.go).
//
// # Analysis and search
//
// The index is an in-memory scorch index scored with BM25. Chinese has no
// spaces, so text is analysed with Bleve's unicode tokenizer, the CJK width
// filter, lower-casing, and the CJK bigram filter with unigrams kept: bigrams
// carry the meaning (「贷款」, 「离岗」), unigrams let one-character questions
// still match. The stock "cjk" analyzer drops unigrams. Each sentence of each
// article is a document, with the article's title in a boosted field; the
// document's own facts (validity, basis, issuer…) are indexed beside them as
// topics. A question and its story are expanded with the document's terms for
// colloquial words and sent as MatchQuerys, which analyse them like the text:
// user text never reaches a query-string parser.
//
// # Deciding
//
// A score alone cannot tell 「公积金贷款怎么申请」 from a question the document
// answers (it matches 贷款), and counting unknown characters punishes people
// for talking normally (开店, 仨, 合伙). So the decision looks at meaning:
//
//   - The question is segmented into words (gse, with jieba's common words
//     embedded from dict/ and the document's and lexicon's terms added), and
//     each content word the document uses is weighed by how few articles use
//     it. The answering article must be supported by such words; words that
//     every article uses do not suffice. Unknown everyday words never count
//     against a question.
//   - A subject the lexicon lists as not covered (公积金, 落户, 考试…) declines
//     the question it is asked in, saying which subject.
//   - A facet the question asks (pay, collateral, age, an amount, where or when
//     to apply…) that the matching sentences do not state makes the finding
//     "silent": the article is returned as context, with what is missing, and
//     the reply says the document does not say.
//   - A question about whether the document still applies gets the validity
//     topic before anything else.
//
// Quotes are verbatim; a long sentence is cut to the clauses that match, and
// never inside a qualifier (除……外, 符合条件的, 对经批准……的人员).
package knowledge
