package indicators

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/econtrack/econtrack/indicators/quantity"
)

// The steps of a claim frame, in the order they are taken. Each step either
// passes the quantity on or rejects it with a reason; a quantity that
// passes them all is an observation.
const (
	stepCue         = "cue"         // which indicator, if any, the sentence ties it to
	stepValue       = "value"       // the indicator's min_value
	stepQualifier   = "qualifier"   // a subgroup or another measure (women, core, lending)
	stepModality    = "modality"    // not yet observed: future, forecast, target
	stepRange       = "range"       // "between 20 and 25%"
	stepChange      = "change"      // a size of change, not a level
	stepPrevious    = "previous"    // "from 3.5% to …" without a period of its own
	stepPeriod      = "period"      // no calendar period, or after publication
	stepEntities    = "entities"    // not the countries the indicator needs
	stepHeadline    = "headline"    // another value of the same point came first
	stepObservation = "observation" // passed every step
)

// Decision is what became of one quantity of a document: the observation
// it became, or the step that rejected it and why (econtrack extract
// --explain).
type Decision struct {
	Doc      string
	Quantity quantity.Quantity
	// Indicator is the candidate indicator ("" when no cue tied it).
	Indicator string
	// Step is the step that decided: one of cue, value, qualifier,
	// modality, range, change, previous, period, entities, observation.
	Step string
	// Reason says why, in words ("qualifier: women").
	Reason string
	// Observation is what the quantity became (after merging repeats)
	// when Step is "observation".
	Observation *Observation
}

// sentKind is a kind of quantity in a sentence.
type sentKind struct {
	sent int
	kind quantity.Kind
}

// docState is one document being read: its tokens, countries, dates and
// what earlier sentences named, shared by the steps.
type docState struct {
	x  *Extractor
	d  Doc
	sc *quantity.Scanner
	qs []quantity.Quantity
	// described are the country nouns a region describes ("Asia's
	// third-largest economy"): they name no indicator.
	described map[int]bool
	// streaks are the ordinals left out of qs that count periods in a
	// row ("for the third straight month").
	streaks  []quantity.Quantity
	dt       *docTokens
	ments    []mention
	single   string
	home     string // the dateline's country, else single: "the State" (للدولة)
	pair     []string
	dates    []dateRef
	pub      string
	lastKind map[sentKind]string  // indicator of the last observation of a kind in a sentence
	lastObs  map[int]*Observation // sentence → its last observation (the decision's own)
	// qualified holds, by the figure's index, the indicator and the
	// qualifier that rejected it: the value compared with it ("18% in the
	// West Bank, against 19% in 2017") and a title restating it are no
	// headline figures either.
	qualified map[int]qualified
	// projected holds, per quantity, the marker that made it a projection
	// ("expected"), for the anaphors that stand for it.
	projected map[int]string
	// shortChange holds the figures, by indicator and size, given as a
	// change over a shorter span than the indicator's basis ("the CPI
	// rose 0.4% on the month"): a title restating one is no level either.
	shortChange map[figureSize]bool
	// shortAt holds, by the figure's index, the figures rejected as such a
	// change: the value compared with one ("prices went up 0.9% over the
	// month, against 0.4% a year before") is on the same short basis.
	shortAt map[int]bool
	// onPrevSent holds the sentences with a growth said to be on the
	// period before: "contracted 0.2% on the prior quarter, after rising
	// 0.1% in the third and fourth quarters" is on the same basis.
	onPrevSent map[int]bool
	// headsChair says the document has heads of state or government chair
	// a committee or session (ChairedBy … Heads), or names a high-level
	// committee of theirs (HighLevel).
	headsChair bool
	// ministersChair holds where the text says ministers or deputies chair
	// a body ("chaired by the two foreign ministers").
	ministersChair []int
	// explain asks for the reasons of rejections in words (Explain).
	explain bool
}

// yearOnYearPair reports two dates in tokens [a, b), the second the first
// a year before: "in May 2024 than in May 2023".
func (st *docState) yearOnYearPair(a, b int) bool {
	i, j := within(st.dates, dateTok, a, b)
	ds := st.dates[i:j]
	for k, d := range ds {
		if len(d.period) == len("2006-01") && slices.ContainsFunc(ds[k+1:], func(e dateRef) bool { return e.end <= b && e.period == shiftYear(d.period, -1) }) {
			return true
		}
	}
	return false
}

// emptied returns m cleared for the next document, or a new map when m is
// nil or grew large (a long document's map is not kept).
func emptied[K comparable, V any](m map[K]V) map[K]V {
	if m == nil || len(m) > 1024 {
		return map[K]V{}
	}
	clear(m)
	return m
}

// qualified is why a figure is not its indicator's headline.
type qualified struct {
	indicator, word string
	group           bool // the word is a group of countries the figure was said of
	onPrevious      bool // the figure was a change on the period before ("month-on-month", or no qualifier word)
}

// onPreviousWord stands for the qualifier of a figure that is a change on
// the period before with no qualifier word of its own.
const onPreviousWord = "on the period before"

// keepsQualifier reports that a figure whose words [a, b) hold the figure
// it stands for, or goes on from, takes that figure's qualifier w: not a
// change on the period before when those words name the indicator's own
// basis ("The annual rate came to 4.8%").
func (st *docState) keepsQualifier(w qualified, in *compiled, a, b int) bool {
	return !w.onPrevious || len(st.dt.find(in.basis, a, b)) == 0
}

// qualifierOfValue returns the qualifier of a figure of the indicator the
// size of v, whatever its sign ("down 9.5%" and "fell 9.5%"), or "".
func (st *docState) qualifierOfValue(indicator string, v float64) string {
	word, first := "", len(st.qs)
	for qi, w := range st.qualified {
		if qi < first && w.indicator == indicator && w.word != onPreviousWord && math.Abs(st.qs[qi].Value) == math.Abs(v) {
			word, first = w.word, qi // the first in the text, whatever the map's order
		}
	}
	return word
}

// figureSize is a figure of an indicator by its size, whatever its sign
// ("down 0.4%" and "fell 0.4%").
type figureSize struct {
	indicator string
	size      float64
}

// newDocState reads what the steps share: tokens, phrase matches, countries
// and dates. It stops with ctx's error when ctx is done (a long document
// takes seconds here).
func (x *Extractor) newDocState(ctx context.Context, d Doc, ws *workspace, qs []quantity.Quantity) (*docState, error) {
	sc, dt := ws.sc, &ws.dt
	dt.reset(sc, &x.tw)
	if err := dt.matchAll(ctx, x.index); err != nil {
		return nil, err
	}
	dt.acronyms(d.Text, x.inds)
	// "held at 4.3% for the third straight month in October": an ordinal
	// that counts periods in a row is no figure (nor does it keep the
	// figure from its date).
	var streaks []quantity.Quantity
	// ("for a fifth straight meeting": a fraction word used as an ordinal.)
	// (qs is the workspace scanner's buffer: edited in place.)
	qs = slices.DeleteFunc(qs, func(q quantity.Quantity) bool {
		if q.Kind != quantity.Ordinal && !(q.Kind == quantity.Number && q.Value > 0 && q.Value < 1) {
			return false
		}
		end := q.EndToken
		// ("3.8% a quarter earlier": a time, no fraction.)
		if q.Kind == quantity.Number && slices.ContainsFunc(dt.find(x.w.quarterEarlier, q.Token, min(dt.n, end+2)), func(m [2]int) bool { return m[0] == q.Token }) {
			return true
		}
		// ("exceeded $20 billion for the first time in 2024", "للمرة
		// الأولى": no figure either, and the year after it dates the sum.)
		if q.Kind == quantity.Ordinal && slices.ContainsFunc(dt.find(x.w.firstTime, max(0, q.Token-3), min(dt.n, end+2)), func(m [2]int) bool { return m[0] <= q.Token && m[1] >= end }) {
			return true
		}
		// ("الوزير الأول", the first minister: a title, no figure.)
		if q.Kind == quantity.Ordinal && slices.ContainsFunc(dt.find(x.w.heads, max(0, q.Token-3), end), func(h [2]int) bool { return h[0] < q.Token && h[1] >= end }) {
			return true
		}
		if len(dt.find(x.w.streak, end, min(dt.n, end+4))) == 0 {
			return false
		}
		streaks = append(streaks, q)
		return true
	})
	// "торговля составила $0,7 млрд. … превысил 900 миллионов.": a sum
	// with a scale word and no currency, after sums with one, is in the
	// currency of the last of them.
	last := ""
	for i := range qs {
		q := &qs[i]
		switch {
		case q.Kind == quantity.Money && q.Unit != "" && q.Value >= 1e6:
			last = q.Unit
		// (Not one a word follows, which may name another currency: "502
		// مليون دينار".)
		case q.Kind == quantity.Number && q.Unit == "" && last != "" && q.Value >= 1e6 && strings.ContainsFunc(q.Text, unicode.IsLetter) &&
			(q.EndToken >= dt.n || dt.sc.Norm(q.EndToken) == ""):
			q.Kind, q.Unit = quantity.Money, last
		}
	}
	// "going from 61 billion to 48 billion dollars", "من 30 مليارا إلى 25
	// مليار دولار", "с 11 до 9 млрд долларов": a bare number a move starts
	// from is in the currency (and, with no scale word, the scale) of the
	// sum it moves to.
	for i := 0; i+1 < len(qs); i++ {
		q, to := &qs[i], qs[i+1]
		if q.Kind != quantity.Number || q.Unit != "" || to.Kind != quantity.Money || to.Unit == "" || to.Value < 1e6 ||
			!dt.endsAt(x.w.from, q.Token, 0) || to.Token != q.EndToken+1 || !dt.startsAt(x.w.rangeJoin, q.EndToken) || dt.endsAt(x.w.and, to.Token, 0) {
			continue
		}
		v := q.Value
		if !strings.ContainsFunc(q.Text, unicode.IsLetter) {
			if v >= 1000 {
				continue
			}
			scale := 1.0
			for to.Value/scale >= 1000 {
				scale *= 1000
			}
			v *= scale
		}
		q.Kind, q.Unit, q.Value = quantity.Money, to.Unit, v
	}
	// "إلى 107.29% في سبتمبر، مقارنة بـ 117.42 في أغسطس", "to 4.1% in May,
	// compared with 3.9 in April", "fell to 6.3 percent from 6.8": a bare
	// number compared with a percentage right before it is a percentage
	// too.
	for i := 1; i < len(qs); i++ {
		q := &qs[i]
		// (Written in digits: "относительно трех последних месяцев"
		// counts months.)
		if q.Kind != quantity.Number || q.Unit != "" || q.Bound != "" || !dt.sc.Token(q.Token).Number {
			continue
		}
		compare := x.w.compare
		if !dt.endsAt(compare, q.Token, 1) {
			if compare = x.w.from; !dt.endsAt(compare, q.Token, 0) {
				continue
			}
		}
		k := i - 1
		for k > 0 && qs[k].Kind == quantity.Date {
			k--
		}
		p := qs[k]
		if p.Kind != quantity.Percent || p.Unit != "percent" || dt.sent[p.Token] != dt.sent[q.Token] {
			continue
		}
		// (Past a basis too: "6.3% in December, year on year, up
		// from 5.8 in November".)
		pEnd := p.EndToken
		if m := dt.find(compare, pEnd, q.Token); len(m) > 0 {
			at := m[len(m)-1][0]
			gap := dt.wordsBetween(pEnd, at)
			for _, b := range dt.find(x.w.onYear, pEnd, at) {
				gap -= dt.wordsBetween(b[0], b[1])
			}
			if gap <= 4 {
				q.Kind, q.Unit = quantity.Percent, "percent"
			}
		}
	}
	// "eased to 1.9 in April from 2.3 percent": a bare number reached,
	// right before "from" and a percentage (a date between at most), is a
	// percentage too.
	for i := 0; i+1 < len(qs); i++ {
		q := &qs[i]
		if q.Kind != quantity.Number || q.Unit != "" || q.Bound != "" || q.Token == 0 || !dt.endsAt(x.w.toLevel, q.Token, 0) {
			continue
		}
		k := i + 1
		for k+1 < len(qs) && qs[k].Kind == quantity.Date {
			k++
		}
		p := qs[k]
		if p.Kind == quantity.Percent && p.Unit == "percent" && dt.sent[p.Token] == dt.sent[q.Token] && dt.endsAt(x.w.from, p.Token, 0) && dt.wordsBetween(q.EndToken, p.Token) <= 4 {
			q.Kind, q.Unit = quantity.Percent, "percent"
		}
	}
	// "3.41, 4.25, and 5.47 percent": bare numbers listed before a
	// percentage share its unit.
	for i := len(qs) - 1; i > 0; i-- {
		if qs[i].Kind != quantity.Percent || qs[i].Unit != "percent" {
			continue
		}
		for k := i - 1; k >= 0 && qs[k].Kind == quantity.Number && qs[k].Unit == "" && qs[k].Bound == "" && x.listJoin(dt, qs[k].EndToken, qs[k+1].Token); k-- {
			qs[k].Kind, qs[k].Unit = quantity.Percent, "percent"
		}
	}
	// The state and its maps are the workspace's, emptied: a document
	// allocates none of them.
	st := &ws.st
	*st = docState{x: x, d: d, sc: sc, qs: qs, streaks: streaks, dt: dt, dates: st.dates[:0], lastKind: emptied(st.lastKind), lastObs: emptied(st.lastObs), qualified: emptied(st.qualified), projected: emptied(st.projected), shortChange: emptied(st.shortChange), shortAt: emptied(st.shortAt), described: emptied(st.described), onPrevSent: emptied(st.onPrevSent)}
	st.ments = x.introducedLeaders(dt, x.withoutLanguages(dt, withoutQuantities(x.gaz.mentions(dt), qs, sc)))
	// "The Southeast Asian country posted growth of 7.08%": a region's
	// adjective beside a noun of one country describes that country; so
	// does a region in an apposition ("Germany, Europe's largest economy,")
	// or one that owns such a noun ("Asia's third-largest economy").
	st.ments = slices.DeleteFunc(st.ments, func(m mention) bool {
		end := dt.placeEnd(m.tok)
		if n := st.ownedCountryNoun(end); n >= 0 && isGroup(m.code) {
			st.described[n] = true
			return true
		}
		// ("the EU Harmonised Index of Consumer Prices": the index's name.)
		if isGroup(m.code) && slices.ContainsFunc(dt.find(x.w.index, end, min(dt.n, end+2)), func(ix [2]int) bool { return ix[0] <= end+1 }) {
			return true
		}
		// ("China's biggest trade partner in Africa": the scope of a
		// ranking.)
		// (Not a union named by its acronym, whose economy is its own:
		// "The EU economy grew 1.4%", "Экономика ЕС".)
		if !isGroup(m.code) {
			return false
		}
		union := acronym(dt.text(st.d.Text, [2]int{m.tok, end}))
		return (st.inApposition(m.tok) || dt.startsAt(x.w.countryNouns, max(end, m.tok+1)) && !union ||
			m.tok > 0 && dt.endsAt(x.w.countryNouns, m.tok, 0) && !union || m.tok > 1 && dt.endsAt(x.w.locative, m.tok, 0) && dt.endsAt(x.w.countryNouns, m.tok-1, 0))
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// ("COPENHAGEN (Reuters) – Iceland's central bank …": where the news
	// was filed counts only for a country the text names too, or when it
	// names none.)
	filed := make([]bool, len(st.ments))
	named := map[string]bool{}
	for i, m := range st.ments {
		if filed[i] = !m.person && st.dateline(m.tok, max(dt.placeEnd(m.tok), m.tok+1)); !filed[i] {
			named[m.code] = true
		}
	}
	counted := make([]mention, 0, len(st.ments))
	for i, m := range st.ments {
		if !filed[i] || named[m.code] || len(named) == 0 {
			counted = append(counted, m)
		}
	}
	// The lead: the first sentence, or, under a title that names no
	// country, the first of the next two that names one ("«Growth is
	// back, but fragile»\n\nEstonia's economy minister told …").
	// (Nor is a dateline: "الرياض – «الاقتصادية»\n\nأكد وزير المالية
	// الباكستاني …".)
	// (A country named in a dateline or a group leads nothing.)
	leads := func(m mention, a, b int) bool {
		return m.tok >= a && m.tok < b && !isGroup(m.code) && !st.dateline(m.tok, max(dt.placeEnd(m.tok), m.tok+1))
	}
	leadFrom, lead := dt.sentence(0)
	for s := 0; s <= 2 && dt.n > 0 && s <= dt.sent[dt.n-1]; s++ {
		a, b := dt.sentence(s)
		if slices.ContainsFunc(counted, func(m mention) bool { return leads(m, a, b) }) {
			leadFrom, lead = a, b
			break
		}
	}
	st.single, st.pair = dominant(counted, leadFrom, lead, func(m mention) bool { return st.partnerAt(m.tok) })
	// An interview's answers are about the country of the one it
	// interviews, the first its lead names ("Pakistan's finance minister
	// told the paper …", then questions and answers), however often the
	// paper's own country is named.
	if interview(d.Text) {
		if i := slices.IndexFunc(counted, func(m mention) bool { return leads(m, leadFrom, lead) }); i >= 0 {
			st.single = counted[i].code
		}
	}
	if len(st.ments) == 0 && d.Source != "" {
		// "معدل التضخم … 2.95%" in "Q8 Times", "Sudan Times": a local
		// paper's text need not name its country.
		if c, err := x.countryIn(ctx, d.Source, d.Lang); err == nil {
			st.single = c
		}
	}
	// Nor a national outlet's: youm7.com, a .ng address.
	if len(st.ments) == 0 && st.single == "" && d.URL != "" {
		if c := x.outlets.country(d.URL); c != "" && x.gaz.Known(c) {
			st.single = c
		}
	}
	// (Also one whose first figure's sentence names no country and comes
	// before any, if outlets.yaml lists it — an address's country code may
	// be a foreign edition's: "The country's output rose 3.1% in the last
	// quarter, … outpacing Korea and Japan" in a Taipei paper is
	// Taiwan's.)
	if st.single != "" && !st.namedByFirstFigure(qs) {
		if c, _ := x.outlets.listed(d.URL); c != "" && x.gaz.Known(c) {
			st.single = c
		}
	}
	// "أبوظبي – …\n\n… الناتج المحلي الإجمالي للدولة": the State is the
	// dateline's country, however often a partner is named.
	st.home = st.single
	if i := slices.IndexFunc(st.ments, func(m mention) bool {
		return !m.person && !isGroup(m.code) && dt.sent[m.tok] <= 4 && st.dateline(m.tok, max(dt.placeEnd(m.tok), m.tok+1))
	}); i >= 0 {
		st.home = st.ments[i].code
		st.ments[i].dateline = true
	}
	for _, m := range dt.find(x.w.chairedBy, 0, dt.n) {
		end := min(dt.n, m[1]+4) // "chaired by the two prime ministers"
		// (A minister named is no head: "co-chaired by Planning Minister
		// Ahsan Iqbal", "برئاسة وزيري الطاقة والصناعة"; but a prime
		// minister is.)
		heads := dt.find(x.w.heads, m[1], min(dt.n, m[1]+5))
		ministers := slices.ContainsFunc(dt.find(x.w.ministers, m[1], min(dt.n, m[1]+5)), func(n [2]int) bool { // "chaired by the two foreign ministers"
			return !slices.ContainsFunc(heads, func(h [2]int) bool { return h[0] <= n[0] && n[1] <= h[1] })
		})
		head := slices.ContainsFunc(dt.find(x.w.heads, m[1], end), func(h [2]int) bool { return len(dt.find(x.w.deputy, m[1], h[0]+1)) == 0 }) ||
			!ministers && slices.ContainsFunc(st.ments, func(p mention) bool { return p.person && p.tok >= m[1] && p.tok < end })
		st.headsChair = st.headsChair || head
		// (Nor are deputies: "под председательством вице-премьеров".)
		if !head && (ministers || len(dt.find(x.w.deputy, m[1], min(dt.n, m[1]+3))) > 0) {
			st.ministersChair = append(st.ministersChair, m[0])
		}
	}
	// "Erdoğan and Al Thani … presiding over the tenth meeting": heads
	// named before a verb of chairing, in its sentence.
	for _, m := range dt.find(x.w.chairs, 0, dt.n) {
		start := max(dt.clauseStart(m[0]), m[0]-12)
		if a, _ := dt.sentence(dt.sent[m[0]]); start < a {
			start = a
		}
		// (Named people only where no deputy is named: "Vice Premier He
		// Lifeng and Deputy Prime Minister … co-chaired the 29th session".)
		head := slices.ContainsFunc(dt.find(x.w.heads, start, m[0]), func(h [2]int) bool { return len(dt.find(x.w.deputy, max(0, h[0]-1), h[0]+1)) == 0 }) ||
			len(dt.find(x.w.deputy, start, m[0])) == 0 && slices.ContainsFunc(st.ments, func(p mention) bool { return p.person && p.tok >= start && p.tok < m[0] })
		// (Or a head the meeting is chaired with, in its clause: "to
		// co-chair the 5th meeting … with President Museveni".)
		head = head || slices.ContainsFunc(dt.find(x.w.heads, m[1], min(dt.clauseEnd(m[0]), m[1]+20)), func(h [2]int) bool {
			return h[0] > 0 && dt.endsAt(x.w.partner, h[0], 0) && len(dt.find(x.w.deputy, max(0, h[0]-1), h[0]+1)) == 0
		})
		st.headsChair = st.headsChair || head
	}
	// ("the 7th session of the High-Level Strategic Cooperation Council":
	// in the sentence of a numbered meeting, not "high-level visits" told
	// elsewhere.)
	for _, m := range dt.find(x.w.highLevel, 0, dt.n) {
		a, b := dt.sentence(dt.sent[m[0]])
		st.headsChair = st.headsChair || slices.ContainsFunc(qs, func(q quantity.Quantity) bool { return q.Kind == quantity.Ordinal && q.Token >= a && q.Token < b })
	}
	if !d.Published.IsZero() {
		st.pub = d.Published.Format("2006-01-02")
	}
	wire := st.wireDate(qs)
	st.dates = slices.Grow(st.dates, len(qs))
	for _, q := range qs {
		if q.Kind == quantity.Ordinal {
			if dr, ok := st.ellipticQuarter(q); ok {
				st.dates = append(st.dates, dr)
			}
			continue
		}
		if q.Kind != quantity.Date || q.Period == "" {
			continue
		}
		tok := q.Token
		// "قبل ثورة يناير", "after the February 8 general elections": a
		// date that names an event is no date.
		if dt.endsAt(x.w.eventNames, tok, 0) || dt.startsAt(x.w.eventNames, q.EndToken) {
			continue
		}
		// "Вот уже второй квартал безработица держится на 4,6%", "the
		// second quarter in a row": a period with no year that counts
		// periods in a row is no date.
		if q.Relative && (dt.endsAt(x.w.streakBefore, tok, 0) || dt.startsAt(x.w.streak, q.EndToken)) {
			continue
		}
		// "the series based on 2004-05", "(base: 2004-05)": the base of a
		// series is no date.
		if dt.endsAt(x.w.baseYear, tok, 1) {
			continue
		}
		dr := dateRef{tok: tok, end: q.EndToken, period: q.Period, weekday: q.Deictic, noYear: q.NoYear, written: !q.Relative}
		// "الجزائر 13 يونيو 2023 (شينخوا) توجه الرئيس … اليوم": today of a
		// wire story filed before the page's date is the day it was filed.
		if q.Deictic && wire != "" && dr.period == st.pub {
			dr.period = wire
		}
		dr.before = dt.endsAt(x.w.before, tok, 0)
		// "in the year ended June 2025", "в 2024/25 финансовом году,
		// завершившемся 31 марта": the twelve months to that month.
		dr.yearTo = q.YearTo || (len(dr.period) == len("2006-01") && !quarter(dr.period) || len(dr.period) == len("2006-01-02")) && dt.endsAt(x.w.yearEnding, tok, 0)
		// The date a page prints first is when it was published, not what
		// its first sentence is about.
		// (Or at the start of a line after the title, alone or after a
		// label: "date 2023-05-18 Nana Akufo-Addo on May 15 …".)
		lineStart := tok <= 1 || sc.Token(tok).NewLine || tok > 0 && sc.Token(tok-1).NewLine && sc.Norm(tok-1) != "" && !sc.Token(tok-1).Upper
		dr.dateline = lineStart && len(dr.period) == len("2006-01-02") && dr.period == st.pub
		// (Or ending a short line of its own after the place and the
		// outlet: "Tripoli (Agency) - 4 March 2025".)
		if !dr.dateline && len(dr.period) == len("2006-01-02") && dr.period == st.pub && (dr.end >= dt.n || sc.Token(dr.end).NewLine) {
			s := tok
			for s > 0 && tok-s < 8 && !sc.Token(s).NewLine {
				s--
			}
			dr.dateline = s == 0 || sc.Token(s).NewLine
		}
		for _, m := range dt.find(x.w.since, max(0, tok-8), tok) {
			// "since its cut in September", "since starting its tightening
			// cycle in May 2022" (no figure or date between); a one-letter word (с)
			// only right before the date.
			i, j := within(qs, quantityTok, m[1], tok)
			near := m[0] >= tok-4 || i == j
			// (Not past a name: "торговля с Ираном в прошлом году".)
			// (Nor the "с" of "в сравнении с ноябрем": compared with.)
			dr.since = dr.since || near && dt.cl[m[0]] == dt.cl[tok] && (m[1] == tok || m[1] == tok-1 && !sc.Token(tok-1).Upper || utf8.RuneCountInString(dt.text(d.Text, m)) > 2) && !dt.insidePhrase(x.w.compare, m, 3, 0)
		}
		// "с января по май" is a stretch of time, not the start of a state;
		// so is "с апреля по июнь 2019 года", the second quarter.
		dr.months = dr.since && q.Months
		dr.since = dr.since && !strings.Contains(dr.period, "/") && !q.Months
		// "ارتفعت إلى 10.5% حتى سبتمبر": a rate reached as of a month.
		if dr.since {
			for _, m := range dt.find(x.w.asOf, max(0, tok-2), tok) {
				if slices.ContainsFunc(qs, func(o quantity.Quantity) bool {
					return o.Kind == quantity.Percent && o.EndToken <= m[0] && dt.wordsBetween(o.EndToken, m[0]) == 0 && dt.endsAt(x.w.level, o.Token, 0)
				}) {
					dr.since = false
				}
			}
		}
		// "the lowest since April's 2.9%": the date of a figure named as the
		// last one beyond a peak, no start of a state.
		if dr.since && dr.end < dt.n && !strings.ContainsRune(",—–", dt.sc.Punct(dr.end)) && figureIn(qs, dr.end, min(dt.n, dr.end+3)) {
			for _, m := range dt.find(x.w.since, max(0, tok-4), tok) {
				if dt.endsAt(x.w.peak, m[0], 0) {
					dr.since = false
				}
			}
		}
		// So is a peak's date: "since a peak in March at 3.4%", and past a
		// relative clause and a comma, "تراجع منذ أعلى مستوى بلغه في مايو
		// 2022، حين وصل إلى 8.6%", "down from the top it touched in May 2022,
		// when it was 8.6%".
		if dr.since && dr.end < dt.n && figureIn(qs, dr.end, min(dt.n, dr.end+4)) {
			for _, m := range dt.find(x.w.since, max(0, tok-6), tok) {
				if slices.ContainsFunc(dt.find(x.w.peak, m[1], tok), func(p [2]int) bool { return dt.wordsBetween(m[1], p[0]) <= 1 && dt.wordsBetween(p[1], tok) <= 3 }) {
					dr.since = false
				}
			}
		}
		// "годовая инфляция (с октября 2024 года) … 3,6%", "annual
		// inflation (since October 2024)": twelve months counted from a
		// month, in brackets after an indicator's annual basis, end in that
		// month a year on.
		if dr.since && len(dr.period) == len("2006-01") && !quarter(dr.period) {
			for _, m := range dt.find(x.w.since, max(0, tok-3), tok) {
				if m[0] > 0 && sc.Punct(m[0]-1) == '(' && slices.ContainsFunc(x.inds, func(o compiled) bool { return o.basis.len() > 0 && dt.endsAt(o.basis, m[0]-1, 1) }) {
					if p := shiftYear(dr.period, 1); st.pub == "" || p <= st.pub[:7] {
						dr.period, dr.since = p, false
					}
				}
			}
		}
		// The base of a comparison ("2.9% compared to the previous year"): a
		// comparison word before the date with no figure between (in "مقابل
		// 41.2% في نوفمبر" the date is the figure's).
		// "к январю 2019-го": a comparison word may hold the date's month.
		// "compared with the same period of 2011", "the last five months of
		// 2024" — within the sentence: "… as compared to March. In March,
		// inflation …".
		sa, _ := dt.sentence(dt.sent[tok])
		for _, m := range dt.find(x.w.compare, max(sa, tok-9), tok+1) {
			if m[1] <= tok && m[1] < dt.n && strings.ContainsRune(",،", dt.sc.Punct(m[1])) {
				continue // "وبالمقارنة، سجل المعدل خلال الربع الأول 2019": "by comparison," is no basis (but "к ноябрю," holds its month)
			}
			if dt.startsAt(x.w.notCompare, m[0]) {
				continue // "رغم تزايد العاطلين عن العمل، … خلال هذا الربع": a fixed phrase
			}
			if cs := dt.clauseStart(m[0]); dt.startsAt(x.w.forPeriod, m[0]) && !figureIn(qs, cs, m[0]) && x.anyCue(dt, cs, m[0]) {
				continue // "معدل التضخم في تونس عن عام 2022 بلغ …": the period the rate is for
			}
			if sa, _ := dt.sentence(dt.sent[m[0]]); len(dt.find(x.w.topicVerbs, max(sa, m[0]-10), m[0])) > 0 && !figureIn(qs, max(sa, m[0]-10), m[0]) {
				continue // "أعلنت الهيئة، اليوم، عن إحصاءات الربع الثالث": the topic announced
			}
			if dt.openBracketIn(m[1], tok) {
				// "مقارنة مع الشهر السابق (أغسطس/آب 2025)": the period
				// compared with, restated in brackets right after it.
				if tok > 0 && dt.sc.Punct(tok-1) == '(' && dt.endsAt(x.w.previousMonth, tok-1, 0) {
					dr.compared = true
				}
				continue // "higher than the previous quarter (the first quarter of 2024 increased by 5.98%, …": a figure of its own in brackets
			}
			// (Not past a comma: "وفقا للأرقام الصادرة عن المعهد، كان التضخم
			// في ديسمبر" — "عن" there says who issued the figures.)
			if dt.punctIn(',', m[1], tok) || dt.punctIn('،', m[1], tok) {
				continue
			}
			// (Nor "к августу 2025 года инфляция составила 3,4%", with no
			// date before it in its clause to compare from: "by August".)
			// (But a base it is in brackets or after a basis: "В годовом
			// выражении (к маю 2024 года) инфляция составила 5,1%".)
			if m[1] > tok && !slices.ContainsFunc(qs, func(q quantity.Quantity) bool {
				return q.Kind == quantity.Date && q.Token < m[0] && dt.cl[q.Token] == dt.cl[tok]
			}) && !(m[0] > 0 && dt.sc.Punct(m[0]-1) == '(') && len(dt.find(x.w.onYear, sa, m[0])) == 0 &&
				// (But not a month a year or more before the text, which no
				// news reports a level "by": "прирост цен к сентябрю 2024 года
				// составляет 9,2%", published in October 2025.)
				!(len(dr.period) == len("2006-01") && !quarter(dr.period) && st.pub != "" && shiftYear(dr.period, 1) <= st.pub[:7]) {
				continue
			}
			i, j := within(qs, quantityTok, m[1], tok)
			figure := slices.ContainsFunc(qs[i:j], func(q quantity.Quantity) bool {
				return q.Kind != quantity.Date && q.Kind != quantity.Ordinal && !x.countOfTime(dt, q)
			})
			dr.compared = dr.compared || !figure && !insideQuantity(qs, sc, m[0])
		}
		// "for March 2025 over March 2024": a date right after "over" that
		// follows another is the one compared with.
		for _, m := range dt.find(x.w.over, max(0, tok-1), tok) {
			dr.versus = dr.versus || m[1] == tok && slices.ContainsFunc(qs, func(q quantity.Quantity) bool {
				return q.Kind == quantity.Date && q.EndToken == m[0]
			})
			dr.compared = dr.compared || dr.versus
		}
		// "опустился до показателя февраля 2015 года": a date right after the
		// level of it is compared with.
		dr.compared = dr.compared || dt.endsAt(x.w.levelOf, tok, 0)
		// "up 1.3% on the previous quarter": a date inside a basis phrase
		// is what the figure is compared with.
		for _, set := range []*phraseSet{x.w.onPrevious, x.w.onYear} {
			dr.compared = dr.compared || slices.ContainsFunc(dt.find(set, max(0, tok-3), min(dt.n, dr.end+1)), func(m [2]int) bool { return m[0] < tok && dr.end <= m[1] })
		}
		// "Compared to the fourth quarter (October to December 2023) last
		// year, the economy grew by 1.2 percent": every date of an opening
		// clause that starts with a comparison.
		if first := dt.clauseEnd(sa); tok < first && first-sa <= 16 && slices.ContainsFunc(dt.find(x.w.compare, sa, min(first, sa+2)), func(m [2]int) bool { return m[0] == sa }) && !figureIn(qs, sa, first) {
			dr.compared = true
		}
		// (A day further on: "said in a statement on January 8", "according
		// to the regulator's press release of November 24".)
		back := 4
		if len(dr.period) == len("2006-01-02") {
			back = 9
		}
		// "The economy grew 2.2% from the first quarter": a period right
		// after "from" that follows a figure is the base of the change.
		// (Not "from 2005 until 2019", a stretch.)
		// (Nor "from April to June 2024", a quarter by its months.)
		stretch := dr.end < dt.n && (dt.endsAt(x.w.depart, dr.end+1, 0) || dt.endsAt(x.w.rangeJoin, dr.end+1, 0)) || len(dt.find(x.w.rangeJoin, tok+1, dr.end)) > 0
		// (Past a noun of change: "revealing a 0.4% increase from the
		// third quarter".)
		for _, m := range dt.find(x.w.from, max(0, tok-2), tok) {
			i, j := within(qs, quantityTok, max(0, m[0]-8), m[0])
			dr.compared = dr.compared || m[1] >= tok-1 && !stretch && slices.ContainsFunc(qs[i:j], func(o quantity.Quantity) bool {
				e := o.EndToken
				return o.Kind == quantity.Percent && (e == m[0] || slices.Contains(dt.find(x.w.changeNouns, e, m[0]), [2]int{e, m[0]}) || st.onlyDatesBetween(e, m[0]))
			})
		}
		for _, m := range dt.find(x.w.attrib, max(0, tok-back), tok) {
			// "said in March", "قال الوزير في مارس", not "says growth in 3Q"
			// nor "says April inflation rose": a month right after the verb
			// that names the figure ahead is the figure's.
			// (Nor, past an article, "reported an August 12-month inflation
			// rate": the indefinite articles are range_article's words.)
			dr.said = dr.said || dt.cl[m[0]] == dt.cl[tok] && !x.anyCue(dt, m[1], tok) &&
				!(m[1] == tok && x.anyCue(dt, dr.end, min(dt.n, dr.end+2))) &&
				!(m[1] == tok-1 && dt.startsAt(x.w.rangeArticle, m[1]) && x.anyCue(dt, dr.end, min(dt.n, dr.end+5)))
		}
		// "أعلنت الهيئة العامة للإحصاء، اليوم الخميس، عن …": the day of
		// the announcement, set off by commas right after its verb's clause.
		if tok > 0 && strings.ContainsRune(",،", dt.sc.Punct(tok-1)) && dr.period != "" && len(dr.period) == 10 {
			for _, m := range dt.find(x.w.attrib, max(0, tok-8), tok-1) {
				dr.said = dr.said || dt.cl[m[0]] == dt.cl[tok-2] && !x.anyCue(dt, m[1], tok)
			}
		}
		// "according to last year's results": the data's period; "said by
		// last year, trade grew to $57 billion": as of when.
		if dr.said && (len(dr.period) == 4 || quarter(dr.period)) && (len(dt.find(x.w.sources, max(0, tok-3), tok)) > 0 || dt.endsAt(x.w.by, tok, 0)) {
			dr.said = false
		}
		// "سيبدأ الإثنين زيارة", "the summit on Tuesday, where they are
		// expected to …": a weekday of what is still to come is the next
		// one, not the last; so is the day a decision takes effect
		// ("effective from Thursday").
		if q.Deictic && len(dr.period) == 10 && st.pub != "" && dr.period < st.pub && !dr.said && (st.futureAround(tok) || st.futureVerbBefore(tok) || dt.endsAt(x.w.effective, tok, 1)) {
			if t, err := time.Parse("2006-01-02", dr.period); err == nil {
				dr.period = t.AddDate(0, 0, 7).Format("2006-01-02")
			}
		}
		// "Earlier in September, the bank kept rates on hold. … at a
		// meeting on Tuesday": a weekday after a sentence that goes back to
		// a past month is a day of that month.
		if q.Deictic && len(dr.period) == 10 {
			if p, ok := st.earlierMonth(tok); ok && p < dr.period[:7] {
				dr.period = p
			}
		}
		// "growth for the first three quarters of FY2025 – 1.8% in Q1,
		// 1.94% in Q2": a bare Qn after a fiscal year named in its sentence
		// is a quarter of that fiscal year (not "the June quarter"); so is
		// one after a fiscal quarter: "1.7% in the second quarter of FY25,
		// while Q1 growth was revised to 1.3%".
		if t := d.Text[q.ByteStart:q.ByteEnd]; dr.noYear && quarter(dr.period) && len(t) == 2 && (t[0] == 'Q' || t[0] == 'q') {
			for k := len(st.dates) - 1; k >= 0 && dt.sent[st.dates[k].tok] == dt.sent[tok]; k-- {
				if p := st.dates[k].period; fiscal(p) {
					fy, _, _ := strings.Cut(p, "-Q")
					dr.period, dr.noYear = fy+dr.period[4:], false
					break
				}
				// So is one after a stretch of quarters of a year: "Q1-3
				// last year were revised: 1.6% in Q1, …".
				if p := st.dates[k].period; !st.dates[k].noYear && len(p) == len("2006-01/2006-01") && p[:4] == p[8:12] && periodMonth(p[:7])%3 == 0 {
					dr.period, dr.noYear = p[:4]+dr.period[4:], false
					break
				}
			}
		}
		// "the fourth quarter (Q4) of FY2025": quarters without their year
		// right before a fiscal year are its quarters.
		// So is the quarter a fiscal quarter restates in brackets.
		if fiscal(dr.period) {
			fq := strings.Contains(dr.period, "-Q")
			for k := len(st.dates) - 1; k >= 0 && st.dates[k].end >= tok-4 && dt.sent[st.dates[k].tok] == dt.sent[tok]; k-- {
				p := &st.dates[k]
				if !quarter(p.period) || fiscal(p.period) {
					continue
				}
				switch {
				// (Not one named by its months, of the calendar: "July-September
				// of the current fiscal year" is the calendar's third quarter.)
				case !fq && p.noYear && !st.namesMonth(*p):
					p.period, p.noYear = dr.period+p.period[4:], false
				case fq && strings.HasSuffix(dr.period, p.period[4:]) && dt.punctIn('(', p.end, tok):
					p.period, p.noYear = dr.period, false
				}
			}
		}
		if dr.noYear {
			dr.period, dr.written = st.anchorYear(dr, st.dates)
			// "First, it grew to 10.25% on Jan. 25", published in December:
			// a day still to come only with a marker of the future or of
			// modality ("will land on October 27") in its sentence; only
			// where the sentence gives a rate or a sum, not of a visit or a
			// meeting ("Он продлится три дня — до 22 марта").
			// (Nor a day something takes effect from: "اعتبارا من يوم الخميس
			// 18 سبتمبر".)
			if a, b := dt.sentence(dt.sent[tok]); !dr.written && len(dr.period) == 10 && st.pub != "" && dr.period > st.pub && !dr.since && !st.futureAround(tok) && len(dt.find(x.w.modality, a, b)) == 0 && !x.namesVisitOrMeeting(dt, a, b) && st.levelIn(a, b) {
				dr.period = shiftYear(dr.period, -1)
			}
			// "Putin is awaited in India in December for the summit": a
			// month of what is still to come is the next one.
			if !dr.written && len(dr.period) == 7 && !quarter(dr.period) && st.pub != "" && dr.period < st.pub[:7] && !dr.said && st.futureAround(tok) {
				dr.period = shiftYear(dr.period, 1)
			}
		}
		// "(по отношению к аналогичному месяцу прошлого года) инфляция
		// ускорилась до 10,9%": the basis of a year-on-year rate, not the
		// figure's period.
		// So is one right after the figure, joined by a word that is no
		// preposition of a date ("составило 11,4% к аналогичному периоду
		// 2019 года").
		basis := func(m [2]int) bool {
			if dt.endsAt(x.w.compare, m[0], 1) && !figureIn(st.qs, max(0, m[0]-4), m[0]) {
				return true
			}
			// "7.55% over the same period last year".
			if dt.endsAt(x.w.basisPreps, m[0], 0) && figureIn(st.qs, max(0, m[0]-5), m[0]) {
				return true
			}
			// (A comparative between too: "на 7% больше показателя
			// аналогичного периода 2013 года".)
			return slices.ContainsFunc(st.qs, func(o quantity.Quantity) bool {
				if o.Kind == quantity.Date || o.End == 0 {
					return false
				}
				end := o.EndToken
				if end >= m[0] || end < m[0]-3 || end < m[0]-1 && len(dt.find(x.w.comparative, end, m[0])) == 0 {
					return false
				}
				for k := end; k < m[0]; k++ {
					if dt.isPrep(k) {
						return false
					}
				}
				return true
			})
		}
		if p, ok := st.sameMonth(dr, q, st.dates); ok {
			dr.period = p
			// "в том же месяце прошлого года": the date starts with its
			// same-month phrase.
			if m := dt.find(x.w.sameMonth, max(0, tok-4), tok); len(m) > 0 {
				dr.tok = m[len(m)-1][0]
				dr.compared = dr.compared || basis(m[len(m)-1])
			}
		}
		// "في الشهر الأخير من ذلك العام", "in the final quarter of that
		// year": a quarter or month of the year named last before it.
		if len(dr.period) == len("2006-01") && !yearWritten(dt, dr) && st.ofThatYear(dr) {
			for k := len(st.dates) - 1; k >= 0; k-- {
				if p := st.dates[k]; p.tok < tok && !p.since && len(p.period) >= 4 && calendar(p.period) {
					dr.period = withYear(dr.period, atoi4(p.period))
					break
				}
			}
		}
		if p, ok := st.samePeriod(dr, q, st.dates); ok {
			dr.period = p
			if m := dt.find(x.w.samePeriod, max(0, tok-4), tok); len(m) > 0 {
				dr.tok = m[len(m)-1][0]
				dr.compared = dr.compared || basis(m[len(m)-1])
			}
		} else if len(dr.period) == len("2006") && len(dt.find(x.w.samePeriod, max(0, tok-4), tok)) > 0 {
			// "مقابل 5% خلال نفس الفترة من 2014" after a stretch up to a
			// month: the base of a comparison, of no period the text names.
			dr.compared = true
		}
		// "grew 4.5% in fiscal 2024/25, up from 2.4% the year before": the
		// year before a fiscal year is the fiscal year before.
		if q.Relative && len(dr.period) == 4 {
			for k := len(st.dates) - 1; k >= 0 && dt.sent[tok]-dt.sent[st.dates[k].tok] <= 1; k-- {
				p := st.dates[k]
				if fiscal(p.period) {
					dr.period = "FY" // a fiscal year, which one no calendar says
				}
				if len(p.period) < len("2006-01-02") {
					break // the nearest period, not a day ("… ends on 30 June")
				}
			}
		}
		// "31% in 2018 against 28% in the previous year": the year before
		// the written year just named in the sentence.
		if q.Relative && len(dr.period) == 4 && len(dt.find(x.w.previousYear, tok, dr.end)) > 0 {
			for k := len(st.dates) - 1; k >= 0 && dt.sent[st.dates[k].tok] == dt.sent[tok]; k-- {
				if p := st.dates[k]; p.written && len(p.period) == 4 {
					dr.period = shiftYear(p.period, -1)
					break
				}
			}
		}
		if p, ok := st.previousMonth(dr, st.dates); ok {
			dr.period = p
		}
		// "0.9% in September a year earlier", "A year earlier, in
		// September, it was 0.9%", "Годом ранее в сентябре": a month
		// written without a year next to "a year earlier" is that month of
		// the year before.
		// (Not the basis of a change: "gained 4.5 percent from a year
		// earlier during November".)
		if q.NoYear && len(dr.period) == 7 && !quarter(dr.period) && slices.ContainsFunc(dt.find(x.w.earlier, max(0, tok-6), min(dt.n, dr.end+4)), func(m [2]int) bool {
			return (m[0] == dr.end || m[1] <= tok && tok-m[1] <= 2) && !dt.endsAt(x.w.from, m[0], 0) && !dt.endsAt(x.w.compare, m[0], 0)
		}) {
			dr.period = shiftYear(dr.period, -1)
		}
		// "35.7% in June, against 32.7% last month", published in July: the
		// month named is what "last month" would be, so in a comparison it
		// means the one before.
		if q.Relative && len(dr.period) == 7 && !quarter(dr.period) && len(dt.find(x.w.compare, max(0, tok-6), tok)) > 0 {
			if p, ok := st.monthBefore(dr, st.dates); ok && p[:7] == dr.period {
				dr.period = monthPeriod(periodMonth(dr.period) - 1)
			}
		}
		// "للربع الأول (يناير - مارس) لعام 2017": a quarter or month
		// without its year and the year just after it are one date.
		if n := len(st.dates); n > 0 && len(dr.period) == 4 && dr.written {
			// Not a year of its own clause or since when ("من 5.2% في أغسطس،
			// وهو أدنى مستوى منذ 2021").
			if p := &st.dates[n-1]; p.noYear && len(p.period) == 7 && dt.sent[p.tok] == dt.sent[tok] && tok-p.end <= 7 && !dr.since && dt.cl[p.tok] == dt.cl[tok] {
				var y int
				if _, err := fmt.Sscanf(dr.period, "%4d", &y); err == nil {
					p.period, p.written, p.end = withYear(p.period, y), true, dr.end
					continue
				}
			}
		}
		// "at the end of 2023", "на конец 2023 года", "نهاية 2023": its
		// December; "mid-2021", "в начале 2023 года", "أواخر 2022": a part
		// of the year, no calendar period.
		// "بنهاية الربع الثالث", "at the end of the third quarter": its
		// last month.
		if quarter(dr.period) && st.partOfYear(x.w.yearEnd, tok) {
			dr.period, dr.yearEnd = fmt.Sprintf("%s-%02d", dr.period[:4], 3*int(dr.period[6]-'0')), true
		}
		// "in January-December 2019", "за I-IV кварталы 2019 года": the
		// months or quarters of a whole year, written, are that year.
		if a, b, ok := strings.Cut(dr.period, "/"); ok && len(a) == len(b) && len(a) >= len("2006-01") && a[:4] == b[:4] && (a[4:] == "-01" && b[4:] == "-12" || a[4:] == "-Q1" && b[4:] == "-Q4") {
			dr.period, dr.wholeYear = a[:4], true
		}
		if len(dr.period) == 4 {
			switch {
			case st.partOfYear(x.w.yearEnd, tok):
				dr.period, dr.yearEnd = dr.period+"-12", true
			case st.partOfYear(x.w.yearPart, tok):
				dr.period = dr.period + "-01/" + dr.period + "-12"
			}
		}
		// "in the three months to July": May to July; "to June": the second
		// quarter.
		if len(dr.period) == 7 && !quarter(dr.period) && dt.endsAt(x.w.threeMonthsTo, tok, 1) {
			first := monthPeriod(periodMonth(dr.period) - 2)
			if q := quarterSpan(first, dr.period); q != "" {
				dr.period = q
			} else {
				dr.period = first + "/" + dr.period
			}
		}
		// "the first two weeks of February", "الأسبوعين الأولين من شهر
		// فبراير": a part of the month, a stretch of time.
		if len(dr.period) == 7 && !quarter(dr.period) && len(dt.find(x.w.monthPart, max(0, tok-4), tok+1)) > 0 {
			dr.period = dr.period + "/" + dr.period
		}
		// "с 2019 по 2023 год", "between 2019 and 2023", "من 2019 إلى
		// 2023": two years joined as a span are a stretch of time.
		// "من كانون الأول 2018 إلى تشرين الأول 2021": two months too.
		if n := len(st.dates); n > 0 && (len(dr.period) == 4 || len(dr.period) == 7 && !quarter(dr.period)) {
			p := &st.dates[n-1]
			if len(p.period) == len(dr.period) && !quarter(p.period) && p.period < dr.period && dt.sent[p.tok] == dt.sent[tok] && p.end <= tok &&
				st.joinsSpan(*p, dr, d.Text[sc.Token(p.end-1).ByteEnd:q.ByteStart], d.Text[q.ByteStart:q.ByteEnd]) {
				p.period, p.end, p.since = p.period+"/"+dr.period, dr.end, false
				continue
			}
			// "(May 2019 to May 2018)": a month joined to the same month a
			// year before names the basis of a rate of the later one.
			if len(p.period) == len("2006-01") && len(dr.period) == len(p.period) && !quarter(p.period) && !quarter(dr.period) && periodMonth(p.period)-periodMonth(dr.period) == 12 &&
				dt.sent[p.tok] == dt.sent[tok] && p.end <= tok && x.wordRangeJoin(d.Text[sc.Token(p.end-1).ByteEnd:q.ByteStart]) {
				p.end = dr.end
				continue
			}
		}
		// "الثلاثي الثاني من سنة 2015 أفريل وماي وجوان": months that spell
		// out the quarter just named are that quarter.
		if n := len(st.dates); n > 0 && len(dr.period) == 7 && !quarter(dr.period) {
			if p := st.dates[n-1]; quarter(p.period) && dt.sent[p.tok] == dt.sent[tok] && tok-p.end <= 4 && addQuarters(p.period, 0) == addQuarters(dr.period, 0) {
				continue
			}
		}
		// "يناير 2021 5.7 % فبراير 5.2 % … ديسمبر 1.2 %": a month without a
		// year in a list after a month with one takes that year, the next
		// after December.
		// (A table flattened into a line: each month right before its
		// figure, the next month right after it.)
		tabled := func(p dateRef) bool {
			return slices.ContainsFunc(qs, func(o quantity.Quantity) bool {
				return o.Kind != quantity.Date && o.Token == p.end && dt.wordsBetween(o.EndToken, tok) == 0
			})
		}
		if n := len(st.dates); n > 0 && dr.noYear && len(dr.period) == 7 && !quarter(dr.period) {
			if p := st.dates[n-1]; len(p.period) == 7 && !quarter(p.period) && (p.written || !p.noYear) && dt.sent[p.tok] == dt.sent[tok] && tabled(p) {
				y := atoi4(p.period)
				if dr.period[5:7] <= p.period[5:7] {
					y++
				}
				dr.period, dr.written = fmt.Sprintf("%04d-%s", y, dr.period[5:7]), true
			}
		}
		// "4.1% and 3.2% in the same period of 2022 and 2021": a year joined
		// by "and" to the year of a same-period phrase is of that period too.
		if n := len(st.dates); n > 0 && len(dr.period) == len("2006") {
			if p := st.dates[n-1]; len(p.period) > len("2006") && p.period[4] == '-' && !strings.Contains(p.period, "/") && dt.sent[p.tok] == dt.sent[tok] && p.end == tok-1 &&
				x.isAnd(quantity.Fold(strings.TrimSpace(d.Text[sc.Token(p.end-1).ByteEnd:q.ByteStart]))) && len(dt.find(x.w.samePeriod, p.tok, min(p.tok+4, p.end))) > 0 {
				dr.period, dr.compared = dr.period+p.period[4:], p.compared
			}
		}
		// "… غدًا (الأربعاء) … خلال يومي الأربعاء والخميس": a day of the
		// week named again is the one named before, up to a week apart.
		if q.Deictic && len(dr.period) == 10 && dr.period != st.pub {
			dr.period = st.sameWeekday(dr.period, tok)
		}
		st.dates = append(st.dates, dr)
	}
	st.fiscalQuarters()
	st.sameMonthDates()
	return st, nil
}

// sameMonthDates adds a date for "the same month" said with no date of its
// own ("وخفّض بنك أوغندا سعر الفائدة … في منتصف الشهر ذاته", "в том же
// месяце"): the month named last before it, in its sentence or the two
// before. (Not the base of a comparison: "compared with the same month",
// nor one a date follows: "the same month of last year".)
func (st *docState) sameMonthDates() {
	dt := st.dt
	var added []dateRef
	for _, m := range dt.find(st.x.w.sameMonth, 0, dt.n) {
		if i, j := within(st.dates, dateTok, m[0], min(dt.n, m[1]+4)); i < j || dt.endsAt(st.x.w.compare, m[0], 1) || dt.endsAt(st.x.w.basisPreps, m[0], 1) {
			continue
		}
		k, _ := within(st.dates, dateTok, m[0], m[0])
		for k--; k >= 0; k-- {
			p := st.dates[k]
			if dt.sent[p.tok] < dt.sent[m[0]]-2 {
				k = -1
				break
			}
			// (Nor the month of a figure compared with: "إلى 18.9% في
			// سبتمبر، مقابل 31.1% في الشهر نفسه من العام الماضي. … في الشهر
			// ذاته" is September of this year.)
			if o := st.x.ownedBy(dt, st.qs, p); o >= 0 && dt.endsAt(st.x.w.compare, st.qs[o].Token, 1) {
				continue
			}
			if len(p.period) == len("2006-01") && !quarter(p.period) && !p.since && !p.compared && !p.said {
				break
			}
		}
		if k >= 0 {
			added = append(added, dateRef{tok: m[0], end: m[1], period: st.dates[k].period, written: st.dates[k].written})
		}
	}
	if len(added) > 0 {
		st.dates = append(st.dates, added...)
		slices.SortStableFunc(st.dates, func(a, b dateRef) int { return a.tok - b.tok })
	}
}

// fiscalQuarters gives a quarter written without a year the fiscal year
// of a fiscal quarter named before it in its sentence: in "в третьем
// квартале 2024-25 финансового года … после 5,6% во втором квартале и 8,4%
// в четвертом квартале предыдущего финансового года" they are FY2024/25-Q2
// and FY2023/24-Q4.
func (st *docState) fiscalQuarters() {
	dt := st.dt
	for i := range st.dates {
		d := &st.dates[i]
		// (Not a quarter named by its month: "the June quarter".)
		if !d.noYear || !quarter(d.period) || fiscal(d.period) {
			continue
		}
		if st.namesMonth(*d) {
			continue
		}
		for k := i - 1; k >= 0 && dt.sent[st.dates[k].tok] == dt.sent[d.tok]; k-- {
			p := st.dates[k].period
			if q := strings.LastIndex(p, "-Q"); fiscal(p) && q > 0 {
				fy := p[:q]
				if len(dt.find(st.x.w.last, d.end, min(dt.n, d.end+3))) > 0 {
					fy = previousFiscalYear(fy)
				}
				if fy != "" {
					d.period = fy + d.period[len(d.period)-len("-Q1"):]
				}
				break
			}
		}
	}
}

// ellipticQuarter reads an ordinal that stands for a quarter named earlier
// in its sentence: "13.1% in the second", "во втором – 13,1%", "و21.9% في
// الثاني" after "in the third quarter of 2025" — a preposition before it
// and no noun after it.
func (st *docState) ellipticQuarter(q quantity.Quantity) (dateRef, bool) {
	dt, sc := st.dt, st.sc
	n := int(q.Value)
	if q.Value != float64(n) || n < 1 || n > 4 || q.Token == 0 || !st.dt.isPrep(q.Token-1) {
		return dateRef{}, false
	}
	end := q.EndToken
	if end < dt.n && dt.sent[end] == dt.sent[q.Token] {
		if t := sc.Token(end); t.Norm != "" && !st.x.isAnd(t.Norm) {
			return dateRef{}, false // "the second meeting", "во втором полугодии"
		}
	}
	for k := len(st.dates) - 1; k >= 0; k-- {
		p := st.dates[k]
		if dt.sent[p.tok] != dt.sent[q.Token] {
			break
		}
		if quarter(p.period) && !p.since && !p.compared {
			return dateRef{tok: q.Token, end: end, period: fmt.Sprintf("%s-Q%d", p.period[:4], n), written: true}, true
		}
	}
	return dateRef{}, false
}

// preposition reports a preposition at token tok ("of", "من", "от").
func (st *docState) preposition(tok int) bool {
	t := st.sc.Norm(tok)
	return t != "" && (st.x.tw.preps[t] || st.x.isRangeStart(t))
}

// verbBound reads a bound from a verb that opens the clause before the
// cue: "تخطى معدل التضخم في السودان 212%" (exceeded: a lower bound), "لم
// يتجاوز معدل البطالة 3%" (did not exceed: an upper one). A verb right
// before the figure is the recognizer's.
func (st *docState) verbBound(qTok, qEnd int, cue [2]int) string {
	dt, w := st.dt, &st.x.w
	cs := dt.clauseStart(qTok)
	// "فإنها تجاوزت في عام 2019 نسبة 45%": in the figure's clause, a few
	// words before it.
	var ms [][2]int
	for _, m := range dt.find(w.exceed, cs, qTok) {
		if dt.wordsBetween(m[1], qTok) <= 4 && !figureIn(st.qs, m[1], qTok) {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		if cue[1] > qTok || figureIn(st.qs, cue[1], qTok) {
			return ""
		}
		ms = dt.find(w.exceed, max(cs, cue[0]-3), cue[0])
	}
	switch {
	case len(ms) == 0:
		return ""
	case len(dt.find(w.reached, qEnd, min(dt.n, qEnd+1))) > 0:
		// "this rate exceeds the 3.59% recorded in January": the level
		// compared with, as it was recorded.
		return ""
	case len(dt.find(w.negation, max(cs, ms[0][0]-1), ms[0][0])) > 0:
		return "upper"
	}
	return "lower"
}

// fallAfter reports a fall named right after the figure of an indicator
// that is a change by nature: "a 2.9% annualised contraction", "a 0.4%
// decline"; or of prices sized against the indicator's basis: "consumer
// prices were 0.6% lower than a year earlier".
func (st *docState) fallAfter(in *compiled, cue [2]int, qTok, qEnd int) bool {
	dt := st.dt
	if in.growth.len() == 0 || in.basis.len() > 0 && (len(dt.find(in.growth, cue[0], cue[1])) == 0 || len(dt.find(in.basis, qEnd, dt.clauseEnd(qTok))) == 0 || !dt.startsAt(st.x.w.fall, qEnd)) {
		return false
	}
	// "ВВП … на 1,2% меньше, чем годом ранее", "1.2% lower than in the
	// same quarter of 2024": growth sized by a comparative of less.
	if dt.startsAt(st.x.w.lower, qEnd) && st.sizedGrowth(in, qEnd) {
		return true
	}
	revised := dt.find(st.x.w.revision, qEnd, min(dt.clauseEnd(qTok), qEnd+5))
	for _, m := range dt.find(st.x.w.fall, qEnd, min(dt.clauseEnd(qTok), qEnd+3)) {
		if slices.ContainsFunc(revised, func(r [2]int) bool { return m[0] >= r[0] && m[0] < r[1] }) {
			continue // "7% بعد التعديل بالخفض": revised down, not a fall
		}
		if slices.ContainsFunc(dt.find(st.x.w.following, qEnd, m[0]), func(f [2]int) bool { return f[1] >= m[0]-1 }) {
			continue // "выросла на 3,1% после спада на 0,8%": an earlier fall
		}
		if slices.ContainsFunc(dt.find(st.x.w.compare, m[0], min(dt.n, m[1]+2)), func(c [2]int) bool { return c[0] == m[0] }) {
			continue // "growing by 3.9%, down from 4.3%": the level compared with
		}
		// (Nor a fall that is the cause: "لم يتجاوز 1% بسبب خفض إنتاج
		// النفط", held at 1% by the cut of oil output.)
		if !figureIn(st.qs, qEnd, m[0]) && len(dt.find(st.x.w.level, qEnd, m[0])) == 0 && len(dt.find(st.x.w.cause, qEnd, m[0])) == 0 {
			return true
		}
	}
	return false
}

// sizedGrowth reports a growth indicator's figure that ends at qEnd sized
// against the corresponding period of the year before or the period
// before, within six tokens after it: "на 7% больше показателя
// аналогичного периода 2013 года", "0.7% higher than in the previous
// quarter".
func (st *docState) sizedGrowth(in *compiled, qEnd int) bool {
	dt, w := st.dt, &st.x.w
	_, to := dt.sentence(dt.sent[qEnd-1])
	return in.growth.len() > 0 && in.basis.len() == 0 && slices.ContainsFunc([]*phraseSet{w.samePeriod, w.sameMonth, w.previousYear, w.previousMonth}, func(set *phraseSet) bool {
		return len(dt.find(set, qEnd, min(to, qEnd+6))) > 0
	})
}

// fallSubject reports a fall (one of the indicator's negative words, not a
// slowdown) as the cue itself or named with the growth cue as the subject
// of a level ("оценку спада ВВП … до 2,2%", "the GDP contraction reached 2%"):
// the level is of the fall.
func (st *docState) fallSubject(in *compiled, cue [2]int, qTok int) bool {
	dt := st.dt
	// A level whose cue is itself a fall: "a deflation rate of 0.8%" (not
	// past a verb of its own: "reversed a brief deflation, rising 2.65%").
	if in.basis.len() > 0 && cue[1] > cue[0] && slices.Contains(dt.find(in.negative, cue[0], cue[1]), cue) {
		return len(dt.find(st.x.w.rise, cue[1], qTok)) == 0 && len(dt.find(st.x.w.fall, cue[1], qTok)) == 0
	}
	if in.growth.len() == 0 || in.basis.len() > 0 || cue[1] <= cue[0] {
		return false
	}
	for _, m := range dt.find(in.negative, max(0, cue[0]-4), min(dt.n, cue[1]+1)) {
		// (Also past a preposition and an adjective: "a contraction in
		// real gross domestic product … of 0.5%".)
		// (Not the fall of another figure: "GDP shrank 0.4% in 2024 and
		// grew 0.3% in the second quarter".)
		// (Nor a verb of the cue that moves it to a level: "economic growth
		// fell to 3%", "تراجع النمو الاقتصادي إلى 3%" — not "the GDP
		// contraction reached 2%".)
		if dt.endsAt(st.x.w.level, qTok, 0) && len(dt.find(st.x.w.fallingNouns, m[0], m[1])) == 0 && (m[0] == cue[1] || m[1] == cue[0]) {
			continue
		}
		if (m[1] == cue[0] || m[0] == cue[1] || m[1] < cue[0] && cue[0]-m[1] <= 2 && dt.isPrep(m[1])) && !figureIn(st.qs, max(m[1], cue[1]), qTok) {
			return true
		}
	}
	return false
}

// itemBeforeCue reports a phrase m right before a cue that "and" joins to
// it: another item of a list, not a word that narrows the cue ("رفع
// الاستثمارات وحجم التبادل التجاري البالغ ملياري دولار", "more investment
// and trade, which came to $2 billion").
func (st *docState) itemBeforeCue(m, cue [2]int) bool {
	dt := st.dt
	return m[1] <= cue[0] && cue[1] > cue[0] && dt.wordsBetween(m[1], cue[0]) <= 1 && (st.opensWithAnd(m[1]) || dt.endsAt(st.x.w.and, cue[0], 0))
}

// countOfYears reports a phrase m that is a word of years a number
// follows: "خلال العقود الثلاثة الماضية", over the last three decades
// (not "العقود", contracts).
func (st *docState) countOfYears(m [2]int) bool {
	dt := st.dt
	return slices.ContainsFunc(dt.find(st.x.w.years, m[0], m[1]), func(y [2]int) bool { return y == m }) && st.kindIn(quantity.Number, m[1], min(dt.n, m[1]+1))
}

// namedRightBefore returns the country named right before the figure at
// qTok in its clause, past only an opening bracket (and a word of each), a
// dash or a colon, or "" — "Romania (3.9%)", "Молдова – 0,9%", "في المغرب:
// 2.1%".
func (st *docState) namedRightBefore(qTok int) string {
	dt := st.dt
	for _, m := range inSentences(dt, st.ments, mentionTok, dt.sent[qTok], dt.sent[qTok]+1) {
		end := dt.placeEnd(m.tok)
		// (Also "Chile and Peru (both 4.1%)".)
		if end+2 == qTok && dt.sc.Punct(end) == '(' && dt.startsAt(st.x.w.each, end+1) && !m.person && !isGroup(m.code) {
			return m.code
		}
		if m.person || isGroup(m.code) || end > qTok || qTok-end > 1 {
			continue
		}
		if end == qTok || strings.ContainsRune("(–—-:", dt.sc.Punct(end)) {
			return m.code
		}
	}
	return ""
}

// elidedOccasion reports an ordinal right after "and" (past an article)
// with no noun of its own after it, whose sentence has an ordinal of
// occasions before it ("его третий визит за год и шестой – с 2020-го"),
// or that a period follows ("15-я встреча … и вторая в этом году").
func (st *docState) elidedOccasion(qi int) bool {
	dt, w, q := st.dt, &st.x.w, st.qs[qi]
	at := q.Token
	if at > 0 && dt.isPrep(at-1) {
		at--
	}
	if !dt.endsAt(w.and, at, 0) || q.EndToken < dt.n && dt.words[q.EndToken] != nil && !dt.isPrep(q.EndToken) {
		return false
	}
	for k := qi - 1; k >= 0 && dt.sent[st.qs[k].Token] == dt.sent[q.Token]; k-- {
		if o := st.qs[k]; o.Kind == quantity.Ordinal {
			// (Or one a period follows, past a preposition: "the 15th
			// session … and the second in 2024" counts the sessions of a
			// year.)
			return dt.startsAt(w.occasions, o.EndToken) || dt.endsAt(w.occasions, o.Token, 0) || st.kindIn(quantity.Date, q.EndToken, min(dt.n, q.EndToken+2))
		}
	}
	return false
}

// negativeSign reports a word of NegativeSign that puts the figure below
// zero: right before or right after its cue ("a negative growth of 1.2%",
// "سجل نموا سالبا بنسبة 1.2%"), or right after the figure, also past "of"
// ("1.2% of negative growth").
// So does one next to a growth cue of the indicator or a word of rise
// between the cue and the figure: "экономика показала отрицательный рост в
// 1,2%".
func (st *docState) negativeSign(in *compiled, cue [2]int, qTok, qEnd int) bool {
	dt := st.dt
	if cue[1] > cue[0] && slices.ContainsFunc(dt.find(st.x.w.negativeSign, max(0, cue[0]-1), min(dt.n, cue[1]+1)), func(m [2]int) bool { return m[1] == cue[0] || m[0] == cue[1] }) {
		return true
	}
	if cue[1] > cue[0] && cue[1] <= qTok {
		for _, g := range append(dt.find(in.growth, cue[1], qTok), dt.find(st.x.w.rise, cue[1], qTok)...) {
			if slices.ContainsFunc(dt.find(st.x.w.negativeSign, max(cue[1], g[0]-1), min(qTok, g[1]+1)), func(m [2]int) bool { return m[1] == g[0] || m[0] == g[1] }) {
				return true
			}
		}
	}
	at := qEnd
	if dt.startsAt(st.x.w.ratioOf, at) {
		at++
	}
	return dt.startsAt(st.x.w.negativeSign, at)
}

// moved reports a verb of rise or fall before token qTok in its clause:
// the figure is where a statistic moved to, which happened in a period.
func (st *docState) moved(qTok int) bool {
	cs := st.dt.clauseStart(qTok)
	return len(st.dt.find(st.x.w.rise, cs, qTok)) > 0 || len(st.dt.find(st.x.w.fall, cs, qTok)) > 0
}

// twelveMonths reports "12-month" or "twelve months" in tokens [a, b): the
// basis of an annual rate, written with a number the phrase lists cannot
// hold.
func (st *docState) twelveMonths(a, b int) bool {
	i, j := within(st.qs, quantityTok, a, b)
	return slices.ContainsFunc(st.qs[i:j], func(q quantity.Quantity) bool {
		return q.Kind == quantity.Duration && q.Value == 12 && q.Unit == "months"
	})
}

// nextPeriod returns the year or quarter after p.
func nextPeriod(p string) string {
	if quarter(p) {
		return addQuarters(p, 1)
	}
	return shiftYear(p, 1)
}

// partOfYear reports a phrase of set ending right before the year at tok
// ("end of 2023", "mid-2021").
func (st *docState) partOfYear(set *phraseSet, tok int) bool {
	return st.dt.endsAt(set, tok, 0) || tok > 0 && st.sc.Punct(tok-1) == '-' && st.dt.endsAt(set, tok-1, 0)
}

// quarterSpan returns the calendar quarter the months a to b (YYYY-MM)
// make up, or "".
func quarterSpan(a, b string) string {
	if len(a) != len("2006-01") || len(b) != len(a) || quarter(a) || quarter(b) || a[:4] != b[:4] {
		return ""
	}
	m := periodMonth(a) % 12 // 0 = January
	if m%3 != 0 || periodMonth(b)-periodMonth(a) != 2 {
		return ""
	}
	return fmt.Sprintf("%s-Q%d", a[:4], m/3+1)
}

// cliticAnd reports a date joined to the one before by the Arabic clitic
// و alone ("ما بين حزيران/يونيو وآب/اغسطس"): between is the text between
// the two dates, date the second one.
func cliticAnd(between, date string) bool {
	return strings.TrimSpace(between) == "" && strings.HasPrefix(date, "و")
}

// opensSpan reports a word that opens a span right before token tok:
// "from", "between", "с", "بين", "من".
func (st *docState) opensSpan(tok int) bool {
	w := &st.x.w
	return slices.ContainsFunc([]*phraseSet{w.from, w.rangeStart, w.since}, func(set *phraseSet) bool { return st.dt.endsAt(set, tok, 1) })
}

// joinsSpan reports dates a and b (b the later, of the same kind) joined by
// between as a span: opened by "from", "between" or "since" and joined by
// "to", "and" or a clitic و ("من 2019 إلى 2023", "between 2019 and 2023");
// or, with nothing to open them, two months a year apart joined by a word
// of range that is not "and" ("for the period June 2023 to June 2024":
// the twelve months to the later).
func (st *docState) joinsSpan(a, b dateRef, between, bText string) bool {
	ranged := st.x.isRangeJoin(between)
	if !ranged && !cliticAnd(between, bText) {
		return false
	}
	if st.opensSpan(a.tok) {
		return true
	}
	return len(a.period) == len("2006-01") && periodMonth(b.period)-periodMonth(a.period) == 12 && st.x.wordRangeJoin(between)
}

// wordRangeJoin reports text between two dates that joins them as a range
// by a word ("to", "through"), not by "and" or a dash.
func (x *Extractor) wordRangeJoin(between string) bool {
	join := quantity.Fold(strings.TrimSpace(between))
	return x.isRangeJoin(between) && !x.w.and.hasWord(join) && !strings.ContainsAny(join, "-–—")
}

// withoutQuantities drops the country names inside a quantity: "مليار دولار
// أمريكي", "billion U.S. dollars" name a currency, not a country.
func withoutQuantities(ments []mention, qs []quantity.Quantity, sc *quantity.Scanner) []mention {
	out := ments[:0]
	k := 0
	for _, m := range ments {
		for k < len(qs) && qs[k].EndToken <= m.tok {
			k++
		}
		if k < len(qs) && qs[k].Kind == quantity.Money && qs[k].Token <= m.tok {
			continue
		}
		out = append(out, m)
	}
	return out
}

// withoutLanguages drops the mentions that name a language, a noun of
// language right before or after them: "доступна на румынском языке",
// "متاحة باللغة الرومانية".
func (x *Extractor) withoutLanguages(dt *docTokens, ments []mention) []mention {
	return slices.DeleteFunc(ments, func(m mention) bool {
		return !m.person && (dt.startsAt(x.w.languageNouns, m.tok+1) || dt.endsAt(x.w.languageNouns, m.tok, 0))
	})
}

// stretchOf returns the count of time that makes the figure at qTok a
// total over a stretch, or "": "За семь лет экономика выросла на 43,5%",
// "over the past two years" (a count of years or months after an "over"
// word, before the figure in its clause), or "over 6% inflation for three
// consecutive months" (a count right before a stretch word — not an
// ordinal: "the third month in a row").
//
// With annual set (an indicator measured on a year before), twelve months
// are the basis, no stretch: "Инфляция за 12 месяцев достигла 12,2%".
func (st *docState) stretchOf(qTok int, annual bool) string {
	dt, w := st.dt, &st.x.w
	// "Over 11 months, trade amounted to $48.5bn": a short opening clause
	// dates the whole sentence.
	// (Not a figure its own clause dates: "In the past five years, trade
	// … surpassed $5 billion in 2022".)
	start := dt.clauseStart(qTok)
	if from, _ := dt.sentence(dt.sent[qTok]); dt.clauseEnd(from) <= start && dt.clauseEnd(from)-from <= 6 {
		ownDate := slices.ContainsFunc(st.dates, func(d dateRef) bool {
			return d.tok >= start && d.tok < dt.clauseEnd(qTok) && !dt.punctIn('(', start, d.tok)
		})
		if !ownDate {
			start = from
		}
	}
	// (Nor a figure of a month or quarter named right after it: "the
	// downward path it had kept over the past eight months, reaching
	// 10.15% in November".)
	// "exceeded $218 billion in 11 months of 2023": the months of a year
	// right after the figure count too.
	after := qTok
	if k := slices.IndexFunc(st.qs, func(q quantity.Quantity) bool { return q.Token == qTok }); k >= 0 {
		e := st.qs[k].EndToken
		after = min(dt.clauseEnd(qTok), e+3) // ("in the 11 months of")
		// (Nor one of a year right after it: "за девять месяцев выросла на
		// 6,2% после роста на 4,9% по итогам 2024 года".)
		if slices.ContainsFunc(st.dates, func(d dateRef) bool {
			return d.tok >= e && d.tok <= e+2 && (len(d.period) == len("2006-01") || len(d.period) == len("2006") && !dt.punctIn('(', e, d.tok)) && !d.since && !d.compared && dt.cl[d.tok] == dt.cl[qTok]
		}) {
			return ""
		}
		// (Nor one whose month is named right before it: "على مدار أربعة
		// أشهر … بلغ في شهر سبتمبر الماضي حوالي 1.7%"; nor its year: "за
		// четыре года увеличился втрое и в 2023 году превысил 2,5 млрд".)
		if slices.ContainsFunc(st.dates, func(d dateRef) bool {
			return d.end <= qTok && qTok-d.end <= 3 && (len(d.period) == len("2006-01") && !quarter(d.period) || len(d.period) == len("2006") && !st.stretchBefore(d.tok) && len(dt.find(w.samePeriod, e, dt.clauseEnd(qTok))) == 0) && !d.since && !d.compared && dt.cl[d.tok] == dt.cl[qTok]
		}) {
			return ""
		}
		// "$4.5 billion of trade between them over the past 18 months", "…
		// خلال عام ونصف": a span of time its clause says the figure is
		// over, with no figure or date between.
		for _, d := range st.qs[k+1:] {
			if annual || d.Token >= dt.clauseEnd(qTok) || d.Kind != quantity.Duration {
				break
			}
			over := dt.endsAt(w.over, d.Token, 1) || slices.ContainsFunc(dt.find(w.over, d.Token, d.Token+1), func(m [2]int) bool { return m[0] == d.Token })
			if over && (d.Unit == "years" && d.Value > 1 || d.Unit == "months" && d.Value >= 2) && !slices.ContainsFunc(st.dates, func(y dateRef) bool { return y.tok >= e && y.tok < d.Token }) {
				return d.Text
			}
		}
	}
	i, j := within(st.qs, quantityTok, start, after)
	for _, d := range st.qs[i:j] {
		if d.Token >= qTok && (d.Kind != quantity.Duration || d.Unit != "months") {
			continue
		}
		// ("Over 11 months" is read as a bound: "over" opens the quantity.)
		over := dt.endsAt(w.over, d.Token, 1) || slices.ContainsFunc(dt.find(w.over, d.Token, d.Token+1), func(m [2]int) bool { return m[0] == d.Token })
		if annual && d.Kind == quantity.Duration && d.Value == 12 && d.Unit == "months" {
			continue
		}
		if d.Kind == quantity.Duration && d.Value >= 2 && (d.Unit == "years" || d.Unit == "months") && over {
			return d.Text
		}
		// "In 11 months of 2023", "11 месяцев 2023 года": months of a year.
		e := d.EndToken
		// So are "the five months of the current fiscal year" and "the
		// five months to August" (three to a month may be a quarter).
		if d.Kind == quantity.Duration && d.Unit == "months" && d.Value >= 2 && d.Value < 12 && slices.ContainsFunc(st.dates, func(y dateRef) bool {
			return (len(y.period) == len("2006") || fiscal(y.period) || len(y.period) == len("2006-01") && !quarter(y.period) && d.Value != 3) &&
				y.tok >= e && y.tok <= e+3 && dt.wordsBetween(e, y.tok) <= 1 && !y.since && !y.compared
		}) {
			return d.Text
		}
	}
	for _, m := range dt.find(w.stretch, dt.clauseStart(qTok), dt.clauseEnd(qTok)) {
		i, j := within(st.qs, quantityTok, max(0, m[0]-4), m[0])
		for _, d := range st.qs[i:j] {
			if e := d.EndToken; (d.Kind == quantity.Number || d.Kind == quantity.Duration) && d.Value >= 2 && d.Value == math.Trunc(d.Value) && e >= m[0]-1 && e <= m[0] {
				return d.Text
			}
		}
	}
	return ""
}

// namedInBrackets reports a figure alone in brackets right after a
// capitalised word that names no indicator: "Palau (5.0%)".
func (st *docState) namedInBrackets(qi int) bool {
	t := st.qs[qi].Token
	if t < 2 || !st.aloneInBrackets(qi) {
		return false
	}
	w := st.dt.sc.Token(t - 2)
	return w.Norm != "" && w.Upper && !st.x.anyCue(st.dt, t-2, t-1)
}

// bracketListEnd returns, for a figure at qTok inside brackets that open
// right after a country's name ("Latvia (from 6.1% to 6.5%)"), the end of
// the list of such items it belongs to: past brackets, places, commas and
// "and", up to the sentence's end at to. It returns -1 for any other
// figure.
func (st *docState) bracketListEnd(qTok, to int) int {
	dt := st.dt
	open := -1
	for k := qTok - 1; k >= max(0, qTok-8); k-- {
		if p := dt.sc.Punct(k); p == '(' {
			open = k
			break
		} else if p == ')' {
			return -1
		}
	}
	if open < 1 || !dt.place[open-1] {
		return -1
	}
	k := open
	for k < to {
		switch {
		case dt.sc.Punct(k) == '(':
			for k < to && dt.sc.Punct(k) != ')' {
				k++
			}
			k++
		case dt.place[k] || dt.comma(k) || dt.startsAt(st.x.w.and, k) || dt.isPrep(k):
			k++
		default:
			return k
		}
	}
	return k
}

// acronym reports a name written in capitals, two letters or more ("EU",
// "ЕС", "OECD").
func acronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// aloneInBrackets reports a figure that is all its brackets hold: "(5.0%)".
func (st *docState) aloneInBrackets(qi int) bool {
	t, e := st.qs[qi].Token, st.qs[qi].EndToken
	return t > 0 && e < st.dt.n && st.dt.sc.Punct(t-1) == '(' && st.dt.sc.Punct(e) == ')'
}

// sameWeekday returns the day of the week named before day p, up to a
// week from it and at most two sentences before token tok, on the same
// day of the week; else p.
func (st *docState) sameWeekday(p string, tok int) string {
	d, err := time.Parse("2006-01-02", p)
	if err != nil {
		return p
	}
	for k := len(st.dates) - 1; k >= 0; k-- {
		o := st.dates[k]
		// (Not one some paragraphs back: "figures are due on Monday. …
		// The minister, who arrived on Monday, …".)
		if st.dt.sent[tok]-st.dt.sent[o.tok] > 2 {
			break
		}
		if !o.weekday || len(o.period) != len(p) || o.period == p || o.period == st.pub {
			continue
		}
		if e, err := time.Parse("2006-01-02", o.period); err == nil && e.Weekday() == d.Weekday() && e.Sub(d).Abs() <= 7*24*time.Hour {
			return o.period
		}
	}
	return p
}

// figureEndsAt reports a percentage or a sum whose last token is right
// before token tok: "the bank's two per cent goal" (not a count of time:
// "الأشهر الـ 12 المقبلة").
func (st *docState) figureEndsAt(tok int) bool {
	return slices.ContainsFunc(st.qs, func(q quantity.Quantity) bool {
		return (q.Kind == quantity.Percent || q.Kind == quantity.Money) && q.EndToken == tok
	})
}

// reachedTarget reports a marker m that a verb of change and a level word
// lead to, a few words before it: "dropped to the bank's target of 2.0%";
// or a verb of reaching itself: "trade reached the planned milestone of
// $5 billion".
func (st *docState) reachedTarget(m [2]int) bool {
	dt, w := st.dt, &st.x.w
	lv := dt.find(w.level, max(0, m[0]-7), m[0])
	if len(lv) == 0 || figureIn(st.qs, lv[len(lv)-1][1], m[0]) {
		return false
	}
	at := lv[len(lv)-1]
	return dt.endsAt(w.rise, at[0], 0) || dt.endsAt(w.fall, at[0], 0) || slices.Contains(dt.find(w.reached, at[0], at[1]), at)
}

// futureAround reports a marker of what is still to come just before
// token tok in its clause ("will begin on Monday", "سيبدأ الإثنين").
func (st *docState) futureAround(tok int) bool {
	dt := st.dt
	if len(dt.find(st.x.w.future, max(dt.clauseStart(tok), tok-15), tok)) > 0 {
		return true
	}
	// "the summit on Tuesday, where they are expected to …" (not past
	// "and": "inflation hit 4.6% in July and is expected to rise").
	// (Nor past the end of a relative clause: "Ruto, who began a visit
	// on Wednesday, is expected to …" began it last Wednesday.)
	_, to := dt.sentence(dt.sent[tok])
	end := min(to, tok+8)
	if inRelative(dt, &st.x.w, tok) {
		end = min(end, dt.clauseEnd(tok))
	}
	// (An "and" between two names joins the subject: "at the summit on
	// Thursday, Ramaphosa and Lula are due to …".)
	person := func(k int) bool {
		return slices.ContainsFunc(st.ments, func(c mention) bool { return c.person && c.tok <= k && k < c.tok+2 })
	}
	for _, m := range dt.find(st.x.w.and, tok, end) {
		if m[0] > 0 && m[1] < dt.n && person(m[0]-1) && person(m[1]) {
			continue
		}
		end = m[0]
		break
	}
	return len(dt.find(st.x.w.future, tok, end)) > 0
}

// futureVerbBefore reports a marker of the future the sentence gives
// before token tok, over commas, with no date or figure but an ordinal
// between: "… are due to sign deals on rail, electricity and shipping
// at the summit on Tuesday" is the Tuesday to come.
func (st *docState) futureVerbBefore(tok int) bool {
	dt := st.dt
	from, _ := dt.sentence(dt.sent[tok])
	return slices.ContainsFunc(dt.find(st.x.w.future, max(from, tok-30), tok), func(m [2]int) bool {
		return !otherFigureIn(st.qs, m[1], tok, quantity.Ordinal) && !slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.tok >= m[1] && d.tok < tok })
	})
}

// anchorYear gives a month written without its year the year of the date
// before it in the sentence (itself anchored so), choosing the year that
// puts it nearest that date ("in November–December 2022 …, in August
// 3.8%" is August 2022); without such a date the reference date's year
// stays.
func (st *docState) anchorYear(dr dateRef, before []dateRef) (string, bool) {
	// A clause that names its own indicator is a statement of its own ("…
	// from 0.25% in July 2021, as inflation hit 8.28% as of October"); only
	// a list that goes on without one ("in November 3.7%, in August 3.8%")
	// carries the year.
	ownCue := st.clauseHasCue(dr.tok)
	for k := len(before) - 1; k >= 0; k-- {
		p := before[k]
		if st.dt.sent[p.tok] != st.dt.sent[dr.tok] {
			break
		}
		// "for the summit in April 2023, on a five-day visit that began on
		// April 21": a day of the month the sentence named with its year.
		if len(p.period) == len("2006-01") && !quarter(p.period) && len(dr.period) == len("2006-01-02") && dr.period[5:7] == p.period[5:7] && p.written && !p.since && !p.compared && !p.before {
			return p.period[:4] + dr.period[4:], true
		}
		// "In 2017 it was lowest in May and June": a month joined by "and"
		// to an earlier month right before it, whose year is known, takes
		// that year.
		if len(p.period) == len("2006-01") && !quarter(p.period) && len(dr.period) == len("2006-01") && !quarter(dr.period) && p.written &&
			dr.tok-p.end == 1 && len(st.dt.find(st.x.w.and, p.end, dr.tok)) > 0 && dr.period[5:] > p.period[5:] {
			return p.period[:4] + dr.period[4:], true
		}
		// "Earlier in 2014, Modi began a five-day visit on August 30": a
		// year that fronts the sentence alone in its clause dates all of it.
		// So does a year that an aside in brackets right after it spells
		// out: "expanded 3.1% in 2019 (after a 1.2% fall in its first
		// quarter …)".
		if ownCue && !(len(p.period) == 4 && (st.frontsSentence(p) || st.dt.bracketOpensAt(p.end, dr.tok))) {
			return dr.period, false
		}
		// "Инфляция, которая в мае 2023 года превышала 38%, в августе
		// опустилась до 3,5%": a relative clause's date is its own.
		if st.dt.cl[p.tok] != st.dt.cl[dr.tok] && inRelative(st.dt, &st.x.w, p.tok) {
			continue
		}
		// (A month of last year heads a list too: "в июне прошлого года —
		// 4,1%, в мае — 4,3%" is May of that year.)
		monthOfYear := len(p.period) == len("2006-01") && !quarter(p.period) && !p.noYear
		if p.weekday || !p.written && !st.relativeAnchor(p, dr) && !monthOfYear || p.since || p.before || p.compared {
			continue // only a written year anchors ("the fourth quarter of last year" does not), and no "since July 2009" or "compared with 2024"
		}
		// (Nor the date of a figure compared with: "بلغ 130.5 نقطة مقارنة
		// بـ127.4 نقطة في عام 2024، وسجل ارتفاعا بنسبة 2.6% في ديسمبر" is
		// December of the year before it.)
		if st.ownerAfter(p, st.x.w.compare, 1) {
			continue
		}
		if len(p.period) == 4 { // "during 2025, unemployment was: first quarter 6.3%"
			var y int
			if _, err := fmt.Sscanf(p.period, "%4d", &y); err == nil {
				if cand := withYear(dr.period, y); periodMonth(cand) >= 0 && (st.pub == "" || !periodAfter(cand, st.pub)) {
					return cand, true
				}
			}
			continue
		}
		anchor := periodMonth(p.period)
		if anchor < 0 {
			continue
		}
		ay := anchor / 12
		best, bestDist := dr.period, absInt(periodMonth(dr.period)-anchor)
		// "from 20% in February to 7.5% in September": a change runs forward.
		forward := len(st.dt.find(st.x.w.level, p.end, dr.tok)) > 0 && len(st.dt.find(st.x.w.from, max(0, p.tok-5), p.end)) > 0
		for _, y := range []int{ay - 1, ay, ay + 1} {
			cand := withYear(dr.period, y)
			m := periodMonth(cand)
			if m < 0 || st.pub != "" && periodAfter(cand, st.pub) || forward && m < anchor {
				continue
			}
			if dist := absInt(m - anchor); dist < bestDist {
				best, bestDist = cand, dist
			}
		}
		return best, true
	}
	// "28 февраля 2022 года Банк России поднял ставку до 20%. Затем её
	// дважды понизили в апреле": a sentence that opens by going on from
	// the one before takes the year that puts the month next after that
	// sentence's last written date.
	dt := st.dt
	if a, _ := dt.sentence(dt.sent[dr.tok]); a > 0 && slices.ContainsFunc(dt.find(st.x.w.sequel, a, min(dt.n, a+2)), func(m [2]int) bool { return m[0] <= a+1 }) {
		pa, _ := dt.sentence(dt.sent[a-1])
		for k := len(before) - 1; k >= 0; k-- {
			p := before[k]
			if p.tok < pa {
				break
			}
			anchor := periodMonth(p.period)
			if dt.sent[p.tok] != dt.sent[a-1] || !p.written || p.compared || p.since || anchor < 0 || len(p.period) < len("2006-01") {
				continue
			}
			for y := anchor / 12; y <= anchor/12+1; y++ {
				if cand := withYear(dr.period, y); periodMonth(cand) >= anchor && (st.pub == "" || !periodAfter(cand, st.pub)) {
					return cand, true
				}
			}
			break
		}
	}
	return dr.period, false
}

// frontsSentence reports a date alone in the first clause of its sentence,
// before the clause of what it dates: "In 2014, …", "في عام 2014، …".
func (st *docState) frontsSentence(d dateRef) bool {
	dt := st.dt
	a, _ := dt.sentence(dt.sent[d.tok])
	cs, ce := dt.clauseStart(d.tok), dt.clauseEnd(d.tok)
	return cs == a && ce < dt.n && dt.sent[ce] == dt.sent[d.tok] && !figureIn(st.qs, cs, ce)
}

// relativeAnchor reports a relative year that anchors the months after it:
// "cut last year from 20% in February to 7.5% in September", where the only
// figures between are where a change started. A year with a figure of its
// own ("grew 7.1% last year, 6.9% in the first quarter") does not.
func (st *docState) relativeAnchor(p, dr dateRef) bool {
	if len(p.period) != 4 {
		return false
	}
	i, j := within(st.qs, quantityTok, p.end, dr.tok)
	for k := i; k < j; k++ {
		// (A count is no figure of its own: "Last year, the bank raised the
		// rate six times: in January …".)
		if q := st.qs[k]; q.Kind != quantity.Date && q.Kind != quantity.Number && !st.fromBefore(q.Token) {
			return false
		}
	}
	return true
}

// sameMonth reads "the same month of last year" (a year after a same-month
// phrase): the month of the last month-level date before it in the
// sentence, in the year named — "last year" counted from that month.
func (st *docState) sameMonth(dr dateRef, q quantity.Quantity, before []dateRef) (string, bool) {
	if len(dr.period) != 4 || len(st.dt.find(st.x.w.sameMonth, max(0, dr.tok-4), dr.tok)) == 0 {
		return "", false
	}
	p, ok := st.monthBefore(dr, before)
	if !ok {
		// "… 8.2% in July. It was 7.8% in the same month last year": the
		// month of the sentence before.
		// The first month a sentence before names ("6% in July, after 6.2%
		// in June"), of the year after "last year".
		a, _ := st.dt.sentence(max(0, st.dt.sent[dr.tok]-3))
		i, j := within(before, dateTok, a, dr.tok)
		for back := 1; back <= 3 && !ok; back++ {
			for _, b := range before[i:j] {
				if st.dt.sent[dr.tok]-st.dt.sent[b.tok] == back && len(b.period) == 7 && !quarter(b.period) && !b.compared && !b.since &&
					(!q.Relative || atoi4(b.period) == atoi4(dr.period)+1) {
					p, ok = b.period, true
					break
				}
			}
		}
		// "… rose to 5.2% in December (of the year before publication).
		// … better than in the same month last year": the year before the
		// latest month of the sentences before.
		if !ok && q.Relative {
			latest := ""
			for _, b := range before[i:j] {
				if b.tok < dr.tok && len(b.period) == 7 && !quarter(b.period) && !b.compared && !b.since {
					latest = max(latest, b.period)
				}
			}
			if latest != "" {
				return shiftYear(latest, -1), true
			}
		}
	}
	switch {
	case !ok:
		return "", false
	case q.Relative: // "last year": the year before that month
		return shiftYear(p[:7], -1), true
	}
	return dr.period + p[4:7], true
}

// samePeriod reads "the corresponding quarter of last year" (a year after
// a same-period phrase): the quarter or month of the last such date in the
// sentences before, in the year named — "last year" counted from it.
func (st *docState) samePeriod(dr dateRef, q quantity.Quantity, before []dateRef) (string, bool) {
	dt := st.dt
	if len(dr.period) != 4 || len(dt.find(st.x.w.samePeriod, max(0, dr.tok-4), dr.tok)) == 0 {
		return "", false
	}
	// The latest of the nearest dates of that kind: in "rose to 34.9% in
	// the third quarter from 33.9% in the second" the third.
	latest, latestSent := "", -1
	for k := len(before) - 1; k >= 0; k-- {
		p := before[k]
		// (Those of the nearest sentence that names one only: "… between
		// the third quarter of 2024 and the same quarter of 2025. GDP grew
		// 4.6% in the second quarter, against 3.0% in the same quarter of
		// last year".)
		if dt.sent[dr.tok]-dt.sent[p.tok] > 2 || latest != "" && dt.sent[p.tok] != latestSent {
			break
		}
		// "For the first half of 2024 … compared to 4.1% in the same period
		// last year": the same stretch a year before.
		// So does the nearest date of the sentences before, when it is a
		// stretch ("in the first two weeks of February …. In the same
		// period of 2024, …").
		// "in the fourth quarter of fiscal 2024/2025 … against 2.4% in the
		// same period of the previous year": that quarter a fiscal year back.
		if fiscal(p.period) && latest == "" && (dt.sent[p.tok] == dt.sent[dr.tok] || k == len(before)-1) && !p.compared {
			if f := shiftFiscal(p.period, -1); f != "" {
				return f, true
			}
			continue
		}
		if a, b, ok := strings.Cut(p.period, "/"); ok && latest == "" && (dt.sent[p.tok] == dt.sent[dr.tok] || k == len(before)-1) && !p.compared {
			return shiftYear(a, -1) + "/" + shiftYear(b, -1), true
		}
		// (So is a whole year written as its months, the nearest date: "in
		// January-December 2019 … up 5% on the same period of the year
		// before".)
		if len(p.period) == 4 && p.wholeYear && latest == "" && k == len(before)-1 && !p.compared && !p.since {
			return shiftYear(p.period, -1), true
		}
		if len(p.period) != 7 || fiscal(p.period) || p.since || p.compared || latest != "" && quarter(latest) != quarter(p.period) {
			continue
		}
		// (Nor the date of a figure compared with: "above the 0.9% of April,
		// below the 3.2% of the same month a year back", after a sentence
		// on May.)
		if st.ownerAfter(p, st.x.w.compare, 3) && k > 0 {
			continue
		}
		latest, latestSent = max(latest, p.period), dt.sent[p.tok]
	}
	switch {
	case latest == "":
		return "", false
	case q.Relative && (st.pub == "" || dr.period != st.pub[:4]):
		return shiftYear(latest, -1), true
	}
	// ("… to 15.7% in the same period this year": the year of
	// publication.)
	return dr.period + latest[4:], true
}

// monthBefore returns the period of the last month-level date before dr in
// its sentence.
func (st *docState) monthBefore(dr dateRef, before []dateRef) (string, bool) {
	for k := len(before) - 1; k >= 0; k-- {
		p := before[k]
		if st.dt.sent[p.tok] != st.dt.sent[dr.tok] {
			break
		}
		if len(p.period) < 7 || p.period[5] == 'Q' || strings.Contains(p.period, "/") || fiscal(p.period) || p.compared {
			continue
		}
		// (Not the month of a value moved from: "dipped to 2.2% in
		// October from 2.3% in September, against 2.4% in the same month
		// last year" is October's.)
		if st.ownerAfter(p, st.x.w.from, 0) {
			continue
		}
		// (Nor the day a source spoke: "5.65% in January, the bureau said
		// on Monday, from 8% the previous month" is December's.)
		if len(p.period) == len("2006-01-02") && st.dt.endsAt(st.x.w.attrib, p.tok, 1) {
			continue
		}
		return p.period, true
	}
	return "", false
}

// previousMonth dates "the previous month" (الشهر السابق, предыдущий
// месяц) by the month named before it in the sentence ("12.5% in October
// against 11.7% the previous month" is September), not by publication.
func (st *docState) previousMonth(dr dateRef, before []dateRef) (string, bool) {
	// (Not one with its year written: "the last quarter of 2024".)
	// (Nor one of "that year": "the last quarter of that year" is its
	// fourth.)
	if len(dr.period) != 7 || len(st.dt.find(st.x.w.previousMonth, max(0, dr.tok-1), min(st.dt.n, dr.end+1))) == 0 || yearWritten(st.dt, dr) || st.ofThatYear(dr) {
		return "", false
	}
	if quarter(dr.period) {
		// "the 3.11% recorded in the previous quarter", after a report on
		// the second quarter: the quarter before the last one named.
		// (Also one named by its months: "expanded 3.1% from April to June.
		// … after 2.8% in the previous quarter".)
		// (The latest quarter named, where the sentence names none before
		// it: "grew 1.5% in the third quarter, after 2.9% in the second.
		// Unemployment stood at 6.7%, down from 6.9% in the previous
		// quarter" is the second.)
		latest := ""
		for k := len(before) - 1; k >= 0; k-- {
			p := before[k]
			qp := p.period
			if a, b, ok := strings.Cut(qp, "/"); ok {
				qp = quarterSpan(a, b)
			}
			if !quarter(qp) || p.since || p.compared {
				continue
			}
			if st.dt.sent[p.tok] == st.dt.sent[dr.tok] {
				return addQuarters(qp, -1), true
			}
			latest = max(latest, qp)
		}
		if latest == "" {
			return "", false
		}
		return addQuarters(latest, -1), true
	}
	p, ok := st.monthBefore(dr, before)
	// "11.8% in October. The previous month's rate was 11.3%": the month
	// the last of the two sentences before that names one leads with
	// ("0.6% in September against 0.56% in August. The annual rate rose
	// to 15.1%, against 14.2% the previous month" is August).
	lead := -1
	for k := len(before) - 1; k >= 0 && (!ok || lead >= 0); k-- {
		b := before[k]
		if st.dt.sent[dr.tok]-st.dt.sent[b.tok] > 2 || lead >= 0 && st.dt.sent[b.tok] != lead {
			break
		}
		if b.tok < dr.tok && len(b.period) == 7 && !quarter(b.period) && !b.compared && !b.since && !b.dateline {
			p, ok, lead = b.period, true, st.dt.sent[b.tok]
		}
	}
	if !ok {
		return "", false
	}
	return monthPeriod(periodMonth(p) - 1), true
}

// clauseHasCue reports a cue of any indicator in the clause of token tok.
func (st *docState) clauseHasCue(tok int) bool {
	return st.x.anyCue(st.dt, st.dt.clauseStart(tok), st.dt.clauseEnd(tok))
}

// periodEnd is the month index (year*12 + month-1) a year, quarter or
// month ends in, or -1.
func periodEnd(p string) int {
	if y, ok := digits(p); ok && len(p) == 4 {
		return y*12 + 11
	}
	m := periodMonth(p)
	switch {
	case m < 0 || strings.Contains(p, "/"):
		return m
	case quarter(p):
		return m + 2
	}
	return m
}

// monthPeriod is the month "YYYY-MM" of month index i (year*12 + month-1),
// the inverse of periodMonth.
func monthPeriod(i int) string {
	if i < 0 || i/12 > 9999 {
		return fmt.Sprintf("%04d-%02d", i/12, i%12+1)
	}
	return yearAndRest(i/12, [...]string{"-01", "-02", "-03", "-04", "-05", "-06", "-07", "-08", "-09", "-10", "-11", "-12"}[i%12])
}

// periodMonth is the month index (year*12 + month-1) a period starts in, or
// -1; an interval counts from its end.
func periodMonth(p string) int {
	if i := strings.IndexByte(p, '/'); i >= 0 {
		p = p[i+1:]
	}
	if len(p) < 7 || p[4] != '-' {
		return -1
	}
	y, ok := digits(p[:4])
	if !ok {
		return -1
	}
	var m int
	if p[5] == 'Q' {
		q, ok := digits(p[6:7])
		if !ok || q < 1 || q > 4 {
			return -1
		}
		m = (q-1)*3 + 1
	} else if m, ok = digits(p[5:7]); !ok {
		return -1
	}
	return y*12 + m - 1
}

// digits parses a run of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, s != ""
}

// withYear writes period p in year y: "2023-08" → "2022-08"; an interval
// keeps its length ("2023-05/2023-07" → "2022-05/2022-07").
func withYear(p string, y int) string {
	if i := strings.IndexByte(p, '/'); i >= 0 {
		a, b := p[:i], p[i+1:]
		shift := y - atoi4(b)
		return shiftYear(a, shift) + "/" + shiftYear(b, shift)
	}
	return shiftYear(p, y-atoi4(p))
}

func atoi4(p string) int {
	y, _ := digits(p[:min(4, len(p))])
	return y
}

// decide takes quantity qi through the steps of a claim frame.
func (st *docState) decide(qi int) (cand, Decision) {
	x, dt, q := st.x, st.dt, st.qs[qi]
	// "more than half of trade", "ثلثي": a fraction in words is a share.
	share := false
	if q.Kind == quantity.Number && q.Value > 0 && q.Value < 1 && !strings.ContainsAny(q.Text, "0123456789٠١٢٣٤٥٦٧٨٩") &&
		len(st.dt.find(x.w.timeUnits, q.EndToken, min(st.dt.n, q.EndToken+3))) == 0 && // not "a quarter of a century"
		len(st.dt.find(x.w.comparative, q.EndToken, min(st.dt.n, q.EndToken+3))) == 0 && // nor "three-tenths more than"
		len(st.dt.find(x.w.changeNouns, q.EndToken, min(st.dt.n, q.EndToken+3))) == 0 && // nor "two quarters of contraction"
		!slices.ContainsFunc(st.qs, func(o quantity.Quantity) bool { // nor "в половине августа", half of a month
			return o.Kind == quantity.Date && o.Token == q.EndToken
		}) &&
		// nor, in English, one with no "of" after it: "over the next three quarters"
		!(q.Text != "" && q.Text[0] < 0x80 && (q.EndToken >= st.dt.n || st.dt.sc.Norm(q.EndToken) != "of")) {
		q.Kind, q.Unit, q.Value, share = quantity.Percent, "percent", q.Value*100, true
	}
	qTok, qEnd := q.Token, q.EndToken
	sent := dt.sent[qTok]
	from, to := dt.sentence(sent)
	reject := func(ind, step, format string, args ...any) (cand, Decision) {
		dec := Decision{Indicator: ind, Step: step}
		if st.explain {
			dec.Reason = fmt.Sprintf(format, args...) // words only a reader of --explain sees
		}
		return cand{}, dec
	}

	// "اقرأ أيضا| … وأسعار الفائدة تصل لـ 17.52%": a line that links
	// another article.
	// (Such a line is short: its start is looked for 40 tokens back.)
	line := qTok
	for line > 0 && line > qTok-40 && !dt.sc.NewLine(line) {
		line--
	}
	if m := dt.find(x.w.readAlso, line, min(dt.n, line+4)); len(m) > 0 && m[0][0] == line && (line == 0 || dt.sc.NewLine(line)) {
		return reject("", stepCue, "a line linking another article (%s)", dt.text(st.d.Text, m[0]))
	}

	// A size of change in points is never a level.
	if q.Unit == "pp" || q.Unit == "bp" {
		return reject("", stepChange, "change in %s, not a level", map[string]string{"pp": "percentage points", "bp": "basis points"}[q.Unit])
	}

	// "بواقع 100 نقطة أساس بما يعادل 1%", "by 50 basis points, or 0.5%":
	// the equivalent of a change in points is a change too.
	if qi > 0 && (st.qs[qi-1].Unit == "pp" || st.qs[qi-1].Unit == "bp") && dt.sent[st.qs[qi-1].Token] == dt.sent[qTok] {
		// (Also in quotes or brackets right after it: "بمقدار 75 نقطة
		// أساس “0.75%”", "by 50 bps (0.5%)".)
		pEnd := st.qs[qi-1].EndToken
		quoted := qTok > pEnd && qTok-pEnd <= 2
		for k := pEnd; k < qTok && quoted; k++ {
			quoted = strings.ContainsRune("\"“”«»(", dt.sc.Punct(k))
		}
		if quoted || slices.ContainsFunc(dt.find(x.w.equivalent, pEnd, qTok), func(m [2]int) bool { return m[0] <= pEnd+1 && m[1] == qTok }) {
			return reject("", stepChange, "the equivalent of a change in points, not a level")
		}
	}
	// "плюс-минус 1%", "±1%": the width of a band (it may hold the sign
	// the recognizer read).
	if slices.ContainsFunc(dt.find(x.w.tolerance, max(0, qTok-3), min(dt.n, qTok+2)), func(m [2]int) bool { return m[1] >= qTok && m[0] <= qTok }) {
		return reject("", stepChange, "the width of a band (±), not a level")
	}
	// "a band of 1.5 points on either side of a 4% goal": so is one right
	// before a word of ToleranceAfter.
	if m := dt.find(x.w.toleranceAfter, qEnd, min(dt.n, qEnd+4)); len(m) > 0 && m[0][0] == qEnd {
		return reject("", stepChange, "the width of a band (%s), not a level", dt.text(st.d.Text, m[0]))
	}
	// "inside the 3% plus or minus one point band": the band's centre, a
	// target.
	if m := dt.find(x.w.tolerance, qEnd, min(dt.n, qEnd+6)); len(m) > 0 && m[0][0] == qEnd {
		return reject("", stepModality, "the centre of a band (%s), a target", dt.text(st.d.Text, m[0]))
	}
	// "the economy grew 1% - not 1.1% as it previously reported": a value
	// denied, also past an article ("grew 1.2%, not the 1.6% given
	// earlier").
	neg := qTok
	if neg > 1 && !dt.endsAt(x.w.negation, neg, 0) && dt.isPrep(neg-1) && dt.sc.Norm(neg-1) != "" {
		neg--
	}
	if neg > 0 && dt.endsAt(x.w.negation, neg, 0) && q.Bound == "" {
		return reject("", stepPrevious, "a value denied (%s)", dt.text(st.d.Text, [2]int{neg - 1, qTok}))
	}
	// "we do not believe joblessness here is really 31%": a
	// claim the speaker denies.
	sentFrom, _ := dt.sentence(dt.sent[qTok])
	for _, m := range dt.find(x.w.disbelief, sentFrom, qTok) {
		if !figureIn(st.qs, m[1], qTok) {
			return reject("", stepModality, "a claim denied (%s)", dt.text(st.d.Text, m))
		}
	}
	// "has crossed the feared 35% threshold, bringing the rate to 35.3%":
	// a line to cross, not a level (a bound, "below the 2% threshold",
	// stays a bound).
	if m := dt.find(x.w.thresholds, qEnd, min(dt.n, qEnd+1)); len(m) > 0 && q.Bound == "" {
		return reject("", stepChange, "a threshold (%s), not a level", dt.text(st.d.Text, m[0]))
	}

	// Cue: the indicator whose cue is nearest in the sentence.
	best, bestScore := -1, math.MaxFloat64
	var cue [2]int
	sameKind := func(a, b int) bool { return st.kindIn(q.Kind, a, b) }
	for i := range x.inds {
		in := &x.inds[i]
		if !in.accepts(q) {
			continue
		}
		// (Not one a body's head word follows: "the Economy Ministry's
		// target range".)
		// (Nor one inside a phrase that names people or a body:
		// "خبراء اقتصاد", economists.)
		// (Of two cues that end together, the longer: "price growth" over
		// "growth".)
		if score, m, ok := in.cueScore(dt, qTok, qEnd, from, to, st.preposition, sameKind, &x.w); ok && (score < bestScore || best >= 0 && score == bestScore && m[1] == cue[1] && m[0] < cue[0]) && !st.inApposition(m[0]) && !st.headsBody(m) && !st.notCue(m) && !st.ratioWhole(m, qi) {
			best, bestScore, cue = i, score, m
		}
	}
	// "Guatemala, the region's largest economy, grew 3.7%": with no other
	// cue, one in the description of a country whose clause the figure
	// follows right after, two words at most into it; so is a region's
	// description that is the figure's subject: "Southeast Asia's biggest
	// economy grew 3.51%".
	if cs := dt.clauseStart(qTok); best < 0 {
		for i := range x.inds {
			in := &x.inds[i]
			if !in.accepts(q) {
				continue
			}
			score, m, ok := in.cueScore(dt, qTok, qEnd, from, to, st.preposition, sameKind, &x.w)
			if !ok || score >= bestScore || !st.inApposition(m[0]) {
				continue
			}
			apposed := cs > from && dt.wordsBetween(cs, qTok) <= 2 && dt.cl[m[0]] == dt.cl[cs-1]
			subject := st.described[m[0]] && dt.cl[m[0]] == dt.cl[qTok] && m[1] <= qTok && dt.wordsBetween(m[1], qTok) <= 2
			if apposed || subject {
				best, bestScore, cue = i, score, m
			}
		}
	}
	// "Latvia (from 6.1% to 6.5%), Finland (from 7.2% to 7.7%) and Austria
	// (from 4.9% to 5.3%) each saw unemployment go up": a
	// figure in brackets after a country's name, in a list of such items,
	// takes the cue a few words past the list in its sentence.
	if best < 0 {
		if end := st.bracketListEnd(qTok, to); end > qEnd {
			for i := range x.inds {
				if in := &x.inds[i]; in.accepts(q) && in.Role == RoleStatistic {
					if m := dt.find(in.cues, end, min(to, dt.wordsAhead(end, 6))); len(m) > 0 && !figureIn(st.qs, end, m[0][0]) {
						best, cue = i, m[0]
						break
					}
				}
			}
		}
	}
	// "annual consumer price growth reached 6.5%", "نمو الأسعار", "рост
	// цен": a cue or growth cue of another indicator right before or right
	// after the nearest one names what it measures.
	if best >= 0 {
		near := cue
		for i := range x.inds {
			if i == best || !x.inds[i].accepts(q) {
				continue
			}
			for _, set := range []*phraseSet{x.inds[i].cues, x.inds[i].growth} {
				for _, m := range dt.find(set, max(from, near[0]-4), min(to, near[1]+4)) {
					// (Not "growth at current prices": nominal growth.)
					// (Nor is a closing bracket a gap: "consumer price
					// index (CPI) growth".)
					// (Nor a verb between the other cue and a bare growth
					// word after it: "the CPI showed growth of
					// 3.9% last year".)
					touches := m[1] == near[0] || m[0] == near[1] || m[1] < near[0] && dt.wordsBetween(m[1], near[0]) == 0 && dt.bracketed(max(0, m[0]-1), min(dt.n, near[0]+1)) > 0 ||
						set == x.inds[i].cues && near[1]-near[0] == 1 && len(dt.find(x.inds[best].growth, near[0], near[1])) == 0 && m[1] == near[0]-1 && dt.wordsBetween(m[1], near[0]) == 1 && !dt.isPrep(m[1]) && len(dt.find(x.w.and, m[1], near[0])) == 0
					if touches && len(dt.find(x.w.nominal, max(0, m[0]-1), min(dt.n, m[1]+2))) == 0 {
						best, cue = i, m
					}
				}
			}
		}
	}
	var carried []string
	attached := false // carried is the country named right before the figure
	context := false
	// The indicator of the sentence's figure before, over the nearest cue,
	// when the figure stands for it: an anaphor between the cue and the
	// figure ("… التضخم عند 7،5% وهي ذات النسبة التي سجلها الاقتصاد خلال
	// جويلية عقب وتيرة طالت المؤشر الذي ارتفع من 6،9%"), or a comparison
	// right before the figure, whatever noun follows it ("Consumer prices
	// rose 5% last month from a year earlier, compared with a 5.7% growth
	// tallied in October").
	if prevInd := st.lastKind[sentKind{sent, q.Kind}]; best >= 0 && prevInd != "" && prevInd != x.inds[best].ID {
		anaphor := cue[1] <= qTok && slices.ContainsFunc(dt.find(x.w.anaphor, cue[1], qTok), func(m [2]int) bool { return !otherFigureIn(st.qs, m[1], qTok, q.Kind) })
		compared := cue[0] >= qEnd && slices.ContainsFunc(dt.find(x.w.compare, max(from, qTok-4), qTok), func(m [2]int) bool { return dt.wordsBetween(m[1], qTok) <= 1 })
		if i := x.indicatorOf(prevInd, q); i >= 0 && (anaphor || compared) {
			best = i
		}
	}
	// (Not past another subject the sentence names: "China's investment
	// … rose 77.6% against the figure in 2022, to $4.47 billion".)
	otherSubject := len(dt.find(x.w.subjects, from, qTok)) > 0
	// A comparison figure with no cue of its own takes the money indicator
	// of the sentence before ("the $190.3 billion recorded in 2022").
	if best < 0 && q.Kind == quantity.Money && sent > 0 && !otherSubject && st.lastKind[sentKind{sent - 1, quantity.Money}] != "" && len(dt.find(x.w.compare, from, qTok)) > 0 {
		if i := x.indicatorOf(st.lastKind[sentKind{sent - 1, quantity.Money}], q); i >= 0 {
			best, context = i, true
		}
	}
	// "В августе показатель составлял 10,5%": the figure named just before;
	// also after a contrast that opens the sentence ("بلغ 6.07% في العام
	// 2018. في حين بلغ -0.82% في العام 2016").
	opensWithContrast := slices.ContainsFunc(dt.find(x.w.contrast, from, min(qTok, from+3)), func(m [2]int) bool { return m[0] == from })
	// (Also after the figure itself said again: "The 2.7 percent
	// increase follows a 2.5 percent annual increase in …".)
	restated := func() bool {
		p, ok := st.lastObs[sent-1]
		i, j := within(st.qs, quantityTok, from, qTok)
		return ok && slices.ContainsFunc(st.qs[i:j], func(o quantity.Quantity) bool {
			return o.Kind == q.Kind && o.Kind != quantity.Date && o.Value == p.Value && o.Unit == p.Unit
		})
	}
	restates := false // the figure's sentence opens by restating the observation before
	if best < 0 && sent > 0 && st.lastKind[sentKind{sent - 1, q.Kind}] != "" && !otherSubject {
		anaphor := len(dt.find(x.w.anaphor, from, qTok)) > 0 || opensWithContrast
		if restates = !anaphor && restated(); anaphor || restates {
			if i := x.indicatorOf(st.lastKind[sentKind{sent - 1, q.Kind}], q); i >= 0 && st.anaphorFits(from, qTok, i) {
				best, carried, context = i, st.lastObs[sent-1].Entities, true
			}
		}
	}
	// "… held the ninth summit. The eighth took place in Buenos Aires",
	// "Второе заседание прошло в мае, первое — в январе 2024 года": an
	// ordinal whose noun is left out, lower than the meeting just numbered
	// in its sentence or the one before, is an earlier meeting of it.
	// (Not an aside after a dash: "визитом — первым в Латвию".)
	elided := false
	aside := qTok > 0 && strings.ContainsRune("-–—", dt.sc.Punct(qTok-1))
	// So is one followed by the last word of the meeting's name: "… held
	// the seventh joint session. The sixth session was held in Riga".
	if best < 0 && q.Kind == quantity.Ordinal && !aside && qEnd < dt.n {
		bare := dt.sc.Punct(qEnd) != 0 && dt.sc.Punct(qEnd) != '(' || dt.startsAt(x.w.elidedEvent, qEnd)
		// (The name's last word reaches past a sentence with no ordinal:
		// "… the seventh joint session. Silina arrived on Thursday. The
		// sixth session was held in Riga".)
		for _, s := range []int{sent, sent - 1, sent - 2} {
			if s < 0 || s == sent-2 && (bare || st.lastKind[sentKind{sent - 1, quantity.Ordinal}] != "") {
				break
			}
			p, ok := st.lastObs[s]
			if id := st.lastKind[sentKind{s, quantity.Ordinal}]; id != "" && ok && p.Indicator == id && p.Value > q.Value {
				if i := x.indicatorOf(id, q); i >= 0 && x.inds[i].Role == RoleMeeting && (bare || st.namesCueHead(&x.inds[i], s, qTok, qEnd)) {
					best, carried, context, elided = i, p.Entities, true, true
				}
				break
			}
		}
	}
	// "…отказался от повышения ключевой ставки. Показатель остался на
	// уровне 21%": an anaphor whose sentence before names one indicator
	// that takes the figure, without a figure of its own.
	// (Nor past a subject of its own: "Chile's exports rose 4% in May to
	// $12 million; in June it was up 3% to $11 million" — "it" is the
	// exports.)
	if best < 0 && sent > 0 && len(dt.find(x.w.anaphor, from, qTok)) > 0 && !otherSubject {
		// (Not in the clause that says who said it: "…, сообщили в
		// пресс-службе Министерства экономики", nor a cause: "снижал
		// ставку, повышенную из-за инфляции".)
		// (But what was said is no attribution: "the office said that
		// inflation eased", "said inflation eased".)
		notSaid := func(m [2]int) bool {
			for _, a := range dt.find(x.w.attrib, dt.clauseStart(m[0]), dt.clauseEnd(m[0])) {
				if a[1] <= m[0] && (dt.wordsBetween(a[1], m[0]) == 0 || len(dt.find(x.w.complementizer, a[1], m[0])) > 0) {
					continue
				}
				return false
			}
			return !dt.endsAt(x.w.cause, m[0], 1)
		}
		// "تباطأ ارتفاع مؤشر أسعار المستهلكين … . وذكرت الدائرة أن المؤشر
		// ارتفع 0.3% … . وخلال 12 شهرا ارتفع المؤشر ثلاثة بالمئة": back over
		// sentences that go on with the same anaphor and name no indicator,
		// up to three.
		for s := sent - 1; s >= 0 && s >= sent-4; s-- {
			pa, pb := dt.sentence(s)
			if i := st.namedIn(q, pa, pb, notSaid); i >= 0 {
				if st.anaphorFits(from, qTok, i) {
					best, context = i, true
				}
				break
			}
			// (Past a short sentence that only says who reported it:
			// "Цены … выросли на 0,4% к февралю. Об этом сообщил Белстат.
			// При этом годовая составила 5,2%".)
			if st.attributionOnly(s) {
				continue
			}
			// (Or a short reply with no figure: "… reached $4 billion. 'No,
			// more,' the president said. He added that in 2024 this figure
			// was about $9 billion".)
			// (Not a question, which names a topic of its own: "Q: How far
			// have rates come down? A: … the rate stood at 13%".)
			if i, j := within(st.qs, quantityTok, pa, pb); i == j && dt.wordsBetween(pa, pb) <= 8 && !dt.punctIn('?', pa, pb) {
				continue
			}
			if len(dt.find(x.w.anaphor, pa, pb)) == 0 || st.namedIn(q, pa, pb, func([2]int) bool { return true }) >= 0 {
				break
			}
		}
	}
	// "… этот показатель равен 17,5%. В 2017-м – 14,4%, в 2016-м – 5,7%":
	// a clause of a date and a figure alone goes on with the indicator of
	// the figure before, in its sentence or the one before.
	// (Nor past another subject.)
	if best < 0 && st.elliptic(qi) && !otherSubject {
		for _, s := range []int{sent, sent - 1} {
			if s >= 0 && st.lastKind[sentKind{s, q.Kind}] != "" {
				if i := x.indicatorOf(st.lastKind[sentKind{s, q.Kind}], q); i >= 0 {
					best, context = i, true
				}
				break
			}
		}
	}
	// "весной ключевая ставка держалась на уровне 9%, но рост цен
	// заставил банк осенью поднять ее до 12%": an anaphor in the figure's
	// own clause, when nothing in the sentence names what the figure
	// measures, stands for the figure before it in the sentence; so does a
	// comparison a few words before the figure ("rose 2.9%, set against
	// a 1.9% gain in the first quarter").
	if prevInd := st.lastKind[sentKind{sent, q.Kind}]; best < 0 && prevInd != "" && !otherSubject {
		cs := dt.clauseStart(qTok)
		compared := slices.ContainsFunc(dt.find(x.w.compare, max(from, qTok-5), qTok), func(m [2]int) bool { return dt.wordsBetween(m[1], qTok) <= 3 && !figureIn(st.qs, m[1], qTok) })
		if compared || slices.ContainsFunc(dt.find(x.w.anaphor, cs, qTok), func(m [2]int) bool { return !otherFigureIn(st.qs, m[1], qTok, q.Kind) }) {
			if i := x.indicatorOf(prevInd, q); i >= 0 && st.anaphorFits(cs, qTok, i) {
				best = i
			}
		}
	}
	// "Annual inflation since February 2020:" then lines "March 2021: -2%",
	// "February 2021: -3%": each line takes the one indicator its heading
	// names.
	if best < 0 {
		if h := st.listHeading(sent); h >= 0 {
			ha, hb := dt.sentence(h)
			if i := st.namedIn(q, ha, hb, func([2]int) bool { return true }); i >= 0 {
				best, context = i, true
			}
		}
	}
	// "Армстат отмечает новое ускорение инфляции. Цены в октябре
	// поднялись … на 3,7% в годовом выражении": a word of growth of an indicator
	// ("prices", "цены") with its basis, right after a sentence that names
	// that one indicator and no figure, is of it.
	if best < 0 && sent > 0 && !otherSubject {
		pa, pb := dt.sentence(sent - 1)
		if i := st.namedIn(q, pa, pb, func([2]int) bool { return true }); i >= 0 && !figureIn(st.qs, pa, pb) {
			if in := &x.inds[i]; in.growth.len() > 0 && in.basis.len() > 0 && len(dt.find(in.growth, from, qTok)) > 0 && len(dt.find(in.basis, from, to)) > 0 {
				best, context = i, true
			}
		}
	}
	// "Unemployment rose to 1.2%, a peak not seen since the 1.1% registered
	// in June 2021", "مقابل 58% في العام 2023": a percent with
	// no cue, compared with or moved from, with a date of its own right
	// after it, is a value of the indicator of the figure before it, in its
	// sentence or the one before.
	// So is the figure such a one is compared with, dated in its own clause
	// ("Over 2025 prices rose 5.4%, against 7% in 2024").
	if best < 0 && q.Kind == quantity.Percent && !otherSubject {
		dates := inSentences(dt, st.dates, dateTok, sent, sent+1)
		anchored := func(a, b int) bool { // the figure at tokens [a, b)
			own := slices.ContainsFunc(dates, func(d dateRef) bool {
				return dt.cl[d.tok] == dt.cl[a] && d.tok >= b && dt.wordsBetween(b, d.tok) <= 3 && !figureIn(st.qs, b, d.tok)
			})
			lo := max(from, dt.wordsBack(a, 4))
			onlyWords := func(m [2]int) bool { return !figureIn(st.qs, m[1], a) }
			return own && slices.ContainsFunc([]*phraseSet{x.w.compare, x.w.from, x.w.since}, func(set *phraseSet) bool { return slices.ContainsFunc(dt.find(set, lo, a), onlyWords) })
		}
		head := false
		if k := slices.IndexFunc(st.qs[qi+1:], func(o quantity.Quantity) bool { return o.Kind != quantity.Date }); k >= 0 {
			n := st.qs[qi+1+k]
			head = n.Kind == q.Kind && n.Token < to && dt.wordsBetween(qEnd, n.Token) <= 3 && len(dt.find(x.w.compare, qEnd, n.Token)) > 0 && anchored(n.Token, n.EndToken) &&
				slices.ContainsFunc(dates, func(d dateRef) bool { return dt.cl[d.tok] == dt.cl[qTok] && d.tok < qTok })
		}
		if head || anchored(qTok, qEnd) {
			for _, s := range []int{sent, sent - 1} {
				if s >= 0 && st.lastKind[sentKind{s, q.Kind}] != "" {
					if i := x.indicatorOf(st.lastKind[sentKind{s, q.Kind}], q); i >= 0 {
						best, context = i, true
					}
					break
				}
			}
		}
	}
	// "Annual inflation was highest in Turkey (9.6%). Second came Hungary
	// (7.1%), and Poland (6.2%) was third": a percent with no cue, right
	// after a country's name (in brackets, past a dash or a colon), in one
	// of the three sentences after one that gave a figure of an indicator,
	// none of them with a figure of its kind that became none, is that
	// indicator's, for the country named.
	if best < 0 && q.Kind == quantity.Percent && !otherSubject && sent > 0 {
		if code := st.namedRightBefore(qTok); code != "" {
			for s := sent - 1; s >= max(0, sent-3); s-- {
				p, ok := st.lastObs[s]
				if !ok {
					// (Not past a sentence with a figure of this kind that
					// became none: "Youth unemployment was highest in
					// Spain (28%)".)
					if a, b := dt.sentence(s); st.kindIn(q.Kind, a, b) {
						break
					}
					continue
				}
				if i := x.indicatorOf(p.Indicator, q); i >= 0 && x.inds[i].Role == RoleStatistic && x.inds[i].Entities == 1 {
					best, carried, context, attached = i, []string{code}, true, true
				}
				break
			}
		}
	}
	if best < 0 {
		if !st.explain {
			return cand{}, Decision{Step: stepCue} // (the most common end: no words made for nobody)
		}
		article := "a"
		if strings.ContainsRune("aeiou", rune(string(q.Kind)[0])) {
			article = "an"
		}
		return reject("", stepCue, "no cue of an indicator that takes %s %s in the sentence", article, q.Kind)
	}
	pairedByCue := false
	if i, m, ok := st.respectively(qi, q, from); ok {
		best, cue, pairedByCue = i, m, true // "growth and unemployment were 6.8% and 5.8% respectively"
	}
	in := &x.inds[best]
	// "40% of payments are now made by card": no word of the
	// indicator's context (a currency) in the sentence or the one before.
	if ctx := in.context[st.d.Lang]; ctx != nil {
		a := from
		if sent > 0 {
			a, _ = dt.sentence(sent - 1)
		}
		if len(dt.find(ctx, a, to)) == 0 {
			return reject(in.ID, stepCue, "no word of the indicator's context in the sentence or the one before")
		}
	}
	// "three out of seven members wanted a hold": a share of people,
	// no rate a decision sets.
	if share && in.Role == RoleDecision {
		return reject(in.ID, stepCue, "a fraction in words (%s) is a share, no rate a decision sets", q.Text)
	}
	if context {
		cue = [2]int{qTok, qTok}
		// The anaphor stands for the cue: "المعدل الشهري سجل 1.7%, مقارنة
		// بـ1.2%" keeps its qualifier for every figure it leads.
		if m := dt.find(x.w.anaphor, from, qTok); len(m) > 0 {
			cue = m[len(m)-1]
		}
	}
	// "trade reached $19bn; Russia bought $11bn and China $8bn": money
	// listed after another sum of the indicator, far from the cue, is a part.
	// A sum with a date of its own in its clause is the next value of a
	// series ("… $240bn in 2023, then in 2024 a record $244.8bn"), no part;
	// so is one "a year earlier".
	// (Also across a dash: "…, а по итогам прошлого года — около 36 млрд".)
	ownDate := slices.ContainsFunc(inSentences(dt, st.dates, dateTok, dt.sent[qTok], dt.sent[qTok]+1), func(d dateRef) bool {
		return dt.cl[d.tok] == dt.cl[qTok] || d.tok < qTok && d.tok >= dt.clauseAcrossDash(qTok)
	})
	prev := st.previous(qi)
	ranked := "" // the country of a ranking's item
	if q.Kind == quantity.Money && !context && !ownDate && !x.yearEarlier(dt, qTok, qEnd) && dt.cl[cue[0]] != dt.cl[qTok] && cue[1] <= qTok && !prev {
		for k := qi - 1; k >= 0 && st.qs[k].Token >= cue[1]; k-- {
			// (Not after the size of a change: "вырос на 1,2 млрд долларов,
			// или на 25%, до 6 млрд долларов".)
			if _, sized := st.restatesPercent(k); st.qs[k].Kind == quantity.Money && in.accepts(st.qs[k]) && !sized && !st.change(in, st.qs[k].Token, st.qs[k].EndToken, cue).change {
				// (Not the next item of a ranking that names its country:
				// "…, followed by Canada at $62.4 billion and China at
				// $50.1 billion".)
				// (Nor the next partner's: "товарооборот с КНР достиг 17,4
				// млрд долларов, с Россией — 2,5 млрд".)
				after := st.qs[k].EndToken
				// (Nor its equivalent in another currency: "RM98 billion
				// (US$21.4 billion)", "…, equivalent to $2 billion".)
				// (Past its date too: "310 مليارات درهم في 2024، أي ما يعادل
				// نحو 84.4 مليار دولار".)
				nextFigure := !slices.ContainsFunc(st.qs[k+1:qi], func(o quantity.Quantity) bool { return o.Kind != quantity.Date })
				if nextFigure && x.equivalentAt(dt, after, qTok, 8) {
					break
				}
				// (Nor a level of today after one of the past: "worth $900
				// million in 2005, is now thought to exceed $5 billion".)
				if len(dt.find(x.w.present, after, qTok)) > 0 {
					break
				}
				// (Nor the level a move from it reaches: "going from $61
				// billion to $48 billion".)
				if dt.endsAt(x.w.from, st.qs[k].Token, 0) && (dt.endsAt(x.w.toLevel, qTok, 0) || dt.endsAt(x.w.rangeJoin, qTok, 0)) {
					break
				}
				// (Nor one a relative clause says was reached: "… по
				// сравнению с 2023 годом, когда он достиг 56,8 млрд
				// долларов".)
				if rel := dt.find(x.w.relative, after, qTok); len(rel) > 0 && len(dt.find(x.w.level, rel[len(rel)-1][1], qTok)) > 0 {
					break
				}
				partner := func(m mention) bool { return !m.person && st.partnerAt(m.tok) }
				i, j := within(st.ments, mentionTok, after, qTok)
				ci, cj := within(st.ments, mentionTok, cue[0], st.qs[k].Token)
				partnerItem := slices.ContainsFunc(st.ments[i:j], partner) && slices.ContainsFunc(st.ments[ci:cj], partner)
				if len(dt.find(x.w.ranking, after, qTok)) > 0 || st.rankedAfter(k) || partnerItem {
					if i := slices.IndexFunc(st.ments, func(m mention) bool { return m.tok >= after && m.tok < qTok && !m.person }); i >= 0 {
						ranked = st.ments[i].code
						break
					}
				}
				return reject(in.ID, stepCue, "listed after %s, which the cue %q belongs to", st.qs[k].Text, dt.text(st.d.Text, cue))
			}
		}
	}
	// "the unemployment rate was 3.7%, although barely a third of workers
	// hold adequate jobs": a fraction past the percentage its cue gives is
	// a share of something else.
	if o := st.qs[qi]; o.Kind == quantity.Number && o.Value > 0 && o.Value < 1 && !context && cue[1] <= qTok && st.kindIn(quantity.Percent, cue[1], qTok) {
		return reject(in.ID, stepCue, "a fraction past the percentage the cue %q gives", dt.text(st.d.Text, cue))
	}
	if q.Kind == quantity.Number {
		q.Value /= in.Scale() // in the catalog's unit: 9.1 million barrels per day
	}
	if in.MinValue != 0 && q.Value < in.MinValue && q.Kind != quantity.Money {
		return reject(in.ID, stepValue, "%g is below min_value %g", q.Value, in.MinValue)
	}
	// "The Joint Commission, chaired by the two foreign ministers, will
	// hold its 18th meeting": ministers' meetings, not heads'.
	// (In its sentence, not past a contrast: "… الاجتماع الثالث للمجلس …،
	// فيما عقدت اللجنة التنفيذية، برئاسة وزيري الخارجية، اجتماعها السادس".)
	// (Not a meeting its own name says heads hold: "шестой регулярной
	// встречи глав правительств …, а также 12-го заседания комитета под
	// председательством заместителей".)
	ownHeads := slices.ContainsFunc(dt.find(x.w.heads, qEnd, min(dt.n, qEnd+5)), func(h [2]int) bool { return len(dt.find(x.w.deputy, qEnd, h[0]+1)) == 0 })
	if in.Role == RoleMeeting && !ownHeads && slices.ContainsFunc(st.ministersChair, func(p int) bool {
		return dt.sent[p] == sent && len(dt.find(x.w.contrast, min(p, qTok), max(p, qTok))) == 0
	}) {
		return reject(in.ID, stepQualifier, "a meeting that ministers chair")
	}
	// "the first meeting of the Supreme Interstate Council": a meeting's
	// number 1 only for a body that meets again and again ("their first
	// meeting since 2019" is none).
	// (The body may be named before, with another meeting's number: "الاجتماع
	// الثاني لمجلس التعاون الاستراتيجي … منذ الاجتماع الأول".)
	// (An earlier meeting of a numbered one, its noun left out, is one of
	// the same: "…провели второе совместное заседание. Первое состоялось в
	// мае".)
	if in.Role == RoleMeeting && q.Value == 1 && !elided && len(dt.find(x.w.standingBodies, qEnd, min(dt.clauseEnd(qTok), dt.wordsAhead(qEnd, 10)))) == 0 &&
		!(st.kindIn(quantity.Ordinal, from, qTok) && len(dt.find(x.w.standingBodies, from, qTok)) > 0) {
		return reject(in.ID, stepValue, "a first meeting of no standing body")
	}
	// "on the second day of the summit", "في اليوم الثاني من القمة": an
	// ordinal of a unit of time counts days, not meetings.
	if in.Role == RoleMeeting && q.Kind == quantity.Ordinal && (dt.startsAt(x.w.timeUnits, qEnd) || dt.endsAt(x.w.timeUnits, qTok, 0)) {
		return reject(in.ID, stepValue, "an ordinal of a unit of time (%s), not a meeting's number", q.Text)
	}
	// "meeting for the third time this year", "в третий раз", "للمرة
	// الثالثة": an ordinal that counts occasions.
	// (So is one after "and" that leaves out the noun of such an ordinal
	// before it: "the second trip there this year and the fifth since".)
	if in.Role == RoleMeeting && q.Kind == quantity.Ordinal && (dt.startsAt(x.w.occasions, qEnd) || dt.endsAt(x.w.occasions, qTok, 0) || st.elidedOccasion(qi)) {
		return reject(in.ID, stepValue, "an ordinal of occasions (%s), not a meeting's number", q.Text)
	}
	indexed := false
	if in.MaxValue != 0 && q.Value > in.MaxValue {
		if !st.indexLevel(in, q, cue) {
			return reject(in.ID, stepValue, "%g is above max_value %g", q.Value, in.MaxValue)
		}
		q.Value, indexed = math.Round((q.Value-in.IndexBase)*1e6)/1e6, true
	}

	// "Consumer prices rose 3.8% in October. The growth rate was above the
	// 3% of September": a bare growth word in the sentence after another
	// indicator's figure, with no word of this one's in either, is that
	// indicator's growth.
	if p, ok := st.lastObs[sent-1]; ok && sent > 0 && in.growth.len() > 0 && in.basis.len() == 0 && p.Indicator != in.ID {
		// (Nor a growth named by a phrase of its own: "Thailand's economic
		// growth was revised to 2.6%".)
		// Nor a growth a speaker is reported to speak of, a claim of its
		// own: "وأضاف أن النمو سيتباطأ إلى 1.8% من 4% في 2024".
		named := slices.ContainsFunc(dt.find(in.cues, from, to), func(m [2]int) bool {
			return m[1]-m[0] > 1 || len(dt.find(x.w.attrib, max(from, m[0]-3), m[0])) > 0
		})
		if _, own := st.lastObs[sent]; !own && !named && len(dt.find(in.growth, from, to)) == 0 {
			if pa, pb := dt.sentence(sent - 1); len(dt.find(in.growth, pa, pb)) == 0 {
				// "The CPI rose 1.23% in December. This marked an increase
				// from November’s annual growth of 0.95%": that indicator's
				// value, when it takes the figure and the sentence names
				// its basis.
				// (Or the sentence before names it, and this figure is
				// compared with: "CPI rose 4.4% on the year in May. The
				// growth rate was above April's 4.1%".)
				i := x.indicatorOf(p.Indicator, q)
				compared := slices.ContainsFunc([]*phraseSet{x.w.from, x.w.compare, x.w.than, x.w.comparative}, func(set *phraseSet) bool {
					return slices.ContainsFunc(dt.find(set, max(from, qTok-4), qTok), func(m [2]int) bool { return dt.cl[m[0]] == dt.cl[qTok] })
				})
				if i < 0 || x.inds[i].basis.len() == 0 || len(dt.find(x.inds[i].basis, from, to)) == 0 && !(compared && len(dt.find(x.inds[i].basis, pa, pb)) > 0) {
					return reject(in.ID, stepQualifier, "growth of the %s of the sentence before", p.Indicator)
				}
				in, cue, context = &x.inds[i], [2]int{qTok, qTok}, true
			}
		}
	}
	// "ارتفاع 30% في نمو التجارة بين البلدين", "growth in trade of 12%": a
	// bare growth word right before another indicator's cue is that
	// indicator's growth.
	if in.growth.len() > 0 && in.basis.len() == 0 && cue[1]-cue[0] == 1 && len(dt.find(in.growth, cue[0], cue[1])) == 0 {
		for i := range x.inds {
			if o := &x.inds[i]; o.ID != in.ID && slices.ContainsFunc(dt.find(o.cues, cue[1], min(dt.n, cue[1]+4)), func(m [2]int) bool {
				// (Also past a possessive: "a 19 percent growth of
				// their trade".)
				return m[0] == cue[1] || m[0] == cue[1]+1 && dt.isPrep(cue[1]) || m[0] == cue[1]+2 && dt.isPrep(cue[1]) && dt.endsAt(x.w.their, m[0], 0)
			}) {
				return reject(in.ID, stepQualifier, "growth of the %s named right after it", o.ID)
			}
		}
	}
	// "trade reached $50 billion and recorded growth of 10%": a bare
	// growth word right after another indicator's figure is that
	// indicator's growth.
	if p, ok := st.lastObs[sent]; ok && in.growth.len() > 0 && in.basis.len() == 0 && p.Indicator != in.ID {
		if end := st.sc.TokenAt(p.Span[1]); cue[0] >= end && dt.wordsBetween(end, cue[0]) <= 6 && len(dt.find(in.growth, end, max(qTok, cue[1]))) == 0 {
			return reject(in.ID, stepQualifier, "growth of the %s just named", p.Indicator)
		}
	}

	// "GDP growth for 2023, previously published as 2.9%, was revised to
	// 3.2%": a value since revised.
	// (Or "first put growth at 0.5%, later revising it to 0.7%".)
	if dt.endsAt(x.w.superseded, qTok, 1) || slices.ContainsFunc(dt.find(x.w.revisedAfter, qEnd, min(dt.n, qEnd+6)), func(m [2]int) bool { return m[0] <= qEnd+1 }) {
		return reject(in.ID, stepPrevious, "a value since revised")
	}
	// "CORRECTION: An earlier version of this story gave October inflation
	// as 3.8%": a figure the text withdraws.
	if m := dt.find(x.w.earlierVersion, dt.clauseStart(qTok), qTok); len(m) > 0 {
		return reject(in.ID, stepPrevious, "withdrawn by a correction (%s)", dt.text(st.d.Text, m[0]))
	}
	// "was revised upwards to 4.3 per cent from the 4.2 per cent initially
	// reported": the value a revision in its clause moved from.
	if r := dt.find(x.w.revision, dt.clauseStart(qTok), qTok); len(r) > 0 && slices.ContainsFunc(dt.find(x.w.from, r[0][1], qTok), func(m [2]int) bool {
		return m[1] >= qTok-1 && !figureIn(st.qs, m[1], qTok)
	}) {
		return reject(in.ID, stepPrevious, "the value a revision moved from (%s)", dt.text(st.d.Text, r[0]))
	}
	// "0.3% below the initial estimate of 5.2%": the size of a revision.
	if m := dt.find(x.w.fromEstimate, qEnd, min(dt.n, qEnd+3)); len(m) > 0 && m[0][0] == qEnd {
		return reject(in.ID, stepChange, "the size of a revision of an estimate (%s)", dt.text(st.d.Text, m[0]))
	}
	// "… rose to 2.1% in October and stayed near 2% after that": a figure
	// of the time after the date named.
	if m := dt.find(x.w.thereafter, qEnd, min(dt.clauseEnd(qTok), qEnd+2)); len(m) > 0 && !slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.tok >= qEnd && d.tok < m[0][0] }) {
		return reject(in.ID, stepPeriod, "a figure of the time after the date named (%s)", dt.text(st.d.Text, m[0]))
	}

	// "The monthly rate without food and energy was 0.23%. Its annual rate
	// went from 2.16% …": an anaphor stands for the figure before, and so
	// takes its qualifier. (Not the whole's figure it is compared with:
	// "Это выше, чем в целом по стране (7,2%)"; nor one said right after
	// to be the whole population's: "سجل هذا المعدل 0,6% بين السكان".)
	// (Not when the sentence before observed the indicator for a period
	// this one names again: "بلغت نسبة النمو خلال الربع الثالث 2.9% بفضل
	// قطاع الخدمات الذي نما 4.3%. وتحققت هذه النسبة خلال الربع الثالث بعد
	// أن كانت 2.3% …" — the anaphor stands for the observation.)
	// "Young workers drove much of the gain. Their unemployment rate
	// eased to 12.8%": "their" before the cue stands for the group the
	// sentence before names.
	if their := dt.find(x.w.their, max(0, cue[0]-3), cue[0]); sent > 0 && len(their) > 0 && their[len(their)-1][1] == cue[0] {
		pa, pb := dt.sentence(sent - 1)
		if m := dt.find(x.w.subgroups, pa, pb); len(m) > 0 {
			return reject(in.ID, stepQualifier, "qualifier: %s (the group %q stands for)", dt.text(st.d.Text, m[0]), dt.text(st.d.Text, their[len(their)-1]))
		}
	}
	if context && sent > 0 && !st.restatesObservation(in, sent) && len(dt.find(x.w.anaphor, from, qTok)) > 0 && !slices.ContainsFunc(dt.find(x.w.total, from, min(dt.clauseEnd(qTok), qEnd+4)), func(m [2]int) bool { return !figureIn(st.qs, m[1], qTok) && !figureIn(st.qs, qEnd, m[0]) }) {
		for k := qi - 1; k >= 0 && dt.sent[st.qs[k].Token] >= sent-1; k-- {
			if dt.sent[st.qs[k].Token] == sent-1 && st.qs[k].Kind == q.Kind {
				// (Not a group's, when the anaphor's sentence names countries
				// of its own: "… the euro area rate was 7.5%. The lowest
				// annual rates were in Spain (7.2%) and Sweden (6.1%)".)
				// (Nor a change on the period before's, when the anaphor's
				// sentence names the indicator's own basis: "The annual
				// rate was 2.1%".)
				if w, ok := st.qualified[k]; ok && w.indicator == in.ID && !(w.group && st.namesCountry(sent)) && st.keepsQualifier(w, in, from, to) {
					st.qualified[qi] = w
					return reject(in.ID, stepQualifier, "qualifier: %s (of the figure the anaphor stands for)", w.word)
				}
				// (Not one its own clause dates in the past: "По прогнозу,
				// безработица в этом году опустится до 3,9%. В прошлом году
				// она была 4,2%".)
				if m, ok := st.projected[k]; ok && !st.pastInClause(qTok) {
					st.projected[qi] = m
					return reject(in.ID, stepModality, "projected: %s (of the figure the anaphor stands for)", m)
				}
				break
			}
		}
	}
	// "سجل تضخم الأغذية 410% قياسا إلى سنة 2015، وتضخما سنويا قدره 33%": a
	// cue without its article right after a joined "and", no verb of level
	// or change before the figure, reads the figure before it in the
	// sentence again, and takes its qualifier.
	if cs := dt.clauseStart(qTok); cs > from && cue[0] >= cs && cue[0] <= cs+1 && cue[1] <= qTok && st.opensWithAnd(cs) && len(dt.find(x.w.and, cs, cs+1)) == 0 && !st.definite(cue[0], cs) &&
		len(dt.find(x.w.level, cs, qTok))+len(dt.find(x.w.rise, cs, qTok))+len(dt.find(x.w.fall, cs, qTok)) == 0 {
		for k := qi - 1; k >= 0 && st.qs[k].Token >= from; k-- {
			if st.qs[k].Kind == quantity.Date {
				continue
			}
			if w, ok := st.qualified[k]; ok && w.indicator == in.ID && st.keepsQualifier(w, in, cs, dt.clauseEnd(qTok)) && st.qs[k].Kind == q.Kind {
				st.qualified[qi] = w
				return reject(in.ID, stepQualifier, "qualifier: %s (of the figure before, which the joined \"and\" goes on from)", w.word)
			}
			break
		}
	}
	// "В Свердловской области … замедление инфляции до 8,5%. … «В ноябре
	// инфляция в годовом выражении составила 8,5%»": a sentence that names
	// no country restates a figure of a place of the sentences just before
	// with the same value.
	if !slices.ContainsFunc(st.ments, func(m mention) bool { return dt.sent[m.tok] == sent }) {
		for k := qi - 1; k >= 0 && dt.sent[st.qs[k].Token] >= sent-3; k-- {
			if w, ok := st.qualified[k]; ok && w.indicator == in.ID && dt.sent[st.qs[k].Token] < sent && st.qs[k].Kind == q.Kind && st.qs[k].Value == q.Value && st.x.place(w.word) {
				st.qualified[qi] = w
				return reject(in.ID, stepQualifier, "qualifier: %s (restating the figure before)", w.word)
			}
		}
	}
	// "GDP grew 30% last year, driven by growth of oil output of 9.6%": a
	// figure of what drove the indicator's, named after it.
	// (Not one of another indicator, named after the cause word: "повысил
	// ставку до 16% на фоне ускорения инфляции до 9,4% в мае".)
	for _, m := range dt.find(x.w.cause, from, qTok) {
		if p, ok := st.lastObs[sent]; ok && p.Indicator != in.ID && cue[0] >= m[1] && cue[1] <= qTok {
			continue
		}
		if dt.cl[m[0]] == dt.cl[qTok] && st.kindIn(q.Kind, dt.clauseStart(m[0]), m[0]) && len(dt.find(x.w.contrast, m[1], qTok)) == 0 {
			return reject(in.ID, stepQualifier, "a figure of what drove the one before it (%s)", dt.text(st.d.Text, m))
		}
	}
	// "the yuan's share in Russia's import settlements jumped to 23%": the
	// share of one currency.
	if in.Entities == 2 && q.Kind == quantity.Percent {
		// (Also just after it: "более половины расчетов проходят в рублях".)
		for _, m := range dt.find(x.w.oneCurrency, dt.clauseStart(qTok), min(dt.clauseEnd(qTok), qEnd+10)) {
			// (Nor a pair joined by "or": "settled in yuan or Fiji dollars".)
			if !st.opensWithAnd(m[1]) && !(m[1]+1 < dt.n && st.opensWithAnd(m[1]+1)) && !dt.startsAt(x.w.restated, m[1]) {
				return reject(in.ID, stepQualifier, "the share of one currency (%s)", dt.text(st.d.Text, m))
			}
		}
	}
	// "futures priced a 90% chance of a hike", "с вероятностью 80%": the
	// odds of an event.
	// (So is the figure such odds moved from: "a 90% chance …, up from
	// about 60% on Monday".)
	if q.Kind == quantity.Percent && (dt.startsAt(x.w.probability, qEnd) || dt.endsAt(x.w.probability, qTok, 0) ||
		dt.endsAt(x.w.from, qTok, 3) && slices.ContainsFunc(st.qs[:qi], func(o quantity.Quantity) bool {
			return o.Kind == quantity.Percent && dt.sent[o.Token] == dt.sent[qTok] && dt.startsAt(x.w.probability, o.EndToken)
		})) {
		return reject(in.ID, stepValue, "a probability, not a value")
	}
	// "about 50 percent of the 2022 and 2023 growth came from services":
	// a share of the change the indicator measures, not its value. (A
	// level can be a share itself: "90% of the settlements".)
	if q.Kind == quantity.Percent && in.Basis != "level" && dt.startsAt(x.w.shareOf, qEnd) {
		ce := min(dt.clauseEnd(qTok), qEnd+8)
		if m := append(dt.find(in.cues, qEnd, ce), dt.find(in.growth, qEnd, ce)...); len(m) > 0 && !figureIn(st.qs, qEnd, m[0][0]) {
			return reject(in.ID, stepQualifier, "a share of %s, not its value", dt.text(st.d.Text, m[0]))
		}
	}
	// "12 billion baht of Thailand's trade with Laos is settled in baht
	// and kip": a part of the indicator named right after the sum.
	// So is the next sum of its list: "9 billion baht of trade with
	// Cambodia and 4 billion baht with Myanmar were settled in …".
	if q.Kind == quantity.Money && dt.startsAt(x.w.partOf, qEnd) {
		ce := min(dt.clauseEnd(qTok), qEnd+8)
		if m := dt.find(in.cues, qEnd, ce); len(m) > 0 && !figureIn(st.qs, qEnd, m[0][0]) && dt.wordsBetween(qEnd, m[0][0]) <= 4 {
			w := "a part of " + dt.text(st.d.Text, m[0])
			st.qualified[qi] = qualified{indicator: in.ID, word: w}
			return reject(in.ID, stepQualifier, "%s, not its value", w)
		}
	}
	if k := qi - 1; q.Kind == quantity.Money && k >= 0 && st.qs[k].Kind == quantity.Money && dt.sent[st.qs[k].Token] == sent {
		if w, ok := st.qualified[k]; ok && w.indicator == in.ID && strings.HasPrefix(w.word, "a part of ") {
			if kEnd := st.qs[k].EndToken; qTok-kEnd <= 10 && len(dt.find(x.w.and, kEnd, qTok)) > 0 && len(dt.find(in.cues, kEnd+4, qTok)) == 0 {
				st.qualified[qi] = w
				return reject(in.ID, stepQualifier, "%s (as the sum before it), not its value", w.word)
			}
		}
	}
	// "Real GDP fell 0.4% q/q in July-September, or 1.8% at an annualised
	// pace", "или на 1,6% в пересчете на годовые темпы": the figure
	// before, said again on another basis.
	if k := qi - 1; qi > 0 && q.Kind != quantity.Date {
		for k > 0 && st.qs[k].Kind == quantity.Date {
			k--
		}
		if o := st.qs[k]; o.Kind == q.Kind && dt.sent[o.Token] == sent {
			if oEnd := o.EndToken; qTok-oEnd <= 10 && slices.ContainsFunc(dt.find(x.w.restated, oEnd, qTok), func(m [2]int) bool {
				return (m[1] == qTok || m[1] == qTok-1 && dt.sc.Punct(m[1]) == 0) && m[0] > oEnd && strings.ContainsRune(",،", dt.sc.Punct(m[0]-1))
			}) {
				return reject(in.ID, stepQualifier, "the figure before (%s) said again on another basis", o.Text)
			}
		}
	}
	if o, ok := st.restatesPercent(qi); ok && !in.accepts(o) {
		return reject(in.ID, stepChange, "the percentage before (%s) said as a sum: the size of a change or a part, not a level", o.Text)
	}
	// Qualifier: a subgroup or another measure than the headline.
	// (A cue in brackets glosses a term before it, whose qualifier is the
	// figure's too: "ارتفع الرقم القياسي لأسعار المستهلك في المناطق الحضرية
	// … بمعدل سنوي (التضخم) بلغ 66.7%".)
	if cue[0] > 0 && cue[1] < dt.n && dt.sc.Punct(cue[0]-1) == '(' && dt.sc.Punct(cue[1]) == ')' {
		sa, _ := dt.sentence(sent)
		if ms := dt.find(in.cues, sa, cue[0]-1); len(ms) > 0 && !st.kindIn(quantity.Percent, ms[0][1], qTok) {
			if w := st.qualifier(qi, in, qTok, qEnd, ms[0], prev); w != "" {
				st.qualified[qi] = qualified{indicator: in.ID, word: w}
				return reject(in.ID, stepQualifier, "qualifier: %s (of the term the cue in brackets glosses)", w)
			}
		}
	}
	if w := st.qualifier(qi, in, qTok, qEnd, cue, prev); w != "" {
		// ("month-on-month" is a change on the period before.)
		onPrev := slices.ContainsFunc(dt.find(x.w.onPrevious, from, to), func(m [2]int) bool { return strings.EqualFold(dt.text(st.d.Text, m), w) })
		st.qualified[qi] = qualified{indicator: in.ID, word: w, onPrevious: onPrev}
		return reject(in.ID, stepQualifier, "qualifier: %s", w)
	}
	// "… co-chaired the Third Meeting of the Joint Commission. The Second
	// Meeting was held in 2018": a meeting numbered lower right after one
	// the sentence before set apart is an earlier one of it.
	if in.Role == RoleMeeting && q.Kind == quantity.Ordinal {
		k := qi - 1
		for k >= 0 && st.qs[k].Kind != quantity.Ordinal && dt.sent[st.qs[k].Token] >= sent-1 {
			k--
		}
		if k >= 0 && st.qs[k].Kind == quantity.Ordinal && st.qs[k].Value > q.Value && dt.sent[st.qs[k].Token] == sent-1 {
			if w, ok := st.qualified[k]; ok && w.indicator == in.ID {
				st.qualified[qi] = w
				return reject(in.ID, stepQualifier, "an earlier meeting of the one before: %s", w.word)
			}
		}
	}
	// "الناتج المحلي الإجمالي بالأسعار الجارية … بزيادة 28.4%": the growth
	// of a quantity named at current prices is nominal, unless real terms
	// are named after ("… while in real terms it grew 16%").
	if in.growth.len() > 0 {
		nominal := [2]int{-1, -1}
		// (Also a cue after the figure: "7.2% هي نسبة نمو الناتج المحلي
		// بقيمته الاسمية".)
		upto := qTok
		if cue[0] >= qEnd {
			upto = to
		}
		for _, c := range dt.find(in.growth, from, upto) {
			// (Past an abbreviation in brackets: "валового внутреннего
			// продукта (ВВП) в текущих ценах".)
			end := min(qTok, c[1]+3)
			if c[1] < dt.n && dt.sc.Punct(c[1]) == '(' {
				end = min(qTok, c[1]+6)
			}
			if c[0] >= qEnd {
				end = min(to, c[1]+6)
			}
			for _, m := range dt.find(x.w.nominal, c[1], end) {
				if m[0] > nominal[0] {
					nominal = m
				}
			}
			// (Or an opening phrase just before the cue: "…; in current
			// prices, GDP rose 7.9%".)
			if a := max(from, c[0]-5); !figureIn(st.qs, a, c[0]) {
				for _, m := range dt.find(x.w.nominal, a, c[0]) {
					if m[0] > nominal[0] {
						nominal = m
					}
				}
			}
		}
		if nominal[0] >= 0 && len(dt.find(x.w.real, nominal[1], qTok)) == 0 {
			return reject(in.ID, stepQualifier, "qualifier: %s (nominal)", dt.text(st.d.Text, nominal))
		}
	}
	// A value compared with takes the qualifier of the figure just before
	// it in its sentence.
	// "… الأساسي بلغ 0.79% في سبتمبر، مقارنة بمعدل تضخم قدره 0.23% في
	// أغسطس": so does a figure its clause compares with it.
	// (Not a figure of another place: "выше, чем в целом по стране (7,98%)".)
	// (Nor the whole country's after it: "выше, чем в федеральном округе
	// (2,66%) и в целом по России (3,51%)".)
	// (Also a figure no cue of the indicator labels, after a group its
	// clause names: "цены на услуги выросли на 9%, что выше сентябрьского
	// показателя в 8,5%".)
	// (And an aside in brackets right after it: "… на 1,4% (1,2% в
	// октябре)".)
	// (Also past its date in the brackets: "for rents, 2.1% (May 2024:
	// 2.4%)".)
	pf := qi - 1 // the figure before, past dates
	for pf >= 0 && st.qs[pf].Kind == quantity.Date {
		pf--
	}
	bracketed := qi > 0 && qTok > 0 && dt.sc.Punct(qTok-1) == '(' && st.qs[qi-1].EndToken >= qTok-6 ||
		pf >= 0 && st.qs[pf].EndToken >= qTok-8 && slices.ContainsFunc(st.dates, func(d dateRef) bool {
			return d.tok > 0 && d.tok >= st.qs[pf].EndToken && d.end <= qTok && dt.sc.Punct(d.tok-1) == '(' && !figureIn(st.qs, d.end, qTok)
		})
	// (So does the movement a figure came after: "core prices were up 2.7%
	// on the year, after a 2.9% gain in March", "بعد صعوده 2.9%".)
	after := slices.ContainsFunc(dt.find(x.w.following, max(from, qTok-4), qTok), func(m [2]int) bool { return !figureIn(st.qs, m[1], qTok) && dt.cl[m[0]] == dt.cl[qTok] })
	if _, other := st.otherPlace(qi); !other && (prev || bracketed || after || len(dt.find(x.w.compare, dt.clauseStart(qTok), qTok)) > 0 || len(dt.find(x.w.levelCompared, dt.clauseStart(qTok), qTok)) > 0) {
		for k := qi - 1; k >= 0 && dt.sent[st.qs[k].Token] == sent; k-- {
			if st.qs[k].Kind == q.Kind && len(dt.find(x.w.total, st.qs[k].EndToken, qTok)) > 0 {
				break
			}
			if st.qs[k].Kind == q.Kind {
				// (Not a change on the period before's, when the figure's
				// clause names the indicator's own basis: "أما التضخم السنوي
				// فتراجع 0.5% قياسا إلى الشهر ذاته من العام السابق".)
				if w, ok := st.qualified[k]; ok && st.keepsQualifier(w, in, dt.clauseStart(qTok), dt.clauseEnd(qTok)) {
					st.qualified[qi] = qualified{indicator: in.ID, word: w.word, group: w.group, onPrevious: w.onPrevious}
					return reject(in.ID, stepQualifier, "qualifier: %s (of the figure it is compared with)", w.word)
				}
				if st.shortAt[k] && prev {
					st.shortAt[qi] = true
					return reject(in.ID, stepChange, "a change over a shorter span, as the figure it is compared with")
				}
				if kcs := dt.clauseStart(st.qs[k].Token); len(dt.find(in.cues, kcs, st.qs[k].Token)) == 0 && !figureIn(st.qs, kcs, st.qs[k].Token) {
					if g := slices.DeleteFunc(dt.find(x.w.qualifiers, kcs, st.qs[k].Token), func(m [2]int) bool { return st.inCue(in, m) || st.included(m, kcs) }); len(g) > 0 {
						w := dt.text(st.d.Text, g[0])
						st.qualified[qi] = qualified{indicator: in.ID, word: w}
						return reject(in.ID, stepQualifier, "qualifier: %s (of the figure it is compared with)", w)
					}
				}
				break
			}
		}
	}

	// "kept the rate at 7.5% for the sixth consecutive meeting": a count of
	// meetings in a row, not the number of a regular meeting.
	if in.Role == RoleMeeting && q.Kind == quantity.Ordinal {
		if m := dt.find(x.w.stretch, qEnd, min(to, qEnd+2)); len(m) > 0 {
			return reject(in.ID, stepQualifier, "a count in a row (%s), not a meeting's number", dt.text(st.d.Text, m[0]))
		}
		// "the Second Vice-President", "the first deputy prime minister":
		// the ordinal of a title.
		if qEnd < dt.n && dt.startsAt(x.w.deputy, qEnd) {
			return reject(in.ID, stepQualifier, "the ordinal of a title (%s)", dt.text(st.d.Text, [2]int{qTok, qEnd + 1}))
		}
		// "the 11th session of the joint committee at the level of the two
		// foreign ministers": the ministers named after the body, before
		// any head of state or government, hold it (not "chaired by the
		// two prime ministers", "برئاسة رئيسي وزراء البلدين").
		// (A body named by its ministers is no level: "the sixth meeting
		// of the binational Council of Ministers", "لمجلس الوزراء".)
		m := slices.DeleteFunc(dt.find(x.w.ministers, qEnd, min(dt.clauseEnd(qTok), qEnd+8)), func(n [2]int) bool { return dt.endsAt(x.w.standingBodies, n[0], 0) })
		if len(m) > 0 && len(dt.find(x.w.heads, qEnd, min(dt.n, m[0][1]+3))) == 0 {
			return reject(in.ID, stepQualifier, "a ministers' meeting (%s)", dt.text(st.d.Text, m[0]))
		}
		// "the 12th session of the joint committee", "14-е заседание
		// межправкомиссии": a standing joint body is its ministers'
		// meeting, unless the text says heads chair it or calls it
		// high-level, or its sentence names a head.
		if a, b := dt.sentence(sent); !st.headsChair {
			if m := dt.find(x.w.jointBodies, a, b); len(m) > 0 && len(dt.find(x.w.heads, a, b)) == 0 {
				return reject(in.ID, stepQualifier, "a joint body no head is said to chair (%s)", dt.text(st.d.Text, m[0]))
			}
		}
		// So is one the ministers own: "It was the ministers' fourth
		// meeting this year" (not "the prime ministers' 29th regular
		// meeting").
		if b := dt.find(x.w.ministers, max(0, qTok-3), qTok); len(b) > 0 && b[len(b)-1][1] < qTok && dt.possessive(b[len(b)-1][1], qTok) && len(dt.find(x.w.heads, max(0, b[len(b)-1][0]-2), qTok)) == 0 {
			return reject(in.ID, stepQualifier, "a ministers' meeting (%s)", dt.text(st.d.Text, b[len(b)-1]))
		}
		// "for their fourth meeting": how often two people have met, not
		// the number of a regular meeting ("their 29th regular meeting"
		// is one).
		// (Nor of a standing body: "their eleventh binational cabinet".)
		// (After the ordinal where the noun comes first: "اللقاء الرابع
		// بينهما", "the fourth meeting between them".)
		if qTok > 0 && dt.endsAt(x.w.possessives, qTok, 0) && cue[0] == qEnd && !dt.startsAt(x.w.standingBodies, qEnd) || cue[1] == qTok && dt.startsAt(x.w.possessives, qEnd) {
			return reject(in.ID, stepQualifier, "a count of meetings of the same people (%s), not a meeting's number", dt.text(st.d.Text, [2]int{qTok - 1, qEnd}))
		}
		// So is a leader's own count: "It is Lula's third trip to China".
		if k := st.personPossessive(qTok); k >= 0 && !dt.startsAt(x.w.standingBodies, qEnd) {
			return reject(in.ID, stepQualifier, "a count of one person's trips or meetings (%s), not a meeting's number", dt.text(st.d.Text, [2]int{k, qEnd}))
		}
	}

	// Modality: what is not yet observed.
	// A meeting announced for a day is dated by it ("the 22nd summit on
	// Tuesday, where they are expected to …").
	announced := in.Role == RoleMeeting && st.pub != "" && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
		// (Today too, when the visit begins then: "a visit for the 10th
		// retreat starting today".)
		// So is a meeting that "will take place today".
		// (A range of days by its first: "from March 10 to 11".)
		if i := strings.IndexByte(d.period, '/'); i == len("2006-01-02") {
			d.period = d.period[:i]
		}
		// (Or a future said just before the day, the meeting after it:
		// "are scheduled to chair on Monday the meetings of the 30th
		// session".)
		return len(d.period) == len("2006-01-02") && (d.period > st.pub && !d.since || d.period == st.pub && !d.said && !d.dateline && (dt.endsAt(x.w.arrive, d.tok, 1) || d.tok > qTok && slices.ContainsFunc(dt.find(x.w.future, qTok, d.tok), func(m [2]int) bool { return m[1] >= d.tok-3 }) && !dt.possessive(d.end, d.end+1) ||
			d.tok < qTok && !figureIn(st.qs, d.end, qTok) && slices.ContainsFunc(dt.find(x.w.future, max(0, d.tok-5), d.tok), func(m [2]int) bool { return m[1] >= d.tok-3 }))) ||
			len(d.period) == len("2006-01") && !quarter(d.period) && d.period > st.pub[:7] && !d.since
	})
	upcoming := ""
	// (Or the clause before, when no figure stands between: "the
	// president's meeting with his counterpart will be renewed soon, at
	// the second session of the council".)
	futureFrom := dt.clauseStart(qTok)
	if a, _ := dt.sentence(sent); futureFrom > a {
		if prev := dt.clauseStart(futureFrom - 1); !otherFigureIn(st.qs, prev, qTok, quantity.Date) {
			futureFrom = prev
		}
	}
	// (Not a future after the figure that leads to another meeting's
	// number: "the third summit was held in March last year, and they
	// agreed to hold the fifth within 18 months".)
	// (Nor one after a meeting its own clause dates in the past: "after
	// the fourth meeting, hosted in September last year, the two sides
	// having agreed to hold them twice a year".)
	pastOwn := st.pastInClause(qTok)
	if in.Role == RoleMeeting && !announced && slices.ContainsFunc(dt.find(x.w.future, futureFrom, min(to, dt.clauseEnd(dt.clauseEnd(qTok)))), func(m [2]int) bool {
		i, j := within(st.qs, quantityTok, m[1], dt.clauseEnd(m[0]))
		return m[0] < qEnd || !pastOwn && !slices.ContainsFunc(st.qs[i:j], func(o quantity.Quantity) bool { return o.Kind == quantity.Ordinal })
	}) {
		// "Li will co-chair the 29th regular meeting", in a document
		// whose only days to come are those of the visit (20–23 August):
		// the meeting falls in that month.
		// (Not one its sentence dates by a year or a month of its own:
		// "doubt that the sixth meeting will take place this year".)
		coarse := slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
			// (Or by a span of months: "في النصف الثاني من العام".)
			return !d.since && (len(d.period) < len("2006-01-02") || len(d.period) == len("2006-07/2006-12")) && d.clause(dt, qTok) == dt.cl[qTok]
		})
		// (Nor one its clause puts a stretch of time ahead: "agreed to
		// hold the fifth summit within 18 months".)
		if i, j := within(st.qs, quantityTok, qEnd, dt.clauseEnd(qTok)); slices.ContainsFunc(st.qs[i:j], func(o quantity.Quantity) bool { return o.Kind == quantity.Duration }) {
			coarse = true
		}
		if upcoming = cmp.Or(st.upcomingMonth(), st.visitUnderway(sent, qEnd)); upcoming == "" || coarse {
			return reject(in.ID, stepModality, "an event still to come")
		}
		announced = true
	}
	// A visit announced for a date is still dated by it ("will pay a
	// two-day visit on 13–14 February"). The value a forecast starts from
	// is observed when it has a past period of its own ("expected to slow
	// to 2.2% this year from 6.1% last year"): decided with the period.
	modal := st.modal(qTok, qEnd, cue)
	// "The repo rate will remain unchanged at 6.25%", "announced today that
	// it will continue to hold its key rate at 4.5%": a hold a central bank
	// announces is its decision, when nothing else in the sentence is
	// projected.
	if modal != "" && in.Role == RoleDecision {
		holds := dt.find(x.w.holdAnnounced, from, qTok)
		if len(holds) > 0 && !slices.ContainsFunc(st.markers(from, to), func(m [2]int) bool {
			return !slices.ContainsFunc(holds, func(h [2]int) bool { return h[0] <= m[0] && m[1] <= h[1] })
		}) {
			modal = ""
		}
		// "said on Wednesday it would trim the repo rate to 4.25 per cent,
		// effective as of Monday": a change the bank said it would make,
		// with the day it takes effect, is decided.
		// (Also said after it: "will cut its rate to 5%, effective from
		// Thursday, the government said on Tuesday".)
		if ms := st.markers(from, qTok); len(ms) == 1 && len(dt.find(x.w.effective, qEnd, to)) > 0 &&
			(slices.ContainsFunc(dt.find(x.w.attrib, max(from, ms[0][0]-5), ms[0][0]), func(a [2]int) bool { return !figureIn(st.qs, a[1], ms[0][0]) }) ||
				len(dt.find(x.w.attrib, qEnd, to)) > 0 && !figureIn(st.qs, qEnd, to)) {
			modal = ""
		}
	}
	if announced {
		modal = "" // "will begin a visit on Monday for the 13th annual consultation"
	}
	// "если в позапрошлом году цены выросли на 7%, то …": a
	// condition on a period already over is a fact.
	// (A period inside the condition: "room to cut in December if
	// inflation stays below 2%" is a condition on what is to come.)
	if conds := dt.find(x.w.conditional, dt.clauseStart(qTok), qTok); modal != "" && st.pub != "" && len(conds) > 0 && slices.ContainsFunc(st.markers(dt.clauseStart(qTok), qTok), func(m [2]int) bool {
		return len(dt.find(x.w.conditional, m[0], m[1])) > 0
	}) && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
		return dt.cl[d.tok] == dt.cl[qTok] && d.tok >= conds[0][1] && !d.since && calendar(d.period) && periodOver(d.period, st.pub)
	}) {
		modal = ""
	}
	// "our estimates for the second quarter put growth at 2.2%",
	// published in October: the estimate of a period over is a
	// measurement (when it is the marker that projects the figure).
	if modal != "" && in.Role == RoleStatistic && st.pub != "" && slices.ContainsFunc(dt.find(x.w.estimateOf, from, qTok), func(m [2]int) bool {
		return dt.text(st.d.Text, m) == modal && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
			return d.tok >= m[1] && d.tok <= m[1]+2 && d.tok < qTok && !d.since && calendar(d.period) && periodOver(d.period, st.pub)
		})
	}) {
		modal = ""
	}
	if modal != "" && in.Role == RoleStatistic && st.pub != "" && st.pastConjunct(from, qTok, cue) {
		modal = ""
	}
	if modal == "" && in.Role != RoleVisit {
		modal = cmp.Or(st.projectedBreakdown(qi), st.projectedItem(qi))
	}
	// "The aim they set, to raise trade to $2 billion, is within reach": a
	// clause that opens with the infinitive of a change names a goal.
	// So does one before the cue in the figure's clause: "agreed on steps
	// to increase two-way trade to $9 billion in five years".
	if cs := dt.clauseStart(qTok); modal == "" && in.Role == RoleStatistic {
		// (Not the level it starts from: "to raise trade from $8 billion to
		// $12 billion".)
		if m := dt.find(x.w.goalClause, cs, qTok); len(m) > 0 && (m[0][0] == cs || m[0][1] <= cue[0] && dt.cl[cue[0]] == dt.cl[qTok] && !dt.endsAt(x.w.from, qTok, 0) && !st.fromCurrent(qTok, qEnd)) {
			modal = dt.text(st.d.Text, m[0])
		}
	}
	// "plan to raise trade to $3 billion (it is now about $1 billion)": a
	// bracket that says how things stand now is no part of the plan.
	if modal != "" && st.nowInBrackets(qTok, modal) {
		modal = ""
	}
	if modal != "" && in.Role != RoleVisit && !prev {
		st.projected[qi] = modal

		return reject(in.ID, stepModality, "projected: %s", modal)
	}
	if st.inRange(qi) {
		return reject(in.ID, stepRange, "one end of a range, not an observed value")
	}
	// "the seventeenth consecutive month where the annual increase has been
	// at least 5%", "5.0% or more in each month since October": a threshold
	// held over a stretch, no value of a period.
	// (Not one of a later clause when the figure's own clause dates it:
	// "تجاوز ثمانية مليارات يورو العام الماضي، …، لتظل إيطاليا الشريك
	// الأول للسنة الخامسة على التوالي".)
	if q.Bound != "" {
		dated := slices.ContainsFunc(st.dates, func(d dateRef) bool { return dt.cl[d.tok] == dt.cl[qTok] && !d.since })
		ownClause := func(tok int) bool { return !dated || tok <= qEnd || dt.cl[tok] == dt.cl[qTok] }
		if slices.ContainsFunc(dt.find(x.w.stretch, from, to), func(m [2]int) bool { return ownClause(m[0]) }) ||
			slices.ContainsFunc(st.streaks, func(o quantity.Quantity) bool { return dt.sent[o.Token] == sent && ownClause(o.Token) }) {
			return reject(in.ID, stepPeriod, "a threshold held over a stretch of periods")
		}
	}
	// "the first time in two years that the rate had been above 4%": a
	// threshold crossed, no level.
	// (Not across a contrast: "…، فيما تخطت التجارة … للمرة الأولى".)
	// (A level beside it is the crossing's: decided with the others.)
	// (Not a sum its sentence dates: "trade exceeded $900 million for the
	// first time last year" bounds the year's total.)
	if q.Bound != "" && (q.Kind != quantity.Money || len(inSentences(dt, st.dates, dateTok, sent, sent+1)) == 0) && !slices.ContainsFunc(st.qs, func(o quantity.Quantity) bool { return o.Token != qTok && o.Kind == q.Kind && dt.sent[o.Token] == sent }) &&
		slices.ContainsFunc(dt.find(x.w.firstTime, from, to), func(m [2]int) bool {
			return len(dt.find(x.w.contrast, min(m[1], qEnd), max(m[0], qTok))) == 0
		}) {
		return reject(in.ID, stepChange, "a threshold crossed for the first time, not a level")
	}

	// "a rate of over 5% was last seen in March 2019 (+5.3%)": a bound
	// whose exact value the brackets after it give is no figure of its own.
	if i, j := within(st.qs, quantityTok, qEnd, to); q.Bound != "" && slices.ContainsFunc(st.qs[i:j], func(o quantity.Quantity) bool {
		return o.Kind == q.Kind && o.Bound == "" && (dt.sc.Punct(o.Token-1) == '(' || o.Token > 1 && dt.sc.Punct(o.Token-2) == '(' && dt.sc.Punct(o.Token-1) == '+')
	}) {
		return reject(in.ID, stepChange, "a bound whose exact value follows in brackets")
	}

	// "38.9%, 1.4% more than in September", "на 0,2% ниже апрельских": a
	// difference between two values, no level.
	// But growth sized against the same period of a year before is the
	// growth rate: "ВВП … на 7% больше показателя аналогичного периода 2013
	// года", "7% more than in the same quarter of 2023"; so is growth on
	// the period before ("0.7% higher than in the previous quarter").
	sizedGrowth := st.sizedGrowth(in, qEnd)
	// So are prices sized against a year before, for a rate on a year
	// before: "consumer prices were 5.1% higher in May than a year earlier".
	// (Or than that month of the year before, named: "prices were 3.1%
	// higher in May 2024 than in May 2023".)
	sizedGrowth = sizedGrowth || in.basis.len() > 0 && len(dt.find(in.growth, cue[0], cue[1])) > 0 && (len(dt.find(in.basis, qEnd, dt.clauseEnd(qTok))) > 0 || st.yearOnYearPair(qEnd, dt.clauseEnd(qTok)))
	if q.Kind == quantity.Percent && !sizedGrowth && slices.ContainsFunc(dt.find(x.w.comparative, qEnd, min(to, qEnd+1)), func(m [2]int) bool { return m[0] == qEnd }) {
		return reject(in.ID, stepChange, "a difference: %s", dt.text(st.d.Text, [2]int{qEnd, qEnd + 1}))
	}
	// "أي أقل بنسبة نصف بالمائة", "lower by 0.5%": a comparative sized by
	// the figure.
	// (Also past what is compared, within the clause: "выше прошлогодней
	// динамики ровно на 4%", "higher than last year's by 4%".)
	// (With the word that sizes it inside the figure's hedge: "أقل بنحو
	// 30%".)
	if (q.Kind == quantity.Percent || q.Kind == quantity.Money) && qTok >= 2 && slices.ContainsFunc(dt.find(x.w.comparative, max(from, qTok-6), qTok), func(m [2]int) bool {
		if m[1] == qTok && q.Approx && dt.startsAt(x.w.comparativeBy, qTok) && !st.boundOnSize(qTok) {
			return true
		}
		return m[1] < qTok && !st.boundOnSize(qTok) && dt.cl[m[0]] == dt.cl[qTok] && !figureIn(st.qs, m[1], qTok) && slices.ContainsFunc(dt.find(x.w.comparativeBy, m[1], qTok), func(b [2]int) bool {
			return b[0] == m[1] || b[1] >= qTok-1
		})
	}) {
		return reject(in.ID, stepChange, "a difference sized by the figure")
	}
	// "unemployment rose by 16,000 people (11.1 percent)": a percentage
	// alone in brackets right after a count, and a word naming what it
	// counts, is the count's relative change.
	if q.Kind == quantity.Percent && st.aloneInBrackets(qi) && qi > 0 {
		if o := st.qs[qi-1]; o.Kind == quantity.Number && !st.age(qi-1) {
			if end := o.EndToken; qTok-1-end <= 1 && !dt.punctIn(',', end, qTok) {
				return reject(in.ID, stepChange, "the change of the count before it (%s), in percent", o.Text)
			}
		}
	}
	// "بلغت التجارة 190 مليار درهم في 2023، بنمو نسبته 12%", "reached $4
	// billion, a growth of 12%": a bare word of growth right after a sum,
	// with nothing of its own between, is the sum's change.
	// (Past its date: "… 190 مليار درهم خلال عام 2023، بنمو …".)
	sum := qi - 1
	for sum >= 0 && st.qs[sum].Kind == quantity.Date {
		sum--
	}
	if q.Kind == quantity.Percent && cue[1] <= qTok && dt.wordsBetween(cue[1], qTok) <= 2 && sum >= 0 && dt.cl[cue[0]] == dt.cl[qTok] && cue[1]-cue[0] == 1 {
		if o := st.qs[sum]; o.Kind == quantity.Money && dt.sent[o.Token] == sent && o.Token < cue[0] {
			if end := o.EndToken; dt.wordsBetween(end, cue[0]) <= 4 && !x.anyCue(dt, end, cue[0]) {
				return reject(in.ID, stepChange, "the change of the sum before it (%s)", o.Text)
			}
		}
	}
	// Change: a size of change is no level, unless the cue names a quantity
	// whose change is the indicator ("GDP grew 2%"). A value compared with
	// ("from 6.5% in February") is a level of its own period.
	var ch changeFrame
	if !prev && (q.Kind == quantity.Percent || q.Kind == quantity.Money) {
		ch = st.change(in, qTok, qEnd, cue)
		// "ВВП сложился в размере 98 млрд сомов. … показатель вырос на
		// 1,3%": an anaphor that stands for a growth cue of the sentence
		// before grew by the value.
		// Not when the sentence names another subject the anaphor may
		// stand for ("manufacturing shrank 2.5%, though in 2024 it grew
		// 5.4%").
		// So does a figure after the restated one, on the indicator's
		// basis: "The 2.7 percent increase follows a 2.5 percent annual
		// increase …".
		// (Back over sentences that go on with the anaphor: "تباطأ ارتفاع
		// مؤشر أسعار المستهلكين … . وذكرت الدائرة أن المؤشر ارتفع 0.3% … .
		// وخلال 12 شهرا ارتفع المؤشر ثلاثة بالمئة", on the basis its sentence
		// names.)
		anaphoric := len(dt.find(x.w.anaphor, from, qTok)) > 0
		// "Inflation in Spain picked up. In October, prices rose 7.3% year
		// on year": a growth cue in the figure's own clause says what
		// grew, on the indicator's basis.
		if cs := dt.clauseStart(qTok); context && ch.change && !ch.growth && in.basis.len() > 0 && len(dt.find(in.basis, from, to)) > 0 &&
			len(dt.find(in.growth, max(from, cs), qTok)) > 0 && len(dt.find(x.w.qualifiers, from, qTok)) == 0 && len(dt.find(x.w.subjects, from, qTok)) == 0 {
			ch.growth = true
		}
		if context && ch.change && !ch.growth && (in.basis.len() == 0 || (restates || anaphoric) && len(dt.find(in.basis, from, to)) > 0) && sent > 0 &&
			len(dt.find(x.w.qualifiers, from, qTok)) == 0 && len(dt.find(x.w.subjects, from, qTok)) == 0 {
			for s := sent - 1; s >= 0 && s >= sent-3; s-- {
				pa, pb := dt.sentence(s)
				if ch.growth = len(dt.find(in.growth, pa, pb)) > 0; ch.growth || !anaphoric || len(dt.find(x.w.anaphor, pa, pb)) == 0 {
					break
				}
			}
		}
	}
	// "The decline in August follows a 4.4 percent inflation rate in
	// July": a figure its cue names right after it is a level.
	if ch.change && !ch.growth && cue[0] == qEnd && len(dt.find(x.w.changeNouns, cue[1], min(dt.n, cue[1]+1))) == 0 && !slices.ContainsFunc(dt.find(x.w.changeNouns, from, qTok), func(m [2]int) bool { return dt.cl[m[0]] == dt.cl[qTok] && m[1] >= qTok-2 }) {
		ch.change = false
	}
	// "Ghana's inflation rose 11.4% in March, its lowest in three years": a
	// rate said to be the highest or lowest is a level, however loosely its
	// verb is put.
	if ch.change && !ch.growth && in.basis.len() > 0 && slices.ContainsFunc(dt.find(x.w.peak, qEnd, min(to, qEnd+7)), func(m [2]int) bool { return !figureIn(st.qs, qEnd, m[0]) }) {
		ch.change = false
	}
	// "was 5.1% in March, a little up from February's 4.9%": the level
	// moved from, in the possessive of its date, after a level of the same
	// indicator in its sentence.
	if ch.change && !ch.growth && st.possessiveDate(in.ID, qTok, func(d dateRef) bool { return dt.endsAt(x.w.from, d.tok, 0) }) {
		ch.change = false
	}
	// "نما الناتج 4.1% مقارنة مع 3.2% قبل عام، بارتفاع بلغ 28%": a change
	// sized by a "by" phrase in a clause of its own after two rates of the
	// sentence is the change between them, not growth.
	if ch.change && ch.growth && q.Kind == quantity.Percent && st.changeOfRates(qi) {
		return reject(in.ID, stepChange, "the change between the two rates before it")
	}
	// "Over the month, consumer prices climbed 0.5%. … The 0.5% movement
	// of the index": the same change named again by a noun.
	if st.shortChange[figureSize{in.ID, math.Abs(q.Value)}] && dt.startsAt(x.w.changeNouns, qEnd) {
		return reject(in.ID, stepChange, "a change over a shorter span the text gives, named again")
	}
	if ch.change && !ch.growth {
		if ch.shorter {
			st.shortChange[figureSize{in.ID, math.Abs(st.qs[qi].Value)}] = true
			st.shortAt[qi] = true
		}
		return reject(in.ID, stepChange, "change, not level: %s", ch.verb)
	}
	// "Индекс потребительских цен … составил 101,9%": a price index as a
	// level is 100 plus the change, not the rate.
	// (Not its change: "the annual change in the index was 123%".)
	if q.Kind == quantity.Percent && !ch.change && q.Value >= 90 && q.Value < 130 && in.basis.len() > 0 &&
		slices.ContainsFunc(dt.find(x.w.index, max(from, min(cue[0], qTok)-6), qTok), func(m [2]int) bool {
			return !slices.ContainsFunc(dt.find(x.w.indexChange, max(0, m[0]-4), m[0]), func(c [2]int) bool { return c[1] >= m[0]-1 })
		}) {
		return reject(in.ID, stepValue, "a price index (100 = the base), not a rate")
	}

	// "which officials called a 21% improvement in growth": the change of
	// a growth rate, not the rate.
	// So is one the phrase names right before it, past "by": "تكشف تباطؤا
	// في النمو بنسبة 0.2%", "a slowdown in growth by 0.2%", "замедление
	// роста на 0,4%".
	if q.Kind == quantity.Percent && (slices.ContainsFunc(dt.find(x.w.rateChange, qEnd, min(dt.n, qEnd+3)), func(m [2]int) bool { return dt.wordsBetween(qEnd, m[0]) == 0 }) ||
		slices.ContainsFunc(dt.find(x.w.rateChange, max(0, qTok-6), qTok), func(m [2]int) bool {
			return m[1] == qTok || m[1] == qTok-1 && (dt.startsAt(x.w.by, m[1]) || dt.startsAt(x.w.comparativeBy, m[1]) || dt.startsAt(x.w.pace, m[1]))
		})) {
		return reject(in.ID, stepChange, "a change of a growth rate, not the rate")
	}
	// "core measures are well above 4%": a threshold the value is far
	// from, not the value.
	if q.Kind == quantity.Percent && dt.endsAt(x.w.farFrom, qTok, 0) {
		m := dt.find(x.w.farFrom, max(0, qTok-6), qTok)
		return reject(in.ID, stepValue, "a threshold the value is far from (%s), not the value", dt.text(st.d.Text, m[len(m)-1]))
	}
	// "Это уже пятое снижение в этом цикле", "the bank's fifth cut":
	// an ordinal right before a noun of change counts moves, no meetings.
	if in.Role == RoleMeeting && (dt.startsAt(x.w.changeNouns, qEnd) || dt.startsAt(x.w.fallingNouns, qEnd)) {
		return reject(in.ID, stepQualifier, "an ordinal that counts changes, not meetings")
	}
	// "inflation had run above 20 percent for over two years": a level
	// held over a length of time is no value of one period.
	if in.Role == RoleStatistic && st.heldFor(qi) {
		return reject(in.ID, stepPeriod, "a level held over a length of time, not the value of one period")
	}
	// Period.
	ownCue := !context && dt.cl[cue[0]] == dt.cl[qTok]
	pc0 := x.period(dt, in, st.dates, st.qs, qi, qTok, qEnd, st.pub, ownCue)
	// "from peaks of 11%, 12% and 10%, respectively, recorded in the first
	// half of 2023": the date after the list is every item's.
	if pc0.own < 0 {
		if d, ok := st.respectiveDate(qi); ok {
			pc0 = periodChoice{period: d.period, explicit: true, own: 0, ownAfter: true}
		}
	}
	pc, why := st.refinePeriod(in, qi, pc0, ownCue)
	if why != "" {
		return reject(in.ID, stepPeriod, "%s", why)
	}
	// "Its rate had stood at 4% since May": a level before the time
	// the text reports, which the day of publication does not date.
	// (Not in reported speech, where it stands for the present perfect:
	// "said the rate had remained at 3%".)
	if !pc.explicit {
		if m := dt.find(x.w.pastPerfect, dt.clauseStart(qTok), qTok); len(m) > 0 && len(dt.find(x.w.attrib, from, m[0][0])) == 0 {
			return reject(in.ID, stepPeriod, "a level before the time the text reports (%s), with no date of its own", dt.text(st.d.Text, m[0]))
		}
	}
	// "The bank raised its rate to 3.25%. In April, the rate was 0.1%.
	// Prices have risen 5.1% …": the lead's month dates a decided rate
	// there, a level of the past; it is no release month of a statistic.
	// (Not a month that sentence names for this indicator too: "held its
	// rate at 6.25% after inflation picked up in February".)
	if p, ok := st.lastObs[pc.leadSent]; pc.lead && in.Role == RoleStatistic && pc.leadSent != sent && ok && p.Indicator != in.ID && p.Unit == in.Unit && !st.cueInSentence(in, pc.leadSent) {
		if i := x.indicatorOf(p.Indicator, q); i >= 0 && x.inds[i].Role == RoleDecision {
			return reject(in.ID, stepPeriod, "the lead's month %s dates a decided %s there, not this figure", pc.period, p.Indicator)
		}
	}
	if in.Role == RoleStatistic && pc.own < 0 && st.laterUndated(qi) {
		return reject(in.ID, stepPeriod, "a later level than the one its sentence dates, of a period the text does not name")
	}
	// "from the current $8 billion": the level on the day of publication.
	if st.fromCurrent(qTok, qEnd) {
		pc = periodChoice{period: st.pub, own: 0, present: true}
	}
	period, explicit := pc.period, pc.explicit
	// "Some 2.5% of the trade between India and Oman was settled in the two
	// currencies in the first half of 2025": a statistic with no date of
	// its own whose clause names a stretch of time is of that stretch, too
	// far from the figure to be taken as its date, not of another period.
	if in.Role == RoleStatistic && pc.own < 0 && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
		// (Not one that dates another figure right before it: "up 3.2%
		// over the first three quarters and 4.4% on a year".)
		return strings.Contains(d.period, "/") && !strings.HasPrefix(d.period, "FY") && !d.since && dt.cl[d.tok] == dt.cl[qTok] &&
			!slices.ContainsFunc(st.qs, func(o quantity.Quantity) bool {
				return o.Kind == q.Kind && o.Token >= min(qEnd, d.end) && o.Token < max(qTok, d.tok)
			}) && !x.datesOtherFigure(dt, st.qs, d, qi)
	}) {
		return reject(in.ID, stepPeriod, "dated only by a stretch of time in its clause")
	}
	// "وكانت الدورة السادسة قد عقدت في مارس، بعد نحو عامين من الدورة
	// الخامسة", "in March, two years after the fifth": a meeting a span of
	// time away from the one dated has no date of its own.
	if in.Role == RoleMeeting && !pc.ownAfter && st.kindIn(quantity.Duration, max(from, qTok-6), qTok) {
		return reject(in.ID, stepPeriod, "a meeting a span of time away from the one dated, without a date of its own")
	}
	// "С начала июня инфляция составила 0,04%": a statistic counted from a
	// date of its clause, with no date of its own, is a total over a
	// stretch, of no calendar period.
	// (So is one alone in a clause right after the one that counts:
	// "وسجلت المبادلات بين البلدين حتى نهاية شهر أبريل 2025، 12 مليار دولار".)
	if in.Role == RoleStatistic && pc.own < 0 {
		alone := dt.wordsBetween(dt.clauseStart(qTok), qTok) == 0
		if k := slices.IndexFunc(st.dates, func(d dateRef) bool {
			return d.since && !quarter(d.period) && d.tok < qTok && (dt.cl[d.tok] == dt.cl[qTok] || alone && dt.cl[d.tok] == dt.cl[qTok]-1 && dt.sent[d.tok] == sent)
		}); k >= 0 {
			return reject(in.ID, stepPeriod, "a total since %s, of no calendar period", st.dates[k].period)
		}
	}
	// "… в январе составила 0,7%. Годом ранее годовая инфляция была выше —
	// 9,9%": a sentence that opens with "a year earlier" and names no date
	// of its own is a year before the period it goes on from.
	if p := yearBefore(period); p != "" && pc.own < 0 && slices.ContainsFunc(dt.find(x.w.earlier, from, min(qTok, from+3)), func(m [2]int) bool { return m[0] == from && !figureIn(st.qs, m[1], qTok) }) &&
		len(inSentences(dt, st.dates, dateTok, sent, sent+1)) == 0 {
		period, explicit = p, true
	}
	if upcoming != "" {
		period, explicit = upcoming, true
	}
	// "بلغ حجم التبادل 23 مليار ريال خلال السنوات العشر الأخيرة", "over the
	// past ten years": a total of several years, when the text gives the
	// figure no period of its own.
	// (The clause after the figure's too: "…، خلال السنوات العشر".)
	// So is one over the years the sentence names before it, with no
	// other figure between ("خلال السنوات الخمس الأخيرة، حيث وصل إلى"),
	// and one whose written period is the last year of the stretch ("خلال
	// خمس سنوات 2018 - 2022 نحو 104 مليارات").
	// (Not the level a goal starts from: "من 10 مليارات دولار حاليا إلى 15
	// مليار دولار خلال خمس سنوات".)
	if in.Role == RoleStatistic && !st.fromCurrent(qTok, qEnd) {
		ce := dt.clauseEnd(qTok)
		if ce < to && dt.sent[ce] == sent {
			ce = dt.clauseEnd(ce)
		}
		lo, _ := dt.sentence(sent)
		for _, m := range dt.find(x.w.over, lo, ce) {
			// (In the clause after the figure's, only as the clause's
			// opening: not "…, а доля доллара за три года сократилась".)
			if dt.cl[m[0]] > dt.cl[qTok] && dt.wordsBetween(dt.clauseStart(m[0]), m[0]) > 1 {
				continue
			}
			y := dt.find(x.w.years, m[1], min(dt.n, m[1]+4))
			// (A number right after the years is theirs: "السنوات الخمس".)
			// (Nor the word of a date: "по итогам 2024 года".)
			if len(y) == 0 || st.inDate(y[0][0]) || otherFigureIn(st.qs, m[1], y[0][0], quantity.Duration) || m[0] < dt.clauseStart(qTok) && figureIn(st.qs, y[0][1]+1, qTok) {
				continue
			}
			if !explicit || slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
				return d.period == period && d.tok >= y[0][1] && d.tok <= y[0][1]+2 && d.tok < qTok && !dt.punctIn(',', y[0][1], d.tok) && !dt.punctIn('،', y[0][1], d.tok)
			}) {
				return reject(in.ID, stepPeriod, "a total of several years (%s)", dt.text(st.d.Text, [2]int{m[0], y[0][1]}))
			}
		}
	}
	// "Inflation rose in September for the first time since May. It
	// reached 33.3%": a figure that continues the sentence before, with no
	// date of its own, takes that sentence's date.
	// (Not past a stretch of its own: "In the first seven months of this
	// year it slipped 2% to $44 billion".)
	// So does one after a sentence that names its indicator with a date and
	// gives no figure: "Polish inflation eased in May. The harmonised
	// index was up 4.1%".
	shifted := false     // dated by the sentence before, and moved by "a month earlier" there
	var cueClauses []int // (only a date in the clause of the cue there)
	if !context && sent > 0 && pc.own < 0 {
		cueClauses = st.announcingClauses(in, q.Kind, sent-1, from, to)
	}
	if (context || len(cueClauses) > 0) && pc.own < 0 && sent > 0 && !slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool { return d.tok < qTok && !d.since }) {
		// The last date named: "In April it dropped to 41.2% but rose in
		// May. The rate recorded was 42.2%" is May's.
		// (After a sentence that only announces the indicator, the first
		// month, quarter or year of the cue's clause, not "the same period"
		// a year back: "growth quickened in the third quarter, helped by a
		// weak same period of 2023. Output rose 6.1%".)
		// (Past a sentence of values for comparison: "В июле цены выросли
		// на 0,4%. Для сравнения, в июне рост был 0,2%, а годом ранее —
		// 0,7%. В годовом выражении показатель достиг 9,1%" is July's.)
		prev := sent - 1
		if pa, _ := dt.sentence(prev); context && prev > 0 && dt.startsAt(x.w.byComparison, pa) {
			prev--
		}
		ds := slices.Clone(inSentences(dt, st.dates, dateTok, prev, prev+1))
		if !context {
			slices.Reverse(ds) // the first of the announcing clause
		}
		for i := len(ds) - 1; i >= 0; i-- {
			if !context && (len(dt.find(x.w.samePeriod, max(0, ds[i].tok-4), ds[i].end)) > 0 || !slices.Contains(cueClauses, dt.cl[ds[i].tok]) || ds[i].dateline || len(ds[i].period) == len("2006-01-02")) {
				continue
			}
			// "The Bank of Russia held its key rate on Friday. The rate
			// stayed at 21%": a decision takes the day.
			// (Not the date of a figure compared with: "rose 0.4% in
			// March, up from a 0.1% gain in February"; nor of one it
			// came after: "0.5% in May after 0.3% in April".)
			if st.ownerAfter(ds[i], x.w.compare, 1) || st.ownerAfter(ds[i], x.w.following, 0) {
				continue
			}
			if d := ds[i]; !d.since && !d.compared && (!d.weekday || in.IsEvent()) && !d.said && calendar(d.period) {
				period, explicit = d.period, true
				// "Месяцем ранее она была на уровне 2%", "A quarter
				// earlier it was 4.1%": the period before that one.
				earlier := func(set *phraseSet) bool {
					return slices.ContainsFunc(dt.find(set, from, qTok), func(m [2]int) bool { return !figureIn(st.qs, m[1], qTok) })
				}
				// (After a sentence that announced the indicator its date is
				// the figure's: "on a year earlier" there is a basis.)
				switch {
				case !context:
				case len(period) == len("2006-01") && !quarter(period) && earlier(x.w.monthEarlier):
					period = monthPeriod(periodMonth(period) - 1)
				case quarter(period) && earlier(x.w.quarterEarlier):
					period = addQuarters(period, -1)
				case earlier(x.w.earlier):
					// "Год назад она составляла 8%", "A year earlier it was
					// 8%": the same period a year back, to the month.
					period = shiftYear(period[:min(len(period), len("2006-01"))], -1)
				}
				shifted = true
				break
			}
		}
	}
	// "годовая инфляция … 3,6% (месяц назад была 3,5%)": "a month ago"
	// before a figure its sentence's month dates is the month before.
	if !shifted && in.Role == RoleStatistic && explicit && pc.own < 0 && len(period) == len("2006-01") && !quarter(period) &&
		slices.ContainsFunc(dt.find(x.w.monthEarlier, dt.clauseAcrossDash(qTok), qTok), func(m [2]int) bool {
			// (Not the basis of a figure before: "rose 0.3% from the
			// previous month and was up 4.1%"; but an aside of its own:
			// "3,6% (месяц назад была 3,5%)".)
			// (Also across a dash: "а месяцем ранее — 3,7%".)
			return !figureIn(st.qs, m[1], qTok) && (!figureIn(st.qs, dt.clauseAcrossDash(qTok), m[0]) || m[0] > 0 && dt.sc.Punct(m[0]-1) == '(')
		}) {
		period = monthPeriod(periodMonth(period) - 1)
	}
	// "на 9 февраля 7,12% после 6,95% неделей ранее": "a week earlier"
	// right after a figure its sentence's day dates is the day a week back,
	// and "a year earlier" the corresponding period one year back;
	// "eased to 4.2% in June after a high of 5.6% the month before": "a
	// month earlier" right after one its month dates is the month before
	// (not one that is itself the date: "12,2% в предыдущем месяце").
	if !prev && in.Role == RoleStatistic && explicit {
		switch {
		case len(period) == len("2006-01-02") && st.earlierAfter(in, x.w.weekEarlier, qEnd):
			period = addDays(period, -7)
		case !shifted && len(period) == len("2006-01") && !quarter(period) && st.earlierAfter(in, x.w.monthEarlier, qEnd) &&
			!slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.tok >= qEnd && d.tok <= qEnd+2 }):
			period = monthPeriod(periodMonth(period) - 1)
		case !shifted && pc.own < 0 && len(period) <= len("2006-01") && st.yearEarlierAfter(in, qEnd):
			// "…, well under the 9.2 per cent inflation figure registered a
			// year prior": the corresponding period one year back.
			period = shiftYear(period, -1)
		}
	}
	// "инфляция за 2008 год составила 13,3%, за декабрь — 0,7%": a rate of
	// prices over a month is its change on the month before.
	// (A basis in another clause is another figure's: "Годовая инфляция
	// ускорилась до 9,1%, а за март цены выросли на 0,8%".)
	if in.basis.len() > 0 && len(period) == len("2006-01") && !quarter(period) && len(dt.find(in.basis, dt.clauseAcrossDash(qTok), dt.clauseEnd(qTok))) == 0 && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
		// (In the figure's clause: "годовая инфляция ускорилась до 9,1%,
		// а за март цены выросли на 0,8%".)
		// (Across a dash too: "за декабрь 2008 года — 0,7%".)
		return d.period == period && dt.endsAt(x.w.overMonth, d.tok, 0) && (dt.cl[d.tok] == dt.cl[qTok] || d.tok >= dt.clauseAcrossDash(qTok) && d.tok < qTok)
	}) {
		return reject(in.ID, stepQualifier, "a change over the month, not on a year before")
	}
	// A value compared with has its own period right after it ("against
	// 13.9% in July"); "4.2% provided by the office in January" names when
	// it was published, and in "rose last month from 10.1% to 10.4%" the
	// month is the new value's, as in "fell to 53.6% from 54.1% in January".
	// (A date after a word of recording is its own: "the 5.8 percent
	// growth rate recorded in the first quarter".)
	// (Not a month earlier than one the new value has before it: "In April
	// prices rose 0.8%. Annual inflation slowed to 2.1% from 2.3% in
	// March" — March is the 2.3%'s; see earlierPeriodAfter.)
	trailing := false
	if k := x.trailingFrom(dt, st.qs, qi); prev && k >= 0 {
		trailing = !x.earlierPeriodAfter(dt, st.dates, qEnd, st.qs[k].Token, sent)
	}
	recorded, isRecorded := "", false
	if prev && !trailing {
		recorded, isRecorded = st.recordedDate(in, qEnd)
		if d, ok := st.dateBeforeBracket(qTok); !isRecorded && ok {
			recorded, isRecorded = d.period, true // "less than in 2022 (14,7 %)"
		}
	}
	// "…в августе — 3,4%, месяцем ранее было 3,5%", "…; a month earlier
	// it was 3.5%": a clause that opens with "a month (or quarter) earlier"
	// is of that period before the figure before it.
	back, isBack := "", false
	if !prev {
		back, isBack = st.periodBack(in, qTok, sent)
	}
	// "Ранее ключевая ставка составляла 13%", "Previously, the rate stood
	// at 13%": a sentence that opens on a word of before gives a value
	// before; with no date in its sentence it is no observation.
	if !prev && !isBack && len(inSentences(dt, st.dates, dateTok, sent, sent+1)) == 0 && (in.Role == RoleStatistic || in.Role == RoleDecision) && x.saidEarlier(dt, from, from+1) {
		return reject(in.ID, stepPrevious, "a value before (%s), without a period of its own", dt.text(st.d.Text, [2]int{from, from + 1}))
	}
	// "the key rate, which was previously high at 7.75%": so does a clause
	// that says "previously" before its figure and gives no date.
	if cs := dt.clauseStart(qTok); !prev && !isBack && (in.Role == RoleStatistic || in.Role == RoleDecision) && cs > from && x.saidEarlier(dt, cs, qTok) &&
		!slices.ContainsFunc(st.dates, func(d dateRef) bool { return dt.cl[d.tok] == dt.cl[qTok] }) {
		return reject(in.ID, stepPrevious, "a value before, without a period of its own")
	}
	if isBack {
		period, explicit = back, true
	}
	if isRecorded {
		period, explicit = recorded, true
	} else if prev && (pc.own < 0 || pc.own > 2 || !pc.ownAfter || trailing) && !st.possessiveBefore(qTok, func(d dateRef) bool { return d.period == period }) &&
		!slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.period == period && x.datesCueOf(dt, in, d, qTok) }) {
		// "In 2023, trade declined by 15.7% year on year to $6.6 billion
		// from $7.8 billion": the value a year-on-year change started from
		// is the same period a year before. (Only a sum: "inflation eased
		// to 3.08% yoy from 3.5%" names the rate of the month before.)
		if earlier := yearBefore(period); modal == "" && q.Kind == quantity.Money && in.Role == RoleStatistic && explicit && earlier != "" && len(dt.find(x.w.onYear, from, to)) > 0 {
			period = earlier
		} else if modal == "" && in.Role == RoleStatistic && explicit && len(period) == len("2006-01") && !quarter(period) && st.earlierAfter(in, x.w.monthEarlier, qEnd) {
			// "eased to 6.3% in April from 6.5% a month earlier": the
			// value it came from is the month before's.
			period = monthPeriod(periodMonth(period) - 1)
		} else if modal == "" && in.Role == RoleStatistic && explicit && len(period) == len("2006-01-02") && st.earlierAfter(in, x.w.weekEarlier, qEnd) {
			period = addDays(period, -7) // "на 9 февраля 7,12% после 6,95% неделей ранее"
		} else if modal == "" && in.Role == RoleStatistic && explicit && quarter(period) && st.earlierAfter(in, x.w.quarterEarlier, qEnd) {
			period = addQuarters(period, -1) // "… in the third quarter compared with 3.7% three months earlier"
		} else if modal == "" && in.Role == RoleStatistic && explicit && !shifted && pc.own < 0 && len(period) <= len("2006-01") && st.yearEarlierAfter(in, qEnd) {
			period = shiftYear(period, -1) // "in October, under the 9.2 per cent figure registered a year before"
		} else if a := st.firstOfYearPair(qi, period); modal == "" && in.Role == RoleStatistic && a != "" {
			period = a // "rose from KES 40bn to KES 54bn between 2022 and 2023": the first year's
		} else if a := st.firstOfDatePair(qi, period); modal == "" && in.Role == RoleStatistic && a != "" {
			period = a // "between the third quarter of 2023 and the same quarter of 2024, moving from 9.1% to 9.4%"
		} else {
			if modal != "" && in.Role != RoleVisit {
				st.projected[qi] = modal

				return reject(in.ID, stepModality, "projected: %s", modal)
			}
			return reject(in.ID, stepPrevious, "an earlier value compared with, without a period of its own")
		}
	}
	// (A starting value of a period over when the news was published is
	// observed: "forecast to rise to 5.3% in the June quarter from 5.1% in
	// the March quarter". Not one whose own marker follows it: "against
	// only 1.1% expected in April" is what was expected then.)
	if modal != "" && in.Role != RoleVisit && (st.pub == "" || !explicit || !periodOver(period, st.pub) ||
		slices.ContainsFunc(st.markers(qEnd, dt.wordsAhead(qEnd, 2)), func(m [2]int) bool { return dt.text(st.d.Text, m) == modal })) {
		st.projected[qi] = modal

		return reject(in.ID, stepModality, "projected: %s", modal) // a starting value of this year is not over yet
	}
	if i := strings.IndexByte(period, '/'); i == 10 && in.IsEvent() {
		period = period[:i] // a visit from 14 to 15 January began on the 14th
		if in.Role == RoleDecision && len(period) == len("2006-01-02") {
			period = pc.period[i+1:] // a rate decided at the meeting of 17–18 December: on the 18th
		}
	}
	if in.Role == RoleVisit && explicit && len(period) != len("2006-01-02") && (len(period) != len("2006-01") || quarter(period)) {
		return reject(in.ID, stepPeriod, "a visit is dated by the day it began, not by %s", period)
	}
	// "15.8% in the first quarter, against 16.4% at the end of 2023": a
	// rate at a year's end, in a sentence that dates the other figure by a
	// quarter, is of the year's last quarter.
	if in.Role == RoleStatistic && q.Kind == quantity.Percent && strings.HasSuffix(period, "-12") && len(period) == len("2006-12") {
		dates := inSentences(dt, st.dates, dateTok, sent, sent+1)
		if slices.ContainsFunc(dates, func(d dateRef) bool { return d.yearEnd && d.period == period }) && slices.ContainsFunc(dates, func(d dateRef) bool { return quarter(d.period) && !d.since }) {
			period = period[:4] + "-Q4"
		}
	}
	// "By the end of 2022, trade topped $250 million": a sum reached by
	// the end of a year is that year's total.
	if q.Kind == quantity.Money && in.Role == RoleStatistic && strings.HasSuffix(period, "-12") && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
		return d.yearEnd && d.period == period && d.tok < qTok
	}) {
		period = period[:4]
	}
	// "В декабре инфляция составила 0,5%, годовая — 4,1%": a basis
	// and a dash before the figure, with no date in their clause, give the
	// same period another measure.
	if p, ok := st.lastObs[sent]; ok && p.Indicator == in.ID && qTok > 0 && dt.dashAt(qTok-1, 1) == qTok-1 &&
		slices.ContainsFunc(dt.find(in.basis, max(0, qTok-2), qTok-1), func(m [2]int) bool { return m[1] == qTok-1 && m[1]-m[0] == 1 && !dt.endsAt(x.w.earlier, m[1], 0) }) &&
		!slices.ContainsFunc(st.dates, func(d dateRef) bool { return dt.cl[d.tok] == dt.cl[qTok] }) {
		period = p.Period
	}
	// "peaked at 16.2% a year ago": a year before what, no sentence says.
	if !explicit && !in.IsEvent() && x.yearEarlier(dt, qTok, qEnd) {
		return reject(in.ID, stepPeriod, "a year before an unnamed period")
	}
	// "output rose 0.7% in the year ending March": growth over the twelve
	// months to a quarter's last month is that quarter's, year on year.
	if in.Frequency == "quarter" && in.Role == RoleStatistic && q.Kind == quantity.Percent && len(period) == len("2006-01") && !quarter(period) {
		if m := periodMonth(period) % 12; m%3 == 2 && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool { return d.yearTo && d.period == period }) {
			period = fmt.Sprintf("%s-Q%d", period[:4], m/3+1)
		}
	}
	// "UK annual inflation rose to 2.6%, data showed this week": a monthly
	// statistic that moved, dated only by the publication day, has no
	// period; a level said to stand on the day ("inflation hovers around
	// 4%") or a day the text names ("the estimate for 21 October") is one.
	// A quarterly or yearly statistic (GDP growth) is never about the day
	// it was published: "official data showed today growth of 8.1%".
	// Nor is it about the end of a month ("a flash estimate at the end of
	// July of 11.8% growth": when it was published); a month of its own
	// ("ВВП в апреле вырос на 4,2%", a monthly estimate) stays.
	endOfMonth := explicit && len(period) == len("2006-01") && !quarter(period) && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
		return d.period == period && dt.endsAt(x.w.yearEnd, d.tok, 1)
	})
	// Nor about a month another sentence names ("inflation rose in July
	// … The war shrank GDP by more than 40%").
	otherMonth := func() bool {
		return len(period) == len("2006-01") && !quarter(period) && !slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
			return d.period == period
		})
	}
	// "inflation rose to 6.27% compared to 5.7% reported in June",
	// published in July: a monthly rate with no date of its own, compared
	// with the month before the one under way, is of the month after it.
	if p, ok := st.monthAfterCompared(in, qi, period, explicit); ok {
		period, explicit = p, true
	}
	// Nor about a day.
	if in.Finer(period) && (!explicit && (!pc.present && st.moved(qTok) || in.WrittenPeriod || in.Frequency == "quarter" || in.Frequency == "year") ||
		(endOfMonth || len(period) == len("2006-01-02") || otherMonth()) && (in.Frequency == "quarter" || in.Frequency == "year")) {
		return reject(in.ID, stepPeriod, "%s is finer than the indicator's frequency (%s)", period, in.Frequency)
	}
	// "Earlier this year the rate hit a record low of 2%": a decision is
	// taken on a day (or at a month's meeting), not over a year.
	if in.Role == RoleDecision && len(period) == len("2006") {
		return reject(in.ID, stepPeriod, "%s is a year: a decision is dated by its day or month", period)
	}
	// "Unemployment held at 2.4% for a third month in a row": a reading of
	// a month the text does not name, not a level of the publication day.
	// Nor a rate held for months in a row, dated by no date of its own
	// ("Затем банк семь месяцев подряд держал ставку на уровне 30%").
	// (But a decision that numbers its streak is the latest of it: "kept
	// its rate at 4.5% for the 12th month in a row".)
	if (!explicit && in.Role == RoleStatistic && in.Finer(period) || in.Role == RoleDecision && pc.own < 0) && slices.ContainsFunc(dt.find(x.w.streak, dt.clauseStart(qTok), dt.clauseEnd(qTok)), func(m [2]int) bool {
		numbered := in.Role == RoleDecision && slices.ContainsFunc(st.streaks, func(o quantity.Quantity) bool { return o.Token >= m[0]-3 && o.EndToken <= m[0] })
		return len(dt.find(x.w.timeUnits, max(0, m[0]-2), min(dt.n, m[1]+2))) > 0 && !numbered
	}) {
		return reject(in.ID, stepPeriod, "a reading of a period the text does not name (one of several in a row)")
	}
	// "37.3% in the calendar month to November 20", "in the 12 months to
	// 21 December": a stretch that ends on a day other than a month's end,
	// no calendar period. One that ends on a month's last day is that
	// month's reading of a monthly statistic ("inflation in the 12 months
	// through May 31").
	if explicit && len(period) == len("2006-01-02") && in.Role == RoleStatistic && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
		return d.period == period && slices.ContainsFunc(dt.find(x.w.ending, max(0, d.tok-3), d.tok), func(m [2]int) bool {
			return m[1] == d.tok && dt.endsAt(x.w.timeUnits, m[0], 0)
		})
	}) {
		if in.Frequency != "month" || !lastDayOfMonth(period) {
			return reject(in.ID, stepPeriod, "a stretch of time that ends on %s, no calendar period", period)
		}
		period = period[:len("2006-01")]
	}
	// "GDP contracted 0.1% in May": in English news a month's figure of a
	// quarterly statistic is on the month before unless the sentence says
	// it is on the year (the catalog's month_basis per language).
	if mb := in.monthBasis[st.d.Lang]; mb != nil && len(period) == len("2006-01") && !quarter(period) && len(dt.find(mb, from, to)) == 0 {
		return reject(in.ID, stepPeriod, "a month's change of a quarterly statistic, on the month before: the sentence names no year-on-year basis")
	}
	// "инфляция на 1 декабря 2025 года – 12,4%", "as of 1 March": a
	// monthly statistic on the first day of a month is of the month
	// before it.
	if in.Frequency == "month" && in.Role == RoleStatistic && len(period) == len("2006-01-02") && strings.HasSuffix(period, "-01") &&
		slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool { return d.written && d.period == period }) {
		period = monthPeriod(periodMonth(period) - 1)
	}
	// "… في الربع الثالث من السنة المالية. … وانخفضت البطالة في الربع
	// الثالث": a quarter named without its year, after sentences that
	// name a fiscal year or a quarter of one, is a quarter of that fiscal
	// year.
	if quarter(period) && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool { return d.noYear && d.period == period && !st.namesMonth(d) }) {
		// (Not one named by its last month: "the June quarter".)
		// (Also another quarter of the fiscal year named last: "the January–
		// March quarter of 2024-25 … the first quarter".)
		// (Not past a calendar quarter with its year: "في الربع الثاني من
		// هذا العام، مقابل 7.1% في الربع الأول".)
		fy := ""
		for _, d := range inSentences(dt, st.dates, dateTok, max(0, sent-6), sent+1) {
			switch {
			case d.tok >= qTok:
			case fiscal(d.period):
				fy, _, _ = strings.Cut(d.period, "-Q")
			case quarter(d.period) && !d.noYear:
				fy = ""
			}
		}
		if fy != "" {
			period = fy + period[len("2006"):]
		}
	}
	// "في الربع الأول من السنة المالية 2025/2026" of Egypt: 2025-Q3; "the
	// second quarter of the last fiscal" ("FY-1-Q2"), of the fiscal year
	// before the one under way.
	if strings.HasPrefix(period, "FY") {
		if ents, _ := x.entities(dt, in, st.ments, qTok, qEnd, st.single, st.home, st.pair); len(ents) == 1 {
			if cal := cmp.Or(x.lastFiscalQuarter(period, ents[0], st.pub), x.fiscalQuarter(period, ents[0]), x.currentFiscalQuarter(period, ents[0], st.pub)); cal != "" {
				period = cal
			}
		}
	}
	// "… 4.6% في الربع الأول من العام المالي 2025/2026، مقارنة بـ 2.9% في
	// الفترة المماثلة من العام المالي السابق": the period of the figure
	// compared with, a year earlier.
	if period == "FY" {
		if p, ok := st.lastObs[sent]; ok && p.Indicator == in.ID && len(p.Period) == len("2006-01") {
			if m := dt.find(x.w.previousFiscalYear, qEnd, dt.clauseEnd(qTok)); len(m) > 0 && dt.endsAt(x.w.samePeriod, m[0][0], 1) {
				period = shiftYear(p.Period, -1)
			}
		}
	}
	if strings.HasPrefix(period, "FY") {
		return reject(in.ID, stepPeriod, "fiscal period %s: which calendar months it covers depends on the country", period)
	}
	// "معدل التضخم للعام الإيراني الماضي بلغ 46.5%": a year of another
	// calendar is no calendar year.
	if m := dt.find(x.w.otherCalendar, dt.clauseStart(qTok), dt.clauseEnd(qTok)); len(m) > 0 {
		return reject(in.ID, stepPeriod, "a year of another calendar (%s)", dt.text(st.d.Text, m[0]))
	}
	// "التضخم للشهر الإيراني الماضي … وفي الشهر الماضي بلغ": a document
	// that counts its months in another calendar counts "last month" in
	// it too. (Not a month named: "أبريل" is the Gregorian April.)
	if len(period) == len("2006-01") && !quarter(period) && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
		return !d.written && d.period == period && !st.namesMonth(d)
	}) {
		if m := dt.find(x.w.otherCalendar, 0, dt.n); len(m) > 0 {
			return reject(in.ID, stepPeriod, "a month counted in the calendar of %s", dt.text(st.d.Text, m[0]))
		}
	}
	// "تجاوز معدل التضخم في سوريا 1200% منذ 2011": a figure counted from
	// the date right after it, its clause dating it by nothing else ("5%
	// in May, the highest since 2011" is May's), is a total since then.
	inClause := func(d dateRef) bool { return !d.compared && d.clause(dt, qTok) == dt.cl[qTok] }
	ds := inSentences(dt, st.dates, dateTok, sent, sent+1)
	if in.Role == RoleStatistic && slices.ContainsFunc(ds, func(d dateRef) bool { return d.since && inClause(d) && d.tok >= qEnd && d.tok-qEnd <= 2 }) &&
		!slices.ContainsFunc(ds, func(d dateRef) bool { return !d.since && inClause(d) }) {
		return reject(in.ID, stepPeriod, "a total since a date, of no single period")
	}
	// "خلال الأشهر العشرة الأولى من العام الجاري، نما … مقارنة بالفترة
	// نفسها من عام 2018، والتي بلغت 1.67 مليار دولار": a statistic the
	// sentence dates by nothing but a stretch of time is of that stretch,
	// not of the day of publication.
	// A contrast between them ("…، في حين لا تتجاوز البطالة 0.1%") starts
	// another statement.
	// So does one whose comparison is with the same stretch of another
	// year: "…, twice as much as in the same period of 2021".
	if !explicit && in.Role == RoleStatistic && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
		return strings.Contains(d.period, "/") && !strings.HasPrefix(d.period, "FY") && (d.end <= qTok && len(dt.find(x.w.contrast, d.end, qTok)) == 0 ||
			d.tok >= qEnd && len(dt.find(x.w.samePeriod, max(qEnd, d.tok-4), d.end)) > 0)
	}) {
		return reject(in.ID, stepPeriod, "dated only by a stretch of time in its sentence")
	}
	// "Brazil-China trade grew nearly 10 percent for the first 10 months of
	// 2024. Trade between China and Brazil grew by 9.9 percent … to hit
	// 1.14 trillion yuan": a sentence with no date that goes on about the
	// indicator of a sentence dated by a stretch is of that stretch.
	// (Its dates all stretches, and no statement made before: "Кулубаев
	// ранее отметил, что товарооборот достиг …".)
	if prevDates := inSentences(dt, st.dates, dateTok, sent-1, sent); !explicit && in.Role == RoleStatistic && sent > 0 && len(prevDates) > 0 && len(inSentences(dt, st.dates, dateTok, sent, sent+1)) == 0 && !x.saidEarlier(dt, from, qTok) {
		if a, b := dt.sentence(sent - 1); len(dt.find(in.cues, a, b)) > 0 && !slices.ContainsFunc(prevDates, func(d dateRef) bool {
			return !strings.Contains(d.period, "/") || strings.HasPrefix(d.period, "FY")
		}) {
			return reject(in.ID, stepPeriod, "dated only by a stretch of time in the sentence before, on the same indicator")
		}
	}
	// "خلال الفترة الممتدة من شباط 2024 حتى كانون الثاني 2025", "between
	// March 2024 and February 2025": two months joined as a span that is no
	// year-on-year pair date a figure of that stretch (a twelve-month
	// average), not of either month.
	if len(period) == len("2006-01") && !quarter(period) {
		if a, b, ok := st.monthSpan(sent, period); ok {
			if q := quarterSpan(a, b); q != "" {
				period = q // "between April and June": the second quarter
			} else {
				return reject(in.ID, stepPeriod, "a stretch of time from %s to %s, not a year, quarter, month or day", a, b)
			}
		}
	}
	if a, b, ok := strings.Cut(period, "/"); ok {
		if q := quarterSpan(a, b); q != "" {
			period = q
		}
	}
	// "between November 2015 and November 2016": on a year-on-year basis,
	// the later month's rate.
	if a, b, ok := strings.Cut(period, "/"); ok && in.basis.len() > 0 && len(a) == len("2006-01") && len(b) == len(a) && a[5] != 'Q' && periodMonth(b)-periodMonth(a) == 12 {
		period = b
	}
	// "… from KES 40bn to KES 54bn between 2022 and 2023": the value a
	// value of the same kind rose from in its sentence is the last year's.
	// So is a rate a rise or fall reached over two years a range names:
	// "jumped to 13.3% between 2023 and 2024".
	// (Not when the value it rose from has a date of its own: "from $1.9
	// billion in 2008-2009 to $3.6 billion in 2012-2013" are two
	// stretches.)
	if a, b, ok := yearPair(period); ok && in.Role == RoleStatistic && (slices.ContainsFunc(st.qs[:qi], func(o quantity.Quantity) bool {
		return o.Kind == q.Kind && dt.sent[o.Token] == sent && dt.endsAt(x.w.from, o.Token, 0) && !slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.tok >= o.EndToken && d.end <= q.Token })
	}) || q.Kind == quantity.Percent && atoi4(b) == atoi4(a)+1 && dt.endsAt(x.w.level, q.Token, 0) && st.moves(dt.clauseStart(q.Token), q.Token)) {
		period = b
	}
	if strings.Contains(period, "/") {
		return reject(in.ID, stepPeriod, "%s is a stretch of time, not a year, quarter, month or day", period)
	}
	// "с июля по сентябрь безработица держалась на 3%": a monthly rate
	// from the first to the last month of a quarter held for those months;
	// no quarterly figure.
	if in.Frequency == "month" && q.Kind == quantity.Percent && quarter(period) && slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool { return d.months && d.period == period }) {
		return reject(in.ID, stepPeriod, "%s, from its first to its last month, is three months of a monthly rate", period)
	}
	if !in.IsEvent() {
		if d := st.stretchOf(qTok, in.basis.len() > 0); d != "" {
			return reject(in.ID, stepPeriod, "said of a stretch of time (%s)", d)
		}
		// "down from its highest levels, 30% in 2023": the peak of a
		// monthly year-on-year rate within a year is no value of the year.
		if len(period) == 4 && in.basis.len() > 0 && len(dt.find(x.w.peak, dt.clauseStart(qTok), min(dt.clauseEnd(qTok), qEnd+3))) > 0 {
			return reject(in.ID, stepPeriod, "a peak within %s, not its value", period)
		}
	}
	// "grew 2.2% in the first quarter compared with the fourth quarter of
	// 2021", "quarter on quarter": growth on the period before, the
	// headline only where the document gives no other growth for the
	// period (decided per document). (An indicator with growth cues and no
	// basis, GDP growth, is a change by nature.)
	onPrevious := false
	// "0.7% higher than in the previous quarter": a comparison the figure
	// sizes is growth on its base (not "3%, lower than the previous
	// quarter", levels compared).
	sized := slices.ContainsFunc(dt.find(x.w.comparative, qEnd, min(dt.n, qEnd+1)), func(m [2]int) bool { return m[0] == qEnd })
	if in.Role == RoleStatistic && len(period) == 7 {
		// "a pace unchanged from the previous quarter though short of the
		// 5.1% seen in the same quarter of 2023": a figure whose own words
		// after it compare it with a year before.
		// (Before the next figure: not "rose 0.5% on the month and 4%
		// year on year".)
		ownEnd := dt.clauseEnd(qTok) // where the words after the figure stop being its own
		for _, o := range st.qs[qi+1:] {
			if o.Token >= ownEnd {
				break
			}
			if o.Kind != quantity.Date {
				ownEnd = o.Token
				break
			}
		}
		yearBack := len(dt.find(x.w.samePeriod, qEnd, ownEnd)) > 0 || len(dt.find(x.w.onYear, qEnd, ownEnd)) > 0
		before := addQuarters(period, -1)
		if !quarter(period) {
			before = monthPeriod(periodMonth(period) - 1)
		}
		for _, d := range inSentences(dt, st.dates, dateTok, sent, sent+1) {
			between := d.tok > qTok && figureIn(st.qs, qEnd, d.tok) || d.tok < qTok && figureIn(st.qs, d.end, qTok)
			// "ومقارنة بالربع الأول 2022، حقق الناتج …" (an opening clause
			// with no figure of its own).
			opening := dt.clauseEnd(from) < to && d.tok < dt.clauseEnd(from) && !figureIn(st.qs, from, dt.clauseEnd(from))
			// The period before, or any base less than a year back ("compared
			// with February", of first-quarter growth).
			lag := periodEnd(period) - periodEnd(d.period)
			near := d.period == before || calendar(d.period) && len(d.period) >= 7 && lag > 0 && lag < 12
			// "ارتفاعا بـ5.8% في الربع الثالث 2021، مقارنة بالربع الثاني": a
			// comparison that opens the next clause is the figure's too.
			// (Not one that goes on to a figure of its own: "…, а по
			// сравнению с августом – 0,6%".)
			next := dt.clauseStart(d.tok) == dt.clauseEnd(qTok) && len(dt.find(x.w.compare, dt.clauseStart(d.tok), d.tok)) > 0 &&
				!st.kindIn(st.qs[qi].Kind, d.end, min(to, dt.wordsAhead(d.end, 3)))
			than := dt.endsAt(x.w.than, d.tok, 1) && !sized // "lower than the previous quarter": levels compared, no basis
			// "up from October's 10.4%": the date of the figure it labels.
			labels := d.tok > qTok && st.labelsFigure(d)
			// "0.7% higher than in the previous quarter and 1.8% higher …":
			// the base of the figure before it.
			owned := d.tok < qTok && figureIn(st.qs, dt.clauseStart(d.tok), d.tok)
			// (Across a dash: "а по сравнению с августом – 0,6%".)
			dash := d.tok < qTok && d.tok >= dt.clauseAcrossDash(qTok)
			// "إلى 48% مقارنة مع أبريل، حيث سجل التضخم 41%", "against
			// April, when it was 41%": the month's own level
			// follows, levels compared, no basis.
			levels := d.tok > qTok && slices.ContainsFunc(dt.find(x.w.where, d.end, min(to, d.end+3)), func(m [2]int) bool {
				return st.kindIn(st.qs[qi].Kind, m[1], to)
			})
			onPrevious = onPrevious || d.compared && near && !between && !than && !labels && !owned && !levels && (d.clause(dt, qTok) == dt.cl[qTok] || opening || next || dash)
		}
		cs, ce := dt.clauseStart(qTok), dt.clauseEnd(qTok)
		// (Up to nine tokens: "On a quarter- on- quarter basis," counts
		// its hyphens; twelve for a phrase that names the basis: "On a
		// quarter-on-quarter seasonally adjusted basis,".)
		if first := dt.clauseEnd(from); first < to && (first-from <= 9 || first-from <= 12 && len(dt.find(x.w.onPrevious, from, first)) > 0) {
			cs = min(cs, from) // "On a quarterly basis, the economy grew 1.3%"
		}
		// "نما 1.6% على أساس فصلي، مقارنة بنمو 0.7% في الربع الأول": the
		// figure compared with is on the basis of the one it follows.
		if len(dt.find(x.w.compare, cs, qTok)) > 0 {
			cs = from
		}
		// "grew by 5.8% in Q3, compared to the previous quarter": the
		// comparison that follows in a clause of its own.
		ce = st.comparisonEnd(ce, to)
		// (Not past a cause: "fell to 12.3% after food prices dropped on
		// a monthly basis".)
		if m := dt.find(x.w.cause, qEnd, ce); len(m) > 0 {
			ce = m[0][0]
		}
		// (Not the basis of a change in points right before it: "0.6
		// percentage points up quarter on quarter from 4.0 percent in Q1"
		// compares two rates on a year.)
		onPrevious = onPrevious || slices.ContainsFunc(dt.find(x.w.onPrevious, cs, ce), func(m [2]int) bool {
			return !slices.ContainsFunc(st.qs, func(o quantity.Quantity) bool {
				e := o.EndToken
				return (o.Unit == "pp" || o.Unit == "bp") && e <= m[0] && m[0]-e <= 2 && o.Token != qTok
			})
		})
		// "quarterly growth of 1.1%" (right before the figure: not the
		// annual growth before it in the clause).
		onPrevious = onPrevious || slices.ContainsFunc(dt.find(x.w.previousGrowth, max(cs, qTok-6), qTok), func(m [2]int) bool { return qTok-m[1] <= 2 })
		// "When seasonally adjusted, real GDP increased by 0.7%": growth on
		// the quarter before, unless the sentence compares it with a year
		// before ("compared with the same quarter of the previous year,
		// seasonally adjusted GDP rose 0.9%").
		onPrevious = onPrevious || len(dt.find(x.w.seasonallyAdjusted, cs, ce)) > 0 &&
			len(dt.find(x.w.onYear, from, ce)) == 0 && len(dt.find(x.w.samePeriod, from, ce)) == 0
		// "compared to the previous quarter" (not "4.2% in the previous
		// quarter", a date).
		for _, m := range dt.find(x.w.previousMonth, cs, ce) {
			if m[1] <= qTok && st.trailsFigure(qi, m) || st.ownsFigure(m, qTok) {
				continue // "rose 0.3% from the previous month and 4.1% over 12 months", "from the previous month's 4.9%"
			}
			if m[0] >= qEnd && st.periodOfFromValue(qTok, m) {
				continue // "لتصل إلى 9.2% بعد أن كانت 9.1% خلال الشهر السابق": the period of the value it moved from
			}
			for _, set := range []*phraseSet{x.w.compare, x.w.from, x.w.over} {
				// (Not "grew 3%, lower than the previous quarter": a
				// comparison of levels, no basis.)
				onPrevious = onPrevious || dt.endsAt(set, m[0], 1) && (!dt.endsAt(x.w.than, m[0], 1) || sized)
			}
		}
		// A later growth of the sentence with no basis of its own keeps the
		// basis of the one before it.
		// (Of an indicator that is a change by nature: GDP growth.)
		if st.onPrevSent[sent] && in.basis.len() == 0 && len(dt.find(x.w.onYear, cs, ce)) == 0 && len(dt.find(x.w.samePeriod, cs, ce)) == 0 && len(dt.find(in.basis, cs, ce)) == 0 {
			onPrevious = true
		}
		// An annual rate said to stay where it was compared with the month
		// before is no change on the month (steadyComparison).
		if onPrevious && in.basis.len() > 0 && st.steadyComparison(qTok, qEnd, min(dt.n, qEnd+2)) >= 0 {
			onPrevious = false
		}
		if yearBack {
			onPrevious = false
		}
		if onPrevious {
			st.onPrevSent[sent] = true
		}
		// An indicator defined year on year (inflation) never takes the
		// change on the period before — unless its clause says the figure
		// is annual ("annual inflation rose to 4.1% compared with
		// October"; a date such as "العام الماضي" says nothing of the basis).
		// (Nor does one compared, in its clause after it, with the same
		// month a year back: "وبنسبة 1.15% قياسا مع الشهر ذاته من العام
		// 2024".)
		if onPrevious && in.basis.len() > 0 && !slices.ContainsFunc(dt.find(in.basis, cs, ce), func(m [2]int) bool {
			return !insideQuantity(st.qs, st.sc, m[0])
		}) && !st.twelveMonths(qEnd, ce) && !(len(dt.find(x.w.sameMonth, qEnd, ce)) > 0 && len(dt.find(x.w.compare, qEnd, ce)) > 0) {
			// (An anaphor of it stands for a change on the period before
			// too: "… prices showed a movement of -0.8% in March.
			// February's rate was 0.6%".)
			st.qualified[qi] = qualified{indicator: in.ID, word: onPreviousWord, onPrevious: true}
			return reject(in.ID, stepQualifier, "a change on the period before, not on a year before")
		}
	}
	// "rose quarter on quarter by 0.7%" dated only by a year: growth on a
	// quarter or month the text does not name.
	if cs := dt.clauseStart(qTok); in.Role == RoleStatistic && len(period) == 4 {
		if first := dt.clauseEnd(from); first < to && first-from <= 9 {
			cs = min(cs, from) // "Quarter on quarter, GDP rose 0.7%"
		}
		if len(dt.find(x.w.onPrevious, cs, dt.clauseEnd(qTok))) > 0 {
			return reject(in.ID, stepPeriod, "a change on the period before, in a year (%s) and not a quarter or month", period)
		}
	}
	// "Growth reached 6.9% in the fourth quarter of 2025 … growth
	// strengthened each quarter: 5.8 percent in the first quarter, …",
	// published on 5 January: a quarter named without its year, not over
	// yet, is that quarter of the year whose quarter the text named before
	// (not in a text of fiscal years).
	if in.Role == RoleStatistic && st.pub != "" && quarter(period) &&
		slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool { return d.period == period && d.noYear && !d.written }) &&
		notOver(period, st.pub) {
		if last := shiftYear(period, -1); slices.ContainsFunc(st.dates, func(d dateRef) bool {
			return d.tok < qTok && quarter(d.period) && !d.noYear && d.period[:4] == last[:4]
		}) && !slices.ContainsFunc(st.dates, func(d dateRef) bool { return strings.HasPrefix(d.period, "FY") }) {
			period = last
		}
	}
	// "trade in 2025 approached $2 billion", published in December 2025:
	// a year or quarter not over when the news was published — more than
	// a week before its end (statistics offices that estimate a quarter in
	// its last days: "growth in the third quarter was estimated at 5.3%",
	// on 29 September).
	if in.Role == RoleStatistic && st.pub != "" && (len(period) == 4 || quarter(period)) && notOver(period, st.pub) {
		return reject(in.ID, stepPeriod, "%s was not over when the news was published", period)
	}
	// "к концу этого года … рубеж в $175 млрд", published on 2 December:
	// the end of a year not yet reached.
	if in.Role == RoleStatistic && st.pub != "" && len(period) == len("2006-12") && !quarter(period) && !periodAfter(period, st.pub) &&
		slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool { return d.yearEnd && d.period == period }) && endsAfterWeek(period, st.pub) {
		return reject(in.ID, stepPeriod, "the end of %s was not reached when the news was published", period)
	}
	// "trade in the year ended June 2025 reached NZ$1.6 billion": a sum
	// over the twelve months to a month is of no calendar period (a rate
	// "in the year to March" is March's).
	// Nor is a rate over the twelve months to a day inside a month
	// ("average inflation in the twelve months that ended on 20 March").
	if (q.Kind == quantity.Money || in.Role == RoleStatistic && len(period) == len("2006-01-02") && strings.HasPrefix(addDays(period, 1), period[:7])) &&
		slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool { return d.yearTo && d.period == period }) {
		return reject(in.ID, stepPeriod, "the twelve months to %s, a span of no calendar period", period)
	}
	if st.pub != "" && period != "" && periodAfter(period, st.pub) && in.Role != RoleVisit && !(announced && len(period) >= len("2006-01") && !quarter(period)) && !pc.effective {
		return reject(in.ID, stepPeriod, "period %s is after publication: a target or forecast", period)
	}

	// (A sum, once it is no end of a range: "J$160 to the U.S. dollar".)
	if in.MinValue != 0 && q.Value < in.MinValue && q.Kind == quantity.Money {
		return reject(in.ID, stepValue, "%g is below min_value %g", q.Value, in.MinValue)
	}

	// Entities.
	ents, inSentence := x.entities(dt, in, st.sidesOf(in, sent), qTok, qEnd, st.single, st.home, st.pair)
	// "7.2% Chile, 5.9% Peru, 4.1% the US and 3.0% Mexico": in a
	// list of figures each followed by its country, a figure's country is
	// the one right after it.
	if in.Entities == 1 && len(ents) == 1 {
		after := func(end int) (mention, bool) {
			i, j := within(st.ments, mentionTok, end, min(dt.n, end+2))
			// (Right after, past an article at most: not ", Молдове – 4,3%".)
			if i < j && !st.ments[i].person && !isGroup(st.ments[i].code) && dt.sent[st.ments[i].tok] == sent && (st.ments[i].tok == end || dt.sc.Punct(end) == 0) {
				return st.ments[i], true
			}
			return mention{}, false
		}
		if m, ok := after(qEnd); ok && m.code != ents[0] {
			k := qi - 1
			for k >= 0 && st.qs[k].Kind == quantity.Date {
				k--
			}
			if k >= 0 && st.qs[k].Kind == q.Kind && dt.sent[st.qs[k].Token] == sent {
				if _, ok := after(st.qs[k].EndToken); ok {
					ents = []string{m.code}
				}
			}
		}
	}
	// "the 25th Ordinary Summit of the EAC Heads of State": a meeting that
	// its name gives to a group is the group's, not a pair's.
	if in.Role == RoleMeeting {
		i, j := within(st.ments, mentionTok, qEnd, min(dt.n, qEnd+5))
		for _, m := range st.ments[i:j] {
			if isGroup(m.code) && dt.cl[m.tok] == dt.cl[qTok] {
				return reject(in.ID, stepEntities, "a meeting of a group of countries (%s)", m.code)
			}
		}
	}
	// (Unless the figure's clause names a country of its own: "Показатель
	// в Уругвае составил 8,5%"; or the sentence opens on one as its place:
	// "В Танзании, по последней переписи, она составила 8,6%".)
	opens := func(m mention) bool {
		return dt.endsAt(x.w.locative, m.tok, 0) && opensOnPlace(dt, &x.w, m.tok, from, 3)
	}
	if carried != nil && len(carried) == in.Entities && (attached || !slices.ContainsFunc(inSentences(dt, st.ments, mentionTok, sent, sent+1), func(m mention) bool {
		return !m.person && !isGroup(m.code) && (dt.cl[m.tok] == dt.cl[qTok] || opens(m)) && !slices.Contains(carried, m.code)
	})) {
		ents, inSentence = carried, true // "this figure" is about the countries just named
	}
	// "Argentina's trade with Brazil reached $27.6 billion. Less than 1% of
	// it is settled in pesos and reais": a sentence that names no country
	// and points back at the figure before is about that figure's countries.
	if p, ok := st.lastObs[sent-1]; ok && sent > 0 && carried == nil && len(p.Entities) == in.Entities && p.Indicator != in.ID &&
		len(inSentences(dt, st.ments, mentionTok, sent, sent+1)) == 0 && len(dt.find(x.w.anaphor, from, dt.clauseEnd(qTok))) > 0 {
		ents, inSentence = p.Entities, true
	}
	// "В расчетах со странами ЕАЭС доля нацвалют ниже. Показатель
	// составляет около 85%": a sentence that names no country and opens by
	// pointing back at one that names a group and observed nothing is the
	// group's.
	if !inSentence && carried == nil && sent > 0 && len(inSentences(dt, st.ments, mentionTok, sent, sent+1)) == 0 &&
		slices.ContainsFunc(dt.find(x.w.anaphor, from, min(to, from+2)), func(m [2]int) bool { return m[0] == from }) {
		if _, observed := st.lastObs[sent-1]; !observed {
			before := inSentences(dt, st.ments, mentionTok, sent-1, sent)
			if i := slices.IndexFunc(before, func(m mention) bool { return isGroup(m.code) }); i >= 0 {
				return reject(in.ID, stepEntities, "said of a group of countries (%s) the sentence before names, not of a country", before[i].code)
			}
		}
	}
	// "Settlements between Peru and Chile are almost all in soles and
	// pesos, 97%. … «Payments are made at 97% in national currencies», he
	// said": a sentence that names no country and says again the value of
	// the same indicator a sentence just before observed is about its
	// countries.
	if carried == nil && !inSentence && q.Kind == quantity.Percent && len(inSentences(dt, st.ments, mentionTok, sent, sent+1)) == 0 {
		for s := sent - 1; s >= 0 && s >= sent-3; s-- {
			if p, ok := st.lastObs[s]; ok && p.Indicator == in.ID && p.Value == q.Value && len(p.Entities) == in.Entities {
				ents, inSentence = p.Entities, true
				break
			}
		}
	}
	// "… followed by Canada at $62.4 billion": an item of a ranking of
	// partners is its country's with the country the document is about.
	if ranked != "" && in.Entities == 2 {
		if st.single == "" || st.single == ranked {
			return reject(in.ID, stepEntities, "an item of a ranking (%s) with no partner the document is about", ranked)
		}
		ents = []string{ranked, st.single}
		sort.Strings(ents)
	}
	// "Agriculture, industry and services grew 1.1%, 1.8% and 0.9%
	// respectively": a list paired item by item with what was named
	// before it — countries, in order, or else things that are no
	// country.
	if pos, n := st.listPosition(qi); n > 1 && !pairedByCue {
		lastTok, firstTok := st.qs[qi-pos+n-1], st.qs[qi-pos].Token
		// (Also said before the list: "…, which respectively reached 5.5
		// percent, 5.9 percent and 5.2 percent".)
		if len(dt.find(x.w.respectively, lastTok.Token, min(dt.n, dt.clauseEnd(lastTok.EndToken)+1))) > 0 ||
			len(dt.find(x.w.respectively, max(dt.clauseStart(firstTok), firstTok-4), firstTok)) > 0 {
			var named []string
			a, _ := dt.sentence(sent)
			namedFrom := func(a int) {
				named = named[:0]
				for _, m := range inSentences(dt, st.ments, mentionTok, sent, sent+1) {
					if m.tok < st.qs[qi-pos].Token && m.tok >= a && !slices.Contains(named, m.code) {
						named = append(named, m.code)
					}
				}
			}
			namedFrom(a)
			// (Past the clause of a figure of the sentence before the list,
			// whose country it is: "2.1% in Poland, while Latvia and Estonia
			// recorded 3.1% and 3.6%, respectively".)
			k := qi - pos - 1
			for k >= 0 && st.qs[k].Kind == quantity.Date {
				k--
			}
			if len(named) != n && k >= 0 && st.qs[k].Token >= a && dt.clauseEnd(st.qs[k].Token) < st.qs[qi-pos].Token {
				namedFrom(dt.clauseEnd(st.qs[k].Token))
			}
			// (Past a comparison with other places: "выше, чем и в ЦФО, и
			// в России (8,03% и 8,13% соответственно)".)
			if than, other := st.otherPlace(qi); other {
				a = than
			}
			labels := append(dt.find(x.w.qualifiers, a, st.qs[qi-pos].Token), dt.find(x.w.subjects, a, st.qs[qi-pos].Token)...)
			// Unless the figure's own label is a plain one ("the deposit
			// rate, the lending rate and the main rate … respectively").
			own := slices.ContainsFunc(labels, func(m [2]int) bool {
				item, ok := st.respectiveItem(qi, m)
				return !ok || item == pos
			})
			switch {
			case len(named) == n && in.Entities == 1:
				ents, inSentence = named[pos:pos+1], true
			case len(labels) >= n && own:
				return reject(in.ID, stepQualifier, "paired by respectively with %d items that are other measures", n)
			}
		}
	}
	// "Tonga (9.4%), Cook Islands (7.7%), Palau (5.0%)": in a list of names
	// each with its figure in brackets, a name that is no country known
	// gives its figure no country (not the one named before it).
	if in.Entities == 1 && st.namedInBrackets(qi) && !dt.place[qTok-2] &&
		(qi > 0 && dt.sent[st.qs[qi-1].Token] == sent && st.namedInBrackets(qi-1) || qi+1 < len(st.qs) && dt.sent[st.qs[qi+1].Token] == sent && st.namedInBrackets(qi+1)) {
		return reject(in.ID, stepEntities, "the figure of %s, no country known", dt.text(st.d.Text, [2]int{qTok - 2, qTok - 1}))
	}
	if len(ents) != in.Entities && in.Entities > 0 {
		return reject(in.ID, stepEntities, "%d of the %d countries the indicator needs", len(ents), in.Entities)
	}
	// "فلسطين تصدرت قائمة الدول العربية بمعدل 28%": the one country
	// named in the clause beside a group is the group's member the figure
	// is of.
	if len(ents) == 1 && isGroup(ents[0]) && in.Entities == 1 {
		var members []string
		ms := inSentences(dt, st.ments, mentionTok, sent, sent+1)
		for _, m := range ms {
			if dt.cl[m.tok] == dt.cl[qTok] && !isGroup(m.code) && !slices.Contains(members, m.code) {
				members = append(members, m.code)
			}
		}
		// "Croatia's annual inflation, the highest in the euro zone, was
		// 4.6%": a group named only in an aside between the cue and the
		// figure compares; the country of the cue's clause owns the figure.
		if len(members) == 0 && cue[1] <= qTok && dt.cl[cue[0]] < dt.cl[qTok] {
			aside := true
			for _, m := range ms {
				switch {
				case isGroup(m.code) && (dt.cl[m.tok] <= dt.cl[cue[0]] || dt.cl[m.tok] >= dt.cl[qTok]):
					aside = false
				case !isGroup(m.code) && dt.cl[m.tok] == dt.cl[cue[0]] && m.tok < cue[0] && !slices.Contains(members, m.code):
					members = append(members, m.code)
				}
			}
			if !aside {
				members = nil
			}
		}
		// "Oman topped the price table among the GCC countries in March,
		// with inflation of 1.9%": a group after "among" is the scope of a
		// rank; the one country named before it owns the figure.
		if len(members) == 0 {
			if i := slices.IndexFunc(ms, func(m mention) bool { return isGroup(m.code) && dt.endsAt(x.w.among, m.tok, 1) && m.tok < qTok }); i >= 0 {
				for _, m := range ms[:i] {
					if !isGroup(m.code) && !m.person && !slices.Contains(members, m.code) {
						members = append(members, m.code)
					}
				}
			}
		}
		if len(members) == 1 {
			ents = members
		}
	}
	for _, e := range ents {
		if isGroup(e) {
			// "… the euro area rate was 5.1%. A year earlier, the rate was
			// 0.9%": an anaphor of it is the group's too.
			st.qualified[qi] = qualified{indicator: in.ID, word: "a group of countries (" + e + ")", group: true}
			return reject(in.ID, stepEntities, "said of a group of countries (%s), not of a country", e)
		}
	}
	// "معدل التضخم في إمارة أبوظبي": a document that names the country
	// only by a part of it, once called so, reports that part's figures.
	// "trade between India and Dubai": so does a pair with such a part.
	// (Not a pair said to be "the two countries": "after talks in Tbilisi,
	// … trade between the two countries".)
	if in.Role == RoleStatistic && !(in.Entities == 2 && len(dt.find(x.w.twoCountries, from, to)) > 0) {
		for _, e := range ents {
			if part := st.partOfCountry(e, from, to); part != "" {
				return reject(in.ID, stepQualifier, "the figure of %s, a part of the country", part)
			}
		}
		// "In Greater Jakarta, the bureau said inflation stood at 1.9%": a
		// city of the country, named as a part, before the figure in its
		// sentence.
		if len(ents) == 1 {
			for _, m := range inSentences(dt, st.ments, mentionTok, sent, sent+1) {
				if c, ok := st.cityAt(m); ok && m.code == ents[0] && m.tok < qTok {
					if part := st.namedAsPart(m, c, from); part != "" {
						return reject(in.ID, stepQualifier, "the figure of %s, a part of the country", part)
					}
					// "Dubai's economy expanded by 4.2%": a city in the
					// possessive right before the cue.
					if c[1] < cue[0] && dt.possessive(c[1], cue[0]) {
						return reject(in.ID, stepQualifier, "the figure of %s, a city of the country", dt.text(st.d.Text, c))
					}
				}
			}
		}
	}
	// "The visit comes two days after the vote", "بعد يومين من": a
	// distance in time.
	if in.Role == RoleVisit && (dt.endsAt(x.w.offsetBefore, qTok, 0) || dt.startsAt(x.w.offsetAfter, qEnd)) {
		return reject(in.ID, stepQualifier, "a distance in time, not the length of a visit")
	}
	if in.Role == RoleVisit && st.tourAfter(qTok) {
		return reject(in.ID, stepEntities, "a tour of several countries, not a visit between two")
	}
	// "in some countries inflation reaches 50% and 80%, such as Turkey,
	// Egypt and Lebanon": three countries or more in the figure's clause,
	// not paired by "respectively", leave open whose figure it is.
	// "payments of Chile with Peru, Bolivia and Ecuador in pesos reached
	// 40%": three countries or more between a pair's cue and its
	// figure make it no pair's.
	// (Not past a clause opened by "and" that names the one partner of the
	// figure: "Товарооборот Новой Зеландии и ОАЭ …, а с Саудовской Аравией
	// — 1,2 млрд".)
	if in.Entities == 2 && ranked == "" && !st.andPartnerClause(qTok, ents) {
		seen := map[string]bool{}
		// (From the first cue of the sentence with no figure after it:
		// "the share of payments of Chile with Peru, Bolivia and
		// Ecuador in local currencies stood at 40%".)
		lo := min(cue[0], dt.clauseStart(qTok))
		if c := dt.find(in.cues, from, qTok); len(c) > 0 && !figureIn(st.qs, c[0][1], qTok) {
			lo = min(lo, c[0][0])
		}
		for _, m := range inSentences(dt, st.ments, mentionTok, dt.sent[qTok], dt.sent[qTok]+1) {
			// (Not the country a traveller leaves: "Из Кении он
			// отправится в Танзанию с двухдневным визитом".)
			// (Nor one compared with: "better than with Italy".)
			if m.tok >= lo && m.tok < qTok && !(in.Role == RoleVisit && x.leftFrom(dt, m)) && (m.person || !x.afterThan(dt, m.tok)) {
				seen[m.code] = true
			}
		}
		if len(seen) >= 3 {
			return reject(in.ID, stepEntities, "%d countries between the cue and the figure: no pair's figure", len(seen))
		}
		// "account for 80% of Kenya, Uganda and Rwanda": three countries or
		// more listed right after the figure, no figure between, neither.
		// So is a list that starts there and goes on past that: "12% is the
		// share of Chile's payments in pesos with Peru, Bolivia and Ecuador".
		// (A statistic's: a meeting's name holds its countries, "the 6th
		// India-Germany consultations".)
		if in.Role == RoleStatistic {
			after, last := map[string]bool{}, -1
			for _, m := range inSentences(dt, st.ments, mentionTok, dt.sent[qTok], dt.sent[qTok]+1) {
				// (Not the pair named before it again, by its capitals: "trade
				// between Morocco and India passed $4 billion, which makes Rabat
				// a key partner of New Delhi in Africa".)
				if m.tok >= qEnd && !m.person && !figureIn(st.qs, qEnd, m.tok) && (dt.wordsBetween(qEnd, m.tok) <= 8 || last >= 0 && dt.wordsBetween(last+1, m.tok) <= 2) && !(len(seen) == 2 && seen[m.code]) {
					after[m.code], last = true, m.tok
				}
			}
			if len(after) >= 3 {
				return reject(in.ID, stepEntities, "%d countries listed after the figure: no pair's figure", len(after))
			}
		}
	}
	// "the smallest jobless rates were found in Malta (2.5%) and Poland
	// (2.9%)": a figure alone in brackets right after a country's name is
	// that country's, however many its clause names.
	bracketOwner := false
	if in.Entities == 1 && in.Role == RoleStatistic && st.aloneInBrackets(qi) {
		if code := st.namedRightBefore(qTok); code != "" {
			ents, bracketOwner = []string{code}, true
		}
	}
	if in.Entities == 1 && !bracketOwner && len(dt.find(x.w.respectively, dt.clauseStart(qTok), dt.clauseEnd(qTok))) == 0 {
		seen := map[string]bool{}
		for _, m := range inSentences(dt, st.ments, mentionTok, dt.sent[qTok], dt.sent[qTok]+1) {
			if dt.cl[m.tok] == dt.cl[qTok] {
				seen[m.code] = true
			}
		}
		if len(seen) >= 3 {
			return reject(in.ID, stepEntities, "%d countries in the clause: whose figure it is is not said", len(seen))
		}
	}

	value := q.Value
	if q.Kind == quantity.Duration && q.Unit == "weeks" && in.Unit == "days" {
		value *= 7
	}
	if !indexed && (ch.growth && ch.fall && value > 0 || value > 0 && st.fallAfter(in, cue, qTok, qEnd) || value > 0 && !ch.change && !st.rateNamed(cue) && st.fallSubject(in, cue, qTok) || value > 0 && st.negativeSign(in, cue, qTok, qEnd) || value > 0 && st.fallOfListBefore(in, qi)) {
		value = -value
	}
	bound := q.Bound
	if bound == "" {
		bound = st.verbBound(qTok, qEnd, cue)
	}
	// "5.9% in September, below 6% for the first time": a bound after the
	// level of the same indicator and period is what the level is compared
	// with.
	if p, ok := st.lastObs[sent]; ok && bound != "" && p.Indicator == in.ID && p.Period == period && p.Bound == "" && p.Value != value && slices.Equal(p.Entities, ents) {
		return reject(in.ID, stepPrevious, "a bound compared with %v just given for %s", p.Value, period)
	}
	// "increased to 3.9% from 3.8% as recorded in June", June's rate
	// being the 3.9%: a value moved from, dated as the value it moved to,
	// is of no period the text gets right.
	if p, ok := st.lastObs[sent]; ok && prev && p.Indicator == in.ID && p.Period == period && p.Value != value && slices.Equal(p.Entities, ents) {
		return reject(in.ID, stepPrevious, "an earlier value dated %s like the value %v it moved to", period, p.Value)
	}
	unit := in.Unit
	if in.Unit == "currency" || q.Kind == quantity.Money || in.Unit == "days" && q.Unit != "weeks" || in.Unit == "months" {
		unit = q.Unit
	}
	// "7 مليارات ريال" of trade between Qatar and Turkey: Qatari riyals.
	if q.BareCurrency {
		var ok bool
		if unit, ok = namesakeCurrency(unit, ents); !ok {
			return reject(in.ID, stepValue, "a %s of %s: which one, the text does not say", q.Unit, strings.Join(ents, " or "))
		}
	}
	// "За январь и февраль 2024 года товарооборот составил $410,6 млн": a
	// sum over two periods is a value of neither (a rate said of both is
	// each one's).
	if pc.also != "" && pc.also != period && q.Kind == quantity.Money {
		return reject(in.ID, stepPeriod, "a sum over %s and %s, not a value of either", min(period, pc.also), max(period, pc.also))
	}
	// A period no calendar has ("0000-Q0") is a fault of the rules above:
	// no point is better than a wrong one.
	if period != "" && !wellFormed(period) {
		return reject(in.ID, stepPeriod, "no calendar period (%s)", period)
	}
	// "Spain and Italy both recorded a contraction of 0.4%", "Portugal
	// and Greece each grew 1.2%": one value for each of two countries.
	alsoEntity := ""
	if len(ents) == 1 && !in.IsEvent() {
		alsoEntity = st.eachOfTwo(ents[0], qTok)
	}
	obs := Observation{
		Doc: st.d.Path, Indicator: in.ID, Entities: ents, Period: period, Value: value, Unit: unit,
		Approx: q.Approx, Bound: bound, Lang: st.d.Lang,
		Quote: strings.TrimSpace(st.d.Text[st.sc.Token(from).ByteStart:st.sc.Token(to-1).ByteEnd]),
		Span:  [2]int{q.Start, q.End}, Speaker: x.speaker(dt, st.d.Text, sent), Mentions: 1,
	}
	obs.Confidence = confidence(confidenceSignals{
		cueDistance: bestScore, cueAfter: cue[0] >= qEnd, context: context,
		explicit: explicit || in.IsEvent(), inSentence: inSentence, bound: bound != "",
	})
	st.lastKind[sentKind{sent, q.Kind}] = in.ID
	o := obs
	st.lastObs[sent] = &o
	// "the overnight deposit rate at 21%": a corridor's rate, the key rate
	// only where no other rate is the key one (decided per document).
	corridor := len(dt.find(x.w.corridor, min(max(0, cue[0]-2), dt.clauseStart(qTok)), max(cue[1], qTok))) > 0 ||
		// (Or named right after the figure: "20.5% لسعر الائتمان والخصم".)
		slices.ContainsFunc(dt.find(x.w.corridor, qEnd, min(dt.n, qEnd+5)), func(m [2]int) bool { return m[0] <= qEnd+1 })
	// "Годовая инфляция … 16,8%": said to be on the indicator's basis.
	ba, bb := min(cue[0], dt.clauseStart(qTok)), max(cue[1], dt.clauseEnd(qTok))
	// (Not a basis that labels another figure of the clause: "went up
	// 2.4% in November for a 166% year-on-year".)
	// (Or right before the cue: "годовая инфляция (с октября …) … —
	// 3,6%".)
	// (Nor a date after a locative that holds it: "в мае прошлого года",
	// May of last year, is a month, not a basis.)
	ownBasis := slices.ContainsFunc(dt.find(in.basis, ba, bb), func(m [2]int) bool {
		return !st.basisOfLater(m, qTok) && !st.basisOfEarlier(m, qTok) && !st.locativeDate(m[0])
	}) || cue[0] < qTok && dt.endsAt(in.basis, cue[0], 0)
	// (Nor twelve months past a later figure of its kind: "a CPI of 0.6%
	// in July for an overall 4.4% over the last 12 months" — the 4.4%'s.)
	twelveTo := func() int {
		if k := slices.IndexFunc(st.qs[qi+1:], func(o quantity.Quantity) bool { return o.Kind == q.Kind }); k >= 0 {
			return min(bb, st.qs[qi+1+k].Token)
		}
		return bb
	}
	annual := in.basis.len() > 0 && (ownBasis || st.twelveMonths(ba, twelveTo())) ||
		in.basis.len() == 0 && in.growth.len() > 0 && len(dt.find(x.w.onYear, ba, min(dt.n, bb+3))) > 0
	// "the total unemployment rate among the population … 3.3%": the
	// whole population's figure.
	total := len(dt.find(x.w.total, max(0, min(cue[0], dt.clauseStart(qTok))-2), qTok)) > 0
	// "the country's harmonised inflation rate was 2.8% in June, down
	// from 11.6% in June 2022": a second measure.
	sa, _ := dt.sentence(dt.sent[qTok])
	alternative := len(dt.find(x.w.alternative, sa, qTok)) > 0
	// "ارتفع مؤشر أسعار المستهلك بنسبة 0.3%", "the index rose 0.3%": the
	// move of a price index its clause names.
	indexMove := !annual && slices.ContainsFunc(dt.find(x.w.index, dt.clauseStart(qTok), qTok), func(m [2]int) bool { return len(dt.find(x.w.indexChange, max(0, m[0]-4), m[0])) == 0 })
	return cand{indexMove: indexMove, obs: obs, explicit: explicit, lead: pc.lead, also: pc.also, alsoEntity: alsoEntity, corridor: corridor, onPrevious: onPrevious, annual: annual, total: total, alternative: alternative, headline: (sent == 0 || st.repeatsTitle(qTok)) && st.title() || sent > 0 && dt.heading(sent), ownDate: pc.own >= 0}, Decision{Indicator: in.ID, Step: stepObservation, Reason: "observation", Observation: &o}
}

// indicatorOf returns the index of indicator id when it takes q, else -1.
func (x *Extractor) indicatorOf(id string, q quantity.Quantity) int {
	return slices.IndexFunc(x.inds, func(in compiled) bool { return in.ID == id && in.accepts(q) })
}

// namedIn returns the one indicator that takes q and whose cue stands in
// tokens [a, b) at a match keep accepts, in no body's name, or -1 when
// none or more than one does (which one is then not said).
func (st *docState) namedIn(q quantity.Quantity, a, b int, keep func([2]int) bool) int {
	named := -1
	for i := range st.x.inds {
		if st.x.inds[i].accepts(q) && slices.ContainsFunc(st.dt.find(st.x.inds[i].cues, a, b), func(m [2]int) bool {
			// (Not a body's name: "the Economy Ministry".)
			return keep(m) && !st.notCue(m) && !st.headsBody(m)
		}) {
			if named >= 0 {
				return -1
			}
			named = i
		}
	}
	return named
}

// elliptic reports a figure whose clause holds only a date before it,
// prepositions and a dash: "в 2017-м – 14,4%", "and in 2016, 5.7%".
func (st *docState) elliptic(qi int) bool {
	dt, q := st.dt, st.qs[qi]
	cs, ce := dt.clauseStart(q.Token), dt.clauseEnd(q.Token)
	if cs > 0 && dt.sent[cs-1] == dt.sent[q.Token] && strings.ContainsRune("–—-:", dt.sc.Punct(cs-1)) {
		cs = dt.clauseStart(cs - 1) // "в 2017-м – 14,4%": the dash splits no clause of its own
	}
	i, j := within(st.qs, quantityTok, cs, ce)
	if j-i != 2 || st.qs[i].Kind != quantity.Date || i+1 != qi {
		return false
	}
	d := st.qs[i]
	for k := cs; k < ce; k++ {
		if k >= d.Token && k < d.EndToken || k >= q.Token && k < q.EndToken {
			continue
		}
		t := dt.sc.Token(k)
		if t.Punct == 0 && !dt.isPrep(k) && len(dt.find(st.x.w.and, k, k+1)) == 0 {
			return false // a word of its own
		}
	}
	return true
}

// listHeading returns the heading of the list whose item is sentence s, or
// -1: items are lines of a date, a colon, dash or equals sign and one
// figure ("March 2021: -2%", "- 2020 год - 6,8%;"), the heading the line
// before the first item, ending in a colon or a title line over two items
// or more — or a fuller bullet under a colon line ("- 2021 год - инфляция
// … составила 8%;").
func (st *docState) listHeading(s int) int {
	dt := st.dt
	// "- Kuwait: 2.4% (September)": a country, a colon, one figure and its
	// date in brackets.
	countryItem := func(a, b int) bool {
		i, j := within(st.qs, quantityTok, a, b)
		if j-i < 1 || j-i > 2 || st.qs[i].Kind == quantity.Date || j-i == 2 && st.qs[i+1].Kind != quantity.Date {
			return false // one figure, then at most its date
		}
		colon := st.qs[i].Token - 1
		if colon <= a || dt.sc.Punct(colon) != ':' {
			return false
		}
		k, l := within(st.ments, mentionTok, a, colon)
		words := 0
		for t := a; t < colon; t++ {
			if dt.sc.Punct(t) == 0 {
				words++
			}
		}
		return l-k == 1 && !st.ments[k].person && words <= 3
	}
	item := func(s int) bool {
		a, b := dt.sentence(s)
		if countryItem(a, b) {
			return true
		}
		i, j := within(st.qs, quantityTok, a, b)
		if j-i != 2 || st.qs[i].Kind != quantity.Date || st.qs[i+1].Kind == quantity.Date {
			return false
		}
		d, f := st.qs[i], st.qs[i+1]
		colon := d.EndToken
		if colon >= b || !strings.ContainsRune(":-–—=", dt.sc.Punct(colon)) || f.Token != colon+1 {
			return false
		}
		for k := a; k < b; k++ {
			if (k < d.Token || k >= f.EndToken) && dt.sc.Punct(k) == 0 {
				return false // words besides the date and the figure
			}
		}
		return true
	}
	if !item(s) {
		return -1
	}
	k := s - 1
	for k >= 0 && item(k) {
		k--
	}
	if k < 0 {
		return -1
	}
	endsColon := func(k int) bool {
		_, b := dt.sentence(k)
		return b > 0 && dt.sc.Punct(b-1) == ':'
	}
	// "GDP growth since Q2 of 2021" over "2021 Q2 = 12.1 percent": a
	// title line — short, a line of its own with no stop, no figure but
	// dates.
	titleLine := func(k int) bool {
		a, b := dt.sentence(k)
		i, j := within(st.qs, quantityTok, a, b)
		return b-a <= 12 && (a == 0 || dt.sc.NewLine(a)) && b > a && !strings.ContainsRune(".!?؟", dt.sc.Punct(b-1)) &&
			!slices.ContainsFunc(st.qs[i:j], func(q quantity.Quantity) bool { return q.Kind != quantity.Date })
	}
	if endsColon(k) || titleLine(k) && (k < s-1 || s+1 < len(dt.sentStart)-1 && item(s+1)) {
		return k
	}
	if a, _ := dt.sentence(k); k > 0 && strings.ContainsRune("-–—•*", dt.sc.Punct(a)) && endsColon(k-1) {
		return k
	}
	return -1
}

// kindIn reports a figure of kind k starting in tokens [a, b): "rose 8.6%
// year on year and 0.9% month on month" — a phrase after the next figure
// is that figure's.
func (st *docState) kindIn(k quantity.Kind, a, b int) bool {
	i, j := within(st.qs, quantityTok, a, b)
	return slices.ContainsFunc(st.qs[i:j], func(o quantity.Quantity) bool { return o.Kind == k })
}

// countryIn returns the country a short text (a publication's name) names
// most, or "". (The gazetteer holds every language's words: one scan reads
// a Latin name in an Arabic document too.)
func (x *Extractor) countryIn(ctx context.Context, text, lang string) (string, error) {
	ws := x.workspace()
	sc, dt := ws.sc, &ws.dt
	qs, err := sc.Scan(ctx, text, quantity.Options{Lang: lang})
	if err != nil {
		return "", err
	}
	dt.reset(sc, &x.tw)
	if err := dt.matchAll(ctx, x.index); err != nil {
		return "", err
	}
	single, _ := dominant(x.withoutLanguages(dt, withoutQuantities(x.gaz.mentions(dt), qs, sc)), 0, 0, nil)
	x.workspaces.Put(ws)
	return single, nil
}

// ownBasisPast reports an exclusion m before another figure of qi's kind
// that qi, past that figure, sets aside with a basis of its own: "a monthly
// variation of 0.5 percent and a 12-month rise of 12.8 percent".
func (st *docState) ownBasisPast(in *compiled, qi int, m [2]int) bool {
	q := st.qs[qi]
	last := -1
	for k := qi - 1; k >= 0 && st.qs[k].Token >= m[1]; k-- {
		if st.qs[k].Kind == q.Kind {
			last = k
			break
		}
	}
	if last < 0 {
		return false
	}
	qEnd := q.EndToken
	return len(st.dt.find(in.basis, st.qs[last].EndToken, min(st.dt.clauseEnd(q.Token), qEnd+4))) > 0
}

// trailsFigure reports a phrase m before the figure qi that closely follows
// another figure of its kind ("rose 0.3% from the previous month in March
// and was up 4.1%"): that figure's qualifier, not the later one's.
func (st *docState) trailsFigure(qi int, m [2]int) bool {
	// Not one that "and" opens: "… إلى 21% والإقراض إلى 22%", "to 21%
	// and lending to 22%" name the next item.
	// (Only for a figure right after it: "والإقراض إلى 25% من 25% و26%"
	// does not qualify the 26% it was before.)
	if (st.opensWithAnd(m[0]) || m[0] > 0 && st.opensWithAnd(m[0]-1)) && !st.kindIn(st.qs[qi].Kind, m[1], st.qs[qi].Token) {
		return false
	}
	// A word of a basis phrase trails from where the phrase starts ("1.4%
	// على أساس شهري").
	for _, set := range []*phraseSet{st.x.w.onPrevious, st.x.w.onYear} {
		for _, p := range st.dt.find(set, max(0, m[0]-4), min(st.dt.n, m[1]+1)) {
			if p[0] <= m[0] && p[1] >= m[1] {
				m[0] = p[0]
			}
		}
	}
	// So does the word that makes it a comparison ("0.7% مقارنة بالشهر
	// السابق", "0.3% compared with the previous month").
	for _, set := range []*phraseSet{st.x.w.compare, st.x.w.from, st.x.w.over} {
		if p := st.dt.find(set, max(0, m[0]-3), m[0]); len(p) > 0 && p[len(p)-1][1] == m[0] {
			m[0] = p[len(p)-1][0]
		}
	}
	for k, o := range st.qs {
		if k == qi || o.Kind != st.qs[qi].Kind || o.Token >= m[0] {
			continue
		}
		// (Within its sentence: "… составил 6%. Дефлятор ВВП …" opens the
		// next one.)
		end := o.EndToken
		// (Past the figure's own date: "0.69% خلال تموز 2008 مقارنة مع
		// الشهر السابق و12.43% …".)
		if d := k + 1; d < len(st.qs) && st.qs[d].Kind == quantity.Date && st.qs[d].Token >= end && st.qs[d].Token < m[0] && st.dt.wordsBetween(end, st.qs[d].Token) == 0 {
			end = st.qs[d].EndToken
		}
		// (Nor past a semicolon or a dash: "slowed to 4% in March; core
		// inflation was 5.5%" opens a clause of its own.)
		if end <= m[0] && st.dt.wordsBetween(end, m[0]) == 0 && st.dt.sent[o.Token] == st.dt.sent[m[0]] &&
			!slices.ContainsFunc([]rune{';', '—', '–', '؛'}, func(r rune) bool { return st.dt.punctIn(r, end, m[0]) }) {
			return true
		}
	}
	return false
}

// qualifier returns a word that narrows the measure to a subgroup or
// another measure: just before the cue ("youth unemployment", "core
// inflation"), between the cue and the quantity in its clause, or just
// after the quantity. Catalog exclusions count as qualifiers too.
func (st *docState) qualifier(qi int, in *compiled, qTok, qEnd int, cue [2]int, prev bool) string {
	dt, w := st.dt, st.x.w
	if in.Role == RoleStatistic {
		if p := st.placePossessive(cue); p != "" {
			return p + unknownPlaceNote
		}
	}
	from, to := dt.sentence(dt.sent[qTok])
	cs, ce := dt.clauseStart(qTok), dt.clauseEnd(qTok)
	// "sold 91-day treasury bills at an average discount rate of 5.1%,
	// while the average yield was 5.2%": the rates of an auction of bills
	// or bonds named before the figure, not a rate the bank decided.
	if m := dt.find(w.securities, from, qTok); in.Role == RoleDecision && len(m) > 0 {
		return dt.text(st.d.Text, m[0])
	}
	// "The rupee firmed 0.6 percent on the GDP data": a
	// market named before a figure whose cue comes only after it is what
	// the figure measures.
	// (Not a currency after a preposition, what payments are made in: "в
	// рублях и юанях идет более 80% расчетов".)
	if cue[0] >= qEnd {
		for _, m := range dt.find(w.markets, cs, qTok) {
			if m[0] == 0 || !dt.isPrep(m[0]-1) {
				return dt.text(st.d.Text, m)
			}
		}
	}
	// "безработица женщин оказалась выше безработицы мужчин — 5,0 и 4,2%
	// соответственно",
	// "among women and men, 5.1% and 4.3% respectively": the items of a
	// list that "respectively" maps onto groups named before it are those
	// groups' figures.
	// (One group for each item, in order: not labels of rates.)
	if pos, n := st.listPosition(qi); n >= 2 && in.Role == RoleStatistic {
		e := st.qs[qi+n-1-pos].EndToken
		if m := dt.find(w.respectively, e, min(dt.n, e+2)); len(m) > 0 && m[0][0] <= e+1 {
			groups := slices.DeleteFunc(dt.find(w.qualifiers, from, st.qs[qi-pos].Token), func(g [2]int) bool { return st.inCue(in, g) })
			if len(groups) == n {
				return dt.text(st.d.Text, groups[pos])
			}
		}
		// So do the groups a relative clause holding the list describes,
		// named together right before it: "food and energy prices, which
		// rose 1% and 3%".
		// (A word inside another qualifier is none of its own: "food" in
		// "non-food".)
		if rs := dt.clauseStart(st.qs[qi-pos].Token); rs > 0 && rs > from && dt.startsAt(w.relative, rs) {
			groups := dt.find(w.qualifiers, dt.clauseStart(rs-1), rs)
			groups = slices.DeleteFunc(slices.Clone(groups), func(g [2]int) bool {
				return st.inCue(in, g) || slices.ContainsFunc(groups, func(o [2]int) bool { return o != g && o[0] <= g[0] && g[1] <= o[1] })
			})
			if k := len(groups) - n; k >= 0 && rs-groups[len(groups)-1][1] <= 2 && groups[len(groups)-1][0]-groups[k][1] <= 2*(n-1) {
				return dt.text(st.d.Text, groups[k+pos])
			}
		}
	}
	// "بينما استقر المعدل لإجمالي السكان عند 6%", "the overall rate held
	// at 11.2%": the whole population's figure.
	// (Not another item's: "в целом по стране (5,15%) и по … округу
	// (5,44%)".)
	// (Nor one a qualifier follows, nearer the figure: "the overall
	// inflation … was caused by the inflation for food, which eased at an
	// annual rate of 1.5%".)
	// (Nor one that follows another measure's name: "معدل المشاركة في
	// سوق العمل للعمانيين وغير العمانيين", the participation rate of
	// everyone.)
	notQualified := func(a, b int) bool {
		return !slices.ContainsFunc(dt.find(w.qualifiers, a, b), func(q [2]int) bool { return !st.inCue(in, q) })
	}
	ownItem := func(m [2]int) bool {
		return !st.kindIn(st.qs[qi].Kind, m[1], qTok) && notQualified(m[1], qTok)
	}
	// (From the cue on: "معدل البطالة الإجمالي للسعوديين وغير السعوديين،
	// ليسجل 2.8%".)
	// (Not one an exclusion follows right after: "общий уровень инфляции
	// был равен 0,3% в месячной и 3,5% в годовой динамике".)
	if slices.ContainsFunc(dt.find(w.total, max(from, min(cs, cue[0])), qTok), func(m [2]int) bool {
		return ownItem(m) && (cue[1] > m[0] || notQualified(max(from, cs, cue[1]), m[0]) || len(dt.find(w.than, cue[1], m[0])) > 0)
	}) && !slices.ContainsFunc(dt.find(in.exclude, qEnd, min(dt.n, qEnd+3)), func(m [2]int) bool { return m[0] <= qEnd+1 }) {
		return ""
	}
	// "Inflation in the region is higher than in Russia (8.13%)", "выше,
	// чем в целом по стране (7,98%)": the figure of the place compared with,
	// which the qualifiers before the comparison do not qualify.
	than, other := st.otherPlace(qi)
	if other && slices.ContainsFunc(dt.find(w.total, than, qTok), ownItem) {
		return ""
	}
	// After the quantity, up to the next item of a list ("21% and lending at 22%").
	// (Not into brackets: "9,9% (при месячном показателе также 0,7%)".)
	// (Past an age group, whose numbers are no item: "at almost 24% among
	// 15- to 24-year-olds".)
	limit := qEnd + 4
	if i, j := within(st.qs, quantityTok, qEnd, limit); i < j && st.qs[i].Kind != quantity.Date && i > qi && (st.age(i) || i+1 < len(st.qs) && st.age(i+1) && st.qs[i+1].Token < limit+4) {
		k := i
		if !st.age(i) {
			k = i + 1
		}
		limit = st.qs[k].EndToken + 3
	}
	after := qEnd
	for after < min(ce, limit) && !st.startsItem(after) && dt.sc.Punct(after) != '(' {
		after++
	}
	if m := dt.find(w.contrast, qEnd, after); len(m) > 0 {
		after = m[0][0] // "5.6% a year while prices fell on the month before"
	}
	if m := dt.find(w.sources, qEnd, after); len(m) > 0 {
		after = m[0][0] // "$120 million, according to the latest foreign trade figures": the source
	}
	// (Nor past a comparison that says the level did not move; see
	// steadyComparison.)
	steadyFrom := dt.n
	if c := st.steadyComparison(qTok, qEnd, after); c >= 0 {
		after, steadyFrom = c, c
	}
	if m := dt.find(w.topic, qEnd, after); len(m) > 0 {
		after = m[0][0] // "… $2 billion last year. As for exports, …": another topic
	}
	if m := dt.find(w.ofWhich, qEnd, after); len(m) > 0 {
		after = m[0][0] // "$11.6 billion, of which exports made up 90%": a part
	}
	// (Not a word right after the figure that labels it: "%12,4 بالوسط
	// الحضري" is no "وسط", amid.)
	if m := dt.find(w.cause, qEnd+2, after); len(m) > 0 {
		after = m[0][0] // "eased to 3.1% in May as fuel and rent costs fell": a cause
	}
	// Before the cue, in its clause, back to the figure before it (a
	// qualifier before that is the earlier figure's): "Core inflation eased
	// to 3.1% while headline inflation rose to 4%", "سجلت أنشطة تجارة
	// الجملة والتجزئة أعلى معدلات النمو بنسبة 6.2%".
	// (Ages are no figure: "Среди молодёжи в возрасте 15–34 лет уровень
	// безработицы — 3,1%".)
	before := max(from, dt.clauseStart(cue[0]), dt.wordsBack(cue[0], 10))
	if i, j := within(st.qs, quantityTok, before, cue[0]); i < j {
		for k := j - 1; k >= i; k-- {
			if o := st.qs[k]; o.Kind != quantity.Date && !st.age(k) {
				before = max(before, o.EndToken)
				break
			}
		}
	}
	topicEnd := -1            // the end of a topic clause that opens the sentence
	topicRegion := -1         // the region of the topic clause right before the figure's
	var regionsBuf [12][2]int // room for every region below, on the stack
	regions := append(regionsBuf[:0], [2]int{before, max(cue[0], min(cue[1], qTok))}, [2]int{qEnd, after})
	// "Годовая инфляция составила 3%, базовая — 2,6%": an item after the
	// figure the cue named, with its own label across a dash.
	if p := st.pastFigure(max(from, cue[1]), qTok, func(k quantity.Kind) bool { return k == st.qs[qi].Kind }); p > max(from, cue[1]) && p < qTok && qTok-p <= 4 {
		regions = append(regions, [2]int{p, qTok})
	}
	// "growth in both the Secondary (8.1%) and Tertiary (9.2%) sectors":
	// the noun after the last bracketed figure of a list is every item's.
	if qEnd < ce && st.aloneInBrackets(qi) && qi+1 < len(st.qs) && st.aloneInBrackets(qi+1) {
		if nTok, nEnd := st.qs[qi+1].Token, st.qs[qi+1].EndToken; nTok < ce && nTok-qEnd <= 6 && dt.cl[nTok] == dt.cl[qTok] {
			regions = append(regions, [2]int{nEnd + 1, min(ce, nEnd+3)})
		}
	}
	// "Quarter-on-quarter, real GDP grew 2.9%", "В месячном выражении
	// инфляция составила …", "In the case of men, the report states …": a
	// short opening phrase (up to eight words) before a comma, with no
	// figure, qualifies the whole sentence.
	// (A place in it is a dateline — "MEXICO CITY, June 26" — unless the
	// phrase opens with a preposition: "In the Region of Vojvodina, …".)
	// (Ages are no figure: "Among young people aged 15-24, …".)
	onlyCounts := func(a, b int) bool {
		i, j := within(st.qs, quantityTok, a, b)
		return !slices.ContainsFunc(st.qs[i:j], func(q quantity.Quantity) bool { return q.Kind != quantity.Date && q.Kind != quantity.Number })
	}
	// (Not a concession: "رغم انتعاش السياحة، تباطأ النمو إلى 3%",
	// "Despite higher farm output, growth slowed".)
	if first := dt.clauseEnd(from); first < to && (!slices.Contains(dt.place[from:first], true) || dt.isPrep(from)) && !dt.startsAt(w.contrast, from) &&
		(first-from <= 9 && !figureIn(st.qs, from, first) || first-from <= 12 && onlyCounts(from, first) && len(dt.find(w.subgroups, from, first)) > 0) &&
		// (A topic clause is read below.)
		!(first <= cs && cue[0] >= first && slices.ContainsFunc(dt.find(w.topic, from, min(first, from+2)), func(m [2]int) bool { return m[0] <= from+1 })) {
		regions = append(regions, [2]int{from, first}) // not a dateline ("MEXICO CITY, June 26")
	}
	// "Без учета стоимости овощей цены поднялись на 0,2% за месяц, в
	// годовом выражении — на 4,1%": a qualifier that opens the sentence
	// qualifies all of it.
	// (Whatever figures it labels first.)
	// (Not a byline: "المدينة نيوز - …".)
	// (Not past a contrast that opens the figure's own cue: "Core inflation
	// slowed to 4.6%, while headline inflation eased to 4.5%".)
	if m := dt.find(w.qualifiers, from, min(to, from+4)); in.Role == RoleStatistic && len(m) > 0 && m[0][0] == from && m[0][1] <= qTok && !st.inCue(in, m[0]) && st.datelineEnd(from, to) <= from &&
		!(cue[0] < qTok && len(dt.find(w.contrast, m[0][1], cue[0])) > 0) {
		return dt.text(st.d.Text, m[0])
	}
	// "أما الشباب ما بين 16 و24 عاما، فإن نسبة البطالة تبلغ 26.7%", "as
	// for the young, …": a clause that names its topic qualifies the
	// clause after it.
	// So does one that opens the sentence, over the clauses after it: "أما
	// التضخم الأساسي، الذي لا يشمل الغذاء، فبلغ 0.2% شهريا و2.9% سنويا".
	if cs > from {
		if p := dt.clauseStart(cs - 1); slices.ContainsFunc(dt.find(w.topic, p, min(cs, p+2)), func(m [2]int) bool { return m[0] == p }) {
			topicRegion = len(regions)
			regions = append(regions, [2]int{p, cs})
		}
		if e := dt.clauseEnd(from); e < cs && slices.ContainsFunc(dt.find(w.topic, from, min(e, from+2)), func(m [2]int) bool { return m[0] <= from+1 }) {
			topicEnd = e
		}
	}
	// "driven by the non-oil sector, which grew 7.1%": a relative clause
	// is about the noun of the clause before it.
	if cs > from && cue[1] <= cs && inRelative(dt, &w, qTok) {
		regions = append(regions, [2]int{max(from, dt.clauseStart(cs-1), cs-6), cs})
	}
	// "the non-oil economy kept up its pace, recording growth of 6.4%": a
	// clause that goes on with the subject of the clause before.
	if cs > from && len(dt.find(w.continuation, cs, min(ce, cs+2))) > 0 {
		regions = append(regions, [2]int{dt.clauseStart(cs - 1), cs})
	}
	// "… a nominal growth rate of 9.36%. This rate of growth is lower than
	// in 2017, at 17.06%": a sentence that opens by pointing back at the
	// figure before it is about that figure, with what qualifies it in its
	// sentence up to the end of its clause.
	// (Not past an observation of the indicator the sentence before made
	// for a period this one names again: "بلغت نسبة النمو خلال الربع
	// الثالث 2.9% بفضل قطاع الخدمات الذي بلغ 4.3%. وتحققت هذه النسبة خلال
	// الربع الثالث بعد أن كانت 2.3%" points back at the 2.9%.)
	// (Not an event's: "The rate decision coincided with the start of a
	// three-day visit".)
	if from > 0 && !in.IsEvent() && slices.ContainsFunc(dt.find(w.pointsBack, from, min(to, from+5)), func(m [2]int) bool { return m[0] <= from+1 }) && !st.restatesObservation(in, dt.sent[qTok]) {
		i, j := within(st.qs, quantityTok, max(0, from-80), from)
		for k := j - 1; k >= i; k-- {
			if st.qs[k].Kind != quantity.Date {
				t := st.qs[k].Token
				ps, _ := dt.sentence(dt.sent[t])
				regions = append(regions, [2]int{ps, dt.clauseEnd(t)})
				break
			}
		}
	}
	// "سجلت الأنشطة النفطية أعلى معدلات النمو …، في حين حققت نموا بنسبة
	// 0.9%": growth with no growth cue (GDP, the economy) before it in its
	// sentence is the growth of whatever the sentence names.
	// So does a figure whose cue is in a sentence before: "Рост ВВП
	// составил 6%. Дефлятор ВВП составил 9,4%".
	// (Past an opening concession, which names what did not decide the
	// figure: "رغم انتعاش السياحة، …".)
	// (Not when the figure's clause names the indicator in full right
	// before it: "in line with economic growth of 3.1%" is the economy's.)
	named := cue[1] <= qTok && cue[1]-cue[0] >= 2 && dt.cl[cue[0]] == dt.cl[qTok] && cue[0] > from
	if in.growth.len() > 0 && in.basis.len() == 0 && len(dt.find(in.growth, from, qTok)) == 0 && !named || cue[1] <= from {
		lead := from
		if dt.startsAt(w.contrast, from) && dt.clauseEnd(from) < qTok {
			lead = dt.clauseEnd(from)
		}
		regions = append(regions, [2]int{lead, qTok})
	}
	// "Retail sales rose 3.1% in May, down from 4.0% growth in April": a
	// value compared with has the subject of the sentence's first figure.
	// So does what follows that figure: "prices rose 13 percent on the
	// month, slowing from 20 percent in January".
	// (The clause of the nearest figure before, when it names the
	// indicator, not the sentence's first: "صعد معدل المشاركة إلى 88.1%
	// مقارنة بـ86.5%، ونزل معدل البطالة إلى 0.1% مقارنة بـ0.3%".)
	if prev {
		if i, j := within(st.qs, quantityTok, from, qTok); i < j {
			k := j - 1
			for k > i && st.qs[k].Kind != st.qs[qi].Kind {
				k--
			}
			lo := from
			if len(dt.find(in.cues, dt.clauseStart(st.qs[k].Token), st.qs[k].Token)) > 0 {
				i, lo = k, dt.clauseStart(st.qs[k].Token)
			}
			e := st.qs[i].EndToken
			regions = append(regions, [2]int{lo, st.qs[i].Token}, [2]int{e, min(qTok, dt.clauseEnd(st.qs[i].Token), e+4)})
		}
	}
	if cue[1] <= qTok {
		// Everything between the cue and the figure in the sentence:
		// "GDP stood at N34.8 trillion in nominal terms, an increase of
		// 13.8%".
		regions = append(regions, [2]int{max(cue[1], cs), qTok}, [2]int{cue[1], min(qTok, cue[1]+3)}, [2]int{cue[1], qTok})
	} else {
		regions = append(regions, [2]int{qEnd, cue[0]}, [2]int{cue[1], min(to, cue[1]+2)})
		// "imports reached RM300 billion with 20.7% growth": the cue comes
		// after the figure, its subject before, back to a figure of its
		// kind.
		// (Across a comma inside the subject's name, to a clause with no
		// figure, when the figure's clause goes on with "and": "وقسم الأثاث
		// والتجهيزات، والأدوات المنزلية بنسبة 0.9%".)
		lo := dt.clauseStart(qTok)
		if p := dt.clauseStart(max(from, lo-1)); lo > from && lo < dt.n && dt.sc.Punct(lo) == 0 && st.startsItem(lo) && !figureIn(st.qs, p, lo) {
			lo = p
		}
		subj := st.pastFigure(max(from, lo, qTok-12), qTok, func(k quantity.Kind) bool { return k == st.qs[qi].Kind })
		regions = append(regions, [2]int{subj, qTok})
		// "the unemployment rate for the young aged (15–29) with
		// secondary … was 36.1% of the labour force": the indicator also
		// named before the figure, with what qualifies it there.
		if m := dt.find(in.cues, from, qTok); len(m) > 0 {
			last := m[len(m)-1]
			regions = append(regions, [2]int{max(last[1], st.pastFigure(last[1], qTok, func(k quantity.Kind) bool { return k == st.qs[qi].Kind })), min(qTok, last[1]+3)})
		}
	}
	// "However, in the country's most populous state, Victoria, the jobless
	// rate fell to 4.4%": opening clauses that open with a preposition and
	// hold no figure set the scene of the claim after them.
	// (A count is no figure: "In the 20 biggest cities of Peru, …".)
	if cc := dt.clauseStart(cue[0]); cue[1] <= qTok && cc > from && cc-from <= 14 && onlyCounts(from, cc) {
		for c := from; c < cc; {
			e := min(max(dt.clauseEnd(c), c+1), cc)
			if dt.isPrep(c) {
				for _, m := range dt.find(w.qualifiers, c, e) {
					if !st.inCue(in, m) && !st.apposedCountry(m) && !st.included(m, c) && !dt.insidePhrase(w.wholeOf, m, 6, 6) {
						return dt.text(st.d.Text, m)
					}
				}
			}
			c = e
		}
	}
	// "the unemployment rate among Omanis": a country's people after
	// "among", between the cue and the figure or right after it, are its
	// citizens, a subgroup.
	if in.Entities == 1 && cue[1] <= qTok {
		for _, m := range inSentences(dt, st.ments, mentionTok, dt.sent[qTok], dt.sent[qTok]+1) {
			if !m.person && dt.cl[m.tok] == dt.cl[qTok] && (m.tok >= cue[1] && m.tok < qTok && !figureIn(st.qs, m.tok, qTok) || m.tok >= qEnd && m.tok <= qEnd+2) && dt.endsAt(w.among, m.tok, 0) {
				return dt.text(st.d.Text, [2]int{m.tok - 1, m.tok + 1})
			}
		}
	}
	// "و"الزيوت والدهون" بنسبة 13%", 'the "clothing" group rose 3%': a
	// label in quotes right before a statistic's figure names a component.
	if q := st.quotedLabel(cs, qTok); in.Role == RoleStatistic && q[0] < q[1] && cue[1] <= q[0] {
		return dt.text(st.d.Text, q)
	}
	// "المدينة نيوز - عقدت اللجنة …": a byline names the outlet or the
	// place of writing, no qualifier.
	byline := st.datelineEnd(from, to)
	if topicEnd > 0 {
		for _, set := range []*phraseSet{w.qualifiers, in.exclude} {
			for _, m := range dt.find(set, from, topicEnd) {
				if !st.inCue(in, m) {
					return dt.text(st.d.Text, m) // the topic of every clause after it
				}
			}
		}
	}
	// "تضخم المناطق", the inflation of the regions: a qualifier that opens
	// with the cue itself and goes on past it, before the figure.
	if cue[1] <= qTok {
		for _, m := range dt.find(w.qualifiers, cue[0], min(qTok, cue[1]+3)) {
			if m[0] == cue[0] && m[1] > cue[1] {
				return dt.text(st.d.Text, m)
			}
		}
	}
	for i, r := range regions {
		if r[0] >= from {
			r[0] = max(r[0], byline)
		}
		if r[0] >= r[1] {
			continue
		}
		sets := [3]*phraseSet{w.qualifiers, in.exclude}
		// (A visit's are its catalog's words alone, and a meeting's the
		// words of its name after the ordinal: not "talks on trade, energy
		// and defence at the 22nd summit", but "the first session of the
		// Council of Regions".)
		if in.Role == RoleVisit || in.Role == RoleMeeting && (r[1] <= qEnd || r[0] > qEnd+4) {
			sets[0] = nil
		}
		if r[1] <= qTok && i != 1 {
			sets[2] = w.subjects // before the figure: its subject
		}
		// (A topic that names the indicator's domain, the indicator's cue
		// after it, is no exclusion: "وعلى صعيد التجارة الخارجية، بلغ حجم
		// التبادل التجاري بين البلدين …".)
		if i == topicRegion && cue[0] >= r[1] {
			sets[1] = nil
		}
		for _, set := range sets {
			for _, m := range dt.find(set, r[0], r[1]) {
				// "the Supreme Committee, chaired by the two presidents": their
				// regular meeting (but not "the fourth ministerial meeting").
				// (Not the noun right before the ordinal, its own: "الذكرى
				// الخمسين", the 50th anniversary.)
				if set == in.exclude && in.Role == RoleMeeting && (st.headsChair && len(dt.find(w.ministers, m[0], m[1])) == 0 && m[1] != qTok || st.namesHeads(m)) {
					continue
				}
				if st.inCue(in, m) {
					continue // "retail inflation", "overnight policy rate", "surveyed urban unemployment rate" name the indicator
				}
				if set != w.qualifiers && st.itemBeforeCue(m, cue) || st.countOfYears(m) {
					continue
				}
				if dt.insidePhrase(w.total, m, 4, 4) {
					continue // "Saudis and non-Saudis": the whole population
				}
				if other && m[1] <= than {
					continue // the subject compared with another place
				}
				if st.ownsFigure(m, qTok) {
					continue // "from the previous month's 2.0% year-on-year increase": that month's rate
				}
				if m[1] < qTok && st.labelsEarlier(qi, m) {
					continue // "سجل متوسط 1.6% طوال 2024، تلاه 1.9% في الربع الرابع": the average is the first item's
				}
				if m[1] <= min(cue[0], qTok) && len(dt.find(w.force, m[1], min(cue[0], qTok))) > 0 {
					continue // "higher food prices lifted the consumer price index by 3.8%": a cause
				}
				// "the deposit and lending rates … 18.25% and 19.25%": a
				// qualifier joined to a plain label takes the later values of
				// the list; the first is the plain one's.
				if m[1] <= qTok && (st.startsItem(m[0]) || m[0] > from && st.startsItem(m[0]-1)) && (dt.cl[m[0]] == dt.cl[qTok] || !figureIn(st.qs, m[1], qTok)) {
					if pos, n := st.listPosition(qi); n > 1 && pos == 0 {
						continue
					}
				}
				// "the deposit rate, the lending rate and the main rate at
				// 8.25%, 9.25% and 8.75%, respectively": a qualifier
				// qualifies the figure of its own place in the list.
				if item, ok := st.respectiveItem(qi, m); ok {
					if pos, _ := st.listPosition(qi); item != pos {
						continue
					}
				}
				if st.apposedCountry(m) {
					continue // "the region's largest economy, Kazakhstan, grew 5.9%"
				}
				if st.inOrgName(m) {
					continue // "the Ministry of Trade and Industry said": a name, not a sector
				}
				if st.describesCue(cue, m, qTok) {
					continue // "The Consumer Price Index, a broad basket of goods and services, rose 6.4%"
				}
				// "inflation in the district stays above the national rate,
				// which was 3.1%": the whole country's figure follows.
				// (Not the whole population of the qualified measure, in its
				// clause, with no comparison or figure between: "معدل المشاركة
				// في سوق العمل للعمانيين وغير العمانيين".)
				if m[1] <= qTok && set == w.qualifiers && slices.ContainsFunc(dt.find(w.total, m[1], qTok), func(t [2]int) bool {
					return dt.cl[t[0]] != dt.cl[m[0]] || len(dt.find(w.than, m[1], t[0])) > 0 || figureIn(st.qs, m[1], t[0])
				}) {
					continue
				}
				if st.workingAge(m) {
					continue // "в возрасте 15 лет и старше", "aged 15 and over": the whole labour force
				}
				if m[0] >= qEnd && len(dt.find(w.cause, qEnd, m[0])) > 0 {
					continue // "fell to 12.3% on lower food prices month on month": the cause's
				}
				if st.effectBeforeCause(m, cue, qTok) {
					continue // "Rates on deposits rise due to the decision to set the key rate at 16%"
				}
				// "Inflation has been stoked by a currency crisis … and it
				// touched 85.51%": a cause named after the cue, before the
				// clause of the figure. (Not the cause's own figure:
				// "مدفوعاً بالإيجارات السكنية التي صعدت 6.9%".)
				// (Nor the cause a relative clause goes on with: "مدفوعا
				// بقطاع البناء، الذي نما 6%".)
				if m[1] <= qTok && (dt.cl[m[0]] != dt.cl[qTok] || len(dt.find(w.and, m[1], qTok)) > 0) && !(cs > from && m[0] >= dt.clauseStart(cs-1) && inRelative(dt, &w, qTok)) &&
					slices.ContainsFunc(dt.find(w.cause, cue[1], m[0]), func(c [2]int) bool { return c[1] <= m[0] && m[0]-c[1] <= 3 }) {
					continue
				}
				if st.headlineWord(in, m, from, to) {
					continue // "Egypt's urban inflation": its headline rate
				}
				if m[1] <= qTok && st.trailsFigure(qi, m) {
					continue // "rose 0.3% from the previous month and was up 4.1% over 12 months"
				}
				if m[1] <= qTok && st.ownBasisPast(in, qi, m) {
					continue // "a monthly variation of 0.5 percent and a 12-month rise of 12.8 percent"
				}
				// "… at nominal value, while in real terms it rose 16%".
				if m[1] <= qTok && len(dt.find(w.nominal, m[0], m[1])) > 0 && len(dt.find(w.real, m[1], qTok)) > 0 {
					continue
				}
				if m[0] >= qEnd && st.labelsNext(qi, m) {
					continue // "عائد الإيداع عند 21% وعائد الإقراض عند 22%": the next figure's
				}
				if st.monthAt(m[1]) {
					continue // "خلال شهري يونيو ويوليو": the two months of, not "monthly"
				}
				if st.ofReport(m) {
					continue // "في تقريره الشهري", "in its monthly report"
				}
				if st.afterTwelve(m) {
					continue // "12-месячная инфляция": the annual rate
				}
				if st.pairedWithBasis(in, m) {
					continue // "annual and monthly inflation:": a label of both measures
				}
				if st.included(m, from) {
					continue // "inflation including the energy bill": the headline, which includes it
				}
				if slices.ContainsFunc(dt.find(w.wholeOf, max(0, m[0]-6), min(dt.n, m[1]+6)), func(o [2]int) bool { return o[0] <= m[0] && m[1] <= o[1] }) {
					continue // "trade in goods and services": every part of it
				}
				return dt.text(st.d.Text, m)
			}
		}
	}
	// "годовая инфляция составила 9,6% против 7,71% в среднем по стране":
	// a part of the country, compared with the whole.
	for _, m := range dt.find(w.compare, qEnd, min(ce, qEnd+2)) {
		if i, j := within(st.qs, quantityTok, m[1], min(dt.n, m[1]+2)); i < j && st.qs[i].Kind == st.qs[qi].Kind {
			if e := st.qs[i].EndToken; dt.startsAt(w.total, e) {
				return "a part of the country compared with the whole"
			}
		}
	}
	// "growth of 7.8% in exports and 20.8% in imports", "a 4% expansion in
	// private consumption": a subject after a locative right after the
	// figure (past one word, a noun of change, and an adjective).
	for _, m := range dt.find(w.subjects, qEnd, min(ce, qEnd+5)) {
		if m[0] <= qEnd || st.inCue(in, m) {
			continue
		}
		for loc := qEnd; loc <= qEnd+1 && loc < m[0]; loc++ {
			if loc > qEnd && (dt.sc.Punct(qEnd) != 0 || dt.sc.Token(qEnd).Number) {
				break
			}
			if dt.startsAt(w.locative, loc) && m[0] <= loc+2 && (dt.endsAt(w.locative, m[0], 0) || dt.endsAt(w.locative, m[0]-1, 0) && dt.sc.Punct(m[0]-1) == 0 && !dt.sc.Token(m[0]-1).Number) {
				return dt.text(st.d.Text, m)
			}
		}
	}
	// "وسجلت الفئة العمرية 20-24 عاما أعلى معدل للبطالة بنسبة 33.6%": a
	// subgroup before the cue, in the figure's clause.
	if cue[0] > cs && cue[1] <= qTok {
		for _, m := range dt.find(w.subgroups, cs, cue[0]) {
			if !st.inCue(in, m) && !st.headlineWord(in, m, from, to) {
				return dt.text(st.d.Text, m)
			}
		}
	}
	// (Nor, for a meeting, a body its name says heads hold.)
	if m := in.exclusion(dt, qTok, qEnd, w.contrast, w.sources, w.topic, w.ofWhich, w.cause); m[1] > 0 && !st.inCue(in, m) && !st.afterTwelve(m) && !st.headlineWord(in, m, from, to) && !(in.Role == RoleMeeting && (st.headsChair || st.namesHeads(m))) && !(m[1] <= qTok && st.trailsFigure(qi, m)) && !st.effectBeforeCause(m, cue, qTok) && !(m[0] >= qEnd && (st.kindIn(st.qs[qi].Kind, qEnd, m[0]) || st.labelsNext(qi, m))) && !st.monthAt(m[1]) && !st.ofReport(m) && !st.ownsFigure(m, qTok) && !(m[1] <= qTok && st.ownBasisPast(in, qi, m)) && m[0] < steadyFrom && !st.inOrgName(m) && !st.included(m, from) && !st.itemBeforeCue(m, cue) && !st.countOfYears(m) {
		return dt.text(st.d.Text, m)
	}
	// "В Алматы этот показатель равен 4,4%", "4.4% in Almaty": a city's figure.
	if in.Role == RoleStatistic {
		// Back to the figure before, across a dash: "в Алматы – 4,4%".
		start := min(cs, st.pastFigure(max(from, qTok-8), qTok, func(k quantity.Kind) bool { return k != quantity.Date }))
		// (From a clause that opens the sentence, no figure before: "In
		// Almaty, joblessness fell to 4.5%".)
		if start > from && !figureIn(st.qs, from, start) && start-from <= 6 {
			start = from
		}
		// (Not a city a country named after it, before the figure, takes
		// over: "أعلن المكتب الوطني للإحصاء في أبوجا أن معدل التضخم في
		// نيجيريا …".)
		for _, m := range dt.find(w.cities, start, min(ce, qEnd+3)) {
			if m[0] > start && dt.endsAt(w.locative, m[0], 0) && !slices.ContainsFunc(st.ments, func(c mention) bool { return !c.person && c.tok >= m[1] && c.tok < qTok }) {
				return dt.text(st.d.Text, [2]int{m[0] - 1, m[1]})
			}
		}
		// "Nevada topped the chart at 5.7%", "… in Manitoba, where the
		// rate was 6.1%": a state's or a province's figure.
		if in.Entities == 1 {
			rs := cs
			if m := dt.find(w.where, cs, min(ce, cs+3)); len(m) > 0 && cs > from {
				rs = dt.clauseStart(cs - 1)
			}
			if m := dt.find(w.regions, rs, min(ce, qEnd+3)); len(m) > 0 {
				return dt.text(st.d.Text, m[0]) + regionNote
			}
			if m := st.regionByNoun(rs, min(ce, qEnd+3)); m[1] > 0 {
				return dt.text(st.d.Text, m) + regionNote
			}
			// "وفي زنجبار، التي …، بلغ التضخم 4.8%": a region the sentence
			// opens on after a locative.
			if m := dt.find(w.regions, from+1, min(to, from+3)); len(m) > 0 && dt.endsAt(w.locative, m[0][0], 0) {
				return dt.text(st.d.Text, m[0]) + regionNote
			}
		}
		// Not for the place compared with ("ниже среднероссийского уровня
		// (6,64%)"), nor a union of the countries a bilateral figure is of.
		if in.Entities == 1 && !other {
			// A place that opens the sentence: "In Lethbridge, …".
			if from < start && dt.endsAt(w.locative, from+1, 0) {
				start = from
			}
			if m := st.unknownPlace(start, min(ce, qEnd+3), qTok); m[1] > 0 {
				return dt.text(st.d.Text, m) + unknownPlaceNote
			}
			// "Jerash recorded the lowest unemployment rate at 18.4%": a
			// ranking whose subject is a name that is no country's.
			// (A subject before the ranking's verb: not the article of "The
			// highest annual rates were in Latvia".)
			if pk := dt.find(w.peak, max(cs, cue[0]-2), cue[0]); cue[0] > cs && cue[1] <= qTok && len(pk) > 0 {
				for k := cs; k < pk[0][0]-1; k++ {
					if t := dt.sc.Token(k); t.Upper && t.Punct == 0 && !t.Number && !st.knownName(k) && !st.x.anyCue(dt, k, k+1) && (k > from || !dt.sc.NewLine(k)) {
						return dt.text(st.d.Text, [2]int{k, k + 1}) + unknownPlaceNote
					}
				}
			}
			// "Annual inflation in Chuvashia, as in Russia as a whole,
			// slowed – to 7.5% in September": the place right after the
			// cue, in a clause before the figure's.
			if cue[0] >= from && cue[1] < cs {
				if m := st.unknownPlace(cue[1], min(dt.n, cue[1]+2), qTok); m[1] > 0 && m[0] == cue[1] {
					return dt.text(st.d.Text, m) + unknownPlaceNote
				}
			}
		}
	}
	return ""
}

// unknownPlace returns a locative and the capitalised name after it, in
// tokens [a, b), that names no country, date, person or figure: "In
// Lethbridge, unemployment sat at 5.6%", "в Татарстане инфляция
// составила 7%" are a city's and a region's figures. Not a place where
// someone spoke ("said in Davos", "в Минэкономразвития сообщили"), nor a
// name in the possessive ("in Reuters' poll"), nor a place compared with
// the figure at token qTok ("в Черноземье инфляция ниже среднероссийского
// уровня (6,64%)").
func (st *docState) unknownPlace(a, b, qTok int) [2]int {
	dt, w := st.dt, st.x.w
	for k := a + 1; k < b; k++ {
		t := dt.sc.Token(k)
		if !t.Upper || t.Punct != 0 || t.Number || !dt.endsAt(w.locative, k, 0) || dt.sent[k-1] != dt.sent[k] {
			continue
		}
		// (Nor a Latin word in Cyrillic text, a currency or a brand:
		// "инфляция, рассчитываемая в ZiG".)
		if r := []rune(t.Norm); st.d.Lang == "ru" && len(r) > 0 && r[0] < 0x250 {
			continue
		}
		// (Nor an acronym, a body's: "В ООН предполагают, что …".)
		if w := st.d.Text[t.ByteStart:t.ByteEnd]; utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			continue
		}
		end := k
		for end < min(dt.n, k+3) && dt.sent[end] == dt.sent[k] {
			u := dt.sc.Token(end)
			if !u.Upper || u.Punct != 0 || u.Number {
				break
			}
			end++
		}
		// (Nor an indicator's name in capitals: "in Gross Domestic Product".)
		unknown := !st.x.anyCue(dt, k, end)
		for n := k; n < end && unknown; n++ {
			unknown = !st.knownName(n)
		}
		if !unknown || end < dt.n && dt.possessive(end, end+1) || len(dt.find(w.attrib, max(0, k-4), min(dt.n, end+2))) > 0 ||
			end < qTok && len(dt.find(w.comparative, end, qTok)) > 0 && !st.ownComparison(end, qTok) {
			continue
		}
		return [2]int{k - 1, end}
	}
	return [2]int{}
}

// steadyComparison returns where a comparison in tokens [qEnd, end) after
// the figure at qTok begins when the figure's sentence says, before it,
// that the level stayed as it was: "استقرار التضخم لشهر يوليو عند 3,6%
// قياسا بالشهر الماضي", "held steady at 14.1% compared with the month
// before" — the comparison says the level did not move, it names no basis
// or other measure; -1 when there is none.
func (st *docState) steadyComparison(qTok, qEnd, end int) int {
	dt := st.dt
	from, _ := dt.sentence(dt.sent[qTok])
	if m := dt.find(st.x.w.compare, qEnd, end); len(m) > 0 && len(dt.find(st.x.w.steady, from, qTok)) > 0 {
		return m[0][0]
	}
	return -1
}

// regionByNoun finds in tokens [a, b) a region named with one of its
// nouns (RegionNouns): a capitalised word right before the noun ("Пермский
// край"), or right after "Республика", that is no country, date or figure.
func (st *docState) regionByNoun(a, b int) [2]int {
	dt := st.dt
	named := func(k int) bool {
		if k < a || k >= b || k >= dt.n {
			return false
		}
		t := dt.sc.Token(k)
		return t.Upper && t.Punct == 0 && !t.Number && !st.knownName(k)
	}
	for _, m := range dt.find(st.x.w.regionNouns, a, b) {
		switch {
		case named(m[0]-1) && dt.sent[m[0]-1] == dt.sent[m[0]] && !dt.sc.Token(m[0]).Upper:
			return [2]int{m[0] - 1, m[1]}
		case dt.sc.Token(m[0]).Upper && named(m[1]) && dt.sent[m[1]] == dt.sent[m[0]]:
			return [2]int{m[0], m[1] + 1}
		}
	}
	return [2]int{}
}

// ownComparison reports a comparative between a place ending at token end
// and the figure at qTok that describes the place's own figure: "в
// Приморье — заметно выше, 8,9%", the comparative's clause closed before
// the figure, with no word of the whole or other figure between (not "в
// Черноземье инфляция ниже среднероссийского уровня (6,64%)").
func (st *docState) ownComparison(end, qTok int) bool {
	dt := st.dt
	c := dt.find(st.x.w.comparative, end, qTok)
	if len(c) == 0 {
		return false
	}
	last := c[len(c)-1]
	return dt.cl[last[0]] != dt.cl[qTok] && dt.sent[last[0]] == dt.sent[qTok] && !figureIn(st.qs, last[1], qTok) && len(dt.find(st.x.w.total, end, qTok)) == 0 && len(dt.find(st.x.w.than, end, qTok)) == 0
}

// inOrgName reports a phrase m inside the name of a body: an
// organisation's head word ("Ministry", "Department", "Министерство"), then
// up to four words that are "of", "and" or, in scripts with capitals,
// capitalised, then m (capitalised too where the script has capitals):
// "the Ministry of Trade and Industry", "Department of Agriculture"; or,
// in Latin script, m right before its head: "the foreign trade minister".
func (st *docState) inOrgName(m [2]int) bool {
	dt := st.dt
	latin := func(k int) bool {
		r := []rune(dt.sc.Norm(k))
		return len(r) > 0 && r[0] < 0x250
	}
	// Arabic, which has no capitals, names a body in a chain of definite
	// nouns, each but the last maybe in the construct state: "وزير التجارة
	// والصناعة وترويج الاستثمار", not "وزير التجارة … عن ثقته".
	indefinite := func(k int) bool {
		w := dt.text(st.d.Text, [2]int{k, k + 1})
		r := []rune(w)
		if len(r) == 0 || r[0] < 0x600 || r[0] > 0x6ff {
			return false
		}
		for _, p := range []string{"ال", "وال", "فال", "بال", "لل", "ولل"} {
			if strings.HasPrefix(w, p) {
				return false
			}
		}
		return true
	}
	// "Foreign trade minister Lucía Arce", "the trade ministry": the
	// head right after.
	if m[1] < dt.n && latin(m[0]) && dt.startsAt(st.x.w.orgHeads, m[1]) {
		return true
	}
	if latin(m[0]) && !dt.sc.Token(m[0]).Upper || indefinite(m[0]) {
		return false
	}
	for k := m[0] - 1; k >= max(0, m[0]-5); k-- {
		if dt.endsAt(st.x.w.orgHeads, k+1, 0) {
			return true
		}
		t := dt.sc.Token(k)
		if t.Punct != 0 && t.Punct != '&' || t.Number || latin(k) && !t.Upper && len(dt.find(st.x.w.and, k, k+1)) == 0 && !dt.isPrep(k) || indefinite(k) && indefinite(k+1) {
			return false
		}
	}
	return false
}

// ownsFigure reports a phrase m in the possessive that owns a figure: the
// one at token qTok ("the previous month's 2.0% year-on-year increase" is
// no monthly rate) or one of its kind right after m, which it describes
// instead ("4.1% from the previous month's 4.9%").
func (st *docState) ownsFigure(m [2]int, qTok int) bool {
	dt := st.dt
	if m[1]+2 > dt.n {
		return false
	}
	p := dt.sc.Punct(m[1])
	if !(p == '\'' || p == '’') || !dt.possessive(m[1], m[1]+2) {
		return false
	}
	return m[1]+2 == qTok || st.figureLike(qTok, m[1]+2, min(dt.n, m[1]+3))
}

// ownerAfter reports that the figure date d dates comes right after a
// phrase of set, gap tokens at most between: the date of a value compared
// with ("compared with 110.7 points in 2024") or moved from ("from 2.3% in
// September").
func (st *docState) ownerAfter(d dateRef, set *phraseSet, gap int) bool {
	o := st.x.ownedBy(st.dt, st.qs, d)
	return o >= 0 && st.dt.endsAt(set, st.qs[o].Token, gap)
}

// ofThatYear reports "of that year", "من ذلك العام", "того года" right
// after date d, a word at most between.
func (st *docState) ofThatYear(d dateRef) bool {
	return slices.ContainsFunc(st.dt.find(st.x.w.sameYear, d.end, min(st.dt.n, d.end+3)), func(m [2]int) bool { return m[0] <= d.end+1 })
}

// labelsEarlier reports a qualifier m right before a figure of the kind of
// figure qi that comes before qi in its sentence, with a comma and another
// date between them: it labels that figure, not the later items of the
// list ("from an average of 2.4% over 2024, then 2.5% in the last
// quarter").
func (st *docState) labelsEarlier(qi int, m [2]int) bool {
	dt := st.dt
	q := st.qs[qi]
	dated := false
	for k := qi - 1; k >= 0 && st.qs[k].Token >= m[1]; k-- {
		o := st.qs[k]
		dated = dated || o.Kind == quantity.Date
		if o.Kind == q.Kind && o.Token <= m[1]+1 && dt.sent[o.Token] == dt.sent[q.Token] && dt.cl[o.Token] != dt.cl[q.Token] {
			return dated
		}
	}
	return false
}

// ofReport reports a phrase m right beside a noun of a publication, which
// it describes: "تقريره الشهري", "monthly report".
func (st *docState) ofReport(m [2]int) bool {
	dt := st.dt
	return m[0] > 0 && dt.endsAt(st.x.w.reportNouns, m[0], 0) || dt.startsAt(st.x.w.reportNouns, m[1])
}

// monthAt reports a date of a month that starts at token tok.
func (st *docState) monthAt(tok int) bool {
	return slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.tok == tok && len(d.period) == 7 && !quarter(d.period) })
}

// headlineWord reports a qualifier m that names the headline measure of a
// country the sentence [from, to) names (or the document, when the
// sentence names none): "التضخم السنوي في المدن المصرية".
func (st *docState) headlineWord(in *compiled, m [2]int, from, to int) bool {
countries:
	for code, set := range in.headline {
		if !slices.ContainsFunc(st.dt.find(set, max(0, m[0]-3), min(st.dt.n, m[1]+3)), func(h [2]int) bool { return h[0] <= m[0] && h[1] >= m[1] }) {
			continue
		}
		// The countries of m's clause, else of its sentence, else the
		// document's.
		named := false
		for _, r := range [][2]int{{st.dt.clauseStart(m[0]), st.dt.clauseEnd(m[0])}, {from, to}} {
			for _, p := range st.ments {
				if p.tok >= r[0] && p.tok < r[1] {
					named = true
					if p.code == code {
						return true
					}
				}
			}
			if named {
				continue countries
			}
		}
		if st.single == code {
			return true
		}
	}
	return false
}

// upcomingMonth returns the one month that every date after publication
// in the document falls in ("tomorrow, Tuesday", "from 20 to 23 August"),
// or "" when there is none or more than one.
func (st *docState) upcomingMonth() string {
	month := ""
	for _, d := range st.dates {
		if st.pub == "" || d.since || len(d.period) < len("2006-01-02") || d.period[:10] <= st.pub {
			continue
		}
		for _, p := range strings.Split(d.period, "/") {
			if len(p) < len("2006-01") || month != "" && p[:7] != month {
				return ""
			}
			month = p[:7]
		}
	}
	return month
}

// visitUnderway returns the month of publication for a meeting still to
// come whose number ends at qEnd in sentence sent, when the document says a
// visit began in the days before publication ("arrived in China on Monday
// on a two-day visit … is scheduled to take part in the 30th regular
// meeting"): what the visit is for falls in that month. It returns "" when
// the sentence dates the meeting later or puts it off after its number.
func (st *docState) visitUnderway(sent, qEnd int) string {
	dt := st.dt
	if st.pub == "" {
		return ""
	}
	// (Not a meeting its sentence dates later, "the next, third meeting is
	// planned for next year", or puts off after it: "the 29th meeting,
	// which will take place in Moscow in the summer".)
	_, to := dt.sentence(sent)
	if slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool { return calendar(d.period) && periodAfter(d.period, st.pub) }) ||
		len(dt.find(st.x.w.future, qEnd, to)) > 0 {
		return ""
	}
	for _, d := range st.dates {
		if len(d.period) != len("2006-01-02") || d.since || d.period > st.pub || addDays(d.period, 3) < st.pub {
			continue
		}
		a, b := dt.sentence(dt.sent[d.tok])
		if len(dt.find(st.x.w.arrive, a, b)) > 0 && st.x.namesVisitOrMeeting(dt, a, b) {
			return st.pub[:7]
		}
	}
	// "Премьер прибыл в Пекин с трехдневным визитом" in the lead, with no
	// date and nothing to come: the visit is under way on the day of
	// publication.
	for s := 0; s < min(dt.sentences(), 4); s++ {
		a, b := dt.sentence(s)
		if len(dt.find(st.x.w.arrive, a, b)) > 0 && st.x.namesVisitOrMeeting(dt, a, b) && len(dt.find(st.x.w.future, a, b)) == 0 && len(dt.find(st.x.w.modality, a, b)) == 0 &&
			!slices.ContainsFunc(inSentences(dt, st.dates, dateTok, s, s+1), func(d dateRef) bool { return !d.dateline }) {
			return st.pub[:7]
		}
	}
	return ""
}

// partOfCountry returns the part of the country code ("إمارة أبوظبي")
// that every mention of it before token end names, once called a part
// (Subnational); "" when any mention names the country itself.
//
// A document that names the country only by cities, one of them in the
// figure's sentence [from, end) and not in a dateline ("حققت دبي ناتجا
// محليا …"), reports that city's figures too ("Officials in Nairobi met
// the IMF. Inflation there eased" is Kenya's).
func (st *docState) partOfCountry(code string, from, end int) string {
	dt := st.dt
	part, city := "", ""
	for _, m := range st.ments {
		if m.tok >= end {
			break
		}
		if m.code != code {
			continue
		}
		c, ok := st.cityAt(m)
		if m.person || !ok {
			return ""
		}
		if part == "" {
			part = st.namedAsPart(m, c, 0)
		}
		if city == "" && m.tok >= from && !st.dateline(m.tok, c[1]) {
			city = dt.text(st.d.Text, c)
		}
	}
	return cmp.Or(part, city)
}

// cityAt returns the city whose name starts at mention m, if any.
func (st *docState) cityAt(m mention) ([2]int, bool) {
	dt := st.dt
	for _, c := range dt.find(st.x.w.cities, m.tok, min(dt.n, m.tok+3)) {
		if c[0] == m.tok {
			return c, true
		}
	}
	return [2]int{}, false
}

// namedAsPart returns the name of the part of its country that city c,
// named at mention m, is called with a subnational word right before it
// and no earlier than token from ("إمارة أبوظبي", "Greater Jakarta"), or "".
func (st *docState) namedAsPart(m mention, c [2]int, from int) string {
	dt := st.dt
	for _, p := range dt.find(st.x.w.subnational, max(from, m.tok-3), m.tok) {
		if p[1] == m.tok {
			return dt.text(st.d.Text, [2]int{p[0], c[1]})
		}
	}
	return ""
}

// effectBeforeCause reports a qualifier m named before a cause whose own
// cue and figure follow it: "Rates on deposits rise due to the decision to
// set the key rate at 16%" (an effect, no group of the figure).
func (st *docState) effectBeforeCause(m, cue [2]int, qTok int) bool {
	return m[1] <= cue[0] && cue[1] <= qTok && len(st.dt.find(st.x.w.cause, m[1], cue[0])) > 0
}

// sidesOf returns the mentions that may be the countries of a figure of
// indicator in in sentence sent: all of them but, for a pair, the place
// of a dateline the sentence opens with when it names a group ("الرياض –
// … الهند أكبر شريك تجاري لدول الخليج، وبلغ التبادل بين الجانبين": the
// two sides are India and the group).
func (st *docState) sidesOf(in *compiled, sent int) []mention {
	if in.Entities != 2 {
		return st.ments
	}
	inSent := inSentences(st.dt, st.ments, mentionTok, sent, sent+1)
	if !slices.ContainsFunc(inSent, func(m mention) bool { return isGroup(m.code) }) {
		return st.ments
	}
	a, _ := st.dt.sentence(sent)
	return slices.DeleteFunc(slices.Clone(st.ments), func(m mention) bool {
		return m.tok < a+3 && st.dt.sent[m.tok] == sent && !m.person && !isGroup(m.code) && st.dateline(m.tok, max(st.dt.placeEnd(m.tok), m.tok+1))
	})
}

// dateline reports a place, named at tokens [tok, end), that ends its line
// ("كنوز ميديا / بغداد") or starts one and is followed by a dash or colon
// ("الرياض - مباشر:", "MOSCOW, Dec 2 -"): where the news was filed, not
// what it is about.
func (st *docState) dateline(tok, end int) bool {
	dt := st.dt
	if end >= dt.n || dt.sc.NewLine(end) {
		return true
	}
	start := tok
	// "date 2025-03-04 Lagos, March 4 –": past a page's date that opens
	// the line.
	i, j := within(st.qs, quantityTok, max(0, tok-8), tok)
	if k := slices.IndexFunc(st.qs[i:j], func(q quantity.Quantity) bool { return q.Kind == quantity.Date && q.EndToken == tok }); k >= 0 {
		if start = st.qs[i+k].Token; start > 0 && !dt.sc.NewLine(start) && dt.sc.Norm(start-1) != "" {
			start-- // the word "date" before it
		}
	}
	for start > 0 && start > tok-3 && !dt.sc.NewLine(start) {
		start--
	}
	if start > 0 && !dt.sc.NewLine(start) {
		return false
	}
	for k := tok + 1; k < min(dt.n, tok+8); k++ {
		if p := dt.sc.Punct(k); p == '-' || p == '–' || p == '—' || p == ':' || p == '(' || p == '/' {
			return true
		}
	}
	return false
}

// respectiveItem returns the place, in a list of labels before a list of
// figures with "respectively", of the label that match m is in: counted
// back from the figures, one place for each run of commas and "and".
func (st *docState) respectiveItem(qi int, m [2]int) (int, bool) {
	dt := st.dt
	qTok := st.qs[qi].Token
	_, to := dt.sentence(dt.sent[qTok])
	pos, n := st.listPosition(qi)
	resp := dt.find(st.x.w.respectively, qTok, to)
	if n < 2 || m[1] > qTok || len(resp) == 0 {
		return 0, false
	}
	// "rose 6.1% and 2.4%, respectively in April and May": paired with
	// the dates after it, not with labels.
	if i, j := within(st.dates, dateTok, resp[0][1], resp[0][1]+3); i < j {
		return 0, false
	}
	firstFigure := st.qs[qi-pos].Token
	after, sep := 0, false
	for k := m[1]; k < firstFigure; k++ {
		if st.startsItem(k) {
			if !sep {
				after++
			}
			sep = true
			continue
		}
		sep = false
	}
	if after >= n {
		return 0, false // not in the list of labels
	}
	return n - 1 - after, true
}

// pastFigure returns the token after the last quantity in tokens [a, b)
// whose kind is, or a when there is none: a region before b that does not
// reach back into the words of an earlier figure.
func (st *docState) pastFigure(a, b int, is func(quantity.Kind) bool) int {
	i, j := within(st.qs, quantityTok, a, b)
	for k := j - 1; k >= i; k-- {
		if is(st.qs[k].Kind) {
			return max(a, st.qs[k].EndToken)
		}
	}
	return a
}

// title reports a first sentence that is a title: a line that ends without
// a stop.
func (st *docState) title() bool {
	_, b := st.dt.sentence(0)
	if b == 0 || b >= st.dt.n || !st.dt.sc.NewLine(b) {
		return false
	}
	return !strings.ContainsRune(".!?؟", st.dt.sc.Punct(b-1))
}

// repeatsTitle reports a figure at qTok inside the title's words (at
// least six of them, from its start) said again in a later sentence, as
// pages repeat a headline after a date line ("10 May 2023 at 08:00 The
// consumer price index up 6.4 per cent …").
func (st *docState) repeatsTitle(qTok int) bool {
	dt := st.dt
	_, b := dt.sentence(0)
	lo, hi := dt.sentence(dt.sent[qTok])
	if b < 4 || dt.sent[qTok] == 0 {
		return false
	}
	same := func(i, j int) bool {
		x, y := dt.sc.Token(i), dt.sc.Token(j)
		return x.Norm == y.Norm && x.Punct == y.Punct && x.Number == y.Number && (!x.Number || st.d.Text[x.ByteStart:x.ByteEnd] == st.d.Text[y.ByteStart:y.ByteEnd])
	}
	for k := lo; k+b <= hi && k <= qTok; k++ {
		n := 0
		for n < b && same(n, k+n) {
			n++
		}
		if n >= min(b, 6) && qTok >= k && qTok < k+n {
			return true
		}
	}
	return false
}

// figureLike reports a figure of the kind of the one at qTok in tokens
// [a, b).
func (st *docState) figureLike(qTok, a, b int) bool {
	k, _ := within(st.qs, quantityTok, qTok, qTok+1)
	if k >= len(st.qs) {
		return false
	}
	i, j := within(st.qs, quantityTok, a, b)
	return slices.ContainsFunc(st.qs[i:j], func(q quantity.Quantity) bool { return q.Kind == st.qs[k].Kind })
}

// inCue reports a match inside a cue of the indicator.
func (st *docState) inCue(in *compiled, m [2]int) bool {
	return st.dt.insidePhrase(in.cues, m, 6, 4)
}

// labelsNext reports that the phrase m, after figure qi and an "and",
// labels the next figure of its kind a few words on in the sentence ("21%
// وعائد الإقراض عند 22%"; not "5.7% للرجال و16.2% للنساء", where each
// label follows its figure).
func (st *docState) labelsNext(qi int, m [2]int) bool {
	and := false
	for k := st.qs[qi].EndToken; k <= m[0] && !and; k++ {
		and = st.opensWithAnd(k)
	}
	if !and {
		return false
	}
	for k := qi + 1; k < len(st.qs); k++ {
		n := st.qs[k]
		if n.Kind == quantity.Date {
			continue
		}
		return n.Token >= m[1] && n.Kind == st.qs[qi].Kind && n.Token-m[1] <= 6 && st.dt.sent[n.Token] == st.dt.sent[m[0]]
	}
	return false
}

// conjunctBefore returns the figure of the same kind that the quantity at
// qTok is joined to by "and", past the dates of the first ("2.25% in
// April and 1% in May"), or -1.
func (st *docState) conjunctBefore(qTok int) int {
	i, _ := within(st.qs, quantityTok, qTok, qTok+1)
	if i >= len(st.qs) || st.qs[i].Token != qTok {
		return -1
	}
	q := st.qs[i]
	for k := i - 1; k >= 0; k-- {
		p := st.qs[k]
		if p.Kind == quantity.Date {
			continue
		}
		if p.Kind != q.Kind || st.dt.sent[p.Token] != st.dt.sent[qTok] || p.ByteEnd > q.ByteStart {
			return -1
		}
		// (Most figures have no "and" right before them: the words after the
		// last date are looked at first, without building the text.)
		last := p.ByteEnd
		if k+1 < i {
			last = st.qs[i-1].ByteEnd
		}
		if tail := strings.TrimRightFunc(st.d.Text[last:q.ByteStart], unicode.IsSpace); tail != "" && !st.x.isAnd(quantity.Fold(tail[strings.LastIndexFunc(tail, unicode.IsSpace)+1:])) {
			return -1
		}
		var between strings.Builder
		at := p.ByteEnd
		for _, d := range st.qs[k+1 : i] {
			between.WriteString(st.d.Text[at:d.ByteStart] + " ")
			at = d.ByteEnd
		}
		between.WriteString(st.d.Text[at:q.ByteStart])
		words := strings.Fields(quantity.Fold(between.String()))
		if len(words) == 0 || !st.x.isAnd(words[len(words)-1]) {
			return -1
		}
		for _, w := range words[:len(words)-1] {
			if !st.x.tw.preps[w] && strings.Trim(w, ",،;") != "" {
				return -1 // (a comma may set off the dates: "2.25% في أبريل، و1%")
			}
		}
		return k
	}
	return -1
}

// opensWithAnd reports "and" at token tok, as a word or (Arabic) as the
// clitic و: "and by 0.1%", "وبنسبة 0.1%".
func (st *docState) opensWithAnd(tok int) bool {
	dt := st.dt
	if tok < 0 || tok >= dt.n {
		return false
	}
	if len(dt.find(st.x.w.and, tok, tok+1)) > 0 {
		return true
	}
	norm := dt.sc.Norm(tok)
	return strings.HasPrefix(norm, "و") && slices.Contains(dt.formsOf(tok), strings.TrimPrefix(norm, "و"))
}

// definite reports whether the word at tok carries a definite article
// (lang.Words.Articles), past the joined "and" when tok is cs, the start of
// its clause.
func (st *docState) definite(tok, cs int) bool {
	norm := st.dt.sc.Norm(tok)
	if tok == cs {
		norm = strings.TrimPrefix(norm, "و")
	}
	return slices.ContainsFunc(st.x.tw.articles, func(a string) bool { return strings.HasPrefix(norm, a) })
}

// apposedCountry reports a country named right after the phrase m, past
// a dash or comma: "Крупнейшая экономика региона — Казахстан — выросла",
// where the country, not the region, is the subject.
func (st *docState) apposedCountry(m [2]int) bool {
	dt := st.dt
	k := m[1]
	if k < dt.n && strings.ContainsRune(",،-–—", dt.sc.Punct(k)) {
		k++
	}
	return k > m[1] && k < dt.n && dt.place[k]
}

// tourAfter reports a list of countries starting in the quantity's clause
// ("a six-day visit to Japan, Papua New Guinea and Australia"); a later
// clause's tour ("…, the first stop on a tour that will take him to
// Malaysia and Cambodia") leaves the visit bilateral.
func (st *docState) tourAfter(qTok int) bool {
	dt := st.dt
	var prev *mention
	ments := inSentences(dt, st.ments, mentionTok, dt.sent[qTok], dt.sent[qTok]+1)
	for i := range ments {
		m := &ments[i]
		if m.tok <= qTok {
			continue
		}
		if prev != nil && m.code != prev.code && dt.cl[prev.tok] == dt.cl[qTok] {
			end := max(dt.placeEnd(prev.tok), prev.tok+1) // past "Saudi Arabia"'s last word
			between := quantity.Fold(strings.TrimSpace(st.d.Text[dt.sc.Token(min(end, m.tok)-1).ByteEnd:dt.sc.Token(m.tok).ByteStart]))
			for _, w := range strings.Fields(strings.NewReplacer(",", " , ", "،", " , ").Replace(between)) {
				if w != "," && w != "and" && w != "و" && w != "и" {
					between = "x"
				}
			}
			if between != "x" {
				return true
			}
		}
		prev = m
	}
	return false
}

// The ages a labour force survey's headline population starts at: 14 in
// some of Latin America, 15 in most countries, 16 in the United Kingdom.
const (
	workingAgeFromLowest  = 14
	workingAgeFromHighest = 16
)

// workingAge reports an age qualifier m that names the whole labour force:
// a working age's start and a word of "and over" ("в
// возрасте 15 лет и старше", "aged 15 and over", "15 سنة فأكثر"), not an
// age group ("aged 25 and over").
func (st *docState) workingAge(m [2]int) bool {
	dt := st.dt
	// "(15 سنة فأكثر)": the words of "and over" after the age.
	if slices.ContainsFunc(dt.find(st.x.w.olderThan, max(0, m[0]-2), m[1]), func(o [2]int) bool { return o[1] == m[1] }) {
		i, j := within(st.qs, quantityTok, max(0, m[0]-3), m[0])
		return slices.ContainsFunc(st.qs[i:j], func(q quantity.Quantity) bool {
			return q.Kind != quantity.Date && q.Value >= workingAgeFromLowest && q.Value <= workingAgeFromHighest
		})
	}
	if m[1] >= dt.n || !dt.sc.Token(m[1]).Number {
		return false
	}
	i, j := within(st.qs, quantityTok, m[1], m[1]+1)
	if i == j || st.qs[i].Value < workingAgeFromLowest || st.qs[i].Value > workingAgeFromHighest {
		return false
	}
	end := st.qs[i].EndToken
	return slices.ContainsFunc(dt.find(st.x.w.olderThan, end, min(dt.n, end+4)), func(o [2]int) bool { return o[0] <= end+1 })
}

// included reports that the qualifier m follows a word of inclusion, one
// word at most between: "inflation including the energy bill", "total
// trade, including oil products," name the whole that holds the part.
func (st *docState) included(m [2]int, from int) bool {
	return slices.ContainsFunc(st.dt.find(st.x.w.including, max(from, m[0]-6), m[0]), func(n [2]int) bool { return n[1] >= m[0]-1 })
}

// quartersNamed reports a date of period p in tokens [a, b) that names
// its quarters one by one ("in the second and third quarters").
func (st *docState) quartersNamed(p string, a, b int) bool {
	i, j := within(st.qs, quantityTok, a, b)
	return slices.ContainsFunc(st.qs[i:j], func(q quantity.Quantity) bool { return q.Kind == quantity.Date && q.Quarters && q.Period == p })
}

// attributionOnly reports a short sentence s with no figure that only
// says who reported what the sentence before says ("Об этом сообщил
// Белстат", "The statistics office said so on Tuesday").
func (st *docState) attributionOnly(s int) bool {
	a, b := st.dt.sentence(s)
	return b-a <= 8 && !figureIn(st.qs, a, b) && len(st.dt.find(st.x.w.attrib, a, b)) > 0
}

// anaphorFits reports that the anaphors between tokens a and b can stand
// for indicator i: a one-word anaphor that is a word of one other
// indicator's cues stands for that one only ("ставку" for the key rate,
// never for unemployment); "показатель", "المعدل" (in the cues of many),
// "она" stand for any.
func (st *docState) anaphorFits(a, b, i int) bool {
	dt := st.dt
	inCues := func(c *compiled, k int) bool {
		return slices.ContainsFunc(c.cues.pats, func(p phrasePat) bool {
			return slices.ContainsFunc(p, func(w wordPat) bool { return wordMatches(dt.formsOf(k), w) })
		})
	}
	for _, m := range dt.find(st.x.w.anaphor, a, b) {
		// (A phrase, "the figure", "эта цифра", is of any: its function
		// words are in many cues.)
		if k := m[0]; m[1]-k != 1 || dt.formsOf(k) == nil || inCues(&st.x.inds[i], k) {
			continue
		}
		of := 0
		for j := range st.x.inds {
			if inCues(&st.x.inds[j], m[0]) {
				of++
			}
		}
		if of == 1 {
			return false
		}
	}
	return true
}

// afterTwelve reports a qualifier of a month written after 12 and a
// hyphen: "12-месячная инфляция", "12-month inflation" is the annual rate.
func (st *docState) afterTwelve(m [2]int) bool {
	k := m[0] - 1
	if k >= 0 && st.dt.sc.Punct(k) == '-' {
		k--
	}
	return k >= 0 && k < m[0]-1 && st.dt.sc.Token(k).Number && st.dt.sc.Token(k).Digits == "12"
}

// namesCueHead reports that the ordinal from qTok to qEnd stands beside
// the head of a cue of in found in sentence s: the cue's last word right
// after it ("the sixth session" after "joint session") or its first word
// right before it ("المشاورات الرابعة" after "المشاورات السنوية").
func (st *docState) namesCueHead(in *compiled, s, qTok, qEnd int) bool {
	dt := st.dt
	a, b := dt.sentence(s)
	after, before := dt.sc.Norm(qEnd), ""
	if qTok > 0 {
		before = dt.sc.Norm(qTok - 1)
	}
	return slices.ContainsFunc(dt.find(in.cues, a, b), func(m [2]int) bool {
		return after != "" && dt.sc.Norm(m[1]-1) == after || before != "" && m[1]-m[0] > 1 && dt.sc.Norm(m[0]) == before
	})
}

// quotedLabel returns the words in quotes that close at most three words
// before token tok, within [cs, tok), or an empty span.
func (st *docState) quotedLabel(cs, tok int) [2]int {
	dt := st.dt
	for c := tok - 1; c > cs && c >= tok-4; c-- {
		if !strings.ContainsRune("\"”»", dt.sc.Punct(c)) {
			continue
		}
		for o := c - 1; o >= cs && o >= c-8; o-- {
			if strings.ContainsRune("\"“«", dt.sc.Punct(o)) {
				if o+1 < c && !figureIn(st.qs, c, tok) {
					return [2]int{o + 1, c}
				}
				break
			}
		}
		break
	}
	return [2]int{}
}

// relativeOver reports a relative clause around token tok that names a
// calendar period over when the text was published.
func (st *docState) relativeOver(tok int) bool {
	if st.pub == "" || !inRelative(st.dt, &st.x.w, tok) {
		return false
	}
	cs, ce := st.dt.clauseStart(tok), st.dt.clauseEnd(tok)
	return slices.ContainsFunc(st.dates, func(d dateRef) bool {
		return d.tok >= cs && d.tok < ce && !d.since && !d.compared && calendar(d.period) && periodOver(d.period, st.pub)
	})
}

// inRelative reports that token tok stands in a relative clause: one
// opened by "which", "которая", "с которым", "التي".
func inRelative(dt *docTokens, w *words, tok int) bool {
	cs := dt.clauseStart(tok)
	return slices.ContainsFunc(dt.find(w.relative, cs, min(dt.n, cs+3)), func(m [2]int) bool { return m[0] <= cs+1 })
}

// namesMonth reports that date d is written with a month's name.
func (st *docState) namesMonth(d dateRef) bool {
	for k := d.tok; k < d.end; k++ {
		if st.sc.Month(k) {
			return true
		}
	}
	return false
}

// pairedWithBasis reports a qualifier m joined by "and" to a word of the
// indicator's own basis just before it: "annual and monthly inflation",
// "التضخم السنوي والشهري", "годовая и месячная инфляция" name both
// measures, so the monthly one does not narrow a figure of the annual.
func (st *docState) pairedWithBasis(in *compiled, m [2]int) bool {
	if m[0] == 0 || in.basis.len() == 0 {
		return false
	}
	dt := st.dt
	if t := dt.sc.Token(m[0]); strings.HasPrefix(t.Norm, "و") && dt.endsAt(in.basis, m[0], 0) {
		return true
	}
	return st.x.isAnd(dt.sc.Norm(m[0]-1)) && dt.endsAt(in.basis, m[0]-1, 0)
}

// andPartnerClause reports that the figure at qTok stands in a clause
// opened by "and" (or "а", a contrast) that names one country, a side of
// the pair ents, as the partner of the relation ("…, а с Саудовской
// Аравией в прошлом году — 1,2 млрд").
func (st *docState) andPartnerClause(qTok int, ents []string) bool {
	dt := st.dt
	cs := dt.clauseAcrossDash(qTok)
	if cs >= qTok || !st.opensWithAnd(cs) && !slices.ContainsFunc(dt.find(st.x.w.contrast, cs, min(dt.n, cs+3)), func(m [2]int) bool { return m[0] == cs }) && !opensWithPartner(dt, &st.x.w, st.ments, cs, qTok) {
		return false
	}
	var own []string
	for _, m := range inSentences(dt, st.ments, mentionTok, dt.sent[qTok], dt.sent[qTok]+1) {
		if m.tok >= cs && m.tok < qTok && !slices.Contains(own, m.code) {
			own = append(own, m.code)
		}
	}
	i, j := within(st.ments, mentionTok, cs, qTok)
	return len(own) == 1 && slices.Contains(ents, own[0]) && slices.ContainsFunc(st.ments[i:j], func(m mention) bool { return st.partnerAt(m.tok) })
}

// restatesPercent returns the percentage that sum qi says again as an
// amount, right after it: "rose 14%, or $520 million, to $4.2 billion",
// "بنسبة 14%، أي بقيمة بلغت 520 مليون دولار", "на 14%, или на 520 млн
// долларов". Such a sum is the size of the change, or a part, never the
// level the sentence goes on to give.
func (st *docState) restatesPercent(qi int) (quantity.Quantity, bool) {
	q, dt := st.qs[qi], st.dt
	if q.Kind != quantity.Money || qi == 0 {
		return quantity.Quantity{}, false
	}
	o := st.qs[qi-1]
	if o.Kind != quantity.Percent || o.Unit != "percent" || dt.sent[o.Token] != dt.sent[q.Token] {
		return quantity.Quantity{}, false
	}
	oEnd := o.EndToken
	ok := slices.ContainsFunc(dt.find(st.x.w.restated, oEnd, q.Token), func(m [2]int) bool {
		return m[0] > oEnd && m[0]-oEnd <= 2 && q.Token-m[1] <= 3 && strings.ContainsRune(",،(", dt.sc.Punct(m[0]-1))
	})
	return o, ok
}

// sizedTwice reports a percentage at token qTok that sizes again, as a
// share, the change an amount right after the verb ending at verbEnd sized:
// "بزيادة قدرها 100 ألف متعطل بنسبة 5.1%", "rose by 90,000, or 4.2%",
// "выросло на 90 тысяч, или на 4,2%". It is the change, not a level.
func (st *docState) sizedTwice(verbEnd, qTok int) bool {
	dt, w := st.dt, &st.x.w
	if k, _ := within(st.qs, quantityTok, qTok, qTok+1); k >= len(st.qs) || st.qs[k].Token != qTok || st.qs[k].Kind != quantity.Percent {
		return false
	}
	i, j := within(st.qs, quantityTok, verbEnd, qTok)
	amount := -1
	for a := i; a < j; a++ {
		if st.qs[a].Kind == quantity.Date {
			continue
		}
		if amount >= 0 || st.qs[a].Kind == quantity.Percent {
			return false // one amount between, no rate
		}
		amount = a
	}
	if amount < 0 || dt.wordsBetween(verbEnd, st.qs[amount].Token) > 1 {
		return false
	}
	// (Past the basis of the change: "وارتفعت بواقع 20 ألفا مقارنة بالربع
	// ذاته من السنة السابقة بنسبة 4.6%".)
	oEnd := st.qs[amount].EndToken
	if qTok-oEnd > 9 || dt.cl[oEnd] != dt.cl[qTok] {
		return false
	}
	for _, set := range []*phraseSet{w.by, w.clauseBy, w.restated} {
		if slices.ContainsFunc(dt.find(set, oEnd, qTok), func(m [2]int) bool { return m[1] >= qTok-1 }) {
			return true
		}
	}
	return false
}

// startsItem reports a token that begins the next item of a list: "and",
// "и", a comma, or an Arabic word with the conjunction و.
func (st *docState) startsItem(k int) bool {
	t := st.dt.sc.Token(k)
	switch {
	case t.Punct == ',' || t.Punct == '،':
		return true
	case t.Norm == "and" || t.Norm == "и" || t.Norm == "و":
		return true
	}
	return len(t.Norm) > 4 && strings.HasPrefix(t.Norm, "و") && strings.HasPrefix(t.Norm[len("و"):], "ال")
}

// listPosition returns where quantity qi stands in a list of figures of its
// kind joined by "and", "و" or commas, and how long the list is.
func (st *docState) listPosition(qi int) (pos, n int) {
	q := st.qs[qi]
	joined := func(a, b quantity.Quantity) bool {
		if a.ByteEnd > b.ByteStart {
			return false
		}
		// (The words between first: they end the test early where the
		// figures stand far apart.)
		if between := strings.Trim(st.d.Text[a.ByteEnd:b.ByteStart], " ,،"); between != "" && !(oneWord(between) && st.x.isAnd(quantity.Fold(between))) {
			return false
		}
		return st.dt.cl[a.Token] == st.dt.cl[b.Token] || strings.ContainsAny(st.d.Text[a.ByteEnd:b.ByteStart], ",،")
	}
	first := qi
	for first > 0 && st.qs[first-1].Kind == q.Kind && joined(st.qs[first-1], st.qs[first]) {
		first--
	}
	last := qi
	for last+1 < len(st.qs) && st.qs[last+1].Kind == q.Kind && joined(st.qs[last], st.qs[last+1]) {
		last++
	}
	return qi - first, last - first + 1
}

// fromCurrent reports a figure a goal starts from, said to be the level
// now: after a from_current phrase ("from the current $8 billion", "from
// the current level of"), or after "from" and before a present word
// ("من 5 مليارات دولار حاليا إلى 10 مليارات").
func (st *docState) fromCurrent(qTok, qEnd int) bool {
	dt, w := st.dt, &st.x.w
	if slices.ContainsFunc(dt.find(w.fromCurrent, max(0, qTok-6), qTok), func(m [2]int) bool { return dt.wordsBetween(m[1], qTok) <= 2 }) {
		return true
	}
	if !dt.endsAt(w.from, qTok, 1) {
		return false
	}
	if dt.startsAt(w.present, qEnd) {
		return true
	}
	// "العمل على زيادة التبادل التجاري من 6 مليارات دولار إلى 10 مليارات
	// دولار": a goal from a figure to another, in a clause that dates
	// neither, starts from the level now.
	cs, ce := dt.clauseStart(qTok), dt.clauseEnd(qTok)
	k := slices.IndexFunc(st.qs, func(o quantity.Quantity) bool { return o.Token == qTok })
	if k < 0 || k+1 >= len(st.qs) || st.qs[k+1].Kind != st.qs[k].Kind || st.qs[k+1].Token >= ce || !dt.endsAt(w.level, st.qs[k+1].Token, 1) {
		return false
	}
	return len(st.markers(cs, qTok)) > 0 && !slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.tok >= cs && d.tok < ce })
}

// fromPast reports a figure a forecast starts from or is set against,
// dated right after it by a period over at publication: "expected to ease
// from 4.7% in December 2023", "ينمو 3.2% في 2024 بعد 3% في 2023". It was
// observed.
func (st *docState) fromPast(qTok, qEnd int) bool {
	dt, w := st.dt, &st.x.w
	if st.pub == "" || !dt.endsAt(w.from, qTok, 1) && !dt.endsAt(w.following, qTok, 1) && !dt.endsAt(w.compare, qTok, 1) {
		return false
	}
	// (Not when what the sentence calls expected is over too: "inflation
	// expectations were 11.2% in September after 11.9% in August" measure
	// expectations.)
	if from, _ := dt.sentence(dt.sent[qTok]); slices.ContainsFunc(st.dates, func(d dateRef) bool {
		return d.tok >= from && d.end <= qTok && calendar(d.period) && periodOver(d.period, st.pub)
	}) {
		return false
	}
	return slices.ContainsFunc(st.dates, func(d dateRef) bool {
		return d.tok >= qEnd && dt.sent[d.tok] == dt.sent[qTok] && dt.wordsBetween(qEnd, d.tok) <= 3 && !figureIn(st.qs, qEnd, d.tok) &&
			calendar(d.period) && !d.since && periodOver(d.period, st.pub) && len(st.markers(qEnd, d.tok)) == 0 // (not "1.3% expected in May")
	})
}

// nowInBrackets reports a quantity at token qTok inside brackets of its
// sentence that say "now" (сейчас, حاليا), with the marker modal outside
// them.
func (st *docState) nowInBrackets(qTok int, modal string) bool {
	dt := st.dt
	open := st.openBracket(qTok)
	if open < 0 {
		return false
	}
	_, b := dt.sentence(dt.sent[qTok])
	end := qTok
	for end < b && dt.sc.Punct(end) != ')' {
		end++
	}
	if end == b || len(dt.find(st.x.w.now, open, end)) == 0 {
		return false
	}
	inside := st.d.Text[dt.sc.Token(open).ByteStart:dt.sc.Token(end).ByteEnd]
	return !strings.Contains(inside, modal)
}

// modal returns a marker of what is not yet observed (will, expected,
// forecast, سـ, прогноз) between the cue (or the clause start) and the
// quantity, or just after the quantity.
func (st *docState) modal(qTok, qEnd int, cue [2]int) string {
	dt := st.dt
	// Not what a clause before the figure's compares with: "достиг
	// гораздо высоких темпов по сравнению с предварительными прогнозами,
	// составив 7,7%" (but "up from a previous estimate of 38%" is the
	// estimate's).
	markers := func(a, b int) [][2]int {
		return slices.DeleteFunc(st.markers(a, b), func(m [2]int) bool { return dt.cl[m[0]] != dt.cl[qTok] && dt.endsAt(st.x.w.compare, m[0], 2) })
	}
	if st.fromCurrent(qTok, qEnd) || st.fromPast(qTok, qEnd) {
		return ""
	}
	// "stayed below the 5% midpoint of its range": a figure compared with
	// names the target right after it.
	if m := markers(qEnd, min(dt.n, qEnd+1)); len(m) > 0 && m[0][0] == qEnd && len(dt.find(st.x.w.comparative, max(0, qTok-3), qTok)) > 0 {
		return dt.text(st.d.Text, m[0])
	}
	lo := dt.clauseStart(qTok)
	// (A change in points between is no figure of its own.)
	direct := cue[1] <= qTok && dt.sent[cue[0]] == dt.sent[qTok] && !slices.ContainsFunc(st.qs, func(o quantity.Quantity) bool {
		return o.Token >= cue[1] && o.Token < qTok && o.Kind != quantity.Date && o.Unit != "pp" && o.Unit != "bp"
	})
	if direct && cue[0] < lo {
		lo = cue[0] // "its growth forecast for FY26, increasing it to 6.8%"
	}
	// Up to fifteen words back, and the few words of its clause before a
	// cue further back ("will trim its 7-day reverse repurchase rate by 25
	// basis points (bps) to 5.25%").
	lo = max(lo, qTok-15)
	// "وفي توقعاته السابقة التي أعلنها خلال مايو، حدد نمو الاقتصاد بـ1.8%",
	// "In its earlier forecast, published in April, it put growth at
	// 1.3%": a short phrase that opens the sentence with "in" (locative),
	// holds a marker and no figure, and ends before the figure's clause
	// with no figure between, projects the figure too.
	// (Not past a present marker: "is expected to cut its rate, currently
	// 27.25%".)
	if from, to := dt.sentence(dt.sent[qTok]); lo > from && dt.startsAt(st.x.w.locative, from) {
		if first := dt.clauseEnd(from); first < to && first <= dt.clauseStart(qTok) && first-from <= 14 && !figureIn(st.qs, from, qTok) && len(markers(from, first)) > 0 && len(dt.find(st.x.w.present, first, qTok)) == 0 {
			lo = from
		}
	}
	// "ويتوقع صندوق النقد، في تقريره الأخير، أن ينمو الاقتصاد 2.7%": a
	// clause opened by "that" after the verb that governs it, with no
	// figure between, up to the start of the sentence.
	if cs := dt.clauseStart(qTok); dt.startsAt(st.x.w.complementizer, cs) {
		if from, _ := dt.sentence(dt.sent[qTok]); !figureIn(st.qs, from, cs) {
			lo = min(lo, max(from, qTok-30))
		}
	}
	// (Not past a figure or a present marker: "Это будет 22-й саммит;
	// предыдущий, 21-й, …", "is expected to cut its rate, currently 27.25%".)
	// (Nor into a relative clause of its own: "expect inflation, which fell
	// to 7.6% in December, to slow".)
	if direct && len(dt.find(st.x.w.present, cue[1], qTok)) == 0 && len(dt.find(st.x.w.relative, cue[1], qTok)) == 0 {
		k, cs := cue[0], dt.clauseStart(cue[0])
		for words := 0; k > cs && words < 6; k-- {
			if t := dt.sc.Token(k - 1); t.Norm != "" && !t.Number {
				words++
			}
		}
		if i := slices.IndexFunc(st.qs, func(o quantity.Quantity) bool { return o.Token == qTok }); i >= 0 && !st.kindIn(st.qs[i].Kind, k, cue[0]) {
			lo = min(lo, k)
		}
	}
	// "принял решение увеличить ставку": the verb the decision took, right
	// after a realis phrase ending at end, is no marker.
	verbAfter := func(end int) (int, bool) {
		if m := markers(end, min(qTok, end+2)); len(m) > 0 && m[0][0] <= end+1 {
			return m[0][1], true
		}
		return end, false
	}
	if r := dt.find(st.x.w.realis, lo, qTok); len(r) > 0 {
		lo, _ = verbAfter(r[len(r)-1][1]) // "seeks to recover after it contracted 3.6%"
	} else if r := dt.find(st.x.w.realis, max(dt.clauseStart(qTok), lo-4), lo+1); len(r) > 0 && r[len(r)-1][1] >= lo-1 {
		// (Also when the window starts at that verb, far from the figure:
		// "решил снизить учетную ставку для коммерческих банков на
		// ближайшие три месяца с 9% до 8,5%".)
		if end, ok := verbAfter(r[len(r)-1][1]); ok {
			lo = end
		}
	}
	// "Inflation dropped to the bank's target of 2.0%": a target a verb of
	// change reached is observed.
	// Nor a word of the cue: "the target reverse repurchase rate".
	// Nor a word of an aside in brackets before the figure: "(10 bps above
	// the consensus)".
	// Nor a noun with a figure of its own that a verb of change goes on
	// past to this one: "missed its target of 8% as the rate edged up to
	// 16.7%".
	// Nor one that labels the figure right before it, past a dash: "its
	// 5 per cent goal -- at 7.1 per cent".
	// Nor one with a figure of its own before a word of contrast: "far
	// from its 3% goal although below the 9.1% of March".
	m := slices.DeleteFunc(markers(lo, qTok), func(m [2]int) bool {
		return st.reachedTarget(m) || m[0] >= cue[0] && m[1] <= cue[1] || dt.closedAside(m, lo, qTok) || st.ownFigureThenChange(m, qTok) ||
			st.figureEndsAt(m[0]) && dt.dashAt(m[1], qTok-m[1]) < qTok ||
			slices.ContainsFunc(dt.find(st.x.w.contrast, m[1], qTok), func(c [2]int) bool { return figureIn(st.qs, m[1], c[0]) })
	})
	if len(m) > 0 {
		return dt.text(st.d.Text, m[len(m)-1])
	}
	// An aside set off by commas right before the figure's clause: one of
	// attribution leaves the clause around it one ("The goal, the ministry
	// reported, is to reach $15 billion"); one that opens on a marker
	// governs the clause after it ("и, по прогнозу опрошенных экономистов,
	// к концу года опустит ее до 38%", "and, according to forecasts, …").
	if cs := dt.clauseStart(qTok); cs > 0 && dt.sent[cs-1] == dt.sent[qTok] {
		if as := dt.clauseStart(cs - 1); as > 0 && dt.sent[as-1] == dt.sent[qTok] && !figureIn(st.qs, as, qTok) {
			if len(dt.find(st.x.w.attrib, as, cs)) > 0 {
				if m := markers(dt.clauseStart(as-1), as); len(m) > 0 && !figureIn(st.qs, m[len(m)-1][1], as) {
					return dt.text(st.d.Text, m[len(m)-1])
				}
			}
			if as < cs && strings.ContainsRune(",،", dt.sc.Punct(as-1)) && !inRelative(dt, &st.x.w, qTok) {
				if m := markers(as, min(cs, as+3)); len(m) > 0 && m[0][0] <= as+1 && len(dt.find(st.x.w.relative, as, as+1)) == 0 {
					return dt.text(st.d.Text, m[0])
				}
			}
		}
	}
	// "Growth is expected to be negative: −9.8% in the second quarter;
	// −5.6% in the third": a list item that begins with its figure goes on
	// with the clause that opened the list ("expected: inflation was 4.2%"
	// is a sentence of its own).
	for cs := dt.clauseStart(qTok); cs > 0 && dt.sent[cs-1] == dt.sent[qTok] && strings.ContainsRune(":;—–-", dt.sc.Punct(cs-1)) && figureIn(st.qs, cs, min(cs+2, dt.n)); {
		prev := dt.clauseStart(cs - 1)
		if m := markers(prev, cs); len(m) > 0 {
			return dt.text(st.d.Text, m[len(m)-1])
		}
		cs = prev
	}
	// A clause that only describes a noun before it ("above the target, set
	// by the board at 4%"): a marker in the few words before, with no
	// figure, realis or present marker ("expected to cut its rate, currently
	// 27.25%") between, still governs the quantity.
	// (Not a word that labels the figure right before it: "closer to the
	// bank's two per cent goal in recent months, coming in at 2.7 per
	// cent".)
	if near := max(qTok-10, 0); near < lo && dt.sent[near] == dt.sent[qTok] {
		if m := markers(near, lo); len(m) > 0 && !figureIn(st.qs, m[len(m)-1][1], qTok) && !st.figureEndsAt(m[len(m)-1][0]) && len(dt.find(st.x.w.realis, m[len(m)-1][1], qTok)) == 0 && len(dt.find(st.x.w.present, m[len(m)-1][1], qTok)) == 0 &&
			len(dt.find(st.x.w.relative, m[len(m)-1][1], qTok)) == 0 { // not "expect inflation, which fell to 7.6%, to slow"
			return dt.text(st.d.Text, m[len(m)-1])
		}
	}
	// "Economists' forecasts had centred on a loss of 40,000 jobs, with
	// the jobless rate rising to 7.7%": a marker that is the subject of the
	// sentence, in its first three words, governs it to the figure, far as
	// it is, with no contrast, realis or present marker, relative clause or
	// "that" between and no other figure of its kind.
	if from, _ := dt.sentence(dt.sent[qTok]); from < lo {
		if m := markers(from, min(qTok, from+3)); len(m) > 0 {
			end := m[0][1]
			i := slices.IndexFunc(st.qs, func(o quantity.Quantity) bool { return o.Token == qTok })
			if i >= 0 && !st.kindIn(st.qs[i].Kind, end, qTok) && len(dt.find(st.x.w.contrast, end, qTok)) == 0 && len(dt.find(st.x.w.realis, end, qTok)) == 0 &&
				len(dt.find(st.x.w.present, end, qTok)) == 0 && len(dt.find(st.x.w.relative, end, qTok)) == 0 && len(dt.find(st.x.w.complementizer, end, qTok)) == 0 {
				return dt.text(st.d.Text, m[0])
			}
		}
	}
	// "تستهدف الخطة تحسين مستوى المعيشة، وتحقيق نمو يصل إلى 5.6%": a
	// clause opened by "and" goes on with the marker of the clause before,
	// with no figure, realis or present marker between.
	// So does one opened by a word that goes on with its subject ("رفع
	// توقعاته للنمو …، لتصل إلى 4.3%").
	// (Not a relative clause that tells a period already over: "its
	// outlook for 2026, which shows that the economy shrank 2% in 2025".)
	if cs := dt.clauseStart(qTok); cs > 0 && dt.sent[cs-1] == dt.sent[qTok] && (st.opensWithAnd(cs) || slices.ContainsFunc(dt.find(st.x.w.continuation, cs, min(dt.n, cs+2)), func(m [2]int) bool { return m[0] == cs })) && !st.relativeOver(qTok) {
		if m := markers(dt.clauseStart(cs-1), cs); len(m) > 0 {
			last := m[len(m)-1]
			i, j := within(st.qs, quantityTok, last[1], qTok)
			sameKind := j < len(st.qs) && slices.ContainsFunc(st.qs[i:j], func(o quantity.Quantity) bool {
				return o.Kind == st.qs[j].Kind && o.Unit != "pp" && o.Unit != "bp" // a change in points is no figure of its own
			})
			if !sameKind && len(dt.find(st.x.w.realis, last[1], qTok)) == 0 && len(dt.find(st.x.w.present, last[1], qTok)) == 0 {
				return dt.text(st.d.Text, last)
			}
		}
	}
	// A marker just after the figure, unless it leads a figure of its own
	// ("11.9% against a target of 3%") or a verb of its own after "and"
	// ("kept the rate at 6.5% and projected inflation to …").
	// ("$5b bilateral trade volume target": the words of a cue that follows
	// the figure do not count.)
	// (Past the figure's equivalent in brackets: "a $5 billion (TL144
	// billion) trade volume target".)
	after := qEnd
	if after < dt.n && dt.sc.Punct(after) == '(' {
		for k := after + 1; k < min(dt.n, after+8); k++ {
			if dt.sc.Punct(k) == ')' {
				after = k + 1
				break
			}
		}
	}
	reach := dt.wordsAhead(after, 3)
	if cue[0] >= qEnd && cue[0] <= after+1 {
		reach = max(reach, dt.wordsAhead(cue[1], 2))
	}
	// Nor a purpose ("retained the rate at 10% in order to anchor
	// expectations") or a marker of another subject ("at 10% with
	// inflation expected to remain within its target").
	// Nor past "but": "held the rate at 27% but would stay watchful".
	// (A figure past a dash is none the marker leads: "its 5 per cent
	// goal -- at 7.1 per cent".)
	if m := markers(qEnd, min(dt.clauseEnd(qTok), reach)); len(m) > 0 && !st.figureLike(qTok, m[0][1], min(dt.clauseEnd(qTok), dt.wordsAhead(m[0][1], 3), dt.dashAt(m[0][1], 3))) && len(dt.find(st.x.w.and, qEnd, m[0][0])) == 0 && len(dt.find(st.x.w.contrast, qEnd, m[0][0])) == 0 {
		start := qEnd
		if cue[0] >= qEnd && cue[0] <= after+1 {
			start = cue[1]
		}
		purpose := slices.ContainsFunc(dt.find(st.x.w.cause, max(0, m[0][0]-1), m[0][1]), func(c [2]int) bool { return c[0] <= m[0][0] })
		if !purpose && !st.x.anyCue(dt, start, m[0][0]) {
			return dt.text(st.d.Text, m[0])
		}
	}
	// "below the 5.75% average for the quarter, forecast by the
	// government": a marker with its agent opening the next clause.
	if ce := dt.clauseEnd(qTok); ce < dt.n && dt.sent[ce] == dt.sent[qTok] {
		for _, m := range markers(ce, min(dt.n, ce+3)) {
			if m[0] <= ce+1 && m[1] < dt.n && slices.ContainsFunc(dt.find(st.x.w.by, m[1], m[1]+1), func(b [2]int) bool { return b[0] == m[1] }) {
				return dt.text(st.d.Text, m)
			}
		}
	}
	return ""
}

// markers returns the matches of modality markers in tokens [a, b) that
// stand outside a phrase saying what happened matched a forecast ("as
// widely expected").
func (st *docState) markers(a, b int) [][2]int {
	// (Not a word of a body's name: "the High Commission for Planning".)
	ms := slices.DeleteFunc(st.dt.find(st.x.w.modality, a, b), st.inOrgName)
	if len(ms) == 0 {
		return ms
	}
	done := st.dt.find(st.x.w.asExpected, max(0, a-4), min(st.dt.n, b+4))
	done = append(done, st.dt.find(st.x.w.scheduled, max(0, a-4), min(st.dt.n, b+4))...)
	// ("above expectations of 4.2%": the figure right after is the
	// forecast itself; not a count, "as expected by 19 of 22 analysts".)
	if i, j := within(st.qs, quantityTok, b, b+1); i < j && st.qs[i].Kind != quantity.Number {
		done = slices.DeleteFunc(done, func(e [2]int) bool { return e[1] >= b-1 && e[1] <= b })
	}
	// ("انكمش الناتج بشكل غير متوقع 1.1%": a surprise names no forecast.)
	done = append(done, st.dt.find(st.x.w.unexpected, max(0, a-4), min(st.dt.n, b+4))...)
	return slices.DeleteFunc(slices.Clone(ms), func(m [2]int) bool {
		return slices.ContainsFunc(done, func(e [2]int) bool { return e[0] <= m[0] && m[1] <= e[1] })
	})
}

// respectively pairs the quantities of a list with the cues named before it
// when the clause says so ("respectively", "على الترتيب", "соответственно"):
// the k-th figure takes the k-th indicator.
func (st *docState) respectively(qi int, q quantity.Quantity, from int) (int, [2]int, bool) {
	dt, x := st.dt, st.x
	ce := dt.clauseEnd(q.Token)
	if len(dt.find(x.w.respectively, q.Token, min(dt.n, ce+1))) == 0 {
		return 0, [2]int{}, false
	}
	// The run of figures of q's kind around it in the clause.
	first, pos, n := qi, 0, 0
	for first > 0 && st.qs[first-1].Kind == q.Kind && dt.cl[st.qs[first-1].Token] == dt.cl[q.Token] {
		first--
	}
	for k := first; k < len(st.qs) && st.qs[k].Kind == q.Kind && dt.cl[st.qs[k].Token] == dt.cl[q.Token]; k++ {
		if k == qi {
			pos = n
		}
		n++
	}
	if n < 2 {
		return 0, [2]int{}, false
	}
	// The nearest cue of each indicator before the run, in text order.
	type hit struct {
		ind int
		m   [2]int
	}
	var hits []hit
	for i := range x.inds {
		if !x.inds[i].accepts(q) {
			continue
		}
		if ms := dt.find(x.inds[i].cues, from, st.qs[first].Token); len(ms) > 0 {
			hits = append(hits, hit{i, ms[len(ms)-1]})
		}
	}
	if len(hits) < n {
		return 0, [2]int{}, false
	}
	slices.SortFunc(hits, func(a, b hit) int { return a.m[0] - b.m[0] })
	hits = hits[len(hits)-n:]
	return hits[pos].ind, hits[pos].m, true
}

// inDate reports token tok inside a date ("года" of "2024 года").
func (st *docState) inDate(tok int) bool {
	i := covering(st.qs, st.sc, tok)
	return i >= 0 && st.qs[i].Kind == quantity.Date
}

// announcingClauses returns the clauses of sentence prev that name the
// statistic in with no figure of kind, for a figure in tokens [from, to)
// that was not said earlier nor compares with the same period: the
// sentence announces what the next one gives ("Polish inflation eased in
// May. The harmonised index was up 4.1%").
func (st *docState) announcingClauses(in *compiled, kind quantity.Kind, prev, from, to int) []int {
	dt := st.dt
	pa, pb := dt.sentence(prev)
	if in.Role != RoleStatistic || st.kindIn(kind, pa, pb) || st.x.saidEarlier(dt, from, to) || len(dt.find(st.x.w.samePeriod, from, to)) > 0 {
		return nil
	}
	var cls []int
	for _, m := range dt.find(in.cues, pa, pb) {
		cls = append(cls, dt.cl[m[0]])
	}
	return cls
}

// locativeDate reports token tok inside a date a locative opens ("в мае
// прошлого года", "in May last year").
func (st *docState) locativeDate(tok int) bool {
	i := covering(st.qs, st.sc, tok)
	return i >= 0 && st.qs[i].Kind == quantity.Date && st.dt.endsAt(st.x.w.locative, st.qs[i].Token, 0)
}

// insideQuantity reports a token inside a quantity's span ("than" in "more
// than $22 billion").
func insideQuantity(qs []quantity.Quantity, sc *quantity.Scanner, tok int) bool {
	return covering(qs, sc, tok) >= 0
}

// covering returns the quantity whose span holds token tok, or -1.
func covering(qs []quantity.Quantity, sc *quantity.Scanner, tok int) int {
	// Quantities do not overlap: only the last one starting at or before
	// tok can hold it.
	if i, _ := within(qs, quantityTok, tok+1, tok+1); i > 0 && tok < qs[i-1].EndToken {
		return i - 1
	}
	return -1
}

// otherPlace reports a figure compared with the subject of its sentence
// as the figure of another place: "than" before it, then a country or the
// whole country ("в целом по стране"), with no figure between but those of
// its own list. It returns where the "than" starts.
func (st *docState) otherPlace(qi int) (int, bool) {
	dt, w := st.dt, &st.x.w
	q := st.qs[qi]
	from, _ := dt.sentence(dt.sent[q.Token])
	pos, _ := st.listPosition(qi)
	first := st.qs[qi-pos].Token
	ts := dt.find(w.than, from, first)
	if len(ts) == 0 {
		return 0, false
	}
	t := ts[len(ts)-1]
	if figureIn(st.qs, t[1], first) {
		return 0, false
	}
	place := len(dt.find(w.total, t[0], q.Token)) > 0 || slices.ContainsFunc(inSentences(dt, st.ments, mentionTok, dt.sent[q.Token], dt.sent[q.Token]+1), func(m mention) bool {
		return m.tok >= t[1] && m.tok < first && !m.person
	})
	return t[0], place
}

// monthSpan reports two months of sentence sent, one of them period,
// joined as a span ("from February 2024 until January 2025", "بين مارس 2024
// وفبراير 2025", "с февраля по декабрь") and not twelve months apart (a
// year-on-year pair), and returns them.
func (st *docState) monthSpan(sent int, period string) (string, string, bool) {
	dt, w := st.dt, &st.x.w
	ds := inSentences(dt, st.dates, dateTok, sent, sent+1)
	month := func(d dateRef) bool { return len(d.period) == len("2006-01") && !quarter(d.period) }
	for i := 0; i+1 < len(ds); i++ {
		a, b := ds[i], ds[i+1]
		if !month(a) || !month(b) || a.period != period && b.period != period || b.tok-a.end > 3 || dt.cl[a.tok] != dt.cl[b.tok] {
			continue
		}
		gap := periodMonth(b.period) - periodMonth(a.period)
		if gap <= 0 || gap == 12 {
			continue
		}
		// Opened by "between" or "from" and joined by "and", "to" or
		// "until" (also the clitic و: "وفبراير"), or joined by a dash alone
		// ("(مارس 2023 – فبراير 2024)").
		opens := dt.endsAt(w.rangeStart, a.tok, 1) || dt.endsAt(w.from, a.tok, 1)
		joined := len(dt.find(w.rangeJoin, a.end, b.tok+1)) > 0 || len(dt.find(w.since, a.end, b.tok+1)) > 0 || len(dt.find(w.depart, a.end, b.tok+1)) > 0 ||
			b.tok == a.end && st.opensWithAnd(b.tok)
		if opens && joined || dt.punctIn('–', a.end, b.tok) || dt.punctIn('—', a.end, b.tok) {
			return a.period, b.period, true
		}
	}
	return "", "", false
}

// inApposition reports a country noun a place owns ("Asia's largest
// economy") or a token of a clause set off by commas right after
// a country's name, with no figure of its own: "Germany, Europe's largest
// economy, …", "ألمانيا، أكبر اقتصاد في أوروبا، …" describes the country;
// its words name no indicator and its places no entity.
func (st *docState) inApposition(tok int) bool {
	dt := st.dt
	if st.described[tok] {
		return true
	}
	cs, ce := dt.clauseStart(tok), dt.clauseEnd(tok)
	open := cs
	if !dt.comma(open) {
		open = cs - 1
	}
	if !dt.comma(open) || open == 0 || !dt.place[open-1] || dt.sent[open-1] != dt.sent[tok] {
		return false
	}
	closeAt := ce - 1
	if !dt.comma(closeAt) {
		closeAt = ce
	}
	// (A description of a country: its words name one, "economy".)
	return dt.comma(closeAt) && closeAt > tok && closeAt-open <= 8 && dt.sent[closeAt] == dt.sent[tok] && !otherFigureIn(st.qs, open, closeAt, quantity.Ordinal) &&
		len(dt.find(st.x.w.countryNouns, open, closeAt)) > 0
}

// describesCue reports a phrase m inside an aside set off by commas right
// after the cue, before the figure at qTok: it describes what the cue names
// ("The Consumer Price Index, a broad basket of goods and services, rose").
func (st *docState) describesCue(cue, m [2]int, qTok int) bool {
	dt := st.dt
	// (So does one between dashes right after it: "its base rate – what
	// it charges banks for loans – went up to 3%".)
	if m[0] >= cue[1] && m[1] < qTok && dt.dashAside(m[0], m[1], cue[1], min(dt.n, qTok+2)) && !figureIn(st.qs, cue[1], m[0]) {
		return true
	}
	open := cue[1]
	for open < min(dt.n, cue[1]+2) && !dt.comma(open) && dt.sc.Punct(open) != '(' {
		open++ // "Consumer Price Index, …" past the cue "consumer price"
	}
	// (Past its acronym in brackets: "Ghana's Consumer Price Index (CPI),
	// a gauge of what households pay, rose".)
	if open < dt.n && dt.sc.Punct(open) == '(' {
		for k := open + 1; k < min(dt.n, open+5); k++ {
			if dt.sc.Punct(k) == ')' {
				open = k + 1
				break
			}
		}
	}
	if open >= dt.n || !dt.comma(open) || m[0] <= open || m[1] >= qTok {
		return false
	}
	// (An aside that opens on the qualifier restricts the measure: "The
	// consumer price index, excluding food, rose 2.4%"; so does one that
	// says how it is measured: "the index, measured on an annual average
	// basis, rose".)
	if m[0] == open+1 || dt.startsAt(st.x.w.restrictiveAside, open+1) {
		return false
	}
	// (An aside that names its source frames the measure: "the jobless
	// rate, according to the broad definition, rose".)
	if open+1 < dt.n && dt.startsAt(st.x.w.sources, open+1) {
		return false
	}
	for k := m[1]; k < qTok; k++ {
		if dt.comma(k) {
			return !figureIn(st.qs, open, k)
		}
	}
	return false
}

// ownedCountryNoun returns the country noun a few words after a
// possessive ending at token end, with a word between, or -1: in "Latin
// America's second-largest economy" the region describes a country, and
// names no indicator ("Britain's economy" is the country's own).
func (st *docState) ownedCountryNoun(end int) int {
	dt := st.dt
	if end+2 > dt.n || !dt.possessive(end, end+2) {
		return -1
	}
	for k := end + 3; k < min(dt.n, end+6); k++ {
		if dt.startsAt(st.x.w.countryNouns, k) && !otherFigureIn(st.qs, end, k, quantity.Ordinal) {
			return k
		}
	}
	return -1
}

// boundOnSize reports "than" and "by" right before the figure at qTok: a
// bound on the size of a change ("выросла более чем на 6%"), no comparison.
func (st *docState) boundOnSize(qTok int) bool {
	dt, w := st.dt, &st.x.w
	return slices.ContainsFunc(dt.find(w.comparativeBy, max(0, qTok-2), qTok), func(b [2]int) bool {
		return b[1] == qTok && b[0] > 0 && dt.endsAt(w.than, b[0], 0)
	})
}

// datesOtherFigure reports a date d that dates another figure of the kind
// of figure qi, before it: "up 3.2% over the first three quarters and 4.4%
// on a year".
func (x *Extractor) datesOtherFigure(dt *docTokens, qs []quantity.Quantity, d dateRef, qi int) bool {
	o := x.ownedBy(dt, qs, d)
	return o >= 0 && o != qi && qs[o].Token < d.tok && qs[o].Kind == qs[qi].Kind
}

// possessiveDate reports a date in the possessive right before the figure
// at qTok that accepts, after a level of indicator id in its sentence:
// "was 5.1% in March, up from February's 4.9%" is February's value.
func (st *docState) possessiveDate(id string, qTok int, accepts func(dateRef) bool) bool {
	if p, ok := st.lastObs[st.dt.sent[qTok]]; !ok || p.Indicator != id {
		return false
	}
	return st.possessiveBefore(qTok, accepts)
}

// personPossessive returns the first token of a person named in the
// possessive right before token tok ("Lula's third"), or -1.
func (st *docState) personPossessive(tok int) int {
	for k := tok - 1; k > 0 && k >= tok-3; k-- {
		if !st.dt.possessive(k, tok) {
			break
		}
		if i := slices.IndexFunc(st.ments, func(m mention) bool { return m.person && m.tok < k && k-m.tok <= 3 }); i >= 0 {
			return st.ments[i].tok
		}
	}
	return -1
}

// possessiveOf reports that d stands in the possessive right before the
// figure at qTok: "February's 4.9%".
func (d dateRef) possessiveOf(dt *docTokens, qTok int) bool {
	return d.end < qTok && qTok-d.end <= 2 && dt.possessive(d.end, qTok)
}

// possessiveBefore reports a date in the possessive right before the
// figure at qTok that accepts: "up from February's 4.9%".
func (st *docState) possessiveBefore(qTok int, accepts func(dateRef) bool) bool {
	return slices.ContainsFunc(st.dates, func(d dateRef) bool {
		return d.possessiveOf(st.dt, qTok) && accepts(d)
	})
}

// labelsFigure reports a date right before a figure, or before its
// possessive ending: "October's 10.4%", "2019's 3%".
func (st *docState) labelsFigure(d dateRef) bool {
	for k := d.end; k <= min(st.dt.n, d.end+2); k++ {
		if figureIn(st.qs, k, k+1) {
			return st.dt.possessive(d.end, k)
		}
	}
	return false
}

// placePossessive returns the name in the possessive right before the
// cue when it is capitalised and no country, date or known name: "Alberta's
// jobless rate sat at 5.7%", "Calgary's unemployment rate" are a
// province's and a city's figures, not their country's; "" otherwise.
func (st *docState) placePossessive(cue [2]int) string {
	dt := st.dt
	j := cue[0]
	for j > 0 && j > cue[0]-2 && dt.possessive(j-1, j) {
		j--
	}
	n := j - 1
	if j == cue[0] || n < 0 || !dt.possessive(j, cue[0]) || dt.sent[n] != dt.sent[cue[0]] {
		return ""
	}
	if t := dt.sc.Token(n); !t.Upper || t.Punct != 0 || st.knownName(n) {
		return ""
	}
	return dt.text(st.d.Text, [2]int{n, n + 1})
}

// knownName reports token n as part of something the document already
// reads otherwise — a country, a person, a date or a figure — or as too
// short to be a place's name, or as a noun that stands for a country ("The
// Kingdom's prices"): no unknown place.
func (st *docState) knownName(n int) bool {
	return st.dt.place[n] || st.dt.startsAt(st.x.w.countryNouns, n) || len([]rune(st.dt.sc.Norm(n))) < 3 || figureIn(st.qs, n, n+1) ||
		slices.ContainsFunc(st.ments, func(m mention) bool { return m.tok == n }) ||
		slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.tok <= n && n < d.end })
}

// yearBefore is the same period a year before p (a year, quarter or
// month); "" for any other period.
func yearBefore(p string) string {
	if len(p) < 4 {
		return ""
	}
	y, ok := digits(p[:4])
	if !ok || len(p) != 4 && !quarter(p) && len(p) != len("2006-01") {
		return ""
	}
	return yearAndRest(y-1, p[4:])
}

// possessive reports that tokens [a, b) hold only a possessive ending
// ("’s"), or nothing.
func (d *docTokens) possessive(a, b int) bool {
	for k := a; k < b; k++ {
		if t := d.sc.Token(k); t.Punct != '\'' && t.Punct != '’' && t.Norm != "s" {
			return false
		}
	}
	return true
}

// figureIn reports a number (not a date) starting in tokens [a, b).
func figureIn(qs []quantity.Quantity, a, b int) bool {
	i, j := within(qs, quantityTok, a, b)
	for _, q := range qs[i:j] {
		if q.Kind != quantity.Date {
			return true
		}
	}
	return false
}

// otherFigureIn reports a figure between tokens a and b that is neither a
// date nor of kind k: "the index rose from 6.8% in January to 7.9% in June"
// keeps its anaphor over the first figure.
func otherFigureIn(qs []quantity.Quantity, a, b int, k quantity.Kind) bool {
	i, j := within(qs, quantityTok, a, b)
	for _, q := range qs[i:j] {
		if q.Kind != quantity.Date && q.Kind != k {
			return true
		}
	}
	return false
}

// inRange reports a quantity that is one end of a range: "between 20 and
// 25%", "от 20 до 25%", "20–25%".
func (st *docState) inRange(qi int) bool {
	// "4±1.5%": a band around a target, no value.
	if before := strings.TrimRight(st.d.Text[:st.qs[qi].ByteStart], " "); strings.HasSuffix(before, "±") || strings.HasPrefix(strings.TrimLeft(st.d.Text[st.qs[qi].ByteEnd:], " "), "±") {
		return true
	}
	joined := func(a, b quantity.Quantity) bool {
		if a.Kind == quantity.Date || b.Kind == quantity.Date || st.dt.sent[a.Token] != st.dt.sent[b.Token] || a.ByteEnd > b.ByteStart {
			return false
		}
		return st.x.isRangeJoin(st.d.Text[a.ByteEnd:b.ByteStart])
	}
	// ("a 6 percent to 8 percent growth target": an article before the
	// first end of a range joined by "to".)
	// (Not one joined by "and": "stood at 5.3% and 4.6%, respectively" is
	// two values; "between 2% and 3%" is a range.)
	started := func(p quantity.Quantity) bool {
		if p.Token > 0 && len(st.dt.find(st.x.w.rangeStart, max(0, p.Token-2), p.Token)) > 0 {
			return true
		}
		i := slices.IndexFunc(st.qs, func(o quantity.Quantity) bool { return o.Token > p.Token })
		byAnd := i >= 0 && p.ByteEnd <= st.qs[i].ByteStart && st.x.isAnd(quantity.Fold(strings.TrimSpace(st.d.Text[p.ByteEnd:st.qs[i].ByteStart])))
		return p.Token > 0 && !byAnd && st.dt.endsAt(st.x.w.rangeArticle, p.Token, 0)
	}
	adjacent := func(a, b quantity.Quantity) bool { // "от 0,5% 1,3%"
		return a.ByteEnd <= b.ByteStart && strings.TrimSpace(st.d.Text[a.ByteEnd:b.ByteStart]) == "" && a.Kind == b.Kind
	}
	// ("$64–65 млрд": a sum and a number, the scale and the currency
	// written once.)
	sameKind := func(a, b quantity.Quantity) bool {
		return a.Kind == b.Kind || a.Kind == quantity.Money && b.Kind == quantity.Number || a.Kind == quantity.Number && b.Kind == quantity.Money
	}
	dashed := func(a, b quantity.Quantity) bool { // "6% — 6.5%", "20–25%"
		return a.ByteEnd <= b.ByteStart && sameKind(a, b) && strings.ContainsAny(strings.TrimSpace(st.d.Text[a.ByteEnd:b.ByteStart]), "-–—") && len(strings.TrimSpace(st.d.Text[a.ByteEnd:b.ByteStart])) <= len("—")
	}
	q := st.qs[qi]
	// "the target range of 2.25% and 2.50%": a sentence about a band.
	from, to := st.dt.sentence(st.dt.sent[q.Token])
	// (Not a range noun that labels another figure: "recorded 2.7% and
	// 2.3% in June and July, respectively, and remained in the 2% range".)
	band := func(a, b quantity.Quantity) bool {
		return a.Kind == b.Kind && slices.ContainsFunc(st.dt.find(st.x.w.rangeNouns, from, to), func(m [2]int) bool {
			return !slices.ContainsFunc(st.qs, func(o quantity.Quantity) bool {
				return o.Token != a.Token && o.Token != b.Token && o.Kind != quantity.Date && o.EndToken == m[0]
			})
		})
	}
	// "raised it to a range of 1.00% to 1.25%": a band named right before
	// its two ends, whatever verb led to it.
	named := func(p quantity.Quantity) bool {
		return p.Token > 0 && len(st.dt.find(st.x.w.rangeNouns, max(0, p.Token-3), p.Token)) > 0
	}
	if qi > 0 {
		p := st.qs[qi-1]
		if joined(p, q) && (p.Kind == quantity.Number || started(p) || dashed(p, q) || band(p, q)) && (!st.changedTo(p, q) || named(p)) || adjacent(p, q) && started(p) {
			return true
		}
	}
	if qi+1 < len(st.qs) {
		if n := st.qs[qi+1]; (joined(q, n) || adjacent(q, n)) && (n.Kind == q.Kind || dashed(q, n)) && (started(q) || dashed(q, n) || band(q, n) && (!st.changedTo(q, n) || named(q))) {
			return true
		}
	}
	return false
}

// changedTo reports "rose … from p to q": a verb of change before p in its
// clause and a level word ("to", "إلى", "до") joining them.
func (st *docState) changedTo(p, q quantity.Quantity) bool {
	dt, w := st.dt, &st.x.w
	if len(dt.find(w.level, p.EndToken, q.Token)) == 0 {
		return false
	}
	// "с 40,5 до 39,5%": from … to is a change (a range starts "от",
	// "between").
	if st.fromBefore(p.Token) {
		return true
	}
	lo := dt.clauseStart(p.Token)
	return len(dt.find(w.rise, lo, p.Token)) > 0 || len(dt.find(w.fall, lo, p.Token)) > 0
}

// isRangeJoin reports whether the text between two numbers joins them as a
// range ("and", "to", "-", "و", "до"), or is a spaced tatweel, which
// Arabic text sets as a dash ("4 ـ 4.25%") and folding removes.
func (x *Extractor) isRangeJoin(between string) bool {
	between = strings.TrimSpace(between)
	return between == "\u0640" || between != "" && oneWord(between) && x.w.rangeJoin.hasWord(quantity.Fold(between))
}

// oneWord reports text with no space in it: what alone may be a one-word
// phrase (folding text keeps its spaces), checked before folding it.
func oneWord(text string) bool { return strings.IndexFunc(text, unicode.IsSpace) < 0 }

// changeFrame is what the change step found before a quantity.
type changeFrame struct {
	change bool   // a verb of change (or "by") governs the quantity
	growth bool   // … and the cue names a quantity whose change is the value
	fall   bool   // the verb is a falling one
	verb   string // the verb, for the reason
	// shorter: the cue names a quantity whose change over the
	// indicator's basis is the value, and no basis is named — a change
	// over a shorter span ("prices rose 0.4% on the month").
	shorter bool
}

// verbIn sets c from the words of rise and of fall in [a, b) that keep
// accepts (all, when keep is nil): the last one found, rise words first,
// gives the direction. It returns the end of the latest such word, or -1.
func (st *docState) verbIn(c *changeFrame, a, b int, keep func(m [2]int) bool) int {
	w, end := &st.x.w, -1
	for _, set := range []*phraseSet{w.rise, w.fall} {
		for _, m := range st.dt.find(set, a, b) {
			if keep == nil || keep(m) {
				c.change, c.verb, c.fall = true, st.dt.text(st.d.Text, m), set == w.fall
				end = max(end, m[1])
			}
		}
	}
	return end
}

// change reads the words before the quantity in its clause: a level
// preposition right before it ("to", "إلى", "до", "на уровне") makes it a
// level; otherwise a verb of change ("rose", "خفض", "снизился") or "by"
// makes it a size of change.
func (st *docState) change(in *compiled, qTok, qEnd int, cue [2]int) changeFrame {
	dt, w := st.dt, &st.x.w
	if st.fromCurrent(qTok, qEnd) {
		return changeFrame{} // "رفع حجم التبادل من 10 مليارات دولار حاليا": the level it starts from
	}
	lo := max(dt.clauseStart(qTok), qTok-8)
	// "ВВП сократился по сравнению с третьим кварталом 2019 года на 5,4%": a
	// comparison between the verb and its figure does not count.
	if cm := dt.find(w.compare, max(dt.clauseStart(qTok), qTok-14), qTok); len(cm) > 0 && cm[0][0] < lo+3 && !figureIn(st.qs, cm[0][0], qTok) {
		lo = max(dt.clauseStart(qTok), cm[0][0]-3)
	}
	// "contracted at an annualised pace of 2.9%": the pace of a change,
	// not a level it reached.
	// (Not after "to": "slowed to a yearly rate of 2.7%" is the level
	// reached.)
	pace := dt.endsAt(w.pace, qTok, 0) && !slices.ContainsFunc(dt.find(w.pace, max(lo, qTok-4), qTok), func(p [2]int) bool {
		return p[1] == qTok && slices.ContainsFunc(dt.find(w.toLevel, max(lo, p[0]-3), p[0]), func(t [2]int) bool { return dt.wordsBetween(t[1], p[0]) <= 2 })
	})
	// "انكمش بوتيرة معدلة بلغت 0.8 في المئة", "بمعدل سنوي بلغت نسبته
	// 2.1%": a pace a level word completes.
	if lv := dt.find(w.level, max(lo, qTok-2), qTok); !pace && len(lv) > 0 && lv[len(lv)-1][1] >= qTok-1 {
		pace = len(dt.find(w.pace, max(lo, lv[len(lv)-1][0]-3), lv[len(lv)-1][0])) > 0
	}
	// "بزيادة بلغت 0.25%": a "by" phrase that ends in a level word sizes a
	// change.
	byLevel := slices.ContainsFunc(dt.find(w.by, max(0, qTok-3), qTok), func(m [2]int) bool { return m[1] == qTok })
	// "…، بنسبة بلغت 0.2%": a clause opened by a word of ClauseBy, after a
	// comma, with at most one more word before the figure.
	qcs := dt.clauseStart(qTok)
	clauseBy := qcs > 0 && dt.sent[qcs-1] == dt.sent[qTok] && strings.ContainsRune(",،", dt.sc.Punct(qcs-1)) &&
		dt.wordsBetween(qcs, qTok) <= 2 && slices.ContainsFunc(dt.find(w.clauseBy, qcs, qcs+1), func(m [2]int) bool { return m[0] == qcs })
	byLevel = byLevel || clauseBy
	if !pace && !byLevel && dt.endsAt(w.level, qTok, 0) {
		// "во втором квартале снижение составило 7,8%", "the contraction
		// was 0.6%": a fall the level verb sizes, of a change by nature.
		if lv := dt.find(w.level, max(lo, qTok-3), qTok); in.growth.len() > 0 && in.basis.len() == 0 && len(lv) > 0 {
			if m := dt.find(w.fallingNouns, max(lo, lv[len(lv)-1][0]-3), lv[len(lv)-1][0]); len(m) > 0 && !figureIn(st.qs, m[0][1], qTok) {
				return st.growthOf(in, changeFrame{change: true, fall: true, verb: dt.text(st.d.Text, m[0])}, qTok, cue, false)
			}
		}
		// "GDP continued its decline in the first quarter, reaching 4%": a
		// fall named in the clause before the one a level word opens.
		if cs := dt.clauseStart(qTok); in.growth.len() > 0 && in.basis.len() == 0 && cs > 0 && dt.sent[cs-1] == dt.sent[qTok] && dt.startsAt(w.continuation, cs) {
			pcs := dt.clauseStart(cs - 1)
			if m := dt.find(w.fallingNouns, pcs, cs); len(m) > 0 && !figureIn(st.qs, pcs, qTok) {
				return st.growthOf(in, changeFrame{change: true, fall: true, verb: dt.text(st.d.Text, m[len(m)-1])}, qTok, cue, false)
			}
		}
		return changeFrame{}
	}
	var c changeFrame
	last, lastRise := -1, -1
	for _, set := range []*phraseSet{w.rise, w.fall, in.negative} {
		for _, m := range dt.find(set, lo, qTok) {
			if otherFigureIn(st.qs, m[1], qTok, quantity.Ordinal) && !st.sizedTwice(m[1], qTok) {
				continue // the verb of another figure ("rose 15% and exceeded $4.8bn"; not "for the second time")
			}
			if slices.ContainsFunc(dt.find(w.compare, m[0], min(dt.n, m[1]+2)), func(c [2]int) bool { return c[0] == m[0] && c[1] > m[1] }) {
				continue // "that's down from an increase of 3.0%": the level compared with
			}
			if set == in.negative && m == cue && in.basis.len() > 0 {
				continue // "a deflation rate of 0.8%": the cue, a level below zero
			}
			if dt.startsAt(w.than, m[1]) {
				continue // "lower than the pre-pandemic level of 5%": the level compared with
			}
			if dt.insidePhrase(w.level, m, 2, 0) {
				continue // "notched up growth of 2.9%": the word ends a verb of level
			}
			if slices.ContainsFunc(dt.find(w.levelCompared, m[1], qTok), func(c [2]int) bool { return c[1] >= qTok-2 }) {
				continue // "a fifth monthly drop, far below the 9% of a year before": the level compared with
			}
			if dt.startsAt(w.from, m[1]) && !figureIn(st.qs, m[1], qTok) && st.kindIn(quantity.Date, m[1], qTok) {
				continue // "slowed from the previous quarter’s 1.5% expansion": the level of the period it moved from
			}
			if dt.startsAt(w.from, m[1]) && !figureIn(st.qs, m[1], qTok) && len(dt.find(w.peak, m[1], qTok)) > 0 {
				continue // "مواصلا تراجعه من ذروته البالغة 38%", "down from a peak of 9.1%": the level it moved from
			}
			if dt.clauseStart(m[0]) == m[0] && st.movesFrom(m, qTok) {
				continue // "…, easing from an annual rate of 4.9%": a clause that moves from the level it names
			}
			c.change, c.verb = true, dt.text(st.d.Text, m)
			// (The verb nearest the figure gives its direction: "После
			// двух лет спада ВВП вырос на 1,2%" rose.)
			// (The sets come rise first, so a fall word after the last rise
			// word decides.)
			if set == w.rise {
				lastRise = max(lastRise, m[1])
			} else if m[1] > lastRise {
				c.fall = true
			}
			last = max(last, m[1])
		}
	}
	// "وارتفعت بواقع 20 ألفا مقارنة بالربع ذاته من السنة السابقة بنسبة
	// 4.6%": a change sized twice, however far in its clause.
	if !c.change {
		last = max(last, st.verbIn(&c, dt.clauseStart(qTok), lo, func(m [2]int) bool { return st.sizedTwice(m[1], qTok) }))
	}
	// "contracted by 7.3% in 2022 and by 2.3% in 2023", "shrank in 2020
	// by 6.1% and in 2021 by 1.2%": a "by" figure after "and", with no
	// verb of its own, shares the verb of the figure before it.
	if !c.change && dt.endsAt(w.by, qTok, 0) {
		if k := slices.IndexFunc(st.qs, func(o quantity.Quantity) bool { return o.Token == qTok }); k > 0 {
			p := k - 1
			for p >= 0 && st.qs[p].Kind == quantity.Date {
				p--
			}
			if p >= 0 && st.qs[p].Kind == st.qs[k].Kind && dt.sent[st.qs[p].Token] == dt.sent[qTok] {
				pEnd := st.qs[p].EndToken
				if len(dt.find(w.and, pEnd, qTok)) > 0 && qTok-pEnd <= 8 {
					// (On its own basis: "by 1% compared to the previous
					// month and by 9.4% compared to the same month of 2021".)
					if pc := st.change(in, st.qs[p].Token, pEnd, cue); pc.change {
						verb, _, _ := strings.Cut(pc.verb, " (")
						return st.growthOf(in, changeFrame{change: true, fall: pc.fall, verb: verb}, qTok, cue, true)
					}
				}
			}
		}
	}
	// "خفض البنك المركزي المصري اليوم الخميس سعر الفائدة الأساسي 2% إلى
	// 22%": a decision's verb before its subject, in the clause of the
	// cue, when no verb is nearer.
	if !c.change && in.Role == RoleDecision && cue[1] <= qTok && dt.cl[cue[0]] == dt.cl[qTok] {
		last = max(last, st.verbIn(&c, dt.clauseStart(qTok), cue[0], func(m [2]int) bool { return !figureIn(st.qs, m[1], qTok) }))
	}
	// "خفض أسعار الفائدة، والتي تمثل أداة سياسته، بنسبة 0.5%": a "by" clause
	// after a relative one sizes the verb of the clause before that.
	if pcs := dt.clauseStart(max(0, qcs-1)); !c.change && clauseBy && pcs > 0 && pcs < qcs && dt.sent[pcs-1] == dt.sent[qTok] &&
		slices.ContainsFunc(dt.find(w.relative, pcs, pcs+1), func(m [2]int) bool { return m[0] == pcs }) {
		last = max(last, st.verbIn(&c, dt.clauseStart(pcs-1), pcs, func(m [2]int) bool { return !figureIn(st.qs, m[1], qTok) }))
	}
	// "سجل النشاط الاقتصادي انخفاضا في حجم الناتج المحلي، المعالج من
	// تأثير التغيرات الموسمية، بنسبة 0.2 بالمائة": the verb right before a
	// growth cue that stands further back, in an earlier clause.
	if !c.change && cue[1] <= qTok && cue[0] < lo && len(dt.find(in.growth, cue[0], cue[1])) > 0 {
		from, _ := dt.sentence(dt.sent[qTok])
		last = max(last, st.verbIn(&c, max(from, cue[0]-3), cue[0], func(m [2]int) bool { return !figureIn(st.qs, m[1], qTok) }))
	}
	// "انخفض معدل التضخم في السلطنة بشهر يوليو بنسبة 1.4% مقارنة بالشهر
	// المماثل": a verb that opens the clause governs its figure, however
	// far (no figure between; not a noun after its head: "رحلة هبوط
	// التضخم").
	// (After a dateline too: "مدريد في 30 ديسمبر/وام/ تراجع معدل التضخم
	// … بنسبة 0.1%".)
	if cs := dt.clauseStart(qTok); !c.change && cs < lo {
		if d := st.datelineEnd(cs, lo); d > cs {
			cs = d
		}
		// (Not one that moves from the figure: "…, easing from an annual
		// rate of 4.9% seen in February" names the level it left.)
		last = max(last, st.verbIn(&c, cs, min(cs+2, lo), func(m [2]int) bool {
			return m[0] == cs && !figureIn(st.qs, m[1], qTok) && !st.movesFrom(m, qTok)
		}))
	}
	// "وانخفض المعدل بنسبة 1.2% في حزيران، وبنسبة 0.1% في تموز": a clause
	// of no more than a word before its figure goes on with the verb of
	// the clause before.
	// The clause follows a comma and opens with "and" (not "…, currently
	// 27.25%", not a list after a colon).
	if cs := dt.clauseStart(qTok); !c.change && cs > 0 && dt.sent[cs-1] == dt.sent[qTok] && dt.wordsBetween(cs, qTok) <= 1 &&
		strings.ContainsRune(",،", dt.sc.Punct(cs-1)) && st.opensWithAnd(cs) &&
		len(dt.find(w.level, cs, qTok)) == 0 && len(dt.find(w.present, cs, qTok)) == 0 {
		last = max(last, st.verbIn(&c, dt.clauseStart(cs-1), cs, nil))
	}
	// "В 2009 году экономика потеряла 7,8%, в 2015-м — 2%, в 2020-м —
	// 2,7%": an item of a list that names only its date before its figure
	// goes on with the verb of the list's first clause.
	// (Across the dash that sets the figure off.)
	cs := dt.clauseAcrossDash(qTok)
	if !c.change && st.dateItem(cs, qTok) {
		for k := cs; k > 0 && dt.sent[k-1] == dt.sent[qTok] && dt.comma(k-1); {
			p := dt.clauseAcrossDash(k - 1)
			i, j := within(st.qs, quantityTok, p, k)
			if i == j {
				break
			}
			if st.dateItem(p, st.qs[j-1].Token) {
				k = p
				continue
			}
			st.verbIn(&c, p, k, nil)
			break
		}
	}
	// "سجلت البطالة تراجعا طفيفا خلال الربع الثاني، بنسبة بلغت 0.2%": a
	// clause opened by a word of ClauseBy sizes the change the clause
	// before names, with no figure between.
	if !c.change && clauseBy {
		st.verbIn(&c, dt.clauseStart(qcs-1), qcs, func(m [2]int) bool { return !figureIn(st.qs, m[1], qTok) })
	}
	// "خفض البنك المركزي، خلال اجتماعه الخامس، أسعار الفائدة 2%": the verb
	// that opens the sentence governs the object clause an aside split off.
	// (Not a clause with a verb of its own: "…، حين تجاوز التضخم 4%".)
	if cs := dt.clauseStart(qTok); !c.change && cue[0] >= cs && cue[1] <= qTok && cs > 0 && dt.sent[cs-1] == dt.sent[qTok] && len(dt.find(w.level, cs, qTok)) == 0 &&
		len(dt.find(w.exceed, cs, qTok)) == 0 && len(dt.find(w.relative, cs, qTok)) == 0 {
		from, _ := dt.sentence(dt.sent[qTok])
		last = max(last, st.verbIn(&c, from, cs, func(m [2]int) bool {
			return m[0] <= dt.clauseStart(m[0])+1 && !otherFigureIn(st.qs, m[1], qTok, quantity.Ordinal)
		}))
	}
	// "ВВП снизился, по предварительной оценке, на 3,1%", "GDP shrank,
	// according to preliminary data, by 3.1%": the verb that ends the
	// clause before an aside governs the figure after it.
	if cs := dt.clauseStart(qTok); !c.change && cs > 0 && dt.sent[cs-1] == dt.sent[qTok] && dt.wordsBetween(cs, qTok) <= 1 {
		if as := dt.clauseStart(cs - 1); as > 0 && as < cs-1 && dt.sent[as-1] == dt.sent[qTok] && !figureIn(st.qs, as, cs) {
			for _, set := range []*phraseSet{w.rise, w.fall, in.negative} {
				for _, m := range dt.find(set, dt.clauseStart(as-1), as) {
					if m[1] >= as-1 {
						c.change, c.verb = true, dt.text(st.d.Text, m)
						c.fall = c.fall || set != w.rise
						last = max(last, m[1])
					}
				}
			}
		}
	}
	// "after a 4.5% rise in July": a noun of change right after the
	// figure, in the same clause.
	// (Past a basis: "a 0.72% year-on-year decline".)
	if !c.change && qEnd < dt.n && dt.cl[qEnd] == dt.cl[qTok] {
		at := qEnd
		for _, set := range []*phraseSet{w.onYear, w.onPrevious} {
			if m := dt.find(set, qEnd, min(dt.n, qEnd+6)); len(m) > 0 && m[0][0] == qEnd {
				at = m[0][1]
			}
		}
		for _, m := range dt.find(w.changeNouns, at, min(dt.n, at+2)) {
			if m[0] == at {
				c.change, c.verb = true, dt.text(st.d.Text, m)
				c.fall = slices.ContainsFunc(dt.find(w.fallingNouns, at, m[1]), func(f [2]int) bool { return f[0] == at })
				return st.growthOf(in, c, qTok, cue, false)
			}
		}
	}
	// "fell to a record low of 2.4%": a level word after the verb.
	if c.change && !pace && !byLevel && len(dt.find(w.level, last, qTok)) > 0 {
		return changeFrame{}
	}
	// "опустился ниже 3%", "увеличился втрое и превысил 2,5 млрд долларов":
	// a bound the verb moved past, not sized by "by", is a level.
	if c.change && !pace && !byLevel && st.sizedBy(in, qTok) == "" {
		if k := slices.IndexFunc(st.qs, func(o quantity.Quantity) bool { return o.Token == qTok }); k >= 0 &&
			(c.fall && st.qs[k].Bound == "upper" || !c.fall && st.qs[k].Bound == "lower") {
			return changeFrame{}
		}
	}
	// "by" right before the figure says it is a size of change ("by" is
	// language data: Russian "на" is also a level, "идут на 99%").
	byWord := st.sizedBy(in, qTok)
	by := byWord != ""
	// "خفض الفائدة بواقع 2.25% في أبريل و1% في مايو": a figure joined by
	// "and" to one that "by" sizes is a size of change too.
	// (Down a list: "بواقع 2.25% في أبريل، و1% في مايو، و2% في أغسطس".)
	if !by && !c.change {
		for k := st.conjunctBefore(qTok); k >= 0 && byWord == ""; k = st.conjunctBefore(st.qs[k].Token) {
			byWord = st.sizedBy(in, st.qs[k].Token)
		}
	}
	if byWord != "" && !c.change {
		c.change, c.verb = true, byWord
	}
	if !c.change {
		return c
	}
	c = st.growthOf(in, c, qTok, cue, by)
	// "تراجع معدل التضخم السنوي بنسبة 0.1% … مستقرا عند نسبة 2.9%", "cut
	// by 0.5% to 10%": a change the level after it in the clause completes
	// sizes the move to that level, whatever the cue.
	if c.growth && st.levelAfter(qTok) {
		c.growth = false
	}
	return c
}

// comparisonEnd returns the end of the clause that starts at ce when a
// comparison opens it, before sentence end to ("…, compared to the
// previous quarter"), else ce.
func (st *docState) comparisonEnd(ce, to int) int {
	if ce < to && len(st.dt.find(st.x.w.compare, ce, min(to, ce+3))) > 0 {
		return st.dt.clauseEnd(ce)
	}
	return ce
}

// restatesObservation reports that sentence sent names the period of the
// observation of in the sentence before it made.
func (st *docState) restatesObservation(in *compiled, sent int) bool {
	p, ok := st.lastObs[sent-1]
	return ok && p.Indicator == in.ID && slices.ContainsFunc(inSentences(st.dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool { return d.period == p.Period })
}

// stretchBefore reports a duration right before token tok: the year
// there is the stretch's ("за 11 месяцев 2025 года").
func (st *docState) stretchBefore(tok int) bool {
	return slices.ContainsFunc(st.qs, func(o quantity.Quantity) bool {
		e := o.EndToken
		return o.Kind == quantity.Duration && e <= tok && tok-e <= 1
	})
}

// periodOfFromValue reports that the phrase m, after the figure at token
// qTok, dates the figure right before it (qTok's or a later one), a value
// "from" introduces ("بعد أن كانت 9.1% خلال الشهر السابق", "from 9.1% in
// the previous month").
func (st *docState) periodOfFromValue(qTok int, m [2]int) bool {
	i, j := within(st.qs, quantityTok, qTok, m[0])
	for k := j - 1; k >= i; k-- {
		if o := st.qs[k]; o.Kind != quantity.Date {
			return o.EndToken >= m[0]-1 && st.dt.endsAt(st.x.w.from, o.Token, 0)
		}
	}
	return false
}

// projectedBreakdown returns the marker of the projected figure before
// the one at qi in its sentence that a breakdown word details, with no cue,
// realis or present marker after that word: "projected at 4.5 per cent,
// with Q1 at 5 per cent, Q2 at 4 per cent" projects each quarter too.
func (st *docState) projectedBreakdown(qi int) string {
	dt, q := st.dt, st.qs[qi]
	for k := qi - 1; k >= 0 && dt.sent[st.qs[k].Token] == dt.sent[q.Token]; k-- {
		o := st.qs[k]
		// (Past a span of time: "to hold in a 3-5% band during the coming
		// two years, with brief dips below 3%".)
		if o.Kind == quantity.Date || o.Kind == quantity.Duration {
			continue
		}
		m, ok := st.projected[k]
		if !ok || o.Kind != q.Kind {
			return ""
		}
		oEnd := o.EndToken
		if b := dt.find(st.x.w.breakdown, oEnd, q.Token); len(b) > 0 && !st.x.anyCue(dt, b[0][1], q.Token) &&
			len(dt.find(st.x.w.realis, oEnd, q.Token)) == 0 && len(dt.find(st.x.w.present, oEnd, q.Token)) == 0 {
			return m
		}
	}
	return ""
}

// levelAfter reports a level word after the figure at token qTok, in its
// clause, right before a figure of its kind: "by 0.5% to 10%".
func (st *docState) levelAfter(qTok int) bool {
	dt := st.dt
	i := slices.IndexFunc(st.qs, func(o quantity.Quantity) bool { return o.Token == qTok })
	if i < 0 || i+1 >= len(st.qs) {
		return false
	}
	q := st.qs[i]
	k := i + 1
	for k < len(st.qs) && st.qs[k].Kind == quantity.Date {
		k++
	}
	if k == len(st.qs) {
		return false
	}
	next := st.qs[k]
	qEnd := q.EndToken
	if next.Kind != q.Kind || next.Unit != q.Unit || dt.cl[next.Token] != dt.cl[qTok] || next.Token-qEnd > 12 || strings.ContainsAny(st.d.Text[q.ByteEnd:next.ByteStart], "()") {
		return false // (not an aside in brackets: "вырос на 11,4% (в первом квартале рост составил 14,2%)")
	}
	// (Not the "to" of a comparison: "by 5.4% in comparison to 6.2%".)
	compared := dt.find(st.x.w.compare, qEnd, next.Token)
	return slices.ContainsFunc(dt.find(st.x.w.level, qEnd, next.Token), func(m [2]int) bool {
		return m[1] >= next.Token-2 && !slices.ContainsFunc(compared, func(c [2]int) bool { return c[0] <= m[0] && m[1] <= c[1] })
	})
}

// growthOf decides whether the change c of the figure at qTok is the
// indicator's value: the cue names a quantity whose change it is ("GDP
// grew 2%"), on the indicator's basis. by says "by" sized the change.
// rateNamed reports a rate noun right before cue ("темпы роста ВВП", "the
// growth rate of GDP"): the cue is the rate's, not the quantity's.
func (st *docState) rateNamed(cue [2]int) bool {
	// (Or the cue opens with one: "Годовые темпы роста цен в мае опять
	// снизились и составили 14,2%".)
	return cue[1] > cue[0] && (st.dt.endsAt(st.x.w.rateNouns, cue[0], 1) || slices.ContainsFunc(st.dt.find(st.x.w.rateNouns, cue[0], cue[1]), func(m [2]int) bool { return m[0] == cue[0] }))
}

// sizesLevelBefore reports a change sized in a short clause of its own
// right after a level of the same kind in the clause before: "climbed to
// 7.9% in June, up by 1.6%, against 6.3% a year before" sizes the change
// of that level, whatever basis the sentence names.
func (st *docState) sizesLevelBefore(in *compiled, qTok int) bool {
	dt := st.dt
	cs := dt.clauseStart(qTok)
	k := slices.IndexFunc(st.qs, func(o quantity.Quantity) bool { return o.Token == qTok })
	if k < 1 || cs == 0 || !dt.comma(cs-1) || dt.wordsBetween(cs, qTok) > 4 || len(dt.find(in.cues, cs, qTok)) > 0 {
		return false
	}
	p := k - 1
	for p >= 0 && st.qs[p].Kind == quantity.Date {
		p--
	}
	// (A level reached, not a change of its own: "expanded by 0.8% on the
	// quarter, and it grew by 3% on the year" gives two growth rates.)
	return p >= 0 && st.qs[p].Kind == st.qs[k].Kind && st.qs[p].Unit == st.qs[k].Unit && dt.cl[st.qs[p].Token] == dt.cl[cs-1] && dt.sent[st.qs[p].Token] == dt.sent[qTok] &&
		dt.endsAt(st.x.w.level, st.qs[p].Token, 0)
}

func (st *docState) growthOf(in *compiled, c changeFrame, qTok int, cue [2]int, by bool) changeFrame {
	dt, w := st.dt, &st.x.w
	c.growth = cue[1] > cue[0] && len(dt.find(in.growth, cue[0], cue[1])) > 0
	// "the consumer price index (inflation) … rose 4.23%": a quantity whose
	// change is the indicator names the subject, before the verb.
	if !c.growth && cue[1] > cue[0] && cue[1] <= qTok {
		from, _ := dt.sentence(dt.sent[qTok])
		c.growth = len(dt.find(in.growth, max(from, cue[0]-8), min(cue[1]+8, qTok))) > 0
	}
	// "GDP grew by 5.4% … in comparison to 6.2% growth": a cue after the
	// figure leaves the subject of its clause, before it, to say what grew.
	if !c.growth && cue[1] > cue[0] && cue[0] >= qTok {
		c.growth = len(dt.find(in.growth, max(dt.clauseStart(qTok), qTok-8), qTok)) > 0
	}
	// "حقق الناتج نموا بنسبة 4.9%، كما حقق ارتفاعا بنسبة 4.5% خلال عام
	// 2025": a clause that goes on with the subject of the clause before.
	if cs := dt.clauseStart(qTok); !c.growth && cs > 0 && dt.sent[cs-1] == dt.sent[qTok] && len(dt.find(w.continuation, cs, min(qTok, cs+2))) > 0 {
		from, _ := dt.sentence(dt.sent[qTok])
		c.growth = len(dt.find(in.growth, from, cs)) > 0
	}
	// "Годовые темпы роста ВВП снизились до 0,6%", "the growth rate of GDP
	// fell to 0.6%": a rate noun before the growth cue makes the change
	// one of the rate, to a level, not a fall of GDP.
	if c.growth && st.rateNamed(cue) {
		return changeFrame{}
	}
	// "рост ВВП продолжается, хотя темп прироста замедлился на 0,3%": a
	// rate noun in the figure's own clause, past the cue, is what changed.
	if cs := dt.clauseStart(qTok); c.growth && cue[1] <= cs && len(dt.find(w.rateNouns, cs, qTok)) > 0 {
		c.growth = false
		return c
	}
	if by && st.sizesLevelBefore(in, qTok) {
		c.growth = false
		return c
	}
	if in.basis.len() > 0 {
		// The change is the value only on the indicator's basis (year on
		// year); then even "inflation rose 2.9% from a year earlier" is, but
		// not "the annual rate of inflation increased by 0.1 percent": a
		// basis that names the rate sizes, after "by", a change of the rate.
		from, to := dt.sentence(dt.sent[qTok])
		// (Not a figure compared with the month before right after it,
		// whatever basis a later figure of the sentence has: "rose by 1%
		// compared to the previous month and by 9.4% compared to the same
		// month of 2021".)
		shorter := false
		if k := slices.IndexFunc(st.qs, func(o quantity.Quantity) bool { return o.Token == qTok }); k >= 0 {
			end := st.qs[k].EndToken
			for _, set := range []*phraseSet{w.monthEarlier, w.previousMonth} {
				shorter = shorter || slices.ContainsFunc(dt.find(set, end, min(dt.n, end+6)), func(m [2]int) bool {
					// (Compared with, or from: "an increase of 11.8% in the
					// previous month" is that month's.)
					return m[0] <= end+3 && !figureIn(st.qs, end, m[0]) && (dt.endsAt(w.compare, m[0], 1) || dt.endsAt(w.from, m[0], 1))
				})
			}
			// ("up 1.3% on the previous quarter and 3.2% on a year
			// earlier, the fastest annual pace".)
			shorter = shorter || slices.ContainsFunc(dt.find(w.onPrevious, end, min(dt.n, end+6)), func(m [2]int) bool { return m[0] <= end+1 })
		}
		basis := !shorter && slices.ContainsFunc(dt.find(in.basis, from, to), func(m [2]int) bool {
			if st.basisOfLater(m, qTok) {
				return false
			}
			// (Nor one past a contrast after the figure: "замедлилась на
			// 0,2%, однако по-прежнему превышает годовой ориентир".)
			if m[0] >= qTok && len(dt.find(w.contrast, qTok, m[0])) > 0 {
				return false
			}
			// (Not one set off by a comma: "Year-on-year, consumer
			// prices increased by 6.9%".)
			names := m[1] <= cue[0] && cue[0]-m[1] <= 3 && !insideQuantity(st.qs, dt.sc, m[1]) && !dt.comma(m[1])
			return !by || !names && (m[0] < cue[0] || m[0] >= cue[1])
		}) || !shorter && (st.comparedAfter(qTok) || !by && st.twelveMonths(dt.clauseStart(qTok), dt.clauseEnd(qTok)) || st.comparedYearBack(qTok) || st.yearPairAfter(qTok) || // "up 4.1% over the last 12 months"
			// "В 2023 году потребительские цены выросли на 5,8%": prices
			// over a calendar year; also prices that are the subject of
			// the figure's own clause, past a cue of the indicator before
			// it ("Kazakhstan's inflation reached 8.7% in 2019, after prices
			// rose 6.3% in 2018").
			cue[1] > cue[0] && (len(dt.find(in.growth, cue[0], cue[1])) > 0 || cue[1] <= dt.clauseStart(qTok) && len(dt.find(in.growth, dt.clauseStart(qTok), qTok)) > 0) && slices.ContainsFunc(st.dates, func(d dateRef) bool {
				return len(d.period) == len("2006") && d.tok >= from && d.tok < to && dt.cl[d.tok] <= dt.cl[qTok] && !d.since && !d.compared && !d.said && !figureIn(st.qs, d.end, qTok)
			}))
		prices := c.growth
		c.growth = basis && (c.growth || cue[1] > cue[0])
		if c.growth && st.rateNamed(cue) {
			return changeFrame{} // "Годовые темпы роста цен в мае опять снизились и составили 14,2% в годовом выражении": the rate moved to a level
		}
		// "Annual inflation fell 0.6 percent": with no word of prices and
		// the basis only naming the rate, the rate fell, by that much; it
		// is no level below zero ("consumer prices fell 0.6% on a year
		// earlier" is one, and so is "inflation fell 0.6% on a year earlier").
		if c.growth && c.fall && !prices && !slices.ContainsFunc(dt.find(in.basis, from, to), func(m [2]int) bool { return m[0] >= cue[1] }) {
			c.growth = false
		}
		if !basis && cue[1] > cue[0] && len(dt.find(in.growth, cue[0], cue[1])) > 0 {
			c.verb += " (no year-on-year basis: a change over a shorter span)"
			c.shorter = true
		}
	}
	return c
}

// basisOfEarlier reports a basis phrase m right after a figure before the
// one at qTok: "31% year on year, with prices up 2.8% in December alone" —
// the basis is the earlier figure's; not one that names the figure at qTok
// through "of": "stood at 0.3% for an interannual rate of 5.2%".
func (st *docState) basisOfEarlier(m [2]int, qTok int) bool {
	if m[1] <= qTok && qTok-m[1] <= 3 && st.dt.endsAt(st.x.w.ratioOf, qTok, 0) {
		return false
	}
	// "составила 1%, годовая — 9,2%": a basis that a dash joins to the
	// figure right after it labels that figure.
	if m[1] <= qTok && qTok-m[1] <= 2 && st.dt.dashAt(m[1], qTok-m[1]) < qTok {
		return false
	}
	return slices.ContainsFunc(st.qs, func(o quantity.Quantity) bool {
		e := o.EndToken
		// (Not across the end of a sentence: "… 0,7%. В годовом выражении
		// цены выросли на 9,1%".)
		// (Nor past a comma and a word that opens the next clause: "the
		// index rose 0.4%, so in annual terms prices went up 7.9%".)
		return o.Token < qTok && o.Kind != quantity.Date && e <= m[0] && m[0]-e <= 3 && st.dt.sent[o.Token] == st.dt.sent[m[0]] && !st.dt.clauseOpensAfterComma(e, m[0]) // (also "سنوي" inside "على أساس سنوي")
	})
}

// basisOfLater reports a basis phrase m right after a figure that follows
// the one at qTok: "went up 2.4% in November for a 166% year-on-year" —
// the basis is the later figure's; so is one right before it: "stood at
// 0.3% for an interannual rate of 5.2%".
// (Not one right after the figure at qTok itself, "4.1% year on year, and
// 0.3% on the month", unless it names the later figure through "of".)
func (st *docState) basisOfLater(m [2]int, qTok int) bool {
	own := m[0]
	if i := firstAt(st.qs, quantityTok, qTok); i < len(st.qs) && st.qs[i].Token == qTok {
		own = st.qs[i].EndToken
	}
	return slices.ContainsFunc(st.qs, func(o quantity.Quantity) bool {
		if o.Token <= qTok || o.Kind == quantity.Date {
			return false
		}
		e := o.EndToken
		after := e <= m[0] && m[0]-e <= 3 // (also "on-year" inside "year-on-year")
		// (Not one a comma closes: "rose 6.1% in March against a year
		// earlier, up from 5.2% in February".)
		before := m[0] >= own && m[1] <= o.Token && o.Token-m[1] <= 3 && (m[0]-own > 3 || st.dt.endsAt(st.x.w.ratioOf, o.Token, 0)) && !st.dt.comma(m[1])
		return after || before
	})
}

// sizedBy returns the "by" right before the figure at qTok: a word of By,
// or of ByAfterChange after a verb of change in the clause ("خفض … بواقع
// 2%"); "" when there is none.
func (st *docState) sizedBy(in *compiled, qTok int) string {
	dt, w := st.dt, &st.x.w
	cs := dt.clauseStart(qTok)
	for _, m := range dt.find(w.by, max(cs, qTok-3), qTok) {
		if m[1] == qTok {
			return dt.text(st.d.Text, m)
		}
	}
	for _, m := range dt.find(w.byAfterChange, max(cs, qTok-3), qTok) {
		if m[1] != qTok {
			continue
		}
		for _, set := range []*phraseSet{w.rise, w.fall, in.negative} {
			if len(dt.find(set, cs, m[0])) > 0 {
				return dt.text(st.d.Text, m)
			}
		}
	}
	return ""
}

// comparedAfter reports a figure of the same kind compared with after the
// one at qTok in its sentence: "consumer prices rose by 20.9% in July,
// compared to 22.8% in June" gives two readings of one measure, the second
// a level, so the first is one too.
func (st *docState) comparedAfter(qTok int) bool {
	dt := st.dt
	i, j := within(st.qs, quantityTok, qTok, dt.n)
	for k := i; k < j && dt.sent[st.qs[k].Token] == dt.sent[qTok]; k++ {
		if st.qs[k].Token == qTok || st.qs[k].Kind != quantity.Percent {
			continue
		}
		if dt.endsAt(st.x.w.compare, st.qs[k].Token, 1) {
			return true
		}
	}
	return false
}

// comparedYearBack reports a figure compared right after it with the
// month a year before the month its sentence names before it: "in October
// 2013, a rise of 3.8% against October 2012" is on a year before.
func (st *docState) comparedYearBack(qTok int) bool {
	dt := st.dt
	from, to := dt.sentence(dt.sent[qTok])
	// (Also in the clause after, when a comparison opens it: "increased by
	// 2.46 per cent in January to reach 103.71, compared with a CPI of
	// 101.22 for the same period in 2021".)
	ce := st.comparisonEnd(dt.clauseEnd(qTok), to)
	m := dt.find(st.x.w.compare, qTok+1, ce)
	if len(m) == 0 {
		// (Or in its clause before it: "в августе упали относительно августа
		// 2024 года на 0,8%".)
		// (Or earlier in its sentence, when no other rate stands between:
		// "بلغ الرقم القياسي 112.4 مقابل 107.9 لنفس شهر أيار من عام 2022،
		// مسجلا ارتفاعا نسبته 4.2%".)
		if m = dt.find(st.x.w.compare, dt.clauseStart(qTok), qTok); len(m) == 0 {
			if m = dt.find(st.x.w.compare, from, qTok); len(m) == 0 || st.kindIn(quantity.Percent, m[len(m)-1][1], qTok) {
				return false
			}
			m = m[len(m)-1:]
		}
		ce = qTok
	}
	month := func(d dateRef) bool { return len(d.period) == 7 && !quarter(d.period) }
	for _, base := range st.dates {
		if base.tok < m[0][1] || base.tok >= ce || !month(base) {
			continue
		}
		// (Or, for a comparison that opens its sentence, a month the text
		// before is about: "… prices edged up in July … . Against July
		// 2022, the index climbed 5.1%".)
		lo := from
		if m[0][0] <= from+1 {
			lo = 0
		}
		return slices.ContainsFunc(st.dates, func(d dateRef) bool {
			return d.tok >= lo && d.tok < m[0][0] && month(d) && !d.compared && periodMonth(d.period)-periodMonth(base.period) == 12
		})
	}
	return false
}

// datelineEnd returns the token after a dateline or byline that opens
// tokens [a, b), or a when there is none: a place and a date closed by a
// slash or a dash ("مدريد في 30 ديسمبر/وام/", "CAIRO, May 5 –"), a place
// and the agency in brackets ("MEXICO CITY (Reuters)"), or up to
// three words before a dash with space on both sides ("المدينة نيوز -";
// not "-0.68", not "أسعار الغذاء -وهي المحرك الرئيسي- …").
func (st *docState) datelineEnd(a, b int) int {
	dt := st.dt
	wordsOnly := true
	for k := a + 1; k < min(b, a+10); k++ {
		t := dt.sc.Token(k)
		if t.Number {
			wordsOnly = false
		}
		if t.Punct == 0 {
			continue
		}
		// "MEXICO CITY (Reuters) –": a place and the agency in brackets.
		if t.Punct == '(' && wordsOnly && k <= a+3 && k+2 < b && dt.sc.Token(k+1).Upper && dt.sc.Punct(k+2) == ')' && st.capitals(a, k) {
			if k+3 < b && strings.ContainsRune("-–—", dt.sc.Punct(k+3)) {
				return k + 4
			}
			return k + 3
		}
		if !strings.ContainsRune("/-–—", t.Punct) {
			wordsOnly = false
			continue
		}
		if slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.tok >= a && d.end <= k }) {
			// "/وام/": the agency between two slashes.
			if k+2 < b && dt.sc.Punct(k+2) == '/' && dt.sc.Punct(k+1) == 0 {
				k += 2
			}
			return k + 1
		}
		// (Not an indicator's name before a dashed aside: "Core CPI -
		// which excludes energy - fell".)
		if wordsOnly && t.Punct != '/' && k <= a+3 && k+1 < b && t.Space && dt.sc.Token(k+1).Space && !st.x.anyCue(dt, a, k) {
			return k + 1
		}
		return a
	}
	return a
}

// capitals reports tokens [a, b) all words written in capitals ("MEXICO
// CITY").
func (st *docState) capitals(a, b int) bool {
	for k := a; k < b; k++ {
		t := st.dt.sc.Token(k)
		if w := st.d.Text[t.ByteStart:t.ByteEnd]; t.Norm == "" || strings.ToUpper(w) != w {
			return false
		}
	}
	return true
}

// yearPairAfter reports two months a year apart joined as a span after
// the figure at token qTok, in its clause: "rose by 8.5% between February
// 2022 and February 2023" is a change on a year before.
func (st *docState) yearPairAfter(qTok int) bool {
	dt := st.dt
	ce := dt.clauseEnd(qTok)
	month := func(p string) bool { return len(p) == 7 && !quarter(p) }
	for _, d := range st.dates {
		if a, b, ok := strings.Cut(d.period, "/"); ok && d.tok > qTok && d.tok < ce && month(a) && month(b) && periodMonth(b)-periodMonth(a) == 12 {
			return true
		}
	}
	return false
}

// pastInClause reports a date in the clause of token tok before the
// month of publication: "В прошлом году она была 4,2%", "the second
// meeting, held in Damascus last October".
func (st *docState) pastInClause(tok int) bool {
	dt, sent := st.dt, st.dt.sent[tok]
	return slices.ContainsFunc(inSentences(dt, st.dates, dateTok, sent, sent+1), func(d dateRef) bool {
		return !d.since && d.period != "" && d.period < st.pub && !strings.HasPrefix(st.pub, d.period) && (d.clause(dt, tok) == dt.cl[tok] || st.frontsSentence(d) && d.tok < tok)
	})
}

// ratioWhole reports a cue m that names the whole another percentage of
// the sentence is a ratio of: "Tourism receipts, equal to about 6% of GDP,
// rose 4.1%" — GDP is the 6%'s, not the 4.1%'s.
func (st *docState) ratioWhole(m [2]int, qi int) bool {
	dt := st.dt
	// (Only the figures just before m: it is asked of every cue.)
	i, j := within(st.qs, quantityTok, max(0, m[0]-16), m[0])
	for k := i; k < j; k++ {
		o := st.qs[k]
		if k == qi || o.Kind != quantity.Percent {
			continue
		}
		if e := o.EndToken; e < m[0] && m[0]-e <= 2 && dt.sent[e] == dt.sent[m[0]] && slices.ContainsFunc(dt.find(st.x.w.ratioOf, e, m[0]), func(r [2]int) bool { return r[0] == e && r[1] == m[0] }) {
			return true
		}
	}
	return false
}

// notCue reports a cue m inside a phrase that names people or a body,
// not the measure: "خبراء اقتصاد" (economists), "the Ministry of Economy".
func (st *docState) notCue(m [2]int) bool {
	return st.dt.insidePhrase(st.x.w.notCues, m, 3, 3)
}

// headsBody reports a cue m right before the head word of a body whose
// name it opens, capitalised: "the Economy Ministry", no cue.
func (st *docState) headsBody(m [2]int) bool {
	return st.dt.sc.Token(m[0]).Upper && st.dt.startsAt(st.x.w.orgHeads, m[1])
}

// fromBefore reports "from" (or "from levels of", "с") right before token
// tok.
func (st *docState) fromBefore(tok int) bool {
	dt := st.dt
	// (Past a revision too: "from an upwardly revised 6.1%".)
	if m := dt.find(st.x.w.revision, max(0, tok-3), tok); len(m) > 0 && m[len(m)-1][1] == tok {
		tok = m[len(m)-1][0]
	}
	// (And past a word of the year: "from a yearly 1.8 percent in May".)
	if m := dt.find(st.x.w.yearRate, max(0, tok-2), tok); len(m) > 0 && m[len(m)-1][1] == tok {
		tok = m[len(m)-1][0]
	}
	// (And past an article: "down from a 1.5% rise in 2018".)
	return dt.endsAt(st.x.w.from, tok, 0) || tok > 1 && dt.isPrep(tok-1) && dt.sc.Norm(tok-1) != "" && dt.endsAt(st.x.w.from, tok-1, 0)
}

// partnerAt reports a country named at tok as the other side of a relation:
// after a partner word ("trade with China") or right after a partner noun
// ("its trading partner China"), or joined by "and" to one that is ("with
// China and Vietnam").
func (st *docState) partnerAt(tok int) bool { return partnerAt(st.dt, &st.x.w, tok) }

// partnerAt is docState.partnerAt over the tokens dt with the words w.
func partnerAt(dt *docTokens, w *words, tok int) bool {
	// (Also past an article: "exports to the United States".)
	if tok > 0 && (dt.endsAt(w.partner, tok, 0) || dt.endsAt(w.partnerNouns, tok, 0)) || tok > 1 && dt.isPrep(tok-1) && dt.endsAt(w.partner, tok-1, 0) {
		return true
	}
	if tok < 2 || !dt.endsAt(w.and, tok, 0) && dt.sc.Punct(tok-1) != ',' || !dt.place[tok-2] {
		return false
	}
	p := tok - 2
	for p > 0 && dt.place[p-1] {
		p--
	}
	return p > 0 && dt.endsAt(w.partner, p, 0)
}

// endsAfterWeek reports a month that ends more than a week after day pub.
func endsAfterWeek(month, pub string) bool {
	monthEnd := addDays(month+"-01", 31)
	return len(monthEnd) == len("2006-01-02") && addDays(pub, 7) < monthEnd[:7]+"-01"
}

// notOver reports a year or quarter not over a week before publication
// day pub: a statistic of it was not yet measured.
func notOver(period, pub string) bool {
	return !periodAfter(period, pub) && periodAfter(nextPeriod(period), addDays(pub, 7))
}

// opensWithPartner reports a clause, before token qTok, that starts with
// the partner it names: "…, с Монголией — 38%", "…, with Oman 12%".
func opensWithPartner(dt *docTokens, w *words, ments []mention, cs, qTok int) bool {
	i, j := within(ments, mentionTok, cs, qTok)
	return i < j && ments[i].tok <= cs+2 && !ments[i].person && partnerAt(dt, w, ments[i].tok)
}

// previous reports a value that an earlier one is compared with: "up from
// 20.8%", "مقابل 41.2%", "против", or the first of "from 3.5% to 3.8%".
func (st *docState) previous(qi int) bool {
	dt, w, q := st.dt, &st.x.w, st.qs[qi]
	qTok := q.Token
	if st.boundOnSize(qTok) || st.fromCurrent(qTok, q.EndToken) {
		return false
	}
	if dt.endsAt(w.compare, qTok, 1) {
		return true
	}
	// "much lower than its peak of 38% in September": the level compared
	// with.
	if dt.endsAt(w.than, qTok, 3) {
		return true
	}
	// "down from June's 3.5%": a date in the possessive between.
	if qTok >= 2 && dt.possessive(qTok-1, qTok) && slices.ContainsFunc(st.dates, func(d dateRef) bool {
		return d.end <= qTok && qTok-d.end <= 2 && dt.possessive(d.end, qTok) && dt.endsAt(w.compare, d.tok, 0)
	}) {
		return true
	}
	// "إلى 21% و22% من 22% و23% على التوالي": the conjunct of an earlier
	// level is one too.
	if k := st.conjunctBefore(qTok); k >= 0 && k < qi && st.qs[k].Kind == q.Kind && st.previous(k) {
		return true
	}
	// "compared with 1.37%, 1.53% and 2.40% presented earlier": so is an
	// item of a list of them.
	if k := qi - 1; k >= 0 && st.qs[k].Kind == q.Kind && dt.sent[st.qs[k].Token] == dt.sent[qTok] &&
		strings.Trim(st.d.Text[st.qs[k].ByteEnd:q.ByteStart], " ,،") == "" && st.previous(k) {
		return true
	}
	// "cut it by eleven points from a peak of 22%", "من ذروة بلغت 22%":
	// the level it came down from.
	if slices.ContainsFunc(dt.find(w.peak, max(0, qTok-4), qTok), func(p [2]int) bool {
		return st.fromBefore(p[0]) && (p[1] == qTok || p[1] < qTok && dt.endsAt(w.level, qTok, 0) && !figureIn(st.qs, p[1], qTok))
	}) {
		return true
	}
	if !st.fromBefore(qTok) {
		return false
	}
	// "reduced the rate from 6.5% in February": the level before a change.
	if len(dt.find(w.rise, max(0, qTok-8), qTok)) > 0 || len(dt.find(w.fall, max(0, qTok-8), qTok)) > 0 {
		return true
	}
	// "From a low of 0.5%, it was lifted in nine steps": a value that
	// opens its sentence after "from" is where the change the sentence
	// tells began.
	if s0, s1 := dt.sentence(dt.sent[qTok]); dt.wordsBetween(s0, qTok) <= 2 && (len(dt.find(w.rise, q.EndToken, s1)) > 0 || len(dt.find(w.fall, q.EndToken, s1)) > 0) {
		return true
	}
	// Another value of the kind near it in the sentence is the new level:
	// "from 3.5% to 3.8%", "إلى 12% في أغسطس من 13.9% في يوليو".
	i, j := within(st.qs, quantityTok, qTok-12, qTok+13)
	for k := i; k < j; k++ {
		n := st.qs[k]
		if k != qi && n.Kind == q.Kind && dt.sent[n.Token] == dt.sent[qTok] {
			return true
		}
	}
	return false
}

// confidenceSignals are what the confidence of an observation is made of.
type confidenceSignals struct {
	cueDistance float64 // the cue score: words between cue and quantity, more for another clause
	cueAfter    bool    // the cue follows the quantity
	context     bool    // the indicator came from the sentence before (anaphora, comparison)
	explicit    bool    // the period is written (or the claim is a dated event)
	inSentence  bool    // the countries are named in the sentence
	bound       bool    // a bound ("more than 90%"), not a value
}

// confidence turns the signals into a number in [0, 1]: how sure the
// extractor is that the observation is right.
func confidence(s confidenceSignals) float64 {
	c := 0.95
	switch {
	case s.cueDistance > 8:
		c -= 0.2
	case s.cueDistance > 4:
		c -= 0.1
	}
	if s.cueAfter {
		c -= 0.05
	}
	if s.context {
		c -= 0.2
	}
	if !s.explicit {
		c -= 0.1
	}
	if !s.inSentence {
		c -= 0.15
	}
	if s.bound {
		c -= 0.05
	}
	return math.Round(math.Max(0.05, math.Min(1, c))*100) / 100
}

// levelIn reports a percent or a sum among the quantities in tokens [a, b).
func (st *docState) levelIn(a, b int) bool {
	i, j := within(st.qs, quantityTok, a, b)
	return slices.ContainsFunc(st.qs[i:j], func(q quantity.Quantity) bool { return q.Kind == quantity.Percent || q.Kind == quantity.Money })
}

// namesVisitOrMeeting reports a cue of a visit or meeting indicator in
// tokens [a, b).
func (x *Extractor) namesVisitOrMeeting(dt *docTokens, a, b int) bool {
	return slices.ContainsFunc(x.inds, func(in compiled) bool {
		return (in.Role == RoleVisit || in.Role == RoleMeeting) && len(dt.find(in.cues, a, b)) > 0
	})
}

// namesakeCurrency reads a currency named by a bare word shared with
// others ("ريال") as the one of the entities that use a currency of that
// name, when exactly one does; when none does it stays as read, and when
// two use different ones (Saudi and Qatari riyals) it reports false.
func namesakeCurrency(code string, ents []string) (string, bool) {
	found := ""
	for _, e := range ents {
		if c, ok := quantity.Namesake(code, e); ok {
			if found != "" && found != c {
				return code, false // Saudi and Qatari: which riyal is not said
			}
			found = c
		}
	}
	if found == "" {
		return code, true
	}
	return found, true
}

// pairedDate returns the date paired in order with the figure qi of a list
// that as many dates joined by "and" follow: "4.1% and 3.2% in 2022 and
// 2021" (the second figure is 2021's).
func (st *docState) pairedDate(qi int) (string, bool) {
	pos, n := st.listPosition(qi)
	if n < 2 {
		return "", false
	}
	dt := st.dt
	e := st.qs[qi-pos+n-1].EndToken
	// (The clause of the list's last item: "0.6%, 0.7% and 0.9% in …".)
	ce := dt.clauseEnd(st.qs[qi-pos+n-1].Token)
	var run []dateRef
	for _, d := range st.dates {
		if d.tok < e || d.tok >= ce {
			continue
		}
		if len(run) == 0 && d.tok-e > 6 || len(run) > 0 && d.tok-run[len(run)-1].end > 1 || figureIn(st.qs, e, d.tok) {
			break
		}
		run = append(run, d)
	}
	// "0.9% and 0.4% in the third and fourth quarters respectively", "в
	// I, II, III и IV кварталах": one stretch of as many quarters (or
	// months) as the list has figures, each figure its own.
	if len(run) == 1 && slices.ContainsFunc(dt.find(st.x.w.respectively, e, min(dt.n, run[0].end+3)), func(m [2]int) bool { return dt.sent[m[0]] == dt.sent[e-1] }) {
		if p, ok := splitStretch(run[0].period, n, pos); ok {
			return p, true
		}
	}
	// "в 2023 и 2024 годах экономика росла на 4,1% и 4,9% соответственно":
	// as many dates before the list, when "respectively" pairs them.
	if len(run) != n {
		run = run[:0]
		first := st.qs[qi-pos].Token
		if cs := dt.clauseStart(first); len(dt.find(st.x.w.respectively, e, ce)) > 0 {
			for _, d := range st.dates {
				if d.tok >= cs && d.end <= first && (len(run) == 0 || d.tok-run[len(run)-1].end <= 1) {
					run = append(run, d)
				} else if d.tok >= cs && d.end <= first {
					run = append(run[:0], d)
				}
			}
			if len(run) > 0 && figureIn(st.qs, run[len(run)-1].end, first) {
				run = nil
			}
		}
	}
	if len(run) != n || !slices.ContainsFunc(run, func(d dateRef) bool { return d.period != run[0].period }) {
		return "", false
	}
	d := run[pos]
	if d.since || d.before || strings.Contains(d.period, "/") || !calendar(d.period) {
		return "", false
	}
	return d.period, true
}

// dateItem reports tokens [a, b) before a figure that are a date, with
// prepositions, dashes and at most one other word: "в 2015-м — 2%", "в
// ковидном 2020-м — 2,7%", "in 2015, 2%".
func (st *docState) dateItem(a, b int) bool {
	dt := st.dt
	dated, words := false, 0
	for k := a; k < b; k++ {
		t := dt.sc.Token(k)
		if i := slices.IndexFunc(st.dates, func(d dateRef) bool { return d.tok <= k && k < d.end }); i >= 0 {
			dated, k = true, st.dates[i].end-1
			continue
		}
		if t.Punct != 0 && strings.ContainsRune("-–—:", t.Punct) || dt.isPrep(k) {
			continue
		}
		if words++; t.Norm == "" || words > 1 {
			return false
		}
	}
	return dated
}

// age reports a figure k that is a span of years of age: a duration in
// years, or the number a dash joins to one ("15–34 лет", "15-24 years").
func (st *docState) age(k int) bool {
	isYears := func(o quantity.Quantity) bool { return o.Kind == quantity.Duration && o.Unit == "years" }
	if isYears(st.qs[k]) {
		return true
	}
	if k+1 < len(st.qs) && st.qs[k].Kind == quantity.Number && isYears(st.qs[k+1]) {
		between := st.d.Text[st.qs[k].ByteEnd:st.qs[k+1].ByteStart]
		return between == "-" || between == "–" || between == "—"
	}
	return false
}

// wireDate returns the day a wire story was filed, when its body opens a
// line with a written day and the agency in brackets ("الجزائر 13 يونيو
// 2023 (شينخوا)", "Accra, Sep 11 (IANS)") up to three days before the
// page's date; else "".
func (st *docState) wireDate(qs []quantity.Quantity) string {
	dt := st.dt
	if st.pub == "" {
		return ""
	}
	for _, q := range qs {
		if q.Token > 60 {
			break
		}
		if q.Kind != quantity.Date || len(q.Period) != len("2006-01-02") || q.Period >= st.pub || addDays(q.Period, 3) < st.pub {
			continue
		}
		// "مساء اليوم الثلاثاء" in a page dated Wednesday: "today" named
		// with its weekday is the day the story was filed.
		if q.Deictic {
			if st.sc.Today(q.Token) && q.Token+1 < q.EndToken {
				return q.Period
			}
			continue
		}
		if q.Relative {
			continue
		}
		line := q.Token
		for line > 0 && !dt.sc.NewLine(line) && q.Token-line < 4 {
			line--
		}
		end := q.EndToken
		if (line == 0 || dt.sc.NewLine(line)) && end+2 < dt.n && dt.sc.Punct(end) == '(' && dt.sc.Punct(end+2) == ')' {
			return q.Period
		}
	}
	return ""
}

// bracketDate returns the date written after figure qi inside the
// brackets that hold it, with no other figure between nor after it (a
// date that labels the next item is that item's): "высокая база
// прошлого года (+2,9% год к году в январе 2025 года)" is January 2025's,
// not last year's.
func (st *docState) bracketDate(qi int) (string, bool) {
	dt, q := st.dt, st.qs[qi]
	lo, hi := dt.sentence(dt.sent[q.Token])
	if !dt.openBracketIn(lo, q.Token) {
		return "", false
	}
	qEnd := q.EndToken
	end := qEnd
	for end < hi && dt.sc.Punct(end) != ')' {
		end++
	}
	for _, d := range st.dates {
		if d.tok >= qEnd && d.end <= end && !figureIn(st.qs, qEnd, d.tok) && !figureIn(st.qs, d.end, end) && !d.since && !d.compared && calendar(d.period) && len(d.period) <= len("2006-01") {
			return d.period, true
		}
	}
	return "", false
}

// earlierAfter reports a phrase of set ("a month earlier") right after the
// figure that ends at token qEnd, or past words of recording and nouns of
// the figure's own: "6.5% a month earlier", "the 20.9 per cent recorded a
// month earlier", "6.1% GDP growth in the preceding three months",
// "the 9.2 per cent inflation figure registered a year before".
func (st *docState) earlierAfter(in *compiled, set *phraseSet, qEnd int) bool {
	return st.earlierAt(in, set, qEnd, 0) >= 0
}

// periodBack returns the period a clause that opens with "a month (or
// quarter) earlier" gives the statistic at token qTok: that period before
// the one of the observation before it, in its sentence or the one before.
// ("A year earlier" has its own readers: see yearEarlier.)
func (st *docState) periodBack(in *compiled, qTok, sent int) (string, bool) {
	dt, w := st.dt, &st.x.w
	if in.Role != RoleStatistic {
		return "", false
	}
	cs := dt.clauseStart(qTok)
	o := st.lastObs[sent]
	if o == nil && sent > 0 {
		o = st.lastObs[sent-1]
	}
	if o == nil || o.Indicator != in.ID || slices.ContainsFunc(st.dates, func(d dateRef) bool { return dt.cl[d.tok] == dt.cl[qTok] }) {
		return "", false
	}
	opens := func(set *phraseSet) bool {
		ms := dt.find(set, cs, qTok)
		return len(ms) > 0 && dt.wordsBetween(cs, ms[0][0]) <= 1 && !figureIn(st.qs, ms[0][1], qTok)
	}
	switch {
	case quarter(o.Period) && opens(w.quarterEarlier):
		return addQuarters(o.Period, -1), true
	case len(o.Period) == len("2006-01") && !quarter(o.Period) && opens(w.monthEarlier):
		return monthPeriod(periodMonth(o.Period) - 1), true
	}
	return "", false
}

// yearEarlierAfter is earlierAfter for "a year earlier" right after a word
// of recording, past one more word: "the 9.2 per cent inflation figure
// registered a year prior".
// (Its callers take it only for a figure with no date of its own: the
// date reader places "the 38.5 per cent reported a year earlier".)
func (st *docState) yearEarlierAfter(in *compiled, qEnd int) bool {
	at := st.earlierAt(in, st.x.w.earlier, qEnd, 1)
	return at > qEnd && st.dt.endsAt(st.x.w.recorded, at, 0)
}

// earlierAt returns the token where earlierAfter's phrase starts, or -1,
// past at most slack words of no list.
func (st *docState) earlierAt(in *compiled, set *phraseSet, qEnd, slack int) int {
	dt := st.dt
	ms := dt.find(set, qEnd, min(dt.n, qEnd+8))
	if len(ms) == 0 || ms[0][0] > qEnd && (dt.cl[ms[0][0]] != dt.cl[qEnd] || figureIn(st.qs, qEnd, ms[0][0])) {
		return -1
	}
	var skip [][2]int
	for _, words := range []*phraseSet{st.x.w.recorded, st.x.w.changeNouns, in.cues} {
		skip = append(skip, dt.find(words, qEnd, ms[0][0])...)
	}
	for t := qEnd; t < ms[0][0]; t++ {
		if !slices.ContainsFunc(skip, func(m [2]int) bool { return m[0] <= t && t < m[1] }) {
			if slack--; slack < 0 {
				return -1
			}
		}
	}
	return ms[0][0]
}

// rankedAfter reports a ranking word between the figure k and the one
// before it in its sentence: the list it opens goes on past k ("followed
// by Canada at $62.4 billion and China at $50.1 billion").
func (st *docState) rankedAfter(k int) bool {
	dt := st.dt
	lo, _ := dt.sentence(dt.sent[st.qs[k].Token])
	return len(dt.find(st.x.w.ranking, lo, st.qs[k].Token)) > 0
}

// asideOf returns the period of the figure an aside in brackets that holds
// figure qi comments on: the first figure of qi's kind in the sentence
// before the brackets that is no earlier value compared with, when its
// period is written and the aside names a country and no date before qi.
func (st *docState) asideOf(in *compiled, qi int, ownCue bool) (string, bool) {
	dt, q := st.dt, st.qs[qi]
	lo, _ := dt.sentence(dt.sent[q.Token])
	open := st.openBracket(q.Token)
	// (An aside that names a country for its figure: "(в среднем по РФ –
	// 6%)", not an earlier value or another currency: "(годом ранее – 4
	// млрд)", "(US$10.26 billion)".)
	if open < 0 || slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.tok > open && d.tok < q.Token }) ||
		!slices.ContainsFunc(st.ments, func(m mention) bool { return m.tok > open && m.tok < q.Token }) || st.kindIn(q.Kind, open, q.Token) {
		return "", false
	}
	for k := range qi {
		o := st.qs[k]
		if o.Token < lo || o.Kind != q.Kind || o.Token >= open {
			continue
		}
		if st.previous(k) {
			continue
		}
		oEnd := o.EndToken
		pc := st.x.period(dt, in, st.dates, st.qs, k, o.Token, oEnd, st.pub, ownCue)
		if !pc.explicit || !calendar(pc.period) {
			return "", false
		}
		return pc.period, true
	}
	return "", false
}

// openBracket returns the token of the "(" before token tok in its
// sentence that no ")" closes before tok, or -1.
func (st *docState) openBracket(tok int) int {
	lo, _ := st.dt.sentence(st.dt.sent[tok])
	for k := tok - 1; k >= lo; k-- {
		switch st.dt.sc.Punct(k) {
		case ')':
			return -1
		case '(':
			return k
		}
	}
	return -1
}

// stretchAside returns the period of the figure of qi's kind right before
// the brackets that hold figure qi, when that period is a stretch and the
// brackets name only a year before qi: "(в 2023 году – 34,1 млрд)" after
// a sum over eleven months.
func (st *docState) stretchAside(in *compiled, qi int, ownCue bool) (string, bool) {
	dt, q := st.dt, st.qs[qi]
	lo, _ := dt.sentence(dt.sent[q.Token])
	open := st.openBracket(q.Token)
	if open < 0 || !slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.tok > open && d.tok < q.Token && len(d.period) == len("2006") }) {
		return "", false
	}
	for k := qi - 1; k >= 0 && st.qs[k].Token >= lo; k-- {
		if o := st.qs[k]; o.Token < open && o.Kind == q.Kind {
			pc := st.x.period(dt, in, st.dates, st.qs, k, o.Token, o.EndToken, st.pub, ownCue)
			return pc.period, pc.explicit && strings.Contains(pc.period, "/")
		}
	}
	return "", false
}

// refinePeriod corrects the period x.period chose for figure qi by what
// the words around it say, or returns why the figure is of no calendar
// period: dates paired in order with a list, the ends of a stretch a
// change runs between, the headline's month, a date inside the figure's
// brackets, the figure an aside comments on, one figure for each of two
// quarters, a vague part of the year, a period pointed back at.
func (st *docState) refinePeriod(in *compiled, qi int, pc periodChoice, ownCue bool) (periodChoice, string) {
	dt, x, qTok := st.dt, st.x, st.qs[qi].Token
	if p, ok := st.pairedDate(qi); ok {
		pc.period, pc.explicit, pc.own, pc.ownAfter, pc.also = p, true, 0, true, "" // one date of the pair, not both
	} else if p, ok := st.pairEnds(qi); ok {
		pc.period, pc.explicit, pc.own, pc.ownAfter = p, true, 0, true
	} else if p, ok := st.headlineMonth(in, qi, pc); ok {
		pc.period, pc.explicit, pc.lead = p, true, true
	} else if p, ok := st.bracketDate(qi); ok {
		pc.period, pc.explicit, pc.own, pc.ownAfter = p, true, 0, true
	} else if p, ok := st.listDate(qi); ok && !pc.explicit {
		pc.period, pc.explicit, pc.own, pc.ownAfter = p, true, 0, true
	}
	// "خفض الريبو إلى 4.75%، والريبو المعاكس إلى 4.25%، في التاسع والعشرين
	// من الشهر الماضي": the one day a sentence names after the rates a
	// decision set, past only rates, is the decision's.
	if in.Role == RoleDecision && !pc.explicit {
		if d, ok := st.decisionDayAfter(qi); ok {
			pc.period, pc.explicit, pc.own, pc.ownAfter = d, true, 0, true
		} else if d, ok := st.introducedDay(qi); ok {
			pc.period, pc.explicit, pc.effective = d, true, st.pub != "" && d > st.pub
		}
	}
	// "В январе инфляция в регионе ускорилась до 6,56% после 6,26% в
	// декабре (в среднем по РФ – 6%)": a figure in an aside in brackets
	// with no date of its own is of the period of the clause's new value,
	// the first figure of its kind before the brackets that is no earlier
	// value, not of the date of the value before.
	if p, ok := st.asideOf(in, qi, ownCue); ok {
		pc.period, pc.explicit, pc.own = p, true, -1
	}
	// "составил 2,2%, как и месяцем ранее", "2.2%, the same as a month
	// earlier": the month before's value too. "stayed at 1.1% in May as
	// in April": the month the sentence names before the figure, and the
	// month compared with too.
	if qEnd := st.qs[qi].EndToken; pc.explicit && len(pc.period) == len("2006-01") && !quarter(pc.period) {
		_, to := dt.sentence(dt.sent[qTok])
		m := dt.find(x.w.likewise, qEnd, min(to, qEnd+8))
		switch {
		case len(m) == 0 || figureIn(st.qs, qEnd, m[0][0]):
		case pc.also == "" && dt.startsAt(x.w.monthEarlier, m[0][1]):
			pc.also = monthPeriod(periodMonth(pc.period) - 1)
		case m[0][1] <= qEnd+3:
			var own, like *dateRef
			for i := range st.dates {
				d := &st.dates[i]
				if d.tok == m[0][1] && d.period == pc.period {
					like = d
				} else if d.end <= qTok && dt.sent[d.tok] == dt.sent[qTok] && len(d.period) == len("2006-01") && !quarter(d.period) && !d.compared && !d.since {
					own = d
				}
			}
			if like != nil && own != nil && own.period != like.period {
				pc.period, pc.also = own.period, like.period
			}
		}
		// "поднялась до 3,1% в мае и затем оставалась такой же в июне",
		// "rose to 8.7% in September and stayed there in October": the
		// later month's value too.
		if pc.also == "" {
			for _, m := range dt.find(x.w.stayedSame, qEnd, min(to, qEnd+10)) {
				if figureIn(st.qs, qEnd, m[0]) {
					break
				}
				i, j := within(st.dates, dateTok, m[1], m[1]+2)
				for _, d := range st.dates[i:j] {
					if len(d.period) == len("2006-01") && !quarter(d.period) && d.period > pc.period {
						pc.also = d.period
					}
				}
			}
		}
	}
	// "rising 0.1 percent both in the third and fourth quarters": one
	// value for each of two quarters; so is a rate said to hold steady
	// over two quarters named ("استقر عند 6.1% في الربعين الثاني والثالث"),
	// and any rate that is no change over a period ("безработица во II и
	// III кварталах составила 3,0%"; not "grew 2% in the second and third
	// quarters", which may be the half-year's growth, nor a rate of the
	// first half).
	cs, ce := dt.clauseStart(qTok), dt.clauseEnd(qTok)
	if a, b, ok := strings.Cut(pc.period, "/"); ok && pc.explicit && len(a) == len("2006-01") && len(b) == len(a) && !quarter(a) && !quarter(b) &&
		periodMonth(b)-periodMonth(a) == 5 && (periodMonth(a)%12)%3 == 0 && (len(dt.find(x.w.each, cs, ce)) > 0 || in.Role == RoleStatistic && st.quartersNamed(pc.period, cs, ce) && (len(dt.find(x.w.steady, cs, qTok)) > 0 || !x.changeByNature(in.ID) && st.qs[qi].Kind == quantity.Percent)) {
		first := fmt.Sprintf("%s-Q%d", a[:4], (periodMonth(a)%12)/3+1)
		pc.period, pc.also = first, addQuarters(first, 1)
	}
	// "В 2024 году …, а к концу года инфляция составила 5,3%": the end of
	// a year the sentence names, in the figure's clause, is its December.
	// (Of a year over when the news was published: a "year-end" still to
	// come is expected.)
	if in.Role == RoleStatistic && pc.explicit && len(pc.period) == len("2006") && in.Frequency == "month" && st.pub != "" && periodOver(pc.period, st.pub) {
		if m := dt.find(x.w.yearEndBare, cs, qTok); len(m) > 0 && !slices.ContainsFunc(st.dates, func(d dateRef) bool { return d.tok >= m[0][0] && d.tok < qTok }) {
			pc.period = pc.period + "-12"
		}
	}
	// "За 11 месяцев товарооборот составил 30,2 млрд долларов (в 2023 году
	// – 34,1 млрд)": a sum in brackets after one a stretch dates, with only
	// a year of its own, is the same stretch of that year.
	if in.Role == RoleStatistic && len(pc.period) == len("2006") {
		if host, ok := st.stretchAside(in, qi, ownCue); ok {
			return pc, fmt.Sprintf("the stretch of the figure before the brackets (%s) in another year, no calendar period", host)
		}
	}
	if in.Role != RoleStatistic || slices.ContainsFunc(st.dates, func(d dateRef) bool { return dt.cl[d.tok] == dt.cl[qTok] }) {
		return pc, "" // a date of its own in its clause
	}
	// "в первые месяцы года показатель безработицы составил 14,7%": a
	// part of the year no calendar period covers.
	if m := dt.find(x.w.vaguePeriods, cs, ce); len(m) > 0 {
		return pc, fmt.Sprintf("of %s, no calendar period", dt.text(st.d.Text, m[0]))
	}
	// "… خلال عام 2024 … . كما ازداد معدل المشاركة …، بينما انخفض معدل
	// البطالة إلى 1.9%": a sentence with no date that opens going on from
	// the one before ("كما", "also") takes the one date that one gave.
	// So does one in the same paragraph right after a sentence that dates
	// its figures by the year before publication, when it says nothing of
	// now: "The GDP of Uzbekistan for 2023 exceeded $90.8 billion. The
	// inflation rate in the consumer sector amounted to 8.8%."
	if a, b := dt.sentence(dt.sent[qTok]); !pc.explicit && a > 0 && len(inSentences(dt, st.dates, dateTok, dt.sent[qTok], dt.sent[qTok]+1)) == 0 {
		goesOn := slices.ContainsFunc(dt.find(x.w.continuation, a, min(b, a+2)), func(m [2]int) bool { return m[0] <= a+1 })
		// (The sentence before is the one before a short one that only
		// says who reported it.)
		before := dt.sent[qTok] - 1
		if before > 0 && goesOn && st.attributionOnly(before) {
			before--
		}
		var named []string
		for _, d := range inSentences(dt, st.dates, dateTok, before, before+1) {
			if calendar(d.period) && !d.compared && !d.since && !d.said && !d.dateline && !d.weekday && !slices.Contains(named, d.period) {
				named = append(named, d.period)
			}
		}
		// So does the year a figure of the sentence before was found to be
		// of without naming it: "В отчетном периоде … рост 8,4%. Уровень
		// инфляции составил 3,5%".
		if p, ok := st.lastObs[before]; ok && len(named) == 0 && len(p.Period) == len("2006") {
			named = []string{p.Period}
		}
		// (Not a statistic of the day, a standing share: "Trade grew last
		// year. The share of national currencies reached 97%" is the day's.)
		lastYear := in.Frequency != "day" && len(named) == 1 && len(named[0]) == len("2006") && st.pub != "" && named[0] == shiftYear(st.pub[:4], -1) &&
			!dt.sc.Token(a).Paragraph && len(dt.find(x.w.present, a, b)) == 0
		// (Not a statement made before: "Министр ранее отметил, что …".)
		if len(named) == 1 && (goesOn || lastYear) && len(dt.find(x.w.previously, a, b)) == 0 {
			pc.period, pc.explicit, pc.lead = named[0], true, true
		}
	}
	// "Looking at June to August 2024, … The unemployment rate during this
	// period was 4.3%": a figure dated only by a word that points back is
	// of the period named last before its clause.
	if (pc.own < 0 || !pc.explicit) && len(dt.find(x.w.thisPeriod, cs, ce)) > 0 {
		k := slices.IndexFunc(st.dates, func(d dateRef) bool { return d.tok >= cs }) // the dates before the clause end at k
		if k < 0 {
			k = len(st.dates)
		}
		for k--; k >= 0 && (st.dates[k].said || st.dates[k].dateline || st.dates[k].weekday); k-- {
		}
		if k >= 0 {
			if d := st.dates[k]; !calendar(d.period) || d.since {
				return pc, fmt.Sprintf("of the period named before (%s), no calendar period", d.period)
			}
			pc.period, pc.explicit, pc.lead = st.dates[k].period, true, true
		}
	}
	return pc, ""
}

// decisionDayAfter returns the one day the sentence of figure qi names
// after it, not after publication, when only figures of its kind stand
// between and qi is no rate moved from.
func (st *docState) decisionDayAfter(qi int) (string, bool) {
	dt, q := st.dt, st.qs[qi]
	if st.fromBefore(q.Token) {
		return "", false // the rate a decision moved from
	}
	sent := dt.sent[q.Token]
	day := ""
	for _, d := range inSentences(dt, st.dates, dateTok, sent, sent+1) {
		if d.tok <= q.Token || d.since || d.compared || d.said || d.weekday {
			continue
		}
		if len(d.period) != len("2006-01-02") || day != "" || st.pub != "" && d.period > st.pub {
			return "", false
		}
		for _, o := range st.qs[qi+1:] {
			if o.Token >= d.tok {
				break
			}
			if o.Kind != q.Kind && o.Kind != quantity.Date {
				return "", false
			}
		}
		day = d.period
	}
	return day, day != ""
}

// introducedDay returns the day named by the sentence that introduces,
// with a colon, the list of items figure qi is in: "… as of Thursday 18
// September 2025, the rates will be as follows:" and, on the lines after
// it, "lending rate: lowered by 50 basis points to 5.10%". Each line between
// is an item with a figure of qi's kind; the introduction names one day.
func (st *docState) introducedDay(qi int) (string, bool) {
	dt, q := st.dt, st.qs[qi]
	for s := dt.sent[q.Token] - 1; s >= 0 && s >= dt.sent[q.Token]-6; s-- {
		a, b := dt.sentence(s)
		if b > a && dt.sc.Punct(b-1) == ':' {
			day := ""
			for _, d := range inSentences(dt, st.dates, dateTok, s, s+1) {
				// (A day "as of" which the rates apply is theirs, said or
				// not; its weekday says nothing more.)
				if d.weekday {
					continue
				}
				if len(d.period) != len("2006-01-02") || d.compared || day != "" && day != d.period {
					return "", false
				}
				day = d.period
			}
			return day, day != ""
		}
		if !st.kindIn(q.Kind, a, b) {
			return "", false // no item of the list
		}
	}
	return "", false
}

// earlierMonth returns the month that the sentence of token tok, or the
// one before it, opens by going back to ("Earlier in September, …").
func (st *docState) earlierMonth(tok int) (string, bool) {
	dt := st.dt
	for s := dt.sent[tok]; s >= 0 && s >= dt.sent[tok]-1; s-- {
		a, _ := dt.sentence(s)
		for _, m := range dt.find(st.x.w.earlierIn, a, min(dt.n, a+4)) {
			if m[0] > a+1 {
				continue
			}
			for _, d := range st.dates {
				if d.tok >= m[1] && d.tok <= m[1]+1 && len(d.period) == len("2006-01") && !quarter(d.period) && !d.compared {
					return d.period, true
				}
			}
		}
	}
	return "", false
}

// listDate returns the date right after the last figure of the list that
// figure qi is an earlier item of: "reached 5.5 percent, 5.9 percent and
// 5.2 percent in the fourth quarter of 2021" dates each.
func (st *docState) listDate(qi int) (string, bool) {
	pos, n := st.listPosition(qi)
	if n < 2 || pos == n-1 {
		return "", false
	}
	last := st.qs[qi+n-1-pos]
	e := last.EndToken
	if m := st.dt.find(st.x.w.respectively, e, min(st.dt.n, e+2)); len(m) > 0 && m[0][0] <= e+1 {
		e = m[0][1] // "5.9 percent and 5.2 percent respectively in the fourth quarter"
	}
	for _, d := range st.dates {
		if d.tok >= e && d.tok <= e+2 && st.dt.cl[d.tok] == st.dt.cl[last.Token] && calendar(d.period) && !d.compared && !d.since {
			return d.period, true
		}
	}
	return "", false
}

// headlineMonth returns the month the headline names for a monthly
// statistic said in the present tense with no date of its own: "South
// Korea's employment trends in September 2023 … The unemployment rate is
// 2.3%" is September's reading. The headline names that one date, a month
// over when the document was published, and the countries the figure's
// sentence names are the headline's ("… in the US, where it is now 9.1%"
// is no reading of Israel's headline month).
func (st *docState) headlineMonth(in *compiled, qi int, pc periodChoice) (string, bool) {
	dt, q := st.dt, st.qs[qi]
	sent := dt.sent[q.Token]
	if in.Role != RoleStatistic || in.Frequency != "month" || !pc.present || pc.explicit || pc.period != st.pub || st.pub == "" || q.Bound != "" || sent == 0 {
		return "", false
	}
	hs := inSentences(dt, st.dates, dateTok, 0, 1)
	if len(hs) != 1 {
		return "", false
	}
	d := hs[0]
	if d.weekday || d.since || d.compared || d.dateline || len(d.period) != len("2006-01") || quarter(d.period) || d.period >= st.pub[:7] {
		return "", false
	}
	var headline []string
	for _, m := range inSentences(dt, st.ments, mentionTok, 0, 1) {
		headline = append(headline, m.code)
	}
	if len(headline) == 0 || slices.ContainsFunc(inSentences(dt, st.ments, mentionTok, sent, sent+1), func(m mention) bool {
		return !slices.Contains(headline, m.code)
	}) {
		return "", false
	}
	return d.period, true
}

// pairEnds returns, for either figure of a change "from A to B", the end
// of the stretch named "between" two periods before it in its sentence
// that the figure stands for: "between October and November, inflation
// fell from 4.8% to 4.5%" (4.8% is October's, 4.5% November's).
func (st *docState) pairEnds(qi int) (string, bool) {
	dt, w, q := st.dt, &st.x.w, st.qs[qi]
	first, second := qi, qi+1
	if !st.fromBefore(q.Token) {
		first, second = qi-1, qi
	}
	if first < 0 || second >= len(st.qs) || st.qs[first].Kind != q.Kind || st.qs[second].Kind != q.Kind || !st.fromBefore(st.qs[first].Token) {
		return "", false
	}
	a, b := st.qs[first], st.qs[second]
	// Only the word of level between: "from 4.8% to 4.5%".
	if aEnd := a.EndToken; b.Token-aEnd != 1 || !dt.startsAt(w.level, aEnd) && !dt.startsAt(w.rangeJoin, aEnd) || dt.sent[a.Token] != dt.sent[b.Token] {
		return "", false
	}
	opensRange := func(d dateRef) bool {
		return dt.endsAt(w.rangeStart, d.tok, 0) || d.tok > 0 && dt.endsAt(w.rangeStart, d.tok-1, 0) && dt.isPrep(d.tok-1)
	}
	k := slices.IndexFunc(st.dates, func(d dateRef) bool {
		return d.end <= a.Token && dt.sent[d.tok] == dt.sent[a.Token] && opensRange(d)
	})
	var ends []string
	switch {
	case k >= 0 && !figureIn(st.qs, st.dates[k].end, a.Token):
		ends = strings.Split(st.dates[k].period, "/")
	default:
		// "من 13,6% إلى 12,8% ما بين الفصل الثالث من سنة 2024 ونفس الفصل
		// من سنة 2025", "from 5.1% to 4.8% between March and April": the
		// stretch named right after the pair.
		bEnd := b.EndToken
		k = slices.IndexFunc(st.dates, func(d dateRef) bool {
			return d.tok >= bEnd && d.tok <= bEnd+3 && dt.sent[d.tok] == dt.sent[b.Token] && opensRange(d)
		})
		if k < 0 {
			return "", false
		}
		ends = strings.Split(st.dates[k].period, "/")
		if d, next := st.dates[k], k+1; len(ends) == 1 && next < len(st.dates) {
			e := st.dates[next]
			if e.tok-d.end > 6 || dt.cl[e.tok] != dt.cl[d.tok] || len(dt.find(w.and, d.end, e.tok)) == 0 && !cliticAnd(st.d.Text[st.sc.Token(d.end-1).ByteEnd:st.sc.Token(e.tok).ByteStart], st.d.Text[st.sc.Token(e.tok).ByteStart:st.sc.Token(e.end-1).ByteEnd]) {
				return "", false
			}
			switch {
			case len(e.period) == len(d.period):
				ends = append(ends, e.period)
			case len(e.period) == len("2006") && len(d.period) == len("2006-Q1") && len(dt.find(w.samePeriod, d.end, e.tok)) > 0:
				ends = append(ends, e.period+d.period[4:]) // "the same quarter of 2025"
			}
		}
	}
	if len(ends) != 2 || len(ends[0]) != len(ends[1]) || ends[0] >= ends[1] || !calendar(ends[0]) || !calendar(ends[1]) {
		return "", false
	}
	if qi == first {
		return ends[0], true
	}
	return ends[1], true
}

// respectiveDate returns the date right after a word of recording that
// follows "respectively" after the list figure qi is an item of: "… of
// 11%, 12% and 10%, respectively, recorded in the first half of 2023".
func (st *docState) respectiveDate(qi int) (dateRef, bool) {
	pos, n := st.listPosition(qi)
	if n < 2 {
		return dateRef{}, false
	}
	dt, w := st.dt, &st.x.w
	e := st.qs[qi+n-1-pos].EndToken
	resp := dt.find(w.respectively, e, min(dt.n, e+2))
	if len(resp) == 0 || resp[0][0] > e+1 {
		return dateRef{}, false
	}
	a := resp[0][1]
	if a < dt.n && dt.sc.Punct(a) == ',' {
		a++
	}
	rec := dt.find(w.recorded, a, min(dt.n, a+2))
	if len(rec) == 0 || rec[0][0] != a {
		return dateRef{}, false
	}
	i, j := within(st.dates, dateTok, rec[0][1], min(dt.n, rec[0][1]+6))
	if i == j || dt.sent[st.dates[i].tok] != dt.sent[e] {
		return dateRef{}, false
	}
	return st.dates[i], true
}

// heldFor reports figure qi followed by a length of time through a word
// of lasting: "above 20 percent for over two years", "выше 12% в течение
// трех месяцев".
func (st *docState) heldFor(qi int) bool {
	if qi+1 >= len(st.qs) || st.qs[qi+1].Kind != quantity.Duration {
		return false
	}
	// (The length may start with its bound: "for over two years".)
	e, d, de := st.qs[qi].EndToken, st.qs[qi+1].Token, st.qs[qi+1].EndToken
	return slices.ContainsFunc(st.dt.find(st.x.w.heldFor, e, de), func(m [2]int) bool { return m[0] == e && m[1] >= d && m[1] < de })
}

// dateBeforeBracket returns the date right before the bracket that opens
// on the figure at token qTok: "меньше, чем в 2022 году (14,7 %)".
func (st *docState) dateBeforeBracket(qTok int) (dateRef, bool) {
	if qTok < 1 || st.dt.sc.Punct(qTok-1) != '(' {
		return dateRef{}, false
	}
	i, j := within(st.dates, dateTok, max(0, qTok-8), qTok)
	if i < j && st.dates[j-1].end == qTok-1 {
		return st.dates[j-1], true
	}
	return dateRef{}, false
}

// recordedDate returns the period of the date after the figure that ends
// at token qEnd, past only the indicator's name and a word of recording:
// "the adjusted 5.8 percent growth rate recorded in the first quarter of
// 2024".
func (st *docState) recordedDate(in *compiled, qEnd int) (string, bool) {
	dt := st.dt
	k := slices.IndexFunc(st.dates, func(d dateRef) bool { return d.tok >= qEnd })
	if k < 0 || st.dates[k].tok-qEnd > 8 || dt.sent[st.dates[k].tok] != dt.sent[qEnd] || !calendar(st.dates[k].period) || st.dates[k].since || st.dates[k].compared {
		return "", false
	}
	end := st.dates[k].tok
	// (Past the same sum in another currency in brackets: "the USD 4.57
	// billion (EGP 145 billion) recorded in 2021".)
	if dt.sc.Punct(qEnd) == '(' {
		for c := qEnd + 1; c < min(end, qEnd+8); c++ {
			if dt.sc.Punct(c) == ')' {
				qEnd = c + 1
				break
			}
		}
	}
	rec := dt.find(st.x.w.recorded, qEnd, end)
	if len(rec) == 0 || figureIn(st.qs, qEnd, end) {
		return "", false
	}
	skip := append(rec, dt.find(in.growth, qEnd, end)...)
	skip = append(skip, dt.find(in.cues, qEnd, end)...)
	words := 0
	for t := qEnd; t < end; t++ {
		if tk := dt.sc.Token(t); tk.Punct == 0 && !slices.ContainsFunc(skip, func(m [2]int) bool { return m[0] <= t && t < m[1] }) {
			words++
		}
	}
	return st.dates[k].period, words <= 3
}

// The notes a qualifier that names a part of a country carries.
const (
	unknownPlaceNote = " (a place the gazetteer does not know as a country)"
	regionNote       = " (a region)"
)

// place reports a qualifier that names a part of a country: a region, a
// city or a place the gazetteer does not know ("области", "в Татарстане").
func (x *Extractor) place(word string) bool {
	return strings.HasSuffix(word, unknownPlaceNote) || strings.HasSuffix(word, regionNote) ||
		x.w.subnational.inText(word) || x.w.cities.inText(word) || x.w.regions.inText(word)
}

// lastDayOfMonth reports whether the day "YYYY-MM-DD" is its month's last.
func lastDayOfMonth(day string) bool {
	t, err := time.Parse(time.DateOnly, day)
	return err == nil && t.AddDate(0, 0, 1).Day() == 1
}

// splitStretch returns the pos-th of the n quarters or months that the
// stretch of months "YYYY-MM/YYYY-MM" is made of, if it is made of n.
func splitStretch(stretch string, n, pos int) (string, bool) {
	a, b, ok := strings.Cut(stretch, "/")
	if !ok || len(a) != len("2006-01") || len(b) != len(a) || quarter(a) || quarter(b) {
		return "", false
	}
	first, months := periodMonth(a), periodMonth(b)-periodMonth(a)+1
	switch {
	case months == 3*n && first%3 == 0:
		return addQuarters(a, pos), true // a month gives its quarter
	case months == n:
		return monthPeriod(first + pos), true
	}
	return "", false
}

// listJoin reports tokens [a, b) that only join the items of a list: a
// comma, "and", or a comma and "and" (at least one of them).
func (x *Extractor) listJoin(dt *docTokens, a, b int) bool {
	if a >= b || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if dt.sc.Punct(k) != ',' && dt.sc.Punct(k) != '،' && len(dt.find(x.w.and, k, k+1)) == 0 {
			return false
		}
	}
	return true
}

// namedByFirstFigure reports a country (or a person standing for one)
// named before the end of the sentence of the document's first percentage
// or sum of money; true when it has none.
func (st *docState) namedByFirstFigure(qs []quantity.Quantity) bool {
	i := slices.IndexFunc(qs, func(q quantity.Quantity) bool { return q.Kind == quantity.Percent || q.Kind == quantity.Money })
	if i < 0 {
		return true
	}
	_, end := st.dt.sentence(st.dt.sent[qs[i].Token])
	return len(st.ments) > 0 && st.ments[0].tok < end
}

// interview reports a text set as questions and answers: two paragraphs
// or more that end in a question mark.
func interview(text string) bool {
	n := 0
	for line := range strings.Lines(text) {
		if line = strings.TrimSpace(line); strings.HasSuffix(line, "?") || strings.HasSuffix(line, "؟") {
			n++
		}
	}
	return n >= 2
}

// namesHeads reports heads of state or government (no deputies) named as
// the level of a body right after its name m: "пятое заседание совместной
// комиссии на уровне глав правительств" is a meeting of heads.
func (st *docState) namesHeads(m [2]int) bool {
	dt, w := st.dt, &st.x.w
	return slices.ContainsFunc(dt.find(w.heads, m[1], min(dt.n, m[1]+5)), func(h [2]int) bool {
		return len(dt.find(w.deputy, m[1], h[1])) == 0 && len(dt.find(w.level, m[1], h[0])) > 0
	})
}

// indexLevel reports a percentage that is an index on the period before
// (Indicator.IndexBase): "ВВП в 2023 году составил 108,3%", the cue before
// it with a word of level between, no cue right after it ("104% ВВП" is a
// share of GDP) and no change ("вырос на 104%").
func (st *docState) indexLevel(in *compiled, q quantity.Quantity, cue [2]int) bool {
	dt := st.dt
	qTok, qEnd := q.Token, q.EndToken
	// (Or a phrase of constant prices right before it, in the cue's
	// sentence: "…, что в сопоставимых ценах дает 105,1% к прошлому
	// году".)
	constantPrices := slices.ContainsFunc(dt.find(st.x.w.real, max(cue[1], qTok-4), qTok), func(m [2]int) bool { return m[1] == qTok }) && dt.sent[cue[0]] == dt.sent[qTok]
	return in.IndexBase > 0 && q.Kind == quantity.Percent && q.Unit == "percent" && q.Bound == "" && math.Abs(q.Value-in.IndexBase) <= in.MaxValue &&
		cue[1] > 0 && cue[1] <= qTok && (len(dt.find(st.x.w.level, cue[1], qTok)) > 0 || constantPrices) &&
		len(dt.find(in.cues, qEnd, min(dt.n, qEnd+3))) == 0 && !st.change(in, qTok, qEnd, cue).change
}

// eachOfTwo returns the other country of a pair "A and B" that country
// code is one of, when "each" or "both" follows the pair and the pair is
// in the clause of the figure at qTok, before it; else "".
func (st *docState) eachOfTwo(code string, qTok int) string {
	dt := st.dt
	cs, ce := dt.clauseStart(qTok), dt.clauseEnd(qTok)
	// (The figure at qTok is the clause's one figure.)
	alone := !figureIn(st.qs, cs, qTok) && !figureIn(st.qs, qTok+1, ce)
	for i := 0; i+1 < len(st.ments); i++ {
		a, b := st.ments[i], st.ments[i+1]
		if a.tok < cs || b.tok >= qTok || a.code == b.code || a.person || b.person || (a.code != code && b.code != code) {
			continue
		}
		// (Also in brackets after them: "Austria and Greece (both 1.1%)".)
		be := dt.placeEnd(b.tok)
		if be < qTok && dt.sc.Punct(be) == '(' {
			be++
		}
		// (Or, with no word of each, a pair that opens the clause of the
		// figure, the clause's one figure: "Austria and the Czech Republic
		// shared the bottom place in May, at 2.9 percent".)
		ae := dt.placeEnd(a.tok)
		opens := a.tok <= cs+1 && alone && len(dt.find(st.x.w.respectively, cs, ce)) == 0
		// (Past an article: "Chile and the Philippines".)
		if ae+1 != b.tok && (ae+2 != b.tok || !dt.isPrep(ae+1)) || !dt.startsAt(st.x.w.and, ae) || !dt.startsAt(st.x.w.each, be) && !opens {
			continue
		}
		if a.code == code {
			return b.code
		}
		return a.code
	}
	return ""
}

// changeOfRates reports figure qi sized by a "by" phrase ("بارتفاع بلغ",
// "an increase of") that opens a clause after two percentages of its
// sentence, with no cue between: the change from one rate to the other.
func (st *docState) changeOfRates(qi int) bool {
	dt, qTok := st.dt, st.qs[qi].Token
	cs := dt.clauseStart(qTok)
	if !slices.ContainsFunc(dt.find(st.x.w.by, cs, qTok), func(m [2]int) bool { return m[1] == qTok && m[0] <= cs+1 }) {
		return false
	}
	rates, last := 0, -1
	for j := qi - 1; j >= 0 && dt.sent[st.qs[j].Token] == dt.sent[qTok]; j-- {
		if st.qs[j].Kind == quantity.Percent {
			rates++
			last = max(last, st.qs[j].EndToken)
		}
	}
	return rates >= 2 && last <= cs && !st.x.anyCue(dt, last, qTok)
}

// ownFigureThenChange reports a marker m right before a figure of its own
// ("target of 15%"), after which a verb of change or level leads to the
// figure at token qTok ("as the rate edged up to 16.7%").
func (st *docState) ownFigureThenChange(m [2]int, qTok int) bool {
	dt, w := st.dt, &st.x.w
	for _, o := range st.qs {
		if o.Token < m[1] || o.Token >= qTok {
			continue
		}
		if o.Kind == quantity.Date || o.Token-m[1] > 2 {
			return false
		}
		// (A subject between: not "forecasting a 0.2% rise on the month and
		// a 2.7% annual pace".)
		oEnd := o.EndToken
		verb := func(v [2]int) bool {
			return dt.wordsBetween(oEnd, v[0]) >= 2 && len(dt.find(w.and, oEnd, v[0])) == 0
		}
		return !figureIn(st.qs, oEnd, qTok) && (slices.ContainsFunc(dt.find(w.rise, oEnd, qTok), verb) || slices.ContainsFunc(dt.find(w.fall, oEnd, qTok), verb))
	}
	return false
}

// firstOfDatePair returns the earlier of two dates of one kind that open
// the sentence of figure qi, before it, when the later is period, the
// value qi moved from being the earlier date's ("rose between the third
// quarter of 2023 and the same quarter of 2024, moving from 9.1% to
// 9.4%"). Else "".
func (st *docState) firstOfDatePair(qi int, period string) string {
	dt, q := st.dt, st.qs[qi]
	if !dt.endsAt(st.x.w.from, q.Token, 0) {
		return ""
	}
	// (The first figure of its sentence: not "… from 7% to 7.4%" later.)
	sa, _ := dt.sentence(dt.sent[q.Token])
	var named []string
	for _, d := range inSentences(dt, st.dates, dateTok, dt.sent[q.Token], dt.sent[q.Token]+1) {
		if d.tok < q.Token && calendar(d.period) && !d.said && !d.dateline && !slices.Contains(named, d.period) {
			named = append(named, d.period)
		}
	}
	if len(named) == 2 && named[1] == period && len(named[0]) == len(period) && quarter(named[0]) == quarter(period) && named[0] < period && !figureIn(st.qs, sa, q.Token) {
		return named[0]
	}
	return ""
}

// yearPair splits a stretch of two years, "2022/2023", into its first and
// last year.
func yearPair(period string) (first, last string, ok bool) {
	a, b, ok := strings.Cut(period, "/")
	return a, b, ok && len(a) == len("2006") && len(b) == len(a) && a < b
}

// firstOfYearPair returns the first year of a stretch of two years that
// dates the value figure qi rose from ("from KES 40bn to KES 54bn
// between 2022 and 2023"): its own period, or the one its sentence names
// after the value it rose to. Else "".
func (st *docState) firstOfYearPair(qi int, period string) string {
	if a, _, ok := yearPair(period); ok {
		return a
	}
	dt, q := st.dt, st.qs[qi]
	if !dt.endsAt(st.x.w.from, q.Token, 0) {
		return ""
	}
	for _, d := range inSentences(dt, st.dates, dateTok, dt.sent[q.Token], dt.sent[q.Token]+1) {
		if a, _, ok := yearPair(d.period); ok && d.tok > q.Token && figureIn(st.qs, q.EndToken, d.tok) {
			return a
		}
	}
	return ""
}

// laterUndated reports a level reached by a change after "and", past a
// level its date follows, with no date of its own: "eased to 7.9% in June
// and then slowed to 7.3%" — the 7.3% is of a later month the text does
// not name.
func (st *docState) laterUndated(qi int) bool {
	dt, x, q := st.dt, st.x, st.qs[qi]
	sent := dt.sent[q.Token]
	for _, d := range inSentences(dt, st.dates, dateTok, sent, sent+1) {
		if d.end > q.Token || d.since || d.compared || figureIn(st.qs, d.end, q.Token) {
			continue
		}
		dated := slices.ContainsFunc(st.qs[:qi], func(o quantity.Quantity) bool {
			return o.Kind == q.Kind && o.EndToken <= d.tok && dt.sent[o.Token] == sent && dt.wordsBetween(o.EndToken, d.tok) <= 1
		})
		m := dt.find(x.w.and, d.end, q.Token)
		// (A verb and "to" right after "and", no subject of its own: not
		// "… from the previous month and the all-items index was up 3.5%".)
		if dated && len(m) > 0 && dt.wordsBetween(d.end, m[0][0]) == 0 && dt.wordsBetween(m[0][1], q.Token) <= 3 && dt.endsAt(x.w.level, q.Token, 0) && st.moves(m[0][1], q.Token) {
			return true
		}
	}
	return false
}

// moves reports a word of rise or fall in tokens [a, b).
func (st *docState) moves(a, b int) bool {
	return len(st.dt.find(st.x.w.rise, a, b)) > 0 || len(st.dt.find(st.x.w.fall, a, b)) > 0
}

// namesCountry reports a country (no group, no person) named in sentence
// sent.
func (st *docState) namesCountry(sent int) bool {
	return slices.ContainsFunc(st.ments, func(m mention) bool { return !m.person && !isGroup(m.code) && st.dt.sent[m.tok] == sent })
}

// cueInSentence reports a cue of in in sentence sent.
func (st *docState) cueInSentence(in *compiled, sent int) bool {
	a, b := st.dt.sentence(sent)
	return len(st.dt.find(in.cues, a, b)) > 0
}

// projectedItem returns the marker of the figure of its kind before qi in
// its sentence when qi goes on with that figure's list, each item with its
// own date and no verb, cue or marker of its own: "will be 3.1% in Q1,
// 2.8% in Q2 and 2.6% in Q3" projects every item.
func (st *docState) projectedItem(qi int) string {
	dt, q := st.dt, st.qs[qi]
	k := qi - 1
	for k >= 0 && st.qs[k].Kind == quantity.Date {
		k--
	}
	if k < 0 || st.qs[k].Kind != q.Kind || dt.sent[st.qs[k].Token] != dt.sent[q.Token] {
		return ""
	}
	m, ok := st.projected[k]
	if !ok {
		return ""
	}
	a, b := st.qs[k].EndToken, q.Token
	if !dt.punctIn(',', a, b) && len(dt.find(st.x.w.and, a, b)) == 0 || st.x.anyCue(dt, a, b) {
		return ""
	}
	w := &st.x.w
	for _, set := range []*phraseSet{w.realis, w.present, w.rise, w.fall, w.contrast, w.attrib, w.compare, w.comparative, w.levelCompared} {
		if len(dt.find(set, a, b)) > 0 {
			return ""
		}
	}
	if len(st.markers(a, b)) > 0 {
		return ""
	}
	// (Nor an item its own date puts before publication: "forecast 2.4%
	// this year, just below the 2.7% in 2014".)
	if st.pub != "" && slices.ContainsFunc(st.dates, func(d dateRef) bool {
		return d.tok >= q.EndToken && dt.wordsBetween(q.EndToken, d.tok) <= 3 && dt.sent[d.tok] == dt.sent[q.Token] && !d.noYear && calendar(d.period) && periodOver(d.period, st.pub)
	}) {
		return ""
	}
	return m
}

// pastConjunct reports the figure at qTok in a conjunct after the last
// marker of modality from token from, past that marker's own figure, with
// a cue of its own and a date that is over: "above the government's 5%
// growth goal and growth in 2022 of 3.1%" observes the 3.1%.
func (st *docState) pastConjunct(from, qTok int, cue [2]int) bool {
	dt := st.dt
	ms := st.markers(from, qTok)
	if len(ms) == 0 || cue[0] <= ms[len(ms)-1][1] || cue[1] > qTok {
		return false
	}
	last := ms[len(ms)-1]
	ands := dt.find(st.x.w.and, last[1], cue[0])
	return len(ands) > 0 && figureIn(st.qs, last[1], ands[len(ands)-1][0]) && slices.ContainsFunc(st.dates, func(d dateRef) bool {
		return d.tok >= cue[1] && d.end <= qTok && !d.since && calendar(d.period) && periodOver(d.period, st.pub)
	})
}

// monthAfterCompared returns the month after the one a value compared
// with is dated by, for a monthly statistic qi dated only by the
// publication day: "rose to 6.27% compared to 5.7% reported in June",
// published in July, is July's. The compared month must be the month
// before publication or the one before that, and the sentence must
// compare with no year back ("a year earlier", "year on year").
func (st *docState) monthAfterCompared(in *compiled, qi int, period string, explicit bool) (string, bool) {
	dt, x, q := st.dt, st.x, st.qs[qi]
	if explicit || in.Role != RoleStatistic || in.Frequency != "month" || period != st.pub || st.pub == "" {
		return "", false
	}
	from, to := dt.sentence(dt.sent[q.Token])
	if len(dt.find(x.w.earlier, from, to)) > 0 || len(dt.find(x.w.onYear, from, to)) > 0 || in.basis.len() > 0 && len(dt.find(in.basis, from, to)) > 0 {
		return "", false
	}
	i, j := within(st.dates, dateTok, from, q.Token)
	var before []dateRef
	for _, d := range st.dates[i:j] {
		if !d.dateline {
			before = append(before, d)
		}
	}
	// "Against July, the jobless rate was up 0.2 points at 7.1%": the one
	// month compared with, before the figure and past no level of its kind,
	// is the month before the figure's.
	if len(before) == 1 && before[0].compared {
		a, b := within(st.qs, quantityTok, before[0].end, q.Token)
		if next, ok := st.monthAfter(before[0]); ok && !slices.ContainsFunc(st.qs[a:b], func(o quantity.Quantity) bool { return o.Kind == q.Kind && o.Unit == q.Unit }) {
			return next, true
		}
	}
	if len(before) > 0 {
		return "", false
	}
	k := qi + 1
	for k < len(st.qs) && st.qs[k].Kind == quantity.Date {
		k++
	}
	if k >= len(st.qs) || st.qs[k].Kind != q.Kind || st.qs[k].Token >= to || len(dt.find(x.w.compare, q.EndToken, st.qs[k].Token)) == 0 || figureIn(st.qs, q.EndToken, st.qs[k].Token) {
		return "", false
	}
	for _, d := range st.dates {
		if d.tok < st.qs[k].EndToken || d.tok >= to || dt.wordsBetween(st.qs[k].EndToken, d.tok) > 3 {
			continue
		}
		return st.monthAfter(d)
	}
	return "", false
}

// monthAfter returns the month after month d when it is the month of
// publication or the one before it.
func (st *docState) monthAfter(d dateRef) (string, bool) {
	if len(d.period) != len("2006-01") || quarter(d.period) || d.since {
		return "", false
	}
	next := monthPeriod(periodMonth(d.period) + 1)
	if lag := periodMonth(st.pub[:7]) - periodMonth(next); lag < 0 || lag > 1 {
		return "", false
	}
	return next, true
}

// movesFrom reports a verb of change m that moves from the figure at qTok,
// with no figure or word of a level between: "…, easing from an annual
// rate of 4.9%" names the level it left.
func (st *docState) movesFrom(m [2]int, qTok int) bool {
	dt := st.dt
	return dt.startsAt(st.x.w.from, m[1]) && !figureIn(st.qs, m[1], qTok) && len(dt.find(st.x.w.level, m[1], qTok)) == 0
}

// onlyDatesBetween reports tokens [a, b) that hold words, all of them of
// dates and the prepositions before them: "contracted 0.4% [in Q3 2025]
// from the preceding quarter".
func (st *docState) onlyDatesBetween(a, b int) bool {
	words := false
	for k := a; k < b; k++ {
		if st.dt.sc.Norm(k) == "" {
			continue
		}
		words = true
		if st.dt.isPrep(k) {
			continue
		}
		if !st.inDate(k) {
			return false
		}
	}
	return words
}

// introducedLeaders adds the leaders and ministers a document introduces
// with their country's adjective to ments: after "Chilean President Marco
// Ruiz", "Ruiz" named again stands for Chile, like a leader the gazetteer
// lists. ments is in text order, and so is what it returns.
func (x *Extractor) introducedLeaders(dt *docTokens, ments []mention) []mention {
	var surnames map[string]string
	for _, m := range ments {
		if m.person || isGroup(m.code) {
			continue
		}
		e := dt.placeEnd(m.tok)
		for _, set := range []*phraseSet{x.w.heads, x.w.ministers} {
			h := dt.find(set, e, min(dt.n, e+3))
			if len(h) == 0 || h[0][0] != e {
				continue
			}
			// The name: two or three capitalised words right after the title.
			last := -1
			for k := h[0][1]; k < min(dt.n, h[0][1]+3) && dt.sc.Norm(k) != "" && !dt.place[k] && dt.sc.Token(k).Upper; k++ {
				last = k
			}
			if last > h[0][1] {
				if surnames == nil {
					surnames = map[string]string{}
				}
				surnames[dt.sc.Norm(last)] = m.code
			}
			break
		}
	}
	if surnames == nil {
		return ments
	}
	out := ments
	for k := 0; k < dt.n; k++ {
		c, ok := surnames[dt.sc.Norm(k)]
		if !ok || dt.place[k] || !dt.sc.Token(k).Upper || slices.ContainsFunc(ments, func(m mention) bool { return m.tok == k }) {
			continue
		}
		if len(out) == len(ments) {
			out = slices.Clone(ments)
		}
		out = append(out, mention{tok: k, code: c, person: true})
	}
	if len(out) > len(ments) {
		slices.SortFunc(out, func(a, b mention) int { return a.tok - b.tok })
	}
	return out
}

// fallOfListBefore reports that the figure at qi goes on a list whose
// figure before it fell: "after it contracted 0.4 percent in Q3 and 1.2
// percent in Q2" — the figure before, of its kind and indicator, was
// made negative, and only its date and "and" stand between.
func (st *docState) fallOfListBefore(in *compiled, qi int) bool {
	dt, q := st.dt, st.qs[qi]
	k := qi - 1
	for k >= 0 && st.qs[k].Kind == quantity.Date {
		k--
	}
	if k < 0 || st.qs[k].Kind != q.Kind || st.qs[k].Value <= 0 || dt.cl[st.qs[k].Token] != dt.cl[q.Token] {
		return false
	}
	p, ok := st.lastObs[dt.sent[q.Token]]
	if !ok || p.Indicator != in.ID || p.Value >= 0 || p.Span[0] != st.qs[k].Start {
		return false
	}
	and := false
	for t := st.qs[k].EndToken; t < q.Token; t++ {
		switch {
		case dt.sc.Norm(t) == "" || dt.isPrep(t):
		case st.x.isAnd(dt.sc.Norm(t)):
			and = true
		case !st.inDate(t):
			return false
		}
	}
	return and
}
