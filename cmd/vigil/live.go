package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/pipeline/kafka"
)

// liveParts are what a live pipeline (demo or run) consumes and feeds.
type liveParts struct {
	source *kafka.Source
	index  pipeline.Indexer
	// closeIndex flushes the index; every document it holds is then done.
	closeIndex func(ctx context.Context) error
	dlq        pipeline.DeadLetters
	// clock is event time now (wall time, or simulated time in the demo).
	clock func() time.Time
	// status, when set, receives a status line every statusEvery.
	status      io.Writer
	statusEvery time.Duration
	// extra adds to the status line (the demo's simulated time).
	extra func() string
	// until, when set, is polled with the pipeline's counters; once it
	// reports true the pipeline stops as if ctx had ended.
	until func(pipeline.Stats) bool
	// started, when set, is given the pipeline before it runs (the API
	// reads it and adds vigil's self-checks to it).
	started func(p *pipeline.Pipeline)
}

// runLive runs the pipeline until ctx ends, then shuts down in order: stop
// fetching, flush the index (acknowledging what it stored), save the state
// with the offsets it covers, commit the acknowledged offsets, and flush the
// alerts.
//
// With a state file, state is exactly-once (docs/architecture.md §1): every checkpoint
// saves the rules' state with the offsets it covers, and the source commits
// no partition beyond its last checkpoint's coverage. After a crash the
// events since are delivered again; those the restored state covers are
// indexed again but not counted again.
func (g *globals) runLive(ctx context.Context, st *stack, lp liveParts) (pipeline.Stats, error) {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	statePath := st.cfg.Pipeline.StateFile
	restored, covered, err := st.loadState(statePath)
	if err != nil {
		return pipeline.Stats{}, err
	}
	if restored {
		st.log.Info().Str("state", statePath).Int("partitions", len(covered)).Msg("baselines and alert states restored")
	}
	if err := st.openNflog(statePath); err != nil {
		return pipeline.Stats{}, err
	}
	pcfg := pipeline.Config{
		Workers: st.cfg.Pipeline.Workers, QueueSize: st.cfg.Pipeline.QueueSize, Mapping: st.cfg.Fields,
		IndexName: indexNamer(st.cfg.Elasticsearch), Lateness: st.cfg.Pipeline.AllowedLateness,
		Clock: lp.clock, PerPartition: true, SelfAlertAfter: st.cfg.Pipeline.SelfAlertAfter, Log: st.log,
	}
	checkpoint := func(cov pipeline.Coverage) error {
		if err := st.saveState(statePath, true, cov); err != nil {
			return err
		}
		allowCommits(lp.source, cov)
		return nil
	}
	if statePath != "" {
		lp.source.HoldCommits()
		pcfg.Covered, pcfg.Checkpoint, pcfg.CheckpointEvery = covered, checkpoint, st.cfg.Pipeline.StateEvery
	}
	p, err := pipeline.New(pcfg, pipeline.Stages{Source: lp.source, Redact: st.red, Index: lp.index, DLQ: lp.dlq, Eval: st.eval, Alerts: st.disp})
	if err != nil {
		return pipeline.Stats{}, err
	}
	if lp.started != nil {
		lp.started(p)
	}

	if lp.until != nil {
		go func() {
			t := time.NewTicker(100 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
					if lp.until(p.Stats()) {
						stop()
						return
					}
				}
			}
		}()
	}

	stopStatus := make(chan struct{})
	statusDone := make(chan struct{})
	go func() {
		defer close(statusDone)
		if lp.status == nil {
			return
		}
		t := time.NewTicker(lp.statusEvery)
		defer t.Stop()
		last, lastAt := int64(0), time.Now()
		for {
			select {
			case <-stopStatus:
				return
			case now := <-t.C:
				s := p.Stats()
				rate := float64(s.Decoded-last) / now.Sub(lastAt).Seconds()
				last, lastAt = s.Decoded, now
				extra := ""
				if lp.extra != nil {
					extra = lp.extra() + "  "
				}
				var lag int64
				for _, ps := range lp.source.Stats().Partitions {
					lag += max(ps.Lag, 0)
				}
				fmt.Fprintf(lp.status, "%s%7.0f events/s  events %d  indexed %d  dead-lettered %d  lag %d  alerts %d\n",
					extra, rate, s.Decoded, s.Indexed, s.DeadLettered, lag, s.Alerts)
			}
		}
	}()

	runErr := p.Run(ctx)
	close(stopStatus)
	<-statusDone
	if err := closeWithin(30*time.Second, lp.closeIndex); err != nil {
		st.log.Error().Err(err).Msg("closing the index")
	}
	p.Wait()
	// Nothing is evaluated any more: the final checkpoint, then the commit
	// it allows.
	final := p.Coverage()
	if statePath != "" {
		if err := checkpoint(final); err != nil {
			st.log.Error().Err(err).Msg("saving state; offsets since the last checkpoint stay uncommitted")
		}
	}
	if err := lp.source.Close(); err != nil {
		st.log.Error().Err(err).Msg("committing offsets")
	}
	if err := closeWithin(30*time.Second, st.disp.Close); err != nil {
		st.log.Error().Err(err).Msg("flushing alerts")
	}
	// Again with the alert states as flushed; the rules' state is unchanged.
	if err := st.saveState(statePath, true, final); err != nil {
		st.log.Error().Err(err).Msg("saving state")
	}
	if errors.Is(runErr, context.Canceled) || errors.Is(runErr, context.DeadlineExceeded) {
		runErr = nil
	}
	return p.Stats(), runErr
}

// allowCommits lets the source commit each partition up to what cov covers.
func allowCommits(src *kafka.Source, cov pipeline.Coverage) {
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
		src.AllowCommits(topic, ceilings)
	}
}
