package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// CopyStats says what Copy did.
type CopyStats struct {
	Documents     int // documents copied
	DocumentsKept int // documents the target already had (by path), kept as they were
	Observations  int // observations copied, derived ones included
	Events        int // events copied
	Runs          int // runs copied
	RunsKept      int // runs the target already had (by id)
}

// loader is implemented by back ends Copy can write to.
type loader interface {
	// load stores, in one transaction, the documents the store does not
	// have yet (by path) with their own times and flags, the observations
	// of recs and the events that belong to those documents, and the runs
	// it does not have yet (by id).
	load(ctx context.Context, docs []model.Document, recs []model.Record, events []indicators.Event, runs []runRow) (CopyStats, error)
}

// runRow is a run as stored.
type runRow struct {
	id   string
	body json.RawMessage
}

// Copy copies every document (removed ones included, with their first and
// last seen times), every observation (derived ones included), every event
// and every run
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
	recs, err := src.Observations(ctx, Filter{IncludeRemoved: true})
	if err != nil {
		return CopyStats{}, fmt.Errorf("store copy: read observations: %w", err)
	}
	events, err := src.Events(ctx, true)
	if err != nil {
		return CopyStats{}, fmt.Errorf("store copy: read events: %w", err)
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
	st, err := l.load(ctx, docs, recs, events, runs)
	if err != nil {
		return CopyStats{}, fmt.Errorf("store copy: %w", err)
	}
	return st, nil
}

// load implements loader for SQLite.
func (s *SQLite) load(ctx context.Context, docs []model.Document, recs []model.Record, events []indicators.Event, runs []runRow) (CopyStats, error) {
	var st CopyStats
	err := s.inTx(ctx, "copy", func(tx *sql.Tx) error {
		st = CopyStats{}
		insDoc, err := tx.PrepareContext(ctx, `
INSERT INTO documents (path, hash, title, lang, published, source, url, removed, first_seen, last_seen, corpus, skip_reason, skipped_since)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (path) DO NOTHING`)
		if err != nil {
			return err
		}
		defer insDoc.Close()
		added := map[string]bool{}
		for _, d := range docs {
			res, err := insDoc.ExecContext(ctx, d.Path, d.Hash, d.Title, d.Lang, d.Published, d.Source, d.URL, d.Removed,
				formatTime(d.FirstSeen), formatTime(d.LastSeen), d.Corpus, d.SkipReason, formatSkippedSince(d.SkippedSince))
			if err != nil {
				return fmt.Errorf("document %s: %w", d.Path, err)
			}
			if n, _ := res.RowsAffected(); n == 1 {
				added[d.Path] = true
			}
		}
		st.Documents, st.DocumentsKept = len(added), len(docs)-len(added)
		insObs, err := tx.PrepareContext(ctx, insertSQL(1)+" ON CONFLICT DO NOTHING")
		if err != nil {
			return err
		}
		defer insObs.Close()
		for _, r := range recs {
			if !added[r.Doc] {
				continue
			}
			df, err := encodeDerivedFrom(r.DerivedFrom)
			if err != nil {
				return fmt.Errorf("observation %d: %w", r.ID, err)
			}
			res, err := insObs.ExecContext(ctx, r.Doc, r.DocHash, r.Indicator, joinEntities(r.Entities), r.Period, r.Value,
				r.Unit, r.Approx, r.Bound, r.Lang, r.Quote, r.Span[0], r.Span[1], r.Speaker, r.Mentions, df, r.Confidence, r.Basis)
			if err != nil {
				return fmt.Errorf("observation %d of %s: %w", r.ID, r.Doc, err)
			}
			n, _ := res.RowsAffected()
			st.Observations += int(n)
		}
		evs := addedEvents(events, added)
		if err := insertEvents(ctx, tx, "", evs, false); err != nil {
			return err
		}
		st.Events = len(evs)
		insRun, err := tx.PrepareContext(ctx, `INSERT INTO runs (id, started, status, body) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)
		if err != nil {
			return err
		}
		defer insRun.Close()
		for _, r := range runs {
			compact, started, status, err := runMeta(r.body, s.now())
			if err != nil {
				return fmt.Errorf("run %s: %w", r.id, err)
			}
			res, err := insRun.ExecContext(ctx, r.id, started, status, string(compact))
			if err != nil {
				return fmt.Errorf("run %s: %w", r.id, err)
			}
			if n, _ := res.RowsAffected(); n == 1 {
				st.Runs++
			} else {
				st.RunsKept++
			}
		}
		return nil
	})
	return st, err
}

// load implements loader for PostgreSQL: documents and observations are
// streamed with COPY into temporary tables and inserted from there with ON
// CONFLICT DO NOTHING, so a concurrent writer or an earlier copy never
// makes a row appear twice.
func (s *Postgres) load(ctx context.Context, docs []model.Document, recs []model.Record, events []indicators.Event, runs []runRow) (CopyStats, error) {
	var st CopyStats
	err := s.inTx(ctx, "copy", func(tx pgx.Tx) error {
		st = CopyStats{}
		docCols := []string{"path", "hash", "title", "lang", "published", "source", "url", "removed", "first_seen", "last_seen", "corpus", "skip_reason", "skipped_since"}
		if _, err := tx.Exec(ctx, `CREATE TEMP TABLE econtrack_copy_docs ON COMMIT DROP AS SELECT `+strings.Join(docCols, ", ")+` FROM documents WITH NO DATA`); err != nil {
			return err
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"econtrack_copy_docs"}, docCols, pgx.CopyFromSlice(len(docs), func(i int) ([]any, error) {
			d := docs[i]
			return []any{d.Path, d.Hash, d.Title, d.Lang, d.Published, d.Source, d.URL, d.Removed, formatTime(d.FirstSeen), formatTime(d.LastSeen), d.Corpus, d.SkipReason, formatSkippedSince(d.SkippedSince)}, nil
		}))
		if err != nil {
			return fmt.Errorf("copy documents: %w", err)
		}
		rows, err := tx.Query(ctx, `INSERT INTO documents (`+strings.Join(docCols, ", ")+`) SELECT `+strings.Join(docCols, ", ")+` FROM econtrack_copy_docs
ON CONFLICT (path) DO NOTHING RETURNING path`)
		if err != nil {
			return err
		}
		paths, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return fmt.Errorf("insert documents: %w", err)
		}
		added := make(map[string]bool, len(paths))
		for _, p := range paths {
			added[p] = true
		}
		st.Documents, st.DocumentsKept = len(added), len(docs)-len(added)

		var obs []indicators.Observation
		var hashes []string
		for _, r := range recs {
			if added[r.Doc] {
				obs = append(obs, r.Observation)
				hashes = append(hashes, r.DocHash)
			}
		}
		if _, err := tx.Exec(ctx, `CREATE TEMP TABLE econtrack_copy_obs ON COMMIT DROP AS SELECT `+strings.Join(obsColumns, ", ")+` FROM observations WITH NO DATA`); err != nil {
			return err
		}
		hash := func(i int, _ indicators.Observation) string { return hashes[i] }
		if err := s.copyObservations(ctx, tx, "econtrack_copy_obs", obs, hash); err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `INSERT INTO observations (`+strings.Join(obsColumns, ", ")+`) SELECT `+strings.Join(obsColumns, ", ")+` FROM econtrack_copy_obs
ON CONFLICT DO NOTHING`)
		if err != nil {
			return fmt.Errorf("insert observations: %w", err)
		}
		st.Observations = int(tag.RowsAffected())
		evs := addedEvents(events, added)
		b := &pgx.Batch{}
		queueEvents(b, "", evs, false)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("insert events: %w", err)
		}
		st.Events = len(evs)

		for _, r := range runs {
			compact, started, status, err := runMeta(r.body, s.now())
			if err != nil {
				return fmt.Errorf("run %s: %w", r.id, err)
			}
			tag, err := tx.Exec(ctx, `INSERT INTO runs (id, started, status, body) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
				r.id, started, status, string(compact))
			if err != nil {
				return fmt.Errorf("run %s: %w", r.id, err)
			}
			if tag.RowsAffected() == 1 {
				st.Runs++
			} else {
				st.RunsKept++
			}
		}
		return nil
	})
	return st, err
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
