package workbook

import (
	"fmt"
	"iter"
	"math"
	"strings"
	"time"

	"github.com/econtrack/econtrack/model"
	"github.com/xuri/excelize/v2"
)

// Columns of an indicator sheet's table.
const (
	icDate = iota
	icPeriod
	icEntities
	icValue
	icUnit
	icApprox
	icBound
	icMentions
	icConfidence
	icConflict
	icSpeaker
	icDocument
	icPublished
	icQuote
)

var indCols = []label{lDate, lPeriod, lEntities, lValue, lUnit, lApprox, lBound, lMentions, lConfidence, lConflict, lSpeaker, lDocument, lPublished, lQuote}

// indHeaderRow is the row of an indicator sheet's column header, under the
// header block (name, id, unit, counts, headline rule).
const indHeaderRow = 7

// maxChartSeries is how many series (entity groups) a chart draws; the
// table beside it has them all.
const maxChartSeries = 10

// Columns of the Observations sheet: every field of CONTRACT.md section 2
// and the document's provenance.
const (
	ocDocument = iota
	ocIndicator
	ocEntities
	ocPeriod
	ocDate
	ocValue
	ocUnit
	ocApprox
	ocBound
	ocLang
	ocQuote
	ocSpanStart
	ocSpanEnd
	ocSpeaker
	ocMentions
	ocConfidence
	ocDerivedFrom
	ocConflict
	ocPublished
	ocTitle
	ocURL
	ocDocHash
	ocBasis
	ocReview
)

var obsCols = []label{lDocument, lIndicator, lEntities, lPeriod, lDate, lValue, lUnit, lApprox, lBound, lLang, lQuote, lSpanStart, lSpanEnd, lSpeaker, lMentions, lConfidence, lDerivedFrom, lConflict, lPublished, lTitle, lURL, lDocHash, lObsBasis, lReview}

// Columns of the Documents sheet.
const (
	dcPath = iota
	dcTitle
	dcLang
	dcPublished
	dcSource
	dcURL
	dcHash
	dcStatus
	dcReason
	dcObservations
	dcFirstSeen
	dcLastSeen
)

var docCols = []label{lPath, lTitle, lLang, lPublished, lSource, lURL, lDocHash, lStatus, lReason, lObservations, lFirstSeen, lLastSeen}

// Columns of the Conflicts sheet; then Value, Flag, Documents, Speaker and
// Quote for each distinct value.
const (
	ccIndicator = iota
	ccEntities
	ccPeriod
	ccUnit
	ccHeadline
	ccValues
	confFixed
)

// build writes every sheet: the plan pass, then the streaming pass.
func (b *builder) build(recs iter.Seq2[model.Record, error]) error {
	var err error
	if b.st, err = newStyles(b.f, b.rtl); err != nil {
		return err
	}
	if err := b.plan(recs); err != nil {
		return err
	}
	if err := b.planDocuments(); err != nil {
		return err
	}
	if err := b.createSheets(); err != nil {
		return err
	}
	if err := b.writeAbout(); err != nil {
		return err
	}
	if err := b.writeIndicators(); err != nil {
		return err
	}
	if err := b.writeData(); err != nil {
		return err
	}
	if err := b.writeRecords(recs); err != nil {
		return err
	}
	if err := b.writeDocuments(); err != nil {
		return err
	}
	// About, the first sheet, is the active one already: SetActiveSheet
	// would parse every streamed sheet back.
	// The properties a forwarded file is catalogued by: what it is, who
	// made it and when, how to cite it.
	made := b.meta.GeneratedAt.UTC().Format("2006-01-02T15:04:05Z")
	return b.f.SetDocProps(&excelize.DocProperties{
		Title:          lAboutTitle.text(b.li),
		Subject:        lSubject.text(b.li),
		Creator:        "econtrack " + b.meta.Version,
		LastModifiedBy: "econtrack " + b.meta.Version,
		Created:        made,
		Modified:       made,
		Keywords:       "economic indicators; news; econtrack",
		Category:       "statistics",
		Description:    fmt.Sprintf(lDescription.text(b.li), b.docCount, b.total, b.meta.GeneratedAt.UTC().Format("2006-01-02"), b.meta.Version),
		Language:       b.langTag(),
	})
}

func (b *builder) langTag() string {
	return [...]string{"en", "ar", "ru"}[b.li]
}

func (b *builder) hdr(cols []label) []any {
	out := make([]any, len(cols))
	for i, c := range cols {
		out[i] = c.text(b.li)
	}
	return out
}

// fitted turns measured text widths into column widths, no narrower than
// the headers; date columns get room for a date.
func fitted(w widths, headers []any, dateCols ...int) []float64 {
	out := make([]float64, len(w))
	for i := range w {
		n := max(w[i], len([]rune(fmt.Sprint(headers[i]))))
		out[i] = width(n)
	}
	for _, c := range dateCols {
		out[c] = max(out[c], 12)
	}
	return out
}

// createSheets names every sheet and creates them in workbook order.
func (b *builder) createSheets() error {
	about := b.names.unique(lSheetAbout.text(b.li))
	inds := b.names.unique(lSheetIndicators.text(b.li))
	b.obsSheets = b.planParts(lSheetObservations.text(b.li), b.total, 1)
	b.docSheets = b.planParts(lSheetDocuments.text(b.li), b.docCount+len(b.skippedFiles), 1)
	b.confSheets = b.planParts(lSheetConflicts.text(b.li), b.conflictPoints, 1)
	for _, ip := range b.indOrder {
		if ip.count > 0 {
			ip.sheets = b.planParts(ip.ind.Name(b.langTag()), ip.count, indHeaderRow)
		}
	}
	if err := b.f.SetSheetName("Sheet1", about); err != nil {
		return fmt.Errorf("sheet %s: %w", about, err)
	}
	order := []string{inds}
	// The Data sheets, one per frequency with data, after the dictionary.
	b.data, b.dataSheets = b.collectData(), map[granularity]string{}
	for _, fr := range frequencies {
		if len(b.data[fr.g]) > 0 {
			b.dataSheets[fr.g] = b.names.unique(lSheetData.text(b.li) + " (" + fr.label.text(b.li) + ")")
			order = append(order, b.dataSheets[fr.g])
		}
	}
	for _, ip := range b.indOrder {
		order = append(order, ip.sheets...)
	}
	order = append(order, b.obsSheets...)
	order = append(order, b.docSheets...)
	order = append(order, b.confSheets...)
	for _, name := range order {
		if _, err := b.f.NewSheet(name); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	if b.rtl {
		rtl := true
		views := []string{about, inds}
		for _, name := range b.dataSheets {
			views = append(views, name)
		}
		for _, name := range views {
			if err := b.f.SetSheetView(name, -1, &excelize.ViewOptions{RightToLeft: &rtl}); err != nil {
				return fmt.Errorf("sheet %s: %w", name, err)
			}
		}
	}
	return nil
}

// str is s as a cell value, nil (no cell) when empty.
func str(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// publishedCell is a publication date as a date cell, or as the text given
// when it is not an ISO date.
func (b *builder) publishedCell(s string) any {
	if v, g := publishedDate(s); g != gNone {
		return b.st.dateCell(v, g)
	}
	return str(s)
}

func (b *builder) valueCell(unit string, v float64) (any, error) {
	id, err := b.st.value(unit, v)
	if err != nil {
		return nil, err
	}
	return excelize.Cell{StyleID: id, Value: v}, nil
}

// setCell sets one cell of a sheet written cell by cell (not streamed),
// with its style when style is not 0.
func (b *builder) setCell(sheet string, col, row int, v any, style int) error {
	cell := cellName(col, row)
	if err := b.f.SetCellValue(sheet, cell, v); err != nil {
		return err
	}
	if style != 0 {
		return b.f.SetCellStyle(sheet, cell, cell, style)
	}
	return nil
}

// writeAbout writes the About sheet.
func (b *builder) writeAbout() error {
	sheet := b.f.GetSheetName(0)
	row := 1
	set := func(col int, v any, style int) error { return b.setCell(sheet, col, row, v, style) }
	if err := set(1, lAboutTitle.text(b.li), b.st.title); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	row = 3
	pairs := []struct {
		l     label
		v     any
		style int
	}{
		{lGeneratedAt, timeSerial(b.meta.GeneratedAt), b.st.dates[gDateTime]},
		{lVersion, b.meta.Version, 0},
		{lConfigFile, baseName(b.meta.ConfigFile), 0}, // the name, not the machine's path
		{lConfigHash, b.meta.ConfigHash, 0},
		{lCorpus, baseName(b.meta.Corpus), 0},
		{lHeadlineRule, string(b.rule), 0},
		{lCountDocuments, b.docCount, 0},
		{lCountObservations, b.total, 0},
		{lCountConflicts, b.conflictPoints, 0},
		{lCountConflictObs, b.conflictObs, 0},
		{lCountSkipped, len(b.meta.Skipped), 0},
	}
	for _, p := range pairs {
		if err := set(1, p.l.text(b.li), b.st.bold); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		if s, ok := p.v.(string); ok && s == "" {
			row++
			continue
		}
		if err := set(2, p.v, p.style); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		row++
	}
	row++
	if err := set(1, lHowToRead.text(b.li), b.st.title); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	row++
	for _, l := range []label{lHelpIndicators, lHelpIndicatorSheets, lHelpObservations, lHelpDocuments, lHelpConflicts, lHelpDates} {
		if err := set(1, l.text(b.li), 0); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		row++
	}
	if err := b.f.SetColWidth(sheet, "A", "A", 30); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	if err := b.f.SetColWidth(sheet, "B", "B", 60); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	if err := b.pageSetup(sheet, 0); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	return nil
}

// writeIndicators writes the catalog as a data dictionary.
func (b *builder) writeIndicators() error {
	sheet := b.f.GetSheetName(1)
	cols := []label{lID, lNameEN, lNameAR, lNameRU, lUnit, lEntities, lKind, lObservations, lFirstPeriod, lLastPeriod, lSheet}
	headers := b.hdr(cols)
	w := make(widths, len(cols))
	rows := [][]any{}
	for _, ip := range b.indOrder {
		in := ip.ind
		kind := lRead.text(b.li)
		if in.Derived {
			kind = lDerived.text(b.li)
		}
		var sheetName any
		if len(ip.sheets) > 0 {
			sheetName = ip.sheets[0]
		}
		row := []any{in.ID, str(in.Names["en"]), str(in.Names["ar"]), str(in.Names["ru"]), str(in.Unit), in.Entities, kind, ip.count, str(periodText(ip.first)), str(periodText(ip.last)), sheetName}
		for i, v := range row {
			if v != nil {
				w.see(i, fmt.Sprint(v))
			}
		}
		rows = append(rows, row)
	}
	f := b.f
	if err := f.SetSheetRow(sheet, "A1", &headers); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	if err := f.SetCellStyle(sheet, "A1", cellName(len(cols), 1), b.st.header); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	for i, row := range rows {
		r := i + 2
		if err := f.SetSheetRow(sheet, cellName(1, r), &row); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		if name, ok := row[len(row)-1].(string); ok {
			cell := cellName(len(cols), r)
			if err := f.SetCellHyperLink(sheet, cell, sheetRef(name)+"!A1", "Location"); err != nil {
				return fmt.Errorf("sheet %s: %w", sheet, err)
			}
			if err := f.SetCellStyle(sheet, cell, cell, b.st.link); err != nil {
				return fmt.Errorf("sheet %s: %w", sheet, err)
			}
		}
	}
	for i, wd := range fitted(w, headers) {
		c := colName(i + 1)
		if err := f.SetColWidth(sheet, c, c, wd); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	ref := "A1:" + cellName(len(cols), max(2, len(rows)+1))
	if err := f.AutoFilter(sheet, ref, nil); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	if err := b.pageSetup(sheet, 1); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	return nil
}

// recordWriter is the state of the streaming pass.
type recordWriter struct {
	b    *builder
	obs  *stream
	conf *stream
	ind  *stream
	ip   *indPlan
	n    int // records of the current indicator written
}

// writeRecords is the second pass: the Observations, indicator and
// Conflicts sheets, streamed side by side.
func (b *builder) writeRecords(recs iter.Seq2[model.Record, error]) error {
	obsHdr := b.hdr(obsCols)
	rw := &recordWriter{
		b:   b,
		obs: b.newStream(b.obsSheets, 1, obsHdr, fitted(b.obsW, obsHdr, ocDate, ocPublished), b.total),
	}
	confHdr := b.hdr([]label{lIndicator, lEntities, lPeriod, lUnit, lHeadline, lValues})
	for i := 1; i <= max(1, b.maxValues); i++ {
		confHdr = append(confHdr,
			fmt.Sprintf("%s %d", lValue.text(b.li), i),
			fmt.Sprintf("%s %d", lFlag.text(b.li), i),
			fmt.Sprintf("%s %d", lDocuments.text(b.li), i),
			fmt.Sprintf("%s %d", lSpeaker.text(b.li), i),
			fmt.Sprintf("%s %d", lQuote.text(b.li), i))
	}
	rw.conf = b.newStream(b.confSheets, 1, confHdr, fitted(b.confW[:len(confHdr)], confHdr), b.conflictPoints)

	written := 0
	err := b.groups(recs, func(g group) error {
		for _, p := range b.points(g) {
			if p.conflict {
				if err := rw.conflictRow(p); err != nil {
					return err
				}
			}
			for _, r := range p.records {
				written++
				if err := rw.record(r, p.conflict || r.Conflict); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if written != b.total {
		return fmt.Errorf("records changed between passes: %d then %d", b.total, written)
	}
	if err := rw.endIndicator(); err != nil {
		return err
	}
	if err := rw.obs.end(); err != nil {
		return err
	}
	return rw.conf.end()
}

// record writes r on the Observations sheet and its indicator's sheet.
// The cells are encoded directly, in column order, without going through
// []any: the two rows are a million times 34 cells.
func (rw *recordWriter) record(r model.Record, conflict bool) error {
	b := rw.b
	if rw.ip == nil || rw.ip.ind.ID != r.Indicator {
		if err := rw.endIndicator(); err != nil {
			return err
		}
		rw.startIndicator(b.inds[r.Indicator])
	}
	link := webLink(r.URL)
	date, g := periodDate(r.Period)
	vstyle, err := b.st.value(r.Unit, r.Value)
	if err != nil {
		return err
	}
	ents := entitiesText(r.Entities)
	pub, pubG := publishedDate(r.Published)
	published := func(e *rowEnc, col int) {
		if pubG != gNone {
			e.num(col, b.st.dates[pubG], pub)
		} else {
			e.optStr(col, 0, r.Published)
		}
	}
	flag := b.st.flag

	e, err := rw.obs.next()
	if err != nil {
		return err
	}
	rw.obs.link(ocDocument+1, r.Doc, link)
	e.str(ocIndicator+1, 0, r.Indicator)
	e.optStr(ocEntities+1, 0, ents)
	e.optStr(ocPeriod+1, 0, periodText(r.Period))
	if g != gNone {
		e.num(ocDate+1, b.st.dates[g], date)
	}
	e.num(ocValue+1, vstyle, r.Value)
	e.optStr(ocUnit+1, 0, r.Unit)
	e.bool(ocApprox+1, flag, r.Approx)
	e.optStr(ocBound+1, 0, r.Bound)
	e.optStr(ocLang+1, 0, r.Lang)
	e.optStr(ocQuote+1, b.st.quote, r.Quote)
	e.int(ocSpanStart+1, 0, int64(r.Span[0]))
	e.int(ocSpanEnd+1, 0, int64(r.Span[1]))
	e.optStr(ocSpeaker+1, 0, r.Speaker)
	e.int(ocMentions+1, 0, int64(r.Mentions))
	e.num(ocConfidence+1, 0, r.Confidence)
	if len(r.DerivedFrom) > 0 {
		e.optStr(ocDerivedFrom+1, 0, strings.Join(r.DerivedFrom, "; "))
	}
	e.bool(ocConflict+1, flag, conflict)
	published(e, ocPublished+1)
	e.optStr(ocTitle+1, 0, r.Title)
	e.optStr(ocURL+1, 0, r.URL)
	e.optStr(ocDocHash+1, 0, r.DocHash)
	if r.Basis != "" {
		e.optStr(ocBasis+1, 0, basisLabel(r.Basis).text(b.li))
	}
	e.optStr(ocReview+1, 0, r.Describe())
	rw.obs.done()

	if e, err = rw.ind.next(); err != nil {
		return err
	}
	if g != gNone {
		e.num(icDate+1, b.st.dates[g], date)
	}
	e.optStr(icPeriod+1, 0, periodText(r.Period))
	e.optStr(icEntities+1, 0, ents)
	e.num(icValue+1, vstyle, r.Value)
	e.optStr(icUnit+1, 0, b.unitText(r))
	e.bool(icApprox+1, flag, r.Approx)
	e.optStr(icBound+1, 0, r.Bound)
	e.int(icMentions+1, 0, int64(r.Mentions))
	e.num(icConfidence+1, 0, r.Confidence)
	e.bool(icConflict+1, flag, conflict)
	e.optStr(icSpeaker+1, 0, r.Speaker)
	rw.ind.link(icDocument+1, r.Doc, link)
	published(e, icPublished+1)
	e.optStr(icQuote+1, b.st.quote, r.Quote)
	if err := rw.seriesRow(e, rw.n); err != nil {
		return err
	}
	rw.n++
	rw.ind.done()
	return nil
}

// seriesCol is the first column (1-based) of the series table.
func seriesCol() int { return len(indCols) + 2 }

// seriesRow writes the i-th row of the headline series table beside the
// observations.
func (rw *recordWriter) seriesRow(e *rowEnc, i int) error {
	ip := rw.ip
	if i >= len(ip.periods) || len(ip.series) == 0 {
		return nil
	}
	col := seriesCol()
	// A real date (the period's first day, shown at its granularity), so
	// the chart's category axis is a time axis: 2024, 2024 Q2 and 2025 Q1
	// are not spaced evenly.
	if d, g := periodDate(ip.periods[i]); g != gNone {
		e.num(col, rw.b.st.dates[g], d)
	} else {
		e.str(col, 0, periodText(ip.periods[i]))
	}
	for j, sp := range ip.series {
		if v, ok := sp.points[ip.periods[i]]; ok {
			id, err := rw.b.st.value(sp.unit, v)
			if err != nil {
				return err
			}
			e.num(col+1+j, id, v)
		}
	}
	return nil
}

// unitText is a record's unit on its indicator sheet, with its basis when
// that is not the indicator's own: "percent (quarter on quarter)".
func (b *builder) unitText(r model.Record) string {
	return r.Unit + basisNote(r.Basis, b.li)
}

// seriesName labels a series: its entities, its basis when not the
// indicator's own, and its unit when the indicator has several.
func (ip *indPlan) seriesName(sp *seriesPlan, lang string, li int) string {
	name := entitiesText(sp.entities)
	if name == "" {
		name = ip.ind.Name(lang)
	}
	name += basisNote(sp.basis, li)
	for _, o := range ip.series {
		if o.unit != sp.unit {
			return name + " (" + sp.unit + ")"
		}
	}
	return name
}

// startIndicator opens the sheet of ip.
func (rw *recordWriter) startIndicator(ip *indPlan) {
	b := rw.b
	rw.ip, rw.n = ip, 0
	headers := b.hdr(indCols)
	w := fitted(ip.w, headers, icDate, icPublished)
	if len(ip.series) > 0 {
		headers = append(headers, nil, lPeriod.text(b.li))
		w = append(w, 3, max(10, w[icPeriod]))
		for _, sp := range ip.series {
			name := ip.seriesName(sp, b.langTag(), b.li)
			headers = append(headers, name)
			w = append(w, max(width(len([]rune(name))), w[icValue]))
		}
	}
	s := b.newStream(ip.sheets, indHeaderRow, headers, w, ip.count)
	s.cols = len(indCols)
	s.above = rw.indicatorHeader
	s.finish = rw.chart
	rw.ind = s
}

// indicatorHeader writes the header block of an indicator sheet.
func (rw *recordWriter) indicatorHeader(sw *excelize.StreamWriter, part int) (int, error) {
	b, ip := rw.b, rw.ip
	rows := [][]any{
		{excelize.Cell{StyleID: b.st.title, Value: ip.ind.Name(b.langTag())}},
		{excelize.Cell{StyleID: b.st.bold, Value: lID.text(b.li)}, nil, ip.ind.ID},
		{excelize.Cell{StyleID: b.st.bold, Value: lUnit.text(b.li)}, nil, str(ip.ind.Unit)},
		{excelize.Cell{StyleID: b.st.bold, Value: lObservations.text(b.li)}, nil, fmt.Sprintf(lObsFromDocs.text(b.li), ip.count, len(ip.docs))},
		{excelize.Cell{StyleID: b.st.bold, Value: lHeadlineRule.text(b.li)}, nil, string(b.rule)},
	}
	for i, r := range rows {
		if err := sw.SetRow(cellName(1, i+1), r); err != nil {
			return 0, err
		}
	}
	return len(rows), nil
}

// chart adds the line chart of the headline series beside the series
// table of an indicator's first sheet.
func (rw *recordWriter) chart(sheet string, part int) error {
	b, ip := rw.b, rw.ip
	if part != 0 || len(ip.periods) == 0 || len(ip.series) == 0 {
		return nil
	}
	first, last := indHeaderRow+1, indHeaderRow+len(ip.periods)
	pc := seriesCol() // the Period column of the series table
	ref := sheetRef(sheet)
	col := func(c int) string { return colName(c) }
	// One chart per unit: rupees and dollars on one axis flatten the
	// smaller to zero. Charts are stacked beside the series table.
	var units []string
	byUnit := map[string][]int{}
	for i, sp := range ip.series[:min(len(ip.series), maxChartSeries)] {
		if _, ok := byUnit[sp.unit]; !ok {
			units = append(units, sp.unit)
		}
		byUnit[sp.unit] = append(byUnit[sp.unit], i)
	}
	dark := excelize.Font{Color: "404040", Size: 9}
	for k, unit := range units {
		var series []excelize.ChartSeries
		var maxAbs float64
		for _, i := range byUnit[unit] {
			c := pc + 1 + i
			series = append(series, excelize.ChartSeries{
				Name:       fmt.Sprintf("%s!$%s$%d", ref, col(c), indHeaderRow),
				Categories: fmt.Sprintf("%s!$%s$%d:$%s$%d", ref, col(pc), first, col(pc), last),
				Values:     fmt.Sprintf("%s!$%s$%d:$%s$%d", ref, col(c), first, col(c), last),
				Marker:     excelize.ChartMarker{Symbol: "circle", Size: 5},
			})
			for _, v := range ip.series[i].points {
				maxAbs = max(maxAbs, math.Abs(v))
			}
		}
		title := ip.ind.Name(b.langTag())
		if unit != "" {
			title += " (" + unit + ")"
		}
		anchor := cellName(pc+len(ip.series)+2, 1+k*20)
		err := b.f.AddChart(sheet, anchor, &excelize.Chart{
			Type:         excelize.Line,
			Series:       series,
			Title:        excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title, Font: &excelize.Font{Bold: true, Size: 12}}}},
			Legend:       excelize.ChartLegend{Position: "bottom"},
			Dimension:    excelize.ChartDimension{Width: 720, Height: 380},
			ShowBlanksAs: "gap",
			Format:       excelize.GraphicOptions{OffsetX: 8, OffsetY: 8, AltText: title},
			XAxis:        excelize.ChartAxis{Font: dark, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "yyyy-mm"}, TickLabelPosition: excelize.ChartTickLabelLow},
			YAxis:        excelize.ChartAxis{MajorGridLines: true, Font: dark, NumFmt: excelize.ChartNumFmt{CustomNumFmt: chartNumFmt(unit, maxAbs)}},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// chartNumFmt is the value axis format of a native chart: "12.5%" (values
// are stored as 12.5 for 12.5 %), money scaled to "240 bn", counts whole.
func chartNumFmt(unit string, maxAbs float64) string {
	switch {
	case unit == "percent":
		return `0.0"%"`
	case unit == "days" || unit == "months" || unit == "ordinal":
		return "0"
	case maxAbs >= 1e12:
		return `#,##0.0,,,," tn"`
	case maxAbs >= 1e9:
		return `#,##0.0,,," bn"`
	case maxAbs >= 1e6:
		return `#,##0.0,," m"`
	}
	return "#,##0"
}

// endIndicator finishes the current indicator's sheets.
func (rw *recordWriter) endIndicator() error {
	if rw.ind == nil {
		return nil
	}
	err := rw.ind.end()
	rw.ind, rw.ip = nil, nil
	return err
}

// conflictRow writes one conflicting period, its values side by side.
func (rw *recordWriter) conflictRow(p point) error {
	b := rw.b
	r0 := p.records[0]
	vals := conflictValues(p)
	head, err := b.valueCell(p.unit, p.headline)
	if err != nil {
		return err
	}
	row := []any{r0.Indicator, str(entitiesText(r0.Entities)), str(periodText(r0.Period)), str(p.unit), head, len(vals)}
	for _, v := range vals[:min(len(vals), maxConflictValues)] {
		c, err := b.valueCell(p.unit, v.Value)
		if err != nil {
			return err
		}
		r := v.Records[0]
		row = append(row, c, str(flag(r.Approx, r.Bound)), strings.Join(v.Documents(), "; "), str(r.Speaker), str(r.Quote))
	}
	return rw.conf.add(row, 0, "")
}

// docStatus is what the Documents sheet says of d.
func (b *builder) docStatus(d model.Document) string {
	switch {
	case d.Removed:
		return lRemoved.text(b.li)
	case d.SkipReason != "":
		return lSkipped.text(b.li) // still in the corpus, its last observations kept
	case b.meta.Status[d.Path] == "new":
		return lNew.text(b.li)
	case b.meta.Status[d.Path] == "unchanged":
		return lUnchanged.text(b.li)
	}
	return lStored.text(b.li)
}

// planDocuments is the documents' first pass: it counts them, fits the
// Documents columns and finds the skipped files never stored (a stored
// document that could not be read is one row, with its reason).
func (b *builder) planDocuments() error {
	stored := map[string]bool{}
	for _, sk := range b.meta.Skipped {
		stored[sk.File] = false
	}
	b.docCount = 0
	for d, err := range b.docs {
		if err != nil {
			return err
		}
		b.docCount++
		if _, ok := stored[d.Path]; ok {
			stored[d.Path] = true
		}
		b.docW.see(dcPath, d.Path)
		b.docW.see(dcTitle, d.Title)
		b.docW.see(dcPublished, d.Published)
		b.docW.see(dcSource, d.Source)
		b.docW.see(dcURL, d.URL)
		b.docW.see(dcHash, d.Hash)
		b.docW.see(dcStatus, b.docStatus(d))
		b.docW.see(dcReason, d.SkipReason)
	}
	b.skippedFiles = nil
	for _, sk := range b.meta.Skipped {
		if !stored[sk.File] {
			b.skippedFiles = append(b.skippedFiles, sk)
			b.docW.see(dcPath, sk.File)
			b.docW.see(dcStatus, lSkipped.text(b.li))
			b.docW.see(dcReason, sk.Reason)
		}
	}
	return nil
}

// writeDocuments writes every document read and every file skipped.
func (b *builder) writeDocuments() error {
	headers := b.hdr(docCols)
	reason := func(d model.Document) any {
		if d.SkipReason == "" {
			return nil
		}
		return str(d.SkipReason + " (since " + d.SkippedSince.UTC().Format("2006-01-02 15:04") + " UTC)")
	}
	ws := fitted(b.docW, headers, dcPublished, dcFirstSeen, dcLastSeen)
	for _, c := range []int{dcFirstSeen, dcLastSeen} {
		ws[c] = max(ws[c], 17) // "yyyy-mm-dd hh:mm"
	}
	s := b.newStream(b.docSheets, 1, headers, ws, b.docCount+len(b.skippedFiles))
	seen := func(t time.Time) any {
		if t.IsZero() {
			return nil
		}
		return excelize.Cell{StyleID: b.st.dates[gDateTime], Value: timeSerial(t)}
	}
	written := 0
	for d, err := range b.docs {
		if err != nil {
			return err
		}
		if written++; written > b.docCount {
			break
		}
		row := []any{
			excelize.Cell{Value: d.Path}, str(d.Title), str(d.Lang), b.publishedCell(d.Published),
			str(d.Source), str(d.URL), str(d.Hash), b.docStatus(d), reason(d), b.docObs[d.Path],
			seen(d.FirstSeen), seen(d.LastSeen),
		}
		if err := s.add(row, dcPath+1, webLink(d.URL)); err != nil {
			return err
		}
	}
	if written != b.docCount {
		return fmt.Errorf("documents changed between passes: %d then %d", b.docCount, written)
	}
	for _, sk := range b.skippedFiles {
		row := []any{
			excelize.Cell{Value: sk.File}, nil, nil, nil, nil, nil, nil, lSkipped.text(b.li), str(sk.Reason), 0,
		}
		if err := s.add(row, dcPath+1, ""); err != nil {
			return err
		}
	}
	return s.end()
}
