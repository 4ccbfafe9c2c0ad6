package main

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/charts"
	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/pipeline"
	"github.com/econtrack/econtrack/store"
)

type chartOptions struct {
	entities string
	output   string
	asOf     string
}

func newChartCommand(g *globals) *cobra.Command {
	var opts chartOptions
	cmd := &cobra.Command{
		Use:   "chart INDICATOR",
		Short: "Draw one indicator's chart from the store",
		Long: `Draw the chart of INDICATOR for one entity group from the stored
observations, in the formats of charts.formats under out/charts/, or to the
file -o names (its extension picks png, svg or pdf).`,
		Example: "  econtrack chart settlement_share_national_currencies --entities CN,RU\n  ECONTRACK_CHARTS_LANG=ar econtrack chart regular_meeting_interval -o meetings.svg",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			if _, err := indicatorByID(cfg.Catalog(), args[0]); err != nil {
				return err
			}
			if err := checkAsOf(opts.asOf); err != nil {
				return err
			}
			if ext := strings.ToLower(filepath.Ext(opts.output)); opts.output != "" && ext != ".png" && ext != ".svg" && ext != ".pdf" {
				return usageErrorf("-o %s: the extension picks the format: want .png, .svg or .pdf", opts.output)
			}
			return runChart(cmd.Context(), g, cfg, opts, args[0])
		},
	}
	cmd.Flags().StringVar(&opts.entities, "entities", "", "entity group, ISO codes separated by commas (default: the only group, else an error listing them)")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "file to write (default: out/charts/INDICATOR__ENTITIES.FORMAT for each configured format)")
	cmd.Flags().StringVar(&opts.asOf, "as-of", "", "draw only what documents published on or before this day (YYYY-MM-DD) reported")
	return cmd
}

func runChart(ctx context.Context, g *globals, cfg *config.Config, opts chartOptions, id string) error {
	catalog, _, recs, err := storedData(ctx, cfg, store.Filter{Indicator: id, AsOf: opts.asOf})
	if err != nil {
		return err
	}
	ind, err := indicatorByID(catalog, id)
	if err != nil {
		return err
	}
	n := pipeline.ChartableFirst(recs, cfg.Charts.MinConfidence)
	series := model.BuildSeriesOwned(recs[:n], cfg.Indicators.Headline)
	var chosen []model.Series
	want := strings.Split(strings.ToUpper(strings.ReplaceAll(opts.entities, " ", "")), ",")
	slices.Sort(want)
	wanted := strings.Join(want, ",")
	var groups []string
	for _, s := range series {
		groups = append(groups, strings.Join(s.Entities, ","))
		if opts.entities == "" || strings.Join(s.Entities, ",") == wanted {
			chosen = append(chosen, s)
		}
	}
	switch {
	case len(series) == 0:
		return fmt.Errorf("chart %s: no stored observations (run econtrack run first)", id)
	case len(chosen) == 0:
		return usageErrorf("chart %s: no observations for %s; groups with data: %v", id, opts.entities, groups)
	case len(chosen) > 1:
		return usageErrorf("chart %s: several entity groups %v; choose one with --entities", id, groups)
	}
	opt := cfg.ChartOptions(version)
	paths := []string{opts.output}
	if opts.output == "" {
		paths = nil
		for _, f := range cfg.Charts.Formats {
			paths = append(paths, filepath.Join(cfg.Out, "charts", chosen[0].Key()+"."+f))
		}
	}
	for _, p := range paths {
		if err := charts.RenderFile(ctx, p, ind, chosen[0], opt); err != nil {
			return err
		}
		fmt.Fprintln(g.stdout, p)
	}
	return nil
}
