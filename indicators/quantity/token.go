package quantity

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// tokenKind classifies a token.
type tokenKind uint8

const (
	tWord  tokenKind = iota + 1 // a run of letters (with marks and tatweel)
	tNum                        // a run of digits, with its separators folded in
	tPunct                      // any other single rune
)

// token is one lexical unit of the input with its place in the original
// text in bytes and in code points.
type token struct {
	b0, b1 int32 // byte offsets in the original text
	r0, r1 int32 // code-point offsets in the original text
	norm   string
	num    float64 // tNum: the value
	digits int32   // tNum: number of digits before any decimal separator
	punct  rune    // tPunct: the rune
	ent    int32   // tWord: index of its lexicon entry in Scanner.ents, -1 when unknown
	n0, n1 int32   // tWord: where its normal form sits in the scan's buffer
	// phrases indexes in lexicon.phraseLists the phrases that start with
	// this token, when phr.
	phrases int32
	kind    tokenKind
	space   bool // whitespace precedes the token
	newline bool // a line break precedes the token
	para    bool // a blank line precedes the token
	decimal bool // tNum: has a decimal part
	grouped bool // tNum: has thousands separators
	upper   bool // tWord: starts with an upper-case letter
	phr     bool // a phrase of the lexicon starts with this token
	lead    bool // … a phrase that may begin a quantity or date
	ruDur   bool // a Russian compound adjective of duration (трехдневный)
	cand    bool // tWord: may begin a quantity, a date or a skipped non-quantity
}

// digitValue returns the value of an ASCII, Arabic-Indic, Eastern
// Arabic-Indic or full-width digit, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x660 && r <= 0x669:
		return int(r - 0x660)
	case r >= 0x6F0 && r <= 0x6F9:
		return int(r - 0x6F0)
	case r >= 0xFF10 && r <= 0xFF19:
		return int(r - 0xFF10)
	}
	return -1
}

// isWordRune reports whether r continues a word: letters, combining marks
// (Arabic tashkeel) and the tatweel.
func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	case r >= 0x621 && r <= 0x65F: // Arabic letters, tatweel and tashkeel
		return true
	case r >= 0x660 && r <= 0x66D: // Arabic-Indic digits and signs
		return false
	case r >= 0x410 && r <= 0x44F || r == 0x401 || r == 0x451: // Russian
		return true
	}
	return r == 0x640 || unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xA0, 0x2009, 0x202F, 0x200E, 0x200F, 0x200B, 0x200C, 0x200D, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x061C, 0xFEFF:
		return true
	}
	return r > 0x80 && unicode.IsSpace(r)
}

// InvalidUTF8Error reports input that is not valid UTF-8.
type InvalidUTF8Error struct {
	Offset int // byte offset of the first invalid byte
}

func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("input is not valid UTF-8 at byte %d", e.Offset)
}

// tokenize splits text into tokens, appending to dst. norm is scratch space
// for normalised word forms; the returned strings share one backing buffer
// per call to keep allocations per document constant.
func tokenize(dst []token, text string, lang string, buf []byte) ([]token, []byte, error) {
	dst = dst[:0]
	buf = buf[:0]
	if len(text) > math.MaxInt32 { // offsets are int32 to keep tokens small
		return dst, buf, fmt.Errorf("quantity: text of %d bytes is longer than the %d a scan takes", len(text), math.MaxInt32)
	}
	// About one token per five bytes of news text: allocate once, not by doubling.
	if n := len(text)/5 + 16; cap(dst) < n {
		dst = make([]token, 0, n)
	}
	if cap(buf) < len(text) {
		buf = make([]byte, 0, len(text))
	}
	nwords := 0
	ri := 0 // code-point index
	space, newline, breaks := true, false, 0
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if r == utf8.RuneError && size <= 1 {
			return dst, buf, &InvalidUTF8Error{Offset: i}
		}
		switch {
		case isSpace(r):
			space = true
			if r == '\n' || r == '\r' {
				newline = true
				if r == '\n' || i+1 >= len(text) || text[i+1] != '\n' { // "\r\n" is one break
					breaks++
				}
			}
			i += size
			ri++
			continue
		case digitValue(r) >= 0:
			// After "192." the next group is its own number, not a decimal.
			inList := len(dst) > 1 && !space && dst[len(dst)-1].kind == tPunct && (dst[len(dst)-1].punct == '.' || dst[len(dst)-1].punct == ',') && dst[len(dst)-2].kind == tNum && !dst[len(dst)-1].space
			t, ni, nri := scanNumber(text, i, ri, lang, inList)
			// "46ر2": the decimal mark ر of Arab news agencies (KUNA, WAM),
			// the fraction written first: 2.46.
			if !t.decimal && !t.grouped && strings.HasPrefix(text[ni:], "ر") && ni+2 < len(text) && digitValue(rune(text[ni+2])) >= 0 {
				w, wi, wri := scanNumber(text, ni+2, nri+1, lang, false)
				if !w.decimal && !w.grouped {
					w.num, w.decimal, w.b0, w.r0 = w.num+t.num/math.Pow10(int(t.digits)), true, t.b0, t.r0
					t, ni, nri = w, wi, wri
				}
			}
			// "86 ،1 في المئة": the same mark, mirrored by a page that
			// reversed the fraction and the whole (space before the comma,
			// none after): 1.86.
			if rest := text[ni:]; !t.decimal && !t.grouped && strings.HasPrefix(rest, " ،") && len(rest) > len(" ،") && digitValue(rune(rest[len(" ،")])) >= 0 {
				w, wi, wri := scanNumber(text, ni+len(" ،"), nri+2, lang, false)
				if !w.decimal && !w.grouped && t.digits <= 3 && w.digits <= 3 {
					w.num, w.decimal, w.b0, w.r0 = w.num+t.num/math.Pow10(int(t.digits)), true, t.b0, t.r0
					t, ni, nri = w, wi, wri
				}
			}
			// "7،5 بالمائة": the Arabic comma glued on both sides is a
			// decimal mark in Maghreb news (a list comma is followed by a
			// space).
			if d, _ := utf8.DecodeRuneInString(text[min(ni+len("،"), len(text)):]); !t.decimal && !t.grouped && strings.HasPrefix(text[ni:], "،") && digitValue(d) >= 0 {
				w, wi, wri := scanNumber(text, ni+len("،"), nri+1, lang, false)
				if !w.decimal && !w.grouped {
					t.num, t.decimal, t.b1, t.r1 = t.num+w.num/math.Pow10(int(w.digits)), true, w.b1, w.r1
					ni, nri = wi, wri
				}
			}
			t.space, t.newline, t.para = space, newline, breaks >= 2
			dst = append(dst, t)
			i, ri = ni, nri
		case isWordRune(r):
			dst = append(dst, token{kind: tWord, b0: int32(i), r0: int32(ri), space: space, newline: newline, para: breaks >= 2, upper: unicode.IsUpper(r)})
			start := len(buf)
			for i < len(text) {
				if c := text[i]; c < utf8.RuneSelf {
					j := i
					for j < len(text) && isASCIILetter(text[j]) {
						j++
					}
					if j == i {
						break
					}
					n := len(buf)
					buf = append(buf, text[i:j]...)
					for k := n; k < len(buf); k++ {
						buf[k] |= 'a' - 'A' // lower case: every byte is a letter
					}
					ri += j - i
					i = j
					continue
				}
				if c := text[i]; c >= 0xD0 && c <= 0xD9 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 && foldsToItself(rune(c&0x1F)<<6|rune(text[i+1]&0x3F)) {
					// A Cyrillic or Arabic letter that is its own folded form:
					// most letters of Russian and Arabic text.
					buf = append(buf, c, text[i+1])
					i += 2
					ri++
					continue
				}
				r, size = utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r) {
					break
				}
				buf = appendFolded(buf, r)
				i += size
				ri++
			}
			mendLamAlef(buf[start:])
			t := &dst[len(dst)-1]
			t.b1, t.r1 = int32(i), int32(ri)
			t.n0, t.n1 = int32(start), int32(len(buf))
			nwords++
		case r == '.' && space && i+1 < len(text) && digitValue(rune(text[i+1])) >= 0:
			// ".25": a decimal with no integer part.
			t, ni, nri := scanNumber(text, i+1, ri+1, lang, true)
			t.num, t.decimal, t.digits, t.b0, t.r0 = exactDecimal(0, t.num, int(t.digits)), true, 0, int32(i), int32(ri)
			// "86 ،1 في المئة": the same mark, mirrored by a page that
			// reversed the fraction and the whole (space before the comma,
			// none after): 1.86.
			if rest := text[ni:]; !t.decimal && !t.grouped && strings.HasPrefix(rest, " ،") && len(rest) > len(" ،") && digitValue(rune(rest[len(" ،")])) >= 0 {
				w, wi, wri := scanNumber(text, ni+len(" ،"), nri+2, lang, false)
				if !w.decimal && !w.grouped && t.digits <= 3 && w.digits <= 3 {
					w.num, w.decimal, w.b0, w.r0 = w.num+t.num/math.Pow10(int(t.digits)), true, t.b0, t.r0
					t, ni, nri = w, wi, wri
				}
			}
			// "7،5 بالمائة": the Arabic comma glued on both sides is a
			// decimal mark in Maghreb news (a list comma is followed by a
			// space).
			if d, _ := utf8.DecodeRuneInString(text[min(ni+len("،"), len(text)):]); !t.decimal && !t.grouped && strings.HasPrefix(text[ni:], "،") && digitValue(d) >= 0 {
				w, wi, wri := scanNumber(text, ni+len("،"), nri+1, lang, false)
				if !w.decimal && !w.grouped {
					t.num, t.decimal, t.b1, t.r1 = t.num+w.num/math.Pow10(int(w.digits)), true, w.b1, w.r1
					ni, nri = wi, wri
				}
			}
			t.space, t.newline, t.para = space, newline, breaks >= 2
			dst = append(dst, t)
			i, ri = ni, nri
		default:
			dst = append(dst, token{kind: tPunct, b0: int32(i), b1: int32(i + size), r0: int32(ri), r1: int32(ri + 1), punct: r, space: space, newline: newline, para: breaks >= 2})
			i += size
			ri++
		}
		space, newline, breaks = false, false, 0
	}
	if nwords > 0 {
		all := string(buf) // one allocation for every normal form of the document
		for k := range dst {
			if dst[k].kind == tWord {
				dst[k].norm = all[dst[k].n0:dst[k].n1]
			}
		}
	}
	return dst, buf, nil
}

func isASCIILetter(c byte) bool { return c|('a'-'A') >= 'a' && c|('a'-'A') <= 'z' }

// twoByteFirst and twoByteLast bound the letters tokenize reads without
// decoding: the two-byte runes of Cyrillic and Arabic (lead bytes 0xD0 to
// 0xD9).
const twoByteFirst, twoByteLast = 0x400, 0x67F

// selfFolding holds, for each rune from twoByteFirst to twoByteLast,
// whether it is a word rune that appendFolded leaves as it is (most
// Russian and Arabic letters). It is derived from isWordRune and
// appendFolded, never written after.
var selfFolding = func() (t [twoByteLast - twoByteFirst + 1]bool) {
	for r := rune(twoByteFirst); r <= twoByteLast; r++ {
		t[r-twoByteFirst] = isWordRune(r) && string(appendFolded(nil, r)) == string(r)
	}
	return t
}()

// foldsToItself reports a word rune of the two-byte range that
// appendFolded leaves as it is.
func foldsToItself(r rune) bool {
	return r >= twoByteFirst && r <= twoByteLast && selfFolding[r-twoByteFirst]
}

// appendFolded appends the matching form of r: lower case, Arabic letters
// folded (alef forms to ا, ى and Persian ی to ي, Persian ک to ك, ة and
// the Persian and Urdu ھ and ہ to ه), tashkeel and tatweel dropped, ё to е.
func appendFolded(buf []byte, r rune) []byte {
	switch {
	case r < 0x80:
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(buf, byte(r))
	case r == 0x640 || r >= 0x64B && r <= 0x65F || r == 0x670 || r >= 0x6D6 && r <= 0x6ED:
		return buf
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		r = 'ا'
	case r == 'ى' || r == 'ی': // and the Persian yeh of Iranian outlets' Arabic ("إلی")
		r = 'ي'
	case r == 'ک': // the Persian keheh
		r = 'ك'
	case r == 'ة' || r == 'ھ' || r == 'ہ': // and the hehs of Persian keyboards ("الشھر")
		r = 'ه'
	case r == 'ё' || r == 'Ё':
		r = 'е'
	case r >= 0x410 && r <= 0x42F:
		r += 0x20
	case r >= 0x430 && r <= 0x44F || r >= 0x621 && r <= 0x64A:
		// lower-case Cyrillic and Arabic letters fold to themselves
	case r >= 0xFF00 && r <= 0xFFEF:
		r = unicode.ToLower([]rune(width.Fold.String(string(r)))[0])
	case r >= 0xC0 && r <= 0x24F || r >= 0x1E00 && r <= 0x1EFF:
		// A Latin letter with marks is its base letter: "México", "Perú",
		// "Việt Nam", "Côte d'Ivoire" are written with and without them.
		if d := norm.NFD.String(string(r)); d[0] < 0x80 {
			r = rune(d[0])
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
	default:
		r = unicode.ToLower(r)
	}
	return utf8.AppendRune(buf, r)
}

// mendLamAlef mends, in place, a folded word whose lam-alef a PDF copy
// turned round — "األساسي" for "الأساسي", "واإلنتاج" for "والإنتاج" —
// into the article it was: no Arabic word begins with two alefs.
func mendLamAlef(w []byte) {
	if len(w) <= len("اال") || w[0] != 0xD8 && w[0] != 0xD9 { // not an Arabic letter
		return
	}
	off := 0
	if p := string(w[:2]); p == "و" || p == "ب" || p == "ل" || p == "ف" || p == "ك" { // past a one-letter proclitic
		off = 2
	}
	if len(w) > off+len("اال") && string(w[off:off+len("اال")]) == "اال" {
		copy(w[off:], "الا")
	}
}
