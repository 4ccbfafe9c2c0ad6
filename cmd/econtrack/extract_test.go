package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	if o.Indicator != "oil_output" || o.Value != 9.8e6 || o.Period != "2025-05" || strings.Join(o.Entities, ",") != "SA" {
		t.Fatalf("got %+v", o)
	}
}
