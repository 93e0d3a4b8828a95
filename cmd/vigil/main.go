// Command vigil watches an e-commerce back office's log stream and raises
// alerts that are few, early and right. See the README for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// exitCodeError carries a specific exit code out of a command.
type exitCodeError struct {
	code int
	err  error
}

func (e *exitCodeError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}
func (e *exitCodeError) Unwrap() error { return e.err }

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// run executes the command line and returns the process exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The first signal asks for a clean stop; after it the default handling
	// returns, so a second one ends the process at once.
	go func() {
		<-ctx.Done()
		stop()
	}()
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(goStyleFlags(root, args))
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ec *exitCodeError
	if errors.As(err, &ec) {
		if ec.err != nil {
			fmt.Fprintln(stderr, "vigil:", ec.err)
		}
		return ec.code
	}
	fmt.Fprintln(stderr, "vigil:", err)
	if isUsageError(err) {
		return exitUsage
	}
	return exitError
}

// goStyleFlags accepts Go-style single-dash long flags (-detector NAME, as
// docs/architecture.md §5 writes them) by rewriting "-name" to "--name" when name is a long
// flag of some command. Shorthand flags (-c) are left as they are.
func goStyleFlags(root *cobra.Command, args []string) []string {
	long := map[string]bool{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.Flags().VisitAll(func(f *pflag.Flag) { long[f.Name] = true })
		c.PersistentFlags().VisitAll(func(f *pflag.Flag) { long[f.Name] = true })
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a
		if a == "--" {
			copy(out[i:], args[i:])
			break
		}
		if len(a) > 2 && a[0] == '-' && a[1] != '-' {
			name, _, _ := strings.Cut(a[1:], "=")
			if long[name] {
				out[i] = "-" + a
			}
		}
	}
	return out
}

// isUsageError recognises cobra's errors about the command line itself.
func isUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "requires at most", "invalid argument"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// globals are the flags every command shares.
type globals struct {
	configPath string
	logLevel   string
	logFormat  string
	stdin      io.Reader
	stdout     io.Writer
	stderr     io.Writer
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	// Status lines, alerts and logs come from several goroutines: each
	// write reaches the output whole.
	stdout, stderr = lockWriter(stdout), lockWriter(stderr)
	g := &globals{stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:           "vigil",
		Short:         "vigil watches an e-commerce back office's logs and raises alerts that are few, early and right",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().StringVarP(&g.configPath, "config", "c", "", "config file (vigil.yaml); the built-in default when empty")
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", "", "log level: debug, info, warn, error (overrides the config)")
	root.PersistentFlags().StringVar(&g.logFormat, "log-format", "", "log format: json or console (overrides the config)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitCodeError{code: exitUsage, err: err}
	})
	for _, add := range commands {
		root.AddCommand(add(g))
	}
	return root
}

// commands are the subcommands; each file adds its own in an init function.
var commands []func(*globals) *cobra.Command

// lockedWriter serialises writes to an output shared by goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// Fd lets terminal detection see through the lock.
func (l *lockedWriter) Fd() uintptr {
	if f, ok := l.w.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}

func lockWriter(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return &lockedWriter{w: w}
}

// groupCommand is a command that only holds subcommands ("vigil deploy",
// "vigil silence"): run alone, it is a usage error naming them.
func groupCommand(use, short string, subs ...*cobra.Command) *cobra.Command {
	cmd := &cobra.Command{Use: use, Short: short, Args: cobra.NoArgs}
	names := make([]string, len(subs))
	for i, c := range subs {
		names[i] = c.Name()
	}
	cmd.RunE = func(*cobra.Command, []string) error {
		return &exitCodeError{code: exitUsage, err: fmt.Errorf("%s: give a subcommand: %s", cmd.Name(), strings.Join(names, ", "))}
	}
	cmd.AddCommand(subs...)
	return cmd
}
