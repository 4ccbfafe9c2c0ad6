package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/store"
	"github.com/econtrack/econtrack/store/dsn"
)

func newMigrateCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "migrate",
		Short: "Apply the store's pending schema migrations and print its schema version",
		Long: `Open the configured store (store.dsn: an SQLite file, by default
out/econtrack.db, or a postgres:// URL), apply the schema migrations it has
not had yet, each in its own transaction, and print the schema version.
"econtrack run" applies them too when it opens the store; migrate does it
explicitly, for instance before several machines start sharing a new
PostgreSQL database. A database migrated by a newer econtrack is refused.`,
		Example: `  econtrack migrate
  ECONTRACK_STORE_DSN=postgres://econ@db.example/econ econtrack migrate`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			return runMigrate(cmd.Context(), g, cfg.StoreDSN())
		},
	}
}

// runMigrate opens (and so migrates) the store the DSN name names and prints its
// schema version.
func runMigrate(ctx context.Context, g *globals, name string) error {
	st, err := store.Open(ctx, name)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", dsn.Redact(name), err)
	}
	defer st.Close()
	sv, ok := st.(store.SchemaVersioner)
	if !ok {
		return fmt.Errorf("migrate %s: the back end has no schema version", dsn.Redact(name))
	}
	v, err := sv.SchemaVersion(ctx)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", dsn.Redact(name), err)
	}
	fmt.Fprintf(g.stdout, "%s: schema version %d\n", dsn.Redact(name), v)
	return nil
}
