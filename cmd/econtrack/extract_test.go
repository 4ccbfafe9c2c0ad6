package main

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/econtrack/econtrack/indicators"
)

// TestExtractSeed checks the seed's observations as its gold lists them.
func TestExtractSeed(t *testing.T) {
	code, out, stderr := runCLI(t, "", "", "extract", "--format", "jsonl", "../../seeds")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got := map[string]indicators.Observation{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var o indicators.Observation
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		got[o.Indicator] = o
	}
	want := []struct {
		ind      string
		value    float64
		period   string
		mentions int
	}{
		{"settlement_share_national_currencies", 99, "2025-11", 2},
		{"regular_meeting_ordinal", 30, "2025-11", 1},
		{"regular_meeting_interval", 15, "2025-11", 1},
		{"visit_duration", 2, "2025-11", 1},
	}
	if len(got) != len(want) {
		t.Errorf("got %d indicators, want %d: %s", len(got), len(want), out)
	}
	for _, w := range want {
		o, ok := got[w.ind]
		if !ok {
			t.Errorf("no %s", w.ind)
			continue
		}
		if o.Value != w.value || !strings.HasPrefix(o.Period, w.period) || o.Mentions != w.mentions || strings.Join(o.Entities, ",") != "CN,RU" {
			t.Errorf("%s = %+v, want value %v period %s mentions %d entities CN,RU", w.ind, o, w.value, w.period, w.mentions)
		}
	}
}

// TestUserIndicatorIsConfig adds an indicator in a config file and finds it
// with no code change.
func TestUserIndicatorIsConfig(t *testing.T) {
	dir := t.TempDir()
	cfg := `indicators:
  catalog:
    oil_output:
      names: {en: Oil output, ar: إنتاج النفط, ru: Добыча нефти}
      unit: million barrels per day
      kinds: [number]
      entities: 1
      cues: {en: [oil output, barrels per day], ar: [إنتاج النفط], ru: [добыча нефти]}
`
	doc := "---\npublished: 2025-06-02\nlang: en\n---\nSaudi Arabia's oil output rose to 9.8 million barrels per day in May.\n"
	if err := os.WriteFile(filepath.Join(dir, "econtrack.yaml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "oil.md"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, dir, "", "extract", "--format", "jsonl", "oil.md")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var o indicators.Observation
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &o); err != nil {
		t.Fatalf("%q: %v", out, err)
	}
	// The value is in the catalog's unit: 9.8 million barrels per day.
	if o.Indicator != "oil_output" || o.Value != 9.8 || o.Unit != "million barrels per day" || o.Period != "2025-05" || strings.Join(o.Entities, ",") != "SA" {
		t.Fatalf("got %+v", o)
	}
}

// Units that name a multiplier read the figure in that unit, whether the
// text writes the scale word or the whole number.
func TestUnitWithMultiplier(t *testing.T) {
	in := indicators.Indicator{ID: "oil_output", Unit: "million barrels per day", Kinds: []string{"number"}, Entities: 1,
		Cues: map[string][]string{"en": {"oil output"}}}
	x, err := indicators.NewExtractor([]indicators.Indicator{in})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]float64{
		"Iraq's oil output reached 4.3 million barrels per day in March 2025.":   4.3,
		"Oman's oil output averaged 1,050,000 barrels per day in March 2025.":    1.05,
		"Kuwait's oil output was about 2.4 million barrels a day in March 2025.": 2.4,
	} {
		res, err := x.Extract(context.Background(), indicators.Doc{Path: "a.txt", Lang: "en", Text: text, Published: time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC)})
		if err != nil || len(res.Observations) != 1 || math.Abs(res.Observations[0].Value-want) > 1e-9 {
			t.Errorf("%s: %+v (%v), want %v", text, res.Observations, err, want)
		}
	}
}

// TestExtractExplain lists every quantity with its decision: observations
// carry their fields and confidence, rejections name the step and why.
func TestExtractExplain(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "peru.txt")
	text := "Inflation in Peru eased to 1.9% in May. The central bank expects inflation to reach 2.5% next year. Core inflation in Peru was 2.1% in May.\n"
	if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "peru.meta.yaml"), []byte("published: 2025-06-02\nlang: en\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "", "", "extract", "--explain", "--format", "jsonl", doc)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	type line struct {
		Text, Kind, Decision, Indicator, Step, Reason, Period string
		Value                                                 any
		Confidence                                            *float64
		Span                                                  [2]int
	}
	got := map[string]line{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var d line
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		if got, want := string([]rune(text)[d.Span[0]:d.Span[1]]), d.Text; got != want {
			t.Errorf("span %v is %q, text says %q", d.Span, got, want)
		}
		got[d.Text] = d
	}
	if d := got["1.9%"]; d.Decision != "observation" || d.Indicator != "inflation_rate" || d.Period != "2025-05" || d.Confidence == nil || *d.Confidence <= 0 || *d.Confidence > 1 {
		t.Errorf("1.9%%: %+v, want an inflation observation for 2025-05 with a confidence", d)
	}
	if d := got["2.5%"]; d.Decision != "rejected" || d.Step != "modality" || !strings.Contains(d.Reason, "expects") || d.Confidence != nil {
		t.Errorf("2.5%%: %+v, want rejected at modality (expects)", d)
	}
	if d := got["2.1%"]; d.Decision != "rejected" || d.Step != "qualifier" || !strings.Contains(d.Reason, "Core") {
		t.Errorf("2.1%%: %+v, want rejected as a qualifier (Core)", d)
	}
	if code, _, _ := runCLI(t, "", "", "extract", "--explain", "--format", "csv", doc); code != exitUsage {
		t.Errorf("--explain --format csv: exit %d, want %d", code, exitUsage)
	}
	code, table, _ := runCLI(t, "", "", "extract", "--explain", "--format", "table", doc)
	if code != exitOK || !strings.Contains(table, "qualifier: Core") || !strings.Contains(table, "STEP") {
		t.Errorf("table: exit %d\n%s", code, table)
	}
}

// extract --format csv guards cells a spreadsheet would run as a formula,
// as export does: both use one writer.
func TestExtractCSVGuardsFormulas(t *testing.T) {
	dir := t.TempDir()
	text := "=HYPERLINK(\"http://evil.example\",\"x\") Inflation in Egypt reached 12.5% in May 2025.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.meta.yaml"), []byte("published: 2025-06-10\ntitle: \"@SUM(1)\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "", "", "extract", "--format", "csv", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], "inflation_rate") {
		t.Fatalf("want a header and the inflation line:\n%s", out)
	}
	if strings.Contains(lines[1], ",=HYPERLINK") || strings.Contains(lines[1], `,"=HYPERLINK`) || !strings.Contains(lines[1], "'=HYPERLINK") {
		t.Errorf("the quote is not guarded: %s", lines[1])
	}
	if !strings.Contains(lines[1], "'@SUM(1)") || !strings.Contains(lines[1], "2025-06-10") {
		t.Errorf("provenance columns missing or unguarded: %s", lines[1])
	}
}
