package charts

import (
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
)

// valueScale expresses large money values in thousands, millions,
// billions or trillions so that axis labels stay short.
type valueScale struct {
	div  float64
	word string // localised scale word, "" for 1
}

func pickScale(maxAbs float64, unit string, loc *locale) valueScale {
	if !isCurrency(unit) && unit != "" && unit != "number" {
		return valueScale{div: 1}
	}
	for i := 3; i >= 0; i-- {
		div := math.Pow(1000, float64(i+1))
		if maxAbs >= div {
			return valueScale{div: div, word: loc.scales[i]}
		}
	}
	return valueScale{div: 1}
}

// isCurrency reports whether unit is an ISO 4217 code.
func isCurrency(unit string) bool {
	if len(unit) != 3 {
		return false
	}
	for _, r := range unit {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// integral reports whether the unit is counted in whole numbers (ticks
// are then never fractional).
func integral(unit string) bool { return unit == "ordinal" || unit == "days" || unit == "months" }

// unitLabel is the unit as printed on the axis and in the subtitle:
// "%", "days", "billion USD".
func unitLabel(unit string, sc valueScale, loc *locale) string {
	if u, ok := loc.units[unit]; ok {
		return u
	}
	u := unit
	if !isCurrency(unit) {
		u = strings.ReplaceAll(unit, "_", " ")
	}
	if sc.word != "" {
		return sc.word + " " + u
	}
	return u
}

// valueTicker puts ticks at round values (1, 2, 2.5 or 5 times a power of
// ten) and labels them all with the same number of decimals.
type valueTicker struct {
	loc      *locale
	scale    valueScale
	integral bool
	n        int    // wanted number of intervals
	suffix   string // appended to every label ("%")
}

// niceStep returns a round step that splits span into about n intervals.
func niceStep(span float64, n int, integral bool) (step float64, dec int) {
	if span <= 0 || math.IsNaN(span) || math.IsInf(span, 0) {
		return 1, 0
	}
	raw := span / float64(max(n, 1))
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	// The round step nearest to raw (on a log scale).
	best := math.Inf(1)
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if d := math.Abs(math.Log(m * p / raw)); d < best {
			best, step = d, m*p
		}
	}
	if integral && step < 1 {
		step = 1
	}
	dec = max(0, -int(math.Floor(math.Log10(step)+1e-9)))
	if m := step / math.Pow(10, math.Floor(math.Log10(step)+1e-9)); math.Abs(m-2.5) < 1e-9 {
		dec++
	}
	if step >= 1 && step == math.Trunc(step) {
		dec = 0
	}
	return step, dec
}

// Ticks implements plot.Ticker.
func (vt valueTicker) Ticks(lo, hi float64) []plot.Tick {
	step, dec := niceStep((hi-lo)/vt.scale.div, vt.n, vt.integral)
	step *= vt.scale.div
	var ticks []plot.Tick
	for v := math.Ceil(lo/step-1e-9) * step; v <= hi+step*1e-9; v += step {
		ticks = append(ticks, plot.Tick{Value: v, Label: vt.loc.number(v/vt.scale.div, dec) + vt.suffix})
	}
	return ticks
}

// valueRange pads the data range lo..hi for a chart: room above for the
// labels, never below zero for data that is never negative. A single
// value is shown against zero, so its size reads correctly.
func valueRange(lo, hi float64, single bool) (float64, float64) {
	span := hi - lo
	if single && lo >= 0 {
		if hi == 0 {
			return 0, 1
		}
		return 0, hi * 1.4
	}
	if span == 0 {
		span = math.Max(math.Abs(hi)*0.2, 1)
		lo, hi = lo-span/2, hi+span/2
		span = hi - lo
	}
	nlo, nhi := lo-span*0.12, hi+span*0.22
	if lo >= 0 && nlo < 0 {
		nlo = 0
	}
	return nlo, nhi
}

// decimals is the number of decimals needed to print every value of vs
// (after scaling) exactly, at most 2: every data label uses it.
func decimals(vs []float64, div float64) int {
	d := 0
	for _, v := range vs {
		s := strconv.FormatFloat(v/div, 'f', -1, 64)
		if _, frac, ok := strings.Cut(s, "."); ok {
			d = max(d, len(frac))
		}
	}
	return min(d, 2)
}
