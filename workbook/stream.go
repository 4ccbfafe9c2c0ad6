package workbook

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

func pathDir(p string) string { return filepath.Dir(p) }

// stream writes one table over one or more sheets with a StreamWriter,
// moving on to the next sheet at Excel's row limit. It keeps excelize's
// order rules: the sheet view before the writer is made, panes and column
// widths before the first row, hyperlinks, autofilter and charts after the
// rows but before Flush.
type stream struct {
	b       *builder
	sheets  []string
	part    int
	sw      *excelize.StreamWriter
	row     int // last row written on the current sheet
	hdrRow  int // row of the column header
	headers []any
	widths  []float64
	cols    int // columns under the autofilter
	// rowsPerPart is how many data rows fit on one sheet.
	rowsPerPart int
	// partRows is the number of data rows each part will get, from the
	// plan; it decides between real and formula hyperlinks.
	partRows []int
	links    []pendingLink
	// above writes rows above the header on a new sheet and returns the
	// last row it used; nil for none.
	above func(sw *excelize.StreamWriter, part int) (int, error)
	// finish runs before a sheet is flushed (charts).
	finish func(sheet string, part int) error
	// raw takes the data rows of the current sheet, encoded by enc.
	raw *rawRows
	enc rowEnc
}

// pendingLink is a real hyperlink to add before the sheet is flushed.
type pendingLink struct {
	cell, target string
}

// planParts returns the sheet names for a table of n data rows starting
// under hdrRow, reserving them: name, then "name (2)"….
func (b *builder) planParts(name string, n, hdrRow int) []string {
	per := b.opt.maxRows - hdrRow
	parts := max(1, (n+per-1)/per)
	out := []string{b.names.unique(name)}
	for i := 2; i <= parts; i++ {
		out = append(out, b.names.unique(fmt.Sprintf("%s (%d)", name, i)))
	}
	return out
}

// partSizes splits n data rows over the parts of a table.
func partSizes(n, per, parts int) []int {
	out := make([]int, parts)
	for i := range out {
		out[i] = min(per, n)
		n -= out[i]
	}
	return out
}

// newStream prepares a table; the first sheet starts with the first row.
func (b *builder) newStream(sheets []string, hdrRow int, headers []any, widths []float64, n int) *stream {
	per := b.opt.maxRows - hdrRow
	return &stream{
		b:           b,
		sheets:      sheets,
		part:        -1,
		hdrRow:      hdrRow,
		headers:     headers,
		widths:      widths,
		cols:        len(headers),
		rowsPerPart: per,
		partRows:    partSizes(n, per, len(sheets)),
	}
}

// realLinks reports whether the current part gets real hyperlinks.
func (s *stream) realLinks() bool {
	return s.partRows[s.part] <= s.b.opt.linkLimit
}

// start begins the next sheet: view, writer, panes, widths, header.
func (s *stream) start() error {
	s.part++
	if s.part >= len(s.sheets) {
		return fmt.Errorf("sheet %s: more rows than planned", s.sheets[0])
	}
	sheet := s.sheets[s.part]
	if s.b.rtl {
		rtl := true
		if err := s.b.f.SetSheetView(sheet, -1, &excelize.ViewOptions{RightToLeft: &rtl}); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	if err := s.b.pageSetup(sheet, s.hdrRow); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	// Only the table prints: an indicator's series table and chart beside
	// it are for the screen, and one page wide with them the text would
	// shrink to nothing.
	if err := s.b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: fmt.Sprintf("%s!$A:$%s", sheetRef(sheet), colName(s.cols)), Scope: sheet}); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	sw, err := s.b.f.NewStreamWriter(sheet)
	if err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	s.sw, s.row, s.links = sw, 0, nil
	if err := sw.SetPanes(&excelize.Panes{
		Freeze:      true,
		YSplit:      s.hdrRow,
		TopLeftCell: cellName(1, s.hdrRow+1),
		ActivePane:  "bottomLeft",
	}); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	// excelize puts each new <col> first; Excel wants them ascending.
	for i := len(s.widths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, s.widths[i]); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	if s.above != nil {
		if s.row, err = s.above(sw, s.part); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	hdr := make([]any, len(s.headers))
	for i, h := range s.headers {
		hdr[i] = excelize.Cell{StyleID: s.b.st.header, Value: h}
	}
	if err := sw.SetRow(cellName(1, s.hdrRow), hdr, excelize.RowOpts{StyleID: s.b.st.header}); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	s.row = s.hdrRow
	if s.partRows[s.part] > 0 {
		raw, err := s.b.newRaw()
		if err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		// The marker row stands for the data rows until the archive is
		// written (see spliceZip).
		if err := sw.SetRow(cellName(1, s.hdrRow+1), []any{raw.token}); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		s.raw = raw
		s.enc.buf = raw.buf
	}
	return nil
}

// add writes the next data row; link, if not empty, is the target of the
// cell in column linkCol (1-based), which must hold an excelize.Cell whose
// Value is the text shown.
func (s *stream) add(values []any, linkCol int, link string) error {
	e, err := s.next()
	if err != nil {
		return err
	}
	for i, v := range values {
		if link != "" && i == linkCol-1 {
			s.link(i+1, fmt.Sprint(v.(excelize.Cell).Value), link)
			continue
		}
		e.value(i+1, v)
	}
	s.done()
	return nil
}

// next starts the next data row, moving on to the next sheet when this one
// is full, and returns the encoder to write its cells with, in column
// order; done ends the row.
func (s *stream) next() (*rowEnc, error) {
	if s.sw == nil || s.row-s.hdrRow >= s.rowsPerPart {
		if err := s.close(); err != nil {
			return nil, err
		}
		if err := s.start(); err != nil {
			return nil, err
		}
	}
	if s.raw == nil {
		return nil, fmt.Errorf("sheet %s: more rows than planned", s.sheets[s.part])
	}
	s.row++
	s.enc.beginRow(s.row)
	return &s.enc, nil
}

// done ends the row begun by next.
func (s *stream) done() {
	s.enc.endRow()
	s.raw.buf = s.enc.buf
	s.raw.maybeSend()
	s.enc.buf = s.raw.buf
}

// link writes a document cell in column col of the current row showing
// text and linking to target: a real hyperlink on small sheets, a
// HYPERLINK formula on big ones, plain text without a target.
func (s *stream) link(col int, text, target string) {
	switch {
	case target == "":
		s.enc.str(col, 0, text)
	case s.realLinks():
		s.links = append(s.links, pendingLink{cell: cellName(col, s.row), target: target})
		s.enc.str(col, s.b.st.link, text)
	default:
		s.enc.hyperlink(col, s.b.st.link, target, text)
	}
}

// close finishes the current sheet, if any: hyperlinks, autofilter, the
// finish hook, then Flush.
func (s *stream) close() error {
	if s.sw == nil {
		return nil
	}
	sheet := s.sheets[s.part]
	f := s.b.f
	if s.raw != nil {
		s.raw.buf = s.enc.buf
		s.enc.buf = nil
		err := s.raw.end()
		s.raw = nil
		if err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	for _, l := range s.links {
		tip := l.target
		if err := f.SetCellHyperLink(sheet, l.cell, l.target, "External", excelize.HyperlinkOpts{Tooltip: &tip}); err != nil {
			return fmt.Errorf("sheet %s: hyperlink %s: %w", sheet, l.cell, err)
		}
	}
	ref := cellName(1, s.hdrRow) + ":" + cellName(s.cols, max(s.row, s.hdrRow+1))
	if err := f.AutoFilter(sheet, ref, nil); err != nil {
		return fmt.Errorf("sheet %s: autofilter: %w", sheet, err)
	}
	if s.finish != nil {
		if err := s.finish(sheet, s.part); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	if err := s.sw.Flush(); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	s.sw, s.links = nil, nil
	return nil
}

// end starts the table if no row was written (so every planned sheet has
// its header) and finishes every sheet left.
func (s *stream) end() error {
	for s.part < len(s.sheets)-1 {
		if err := s.close(); err != nil {
			return err
		}
		if err := s.start(); err != nil {
			return err
		}
	}
	return s.close()
}

// cellName is excelize.CoordinatesToCellName for coordinates known valid.
func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// colName is the letters of a 1-based column.
func colName(col int) string {
	c, _ := excelize.ColumnNumberToName(col)
	return c
}

// pageSetup prints a sheet landscape, one page wide, with a footer of the
// subject, version, date and page number, and the rows up to titleRows (0:
// none) repeated on every page. For a streamed sheet it must come before the
// StreamWriter is made (the sheet properties are written first); for a
// normal sheet after AutoFilter, which replaces them.
func (b *builder) pageSetup(sheet string, titleRows int) error {
	return b.pageSetupCols(sheet, titleRows, false)
}

// pageSetupCols is pageSetup; with titleCol a sheet as wide as a Data
// sheet (a column per series) prints at full size across as many pages as
// it takes, its first column repeated on each, instead of shrinking to one
// page wide.
func (b *builder) pageSetupCols(sheet string, titleRows int, titleCol bool) error {
	fit, landscape, wide, tall := !titleCol, "landscape", 1, 0
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	layout := &excelize.PageLayoutOptions{Orientation: &landscape}
	if !titleCol {
		layout.FitToWidth, layout.FitToHeight = &wide, &tall
	}
	if err := b.f.SetPageLayout(sheet, layout); err != nil {
		return err
	}
	footer := "&L" + strings.ReplaceAll(lSubject.text(b.li)+" · econtrack "+b.meta.Version+" · "+b.meta.GeneratedAt.UTC().Format("2006-01-02"), "&", "&&") + "&R&P / &N"
	if err := b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: footer}); err != nil {
		return err
	}
	if titleRows == 0 {
		return nil
	}
	titles := fmt.Sprintf("%s!$1:$%d", sheetRef(sheet), titleRows)
	if titleCol {
		titles = fmt.Sprintf("%s!$A:$A,%s", sheetRef(sheet), titles)
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: titles, Scope: sheet})
}
