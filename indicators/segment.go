package indicators

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/econtrack/econtrack/indicators/quantity"
)

// segment assigns every token its sentence and clause. A sentence ends at a
// line break or after . … ! ? ؟ when the next word starts a sentence and the
// word before the stop is no abbreviation (a single letter, or one of
// abbrev: "U.S.", "Mr.", "Jan."); a clause also ends at , ، ; : and spaced
// dashes.
//
// A sentence longer than maxSentence tokens (a run-on text without stops)
// ends at its next clause boundary, and at 2×maxSentence tokens wherever it
// is, so that the work per quantity, bounded by its sentence, keeps
// extraction linear in the size of the document.
func (d *docTokens) segment(abbrev map[string]abbrevKind) {
	d.sent = resized(d.sent, d.n)
	d.cl = resized(d.cl, d.n)
	d.sentStart = d.sentStart[:0]
	d.clStart = d.clStart[:0]
	s, c := 0, 0
	start := 0   // first token of sentence s
	depth := 0   // open brackets on the line: "(Товарооборот. — RT) достиг" is one sentence
	wrapped := 0 // whether the text is hard-wrapped: 0 not yet known, 1 yes, -1 no
	isWrapped := func() bool {
		if wrapped == 0 {
			wrapped = -1
			if d.hardWrapped() {
				wrapped = 1
			}
		}
		return wrapped > 0
	}
	line, lineStart := 0, 0 // the line of token i and its first token
	for i := 0; i < d.n; i++ {
		t := d.sc.Token(i)
		if t.NewLine {
			depth = 0
		}
		if i > 0 {
			s0, c0 := s, c
			p := d.sc.Token(i - 1)
			switch {
			case depth > 0 && p.Punct == '.' && !t.NewLine:
				// A stop inside brackets ends no sentence.
			case t.NewLine && !t.Paragraph && (p.Punct == 0 || p.Punct == ',') && t.Norm != "" && !t.Upper && !startsCaseless(t.Norm) && !t.Number:
				// A hard-wrapped line ("fell\nto 17.4% in April", "in
				// May,\nfrom 3.1%"): the sentence goes on (not past a
				// blank line).
			case line > 0 && t.NewLine && !t.Paragraph && p.Punct == 0 && (startsCaseless(t.Norm) || t.Number && startsCaseless(p.Norm)) && p.End-d.sc.Token(lineStart).Start >= wrapWidth && isWrapped():
				// The same in a script without capitals, in a text
				// wrapped at a fixed width, after a full-width line that
				// is not the title.
			case t.NewLine:
				s++
				c++
			case p.Punct == '.' && i > 1 && isAbbreviation(d.sc.Norm(i-2), abbrev) && !(d.unitLike(i-2, abbrev) && t.Upper):
				// "U.S. tariffs", "Mr. Modi", "Jan. 22", "5 млрд. долларов",
				// "б. п.": no sentence ends here; "5 млрд. Об этом" and
				// "в мае 2024 г. Она" end one.
			case p.Punct == '.' || p.Punct == '…' || p.Punct == '!' || p.Punct == '?' || p.Punct == '؟':
				if t.Norm == "" || t.Upper || startsCaseless(t.Norm) {
					s++
					c++
				}
			case depth > 0 && (p.Punct == '—' || p.Punct == '–' || p.Punct == '-'):
				// "(age 15 – 24 years)": a dash inside brackets is a range.
			case (p.Punct == '—' || p.Punct == '–' || p.Punct == '-') && p.Space && t.Number && !t.Space:
				// "بلغ -0.82%": a minus sign, no dash.
			case p.Punct == ',' || p.Punct == '،' || p.Punct == ';' || p.Punct == '؛' || p.Punct == ':' || (p.Punct == '—' || p.Punct == '–' || p.Punct == '-') && p.Space && t.Space:
				c++
			}
			switch long := i - start; {
			case s != s0:
			case long >= 2*maxSentence, long >= maxSentence && c != c0:
				s++
				c = c0 + 1
			}
			if s != s0 {
				start = i
			}
		}
		if i > 0 && t.NewLine {
			line, lineStart = line+1, i
		}
		if i == 0 || s != d.sent[i-1] {
			d.sentStart = append(d.sentStart, i)
		}
		if i == 0 || c != d.cl[i-1] {
			d.clStart = append(d.clStart, i)
		}
		d.sent[i], d.cl[i] = s, c
		switch t.Punct {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		}
	}
	d.sentStart = append(d.sentStart, d.n)
	d.clStart = append(d.clStart, d.n)
}

// wrapWidth is the length in characters from which a line that ends with
// no stop may be a line of a text wrapped at a fixed width.
const wrapWidth = 40

// hardWrapped reports that the text is wrapped at a fixed width: at least
// three full-width lines end with a word and run on into the next line.
func (d *docTokens) hardWrapped() bool {
	n, lineStart := 0, 0
	for i := 1; i < d.n; i++ {
		t := d.sc.Token(i)
		if !t.NewLine {
			continue
		}
		p := d.sc.Token(i - 1)
		if !t.Paragraph && p.Punct == 0 && (t.Norm != "" || t.Number) && p.End-d.sc.Token(lineStart).Start >= wrapWidth {
			if n++; n == 3 {
				return true
			}
		}
		lineStart = i
	}
	return false
}

// maxSentence is the length in tokens past which a sentence ends at the
// next clause boundary; real sentences stay well below it.
const maxSentence = 150

// sentences is the number of sentences.
func (d *docTokens) sentences() int {
	if d.n == 0 {
		return 0
	}
	return d.sent[d.n-1] + 1
}

// sentence returns the token range [a, b) of sentence s.
func (d *docTokens) sentence(s int) (int, int) {
	if s < 0 || s >= len(d.sentStart)-1 {
		return d.n, d.n
	}
	return d.sentStart[s], d.sentStart[s+1]
}

// heading reports that sentence s is a line of its own of two to ten words
// (sixteen, all capitalised) that ends with no stop: a section's title
// ("Japan: a contraction that changes little").
func (d *docTokens) heading(s int) bool {
	a, b := d.sentence(s)
	if a >= b || a > 0 && !d.sc.NewLine(a) || b < d.n && !d.sc.NewLine(b) {
		return false
	}
	if p := d.sc.Punct(b - 1); p == '.' || p == '!' || p == '?' || p == '؟' {
		return false
	}
	words, capitals := 0, true
	for k := a; k < b; k++ {
		if t := d.sc.Token(k); t.Punct == 0 {
			words++
			capitals = capitals && (t.Norm == "" || t.Upper)
		}
	}
	// (Up to sixteen when every word is capitalised: "15:45 CENTRAL BANK OF
	// TRINIDAD AND TOBAGO LEAVES REPO RATE AT 3.50%".)
	return words >= 2 && (words <= 10 || capitals && words <= 16)
}

// placeEnd returns the end of the run of place-name tokens (a country's
// name in the gazetteer) that starts at token i; i when it starts none.
func (d *docTokens) placeEnd(i int) int {
	for i < d.n && d.place[i] {
		i++
	}
	return i
}

// clauseAcrossDash returns the first token of the clause of token i, or
// of the clause before it in its sentence when a dash sets i's clause
// off: "and with Cambodia – 17%", "в 2015-м — 2%".
func (d *docTokens) clauseAcrossDash(i int) int {
	cs := d.clauseStart(i)
	if cs > 0 && d.sent[cs-1] == d.sent[i] && strings.ContainsRune("-–—", d.sc.Punct(cs-1)) {
		return d.clauseStart(cs - 1)
	}
	return cs
}

// clauseStart and clauseEnd bound the clause of token i.
func (d *docTokens) clauseStart(i int) int {
	if i >= d.n {
		return d.n
	}
	return d.clStart[d.cl[i]]
}

func (d *docTokens) clauseEnd(i int) int {
	if i >= d.n {
		return d.n
	}
	return d.clStart[d.cl[i]+1]
}

// abbrevKind tells how a full stop after an abbreviation behaves.
type abbrevKind uint8

const (
	abbrevNone abbrevKind = iota
	abbrevName            // "Mr.", "г.", "Jan.": the stop never ends a sentence
	abbrevUnit            // "млрд.", "руб.": it does when a capitalised word follows
)

// isAbbreviation reports a word that a full stop follows without ending
// the sentence: a single letter (U.S., E.U., "б. п.", "د.") or a listed
// abbreviation.
func isAbbreviation(w string, abbrev map[string]abbrevKind) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && n == len(w) && unicode.IsLetter(r) || abbrev[w] != abbrevNone
}

// unitLike reports an abbreviation at token i whose full stop ends the
// sentence when a capitalised word follows: a unit ("млрд.") or any
// abbreviation right after a number ("2024 г.", but not "г. Москва"),
// or a case ending joined to one ("в 2022-м."), or the last letter of
// one written in letters with stops after a number ("± 1 п. п.").
func (d *docTokens) unitLike(i int, abbrev map[string]abbrevKind) bool {
	return abbrev[d.sc.Norm(i)] == abbrevUnit || i > 0 && d.sc.Token(i-1).Number ||
		i > 1 && d.sc.Punct(i-1) == '-' && d.sc.Token(i-2).Number ||
		i > 1 && d.sc.Punct(i-1) == '.' && utf8.RuneCountInString(d.sc.Norm(i-2)) == 1 && d.unitLike(i-2, abbrev)
}

// startsCaseless reports a word of a script without capitals (Arabic): any
// such word after a full stop may start a sentence.
func startsCaseless(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x80 && !unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek)
}

// within returns the index range [i, j) of the items of xs, sorted by
// token, whose token lies in [a, b): the dates, mentions or quantities of a
// sentence, found without walking the whole document.
func within[T any](xs []T, tok func(*T) int, a, b int) (int, int) {
	i := firstAt(xs, tok, a)
	return i, i + firstAt(xs[i:], tok, b)
}

// firstAt returns the index of the first item of xs whose token is at or
// after t.
func firstAt[T any](xs []T, tok func(*T) int, t int) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); tok(&xs[m]) < t {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func dateTok(d *dateRef) int               { return d.tok }
func mentionTok(m *mention) int            { return m.tok }
func quantityTok(q *quantity.Quantity) int { return q.Token }

// inSentences returns the items of xs in sentences [s0, s1).
func inSentences[T any](d *docTokens, xs []T, tok func(*T) int, s0, s1 int) []T {
	a, _ := d.sentence(max(s0, 0))
	b := d.n
	if s1 < d.sentences() {
		b, _ = d.sentence(s1)
	}
	i, j := within(xs, tok, a, b)
	return xs[i:j]
}

// wordsAhead returns the token after the first n words from token i,
// punctuation not counted ("Inter-Governmental Commission" is two words).
func (d *docTokens) wordsAhead(i, n int) int {
	for ; i < d.n && n > 0; i++ {
		if d.sc.Norm(i) != "" {
			n--
		}
	}
	return i
}

// wordsBack returns the token n words back from token i (punctuation does
// not count), or 0.
func (d *docTokens) wordsBack(i, n int) int {
	for i > 0 && n > 0 {
		if i--; d.sc.Norm(i) != "" {
			n--
		}
	}
	return i
}

// comma reports a comma (Latin or Arabic) at token k.
func (dt *docTokens) comma(k int) bool {
	return k >= 0 && k < dt.n && strings.ContainsRune(",،", dt.sc.Punct(k))
}

// clauseOpensAfterComma reports a comma among tokens [a, b) with a word
// after it before b: "0.4%, so in annual terms" (but not "0.4%, year on
// year").
func (dt *docTokens) clauseOpensAfterComma(a, b int) bool {
	comma := false
	for k := max(a, 0); k < min(b, dt.n); k++ {
		if comma && dt.sc.Norm(k) != "" {
			return true
		}
		comma = comma || dt.comma(k)
	}
	return false
}

// openBracketIn reports a bracket opened among tokens [a, b) and not
// closed before b: "12.6% (in June …" but not "12.6% year-on-year (YoY)
// in June".
func (dt *docTokens) openBracketIn(a, b int) bool {
	open := false
	for k := max(a, 0); k < min(b, dt.n); k++ {
		switch dt.sc.Punct(k) {
		case '(':
			open = true
		case ')':
			open = false
		}
	}
	return open
}

// closedAside reports tokens m inside round brackets opened after token
// from and closed before token to: "eased to 5.2% (above the consensus)
// and … to 5.4%" holds an aside of the first figure, seen from the second.
func (dt *docTokens) closedAside(m [2]int, from, to int) bool {
	return dt.openBracketIn(from, m[0]) && dt.punctIn(')', m[1], to)
}

// punctIn reports the punctuation mark p among tokens [a, b).
func (dt *docTokens) punctIn(p rune, a, b int) bool {
	for k := max(a, 0); k < min(b, dt.n); k++ {
		if dt.sc.Punct(k) == p {
			return true
		}
	}
	return false
}

// numberIn reports a token of a number in tokens [a, b).
func (d *docTokens) numberIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.sc.Token(k).Number {
			return true
		}
	}
	return false
}
