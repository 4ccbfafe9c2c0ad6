package web

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/econtrack/econtrack/charts"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// page is what every page template receives.
type page struct {
	Lang  string
	W     labels
	Title string
	CSRF  string
	AsOf  string
	// Static is set for the report file: no forms.
	Static bool
	// Back is the page's own address, where a review form returns.
	Back string
	// Indicators are the catalog's, for the correction form.
	Indicators []indicators.Indicator
	// Generated is when the report was written.
	Generated string
	Body      any
}

// actionsData is what the review forms of one row receive.
type actionsData struct {
	Row        obsRow
	CSRF, Back string
	W          labels
	Indicators []indicators.Indicator
}

// actionsOf is the template function that hands a row its forms.
func actionsOf(p page, r obsRow) actionsData {
	return actionsData{Row: r, CSRF: p.CSRF, Back: p.Back + "#" + r.Key, W: p.W, Indicators: p.Indicators}
}

// seriesRow is one series of the overview.
type seriesRow struct {
	Name, Countries, Link, Anchor string
	Latest, Value, Source, URL    string
	Documents, Conflicts, Points  int
	Spark                         template.HTML
}

// overviewBody is the overview page.
type overviewBody struct {
	Rows []seriesRow
	// All links every indicator of the catalog (one whose observations
	// were all rejected has no row, but its page lists them).
	All []indicatorLink
	// Stale is set while the rows are being computed again.
	Stale bool
}

// indicatorLink names an indicator of the catalog in the page's language.
type indicatorLink struct{ ID, Name string }

// entityParam is an entity group as pages name it in links: "CN-RU".
func entityParam(ents []string) string { return strings.Join(ents, "-") }

// parseEntities reads "CN-RU", "CN,RU" or "cn ru" into sorted codes.
func parseEntities(s string) []string {
	f := strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == '-' || r == ',' || r == ' ' || r == '–' })
	slices.Sort(f)
	return slices.Compact(f)
}

// asOf is the day a request shows what had been published by: its as_of
// parameter, else the server's.
func (s *Server) asOf(r *http.Request) (string, error) {
	v := r.URL.Query().Get("as_of")
	if v == "" {
		return s.opt.AsOf, nil
	}
	if _, ok := model.PeriodStart(v); !ok || len(v) != 10 {
		return "", fmt.Errorf("as_of %q: want YYYY-MM-DD", v)
	}
	return v, nil
}

// overviewRows builds a row per series of the observations q selects.
func (s *Server) overviewRows(ctx context.Context, q Query) ([]seriesRow, error) {
	var rows []seriesRow
	for g, err := range s.opt.Source.Groups(ctx, q) {
		if err != nil {
			return nil, err
		}
		for _, se := range model.BuildSeriesOwned(g, s.opt.Rule) {
			rows = append(rows, s.row(se))
		}
	}
	return rows, nil
}

// cachedOverview returns the overview rows as of a day and whether they
// are stale. Reading every observation of a large store takes seconds, the
// stamp a query: rows are kept until the source's stamp changes. Then the
// rows kept are returned at once, marked stale, while they are computed
// again in the background; only a day never asked for before waits.
func (s *Server) cachedOverview(ctx context.Context, asOf string) ([]seriesRow, bool, error) {
	stamp, err := s.opt.Source.Stamp(ctx)
	if err != nil {
		return nil, false, err
	}
	s.overviewMu.Lock()
	c, ok := s.overviews[asOf]
	if ok && c.stamp == stamp {
		s.overviewMu.Unlock()
		return c.rows, false, nil
	}
	if ok {
		if c.done == nil {
			c.done = make(chan struct{})
			s.overviews[asOf] = c
			go s.refreshOverview(asOf, stamp, c.done)
		}
		done := c.done
		s.overviewMu.Unlock()
		// A small store is computed again at once: wait a moment for it.
		select {
		case <-done:
			s.overviewMu.Lock()
			c = s.overviews[asOf]
			s.overviewMu.Unlock()
			return c.rows, c.stamp != stamp, nil
		case <-time.After(refreshWait):
			return c.rows, true, nil
		case <-ctx.Done():
			return nil, false, ctx.Err()
		}
	}
	s.overviewMu.Unlock()
	rows, err := s.overviewRows(ctx, Query{AsOf: asOf})
	if err != nil {
		return nil, false, err
	}
	s.overviewMu.Lock()
	s.overviews[asOf] = overviewCache{stamp: stamp, rows: rows}
	s.overviewMu.Unlock()
	return rows, false, nil
}

// refreshWait is how long a request for a changed overview waits for it to
// be computed again before it shows the rows kept.
const refreshWait = 250 * time.Millisecond

// refreshOverview computes the overview as of a day again, in the
// background, keeps it under stamp and closes done.
func (s *Server) refreshOverview(asOf, stamp string, done chan struct{}) {
	defer close(done)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	rows, err := s.overviewRows(ctx, Query{AsOf: asOf})
	s.overviewMu.Lock()
	defer s.overviewMu.Unlock()
	c := s.overviews[asOf]
	c.done = nil
	if err != nil {
		s.opt.Log.Error("overview refresh failed", "err", err)
	} else {
		c.stamp, c.rows = stamp, rows
	}
	s.overviews[asOf] = c
}

// Warm computes the overview the server opens with, so that its first
// request does not wait for a read of every observation.
func (s *Server) Warm(ctx context.Context) error {
	_, _, err := s.cachedOverview(ctx, s.opt.AsOf)
	return err
}

// row summarises one series.
func (s *Server) row(se model.Series) seriesRow {
	in := s.catalog[se.Indicator]
	name := in.Name(s.opt.Lang)
	if name == "" {
		name = se.Indicator
	}
	if se.Basis != "" {
		name += " (" + se.Basis + ")"
	}
	row := seriesRow{Name: name, Countries: s.countries(se.Entities), Points: len(se.Points), Anchor: "s-" + se.Key()}
	q := url.Values{}
	if len(se.Entities) > 0 {
		q.Set("entities", entityParam(se.Entities))
	}
	row.Link = "/indicator/" + url.PathEscape(se.Indicator)
	if len(q) > 0 {
		row.Link += "?" + q.Encode()
	}
	docs := map[string]bool{}
	for _, p := range se.Points {
		for _, r := range p.Records {
			docs[r.Doc] = true
		}
		if p.Conflict {
			row.Conflicts++
		}
	}
	row.Documents = len(docs)
	if n := len(se.Points); n > 0 {
		last := se.Points[n-1]
		row.Latest, row.Value = last.Period, headlineLabel(last, se.Unit, s.opt.Lang)
		if len(last.Records) > 0 {
			h := last.Records[0]
			row.Source, row.URL = cmpOr(h.Source, h.Title, h.Doc), safeURL(h.URL)
		}
	}
	row.Spark = sparkline(se)
	return row
}

func cmpOr(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// safeURL keeps only http and https links.
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Scheme != "http" && p.Scheme != "https" {
		return ""
	}
	return p.String()
}

// countries names an entity group in the page's language.
func (s *Server) countries(ents []string) string {
	names := make([]string, len(ents))
	for i, e := range ents {
		names[i] = charts.CountryName(e, s.opt.Lang)
	}
	return strings.Join(names, " – ")
}

// headlineLabel writes the headline value of pt as the charts label it,
// in lang, approximate or a bound as its headline record says.
func headlineLabel(pt model.Point, unit, lang string) string {
	var approx bool
	var bound string
	if len(pt.Records) > 0 {
		approx, bound = pt.Records[0].Approx, pt.Records[0].Bound
	}
	return charts.ValueLabel(pt.Headline, unit, lang, approx, bound)
}

// sparkline draws a series' headline values as a small inline SVG.
func sparkline(se model.Series) template.HTML {
	const w, h, pad = 120.0, 28.0, 3.0
	n := len(se.Points)
	if n == 0 {
		return ""
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range se.Points {
		lo, hi = math.Min(lo, p.Headline), math.Max(hi, p.Headline)
	}
	x := func(i int) float64 {
		if n == 1 {
			return w / 2
		}
		return pad + float64(i)*(w-2*pad)/float64(n-1)
	}
	y := func(v float64) float64 {
		if hi == lo {
			return h / 2
		}
		return h - pad - (v-lo)*(h-2*pad)/(hi-lo)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="spark" viewBox="0 0 %g %g" width="%g" height="%g" role="img" aria-hidden="true">`, w, h, w, h)
	if n > 1 {
		b.WriteString(`<polyline fill="none" stroke="#1f77b4" stroke-width="1.5" points="`)
		for i, p := range se.Points {
			fmt.Fprintf(&b, "%.1f,%.1f ", x(i), y(p.Headline))
		}
		b.WriteString(`"/>`)
	}
	last := se.Points[n-1]
	fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="2.5" fill="#1f77b4"/></svg>`, x(n-1), y(last.Headline))
	return template.HTML(b.String())
}

// overview serves GET /.
func (s *Server) overview(w http.ResponseWriter, r *http.Request) {
	asOf, err := s.asOf(r)
	if err != nil {
		http.Error(w, "400 bad request: "+err.Error(), http.StatusBadRequest)
		return
	}
	rows, stale, err := s.cachedOverview(r.Context(), asOf)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var all []indicatorLink
	for _, in := range s.opt.Catalog {
		all = append(all, indicatorLink{ID: in.ID, Name: in.Name(s.opt.Lang)})
	}
	s.render(w, r, "overview", page{Title: s.words.Overview, AsOf: asOf, Body: overviewBody{Rows: rows, Stale: stale, All: all}})
}

// render executes the named template into a buffer first, so that an
// error never sends half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, p page) {
	s.renderStatus(w, r, http.StatusOK, name, p)
}

// renderStatus is render answering with status code.
func (s *Server) renderStatus(w http.ResponseWriter, r *http.Request, code int, name string, p page) {
	p.Lang, p.W, p.CSRF, p.Back, p.Indicators = s.opt.Lang, s.words, s.csrf, r.URL.RequestURI(), s.opt.Catalog
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, name, p); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}

// obsRow is one observation of an indicator or document page.
type obsRow struct {
	Key                                   string
	Indicator, Countries, Period, Value   string
	Unit, Bound, Speaker, Published, Lang string
	Doc, DocLink, Title, URL              string
	Before, Figure, After                 string
	Approx, Conflict                      bool
	Confidence                            string
	Status, StatusClass, Review           string
	// Correction form defaults.
	RawValue, Entities, IndicatorID string
}

// indicatorBody is the indicator page.
type indicatorBody struct {
	ID, Name, Countries string
	Chart               template.HTML
	Groups              []seriesRow
	Rows                []obsRow
	Total, Page, Pages  int
	PrevLink, NextLink  string
	// The filters as asked.
	Country, Period, Lang, Status, MinConf string
	Entities                               string
}

// StatusWord is the page's word for a review status.
func (w labels) StatusWord(code string) string {
	switch code {
	case "accepted":
		return w.Accepted
	case "rejected":
		return w.Rejected
	case "corrected":
		return w.Corrected
	}
	return w.Unreviewed
}

// statusOf names a record's review status.
func statusOf(r model.Record) string {
	if r.Review == nil {
		return "unreviewed"
	}
	switch r.Review.Action {
	case model.ReviewAccept:
		return "accepted"
	case model.ReviewReject:
		return "rejected"
	}
	return "corrected"
}

// indicator serves GET /indicator/{id}.
func (s *Server) indicator(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	in, ok := s.catalog[id]
	if !ok {
		http.Error(w, fmt.Sprintf("404 not found: no indicator %q in the catalog", id), http.StatusNotFound)
		return
	}
	asOf, err := s.asOf(r)
	if err != nil {
		http.Error(w, "400 bad request: "+err.Error(), http.StatusBadRequest)
		return
	}
	qv := r.URL.Query()
	body := indicatorBody{ID: id, Name: in.Name(s.opt.Lang), Country: strings.ToUpper(qv.Get("country")), Period: qv.Get("period"),
		Lang: qv.Get("lang"), Status: qv.Get("status"), MinConf: qv.Get("min_confidence"), Entities: qv.Get("entities")}
	minConf := 0.0
	if body.MinConf != "" {
		if minConf, err = strconv.ParseFloat(body.MinConf, 64); err != nil {
			http.Error(w, fmt.Sprintf("400 bad request: min_confidence %q: want a number from 0 to 1", body.MinConf), http.StatusBadRequest)
			return
		}
	}
	q := Query{Indicator: id, AsOf: asOf, Rejected: true}
	if body.Entities != "" {
		q.Entities = parseEntities(body.Entities)
		body.Countries = s.countries(q.Entities)
	}
	var recs []model.Record
	var series []model.Series // of the observations not rejected: what the chart draws
	for g, err := range s.opt.Source.Groups(r.Context(), q) {
		if err != nil {
			s.fail(w, r, err)
			return
		}
		var kept []model.Record
		for _, rec := range g {
			if !rec.Rejected() {
				kept = append(kept, rec)
			}
		}
		for _, se := range model.BuildSeriesOwned(kept, s.opt.Rule) {
			body.Groups = append(body.Groups, s.row(se))
			series = append(series, se)
		}
		recs = append(recs, g...)
	}
	if len(series) == 1 {
		var buf bytes.Buffer
		if err := charts.RenderOne(r.Context(), &buf, in, series[0], "svg", s.opt.Charts); err == nil {
			body.Chart = inlineSVG(buf.Bytes())
		}
	}
	// Newest period first; the filters; then a page of them.
	slices.Reverse(recs)
	recs = slices.DeleteFunc(recs, func(rec model.Record) bool {
		return body.Country != "" && !slices.Contains(rec.Entities, body.Country) ||
			body.Period != "" && !strings.HasPrefix(rec.Period, body.Period) ||
			body.Lang != "" && rec.Lang != body.Lang ||
			body.Status != "" && statusOf(rec) != body.Status ||
			rec.Confidence < minConf
	})
	body.Total = len(recs)
	body.Pages = max(1, (len(recs)+pageSize-1)/pageSize)
	body.Page, _ = strconv.Atoi(qv.Get("page"))
	body.Page = min(max(body.Page, 1), body.Pages)
	pageRecs := recs[(body.Page-1)*pageSize : min(len(recs), body.Page*pageSize)]
	for _, rec := range pageRecs {
		row := s.obsRow(rec)
		row.Before, row.Figure, row.After = s.highlight(r.Context(), rec)
		body.Rows = append(body.Rows, row)
	}
	link := func(p int) string {
		v := url.Values{}
		for k, vs := range qv {
			v[k] = vs
		}
		v.Set("page", strconv.Itoa(p))
		return "/indicator/" + url.PathEscape(id) + "?" + v.Encode()
	}
	if body.Page > 1 {
		body.PrevLink = link(body.Page - 1)
	}
	if body.Page < body.Pages {
		body.NextLink = link(body.Page + 1)
	}
	title := body.Name
	if body.Countries != "" {
		title += " — " + body.Countries
	}
	s.render(w, r, "indicator", page{Title: title, AsOf: asOf, Body: body})
}

// svgProlog is what precedes the <svg> element in a chart file.
var svgProlog = regexp.MustCompile(`(?s)^.*?(<svg\b)`)

// inlineSVG is a chart's SVG file as an element of a page.
func inlineSVG(b []byte) template.HTML {
	return template.HTML(svgProlog.ReplaceAll(b, []byte("$1")))
}

// obsRow builds the row of one observation, without its sentence (see
// highlight).
func (s *Server) obsRow(r model.Record) obsRow {
	row := obsRow{Key: model.KeyOf(r).String(), Indicator: r.Indicator, Countries: s.countries(r.Entities), Period: r.Period,
		Value: charts.ValueLabel(r.Value, r.Unit, s.opt.Lang, r.Approx, r.Bound), Unit: r.Unit, Bound: r.Bound, Speaker: r.Speaker, Published: r.Published, Lang: r.Lang,
		Doc: r.Doc, DocLink: "/document?" + url.Values{"path": {r.Doc}}.Encode(), Title: cmpOr(r.Title, r.Doc), URL: safeURL(r.URL),
		Approx: r.Approx, Conflict: r.Conflict, Confidence: strconv.FormatFloat(r.Confidence, 'f', 2, 64),
		Status: statusOf(r), Review: r.Describe(), RawValue: strconv.FormatFloat(r.Value, 'f', -1, 64),
		Entities: entityParam(r.Entities), IndicatorID: r.Indicator}
	if r.Review != nil {
		row.Key = r.Review.ReviewKey.String() // the key as extracted, even after a correction
		if r.Review.By != "" {
			row.Review += " — " + r.Review.By + " " + r.Review.At.UTC().Format("2006-01-02 15:04")
		}
	}
	row.StatusClass = row.Status
	row.Status = s.words.StatusWord(row.Status)
	return row
}

// highlight cuts the record's sentence around its figure, found through
// the document's text at the record's span; the whole sentence is Before
// when the text is not at hand.
func (s *Server) highlight(ctx context.Context, r model.Record) (before, figure, after string) {
	text := s.text(ctx, model.Document{Path: r.Doc, Hash: r.DocHash})
	rs := []rune(text)
	if r.Span[0] < 0 || r.Span[1] > len(rs) || r.Span[0] >= r.Span[1] {
		return r.Quote, "", ""
	}
	fig := string(rs[r.Span[0]:r.Span[1]])
	// The sentence that holds the span: the occurrence of the quote that
	// starts at or before it and reaches past it.
	from := 0
	for {
		i := strings.Index(text[from:], r.Quote)
		if i < 0 {
			break
		}
		start := len([]rune(text[:from+i]))
		end := start + len([]rune(r.Quote))
		if start <= r.Span[0] && r.Span[1] <= end {
			q := []rune(r.Quote)
			return string(q[:r.Span[0]-start]), fig, string(q[r.Span[1]-start:])
		}
		if start > r.Span[0] {
			break
		}
		from += i + 1
	}
	if i := strings.Index(r.Quote, fig); i >= 0 && fig != "" {
		return r.Quote[:i], fig, r.Quote[i+len(fig):]
	}
	return r.Quote, "", ""
}

// textCache is how many documents' texts the server keeps.
const textCache = 64

// text returns the text of doc's stored version, "" when it cannot be
// read or the file has changed since.
func (s *Server) text(ctx context.Context, doc model.Document) string {
	if s.opt.Text == nil {
		return ""
	}
	s.textMu.Lock()
	t, ok := s.texts[doc.Hash]
	s.textMu.Unlock()
	if ok {
		return t
	}
	t, hash, err := s.opt.Text(ctx, doc.Path)
	if err != nil || hash != doc.Hash {
		t = ""
	}
	s.textMu.Lock()
	defer s.textMu.Unlock()
	if _, ok := s.texts[doc.Hash]; !ok {
		s.texts[doc.Hash] = t
		s.order = append(s.order, doc.Hash)
		if len(s.order) > textCache {
			delete(s.texts, s.order[0])
			s.order = s.order[1:]
		}
	}
	return t
}

// mark is a run of a document's text: plain, or a quantity with what
// became of it.
type mark struct {
	Text   string
	Class  string // "" for plain text, kept or dropped for a quantity
	Title  string
	Anchor string
}

// decisionRow is one quantity of a document page.
type decisionRow struct {
	Figure, Indicator, Step, Reason, Anchor string
	Obs                                     *obsRow
	// SameAs is the anchor of the figure whose observation this one
	// repeats ("" for the first).
	SameAs string
}

// documentBody is the document page.
type documentBody struct {
	Doc              model.Document
	URL              string
	Marks            []mark
	Decisions        []decisionRow
	Missing, Changed bool
}

// document serves GET /document?path=.
func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Query().Get("path")
	doc, ok, err := s.opt.Source.Document(r.Context(), path)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if !ok {
		http.Error(w, fmt.Sprintf("404 not found: no stored document %q", path), http.StatusNotFound)
		return
	}
	body := documentBody{Doc: doc, URL: safeURL(doc.URL)}
	var text string
	if s.opt.Text != nil {
		t, hash, err := s.opt.Text(r.Context(), doc.Path)
		if err != nil {
			body.Missing = true
		} else {
			text, body.Changed = t, hash != doc.Hash
		}
	} else {
		body.Missing = true
	}
	if text != "" && s.opt.Explain != nil {
		decisions, err := s.opt.Explain(r.Context(), doc.Path)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		reviews, err := s.opt.Source.Reviews(r.Context())
		if err != nil {
			s.fail(w, r, err)
			return
		}
		latest := model.LatestReviews(reviews)
		body.Marks, body.Decisions = s.marks(doc, text, decisions, latest)
	} else if text != "" {
		body.Marks = []mark{{Text: text}}
	}
	s.render(w, r, "document", page{Title: cmpOr(doc.Title, doc.Path), Body: body})
}

// marks cuts text into plain runs and the quantities of decisions, and
// lists the decisions with their observations as reviews left them.
func (s *Server) marks(doc model.Document, text string, decisions []indicators.Decision, reviews map[model.ReviewKey]model.Review) ([]mark, []decisionRow) {
	slices.SortStableFunc(decisions, func(a, b indicators.Decision) int { return a.Quantity.Start - b.Quantity.Start })
	rs := []rune(text)
	var marks []mark
	var rows []decisionRow
	first := map[string]string{} // observation key → anchor of its first figure
	at := 0
	for i, d := range decisions {
		anchor := fmt.Sprintf("q%d", i+1)
		row := decisionRow{Figure: d.Quantity.Text, Indicator: d.Indicator, Step: d.Step, Reason: d.Reason, Anchor: anchor}
		if row.Reason == row.Step {
			row.Reason = ""
		}
		if d.Observation != nil {
			rec := model.Record{Observation: *d.Observation, DocHash: doc.Hash, Published: doc.Published, Title: doc.Title, URL: doc.URL}
			if rv, ok := reviews[model.KeyOf(rec)]; ok {
				model.ApplyReview(&rec, rv)
			}
			o := s.obsRow(rec)
			row.Obs = &o
			// One observation, mentioned twice ("99%", then "about 99%"):
			// its review is on its first figure.
			if a, ok := first[o.Key]; ok {
				row.SameAs = a
			} else {
				first[o.Key] = anchor
			}
		}
		rows = append(rows, row)
		q := d.Quantity
		if q.Start < at || q.End > len(rs) || q.Start >= q.End {
			continue // overlaps the one before
		}
		if q.Start > at {
			marks = append(marks, mark{Text: string(rs[at:q.Start])})
		}
		class, title := "dropped", d.Step
		if d.Reason != "" {
			title += ": " + d.Reason
		}
		if d.Observation != nil {
			class, title = "kept", d.Observation.Indicator+" "+d.Observation.Period
		}
		marks = append(marks, mark{Text: string(rs[q.Start:q.End]), Class: class, Title: title, Anchor: anchor})
		at = q.End
	}
	if at < len(rs) {
		marks = append(marks, mark{Text: string(rs[at:])})
	}
	return marks, rows
}
