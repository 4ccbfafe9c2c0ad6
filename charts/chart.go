package charts

import (
	"image/color"
	"math"
	"slices"
	"strings"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Theme colours, 0xRRGGBB.
const (
	inkColour   rgb = 0x222222
	greyColour  rgb = 0x5f5f5f
	gridColour  rgb = 0xdddddd
	axisColour  rgb = 0x888888
	whiteColour rgb = 0xffffff
)

// rgb is an opaque colour 0xRRGGBB.
type rgb uint32

// RGBA implements color.Color.
func (c rgb) RGBA() (r, g, b, a uint32) { return c.rgba().RGBA() }

func (c rgb) rgba() color.RGBA {
	return color.RGBA{R: uint8(c >> 16), G: uint8(c >> 8), B: uint8(c), A: 0xff}
}

// halo is the translucent white behind labels.
func halo() color.Color { return color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xd8} }

// renderer holds what every chart of a set shares.
type renderer struct {
	opt Options
	loc *locale
	h   *shaper
	pal palette
}

func newRenderer(opt Options) (*renderer, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	h, err := newShaper(opt.Lang)
	if err != nil {
		return nil, err
	}
	pal, _ := parsePalette(opt.Palette) // validated
	return &renderer{opt: opt, loc: locales[opt.Lang], h: h, pal: pal}, nil
}

// style returns a text style of size pt points.
func (r *renderer) style(size float64, bold bool, c color.Color) text.Style {
	f := font.Font{Typeface: "DejaVu Sans", Size: vg.Points(size)}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return text.Style{Color: c, Font: f, Handler: r.h}
}

// groupKey is the palette key of a series' entity group.
func groupKey(ents []string) string {
	if len(ents) == 0 {
		return "-"
	}
	return strings.Join(ents, "-")
}

// title is the indicator's name in the chart language.
func (r *renderer) title(m drawing) string { return r.named(m.ind, m.series.Basis) }

// named is the indicator's name, with the basis of its series when that is
// not the indicator's own: "GDP growth (quarter on quarter)".
func (r *renderer) named(ind indicators.Indicator, basis string) string {
	if b := r.loc.bases[basis]; b != "" {
		return ind.Name(r.opt.Lang) + " (" + b + ")"
	}
	return ind.Name(r.opt.Lang)
}

// subtitle names the entities and the unit: "China–Russia, %".
func (r *renderer) subtitle(m drawing, sc valueScale) string {
	var parts []string
	if len(m.series.Entities) > 0 {
		parts = append(parts, r.loc.entities(m.series.Entities, r.opt.Lang))
	}
	if m.unit != "ordinal" {
		parts = append(parts, unitLabel(m.unit, sc, r.loc))
	}
	return strings.Join(parts, r.loc.listSep)
}

// sourceLine is the footer of a chart: who reported the latest value and
// where, then the data vintage: "Source: Elvira Nabiullina via Interfax,
// 2025-10-24 and 2 other documents · data as of Sep 2025 · econtrack v1".
func (r *renderer) sourceLine(docs int, p provenance) string {
	var b strings.Builder
	b.WriteString(r.loc.source)
	switch {
	case p.speaker != "" && p.outlet != "":
		b.WriteString(r.loc.isolateForeign(p.speaker) + r.loc.via + r.loc.isolateName(p.outlet))
	case p.outlet != "":
		b.WriteString(r.loc.isolateName(p.outlet))
	case p.speaker != "":
		b.WriteString(r.loc.isolateForeign(p.speaker))
	default:
		b.WriteString(r.loc.documents(1))
	}
	if p.published != "" {
		b.WriteString(r.loc.listSep + r.loc.isolate(p.published))
	}
	if docs > 1 {
		b.WriteString(r.loc.others(docs - 1))
	}
	if p.period != "" {
		b.WriteString(" · " + r.loc.latestData + r.loc.period(p.period))
	}
	b.WriteString(" · ")
	b.WriteString(r.loc.isolate("econtrack " + r.opt.Version))
	return b.String()
}

// overviewSourceLine is the footer of the overview page: "Source: 12
// documents, 2024-01-05–2025-03-02 · econtrack v1".
func (r *renderer) overviewSourceLine(docs int, first, last string) string {
	return r.loc.source + r.docSpan(docs, first, last) + " · " + r.loc.isolate("econtrack "+r.opt.Version)
}

// docSpan is "12 documents, 2024-01-05–2025-03-02": how many documents
// and the span of their publication days.
func (r *renderer) docSpan(docs int, first, last string) string {
	s := r.loc.documents(docs)
	switch {
	case first == "":
	case first == last:
		s += r.loc.listSep + r.loc.isolate(first)
	default:
		s += r.loc.listSep + r.loc.isolate(first+"–"+last)
	}
	return s
}

// keyLine explains the marker styles the chart uses, "" when it uses none.
func (r *renderer) keyLine(m drawing) string {
	words := map[string][5]string{ // approx, lower, upper, conflict, meeting gap
		"en": {"○ approximate", "↑ more than", "↓ less than", "pale: other reported values", "dashed: meetings missing from the sources"},
		"ar": {"○ قيمة تقريبية", "↑ أكثر من", "↓ أقل من", "الباهت: قيم أخرى وردت في المصادر", "المتقطع: اجتماعات لم تذكرها المصادر"},
		"ru": {"○ приблизительно", "↑ более", "↓ менее", "бледные: другие сообщённые значения", "пунктир: встречи, о которых нет данных"},
	}[r.opt.Lang]
	// The rule behind the emphasised value of a disputed period.
	rules := map[string]map[model.HeadlineRule]string{
		"en": {model.HeadlineLatest: " (shown: the latest report)", model.HeadlineMedian: " (shown: their median)", model.HeadlineMostReported: " (shown: the value most reports give)"},
		"ar": {model.HeadlineLatest: " (المعروض: أحدث تقرير)", model.HeadlineMedian: " (المعروض: الوسيط)", model.HeadlineMostReported: " (المعروض: القيمة الأكثر ورودا)"},
		"ru": {model.HeadlineLatest: " (показано: последнее сообщение)", model.HeadlineMedian: " (показано: медиана)", model.HeadlineMostReported: " (показано: значение большинства сообщений)"},
	}[r.opt.Lang]
	words[3] += rules[r.opt.Headline]
	gap := false
	if isMeeting(m.ind) {
		_, sps := meetingEvents(m, r.loc)
		gap = slices.ContainsFunc(sps, func(s span) bool { return s.gap })
	}
	var parts []string
	for i, on := range []bool{m.approx, m.lower, m.upper, m.conflict, gap} {
		if on {
			parts = append(parts, words[i])
		}
	}
	return strings.Join(parts, " · ")
}

// em is the body font size in points.
func (r *renderer) em() vg.Length { return vg.Points(r.opt.FontSize) }

// drawChart draws the full chart of m on dc: title, subtitle, plot,
// key and footer.
func (r *renderer) drawChart(dc draw.Canvas, m drawing) {
	em := r.em()
	margin := em * 1.4
	inner := draw.Crop(dc, margin, -margin, margin*0.8, -margin)
	sc := r.scaleOf(m)

	titleSty := r.style(r.opt.TitleSize, true, inkColour)
	subSty := r.style(r.opt.FontSize*1.05, false, greyColour)
	footSty := r.style(r.opt.FontSize*0.85, false, greyColour)

	top := inner.Max.Y
	top = r.textLine(inner, titleSty, r.title(m), top)
	top -= em * 0.3
	if sub := r.subtitle(m, sc); sub != "" {
		top = r.textLine(inner, subSty, sub, top)
	}
	top -= em * 0.8

	bottom := inner.Min.Y
	lines := []string{r.sourceLine(m.docs, m.latest)}
	if k := r.keyLine(m); k != "" {
		lines = append(lines, k)
	}
	for _, l := range lines {
		bottom = r.textLineUp(inner, footSty, l, bottom)
		bottom += em * 0.25
	}
	bottom += em * 0.6

	area := inner
	area.Min.Y, area.Max.Y = bottom, top
	if u := r.axisUnit(m, sc); u != "" {
		// The unit heads the value axis, horizontally, as in print.
		sty := r.style(r.opt.FontSize*0.9, false, greyColour)
		area.Max.Y = r.textLine(area, sty, u, area.Max.Y) - em*0.5
	}
	p := r.newPlot(m, sc, false, area.Max.X-area.Min.X)
	p.Draw(area)
}

// axisUnit is the unit printed above the value axis: none for percent
// (every tick carries "%") and for the meeting timeline.
func (r *renderer) axisUnit(m drawing, sc valueScale) string {
	if m.unit == "percent" || isMeeting(m.ind) {
		return ""
	}
	return unitLabel(m.unit, sc, r.loc)
}

// textLine draws text below y, aligned to the reading side (left, or right
// in Arabic); text wider than the canvas is wrapped at spaces. It returns
// the y of the text's bottom.
func (r *renderer) textLine(c draw.Canvas, sty text.Style, s string, y vg.Length) vg.Length {
	sty.YAlign = text.YTop
	x := c.Min.X
	if r.loc.rtl {
		x, sty.XAlign = c.Max.X, text.XRight
	}
	for _, line := range wrap(sty, s, c.Max.X-c.Min.X) {
		ls := fit(sty, line, c.Max.X-c.Min.X)
		c.FillText(ls, vg.Point{X: x, Y: y}, line)
		y -= ls.Height(line)
	}
	return y
}

// wrap splits s at spaces into lines at most w wide (a single word wider
// than w stays whole).
func wrap(sty text.Style, s string, w vg.Length) []string {
	if sty.Width(s) <= w {
		return []string{s}
	}
	var lines []string
	cur := ""
	for _, word := range strings.Fields(s) {
		next := word
		if cur != "" {
			next = cur + " " + word
		}
		if cur != "" && sty.Width(next) > w {
			lines = append(lines, cur)
			next = word
		}
		cur = next
	}
	return append(lines, cur)
}

// textLineUp draws one line of text above y; it returns the y of its top.
func (r *renderer) textLineUp(c draw.Canvas, sty text.Style, s string, y vg.Length) vg.Length {
	sty = fit(sty, s, c.Max.X-c.Min.X)
	sty.YAlign = text.YBottom
	x := c.Min.X
	if r.loc.rtl {
		x, sty.XAlign = c.Max.X, text.XRight
	}
	c.FillText(sty, vg.Point{X: x, Y: y}, s)
	return y + sty.Height(s)
}

// fit shrinks sty until s is at most w wide (down to 60%).
func fit(sty text.Style, s string, w vg.Length) text.Style {
	if tw := sty.Width(s); tw > w && tw > 0 {
		f := max(float64(w/tw), 0.6)
		sty.Font.Size = vg.Length(math.Floor(float64(sty.Font.Size)*f*10) / 10)
	}
	return sty
}

// scaleOf picks the value scale of m.
func (r *renderer) scaleOf(m drawing) valueScale {
	lo, hi := m.valueExtent()
	return pickScale(max(math.Abs(lo), math.Abs(hi)), m.unit, r.loc)
}

// newPlot builds the gonum plot of m for a plot area w wide: the time
// axis, the value axis and the series (or the meeting events).
func (r *renderer) newPlot(m drawing, sc valueScale, compact bool, w vg.Length) *plot.Plot {
	em := r.em()
	p := plot.New()
	p.BackgroundColor = color.Transparent
	p.Title.Text = ""
	tickSize := r.opt.FontSize * 0.95
	if compact {
		tickSize = r.opt.FontSize * 0.85
	}
	tickSty := r.style(tickSize, false, greyColour)

	// Time axis.
	lo, hi := m.points[0].x, m.points[len(m.points)-1].x
	p.X.Min, p.X.Max = xRange(lo, hi, m.periodLen)
	maxTicks := max(3, int(w/(em*7)))
	p.X.Tick.Marker = timeTicker{loc: r.loc, max: maxTicks, unit: tickUnit(m)}
	p.X.Tick.Label = tickSty
	p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = text.XCenter, text.YTop
	p.X.Tick.LineStyle = draw.LineStyle{Color: axisColour, Width: vg.Points(0.6)}
	p.X.Tick.Length = em * 0.35
	p.X.LineStyle = draw.LineStyle{Color: axisColour, Width: vg.Points(0.8)}
	p.X.Label.TextStyle = r.style(r.opt.FontSize, false, greyColour)
	p.X.Padding = 0
	p.Y.Label.TextStyle = r.style(r.opt.FontSize, false, greyColour)
	p.Y.Tick.Label = tickSty
	p.Y.Tick.Label.XAlign, p.Y.Tick.Label.YAlign = text.XRight, text.YCenter

	if isMeeting(m.ind) {
		r.meetingPlot(p, m, compact)
		return p
	}

	// Value axis: no axis line (the grid carries the values).
	vlo, vhi := m.valueExtent()
	nTicks := 4
	if compact {
		nTicks = 3
	}
	// A bound's arrow needs room beyond its value.
	if m.lower {
		vhi += (vhi - vlo) * 0.1
	}
	if m.upper && (vlo < 0 || vlo-(vhi-vlo)*0.1 >= 0) {
		vlo -= (vhi - vlo) * 0.1
	}
	var step float64
	var dec int
	p.Y.Min, p.Y.Max, step, dec = valueAxis(vlo, vhi, m.unit, len(m.points) == 1, nTicks, sc.div)
	suffix := ""
	if m.unit == "percent" {
		suffix = "%"
	}
	p.Y.Tick.Marker = valueTicker{loc: r.loc, scale: sc, integral: integral(m.unit), n: nTicks, suffix: suffix, step: step, dec: dec}
	p.Y.LineStyle.Width = 0
	p.Y.Tick.LineStyle.Width = 0
	p.Y.Padding = 0
	if r.opt.Grid {
		g := plotter.NewGrid()
		g.Vertical.Color = nil
		g.Horizontal = draw.LineStyle{Color: gridColour, Width: vg.Points(0.6)}
		p.Add(g)
	}
	if p.Y.Min < 0 && p.Y.Max > 0 {
		// The zero line, darker than the grid: above it growth, below it
		// contraction.
		z, _ := plotter.NewLine(plotter.XYs{{X: p.X.Min, Y: 0}, {X: p.X.Max, Y: 0}})
		z.LineStyle = draw.LineStyle{Color: axisColour, Width: vg.Points(1)}
		p.Add(z)
	}
	p.Add(&seriesPlotter{r: r, m: m, sc: sc, compact: compact, colour: r.pal.colour(groupKey(m.series.Entities))})
	return p
}

// seriesPlotter draws a series: the line through the headline values, a
// marker per distinct value (hollow when approximate, with an arrow when a
// bound, pale when not the headline) and a label on the last point.
type seriesPlotter struct {
	r       *renderer
	m       drawing
	sc      valueScale
	compact bool
	colour  color.RGBA
}

// denseAbove is the number of points above which ordinary markers are
// left out (the line shows the data; special markers stay).
const denseAbove = 60

// Plot implements plot.Plotter.
func (sp *seriesPlotter) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	em := sp.r.em()
	pts := sp.m.points
	rad := em * 0.36
	lineW := vg.Points(1.8)
	if sp.compact {
		rad, lineW = em*0.28, vg.Points(1.3)
	}
	// One line per run of joined points.
	for i := 0; i < len(pts); {
		j := i + 1
		for j < len(pts) && sp.m.joined(j) {
			j++
		}
		if j-i >= 2 {
			line := make([]vg.Point, 0, j-i)
			for _, pt := range pts[i:j] {
				line = append(line, vg.Point{X: trX(pt.x), Y: trY(pt.headline)})
			}
			c.StrokeLines(draw.LineStyle{Color: sp.colour, Width: lineW}, c.ClipLinesXY(line)...)
		}
		i = j
	}
	pale := blend(sp.colour, whiteColour.rgba(), 0.5)
	dense := len(pts) > denseAbove
	for i, pt := range pts {
		x := trX(pt.x)
		if len(pt.marks) > 1 {
			lo, hi := pt.marks[0].y, pt.marks[0].y
			for _, mk := range pt.marks {
				lo, hi = min(lo, mk.y), max(hi, mk.y)
			}
			c.StrokeLine2(draw.LineStyle{Color: pale, Width: vg.Points(1), Dashes: []vg.Length{vg.Points(2), vg.Points(1.5)}},
				x, trY(lo), x, trY(hi))
			for _, mk := range pt.marks[1:] {
				drawMarker(c, vg.Point{X: x, Y: trY(mk.y)}, rad*0.8, pale, mk)
				if !sp.compact {
					sp.labelPale(c, vg.Point{X: x, Y: trY(mk.y)}, rad, mk)
				}
			}
		}
		hm := pt.headlineMark()
		special := hm.approx || hm.bound != "" || len(pt.marks) > 1
		if !dense || special || i == len(pts)-1 {
			drawMarker(c, vg.Point{X: x, Y: trY(hm.y)}, rad, sp.colour, hm)
		}
	}
	sp.labelLast(c, trX, trY, rad)
}

// labelPale writes the value and source of another reported value beside
// its pale marker: "21.25% · Reuters".
func (sp *seriesPlotter) labelPale(c draw.Canvas, at vg.Point, rad vg.Length, mk mark) {
	label := valueText(mk, sp.m.unit, sp.sc, decimals([]float64{mk.y}, sp.sc.div), sp.r.loc)
	if mk.source != "" {
		label += " · " + sp.r.loc.isolateName(mk.source)
	}
	sty := sp.r.style(sp.r.opt.FontSize*0.75, false, greyColour)
	sty.XAlign, sty.YAlign = text.XLeft, text.YCenter
	pos := vg.Point{X: at.X + rad*1.3, Y: at.Y}
	w, h := sty.Width(label), sty.Height(label)
	if pos.X+w > c.Max.X {
		sty.XAlign, pos.X = text.XRight, at.X-rad*1.3
	}
	x0 := pos.X + vg.Length(sty.XAlign)*w
	pad := vg.Points(1)
	hb := vg.Rectangle{Min: vg.Point{X: x0 - pad, Y: at.Y - h/2 - pad}, Max: vg.Point{X: x0 + w + pad, Y: at.Y + h/2 + pad}}
	c.FillPolygon(halo(), []vg.Point{hb.Min, {X: hb.Max.X, Y: hb.Min.Y}, hb.Max, {X: hb.Min.X, Y: hb.Max.Y}})
	c.FillText(sty, pos, label)
}

// labelLast writes value and date next to the last point.
func (sp *seriesPlotter) labelLast(c draw.Canvas, trX, trY func(float64) vg.Length, rad vg.Length) {
	pts := sp.m.points
	last := pts[len(pts)-1]
	hm := last.headlineMark()
	var vals []float64
	for _, p := range pts {
		vals = append(vals, p.headline)
	}
	dec := decimals(vals, sp.sc.div)
	if len(vals) > 1000 { // a long series: one decimal more than its ticks is plenty
		dec = min(dec, 1)
	}
	label := valueText(hm, sp.m.unit, sp.sc, dec, sp.r.loc) + " (" + sp.r.loc.period(last.period) + ")"
	size := sp.r.opt.FontSize
	if sp.compact {
		size *= 0.85
	}
	sty := sp.r.style(size, true, darken(sp.colour, 0.25))
	pt := vg.Point{X: trX(last.x), Y: trY(hm.y)}
	gaps := []vg.Length{rad * 2, rad * 5.5, rad * 9}
	if hm.bound != "" {
		gaps = gaps[1:] // clear of the arrow
	}
	w, h := sty.Width(label), sty.Height(label)

	// Candidate places, best first: near the point, on the side the line
	// does not come from, ending at the point (the last point is at the
	// right edge).
	above := !sp.m.joined(len(pts)-1) || pts[len(pts)-2].headline <= last.headline
	xs := []text.XAlignment{text.XRight, text.XCenter, text.XLeft}
	if len(pts) == 1 {
		xs = []text.XAlignment{text.XCenter, text.XRight, text.XLeft}
	}
	type place struct {
		pos  vg.Point
		xa   text.XAlignment
		ya   text.YAlignment
		rect vg.Rectangle
	}
	var places []place
	for _, gap := range gaps {
		for _, up := range []bool{above, !above} {
			for _, xa := range xs {
				pl := place{xa: xa, ya: text.YBottom, pos: vg.Point{X: pt.X, Y: pt.Y + gap}}
				if !up {
					pl.ya, pl.pos.Y = text.YTop, pt.Y-gap
				}
				switch xa {
				case text.XRight:
					pl.pos.X = pt.X + rad
				case text.XLeft:
					pl.pos.X = pt.X - rad
				}
				x0 := pl.pos.X + vg.Length(xa)*w
				y0 := pl.pos.Y + vg.Length(pl.ya)*h
				pl.rect = vg.Rectangle{Min: vg.Point{X: x0, Y: y0}, Max: vg.Point{X: x0 + w, Y: y0 + h}}
				places = append(places, pl)
			}
		}
	}
	// The first place inside the plot that hides the least.
	best, bestScore := 0, math.MaxInt
	for i, pl := range places {
		if !inside(pl.rect, c.Rectangle) {
			continue
		}
		grown := vg.Rectangle{Min: vg.Point{X: pl.rect.Min.X - rad/2, Y: pl.rect.Min.Y - rad/2}, Max: vg.Point{X: pl.rect.Max.X + rad/2, Y: pl.rect.Max.Y + rad/2}}
		if score := sp.collisions(grown, trX, trY, rad); score < bestScore {
			best, bestScore = i, score
			if score == 0 {
				break
			}
		}
	}
	pl := places[best]
	sty.XAlign, sty.YAlign = pl.xa, pl.ya
	// A white halo keeps the label readable over the line and the grid.
	pad := vg.Points(1.5)
	hb := vg.Rectangle{Min: vg.Point{X: pl.rect.Min.X - pad, Y: pl.rect.Min.Y - pad}, Max: vg.Point{X: pl.rect.Max.X + pad, Y: pl.rect.Max.Y + pad}}
	c.FillPolygon(halo(), []vg.Point{hb.Min, {X: hb.Max.X, Y: hb.Min.Y}, hb.Max, {X: hb.Min.X, Y: hb.Max.Y}})
	c.FillText(sty, pl.pos, label)
}

// collisions scores how much rect hides: 2 for each marker (with its
// arrow), 1 for each stretch of the line it crosses.
func (sp *seriesPlotter) collisions(rect vg.Rectangle, trX, trY func(float64) vg.Length, rad vg.Length) int {
	pts := sp.m.points
	score := 0
	var next vg.Point
	for i := len(pts) - 1; i >= 0; i-- {
		x := trX(pts[i].x)
		if x < rect.Min.X-rad*2 && i < len(pts)-1 && next.X < rect.Min.X {
			break // the points are ordered by x: nothing further left can touch
		}
		for _, mk := range pts[i].marks {
			y := trY(mk.y)
			r := vg.Rectangle{Min: vg.Point{X: x - rad, Y: y - rad}, Max: vg.Point{X: x + rad, Y: y + rad}}
			switch mk.bound {
			case "lower":
				r.Max.Y += rad * 4
			case "upper":
				r.Min.Y -= rad * 4
			}
			if overlaps(r, rect) {
				score += 2
			}
		}
		cur := vg.Point{X: x, Y: trY(pts[i].headline)}
		if sp.m.joined(i+1) && segmentHits(cur, next, rect) {
			score++
		}
		next = cur
	}
	return score
}

func inside(r, outer vg.Rectangle) bool {
	return r.Min.X >= outer.Min.X && r.Max.X <= outer.Max.X && r.Min.Y >= outer.Min.Y && r.Max.Y <= outer.Max.Y
}

func overlaps(a, b vg.Rectangle) bool {
	return a.Min.X < b.Max.X && b.Min.X < a.Max.X && a.Min.Y < b.Max.Y && b.Min.Y < a.Max.Y
}

// segmentHits reports whether the segment a–b crosses rectangle r
// (Liang–Barsky clipping).
func segmentHits(a, b vg.Point, r vg.Rectangle) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := float64(b.X-a.X), float64(b.Y-a.Y)
	for _, e := range [4][2]float64{
		{-dx, float64(a.X - r.Min.X)},
		{dx, float64(r.Max.X - a.X)},
		{-dy, float64(a.Y - r.Min.Y)},
		{dy, float64(r.Max.Y - a.Y)},
	} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = max(t0, t)
		} else {
			t1 = min(t1, t)
		}
		if t0 > t1 {
			return false
		}
	}
	return true
}

// valueText formats a mark with its unit and hedge: "≈7.5%", ">240
// billion USD", "12 days".
func valueText(mk mark, unit string, sc valueScale, dec int, loc *locale) string {
	num := loc.number(mk.y/sc.div, dec)
	var sign string
	switch {
	case mk.bound == "lower":
		sign = ">"
	case mk.bound == "upper":
		sign = "<"
	case mk.approx:
		sign = "≈"
	}
	// A bound in words where the language has them: "أكثر من 4%".
	words := ""
	if w, ok := loc.boundWords[mk.bound]; ok {
		words, sign = w+" ", ""
	}
	// The sign and the number are isolated together, so that in Arabic
	// the sign stays before the number: "≈4.8%", not "4.8%≈".
	return words + signedValue(sign, num, unit, sc, loc)
}

// signedValue is num with its sign (bound or approximation) and unit.
func signedValue(sign, num, unit string, sc valueScale, loc *locale) string {
	switch unit {
	case "percent":
		return loc.isolate(sign + num + "%")
	case "months":
		return sign + loc.monthsSpan(num)
	case "days":
		return sign + loc.daysSpan(num)
	case "ordinal":
		return sign + loc.meeting(num)
	}
	return loc.isolate(sign+num) + " " + unitLabel(unit, sc, loc)
}

// drawMarker draws a value marker at pt: filled, or hollow when
// approximate, with an arrow in the direction of a bound.
func drawMarker(c draw.Canvas, pt vg.Point, rad vg.Length, col color.RGBA, mk mark) {
	circle := func(r vg.Length) vg.Path {
		var p vg.Path
		p.Move(vg.Point{X: pt.X + r, Y: pt.Y})
		p.Arc(pt, r, 0, 2*math.Pi)
		p.Close()
		return p
	}
	if mk.bound != "" {
		dir := vg.Length(1)
		if mk.bound == "upper" {
			dir = -1
		}
		c.SetLineStyle(draw.LineStyle{Color: col, Width: rad * 0.45})
		var shaft vg.Path
		shaft.Move(vg.Point{X: pt.X, Y: pt.Y + dir*rad})
		shaft.Line(vg.Point{X: pt.X, Y: pt.Y + dir*rad*3.4})
		c.Stroke(shaft)
		var head vg.Path
		head.Move(vg.Point{X: pt.X, Y: pt.Y + dir*rad*4.6})
		head.Line(vg.Point{X: pt.X - rad*1.1, Y: pt.Y + dir*rad*3})
		head.Line(vg.Point{X: pt.X + rad*1.1, Y: pt.Y + dir*rad*3})
		head.Close()
		c.SetColor(col)
		c.Fill(head)
	}
	if mk.approx {
		c.SetColor(whiteColour)
		c.Fill(circle(rad))
		c.SetLineStyle(draw.LineStyle{Color: col, Width: rad * 0.45})
		c.Stroke(circle(rad * 0.78))
		return
	}
	c.SetColor(whiteColour)
	c.Fill(circle(rad + vg.Points(0.8)))
	c.SetColor(col)
	c.Fill(circle(rad))
}

// blend mixes a towards b by f (0 = a, 1 = b).
func blend(a, b color.RGBA, f float64) color.RGBA {
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-f) + float64(y)*f)) }
	return color.RGBA{R: mix(a.R, b.R), G: mix(a.G, b.G), B: mix(a.B, b.B), A: 255}
}

// darken mixes c towards black by f.
func darken(c color.RGBA, f float64) color.RGBA {
	return blend(c, color.RGBA{A: 255}, f)
}
