// Command healthcheck asks a URL for 200, for container health checks in an
// image that has no shell, curl or wget: healthcheck http://127.0.0.1:9090/healthz
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stderr); err != nil {
		os.Exit(1)
	}
}

// run fetches the one URL in args and fails unless it answers 200 within
// three seconds.
func run(ctx context.Context, args []string, stderr io.Writer) error {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: healthcheck URL")
		return fmt.Errorf("usage")
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, args[0], nil)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintln(stderr, "status", resp.StatusCode)
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return nil
}
