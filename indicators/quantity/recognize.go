package quantity

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Scan finds every quantity in text. It returns an *InvalidUTF8Error for
// input that is not valid UTF-8.
func (s *Scanner) Scan(text string, opt Options) ([]Quantity, error) {
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
		t := &s.toks[k]
		t.ent = -1
		switch t.kind {
		case tPunct:
			t.phr = s.lx.punctPhrase[t.punct]
			continue
		case tNum:
			continue
		}
		if len(t.norm) > 8 && (t.norm[0] == 0xd0 || t.norm[0] == 0xd1) {
			_, t.ruDur = s.ruCompoundDuration(k)
		}
		if e, ok := s.lx.lookup(t.norm); ok {
			t.phr = e.flags&fPhraseStart != 0
			t.cand = e.canStart()
			t.ent = int32(len(s.ents))
			s.ents = append(s.ents, e)
		}
	}
	for i := 0; i < len(s.toks); {
		if t := &s.toks[i]; t.kind == tWord && !t.cand && !t.phr && !t.ruDur && !(isLatin(t) && i+1 < len(s.toks) && s.toks[i+1].kind == tNum && s.glued(i+1)) ||
			t.kind == tPunct && !t.phr && s.currencySymbol(t.punct) == "" && t.punct != '-' && t.punct != '−' && t.punct != '+' && vulgar(*t) == 0 {
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
			s.emit(q, i, next)
			i = next
			continue
		}
		i++
	}
	return s.out, nil
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
	if q.Kind != Date && q.Value != 0 {
		// 136.8 × 10⁹ is 136800000000, not 136800000000.00002.
		q.Value = round15(q.Value)
	}
	start := i
	if q.Kind != Date {
		if j, kind, ok := s.phraseBefore(i, pHedge, pLower, pUpper); ok {
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
	q.Start, q.End, q.ByteStart, q.ByteEnd = a.r0, b.r1, a.b0, b.b1
	q.Text = s.text[a.b0:b.b1]
	q.Token = start
	s.out = append(s.out, q)
}

// round15 rounds v to 15 significant digits, more than news figures are
// written with, dropping the binary noise of decimal scaling.
func round15(v float64) float64 {
	e := int(math.Floor(math.Log10(math.Abs(v)))) - 14
	switch {
	case e < -22 || e > 22:
		return v
	case e < 0:
		p := math.Pow10(-e)
		return math.Round(v*p) / p
	default:
		p := math.Pow10(e)
		return math.Round(v/p) * p
	}
}

// regnalTitles are the titles a regnal number follows.
var regnalTitles = map[string]bool{
	"king": true, "queen": true, "pope": true, "emperor": true, "sultan": true,
	"الملك": true, "والملك": true, "للملك": true, "الملكه": true, "السلطان": true, "البابا": true, "الامير": true,
	"король": true, "короля": true, "королем": true, "королева": true, "папа": true, "папы": true,
}

// regnal reports an ordinal at token i that numbers a monarch: a title
// within the three words before it ("King Charles III", "الملك محمد السادس").
func (s *Scanner) regnal(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t := &s.toks[k]; t.kind == tWord && regnalTitles[t.norm] {
			return true
		}
	}
	return false
}

// phraseBefore finds a phrase of one of kinds ending just before token i.
func (s *Scanner) phraseBefore(i int, kinds ...phraseKind) (int, phraseKind, bool) {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if s.toks[j].kind != tWord || s.toks[j].newline && j < i-1 {
			continue
		}
		for _, p := range s.lx.phrases[s.toks[j].norm] {
			if !hasKind(kinds, p.kind) {
				continue
			}
			if end, ok := s.matchPhrase(j, p); ok && end == i {
				return j, p.kind, true
			}
		}
		// Arabic clitics on the first word of the phrase: "وبنحو", "ونحو".
		w := s.toks[j].norm
		for _, pre := range []string{"و", "ب", "وب", "ل"} {
			if strings.HasPrefix(w, pre) && len(w) > len(pre) {
				for _, p := range s.lx.phrases[w[len(pre):]] {
					if hasKind(kinds, p.kind) && len(p.words) == i-j {
						if end, ok := s.matchPhraseFrom(j, p, 1); ok && end == i {
							return j, p.kind, true
						}
					}
				}
			}
		}
	}
	return 0, 0, false
}

func hasKind(kinds []phraseKind, k phraseKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

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

// phraseAt returns the longest phrase of one of kinds starting at token i.
func (s *Scanner) phraseAt(i int, kinds ...phraseKind) (phrase, int, bool) {
	if i >= len(s.toks) {
		return phrase{}, 0, false
	}
	t := &s.toks[i]
	if !t.phr {
		return phrase{}, 0, false
	}
	key := t.norm
	if t.kind == tPunct {
		key = string(t.punct)
	}
	best, bestEnd := phrase{}, 0
	for _, p := range s.lx.phrases[key] {
		if !hasKind(kinds, p.kind) {
			continue
		}
		var end int
		var ok bool
		if t.kind == tPunct {
			end, ok = s.matchPhraseFrom(i, p, 1)
		} else {
			end, ok = s.matchPhrase(i, p)
		}
		if ok && end > bestEnd {
			best, bestEnd = p, end
		}
	}
	return best, bestEnd, bestEnd > 0
}

// word returns the lexicon entry of token i, if it is a known word.
func (s *Scanner) word(i int) (entry, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].ent < 0 {
		return entry{}, false
	}
	return s.ents[s.toks[i].ent], true
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

// glued reports whether token i follows token i-1 with no space.
func (s *Scanner) glued(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].space
}

func isLatin(t *token) bool { return t.kind == tWord && t.norm != "" && t.norm[0] < 0x80 }

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
		// "G20", "G7": a Latin word glued to digits.
		if isLatin(t) && i+1 < len(s.toks) && s.toks[i+1].kind == tNum && s.glued(i+1) && !(t.norm == "q" && s.toks[i+1].num >= 1 && s.toks[i+1].num <= 4) && t.norm != "fy" && s.currencyCode(i) == "" {
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
		// "+1-222-2222": a phone number.
		if t.punct == '+' && i+1 < len(s.toks) && s.toks[i+1].kind == tNum && s.glued(i+1) {
			return s.skipJoinedDigits(i + 1)
		}
	case tNum:
		// "10:00", "15:00".
		if s.isPunct(i+1, ':') && s.glued(i+1) && i+2 < len(s.toks) && s.toks[i+2].kind == tNum && s.glued(i+2) {
			return s.skipClock(i)
		}
		// "800-46327": digit groups joined by hyphens with seven or more digits.
		if s.isPunct(i+1, '-', '/') && s.glued(i+1) && i+2 < len(s.toks) && s.toks[i+2].kind == tNum && s.glued(i+2) {
			n, j := 0, i
			for j < len(s.toks) && s.toks[j].kind == tNum {
				n += s.toks[j].digits
				if !(s.isPunct(j+1, '-', '/') && s.glued(j+1) && j+2 < len(s.toks) && s.toks[j+2].kind == tNum && s.glued(j+2)) {
					break
				}
				j += 2
			}
			if n >= 7 && !(t.digits == 4 && s.toks[i+2].digits <= 2) {
				return j + 1
			}
		}
		// "5G", "3D": digits glued to a Latin word that is no suffix we read.
		if i+1 < len(s.toks) && isLatin(&s.toks[i+1]) && s.glued(i+1) {
			if n := s.toks[i+1].norm; (n == "e" || n == "x") && i+2 < len(s.toks) && s.glued(i+2) && (s.toks[i+2].kind == tNum || s.isPunct(i+2, '+', '-')) {
				return i
			}
			if _, ok := scaleSuffix(s.toks[i+1].norm); !ok && s.currencyCode(i+1) == "" {
				if e, ok := s.word(i + 1); !ok || e.flags&fOrdSuffix == 0 {
					return i + 2
				}
			}
		}
		// A number glued to an Arabic or Cyrillic word ("١٨٠ميلي") is a
		// unit abbreviation we do not read.
		if i+1 < len(s.toks) && s.toks[i+1].kind == tWord && !isLatin(&s.toks[i+1]) && s.glued(i+1) {
			if e, ok := s.word(i + 1); !ok || (e.ncls != nScale && e.cur == "" && e.dur == "" && e.flags&fPercent == 0) {
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

// scaleSuffix reads a scale glued to digits: 10k, 1.2bn.
func scaleSuffix(w string) (float64, bool) {
	switch w {
	case "k":
		return 1e3, true
	case "m", "mn", "mln", "mil":
		return 1e6, true
	case "b", "bn", "bln":
		return 1e9, true
	case "tn", "tln", "trn":
		return 1e12, true
	}
	return 0, false
}

// currencySymbol maps a one-character currency sign to its ISO 4217 code.
func (s *Scanner) currencySymbol(r rune) string { return s.lx.symbols[r] }

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
		if _, end, ok := s.phraseAt(i, pPercent); ok {
			k = end
		}
		if n, ok := s.word(k); ok && n.flags&fOf != 0 && isLatin(&s.toks[k]) {
			k++
		}
		if k < len(s.toks) && !s.toks[k].newline {
			if n, next, ok := s.quantity(k); ok && n.Kind == Number {
				n.Kind, n.Unit = Percent, "percent"
				return n, next, true
			}
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
			// "-5": a minus sign glued to the number and not inside a range.
			if (t.punct == '-' || t.punct == '−') && i+1 < len(s.toks) && s.toks[i+1].kind == tNum && (s.glued(i+1) || i == 0) && (i == 0 || t.space || s.toks[i-1].kind == tPunct && s.toks[i-1].punct != '-') {
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
		if e, ok := s.word(j); ok && (e.ncls == nScale || e.ncls == nHundred && e.num == 100) && !e.dual && e.prefix == 0 {
			v *= e.num
			j++
			if e.flags&fScaleAbbr != 0 && s.isPunct(j, '.') && s.glued(j) && !s.sentenceEndAfter(j) {
				j++
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
			if d, ok := s.ruCompoundDuration(i); ok {
				return d, i + 1, true
			}
			return q, 0, false
		}
		if isOrd {
			q.Kind, q.Unit, q.Value = Ordinal, "ordinal", v
			return q, j, true
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
			return q, j + 1, true
		}
		if s.isPunct(j, '‰', '؉') {
			q.Kind, q.Unit, q.Value = Percent, "percent", v/10
			return q, j + 1, true
		}
		if p, end, ok := s.phraseAt(j, pPercent); ok {
			q.Kind, q.Unit = Percent, "percent"
			switch w := strings.Join(p.words, " "); {
			case strings.HasPrefix(w, "basis") || w == "bp" || w == "bps" || strings.Contains(w, "اساس") || strings.HasPrefix(w, "базисн") || strings.HasPrefix(w, "б "):
				q.Unit = "bp" // basis points: a change, not a level
			case strings.Contains(w, "نق") || strings.HasPrefix(w, "percentage") || strings.HasPrefix(w, "процентн") || strings.HasPrefix(w, "п "):
				q.Unit = "pp" // percentage points: a change, not a level
			}
			return q, end, true
		}
		if e, ok := s.word(j); ok && e.flags&fPercent != 0 {
			q.Kind, q.Unit = Percent, "percent"
			return q, j + 1, true
		}
		// "بنسبة ٥": a share named before the number.
		if start > 0 && s.toks[start-1].kind == tWord && (s.toks[start-1].norm == "نسبه" || s.toks[start-1].norm == "بنسبه") && !s.followedByUnit(j) {
			q.Kind, q.Unit = Percent, "percent"
			return q, j, true
		}
		if p, end, ok := s.phraseAt(j, pCurrency, pCurrencyMinor); ok {
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
		if e, ok := s.word(j); ok && e.cur != "" {
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
		if e, ok := s.word(k); ok && e.dur != "" && e.dur != "times" && !e.dual && e.ncls == nNone {
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

func isRuOrdinalSuffix(w string) bool {
	switch w {
	case "я", "й", "ю", "е", "го", "м", "х", "ой", "ого", "ому", "ый", "ая", "ую", "ое", "ых", "ом", "ым", "ий", "ей", "ья", "ье", "ьей":
		return true
	}
	return false
}

// fraction reads "ونصف", "وربع", "and a half", "and a quarter" at j.
func (s *Scanner) fraction(j int) (float64, int) {
	if e, ok := s.word(j); ok && e.frac > 0 && e.prefix&cAnd != 0 && e.prefix&cArticle == 0 {
		return e.frac, j + 1
	}
	if e, ok := s.word(j); ok && e.flags&fAnd != 0 {
		k := j + 1
		if f, ok := s.word(k); ok && f.frac > 0 && f.prefix == 0 && f.ncls == nNone && arabicWord(&s.toks[k]) {
			return f.frac, k + 1
		}
		if k < len(s.toks) && s.toks[k].norm == "a" {
			k++
		}
		if k < len(s.toks) && s.toks[k].norm == "one" && s.isDenom(k+1) || k < len(s.toks) && s.toks[k].norm == "one" && k+1 < len(s.toks) && s.toks[k+1].norm == "half" {
			k++
		}
		if f, ok := s.word(k); ok && (f.frac > 0 || f.denom > 2 && f.flags&fDenomPlural == 0) && isLatin(&s.toks[k]) {
			v := f.frac
			if v == 0 {
				v = 1 / f.denom
			}
			return v, k + 1
		}
	}
	return 0, j
}

// isNumberWord reports whether token i starts a number in words.
func (s *Scanner) isNumberWord(i int) bool {
	e, ok := s.word(i)
	return ok && (e.ncls != nNone || e.ocls != nNone)
}

// numberWords reads a number written in words from token i: cardinals and
// ordinals with their compounds in Arabic (ثلاثة وعشرين، مئتان وخمسون،
// الحادي والثلاثين), English (twenty-one, one hundred and five, thirty-first)
// and Russian (двадцать пять, двадцать пятый).
func (s *Scanner) numberWords(i int) (float64, int, bool, bool) {
	var total, cur, lastScale float64
	var last numClass
	isOrd, started, articleUnit := false, false, false
	j := i
	for j < len(s.toks) {
		t := &s.toks[j]
		connector := false
		k := j
		if started && t.kind == tWord {
			if e, ok := s.word(j); ok && e.flags&fAnd != 0 && e.ncls == nNone && k+1 < len(s.toks) && !s.toks[k+1].newline {
				connector = true
				k++
			}
		}
		if started && s.isPunct(k, '-') && k+1 < len(s.toks) && isLatin(&s.toks[k+1]) && (last == nTen || last == nUnit && s.isDenom(k+1)) {
			connector = true
			k++
		}
		if k >= len(s.toks) || s.toks[k].kind != tWord {
			break
		}
		tk := &s.toks[k]
		e, ok := s.word(k)
		if !ok {
			break
		}
		if started && e.prefix&cPrep != 0 && e.prefix&cArticle != 0 {
			break // "بالمئة", "بالألف": a preposition ends the number
		}
		if e.prefix&cAnd != 0 {
			if !started {
				break // "وثلاثة" at the start: the number begins after the conjunction; read it without
			}
			connector = true
		}
		// Fractions inside a number: "عشرون وثلاثة أخماس", "twenty and three fifths",
		// "ثلاث وخمس" (three and a fifth), "ثلاث وعشرون خمس" (23 fifths).
		if started {
			if e.ncls == nUnit && connector && !s.isPunct(k-1, '-') {
				if d, ok := s.word(k + 1); ok && d.flags&fDenomPlural != 0 && d.prefix == 0 {
					f, next := e.num/d.denom, k+2
					if sc, ok := s.word(next); ok && sc.ncls == nScale && !sc.dual {
						f, next = f*sc.num, next+1 // "and three quarters million"
					} else if cur == 0 && lastScale > 0 {
						f *= lastScale // "two million and three fifths"
					}
					return total + cur + f, next, false, true
				}
				if e.denom > 0 && last == nUnit && arabicWord(tk) {
					return total + cur + 1/e.denom, k + 1, false, true
				}
			}
			if (!connector || s.isPunct(k-1, '-')) && e.denom > 0 && (e.flags&fDenomPlural != 0 || arabicWord(tk) && e.ncls == nUnit || e.ocls != nNone && (e.ocls == nUnit || e.ocls == nTeen) && (last == nUnit || last == nTeen) && !isOrd) {
				v, next := s.ofScale((total+cur)/e.denom, k+1)
				return v, next, false, true
			}
		}
		// Zero never joins a compound: "ثلاثمائة و صفر" are two numbers.
		if started && e.ncls == nUnit && e.num == 0 {
			break
		}
		arabic := arabicWord(tk)
		// Arabic compounds need و between parts, except a scale or hundred
		// after a unit ("ثلاثة آلاف", "ثلاث مئة") and عشر after a unit.
		if started && arabic && !connector && !(e.ncls == nScale || e.ncls == nHundred || e.ncls == nTeenTail) {
			break
		}
		if started && connector && (e.ncls == nTeenTail) {
			break
		}
		switch {
		case e.ncls == nTeenTail && started && last == nUnit && !connector:
			cur += 10
			last = nTeen
		case e.ncls != nNone && !(e.ocls != nNone && started && isOrd):
			if !started && e.prefix&cArticle != 0 {
				switch e.ncls {
				case nTen, nHundred, nScale:
					isOrd = true // الثلاثين، المئة، المئتان
				case nUnit:
					articleUnit = true // الواحد والعشرون
				default:
					if e.ncls == nTeenTail {
						return 0, 0, false, false
					}
				}
			}
			if !started && (e.ncls == nScale || e.ncls == nHundred) && e.prefix&cArticle != 0 && e.prefix&cPrep != 0 {
				// "بالمئة" is handled as a percent word by the caller; a bare
				// preposition + scale is no number.
				return 0, 0, false, false
			}
			v := e.num
			switch e.ncls {
			case nUnit, nTeen, nTeenTail:
				if started && (last == nUnit || last == nTeen) {
					goto done
				}
				cur += v
			case nTen:
				if started && (last == nTen || last == nTeen) {
					goto done
				}
				cur += v
			case nHundred:
				if started && last == nHundred {
					goto done
				}
				if v == 100 && cur > 0 && cur < 100 {
					cur *= 100
				} else if cur >= 100 || (cur > 0 && v > 100) {
					goto done
				} else {
					cur += v
				}
			case nScale:
				if e.dual {
					if started && cur != 0 {
						goto done
					}
					total += v
					lastScale = v / 2
					cur = 0
					break
				}
				if cur == 0 && last == nScale && v > lastScale {
					total *= v // "three lakh crore"
					lastScale = v
					break
				}
				if v < 100 && cur >= 100 {
					// "three hundred and two dozens": the dozen takes the last part only
					tail := math.Mod(cur, 100)
					cur = cur - tail + tail*v
					break
				}
				if cur == 0 {
					cur = 1
				}
				if lastScale != 0 && v > lastScale {
					total = (total + cur) * v
				} else {
					total += cur * v
				}
				lastScale = v
				cur = 0
			}
			last = e.ncls
		case e.ocls != nNone:
			// An ordinal part ends an English or Russian number; in Arabic
			// it may be followed by عشر or و + tens.
			if started && e.prefix&cArticle != 0 && !isOrd {
				goto done
			}
			if started && arabic && last != nHundred && !isOrd {
				goto done
			}
			isOrd = true
			if e.ocls == nScale && cur > 0 {
				cur *= e.ord
			} else if e.ocls == nHundred && cur > 0 && cur < 10 {
				cur *= 100
			} else {
				cur += e.ord
			}
			last = e.ocls
			if !arabic {
				j = k + 1
				started = true
				goto done
			}
			// Arabic ordinal unit + عشر: الحادي عشر، الثانية عشرة
			if k+1 < len(s.toks) {
				if n, ok := s.word(k + 1); ok && n.ncls == nTeenTail && n.prefix == 0 && e.ocls == nUnit {
					cur += 10
					k++
					last = nTeen
				}
			}
		default:
			goto done
		}
		started = true
		j = k + 1
	}
done:
	if !started {
		return 0, 0, false, false
	}
	if articleUnit && last != nTen && !isOrd {
		// "الثلاثة" is a number with the article, not an ordinal.
		articleUnit = false
	}
	if articleUnit {
		isOrd = true
	}
	v := total + cur
	if d, next, ok := s.decimalWords(j); ok && !isOrd {
		v += d
		j = next
	}
	if f, next := s.fraction(j); f > 0 && !isOrd {
		if sc, ok := s.word(next); ok && sc.ncls == nScale && !sc.dual {
			if lastScale != 0 && cur == 0 {
				v += f * sc.num // "one billion and a half million"
			} else {
				v = (v + f) * sc.num // "five and a half million"
			}
			next++
		} else if lastScale != 0 && cur == 0 {
			v += f * lastScale
		} else {
			v += f
		}
		j = next
	}
	if v < 1 && !isOrd {
		v, j = s.ofScale(v, j)
	}
	// English "one" after this/that/which, Arabic واحد after أي, are pronouns.
	if j == i+1 && v == 1 && !isOrd && i > 0 {
		if p, ok := s.word(i - 1); ok && p.flags&fNoNumber != 0 {
			return 0, 0, false, false
		}
	}
	return v, j, isOrd, true
}

// ruCompoundDuration reads a Russian compound adjective of duration:
// трехдневный (three-day), двухмесячный, пятилетний.
func (s *Scanner) ruCompoundDuration(i int) (Quantity, bool) {
	w := s.toks[i].norm
	for _, p := range ruDurPrefixes {
		if !strings.HasPrefix(w, p.prefix) {
			continue
		}
		rest := w[len(p.prefix):]
		for _, u := range ruDurStems {
			if strings.HasPrefix(rest, u.stem) {
				return Quantity{Kind: Duration, Value: p.n, Unit: u.unit}, true
			}
		}
	}
	return Quantity{}, false
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

// arabicWord reports whether the token is an Arabic word.
func arabicWord(t *token) bool {
	return t.kind == tWord && t.norm != "" && t.norm[0] >= 0xd8 && t.norm[0] <= 0xdb
}

// bareFraction reads a fraction word standing alone: نصف, ثلث, ربع (without
// the article), "a half", "a fifth", "half a million", "a quarter million".
func (s *Scanner) bareFraction(i int) (float64, int, bool) {
	t := &s.toks[i]
	k := i
	if t.norm == "a" {
		k++
	}
	e, ok := s.word(k)
	if !ok || e.prefix&(cArticle|cAnd) != 0 || e.ocls == nUnit && e.ord <= 3 && e.frac == 0 {
		return 0, 0, false
	}
	f := e.frac
	if f == 0 && e.denom > 0 && e.flags&fDenomPlural == 0 && e.ncls == nNone {
		f = 1 / e.denom
	}
	if f == 0 || k == i && isLatin(t) && t.norm != "half" && t.norm != "quarter" {
		return 0, 0, false
	}
	j := k + 1
	// "half a million", "quarter million"
	if j < len(s.toks) && s.toks[j].norm == "a" {
		if n, ok := s.word(j + 1); ok && n.ncls == nScale {
			j++
		}
	}
	if n, ok := s.word(j); ok && (n.ncls == nScale || n.ncls == nHundred) && !n.dual {
		return f * n.num, j + 1, true
	}
	if k == i && isLatin(t) && !(t.norm == "half" && i > 0 && s.toks[i-1].norm == "than") {
		return 0, 0, false // a bare "half" or "quarter" with no scale is no quantity, but "more than half" is
	}
	return f, k + 1, true
}

// digitsTail reads what can follow digits and still belong to the number:
// a fraction ("3/4", "2 1/4"), an exponent ("1e10", "1.1^23", "1.3x10^6").
func (s *Scanner) digitsTail(v float64, i, j int) (float64, int) {
	t := &s.toks[i]
	// "3/4" and the mixed "2 1/4"; "5/17/2018" is no fraction.
	frac := func(k int) (float64, int, bool) {
		if k+2 < len(s.toks) && s.toks[k].kind == tNum && s.toks[k].digits <= 3 && s.isPunct(k+1, '/') && s.glued(k+1) && s.toks[k+2].kind == tNum && s.glued(k+2) &&
			!s.toks[k].decimal && !s.toks[k+2].decimal && s.toks[k+2].num != 0 && !(s.isPunct(k+3, '/') && s.glued(k+3)) {
			return s.toks[k].num / s.toks[k+2].num, k + 3, true
		}
		return 0, 0, false
	}
	if f, n, ok := frac(i); ok {
		return f, n
	}
	if !t.decimal && j < len(s.toks) && s.toks[j].kind == tNum && s.toks[j].space && !s.toks[j].newline {
		if f, n, ok := frac(j); ok && f < 1 {
			return v + f, n
		}
	}
	// Exponents.
	if j < len(s.toks) && s.glued(j) {
		k := j
		switch {
		case s.toks[k].kind == tWord && s.toks[k].norm == "e":
			k++
		case s.isPunct(k, '^'):
			k++
		case s.toks[k].kind == tWord && s.toks[k].norm == "x" && k+2 < len(s.toks) && s.toks[k+1].kind == tNum && s.toks[k+1].num == 10 && s.isPunct(k+2, '^'):
			base := 10.0
			k += 3
			sign, kk := s.expSign(k)
			if kk < len(s.toks) && s.toks[kk].kind == tNum && s.glued(kk) {
				return v * math.Pow(base, sign*s.toks[kk].num), kk + 1
			}
			return v, j
		default:
			return v, j
		}
		sign, kk := s.expSign(k)
		if kk < len(s.toks) && s.toks[kk].kind == tNum && s.glued(kk) {
			if s.toks[j].kind == tWord {
				return v * math.Pow(10, sign*s.toks[kk].num), kk + 1
			}
			return math.Pow(v, sign*s.toks[kk].num), kk + 1
		}
	}
	return v, j
}

// expSign reads the +, - or -- before an exponent.
func (s *Scanner) expSign(k int) (float64, int) {
	sign := 1.0
	for k < len(s.toks) && s.glued(k) && s.isPunct(k, '+', '-') {
		if s.toks[k].punct == '-' {
			sign = -sign
		}
		k++
	}
	return sign, k
}

// division reads "over 3", "out of three", "على ٣", "in twenty-one" (words
// only) and "من ثلاثة" (words only) after a number.
func (s *Scanner) division(v float64, j int) (float64, int, bool) {
	if j >= len(s.toks) || s.toks[j].kind != tWord {
		return 0, 0, false
	}
	k := j + 1
	wordsOnly := false
	w := s.toks[j].norm
	switch {
	case w == "over" || w == "علي":
	case w == "out" && k < len(s.toks) && s.toks[k].norm == "of":
		k++
	case w == "in" || w == "من" || w == "في":
		wordsOnly = true
	case w == "اجزاء" && k < len(s.toks) && s.toks[k].norm == "من":
		k++
	case w == "جزء" && k < len(s.toks) && s.toks[k].norm == "من":
		k++
	default:
		return 0, 0, false
	}
	if k >= len(s.toks) {
		return 0, 0, false
	}
	var d float64
	var next int
	if s.toks[k].kind == tNum && !wordsOnly {
		d, next = s.toks[k].num, k+1
	} else if dv, dj, isOrd, ok := s.numberWords(k); ok && !isOrd {
		d, next = dv, dj
	} else {
		return 0, 0, false
	}
	if d == 0 || w == "out" && v > d || (w == "in" || w == "في") && v != 1 {
		return 0, 0, false
	}
	return v / d, next, true
}

// decimalWords reads "point seventy-one", "point zero three", "فاصلة خمسة"
// after a number in words and returns the decimal part.
func (s *Scanner) decimalWords(j int) (float64, int, bool) {
	e, ok := s.word(j)
	if !ok || e.flags&fPoint == 0 {
		return 0, 0, false
	}
	k := j + 1
	digits := ""
	for k < len(s.toks) {
		d, ok := s.word(k)
		if !ok || d.ncls != nUnit || d.num > 9 || d.num != math.Trunc(d.num) {
			break
		}
		digits += string(rune('0' + int(d.num)))
		k++
	}
	if len(digits) < 2 {
		k = j + 1
		v, next, isOrd, ok := s.numberWords(k)
		if !ok || isOrd || v != math.Trunc(v) {
			return 0, 0, false
		}
		digits = strconv.FormatFloat(v, 'f', 0, 64)
		k = next
	}
	f, err := strconv.ParseFloat("0."+digits, 64)
	if err != nil {
		return 0, 0, false
	}
	return f, k, true
}

// isPhrase reports whether a phrase of kind starts at token i.
func (s *Scanner) isPhrase(i int, kind phraseKind) bool {
	_, _, ok := s.phraseAt(i, kind)
	return ok
}

// isDenom reports whether token i is a fraction denominator word.
func (s *Scanner) isDenom(i int) bool {
	e, ok := s.word(i)
	return ok && e.denom > 2
}

// vulgar returns the value of a vulgar fraction character (½ ¾ ⅔ …), or 0.
func vulgar(t token) float64 {
	if t.kind != tPunct {
		return 0
	}
	switch t.punct {
	case '½':
		return 0.5
	case '¼':
		return 0.25
	case '¾':
		return 0.75
	case '⅓':
		return 1.0 / 3
	case '⅔':
		return 2.0 / 3
	case '⅕':
		return 0.2
	case '⅖':
		return 0.4
	case '⅗':
		return 0.6
	case '⅘':
		return 0.8
	case '⅙':
		return 1.0 / 6
	case '⅚':
		return 5.0 / 6
	case '⅛':
		return 0.125
	case '⅜':
		return 0.375
	case '⅝':
		return 0.625
	case '⅞':
		return 0.875
	}
	return 0
}

// ofScale reads "of a million" after a fraction: two thirds of a million.
func (s *Scanner) ofScale(v float64, j int) (float64, int) {
	if j+1 >= len(s.toks) || s.toks[j].norm != "of" {
		return v, j
	}
	k := j + 1
	if s.toks[k].norm == "a" {
		k++
	}
	if sc, ok := s.word(k); ok && sc.ncls == nScale && !sc.dual {
		return v * sc.num, k + 1
	}
	return v, j
}

// digitCompound continues a number in digits and scale words with smaller
// parts: "4 thousand 3 hundred and 21", "6 crore and two hundred".
func (s *Scanner) digitCompound(v, scale float64, j int) (float64, int) {
	for j < len(s.toks) {
		k := j
		if e, ok := s.word(k); ok && e.flags&fAnd != 0 && e.ncls == nNone {
			k++
		}
		if k >= len(s.toks) {
			break
		}
		var part float64
		next := k
		if t := &s.toks[k]; t.kind == tNum && !t.grouped && t.digits <= 3 {
			part, next = t.num, k+1
			if e, ok := s.word(next); ok && (e.ncls == nScale || e.ncls == nHundred && e.num == 100) && !e.dual && e.prefix == 0 {
				part *= e.num
				next++
			}
		} else if wv, wj, isOrd, ok := s.numberWords(k); ok && !isOrd {
			part, next = wv, wj
		} else {
			break
		}
		if part >= scale || part == 0 && k == j || s.followedByUnit(next) || s.isPunct(next, '%', '٪') {
			break
		}
		v += part
		scale = part
		j = next
	}
	return v, j
}

// codeAt reads an ISO 4217 code at token i, also with a million prefix
// ("MUSD", "MEUR"); it returns the currency and the scale.
func (s *Scanner) codeAt(i int) (string, float64) {
	if i >= len(s.toks) || !isLatin(&s.toks[i]) {
		return "", 0
	}
	w := s.toks[i].norm
	if len(w) == 4 && w[0] == 'm' && s.toks[i].upper {
		if e, ok := s.lx.words[w[1:]]; ok && e.cur != "" && e.flags&fMinor == 0 {
			return e.cur, 1e6
		}
	}
	if len(w) == 3 {
		if e, ok := s.word(i); ok && e.cur != "" && e.flags&fMinor == 0 {
			return e.cur, 1
		}
	}
	return "", 0
}

// currencyCode is codeAt's currency alone.
func (s *Scanner) currencyCode(i int) string {
	c, _ := s.codeAt(i)
	return c
}

// centsAfter reads the cents after a sum in whole units: "15 dollars 50",
// "thirteen dollars and forty-five cents".
func (s *Scanner) centsAfter(k int) (float64, int) {
	if e, ok := s.word(k); ok && e.flags&fAnd != 0 && e.ncls == nNone {
		k++
	}
	if k >= len(s.toks) || s.toks[k].newline {
		return 0, 0
	}
	var v float64
	next := 0
	if t := &s.toks[k]; t.kind == tNum && !t.decimal && !t.grouped && t.digits <= 2 {
		v, next = t.num, k+1
	} else if wv, wj, isOrd, ok := s.numberWords(k); ok && !isOrd && wv < 100 && wv == math.Trunc(wv) {
		v, next = wv, wj
	} else {
		return 0, 0
	}
	if v >= 100 || s.followedByUnit(next) && !s.isMinor(next) {
		return 0, 0
	}
	if s.isMinor(next) {
		next++
	}
	return v / 100, next
}

// isMinor reports a minor currency unit word at i (cents, pence).
func (s *Scanner) isMinor(i int) bool {
	e, ok := s.word(i)
	return ok && e.flags&fMinor != 0
}

// chunkSize is how much text ScanLines reads at a time.
const chunkSize = 64 << 10

// ScanLines finds the quantities of a long text piece by piece, cutting it
// at line breaks into chunks of about 64 KiB (no quantity spans a line
// break), and calls fn for each with offsets into the whole text. Memory
// stays bounded by the chunk size, whatever the length of the text.
func (s *Scanner) ScanLines(text string, opt Options, fn func(Quantity) error) error {
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
		qs, err := s.Scan(chunk, opt)
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
