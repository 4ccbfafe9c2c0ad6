// Package model holds the shape of econtrack's data, free of any database:
// documents, stored observations (records), the series and headline values
// the reports draw, and the conflicts between documents. The store fills
// these types; charts, the workbook and the CLI read them.
package model

import (
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
	// Corpus is the id of the corpus the document was last read from
	// (corpus.id); "" for a document stored before corpora had ids.
	Corpus string
	// SkipReason says why the last run could not read the document although
	// it is still in its corpus ("" when it was read); its last good
	// observations stay current. SkippedSince is when that started.
	SkipReason   string
	SkippedSince time.Time
}

// Record is a stored observation joined with its document.
type Record struct {
	indicators.Observation
	ID        int64  // store-assigned identifier
	DocHash   string // the document version the observation was read from
	Published string // the document's publication date
	Title     string
	URL       string
	Source    string // the document's publication, as its metadata names it
	Removed   bool   // the document left the corpus
	Corpus    string // the id of the document's corpus ("" before corpora had ids)
	// Conflict is true when another current observation has the same
	// indicator, entities and period but a different value.
	Conflict bool
	// Review is the reviewer's decision that applies to the observation
	// (the fields above are already corrected), nil when there is none.
	Review *Reviewed
}
