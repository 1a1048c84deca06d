// Command policybot is the Linxia talent-policy assistant: a terminal chat,
// a one-shot question, and (with a bot token) the Telegram bot.
//
//	policybot chat                 talk in the terminal (in-memory session)
//	policybot ask [--json] 问题     answer one question and exit
//	policybot serve                run the Telegram bot
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "policybot:", err)
		os.Exit(1)
	}
}
