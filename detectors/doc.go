// Package detectors implements streaming, self-calibrating baseline anomaly
// detectors for vigil's metric series (error ratios, 429 ratios, sync delays,
// event rates...).
//
// A Detector consumes one observation at a time in event time and returns a
// Result: an anomaly score in [0, 1] that orders points by how surprising they
// are, the expected value and range, and a decision (Anomalous) made with
// warm-up, minimum-volume and minimum-change guards and hysteresis. Detectors
// learn everything they need online: no per-series tuning, no look-ahead.
// State is small (well under 2 KB per series) and can be checkpointed with
// MarshalBinary and restored with UnmarshalBinary; a restored detector makes
// exactly the same decisions as one that was never interrupted.
//
// The package is pure computation: it does no I/O except ScoreCSV, which
// scores a `timestamp,value` CSV stream.
package detectors
