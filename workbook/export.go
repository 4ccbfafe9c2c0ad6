package workbook

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// CSVHeader returns the header row of WriteCSV: every field of CONTRACT.md
// section 2 (span as two columns, lists joined with ";") and the
// document's provenance, and what a reviewer decided.
func CSVHeader() []string {
	return []string{
		"doc", "indicator", "entities", "period", "value", "unit", "approx", "bound", "lang",
		"quote", "span_start", "span_end", "speaker", "mentions", "confidence", "derived_from",
		"conflict", "published", "title", "url", "doc_hash", "basis", "review",
	}
}

// WriteCSV writes recs as CSV (RFC 4180, UTF-8, a header row) to w, one
// line per record, in constant memory. A text field that a spreadsheet
// would take for a formula (starting with =, +, -, @, tab or carriage
// return) gets a leading apostrophe, so opening the file cannot run a
// formula planted in an article; WriteJSONL keeps the text verbatim.
func WriteCSV(w io.Writer, recs iter.Seq[model.Record]) error {
	cw := csv.NewWriter(w)
	row := CSVHeader()
	if err := cw.Write(row); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	for r := range recs {
		row = append(row[:0],
			text(r.Doc), text(r.Indicator), text(strings.Join(r.Entities, ";")), text(r.Period),
			strconv.FormatFloat(r.Value, 'f', -1, 64), text(r.Unit), strconv.FormatBool(r.Approx),
			text(r.Bound), text(r.Lang), text(r.Quote),
			strconv.Itoa(r.Span[0]), strconv.Itoa(r.Span[1]), text(r.Speaker),
			strconv.Itoa(r.Mentions), strconv.FormatFloat(r.Confidence, 'f', -1, 64), text(strings.Join(r.DerivedFrom, ";")),
			strconv.FormatBool(r.Conflict), text(r.Published), text(r.Title), text(r.URL), text(r.DocHash), text(r.Basis),
			text(r.Describe()),
		)
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

// text guards a CSV text field against formula injection.
func text(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteJSONL writes recs to w as JSON Lines, one CONTRACT.md section 2
// observation object a line, text verbatim (no HTML escaping), in constant
// memory.
func WriteJSONL(w io.Writer, recs iter.Seq[model.Record]) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	type line struct {
		indicators.Observation
		// Review says what a reviewer decided (the fields above are
		// already corrected); absent when nobody did.
		Review string `json:"review,omitempty"`
	}
	for r := range recs {
		o := r.Observation
		if o.Entities == nil {
			o.Entities = []string{}
		}
		if err := enc.Encode(line{o, r.Describe()}); err != nil {
			return fmt.Errorf("jsonl: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("jsonl: %w", err)
	}
	return nil
}
