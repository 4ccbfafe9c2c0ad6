package workbook

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"hash/crc32"
	"iter"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/econtrack/econtrack/model"
	"github.com/xuri/excelize/v2"
)

// excelizeRow returns the XML excelize's StreamWriter writes for values as
// row 2 of a sheet.
func excelizeRow(t *testing.T, values []any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A2", values); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet1.xml" {
			m := regexp.MustCompile(`(?s)<row r="2".*</row>`).Find(readZip(t, zf))
			return string(m)
		}
	}
	t.Fatal("no sheet1.xml")
	return ""
}

// TestRowEncMatchesExcelize checks that the rows encoded for the big
// sheets are byte for byte what excelize's StreamWriter writes.
func TestRowEncMatchesExcelize(t *testing.T) {
	long := strings.Repeat("ب", excelize.TotalCellChars+10)
	tests := []struct {
		name string
		v    any
	}{
		{"plain", "GDP grew 4%"},
		{"arabic", arabicQuote},
		{"russian", russianQuote},
		{"formula text", "=HYPERLINK(\"http://evil\")"},
		{"plus minus at", "+1-2@3"},
		{"markup", `a < b & c > "d" 'e'`},
		{"newline tab cr", "line1\nline2\tx\ry"},
		{"edge spaces", " padded "},
		{"control chars", "a\x01b\x1fc"},
		{"invalid utf8", "a\xffb\xc3"},
		{"non-characters", "a\uFFFEb\uFFFF"},
		{"bstr", "_x0041_ and _x005F_x0041_ and _x12G4_"},
		{"too long", long},
		{"empty", ""},
		{"float", 12.5},
		{"float long", 0.1 + 0.2},
		{"float big", 123456789012345678.0},
		{"float tiny", 1e-20},
		{"float negative", -3.25},
		{"nan", math.NaN()},
		{"inf", math.Inf(-1)},
		{"int", 42},
		{"int64", int64(-7)},
		{"bool", true},
		{"styled", excelize.Cell{StyleID: 3, Value: 45123.0}},
		{"styled text", excelize.Cell{StyleID: 2, Value: "x & y"}},
		{"formula", excelize.Cell{StyleID: 4, Formula: hyperlinkFormula(`https://x.org/?q="a"&b=<c>`, ` doc".txt`), Value: ` doc".txt`}},
		{"formula no value", excelize.Cell{Formula: "SUM(A1:A2)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := excelizeRow(t, []any{nil, tt.v, 1})
			var e rowEnc
			e.beginRow(2)
			e.value(2, tt.v)
			e.value(3, 1)
			e.endRow()
			if got := string(e.buf); got != want {
				t.Errorf("encoded\n%.300s\nexcelize\n%.300s", got, want)
			}
		})
	}
}

func TestRowEncHyperlink(t *testing.T) {
	tests := []struct{ target, text string }{
		{"https://example.org/docs/1.txt", "docs/1.txt"},
		{`https://x.org/?q="a"&b=<c>`, `doc".txt `},
		{"../seeds/" + strings.Repeat("é", 300) + ".txt", strings.Repeat("é", 300)},
		{"https://x.org/" + strings.Repeat(`"`, 260), "=1+1"},
	}
	for _, tt := range tests {
		want := excelizeRow(t, []any{excelize.Cell{StyleID: 5, Formula: hyperlinkFormula(tt.target, tt.text), Value: tt.text}})
		var e rowEnc
		e.beginRow(2)
		e.hyperlink(1, 5, tt.target, tt.text)
		e.endRow()
		if got := string(e.buf); got != want {
			t.Errorf("%q: encoded\n%.400s\nexcelize\n%.400s", tt.target, got, want)
		}
	}
}

func TestCRC32Combine(t *testing.T) {
	data := []byte(strings.Repeat("econtrack <row r=\"1\"> ", 1000))
	for _, cut := range []int{0, 1, 7, 4096, len(data) - 1, len(data)} {
		a, b := data[:cut], data[cut:]
		got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b)))
		if want := crc32.ChecksumIEEE(data); got != want {
			t.Errorf("cut %d: combined %08x, want %08x", cut, got, want)
		}
	}
}

// TestWriteArchiveIntact reads every entry of written workbooks (one
// whole, one split into several sheets) to its end, which checks the sizes
// and CRC-32s of the spliced sheets, and checks no marker row is left.
func TestWriteArchiveIntact(t *testing.T) {
	for _, opt := range []options{defaultOptions(), {maxRows: 10, linkLimit: 2}} {
		path, f := writeSample(t, "en", opt)
		zr, err := zip.OpenReader(path)
		if err != nil {
			t.Fatal(err)
		}
		sheets := 0
		for _, zf := range zr.File {
			b := readZip(t, zf)
			if bytes.Contains(b, []byte(rawMarker)) {
				t.Errorf("%s: marker row left", zf.Name)
			}
			if strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
				sheets++
			}
		}
		zr.Close()
		if want := len(f.GetSheetList()); sheets != want {
			t.Errorf("%d worksheets in the archive, want %d", sheets, want)
		}
		if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
			t.Errorf("%d files beside the workbook, want none (temporary files left)", len(entries)-1)
		}
	}
}

// TestWriteFailureWhileStreaming fails an export after rows were streamed
// (the records change between the passes, or reading them fails): the
// previous workbook stays and no temporary file is left.
func TestWriteFailureWhileStreaming(t *testing.T) {
	errRead := errors.New("the store went away")
	tests := []struct {
		name string
		// secondPass is what the second pass over the records (or the
		// documents) does at the fourth one: stop, or fail with an error.
		secondPass error
		docs       bool
		want       string
	}{
		{"records change between passes", nil, false, "records changed between passes"},
		{"a read of records fails", errRead, false, errRead.Error()},
		{"documents change between passes", nil, true, "documents changed between passes"},
		{"a read of documents fails", errRead, true, errRead.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, _ := writeSample(t, "en", defaultOptions())
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			recs, docs := orderedRecords(sampleRecords()), withoutErrors(sampleDocs())
			if tt.docs {
				docs = changing(docs, tt.secondPass)
			} else {
				recs = changing(recs, tt.secondPass)
			}
			err = WriteSeq(context.Background(), path, sampleMeta(), sampleCatalog(), docs, recs, model.HeadlineLatest)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			checkLeftAsItWas(t, path, before)
		})
	}
}

// changing yields s, and on its second and later passes stops at the
// fourth item, or fails there with err when it is not nil.
func changing[T any](s iter.Seq2[T, error], err error) iter.Seq2[T, error] {
	pass := 0
	return func(yield func(T, error) bool) {
		pass++
		n := 0
		for v := range s {
			if n++; pass > 1 && n > 3 {
				if err != nil {
					var zero T
					yield(zero, err)
				}
				return
			}
			if !yield(v, nil) {
				return
			}
		}
	}
}
