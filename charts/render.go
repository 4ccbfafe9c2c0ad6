package charts

import (
	"context"
	"errors"
	"fmt"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/internal/atomicfile"
	"github.com/econtrack/econtrack/model"
)

// ErrNoData is returned by RenderOne and RenderFile for a series with no
// point that can be placed on a time axis; nothing is written.
var ErrNoData = errors.New("no dated observations to chart")

// OverviewFile is the name of the small-multiples page Render writes.
const OverviewFile = "overview.png"

// Render writes, for every series with at least one dated point,
// dir/<series.Key()>.<format> for each of opt.Formats, and then
// dir/overview.png with all of them as small multiples. It returns the
// paths written, in order (the files are drawn in parallel). A series
// without dated points writes nothing and is not an error. Each file is
// written to a temporary name in dir and renamed into place, so a failure
// leaves the previous file intact; on failure Render returns the files it
// did write and every error.
// Indicators missing from catalog are titled with their id.
func Render(ctx context.Context, dir string, catalog []indicators.Indicator, series []model.Series, opt Options) ([]string, error) {
	r, err := newRenderer(opt)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("charts: %w", err)
	}
	byID := make(map[string]indicators.Indicator, len(catalog))
	for _, ind := range catalog {
		byID[ind.ID] = ind
	}
	var models []drawing
	for _, s := range series {
		ind, ok := byID[s.Indicator]
		if !ok {
			ind = indicators.Indicator{ID: s.Indicator, Unit: s.Unit}
		}
		m := buildModel(ind, s)
		if len(m.skipped) > 0 {
			opt.logger().Warn("charts: undated observations left out", "series", s.Key(), "periods", m.skipped)
		}
		if len(m.points) > 0 {
			models = append(models, m)
		}
	}
	if len(models) == 0 {
		return nil, ctx.Err()
	}

	// One job per file; the files are independent, so they are drawn and
	// encoded in parallel (the shaper is shared and safe for that).
	type job struct {
		path  string
		write func(io.Writer) error
	}
	var jobs []job
	var cells []cell
	comps := buildComparisons(models)
	for _, c := range comps {
		for _, f := range opt.Formats {
			jobs = append(jobs, job{filepath.Join(dir, c.key+"."+f), func(w io.Writer) error {
				if err := r.writeComparison(w, c, f); err != nil {
					return fmt.Errorf("chart %s.%s: %w", c.key, f, err)
				}
				return nil
			}})
		}
		cells = append(cells, cell{comparison: &c})
		for _, m := range models {
			if m.ind.ID != c.ind.ID || m.unit != c.unit || len(m.points) < minLinePoints {
				continue
			}
			for _, f := range opt.Formats {
				jobs = append(jobs, job{filepath.Join(dir, m.series.Key()+"."+f), func(w io.Writer) error { return r.writeChart(w, m, f) }})
			}
			cells = append(cells, cell{series: &m})
		}
	}
	jobs = append(jobs, job{filepath.Join(dir, OverviewFile), func(w io.Writer) error { return r.writeOverview(w, cells, series) }})
	errs := make([]error, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Go(func() {
			for i := range next {
				if err := ctx.Err(); err != nil {
					errs[i] = err
					continue
				}
				errs[i] = atomicfile.Write(jobs[i].path, jobs[i].write)
			}
		})
	}
	// The overview, the largest job, goes first.
	next <- len(jobs) - 1
	for i := range len(jobs) - 1 {
		next <- i
	}
	close(next)
	wg.Wait()
	var written []string
	for i, j := range jobs[:len(jobs)-1] {
		if errs[i] == nil {
			written = append(written, j.path)
		}
	}
	if errs[len(jobs)-1] == nil {
		written = append(written, jobs[len(jobs)-1].path)
	}
	if err := ctx.Err(); err != nil {
		return written, err // once, not once per file
	}
	return written, errors.Join(errs...)
}

// RenderOne writes the chart of s in format ("png", "svg" or "pdf") to w.
// It returns ErrNoData, having written nothing, when s has no dated point.
func RenderOne(ctx context.Context, w io.Writer, ind indicators.Indicator, s model.Series, format string, opt Options) error {
	if err := checkFormat(format); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	r, err := newRenderer(opt)
	if err != nil {
		return err
	}
	m := buildModel(ind, s)
	if len(m.points) == 0 {
		return fmt.Errorf("chart %s: %w", s.Key(), ErrNoData)
	}
	return r.writeChart(w, m, format)
}

// RenderFile writes the chart of s to path, in the format its extension
// names (.png, .svg, .pdf), through a temporary file renamed into place.
// It returns ErrNoData, having written nothing, when s has no dated point.
func RenderFile(ctx context.Context, path string, ind indicators.Indicator, s model.Series, opt Options) error {
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	if err := checkFormat(format); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	r, err := newRenderer(opt)
	if err != nil {
		return err
	}
	m := buildModel(ind, s)
	if len(m.points) == 0 {
		return fmt.Errorf("chart %s: %w", s.Key(), ErrNoData)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return atomicfile.Write(path, func(w io.Writer) error { return r.writeChart(w, m, format) })
}

func checkFormat(f string) error {
	if f != "png" && f != "svg" && f != "pdf" {
		return fmt.Errorf("chart format %q: want png, svg or pdf", f)
	}
	return nil
}

// canvas returns a white canvas of wpx×hpx PNG pixels in format.
func (r *renderer) canvas(format string, wpx, hpx int) (vg.CanvasWriterTo, draw.Canvas) {
	w := vg.Length(wpx) * vg.Inch / vg.Length(r.opt.DPI)
	h := vg.Length(hpx) * vg.Inch / vg.Length(r.opt.DPI)
	var c vg.CanvasWriterTo
	switch format {
	case "svg":
		c = vgsvg.New(w, h)
	case "pdf":
		c = vgpdf.New(w, h)
	default:
		c = fastPNG{vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(r.opt.DPI), vgimg.UseBackgroundColor(whiteColour))}
	}
	dc := draw.New(c)
	if format != "png" {
		dc.FillPolygon(whiteColour, []vg.Point{dc.Min, {X: dc.Max.X, Y: dc.Min.Y}, dc.Max, {X: dc.Min.X, Y: dc.Max.Y}})
	}
	return c, dc
}

// fastPNG encodes a vgimg canvas with the fastest zlib level: a chart is
// mostly flat colour, so the file is barely larger and the encoding takes
// a third of the time of the default level.
type fastPNG struct{ *vgimg.Canvas }

// WriteTo implements io.WriterTo.
func (c fastPNG) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	err := enc.Encode(cw, c.Image())
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// writeChart draws m and writes it to w in format.
func (r *renderer) writeChart(w io.Writer, m drawing, format string) error {
	c, dc := r.canvas(format, r.opt.Width, r.opt.Height)
	r.drawChart(dc, m)
	if _, err := c.WriteTo(w); err != nil {
		return fmt.Errorf("chart %s.%s: %w", m.series.Key(), format, err)
	}
	return nil
}

// cell is one small multiple of the overview: a comparison or a series.
type cell struct {
	comparison *comparison
	series     *drawing
}

// writeOverview draws every chart as a small multiple on one PNG page,
// under a heading and above one footer for all of them.
func (r *renderer) writeOverview(w io.Writer, models []cell, series []model.Series) error {
	cols := 3
	switch n := len(models); {
	case n == 1:
		cols = 1
	case n <= 4:
		cols = 2
	}
	rows := (len(models) + cols - 1) / cols
	cellW, cellH := r.opt.Width/2, r.opt.Height*11/20
	pt := func(px int) vg.Length { return vg.Length(px) * vg.Inch / vg.Length(r.opt.DPI) }
	em := r.em()
	head := vg.Points(r.opt.TitleSize)*1.2 + em*2.4
	foot := em * 3
	wpx := cols*cellW + int(math.Ceil(float64(em*2.8/vg.Inch)*float64(r.opt.DPI)))
	hpx := rows*cellH + int(math.Ceil(float64((head+foot)/vg.Inch)*float64(r.opt.DPI)))
	c, dc := r.canvas("png", wpx, hpx)

	margin := em * 1.4
	inner := draw.Crop(dc, margin, -margin, 0, -margin)
	r.textLine(inner, r.style(r.opt.TitleSize, true, inkColour), r.loc.overview, inner.Max.Y)

	docs := map[string]bool{}
	var first, last string
	for _, s := range series {
		for _, p := range s.Points {
			for _, rec := range p.Records {
				docs[rec.Doc] = true
				if len(rec.Published) >= 10 {
					d := rec.Published[:10]
					if first == "" || d < first {
						first = d
					}
					last = max(last, d)
				}
			}
		}
	}
	r.textLineUp(inner, r.style(r.opt.FontSize*0.85, false, greyColour), r.overviewSourceLine(len(docs), first, last), inner.Min.Y+em*0.8)

	gridTop := dc.Max.Y - head
	for i, m := range models {
		col, row := i%cols, i/cols
		x0 := margin + pt(col*cellW)
		y1 := gridTop - pt(row*cellH)
		cell := dc
		cell.Min = vg.Point{X: x0, Y: y1 - pt(cellH) + em*0.6}
		cell.Max = vg.Point{X: x0 + pt(cellW) - em, Y: y1}
		if r.loc.rtl { // Arabic reads the grid from the right
			cell.Min.X, cell.Max.X = dc.Max.X-margin-pt((col+1)*cellW)+em, dc.Max.X-margin-pt(col*cellW)
		}
		if m.comparison != nil {
			r.drawComparisonCell(cell, *m.comparison)
		} else {
			r.drawCell(cell, *m.series)
		}
	}
	if _, err := c.WriteTo(w); err != nil {
		return fmt.Errorf("chart %s: %w", OverviewFile, err)
	}
	return nil
}

// drawComparisonCell draws a comparison as a small multiple.
func (r *renderer) drawComparisonCell(c draw.Canvas, cmp comparison) {
	sc := r.comparisonScale(cmp)
	em := r.em()
	top := r.textLine(c, r.style(r.opt.FontSize*1.1, true, inkColour), cmp.ind.Name(r.opt.Lang), c.Max.Y)
	sub := r.loc.latestValue
	if cmp.unit != "ordinal" {
		sub += r.loc.listSep + unitLabel(cmp.unit, sc, r.loc)
	}
	top = r.textLine(c, r.style(r.opt.FontSize*0.9, false, greyColour), sub, top-em*0.15)
	area := c
	area.Max.Y = top - em*0.6
	r.comparisonPlot(cmp, sc, true).Draw(area)
}

// drawCell draws one small multiple: title, entities and unit, plot.
func (r *renderer) drawCell(c draw.Canvas, m drawing) {
	sc := r.scaleOf(m)
	em := r.em()
	top := r.textLine(c, r.style(r.opt.FontSize*1.1, true, inkColour), r.title(m), c.Max.Y)
	if sub := r.subtitle(m, sc); sub != "" {
		top = r.textLine(c, r.style(r.opt.FontSize*0.9, false, greyColour), sub, top-em*0.15)
	}
	area := c
	area.Max.Y = top - em*0.6
	p := r.newPlot(m, sc, true, area.Max.X-area.Min.X)
	p.Draw(area)
}
