package charts

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
)

// Points are placed at the start of their period: "2024" at 1 January
// 2024, "2024-Q2" at 1 April, "2024-03" at 1 March. Tick marks sit on the
// same calendar boundaries, so a yearly series has each point exactly
// above its year's tick.

type periodKind int

const (
	periodYear periodKind = iota
	periodQuarter
	periodMonth
	periodDay
)

// period is a parsed ISO period.
type period struct {
	kind  periodKind
	start time.Time // UTC midnight of the first day
}

// parsePeriod parses "YYYY", "YYYY-Qn", "YYYY-MM" or "YYYY-MM-DD".
func parsePeriod(s string) (period, error) {
	switch {
	case len(s) == 4:
		t, err := time.Parse("2006", s)
		if err != nil {
			break
		}
		return period{periodYear, t}, nil
	case len(s) == 7 && (s[5] == 'Q' || s[5] == 'q'):
		y, err1 := strconv.Atoi(s[:4])
		q, err2 := strconv.Atoi(s[6:])
		if err1 != nil || err2 != nil || s[4] != '-' || q < 1 || q > 4 {
			break
		}
		return period{periodQuarter, time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)}, nil
	case len(s) == 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			break
		}
		return period{periodMonth, t}, nil
	case len(s) == 10:
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			break
		}
		return period{periodDay, t}, nil
	}
	return period{}, fmt.Errorf("period %q: want YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD", s)
}

// length is the period's nominal length in days.
func (p period) length() float64 {
	switch p.kind {
	case periodYear:
		return 365
	case periodQuarter:
		return 91
	case periodMonth:
		return 30
	}
	return 1
}

// next returns the start of the period that follows p.
func (p period) next() time.Time {
	switch p.kind {
	case periodYear:
		return p.start.AddDate(1, 0, 0)
	case periodQuarter:
		return p.start.AddDate(0, 3, 0)
	case periodMonth:
		return p.start.AddDate(0, 1, 0)
	}
	return p.start.AddDate(0, 0, 1)
}

// The time axis is in days since the Unix epoch.
const secondsPerDay = 86400

func toX(t time.Time) float64 { return float64(t.Unix()) / secondsPerDay }

func fromX(x float64) time.Time {
	return time.Unix(int64(x*secondsPerDay), 0).UTC()
}

// timeTicker puts ticks on calendar boundaries: days, months or years,
// with a step chosen so that at most max ticks are labelled.
type timeTicker struct {
	loc  *locale
	max  int
	unit periodKind // the finest tick unit: no month ticks for yearly data
}

// tickUnit is the finest tick unit for m: its coarsest period kind.
func tickUnit(m drawing) periodKind {
	switch {
	case m.periodLen >= 365:
		return periodYear
	case m.periodLen >= 89:
		return periodQuarter
	case m.periodLen >= 28:
		return periodMonth
	}
	return periodDay
}

// Ticks implements plot.Ticker.
func (tt timeTicker) Ticks(lo, hi float64) []plot.Tick {
	span := hi - lo
	start, end := fromX(lo), fromX(hi)
	limit := max(tt.max, 2)
	var ticks []plot.Tick
	add := func(t time.Time, label string) {
		if x := toX(t); x >= lo-1e-9 && x <= hi+1e-9 {
			ticks = append(ticks, plot.Tick{Value: x, Label: label})
		}
	}
	switch {
	case span <= 62 && tt.unit == periodDay: // days
		step := pickStep(span, limit, []int{1, 2, 7, 14})
		t := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, time.UTC)
		first := true
		for ; !t.After(end); t = t.AddDate(0, 0, 1) {
			if step == 7 || step == 14 {
				if t.Weekday() != time.Monday || (step == 14 && (t.YearDay()/7)%2 == 1) {
					continue
				}
			} else if (t.Day()-1)%step != 0 {
				continue
			}
			label := strconv.Itoa(t.Day()) + " " + tt.loc.months[t.Month()-1]
			if first && toX(t) >= lo || t.Day() <= step && t.Month() == time.January {
				label += "\n" + strconv.Itoa(t.Year())
			}
			if toX(t) >= lo {
				first = false
			}
			add(t, label)
		}
	case span <= 365*4 && tt.unit == periodQuarter: // quarters: "Q1 2024", not the month it starts
		step := pickStep(span/91, limit, []int{1, 2, 4})
		t := time.Date(start.Year(), time.Month(3*((int(start.Month())-1)/3)+1), 1, 0, 0, 0, 0, time.UTC)
		first := true
		for ; !t.After(end); t = t.AddDate(0, 3, 0) {
			q := (int(t.Month())-1)/3 + 1
			if (q-1)%step != 0 {
				add(t, "")
				continue
			}
			label := strings.TrimSpace(tt.loc.quarter(q, ""))
			if first && toX(t) >= lo || q == 1 {
				label += "\n" + strconv.Itoa(t.Year())
			}
			if toX(t) >= lo {
				first = false
			}
			add(t, label)
		}
	case span <= 365*2.5 && tt.unit != periodYear: // months
		months := int(span / 30)
		step := pickStep(float64(months), limit, []int{1, 2, 3, 6})
		t := time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
		first := true
		for ; !t.After(end); t = t.AddDate(0, 1, 0) {
			if (int(t.Month())-1)%step != 0 {
				if step > 1 {
					add(t, "") // minor tick every month
				}
				continue
			}
			label := tt.loc.months[t.Month()-1]
			if first && toX(t) >= lo || t.Month() == time.January {
				label += "\n" + strconv.Itoa(t.Year())
			}
			if toX(t) >= lo {
				first = false
			}
			add(t, label)
		}
	default: // years
		years := int(span / 365)
		step := pickStep(float64(years), limit, []int{1, 2, 5, 10, 20, 50, 100})
		for y := start.Year(); y <= end.Year()+1; y++ {
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			if y%step != 0 {
				if step <= 5 {
					add(t, "")
				}
				continue
			}
			add(t, strconv.Itoa(y))
		}
	}
	return ticks
}

// pickStep returns the smallest step of steps that gives at most limit
// ticks over n units.
func pickStep(n float64, limit int, steps []int) int {
	for _, s := range steps {
		if n/float64(s) < float64(limit) {
			return s
		}
	}
	s := steps[len(steps)-1]
	for n/float64(s) >= float64(limit) {
		s *= 2
	}
	return s
}

// xRange returns the time axis range for points from lo to hi (days):
// padded by half a period, and for a single period widened to one period
// on each side so the point sits between two ticks.
func xRange(lo, hi, periodLen float64) (float64, float64) {
	if hi-lo < periodLen/2 {
		pad := max(periodLen, 20)
		return lo - pad, hi + pad
	}
	pad := max((hi-lo)*0.04, periodLen/2)
	return lo - pad, hi + pad
}
