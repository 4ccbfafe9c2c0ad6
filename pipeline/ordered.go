package pipeline

import (
	"context"
	"runtime"
	"sync"
	"time"

	"github.com/econtrack/econtrack/corpus"
	"github.com/econtrack/econtrack/indicators"
)

// extractWorkers is how many documents ExtractCorpus extracts at once: one
// per core.
func extractWorkers() int { return runtime.GOMAXPROCS(0) }

// Extracted is one document of a corpus and what extraction made of it.
type Extracted struct {
	Doc    corpus.Document
	Result indicators.Result
	// Err is why extraction failed: the document is skipped with it.
	Err error
	// Skipped is set for a document the caller's skip function passed
	// over (unchanged since the last run): it was not extracted.
	Skipped bool
	// Took is the time extraction took.
	Took time.Duration
}

// ExtractCorpus reads the corpus at root and extracts its documents on
// every core, handing each to yield in corpus order; skip, when not nil,
// names documents that need no extraction. yield's first error stops the
// reading and is returned. It returns the files the reader skipped too.
// The run and `econtrack extract` read a corpus through it.
func ExtractCorpus(ctx context.Context, root string, opt corpus.Options, extract func(context.Context, indicators.Doc) (indicators.Result, error),
	skip func(corpus.Document) bool, yield func(Extracted) error) ([]corpus.Skipped, error) {
	pool := newOrderedPool(ctx, extractWorkers(), func(ctx context.Context, e Extracted) Extracted {
		if e.Skipped {
			return e
		}
		t := time.Now()
		e.Result, e.Err = extract(ctx, indicators.Doc{Path: e.Doc.Path, Lang: e.Doc.Lang, Text: e.Doc.Text, Published: e.Doc.Ref, Source: e.Doc.Source, URL: e.Doc.URL})
		e.Took = time.Since(t)
		return e
	}, func(_ Extracted, e Extracted) error { return yield(e) })
	skipped, err := corpus.Read(ctx, root, opt, func(d corpus.Document) error {
		return pool.Put(Extracted{Doc: d, Skipped: skip != nil && skip(d)})
	})
	if perr := pool.Close(); perr != nil {
		err = perr // what stopped the reading
	}
	return skipped, err
}

// orderedPool runs work on several goroutines and hands each result to
// yield, on one goroutine, in the order the items were put: extraction
// uses every core while documents are stored in corpus order. At most
// 8×workers items are in flight, so memory stays flat however large the
// corpus.
type orderedPool[T, R any] struct {
	queue chan *pending[T, R]
	jobs  chan *pending[T, R]
	wg    sync.WaitGroup
	done  chan error
	stop  context.CancelFunc
	ctx   context.Context
}

type pending[T, R any] struct {
	item  T
	res   R
	ready chan struct{}
}

// newOrderedPool starts workers goroutines running work and one running
// yield. When yield returns an error, the pool's context is cancelled,
// later items are not yielded, and Close returns that error.
func newOrderedPool[T, R any](ctx context.Context, workers int, work func(context.Context, T) R, yield func(T, R) error) *orderedPool[T, R] {
	workers = max(1, workers)
	ctx, cancel := context.WithCancel(ctx)
	p := &orderedPool[T, R]{
		queue: make(chan *pending[T, R], 8*workers),
		jobs:  make(chan *pending[T, R], 4*workers),
		done:  make(chan error, 1),
		stop:  cancel,
		ctx:   ctx,
	}
	// jobs is buffered so that a worker that finishes an item takes the
	// next at once, without waiting for the goroutine that puts items to
	// be scheduled (unbuffered, two workers on two cores ran at 1.6× one).
	for range workers {
		p.wg.Go(func() {
			for j := range p.jobs {
				j.res = work(ctx, j.item)
				close(j.ready)
			}
		})
	}
	go func() {
		var err error
		for j := range p.queue {
			<-j.ready
			if err == nil {
				if err = yield(j.item, j.res); err != nil {
					cancel()
				}
			}
		}
		p.done <- err
	}()
	return p
}

// Put hands item to the pool; it blocks while 8×workers items are in
// flight. It returns the pool's context error once yield has failed or
// the caller's context is done.
func (p *orderedPool[T, R]) Put(item T) error {
	if err := p.ctx.Err(); err != nil {
		return err
	}
	j := &pending[T, R]{item: item, ready: make(chan struct{})}
	p.queue <- j
	p.jobs <- j
	return nil
}

// Close waits for every item put to be yielded and returns the first error
// of yield.
func (p *orderedPool[T, R]) Close() error {
	close(p.jobs)
	p.wg.Wait()
	close(p.queue)
	err := <-p.done
	p.stop()
	return err
}
