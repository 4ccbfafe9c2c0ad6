package charts

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	gtbidi "github.com/go-text/typesetting/bidi"
	"github.com/go-text/typesetting/di"
	gtfont "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	stdfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	xbidi "golang.org/x/text/unicode/bidi"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// shaper is a gonum/plot text.Handler that shapes every line with
// go-text/typesetting (HarfBuzz: Arabic joining forms, ligatures, marks;
// bidi runs laid out in visual order) and fills the glyph outlines as
// paths, so PNG and PDF render the same text without the back end knowing
// the font. On SVG it writes live <text> at the positions the shaping
// gave (see liveText).
//
// A shaper is safe for concurrent use; it caches shaped lines and glyph
// outlines, so reuse one for a whole chart set.
type shaper struct {
	mu       sync.Mutex
	regular  *gtfont.Face
	bold     *gtfont.Face
	upem     float64
	asc      float64 // font units, positive
	desc     float64 // font units, positive
	gap      float64 // font units
	lang     language.Language
	hb       shaping.HarfbuzzShaper
	seg      shaping.Segmenter
	para     gtbidi.Paragraph
	lines    map[lineKey]*shapedLine
	outlines map[glyphKey][]ot.Segment
	cache    *font.Cache
	// svgFace names DejaVu Sans to the SVG back end, which writes live
	// <text> instead of outlines (see Draw).
	svgFace *opentype.Font
}

var _ text.Handler = (*shaper)(nil)

type lineKey struct {
	s    string
	bold bool
}

type glyphKey struct {
	gid  gtfont.GID
	bold bool
}

// placedGlyph is one glyph of a shaped line, positioned in font units
// relative to the line's origin (left end of the baseline).
type placedGlyph struct {
	gid     gtfont.GID
	x, y    float64
	cluster int // index of the first rune the glyph shows
}

// shapedLine is a line of text shaped at one unit per font unit.
type shapedLine struct {
	glyphs  []placedGlyph
	advance float64 // font units
	bold    bool
}

// newShaper parses the embedded DejaVu Sans faces. lang is the BCP 47
// language used as a shaping hint (it selects language-specific forms).
func newShaper(lang string) (*shaper, error) {
	reg, err := gtfont.ParseTTF(bytes.NewReader(dejavusans.TTF))
	if err != nil {
		return nil, fmt.Errorf("parse DejaVu Sans: %w", err)
	}
	bold, err := gtfont.ParseTTF(bytes.NewReader(dejavusansbold.TTF))
	if err != nil {
		return nil, fmt.Errorf("parse DejaVu Sans Bold: %w", err)
	}
	svgFace, err := opentype.Parse(dejavusans.TTF)
	if err != nil {
		return nil, fmt.Errorf("parse DejaVu Sans: %w", err)
	}
	ext, ok := reg.FontHExtents()
	if !ok {
		return nil, fmt.Errorf("DejaVu Sans: no horizontal extents")
	}
	return &shaper{
		regular:  reg,
		bold:     bold,
		upem:     float64(reg.Upem()),
		asc:      float64(ext.Ascender),
		desc:     math.Abs(float64(ext.Descender)),
		gap:      float64(ext.LineGap),
		lang:     language.NewLanguage(lang),
		lines:    map[lineKey]*shapedLine{},
		outlines: map[glyphKey][]ot.Segment{},
		cache:    font.NewCache(nil),
		svgFace:  svgFace,
	}, nil
}

// Cache returns an empty font cache: the shaper draws glyph outlines itself
// and never asks the back end for a font.
func (h *shaper) Cache() *font.Cache { return h.cache }

// Extents returns the DejaVu Sans extents at fnt.Size.
func (h *shaper) Extents(fnt font.Font) font.Extents {
	s := h.scale(fnt)
	return font.Extents{
		Ascent:  vg.Length(h.asc * s),
		Descent: vg.Length(h.desc * s),
		Height:  vg.Length((h.asc + h.desc + h.gap) * s),
	}
}

// Lines splits txt at newlines.
func (h *shaper) Lines(txt string) []string {
	return strings.Split(strings.TrimRight(txt, "\n"), "\n")
}

// Box returns the advance width, ascent and descent of one line.
func (h *shaper) Box(txt string, fnt font.Font) (width, height, depth vg.Length) {
	s := h.scale(fnt)
	l := h.shape(txt, isBold(fnt))
	return vg.Length(l.advance * s), vg.Length(h.asc * s), vg.Length(h.desc * s)
}

// Draw renders txt (possibly several lines) aligned and rotated as sty says,
// anchored at pt.
func (h *shaper) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	txt = strings.TrimRight(txt, "\n")
	if txt == "" {
		return
	}
	s := h.scale(sty.Font)
	bold := isBold(sty.Font)
	lines := h.Lines(txt)
	lineH := (h.asc + h.desc + h.gap) * s
	total := float64(len(lines))*(h.asc+h.desc)*s + float64(len(lines)-1)*h.gap*s

	c.Push()
	defer c.Pop()
	if sty.Color != nil {
		c.SetColor(sty.Color)
	}
	if sty.Rotation != 0 {
		c.Rotate(sty.Rotation)
		sin, cos := math.Sincos(sty.Rotation)
		x, y := float64(pt.X), float64(pt.Y)
		pt = vg.Point{X: vg.Length(x*cos + y*sin), Y: vg.Length(y*cos - x*sin)}
	}
	top := float64(pt.Y) + float64(sty.YAlign)*total + total
	svg, live := svgCanvas(c)
	var path vg.Path
	for i, line := range lines {
		l := h.shape(line, bold)
		x0 := float64(pt.X) + float64(sty.XAlign)*l.advance*s
		y0 := top - h.asc*s - float64(i)*lineH
		if live {
			h.liveText(svg, line, sty.Font, bold, vg.Point{X: vg.Length(x0), Y: vg.Length(y0)})
			continue
		}
		path = h.appendLine(path, l, x0, y0, s)
	}
	if len(path) > 0 {
		c.Fill(path)
	}
}

// liveText writes line as an SVG <text> element at the left end of its
// baseline, so a graphics desk can edit it and a screen reader read it.
// The text stays in logical order: the viewer shapes it and lays out its
// bidi runs; a line whose first strong character is right-to-left is
// wrapped in a right-to-left isolate (U+2067…U+2069), as the shaper
// resolves its paragraph direction, because SVG text defaults to
// left-to-right. The font is named DejaVu Sans with fallbacks (see
// liveFontFamily), so the widths match the layout where it is installed.
func (h *shaper) liveText(c *vgsvg.Canvas, line string, fnt font.Font, bold bool, pt vg.Point) {
	if paragraphRTL([]rune(line)) {
		line = "\u2067" + line + "\u2069"
	}
	f := font.Font{Typeface: "DejaVu Sans", Size: fnt.Size}
	if bold {
		f.Weight = stdfont.WeightBold
	}
	c.FillString(font.Face{Font: f, Face: h.svgFace}, pt, line)
}

// svgCanvas returns the SVG back end under c, which gonum/plot hands to a
// text handler wrapped in a draw.Canvas.
func svgCanvas(c vg.Canvas) (*vgsvg.Canvas, bool) {
	for {
		switch v := c.(type) {
		case *vgsvg.Canvas:
			return v, true
		case *draw.Canvas:
			c = v.Canvas
		case draw.Canvas:
			c = v.Canvas
		default:
			return nil, false
		}
	}
}

// liveFontFamily is the font-family the SVG back end writes for the
// embedded face, and svgFontFamily the list that replaces it: DejaVu Sans
// where installed, else a common sans serif with Arabic and Cyrillic.
const (
	liveFontFamily = "font-family:DejaVu Sans;"
	svgFontFamily  = "font-family:'DejaVu Sans',Verdana,'Noto Sans','Noto Sans Arabic',Arial,sans-serif;"
)

// appendLine adds the outlines of l, with its origin at (x0, y0) and
// scaled by s, to path.
func (h *shaper) appendLine(path vg.Path, l *shapedLine, x0, y0, s float64) vg.Path {
	p := func(sp ot.SegmentPoint, gx, gy float64) vg.Point {
		return vg.Point{X: vg.Length(x0 + (gx+float64(sp.X))*s), Y: vg.Length(y0 + (gy+float64(sp.Y))*s)}
	}
	for _, g := range l.glyphs {
		segs := h.outline(g.gid, l.bold)
		open := false
		for _, sg := range segs {
			switch sg.Op {
			case ot.SegmentOpMoveTo:
				if open {
					path.Close()
				}
				path.Move(p(sg.Args[0], g.x, g.y))
				open = true
			case ot.SegmentOpLineTo:
				path.Line(p(sg.Args[0], g.x, g.y))
			case ot.SegmentOpQuadTo:
				path.QuadTo(p(sg.Args[0], g.x, g.y), p(sg.Args[1], g.x, g.y))
			case ot.SegmentOpCubeTo:
				path.CubeTo(p(sg.Args[0], g.x, g.y), p(sg.Args[1], g.x, g.y), p(sg.Args[2], g.x, g.y))
			}
		}
		if open {
			path.Close()
		}
	}
	return path
}

func (h *shaper) scale(fnt font.Font) float64 {
	return float64(fnt.Size) / h.upem
}

func isBold(fnt font.Font) bool { return fnt.Weight >= stdfont.WeightSemiBold }

// outline returns the outline of glyph gid in font units.
func (h *shaper) outline(gid gtfont.GID, bold bool) []ot.Segment {
	h.mu.Lock()
	defer h.mu.Unlock()
	k := glyphKey{gid, bold}
	if segs, ok := h.outlines[k]; ok {
		return segs
	}
	face := h.regular
	if bold {
		face = h.bold
	}
	var segs []ot.Segment
	if o, ok := face.GlyphData(gid).(gtfont.GlyphOutline); ok {
		segs = o.Segments
	}
	h.outlines[k] = segs
	return segs
}

// singleFace is a shaping.Fontmap with one face: DejaVu Sans covers Latin,
// Cyrillic and Arabic, so no fallback is needed.
type singleFace struct{ f *gtfont.Face }

func (s singleFace) ResolveFace(rune) *gtfont.Face { return s.f }

// item is one directional, single-script run of a line.
type item struct {
	in    shaping.Input
	level gtbidi.Level
}

// shape lays out one line: it resolves the paragraph direction from the
// first strong character (rules P2–P3 of UAX #9), splits the text into
// bidi runs and script runs, shapes each run with HarfBuzz and orders
// the runs visually (rule L2). The result is cached.
func (h *shaper) shape(line string, bold bool) *shapedLine {
	h.mu.Lock()
	defer h.mu.Unlock()
	k := lineKey{line, bold}
	if l, ok := h.lines[k]; ok {
		return l
	}
	face := h.regular
	if bold {
		face = h.bold
	}
	runes := []rune(line)
	l := &shapedLine{bold: bold}
	if len(runes) == 0 {
		h.lines[k] = l
		return l
	}
	base := gtbidi.LeftToRight
	if paragraphRTL(runes) {
		base = gtbidi.RightToLeft
	}
	var items []item
	size := fixed.I(int(h.upem))
	for _, r := range levelRuns(runes, h.para.Segment(runes, base), base == gtbidi.RightToLeft) {
		dir := di.DirectionLTR
		if r.level%2 == 1 {
			dir = di.DirectionRTL
		}
		in := shaping.Input{
			Text: runes, RunStart: r.start, RunEnd: r.end,
			Direction: dir, Face: face, Size: size, Language: h.lang,
		}
		for _, sub := range h.seg.Split(in, singleFace{face}) {
			// The segmenter re-runs bidi on the run alone; keep the
			// direction the whole paragraph resolved.
			sub.Direction = dir
			items = append(items, item{in: sub, level: r.level})
		}
	}
	reorder(items)
	var x float64
	for _, it := range items {
		out := h.hb.Shape(it.in)
		for _, g := range out.Glyphs {
			l.glyphs = append(l.glyphs, placedGlyph{
				gid:     g.GlyphID,
				x:       x + fromFixed(g.XOffset),
				y:       fromFixed(g.YOffset),
				cluster: g.TextIndex(),
			})
			x += fromFixed(g.Advance)
		}
	}
	l.advance = x
	h.lines[k] = l
	return l
}

func fromFixed(v fixed.Int26_6) float64 { return float64(v) / 64 }

// paragraphRTL reports whether the first strong character of runes is
// right-to-left (Arabic, Hebrew).
func paragraphRTL(runes []rune) bool {
	for _, r := range runes {
		p, _ := xbidi.LookupRune(r)
		switch p.Class() {
		case xbidi.L:
			return false
		case xbidi.R, xbidi.AL:
			return true
		}
	}
	return false
}

// levelRun is a run of runes at one embedding level.
type levelRun struct {
	start, end int
	level      gtbidi.Level
}

// levelRuns recovers embedding levels from runs, which go-text splits only
// where the direction changes (it merges levels 0 and 2). Without explicit
// embeddings the levels are: in a right-to-left paragraph 1 (odd runs) and 2
// (even runs); in a left-to-right paragraph 0, 1 (odd runs) and 2 for the
// numbers that directly follow a right-to-left run (rules W2, I1), which
// go-text merges into the next level-0 run.
func levelRuns(runes []rune, runs gtbidi.Runs, rtl bool) []levelRun {
	var out []levelRun
	prevOdd := false
	for i := 0; i < runs.NumRuns(); i++ {
		r := runs.Run(i)
		odd := !r.IsLeftToRight()
		switch {
		case odd:
			out = append(out, levelRun{r.Start, r.End, 1})
		case rtl:
			out = append(out, levelRun{r.Start, r.End, 2})
		case prevOdd:
			n := numericPrefix(runes[r.Start:r.End])
			if n > 0 {
				out = append(out, levelRun{r.Start, r.Start + n, 2})
			}
			if r.Start+n < r.End {
				out = append(out, levelRun{r.Start + n, r.End, 0})
			}
		default:
			out = append(out, levelRun{r.Start, r.End, 0})
		}
		prevOdd = odd
	}
	return out
}

// numericPrefix returns the length of the number at the start of rs: digits
// with the separators and terminators the weak rules join to them.
func numericPrefix(rs []rune) int {
	n := 0
	for i, r := range rs {
		p, _ := xbidi.LookupRune(r)
		switch p.Class() {
		case xbidi.EN, xbidi.AN, xbidi.ET:
			n = i + 1
		case xbidi.ES, xbidi.CS, xbidi.NSM:
			// a separator belongs to the number only when one follows
		default:
			return n
		}
	}
	return n
}

// reorder puts items, given in logical order, into visual order (UAX #9
// rule L2): from the highest level down to the lowest odd level, reverse
// every maximal sequence of items at that level or higher.
func reorder(items []item) {
	if len(items) < 2 {
		return
	}
	hi, lo := gtbidi.Level(0), gtbidi.Level(127)
	for _, it := range items {
		hi = max(hi, it.level)
		if it.level%2 == 1 {
			lo = min(lo, it.level)
		}
	}
	for lvl := hi; lvl >= lo && lvl > 0; lvl-- {
		for i := 0; i < len(items); {
			if items[i].level < lvl {
				i++
				continue
			}
			j := i
			for j < len(items) && items[j].level >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				items[a], items[b] = items[b], items[a]
			}
			i = j
		}
	}
}
