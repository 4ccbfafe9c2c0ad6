// Package workbook writes the analyst's XLSX workbook (CONTRACT.md section
// 5) and the CSV and JSONL exports of stored observations.
//
// The workbook has these sheets, in this order: About (what the workbook is
// and how to read it), Indicators (the catalog as a data dictionary), one
// sheet per indicator with data (observations, the headline series and a
// native line chart of it), Observations (every observation with its
// provenance, split into "Observations (2)"… past Excel's row limit),
// Documents and Conflicts.
//
// The big sheets are written with excelize's StreamWriter, except their
// data rows: those are encoded here, cell for cell as excelize writes them,
// and deflated on a second goroutine into temporary files while the next
// rows are encoded; the archive is then compressed straight into a
// temporary file beside the target, the rows spliced in, and renamed into
// place only when everything succeeded: a reader never sees a half-written
// workbook and a failed export leaves the previous one intact.
package workbook

import (
	"archive/zip"
	"cmp"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/internal/atomicfile"
	"github.com/econtrack/econtrack/model"
)

// Meta describes the run that produced a workbook; it fills the About and
// Documents sheets.
type Meta struct {
	// GeneratedAt is when the workbook was made.
	GeneratedAt time.Time
	// Version is the econtrack version.
	Version string
	// ConfigFile is the configuration file read ("" for the defaults) and
	// ConfigHash a hash of the effective configuration.
	ConfigFile, ConfigHash string
	// Corpus is the corpus folder; the About sheet shows its name only.
	Corpus string
	// Lang is the language of sheet names, headers and indicator names:
	// "en" (default), "ar" or "ru". With "ar" every sheet is shown right to
	// left.
	Lang string
	// Skipped lists the files the run could not read; they appear on the
	// Documents sheet with the reason.
	Skipped []Skipped
	// Status optionally gives the run's status of a document by path:
	// "new" or "unchanged". Documents not listed show "stored", removed
	// ones "removed".
	Status map[string]string
}

// Skipped is a corpus file that was not read, and why.
type Skipped struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// options are the limits of a workbook; tests lower them.
type options struct {
	// maxRows is the number of rows a sheet may hold (Excel: 1,048,576).
	maxRows int
	// linkLimit is the largest number of data rows a sheet may have for its
	// document cells to carry real hyperlinks; bigger sheets use HYPERLINK
	// formulas (Excel allows 65,530 hyperlinks a sheet, and excelize adds
	// each in linear time).
	linkLimit int
}

func defaultOptions() options {
	return options{maxRows: excelize.TotalRows, linkLimit: 10000}
}

// Write builds the workbook for recs and renames it into place at path.
// The records may come in any order; the Observations sheet lists them by
// indicator, entities and period (the order Store.Observations returns).
// rule picks each period's headline value for the indicator sheets' series
// and charts. On error the file at path, if any, is left as it was.
func Write(ctx context.Context, path string, meta Meta, catalog []indicators.Indicator, docs []model.Document, recs []model.Record, rule model.HeadlineRule) error {
	return write(ctx, path, meta, catalog, withoutErrors(docs), orderedRecords(recs), rule, defaultOptions())
}

// WriteSeq is Write for records and documents that are too many to hold in
// memory. Each is ranged over twice and must yield the same items both
// times; recs must come grouped by indicator and, within an indicator, by
// entities and period, as Store.Observations orders them. WriteSeq fails
// otherwise, and with the first error either yields, leaving the file at
// path as it was. Memory does not grow with the number of records beyond
// the per-indicator series, nor with the number of documents beyond a set
// of their paths.
func WriteSeq(ctx context.Context, path string, meta Meta, catalog []indicators.Indicator, docs iter.Seq2[model.Document, error], recs iter.Seq2[model.Record, error], rule model.HeadlineRule) error {
	return write(ctx, path, meta, catalog, docs, recs, rule, defaultOptions())
}

// orderedRecords yields recs grouped as WriteSeq needs them, without
// copying or reordering the caller's slice.
func orderedRecords(recs []model.Record) iter.Seq2[model.Record, error] {
	if slices.IsSortedFunc(recs, compareRecords) {
		return withoutErrors(recs)
	}
	idx := make([]int32, len(recs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return compareRecords(recs[a], recs[b]) })
	return func(yield func(model.Record, error) bool) {
		for _, i := range idx {
			if !yield(recs[i], nil) {
				return
			}
		}
	}
}

func compareRecords(a, b model.Record) int {
	return cmp.Or(
		strings.Compare(a.Indicator, b.Indicator),
		slices.Compare(a.Entities, b.Entities),
		strings.Compare(a.Period, b.Period),
		strings.Compare(a.Doc, b.Doc),
	)
}

// write is Write with explicit limits.
func write(ctx context.Context, path string, meta Meta, catalog []indicators.Indicator, docs iter.Seq2[model.Document, error], recs iter.Seq2[model.Record, error], rule model.HeadlineRule, opt options) (err error) {
	if rule == "" {
		rule = model.HeadlineLatest
	}
	if _, err := model.ParseHeadlineRule(string(rule)); err != nil {
		return fmt.Errorf("workbook %s: %w", path, err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("workbook %s: %w", path, err)
	}
	dir := filepath.Dir(path)
	f := excelize.NewFile(excelize.Options{TmpDir: dir})
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("workbook %s: %w", path, cerr)
		}
	}()

	w := newBuilder(ctx, f, path, meta, catalog, docs, rule, opt)
	defer func() {
		if cerr := w.closeRaws(); cerr != nil && err == nil {
			err = fmt.Errorf("workbook %s: %w", path, cerr)
		}
	}()
	if err := w.build(recs); err != nil {
		return fmt.Errorf("workbook %s: %w", path, err)
	}
	dateAxes(f)
	if err := atomicfile.Write(path, func(out io.Writer) error { return save(f, out, w.raws) }); err != nil {
		return fmt.Errorf("workbook: %w", err)
	}
	return nil
}

// save compresses the workbook straight into out (atomicfile buffers and
// syncs it). excelize would otherwise assemble the whole archive in memory
// first: its zip writer hook is given a writer on the file instead of its
// buffer, which also splices in the precompressed rows of the streamed
// sheets (parts, by marker token). Deflate runs at its fastest level; the
// XML compresses well regardless.
func save(f *excelize.File, out io.Writer, parts map[string]*rawRows) error {
	zw := zip.NewWriter(out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return &spliceZip{zw: zw, parts: parts} })
	return f.Write(io.Discard)
}

// errNotGrouped reports records that WriteSeq cannot stream.
var errNotGrouped = errors.New("records are not grouped by indicator, entities and period")

// withoutErrors yields the items of s and no error.
func withoutErrors[T any](s []T) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for _, v := range s {
			if !yield(v, nil) {
				return
			}
		}
	}
}
