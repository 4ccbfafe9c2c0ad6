package indicators

import "strings"

// Indicator is one entry of the indicator catalog. The default catalog is
// configuration (config/defaults.yaml); users add or override entries in
// their own config file without code changes.
type Indicator struct {
	// ID is the stable identifier used in observations, e.g. "policy_rate".
	ID string `mapstructure:"id" yaml:"id" json:"id"`
	// Names holds the display name per language ("en", "ar", "ru").
	Names map[string]string `mapstructure:"names" yaml:"names" json:"names"`
	// Unit is "percent", "ordinal", "days", "months", "currency" (any ISO
	// 4217 code the text names) or a free unit such as "barrels_per_day".
	Unit string `mapstructure:"unit" yaml:"unit" json:"unit"`
	// Kinds lists the quantity kinds the indicator accepts
	// (number, ordinal, percent, money, duration).
	Kinds []string `mapstructure:"kinds" yaml:"kinds" json:"kinds"`
	// Entities is how many countries the indicator is about: 1 or 2.
	Entities int `mapstructure:"entities" yaml:"entities" json:"entities"`
	// Derived indicators are computed from other observations, never read.
	Derived bool `mapstructure:"derived" yaml:"derived" json:"derived"`
	// Cues are the words and phrases per language that tie a quantity to
	// the indicator.
	Cues map[string][]string `mapstructure:"cues" yaml:"cues" json:"cues"`
	// GrowthCues are the cues, per language, that name a quantity whose
	// change is the indicator's value ("GDP grew 2%", "consumer prices fell
	// 0.1%"): a verb of change before the value keeps it, a falling verb
	// makes it negative. After any other cue a verb of change makes the
	// quantity a size of change, not a level, and it is rejected.
	GrowthCues map[string][]string `mapstructure:"growth_cues" yaml:"growth_cues" json:"growth_cues,omitempty"`
	// GrowthBasis, when set, are the words per language one of which must
	// stand in the sentence for a change to be the value ("year on year",
	// "في المئة على أساس سنوي", "в годовом выражении"): "consumer prices
	// rose 0.4% last month" is a monthly change, not annual inflation. With
	// one of them, "inflation rose 2.9% from a year earlier" is the value too.
	GrowthBasis map[string][]string `mapstructure:"growth_basis" yaml:"growth_basis" json:"growth_basis,omitempty"`
	// MonthBasis, when set for a language, are the words one of which must
	// stand in the sentence for a value dated by a month to be kept: in
	// English news a month's GDP figure is on the month before unless the
	// sentence says otherwise ("GDP contracted 0.1% in May"), where Russian
	// news gives it on the year ("ВВП в январе вырос на 3,7%").
	MonthBasis map[string][]string `mapstructure:"month_basis" yaml:"month_basis" json:"month_basis,omitempty"`
	// Context, when set for a language, are the words one of which must
	// stand in the figure's sentence or the one before for the indicator to
	// take it: a share of settlements in national currencies names a
	// currency ("40% of payments are now made by card" is none).
	Context map[string][]string `mapstructure:"context" yaml:"context" json:"context,omitempty"`
	// Exclude are phrases per language that, near the quantity, mean the
	// value is not this indicator (targets, forecasts, changes).
	Exclude map[string][]string `mapstructure:"exclude" yaml:"exclude" json:"exclude,omitempty"`
	// Headline are, per country (ISO code), qualifiers that name that
	// country's headline measure, not a subgroup: Egypt publishes urban
	// inflation as its headline rate ({EG: ["urban", "المدن", "الحضر"]}).
	// They apply where the sentence, or the document, names the country.
	Headline map[string][]string `mapstructure:"headline" yaml:"headline" json:"headline,omitempty"`
	// Negative are verbs per language that, just before the quantity and
	// not followed by "to", make the value negative ("contracted 1.2%").
	Negative map[string][]string `mapstructure:"negative" yaml:"negative" json:"negative,omitempty"`
	// Window is the greatest distance in words between a cue and the
	// quantity; 0 means anywhere in the sentence.
	Window int `mapstructure:"window" yaml:"window" json:"window,omitempty"`
	// Role is what the indicator's values are: RoleStatistic (a published
	// figure), RoleDecision (a rate set on a day), RoleMeeting (the number
	// of a regular meeting), RoleVisit (the length of a visit) or
	// RoleCadence (derived: months between the events of From); "" is a
	// statistic. Decisions,
	// meetings and visits are events: weekdays and "yesterday" date them,
	// where for statistics they only say when a figure was announced.
	Role string `mapstructure:"role" yaml:"role" json:"role,omitempty"`
	// Frequency is the finest period the indicator's values are given for:
	// "month", "quarter" or "year"; "" (or "day") when a day is a period of
	// its own (a share in force, a decision, a visit). A value dated by a
	// finer period is rejected: inflation is never a day's ("annual
	// inflation rose to 2.6%, data showed this week" has no month).
	Frequency string `mapstructure:"frequency" yaml:"frequency" json:"frequency,omitempty"`
	// WrittenPeriod, when set, dates values only by a period the text
	// writes: a level said to stand now ("inflation stands at 4%") is not
	// the publication day's, for a figure published per month is not a
	// day's. Unset, such a level of a monthly statistic (trade "currently
	// at $8 billion") is dated by the publication day.
	WrittenPeriod bool `mapstructure:"written_period" yaml:"written_period" json:"written_period,omitempty"`
	// Basis is what a value is measured against: BasisLevel (the value
	// itself: a rate, a share, an amount, a count), BasisYoY (the change from
	// a year earlier), BasisQoQ or BasisMoM; "" is a level. A series holds
	// one basis, so a line never joins a year-on-year change to a
	// quarter-on-quarter one: growth on another basis is an indicator of
	// its own.
	Basis string `mapstructure:"basis" yaml:"basis" json:"basis,omitempty"`
	// MinValue rejects smaller values (a meeting numbered 1 is no series).
	MinValue float64 `mapstructure:"min_value" yaml:"min_value" json:"min_value,omitempty"`
	// MaxValue rejects larger values (0: no limit): GDP growth of 101.3% is
	// a volume index, not a growth rate.
	MaxValue float64 `mapstructure:"max_value" yaml:"max_value" json:"max_value,omitempty"`
	// IndexBase, when set, reads a percentage above MaxValue and within
	// MaxValue of it, given as the level of the indicator's cue ("ВВП
	// составил 104,1%"), as an index on the period before: its value is
	// the percentage minus IndexBase (4.1).
	IndexBase float64 `mapstructure:"index_base" yaml:"index_base" json:"index_base,omitempty"`
	// From names the read indicator whose dated events a derived indicator
	// is computed from (regular_meeting_interval from regular_meeting_ordinal).
	From string `mapstructure:"from" yaml:"from" json:"from,omitempty"`
	// Units restricts the quantity units accepted (e.g. [days]); empty
	// accepts the indicator's unit, or any currency for "currency".
	Units []string `mapstructure:"units" yaml:"units" json:"units,omitempty"`
}

// The roles of an indicator.
const (
	RoleStatistic = "statistic"
	RoleDecision  = "decision"
	RoleMeeting   = "meeting"
	RoleVisit     = "visit"
	RoleCadence   = "cadence"
)

// The bases of an indicator's values.
const (
	BasisLevel = "level"
	BasisYoY   = "y/y"
	BasisQoQ   = "q/q"
	BasisMoM   = "m/m"
)

// Bases lists the valid bases.
func Bases() []string { return []string{BasisLevel, BasisYoY, BasisQoQ, BasisMoM} }

// Frequencies lists the valid frequencies.
func Frequencies() []string { return []string{"day", "month", "quarter", "year"} }

// Finer reports whether period p ("2025-03-14", "2025-03", "2025-Q1",
// "2025") is finer than the indicator's frequency.
func (in Indicator) Finer(p string) bool {
	switch in.Frequency {
	case "month":
		return len(p) == len("2006-01-02")
	case "quarter":
		return len(p) == len("2006-01-02") || len(p) == len("2006-01") && p[5] != 'Q'
	case "year":
		return len(p) > len("2006")
	}
	return false
}

// Roles lists the valid roles.
func Roles() []string {
	return []string{RoleStatistic, RoleDecision, RoleMeeting, RoleVisit, RoleCadence}
}

// Scale is the multiplier the first word of a free unit names: 1e6 for
// "million barrels per day", 1e3 for "thousand tonnes"; 1 for none. The
// recognizer reads "9.1 million barrels" as 9,100,000; divided by Scale
// the observation's value is in the catalog's unit (9.1).
func (in Indicator) Scale() float64 {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(in.Unit)), " ")
	switch first {
	case "thousand":
		return 1e3
	case "million":
		return 1e6
	case "billion":
		return 1e9
	case "trillion":
		return 1e12
	}
	return 1
}

// IsEvent reports an indicator about a dated event: a decision, a meeting
// or a visit.
func (in Indicator) IsEvent() bool {
	return in.Role == RoleDecision || in.Role == RoleMeeting || in.Role == RoleVisit
}

// Name returns the indicator's name in lang, falling back to English and
// then to the id.
func (in Indicator) Name(lang string) string {
	if n := in.Names[lang]; n != "" {
		return n
	}
	if n := in.Names["en"]; n != "" {
		return n
	}
	return in.ID
}
