package charts

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/econtrack/econtrack/internal/atomicfile"
	"github.com/econtrack/econtrack/model"
)

var update = flag.Bool("update", false, "rewrite the golden images under testdata/")

// goldenCases are the charts kept as golden images (600×350 pixels).
func goldenCases() []struct {
	name string
	lang string
	s    model.Series
} {
	return []struct {
		name string
		lang string
		s    model.Series
	}{
		{"multi_point", "en", inflationSeries()},
		{"single_point", "en", singleSeries()},
		{"conflict", "en", conflictSeries()},
		{"hedged", "en", hedgedSeries()},
		{"meetings", "en", meetingSeries()},
		{"meeting_interval", "en", intervalSeries()},
		{"arabic", "ar", hedgedSeries()},
		{"arabic_meetings", "ar", meetingSeries()},
		{"russian_money", "ru", tradeSeries()},
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases() {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := RenderOne(context.Background(), &buf, catalogEntry(tc.s.Indicator), tc.s, "png", testOptions(tc.lang))
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tc.name, buf.Bytes())
		})
	}
}

// TestGoldenComparison keeps the comparison of latest values across
// countries, in English and in Arabic, as golden images.
func TestGoldenComparison(t *testing.T) {
	var models []drawing
	for _, s := range []model.Series{
		series("gdp_growth", "percent", []string{"RU"}, obs{doc: "ru.txt", published: "2025-05-16", period: "2025-Q1", value: 1.4}),
		series("gdp_growth", "percent", []string{"KW"}, obs{doc: "kw.txt", published: "2025-04-02", period: "2024", value: -2.6}),
		series("gdp_growth", "percent", []string{"EG"}, obs{doc: "eg.txt", published: "2025-06-20", period: "2025-Q1", value: 4.77, approx: true}),
		series("gdp_growth", "percent", []string{"IN"}, obs{doc: "in.txt", published: "2025-05-30", period: "2025-Q1", value: 7.4}),
	} {
		models = append(models, buildModel(catalogEntry("gdp_growth"), s))
	}
	c := comparisonsOf(models)[0]
	for _, lang := range []string{"en", "ar"} {
		t.Run(lang, func(t *testing.T) {
			r, err := newRenderer(testOptions(lang))
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := r.writeComparison(&buf, c, "png"); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, "comparison_"+lang, buf.Bytes())
		})
	}
}

// TestGoldenComparisonOfOneMeeting draws the latest number of one pair's
// regular meetings: a single row with no value axis, drawn low rather
// than in a chart's full height of empty space.
func TestGoldenComparisonOfOneMeeting(t *testing.T) {
	m := buildModel(catalogEntry("regular_meeting_ordinal"), series("regular_meeting_ordinal", "ordinal", []string{"CN", "RU"},
		obs{doc: "ru.txt", published: "2025-11-04", period: "2025-11-04", value: 30}))
	r, err := newRenderer(testOptions("en"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.writeComparison(&buf, comparisonsOf([]drawing{m})[0], "png"); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "comparison_meeting", buf.Bytes())
}

// checkGolden compares a PNG with testdata/NAME.png, or rewrites the
// golden image under -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".png")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := atomicfile.Write(path, func(w io.Writer) error { _, err := w.Write(got); return err }); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./charts -update to create it)", err)
	}
	if n, total, err := pixelDiff(want, got); err != nil {
		t.Fatal(err)
	} else if n > total/500 { // 0.2% of the pixels may differ (anti-aliasing)
		out := filepath.Join(t.TempDir(), name+".png")
		os.WriteFile(out, got, 0o644)
		t.Errorf("%d of %d pixels differ from %s; got %s (go test ./charts -update rewrites the golden images)", n, total, path, out)
	}
}

// pixelDiff decodes two PNGs and counts the pixels whose colour differs by
// more than a small tolerance in any channel.
func pixelDiff(a, b []byte) (n, total int, err error) {
	ia, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		return 0, 0, err
	}
	ib, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return 0, 0, err
	}
	r := ia.Bounds()
	if r != ib.Bounds() {
		return r.Dx() * r.Dy(), r.Dx() * r.Dy(), nil
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if !near(ia, ib, x, y) {
				n++
			}
		}
	}
	return n, r.Dx() * r.Dy(), nil
}

func near(a, b image.Image, x, y int) bool {
	const tol = 24 << 8
	r1, g1, b1, _ := a.At(x, y).RGBA()
	r2, g2, b2, _ := b.At(x, y).RGBA()
	d := func(p, q uint32) bool { return p-q < tol || q-p < tol }
	return d(r1, r2) && d(g1, g2) && d(b1, b2)
}
