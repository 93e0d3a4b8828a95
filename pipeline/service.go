package pipeline

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"time"
)

// Checkpointer keeps the evaluator's state, and what the alerting told
// whom, together with the coverage that state reflects: the heart of
// exactly-once into state (docs/architecture.md §1). After a restart,
// events at covered offsets are indexed again but not evaluated again.
type Checkpointer interface {
	// Restore loads the last checkpoint into the evaluator (and the
	// alerting) and returns the coverage it reflects; ok is false on a
	// fresh start. An error stops the start: a state that cannot be read
	// is not silently replaced by an empty one.
	Restore() (cov Coverage, ok bool, err error)
	// Save writes a checkpoint of the state as it is now, which reflects
	// cov. The pipeline calls it only while no event is being evaluated.
	Save(cov Coverage) error
}

// CommitGate is a source that commits offsets only as far as it is
// allowed: once told to hold, it commits no partition beyond the ceiling
// given last (Kafka's committed offset, the next one to read). The Kafka
// source implements it.
type CommitGate interface {
	HoldCommits()
	AllowCommits(topic string, ceilings map[int]int64)
}

// DefaultShutdownTimeout bounds each flush of a Service's shutdown.
const DefaultShutdownTimeout = 30 * time.Second

// Service runs a pipeline for as long as its context lasts, with the
// checkpoints and the shutdown that make its guarantees hold:
//
//   - Start: the checkpoint is restored (State), and a source that is a
//     CommitGate is told to hold its commits.
//   - Every Config.CheckpointEvery: the evaluator's state is saved with the
//     coverage it reflects, then the source may commit up to it, never
//     beyond: a crash replays at most what the last checkpoint does not
//     cover, and counts none of it twice.
//   - Stop (ctx ends, or a finite source is exhausted): fetching stops and
//     what was fetched is drained; the index is flushed, so every document
//     it held is done and acknowledged; the final checkpoint is saved and
//     the commits it allows are made as the source closes; the alerts are
//     flushed; and the state is saved once more with the alerts as flushed
//     (the evaluator's state is unchanged by then).
//
// A failing flush or save at shutdown is logged, not fatal: what it did
// not cover stays uncommitted and is delivered again.
type Service struct {
	Config Config
	Stages Stages
	// State, when set, makes state exactly-once (see Checkpointer);
	// without it nothing is restored or saved and the source commits what
	// is acknowledged.
	State Checkpointer
	// CloseIndex flushes and closes the index; once it returns every
	// document it held is done (nil: nothing to flush).
	CloseIndex func(ctx context.Context) error
	// CloseSource stops the source and makes its last commits.
	CloseSource func() error
	// CloseAlerts flushes the alerts still to be notified.
	CloseAlerts func(ctx context.Context) error
	// Started, when set, is given the pipeline before it runs (the API
	// reads it; vigil's self-checks are added to it).
	Started func(p *Pipeline)
	// ShutdownTimeout bounds each flush (default DefaultShutdownTimeout).
	ShutdownTimeout time.Duration
}

// Run runs the service until ctx ends or the source is exhausted, then
// shuts it down in order, and returns the pipeline's counters. A cancelled
// ctx is a normal stop, not an error.
func (s Service) Run(ctx context.Context) (Stats, error) {
	cfg := s.Config
	log := cfg.Log
	var checkpoint func(Coverage) error
	if s.State != nil {
		covered, ok, err := s.State.Restore()
		if err != nil {
			return Stats{}, fmt.Errorf("pipeline: restoring the checkpoint: %w", err)
		}
		if ok {
			log.Info().Int("partitions", len(covered)).Msg("baselines and alert states restored")
		}
		gate, _ := s.Stages.Source.(CommitGate)
		if gate != nil {
			gate.HoldCommits()
		}
		checkpoint = func(cov Coverage) error {
			if err := s.State.Save(cov); err != nil {
				return err
			}
			if gate != nil {
				allowCommits(gate, cov)
			}
			return nil
		}
		cfg.Covered, cfg.Checkpoint = covered, checkpoint
	}
	p, err := New(cfg, s.Stages)
	if err != nil {
		return Stats{}, err
	}
	if s.Started != nil {
		s.Started(p)
	}

	runErr := p.Run(ctx)
	timeout := cmp.Or(s.ShutdownTimeout, DefaultShutdownTimeout)
	if s.CloseIndex != nil {
		if err := closeWithin(timeout, s.CloseIndex); err != nil {
			log.Error().Err(err).Msg("closing the index")
		}
	}
	p.Wait()
	// Nothing is evaluated any more: the final checkpoint, then the commit
	// it allows.
	final := p.Coverage()
	if checkpoint != nil {
		if err := checkpoint(final); err != nil {
			log.Error().Err(err).Msg("saving state; offsets since the last checkpoint stay uncommitted")
		}
	}
	if s.CloseSource != nil {
		if err := s.CloseSource(); err != nil {
			log.Error().Err(err).Msg("committing offsets")
		}
	}
	if s.CloseAlerts != nil {
		if err := closeWithin(timeout, s.CloseAlerts); err != nil {
			log.Error().Err(err).Msg("flushing alerts")
		}
	}
	if s.State != nil {
		// Again with the alert states as flushed; the rules' state is
		// unchanged, and so is what it covers.
		if err := s.State.Save(final); err != nil {
			log.Error().Err(err).Msg("saving state")
		}
	}
	if errors.Is(runErr, context.Canceled) || errors.Is(runErr, context.DeadlineExceeded) {
		runErr = nil
	}
	return p.Stats(), runErr
}

// allowCommits lets the source commit each partition up to what cov
// covers (Below: every offset under it is reflected in the saved state).
func allowCommits(gate CommitGate, cov Coverage) {
	byTopic := map[string]map[int]int64{}
	for _, pc := range cov {
		if pc.Below < 0 {
			continue
		}
		if byTopic[pc.Topic] == nil {
			byTopic[pc.Topic] = map[int]int64{}
		}
		byTopic[pc.Topic][pc.Partition] = pc.Below
	}
	for topic, ceilings := range byTopic {
		gate.AllowCommits(topic, ceilings)
	}
}

// closeWithin calls close with a context that ends after d.
func closeWithin(d time.Duration, close func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return close(ctx)
}
