package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/corpus"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/pipeline"
	"github.com/econtrack/econtrack/workbook"
)

type extractOptions struct {
	format  string
	explain bool
}

func newExtractCommand(g *globals) *cobra.Command {
	var opts extractOptions
	cmd := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Print the observations the documents claim",
		Long: `Read the documents at PATH (folders or files; default: the configured
corpus) and print one observation per line (CONTRACT.md section 2), the
derived meeting cadence included. Nothing is stored.

With --explain, print one line per quantity found instead: the observation
it became, or the step that rejected it and why (qualifier, modality,
change, previous, range, period, entities, cue, headline).`,
		Example: `  econtrack extract --format jsonl seeds/
  econtrack extract --format table article.txt
  econtrack extract --explain --format table article.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			if opts.explain && opts.format == "csv" {
				return usageErrorf("--explain: want --format jsonl or table")
			}
			if opts.format != "jsonl" && opts.format != "csv" && opts.format != "table" {
				return usageErrorf("--format %q: want jsonl, csv or table", opts.format)
			}
			return runExtract(cmd.Context(), g, cfg, opts, args)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "jsonl", "output format: jsonl, csv or table")
	cmd.Flags().BoolVar(&opts.explain, "explain", false, "print every quantity with what became of it and why")
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
	docs := map[string]model.Document{} // by path: the provenance columns of CSV
	var events []indicators.Event
	var decisions []indicators.Decision
	extract := x.Extract
	if opts.explain {
		extract = x.Explain
	}
	for _, root := range paths {
		skipped, err := pipeline.ExtractCorpus(ctx, root, corpus.Options{MaxBytes: cfg.Corpus.MaxBytes}, extract, nil, func(e pipeline.Extracted) error {
			d, res := e.Doc, e.Result
			for _, w := range d.Warnings {
				log.Warn(w)
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if e.Err != nil {
				log.Warn("document skipped", "file", d.Path, "reason", e.Err)
				return nil
			}
			for _, w := range res.Warnings {
				log.Warn(w)
			}
			docs[d.Path] = model.Document{Hash: d.Hash, Published: d.Published, Title: d.Title, URL: d.URL}
			all = append(all, res.Observations...)
			events = append(events, res.Events...)
			decisions = append(decisions, res.Decisions...)
			return nil
		})
		if err != nil {
			return err
		}
		for _, s := range skipped {
			log.Warn("document skipped", "file", s.File, "reason", s.Reason)
		}
	}
	if opts.explain {
		return writeDecisions(g, opts.format, decisions)
	}
	all = append(all, indicators.Derive(events, catalog)...)
	return writeObservations(g, opts.format, all, docs)
}

// writeObservations prints observations as jsonl, csv (the writer of
// `export`, formulas guarded, with each document's provenance) or an
// aligned table.
func writeObservations(g *globals, format string, obs []indicators.Observation, docs map[string]model.Document) error {
	w := bufio.NewWriter(g.stdout)
	defer w.Flush()
	records := func(yield func(model.Record) bool) {
		for _, o := range obs {
			d := docs[o.Doc]
			if !yield(model.Record{Observation: o, DocHash: d.Hash, Published: d.Published, Title: d.Title, URL: d.URL}) {
				return
			}
		}
	}
	switch format {
	case "csv":
		return workbook.WriteCSV(w, records)
	case "table":
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "DOC\tINDICATOR\tENTITIES\tPERIOD\tVALUE\tUNIT\tAPPROX\tBOUND\tMENTIONS\tCONFIDENCE")
		for _, o := range obs {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%v\t%s\t%d\t%.2f\n", o.Doc, o.Indicator, strings.Join(o.Entities, "-"), o.Period, strconv.FormatFloat(o.Value, 'f', -1, 64), o.Unit, o.Approx, o.Bound, o.Mentions, o.Confidence)
		}
		return tw.Flush()
	}
	return workbook.WriteJSONL(w, records)
}

// explainLine is one line of extract --explain (CONTRACT.md section 2,
// Explanations): the quantity and its decision, followed by the
// observation's fields when it became one.
type explainLine struct {
	Doc       string `json:"doc"`
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	Value     any    `json:"value"`
	Span      [2]int `json:"span"`
	Decision  string `json:"decision"`
	Indicator string `json:"indicator"`
	Step      string `json:"step"`
	Reason    string `json:"reason"`
	*explainObservation
}

// explainObservation are the observation fields of an explain line.
type explainObservation struct {
	Entities   []string `json:"entities"`
	Period     string   `json:"period"`
	Unit       string   `json:"unit"`
	Approx     bool     `json:"approx"`
	Bound      string   `json:"bound"`
	Lang       string   `json:"lang"`
	Quote      string   `json:"quote"`
	Speaker    string   `json:"speaker"`
	Mentions   int      `json:"mentions"`
	Confidence float64  `json:"confidence"`
	Basis      string   `json:"basis,omitempty"`
}

func newExplainLine(d indicators.Decision) explainLine {
	q := d.Quantity
	l := explainLine{Doc: d.Doc, Text: q.Text, Kind: string(q.Kind), Value: q.Value, Span: [2]int{q.Start, q.End},
		Decision: "rejected", Indicator: d.Indicator, Step: d.Step, Reason: d.Reason}
	if o := d.Observation; o != nil {
		l.Decision, l.Value = "observation", o.Value
		l.explainObservation = &explainObservation{Entities: o.Entities, Period: o.Period, Unit: o.Unit, Approx: o.Approx, Bound: o.Bound,
			Lang: o.Lang, Quote: o.Quote, Speaker: o.Speaker, Mentions: o.Mentions, Confidence: o.Confidence, Basis: o.Basis}
	}
	return l
}

// writeDecisions prints extract --explain as jsonl or an aligned table.
func writeDecisions(g *globals, format string, decs []indicators.Decision) error {
	w := bufio.NewWriter(g.stdout)
	defer w.Flush()
	if format == "table" {
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "DOC\tTEXT\tKIND\tDECISION\tINDICATOR\tSTEP\tREASON")
		for _, d := range decs {
			l := newExplainLine(d)
			reason := l.Reason
			if l.explainObservation != nil {
				reason = fmt.Sprintf("%s %s %g %s (confidence %.2f)", strings.Join(l.Entities, "-"), l.Period, l.Value, l.Unit, l.Confidence)
				if l.Basis != "" {
					reason += " " + l.Basis
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", l.Doc, strings.ReplaceAll(l.Text, "\n", " "), l.Kind, l.Decision, l.Indicator, l.Step, reason)
		}
		return tw.Flush()
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, d := range decs {
		if err := enc.Encode(newExplainLine(d)); err != nil {
			return err
		}
	}
	return nil
}
