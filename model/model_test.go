package model

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/econtrack/econtrack/indicators"
)

// rec is a record of inflation in EG for period, reported by doc.
func rec(doc, published, period string, value float64) Record {
	return Record{
		Observation: indicators.Observation{Doc: doc, Indicator: "inflation_rate", Entities: []string{"EG"}, Period: period, Value: value, Unit: "percent"},
		Published:   published,
	}
}

func TestHeadlineRules(t *testing.T) {
	recs := []Record{
		rec("a.txt", "2025-01-10", "2024-12", 24.1),
		rec("b.txt", "2025-01-12", "2024-12", 24.0),
		rec("c.txt", "2025-01-11", "2024-12", 24.1),
		rec("d.txt", "2025-01-09", "2024-12", 23.0),
	}
	tests := []struct {
		rule HeadlineRule
		want float64
	}{
		{HeadlineLatest, 24.0},       // b.txt was published last
		{HeadlineMedian, 24.05},      // of 23.0, 24.0, 24.1, 24.1: no document reports it
		{HeadlineMostReported, 24.1}, // two documents
	}
	for _, tt := range tests {
		ss := BuildSeries(slices.Clone(recs), tt.rule)
		if len(ss) != 1 || len(ss[0].Points) != 1 {
			t.Fatalf("%s: %d series, want one of one point", tt.rule, len(ss))
		}
		p := ss[0].Points[0]
		reported := tt.rule != HeadlineMedian
		if p.Headline != tt.want || reported && p.Records[0].Value != tt.want {
			t.Errorf("%s: headline %v (first record %v), want %v", tt.rule, p.Headline, p.Records[0].Value, tt.want)
		}
		if !p.Conflict || p.Documents != 4 {
			t.Errorf("%s: conflict %v, documents %d; want a conflict of 4 documents", tt.rule, p.Conflict, p.Documents)
		}
		vals := p.Values()
		if len(vals) != 3 || reported && vals[0].Value != tt.want {
			t.Fatalf("%s: values %+v, want 3 distinct, headline first", tt.rule, vals)
		}
		for _, v := range vals {
			if v.Value == 24.1 && !slices.Equal(v.Documents(), []string{"a.txt", "c.txt"}) && !slices.Equal(v.Documents(), []string{"c.txt", "a.txt"}) {
				t.Errorf("%s: 24.1 reported by %v, want a.txt and c.txt", tt.rule, v.Documents())
			}
		}
	}
	if _, err := ParseHeadlineRule("newest"); err == nil {
		t.Error(`ParseHeadlineRule("newest") accepted`)
	}
}

// TestBoundNeverBeatsPointOfTheSameDay: "more than 90%" and "about 95%"
// published the same day: the point estimate is the headline, whichever
// came later in the day.
func TestBoundNeverBeatsPointOfTheSameDay(t *testing.T) {
	r := func(doc, published string, v float64, bound string) Record {
		return Record{Observation: indicators.Observation{Doc: doc, Indicator: "settlement_share_national_currencies", Entities: []string{"CN", "RU"}, Period: "2025", Value: v, Unit: "percent", Bound: bound}, Published: published}
	}
	for _, rule := range []HeadlineRule{HeadlineLatest, HeadlineMostReported} {
		s := BuildSeries([]Record{
			r("point.txt", "2025-05-16T09:00:00Z", 95, ""),
			r("bound.txt", "2025-05-16T18:00:00Z", 90, "lower"),
		}, rule)
		if got := s[0].Points[0].Headline; got != 95 {
			t.Errorf("%s: headline %v, want the point estimate 95", rule, got)
		}
	}
	// A bound published on a later day is news and wins under "latest".
	s := BuildSeries([]Record{r("point.txt", "2025-05-16", 95, ""), r("bound.txt", "2025-05-17", 90, "lower")}, HeadlineLatest)
	if got := s[0].Points[0].Headline; got != 90 {
		t.Errorf("headline %v, want the later bound 90", got)
	}
}

func TestConflicts(t *testing.T) {
	derived := rec("d.txt", "2025-01-01", "2024", 7)
	derived.DerivedFrom = []string{"x"}
	inCNY := rec("c.txt", "2025-01-01", "2024", 50)
	inCNY.Unit = "CNY"
	onQuarter := rec("q.txt", "2025-01-01", "2024", 1.2)
	onQuarter.Basis = "q/q"
	tests := []struct {
		name string
		recs []Record
		want []bool // Conflict of each record after MarkConflicts
	}{
		{"same value", []Record{rec("a.txt", "", "2024", 5), rec("b.txt", "", "2024", 5)}, []bool{false, false}},
		{"different values", []Record{rec("a.txt", "", "2024", 5), rec("b.txt", "", "2024", 6)}, []bool{true, true}},
		{"different periods", []Record{rec("a.txt", "", "2023", 5), rec("b.txt", "", "2024", 6)}, []bool{false, false}},
		{"another unit is no conflict", []Record{rec("a.txt", "", "2024", 5), inCNY}, []bool{false, false}},
		{"derived values do not count", []Record{rec("a.txt", "", "2024", 5), derived}, []bool{false, false}},
		{"another basis is no conflict", []Record{rec("a.txt", "", "2024", 5), onQuarter}, []bool{false, false}},
	}
	for _, tt := range tests {
		recs := slices.Clone(tt.recs)
		MarkConflicts(recs)
		for i, r := range recs {
			if r.Conflict != tt.want[i] {
				t.Errorf("%s: record %d conflict %v, want %v", tt.name, i, r.Conflict, tt.want[i])
			}
		}
		for _, s := range BuildSeries(slices.Clone(tt.recs), HeadlineLatest) {
			for _, p := range s.Points {
				want := false
				for _, r := range p.Records {
					for i, o := range tt.recs {
						if o.Doc == r.Doc && tt.want[i] {
							want = true
						}
					}
				}
				if p.Conflict != want {
					t.Errorf("%s: point %s %s conflict %v, want %v (the records' flag)", tt.name, s.Key(), p.Period, p.Conflict, want)
				}
			}
		}
	}
}

func TestSeriesKey(t *testing.T) {
	usd := rec("a.txt", "", "2024", 240)
	usd.Indicator, usd.Entities, usd.Unit = "bilateral_trade_volume", []string{"CN", "RU"}, "USD"
	cny := usd
	cny.Unit = "CNY"
	onQuarter := rec("q.txt", "", "2024-Q4", 0.8)
	onQuarter.Indicator, onQuarter.Basis = "gdp_growth", "q/q"
	onYear := onQuarter
	onYear.Doc, onYear.Value, onYear.Basis = "y.txt", 4.1, ""
	var keys []string
	for _, s := range BuildSeries([]Record{usd, cny, rec("b.txt", "", "2024", 3), onQuarter, onYear}, HeadlineLatest) {
		keys = append(keys, s.Key())
	}
	// Growth on the quarter before is a series of its own, never a point
	// of the year-on-year line.
	want := []string{"bilateral_trade_volume__CN-RU__CNY", "bilateral_trade_volume__CN-RU__USD", "gdp_growth__EG", "gdp_growth__EG__qq", "inflation_rate__EG"}
	if !slices.Equal(keys, want) {
		t.Errorf("keys %v, want %v", keys, want)
	}
}

func TestPeriodBounds(t *testing.T) {
	tests := []struct{ period, start, end string }{
		{"2024", "2024-01-01", "2024-12-31"},
		{"2024-Q3", "2024-07-01", "2024-09-31"},
		{"2024-02", "2024-02-01", "2024-02-31"},
		{"2024-02-29", "2024-02-29", "2024-02-29"},
		{"2024-01/2024-08", "", "2024-08-31"},
		{"FY2024/25", "", "2025-12-31"},
		{"sometime", "", ""},
	}
	for _, tt := range tests {
		start, ok := PeriodStart(tt.period)
		if start != tt.start || ok != (tt.start != "") {
			t.Errorf("PeriodStart(%q) = %q, %v; want %q", tt.period, start, ok, tt.start)
		}
		if end := PeriodEnd(tt.period); end != tt.end {
			t.Errorf("PeriodEnd(%q) = %q, want %q", tt.period, end, tt.end)
		}
	}
}

// BuildSeriesOwned builds the same series as BuildSeries, in the memory of
// the records it is given (a run's million records are not copied again),
// and BuildSeries leaves its input as it was.
func TestBuildSeriesOwnedSharesTheRecords(t *testing.T) {
	var recs []Record
	for i := range 200 {
		r := rec(fmt.Sprintf("d%03d.txt", i%37), fmt.Sprintf("2025-01-%02d", i%28+1), fmt.Sprintf("20%02d-%02d", 10+i%7, i%12+1), float64(i%5))
		r.Entities = [][]string{{"EG"}, {"CN", "RU"}, {"AE"}, nil}[i%4]
		r.Indicator = []string{"inflation_rate", "bilateral_trade_volume"}[i%2]
		r.Unit = []string{"percent", "USD", "CNY"}[i%3]
		recs = append(recs, r)
	}
	before := slices.Clone(recs)
	want := BuildSeries(recs, HeadlineLatest)
	if !reflect.DeepEqual(recs, before) {
		t.Fatal("BuildSeries reordered its input")
	}
	got := BuildSeriesOwned(recs, HeadlineLatest)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("BuildSeriesOwned differs from BuildSeries:\ngot  %+v\nwant %+v", got, want)
	}
	// The points are views of recs: a change to recs shows in every one.
	for i := range recs {
		recs[i].Title = "seen through the point"
	}
	for _, s := range got {
		for _, p := range s.Points {
			for _, r := range p.Records {
				if r.Title != "seen through the point" {
					t.Fatalf("point %s of %s holds a copy of its records", p.Period, s.Key())
				}
			}
		}
	}
}
