package quantity

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/econtrack/econtrack/indicators/lang"
)

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// want is one expected quantity: kind, value (a number or a period) and,
// when set, unit/approx/bound and the exact text.
type want struct {
	text   string
	kind   Kind
	value  string
	unit   string
	approx bool
	bound  string
}

func (w want) matches(q Quantity) bool {
	v := strconv.FormatFloat(q.Value, 'f', -1, 64)
	if q.Kind == Date {
		v = q.Period
	}
	return q.Kind == w.kind && v == w.value && (w.text == "" || q.Text == w.text) &&
		(w.unit == "" || q.Unit == w.unit) && q.Approx == w.approx && q.Bound == w.bound
}

// recognizeCase is one case of testdata/cases/KIND.yaml.
type recognizeCase struct {
	Name string `yaml:"name"`
	Lang string `yaml:"lang"`
	Ref  string `yaml:"ref"`
	Text string `yaml:"text"`
	Want []struct {
		Kind   Kind   `yaml:"kind"`
		Value  string `yaml:"value"`
		Text   string `yaml:"text"`
		Unit   string `yaml:"unit"`
		Approx bool   `yaml:"approx"`
		Bound  string `yaml:"bound"`
	} `yaml:"want"`
}

// TestRecognize runs the cases of testdata/cases, one file per kind.
func TestRecognize(t *testing.T) {
	files, _ := filepath.Glob("testdata/cases/*.yaml")
	if len(files) < 6 {
		t.Fatalf("want a case file per kind in testdata/cases, found %v", files)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cases []recognizeCase
		if err := yaml.Unmarshal(b, &cases); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if len(cases) == 0 {
			t.Errorf("%s: no cases", f)
		}
		for _, tt := range cases {
			t.Run(strings.TrimSuffix(filepath.Base(f), ".yaml")+"/"+tt.Name, func(t *testing.T) {
				var ref time.Time
				if tt.Ref != "" {
					ref = date(tt.Ref)
				}
				got, err := Recognize(tt.Text, Options{Lang: tt.Lang, Ref: ref})
				if err != nil {
					t.Fatal(err)
				}
				checkSpans(t, tt.Text, got)
				if len(got) != len(tt.Want) {
					t.Fatalf("got %d quantities, want %d: %+v", len(got), len(tt.Want), got)
				}
				for i, w := range tt.Want {
					ww := want{text: w.Text, kind: w.Kind, value: w.Value, unit: w.Unit, approx: w.Approx, bound: w.Bound}
					if !ww.matches(got[i]) {
						t.Errorf("quantity %d = %+v, want %+v", i, got[i], ww)
					}
				}
			})
		}
	}
}

// checkSpans asserts that every span is inside the text and that the
// code points between Start and End are exactly the reported text.
func checkSpans(t testing.TB, text string, qs []Quantity) {
	t.Helper()
	runes := []rune(text)
	for _, q := range qs {
		if q.Start < 0 || q.End > len(runes) || q.Start >= q.End {
			t.Fatalf("span [%d,%d) outside text of %d code points", q.Start, q.End, len(runes))
		}
		if got := string(runes[q.Start:q.End]); got != q.Text {
			t.Fatalf("text[%d:%d] = %q, reported %q", q.Start, q.End, got, q.Text)
		}
		if text[q.ByteStart:q.ByteEnd] != q.Text {
			t.Fatalf("byte span [%d,%d) = %q, reported %q", q.ByteStart, q.ByteEnd, text[q.ByteStart:q.ByteEnd], q.Text)
		}
	}
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../seeds/000_52f58f8fcdcb1fb8.txt")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Recognize(string(b), Options{Lang: "ar", Ref: date("2025-11-04")})
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, string(b), got)
	for _, w := range []want{
		{kind: Percent, value: "99", unit: "percent"},
		{kind: Percent, value: "99", unit: "percent", approx: true},
		{text: "الثلاثين", kind: Ordinal, value: "30", unit: "ordinal"},
		{text: "الرابع", kind: Ordinal, value: "4", unit: "ordinal"},
		{text: "يومين", kind: Duration, value: "2", unit: "days"},
		{text: "الاثنين", kind: Date, value: "2025-11-03"},
		{text: "الثلاثاء", kind: Date, value: "2025-11-04"},
		{text: "أغسطس من العام الماضي", kind: Date, value: "2024-08"},
	} {
		found := false
		for _, q := range got {
			found = found || w.matches(q)
		}
		if !found {
			t.Errorf("seed: no quantity %+v", w)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	_, err := Recognize("abc \xff def", Options{Lang: "en"})
	var ue *InvalidUTF8Error
	if err == nil || !errorsAs(err, &ue) || ue.Offset != 4 {
		t.Fatalf("err = %v, want InvalidUTF8Error at byte 4", err)
	}
}

func errorsAs(err error, target **InvalidUTF8Error) bool {
	e, ok := err.(*InvalidUTF8Error)
	if ok {
		*target = e
	}
	return ok
}

// peerFloor is the pass rate each peer case file has reached; the test
// fails when a file falls below it, so the figures can only go up.
var peerFloor = map[string]float64{
	"ar-number.jsonl":  0.902,
	"ar-ordinal.jsonl": 1.0,
	"ar-percent.jsonl": 1.0,
	"en-number.jsonl":  0.916,
	"en-ordinal.jsonl": 0.913,
	"en-percent.jsonl": 1.0,
	"en-money.jsonl":   0.919,
}

type peerCase struct {
	Lang   string `json:"lang"`
	Text   string `json:"text"`
	Ref    string `json:"ref"`
	Expect []struct {
		Kind    Kind     `json:"kind"`
		Value   float64  `json:"value"`
		Unit    *string  `json:"unit"`
		AnyKind bool     `json:"any_kind"`
		Approx  *bool    `json:"approx"`
		Bound   *string  `json:"bound"`
		Extra   struct{} `json:"-"`
	} `json:"expect"`
}

// TestPeerConformance scores the recognizer on Recognizers-Text's own test
// cases the way shared/eval/quantities.py does: an expectation is found by
// an unused quantity of the same kind (any kind for plain numbers) and value.
func TestPeerConformance(t *testing.T) {
	files, _ := filepath.Glob("testdata/peer/*.jsonl")
	if len(files) == 0 {
		t.Fatal("no peer cases in testdata/peer")
	}
	excl := loadExclusions(t)
	sc := NewScanner()
	for _, f := range files {
		name := filepath.Base(f)
		if name == "exclusions.jsonl" {
			continue
		}
		found, expected := peerScore(t, sc, f, excl)
		if expected == 0 {
			t.Errorf("%s: no expectations to score", name)
			continue
		}
		rate := float64(found) / float64(expected)
		t.Logf("%s: found %d/%d recall=%.3f", name, found, expected, rate)
		if floor, ok := peerFloor[name]; !ok {
			t.Errorf("%s: no floor recorded", name)
		} else if rate < max(floor, 0.90) {
			t.Errorf("%s: recall %.3f fell below %.3f", name, rate, max(floor, 0.90))
		}
	}
	for k, n := range excl {
		if n == 0 {
			t.Errorf("exclusion %v matches no expectation: remove or fix it", k)
		}
	}
}

// exclusion names one expected quantity of a peer case that CONTRACT.md
// contradicts (testdata/peer/exclusions.jsonl, each with its reason).
type exclusion struct {
	File, Text string
	Kind       Kind
	Value      float64
}

// loadExclusions reads the excluded expectations, each counted 0 times (an
// identical expectation listed twice in a case is one exclusion).
func loadExclusions(t *testing.T) map[exclusion]int {
	f, err := os.Open("testdata/peer/exclusions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[exclusion]int{}
	in := bufio.NewScanner(f)
	for in.Scan() {
		var e struct {
			File   string  `json:"file"`
			Text   string  `json:"text"`
			Kind   Kind    `json:"kind"`
			Value  float64 `json:"value"`
			Reason string  `json:"reason"`
		}
		if err := json.Unmarshal(in.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		if e.Reason == "" {
			t.Fatalf("exclusion of %q in %s gives no reason", e.Text, e.File)
		}
		out[exclusion{e.File, e.Text, e.Kind, e.Value}] = 0
	}
	return out
}

func peerScore(t *testing.T, sc *Scanner, path string, excl map[exclusion]int) (found, expected int) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	in := bufio.NewScanner(f)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	for in.Scan() {
		var c peerCase
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		var ref time.Time
		if c.Ref != "" {
			ref = date(c.Ref)
		}
		qs, err := sc.Scan(context.Background(), c.Text, Options{Lang: c.Lang, Ref: ref})
		if err != nil {
			continue
		}
		used := make([]bool, len(qs))
		for _, e := range c.Expect {
			k := exclusion{filepath.Base(path), c.Text, e.Kind, e.Value}
			if n, ok := excl[k]; ok {
				excl[k] = n + 1
				continue
			}
			expected++
			for i, q := range qs {
				if used[i] || (q.Kind != e.Kind && !e.AnyKind) {
					continue
				}
				v := q.Value
				if q.Kind == Date {
					if v, err = strconv.ParseFloat(q.Period, 64); err != nil {
						continue
					}
				}
				if math.Abs(v-e.Value) > 1e-6*math.Max(1, math.Abs(e.Value)) {
					continue
				}
				if e.Unit != nil && q.Unit != *e.Unit || e.Approx != nil && q.Approx != *e.Approx || e.Bound != nil && q.Bound != *e.Bound {
					continue
				}
				used[i] = true
				found++
				break
			}
		}
	}
	return found, expected
}

// FuzzScan feeds arbitrary bytes and mutated Arabic sentences: the scanner
// never panics, reports spans inside the text equal to the reported text,
// and gives the same answer twice.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"وعُقد آخر اجتماع بين الصين وروسيا في أغسطس من العام الماضي",
		"بنسبة تقارب 99%", "١٢٫٨ في المئة", "نحو خمسة وستين مليار دولار", "الحادية والعشرون",
		"$240.1 billion last year", "31-ю регулярную встречу", "1 250,5 млрд", "800-46327", "Q1 2025",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref := date("2025-11-04")
		a, err := NewScanner().Scan(context.Background(), s, Options{Lang: lang.Detect(s), Ref: ref})
		if !utf8.ValidString(s) {
			if err == nil {
				t.Fatal("invalid UTF-8 accepted")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, s, a)
		for _, q := range a {
			var back struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(q.AppendJSON(nil), &back); err != nil || back.Text != q.Text {
				t.Fatalf("JSON of %+v: %v (text %q)", q, err, back.Text)
			}
		}
		a = append([]Quantity(nil), a...)
		b, _ := NewScanner().Scan(context.Background(), s, Options{Lang: lang.Detect(s), Ref: ref})
		if len(a) != len(b) {
			t.Fatalf("not deterministic: %d then %d quantities", len(a), len(b))
		}
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("not deterministic: %+v then %+v", a[i], b[i])
			}
		}
	})
}

// benchCorpus builds about size bytes of mixed news text from the
// development articles, with the numbers varied.
func benchCorpus(b *testing.B, langs string, size int) []string {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	var docs []string
	total := 0
	for i := 0; total < size; i++ {
		for _, f := range files {
			if langs != "" && !strings.Contains(f, "_"+langs+"_") && !(langs == "ar" && strings.Contains(f, "000_")) {
				continue
			}
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			s := strings.NewReplacer("99", strconv.Itoa(90+i%10), "2024", strconv.Itoa(2000+i%25), "٢٤", "٢"+string(rune('٠'+i%10))).Replace(string(raw))
			docs = append(docs, s)
			total += len(s)
		}
	}
	return docs
}

func benchScan(b *testing.B, code string) {
	docs := benchCorpus(b, code, 1<<20)
	n := 0
	langs := make([]string, len(docs))
	for i, d := range docs {
		n += len(d)
		langs[i] = lang.Detect(d) // the corpus reader does this once per document
	}
	sc := NewScanner()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			if _, err := sc.Scan(context.Background(), d, Options{Lang: langs[i], Ref: date("2025-11-04")}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/doc")
}

func BenchmarkScanArabic(b *testing.B)  { benchScan(b, "ar") }
func BenchmarkScanEnglish(b *testing.B) { benchScan(b, "en") }
func BenchmarkScanRussian(b *testing.B) { benchScan(b, "ru") }
func BenchmarkScanMixed(b *testing.B)   { benchScan(b, "") }

// TestScanLinesMatchesScan checks that reading a long text in chunks gives
// the same quantities, with offsets into the whole text, as one scan.
func TestScanLinesMatchesScan(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	var b strings.Builder
	for b.Len() < 3*chunkSize {
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(raw)
			b.WriteString("\n")
		}
	}
	text := b.String()
	opt := Options{Lang: "ar", Ref: date("2025-11-04")}
	whole, err := Recognize(text, opt)
	if err != nil {
		t.Fatal(err)
	}
	var parts []Quantity
	if err := NewScanner().ScanLines(context.Background(), text, opt, func(q Quantity) error {
		parts = append(parts, q)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	checkSpans(t, text, parts)
	if len(parts) != len(whole) {
		t.Fatalf("chunked: %d quantities, whole: %d", len(parts), len(whole))
	}
	for i := range whole {
		w, p := whole[i], parts[i]
		w.Token, p.Token, w.EndToken, p.EndToken = 0, 0, 0, 0
		if w != p {
			t.Fatalf("quantity %d: chunked %+v, whole %+v", i, p, w)
		}
	}
	if err := NewScanner().ScanLines(context.Background(), strings.Repeat("a\n", chunkSize)+"\xff", opt, func(Quantity) error { return nil }); err == nil || err.(*InvalidUTF8Error).Offset != 2*chunkSize {
		t.Fatalf("invalid UTF-8 error %v, want the offset in the whole text", err)
	}
}

// A cancelled scan stops with the context's error, also in the middle of a
// long text.
func TestScanStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	text := strings.Repeat("Inflation was 3.2% in March 2025. ", 20000)
	if _, err := NewScanner().Scan(ctx, text, Options{Lang: "en"}); !errors.Is(err, context.Canceled) {
		t.Fatalf("Scan with a cancelled context: err = %v, want context.Canceled", err)
	}
	if err := NewScanner().ScanLines(ctx, text, Options{Lang: "en"}, func(Quantity) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Fatalf("ScanLines with a cancelled context: err = %v, want context.Canceled", err)
	}
}

// TestBareCurrency checks which currencies are read from a word other
// currencies share, for the extractor to read by country (Namesake).
func TestBareCurrency(t *testing.T) {
	tests := []struct {
		lang, text, unit string
		bare             bool
	}{
		{"ar", "7 مليارات ريال", "SAR", true},
		{"ar", "سبعة مليارات ريال", "SAR", true},
		{"ar", "7 مليارات ريال سعودي", "SAR", false},
		{"ar", "7 مليارات ريال قطري", "QAR", false},
		{"en", "7 billion riyals", "SAR", true},
		{"en", "SAR 7 billion", "SAR", false},
		{"ar", "500 مليون جنيه", "EGP", true},
		{"ar", "500 مليون دولار", "USD", false},
	}
	for _, tt := range tests {
		qs, err := Recognize(tt.text, Options{Lang: tt.lang})
		if err != nil || len(qs) != 1 {
			t.Fatalf("%q: %v %v", tt.text, qs, err)
		}
		if qs[0].Unit != tt.unit || qs[0].BareCurrency != tt.bare {
			t.Errorf("%q: unit %s bare %v, want %s %v", tt.text, qs[0].Unit, qs[0].BareCurrency, tt.unit, tt.bare)
		}
	}
	if c, ok := Namesake("SAR", "QA"); !ok || c != "QAR" {
		t.Errorf("Namesake(SAR, QA) = %s, %v; want QAR", c, ok)
	}
	if _, ok := Namesake("USD", "QA"); ok {
		t.Error("the dollar has a Qatari namesake")
	}
}

// TestFold checks the forms words are matched in: lower case, Arabic and
// Russian letter variants, and Latin letters without their marks.
func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"México", "mexico"},
		{"Việt Nam", "viet nam"},
		{"Côte", "cote"},
		{"Türkiye", "turkiye"},
		{"São Tomé", "sao tome"},
		{"Straße", "straße"}, // no base letter to fold to
		{"Ёлка", "елка"},
		{"الإمارات", "الامارات"},
		{"inflation", "inflation"},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
