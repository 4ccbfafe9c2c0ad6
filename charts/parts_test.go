package charts

import (
	"image/color"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/econtrack/econtrack/model"
	"gonum.org/v1/plot/vg"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		kind periodKind
	}{
		{"2024", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), periodYear},
		{"2024-Q2", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), periodQuarter},
		{"2024-03", time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), periodMonth},
		{"2024-03-05", time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), periodDay},
	}
	for _, tc := range tests {
		p, err := parsePeriod(tc.in)
		if err != nil || !p.start.Equal(tc.want) || p.kind != tc.kind {
			t.Errorf("parsePeriod(%q) = %v %v, %v", tc.in, p.start, p.kind, err)
		}
	}
	for _, bad := range []string{"", "24", "2024-Q5", "2024-13", "2024-02-30", "last year"} {
		if _, err := parsePeriod(bad); err == nil {
			t.Errorf("parsePeriod(%q) accepted", bad)
		}
	}
}

func TestTimeTicksAtCalendarBoundaries(t *testing.T) {
	day := func(y int, m time.Month, d int) float64 { return toX(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)) }
	tests := []struct {
		name   string
		lo, hi float64
		unit   periodKind
		want   []string
	}{
		{"years", day(2020, 6, 1), day(2024, 6, 1), periodYear, []string{"2021", "2022", "2023", "2024"}},
		{"decades step", day(1990, 1, 1), day(2024, 1, 1), periodYear, []string{"1990", "1995", "2000", "2005", "2010", "2015", "2020"}},
		{"months", day(2023, 12, 15), day(2024, 7, 15), periodMonth, []string{"Jan\n2024", "Feb", "Mar", "Apr", "May", "Jun", "Jul"}},
		{"quarterly months", day(2022, 11, 1), day(2024, 7, 1), periodMonth, []string{"Jan\n2023", "Apr", "Jul", "Oct", "Jan\n2024", "Apr", "Jul"}},
		{"quarterly data on quarters, not the months they start", day(2023, 11, 15), day(2024, 8, 15), periodQuarter, []string{"Q1\n2024", "Q2", "Q3"}},
		{"quarters a step apart over years", day(2021, 1, 1), day(2024, 7, 1), periodQuarter, []string{"Q1\n2021", "Q3", "Q1\n2022", "Q3", "Q1\n2023", "Q3", "Q1\n2024", "Q3"}},
		{"yearly data stays on years", day(2023, 1, 1), day(2024, 6, 1), periodYear, []string{"2023", "2024"}},
		{"days", day(2024, 5, 10), day(2024, 5, 20), periodDay, []string{"11 May\n2024", "13 May", "15 May", "17 May", "19 May"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tt := timeTicker{loc: locales["en"], max: 8, unit: tc.unit}
			var got []string
			for _, tk := range tt.Ticks(tc.lo, tc.hi) {
				if tk.Value < tc.lo || tk.Value > tc.hi {
					t.Errorf("tick %v outside [%v, %v]", tk.Value, tc.lo, tc.hi)
				}
				if d := fromX(tk.Value); d.Hour() != 0 || (tc.unit != periodDay && d.Day() != 1) {
					t.Errorf("tick %v not on a calendar boundary", d)
				}
				if tk.Label != "" {
					got = append(got, tk.Label)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("labels = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestValueTicksShareDecimals(t *testing.T) {
	tests := []struct {
		lo, hi float64
		sc     valueScale
		suffix string
		want   []string
	}{
		{1.2, 13.9, valueScale{div: 1}, "%", []string{"2.5%", "5.0%", "7.5%", "10.0%", "12.5%"}},
		{0, 100, valueScale{div: 1}, "%", []string{"0%", "25%", "50%", "75%", "100%"}},
		{130e9, 265e9, valueScale{div: 1e9}, "", []string{"150", "175", "200", "225", "250"}},
		{0.2, 0.9, valueScale{div: 1}, "", []string{"0.2", "0.4", "0.6", "0.8"}},
	}
	for _, tc := range tests {
		vt := valueTicker{loc: locales["en"], scale: tc.sc, n: 4, suffix: tc.suffix}
		var got []string
		for _, tk := range vt.Ticks(tc.lo, tc.hi) {
			got = append(got, tk.Label)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Ticks(%v, %v) = %q, want %q", tc.lo, tc.hi, got, tc.want)
		}
	}
	vt := valueTicker{loc: locales["en"], scale: valueScale{div: 1}, n: 4, integral: true}
	for _, tk := range vt.Ticks(27.5, 29.5) {
		if strings.Contains(tk.Label, ".") {
			t.Errorf("ordinal tick %q is fractional", tk.Label)
		}
	}
}

func TestValueAxisIsHonest(t *testing.T) {
	tests := []struct {
		name       string
		lo, hi     float64
		unit       string
		single     bool
		div        float64
		wantMin    float64 // the axis starts at or below this
		wantMax    float64 // and ends at or above this
		capMax     float64 // and at or below this (0: no cap)
		minSpan    float64
		startsZero bool
	}{
		{name: "close percentages get 2 points", lo: 8.5, hi: 8.6, unit: "percent", div: 1, wantMin: 8.5, wantMax: 8.6, minSpan: 2},
		{name: "a share stops at 100%", lo: 25, hi: 99, unit: "percent", div: 1, wantMin: 25, wantMax: 99, capMax: 100},
		{name: "a negative value has a tick below it", lo: -1.2, hi: 3.1, unit: "percent", div: 1, wantMin: -1.3, wantMax: 3.1},
		{name: "day counts start at zero", lo: 3, hi: 5, unit: "days", div: 1, wantMin: 0, wantMax: 5, startsZero: true},
		{name: "money starts at zero", lo: 130e9, hi: 265e9, unit: "USD", div: 1e9, wantMin: 0, wantMax: 265e9, startsZero: true},
		{name: "a lone percentage starts at zero", lo: 12, hi: 12, unit: "percent", single: true, div: 1, wantMin: 0, wantMax: 12, startsZero: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vmin, vmax, step, dec := valueAxis(tc.lo, tc.hi, tc.unit, tc.single, 4, tc.div)
			if vmin > tc.wantMin || vmax < tc.wantMax {
				t.Errorf("axis %v..%v does not hold %v..%v", vmin, vmax, tc.wantMin, tc.wantMax)
			}
			if tc.capMax != 0 && vmax > tc.capMax {
				t.Errorf("axis ends at %v, past %v", vmax, tc.capMax)
			}
			if vmax-vmin < tc.minSpan {
				t.Errorf("axis %v..%v spans less than %v", vmin, vmax, tc.minSpan)
			}
			if tc.startsZero && vmin != 0 {
				t.Errorf("axis starts at %v, want 0", vmin)
			}
			if dec > 1 {
				t.Errorf("ticks need %d decimals, want at most 1", dec)
			}
			vt := valueTicker{loc: locales["en"], scale: valueScale{div: tc.div}, n: 4, step: step, dec: dec}
			ticks := vt.Ticks(vmin, vmax)
			if len(ticks) < 2 || ticks[0].Value > tc.lo || ticks[len(ticks)-1].Value < tc.hi {
				t.Errorf("ticks %v do not enclose %v..%v", ticks, tc.lo, tc.hi)
			}
		})
	}
}

func TestComparisons(t *testing.T) {
	usd := tradeSeries()
	aed := series("bilateral_trade_volume", "AED", []string{"AE", "IN"}, obs{doc: "aed.txt", published: "2024-05-01", period: "2023", value: 30e9})
	in := series("bilateral_trade_volume", "USD", []string{"AE", "IN"}, obs{doc: "in.txt", published: "2024-05-02", period: "2023", value: 85e9, approx: true})
	var models []drawing
	for _, s := range []model.Series{usd, aed, in} {
		models = append(models, buildModel(catalogEntry(s.Indicator), s))
	}
	cs := comparisonsOf(models)
	if len(cs) != 2 || cs[0].key != "bilateral_trade_volume" || cs[1].key != "bilateral_trade_volume__AED" {
		t.Fatalf("comparisons %+v, want the USD one named after the indicator and the AED one after its unit", cs)
	}
	c := cs[0]
	if len(c.rows) != 2 || c.rows[1].mark.y != 244.8e9 || c.rows[1].period != "2024" || c.rows[0].mark.y != 85e9 || !c.approx || c.docs != 5 {
		t.Errorf("USD comparison = %+v, want the latest value of each pair, largest last", c)
	}
	if got, want := c.latestPeriod(), "2024"; got != want {
		t.Errorf("latest period %q, want %q", got, want)
	}
}

func TestLocaleText(t *testing.T) {
	r := func(lang string) *renderer {
		rr, err := newRenderer(testOptions(lang))
		if err != nil {
			t.Fatal(err)
		}
		return rr
	}
	tests := []struct {
		lang string
		docs int
		p    provenance
		want string
	}{
		{"en", 3, provenance{speaker: "Anna Petrova", outlet: "Interfax", published: "2024-03-02", period: "2024-02"},
			"Source: Anna Petrova via Interfax, 2024-03-02 and 2 other documents · data as of Feb 2024 · econtrack v0.1.0"},
		{"en", 1, provenance{outlet: "example.org", published: "2024-01-05", period: "2023-Q4"},
			"Source: example.org, 2024-01-05 · data as of Q4 2023 · econtrack v0.1.0"},
		{"en", 2, provenance{speaker: "Anna Petrova", period: "2023"},
			"Source: Anna Petrova and 1 other document · data as of 2023 · econtrack v0.1.0"},
		{"en", 1, provenance{}, "Source: 1 document · econtrack v0.1.0"},
		{"ru", 22, provenance{outlet: "ТАСС", published: "2024-03-02", period: "2024-02"},
			"Источник: ТАСС, 2024-03-02 и ещё 21 документ · данные на февр. 2024 · econtrack v0.1.0"},
		{"ru", 3, provenance{speaker: "Анна Петрова", outlet: "Интерфакс", published: "2024-03-02", period: "2024-02-14"},
			"Источник: Анна Петрова через Интерфакс, 2024-03-02 и ещё 2 документа · данные на 14 февр. 2024 · econtrack v0.1.0"},
		{"ar", 3, provenance{speaker: "سامي الخطيب", outlet: "Reuters", published: "2024-03-02", period: "2024-02"},
			"المصدر: سامي الخطيب عبر \u2068Reuters" + pdi + "، " + lri + "2024-03-02" + pdi + " ووثيقتان أخريان · البيانات حتى فبراير 2024 · " + lri + "econtrack v0.1.0" + pdi},
		{"ar", 2, provenance{}, "المصدر: وثيقة واحدة ووثيقة أخرى · " + lri + "econtrack v0.1.0" + pdi},
	}
	for _, tc := range tests {
		if got := r(tc.lang).sourceLine(tc.docs, tc.p); got != tc.want {
			t.Errorf("%s footer:\n got %q\nwant %q", tc.lang, got, tc.want)
		}
	}
	if got, want := r("en").overviewSourceLine(3, "2024-01-05", "2024-03-02"), "Source: 3 documents, 2024-01-05–2024-03-02 · econtrack v0.1.0"; got != want {
		t.Errorf("overview footer %q, want %q", got, want)
	}
	m := buildModel(catalogEntry("bilateral_trade_volume"), tradeSeries())
	for lang, want := range map[string]string{"en": "China–Russia, billion USD", "ar": "الصين–روسيا، مليار دولار", "ru": "Китай–Россия, млрд долл."} {
		rr := r(lang)
		if got := rr.subtitle(m, rr.scaleOf(m)); got != want {
			t.Errorf("%s subtitle = %q, want %q", lang, got, want)
		}
	}
	for _, tc := range []struct {
		lang string
		n    string
		want string
	}{{"ar", "1", "يوم واحد"}, {"ar", "2", "يومان"}, {"ar", "3", "3 أيام"}, {"ar", "14", "14 يومًا"}, {"ru", "2", "2 дня"}, {"ru", "5", "5 дней"}, {"en", "1", "1 day"}} {
		if got := locales[tc.lang].daysSpan(tc.n); got != tc.want {
			t.Errorf("%s days(%s) = %q, want %q", tc.lang, tc.n, got, tc.want)
		}
	}
	if got := locales["ru"].number(12345.5, 1); got != "12\u00a0345,5" {
		t.Errorf("ru number = %q", got)
	}
	if got := locales["en"].number(-0.001, 1); got != "0.0" {
		t.Errorf("rounded negative zero = %q", got)
	}
	if got := locales["ar"].period("2024-03"); got != "مارس 2024" {
		t.Errorf("ar period = %q", got)
	}
	if got := locales["en"].period("2024-Q3"); got != "Q3 2024" {
		t.Errorf("en quarter = %q", got)
	}
	if got := country("XX", "ar"); got != "XX" {
		t.Errorf("unknown code = %q", got)
	}
	// Arabic writes a bound in words before the value; English with a sign.
	one := valueScale{div: 1}
	if got := valueText(mark{y: 4, bound: "lower"}, "percent", one, 0, locales["ar"]); !strings.HasPrefix(got, "أكثر من ") || strings.Contains(got, ">") {
		t.Errorf("ar lower bound = %q, want أكثر من before the value", got)
	}
	if got := valueText(mark{y: 2, bound: "upper"}, "days", one, 0, locales["ar"]); !strings.HasPrefix(got, "أقل من ") {
		t.Errorf("ar upper bound = %q", got)
	}
	if got := valueText(mark{y: 4, bound: "lower"}, "percent", one, 0, locales["en"]); got != ">4%" {
		t.Errorf("en lower bound = %q, want >4%%", got)
	}
}

// visual returns the text of the line in the order its glyphs are drawn,
// left to right.
func visual(h *shaper, s string) []rune {
	rs := []rune(s)
	var out []rune
	for _, g := range h.shape(s, false).glyphs {
		out = append(out, rs[g.cluster])
	}
	return out
}

func TestShapingArabic(t *testing.T) {
	h, err := newShaper("ar")
	if err != nil {
		t.Fatal(err)
	}
	// Joined forms: the glyph of seen at the start of a word is not its
	// isolated glyph.
	iso := h.shape("س", false).glyphs[0].gid
	word := h.shape("سلام", false)
	last := word.glyphs[len(word.glyphs)-1] // rightmost glyph: the first letter
	if last.cluster != 0 {
		t.Fatalf("rightmost glyph shows rune %d, want the first letter (right-to-left)", last.cluster)
	}
	if last.gid == iso {
		t.Error("initial seen drawn with its isolated glyph: no joining")
	}
	// Digits inside Arabic stay left to right; the Arabic reads from the
	// right; the percent sign follows the number in reading order, so it
	// is drawn on its left (rules W2, W5: after Arabic a number is AN).
	got := string(visual(h, "نحو 99% في 2024"))
	if want := "2024 يف %99 وحن"; got != want {
		t.Errorf("visual order = %q, want %q", got, want)
	}
	// An isolated date keeps its order inside right-to-left text.
	got = string(visual(h, "حتى "+lri+"2024-01-02"+pdi))
	if !strings.Contains(got, "2024-01-02") {
		t.Errorf("isolated date drawn as %q", got)
	}
	// Latin inside an Arabic title keeps its order, and sits left of the
	// Arabic that precedes it.
	got = strings.Map(func(r rune) rune {
		if r == '\u2066' || r == '\u2069' {
			return -1
		}
		return r
	}, string(visual(h, "نمو GDP السنوي")))
	if want := "يونسلا GDP ومن"; got != want {
		t.Errorf("mixed title drawn as %q, want %q", got, want)
	}
	// A left-to-right paragraph with Arabic inside brackets.
	got = string(visual(h, "Rate (مارس 2024)"))
	if want := "Rate (2024 سرام)"; got != want {
		t.Errorf("LTR with Arabic drawn as %q, want %q", got, want)
	}
	// Box widths are positive and grow with the text.
	w1, _, _ := h.Box("ab", testFont(10))
	w2, _, _ := h.Box("abab", testFont(10))
	if w1 <= 0 || w2 <= w1 {
		t.Errorf("widths %v, %v", w1, w2)
	}
}

func TestMarks(t *testing.T) {
	m := buildModel(catalogEntry("policy_rate"), conflictSeries())
	var mar chartPoint
	for _, p := range m.points {
		if p.period == "2024-03" {
			mar = p
		}
	}
	if len(mar.marks) != 2 || !mar.marks[0].headline || mar.marks[0].y != 27.25 || mar.marks[1].y != 21.25 {
		t.Errorf("conflicting period marks = %+v, want headline 27.25 then 21.25", mar.marks)
	}
	if want := (provenance{outlet: "example.org", published: "2024-06-01", period: "2024-06"}); !m.conflict || m.approx || m.docs != 6 || m.latest != want {
		t.Errorf("model flags/provenance = conflict %v approx %v docs %d %+v, want latest %+v", m.conflict, m.approx, m.docs, m.latest, want)
	}
	h := buildModel(catalogEntry("settlement_share_national_currencies"), hedgedSeries())
	if !h.approx || !h.lower || h.upper || h.conflict {
		t.Errorf("hedged flags = approx %v lower %v upper %v conflict %v", h.approx, h.lower, h.upper, h.conflict)
	}
	// A median headline that no document reported is a mark of its own.
	pt := model.Point{Period: "2024", Headline: 5, Records: []model.Record{rec("a", 4), rec("b", 6)}}
	mk := marks(pt)
	if len(mk) != 3 || mk[0].y != 5 || !mk[0].headline {
		t.Errorf("median marks = %+v", mk)
	}
}

func TestMeetingEvents(t *testing.T) {
	m := buildModel(catalogEntry("regular_meeting_ordinal"), meetingSeries())
	evs, sps := meetingEvents(m, locales["en"])
	if len(evs) != 5 || evs[0].number != "24" || evs[4].number != "29" {
		t.Fatalf("events = %+v", evs)
	}
	var got []string
	for _, s := range sps {
		l := s.label
		if s.gap {
			l += " (gap)"
		}
		got = append(got, l)
	}
	if want := []string{"15 months", "11 months", "25 months (gap)", "8 months"}; !slices.Equal(got, want) {
		t.Errorf("spans = %q, want %q", got, want)
	}
	m = buildModel(catalogEntry("regular_meeting_interval"), intervalSeries())
	evs, sps = meetingEvents(m, locales["ar"])
	var dates []string
	for _, e := range evs {
		dates = append(dates, e.t.Format("2006-01"))
	}
	if want := []string{"2019-09", "2020-12", "2021-11", "2023-12", "2024-08"}; !slices.Equal(dates, want) {
		t.Errorf("meetings from intervals = %q, want %q", dates, want)
	}
	if sps[2].label != "8 أشهر" || sps[1].label != "11 شهرًا" {
		t.Errorf("arabic spans = %q, %q", sps[1].label, sps[2].label)
	}
}

// TestDefaultPaletteContrast: lines at least 3:1 against the white
// background, value labels (the colour darkened as labelLast draws it) at
// least 4.5:1.
func TestDefaultPaletteContrast(t *testing.T) {
	lum := func(c color.RGBA) float64 {
		f := func(v uint8) float64 {
			x := float64(v) / 255
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*f(c.R) + 0.7152*f(c.G) + 0.0722*f(c.B)
	}
	contrast := func(c color.RGBA) float64 { return 1.05 / (lum(c) + 0.05) }
	p, err := parsePalette(DefaultPalette())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.cycle {
		if got := contrast(c); got < 3 {
			t.Errorf("line colour %v: contrast %.2f:1, want at least 3:1", c, got)
		}
		if got := contrast(darken(c, 0.25)); got < 4.5 {
			t.Errorf("label colour of %v: contrast %.2f:1, want at least 4.5:1", c, got)
		}
	}
}

// TestKeyStatesTheHeadlineRule: beside the pale other values, the key
// says which value the chart shows.
func TestKeyStatesTheHeadlineRule(t *testing.T) {
	m := buildModel(catalogEntry("policy_rate"), conflictSeries())
	for _, tc := range []struct {
		lang string
		rule model.HeadlineRule
		want string
	}{
		{"en", model.HeadlineLatest, "pale: other reported values (shown: the latest report)"},
		{"en", model.HeadlineMedian, "pale: other reported values (shown: their median)"},
		{"ru", model.HeadlineMostReported, "бледные: другие сообщённые значения (показано: значение большинства сообщений)"},
		{"en", "", "pale: other reported values"},
	} {
		opt := testOptions(tc.lang)
		opt.Headline = tc.rule
		r, err := newRenderer(opt)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.keyLine(m); got != tc.want {
			t.Errorf("%s %q: key %q, want %q", tc.lang, tc.rule, got, tc.want)
		}
	}
}

// comparisonsOf builds the comparisons of models as Render does.
func comparisonsOf(models []drawing) []comparison {
	src := comparisonSources{}
	for _, m := range models {
		src.add(m)
	}
	return buildComparisons(models, src)
}

// TestLabelLevels: meeting labels stack on the stems' levels and are left
// out, never drawn over one another, when the meetings are too close.
func TestLabelLevels(t *testing.T) {
	tests := []struct {
		name string
		xs   []vg.Length
		want []int
	}{
		{"apart", []vg.Length{0, 30, 60}, []int{0, 0, 0}},
		{"close", []vg.Length{0, 5, 10, 15, 40}, []int{0, 1, -1, 0, 0}},
		{"dense", []vg.Length{0, 1, 2, 3, 4, 5}, []int{0, 1, -1, -1, -1, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := make([]vg.Length, len(tt.xs))
			for i := range ws {
				ws[i] = 10
			}
			got := labelLevels(tt.xs, ws, 2, 2)
			if !slices.Equal(got, tt.want) {
				t.Errorf("levels %v, want %v", got, tt.want)
			}
			for i := range got {
				for j := i + 1; j < len(got); j++ {
					if got[i] >= 0 && got[i] == got[j] && tt.xs[j]-ws[j]/2 < tt.xs[i]+ws[i]/2+2 {
						t.Errorf("labels %d and %d overlap on level %d", i, j, got[i])
					}
				}
			}
		})
	}
}

// TestComparisonStemsStartAtZero: a dot plot's stems are lengths, so its
// axis starts at zero even for percentages far from it (33.5% and 13.5%
// would otherwise stand on an axis from 5%).
func TestComparisonStemsStartAtZero(t *testing.T) {
	r, err := newRenderer(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	c := comparison{unit: "percent", rows: []comparisonRow{
		{entities: []string{"TR"}, mark: mark{y: 33.5}, period: "2025-06"},
		{entities: []string{"EG"}, mark: mark{y: 13.5}, period: "2025-09"},
	}}
	p, _ := r.comparisonPlot(c, r.comparisonScale(c), false)
	if p.X.Min != 0 || p.X.Max < 33.5 {
		t.Errorf("value axis %g…%g, want it from 0 past 33.5", p.X.Min, p.X.Max)
	}
}
