package charts

import (
	"image/color"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/econtrack/econtrack/indicators"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The meeting indicators are drawn as a timeline: each meeting is an event
// on the time axis (a stem with a diamond, labelled with its number and
// date) and a bracket between consecutive meetings gives the interval in
// months. regular_meeting_ordinal supplies the meetings and their numbers
// (the intervals are counted in calendar months between their dates);
// regular_meeting_interval supplies intervals, each ending at the month of
// the later meeting, from which both meetings are placed.

// event is one meeting.
type event struct {
	x      float64
	t      time.Time
	period string
	number string // "" when unknown
	mk     mark
}

// span is the interval between two meetings.
type span struct {
	x0, x1 float64
	label  string
	gap    bool // meetings between the two are missing from the data
}

// meetingEvents derives the events and spans of a meeting series.
func meetingEvents(m drawing, loc *locale) ([]event, []span) {
	var evs []event
	var sps []span
	if m.ind.Role == indicators.RoleCadence {
		seen := map[string]bool{}
		add := func(t time.Time, period string) {
			if k := t.Format("2006-01"); !seen[k] {
				seen[k] = true
				evs = append(evs, event{x: toX(t), t: t, period: period})
			}
		}
		for _, pt := range m.points {
			hm := pt.headlineMark()
			later := fromX(pt.x)
			earlier := later.AddDate(0, -int(math.Round(hm.y)), 0)
			add(earlier, earlier.Format("2006-01"))
			add(later, pt.period)
			dec := decimals([]float64{hm.y}, 1)
			sps = append(sps, span{x0: toX(earlier), x1: pt.x, label: valueText(hm, "months", valueScale{div: 1}, dec, loc)})
		}
		slices.SortFunc(evs, func(a, b event) int { return compareFloat(a.x, b.x) })
		return evs, sps
	}
	for _, pt := range m.points {
		hm := pt.headlineMark()
		ev := event{x: pt.x, t: fromX(pt.x), period: pt.period, number: loc.number(hm.y, 0), mk: hm}
		// One meeting reported as "2025-11" by one source and "2025-11-04" by
		// another is one event: keep the more precise date.
		if n := len(evs); n > 0 && evs[n-1].mk.y == hm.y && evs[n-1].t.Format("2006-01") == ev.t.Format("2006-01") {
			if len(ev.period) > len(evs[n-1].period) {
				evs[n-1] = ev
			}
			continue
		}
		evs = append(evs, ev)
	}
	for i := 1; i < len(evs); i++ {
		a, b := evs[i-1], evs[i]
		na, nb := a.mk.y, b.mk.y
		if nb <= na {
			continue // conflicting or out-of-order numbers: no interval
		}
		months := (b.t.Year()-a.t.Year())*12 + int(b.t.Month()-a.t.Month())
		sps = append(sps, span{x0: a.x, x1: b.x, label: loc.monthsSpan(strconv.Itoa(months)), gap: nb-na > 1})
	}
	return evs, sps
}

func compareFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// meetingPlot sets p up as a meeting timeline.
func (r *renderer) meetingPlot(p *plot.Plot, m drawing, compact bool) {
	evs, sps := meetingEvents(m, r.loc)
	lo, hi := evs[0].x, evs[len(evs)-1].x
	p.X.Min, p.X.Max = xRange(lo, hi, 30)
	// Room for the labels of the first and last meeting.
	pad := (p.X.Max - p.X.Min) * 0.06
	p.X.Min, p.X.Max = p.X.Min-pad, p.X.Max+pad
	p.Y.Min, p.Y.Max = 0, 1
	p.HideY()
	p.Add(&meetingPlotter{r: r, m: m, evs: evs, sps: sps, compact: compact, colour: r.pal.colour(groupKey(m.series.Entities))})
}

// meetingPlotter draws meeting events and the intervals between them.
type meetingPlotter struct {
	r       *renderer
	m       drawing
	evs     []event
	sps     []span
	compact bool
	colour  color.RGBA
}

// Plot implements plot.Plotter.
func (mp *meetingPlotter) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	em := mp.r.em()
	size := mp.r.opt.FontSize
	if mp.compact {
		size *= 0.85
	}
	rad := em * 0.42
	if mp.compact {
		rad = em * 0.32
	}
	ink := darken(mp.colour, 0.25)

	// Intervals: a bracket just above the axis, its length in months above.
	spanY := trY(0.14)
	spanSty := mp.r.style(size*0.95, false, greyColour)
	spanSty.XAlign, spanSty.YAlign = text.XCenter, text.YBottom
	for _, s := range mp.sps {
		x0, x1 := trX(s.x0)+rad, trX(s.x1)-rad
		if x1 <= x0 {
			continue
		}
		ls := draw.LineStyle{Color: greyColour, Width: vg.Points(0.8)}
		if s.gap {
			ls.Dashes = []vg.Length{vg.Points(2), vg.Points(2)}
		}
		tick := em * 0.3
		c.StrokeLines(ls, []vg.Point{{X: x0, Y: spanY + tick}, {X: x0, Y: spanY}, {X: x1, Y: spanY}, {X: x1, Y: spanY + tick}})
		label := s.label
		if spanSty.Width(label) > x1-x0 {
			continue // no room: the axis still shows the distance
		}
		c.FillText(spanSty, vg.Point{X: (x0 + x1) / 2, Y: spanY + em*0.25}, label)
	}

	// Events: stems of staggered height so that labels do not collide.
	numSty := mp.r.style(size, true, ink)
	numSty.XAlign, numSty.YAlign = text.XCenter, text.YBottom
	dateSty := mp.r.style(size*0.9, false, greyColour)
	dateSty.XAlign, dateSty.YAlign = text.XCenter, text.YBottom
	levels := []float64{0.42, 0.62, 0.82}
	if mp.compact {
		levels = []float64{0.4, 0.65}
	}
	xs, ws, labels := make([]vg.Length, len(mp.evs)), make([]vg.Length, len(mp.evs)), make([][]string, len(mp.evs))
	for i, ev := range mp.evs {
		xs[i], labels[i] = trX(ev.x), mp.eventLabel(ev)
		for j, l := range labels[i] {
			sty := dateSty
			if j == 0 && ev.number != "" {
				sty = numSty
			}
			ws[i] = max(ws[i], sty.Width(l))
		}
	}
	placed := labelLevels(xs, ws, len(levels), em*0.6)
	for i, ev := range mp.evs {
		x, w, lines := xs[i], ws[i], labels[i]
		lvl := max(placed[i], 0)
		top := trY(levels[lvl])
		c.StrokeLine2(draw.LineStyle{Color: blend(mp.colour, whiteColour.rgba(), 0.3), Width: vg.Points(1.2)}, x, c.Min.Y, x, top)
		drawDiamond(c, vg.Point{X: x, Y: top}, rad, mp.colour, ev.mk.approx)
		if placed[i] < 0 {
			continue
		}
		y := top + rad + em*0.3
		lx := min(max(x, c.Min.X+w/2), c.Max.X-w/2) // keep the label on the canvas
		for i := len(lines) - 1; i >= 0; i-- {
			sty := dateSty
			if i == 0 && ev.number != "" {
				sty = numSty
			}
			c.FillText(sty, vg.Point{X: lx, Y: y}, lines[i])
			y += sty.Height(lines[i])
		}
	}
}

// labelLevels stacks the labels of events at xs (left to right), ws wide,
// on n levels of stems: each label goes on the first level where it
// clears the last label by gap. The result is each label's level, or -1
// for a label no level has room for: meetings closer than their labels
// are wide keep their stem and diamond but draw no label over another.
func labelLevels(xs, ws []vg.Length, n int, gap vg.Length) []int {
	out := make([]int, len(xs))
	right := make([]vg.Length, n)
	for i := range right {
		right[i] = vg.Length(math.Inf(-1))
	}
	for i, x := range xs {
		out[i] = -1
		for l := range right {
			if right[l]+gap < x-ws[i]/2 {
				out[i], right[l] = l, x+ws[i]/2
				break
			}
		}
	}
	return out
}

// eventLabel is the number and the date of a meeting, top line first.
func (mp *meetingPlotter) eventLabel(ev event) []string {
	date := mp.r.loc.period(ev.period)
	if ev.number == "" {
		return []string{date}
	}
	num := mp.r.loc.meeting(ev.number)
	if ev.mk.approx {
		num = "≈" + num
	}
	if mp.compact {
		return []string{num}
	}
	return []string{num, date}
}

// drawDiamond draws a meeting marker, hollow when approximate.
func drawDiamond(c draw.Canvas, pt vg.Point, rad vg.Length, col color.RGBA, hollow bool) {
	d := func(r vg.Length) vg.Path {
		var p vg.Path
		p.Move(vg.Point{X: pt.X, Y: pt.Y + r})
		p.Line(vg.Point{X: pt.X + r, Y: pt.Y})
		p.Line(vg.Point{X: pt.X, Y: pt.Y - r})
		p.Line(vg.Point{X: pt.X - r, Y: pt.Y})
		p.Close()
		return p
	}
	c.SetColor(whiteColour)
	c.Fill(d(rad * 1.25))
	c.SetColor(col)
	c.Fill(d(rad))
	if hollow {
		c.SetColor(whiteColour)
		c.Fill(d(rad * 0.5))
	}
}
