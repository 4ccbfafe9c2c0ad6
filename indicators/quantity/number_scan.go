package quantity

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// scanNumber reads the digit run starting at byte i (code point ri) with the
// separators that belong to it: decimal points (. , ٫), thousands groups
// (, ٬ ، and spaces, each followed by exactly three digits) and returns the
// token with the offsets just past it.
func scanNumber(text string, i, ri int, lang string, noDecimal bool) (token, int, int) {
	t := token{kind: tNum, b0: int32(i), r0: int32(ri)}
	// First run.
	intPart, n, i2, ri2 := digitRun(text, i, ri)
	t.digits = int32(n)
	i, ri = i2, ri2
	// Thousands groups: a separator followed by exactly three digits, the
	// first group at most three digits long.
	if n <= 3 {
		for {
			sep, ssize := peekRune(text, i)
			isSep := sep == ',' || sep == '٬' || sep == '،' || sep == ' ' || sep == 0xA0 || sep == 0x202F || sep == 0x2009
			if sep == ',' && lang == "ru" {
				isSep = false // decimal comma in Russian
			}
			if !isSep {
				break
			}
			v, m, j, rj := digitRun(text, i+ssize, ri+1)
			if m != 3 {
				break
			}
			// For spaces, the group must not be followed by another digit run
			// glued with a decimal that makes it ambiguous; "423 0000" stays two numbers.
			if sep == ' ' || sep == 0xA0 || sep == 0x202F || sep == 0x2009 {
				if nr, _ := peekRune(text, j); digitValue(nr) >= 0 {
					break
				}
			}
			intPart = intPart*1000 + v
			t.digits += 3
			t.grouped = true
			i, ri = j, rj
		}
	}
	t.num = intPart
	// Decimal part.
	sep, ssize := peekRune(text, i)
	// A comma after thousands groups ends the number in English and Arabic
	// ("1,234,567"); in Russian it is the decimal comma ("1 250,5").
	isDec := sep == '.' || sep == '٫' || (sep == ',' && (lang == "ru" || !t.grouped))
	if isDec && !noDecimal {
		if d, _ := peekRune(text, i+ssize); digitValue(d) >= 0 {
			frac, m, j, rj := digitRun(text, i+ssize, ri+1)
			// "192.168.1.2" and "22,24,26": a second separator of the same
			// kind followed by a digit means a list, not a decimal.
			if s2, s2size := peekRune(text, j); s2 == sep {
				if d2, _ := peekRune(text, j+s2size); digitValue(d2) >= 0 {
					t.b1, t.r1 = int32(i), int32(ri)
					return t, i, ri
				}
			}
			// Exact decimal value: 5.69 is 5.69, not 5 + 69/100 in binary.
			t.num = exactDecimal(t.num, frac, m)
			t.decimal = true
			i, ri = j, rj
		}
	}
	t.b1, t.r1 = int32(i), int32(ri)
	return t, i, ri
}

// digitRun reads consecutive digits from byte i and returns their value,
// count and the offsets after them.
func digitRun(text string, i, ri int) (v float64, n int, j, rj int) {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		d := digitValue(r)
		if d < 0 {
			break
		}
		v = v*10 + float64(d)
		n++
		i += size
		ri++
	}
	return v, n, i, ri
}

func peekRune(text string, i int) (rune, int) {
	if i >= len(text) {
		return 0, 0
	}
	return utf8.DecodeRuneInString(text[i:])
}

// exactDecimal returns the float64 nearest to intPart.frac (frac written
// with m digits), as strconv would parse it.
func exactDecimal(intPart, frac float64, m int) float64 {
	var b [64]byte
	buf := strconv.AppendFloat(b[:0], intPart, 'f', 0, 64)
	buf = append(buf, '.')
	var f [64]byte
	fs := strconv.AppendFloat(f[:0], frac, 'f', 0, 64)
	for k := len(fs); k < m; k++ {
		buf = append(buf, '0') // leading zeros of the fraction: 0.08
	}
	buf = append(buf, fs...)
	v, err := strconv.ParseFloat(string(buf), 64)
	if err != nil {
		scale := math.Pow(10, float64(m))
		return intPart + frac/scale
	}
	return v
}
