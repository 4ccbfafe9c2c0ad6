package indicators

import (
	"strconv"
	"strings"
)

// Observation is one indicator value that a document claims, exactly the
// object of CONTRACT.md section 2. Derived observations have an empty Quote,
// a zero Span and list their sources in DerivedFrom.
type Observation struct {
	Doc       string   `json:"doc"`
	Indicator string   `json:"indicator"`
	Entities  []string `json:"entities"`
	Period    string   `json:"period"`
	Value     float64  `json:"value"`
	Unit      string   `json:"unit"`
	Approx    bool     `json:"approx"`
	Bound     string   `json:"bound"`
	Lang      string   `json:"lang"`
	Quote     string   `json:"quote"`
	Span      [2]int   `json:"span"`
	Speaker   string   `json:"speaker"`
	Mentions  int      `json:"mentions"`
	// Confidence (0–1) is how sure the extractor is that the observation
	// is right; derived observations have 1.
	Confidence float64 `json:"confidence"`
	// Basis is the basis of a change when it is not the indicator's own:
	// "q/q" or "m/m" for growth on the period before that a document gives
	// as its only growth of the period. "" is the indicator's basis.
	Basis       string   `json:"basis,omitempty"`
	DerivedFrom []string `json:"derived_from,omitempty"`
}

// Key identifies an observation within its document: two statements with the
// same key are one observation with more mentions.
func (o Observation) Key() string {
	return o.Doc + "|" + o.SeriesKey() + "|" + strconv.FormatFloat(o.Value, 'g', -1, 64) + "|" + o.Unit + "|" + o.Bound
}

// SeriesKey identifies the time-series point an observation is about
// (indicator, entities, period) regardless of document and value; two
// observations with one SeriesKey and different values conflict.
func (o Observation) SeriesKey() string {
	return o.Indicator + "|" + strings.Join(o.Entities, ",") + "|" + o.Period
}

// Derived reports whether the observation was computed rather than read.
func (o Observation) Derived() bool { return len(o.DerivedFrom) > 0 }
