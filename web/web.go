// Package web serves the stored observations for review (econtrack serve)
// and writes the same overview and tables as a self-contained HTML report
// (out/report/index.html). Every point links to the sentence it was read
// from; reviewers accept, reject or correct observations, and their
// decisions are stored, so that every later run and report applies them.
//
// Pages are rendered on the server with html/template, which escapes every
// text taken from an article; the styles are embedded and the pages run no
// script. The package reads and writes through Source, never a database
// driver: the store is wired in by the command.
package web

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"iter"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/econtrack/econtrack/charts"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// Query selects observations, as the store's filter does.
type Query struct {
	Indicator string
	Entities  []string // exact set, sorted; nil for every group
	// AsOf (YYYY-MM-DD) keeps documents published on or before that day.
	AsOf string
	// Rejected also returns the observations reviewers rejected.
	Rejected bool
}

// Source is what the pages read and the review actions write.
type Source interface {
	// Groups ranges over the current observations q selects, one
	// indicator and entity group at a time, reviews applied.
	Groups(ctx context.Context, q Query) iter.Seq2[[]model.Record, error]
	// Document returns the stored document at path; false when there is
	// none.
	Document(ctx context.Context, path string) (model.Document, bool, error)
	// Reviews lists every decision stored, oldest first.
	Reviews(ctx context.Context) ([]model.Review, error)
	// Stamp changes whenever what Groups returns may have changed.
	Stamp(ctx context.Context) (string, error)
	// PutReviews stores decisions and returns how many were new.
	PutReviews(ctx context.Context, reviews []model.Review) (int, error)
}

// Options configure the pages.
type Options struct {
	Source  Source
	Catalog []indicators.Indicator
	// Charts draws the indicator pages' charts.
	Charts charts.Options
	// Rule picks a period's headline value.
	Rule model.HeadlineRule
	// Lang is the language of the pages: en, ar (right to left) or ru.
	Lang string
	// AsOf, when set, is the day the pages show what had been published
	// by; a page's own as_of parameter overrides it.
	AsOf string
	// Token, when set, must accompany every request: as a bearer token, or
	// once as ?token= (the page then keeps it in a cookie).
	Token string
	// Reviewer names who the decisions made through the pages are by.
	Reviewer string
	// Text reads the text of the document at path as the corpus has it now,
	// and its hash, for the document's page and for highlighting figures
	// (only where the hash is the stored one); nil shows the stored
	// sentences only.
	Text func(ctx context.Context, path string) (text, hash string, err error)
	// Explain says what became of every quantity of the text of the
	// document at path as the corpus has it now (the text Text returns);
	// nil shows the text without marks.
	Explain func(ctx context.Context, path string) ([]indicators.Decision, error)
	// Log receives the errors pages show as 500.
	Log *slog.Logger
	// Now is the clock; nil is time.Now.
	Now func() time.Time
}

//go:embed templates/*.tmpl templates/style.css
var assets embed.FS

// maxBody is the largest request body a review action reads.
const maxBody = 64 << 10

// pageSize is how many observations an indicator page lists at a time.
const pageSize = 50

// Server is the review application: an http.Handler.
type Server struct {
	opt     Options
	tmpl    *template.Template
	mux     *http.ServeMux
	csrf    string
	catalog map[string]indicators.Indicator
	words   labels

	// overviewMu guards the overviews computed, by the day they are as
	// of, each kept with the source's stamp it was computed at.
	overviewMu sync.Mutex
	overviews  map[string]overviewCache

	// texts caches the latest documents' texts by hash.
	textMu sync.Mutex
	texts  map[string]string
	order  []string
}

// overviewCache is an overview as computed at a stamp of the source.
type overviewCache struct {
	stamp string
	rows  []seriesRow
	// done is closed when the computation running in the background ends;
	// nil when none runs.
	done chan struct{}
}

// NewServer checks opt and builds the application.
func NewServer(opt Options) (*Server, error) {
	if opt.Source == nil {
		return nil, errors.New("web: no source")
	}
	if opt.Lang == "" {
		opt.Lang = "en"
	}
	words, ok := languages[opt.Lang]
	if !ok {
		return nil, fmt.Errorf("web: language %q: want en, ar or ru", opt.Lang)
	}
	if opt.Rule == "" {
		opt.Rule = model.HeadlineLatest
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Reviewer == "" {
		opt.Reviewer = "reviewer"
	}
	tmpl, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	s := &Server{opt: opt, tmpl: tmpl, csrf: hex.EncodeToString(b), catalog: map[string]indicators.Indicator{}, words: words, texts: map[string]string{}, overviews: map[string]overviewCache{}}
	for _, in := range opt.Catalog {
		s.catalog[in.ID] = in
	}
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("GET /{$}", s.overview)
	s.mux.HandleFunc("GET /indicator/{id}", s.indicator)
	s.mux.HandleFunc("GET /document", s.document)
	s.mux.HandleFunc("POST /review", s.review)
	return s, nil
}

// parseTemplates parses the embedded templates with the functions they use.
func parseTemplates() (*template.Template, error) {
	style, err := fs.ReadFile(assets, "templates/style.css")
	if err != nil {
		return nil, err
	}
	return template.New("").Funcs(template.FuncMap{
		"style":    func() template.CSS { return template.CSS(style) },
		"actions":  actionsOf,
		"langs":    func() []string { return []string{"ar", "en", "ru"} },
		"statuses": func() []string { return []string{"unreviewed", "accepted", "corrected", "rejected"} },
	}).ParseFS(assets, "templates/*.tmpl")
}

// ServeHTTP checks the token, sets the headers every page gets and routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	if s.opt.Token != "" && !s.authorized(w, r) {
		return
	}
	s.mux.ServeHTTP(w, r)
}

// tokenCookie keeps the token in the browser after a ?token= visit.
const tokenCookie = "econtrack_token"

// authorized reports whether r carries the server's token, as a bearer
// token or a cookie; otherwise it has answered: with the cookie and a
// redirect to the same page without it for ?token=, else 401.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	same := func(t string) bool { return subtle.ConstantTimeCompare([]byte(t), []byte(s.opt.Token)) == 1 }
	if t, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && same(t) {
		return true
	}
	if c, err := r.Cookie(tokenCookie); err == nil && same(c.Value) {
		return true
	}
	if t := r.URL.Query().Get("token"); t != "" && same(t) {
		http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: t, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		if r.Method == http.MethodGet {
			// Take the token out of the address bar (and the history).
			u := *r.URL
			q := u.Query()
			q.Del("token")
			u.RawQuery = q.Encode()
			http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
			return false
		}
		return true
	}
	http.Error(w, "401 unauthorized: this server needs its token (ECONTRACK_SERVE_TOKEN): open the address with ?token=…", http.StatusUnauthorized)
	return false
}

// fail logs err and answers 500, or 499-like silence when the client left.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() != nil {
		return
	}
	s.opt.Log.Error("page failed", "path", r.URL.Path, "err", err)
	http.Error(w, "500 internal error: "+err.Error(), http.StatusInternalServerError)
}
