package main

import (
	"context"
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
	// cluster, when set, is cluster mode's evaluation (cluster.go): stage
	// one evaluates and checkpoints, stage two stops before the alerts
	// are flushed.
	cluster *clusterRun
}

// runLive runs the live pipeline (pipeline.Service: restore, checkpoints,
// ordered shutdown) until ctx ends, with the stack's state file as its
// checkpoint when one is configured, and the status line and stop condition
// of the command that asked.
func (g *globals) runLive(ctx context.Context, st *stack, lp liveParts) (pipeline.Stats, error) {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	svc := pipeline.Service{
		Config: pipeline.Config{
			Workers: st.cfg.Pipeline.Workers, QueueSize: st.cfg.Pipeline.QueueSize, Mapping: st.cfg.Fields,
			IndexName: indexNamer(st.cfg.Elasticsearch), Lateness: st.cfg.Pipeline.AllowedLateness,
			Clock: lp.clock, PerPartition: true, SelfAlertAfter: st.cfg.Pipeline.SelfAlertAfter,
			CheckpointEvery: st.cfg.Pipeline.StateEvery, Log: st.log,
		},
		Stages:      pipeline.Stages{Source: lp.source, Redact: st.red, Index: lp.index, DLQ: lp.dlq, Eval: st.eval, Alerts: st.disp},
		CloseIndex:  lp.closeIndex,
		CloseSource: lp.source.Close,
		CloseAlerts: st.disp.Close,
	}
	if path := st.cfg.Pipeline.StateFile; path != "" {
		svc.State = stateCheckpoint{st: st, path: path}
	}
	if lp.cluster != nil {
		lp.cluster.wire(&svc, st)
	}
	// The alert history, closed after the dispatcher (svc.Run closes it).
	if err := st.startHistory(ctx, lp.index); err != nil {
		return pipeline.Stats{}, err
	}
	defer st.closeHistory()
	stopStatus := make(chan struct{})
	statusDone := make(chan struct{})
	svc.Started = func(p *pipeline.Pipeline) {
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
		go func() {
			defer close(statusDone)
			if lp.status != nil {
				g.printStatus(p, lp, stopStatus)
			}
		}()
	}
	defer func() {
		close(stopStatus)
		<-statusDone
	}()
	return svc.Run(ctx)
}

// printStatus writes a status line every lp.statusEvery until stop closes.
func (g *globals) printStatus(p *pipeline.Pipeline, lp liveParts, stop <-chan struct{}) {
	t := time.NewTicker(lp.statusEvery)
	defer t.Stop()
	last, lastAt := int64(0), time.Now()
	for {
		select {
		case <-stop:
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
}
