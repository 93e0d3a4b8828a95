package rules

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/rs/zerolog"
)

// Watcher reloads a rule directory when a file below it changes or the
// process receives SIGHUP. A rule set that fails to load is refused with
// its errors and the previous one keeps running.
type Watcher struct {
	// Dir is the rule directory.
	Dir string
	// Logger receives reloads and refused rule sets.
	Logger zerolog.Logger
	// Signals triggers reloads; nil means SIGHUP.
	Signals <-chan os.Signal
	// Debounce groups a burst of file events into one reload (default 250ms).
	Debounce time.Duration
	// OnError, when set, also receives each refused load's error.
	OnError func(error)
	// Options apply to every load (e.g. WithPresets).
	Options []LoadOption
}

// Run watches until ctx is done. It calls apply with every rule set that
// loads; apply runs on the watcher's goroutine, so an engine driven by
// another goroutine should receive the set through a channel and call
// Engine.Reload itself.
func (w *Watcher) Run(ctx context.Context, apply func(*RuleSet)) error {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("rules: watching %s: %w", w.Dir, err)
	}
	defer fw.Close()
	if err := addTree(fw, w.Dir); err != nil {
		return fmt.Errorf("rules: watching %s: %w", w.Dir, err)
	}
	sigs := w.Signals
	if sigs == nil {
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, syscall.SIGHUP)
		defer signal.Stop(ch)
		sigs = ch
	}
	debounce := w.Debounce
	if debounce <= 0 {
		debounce = 250 * time.Millisecond
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	reload := func(why string) {
		rs, err := LoadDir(w.Dir, w.Options...)
		if err != nil {
			w.Logger.Error().Str("dir", w.Dir).Str("trigger", why).Err(err).Msg("rule reload refused; the previous rules keep running")
			if w.OnError != nil {
				w.OnError(err)
			}
			return
		}
		w.Logger.Info().Str("dir", w.Dir).Str("trigger", why).Int("rules", rs.Len()).Msg("rules loaded")
		apply(rs)
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-sigs:
			reload("signal")
		case ev, ok := <-fw.Events:
			if !ok {
				return nil
			}
			if ev.Op&fsnotify.Create != 0 {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					_ = addTree(fw, ev.Name)
				}
			}
			if isRuleFile(ev.Name) || ev.Op&(fsnotify.Remove|fsnotify.Rename|fsnotify.Create) != 0 {
				timer.Reset(debounce)
			}
		case err, ok := <-fw.Errors:
			if !ok {
				return nil
			}
			w.Logger.Warn().Err(err).Msg("rule directory watch error")
		case <-timer.C:
			reload("file change")
		}
	}
}

func isRuleFile(name string) bool {
	ext := filepath.Ext(name)
	return (ext == ".yaml" || ext == ".yml") && !strings.HasPrefix(filepath.Base(name), ".")
}

// addTree watches dir and its subdirectories.
func addTree(fw *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return fw.Add(p)
		}
		return nil
	})
}
