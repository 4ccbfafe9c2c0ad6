package charts

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// mark is one distinct value reported for a period.
type mark struct {
	y        float64
	approx   bool
	bound    string // "", "lower", "upper"
	headline bool
	docs     int    // documents reporting it
	source   string // the publication of the latest record reporting it
}

// chartPoint is one period of a series as drawn.
type chartPoint struct {
	x        float64 // days since the epoch, start of the period
	next     float64 // days since the epoch, start of the following period
	kind     periodKind
	period   string
	headline float64
	marks    []mark // headline first
}

// headlineMark returns the mark drawn emphasised.
func (p chartPoint) headlineMark() mark { return p.marks[0] }

// provenance says who reported the latest value of a series, where and
// when, for the footer.
type provenance struct {
	speaker   string // the person or agency quoted, "" when none is named
	outlet    string // the publication, else the host of its URL
	published string // the publication date, YYYY-MM-DD
	period    string // the latest period drawn
}

// provenanceOf describes the headline record of the latest point.
func provenanceOf(p model.Point) provenance {
	pv := provenance{period: p.Period}
	if len(p.Records) == 0 {
		return pv
	}
	r := p.Records[0]
	if i := slices.IndexFunc(p.Records, func(r model.Record) bool { return r.Value == p.Headline }); i >= 0 {
		r = p.Records[i]
	}
	pv.speaker = r.Speaker
	pv.outlet = outletOf(r)
	if len(r.Published) >= 10 {
		pv.published = r.Published[:10]
	}
	return pv
}

// outletOf is the publication of a record: its metadata's source, else the
// host of its URL, else "".
func outletOf(r model.Record) string {
	if r.Source != "" {
		return r.Source
	}
	return hostOf(r.URL)
}

// pubSpan widens the span first–last of publication days (YYYY-MM-DD) to
// hold published.
func pubSpan(first, last *string, published string) {
	if len(published) < 10 {
		return
	}
	d := published[:10]
	if *first == "" || d < *first {
		*first = d
	}
	*last = max(*last, d)
}

// hostOf returns the host of an http(s) URL without "www.", "" for
// anything else (a local path is never printed).
func hostOf(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// drawing is a series prepared for drawing.
type drawing struct {
	ind       indicators.Indicator
	series    model.Series
	unit      string
	points    []chartPoint
	periodLen float64 // the longest period length, days
	// Provenance for the footer.
	docs     int
	latest   provenance
	skipped  []string
	approx   bool // some mark is approximate
	lower    bool // some mark is a lower bound
	upper    bool // some mark is an upper bound
	conflict bool // some period has several values
}

// buildModel prepares s for drawing. Points whose period does not parse
// (an undated claim has period "") cannot be placed on a time axis and are
// listed in skipped.
func buildModel(ind indicators.Indicator, s model.Series) drawing {
	m := drawing{ind: ind, series: s, unit: s.Unit}
	if m.unit == "" {
		m.unit = ind.Unit
	}
	docs := map[string]bool{}
	var latest time.Time
	for _, pt := range s.Points {
		for _, r := range pt.Records {
			docs[r.Doc] = true
		}
		pp, err := parsePeriod(pt.Period)
		if err != nil {
			m.skipped = append(m.skipped, pt.Period)
			continue
		}
		m.periodLen = max(m.periodLen, pp.length())
		if end := pp.start.AddDate(0, 0, int(pp.length())); m.latest.period == "" || end.After(latest) {
			latest, m.latest = end, provenanceOf(pt)
		}
		cp := chartPoint{x: toX(pp.start), next: toX(pp.next()), kind: pp.kind, period: pt.Period, headline: pt.Headline}
		cp.marks = marks(pt)
		m.points = append(m.points, cp)
		for _, mk := range cp.marks {
			m.approx = m.approx || mk.approx
			m.lower = m.lower || mk.bound == "lower"
			m.upper = m.upper || mk.bound == "upper"
		}
		m.conflict = m.conflict || len(cp.marks) > 1
	}
	m.docs = len(docs)
	slices.SortStableFunc(m.points, func(a, b chartPoint) int { return cmp.Compare(a.x, b.x) })
	return m
}

// marks returns the distinct values reported for pt, the headline first.
// Records with one value, hedge and bound are one mark.
func marks(pt model.Point) []mark {
	type key struct {
		v      float64
		approx bool
		bound  string
	}
	idx := map[key]int{}
	docs := map[key]map[string]bool{}
	var out []mark
	for _, r := range pt.Records {
		k := key{r.Value, r.Approx, r.Bound}
		if _, ok := idx[k]; !ok {
			idx[k] = len(out)
			docs[k] = map[string]bool{}
			out = append(out, mark{y: r.Value, approx: r.Approx, bound: r.Bound, source: outletOf(r)})
		}
		docs[k][r.Doc] = true
	}
	for k, i := range idx {
		out[i].docs = len(docs[k])
	}
	// The headline is the first record whose value is the headline; a
	// median between two values is a mark of its own.
	h := slices.IndexFunc(out, func(mk mark) bool { return mk.y == pt.Headline })
	if h < 0 {
		out = slices.Insert(out, 0, mark{y: pt.Headline})
		h = 0
	}
	out[h].headline = true
	if h > 0 {
		hm := out[h]
		out = slices.Delete(out, h, h+1)
		out = slices.Insert(out, 0, hm)
	}
	return out
}

// joined reports whether the line runs from point i-1 to point i: only
// between periods of one length that follow each other (a missing month
// breaks a monthly line, and an annual figure is never joined to a
// quarterly one), except that dated decisions (a policy rate set on a day)
// are joined whatever lies between them, the value holding until the next.
func (m drawing) joined(i int) bool {
	if i <= 0 || i >= len(m.points) {
		return false
	}
	a, b := m.points[i-1], m.points[i]
	if a.kind != b.kind {
		return false
	}
	return a.kind == periodDay || b.x <= a.next+0.5
}

// valueExtent returns the smallest and largest value of every mark.
func (m drawing) valueExtent() (lo, hi float64) {
	first := true
	for _, p := range m.points {
		for _, mk := range p.marks {
			if first {
				lo, hi, first = mk.y, mk.y, false
			}
			lo, hi = min(lo, mk.y), max(hi, mk.y)
		}
	}
	return lo, hi
}

// isMeeting reports whether the indicator is drawn as meeting events: the
// numbers of meetings and the cadence derived from them.
func isMeeting(in indicators.Indicator) bool {
	return in.Role == indicators.RoleMeeting || in.Role == indicators.RoleCadence
}
