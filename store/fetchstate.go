package store

import (
	"context"
	"database/sql"
	"errors"
)

// FetchState implements Store.
func (s *sqlStore) FetchState(ctx context.Context, url string) (etag, lastModified string, err error) {
	err = s.db.QueryRowContext(ctx, s.d.rebind(`SELECT etag, last_modified FROM fetch_state WHERE url = ?`), url).Scan(&etag, &lastModified)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", nil
	}
	if err != nil {
		return "", "", s.errorf("fetch state", err)
	}
	return etag, lastModified, nil
}

// PutFetchState implements Store.
func (s *sqlStore) PutFetchState(ctx context.Context, url, etag, lastModified string) error {
	return s.inTx(ctx, "fetch state of "+url, func(tx txn) error {
		_, err := tx.exec(ctx, `INSERT INTO fetch_state (url, etag, last_modified, checked) VALUES (?, ?, ?, ?)
ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked = excluded.checked`,
			url, etag, lastModified, formatTime(s.now()))
		return err
	})
}
