// Package dialog is the assistant's domain: it turns what a user sends into
// what the assistant replies. It answers free questions through an Answerer,
// runs the guided eligibility checks defined in corpus, keeps each chat's
// state through a SessionStore, and states the policy's validity with an
// injected clock.
//
// It imports no adapter: Telegram, Redis and Bleve are on the far side of
// the Answerer and SessionStore interfaces declared here, and a Reply is
// plain structured text that each front end renders its own way.
package dialog
