package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/server"
)

// The commands that talk to a running vigil's API, in the manner of
// amtool: vigil alerts, vigil silence, vigil ready. The server's URL is
// --url (default $VIGIL_URL, else http://127.0.0.1:9464); the bearer token
// is $VIGIL_TOKEN, never a flag (a flag would show in ps and the shell's
// history).

// tokenEnv and urlEnv are the environment variables the API commands read.
const (
	tokenEnv = "VIGIL_TOKEN"
	urlEnv   = "VIGIL_URL"
)

// apiFlags are the flags every API command shares.
type apiFlags struct {
	url     string
	timeout time.Duration
	output  string
	outputs []string // the --output values taken; the first is the default
}

// register adds the flags; outputs are the --output values the command
// takes, the default first (none: no --output).
func (f *apiFlags) register(cmd *cobra.Command, outputs ...string) {
	def := os.Getenv(urlEnv)
	if def == "" {
		def = "http://" + server.DefaultListen
	}
	fl := cmd.Flags()
	fl.StringVar(&f.url, "url", def, "the vigil API's base URL (or $"+urlEnv+"); the bearer token is read from $"+tokenEnv)
	fl.DurationVar(&f.timeout, "timeout", 30*time.Second, "how long the request may take")
	if len(outputs) > 0 {
		f.outputs = outputs
		fl.StringVarP(&f.output, "output", "o", outputs[0], strings.Join(outputs, " or "))
	}
}

func (f *apiFlags) check() error {
	if len(f.outputs) > 0 && !slices.Contains(f.outputs, f.output) {
		return &exitCodeError{code: exitUsage, err: fmt.Errorf("--output: want %s, got %q", strings.Join(f.outputs, " or "), f.output)}
	}
	if f.timeout <= 0 {
		return &exitCodeError{code: exitUsage, err: fmt.Errorf("--timeout: want a positive duration such as 30s, got %s", f.timeout)}
	}
	return nil
}

func (f *apiFlags) client() *server.Client {
	return &server.Client{URL: f.url, Token: os.Getenv(tokenEnv)}
}

func (f *apiFlags) context(parent context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(parent, f.timeout)
}

// apiError turns a client error into the command's: the API's message
// after vigil:, exit 1.
func apiError(err error) error {
	var ae *server.APIError
	if errors.As(err, &ae) {
		return &exitCodeError{code: exitError, err: fmt.Errorf("the API answered %s", ae)}
	}
	return err
}

func writeJSONTo(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		var f apiFlags
		cmd := &cobra.Command{
			Use:   "ready [--url URL]",
			Short: "Ask a running vigil whether it is ready (/readyz): exit 0 ready, 1 not (a container healthcheck)",
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				if err := f.check(); err != nil {
					return err
				}
				ctx, cancel := f.context(cmd.Context())
				defer cancel()
				r, err := f.client().Ready(ctx)
				if err != nil {
					return apiError(err)
				}
				for _, c := range r.Checks {
					state := "ok"
					if !c.OK {
						state = "NOT OK"
					}
					fmt.Fprintf(g.stdout, "%-14s %-6s %s\n", c.Name, state, c.Detail)
				}
				if r.Status != "ready" {
					return &exitCodeError{code: exitError, err: errors.New("not ready")}
				}
				return nil
			},
		}
		f.register(cmd)
		cmd.Flags().Lookup("timeout").DefValue = "5s"
		f.timeout = 5 * time.Second
		return cmd
	})
}

// oneLine shortens s to one line of at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
