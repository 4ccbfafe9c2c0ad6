package workbook

import (
	"time"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

const (
	arabicQuote  = "وقال نوفاك إن حصة التسويات بالعملات الوطنية بلغت نحو 99% من التجارة بين روسيا والصين."
	russianQuote = "Новак сообщил, что доля расчётов в национальных валютах превысила 95%."
	formulaQuote = `=HYPERLINK("http://evil.example/","click") said the minister: 4.5%`
)

func sampleCatalog() []indicators.Indicator {
	return []indicators.Indicator{
		{ID: "settlement_share_national_currencies", Names: map[string]string{"en": "Settlement share in national currencies", "ar": "حصة التسويات بالعملات الوطنية", "ru": "Доля расчётов в национальных валютах"}, Unit: "percent", Entities: 2},
		{ID: "policy_rate", Names: map[string]string{"en": "Policy rate", "ar": "سعر الفائدة الرئيسي", "ru": "Ключевая ставка"}, Unit: "percent", Entities: 1},
		{ID: "bilateral_trade_volume", Names: map[string]string{"en": "Bilateral trade volume", "ar": "حجم التبادل التجاري", "ru": "Объём торговли"}, Unit: "currency", Entities: 2},
		{ID: "gdp_growth", Names: map[string]string{"en": "GDP growth"}, Unit: "percent", Entities: 1, Basis: indicators.BasisYoY},
		{ID: "regular_meeting_interval", Names: map[string]string{"en": "Regular meeting interval"}, Unit: "months", Entities: 2, Derived: true},
	}
}

func sampleDocs() []model.Document {
	t0 := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	return []model.Document{
		{Hash: "aa11", Path: "ar/tass-2024.txt", Title: "نوفاك: 99% من التسويات", Lang: "ar", Published: "2024-12-05", URL: "https://example.org/ar/1", FirstSeen: t0, LastSeen: t0},
		{Hash: "bb22", Path: "en/rate.md", Title: "Central bank holds rate", Lang: "en", Published: "2024-10-25T10:30:00+03:00", FirstSeen: t0, LastSeen: t0},
		{Hash: "cc33", Path: "ru/trade.html", Title: "Торговля", Lang: "ru", Published: "2025-01-15", URL: "https://example.org/ru/2", FirstSeen: t0, LastSeen: t0},
		{Hash: "dd44", Path: "en/old.txt", Title: "Old", Lang: "en", Published: "2023-05-01", Removed: true, FirstSeen: t0, LastSeen: t0},
		{Hash: "ee55", Path: "en/grown.txt", Title: "Grown", Lang: "en", Published: "2024-02-01", FirstSeen: t0, LastSeen: t0,
			SkipReason: "too large: 11000000 bytes, more than corpus.max_bytes (10485760)", SkippedSince: t0},
	}
}

func rec(doc, ind string, ents []string, period string, v float64, unit, quote, published, url string) model.Record {
	return model.Record{
		Observation: indicators.Observation{
			Doc: doc, Indicator: ind, Entities: ents, Period: period, Value: v, Unit: unit,
			Lang: "en", Quote: quote, Span: [2]int{3, 7}, Mentions: 1,
		},
		DocHash: "h-" + doc, Published: published, Title: "title of " + doc, URL: url,
	}
}

// sampleRecords has four indicators, a conflict (policy rate 2024-10:
// 21 vs 19), quarters and years, Arabic, Russian and a formula-like quote,
// in an order Write must regroup.
func sampleRecords() []model.Record {
	cnru := []string{"CN", "RU"}
	ru := []string{"RU"}
	recs := []model.Record{
		rec("en/rate.md", "policy_rate", ru, "2024-10", 21, "percent", formulaQuote, "2024-10-25T10:30:00+03:00", ""),
		rec("ar/tass-2024.txt", "settlement_share_national_currencies", cnru, "2024", 99, "percent", arabicQuote, "2024-12-05", "https://example.org/ar/1"),
		rec("ru/trade.html", "settlement_share_national_currencies", cnru, "2023", 95, "percent", russianQuote, "2025-01-15", "https://example.org/ru/2"),
		rec("ru/trade.html", "bilateral_trade_volume", cnru, "2024-Q3", 240000000000, "USD", russianQuote, "2025-01-15", "https://example.org/ru/2"),
		rec("ru/trade.html", "bilateral_trade_volume", cnru, "2024-Q4", 245500000000.5, "USD", russianQuote, "2025-01-15", "https://example.org/ru/2"),
		rec("ar/tass-2024.txt", "policy_rate", ru, "2024-10", 19, "percent", arabicQuote, "2024-12-05", "https://example.org/ar/1"),
		rec("en/rate.md", "policy_rate", ru, "2024-09-13", 19, "percent", "The Bank of Russia raised the key rate to 19% on 13 September.", "2024-10-25T10:30:00+03:00", ""),
		rec("en/rate.md", "gdp_growth", nil, "2024", -2.5, "percent", "-2.5% is what the IMF expects.", "2024-10-25T10:30:00+03:00", ""),
	}
	recs[0].Approx = true
	recs[0].Speaker = "Elvira Nabiullina"
	recs[0].Conflict = true
	recs[5].Conflict = true
	recs[2].Bound = "lower"
	recs[2].Mentions = 2
	return recs
}

func sampleMeta() Meta {
	return Meta{
		GeneratedAt: time.Date(2025, 11, 4, 6, 0, 0, 0, time.UTC),
		Version:     "0.1.0-test",
		ConfigFile:  "econtrack.yaml",
		ConfigHash:  "sha256:abc",
		Corpus:      "seeds",
		Skipped:     []Skipped{{File: "broken.txt", Reason: "not UTF-8 at byte 1043"}, {File: "en/grown.txt", Reason: "too large: 11000000 bytes, more than corpus.max_bytes (10485760)"}},
		Status:      map[string]string{"ar/tass-2024.txt": "new", "en/rate.md": "unchanged"},
	}
}
