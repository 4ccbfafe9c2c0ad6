package workbook

import (
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// excelEpoch is day 0 of Excel's 1900 date system as used for every date
// after 28 February 1900.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// granularity is how precise a period or a date is.
type granularity int

const (
	gNone granularity = iota
	gYear
	gQuarter
	gMonth
	gDay
	gDateTime
)

// periodDate converts a CONTRACT period (YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD)
// to an Excel serial date of the period's first day.
func periodDate(p string) (float64, granularity) {
	switch {
	case len(p) == 4:
		y, err := strconv.Atoi(p)
		if err != nil {
			return 0, gNone
		}
		return serial(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)), gYear
	case len(p) == 7 && (p[5] == 'Q' || p[5] == 'q'):
		y, err1 := strconv.Atoi(p[:4])
		q, err2 := strconv.Atoi(p[6:])
		if err1 != nil || err2 != nil || q < 1 || q > 4 {
			return 0, gNone
		}
		return serial(time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)), gQuarter
	case len(p) == 7:
		t, err := time.Parse("2006-01", p)
		if err != nil {
			return 0, gNone
		}
		return serial(t), gMonth
	case len(p) == 10:
		t, err := time.Parse(time.DateOnly, p)
		if err != nil {
			return 0, gNone
		}
		return serial(t), gDay
	}
	return 0, gNone
}

// publishedDate converts an ISO date or date-time as metadata gives it to an
// Excel serial date in the clock time the string states.
func publishedDate(s string) (float64, granularity) {
	if len(s) == 10 {
		if t, err := time.Parse(time.DateOnly, s); err == nil {
			return serial(t), gDay
		}
		return 0, gNone
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			// Keep the wall-clock time the document states.
			wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
			return serial(wall), gDateTime
		}
	}
	return 0, gNone
}

// timeSerial converts t to an Excel serial date-time in UTC.
func timeSerial(t time.Time) float64 { return serial(t.UTC()) }

func serial(t time.Time) float64 {
	return float64(t.Sub(excelEpoch)) / float64(24*time.Hour)
}

// safeSheetName makes name a valid sheet name: no []:*?/\, no leading or
// trailing apostrophe, at most 31 characters, not empty.
func safeSheetName(name string) string {
	name = strings.Map(func(r rune) rune {
		switch r {
		case '[', ']', ':', '*', '?', '/', '\\':
			return '_'
		}
		if r < ' ' {
			return ' '
		}
		return r
	}, name)
	name = strings.TrimSpace(strings.Trim(name, "'"))
	name = truncWords(name, maxSheetName)
	name = strings.TrimSpace(strings.TrimRight(name, "'"))
	if name == "" {
		name = "Sheet"
	}
	return name
}

// maxSheetName is Excel's limit on a sheet name, in UTF-16 units.
const maxSheetName = 31

// flag is the OECD-style flag of a value: "E" estimated (approximate), "B>"
// or "B<" a lower or upper bound, "" a plain figure.
func flag(approx bool, bound string) string {
	switch {
	case bound == "lower":
		return "B>"
	case bound == "upper":
		return "B<"
	case approx:
		return "E"
	}
	return ""
}

// periodText is a period as a reader writes it: a quarter "2025 Q1" (not
// "2025-Q1", which reads like a month); other periods are ISO already.
func periodText(p string) string {
	if len(p) == 7 && (p[5] == 'Q' || p[5] == 'q') {
		return p[:4] + " Q" + p[6:]
	}
	return p
}

// baseName is the last element of a path, "" for "".
func baseName(p string) string {
	if p == "" {
		return ""
	}
	return filepath.Base(p)
}

// truncWords cuts s to at most n UTF-16 code units between words, with "…"
// for what is left out, and drops the short words (in, of, في, в) a cut
// would leave dangling: "Share of trade settled in national currencies"
// becomes "Share of trade settled…", not "Share of trade settled in natio".
// A first word longer than n is cut inside, with "…" too.
func truncWords(s string, n int) string {
	if truncUTF16(s, n) == s {
		return s
	}
	prefix := truncUTF16(s, n-1)
	words := strings.Fields(prefix)
	if len(words) > 0 && !strings.HasSuffix(prefix, " ") && !strings.HasPrefix(s[len(prefix):], " ") {
		words = words[:len(words)-1] // the last word was cut
	}
	for len(words) > 1 && utf8.RuneCountInString(words[len(words)-1]) <= 2 {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return truncUTF16(s, n-1) + "…"
	}
	return strings.Join(words, " ") + "…"
}

// truncUTF16 cuts s to at most n UTF-16 code units, on a rune boundary.
func truncUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > n {
			return s[:i]
		}
		units += w
	}
	return s
}

// sheetNames hands out unique sheet names; Excel compares them without case.
type sheetNames map[string]bool

// unique returns a safe, unused name based on name, adding " (2)", " (3)"…
// when needed, and reserves it.
func (u sheetNames) unique(name string) string {
	base := safeSheetName(name)
	cand := base
	for i := 2; u[strings.ToLower(cand)] || strings.EqualFold(cand, "History"); i++ {
		suffix := " (" + strconv.Itoa(i) + ")"
		cand = strings.TrimSpace(truncUTF16(base, maxSheetName-len(suffix))) + suffix
	}
	u[strings.ToLower(cand)] = true
	return cand
}

// sheetRef quotes a sheet name for use in a formula or a range reference.
func sheetRef(sheet string) string {
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'"
}

// webLink returns where a document cell links: the document's http(s) URL,
// or "" — a local file is never linked, so a forwarded workbook carries no
// path of the machine that made it.
func webLink(rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return rawURL
	}
	return ""
}

// hyperlinkFormula returns a HYPERLINK formula for link showing display.
// Quotes are doubled, so neither argument can break out of its string;
// string literals are cut into pieces of at most 250 characters joined with
// &, because Excel limits a literal to 255.
func hyperlinkFormula(link, display string) string {
	return "HYPERLINK(" + formulaString(link) + "," + formulaString(display) + ")"
}

func formulaString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	n := 0
	for _, r := range s {
		if n == 250 {
			b.WriteString(`"&"`)
			n = 0
		}
		if r == '"' {
			b.WriteString(`""`)
		} else {
			b.WriteRune(r)
		}
		n++
	}
	b.WriteByte('"')
	return b.String()
}

// widths tracks the widest text of each column to fit column widths.
type widths []int

func (w widths) see(col int, s string) {
	if n := utf8.RuneCountInString(s); n > w[col] {
		w[col] = n
	}
}

func (w widths) seeN(col, n int) {
	if n > w[col] {
		w[col] = n
	}
}

// width is the Excel column width fitting n characters: a little padding,
// at least 6 and at most 80 (long quotes do not make a column unusable).
func width(n int) float64 {
	return float64(min(max(n+2, 6), 80))
}

// numberWidth estimates how wide a value shows with thousands separators.
func numberWidth(v float64) int {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	n := len(intPart) + (len(intPart)-1)/3
	if frac != "" {
		n += 1 + min(len(frac), 4)
	}
	return n
}

// isCurrency reports whether unit is an ISO 4217 code.
func isCurrency(unit string) bool {
	if len(unit) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if unit[i] < 'A' || unit[i] > 'Z' {
			return false
		}
	}
	return true
}

// valueFormat returns the custom number format fitting a unit: percent as
// "99%" (values are stored as 99), money with thousands separators and its
// currency code, durations with their unit. Whole values get a format
// without decimals, others up to three decimals, so no value shows a
// dangling decimal point.
func valueFormat(unit string, whole bool) string {
	num := "#,##0.0##"
	if whole {
		num = "#,##0"
	}
	switch {
	case unit == "percent":
		return num + `"%"`
	case unit == "ordinal":
		return "0"
	case unit == "days" || unit == "months":
		return num + `" ` + unit + `"`
	case isCurrency(unit):
		return num + `" ` + unit + `"`
	}
	return num
}
