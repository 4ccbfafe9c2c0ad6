package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// batchHooker is implemented by back ends that let a test run code after
// each batch of observations PutDocument inserts.
type batchHooker interface {
	setAfterBatch(func(inserted int))
}

// TestPostgresSuite runs the suite against PostgreSQL when
// ECONTRACK_TEST_POSTGRES_DSN names a database, each test in a new schema.
func TestPostgresSuite(t *testing.T) {
	runSuite(t, func(t *testing.T) Store { return openPostgresT(t, postgresTestDSN(t)) })
}

// runSuite checks the behaviour every Store must have. open returns a new,
// empty store that lives until the end of the test.
func runSuite(t *testing.T, open func(t *testing.T) Store) {
	t.Run("RoundTrip", func(t *testing.T) { testRoundTrip(t, open(t)) })
	t.Run("ChangedFileReplacesObservations", func(t *testing.T) { testChangedFile(t, open(t)) })
	t.Run("RemovedDocumentsKeepHistory", func(t *testing.T) { testRemoved(t, open(t)) })
	t.Run("Touch", func(t *testing.T) { testTouch(t, open(t)) })
	t.Run("CorporaShareAStore", func(t *testing.T) { testCorpora(t, open(t)) })
	t.Run("SkippedDocumentsStay", func(t *testing.T) { testSkipped(t, open(t)) })
	t.Run("Conflict", func(t *testing.T) { testConflict(t, open) })
	t.Run("Filter", func(t *testing.T) { testFilter(t, open(t)) })
	t.Run("Order", func(t *testing.T) { testOrder(t, open(t)) })
	t.Run("DuplicatesMerge", func(t *testing.T) { testDuplicates(t, open(t)) })
	t.Run("ReplaceDerived", func(t *testing.T) { testReplaceDerived(t, open(t)) })
	t.Run("Events", func(t *testing.T) { testEvents(t, open(t)) })
	t.Run("Rejects", func(t *testing.T) { testRejects(t, open) })
	t.Run("Runs", func(t *testing.T) { testRuns(t, open(t)) })
	t.Run("CancelledPutDocument", func(t *testing.T) { testCancelled(t, open(t)) })
	t.Run("PutDocuments", func(t *testing.T) { testPutDocuments(t, open(t)) })
	t.Run("ConcurrentWriters", func(t *testing.T) { testConcurrent(t, open(t)) })
	t.Run("ManyDocumentsAndGroups", func(t *testing.T) { testMany(t, open(t)) })
	t.Run("Reviews", func(t *testing.T) { testReviews(t, open(t)) })
}

// openConcurrently opens n stores at once with open, closing each, and
// fails the test for every open that fails: openers racing on a new
// database must apply each migration once.
func openConcurrently(t *testing.T, n int, open func() (Store, error)) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Go(func() {
			s, err := open()
			if err != nil {
				errs <- err
				return
			}
			s.Close()
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent open: %v", err)
	}
}

// arabicQuote is a sentence of the seed article's kind, with Arabic
// punctuation, a percent sign, an Arabic-Indic digit and a tatweel.
const arabicQuote = "وأشار نوفاك إلى أن حصة التسويات بالعملات الوطنية بين روسيا والصين بلغت نحو 99%، أي ٩٩ ـ في المئة."

func doc(path, hash string) model.Document {
	return model.Document{Hash: hash, Path: path, Title: "Title of " + path, Lang: "en",
		Published: "2024-05-16", Source: "Example News", URL: "https://example.org/" + path}
}

// ob is a minimal read observation.
func ob(docPath, ind, period string, value float64, ents ...string) indicators.Observation {
	return indicators.Observation{Doc: docPath, Indicator: ind, Entities: ents, Period: period,
		Value: value, Unit: "percent", Lang: "en", Quote: "q", Span: [2]int{1, 3}, Mentions: 1}
}

func mustPut(t *testing.T, s Store, d model.Document, obs ...indicators.Observation) {
	t.Helper()
	if err := s.PutDocument(context.Background(), d, obs, nil); err != nil {
		t.Fatalf("PutDocument(%s): %v", d.Path, err)
	}
}

func mustObs(t *testing.T, s Store, f Filter) []model.Record {
	t.Helper()
	recs, err := s.Observations(context.Background(), f)
	if err != nil {
		t.Fatalf("Observations(%+v): %v", f, err)
	}
	// ObservationGroups yields the same records, cut into groups of one
	// indicator and entity set, and lets the store be used meanwhile.
	var grouped []model.Record
	for g, err := range s.ObservationGroups(context.Background(), f) {
		if err != nil {
			t.Fatalf("ObservationGroups(%+v): %v", f, err)
		}
		if len(g) == 0 {
			t.Fatalf("ObservationGroups(%+v) yielded an empty group", f)
		}
		for _, r := range g {
			if r.Indicator != g[0].Indicator || !slices.Equal(r.Entities, g[0].Entities) {
				t.Fatalf("ObservationGroups(%+v): group of %s %v holds %s %v", f, g[0].Indicator, g[0].Entities, r.Indicator, r.Entities)
			}
		}
		if _, err := s.Hashes(context.Background(), ""); err != nil {
			t.Fatalf("Hashes while ranging over ObservationGroups: %v", err)
		}
		grouped = append(grouped, g...)
	}
	if !slices.EqualFunc(grouped, recs, func(a, b model.Record) bool { return a.ID == b.ID && a.Conflict == b.Conflict }) {
		t.Errorf("ObservationGroups(%+v) = %q, Observations = %q", f, summary(grouped), summary(recs))
	}
	return recs
}

func mustDocs(t *testing.T, s Store) map[string]model.Document {
	t.Helper()
	docs, err := s.Documents(context.Background())
	if err != nil {
		t.Fatalf("Documents: %v", err)
	}
	m := map[string]model.Document{}
	for i, d := range docs {
		if i > 0 && docs[i-1].Path >= d.Path {
			t.Errorf("Documents not ordered by path: %q before %q", docs[i-1].Path, d.Path)
		}
		m[d.Path] = d
	}
	return m
}

func mustHashes(t *testing.T, s Store) map[string]string {
	t.Helper()
	h, err := s.Hashes(context.Background(), "")
	if err != nil {
		t.Fatalf("Hashes: %v", err)
	}
	return h
}

// summary renders records as "doc indicator entities period value" lines,
// with flags, for readable comparisons.
func summary(recs []model.Record) []string {
	var out []string
	for _, r := range recs {
		s := fmt.Sprintf("%s %s %v %s %g", r.Doc, r.Indicator, r.Entities, r.Period, r.Value)
		if r.Conflict {
			s += " conflict"
		}
		if r.Removed {
			s += " removed"
		}
		if r.Derived() {
			s += " derived"
		}
		if r.Review != nil {
			s += " " + r.Describe()
		}
		out = append(out, s)
	}
	return out
}

func checkSummary(t *testing.T, what string, recs []model.Record, want []string) {
	t.Helper()
	if got := summary(recs); !slices.Equal(got, want) {
		t.Errorf("%s:\ngot  %q\nwant %q", what, got, want)
	}
}

func testRoundTrip(t *testing.T, s Store) {
	ctx := context.Background()
	d := model.Document{Hash: "aa11", Path: "ar/novak.txt", Title: "نوفاك: التسويات بالعملات الوطنية", Lang: "ar",
		Published: "2024-05-16T09:30:00+03:00", Source: "RT Arabic", URL: "https://arabic.rt.com/x?id=1&y=٢"}
	read := []indicators.Observation{
		{Doc: "ar/novak.txt", Indicator: "settlement_share_national_currencies", Entities: []string{"CN", "RU"},
			Period: "2024-05-16", Value: 99, Unit: "percent", Approx: true, Bound: "", Lang: "ar",
			Quote: arabicQuote, Span: [2]int{74, 81}, Speaker: "ألكسندر نوفاك", Mentions: 2, Confidence: 0.85},
		{Doc: "ar/novak.txt", Indicator: "bilateral_trade_volume", Entities: []string{"CN", "RU"},
			Period: "2023", Value: 240000000000.5, Unit: "USD", Approx: false, Bound: "lower", Lang: "ar",
			Quote: "تجاوز حجم التبادل التجاري 240 مليار دولار", Span: [2]int{0, 0}, Speaker: "", Mentions: 1, Confidence: 0.4, Basis: "q/q"},
		{Doc: "ar/novak.txt", Indicator: "regular_meeting_ordinal", Entities: []string{"CN", "RU"},
			Period: "2024-08", Value: 29, Unit: "ordinal", Bound: "upper", Lang: "ar", Quote: "الاجتماع الـ29",
			Span: [2]int{1 << 20, 1<<20 + 5}, Mentions: 3, Confidence: 1},
	}
	mustPut(t, s, d, read...)
	derived := indicators.Observation{Doc: "ar/novak.txt", Indicator: "regular_meeting_interval",
		Entities: []string{"CN", "RU"}, Period: "2024-08", Value: 12, Unit: "months", Lang: "ar",
		Mentions: 1, Confidence: 1, DerivedFrom: []string{"ar/novak.txt|regular_meeting_ordinal|CN,RU|2024-08|29|ordinal|upper", "other.txt|x"}}
	if err := s.ReplaceDerived(ctx, []indicators.Observation{derived}); err != nil {
		t.Fatalf("ReplaceDerived: %v", err)
	}

	recs := mustObs(t, s, Filter{})
	wantObs := []indicators.Observation{read[1], derived, read[2], read[0]} // by indicator
	if len(recs) != len(wantObs) {
		t.Fatalf("got %d records, want %d: %q", len(recs), len(wantObs), summary(recs))
	}
	ids := map[int64]bool{}
	for i, r := range recs {
		if !reflect.DeepEqual(r.Observation, wantObs[i]) {
			t.Errorf("record %d:\ngot  %+v\nwant %+v", i, r.Observation, wantObs[i])
		}
		if !bytes.Equal([]byte(r.Quote), []byte(wantObs[i].Quote)) {
			t.Errorf("record %d: quote bytes differ: %x", i, r.Quote)
		}
		if r.ID == 0 || ids[r.ID] {
			t.Errorf("record %d: ID %d is zero or repeated", i, r.ID)
		}
		ids[r.ID] = true
		wantJoin := model.Record{Observation: r.Observation, ID: r.ID, DocHash: "aa11", Published: d.Published, Title: d.Title, URL: d.URL, Source: d.Source}
		if !reflect.DeepEqual(r, wantJoin) {
			t.Errorf("record %d joined fields:\ngot  %+v\nwant %+v", i, r, wantJoin)
		}
	}

	docs := mustDocs(t, s)
	got := docs[d.Path]
	if got.FirstSeen.IsZero() || got.LastSeen.Before(got.FirstSeen) {
		t.Errorf("FirstSeen %v, LastSeen %v: want set, last >= first", got.FirstSeen, got.LastSeen)
	}
	got.FirstSeen, got.LastSeen = time.Time{}, time.Time{}
	if !reflect.DeepEqual(got, d) || len(docs) != 1 {
		t.Errorf("Documents = %+v, want just %+v", docs, d)
	}
	if h := mustHashes(t, s); !reflect.DeepEqual(h, map[string]string{d.Path: "aa11"}) {
		t.Errorf("Hashes = %v", h)
	}
}

func testChangedFile(t *testing.T, s Store) {
	ctx := context.Background()
	mustPut(t, s, doc("a.txt", "v1"), ob("a.txt", "inflation_rate", "2024-01", 7.4, "RU"), ob("a.txt", "policy_rate", "2024-01", 16, "RU"))
	mustPut(t, s, doc("b.txt", "b1"), ob("b.txt", "policy_rate", "2024-01", 16, "RU"))
	if err := s.ReplaceDerived(ctx, []indicators.Observation{{Doc: "a.txt", Indicator: "regular_meeting_interval",
		Entities: []string{"CN", "RU"}, Period: "2024-08", Value: 12, Unit: "months", Mentions: 1, DerivedFrom: []string{"x"}}}); err != nil {
		t.Fatal(err)
	}
	first := mustDocs(t, s)["a.txt"]

	changed := doc("a.txt", "v2")
	changed.Title = "New title"
	mustPut(t, s, changed, ob("a.txt", "inflation_rate", "2024-02", 7.7, "RU"))

	want := []string{
		"a.txt inflation_rate [RU] 2024-02 7.7",
		"b.txt policy_rate [RU] 2024-01 16",
		"a.txt regular_meeting_interval [CN RU] 2024-08 12 derived",
	}
	recs := mustObs(t, s, Filter{})
	checkSummary(t, "after the change", recs, want)
	if recs[0].DocHash != "v2" || recs[0].Title != "New title" {
		t.Errorf("changed observation: DocHash %q Title %q, want v2 and the new title", recs[0].DocHash, recs[0].Title)
	}
	docs := mustDocs(t, s)
	if len(docs) != 2 || docs["a.txt"].Hash != "v2" || docs["a.txt"].Removed {
		t.Errorf("documents after the change: %+v", docs)
	}
	if docs["a.txt"].FirstSeen.Before(first.FirstSeen) {
		t.Errorf("a changed file's FirstSeen went back: %v < %v", docs["a.txt"].FirstSeen, first.FirstSeen)
	}
	if h := mustHashes(t, s); !reflect.DeepEqual(h, map[string]string{"a.txt": "v2", "b.txt": "b1"}) {
		t.Errorf("Hashes = %v", h)
	}

	// Re-storing with no observations clears them.
	mustPut(t, s, doc("a.txt", "v3"))
	checkSummary(t, "after emptying a.txt", mustObs(t, s, Filter{Indicator: "inflation_rate"}), nil)
}

func testRemoved(t *testing.T, s Store) {
	ctx := context.Background()
	for _, p := range []string{"a.txt", "b.txt", "c.txt"} {
		mustPut(t, s, doc(p, "h-"+p), ob(p, "gdp_growth", "2023", 3.6, "RU"))
	}
	before := mustDocs(t, s)

	marked, err := s.MarkRemoved(ctx, "", []string{"a.txt", "c.txt", "new.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(marked, []string{"b.txt"}) {
		t.Errorf("MarkRemoved = %q, want [b.txt]", marked)
	}
	if h := mustHashes(t, s); !reflect.DeepEqual(h, map[string]string{"a.txt": "h-a.txt", "c.txt": "h-c.txt"}) {
		t.Errorf("Hashes after removal = %v", h)
	}
	docs := mustDocs(t, s)
	if len(docs) != 3 || !docs["b.txt"].Removed || docs["a.txt"].Removed {
		t.Errorf("Documents after removal: %+v", docs)
	}
	checkSummary(t, "current observations", mustObs(t, s, Filter{}), []string{
		"a.txt gdp_growth [RU] 2023 3.6", "c.txt gdp_growth [RU] 2023 3.6"})
	checkSummary(t, "with removed", mustObs(t, s, Filter{IncludeRemoved: true}), []string{
		"a.txt gdp_growth [RU] 2023 3.6", "b.txt gdp_growth [RU] 2023 3.6 removed", "c.txt gdp_growth [RU] 2023 3.6"})

	// Marking again changes nothing.
	if marked, err := s.MarkRemoved(ctx, "", []string{"a.txt", "c.txt"}); err != nil || len(marked) != 0 {
		t.Errorf("second MarkRemoved = %q, %v; want nothing", marked, err)
	}

	// The same file coming back is current again and keeps its history.
	mustPut(t, s, doc("b.txt", "h-b.txt"), ob("b.txt", "gdp_growth", "2023", 3.6, "RU"))
	back := mustDocs(t, s)["b.txt"]
	if back.Removed || !back.FirstSeen.Equal(before["b.txt"].FirstSeen) {
		t.Errorf("returned document: Removed %v FirstSeen %v, want current with FirstSeen %v", back.Removed, back.FirstSeen, before["b.txt"].FirstSeen)
	}
	if h := mustHashes(t, s); len(h) != 3 {
		t.Errorf("Hashes after return = %v", h)
	}

	// Everything gone.
	marked, err = s.MarkRemoved(ctx, "", nil)
	if err != nil || !slices.Equal(marked, []string{"a.txt", "b.txt", "c.txt"}) {
		t.Errorf("MarkRemoved(nil) = %q, %v", marked, err)
	}
	if recs := mustObs(t, s, Filter{}); len(recs) != 0 {
		t.Errorf("observations of an empty corpus: %q", summary(recs))
	}
	if recs := mustObs(t, s, Filter{IncludeRemoved: true}); len(recs) != 3 {
		t.Errorf("history of an empty corpus: %q", summary(recs))
	}
}

// inCorpus is doc in corpus c.
func inCorpus(c, path, hash string) model.Document {
	d := doc(path, hash)
	d.Corpus = c
	return d
}

// Two corpora in one store: each run removes only its own documents, a
// file name of one corpus is refused to the other, and documents stored
// before corpora had ids are claimed by the corpus that has them.
func testCorpora(t *testing.T, s Store) {
	ctx := context.Background()
	mustPut(t, s, doc("old.txt", "h-old"), ob("old.txt", "gdp_growth", "2022", 2, "RU"))
	mustPut(t, s, doc("gone.txt", "h-gone"), ob("gone.txt", "gdp_growth", "2021", 1, "RU"))
	// Alice's first run finds old.txt in her corpus but not gone.txt.
	if err := s.Touch(ctx, "alice", []string{"old.txt"}); err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, inCorpus("alice", "a.txt", "ha"), ob("a.txt", "gdp_growth", "2023", 3, "RU"))
	if marked, err := s.MarkRemoved(ctx, "alice", []string{"old.txt", "a.txt"}); err != nil || !slices.Equal(marked, []string{"gone.txt"}) {
		t.Errorf("alice's MarkRemoved = %q, %v; want the unclaimed gone.txt", marked, err)
	}
	// Bob's run over his own corpus keeps Alice's documents.
	mustPut(t, s, inCorpus("bob", "b.txt", "hb"), ob("b.txt", "gdp_growth", "2023", 4, "CN"))
	if marked, err := s.MarkRemoved(ctx, "bob", []string{"b.txt"}); err != nil || len(marked) != 0 {
		t.Errorf("bob's MarkRemoved = %q, %v; want nothing: the other documents are alice's", marked, err)
	}
	if h, err := s.Hashes(ctx, "bob"); err != nil || !reflect.DeepEqual(h, map[string]string{"b.txt": "hb"}) {
		t.Errorf("Hashes(bob) = %v, %v", h, err)
	}
	checkSummary(t, "both corpora", mustObs(t, s, Filter{}), []string{
		"b.txt gdp_growth [CN] 2023 4", "old.txt gdp_growth [RU] 2022 2", "a.txt gdp_growth [RU] 2023 3"})
	docs := mustDocs(t, s)
	if docs["a.txt"].Corpus != "alice" || docs["old.txt"].Corpus != "alice" || docs["b.txt"].Corpus != "bob" {
		t.Errorf("corpora: a %q, old %q, b %q", docs["a.txt"].Corpus, docs["old.txt"].Corpus, docs["b.txt"].Corpus)
	}
	for _, r := range mustObs(t, s, Filter{}) {
		if r.Corpus != docs[r.Doc].Corpus {
			t.Errorf("record of %s: corpus %q, want %q", r.Doc, r.Corpus, docs[r.Doc].Corpus)
		}
	}
	// Bob's file named like one of Alice's is refused and hers is intact.
	err := s.PutDocument(ctx, inCorpus("bob", "a.txt", "other"), []indicators.Observation{ob("a.txt", "gdp_growth", "2023", 9, "CN")}, nil)
	var oc *OtherCorpusError
	if !errors.As(err, &oc) || oc.Corpus != "alice" {
		t.Errorf("PutDocument of alice's path from bob: %v, want an OtherCorpusError naming alice", err)
	}
	if d := mustDocs(t, s)["a.txt"]; d.Hash != "ha" || d.Corpus != "alice" {
		t.Errorf("alice's a.txt after bob's attempt: %+v", d)
	}
	// Bob's corpus emptied: only his document goes.
	if marked, err := s.MarkRemoved(ctx, "bob", nil); err != nil || !slices.Equal(marked, []string{"b.txt"}) {
		t.Errorf("bob's MarkRemoved(nil) = %q, %v", marked, err)
	}
}

// A document still in its corpus that could not be read keeps its
// observations, with the reason and since when, until it is read again.
func testSkipped(t *testing.T, s Store) {
	ctx := context.Background()
	mustPut(t, s, inCorpus("c", "a.txt", "ha"), ob("a.txt", "gdp_growth", "2023", 3, "RU"))
	mustPut(t, s, inCorpus("c", "b.txt", "hb"), ob("b.txt", "gdp_growth", "2024", 4, "RU"))
	t0 := time.Now()
	if err := s.MarkSkipped(ctx, "c", map[string]string{"a.txt": "manifest.yaml: line 3: bad", "never-stored.txt": "x"}); err != nil {
		t.Fatal(err)
	}
	if marked, err := s.MarkRemoved(ctx, "c", []string{"a.txt", "b.txt"}); err != nil || len(marked) != 0 {
		t.Errorf("MarkRemoved = %q, %v", marked, err)
	}
	docs := mustDocs(t, s)
	a := docs["a.txt"]
	if a.Removed || a.SkipReason != "manifest.yaml: line 3: bad" || a.SkippedSince.Before(t0) {
		t.Errorf("skipped document: %+v", a)
	}
	if len(docs) != 2 || docs["b.txt"].SkipReason != "" {
		t.Errorf("documents: %+v", docs)
	}
	if n := len(mustObs(t, s, Filter{})); n != 2 {
		t.Errorf("%d current observations, want 2: a skipped document keeps its own", n)
	}
	// Skipped again: since when stays; read again: cleared.
	if err := s.MarkSkipped(ctx, "c", map[string]string{"a.txt": "still bad"}); err != nil {
		t.Fatal(err)
	}
	if again := mustDocs(t, s)["a.txt"]; !again.SkippedSince.Equal(a.SkippedSince) || again.SkipReason != "still bad" {
		t.Errorf("skipped twice: %+v, want since %v", again, a.SkippedSince)
	}
	if err := s.Touch(ctx, "c", []string{"a.txt"}); err != nil {
		t.Fatal(err)
	}
	if read := mustDocs(t, s)["a.txt"]; read.SkipReason != "" || !read.SkippedSince.IsZero() {
		t.Errorf("read again: %+v", read)
	}
	// Another corpus cannot mark it.
	if err := s.MarkSkipped(ctx, "other", map[string]string{"b.txt": "x"}); err != nil {
		t.Fatal(err)
	}
	if b := mustDocs(t, s)["b.txt"]; b.SkipReason != "" {
		t.Errorf("another corpus marked b.txt skipped: %+v", b)
	}
}

func testTouch(t *testing.T, s Store) {
	ctx := context.Background()
	mustPut(t, s, doc("a.txt", "ha"))
	mustPut(t, s, doc("b.txt", "hb"))
	before := mustDocs(t, s)
	t0 := time.Now()
	if err := s.Touch(ctx, "", []string{"a.txt", "not-stored.txt"}); err != nil {
		t.Fatal(err)
	}
	after := mustDocs(t, s)
	if a := after["a.txt"]; a.LastSeen.Before(t0) || !a.FirstSeen.Equal(before["a.txt"].FirstSeen) || a.Hash != "ha" {
		t.Errorf("touched: %+v, want LastSeen >= %v and FirstSeen unchanged", a, t0)
	}
	if b := after["b.txt"]; !b.LastSeen.Equal(before["b.txt"].LastSeen) {
		t.Errorf("untouched LastSeen changed: %v -> %v", before["b.txt"].LastSeen, b.LastSeen)
	}
	if len(after) != 2 {
		t.Errorf("Touch of an unknown path created a document: %+v", after)
	}
	if err := s.Touch(ctx, "", nil); err != nil {
		t.Errorf("Touch(nil): %v", err)
	}
}

func testConflict(t *testing.T, open func(t *testing.T) Store) {
	derivedOb := func(p string, v float64) indicators.Observation {
		o := ob(p, "regular_meeting_interval", "2024-08", v, "CN", "RU")
		o.Unit, o.Quote, o.Span, o.DerivedFrom = "months", "", [2]int{}, []string{"src"}
		return o
	}
	tests := []struct {
		name    string
		docs    map[string][]indicators.Observation
		derived []indicators.Observation
		remove  []string // paths that leave the corpus
		f       Filter
		want    []string
	}{{
		name: "different values conflict",
		docs: map[string][]indicators.Observation{
			"a.txt": {ob("a.txt", "inflation_rate", "2024-03", 7.7, "RU")},
			"b.txt": {ob("b.txt", "inflation_rate", "2024-03", 7.8, "RU")},
		},
		want: []string{"a.txt inflation_rate [RU] 2024-03 7.7 conflict", "b.txt inflation_rate [RU] 2024-03 7.8 conflict"},
	}, {
		name: "same value agrees",
		docs: map[string][]indicators.Observation{
			"a.txt": {ob("a.txt", "inflation_rate", "2024-03", 7.7, "RU")},
			"b.txt": {ob("b.txt", "inflation_rate", "2024-03", 7.7, "RU")},
		},
		want: []string{"a.txt inflation_rate [RU] 2024-03 7.7", "b.txt inflation_rate [RU] 2024-03 7.7"},
	}, {
		name: "other period, entities or indicator do not conflict",
		docs: map[string][]indicators.Observation{
			"a.txt": {ob("a.txt", "inflation_rate", "2024-03", 7.7, "RU"), ob("a.txt", "policy_rate", "2024-03", 16, "RU")},
			"b.txt": {ob("b.txt", "inflation_rate", "2024-04", 7.8, "RU"), ob("b.txt", "inflation_rate", "2024-03", 0.3, "CN")},
		},
		want: []string{"b.txt inflation_rate [CN] 2024-03 0.3", "a.txt inflation_rate [RU] 2024-03 7.7",
			"b.txt inflation_rate [RU] 2024-04 7.8", "a.txt policy_rate [RU] 2024-03 16"},
	}, {
		name: "one document stating two values conflicts",
		docs: map[string][]indicators.Observation{
			"a.txt": {ob("a.txt", "policy_rate", "2024", 16, "RU"), ob("a.txt", "policy_rate", "2024", 18, "RU")},
		},
		want: []string{"a.txt policy_rate [RU] 2024 16 conflict", "a.txt policy_rate [RU] 2024 18 conflict"},
	}, {
		name: "removed documents do not count unless included",
		docs: map[string][]indicators.Observation{
			"a.txt": {ob("a.txt", "inflation_rate", "2024-03", 7.7, "RU")},
			"b.txt": {ob("b.txt", "inflation_rate", "2024-03", 7.8, "RU")},
		},
		remove: []string{"b.txt"},
		want:   []string{"a.txt inflation_rate [RU] 2024-03 7.7"},
	}, {
		name: "removed documents count when included",
		docs: map[string][]indicators.Observation{
			"a.txt": {ob("a.txt", "inflation_rate", "2024-03", 7.7, "RU")},
			"b.txt": {ob("b.txt", "inflation_rate", "2024-03", 7.8, "RU")},
		},
		remove: []string{"b.txt"},
		f:      Filter{IncludeRemoved: true},
		want:   []string{"a.txt inflation_rate [RU] 2024-03 7.7 conflict", "b.txt inflation_rate [RU] 2024-03 7.8 conflict removed"},
	}, {
		name:    "derived observations are never flagged",
		docs:    map[string][]indicators.Observation{"a.txt": nil, "b.txt": nil},
		derived: []indicators.Observation{derivedOb("a.txt", 12), derivedOb("b.txt", 11)},
		want:    []string{"a.txt regular_meeting_interval [CN RU] 2024-08 12 derived", "b.txt regular_meeting_interval [CN RU] 2024-08 11 derived"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			ctx := context.Background()
			var paths []string
			for p := range tt.docs {
				paths = append(paths, p)
			}
			slices.Sort(paths)
			for _, p := range paths {
				mustPut(t, s, doc(p, "h"+p), tt.docs[p]...)
			}
			if tt.derived != nil {
				if err := s.ReplaceDerived(ctx, tt.derived); err != nil {
					t.Fatal(err)
				}
			}
			if tt.remove != nil {
				present := slices.DeleteFunc(slices.Clone(paths), func(p string) bool { return slices.Contains(tt.remove, p) })
				if _, err := s.MarkRemoved(ctx, "", present); err != nil {
					t.Fatal(err)
				}
			}
			checkSummary(t, "Observations", mustObs(t, s, tt.f), tt.want)
		})
	}
}

func testFilter(t *testing.T, s Store) {
	mustPut(t, s, doc("a.txt", "ha"),
		ob("a.txt", "inflation_rate", "2023-12", 7.4, "RU"),
		ob("a.txt", "inflation_rate", "2024-03", 7.7, "RU"),
		ob("a.txt", "inflation_rate", "", 8, "RU"),
		ob("a.txt", "settlement_share_national_currencies", "2024", 95, "CN", "RU"),
		ob("a.txt", "settlement_share_national_currencies", "2024", 90, "IN", "RU"),
	)
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"everything", Filter{}, []string{
			"a.txt inflation_rate [RU]  8", "a.txt inflation_rate [RU] 2023-12 7.4", "a.txt inflation_rate [RU] 2024-03 7.7",
			"a.txt settlement_share_national_currencies [CN RU] 2024 95", "a.txt settlement_share_national_currencies [IN RU] 2024 90"}},
		{"indicator", Filter{Indicator: "inflation_rate"}, []string{
			"a.txt inflation_rate [RU]  8", "a.txt inflation_rate [RU] 2023-12 7.4", "a.txt inflation_rate [RU] 2024-03 7.7"}},
		{"entities are an exact set", Filter{Entities: []string{"CN", "RU"}}, []string{
			"a.txt settlement_share_national_currencies [CN RU] 2024 95"}},
		{"entities given unsorted", Filter{Entities: []string{"RU", "CN"}}, []string{
			"a.txt settlement_share_national_currencies [CN RU] 2024 95"}},
		{"one entity is not a subset match", Filter{Entities: []string{"CN"}}, nil},
		{"since compares ISO periods", Filter{Indicator: "inflation_rate", Since: "2024"}, []string{
			"a.txt inflation_rate [RU] 2024-03 7.7"}},
		{"since leaves out unknown periods", Filter{Since: "2000"}, []string{
			"a.txt inflation_rate [RU] 2023-12 7.4", "a.txt inflation_rate [RU] 2024-03 7.7",
			"a.txt settlement_share_national_currencies [CN RU] 2024 95", "a.txt settlement_share_national_currencies [IN RU] 2024 90"}},
		{"a day keeps the month it falls in", Filter{Indicator: "inflation_rate", Since: "2024-03-15"}, []string{
			"a.txt inflation_rate [RU] 2024-03 7.7"}},
		{"a day keeps the year it falls in", Filter{Since: "2024-06-30"}, []string{
			"a.txt settlement_share_national_currencies [CN RU] 2024 95", "a.txt settlement_share_national_currencies [IN RU] 2024 90"}},
		{"a quarter", Filter{Indicator: "inflation_rate", Since: "2023-Q4"}, []string{
			"a.txt inflation_rate [RU] 2023-12 7.4", "a.txt inflation_rate [RU] 2024-03 7.7"}},
		{"unknown indicator", Filter{Indicator: "nope"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSummary(t, "Observations", mustObs(t, s, tt.f), tt.want) })
	}
}

func testOrder(t *testing.T, s Store) {
	// Stored in an order unlike the expected one, across documents.
	mustPut(t, s, doc("z.txt", "hz"), ob("z.txt", "policy_rate", "2024", 16, "RU"), ob("z.txt", "gdp_growth", "2024", 1, "RU"))
	mustPut(t, s, doc("m.txt", "hm"), ob("m.txt", "policy_rate", "2024", 16, "RU"), ob("m.txt", "policy_rate", "2023", 12, "RU"))
	mustPut(t, s, doc("a.txt", "ha"), ob("a.txt", "policy_rate", "2024", 16, "RU"), ob("a.txt", "policy_rate", "2024", 16, "CN"))
	checkSummary(t, "Observations", mustObs(t, s, Filter{}), []string{
		"z.txt gdp_growth [RU] 2024 1",
		"a.txt policy_rate [CN] 2024 16",
		"m.txt policy_rate [RU] 2023 12",
		"a.txt policy_rate [RU] 2024 16",
		"m.txt policy_rate [RU] 2024 16",
		"z.txt policy_rate [RU] 2024 16",
	})
}

func testDuplicates(t *testing.T, s Store) {
	a := ob("a.txt", "policy_rate", "2024", 16, "RU")
	a.Mentions, a.Quote = 2, "first"
	b := a
	b.Mentions, b.Quote = 3, "second"
	c := a
	c.Bound = "lower" // another identity
	mustPut(t, s, doc("a.txt", "ha"), a, b, c)
	recs := mustObs(t, s, Filter{})
	if len(recs) != 2 {
		t.Fatalf("got %q, want the duplicate merged into 2 records", summary(recs))
	}
	if recs[0].Mentions != 5 || recs[0].Quote != "first" || recs[0].Bound != "" {
		t.Errorf("merged record: mentions %d quote %q bound %q, want 5, first, \"\"", recs[0].Mentions, recs[0].Quote, recs[0].Bound)
	}
}

func testReplaceDerived(t *testing.T, s Store) {
	ctx := context.Background()
	mustPut(t, s, doc("a.txt", "ha"), ob("a.txt", "regular_meeting_ordinal", "2023-08", 28, "CN", "RU"))
	mustPut(t, s, doc("b.txt", "hb"), ob("b.txt", "regular_meeting_ordinal", "2024-08", 29, "CN", "RU"))
	d := func(p, period string, v float64, from ...string) indicators.Observation {
		return indicators.Observation{Doc: p, Indicator: "regular_meeting_interval", Entities: []string{"CN", "RU"},
			Period: period, Value: v, Unit: "months", Mentions: 1, DerivedFrom: from}
	}
	if err := s.ReplaceDerived(ctx, []indicators.Observation{d("b.txt", "2024-08", 12, "a", "b"), d("a.txt", "2023-08", 11, "c")}); err != nil {
		t.Fatal(err)
	}
	if err := s.ReplaceDerived(ctx, []indicators.Observation{d("b.txt", "2024-08", 12, "a", "b2")}); err != nil {
		t.Fatal(err)
	}
	recs := mustObs(t, s, Filter{Indicator: "regular_meeting_interval"})
	checkSummary(t, "derived", recs, []string{"b.txt regular_meeting_interval [CN RU] 2024-08 12 derived"})
	if len(recs) == 1 && (!slices.Equal(recs[0].DerivedFrom, []string{"a", "b2"}) || recs[0].DocHash != "hb" || recs[0].Published == "") {
		t.Errorf("derived record %+v: want derived_from [a b2], the document's hash and date", recs[0])
	}
	// Re-storing the cited document keeps derived observations until the
	// next ReplaceDerived; removing it hides them like any other.
	mustPut(t, s, doc("b.txt", "hb2"), ob("b.txt", "regular_meeting_ordinal", "2024-08", 29, "CN", "RU"))
	if recs := mustObs(t, s, Filter{Indicator: "regular_meeting_interval"}); len(recs) != 1 {
		t.Errorf("PutDocument dropped derived observations: %q", summary(recs))
	}
	if _, err := s.MarkRemoved(ctx, "", []string{"a.txt"}); err != nil {
		t.Fatal(err)
	}
	checkSummary(t, "derived of a removed doc", mustObs(t, s, Filter{Indicator: "regular_meeting_interval"}), nil)
	if err := s.ReplaceDerived(ctx, nil); err != nil {
		t.Fatal(err)
	}
	checkSummary(t, "after clearing", mustObs(t, s, Filter{Indicator: "regular_meeting_interval", IncludeRemoved: true}), nil)
	checkSummary(t, "read observations", mustObs(t, s, Filter{IncludeRemoved: true}), []string{
		"a.txt regular_meeting_ordinal [CN RU] 2023-08 28", "b.txt regular_meeting_ordinal [CN RU] 2024-08 29 removed"})
}

func testRejects(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	good := ob("a.txt", "policy_rate", "2024", 16, "RU")
	withDoc := func(p string) indicators.Observation { o := good; o.Doc = p; return o }
	nan := good
	nan.Value = nanValue()
	derived := good
	derived.DerivedFrom = []string{"x"}
	badEnt := good
	badEnt.Entities = []string{"CN,RU"}
	tests := []struct {
		name string
		call func(s Store) error
	}{
		{"observation of another document", func(s Store) error {
			return s.PutDocument(ctx, doc("a.txt", "h"), []indicators.Observation{good, withDoc("b.txt")}, nil)
		}},
		{"derived observation in PutDocument", func(s Store) error {
			return s.PutDocument(ctx, doc("a.txt", "h"), []indicators.Observation{good, derived}, nil)
		}},
		{"NaN value", func(s Store) error {
			return s.PutDocument(ctx, doc("a.txt", "h"), []indicators.Observation{good, nan}, nil)
		}},
		{"entity with a comma", func(s Store) error {
			return s.PutDocument(ctx, doc("a.txt", "h"), []indicators.Observation{badEnt}, nil)
		}},
		{"empty path", func(s Store) error { return s.PutDocument(ctx, doc("", "h"), nil, nil) }},
		{"empty hash", func(s Store) error { return s.PutDocument(ctx, doc("a.txt", ""), nil, nil) }},
		{"read observation in ReplaceDerived", func(s Store) error { return s.ReplaceDerived(ctx, []indicators.Observation{good}) }},
		{"derived observation of an unknown document", func(s Store) error {
			o := derived
			o.Doc = "unknown.txt"
			return s.ReplaceDerived(ctx, []indicators.Observation{o})
		}},
		{"run body not JSON", func(s Store) error { return s.SaveRun(ctx, "r1", json.RawMessage(`{"id":`)) }},
		{"run with empty id", func(s Store) error { return s.SaveRun(ctx, "", json.RawMessage(`{}`)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			if err := tt.call(s); err == nil {
				t.Fatal("no error")
			}
			if recs := mustObs(t, s, Filter{IncludeRemoved: true}); len(recs) != 0 {
				t.Errorf("a refused call stored observations: %q", summary(recs))
			}
			if docs := mustDocs(t, s); len(docs) != 0 {
				t.Errorf("a refused call stored documents: %+v", docs)
			}
			if runs, err := s.Runs(ctx); err != nil || len(runs) != 0 {
				t.Errorf("a refused call stored runs: %s, %v", runs, err)
			}
		})
	}
}

func nanValue() float64 { var z float64; return z / z }

func testRuns(t *testing.T, s Store) {
	ctx := context.Background()
	if runs, err := s.Runs(ctx); err != nil || len(runs) != 0 {
		t.Fatalf("Runs of an empty store = %s, %v", runs, err)
	}
	save := func(id, body string) {
		t.Helper()
		if err := s.SaveRun(ctx, id, json.RawMessage(body)); err != nil {
			t.Fatalf("SaveRun(%s): %v", id, err)
		}
	}
	// Saved out of order; one with a time zone offset; one replaced.
	save("20251104T060000Z-bbbb", `{"id": "20251104T060000Z-bbbb", "started": "2025-11-04T06:00:00Z", "status": "running"}`)
	save("20251103T235959Z-aaaa", "{\n  \"id\": \"20251103T235959Z-aaaa\",\n  \"started\": \"2025-11-04T01:59:59+02:00\",\n  \"status\": \"ok\"\n}")
	save("20251104T060000.5Z-cccc", `{"id":"20251104T060000.5Z-cccc","started":"2025-11-04T06:00:00.5Z","status":"failed"}`)
	save("20251104T060000Z-bbbb", `{"id":"20251104T060000Z-bbbb","started":"2025-11-04T06:00:00Z","status":"ok","documents":{"read":12}}`)
	runs, err := s.Runs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`{"id":"20251103T235959Z-aaaa","started":"2025-11-04T01:59:59+02:00","status":"ok"}`,
		`{"id":"20251104T060000Z-bbbb","started":"2025-11-04T06:00:00Z","status":"ok","documents":{"read":12}}`,
		`{"id":"20251104T060000.5Z-cccc","started":"2025-11-04T06:00:00.5Z","status":"failed"}`,
	}
	var got []string
	for _, r := range runs {
		got = append(got, string(r))
	}
	if !slices.Equal(got, want) {
		t.Errorf("Runs, oldest first, one line each:\ngot  %q\nwant %q", got, want)
	}
}

func testCancelled(t *testing.T, s Store) {
	mustPut(t, s, doc("a.txt", "v1"), ob("a.txt", "policy_rate", "2024", 16, "RU"))
	want := summary(mustObs(t, s, Filter{}))

	many := func(p string) []indicators.Observation {
		obs := make([]indicators.Observation, 5000)
		for i := range obs {
			obs[i] = ob(p, "inflation_rate", fmt.Sprintf("%04d", i), float64(i), "RU")
		}
		return obs
	}

	// Cancelled before the call.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.PutDocument(ctx, doc("b.txt", "b1"), many("b.txt"), nil); !errors.Is(err, context.Canceled) {
		t.Errorf("PutDocument with a cancelled context: %v, want context.Canceled", err)
	}

	// Cancelled part-way through the inserts, both for a new document and
	// for a new version of a stored one.
	h, ok := s.(batchHooker)
	if !ok {
		t.Skip("back end has no batch hook")
	}
	for _, d := range []model.Document{doc("b.txt", "b1"), doc("a.txt", "v2")} {
		ctx, cancel := context.WithCancel(context.Background())
		calls := 0
		h.setAfterBatch(func(n int) {
			calls++
			if n >= 1000 {
				cancel()
			}
		})
		err := s.PutDocument(ctx, d, many(d.Path), nil)
		h.setAfterBatch(nil)
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Errorf("PutDocument(%s) cancelled after %d batches: %v, want context.Canceled", d.Path, calls, err)
		}
		if calls == 0 {
			t.Errorf("PutDocument(%s): the hook never ran", d.Path)
		}
	}
	if got := summary(mustObs(t, s, Filter{IncludeRemoved: true})); !slices.Equal(got, want) {
		t.Errorf("after cancelled writes:\ngot  %q\nwant %q", got, want)
	}
	if h := mustHashes(t, s); !reflect.DeepEqual(h, map[string]string{"a.txt": "v1"}) {
		t.Errorf("Hashes after cancelled writes = %v, want only a.txt v1", h)
	}
	// The store still works.
	mustPut(t, s, doc("b.txt", "b1"), many("b.txt")...)
	if n := len(mustObs(t, s, Filter{Indicator: "inflation_rate"})); n != 5000 {
		t.Errorf("after a cancelled write, a full one stored %d observations, want 5000", n)
	}
}

func testConcurrent(t *testing.T, s Store) {
	ctx := context.Background()
	const writers, docs = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, writers*docs*2)
	for w := range writers {
		wg.Go(func() {
			for i := range docs {
				p := fmt.Sprintf("w%d/%02d.txt", w, i)
				obs := []indicators.Observation{ob(p, "policy_rate", "2024", float64(i), "RU"), ob(p, "gdp_growth", "2024", float64(w), "RU")}
				if err := s.PutDocument(ctx, doc(p, "h"), obs, nil); err != nil {
					errs <- err
				}
				if _, err := s.Observations(ctx, Filter{Indicator: "policy_rate"}); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := len(mustObs(t, s, Filter{})); n != writers*docs*2 {
		t.Errorf("stored %d observations, want %d", n, writers*docs*2)
	}
}

// testEvents checks that the meetings a document dates without numbering
// them are stored with it, replaced when it changes, left out with it when
// it leaves the corpus, and refused when malformed.
func testEvents(t *testing.T, s Store) {
	ctx := context.Background()
	ev := func(docPath, month string) indicators.Event {
		return indicators.Event{Doc: docPath, Indicator: "regular_meeting_interval", Entities: []string{"RU", "CN"}, Month: month, Source: docPath + "#event#" + month}
	}
	events := func(includeRemoved bool) []string {
		t.Helper()
		got, err := s.Events(ctx, includeRemoved)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range got {
			out = append(out, e.Doc+" "+e.Indicator+" "+strings.Join(e.Entities, "-")+" "+e.Month)
		}
		return out
	}
	put := func(d model.Document, evs ...indicators.Event) {
		t.Helper()
		if err := s.PutDocument(ctx, d, []indicators.Observation{ob(d.Path, "policy_rate", "2024", 16, "RU")}, evs); err != nil {
			t.Fatal(err)
		}
	}
	put(doc("a.txt", "a1"), ev("a.txt", "2024-08"), ev("", "2023-05"), ev("a.txt", "2024-08"))
	put(doc("b.txt", "b1"), ev("b.txt", "2024-08"))
	want := []string{"a.txt regular_meeting_interval CN-RU 2023-05", "a.txt regular_meeting_interval CN-RU 2024-08", "b.txt regular_meeting_interval CN-RU 2024-08"}
	if got := events(false); !slices.Equal(got, want) {
		t.Errorf("events %v, want %v (sorted entities, the document filled in, duplicates merged)", got, want)
	}
	put(doc("a.txt", "a2"), ev("a.txt", "2025-01"))
	want = []string{"a.txt regular_meeting_interval CN-RU 2025-01", "b.txt regular_meeting_interval CN-RU 2024-08"}
	if got := events(false); !slices.Equal(got, want) {
		t.Errorf("after a.txt changed: events %v, want %v", got, want)
	}
	if _, err := s.MarkRemoved(ctx, "", []string{"a.txt"}); err != nil {
		t.Fatal(err)
	}
	if got := events(false); !slices.Equal(got, want[:1]) {
		t.Errorf("after b.txt left the corpus: events %v, want %v", got, want[:1])
	}
	if got := events(true); !slices.Equal(got, want) {
		t.Errorf("events with removed documents %v, want %v", got, want)
	}
	for name, bad := range map[string]indicators.Event{
		"another document": ev("b.txt", "2024-08"),
		"not a month":      ev("a.txt", "2024"),
		"no indicator":     {Doc: "a.txt", Month: "2024-08"},
	} {
		if err := s.PutDocument(ctx, doc("a.txt", "a3"), nil, []indicators.Event{bad}); err == nil {
			t.Errorf("an event of %s was stored", name)
		}
	}
}

// PutDocuments stores a batch as PutDocument calls one after the other
// would: a path written twice keeps the later write, a path of another
// corpus is refused while the rest is stored, and a bad observation in any
// write stores none of the batch.
func testPutDocuments(t *testing.T, s Store) {
	ctx := context.Background()
	mustPut(t, s, inCorpus("alice", "a.txt", "ha"), ob("a.txt", "gdp_growth", "2023", 3, "RU"))
	mustPut(t, s, inCorpus("bob", "b.txt", "hb0"), ob("b.txt", "gdp_growth", "2020", 1, "CN"))
	refused, err := s.PutDocuments(ctx, []DocumentWrite{
		{Doc: inCorpus("bob", "b.txt", "hb1"), Observations: []indicators.Observation{ob("", "gdp_growth", "2021", 7, "CN")}},
		{Doc: inCorpus("bob", "a.txt", "other"), Observations: []indicators.Observation{ob("", "gdp_growth", "2023", 9, "CN")}},
		{Doc: inCorpus("bob", "c.txt", "hc"), Observations: []indicators.Observation{ob("", "inflation_rate", "2024-01", 4, "CN"), ob("", "inflation_rate", "2024-02", 5, "CN")}},
		{Doc: inCorpus("bob", "b.txt", "hb2"), Observations: []indicators.Observation{ob("", "gdp_growth", "2022", 8, "CN")}},
	})
	if err != nil {
		t.Fatalf("PutDocuments: %v", err)
	}
	if len(refused) != 1 || refused[0].Path != "a.txt" || refused[0].Corpus != "alice" {
		t.Errorf("refused = %v, want a.txt of alice", refused)
	}
	checkSummary(t, "after the batch", mustObs(t, s, Filter{}), []string{
		"b.txt gdp_growth [CN] 2022 8", "a.txt gdp_growth [RU] 2023 3",
		"c.txt inflation_rate [CN] 2024-01 4", "c.txt inflation_rate [CN] 2024-02 5"})
	if d := mustDocs(t, s)["b.txt"]; d.Hash != "hb2" {
		t.Errorf("b.txt hash %q, want the later write's hb2", d.Hash)
	}
	bad := ob("", "gdp_growth", "2025", nanValue(), "CN")
	if _, err := s.PutDocuments(ctx, []DocumentWrite{
		{Doc: inCorpus("bob", "d.txt", "hd"), Observations: []indicators.Observation{ob("", "gdp_growth", "2025", 1, "CN")}},
		{Doc: inCorpus("bob", "e.txt", "he"), Observations: []indicators.Observation{bad}},
	}); err == nil || !strings.Contains(err.Error(), "e.txt") {
		t.Errorf("a batch with a NaN value in e.txt: %v, want an error naming e.txt", err)
	}
	if _, ok := mustDocs(t, s)["d.txt"]; ok {
		t.Error("d.txt was stored although its batch failed")
	}
}

// Documents and observations are read a page or a few groups at a time:
// more of them than one read holds come back whole and in order, in byte
// order of their paths and entities whatever the database's collation.
func testMany(t *testing.T, s Store) {
	ctx := context.Background()
	var writes []DocumentWrite
	n := documentPage + 3
	for i := range n {
		// Mixed case and punctuation: a collation other than bytes would
		// order these otherwise.
		path := fmt.Sprintf("%c-%05d.txt", "aB_b"[i%4], i)
		ents := []string{[]string{"AE", "CN", "EG", "RU"}[i%4]}
		writes = append(writes, DocumentWrite{Doc: doc(path, "h"+path), Observations: []indicators.Observation{
			ob("", "gdp_growth", fmt.Sprint(1900+i%120), float64(i), ents...),
			ob("", "inflation_rate", "2024-01", float64(i%7), ents...),
		}})
	}
	if _, err := s.PutDocuments(ctx, writes); err != nil {
		t.Fatal(err)
	}
	docs := mustDocs(t, s) // checks the order
	if len(docs) != n {
		t.Errorf("%d documents, want %d", len(docs), n)
	}
	stopped := 0
	for _, err := range s.AllDocuments(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if stopped++; stopped == 2 {
			break
		}
	}
	recs := mustObs(t, s, Filter{}) // checks the groups
	if len(recs) != 2*n {
		t.Fatalf("%d observations, want %d", len(recs), 2*n)
	}
	conflicts := 0
	for i, r := range recs {
		if i > 0 && cmp.Or(strings.Compare(recs[i-1].Indicator, r.Indicator), slices.Compare(recs[i-1].Entities, r.Entities), strings.Compare(recs[i-1].Period, r.Period), strings.Compare(recs[i-1].Doc, r.Doc)) > 0 {
			t.Fatalf("observation %d (%s) out of order after %s", i, summary(recs[i:i+1]), summary(recs[i-1:i]))
		}
		if r.Conflict {
			conflicts++
		}
	}
	if conflicts != 2*n {
		t.Errorf("%d observations in conflict, want every one (each period has several values)", conflicts)
	}
}

// review is a decision about the observation of document hash with
// indicator ind and span, made at minute min of a day.
func review(hash, ind string, span [2]int, action model.ReviewAction, min int) model.Review {
	return model.Review{ReviewKey: model.ReviewKey{DocHash: hash, Indicator: ind, Span: span}, Action: action,
		By: "analyst", At: time.Date(2026, 1, 2, 10, min, 0, 0, time.UTC)}
}

func testReviews(t *testing.T, s Store) {
	ctx := context.Background()
	withSpan := func(o indicators.Observation, a, b int) indicators.Observation { o.Span = [2]int{a, b}; return o }
	a, b := doc("a.txt", "aaaa01"), doc("b.txt", "bbbb02")
	b.Published = "2024-06-01"
	mustPut(t, s, a, withSpan(ob("a.txt", "inflation_rate", "2024-03", 7.7, "RU"), 10, 14),
		withSpan(ob("a.txt", "gdp_growth", "2024", 3.6, "RU"), 40, 44))
	mustPut(t, s, b, withSpan(ob("b.txt", "inflation_rate", "2024-03", 7.9, "RU"), 5, 9))
	checkSummary(t, "before review", mustObs(t, s, Filter{}), []string{
		"a.txt gdp_growth [RU] 2024 3.6",
		"a.txt inflation_rate [RU] 2024-03 7.7 conflict", "b.txt inflation_rate [RU] 2024-03 7.9 conflict"})

	rejectB := review("bbbb02", "inflation_rate", [2]int{5, 9}, model.ReviewReject, 2)
	rejectB.Note = "core inflation"
	acceptB := review("bbbb02", "inflation_rate", [2]int{5, 9}, model.ReviewAccept, 1)
	v := 4.1
	moveGDP := review("aaaa01", "gdp_growth", [2]int{40, 44}, model.ReviewCorrect, 3)
	moveGDP.Value, moveGDP.Period, moveGDP.Entities, moveGDP.ToIndicator = &v, "2024-04", []string{"KZ"}, "inflation_rate"
	// The later decision wins whatever order they are stored in.
	if n, err := s.PutReviews(ctx, []model.Review{rejectB, acceptB, moveGDP, acceptB}); err != nil || n != 3 {
		t.Fatal(err)
	}
	want := []string{
		"a.txt inflation_rate [KZ] 2024-04 4.1 corrected (extracted gdp_growth, RU, 3.6, 2024)",
		"a.txt inflation_rate [RU] 2024-03 7.7"}
	checkSummary(t, "after review", mustObs(t, s, Filter{}), want)
	checkSummary(t, "one group", mustObs(t, s, Filter{Indicator: "inflation_rate", Entities: []string{"KZ"}}), want[:1])
	checkSummary(t, "the old group", mustObs(t, s, Filter{Indicator: "gdp_growth"}), nil)
	checkSummary(t, "rejected ones asked for", mustObs(t, s, Filter{Indicator: "inflation_rate", Entities: []string{"RU"}, Rejected: true}), []string{
		"a.txt inflation_rate [RU] 2024-03 7.7", "b.txt inflation_rate [RU] 2024-03 7.9 rejected: core inflation"})
	checkSummary(t, "without reviews", mustObs(t, s, Filter{NoReviews: true, Indicator: "gdp_growth"}), []string{"a.txt gdp_growth [RU] 2024 3.6"})
	checkSummary(t, "as of a day", mustObs(t, s, Filter{AsOf: "2024-05-31", NoReviews: true}), []string{
		"a.txt gdp_growth [RU] 2024 3.6", "a.txt inflation_rate [RU] 2024-03 7.7"})

	// A re-run of the extractor on the same document keeps the decisions;
	// a changed document does not inherit them.
	mustPut(t, s, b, withSpan(ob("b.txt", "inflation_rate", "2024-03", 7.9, "RU"), 5, 9))
	checkSummary(t, "after a re-run", mustObs(t, s, Filter{}), want)
	b.Hash = "bbbb03"
	mustPut(t, s, b, withSpan(ob("b.txt", "inflation_rate", "2024-03", 7.9, "RU"), 5, 9))
	checkSummary(t, "after the document changed", mustObs(t, s, Filter{Indicator: "inflation_rate", Entities: []string{"RU"}}), []string{
		"a.txt inflation_rate [RU] 2024-03 7.7 conflict", "b.txt inflation_rate [RU] 2024-03 7.9 conflict"})

	// The stamp changes with every write and only then.
	stamp := func() string {
		st, err := s.Stamp(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	before := stamp()
	if again := stamp(); again != before {
		t.Errorf("the stamp changed without a write: %q, %q", before, again)
	}
	if _, err := s.PutReviews(ctx, []model.Review{review("aaaa01", "inflation_rate", [2]int{10, 14}, model.ReviewAccept, 9)}); err != nil {
		t.Fatal(err)
	}
	afterReview := stamp()
	mustPut(t, s, doc("c.txt", "cccc01"), ob("c.txt", "inflation_rate", "2024-05", 7.1, "RU"))
	if afterReview == before || stamp() == afterReview {
		t.Errorf("the stamp did not change with a review or a document: %q, %q, %q", before, afterReview, stamp())
	}

	got, err := s.Reviews(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got = got[:3]
	if len(got) != 3 || got[0].Action != model.ReviewAccept || got[1].Note != "core inflation" || *got[2].Value != 4.1 ||
		!slices.Equal(got[2].Entities, []string{"KZ"}) || got[2].ToIndicator != "inflation_rate" || !got[2].At.Equal(moveGDP.At) {
		t.Errorf("Reviews = %+v, want the three decisions oldest first, fields intact", got)
	}
	bad := review("aaaa01", "gdp_growth", [2]int{40, 44}, model.ReviewCorrect, 4)
	bad.Period = "spring"
	if _, err := s.PutReviews(ctx, []model.Review{acceptB, bad}); err == nil || !strings.Contains(err.Error(), "spring") {
		t.Errorf("PutReviews with period %q: %v, want an error naming it", bad.Period, err)
	}
	if got, _ := s.Reviews(ctx); len(got) != 4 {
		t.Errorf("a refused batch stored %d reviews", len(got)-4)
	}
}
