package main

import (
	"io"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
)

// newLogger builds vigil's own logger writing to w: console format on a
// terminal, JSON otherwise, unless the config or flags say. Every line passes
// through redactJSON (when set) while still JSON, so that logging an event or
// an error cannot leak PII whatever the output format.
func newLogger(w io.Writer, level, format string, redactJSON func(io.Writer) io.Writer) zerolog.Logger {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil || level == "" {
		lvl = zerolog.InfoLevel
	}
	if format == "" {
		format = "json"
		if f, ok := w.(interface{ Fd() uintptr }); ok && isatty.IsTerminal(f.Fd()) {
			format = "console"
		}
	}
	var out io.Writer = w
	if format == "console" {
		out = zerolog.ConsoleWriter{Out: w, TimeFormat: time.TimeOnly}
	}
	if redactJSON != nil {
		out = redactJSON(out)
	}
	// Loggers are shared by goroutines; one line is written at a time.
	return zerolog.New(zerolog.SyncWriter(out)).Level(lvl).With().Timestamp().Logger()
}
