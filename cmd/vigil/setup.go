package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/config"
	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/kibana"
)

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		var esURL, kibanaURL string
		var skipKibana bool
		cmd := &cobra.Command{
			Use:   "setup [-c vigil.yaml]",
			Short: "Install the Elasticsearch index template (and lifecycle policy), then the Kibana data views and dashboard",
			Long: `setup installs the Elasticsearch index template (and lifecycle policy, when
configured). Then, when a Kibana URL is configured (kibana.url, else
alerting.kibana_url) or given with --kibana-url, it creates the Kibana data
view of the logs (the one the alerts' Discover links open), the data view of
the alert history (vigil-alerts-*) and imports the overview dashboard,
printing one line per object: created, unchanged or updated. Run again, it
changes nothing.`,
			Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				cfg, err := g.loadConfig()
				if err != nil {
					return err
				}
				kcfg, err := kibanaSetupConfig(cfg, kibanaURL)
				if err != nil {
					return &exitCodeError{code: exitUsage, err: err}
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
				if err := g.setupAlertHistory(cmd.Context(), cfg, es, log); err != nil {
					return err
				}

				switch {
				case skipKibana:
					return nil
				case kcfg.URL == "":
					fmt.Fprintln(g.stderr, "kibana: no URL (kibana.url, alerting.kibana_url or --kibana-url): data views and dashboard not installed")
					return nil
				}
				kc, err := kibana.New(kcfg)
				if err != nil {
					return fmt.Errorf("setup: %w", err)
				}
				err = kc.Setup(cmd.Context(), func(r kibana.Result) { fmt.Fprintln(g.stdout, r.String()) })
				if err != nil {
					return fmt.Errorf("setup: Kibana at %s: %w", kcfg.URL, err)
				}
				return nil
			},
		}
		cmd.Flags().StringVar(&esURL, "es-url", "", "Elasticsearch URL (overrides the config)")
		cmd.Flags().StringVar(&kibanaURL, "kibana-url", "", "Kibana URL (overrides kibana.url and alerting.kibana_url)")
		cmd.Flags().BoolVar(&skipKibana, "skip-kibana", false, "install only the Elasticsearch index template, not the Kibana data views and dashboard")
		return cmd
	})
}

// kibanaSetupConfig is the kibana section with its defaults from the
// other sections: the URL from alerting.kibana_url, the logs data view's id
// from alerting.data_view (else its title), its title the index pattern of
// elasticsearch.index; flagURL, when set, wins.
func kibanaSetupConfig(cfg *config.Config, flagURL string) (kibana.Config, error) {
	k := cfg.Kibana
	if flagURL != "" {
		probe := kibana.Config{URL: flagURL}
		if errs := probe.ValidateAt("kibana"); len(errs) > 0 {
			msg := errors.Join(errs...).Error()
			return k, fmt.Errorf("--kibana-url: %s", strings.TrimPrefix(msg, "kibana.url: "))
		}
		k.URL = flagURL
	}
	return k.WithDefaults(kibana.Defaults{
		URL:       cfg.Alerting.KibanaURL,
		LogsID:    cfg.Alerting.DataView,
		LogsTitle: elasticsearch.IndexPattern(esIndex(cfg.Elasticsearch)),
	}), nil
}
