package model

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// HeadlineRule picks the headline value of a period that several
// observations disagree about.
type HeadlineRule string

// The headline rules accepted by the indicators.headline setting.
const (
	HeadlineLatest       HeadlineRule = "latest"        // the most recently published document wins
	HeadlineMedian       HeadlineRule = "median"        // the median of the values
	HeadlineMostReported HeadlineRule = "most_reported" // the value most documents report; ties go to the latest
)

// ParseHeadlineRule validates s.
func ParseHeadlineRule(s string) (HeadlineRule, error) {
	switch r := HeadlineRule(s); r {
	case HeadlineLatest, HeadlineMedian, HeadlineMostReported:
		return r, nil
	}
	return "", fmt.Errorf("headline rule %q: want latest, median or most_reported", s)
}

// Point is one period of a series.
type Point struct {
	Period string
	// Records are every observation of the period, headline first.
	Records []Record
	// Headline is the value the series shows for the period.
	Headline float64
	// Documents is how many distinct documents report the period.
	Documents int
	// Conflict is true when the records disagree on the value (see
	// Conflicting).
	Conflict bool
}

// Value is one of the values a point's records report.
type Value struct {
	Value float64
	// Records are the records that report the value, in the point's order.
	Records []Record
}

// Documents lists the documents that report the value, each once.
func (v Value) Documents() []string {
	var docs []string
	for _, r := range v.Records {
		if !slices.Contains(docs, r.Doc) {
			docs = append(docs, r.Doc)
		}
	}
	return docs
}

// Values groups the point's records by value: the headline value first,
// then the others as the latest document to report each was published.
func (p Point) Values() []Value {
	var out []Value
	idx := map[float64]int{}
	for _, r := range p.Records {
		i, ok := idx[r.Value]
		if !ok {
			i = len(out)
			idx[r.Value] = i
			out = append(out, Value{Value: r.Value})
		}
		out[i].Records = append(out[i].Records, r)
	}
	return out
}

// Series is the time series of one indicator for one entity group.
type Series struct {
	Indicator string
	Entities  []string
	Unit      string
	// Basis is the basis of the series' changes when it is not the
	// indicator's own ("q/q": growth on the quarter before); a line never
	// joins two bases.
	Basis  string
	Points []Point // ordered by period
	// UnitInKey is set when another series has the same indicator and
	// entities in another unit (trade in USD and in CNY): Key then names
	// the unit too.
	UnitInKey bool
}

// Key is "INDICATOR" or "INDICATOR__CN-RU", the base name used for files.
func (s Series) Key() string {
	k := s.Indicator
	if len(s.Entities) > 0 {
		k += "__" + strings.Join(s.Entities, "-")
	}
	if s.UnitInKey {
		k += "__" + s.Unit
	}
	return k + BasisSuffix(s.Basis)
}

// BasisSuffix is what a series on another basis than its indicator's adds
// to the names of its files and columns: "__qq" for "q/q", "" for none.
func BasisSuffix(basis string) string {
	if basis == "" {
		return ""
	}
	return "__" + strings.ReplaceAll(basis, "/", "")
}

// BuildSeries groups records into series by indicator, entities, unit and
// basis, ordered by indicator then entities, each with its points ordered
// by period.
func BuildSeries(recs []Record, rule HeadlineRule) []Series {
	type key struct{ ind, ents, unit, basis string }
	groups := map[key]map[string][]Record{}
	var keys []key
	for _, r := range recs {
		k := key{r.Indicator, strings.Join(r.Entities, ","), r.Unit, r.Basis}
		if groups[k] == nil {
			groups[k] = map[string][]Record{}
			keys = append(keys, k)
		}
		groups[k][r.Period] = append(groups[k][r.Period], r)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].ind != keys[j].ind {
			return keys[i].ind < keys[j].ind
		}
		if keys[i].ents != keys[j].ents {
			return keys[i].ents < keys[j].ents
		}
		if keys[i].unit != keys[j].unit {
			return keys[i].unit < keys[j].unit
		}
		return keys[i].basis < keys[j].basis
	})
	out := make([]Series, 0, len(keys))
	for _, k := range keys {
		s := Series{Indicator: k.ind, Unit: k.unit, Basis: k.basis}
		if k.ents != "" {
			s.Entities = strings.Split(k.ents, ",")
		}
		periods := make([]string, 0, len(groups[k]))
		for p := range groups[k] {
			periods = append(periods, p)
		}
		sort.Strings(periods)
		for _, p := range periods {
			s.Points = append(s.Points, makePoint(p, groups[k][p], rule))
		}
		out = append(out, s)
	}
	for i := range out {
		for j := range out {
			if i != j && out[i].Indicator == out[j].Indicator && strings.Join(out[i].Entities, ",") == strings.Join(out[j].Entities, ",") && out[i].Unit != out[j].Unit {
				out[i].UnitInKey = true
			}
		}
	}
	return out
}

func makePoint(period string, recs []Record, rule HeadlineRule) Point {
	// Latest published first — but on one day a point estimate before a
	// bound (">90%" never beats "≈95%" of the same day) — then by document
	// for a stable order.
	day := func(r Record) string { return r.Published[:min(10, len(r.Published))] }
	sort.SliceStable(recs, func(i, j int) bool {
		if di, dj := day(recs[i]), day(recs[j]); di == dj && (recs[i].Bound == "") != (recs[j].Bound == "") {
			return recs[i].Bound == ""
		}
		if recs[i].Published != recs[j].Published {
			return recs[i].Published > recs[j].Published
		}
		return recs[i].Doc < recs[j].Doc
	})
	docs := map[string]bool{}
	byValue := map[float64]map[string]bool{}
	for _, r := range recs {
		docs[r.Doc] = true
		if byValue[r.Value] == nil {
			byValue[r.Value] = map[string]bool{}
		}
		byValue[r.Value][r.Doc] = true
	}
	pt := Point{Period: period, Documents: len(docs), Conflict: Conflicting(recs), Headline: recs[0].Value}
	switch rule {
	case HeadlineMedian:
		vals := make([]float64, len(recs))
		for i, r := range recs {
			vals[i] = r.Value
		}
		sort.Float64s(vals)
		if n := len(vals); n%2 == 1 {
			pt.Headline = vals[n/2]
		} else {
			pt.Headline = (vals[n/2-1] + vals[n/2]) / 2
		}
	case HeadlineMostReported:
		best := -1
		for _, r := range recs { // latest first, so ties keep the latest
			if n := len(byValue[r.Value]); n > best {
				best, pt.Headline = n, r.Value
			}
		}
	}
	// Headline record first.
	sort.SliceStable(recs, func(i, j int) bool {
		return recs[i].Value == pt.Headline && recs[j].Value != pt.Headline
	})
	pt.Records = recs
	return pt
}
