package workbook

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"iter"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// builder holds one workbook while it is built.
type builder struct {
	ctx     context.Context
	f       *excelize.File
	outDir  string
	meta    Meta
	li      int // language index into labels
	rtl     bool
	rule    model.HeadlineRule
	opt     options
	catalog []indicators.Indicator
	docs    iter.Seq2[model.Document, error]
	names   sheetNames
	st      *styles

	// Filled by plan, the first pass over the records.
	inds           map[string]*indPlan
	indOrder       []*indPlan // in catalog order, then unknown ids sorted
	total          int
	conflictPoints int
	conflictObs    int
	maxValues      int // most distinct values of one conflicting period
	docObs         map[string]int
	obsW           widths
	docW           widths
	// Filled by planDocuments.
	docCount     int
	skippedFiles []Skipped // skipped files that are not stored documents
	confW        widths

	// Sheet names of the fixed sheets, continuation parts included.
	obsSheets, docSheets, confSheets []string
	// data are the headline series by frequency, dataSheets the name of
	// each frequency's Data sheet.
	data       map[granularity][]dataSeries
	dataSheets map[granularity]string

	// pointBuf is reused by points.
	pointBuf []point

	// raws are the data rows of the streamed sheet parts, by marker token;
	// nonce makes the tokens unguessable by the data.
	raws  map[string]*rawRows
	nonce string
}

// indPlan is what the first pass learnt about one indicator.
type indPlan struct {
	ind     indicators.Indicator
	count   int
	first   string // earliest and latest non-empty period
	last    string
	docs    map[string]struct{}
	series  []*seriesPlan
	byKey   map[string]*seriesPlan
	periods []string // every period of any series, sorted
	w       widths
	sheets  []string
}

// seriesPlan is one headline series of an indicator: one entity group in
// one unit and on one basis.
type seriesPlan struct {
	entities []string
	unit     string
	basis    string             // when not the indicator's own ("q/q")
	points   map[string]float64 // period → headline
}

func newBuilder(ctx context.Context, f *excelize.File, path string, meta Meta, catalog []indicators.Indicator, docs iter.Seq2[model.Document, error], rule model.HeadlineRule, opt options) *builder {
	return &builder{
		ctx:     ctx,
		f:       f,
		outDir:  pathDir(path),
		meta:    meta,
		li:      langIndex(meta.Lang),
		rtl:     meta.Lang == "ar",
		rule:    rule,
		opt:     opt,
		catalog: catalog,
		docs:    docs,
		names:   sheetNames{},
		inds:    map[string]*indPlan{},
		docObs:  map[string]int{},
		obsW:    make(widths, len(obsCols)),
		docW:    make(widths, len(docCols)),
		confW:   make(widths, confFixed+conflictValueCols*maxConflictValues),
		raws:    map[string]*rawRows{},
		nonce:   strconv.FormatUint(rand.Uint64(), 36),
	}
}

// newRaw starts the rows of a sheet part.
func (b *builder) newRaw() (*rawRows, error) {
	token := rawMarker + b.nonce + "-" + strconv.Itoa(len(b.raws))
	r, err := newRawRows(b.outDir, token)
	if err != nil {
		return nil, err
	}
	b.raws[token] = r
	return r, nil
}

// closeRaws stops every compressor and removes the temporary files.
func (b *builder) closeRaws() error {
	var errs []error
	for _, r := range b.raws {
		errs = append(errs, r.close())
	}
	return errors.Join(errs...)
}

// group is a run of records about one indicator, entity group and period.
type group []model.Record

// groups calls fn with each run of records sharing indicator, entities and
// period, failing when a run or an indicator comes back after another
// started (the records are not grouped). It checks the context every few
// thousand records.
func (b *builder) groups(recs iter.Seq2[model.Record, error], fn func(group) error) error {
	var (
		seed    = maphash.MakeSeed()
		closed  = map[uint64]struct{}{}
		doneInd = map[string]bool{}
		buf     group
		curKey  string
		n       int
		err     error
	)
	for r, err := range recs {
		if err != nil {
			return err
		}
		if n++; n%4096 == 0 {
			if err = b.ctx.Err(); err != nil {
				return err
			}
		}
		key := r.Indicator + "\x00" + strings.Join(r.Entities, ",") + "\x00" + r.Period
		if len(buf) > 0 && key == curKey {
			buf = append(buf, r)
			continue
		}
		if len(buf) > 0 {
			if err = fn(buf); err != nil {
				return err
			}
			closed[maphash.String(seed, curKey)] = struct{}{}
			if buf[0].Indicator != r.Indicator {
				doneInd[buf[0].Indicator] = true
			}
		}
		if _, seen := closed[maphash.String(seed, key)]; seen || doneInd[r.Indicator] {
			return fmt.Errorf("%w: %s %v %s comes again after other records", errNotGrouped, r.Indicator, r.Entities, r.Period)
		}
		curKey = key
		buf = append(buf[:0], r)
	}
	if len(buf) > 0 {
		if err = fn(buf); err != nil {
			return err
		}
	}
	return b.ctx.Err()
}

// point is the headline of one group in one unit and basis.
type point struct {
	unit     string
	basis    string
	headline float64
	conflict bool
	records  []model.Record // headline first
}

// points computes the headline of a group per unit (a group has one unit
// unless documents disagree on it).
// A group whose records agree on unit and value has no conflict and that
// value as headline under every rule; its records are only ordered latest
// first, as model.BuildSeries orders them.
func (b *builder) points(g group) []point {
	out := b.pointBuf[:0]
	defer func() { b.pointBuf = out[:0] }()
	if uniform(g) {
		sortLatestFirst(g)
		out = append(out, point{unit: g[0].Unit, basis: g[0].Basis, headline: g[0].Value, records: g})
		return out
	}
	for _, s := range model.BuildSeries(g, b.rule) {
		for _, p := range s.Points {
			out = append(out, point{unit: s.Unit, basis: s.Basis, headline: p.Headline, conflict: p.Conflict, records: p.Records})
		}
	}
	return out
}

// uniform reports whether every record of g has the same unit, basis and
// value.
func uniform(g group) bool {
	for _, r := range g[1:] {
		if r.Unit != g[0].Unit || r.Value != g[0].Value || r.Basis != g[0].Basis {
			return false
		}
	}
	return true
}

// sortLatestFirst orders g by publication date, latest first, then by
// document, keeping the order of equal records (model.BuildSeries's order
// of a period's records).
func sortLatestFirst(g group) {
	if len(g) < 2 {
		return
	}
	slices.SortStableFunc(g, func(a, b model.Record) int {
		return cmp.Or(strings.Compare(b.Published, a.Published), strings.Compare(a.Doc, b.Doc))
	})
}

// plan is the first pass: it counts, finds every indicator's series and
// fits the column widths, so the streamed sheets can be laid out before
// their first row.
func (b *builder) plan(recs iter.Seq2[model.Record, error]) error {
	for _, in := range b.catalog {
		if _, dup := b.inds[in.ID]; !dup {
			ip := newIndPlan(in)
			b.inds[in.ID] = ip
			b.indOrder = append(b.indOrder, ip)
		}
	}
	var extra []*indPlan
	err := b.groups(recs, func(g group) error {
		ip := b.inds[g[0].Indicator]
		if ip == nil {
			ip = newIndPlan(indicators.Indicator{ID: g[0].Indicator, Unit: g[0].Unit})
			b.inds[ip.ind.ID] = ip
			extra = append(extra, ip)
		}
		for _, p := range b.points(g) {
			key := strings.Join(p.records[0].Entities, ",") + "|" + p.unit + "|" + p.basis
			sp := ip.byKey[key]
			if sp == nil {
				sp = &seriesPlan{entities: p.records[0].Entities, unit: p.unit, basis: p.basis, points: map[string]float64{}}
				ip.byKey[key] = sp
				ip.series = append(ip.series, sp)
			}
			sp.points[p.records[0].Period] = p.headline
			if p.conflict {
				b.conflictPoints++
				b.conflictObs += len(p.records)
				b.seeConflict(p)
			}
		}
		for _, r := range g {
			b.seeRecord(ip, r)
		}
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(extra, func(a, b *indPlan) int { return strings.Compare(a.ind.ID, b.ind.ID) })
	b.indOrder = append(b.indOrder, extra...)
	for _, ip := range b.indOrder {
		seen := map[string]bool{}
		for _, sp := range ip.series {
			for p := range sp.points {
				if !seen[p] {
					seen[p] = true
					ip.periods = append(ip.periods, p)
				}
			}
		}
		slices.Sort(ip.periods)
		// A series table longer than the first sheet is cut (only with
		// more than a million distinct periods).
		if max := b.opt.maxRows - indHeaderRow; len(ip.periods) > max {
			ip.periods = ip.periods[:max]
		}
	}
	return nil
}

func newIndPlan(in indicators.Indicator) *indPlan {
	return &indPlan{ind: in, docs: map[string]struct{}{}, byKey: map[string]*seriesPlan{}, w: make(widths, len(indCols))}
}

// seeRecord counts a record and widens the columns that show it.
func (b *builder) seeRecord(ip *indPlan, r model.Record) {
	b.total++
	ip.count++
	if r.Period != "" {
		if ip.first == "" || r.Period < ip.first {
			ip.first = r.Period
		}
		if r.Period > ip.last {
			ip.last = r.Period
		}
	}
	ip.docs[r.Doc] = struct{}{}
	b.docObs[r.Doc]++

	ents := entitiesText(r.Entities)
	vw := numberWidth(r.Value) + len(r.Unit) + 1
	ip.w.see(icPeriod, r.Period)
	ip.w.see(icEntities, ents)
	ip.w.seeN(icValue, vw)
	ip.w.see(icUnit, b.unitText(r))
	ip.w.see(icBound, r.Bound)
	ip.w.see(icSpeaker, r.Speaker)
	ip.w.see(icDocument, r.Doc)
	ip.w.see(icPublished, r.Published)
	ip.w.see(icQuote, r.Quote)

	b.obsW.see(ocDocument, r.Doc)
	b.obsW.see(ocIndicator, r.Indicator)
	b.obsW.see(ocEntities, ents)
	b.obsW.see(ocPeriod, r.Period)
	b.obsW.seeN(ocValue, vw)
	b.obsW.see(ocUnit, r.Unit)
	b.obsW.see(ocBound, r.Bound)
	b.obsW.see(ocQuote, r.Quote)
	b.obsW.see(ocSpeaker, r.Speaker)
	b.obsW.seeN(ocDerivedFrom, len(r.DerivedFrom)*12)
	b.obsW.see(ocPublished, r.Published)
	b.obsW.see(ocTitle, r.Title)
	b.obsW.see(ocURL, r.URL)
	b.obsW.see(ocDocHash, r.DocHash)
	if r.Basis != "" {
		b.obsW.see(ocBasis, basisLabel(r.Basis).text(b.li))
	}
	if d := r.Describe(); d != "" {
		b.obsW.see(ocReview, d)
	}
}

// seeConflict sizes the Conflicts sheet for a conflicting period.
func (b *builder) seeConflict(p point) {
	vals := conflictValues(p)
	b.maxValues = max(b.maxValues, min(len(vals), maxConflictValues))
	b.confW.see(ccIndicator, p.records[0].Indicator)
	b.confW.see(ccEntities, entitiesText(p.records[0].Entities))
	b.confW.see(ccPeriod, p.records[0].Period)
	b.confW.see(ccUnit, p.unit)
	b.confW.seeN(ccHeadline, numberWidth(p.headline)+len(p.unit)+1)
	for i, v := range vals {
		if i == maxConflictValues {
			break
		}
		c := confFixed + conflictValueCols*i
		b.confW.seeN(c, numberWidth(v.Value)+len(p.unit)+1)
		b.confW.seeN(c+1, 4)
		b.confW.see(c+2, strings.Join(v.Documents(), "; "))
		b.confW.see(c+3, v.Records[0].Speaker)
		b.confW.see(c+4, v.Records[0].Quote)
	}
}

// maxConflictValues is how many distinct values the Conflicts sheet shows
// side by side; the count column tells when there are more.
const maxConflictValues = 6

// conflictValueCols is the number of Conflicts columns of each value.
const conflictValueCols = 5

// conflictValues lists a period's distinct values, headline first.
func conflictValues(p point) []model.Value { return model.Point{Records: p.records}.Values() }

// entitiesText shows an entity group as "CN, RU".
func entitiesText(e []string) string { return strings.Join(e, ", ") }

// isWhole reports whether v shows without decimals.
func isWhole(v float64) bool { return v == math.Trunc(v) && math.Abs(v) < 1e15 }
