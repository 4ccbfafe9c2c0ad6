package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/corpus"
	"github.com/econtrack/econtrack/indicators"
)

type extractOptions struct {
	format string
}

func newExtractCommand(g *globals) *cobra.Command {
	var opts extractOptions
	cmd := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Print the observations the documents claim",
		Long: `Read the documents at PATH (folders or files; default: the configured
corpus) and print one observation per line (CONTRACT.md section 2), the
derived meeting cadence included. Nothing is stored.`,
		Example: `  econtrack extract --format jsonl seeds/
  econtrack extract --format table article.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			if opts.format != "jsonl" && opts.format != "csv" && opts.format != "table" {
				return usageErrorf("--format %q: want jsonl, csv or table", opts.format)
			}
			return runExtract(cmd.Context(), g, cfg, opts, args)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "jsonl", "output format: jsonl, csv or table")
	return cmd
}

func runExtract(ctx context.Context, g *globals, cfg *config.Config, opts extractOptions, paths []string) error {
	log := newLogger(g, cfg)
	if len(paths) == 0 {
		paths = []string{cfg.Corpus.Path}
	}
	catalog := cfg.Catalog()
	x, err := indicators.NewExtractor(catalog)
	if err != nil {
		return &usageError{fmt.Errorf("indicator catalog: %w", err)}
	}
	var all []indicators.Observation
	var events []indicators.Event
	for _, root := range paths {
		skipped, err := corpus.Read(ctx, root, corpus.Options{MaxBytes: cfg.Corpus.MaxBytes}, func(d corpus.Document) error {
			for _, w := range d.Warnings {
				log.Warn(w)
			}
			res, err := x.Extract(indicators.Doc{Path: d.Path, Lang: d.Lang, Text: d.Text, Published: d.Ref})
			if err != nil {
				log.Warn("document skipped", "file", d.Path, "reason", err)
				return nil
			}
			for _, w := range res.Warnings {
				log.Warn(w)
			}
			all = append(all, res.Observations...)
			events = append(events, res.Events...)
			return nil
		})
		if err != nil {
			return err
		}
		for _, s := range skipped {
			log.Warn("document skipped", "file", s.File, "reason", s.Reason)
		}
	}
	all = append(all, indicators.Derive(events, catalog)...)
	return writeObservations(g, opts.format, all)
}

// writeObservations prints observations as jsonl, csv or an aligned table.
func writeObservations(g *globals, format string, obs []indicators.Observation) error {
	w := bufio.NewWriter(g.stdout)
	defer w.Flush()
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"doc", "indicator", "entities", "period", "value", "unit", "approx", "bound", "lang", "quote", "span_start", "span_end", "speaker", "mentions", "derived_from"})
		for _, o := range obs {
			cw.Write([]string{o.Doc, o.Indicator, strings.Join(o.Entities, ","), o.Period, strconv.FormatFloat(o.Value, 'f', -1, 64), o.Unit,
				strconv.FormatBool(o.Approx), o.Bound, o.Lang, o.Quote, strconv.Itoa(o.Span[0]), strconv.Itoa(o.Span[1]), o.Speaker, strconv.Itoa(o.Mentions), strings.Join(o.DerivedFrom, " ")})
		}
		cw.Flush()
		return cw.Error()
	case "table":
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "DOC\tINDICATOR\tENTITIES\tPERIOD\tVALUE\tUNIT\tAPPROX\tBOUND\tMENTIONS")
		for _, o := range obs {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%v\t%s\t%d\n", o.Doc, o.Indicator, strings.Join(o.Entities, "-"), o.Period, strconv.FormatFloat(o.Value, 'f', -1, 64), o.Unit, o.Approx, o.Bound, o.Mentions)
		}
		return tw.Flush()
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, o := range obs {
		if o.Entities == nil {
			o.Entities = []string{}
		}
		if err := enc.Encode(o); err != nil {
			return err
		}
	}
	return nil
}
