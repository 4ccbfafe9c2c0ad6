package charts

import (
	"context"
	"io"
	"math"
	"testing"
	"time"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// longSeries is a daily series of n points.
func longSeries(n int) model.Series {
	s := model.Series{Indicator: "policy_rate", Entities: []string{"RU"}, Unit: "percent"}
	t := time.Date(1750, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		v := math.Round((8+4*math.Sin(float64(i)/900)+math.Sin(float64(i)/37))*100) / 100
		p := t.AddDate(0, 0, i).Format(time.DateOnly)
		s.Points = append(s.Points, model.Point{
			Period: p, Headline: v, Documents: 1,
			Records: []model.Record{{Observation: indicators.Observation{Doc: "d.txt", Value: v, Period: p}, Published: p}},
		})
	}
	return s
}

func TestLongSeries(t *testing.T) {
	s := longSeries(100000)
	if err := RenderOne(context.Background(), io.Discard, catalogEntry("policy_rate"), s, "png", DefaultOptions()); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkPNG100kPoints(b *testing.B) {
	s := longSeries(100000)
	ind := catalogEntry("policy_rate")
	opt := DefaultOptions()
	b.ResetTimer()
	for b.Loop() {
		if err := RenderOne(context.Background(), io.Discard, ind, s, "png", opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChartSet renders the fixtures' full chart set (7 series, PNG
// and SVG at the default 1200×700, plus the overview), as a run does.
func BenchmarkChartSet(b *testing.B) {
	dir := b.TempDir()
	cat, ss := testCatalog(), allSeries()
	opt := DefaultOptions()
	for b.Loop() {
		if _, err := Render(context.Background(), dir, cat, ss, opt); err != nil {
			b.Fatal(err)
		}
	}
}
