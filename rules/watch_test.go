package rules

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/internal/await"
)

func TestWatcherReloads(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.yaml", "rules:\n  - name: one\n    severity: P1\n")
	sigs := make(chan os.Signal, 1)
	sets := make(chan *RuleSet, 4)
	errs := make(chan error, 4)
	w := &Watcher{Dir: dir, Logger: zerolog.Nop(), Signals: sigs, Debounce: 20 * time.Millisecond,
		OnError: func(err error) { errs <- err }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, func(rs *RuleSet) { sets <- rs }) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}()

	wait := func(what string) (*RuleSet, error) {
		t.Helper()
		select {
		case rs := <-sets:
			return rs, nil
		case err := <-errs:
			return nil, err
		case <-await.After(t, 5*time.Second):
			t.Fatalf("%s: no reload", what)
		}
		return nil, nil
	}
	sigs <- syscall.SIGHUP
	if rs, err := wait("signal"); err != nil || rs.Len() != 1 {
		t.Fatalf("signal reload: %v %v", rs, err)
	}
	writeFile(t, dir, "b.yaml", "rules:\n  - name: two\n    severity: P1\n    filter: 'x =='\n")
	if rs, err := wait("bad file"); err == nil {
		t.Fatalf("a bad file was applied: %d rules", rs.Len())
	}
	writeFile(t, dir, "b.yaml", "rules:\n  - name: two\n    severity: P1\n")
	for {
		// Editors may produce several events; wait for the fixed set.
		rs, err := wait("fixed file")
		if err == nil && rs.Len() == 2 {
			break
		}
	}
}
