package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/pipeline"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func newRunCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "run",
		Short: "Read the corpus, extract, store, and write charts, workbook and run.json",
		Long: `Perform one run: read the corpus (default seeds/), extract the observations
of new and changed documents, store them (default out/econtrack.db), derive
the meeting cadence, and write out/charts/, out/econtrack.xlsx and
out/run.json. Documents that cannot be read are skipped and reported.`,
		Example: `  econtrack run
  econtrack run --corpus news/ --out report/
  ECONTRACK_CHARTS_LANG=ar econtrack run`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			return runRun(cmd.Context(), g, cfg)
		},
	}
}

// newRunner wires the pipeline the configuration describes.
func newRunner(g *globals, cfg *config.Config) *pipeline.Runner {
	r := &pipeline.Runner{Config: cfg, Log: newLogger(g, cfg), Version: version}
	r.Stages = append(r.Stages, pipeline.ChartsStage{Version: version})
	if cfg.Workbook.Enabled {
		r.Stages = append(r.Stages, pipeline.WorkbookStage{Version: version})
	}
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

func runRun(ctx context.Context, g *globals, cfg *config.Config) error {
	r := newRunner(g, cfg)
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
