package main

import (
	"errors"
	"fmt"
	"os"
	"os/user"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/server"
)

// vigil silence add | list | expire: silences on a running vigil, through
// its API, as amtool silence does for Alertmanager.

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		return groupCommand("silence (add | list | expire)", "Add, list and expire silences on a running vigil (through its API)",
			g.silenceAddCommand(), g.silenceListCommand(), g.silenceExpireCommand())
	})
}

func (g *globals) silenceAddCommand() *cobra.Command {
	var f apiFlags
	var duration time.Duration
	var comment, author, start, end string
	cmd := &cobra.Command{
		Use:   "add MATCHER… --comment TEXT [--duration 1h | --end TIME] [--start TIME] [--author NAME]",
		Short: "Silence the alerts every MATCHER matches; prints the new silence's id",
		Long: `add creates a silence on a running vigil: the alerts all MATCHERs match are
not notified from --start (default now on the alerts' clock) for --duration
(default 1h) or until --end. MATCHERs are in Alertmanager's syntax:
service.name=inventory-sync, severity=~"P2|P3". The silence is kept in the
state file and survives a restart. It prints the silence's id, for
vigil silence expire.`,
		Example: `  vigil silence add service.name=inventory-sync --duration 2h --comment "WMS maintenance"
  vigil silence add rule=job-overdue job.name=ledger-close --end 2026-11-25T06:00:00Z --comment "ledger migration" --author ana`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, matchers []string) error {
			if err := f.check(); err != nil {
				return err
			}
			var errs []error
			body := server.PostSilence{Matchers: matchers, Comment: strings.TrimSpace(comment), CreatedBy: author}
			if body.Comment == "" {
				errs = append(errs, errors.New("--comment: say why (whoever reads the silence list needs it)"))
			}
			if start != "" {
				t, err := time.Parse(time.RFC3339, start)
				if err != nil {
					errs = append(errs, fmt.Errorf("--start: want an RFC 3339 time such as 2026-11-24T19:25:00Z, got %q", start))
				}
				body.StartsAt = t
			}
			switch {
			case end != "" && cmd.Flags().Changed("duration"):
				errs = append(errs, errors.New("give --duration or --end, not both"))
			case end != "":
				t, err := time.Parse(time.RFC3339, end)
				if err != nil {
					errs = append(errs, fmt.Errorf("--end: want an RFC 3339 time such as 2026-11-24T21:25:00Z, got %q", end))
				}
				body.EndsAt = t
			case duration <= 0:
				errs = append(errs, fmt.Errorf("--duration: want a positive duration such as 2h, got %s", duration))
			default:
				body.Duration = duration.String()
			}
			if err := errors.Join(errs...); err != nil {
				return &exitCodeError{code: exitUsage, err: err}
			}
			ctx, cancel := f.context(cmd.Context())
			defer cancel()
			s, err := f.client().AddSilence(ctx, body)
			if err != nil {
				return apiError(err)
			}
			if f.output == "json" {
				return writeJSONTo(g.stdout, s)
			}
			fmt.Fprintln(g.stdout, s.ID)
			return nil
		},
	}
	f.register(cmd, "id", "json")
	fl := cmd.Flags()
	fl.DurationVarP(&duration, "duration", "d", time.Hour, "how long the silence lasts")
	fl.StringVar(&end, "end", "", "when it ends, RFC 3339 (instead of --duration)")
	fl.StringVar(&start, "start", "", "when it starts, RFC 3339 (default now)")
	fl.StringVarP(&comment, "comment", "m", "", "why (required)")
	fl.StringVarP(&author, "author", "a", currentUser(), "who")
	return cmd
}

func (g *globals) silenceListCommand() *cobra.Command {
	var f apiFlags
	var state string
	var quiet bool
	cmd := &cobra.Command{
		Use:   "list [--state active|pending|expired] [-q] [-o table|json]",
		Short: "List the silences of a running vigil: added through the API, and the config's (read-only)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := f.check(); err != nil {
				return err
			}
			ctx, cancel := f.context(cmd.Context())
			defer cancel()
			list, err := f.client().Silences(ctx, state)
			if err != nil {
				return apiError(err)
			}
			switch {
			case f.output == "json":
				return writeJSONTo(g.stdout, list)
			case quiet:
				for _, s := range list.Silences {
					fmt.Fprintln(g.stdout, s.ID)
				}
				return nil
			}
			tw := tabwriter.NewWriter(g.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tMATCHERS\tSTATE\tSTARTS AT\tENDS AT\tCREATED BY\tCOMMENT")
			for _, s := range list.Silences {
				starts := "-"
				if !s.StartsAt.IsZero() {
					starts = s.StartsAt.UTC().Format(time.RFC3339)
				}
				by := s.CreatedBy
				if by == "" {
					by = "-"
				}
				if s.Source == "config" {
					by += " (config)"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, strings.Join(s.Matchers, ","), s.State, starts,
					s.EndsAt.UTC().Format(time.RFC3339), by, oneLine(s.Comment, 60))
			}
			return tw.Flush()
		},
	}
	f.register(cmd, "table", "json")
	cmd.Flags().StringVar(&state, "state", "", "only silences in this state: active, pending or expired")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print the ids only")
	return cmd
}

func (g *globals) silenceExpireCommand() *cobra.Command {
	var f apiFlags
	cmd := &cobra.Command{
		Use:   "expire ID…",
		Short: "End silences now (those added through the API; the config's change with the config)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, ids []string) error {
			if err := f.check(); err != nil {
				return err
			}
			ctx, cancel := f.context(cmd.Context())
			defer cancel()
			c := f.client()
			var errs []error
			for _, id := range ids {
				if _, err := c.ExpireSilence(ctx, id); err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", id, apiError(err)))
				}
			}
			if err := errors.Join(errs...); err != nil {
				return &exitCodeError{code: exitError, err: err}
			}
			return nil
		},
	}
	f.register(cmd)
	return cmd
}

// currentUser is the default --author: $USER, or the account's name.
func currentUser() string {
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return ""
}
