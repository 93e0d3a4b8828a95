package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/server"
)

// vigil alerts list: the alerts a running vigil holds, from its API.

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		return groupCommand("alerts (list)", "Ask a running vigil for its alerts (through its API)",
			g.alertsListCommand(), g.alertsAckCommand(), g.alertsTestCommand())
	})
}

func (g *globals) alertsListCommand() *cobra.Command {
	var f apiFlags
	var state string
	cmd := &cobra.Command{
		Use:   "list [MATCHER…] [--state active|suppressed|resolved] [-o table|json]",
		Short: "List the alerts a running vigil holds, with their state and what silences them",
		Long: `list asks a running vigil (--url, token in $VIGIL_TOKEN) for the alerts it
holds: firing ones (active, or suppressed by a silence, a maintenance window
or inhibition) and resolved ones not yet notified. MATCHERs select by label,
in Alertmanager's syntax: service.name=inventory-sync, severity=~"P0|P1",
rule!=new-error-code.`,
		Example: `  vigil alerts list
  vigil alerts list service.name=inventory-sync --state suppressed
  VIGIL_TOKEN=… vigil alerts list --url https://vigil.internal:9464 -o json`,
		RunE: func(cmd *cobra.Command, matchers []string) error {
			if err := f.check(); err != nil {
				return err
			}
			ctx, cancel := f.context(cmd.Context())
			defer cancel()
			list, err := f.client().Alerts(ctx, matchers, state)
			if err != nil {
				return apiError(err)
			}
			if f.output == "json" {
				return writeJSONTo(g.stdout, list)
			}
			return printAlerts(g, list)
		},
	}
	f.register(cmd, "table", "json")
	cmd.Flags().StringVar(&state, "state", "", "only alerts in this state: active, suppressed or resolved")
	return cmd
}

// printAlerts writes the alerts as a table, oldest first.
func printAlerts(g *globals, list server.AlertList) error {
	tw := tabwriter.NewWriter(g.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tSTATE\tSINCE\tLABELS\tSILENCED BY\tSUMMARY")
	for _, a := range list.Alerts {
		state := a.State
		if a.MutedBy != "" {
			state += " (" + a.MutedBy + ")"
		}
		if a.AckedBy != "" {
			state += ", acked by " + a.AckedBy
		}
		by := strings.Join(append(slices.Clone(a.SilencedBy), a.MaintenanceBy...), ",")
		if by == "" {
			by = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", a.Rule, a.Severity, state, a.Since.UTC().Format(time.RFC3339),
			labelText(a.Labels), by, oneLine(a.Annotations["summary"], 80))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(list.Alerts) == 0 {
		fmt.Fprintln(g.stderr, "vigil alerts list: no alerts")
	}
	return nil
}

// labelText writes labels as name=value, sorted.
func labelText(labels map[string]string) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		parts = append(parts, k+"="+labels[k])
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ",")
}
