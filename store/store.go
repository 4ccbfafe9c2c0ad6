// Package store keeps documents, observations and runs. SQLite (pure Go) is
// the default back end; PostgreSQL shares the same interface.
package store

import (
	"context"
	"encoding/json"
	"time"

	"github.com/econtrack/econtrack/indicators"
)

// Document is one corpus file as stored.
type Document struct {
	Hash      string    // SHA-256 of the file's bytes, hex; the identity
	Path      string    // relative to the corpus folder
	Title     string    //
	Lang      string    // ar, en, ru
	Published string    // ISO date or date-time as the metadata gave it; "" when unknown
	Source    string    //
	URL       string    //
	Removed   bool      // the file is no longer in the corpus; its history is kept
	FirstSeen time.Time //
	LastSeen  time.Time //
}

// Record is a stored observation joined with its document.
type Record struct {
	indicators.Observation
	ID        int64  // store-assigned identifier
	DocHash   string // the document version the observation was read from
	Published string // the document's publication date
	Title     string
	URL       string
	Removed   bool // the document left the corpus
	// Conflict is true when another current observation has the same
	// indicator, entities and period but a different value.
	Conflict bool
}

// Filter narrows Observations. Zero values match everything.
type Filter struct {
	Indicator string
	Entities  []string // exact set, sorted
	Since     string   // periods >= Since (string comparison on ISO periods)
	// IncludeRemoved also returns observations of documents that left the corpus.
	IncludeRemoved bool
}

// Store is what the pipeline and the reports need from a back end.
// Implementations must be safe for use by one process at a time per method
// call and keep every multi-row change in one transaction.
type Store interface {
	// Hashes returns the content hash of every current (not removed)
	// document by path.
	Hashes(ctx context.Context) (map[string]string, error)
	// PutDocument stores doc and replaces every observation previously read
	// from the document at doc.Path with obs, in one transaction.
	PutDocument(ctx context.Context, doc Document, obs []indicators.Observation) error
	// Touch records that the documents at paths were seen unchanged now.
	Touch(ctx context.Context, paths []string) error
	// MarkRemoved marks every current document whose path is not in present
	// as removed; it returns the paths it marked.
	MarkRemoved(ctx context.Context, present []string) ([]string, error)
	// ReplaceDerived replaces all derived observations with obs.
	ReplaceDerived(ctx context.Context, obs []indicators.Observation) error
	// Documents lists every document, removed ones included, by path.
	Documents(ctx context.Context) ([]Document, error)
	// Observations lists observations ordered by indicator, entities, period, doc.
	Observations(ctx context.Context, f Filter) ([]Record, error)
	// SaveRun inserts or replaces the run with the given id; body is its run.json.
	SaveRun(ctx context.Context, id string, body json.RawMessage) error
	// Runs lists every run's run.json, oldest first.
	Runs(ctx context.Context) ([]json.RawMessage, error)
	// Close releases the back end.
	Close() error
}
