package workbook

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/econtrack/econtrack/model"
	"github.com/xuri/excelize/v2"
)

// writeSample writes the sample workbook with opt and opens it raw.
func writeSample(t *testing.T, lang string, opt options, recs ...model.Record) (string, *excelize.File) {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "out"), 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "out", "econtrack.xlsx")
	meta := sampleMeta()
	meta.Lang = lang
	meta.Corpus = filepath.Join(dir, "seeds")
	recs = append(sampleRecords(), recs...)
	if err := write(context.Background(), path, meta, sampleCatalog(), withoutErrors(sampleDocs()), orderedRecords(recs), model.HeadlineLatest, opt); err != nil {
		t.Fatalf("write: %v", err)
	}
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return path, f
}

// column returns the 1-based column of header in the row hdrRow.
func column(t *testing.T, f *excelize.File, sheet string, hdrRow int, header string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.Index(rows[hdrRow-1], header)
	if i < 0 {
		t.Fatalf("sheet %s: no column %q in %q", sheet, header, rows[hdrRow-1])
	}
	return i + 1
}

// findRow returns the row (1-based) whose cell in col equals v.
func findRow(t *testing.T, f *excelize.File, sheet string, col int, v string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) >= col && r[col-1] == v {
			return i + 1
		}
	}
	t.Fatalf("sheet %s: no row with %q in column %d", sheet, v, col)
	return 0
}

// cellStyle is the style of a cell.
func cellStyle(t *testing.T, f *excelize.File, sheet, cell string) *excelize.Style {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// alignment is the horizontal alignment of a cell's style.
func alignment(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	if st := cellStyle(t, f, sheet, cell); st.Alignment != nil {
		return st.Alignment.Horizontal
	}
	return ""
}

func numFmt(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	st := cellStyle(t, f, sheet, cell)
	if st.CustomNumFmt == nil {
		return ""
	}
	return *st.CustomNumFmt
}

func isNumber(t *testing.T, f *excelize.File, sheet, cell string) float64 {
	t.Helper()
	typ, err := f.GetCellType(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Fatalf("%s!%s: type %v, want a number", sheet, cell, typ)
	}
	v, _ := f.GetCellValue(sheet, cell)
	n, err := strconv.ParseFloat(v, 64)
	if err != nil {
		t.Fatalf("%s!%s = %q, want a number", sheet, cell, v)
	}
	return n
}

func TestWriteSheets(t *testing.T) {
	_, f := writeSample(t, "en", defaultOptions())
	want := []string{"About", "Indicators", "Data (Monthly)", "Data (Quarterly)", "Data (Annual)", "Data (Daily)", "Settlement share in national…", "Policy rate", "Bilateral trade volume", "GDP growth", "Observations", "Documents", "Conflicts"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets = %q\nwant %q", got, want)
	}
	for _, s := range want {
		if len(s) > 31 || strings.ContainsAny(s, `[]:*?/\`) {
			t.Errorf("unsafe sheet name %q", s)
		}
	}
}

func TestWriteObservations(t *testing.T) {
	_, f := writeSample(t, "en", defaultOptions())
	const sh = "Observations"
	rows, err := f.GetRows(sh)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rows)-1, len(sampleRecords()); got != want {
		t.Errorf("Observations has %d data rows, want %d (one per record)", got, want)
	}
	quoteCol := column(t, f, sh, 1, "Quote")
	docCol := column(t, f, sh, 1, "Document")
	dateCol := column(t, f, sh, 1, "Date")
	valueCol := column(t, f, sh, 1, "Value")
	pubCol := column(t, f, sh, 1, "Published")

	// Arabic text round-trips byte for byte.
	r := findRow(t, f, sh, quoteCol, arabicQuote)
	if v, _ := f.GetCellValue(sh, cellName(quoteCol, r)); v != arabicQuote {
		t.Errorf("Arabic quote = %q", v)
	}
	findRow(t, f, sh, quoteCol, russianQuote)

	// A quote that looks like a formula is text, not a formula.
	r = findRow(t, f, sh, quoteCol, formulaQuote)
	cell := cellName(quoteCol, r)
	if fx, _ := f.GetCellFormula(sh, cell); fx != "" {
		t.Errorf("%s has formula %q", cell, fx)
	}
	if typ, _ := f.GetCellType(sh, cell); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
		t.Errorf("%s type %v, want text", cell, typ)
	}
	// That row is policy_rate 2024-10 = 21 (a conflict): value a number in
	// percent, period a real date.
	if v := isNumber(t, f, sh, cellName(valueCol, r)); v != 21 {
		t.Errorf("value = %v, want 21", v)
	}
	if nf := numFmt(t, f, sh, cellName(valueCol, r)); nf != `#,##0"%"` {
		t.Errorf("value format %q", nf)
	}
	if d := isNumber(t, f, sh, cellName(dateCol, r)); d != 45566 { // 2024-10-01
		t.Errorf("date serial = %v, want 45566", d)
	}
	if nf := numFmt(t, f, sh, cellName(dateCol, r)); nf != "yyyy-mm" {
		t.Errorf("date format %q", nf)
	}
	if nf := numFmt(t, f, sh, cellName(pubCol, r)); nf != "yyyy-mm-dd hh:mm" {
		t.Errorf("published format %q", nf)
	}

	// Hyperlinks: the URL when the document has one, never a local file.
	for _, tc := range []struct{ doc, target string }{
		{"ar/tass-2024.txt", "https://example.org/ar/1"},
		{"en/rate.md", ""},
	} {
		r := findRow(t, f, sh, docCol, tc.doc)
		ok, target, err := f.GetCellHyperLink(sh, cellName(docCol, r))
		if err != nil || ok != (tc.target != "") || target != tc.target {
			t.Errorf("%s link = %v %q %v, want %q", tc.doc, ok, target, err, tc.target)
		}
	}
	panes, err := f.GetPanes(sh)
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes = %+v %v, want the header frozen", panes, err)
	}
}

func TestWriteIndicatorSheet(t *testing.T) {
	path, f := writeSample(t, "en", defaultOptions())
	const sh = "Bilateral trade volume"
	if v, _ := f.GetCellValue(sh, "A1"); v != "Bilateral trade volume" {
		t.Errorf("A1 = %q", v)
	}
	r := findRow(t, f, sh, 2, "2024 Q4") // a quarter as a reader writes it
	if v := isNumber(t, f, sh, cellName(4, r)); v != 245500000000.5 {
		t.Errorf("value = %v", v)
	}
	if nf := numFmt(t, f, sh, cellName(4, r)); nf != `#,##0.0##" USD"` {
		t.Errorf("value format %q", nf)
	}
	if d := isNumber(t, f, sh, cellName(1, r)); d != 45566 { // Q4 → 2024-10-01
		t.Errorf("date = %v", d)
	}
	if nf := numFmt(t, f, sh, cellName(1, r)); nf != "yyyy-mm-dd" {
		t.Errorf("a quarter's date shows as %q, want its first day, not a month", nf)
	}
	panes, _ := f.GetPanes(sh)
	if !panes.Freeze || panes.YSplit != indHeaderRow {
		t.Errorf("panes = %+v", panes)
	}
	// The headline series table: Period and CN, RU beside the observations;
	// its periods are dates, the chart's time axis.
	if v, _ := f.GetCellValue(sh, cellName(seriesCol(), indHeaderRow)); v != "Period" {
		t.Errorf("series table header = %q", v)
	}
	if d := isNumber(t, f, sh, cellName(seriesCol(), indHeaderRow+1)); d < 40000 {
		t.Errorf("series table's first period = %v, want a date", d)
	}
	// A quote starts at the left, so an Arabic one runs on past its cell
	// instead of back over the publication date.
	if a := alignment(t, f, sh, cellName(icQuote+1, r)); a != "left" {
		t.Errorf("quote alignment %q, want left", a)
	}
	// Only the observation table prints: one page wide with the series
	// table and chart beside it, the text would shrink to nothing.
	area := false
	for _, dn := range f.GetDefinedName() {
		area = area || dn.Name == "_xlnm.Print_Area" && dn.Scope == sh && strings.HasSuffix(dn.RefersTo, "!$A:$"+colName(len(indCols)))
	}
	if !area {
		t.Errorf("%s prints no area, or not the observation table", sh)
	}

	// Every indicator sheet with data has a chart drawing its series.
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	charts := 0
	for _, zf := range z.File {
		if strings.HasPrefix(zf.Name, "xl/charts/chart") {
			charts++
			b := readZip(t, zf)
			if !bytes.Contains(b, []byte("<lineChart>")) {
				t.Errorf("%s is not a line chart", zf.Name)
			}
			// A time axis, so 2024, 2024 Q2 and 2025 Q1 are not spaced
			// evenly, and without the elements a date axis may not have.
			if !bytes.Contains(b, []byte("<dateAx>")) || !bytes.Contains(b, []byte(`<baseTimeUnit val="months">`)) || bytes.Contains(b, []byte("<catAx>")) || bytes.Contains(b, []byte("<lblAlgn")) {
				t.Errorf("%s has no date axis", zf.Name)
			}
		}
	}
	if charts != 4 {
		t.Errorf("%d charts, want 4 (one per indicator with data)", charts)
	}
}

// TestNativeChartPerUnit: a pair's trade in rupees gets a chart of its
// own beside the dollar chart, each axis in its unit's format.
func TestNativeChartPerUnit(t *testing.T) {
	inr := rec("en/inr.txt", "bilateral_trade_volume", []string{"AE", "IN"}, "2024", 5.2e12, "INR", "q", "2025-02-01", "https://example.org/inr")
	path, _ := writeSample(t, "en", defaultOptions(), inr)
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var trade []string
	for _, zf := range z.File {
		if strings.HasPrefix(zf.Name, "xl/charts/chart") {
			if b := string(readZip(t, zf)); strings.Contains(b, "Bilateral trade volume (") {
				trade = append(trade, b)
			}
		}
	}
	if len(trade) != 2 {
		t.Fatalf("%d bilateral trade charts, want one in USD and one in INR", len(trade))
	}
	for _, b := range trade {
		if !strings.Contains(b, `formatCode="#,##0.0,,,`) { // billions or trillions
			t.Errorf("a money axis without a scaled number format:\n%.400s", b)
		}
	}
}

func readZip(t *testing.T, zf *zip.File) []byte {
	t.Helper()
	rc, err := zf.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestWriteDocumentsAndConflicts(t *testing.T) {
	_, f := writeSample(t, "en", defaultOptions())
	rows, _ := f.GetRows("Documents")
	if len(rows) != 1+len(sampleDocs())+1 {
		t.Errorf("Documents has %d rows, want header + 5 documents + 1 file never stored", len(rows))
	}
	st := column(t, f, "Documents", 1, "Status")
	for doc, want := range map[string]string{"ar/tass-2024.txt": "new", "en/rate.md": "unchanged", "ru/trade.html": "stored", "en/old.txt": "removed", "broken.txt": "skipped", "en/grown.txt": "skipped"} {
		r := findRow(t, f, "Documents", 1, doc)
		if v, _ := f.GetCellValue("Documents", cellName(st, r)); v != want {
			t.Errorf("%s status %q, want %q", doc, v, want)
		}
	}
	// The times a document was first and last seen fit their columns
	// ("yyyy-mm-dd hh:mm"; a narrower column shows "###").
	for _, name := range []string{"First seen", "Last seen"} {
		c := column(t, f, "Documents", 1, name)
		if w, err := f.GetColWidth("Documents", colName(c)); err != nil || w < 16 {
			t.Errorf("column %s is %v wide (%v), want room for a date and time", name, w, err)
		}
	}
	// A stored document that was skipped says why and since when.
	if v, _ := f.GetCellValue("Documents", cellName(column(t, f, "Documents", 1, "Reason"), findRow(t, f, "Documents", 1, "en/grown.txt"))); !strings.Contains(v, "too large") || !strings.Contains(v, "since 2025-01-02") {
		t.Errorf("en/grown.txt reason %q", v)
	}
	rows, _ = f.GetRows("Conflicts")
	if len(rows) != 2 {
		t.Fatalf("Conflicts rows = %q, want header + the policy_rate conflict", rows)
	}
	got := rows[1]
	if got[0] != "policy_rate" || got[2] != "2024-10" || got[5] != "2" {
		t.Errorf("conflict row = %q", got)
	}
	// Headline (latest published: ar/tass 2024-12-05 says 19) first, then
	// 21: value, flag, documents, speaker, quote.
	if got[6] != "19" || got[7] != "" || got[8] != "ar/tass-2024.txt" || got[11] != "21" || got[12] != "E" || got[13] != "en/rate.md" || got[14] != "Elvira Nabiullina" {
		t.Errorf("conflict values side by side = %q", got)
	}
	about, _ := f.GetRows("About")
	if !slices.ContainsFunc(about, func(r []string) bool { return len(r) > 1 && r[0] == "Observations" && r[1] == "8" }) {
		t.Errorf("About does not count 8 observations: %q", about)
	}
}

func TestWriteArabicRTL(t *testing.T) {
	_, f := writeSample(t, "ar", defaultOptions())
	list := f.GetSheetList()
	if list[0] != "حول" || !slices.Contains(list, "حصة التسويات بالعملات الوطنية") {
		t.Fatalf("sheets = %q", list)
	}
	for _, sh := range list {
		v, err := f.GetSheetView(sh, -1)
		if err != nil || v.RightToLeft == nil || !*v.RightToLeft {
			t.Errorf("sheet %s is not right to left", sh)
		}
	}
}

func TestWriteSplitsAndFormulaLinks(t *testing.T) {
	// 20 records, 10 rows a sheet: Observations (header + 9), (2), (3);
	// policy_rate's 15 records, 3 under its header block: 5 sheets.
	var more []model.Record
	for d := 1; d <= 12; d++ {
		more = append(more, rec("en/daily.txt", "policy_rate", []string{"RU"}, fmt.Sprintf("2024-11-%02d", d), 21, "percent", "q", "2024-12-01", "https://example.org/daily"))
	}
	_, f := writeSample(t, "en", options{maxRows: 10, linkLimit: 2}, more...)
	for _, sh := range []string{"Policy rate", "Policy rate (2)", "Policy rate (5)"} {
		if _, err := f.GetRows(sh); err != nil {
			t.Errorf("sheet %s: %v", sh, err)
		}
	}
	total := 0
	for _, sh := range []string{"Observations", "Observations (2)", "Observations (3)"} {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatalf("%s: %v", sh, err)
		}
		total += len(rows) - 1
		fx, _ := f.GetCellFormula(sh, "A2")
		link, _, _ := f.GetCellHyperLink(sh, "A2")
		if real := len(rows)-1 <= 2; real != link || real == strings.HasPrefix(fx, "HYPERLINK(") {
			t.Errorf("%s!A2: hyperlink %v, formula %q; want real links up to 2 rows a sheet, HYPERLINK formulas past", sh, link, fx)
		}
	}
	if total != len(sampleRecords())+len(more) {
		t.Errorf("split sheets hold %d rows, want %d", total, len(sampleRecords()))
	}
}

func TestWriteFailureKeepsOld(t *testing.T) {
	path, _ := writeSample(t, "en", defaultOptions())
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Write(ctx, path, sampleMeta(), sampleCatalog(), sampleDocs(), sampleRecords(), model.HeadlineLatest)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	// Ungrouped records fail WriteSeq.
	recs := sampleRecords()
	err = WriteSeq(context.Background(), path, sampleMeta(), sampleCatalog(), withoutErrors(sampleDocs()), withoutErrors(recs), model.HeadlineLatest)
	if !errors.Is(err, errNotGrouped) {
		t.Fatalf("err = %v, want errNotGrouped", err)
	}
	checkLeftAsItWas(t, path, before)
}

// checkLeftAsItWas checks, after failed writes, that the workbook at path
// still holds before and that no temporary file is left beside it.
func checkLeftAsItWas(t *testing.T, path string, before []byte) {
	t.Helper()
	after, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("the previous workbook changed after a failed write (%v)", err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files left beside the workbook: %q", names)
	}
}

func TestWriteEmpty(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.xlsx")
	if err := Write(context.Background(), path, Meta{}, sampleCatalog(), nil, nil, ""); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := f.GetSheetList(), []string{"About", "Indicators", "Observations", "Documents", "Conflicts"}; !slices.Equal(got, want) {
		t.Errorf("sheets = %q, want %q", got, want)
	}
}

// TestNoLocalPathInWorkbook reads every part of the file: a forwarded
// workbook names no folder of the machine that made it, and its
// properties say when it was made.
func TestNoLocalPathInWorkbook(t *testing.T) {
	path, f := writeSample(t, "en", defaultOptions())
	dir := filepath.Dir(filepath.Dir(path))
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, leak := range []string{dir, filepath.ToSlash(dir), "../seeds", "seeds/en"} {
			if bytes.Contains(b, []byte(leak)) {
				t.Errorf("%s holds the local path %q", zf.Name, leak)
			}
		}
	}
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Modified == "" || props.Modified != props.Created || props.Subject == "" || !strings.Contains(props.Description, "citation") {
		t.Errorf("document properties %+v: want created = modified, a subject and a description with a citation", props)
	}
}

// TestDataSheets: a FRED-style sheet per frequency — a header block per
// series, then observation_date as a real date and one column per series,
// with a gap (no cell) where a series has no value.
func TestDataSheets(t *testing.T) {
	_, f := writeSample(t, "en", defaultOptions())
	const sh = "Data (Annual)"
	rows, err := f.GetRows(sh)
	if err != nil {
		t.Fatal(err)
	}
	hdr := len(dataHeaderRows) + 2
	if len(rows) < hdr+2 || rows[hdr-1][0] != "observation_date" {
		t.Fatalf("%s rows %q: want a header block, then observation_date", sh, rows)
	}
	col := slices.Index(rows[hdr-1], "settlement_share_national_currencies__CN-RU")
	if col < 0 {
		t.Fatalf("%s header %q lacks the settlement share series", sh, rows[hdr-1])
	}
	if rows[1][col] != "settlement_share_national_currencies__CN-RU" || rows[3][col] != "Annual" || rows[2][col] != "percent" || rows[4][col] != "level" {
		t.Errorf("header block of the series = %q / %q / %q / %q", rows[1][col], rows[2][col], rows[3][col], rows[4][col])
	}
	// 2023 and 2024 as dates (1 January), values 95 and 99.
	for i, want := range []struct {
		serial float64
		v      float64
	}{{44927, 95}, {45292, 99}} { // 2023-01-01, 2024-01-01
		r := hdr + 1 + i
		if d := isNumber(t, f, sh, cellName(1, r)); d != want.serial {
			t.Errorf("row %d date serial %v", r, d)
		}
		if nf := numFmt(t, f, sh, cellName(1, r)); nf != "yyyy-mm-dd" {
			t.Errorf("observation_date format %q, want a date", nf)
		}
		if v := isNumber(t, f, sh, cellName(col+1, r)); v != want.v {
			t.Errorf("row %d value %v, want %v", r, v, want.v)
		}
	}
	// GDP growth has no entities: its id is the indicator's, and it has no
	// 2023 value (a gap, no cell).
	g := slices.Index(rows[hdr-1], "gdp_growth")
	if g < 0 {
		t.Fatalf("%s lacks gdp_growth", sh)
	}
	if v, _ := f.GetCellValue(sh, cellName(g+1, hdr+1)); v != "" {
		t.Errorf("gdp_growth 2023 = %q, want no cell", v)
	}
	if rows[4][g] != "year on year" {
		t.Errorf("gdp_growth basis %q, want year on year", rows[4][g])
	}
	// It prints landscape at full size across as many pages as it takes
	// (a column per series: one page wide would shrink it to nothing), its
	// header rows and date column on every page.
	pl, err := f.GetPageLayout(sh)
	if err != nil || pl.Orientation == nil || *pl.Orientation != "landscape" {
		t.Errorf("page layout %+v %v, want landscape", pl, err)
	}
	if props, err := f.GetSheetProps(sh); err != nil || props.FitToPage != nil && *props.FitToPage {
		t.Errorf("%s fits to a page (%v): its text would shrink with every series", sh, err)
	}
	titles := false
	for _, dn := range f.GetDefinedName() {
		titles = titles || dn.Name == "_xlnm.Print_Titles" && dn.Scope == sh && strings.Contains(dn.RefersTo, "!$A:$A,") && strings.HasSuffix(dn.RefersTo, fmt.Sprintf("!$1:$%d", hdr))
	}
	if !titles {
		t.Errorf("%s repeats no header rows and date column when printed", sh)
	}
}

// TestBasisOfItsOwn: growth on the quarter before kept beside year-on-year
// growth of the same quarter is its own Data column, says its basis on the
// indicator sheet and in Observations, and is no conflict.
func TestBasisOfItsOwn(t *testing.T) {
	onYear := rec("en/cl-yoy.md", "gdp_growth", []string{"CL"}, "2024-Q2", 1.6, "percent", "grew 1.6% on a year", "2024-08-19", "")
	onQuarter := rec("en/cl-qoq.md", "gdp_growth", []string{"CL"}, "2024-Q2", -0.6, "percent", "shrank 0.6% on the quarter", "2024-09-04", "")
	onQuarter.Basis = "q/q"
	_, f := writeSample(t, "en", defaultOptions(), onYear, onQuarter)
	const sh = "Data (Quarterly)"
	rows, err := f.GetRows(sh)
	if err != nil {
		t.Fatal(err)
	}
	hdr := len(dataHeaderRows) + 2
	yoy, qoq := slices.Index(rows[hdr-1], "gdp_growth__CL"), slices.Index(rows[hdr-1], "gdp_growth__CL__qq")
	if yoy < 0 || qoq < 0 {
		t.Fatalf("%s header %q: want gdp_growth__CL and gdp_growth__CL__qq", sh, rows[hdr-1])
	}
	if rows[4][yoy] != "year on year" || rows[4][qoq] != "quarter on quarter" {
		t.Errorf("bases %q and %q", rows[4][yoy], rows[4][qoq])
	}
	obs := "Observations"
	r := findRow(t, f, obs, ocDocument+1, "en/cl-qoq.md")
	if v, _ := f.GetCellValue(obs, cellName(ocBasis+1, r)); v != "quarter on quarter" {
		t.Errorf("Observations basis %q", v)
	}
	if v, _ := f.GetCellValue(obs, cellName(ocConflict+1, r)); v != "0" && v != "FALSE" {
		t.Errorf("growth on another basis is flagged a conflict (%q)", v)
	}
	ind := "GDP growth"
	r = findRow(t, f, ind, icDocument+1, "en/cl-qoq.md")
	if v, _ := f.GetCellValue(ind, cellName(icUnit+1, r)); v != "percent (quarter on quarter)" {
		t.Errorf("indicator sheet unit %q", v)
	}
}
