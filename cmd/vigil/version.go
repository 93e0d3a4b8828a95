package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		return &cobra.Command{
			Use:   "version",
			Short: "Print vigil's version",
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				v := "devel"
				if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
					v = bi.Main.Version
				}
				fmt.Fprintln(g.stdout, "vigil", v)
				return nil
			},
		}
	})
}
