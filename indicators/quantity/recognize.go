package quantity

import (
	"context"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Scan finds every quantity in text. It returns an *InvalidUTF8Error for
// input that is not valid UTF-8, an error for a text over 2 GiB (read long
// texts with ScanLines), and ctx's error when ctx is done first (it
// looks every few thousand tokens, so a long text stops promptly).
func (s *Scanner) Scan(ctx context.Context, text string, opt Options) ([]Quantity, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var err error
	s.toks, s.buf, err = tokenize(s.toks, text, opt.Lang, s.buf)
	s.out = s.out[:0]
	if err != nil {
		return nil, err
	}
	s.text, s.opt = text, opt
	// Look every word up once.
	s.ents = s.ents[:0]
	for k := range s.toks {
		if k%cancelEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		t := &s.toks[k]
		t.ent = -1
		t.phrases = 0
		switch t.kind {
		case tPunct:
			t.phrases, t.phr = s.lx.punctPhrases[t.punct]
			continue
		case tNum:
			continue
		}
		if len(t.norm) > 8 && (t.norm[0] == 0xd0 || t.norm[0] == 0xd1) {
			_, t.ruDur = s.ruCompoundDuration(k)
		}
		if e, ok := s.lx.lookup(t.norm); ok {
			t.phr = e.flags&fPhraseStart != 0
			if t.phr {
				t.phrases = e.phrases
			}
			t.lead = e.flags&fPhraseLead != 0
			t.cand = e.canStart()
			if t.cand && !e.meansAlone() && !s.somePhraseAt(k) {
				t.cand, t.lead = false, false // "the" with no phrase of the lexicon after it
			}
			t.ent = int32(len(s.ents))
			s.ents = append(s.ents, e)
		}
	}
	for i, checked := 0, 0; i < len(s.toks); {
		if i-checked >= cancelEvery {
			if checked = i; ctx.Err() != nil {
				return nil, ctx.Err()
			}
		}
		if q, next, ok := s.romanOrdinal(i); ok {
			s.emit(q, i, next)
			i = next
			continue
		}
		if t := &s.toks[i]; t.kind == tWord && !t.cand && !t.lead && !t.ruDur && !(isLatin(t) && i+1 < len(s.toks) && s.toks[i+1].kind == tNum && s.glued(i+1)) ||
			t.kind == tPunct && !t.phr && s.currencySymbol(t.punct) == "" && t.punct != '-' && t.punct != '−' && t.punct != '–' && t.punct != '+' && t.punct != '%' && t.punct != '٪' && vulgar(*t) == 0 {
			i++ // a word or sign that cannot start a quantity
			continue
		}
		if next := s.skipNonQuantity(i); next > i {
			i = next
			continue
		}
		if q, next, ok := s.date(i); ok {
			s.emit(q, i, next)
			i = next
			continue
		}
		if q, next, ok := s.quantity(i); ok {
			start := i
			if d, a, b, ok := s.ago(q, i, next); ok {
				q, start, next = d, a, b
			}
			s.emit(q, start, next)
			i = next
			continue
		}
		i++
	}
	return s.out, nil
}

// ago reads a duration q over tokens [i, next) counted back from the
// reference date — "five years ago", "пять лет назад", "قبل خمس سنوات" —
// as the year or day it names, over tokens [start, end). One unit back
// ("a year ago") is a comparison the extractor reads; months back are
// often counted from the figure's own month ("4.9% in February, against
// 5.1% six months ago"), and weeks name no calendar period.
func (s *Scanner) ago(q Quantity, i, next int) (d Quantity, start, end int, ok bool) {
	if q.Kind != Duration || q.Value < 2 || q.Value > 100 || q.Value != math.Trunc(q.Value) || q.Approx || q.Bound != "" {
		return Quantity{}, 0, 0, false
	}
	start, end = i, next
	if e, ok := s.word(next); ok && e.flags&fAgo != 0 {
		end++
	} else if e, ok := s.word(i - 1); ok && e.flags&fAgoBefore != 0 {
		if f, ok := s.word(next); ok && f.flags&fOf != 0 {
			return Quantity{}, 0, 0, false // "قبل يومين من القمة": before an event, not ago
		}
		start--
	} else {
		return Quantity{}, 0, 0, false
	}
	n, ref := int(q.Value), s.opt.Ref
	switch q.Unit {
	case "years":
		return s.resolved(func() string { return strconv.Itoa(ref.Year() - n) }), start, end, true
	case "days":
		return s.resolved(func() string { return ref.AddDate(0, 0, -n).Format("2006-01-02") }), start, end, true
	}
	return Quantity{}, 0, 0, false
}

// emit finishes q, which covers tokens [i, next): hedge and bound words
// before it are taken into the span.
func (s *Scanner) emit(q Quantity, i, next int) {
	if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
		return // "0e700", "9e999": no finite quantity
	}
	if q.Kind == Ordinal && s.regnal(i) {
		return // "Mohammed VI", "الملك محمد السادس": a name, no quantity
	}
	if q.Kind == Date && !calendarDays(q.Period) {
		return // "31 ноября", "February 30": a day no calendar has, no date
	}
	if q.Kind != Date && q.Value != 0 {
		// 136.8 × 10⁹ is 136800000000, not 136800000000.00002.
		q.Value = round15(q.Value)
	}
	start := i
	if i > 0 && s.isPunct(i-1, '(') && next > i+1 && s.isPunct(i+1, ')') {
		i, start = i-1, i-1 // "(48.5) مليار": the brackets belong to the quantity
	}
	if q.Kind != Date {
		j, kind, ok := s.phraseBefore(i, pHedge, pLower, pUpper)
		if e, adv := s.word(i - 1); !ok && i > 0 && adv && e.flags&fAdverb != 0 {
			j, kind, ok = s.phraseBefore(i-1, pHedge, pLower, pUpper) // "وتجاوزت الآن 80%"
		}
		if ok && s.inNotQuantity(j, i) {
			ok = false // "من 25 عاما فما فوق 7.9%": the bound is the age band's
		}
		// "edged up to 16.7%": a verb of motion with "up", then the level.
		if ok && s.toks[j].norm == "up" {
			if e, mv := s.word(j - 1); mv && e.flags&fMotion != 0 {
				ok = false
			}
		}
		if ok {
			switch kind {
			case pHedge:
				q.Approx = true
			case pLower:
				q.Bound = "lower"
			case pUpper:
				q.Bound = "upper"
			}
			start = j
			// "more than about", "نحو أكثر من": one more.
			if j2, k2, ok := s.phraseBefore(j, pHedge, pLower, pUpper); ok {
				if k2 == pHedge {
					q.Approx = true
				} else if q.Bound == "" {
					q.Bound = map[phraseKind]string{pLower: "lower", pUpper: "upper"}[k2]
				}
				start = j2
			}
		}
		// A hedge after the number: "٩٦ مليار دولار تقريباً".
		if next < len(s.toks) && s.toks[next].kind == tWord {
			if e, ok := s.word(next); ok && e.flags&fHedgeAfter != 0 {
				q.Approx = true
				next++
			}
		}
	}
	a, b := &s.toks[start], &s.toks[next-1]
	q.Start, q.End, q.ByteStart, q.ByteEnd = int(a.r0), int(b.r1), int(a.b0), int(b.b1)
	q.Text = s.text[a.b0:b.b1]
	q.Token, q.EndToken = start, next
	s.out = append(s.out, q)
}

// phraseBefore finds a phrase of one of kinds ending just before token i.
func (s *Scanner) phraseBefore(i int, kinds ...phraseKind) (int, phraseKind, bool) {
	// The longest phrase wins: "не превысил" over "превысил".
	best, bestKind, found := 0, phraseKind(0), false
	want := kindsOf(kinds)
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if s.toks[j+1].newline {
			break // a phrase does not run across a line break; it may start a line
		}
		if s.toks[j].kind != tWord {
			continue
		}
		if s.toks[j].phr {
			for _, p := range s.lx.phraseLists[s.toks[j].phrases] {
				if !want.has(p.kind) {
					continue
				}
				if end, ok := s.matchPhrase(j, p); ok && end == i {
					best, bestKind, found = j, p.kind, true
				}
			}
		}
		// Arabic clitics on the first word of the phrase: "وبنحو", "ونحو".
		w := s.toks[j].norm
		if w == "" || w[0] < utf8.RuneSelf {
			continue
		}
		for _, pre := range []string{"و", "ب", "وب", "ل"} {
			if strings.HasPrefix(w, pre) && len(w) > len(pre) {
				for _, p := range s.lx.phrases[w[len(pre):]] {
					if want.has(p.kind) && len(p.words) == i-j {
						if end, ok := s.matchPhraseFrom(j, p, 1); ok && end == i {
							best, bestKind, found = j, p.kind, true
						}
					}
				}
			}
		}
	}
	return best, bestKind, found
}

// kindSet is a set of phrase kinds, one bit each.
type kindSet uint32

func kindsOf(kinds []phraseKind) kindSet {
	var set kindSet
	for _, k := range kinds {
		set |= 1 << k
	}
	return set
}

func (set kindSet) has(k phraseKind) bool { return set&(1<<k) != 0 }

// matchPhrase reports whether p's words follow from token j, returning the
// index after the match.
func (s *Scanner) matchPhrase(j int, p phrase) (int, bool) {
	if s.toks[j].kind != tWord || s.toks[j].norm != p.words[0] {
		return 0, false
	}
	return s.matchPhraseFrom(j, p, 1)
}

func (s *Scanner) matchPhraseFrom(j int, p phrase, from int) (int, bool) {
	k := j + 1
	for _, w := range p.words[from:] {
		if k >= len(s.toks) {
			return 0, false
		}
		t := &s.toks[k]
		if t.kind == tPunct && t.punct == w2r(w) {
			k++
			continue
		}
		if t.kind != tWord || t.norm != w {
			return 0, false
		}
		k++
	}
	return k, true
}

func w2r(w string) rune {
	for _, r := range w {
		return r
	}
	return 0
}

// somePhraseAt reports whether a phrase of the lexicon starts at word i.
func (s *Scanner) somePhraseAt(i int) bool {
	for _, p := range s.lx.phraseLists[s.toks[i].phrases] {
		if _, ok := s.matchPhrase(i, p); ok {
			return true
		}
	}
	return false
}

// phraseAt returns the longest phrase of one of kinds starting at token i.
func (s *Scanner) phraseAt(i int, kinds ...phraseKind) (phrase, int, bool) {
	if i >= len(s.toks) {
		return phrase{}, 0, false
	}
	t := &s.toks[i]
	if !t.phr {
		return phrase{}, 0, false
	}
	best, bestEnd := phrase{}, 0
	want := kindsOf(kinds)
	for _, p := range s.lx.phraseLists[t.phrases] {
		if !want.has(p.kind) {
			continue
		}
		var end int
		var ok bool
		if t.kind == tPunct {
			end, ok = s.matchPhraseFrom(i, p, 1)
		} else {
			end, ok = s.matchPhrase(i, p)
		}
		// "A$5 billion" is Australian dollars, "a $5 billion deal" the
		// article: "a" in lower case and spaced from the sign is no prefix;
		// nor is the "s" of a possessive ("Australia’s $325bn", not S$).
		if ok && (p.kind == pCurrency || p.kind == pCurrencyMinor) && t.kind == tWord && (p.words[0] == "a" || p.words[0] == "s" && s.possessive(i)) && !t.upper && i+1 < len(s.toks) && s.toks[i+1].space {
			ok = false
		}
		if ok && end > bestEnd {
			best, bestEnd = p, end
		}
	}
	return best, bestEnd, bestEnd > 0
}

// signWord reports a currency's sign written as a short capitalised word
// ("RM", "Rs", "Rp").
func (s *Scanner) signWord(i int) bool {
	e, ok := s.word(i)
	return ok && e.cur != "" && e.flags&fMinor == 0 && s.toks[i].upper && len(s.toks[i].norm) <= 2
}

// word returns the lexicon entry of token i, if it is a known word (the
// entry is the scan's: callers read it and never change it).
func (s *Scanner) word(i int) (*entry, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].ent < 0 {
		return &s.none, false
	}
	return &s.ents[s.toks[i].ent], true
}

// figureEnd reports whether token i ends a figure: a number or a percent
// sign, after which a dash joins the two ends of a range.
func (s *Scanner) figureEnd(i int) bool {
	return i >= 0 && i < len(s.toks) && (s.toks[i].kind == tNum || s.isPunct(i, '%', '٪'))
}

func (s *Scanner) isPunct(i int, rs ...rune) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tPunct {
		return false
	}
	for _, r := range rs {
		if s.toks[i].punct == r {
			return true
		}
	}
	return false
}

// possessive reports an "s" at token i glued to an apostrophe glued to a
// word: "Australia’s".
func (s *Scanner) possessive(i int) bool {
	return i >= 2 && s.glued(i) && s.isPunct(i-1, '\'', '’', 'ʼ') && s.glued(i-1) && s.toks[i-2].kind == tWord
}

// glued reports whether token i follows token i-1 with no space.
func (s *Scanner) glued(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].space
}

func isLatin(t *token) bool { return t.kind == tWord && t.norm != "" && t.norm[0] < 0x80 }

// inNotQuantity reports a fixed expression that is no quantity covering
// tokens [j, i): a bound word that belongs to it ("فما فوق") bounds nothing.
func (s *Scanner) inNotQuantity(j, i int) bool {
	for k := max(0, j-3); k <= j; k++ {
		if _, end, ok := s.phraseAt(k, pNotQuantity); ok && end >= i {
			return true
		}
	}
	return false
}

// leadingZero reports digits written with a leading zero ("01", "007").
func (s *Scanner) leadingZero(k int) bool {
	t := &s.toks[k]
	return t.digits > 1 && s.text[t.b0] == '0'
}

// skipNonQuantity returns the index after a run of tokens that look like
// numbers but are not quantities (phone numbers, times of day, product
// and group names such as G20 and 5G, fixed phrases), or i.
func (s *Scanner) skipNonQuantity(i int) int {
	t := &s.toks[i]
	if _, end, ok := s.phraseAt(i, pNotQuantity); ok {
		return end
	}
	switch t.kind {
	case tWord:
		// "G20", "G7": a Latin word glued to digits (not a currency's sign
		// written in capitals: "RM360.12 billion", "Rs500").
		if isLatin(t) && i+1 < len(s.toks) && s.toks[i+1].kind == tNum && s.glued(i+1) && !(t.norm == "q" && s.toks[i+1].num >= 1 && s.toks[i+1].num <= 4) && t.norm != "fy" && s.currencyCode(i) == "" && !s.randAt(i) && !s.signWord(i) {
			return i + 2
		}
		// "الساعة الحادية عشرة", "at 7 a.m.": times of day.
		if e, ok := s.word(i); ok && e.flags&fHour != 0 && !isLatin(t) {
			j := i + 1
			if j < len(s.toks) {
				if _, next, _, ok := s.numberWords(j); ok {
					return next
				}
				if s.toks[j].kind == tNum {
					return s.skipClock(j)
				}
			}
		}
	case tPunct:
		// "+1-222-2222": a phone number; "+5.5%", "+3%": a signed figure.
		if t.punct == '+' && i+1 < len(s.toks) && s.toks[i+1].kind == tNum && s.glued(i+1) {
			if j := s.skipJoinedDigits(i + 1); j > i+2 || !s.toks[i+1].decimal && !s.isPunct(j, '%', '٪') {
				return j
			}
		}
	case tNum:
		// "10:00", "15:00".
		if s.isPunct(i+1, ':') && s.glued(i+1) && i+2 < len(s.toks) && s.toks[i+2].kind == tNum && s.glued(i+2) {
			return s.skipClock(i)
		}
		// "01/23", "12/05": a month and year of two digits each, one
		// written with a leading zero, heading a table's column, is no
		// fraction (nor is the percent sign of the row after it a figure).
		if t.digits == 2 && s.isPunct(i+1, '/') && s.glued(i+1) && i+2 < len(s.toks) && s.toks[i+2].kind == tNum && s.toks[i+2].digits == 2 && s.glued(i+2) &&
			!t.decimal && !s.toks[i+2].decimal && (s.leadingZero(i) || s.leadingZero(i+2)) && !(s.isPunct(i+3, '/', '.', '-') && s.glued(i+3)) {
			if s.isPunct(i+3, '%', '٪') {
				return i + 4
			}
			return i + 3
		}
		// "800-46327": digit groups joined by hyphens with seven or more digits.
		if s.isPunct(i+1, '-', '/') && s.glued(i+1) && i+2 < len(s.toks) && s.toks[i+2].kind == tNum && s.glued(i+2) {
			n, j := 0, i
			for j < len(s.toks) && s.toks[j].kind == tNum {
				n += int(s.toks[j].digits)
				if !(s.isPunct(j+1, '-', '/') && s.glued(j+1) && j+2 < len(s.toks) && s.toks[j+2].kind == tNum && s.glued(j+2)) {
					break
				}
				j += 2
			}
			if _, end, ok := s.yearRange(i); n >= 7 && !(t.digits == 4 && s.toks[i+2].digits <= 2) && !(ok && end >= j+1) && !s.numericDate(i, j) {
				return j + 1
			}
		}
		// "5G", "3D": digits glued to a Latin word that is no suffix we read
		// ("3Q", a quarter, is read as a date).
		if i+1 < len(s.toks) && isLatin(&s.toks[i+1]) && s.glued(i+1) && !(s.toks[i+1].norm == "q" && t.num >= 1 && t.num <= 4 && t.digits == 1) {
			if n := s.toks[i+1].norm; (n == "e" || n == "x") && i+2 < len(s.toks) && s.glued(i+2) && (s.toks[i+2].kind == tNum || s.isPunct(i+2, '+', '-')) {
				return i
			}
			_, _, pct := s.phraseAt(i+1, pPercent) // "12.75pc"
			if _, ok := scaleSuffix(s.toks[i+1].norm); !ok && s.currencyCode(i+1) == "" && !pct {
				if e, ok := s.word(i + 1); !ok || e.flags&fOrdSuffix == 0 {
					return i + 2
				}
			}
		}
		// A number glued to an Arabic or Cyrillic word ("١٨٠ميلي") is a
		// unit abbreviation we do not read.
		if i+1 < len(s.toks) && s.toks[i+1].kind == tWord && !isLatin(&s.toks[i+1]) && s.glued(i+1) {
			// ("2008г.", a year with its abbreviation glued, is read.)
			if e, ok := s.word(i + 1); !ok || (e.ncls != nScale && e.cur == "" && e.dur == "" && e.flags&fPercent == 0 && !(e.flags&fYear != 0 && s.toks[i].digits == 4)) {
				return i + 2
			}
		}
		// Clock times: "7 a.m.", "at 7 pm".
		if i+1 < len(s.toks) && isLatin(&s.toks[i+1]) {
			if n := s.toks[i+1].norm; n == "am" || n == "pm" || (n == "a" || n == "p") && s.isPunct(i+2, '.') && i+3 < len(s.toks) && s.toks[i+3].norm == "m" {
				j := i + 2
				for j < len(s.toks) && (s.toks[j].kind == tPunct && s.toks[j].punct == '.' || s.toks[j].norm == "m") && !s.toks[j].space {
					j++
				}
				return j
			}
		}
	}
	return i
}

func (s *Scanner) skipClock(i int) int {
	j := i + 1
	for j+1 < len(s.toks) && s.isPunct(j, ':') && s.glued(j) && s.toks[j+1].kind == tNum {
		j += 2
	}
	return j
}

func (s *Scanner) skipJoinedDigits(i int) int {
	j := i + 1
	for j+1 < len(s.toks) && s.isPunct(j, '-', '/', '.') && s.glued(j) && s.toks[j+1].kind == tNum && s.glued(j+1) {
		j += 2
	}
	return j
}

// quantity reads a number (digits or words) starting at token i with what
// follows it (scale, percent, currency, unit, ordinal suffix).
func (s *Scanner) quantity(i int) (Quantity, int, bool) {
	q := Quantity{Kind: Number}
	start := i
	neg := false
	cur := ""
	prefixScale := 1.0
	// The percent word before the number: "percent of 10", "بالمائة 10".
	if e, ok := s.word(i); ok && e.flags&fPercent != 0 || s.isPhrase(i, pPercent) {
		k := i + 1
		var words []string
		if p, end, ok := s.phraseAt(i, pPercent); ok {
			k, words = end, p.words
		}
		if n, ok := s.word(k); ok && n.flags&fOf != 0 && isLatin(&s.toks[k]) {
			k++
		}
		if k < len(s.toks) && !s.toks[k].newline {
			if n, next, ok := s.quantity(k); ok && n.Kind == Number {
				// ("نقطة مئوية واحدة": one percentage point.)
				n.Kind, n.Unit = Percent, pointsUnit(words, "percent")
				return n, next, true
			}
		}
	}
	// "%13,3": Arabic text typed with the sign first, glued to the number.
	if s.opt.Lang == "ar" && s.isPunct(i, '%', '٪') && i+1 < len(s.toks) && s.toks[i+1].kind == tNum && s.glued(i+1) &&
		!(i > 0 && s.toks[i-1].kind == tNum && s.glued(i)) {
		if n, next, ok := s.quantity(i + 1); ok && n.Kind == Number && !s.isPunct(next, '%', '٪') {
			n.Kind, n.Unit = Percent, "percent"
			return n, next, true
		}
	}
	// Currency before the number: "$240", "US$ 5", "USD 10".
	for k := 0; k < 2 && i < len(s.toks); k++ {
		if p, end, ok := s.phraseAt(i, pCurrency); ok && end < len(s.toks) && s.toks[end].kind == tNum {
			cur = p.cur // "C$ 16.4", "HK$", "US$"
			i = end
			continue
		}
		t := &s.toks[i]
		if t.kind == tPunct {
			if c := s.currencySymbol(t.punct); c != "" && i+1 < len(s.toks) && (s.toks[i+1].kind == tNum || s.toks[i+1].kind == tPunct && s.currencySymbol(s.toks[i+1].punct) == "") {
				if s.toks[i+1].kind != tNum {
					break
				}
				cur = c
				i++
				continue
			}
			// "-5": a minus sign glued to the number and not inside a range
			// ("4.0 -4.25%", "2% -3%": a dash after a figure joins two ends).
			if (t.punct == '-' || t.punct == '−' || t.punct == '–' && t.space) && i+1 < len(s.toks) && s.toks[i+1].kind == tNum && (s.glued(i+1) || i == 0) && (i == 0 || !s.figureEnd(i-1) && (t.space || s.toks[i-1].kind == tPunct && s.toks[i-1].punct != '-')) {
				neg = !neg
				i++
				continue
			}
		}
		if t.kind == tWord && i+1 < len(s.toks) {
			if c, scale := s.codeAt(i); c != "" {
				k := i + 1
				if s.isPunct(k, '$') && s.glued(k) {
					k++ // "aud$ 15"
				}
				if k < len(s.toks) && s.toks[k].kind == tNum {
					cur, prefixScale = c, scale
					i = k
					continue
				}
			}
			if s.randAt(i) {
				cur = "ZAR" // "R614-billion", "R2.5 trillion"
				i++
				continue
			}
			if e, ok := s.word(i); ok {
				if e.cur != "" && e.flags&fMinor == 0 && isLatin(t) && s.toks[i+1].kind == tNum && !s.toks[i+1].newline {
					cur = e.cur // "dollar 22.5 million"
					i++
					continue
				}
				if e.flags&fMinus != 0 && (s.toks[i+1].kind == tNum || s.isNumberWord(i+1)) {
					neg = !neg
					i++
					continue
				}
			}
		}
		break
	}
	if i >= len(s.toks) {
		return q, 0, false
	}
	if s.toks[i].norm == "جزء" && i+1 < len(s.toks) && s.toks[i+1].norm == "من" {
		if v, j, isOrd, ok := s.numberWords(i + 2); ok && !isOrd && v != 0 {
			q.Value = 1 / v
			return q, j, true
		}
	}
	if f := vulgar(s.toks[i]); f > 0 {
		q.Value = f
		return q, i + 1, true
	}
	var v float64
	var j int
	t := &s.toks[i]
	switch t.kind {
	case tNum:
		v, j = t.num, i+1
		// "7 point 95 percent": digits with the decimal point written as a
		// word.
		if e, ok := s.word(j); ok && e.flags&fPoint != 0 && !t.decimal && !t.grouped && j+1 < len(s.toks) {
			if d := &s.toks[j+1]; d.kind == tNum && !d.decimal && !d.grouped && d.digits > 0 && !d.newline {
				v, j = t.num+d.num/math.Pow10(int(d.digits)), j+2
			}
		}
		// "(48.5) مليار دولار": a number set in brackets before its scale.
		if i > 0 && s.isPunct(i-1, '(') && s.isPunct(j, ')') && s.glued(j) {
			if e, ok := s.word(j + 1); ok && (e.ncls == nScale || e.cur != "") {
				j++
			}
		}
		// A scale glued or after: "10k", "240 billion", "1.2 تريليون", "228 млрд".
		if j < len(s.toks) && isLatin(&s.toks[j]) && (s.glued(j) || (s.toks[j].norm == "k" || s.toks[j].norm == "m" && s.toks[j].upper) && !s.toks[j].newline && (j+1 == len(s.toks) || s.toks[j+1].kind != tWord)) {
			n := s.toks[j].norm
			if m, ok := scaleSuffix(n); ok && (n != "m" || cur != "" || s.toks[j].upper) {
				v *= m
				j++
			} else if n == "mm" && s.toks[j].upper {
				v *= 1e6
				j++
			}
		} else if j < len(s.toks) && vulgar(s.toks[j]) > 0 && s.glued(j) && !t.decimal {
			v += vulgar(s.toks[j]) // "2½"
			j++
		}
		// "USD 6.4-billion": a scale joined by a hyphen.
		if s.isPunct(j, '-') && s.glued(j) && j+1 < len(s.toks) && s.glued(j+1) {
			if e, ok := s.word(j + 1); ok && e.ncls == nScale && !e.dual && e.prefix == 0 {
				j++
			}
		}
		// "15 مليارا", "12 ألفا": after digits, a scale in "-ا" is one in
		// the accusative, not the dual of a construct ("مليارا دولار").
		accusative := false
		if e, ok := s.word(j); ok && e.ncls == nScale && e.dual && e.prefix == 0 {
			t := s.text[s.toks[j].b0:s.toks[j].b1]
			accusative = strings.HasSuffix(t, "ا") || strings.ContainsRune(t, '\u064B')
		}
		if e, ok := s.word(j); ok && (e.ncls == nScale || e.ncls == nHundred && e.num == 100) && (!e.dual || accusative) && e.prefix == 0 {
			if accusative {
				e.num /= 2
			}
			v *= e.num
			j++
			if e.flags&fScaleAbbr != 0 && s.isPunct(j, '.') && s.glued(j) && !s.sentenceEndAfter(j) {
				j++
			}
			// "43.62 lakh crore", "ألف مليار": a larger scale stacked on it.
			if e2, ok := s.word(j); ok && e2.ncls == nScale && e2.num > e.num && !e2.dual && e2.prefix == 0 {
				v *= e2.num
				j++
				e = e2
			}
			// "3 million and a half"
			if f, next := s.fraction(j); f > 0 {
				v += f * e.num
				j = next
			}
			v, j = s.digitCompound(v, e.num, j)
		} else if f, next := s.fraction(j); f > 0 && !t.decimal {
			v += f
			j = next
		}
		// "للدورة 23 للجنة الكبرى": digits after a noun of rank are a rank
		// (not a sum, a share or a year).
		if i > 0 && j == i+1 && !t.decimal && t.digits <= 3 && !s.isPunct(j, '%', '٪') {
			if e, ok := s.word(i - 1); ok && e.flags&fOrdNoun != 0 {
				if n, ok := s.word(j); !ok || n.ncls != nScale && n.cur == "" && n.flags&fPercent == 0 {
					q.Kind, q.Unit, q.Value = Ordinal, "ordinal", v
					return q, j, true
				}
			}
		}
		// Ordinals in digits: 31st, 30-я, 5-го.
		if j < len(s.toks) && !t.decimal {
			if e, ok := s.word(j); ok && e.flags&fOrdSuffix != 0 && s.glued(j) {
				q.Kind, q.Unit, q.Value = Ordinal, "ordinal", v
				return q, j + 1, true
			}
			if s.isPunct(j, '-') && s.glued(j) && j+1 < len(s.toks) && s.glued(j+1) && s.toks[j+1].kind == tWord && isRuOrdinalSuffix(s.toks[j+1].norm) {
				if t.digits == 4 && v >= 1900 && v <= 2100 {
					return Quantity{Kind: Date, Period: strconv.Itoa(int(v))}, j + 2, true
				}
				q.Kind, q.Unit, q.Value = Ordinal, "ordinal", v
				return q, j + 2, true
			}
		}
	case tWord:
		// "القمة الـ15", "الاجتماع الـ 30": the article before digits makes an ordinal.
		if t.norm == "ال" && i+1 < len(s.toks) && s.toks[i+1].kind == tNum && !s.toks[i+1].decimal && !s.toks[i+1].newline {
			// "تجاوز الـ20 مليار دولار": with a scale after it, the article
			// makes a sum definite, not a rank.
			if e, ok := s.word(i + 2); ok && e.ncls == nScale {
				if n, next, ok := s.quantity(i + 1); ok {
					return n, next, true
				}
			}
			// "تجاوزت سقف الـ15 قمة": after no noun with its article, an
			// indefinite noun right after the digits is what they count.
			if i+2 < len(s.toks) && (i == 0 || !definite(&s.toks[i-1])) && arabicWord(&s.toks[i+2]) && !definite(&s.toks[i+2]) && !s.toks[i+2].newline {
				if _, known := s.lx.lookup(s.toks[i+2].norm); !known {
					if n, next, ok := s.quantity(i + 1); ok {
						return n, next, true
					}
				}
			}
			q.Kind, q.Unit, q.Value = Ordinal, "ordinal", s.toks[i+1].num
			return q, i + 2, true
		}
		var isOrd bool
		var ok bool
		v, j, isOrd, ok = s.numberWords(i)
		if !ok {
			if fv, fj, ok := s.bareFraction(i); ok {
				v, j, ok = fv, fj, true
				break
			}
			// A dual noun on its own: يومين = two days, مليونين = two million.
			if e, ok := s.word(i); ok && e.dual && i > 0 {
				if e.dur == "times" {
					q.Value = 2
					return q, i + 1, true
				}
				if e.dur != "" {
					q.Kind, q.Value, q.Unit = Duration, 2, e.dur
					return q, i + 1, true
				}
			}
			// "ليوم واحد", "يوما واحدا": a unit noun with "one" after it.
			if e, ok := s.word(i); ok && e.dur != "" && e.dur != "times" && !e.dual && arabicWord(&s.toks[i]) {
				if n, ok := s.word(i + 1); ok && n.ncls == nUnit && n.num == 1 && n.prefix == 0 && arabicWord(&s.toks[i+1]) {
					q.Kind, q.Value, q.Unit = Duration, 1, e.dur
					return q, i + 2, true
				}
			}
			// "عام ونصف", "a year and a half": one unit of time and a
			// fraction.
			if e, ok := s.word(i); ok && e.dur != "" && e.dur != "times" && !e.dual && (arabicWord(&s.toks[i]) || i > 0 && s.toks[i-1].norm == "a") {
				if f, next := s.fraction(i + 1); f > 0 && f < 1 {
					q.Kind, q.Value, q.Unit = Duration, 1+f, e.dur
					return q, next, true
				}
			}
			// "a weeklong visit", "a week-long visit": one unit of time.
			if e, ok := s.word(i); ok && e.dur != "" && e.dur != "times" {
				if e.flags&fSingle != 0 {
					q.Kind, q.Value, q.Unit = Duration, 1, e.dur
					return q, i + 1, true
				}
				if l, ok := s.word(i + 2); ok && l.flags&fLasting != 0 && s.isPunct(i+1, '-') && s.glued(i+1) && s.glued(i+2) {
					q.Kind, q.Value, q.Unit = Duration, 1, e.dur
					return q, i + 3, true
				}
			}
			if d, ok := s.ruCompoundDuration(i); ok {
				return d, i + 1, true
			}
			return q, 0, false
		}
		if isOrd {
			q.Kind, q.Unit, q.Value = Ordinal, "ordinal", v
			return q, j, true
		}
		// "четыре триллиона 200 миллиардов": words, then smaller parts in
		// digits.
		// So do a dual and an accusative: "مليارين و500 مليون",
		// "مليارًا و300 مليون" (an entry's dual value is twice its scale).
		if e, ok := s.word(j - 1); ok && e.ncls == nScale {
			scale := e.num
			if e.dual {
				scale /= 2
			}
			v, j = s.digitCompound(v, scale, j)
		}
	default:
		return q, 0, false
	}
	if t.kind == tNum {
		v, j = s.digitsTail(v, i, j)
	}
	if dv, dj, ok := s.division(v, j); ok && cur == "" && !s.followedByUnit(dj) {
		v, j = dv, dj
	}
	if neg {
		v = -v
	}
	v *= prefixScale
	q.Value = v
	// What follows the number.
	if j < len(s.toks) {
		if s.isPunct(j, '%', '٪') {
			q.Kind, q.Unit = Percent, "percent"
			// "0.5%-point", "0.25%-points": percentage points.
			if s.isPunct(j+1, '-') && s.glued(j+1) && s.glued(j+2) && j+2 < len(s.toks) && (s.toks[j+2].norm == "point" || s.toks[j+2].norm == "points") {
				q.Unit = "pp"
				return q, j + 3, true
			}
			return q, j + 1, true
		}
		// "(42.5) %": a figure in brackets with the sign after them.
		if start > 0 && s.isPunct(start-1, '(') && s.isPunct(j, ')') && s.isPunct(j+1, '%', '٪') && !s.toks[j+1].newline {
			q.Kind, q.Unit = Percent, "percent"
			return q, j + 2, true
		}
		if s.isPunct(j, '‰', '؉') {
			q.Kind, q.Unit, q.Value = Percent, "percent", v/10
			return q, j + 1, true
		}
		if p, end, ok := s.phraseAt(j, pPercent); ok {
			q.Kind, q.Unit = Percent, pointsUnit(p.words, "percent")
			// "4.8 per cent point-to-point": a percent, measured from
			// one point in time to another.
			if p.words[len(p.words)-1] == "point" && end+3 < len(s.toks) && s.isPunct(end, '-') && s.toks[end+1].norm == "to" && s.isPunct(end+2, '-') && s.toks[end+3].norm == "point" {
				q.Unit, end = "percent", end+4
			}
			return q, end, true
		}
		if e, ok := s.word(j); ok && e.flags&fPercent != 0 {
			q.Kind, q.Unit = Percent, "percent"
			return q, j + 1, true
		}
		// "3.08-percent", "0.5-per cent": the unit hyphenated to the number.
		if s.isPunct(j, '-') && s.glued(j) && s.glued(j+1) && s.toks[j-1].kind == tNum && j+1 < len(s.toks) {
			if s.toks[j+1].norm == "percent" && !(j+2 < len(s.toks) && s.toks[j+2].norm == "points") {
				q.Kind, q.Unit = Percent, "percent"
				return q, j + 2, true
			}
			if p, end, ok := s.phraseAt(j+1, pPercent); ok && len(p.words) > 1 {
				q.Kind, q.Unit = Percent, pointsUnit(p.words, "percent")
				return q, end, true
			}
		}
		// "بنسبة ٥": a share named before the number.
		if start > 0 && s.toks[start-1].kind == tWord && (s.toks[start-1].norm == "نسبه" || s.toks[start-1].norm == "بنسبه") && !s.followedByUnit(j) {
			q.Kind, q.Unit = Percent, "percent"
			return q, j, true
		}
		// "19 euro area countries": a currency's name inside a fixed
		// expression names no currency.
		_, _, fixed := s.phraseAt(j, pNotQuantity)
		if p, end, ok := s.phraseAt(j, pCurrency, pCurrencyMinor); ok && !fixed {
			q.Kind, q.Unit = Money, p.cur
			if p.kind == pCurrencyMinor {
				q.Value /= 100 // cents, pence: reported in whole units
			}
			return q, end, true
		}
		if j < len(s.toks) && s.toks[j].kind == tPunct && s.currencySymbol(s.toks[j].punct) != "" && cur == "" && !(j+1 < len(s.toks) && s.toks[j+1].kind == tNum && s.glued(j+1)) {
			q.Kind, q.Unit = Money, s.currencySymbol(s.toks[j].punct)
			return q, j + 1, true
		}
		if c, scale := s.codeAt(j); c != "" && scale > 1 {
			q.Kind, q.Unit, q.Value = Money, c, q.Value*scale
			return q, j + 1, true
		}
		if e, ok := s.word(j); ok && e.cur != "" && !fixed {
			q.Kind, q.Unit = Money, e.cur
			if sc, ok := s.word(j + 1); ok && sc.ncls == nScale && !sc.dual && e.flags&fMinor == 0 {
				q.Value *= sc.num // "75 USD million"
				return q, j + 2, true
			}
			if e.flags&fMinor == 0 {
				if c, next := s.centsAfter(j + 1); next > 0 {
					q.Value += c
					return q, next, true
				}
			}
			if e.flags&fMinor != 0 {
				q.Value /= 100 // cents, pence: reported in whole units
			}
			// "دولار أمريكي"
			if p, end, ok := s.phraseAt(j, pCurrency); ok {
				q.Unit = p.cur
				return q, end, true
			}
			q.BareCurrency = s.lx.namesakes[e.cur] != nil && s.toks[j].norm != strings.ToLower(e.cur) // "ريال", not "SAR"
			return q, j + 1, true
		}
		if cur != "" {
			q.Kind, q.Unit = Money, cur
			return q, j, true
		}
		// Durations: "ثلاثة أيام", "two days", "a two-day visit", "10-year".
		k := j
		if s.isPunct(k, '-') && s.glued(k) && s.glued(k+1) {
			k++
		}
		// A unit with a preposition glued is no count of it: "102.46 لعام
		// 2021" is a value "for the year 2021".
		if e, ok := s.word(k); ok && e.dur != "" && e.dur != "times" && !e.dual && e.ncls == nNone && e.prefix&cPrep == 0 {
			q.Kind, q.Unit = Duration, e.dur
			return q, k + 1, true
		}
	}
	if cur != "" {
		q.Kind, q.Unit = Money, cur
		return q, j, true
	}
	// A bare four-digit year is a date, not a number.
	if t.kind == tNum && t.digits == 4 && !t.decimal && !t.grouped && v >= 1900 && v <= 2100 && !neg && start == i {
		return Quantity{Kind: Date, Period: strconv.Itoa(int(v))}, j, true
	}
	return q, j, true
}

// sentenceEndAfter reports whether the dot at j ends a sentence (a new line
// or an upper-case word follows).
func (s *Scanner) sentenceEndAfter(j int) bool {
	if j+1 >= len(s.toks) {
		return true
	}
	n := &s.toks[j+1]
	return n.newline || n.upper
}

var ruDurPrefixes = []struct {
	prefix string
	n      float64
}{
	{"одно", 1}, {"двух", 2}, {"трех", 3}, {"четырех", 4}, {"пяти", 5}, {"шести", 6}, {"семи", 7},
	{"восьми", 8}, {"девяти", 9}, {"десяти", 10}, {"пятнадцати", 15}, {"двадцати", 20}, {"тридцати", 30},
}

var ruDurStems = []struct{ stem, unit string }{
	{"дневн", "days"}, {"недельн", "weeks"}, {"месячн", "months"}, {"летн", "years"}, {"годичн", "years"}, {"часов", "hours"},
}

// isPhrase reports whether a phrase of kind starts at token i.
func (s *Scanner) isPhrase(i int, kind phraseKind) bool {
	_, _, ok := s.phraseAt(i, kind)
	return ok
}

// chunkSize is how much text ScanLines reads at a time.
const chunkSize = 64 << 10

// ScanLines finds the quantities of a long text piece by piece, cutting it
// at line breaks into chunks of about 64 KiB (no quantity spans a line
// break), and calls fn for each with offsets into the whole text. Memory
// stays bounded by the chunk size, whatever the length of the text.
func (s *Scanner) ScanLines(ctx context.Context, text string, opt Options, fn func(Quantity) error) error {
	byteOff, runeOff := 0, 0
	for len(text) > 0 {
		n := len(text)
		if n > chunkSize {
			if k := strings.LastIndexByte(text[:chunkSize], '\n'); k > 0 {
				n = k + 1
			} else if k := strings.IndexByte(text[chunkSize:], '\n'); k >= 0 {
				n = chunkSize + k + 1
			}
		}
		chunk := text[:n]
		qs, err := s.Scan(ctx, chunk, opt)
		if err != nil {
			if ue, ok := err.(*InvalidUTF8Error); ok {
				return &InvalidUTF8Error{Offset: byteOff + ue.Offset}
			}
			return err
		}
		for _, q := range qs {
			q.Start += runeOff
			q.End += runeOff
			q.ByteStart += byteOff
			q.ByteEnd += byteOff
			if err := fn(q); err != nil {
				return err
			}
		}
		byteOff += n
		runeOff += utf8.RuneCountInString(chunk)
		text = text[n:]
	}
	return nil
}

// pointsUnit is the unit a percent phrase of words names: "bp" for basis
// points and "pp" for percentage points (a change, not a level), else
// unit.
func pointsUnit(words []string, unit string) string {
	switch w := strings.Join(words, " "); {
	case strings.HasPrefix(w, "basis") || w == "bp" || w == "bps" || strings.Contains(w, "اساس") || strings.HasPrefix(w, "базисн") || strings.HasPrefix(w, "б "):
		return "bp"
	case strings.Contains(w, "نق") || strings.HasPrefix(w, "percentage") || strings.HasSuffix(w, " point") || strings.HasSuffix(w, " points") || strings.HasPrefix(w, "процентн") || strings.HasPrefix(w, "п "):
		return "pp"
	}
	return unit
}

// definite reports an Arabic word with the article, or with ل and the
// article ("القمة", "للمرة").
func definite(t *token) bool {
	return arabicWord(t) && (strings.HasPrefix(t.norm, "ال") || strings.HasPrefix(t.norm, "لل"))
}
