package workbook

import (
	"context"
	"fmt"
	"iter"
	"path/filepath"
	"testing"
	"time"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// bigRecords yields n records, grouped as Store.Observations orders them:
// every indicator of the catalog, 5 entity groups each, daily periods with
// two documents a period and a conflict in every 100th period; quotes
// cycle through Arabic, Russian and English. It can be ranged over again.
func bigRecords(n int, catalog []indicators.Indicator) iter.Seq2[model.Record, error] {
	groups := [][]string{{"CN", "RU"}, {"EG", "RU"}, {"IN", "RU"}, {"RU", "SA"}, {"AE", "RU"}}
	quotes := []string{arabicQuote, russianQuote, "The central bank kept its key rate at 21% on Friday, citing persistent inflation pressure."}
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	return func(yield func(model.Record, error) bool) {
		per := n / (len(catalog) * len(groups))
		i := 0
		for ci, in := range catalog {
			for _, g := range groups {
				for k := 0; k < per || (ci == len(catalog)-1 && g[0] == "AE" && i < n); k++ {
					day := k / 2
					doc := fmt.Sprintf("docs/%05d.txt", (i*7919)%10000)
					v := float64(10 + day%50)
					if day%100 == 0 && k%2 == 1 {
						v++
					}
					r := model.Record{
						Observation: indicators.Observation{
							Doc: doc, Indicator: in.ID, Entities: g,
							Period: start.AddDate(0, 0, day).Format(time.DateOnly),
							Value:  v, Unit: in.Unit, Lang: "ar", Quote: quotes[i%3],
							Span: [2]int{40, 44}, Mentions: 1, Approx: i%5 == 0,
						},
						DocHash:   "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
						Published: "2025-01-15", Title: "Article " + doc, URL: "https://example.org/" + doc,
					}
					i++
					if !yield(r, nil) {
						return
					}
				}
			}
		}
	}
}

func benchCatalog() []indicators.Indicator {
	cat := sampleCatalog()
	for _, id := range []string{"inflation_rate", "unemployment_rate", "visit_duration", "regular_meeting_ordinal"} {
		cat = append(cat, indicators.Indicator{ID: id, Names: map[string]string{"en": id}, Unit: "percent"})
	}
	return cat
}

// BenchmarkWrite1M writes the full workbook for 1,000,000 observations.
// Peak memory: go test -c, then /usr/bin/time -v ./workbook.test
// -test.run '^$' -test.bench Write1M -test.benchtime 1x.
func BenchmarkWrite1M(b *testing.B) {
	benchWrite(b, 1_000_000)
}

// BenchmarkWrite100k is the same at a tenth of the size.
func BenchmarkWrite100k(b *testing.B) {
	benchWrite(b, 100_000)
}

func benchWrite(b *testing.B, n int) {
	cat := benchCatalog()
	recs := bigRecords(n, cat)
	var docs []model.Document
	for i := range 10000 {
		p := fmt.Sprintf("docs/%05d.txt", i)
		docs = append(docs, model.Document{Hash: fmt.Sprint(i), Path: p, Title: "Article " + p, Lang: "ar", Published: "2025-01-15", URL: "https://example.org/" + p})
	}
	path := filepath.Join(b.TempDir(), "big.xlsx")
	for b.Loop() {
		if err := WriteSeq(context.Background(), path, sampleMeta(), cat, withoutErrors(docs), recs, model.HeadlineLatest); err != nil {
			b.Fatal(err)
		}
	}
}
