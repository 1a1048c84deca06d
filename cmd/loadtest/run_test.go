package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"testing"
)

// TestMain lets the test binary stand in for loadtest when it starts the
// echo bot as a child process.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == "echo-bot" {
		if err := run(context.Background(), os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestEchoRun runs the whole measurement briefly against the echo bot: the
// table comes out with a row for it.
func TestEchoRun(t *testing.T) {
	var out bytes.Buffer
	err := run(context.Background(), []string{"-targets", "echo", "-duration", "300ms", "-rate-duration", "300ms", "-chats", "4", "-rate", "50"},
		func(string) string { return "" }, &out, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "| echo | ") {
		t.Errorf("no echo row:\n%s", out.String())
	}
}
