package charts

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/econtrack/econtrack/model"
)

func allSeries() []model.Series {
	return []model.Series{inflationSeries(), singleSeries(), conflictSeries(), hedgedSeries(), tradeSeries(), meetingSeries(), intervalSeries()}
}

func TestRenderWritesEverySeriesAndOverview(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "charts")
	empty := model.Series{Indicator: "gdp_growth", Entities: []string{"EG"}, Unit: "percent"}
	undated := series("unemployment_rate", "percent", []string{"EG"}, obs{doc: "x.txt", period: "", value: 7})
	opt := testOptions("en")
	paths, err := Render(context.Background(), dir, testCatalog(), append(allSeries(), empty, undated), opt)
	if err != nil {
		t.Fatal(err)
	}
	// Each indicator's comparison of latest values, then its series with
	// enough points for a line; the lone visit is in its comparison only.
	var want []string
	for _, name := range []string{
		"inflation_rate", "inflation_rate__RU", "visit_duration", "policy_rate", "policy_rate__EG",
		"settlement_share_national_currencies", "settlement_share_national_currencies__CN-RU",
		"bilateral_trade_volume", "bilateral_trade_volume__CN-RU", "regular_meeting_ordinal", "regular_meeting_ordinal__CN-RU",
		"regular_meeting_interval", "regular_meeting_interval__CN-RU",
	} {
		want = append(want, filepath.Join(dir, name+".png"), filepath.Join(dir, name+".svg"))
	}
	// 13 panels: a page of 3×3 and a second page, and both in one PDF.
	want = append(want, filepath.Join(dir, "overview.png"), filepath.Join(dir, "overview-2.png"), filepath.Join(dir, "overview.pdf"))
	if !slices.Equal(paths, want) {
		t.Errorf("paths:\n got %q\nwant %q", paths, want)
	}
	if pdf, err := os.ReadFile(filepath.Join(dir, "overview.pdf")); err != nil || bytes.Count(pdf, []byte("/Type /Page\n"))+bytes.Count(pdf, []byte("/Type /Page ")) != 2 {
		t.Errorf("overview.pdf (%v) does not hold the 2 pages", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	for _, n := range names {
		if strings.HasPrefix(n, ".") || strings.Contains(n, "gdp_growth") || strings.Contains(n, "unemployment") {
			t.Errorf("unexpected file %s (temporary file left, or chart of a series without dated data)", n)
		}
	}
	if len(names) != len(want) {
		t.Errorf("dir holds %q, want %d files", names, len(want))
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(p, ".png") {
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			if strings.Contains(p, "overview") || !strings.Contains(p, "__") {
				continue // the overview and the comparisons grow with their content
			}
			if got := img.Bounds().Size(); got.X != opt.Width || got.Y != opt.Height {
				t.Errorf("%s is %v pixels, want %dx%d", p, got, opt.Width, opt.Height)
			}
		}
	}
}

func TestRenderNothingToDraw(t *testing.T) {
	dir := t.TempDir()
	paths, err := Render(context.Background(), dir, testCatalog(), []model.Series{{Indicator: "gdp_growth"}}, testOptions("en"))
	if err != nil || len(paths) != 0 {
		t.Fatalf("Render = %q, %v; want nothing, no error", paths, err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("dir holds %d entries, want none", len(entries))
	}
	err = RenderOne(context.Background(), io.Discard, catalogEntry("inflation_rate"), model.Series{Indicator: "inflation_rate"}, "png", testOptions("en"))
	if !errors.Is(err, ErrNoData) {
		t.Errorf("RenderOne of an empty series = %v, want ErrNoData", err)
	}
}

func TestRenderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Render(ctx, t.TempDir(), testCatalog(), allSeries(), testOptions("en")); !errors.Is(err, context.Canceled) {
		t.Errorf("Render with a cancelled context = %v", err)
	}
}

func TestRenderRejectsInvalidOptions(t *testing.T) {
	opt := testOptions("fr")
	dir := t.TempDir()
	_, err := Render(context.Background(), dir, testCatalog(), allSeries(), opt)
	if err == nil || !strings.Contains(err.Error(), "charts.lang") {
		t.Fatalf("err = %v, want a charts.lang error", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("invalid options wrote %d files", len(entries))
	}
}

func TestRenderFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"x.png", "x.svg", "x.pdf"} {
		path := filepath.Join(dir, name)
		if err := RenderFile(context.Background(), path, catalogEntry("inflation_rate"), inflationSeries(), testOptions("en")); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v, %d bytes", name, err, fi.Size())
		}
	}
	if err := RenderFile(context.Background(), filepath.Join(dir, "x.gif"), catalogEntry("inflation_rate"), inflationSeries(), testOptions("en")); err == nil || !strings.Contains(err.Error(), "x.gif") {
		t.Errorf("gif: err = %v, want an error naming the file", err)
	}
}

// TestSVGIsXML checks every chart's SVG parses as XML and keeps its text
// live: the title is a <text> element a graphics desk can edit, in logical
// order, and its font is named with fallbacks.
func TestSVGIsXML(t *testing.T) {
	for _, lang := range []string{"en", "ar", "ru"} {
		for _, s := range allSeries() {
			var buf bytes.Buffer
			if err := RenderOne(context.Background(), &buf, catalogEntry(s.Indicator), s, "svg", testOptions(lang)); err != nil {
				t.Fatal(err)
			}
			dec := xml.NewDecoder(&buf)
			var root string
			var title, desc string
			var texts []string
			fonts := map[string]bool{}
			var in string
			for {
				tok, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s %s: invalid XML: %v", lang, s.Key(), err)
				}
				if se, ok := tok.(xml.StartElement); ok {
					if root == "" {
						root = se.Name.Local
					}
					if se.Name.Local == "text" {
						texts = append(texts, "")
						for _, a := range se.Attr {
							if a.Name.Local == "style" {
								fam, _, _ := strings.Cut(strings.SplitAfter(a.Value, "font-family:")[1], ";")
								fonts[fam] = true
							}
						}
					}
					in = se.Name.Local
				}
				if cd, ok := tok.(xml.CharData); ok {
					switch in {
					case "title":
						title += string(cd)
					case "desc":
						desc += string(cd)
					case "text":
						texts[len(texts)-1] += string(cd)
					}
				}
				if _, ok := tok.(xml.EndElement); ok {
					in = ""
				}
			}
			name := catalogEntry(s.Indicator).Name(lang)
			if lang == "ar" {
				name = "\u2067" + name + "\u2069"
			}
			if root != "svg" || !slices.Contains(texts, name) {
				t.Errorf("%s %s: root %q, text elements %q: want the title %q", lang, s.Key(), root, texts, name)
			}
			if len(fonts) != 1 || !fonts[svgFontFamily[len("font-family:"):len(svgFontFamily)-1]] {
				t.Errorf("%s %s: fonts %v, want only %s", lang, s.Key(), fonts, svgFontFamily)
			}
			// The title and the values in words, for screen readers and search.
			last := s.Points[len(s.Points)-1]
			if title != catalogEntry(s.Indicator).Name(lang) || !strings.Contains(desc, locales[lang].period(last.Period)) || !strings.Contains(desc, locales[lang].source) {
				t.Errorf("%s %s: <title> %q, <desc> %q: want the chart's title, the last period and the source", lang, s.Key(), title, desc)
			}
		}
	}
}

func TestOptionsValidate(t *testing.T) {
	if err := DefaultOptions().Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	tests := []struct {
		name   string
		change func(*Options)
		want   string
	}{
		{"no formats", func(o *Options) { o.Formats = nil }, "charts.formats"},
		{"unknown format", func(o *Options) { o.Formats = []string{"png", "gif"} }, `charts.formats: "gif"`},
		{"format twice", func(o *Options) { o.Formats = []string{"png", "png"} }, "listed twice"},
		{"narrow", func(o *Options) { o.Width = 10 }, "charts.width: 10"},
		{"flat", func(o *Options) { o.Height = 0 }, "charts.height: 0"},
		{"dpi", func(o *Options) { o.DPI = 0 }, "charts.dpi: 0"},
		{"lang", func(o *Options) { o.Lang = "fr" }, `charts.lang: "fr"`},
		{"colour", func(o *Options) { o.Palette = []string{"red"} }, `charts.palette: "red"`},
		{"only pinned colours", func(o *Options) { o.Palette = []string{"CN-RU=#ff0000"} }, "charts.palette"},
		{"title size", func(o *Options) { o.TitleSize = 0 }, "charts.theme.title_size"},
		{"font size", func(o *Options) { o.FontSize = 100 }, "charts.theme.font_size"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := DefaultOptions()
			tc.change(&o)
			err := o.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Validate() = %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestPaletteIsStablePerGroup(t *testing.T) {
	p, err := parsePalette(DefaultPalette())
	if err != nil {
		t.Fatal(err)
	}
	// The colour of a group depends on the group only: these must not
	// change between releases, or users' series change colour. (When the
	// palette was darkened for contrast, each group kept its hue: green,
	// olive and grey.)
	for g, want := range map[string]string{"CN-RU": "#2a8a2a", "RU": "#7a7a00", "EG": "#6b6b6b"} {
		if got := fmtColour(p.colour(g)); got != want {
			t.Errorf("colour(%q) = %s, want %s", g, got, want)
		}
	}
	groups := []string{"CN-RU", "EG", "RU", "SA-US", "-", "AE-IN"}
	seen := map[string]bool{}
	for _, g := range groups {
		seen[fmtColour(p.colour(g))] = true
	}
	if len(seen) < 3 {
		t.Errorf("six groups share %d colours", len(seen))
	}
	p, err = parsePalette(append(DefaultPalette(), "CN-RU=#123456"))
	if err != nil {
		t.Fatal(err)
	}
	if got := fmtColour(p.colour("CN-RU")); got != "#123456" {
		t.Errorf("pinned colour = %s", got)
	}
}

func fmtColour(c interface{ RGBA() (r, g, b, a uint32) }) string {
	r, g, b, _ := c.RGBA()
	const hex = "0123456789abcdef"
	out := []byte{'#'}
	for _, v := range []uint32{r >> 8, g >> 8, b >> 8} {
		out = append(out, hex[v>>4], hex[v&15])
	}
	return string(out)
}

// TestBasisIsItsOwnChart: growth on the quarter before, kept where a
// document gives no other growth of the quarter, is never drawn with
// year-on-year growth: its comparison has a file and a title of its own.
func TestBasisIsItsOwnChart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "charts")
	// Three quarters each: a line chart of each series beside the
	// comparisons.
	onYear := series("gdp_growth", "percent", []string{"CL"}, obs{doc: "y2.txt", published: "2024-08-20", period: "2024-Q2", value: 1.6},
		obs{doc: "y3.txt", published: "2024-11-20", period: "2024-Q3", value: 2.3}, obs{doc: "y.txt", published: "2025-03-01", period: "2024-Q4", value: 4.1})
	onQuarter := series("gdp_growth", "percent", []string{"CL"}, obs{doc: "q2.txt", published: "2024-09-04", period: "2024-Q2", value: -0.6},
		obs{doc: "q3.txt", published: "2024-12-04", period: "2024-Q3", value: 0.7}, obs{doc: "q.txt", published: "2025-03-02", period: "2024-Q4", value: 0.8})
	onQuarter.Basis = "q/q"
	for i := range onQuarter.Points {
		for j := range onQuarter.Points[i].Records {
			onQuarter.Points[i].Records[j].Basis = "q/q"
		}
	}
	paths, err := Render(context.Background(), dir, testCatalog(), []model.Series{onYear, onQuarter}, testOptions("en"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"gdp_growth", "gdp_growth__qq", "gdp_growth__CL", "gdp_growth__CL__qq"} {
		if !slices.Contains(paths, filepath.Join(dir, name+".svg")) {
			t.Errorf("paths %q: no %s", paths, name)
		}
	}
	if sorted := slices.Compact(slices.Sorted(slices.Values(paths))); len(sorted) != len(paths) {
		t.Errorf("a chart is written twice: %q", paths)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "gdp_growth__CL__qq.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(svg, []byte("(quarter on quarter)")) {
		t.Error("the quarter-on-quarter chart does not name its basis")
	}
	if plain, _ := os.ReadFile(filepath.Join(dir, "gdp_growth__CL.svg")); bytes.Contains(plain, []byte("quarter on quarter")) || !bytes.Contains(plain, []byte("4.1")) || bytes.Contains(plain, []byte(">0.8")) {
		t.Error("the year-on-year chart names another basis or holds the quarter-on-quarter value")
	}
}
