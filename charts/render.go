package charts

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"image/png"
	"io"
	"iter"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
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

// Render writes, for every indicator with dated points, dir/<indicator>.<format>
// for each of opt.Formats (the latest value of each of its series, side by
// side; a second unit gets <indicator>__<UNIT>), then for every series with
// at least minLinePoints dated points its time series,
// dir/<series.Key()>.<format>, and the overview: dir/overview.png (and
// overview-2.png, … for more than 9 panels) and every page in
// dir/overview.pdf. It returns the paths written, in order (the files are
// drawn in parallel). A series without dated points writes nothing and is
// not an error. Each file is written to a temporary name in dir and renamed
// into place, so a failure leaves the previous file intact; on failure
// Render returns the files it did write and every error.
// Indicators missing from catalog are titled with their id.
func Render(ctx context.Context, dir string, catalog []indicators.Indicator, series []model.Series, opt Options) ([]string, error) {
	return RenderSeq(ctx, dir, catalog, func(yield func(model.Series, error) bool) {
		for _, s := range series {
			if !yield(s, nil) {
				return
			}
		}
	}, opt)
}

// RenderSeq is Render for series that are too many to hold at once: each
// is ranged over once and only what its charts draw is kept (its points'
// marks, not its records), so memory grows with the number of periods
// drawn, not with the number of observations behind them. The first error
// series yields fails RenderSeq before it writes anything.
func RenderSeq(ctx context.Context, dir string, catalog []indicators.Indicator, series iter.Seq2[model.Series, error], opt Options) ([]string, error) {
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
	var all sources // of every series, for the overview's footer
	src := comparisonSources{}
	for s, err := range series {
		if err != nil {
			return nil, fmt.Errorf("charts: %w", err)
		}
		all.add(s)
		ind, ok := byID[s.Indicator]
		if !ok {
			ind = indicators.Indicator{ID: s.Indicator, Unit: s.Unit}
		}
		m := buildModel(ind, s)
		if len(m.skipped) > 0 {
			opt.logger().Warn("charts: undated observations left out", "series", s.Key(), "periods", m.skipped)
		}
		if len(m.points) > 0 {
			src.add(m)
			m.series.Points = nil // drawn from m.points
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
	comps := buildComparisons(models, src)
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
			if m.ind.ID != c.ind.ID || m.unit != c.unit || m.series.Basis != c.basis || len(m.points) < minLinePoints {
				continue
			}
			for _, f := range opt.Formats {
				jobs = append(jobs, job{filepath.Join(dir, m.series.Key()+"."+f), func(w io.Writer) error { return r.writeChart(w, m, f) }})
			}
			cells = append(cells, cell{series: &m})
		}
	}
	// The overview: pages of at most 3×3 panels, then all of them in one
	// PDF.
	pages := overviewPages(cells)
	footer := r.overviewSourceLine(len(all.docs), all.first, all.last)
	for i := range pages {
		jobs = append(jobs, job{filepath.Join(dir, overviewFile(i)), func(w io.Writer) error { return r.writeOverview(w, pages, i, footer) }})
	}
	jobs = append(jobs, job{filepath.Join(dir, OverviewPDF), func(w io.Writer) error { return r.writeOverviewPDF(w, pages, footer) }})
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
	if format == "svg" {
		sc := r.scaleOf(m)
		var desc []string
		if sub := r.subtitle(m, sc); sub != "" {
			desc = append(desc, sub)
		}
		for _, p := range m.points {
			desc = append(desc, r.loc.period(p.period)+": "+valueText(p.headlineMark(), m.unit, sc, decimals([]float64{p.headline}, sc.div), r.loc))
		}
		desc = append(desc, r.sourceLine(m.docs, m.latest))
		c = describedSVG{c, r.title(m), strings.Join(desc, "; ")}
	}
	if _, err := c.WriteTo(w); err != nil {
		return fmt.Errorf("chart %s.%s: %w", m.series.Key(), format, err)
	}
	return nil
}

// describedSVG adds a <title> and a <desc> to an SVG: the chart's title,
// and its values and source in words, which screen readers speak and
// search indexes read, and names the font of its live <text> with
// fallbacks.
type describedSVG struct {
	vg.CanvasWriterTo
	title, desc string
}

// WriteTo implements io.WriterTo.
func (d describedSVG) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	if _, err := d.CanvasWriterTo.WriteTo(&buf); err != nil {
		return 0, err
	}
	b := bytes.ReplaceAll(buf.Bytes(), []byte(liveFontFamily), []byte(svgFontFamily))
	at := bytes.Index(b, []byte("<svg"))
	if at >= 0 {
		if end := bytes.IndexByte(b[at:], '>'); end >= 0 {
			at += end + 1
			var x bytes.Buffer
			x.WriteString("\n<title>")
			xml.EscapeText(&x, []byte(d.title))
			x.WriteString("</title>\n<desc>")
			xml.EscapeText(&x, []byte(d.desc))
			x.WriteString("</desc>")
			b = slices.Concat(b[:at], x.Bytes(), b[at:])
		}
	}
	n, err := w.Write(b)
	return int64(n), err
}

// cell is one small multiple of the overview: a comparison or a series.
type cell struct {
	comparison *comparison
	series     *drawing
}

// OverviewPDF is the name of the overview with every page in one PDF.
const OverviewPDF = "overview.pdf"

// overviewPage is the most panels a page of the overview holds (3×3):
// more and the text of each shrinks below reading size.
const overviewPage = 9

// overviewPages splits cells into pages of at most overviewPage panels.
func overviewPages(cells []cell) [][]cell {
	var pages [][]cell
	for len(cells) > overviewPage {
		pages = append(pages, cells[:overviewPage])
		cells = cells[overviewPage:]
	}
	return append(pages, cells)
}

// overviewFile is the PNG of page i (0-based): overview.png, then
// overview-2.png, …
func overviewFile(i int) string {
	if i == 0 {
		return OverviewFile
	}
	return fmt.Sprintf("overview-%d.png", i+1)
}

// overviewGrid is the columns and rows of a page of n panels.
func overviewGrid(n int) (cols, rows int) {
	cols = 3
	switch {
	case n == 1:
		cols = 1
	case n <= 4:
		cols = 2
	}
	return cols, (n + cols - 1) / cols
}

// overviewSize is the size in pixels of a page of n panels.
func (r *renderer) overviewSize(n int) (wpx, hpx int) {
	cols, rows := overviewGrid(n)
	cellW, cellH := r.opt.Width/2, r.opt.Height*11/20
	em := r.em()
	head := vg.Points(r.opt.TitleSize)*1.2 + em*2.4
	foot := em * 4.2
	wpx = cols*cellW + int(math.Ceil(float64(em*2.8/vg.Inch)*float64(r.opt.DPI)))
	hpx = rows*cellH + int(math.Ceil(float64((head+foot)/vg.Inch)*float64(r.opt.DPI)))
	return wpx, hpx
}

// overviewSizeOf is the size of a page: a full page's for every page of a
// several-page overview, so that they print alike.
func (r *renderer) overviewSizeOf(pages [][]cell, page int) (int, int) {
	if len(pages) > 1 {
		return r.overviewSize(overviewPage)
	}
	return r.overviewSize(len(pages[page]))
}

// writeOverview writes a page of the overview as a PNG.
func (r *renderer) writeOverview(w io.Writer, pages [][]cell, page int, footer string) error {
	wpx, hpx := r.overviewSizeOf(pages, page)
	c, dc := r.canvas("png", wpx, hpx)
	r.drawOverviewPage(dc, pages, page, footer)
	if _, err := c.WriteTo(w); err != nil {
		return fmt.Errorf("chart %s: %w", overviewFile(page), err)
	}
	return nil
}

// writeOverviewPDF writes every page of the overview into one PDF.
func (r *renderer) writeOverviewPDF(w io.Writer, pages [][]cell, footer string) error {
	wpx, hpx := r.overviewSizeOf(pages, 0)
	c := vgpdf.New(vg.Length(wpx)*vg.Inch/vg.Length(r.opt.DPI), vg.Length(hpx)*vg.Inch/vg.Length(r.opt.DPI))
	for i := range pages {
		if i > 0 {
			c.NextPage()
		}
		dc := draw.New(c)
		dc.FillPolygon(whiteColour, []vg.Point{dc.Min, {X: dc.Max.X, Y: dc.Min.Y}, dc.Max, {X: dc.Min.X, Y: dc.Max.Y}})
		r.drawOverviewPage(dc, pages, i, footer)
	}
	if _, err := c.WriteTo(w); err != nil {
		return fmt.Errorf("chart %s: %w", OverviewPDF, err)
	}
	return nil
}

// drawOverviewPage draws a page of the overview on dc: a heading with the
// page number, up to 3×3 panels, the key of the marker styles (the same
// on every page) and one footer.
func (r *renderer) drawOverviewPage(dc draw.Canvas, pages [][]cell, page int, footer string) {
	cells := pages[page]
	cols, _ := overviewGrid(len(cells))
	if len(pages) > 1 {
		cols = 3
	}
	cellW, cellH := r.opt.Width/2, r.opt.Height*11/20
	pt := func(px int) vg.Length { return vg.Length(px) * vg.Inch / vg.Length(r.opt.DPI) }
	em := r.em()
	head := vg.Points(r.opt.TitleSize)*1.2 + em*2.4

	margin := em * 1.4
	inner := draw.Crop(dc, margin, -margin, 0, -margin)
	title := r.loc.overview
	if len(pages) > 1 {
		title += fmt.Sprintf(" (%d/%d)", page+1, len(pages))
	}
	r.textLine(inner, r.style(r.opt.TitleSize, true, inkColour), title, inner.Max.Y)

	footSty := r.style(r.opt.FontSize*0.85, false, greyColour)
	y := r.textLineUp(inner, footSty, footer, inner.Min.Y+em*0.8)
	if k := r.overviewKey(pages); k != "" {
		r.textLineUp(inner, footSty, k, y+em*0.25)
	}

	gridTop := dc.Max.Y - head
	for i, m := range cells {
		col, row := i%cols, i/cols
		x0 := margin + pt(col*cellW)
		y1 := gridTop - pt(row*cellH)
		cl := dc
		cl.Min = vg.Point{X: x0, Y: y1 - pt(cellH) + em*0.6}
		cl.Max = vg.Point{X: x0 + pt(cellW) - em, Y: y1}
		if r.loc.rtl { // Arabic reads the grid from the right
			cl.Min.X, cl.Max.X = dc.Max.X-margin-pt((col+1)*cellW)+em, dc.Max.X-margin-pt(col*cellW)
		}
		if m.comparison != nil {
			r.drawComparisonCell(cl, *m.comparison)
		} else {
			r.drawCell(cl, *m.series)
		}
	}
}

// overviewKey explains the marker styles any panel of the overview uses.
func (r *renderer) overviewKey(pages [][]cell) string {
	var u drawing
	for _, p := range pages {
		for _, c := range p {
			switch {
			case c.series != nil:
				u.approx = u.approx || c.series.approx
				u.lower = u.lower || c.series.lower
				u.upper = u.upper || c.series.upper
				u.conflict = u.conflict || c.series.conflict
			case c.comparison != nil:
				u.approx = u.approx || c.comparison.approx
				u.lower = u.lower || c.comparison.lower
				u.upper = u.upper || c.comparison.upper
			}
		}
	}
	return r.keyLine(u)
}

// drawComparisonCell draws a comparison as a small multiple.
func (r *renderer) drawComparisonCell(c draw.Canvas, cmp comparison) {
	sc := r.comparisonScale(cmp)
	em := r.em()
	top := r.textLine(c, r.style(r.opt.FontSize*1.1, true, inkColour), r.named(cmp.ind, cmp.basis), c.Max.Y)
	top = r.textLine(c, r.style(r.opt.FontSize*0.9, false, greyColour), r.comparisonSubtitle(cmp, sc), top-em*0.15)
	area := c
	area.Max.Y = top - em*0.6
	r.drawComparisonPlot(area, cmp, sc, true)
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
