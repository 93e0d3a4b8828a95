package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
	"github.com/vigilops/vigil/sinks/alerthistory"
	"github.com/vigilops/vigil/sinks/elasticsearch"
)

// The alert history (alerting.history, sinks/alerthistory), when enabled:
// the live commands (run, demo) write it to Elasticsearch when they index
// there, else to the history file; vigil alerts test records its test
// alerts in Elasticsearch when elasticsearch.urls is set, else in the
// file; replay, eval and backfill, which tell no real receiver, record
// none.

// historyWriter is an alert history writer.
type historyWriter interface {
	alerting.History
	Close(ctx context.Context) error
	Stats() alerthistory.Stats
}

// historyHook is the dispatcher's alerting.History: it hands the records
// to the writer the live command started (startHistory). Until then, and
// in the commands that start none, the dispatcher has told no receiver
// anything worth recording, and the records are not kept.
type historyHook struct {
	w atomic.Pointer[historyBox]
}

type historyBox struct{ w historyWriter }

// Record implements alerting.History.
func (h *historyHook) Record(recs []alerting.HistoryRecord) {
	if b := h.w.Load(); b != nil {
		b.w.Record(recs)
	}
}

// writer returns the started writer, or nil.
func (h *historyHook) writer() historyWriter {
	if h == nil {
		return nil
	}
	if b := h.w.Load(); b != nil {
		return b.w
	}
	return nil
}

// historyFile is alerting.history.file, by default beside the local index
// in pipeline.data_dir.
func historyFile(cfg *config.Config) string {
	if f := cfg.Alerting.History.File; f != "" {
		return f
	}
	return filepath.Join(cfg.Pipeline.DataDir, alerting.DefaultHistoryFileName)
}

// openHistory opens the history writer of cfg: Elasticsearch (the cluster
// of es, spilling to file) when es is set, else file. Nil when
// alerting.history.enabled is false.
func openHistory(cfg *config.Config, es *elasticsearch.Config, file string, log zerolog.Logger) (historyWriter, error) {
	h := cfg.Alerting.History
	if !h.On() {
		return nil, nil
	}
	if es != nil {
		w, err := alerthistory.NewElasticsearch(*es, alerthistory.Options{
			IndexPrefix: h.Prefix(), BufferSize: h.BufferSize, SpillFile: file, SyncEvery: h.SyncEvery,
			LifecyclePolicy: es.LifecyclePolicy, Log: log,
		})
		if err != nil {
			return nil, err
		}
		return w, nil
	}
	w, err := alerthistory.NewFile(alerthistory.FileOptions{Path: file, BufferSize: h.BufferSize, SyncEvery: h.SyncEvery, Log: log})
	if err != nil {
		return nil, fmt.Errorf("alerting.history.file: %w", err)
	}
	return w, nil
}

// startHistory opens the history writer of a live command and hands it
// to the dispatcher: Elasticsearch when the command indexes there (its
// index template is installed first, as the log indexer's), else the file,
// by default beside the local index (the demo's --data-dir).
func (st *stack) startHistory(ctx context.Context, index any) error {
	if st.hist == nil {
		return nil
	}
	var es *elasticsearch.Config
	file := historyFile(st.cfg)
	switch ix := index.(type) {
	case *elasticsearch.Indexer:
		c := ix.Config()
		es = &c
	case interface{ Dir() string }: // the local index, DATA_DIR/index
		if st.cfg.Alerting.History.File == "" {
			file = filepath.Join(filepath.Dir(ix.Dir()), alerting.DefaultHistoryFileName)
		}
	}
	log := st.log.With().Str("component", "alert-history").Logger()
	w, err := openHistory(st.cfg, es, file, log)
	if err != nil || w == nil {
		return err
	}
	if esw, ok := w.(*alerthistory.Elasticsearch); ok {
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := esw.Setup(sctx)
		cancel()
		if err != nil {
			log.Warn().Err(err).Msg("alert history: index template not installed (vigil setup installs it); writing anyway")
		}
	}
	st.hist.w.Store(&historyBox{w: w})
	return nil
}

// closeHistory flushes and closes the history writer, after the
// dispatcher (its last notifications are recorded).
func (st *stack) closeHistory() {
	w := st.hist.writer()
	if w == nil {
		return
	}
	if err := closeWithin(30*time.Second, w.Close); err != nil {
		st.log.Error().Err(err).Msg("closing the alert history")
	}
}

// historyStats reads the history writer's counters for /metrics.
func (st *stack) historyStats() (alerthistory.Stats, bool) {
	w := st.hist.writer()
	if w == nil {
		return alerthistory.Stats{}, false
	}
	return w.Stats(), true
}

// setupAlertHistory installs the history's index template (vigil setup),
// silently: setup's output is one line per object it reports.
func (g *globals) setupAlertHistory(ctx context.Context, cfg *config.Config, es elasticsearch.Config, log zerolog.Logger) error {
	h := cfg.Alerting.History
	if !h.On() {
		return nil
	}
	w, err := alerthistory.NewElasticsearch(es, alerthistory.Options{IndexPrefix: h.Prefix(), LifecyclePolicy: es.LifecyclePolicy, Log: log})
	if err != nil {
		return err
	}
	defer closeWithin(5*time.Second, w.Close)
	if err := w.Setup(ctx); err != nil {
		return fmt.Errorf("setup: %w", err)
	}
	return nil
}
