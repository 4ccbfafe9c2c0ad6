package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/pipeline"
	"github.com/econtrack/econtrack/store"
)

func newRunsCommand(g *globals) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     "runs",
		Short:   "List the runs kept in the store, newest last",
		Example: "  econtrack runs --format table",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			if format != "jsonl" && format != "table" {
				return usageErrorf("--format %q: want jsonl or table", format)
			}
			return runRuns(cmd.Context(), g, cfg, format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl or table")
	return cmd
}

func runRuns(ctx context.Context, g *globals, cfg *config.Config, format string) error {
	st, err := store.OpenExisting(ctx, cfg.StoreDSN())
	if err != nil {
		return err // the error names the store, password redacted
	}
	defer st.Close()
	runs, err := st.Runs(ctx)
	if err != nil {
		return err
	}
	if format == "jsonl" {
		for _, r := range runs {
			var buf []byte
			var v any
			if json.Unmarshal(r, &v) == nil {
				buf, _ = json.Marshal(v)
			} else {
				buf = r
			}
			fmt.Fprintf(g.stdout, "%s\n", buf)
		}
		return nil
	}
	tw := tabwriter.NewWriter(g.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATUS\tSTARTED\tREAD\tNEW\tUNCHANGED\tSKIPPED\tEXTRACTED\tSTORED\tCONFLICTS")
	for _, r := range runs {
		var rep pipeline.Report
		if err := json.Unmarshal(r, &rep); err != nil {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n", rep.ID, rep.Status, rep.Started.Format("2006-01-02 15:04:05"), rep.Documents.Read, rep.Documents.New,
			rep.Documents.Unchanged, len(rep.Documents.Skipped), rep.Observations.Extracted, rep.Observations.Stored, rep.Observations.Conflicts)
	}
	return tw.Flush()
}
