package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/econtrack/econtrack/model"
)

// reviewColumns are the columns of a decision, in the order PutReviews
// writes them and Reviews reads them.
const reviewColumns = `doc_hash, indicator, span_start, span_end, doc, action, value, period, entities, to_indicator, note, reviewer, at`

// insertReviewSQL stores one decision.
const insertReviewSQL = `INSERT INTO reviews (` + reviewColumns + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// PutReviews implements Store.
func (s *sqlStore) PutReviews(ctx context.Context, reviews []model.Review) (int, error) {
	for _, rv := range reviews {
		if err := rv.Validate(); err != nil {
			return 0, s.errorf("put reviews", err)
		}
	}
	var n int
	err := s.inTx(ctx, fmt.Sprintf("put %d reviews", len(reviews)), func(tx txn) error {
		var err error
		n, err = insertNewReviews(ctx, tx, reviews)
		return err
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// reviewArgs are the values of reviewColumns for rv.
func reviewArgs(rv model.Review) []any {
	var ents *string
	if len(rv.Entities) > 0 {
		e := joinEntities(rv.Entities)
		ents = &e
	}
	return []any{rv.DocHash, rv.Indicator, rv.Span[0], rv.Span[1], rv.Doc, string(rv.Action), rv.Value, rv.Period, ents,
		rv.ToIndicator, rv.Note, rv.By, formatTime(rv.At)}
}

// insertNewReviews stores, in tx, the decisions the store does not hold
// yet (the same key, time and action), and returns how many it stored.
func insertNewReviews(ctx context.Context, tx txn, reviews []model.Review) (int, error) {
	n := 0
	for _, rv := range reviews {
		var exists int
		err := tx.queryRow(ctx, `SELECT count(*) FROM reviews WHERE doc_hash = ? AND indicator = ? AND span_start = ? AND span_end = ? AND at = ? AND action = ?`,
			rv.DocHash, rv.Indicator, rv.Span[0], rv.Span[1], formatTime(rv.At), string(rv.Action)).Scan(&exists)
		if err == nil && exists == 0 {
			_, err = tx.exec(ctx, insertReviewSQL, reviewArgs(rv)...)
			n++
		}
		if err != nil {
			return n, fmt.Errorf("review of %s: %w", rv.ReviewKey, err)
		}
	}
	return n, nil
}

// Reviews implements Store: every decision, in the order they were made
// (then stored).
func (s *sqlStore) Reviews(ctx context.Context) ([]model.Review, error) {
	var out []model.Review
	var rv model.Review
	var action, at string
	var value sql.NullFloat64
	var ents sql.NullString
	rows, err := s.db.QueryContext(ctx, `SELECT `+reviewColumns+` FROM reviews ORDER BY at, id`)
	err = scanAll(rows, err, []any{&rv.DocHash, &rv.Indicator, &rv.Span[0], &rv.Span[1], &rv.Doc, &action, &value, &rv.Period, &ents,
		&rv.ToIndicator, &rv.Note, &rv.By, &at}, func() error {
		r := rv
		r.Action = model.ReviewAction(action)
		if value.Valid {
			v := value.Float64
			r.Value = &v
		}
		if ents.Valid {
			r.Entities = splitEntities(ents.String)
		}
		t, err := parseTime(at)
		if err != nil {
			return fmt.Errorf("review of %s: time %q: %w", r.ReviewKey, at, err)
		}
		r.At = t
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, s.errorf("reviews", err)
	}
	return out, nil
}

// Stamp implements Store: the newest observation id, the latest time a
// document was stored or seen, and the number and newest id of reviews.
// Every write of observations inserts rows with new ids, every run touches
// the documents it sees, and reviews are only ever added.
func (s *sqlStore) Stamp(ctx context.Context) (string, error) {
	var obs, reviews, lastReview sql.NullInt64
	var seen sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT max(id) FROM observations), (SELECT max(last_seen) FROM documents),
       (SELECT count(*) FROM reviews), (SELECT max(id) FROM reviews)`).Scan(&obs, &seen, &reviews, &lastReview)
	if err != nil {
		return "", s.errorf("stamp", err)
	}
	return fmt.Sprintf("%d/%s/%d/%d", obs.Int64, seen.String, reviews.Int64, lastReview.Int64), nil
}
