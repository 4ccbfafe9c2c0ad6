package indicators

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestProbeGolden extracts the probe articles and compares the observations
// with testdata/probes.golden.
func TestProbeGolden(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/probes/*.txt")
	var docs []Doc
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var meta struct{ Published, Lang string }
		mb, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".meta.yaml")
		if err != nil {
			t.Fatal(err)
		}
		if err := yaml.Unmarshal(mb, &meta); err != nil {
			t.Fatal(err)
		}
		pub, _ := time.Parse("2006-01-02", meta.Published)
		docs = append(docs, Doc{Path: filepath.Base(f), Lang: meta.Lang, Text: string(text), Published: pub})
	}
	var b strings.Builder
	for _, o := range extractAll(t, x, docs) {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\tapprox=%v\tbound=%s\tmentions=%d\tspeaker=%s\n", o.Doc, o.Indicator, strings.Join(o.Entities, "-"),
			o.Period, strconv.FormatFloat(o.Value, 'f', -1, 64), o.Unit, o.Approx, o.Bound, o.Mentions, o.Speaker)
	}
	golden := "testdata/probes.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("extraction of the probe articles changed; review, then go test ./indicators -run TestProbeGolden -update\ngot:\n%s\nwant:\n%s", got, want)
	}
}
