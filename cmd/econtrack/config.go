package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/config"
)

// loadConfig reads the configuration for cmd; any problem is a usage error
// (exit 2) reported before work starts.
func loadConfig(g *globals, cmd *cobra.Command) (*config.Config, error) {
	cfg, err := config.Load(config.LoadOptions{ConfigFile: g.configFile, Flags: cmd.Flags()})
	if err != nil {
		var ce *config.Error
		if errors.As(err, &ce) {
			return nil, &usageError{err}
		}
		return nil, &usageError{fmt.Errorf("configuration: %w", err)}
	}
	return cfg, nil
}

// newLogger makes the stderr logger the configuration asks for.
func newLogger(g *globals, cfg *config.Config) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.Log.Level))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.Log.Format == "json" {
		g.jsonLog = true
		return slog.New(slog.NewJSONHandler(g.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(g.stderr, opts))
}

func newConfigCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show or check the configuration",
		Example: `  econtrack config show
  econtrack config validate econtrack.yaml`,
	}
	cmd.AddCommand(&cobra.Command{
		Use:     "show",
		Short:   "Print the effective configuration and where each value came from",
		Example: "  ECONTRACK_STORE_DSN=postgres://me:secret@db/econ econtrack config show",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runConfigShow(g, cmd)
		},
	}, &cobra.Command{
		Use:     "validate [FILE]",
		Short:   "Check a configuration file; exit 0 when valid, 2 when not",
		Example: "  econtrack config validate econtrack.yaml",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				if _, err := os.Stat(args[0]); err != nil {
					return &usageError{fmt.Errorf("config validate: %w", err)}
				}
				g.configFile = args[0]
			}
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			file := cfg.File
			if file == "" {
				file = "built-in defaults"
			}
			fmt.Fprintf(g.stdout, "%s: ok\n", file)
			return nil
		},
	})
	return cmd
}

func runConfigShow(g *globals, cmd *cobra.Command) error {
	cfg, err := loadConfig(g, cmd)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(g.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "KEY\tVALUE\tSOURCE")
	for _, s := range cfg.Sources() {
		fmt.Fprintf(w, "%s\t%s\t%s\n", s.Key, s.Value, s.Source)
	}
	return w.Flush()
}
