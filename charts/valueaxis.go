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
	} else if name, ok := loc.currencies[unit]; ok {
		u = name // "مليار دولار", not "مليار USD"
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
	// step, when not 0, is the tick step valueAxis chose (in the data's
	// unit) and dec the decimals of its labels.
	step float64
	dec  int
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
		if m == 2.5 && p < 1 {
			continue // 0.25 would need two decimals on the ticks
		}
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
	step, dec := vt.step, vt.dec
	if step == 0 {
		step, dec = niceStep((hi-lo)/vt.scale.div, vt.n, vt.integral)
		step *= vt.scale.div
	}
	var ticks []plot.Tick
	for v := math.Ceil(lo/step-1e-9) * step; v <= hi+step*1e-9; v += step {
		ticks = append(ticks, plot.Tick{Value: v, Label: vt.loc.number(v/vt.scale.div, dec) + vt.suffix})
	}
	return ticks
}

// valueAxis picks the value axis of a chart whose values run from lo to
// hi, with about n tick intervals of values divided by div for their
// labels. The range is honest: money, counts and lone values are drawn
// from zero; a percentage spans at least 2 points (so 8.5% and 8.6% do not
// look a world apart) and never passes 100% when no value does; the range
// leaves room above for the value label and is rounded out to whole tick
// steps, so every value, negative ones too, lies between labelled ticks.
func valueAxis(lo, hi float64, unit string, single bool, n int, div float64) (vmin, vmax, step float64, dec int) {
	return valueAxisRoom(lo, hi, unit, single, n, div, 0.18)
}

// valueAxisRoom is valueAxis with room for labels beyond the largest value
// as a fraction of the values' span. (single also stands for values drawn
// as lengths, a dot plot's stems: they start at zero whatever the unit.)
func valueAxisRoom(lo, hi float64, unit string, single bool, n int, div, room float64) (vmin, vmax, step float64, dec int) {
	dataLo, dataHi := lo, hi
	nonNeg := lo >= 0
	if nonNeg && (unit != "percent" || single) {
		lo = 0
	}
	minSpan := 2.0
	if unit != "percent" {
		minSpan = max(math.Abs(lo), math.Abs(hi)) * 0.2
		if integral(unit) {
			minSpan = max(minSpan, 4)
		}
		if minSpan == 0 {
			minSpan = 1
		}
	}
	if hi-lo < minSpan {
		mid := (lo + hi) / 2
		lo, hi = mid-minSpan/2, mid+minSpan/2
		if nonNeg && lo < 0 {
			lo, hi = 0, minSpan
		}
	}
	span := hi - lo
	if lo != 0 {
		lo -= span * 0.06
	}
	hi += span * room
	if nonNeg && lo < 0 {
		lo = 0
	}
	step, dec = niceStep((hi-lo)/div, n, integral(unit))
	step *= div
	vmin = math.Floor(lo/step+1e-9) * step
	vmax = math.Ceil(hi/step-1e-9) * step
	if vmin == dataLo && dataLo < 0 {
		vmin -= step // a negative value sits above a tick, not on the frame
	}
	if unit == "percent" && nonNeg && dataHi <= 100 && vmax > 100 {
		vmax = 100
		if vmin >= vmax {
			vmin = vmax - step
		}
	}
	return vmin, vmax, step, dec
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
