// Package lang is the one registry of the languages econtrack reads: which
// languages there are, how a text's language is detected, and the function
// words each language uses to frame a claim (modality, change, qualifiers,
// attribution …). The words are data, one YAML file per language under
// data/, embedded in the binary; adding a phrase needs no code change.
package lang

import (
	"bytes"
	"embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

//go:embed data/*.yaml
var dataFiles embed.FS

// Codes lists the supported languages in a stable order.
func Codes() []string { return []string{"ar", "en", "ru"} }

// Supported reports whether code is a supported language.
func Supported(code string) bool { return slices.Contains(Codes(), code) }

// Detect names the language from the script most of the letters are written
// in: Arabic → ar, Cyrillic → ru, anything else → en.
func Detect(text string) string {
	var arabic, cyrillic, other int
	for _, r := range text {
		switch {
		case r < 0x80:
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				other++
			}
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		default:
			other++
		}
	}
	switch {
	case arabic > cyrillic && arabic >= other && arabic > 0:
		return "ar"
	case cyrillic > arabic && cyrillic > other:
		return "ru"
	}
	return "en"
}

// Normalize maps a language tag as metadata writes it ("ar", "AR", "ar-EG",
// "ara", "Arabic") to a supported code.
func Normalize(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	switch s {
	case "ar", "ara", "arabic":
		return "ar", true
	case "en", "eng", "english":
		return "en", true
	case "ru", "rus", "russian":
		return "ru", true
	}
	return "", false
}

// Words are the phrases of one language that the extractor reads around a
// quantity. Each is a list of phrases matched after folding (lower case,
// Arabic letter forms folded); a word ending in "*" matches any ending.
type Words struct {
	// Since introduces the start of a state, never the period of a value.
	Since []string `yaml:"since"`
	// Arrive says a visit begins (its period is that day).
	Arrive []string `yaml:"arrive"`
	// Depart says a visit ends on the day named after it ("lasting five days
	// and ending on Wednesday"): the visit began that many days before.
	Depart []string `yaml:"depart"`
	// Last marks a previous meeting ("the last meeting was in August").
	Last []string `yaml:"last"`
	// Compare introduces a figure compared with ("up from", "مقابل").
	Compare []string `yaml:"compare"`
	// NotCompare are fixed phrases that open with a word of Compare and
	// compare nothing ("العاطلين عن العمل": the unemployed).
	NotCompare []string `yaml:"not_compare"`
	// TakesEffect says a decision applies from a date ("takes effect",
	// "يدخل حيز التنفيذ", "вступит в силу"): a decision's date after it,
	// in the figure's sentence, is the day its level applies from.
	TakesEffect []string `yaml:"takes_effect"`
	// HighLevel names a committee or council of heads of state or
	// government ("the Supreme Strategic Committee", "اللجنة الاستراتيجية
	// العليا", "высокого уровня"): its meetings are their meetings.
	HighLevel []string `yaml:"high_level"`
	// JointBodies name a standing joint committee or commission ("the
	// joint committee", "اللجنة ... المشتركة", "межправкомиссия"): its
	// ministers meet in it, unless the text says heads chair it, calls it
	// high-level or names a head in the sentence of its session.
	JointBodies []string `yaml:"joint_bodies"`
	// WholeOf names the whole at once, every part of trade ("trade in
	// goods and services", "تجارة السلع والخدمات", "торговля товарами и
	// услугами") or the whole economy ("the broadest measure of economic
	// activity"): a qualifier inside it narrows nothing.
	WholeOf []string `yaml:"whole_of"`
	// ComparativeBy sizes a comparative with the figure after it ("lower
	// by 0.5%", "أقل بنسبة نصف بالمائة", "ниже на 0,5%"): a difference,
	// not a level.
	ComparativeBy []string `yaml:"comparative_by"`
	// Lasts says how long something takes ("will last", "تستمر لمدة",
	// "продлится"): right before a duration in a sentence that names a
	// visit, it gives the visit's length however far the visit was named.
	Lasts []string `yaml:"lasts"`
	// Than compares two levels ("lower than the previous quarter", "ниже,
	// чем", "أقل من"): the period compared with is no basis of the figure.
	Than []string `yaml:"than"`
	// Total says a figure is of the whole population or economy ("the
	// overall rate", "لإجمالي السكان"): before the figure in its clause, no
	// qualifier of the sentence narrows it.
	Total []string `yaml:"total"`
	// ChangeNouns, right after a figure, make it a size of change ("after
	// a 4.5% rise in July", "a 0.6% contraction"), as a verb of change
	// before it does; a falling one gives the sign.
	ChangeNouns []string `yaml:"change_nouns"`
	// FallingNouns are the ChangeNouns that fall; also, as the subject of
	// a level verb right before the figure of a change by nature ("the
	// contraction was 0.6%", "снижение составило 7,8%"), they give its
	// sign.
	FallingNouns []string `yaml:"falling_nouns"`
	// Revision says a figure was revised ("revised down", "بعد التعديل
	// بالخفض"): its verb of rise or fall gives no sign.
	Revision []string `yaml:"revision"`
	// TopicVerbs are verbs after which a word of Compare opens the topic, not
	// a comparison ("أعلنت الهيئة عن إحصاءات الربع الثالث": announced
	// the statistics of the third quarter).
	TopicVerbs []string `yaml:"topic_verbs"`
	// Attribution verbs name a speaker ("said", "قال", "заявил").
	Attribution []string `yaml:"attribution"`
	// And joins the items of a list ("and", "و", "и"); a one-letter word
	// may be glued to the next one (Arabic "وسبتمبر").
	And []string `yaml:"and"`
	// Over introduces a stretch of time a total is said of ("over the past
	// two years", "за семь лет", "خلال خمس سنوات").
	Over []string `yaml:"over"`
	// Equivalent joins a sum to the same sum in another currency ("1 billion
	// rials, equivalent to $2.6 billion, in 2019"): both have the date the
	// second is given.
	Equivalent []string `yaml:"equivalent"`
	// TwoCountries refer back to the pair a text is about ("between the two
	// countries", "بين البلدين", "между двумя странами").
	TwoCountries []string `yaml:"two_countries"`
	// Overall before a cue of a pair's indicator make it the whole of one
	// country's ("Kenya's total trade turnover", "общий товарооборот
	// Армении"), when its clause names no other side.
	Overall []string `yaml:"overall"`
	// Stretch words make a count of time a stretch ("for three consecutive
	// months", "ثلاثة أشهر متتالية", "три месяца подряд"): a figure said of
	// it is of no single period.
	Stretch []string `yaml:"stretch"`
	// Sources introduce where data comes from ("according to", "بحسب",
	// "по данным"): a year or quarter right after one is the data's period,
	// not when something was said.
	Sources []string `yaml:"sources"`
	// Present marks a standing level dated by publication ("keeps", "حالياً").
	Present []string `yaml:"present"`
	// FutureEvent marks an event still to come ("will be held", "ستعقد").
	FutureEvent []string `yaml:"future_event"`
	// YearEarlier dates a figure a year before the sentence's date.
	YearEarlier []string `yaml:"year_earlier"`
	// Anaphora refers back to the indicator just named ("the figure").
	Anaphora []string `yaml:"anaphora"`
	// Level prepositions stand right before a level after a verb of change
	// ("fell to 2%", "إلى", "до").
	Level []string `yaml:"level"`
	// By stands right before the size of a change ("by", "بمقدار", "на").
	By []string `yaml:"by"`
	// ByAfterChange is "by" only after a verb of change in its clause
	// ("خفض الفائدة بواقع 2%"); elsewhere it leads into a level ("عند
	// المستويات السابقة بواقع 14%").
	ByAfterChange []string `yaml:"by_after_change"`
	// ClauseBy opens a clause that sizes the change the clause before
	// names ("سجلت البطالة تراجعا طفيفا خلال الربع الثاني، بنسبة بلغت
	// 0.2%").
	ClauseBy []string `yaml:"clause_by"`
	// Rise and Fall are verbs and nouns of change; a quantity after one of
	// them, without a level preposition, is a size of change.
	Rise []string `yaml:"rise"`
	Fall []string `yaml:"fall"`
	// Modality marks what is not yet observed: the future, forecasts,
	// targets, conditionals.
	Modality []string `yaml:"modality"`
	// Abbreviations are words a full stop follows without ending the
	// sentence ("Mr.", "Jan.", "г.").
	Abbreviations []string `yaml:"abbreviations"`
	// UnitAbbreviations are abbreviated scales and currencies ("млрд.",
	// "руб."): a full stop after them ends the sentence only when a
	// capitalised word follows ("$63 млрд. Об этом сообщает …").
	UnitAbbreviations []string `yaml:"unit_abbreviations"`
	// DatePreps are the articles and prepositions that lead into a date
	// ("in the", "في", "в"): they do not count as distance between a figure
	// and its date.
	DatePreps []string `yaml:"date_preps"`
	// Lexicon is what the recognizer (indicators/quantity) knows of the
	// language's words: numbers, ordinals, fractions, scales, months,
	// weekdays, durations and their flags, and its multi-word phrases.
	Lexicon Lexicon `yaml:"lexicon"`
	// SameMonth refers to the month named before ("the same month of last
	// year", "لنفس الشهر من العام السابق", "в том же месяце прошлого года").
	SameMonth []string `yaml:"same_month"`
	// SamePeriod refers to the quarter or month named in the sentences
	// before ("the corresponding quarter of last year", "الربع المماثل من
	// العام السابق", "аналогичный квартал прошлого года").
	SamePeriod []string `yaml:"same_period"`
	// BasisPreps, before the same month or period of a year right after a
	// figure, make it the figure's basis, not its period ("rose 7.55%
	// over the same period last year").
	BasisPreps []string `yaml:"basis_preps"`
	// SameYear refers to the year of the period named in the sentences
	// before ("in the same year", "في العام نفسه", "в том же году").
	SameYear []string `yaml:"same_year"`
	// PreviousYear is the year before the one the sentence names ("31% in
	// 2018 against 28% in the previous year", "في العام الذي سبقه"), not
	// the year before publication.
	PreviousYear []string `yaml:"previous_year"`
	// PreviousFiscalYear is the fiscal year before the current one ("last
	// fiscal year", "العام المالي الماضي"): with a word of the same period
	// before it, the period a year before the figure compared with.
	PreviousFiscalYear []string `yaml:"previous_fiscal_year"`
	// BackThen refers to the time the sentence before names, opening a
	// sentence or in a figure's clause ("At the time, …", "Тогда …",
	// "وبلغ السعر آنذاك …").
	BackThen []string `yaml:"back_then"`
	// Tolerance marks the half-width of a band around a value ("a
	// corridor of plus or minus 1%", "±1%", "плюс-минус 1%"): no level.
	Tolerance []string `yaml:"tolerance"`
	// ToleranceAfter marks the half-width of a band right after it ("a
	// band of 1.5 points on either side of a 4% goal"): no level either.
	ToleranceAfter []string `yaml:"tolerance_after"`
	// AsExpected say that what happened matched or missed a forecast ("held
	// the rate at 3.5% as widely expected", "كما كان متوقعا", "как и
	// ожидалось"): no marker of what is not yet observed.
	AsExpected []string `yaml:"as_expected"`
	// Unexpected say that what happened came as a surprise ("unexpectedly",
	// "بشكل غير متوقع", "неожиданно"): no marker of what is not yet
	// observed, even right before the figure.
	Unexpected []string `yaml:"unexpected"`
	// Securities name government bills and bonds ("treasury bills", "أذون
	// الخزانة", "облигации"): a rate in a sentence about them (an auction's
	// discount rate or yield) is no rate a central bank decided.
	Securities []string `yaml:"securities"`
	// LanguageNouns name a language ("language", "язык", "اللغة"): a
	// country's adjective right beside one ("на румынском языке",
	// "باللغة الرومانية") names the language, not the country.
	LanguageNouns []string `yaml:"language_nouns"`
	// Gradually says a level was reached step by step ("gradually",
	// "постепенно", "تدريجيا"): a date before it is when the steps began,
	// not the level's.
	Gradually []string `yaml:"gradually"`
	// Scheduled names a meeting held on its calendar ("at its planned
	// meeting", "на плановом заседании", "في اجتماعه الدوري المقرر"): the
	// marker word in it projects nothing.
	Scheduled []string `yaml:"scheduled"`
	// CountryNouns name one country beside the adjective of a region ("the
	// Southeast Asian country", "الدولة الآسيوية", "азиатская страна"): a
	// description of a country, not the region.
	CountryNouns []string `yaml:"country_nouns"`
	// Thresholds name a figure as a line to cross, not a level, when they
	// follow it ("crossed the 35% threshold").
	Thresholds []string `yaml:"thresholds"`
	// Index names a price index, whose level is 100 plus the change
	// ("the consumer price index stood at 101.9%").
	Index []string `yaml:"index"`
	// IndexChange, right before an index, name its change, a rate ("the
	// annual change in the consumer price index was 123%", "التغير السنوي
	// لمؤشر أسعار الاستهلاك").
	IndexChange []string `yaml:"index_change"`
	// OrgHeads open the name of a body ("Ministry of Trade and Industry",
	// "Министерство промышленности и торговли"): a qualifier inside the
	// name names no sector.
	OrgHeads []string `yaml:"org_heads"`
	// NotCues hold an indicator's cue inside a phrase that names people or
	// a body, not the measure ("خبراء اقتصاد", economists; "the Ministry of
	// Economy"): the cue in them names no indicator.
	NotCues []string `yaml:"not_cues"`
	// HoldAnnounced is a central bank's hold in its own announcement ("the
	// repo rate will remain unchanged at 7.75%"): the decision, not a
	// forecast, when nothing else in the sentence is projected.
	HoldAnnounced []string `yaml:"hold_announced"`
	// Effective gives the day a decision takes effect after the rate
	// ("to 4.25 per cent, effective as of Monday"): a change a bank said
	// it would make, with that day, is its decision, not a forecast.
	Effective []string `yaml:"effective"`
	// LevelOf before a date names the level of that date as what a value
	// came to ("опустился до показателя февраля 2015 года"): the date is
	// compared with, not the figure's period.
	LevelOf []string `yaml:"level_of"`
	// HeldFor, between a statistic's figure and a length of time, says
	// how long a level lasted ("had run above 20 percent for two years"):
	// a state over a stretch, no value of one period.
	HeldFor []string `yaml:"held_for"`
	// StayedSame, after a figure and its month, then a later month, gives
	// the figure for that month too ("rose to 8.7% in September and stayed
	// there in October").
	StayedSame []string `yaml:"stayed_same"`
	// Sequel, opening a sentence, goes on from the sentence before ("Then",
	// "Затем", "ثم"): a month it names without a year follows that
	// sentence's date.
	Sequel []string `yaml:"sequel"`
	// RangeArticle, right before the first of two figures joined by "to",
	// makes them a range ("a 6 percent to 8 percent target"), where a
	// change would say "from".
	RangeArticle []string `yaml:"range_article"`
	// FirstTime says a bound was crossed ("the first time in two years
	// that the rate had been above 4%", "لأول مرة", "впервые"): a
	// threshold, no level.
	FirstTime []string `yaml:"first_time"`
	// Previously marks a statement made before, at no date the text
	// gives ("The minister earlier noted that trade had reached …",
	// "ранее отметил"): its figure takes no date from the sentences before.
	Previously []string `yaml:"previously"`
	// Including, right before a qualifier, makes it part of the headline
	// measure ("inflation including the energy bill was 1.2%", "включая
	// энергоносители"): no qualifier.
	Including []string `yaml:"including"`
	// Recorded, between a value compared with and a date, leaves the
	// date to it: "the 5.8 percent growth rate recorded in the first
	// quarter".
	Recorded []string `yaml:"recorded"`
	// OfWhich, after a figure, opens a part of it ("$11.6 billion, of
	// which exports made up 90%", "из них", "منها"): what follows
	// qualifies the part, not the figure.
	OfWhich []string `yaml:"of_which"`
	// Possessives right before a meeting's ordinal make it a count of
	// the meetings of the same people ("their fourth meeting", "их
	// третья встреча"), not a regular meeting's number.
	Possessives []string `yaml:"possessives"`
	// StandingBodies are bodies that meet again and again (a council):
	// the first meeting of one ("the first meeting of the Supreme
	// Interstate Council", "первое заседание совета") is a regular
	// meeting's number 1; a first meeting of no body ("their first
	// meeting since 2019") is none.
	StandingBodies []string `yaml:"standing_bodies"`
	// MonthEarlier, right after the value a figure came from, dates that
	// value a month before the figure ("to 6.3% in April from 6.5% a
	// month earlier", "с 10,23% месяцем ранее").
	MonthEarlier []string `yaml:"month_earlier"`
	// WeekEarlier does for a day what MonthEarlier does for a month: "на 9
	// февраля 7,12% после 6,95% неделей ранее" is the 2nd's.
	WeekEarlier []string `yaml:"week_earlier"`
	// QuarterEarlier does for a quarter what MonthEarlier does for a
	// month: "to 3.2% in the third quarter from 3.7% three months earlier"
	// is the second quarter's.
	QuarterEarlier []string `yaml:"quarter_earlier"`
	// AlternativeMeasures name a second measure of an indicator that
	// statistics offices publish beside the national one ("harmonised",
	// "HICP", "гармонизированн*"): where the document gives the other
	// measure a different value for the same period, that one is the
	// indicator's.
	AlternativeMeasures []string `yaml:"alternative_measures"`
	// ShareOf, right after a percentage, makes it a share of what follows
	// ("50 percent of the growth came from services"): no value of the
	// indicator named after it.
	ShareOf []string `yaml:"share_of"`
	// Probability, right after a percentage or right before it, makes it
	// the odds of an event ("a 90% chance of a hike",
	// "с вероятностью 80%", "باحتمال 70%"): no value of any indicator.
	Probability []string `yaml:"probability"`
	// PartOf, right after a sum, makes it a part of the indicator named
	// after it ("12 billion baht of Thailand's trade with Laos was settled
	// in baht and kip"): no value of that indicator.
	PartOf []string `yaml:"part_of"`
	// ThisPeriod points back at the period named last ("during this
	// period", "за этот период", "خلال هذه الفترة"): a figure it dates
	// with no date of its own is of that period, and of none when that
	// was a stretch ("June to August").
	ThisPeriod []string `yaml:"this_period"`
	// Ranking words ("followed by", "ranked third", "تليها", "на втором
	// месте") open the next item of a ranking: a sum listed after
	// another, with another country named before it, is that country's
	// own total, no part of the one before.
	Ranking []string `yaml:"ranking"`
	// VaguePeriods name a part of a year no calendar period covers ("in
	// the first months of the year", "в первые месяцы года", "في الأشهر
	// الأولى من العام"): a figure they date, with no date of its own in
	// its clause, is of no period.
	VaguePeriods []string `yaml:"vague_periods"`
	// Each ("both", "each", "كلا", "оба") before two periods joined by
	// "and" gives a figure to each of them: "rising 0.1 percent both in
	// the third and fourth quarters" is two quarters' growth, not the
	// growth over half a year.
	Each []string `yaml:"each"`
	// Breakdown opens the parts of a figure said before it ("projected at
	// 4.5%, with Q1 at 5% and Q2 at 4%", "в том числе", "منها"): a part
	// with no cue of its own is projected when the figure it details is.
	Breakdown []string `yaml:"breakdown"`
	// EarlierIn opens a sentence that goes back to a past month ("Earlier
	// in September, …", "Ранее, в сентябре, …", "في وقت سابق من سبتمبر"):
	// a weekday in the sentence after it, with no date of its own, is a day
	// of that month, which one the text does not say.
	EarlierIn []string `yaml:"earlier_in"`
	// LastTime says when a level was last seen ("the last time it was this
	// high", "в последний раз безработица была так высока"): the date it
	// leads is of that earlier time, not of the figures the text goes on
	// with.
	LastTime []string `yaml:"last_time"`
	// NegativeSign makes the figure of the cue it stands next to negative
	// ("negative growth of 1.2%", "نموا سالبا بنسبة 1.2%", "отрицательный
	// рост"), or of the cue after a figure it follows ("1.2% of negative
	// growth").
	NegativeSign []string `yaml:"negative_sign"`
	// ByComparison opens a sentence of values given for comparison ("For
	// comparison, in February it was 2.3%", "Для сравнения, …", "وللمقارنة،
	// …"): a figure of the next sentence that points back takes no date
	// from it, but from the sentence before it.
	ByComparison []string `yaml:"by_comparison"`
	// Disbelief denies the claim that follows it in its sentence ("I
	// do not believe joblessness here is really 31%", "не верю,
	// что", "لا أعتقد أن"): no figure after it, before another figure, is
	// observed.
	Disbelief []string `yaml:"disbelief"`
	// Ended says a visit is over ("сегодня завершился трехдневный визит",
	// "concluded his three-day visit today"): a day named before it is the
	// visit's last, and it began as many days before as it lasted, less one.
	Ended []string `yaml:"ended"`
	// Chairs are verbs of chairing said of those who chair, named before
	// them ("Erdoğan and Al Thani … presiding over the tenth meeting of
	// the committee", "يترأس"): heads of state or government that chair a
	// committee hold its regular meetings, as with ChairedBy.
	Chairs []string `yaml:"chairs"`
	// RateNouns name the rate of a change before what changes ("the
	// growth rate of", "темпы роста", "معدل نمو"): what such a rate does
	// ("fell to 0.6%") moves the rate, not the quantity.
	RateNouns []string `yaml:"rate_nouns"`
	// OlderThan follows an age to say "and over" ("aged 15 and over", "15
	// лет и старше", "15 سنة فأكثر"): from the working age up, the whole
	// labour force, no age group.
	OlderThan []string `yaml:"older_than"`
	// Relative pronouns open a clause about the word before them ("2022,
	// when it recorded 2.6%", "بالعام 2022 الذي سجل 2.6%").
	Relative []string `yaml:"relative"`
	// CentralBank names a central bank; the country named with it is the
	// country of its rate decisions ("the Central Bank of Oman").
	CentralBank []string `yaml:"central_bank"`
	// Topic opens a clause that names what the clause after it is about
	// ("as for the young, …", "أما الشباب …، فإن …"): its qualifiers
	// qualify that clause's figure.
	Topic []string `yaml:"topic"`
	// Reached, after a level, names the period the same level was reached
	// in ("stayed at 3%, reached in July"): the value is that period's too.
	Reached []string `yaml:"reached"`
	// Then refers back to the date just named ("since March 2012 (it
	// was then 6.5%)"), even a date after "since".
	Then []string `yaml:"then"`
	// Before leads into a date that only bounds what is said ("قبل
	// يناير", "before 2020"): the date is no period of a figure.
	Before []string `yaml:"before"`
	// OffsetBefore and OffsetAfter, right before or after a duration, make
	// it a distance in time ("two days after the vote", "بعد يومين من",
	// "три дня спустя"), not the length of a visit.
	OffsetBefore []string `yaml:"offset_before"`
	OffsetAfter  []string `yaml:"offset_after"`
	// Nominal, right after a cue ("GDP at current prices"), makes the
	// figure of the sentence nominal, unless Real follows ("while in real
	// terms it grew 16%").
	Nominal []string `yaml:"nominal"`
	Real    []string `yaml:"real"`
	// ReadAlso opens a line that links another article ("اقرأ أيضا",
	// "Read also", "Читайте также"): its figures are that article's.
	ReadAlso []string `yaml:"read_also"`
	// ChairedBy followed by one of Heads (not after Deputy) says that heads
	// of state or government chair a committee or session: its numbered
	// meetings are regular meetings of theirs ("اللجنة العليا برئاسة رئيسي
	// وزراء البلدين").
	ChairedBy []string `yaml:"chaired_by"`
	Heads     []string `yaml:"heads"`
	Deputy    []string `yaml:"deputy"`
	// Ministers name a chair who is no head of state or government ("chaired
	// by the two foreign ministers", "برئاسة وزيري الطاقة"): the meetings
	// of what they chair are no regular meetings of heads.
	Ministers []string `yaml:"ministers"`
	// Years are the plural nouns of years ("السنوات", "years"): after Over
	// and with a count ("خلال السنوات العشر الأخيرة", "over the past ten
	// years") they make a figure a total of several years.
	Years []string `yaml:"years"`
	// Subgroups name a part of the population ("الفئة العمرية 20-24",
	// "women"): before the cue in the figure's clause too ("سجلت الفئة
	// العمرية 20-24 عاما أعلى معدل للبطالة"), they make it the part's figure.
	Subgroups []string `yaml:"subgroups"`
	// OtherCalendar names a year of another calendar ("العام الإيراني",
	// "the Iranian year"): a figure of its clause has no calendar period.
	OtherCalendar []string `yaml:"other_calendar"`
	// EventNames name an event by its date ("ثورة يناير", "the October
	// war", "the February 8 general elections"): a date right before or
	// after one is part of a name, not a date.
	EventNames []string `yaml:"event_names"`
	// Comparative words after a fraction make it a difference, not a
	// share ("three-tenths more than", "на две трети больше").
	Comparative []string `yaml:"comparative"`
	// Lower are the comparatives of less among them ("lower", "меньше",
	// "أقل"): growth sized by one against a period before is a fall
	// ("ВВП … на 1,2% меньше, чем годом ранее").
	Lower []string `yaml:"lower"`
	// PreviousMonth names the month before the one just named ("the
	// previous month", "الشهر السابق"), not the month before publication.
	PreviousMonth []string `yaml:"previous_month"`
	// FromCurrent puts a figure right after it as the level a goal starts
	// from ("to raise trade from the current $8 billion to $12 billion",
	// "с нынешних 5 млрд"): observed now, whatever projects the goal.
	FromCurrent []string `yaml:"from_current"`
	// Realis introduces what already happened ("after it contracted",
	// "بعد أن"): a modality word before it does not reach past it.
	Realis []string `yaml:"realis"`
	// Qualifiers narrow a measure to a subgroup or another measure (women,
	// youth, core, a region): the figure is not the headline indicator.
	Qualifiers []string `yaml:"qualifiers"`
	// Subjects name another measure when they come before the figure, as
	// its subject ("retail sales rose 3%", "industrial output grew 6%"),
	// not after it ("GDP grew 3% on strong exports").
	Subjects []string `yaml:"subjects"`
	// From introduces a previous value ("rose from 3.5% to 3.8%").
	From []string `yaml:"from"`
	// RangeStart and RangeJoin frame a range ("between 20 and 25%"): a
	// range is no observed value.
	RangeStart []string `yaml:"range_start"`
	RangeJoin  []string `yaml:"range_join"`
	// RangeNouns name a band ("target range", "النطاق", "коридор"): two
	// figures joined by "and" in their sentence are its ends.
	RangeNouns []string `yaml:"range_nouns"`
	// Respectively pairs a list of figures with a list of indicators in order.
	Respectively []string `yaml:"respectively"`
	// Cities are cities and regions that a figure can be given for ("in
	// Almaty", "в Москве"): after a locative (Locative) in the figure's
	// clause they make the figure a city's, not the country's.
	Cities   []string `yaml:"cities"`
	Locative []string `yaml:"locative"`
	// Partner marks a country as the other side of a relation ("trade with
	// China", "визит в Китай"): it counts half toward the country a
	// document is about.
	Partner []string `yaml:"partner"`
	// PartnerNouns name the other side right before its country, with no
	// word between ("its main trading partner China"; not "the largest
	// partner of Nepal").
	PartnerNouns []string `yaml:"partner_nouns"`
	// Origin marks the country a traveller leaves from or comes from last
	// ("From Kenya, the president leaves for Tanzania", "из Кении", "من
	// كينيا"): beside a visitor and a host named too, it is no side of the
	// visit.
	Origin []string `yaml:"origin"`
	// Among leads into the people a figure is of ("unemployment among
	// Omanis", "среди казахстанцев"): a country's people named after it
	// are a subgroup, its citizens, not the whole population.
	Among []string `yaml:"among"`
	// GoalClause opens a clause that names a goal by the infinitive of a
	// change ("The aim they set, to raise trade to $2 billion, is within
	// reach"): a figure in that clause is projected.
	GoalClause []string `yaml:"goal_clause"`
	// YearEnding leads into the last month or day of a twelve-month span
	// ("the year ended June", "за год, завершившийся в июне", "السنة
	// المنتهية في"): a figure of that span is of no calendar period.
	YearEnding []string `yaml:"year_ending"`
	// DecisionNouns open a sentence that goes on about a decision just
	// reported ("The decision, made public on February 18, …"): its day is
	// the decision's.
	DecisionNouns []string `yaml:"decision_nouns"`
	// SameDay dates an event by the last day named before it ("قرر البنك
	// في اليوم نفسه", "on the same day").
	SameDay []string `yaml:"same_day"`
	// Restated joins a figure to the one before it as the same thing on
	// another basis ("fell 0.4% q/q, or 1.8% at an annualised pace").
	Restated []string `yaml:"restated"`
	// ElidedEvent follows an ordinal whose noun is left out, the meeting
	// just numbered ("The eighth took place in June", "первое — в январе").
	ElidedEvent []string `yaml:"elided_event"`
	// HomeCountry names the country a document is about without naming it
	// ("الناتج المحلي الإجمالي الحقيقي للدولة", "التضخم في الدولة").
	HomeCountry []string `yaml:"home_country"`
	// Frozen are words whose clitic is part of a fixed expression
	// ("بالنسبة" in "بالنسبة للعمال", "for the workers"): they match only as
	// written, never as the word without the clitic ("النسبة", "the rate").
	Frozen []string `yaml:"frozen"`
	// Articles are the definite articles a language writes joined to the
	// noun (ar "ال"). A noun without one, right after a joined "and",
	// goes on with the clause before it ("بلغ تضخم الأغذية 700% …،
	// وتضخما سنويا قدره 60%": the food's yearly rate too).
	Articles []string `yaml:"articles"`
	// Regions are states and provinces of federations ("Nevada",
	// "Ontario", "Queensland"): named in a figure's clause, before it or
	// right after it, they make the figure the region's, not the country's.
	Regions []string `yaml:"regions"`
	// Likewise say a figure held as well at another time ("как и", "the
	// same as", "كما في"): before a month_earlier phrase right after a
	// month's figure ("2,2%, как и месяцем ранее"), the figure is the month
	// before's too.
	Likewise []string `yaml:"likewise"`
	// LevelCompared set a level beside another ("well below the", "выше",
	// "أعلى من"): a figure right after one, past a verb of rise or fall, is
	// the level compared with, and takes no direction from that verb
	// ("a fifth monthly drop, far below the 9% of a year before" is no
	// fall of 9).
	LevelCompared []string `yaml:"level_compared"`
	// BaseYear name the base year of a series ("base year", "سنة الأساس",
	// "базовый год"): a year right after one, past a colon or "of", is a
	// reference of the series, no period of a figure.
	BaseYear []string `yaml:"base_year"`
	// Following put what a clause names after the figure before it in time
	// ("after", "following", "после", "بعد"): a fall it introduces ("grew
	// 4.4% after a fall of 1.7%") is an earlier movement, not the
	// direction of the figure.
	Following []string `yaml:"following"`
	// Conditional open a condition ("if", "если", "إذا"): one on a period
	// already over ("если в позапрошлом году цены выросли на 7%, то …")
	// states a fact, not a projection.
	Conditional []string `yaml:"conditional"`
	// EstimateOf names the estimate of a period ("our estimates for
	// the second quarter", "оценка за 2023 год", "تقديرات الربع
	// الثالث"): of a period over when the news was published, a
	// measurement, no projection.
	EstimateOf []string `yaml:"estimate_of"`
	// Complementizer opens a clause a verb before it governs ("that",
	// "أن", "что"): a verb of expecting before it, past the asides of
	// its sentence, projects the figure of that clause.
	Complementizer []string `yaml:"complementizer"`
	// Their stand for a group the sentence before names ("their", "их"):
	// "Young workers drove the gain. Their unemployment rate eased to
	// 12.8%" is the subgroup's rate.
	Their []string `yaml:"their"`
	// Now say that a clause is about the present ("now", "сейчас",
	// "حاليا"): a date of another clause does not date its figure ("Если
	// в мае инфляция была двузначной, то сейчас она ниже 11%").
	Now []string `yaml:"now"`
	// YearEndBare name the end of a year without its number ("by the end of
	// the year", "к концу года", "بنهاية العام"): a figure they date, whose
	// year the sentence gives elsewhere, is of that year's December.
	YearEndBare []string `yaml:"year_end_bare"`
	// RatioOf joins a percentage to what it is a ratio of ("6% of GDP",
	// "6% من الناتج", "6% от ВВП"): an indicator's cue after it names the
	// ratio's whole, not the measure of another figure of the sentence.
	RatioOf []string `yaml:"ratio_of"`
	// Occasions count how often something happens ("the third time", "в
	// третий раз", "للمرة الثالثة", "the second visit this year"): an
	// ordinal next to one counts occasions, not a regular meeting's number.
	Occasions []string `yaml:"occasions"`
	// Steady say a level stayed as it was ("استقرار", "held steady",
	// "сохранилась"): a comparison after a figure they report ("stable at
	// 3.6% compared with June") says the level did not move; it
	// is no basis of another measure.
	Steady []string `yaml:"steady"`
	// RegionNouns name a region of a federation after its name ("Пермский
	// край", "Томская область", "Ханты-Мансийский автономный округ"): a
	// capitalised word right before one, in a figure's clause, makes the
	// figure the region's, as Regions do; "Республика" takes the name after
	// it, when that is no country ("Республика Татарстан").
	RegionNouns []string `yaml:"region_nouns"`
	// Where, opening a figure's clause, refers to the place the clause
	// before names ("… in Manitoba, where the rate was 5%").
	Where []string `yaml:"where"`
	// Subnational name a part of a country right before a place ("إمارة
	// أبوظبي", "the emirate of", "город"): a document that gives its
	// country only so reports that part's figures, not the country's.
	Subnational []string `yaml:"subnational"`
	// Corridor names the rates of a central bank's corridor ("deposit
	// rate"): the key rate where the news names no other.
	Corridor []string `yaml:"corridor"`
	// OnPrevious marks growth on the period before ("quarter on quarter",
	// "в месячном выражении"): not the headline where the news also gives
	// growth on a year before for the same period.
	OnPrevious []string `yaml:"on_previous"`
	// PreviousGrowth names growth on the period before only right before
	// its figure ("quarterly growth of 1.1%", "النمو الفصلي"): elsewhere in
	// the clause it says nothing of another figure's basis.
	PreviousGrowth []string `yaml:"previous_growth"`
	// OnYear marks growth on a year before ("yoy", "على أساس سنوي", "в
	// годовом выражении") for indicators with no basis of their own (GDP):
	// said so, it is the headline of its period over another value.
	OnYear []string `yaml:"on_year"`
	// SeasonallyAdjusted marks growth of seasonally adjusted figures
	// ("when seasonally adjusted", "с исключением сезонного фактора"),
	// which is growth on the period before unless the clause says it is
	// on a year before.
	SeasonallyAdjusted []string `yaml:"seasonally_adjusted"`
	// Streak follows an ordinal that counts periods in a row ("for the
	// third straight month", "للشهر الثالث على التوالي", "третий месяц
	// подряд"): no figure, and no bar between a figure and its date.
	Streak []string `yaml:"streak"`
	// StreakBefore comes right before a period named by an ordinal with
	// no preposition that counts periods in a row ("уже второй квартал":
	// for the second quarter now): no date.
	StreakBefore []string `yaml:"streak_before"`
	// RevisedAfter follows a value the text goes on to revise ("growth of
	// 0.5%, later revising it to 0.7%"): a value since revised.
	RevisedAfter []string `yaml:"revised_after"`
	// Superseded introduces a value since revised ("previously published
	// as 2.9%", "revised from"): not the value.
	Superseded []string `yaml:"superseded"`
	// EarlierVersion opens a correction of the text itself ("An earlier
	// version of this story said", "в первоначальной версии", "في نسخة
	// سابقة من هذا"): the figures of its clause are the ones withdrawn.
	EarlierVersion []string `yaml:"earlier_version"`
	// FromEstimate right after a figure makes it the size of a revision
	// ("0.3% below the initial estimate", "بنحو 0.3% عن التقديرات
	// الأولية"), not a value.
	FromEstimate []string `yaml:"from_estimate"`
	// Thereafter right after a figure puts it after the date named before
	// ("stayed near 2% after that", "وظل في حدود 2% بعد ذلك"): of no
	// period the text names.
	Thereafter []string `yaml:"thereafter"`
	// Exceed are verbs of exceeding that open a clause before its subject
	// ("تخطى معدل التضخم 212%"): the figure is a lower bound, an upper one
	// after a Negation ("لم يتجاوز").
	Exceed   []string `yaml:"exceed"`
	Negation []string `yaml:"negation"`
	// We are the first person plural ("our trade with China"): the country
	// of the leader speaking.
	We []string `yaml:"we"`
	// Cause introduces what a figure is due to ("to 13.25% on higher
	// inflation", "на фоне инфляции"): a cue after it names no label.
	Cause []string `yaml:"cause"`
	// Pace names the rate of a change right before its figure ("contracted
	// at an annualised pace of 2.9%"): a change, though a level word leads in.
	Pace []string `yaml:"pace"`
	// Continuation words open a clause that goes on with the subject of the
	// clause before ("the non-oil economy kept up its pace, recording growth
	// of 6.4%", "محققاً نمواً", "составив"): what qualifies that subject
	// qualifies the figure.
	Continuation []string `yaml:"continuation"`
	// PointsBack opens a sentence about the figure before it ("This rate
	// of growth is lower than …", "هذا المعدل", "этот показатель"): what
	// qualifies that figure qualifies the sentence's.
	PointsBack []string `yaml:"points_back"`
	// Contrast words open a clause about something else even without a
	// comma ("fell to 5.6% a year while prices fell on the month before"):
	// what follows them does not qualify the figure before.
	Contrast []string `yaml:"contrast"`
	// Peak words make a figure the highest (or lowest) of a stretch ("its
	// highest levels, 30% in 2023"): said of a year or quarter, it is no
	// value of that period.
	Peak []string `yaml:"peak"`
	// Force verbs make the noun before them a cause ("high inflation forced
	// the bank to raise it to 50%", "вынудила", "دفع"): that noun is no
	// label of the figure after.
	Force []string `yaml:"force"`
	// YearEnd before a year makes it the year's last month ("ended 2023
	// at 3.9%", "на конец 2023 года"); YearPart makes it a vague part of
	// the year, no calendar period ("mid-2021", "в начале 2023 года").
	YearEnd  []string `yaml:"year_end"`
	YearPart []string `yaml:"year_part"`
	// MonthPart before a month makes it a part of the month ("the first
	// two weeks of February", "النصف الأول من شهر فبراير"): a stretch of
	// time, no calendar period (Mexico's fortnightly inflation).
	MonthPart []string `yaml:"month_part"`
	// OverMonth right before a month makes a rate of prices the change over
	// that month ("инфляция за декабрь — 0,7%"), not the rate on a year
	// before, unless its sentence says the rate is annual.
	OverMonth []string `yaml:"over_month"`
	// ReportNouns name a publication; a qualifier right beside one
	// describes the publication, not the figure ("في تقريره الشهري", "in
	// its monthly report").
	ReportNouns []string `yaml:"report_nouns"`
	// OneCurrency names the share of one currency ("the yuan's share",
	// "доля рубля", "حصة اليوان"): a share in one currency is no share in
	// the national currencies of two countries (unless the other one is
	// named with it: "the share of the ruble and the yuan").
	OneCurrency []string `yaml:"one_currency"`
	// ThreeMonthsTo before a month makes the three months ending with it
	// the period ("in the three months to July": May to July, a stretch;
	// "to June": the second quarter).
	ThreeMonthsTo []string `yaml:"three_months_to"`
	// AsOf are since words that, right after a level a rate reached, say
	// as of when ("ارتفعت إلى 10.5% حتى سبتمبر": the rate as of September),
	// not from when.
	AsOf []string `yaml:"as_of"`
	// FarFrom are comparatives made strong ("well above", "значимо выше")
	// right before a figure: a threshold the value is far from, not the
	// value.
	FarFrom []string `yaml:"far_from"`
	// RateChange right after a percentage says it sizes a change of a
	// growth rate ("a 12% improvement in growth"), not the rate.
	RateChange []string `yaml:"rate_change"`
	// ToLevel is the word of a level reached ("to", "до", "إلى"): before a
	// pace phrase it makes the rate named a level ("slowed to a yearly rate
	// of 4.2%"), not the pace of a change.
	ToLevel []string `yaml:"to_level"`
	// ForPeriod are comparison words that, right after an indicator's name
	// with no figure before them, say which period it is for ("نسبة البطالة
	// عن سنة 2023": the rate for 2023), not what it is compared with.
	ForPeriod []string `yaml:"for_period"`
	// RestrictiveAside opens an aside after an indicator's name that says
	// how it is measured, not what it is ("the index, measured on an annual
	// average basis, rose"): its qualifiers qualify the figure.
	RestrictiveAside []string `yaml:"restrictive_aside"`
	// YearRate, between a quarter named before a quarterly statistic's
	// figure and the figure, says the figure is the whole year's ("the
	// fourth-quarter growth brought annual growth to 2%").
	YearRate []string `yaml:"year_rate"`
	// Markets name what trades on a market, currencies and shares ("the
	// peso", "рубль", "البورصة"): named before a figure whose indicator's
	// cue comes only after it ("the rupee firmed 0.6 percent on the GDP
	// data"), the market is what the figure measures.
	Markets []string `yaml:"markets"`
	// PastPerfect puts a level before the time the text reports ("had
	// stood at 4%", "до этого"): with no date of its own, the level is no
	// value of the day of publication.
	PastPerfect []string `yaml:"past_perfect"`
	// Ending joins a stretch of time to the date it ends at ("the twelve
	// months ending in September", "الاثني عشر شهراً المنتهية في سبتمبر"):
	// the date is the figure's, not the stretch's.
	Ending []string `yaml:"ending"`
	// There refers to the country of the sentence before ("там", "هناك").
	There []string `yaml:"there"`
	// TimeUnits name stretches of time: "a quarter of a century" is no share.
	TimeUnits []string `yaml:"time_units"`
}

// Lexicon is a language's lexicon for the recognizer.
type Lexicon struct {
	// Words lists word forms with what they mean; a later entry for a form
	// adds to what an earlier one said.
	Words []LexWord `yaml:"words"`
	// Phrases lists multi-word expressions by what they mark: hedge, lower,
	// upper, percent, last_year, year_before_last, this_year, next_year,
	// last_month, last_quarter, this_month, month_last, month_before_last,
	// year_to_date, not_quantity, fiscal_before and fiscal_after (the
	// single words before and after "fiscal" used as a noun: "this
	// fiscal", "last fiscal against …").
	Phrases map[string][]string `yaml:"phrases"`
}

// LexWord is one entry of a lexicon: space-separated forms and meanings.
type LexWord struct {
	Forms        string   `yaml:"forms"`
	Number       *float64 `yaml:"number"`        // a cardinal's value …
	Class        string   `yaml:"class"`         // … and its class: unit, teen, ten, hundred, scale, teen_tail
	Ordinal      *float64 `yaml:"ordinal"`       // an ordinal's value …
	OrdinalClass string   `yaml:"ordinal_class"` // … and its class
	Fraction     float64  `yaml:"fraction"`      // half: 0.5
	Denominator  float64  `yaml:"denominator"`   // fifth(s): 5
	Month        int      `yaml:"month"`         // 1–12; -1 for a name read with the word after it
	Weekday      int      `yaml:"weekday"`       // 1 = Sunday … 7 = Saturday
	Duration     string   `yaml:"duration"`      // days, weeks, months, years, hours, times
	Dual         bool     `yaml:"dual"`          // an Arabic dual: two of the thing
	Flags        []string `yaml:"flags"`
}

// Load reads the words of every supported language.
func Load() (map[string]Words, error) {
	out := map[string]Words{}
	for _, code := range Codes() {
		name := "data/" + code + ".yaml"
		b, err := dataFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("language %s: %w", code, err)
		}
		var w Words
		dec := yaml.NewDecoder(bytes.NewReader(b))
		dec.KnownFields(true)
		if err := dec.Decode(&w); err != nil {
			return nil, fmt.Errorf("language data %s: %w", name, err)
		}
		out[code] = w
	}
	return out, nil
}
