package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/store"
	"github.com/econtrack/econtrack/store/dsn"
)

func newStoreCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "store",
		Short:   "Manage the store: copy a tracker between SQLite and PostgreSQL",
		Example: `  econtrack store copy --from out/econtrack.db --to postgres://econ@db.example/econ`,
	}
	var from, to string
	cp := &cobra.Command{
		Use:   "copy",
		Short: "Copy documents, observations and runs from one store to another",
		Long: `Copy a tracker's whole history (documents, removed ones included, with their
first and last seen times; observations, derived ones included; runs) from
one store to another, in one transaction of the target: a failure copies
nothing. Either side may be an SQLite file (a path or sqlite://PATH) or a
PostgreSQL database (postgres://…); migrations are applied to both first.

Copying is idempotent: a document the target already has at the same path
is kept as it is, with its observations, and so is a run with the same id,
so running the command twice copies nothing the second time. --from
defaults to the configured store (store.dsn, by default out/econtrack.db).`,
		Example: `  econtrack store copy --from out/econtrack.db --to postgres://econ@db.example/econ
  econtrack store copy --from postgres://econ@db.example/econ --to backup.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("from") {
				from = cfg.StoreDSN()
			}
			if strings.TrimSpace(to) == "" {
				return usageErrorf("store copy: --to is required (a file path, sqlite://PATH or postgres://…)")
			}
			// Both sides are read by the one DSN parser before any work.
			src, err := dsn.Parse(from)
			if err != nil {
				return usageErrorf("store copy: --from: %w", err)
			}
			dst, err := dsn.Parse(to)
			if err != nil {
				return usageErrorf("store copy: --to: %w", err)
			}
			if sameStore(src, dst) {
				return usageErrorf("store copy: --from and --to name the same store %s", dsn.Redact(to))
			}
			return runStoreCopy(cmd.Context(), g, from, to)
		},
	}
	cp.Flags().StringVar(&from, "from", "", "store to copy from (default: the configured store.dsn)")
	cp.Flags().StringVar(&to, "to", "", "store to copy into: a file path, sqlite://PATH or postgres://…")
	cmd.AddCommand(cp)
	return cmd
}

// sameStore reports whether two DSNs obviously name one store.
// (Two paths to one SQLite file, "out/x.db" and "sqlite://./out/x.db",
// are one store.)
func sameStore(a, b dsn.Target) bool {
	if a.Kind == dsn.KindSQLite && b.Kind == dsn.KindSQLite {
		return filepath.Clean(a.Path) == filepath.Clean(b.Path)
	}
	return a == b
}

// runStoreCopy copies the store from names into the store to names and
// prints what was copied.
func runStoreCopy(ctx context.Context, g *globals, from, to string) error {
	src, err := store.OpenExisting(ctx, from)
	if err != nil {
		return fmt.Errorf("store copy: open %s: %w", dsn.Redact(from), err)
	}
	defer src.Close()
	dst, err := store.Open(ctx, to)
	if err != nil {
		return fmt.Errorf("store copy: open %s: %w", dsn.Redact(to), err)
	}
	defer dst.Close()
	st, err := store.Copy(ctx, dst, src)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "copied %d documents, %d observations, %d events and %d runs from %s to %s\n",
		st.Documents, st.Observations, st.Events, st.Runs, dsn.Redact(from), dsn.Redact(to))
	if st.DocumentsKept > 0 || st.RunsKept > 0 {
		fmt.Fprintf(g.stdout, "kept %d documents and %d runs the target already had\n", st.DocumentsKept, st.RunsKept)
	}
	return nil
}
