// Package dialog is the assistant's domain: it turns what a user sends into
// what the assistant replies. It answers free questions through an Answerer,
// runs the guided eligibility checks defined in corpus, keeps each chat's
// state through a SessionStore, and states the policy's validity with an
// injected clock.
//
// Every typed message is normalised once (Config.Normalize); answers inside
// a check are read by one reader (read.go) that knows negation, doubt,
// questions, numbers and self-descriptions; rules are evaluated with
// three-valued logic into four outcomes — 符合, 不符合, 无法确定 and
// 本方案未规定 (eval.go, verdict.go). The user-facing sentences are in
// text.go.
//
// It imports no adapter: Telegram, Redis and Bleve are on the far side of
// the Answerer and SessionStore interfaces declared here, and a Reply is
// plain structured text that each front end renders its own way.
package dialog
