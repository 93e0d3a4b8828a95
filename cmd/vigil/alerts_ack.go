package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// vigil alerts ack: acknowledge a firing alert on a running vigil, through
// its API: it escalates no further (alerting.route…escalate).

func (g *globals) alertsAckCommand() *cobra.Command {
	var f apiFlags
	var by, comment string
	cmd := &cobra.Command{
		Use:   "ack FINGERPRINT [--by NAME] [--comment TEXT]",
		Short: "Acknowledge a firing alert: it escalates no further until it resolves",
		Long: `ack acknowledges the firing alert with FINGERPRINT (vigil alerts list -o json
shows it) on a running vigil (--url, an admin token in $VIGIL_TOKEN): the
escalation steps of its routes are not told about it any more, the alert
list shows who acknowledged it, and the alert history records it. Its
notifications go on as before. The acknowledgement ends when the alert
resolves: a new episode is not acknowledged. Acknowledging again keeps the
first acknowledgement.`,
		Example: `  vigil alerts ack 9f2c4e1a7b3d5f60 --comment "provider incident, watching"
  VIGIL_TOKEN=… vigil alerts ack 9f2c4e1a7b3d5f60 --url https://vigil.internal:9464 --by ana`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := f.check(); err != nil {
				return err
			}
			fp := strings.TrimSpace(args[0])
			if fp == "" || strings.ContainsAny(fp, "/?# \t") {
				return &exitCodeError{code: exitUsage, err: errors.New("FINGERPRINT: want an alert's fingerprint, such as 9f2c4e1a7b3d5f60 (vigil alerts list -o json)")}
			}
			ctx, cancel := f.context(cmd.Context())
			defer cancel()
			ans, err := f.client().Ack(ctx, fp, strings.TrimSpace(by), strings.TrimSpace(comment))
			if err != nil {
				return apiError(err)
			}
			if f.output == "json" {
				return writeJSONTo(g.stdout, ans)
			}
			if ans.Forwarded {
				fmt.Fprintf(g.stdout, "%s: acknowledgement sent to the instance that dispatches the cluster's alerts\n", ans.Fingerprint)
				return nil
			}
			fmt.Fprintf(g.stdout, "%s [%s] %s %s: acknowledged by %s at %s", ans.Fingerprint, ans.Severity, ans.Rule,
				labelText(ans.Labels), ans.AckedBy, ans.AckedAt.UTC().Format(time.RFC3339))
			if ans.AckComment != "" {
				fmt.Fprintf(g.stdout, " (%s)", oneLine(ans.AckComment, 80))
			}
			fmt.Fprintln(g.stdout)
			return nil
		},
	}
	f.register(cmd, "text", "json")
	fl := cmd.Flags()
	fl.StringVar(&by, "by", currentUser(), "who acknowledges")
	fl.StringVar(&comment, "comment", "", "why, or what is being done")
	return cmd
}
