package indicators

import (
	"cmp"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/econtrack/econtrack/indicators/lang"
	"github.com/econtrack/econtrack/indicators/quantity"
	"go.yaml.in/yaml/v3"
)

// Doc is one document to extract from.
type Doc struct {
	Path      string    // file name relative to the corpus folder
	Lang      string    // ar, en, ru
	Text      string    // the text; spans index it in code points
	Published time.Time // zero when unknown: periods then stay ""
	// Source is the publication, as the metadata names it ("Sudan Times");
	// a document whose text names no country is about the one its
	// publication's name gives.
	Source string
	// URL is where the document was published: a document whose text names
	// no country is about its outlet's (outlets.yaml).
	URL string
}

// Event is a dated meeting a document reports; consecutive events of one
// pair give the derived meeting cadence.
type Event struct {
	Indicator string // the derived indicator
	Entities  []string
	Month     string // YYYY-MM
	Doc       string
	Published time.Time
	Source    string // the observation key or "DOC#event#PERIOD"
	// Ordinal is the meeting's number ("the 30th meeting"), 0 when the
	// text gives none.
	Ordinal int
}

// Result is what one document yields.
type Result struct {
	Observations []Observation
	Events       []Event
	Warnings     []string
	// Decisions says what became of every quantity (Explain only).
	Decisions []Decision
}

type compiled struct {
	Indicator
	cues, growth, basis, exclude, negative *phraseSet
	units                                  map[string]bool
	headline                               map[string]*phraseSet // per country
	monthBasis                             map[string]*phraseSet // per language
	context                                map[string]*phraseSet // per language
}

// RulesVersion names the extraction rules in code; it is part of
// Fingerprint and changes whenever a change of the rules can change what is
// extracted from a document, so that stores re-read their documents.
const RulesVersion = "2026-12-07.780"

// Extractor ties quantities to indicators. It is safe for concurrent use;
// each call works in its own workspace (scanner and token view).
type Extractor struct {
	inds       []compiled
	derived    []compiled
	gaz        *Gazetteer
	index      *phraseIndex   // every phrase set below, for one pass per document
	workspaces sync.Pool      // *workspace, reused across documents
	w          words          // the function words of every language
	tw         tokenWords     // the word lists a document's tokens are read with
	print      string         // Fingerprint
	fiscal     map[string]int // the month each country's fiscal year begins in (fiscal.yaml)
	outlets    outlets        // the country of news outlets (outlets.yaml)
}

// words are the language data (indicators/lang) compiled for matching; the
// languages are merged, as their folded words do not collide.
type words struct {
	since, arrive, depart, last, compare, attrib, sources, present, future, earlier, anaphor                                                                                                                       *phraseSet
	previously, including, recorded, ofWhich, possessives, standingBodies, olderThan, rateNouns                                                                                                                    *phraseSet
	monthEarlier, weekEarlier, quarterEarlier, level, by, byAfterChange, clauseBy, rise, fall, modality, qualifiers                                                                                                *phraseSet
	subjects, from, rangeJoin, rangeStart, rangeNouns, respectively, there, timeUnits, realis                                                                                                                      *phraseSet
	fromCurrent                                                                                                                                                                                                    *phraseSet
	sameMonth, samePeriod, basisPreps, sameYear, previousYear, previousFiscalYear, previousMonth, tolerance, toleranceAfter, thresholds                                                                            *phraseSet
	backThen, notCompare, takesEffect, streakBefore, revisedAfter                                                                                                                                                  *phraseSet
	asExpected, unexpected, securities, languageNouns, gradually, scheduled, countryNouns, index, relative, centralBank, topic, reached, comparative, lower, effective, levelOf, heldFor, stayedSame, then, before *phraseSet
	topicVerbs, highLevel, jointBodies, wholeOf, comparativeBy, lasts, than, total, changeNouns, fallingNouns, revision                                                                                            *phraseSet
	eventNames, otherCalendar, readAlso, alternative, shareOf, probability, partOf, thisPeriod, ranking, vaguePeriods, each                                                                                        *phraseSet
	breakdown, earlierIn, ended, lastTime, negativeSign, byComparison, disbelief                                                                                                                                   *phraseSet
	chairs, chairedBy, heads, deputy, years, subgroups, nominal, real, stretch, twoCountries                                                                                                                       *phraseSet
	ministers, partner, partnerNouns, decisionNouns, sameDay, restated, elidedEvent, homeCountry, origin, among, goalClause, yearEnding                                                                            *phraseSet
	equivalent, over, and, cities, subnational, locative, corridor, onPrevious, previousGrowth, onYear                                                                                                             *phraseSet
	seasonallyAdjusted, streak, superseded, earlierVersion, fromEstimate, thereafter, exceed, negation, we, cause, pace                                                                                            *phraseSet
	continuation, pointsBack, contrast, peak, force, yearEnd, yearPart, monthPart, overMonth                                                                                                                       *phraseSet
	reportNouns, oneCurrency, threeMonthsTo, asOf, farFrom, rateChange, toLevel, forPeriod, yearRate, markets, pastPerfect, restrictiveAside, ending, offsetBefore, offsetAfter, regions, where                    *phraseSet
	regionNouns, steady, occasions, ratioOf, yearEndBare, likewise, levelCompared, baseYear, following, conditional, estimateOf, complementizer                                                                    *phraseSet
	indexChange, orgHeads, notCues, holdAnnounced, sequel, rangeArticle, firstTime, their, now, overall                                                                                                            *phraseSet
}

//go:embed gazetteer.yaml
var gazetteerYAML []byte

//go:embed leaders.yaml
var leadersYAML []byte

//go:embed fiscal.yaml
var fiscalYAML []byte

//go:embed outlets.yaml
var outletsYAML []byte

// NewExtractor compiles the catalog. It fails on an indicator without an
// id, unit or kinds, or a derived indicator whose source is unknown.
func NewExtractor(catalog []Indicator) (*Extractor, error) {
	gaz, err := ParseGazetteer(gazetteerYAML, leadersYAML)
	if err != nil {
		return nil, fmt.Errorf("built-in gazetteer: %w", err)
	}
	langs, err := lang.Load()
	if err != nil {
		return nil, err
	}
	x := &Extractor{gaz: gaz}
	if err := yaml.Unmarshal(fiscalYAML, &x.fiscal); err != nil {
		return nil, fmt.Errorf("built-in fiscal years: %w", err)
	}
	if err := yaml.Unmarshal(outletsYAML, &x.outlets); err != nil {
		return nil, fmt.Errorf("built-in outlets: %w", err)
	}
	ids := map[string]bool{}
	for _, in := range catalog {
		ids[in.ID] = true
	}
	for _, in := range catalog {
		if in.ID == "" || in.Unit == "" {
			return nil, fmt.Errorf("indicator %q: id and unit are required", in.ID)
		}
		c := compiled{Indicator: in, cues: compileAll(in.Cues), growth: compileAll(in.GrowthCues), basis: compileAll(in.GrowthBasis), exclude: compileAll(in.Exclude), negative: compileAll(in.Negative), units: map[string]bool{}}
		for _, u := range in.Units {
			c.units[u] = true
		}
		c.monthBasis, c.context = perLanguage(in.MonthBasis), perLanguage(in.Context)
		for code, words := range in.Headline {
			if c.headline == nil {
				c.headline = map[string]*phraseSet{}
			}
			c.headline[strings.ToUpper(code)] = compilePhrases(words) // config keys arrive in lower case
		}
		if in.Derived {
			if in.From == "" || !ids[in.From] {
				return nil, fmt.Errorf("indicator %q: derived from unknown indicator %q", in.ID, in.From)
			}
			x.derived = append(x.derived, c)
			continue
		}
		if len(in.Kinds) == 0 {
			return nil, fmt.Errorf("indicator %q: kinds are required", in.ID)
		}
		x.inds = append(x.inds, c)
	}
	merged := func(list func(lang.Words) []string) *phraseSet {
		var all []string
		for _, code := range lang.Codes() {
			all = append(all, list(langs[code])...)
		}
		return compilePhrases(all)
	}
	w := &x.w
	lists := []struct {
		set **phraseSet
		of  func(lang.Words) []string
	}{
		{&w.since, func(l lang.Words) []string { return l.Since }},
		{&w.arrive, func(l lang.Words) []string { return l.Arrive }},
		{&w.depart, func(l lang.Words) []string { return l.Depart }},
		{&w.last, func(l lang.Words) []string { return l.Last }},
		{&w.compare, func(l lang.Words) []string { return l.Compare }},
		{&w.notCompare, func(l lang.Words) []string { return l.NotCompare }},
		{&w.takesEffect, func(l lang.Words) []string { return l.TakesEffect }},
		{&w.streakBefore, func(l lang.Words) []string { return l.StreakBefore }},
		{&w.revisedAfter, func(l lang.Words) []string { return l.RevisedAfter }},
		{&w.topicVerbs, func(l lang.Words) []string { return l.TopicVerbs }},
		{&w.highLevel, func(l lang.Words) []string { return l.HighLevel }},
		{&w.jointBodies, func(l lang.Words) []string { return l.JointBodies }},
		{&w.wholeOf, func(l lang.Words) []string { return l.WholeOf }},
		{&w.comparativeBy, func(l lang.Words) []string { return l.ComparativeBy }},
		{&w.lasts, func(l lang.Words) []string { return l.Lasts }},
		{&w.than, func(l lang.Words) []string { return l.Than }},
		{&w.total, func(l lang.Words) []string { return l.Total }},
		{&w.changeNouns, func(l lang.Words) []string { return l.ChangeNouns }},
		{&w.fallingNouns, func(l lang.Words) []string { return l.FallingNouns }},
		{&w.revision, func(l lang.Words) []string { return l.Revision }},
		{&w.attrib, func(l lang.Words) []string { return l.Attribution }},
		{&w.sources, func(l lang.Words) []string { return l.Sources }},
		{&w.stretch, func(l lang.Words) []string { return l.Stretch }},
		{&w.twoCountries, func(l lang.Words) []string { return l.TwoCountries }},
		{&w.overall, func(l lang.Words) []string { return l.Overall }},
		{&w.equivalent, func(l lang.Words) []string { return l.Equivalent }},
		{&w.over, func(l lang.Words) []string { return l.Over }},
		{&w.and, func(l lang.Words) []string { return l.And }},
		{&w.present, func(l lang.Words) []string { return l.Present }},
		{&w.future, func(l lang.Words) []string { return l.FutureEvent }},
		{&w.earlier, func(l lang.Words) []string { return l.YearEarlier }},
		{&w.anaphor, func(l lang.Words) []string { return l.Anaphora }},
		{&w.level, func(l lang.Words) []string { return l.Level }},
		{&w.by, func(l lang.Words) []string { return l.By }},
		{&w.byAfterChange, func(l lang.Words) []string { return l.ByAfterChange }},
		{&w.clauseBy, func(l lang.Words) []string { return l.ClauseBy }},
		{&w.rise, func(l lang.Words) []string { return l.Rise }},
		{&w.fall, func(l lang.Words) []string { return l.Fall }},
		{&w.modality, func(l lang.Words) []string { return l.Modality }},
		{&w.qualifiers, func(l lang.Words) []string { return l.Qualifiers }},
		{&w.subjects, func(l lang.Words) []string { return l.Subjects }},
		{&w.from, func(l lang.Words) []string { return l.From }},
		{&w.rangeJoin, func(l lang.Words) []string { return l.RangeJoin }},
		{&w.rangeStart, func(l lang.Words) []string { return l.RangeStart }},
		{&w.rangeNouns, func(l lang.Words) []string { return l.RangeNouns }},
		{&w.respectively, func(l lang.Words) []string { return l.Respectively }},
		{&w.there, func(l lang.Words) []string { return l.There }},
		{&w.timeUnits, func(l lang.Words) []string { return l.TimeUnits }},
		{&w.realis, func(l lang.Words) []string { return l.Realis }},
		{&w.fromCurrent, func(l lang.Words) []string { return l.FromCurrent }},
		{&w.sameMonth, func(l lang.Words) []string { return l.SameMonth }},
		{&w.samePeriod, func(l lang.Words) []string { return l.SamePeriod }},
		{&w.basisPreps, func(l lang.Words) []string { return l.BasisPreps }},
		{&w.sameYear, func(l lang.Words) []string { return l.SameYear }},
		{&w.previousYear, func(l lang.Words) []string { return l.PreviousYear }},
		{&w.previousFiscalYear, func(l lang.Words) []string { return l.PreviousFiscalYear }},
		{&w.backThen, func(l lang.Words) []string { return l.BackThen }},
		{&w.tolerance, func(l lang.Words) []string { return l.Tolerance }},
		{&w.toleranceAfter, func(l lang.Words) []string { return l.ToleranceAfter }},
		{&w.thresholds, func(l lang.Words) []string { return l.Thresholds }},
		{&w.countryNouns, func(l lang.Words) []string { return l.CountryNouns }},
		{&w.asExpected, func(l lang.Words) []string { return l.AsExpected }},
		{&w.unexpected, func(l lang.Words) []string { return l.Unexpected }},
		{&w.securities, func(l lang.Words) []string { return l.Securities }},
		{&w.languageNouns, func(l lang.Words) []string { return l.LanguageNouns }},
		{&w.gradually, func(l lang.Words) []string { return l.Gradually }},
		{&w.scheduled, func(l lang.Words) []string { return l.Scheduled }},
		{&w.index, func(l lang.Words) []string { return l.Index }},
		{&w.indexChange, func(l lang.Words) []string { return l.IndexChange }},
		{&w.orgHeads, func(l lang.Words) []string { return l.OrgHeads }},
		{&w.notCues, func(l lang.Words) []string { return l.NotCues }},
		{&w.holdAnnounced, func(l lang.Words) []string { return l.HoldAnnounced }},
		{&w.sequel, func(l lang.Words) []string { return l.Sequel }},
		{&w.rangeArticle, func(l lang.Words) []string { return l.RangeArticle }},
		{&w.firstTime, func(l lang.Words) []string { return l.FirstTime }},
		{&w.previously, func(l lang.Words) []string { return l.Previously }},
		{&w.including, func(l lang.Words) []string { return l.Including }},
		{&w.recorded, func(l lang.Words) []string { return l.Recorded }},
		{&w.ofWhich, func(l lang.Words) []string { return l.OfWhich }},
		{&w.possessives, func(l lang.Words) []string { return l.Possessives }},
		{&w.standingBodies, func(l lang.Words) []string { return l.StandingBodies }},
		{&w.olderThan, func(l lang.Words) []string { return l.OlderThan }},
		{&w.rateNouns, func(l lang.Words) []string { return l.RateNouns }},
		{&w.monthEarlier, func(l lang.Words) []string { return l.MonthEarlier }},
		{&w.weekEarlier, func(l lang.Words) []string { return l.WeekEarlier }},
		{&w.quarterEarlier, func(l lang.Words) []string { return l.QuarterEarlier }},
		{&w.alternative, func(l lang.Words) []string { return l.AlternativeMeasures }},
		{&w.shareOf, func(l lang.Words) []string { return l.ShareOf }},
		{&w.probability, func(l lang.Words) []string { return l.Probability }},
		{&w.partOf, func(l lang.Words) []string { return l.PartOf }},
		{&w.thisPeriod, func(l lang.Words) []string { return l.ThisPeriod }},
		{&w.ranking, func(l lang.Words) []string { return l.Ranking }},
		{&w.vaguePeriods, func(l lang.Words) []string { return l.VaguePeriods }},
		{&w.each, func(l lang.Words) []string { return l.Each }},
		{&w.breakdown, func(l lang.Words) []string { return l.Breakdown }},
		{&w.earlierIn, func(l lang.Words) []string { return l.EarlierIn }},
		{&w.lastTime, func(l lang.Words) []string { return l.LastTime }},
		{&w.negativeSign, func(l lang.Words) []string { return l.NegativeSign }},
		{&w.byComparison, func(l lang.Words) []string { return l.ByComparison }},
		{&w.disbelief, func(l lang.Words) []string { return l.Disbelief }},
		{&w.ended, func(l lang.Words) []string { return l.Ended }},
		{&w.chairs, func(l lang.Words) []string { return l.Chairs }},
		{&w.relative, func(l lang.Words) []string { return l.Relative }},
		{&w.centralBank, func(l lang.Words) []string { return l.CentralBank }},
		{&w.topic, func(l lang.Words) []string { return l.Topic }},
		{&w.reached, func(l lang.Words) []string { return l.Reached }},
		{&w.previousMonth, func(l lang.Words) []string { return l.PreviousMonth }},
		{&w.comparative, func(l lang.Words) []string { return l.Comparative }},
		{&w.lower, func(l lang.Words) []string { return l.Lower }},
		{&w.effective, func(l lang.Words) []string { return l.Effective }},
		{&w.levelOf, func(l lang.Words) []string { return l.LevelOf }},
		{&w.heldFor, func(l lang.Words) []string { return l.HeldFor }},
		{&w.stayedSame, func(l lang.Words) []string { return l.StayedSame }},
		{&w.then, func(l lang.Words) []string { return l.Then }},
		{&w.before, func(l lang.Words) []string { return l.Before }},
		{&w.eventNames, func(l lang.Words) []string { return l.EventNames }},
		{&w.otherCalendar, func(l lang.Words) []string { return l.OtherCalendar }},
		{&w.readAlso, func(l lang.Words) []string { return l.ReadAlso }},
		{&w.chairedBy, func(l lang.Words) []string { return l.ChairedBy }},
		{&w.heads, func(l lang.Words) []string { return l.Heads }},
		{&w.deputy, func(l lang.Words) []string { return l.Deputy }},
		{&w.ministers, func(l lang.Words) []string { return l.Ministers }},
		{&w.years, func(l lang.Words) []string { return l.Years }},
		{&w.subgroups, func(l lang.Words) []string { return l.Subgroups }},
		{&w.nominal, func(l lang.Words) []string { return l.Nominal }},
		{&w.real, func(l lang.Words) []string { return l.Real }},
		{&w.cities, func(l lang.Words) []string { return l.Cities }},
		{&w.subnational, func(l lang.Words) []string { return l.Subnational }},
		{&w.regions, func(l lang.Words) []string { return l.Regions }},
		{&w.regionNouns, func(l lang.Words) []string { return l.RegionNouns }},
		{&w.steady, func(l lang.Words) []string { return l.Steady }},
		{&w.occasions, func(l lang.Words) []string { return l.Occasions }},
		{&w.ratioOf, func(l lang.Words) []string { return l.RatioOf }},
		{&w.yearEndBare, func(l lang.Words) []string { return l.YearEndBare }},
		{&w.likewise, func(l lang.Words) []string { return l.Likewise }},
		{&w.levelCompared, func(l lang.Words) []string { return l.LevelCompared }},
		{&w.baseYear, func(l lang.Words) []string { return l.BaseYear }},
		{&w.following, func(l lang.Words) []string { return l.Following }},
		{&w.conditional, func(l lang.Words) []string { return l.Conditional }},
		{&w.estimateOf, func(l lang.Words) []string { return l.EstimateOf }},
		{&w.complementizer, func(l lang.Words) []string { return l.Complementizer }},
		{&w.their, func(l lang.Words) []string { return l.Their }},
		{&w.now, func(l lang.Words) []string { return l.Now }},
		{&w.where, func(l lang.Words) []string { return l.Where }},
		{&w.locative, func(l lang.Words) []string { return l.Locative }},
		{&w.partner, func(l lang.Words) []string { return l.Partner }},
		{&w.partnerNouns, func(l lang.Words) []string { return l.PartnerNouns }},
		{&w.origin, func(l lang.Words) []string { return l.Origin }},
		{&w.among, func(l lang.Words) []string { return l.Among }},
		{&w.goalClause, func(l lang.Words) []string { return l.GoalClause }},
		{&w.yearEnding, func(l lang.Words) []string { return l.YearEnding }},
		{&w.decisionNouns, func(l lang.Words) []string { return l.DecisionNouns }},
		{&w.sameDay, func(l lang.Words) []string { return l.SameDay }},
		{&w.restated, func(l lang.Words) []string { return l.Restated }},
		{&w.elidedEvent, func(l lang.Words) []string { return l.ElidedEvent }},
		{&w.homeCountry, func(l lang.Words) []string { return l.HomeCountry }},
		{&w.corridor, func(l lang.Words) []string { return l.Corridor }},
		{&w.onPrevious, func(l lang.Words) []string { return l.OnPrevious }},
		{&w.previousGrowth, func(l lang.Words) []string { return l.PreviousGrowth }},
		{&w.onYear, func(l lang.Words) []string { return l.OnYear }},
		{&w.pointsBack, func(l lang.Words) []string { return l.PointsBack }},
		{&w.seasonallyAdjusted, func(l lang.Words) []string { return l.SeasonallyAdjusted }},
		{&w.streak, func(l lang.Words) []string { return l.Streak }},
		{&w.superseded, func(l lang.Words) []string { return l.Superseded }},
		{&w.earlierVersion, func(l lang.Words) []string { return l.EarlierVersion }},
		{&w.thereafter, func(l lang.Words) []string { return l.Thereafter }},
		{&w.fromEstimate, func(l lang.Words) []string { return l.FromEstimate }},
		{&w.exceed, func(l lang.Words) []string { return l.Exceed }},
		{&w.negation, func(l lang.Words) []string { return l.Negation }},
		{&w.we, func(l lang.Words) []string { return l.We }},
		{&w.cause, func(l lang.Words) []string { return l.Cause }},
		{&w.pace, func(l lang.Words) []string { return l.Pace }},
		{&w.continuation, func(l lang.Words) []string { return l.Continuation }},
		{&w.contrast, func(l lang.Words) []string { return l.Contrast }},
		{&w.peak, func(l lang.Words) []string { return l.Peak }},
		{&w.force, func(l lang.Words) []string { return l.Force }},
		{&w.yearEnd, func(l lang.Words) []string { return l.YearEnd }},
		{&w.monthPart, func(l lang.Words) []string { return l.MonthPart }},
		{&w.overMonth, func(l lang.Words) []string { return l.OverMonth }},
		{&w.reportNouns, func(l lang.Words) []string { return l.ReportNouns }},
		{&w.oneCurrency, func(l lang.Words) []string { return l.OneCurrency }},
		{&w.threeMonthsTo, func(l lang.Words) []string { return l.ThreeMonthsTo }},
		{&w.asOf, func(l lang.Words) []string { return l.AsOf }},
		{&w.farFrom, func(l lang.Words) []string { return l.FarFrom }},
		{&w.rateChange, func(l lang.Words) []string { return l.RateChange }},
		{&w.toLevel, func(l lang.Words) []string { return l.ToLevel }},
		{&w.forPeriod, func(l lang.Words) []string { return l.ForPeriod }},
		{&w.yearRate, func(l lang.Words) []string { return l.YearRate }},
		{&w.markets, func(l lang.Words) []string { return l.Markets }},
		{&w.pastPerfect, func(l lang.Words) []string { return l.PastPerfect }},
		{&w.restrictiveAside, func(l lang.Words) []string { return l.RestrictiveAside }},
		{&w.ending, func(l lang.Words) []string { return l.Ending }},
		{&w.offsetBefore, func(l lang.Words) []string { return l.OffsetBefore }},
		{&w.offsetAfter, func(l lang.Words) []string { return l.OffsetAfter }},
		{&w.yearPart, func(l lang.Words) []string { return l.YearPart }},
	}
	sets := make([]*phraseSet, 0, len(lists))
	for _, l := range lists {
		*l.set = merged(l.of)
		sets = append(sets, *l.set)
	}
	x.tw = tokenWords{preps: map[string]bool{}, frozen: map[string]bool{}, abbrev: map[string]abbrevKind{}}
	for _, code := range lang.Codes() {
		for _, p := range langs[code].DatePreps {
			x.tw.preps[quantity.Fold(p)] = true
		}
		for _, f := range langs[code].Frozen {
			x.tw.frozen[quantity.Fold(f)] = true
		}
		for _, a := range langs[code].Articles {
			x.tw.articles = append(x.tw.articles, quantity.Fold(a))
		}
		for _, a := range langs[code].Abbreviations {
			x.tw.abbrev[quantity.Fold(a)] = abbrevName
		}
		for _, a := range langs[code].UnitAbbreviations {
			x.tw.abbrev[quantity.Fold(a)] = abbrevUnit
		}
	}
	for _, c := range append(append([]compiled(nil), x.inds...), x.derived...) {
		sets = append(sets, c.cues, c.growth, c.basis, c.exclude, c.negative)
		for _, code := range slices.Sorted(maps.Keys(c.headline)) {
			sets = append(sets, c.headline[code])
		}
		for _, code := range slices.Sorted(maps.Keys(c.monthBasis)) {
			sets = append(sets, c.monthBasis[code])
		}
		for _, code := range slices.Sorted(maps.Keys(c.context)) {
			sets = append(sets, c.context[code])
		}
	}
	x.index = newPhraseIndex(sets)
	x.tw.index, x.tw.gaz = x.index, gaz
	h := sha256.New()
	fmt.Fprintln(h, RulesVersion)
	json.NewEncoder(h).Encode(catalog)
	json.NewEncoder(h).Encode(langs)
	h.Write(gazetteerYAML)
	h.Write(leadersYAML)
	h.Write(fiscalYAML)
	h.Write(outletsYAML)
	x.print = hex.EncodeToString(h.Sum(nil))[:16]
	return x, nil
}

// Fingerprint identifies what this extractor would extract: the rules
// version, the catalog, the language data and the gazetteer. Observations
// stored under another fingerprint are stale and their documents are read
// again.
func (x *Extractor) Fingerprint() string { return x.print }

// perLanguage compiles the word lists of m per language code, leaving out
// the empty ones; nil when none is left.
func perLanguage(m map[string][]string) map[string]*phraseSet {
	var out map[string]*phraseSet
	for code, words := range m {
		if len(words) == 0 {
			continue
		}
		if out == nil {
			out = map[string]*phraseSet{}
		}
		out[strings.ToLower(code)] = compilePhrases(words)
	}
	return out
}

func compileAll(m map[string][]string) *phraseSet {
	var all []string
	for _, code := range lang.Codes() {
		all = append(all, m[code]...)
	}
	for code, l := range m {
		if !lang.Supported(code) {
			all = append(all, l...)
		}
	}
	return compilePhrases(all)
}

// dateRef is a date quantity with what matters for choosing periods.
type dateRef struct {
	tok      int
	end      int
	period   string
	weekday  bool // a weekday, today or yesterday: when a figure was announced
	since    bool // introduced by since/منذ: the start of a state
	before   bool // introduced by before/قبل: a bound of what is said, no period
	noYear   bool // written without a year
	compared bool // in a comparison ("compared with the same period of last year")
	versus   bool // compared with the date right before it ("March 2025 over March 2024"): the pair labels a figure
	written  bool // its year is written, or taken from a date whose year is
	said     bool // when a statement was made ("said in March that …"), not what it is about
	dateline bool // a page's date at the very start of the document ("date 2023-08-11 …")
	yearEnd  bool // the last month of a year named as its end ("at the end of last year")
	yearTo   bool // the last month or day of twelve months ("the year ended June")
	months   bool // a quarter written from its first to its last month ("с апреля по июнь"): of a monthly rate, three months
	// wholeYear marks a year written from its first to its last month
	// ("January-December 2019").
	wholeYear bool
}

// mention is a country named at a token.
type mention struct {
	tok      int
	code     string
	person   bool // a leader or minister named, standing for the country
	dateline bool // the place of the dateline, where the reporter is
}

// Extract reads one document. An internal error (a panic in a rule) is
// returned as an error naming the document, so one document never takes a
// run down.
//
// Extract stops soon after ctx is done, returning an error that wraps
// ctx.Err(): a run asked to stop does not wait for a long document.
func (x *Extractor) Extract(ctx context.Context, d Doc) (Result, error) {
	return x.extract(ctx, d, false)
}

// Explain reads one document like Extract and also returns, in
// Result.Decisions, what became of every quantity it found.
func (x *Extractor) Explain(ctx context.Context, d Doc) (Result, error) {
	return x.extract(ctx, d, true)
}

func (x *Extractor) extract(ctx context.Context, d Doc, explain bool) (res Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = Result{}, fmt.Errorf("%s: internal error: %v", d.Path, r)
		}
	}()
	ws := x.workspace()
	sc := ws.sc
	qs, err := sc.Scan(ctx, d.Text, quantity.Options{Lang: d.Lang, Ref: d.Published})
	if err != nil {
		x.workspaces.Put(ws)
		return res, fmt.Errorf("%s: %w", d.Path, err)
	}
	if d.Published.IsZero() {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%s: no publication date; relative dates stay unresolved and periods are empty", d.Path))
	}
	st, err := x.newDocState(ctx, d, ws, qs)
	if err != nil {
		x.workspaces.Put(ws)
		return Result{}, fmt.Errorf("%s: %w", d.Path, err)
	}
	st.explain = explain
	qs = st.qs // without the ordinals of a streak
	cands := ws.cands[:0]
	// Figures the document gives for no calendar period ("8.5% in the
	// first half"): said again without a date, they are still that.
	type figureKey struct {
		indicator string
		value     float64
	}
	noPeriod := map[figureKey]bool{}
	meetingQualified := map[figureKey][]string{} // why each numbered meeting was set apart, mention by mention
	for qi, q := range qs {
		if qi%256 == 0 && ctx.Err() != nil {
			x.workspaces.Put(ws)
			return Result{}, fmt.Errorf("%s: %w", d.Path, ctx.Err())
		}
		if q.Kind == quantity.Date {
			continue
		}
		c, dec := st.decide(qi)
		// (Not for events: "a two-day visit" now and another in 2024 are two
		// visits of one common length.)
		if dec.Step == stepPeriod && dec.Indicator != "" && !slices.Contains([]string{RoleVisit, RoleMeeting}, x.role(dec.Indicator)) {
			noPeriod[figureKey{dec.Indicator, q.Value}] = true
		}
		// "the 9th session of the ministers' commission … the 9th session of
		// the commission … during the 9th session": a numbered meeting the
		// text has set apart twice, named again without what qualified it.
		if q.Kind == quantity.Ordinal && dec.Indicator != "" && x.role(dec.Indicator) == RoleMeeting {
			key := figureKey{dec.Indicator, q.Value}
			switch before := meetingQualified[key]; {
			case dec.Step == stepQualifier:
				meetingQualified[key] = append(before, dec.Reason)
			case dec.Step == stepObservation && len(before) >= 2 && before[0] == before[1]:
				dec = Decision{Indicator: dec.Indicator, Step: stepQualifier, Reason: "the meeting named before: " + before[0]}
			}
		}
		if dec.Step == stepObservation {
			c.decision = -1
			if explain {
				c.decision = len(res.Decisions)
			}
			cands = append(cands, c)
			if c.also != "" && c.also != c.obs.Period {
				second := c
				second.obs.Period, second.obs.Entities = c.also, slices.Clone(c.obs.Entities)
				cands = append(cands, second)
			}
			if c.alsoEntity != "" {
				second := c
				second.obs.Entities = []string{c.alsoEntity}
				cands = append(cands, second)
			}
		}
		if explain {
			dec.Doc, dec.Quantity = d.Path, q
			res.Decisions = append(res.Decisions, dec)
		}
	}
	if explain {
		for _, q := range st.streaks {
			res.Decisions = append(res.Decisions, Decision{Doc: d.Path, Quantity: q, Step: stepQualifier, Reason: "an ordinal that counts periods in a row, not a figure"})
		}
	}
	// A corridor's rate ("the deposit rate at 0.5%") after a key rate named
	// otherwise ("the reference rate at 1.5%") is not the key rate; named
	// first ("the overnight deposit rate, … the discount rate"), it is.
	keyRate := map[rateID]int{} // indicator and country → where its first rate named otherwise is
	// Growth on the period before beside growth on a year before for the
	// same period is not the headline.
	onYear := map[obsPeriod]bool{}
	// (The keys are compared pair by pair below: a pair of countries is
	// joined once per document, not at every comparison.)
	pairs := map[[2]string]string{}
	entitiesKey := func(es []string) string {
		if len(es) != 2 {
			return strings.Join(es, ",")
		}
		k, ok := pairs[[2]string(es)]
		if !ok {
			k = es[0] + "," + es[1]
			pairs[[2]string(es)] = k
		}
		return k
	}
	periodKey := func(o Observation) obsPeriod {
		return obsPeriod{o.Indicator, o.Period, entitiesKey(o.Entities)}
	}
	// … nor beside growth on a year before of another quarter of the same
	// country: the document reports on a year-on-year basis, and its
	// growth on the quarter before is the aside (whose quarter it often
	// does not name).
	onYearSeries := map[obsPeriod]bool{}
	seriesKey := func(o Observation) obsPeriod {
		return obsPeriod{indicator: o.Indicator, entities: entitiesKey(o.Entities)}
	}
	// (Only for what a change measures, growth and inflation: "the
	// unemployment rate stabilised at 21.4%, compared with the last
	// quarter" is a level all the same.)
	// (But a document that leads with growth on the quarter before reports
	// on that basis: "GDP grew 0.9% on the previous quarter …; on a year
	// earlier it grew 3.4%" gives both.)
	// (With no yearly growth of its own quarter, the body's lead counts
	// too, past a title that names no basis: "Austria grew 0.3% in Q1"
	// over "grew 0.3% on the quarter before … shrank 0.5% in Q3".)
	type leadFigure struct {
		at         int  // where the series' first figure is
		onPrevious bool // it is quarterly growth on the quarter before
	}
	lead, bodyLead := map[obsPeriod]leadFigure{}, map[obsPeriod]leadFigure{}
	onPrevious := func(c cand) bool {
		in := x.ind(c.obs.Indicator)
		return c.onPrevious && in != nil && (in.growth.len() > 0 || in.basis.len() > 0) && (onYear[periodKey(c.obs)] || onYearSeries[seriesKey(c.obs)]) &&
			!(quarter(c.obs.Period) && (lead[seriesKey(c.obs)].onPrevious || !onYear[periodKey(c.obs)] && bodyLead[seriesKey(c.obs)].onPrevious))
	}
	// Where the first corridor rate of each rate and decision is: "the
	// deposit rate was cut to 17%. … At its meeting before, the bank cut
	// the deposit rate to 18%": each decision names its own first.
	type decisionRate struct {
		rate   rateID
		period string
	}
	firstCorridor := map[decisionRate]int{}
	type indSent struct {
		indicator string
		sent      int
	}
	keyInSentence := map[indSent]bool{}
	sentOf := func(c cand) int { return st.dt.sent[sc.TokenAt(c.obs.Span[0])] }
	for _, c := range cands {
		if !c.corridor {
			keyInSentence[indSent{c.obs.Indicator, sentOf(c)}] = true
		}
		if at, ok := keyRate[rateKey(c.obs)]; !c.corridor && (!ok || c.obs.Span[0] < at) {
			keyRate[rateKey(c.obs)] = c.obs.Span[0]
		}
		if k := (decisionRate{rateKey(c.obs), c.obs.Period}); c.corridor {
			if at, ok := firstCorridor[k]; !ok || c.obs.Span[0] < at {
				firstCorridor[k] = c.obs.Span[0]
			}
		}
		if l, ok := lead[seriesKey(c.obs)]; !ok || c.obs.Span[0] < l.at {
			lead[seriesKey(c.obs)] = leadFigure{c.obs.Span[0], c.onPrevious && quarter(c.obs.Period)}
		}
		if l, ok := bodyLead[seriesKey(c.obs)]; !c.headline && (!ok || c.obs.Span[0] < l.at) {
			bodyLead[seriesKey(c.obs)] = leadFigure{c.obs.Span[0], c.onPrevious && quarter(c.obs.Period)}
		}
		if !c.onPrevious && !c.headline { // a title names no basis
			onYear[periodKey(c.obs)] = true
			if quarter(c.obs.Period) && x.changeByNature(c.obs.Indicator) {
				onYearSeries[seriesKey(c.obs)] = true
			}
		}
	}
	hasKey := func(o Observation) bool { _, ok := keyRate[rateKey(o)]; return ok }
	// The value of each period said to be on the indicator's basis, and
	// the one said to be the whole population's.
	annualValue, totalValue, plainValue := map[obsPeriod]float64{}, map[obsPeriod]float64{}, map[obsPeriod]float64{}
	plainSeries := map[obsPeriod]bool{} // the indicators and countries with a value of the plain measure, any period
	for _, c := range cands {
		// (Not a title that restates a figure the text qualifies: «core
		// inflation 13.1%» titled as «inflation fell to 13.1%».)
		if !c.alternative && c.explicit && !(c.headline && st.qualifierOfValue(c.obs.Indicator, c.obs.Value) != "") {
			plainValue[periodKey(c.obs)] = c.obs.Value
			k := periodKey(c.obs)
			k.period = ""
			plainSeries[k] = true
		}
		// (Nor an alternative measure said to be annual: "nationwide annual
		// inflation" beside the urban rate the country reports.)
		if c.annual && c.explicit && !c.alternative {
			annualValue[periodKey(c.obs)] = c.obs.Value
		}
		// (Not a second measure that covers the whole country: "urban
		// inflation slowed to 12%; nationwide inflation fell to 11.2%"
		// keeps the urban rate, the one the country reports.)
		if c.total && c.explicit && !c.alternative {
			totalValue[periodKey(c.obs)] = c.obs.Value
		}
	}
	// The year's value of each indicator on a year-on-year basis: a month
	// of that year far below it ("96.4% last year … 3.1% in December") is
	// a rate over one month.
	yearValue := map[obsPeriod]float64{}
	for _, c := range cands {
		if in := x.ind(c.obs.Indicator); c.explicit && len(c.obs.Period) == len("2006") && in != nil && in.basis.len() > 0 {
			yearValue[periodKey(c.obs)] = c.obs.Value
		}
	}
	// Where each period's value is first given: "Inflation slowed more in
	// the villages in May. The main rate was 5.0% in May", after the lead
	// gave 5.4% for May, is the group's.
	type placed struct {
		value float64
		at    int
	}
	firstValue := map[obsPeriod]placed{}
	for _, c := range cands {
		if p, ok := firstValue[periodKey(c.obs)]; c.explicit && (!ok || c.obs.Span[0] < p.at) {
			firstValue[periodKey(c.obs)] = placed{c.obs.Value, c.obs.Span[0]}
		}
	}
	// afterGroup reports a statistic c that gives its period another value
	// than an earlier sentence did, right after a sentence with no figure
	// that names the indicator and a group (a qualifier).
	afterGroup := func(c cand) bool {
		p, ok := firstValue[periodKey(c.obs)]
		s := sentOf(c)
		if !ok || !c.explicit || c.total || c.annual || c.headline || p.value == c.obs.Value || s == 0 || st.dt.sent[sc.TokenAt(p.at)] >= s-1 || x.role(c.obs.Indicator) != RoleStatistic {
			return false
		}
		a, b := st.dt.sentence(s - 1)
		in := x.ind(c.obs.Indicator)
		return in != nil && !figureIn(st.qs, a, b) && len(st.dt.find(in.cues, a, b)) > 0 && len(st.dt.find(x.w.qualifiers, a, b)) > 0
	}
	groupSent := map[indSent]bool{} // sentences with a figure afterGroup set aside
	// monthBeside returns the value a price index's move c is far below
	// that the text gives for the same month, or 0: "inflation eased to
	// 7.5% in February … the index rose 0.2% in February" is a move over
	// one month.
	monthBeside := func(c cand) float64 {
		if !c.indexMove || len(c.obs.Period) != len("2006-01") || quarter(c.obs.Period) || c.obs.Value < 0 {
			return 0
		}
		for _, o := range cands {
			if !o.indexMove && o.explicit && periodKey(o.obs) == periodKey(c.obs) && o.obs.Value >= 1 && c.obs.Value < o.obs.Value/5 {
				return o.obs.Value
			}
		}
		return 0
	}
	// yearBeside returns the year's value a month's figure c is far below,
	// or 0.
	yearBeside := func(c cand) float64 {
		if c.annual || len(c.obs.Period) != len("2006-01") || quarter(c.obs.Period) {
			return 0
		}
		o := c.obs
		o.Period = o.Period[:4]
		if v, ok := yearValue[periodKey(o)]; ok && v >= 10 && c.obs.Value >= 0 && c.obs.Value < v/5 {
			return v
		}
		return 0
	}
	// Growth on the period before that the headline growth of its period
	// sets aside, by indicator and value: a title restating it goes too.
	onPrevValue := map[figureKey]bool{}
	type periodValue struct {
		period obsPeriod
		value  float64
	}
	onPrevPeriod := map[periodValue]bool{} // the same figures, by their period too
	for _, c := range cands {
		if onPrevious(c) && !c.headline {
			onPrevValue[figureKey{c.obs.Indicator, c.obs.Value}] = true
			onPrevPeriod[periodValue{periodKey(c.obs), c.obs.Value}] = true
		}
	}
	// A figure on another basis than the indicator's, by indicator and
	// sentence, with where it ends: the figure compared with it is on that
	// basis too ("prices rose 0.6% in September, against 0.56% in August"),
	// unless another figure stands between.
	otherBasis := map[indSent]int{}
	// (So is one it moved from, "slowed to 0.4% in May from 0.7% in
	// April", and the next of a list of them, "… and 0.9% in March".)
	comparedWithOtherBasis := func(c cand) bool {
		end, ok := otherBasis[indSent{c.obs.Indicator, sentOf(c)}]
		tok := sc.TokenAt(c.obs.Span[0])
		return ok && end < tok && !figureIn(qs, end+1, tok) && (len(st.dt.find(x.w.compare, end, tok)) > 0 || len(st.dt.find(x.w.from, end, tok)) > 0 ||
			st.dt.wordsBetween(end, tok) <= 3 && len(st.dt.find(x.w.and, end, tok)) > 0)
	}
	cands = slices.DeleteFunc(cands, func(c cand) bool {
		step, reason := "", ""
		titleOf := ""
		if c.headline {
			titleOf = st.qualifierOfValue(c.obs.Indicator, c.obs.Value)
		}
		roundedOf := ""
		// (A rate decided is exact: "from 8.25% to 8%" moves to 8%, no
		// rounding of 8.25%, unless hedged.)
		if !c.explicit && (x.role(c.obs.Indicator) != RoleDecision || c.obs.Approx) {
			roundedOf = roundedFrom(cands, c)
		}
		// "Rouhani left for Baghdad today, Monday, on a three-day visit. …
		// During this visit, which lasts three days, …": one visit, dated
		// where it is named first, unless its own sentence dates it (a
		// second visit of the same length has a date of its own).
		visitOf := ""
		if !c.ownDate && x.role(c.obs.Indicator) == RoleVisit {
			visitOf = datedElsewhere(cands, c, func(o cand) bool { return o.obs.Span[0] < c.obs.Span[0] })
		}
		// "India's economy grew 8.4% in the second quarter" over "8.4% in
		// the second quarter of fiscal 2021-22": the body dates the figure.
		bodyOf := ""
		if c.headline {
			bodyOf = datedElsewhere(cands, c, func(o cand) bool { return !o.headline })
		}
		yearOf, monthOf := yearBeside(c), monthBeside(c)
		switch {
		case (!c.explicit || c.lead || c.headline && c.obs.Bound != "" || !c.ownDate && len(c.obs.Period) == len("2006-01-02")) && noPeriod[figureKey{c.obs.Indicator, c.obs.Value}]:
			// (Also a title's threshold the text gives for no calendar
			// period: a title "Prices slip under 12% in May" over a body
			// that dates "under twelve per cent" by a week of May.)
			// (And a figure dated only by a day another line names, a page's
			// date line, that the text gives again for January–June.)
			step, reason = stepPeriod, "the same figure is given elsewhere for no calendar period"
		case c.corridor && (keyBefore(keyRate, c.obs) || keyInSentence[indSent{c.obs.Indicator, sentOf(c)}]):
			// "cut the repo rate from 4.25% to 3.25%, and the main rate to
			// 2.50%": the corridor beside the key rate, before or after it.
			step, reason = stepQualifier, "a rate of the corridor beside the key rate"
		case c.corridor && !hasKey(c.obs) && firstCorridor[decisionRate{rateKey(c.obs), c.obs.Period}] < c.obs.Span[0]:
			// "the overnight deposit rate … at 8.25%. The discount rate was
			// also kept at 8.75%": the rate named first is the key one.
			step, reason = stepQualifier, "a rate of the corridor after the one named first"
		case x.role(c.obs.Indicator) == RoleDecision && !c.ownDate && !c.corridor && slices.ContainsFunc(cands, func(o cand) bool {
			return !o.corridor && o.obs.Span[0] < c.obs.Span[0] && periodKey(o.obs) == periodKey(c.obs) && o.obs.Value != c.obs.Value && sentOf(o) != sentOf(c) && (o.ownDate || o.obs.Confidence > c.obs.Confidence)
		}):
			// "The bank lifted its main rate to 7.75% on Thursday. … In the
			// autumn it first took it to 5%, then to 6%": a bank sets one
			// rate a day; another one the text dates by nothing after the
			// decision it reports, in another sentence, is an earlier
			// step ("from 4.5% to 6.5%" stays: the step before it).
			step, reason = stepPeriod, "another rate for the day of a decision the text reported before, with no date of its own"
		case c.obs.Bound != "" && pointBeside(cands, c, func(o cand) bool { return sentOf(o) == sentOf(c) }):
			// "fell below 3% for the first time in October, when it
			// stood at 2.9%": a threshold crossed, the level beside it.
			step, reason = stepPrevious, "a threshold the level given beside it crossed"
		case onPrevious(c):
			step, reason = stepQualifier, "growth on the period before, beside the headline growth of the period"
		case c.headline && st.shortChange[figureSize{c.obs.Indicator, math.Abs(c.obs.Value)}]:
			// "Chile's inflation hits 0.8% in March" over "prices rose 0.8%
			// on the month and 4.9% on a year earlier".
			step, reason = stepChange, "a title restating a change over a shorter span the text gives"
		case c.headline && onPrevValue[figureKey{c.obs.Indicator, c.obs.Value}]:
			step, reason = stepQualifier, "a title restating growth on the period before, which the text sets beside the headline growth"
		case !c.annual && onPrevPeriod[periodValue{periodKey(c.obs), c.obs.Value}]:
			// "Chile’s economy growth slowed to 0.4% in Q4 2024. … a 0.4%
			// increase from the third quarter": said again with its basis.
			step, reason = stepQualifier, "growth on the period before, its basis said where the text gives it again"
		case !c.annual && !c.total && c.explicit && differsFrom(annualValue, periodKey(c.obs), c.obs.Value):
			// (The whole country's figure is not overruled by an annual
			// one of a part the text put down to the country: "Годовая
			// инфляция составила 5,23% что ниже, чем в целом по стране
			// (5,59%)".)
			step, reason = stepQualifier, "another value for the period than the one said to be on the indicator's basis"
			otherBasis[indSent{c.obs.Indicator, sentOf(c)}] = sc.TokenAt(c.obs.Span[1] - 1)
		case yearOf > 0:
			// "Consumer prices rose 96.4 percent last year … Inflation
			// totalled 3.1 percent in December": no rate over twelve months
			// of that year.
			step, reason = stepQualifier, fmt.Sprintf("a rate over one month, far below the year's %v%%", yearOf)
		case afterGroup(c):
			step, reason = stepQualifier, "another value for the period than the text gave before, right after a sentence about a group"
			groupSent[indSent{c.obs.Indicator, sentOf(c)}] = true
		case groupSent[indSent{c.obs.Indicator, sentOf(c)}]:
			// "… 3.8% in April while the same was 4.4% in March".
			step, reason = stepQualifier, "in the sentence of a group's figure, after it"
		case monthOf > 0:
			step, reason = stepQualifier, fmt.Sprintf("a move of the index over one month, far below the month's %v%%", monthOf)
		case !c.total && c.explicit && differsFrom(totalValue, periodKey(c.obs), c.obs.Value):
			step, reason = stepQualifier, "another value for the period than the one said to be the whole population's"
		case c.headline && slices.ContainsFunc(cands, func(o cand) bool {
			return !o.headline && !o.annual && !o.total && o.explicit && o.obs.Value == c.obs.Value && periodKey(o.obs) == periodKey(c.obs) && differsFrom(annualValue, periodKey(o.obs), o.obs.Value)
		}):
			// "January inflation hits 2.9% and 12-month rate reaches 32.4%"
			// over a body that gives the 2.9% without that basis.
			step, reason = stepQualifier, "a title restating a value the text sets beside the one on the indicator's basis"
		case c.alternative && c.explicit && differsFrom(plainValue, periodKey(c.obs), c.obs.Value):
			step, reason = stepQualifier, "an alternative measure beside another value the text gives for the period"
		case c.alternative && c.explicit && plainSeries[obsPeriod{c.obs.Indicator, "", entitiesKey(c.obs.Entities)}]:
			// "Urban inflation eased to 26.5% in October. Nationwide
			// inflation slowed to 25.5% from 26.4% in September": one
			// series holds one measure, the one the text reports.
			step, reason = stepQualifier, "an alternative measure in a text that gives the measure the country reports"
		case !c.annual && comparedWithOtherBasis(c):
			step, reason = stepQualifier, "compared with a figure on another basis than the indicator's"
			otherBasis[indSent{c.obs.Indicator, sentOf(c)}] = sc.TokenAt(c.obs.Span[1] - 1)
		case titleOf != "":
			// "Oman's GDP down 9.5%" over "GDP at current prices fell 9.5%":
			// a title restating a figure the body qualifies.
			step, reason = stepQualifier, "a title restating the figure the text says is of "+titleOf
		case roundedOf != "":
			step, reason = stepPeriod, "a rounded restatement of the figure given for "+roundedOf
		case visitOf != "":
			step, reason = stepPeriod, "the visit named before, dated "+visitOf
		case bodyOf != "":
			step, reason = stepPeriod, "a title restating the figure the text gives for "+bodyOf
		case differenceOf(cands, c):
			step, reason = stepChange, "the difference between two figures of the document: a change, not a level"
		}
		if step != "" && c.decision >= 0 {
			dec := &res.Decisions[c.decision]
			dec.Step, dec.Reason, dec.Observation = step, reason, nil
		}
		return step != ""
	})
	// Growth on the period before that no growth of the period sets aside
	// is kept with its basis, so that no line joins it to year-on-year
	// growth.
	for i := range cands {
		if c := &cands[i]; c.onPrevious && x.changeByNature(c.obs.Indicator) {
			c.obs.Basis = BasisMoM
			if quarter(c.obs.Period) {
				c.obs.Basis = BasisQoQ
			}
		}
	}
	var second []setAside
	res.Observations, second = headlineValues(mergeRepeats(cands, st.pub, func(ind string) bool { return x.role(ind) == RoleDecision }))
	res.Events = x.events(d, st.dt, st.dates, st.ments, st.pair, res.Observations)
	if explain {
		// A merged repeat points at the observation it joined; one that
		// joined a second value of its point is rejected with it.
		for i := range res.Decisions {
			dec := &res.Decisions[i]
			if dec.Observation == nil {
				continue
			}
			byKey := func(o Observation) bool { return o.Key() == dec.Observation.Key() }
			byClaim := func(o Observation) bool { return sameClaim(o, *dec.Observation) }
			k := slices.IndexFunc(res.Observations, byKey)
			s := slices.IndexFunc(second, func(a setAside) bool { return byKey(a.obs) })
			if k < 0 && s < 0 {
				k = slices.IndexFunc(res.Observations, byClaim)
			}
			if k < 0 && s < 0 {
				s = slices.IndexFunc(second, func(a setAside) bool { return byClaim(a.obs) })
			}
			switch {
			case k >= 0:
				o := res.Observations[k]
				dec.Observation = &o
			case s >= 0:
				dec.Step, dec.Observation = stepHeadline, nil
				dec.Reason = "the text gives " + strconv.FormatFloat(second[s].first, 'f', -1, 64) + " for the same indicator, countries and period before it"
			}
		}
	}
	// A workspace is reused only after a clean pass: a panic above leaves
	// it to the garbage collector.
	clear(cands[:cap(cands)])
	ws.cands = cands[:0]
	x.workspaces.Put(ws)
	return res, nil
}

// workspace is the memory one document's extraction works in: the
// scanner and the token view, reused from document to document.
type workspace struct {
	sc    *quantity.Scanner
	dt    docTokens
	cands []cand   // extract's candidates, emptied before the workspace goes back
	st    docState // the document's state; its maps are reused
}

// workspace returns a workspace from the pool, or a new one.
func (x *Extractor) workspace() *workspace {
	if ws, ok := x.workspaces.Get().(*workspace); ok {
		return ws
	}
	return &workspace{sc: quantity.NewScanner()}
}

// keyBefore reports a key rate of the same country named otherwise before
// observation o (Morocco's key rate says nothing of Egypt's corridor).
func keyBefore(keyRate map[rateID]int, o Observation) bool {
	at, ok := keyRate[rateKey(o)]
	return ok && at < o.Span[0]
}

// namedBefore returns the mentions of the nearest of the three sentences
// before sentence sent that names a country or a person, or nil.
func namedBefore(dt *docTokens, ments []mention, sent int) []mention {
	for s := sent - 1; s >= 0 && s >= sent-3; s-- {
		if named := inSentences(dt, ments, mentionTok, s, s+1); len(named) > 0 {
			return named
		}
	}
	return nil
}

// rateID names a rate by its indicator and countries (a policy rate has
// one, a pair's two).
type rateID struct{ indicator, first, second string }

// rateKey keys a rate by its indicator and country.
func rateKey(o Observation) rateID {
	id := rateID{indicator: o.Indicator}
	if len(o.Entities) > 0 {
		id.first = o.Entities[0]
	}
	if len(o.Entities) > 1 {
		id.second = o.Entities[1]
	}
	return id
}

// decimals is the number of decimal places v is written with.
func decimals(v float64) int {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

// roundTo rounds v to d decimal places.
func roundTo(v float64, d int) float64 {
	p := math.Pow10(d)
	return math.Round(v*p) / p
}

// sameSeries reports two candidates of one indicator, unit and entities.
func sameSeries(a, b cand) bool {
	return a.obs.Indicator == b.obs.Indicator && a.obs.Unit == b.obs.Unit && slices.Equal(a.obs.Entities, b.obs.Entities)
}

// pointBeside reports a point value of c's series and period that agrees
// with c's bound, in a candidate where accepts.
func pointBeside(cands []cand, c cand, where func(cand) bool) bool {
	return slices.ContainsFunc(cands, func(o cand) bool {
		return o.obs.Bound == "" && sameSeries(o, c) && o.obs.Period == c.obs.Period && where(o) && withinBound(c.obs, o.obs.Value)
	})
}

// withinBound reports a value v that agrees with o's bound: above "more
// than" o's value, below "less than" it.
func withinBound(o Observation, v float64) bool {
	return o.Bound == "upper" && v < o.Value || o.Bound == "lower" && v > o.Value
}

// roundedFrom returns the period of a dated figure that c, undated,
// restates rounded ("jumps to 98.8%" over "98.81% in April"; "about $48
// billion" over "more than $48.5 billion in 2022"; "exceeded $400 million"
// over "$476.5 million in 2022", a bound it lies past by less than the
// bound's last digit), or "".
func roundedFrom(cands []cand, c cand) string {
	unit := precision(c.obs.Value)
	for _, o := range cands {
		if !o.explicit || !sameSeries(o, c) || precision(o.obs.Value) >= unit {
			continue
		}
		// (Not a value half as large or less: "$5 billion" is no rounding
		// of "$10 billion".)
		if math.Abs(o.obs.Value-c.obs.Value) >= math.Abs(c.obs.Value)/2 {
			continue
		}
		if math.Abs(math.Round(o.obs.Value/unit)*unit-c.obs.Value) < unit/1000 || (c.obs.Approx || withinBound(c.obs, o.obs.Value)) && math.Abs(o.obs.Value-c.obs.Value) < unit {
			return o.obs.Period
		}
	}
	return ""
}

// precision is the place value of the last digit v is written with: 0.01
// for 98.81, 1 for 10 (a rate), 1e9 for 48,000,000,000 (a sum written "48
// billion": trailing zeros count only from a million up).
func precision(v float64) float64 {
	if d := decimals(v); d > 0 {
		return math.Pow10(-d)
	}
	p := 1.0
	for math.Abs(v) >= 1e6 && math.Mod(v, p*10) == 0 {
		p *= 10
	}
	return p
}

// role returns the role of the indicator id, or "".
func (x *Extractor) role(id string) string {
	if in := x.ind(id); in != nil {
		return in.Role
	}
	return ""
}

// ind is the read indicator id, or nil.
func (x *Extractor) ind(id string) *compiled {
	if i := slices.IndexFunc(x.inds, func(in compiled) bool { return in.ID == id }); i >= 0 {
		return &x.inds[i]
	}
	return nil
}

// datedElsewhere returns the period that another figure of c's series and
// value, one that where accepts, is explicitly given when it differs from
// c's, or "".
func datedElsewhere(cands []cand, c cand, where func(cand) bool) string {
	for _, o := range cands {
		if o.explicit && sameSeries(o, c) && o.obs.Value == c.obs.Value && o.obs.Period != c.obs.Period && where(o) {
			return o.obs.Period
		}
	}
	return ""
}

// differenceOf reports a figure that is the difference between two other
// figures of its series said before it in the document, the later of the
// same period: "inflation rose to 98.81% in April from 81.64% in March …
// rose by 17.17%" — a change worded like a level.
func differenceOf(cands []cand, c cand) bool {
	if c.obs.Value == 0 {
		return false
	}
	// The other figures of c's series; a second value for c's own period is
	// rare, so the pairs stay few.
	var series, own []cand
	for _, o := range cands {
		if o.obs.Span[0] < c.obs.Span[0] && sameSeries(o, c) {
			series = append(series, o)
			if o.obs.Period == c.obs.Period && o.obs.Value != c.obs.Value {
				own = append(own, o)
			}
		}
	}
	d := decimals(c.obs.Value)
	for _, a := range own {
		for _, b := range series {
			if b.obs.Period != a.obs.Period && roundTo(a.obs.Value-b.obs.Value, d) == c.obs.Value {
				return true
			}
		}
	}
	return false
}

// differsFrom reports a value of the period of key in values (said to be
// on the indicator's basis, or the whole population's) that is not v.
func differsFrom(values map[obsPeriod]float64, key obsPeriod, v float64) bool {
	a, ok := values[key]
	return ok && a != v
}

// obsPeriod names an indicator's series (indicator and entities joined
// with commas) and, where set, one of its periods: a map key that
// allocates nothing for a single country.
type obsPeriod struct{ indicator, period, entities string }

// cand is a quantity that passed every step, before repeats are merged.
type cand struct {
	obs      Observation
	explicit bool   // its period was written, not the publication date
	also     string // a second period the same value is given for ("in August and September")
	// alsoEntity is a second country the same value is given for
	// ("Portugal and Greece each grew 1.2%").
	alsoEntity string
	decision   int  // index of its decision in Result.Decisions, or -1
	lead       bool // its period is the lead's month, not its own: a dated repeat wins
	corridor   bool // its cue names a rate of a corridor ("deposit rate")
	// onPrevious marks growth on the period before ("quarter on quarter").
	onPrevious bool
	// annual marks a figure said to be on the indicator's basis ("annual
	// inflation"): where the document gives two values for a period, the
	// one on that basis is the indicator's.
	annual bool
	// total marks a figure said to be of the whole population ("the total
	// unemployment rate"): another value of its period is a group's.
	total bool
	// alternative marks a figure of a second measure ("the harmonised
	// rate"): another value of its period is the indicator's.
	alternative bool
	// headline marks a figure of the document's first sentence (its title).
	headline bool
	// ownDate marks a period its own sentence gives the figure.
	ownDate bool
	// indexMove marks the move of a price index its clause names ("the
	// index rose 0.2%"), on no basis of its own.
	indexMove bool
}

// sameClaim reports whether b repeats claim a (the merge rule of mergeRepeats).
func sameClaim(a, b Observation) bool { return claimKey(a) == claimKey(b) }

// claim identifies a claim: indicator, value, unit, bound and entities
// (joined with commas); comparable, it keys maps without allocating for a
// single country.
type claim struct {
	indicator, unit, bound, entities string
	value                            float64
}

// claimKey is o's claim (-0 repeats 0: == holds them equal).
func claimKey(o Observation) claim {
	return claim{o.Indicator, o.Unit, o.Bound, strings.Join(o.Entities, ","), o.Value}
}

// mergeRepeats makes one claim stated again one observation with more
// mentions; a restatement without a date joins the dated statement. A
// meeting's number names one meeting: dated by the publication day (a
// headline's announcement) and by another day, it is of the other.
func mergeRepeats(cands []cand, pub string, decision func(indicator string) bool) []Observation {
	var out []Observation
	if len(cands) > 0 {
		out = make([]Observation, 0, len(cands))
	}
	var outExplicit, outLead []bool
	byClaim := map[claim][]int{} // claimKey without the bound → indices in out, in order
	for _, c := range cands {
		merged := false
		bound := c.obs.Bound
		c.obs.Bound = ""
		key := claimKey(c.obs)
		c.obs.Bound = bound
		c.explicit = c.explicit && !c.lead
		for _, k := range byClaim[key] {
			o := &out[k]
			// "Consumer prices rose 2.5% (in the lead's December). …
			// Inflation for 2019 was 2.5%": a month the lead dates and a
			// year the text names are two claims of one value.
			if (c.lead && outExplicit[k] || outLead[k] && c.explicit) && len(o.Period) != len(c.obs.Period) {
				continue
			}
			// (So is a meeting dated by a month and by a day of it.)
			nested := strings.HasPrefix(c.obs.Period, o.Period+"-") || strings.HasPrefix(o.Period, c.obs.Period+"-")
			meeting := o.Unit == "ordinal" && (pub != "" && (o.Period == pub || c.obs.Period == pub) || nested)
			// "96%" and "more than 96%" are one claim, the bound said once
			// is kept; two different bounds are two claims.
			if o.Bound != c.obs.Bound && o.Bound != "" && c.obs.Bound != "" {
				continue
			}
			// "The bank held its key rate at 11% [today]. … It cut the
			// rate to 11% on 31 July": the level on two days.
			// (Not a day of the week before: "maintains the rate at 4.75%
			// … On Thursday, it maintained the rate at 4.75%" is one
			// decision.)
			// A decision dated by its month and by a day of it is one:
			// "lowered its rate in March, to 4.5% … on 12 March".
			dayOfMonth := decision(o.Indicator) && nested && len(o.Period) != len(c.obs.Period)
			if decision(o.Indicator) && o.Period != c.obs.Period && (o.Period == pub || c.obs.Period == pub) && !withinWeekBefore(c.obs.Period, pub) && !withinWeekBefore(o.Period, pub) && !dayOfMonth {
				continue
			}
			if dayOfMonth && len(c.obs.Period) > len(o.Period) {
				o.Period = c.obs.Period
			}
			if o.Period == c.obs.Period || !c.explicit || !outExplicit[k] || meeting || dayOfMonth {
				if o.Bound == "" {
					o.Bound = c.obs.Bound
				}
				// (Not a meeting's day for the year it is in: "on Friday, the
				// 48th meeting … The 48th meeting set goals for 2025".)
				coarser := outExplicit[k] && strings.HasPrefix(o.Period, c.obs.Period+"-")
				if (!outExplicit[k] && c.explicit || meeting && o.Period == pub) && !coarser {
					o.Period = c.obs.Period
					outExplicit[k] = true
				}
				o.Mentions++
				o.Approx = o.Approx || c.obs.Approx
				o.Confidence = math.Min(1, math.Max(o.Confidence, c.obs.Confidence)+0.05)
				if o.Speaker == "" {
					o.Speaker = c.obs.Speaker
				}
				merged = true
				break
			}
		}
		if !merged {
			byClaim[key] = append(byClaim[key], len(out))
			out = append(out, c.obs)
			outExplicit = append(outExplicit, c.explicit)
			outLead = append(outLead, c.lead)
		}
	}
	return out
}

// headlineValues keeps one value for each point a document gives more
// than one for (indicator, countries, period, unit, basis and bound): the
// one it gives first. News gives its headline figure first; a second
// value for the same point is another measure, a revision or a group the
// steps before did not recognise. Two values that two named speakers
// give are two claims, kept side by side. obs is in text order, as
// mergeRepeats returns it (candidates are decided quantity by quantity, and
// a merged repeat keeps the span of its first statement). It returns the
// observations kept, in order, and the second values it set aside.
func headlineValues(obs []Observation) (kept []Observation, second []setAside) {
	if len(obs) < 2 {
		return obs, nil
	}
	samePoint := func(a, b *Observation) bool {
		return a.Indicator == b.Indicator && a.Period == b.Period && a.Unit == b.Unit && a.Basis == b.Basis && a.Bound == b.Bound && slices.Equal(a.Entities, b.Entities)
	}
	// first holds, per observation, the index of the kept value it is set
	// aside for, or -1; it stays nil until one is set aside.
	var first []int
	for i := range obs {
		o := &obs[i]
		if o.Derived() {
			continue
		}
		for k := range i {
			if p := &obs[k]; !p.Derived() && (first == nil || first[k] < 0) && samePoint(p, o) && (o.Speaker == "" || p.Speaker == "" || p.Speaker == o.Speaker) {
				if first == nil {
					first = make([]int, len(obs))
					for j := range first {
						first[j] = -1
					}
				}
				first[i] = k
				break
			}
		}
	}
	if first == nil {
		return obs, nil
	}
	kept = make([]Observation, 0, len(obs))
	for i, o := range obs {
		if first[i] < 0 {
			kept = append(kept, o)
		} else {
			second = append(second, setAside{o, obs[first[i]].Value})
		}
	}
	return kept, second
}

// setAside is a second value of a point and the value given first.
type setAside struct {
	obs   Observation
	first float64
}

// equivalentAt reports that the sum at token tok restates the sum ending
// at token end in another currency, at most gap tokens on: in brackets
// right after it ("23 billion New Zealand dollars (16.1 billion US
// dollars)") or past a word of equivalence ("…, equivalent to $2.6
// billion").
func (x *Extractor) equivalentAt(dt *docTokens, end, tok, gap int) bool {
	return tok-end <= gap && (tok == end+1 && dt.sc.Punct(end) == '(' || len(dt.find(x.w.equivalent, end, tok)) > 0)
}

// withinWeekBefore reports a day p in the seven days before day pub.
func withinWeekBefore(p, pub string) bool {
	d, err1 := time.Parse("2006-01-02", p)
	t, err2 := time.Parse("2006-01-02", pub)
	return err1 == nil && err2 == nil && d.Before(t) && t.Sub(d) <= 7*24*time.Hour
}

// accepts reports whether q is of a kind and unit the indicator takes.
func (in *compiled) accepts(q quantity.Quantity) bool {
	ok := false
	for _, k := range in.Kinds {
		if string(q.Kind) == k {
			ok = true
		}
	}
	if !ok {
		return false
	}
	switch {
	case len(in.units) > 0:
		return in.units[q.Unit]
	case in.Unit == "currency":
		return q.Kind == quantity.Money
	case q.Kind == quantity.Percent:
		return q.Unit == "percent"
	case q.Kind == quantity.Duration:
		return q.Unit == in.Unit
	}
	return true
}

// cueScore is the distance from the quantity to the nearest cue in its
// sentence (lower is better) and that cue's tokens. Cues after the quantity
// count only in its clause or just past a comma ("99% of settlements",
// "the thirtieth, meeting"), and as farther; cues in another clause count
// as farther.
//
// sameKindIn reports a figure of the quantity's kind in tokens [a, b).
func (in *compiled) cueScore(dt *docTokens, qTok, qEnd, from, to int, preposed func(tok int) bool, sameKindIn func(a, b int) bool, w *words) (float64, [2]int, bool) {
	best := math.MaxFloat64
	var at [2]int
	for _, m := range dt.find(in.cues, from, to) {
		var dist float64
		raw := 0
		switch {
		case m[1] <= qTok && preposed(m[0]):
			continue // "6.2% of the labour force": a cue that starts with a preposition labels the figure before it
		case m[1] <= qTok && len(dt.find(w.force, m[1], qTok)) > 0:
			continue // "high inflation forced the bank to raise it to 50%": a cause
		case m[1] <= qTok && slices.ContainsFunc(dt.find(w.cause, m[1], qTok), func(c [2]int) bool {
			// (Not past a figure, a comma or "and": "stoked by a currency
			// crisis and it touched a record 38%".)
			return !sameKindIn(m[1], c[0]) && dt.cl[c[1]] == dt.cl[qTok] && !dt.punctIn(',', c[1], qTok) && !dt.punctIn('،', c[1], qTok) && len(dt.find(w.and, c[1], qTok)) == 0 &&
				len(dt.find(w.rise, c[1], qTok)) == 0 && len(dt.find(w.fall, c[1], qTok)) == 0 && len(dt.find(w.level, c[1], qTok)) == 0
		}):
			continue // "inflation picked up, driven by the 1.4% increase in food costs": the cause's figure
		case m[1] <= qTok && dt.dashAside(m[0], m[1], from, qTok):
			continue // "inflation – which measures how fast prices rise across the economy – is at 2.5%"
		case m[1] <= qTok && dt.cl[m[0]] != dt.cl[qTok] && relativeAside(dt, w, m[0], from, qTok):
			continue // "Household demand, which makes up two thirds of Korea's economy, slipped 1.3%" ("…, на долю которых …"): the aside describes the subject
		case m[1] <= qTok:
			// "Youth unemployment rate (age 15 – 24 years) … is 23.3%": a
			// bracketed aside is no distance.
			raw = qTok - m[1] - dt.bracketed(m[1], qTok)
			dist = float64(raw)
		case m[0] >= qEnd:
			raw = m[0] - qEnd
			if raw > max(14, in.Window) || dt.cl[m[0]] != dt.cl[qTok] && raw > 2 {
				continue
			}
			if slices.ContainsFunc(dt.find(w.cause, qEnd, m[1]), func(c [2]int) bool { return c[0] < m[0] }) {
				continue // "raised the rate to 13.25% on higher inflation", "cut it to 2.5% as inflation eased": a cause, not a label
			}
			if len(dt.find(w.contrast, qEnd, m[0])) > 0 {
				continue // "has stood at 2.5% even as consumer prices slipped": another clause's subject
			}
			if len(dt.find(w.following, qEnd, m[0])) > 0 {
				continue // "raised its rate to a record 9% after inflation slowed": the subject of what came before
			}
			if dt.cl[m[0]] != dt.cl[qTok] && sameKindIn(m[1], dt.clauseEnd(m[0])) {
				continue // "… опустилась ниже 8%, безработица составила 2,2%": the next clause's own
			}
			if dt.cl[m[0]] != dt.cl[qTok] && len(dt.find(w.and, qEnd, m[0])) > 0 {
				continue // "снизил ставку … до 21,5%, а ВВП вырос на 6,3%": the next item's subject
			}
			if len(dt.find(w.and, qEnd, m[0])) > 0 && dt.numberIn(m[1], min(to, m[1]+3)) {
				continue // "the highest at 61.5% and the jobless rate at 8.2%": the figure after it is the one it labels
			}
			if in.Role == RoleStatistic && sameKindIn(m[1], min(to, m[1]+3)) {
				continue // "…، وبنسبة 1.5% سنة 2022 مع توقعات نمو بنسبة 0.4%": the figure right after it is the one it labels
			}
			dist = float64(raw)*1.5 + 1
			// "the country recorded 7.2% of inflation in May": a cue
			// joined to the figure by "of" names it, before any cue a word
			// away before it.
			if raw == 1 && dt.endsAt(w.ratioOf, m[0], 0) {
				dist = 0.5
			}
		}
		// "the official visit … begins on Tuesday and will last two days":
		// how long it lasts, however far the visit was named.
		// (Also a few words past it: "проведёт в столице Таджикистана два дня".)
		if in.Window > 0 && raw > in.Window && !(in.Role == RoleVisit && slices.ContainsFunc(dt.find(w.lasts, max(0, qTok-5), qTok), func(l [2]int) bool { return dt.cl[l[0]] == dt.cl[qTok] })) {
			continue
		}
		if dt.cl[min(m[0], dt.n-1)] != dt.cl[qTok] {
			dist += 4
		}
		if dist < best {
			best, at = dist, m
		}
	}
	return best, at, best < math.MaxFloat64
}

// relativeAside reports token tok inside a relative clause set off by
// commas that ends before token qTok, within the sentence from token from,
// with no complementizer before tok: "Household demand, which makes up two
// thirds of Korea's economy, slipped 1.3%", "…, на долю которых …".
func relativeAside(dt *docTokens, w *words, tok, from, qTok int) bool {
	cs, ce := dt.clauseStart(tok), dt.clauseEnd(tok)
	return cs > from && dt.comma(cs-1) && inRelative(dt, w, tok) && ce <= qTok && dt.comma(ce-1) && len(dt.find(w.complementizer, cs, tok)) == 0
}

// exclusion returns an exclusion phrase of the indicator just before the
// quantity in its clause or right after it, not past a word of stops (a
// contrast, a source); [0,0] when there is none.
func (in *compiled) exclusion(dt *docTokens, qTok, qEnd int, stops ...*phraseSet) [2]int {
	from := max(qTok-12, dt.clauseStart(qTok))
	if m := dt.find(in.exclude, from, qTok); len(m) > 0 {
		return m[len(m)-1]
	}
	to := min(dt.clauseEnd(qTok), dt.wordsAhead(qEnd, 9))
	for _, stop := range stops {
		// "… while prices fell on the month before" is another clause;
		// "…, according to the foreign trade figures" names the source.
		if m := dt.find(stop, qEnd, to); len(m) > 0 {
			to = m[0][0]
		}
	}
	// "9,9% (при месячном показателе также 0,7%)": an aside in brackets
	// with a figure of its own qualifies that figure.
	for k := qEnd; k < to; k++ {
		if dt.sc.Punct(k) != '(' {
			continue
		}
		for j := k + 1; j < to && dt.sc.Punct(j) != ')'; j++ {
			if dt.sc.Token(j).Number {
				to = k
				break
			}
		}
		break
	}
	if qEnd < to {
		if m := dt.find(in.exclude, qEnd, to); len(m) > 0 {
			return m[0]
		}
	}
	return [2]int{}
}

// bankCountry returns the country of the last central bank named before
// token qTok in its sentence ("the Central Bank of Oman", "Oman's central
// bank", "البنك المركزي العماني", "مصرف الإمارات المركزي", "Банк России"),
// or "".
func (x *Extractor) bankCountry(dt *docTokens, inSent []mention, qTok int) string {
	a, _ := dt.sentence(dt.sent[qTok])
	banks := dt.find(x.w.centralBank, a, qTok)
	for k := len(banks) - 1; k >= 0; k-- {
		b := banks[k]
		best, bestD := "", 1<<30
		for _, m := range inSent {
			d := m.tok - b[1] // after the bank's name: "of Oman", "العماني"
			if m.tok < b[0] {
				d = 2 * (b[0] - m.tok) // before it: "Oman's central bank"
			}
			if m.tok >= b[0] && m.tok < b[1] {
				d = 0 // inside it: "مصرف الإمارات المركزي"
			}
			if !m.person && d >= 0 && d <= 3 && d < bestD {
				best, bestD = m.code, d
			}
		}
		// (Not past a contrast that names another country nearer the
		// figure: "the Central Bank of Kenya cut its rate to 12.75%,
		// whereas in Burundi it is 12%".)
		// (Nor into a later clause that names another country: "the National
		// Bank of Serbia kept its key rate at 5.75%, and Romania's key
		// policy rate stays at 6.5%".)
		if best != "" && !slices.ContainsFunc(inSent, func(m mention) bool {
			return !m.person && m.code != best && m.tok > b[1]+3 && m.tok < qTok && (len(dt.find(x.w.contrast, b[1], m.tok)) > 0 || dt.cl[m.tok] == dt.cl[qTok] && dt.cl[b[0]] != dt.cl[qTok])
		}) {
			return best
		}
	}
	return ""
}

// earlierPeriodAfter reports a month right after the value a level came
// from (ending at token e) that is before a month the sentence, or the one
// before it, names before the new level at newTok: in "В марте цены выросли
// на 0,8%, а годовая инфляция поднялась до 9,1% с 8,7% в феврале" February
// is the 8.7%'s. So is a quarter before one the last few sentences name:
// "… in the first quarter. … quickened to 2.3 percent from 1.8 percent in
// the last quarter of 2024".
func (x *Extractor) earlierPeriodAfter(dt *docTokens, all []dateRef, e, newTok, sent int) bool {
	return slices.ContainsFunc(all, func(d dateRef) bool {
		back := 1
		if quarter(d.period) {
			back = 4
		}
		return len(d.period) == len("2006-01") && d.tok >= e && dt.wordsBetween(e, d.tok) <= 1 &&
			slices.ContainsFunc(all, func(o dateRef) bool {
				return o.tok < newTok && dt.sent[o.tok] >= sent-back && len(o.period) == len(d.period) && quarter(o.period) == quarter(d.period) && o.period > d.period && !o.compared && !o.since
			})
	})
}

// laterPeriodBefore reports a month or quarter d that a later one of its
// kind, before the new value at token newTok in its sentence or the one
// before (four for a quarter), leaves to the old value: "In April prices
// rose 0.8%. Inflation slowed to 2.1% from 2.3% in March". It reads the
// dates among qs, as earlierPeriodAfter reads dateRefs.
func laterPeriodBefore(dt *docTokens, qs []quantity.Quantity, d dateRef, newTok int) bool {
	if len(d.period) != len("2006-01") {
		return false
	}
	back := 1
	if quarter(d.period) {
		back = 4
	}
	return slices.ContainsFunc(qs, func(o quantity.Quantity) bool {
		return o.Kind == quantity.Date && o.Token < newTok && dt.sent[o.Token] >= dt.sent[d.tok]-back && len(o.Period) == len(d.period) && quarter(o.Period) == quarter(d.period) && o.Period > d.period
	})
}

// trailingFrom returns the figure that the figure k, introduced by
// "from" right after it, is the old value of ("to 53.6% from 54.1%"), or
// -1.
//
// Not when the new level has a date of its own before it ("تراجع معدل
// البطالة خلال الربع الرابع، إلى 6.2% من 6.4% في الربع الثالث": the date
// after the old value is the old value's); a date right after the figure
// before it is that figure's.
func (x *Extractor) trailingFrom(dt *docTokens, qs []quantity.Quantity, k int) int {
	// (Not after a change in points: "increased by 0.72 percentage points
	// from 24.52 percent in September" leaves September to the level.)
	if k == 0 || !dt.endsAt(x.w.from, qs[k].Token, 0) || qs[k-1].Kind != qs[k].Kind || qs[k-1].Unit == "pp" || qs[k-1].Unit == "bp" {
		return -1
	}
	if dt.wordsBetween(qs[k-1].EndToken, qs[k].Token) > 1 {
		return -1
	}
	from, _ := dt.sentence(dt.sent[qs[k-1].Token])
	prevEnd := from
	for j := k - 2; j >= 0 && qs[j].Token >= from; j-- {
		// (A span of time is no figure between: "In January, inflation
		// eased to a 39-month low of 2.8% from 3.9% in December".)
		// A count of another kind is not the figure before: "firms hired
		// 120,000 people in May, taking the jobless rate to 4.2% from 4.4%
		// in April" dates the new rate by May, the old one by April.
		if qs[j].Kind == qs[k].Kind {
			prevEnd = qs[j].EndToken
			break
		}
	}
	for j := k - 2; j >= 0 && qs[j].Token >= prevEnd; j-- {
		if qs[j].Kind == quantity.Date && !(prevEnd > from && dt.wordsBetween(prevEnd, qs[j].Token) <= 2) {
			return -1
		}
	}
	return k - 1
}

// period chooses what the value is about: a date in the claim's own clause
// (the nearest, not past another quantity), else the nearest earlier date in
// the sentence, else a later one, else the publication date. Weekdays only
// count for events, "since" dates never.
//
// The choice says whether the text gives the period (not the publication
// date) and how far the quantity's own date is.
//
// ownCue says the quantity's clause names its indicator: a new statement,
// which a stretch of time or fiscal period of another clause does not date.
// An event without a date of its own (a rate decision) takes the weekday,
// today or yesterday of the document's lead (its first three sentences):
// the day the news is about.
func (x *Extractor) period(dt *docTokens, in *compiled, all []dateRef, qs []quantity.Quantity, qi, qTok, qEnd int, pub string, ownCue bool) periodChoice {
	sent := dt.sent[qTok]
	dates := inSentences(dt, all, dateTok, sent, sent+1)
	// "The Reserve Bank, which holds its repo rate at 5.5%, announces its
	// next decision on Friday": a relative clause closed by a comma is an
	// aside the rest of its sentence does not date.
	if in.Role != RoleMeeting && inRelative(dt, &x.w, qTok) {
		if ce := dt.clauseEnd(qTok); ce < dt.n && (dt.comma(ce) || dt.comma(ce-1)) {
			dates = slices.DeleteFunc(slices.Clone(dates), func(d dateRef) bool { return d.tok > ce })
		}
	}
	// "Он был в Москве в мае 2024 года. Тогда визит продлился два дня",
	// "… في اجتماعه خلال شهر حزيران. وبلغ السعر آنذاك 6.5%": a sentence
	// with no date that opens with "then", or says it in the figure's
	// clause, is of the date the sentence before ends on.
	if a, _ := dt.sentence(sent); len(dates) == 0 && sent > 0 && (dt.startsAt(x.w.backThen, a) || len(dt.find(x.w.backThen, dt.clauseStart(qTok), min(dt.clauseEnd(qTok), qEnd+2))) > 0) {
		if prev := inSentences(dt, all, dateTok, sent-1, sent); len(prev) > 0 {
			if d := prev[len(prev)-1]; calendar(d.period) && !d.since && !d.said && (pub == "" || !periodAfter(d.period, pub)) {
				return periodChoice{period: d.period, explicit: true, own: -1}
			}
		}
	}
	// "… against April, when inflation was 41%", "مقارنة مع أبريل، حيث
	// سجل التضخم 41%": a figure in a clause that opens with
	// "where" is of the date right before it.
	// (Not one with a date of its own: "10 years ago, when in 2013 it
	// was $89 billion"; nor in a sentence that says the level held: "flat
	// in August, level with July, when it was 2.4%".)
	if cs := dt.clauseStart(qTok); cs > 0 && cs < qTok && len(dt.find(x.w.where, cs, min(qTok, cs+2))) > 0 && !slices.ContainsFunc(dates, func(d dateRef) bool { return d.tok >= cs && d.tok < dt.clauseEnd(qTok) }) {
		if sa, _ := dt.sentence(sent); len(dt.find(x.w.steady, sa, qTok)) == 0 {
			for _, d := range dates {
				if d.end <= cs && cs-d.end <= 1 && calendar(d.period) && !d.since && (pub == "" || !periodAfter(d.period, pub)) {
					return periodChoice{period: d.period, explicit: true, own: qTok - d.end}
				}
			}
		}
	}

	// "picked up from July's 8.1%": a date in the possessive right before
	// a figure is the figure's.
	if !in.IsEvent() {
		for _, d := range dates {
			if (d.possessiveOf(dt, qTok) || x.datesCueOf(dt, in, d, qTok)) && !d.since && calendar(d.period) && (pub == "" || !periodAfter(d.period, pub)) {
				return periodChoice{period: d.period, explicit: true, own: 0}
			}
		}
	}
	// "the lowest key rate since May 2022 (12.25%)": a figure alone in
	// brackets right after a date is that date's, since or not.
	if qTok >= 2 && dt.sc.Punct(qTok-1) == '(' {
		for _, d := range dates {
			if d.end == qTok-1 && calendar(d.period) && (pub == "" || !periodAfter(d.period, pub)) {
				return periodChoice{period: d.period, explicit: true, own: 0}
			}
		}
	}
	// "انخفضت على أساس سنوي من 16.2% في الربع الأول من 2024 إلى 15.7%",
	// "fell year on year from 5.1% in March 2024 to 4.6%": the level a
	// year-on-year move reached, with no date of its own, is of the period
	// a year after the one it moved from.
	if in.Role == RoleStatistic && dt.endsAt(x.w.level, qTok, 0) && !slices.ContainsFunc(dates, func(d dateRef) bool { return d.tok >= qEnd && dt.cl[d.tok] == dt.cl[qTok] }) {
		k := qi - 1
		for k >= 0 && qs[k].Kind == quantity.Date {
			k--
		}
		if k >= 0 && qs[k].Kind == qs[qi].Kind && dt.sent[qs[k].Token] == sent && dt.endsAt(x.w.from, qs[k].Token, 0) {
			kEnd := qs[k].EndToken
			a, b := dt.sentence(sent)
			for _, d := range dates {
				if p := shiftYear(d.period, 1); d.tok >= kEnd && d.end <= qTok && len(d.period) == len("2006-01") && !d.since && len(dt.find(x.w.onYear, a, b)) > 0 && p != "" && (pub == "" || !periodAfter(p, pub)) {
					return periodChoice{period: p, explicit: true, own: 0}
				}
			}
		}
	}
	// (A page's date line below a summary with no figure printed above it
	// opens the lead: "… (Source: X)\n… (Source: X)\nTunis (Agency) - 4
	// March 2025".)
	first := 0
	for i, d := range all {
		s := dt.sent[d.tok]
		if s >= 8 {
			break // (all is in text order)
		}
		if d.dateline && !figureIn(qs, 0, dt.sentStart[s]) && !slices.ContainsFunc(all[:i], func(o dateRef) bool { return dt.sent[o.tok] < s && !o.weekday }) {
			first = s
		}
	}
	lead := inSentences(dt, all, dateTok, first, max(first, min(sent, first+5)))
	// "участие в 29-й регулярной встрече …, которая состоится 21 августа",
	// "the 11th summit, which will be held on 3 June": a meeting's day in
	// the relative clause that follows it; also a month it was held in:
	// "after the first, which met in Quito in August 2024".
	if in.Role == RoleMeeting {
		for _, d := range dates {
			if d.tok <= qEnd || len(d.period) != len("2006-01-02") && len(d.period) != len("2006-01") || quarter(d.period) || d.since {
				continue
			}
			// (Not past another meeting's number.)
			i, j := within(qs, quantityTok, qEnd, d.tok)
			words := dt.wordsBetween(qEnd, d.tok)
			if words > 12 || slices.ContainsFunc(qs[i:j], func(o quantity.Quantity) bool { return o.Kind == quantity.Ordinal }) {
				continue
			}
			if rel := dt.find(x.w.relative, qEnd, d.tok); len(rel) > 0 && (len(dt.find(x.w.future, rel[0][1], d.tok)) > 0 || len(d.period) == len("2006-01") && !figureIn(qs, qEnd, d.tok)) {
				return periodChoice{period: d.period, explicit: true, own: words, ownAfter: true}
			}
			// (Or a participle after a comma: "since the fourth, held in
			// Bangkok in November 2023".)
			if qEnd+1 < dt.n && dt.sc.Punct(qEnd) == ',' && dt.startsAt(x.w.elidedEvent, qEnd+1) && !dt.isPrep(qEnd+1) && words <= 6 && !figureIn(qs, qEnd, d.tok) {
				return periodChoice{period: d.period, explicit: true, own: words, ownAfter: true}
			}
		}
	}
	// "against 3.4% (revised from 3.3%) in the quarter before": an
	// aside in brackets right after the figure is not counted
	// in the words to its own date; with a figure of its own, it neither
	// bounds the figure's dates nor holds them.
	asideEnd, asideFigure := qEnd, false
	if qEnd < dt.n && dt.sc.Punct(qEnd) == '(' {
		for k := qEnd + 1; k < min(dt.n, qEnd+25) && dt.sent[k] == sent; k++ {
			if dt.sc.Punct(k) == ')' {
				asideEnd, asideFigure = k+1, figureIn(qs, qEnd, k)
				break
			}
		}
	}
	// The quantities around this one bound the dates it may take.
	lo, hi := -1, dt.n
	isFigure := func(q quantity.Quantity) bool {
		i, j := within(all, dateTok, q.Token, q.Token+1) // an ordinal that stands for a quarter is a date
		return q.Kind != quantity.Date && !x.countOfTime(dt, q) && !x.endingStretch(dt, q) && i == j
	}
	for k := qi - 1; k >= 0; k-- {
		if isFigure(qs[k]) {
			lo = qs[k].EndToken - 1
			break
		}
	}
	for k := qi + 1; k < len(qs); k++ {
		if asideFigure && qs[k].Token < asideEnd {
			continue
		}
		// (Not a count written in words, before the noun it counts, that
		// no indicator takes: "the third joint session of their two
		// governments … on Thursday"; "slipped below zero in" is a level.)
		if e := qs[k].EndToken; isFigure(qs[k]) && !(qs[k].Kind == quantity.Number && !dt.sc.Token(qs[k].Token).Number && e < dt.n && dt.sc.Norm(e) != "" && !dt.isPrep(e) && !x.anyTakes(qs[k].Kind)) {
			// "fell to 53.6% from 54.1% in January 2023": the value it
			// came from, right after, leaves the date to the new level.
			// (Not one the previous month dates: "ticked up to 3.29%, from
			// 3.02% in the previous month".)
			// (Nor a year: "до 2,5% с 1,9% в 2022-м", "to 2.5% from 1.9% in
			// 2022" is the year of the value it came from.)
			// (Nor an earlier month or quarter: see earlierPeriodAfter.)
			if x.trailingFrom(dt, qs, k) == qi {
				e := qs[k].EndToken
				year := slices.ContainsFunc(all, func(d dateRef) bool {
					return len(d.period) == len("2006") && d.tok >= e && dt.wordsBetween(e, d.tok) <= 1
				})
				earlierMonth := x.earlierPeriodAfter(dt, all, e, qTok, sent)
				if !year && !earlierMonth && !slices.ContainsFunc(dt.find(x.w.previousMonth, e, min(dt.n, e+4)), func(m [2]int) bool { return dt.wordsBetween(e, m[0]) <= 2 }) {
					continue
				}
			}
			hi = qs[k].Token
			break
		}
	}
	usable := func(d dateRef) bool {
		if asideFigure && d.tok >= qEnd && d.tok < asideEnd {
			return false
		}
		// "15-я встреча … и вторая в этом году": a period right after a
		// later ordinal is that one's, a count of a year's meetings.
		if in.Role == RoleMeeting && d.tok > qEnd && slices.ContainsFunc(qs[qi+1:], func(o quantity.Quantity) bool {
			return o.Kind == quantity.Ordinal && o.Token < d.tok && d.tok-o.EndToken <= 1
		}) {
			return false
		}
		// "lowered the rate in May for the third time this year, to 4.5%":
		// the year after a count of occasions bounds the count, not the
		// figure.
		// (Only an ordinal a few tokens before the date: the words between
		// are the noun of occasions and prepositions.)
		if i, j := within(qs, quantityTok, max(0, d.tok-6), d.tok); slices.ContainsFunc(qs[i:j], func(o quantity.Quantity) bool {
			if o.Kind != quantity.Ordinal || o.EndToken > d.tok || !dt.startsAt(x.w.occasions, o.EndToken) {
				return false
			}
			k := o.EndToken + 1
			for k < d.tok && dt.isPrep(k) {
				k++
			}
			return k == d.tok
		}) {
			return false
		}
		// "у Канады (до 3,1% с 1,4% в 2021-м) и Кореи (до 2,2% …)": a date
		// inside brackets closed before the figure, with figures of their
		// own, is theirs.
		if a, _ := dt.sentence(dt.sent[d.tok]); d.tok < qTok && dt.closedAside([2]int{d.tok, d.end}, a, qTok) {
			open, shut := d.tok, d.end
			for open > a && dt.sc.Punct(open) != '(' {
				open--
			}
			for shut < qTok && dt.sc.Punct(shut) != ')' {
				shut++
			}
			if slices.ContainsFunc(qs, func(o quantity.Quantity) bool { return o.Kind == qs[qi].Kind && o.Token > open && o.Token < shut }) {
				return false
			}
			// "инфляция на 3 марта (по оценке на основе цен двух лет)
			// составила 9,1%": a note in brackets after a date of the
			// figure's clause does not date the figure.
			// (Not brackets that only say the period: "year-on-year
			// (March 2021 to March 2020) was 2.7 percent".)
			note := 0
			for k := open + 1; k < shut; k++ {
				if dt.sc.Norm(k) != "" && !slices.ContainsFunc(all, func(e dateRef) bool { return e.tok <= k && k < e.end }) {
					note++
				}
			}
			if cs := dt.clauseStart(open); note >= 4 && slices.ContainsFunc(all, func(e dateRef) bool { return e.tok >= cs && e.end <= open && calendar(e.period) }) {
				return false
			}
		}
		// "the 21st meeting; the previous one was held on 30 June 2016":
		// a date after a "previous" is the earlier meeting's.
		if in.Role == RoleMeeting && d.tok > qEnd && slices.ContainsFunc(dt.find(x.w.last, qEnd, d.tok), func(m [2]int) bool { return dt.clauseStart(m[0]) == m[0] }) {
			return false // (opening its clause: not "прошла" of "встреча прошла в декабре")
		}
		// "prices rose 5.1% and by the end of this year may rise to 6%": a
		// date past "and", with a figure after it, is that figure's.
		// (An "and" right after the figure: not "settled in ringgit and
		// baht in 2025, compared with 15% in 2023".)
		// (Nor a rate decided: "to 9% and on 14 May to 8.75%".)
		if (in.Role == RoleStatistic || in.Role == RoleDecision) && d.tok > qEnd && hi < dt.n && hi >= d.end && dt.sent[hi] == dt.sent[qTok] && slices.ContainsFunc(dt.find(x.w.and, qEnd, d.tok), func(m [2]int) bool { return dt.wordsBetween(qEnd, m[0]) == 0 }) {
			return false
		}
		// "Если в мае инфляция была двузначной, то сейчас она ниже 11%": a
		// clause about the present takes no date of another clause.
		if in.Role == RoleStatistic && dt.cl[d.tok] != dt.cl[qTok] && len(dt.find(x.w.now, dt.clauseStart(qTok), qTok)) > 0 {
			return false
		}
		// "cut its rate to 9.5% as inflation slowed in April": a date
		// right after another indicator's cue, past the figure, dates that
		// indicator's figure.
		if (in.Role == RoleStatistic || in.Role == RoleDecision) && d.tok > qEnd && x.otherCueBefore(dt, in, qEnd, d.tok) {
			return false
		}
		// A statistic is no figure of the day it was published ("date
		// 2019-12-03 Turkey's inflation rises to 10.56%": a page's date
		// line): that day says when it was announced.
		// (A visit's start is its date: "визит, начавшийся в понедельник,
		// продлился два дня".)
		begun := in.Role == RoleVisit && len(dt.find(x.w.arrive, max(0, d.tok-3), d.tok)) > 0
		// "began to raise its rate in June 2023, gradually taking it to
		// 50%": a level reached step by step after a date is not that
		// date's, which is when the steps began.
		if d.tok < qTok && len(dt.find(x.w.gradually, d.end, qTok)) > 0 {
			return false
		}
		return dt.sent[d.tok] == sent && (!d.since || begun) && !d.before && !d.dateline && (in.IsEvent() || !d.weekday && !d.said && d.period != pub)
	}
	// "for the 6th India-Germany Intergovernmental Consultations (2 May
	// 2022)": a day in brackets right after an event's name is its day,
	// also past the place in them ("(г. Пекин, 18 декабря 2023 года)").
	if in.IsEvent() {
		for _, d := range dates {
			open := d.tok - 1
			for open > qEnd && open > d.tok-6 && dt.sc.Punct(open) != '(' && dt.sc.Punct(open) != ')' {
				open--
			}
			if d.tok > qEnd && open-qEnd <= 8 && len(d.period) == len("2006-01-02") && dt.sc.Punct(open) == '(' && d.end < dt.n && dt.sc.Punct(d.end) == ')' &&
				!figureIn(qs, qEnd, d.tok) && !dt.punctIn(',', qEnd, open) {
				return periodChoice{period: d.period, explicit: true, own: dt.wordsBetween(qEnd, d.tok), ownAfter: true}
			}
		}
	}
	// Visits begin on the day of arrival, said in this sentence or the next
	// or previous one, or on the first day of the dates a following sentence
	// gives the visit ("during his visit on 13 and 14 February").
	if in.Role == RoleVisit {
		// (Two or three sentences back only for an arrival: "arrived in
		// Beijing on 27 November for a state visit. … On the second day
		// of the two-day visit, …".)
		for _, s := range []int{sent, sent + 1, sent - 1, sent + 2, sent - 2, sent - 3} {
			if s < 0 || s >= dt.sentences() {
				continue
			}
			a, b := dt.sentence(s)
			if s < sent-1 && len(dt.find(x.w.arrive, a, b)) == 0 {
				continue
			}
			if s != sent && slices.ContainsFunc(qs, func(q quantity.Quantity) bool { return q.Kind == quantity.Duration && q.Token >= a && q.Token < b }) {
				continue // another visit's sentence: "In 2014, he came for five days, beginning on August 30"
			}
			// "In December 2015, Abe paid a three-day visit": the month
			// the sentence itself names.
			if s == sent && slices.ContainsFunc(dates, func(d dateRef) bool { return usable(d) && len(d.period) == 7 && !d.compared }) {
				break
			}
			// "a visit that lasts five days and ends on Wednesday": the
			// day five days before the last.
			if s == sent && qs[qi].Unit == "days" && qs[qi].Value >= 1 {
				for _, d := range inSentences(dt, all, dateTok, s, s+1) {
					if d.tok > qTok && len(d.period) == 10 && dt.endsAt(x.w.depart, d.tok, 1) {
						return periodChoice{period: addDays(d.period, 1-int(qs[qi].Value)), explicit: true, own: 0}
					}
					// "сегодня завершился трехдневный визит": the day it
					// ended, named before; so is the day after it:
					// "concluded his three-day visit on Wednesday".
					// (Across a clause too, with no figure between:
					// "returned home on Friday, after concluding a
					// three-day visit".)
					if len(d.period) == 10 && (dt.cl[d.tok] == dt.cl[qTok] || d.tok < qTok && !figureIn(qs, d.end, qTok)) && (d.tok < qTok && len(dt.find(x.w.ended, d.end, qTok)) > 0 ||
						d.tok > qTok && len(dt.find(x.w.ended, dt.clauseStart(qTok), qTok)) > 0) {
						return periodChoice{period: addDays(d.period, 1-int(qs[qi].Value)), explicit: true, own: 0}
					}
				}
			}
			// "the visit, which lasts three days from 28 to 30 April": the
			// first of the days its own sentence gives after it, up to ten
			// words on ("… أربعة أيام إلى جمهورية الصين، تلبية لدعوة من نظيره،
			// خلال الفترة 14-17 حزيران").
			if s == sent {
				for _, d := range inSentences(dt, all, dateTok, s, s+1) {
					if len(d.period) == len("2006-01-02/2006-01-02") && d.period[4] == '-' && d.period[7] == '-' && d.tok >= qEnd && dt.wordsBetween(qEnd, d.tok) <= 10 && !figureIn(qs, qEnd, d.tok) {
						return periodChoice{period: d.period[:10], explicit: true, own: 0}
					}
				}
			}
			arrive := dt.find(x.w.arrive, a, b)
			if len(arrive) == 0 && (s <= sent || len(dt.find(in.cues, a, b)) == 0) {
				continue
			}
			// The first day named after the arrival ("New Delhi, October
			// 28: Modi will pay a visit beginning on November 11"), else
			// the first day of the sentence.
			var first, afterArrival string
			// (A sentence that names the visit without an arrival dates it
			// only right after its name: "during his visit on 13 and 14
			// February", not "said at the closing session on Tuesday that
			// the state visit …".)
			named := dt.find(in.cues, a, b)
			// (Of two visits in a sentence, the arrival nearest before this
			// one's length: "a three-day visit that began on June 13, then
			// flew to Adelaide on June 15 for a four-day visit".)
			// (Back past a verb of starting with no day before the length, to
			// an arrival that has one: "arrived in Laos yesterday to begin his
			// two-day working visit … set for today".)
			arrival := -1
			if len(arrive) > 0 {
				arrival = arrive[0][1]
				for k, m := range arrive {
					if s == sent && m[1] <= qTok {
						arrival = m[1]
						if k > 0 && !slices.ContainsFunc(all, func(d dateRef) bool { return d.tok >= m[1] && d.tok < qTok }) &&
							slices.ContainsFunc(all, func(d dateRef) bool { return d.tok >= arrive[k-1][1] && d.tok < m[0] && len(d.period) >= 10 }) && !figureIn(qs, arrive[k-1][1], qTok) {
							arrival = arrive[k-1][1]
						}
					}
				}
			}
			for _, d := range inSentences(dt, all, dateTok, s, s+1) {
				if s != sent && len(arrive) == 0 && !slices.ContainsFunc(named, func(m [2]int) bool { return d.tok >= m[1] && d.tok <= m[1]+6 }) {
					continue
				}
				// "a three-day visit starting on July 4": the start of the visit.
				if (!d.since || s == sent && d.tok > qTok) && !d.dateline && len(d.period) >= 10 && d.period[4] == '-' && d.period[7] == '-' {
					if first == "" {
						first = d.period[:10]
					}
					if afterArrival == "" && len(arrive) > 0 && d.tok >= arrival {
						afterArrival = d.period[:10]
					}
				}
			}
			if p := cmp.Or(afterArrival, first); p != "" {
				own := -1
				if s == sent {
					own = 0 // its own sentence dates it
				}
				return periodChoice{period: p, explicit: true, own: own}
			}
		}
	}
	// "Первое заседание совета, учрежденного после подписания в марте
	// договора, состоялось в конце апреля": a meeting is dated by the date
	// its verb of taking place names, past any aside before it (the verb
	// opening its clause).
	if in.Role == RoleMeeting {
		for _, d := range dates {
			if dt.sent[d.tok] != sent || d.tok <= qEnd || d.since || d.compared || figureIn(qs, qEnd, d.tok) {
				continue
			}
			if slices.ContainsFunc(dt.find(x.w.elidedEvent, qEnd, d.tok), func(m [2]int) bool {
				return m[1] >= d.tok-2 && !dt.startsAt(x.w.locative, m[0]) && dt.cl[m[0]] == dt.cl[d.tok] && m[0] == dt.clauseStart(m[0]) && m[0] > qEnd
			}) {
				return periodChoice{period: d.period, explicit: true, own: dt.wordsBetween(qEnd, d.tok), ownAfter: true}
			}
		}
	}
	// "raised the discount rate to 2.75% effective tomorrow, 11 August": a
	// decision is dated by the day it takes effect, when the news names it.
	if in.Role == RoleDecision && pub != "" {
		for _, d := range dates {
			// "لتستقر عند 7%، على أن يدخل القرار حيز التنفيذ بداية من 7
			// يناير", "to 7%; the decision takes effect on 7 January":
			// past words of taking effect, with no figure between.
			told := d.tok >= qEnd && dt.sent[d.tok] == sent && len(dt.find(x.w.takesEffect, qEnd, d.tok)) > 0 && !figureIn(qs, qEnd, d.tok)
			if !d.since && !told || d.tok >= hi && !told || len(d.period) != len("2006-01-02") || d.period > addDays(pub, 14) {
				continue
			}
			// "С 28 июня она зафиксирована в размере 13%", "to 2.75%
			// effective tomorrow": the day the level took effect.
			// "с 14 апреля — до 15%": across a dash, right before the level.
			// "إلى 4.90%، وذلك اعتبارا من اليوم الخميس": past a comma after it.
			near := told || d.clause(dt, qTok) == dt.cl[qTok] || d.end <= qTok && dt.wordsBetween(d.end, qTok) <= 1 ||
				d.tok >= qEnd && dt.wordsBetween(qEnd, d.tok) <= 4
			// (Past the size of the change: "с 3 марта снизил ставку на
			// 0,75 п.п., до 8,25%".)
			i, j := within(qs, quantityTok, d.end, qTok)
			onlyChange := d.tok < qTok && i < j && d.clause(dt, qs[i].Token) == dt.cl[qs[i].Token] && dt.wordsBetween(qs[j-1].EndToken, qTok) <= 2 &&
				!slices.ContainsFunc(qs[i:j], func(o quantity.Quantity) bool { return o.Unit != "pp" && o.Unit != "bp" })
			// (Not a level held since then: "12.0%, unchanged since 14
			// March" is today's.)
			if d.tok >= qEnd && len(dt.find(x.w.present, qEnd, d.tok)) > 0 {
				continue
			}
			if d.tok > lo && near || onlyChange {
				p := d.period
				// (Not a day in the week to come a decision takes effect
				// from, with no word of before: "решение снизить ставку с 21
				// мая", published on 20 May.)
				if a, _ := dt.sentence(sent); d.tok < qTok && p > pub && !yearWritten(dt, d) && (p > addDays(pub, 14) || len(dt.find(x.w.previously, a, qTok)) > 0 || x.saidEarlier(dt, a, qTok)) {
					p = shiftYear(p, -1) // "Earlier it was cut: since 3 August the rate is 10.75%": a past August
				}
				// "met on 30 December and cut its rate to 7%, effective from
				// 7 January": the day of the decision, when the sentence
				// writes one before the rate, over the day it takes effect (not
				// "yesterday" or a weekday: "decided yesterday evening …, effective
				// today" is dated by today).
				if k := slices.IndexFunc(dates, func(o dateRef) bool {
					i, j := within(qs, quantityTok, o.end, qTok) // (past the size of the move: "بـ50 نقطة أساس")
					return o.tok < qTok && o.tok != d.tok && len(o.period) == len("2006-01-02") && !o.since && !o.said && !o.weekday && o.period <= pub && o.period < p &&
						!slices.ContainsFunc(qs[i:j], func(f quantity.Quantity) bool { return f.Kind != quantity.Date && f.Unit != "pp" && f.Unit != "bp" })
				}); k >= 0 && d.tok > qTok {
					return periodChoice{period: dates[k].period, explicit: true, own: -1}
				}
				return periodChoice{period: p, explicit: true, own: dt.wordsBetween(qEnd, d.tok), ownAfter: d.tok > qTok, effective: true}
			}
		}
	}
	// "(тогда равнялась 6,5%)": the date just named, whatever led into it.
	// (Not over a date of the figure's own clause after it: "с конца
	// прошлого года, когда инфляция превысила 60% в середине года".)
	ownAfter := slices.ContainsFunc(all, func(o dateRef) bool { return o.tok >= qEnd && o.clause(dt, qTok) == dt.cl[qTok] })
	if len(x.thenWords(dt, max(0, qTok-5), qTok)) > 0 && !ownAfter {
		for i := len(dates) - 1; i >= 0; i-- {
			if d := dates[i]; d.tok < qTok && dt.sent[d.tok] == sent {
				return periodChoice{period: d.period, explicit: true, own: 0} // its own, named just before
			}
		}
	}
	// "last year's growth of 6.1%", "с прошлогоднего показателя роста
	// экономики в 7%": a date that labels the indicator's name, which leads
	// straight to the figure, is the figure's own, compared with or not.
	for _, d := range dates {
		// (Not across a comma or a comparison: "في الربع الثاني، مقارنة
		// بنمو 0.6%" compares with another period; nor a date of another
		// figure: "shrank 11.2% in the second quarter after growth of 2.9%
		// in the first"; nor a date a state began on: "its highest point
		// since March 2016 with annual inflation of 1.9%" — not a one-letter "с",
		// "from", as in the example above; nor past "after", which opens an
		// earlier movement: "stalled in the fourth quarter after it shrank
		// 0.3% in the third".)
		if d.end >= qTok || d.tok <= lo || dt.cl[d.tok] != dt.cl[qTok] || d.since && d.tok > 0 && utf8.RuneCountInString(dt.sc.Norm(d.tok-1)) > 1 {
			continue
		}
		if x.ownedByOther(dt, qs, d, qi) {
			continue
		}
		for _, set := range []*phraseSet{in.cues, in.growth} {
			if slices.ContainsFunc(dt.find(set, d.end, qTok), func(m [2]int) bool {
				return dt.wordsBetween(d.end, m[0]) <= 2 && dt.wordsBetween(m[1], qTok) == 0 && !figureIn(qs, d.end, qTok) && len(dt.find(x.w.compare, d.end, m[0])) == 0 && len(dt.find(x.w.following, d.end, m[0])) == 0
			}) {
				return periodChoice{period: d.period, explicit: true, own: 0}
			}
		}
	}
	// "shrank in 2020 by 6.1% and in 2021 by 1.2%": a date right before
	// the "by" of the figure is its own.
	// So is a date that is the subject of a verb of change right before
	// it: "(the first quarter of 2024 increased by 5.98%, …".
	for _, d := range dates {
		at := d.end
		verbs := append(dt.find(x.w.rise, d.end, qTok), dt.find(x.w.fall, d.end, qTok)...)
		if v := slices.IndexFunc(verbs, func(m [2]int) bool { return m[0] == d.end }); v >= 0 {
			at = verbs[v][1]
		}
		if d.tok > lo && d.end < qTok && !d.compared && slices.ContainsFunc(dt.find(x.w.by, at, qTok), func(m [2]int) bool { return m[0] == at && m[1] == qTok }) {
			return periodChoice{period: d.period, explicit: true, own: 0}
		}
	}
	// "يناير 2021 5.7 % فبراير 5.2 % مارس 4.9 %": in a table flattened into
	// a line, each month stands right before its figure, the next month
	// right after it.
	for i, d := range dates {
		if d.end != qTok || i+1 >= len(dates) {
			continue
		}
		if next := dates[i+1]; next.tok >= qEnd && dt.wordsBetween(qEnd, next.tok) == 0 && slices.ContainsFunc(qs, func(o quantity.Quantity) bool { return o.Kind != quantity.Date && o.Token == next.end }) {
			return periodChoice{period: d.period, explicit: true, own: 0}
		}
	}
	// "higher than in November when the statistics centre reported
	// inflation at 48.1%": a date a "when" clause follows dates the figure
	// of that clause.
	for i := len(dates) - 1; i >= 0; i-- {
		d := dates[i]
		if d.tok >= qTok || dt.sent[d.tok] != sent {
			continue
		}
		at := d.end
		if at < dt.n && (dt.sc.Punct(at) == ',' || dt.sc.Punct(at) == '،') {
			at++
		}
		// (A change in points between is no figure of its own: "since March
		// 2019, when the rate was cut by 50 basis points to 0.75%".)
		i, j := within(qs, quantityTok, d.end, qTok)
		between := slices.ContainsFunc(qs[i:j], func(o quantity.Quantity) bool { return o.Kind != quantity.Date && o.Unit != "pp" && o.Unit != "bp" })
		if slices.ContainsFunc(x.thenWords(dt, at, min(dt.n, at+3)), func(m [2]int) bool { return m[0] == at }) && !between && dt.clauseEnd(at) >= qEnd && !ownAfter {
			return periodChoice{period: d.period, explicit: true, own: 0}
		}
		break // only the last date before the figure
	}
	var same, before, after *dateRef
	// A standing level ("keeps its rate at", "تجري حالياً") is about the
	// publication date; a numbered meeting is never a standing level.
	// (Not one in a relative clause after the figure: "reached 48% last
	// month because of the spending that Erdogan is making".)
	// (Nor, of a statistic, a word of staying the same, which says how
	// the figure compares with the one before: "Во II квартале … . Уровень
	// безработицы при этом не изменился – 5,5%" is the quarter's.)
	steady := func(m [2]int) bool {
		return in.Role == RoleStatistic && dt.insidePhrase(x.w.steady, m, 2, 2)
	}
	present := in.Unit != "ordinal" && slices.ContainsFunc(dt.find(x.w.present, dt.clauseStart(qTok), dt.clauseEnd(qTok)), func(m [2]int) bool {
		return (m[0] < qTok || len(dt.find(x.w.relative, qEnd, m[0])) == 0) && !steady(m)
	})
	// "Now, inflation … is at 2.5%": a sentence that opens with "now".
	sentStart, _ := dt.sentence(sent)
	if in.Unit != "ordinal" && !present {
		present = slices.ContainsFunc(dt.find(x.w.present, sentStart, min(qTok, sentStart+1)), func(m [2]int) bool { return m[0] == sentStart && dt.comma(m[1]) })
	}
	// "تجري اليوم", "today": a statistic said of the day of publication,
	// unless the clause names its period ("أعلن اليوم الجمعة انخفاض البطالة
	// خلال الربع الثاني إلى 6.1%": today is when it was announced).
	today, period := false, false
	// A figure that opens its clause has the period of the clause just
	// before ("في الفترة من يناير إلى سبتمبر 2017، 1.4 في المائة").
	opens := qTok-dt.clauseStart(qTok) <= 1
	for _, d := range dates {
		if d.weekday && dt.cl[d.tok] == dt.cl[qTok] {
			today = today || d.period == pub
		}
		if dt.cl[d.tok] == dt.cl[qTok] || opens && dt.cl[d.tok] == dt.cl[qTok]-1 {
			period = period || !d.weekday && !d.since && (len(d.period) < len("2006-01-02") || strings.Contains(d.period, "/"))
		}
	}
	present = present || !in.IsEvent() && today && !period && !in.Finer(pub)
	// "وبنسبة 3%، ارتفع التضخم خلال أغسطس": a figure fronted alone before a
	// comma takes the dates of the clause it leads.
	fs, fe := dt.clauseStart(qTok), dt.clauseEnd(qTok)
	fronted := fs == sentStart && qTok-fs <= 2 && fe-qEnd <= 1 && fe < dt.n && dt.sent[fe] == sent && !figureIn(qs, fe, dt.clauseEnd(fe))
	// An event with no figure before it in its sentence, whose day an
	// aside may give (see aside below).
	eventAlone := in.IsEvent() && !figureIn(qs, sentStart, qTok)
	for i := range dates {
		d := &dates[i]
		if !usable(*d) {
			continue
		}
		// "ليصل إلى 33.2%، في يونيو الماضي": a date right after the figure,
		// past only a comma, is the figure's own unless it leads a figure of
		// its own ("8% в сентябре, в августе 7,5%", "3,2%, в апреле - 3,3%").
		// A figure compared with after the date is no figure it leads
		// ("انكمش 9.9%، خلال 2020 مقارنة بنموه بنسبة 0.4% في 2019").
		leadsEnd := min(dt.clauseEnd(d.tok), dt.wordsAhead(d.end, 5))
		if m := dt.find(x.w.compare, d.end, leadsEnd); len(m) > 0 {
			leadsEnd = m[0][0]
		}
		// (A basis between does not count: "نموا بنسبة 6.9%، على أساس سنوي
		// في عام 2015".)
		basisWords := 0
		if d.tok > qEnd {
			for _, m := range dt.find(x.w.onYear, qEnd, d.tok) {
				basisWords += dt.wordsBetween(m[0], m[1])
			}
		}
		// (Or a dash after an ordinal whose noun is left out: "а первое —
		// в сентябре 2023-го".)
		dashAfter := qs[qi].Kind == quantity.Ordinal && in.Role == RoleMeeting && d.tok > qEnd && qEnd < dt.n && strings.ContainsRune("—–", dt.sc.Punct(qEnd)) && dt.wordsBetween(qEnd+1, d.tok) == 0
		// (And a dash after a statistic's figure, then its date, with no
		// figure after it in its clause: "прибавил 6,5% по итогам 2024 года
		// и 6,3% – в 2023 году".)
		dashAfter = dashAfter || in.Role == RoleStatistic && d.tok > qEnd && qEnd < dt.n && strings.ContainsRune("—–", dt.sc.Punct(qEnd)) &&
			(dt.wordsBetween(qEnd+1, d.tok) == 0 || d.tok == qEnd+2 && dt.isPrep(qEnd+1)) && !figureIn(qs, d.end, dt.clauseEnd(d.tok))
		// (Also past a basis right after the figure: "0.5% على أساس سنوي،
		// في نوفمبر".)
		comma := qEnd
		if m := dt.find(x.w.onYear, qEnd, d.tok); len(m) > 0 && m[0][0] == qEnd {
			comma = m[0][1]
		}
		commaAfter := d.tok >= qEnd && comma < dt.n && (dt.sc.Punct(comma) == ',' || dt.sc.Punct(comma) == '،') && dt.wordsBetween(qEnd, d.tok)-basisWords == 1 &&
			!figureIn(qs, dt.clauseStart(d.tok), leadsEnd) && !strings.ContainsRune("-–—:", dt.sc.Punct(dt.clauseEnd(d.tok)-1))
		// "6.6 per cent (year-on-year) during the second quarter": past a
		// basis in brackets.
		commaAfter = commaAfter || basisWords > 0 && d.tok > qEnd && dt.sc.Punct(qEnd) == '(' && dt.wordsBetween(qEnd, d.tok)-basisWords <= 1 &&
			!figureIn(qs, qEnd, d.tok)
		// "compared to August – 5.1%": the figure right after a compared
		// date is that date's.
		// Not the second of a pair "в январе 2020 года к январю 2019-го
		// составил 4,7%": the basis of the date just before it.
		// "مقارنة بالعام 2022 الذي سجل 2.6%": a relative clause between.
		between := dt.wordsBetween(d.end, qTok)
		// (Also after a comma: "the rate recorded in March 2022, which was
		// 15.92%".)
		rel := d.end
		if rel+1 < dt.n && (dt.sc.Punct(rel) == ',' || dt.sc.Punct(rel) == '،') {
			rel++
		}
		relative := len(dt.find(x.w.relative, rel, rel+1)) > 0
		// Nor the second of two figures joined by "and", each with its own
		// base: "0.7% higher than in the previous quarter and 1.8% higher
		// than a year before".
		joined := len(dt.find(x.w.and, d.end, d.end+1)) > 0 && figureIn(qs, dt.sentStart[dt.sent[d.tok]], d.tok)
		// Nor a comparison its clause's indicator goes on past to a verb
		// and its figure: "а ВВП в реальном выражении относительно того
		// же периода 2024 года составил 5,9%" is of the period named before.
		basisOnly := len(dt.find(in.cues, dt.clauseStart(d.tok), d.tok)) > 0 && !figureIn(qs, dt.clauseStart(d.tok), qTok)
		// (Nor a level a change reached: "прибавила 7% в сравнении с
		// 2015-м — до 1,4 млрд долларов".)
		// (Nor the month before one the sentence named first: "в сентябре
		// … 5,4%, а по сравнению с августом – 0,6%" is a change on the
		// month before.)
		// (When the figure before was compared with a date of its own: not
		// "3.6% in September, slightly up compared to August – 3.4%".)
		onMonthBefore := len(d.period) == len("2006-01") && !quarter(d.period) && slices.ContainsFunc(dates[:i], func(o dateRef) bool {
			return !o.compared && len(o.period) == len("2006-01") && o.period == monthPeriod(periodMonth(d.period)+1)
		}) && slices.ContainsFunc(dates[:i], func(o dateRef) bool { return o.compared })
		labels := d.compared && !d.versus && d.end <= qTok && (between <= 1 || between == 2 && relative) && !x.anyCue(dt, d.end, qTok) && !joined && !basisOnly && !dt.endsAt(x.w.level, qTok, 0) && !onMonthBefore &&
			!(i > 0 && !dates[i-1].compared && dt.cl[dates[i-1].tok] == dt.cl[d.tok] && !figureIn(qs, dates[i-1].end, d.tok))
		// "compared to the third quarter of 2018 which recorded a growth of
		// 1.81%": a relative clause on the date compared with, up to its
		// figure, whatever it names.
		labels = labels || d.compared && d.end <= qTok && between <= 6 && dt.sent[d.tok] == dt.sent[qTok] &&
			relative && !figureIn(qs, d.end, qTok)
		// (Not a date compared with right after a figure of its own: "rose
		// 6% compared to 2021 exceeding $2.3 bln" is the basis of the
		// 6%.)
		if labels && !relative && slices.ContainsFunc(dt.find(x.w.compare, max(0, d.tok-4), d.tok), func(m [2]int) bool {
			return m[1] >= d.tok-1 && slices.ContainsFunc(qs, func(o quantity.Quantity) bool {
				return o.Kind != quantity.Date && o.EndToken <= m[0] && o.EndToken >= m[0]-1 && o.Token != qTok
			})
		}) {
			labels = false
		}
		// "rose 8.6% year on year and 0.9% month on month in December": the
		// date after a pair joined by "and" is both figures'.
		owner := x.ownedBy(dt, qs, *d)
		// (The very next figure, a few words on: not "cut the rate to 20.5%
		// … and a week after inflation slowed to a 30-month low of 11.8% in
		// May".)
		// (Not past a time of its own: "после 6,95% неделей ранее и 6,80% в
		// конце января".)
		shared := owner > qi && d.tok > qTok && !d.compared && len(dt.find(x.w.weekEarlier, qEnd, min(dt.n, qEnd+3))) == 0 && len(dt.find(x.w.monthEarlier, qEnd, min(dt.n, qEnd+3))) == 0 && !dt.endsAt(x.w.from, d.tok, 2) && d.clause(dt, qTok) == dt.cl[qTok] && qs[owner].Kind == qs[qi].Kind &&
			qs[owner].Token <= hi && dt.wordsBetween(qEnd, qs[owner].Token) <= 8 &&
			len(dt.find(x.w.and, qEnd, qs[owner].Token)) > 0 && !slices.ContainsFunc(dates, func(o dateRef) bool { return o.tok >= qEnd && o.tok < qs[owner].Token })
		// "rose by 2.1% on a year earlier to 40 billion rand in the third
		// quarter": the date of the level a change reached, of another
		// kind, is the change's too.
		reached := owner > qi && qs[owner].Kind != qs[qi].Kind && d.clause(dt, qTok) == dt.cl[qTok] && dt.endsAt(x.w.by, qTok, 0) &&
			dt.endsAt(x.w.level, qs[owner].Token, 0) && dt.cl[qs[owner].Token] == dt.cl[qTok] && dt.wordsBetween(qEnd, qs[owner].Token) <= 6
		shared = shared || reached
		// "decided, in its meeting on 21 September 2023, to keep the rate
		// unchanged at 19.25%", "on May 15, 2023, started a three-day
		// visit": the day of an event in an aside of its sentence, with no
		// figure between.
		aside := eventAlone && len(d.period) == len("2006-01-02") && d.tok < qTok && dt.sent[d.tok] == sent && dt.cl[qTok]-dt.cl[d.tok] <= 2 && !d.since && !d.said
		if (d.clause(dt, qTok) == dt.cl[qTok] && (owner == qi || shared) || commaAfter || dashAfter || fronted && dt.cl[d.tok] == dt.cl[fe] || labels || aside) && d.tok > lo && (d.tok < hi || shared) && (!d.compared || labels) {
			// The nearest, but a calendar period over a fiscal one ("the
			// fourth quarter of FY2024/25 (April–June)").
			if same == nil || fiscal(same.period) && quarter(d.period) || fiscal(same.period) == fiscal(d.period) && absInt(d.tok-qTok) < absInt(same.tok-qTok) {
				same = d
			}
			continue
		}
		if d.tok < qTok {
			if d.compared {
				continue // the date of a comparison dates nothing outside its clause
			}
			// (A year of one, for a sum over a year, is the figure's: "رغم
			// الأزمة في عام 2021، وصلت التجارة بين البلدين إلى 9 مليارات
			// دولار".)
			// (But a figure whose clause is only the level reached goes on
			// with the clause before: "fell in June, but rose in July,
			// reaching 4.6%".)
			elliptic := dt.clauseStart(qTok) == qTok-1 && dt.endsAt(x.w.level, qTok, 0) && dt.cl[d.tok] == dt.cl[qTok]-1
			if d.clause(dt, qTok) != dt.cl[qTok] && dt.startsAt(x.w.contrast, dt.clauseStart(d.tok)) && !elliptic && !(len(d.period) == len("2006") && qs[qi].Kind == quantity.Money && !figureIn(qs, dt.clauseStart(d.tok), d.tok)) {
				continue // "Although the cycle was declared over in May, the bank raised the rate to 50%": the concession's own date
			}
			// "… مقابل 103.90 لنفس الشهر من العام الماضي، مسجلاً ارتفاعاً
			// نسبته 4.25%": nor does the date of a figure compared with.
			// Nor the base another figure is changed from: "rose 0.4% from
			// the previous month and was up 3.5% over 12 months".
			// Nor the date of a value the figure rose from: "from 7.6%
			// recorded in August 2020 to 29.2%".
			if o := x.ownedBy(dt, qs, *d); o >= 0 && o != qi && qs[o].Token < d.tok && (dt.endsAt(x.w.compare, qs[o].Token, 1) || dt.endsAt(x.w.from, qs[o].Token, 0) && qs[o].Kind == qs[qi].Kind ||
				dt.endsAt(x.w.from, d.tok, 1) && qs[o].Kind == qs[qi].Kind && dt.wordsBetween(qs[o].EndToken, d.tok) <= 2) {
				continue
			}
			// The stretch of another figure, unless the stretch's clause
			// names this indicator too ("GDP in the first half was 597
			// billion, growth of 3.6%").
			if ownCue && !calendar(d.period) && d.clause(dt, qTok) != dt.cl[qTok] && figureIn(qs, d.end, qTok) &&
				len(dt.find(in.cues, dt.clauseStart(d.tok), dt.clauseEnd(d.tok))) == 0 {
				continue
			}
			// (Also in its clause, right after that figure: "up 3.2% over
			// the first three quarters and 4.4% on a year".)
			if strings.Contains(d.period, "/") && !fiscal(d.period) && dt.cl[d.tok] == dt.cl[qTok] && x.datesOtherFigure(dt, qs, *d, qi) {
				continue
			}
			if before == nil || !fiscal(d.period) || !quarter(before.period) {
				before = d // the nearest earlier date (calendar over fiscal), even one that dates an earlier figure too
			}
		} else if d.tok > qTok && after == nil && d.tok < hi && !present && (d.clause(dt, qTok) == dt.cl[qTok] || in.Role != RoleDecision) && (pub == "" || !periodAfter(d.period, pub)) {
			after = d
		}
	}
	// A statistic's month, not the day it was released: "December CPI of
	// 3.4% on January 7".
	if same != nil && before != nil && !in.IsEvent() && len(same.period) == len("2006-01-02") && len(before.period) < len(same.period) && calendar(before.period) &&
		before.clause(dt, qTok) == dt.cl[qTok] && dt.wordsBetween(before.end, qTok) <= 3 {
		same = before
	}
	// "سجلت التجارة بين البلدين العام الماضي 6 مليارات دولار ونحو نصفها في
	// الربع الأول من هذا العام": a date right before the figure, in its
	// clause, over one a few words after it (another conjunct's).
	if same != nil && before != nil && same.tok > qEnd && before.clause(dt, qTok) == dt.cl[qTok] && dt.wordsBetween(before.end, qTok) == 0 && !before.since && !before.compared &&
		same.tok-qEnd >= 3 && !figureIn(qs, qEnd, same.tok) {
		same = before
	}
	// "more than 1 billion rials, equivalent to $2.6 billion, in 2019": a
	// sum takes the date its equivalent in another currency is given.
	// "23 billion New Zealand dollars (16.1 billion US dollars) in 2016"
	// too: an amount in brackets right after it is its equivalent.
	// So does a sum whose rate of change follows it, compared with
	// nothing: "تخطى 800 مليون دولار بزيادة 21% خلال عام 2024", "$3.1
	// billion, up 12%, in 2024".
	if same == nil && qi+1 < len(qs) && qs[qi].Kind == quantity.Money && dt.sent[qs[qi+1].Token] == sent &&
		(qs[qi+1].Kind == quantity.Money && x.equivalentAt(dt, qEnd, qs[qi+1].Token, 6) || qs[qi+1].Kind == quantity.Percent && x.changeRight(dt, qEnd, qs[qi+1].Token)) {
		nEnd := qs[qi+1].EndToken
		for i := range dates {
			if d := &dates[i]; d.tok >= nEnd && dt.wordsBetween(nEnd, d.tok) <= 2 && !d.since && !d.compared {
				return periodChoice{period: d.period, explicit: true, own: dt.wordsBetween(qEnd, d.tok), ownAfter: true}
			}
		}
	}
	// "up from $150.5 billion a year earlier": the year before the sentence's date.
	// "(годом ранее эта цифра составляла 4 млрд долл)": before it, too.
	// (Not the basis of a figure before: "rose 0.6% in May from a year
	// earlier and the unemployment rate was 3.7%".)
	// (Across a dash too: "а годом ранее — 7,3%".)
	earlierBefore := before != nil && slices.ContainsFunc(dt.find(x.w.earlier, max(before.end, dt.clauseAcrossDash(qTok)), qTok), func(m [2]int) bool {
		return !dt.endsAt(x.w.from, m[0], 0) && !dt.endsAt(x.w.compare, m[0], 0)
	})
	// "Годом ранее годовая инфляция была выше — 9,9%": opening the
	// sentence, with no figure between.
	if before != nil && !earlierBefore && before.tok < sentStart {
		earlierBefore = slices.ContainsFunc(dt.find(x.w.earlier, sentStart, min(qTok, sentStart+3)), func(m [2]int) bool { return m[0] == sentStart && !figureIn(qs, m[1], qTok) })
	}
	if same == nil && before != nil && (x.yearEarlier(dt, qTok, qEnd) || earlierBefore) {
		if p := shiftYear(before.period, -1); p != "" {
			return periodChoice{period: p, explicit: true, own: 1, ownAfter: true}
		}
	}
	// "ВВП увеличился на 5,1% против 5,2% в 2022-м", "grew 5.1% against
	// 5.2% in 2022": a statistic with no date of its own, compared in its
	// clause with the figure of a year, is of the year after it.
	if same == nil && before == nil && !in.IsEvent() {
		for _, d := range dates {
			if len(d.period) != len("2006") || d.tok <= qEnd || d.since || d.compared || d.clause(dt, qTok) != dt.cl[qTok] {
				continue
			}
			m := dt.find(x.w.compare, qEnd, d.tok)
			if k := slices.IndexFunc(qs, func(o quantity.Quantity) bool { return o.Token > qTok && o.Kind != quantity.Date }); len(m) == 0 && k >= 0 && x.trailingFrom(dt, qs, k) == qi {
				m = [][2]int{{qEnd, qs[k].Token}} // "до 2,5% с 1,9% в 2022-м": the value it came from
			}
			if len(m) == 0 || figureIn(qs, qEnd, m[0][0]) || !figureIn(qs, m[0][1], d.tok) {
				continue
			}
			// (But the later year the sentence before names, which the
			// figure goes on with: "Trade with Finland came to €22bn last
			// year. Trade with Russia fell to €1.3bn against €12.6bn in
			// 2021".)
			if sent > 0 {
				later := ""
				for _, o := range inSentences(dt, all, dateTok, sent-1, sent) {
					if len(o.period) == len("2006") && o.period > d.period && !o.compared && !o.since {
						later = max(later, o.period)
					}
				}
				if later != "" {
					return periodChoice{period: later, explicit: true, own: -1}
				}
			}
			if p := strconv.Itoa(atoi4(d.period) + 1); pub == "" || periodOver(p, pub) {
				return periodChoice{period: p, explicit: true, own: -1}
			}
		}
	}
	// "prices rose 7.4% on the level of July last year": a statistic with
	// no date of its own compared with a month a year back is of that
	// month this year; so with a quarter whose year is written ("تراجع
	// الناتج 2.1% مقارنة بالربع الأول من 2023"), not yet a year back from
	// publication.
	if same == nil && (before == nil || before.compared) && !in.IsEvent() {
		for _, d := range dates {
			if p := shiftYear(d.period, 1); d.compared && len(d.period) == 7 && (!quarter(d.period) || !d.noYear && d.written) && d.clause(dt, qTok) == dt.cl[qTok] && p != "" && (pub == "" || !periodAfter(p, pub)) {
				return periodChoice{period: p, explicit: true, own: -1}
			}
		}
	}
	// "real growth was 3.7% in the same period", the period of the
	// sentences before (the latest they name).
	// "… in the same year": the year of that period.
	// … in the figure's clause or fronting its sentence ("В отчетном
	// периоде объем ВВП составил …, а темпы его роста — 8,4%").
	// (Or anywhere before it in its sentence, no figure between: "تعد
	// تونس أكبر شريك خلال ذات الفترة، وبلغت التجارة …".)
	samePeriod := len(dt.find(x.w.samePeriod, dt.clauseStart(qTok), dt.clauseEnd(qTok))) > 0 || len(dt.find(x.w.samePeriod, sentStart, min(qTok, sentStart+4))) > 0 ||
		slices.ContainsFunc(dt.find(x.w.samePeriod, sentStart, qTok), func(m [2]int) bool { return !figureIn(qs, m[1], qTok) })
	sameYear := !samePeriod && len(dt.find(x.w.sameYear, dt.clauseStart(qTok), dt.clauseEnd(qTok))) > 0
	if same == nil && before == nil && !in.IsEvent() && (samePeriod || sameYear) {
		// (Of the nearest sentence that names one: "… a third-quarter
		// report. Trade with China hit $39.6 billion last year. Trade with
		// Chile was close to $4 billion over the same period" is 2024.)
		latest := ""
		for s := sent - 1; s >= max(0, sent-2) && latest == ""; s-- {
			for _, d := range inSentences(dt, all, dateTok, s, s+1) {
				if !d.compared && !d.since && !d.weekday && calendar(d.period) && len(d.period) <= 7 && d.period > latest {
					latest = d.period
				}
			}
		}
		if sameYear && latest != "" {
			latest = latest[:4]
		}
		if latest != "" {
			return periodChoice{period: latest, explicit: true, own: -1}
		}
	}
	// "The December data brought the full-year average inflation rate to
	// 3.1%": a word of the whole year between a month or quarter and the
	// figure, not completing the date ("in May of that year"), makes the
	// figure that year's.
	// So does a word of a year's rate between a quarter and a quarterly
	// statistic's figure: "The weak fourth-quarter growth brought annual
	// growth to 2%".
	if same != nil && in.Role == RoleStatistic && len(same.period) == len("2006-01") && same.tok < qTok &&
		!slices.ContainsFunc(dates, func(d dateRef) bool { return d.tok >= same.end && d.tok < qTok }) {
		from := max(same.end+2, dt.clauseStart(qTok))
		if len(dt.find(x.w.sameYear, from, qTok)) > 0 || quarter(same.period) && in.Frequency == "quarter" && len(dt.find(x.w.yearRate, from, qTok)) > 0 {
			return periodChoice{period: same.period[:4], explicit: true, own: -1}
		}
	}
	// A decision is taken on a day: "left rates at 5.25% despite the
	// recession at the end of last year" is not dated by that year.
	if same != nil && in.Role == RoleDecision && (len(same.period) < 7 || quarter(same.period) || same.yearEnd) {
		same = nil
	}
	// "has decided to maintain the rate at 7.75%, following its meeting
	// held yesterday": a decision is taken on the day its sentence names
	// after it, in any clause.
	if same == nil && in.Role == RoleDecision {
		// So is the day it was said in a statement: "kept the rate at
		// 2.5%, the bank said in a statement on January 8".
		for _, d := range dates {
			if (d.weekday || d.said && len(d.period) == len("2006-01-02")) && !d.since && d.tok > qTok && (pub == "" || d.period <= pub) {
				return periodChoice{period: d.period, explicit: true, own: -1}
			}
		}
		// "أبقى البنك المركزي، مساء الخميس، أسعار الفائدة دون تغيير. …
		// الإبقاء على سعر الإيداع عند 21%": the day of the decision the lead
		// announces without a figure.
		if before == nil {
			for s := max(0, sent-12); s < sent; s++ {
				a, b := dt.sentence(s)
				// (A count is no figure of it: "hiked its key rate for a
				// third time".)
				if len(dt.find(in.cues, a, b)) == 0 || slices.ContainsFunc(qs, func(o quantity.Quantity) bool { return o.Kind == qs[qi].Kind && o.Token >= a && o.Token < b }) {
					continue
				}
				// (Or a day the sentence right before gives it: "On August 2,
				// the bank hiked its key rate. The board raised the repo rate
				// to 1.25%".)
				for _, d := range inSentences(dt, all, dateTok, s, s+1) {
					if (d.weekday || s == sent-1 && len(d.period) == len("2006-01-02") && !d.dateline && !d.said) && !d.since && (pub == "" || d.period <= pub) {
						return periodChoice{period: d.period, explicit: true, own: -1}
					}
				}
			}
		}
	}
	// "В ноябре 2022 года он говорил, что доля составляет 60%": the
	// present tense of reported speech is the time it was said.
	if present && !today && before != nil && !before.weekday && len(dt.find(x.w.attrib, dt.clauseStart(before.tok), dt.clauseEnd(before.tok))) > 0 {
		present = false
	}
	// "In February, the central bank kept its rate at 10%": a month or year
	// gone by that opens the sentence dates a level it holds.
	if present && !today && before != nil && calendar(before.period) && !before.weekday && !before.since && !before.said && pub != "" && before.period < pub[:min(len(pub), len(before.period))] &&
		dt.clauseStart(before.tok) == sentStart && dt.cl[before.tok] != dt.cl[qTok] && !figureIn(qs, sentStart, dt.clauseEnd(before.tok)) {
		present = false
	}
	switch {
	case same != nil:
		if same.tok < qTok {
			also := x.pairedBefore(dt, dates, *same, qTok)
			// "в августе осталась на уровне 3%, достигнутом в июле": the
			// same value for the month it was reached in.
			// (Not the rate compared with: "2.9% against the rate recorded in
			// October 2012".)
			for _, m := range dt.find(x.w.reached, qEnd, min(dt.n, qEnd+3)) {
				if len(dt.find(x.w.compare, qEnd, m[0])) > 0 {
					continue
				}
				for _, d := range dates {
					if also == "" && d.tok >= m[1] && d.tok <= m[1]+2 && len(d.period) == len(same.period) && d.period != same.period {
						also = d.period
					}
				}
			}
			return periodChoice{period: x.laterOfYearPair(dt, in, dates, *same), explicit: true, own: dt.wordsBetween(same.end, qTok), also: also}
		}
		pc := periodChoice{period: same.period, explicit: true, own: dt.wordsBetween(asideEnd, same.tok), ownAfter: true}
		// "plateaued around 1.6% in August and September": one value for
		// each month of a pair.
		for _, d := range dates {
			if d.tok >= same.end && d.tok <= same.end+2 && dt.cl[d.tok] == dt.cl[same.tok] && x.joinsMonths(dt, *same, d) {
				pc.also = d.period
			}
		}
		return pc
	// (A statistic's own clause dates it even in the present tense: "GDP
	// in the fourth quarter is estimated to grow 7.55% over the same period
	// last year".)
	// (Not the date of another figure before a present one: "trade, worth
	// $900 million in 2005, is now thought to exceed $5 billion".)
	case before != nil && (!present || in.Role == RoleStatistic && before.clause(dt, qTok) == dt.cl[qTok] && len(before.period) < len("2006-01-02") && calendar(before.period) && !x.ownedByOther(dt, qs, *before, qi)) &&
		!(in.IsEvent() && before.clause(dt, qTok) != dt.cl[qTok] && (len(before.period) < 7 || before.period[5] == 'Q') && figureIn(qs, dt.clauseStart(before.tok), dt.clauseEnd(before.tok))):
		// An event (a rate decision) is not dated by a year or quarter that
		// belongs to another clause's figure (but is by a clause that only
		// dates it: "In 2024, the fifth meeting … took place").
		return periodChoice{period: x.laterOfYearPair(dt, in, dates, *before), explicit: true, own: -1, also: x.pairedBefore(dt, dates, *before, qTok)}
	case after != nil && in.IsEvent():
		return periodChoice{period: after.period, explicit: true, own: -1}
	// "Unemployment stood at 9.4%, according to the agency's survey of the
	// labour market in the second quarter of 2023": a year or quarter the
	// source named after the figure gives is the data's period.
	case after != nil && in.Role == RoleStatistic && (len(after.period) == len("2006") || quarter(after.period)) && calendar(after.period) && !after.since && !after.said && !after.compared &&
		dt.sent[after.tok] == sent && !figureIn(qs, qEnd, after.tok) &&
		slices.ContainsFunc(dt.find(x.w.sources, qEnd, after.tok), func(m [2]int) bool { return m[0]-dt.clauseStart(m[0]) <= 1 }):
		return periodChoice{period: after.period, explicit: true, own: -1}
	}
	// An event whose sentence dates nothing: a date the sentences around it
	// give it.
	if same == nil && before == nil && after == nil {
		// "Uganda's central bank lifted its rate to 10 per cent. The decision,
		// made public on February 18, …": a decision with no date of its own
		// takes the day the next sentence gives it.
		if in.Role == RoleDecision {
			if a, b := dt.sentence(sent + 1); a < b && slices.ContainsFunc(dt.find(x.w.decisionNouns, a, min(b, a+3)), func(m [2]int) bool { return m[0] <= a+1 }) {
				for _, d := range inSentences(dt, all, dateTok, sent+1, sent+2) {
					if len(d.period) == len("2006-01-02") && !d.since && !d.compared && (pub == "" || d.period <= pub && withinWeekBefore(d.period, addDays(pub, 1))) {
						return periodChoice{period: d.period, explicit: true, own: -1}
					}
				}
			}
		}
		// "The bank decided on 12 March to cut its rates by 100 basis
		// points. The overnight deposit rate now stands at 19%": a level
		// said to stand now, right after the sentence that dates the
		// decision and sizes its move but gives no level, is that
		// decision's.
		if in.Role == RoleDecision && present && sent > 0 && pub != "" {
			a, b := dt.sentence(sent - 1)
			moved, level := false, false
			i, j := within(qs, quantityTok, a, b)
			for _, o := range qs[i:j] {
				points := o.Unit == "bp" || o.Unit == "pp"
				moved = moved || points
				level = level || o.Kind == quantity.Percent && !points
			}
			if moved && !level && len(dt.find(in.cues, a, b)) > 0 {
				for _, d := range inSentences(dt, all, dateTok, sent-1, sent) {
					if len(d.period) == len("2006-01-02") && !d.since && !d.compared && d.period <= pub && addDays(d.period, 45) >= pub {
						return periodChoice{period: d.period, explicit: true, own: -1}
					}
				}
			}
		}
		// "Президент Лаоса прибудет во Вьетнам 8 июля с официальным визитом. …
		// Ожидается, что визит будет двухдневным": a visit's length with no date
		// of its own is of the visit a sentence before dates by its day or month.
		if in.Role == RoleVisit {
			for s := sent - 1; s >= 0 && s >= sent-3; s-- {
				ds := inSentences(dt, all, dateTok, s, s+1)
				if k := slices.IndexFunc(ds, func(d dateRef) bool {
					return !d.since && !d.compared && (len(d.period) == len("2006-01-02") || len(d.period) == len("2006-01") && !quarter(d.period)) &&
						len(dt.find(in.cues, dt.clauseStart(d.tok), dt.clauseEnd(max(d.tok, d.end-1)))) > 0
				}); k >= 0 {
					return periodChoice{period: ds[k].period, explicit: true, own: -1}
				}
			}
		}
		// "قرر بنك الكويت المركزي في اليوم نفسه خفض سعر الخصم": an event on
		// the same day as the last day named before it.
		if in.IsEvent() && len(dt.find(x.w.sameDay, sentStart, dt.clauseEnd(qTok))) > 0 {
			// (The last day named, when it dates an event of its clause: not
			// "в завершившемся 30 июня 2023/24 финансовом году".)
			for i := len(all) - 1; i >= 0; i-- {
				if d := all[i]; d.tok < sentStart && len(d.period) == len("2006-01-02") && !d.since && !d.compared {
					if (pub == "" || d.period <= pub) && slices.ContainsFunc(x.inds, func(o compiled) bool {
						return o.IsEvent() && len(dt.find(o.cues, dt.clauseStart(d.tok), dt.clauseEnd(d.tok))) > 0
					}) {
						return periodChoice{period: d.period, explicit: true, own: -1}
					}
					break
				}
			}
		}
	}
	if in.IsEvent() && !present {
		for i := len(lead) - 1; i >= 0; i-- {
			// "who arrived yesterday for a visit", "arrived in the capital
			// late on Tuesday": the day of an arrival dates no meeting and
			// no rate decision.
			// (Nor the day a statistic was released: "the statistics
			// agency said on Saturday that inflation held at 12.3%".)
			if d := lead[i]; d.weekday && !d.since && (pub == "" || d.period <= pub) && !(in.Role != RoleVisit && len(dt.find(x.w.arrive, dt.clauseStart(d.tok), d.tok)) > 0) &&
				!(in.Role == RoleDecision && dt.sent[d.tok] != sent && x.statisticIn(dt, dt.sent[d.tok])) {
				return periodChoice{period: d.period, explicit: true, own: -1}
			}
		}
		// A headline before the lead: the weekday the next sentences give.
		if sent == 0 {
			for _, d := range inSentences(dt, all, dateTok, sent+1, 3) {
				if d.weekday && !d.since && (pub == "" || d.period <= pub) {
					return periodChoice{period: d.period, explicit: true, own: -1}
				}
			}
		}
	}
	// A statistic in the past tense with no date of its own is about the
	// month the lead names ("Employers added 187,000 jobs in August. …
	// The unemployment rate rose to 3.8%").
	// (Not one whose sentence says how things are: "China is Cambodia's
	// largest trading partner, with a trade volume of $11.6 billion".)
	// (Nor a statistic of the day, a standing share: "the share of
	// national currencies in settlements reached 97%" is the day's.)
	// "Inflation slowed to 5.7% in September from 6.1% in August. A year
	// earlier it was above 20%": a sentence with no date of its own that
	// opens with "a year earlier" is of the period the sentence before is
	// about, a year back.
	if !in.IsEvent() && same == nil && before == nil && after == nil && sent > 0 &&
		slices.ContainsFunc(dt.find(x.w.earlier, sentStart, min(qTok, sentStart+3)), func(m [2]int) bool { return m[0] <= sentStart+1 && !figureIn(qs, m[1], qTok) }) {
		for _, d := range inSentences(dt, all, dateTok, sent-1, sent) {
			if !d.weekday && !d.since && !d.compared && len(d.period) <= len("2006-01") && calendar(d.period) {
				return periodChoice{period: shiftYear(d.period, -1), explicit: true, own: 1}
			}
		}
	}
	if !in.IsEvent() && !present && in.Frequency != "day" && !slices.ContainsFunc(dt.find(x.w.present, sentStart, dt.clauseStart(qTok)), func(m [2]int) bool { return !steady(m) }) {
		// "…, down from 19.8% a year earlier": the lead's month a year before.
		earlier := x.yearEarlier(dt, qTok, qEnd)
		for _, d := range lead { // the lead's first month: the news hook
			// A month not yet over when the news was published is no
			// statistic's (a page's date line: "5 January 2025").
			// (Nor a month long before it, which no release of the day is
			// about: "its last cut, to 6.5%, came in March 2023", in a lead
			// of 2025.)
			if !d.weekday && !d.since && !d.compared && len(d.period) == 7 && (pub == "" || d.period[5] != 'Q' && d.period < pub[:7] || quarter(d.period) && !periodAfter(addQuarters(d.period, 1), pub)) &&
				(pub == "" || periodMonth(pub[:7])-periodMonth(d.period) <= 9) {
				if earlier {
					return periodChoice{period: shiftYear(d.period, -1), explicit: true, own: 1, ownAfter: true, lead: true, leadSent: dt.sent[d.tok]}
				}
				return periodChoice{period: d.period, explicit: true, own: -1, lead: true, leadSent: dt.sent[d.tok]}
			}
		}
	}
	// "Trade between Russia and Egypt grew 20% in 2023. … Bilateral trade
	// reached $7.2 billion": a statistic with no date of its own, after
	// a sentence that dates the same indicator with no figure of this
	// kind, is of that date; so is a list that goes on over sentences of
	// figures with no date ("unemployment in 2025: … led with 28%. …
	// Iraq came seventh with 15.5%").
	// (Not a statement made earlier: "The minister earlier noted that trade
	// had reached $8 billion".)
	if !in.IsEvent() && !present && sent > 0 && !x.saidEarlier(dt, sentStart, qTok) {
		for s, back := sent-1, 2; s >= 0 && s >= sent-back; s-- {
			a, b := dt.sentence(s)
			figures := slices.ContainsFunc(qs, func(o quantity.Quantity) bool { return o.Kind == qs[qi].Kind && o.Token >= a && o.Token < b })
			if len(dt.find(in.cues, a, b)) == 0 {
				if figures && len(inSentences(dt, all, dateTok, s, s+1)) == 0 && back < 6 {
					back++ // "Sudan came fourth with 20.8%": the list goes on
				}
				// "Photo: archive", "Об этом сообщает агентство со ссылкой
				// на таможню": a caption or a line that only says who
				// reported it, with no figure and no date, is not counted.
				if i, j := within(qs, quantityTok, a, b); i == j && back < 6 && (dt.wordsBetween(a, b) <= 5 || dt.wordsBetween(a, b) <= 14 && len(dt.find(x.w.attrib, a, b)) > 0) {
					back++
				}
				continue
			}
			var found []dateRef
			cues := dt.find(in.cues, a, b)
			for _, d := range inSentences(dt, all, dateTok, s, s+1) {
				// (In a clause of the cue: not "… أكبر للتبادل التجاري، حين
				// وقعا اتفاقا في 2018", the year of another event.)
				if !slices.ContainsFunc(cues, func(m [2]int) bool { return dt.cl[m[0]] == dt.cl[d.tok] }) {
					continue
				}
				// (Nor the last time a level was seen: "В последний раз
				// безработица была так высока в марте 2016 года".)
				if len(dt.find(x.w.lastTime, dt.clauseStart(d.tok), d.tok)) > 0 {
					continue
				}
				if !d.weekday && !d.since && !d.compared && !d.said && !d.dateline && calendar(d.period) && len(d.period) <= 7 && (pub == "" || periodOver(d.period, pub)) {
					found = append(found, d)
				}
			}
			if figures {
				if len(inSentences(dt, all, dateTok, s, s+1)) > 0 || back >= 6 {
					break
				}
				back++
				continue
			}
			// (Of two, the one right before the cue: "В прошлом году
			// товарооборот … снизился после рекордного 2023 года".)
			if len(found) > 1 {
				found = slices.DeleteFunc(found, func(d dateRef) bool {
					return !slices.ContainsFunc(cues, func(m [2]int) bool { return d.end <= m[0] && dt.wordsBetween(d.end, m[0]) == 0 })
				})
			}
			if len(found) == 1 {
				// (A year back for a figure "a year earlier": "… reached $60
				// billion, below the record $63 billion a year earlier".)
				if x.yearEarlier(dt, qTok, qEnd) {
					if p := shiftYear(found[0].period, -1); p != "" {
						return periodChoice{period: p, explicit: true, own: 1, ownAfter: true}
					}
				}
				return periodChoice{period: found[0].period, explicit: true, own: -1, lead: true}
			}
			break
		}
	}
	// "По его словам, годом ранее доля … не превышала 5%", "a year ago the
	// share was 5%": a sentence that names no date but "a year earlier" is
	// of the year before publication.
	if !in.IsEvent() && same == nil && before == nil && after == nil && len(pub) >= 4 {
		earlier := x.yearEarlier(dt, qTok, qEnd) || slices.ContainsFunc(dt.find(x.w.earlier, dt.clauseStart(qTok), qTok), func(m [2]int) bool {
			return !dt.endsAt(x.w.from, m[0], 0) && !dt.endsAt(x.w.compare, m[0], 0) && !figureIn(qs, m[1], qTok)
		})
		if earlier {
			return periodChoice{period: shiftYear(pub[:4], -1), explicit: true, own: 1}
		}
	}
	return periodChoice{period: pub, own: -1, present: present}
}

// yearEarlier reports "a year earlier" right after a figure, as when it
// was ("down from 19.8% a year earlier"), not as what it is compared with
// ("jumped 7.1% from a year ago", "по сравнению с годом ранее").
func (x *Extractor) yearEarlier(dt *docTokens, qTok, qEnd int) bool {
	basis := dt.find(x.w.onYear, qEnd, min(qEnd+5, dt.n)) // "up 3.2% on a year earlier"
	for _, m := range dt.find(x.w.earlier, qEnd, min(qEnd+4, dt.clauseEnd(qTok))) {
		if !dt.endsAt(x.w.from, m[0], 0) && !dt.endsAt(x.w.compare, m[0], 0) && !slices.ContainsFunc(basis, func(b [2]int) bool { return b[0] <= m[0] && m[1] <= b[1] }) {
			return true
		}
	}
	return false
}

// clause is the clause of date d as seen from token tok: a date that spans
// a dash ("январь — июль 2024 года") belongs by its last token to what
// follows it and by its first token to what precedes it.
func (d dateRef) clause(dt *docTokens, tok int) int {
	if d.tok < tok {
		return dt.cl[max(d.tok, d.end-1)]
	}
	return dt.cl[d.tok]
}

// periodChoice is what period chose.
type periodChoice struct {
	period   string
	explicit bool   // the text gives it, not the publication date
	own      int    // words between the quantity and its own date (its clause, "a year earlier"); -1: none
	ownAfter bool   // the own date follows the quantity
	also     string // a second month joined to the own one ("in August and September")
	// effective: the day a decision takes effect, which may follow publication
	effective bool
	// present: a standing level said in the present tense, of the day of
	// publication ("inflation stands at 4%")
	present bool
	// lead: the period is the lead's month, not the claim's own: the same
	// value dated in its own sentence elsewhere wins
	lead bool
	// leadSent is the sentence of the lead's month, when lead is set by it.
	leadSent int
}

// changeByNature reports an indicator whose value is a change with no basis
// of its own (GDP growth: growth cues, no growth basis). For it alone
// growth on the quarter before is another measure; a level compared with
// the quarter before (an unemployment rate) is still the level.
func (x *Extractor) changeByNature(id string) bool {
	in := x.ind(id)
	return in != nil && in.growth.len() > 0 && in.basis.len() == 0
}

// laterOfYearPair returns the period of d, or, for an indicator on a
// year-on-year basis, the later month of a pair d belongs to that spans a
// year ("between November 2015 and November 2016",
// "ما بين نوفمبر 2016 ونوفمبر 2015"): the change between them is the
// later month's year-on-year rate.
func (x *Extractor) laterOfYearPair(dt *docTokens, in *compiled, dates []dateRef, d dateRef) string {
	month := func(p string) bool { return len(p) == len("2006-01") && p[5] != 'Q' }
	if !month(d.period) || in.basis.len() == 0 {
		return d.period
	}
	for _, e := range dates {
		a, b := d, e
		if e.tok < d.tok {
			a, b = e, d
		}
		// Joined as a range: "between X and Y".
		// ("بين شهر آب 2016 وشهر آب 2015": past the word for month.)
		pair := dt.wordsBetween(a.end, b.tok) <= 1 && b.tok-a.end <= 3 && dt.cl[a.tok] == dt.cl[b.tok] && (dt.endsAt(x.w.rangeStart, a.tok, 0) || dt.endsAt(x.w.rangeStart, a.tok-1, 0) && dt.isPrep(a.tok-1))
		if !month(e.period) || !pair {
			continue
		}
		if periodMonth(b.period)-periodMonth(a.period) == 12 || periodMonth(a.period)-periodMonth(b.period) == 12 {
			return max(a.period, b.period)
		}
	}
	return d.period
}

// joinsMonths reports two months joined by "and" alone: "August and
// September", "أغسطس وسبتمبر", "в августе и сентябре".
func (x *Extractor) joinsMonths(dt *docTokens, a, b dateRef) bool {
	if len(a.period) != 7 || len(b.period) != 7 || quarter(a.period) || quarter(b.period) || a.compared || b.compared || b.since {
		return false
	}
	switch b.tok - a.end {
	case 0: // a glued conjunction: "أغسطس وسبتمبر"
		n := dt.sc.Norm(b.tok)
		for _, p := range x.w.and.pats {
			if len(p) == 1 && utf8.RuneCountInString(p[0].w) == 1 && strings.HasPrefix(n, p[0].w) {
				return true
			}
		}
	case 1:
		return x.isAnd(dt.sc.Norm(a.end))
	}
	return false
}

// pairedBefore returns the month joined to d before it ("в марте и
// феврале - 4,1%": one value for each month of the pair), in d's year when
// it has none of its own, or "", for the figure at token qTok.
func (x *Extractor) pairedBefore(dt *docTokens, dates []dateRef, d dateRef, qTok int) string {
	// "rose in July and August, reaching 4.6%": the level a move over the
	// two months reached is the later month's alone.
	if cs := dt.clauseStart(d.tok); dt.endsAt(x.w.level, qTok, 0) && (len(dt.find(x.w.rise, cs, qTok)) > 0 || len(dt.find(x.w.fall, cs, qTok)) > 0) {
		return ""
	}
	for _, p := range dates {
		if p.end <= d.tok && x.joinsMonths(dt, p, d) {
			if p.noYear {
				return d.period[:4] + p.period[4:] // "в марте и феврале 2022 года"
			}
			return p.period
		}
	}
	return ""
}

// ownedByOther reports a date that another figure than qi owns.
func (x *Extractor) ownedByOther(dt *docTokens, qs []quantity.Quantity, d dateRef, qi int) bool {
	o := x.ownedBy(dt, qs, d)
	return o >= 0 && o != qi
}

// leftFrom reports a country mention m named as the place a traveller
// leaves ("From Kenya, … leaves for Tanzania"): no side of the visit.
func (x *Extractor) leftFrom(dt *docTokens, m mention) bool {
	return !m.person && dt.endsAt(x.w.origin, m.tok, 0)
}

// anyTakes reports an indicator of the catalog whose figures are of kind k.
func (x *Extractor) anyTakes(k quantity.Kind) bool {
	for i := range x.inds {
		if slices.Contains(x.inds[i].Kinds, string(k)) {
			return true
		}
	}
	return false
}

// isAnd reports a word that joins the items of a list ("and", "و", "и").
func (x *Extractor) isAnd(w string) bool { return x.w.and.hasWord(w) }

// isRangeStart reports a word that opens a range ("between", "от").
func (x *Extractor) isRangeStart(w string) bool { return x.w.rangeStart.hasWord(w) }

// fiscal reports a fiscal period ("FY2024/25-Q4"), no calendar period.
func fiscal(p string) bool { return strings.HasPrefix(p, "FY") }

// fiscalQuarter reads a fiscal quarter of country ("FY2025/2026-Q1",
// "FY2024/25-Q2", "FY26-Q3") as the calendar quarter it is, when the
// country's fiscal year begins with one (fiscal.yaml); else "".
func (x *Extractor) fiscalQuarter(p, country string) string {
	start, ok := x.fiscal[country]
	fy, q, found := strings.Cut(strings.TrimPrefix(p, "FY"), "-Q")
	if !ok || !found || len(q) != 1 || q[0] < '1' || q[0] > '4' || (start-1)%3 != 0 || !strings.HasPrefix(p, "FY") {
		return ""
	}
	first, _, two := strings.Cut(fy, "/")
	y, err := strconv.Atoi(first)
	switch {
	case err != nil || y < 0: // (not "FY-1-Q2", the year before the one under way)
		return ""
	case len(first) == 2:
		y += 2000
	}
	if !two && start > 1 {
		y-- // "FY26": the fiscal year that ends in 2026
	}
	m := start - 1 + 3*int(q[0]-'1') // months after January of year y
	return fmt.Sprintf("%04d-Q%d", y+m/12, m%12/3+1)
}

// currentFiscalQuarter reads a fiscal quarter of country named without its
// year ("FY-Q2": "the second quarter of the fiscal year") as that quarter
// of the fiscal year under way on the day pub, or of the one before when
// it has not ended by then; else "".
func (x *Extractor) currentFiscalQuarter(p, country, pub string) string {
	q, y, ok := x.fiscalUnderWay(p, "FY-Q", country, pub)
	if !ok {
		return ""
	}
	for _, fy := range []int{y, y - 1} {
		cal := x.fiscalQuarter(fmt.Sprintf("FY%04d/%04d-Q%s", fy, fy+1, q), country)
		if cal == "" {
			return ""
		}
		// The quarter's last month has ended by pub.
		last := fmt.Sprintf("%s-%02d", cal[:4], (int(cal[6]-'0'))*3)
		if last < pub[:7] {
			return cal
		}
	}
	return ""
}

// lastFiscalQuarter is currentFiscalQuarter for "the last fiscal"
// ("FY-1-Q2"): the quarter of the fiscal year before the one under way on
// pub.
func (x *Extractor) lastFiscalQuarter(p, country, pub string) string {
	q, y, ok := x.fiscalUnderWay(p, "FY-1-Q", country, pub)
	if !ok {
		return ""
	}
	return x.fiscalQuarter(fmt.Sprintf("FY%04d/%04d-Q%s", y-1, y, q), country)
}

// fiscalUnderWay reads the quarter number after prefix in p and the year
// the fiscal year of country under way on the day pub began in.
func (x *Extractor) fiscalUnderWay(p, prefix, country, pub string) (q string, y int, ok bool) {
	q, ok = strings.CutPrefix(p, prefix)
	start, known := x.fiscal[country]
	if !ok || !known || len(pub) < len("2006-01") || len(q) != 1 {
		return "", 0, false
	}
	y, err1 := strconv.Atoi(pub[:4])
	m, err2 := strconv.Atoi(pub[5:7])
	if err1 != nil || err2 != nil {
		return "", 0, false
	}
	if m < start {
		y-- // the fiscal year under way began last year
	}
	return q, y, true
}

// quarter reports a calendar quarter ("2025-Q2").
func quarter(p string) bool { return len(p) == 7 && p[5] == 'Q' }

// calendar reports a calendar year, quarter, month or day (no fiscal
// period, no stretch of months).
func calendar(p string) bool { return !fiscal(p) && !strings.Contains(p, "/") }

// countOfTime reports a bare number next to a unit of time ("الأشهر
// الثلاثة من يناير إلى مارس"): part of a date, no figure of its own.
func (x *Extractor) countOfTime(dt *docTokens, q quantity.Quantity) bool {
	e := q.EndToken
	return q.Kind == quantity.Number && (len(dt.find(x.w.timeUnits, max(0, q.Token-1), q.Token)) > 0 || len(dt.find(x.w.timeUnits, e, min(dt.n, e+1))) > 0)
}

// endingStretch reports a stretch of time that ends at a date named right
// after it ("2.7% in the twelve months ending in November"): it dates the
// figure before it, and is no figure of its own.
func (x *Extractor) endingStretch(dt *docTokens, q quantity.Quantity) bool {
	e := q.EndToken
	return q.Kind == quantity.Duration && dt.startsAt(x.w.ending, e)
}

// ownedBy returns the index in qs of the numeric quantity nearest to date d
// in its clause, or -1: "228 in the past year against 245 in 2024" gives each
// figure its own date.
func (x *Extractor) ownedBy(dt *docTokens, qs []quantity.Quantity, d dateRef) int {
	best, bestDist := -1, 1<<30
	from, to := within(qs, quantityTok, dt.clauseStart(d.tok)-1, dt.clauseEnd(max(d.tok, d.end-1))+1)
	for i := from; i < to; i++ {
		q := qs[i]
		if q.Kind == quantity.Date || dt.cl[q.Token] != d.clause(dt, q.Token) {
			continue
		}
		if x.countOfTime(dt, q) {
			continue
		}
		if x.endingStretch(dt, q) {
			continue
		}
		if prev := x.trailingFrom(dt, qs, i); prev >= 0 && d.tok > q.Token && !laterPeriodBefore(dt, qs, d, qs[prev].Token) {
			return prev // "to 53.6% from 54.1% in January 2023"
		}
		// "تجارة بقيمة 12 مليار دولار مع عمان في العام الماضي بارتفاع
		// 25%", "$12 billion of trade last year, up 25%": the rate of
		// change of a sum, right after the date, leaves the date to the sum.
		if q.Kind == quantity.Percent && d.end <= q.Token && x.changeRight(dt, d.end, q.Token) && slices.ContainsFunc(qs[from:i], func(o quantity.Quantity) bool {
			return o.Kind == quantity.Money && o.Token < d.tok && dt.cl[o.Token] == dt.cl[d.tok]
		}) {
			continue
		}
		// "KD2.4bn in 2024 (roughly US$7.8bn)": a sum restated in another
		// currency past the date leaves the date to the sum.
		if q.Kind == quantity.Money && d.tok < q.Token && x.equivalentAt(dt, d.end, q.Token, 3) &&
			slices.ContainsFunc(qs[from:i], func(o quantity.Quantity) bool {
				return o.Kind == quantity.Money && o.EndToken <= d.tok && dt.cl[o.Token] == dt.cl[d.tok]
			}) {
			continue
		}
		// "3.4% (revised from 3.3%) in the first quarter": a figure in an
		// aside that opens right after another figure and closes before
		// the date leaves the date to that one (not a figure the aside
		// opens with, an equivalent: "900 billion rubles ($10 bln) in
		// 2022").
		if i > from && d.tok > q.Token && qs[i-1].Kind != quantity.Date && dt.sc.Punct(qs[i-1].EndToken) == '(' && q.Token > qs[i-1].EndToken+1 &&
			dt.punctIn(')', q.EndToken, d.tok) && !dt.punctIn(')', qs[i-1].EndToken, q.Token) {
			continue
		}
		qEnd := q.EndToken
		// "вырос на 12,7% (в первом квартале рост составил 18,3%)": a date
		// inside brackets opened after the figure is the bracket's.
		// (Not a bracket of the date alone: "$42 million (FY 2016-17)",
		// "до 19,1% в пандемию (в III квартале 2020-го)".)
		if d.tok > q.Token && dt.openBracketIn(qEnd, d.tok) && !(dateAlone(dt, d) && dt.wordsBetween(qEnd, d.tok) <= 4 && !figureIn(qs, qEnd, d.tok)) {
			continue
		}
		// "grew 4.8% in the third quarter following a 5.2% rise in the
		// second quarter": a figure with a date of its own right after it
		// does not also take the date before it.
		// But a date right before the next figure is that one's ("في عام 2021
		// 359.09٪ وبلغ في العام 2022 138.81٪").
		if d.tok < q.Token && i+1 < len(qs) && qs[i+1].Kind == quantity.Date && dt.cl[qs[i+1].Token] == dt.cl[q.Token] && dt.wordsBetween(qEnd, qs[i+1].Token) <= 2 &&
			!(i+2 < len(qs) && qs[i+2].Kind != quantity.Date && dt.wordsBetween(qs[i+1].EndToken, qs[i+2].Token) == 0) {
			continue
		}
		// "in March (to 6%) and in June (to 5.5%)": a figure in brackets
		// that open right after the date is the date's.
		if d.end < q.Token && d.end < dt.n && dt.sc.Punct(d.end) == '(' && dt.wordsBetween(d.end+1, q.Token) <= 1 && !dt.punctIn(')', d.end, q.Token) {
			return i
		}
		// Words between, counted twice, prepositions and articles into a
		// date not at all; a date leans to the figure before it ("32.9% in
		// the first quarter from 31.9% in the fourth").
		// (A basis between counts for nothing: "contracted 0.7% from a year
		// earlier in the third quarter after growing 1.9% in the second".)
		dist := 2 * dt.wordsBetween(qEnd, d.tok)
		if d.tok > q.Token {
			for _, m := range dt.find(x.w.onYear, qEnd, d.tok) {
				dist -= 2 * dt.wordsBetween(m[0], m[1])
			}
		}
		if d.tok < q.Token {
			dist = 2*dt.wordsBetween(d.end, q.Token) + 1
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	return best
}

// dateAlone reports a date that is all its brackets hold, past a
// preposition at most: "(FY 2016-17)", "(в III квартале 2020-го)".
func dateAlone(dt *docTokens, d dateRef) bool {
	open := d.tok - 1
	if open > 0 && dt.isPrep(open) {
		open--
	}
	end := d.end
	if end+1 < dt.n && dt.sc.Punct(end) == '-' && len([]rune(dt.sc.Norm(end+1))) <= 2 && dt.sc.Norm(end+1) != "" {
		end += 2 // "2020-го"
	}
	return open >= 0 && dt.sc.Punct(open) == '(' && end < dt.n && dt.sc.Punct(end) == ')'
}

// changeRight reports whether the words from a to b, at most two and in
// one clause, say a rise or a fall and compare with nothing ("بزيادة",
// ", up").
func (x *Extractor) changeRight(dt *docTokens, a, b int) bool {
	if a >= b || dt.wordsBetween(a, b) > 2 || dt.cl[a] != dt.cl[b-1] && !dt.comma(a) {
		return false
	}
	return len(dt.find(x.w.compare, a, b)) == 0 && (len(dt.find(x.w.rise, a, b)) > 0 || len(dt.find(x.w.fall, a, b)) > 0)
}

// addQuarters moves quarter q by n quarters ("2025-Q4", 1 → "2026-Q1").
func addQuarters(q string, n int) string {
	// (A month gives its quarter: "2015-05" with n = 0 is "2015-Q2".)
	// A fiscal quarter ("FY25-Q3", "FY2024/25-Q1") moves within its
	// label: the quarter before the first is the last of the year before.
	if fy, qn, ok := strings.Cut(q, "-Q"); ok && fiscal(q) && len(qn) == 1 && qn[0] >= '1' && qn[0] <= '4' {
		k := int(qn[0]-'1') + n
		for k < 0 {
			if fy = previousFiscalYear(fy); fy == "" {
				return ""
			}
			k += 4
		}
		if k > 3 {
			return ""
		}
		return fmt.Sprintf("%s-Q%d", fy, k+1)
	}
	k := periodMonth(q)/3 + n
	if k < 0 {
		return fmt.Sprintf("%04d-Q%d", k/4, k%4+1)
	}
	return yearAndRest(k/4, [...]string{"-Q1", "-Q2", "-Q3", "-Q4"}[k%4])
}

// wellFormed reports a calendar year, quarter, month or day of years
// 1000–2999: "2024", "2024-Q3", "2024-08", "2024-08-31".
func wellFormed(p string) bool {
	y, ok := digits(p[:min(4, len(p))])
	if !ok || len(p) < 4 || y < 1000 || y > 2999 {
		return false
	}
	switch {
	case len(p) == 4:
		return true
	case len(p) == 7 && p[4] == '-' && p[5] == 'Q':
		return p[6] >= '1' && p[6] <= '4'
	case len(p) == 7 && p[4] == '-':
		m, ok := digits(p[5:])
		return ok && m >= 1 && m <= 12
	case len(p) == 10 && p[4] == '-' && p[7] == '-':
		m, ok1 := digits(p[5:7])
		d, ok2 := digits(p[8:])
		return ok1 && ok2 && m >= 1 && m <= 12 && d >= 1 && d <= 31
	}
	return false
}

// previousFiscalYear returns the fiscal year label before fy ("FY25" →
// "FY24", "FY2024/25" → "FY2023/24"), or "" when fy names no year.
func previousFiscalYear(fy string) string {
	if f := shiftFiscal(fy, -1); f != "" {
		return f
	}
	y, ok := digits(strings.TrimPrefix(fy, "FY"))
	if !ok || len(fy) != len("FY25") && len(fy) != len("FY2025") {
		return ""
	}
	return fmt.Sprintf("FY%0*d", len(fy)-2, y-1)
}

// yearWritten reports a four-digit year among the tokens of date d.
func yearWritten(dt *docTokens, d dateRef) bool {
	for k := d.tok; k < d.end; k++ {
		if t := dt.sc.Token(k); t.Number && t.ByteEnd-t.ByteStart == 4 {
			return true
		}
	}
	return false
}

// addDays moves a day "2006-01-02" by n days ("" when it is no day).
func addDays(day string, n int) string {
	// (Read by hand: time.Parse allocates an error for every period that
	// is no day, and most are not.)
	if len(day) != len("2006-01-02") || day[4] != '-' || day[7] != '-' {
		return ""
	}
	y, okY := digits(day[:4])
	m, okM := digits(day[5:7])
	d, okD := digits(day[8:])
	if !okY || !okM || !okD || m < 1 || m > 12 || d < 1 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // "2025-02-30"
		return ""
	}
	t = t.AddDate(0, 0, n)
	if t.Year() < 0 || t.Year() > 9999 {
		return t.Format("2006-01-02")
	}
	y, m, dd := t.Year(), int(t.Month()), t.Day()
	return string([]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-', byte('0' + m/10), byte('0' + m%10), '-', byte('0' + dd/10), byte('0' + dd%10)})
}

// shiftYear moves a period by n years: "2023-Q4" → "2022-Q4".
// shiftFiscal moves the fiscal period p ("FY2024/2025-Q4", "FY2024/25")
// n years, or returns "" when p names no year ("FY-Q2").
func shiftFiscal(p string, n int) string {
	first, rest, ok := strings.Cut(strings.TrimPrefix(p, "FY"), "/")
	if !ok || len(first) != 4 {
		return ""
	}
	y, ok := digits(first)
	second, tail := rest, ""
	if i := strings.IndexByte(rest, '-'); i >= 0 {
		second, tail = rest[:i], rest[i:]
	}
	y2, ok2 := digits(second)
	if !ok || !ok2 || len(second) != 2 && len(second) != 4 {
		return ""
	}
	if len(second) == 2 {
		return fmt.Sprintf("FY%04d/%02d%s", y+n, (y2+n+100)%100, tail)
	}
	return fmt.Sprintf("FY%04d/%04d%s", y+n, y2+n, tail)
}

func shiftYear(p string, n int) string {
	if len(p) < 4 {
		return ""
	}
	y, ok := digits(p[:4])
	if !ok {
		return ""
	}
	return yearAndRest(y+n, p[4:])
}

// yearAndRest writes year y as four digits (0–9999) followed by rest
// ("-Q3", "-08-31") in one string: periods are made for every figure read.
func yearAndRest(y int, rest string) string {
	if y < 0 || y > 9999 {
		return strconv.Itoa(y) + rest
	}
	b := make([]byte, 4, 4+len(rest))
	b[0], b[1], b[2], b[3] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	return string(append(b, rest...))
}

func absInt(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

// datesCueOf reports a date right before the indicator's cue, or before its
// possessive ending, that "of" joins to the figure at qTok: "above the
// April inflation of 4.4%", "against last year's growth rate of 3.1%".
func (x *Extractor) datesCueOf(dt *docTokens, in *compiled, d dateRef, qTok int) bool {
	return d.end < qTok && dt.endsAt(x.w.ratioOf, qTok, 0) && slices.ContainsFunc(dt.find(in.cues, d.end, qTok), func(m [2]int) bool {
		// (Also past one word after the cue: "growth rate of".)
		return m[1] <= qTok-1 && dt.wordsBetween(m[1], qTok-1) <= 1 && m[0] <= d.end+2 && dt.possessive(d.end, m[0])
	})
}

// anyCue reports a cue of any indicator in tokens [a, b).
func (x *Extractor) anyCue(dt *docTokens, a, b int) bool {
	for i := range x.inds {
		if len(dt.find(x.inds[i].cues, a, b)) > 0 {
			return true
		}
	}
	return false
}

// otherCueBefore reports a cue of another indicator of in's unit in tokens
// [a, tok), at most two words before tok and not right at a.
func (x *Extractor) otherCueBefore(dt *docTokens, in *compiled, a, tok int) bool {
	for i := range x.inds {
		if x.inds[i].ID == in.ID || x.inds[i].Unit != in.Unit {
			continue
		}
		// (Not the figure's own noun: "a 5.6 percent growth tallied in
		// October".)
		if slices.ContainsFunc(dt.find(x.inds[i].cues, a, tok), func(m [2]int) bool { return dt.wordsBetween(m[1], tok) <= 2 && dt.wordsBetween(a, m[0]) > 0 }) {
			return true
		}
	}
	return false
}

// periodOver reports a year, quarter or month that ended before pub.
func periodOver(p, pub string) bool {
	end := periodEnd(p)
	return end >= 0 && end < periodMonth(pub[:7])
}

// periodAfter reports whether period p starts after the day pub.
func periodAfter(p, pub string) bool {
	switch {
	case len(p) == 4:
		return p+"-01-01" > pub
	case len(p) == 7 && p[5] == 'Q':
		return p[:5]+[]string{"01", "04", "07", "10"}[(p[6]-'1')&3]+"-01" > pub
	case len(p) == 7:
		return p+"-01" > pub
	}
	return p > pub
}

// statisticIn reports a cue of a statistic in sentence s.
func (x *Extractor) statisticIn(dt *docTokens, s int) bool {
	a, b := dt.sentence(s)
	return slices.ContainsFunc(x.inds, func(o compiled) bool { return o.Role == RoleStatistic && len(dt.find(o.cues, a, b)) > 0 })
}

// afterThan reports a "than" right before token tok, or one word before it
// ("than with Germany", "чем с Германией").
func (x *Extractor) afterThan(dt *docTokens, tok int) bool {
	return slices.ContainsFunc(dt.find(x.w.than, max(0, tok-3), tok), func(m [2]int) bool { return m[1] == tok || m[1] == tok-1 })
}

// overallOf returns the one country a pair's figure is the whole of: a
// word of Overall right before the cue in the figure's clause, which names
// that country alone and as no partner ("Kenya's total trade turnover",
// "the overall trade of Peru").
func (x *Extractor) overallOf(dt *docTokens, in *compiled, inSent []mention, qTok int) (string, bool) {
	// (Across a dash too: "Внешняя торговля Индии в целом выросла на 7% —
	// до 1,1 трлн долларов".)
	cs, ce := dt.clauseAcrossDash(qTok), dt.clauseEnd(qTok)
	if !slices.ContainsFunc(dt.find(in.cues, cs, qTok), func(m [2]int) bool { return dt.endsAt(x.w.overall, m[0], 1) }) || len(dt.find(x.w.twoCountries, cs, ce)) > 0 {
		return "", false
	}
	one := ""
	for _, m := range inSent {
		if m.tok < cs || m.tok >= ce || isGroup(m.code) {
			continue
		}
		if m.person || one != "" && one != m.code || partnerAt(dt, &x.w, m.tok) {
			return "", false
		}
		one = m.code
	}
	return one, one != ""
}

// leadNames reports whether the document's first sentence names both
// countries of pair.
func leadNames(dt *docTokens, ments []mention, pair []string) bool {
	lead := inSentences(dt, ments, mentionTok, 0, 1)
	for _, c := range pair {
		if !slices.ContainsFunc(lead, func(m mention) bool { return m.code == c }) {
			return false
		}
	}
	return true
}

// entities picks the countries a value is about: for a pair, the two named
// in the sentence, else the document's dominant pair; for one country, the
// nearest named in the clause, then the sentence, then the document's most
// named country. inSentence reports countries named in the sentence.
func (x *Extractor) entities(dt *docTokens, in *compiled, ments []mention, qTok, qEnd int, single, home string, pair []string) (ents []string, inSentence bool) {
	// "переговоры прошли в турецком городе Анталья …; товарооборот двух
	// стран": a country named as the adjective of a city or a province it
	// holds is where the sides met, no side.
	venue := func(m mention) bool { return !m.person && dt.startsAt(x.w.subnational, dt.placeEnd(m.tok)) }
	if in.Entities == 2 && slices.ContainsFunc(ments, venue) {
		ments = slices.DeleteFunc(slices.Clone(ments), venue)
	}
	inSent := inSentences(dt, ments, mentionTok, dt.sent[qTok], dt.sent[qTok]+1)
	if in.Entities == 2 {
		// "Trade with Slovakia has proved more resilient than with
		// Germany": a country compared with is no side.
		if slices.ContainsFunc(inSent, func(m mention) bool { return !m.person && x.afterThan(dt, m.tok) }) {
			inSent = slices.DeleteFunc(slices.Clone(inSent), func(m mention) bool { return !m.person && x.afterThan(dt, m.tok) })
		}
		// "Kenya's total trade turnover came to $2.9 billion in June": the
		// whole trade of the one country its clause names.
		if c, ok := x.overallOf(dt, in, inSent, qTok); ok {
			return []string{c}, true
		}
		// "in this visit … between the two countries, under American
		// sanctions": the pair the text is about, not the countries the
		// sentence happens to name.
		before := map[string]bool{}
		for _, m := range inSent {
			if m.tok < qTok || dt.cl[m.tok] == dt.cl[qTok] {
				before[m.code] = true
			}
		}
		if a, b := dt.sentence(dt.sent[qTok]); len(before) < 2 && len(dt.find(x.w.twoCountries, a, b)) > 0 {
			// "China and the Arab states … Trade between the two sides":
			// the sides named just before, when one is a group.
			if sides := groupSidesBefore(dt, ments, dt.sent[qTok]); sides != nil {
				return sides, true
			}
			// "• خُمس التجارة الإماراتية الصينية …\n… وبلغ التبادل التجاري بين
			// البلدين": the pair its section's title names.
			if sec := x.sectionCountries(dt, ments, dt.sent[qTok]); len(sec) == 2 {
				return sec, true
			}
			// "… less than 5% of Paraguay's trade with Brazil is settled in
			// guaranis. Trade between the two countries came to $4.6
			// billion": the two the sentence before names, if it names two.
			// (Also when the sentence names one of them: "По словам
			// малийского министра, около 40% расчетов между двумя странами".)
			// (Or up to three sentences back, past sentences that name
			// no other country: "India and the UAE launched … Some 2% of
			// the trade was settled in rupees, the Reserve Bank of India
			// said. Trade between the two countries came to $84 billion".)
			var seen []string
			for back := dt.sent[qTok] - 1; len(before) <= 1 && back >= 0 && back >= dt.sent[qTok]-3; back-- {
				var two []string
				for _, m := range inSentences(dt, ments, mentionTok, back, back+1) {
					// (A leader names a side beside the one the sentence
					// names: "Президент Гоита, проведший в Москве …".)
					if !isGroup(m.code) && !slices.Contains(two, m.code) && (!m.person || len(before) == 1) {
						two = append(two, m.code)
					}
				}
				if len(two) == 2 && !slices.ContainsFunc(append(slices.Collect(maps.Keys(before)), seen...), func(c string) bool { return !slices.Contains(two, c) }) {
					sort.Strings(two)
					// (Not two the text names in passing, in a sentence of
					// no statistic, none of them a side of the pair its
					// lead names: "the committee of Jordan and Iraq … since
					// the war in Ukraine … trade between the two
					// countries".)
					if len(pair) == 2 && !slices.ContainsFunc(two, func(c string) bool { return slices.Contains(pair, c) }) && !x.statisticIn(dt, back) && leadNames(dt, ments, pair) {
						return pair, true
					}
					return two, true
				}
				if len(two) > 1 {
					break
				}
				seen = append(seen, two...)
			}
			// "Говоря о торговле с Россией, глава банка отметил, что
			// товарооборот двух стран …": the one country named as the
			// partner, with the country the document is about.
			if len(before) == 1 && single != "" {
				for _, m := range inSent {
					if m.tok < qTok && !m.person && m.code != single && !isGroup(m.code) && partnerAt(dt, &x.w, m.tok) {
						cs := []string{m.code, single}
						sort.Strings(cs)
						return cs, true
					}
				}
			}
			if len(pair) == 2 {
				return pair, true
			}
		}
		// "… the president's trip to Brazil, part of a journey that also
		// takes in Chile and Peru, … trade between the two countries": with more
		// than two countries named before, the pair the lead names, when
		// the sentence names both.
		if a, b := dt.sentence(dt.sent[qTok]); len(pair) == 2 && len(before) > 2 && before[pair[0]] && before[pair[1]] && len(dt.find(x.w.twoCountries, a, b)) > 0 && leadNames(dt, ments, pair) {
			return pair, true
		}
		codes := map[string]int{}
		for _, m := range inSent {
			d := absInt(m.tok - qTok)
			if m.tok > qTok && dt.cl[m.tok] != dt.cl[qTok] {
				d += 20 // "…, then he goes on to Minsk": a later clause is another trip
			}
			if old, ok := codes[m.code]; !ok || d < old {
				codes[m.code] = d
			}
		}
		// "الإمارات أكبر الشركاء التجاريين لروسيا في منطقة الخليج، … نمت
		// التجارة بين البلدين": "the two countries" of the figure's clause
		// are no group the sentence names beside two countries.
		// So is a group a sentence that names two countries names only
		// after a locative, the scope of a rank: "الجزائر ثاني شريك تجاري
		// لروسيا في القارة الأفريقية".
		scope := len(codes) == 3 && !slices.ContainsFunc(inSent, func(m mention) bool { return isGroup(m.code) && !dt.endsAt(x.w.locative, m.tok, 1) })
		if len(dt.find(x.w.twoCountries, dt.clauseStart(qTok), dt.clauseEnd(qTok))) > 0 || scope {
			countries := 0
			for c := range codes {
				if !isGroup(c) {
					countries++
				}
			}
			if countries >= 2 {
				maps.DeleteFunc(codes, func(c string, _ int) bool { return isGroup(c) })
			}
		}
		// "Ninety percent of our trade with China …", Putin said: "our" is
		// the country of the leader named last.
		if len(dt.find(x.w.we, dt.clauseStart(qTok), dt.clauseEnd(qTok))) > 0 {
			a, _ := dt.sentence(max(0, dt.sent[qTok]-3))
			_, b := dt.sentence(dt.sent[qTok])
			i, j := within(ments, mentionTok, a, b)
			for k := j - 1; k >= i; k-- {
				if ments[k].person {
					codes[ments[k].code] = 0
					break
				}
			}
		}
		// "China-Korea: the trade channel\n… two-way trade came to $328
		// billion": the pair a section's title names.
		if sec := x.sectionCountries(dt, ments, dt.sent[qTok]); len(sec) == 2 && !slices.ContainsFunc(slices.Collect(maps.Keys(codes)), func(c string) bool { return !slices.Contains(sec, c) }) {
			return sec, false
		}
		// "товарооборот с КНР достиг 17,4 млрд долларов, с Россией — 2,5
		// млрд": when every country of the sentence is named as the other
		// side ("with"), each figure is its partner's nearest before it with
		// the country the document is about.
		// (A group named beside them is none: "Trade with Chile, its main
		// partner in the Pacific Alliance, …".)
		if single != "" && in.Role == RoleStatistic && slices.ContainsFunc(inSent, func(m mention) bool { return !isGroup(m.code) }) && !slices.ContainsFunc(inSent, func(m mention) bool {
			return !isGroup(m.code) && (m.person || m.code == single || !partnerAt(dt, &x.w, m.tok))
		}) {
			near := ""
			for _, m := range inSent {
				if isGroup(m.code) {
					continue
				}
				// (Past the clause's other words: "Торговля с Ираном в
				// прошлом году выросла на 7% и составила около 740 млн".)
				if m.tok < qTok && qTok-m.tok <= 16 {
					near = m.code
				}
				// (Or right after it in its clause: "30% of payments with
				// Vietnam are already made in national currencies".)
				if near == "" && m.tok > qTok && m.tok-qTok <= 6 && dt.cl[m.tok] == dt.cl[qTok] {
					near = m.code
				}
			}
			if near != "" {
				cs := []string{near, single}
				sort.Strings(cs)
				return cs, true
			}
		}
		// "تليها مصر التي سجلت التجارة البينية معها …": one country named
		// in a document about the trade of another with many is paired
		// with that one (a visitor, who may go unnamed, is not).
		// So is the one country a visit's sentence names when the pair the
		// document is about leaves it out: "Fijian Prime Minister Rabuka,
		// who arrived in Neiafu on Tuesday for a three-day visit" in a
		// document about Tonga that also names New Zealand (not a later
		// clause's next stop).
		if len(codes) == 1 && single != "" && (in.Role == RoleStatistic || in.Role == RoleVisit) {
			for c := range codes {
				if c != single && (in.Role == RoleStatistic || !slices.Contains(pair, c) && codes[c] < 20) {
					cs := []string{c, single}
					sort.Strings(cs)
					return cs, true
				}
			}
		}
		// "the share between China and Laos is 41%, and with Cambodia –
		// 17%": a clause opened by "and" that names one country pairs it
		// with the country the sentence named first.
		// (Across the dash: "and with Cambodia – 17%".)
		clause := dt.clauseAcrossDash(qTok)
		// So does one opened by a contrast ("…, في حين تجاوز حجم التبادل
		// التجاري مع الأردن مليار دولار").
		// So does one that opens with its partner ("…, с Монголией —
		// 38%").
		if len(codes) >= 3 && (len(dt.find(x.w.and, clause, clause+1)) > 0 || slices.ContainsFunc(dt.find(x.w.contrast, clause, min(dt.n, clause+3)), func(m [2]int) bool { return m[0] == clause }) || opensWithPartner(dt, &x.w, ments, clause, qTok)) {
			var own []string
			first := ""
			for _, m := range inSent {
				switch {
				case m.tok >= clause && m.tok < dt.clauseEnd(qTok):
					if !slices.Contains(own, m.code) {
						own = append(own, m.code)
					}
				case m.tok < clause && first == "":
					first = m.code
				}
			}
			if len(own) == 1 && first != "" && first != own[0] {
				pair := []string{first, own[0]}
				sort.Strings(pair)
				return pair, true
			}
		}
		// "arrived in Tokyo for a two-day visit, his first stop on a trip
		// that continues to Washington": of three countries or more, the
		// pair the document is about.
		// "From Kenya, Ramaphosa leaves for Tanzania on a two-day visit": of
		// three, the country left from is no side.
		// "Li Qiang made a three-day visit to New Zealand, then flew on for
		// a four-day visit to Australia": of three or more, the country a
		// visit goes to right after its length, and the visitor named
		// before it.
		if in.Role == RoleVisit && len(codes) >= 3 {
			host, visitor := "", ""
			for _, m := range inSent {
				switch {
				case host == "" && !m.person && !isGroup(m.code) && m.tok >= qEnd && m.tok <= qEnd+4 && dt.cl[m.tok] == dt.cl[qTok] && partnerAt(dt, &x.w, m.tok):
					host = m.code
				case m.person && m.tok < qTok:
					visitor = m.code
				}
			}
			if host != "" && visitor != "" && host != visitor {
				sides := []string{host, visitor}
				sort.Strings(sides)
				return sides, true
			}
		}
		if in.Role == RoleVisit && len(codes) == 3 {
			var sides []string
			for c := range codes {
				if !slices.ContainsFunc(inSent, func(m mention) bool {
					return m.code == c && m.tok < qTok && x.leftFrom(dt, m)
				}) {
					sides = append(sides, c)
				}
			}
			if len(sides) == 2 {
				sort.Strings(sides)
				return sides, true
			}
		}
		if in.Role == RoleVisit && len(codes) >= 3 && len(pair) == 2 {
			_, first := codes[pair[0]]
			if _, second := codes[pair[1]]; first && second {
				return pair, true
			}
		}
		if len(codes) >= 2 {
			var cs []string
			for c := range codes {
				cs = append(cs, c)
			}
			sort.Slice(cs, func(i, j int) bool {
				return codes[cs[i]] < codes[cs[j]] || codes[cs[i]] == codes[cs[j]] && cs[i] < cs[j]
			})
			cs = cs[:2]
			sort.Strings(cs)
			return cs, true
		}
		// "— С Турцией торговля сокращается. — В прошлом году товарооборот
		// снизился до 52 млрд": a sentence that names no country goes on
		// about the one partner the nearest sentence before names, with
		// the country the document is about that it never names as a
		// partner (an interview with a Russian minister on trade "с
		// Индией" and "с Турцией" is about Russia's).
		if named := namedBefore(dt, ments, dt.sent[qTok]); len(codes) == 0 && in.Role == RoleStatistic && len(named) > 0 {
			if c := named[0].code; !slices.ContainsFunc(named, func(m mention) bool { return m.code != c }) && !isGroup(c) && !named[0].person && partnerAt(dt, &x.w, named[0].tok) {
				var own []string
				for _, o := range append([]string{single}, pair...) {
					if o != "" && o != c && !slices.Contains(own, o) && !slices.ContainsFunc(ments, func(m mention) bool { return m.code == o && !m.person && partnerAt(dt, &x.w, m.tok) }) {
						own = append(own, o)
					}
				}
				if len(own) == 1 {
					cs := []string{c, own[0]}
					sort.Strings(cs)
					return cs, true
				}
			}
		}
		return pair, false
	}
	// "البنك المركزي العماني … بنفس قدر الزيادة التي أقرها الفيدرالي
	// الأمريكي … لتصبح 5.5%": a decision is the country of the central
	// bank that makes it, named before the figure.
	if in.Role == RoleDecision {
		if c := x.bankCountry(dt, inSent, qTok); c != "" {
			return []string{c}, true
		}
		// "أعلن مصرف البحرين المركزي خفض سعر الفائدة … . وكان المصرف قد خفض
		// سعر الفائدة إلى 5.25% … عقب خطوة مماثلة من الاحتياطي الفيدرالي
		// الأمريكي": a bank named bare is the one a sentence before named with
		// its country.
		// (Only when the sentence names no country before the figure.)
		// (Not one a possessive ties to the country just named: "Namibia
		// is faring better. Its central bank cut the repo rate".)
		a, _ := dt.sentence(dt.sent[qTok])
		if banks := dt.find(x.w.centralBank, a, qTok); len(banks) > 0 && !dt.endsAt(x.w.there, banks[0][0], 0) && !slices.ContainsFunc(inSent, func(m mention) bool { return m.tok < qTok }) {
			// (The nearest sentence that names a country: not past "وعلى
			// الجانب الإماراتي، نما الناتج …" to another country's bank.)
			if named := namedBefore(dt, ments, dt.sent[qTok]); len(named) > 0 {
				if _, b := dt.sentence(dt.sent[named[0].tok]); b > 0 {
					if c := x.bankCountry(dt, named, b-1); c != "" {
						return []string{c}, true
					}
				}
			}
		}
	}
	bestTok, best := -1, ""
	a, _ := dt.sentence(dt.sent[qTok])
	cues := dt.find(in.cues, a, qTok)
	score := func(m mention) int {
		d := absInt(m.tok - qTok)
		// "В Казахстане инфляция составила 12,1%, в Киргизии — 8,4%": the
		// place that opens the figure's clause, before a dash, is its own.
		if cs := dt.clauseAcrossDash(qTok); cs < dt.clauseStart(qTok) && m.tok >= cs && m.tok <= cs+2 && dt.endsAt(x.w.locative, m.tok, 0) {
			return 0
		}
		if m.tok > qTok {
			d += 2
			// "Turkey is fourth with 65% and Sierra Leone fifth with 52%":
			// a country after the figure that opens the next item is that
			// item's.
			if opensItem(dt, m.tok) {
				d += 500
			}
			// "lowest at 6.5 percent in France, 7.1 percent in Malta": the
			// country right after the figure and a locative is its own.
			if m.tok <= qEnd+2 && dt.endsAt(x.w.locative, m.tok, 0) && dt.wordsBetween(qEnd, m.tok) <= 1 {
				d = 0
			}
		}
		// "В соседней Гане, куда российская делегация отправится в
		// пятницу, инфляция …", "In Ghana, where …, inflation …": the
		// country the sentence opens on after a locative, not one of a
		// clause between.
		if m.tok < qTok && dt.cl[m.tok] != dt.cl[qTok] && opensOnPlace(dt, &x.w, m.tok, a, 3) {
			return absInt(m.tok - qTok)
		}
		// (Not a country of a relative clause the figure is not in:
		// "Инфляция в соседнем Ливане, с которым Кипр ведет переговоры, в
		// октябре замедлилась до 14,2%".)
		if dt.cl[m.tok] != dt.cl[qTok] && inRelative(dt, &x.w, m.tok) {
			d += 3000
		}
		if dt.cl[m.tok] != dt.cl[qTok] {
			// Another clause: the country the indicator's cue names first
			// ("سجل اقتصاد فيتنام نموا …، رغم الرسوم الأمريكية …، متسارعا من
			// نمو بلغ 7.96%"), then the nearest.
			d += 1000
			if !slices.ContainsFunc(cues, func(c [2]int) bool { return m.tok >= c[0]-2 && m.tok <= c[1] }) {
				d += 1000
			}
		}
		return d
	}
	// "أما كينيا، أكبر شريك تجاري لأوغندا، فقد نما اقتصادها 5%", "As for
	// Kenya, Uganda's largest partner, its economy grew 5%": the country
	// the sentence opens on as its topic, when the figure's clause names
	// none.
	if a, b := dt.sentence(dt.sent[qTok]); !slices.ContainsFunc(inSent, func(m mention) bool { return dt.cl[m.tok] == dt.cl[qTok] }) {
		if top := dt.find(x.w.topic, a, min(b, a+3)); len(top) > 0 && top[0][0] <= a+1 {
			if c := x.topicCountry(dt, ments, dt.sent[qTok]); c != "" {
				return []string{c}, true
			}
		}
	}
	for _, m := range inSent {
		// A country in a later clause is about something else, but for
		// the source the figure is attributed to: "…, the Pakistan Bureau
		// of Statistics said".
		if m.tok > qTok && dt.cl[m.tok] != dt.cl[qTok] && (m.person || !x.attributes(dt, m.tok)) {
			continue
		}
		if bestTok < 0 || score(m) < bestTok {
			bestTok, best = score(m), m.code
		}
	}
	if best != "" {
		return []string{best}, true
	}
	// "نما الناتج المحلي الإجمالي الحقيقي للدولة 3.9%": "the State", in a
	// sentence that names no country, is the country of the dateline, else
	// the country the document is about.
	if a, b := dt.sentence(dt.sent[qTok]); home != "" && len(dt.find(x.w.homeCountry, a, b)) > 0 {
		return []string{home}, false
	}
	// "Inflation there slowed", "هناك", "там", "its": the country named last
	// before the sentence.
	// (Not the bank's "its": "The central bank has kept its rate at 14%"
	// is the document's country's.)
	if a, b := dt.sentence(dt.sent[qTok]); slices.ContainsFunc(dt.find(x.w.there, a, b), func(m [2]int) bool {
		return !slices.ContainsFunc(dt.find(x.w.centralBank, dt.clauseStart(m[0]), m[0]), func(c [2]int) bool { return dt.wordsBetween(c[1], m[0]) <= 3 })
	}) {
		k, _ := within(ments, mentionTok, a, a)
		for k > 0 && ments[k-1].person {
			k-- // (A place, not a person: "FAYE: … Inflation there was 1.3%".)
		}
		if k > 0 {
			// (The sentence's subject, named first: "Ethiopia, whose trade
			// passes through Djibouti's port, is watching. Inflation there
			// …".)
			// (Not a group: "Among the euro countries, Spain's rate is the
			// highest. There it reached …".)
			// (Nor the dateline's place: "CAIRO (Agency) – Prices in the US
			// climbed 4.9% … . The index saw its sharpest gain since …".)
			last := ments[k-1].code
			for ps := dt.sent[ments[k-1].tok]; k > 0 && dt.sent[ments[k-1].tok] == ps; k-- {
				if !isGroup(ments[k-1].code) && !ments[k-1].person && !ments[k-1].dateline {
					last = ments[k-1].code
				}
			}
			return []string{last}, true
		}
	}
	// "Japan: a contraction that changes little\nReal GDP fell 0.4%": a
	// sentence that names no country under a section's title that names
	// one is that country's.
	if c := x.sectionCountries(dt, ments, dt.sent[qTok]); len(c) == 1 {
		return c, false
	}
	// "BUKELE: We use the dollar. … Even so, our economy grew 2.6%": "our"
	// is the country of the person the paragraph names, back to its start.
	if len(dt.find(x.w.we, dt.clauseStart(qTok), dt.clauseEnd(qTok))) > 0 {
		for s := dt.sent[qTok]; s >= 0 && s >= dt.sent[qTok]-4; s-- {
			if c := personCountry(dt, ments, s); c != "" {
				return []string{c}, false
			}
			if a, _ := dt.sentence(s); dt.sc.NewLine(a) {
				break
			}
		}
	}
	// "وتسارع معدل التضخم السنوي في فرنسا إلى 1,2%. كما ارتفعت أسعار
	// المستهلك بنسبة 1,1%": a sentence that names no country goes on with
	// the one country of the sentence before it that names the indicator.
	for p := dt.sent[qTok] - 1; p >= max(0, dt.sent[qTok]-3); p-- {
		var codes []string
		for _, m := range inSentences(dt, ments, mentionTok, p, p+1) {
			// (Not a country help came from: "with support from India,
			// the island stabilised its economy", nor a partner: "a gas
			// field shared with Senegal".)
			if !m.person && !isGroup(m.code) && !slices.Contains(codes, m.code) && !dt.endsAt(x.w.from, m.tok, 0) && !partnerAt(dt, &x.w, m.tok) {
				codes = append(codes, m.code)
			}
		}
		if len(codes) == 0 {
			continue
		}
		// (Or another statistic of that country: "Экономика Монголии …
		// выросла на 6,2%. Годовая инфляция в октябре составила 8,6%".)
		// (Not one named only after a cause: "cut its growth forecast due
		// to the war in Ukraine".)
		if pa, pb := dt.sentence(p); len(codes) == 1 && codes[0] != single && !causeOnly(dt, &x.w, ments, p, codes[0]) && slices.ContainsFunc(x.inds, func(o compiled) bool {
			return (o.Role == RoleStatistic || o.Role == RoleDecision) && o.Entities == 1 && (len(dt.find(o.cues, pa, pb)) > 0 || len(dt.find(o.growth, pa, pb)) > 0)
		}) {
			return codes, false
		}
		// (Or a sentence that opens on the country as its place: "В России
		// ситуация обратная. ЦБ 12 сентября снизил ставку …".)
		// (Or one that names the country and little else: "Наконец,
		// Сенегал. Его ВВП …", "Finally, Senegal.")
		// (Or one that opens on the country as its subject, right before
		// the sentence: "Эфиопия год назад отпустила быр. Болезненно, но
		// работает: инфляция … опустилась до 13,6%".)
		if pa, pb := dt.sentence(p); len(codes) == 1 && (dt.wordsBetween(pa, pb) <= 3 || slices.ContainsFunc(inSentences(dt, ments, mentionTok, p, p+1), func(m mention) bool {
			return m.code == codes[0] && (m.tok > pa && dt.endsAt(x.w.locative, m.tok, 0) && opensOnPlace(dt, &x.w, m.tok, pa, 2) ||
				(m.tok == pa || m.tok > pa && m.tok <= pa+3 && dt.wordsBetween(pa, m.tok) <= 1) && !m.person && p == dt.sent[qTok]-1 && opensLine(dt, pa))
		})) {
			return codes, false
		}
		break
	}
	// "وعلى صعيد الاقتصاد الأردني، تراجع التضخم … . ونما الناتج …", "As
	// for Jordan's economy, …": a sentence that opens on a country's topic
	// names the country of the next three sentences that name none.
	if c := x.topicCountry(dt, ments, dt.sent[qTok]); c != "" {
		return []string{c}, false
	}
	// "Laura Cespedes of the Central Bank of Costa Rica said … . Cespedes
	// told the committee that output grew 3.9%": a person the text named
	// beside one country stands for it when named again.
	if c := personCountry(dt, ments, dt.sent[qTok]); c != "" {
		return []string{c}, false
	}
	// "ВОПРОС: Как мавританская экономика переносит …?\n\nГАЗУАНИ: …
	// ВВП вырос на 5,2%": an answer takes the one country its question
	// names.
	if c := questionCountry(dt, ments, dt.sent[qTok]); c != "" {
		return []string{c}, false
	}
	if single != "" {
		return []string{single}, false
	}
	return nil, false
}

// opensLine reports a sentence starting at token a that opens its line,
// or follows only the number of a paragraph there ("4. The Bhutanese side
// …").
func opensLine(dt *docTokens, a int) bool {
	if dt.sc.NewLine(a) {
		return true
	}
	return a >= 2 && dt.sc.NewLine(a-2) && dt.sc.Token(a-2).Number && dt.sc.Punct(a-1) == '.'
}

// opensOnPlace reports a place at token tok that the sentence starting at
// token a opens on, after a locative, within the first words: "В Уганде,
// …", "In Ghana, where …".
func opensOnPlace(dt *docTokens, w *words, tok, a, within int) bool {
	return tok <= a+within && slices.ContainsFunc(dt.find(w.locative, a, tok), func(l [2]int) bool { return l[0] == a })
}

// personCountry returns the country of a person sentence sent names by a
// capitalised word the text used before, in an earlier sentence up to 600
// words back, as the last word of a name right before the one country of
// its clause within eight words ("Laura Cespedes of the Central Bank of
// Costa Rica"), or "".
func personCountry(dt *docTokens, ments []mention, sent int) string {
	a, b := dt.sentence(sent)
	for k := a; k < b; k++ {
		t := dt.sc.Token(k)
		if !t.Upper || t.Number || dt.place[k] || len(t.Norm) < 3 {
			continue
		}
		// (In the 600 words before: a person is named in full near where
		// the text goes on with the surname, and the search stays cheap.)
		for e := max(0, a-600); e < a; e++ {
			// (The surname: the last word of a name of two or more, in
			// its sentence.)
			if p := dt.sc.Token(e); !p.Upper || p.Norm != t.Norm || e+1 < dt.n && dt.sc.Token(e+1).Upper || e == 0 || dt.sent[e-1] != dt.sent[e] || !dt.sc.Token(e-1).Upper || dt.place[e-1] {
				continue
			}
			// (Or right after its country and a title: "Salvadoran
			// President Nayib Bukele".)
			f := e
			for f > 0 && dt.sent[f-1] == dt.sent[e] && dt.sc.Token(f-1).Upper && !dt.place[f-1] {
				f--
			}
			if i, j := within(ments, mentionTok, max(0, f-3), f); f < e-1 && i < j && !ments[j-1].person && !isGroup(ments[j-1].code) && dt.placeEnd(ments[j-1].tok) == f {
				return ments[j-1].code
			}
			i, j := within(ments, mentionTok, e+1, min(dt.n, e+9))
			var code string
			for _, m := range ments[i:j] {
				if dt.cl[m.tok] != dt.cl[e] || dt.sent[m.tok] != dt.sent[e] || code != "" && m.code != code {
					code = ""
					break
				}
				code = m.code
			}
			if code != "" && !isGroup(code) {
				return code
			}
		}
	}
	return ""
}

// sectionCountries returns the countries (none, one or two) that the title
// of sentence sent's section names, when the title is one of the ten
// sentences before it and not the document's first line.
func (x *Extractor) sectionCountries(dt *docTokens, ments []mention, sent int) []string {
	for s := sent - 1; s >= 1 && s >= sent-10; s-- {
		if !dt.heading(s) {
			continue
		}
		var codes []string
		for _, m := range inSentences(dt, ments, mentionTok, s, s+1) {
			if !m.person && !isGroup(m.code) && !slices.Contains(codes, m.code) {
				codes = append(codes, m.code)
			}
		}
		if len(codes) > 2 {
			return nil
		}
		sort.Strings(codes)
		return codes
	}
	return nil
}

// questionCountry returns the one country the paragraph before sentence
// s's paragraph names, when that paragraph ends in a question mark, or "".
func questionCountry(dt *docTokens, ments []mention, s int) string {
	for s > 0 {
		if a, _ := dt.sentence(s); dt.sc.NewLine(a) {
			break
		}
		s--
	}
	if s == 0 {
		return ""
	}
	if _, b := dt.sentence(s - 1); b == 0 || !strings.ContainsRune("?؟", dt.sc.Punct(b-1)) {
		return ""
	}
	q := s - 1
	for q > 0 {
		if a, _ := dt.sentence(q); dt.sc.NewLine(a) {
			break
		}
		q--
	}
	code := ""
	for _, m := range inSentences(dt, ments, mentionTok, q, s) {
		if m.person || isGroup(m.code) {
			continue
		}
		if code != "" && code != m.code {
			return ""
		}
		code = m.code
	}
	return code
}

// topicCountry returns the one country named by the opening topic phrase
// ("as for", "على صعيد") of sentence sent or of one of the three before
// it, or "".
func (x *Extractor) topicCountry(dt *docTokens, ments []mention, sent int) string {
	for s := sent; s >= 0 && s >= sent-3; s-- {
		a, b := dt.sentence(s)
		if top := dt.find(x.w.topic, a, min(b, a+3)); len(top) > 0 && top[0][0] <= a+1 {
			ce := dt.clauseEnd(top[0][1])
			var codes []string
			for _, m := range inSentences(dt, ments, mentionTok, s, s+1) {
				if m.tok < ce && !m.person && !isGroup(m.code) && !slices.Contains(codes, m.code) {
					codes = append(codes, m.code)
				}
			}
			if len(codes) == 1 {
				return codes[0]
			}
			return ""
		}
	}
	return ""
}

// attributes reports that the clause of tok attributes the sentence to a
// source ("…, the statistics bureau said", "according to …").
func (x *Extractor) attributes(dt *docTokens, tok int) bool {
	return len(dt.find(x.w.attrib, dt.clauseStart(tok), dt.clauseEnd(tok))) > 0
}

// opensItem reports a word at tok that begins the next item of a list:
// after "and" or a comma, or with the conjunction و on it.
func opensItem(dt *docTokens, tok int) bool {
	if tok > 0 {
		prev := dt.sc.Token(tok - 1)
		if prev.Punct == ',' || prev.Punct == '،' || prev.Norm == "and" || prev.Norm == "и" || prev.Norm == "و" {
			return true
		}
	}
	n := dt.sc.Norm(tok)
	return strings.HasPrefix(n, "و") && len(n) > len("و")*3
}

// groupSidesBefore returns the two sides named in the nearest of the two
// sentences before sent that names two or more, when one side is a group of
// countries; else nil.
func groupSidesBefore(dt *docTokens, ments []mention, sent int) []string {
	for s := sent - 1; s >= max(0, sent-2); s-- {
		var codes []string
		group := false
		for _, m := range inSentences(dt, ments, mentionTok, s, s+1) {
			if !slices.Contains(codes, m.code) {
				codes = append(codes, m.code)
				group = group || isGroup(m.code)
			}
		}
		if len(codes) >= 2 {
			if !group || len(codes) > 2 {
				return nil
			}
			sort.Strings(codes)
			return codes
		}
	}
	return nil
}

// causeOnly reports that sentence p names country code only after a word
// of cause ("due to the war in Ukraine"): the country is not what the
// sentence is about.
func causeOnly(dt *docTokens, w *words, ments []mention, p int, code string) bool {
	pa, pb := dt.sentence(p)
	cs := dt.find(w.cause, pa, pb)
	if len(cs) == 0 {
		return false
	}
	return !slices.ContainsFunc(inSentences(dt, ments, mentionTok, p, p+1), func(m mention) bool { return m.code == code && m.tok < cs[0][1] })
}

// dominant returns the most named country and the two most named; a
// mention before token lead (in the lead sentence) counts twice, one that
// partner reports (the other side of a relation: "trade with China")
// half.
func dominant(ments []mention, leadFrom, lead int, partner func(mention) bool) (string, []string) {
	count := map[string]int{}
	first := map[string]int{}
	for i, m := range ments {
		if isGroup(m.code) {
			continue
		}
		if _, ok := first[m.code]; !ok {
			first[m.code] = i
		}
		w := 2
		if partner != nil && partner(m) {
			w = 1
		}
		count[m.code] += w
		if m.tok >= leadFrom && m.tok < lead {
			count[m.code] += w
		}
	}
	var cs []string
	for c := range count {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if count[cs[i]] != count[cs[j]] {
			return count[cs[i]] > count[cs[j]]
		}
		return first[cs[i]] < first[cs[j]]
	})
	if len(cs) == 0 {
		return "", nil
	}
	if len(cs) == 1 {
		return cs[0], nil
	}
	pair := []string{cs[0], cs[1]}
	sort.Strings(pair)
	return cs[0], pair
}

// speaker finds who the sentence (or the one before) attributes its claim
// to: capitalised names next to an attribution verb, or in Arabic the
// words after the verb up to a comma.
func (x *Extractor) speaker(dt *docTokens, text string, sent int) string {
	for _, s := range []int{sent, sent - 1} {
		if s < 0 {
			continue
		}
		a, b := dt.sentence(s)
		for _, m := range dt.find(x.w.attrib, a, b) {
			// "قال أخنوش، في كلمة افتتاحية، إن": a phrase that opens
			// with a preposition is no name; nor is "أعلنت الهيئة، اليوم
			// الخميس، عن": a time.
			if name, at := dt.nameNear(text, m[0], m[1], a, b); name != "" && !dt.isPrep(at[0]) && len(dt.find(x.w.timeUnits, at[0], at[1])) == 0 {
				return name
			}
		}
	}
	return ""
}

// nameNear returns the person an attribution verb at [v0,v1) names: the
// last two capitalised words of a run ending just before it ("Deputy
// Minister Pavel Orlov told"), else the first two of a run starting within
// four words after it ("said Alexander Novak", "сообщил помощник президента
// Юрий Ушаков"), else, in Arabic, a two-to-four-word apposition between
// commas after it ("أعلن نائب رئيس الوزراء، ألكسندر نوفاك، أن"). It also
// returns the name's tokens.
func (dt *docTokens) nameNear(text string, v0, v1, a, b int) (string, [2]int) {
	span := func(i, j int) (string, [2]int) {
		return text[dt.sc.Token(i).ByteStart:dt.sc.Token(j).ByteEnd], [2]int{i, j + 1}
	}
	isCap := func(k int) bool {
		t := dt.sc.Token(k)
		return t.Norm != "" && t.Upper && !dt.place[k] // "South Africa said" names no speaker
	}
	// Before the verb ("Lin Wei, said" skips the comma).
	if v0-1 >= a && dt.sc.Punct(v0-1) == ',' {
		v0--
	}
	k := v0 - 1
	for k >= a && isCap(k) {
		k--
	}
	if n := v0 - 1 - k; n >= 2 && k+1 > a {
		return span(v0-2, v0-1)
	} else if n >= 2 && v0-1-k >= 3 {
		return span(v0-2, v0-1)
	}
	// After the verb, skipping a few lower-case words (titles).
	for k := v1; k < b && k < v1+5; k++ {
		if isCap(k) && k+1 < b && isCap(k+1) {
			return span(k, k+1)
		}
	}
	// Arabic apposition between commas.
	for k := v1; k < b && k < v1+10; k++ {
		if dt.sc.Punct(k) != '،' {
			continue
		}
		end := k + 1
		for end < b && end < k+6 && dt.sc.Norm(end) != "" && dt.sc.Norm(end)[0] >= 0xd8 {
			end++
		}
		if n := end - (k + 1); n >= 2 && n <= 4 && end < b && dt.sc.Punct(end) == '،' {
			return span(k+1, end-1)
		}
		break
	}
	return "", [2]int{}
}

// events lists the dated meetings of the document for derived indicators:
// every dated observation of the source indicator, and "the last meeting was
// in August last year" sentences.
func (x *Extractor) events(d Doc, dt *docTokens, dates []dateRef, ments []mention, pair []string, obs []Observation) []Event {
	var evs []Event
	for _, dv := range x.derived {
		for _, o := range obs {
			if o.Indicator == dv.From && len(o.Period) >= 7 {
				evs = append(evs, Event{Indicator: dv.ID, Entities: o.Entities, Month: o.Period[:7], Doc: d.Path, Published: d.Published, Source: ObservationRef(o), Ordinal: int(o.Value)})
			}
		}
		for s := 0; s < dt.sentences(); s++ {
			a, b := dt.sentence(s)
			// "the last meeting", "الاجتماع السابق": a last word beside the
			// cue, not one of a date ("في مارس الماضي").
			cues := dt.find(dv.cues, a, b)
			// "they last met in May, when the president paid a state visit":
			// another kind of meeting (the catalog's exclude phrases).
			if len(dt.find(dv.exclude, a, b)) > 0 {
				continue
			}
			if !slices.ContainsFunc(dt.find(x.w.last, a, b), func(l [2]int) bool {
				return !slices.ContainsFunc(dates, func(d dateRef) bool { return l[0] >= d.tok && l[0] < d.end }) &&
					slices.ContainsFunc(cues, func(c [2]int) bool { return l[0] >= c[0]-6 && l[0] <= c[1]+3 })
			}) {
				continue
			}
			for _, dr := range inSentences(dt, dates, dateTok, s, s+1) {
				if dr.since || dr.weekday || len(dr.period) < 7 || dr.period[4] == '-' && dr.period[5] == 'Q' {
					continue
				}
				ents := pair
				var codes []string
				seen := map[string]bool{}
				for _, m := range inSentences(dt, ments, mentionTok, s, s+1) {
					if !seen[m.code] {
						seen[m.code] = true
						codes = append(codes, m.code)
					}
				}
				if len(codes) == 2 {
					sort.Strings(codes)
					ents = codes
				}
				if len(ents) != 2 {
					continue
				}
				evs = append(evs, Event{Indicator: dv.ID, Entities: ents, Month: dr.period[:7], Doc: d.Path, Published: d.Published, Source: d.Path + "#event#" + dr.period})
				break
			}
		}
	}
	return evs
}

// ObservationRef names an observation in derived_from lists.
func ObservationRef(o Observation) string {
	return fmt.Sprintf("%s#%s#%s#%s#%g", o.Doc, o.Indicator, strings.Join(o.Entities, "-"), o.Period, o.Value)
}

// Derive computes the derived observations from the events of a whole
// corpus: for each indicator and pair, the months between consecutive
// meetings. The observation's period is the later meeting's month and its
// document the earliest-published one reporting that meeting.
func Derive(events []Event, catalog []Indicator) []Observation {
	type key struct{ ind, ents string }
	type meet struct {
		month    string
		doc      string
		pub      time.Time
		sources  []string
		ordinals []int // the meeting's number as documents give it
	}
	groups := map[key]map[string]*meet{}
	for _, e := range events {
		k := key{e.Indicator, strings.Join(e.Entities, ",")}
		if groups[k] == nil {
			groups[k] = map[string]*meet{}
		}
		m := groups[k][e.Month]
		if m == nil {
			m = &meet{month: e.Month, doc: e.Doc, pub: e.Published}
			groups[k][e.Month] = m
		} else if e.Published.Before(m.pub) || e.Published.Equal(m.pub) && e.Doc < m.doc {
			m.doc, m.pub = e.Doc, e.Published
		}
		m.sources = append(m.sources, e.Source)
		if e.Ordinal > 0 {
			m.ordinals = append(m.ordinals, e.Ordinal)
		}
	}
	unit := map[string]string{}
	for _, in := range catalog {
		unit[in.ID] = in.Unit
	}
	var keys []key
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].ind+keys[i].ents < keys[j].ind+keys[j].ents })
	var out []Observation
	for _, k := range keys {
		var ms []*meet
		for _, m := range groups[k] {
			ms = append(ms, m)
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].month < ms[j].month })
		for i := 1; i < len(ms); i++ {
			a, b := ms[i-1], ms[i]
			if !consecutive(a.ordinals, b.ordinals) {
				// The 27th and the 30th: the meetings between are not in
				// the corpus, so these two are not consecutive.
				continue
			}
			months := monthIndex(b.month) - monthIndex(a.month)
			from := append(append([]string{}, a.sources...), b.sources...)
			sort.Strings(from)
			from = dedupe(from)
			out = append(out, Observation{
				Doc: b.doc, Indicator: k.ind, Entities: strings.Split(k.ents, ","), Period: b.month,
				Value: float64(months), Unit: unit[k.ind], Quote: "", Span: [2]int{0, 0}, Mentions: 1, Confidence: 1, DerivedFrom: from,
			})
		}
	}
	return out
}

// consecutive reports whether two meetings may follow each other: one of
// them has no number, or some number of b is one more than one of a.
func consecutive(a, b []int) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		if slices.Contains(b, x+1) {
			return true
		}
	}
	return false
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func monthIndex(m string) int {
	var y, mo int
	fmt.Sscanf(m, "%d-%d", &y, &mo)
	return y*12 + mo - 1
}

// outlets maps news outlets to their country (outlets.yaml).
type outlets struct {
	Domains map[string]string `yaml:"domains"`
	Generic []string          `yaml:"generic"`
}

// country returns the country of the outlet at address u: its domain (or a
// parent domain) as listed, else its country-code top-level domain unless
// that is used as a generic one; "" when neither says.
func (o outlets) country(u string) string {
	c, host := o.listed(u)
	if c != "" || host == "" {
		return c
	}
	tld := host[strings.LastIndexByte(host, '.')+1:]
	if len(tld) != 2 || slices.Contains(o.Generic, tld) {
		return ""
	}
	if tld == "uk" {
		return "GB"
	}
	return strings.ToUpper(tld)
}

// listed returns the country outlets.yaml gives the outlet at address u
// (or a parent domain of it), or "", and the address's host name.
func (o outlets) listed(u string) (country, host string) {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Hostname() == "" {
		return "", ""
	}
	host = strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
	for h := host; h != ""; {
		if c, ok := o.Domains[h]; ok {
			return c, host
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok {
			break
		}
		h = rest
	}
	return "", host
}

// thenWords finds the words of "then" or a relative "when" in tokens [lo,
// hi) that are not part of a contrast ("حين" alone, not "في حين":
// "whereas").
func (x *Extractor) thenWords(dt *docTokens, lo, hi int) [][2]int {
	ms := dt.find(x.w.then, lo, hi)
	cs := dt.find(x.w.contrast, max(0, lo-2), hi)
	return slices.DeleteFunc(ms, func(m [2]int) bool {
		return slices.ContainsFunc(cs, func(c [2]int) bool { return c[0] <= m[0] && m[1] <= c[1] })
	})
}

// saidEarlier reports a word of a statement made before ("earlier",
// "ранее", "في وقت سابق") in tokens [lo, hi), not one that dates a
// figure a year before ("a year earlier", "годом ранее").
func (x *Extractor) saidEarlier(dt *docTokens, lo, hi int) bool {
	year := dt.find(x.w.earlier, lo, hi)
	return slices.ContainsFunc(dt.find(x.w.previously, lo, hi), func(m [2]int) bool {
		return !slices.ContainsFunc(year, func(y [2]int) bool { return y[0] <= m[0] && m[1] <= y[1] })
	})
}
