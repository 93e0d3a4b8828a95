package main

import (
	"fmt"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/sinks/elasticsearch"
)

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		var esURL string
		cmd := &cobra.Command{
			Use:   "setup [-c vigil.yaml]",
			Short: "Install the Elasticsearch index template (and lifecycle policy, when configured)",
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				cfg, err := g.loadConfig()
				if err != nil {
					return err
				}
				es := cfg.Elasticsearch
				if esURL != "" {
					es.URLs = []string{esURL}
				}
				log := newLogger(g.stderr, cfg.Log.Level, cfg.Log.Format, nil).Level(zerolog.WarnLevel)
				ix, err := elasticsearch.New(es, log)
				if err != nil {
					return err
				}
				defer closeWithin(5*time.Second, ix.Close)
				if err := ix.Setup(cmd.Context()); err != nil {
					return fmt.Errorf("setup: %w", err)
				}
				ec := ix.Config()
				fmt.Fprintf(g.stdout, "installed index template %q for %s\n", ec.TemplateName, elasticsearch.IndexPattern(ec.Index))
				return nil
			},
		}
		cmd.Flags().StringVar(&esURL, "es-url", "", "Elasticsearch URL (overrides the config)")
		return cmd
	})
}
