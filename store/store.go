// Package store keeps documents, observations and runs. SQLite (pure Go) is
// the default back end; PostgreSQL shares the same interface.
package store

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// DocumentWrite is one document with what was read from it, as
// PutDocuments stores it.
type DocumentWrite struct {
	Doc          model.Document
	Observations []indicators.Observation
	Events       []indicators.Event
}

// OtherCorpusError is returned by PutDocument for a path that a document of
// another corpus in the same store already has: corpora that share a store
// need distinct file names.
type OtherCorpusError struct {
	Path, Corpus string
}

func (e *OtherCorpusError) Error() string {
	return fmt.Sprintf("%s is already stored from corpus %q, which shares this store: file names must differ between corpora", e.Path, e.Corpus)
}

// Filter narrows Observations. Zero values match everything.
type Filter struct {
	Indicator string
	Entities  []string // exact set, sorted
	// Since keeps the periods that reach this day or later (a year,
	// quarter, month or day: "2025-11-04" keeps the month 2025-11).
	Since string
	// IncludeRemoved also returns observations of documents that left the corpus.
	IncludeRemoved bool
	// AsOf (YYYY-MM-DD) keeps only observations of documents published on
	// or before that day: what had been reported by then. Documents without
	// a publication date are left out while it is set.
	AsOf string
	// Rejected also returns observations rejected by review (their Review
	// says so); they never count in conflicts.
	Rejected bool
	// NoReviews reads observations as extracted, without the reviewers'
	// decisions.
	NoReviews bool
}

// publishedBy reports whether a document published on published (an ISO
// date or date-time) is kept by f.AsOf.
func (f Filter) publishedBy(published string) bool {
	if f.AsOf == "" {
		return true
	}
	return len(published) >= 10 && published[:10] <= f.AsOf
}

// Store is what the pipeline and the reports need from a back end.
// Implementations must be safe for use by one process at a time per method
// call and keep every multi-row change in one transaction.
type Store interface {
	// Hashes returns the content hash of every current (not removed)
	// document of corpus, and of documents no corpus has claimed, by path.
	Hashes(ctx context.Context, corpus string) (map[string]string, error)
	// PutDocument stores doc as a document of doc.Corpus and replaces every
	// observation and event previously read from the document at doc.Path
	// with obs and events, in one transaction. A path stored from another
	// corpus is refused with an *OtherCorpusError.
	PutDocument(ctx context.Context, doc model.Document, obs []indicators.Observation, events []indicators.Event) error
	// PutDocuments stores several documents as PutDocument stores each, in
	// one transaction: a run stores a corpus many documents at a time,
	// for one commit per document is most of the cost of a small one. A
	// document whose path another corpus holds is left out and returned
	// among refused; any other error stores none of them.
	PutDocuments(ctx context.Context, writes []DocumentWrite) (refused []*OtherCorpusError, err error)
	// Events lists the meetings documents date without numbering them
	// ("the last meeting was in August last year"), from which, with the
	// numbered meetings among the observations, derived series are
	// computed; ordered by document, indicator, entities and month. Events
	// of documents that left the corpus come only with includeRemoved.
	// Published is left zero.
	Events(ctx context.Context, includeRemoved bool) ([]indicators.Event, error)
	// Touch records that the documents of corpus at paths were seen
	// unchanged now (and read: no longer skipped).
	Touch(ctx context.Context, corpus string, paths []string) error
	// MarkSkipped records that the stored documents of corpus at the paths
	// of skipped (path → reason) are still in the corpus but could not be
	// read; their observations stay current.
	MarkSkipped(ctx context.Context, corpus string, skipped map[string]string) error
	// MarkRemoved marks every current document of corpus whose path is not
	// in present as removed; it returns the paths it marked. Documents of
	// other corpora are left alone; unclaimed documents (stored before
	// corpora had ids) count as corpus's while no other corpus shares the
	// store.
	MarkRemoved(ctx context.Context, corpus string, present []string) ([]string, error)
	// ReplaceDerived replaces all derived observations with obs.
	ReplaceDerived(ctx context.Context, obs []indicators.Observation) error
	// Document returns the document stored at path; false when there is
	// none.
	Document(ctx context.Context, path string) (model.Document, bool, error)
	// Documents lists every document, removed ones included, by path.
	Documents(ctx context.Context) ([]model.Document, error)
	// AllDocuments ranges over what Documents lists, in the same order, a
	// page at a time (never a read open while the caller has a document).
	// An error ends the range.
	AllDocuments(ctx context.Context) iter.Seq2[model.Document, error]
	// Observations lists observations ordered by indicator, entities, period, doc.
	Observations(ctx context.Context, f Filter) ([]model.Record, error)
	// ObservationGroups ranges over what Observations lists, one indicator
	// and entity group at a time, in the same order and with the same
	// conflict flags, holding one group at a time in memory (and never a
	// read open while the caller has a group). An error ends the range.
	ObservationGroups(ctx context.Context, f Filter) iter.Seq2[[]model.Record, error]
	// PutReviews stores reviewers' decisions, each validated, in one
	// transaction, and returns how many were new: a decision stored already
	// (the same key, time and action) is not stored twice. Every decision
	// is kept: the latest of a key applies to what Observations and
	// ObservationGroups return (a rejected observation is left out, a
	// corrected one carries the correction), run after run, for as long as
	// the document keeps its hash.
	PutReviews(ctx context.Context, reviews []model.Review) (int, error)
	// Stamp returns a value that changes whenever documents, observations
	// or reviews are stored: readers that keep what they computed from the
	// store (econtrack serve's overview) compare it to know when to compute
	// again.
	Stamp(ctx context.Context) (string, error)
	// Reviews lists every decision stored, oldest first.
	Reviews(ctx context.Context) ([]model.Review, error)
	// FetchState returns the validators (ETag, Last-Modified) a server last
	// sent for url, "" when none were kept.
	FetchState(ctx context.Context, url string) (etag, lastModified string, err error)
	// PutFetchState keeps the validators of url for the next request.
	PutFetchState(ctx context.Context, url, etag, lastModified string) error
	// SaveRun inserts or replaces the run with the given id; body is its run.json.
	SaveRun(ctx context.Context, id string, body json.RawMessage) error
	// Runs lists every run's run.json, oldest first.
	Runs(ctx context.Context) ([]json.RawMessage, error)
	// Close releases the back end.
	Close() error
}

// Warner is a back end that found, when opened, something to tell the
// user that does not stop it working.
type Warner interface {
	Warnings() []string
}
