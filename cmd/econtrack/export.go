package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/internal/atomicfile"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store"
	"github.com/econtrack/econtrack/workbook"
)

type exportOptions struct {
	format    string
	output    string
	indicator string
	since     string
	asOf      string
}

func newExportCommand(g *globals) *cobra.Command {
	var opts exportOptions
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export the stored observations as a workbook, CSV or JSON lines",
		Long: `Write the stored observations as an XLSX workbook (the same as the run's
out/econtrack.xlsx), CSV or JSON lines, optionally only one indicator or the
periods since a date. Files are written to a temporary name and renamed.`,
		Example: "  econtrack export --format xlsx -o report.xlsx\n  econtrack export --format csv --indicator inflation_rate --since 2024 > inflation.csv",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			switch opts.format {
			case "xlsx", "csv", "jsonl":
			default:
				return usageErrorf("--format %q: want xlsx, csv or jsonl", opts.format)
			}
			if opts.format == "xlsx" && opts.output == "" {
				opts.output = filepath.Join(cfg.Out, "econtrack.xlsx")
			}
			if opts.since != "" {
				if _, ok := model.PeriodStart(opts.since); !ok {
					return usageErrorf("--since %q: want a date or period: YYYY, YYYY-QN, YYYY-MM or YYYY-MM-DD", opts.since)
				}
			}
			if err := checkAsOf(opts.asOf); err != nil {
				return err
			}
			if opts.indicator != "" {
				if _, err := indicatorByID(cfg.Catalog(), opts.indicator); err != nil {
					return fmt.Errorf("--indicator: %w", err)
				}
			}
			return runExport(cmd.Context(), g, cfg, opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "xlsx", "xlsx, csv or jsonl")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "file to write (default: standard output; out/econtrack.xlsx for xlsx)")
	cmd.Flags().StringVar(&opts.indicator, "indicator", "", "only this indicator id")
	cmd.Flags().StringVar(&opts.since, "since", "", "only periods that reach this date or later (YYYY, YYYY-QN, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().StringVar(&opts.asOf, "as-of", "", "only what documents published on or before this day (YYYY-MM-DD) reported")
	return cmd
}

func runExport(ctx context.Context, g *globals, cfg *config.Config, opts exportOptions) error {
	catalog, docs, recs, err := storedData(ctx, cfg, store.Filter{Indicator: opts.indicator, Since: opts.since, AsOf: opts.asOf})
	if err != nil {
		return err
	}
	if opts.format == "xlsx" {
		meta := workbook.Meta{GeneratedAt: time.Now().UTC(), Version: version, ConfigFile: cfg.File, ConfigHash: cfg.Hash, Corpus: cfg.Corpus.Path, Lang: cfg.Workbook.Lang}
		if err := workbook.Write(ctx, opts.output, meta, catalog, docs, recs, cfg.Indicators.Headline); err != nil {
			return err
		}
		fmt.Fprintln(g.stdout, opts.output)
		return nil
	}
	write := func(w io.Writer) error {
		if opts.format == "csv" {
			return workbook.WriteCSV(w, slices.Values(recs))
		}
		return workbook.WriteJSONL(w, slices.Values(recs))
	}
	if opts.output == "" {
		bw := bufio.NewWriter(g.stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	if err := atomicfile.Write(opts.output, write); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
