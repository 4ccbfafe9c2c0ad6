package quantity

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// date reads a date expression at token i: absolute dates (ISO, day and
// month names, month and year, years after عام/in/в … году), quarters and
// relative expressions resolved against the reference date.
func (s *Scanner) date(i int) (Quantity, int, bool) {
	t := &s.toks[i]
	ref := s.opt.Ref
	switch t.kind {
	case tNum:
		// ISO 2025-11-04 / 2025-11.
		if t.digits == 4 && !t.decimal && !t.grouped && s.isPunct(i+1, '-') && s.glued(i+1) && i+2 < len(s.toks) && s.toks[i+2].kind == tNum && s.glued(i+2) && s.toks[i+2].digits == 2 {
			y, m := int(t.num), int(s.toks[i+2].num)
			if m >= 1 && m <= 12 {
				if s.isPunct(i+3, '-') && s.glued(i+3) && i+4 < len(s.toks) && s.toks[i+4].kind == tNum && s.glued(i+4) && s.toks[i+4].digits == 2 {
					if d := int(s.toks[i+4].num); d >= 1 && d <= 31 {
						return dateQ(ymd(y, m, d), false), i + 5, true
					}
				}
				return dateQ(ym(y, m), false), i + 3, true
			}
		}
		if q, next, ok := s.yearRange(i); ok {
			return q, next, true
		}
		// Numeric dates: 17/5/2018 (day first) or 5/17/2018 (month first when
		// the second part cannot be a month); with dots, as Russian writes
		// them, always day first: 22.03.2021.
		if sep := s.dateSep(i + 1); t.digits <= 2 && !t.decimal && i+4 < len(s.toks) && sep != 0 && s.glued(i+1) && s.toks[i+2].kind == tNum && s.toks[i+2].digits <= 2 && !s.toks[i+2].decimal &&
			s.isPunct(i+3, sep) && s.glued(i+2) && s.glued(i+3) && s.glued(i+4) {
			if y, ok := yearValue(&s.toks[i+4]); ok {
				a, b := int(t.num), int(s.toks[i+2].num)
				d, m := a, b
				if b > 12 && sep == '/' {
					d, m = b, a
				}
				if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
					return dateQ(ymd(y, m, d), false), i + 5, true
				}
			}
		}
		// Day and month: "17 أبريل", "21 октября", "8 May 2025"; a range of
		// days "14–15 января", "21 марта – 20 апреля" is an interval.
		if t.digits <= 2 && !t.decimal && t.num >= 1 && t.num <= 31 {
			k, and := i+1, false
			if e, ok := s.word(k); ok && e.flags&fAnd != 0 && e.ncls == nNone || k < len(s.toks) && (s.toks[k].norm == "and" || s.toks[k].norm == "и") {
				k, and = k+1, true // "13 و 14 فبراير", "14 and 15 May": two days in a row
			} else if s.rangeJoin(k) {
				k++ // "14–15 января", "с 20 по 22 марта", "من 21 إلى 26 مارس"
			}
			// "between 28 and 30 July", "فيما بين 28 و30 يوليو": any two days.
			between := i > 0 && (s.toks[i-1].norm == "between" || strings.TrimPrefix(s.toks[i-1].norm, "و") == "بين" || s.toks[i-1].norm == "между")
			if k > i+1 && k+1 < len(s.toks) && s.toks[k].kind == tNum && s.toks[k].digits <= 2 && !s.toks[k].decimal && s.toks[k].num > t.num && (!and || between || s.toks[k].num == t.num+1) {
				if m, next, ok := s.monthAt(k + 1); ok {
					end, n, _ := s.dayMonth(int(s.toks[k].num), m, next)
					return dayInterval(fmt.Sprintf("%02d-%02d", m, int(t.num)), end), n, true
				}
			}
			// "في 17 من الشهر الماضي", "on the 17th of last month".
			k2 := i + 1
			if k2 < len(s.toks) && s.glued(k2) && (s.toks[k2].norm == "th" || s.toks[k2].norm == "st" || s.toks[k2].norm == "nd" || s.toks[k2].norm == "rd") {
				k2++
				// "in the 3rd quarter of 2023": a quarter numbered in digits.
				if q, ok := s.word(k2); ok && t.num <= 4 && q.flags&fQuarter != 0 && s.toks[k2].norm != "quarters" {
					return s.quarterOf(int(t.num), k2+1)
				}
			}
			if q, next, ok := s.ruDigitPart(i); ok {
				return q, next, true
			}
			if q, end, ok := s.dayOfRelativeMonth(int(t.num), k2); ok {
				return q, end, true
			}
			if m, next, ok := s.monthAt(i + 1); ok {
				q, n, ok := s.dayMonth(int(t.num), m, next)
				if s.rangeJoin(n) && n+1 < len(s.toks) && s.toks[n+1].kind == tNum && s.toks[n+1].digits <= 2 {
					if m2, next2, ok := s.monthAt(n + 2); ok {
						end, n2, _ := s.dayMonth(int(s.toks[n+1].num), m2, next2)
						return dayInterval(fmt.Sprintf("%02d-%02d", m, int(t.num)), end), n2, true
					}
				}
				return q, n, ok
			}
		}
		// "3Q", "in 3Q of 2013", "3Q 2024": a quarter written number first.
		if !t.decimal && !t.grouped && t.num >= 1 && t.num <= 4 && t.digits == 1 && i+1 < len(s.toks) && s.toks[i+1].norm == "q" && s.glued(i+1) {
			if i+2 < len(s.toks) && s.toks[i+2].kind == tNum && s.glued(i+2) {
				if y := s.toks[i+2]; y.digits == 2 && !y.decimal { // "3Q24"
					return dateQ(yq(2000+int(y.num), int(t.num)), false), i + 3, true
				}
			} else {
				return s.quarterOf(int(t.num), i+2)
			}
		}
		// "во 2 квартале 2020 года": a quarter numbered in digits before
		// the Russian word.
		if !t.decimal && !t.grouped && t.num >= 1 && t.num <= 4 && t.digits == 1 && i+1 < len(s.toks) && strings.HasPrefix(s.toks[i+1].norm, "квартал") {
			return s.quarterOf(int(t.num), i+2)
		}
		// "the 12 months to June": the year-on-year rate for June.
		if t.num == 12 && !t.decimal && i+3 < len(s.toks) && s.toks[i+1].norm == "months" && s.toks[i+2].norm == "to" {
			if m, next, ok := s.monthAt(i + 3); ok {
				return s.monthYear(m, next)
			}
		}
		// "2021 Q2", "2024-Q3": a year, then its quarter.
		if y, ok := yearValue(t); ok && t.digits == 4 {
			k := i + 1
			if s.isPunct(k, '-') && s.glued(k) {
				k++
			}
			if k+1 < len(s.toks) && s.toks[k].norm == "q" && s.toks[k+1].kind == tNum && s.glued(k+1) && !s.toks[k+1].decimal && s.toks[k+1].num >= 1 && s.toks[k+1].num <= 4 {
				return dateQ(yq(y, int(s.toks[k+1].num)), false), k + 2, true
			}
		}
		// Year followed by году/года/г.: "в 2024 году".
		if y, ok := yearValue(t); ok {
			if e, ok := s.word(i + 1); ok && e.flags&fYear != 0 && !isLatin(&s.toks[i+1]) && s.toks[i+1].norm[0] >= 0xd0 && s.toks[i+1].norm[0] <= 0xd1 {
				next := i + 2
				if s.toks[i+1].norm == "г" && s.isPunct(next, '.') {
					next++
				}
				return dateQ(yyyy(y), false), next, true
			}
		}
	case tWord:
		e, ok := s.word(i)
		if !ok {
			// "Q1 2025"
			if t.norm == "q" {
				return s.qNotation(i)
			}
			if fy, end, ok := s.fiscalAt(i); ok {
				return dateQ(fy, false), end, true
			}
			return Quantity{}, 0, false
		}
		if t.norm == "q" {
			return s.qNotation(i)
		}
		if fy, end, ok := s.fiscalAt(i); ok {
			return dateQ(fy, false), end, true
		}
		if q, next, ok := s.romanPart(i); ok {
			return q, next, true
		}
		// "الرابع من ديسمبر", "the fourth of December", "четвертого
		// декабря": an ordinal day of a month; "الثلاثين من أكتوبر" too (a
		// ten with the article is an ordinal).
		if e.ord != 0 || e.ncls == nTen {
			if v, j, isOrd, ok := s.numberWords(i); ok && isOrd && v >= 1 && v <= 31 && v == math.Trunc(v) {
				// "من الثالث عشر إلى الخامس عشر من يناير": a range of
				// ordinal days, the month after the second.
				if s.rangeJoin(j) {
					second := j + 1
					if second < len(s.toks) && s.toks[second].norm == "the" {
						second++ // "from the fourth to the sixth of May"
					}
					if v2, j2, isOrd2, ok := s.numberWords(second); ok && isOrd2 && v2 > v && v2 <= 31 && v2 == math.Trunc(v2) {
						k := j2
						if f, ok := s.word(k); ok && f.flags&fOf != 0 {
							k++
						}
						if m, next, ok := s.monthAt(k); ok {
							end, n, _ := s.dayMonth(int(v2), m, next)
							return dayInterval(fmt.Sprintf("%02d-%02d", m, int(v)), end), n, true
						}
					}
				}
				k := j
				if q, end, ok := s.dayOfRelativeMonth(int(v), k); ok {
					return q, end, true
				}
				if f, ok := s.word(k); ok && f.flags&fOf != 0 {
					k++
				}
				if m, next, ok := s.monthAt(k); ok {
					return s.dayMonth(int(v), m, next)
				}
			}
		}
		// "last June": the last June before the reference, said so.
		if _, end, ok := s.phraseAt(i, pMonthLast); ok {
			if m, next, ok := s.monthAt(end); ok {
				if q, n, ok := s.monthYear(m, next); ok {
					if q.NoYear {
						q = s.lastMonthBefore(m, 0)
					}
					q.NoYear = false
					return q, n, true
				}
			}
		}
		// "the last month of the year", "الشهر الأخير من العام": December.
		if next, ok := s.lastMonthOfYear(i); ok {
			return s.monthYear(12, next)
		}
		// Relative phrases: last year, العام الماضي, в прошлом году …
		if _, end, ok := s.phraseAt(i, pYearToDate); ok {
			// "since the start of the year": January to the reference month.
			return s.resolved(func() string {
				return fmt.Sprintf("%04d-01/%s", s.opt.Ref.Year(), s.opt.Ref.Format("2006-01"))
			}), end, true
		}
		// "the final quarter (of 2023)": the fourth.
		if _, end, ok := s.phraseAt(i, pFinalQuarter); ok {
			return s.quarterOf(4, end)
		}
		if p, end, ok := s.phraseAt(i, pLastYear, pYearBeforeLast, pThisYear, pNextYear, pLastMonth, pLastQuarter, pThisMonth, pLastWeek); ok {
			// "3.2% this time last year": the same period a year before,
			// which the text's date gives, not the whole year.
			if p.kind == pLastYear && i > 0 && s.toks[i-1].norm == "time" {
				return Quantity{}, 0, false
			}
			// "the last quarter of 2015", "الربع الأخير من العام الماضي":
			// the fourth quarter of that year.
			if p.kind == pLastQuarter {
				if y, ny, ok := s.yearAfter(end, false); ok {
					return dateQ(fmt.Sprintf("%04d-Q4", y), false), ny, true
				}
				if off, ny, ok := s.relYearAfter(end); ok {
					return s.resolved(func() string { return fmt.Sprintf("%04d-Q4", s.opt.Ref.Year()+off) }), ny, true
				}
				// "الربع الأخير من العام ذاته", "the last quarter of that
				// year": the fourth of a year named before, which the
				// extractor gives it.
				if y, ok := s.word(end + 1); ok && end < len(s.toks) && (s.toks[end].norm == "من" || s.toks[end].norm == "of") && y.flags&fYear != 0 {
					return s.quarterOf(4, end)
				}
			}
			return s.relative(p.kind, end)
		}
		// "غدا الخميس", "اليوم الأربعاء", "أمس السبت": the day named by its
		// weekday, nearest the day the relative word gives (a page dated a
		// day off still names the right day).
		rel, days := false, 0
		switch {
		case e.flags&fYesterday != 0:
			rel, days = true, -1
		case e.flags&fEve != 0:
			if s.genitiveAfter(i + 1) {
				return Quantity{}, 0, false // "накануне визита": the eve of the visit
			}
			rel, days = true, -1 // "прибыл накануне", "Накануне Банк России сохранил ставку"
		case e.flags&fTomorrow != 0:
			rel, days = true, 1
		case e.flags&fToday != 0 && e.prefix&cAnd == 0:
			rel = true
		}
		if rel {
			// "اليوم الأول" is "the first day"; "اليوم الأربعاء" is today, Wednesday.
			if n, ok := s.word(i + 1); ok && n.ocls != nNone && e.flags&fToday != 0 {
				return Quantity{}, 0, false
			}
			// "في اليوم نفسه", "في اليوم ذاته": the same day as one named
			// before, not today.
			if e.flags&fToday != 0 && i+1 < len(s.toks) && (s.toks[i+1].norm == "نفسه" || s.toks[i+1].norm == "ذاته") {
				return Quantity{}, 0, false
			}
			next, wd := i+1, -1
			if n, ok := s.word(next); ok && n.wday != 0 && (e.flags&fYesterday == 0 || !isLatin(t)) {
				next, wd = next+1, int(n.wday-1)
			}
			return deictic(s.resolved(func() string { return dayPeriod(nearestWeekday(ref.AddDate(0, 0, days), wd)) })), next, true
		}
		// Weekdays: the most recent such day on or before the reference.
		if e.wday != 0 && (!isLatin(t) || t.upper) {
			// الاثنين followed by و + tens is the number two.
			if n, ok := s.word(i + 1); ok && n.ncls == nTen && n.prefix&cAnd != 0 {
				return Quantity{}, 0, false
			}
			if n, ok := s.word(i + 1); ok && n.ncls == nTeenTail {
				return Quantity{}, 0, false
			}
			// "الخميس ١٧ أبريل": the weekday belongs to the date after it.
			if i+1 < len(s.toks) && s.toks[i+1].kind == tNum && s.toks[i+1].digits <= 2 {
				if m, next, ok := s.monthAt(i + 2); ok {
					return s.dayMonth(int(s.toks[i+1].num), m, next)
				}
			}
			// "Monday November 18, 2024", "Monday, November 25": so does a
			// day written month first.
			if k := i + 1 + btoi(s.isPunct(i+1, ',')); k < len(s.toks) && s.toks[k].kind == tWord {
				if _, _, ok := s.monthAt(k); ok {
					if q, next, ok := s.date(k); ok && len(q.Period) == len("2006-01-02") {
						return q, next, true
					}
				}
			}
			wd := time.Weekday(e.wday - 1)
			// "Tuesday last week", "الثلاثاء الماضي من الأسبوع الماضي": a week before.
			next, back := i+1, 0
			if end, ok := s.lastWeekAt(next); ok {
				next, back = end, 7
			}
			// "last Thursday", "в прошлый четверг", "الخميس الماضي" said on
			// a Thursday: the one a week before.
			lastAfter := back == 0 && next < len(s.toks) && (s.toks[next].norm == "الماضي" || s.toks[next].norm == "المنصرم")
			strict := lastAfter || i > 0 && (s.toks[i-1].norm == "last" || strings.HasPrefix(s.toks[i-1].norm, "прошл"))
			if lastAfter {
				next++
			}
			// "next Thursday", "в следующий четверг", "الخميس المقبل": the
			// first such day after the reference.
			nextAfter := back == 0 && !lastAfter && next < len(s.toks) && (s.toks[next].norm == "المقبل" || s.toks[next].norm == "القادم")
			if nextAfter || back == 0 && !strict && i > 0 && (s.toks[i-1].norm == "next" || s.toks[i-1].norm == "coming" || strings.HasPrefix(s.toks[i-1].norm, "следующ")) {
				if nextAfter {
					next++
				}
				return deictic(s.resolved(func() string {
					d := ref.AddDate(0, 0, 1)
					for d.Weekday() != wd {
						d = d.AddDate(0, 0, 1)
					}
					return dayPeriod(d)
				})), next, true
			}
			return deictic(s.resolved(func() string {
				d := ref.AddDate(0, 0, -back)
				if strict && back == 0 {
					d = d.AddDate(0, 0, -1)
				}
				if back > 0 { // the week before the reference week (Monday first)
					for d.Weekday() != time.Monday {
						d = d.AddDate(0, 0, -1)
					}
					d = d.AddDate(0, 0, (int(wd)+6)%7)
					return dayPeriod(d)
				}
				for d.Weekday() != wd {
					d = d.AddDate(0, 0, -1)
				}
				return dayPeriod(d)
			})), next, true
		}
		// Parts of a year that are no calendar period: the first eight
		// months, the first half, الأشهر الثمانية الأولى, первое полугодие.
		if q, next, ok := s.partOfYear(i); ok {
			return q, next, true
		}
		// Quarters: الربع الأول (من العام الماضي), first quarter (of 2024), во втором квартале.
		if q, next, ok := s.quarter(i); ok {
			if s.inARow(next) {
				return Quantity{}, 0, false // "الربع الثاني على التوالي": the second quarter running
			}
			return q, next, true
		}
		// Month names, with a day or a year after them or alone.
		if m, next, ok := s.monthAt(i); ok {
			// "Feb 10,2022": the day and the year glued by a comma read as
			// one number.
			if next < len(s.toks) && isLatin(t) && s.toks[next].kind == tNum && s.toks[next].decimal {
				if day, year, ok := dayCommaYear(s.text[s.toks[next].b0:s.toks[next].b1]); ok {
					return dateQ(ymd(year, m, day), false), next + 1, true
				}
			}
			// English: "May 8", "May 8, 2025"
			if next < len(s.toks) && s.toks[next].kind == tNum && s.toks[next].digits <= 2 && s.toks[next].num >= 1 && s.toks[next].num <= 31 && !s.toks[next].decimal && isLatin(t) && !s.lengthAdjective(next) {
				d := int(s.toks[next].num)
				n2 := next + 1
				// "December 17-18, 2024": a range of days.
				// "May 2 and 3": two days in a row.
				and := n2 < len(s.toks) && s.toks[n2].norm == "and" && n2+1 < len(s.toks) && s.toks[n2+1].num == float64(d+1) && !s.followedByUnit(n2+2)
				if (s.rangeJoin(n2) || and) && n2+1 < len(s.toks) && s.toks[n2+1].kind == tNum && s.toks[n2+1].digits <= 2 && !s.toks[n2+1].decimal && s.toks[n2+1].num > float64(d) && s.toks[n2+1].num <= 31 && !s.isPunct(n2+2, '%', '٪') {
					end, n3, _ := s.dayMonth(int(s.toks[n2+1].num), m, n2+2)
					return dayInterval(fmt.Sprintf("%02d-%02d", m, d), end), n3, true
				}
				// "from March 27 to April 2": a range of days across
				// two months.
				if s.rangeJoin(n2) {
					if m2, n3, ok := s.monthAt(n2 + 1); ok && m2 != m && n3 < len(s.toks) && s.toks[n3].kind == tNum && s.toks[n3].digits <= 2 && !s.toks[n3].decimal && s.toks[n3].num >= 1 && s.toks[n3].num <= 31 && !s.followedByUnit(n3+1) {
						end, n4, _ := s.dayMonth(int(s.toks[n3].num), m2, n3+1)
						return dayInterval(fmt.Sprintf("%02d-%02d", m, d), end), n4, true
					}
				}
				if y, ny, ok := s.yearAfter(n2, true); ok {
					return dateQ(ymd(y, m, d), false), ny, true
				}
				// "August 24 this year", "May 8 last year".
				if off, ny, ok := s.relYearAfter(n2); ok {
					return s.resolved(func() string { return ymd(s.opt.Ref.Year()+off, m, d) }), ny, true
				}
				return s.resolveDay(d, m, n2)
			}
			// A range of months: "April–June quarter" is the quarter; any
			// other ("January–August", "في الفترة من سبتمبر إلى نوفمبر") is an
			// interval "2024-01/2024-08", no calendar period.
			m2, n2, ok := s.monthRangeEnd(next)
			if !ok && s.betweenBefore(i) && next < len(s.toks) && (s.toks[next].norm == "and" || s.toks[next].norm == "и") {
				// "between January and July", "между январем и июлем",
				// "between the start of January and the end of March"
				m2, n2, ok = s.monthAt(s.pastEndOf(next + 1))
			}
			if ok && m2 != m {
				if m2 == m+2 && (m-1)%3 == 0 {
					if e2, ok := s.word(n2); ok && e2.flags&fQuarter != 0 || n2 < len(s.toks) && s.toks[n2].norm == "period" {
						n2++ // "quarter", "period"
					}
					q, end, ok := s.monthsQuarterOf((m+2)/3, n2)
					q.Months = ok
					return q, end, ok
				}
				return s.monthInterval(m, m2, n2)
			}
			// "the June quarter": the quarter that ends with the month;
			// "the June 2023 quarter" too.
			if e2, ok := s.word(next); ok && e2.flags&fQuarter != 0 && isLatin(&s.toks[next]) && s.toks[next].norm == "quarter" && m%3 == 0 {
				return s.quarterOf(m/3, next+1)
			}
			if y, ny, ok := s.yearAfter(next, false); ok && m%3 == 0 && ny < len(s.toks) && isLatin(&s.toks[ny]) && s.toks[ny].norm == "quarter" {
				return dateQ(yq(y, m/3), false), ny + 1, true
			}
			// "April 2022 - February 2023", "April 2022 to February 2023": a
			// stretch across years.
			if y, ny, ok := s.yearAfter(next, false); ok && (s.isPunct(ny, '-', '–', '—') || ny < len(s.toks) && (s.toks[ny].norm == "to" || s.toks[ny].norm == "through")) {
				if m2, n2, ok := s.monthAt(ny + 1); ok {
					if y2, ny2, ok := s.yearAfter(n2, false); ok && (y2 > y || y2 == y && m2 > m) {
						return dateQ(fmt.Sprintf("%04d-%02d/%04d-%02d", y, m, y2, m2), false), ny2, true
					}
				}
			}
			// "نيسان ـ قال …": a month alone that opens a line before a dash
			// is a dateline's name (the outlet Nisan), no date.
			if (i == 0 || t.newline) && (s.isPunct(next, '-', '–', '—') || next < len(s.toks) && s.toks[next].kind == tWord && s.toks[next].norm == "") {
				return Quantity{}, 0, false
			}
			return s.monthYear(m, s.afterAltMonth(next, m))
		}
		// Year after عام/سنة: "عام 2024" (a bare year after "in" is read as a year by itself).
		if e.flags&fYear != 0 && !isLatin(t) && i+1 < len(s.toks) {
			// "العام 2023/2024": a span of years, as after no word.
			if q, next, ok := s.yearRange(i + 1); ok {
				return q, next, true
			}
			if y, ok := yearValue(&s.toks[i+1]); ok && !s.followedByUnit(i+2) {
				return dateQ(yyyy(y), false), i + 2, true
			}
		}
		// "the three months to March" = the quarter ending in March.
		if e.ncls == nUnit && e.num == 3 {
			if d, ok := s.word(i + 1); ok && d.dur == "months" {
				if to := i + 2; to < len(s.toks) && (s.toks[to].norm == "to" || s.toks[to].norm == "through" || s.toks[to].norm == "ending") {
					if m, next, ok := s.monthAt(to + 1); ok {
						if m%3 == 0 {
							return s.quarterOf(m/3, next)
						}
						return s.monthInterval((m+9)%12+1, m, next) // a rolling three months: no calendar period
					}
				}
			}
		}
		// "in the year to March", "in the 12 months to June" = the
		// year-on-year rate for that month.
		if e.ncls != nNone && e.num == 12 && i+2 < len(s.toks) && s.toks[i+1].norm == "months" && s.toks[i+2].norm == "to" {
			if m, next, ok := s.monthAt(i + 3); ok {
				q, n, ok := s.monthYear(m, next)
				q.YearTo = true
				return q, n, ok
			}
		}
		if t.norm == "year" && i+1 < len(s.toks) && (s.toks[i+1].norm == "to" || s.toks[i+1].norm == "ending" || s.toks[i+1].norm == "ended") {
			if m, next, ok := s.monthAt(i + 2); ok {
				q, n, ok := s.monthYear(m, next)
				q.YearTo = true
				return q, n, ok
			}
		}
	}
	return Quantity{}, 0, false
}

// followedByUnit reports whether token j makes the number before it money,
// a percentage or a scaled number rather than a year.
// numericDate reports that tokens i…j are a numeric date, day/month/year
// ("17/5/2018"), not a phone number's digit groups.
func (s *Scanner) numericDate(i, j int) bool {
	if j != i+4 {
		return false
	}
	q, next, ok := s.date(i)
	return ok && next == i+5 && q.Kind == Date && len(q.Period) == len("2006-01-02")
}

// dateSep is the separator of a numeric date at token k, '/' or '.', or 0.
func (s *Scanner) dateSep(k int) rune {
	for _, r := range []rune{'/', '.'} {
		if s.isPunct(k, r) {
			return r
		}
	}
	return 0
}

func (s *Scanner) followedByUnit(j int) bool {
	if s.isPunct(j, '%', '٪') {
		return true
	}
	e, ok := s.word(j)
	return ok && (e.cur != "" || e.ncls == nScale || e.flags&fPercent != 0 || e.dur != "" && e.flags&fYear == 0)
}

// dayInterval makes the interval from month-day md ("01-14") to the day of
// end, in end's year or the one before when md falls later in the year.
func dayInterval(md string, end Quantity) Quantity {
	if len(end.Period) != 10 {
		return end
	}
	y := end.Period[:4]
	if md > end.Period[5:] {
		y = yyyy(atoiYear(y) - 1)
	}
	end.Period = y + "-" + md + "/" + end.Period
	return end
}

func atoiYear(y string) int {
	n, _ := strconv.Atoi(y)
	return n
}

// noYear marks a date whose year was not written but taken from the
// reference date.
func noYear(q Quantity) Quantity {
	q.NoYear = true
	return q
}

func deictic(q Quantity) Quantity {
	q.Deictic = true
	return q
}

// validDay reports whether day d is in month m of some year (29
// February is; a year decides it later).
func validDay(m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= [12]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
}

// calendarDays reports whether every day written in period (a day, or
// either end of a stretch of days) is a day of the calendar.
func calendarDays(period string) bool {
	for p := range strings.SplitSeq(period, "/") {
		if len(p) == len("2006-01-02") {
			if _, err := time.Parse("2006-01-02", p); err != nil {
				return false
			}
		}
	}
	return true
}

func dateQ(period string, relative bool) Quantity {
	return Quantity{Kind: Date, Period: period, Relative: relative}
}

// resolved makes a relative date, resolved when there is a reference date.
func (s *Scanner) resolved(f func() string) Quantity {
	if s.opt.Ref.IsZero() {
		return dateQ("", true)
	}
	return dateQ(f(), true)
}

func yearValue(t *token) (int, bool) {
	if t.kind != tNum || t.digits != 4 || t.decimal || t.grouped || t.num < 1900 || t.num > 2100 {
		return 0, false
	}
	return int(t.num), true
}

// rangeJoin reports what joins the two ends of a range of days or months
// at k: a dash, "to", "по", "до", "إلى", "حتى".
func (s *Scanner) rangeJoin(k int) bool {
	if s.isPunct(k, '-', '–', '—') {
		return true
	}
	if k >= len(s.toks) || s.toks[k].kind != tWord {
		return false
	}
	switch s.toks[k].norm {
	case "to", "through", "until", "по", "до", "الي", "حتي", "وحتي", "والي", "لغايه", "ولغايه":
		return true
	}
	return false
}

// inARow reports "على التوالي", "подряд", "in a row" at k: the ordinal
// before counts repetitions, it names no quarter or month.
func (s *Scanner) inARow(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	switch s.toks[k].norm {
	case "подряд":
		return true
	case "علي", "على":
		return k+1 < len(s.toks) && s.toks[k+1].norm == "التوالي"
	case "in":
		return k+2 < len(s.toks) && s.toks[k+1].norm == "a" && s.toks[k+2].norm == "row"
	}
	return false
}

// yearRange reads a span of years at i: "2020-2021", "2022/23", "2019–20"
// (an ISO month "2011-12" is read first). It is an interval ("2020/2021"),
// or a fiscal year when "financial year" or "fiscal year" follows
// ("2022-2023 financial year" → "FY2022/23"): no calendar period either way.
func (s *Scanner) yearRange(i int) (Quantity, int, bool) {
	y, y2, next, fiscal, ok := s.yearSpan(i)
	switch {
	case !ok:
		return Quantity{}, 0, false
	case fiscal:
		return dateQ(fmt.Sprintf("FY%d/%02d", y, y2%100), false), next, true
	}
	return dateQ(fmt.Sprintf("%04d/%04d", y, y2), false), next, true
}

// yearSpan reads the two years of a span at i (see yearRange), where it
// ends, and whether the words after it make it a fiscal year.
func (s *Scanner) yearSpan(i int) (y, y2, next int, fiscal, ok bool) {
	y, ok = yearValue(&s.toks[i])
	if !ok || !s.isPunct(i+1, '-', '–', '/') || !s.glued(i+1) || i+2 >= len(s.toks) || !s.glued(i+2) {
		return 0, 0, 0, false, false
	}
	t2 := &s.toks[i+2]
	if t2.kind != tNum || t2.decimal || t2.grouped || t2.digits != 2 && t2.digits != 4 {
		return 0, 0, 0, false, false
	}
	y2 = int(t2.num)
	if t2.digits == 2 {
		y2 += y / 100 * 100
	}
	if y2 <= y || y2-y > 50 {
		return 0, 0, 0, false, false
	}
	next = i + 3
	// "2022-2023 financial year", "2023/24 финансового года, завершившегося
	// в июле".
	if next+1 < len(s.toks) {
		n := s.toks[next].norm
		if (n == "financial" || n == "fiscal") && s.toks[next+1].norm == "year" {
			return y, y2, s.fiscalEnding(next + 2), true, true
		}
		if e, isYear := s.word(next + 1); isYear && e.flags&fYear != 0 && (strings.HasPrefix(n, "финансов") || strings.HasPrefix(n, "фискальн")) {
			return y, y2, s.fiscalEnding(next + 2), true, true
		}
	}
	if e, isYear := s.word(next); isYear && e.flags&fYear != 0 {
		next++ // "2020-2021 годах", "2020–2021 гг."
	}
	return y, y2, next, false, true
}

// monthAt reads a month name at i, including the Levantine two-word names
// (كانون الثاني, تشرين الأول). English names must be capitalised.
func (s *Scanner) monthAt(i int) (int, int, bool) {
	e, ok := s.word(i)
	if !ok || e.month == 0 || e.prefix&cArticle != 0 {
		return 0, 0, false
	}
	t := &s.toks[i]
	if isLatin(t) && !t.upper {
		return 0, 0, false
	}
	if e.month == -1 { // كانون / تشرين
		n, ok := s.word(i + 1)
		if !ok || n.ocls != nUnit {
			return 0, 0, false
		}
		first := n.ord == 1
		switch {
		case strings.HasSuffix(t.norm, "كانون") && first: // also "وكانون"
			return 12, i + 2, true
		case strings.HasSuffix(t.norm, "كانون"):
			return 1, i + 2, true
		case first:
			return 10, i + 2, true
		default:
			return 11, i + 2, true
		}
	}
	next := i + 1
	if isLatin(t) && s.isPunct(next, '.') && (len(t.norm) == 3 || t.norm == "sept") && s.glued(next) {
		next++ // "Aug.", "Sept."
	}
	return int(e.month), next, true
}

// yearAfter reads an optional ", 2025" / "2025" / "من عام 2025" / "года" after a date.
func (s *Scanner) yearAfter(j int, comma bool) (int, int, bool) {
	k := j
	if comma && s.isPunct(k, ',') {
		k++
	}
	if e, ok := s.word(k); ok && (e.flags&fOf != 0) {
		k++
	}
	if e, ok := s.word(k); ok && e.flags&fYear != 0 && e.prefix&cArticle == 0 {
		k++
	}
	if k < len(s.toks) {
		if y, ok := yearValue(&s.toks[k]); ok {
			k++
			if e, ok := s.word(k); ok && e.flags&fYear != 0 && !isLatin(&s.toks[k]) && s.toks[k].norm[0] >= 0xd0 && s.toks[k].norm[0] <= 0xd1 {
				k++
				if s.isPunct(k, '.') && s.toks[k-1].norm == "г" {
					k++
				}
			}
			return y, k, true
		}
	}
	return 0, j, false
}

// relYearAfter reads "من العام الماضي", "of last year", "прошлого года" after
// a month or quarter, returning the year offset (-1, 0, +1).
func (s *Scanner) relYearAfter(j int) (int, int, bool) {
	k := j
	if e, ok := s.word(k); ok && e.flags&fOf != 0 {
		k++
	}
	if p, end, ok := s.phraseAt(k, pLastYear, pYearBeforeLast, pThisYear, pNextYear); ok {
		// "من العام الحالي 2022": the year written after the phrase.
		if end < len(s.toks) && !s.opt.Ref.IsZero() {
			if y, ok := yearValue(&s.toks[end]); ok {
				return y - s.opt.Ref.Year(), end + 1, true
			}
		}
		switch p.kind {
		case pLastYear:
			return -1, end, true
		case pYearBeforeLast:
			return -2, end, true
		case pThisYear:
			return 0, end, true
		default:
			return 1, end, true
		}
	}
	return 0, j, false
}

// dayOfRelativeMonth reads "(of) last month" or "(of) this month" at k after
// day d: "في السابع عشر من الشهر الماضي", "on the 17th of last month".
func (s *Scanner) dayOfRelativeMonth(d, k int) (Quantity, int, bool) {
	// (Only with "of" between: "fell by 3 last month" is no day.)
	if f, ok := s.word(k); ok && f.flags&fOf != 0 {
		k++
	} else if k < len(s.toks) && (s.toks[k].norm == "of" || s.toks[k].norm == "числа") {
		k++
	} else {
		return Quantity{}, 0, false
	}
	p, end, ok := s.phraseAt(k, pLastMonth, pThisMonth)
	if !ok || d < 1 || d > 31 {
		return Quantity{}, 0, false
	}
	q, _, _ := s.relative(p.kind, end)
	if q.Period == "" {
		return q, end, true
	}
	t, err := time.Parse("2006-01", q.Period)
	if err != nil || t.AddDate(0, 1, -1).Day() < d {
		return Quantity{}, 0, false
	}
	q.Period = fmt.Sprintf("%s-%02d", q.Period, d)
	return q, end, true
}

func (s *Scanner) dayMonth(d, m, next int) (Quantity, int, bool) {
	next = s.afterAltMonth(next, m) // "3 فبراير/شباط 2024"
	if y, ny, ok := s.yearAfter(next, true); ok {
		return dateQ(ymd(y, m, d), false), ny, true
	}
	if off, ny, ok := s.relYearAfter(next); ok {
		return s.resolved(func() string { return ymd(s.opt.Ref.Year()+off, m, d) }), ny, true
	}
	// "في 17 يونيو الماضي": the last such day before the reference.
	if _, end, ok := s.phraseAt(next, pMonthLast); ok {
		return s.resolved(func() string {
			ref := s.opt.Ref
			if !validDay(m, d) {
				return ymd(ref.Year(), m, d) // no day: emit drops it
			}
			c := time.Date(ref.Year(), time.Month(m), d, 0, 0, 0, 0, time.UTC)
			if !c.Before(ref) {
				c = c.AddDate(-1, 0, 0)
			}
			return dayPeriod(c)
		}), end, true
	}
	return s.resolveDay(d, m, next)
}

// resolveDay places a day and month without a year in the year that puts it
// closest to the reference date, a day ahead counting twice: news reports
// more of what has happened ("on April 25 the rate was raised", in
// December) than of what is still to come.
func (s *Scanner) resolveDay(d, m, next int) (Quantity, int, bool) {
	return noYear(s.resolved(func() string {
		ref := s.opt.Ref
		if !validDay(m, d) {
			return ymd(ref.Year(), m, d) // no day ("30 февраля"): emit drops it
		}
		dist := func(t time.Time) time.Duration {
			if t.After(ref) {
				return 2 * t.Sub(ref)
			}
			return ref.Sub(t)
		}
		best := time.Time{}
		for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
			c := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			if best.IsZero() || dist(c) < dist(best) {
				best = c
			}
		}
		return dayPeriod(best)
	})), next, true
}

// lastMonthBefore is month m said to be the last one ("last October",
// "أكتوبر الماضي"), or the one before it when before is 1 ("ديسمبر قبل
// الماضي"): the last is before the reference month, so a year back when
// it is the reference's own month.
func (s *Scanner) lastMonthBefore(m, before int) Quantity {
	return s.resolved(func() string {
		y := s.opt.Ref.Year() - before
		if m >= int(s.opt.Ref.Month()) {
			y--
		}
		return ym(y, m)
	})
}

// monthYear reads what follows a month name: a year, a relative year or
// nothing (the most recent such month on or before the reference).
func (s *Scanner) monthYear(m, next int) (Quantity, int, bool) {
	// "in December, 2021": English may put a comma between them.
	comma := next > 0 && next < len(s.toks) && isLatin(&s.toks[next-1]) && next+1 < len(s.toks) && s.toks[next+1].digits == 4
	if y, ny, ok := s.yearAfter(next, comma); ok {
		return dateQ(ym(y, m), false), ny, true
	}
	// (A paragraph's first words are no year of a month that ends the
	// paragraph before: "… по сравнению с ноябрем" / "В прошлом году …".)
	if off, ny, ok := s.relYearAfter(next); ok && !s.toks[next].para {
		return s.resolved(func() string { return ym(s.opt.Ref.Year()+off, m) }), ny, true
	}
	latest := s.resolved(func() string {
		y := s.opt.Ref.Year()
		if m > int(s.opt.Ref.Month()) {
			y--
		}
		return ym(y, m)
	})
	// "يونيو الماضي": the last June before the reference, said so; "last
	// October" said in October is the one a year before.
	if _, end, ok := s.phraseAt(next, pMonthLast); ok {
		return s.lastMonthBefore(m, 0), end, true
	}
	if _, end, ok := s.phraseAt(next, pMonthBeforeLast); ok {
		return s.lastMonthBefore(m, 1), end, true
	}
	return noYear(latest), next, true
}

// afterAltMonth skips the second name of a month written in two calendars
// ("أكتوبر/ تشرين الأول") at j, returning the token after it (j otherwise).
// When m, the month of the first name, is known, the second name may also
// follow with a space alone ("أكتوبر تشرين الأول 2011").
func (s *Scanner) afterAltMonth(j, m int) int {
	if m2, n, ok := s.monthAt(j); ok && m != 0 && m2 == m && !isLatin(&s.toks[j]) {
		return n
	}
	if s.isPunct(j, '/') {
		if _, n, ok := s.monthAt(j + 1); ok {
			return n
		}
	}
	// "تموز (يوليو) 2009": the other name in brackets.
	if s.isPunct(j, '(') {
		if _, n, ok := s.monthAt(j + 1); ok && s.isPunct(n, ')') {
			return n + 1
		}
	}
	return j
}

// monthRangeEnd reads the end of a range of months after a month name:
// "–September", "to September", "إلى ديسمبر/ كانون الأول", "по август".
func (s *Scanner) monthRangeEnd(j int) (int, int, bool) {
	k := s.afterAltMonth(j, 0)
	tatweel := k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].norm == "" // a spaced tatweel "أبريل ـ يونيو"
	if !tatweel && !s.rangeJoin(k) {
		return 0, 0, false
	}
	// "July-to-September": a hyphen on each side of the joining word.
	if s.isPunct(k, '-') && k+2 < len(s.toks) && s.rangeJoin(k+1) && s.isPunct(k+2, '-') {
		k += 2
	}
	e := s.pastEndOf(k + 1)
	// "من شهر يناير إلى شهر نوفمبر": the word for month before the month.
	if w, ok := s.word(e); ok && w.dur == "months" && e+1 < len(s.toks) && s.toks[e+1].kind == tWord {
		e++
	}
	m2, n2, ok := s.monthAt(e)
	if !ok {
		return 0, 0, false
	}
	return m2, s.afterAltMonth(n2, m2), true
}

// pastEndOf returns where the month after "the end of" starts when e opens
// such words ("с июля по конец сентября", "from July to the end of
// September", "من يوليو حتى نهاية سبتمبر": the end of the last month),
// else e.
func (s *Scanner) pastEndOf(e int) int {
	if e >= len(s.toks) {
		return e
	}
	switch s.toks[e].norm {
	case "конец", "конца", "نهايه":
		return e + 1
	case "the", "end":
		k := e
		if s.toks[k].norm == "the" {
			k++
		}
		if k+1 < len(s.toks) && s.toks[k].norm == "end" && s.toks[k+1].norm == "of" {
			return k + 2
		}
	}
	return e
}

// monthInterval finishes a range of months from m to m2 with the year after
// it, if any, as an ISO interval "2024-01/2024-08".
func (s *Scanner) monthInterval(m, m2, next int) (Quantity, int, bool) {
	interval := func(y int) string {
		y0 := y
		if m > m2 {
			y0--
		}
		return fmt.Sprintf("%04d-%02d/%04d-%02d", y0, m, y, m2)
	}
	if y, ny, ok := s.yearAfter(next, false); ok {
		return dateQ(interval(y), false), ny, true
	}
	if off, ny, ok := s.relYearAfter(next); ok {
		return s.resolved(func() string { return interval(s.opt.Ref.Year() + off) }), ny, true
	}
	return noYear(s.resolved(func() string {
		y := s.opt.Ref.Year()
		if m2 > int(s.opt.Ref.Month()) {
			y--
		}
		return interval(y)
	})), next, true
}

// quarterEnding are the words that tie a quarter to the month it ends
// with, folded.
var quarterEnding = map[string]bool{"ending": true, "ended": true, "to": true, "المنتهي": true, "المنتهيه": true}

// quarter reads "الربع الأول", "first quarter", "во втором квартале" at i.
func (s *Scanner) quarter(i int) (Quantity, int, bool) {
	e, _ := s.word(i)
	// "الربع المنتهي في مارس", "the quarter ended June 2024": the quarter
	// that ends with the month.
	if e.flags&fQuarter != 0 && i+2 < len(s.toks) && quarterEnding[s.toks[i+1].norm] {
		k := i + 2
		if n := s.toks[k].norm; n == "in" || n == "في" {
			k++
		}
		if m, next, ok := s.monthAt(k); ok && m%3 == 0 {
			return s.quarterOf(m/3, next)
		}
	}
	// Arabic: الربع + ordinal.
	if e.flags&fQuarter != 0 && e.prefix&cArticle != 0 {
		// The dual with two ordinals, "الربعين الثاني والثالث": the
		// stretch the two quarters cover, as "the second and third
		// quarters" is.
		if e.dual {
			o1, ok1 := s.word(i + 1)
			o2, ok2 := s.word(i + 2)
			if ok1 && ok2 && o1.ocls == nUnit && o2.ocls == nUnit && o1.ord >= 1 && o2.ord == o1.ord+1 && o2.ord <= 4 && o2.prefix&cAnd != 0 {
				return s.quarterStretch(int(o1.ord), int(o2.ord), i+3)
			}
			return Quantity{}, 0, false
		}
		if o, ok := s.word(i + 1); ok && o.ocls == nUnit && o.ord >= 1 && o.ord <= 4 && o.prefix&cArticle != 0 {
			return s.quarterOf(int(o.ord), i+2)
		}
		// "الربع الأخير من 2024", "الثلاثي الأخير من السنة المنقضية": the fourth.
		if i+1 < len(s.toks) && (s.toks[i+1].norm == "الاخير" || s.toks[i+1].norm == "الاخيره") {
			if _, _, ok := s.yearAfter(i+2, false); ok {
				return s.quarterOf(4, i+2)
			}
			if _, _, ok := s.relYearAfter(i + 2); ok {
				return s.quarterOf(4, i+2)
			}
		}
		return Quantity{}, 0, false
	}
	// English: "quarter three (July to September) of 2022", "quarter 2":
	// the quarter's number after the word.
	if e.flags&fQuarter != 0 && s.toks[i].norm == "quarter" && i+1 < len(s.toks) {
		n := 0
		if t := &s.toks[i+1]; t.kind == tNum && !t.decimal && t.num >= 1 && t.num <= 4 {
			n = int(t.num)
		} else if c, ok := s.word(i + 1); ok && isLatin(t) && c.ncls == nUnit && c.num >= 1 && c.num <= 4 && c.num == float64(int(c.num)) {
			n = int(c.num)
		}
		if n > 0 {
			k := i + 2
			// The months of the quarter in brackets before its year.
			if s.isPunct(k, '(') {
				for j := k + 1; j < min(len(s.toks), k+8); j++ {
					if s.isPunct(j, ')') {
						k = j + 1
						break
					}
				}
			}
			return s.quarterOf(n, k)
		}
	}
	// English/Russian: ordinal + quarter.
	if e.ocls == nUnit && e.ord >= 1 && e.ord <= 4 {
		// "the first, second and third quarters", "в I, II, III и IV
		// кварталах": quarters that follow each other, listed, are the
		// stretch they cover (the list before "and" is read here, the
		// last pair below).
		j, last := i, e.ord
		for j+2 < len(s.toks) && s.isPunct(j+1, ',') {
			if e3, ok := s.word(j + 2); ok && e3.ocls == nUnit && e3.ord == last+1 {
				j, last = j+2, e3.ord
				continue
			}
			break
		}
		// "the third and fourth quarters", "в третьем и четвертом кварталах":
		// two quarters are a stretch of time, "2020-07/2020-12"; so is the
		// last pair of a list, also after a comma ("the first, second, and
		// third quarters"), and two apart after "between" ("between the
		// second and fourth quarters": no one quarter either; without it,
		// "the first and third quarters" are two quarters).
		and := j + 1
		if j > i && s.isPunct(and, ',') {
			and++
		}
		if and+2 < len(s.toks) && (s.toks[and].norm == "and" || s.toks[and].norm == "и") {
			e2, ok2 := s.word(and + 1)
			if q, ok := s.word(and + 2); ok && ok2 && e2.ocls == nUnit && (e2.ord == last+1 || e2.ord > last && (s.betweenBefore(i) || i > 0 && s.toks[i-1].norm == "the" && s.betweenBefore(i-1))) && e2.ord <= 4 && q.flags&fQuarter != 0 {
				return s.quarterStretch(int(e.ord), int(e2.ord), and+3)
			}
		}
		if q, ok := s.word(i + 1); ok && q.flags&fQuarter != 0 && s.toks[i+1].norm != "quarters" {
			return s.quarterOf(int(e.ord), i+2)
		}
		// "third-quarter GDP": the hyphenated adjective.
		if s.isPunct(i+1, '-') && s.glued(i+1) && s.glued(i+2) && i+2 < len(s.toks) && s.toks[i+2].norm == "quarter" {
			return s.quarterOf(int(e.ord), i+3)
		}
	}
	return Quantity{}, 0, false
}

// quarterStretch is the stretch from quarter first to quarter last of the
// year that follows at next ("the third and fourth quarters of 2020":
// "2020-07/2020-12"); without one, of the year of the most recent such
// last quarter.
func (s *Scanner) quarterStretch(first, last, next int) (Quantity, int, bool) {
	q, end, _ := s.quarterOf(last, next)
	if y, _, ok := strings.Cut(q.Period, "-Q"); ok && len(y) == 4 {
		q.Period, q.NoYear = fmt.Sprintf("%s-%02d/%s-%02d", y, (first-1)*3+1, y, last*3), false
	}
	q.Quarters = true
	return q, end, true
}

// qNotation reads "Q1", "Q1 2025", "Q1-2025".
func (s *Scanner) qNotation(i int) (Quantity, int, bool) {
	if i+1 >= len(s.toks) || s.toks[i+1].kind != tNum || !s.glued(i+1) {
		return Quantity{}, 0, false
	}
	n := int(s.toks[i+1].num)
	if n < 1 || n > 4 || s.toks[i+1].decimal {
		return Quantity{}, 0, false
	}
	// "Q1'25", "Q3 ’24": the year in two digits after an apostrophe.
	if k := i + 2; s.isPunct(k, '\'', '’') && k+1 < len(s.toks) && s.glued(k+1) && s.toks[k+1].kind == tNum && s.toks[k+1].digits == 2 && !s.toks[k+1].decimal {
		return dateQ(fmt.Sprintf("20%02d-Q%d", int(s.toks[k+1].num), n), false), k + 2, true
	}
	// "Q1-3 last year", "Q1-3 2023": quarters one to three, a stretch of
	// months.
	if k := i + 2; s.isPunct(k, '-', '–') && s.glued(k) && k+1 < len(s.toks) && s.glued(k+1) && s.toks[k+1].kind == tNum && !s.toks[k+1].decimal {
		if m := int(s.toks[k+1].num); m > n && m <= 4 {
			span := func(y int) string { return fmt.Sprintf("%04d-%02d/%04d-%02d", y, (n-1)*3+1, y, m*3) }
			if y, ny, ok := s.yearAfter(k+2, false); ok {
				return dateQ(span(y), false), ny, true
			}
			if off, ny, ok := s.relYearAfter(k + 2); ok {
				return s.resolved(func() string { return span(s.opt.Ref.Year() + off) }), ny, true
			}
		}
	}
	// "(Q2) of FY26": a fiscal quarter.
	if s.isPunct(i+2, ')') {
		if fy, _, ok := s.fiscalAt(i + 3); ok {
			return dateQ(fmt.Sprintf("%s-Q%d", fy, n), false), i + 2, true
		}
	}
	return s.quarterOf(n, i+2)
}

// quarterOf finishes quarter n with the year that follows it, if any.
func (s *Scanner) quarterOf(n, next int) (Quantity, int, bool) {
	// "the second quarter of the last fiscal": of the fiscal year before
	// the one under way ("FY-1").
	if k := next; k+3 < len(s.toks) && s.toks[k].norm == "of" && s.toks[k+1].norm == "the" && (s.toks[k+2].norm == "last" || s.toks[k+2].norm == "previous") {
		if fy, end, ok := s.fiscalAt(k + 3); ok && fy == "FY" {
			return dateQ(fmt.Sprintf("FY-1-Q%d", n), false), end, true
		}
	}
	if fy, end, ok := s.fiscalAt(next); ok {
		return dateQ(fmt.Sprintf("%s-Q%d", fy, n), false), end, true
	}
	// "the second quarter (October-December) of fiscal year 2023-24":
	// past the months in brackets (not a quarter of its own: "the July-September
	// quarter (Q2) of FY26").
	if s.isPunct(next, '(') {
		for k := next + 1; k < min(len(s.toks), next+8) && s.toks[k].kind != tNum; k++ {
			if s.isPunct(k, ')') {
				if fy, end, ok := s.fiscalAt(k + 1); ok {
					return dateQ(fmt.Sprintf("%s-Q%d", fy, n), false), end, true
				}
				break
			}
		}
	}
	k := next
	if s.isPunct(k, '-') {
		k++
	}
	// "Q4 2022-23", "the fourth quarter of 2023-24": a quarter of a split
	// year is a fiscal quarter.
	at := k
	if at < len(s.toks) && s.toks[at].norm == "of" {
		at++
	}
	if a, b, end, ok := s.splitYear(at); ok {
		return dateQ(fmt.Sprintf("FY%s/%s-Q%d", a, b[2:], n), false), end, true
	}
	if y, ny, ok := s.yearAfter(k, false); ok {
		return dateQ(yq(y, n), false), ny, true
	}
	if off, ny, ok := s.relYearAfter(next); ok {
		return s.resolved(func() string { return yq(s.opt.Ref.Year()+off, n) }), ny, true
	}
	// Without a year: the most recent such quarter that has begun.
	return noYear(s.resolved(func() string {
		y := s.opt.Ref.Year()
		if (n-1)*3+1 > int(s.opt.Ref.Month()) {
			y--
		}
		return yq(y, n)
	})), next, true
}

// monthsQuarterOf is quarterOf for a quarter named by its months
// ("the January-March quarter of 2022-23"): of a split year, the months
// fix the calendar year — January to March fall in its second year,
// July to December in its first, whenever the fiscal year begins in April
// to July; April to June depend on it, and are left to the fiscal year.
func (s *Scanner) monthsQuarterOf(n, next int) (Quantity, int, bool) {
	k := next
	if k < len(s.toks) && (s.toks[k].norm == "of" || s.toks[k].norm == "in") {
		k++
	}
	a, b, end, ok := s.splitYear(k)
	if !ok {
		// "the July–September quarter of FY 2025-26"
		var fy string
		if fy, end, ok = s.fiscalAt(k); ok {
			var y, y2 int
			if _, err := fmt.Sscanf(fy, "FY%4d/%2d", &y, &y2); err != nil || (y+1)%100 != y2 {
				return s.quarterOf(n, next)
			}
			a, b = strconv.Itoa(y), strconv.Itoa(y+1)
		}
	}
	if ok {
		switch n {
		case 1:
			return dateQ(fmt.Sprintf("%s-Q1", b), false), end, true
		case 3, 4:
			return dateQ(fmt.Sprintf("%s-Q%d", a, n), false), end, true
		}
		return dateQ(fmt.Sprintf("FY%s/%s", a, b[2:]), false), end, true
	}
	return s.quarterOf(n, next)
}

// splitYear reads a year split across two ("2022-23", "2022/2023") at k:
// its two calendar years, four digits each, and where it ends.
func (s *Scanner) splitYear(k int) (a, b string, end int, ok bool) {
	if k >= len(s.toks) || s.toks[k].kind != tNum {
		return "", "", 0, false
	}
	y, y2, end, _, ok := s.yearSpan(k)
	if !ok {
		return "", "", 0, false
	}
	return strconv.Itoa(y), strconv.Itoa(y2), end, true
}

// partOfYear reads the first months of a year or one of its halves at i:
// "the first eight months (of 2022)", "the first half", "أول 8 أشهر",
// "الأشهر الـ8 الأولى", "النصف الأول", "первые восемь месяцев", "первое
// полугодие". They are intervals ("2022-01/2022-08"), no calendar period.
func (s *Scanner) partOfYear(i int) (Quantity, int, bool) {
	t := &s.toks[i]
	switch n := t.norm; {
	case n == "first" || n == "second" || n == "за" || strings.HasPrefix(n, "перв") || strings.HasPrefix(n, "втор") || s.afterIn(i) && s.monthsNear(i):
	case n != "" && n[0] >= 0xd8 && (strings.Contains(n, "ال") || strings.HasPrefix(withoutAnd(n), "لل")) || n == "اول" || n == "واول":
	default:
		return Quantity{}, 0, false // the common case: no part of a year starts here
	}
	first := func(k int) bool {
		if k >= len(s.toks) || s.toks[k].kind != tWord {
			return false
		}
		n := withoutClitic(s.toks[k].norm)
		return n == "first" || n == "اول" || n == "الاول" || n == "الاولي" || n == "الاولين" || n == "الاوليين" || strings.HasPrefix(n, "перв")
	}
	months := func(k int) bool {
		e, ok := s.word(k)
		return ok && e.dur == "months"
	}
	half := func(norm string) bool { // "النصف", and the Maghreb's "السداسي" (semester)
		n := withoutClitic(norm)
		return n == "النصف" || n == "السداسي"
	}
	dualMonths := func(k int) bool { // "شهرين", "الشهرين": two months in one word
		return k < len(s.toks) && strings.HasSuffix(withoutClitic(withoutAnd(s.toks[k].norm)), "شهرين")
	}
	quarters := func(k int) bool { // plural: "quarters", "квартала", "الأرباع"
		if k >= len(s.toks) || s.toks[k].kind != tWord {
			return false
		}
		n := withoutClitic(s.toks[k].norm)
		return n == "quarters" || n == "квартала" || n == "кварталов" || n == "кварталы" || n == "الارباع" || n == "ارباع" || n == "الفصول" || n == "فصول"
	}
	m0, m1, next := 0, 0, 0
	switch {
	case first(i) && i+1 < len(s.toks) && (s.toks[i+1].norm == "half" || s.toks[i+1].norm == "النصف" || ruHalf(s.toks[i+1].norm)):
		m0, m1, next = 1, 6, i+2
		// "the first half of June": a fortnight, not a half-year.
		k := i + 2
		if e, ok := s.word(k); ok && e.flags&fOf != 0 {
			k++
		}
		if m, end, ok := s.monthAt(k); ok {
			q, n, _ := s.monthYear(m, end)
			if q.Period != "" {
				q.Period = q.Period + "-01/" + q.Period + "-15"
			}
			return q, n, true
		}
	case (half(t.norm) || t.norm == "second" || strings.HasPrefix(t.norm, "втор")) && i+1 < len(s.toks):
		n := s.toks[i+1].norm
		switch {
		case half(t.norm) && (n == "الاول" || n == "الثاني"):
			m0, m1, next = 1, 6, i+2
			if n == "الثاني" {
				m0, m1 = 7, 12
			}
		case t.norm == "second" && n == "half", strings.HasPrefix(t.norm, "втор") && ruHalf(n):
			m0, m1, next = 7, 12, i+2
		default:
			return Quantity{}, 0, false
		}
	case t.norm == "за" && i+2 < len(s.toks):
		// "за девять месяцев 2024 года": January to September, the
		// reports' cumulative months (not "за последние девять месяцев",
		// nor three without a year, which may be any three; "за три
		// месяца 2023 года" is the first quarter).
		n, k, ok := s.countAt(i + 1)
		if !ok || n < 3 || n > 11 || !months(k) || n == 3 && !s.yearNext(k+1) {
			return Quantity{}, 0, false
		}
		if n == 3 {
			return s.quarterOf(1, k+1)
		}
		m0, m1, next = 1, n, k+1
	case s.afterIn(i) && !first(i):
		// "in nine months of 2024", as "за девять месяцев 2024 года";
		// "in three months of 2021": the first quarter. (Only with the
		// year: "in three months" may be any three.)
		n, k, ok := s.countAt(i)
		if !ok || n < 3 || n > 11 || !months(k) || !s.yearNext(k+1) {
			return Quantity{}, 0, false
		}
		if n == 3 {
			return s.quarterOf(1, k+1)
		}
		m0, m1, next = 1, n, k+1
	case first(i) && dualMonths(i+1):
		m0, m1, next = 1, 2, i+2 // "أول شهرين من العام": January and February
	case dualMonths(i) && first(i+1):
		m0, m1, next = 1, 2, i+2 // "للشهرين الأولين"
	case first(i):
		// "first eight months", "اول 8 اشهر", "первые 8 месяцев"; "the
		// first three quarters", "первые три квартала"
		n, k, ok := s.countAt(i + 1)
		if i+2 < len(s.toks) && quarters(i+2) { // "three quarters" alone would be ¾
			switch s.toks[i+1].norm {
			case "two":
				n, k, ok = 2, i+2, true
			case "three":
				n, k, ok = 3, i+2, true
			}
		}
		switch {
		case ok && n >= 2 && n <= 11 && months(k):
			if n == 3 { // the first three months: the first quarter
				return s.quarterOf(1, k+1)
			}
			m0, m1, next = 1, n, k+1
		case ok && (n == 2 || n == 3) && quarters(k):
			m0, m1, next = 1, 3*n, k+1
		default:
			return Quantity{}, 0, false
		}
	case (months(i) || quarters(i)) && !isLatin(t) && (strings.HasPrefix(withoutAnd(t.norm), "ال") || strings.HasPrefix(withoutAnd(t.norm), "لل") || strings.HasPrefix(withoutClitic(t.norm), "ال")):
		// "الأشهر الـ8 الأولى", "الأشهر الثمانية الأولى", "الأرباع الثلاثة
		// الأولى"
		n, k, ok := s.countAt(i + 1)
		switch {
		case ok && n >= 2 && n <= 11 && first(k) && months(i):
			if n == 3 {
				return s.quarterOf(1, k+1)
			}
			m0, m1, next = 1, n, k+1
		case ok && (n == 2 || n == 3) && first(k):
			m0, m1, next = 1, 3*n, k+1
		default:
			return Quantity{}, 0, false
		}
	case !isLatin(t) && strings.HasPrefix(withoutClitic(t.norm), "ال"):
		// "الثلاثة أرباع الأولى", "الثمانية أشهر الأولى": the count first.
		n, k, ok := s.countAt(i)
		switch {
		case ok && k+1 < len(s.toks) && n >= 2 && n <= 11 && months(k) && first(k+1):
			if n == 3 {
				return s.quarterOf(1, k+2)
			}
			m0, m1, next = 1, n, k+2
		case ok && k+1 < len(s.toks) && (n == 2 || n == 3) && quarters(k) && first(k+1):
			m0, m1, next = 1, 3*n, k+2
		default:
			return Quantity{}, 0, false
		}
	default:
		return Quantity{}, 0, false
	}
	return s.monthInterval(m0, m1, next)
}

// lastWeekAt reads "last week", "of last week", "الأسبوع الماضي", "на прошлой
// неделе" at k, returning the token after it.
func (s *Scanner) lastWeekAt(k int) (int, bool) {
	norm := func(j int) string {
		if j < len(s.toks) && s.toks[j].kind == tWord {
			return s.toks[j].norm
		}
		return ""
	}
	if norm(k) == "of" {
		k++
	}
	switch {
	case norm(k) == "last" && norm(k+1) == "week":
		return k + 2, true
	case withoutClitic(norm(k)) == "الاسبوع" && (norm(k+1) == "الماضي" || norm(k+1) == "المنصرم"):
		return k + 2, true
	case norm(k) == "на" && norm(k+1) == "прошлой" && norm(k+2) == "неделе":
		return k + 3, true
	}
	return 0, false
}

// lastMonthOfYear reads "last month of (the) year", "الشهر الأخير من
// العام/السنة", "последний месяц года" at i, returning where the year
// expression starts (after "of the year" when the year is not named).
func (s *Scanner) lastMonthOfYear(i int) (int, bool) {
	if n := s.toks[i].norm; n != "last" && !strings.HasSuffix(n, "الشهر") && !strings.HasPrefix(n, "последн") {
		return 0, false
	}
	norm := func(k int) string {
		if k < len(s.toks) && s.toks[k].kind == tWord {
			return s.toks[k].norm
		}
		return ""
	}
	var k int
	switch {
	case norm(i) == "last" && norm(i+1) == "month" && norm(i+2) == "of":
		k = i + 3
		if norm(k) == "the" && norm(k+1) == "year" {
			return k + 2, true
		}
		return k, s.yearOrRelative(k)
	case withoutClitic(norm(i)) == "الشهر" && norm(i+1) == "الاخير" && (norm(i+2) == "من" || norm(i+2) == "في"):
		k = i + 3
		if n := norm(k); n == "العام" || n == "السنه" {
			if !s.yearOrRelative(k) {
				return k + 1, true
			}
		}
		return k, s.yearOrRelative(k)
	case strings.HasPrefix(norm(i), "последн") && strings.HasPrefix(norm(i+1), "месяц") && norm(i+2) == "года":
		return i + 3, true
	}
	return 0, false
}

// yearOrRelative reports a year ("2024", "عام 2024") or a relative year
// ("last year", "العام الماضي") at k.
func (s *Scanner) yearOrRelative(k int) bool {
	if _, _, ok := s.yearAfter(k, false); ok {
		return true
	}
	_, _, ok := s.relYearAfter(k)
	return ok
}

// ruHalf reports whether w is a Russian half-year word: "полугодие",
// "половине" (года).
func ruHalf(w string) bool {
	return strings.HasPrefix(w, "полугоди") || strings.HasPrefix(w, "половин")
}

// romanPart reads a quarter or half-year numbered in Roman numerals, as
// Russian writes them: "во II квартале 2023 г.", "в I полугодии".
func (s *Scanner) romanPart(i int) (Quantity, int, bool) {
	numeral := func(k int) int {
		if k >= len(s.toks) || !s.toks[k].upper {
			return 0
		}
		switch s.toks[k].norm {
		case "i":
			return 1
		case "ii":
			return 2
		case "iii":
			return 3
		case "iv":
			return 4
		}
		return 0
	}
	n := numeral(i)
	if n == 0 || i+1 >= len(s.toks) {
		return Quantity{}, 0, false
	}
	// "в I, II, III и IV кварталах": quarters that follow each other,
	// listed, are the stretch they cover.
	j, last := i, n
	for j+2 < len(s.toks) && (s.isPunct(j+1, ',') || s.toks[j+1].norm == "и") && numeral(j+2) == last+1 {
		j, last = j+2, last+1
		if s.toks[j-1].norm == "и" {
			break
		}
	}
	if j > i && j+1 < len(s.toks) && s.toks[j-1].norm == "и" && strings.HasPrefix(s.toks[j+1].norm, "квартал") {
		return s.quarterStretch(n, last, j+2)
	}
	// "за I-III кварталы": a range of quarters is the stretch it covers.
	if i+3 < len(s.toks) && s.isPunct(i+1, '-', '–', '—') && numeral(i+2) > n && strings.HasPrefix(s.toks[i+3].norm, "квартал") {
		return s.quarterStretch(n, numeral(i+2), i+4)
	}
	return s.ruPartNoun(n, i+1)
}

// ruPartNoun reads the noun of a Russian quarter or half-year numbered n
// at token k ("квартале", "полугодие", "половине").
func (s *Scanner) ruPartNoun(n, k int) (Quantity, int, bool) {
	switch w := s.toks[k].norm; {
	case strings.HasPrefix(w, "квартал"):
		return s.quarterOf(n, k+1)
	case ruHalf(w) && n <= 2:
		return s.monthInterval(n*6-5, n*6, k+1)
	}
	return Quantity{}, 0, false
}

// ruDigitPart reads a quarter or half-year numbered in digits with a
// Russian ordinal ending: "в 4-м квартале", "за 1-е полугодие".
func (s *Scanner) ruDigitPart(i int) (Quantity, int, bool) {
	t := &s.toks[i]
	if t.decimal || t.num < 1 || t.num > 4 || i+3 >= len(s.toks) || !s.isPunct(i+1, '-') || !s.glued(i+1) || !s.glued(i+2) || s.toks[i+2].kind != tWord || !isRuOrdinalSuffix(s.toks[i+2].norm) {
		return Quantity{}, 0, false
	}
	if w := s.toks[i+3].norm; w == "кварталах" || w == "кварталы" || w == "кварталов" {
		return Quantity{}, 0, false // a list of quarters, read elsewhere
	}
	return s.ruPartNoun(int(t.num), i+3)
}

// withoutClitic drops a one-letter Arabic clitic (و ف ب ل ك) before the
// article: "والنصف" → "النصف".
// withoutAnd drops a leading و or ف ("and", "so") from an Arabic word.
func withoutAnd(n string) string {
	if len(n) > 4 && (strings.HasPrefix(n, "و") || strings.HasPrefix(n, "ف")) {
		return n[len("و"):]
	}
	return n
}

func withoutClitic(n string) string {
	if len(n) > 6 && n[0] >= 0xd8 {
		if r, size := utf8.DecodeRuneInString(n); strings.ContainsRune("وفبلك", r) && strings.HasPrefix(n[size:], "ال") {
			return n[size:]
		}
	}
	return n
}

// countAt reads a small whole number at k: digits, "الـ8", or number words.
func (s *Scanner) countAt(k int) (int, int, bool) {
	if k >= len(s.toks) {
		return 0, 0, false
	}
	t := &s.toks[k]
	if t.kind == tWord && t.norm == "ال" && k+1 < len(s.toks) && s.toks[k+1].kind == tNum && s.glued(k+1) {
		k++
		t = &s.toks[k]
	}
	if t.kind == tNum {
		if t.decimal || t.grouped {
			return 0, 0, false
		}
		return int(t.num), k + 1, true
	}
	if v, next, _, ok := s.numberWords(k); ok && v == float64(int(v)) {
		return int(v), next, true
	}
	if e, ok := s.word(k); ok && e.ocls == nUnit && e.ord >= 2 {
		return int(e.ord), k + 1, true // الثمانية read as an ordinal form
	}
	if e, ok := s.word(k); ok && e.prefix&cArticle != 0 && e.ncls != nScale && e.num >= 2 && e.num <= 12 && e.num == float64(int(e.num)) {
		return int(e.num), k + 1, true // العشرة: a cardinal with its article
	}
	return 0, 0, false
}

// fiscalAt reads a fiscal year at k, after an optional "of" / "من":
// "FY26", "FY2024-25", "fiscal 2025", "fiscal year 2024/25", "العام المالي
// ٢٠٢٤/٢٠٢٥", "السنة المالية". Its label ("FY2024/25", "FY" without a year)
// is no calendar period: when a fiscal year starts depends on the country.
func (s *Scanner) fiscalAt(k int) (string, int, bool) {
	if e, ok := s.word(k); ok && e.flags&fOf != 0 {
		k++
	}
	if k < len(s.toks) && s.toks[k].norm == "the" {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind != tWord {
		return "", 0, false
	}
	t := &s.toks[k]
	j := k + 1
	switch {
	case isLatin(t) && t.norm == "fy":
		if j >= len(s.toks) || s.toks[j].kind != tNum {
			return "", 0, false
		}
	case isLatin(t) && t.norm == "financial" && j < len(s.toks) && s.toks[j].norm == "year":
		j++ // "in the last financial year"
	case isLatin(t) && t.norm == "fiscal":
		if j < len(s.toks) && (s.toks[j].norm == "year" || s.toks[j].norm == "years") {
			j++
		} else if !s.fiscalNoun(k) && (j >= len(s.toks) || s.toks[j].kind != tNum) {
			return "", 0, false // "a fiscal deficit"
		}
	case !isLatin(t) && j < len(s.toks) && (s.toks[j].norm == "المالي" || s.toks[j].norm == "الماليه"):
		if e, ok := s.word(k); !ok || e.flags&fYear == 0 {
			return "", 0, false
		}
		j++
		if j < len(s.toks) {
			switch s.toks[j].norm {
			case "الحالي", "الحاليه", "الجاري", "الجاريه", "الماضي", "الماضيه", "السابق", "السابقه", "المقبل", "المقبله":
				j++ // "السنة المالية الحالية 2021-2022"
			}
		}
	default:
		return "", 0, false
	}
	label := "FY"
	if j < len(s.toks) && s.toks[j].kind == tNum && !s.toks[j].decimal && !s.toks[j].grouped && (s.toks[j].digits == 4 || s.toks[j].digits == 2) {
		label += strconv.Itoa(int(s.toks[j].num))
		j++
		// "2021-2022", "2021/22", and spaced "2021 - 2022" (the year after).
		first := s.toks[j-1].num
		if s.isPunct(j, '/', '-', '–') && j+1 < len(s.toks) && s.toks[j+1].kind == tNum && (s.glued(j+1) || s.toks[j+1].digits == 4 && s.toks[j+1].num == first+1) && (s.toks[j+1].digits == 4 || s.toks[j+1].digits == 2) {
			label += "/" + strconv.Itoa(int(s.toks[j+1].num))
			j += 2
		}
	}
	return label, s.fiscalEnding(j), true
}

// fiscalNoun reports "fiscal" at k used as a noun for the fiscal year,
// after a word of the lexicon phrase fiscal_before ("this", "last") and
// before none but a word of fiscal_after ("due", "against"): "output
// in this fiscal, against …" (not "this fiscal deficit").
func (s *Scanner) fiscalNoun(k int) bool {
	if k == 0 {
		return false
	}
	if !s.lx.fiscalBefore[s.toks[k-1].norm] {
		return false
	}
	j := k + 1
	return j >= len(s.toks) || s.toks[j].kind != tWord || s.lx.fiscalAfter[s.toks[j].norm]
}

// fiscalEnding returns the end of the clause at j that says when a fiscal
// year ends ("… ending in March", "المنتهية في مارس الماضي", "التي تنتهي
// في 30 يونيو", "which ends on June 30", ", завершившегося в июле"): part
// of the fiscal year, no date of its own. Else j.
func (s *Scanner) fiscalEnding(j int) int {
	if j < len(s.toks) {
		i := j
		if s.isPunct(i, ',') && i+1 < len(s.toks) {
			i++
		}
		if n := s.toks[i].norm; (n == "التي" || n == "which" || n == "that") && i+1 < len(s.toks) {
			i++
		}
		if n := s.toks[i].norm; n == "ending" || n == "ended" || n == "ends" || n == "المنتهيه" || n == "تنتهي" || n == "ينتهي" || strings.HasPrefix(n, "заканчивающ") || strings.HasPrefix(n, "завершивш") {
			k := i + 1
			if e, ok := s.word(k); ok && (e.flags&fOf != 0 || s.toks[k].norm == "in" || s.toks[k].norm == "on" || s.toks[k].norm == "في" || s.toks[k].norm == "в") {
				k++
			}
			if k < len(s.toks) && s.toks[k].kind == tNum && s.toks[k].digits <= 2 && !s.toks[k].decimal {
				k++ // "30 يونيو"
			}
			if _, end, ok := s.monthAt(k); ok {
				j = end
				if _, ny, ok := s.yearAfter(end, false); ok {
					j = ny
				} else if _, ny, ok := s.relYearAfter(end); ok {
					j = ny
				}
			}
		}
	}
	return j
}

// relative resolves last/this/next year, the year before last, last month,
// last quarter, last week.
func (s *Scanner) relative(kind phraseKind, end int) (Quantity, int, bool) {
	ref := s.opt.Ref
	return s.resolved(func() string {
		switch kind {
		case pLastYear:
			return yyyy(ref.Year() - 1)
		case pYearBeforeLast:
			return yyyy(ref.Year() - 2)
		case pThisYear:
			return yyyy(ref.Year())
		case pNextYear:
			return yyyy(ref.Year() + 1)
		case pLastMonth:
			return ref.AddDate(0, 0, -ref.Day()+1).AddDate(0, -1, 0).Format("2006-01")
		case pThisMonth:
			return ref.Format("2006-01")
		case pLastWeek:
			// A week names no calendar period; the month it mostly falls in
			// does.
			return ref.AddDate(0, 0, -7).Format("2006-01")
		default:
			q := (int(ref.Month())-1)/3 + 1
			y := ref.Year()
			if q--; q == 0 {
				q, y = 4, y-1
			}
			return yq(y, q)
		}
	}), end, true
}

// nearestWeekday returns the day with weekday wd (0 = Sunday) within three
// days of d, or d when wd is negative.
func nearestWeekday(d time.Time, wd int) time.Time {
	if wd < 0 {
		return d
	}
	off := (wd - int(d.Weekday()) + 7) % 7 // 0…6 days ahead
	if off > 3 {
		off -= 7
	}
	return d.AddDate(0, 0, off)
}

// betweenBefore reports "between" right before token i, or "between the
// start of" / "between the beginning of".
func (s *Scanner) betweenBefore(i int) bool {
	if i > 0 && (s.toks[i-1].norm == "between" || s.toks[i-1].norm == "между") {
		return true
	}
	return i >= 4 && s.toks[i-1].norm == "of" && (s.toks[i-2].norm == "start" || s.toks[i-2].norm == "beginning") && s.toks[i-3].norm == "the" && s.toks[i-4].norm == "between"
}

// lengthAdjective reports a number at k joined by a hyphen to a unit of
// time, a length and no day: "an August 12-month inflation rate".
func (s *Scanner) lengthAdjective(k int) bool {
	if !s.isPunct(k+1, '-') || !s.glued(k+1) || !s.glued(k+2) {
		return false
	}
	e, ok := s.word(k + 2)
	return ok && e.dur != ""
}

// btoi is 1 for true and 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// dayCommaYear reads "10,2022" — a day of the month and a year glued by a
// comma — as 10 and 2022.
func dayCommaYear(t string) (day, year int, ok bool) {
	d, y, found := strings.Cut(t, ",")
	if !found || len(d) < 1 || len(d) > 2 || len(y) != 4 {
		return 0, 0, false
	}
	day, err1 := strconv.Atoi(d)
	year, err2 := strconv.Atoi(y)
	if err1 != nil || err2 != nil || day < 1 || day > 31 || year < 1900 || year > 2100 {
		return 0, 0, false
	}
	return day, year, true
}

// ymd, ym, yq and yyyy write the periods of CONTRACT.md ("2024-08-15",
// "2024-08", "2024-Q3", "2024") without fmt: the recognizer writes one
// for every date it resolves.
func ymd(y, m, d int) string {
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-', byte('0' + m/10%10), byte('0' + m%10), '-', byte('0' + d/10%10), byte('0' + d%10)}
	return string(b[:])
}

func ym(y, m int) string { return ymd(y, m, 0)[:7] }

func yq(y, q int) string {
	if y < 0 || y > 9999 || q < 0 || q > 9 {
		return fmt.Sprintf("%04d-Q%d", y, q)
	}
	b := [7]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-', 'Q', byte('0' + q)}
	return string(b[:])
}

func yyyy(y int) string { return ymd(y, 0, 0)[:4] }

// dayPeriod is t's day as a period ("2024-08-15").
func dayPeriod(t time.Time) string { return ymd(t.Year(), int(t.Month()), t.Day()) }

// genitiveAfter reports a Russian noun phrase in the genitive at k, as
// after "накануне" meaning "on the eve of" ("накануне визита", "накануне
// Нового года"), and not a preposition, a verb in the past tense or a name
// in the nominative ("накануне с визитом", "накануне заявил", "Накануне
// Банк России …").
func (s *Scanner) genitiveAfter(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tWord {
		return false
	}
	w := s.toks[k].norm
	switch w {
	case "с", "со", "в", "во", "на", "к", "по", "у", "о", "об", "из", "за", "и", "же", "уже", "вечером", "утром", "днем":
		return false
	}
	for _, end := range []string{"л", "ла", "ло", "ли", "лся", "лась", "лись"} {
		if strings.HasSuffix(w, end) {
			return false // a verb in the past tense
		}
	}
	if !s.toks[k].upper {
		return true
	}
	for _, end := range []string{"ого", "его", "а", "я", "ы", "и", "ов", "ев", "ей", "ой"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// yearNext reports a year written at token k, or after "of" there: "of
// 2023", "2023 года".
func (s *Scanner) yearNext(k int) bool {
	if k < len(s.toks) && s.toks[k].norm == "of" {
		k++
	}
	return k < len(s.toks) && s.toks[k].kind == tNum && s.toks[k].num >= 1900 && s.toks[k].num <= 2100 && s.toks[k].num == float64(int(s.toks[k].num))
}

// afterIn reports token i right after "in" or "over": where "in nine
// months of 2024" counts its months.
func (s *Scanner) afterIn(i int) bool {
	return i > 0 && (s.toks[i-1].norm == "in" || s.toks[i-1].norm == "over")
}

// monthsNear reports "months" one or two tokens after token i: the cheap
// test that lets "in nine months of 2024" past the filter of partOfYear.
func (s *Scanner) monthsNear(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+2; k++ {
		if s.toks[k].norm == "months" {
			return true
		}
	}
	return false
}
