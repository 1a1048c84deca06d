// Package bot is the Telegram front end. It turns Telegram updates into
// dialog.Inputs and dialog.Replies into Bot API calls, and adds what a bot on
// Telegram needs and the dialog engine should not know about: one chat's
// updates handled in order, redelivered updates handled once, per-chat flood
// control, retries on HTTP 429 and server errors, HTML escaping and message
// splitting, panic recovery, and relaying hand-offs to staff.
//
// It uses github.com/go-telegram/bot, imported as tgbot, for the API calls
// and long polling; webhook requests are read by this package so that a
// wrong secret is refused with 401 and an update is acknowledged only after
// it was handled.
package bot
