package charts

import (
	"errors"
	"fmt"
	"hash/fnv"
	"image/color"
	"log/slog"
	"strconv"
	"strings"

	"github.com/econtrack/econtrack/model"
)

// Options configure the charts. The zero value is not valid; start from
// DefaultOptions and override fields (the CLI maps the charts.* settings
// onto them).
type Options struct {
	// Formats are the files written per chart: "png", "svg", "pdf"
	// (charts.formats). The overview is always a PNG.
	Formats []string
	// Width and Height are the size of one chart in pixels of the PNG
	// (charts.width, charts.height). SVG and PDF get the same physical size,
	// Width/DPI inches wide.
	Width, Height int
	// DPI is the PNG resolution (charts.dpi); with the default 144 a chart
	// is 600×350 points drawn at twice the pixel density.
	DPI int
	// Lang picks the language of names and labels: "en", "ar" or "ru"
	// (charts.lang).
	Lang string
	// Palette are the series colours (charts.palette): "#rrggbb" entries
	// are assigned to entity groups by a hash of the group ("CN-RU"), so a
	// group keeps its colour whatever other groups exist; an entry
	// "CN-RU=#rrggbb" pins the colour of one group ("-" is the group of
	// series without entities).
	Palette []string
	// TitleSize and FontSize are the title and body font sizes in points
	// (charts.theme.title_size, charts.theme.font_size).
	TitleSize, FontSize float64
	// Grid draws horizontal grid lines at the value ticks
	// (charts.theme.grid).
	Grid bool
	// Version is printed in the footer ("econtrack VERSION").
	Version string
	// Headline is the rule that picked the value a series shows for a
	// disputed period (indicators.headline); the key states it beside
	// the pale other values. "" states none.
	Headline model.HeadlineRule
	// Log receives warnings (observations a chart leaves out); nil
	// discards them.
	Log *slog.Logger
}

// DefaultPalette returns the default charts.palette: the ten "tab10"
// hues of matplotlib and D3, the light ones darkened so that every line
// keeps at least 3:1 contrast on white (WCAG 2.1, non-text) and every
// value label, drawn darker still, 4.5:1.
func DefaultPalette() []string {
	return []string{"#1f77b4", "#c45a00", "#2a8a2a", "#d62728", "#9467bd", "#8c564b", "#c2408f", "#6b6b6b", "#7a7a00", "#0f7f8c"}
}

// DefaultOptions returns the defaults of every charts.* setting.
func DefaultOptions() Options {
	return Options{
		Formats:   []string{"png", "svg"},
		Width:     1200,
		Height:    700,
		DPI:       144,
		Lang:      "en",
		Palette:   DefaultPalette(),
		TitleSize: 15,
		FontSize:  11,
		Grid:      true,
		Version:   "dev",
	}
}

// FieldError is an invalid option, named by its configuration key
// ("charts.width").
type FieldError struct {
	Key string
	Err error
}

func (e *FieldError) Error() string { return e.Key + ": " + e.Err.Error() }

// Unwrap returns the reason.
func (e *FieldError) Unwrap() error { return e.Err }

// Validate reports every invalid field as a *FieldError, joined. It is the
// one check of the charts.* settings: configuration validation calls it.
func (o Options) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, &FieldError{key, fmt.Errorf(format, args...)})
	}
	if len(o.Formats) == 0 {
		bad("charts.formats", "empty, want some of png, svg, pdf")
	}
	seen := map[string]bool{}
	for _, f := range o.Formats {
		if f != "png" && f != "svg" && f != "pdf" {
			bad("charts.formats", "%q: want png, svg or pdf", f)
		} else if seen[f] {
			bad("charts.formats", "%q listed twice", f)
		}
		seen[f] = true
	}
	if o.Width < 200 || o.Width > 10000 {
		bad("charts.width", "%d: want 200 to 10000 pixels", o.Width)
	}
	if o.Height < 150 || o.Height > 10000 {
		bad("charts.height", "%d: want 150 to 10000 pixels", o.Height)
	}
	if o.DPI < 36 || o.DPI > 600 {
		bad("charts.dpi", "%d: want 36 to 600", o.DPI)
	}
	if _, ok := locales[o.Lang]; !ok {
		bad("charts.lang", "%q: want en, ar or ru", o.Lang)
	}
	if _, err := parsePalette(o.Palette); err != nil {
		errs = append(errs, err)
	}
	if o.TitleSize < 6 || o.TitleSize > 48 {
		bad("charts.theme.title_size", "%g: want 6 to 48 points", o.TitleSize)
	}
	if o.FontSize < 5 || o.FontSize > 36 {
		bad("charts.theme.font_size", "%g: want 5 to 36 points", o.FontSize)
	}
	return errors.Join(errs...)
}

// palette assigns colours to entity groups.
type palette struct {
	cycle  []color.RGBA
	pinned map[string]color.RGBA
}

func parsePalette(entries []string) (palette, error) {
	p := palette{pinned: map[string]color.RGBA{}}
	for _, e := range entries {
		key, hex, pinned := strings.Cut(e, "=")
		if !pinned {
			hex = key
		}
		c, err := parseHex(strings.TrimSpace(hex))
		if err != nil {
			return palette{}, &FieldError{"charts.palette", fmt.Errorf("%q: %w", e, err)}
		}
		if pinned {
			p.pinned[strings.TrimSpace(key)] = c
		} else {
			p.cycle = append(p.cycle, c)
		}
	}
	if len(p.cycle) == 0 {
		return palette{}, &FieldError{"charts.palette", errors.New("want at least one colour not pinned to a group")}
	}
	return p, nil
}

// colour returns the colour of the entity group key ("CN-RU", or "-" when
// the series has no entities).
func (p palette) colour(key string) color.RGBA {
	if c, ok := p.pinned[key]; ok {
		return c
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return p.cycle[h.Sum32()%uint32(len(p.cycle))]
}

func parseHex(s string) (color.RGBA, error) {
	if len(s) != 7 || s[0] != '#' {
		return color.RGBA{}, errors.New("want #rrggbb")
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.RGBA{}, errors.New("want #rrggbb")
	}
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 255}, nil
}

// logger is Log, or a logger that discards.
func (o Options) logger() *slog.Logger {
	if o.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return o.Log
}
