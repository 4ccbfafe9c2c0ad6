package store

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// This file holds the dialect-independent rules every back end shares:
// how values are encoded in columns, how a batch of observations is checked
// and merged, how conflicts are flagged and how a run's body is indexed.

// timeLayout is fixed-width so that stored text sorts in time order.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTime(s string) (time.Time, error) { return time.Parse(timeLayout, s) }

// joinEntities encodes an entity set as its sorted codes joined by commas.
func joinEntities(ents []string) string {
	if len(ents) == 0 {
		return ""
	}
	s := slices.Clone(ents)
	slices.Sort(s)
	s = slices.Compact(s)
	return strings.Join(s, ",")
}

// splitEntities decodes joinEntities; "" is nil.
func splitEntities(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// prepareEvents checks the events of document doc about to be stored and
// returns them with doc filled in where empty, sorted entities and
// duplicates dropped.
func prepareEvents(doc string, events []indicators.Event) ([]indicators.Event, error) {
	out := make([]indicators.Event, 0, len(events))
	seen := map[string]bool{}
	for i, e := range events {
		if e.Doc == "" {
			e.Doc = doc
		}
		switch {
		case e.Doc != doc:
			return nil, fmt.Errorf("event %d (%s) names document %q, not %q", i, e.Indicator, e.Doc, doc)
		case e.Indicator == "":
			return nil, fmt.Errorf("event %d of %s: no indicator", i, doc)
		case !monthRE.MatchString(e.Month):
			return nil, fmt.Errorf("event %d (%s) of %s: month %q, want YYYY-MM", i, e.Indicator, doc, e.Month)
		}
		e.Entities = splitEntities(joinEntities(e.Entities))
		key := e.Indicator + "\x00" + joinEntities(e.Entities) + "\x00" + e.Month + "\x00" + e.Source
		if !seen[key] {
			seen[key] = true
			out = append(out, e)
		}
	}
	return out, nil
}

// monthRE is a calendar month, YYYY-MM.
var monthRE = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])$`)

// eventColumns are the columns of the events table, in the order Events
// reads them.
const eventColumns = "e.doc, e.indicator, e.entities, e.month, e.source"

// scanEvent reads one row of eventColumns.
func scanEvent(scan func(...any) error) (indicators.Event, error) {
	var e indicators.Event
	var ents string
	if err := scan(&e.Doc, &e.Indicator, &ents, &e.Month, &e.Source); err != nil {
		return e, err
	}
	e.Entities = splitEntities(ents)
	return e, nil
}

// groupReadSQL is one read of ObservationGroups: the observations of
// indicator with one of the entities columns ents (JSON array), read
// without their documents, which a read takes once (see newReading).
func (d *dialect) groupReadSQL(indicator string, ents []string) (string, []any) {
	return `
SELECT ` + recordColumns + `
FROM observations WHERE indicator = ? AND entities ` + d.inValues, []any{indicator, jsonArg(ents)}
}

// docFields is what a record takes from its document.
type docFields struct {
	path, hash, published, title, url, source, corpus string
	removed                                           bool
}

// obsKey is the identity of a stored observation, the columns of the unique
// key of the observations table.
type obsKey struct {
	doc, indicator, entities, period string
	value                            float64
	unit, bound                      string
}

// prepareObservations checks a batch of observations about to be stored and
// returns them with sorted entities and with observations of one identity
// merged: the first keeps its fields, mentions are summed and derived_from
// lists are united. When doc is not "" every observation must be read (not
// derived) from doc, and an empty Doc is taken to be doc; when doc is ""
// every observation must be derived and name its Doc.
func prepareObservations(doc string, obs []indicators.Observation) ([]indicators.Observation, error) {
	out := make([]indicators.Observation, 0, len(obs))
	seen := make(map[obsKey]int, len(obs))
	for i, o := range obs {
		switch {
		case doc != "" && o.Doc == "":
			o.Doc = doc
		case doc != "" && o.Doc != doc:
			return nil, fmt.Errorf("observation %d (%s) names document %q, not %q", i, o.Indicator, o.Doc, doc)
		case doc == "" && o.Doc == "":
			return nil, fmt.Errorf("derived observation %d (%s): no document", i, o.Indicator)
		}
		if doc != "" && o.Derived() {
			return nil, fmt.Errorf("observation %d (%s) of %s is derived; store it with ReplaceDerived", i, o.Indicator, doc)
		}
		if doc == "" && !o.Derived() {
			return nil, fmt.Errorf("observation %d (%s) of %s is not derived: derived_from is empty", i, o.Indicator, o.Doc)
		}
		if o.Indicator == "" {
			return nil, fmt.Errorf("observation %d of %s: no indicator", i, o.Doc)
		}
		if math.IsNaN(o.Value) || math.IsInf(o.Value, 0) {
			return nil, fmt.Errorf("observation %d (%s) of %s: value %v is not a finite number", i, o.Indicator, o.Doc, o.Value)
		}
		for _, e := range o.Entities {
			if e == "" || strings.Contains(e, ",") {
				return nil, fmt.Errorf("observation %d (%s) of %s: bad entity %q", i, o.Indicator, o.Doc, e)
			}
		}
		ents := joinEntities(o.Entities)
		o.Entities = splitEntities(ents)
		o.DerivedFrom = slices.Clone(o.DerivedFrom)
		k := obsKey{o.Doc, o.Indicator, ents, o.Period, o.Value, o.Unit, o.Bound}
		if j, ok := seen[k]; ok {
			out[j].Mentions += o.Mentions
			for _, d := range o.DerivedFrom {
				if !slices.Contains(out[j].DerivedFrom, d) {
					out[j].DerivedFrom = append(out[j].DerivedFrom, d)
				}
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, o)
	}
	return out, nil
}

// interner shares one copy of the strings that repeat across the records
// of one read (documents, indicators, units, quotes of one sentence), which
// keeps a read of a million observations to a fraction of the memory.
type interner map[string]string

func (in interner) str(s *string) {
	if c, ok := in[*s]; ok {
		*s = c
		return
	}
	in[*s] = *s
}

// record interns the string fields of r.
func (in interner) record(r *model.Record) {
	for _, p := range []*string{&r.DocHash, &r.Indicator, &r.Period, &r.Unit, &r.Bound, &r.Lang, &r.Quote, &r.Speaker} {
		in.str(p)
	}
}

// entities decodes an entities column into a new slice of shared strings.
func (in interner) entities(s string) []string {
	ents := splitEntities(s)
	for i := range ents {
		in.str(&ents[i])
	}
	return ents
}

// sortRecords returns recs in the order Store.Observations promises:
// indicator, entities, period, document, then value, unit, bound and ID so
// that the order is total. Sorting here rather than in SQL keeps the order
// the same in every back end (byte order, whatever the collation) and
// spares the database a sort of every row.
func sortRecords(recs []model.Record) []model.Record {
	model.SortFunc(recs, func(a, b *model.Record) int {
		return cmp.Or(strings.Compare(a.Indicator, b.Indicator), slices.Compare(a.Entities, b.Entities),
			strings.Compare(a.Period, b.Period), strings.Compare(a.Doc, b.Doc), cmp.Compare(a.Value, b.Value),
			strings.Compare(a.Unit, b.Unit), strings.Compare(a.Bound, b.Bound), cmp.Compare(a.ID, b.ID))
	})
	return recs
}

// encodeDerivedFrom is the derived_from column: a JSON array, or nil (NULL)
// for an observation read from the text.
func encodeDerivedFrom(d []string) (any, error) {
	if len(d) == 0 {
		return nil, nil
	}
	b, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

func decodeDerivedFrom(s *string) ([]string, error) {
	if s == nil || *s == "" {
		return nil, nil
	}
	var d []string
	if err := json.Unmarshal([]byte(*s), &d); err != nil {
		return nil, fmt.Errorf("derived_from %q: %w", *s, err)
	}
	return d, nil
}

// since keeps the records whose period reaches the day since (a period
// model.PeriodStart reads) or later: --since 2025-11-04 keeps the month 2025-11.
// An empty since keeps everything; records without a period go.
func since(recs []model.Record, from string) []model.Record {
	if from == "" {
		return recs
	}
	start, ok := model.PeriodStart(from)
	if !ok {
		start = from
	}
	out := recs[:0]
	for _, r := range recs {
		if end := model.PeriodEnd(r.Period); end != "" && end >= start {
			out = append(out, r)
		}
	}
	return out
}

// runMeta validates a run.json body and returns it compacted to one line,
// with its "started" time normalised for ordering (or now when it has none)
// and its "status".
func runMeta(body json.RawMessage, now time.Time) (compact []byte, started, status string, err error) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, body); err != nil {
		return nil, "", "", fmt.Errorf("body is not JSON: %w", err)
	}
	var meta struct {
		Started any `json:"started"`
		Status  any `json:"status"`
	}
	if err := json.Unmarshal(buf.Bytes(), &meta); err != nil {
		return nil, "", "", fmt.Errorf("body is not a JSON object: %w", err)
	}
	t := now
	if s, ok := meta.Started.(string); ok {
		if p, err := time.Parse(time.RFC3339Nano, s); err == nil {
			t = p
		}
	}
	status, _ = meta.Status.(string)
	return buf.Bytes(), formatTime(t), status, nil
}
