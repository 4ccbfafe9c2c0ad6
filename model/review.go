package model

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ReviewAction is what a reviewer decided about an observation.
type ReviewAction string

// The review actions.
const (
	ReviewAccept  ReviewAction = "accept"  // the observation is right as extracted
	ReviewReject  ReviewAction = "reject"  // the observation is wrong: it is left out everywhere
	ReviewCorrect ReviewAction = "correct" // the correction replaces the extracted fields everywhere
)

// ReviewKey identifies an observation read from text across re-runs: the
// version of the document it was read from, its indicator as extracted and
// the span of its figure. A re-run of the extractor on the same document
// finds the same key for the same figure, so a decision stays; a changed
// document has another hash, and decisions about the old one no longer
// apply.
type ReviewKey struct {
	DocHash   string `json:"doc_hash" yaml:"doc_hash"`
	Indicator string `json:"indicator" yaml:"indicator"`
	Span      [2]int `json:"span" yaml:"span,flow"`
}

// KeyOf is the review key of a stored observation.
func KeyOf(r Record) ReviewKey {
	return ReviewKey{DocHash: r.DocHash, Indicator: r.Indicator, Span: r.Span}
}

// String is the key in one token, as the review pages and files name it:
// "HASH:INDICATOR:START-END".
func (k ReviewKey) String() string {
	return k.DocHash + ":" + k.Indicator + ":" + strconv.Itoa(k.Span[0]) + "-" + strconv.Itoa(k.Span[1])
}

// ParseReviewKey parses what ReviewKey.String writes.
func ParseReviewKey(s string) (ReviewKey, error) {
	parts := strings.Split(s, ":")
	if len(parts) != 3 {
		return ReviewKey{}, fmt.Errorf("observation key %q: want HASH:INDICATOR:START-END", s)
	}
	a, b, ok := strings.Cut(parts[2], "-")
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil {
		return ReviewKey{}, fmt.Errorf("observation key %q: span %q, want START-END", s, parts[2])
	}
	k := ReviewKey{DocHash: parts[0], Indicator: parts[1], Span: [2]int{start, end}}
	return k, k.validate()
}

func (k ReviewKey) validate() error {
	switch {
	case k.DocHash == "" || strings.ContainsAny(k.DocHash, ": \t\n"):
		return fmt.Errorf("doc_hash %q: want the document's hash", k.DocHash)
	case k.Indicator == "":
		return errors.New("indicator: empty")
	case k.Span[0] < 0 || k.Span[1] < k.Span[0]:
		return fmt.Errorf("span %v: want [start, end] with 0 ≤ start ≤ end", k.Span)
	}
	return nil
}

// Review is one reviewer's decision about one observation. The store keeps
// every decision; the latest one of a key is the one that applies.
type Review struct {
	ReviewKey `yaml:",inline"`
	// Doc is the document's path, for people reading a review file; the
	// key is what matches.
	Doc    string       `json:"doc,omitempty" yaml:"doc,omitempty"`
	Action ReviewAction `json:"action" yaml:"action"`
	// The correction (Action correct): each field set replaces the
	// extracted one, each left empty keeps it.
	Value       *float64 `json:"value,omitempty" yaml:"value,omitempty"`
	Period      string   `json:"period,omitempty" yaml:"period,omitempty"`
	Entities    []string `json:"entities,omitempty" yaml:"entities,omitempty,flow"`
	ToIndicator string   `json:"to_indicator,omitempty" yaml:"to_indicator,omitempty"`
	Note        string   `json:"note,omitempty" yaml:"note,omitempty"`
	// By is who decided, At when.
	By string    `json:"by,omitempty" yaml:"by,omitempty"`
	At time.Time `json:"at" yaml:"at"`
}

// entityRE is an ISO 3166 alpha-2 code as observations carry them.
var entityRE = regexp.MustCompile(`^[A-Z]{2}$`)

// Validate checks a review before it is stored: a complete key, a known
// action, a correction that changes something, a calendar period and
// country codes. Whether ToIndicator is in the catalog is for the caller,
// who has the catalog, to check.
func (rv Review) Validate() error {
	if err := rv.ReviewKey.validate(); err != nil {
		return fmt.Errorf("review: %w", err)
	}
	switch rv.Action {
	case ReviewAccept, ReviewReject:
		if rv.corrects() {
			return fmt.Errorf("review of %s: a correction (value, period, entities, to_indicator) needs action correct, not %s", rv.ReviewKey, rv.Action)
		}
	case ReviewCorrect:
		if !rv.corrects() {
			return fmt.Errorf("review of %s: action correct needs a value, period, entities or to_indicator", rv.ReviewKey)
		}
	default:
		return fmt.Errorf("review of %s: action %q: want accept, reject or correct", rv.ReviewKey, rv.Action)
	}
	if rv.Value != nil && (math.IsNaN(*rv.Value) || math.IsInf(*rv.Value, 0)) {
		return fmt.Errorf("review of %s: value %v is not a finite number", rv.ReviewKey, *rv.Value)
	}
	if rv.Period != "" {
		if _, ok := PeriodStart(rv.Period); !ok {
			return fmt.Errorf("review of %s: period %q: want YYYY, YYYY-QN, YYYY-MM or YYYY-MM-DD", rv.ReviewKey, rv.Period)
		}
	}
	for _, e := range rv.Entities {
		if !entityRE.MatchString(e) {
			return fmt.Errorf("review of %s: entity %q: want an ISO 3166 alpha-2 code such as RU", rv.ReviewKey, e)
		}
	}
	if rv.At.IsZero() {
		return fmt.Errorf("review of %s: no time (at)", rv.ReviewKey)
	}
	return nil
}

func (rv Review) corrects() bool {
	return rv.Value != nil || rv.Period != "" || len(rv.Entities) > 0 || rv.ToIndicator != ""
}

// Moves reports whether the review takes its observation to another
// series: another indicator or another entity group.
func (rv Review) Moves() bool {
	return rv.Action == ReviewCorrect && (rv.ToIndicator != "" && rv.ToIndicator != rv.Indicator || len(rv.Entities) > 0)
}

// Extracted is what the extractor gave for a corrected observation, kept
// beside the correction so that every report can say what changed.
type Extracted struct {
	Indicator string
	Entities  []string
	Period    string
	Value     float64
}

// Reviewed is the review that applies to a record, and for a correction
// what was extracted before it.
type Reviewed struct {
	Review
	Extracted Extracted
}

// Rejected reports whether the record was rejected by review.
func (r Record) Rejected() bool { return r.Review != nil && r.Review.Action == ReviewReject }

// ApplyReview sets the record's review and, for a correction, replaces the
// extracted fields with the corrected ones.
func ApplyReview(r *Record, rv Review) {
	r.Review = &Reviewed{Review: rv, Extracted: Extracted{Indicator: r.Indicator, Entities: r.Entities, Period: r.Period, Value: r.Value}}
	if rv.Action != ReviewCorrect {
		return
	}
	if rv.Value != nil {
		r.Value = *rv.Value
	}
	if rv.Period != "" {
		r.Period = rv.Period
	}
	if len(rv.Entities) > 0 {
		ents := slices.Clone(rv.Entities)
		slices.Sort(ents)
		r.Entities = slices.Compact(ents)
	}
	if rv.ToIndicator != "" {
		r.Indicator = rv.ToIndicator
	}
}

// Describe says in a few words what review did to the record: "" when none
// applies, else "accepted", "rejected" or "corrected (extracted 2.5,
// 2025-03)", followed by the note.
func (r Record) Describe() string {
	if r.Review == nil {
		return ""
	}
	var s string
	switch r.Review.Action {
	case ReviewAccept:
		s = "accepted"
	case ReviewReject:
		s = "rejected"
	default:
		x := r.Review.Extracted
		var was []string
		if x.Indicator != r.Indicator {
			was = append(was, x.Indicator)
		}
		if !slices.Equal(x.Entities, r.Entities) {
			was = append(was, strings.Join(x.Entities, "-"))
		}
		if x.Value != r.Value {
			was = append(was, strconv.FormatFloat(x.Value, 'g', -1, 64))
		}
		if x.Period != r.Period {
			was = append(was, x.Period)
		}
		s = "corrected"
		if len(was) > 0 {
			s += " (extracted " + strings.Join(was, ", ") + ")"
		}
	}
	if r.Review.Note != "" {
		s += ": " + r.Review.Note
	}
	return s
}

// LatestReviews keeps, of reviews in the order they were made, the latest
// of each key.
func LatestReviews(reviews []Review) map[ReviewKey]Review {
	m := make(map[ReviewKey]Review, len(reviews))
	for _, rv := range reviews {
		if old, ok := m[rv.ReviewKey]; !ok || !rv.At.Before(old.At) {
			m[rv.ReviewKey] = rv
		}
	}
	return m
}
