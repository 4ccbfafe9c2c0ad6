package model

import (
	"cmp"
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
// by period. recs is left as it is: the series hold a copy.
func BuildSeries(recs []Record, rule HeadlineRule) []Series {
	return BuildSeriesOwned(slices.Clone(recs), rule)
}

// BuildSeriesOwned is BuildSeries on records the caller hands over: they
// are reordered in place and each point's Records are a part of recs, so
// a million records cost no second copy.
func BuildSeriesOwned(recs []Record, rule HeadlineRule) []Series {
	// Series, then period.
	SortFunc(recs, func(a, b *Record) int {
		// (Entities compare as their codes joined with commas would: a
		// comma sorts before every letter and digit of a code.)
		return cmp.Or(strings.Compare(a.Indicator, b.Indicator), slices.Compare(a.Entities, b.Entities),
			strings.Compare(a.Unit, b.Unit), strings.Compare(a.Basis, b.Basis), strings.Compare(a.Period, b.Period))
	})
	var out []Series
	for start := 0; start < len(recs); {
		r := &recs[start]
		s := Series{Indicator: r.Indicator, Entities: slices.Clone(r.Entities), Unit: r.Unit, Basis: r.Basis}
		if len(s.Entities) == 0 {
			s.Entities = nil
		}
		end := start
		for end < len(recs) && sameSeries(&recs[end], r) {
			end++
		}
		for p := start; p < end; {
			q := p
			for q < end && recs[q].Period == recs[p].Period {
				q++
			}
			s.Points = append(s.Points, makePoint(recs[p].Period, recs[p:q:q], rule))
			p = q
		}
		out = append(out, s)
		start = end
	}
	for i := range out {
		for j := range out {
			if i != j && out[i].Indicator == out[j].Indicator && slices.Equal(out[i].Entities, out[j].Entities) && out[i].Unit != out[j].Unit {
				out[i].UnitInKey = true
			}
		}
	}
	return out
}

// sameSeries reports whether a and b belong to one series.
func sameSeries(a, b *Record) bool {
	return a.Indicator == b.Indicator && slices.Equal(a.Entities, b.Entities) && a.Unit == b.Unit && a.Basis == b.Basis
}

// SortFunc sorts recs in place by compare, records that compare equal
// keeping their order. It sorts their indexes and then moves each record
// once: moving the records themselves in a sort would copy each one many
// times.
func SortFunc(recs []Record, compare func(a, b *Record) int) {
	idx := make([]int32, len(recs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(i, j int32) int {
		return cmp.Or(compare(&recs[i], &recs[j]), cmp.Compare(i, j))
	})
	Reorder(recs, idx)
}

// Reorder reorders recs in place so that position i holds what was at
// idx[i], moving each record once: sorting a million records by index and
// then reordering them costs no copy of them. idx must be a permutation of
// recs' positions; it is used up.
func Reorder(recs []Record, idx []int32) {
	for i := range idx {
		if idx[i] < 0 || int(idx[i]) == i {
			continue
		}
		tmp := recs[i]
		j := i
		for {
			k := int(idx[j])
			idx[j] = -1
			if k == i {
				recs[j] = tmp
				break
			}
			recs[j] = recs[k]
			j = k
		}
	}
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
