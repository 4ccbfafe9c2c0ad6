// Package quantity finds the quantities in Arabic, English and Russian text:
// numbers in digits and words, ordinals, percentages, money, durations and
// dates, with hedges and bounds, reporting each with its code-point span in
// the original text.
//
// The recognizer normalises the text once, in one pass, into tokens that keep
// their offsets (Arabic-Indic digits folded to values, tashkeel and tatweel
// dropped, alef forms, ى and ة folded for matching only) and then reads the
// token stream with lookup tables, so its cost is linear in the input.
package quantity

import (
	"context"
	"strconv"
	"time"
)

// Kind is what a quantity measures.
type Kind string

// The kinds of CONTRACT.md section 3.
const (
	Number   Kind = "number"
	Ordinal  Kind = "ordinal"
	Percent  Kind = "percent"
	Money    Kind = "money"
	Duration Kind = "duration"
	Date     Kind = "date"
)

// Quantity is one quantity found in a text.
type Quantity struct {
	Text  string  // exactly the original text between Start and End
	Kind  Kind    //
	Value float64 // the number; for dates see Period
	// Period is the ISO period of a date ("2024", "2024-Q3", "2024-08",
	// "2024-08-15"); "" for a relative date when no reference date was given.
	Period string
	Unit   string // percent, ordinal, days, months, an ISO 4217 code …; "" for plain numbers and dates
	Approx bool   // hedged: about, نحو, около …
	Bound  string // "", "lower" or "upper"
	Start  int    // code-point offset of the first character
	End    int    // code-point offset just past the last character
	// ByteStart and ByteEnd are the same span in bytes.
	ByteStart, ByteEnd int
	// Relative is true for dates read relative to the reference date
	// (weekdays, "last year", a month without a year …).
	Relative bool
	// Deictic is true for a weekday, today, yesterday or tomorrow: a day
	// named by its place relative to the reference date.
	Deictic bool
	// NoYear is true for a month, quarter or day written without a year,
	// whose year was taken from the reference date.
	NoYear bool
	// Token is the index of the quantity's first token and EndToken that
	// of the token after its last (for callers that read context around
	// it).
	Token, EndToken int
	// YearTo is true for the twelve months to the month of Period ("the
	// year to March", "in the year ended June 2025"): the annual rate of
	// that month, or a sum over a span that is no calendar period.
	YearTo bool
	// Quarters is true for a stretch of two or more quarters named one by
	// one ("the third and fourth quarters", "во II и III кварталах"), not
	// a half-year.
	Quarters bool
	// Months is true for a quarter written as its first and last months
	// ("January to March 2020", "с января по март"): a stretch of time that
	// is also a calendar quarter.
	Months bool
	// BareCurrency is true when Unit was read from one word that other
	// currencies share ("ريال", "riyal", "جنيه"): see Namesake.
	BareCurrency bool
}

// Namesake returns the currency that a bare word of currency code names
// when said of country (ISO 3166 alpha-2): "ريال" of Qatar is QAR
// (currencies.yaml, namesakes).
func Namesake(code, country string) (string, bool) {
	c, ok := defaultLexicon.namesakes[code][country]
	return c, ok
}

// MarshalJSON writes the object of CONTRACT.md section 3; a date's value is
// its period string.
func (q Quantity) MarshalJSON() ([]byte, error) { return q.AppendJSON(nil), nil }

// AppendJSON appends the JSON object of q to dst, as MarshalJSON writes it,
// without reflection.
func (q Quantity) AppendJSON(dst []byte) []byte {
	dst = append(dst, `{"text":`...)
	dst = appendJSONString(dst, q.Text)
	dst = append(dst, `,"kind":`...)
	dst = appendJSONString(dst, string(q.Kind))
	dst = append(dst, `,"value":`...)
	if q.Kind == Date {
		dst = appendJSONString(dst, q.Period)
	} else {
		dst = strconv.AppendFloat(dst, q.Value, 'f', -1, 64)
	}
	dst = append(dst, `,"unit":`...)
	dst = appendJSONString(dst, q.Unit)
	dst = append(dst, `,"approx":`...)
	dst = strconv.AppendBool(dst, q.Approx)
	dst = append(dst, `,"bound":`...)
	dst = appendJSONString(dst, q.Bound)
	dst = append(dst, `,"start":`...)
	dst = strconv.AppendInt(dst, int64(q.Start), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(q.End), 10)
	return append(dst, '}')
}

// appendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped, everything else as UTF-8.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '"')
}

// Options tune a scan.
type Options struct {
	// Lang is the text's language: "ar", "en" or "ru". It decides how a
	// comma between digits is read (Russian: decimal comma).
	Lang string
	// Ref is the reference date for relative expressions; zero leaves
	// them unresolved.
	Ref time.Time
}

// Scanner finds quantities. It reuses its buffers between calls, so the
// result of Scan is valid until the next call; a Scanner is not safe for
// concurrent use (make one per goroutine).
type Scanner struct {
	lx   *lexicon
	toks []token
	ents []entry
	none entry // what word returns for a token that is no known word
	buf  []byte
	out  []Quantity
	text string
	opt  Options
}

// NewScanner returns a Scanner with the built-in lexicon.
func NewScanner() *Scanner { return &Scanner{lx: defaultLexicon} }

// cancelEvery is how many tokens Scan reads between looks at its context.
const cancelEvery = 4096

// Recognize is a convenience for one short text: it returns a fresh slice.
func Recognize(text string, opt Options) ([]Quantity, error) {
	qs, err := NewScanner().Scan(context.Background(), text, opt)
	return append([]Quantity(nil), qs...), err
}

// Tokens is the number of tokens of the last scan; with Token it lets
// callers relate quantities to the words around them.
func (s *Scanner) Tokens() int { return len(s.toks) }

// TokenInfo describes one token of the last scan, for callers that read the
// words around a quantity.
type TokenInfo struct {
	Norm       string // normalised word form; "" for numbers and punctuation
	Punct      rune   // the rune of a punctuation token, else 0
	Number     bool   // a run of digits …
	Digits     string // … as written ("12")
	Upper      bool   // a word starting with an upper-case letter
	NewLine    bool   // a line break precedes the token
	Paragraph  bool   // a blank line precedes the token
	Space      bool   // whitespace precedes the token
	Start, End int    // code-point span
	ByteStart  int    // byte offset of the first byte
	ByteEnd    int    // byte offset past the last byte
}

// Token returns token i of the last scan (0 <= i < Tokens()).
func (s *Scanner) Token(i int) TokenInfo {
	t := &s.toks[i]
	ti := TokenInfo{Norm: t.norm, Number: t.kind == tNum, Upper: t.upper, NewLine: t.newline, Paragraph: t.para, Space: t.space, Start: int(t.r0), End: int(t.r1), ByteStart: int(t.b0), ByteEnd: int(t.b1)}
	if t.kind == tPunct {
		ti.Punct = t.punct
	}
	if t.kind == tNum {
		ti.Digits = s.text[t.b0:t.b1]
	}
	return ti
}

// Punct returns the rune of token i of the last scan when it is
// punctuation, else 0: Token(i).Punct without the rest of TokenInfo.
func (s *Scanner) Punct(i int) rune {
	if t := &s.toks[i]; t.kind == tPunct {
		return t.punct
	}
	return 0
}

// NewLine reports that a line break precedes token i of the last scan:
// Token(i).NewLine without the rest of TokenInfo.
func (s *Scanner) NewLine(i int) bool { return s.toks[i].newline }

// Norm returns the normal form of token i of the last scan: Token(i).Norm
// without the rest of TokenInfo.
func (s *Scanner) Norm(i int) string { return s.toks[i].norm }

// Today reports that token i of the last scan is a word for today
// ("today", "اليوم", "сегодня").
func (s *Scanner) Today(i int) bool {
	e, ok := s.word(i)
	return ok && e.flags&fToday != 0
}

// Month reports that token i of the last scan names a month ("June",
// "يونيو", "июня").
func (s *Scanner) Month(i int) bool {
	e, ok := s.word(i)
	return ok && e.month != 0
}

// TokenAt returns the index of the token that starts at or after code
// point r.
func (s *Scanner) TokenAt(r int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(s.toks[m].r0) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Fold returns the matching form of a word or phrase: lower case, Arabic
// letters folded and tashkeel dropped, exactly as Token.Norm.
func Fold(s string) string { return foldString(s) }

// AppendForms appends to dst the forms of a word used for matching: the
// word itself and, for Arabic, the word with the clitics و ف ب ل ك and the
// article ال removed, longest first.
func AppendForms(dst []string, w string) []string {
	dst = append(dst, w)
	if w == "" || w[0] < 0x80 {
		return dst
	}
	s := w
	for _, p := range []string{"و", "ف"} {
		if len(s) > len(p)+2 && s[:len(p)] == p {
			s = s[len(p):]
			dst = append(dst, s)
			break
		}
	}
	if len(s) > 4 && s[:len("لل")] == "لل" {
		// لل is ل + ال: "للعام" is also "العام".
		dst = append(dst, s[len("لل"):], "ال"+s[len("لل"):])
	}
	for _, p := range []string{"ب", "ل", "ك"} {
		if len(s) > len(p)+4 && s[:len(p)] == p {
			s = s[len(p):]
			dst = append(dst, s)
			break
		}
	}
	if len(s) > len("ال")+2 && s[:len("ال")] == "ال" {
		dst = append(dst, s[len("ال"):])
	}
	return dst
}
