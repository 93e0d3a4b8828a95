package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/rules"
)

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		root := &cobra.Command{Use: "rules", Short: "Validate and test rule files"}
		root.AddCommand(&cobra.Command{
			Use:   "check DIR",
			Short: "Validate a rules directory: schema, expressions, templates, duplicate names",
			Args:  cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				opt, err := g.presetOption()
				if err != nil {
					return err
				}
				errs := rules.Check(args[0], opt)
				for _, err := range errs {
					fmt.Fprintln(g.stderr, err)
				}
				if len(errs) > 0 {
					return &exitCodeError{code: exitError, err: fmt.Errorf("%d problem(s) in %s", len(errs), args[0])}
				}
				rs, err := rules.LoadDir(args[0], opt)
				if err != nil {
					return &exitCodeError{code: exitError, err: err}
				}
				fmt.Fprintf(g.stdout, "%s: %d rules OK\n", args[0], rs.Len())
				return nil
			},
		})
		root.AddCommand(&cobra.Command{
			Use:   "test FILE...",
			Short: "Run rule unit tests: input events and the alerts expected at given times",
			Args:  cobra.MinimumNArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				opt, err := g.presetOption()
				if err != nil {
					return err
				}
				failed, err := rules.RunTests(args, g.stdout, opt)
				if err != nil {
					return &exitCodeError{code: exitError, err: err}
				}
				if failed > 0 {
					return &exitCodeError{code: exitError, err: fmt.Errorf("%d rule test(s) failed", failed)}
				}
				return nil
			},
		})
		return root
	})
}

// presetOption makes the config's detector presets (-c, or the built-in
// default) available to the rules being checked or tested.
func (g *globals) presetOption() (rules.LoadOption, error) {
	cfg, err := g.loadConfig()
	if err != nil {
		return nil, err
	}
	return rules.WithPresets(cfg.ResolvedPresets()), nil
}
