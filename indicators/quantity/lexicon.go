package quantity

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

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
	fStarts                         // begins a quantity although it means nothing alone: Q1, "a fifth", الـ15, جزء من
)

// entry is what the lexicon knows about one normalised word form.
type entry struct {
	num    float64
	ncls   numClass
	ord    float64
	ocls   numClass
	frac   float64 // half, quarter, third …
	denom  float64 // the denominator a fraction word names: fifth(s), اخماس → 5
	month  int8    // 1–12
	wday   int8    // 1 = Sunday … 7 = Saturday
	cur    string  // ISO 4217 code
	dur    string  // duration unit: days, weeks, months, years, hours
	dual   bool    // the form itself means two (يومين، مليونين)
	flags  uint32
	prefix uint8 // set by lookup: clitics removed
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
	pYearToDate  // since the start of the year: a stretch, no calendar period
	pNotQuantity // a fixed expression that contains a number word but is no quantity
	pCurrencyMinor
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
	// symbols maps one-character currency signs to their ISO 4217 code.
	symbols map[rune]string
	// punctPhrase marks the punctuation that starts a phrase (٪).
	punctPhrase map[rune]bool
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
		if r := []rune(ws[0]); len(r) == 1 && !isWordRune(r[0]) {
			lx.punctPhrase[r[0]] = true
		}
	}
}

func foldString(s string) string {
	var b []byte
	for _, r := range s {
		b = appendFolded(b, r)
	}
	return string(b)
}

// lookup finds the entry for a normalised word, removing Arabic clitics
// (و ف ب ل ك and the article ال) when the whole form is unknown.
func (lx *lexicon) lookup(w string) (entry, bool) {
	if e, ok := lx.words[w]; ok {
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
		if e, ok := lx.words[s]; ok && len(s) > 2 {
			e.prefix = pre
			e.flags &^= fPhraseStart
			return e, true
		}
	}
	if strings.HasPrefix(s, "لل") {
		if e, ok := lx.words[s[len("ل"):]]; ok { // لل = ل + ال
			e.prefix = pre | cPrep | cArticle
			e.flags &^= fPhraseStart
			return e, true
		}
	}
	if strings.HasPrefix(s, "ب") || strings.HasPrefix(s, "ل") || strings.HasPrefix(s, "ك") {
		// The rest must be three letters at least: "بين" is not ب + ين (yen).
		if e, ok := lx.words[s[len("ب"):]]; ok && len(s) > 6 {
			e.prefix = pre | cPrep
			e.flags &^= fPhraseStart
			return e, true
		}
		if strings.HasPrefix(s[len("ب"):], "ال") {
			if e, ok := lx.words[s[len("بال"):]]; ok {
				e.prefix = pre | cPrep | cArticle
				e.flags &^= fPhraseStart
				return e, true
			}
		}
	}
	if strings.HasPrefix(s, "ال") {
		if e, ok := lx.words[s[len("ال"):]]; ok {
			e.prefix = pre | cArticle
			e.flags &^= fPhraseStart
			return e, true
		}
	}
	return entry{}, false
}

var defaultLexicon = buildLexicon()

func buildLexicon() *lexicon {
	lx := &lexicon{words: map[string]entry{}, phrases: map[string][]phrase{}, punctPhrase: map[rune]bool{}, symbols: map[rune]string{}}
	num := func(v float64, c numClass, forms string) { lx.add(forms, entry{num: v, ncls: c}) }
	ord := func(v float64, c numClass, forms string) { lx.add(forms, entry{ord: v, ocls: c}) }
	flag := func(f uint32, forms string) { lx.add(forms, entry{flags: f}) }

	// ---- English
	num(0, nUnit, "zero nought naught nil")
	for i, w := range strings.Fields("one two three four five six seven eight nine") {
		num(float64(i+1), nUnit, w)
	}
	for i, w := range strings.Fields("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen") {
		num(float64(i+10), nTeen, w)
	}
	for i, w := range strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety") {
		num(float64(20+10*i), nTen, w)
	}
	num(100, nHundred, "hundred hundreds")
	num(1e3, nScale, "thousand thousands")
	num(1e6, nScale, "million millions mln mn")
	num(1e9, nScale, "billion billions bn bln")
	num(1e12, nScale, "trillion trillions tn tln trn")
	num(1e5, nScale, "lakh lakhs")
	num(1e7, nScale, "crore crores")
	for i, w := range strings.Fields("first second third fourth fifth sixth seventh eighth ninth") {
		ord(float64(i+1), nUnit, w)
	}
	for i, w := range strings.Fields("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth") {
		ord(float64(i+10), nTeen, w)
	}
	for i, w := range strings.Fields("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth") {
		ord(float64(20+10*i), nTen, w)
	}
	ord(100, nHundred, "hundredth")
	ord(1000, nScale, "thousandth")
	ord(1e6, nScale, "millionth")
	ord(1e9, nScale, "billionth")
	ord(1e12, nScale, "trillionth")
	ord(9, nUnit, "nineth")
	for i, w := range strings.Fields("third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth") {
		lx.add(w, entry{denom: float64(i + 3)})
		lx.add(w+"s", entry{denom: float64(i + 3), flags: fDenomPlural})
	}
	for i, w := range strings.Fields("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth") {
		lx.add(w, entry{denom: float64(20 + 10*i)})
		lx.add(w+"s", entry{denom: float64(20 + 10*i), flags: fDenomPlural})
	}
	for w, d := range map[string]float64{"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12} {
		lx.add(w, entry{denom: d})
		lx.add(w+"s", entry{denom: d, flags: fDenomPlural})
	}
	lx.add("halves", entry{denom: 2, flags: fDenomPlural})
	lx.add("half", entry{frac: 0.5, denom: 2})
	lx.add("dozens dozen dz dzs doz dozs", entry{num: 12, ncls: nScale})
	lx.add("quarter", entry{frac: 0.25, denom: 4, flags: fQuarter})
	lx.add("quarters", entry{frac: 0.25, denom: 4, flags: fQuarter | fDenomPlural})
	lx.add("third thirds", entry{frac: 1.0 / 3})
	flag(fAnd, "and")
	flag(fPoint, "point")
	flag(fMinus, "minus negative")
	flag(fPercent, "percent per-cent pct percents percentage")
	flag(fOrdSuffix, "st nd rd th")
	flag(fStarts, "q a fy fiscal i ii iii iv")
	flag(fYear, "year years")
	flag(fYesterday, "yesterday")
	flag(fToday, "today")
	flag(fTomorrow, "tomorrow")
	flag(fNoNumber, "this that which any each every no the")
	flag(fOf, "of")
	flag(fHour, "a.m p.m am pm gmt utc")
	lx.add("day days", entry{dur: "days"})
	lx.add("week weeks", entry{dur: "weeks"})
	lx.add("month months", entry{dur: "months"})
	lx.add("year years", entry{dur: "years"})
	lx.add("hour hours", entry{dur: "hours"})
	for i, w := range strings.Fields("january february march april may june july august september october november december") {
		lx.add(w, entry{month: int8(i + 1)})
	}
	for i, w := range strings.Fields("jan feb mar apr may jun jul aug sep oct nov dec") {
		lx.add(w, entry{month: int8(i + 1)})
	}
	lx.add("sept", entry{month: 9})
	for i, w := range strings.Fields("sunday monday tuesday wednesday thursday friday saturday") {
		lx.add(w, entry{wday: int8(i + 1)})
	}
	lx.phrase(pHedge, "", "about", "around", "approximately", "nearly", "almost", "roughly", "some", "close to", "estimated", "circa", "approx", "just under", "just over", "up to")
	lx.phrase(pLower, "", "more than", "over", "above", "at least", "in excess of", "exceeding", "upwards of", "no less than", "not less than")
	lx.phrase(pUpper, "", "less than", "under", "below", "fewer than", "at most", "no more than", "not more than", "did not exceed", "does not exceed", "not exceeding")
	lx.phrase(pPercent, "", "per cent", "percent", "percentage points", "percentage point", "basis points", "basis point", "bps", "bp")
	lx.phrase(pLastYear, "", "last year", "past year", "previous year")
	lx.phrase(pThisYear, "", "this year", "current year")
	lx.phrase(pNextYear, "", "next year", "coming year")
	lx.phrase(pLastMonth, "", "last month", "previous month")
	lx.phrase(pLastQuarter, "", "last quarter", "previous quarter", "prior quarter")
	lx.phrase(pThisMonth, "", "this month", "earlier this month", "current month")
	lx.phrase(pYearToDate, "", "since the start of the year", "since the beginning of the year", "year to date", "so far this year")

	// ---- Arabic (normalised: أإآ→ا ى→ي ة→ه, no tashkeel)
	num(0, nUnit, "صفر")
	num(1, nUnit, "واحد واحده احد احدي")
	num(2, nUnit, "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي إثنين")
	num(3, nUnit, "ثلاث ثلاثه")
	num(4, nUnit, "اربع اربعه")
	num(5, nUnit, "خمس خمسه")
	num(6, nUnit, "ست سته")
	num(7, nUnit, "سبع سبعه")
	num(8, nUnit, "ثمان ثماني ثمانيه")
	num(9, nUnit, "تسع تسعه")
	num(10, nTeen, "عشر عشره")
	lx.add("عشر عشره", entry{ncls: nTeenTail, num: 10})
	num(20, nTen, "عشرون عشرين")
	num(30, nTen, "ثلاثون ثلاثين")
	num(40, nTen, "اربعون اربعين")
	num(50, nTen, "خمسون خمسين")
	num(60, nTen, "ستون ستين")
	num(70, nTen, "سبعون سبعين")
	num(80, nTen, "ثمانون ثمانين")
	num(90, nTen, "تسعون تسعين")
	num(100, nHundred, "مئه مائه ميه مئات")
	num(200, nHundred, "مئتيان مائتيان مئتان مئتين مائتان مائتين مئتا مائتا مئتي مائتي")
	for i, w := range strings.Fields("ثلاث اربع خمس ست سبع ثمان تسع") {
		num(float64(300+100*i), nHundred, w+"مئه "+w+"مائه")
	}
	num(1e3, nScale, "الف الاف")
	lx.add("الفان الفين الفا", entry{num: 2e3, ncls: nScale, dual: true})
	num(1e6, nScale, "مليون ملايين")
	lx.add("مليونان مليونين مليونا", entry{num: 2e6, ncls: nScale, dual: true})
	num(1e9, nScale, "مليار مليارات بليون بلايين")
	lx.add("ملياران مليارين مليارا", entry{num: 2e9, ncls: nScale, dual: true})
	num(1e12, nScale, "تريليون تريليونات ترليون ترليونات")
	lx.add("تريليونان تريليونين", entry{num: 2e12, ncls: nScale, dual: true})
	ord(1, nUnit, "اول اولي")
	ord(2, nUnit, "ثاني ثانيه")
	ord(3, nUnit, "ثالث ثالثه")
	ord(4, nUnit, "رابع رابعه")
	ord(5, nUnit, "خامس خامسه")
	ord(6, nUnit, "سادس سادسه")
	ord(7, nUnit, "سابع سابعه")
	ord(8, nUnit, "ثامن ثامنه")
	ord(9, nUnit, "تاسع تاسعه")
	ord(10, nTeen, "عاشر عاشره")
	ord(1, nUnit, "حادي حاديه")
	lx.add("نصف", entry{frac: 0.5, denom: 2})
	lx.add("ربع", entry{frac: 0.25, denom: 4, flags: fQuarter})
	lx.add("ثلث", entry{frac: 1.0 / 3, denom: 3})
	lx.add("ثمن", entry{frac: 1.0 / 8, denom: 8})
	lx.add("سدس", entry{frac: 1.0 / 6, denom: 6})
	lx.add("خمس", entry{denom: 5})
	lx.add("سبع", entry{denom: 7})
	lx.add("تسع", entry{denom: 9})
	lx.add("ثلثا ثلثان ثلثين ثلثي", entry{frac: 2.0 / 3})
	for d, w := range map[float64]string{3: "اثلاث", 4: "ارباع", 5: "اخماس", 6: "اسداس", 7: "اسباع", 8: "اثمان", 9: "اتساع", 10: "اعشار"} {
		lx.add(w, entry{denom: d, flags: fDenomPlural})
	}
	lx.add("دزينه دزينات دسته دستات", entry{num: 12, ncls: nScale})
	flag(fAnd, "و")
	flag(fStarts, "ال جزء")
	flag(fPercent, "بالمئه بالمائه بالميه")
	flag(fPoint, "فاصله")
	flag(fMinus, "سالب ناقص")
	flag(fHedgeAfter, "تقريبا")
	flag(fYear, "عام سنه العام السنه")
	flag(fYesterday, "امس")
	flag(fToday, "اليوم")
	flag(fTomorrow, "غدا")
	flag(fHour, "الساعه ساعه")
	flag(fOf, "من")
	lx.add("يوم يوما ايام", entry{dur: "days"})
	lx.add("يومين يومان", entry{dur: "days", dual: true})
	lx.add("اسبوع اسبوعا اسابيع", entry{dur: "weeks"})
	lx.add("اسبوعين اسبوعان", entry{dur: "weeks", dual: true})
	lx.add("شهر شهرا اشهر شهور", entry{dur: "months"})
	lx.add("شهرين شهران", entry{dur: "months", dual: true})
	lx.add("عام عاما اعوام سنه سنوات سنين", entry{dur: "years"})
	lx.add("عامين عامان سنتين سنتان", entry{dur: "years", dual: true})
	lx.add("ساعه ساعات", entry{dur: "hours"})
	lx.add("ساعتين ساعتان", entry{dur: "hours", dual: true})
	lx.add("مرتين مرتان رقمان رقمين", entry{dual: true, dur: "times"})
	for i, w := range strings.Fields("يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر") {
		lx.add(w, entry{month: int8(i + 1)})
	}
	// Maghreb month names (Tunisia, Algeria, Morocco).
	for m, w := range map[int8]string{1: "جانفي", 2: "فيفري", 4: "افريل", 5: "ماي", 6: "جوان", 7: "جويليه", 8: "اوت"} {
		lx.add(w, entry{month: m})
	}
	for m, w := range map[int8]string{7: "يوليوز", 8: "غشت", 9: "شتنبر", 11: "نونبر", 12: "دجنبر"} { // Moroccan
		lx.add(w, entry{month: m})
	}
	lx.add("ثلاثي فصل", entry{flags: fQuarter}) // Maghreb: الثلاثي الأول, الفصل الرابع: a quarter
	lx.add("يونيه", entry{month: 6})
	lx.add("يوليه", entry{month: 7})
	lx.add("اغسطس", entry{month: 8})
	// Levantine month names; the two-word ones are read in the date parser.
	for m, w := range map[int8]string{2: "شباط", 3: "اذار", 4: "نيسان", 5: "ايار", 6: "حزيران", 7: "تموز", 8: "اب", 9: "ايلول"} {
		lx.add(w, entry{month: m})
	}
	lx.add("كانون تشرين", entry{month: -1}) // resolved with the following الاول/الثاني
	for i, w := range strings.Fields("الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت") {
		lx.add(w, entry{wday: int8(i + 1)})
	}
	lx.phrase(pHedge, "", "نحو", "حوالي", "حوالى", "قرابه", "تقارب", "يقارب", "ما يقارب", "ما يقرب من", "زهاء", "تقريبا", "قرابه", "بنحو", "بحوالي", "بقرابه", "ما يناهز", "يناهز")
	lx.phrase(pLower, "", "اكثر من", "ما يزيد علي", "ما يزيد عن", "يزيد علي", "يزيد عن", "يتجاوز", "تتجاوز", "تجاوز", "تجاوزت", "ما يتجاوز", "اكثر", "لاكثر من", "باكثر من", "ازيد من", "فوق", "ما لا يقل عن", "لا يقل عن", "اعلي من")
	lx.phrase(pUpper, "", "اقل من", "ما يقل عن", "دون", "باقل من", "لاقل من", "ادني من", "لا يتجاوز", "لا تتجاوز", "لم يتجاوز", "لم تتجاوز", "ما لا يزيد علي", "لا يزيد عن", "لم يزد عن")
	lx.phrase(pPercent, "", "في المئه", "في المائه", "بالمئه", "بالمائه", "بالميه", "في الميه", "نقطه مئويه", "نقاط مئويه", "نقطتين مئويتين", "نقطه اساس", "نقاط اساس", "نقطه اساسيه", "نقاط اساسيه", "٪")
	lx.phrase(pLastYear, "", "العام الماضي", "السنه الماضيه", "العام السابق", "العام المنصرم", "السنه السابقه", "العام الفائت", "السنه المنقضيه", "العام المنقضي")
	lx.phrase(pThisYear, "", "العام الجاري", "العام الحالي", "هذا العام", "السنه الجاريه", "السنه الحاليه")
	lx.phrase(pNextYear, "", "العام المقبل", "العام القادم", "السنه المقبله", "السنه القادمه")
	lx.phrase(pLastMonth, "", "الشهر الماضي", "الشهر السابق", "الشهر المنصرم", "الشهر الفائت")
	lx.phrase(pLastQuarter, "", "الربع الماضي", "الربع السابق", "الربع الاخير")
	lx.phrase(pThisMonth, "", "هذا الشهر", "الشهر الجاري", "الشهر الحالي")
	lx.phrase(pYearToDate, "", "منذ بدايه العام", "منذ بدايه العام الحالي", "منذ بدايه العام الجاري", "منذ بدايه السنه", "منذ مطلع العام", "منذ مطلع العام الجاري")
	lx.phrase(pNotQuantity, "", "مجموعه العشرين", "مجموعه السبع", "مجموعه الثماني", "لليله واحده", "دفعه واحده")

	// ---- Russian
	num(0, nUnit, "ноль нуль")
	num(1, nUnit, "один одна одно одного одной одному одним одном одну")
	num(2, nUnit, "два две двух двум двумя")
	num(3, nUnit, "три трех трем тремя")
	num(4, nUnit, "четыре четырех четырем четырьмя")
	num(5, nUnit, "пять пяти пятью")
	num(6, nUnit, "шесть шести шестью")
	num(7, nUnit, "семь семи семью")
	num(8, nUnit, "восемь восьми восемью")
	num(9, nUnit, "девять девяти девятью")
	for i, w := range strings.Fields("десят одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат") {
		num(float64(10+i), nTeen, w+"ь "+w+"и "+w+"ью")
	}
	num(20, nTen, "двадцать двадцати двадцатью")
	num(30, nTen, "тридцать тридцати тридцатью")
	num(40, nTen, "сорок сорока")
	num(50, nTen, "пятьдесят пятидесяти")
	num(60, nTen, "шестьдесят шестидесяти")
	num(70, nTen, "семьдесят семидесяти")
	num(80, nTen, "восемьдесят восьмидесяти")
	num(90, nTen, "девяносто девяноста")
	num(100, nHundred, "сто ста сотни")
	num(200, nHundred, "двести двухсот двумстам")
	num(300, nHundred, "триста трехсот")
	num(400, nHundred, "четыреста четырехсот")
	num(500, nHundred, "пятьсот пятисот")
	num(600, nHundred, "шестьсот шестисот")
	num(700, nHundred, "семьсот семисот")
	num(800, nHundred, "восемьсот восьмисот")
	num(900, nHundred, "девятьсот девятисот")
	num(1e3, nScale, "тысяча тысячи тысяч тысячу тысячей тысячам тыс")
	num(1e6, nScale, "миллион миллиона миллионов миллионе миллионам млн")
	num(1e9, nScale, "миллиард миллиарда миллиардов миллиардах миллиардам млрд")
	num(1e12, nScale, "триллион триллиона триллионов трлн")
	flag(fScaleAbbr, "тыс млн млрд трлн")
	lx.add("полтора полторы", entry{num: 1.5, ncls: nUnit})
	adjEnd := strings.Fields("ый ий ой ая яя ое ее ого его ому ему ым им ом ем ую юю ые ие ых их ыми ими")
	ordStem := func(v float64, c numClass, stem string) {
		for _, e := range adjEnd {
			lx.add(stem+e, entry{ord: v, ocls: c})
		}
	}
	for i, s := range strings.Fields("перв втор _ четверт пят шест седьм восьм девят") {
		if s != "_" {
			ordStem(float64(i+1), nUnit, s)
		}
	}
	for _, e := range strings.Fields("ий ья ье ьего ьей ьему ьим ьем ью ьи ьих ьими") {
		lx.add("трет"+e, entry{ord: 3, ocls: nUnit})
	}
	for i, s := range strings.Fields("десят одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат") {
		ordStem(float64(10+i), nTeen, s)
	}
	for i, s := range strings.Fields("двадцат тридцат сороков пятидесят шестидесят семидесят восьмидесят девяност") {
		ordStem(float64(20+10*i), nTen, s)
	}
	ordStem(100, nHundred, "сот")
	ordStem(1000, nScale, "тысячн")
	flag(fAnd, "и")
	flag(fMinus, "минус")
	lx.add("процент процента процентов процентах процентам процентами проц", entry{flags: fPercent})
	lx.add("квартал квартала квартале кварталу кварталом кварталы", entry{flags: fQuarter})
	flag(fYear, "год года году годом г")
	flag(fYesterday, "вчера")
	flag(fToday, "сегодня")
	flag(fTomorrow, "завтра")
	flag(fHour, "час часа часов")
	lx.add("день дня дней дню днях сутки суток", entry{dur: "days"})
	lx.add("неделя недели недель неделю", entry{dur: "weeks"})
	lx.add("половина половины половину половиной половине", entry{frac: 0.5, denom: 2})
	lx.add("месяц месяца месяцев месяце", entry{dur: "months"})
	lx.add("лет годы", entry{dur: "years"})
	lx.add("год года", entry{dur: "years"})
	lx.add("час часа часов", entry{dur: "hours"})
	months := []string{"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"}
	for i, s := range months {
		forms := []string{s + "ь", s + "я", s + "е", s + "ю", s + "ем"}
		switch s {
		case "март", "август":
			forms = []string{s, s + "а", s + "е", s + "у", s + "ом"}
		case "ма":
			forms = []string{"май", "мая", "мае", "маю", "маем"}
		}
		for _, f := range forms {
			lx.add(f, entry{month: int8(i + 1)})
		}
	}
	for i, w := range []string{"воскресенье", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу"} {
		lx.add(w, entry{wday: int8(i + 1)})
	}
	lx.add("среда пятница суббота", entry{}) // nominative weekday names are rarely dates
	lx.phrase(pHedge, "", "около", "почти", "примерно", "приблизительно", "порядка", "свыше чем", "почти что", "где-то")
	lx.phrase(pLower, "", "более", "свыше", "больше", "не менее", "более чем", "превысил", "превысила", "превысило", "превышает")
	lx.phrase(pUpper, "", "менее", "меньше", "не более", "менее чем", "ниже", "не превысил", "не превысила", "не превысило", "не превышает")
	lx.phrase(pPercent, "", "процентных пунктов", "процентного пункта", "процентных пункта", "процентный пункт", "п.п", "п . п", "базисных пунктов", "базисных пункта", "базисный пункт", "б . п", "б.п")
	lx.phrase(pLastYear, "", "в прошлом году", "прошлого года", "в минувшем году", "минувшего года", "в предыдущем году", "предыдущего года")
	lx.phrase(pThisYear, "", "в этом году", "этого года", "в текущем году", "текущего года", "нынешнего года")
	lx.phrase(pNextYear, "", "в следующем году", "следующего года", "в будущем году")
	lx.phrase(pYearToDate, "", "с начала года", "с начала этого года", "с начала текущего года")
	lx.phrase(pLastMonth, "", "в прошлом месяце", "прошлого месяца")
	lx.phrase(pLastQuarter, "", "в прошлом квартале", "прошлого квартала", "в предыдущем квартале")
	lx.phrase(pThisMonth, "", "в этом месяце", "в текущем месяце", "этого месяца")
	if err := lx.addCurrencies(currenciesYAML); err != nil {
		panic(err) // the embedded table is checked by the tests
	}
	// Mark phrase starts in the word map so one lookup per token says both
	// what a word means and whether a phrase may start with it. A form that
	// is only known without its clitics keeps that reading.
	for w := range lx.phrases {
		e, _ := lx.lookup(w)
		e.flags |= fPhraseStart
		lx.words[w] = e
	}
	return lx
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
				if r := []rune(keys[0]); len(r) == 1 && !isWordRune(r[0]) {
					lx.punctPhrase[r[0]] = true
				}
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
	const startFlags = fMinus | fPercent | fQuarter | fYear | fYesterday | fToday | fTomorrow | fHour | fPhraseStart | fStarts
	return e.ncls != nNone || e.ocls != nNone || e.frac != 0 || e.denom != 0 || e.month != 0 || e.wday != 0 ||
		e.cur != "" || e.dur != "" || e.dual || e.flags&startFlags != 0
}
