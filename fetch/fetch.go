// Package fetch collects news articles from the web into a corpus folder:
// the items of RSS and Atom feeds and lists of page addresses, each page
// kept as it was fetched (decoded to UTF-8) with a sidecar of metadata, so
// that every run stays reproducible offline.
//
// It is polite — a User-Agent naming econtrack with a contact, robots.txt
// honoured, one request a second to a host by default, conditional
// requests for feeds, retries with backoff that honour Retry-After — and
// careful: bodies are capped as they stream, only http and https are
// followed (at most five redirects), content types are checked, and
// private, loopback and link-local addresses are refused on every
// connection unless allowed. Nothing from a page is executed.
package fetch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"github.com/temoto/robotstxt"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html/charset"
	"golang.org/x/time/rate"

	"github.com/econtrack/econtrack/internal/atomicfile"
)

// Source is a feed whose items' pages are fetched, or a list of pages.
type Source struct {
	Name string // the folder of the corpus its articles go to
	Feed string
	URLs []string
	Lang string
	// Include keeps only items whose title or link matches one of these;
	// Exclude drops those matching one.
	Include, Exclude []*regexp.Regexp
}

// State remembers the validators of each feed for conditional requests.
type State interface {
	FetchState(ctx context.Context, url string) (etag, lastModified string, err error)
	PutFetchState(ctx context.Context, url, etag, lastModified string) error
}

// Options configure a fetch.
type Options struct {
	Sources []Source
	// Dir is the corpus folder; each source writes into Dir/NAME.
	Dir   string
	State State
	// Version and Contact make the User-Agent: "econtrack/VERSION
	// (+CONTACT)".
	Version, Contact string
	// Rate is the most requests a second to one host.
	Rate float64
	// MaxBytes caps every body.
	MaxBytes int64
	// Timeout bounds one request, body included.
	Timeout time.Duration
	// Retries is how many times a request answered 429 or 5xx, or that
	// timed out, is tried again; RetryBase is the first wait (doubled each
	// time, with jitter; Retry-After wins, up to MaxRetryWait).
	Retries      int
	RetryBase    time.Duration
	MaxRetryWait time.Duration
	// AllowPrivate lets private, loopback and link-local addresses be
	// fetched.
	AllowPrivate bool
	Log          *slog.Logger
	Now          func() time.Time
}

// Failure is an address that could not be fetched, and why.
type Failure struct {
	URL    string `json:"url"`
	Reason string `json:"reason"`
}

// Report says what a fetch did (run.json "fetched").
type Report struct {
	Feeds       int       `json:"feeds"`        // feeds read
	Items       int       `json:"items"`        // feed items and pages considered (after include and exclude)
	New         int       `json:"new"`          // articles written to the corpus
	NotModified int       `json:"not_modified"` // feeds the server said had not changed
	Failed      []Failure `json:"failed"`
}

// maxRedirects is how many redirects a request follows.
const maxRedirects = 5

// Fetcher fetches; it is safe for one Run at a time.
type Fetcher struct {
	opt    Options
	client *http.Client
	ua     string

	mu       sync.Mutex
	limiters map[string]*rate.Limiter
	robots   map[string]*robotstxt.Group
}

// stored reports whether the article at link is in the corpus already,
// under any source's folder: a page two sources list is stored once.
func (f *Fetcher) stored(link string) bool {
	for _, src := range f.opt.Sources {
		if _, err := os.Stat(filepath.Join(f.opt.Dir, src.Name, Name(link)+".html")); err == nil {
			return true
		}
	}
	return false
}

// New checks opt and builds a fetcher.
func New(opt Options) (*Fetcher, error) {
	if opt.Dir == "" {
		return nil, errors.New("fetch: no corpus folder")
	}
	if opt.Rate <= 0 || opt.MaxBytes <= 0 || opt.Timeout <= 0 || opt.Retries < 0 {
		return nil, fmt.Errorf("fetch: rate %g, max bytes %d, timeout %s and retries %d must be positive", opt.Rate, opt.MaxBytes, opt.Timeout, opt.Retries)
	}
	if opt.RetryBase <= 0 {
		opt.RetryBase = time.Second
	}
	if opt.MaxRetryWait <= 0 {
		opt.MaxRetryWait = time.Minute
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	f := &Fetcher{opt: opt, limiters: map[string]*rate.Limiter{}, robots: map[string]*robotstxt.Group{}}
	f.ua = "econtrack/" + cmpOr(opt.Version, "dev")
	if opt.Contact != "" {
		f.ua += " (+" + opt.Contact + ")"
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, Control: f.checkAddress}
	f.client = &http.Client{
		Timeout: opt.Timeout,
		Transport: &http.Transport{
			// No proxy: a proxy would connect on our behalf, past the
			// address check.
			Proxy:                 nil,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: opt.Timeout,
			MaxIdleConnsPerHost:   2,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %s: only http and https are followed", req.URL.Scheme)
			}
			return nil
		},
	}
	return f, nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// checkAddress refuses, on every connection (redirects included), an
// address on a private, loopback or link-local network unless allowed: a
// feed cannot make econtrack read the machine's own services.
func (f *Fetcher) checkAddress(_, address string, _ syscall.RawConn) error {
	if f.opt.AllowPrivate {
		return nil
	}
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil || ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() {
		return &PrivateAddressError{Address: host}
	}
	return nil
}

// PrivateAddressError is a connection refused because the address it
// resolved to is private, loopback or link-local.
type PrivateAddressError struct{ Address string }

func (e *PrivateAddressError) Error() string {
	return "address " + e.Address + " is private, loopback or link-local: refused (fetch.allow_private)"
}

// Run fetches every source. Failures of one address are reported and the
// others go on; the error is for a cancelled ctx only.
func (f *Fetcher) Run(ctx context.Context) (Report, error) {
	rep := Report{Failed: []Failure{}}
	for _, src := range f.opt.Sources {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		f.source(ctx, src, &rep)
	}
	return rep, ctx.Err()
}

// item is one page to fetch.
type item struct {
	link, title, feed string
	published         time.Time
}

// source fetches one source's new pages.
func (f *Fetcher) source(ctx context.Context, src Source, rep *Report) {
	var items []item
	for _, u := range src.URLs {
		items = append(items, item{link: u})
	}
	if src.Feed != "" {
		feedItems, ok := f.feed(ctx, src, rep)
		if !ok {
			return
		}
		items = append(items, feedItems...)
	}
	for _, it := range items {
		if ctx.Err() != nil {
			return
		}
		if !keep(src, it) {
			continue
		}
		rep.Items++
		written, err := f.page(ctx, src, it)
		if err != nil {
			rep.Failed = append(rep.Failed, Failure{URL: it.link, Reason: err.Error()})
			f.opt.Log.Warn("fetch failed", "url", it.link, "reason", err)
			continue
		}
		if written {
			rep.New++
		}
	}
}

// keep applies a source's include and exclude expressions to an item's
// title and link.
func keep(src Source, it item) bool {
	s := it.title + "\n" + it.link
	for _, re := range src.Exclude {
		if re.MatchString(s) {
			return false
		}
	}
	if len(src.Include) == 0 {
		return true
	}
	for _, re := range src.Include {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// feed reads a source's feed, conditionally, and returns its items; false
// when it failed or has not changed.
func (f *Fetcher) feed(ctx context.Context, src Source, rep *Report) ([]item, bool) {
	fail := func(err error) ([]item, bool) {
		rep.Failed = append(rep.Failed, Failure{URL: src.Feed, Reason: err.Error()})
		f.opt.Log.Warn("feed failed", "source", src.Name, "url", src.Feed, "reason", err)
		return nil, false
	}
	var etag, lastMod string
	if f.opt.State != nil {
		var err error
		if etag, lastMod, err = f.opt.State.FetchState(ctx, src.Feed); err != nil {
			return fail(err)
		}
	}
	resp, err := f.get(ctx, src.Feed, kindFeed, etag, lastMod)
	if err != nil {
		return fail(err)
	}
	rep.Feeds++
	if resp.status == http.StatusNotModified {
		rep.NotModified++
		return nil, false
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.body))
	if err != nil {
		return fail(fmt.Errorf("not a feed (RSS, Atom or JSON Feed): %w", err))
	}
	base, _ := url.Parse(resp.url)
	var items []item
	for _, it := range parsed.Items {
		link := strings.TrimSpace(it.Link)
		if link == "" {
			continue
		}
		if u, err := base.Parse(link); err == nil {
			link = u.String()
		}
		out := item{link: link, title: strings.TrimSpace(it.Title), feed: src.Feed}
		switch {
		case it.PublishedParsed != nil:
			out.published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			out.published = *it.UpdatedParsed
		}
		items = append(items, out)
	}
	if f.opt.State != nil && (resp.etag != "" || resp.lastModified != "") {
		if err := f.opt.State.PutFetchState(ctx, src.Feed, resp.etag, resp.lastModified); err != nil {
			return fail(err)
		}
	}
	return items, true
}

// Name is the file name, without extension, of the article at link: the
// first 16 hex digits of its address's SHA-256, the same on every fetch.
func Name(link string) string {
	sum := sha256.Sum256([]byte(link))
	return hex.EncodeToString(sum[:8])
}

// sidecar is the .meta.yaml written beside a page.
type sidecar struct {
	Published string `yaml:"published,omitempty"`
	URL       string `yaml:"url"`
	Source    string `yaml:"source"`
	Title     string `yaml:"title,omitempty"`
	Lang      string `yaml:"lang,omitempty"`
	Text      string `yaml:"text"`
	Feed      string `yaml:"feed,omitempty"`
	FetchedAt string `yaml:"fetched_at"`
}

// page fetches one article into the corpus unless it is there already;
// it reports whether it wrote it.
func (f *Fetcher) page(ctx context.Context, src Source, it item) (bool, error) {
	u, err := url.Parse(it.link)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return false, fmt.Errorf("not an http or https address")
	}
	dir := filepath.Join(f.opt.Dir, src.Name)
	htmlPath := filepath.Join(dir, Name(it.link)+".html")
	if f.stored(it.link) {
		return false, nil
	}
	resp, err := f.get(ctx, it.link, kindPage, "", "")
	if err != nil {
		return false, err
	}
	text, err := decode(resp.body, resp.contentType)
	if err != nil {
		return false, err
	}
	meta := sidecar{URL: it.link, Source: src.Name, Title: it.title, Lang: src.Lang, Text: "readability", Feed: it.feed,
		FetchedAt: f.opt.Now().UTC().Format(time.RFC3339)}
	if !it.published.IsZero() {
		meta.Published = it.published.UTC().Format(time.RFC3339)
	}
	side, err := yaml.Marshal(meta)
	if err != nil {
		return false, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false, err
	}
	// The sidecar first: the page is a document once it exists.
	if err := atomicfile.WriteFile(filepath.Join(dir, Name(it.link)+".meta.yaml"), side); err != nil {
		return false, err
	}
	if err := atomicfile.WriteFile(htmlPath, []byte(text)); err != nil {
		return false, err
	}
	f.opt.Log.Info("fetched", "source", src.Name, "url", it.link, "file", htmlPath)
	return true, nil
}

// decode converts a page to UTF-8 from the character set its
// Content-Type or <meta charset> names (windows-1256, KOI8-R …).
func decode(body []byte, contentType string) (string, error) {
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		return "", fmt.Errorf("character set: %w", err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("character set: %w", err)
	}
	if !utf8.Valid(b) {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	// The page is UTF-8 now: so says its declaration, for a browser that
	// opens the file.
	head := min(len(b), 4096)
	b = append(metaCharset.ReplaceAll(b[:head:head], []byte("${1}utf-8")), b[head:]...)
	return string(b), nil
}

// metaCharset is the character set a page's <meta> declares.
var metaCharset = regexp.MustCompile(`(?i)(<meta[^>]*charset\s*=\s*["']?)[a-z0-9_:.-]+`)

// kind is what a response must be.
type kind int

const (
	kindFeed kind = iota
	kindPage
	kindRobots
)

// response is a fetched body with what the pages need of its headers.
type response struct {
	status             int
	url                string // after redirects
	body               []byte
	contentType        string
	etag, lastModified string
}

// get fetches u: robots.txt permitting, at the host's rate, conditional
// when validators are given, retried on 429, 5xx and timeouts, the body
// capped and its content type checked against k.
func (f *Fetcher) get(ctx context.Context, u string, k kind, etag, lastMod string) (*response, error) {
	pu, err := url.Parse(u)
	if err != nil || pu.Scheme != "http" && pu.Scheme != "https" || pu.Host == "" {
		return nil, fmt.Errorf("not an http or https address")
	}
	if k != kindRobots {
		if err := f.allowed(ctx, pu); err != nil {
			return nil, err
		}
	}
	for attempt := 0; ; attempt++ {
		if err := f.limiter(pu.Host).Wait(ctx); err != nil {
			return nil, err
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("User-Agent", f.ua)
		req.Header.Set("Accept", accept[k])
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		if lastMod != "" {
			req.Header.Set("If-Modified-Since", lastMod)
		}
		resp, err := f.client.Do(req)
		wait := f.backoff(attempt)
		var failure error
		switch {
		case err != nil:
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if !isTimeout(err) || attempt >= f.opt.Retries {
				return nil, cleanError(err)
			}
			failure = cleanError(err)
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			resp.Body.Close()
			failure = fmt.Errorf("HTTP %s", resp.Status)
			if attempt >= f.opt.Retries {
				return nil, failure
			}
			if ra, ok := retryAfter(resp.Header.Get("Retry-After"), f.opt.Now()); ok {
				wait = ra
			}
		default:
			defer resp.Body.Close()
			return f.read(resp, k)
		}
		wait = min(wait, f.opt.MaxRetryWait)
		f.opt.Log.Info("fetch retry", "url", u, "attempt", attempt+1, "wait", wait, "reason", failure)
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// accept is the Accept header of each kind of request.
var accept = map[kind]string{
	kindFeed:   "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1",
	kindPage:   "text/html, application/xhtml+xml;q=0.9",
	kindRobots: "text/plain",
}

// read takes a response's body, capped, after checking its status and
// content type.
func (f *Fetcher) read(resp *http.Response, k kind) (*response, error) {
	out := &response{status: resp.StatusCode, url: resp.Request.URL.String(), contentType: resp.Header.Get("Content-Type"),
		etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified {
		return out, nil
	}
	if k == kindRobots {
		out.body, _ = readCapped(resp.Body, min(f.opt.MaxBytes, 512<<10))
		return out, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > f.opt.MaxBytes {
		return nil, fmt.Errorf("body of %d bytes is larger than fetch.max_bytes (%d)", resp.ContentLength, f.opt.MaxBytes)
	}
	body, err := readCapped(resp.Body, f.opt.MaxBytes)
	if err != nil {
		return nil, err
	}
	out.body = body
	if out.contentType == "" {
		out.contentType = http.DetectContentType(body)
	}
	mt, _, _ := mime.ParseMediaType(out.contentType)
	switch k {
	case kindFeed:
		if !strings.Contains(mt, "xml") && !strings.Contains(mt, "json") && !strings.Contains(mt, "rss") && !strings.Contains(mt, "atom") && mt != "text/plain" {
			return nil, fmt.Errorf("content type %q is not a feed", mt)
		}
	case kindPage:
		if mt != "text/html" && mt != "application/xhtml+xml" {
			return nil, fmt.Errorf("content type %q is not an HTML page", mt)
		}
	}
	return out, nil
}

// readCapped reads r to its end, failing once it passes max bytes: the
// size is counted as the body streams, whatever Content-Length said.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, cleanError(err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("body larger than fetch.max_bytes (%d)", max)
	}
	return b, nil
}

// backoff is the wait before attempt+1: RetryBase doubled each attempt,
// with ±50% jitter.
func (f *Fetcher) backoff(attempt int) time.Duration {
	d := f.opt.RetryBase << min(attempt, 16)
	return d/2 + time.Duration(rand.Int64N(int64(d)+1))
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(h string, now time.Time) (time.Duration, bool) {
	if h == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(strings.TrimSpace(h)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(h); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// cleanError drops the method and address net/http puts before an error
// (the failure is reported with its address already).
func cleanError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// limiter is the rate limiter of host.
func (f *Fetcher) limiter(host string) *rate.Limiter {
	f.mu.Lock()
	defer f.mu.Unlock()
	l, ok := f.limiters[host]
	if !ok {
		l = rate.NewLimiter(rate.Limit(f.opt.Rate), 1)
		f.limiters[host] = l
	}
	return l
}

// robotsAgent is the name econtrack looks for in robots.txt.
const robotsAgent = "econtrack"

// allowed checks u against its host's robots.txt, read once a fetch. A
// robots.txt that is missing (4xx) allows everything; one the server fails
// to give (5xx, unreachable) allows nothing, as RFC 9309 says.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) error {
	origin := u.Scheme + "://" + u.Host
	f.mu.Lock()
	g, ok := f.robots[origin]
	f.mu.Unlock()
	if !ok {
		resp, err := f.get(ctx, origin+"/robots.txt", kindRobots, "", "")
		var data *robotstxt.RobotsData
		switch {
		case err != nil:
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var pe *PrivateAddressError
			if errors.As(err, &pe) {
				return pe
			}
			return fmt.Errorf("robots.txt of %s unreachable (%v): nothing is fetched from it", u.Host, err)
		default:
			data, err = robotstxt.FromStatusAndBytes(resp.status, resp.body)
			if err != nil {
				data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
			}
		}
		g = data.FindGroup(robotsAgent)
		f.mu.Lock()
		f.robots[origin] = g
		f.mu.Unlock()
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !g.Test(cmpOr(path, "/")) {
		return fmt.Errorf("disallowed by %s/robots.txt", origin)
	}
	return nil
}
