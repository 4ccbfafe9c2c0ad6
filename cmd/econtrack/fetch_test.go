package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// newsSite serves a feed of one article written for this test: a news page
// whose side column reports another country's unemployment, which is not
// the article's.
func newsSite(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var conditional atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			if r.Header.Get("If-None-Match") == `"v1"` {
				conditional.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title><item><title>Inflation slows in Kazakhstan</title><link>%s/kz</link><pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate></item></channel></rss>`, srv.URL)
		case "/kz":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<html><head><title>Inflation slows in Kazakhstan</title></head><body>
<nav>Markets: Brent 64.3 · Top 10 stories</nav>
<article><h1>Inflation slows in Kazakhstan</h1>
<p>Kazakhstan's annual inflation slowed to 11.8% in May 2025, the national bank said on Tuesday.</p>
<p>Analysts had expected the slowdown after months of tighter policy, and they said prices of food and services would decide what comes next.</p>
<p>The bank will publish its next review of prices and wages in the summer, together with new forecasts for the economy.</p>
<p>Traders said the currency was steady after the announcement, and that bond yields had moved little during the day.</p></article>
<aside><h3>Most read</h3><ul><li>Unemployment in Spain fell to 10.3% in June 2025, figures showed.</li></ul></aside>
<footer>© 2025 Example News</footer></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &conditional
}

// TestFetchThenRun is a newcomer's day with feeds: add a feed to the
// configuration, fetch, run, and find the article's figure in the store —
// and not the side column's; a second fetch writes nothing and asks the
// feed conditionally.
func TestFetchThenRun(t *testing.T) {
	srv, conditional := newsSite(t)
	dir := t.TempDir()
	corpus, out := filepath.Join(dir, "corpus"), filepath.Join(dir, "out")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "econtrack.yaml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf("sources:\n  - name: example\n    feed: %s/feed.xml\n    lang: en\nfetch:\n  allow_private: true\n  rate: 100\n", srv.URL)), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("ECONTRACK_STORE_DSN", "")
	args := func(a ...string) []string {
		return append([]string{"--config", cfg, "--corpus", corpus, "--out", out}, a...)
	}
	code, stdout, stderr := econtrack(t, args("fetch")...)
	var rep struct{ Feeds, Items, New, NotModified int }
	if code != exitOK || json.Unmarshal([]byte(stdout), &rep) != nil || rep.New != 1 {
		t.Fatalf("fetch: exit %d, %s %s", code, stdout, stderr)
	}
	if code, _, stderr := econtrack(t, args("run")...); code != exitOK {
		t.Fatalf("run: %d %s", code, stderr)
	}
	_, obs, _ := econtrack(t, args("export", "--format", "jsonl")...)
	if !strings.Contains(obs, `"entities":["KZ"],"period":"2025-05","value":11.8`) || strings.Contains(obs, `"ES"`) {
		t.Errorf("after fetch and run the store holds %s; want Kazakhstan's 11.8 and nothing of the side column", obs)
	}

	code, stdout, _ = econtrack(t, args("run", "--fetch")...)
	b, _ := os.ReadFile(filepath.Join(out, "run.json"))
	if code != exitOK || !strings.Contains(string(b), `"fetched": {`) || !strings.Contains(string(b), `"not_modified": 1`) || conditional.Load() != 1 {
		t.Errorf("run --fetch: exit %d, run.json %s; conditional requests %d", code, b, conditional.Load())
	}
	entries, _ := os.ReadDir(filepath.Join(corpus, "example"))
	if len(entries) != 2 {
		t.Errorf("the corpus holds %d files for the source, want the page and its sidecar", len(entries))
	}
	_ = stdout

	// Every address failing is a failure (exit 1), with the report.
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte(fmt.Sprintf("sources:\n  gone:\n    feed: %s/gone.xml\nfetch:\n  allow_private: true\n  retries: 0\n", srv.URL)), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := econtrack(t, "--config", bad, "--corpus", corpus, "--out", out, "fetch"); code != exitFailure || !strings.Contains(stdout, "HTTP 404") || !strings.Contains(stderr, "every address failed") {
		t.Errorf("fetch of a missing feed: exit %d, %s %s", code, stdout, stderr)
	}

	// No sources: fetch says what to do.
	if code, _, stderr := econtrack(t, "--corpus", corpus, "--out", out, "fetch"); code != exitUsage || !strings.Contains(stderr, "sources") {
		t.Errorf("fetch without sources: %d %s", code, stderr)
	}
}
