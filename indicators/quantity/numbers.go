package quantity

// This file reads numbers: digits with their tails (decimals, exponents,
// divisions, scales glued or after), numbers in words in the three
// languages, fractions and vulgar fractions.

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

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

// scaleSuffix reads a scale glued to digits: 10k, 1.2bn.
func scaleSuffix(w string) (float64, bool) {
	switch w {
	case "k":
		return 1e3, true
	case "m", "mn", "mln", "mil":
		return 1e6, true
	case "b", "bn", "bln", "bil":
		return 1e9, true
	case "tn", "tln", "trn":
		return 1e12, true
	}
	return 0, false
}

// fraction reads "ونصف", "وربع", "and a half", "and a quarter", "с
// половиной" at j.
func (s *Scanner) fraction(j int) (float64, int) {
	if e, ok := s.word(j); ok && e.frac > 0 && e.prefix&cAnd != 0 && e.prefix&cArticle == 0 {
		return e.frac, j + 1
	}
	// "шестнадцати с половиной процентов": "with a half", in the
	// instrumental case.
	if j+1 < len(s.toks) && s.toks[j].norm == "с" && s.toks[j+1].norm == "половиной" {
		return 0.5, j + 2
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
		// "три целых одна десятая": the whole part, then a fraction.
		if started && e.flags&fWhole != 0 {
			if f, next, isOrd, ok := s.numberWords(k + 1); ok && !isOrd && f > 0 && f < 1 {
				return total + cur + f, next, false, true
			}
			break
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
					// (Not a dual scale: "الملياري دولار" is two billion.)
					isOrd = !(e.ncls == nScale && e.dual) // الثلاثين، المئة، المئتان
					// (Nor a scale before a currency: "تجاوز المليار
					// دولار" is one billion; "الكتاب التريليون" is the
					// trillionth.)
					if c, ok := s.word(k + 1); ok && e.ncls == nScale && c.cur != "" {
						isOrd = false
					}
				case nUnit:
					articleUnit = true // الواحد والعشرون
				default:
					if e.ncls == nTeenTail {
						return 0, 0, false, false
					}
				}
			}
			if !started && e.ncls == nScale && e.flags&fScalePlural != 0 {
				// "billions of dollars", "(миллиардов долларов)": a plural
				// scale counts what a number before it says.
				return 0, 0, false, false
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
				// "مليارًا" with tanween is one billion in the accusative, not
				// the dual "مليارا" of a construct ("مليارا دولار").
				// Nor is one in "-ا" that "and" and digits go on from ("مليارا
				// و300 مليون": one billion three hundred million; the dual
				// "مليارين و250 مليون" stays two).
				if t := s.text[s.toks[k].b0:s.toks[k].b1]; e.dual && (strings.ContainsRune(t, '\u064B') || strings.HasSuffix(t, "ا") && andDigitsAfter(s.text[s.toks[k].b1:])) {
					e.dual, v = false, v/2
				}
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
			// "الثاني والثالث": two ordinals joined by "and", not one (a
			// compound joins a unit to tens: "الحادي والعشرون").
			if started && isOrd && (last == nUnit || last == nTeen) && (e.ocls == nUnit || e.ocls == nTeen) {
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
		// "one point five million": the scale is of the whole number.
		if sc, ok := s.word(j); ok && sc.ncls == nScale && !sc.dual && lastScale == 0 {
			v *= sc.num
			j++
		}
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
	// English "one" after this/that/which, Arabic واحد after أي, are pronouns
	// (not one glued to a unit: "the one-day visit").
	if j == i+1 && v == 1 && !isOrd && i > 0 && !(s.isPunct(j, '-') && s.glued(j) && j+1 < len(s.toks) && s.glued(j+1) && s.isDurationUnit(j+1)) {
		if p, ok := s.word(i - 1); ok && p.flags&fNoNumber != 0 {
			return 0, 0, false, false
		}
	}
	return v, j, isOrd, true
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
	// "on a quarter-on-quarter basis" (also "a quarter –on- quarter"): a
	// basis, no fraction.
	if t.norm == "a" && s.toks[k].norm == "quarter" {
		n := k + 1
		for n < len(s.toks) && s.toks[n].kind == tPunct && s.toks[n].punct != ',' && s.toks[n].punct != '.' {
			n++
		}
		if n < len(s.toks) && s.toks[n].norm == "on" {
			return 0, 0, false
		}
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

// countsTimes reports a noun that makes "على 3"/"over 3" a count of steps
// or years, not a denominator (folded forms).
func countsTimes(w string) bool {
	switch w {
	case "مرات", "مره", "دفعات", "مراحل", "سنوات", "اعوام", "times", "years", "steps", "installments":
		return true
	}
	return false
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
	// (Not a count of times or years: "منذ بداية 2025 على 3 مرات" is
	// "since early 2025, in three steps".)
	if next < len(s.toks) && s.toks[next].kind == tWord && countsTimes(s.toks[next].norm) {
		return 0, 0, false
	}
	if d == 0 || w == "out" && v > d || (w == "in" || w == "في") && v != 1 {
		return 0, 0, false
	}
	return v / d, next, true
}

// decimalWords reads "point seventy-one", "point zero three", "فاصلة خمسة"
// after a number in words and returns the decimal part.
// A broadcast transcript hyphenates them: "two-point-five", "one-point-
// two".
func (s *Scanner) decimalWords(j int) (float64, int, bool) {
	hyphenated := s.isPunct(j, '-') && s.glued(j) && s.glued(j+1)
	if hyphenated {
		j++
	}
	e, ok := s.word(j)
	if !ok || e.flags&fPoint == 0 {
		return 0, 0, false
	}
	k := j + 1
	if hyphenated {
		if !s.isPunct(k, '-') || !s.glued(k) || !s.glued(k+1) {
			return 0, 0, false
		}
		k++
	}
	first := k
	digits := ""
	for k < len(s.toks) {
		d, ok := s.word(k)
		if !ok || d.ncls != nUnit || d.num > 9 || d.num != math.Trunc(d.num) {
			break
		}
		digits += string(rune('0' + int(d.num)))
		k++
		if hyphenated && s.isPunct(k, '-') && s.glued(k) && s.glued(k+1) {
			if d, ok := s.word(k + 1); ok && d.ncls == nUnit && d.num <= 9 {
				k++
			}
		}
	}
	// ("point seventy-one": a number after the point, read whole; but
	// "point five million" is a digit and the scale of the whole.)
	if len(digits) < 2 {
		if v, next, isOrd, ok := s.numberWords(first); ok && !isOrd && v == math.Trunc(v) && v < 100 {
			digits, k = strconv.FormatFloat(v, 'f', 0, 64), next
		} else if digits == "" {
			return 0, 0, false
		}
	}
	f, err := strconv.ParseFloat("0."+digits, 64)
	if err != nil {
		return 0, 0, false
	}
	return f, k, true
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
		if k >= len(s.toks) || s.toks[k].newline {
			break // not across a line: "$4 млрд\n\n16:31 22/04/2024"
		}
		var part float64
		next := k
		scaled := false // "250 миллионов": a part with its own scale word
		if t := &s.toks[k]; t.kind == tNum && !t.grouped && t.digits <= 3 {
			part, next = t.num, k+1
			if e, ok := s.word(next); ok && (e.ncls == nScale || e.ncls == nHundred && e.num == 100) && !e.dual && e.prefix == 0 {
				part *= e.num
				scaled = e.ncls == nScale
				next++
			}
		} else if wv, wj, isOrd, ok := s.numberWords(k); ok && !isOrd {
			part, next = wv, wj
		} else {
			break
		}
		// (Nor bare digits after millions: "$64-65 billion and 64 to 65
		// billion" is two ranges, not 65,000,000,064.)
		digits := s.toks[k].kind == tNum
		if part >= scale || part == 0 && k == j || !scaled && s.followedByUnit(next) || s.isPunct(next, '%', '٪') || digits && !scaled && scale >= 1e6 {
			break
		}
		v += part
		scale = part
		j = next
	}
	return v, j
}

// andDigitsAfter reports text that goes on with "و" and a digit: "و300",
// "و 300", "و٣٠٠".
func andDigitsAfter(text string) bool {
	text = strings.TrimLeft(text, " \u00a0")
	rest, ok := strings.CutPrefix(text, "و")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	r, _ := utf8.DecodeRuneInString(rest)
	return r >= '0' && r <= '9' || r >= '٠' && r <= '٩'
}
