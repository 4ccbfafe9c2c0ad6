// Package pipeline performs one econtrack run: read the corpus, extract,
// store, derive, write the artefacts and run.json.
package pipeline

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/corpus"
	"github.com/econtrack/econtrack/fetch"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/internal/atomicfile"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store"
	"github.com/econtrack/econtrack/store/dsn"
)

// Report is run.json (CONTRACT.md section 5).
type Report struct {
	ID       string    `json:"id"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished"`
	Status   string    `json:"status"` // ok, degraded or failed
	Error    string    `json:"error,omitempty"`
	Corpus   string    `json:"corpus"`
	// CorpusID is the corpus's name in the store (corpus.id).
	CorpusID string `json:"corpus_id"`
	// Extractor is the fingerprint of the extraction rules, catalog and
	// language data the run extracted with; when it differs from the last
	// successful run's, every document is read again.
	Extractor    string           `json:"extractor,omitempty"`
	Store        string           `json:"store"` // the DSN, password redacted
	Documents    DocumentCounts   `json:"documents"`
	Observations ObservationCount `json:"observations"`
	Artefacts    []string         `json:"artefacts"`
	// ArtefactsElsewhere is set on a cooperating run (run.cooperate) that
	// finished while another was still reading: that one, the last, writes
	// the artefacts.
	ArtefactsElsewhere bool             `json:"artefacts_elsewhere,omitempty"`
	StagesMS           map[string]int64 `json:"stages_ms"`
	// AsOf is the day the artefacts show what had been published by
	// (run --as-of); "" for everything.
	AsOf string `json:"as_of,omitempty"`
	// Fetched says what the fetch before the run did (run --fetch).
	Fetched *fetch.Report `json:"fetched,omitempty"`
}

// DocumentCounts says what was read.
type DocumentCounts struct {
	Read      int `json:"read"`
	New       int `json:"new"`
	Changed   int `json:"changed"`
	Unchanged int `json:"unchanged"`
	// Elsewhere counts the new and changed documents another cooperating
	// run claimed and read (run.cooperate).
	Elsewhere int               `json:"elsewhere,omitempty"`
	Removed   int               `json:"removed"`
	Skipped   []corpus.Skipped  `json:"skipped"`
	Warnings  []string          `json:"warnings,omitempty"`
	Status    map[string]string `json:"-"`
}

// ObservationCount says what was extracted and stored.
type ObservationCount struct {
	Extracted int `json:"extracted"` // read from new and changed documents this run
	Stored    int `json:"stored"`    // current observations in the store after the run (derived included)
	Derived   int `json:"derived"`
	Conflicts int `json:"conflicts"` // stored observations that disagree with another one of the same period
}

// Input is what the artefact stages draw from.
type Input struct {
	Config  *config.Config
	Catalog []indicators.Indicator
	// Documents ranges over the stored documents shown (report.corpora),
	// removed ones included, by path; each range reads the store again, a
	// page at a time.
	Documents iter.Seq2[model.Document, error]
	// Groups ranges over every current observation shown, one indicator
	// and entity group at a time, ordered as store.Observations orders
	// them. Each range reads them again from the run's spool file and
	// holds one group at a time: a stage that needs every observation
	// streams them (Records, Series) rather than collecting them.
	Groups iter.Seq2[[]model.Record, error]
	Report *Report
	// Log receives the stages' warnings.
	Log *slog.Logger
}

// Stage writes artefacts from the stored data. Each returns the paths it
// wrote; files are written to a temporary name and renamed.
type Stage interface {
	Name() string
	Write(ctx context.Context, in Input) ([]string, error)
}

// Runner performs runs.
type Runner struct {
	Config  *config.Config
	Log     *slog.Logger
	Stages  []Stage
	Version string
	// Progress, when set, is told the number of documents and then called
	// once per document read.
	Progress func(total int) func()
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Fetch, when set, fetches the configured sources into the corpus
	// before it is read (run --fetch, schedule.fetch), under the run's
	// lock, keeping feed validators in st.
	Fetch func(ctx context.Context, st store.Store) (fetch.Report, error)
	// AsOf (YYYY-MM-DD), when set, makes the artefacts show only what
	// documents published on or before that day reported; the store keeps
	// everything.
	AsOf string
}

// Run performs one run. The returned report is complete even when err is
// not nil (status "failed"); run.json is written in both cases when the
// output folder is writable.
func (r *Runner) Run(ctx context.Context) (rep *Report, err error) {
	defer func() {
		// A panic in a run is a failed run: recorded, and the previous
		// artefacts stay as they are.
		if p := recover(); p != nil {
			if rep == nil {
				rep = &Report{ID: runID(time.Now()), Started: time.Now().UTC(), StagesMS: map[string]int64{}, Artefacts: []string{}}
			}
			rep, err = r.fail(rep, nil, fmt.Errorf("panic: %v", p))
		}
	}()
	return r.run(ctx)
}

func (r *Runner) run(ctx context.Context) (*Report, error) {
	now := r.Now
	if now == nil {
		now = time.Now
	}
	cfg := r.Config
	corpusID := cfg.CorpusID()
	rep := &Report{ID: runID(now()), Started: now().UTC(), Status: "ok", Corpus: cfg.Corpus.Path, CorpusID: corpusID, Store: dsn.Redact(cfg.StoreDSN()), StagesMS: map[string]int64{}, Artefacts: []string{}, AsOf: r.AsOf}
	rep.Documents.Skipped = []corpus.Skipped{}
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return r.fail(rep, nil, fmt.Errorf("output folder %s: %w", cfg.Out, err))
	}
	lock, err := acquireLock(ctx, filepath.Join(cfg.Out, ".econtrack.lock"), cfg.Run.Lock, cfg.Run.LockTimeout, rep.ID)
	if err != nil {
		// Another run owns out/ and its run.json: report, write nothing.
		rep.Status, rep.Error, rep.Finished = "failed", err.Error(), now().UTC()
		return rep, err
	}
	defer lock.release()
	// Holding the lock, no other run writes to out/: staging folders
	// there were left by runs that were killed.
	r.removeStaging(cfg.Out)
	st, err := store.Open(ctx, cfg.StoreDSN())
	if err != nil {
		return r.fail(rep, nil, err) // the error names the store, password redacted
	}
	defer st.Close()
	if w, ok := st.(store.Warner); ok {
		for _, msg := range w.Warnings() {
			r.Log.Warn(msg)
		}
	}
	var lastRun func(context.Context) (bool, error) // cooperating: whether this run writes the artefacts
	var unlock func()
	co, _ := st.(store.Cooperator)
	switch {
	case cfg.Run.Cooperate && co == nil:
		return r.fail(rep, st, fmt.Errorf("run.cooperate: the store %s cannot share a corpus between runs; use PostgreSQL", rep.Store))
	case cfg.Run.Cooperate:
		lastRun, unlock, err = lockShared(ctx, co, cfg.Run.Lock, cfg.Run.LockTimeout, rep.ID)
	default:
		co = nil
		unlock, err = lockStore(ctx, st, cfg.Run.Lock, cfg.Run.LockTimeout, rep.ID)
	}
	if err != nil {
		// Another run (on any machine sharing the database) is writing.
		rep.Status, rep.Error, rep.Finished = "failed", err.Error(), now().UTC()
		return rep, err
	}
	defer unlock()
	catalog := cfg.Catalog()
	x, err := indicators.NewExtractor(catalog)
	if err != nil {
		return r.fail(rep, st, err)
	}
	if r.Fetch != nil {
		// The web into the corpus first; what it cannot fetch is
		// reported, and the run goes on with the corpus it has.
		t := time.Now()
		fetched, err := r.Fetch(ctx, st)
		if err != nil {
			return r.fail(rep, st, fmt.Errorf("fetch: %w", err))
		}
		rep.Fetched = &fetched
		rep.StagesMS["fetch"] = time.Since(t).Milliseconds()
	}

	// read + extract + store.
	t0 := time.Now()
	var extractDur, storeDur time.Duration
	known, err := st.Hashes(ctx, corpusID)
	if err != nil {
		return r.fail(rep, st, err)
	}
	rep.Extractor = x.Fingerprint()
	last, err := lastExtractor(ctx, st)
	if err != nil {
		return r.fail(rep, st, err)
	}
	reread := last != "" && last != rep.Extractor
	if reread {
		r.Log.Info("extraction rules, catalog or language data changed: reading every document again", "was", last, "now", rep.Extractor)
	}
	// unchanged reports a document stored with the same hash by the same
	// extractor.
	unchanged := func(d corpus.Document) bool {
		old, seen := known[d.Path]
		return seen && old == d.Hash && !reread
	}
	// Cooperating runs queue the new and changed documents and each
	// extracts those it claims; the others are read by another run.
	var claim func(corpus.Document) bool
	var elsewhere sync.Map // paths another run claimed
	var claimErr error
	if co != nil {
		queued, err := queueCorpus(ctx, co, cfg, corpusID, rep.Extractor, func(d corpus.Document) bool { return !unchanged(d) })
		if err != nil {
			return r.fail(rep, st, err)
		}
		mine := map[string]bool{}
		claim = func(d corpus.Document) bool {
			seq, ok := queued[d.Path]
			if !ok || claimErr != nil {
				return false
			}
			if !mine[d.Path] {
				paths, err := co.Claim(ctx, corpusID, rep.ID, seq, claimBatch)
				if err != nil {
					claimErr = err
					return false
				}
				for _, p := range paths {
					mine[p] = true
				}
			}
			if !mine[d.Path] {
				elsewhere.Store(d.Path, true)
			}
			return mine[d.Path]
		}
	}
	var tick func()
	if r.Progress != nil {
		if files, err := corpus.List(cfg.Corpus.Path); err == nil {
			tick = r.Progress(len(files))
		}
	}
	var present, unchangedPaths []string
	var docSkipped []corpus.Skipped // read, but not extracted or stored
	rep.Documents.Status = map[string]string{}
	// Documents are extracted on every core and stored in corpus order,
	// many at a time.
	skipDoc := func(d corpus.Document) bool {
		if tick != nil {
			tick()
		}
		if unchanged(d) {
			return true
		}
		return claim != nil && !claim(d)
	}
	// Extracted documents are stored many at a time, in one transaction.
	var pending []store.DocumentWrite
	pendingObs := 0
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		ts := time.Now()
		refused, err := st.PutDocuments(ctx, pending)
		storeDur += time.Since(ts)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		other := map[string]bool{}
		for _, o := range refused {
			other[o.Path] = true
			docSkipped = append(docSkipped, corpus.Skipped{File: o.Path, Reason: o.Error()})
		}
		var stored []string
		for _, w := range pending {
			p := w.Doc.Path
			if other[p] {
				continue
			}
			stored = append(stored, p)
			if _, seen := known[p]; seen {
				rep.Documents.Changed++
				rep.Documents.Status[p] = "changed"
			} else {
				rep.Documents.New++
				rep.Documents.Status[p] = "new"
			}
		}
		pending, pendingObs = pending[:0], 0
		if co != nil {
			return co.Done(ctx, corpusID, stored)
		}
		return nil
	}
	skipped, err := ExtractCorpus(ctx, cfg.Corpus.Path, corpus.Options{MaxBytes: cfg.Corpus.MaxBytes}, x.Extract, skipDoc, func(e Extracted) error {
		d := e.Doc
		rep.Documents.Read++
		present = append(present, d.Path)
		rep.Documents.Warnings = append(rep.Documents.Warnings, d.Warnings...)
		if _, ok := elsewhere.Load(d.Path); ok && e.Skipped {
			rep.Documents.Elsewhere++
			rep.Documents.Status[d.Path] = "elsewhere"
			return nil
		}
		if e.Skipped {
			rep.Documents.Unchanged++
			rep.Documents.Status[d.Path] = "unchanged"
			unchangedPaths = append(unchangedPaths, d.Path)
			return nil
		}
		extractDur += e.Took
		if ctx.Err() != nil {
			return ctx.Err() // asked to stop: not the document's fault
		}
		if e.Err != nil {
			docSkipped = append(docSkipped, corpus.Skipped{File: d.Path, Reason: e.Err.Error()})
			return nil
		}
		res := e.Result
		rep.Documents.Warnings = append(rep.Documents.Warnings, res.Warnings...)
		rep.Observations.Extracted += len(res.Observations)
		pending = append(pending, store.DocumentWrite{
			Doc:          model.Document{Hash: d.Hash, Path: d.Path, Title: d.Title, Lang: d.Lang, Published: d.Published, Source: d.Source, URL: d.URL, Corpus: corpusID},
			Observations: res.Observations, Events: unnumberedEvents(res.Events),
		})
		pendingObs += len(res.Observations)
		if len(pending) >= storeBatchDocs || pendingObs >= storeBatchObservations {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err == nil && claimErr != nil {
		err = fmt.Errorf("claim documents: %w", claimErr)
	}
	skipped = append(docSkipped, skipped...)
	rep.Documents.Skipped = append(rep.Documents.Skipped, skipped...)
	for _, s := range skipped {
		r.Log.Warn("document skipped", "file", s.File, "reason", s.Reason)
	}
	for _, w := range rep.Documents.Warnings {
		r.Log.Warn(w)
	}
	if err != nil {
		return r.fail(rep, st, err)
	}
	// Extraction ran on several cores: its share of the wall time.
	extractWall := extractDur / time.Duration(extractWorkers())
	rep.StagesMS["read"] = max(0, time.Since(t0)-extractWall-storeDur).Milliseconds()
	rep.StagesMS["extract"] = extractWall.Milliseconds()

	ts := time.Now()
	if err := st.Touch(ctx, corpusID, unchangedPaths); err != nil {
		return r.fail(rep, st, err)
	}
	// A file that is still in the corpus but could not be read this time
	// (a broken manifest or sidecar, no permission, grown too large) keeps
	// its last good observations: it is skipped, never removed.
	stillThere := skippedDocuments(skipped, known)
	for p := range stillThere {
		present = append(present, p)
	}
	if err := st.MarkSkipped(ctx, corpusID, stillThere); err != nil {
		return r.fail(rep, st, err)
	}
	removed, err := st.MarkRemoved(ctx, corpusID, present)
	if err != nil {
		return r.fail(rep, st, err)
	}
	rep.Documents.Removed = len(removed)
	if read := rep.Documents.New + rep.Documents.Changed + rep.Documents.Unchanged; read == 0 && len(skipped) > 0 && len(known) > 0 {
		// Every document of a corpus that had some was skipped: the
		// artefacts would show nothing new, so the previous ones stay.
		rep.Status = "degraded"
		rep.Error = fmt.Sprintf("all %d documents of the corpus were skipped (see documents.skipped); the store keeps their last observations and the previous artefacts stay", len(skipped))
		rep.StagesMS["store"] = (storeDur + time.Since(ts)).Milliseconds()
		if err := r.finish(rep, st); err != nil {
			return rep, errors.Join(ErrDegraded, err)
		}
		return rep, ErrDegraded
	}
	if lastRun != nil {
		alone, err := lastRun(ctx)
		if err != nil {
			return r.fail(rep, st, err)
		}
		if !alone {
			// Another cooperating run is still reading: the last one
			// writes the artefacts, with every run's documents.
			rep.ArtefactsElsewhere = true
			rep.StagesMS["store"] = (storeDur + time.Since(ts)).Milliseconds()
			r.Log.Info("other cooperating runs are still reading: the last of them writes the artefacts")
			return rep, r.finish(rep, st)
		}
	}
	// The stages write into a staging folder inside out/; only when every
	// stage has succeeded are the files renamed into place, so a failed or
	// killed run leaves the previous artefacts as they were. The spool of
	// the observations the stages read is kept there too.
	staging, err := os.MkdirTemp(cfg.Out, ".staging-")
	if err != nil {
		return r.fail(rep, st, fmt.Errorf("staging folder: %w", err))
	}
	defer os.RemoveAll(staging)
	in, err := r.derive(ctx, st, catalog, rep, filepath.Join(staging, ".observations.spool"))
	if err != nil {
		return r.fail(rep, st, err)
	}
	rep.StagesMS["store"] = (storeDur + time.Since(ts)).Milliseconds()
	staged := *cfg
	staged.Out = staging
	in.Config = &staged
	var paths []string
	for _, stage := range r.Stages {
		tst := time.Now()
		p, err := stage.Write(ctx, in)
		rep.StagesMS[stage.Name()] = time.Since(tst).Milliseconds()
		if err != nil {
			return r.fail(rep, st, fmt.Errorf("%s: %w", stage.Name(), err))
		}
		paths = append(paths, p...)
	}
	in.Config = cfg
	// Publish. The run is saved in the store and its run.json written into
	// the staging folder first; then the artefacts are renamed into place,
	// the stale ones removed, and run.json renamed last. A run killed at any
	// point leaves out/ as the previous run's set or this one's, but for the
	// few renames between (saving the run, a store transaction, no longer
	// stands between the artefacts and their run.json).
	var moves [][2]string
	for _, p := range paths {
		rel, err := filepath.Rel(staging, p)
		if err != nil || strings.HasPrefix(rel, "..") {
			return r.fail(rep, st, fmt.Errorf("artefact %s was written outside the staging folder", p))
		}
		dst := filepath.Join(cfg.Out, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return r.fail(rep, st, err)
		}
		moves = append(moves, [2]string{p, dst})
		rep.Artefacts = append(rep.Artefacts, dst)
	}
	finishErr := r.finishIn(rep, st, staging)
	if _, err := os.Stat(filepath.Join(staging, "run.json")); err != nil {
		return rep, finishErr // no run.json to publish: out/ stays the previous run's
	}
	for _, m := range moves {
		if err := os.Rename(m[0], m[1]); err != nil {
			return r.fail(rep, st, fmt.Errorf("publish %s: %w", m[1], err))
		}
	}
	r.removeStale(cfg.Out, rep.Artefacts)
	if err := os.Rename(filepath.Join(staging, "run.json"), filepath.Join(cfg.Out, "run.json")); err != nil {
		return r.fail(rep, st, fmt.Errorf("publish run.json: %w", err))
	}
	return rep, finishErr
}

// removeStaging removes the .staging-* folders of out/ (killed runs').
func (r *Runner) removeStaging(out string) {
	old, _ := filepath.Glob(filepath.Join(out, ".staging-*"))
	for _, p := range old {
		if err := os.RemoveAll(p); err != nil {
			r.Log.Warn("cannot remove a killed run's staging folder", "path", p, "err", err)
		}
	}
}

// removeStale removes the artefacts of earlier runs that this run did not
// write again — the charts of a series that lost its data, the workbook
// when it was switched off — so out/ never contradicts itself. Stale files
// are the PNG and SVG files in out/charts and the artefacts the previous
// run.json lists.
func (r *Runner) removeStale(out string, written []string) {
	keep := map[string]bool{}
	for _, p := range written {
		keep[filepath.Clean(p)] = true
	}
	var stale []string
	for _, pat := range []string{"*.png", "*.svg"} {
		m, _ := filepath.Glob(filepath.Join(out, "charts", pat))
		stale = append(stale, m...)
	}
	if b, err := os.ReadFile(filepath.Join(out, "run.json")); err == nil {
		var prev struct {
			Artefacts []string `json:"artefacts"`
		}
		if json.Unmarshal(b, &prev) == nil {
			for _, p := range prev.Artefacts {
				// Only files inside out/: run.json is not trusted further.
				if rel, err := filepath.Rel(out, p); err == nil && !strings.HasPrefix(rel, "..") && !filepath.IsAbs(rel) {
					stale = append(stale, p)
				}
			}
		}
	}
	for _, p := range stale {
		if keep[filepath.Clean(p)] {
			continue
		}
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			r.Log.Warn("cannot remove a stale artefact", "path", p, "err", err)
		}
	}
}

// derive recomputes the derived indicators from every stored event and
// reads the observations the artefacts show once, counting them, into a
// spool file at spoolPath that the stages read.
func (r *Runner) derive(ctx context.Context, st store.Store, catalog []indicators.Indicator, rep *Report, spoolPath string) (Input, error) {
	from := map[string]string{} // source indicator → derived
	for _, in := range catalog {
		if in.Derived {
			from[in.From] = in.ID
		}
	}
	events, err := st.Events(ctx, false)
	if err != nil {
		return Input{}, err
	}
	// The publication days of the events' documents (stored events leave
	// them out): the documents are read a page at a time, only these kept.
	published := map[string]time.Time{}
	for _, ev := range events {
		published[ev.Doc] = time.Time{}
	}
	if len(published) > 0 {
		for d, err := range st.AllDocuments(ctx) {
			if err != nil {
				return Input{}, err
			}
			if _, ok := published[d.Path]; ok {
				published[d.Path], _ = time.Parse("2006-01-02", firstN(d.Published, 10))
			}
		}
	}
	for i := range events {
		events[i].Published = published[events[i].Doc]
	}
	// Only the series derived ones come from are read here (the numbered
	// meetings), not every observation.
	for _, src := range slices.Sorted(maps.Keys(from)) {
		for g, err := range st.ObservationGroups(ctx, store.Filter{Indicator: src}) {
			if err != nil {
				return Input{}, err
			}
			for _, rec := range g {
				if !rec.Derived() && len(rec.Period) >= 7 {
					day, _ := time.Parse("2006-01-02", firstN(rec.Published, 10))
					events = append(events, indicators.Event{Indicator: from[rec.Indicator], Entities: rec.Entities, Month: rec.Period[:7], Doc: rec.Doc, Published: day, Source: indicators.ObservationRef(rec.Observation), Ordinal: int(rec.Value)})
				}
			}
		}
	}
	derived := indicators.Derive(events, catalog)
	if err := st.ReplaceDerived(ctx, derived); err != nil {
		return Input{}, err
	}
	rep.Observations.Derived = len(derived)
	known := map[string]bool{}
	for _, in := range catalog {
		known[in.ID] = true
	}
	shown := func(corpusID string) bool {
		return len(r.Config.Report.Corpora) == 0 || slices.Contains(r.Config.Report.Corpora, corpusID)
	}
	sp, err := newSpool(spoolPath)
	if err != nil {
		return Input{}, err
	}
	for g, err := range st.ObservationGroups(ctx, store.Filter{AsOf: r.AsOf}) {
		if err != nil {
			return Input{}, errors.Join(err, sp.finish())
		}
		if !known[g[0].Indicator] {
			continue
		}
		g = slices.DeleteFunc(g, func(rec model.Record) bool { return !shown(rec.Corpus) })
		if len(g) == 0 {
			continue
		}
		rep.Observations.Stored += len(g)
		for _, rec := range g {
			if rec.Conflict {
				rep.Observations.Conflicts++
			}
		}
		if err := sp.add(g); err != nil {
			return Input{}, errors.Join(err, sp.finish())
		}
	}
	if err := sp.finish(); err != nil {
		return Input{}, err
	}
	docs := func(yield func(model.Document, error) bool) {
		for d, err := range st.AllDocuments(ctx) {
			if err != nil || shown(d.Corpus) {
				if !yield(d, err) || err != nil {
					return
				}
			}
		}
	}
	return Input{Config: r.Config, Catalog: catalog, Documents: docs, Groups: sp.groups, Report: rep, Log: r.Log}, nil
}

// Records ranges over the observations of in.Groups in their order, and
// ends with the error of a read that fails.
func (in Input) Records() iter.Seq2[model.Record, error] {
	return func(yield func(model.Record, error) bool) {
		for g, err := range in.Groups {
			if err != nil {
				yield(model.Record{}, err)
				return
			}
			for _, rec := range g {
				if !yield(rec, nil) {
					return
				}
			}
		}
	}
}

// Series ranges over the series of the observations of in.Groups at or
// above charts.min_confidence, with each point's headline picked by
// indicators.headline, ordered by indicator then entities; it ends with
// the error of a read that fails.
func (in Input) Series() iter.Seq2[model.Series, error] {
	return func(yield func(model.Series, error) bool) {
		for g, err := range in.Groups {
			if err != nil {
				yield(model.Series{}, err)
				return
			}
			// The series are views of the group's records.
			n := ChartableFirst(g, in.Config.Charts.MinConfidence)
			for _, s := range model.BuildSeriesOwned(g[:n], in.Config.Indicators.Headline) {
				if !yield(s, nil) {
					return
				}
			}
		}
	}
}

// claimBatch is how many documents a cooperating run claims at a time.
const claimBatch = 16

// queueCorpus reads the corpus once for the documents changed reports as
// new or changed, queues them in corpus order for the cooperating runs and
// returns their places by path.
func queueCorpus(ctx context.Context, co store.Cooperator, cfg *config.Config, corpusID, extractor string, changed func(corpus.Document) bool) (map[string]int, error) {
	var docs []store.QueuedDocument
	seq := map[string]int{}
	_, err := corpus.Read(ctx, cfg.Corpus.Path, corpus.Options{MaxBytes: cfg.Corpus.MaxBytes}, func(d corpus.Document) error {
		if changed(d) {
			seq[d.Path] = len(docs)
			docs = append(docs, store.QueuedDocument{Path: d.Path, Hash: d.Hash + " " + extractor, Seq: len(docs)})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := co.Enqueue(ctx, corpusID, docs); err != nil {
		return nil, err
	}
	return seq, nil
}

// A run stores its extracted documents in batches of at most
// storeBatchDocs documents, or about storeBatchObservations observations,
// each batch in one transaction.
const (
	storeBatchDocs         = 256
	storeBatchObservations = 4096
)

// ErrDegraded is returned by Run when every document of a previously
// non-empty corpus was skipped (run.json status "degraded"): nothing was
// published and the previous artefacts stay.
var ErrDegraded = errors.New("run degraded: every document of the corpus was skipped")

// skippedDocuments maps the stored documents of the corpus (known, by path)
// that a skip names to its reason: the file itself, or every document in a
// folder that could not be listed.
func skippedDocuments(skipped []corpus.Skipped, known map[string]string) map[string]string {
	out := map[string]string{}
	for _, s := range skipped {
		if _, ok := known[s.File]; ok {
			out[s.File] = s.Reason
			continue
		}
		prefix := strings.TrimSuffix(s.File, "/") + "/"
		for p := range known {
			if strings.HasPrefix(p, prefix) {
				out[p] = s.Reason
			}
		}
	}
	return out
}

// unnumberedEvents keeps the meetings a document dates without numbering
// them, which the store keeps so that later runs derive the cadence without
// reading the document again; a numbered meeting is an observation.
func unnumberedEvents(evs []indicators.Event) []indicators.Event {
	var out []indicators.Event
	for _, e := range evs {
		if strings.Contains(e.Source, "#event#") {
			out = append(out, e)
		}
	}
	return out
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// fail records a failed run: run.json with the error, and the run in the
// store when it is open. Artefacts of earlier runs are left as they are.
func (r *Runner) fail(rep *Report, st store.Store, err error) (*Report, error) {
	rep.Status = "failed"
	rep.Error = err.Error()
	if ferr := r.finish(rep, st); ferr != nil {
		err = errors.Join(err, ferr)
	}
	return rep, err
}

// finish writes run.json atomically and saves the run in the store.
func (r *Runner) finish(rep *Report, st store.Store) error {
	return r.finishIn(rep, st, r.Config.Out)
}

// finishIn saves the run in the store and writes its run.json atomically
// into folder dir.
func (r *Runner) finishIn(rep *Report, st store.Store, dir string) error {
	now := r.Now
	if now == nil {
		now = time.Now
	}
	rep.Finished = now().UTC()
	sort.Strings(rep.Artefacts)
	body, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	var errs []error
	if st != nil {
		if err := st.SaveRun(context.WithoutCancel(context.Background()), rep.ID, body); err != nil {
			errs = append(errs, fmt.Errorf("save run: %w", err))
		}
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, "run.json"), append(body, '\n')); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// RecordFailed records a run that ended without a report (a panic in a
// stage, recovered by the caller) as failed with cause: in the store when
// it opens, and in run.json. It returns the run's id.
func (r *Runner) RecordFailed(ctx context.Context, cause error) (string, error) {
	now := r.Now
	if now == nil {
		now = time.Now
	}
	t := now().UTC()
	rep := &Report{ID: runID(t), Started: t, Status: "failed", Error: cause.Error(), Corpus: r.Config.Corpus.Path,
		Store: dsn.Redact(r.Config.StoreDSN()), Artefacts: []string{}, StagesMS: map[string]int64{}}
	st, err := store.Open(ctx, r.Config.StoreDSN())
	if err != nil {
		return rep.ID, errors.Join(err, r.finish(rep, nil))
	}
	defer st.Close()
	return rep.ID, r.finish(rep, st)
}

// runID is a sortable, unique run identifier: 20251104T060000Z-3f2a.
func runID(t time.Time) string {
	var b [2]byte
	_, _ = rand.Read(b[:])
	return t.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// ChartableFirst reorders recs in place so that the records a chart may
// show — those whose confidence is at least floor (charts.min_confidence) —
// come first, in their order, and returns how many there are.
func ChartableFirst(recs []model.Record, floor float64) int {
	idx := make([]int32, 0, len(recs))
	for i, r := range recs {
		if r.Confidence >= floor {
			idx = append(idx, int32(i))
		}
	}
	n := len(idx)
	for i, r := range recs {
		if r.Confidence < floor {
			idx = append(idx, int32(i))
		}
	}
	model.Reorder(recs, idx)
	return n
}

// lastExtractor is the extractor fingerprint of the newest successful run
// that recorded one, or "".
func lastExtractor(ctx context.Context, st store.Store) (string, error) {
	runs, err := st.Runs(ctx)
	if err != nil {
		return "", err
	}
	for i := len(runs) - 1; i >= 0; i-- {
		var r struct {
			Status    string `json:"status"`
			Extractor string `json:"extractor"`
		}
		if json.Unmarshal(runs[i], &r) == nil && r.Status == "ok" && r.Extractor != "" {
			return r.Extractor, nil
		}
	}
	return "", nil
}
