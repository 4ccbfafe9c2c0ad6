package fetch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/econtrack/econtrack/corpus"
)

// Articles written for these tests, one a language, each with a navigation
// bar and a footer full of other figures that are not the article's.
const (
	enArticle = "Kazakhstan's annual inflation slowed to 11.8% in May 2025, the national bank said on Tuesday."
	arArticle = "ارتفع معدل التضخم السنوي في مصر إلى 13.5% في سبتمبر 2025، بحسب الجهاز المركزي للتعبئة العامة والإحصاء."
	ruArticle = "Годовая инфляция в России замедлилась до 8,1% в сентябре 2025 года, сообщил Росстат."
)

// page is a news page around an article: a navigation bar and a footer
// with figures of their own, and paragraphs enough for an article.
func page(lang, charset, title, article, filler string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="%s"><head><meta charset="%s"><title>%s</title></head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets: Brent 64.3, gold 3,350</a> <a href="/top">Top 10 stories</a></nav>
<article><h1>%s</h1>`, lang, charset, title, title)
	fmt.Fprintf(&b, "<p>%s</p>", article)
	for range 4 {
		fmt.Fprintf(&b, "<p>%s</p>", filler)
	}
	b.WriteString(`</article><aside><h3>Most read</h3><ul><li>Unemployment in Spain fell to 10.3% in June 2025</li><li>Oil at 70 dollars</li></ul></aside>
<footer>© 2025 Example News. 12 offices in 40 countries.</footer><script>document.title = "ran"</script></body></html>`)
	return b.String()
}

var (
	enFiller = "Analysts had expected the slowdown after months of tighter policy, and they said prices of food and services would decide what comes next."
	arFiller = "وقال محللون إن أسعار الغذاء والخدمات ستحدد اتجاه الأسعار في الأشهر المقبلة بعد تشديد السياسة النقدية خلال العام."
	ruFiller = "Аналитики ожидали замедления после месяцев жёсткой политики и говорят, что дальнейшее зависит от цен на продукты и услуги."
)

// site is a test news site: feeds in three languages and formats, pages in
// three character sets, and the faults fetching must survive.
type site struct {
	*httptest.Server
	mu     sync.Mutex
	hits   map[string]int
	cond   map[string]string // path → the conditional header last received
	agents []string
	flaky  int
}

func newSite(t *testing.T) *site {
	s := &site{hits: map[string]int{}, cond: map[string]string{}}
	mux := http.NewServeMux()
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.agents = append(s.agents, r.UserAgent())
		if v := r.Header.Get("If-None-Match"); v != "" {
			s.cond[r.URL.Path] = v
		}
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	base := s.URL
	rss := func(items ...string) string {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example News</title><link>` + base + `/</link>`)
		for _, it := range items {
			b.WriteString(it)
		}
		b.WriteString(`</channel></rss>`)
		return b.String()
	}
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/en/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"en-1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Header().Set("ETag", `"en-1"`)
		fmt.Fprint(w, rss(
			`<item><title>Inflation slows in Kazakhstan</title><link>`+base+`/en/kz-inflation</link><pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate></item>`,
			`<item><title>Sports results</title><link>`+base+`/en/sport</link><pubDate>Tue, 10 Jun 2025 09:00:00 GMT</pubDate></item>`,
			`<item><title>Members only</title><link>`+base+`/private/inflation-report</link></item>`,
		))
	})
	mux.HandleFunc("/en/kz-inflation", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page("en", "utf-8", "Inflation slows in Kazakhstan", enArticle, enFiller))
	})
	mux.HandleFunc("/ar/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title><id>x</id><updated>2025-10-10T08:00:00Z</updated>
<entry><title>التضخم في مصر</title><id>e1</id><link href="/ar/egypt"/><published>2025-10-10T08:00:00Z</published><updated>2025-10-10T08:00:00Z</updated></entry></feed>`)
	})
	mux.HandleFunc("/ar/egypt", func(w http.ResponseWriter, r *http.Request) {
		body, _ := charmap.Windows1256.NewEncoder().String(page("ar", "windows-1256", "التضخم في مصر", arArticle, arFiller))
		w.Header().Set("Content-Type", "text/html") // the charset is in the page's <meta>
		fmt.Fprint(w, body)
	})
	mux.HandleFunc("/ru/rdf.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rdf+xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="`+base+`/ru/"><title>Новости</title><link>`+base+`/ru/</link><items><rdf:Seq><rdf:li rdf:resource="`+base+`/ru/inflation"/></rdf:Seq></items></channel>
<item rdf:about="`+base+`/ru/inflation"><title>Инфляция замедлилась</title><link>`+base+`/ru/inflation</link><dc:date>2025-10-15T09:00:00Z</dc:date></item></rdf:RDF>`)
	})
	mux.HandleFunc("/ru/inflation", func(w http.ResponseWriter, r *http.Request) {
		body, _ := charmap.KOI8R.NewEncoder().String(page("ru", "koi8-r", "Инфляция замедлилась", ruArticle, ruFiller))
		w.Header().Set("Content-Type", "text/html; charset=koi8-r")
		fmt.Fprint(w, body)
	})
	// Faults.
	mux.HandleFunc("/slow.xml", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/garbage.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, "<<<this is not a feed")
	})
	mux.HandleFunc("/flaky.xml", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.flaky++
		n := s.flaky
		s.mu.Unlock()
		if n <= 2 {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss(`<item><title>Inflation again</title><link>`+base+`/en/kz-inflation</link></item>`))
	})
	mux.HandleFunc("/busy.xml", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		n := s.hits["/busy.xml"]
		s.mu.Unlock()
		if n == 1 {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss())
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>filler</p>", 1000))
		for written := 0; written < 50<<20; written += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		fmt.Fprint(w, "\x89PNG....")
	})
	return s
}

func (s *site) hitCount(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// memState is a State in memory.
type memState struct {
	mu sync.Mutex
	m  map[string][2]string
}

func (m *memState) FetchState(_ context.Context, url string) (string, string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v := m.m[url]
	return v[0], v[1], nil
}

func (m *memState) PutFetchState(_ context.Context, url, etag, lastModified string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = map[string][2]string{}
	}
	m.m[url] = [2]string{etag, lastModified}
	return nil
}

func options(dir string, state State, sources ...Source) Options {
	return Options{Sources: sources, Dir: dir, State: state, Version: "test", Contact: "https://example.org/contact",
		Rate: 1000, MaxBytes: 5 << 20, Timeout: 500 * time.Millisecond, Retries: 2, RetryBase: time.Millisecond, AllowPrivate: true}
}

func run(t *testing.T, opt Options) Report {
	t.Helper()
	f, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := f.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestFetchFeedsIntoTheCorpus(t *testing.T) {
	s := newSite(t)
	dir, state := t.TempDir(), &memState{}
	sources := []Source{
		{Name: "en_news", Feed: s.URL + "/en/feed.xml", Lang: "en", Exclude: []*regexp.Regexp{regexp.MustCompile(`(?i)sport`)}},
		{Name: "ar_news", Feed: s.URL + "/ar/atom.xml", Lang: "ar"},
		{Name: "ru_news", Feed: s.URL + "/ru/rdf.xml"},
		// A page the English feed lists too: stored once.
		{Name: "picked", URLs: []string{s.URL + "/en/kz-inflation"}},
	}
	rep := run(t, options(dir, state, sources...))
	if rep.Feeds != 3 || rep.Items != 5 || rep.New != 3 || rep.NotModified != 0 || len(rep.Failed) != 1 ||
		!strings.Contains(rep.Failed[0].Reason, "robots.txt") {
		t.Fatalf("report %+v: want 3 feeds, 5 items (sport excluded), 3 new (one page listed twice), the private page refused by robots.txt", rep)
	}
	for _, tt := range []struct{ source, link, text, published, lang string }{
		{"en_news", s.URL + "/en/kz-inflation", enArticle, "2025-06-10T08:00:00Z", "en"},
		{"ar_news", s.URL + "/ar/egypt", arArticle, "2025-10-10T08:00:00Z", "ar"},
		{"ru_news", s.URL + "/ru/inflation", ruArticle, "2025-10-15T09:00:00Z", ""},
	} {
		base := filepath.Join(dir, tt.source, Name(tt.link))
		html, err := os.ReadFile(base + ".html")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(html), tt.text) || !strings.Contains(string(html), `<meta charset="utf-8">`) {
			t.Errorf("%s: the page is not decoded to UTF-8, or does not say so:\n%.300s", tt.link, html)
		}
		meta, _ := os.ReadFile(base + ".meta.yaml")
		for _, want := range []string{"url: " + tt.link, "source: " + tt.source, "text: readability", "published: \"" + tt.published + "\"", "fetched_at:"} {
			if !strings.Contains(string(meta), want) {
				t.Errorf("%s sidecar lacks %q:\n%s", tt.link, want, meta)
			}
		}
		if tt.lang != "" && !strings.Contains(string(meta), "lang: "+tt.lang) {
			t.Errorf("%s sidecar lacks lang %s:\n%s", tt.link, tt.lang, meta)
		}
	}
	// The corpus reader takes each page's article, in its language, without
	// the navigation and the side column.
	read := map[string]corpus.Document{}
	if _, err := corpus.Read(context.Background(), dir, corpus.Options{}, func(d corpus.Document) error { read[d.Path] = d; return nil }); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		"en_news/" + Name(s.URL+"/en/kz-inflation") + ".html": enArticle,
		"ar_news/" + Name(s.URL+"/ar/egypt") + ".html":        arArticle,
		"ru_news/" + Name(s.URL+"/ru/inflation") + ".html":    ruArticle,
	} {
		d := read[path]
		if !strings.Contains(d.Text, want) || strings.Contains(d.Text, "Most read") || strings.Contains(d.Text, "Brent") || d.Published == "" {
			t.Errorf("%s read as %q (published %q)", path, d.Text, d.Published)
		}
	}
	for _, ua := range s.agents {
		if ua != "econtrack/test (+https://example.org/contact)" {
			t.Fatalf("User-Agent %q", ua)
		}
	}

	// A second fetch asks for the feed conditionally and writes nothing.
	before := s.hitCount("/en/kz-inflation")
	rep = run(t, options(dir, state, sources...))
	if rep.New != 0 || rep.NotModified != 1 || s.hitCount("/en/kz-inflation") != before {
		t.Errorf("second fetch: %+v, page fetched %d times; want nothing new, the English feed not modified", rep, s.hitCount("/en/kz-inflation"))
	}
	if s.cond["/en/feed.xml"] != `"en-1"` {
		t.Errorf("the second request for the feed was not conditional: %q", s.cond["/en/feed.xml"])
	}
}

func TestFetchFaults(t *testing.T) {
	s := newSite(t)
	dir := t.TempDir()
	// Something in the corpus already stays as it was.
	keep := filepath.Join(dir, "faults", "kept.txt")
	if err := os.MkdirAll(filepath.Dir(keep), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keep, []byte("an article stored earlier"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		src  Source
		want string // the failure's reason; "" for none
	}{
		{Source{Name: "slow", Feed: s.URL + "/slow.xml"}, "Timeout"},
		{Source{Name: "garbage", Feed: s.URL + "/garbage.xml"}, "not a feed"},
		{Source{Name: "missing", Feed: s.URL + "/missing.xml"}, "HTTP 404"},
		{Source{Name: "flaky", Feed: s.URL + "/flaky.xml"}, ""},
		{Source{Name: "busy", Feed: s.URL + "/busy.xml"}, ""},
		{Source{Name: "loop", URLs: []string{s.URL + "/loop"}}, "stopped after 5 redirects"},
		{Source{Name: "file", URLs: []string{s.URL + "/to-file"}}, "only http and https"},
		// The cap is small, so the page passes it at once even under -race
		// on a slow machine, well inside the timeout.
		{Source{Name: "huge", URLs: []string{s.URL + "/huge"}}, "larger than fetch.max_bytes"},
		{Source{Name: "image", URLs: []string{s.URL + "/image"}}, "not an HTML page"},
		{Source{Name: "faults", URLs: []string{"ftp://example.org/x"}}, "not an http or https address"},
	}
	for _, tt := range tests {
		t.Run(tt.src.Name, func(t *testing.T) {
			opt := options(dir, &memState{}, tt.src)
			if tt.src.Name == "huge" {
				opt.MaxBytes = 64 << 10
			}
			rep := run(t, opt)
			switch {
			case tt.want == "" && len(rep.Failed) > 0:
				t.Errorf("failed: %+v", rep.Failed)
			case tt.want != "" && (len(rep.Failed) != 1 || !strings.Contains(rep.Failed[0].Reason, tt.want)):
				t.Errorf("report %+v, want one failure saying %q", rep, tt.want)
			}
		})
	}
	if n := s.hitCount("/flaky.xml"); n != 3 {
		t.Errorf("the flaky feed was asked %d times, want 3 (500, 500, 200)", n)
	}
	if n := s.hitCount("/slow.xml"); n != 3 {
		t.Errorf("the slow feed was asked %d times, want 3 (a first try and two retries)", n)
	}
	if b, err := os.ReadFile(keep); err != nil || string(b) != "an article stored earlier" {
		t.Errorf("a file already in the corpus changed: %q %v", b, err)
	}
	// Nothing half-written: every .html has its sidecar, no temporary
	// file is left.
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".html") && !strings.HasSuffix(p, ".meta.yaml") && p != keep {
			t.Errorf("stray file %s", p)
		}
		return nil
	})
}

func TestFetchRefusesPrivateAddresses(t *testing.T) {
	s := newSite(t)
	opt := options(t.TempDir(), nil, Source{Name: "local", Feed: s.URL + "/en/feed.xml"})
	opt.AllowPrivate = false
	rep := run(t, opt)
	if len(rep.Failed) != 1 || !strings.HasPrefix(rep.Failed[0].Reason, "address 127.0.0.1 is private, loopback or link-local") {
		t.Errorf("a feed on 127.0.0.1: %+v, want it refused", rep)
	}
	if n := s.hitCount("/en/feed.xml") + s.hitCount("/robots.txt"); n != 0 {
		t.Errorf("the server was reached %d times", n)
	}
}

func TestFetchRateLimit(t *testing.T) {
	s := newSite(t)
	opt := options(t.TempDir(), nil, Source{Name: "en_news", Feed: s.URL + "/en/feed.xml"})
	opt.Rate = 10 // robots.txt, the feed, the page: three requests, 0.2 s at least
	start := time.Now()
	rep := run(t, opt)
	if rep.New != 1 {
		t.Fatalf("%+v", rep)
	}
	if el := time.Since(start); el < 180*time.Millisecond {
		t.Errorf("three requests to one host at 10 a second took %s", el)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, tt := range []struct {
		h    string
		want time.Duration
		ok   bool
	}{
		{"", 0, false}, {"7", 7 * time.Second, true}, {"soon", 0, false},
		{now.Add(30 * time.Second).Format(http.TimeFormat), 30 * time.Second, true},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0, true},
	} {
		if got, ok := retryAfter(tt.h, now); got != tt.want || ok != tt.ok {
			t.Errorf("retryAfter(%q) = %s, %v; want %s, %v", tt.h, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNameIsStable(t *testing.T) {
	a, b := Name("https://example.org/a?id=1"), Name("https://example.org/a?id=2")
	if a != Name("https://example.org/a?id=1") || a == b || len(a) != 16 || slices.Contains([]string{a}, "") {
		t.Errorf("Name: %q %q", a, b)
	}
}
