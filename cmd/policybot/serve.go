package main

import (
	"context"
	"errors"
	"flag"
	"log/slog"
	"time"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/knowledge"
)

// serveConfig is the Telegram bot's configuration.
type serveConfig struct {
	token string
}

func serveFlags(fs *flag.FlagSet, getenv func(string) string) *serveConfig {
	return &serveConfig{token: getenv("TELEGRAM_BOT_TOKEN")}
}

func serve(ctx context.Context, cfg *serveConfig, c *corpus.Corpus, ix *knowledge.Index, now func() time.Time, logger *slog.Logger) error {
	return errors.New("serve: the Telegram front end is not built yet (issue 4)")
}
