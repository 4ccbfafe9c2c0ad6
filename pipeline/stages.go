package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/econtrack/econtrack/charts"
	"github.com/econtrack/econtrack/web"
	"github.com/econtrack/econtrack/workbook"
)

// ChartsStage writes out/charts/INDICATOR[__ENTITIES].png|svg and the overview.
type ChartsStage struct{ Version string }

// Name implements Stage.
func (ChartsStage) Name() string { return "charts" }

// Write implements Stage.
func (s ChartsStage) Write(ctx context.Context, in Input) ([]string, error) {
	opt := in.Config.ChartOptions(s.Version)
	opt.Log = in.Log
	return charts.RenderSeq(ctx, filepath.Join(in.Config.Out, "charts"), in.Catalog, in.Series(), opt)
}

// WorkbookStage writes out/econtrack.xlsx.
type WorkbookStage struct{ Version string }

// Name implements Stage.
func (WorkbookStage) Name() string { return "workbook" }

// Write implements Stage.
func (s WorkbookStage) Write(ctx context.Context, in Input) ([]string, error) {
	path := filepath.Join(in.Config.Out, "econtrack.xlsx")
	meta := workbook.Meta{
		GeneratedAt: time.Now().UTC(), Version: s.Version, ConfigFile: in.Config.File, ConfigHash: in.Config.Hash,
		Corpus: in.Config.Corpus.Path, Lang: in.Config.Workbook.Lang, Status: in.Report.Documents.Status,
	}
	for _, sk := range in.Report.Documents.Skipped {
		meta.Skipped = append(meta.Skipped, workbook.Skipped{File: sk.File, Reason: sk.Reason})
	}
	if err := workbook.WriteSeq(ctx, path, meta, in.Catalog, in.Documents, in.Records(), in.Config.Indicators.Headline); err != nil {
		return nil, err
	}
	return []string{path}, nil
}

// ReportStage writes out/report/index.html: the overview and every
// series' chart and points, each point with its sentences, in one
// self-contained page (web.WriteReport).
type ReportStage struct{ Version string }

// Name implements Stage.
func (ReportStage) Name() string { return "report" }

// Write implements Stage.
func (s ReportStage) Write(ctx context.Context, in Input) ([]string, error) {
	dir := filepath.Join(in.Config.Out, "report")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	path := filepath.Join(dir, "index.html")
	opt := web.ReportOptions{Catalog: in.Catalog, Charts: in.Config.ChartOptions(s.Version), Lang: in.Config.Charts.Lang,
		AsOf: in.Report.AsOf, Generated: time.Now()}
	opt.Charts.Log = in.Log
	if err := web.WriteReport(ctx, path, opt, in.Series()); err != nil {
		return nil, err
	}
	return []string{path}, nil
}
