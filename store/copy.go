package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// CopyStats says what Copy did.
type CopyStats struct {
	Documents     int // documents copied
	DocumentsKept int // documents the target already had (by path), kept as they were
	Observations  int // observations copied, derived ones included
	Events        int // events copied
	Reviews       int // review decisions copied
	Runs          int // runs copied
	RunsKept      int // runs the target already had (by id)
}

// loader is implemented by back ends Copy can write to.
type loader interface {
	// load stores, in one transaction, the documents the store does not
	// have yet (by path) with their own times and flags, the observations
	// of recs and the events that belong to those documents, and the runs
	// it does not have yet (by id), and the review decisions it does not
	// have yet (by key, time and action).
	load(ctx context.Context, docs []model.Document, recs []model.Record, events []indicators.Event, reviews []model.Review, runs []runRow) (CopyStats, error)
}

// runRow is a run as stored.
type runRow struct {
	id   string
	body json.RawMessage
}

// Copy copies every document (removed ones included, with their first and
// last seen times), every observation as extracted (derived ones
// included), every event, every review decision and every run
// of src into dst, in one transaction of dst: a failure copies nothing.
//
// Copy is idempotent: a document dst already has at the same path is kept
// as it is with its observations (dst's version wins), and a run dst
// already has is kept, so copying twice copies nothing the second time.
// Observation ids are assigned by dst. Both back ends can be either side.
func Copy(ctx context.Context, dst, src Store) (CopyStats, error) {
	l, ok := dst.(loader)
	if !ok {
		return CopyStats{}, fmt.Errorf("store copy: cannot write to a %T", dst)
	}
	docs, err := src.Documents(ctx)
	if err != nil {
		return CopyStats{}, fmt.Errorf("store copy: read documents: %w", err)
	}
	recs, err := src.Observations(ctx, Filter{IncludeRemoved: true, NoReviews: true})
	if err != nil {
		return CopyStats{}, fmt.Errorf("store copy: read observations: %w", err)
	}
	events, err := src.Events(ctx, true)
	if err != nil {
		return CopyStats{}, fmt.Errorf("store copy: read events: %w", err)
	}
	reviews, err := src.Reviews(ctx)
	if err != nil {
		return CopyStats{}, fmt.Errorf("store copy: read reviews: %w", err)
	}
	bodies, err := src.Runs(ctx)
	if err != nil {
		return CopyStats{}, fmt.Errorf("store copy: read runs: %w", err)
	}
	runs := make([]runRow, 0, len(bodies))
	for i, b := range bodies {
		var meta struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(b, &meta); err != nil || meta.ID == "" {
			return CopyStats{}, fmt.Errorf("store copy: run %d of the source has no id", i+1)
		}
		runs = append(runs, runRow{id: meta.ID, body: b})
	}
	st, err := l.load(ctx, docs, recs, events, reviews, runs)
	if err != nil {
		return CopyStats{}, fmt.Errorf("store copy: %w", err)
	}
	return st, nil
}

// formatSkippedSince stores a zero SkippedSince (never skipped) as "".
func formatSkippedSince(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return formatTime(t)
}

// addedEvents keeps the events of the documents a copy added.
func addedEvents(events []indicators.Event, added map[string]bool) []indicators.Event {
	var out []indicators.Event
	for _, e := range events {
		if added[e.Doc] {
			out = append(out, e)
		}
	}
	return out
}
