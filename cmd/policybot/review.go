package main

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/linxia-talent/policybot/corpus"
	"github.com/linxia-talent/policybot/knowledge"
	"github.com/linxia-talent/policybot/review"
)

// reviewConfig is how long the review package keeps what it keeps.
type reviewConfig struct {
	// unanswered is how long declined questions are kept (UNANSWERED_TTL),
	// verdicts how long verdict records are (VERDICT_TTL).
	unanswered, verdicts time.Duration
}

// reviewEnv reads UNANSWERED_TTL and VERDICT_TTL: a Go duration or a number
// of days (「180d」).
func reviewEnv(getenv func(string) string) (reviewConfig, error) {
	rc := reviewConfig{unanswered: 90 * 24 * time.Hour, verdicts: 180 * 24 * time.Hour}
	for _, v := range []struct {
		name string
		to   *time.Duration
	}{{"UNANSWERED_TTL", &rc.unanswered}, {"VERDICT_TTL", &rc.verdicts}} {
		s := getenv(v.name)
		if s == "" {
			continue
		}
		d, err := parseDays(s)
		if err != nil || d <= 0 {
			return rc, fmt.Errorf("%w: %s %q: want a duration such as 2160h or 90d", errUsage, v.name, s)
		}
		*v.to = d
	}
	return rc, nil
}

func parseDays(s string) (time.Duration, error) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		return time.Duration(days) * 24 * time.Hour, err
	}
	return time.ParseDuration(s)
}

// reviewParts are the review package's parts over one store: the answerer
// that wraps the index, the engine's recorder and the staff desk.
type reviewParts struct {
	answerer *review.Answerer
	recorder *review.Recorder
	desk     *review.Desk
}

// entriesFor is how long a process reuses the staff answer entries it read:
// an approval or withdrawal reaches every replica's answers within it.
const entriesFor = 5 * time.Second

func newReview(st review.Store, rc reviewConfig, c *corpus.Corpus, ix *knowledge.Index, now func() time.Time, norm func(string) string, logger *slog.Logger) reviewParts {
	cfg := review.Config{Store: st, Corpus: c, Words: ix.ContentWords, Normalize: norm, Now: now, Logger: logger, Retention: rc.unanswered,
		EntriesFor: entriesFor}
	return reviewParts{answerer: review.NewAnswerer(ix, cfg), recorder: review.NewRecorder(st, c), desk: review.NewDesk(cfg)}
}
