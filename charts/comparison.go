package charts

import (
	"cmp"
	"image/color"
	"io"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// minLinePoints is the fewest dated points a series needs for a chart of
// its own: fewer is a lonely dot on a time axis, so such a series is shown
// only in its indicator's comparison.
const minLinePoints = 3

// comparison is the latest value of every series of one indicator in one
// unit, a row per entity group: a dot plot with the date of each value.
type comparison struct {
	ind   indicators.Indicator
	unit  string
	basis string // the series' basis when not the indicator's own
	key   string // the file name without extension
	rows  []comparisonRow
	// Provenance for the footer.
	docs        int
	outlets     []string // most cited first
	first, last string   // publication dates, YYYY-MM-DD
	approx      bool
	lower       bool
	upper       bool
}

// comparisonRow is the latest headline of one series.
type comparisonRow struct {
	entities []string
	mark     mark
	period   string
}

// comparisonKey names the comparison a drawing is shown in: its
// indicator, unit and basis.
type comparisonKey struct{ ind, unit, basis string }

func (m drawing) comparisonKey() comparisonKey {
	return comparisonKey{m.ind.ID, m.unit, m.series.Basis}
}

// sources is who reported a set of series, for a footer: the documents,
// the documents of each outlet and the span of their publication days.
type sources struct {
	docs        map[string]bool
	outlets     map[string]int
	first, last string
}

// add counts the documents of s's records.
func (src *sources) add(s model.Series) {
	if src.docs == nil {
		src.docs, src.outlets = map[string]bool{}, map[string]int{}
	}
	for _, pt := range s.Points {
		for _, r := range pt.Records {
			if src.docs[r.Doc] {
				continue
			}
			src.docs[r.Doc] = true
			if o := outletOf(r); o != "" {
				src.outlets[o]++
			}
			pubSpan(&src.first, &src.last, r.Published)
		}
	}
}

// comparisonSources are the sources of each comparison's series, gathered
// as the series are drawn so that their records need not be kept.
type comparisonSources map[comparisonKey]*sources

// add counts the documents of m's series for its comparison.
func (cs comparisonSources) add(m drawing) {
	k := m.comparisonKey()
	if cs[k] == nil {
		cs[k] = &sources{}
	}
	cs[k].add(m.series)
}

// buildComparisons groups the drawings by indicator and unit. The unit of
// most series (the catalog's on a tie) gets the file INDICATOR, the others
// INDICATOR__UNIT. src holds the sources of every drawing's series.
func buildComparisons(models []drawing, src comparisonSources) []comparison {
	var order []comparisonKey
	groups := map[comparisonKey][]drawing{}
	for _, m := range models {
		k := m.comparisonKey()
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], m)
	}
	primary := map[string]string{} // indicator → unit named INDICATOR
	for _, k := range order {
		if k.basis != "" {
			continue
		}
		p, ok := primary[k.ind]
		n, pn := len(groups[k]), len(groups[comparisonKey{k.ind, p, ""}])
		if !ok || n > pn || n == pn && k.unit == groups[k][0].ind.Unit {
			primary[k.ind] = k.unit
		}
	}
	var out []comparison
	for _, k := range order {
		ms := groups[k]
		c := comparison{ind: ms[0].ind, unit: k.unit, basis: k.basis, key: k.ind}
		if primary[k.ind] != k.unit {
			c.key += "__" + k.unit
		}
		c.key += model.BasisSuffix(k.basis)
		for _, m := range ms {
			last := m.points[len(m.points)-1]
			hm := last.headlineMark()
			c.rows = append(c.rows, comparisonRow{entities: m.series.Entities, mark: hm, period: last.period})
			c.approx = c.approx || hm.approx
			c.lower = c.lower || hm.bound == "lower"
			c.upper = c.upper || hm.bound == "upper"
		}
		var outlets map[string]int
		if s := src[k]; s != nil {
			c.docs, outlets, c.first, c.last = len(s.docs), s.outlets, s.first, s.last
		}
		for o := range outlets {
			c.outlets = append(c.outlets, o)
		}
		slices.SortFunc(c.outlets, func(a, b string) int {
			return cmp.Or(cmp.Compare(outlets[b], outlets[a]), cmp.Compare(a, b))
		})
		// Largest value on top: rows are drawn from the bottom up.
		slices.SortStableFunc(c.rows, func(a, b comparisonRow) int { return cmp.Compare(a.mark.y, b.mark.y) })
		out = append(out, c)
	}
	return out
}

// latestPeriod is the latest period of the rows.
func (c comparison) latestPeriod() string {
	var best string
	var bestEnd float64
	for _, row := range c.rows {
		pp, err := parsePeriod(row.period)
		if err != nil {
			continue
		}
		if end := toX(pp.next()); best == "" || end > bestEnd {
			best, bestEnd = row.period, end
		}
	}
	return best
}

// comparisonSourceLine is the footer of a comparison: "Source: Reuters,
// TASS and others, 12 documents, 2024-01-05–2025-03-02 · data as of Aug
// 2025 · econtrack v1".
func (r *renderer) comparisonSourceLine(c comparison) string {
	var b strings.Builder
	b.WriteString(r.loc.source)
	if n := len(c.outlets); n > 0 {
		names := make([]string, 0, 3)
		for _, o := range c.outlets[:min(n, 3)] {
			names = append(names, r.loc.isolateName(o))
		}
		b.WriteString(strings.Join(names, r.loc.listSep))
		if n > 3 {
			b.WriteString(r.loc.andOthers)
		}
		b.WriteString(r.loc.listSep)
	}
	b.WriteString(r.docSpan(c.docs, c.first, c.last))
	if p := c.latestPeriod(); p != "" {
		b.WriteString(" · " + r.loc.latestData + r.loc.period(p))
	}
	b.WriteString(" · ")
	b.WriteString(r.loc.isolate("econtrack " + r.opt.Version))
	return b.String()
}

// comparisonKey explains the hedge signs a comparison uses.
func (r *renderer) comparisonKey(c comparison) string {
	words := map[string][3]string{
		"en": {"○ ≈ approximate", "> more than", "< less than"},
		"ar": {"○ ≈ قيمة تقريبية", "> أكثر من", "< أقل من"},
		"ru": {"○ ≈ приблизительно", "> более", "< менее"},
	}[r.opt.Lang]
	var parts []string
	for i, on := range []bool{c.approx, c.lower, c.upper} {
		// (A language that writes bounds in words needs no key for them.)
		if on && (i == 0 || r.loc.boundWords == nil) {
			parts = append(parts, words[i])
		}
	}
	return strings.Join(parts, " · ")
}

// comparisonHeight is the height in pixels of a comparison of c's rows:
// the usual chart height, taller when the rows need it; lower for numbered
// meetings, which have no value axis to draw.
func (r *renderer) comparisonHeight(c comparison) int {
	emPx := r.opt.FontSize / 72 * float64(r.opt.DPI)
	least, frame := r.opt.Height*3/5, 14.0
	if c.unit == "ordinal" {
		least, frame = r.opt.Height*2/5, 11
	}
	return max(least, int(emPx*(frame+2.3*float64(len(c.rows)))))
}

// writeComparison draws c and writes it to w in format.
func (r *renderer) writeComparison(w io.Writer, c comparison, format string) error {
	cv, dc := r.canvas(format, r.opt.Width, r.comparisonHeight(c))
	r.drawComparison(dc, c)
	if format == "svg" {
		sc := r.comparisonScale(c)
		var desc []string
		for k := len(c.rows) - 1; k >= 0; k-- {
			row := c.rows[k]
			desc = append(desc, r.loc.entities(row.entities, r.opt.Lang)+": "+valueText(row.mark, c.unit, sc, decimals([]float64{row.mark.y}, sc.div), r.loc)+" ("+r.loc.period(row.period)+")")
		}
		desc = append(desc, r.comparisonSourceLine(c))
		cv = describedSVG{cv, r.named(c.ind, c.basis) + " — " + r.loc.latestValue, strings.Join(desc, "; ")}
	}
	if _, err := cv.WriteTo(w); err != nil {
		return err
	}
	return nil
}

// drawComparison draws the full comparison chart on dc: title, subtitle,
// dot plot, key and footer.
func (r *renderer) drawComparison(dc draw.Canvas, c comparison) {
	em := r.em()
	margin := em * 1.4
	inner := draw.Crop(dc, margin, -margin, margin*0.8, -margin)
	sc := r.comparisonScale(c)
	top := r.textLine(inner, r.style(r.opt.TitleSize, true, inkColour), r.named(c.ind, c.basis), inner.Max.Y)
	top -= em * 0.3
	top = r.textLine(inner, r.style(r.opt.FontSize*1.05, false, greyColour), r.comparisonSubtitle(c, sc), top)
	top -= em * 0.8

	footSty := r.style(r.opt.FontSize*0.85, false, greyColour)
	bottom := inner.Min.Y
	lines := []string{r.comparisonSourceLine(c)}
	if k := r.comparisonKey(c); k != "" {
		lines = append(lines, k)
	}
	for _, l := range lines {
		bottom = r.textLineUp(inner, footSty, l, bottom) + em*0.25
	}
	bottom += em * 0.6

	area := inner
	area.Min.Y, area.Max.Y = bottom, top
	r.drawComparisonPlot(area, c, sc, false)
}

// comparisonSubtitle is "Latest reported value, %".
func (r *renderer) comparisonSubtitle(c comparison, sc valueScale) string {
	if c.unit == "ordinal" {
		return r.loc.latestValue
	}
	return r.loc.latestValue + r.loc.listSep + unitLabel(c.unit, sc, r.loc)
}

// comparisonScale is the value scale of c's values.
func (r *renderer) comparisonScale(c comparison) valueScale {
	var hi float64
	for _, row := range c.rows {
		hi = max(hi, math.Abs(row.mark.y))
	}
	return pickScale(hi, c.unit, r.loc)
}

// drawComparisonPlot draws the dot plot of c in area. In Arabic the
// names of the countries stand on the right, where a reader starts.
func (r *renderer) drawComparisonPlot(area draw.Canvas, c comparison, sc valueScale, compact bool) {
	p, cp := r.comparisonPlot(c, sc, compact)
	if r.loc.rtl {
		sty := p.Y.Tick.Label
		var w vg.Length
		names := make([]string, len(c.rows))
		for i, row := range c.rows {
			names[i] = r.loc.entities(row.entities, r.opt.Lang)
			w = max(w, sty.Width(names[i]))
		}
		right := area.Max.X
		area.Max.X -= w + r.em()*0.8
		ticks := make([]plot.Tick, len(names))
		for i := range names {
			ticks[i] = plot.Tick{Value: float64(i)} // the names are drawn on the right
		}
		p.Y.Tick.Marker = plot.ConstantTicks(ticks)
		cp.names, cp.nameRight, cp.nameSty = names, right, sty
	}
	p.Draw(area)
}

// comparisonPlot is the dot plot of c: entity groups on the vertical
// axis, values on the horizontal one.
func (r *renderer) comparisonPlot(c comparison, sc valueScale, compact bool) (*plot.Plot, *comparisonPlotter) {
	p := plot.New()
	p.BackgroundColor = color.Transparent
	size := r.opt.FontSize * 0.95
	if compact {
		size = r.opt.FontSize * 0.85 * compactShrink(len(c.rows))
	}
	tickSty := r.style(size, false, greyColour)
	lo, hi := c.rows[0].mark.y, c.rows[0].mark.y
	names := make([]string, len(c.rows))
	for i, row := range c.rows {
		lo, hi = min(lo, row.mark.y), max(hi, row.mark.y)
		names[i] = r.loc.entities(row.entities, r.opt.Lang)
		if names[i] == "" {
			names[i] = "–"
		}
	}
	n := 6
	if compact {
		n = 3
	}
	// Room on the right for the value and date of the largest value. The
	// stems are lengths: they start at zero, percentages too.
	vmin, vmax, step, dec := valueAxisRoom(lo, hi, c.unit, true, n, sc.div, 0.3)
	p.X.Min, p.X.Max = vmin, vmax
	suffix := ""
	if c.unit == "percent" {
		suffix = "%"
	}
	p.X.Tick.Marker = valueTicker{loc: r.loc, scale: sc, integral: integral(c.unit), n: n, suffix: suffix, step: step, dec: dec}
	p.X.Tick.Label = tickSty
	p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = text.XCenter, text.YTop
	p.X.Tick.LineStyle.Width = 0
	p.X.LineStyle = draw.LineStyle{Color: axisColour, Width: vg.Points(0.8)}
	p.X.Padding = 0
	p.NominalY(names...)
	p.Y.Tick.Label = r.style(size, false, inkColour)
	p.Y.Tick.Label.XAlign, p.Y.Tick.Label.YAlign = text.XRight, text.YCenter
	p.Y.LineStyle.Width = 0
	p.Y.Tick.LineStyle.Width = 0
	p.Y.Padding = r.em() * 0.8
	if r.opt.Grid {
		g := plotter.NewGrid()
		g.Horizontal.Color = nil
		g.Vertical = draw.LineStyle{Color: gridColour, Width: vg.Points(0.6)}
		p.Add(g)
	}
	if vmin < 0 && vmax > 0 {
		z, _ := plotter.NewLine(plotter.XYs{{X: 0, Y: -0.5}, {X: 0, Y: float64(len(c.rows)) - 0.5}})
		z.LineStyle = draw.LineStyle{Color: axisColour, Width: vg.Points(1)}
		p.Add(z)
	}
	cp := &comparisonPlotter{r: r, c: c, sc: sc, compact: compact, xmin: vmin, xmax: vmax}
	if c.unit == "ordinal" {
		// A meeting's number is no amount to compare on an axis: a card
		// of numbers and dates.
		p = plot.New()
		p.BackgroundColor = color.Transparent
		p.HideX()
		p.NominalY(names...)
		p.Y.Tick.Label = r.style(size, false, inkColour)
		p.Y.Tick.Label.XAlign, p.Y.Tick.Label.YAlign = text.XRight, text.YCenter
		p.Y.LineStyle.Width, p.Y.Tick.LineStyle.Width = 0, 0
		p.Y.Padding = r.em() * 0.8
		p.X.Min, p.X.Max = 0, 1
		cp.card, cp.xmin, cp.xmax = true, 0, 1
	}
	p.Add(cp)
	return p, cp
}

// compactShrink is the factor text shrinks by in a small multiple of n
// rows: a panel holds 8 rows at full size, more at a smaller one (to half).
func compactShrink(n int) float64 {
	return max(0.5, min(1, 8/float64(max(n, 1))))
}

// comparisonPlotter draws the rows of a comparison: a guide from the axis
// to each value, the value's marker and its label with the period.
type comparisonPlotter struct {
	r       *renderer
	c       comparison
	sc      valueScale
	compact bool
	// xmin and xmax are the value axis' range, which the plotter keeps.
	xmin, xmax float64
	// card lays the rows out as text by the axis, with no amounts.
	card bool
	// names, when set, are drawn right-aligned at nameRight (Arabic).
	names     []string
	nameRight vg.Length
	nameSty   text.Style
}

// Plot implements plot.Plotter.
func (cp *comparisonPlotter) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	em := cp.r.em()
	rad := em * 0.36
	size := cp.r.opt.FontSize * 0.9
	if cp.compact {
		f := compactShrink(len(cp.c.rows))
		rad, size = em*0.28*vg.Length(f), cp.r.opt.FontSize*0.8*f
	}
	base := trX(max(p.X.Min, min(0, p.X.Max)))
	// One measure, one colour: the rows are not series to tell apart.
	col := cp.r.pal.cycle[0]
	for i, row := range cp.c.rows {
		y := trY(float64(i))
		x := trX(row.mark.y)
		if cp.card {
			x = c.Min.X + rad*1.5
		} else {
			c.StrokeLine2(draw.LineStyle{Color: blend(col, whiteColour.rgba(), 0.6), Width: vg.Points(1.2)}, base, y, x, y)
		}
		mk := row.mark
		mk.bound = "" // the label carries the sign of a bound
		drawMarker(c, vg.Point{X: x, Y: y}, rad, col, mk)
		// Each value with the decimals its source gave: rows come from
		// different reports.
		dec := decimals([]float64{row.mark.y}, cp.sc.div)
		label := valueText(row.mark, cp.c.unit, cp.sc, dec, cp.r.loc) + "  " + cp.r.loc.period(row.period)
		sty := cp.r.style(size, false, darken(col, 0.35))
		sty.XAlign, sty.YAlign = text.XLeft, text.YCenter
		pos := vg.Point{X: x + rad*1.8, Y: y}
		// On the side with room; shrunk (to 60%) when neither side has
		// enough.
		right, left := c.Max.X-(x+rad*1.8), (x-rad*1.8)-c.Min.X
		if w := sty.Width(label); w > right && left > right {
			sty.XAlign, pos.X = text.XRight, x-rad*1.8
			sty = fit(sty, label, left)
		} else if w > right {
			sty = fit(sty, label, right)
		}
		w, h := sty.Width(label), sty.Height(label)
		x0 := pos.X + vg.Length(sty.XAlign)*w
		pad := vg.Points(1.5)
		hb := vg.Rectangle{Min: vg.Point{X: x0 - pad, Y: y - h/2 - pad}, Max: vg.Point{X: x0 + w + pad, Y: y + h/2 + pad}}
		c.FillPolygon(halo(), []vg.Point{hb.Min, {X: hb.Max.X, Y: hb.Min.Y}, hb.Max, {X: hb.Min.X, Y: hb.Max.Y}})
		c.FillText(sty, pos, label)
		if i < len(cp.names) {
			ns := cp.nameSty
			ns.XAlign, ns.YAlign = text.XRight, text.YCenter
			c.FillText(ns, vg.Point{X: cp.nameRight, Y: y}, cp.names[i])
		}
	}
}

// DataRange implements plot.DataRanger: the rows sit at 0…n-1.
func (cp *comparisonPlotter) DataRange() (xmin, xmax, ymin, ymax float64) {
	return cp.xmin, cp.xmax, -0.5, float64(len(cp.c.rows)) - 0.5
}
