package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gofrs/flock"

	"github.com/econtrack/econtrack/internal/atomicfile"
	"github.com/econtrack/econtrack/store"
)

// runLock keeps two runs from writing the same output folder at once.
type runLock struct {
	fl   *flock.Flock
	info string
}

// LockedError reports that another run holds the output folder.
type LockedError struct {
	Path   string
	Holder string // what the holder wrote: run id, pid, host, start time
}

func (e *LockedError) Error() string {
	return fmt.Sprintf("another run holds %s (%s)", e.Path, e.Holder)
}

// acquireLock takes the lock file; mode "fail" gives up at once, "wait"
// waits up to timeout (0: forever) or until ctx ends.
func acquireLock(ctx context.Context, path, mode string, timeout time.Duration, id string) (*runLock, error) {
	fl := flock.New(path)
	info := path + ".holder"
	var ok bool
	var err error
	if mode == "fail" {
		ok, err = fl.TryLock()
	} else {
		wctx := ctx
		if timeout > 0 {
			var cancel context.CancelFunc
			wctx, cancel = context.WithTimeout(ctx, timeout)
			defer cancel()
		}
		ok, err = fl.TryLockContext(wctx, 100*time.Millisecond)
		if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
			err = nil
		}
	}
	if err != nil && ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err != nil {
		// Not a held lock: the file cannot be opened (no permission to
		// write out/, a read-only file system).
		return nil, fmt.Errorf("cannot take the run lock %s: %w", path, err)
	}
	if !ok {
		holder, _ := os.ReadFile(info)
		return nil, &LockedError{Path: path, Holder: strings.TrimSpace(string(holder))}
	}
	host, _ := os.Hostname()
	_ = atomicfile.WriteFile(info, fmt.Appendf(nil, "run %s, pid %d on %s, since %s\n", id, os.Getpid(), host, time.Now().UTC().Format(time.RFC3339)))
	return &runLock{fl: fl, info: info}, nil
}

func (l *runLock) release() {
	_ = os.Remove(l.info)
	_ = l.fl.Unlock()
}

// lockStore takes the run lock of st when its back end has one
// (store.Locker: PostgreSQL's advisory lock, which every machine sharing the
// database sees) in addition to the lock file, and returns its release; for
// other back ends (SQLite) the lock file is the whole lock and release does
// nothing. A refusal is a *LockedError naming the store and the holder.
func lockStore(ctx context.Context, st store.Store, mode string, timeout time.Duration, id string) (release func(), err error) {
	lk, ok := st.(store.Locker)
	if !ok {
		return func() {}, nil
	}
	unlock, err := lk.Lock(ctx, mode, timeout, lockHolder(id))
	if err != nil {
		return nil, lockError(err)
	}
	return unlock, nil
}

// lockHolder describes this run to another that finds the lock held.
func lockHolder(id string) string {
	host, _ := os.Hostname()
	return fmt.Sprintf("run %s, pid %d on %s", id, os.Getpid(), host)
}

// lockError is err, a store's refusal made a *LockedError.
func lockError(err error) error {
	var le *store.LockedError
	if errors.As(err, &le) {
		return &LockedError{Path: le.Store, Holder: le.Holder}
	}
	return err
}

// lockShared takes the run lock of a cooperating run, shared with the
// others (see lockStore); last reports whether this run is the last of
// them, and then holds the lock alone until release.
func lockShared(ctx context.Context, co store.Cooperator, mode string, timeout time.Duration, id string) (last func(context.Context) (bool, error), release func(), err error) {
	last, unlock, err := co.LockShared(ctx, mode, timeout, lockHolder(id))
	if err != nil {
		return nil, nil, lockError(err)
	}
	return last, unlock, nil
}
