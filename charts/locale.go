package charts

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Unicode isolates: a date or version inside right-to-left text keeps its
// own left-to-right order (without them "2024-01-02" inside Arabic reads
// "02-01-2024", as the bidi algorithm demands).
const (
	lri = "\u2066" // left-to-right isolate
	pdi = "\u2069" // pop directional isolate
)

// locale holds the words and number conventions of a chart language.
type locale struct {
	rtl       bool
	months    [12]string // short month names
	decimal   string
	thousands string
	listSep   string
	// unit names by unit ("percent", "days", "months", "ordinal").
	units map[string]string
	// scale words for thousand, million, billion, trillion.
	scales [4]string
	// quarter formats quarter q of year y.
	quarter func(q int, y string) string
	// day formats a day: d, month name, year.
	day func(d int, m, y string) string
	// documents is "N documents" with the language's plural.
	documents func(n int) string
	// monthsSpan is "N months" between two meetings.
	monthsSpan func(n string) string
	// daysSpan is "N days", the number agreeing with the noun ("يومان").
	daysSpan func(n string) string
	// currencies names currency codes in the language ("دولار" for USD);
	// a code it lacks prints as the code.
	currencies map[string]string
	// meeting names meeting number n.
	meeting func(n string) string
	source  string // "Source: "
	via     string // " via " between who reported a value and where
	// others is " and N other documents" after the source of the latest
	// value.
	others func(n int) string
	// latestData leads the latest period of a series, the data vintage:
	// "data as of ".
	latestData string
	// bases name a basis other than the indicator's own, after its name:
	// "GDP growth (quarter on quarter)".
	bases map[string]string
	// latestValue is the subtitle of a comparison of latest values.
	latestValue string
	// andOthers ends a list of sources that is cut short.
	andOthers string
	// overview is the heading of overview.png.
	overview string
	// boundWords write a bound in words before its value ("أكثر من 4%");
	// without them a sign does (">4%").
	boundWords map[string]string
}

var locales = map[string]*locale{
	"en": {
		months:    [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		decimal:   ".",
		thousands: ",",
		listSep:   ", ",
		units:     map[string]string{"percent": "%", "days": "days", "months": "months", "ordinal": "No."},
		scales:    [4]string{"thousand", "million", "billion", "trillion"},
		quarter:   func(q int, y string) string { return fmt.Sprintf("Q%d %s", q, y) },
		day:       func(d int, m, y string) string { return fmt.Sprintf("%d %s %s", d, m, y) },
		documents: func(n int) string { return plural(n, "document", "documents") },
		monthsSpan: func(n string) string {
			if n == "1" {
				return "1 month"
			}
			return n + " months"
		},
		daysSpan: func(n string) string {
			if n == "1" {
				return "1 day"
			}
			return n + " days"
		},
		meeting: func(n string) string { return "No. " + n },
		source:  "Source: ",
		via:     " via ",
		others: func(n int) string {
			if n == 1 {
				return " and 1 other document"
			}
			return " and " + strconv.Itoa(n) + " other documents"
		},
		latestData:  "data as of ",
		bases:       map[string]string{"q/q": "quarter on quarter", "m/m": "month on month"},
		latestValue: "Latest reported value",
		andOthers:   " and others",
		overview:    "Economic indicators",
	},
	"ru": {
		months:    [12]string{"янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."},
		decimal:   ",",
		thousands: "\u00a0",
		listSep:   ", ",
		units:     map[string]string{"percent": "%", "days": "дн.", "months": "мес.", "ordinal": "№"},
		scales:    [4]string{"тыс.", "млн", "млрд", "трлн"},
		quarter: func(q int, y string) string {
			return fmt.Sprintf("%s кв. %s", [...]string{"I", "II", "III", "IV"}[q-1], y)
		},
		day: func(d int, m, y string) string { return fmt.Sprintf("%d %s %s", d, m, y) },
		documents: func(n int) string {
			return ruPlural(n, "документ", "документа", "документов")
		},
		monthsSpan: func(n string) string { return n + " мес." },
		daysSpan: func(n string) string {
			if v, err := strconv.Atoi(n); err == nil {
				return ruPlural(v, "день", "дня", "дней")
			}
			return n + " дн."
		},
		currencies: map[string]string{"USD": "долл.", "EUR": "евро", "RUB": "руб.", "CNY": "юаней"},
		meeting:    func(n string) string { return "№\u00a0" + n },
		source:     "Источник: ",
		via:        " через ",
		others: func(n int) string {
			return " и ещё " + ruPlural(n, "документ", "документа", "документов")
		},
		latestData:  "данные на ",
		bases:       map[string]string{"q/q": "квартал к кварталу", "m/m": "месяц к месяцу"},
		latestValue: "Последнее сообщённое значение",
		andOthers:   " и др.",
		overview:    "Экономические показатели",
	},
	"ar": {
		rtl:        true,
		boundWords: map[string]string{"lower": "أكثر من", "upper": "أقل من"},
		months:     [12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
		decimal:    ".",
		thousands:  ",",
		listSep:    "، ",
		units:      map[string]string{"percent": "%", "days": "أيام", "months": "أشهر", "ordinal": "الرقم"},
		scales:     [4]string{"ألف", "مليون", "مليار", "تريليون"},
		quarter: func(q int, y string) string {
			return fmt.Sprintf("الربع %s %s", [...]string{"الأول", "الثاني", "الثالث", "الرابع"}[q-1], y)
		},
		day:        func(d int, m, y string) string { return fmt.Sprintf("%d %s %s", d, m, y) },
		documents:  arDocuments,
		monthsSpan: arMonths,
		daysSpan:   arDays,
		currencies: map[string]string{
			"USD": "دولار", "EUR": "يورو", "CNY": "يوان", "RUB": "روبل", "INR": "روبية", "GBP": "جنيه إسترليني",
			"SAR": "ريال سعودي", "AED": "درهم إماراتي", "QAR": "ريال قطري", "KWD": "دينار كويتي", "BHD": "دينار بحريني",
			"OMR": "ريال عماني", "EGP": "جنيه مصري", "JOD": "دينار أردني", "IQD": "دينار عراقي", "MAD": "درهم مغربي",
			"DZD": "دينار جزائري", "TND": "دينار تونسي", "TRY": "ليرة تركية", "JPY": "ين",
		},
		meeting:     func(n string) string { return "الاجتماع " + n },
		source:      "المصدر: ",
		via:         " عبر ",
		others:      arOthers,
		latestData:  "البيانات حتى ",
		bases:       map[string]string{"q/q": "على أساس ربعي", "m/m": "على أساس شهري"},
		latestValue: "آخر قيمة معلنة",
		andOthers:   " وغيرها",
		overview:    "المؤشرات الاقتصادية",
	},
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// ruPlural picks the Russian plural form for n.
func ruPlural(n int, one, few, many string) string {
	w := many
	switch m10, m100 := n%10, n%100; {
	case m10 == 1 && m100 != 11:
		w = one
	case m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14):
		w = few
	}
	return strconv.Itoa(n) + " " + w
}

// arCount is "N things" in Arabic, the noun agreeing with the number: the
// singular with واحد (one), the dual (two), the plural for 3–10, the
// singular accusative from 11.
func arCount(n, one, two, few, many string) string {
	switch n {
	case "1":
		return one
	case "2":
		return two
	}
	if v, err := strconv.ParseFloat(n, 64); err == nil && v >= 3 && v <= 10 {
		return n + " " + few
	}
	return n + " " + many
}

// arDocuments is "N documents" in Arabic.
func arDocuments(n int) string {
	return arCount(strconv.Itoa(n), "وثيقة واحدة", "وثيقتان", "وثائق", "وثيقة")
}

// arOthers is " and N other documents" in Arabic.
func arOthers(n int) string {
	return " و" + arCount(strconv.Itoa(n), "وثيقة أخرى", "وثيقتان أخريان", "وثائق أخرى", "وثيقة أخرى")
}

// arDays is "N days" in Arabic: يوم واحد, يومان, 3 أيام, 11 يومًا.
func arDays(n string) string {
	return arCount(n, "يوم واحد", "يومان", "أيام", "يومًا")
}

// arMonths is "N months" in Arabic: شهر واحد, شهران, 3 أشهر, 11 شهرًا.
func arMonths(n string) string {
	return arCount(n, "شهر واحد", "شهران", "أشهر", "شهرًا")
}

// isolateName wraps a name that may be in another script (an outlet,
// "Reuters", in an Arabic footer; a speaker, "ألكسندر نوفاك", in an English
// one) so that it keeps its own direction: a first-strong isolate, which
// takes the direction of the name's first letter. Without it a browser
// showing an SVG chart moves the date after an Arabic name to its left.
func (l *locale) isolateName(s string) string {
	if !l.rtl && !hasRTL(s) {
		return s
	}
	return "\u2068" + s + pdi
}

// isolateForeign isolates a name written in the other direction than the
// chart's (an Arabic speaker in an English footer, a Latin one in an
// Arabic footer).
func (l *locale) isolateForeign(s string) string {
	if hasRTL(s) == l.rtl {
		return s
	}
	return "\u2068" + s + pdi
}

// hasRTL reports whether s has a right-to-left letter.
func hasRTL(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Arabic, unicode.Hebrew) {
			return true
		}
	}
	return false
}

// isolate wraps left-to-right text (a date, a version) so that it keeps
// its order inside right-to-left text.
func (l *locale) isolate(s string) string {
	if !l.rtl {
		return s
	}
	return lri + s + pdi
}

// number formats v with dec decimals, grouping thousands.
func (l *locale) number(v float64, dec int) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', dec, 64)
	if s == strconv.FormatFloat(0, 'f', dec, 64) {
		v = 0 // no "-0"
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if len(intPart) > 4 {
		var b strings.Builder
		for i, r := range intPart {
			if i > 0 && (len(intPart)-i)%3 == 0 {
				b.WriteString(l.thousands)
			}
			b.WriteRune(r)
		}
		intPart = b.String()
	}
	if hasFrac {
		intPart += l.decimal + frac
	}
	if v < 0 {
		intPart = "−" + intPart
	}
	return intPart
}

// period formats an ISO period ("2024", "2024-Q1", "2024-03",
// "2024-03-05") for a label.
func (l *locale) period(p string) string {
	pp, err := parsePeriod(p)
	if err != nil {
		return p
	}
	y := strconv.Itoa(pp.start.Year())
	switch pp.kind {
	case periodYear:
		return y
	case periodQuarter:
		return l.quarter(int(pp.start.Month()-1)/3+1, y)
	case periodMonth:
		return l.months[pp.start.Month()-1] + " " + y
	}
	return l.day(pp.start.Day(), l.months[pp.start.Month()-1], y)
}

// countryNames are the names of the G20, BRICS and Arab League members,
// of the other countries the news we read names most often, and of the
// blocs, in each chart language; other codes print as the code.
var countryNames = map[string][3]string{
	"AE": {"UAE", "الإمارات", "ОАЭ"},
	"AF": {"Afghanistan", "أفغانستان", "Афганистан"},
	"AM": {"Armenia", "أرمينيا", "Армения"},
	"AO": {"Angola", "أنغولا", "Ангола"},
	"AR": {"Argentina", "الأرجنتين", "Аргентина"},
	"AT": {"Austria", "النمسا", "Австрия"},
	"AU": {"Australia", "أستراليا", "Австралия"},
	"AZ": {"Azerbaijan", "أذربيجان", "Азербайджан"},
	"BD": {"Bangladesh", "بنغلاديش", "Бангладеш"},
	"BE": {"Belgium", "بلجيكا", "Бельгия"},
	"BG": {"Bulgaria", "بلغاريا", "Болгария"},
	"BH": {"Bahrain", "البحرين", "Бахрейн"},
	"BR": {"Brazil", "البرازيل", "Бразилия"},
	"BY": {"Belarus", "بيلاروسيا", "Белоруссия"},
	"CA": {"Canada", "كندا", "Канада"},
	"CH": {"Switzerland", "سويسرا", "Швейцария"},
	"CL": {"Chile", "تشيلي", "Чили"},
	"CN": {"China", "الصين", "Китай"},
	"CO": {"Colombia", "كولومبيا", "Колумбия"},
	"CU": {"Cuba", "كوبا", "Куба"},
	"CY": {"Cyprus", "قبرص", "Кипр"},
	"CZ": {"Czechia", "التشيك", "Чехия"},
	"DE": {"Germany", "ألمانيا", "Германия"},
	"DJ": {"Djibouti", "جيبوتي", "Джибути"},
	"DK": {"Denmark", "الدنمارك", "Дания"},
	"DZ": {"Algeria", "الجزائر", "Алжир"},
	"EG": {"Egypt", "مصر", "Египет"},
	"ES": {"Spain", "إسبانيا", "Испания"},
	"ET": {"Ethiopia", "إثيوبيا", "Эфиопия"},
	"EU": {"EU", "الاتحاد الأوروبي", "ЕС"},
	"FI": {"Finland", "فنلندا", "Финляндия"},
	"FR": {"France", "فرنسا", "Франция"},
	"GB": {"UK", "المملكة المتحدة", "Великобритания"},
	"GE": {"Georgia", "جورجيا", "Грузия"},
	"GH": {"Ghana", "غانا", "Гана"},
	"GR": {"Greece", "اليونان", "Греция"},
	"HK": {"Hong Kong", "هونغ كونغ", "Гонконг"},
	"HU": {"Hungary", "المجر", "Венгрия"},
	"ID": {"Indonesia", "إندونيسيا", "Индонезия"},
	"IE": {"Ireland", "أيرلندا", "Ирландия"},
	"IL": {"Israel", "إسرائيل", "Израиль"},
	"IN": {"India", "الهند", "Индия"},
	"IQ": {"Iraq", "العراق", "Ирак"},
	"IR": {"Iran", "إيران", "Иран"},
	"IT": {"Italy", "إيطاليا", "Италия"},
	"JO": {"Jordan", "الأردن", "Иордания"},
	"JP": {"Japan", "اليابان", "Япония"},
	"KE": {"Kenya", "كينيا", "Кения"},
	"KG": {"Kyrgyzstan", "قيرغيزستان", "Киргизия"},
	"KM": {"Comoros", "جزر القمر", "Коморы"},
	"KR": {"South Korea", "كوريا الجنوبية", "Республика Корея"},
	"KW": {"Kuwait", "الكويت", "Кувейт"},
	"KZ": {"Kazakhstan", "كازاخستان", "Казахстан"},
	"LB": {"Lebanon", "لبنان", "Ливан"},
	"LK": {"Sri Lanka", "سريلانكا", "Шри-Ланка"},
	"LY": {"Libya", "ليبيا", "Ливия"},
	"MA": {"Morocco", "المغرب", "Марокко"},
	"MM": {"Myanmar", "ميانمار", "Мьянма"},
	"MN": {"Mongolia", "منغوليا", "Монголия"},
	"MR": {"Mauritania", "موريتانيا", "Мавритания"},
	"MX": {"Mexico", "المكسيك", "Мексика"},
	"MY": {"Malaysia", "ماليزيا", "Малайзия"},
	"NG": {"Nigeria", "نيجيريا", "Нигерия"},
	"NL": {"Netherlands", "هولندا", "Нидерланды"},
	"NO": {"Norway", "النرويج", "Норвегия"},
	"NZ": {"New Zealand", "نيوزيلندا", "Новая Зеландия"},
	"OM": {"Oman", "عُمان", "Оман"},
	"PE": {"Peru", "بيرو", "Перу"},
	"PH": {"Philippines", "الفلبين", "Филиппины"},
	"PK": {"Pakistan", "باكستان", "Пакистан"},
	"PL": {"Poland", "بولندا", "Польша"},
	"PS": {"Palestine", "فلسطين", "Палестина"},
	"PT": {"Portugal", "البرتغال", "Португалия"},
	"QA": {"Qatar", "قطر", "Катар"},
	"RO": {"Romania", "رومانيا", "Румыния"},
	"RS": {"Serbia", "صربيا", "Сербия"},
	"RU": {"Russia", "روسيا", "Россия"},
	"SA": {"Saudi Arabia", "السعودية", "Саудовская Аравия"},
	"SD": {"Sudan", "السودان", "Судан"},
	"SE": {"Sweden", "السويد", "Швеция"},
	"SG": {"Singapore", "سنغافورة", "Сингапур"},
	"SN": {"Senegal", "السنغال", "Сенегал"},
	"SO": {"Somalia", "الصومال", "Сомали"},
	"SY": {"Syria", "سوريا", "Сирия"},
	"TH": {"Thailand", "تايلاند", "Таиланд"},
	"TJ": {"Tajikistan", "طاجيكستان", "Таджикистан"},
	"TM": {"Turkmenistan", "تركمانستان", "Туркмения"},
	"TN": {"Tunisia", "تونس", "Тунис"},
	"TR": {"Türkiye", "تركيا", "Турция"},
	"TW": {"Taiwan", "تايوان", "Тайвань"},
	"TZ": {"Tanzania", "تنزانيا", "Танзания"},
	"UA": {"Ukraine", "أوكرانيا", "Украина"},
	"UG": {"Uganda", "أوغندا", "Уганда"},
	"US": {"United States", "الولايات المتحدة", "США"},
	"UZ": {"Uzbekistan", "أوزبكستان", "Узбекистан"},
	"VE": {"Venezuela", "فنزويلا", "Венесуэла"},
	"VN": {"Vietnam", "فيتنام", "Вьетнам"},
	"XB": {"BRICS", "بريكس", "БРИКС"},
	"XC": {"CIS", "رابطة الدول المستقلة", "СНГ"},
	"XE": {"EU", "الاتحاد الأوروبي", "ЕС"},
	"XF": {"GCC", "مجلس التعاون الخليجي", "ССАГПЗ"},
	"XN": {"ASEAN", "آسيان", "АСЕАН"},
	"XS": {"SCO", "منظمة شنغهاي للتعاون", "ШОС"},
	"YE": {"Yemen", "اليمن", "Йемен"},
	"ZA": {"South Africa", "جنوب أفريقيا", "ЮАР"},
	"ZM": {"Zambia", "زامبيا", "Замбия"},
	"ZW": {"Zimbabwe", "زيمبابوي", "Зимбабве"},
}

// country returns the name of ISO code in lang, or the code itself.
func country(code, lang string) string {
	names, ok := countryNames[code]
	if !ok {
		return code
	}
	switch lang {
	case "ar":
		return names[1]
	case "ru":
		return names[2]
	}
	return names[0]
}

// CountryName is the name of the ISO 3166 code (or econtrack's group code,
// XE for the EU …) in lang (en, ar, ru), or the code itself when unknown.
func CountryName(code, lang string) string { return country(code, lang) }

// entities names an entity group: "China–Russia" for two, a list for more.
func (l *locale) entities(codes []string, lang string) string {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = country(c, lang)
	}
	if len(names) == 2 {
		return names[0] + "–" + names[1]
	}
	return strings.Join(names, l.listSep)
}

// ValueLabel writes a value as the charts label it, in lang (en, ar, ru):
// its scale for money ("12.5 bn USD"), its unit in words ("15 months",
// "الاجتماع 30"), a sign for an approximate value or a bound, and in
// Arabic kept in reading order. Pages and reports that list the charts'
// values use it, so that a value reads the same everywhere.
func ValueLabel(v float64, unit, lang string, approx bool, bound string) string {
	loc, ok := locales[lang]
	if !ok {
		loc = locales["en"]
	}
	sc := pickScale(math.Abs(v), unit, loc)
	dec := decimals([]float64{v}, sc.div)
	return valueText(mark{y: v, approx: approx, bound: bound}, unit, sc, dec, loc)
}
