package charts

import (
	"fmt"
	"time"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// testCatalog mirrors the names of the default catalog.
func testCatalog() []indicators.Indicator {
	ind := func(id, unit, en, ar, ru string) indicators.Indicator {
		return indicators.Indicator{ID: id, Unit: unit, Names: map[string]string{"en": en, "ar": ar, "ru": ru}}
	}
	meeting := ind("regular_meeting_ordinal", "ordinal", "Regular meeting number", "رقم الاجتماع الدوري", "Номер регулярной встречи")
	meeting.Role = indicators.RoleMeeting
	cadence := ind("regular_meeting_interval", "months", "Interval between regular meetings", "الفترة بين الاجتماعات الدورية", "Интервал между регулярными встречами")
	cadence.Role, cadence.Derived, cadence.From = indicators.RoleCadence, true, meeting.ID
	return []indicators.Indicator{
		ind("settlement_share_national_currencies", "percent", "Share of trade settled in national currencies", "حصة التسويات بالعملات الوطنية", "Доля расчётов в национальных валютах"),
		meeting,
		cadence,
		ind("visit_duration", "days", "Length of official visit", "مدة الزيارة الرسمية", "Продолжительность официального визита"),
		ind("bilateral_trade_volume", "currency", "Bilateral trade volume", "حجم التبادل التجاري", "Объём двусторонней торговли"),
		ind("inflation_rate", "percent", "Inflation rate", "معدل التضخم", "Уровень инфляции"),
		ind("policy_rate", "percent", "Policy interest rate", "سعر الفائدة الرئيسي", "Ключевая ставка"),
		ind("gdp_growth", "percent", "Real GDP growth", "نمو الناتج المحلي الإجمالي الحقيقي", "Рост реального ВВП"),
	}
}

func catalogEntry(id string) indicators.Indicator {
	for _, ind := range testCatalog() {
		if ind.ID == id {
			return ind
		}
	}
	panic("no indicator " + id)
}

// obs is a hand-made observation for the fixtures.
type obs struct {
	doc, published, period string
	value                  float64
	approx                 bool
	bound                  string
}

// series builds a series the way model.BuildSeries does, with the
// "latest" headline rule.
func series(ind, unit string, ents []string, os ...obs) model.Series {
	var recs []model.Record
	for i, o := range os {
		recs = append(recs, model.Record{
			Observation: indicators.Observation{
				Doc: o.doc, Indicator: ind, Entities: ents, Period: o.period, Value: o.value,
				Unit: unit, Approx: o.approx, Bound: o.bound, Lang: "en", Mentions: 1,
			},
			ID: int64(i + 1), Published: o.published, URL: "https://www.example.org/" + o.doc,
		})
	}
	ss := model.BuildSeries(recs, model.HeadlineLatest)
	if len(ss) != 1 {
		panic(fmt.Sprintf("%d series", len(ss)))
	}
	return ss[0]
}

func inflationSeries() model.Series {
	vals := []float64{11.77, 10.99, 3.51, 2.31, 2.51, 3.25, 4.3, 5.15, 6.0, 6.69, 7.48, 7.42, 7.44, 7.69, 7.72, 7.84, 8.3, 8.59}
	var os []obs
	for i, v := range vals {
		t := time.Date(2023, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC)
		os = append(os, obs{
			doc:       fmt.Sprintf("ru-cpi-%02d.txt", i),
			published: t.AddDate(0, 1, 11).Format(time.DateOnly),
			period:    t.Format("2006-01"),
			value:     v,
		})
	}
	return series("inflation_rate", "percent", []string{"RU"}, os...)
}

func singleSeries() model.Series {
	return series("visit_duration", "days", []string{"CN", "RU"},
		obs{doc: "visit.txt", published: "2024-05-15", period: "2024-05-16", value: 2})
}

func conflictSeries() model.Series {
	return series("policy_rate", "percent", []string{"EG"},
		obs{doc: "a.txt", published: "2023-08-04", period: "2023-08", value: 19.25},
		obs{doc: "b.txt", published: "2023-11-03", period: "2023-11", value: 19.25},
		obs{doc: "c.txt", published: "2024-02-02", period: "2024-02", value: 21.25},
		obs{doc: "d.txt", published: "2024-03-07", period: "2024-03", value: 27.25},
		obs{doc: "e.txt", published: "2024-03-06", period: "2024-03", value: 21.25},
		obs{doc: "f.txt", published: "2024-06-01", period: "2024-06", value: 27.25},
	)
}

func hedgedSeries() model.Series {
	return series("settlement_share_national_currencies", "percent", []string{"CN", "RU"},
		obs{doc: "2021.txt", published: "2021-12-15", period: "2021", value: 25, approx: true},
		obs{doc: "2022.txt", published: "2022-12-20", period: "2022", value: 65, bound: "lower"},
		obs{doc: "2023.txt", published: "2023-12-19", period: "2023", value: 95},
		obs{doc: "2024a.txt", published: "2024-08-21", period: "2024", value: 99, approx: true},
	)
}

func tradeSeries() model.Series {
	return series("bilateral_trade_volume", "USD", []string{"CN", "RU"},
		obs{doc: "t21.txt", published: "2022-01-14", period: "2021", value: 146.9e9},
		obs{doc: "t22.txt", published: "2023-01-13", period: "2022", value: 190.3e9},
		obs{doc: "t23.txt", published: "2024-01-12", period: "2023", value: 240.1e9, bound: "lower"},
		obs{doc: "t24.txt", published: "2025-01-13", period: "2024", value: 244.8e9},
	)
}

func meetingSeries() model.Series {
	return series("regular_meeting_ordinal", "ordinal", []string{"CN", "RU"},
		obs{doc: "m24.txt", published: "2019-09-18", period: "2019-09-17", value: 24},
		obs{doc: "m25.txt", published: "2020-12-03", period: "2020-12-02", value: 25},
		obs{doc: "m26.txt", published: "2021-11-30", period: "2021-11-30", value: 26},
		obs{doc: "m28.txt", published: "2023-12-20", period: "2023-12-19", value: 28},
		obs{doc: "m29.txt", published: "2024-08-22", period: "2024-08-21", value: 29},
	)
}

func intervalSeries() model.Series {
	return series("regular_meeting_interval", "months", []string{"CN", "RU"},
		obs{doc: "m25.txt", published: "2020-12-03", period: "2020-12", value: 15},
		obs{doc: "m26.txt", published: "2021-11-30", period: "2021-11", value: 11},
		obs{doc: "m29.txt", published: "2024-08-22", period: "2024-08", value: 8},
	)
}

func testFont(size float64) font.Font { return font.Font{Size: vg.Points(size)} }

func rec(doc string, v float64) model.Record {
	return model.Record{Observation: indicators.Observation{Doc: doc, Value: v}}
}

// testOptions are the golden-image options: 600×350 pixels at 72 dpi,
// the same layout as the default 1200×700 at 144 dpi.
func testOptions(lang string) Options {
	o := DefaultOptions()
	o.Width, o.Height, o.DPI = 600, 350, 72
	o.Lang = lang
	o.Version = "v0.1.0"
	return o
}
