package desk

import (
	"testing"

	"github.com/linxia-talent/policybot/internal/layering"
)

func TestDeskImportsNoAdapter(t *testing.T) {
	layering.NoDeps(t, append(layering.Adapters, "/dialog")...)
}
