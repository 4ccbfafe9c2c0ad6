package main

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/user"
	"time"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/corpus"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store"
	"github.com/econtrack/econtrack/web"
)

type serveOptions struct {
	addr     string
	asOf     string
	reviewer string
}

// serveTokenEnv names the variable that holds the token a server bound
// beyond this machine requires.
const serveTokenEnv = "ECONTRACK_SERVE_TOKEN"

func newServeCommand(g *globals) *cobra.Command {
	var opts serveOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Review the stored observations in the browser",
		Long: `Serve the stored observations for review on 127.0.0.1:8080: an overview of
every series, a page per indicator with its chart and every observation with
the sentence it was read from, and a page per document with every quantity
found and what became of it. Accept, reject or correct an observation there:
the decision is stored and applies to every later run, chart, workbook and
export, for as long as the document is unchanged.

Binding to another address than loopback needs --addr and a token in
` + serveTokenEnv + `; every request must then carry it (open the page once
with ?token=…). The server stops gracefully on Ctrl-C or SIGTERM.`,
		Example: "  econtrack serve\n  econtrack serve --as-of 2025-06-30\n  ECONTRACK_SERVE_TOKEN=s3cret econtrack serve --addr 0.0.0.0:8080",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			if err := checkAsOf(opts.asOf); err != nil {
				return err
			}
			token := os.Getenv(serveTokenEnv)
			if err := checkServeAddr(opts.addr, token); err != nil {
				return err
			}
			return runServe(cmd.Context(), g, cfg, opts, token)
		},
	}
	cmd.Flags().StringVar(&opts.addr, "addr", "127.0.0.1:8080", "address to listen on (beyond loopback only with "+serveTokenEnv+")")
	cmd.Flags().StringVar(&opts.asOf, "as-of", "", "show only what documents published on or before this day (YYYY-MM-DD) reported")
	cmd.Flags().StringVar(&opts.reviewer, "reviewer", "", "name the decisions are stored under (default: the user name)")
	return cmd
}

// checkServeAddr refuses an address that is not host:port, and one beyond
// loopback without a token.
func checkServeAddr(addr, token string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return usageErrorf("--addr %q: want host:port, such as 127.0.0.1:8080", addr)
	}
	if token != "" {
		return nil
	}
	if ip := net.ParseIP(host); host == "localhost" || ip != nil && ip.IsLoopback() {
		return nil
	}
	return usageErrorf("--addr %q listens beyond this machine: set %s to a token every request must carry", addr, serveTokenEnv)
}

func runServe(ctx context.Context, g *globals, cfg *config.Config, opts serveOptions, token string) error {
	log := newLogger(g, cfg)
	st, err := store.OpenExisting(ctx, cfg.StoreDSN())
	if err != nil {
		return err
	}
	defer st.Close()
	srv, err := newReviewServer(cfg, st, opts, token, log)
	if err != nil {
		return err
	}
	if err := srv.Warm(ctx); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 2 * time.Minute,
		IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	fmt.Fprintln(g.stdout, "econtrack serve: "+serveURL(ln.Addr()))
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("serve: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// newReviewServer wires the review pages to st and to the configured corpus
// (for the articles' text) and catalog.
func newReviewServer(cfg *config.Config, st store.Store, opts serveOptions, token string, log *slog.Logger) (*web.Server, error) {
	catalog := cfg.Catalog()
	x, err := indicators.NewExtractor(catalog)
	if err != nil {
		return nil, &usageError{fmt.Errorf("indicator catalog: %w", err)}
	}
	reviewer := opts.reviewer
	if reviewer == "" {
		if u, err := user.Current(); err == nil {
			reviewer = u.Username
		}
	}
	copts := corpus.Options{MaxBytes: cfg.Corpus.MaxBytes}
	return web.NewServer(web.Options{
		Source:  storeSource{st},
		Catalog: catalog, Charts: cfg.ChartOptions(version), Rule: cfg.Indicators.Headline, Lang: cfg.Charts.Lang,
		AsOf: opts.asOf, Token: token, Reviewer: reviewer, Log: log,
		Text: func(ctx context.Context, path string) (string, string, error) {
			d, err := corpus.ReadOne(ctx, cfg.Corpus.Path, path, copts)
			return d.Text, d.Hash, err
		},
		Explain: func(ctx context.Context, path string) ([]indicators.Decision, error) {
			d, err := corpus.ReadOne(ctx, cfg.Corpus.Path, path, copts)
			if err != nil {
				return nil, err
			}
			res, err := x.Explain(ctx, indicators.Doc{Path: d.Path, Lang: d.Lang, Text: d.Text, Published: d.Ref, Source: d.Source, URL: d.URL})
			return res.Decisions, err
		},
	})
}

// serveURL is the address to open for a listener: on every interface
// ("0.0.0.0:8080", "[::]:8080"), this machine's loopback, saying so.
func serveURL(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || !tcp.IP.IsUnspecified() {
		return "http://" + addr.String() + "/"
	}
	return fmt.Sprintf("http://127.0.0.1:%d/ (listening on every interface, port %d)", tcp.Port, tcp.Port)
}

// storeSource is the store as the review pages see it.
type storeSource struct{ st store.Store }

func (s storeSource) Groups(ctx context.Context, q web.Query) iter.Seq2[[]model.Record, error] {
	return s.st.ObservationGroups(ctx, store.Filter{Indicator: q.Indicator, Entities: q.Entities, AsOf: q.AsOf, Rejected: q.Rejected})
}

func (s storeSource) Document(ctx context.Context, path string) (model.Document, bool, error) {
	return s.st.Document(ctx, path)
}

func (s storeSource) Reviews(ctx context.Context) ([]model.Review, error) { return s.st.Reviews(ctx) }

func (s storeSource) Stamp(ctx context.Context) (string, error) { return s.st.Stamp(ctx) }

func (s storeSource) PutReviews(ctx context.Context, reviews []model.Review) (int, error) {
	return s.st.PutReviews(ctx, reviews)
}
