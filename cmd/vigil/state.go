package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/pipeline"
)

// stateFile is what vigil keeps across restarts: the rules engine (windows,
// per-series state, detector baselines, alert states) and what the
// dispatcher has told each receiver, so a restart neither relearns every
// baseline nor pages again.
//
// Offsets are the Kafka offsets the rules' state covers (docs/architecture.md §1,
// exactly-once into state): after a restart, events at those offsets are
// indexed again but not counted again.
type stateFile struct {
	Version  int               `json:"version"`
	SavedAt  time.Time         `json:"saved_at"`
	Rules    []byte            `json:"rules"`
	Alerting []byte            `json:"alerting,omitempty"`
	Offsets  pipeline.Coverage `json:"offsets,omitempty"`
	// Silences are those added through the API. They are tied to no
	// offset: saved at every checkpoint and, between checkpoints, at each
	// change (saveSilences), with the rest of the file as it was.
	Silences []alerting.SilenceInfo `json:"silences,omitempty"`
}

const stateVersion = 1

// saveState writes the stack's state to path atomically (a temporary file
// renamed over it), so a crash mid-write leaves the previous state. With
// alerts false only the rules' state is kept (a backfill notified nobody).
// cov is what the rules' state covers; the caller must not let events be
// evaluated between taking cov and this call.
func (s *stack) saveState(path string, alerts bool, cov pipeline.Coverage) error {
	if path == "" {
		return nil
	}
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	st := stateFile{Version: stateVersion, SavedAt: time.Now().UTC(), Offsets: cov}
	var err error
	st.Rules, err = s.eval.Snapshot()
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	if alerts && s.disp != nil {
		if st.Alerting, err = s.disp.Snapshot(); err != nil {
			return fmt.Errorf("state: %w", err)
		}
		st.Silences = s.disp.RuntimeSilences()
	}
	if err := writeStateFile(path, &st); err != nil {
		return err
	}
	s.checkpointAt.Store(st.SavedAt.UnixNano())
	// The checkpoint now covers the notification log's records up to its
	// snapshot: the log can drop the old ones. A failed compaction leaves
	// the log as it was, which is safe.
	if alerts && s.disp != nil {
		if err := s.disp.CompactLog(); err != nil {
			s.log.Error().Err(err).Msg("compacting the notification log; it keeps its records")
		}
	}
	return nil
}

// saveSilences writes the API's silences into the state file at path now,
// keeping the rest of the file as the last checkpoint wrote it (a file not
// written yet holds only them until the first checkpoint), so that a
// silence survives a crash before the next checkpoint.
func (s *stack) saveSilences(path string) error {
	if path == "" || s.disp == nil {
		return nil
	}
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	st := stateFile{Version: stateVersion}
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("state: %w", err)
	default:
		if err := json.Unmarshal(b, &st); err != nil {
			return fmt.Errorf("state %s: %w", path, err)
		}
		if st.Version != stateVersion {
			return fmt.Errorf("state %s: version %d, this vigil writes %d", path, st.Version, stateVersion)
		}
	}
	st.Silences = s.disp.RuntimeSilences()
	if st.SavedAt.IsZero() {
		st.SavedAt = time.Now().UTC()
	}
	return writeStateFile(path, &st)
}

// lastCheckpoint is when the state was last saved (false: not yet).
func (s *stack) lastCheckpoint() (time.Time, bool) {
	n := s.checkpointAt.Load()
	if n == 0 {
		return time.Time{}, false
	}
	return time.Unix(0, n), true
}

// writeStateFile writes st to path atomically (a temporary file renamed
// over it, synced, the directory too).
func writeStateFile(path string, st *stateFile) error {
	b, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".vigil-state-*")
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("state: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("state: %w", err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("state: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("state: %w", err)
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil { // make the rename durable
		d.Sync()
		d.Close()
	}
	return nil
}

// nflogPath is where the notification log of the state at statePath is
// kept: alerting.nflog_file, or the state file's path with ".nflog"
// appended; "" without a state file.
func (s *stack) nflogPath(statePath string) string {
	if statePath == "" {
		return ""
	}
	if s.cfg.Alerting.NflogFile != "" {
		return s.cfg.Alerting.NflogFile
	}
	return statePath + ".nflog"
}

// openNflog attaches the notification log to the dispatcher and replays
// it over the state loadState restored (call it right after loadState,
// before anything is evaluated): what each receiver was told since the
// last checkpoint is not told again. Without a state file there is none.
func (s *stack) openNflog(statePath string) error {
	path := s.nflogPath(statePath)
	if path == "" || s.disp == nil {
		return nil
	}
	if _, err := s.disp.OpenLog(path); err != nil {
		return fmt.Errorf("state: %w", err)
	}
	return nil
}

// stateCheckpoint is the pipeline's checkpoint in the state file at path:
// the rules' state and the dispatcher's, with the offsets they cover, and
// the notification log beside it.
type stateCheckpoint struct {
	st   *stack
	path string
}

// Restore loads the state file and replays the notification log over it.
func (c stateCheckpoint) Restore() (pipeline.Coverage, bool, error) {
	restored, cov, err := c.st.loadState(c.path)
	if err != nil {
		return nil, false, err
	}
	if err := c.st.openNflog(c.path); err != nil {
		return nil, false, err
	}
	return cov, restored, nil
}

// Save writes the state file, covering cov.
func (c stateCheckpoint) Save(cov pipeline.Coverage) error { return c.st.saveState(c.path, true, cov) }

// loadState restores the stack from path and returns the offsets the
// restored state covers; a missing file is a fresh start (restored false).
// Rules whose definition changed since the state was saved start afresh.
func (s *stack) loadState(path string) (restored bool, cov pipeline.Coverage, err error) {
	if path == "" {
		return false, nil, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil, nil
	}
	if err != nil {
		return false, nil, fmt.Errorf("state: %w", err)
	}
	var st stateFile
	if err := json.Unmarshal(b, &st); err != nil {
		return false, nil, fmt.Errorf("state %s: %w", path, err)
	}
	if st.Version != stateVersion {
		return false, nil, fmt.Errorf("state %s: version %d, this vigil reads %d", path, st.Version, stateVersion)
	}
	if s.disp != nil && len(st.Silences) > 0 {
		if err := s.disp.RestoreSilences(st.Silences); err != nil {
			s.log.Warn().Err(err).Str("state", path).Msg("some silences were not restored")
		}
	}
	if len(st.Rules) == 0 {
		// Only the API's silences were saved: no checkpoint yet.
		return false, nil, nil
	}
	if err := s.eval.Restore(st.Rules); err != nil {
		return false, nil, fmt.Errorf("state %s: %w", path, err)
	}
	if s.disp != nil && len(st.Alerting) > 0 {
		if err := s.disp.Restore(st.Alerting); err != nil {
			return false, nil, fmt.Errorf("state %s: %w", path, err)
		}
	}
	return true, st.Offsets, nil
}
