package pipeline

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package's tests when a goroutine outlives them: a
// pipeline, source, indexer or test helper that does not stop when it is
// told to.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
