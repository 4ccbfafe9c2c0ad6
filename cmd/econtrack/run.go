package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/fetch"
	"github.com/econtrack/econtrack/pipeline"
	"github.com/econtrack/econtrack/store"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func newRunCommand(g *globals) *cobra.Command {
	var asOf string
	var fetchFirst bool
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Read the corpus, extract, store, and write charts, workbook and run.json",
		Long: `Perform one run: read the corpus (default seeds/), extract the observations
of new and changed documents, store them (default out/econtrack.db), derive
the meeting cadence, and write out/charts/, out/econtrack.xlsx and
out/report/index.html and out/run.json. Documents that cannot be read are
skipped and reported. Reviewers' decisions (econtrack serve, econtrack review
import) apply to every artefact. With --as-of, the artefacts show only what
documents published on or before that day reported. With --fetch, the
configured sources are fetched into the corpus first (econtrack fetch).`,
		Example: `  econtrack run
  econtrack run --corpus news/ --out report/
  econtrack run --as-of 2025-06-30 --out out-june/
  ECONTRACK_CHARTS_LANG=ar econtrack run`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			if err := checkAsOf(asOf); err != nil {
				return err
			}
			if fetchFirst && len(cfg.NewsSources) == 0 {
				return usageErrorf("--fetch: no sources in the configuration")
			}
			return runRun(cmd.Context(), g, cfg, asOf, fetchFirst)
		},
	}
	cmd.Flags().StringVar(&asOf, "as-of", "", "show only what documents published on or before this day (YYYY-MM-DD) reported")
	cmd.Flags().BoolVar(&fetchFirst, "fetch", false, "fetch the configured sources into the corpus first")
	return cmd
}

// fetchStage is the fetch a run does first.
func fetchStage(cfg *config.Config, log *slog.Logger) func(context.Context, store.Store) (fetch.Report, error) {
	return func(ctx context.Context, st store.Store) (fetch.Report, error) {
		return fetchSources(ctx, cfg, log, st)
	}
}

// checkAsOf validates an --as-of day.
func checkAsOf(day string) error {
	if day == "" {
		return nil
	}
	if _, err := time.Parse("2006-01-02", day); err != nil {
		return usageErrorf("--as-of %q: want a day, YYYY-MM-DD", day)
	}
	return nil
}

// newRunner wires the pipeline the configuration describes.
func newRunner(g *globals, cfg *config.Config) *pipeline.Runner {
	r := &pipeline.Runner{Config: cfg, Log: newLogger(g, cfg), Version: version}
	r.Stages = append(r.Stages, pipeline.ChartsStage{Version: version})
	if cfg.Workbook.Enabled {
		r.Stages = append(r.Stages, pipeline.WorkbookStage{Version: version})
	}
	r.Stages = append(r.Stages, pipeline.ReportStage{Version: version})
	if f, ok := g.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		r.Progress = func(total int) func() {
			if total <= 5 {
				return func() {}
			}
			bar := progressbar.NewOptions(total, progressbar.OptionSetWriter(f), progressbar.OptionSetDescription("reading"), progressbar.OptionClearOnFinish())
			return func() { _ = bar.Add(1) }
		}
	}
	return r
}

func runRun(ctx context.Context, g *globals, cfg *config.Config, asOf string, fetchFirst bool) error {
	r := newRunner(g, cfg)
	r.AsOf = asOf
	if fetchFirst {
		r.Fetch = fetchStage(cfg, r.Log)
	}
	rep, err := r.Run(ctx)
	if errors.Is(err, pipeline.ErrDegraded) {
		return fmt.Errorf("run %s degraded: %s", rep.ID, rep.Error)
	}
	if err != nil {
		return fmt.Errorf("run %s failed: %w", rep.ID, err)
	}
	r.Log.Info("run finished", "id", rep.ID, "documents", rep.Documents.Read, "new", rep.Documents.New, "changed", rep.Documents.Changed,
		"unchanged", rep.Documents.Unchanged, "skipped", len(rep.Documents.Skipped), "extracted", rep.Observations.Extracted,
		"stored", rep.Observations.Stored, "conflicts", rep.Observations.Conflicts, "artefacts", len(rep.Artefacts))
	return nil
}
