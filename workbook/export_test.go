package workbook

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"testing"

	"github.com/econtrack/econtrack/indicators"
)

func TestWriteCSV(t *testing.T) {
	var buf bytes.Buffer
	recs := sampleRecords()
	if err := WriteCSV(&buf, slices.Values(recs)); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(recs)+1 || !slices.Equal(rows[0], CSVHeader()) {
		t.Fatalf("%d rows, header %q", len(rows), rows[0])
	}
	quote := slices.Index(CSVHeader(), "quote")
	for _, tc := range []struct {
		row  int
		want string
	}{
		{1, "'" + formulaQuote},                // formula-like text is guarded
		{2, arabicQuote},                       // Arabic verbatim
		{3, russianQuote},                      // Russian verbatim
		{8, "'-2.5% is what the IMF expects."}, // a leading minus too
	} {
		if got := rows[tc.row][quote]; got != tc.want {
			t.Errorf("row %d quote = %q, want %q", tc.row, got, tc.want)
		}
	}
	if got := rows[8][slices.Index(CSVHeader(), "value")]; got != "-2.5" {
		t.Errorf("negative value = %q, want -2.5 unguarded", got)
	}
}

func TestWriteJSONL(t *testing.T) {
	var buf bytes.Buffer
	recs := sampleRecords()
	if err := WriteJSONL(&buf, slices.Values(recs)); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&buf)
	for i := 0; dec.More(); i++ {
		var o indicators.Observation
		if err := dec.Decode(&o); err != nil {
			t.Fatal(err)
		}
		want := recs[i].Observation
		if want.Entities == nil {
			want.Entities = []string{}
		}
		if o.Quote != want.Quote || o.Value != want.Value || !slices.Equal(o.Entities, want.Entities) || o.Span != want.Span {
			t.Errorf("line %d = %+v, want %+v", i+1, o, want)
		}
	}
	if bytes.Contains(buf.Bytes(), []byte(`\u003c`)) {
		t.Error("HTML-escaped output")
	}
}

func TestSafeSheetName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Policy rate", "Policy rate"},
		{"a/b\\c[d]e:f*g?h", "a_b_c_d_e_f_g_h"},
		{"'quoted'", "quoted"},
		{"settlement_share_national_currencies", "settlement_share_national_curr…"},
		{"", "Sheet"},
		{"Share of trade settled in national currencies", "Share of trade settled…"},
		{"حصة التسويات بالعملات الوطنية في التجارة الثنائية", "حصة التسويات بالعملات الوطنية…"},
		{"Доля расчётов в национальных валютах", "Доля расчётов в национальных…"},
	} {
		if got := safeSheetName(tc.in); got != tc.want {
			t.Errorf("safeSheetName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	u := sheetNames{}
	if a, b := u.unique("Conflicts"), u.unique("conflicts"); a != "Conflicts" || b != "conflicts (2)" {
		t.Errorf("unique = %q, %q", a, b)
	}
}

func TestPeriodDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		g    granularity
	}{
		{"2024", 45292, gYear},
		{"2024-Q3", 45474, gQuarter},
		{"2024-08", 45505, gMonth},
		{"2024-08-15", 45519, gDay},
		{"", 0, gNone},
		{"2024-Q5", 0, gNone},
		{"soon", 0, gNone},
	} {
		got, g := periodDate(tc.in)
		if got != tc.want || g != tc.g {
			t.Errorf("periodDate(%q) = %v, %v; want %v, %v", tc.in, got, g, tc.want, tc.g)
		}
	}
}

func TestHyperlinkFormula(t *testing.T) {
	got := hyperlinkFormula(`https://x.org/?q="a"`, `doc".txt`)
	if want := `HYPERLINK("https://x.org/?q=""a""","doc"".txt")`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
