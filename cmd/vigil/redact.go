package main

import (
	"bufio"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		return &cobra.Command{
			Use:   "redact [-c vigil.yaml]",
			Short: "Redact NDJSON from stdin to stdout; per-kind counts on stderr",
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				cfg, err := g.loadConfig()
				if err != nil {
					return err
				}
				r, err := redact.New(cfg.Redact.WithDefaults())
				if err != nil {
					return &exitCodeError{code: exitUsage, err: err}
				}
				w := bufio.NewWriterSize(g.stdout, 1<<16)
				st, err := redact.Stream(g.stdin, w, r, event.NewDecoder(cfg.Fields))
				if ferr := w.Flush(); err == nil {
					err = ferr
				}
				fmt.Fprintf(g.stderr, "vigil redact: %s\n", st)
				return err
			},
		}
	})
}
