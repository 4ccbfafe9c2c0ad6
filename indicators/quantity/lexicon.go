package quantity

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/econtrack/econtrack/indicators/lang"
	"go.yaml.in/yaml/v3"
)

//go:embed currencies.yaml
var currenciesYAML []byte

// numClass is the grammatical role of a number word.
type numClass uint8

const (
	nNone     numClass = iota
	nUnit              // 0–9
	nTeen              // 10–19 as one word
	nTen               // 20, 30, … 90
	nHundred           // 100–900
	nScale             // thousand, million, …
	nTeenTail          // Arabic عشر/عشرة after a unit: 3 + عشر = 13
)

// word flags.
const (
	fAnd         uint32 = 1 << iota // and, و
	fPoint                          // point, فاصلة (decimal point in words)
	fMinus                          // minus, سالب, минус
	fPercent                        // percent, процент
	fQuarter                        // quarter of a year
	fYear                           // year, عام, год
	fYesterday                      // yesterday, أمس, вчера
	fToday                          // today, اليوم, сегодня
	fTomorrow                       // tomorrow, غدا, завтра
	fHedgeAfter                     // تقريبا, roughly after the number
	fScaleAbbr                      // a scale abbreviation that may take a dot (тыс., млн.)
	fOrdSuffix                      // st, nd, rd, th after digits
	fNoNumber                       // words that block a following "one" from being a number
	fHour                           // hour/ساعة/час: times of day follow
	fOf                             // of, من, в (before a year)
	fDenomPlural                    // a plural denominator: fifths, اخماس
	fMinor                          // a minor currency unit: cents, pence
	fPhraseStart                    // a phrase of the lexicon starts with this exact form
	fPhraseLead                     // … a phrase that may begin a quantity or date (not a hedge or bound: those precede a number)
	fStarts                         // begins a quantity although it means nothing alone: Q1, "a fifth", الـ15, جزء من
	fAdverb                         // now, already, الآن, уже: may stand between a bound or hedge and its number
	fScalePlural                    // a plural scale (billions, миллиардов, مليارات): names no number without one before it
	fOrdNoun                        // a noun whose number in digits after it is a rank: "الدورة 23" is the 23rd session
	fEve                            // "накануне": the day before, unless a noun in the genitive follows (the eve of it)
	fSingle                         // a unit of time that is one unit alone: "weeklong"
	fLasting                        // after a unit of time and a hyphen, makes it one unit: "week-long"
	fAgo                            // after a duration, counts it back from the reference date: ago, назад
	fAgoBefore                      // before a duration, counts it back: قبل
	fMotion                         // a verb of motion "up to" goes with: "edged up to 4%" is a level, no bound
	fWhole                          // "целых": the whole part of a number, a fraction in words after it
)

// entry is what the lexicon knows about one normalised word form.
type entry struct {
	num   float64
	ord   float64
	frac  float64 // half, quarter, third …
	denom float64 // the denominator a fraction word names: fifth(s), اخماس → 5
	cur   string  // ISO 4217 code
	dur   string  // duration unit: days, weeks, months, years, hours
	flags uint32
	// phrases is the index in lexicon.phraseLists of the phrases that
	// start with this exact form, when flags has fPhraseStart.
	phrases int32
	ncls    numClass
	ocls    numClass
	month   int8  // 1–12
	wday    int8  // 1 = Sunday … 7 = Saturday
	dual    bool  // the form itself means two (يومين، مليونين)
	prefix  uint8 // set by lookup: clitics removed
}

// clitics removed by an Arabic lookup.
const (
	cAnd uint8 = 1 << iota
	cArticle
	cPrep
)

// phraseKind is what a multi-word phrase means.
type phraseKind uint8

const (
	pHedge phraseKind = iota + 1
	pLower
	pUpper
	pPercent
	pCurrency
	pLastYear
	pThisYear
	pNextYear
	pLastMonth
	pLastQuarter
	pThisMonth
	pMonthLast   // "يونيو الماضي", "last June": the most recent such month, its year not to be anchored
	pYearToDate  // since the start of the year: a stretch, no calendar period
	pNotQuantity // a fixed expression that contains a number word but is no quantity
	pCurrencyMinor
	pFinalQuarter // "the final quarter", "the last three months of the year": the fourth quarter
	pYearBeforeLast
	pMonthBeforeLast // "ديسمبر قبل الماضي", "December before last": the such month a year before the last one
	pLastWeek        // "last week", "الأسبوع الماضي": the month of the day a week before
)

type phrase struct {
	words []string
	kind  phraseKind
	cur   string
}

// lexicon maps normalised word forms to what they mean. It is built once and
// never modified.
type lexicon struct {
	words   map[string]entry
	phrases map[string][]phrase // by first word
	// phraseLists holds the values of phrases once more, indexed by
	// entry.phrases and token.phrases; the first list is empty.
	phraseLists [][]phrase
	// symbols maps one-character currency signs to their ISO 4217 code.
	symbols map[rune]string
	// punctPhrases indexes in phraseLists the phrases that start with a
	// punctuation mark (٪).
	punctPhrases map[rune]int32
	// namesakes are the currencies.yaml namesakes, by currency.
	namesakes map[string]map[string]string
	// known filters the keys of words: most words of a text are none.
	known WordFilter
	// fiscalBefore and fiscalAfter are the single words of the phrase
	// lists fiscal_before and fiscal_after (see Scanner.fiscalNoun): kept
	// out of the phrase index, where function words such as "in" and
	// "and" would make every token they start a phrase to try.
	fiscalBefore, fiscalAfter map[string]bool
}

// WordFilter is a set of 16-bit hashes of words: a word it does not hold
// is none of the words added, and looking it up in a map can be skipped.
type WordFilter [1 << 16 / 64]uint64

// Add adds w.
func (f *WordFilter) Add(w string) { h := wordHash(w); f[h/64] |= 1 << (h % 64) }

// Has reports whether w may have been added.
func (f *WordFilter) Has(w string) bool { h := wordHash(w); return f[h/64]&(1<<(h%64)) != 0 }

// wordHash hashes a word to 16 bits from its length and its first and
// last two bytes.
func wordHash(w string) uint32 {
	h := uint32(len(w))
	if len(w) > 0 {
		h = h*31 + uint32(w[0])
		h = h*31 + uint32(w[len(w)-1])
	}
	if len(w) > 1 {
		h = h*31 + uint32(w[1])
		h = h*31 + uint32(w[len(w)-2])
	}
	return h * 2654435761 >> 16
}

// get returns the entry of exactly w.
func (lx *lexicon) get(w string) (entry, bool) {
	if !lx.known.Has(w) {
		return entry{}, false
	}
	e, ok := lx.words[w]
	return e, ok
}

func (lx *lexicon) add(forms string, e entry) {
	for _, w := range strings.Fields(forms) {
		w = foldString(w)
		old, ok := lx.words[w]
		if !ok {
			lx.words[w] = e
			continue
		}
		// Merge: a form can be a number and a month, a fraction and a quarter …
		if e.ncls != nNone {
			old.num, old.ncls = e.num, e.ncls
		}
		if e.ocls != nNone {
			old.ord, old.ocls = e.ord, e.ocls
		}
		if e.frac != 0 {
			old.frac = e.frac
		}
		if e.denom != 0 {
			old.denom = e.denom
		}
		if e.month != 0 {
			old.month = e.month
		}
		if e.wday != 0 {
			old.wday = e.wday
		}
		if e.cur != "" {
			old.cur = e.cur
		}
		if e.dur != "" {
			old.dur = e.dur
		}
		old.dual = old.dual || e.dual
		old.flags |= e.flags
		lx.words[w] = old
	}
}

func (lx *lexicon) phrase(kind phraseKind, cur string, texts ...string) {
	for _, t := range texts {
		ws := strings.Fields(foldString(t))
		lx.phrases[ws[0]] = append(lx.phrases[ws[0]], phrase{words: ws, kind: kind, cur: cur})
	}
}

func foldString(s string) string {
	// Most strings folded are folded already (a token's Norm): return them
	// as they are, without a copy.
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c < utf8.RuneSelf && (c < 'A' || c > 'Z'):
			i++
			continue
		case c >= 0xD0 && c <= 0xD9 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && foldsToItself(rune(c&0x1F)<<6|rune(s[i+1]&0x3F)):
			i += 2
			continue
		}
		b := make([]byte, i, len(s))
		copy(b, s[:i])
		for _, r := range s[i:] {
			b = appendFolded(b, r)
		}
		return string(b)
	}
	return s
}

// lookup finds the entry for a normalised word, removing Arabic clitics
// (و ف ب ل ك and the article ال) when the whole form is unknown.
func (lx *lexicon) lookup(w string) (entry, bool) {
	if e, ok := lx.get(w); ok {
		return e, true
	}
	if w == "" || w[0] < 0x80 {
		return entry{}, false
	}
	var pre uint8
	s := w
	if strings.HasPrefix(s, "و") || strings.HasPrefix(s, "ف") {
		pre |= cAnd
		s = s[len("و"):]
		if e, ok := lx.get(s); ok && len(s) > 2 {
			e.prefix = pre
			e.flags &^= fPhraseStart | fPhraseLead
			return e, true
		}
	}
	if strings.HasPrefix(s, "لل") {
		if e, ok := lx.get(s[len("لل"):]); ok { // لل = ل + ال: "للربع" is ل + الربع
			e.prefix = pre | cPrep | cArticle
			e.flags &^= fPhraseStart | fPhraseLead
			return e, true
		}
	}
	if strings.HasPrefix(s, "ب") || strings.HasPrefix(s, "ل") || strings.HasPrefix(s, "ك") {
		// The rest must be three letters at least: "بين" is not ب + ين (yen).
		if e, ok := lx.get(s[len("ب"):]); ok && len(s) > 6 {
			e.prefix = pre | cPrep
			if _, bare := lx.get(s[len("بال"):]); bare && strings.HasPrefix(s[len("ب"):], "ال") {
				e.prefix |= cArticle // a word also listed with its article: "بالربع"
			}
			e.flags &^= fPhraseStart | fPhraseLead
			return e, true
		}
		if strings.HasPrefix(s[len("ب"):], "ال") {
			if e, ok := lx.get(s[len("بال"):]); ok {
				e.prefix = pre | cPrep | cArticle
				e.flags &^= fPhraseStart | fPhraseLead
				return e, true
			}
		}
	}
	if strings.HasPrefix(s, "ال") {
		if e, ok := lx.get(s[len("ال"):]); ok {
			e.prefix = pre | cArticle
			e.flags &^= fPhraseStart | fPhraseLead
			return e, true
		}
	}
	return entry{}, false
}

var defaultLexicon = buildLexicon()

// Names of the lexicon's classes, flags and phrase kinds in the language
// data (indicators/lang/data/*.yaml).
var (
	classNames = map[string]numClass{"unit": nUnit, "teen": nTeen, "ten": nTen, "hundred": nHundred, "scale": nScale, "teen_tail": nTeenTail}
	flagNames  = map[string]uint32{"and": fAnd, "point": fPoint, "minus": fMinus, "percent": fPercent, "quarter": fQuarter, "year": fYear,
		"yesterday": fYesterday, "today": fToday, "tomorrow": fTomorrow, "hedge_after": fHedgeAfter, "scale_abbr": fScaleAbbr,
		"ord_suffix": fOrdSuffix, "no_number": fNoNumber, "hour": fHour, "of": fOf, "denom_plural": fDenomPlural, "minor": fMinor, "starts": fStarts, "adverb": fAdverb, "scale_plural": fScalePlural, "ord_noun": fOrdNoun, "eve": fEve, "single": fSingle, "lasting": fLasting, "ago": fAgo, "ago_before": fAgoBefore, "motion": fMotion, "whole": fWhole}
	phraseKinds = []struct {
		name string
		kind phraseKind
	}{{"hedge", pHedge}, {"lower", pLower}, {"upper", pUpper}, {"percent", pPercent}, {"last_year", pLastYear}, {"this_year", pThisYear},
		{"next_year", pNextYear}, {"last_month", pLastMonth}, {"last_quarter", pLastQuarter}, {"this_month", pThisMonth}, {"month_last", pMonthLast},
		{"year_to_date", pYearToDate}, {"not_quantity", pNotQuantity}, {"final_quarter", pFinalQuarter}, {"year_before_last", pYearBeforeLast}, {"month_before_last", pMonthBeforeLast}, {"last_week", pLastWeek}}
)

// buildLexicon reads the lexicon of every language from the language data
// and the currency table. The embedded data is checked by the tests; an
// error in it is a programming error.
func buildLexicon() *lexicon {
	lx, err := newLexicon()
	if err != nil {
		panic(err)
	}
	return lx
}

func newLexicon() (*lexicon, error) {
	lx := &lexicon{words: map[string]entry{}, phrases: map[string][]phrase{}, punctPhrases: map[rune]int32{}, phraseLists: [][]phrase{nil}, symbols: map[rune]string{}, namesakes: map[string]map[string]string{},
		fiscalBefore: map[string]bool{}, fiscalAfter: map[string]bool{}}
	langs, err := lang.Load()
	if err != nil {
		return nil, err
	}
	for _, code := range []string{"en", "ar", "ru"} {
		lex := langs[code].Lexicon
		for _, w := range lex.Words {
			e, err := lexEntry(w)
			if err != nil {
				return nil, fmt.Errorf("language data %s, lexicon %q: %w", code, w.Forms, err)
			}
			lx.add(w.Forms, e)
		}
		known := map[string]bool{"fiscal_before": true, "fiscal_after": true}
		for name, set := range map[string]map[string]bool{"fiscal_before": lx.fiscalBefore, "fiscal_after": lx.fiscalAfter} {
			for _, w := range lex.Phrases[name] {
				set[strings.ToLower(w)] = true
			}
		}
		for _, k := range phraseKinds {
			known[k.name] = true
			lx.phrase(k.kind, "", lex.Phrases[k.name]...)
		}
		for name := range lex.Phrases {
			if !known[name] {
				return nil, fmt.Errorf("language data %s: unknown phrase kind %q", code, name)
			}
		}
	}
	if err := lx.addCurrencies(currenciesYAML); err != nil {
		return nil, err
	}
	// Mark phrase starts in the word map so one lookup per token says both
	// what a word means and whether a phrase may start with it. A form that
	// is only known without its clitics keeps that reading. Sorted, so the
	// result does not depend on map order.
	for w := range lx.words {
		lx.known.Add(w)
	}
	for _, w := range slices.Sorted(maps.Keys(lx.phrases)) {
		e, _ := lx.lookup(w)
		e.flags |= fPhraseStart
		e.phrases = int32(len(lx.phraseLists))
		lx.phraseLists = append(lx.phraseLists, lx.phrases[w])
		if r := []rune(w); len(r) == 1 && !isWordRune(r[0]) {
			lx.punctPhrases[r[0]] = e.phrases
		}
		for _, p := range lx.phrases[w] {
			if p.kind != pHedge && p.kind != pLower && p.kind != pUpper {
				e.flags |= fPhraseLead
			}
		}
		lx.words[w] = e
		lx.known.Add(w)
	}
	return lx, nil
}

// lexEntry turns a word of the language data into a lexicon entry.
func lexEntry(w lang.LexWord) (entry, error) {
	var e entry
	if w.Number != nil {
		c, ok := classNames[w.Class]
		if !ok {
			return e, fmt.Errorf("number class %q: want unit, teen, ten, hundred, scale or teen_tail", w.Class)
		}
		e.num, e.ncls = *w.Number, c
	}
	if w.Ordinal != nil {
		c, ok := classNames[w.OrdinalClass]
		if !ok {
			return e, fmt.Errorf("ordinal class %q: want unit, teen, ten, hundred or scale", w.OrdinalClass)
		}
		e.ord, e.ocls = *w.Ordinal, c
	}
	if w.Month < -1 || w.Month > 12 || w.Weekday < 0 || w.Weekday > 7 {
		return e, fmt.Errorf("month %d, weekday %d out of range", w.Month, w.Weekday)
	}
	e.frac, e.denom, e.month, e.wday, e.dur, e.dual = w.Fraction, w.Denominator, int8(w.Month), int8(w.Weekday), w.Duration, w.Dual
	for _, f := range w.Flags {
		b, ok := flagNames[f]
		if !ok {
			return e, fmt.Errorf("unknown flag %q", f)
		}
		e.flags |= b
	}
	return e, nil
}

// addCurrencies loads the currency table: symbols, codes and names in the
// three languages, and minor units.
func (lx *lexicon) addCurrencies(data []byte) error {
	var table map[string]struct {
		Symbols []string `yaml:"symbols"`
		Codes   []string `yaml:"codes"`
		En      []string `yaml:"en"`
		Ar      []string `yaml:"ar"`
		Ru      []string `yaml:"ru"`
		Minor   []string `yaml:"minor"`
		// Namesakes maps countries to the currency a bare word of this
		// one names when said of them.
		Namesakes map[string]string `yaml:"namesakes"`
	}
	if err := yaml.Unmarshal(data, &table); err != nil {
		return fmt.Errorf("currency table: %w", err)
	}
	// USD first so that shared signs and words keep their usual reading.
	codes := make([]string, 0, len(table))
	for c := range table {
		codes = append(codes, c)
	}
	sortCodes(codes)
	for _, code := range codes {
		c := table[code]
		if len(c.Namesakes) > 0 {
			lx.namesakes[code] = c.Namesakes
		}
		add := func(entries []string, minor bool) {
			for _, e := range entries {
				keys := tokenKeys(e)
				if len(keys) == 0 {
					continue
				}
				if len(keys) == 1 {
					r := []rune(keys[0])
					if len(r) == 1 && !isWordRune(r[0]) {
						if _, ok := lx.symbols[r[0]]; !ok {
							lx.symbols[r[0]] = code
						}
						continue
					}
					if old, ok := lx.words[keys[0]]; ok && old.cur != "" {
						continue // first currency wins
					}
					f := uint32(0)
					if minor {
						f = fMinor
					}
					lx.add(keys[0], entry{cur: code, flags: f})
					continue
				}
				kind := pCurrency
				if minor {
					kind = pCurrencyMinor
				}
				lx.phrases[keys[0]] = append(lx.phrases[keys[0]], phrase{words: keys, kind: kind, cur: code})
			}
		}
		add(c.Symbols, false)
		add(c.Codes, false)
		add(c.En, false)
		add(c.Ar, false)
		add(c.Ru, false)
		add(c.Minor, true)
	}
	return nil
}

// sortCodes orders currency codes with USD, EUR and GBP first, then
// alphabetically.
func sortCodes(codes []string) {
	rank := func(c string) string {
		switch c {
		case "USD":
			return "0"
		case "EUR":
			return "1"
		case "GBP":
			return "2"
		}
		return "3" + c
	}
	sort.Slice(codes, func(i, j int) bool { return rank(codes[i]) < rank(codes[j]) })
}

// tokenKeys splits an entry the way text is split: word forms and single
// punctuation characters.
func tokenKeys(s string) []string {
	toks, _, err := tokenize(nil, s, "", nil)
	if err != nil {
		return nil
	}
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		switch t.kind {
		case tWord:
			keys = append(keys, t.norm)
		case tPunct:
			keys = append(keys, string(t.punct))
		default:
			return nil
		}
	}
	return keys
}

// canStart reports whether a word with this entry may begin a quantity, a
// date or a skipped non-quantity; other known words (of, in, and, the …)
// only matter around one.
func (e entry) canStart() bool {
	return e.meansAlone() || e.flags&fPhraseStart != 0
}

// meansAlone reports whether a word with this entry may begin a quantity, a
// date or a skipped non-quantity without a phrase of the lexicon starting
// with it: "the" begins something only where "the last month of" follows.
func (e entry) meansAlone() bool {
	const startFlags = fMinus | fPercent | fQuarter | fYear | fYesterday | fToday | fTomorrow | fHour | fStarts | fEve
	return e.ncls != nNone || e.ocls != nNone || e.frac != 0 || e.denom != 0 || e.month != 0 || e.wday != 0 ||
		e.cur != "" || e.dur != "" || e.dual || e.flags&startFlags != 0
}
