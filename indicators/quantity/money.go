package quantity

// This file reads currencies around an amount: symbols, ISO codes with
// scales, and minor units (cents, pence) converted to whole units.

import (
	"math"
)

// currencySymbol maps a one-character currency sign to its ISO 4217 code.
func (s *Scanner) currencySymbol(r rune) string { return s.lx.symbols[r] }

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

// randAt reports the rand's sign at token i: a capital R glued to an
// amount that a scale word follows ("R614-billion", "R2.5 trillion"). A
// bare "R500" is left alone: the letter alone names too many things.
func (s *Scanner) randAt(i int) bool {
	t := &s.toks[i]
	if t.norm != "r" || !t.upper || i+2 >= len(s.toks) || s.toks[i+1].kind != tNum || !s.glued(i+1) {
		return false
	}
	k := i + 2
	if s.isPunct(k, '-') && s.glued(k) && k+1 < len(s.toks) && s.glued(k+1) {
		k++
	}
	e, ok := s.word(k)
	return ok && e.ncls == nScale
}
