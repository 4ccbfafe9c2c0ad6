package indicators

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/econtrack/econtrack/corpus"
	"github.com/econtrack/econtrack/indicators/quantity"
)

// testCatalog is the built-in catalog, read from the embedded defaults
// without importing config (which imports this package).
func testCatalog(t testing.TB) []Indicator {
	t.Helper()
	b, err := os.ReadFile("../config/defaults.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Indicators struct {
			Catalog map[string]Indicator `yaml:"catalog"`
		} `yaml:"indicators"`
	}
	if err := yaml.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	var out []Indicator
	for id, in := range raw.Indicators.Catalog {
		in.ID = id
		out = append(out, in)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

type goldDoc struct {
	Doc          string `json:"doc"`
	Lang         string `json:"lang"`
	Observations []struct {
		Indicator string   `json:"indicator"`
		Entities  []string `json:"entities"`
		Period    string   `json:"period"`
		Value     float64  `json:"value"`
		Unit      string   `json:"unit"`
		Optional  bool     `json:"optional"`
	} `json:"observations"`
}

// loadCorpus reads testdata/corpus the way a run does (corpus.Read: text,
// sidecar metadata) with each document's NAME.gold.json.
func loadCorpus(t testing.TB) ([]Doc, map[string]goldDoc) {
	t.Helper()
	var docs []Doc
	gold := map[string]goldDoc{}
	skipped, err := corpus.Read(context.Background(), "testdata/corpus", corpus.Options{}, func(d corpus.Document) error {
		docs = append(docs, Doc{Path: d.Path, Lang: d.Lang, Text: d.Text, Published: d.Ref})
		gb, err := os.ReadFile(filepath.Join("testdata/corpus", strings.TrimSuffix(d.Path, ".txt")+".gold.json"))
		if err != nil {
			return err
		}
		var g goldDoc
		if err := json.Unmarshal(gb, &g); err != nil {
			return fmt.Errorf("%s: %w", d.Path, err)
		}
		gold[g.Doc] = g
		return nil
	})
	if err != nil || len(skipped) > 0 {
		t.Fatalf("reading testdata/corpus: %v, skipped %v", err, skipped)
	}
	return docs, gold
}

func periodOK(p, g string) bool {
	return p != "" && g != "" && (p == g || strings.HasPrefix(p, g+"-") || len(g) == 10 && p == g[:7])
}

// score matches predictions to gold exactly as shared/eval/score.py does.
func score(preds []Observation, gold map[string]goldDoc) map[string][3]int {
	byDoc := map[string][]Observation{}
	for _, p := range preds {
		byDoc[p.Doc] = append(byDoc[p.Doc], p)
	}
	res := map[string][3]int{}
	for doc, g := range gold {
		t := res[g.Lang]
		left := byDoc[doc]
		for _, go_ := range g.Observations {
			hit := -1
			for i, p := range left {
				if p.Indicator == go_.Indicator && p.Unit == go_.Unit && strings.Join(p.Entities, ",") == strings.Join(go_.Entities, ",") &&
					math.Abs(p.Value-go_.Value) <= 1e-6*math.Max(1, math.Abs(go_.Value)) && periodOK(p.Period, go_.Period) {
					hit = i
					break
				}
			}
			switch {
			case hit >= 0:
				left = append(left[:hit:hit], left[hit+1:]...)
				if !go_.Optional {
					t[0]++
				}
			case !go_.Optional:
				t[2]++
			}
		}
		t[1] += len(left)
		res[g.Lang] = t
	}
	return res
}

func f1(c [3]int) float64 {
	tp, fp, fn := float64(c[0]), float64(c[1]), float64(c[2])
	if tp == 0 {
		return 0
	}
	p, r := tp/(tp+fp), tp/(tp+fn)
	return 2 * p * r / (p + r)
}

// f1Floor is the F1 reached on the development articles (the written
// corpus) per language; the test fails below it, so the figure can only go
// up. Every language must be present.
var f1Floor = map[string]float64{"ar": 0.96, "en": 0.98, "ru": 0.93, "all": 0.96}

func extractAll(t testing.TB, x *Extractor, docs []Doc) []Observation {
	var all []Observation
	var events []Event
	for _, d := range docs {
		res, err := x.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, res.Observations...)
		events = append(events, res.Events...)
	}
	return append(all, Derive(events, testCatalog(t))...)
}

func TestDevelopmentCorpusF1(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	docs, gold := loadCorpus(t)
	res := score(extractAll(t, x, docs), gold)
	for lang := range f1Floor {
		if _, ok := res[lang]; !ok && lang != "all" {
			t.Errorf("%s: no development article in this language", lang)
		}
	}
	var total [3]int
	for lang, c := range res {
		for i := range total {
			total[i] += c[i]
		}
		t.Logf("%s: tp=%d fp=%d fn=%d f1=%.3f", lang, c[0], c[1], c[2], f1(c))
		if f1(c) < f1Floor[lang] {
			t.Errorf("%s: F1 %.3f fell below %.3f", lang, f1(c), f1Floor[lang])
		}
	}
	if f1(total) < f1Floor["all"] {
		t.Errorf("all: F1 %.3f fell below %.3f", f1(total), f1Floor["all"])
	}
}

func TestObservationsPointIntoTheText(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := loadCorpus(t)
	for _, d := range docs {
		res, err := x.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune(d.Text)
		for _, o := range res.Observations {
			if o.Span[0] >= o.Span[1] || o.Span[1] > len(runes) {
				t.Fatalf("%s: span %v outside the text", d.Path, o.Span)
			}
			if !strings.Contains(o.Quote, string(runes[o.Span[0]:o.Span[1]])) || !strings.Contains(d.Text, o.Quote) {
				t.Errorf("%s: quote %q does not hold the quantity %q verbatim", d.Path, o.Quote, string(runes[o.Span[0]:o.Span[1]]))
			}
			if o.Mentions < 1 || len(o.Entities) == 0 {
				t.Errorf("%s: %+v", d.Path, o)
			}
		}
	}
}

func TestNoPublicationDateLeavesPeriodsEmpty(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.Extract(context.Background(), Doc{Path: "undated.txt", Lang: "en", Text: "Russia's unemployment rate fell to 2.4% last month."})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) == 0 || !strings.Contains(res.Warnings[0], "undated.txt") {
		t.Errorf("warnings %v, want one naming the file", res.Warnings)
	}
	for _, o := range res.Observations {
		if o.Period != "" {
			t.Errorf("period %q guessed without a publication date", o.Period)
		}
	}
}

func TestConflictingClaimsAreKeptApart(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	text := "Trade between China and Russia reached $240 billion last year, Chinese customs chief Yu Jianhua said. Russian statistics chief Sergei Galkin said trade between the two countries was $228 billion last year."
	res, err := x.Extract(context.Background(), Doc{Path: "c.txt", Lang: "en", Text: text, Published: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var vals []float64
	for _, o := range res.Observations {
		if o.Indicator == "bilateral_trade_volume" && o.Period == "2024" {
			vals = append(vals, o.Value)
		}
	}
	if len(vals) != 2 {
		t.Fatalf("got %v, want both 240 and 228 billion for 2024", vals)
	}
}

// TestSpeaker checks who an observation is attributed to: the name beside
// the verb of saying, and no name when the words between commas after an
// Arabic verb are a phrase, not a person.
func TestSpeaker(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, text, want string
	}{
		{"en", "Deputy Minister Anna Petrova said inflation in Russia slowed to 7.2% in May.", "Anna Petrova"},
		{"ar", "وقال الوزير، سامي الخطيب، إن معدل التضخم في الأردن بلغ 2.1% في مايو.", "سامي الخطيب"},
		{"ar", "وقال الوزير، في مؤتمر صحفي، إن معدل التضخم في الأردن بلغ 2.1% في مايو.", ""},
		{"ar", "وأكد المحافظ، خلال اجتماع اللجنة، أن معدل التضخم في الأردن بلغ 2.1% في مايو.", ""},
		{"ar", "وأعلنت دائرة الإحصاءات، اليوم الأحد، أن معدل التضخم في الأردن بلغ 2.1% في مايو.", ""},
	}
	for _, tc := range tests {
		res, err := x.Extract(context.Background(), Doc{Path: "s.txt", Lang: tc.lang, Text: tc.text, Published: time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Observations) != 1 {
			t.Fatalf("%q: got %d observations, want 1", tc.text, len(res.Observations))
		}
		if got := res.Observations[0].Speaker; got != tc.want {
			t.Errorf("%q: speaker %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSourceNamesTheCountry: a local paper's text need not name its
// country; the publication's name does.
func TestSourceNamesTheCountry(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	text := "ارتفع معدل التضخم السنوي إلى 12.5% في مارس، وفق بيان الجهاز المركزي للإحصاء."
	for _, tc := range []struct {
		source string
		want   []string
	}{
		{"Sudan Times", []string{"SD"}},
		{"", nil},
	} {
		res, err := x.Extract(context.Background(), Doc{Path: "s.txt", Lang: "ar", Text: text, Source: tc.source, Published: time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, o := range res.Observations {
			got = append(got, o.Entities...)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("source %q: entities %v, want %v", tc.source, got, tc.want)
		}
	}
}

// BenchmarkExtract runs extraction over a corpus of 10,000 documents made
// from the development articles with names, numbers and dates varied, one
// document at a time as the pipeline streams them.
func BenchmarkExtract(b *testing.B) {
	x, err := NewExtractor(testCatalog(b))
	if err != nil {
		b.Fatal(err)
	}
	docs, _ := loadCorpus(b)
	names := [][2]string{{"China", "India"}, {"Russia", "Brazil"}, {"الصين", "مصر"}, {"روسيا", "السعودية"}, {"Китаем", "Индией"}}
	const n = 10000
	vary := func(i int) Doc {
		d := docs[i%len(docs)]
		nm := names[i%len(names)]
		r := strings.NewReplacer("99", strconv.Itoa(50+i%49), "2024", strconv.Itoa(2000+i%24), "China", nm[0], "الصين", nm[0], "Китаем", nm[0])
		d.Text = r.Replace(d.Text)
		d.Path = fmt.Sprintf("doc%05d.txt", i)
		d.Published = d.Published.AddDate(0, 0, -(i % 700))
		return d
	}
	// The variants are made before the clock starts: replacing text is the
	// benchmark's work, not the extractor's. A thousand distinct documents
	// are cycled through so that memory stays that of extraction.
	const distinct = 1000
	varied := make([]Doc, distinct)
	for i := range varied {
		varied[i] = vary(i)
	}
	var ms runtime.MemStats
	b.ReportAllocs()
	b.ResetTimer()
	var peak uint64
	for b.Loop() {
		for i := 0; i < n; i++ {
			if _, err := x.Extract(context.Background(), varied[i%distinct]); err != nil {
				b.Fatal(err)
			}
			if i%1000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// sizedDoc is an English document of about n bytes made of varied
// sentences, each with its own figures and dates; with oneSentence the
// sentences are joined by commas into one long run-on sentence.
func sizedDoc(n int, oneSentence bool) Doc {
	months := []string{"January", "March", "May", "July", "September", "November"}
	countries := []string{"Egypt", "Russia", "China", "India", "Brazil", "Turkey"}
	sep := ". "
	if oneSentence {
		sep = ", "
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Inflation in %s reached %d.%d%% in %s %d, the statistics office said%sTrade between %s and %s rose to $%d billion in %d%s",
			countries[i%6], 1+i%37, i%10, months[i%6], 1990+i%35, sep, countries[(i+1)%6], countries[(i+3)%6], 1+i%900, 1990+(i/7)%35, sep)
		if !oneSentence && i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return Doc{Path: "big.txt", Lang: "en", Text: b.String(), Published: time.Date(2025, 5, 15, 0, 0, 0, 0, time.UTC)}
}

// BenchmarkExtractSize extracts one document of growing size; time per byte
// must stay flat (extraction linear in document size). With "sentence" the
// whole document is one run-on sentence.
func BenchmarkExtractSize(b *testing.B) {
	x, err := NewExtractor(testCatalog(b))
	if err != nil {
		b.Fatal(err)
	}
	for _, shape := range []string{"paragraphs", "sentence"} {
		for _, n := range []int{100 << 10, 1 << 20, 10 << 20} {
			doc := sizedDoc(n, shape == "sentence")
			b.Run(fmt.Sprintf("%s/%dKB", shape, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(doc.Text)))
				for b.Loop() {
					if _, err := x.Extract(context.Background(), doc); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// A run asked to stop does not wait for a long document to be read.
func TestExtractStopsWhenCancelled(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = x.Extract(ctx, sizedDoc(64<<10, false))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Extract with a cancelled context: err = %v, want context.Canceled", err)
	}
}

// A run-on text without full stops is cut into sentences of bounded
// length, so the work per quantity stays bounded.
func TestRunOnSentenceIsBounded(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	doc := sizedDoc(64<<10, true)
	sc := quantity.NewScanner()
	if _, err := sc.Scan(context.Background(), doc.Text, quantity.Options{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	dt := newDocTokens(sc, &x.tw)
	if dt.sentences() < 2 {
		t.Fatalf("%d tokens in %d sentence(s)", dt.n, dt.sentences())
	}
	for s := 0; s < dt.sentences(); s++ {
		a, b := dt.sentence(s)
		if b-a > 2*maxSentence {
			t.Fatalf("sentence %d has %d tokens, more than %d", s, b-a, 2*maxSentence)
		}
		if a != dt.clauseStart(a) || dt.clauseEnd(b-1) != b {
			t.Fatalf("sentence %d [%d,%d) does not start and end on clause boundaries", s, a, b)
		}
	}
	// The figures of the run-on text are still read.
	res, err := x.Extract(context.Background(), doc)
	if err != nil || len(res.Observations) == 0 {
		t.Fatalf("Extract: %d observations, err %v", len(res.Observations), err)
	}
}

// The cadence of meetings is derived only between consecutive meetings:
// the 27th and the 30th have two meetings between them that the corpus
// does not date.
func TestDeriveNeedsConsecutiveMeetings(t *testing.T) {
	pair := []string{"CN", "RU"}
	ev := func(month string, ordinal int) Event {
		return Event{Indicator: "regular_meeting_interval", Entities: pair, Month: month, Doc: month + ".txt", Source: month, Ordinal: ordinal}
	}
	for _, tt := range []struct {
		name   string
		events []Event
		want   []float64
	}{
		{"consecutive numbers", []Event{ev("2023-12", 28), ev("2024-08", 29)}, []float64{8}},
		{"a gap in the numbers", []Event{ev("2022-12", 27), ev("2025-11", 30)}, nil},
		{"one meeting without a number", []Event{ev("2024-08", 0), ev("2025-11", 30)}, []float64{15}},
	} {
		var got []float64
		for _, o := range Derive(tt.events, testCatalog(t)) {
			got = append(got, o.Value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestFiscalQuarter(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ period, country, want string }{
		{"FY2025/2026-Q1", "EG", "2025-Q3"}, // July–September 2025
		{"FY2025/2026-Q3", "EG", "2026-Q1"},
		{"FY2024/25-Q2", "IN", "2024-Q3"}, // April start: July–September
		{"FY26-Q1", "PK", "2025-Q3"},      // the fiscal year that ends in 2026
		{"FY2026-Q1", "US", "2025-Q4"},    // October 2025
		{"FY2025/2026-Q1", "IR", ""},      // a year that starts in March: no calendar quarter
		{"FY2025/2026-Q1", "FR", ""},      // no fiscal year known
		{"FY2025/2026", "EG", ""},         // a whole fiscal year
	}
	for _, tt := range tests {
		if got := x.fiscalQuarter(tt.period, tt.country); got != tt.want {
			t.Errorf("fiscalQuarter(%s, %s) = %q, want %q", tt.period, tt.country, got, tt.want)
		}
	}
}

// TestOutletCountry: a document whose text names no country is about its
// outlet's, by listed domain (subdomains too) or country-code domain.
func TestOutletCountry(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ url, want string }{
		{"http://youm7.com/4063135", "EG"},
		{"https://www.youm7.com/story/2019/3/11/x", "EG"},
		{"https://m.sabq.org/saudia/x", "SA"},
		{"https://ar.webmanagercenter.com/2019/06/05/x", "TN"},
		{"https://www.jamaicaobserver.com/2023/10/19/x", "JM"},
		{"https://businessday.ng/economy/x", "NG"},
		{"https://www.bbc.co.uk/news/x", "GB"},
		{"https://bit.ly/x", ""},              // .ly is used as a generic domain
		{"https://www.reuters.com/world", ""}, // an international outlet
		{"not a url", ""},
	} {
		if got := x.outlets.country(tc.url); got != tc.want {
			t.Errorf("country(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
	// The text names no country: the outlet's is the figure's.
	pub := time.Date(2018, 12, 10, 0, 0, 0, 0, time.UTC)
	res, err := x.Extract(context.Background(), Doc{Path: "a.txt", Lang: "ar", Published: pub, URL: "http://youm7.com/4063135",
		Text: "وسجل معدل التضخم السنوي 15.6% في نوفمبر."})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Observations) != 1 || !slices.Equal(res.Observations[0].Entities, []string{"EG"}) {
		t.Errorf("observations %+v: want one of EG", res.Observations)
	}
}

// addDays moves a calendar day; anything that is no day of the calendar
// gives "", as time.Parse would have refused it.
func TestAddDays(t *testing.T) {
	for _, tc := range []struct {
		day  string
		n    int
		want string
	}{
		{"2025-03-01", -1, "2025-02-28"},
		{"2024-02-28", 1, "2024-02-29"},
		{"2024-12-31", 1, "2025-01-01"},
		{"2025-11-04", 45, "2025-12-19"},
		{"2025-02-29", 1, ""},
		{"2025-04-31", 0, ""},
		{"2025-13-01", 0, ""},
		{"2025-00-10", 0, ""},
		{"2025-05-00", 0, ""},
		{"2025-Q1-01", 31, ""},
		{"2025-1-015", 0, ""},
		{"2025-11", 1, ""},
		{"", 1, ""},
	} {
		if got := addDays(tc.day, tc.n); got != tc.want {
			t.Errorf("addDays(%q, %d) = %q, want %q", tc.day, tc.n, got, tc.want)
		}
	}
}
