package web

import (
	"context"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// memSource is a Source in memory: records as a store returns them, with
// the latest review of each key applied.
type memSource struct {
	mu      sync.Mutex
	recs    []model.Record
	docs    map[string]model.Document
	reviews []model.Review
	stamp   int
	reads   int           // Groups calls
	delay   time.Duration // how long Groups takes
}

func (m *memSource) Groups(_ context.Context, q Query) iter.Seq2[[]model.Record, error] {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reads++
	time.Sleep(m.delay)
	latest := model.LatestReviews(m.reviews)
	byGroup := map[string][]model.Record{}
	var keys []string
	for _, r := range m.recs {
		if rv, ok := latest[model.KeyOf(r)]; ok {
			model.ApplyReview(&r, rv)
		}
		k := r.Indicator + "|" + strings.Join(r.Entities, ",")
		if q.Indicator != "" && r.Indicator != q.Indicator || q.Entities != nil && !slices.Equal(r.Entities, q.Entities) ||
			r.Rejected() && !q.Rejected || q.AsOf != "" && r.Published > q.AsOf {
			continue
		}
		if byGroup[k] == nil {
			keys = append(keys, k)
		}
		byGroup[k] = append(byGroup[k], r)
	}
	slices.Sort(keys)
	return func(yield func([]model.Record, error) bool) {
		for _, k := range keys {
			g := byGroup[k]
			model.MarkConflicts(g)
			if !yield(g, nil) {
				return
			}
		}
	}
}

func (m *memSource) readCount() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.reads
}

func (m *memSource) Document(_ context.Context, path string) (model.Document, bool, error) {
	d, ok := m.docs[path]
	return d, ok, nil
}

func (m *memSource) Reviews(context.Context) ([]model.Review, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.reviews), nil
}

func (m *memSource) PutReviews(_ context.Context, rs []model.Review) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reviews = append(m.reviews, rs...)
	m.stamp++
	return len(rs), nil
}

func (m *memSource) Stamp(context.Context) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return fmt.Sprint(m.stamp), nil
}

// rec is an inflation observation of Russia read from doc.
func rec(doc, period string, value float64, quote string) model.Record {
	return model.Record{Observation: indicators.Observation{Doc: doc, Indicator: "inflation_rate", Entities: []string{"RU"}, Period: period,
		Value: value, Unit: "percent", Lang: "en", Quote: quote, Span: [2]int{10, 14}, Mentions: 1, Confidence: 0.95},
		DocHash: "h" + doc, Published: period + "-15", Title: "Title of " + doc}
}

func catalog(t testing.TB) []indicators.Indicator {
	t.Helper()
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	return cfg.Catalog()
}

func newTestServer(t testing.TB, src Source, token string) *httptest.Server {
	t.Helper()
	s, err := NewServer(Options{Source: src, Catalog: catalog(t), Token: token, Reviewer: "tester",
		Now: func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

func get(t *testing.T, c *http.Client, u string) (int, string) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// noRedirect is a client that reports redirects instead of following them.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// testSource holds two reports of April's inflation; b.txt, published
// later, is the headline.
func testSource() *memSource {
	b := rec("b.txt", "2025-04", 10.4, "Inflation stood at 10.4% in April.")
	b.Published = "2025-05-20"
	return &memSource{recs: []model.Record{
		rec("a.txt", "2025-04", 10.2, `Inflation <script>alert("x")</script> was 10.2% in April.`), b,
	}, docs: map[string]model.Document{"a.txt": {Path: "a.txt", Hash: "ha.txt", Title: "Title of a.txt"}}}
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)

func TestPagesEscapeArticleText(t *testing.T) {
	ts := newTestServer(t, testSource(), "")
	code, body := get(t, http.DefaultClient, ts.URL+"/indicator/inflation_rate?entities=RU")
	if code != http.StatusOK {
		t.Fatalf("indicator page: %d %s", code, body)
	}
	if strings.Contains(body, `<script>alert`) || !strings.Contains(body, `&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;`) {
		t.Errorf("the article's script tag is not escaped: %s", body)
	}
	resp, err := http.Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'none'") {
		t.Errorf("Content-Security-Policy = %q, want scripts refused", csp)
	}
}

func TestReviewForm(t *testing.T) {
	src := testSource()
	ts := newTestServer(t, src, "")
	_, page := get(t, http.DefaultClient, ts.URL+"/indicator/inflation_rate")
	m := csrfRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no csrf field in %s", page)
	}
	key := "hb.txt:inflation_rate:10-14"
	post := func(form url.Values, header ...string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, ts.URL+"/review", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		resp, err := noRedirect.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header.Get("Location") + string(b)
	}
	form := func(kv ...string) url.Values {
		v := url.Values{"csrf": {m[1]}, "key": {key}, "back": {"/indicator/inflation_rate#x"}}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return v
	}
	tests := []struct {
		name   string
		form   url.Values
		header []string
		code   int
		says   string
	}{
		{"no csrf token", url.Values{"key": {key}, "action": {"reject"}}, nil, http.StatusForbidden, "stale"},
		{"wrong csrf token", form("csrf", "00", "action", "reject"), nil, http.StatusForbidden, "stale"},
		{"from another site", form("action", "reject"), []string{"Sec-Fetch-Site", "cross-site"}, http.StatusForbidden, "another site"},
		{"unknown action", form("action", "delete"), nil, http.StatusBadRequest, "delete"},
		{"bad key", form("action", "reject", "key", "nonsense"), nil, http.StatusBadRequest, "nonsense"},
		{"correction that changes nothing", form("action", "correct", "value", "10.4", "was_value", "10.4"), nil, http.StatusBadRequest, "needs a value"},
		{"value not a number", form("action", "correct", "value", "ten"), nil, http.StatusBadRequest, `value &#34;ten&#34;: want a number`},
		{"unknown indicator", form("action", "correct", "to_indicator", "nope"), nil, http.StatusBadRequest, "nope"},
		{"bad period", form("action", "correct", "period", "spring"), nil, http.StatusBadRequest, "spring"},
		{"too large", form("action", "reject", "note", strings.Repeat("x", maxBody)), nil, http.StatusBadRequest, "too large"},
		{"reject", form("action", "reject", "note", "core inflation"), nil, http.StatusSeeOther, "/indicator/inflation_rate#x"},
		{"back elsewhere goes home", form("action", "accept", "back", "//evil.example/"), nil, http.StatusSeeOther, "/"},
		{"correct with a decimal comma", form("action", "correct", "value", "10,5", "was_value", "10.4", "period", "2025-04", "was_period", "2025-04"), nil, http.StatusSeeOther, "/indicator"},
	}
	for _, tt := range tests {
		code, body := post(tt.form, tt.header...)
		if code != tt.code || !strings.Contains(body, tt.says) {
			t.Errorf("%s: %d %q, want %d saying %q", tt.name, code, body, tt.code, tt.says)
		}
	}
	got, _ := src.Reviews(context.Background())
	if len(got) != 3 {
		t.Fatalf("stored %d reviews, want the 3 good ones: %+v", len(got), got)
	}
	if r := got[0]; r.Action != model.ReviewReject || r.Note != "core inflation" || r.By != "tester" || r.Doc != "" || r.ReviewKey.String() != key {
		t.Errorf("reject stored as %+v", r)
	}
	if r := got[2]; r.Action != model.ReviewCorrect || r.Value == nil || *r.Value != 10.5 || r.Period != "" {
		t.Errorf("correction stored as %+v, want only the value 10.5", r)
	}
	_, page = get(t, http.DefaultClient, ts.URL+"/indicator/inflation_rate")
	if !strings.Contains(page, "10.5%") || !strings.Contains(page, "corrected (extracted 10.4)") {
		t.Errorf("the page does not show the correction")
	}
}

func TestToken(t *testing.T) {
	ts := newTestServer(t, testSource(), "s3cret")
	if code, body := get(t, http.DefaultClient, ts.URL+"/"); code != http.StatusUnauthorized || !strings.Contains(body, "token") {
		t.Errorf("without the token: %d %s", code, body)
	}
	if code, _ := get(t, http.DefaultClient, ts.URL+"/?token=wrong"); code != http.StatusUnauthorized {
		t.Errorf("with a wrong token: %d", code)
	}
	resp, err := noRedirect.Get(ts.URL + "/indicator/inflation_rate?token=s3cret&page=1")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cookies := resp.Cookies()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/indicator/inflation_rate?page=1" || len(cookies) != 1 || !cookies[0].HttpOnly {
		t.Fatalf("with ?token=: %d to %q, cookies %v; want the cookie and the page without the token", resp.StatusCode, resp.Header.Get("Location"), cookies)
	}
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/indicator/inflation_rate", nil)
	req.AddCookie(cookies[0])
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("with the cookie: %v %v", resp, err)
	}
	req, _ = http.NewRequest(http.MethodGet, ts.URL+"/", nil)
	req.Header.Set("Authorization", "Bearer s3cret")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("with the bearer token: %v %v", resp, err)
	}
}

func TestPagesRefuseBadRequests(t *testing.T) {
	ts := newTestServer(t, testSource(), "")
	for _, tt := range []struct {
		path string
		code int
		says string
	}{
		{"/indicator/nope", http.StatusNotFound, "nope"},
		{"/?as_of=yesterday", http.StatusBadRequest, "yesterday"},
		{"/indicator/inflation_rate?min_confidence=high", http.StatusBadRequest, "high"},
		{"/document?path=missing.txt", http.StatusNotFound, "missing.txt"},
		{"/nothing/here", http.StatusNotFound, ""},
		{"/indicator/inflation_rate?page=999", http.StatusOK, "1 of 1"},
	} {
		if code, body := get(t, http.DefaultClient, ts.URL+tt.path); code != tt.code || !strings.Contains(body, tt.says) {
			t.Errorf("GET %s: %d, want %d saying %q: %.200s", tt.path, code, tt.code, tt.says, body)
		}
	}
	resp, err := http.Post(ts.URL+"/", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d", resp.StatusCode)
	}
}

func TestOverviewIsComputedOncePerStamp(t *testing.T) {
	src := testSource()
	ts := newTestServer(t, src, "")
	for range 3 {
		if code, body := get(t, http.DefaultClient, ts.URL+"/"); code != http.StatusOK || !strings.Contains(body, "10.4%") {
			t.Fatalf("overview: %d %s", code, body)
		}
	}
	if n := src.readCount(); n != 1 {
		t.Errorf("three overviews read the source %d times, want once", n)
	}
	// A small source is computed again while the request waits.
	v := 9.0
	review := func(at time.Time) {
		_, _ = src.PutReviews(context.Background(), []model.Review{{ReviewKey: model.ReviewKey{DocHash: "hb.txt", Indicator: "inflation_rate", Span: [2]int{10, 14}},
			Action: model.ReviewCorrect, Value: &v, At: at}})
	}
	review(time.Now())
	if _, body := get(t, http.DefaultClient, ts.URL+"/"); !strings.Contains(body, "9%") || strings.Contains(body, "computed again") || src.readCount() != 2 {
		t.Errorf("after a review the overview was not computed again (%d reads): %s", src.readCount(), body)
	}
	// A slow one: the first overview after the change shows the rows
	// kept, saying so, while they are computed again.
	src.mu.Lock()
	src.delay = time.Second
	src.mu.Unlock()
	v = 8
	review(time.Now().Add(time.Second))
	if _, body := get(t, http.DefaultClient, ts.URL+"/"); !strings.Contains(body, "9%") || !strings.Contains(body, "computed again") {
		t.Errorf("right after a change the overview is not the one kept, marked: %s", body)
	}
	var body string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, body = get(t, http.DefaultClient, ts.URL+"/"); !strings.Contains(body, "computed again") {
			break
		}
	}
	if !strings.Contains(body, "8%") || src.readCount() != 3 {
		t.Errorf("the overview was not computed again in the background (%d reads): %s", src.readCount(), body)
	}
	if _, body := get(t, http.DefaultClient, ts.URL+"/?as_of=2025-01-01"); !strings.Contains(body, "No observations") {
		t.Errorf("as of a day before every document: %s", body)
	}
}

func TestWriteReport(t *testing.T) {
	var recs []model.Record
	for m := 1; m <= 12; m++ {
		recs = append(recs, rec(fmt.Sprintf("d%02d.txt", m), fmt.Sprintf("2024-%02d", m), float64(m), "Inflation was <b>high</b>."))
	}
	series := model.BuildSeries(recs, model.HeadlineLatest)
	for _, lang := range []string{"en", "ar"} {
		path := filepath.Join(t.TempDir(), "report", "index.html")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		err := WriteReport(context.Background(), path, ReportOptions{Catalog: catalog(t), Lang: lang, MaxPoints: 5, Generated: time.Now()}, seq(series))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(path)
		page := string(b)
		for _, want := range []string{`dir="` + languages[lang].Dir + `"`, `href="#s-inflation_rate__RU"`, `<section id="s-inflation_rate__RU">`,
			"<svg", "&lt;b&gt;high&lt;/b&gt;", fmt.Sprintf(languages[lang].ShowingLatest, 5, 12), "2024-12", "2024-08"} {
			if !strings.Contains(page, want) {
				t.Errorf("%s report lacks %q", lang, want)
			}
		}
		if strings.Contains(page, "2024-07") || strings.Contains(page, "<form") || strings.Contains(page, "<script") {
			t.Errorf("%s report lists a point beyond the latest five, or has a form or script", lang)
		}
	}
	if err := WriteReport(context.Background(), filepath.Join(t.TempDir(), "x.html"), ReportOptions{Lang: "fr"}, seq(series)); err == nil {
		t.Error("a report in French was written")
	}
}

func seq(series []model.Series) iter.Seq2[model.Series, error] {
	return func(yield func(model.Series, error) bool) {
		for _, s := range series {
			if !yield(s, nil) {
				return
			}
		}
	}
}

// BenchmarkOverview renders the overview of 100,000 observations in 280
// series: cold (nothing computed yet: every record is grouped) and warm
// (the rows kept from the request before). The store's own read comes on
// top of cold; see BenchmarkServeOverview in cmd/econtrack.
func BenchmarkOverview(b *testing.B) {
	src := &memSource{}
	for i := range 100_000 {
		r := rec(fmt.Sprintf("d%05d.txt", i/10), fmt.Sprintf("%04d-%02d", 1950+i%70, 1+i%12), float64(i%97), "q")
		r.Entities = []string{fmt.Sprintf("%c%c", 'A'+i%20, 'A'+i%14)}
		src.recs = append(src.recs, r)
	}
	s, err := NewServer(Options{Source: src, Catalog: catalog(b)})
	if err != nil {
		b.Fatal(err)
	}
	for _, warm := range []bool{false, true} {
		b.Run(fmt.Sprintf("warm=%t", warm), func(b *testing.B) {
			for b.Loop() {
				if !warm {
					s.overviews = map[string]overviewCache{}
				}
				w := httptest.NewRecorder()
				s.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/", nil))
				if w.Code != http.StatusOK {
					b.Fatal(w.Code)
				}
			}
		})
	}
}
