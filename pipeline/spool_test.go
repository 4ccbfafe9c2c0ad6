package pipeline

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// The spool gives back every field of the groups added, in order, as many
// times as it is ranged over, and stops where its caller stops.
func TestSpoolRoundTrip(t *testing.T) {
	groups := [][]model.Record{
		{{
			Observation: indicators.Observation{Doc: "a.txt", Indicator: "inflation_rate", Entities: []string{"EG"}, Period: "2025-10",
				Value: 12.5, Unit: "percent", Approx: true, Bound: "upper", Lang: "ar", Quote: "التضخم 12.5%", Span: [2]int{7, 12},
				Speaker: "CAPMAS", Mentions: 2, Confidence: 0.85, Basis: "m/m"},
			ID: 7, DocHash: "h", Published: "2025-11-10", Title: "T", URL: "https://example.org/a", Source: "S", Removed: true, Corpus: "c", Conflict: true,
		}},
		{
			{Observation: indicators.Observation{Doc: "b.txt", Indicator: "regular_meeting_interval", Period: "2024-08", Value: 9, DerivedFrom: []string{"a.txt#1", "b.txt#2"}}},
			{Observation: indicators.Observation{Doc: "c.txt", Indicator: "regular_meeting_interval", Period: "2024-08", Value: 9}},
		},
	}
	sp, err := newSpool(filepath.Join(t.TempDir(), "spool"))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range groups {
		if err := sp.add(g); err != nil {
			t.Fatal(err)
		}
	}
	if err := sp.finish(); err != nil {
		t.Fatal(err)
	}
	for pass := range 2 {
		var got [][]model.Record
		for g, err := range sp.groups {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, g)
		}
		if !reflect.DeepEqual(got, groups) {
			t.Errorf("pass %d: got %+v\nwant %+v", pass+1, got, groups)
		}
	}
	for range sp.groups {
		break
	}
}
