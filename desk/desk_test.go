package desk

import (
	"os/exec"
	"strings"
	"testing"
)

func TestDeskImportsNoAdapter(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"bleve", "go-redis", "go-telegram", "/knowledge", "/bot", "/dialog"} {
			if strings.Contains(dep, banned) {
				t.Errorf("desk depends on %s", dep)
			}
		}
	}
}
