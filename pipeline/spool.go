package pipeline

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/econtrack/econtrack/model"
)

// spool keeps the observation groups of one read of the store in a
// temporary file, in their order, so that the artefact stages range over
// them again and again without reading the store: a read of the store in
// series order costs several times a read of the file (its rows lie in the
// order documents were stored). Memory holds one group at a time.
type spool struct {
	path string
	f    *os.File
	w    *bufio.Writer
	enc  *gob.Encoder
}

// newSpool creates the spool file at path.
func newSpool(path string) (*spool, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	return &spool{path: path, f: f, w: w, enc: gob.NewEncoder(w)}, nil
}

// add appends a group.
func (s *spool) add(g []model.Record) error {
	if err := s.enc.Encode(g); err != nil {
		return fmt.Errorf("spool %s: %w", s.path, err)
	}
	return nil
}

// finish writes what was added and closes the file; groups may be read
// from then on. The file stays until its folder is removed.
func (s *spool) finish() error {
	if err := errors.Join(s.w.Flush(), s.f.Close()); err != nil {
		return fmt.Errorf("spool %s: %w", s.path, err)
	}
	return nil
}

// groups ranges over the groups added, from the start of the file each
// time, and ends with the error of a read that fails.
func (s *spool) groups(yield func([]model.Record, error) bool) {
	f, err := os.Open(s.path)
	if err != nil {
		yield(nil, fmt.Errorf("spool: %w", err))
		return
	}
	defer f.Close()
	dec := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	for {
		var g []model.Record
		err := dec.Decode(&g)
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			yield(nil, fmt.Errorf("spool %s: %w", s.path, err))
			return
		}
		if !yield(g, nil) {
			return
		}
	}
}
