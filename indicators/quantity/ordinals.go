package quantity

import "strings"

// This file holds what is particular to ordinals: Russian ordinal suffixes
// after digits and the regnal numbers that are none.

// regnalTitles are the titles a regnal number follows.
var regnalTitles = map[string]bool{
	"king": true, "queen": true, "pope": true, "emperor": true, "sultan": true,
	"الملك": true, "والملك": true, "للملك": true, "الملكه": true, "السلطان": true, "البابا": true, "الامير": true,
	"король": true, "короля": true, "королем": true, "королева": true, "папа": true, "папы": true,
}

// regnal reports an ordinal at token i that numbers a monarch: a title
// within the three words before it ("King Charles III", "الملك محمد السادس").
//
// An ordinal right after "آل" ("آل ثاني", the family) is a name too.
func (s *Scanner) regnal(i int) bool {
	if i > 0 && s.toks[i-1].kind == tWord && s.toks[i-1].norm == "ال" {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t := &s.toks[k]; t.kind == tWord && regnalTitles[t.norm] {
			return true
		}
	}
	return false
}

func isRuOrdinalSuffix(w string) bool {
	switch w {
	case "я", "й", "ю", "е", "го", "м", "х", "ой", "ого", "ому", "ый", "ая", "ую", "ое", "ых", "ом", "ым", "ий", "ей", "ья", "ье", "ьей":
		return true
	}
	return false
}

// romanOrdinal reads an ordinal written in Roman numerals, as Russian
// numbers summits, forums and congresses: "XXIV ежегодный саммит", "на
// XV заседании". It takes capitals only, before a Cyrillic word and not
// after a Latin one, and leaves quarters and halves ("II квартал") to the
// dates.
func (s *Scanner) romanOrdinal(i int) (Quantity, int, bool) {
	t := &s.toks[i]
	if s.opt.Lang != "ru" || t.kind != tWord || !t.upper || t.n1-t.n0 > 8 || i+1 >= len(s.toks) || t.norm[0] >= 0x80 {
		return Quantity{}, 0, false
	}
	next := &s.toks[i+1]
	if next.kind != tWord || isLatin(next) || i > 0 && isLatin(&s.toks[i-1]) || s.text[t.b0:t.b1] != strings.ToUpper(s.text[t.b0:t.b1]) {
		return Quantity{}, 0, false
	}
	if strings.HasPrefix(next.norm, "квартал") || ruHalf(next.norm) {
		return Quantity{}, 0, false
	}
	if _, _, ok := s.romanPart(i); ok {
		return Quantity{}, 0, false // "во II и III кварталах"
	}
	v := romanValue(t.norm)
	if v <= 0 || v > 100 {
		return Quantity{}, 0, false
	}
	return Quantity{Kind: Ordinal, Unit: "ordinal", Value: float64(v)}, i + 1, true
}

// romanValue is the value of a Roman numeral in lower case written the
// standard way ("xxiv" is 24), or 0.
func romanValue(r string) int {
	n := 0
	for k := 0; k < len(r); k++ {
		v := romanDigit(r[k])
		if v == 0 {
			return 0
		}
		if k+1 < len(r) && romanDigit(r[k+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	if toRoman(n) != r {
		return 0 // "iiii", "vx": no numeral
	}
	return n
}

// romanDigit is the value of one Roman digit in lower case, or 0.
func romanDigit(c byte) int {
	switch c {
	case 'i':
		return 1
	case 'v':
		return 5
	case 'x':
		return 10
	case 'l':
		return 50
	case 'c':
		return 100
	}
	return 0
}

// toRoman writes n (1–399) as a Roman numeral in lower case.
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
