// Package layering checks, in a package's own tests, that a domain package
// depends on no adapter: the house rule that dialog, desk and review know
// nothing of Telegram, Redis or Bleve.
package layering

import (
	"os/exec"
	"strings"
	"testing"
)

// Adapters are the dependencies no domain package may have.
var Adapters = []string{"bleve", "go-redis", "go-telegram", "/knowledge", "/bot"}

// NoDeps fails t when the package in the current directory depends,
// directly or not, on a package whose path contains one of banned.
func NoDeps(t testing.TB, banned ...string) {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, b := range banned {
			if strings.Contains(dep, b) {
				t.Errorf("depends on %s (contains %q)", dep, b)
			}
		}
	}
}
