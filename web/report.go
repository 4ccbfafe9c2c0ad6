package web

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"html/template"
	"io"
	"iter"
	"strconv"
	"time"

	"github.com/econtrack/econtrack/charts"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/internal/atomicfile"
	"github.com/econtrack/econtrack/model"
)

// ReportOptions configure WriteReport.
type ReportOptions struct {
	Catalog []indicators.Indicator
	Charts  charts.Options
	Lang    string // en, ar or ru
	// AsOf is the day the report shows what had been published by, "" for
	// everything.
	AsOf      string
	Generated time.Time
	// MaxPoints is how many of a series' latest points the report lists;
	// 0 is DefaultMaxPoints.
	MaxPoints int
}

// DefaultMaxPoints is how many points of each series a report lists unless
// told otherwise (two years of a monthly series): the chart draws them
// all.
const DefaultMaxPoints = 24

// maxSentences is how many sentences a point of the report quotes: the
// headline's and those of other values reported for the period; the
// workbook and econtrack serve list every one.
const maxSentences = 3

// reportPoint is one period of a series in the report.
type reportPoint struct {
	Anchor, Period, Value string
	Documents             int
	Conflict              bool
	Sentences             []reportSentence
	// More is how many observations of the period are not quoted.
	More int
}

// reportSentence is one observation behind a point: its sentence and
// where it was published.
type reportSentence struct {
	Quote, Value, Title, URL, Published, Speaker, Review string
	Headline                                             bool
}

// reportSection is one series of the report.
type reportSection struct {
	Row    seriesRow
	Chart  template.HTML
	Points []reportPoint
	Note   string
}

// WriteReport writes the report of series to path, through a temporary file
// renamed into place: the overview table, then for each series its chart
// and its latest points, each point linked to the sentences it was read
// from. The file is self-contained (styles and charts inline, no script)
// and can be sent as an attachment. series is ranged twice; it holds what
// reviewers left (rejected observations are not in it, corrections are).
func WriteReport(ctx context.Context, path string, opt ReportOptions, series iter.Seq2[model.Series, error]) error {
	if opt.MaxPoints <= 0 {
		opt.MaxPoints = DefaultMaxPoints
	}
	if opt.Lang == "" {
		opt.Lang = "en"
	}
	words, ok := languages[opt.Lang]
	if !ok {
		return fmt.Errorf("report: language %q: want en, ar or ru", opt.Lang)
	}
	tmpl, err := parseTemplates()
	if err != nil {
		return err
	}
	s := &Server{opt: Options{Catalog: opt.Catalog, Lang: opt.Lang}, catalog: map[string]indicators.Indicator{}, words: words}
	for _, in := range opt.Catalog {
		s.catalog[in.ID] = in
	}
	var rows []seriesRow
	for se, err := range series {
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		rows = append(rows, s.row(se))
	}
	p := page{Lang: opt.Lang, W: words, Title: words.Overview, AsOf: opt.AsOf, Static: true,
		Generated: opt.Generated.UTC().Format("2006-01-02 15:04 UTC"), Body: overviewBody{Rows: rows}}
	err = atomicfile.Write(path, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		if err := tmpl.ExecuteTemplate(bw, "reportHead", p); err != nil {
			return err
		}
		for se, err := range series {
			if err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			sec := s.section(ctx, se, opt)
			if err := tmpl.ExecuteTemplate(bw, "reportSection", struct {
				W labels
				S reportSection
			}{words, sec}); err != nil {
				return err
			}
		}
		if err := tmpl.ExecuteTemplate(bw, "foot", p); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return fmt.Errorf("report %s: %w", path, err)
	}
	return nil
}

// section builds the report's part of one series.
func (s *Server) section(ctx context.Context, se model.Series, opt ReportOptions) reportSection {
	sec := reportSection{Row: s.row(se)}
	if in, ok := s.catalog[se.Indicator]; ok {
		var buf bytes.Buffer
		if err := charts.RenderOne(ctx, &buf, in, se, "svg", opt.Charts); err == nil {
			sec.Chart = inlineSVG(buf.Bytes())
		}
	}
	pts := se.Points
	if len(pts) > opt.MaxPoints {
		sec.Note = fmt.Sprintf(s.words.ShowingLatest, opt.MaxPoints, len(pts))
		pts = pts[len(pts)-opt.MaxPoints:]
	}
	for i := len(pts) - 1; i >= 0; i-- {
		pt := pts[i]
		rp := reportPoint{Anchor: sec.Row.Anchor + "-" + strconv.Itoa(i), Period: pt.Period, Value: headlineLabel(pt, se.Unit, opt.Lang),
			Documents: pt.Documents, Conflict: pt.Conflict}
		// The headline's sentence, then one for each other value reported
		// (a conflict shows its sides), up to maxSentences.
		for j, val := range pt.Values() {
			if j == maxSentences {
				break
			}
			r := val.Records[0]
			v := charts.ValueLabel(r.Value, r.Unit, opt.Lang, r.Approx, r.Bound)
			rp.Sentences = append(rp.Sentences, reportSentence{Quote: r.Quote, Value: v, Title: cmpOr(r.Title, r.Doc),
				URL: safeURL(r.URL), Published: r.Published, Speaker: r.Speaker, Review: r.Describe(), Headline: j == 0})
		}
		rp.More = len(pt.Records) - len(rp.Sentences)
		sec.Points = append(sec.Points, rp)
	}
	return sec
}
