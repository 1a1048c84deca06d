// Command loadtest measures the Telegram front end against a bare
// go-telegram/bot echo bot, on the same fake Bot API and the same driver, in
// one run: updates per second under load, CPU and allocations per update,
// latency at a fixed rate, peak RSS, and the time to the first answer after
// start. Each bot is a separate process; serve runs with sessions in memory
// and in a real redis-server the command starts itself. Build policybot as
// the Dockerfile does, so that what is measured is what is deployed:
//
//	CGO_ENABLED=0 go build -tags ne -trimpath -ldflags="-s -w" -o /tmp/policybot ./cmd/policybot
//	go run ./cmd/loadtest -policybot /tmp/policybot
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
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// token is the bot token every process under test uses with the fake API.
const token = "123456:LOAD-test-token"
