package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/detectors"
)

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		var name string
		cmd := &cobra.Command{
			Use:   "score -detector NAME",
			Short: "Score a CSV series: timestamp,value on stdin, timestamp,value,anomaly_score on stdout",
			Long: `score runs one detector over a CSV series, streaming and without look-ahead:
each row's anomaly score uses that row and the rows before it only. The
detector's configuration is the same for every series.

Detectors: ` + strings.Join(detectors.Names(), ", "),
			Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				d, err := detectors.New(name, detectors.Default())
				if err != nil {
					return &exitCodeError{code: exitUsage, err: err}
				}
				w := bufio.NewWriterSize(g.stdout, 1<<16)
				if err := detectors.ScoreCSV(g.stdin, w, d); err != nil {
					return fmt.Errorf("score: %w", err)
				}
				return w.Flush()
			},
		}
		cmd.Flags().StringVar(&name, "detector", "default", "detector name")
		return cmd
	})
}
