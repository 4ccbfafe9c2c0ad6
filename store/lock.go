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

// Cooperator is implemented by back ends on which several runs, on several
// machines, read one corpus together (PostgreSQL; run.cooperate): they share
// the run lock, share out the corpus's new and changed documents so that
// none is read twice, and the last of them to finish writes the artefacts.
type Cooperator interface {
	// LockShared takes the run lock shared with other cooperating runs; a
	// run holding it alone (not cooperating) makes the caller wait or fail
	// as Lock does. last releases the shared lock and reports whether no
	// other run still holds it: this run then holds the lock alone until
	// unlock, and is the one to write the artefacts.
	LockShared(ctx context.Context, mode string, timeout time.Duration, holder string) (last func(context.Context) (bool, error), unlock func(), err error)
	// Enqueue queues docs of corpus as waiting to be read. A document
	// queued before in the same version stays as it is — done, or claimed
	// while the run that claimed it is running: the claim of a finished run
	// that did not store it, or one older than ClaimLease (its run died),
	// is given up; a document in another version waits again.
	Enqueue(ctx context.Context, corpus string, docs []QueuedDocument) error
	// Done records that the documents at paths, claimed by this run, are
	// stored: no run queues that version of them again.
	Done(ctx context.Context, corpus string, paths []string) error
	// Claim claims for run up to n waiting documents of corpus at position
	// seq or after, skipping those another run is claiming at the same
	// moment (SELECT … FOR UPDATE SKIP LOCKED), and returns their paths.
	Claim(ctx context.Context, corpus, run string, seq, n int) ([]string, error)
}

// QueuedDocument is a document of a corpus waiting to be read by one of the
// cooperating runs: its path, the version to read (its hash, and what else
// makes a reading differ: the extractor), and its place in the corpus.
type QueuedDocument struct {
	Path string
	Hash string
	Seq  int
}

// ClaimLease is how long a claimed document stays its run's: a run that
// died holding claims gives them up after it.
const ClaimLease = 15 * time.Minute
