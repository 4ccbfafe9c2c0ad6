package workbook

import (
	"bufio"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The data rows of the big streamed sheets do not go through excelize's
// StreamWriter.SetRow, which costs about 0.4 µs a cell and keeps up to
// 32 MB of buffer per sheet until the workbook is saved. Instead each sheet
// part gets a marker row through the StreamWriter (so excelize still writes
// everything around the rows: view, panes, columns, header, hyperlinks,
// autofilter, drawing), and the rows themselves are encoded here, cell XML
// exactly as excelize's StreamWriter writes it, and deflated by a goroutine
// into a temporary file while the next rows are encoded. When the archive
// is saved, spliceZip replaces the marker row by the precompressed rows:
// a deflate stream may be cut into pieces ending on a sync flush, so the
// entry is the compressed XML before the marker, the rows, and the XML
// after it, with their CRC-32s combined.

// rawChunk is how many bytes of row XML are handed to the compressor at a
// time.
const rawChunk = 256 << 10

// rawRows is the XML of one sheet part's data rows, being compressed.
type rawRows struct {
	token string
	tmp   *os.File
	buf   []byte
	ch    chan []byte
	free  chan []byte
	done  chan error
	err   error // the compressor's result, once done
	ended bool

	// Set by the compressor when done.
	crc   uint32
	size  int64 // uncompressed
	csize int64 // compressed
}

// newRawRows starts the compressor of one sheet part's rows; the
// temporary file is made in dir.
func newRawRows(dir, token string) (*rawRows, error) {
	tmp, err := os.CreateTemp(dir, ".econtrack-rows-*.tmp")
	if err != nil {
		return nil, err
	}
	r := &rawRows{
		token: token,
		tmp:   tmp,
		buf:   make([]byte, 0, rawChunk+4096),
		ch:    make(chan []byte, 2),
		free:  make(chan []byte, 3),
		done:  make(chan error, 1),
	}
	for range 2 {
		r.free <- make([]byte, 0, rawChunk+4096)
	}
	go r.compress()
	return r, nil
}

// compress deflates every chunk into the temporary file, ending with a
// sync flush (not a final block) so more deflate data may follow.
func (r *rawRows) compress() {
	bw := bufio.NewWriterSize(r.tmp, 256<<10)
	cw := &countingWriter{w: bw}
	fw, err := flate.NewWriter(cw, flate.BestSpeed)
	for chunk := range r.ch {
		if err == nil {
			r.crc = crc32.Update(r.crc, crc32.IEEETable, chunk)
			r.size += int64(len(chunk))
			_, err = fw.Write(chunk)
		}
		r.free <- chunk[:0]
	}
	if err == nil {
		err = fw.Flush()
	}
	if err == nil {
		err = bw.Flush()
	}
	r.csize = cw.n
	r.done <- err
}

// maybeSend hands the buffer to the compressor when it is full enough.
func (r *rawRows) maybeSend() {
	if len(r.buf) >= rawChunk {
		r.ch <- r.buf
		r.buf = <-r.free
	}
}

// end sends the last rows and waits for the compressor.
func (r *rawRows) end() error {
	if r.ended {
		return r.err
	}
	r.ended = true
	if len(r.buf) > 0 {
		r.ch <- r.buf
		r.buf = nil
	}
	close(r.ch)
	r.err = <-r.done
	return r.err
}

// close stops the compressor if it runs and removes the temporary file.
func (r *rawRows) close() error {
	if !r.ended {
		r.buf = r.buf[:0]
		_ = r.end()
	}
	err := r.tmp.Close()
	if rerr := os.Remove(r.tmp.Name()); err == nil && !os.IsNotExist(rerr) {
		err = rerr
	}
	return err
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// rowEnc appends the XML of rows and cells to a buffer the way excelize's
// StreamWriter writes them.
type rowEnc struct {
	buf  []byte
	row  []byte // the current row number, in decimal
	cols []string
	tmp  []byte
}

// colRef returns the letters of a 1-based column, caching them.
func (e *rowEnc) colRef(col int) string {
	for len(e.cols) < col {
		e.cols = append(e.cols, colName(len(e.cols)+1))
	}
	return e.cols[col-1]
}

func (e *rowEnc) beginRow(row int) {
	e.row = strconv.AppendInt(e.row[:0], int64(row), 10)
	e.buf = append(e.buf, `<row r="`...)
	e.buf = append(e.buf, e.row...)
	e.buf = append(e.buf, `">`...)
}

func (e *rowEnc) endRow() { e.buf = append(e.buf, `</row>`...) }

// open writes the start tag of a cell.
func (e *rowEnc) open(col, style int, typ string, space bool) {
	e.buf = append(e.buf, `<c`...)
	if space {
		e.buf = append(e.buf, ` xml:space="preserve"`...)
	}
	e.buf = append(e.buf, ` r="`...)
	e.buf = append(e.buf, e.colRef(col)...)
	e.buf = append(e.buf, e.row...)
	e.buf = append(e.buf, '"')
	if style != 0 {
		e.buf = append(e.buf, ` s="`...)
		e.buf = strconv.AppendInt(e.buf, int64(style), 10)
		e.buf = append(e.buf, '"')
	}
	if typ != "" {
		e.buf = append(e.buf, ` t="`...)
		e.buf = append(e.buf, typ...)
		e.buf = append(e.buf, '"')
	}
	e.buf = append(e.buf, '>')
}

// str writes a text cell as an inline string; text is never read as a
// formula.
func (e *rowEnc) str(col, style int, s string) {
	s = cellText(s)
	e.open(col, style, "inlineStr", false)
	if needsPreserve(s) {
		e.buf = append(e.buf, `<is><t xml:space="preserve">`...)
	} else {
		e.buf = append(e.buf, `<is><t>`...)
	}
	e.buf = appendEscaped(e.buf, bstrMarshal(s), true)
	e.buf = append(e.buf, `</t></is></c>`...)
}

// optStr writes a text cell unless s is empty.
func (e *rowEnc) optStr(col, style int, s string) {
	if s != "" {
		e.str(col, style, s)
	}
}

// num writes a number cell.
func (e *rowEnc) num(col, style int, v float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		e.str(col, style, fmt.Sprint(v))
		return
	}
	e.open(col, style, "", false)
	e.buf = append(e.buf, `<v>`...)
	e.tmp = strconv.AppendFloat(e.tmp[:0], v, 'f', -1, 64)
	e.buf = appendFloat15(e.buf, e.tmp)
	e.buf = append(e.buf, `</v></c>`...)
}

// int writes an integer cell.
func (e *rowEnc) int(col, style int, v int64) {
	e.open(col, style, "", false)
	e.buf = append(e.buf, `<v>`...)
	e.buf = strconv.AppendInt(e.buf, v, 10)
	e.buf = append(e.buf, `</v></c>`...)
}

// bool writes a TRUE/FALSE cell.
func (e *rowEnc) bool(col, style int, v bool) {
	e.open(col, style, "b", false)
	if v {
		e.buf = append(e.buf, `<v>1</v></c>`...)
	} else {
		e.buf = append(e.buf, `<v>0</v></c>`...)
	}
}

// formula writes a formula cell whose cached value is the text shown.
func (e *rowEnc) formula(col, style int, formula, shown string) {
	shown = cellText(shown)
	e.open(col, style, "str", needsPreserve(shown))
	e.buf = append(e.buf, `<f>`...)
	e.buf = appendEscaped(e.buf, formula, false)
	e.buf = append(e.buf, `</f>`...)
	if shown != "" {
		e.buf = append(e.buf, `<v>`...)
		e.buf = appendEscaped(e.buf, bstrMarshal(shown), false)
		e.buf = append(e.buf, `</v>`...)
	}
	e.buf = append(e.buf, `</c>`...)
}

// hyperlink writes a HYPERLINK formula cell linking to target and showing
// shown: formula hyperlinkFormula(target, shown), encoded without building
// the formula first.
func (e *rowEnc) hyperlink(col, style int, target, text string) {
	shown := cellText(text)
	e.open(col, style, "str", needsPreserve(shown))
	e.buf = append(e.buf, `<f>HYPERLINK(`...)
	e.buf = appendFormulaString(e.buf, target)
	e.buf = append(e.buf, ',')
	e.buf = appendFormulaString(e.buf, text)
	e.buf = append(e.buf, `)</f>`...)
	if shown != "" {
		e.buf = append(e.buf, `<v>`...)
		e.buf = appendEscaped(e.buf, bstrMarshal(shown), false)
		e.buf = append(e.buf, `</v>`...)
	}
	e.buf = append(e.buf, `</c>`...)
}

// appendFormulaString appends formulaString(s) escaped for XML.
func appendFormulaString(b []byte, s string) []byte {
	const quote = "&#34;"
	b = append(b, quote...)
	if len(s) <= 250 && !strings.Contains(s, `"`) {
		b = appendEscaped(b, s, false)
		return append(b, quote...)
	}
	n, last := 0, 0
	for i, r := range s {
		if n == 250 {
			b = appendEscaped(b, s[last:i], false)
			b = append(b, quote+"&amp;"+quote...)
			last, n = i, 0
		}
		if r == '"' {
			b = appendEscaped(b, s[last:i], false)
			b = append(b, quote+quote...)
			last = i + 1
		}
		n++
	}
	b = appendEscaped(b, s[last:], false)
	return append(b, quote...)
}

// value writes a cell value as excelize's StreamWriter.SetRow takes it:
// nil (no cell), a string, a number, a bool or an excelize.Cell.
func (e *rowEnc) value(col int, v any) {
	style := 0
	if c, ok := v.(excelize.Cell); ok {
		style, v = c.StyleID, c.Value
		if c.Formula != "" {
			shown := ""
			if v != nil {
				shown = fmt.Sprint(v)
			}
			e.formula(col, style, c.Formula, shown)
			return
		}
	}
	switch v := v.(type) {
	case nil:
	case string:
		e.str(col, style, v)
	case float64:
		e.num(col, style, v)
	case int:
		e.int(col, style, int64(v))
	case int64:
		e.int(col, style, v)
	case bool:
		e.bool(col, style, v)
	default:
		e.str(col, style, fmt.Sprint(v))
	}
}

// cellText cuts s to the characters a cell may hold.
func cellText(s string) string {
	if len(s) > excelize.TotalCellChars {
		s = truncUTF16(s, excelize.TotalCellChars)
	}
	return s
}

// needsPreserve reports whether s starts or ends with white space that
// XML would otherwise drop.
func needsPreserve(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range [...]byte{s[0], s[len(s)-1]} {
		switch c {
		case '\t', '\n', '\r', ' ':
			return true
		}
	}
	return false
}

// appendEscaped appends s escaped as encoding/xml.EscapeText does (invalid
// characters become U+FFFD); with keepNL, line feeds stay literal, as
// excelize writes inline strings.
func appendEscaped(b []byte, s string, keepNL bool) []byte {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var esc string
		width := 1
		if c < utf8.RuneSelf {
			switch c {
			case '"':
				esc = "&#34;"
			case '\'':
				esc = "&#39;"
			case '&':
				esc = "&amp;"
			case '<':
				esc = "&lt;"
			case '>':
				esc = "&gt;"
			case '\t':
				esc = "&#x9;"
			case '\n':
				if keepNL {
					i++
					continue
				}
				esc = "&#xA;"
			case '\r':
				esc = "&#xD;"
			default:
				if c < 0x20 {
					esc = "\uFFFD"
				} else {
					i++
					continue
				}
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			width = n
			if (r != utf8.RuneError || n != 1) && inXMLRange(r) {
				i += n
				continue
			}
			esc = "\uFFFD"
		}
		b = append(b, s[last:i]...)
		b = append(b, esc...)
		i += width
		last = i
	}
	return append(b, s[last:]...)
}

// inXMLRange reports whether r is a character XML allows.
func inXMLRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// appendFloat15 appends a number formatted by strconv 'f' with -1
// precision, cut to Excel's 15 significant digits as excelize does.
func appendFloat15(b, str []byte) []byte {
	const maxPrec = 15
	decimal := bytes.IndexByte(str, '.')
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			return append(b, bytes.TrimSuffix(str[:idx], []byte("."))...)
		}
		if decimal < 0 {
			decimal = len(str)
		}
		b = append(b, str[:idx]...)
		for ; idx < decimal; idx++ {
			b = append(b, '0')
		}
		return b
	}
	return append(b, str...)
}

// Excel escapes text that looks like its _xHHHH_ character escapes by
// prefixing _x005F; excelize does so when it writes a cell.
var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal is excelize's escaping of _xHHHH_ sequences in cell text.
func bstrMarshal(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	var result strings.Builder
	for _, match := range matches {
		result.WriteString(s[cursor:match[0]])
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				if _, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`); err == nil {
					result.WriteString(subStr + "x005F" + subStr)
					continue
				}
			}
			result.WriteString(subStr + "x005F_")
			continue
		}
		cursor = match[1]
		if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
			result.WriteString("_x005F" + subStr)
		}
	}
	if cursor < l {
		result.WriteString(s[cursor:])
	}
	return result.String()
}
