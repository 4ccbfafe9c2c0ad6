package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store"
)

type conflictsOptions struct {
	indicator string
	format    string
}

func newConflictsCommand(g *globals) *cobra.Command {
	var opts conflictsOptions
	cmd := &cobra.Command{
		Use:   "conflicts",
		Short: "List periods that documents disagree about, values side by side",
		Long: `List every indicator period for which stored documents report different
values, with each value, the documents that report it, and the headline
value chosen by indicators.headline (latest, median or most_reported).`,
		Example: "  econtrack conflicts\n  econtrack conflicts --indicator bilateral_trade_volume --format jsonl",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			if opts.format != "table" && opts.format != "jsonl" {
				return usageErrorf("--format %q: want table or jsonl", opts.format)
			}
			if opts.indicator != "" {
				if _, err := indicatorByID(cfg.Catalog(), opts.indicator); err != nil {
					return fmt.Errorf("--indicator: %w", err)
				}
			}
			return runConflicts(cmd.Context(), g, cfg, opts)
		},
	}
	cmd.Flags().StringVar(&opts.indicator, "indicator", "", "only this indicator id")
	cmd.Flags().StringVar(&opts.format, "format", "table", "output format: table or jsonl")
	return cmd
}

// conflict is one disputed period in jsonl output.
type conflict struct {
	Indicator string          `json:"indicator"`
	Entities  []string        `json:"entities"`
	Period    string          `json:"period"`
	Headline  float64         `json:"headline"`
	Rule      string          `json:"rule"`
	Values    []conflictValue `json:"values"`
}

type conflictValue struct {
	Value     float64  `json:"value"`
	Unit      string   `json:"unit"`
	Documents []string `json:"documents"`
	Speakers  []string `json:"speakers,omitempty"`
}

func runConflicts(ctx context.Context, g *globals, cfg *config.Config, opts conflictsOptions) error {
	_, _, recs, err := storedData(ctx, cfg, store.Filter{Indicator: opts.indicator})
	if err != nil {
		return err
	}
	var out []conflict
	for _, s := range model.BuildSeries(recs, cfg.Indicators.Headline) {
		for _, p := range s.Points {
			if !p.Conflict {
				continue
			}
			c := conflict{Indicator: s.Indicator, Entities: s.Entities, Period: p.Period, Headline: p.Headline, Rule: string(cfg.Indicators.Headline)}
			for _, v := range p.Values() {
				cv := conflictValue{Value: v.Value, Unit: s.Unit, Documents: v.Documents()}
				for _, r := range v.Records {
					if r.Speaker != "" && !slices.Contains(cv.Speakers, r.Speaker) {
						cv.Speakers = append(cv.Speakers, r.Speaker)
					}
				}
				c.Values = append(c.Values, cv)
			}
			out = append(out, c)
		}
	}
	if opts.format == "jsonl" {
		enc := json.NewEncoder(g.stdout)
		enc.SetEscapeHTML(false)
		for _, c := range out {
			if err := enc.Encode(c); err != nil {
				return err
			}
		}
		return nil
	}
	if len(out) == 0 {
		fmt.Fprintln(g.stdout, "no conflicts")
		return nil
	}
	tw := tabwriter.NewWriter(g.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "INDICATOR\tENTITIES\tPERIOD\tHEADLINE\tVALUES (documents)")
	for _, c := range out {
		var vals []string
		for _, v := range c.Values {
			vals = append(vals, fmt.Sprintf("%s %s (%s)", strconv.FormatFloat(v.Value, 'f', -1, 64), v.Unit, strings.Join(v.Documents, ", ")))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", c.Indicator, strings.Join(c.Entities, "-"), c.Period, strconv.FormatFloat(c.Headline, 'f', -1, 64), strings.Join(vals, " | "))
	}
	return tw.Flush()
}
