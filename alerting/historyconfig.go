package alerting

import (
	"strings"
	"time"
)

// Defaults of the alert history (HistoryConfig).
const (
	DefaultHistoryIndexPrefix = "vigil-alerts"
	DefaultHistoryFileName    = "alert-history.ndjson"
	DefaultHistoryBufferSize  = 4096
)

// HistoryConfig is alerting.history: whether and where the alert history
// goes (sinks/alerthistory). vigil run writes it to Elasticsearch, into
// daily indices IndexPrefix-YYYY.MM.DD, with File as the spill file for
// records the index cannot take; vigil demo without Elasticsearch appends
// it to File.
type HistoryConfig struct {
	// Enabled records the history (on in vigil.yaml's defaults; false: no
	// history index and no privilege beyond the log indices).
	Enabled bool `yaml:"enabled"`
	// IndexPrefix names the daily indices and the index template
	// (default vigil-alerts: indices vigil-alerts-2026.12.05).
	IndexPrefix string `yaml:"index_prefix"`
	// File is the NDJSON history file of embedded mode, and the spill file
	// of the Elasticsearch writer (default: alert-history.ndjson in
	// pipeline.data_dir).
	File string `yaml:"file"`
	// BufferSize bounds the records waiting to be written (default 4096).
	// Records beyond it go to the file instead of the index (or, for the
	// file itself, are counted as lost and logged).
	BufferSize int `yaml:"buffer_size"`
	// SyncEvery is how often the file is synced to disk (default 1s; it is
	// also synced when vigil stops).
	SyncEvery time.Duration `yaml:"sync_every"`
}

// On reports whether the history is recorded.
func (h HistoryConfig) On() bool { return h.Enabled }

// Prefix returns IndexPrefix or its default.
func (h HistoryConfig) Prefix() string {
	if h.IndexPrefix == "" {
		return DefaultHistoryIndexPrefix
	}
	return h.IndexPrefix
}

func (h HistoryConfig) validate(v *validator, at string) {
	if p := h.IndexPrefix; p != "" {
		if msg := indexPrefixProblem(p); msg != "" {
			v.add(at+".index_prefix", "%s, got %q", msg, p)
		}
	}
	if h.BufferSize < 0 {
		v.add(at+".buffer_size", "must not be negative (0: %d records)", DefaultHistoryBufferSize)
	}
	v.nonNegative(at+".sync_every", h.SyncEvery)
}

// indexPrefixProblem says what makes p unusable as the start of an
// Elasticsearch index name, or "".
func indexPrefixProblem(p string) string {
	switch {
	case strings.ToLower(p) != p:
		return "must be lowercase (an Elasticsearch index name)"
	case strings.ContainsAny(p, ` "*\<|,>/?#:`):
		return `must not contain spaces or any of "*\<|,>/?#:`
	case strings.HasPrefix(p, "-") || strings.HasPrefix(p, "_") || strings.HasPrefix(p, "+") || strings.HasPrefix(p, "."):
		return "must not start with -, _, + or ."
	case len(p) > 200:
		return "must be at most 200 characters"
	}
	return ""
}
