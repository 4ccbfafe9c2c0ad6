package store

import (
	"context"
	"fmt"
	"time"
)

// Locker is implemented by back ends that can exclude concurrent runs on
// every machine sharing them (PostgreSQL: an advisory lock). A run takes
// the lock after opening the store and holds it until it has written its
// artefacts; back ends without it (SQLite) rely on the lock file in the
// output folder.
type Locker interface {
	// Lock takes the run lock. mode "fail" gives up at once when another
	// run holds it; "wait" waits up to timeout (0: no limit) or until ctx
	// ends. holder describes the caller for the message another caller
	// gets. A refusal is a *LockedError. unlock releases the lock.
	Lock(ctx context.Context, mode string, timeout time.Duration, holder string) (unlock func(), err error)
}

// LockedError reports that another run holds a store's run lock.
type LockedError struct {
	Store  string // the store, its DSN redacted
	Holder string // what the holder said about itself, and from where
}

func (e *LockedError) Error() string {
	return fmt.Sprintf("another run holds the run lock of %s (%s)", e.Store, e.Holder)
}
