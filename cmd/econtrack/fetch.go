package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"regexp"
	"slices"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/fetch"
	"github.com/econtrack/econtrack/store"
)

func newFetchCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "fetch",
		Short: "Fetch the configured news feeds and pages into the corpus",
		Long: `Fetch every source of the configuration's "sources": each feed (RSS 2.0,
Atom, RSS 1.0, JSON Feed) and the pages its items link to, and each listed
page, into the corpus folder, one subfolder per source: the page as fetched
(decoded to UTF-8) as NAME.html and its metadata as NAME.meta.yaml. NAME is
derived from the page's address, so a second fetch writes nothing new; feeds
are asked for conditionally (ETag, Last-Modified, kept in the store).

It prints what it did as JSON, as run.json's "fetched" says it: feeds,
items, new, not_modified and failed (each address with its reason). A failed
source is reported; the others go on. It exits 1 when every address failed.
The feeds' validators are kept in the store (store.dsn, default
out/econtrack.db).`,
		Example: "  econtrack fetch\n  econtrack run --fetch",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			return runFetch(cmd.Context(), g, cfg)
		},
	}
}

func runFetch(ctx context.Context, g *globals, cfg *config.Config) error {
	if len(cfg.NewsSources) == 0 {
		return usageErrorf("no sources: add a feed or pages under \"sources\" in the configuration (econtrack config show lists the keys)")
	}
	st, err := store.Open(ctx, cfg.StoreDSN())
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := fetchSources(ctx, cfg, newLogger(g, cfg), st)
	if err != nil {
		return err
	}
	b, _ := json.MarshalIndent(rep, "", "  ")
	fmt.Fprintln(g.stdout, string(b))
	if len(rep.Failed) > 0 && rep.Feeds == 0 && rep.New == 0 {
		// Nothing reached: under cron or systemd this must not pass
		// for a quiet day.
		return fmt.Errorf("fetch: every address failed; the first: %s: %s", rep.Failed[0].URL, rep.Failed[0].Reason)
	}
	return nil
}

// fetchSources fetches the configured sources into the corpus folder,
// keeping feed validators in st.
func fetchSources(ctx context.Context, cfg *config.Config, log *slog.Logger, st store.Store) (fetch.Report, error) {
	if fi, err := os.Stat(cfg.Corpus.Path); err == nil && !fi.IsDir() {
		return fetch.Report{}, fmt.Errorf("fetch: corpus %s is a file: articles are fetched into a folder", cfg.Corpus.Path)
	}
	var sources []fetch.Source
	for _, name := range slices.Sorted(maps.Keys(cfg.NewsSources)) {
		s := cfg.NewsSources[name]
		src := fetch.Source{Name: name, Feed: s.Feed, URLs: s.URLs, Lang: s.Lang}
		for _, re := range s.Include {
			src.Include = append(src.Include, regexp.MustCompile(re)) // validated with the configuration
		}
		for _, re := range s.Exclude {
			src.Exclude = append(src.Exclude, regexp.MustCompile(re))
		}
		sources = append(sources, src)
	}
	f, err := fetch.New(fetch.Options{Sources: sources, Dir: cfg.Corpus.Path, State: st, Version: version, Contact: cfg.Fetch.Contact,
		Rate: cfg.Fetch.Rate, MaxBytes: cfg.Fetch.MaxBytes, Timeout: cfg.Fetch.Timeout, Retries: cfg.Fetch.Retries,
		AllowPrivate: cfg.Fetch.AllowPrivate, Log: log})
	if err != nil {
		return fetch.Report{}, err
	}
	return f.Run(ctx)
}
