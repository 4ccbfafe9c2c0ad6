// Package config loads econtrack's configuration: built-in defaults
// (defaults.yaml, embedded in the binary), an optional YAML file, ECONTRACK_*
// environment variables and command-line flags, in increasing order of
// precedence. Decoding is strict: an unknown key, a value of the wrong type or
// an invalid value is a *Error naming the key and where it came from.
package config

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/econtrack/econtrack/charts"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store/dsn"
)

//go:embed defaults.yaml
var defaultsYAML []byte

// DefaultsYAML returns the embedded default configuration file, comments
// included; it documents every key.
func DefaultsYAML() []byte { return bytes.Clone(defaultsYAML) }

// EnvPrefix starts the name of every environment variable that sets a key:
// ECONTRACK_ followed by the key upper-cased with dots as underscores.
const EnvPrefix = "ECONTRACK"

// Config is the effective configuration.
type Config struct {
	Corpus     Corpus     `mapstructure:"corpus"`
	Out        string     `mapstructure:"out"` // artefacts folder
	Store      Store      `mapstructure:"store"`
	Log        Log        `mapstructure:"log"`
	Run        Run        `mapstructure:"run"`
	Indicators Indicators `mapstructure:"indicators"`
	Charts     Charts     `mapstructure:"charts"`
	Workbook   Workbook   `mapstructure:"workbook"`
	Schedule   Schedule   `mapstructure:"schedule"`
	Report     Report     `mapstructure:"report"`
	// Sources are the news feeds and pages econtrack fetch reads into the
	// corpus, by name.
	NewsSources map[string]Source `mapstructure:"sources"`
	Fetch       Fetch             `mapstructure:"fetch"`

	// File is the configuration file that was read, "" if none.
	File string `mapstructure:"-"`
	// Hash is the hex SHA-256 of File's content, "" if none.
	Hash string `mapstructure:"-"`

	settings []Setting
}

// Corpus configures the documents read.
type Corpus struct {
	Path     string `mapstructure:"path"`      // folder or single file
	MaxBytes int64  `mapstructure:"max_bytes"` // larger files are skipped
	// ID names the corpus in a store that several corpora share; "" means
	// the corpus folder's absolute path (see Config.CorpusID).
	ID string `mapstructure:"id"`
}

// Source is a news feed (RSS 2.0, Atom, RSS 1.0) whose items' pages are
// fetched, or a list of page addresses.
type Source struct {
	Feed string   `mapstructure:"feed"` // http(s) address of the feed
	URLs []string `mapstructure:"urls"` // http(s) addresses of pages
	// Lang is the language of the source's articles (ar, en, ru); "" lets
	// the corpus reader detect it.
	Lang string `mapstructure:"lang"`
	// Include keeps only the items whose title or link matches one of
	// these regular expressions; Exclude drops those matching one.
	Include []string `mapstructure:"include"`
	Exclude []string `mapstructure:"exclude"`
}

// Fetch is how econtrack fetch behaves on the web.
type Fetch struct {
	// Contact (a URL or address) is put in the User-Agent so that a site
	// can reach whoever runs the fetcher.
	Contact string `mapstructure:"contact"`
	// Rate is the most requests a second to one host.
	Rate float64 `mapstructure:"rate"`
	// MaxBytes is the largest body read; a larger one is a failure.
	MaxBytes int64 `mapstructure:"max_bytes"`
	// Timeout bounds one request, from connecting to the end of its body.
	Timeout time.Duration `mapstructure:"timeout"`
	// Retries is how many times a request answered 429 or 5xx (or that
	// timed out) is tried again, with exponential backoff and jitter.
	Retries int `mapstructure:"retries"`
	// AllowPrivate lets sources on private, loopback and link-local
	// addresses be fetched (tests, an intranet feed).
	AllowPrivate bool `mapstructure:"allow_private"`
}

// Report configures what the artefacts show.
type Report struct {
	// Corpora lists the corpus ids whose documents the charts, workbook
	// and exports show; empty shows every corpus in the store.
	Corpora []string `mapstructure:"corpora"`
}

// Store configures the database.
type Store struct {
	// DSN is "" (<out>/econtrack.db), a SQLite path or sqlite://PATH, or a
	// postgres:// URL. Print it only through dsn.Redact.
	DSN string `mapstructure:"dsn"`
}

// Log configures log/slog output on stderr.
type Log struct {
	Level  string `mapstructure:"level"`  // debug, info, warn, error
	Format string `mapstructure:"format"` // text, json
}

// Run configures the run lock.
type Run struct {
	Lock        string        `mapstructure:"lock"`         // wait, fail
	LockTimeout time.Duration `mapstructure:"lock_timeout"` // 0 waits forever
	// Cooperate lets several runs, on several machines, read one corpus
	// together through one PostgreSQL store: they share the run lock and
	// the corpus's new and changed documents, and the last to finish
	// writes the artefacts.
	Cooperate bool `mapstructure:"cooperate"`
}

// Indicators configures the indicator catalog.
type Indicators struct {
	Headline model.HeadlineRule `mapstructure:"headline"`
	// Catalog is keyed by indicator id; the entries' ID fields are empty,
	// use Config.Catalog for the filled, sorted list.
	Catalog map[string]indicators.Indicator `mapstructure:"catalog"`
}

// Charts configures the chart files.
type Charts struct {
	Formats []string `mapstructure:"formats"` // png, svg
	Width   int      `mapstructure:"width"`   // pixels
	Height  int      `mapstructure:"height"`  // pixels
	DPI     int      `mapstructure:"dpi"`
	Lang    string   `mapstructure:"lang"`    // en, ar, ru
	Palette []string `mapstructure:"palette"` // "#rrggbb", by sorted entity group
	Theme   Theme    `mapstructure:"theme"`
	// MinConfidence leaves observations the extractor is less sure of out
	// of the charts (0–1); the workbook and exports keep them all.
	MinConfidence float64 `mapstructure:"min_confidence"`
}

// Theme holds chart typography.
type Theme struct {
	TitleSize float64 `mapstructure:"title_size"` // points
	FontSize  float64 `mapstructure:"font_size"`  // points
	Grid      bool    `mapstructure:"grid"`
}

// Workbook configures the XLSX workbook.
type Workbook struct {
	Enabled bool   `mapstructure:"enabled"`
	Lang    string `mapstructure:"lang"` // en, ar, ru
}

// Schedule configures recurring runs.
type Schedule struct {
	Cron            string        `mapstructure:"cron"`     // 5-field cron or @daily, @every 1h, ...
	Timezone        string        `mapstructure:"timezone"` // IANA name
	RunOnStart      bool          `mapstructure:"run_on_start"`
	ShutdownTimeout time.Duration `mapstructure:"shutdown_timeout"`
	Watch           bool          `mapstructure:"watch"`
	WatchDelay      time.Duration `mapstructure:"watch_delay"`
	// Fetch makes every scheduled run fetch the sources first.
	Fetch bool `mapstructure:"fetch"`
}

// Catalog returns the indicator catalog sorted by id, each entry's ID
// filled from its key.
func (c *Config) Catalog() []indicators.Indicator {
	out := make([]indicators.Indicator, 0, len(c.Indicators.Catalog))
	for id, in := range c.Indicators.Catalog {
		in.ID = id
		out = append(out, in)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// CorpusID returns the id of the corpus in the store: corpus.id, or the
// corpus folder's absolute, cleaned path when corpus.id is empty.
func (c *Config) CorpusID() string {
	if c.Corpus.ID != "" {
		return c.Corpus.ID
	}
	if abs, err := filepath.Abs(c.Corpus.Path); err == nil {
		return abs
	}
	return filepath.Clean(c.Corpus.Path)
}

// StoreDSN returns the effective store DSN: store.dsn, or the SQLite file
// econtrack.db in the out folder when store.dsn is empty.
func (c *Config) StoreDSN() string {
	if c.Store.DSN == "" {
		return filepath.Join(c.Out, "econtrack.db")
	}
	return c.Store.DSN
}

// Setting is one effective key, for `econtrack config show`.
type Setting struct {
	Key   string `json:"key"`
	Value string `json:"value"` // passwords in store.dsn redacted
	// Source is "default", "file PATH", "env NAME" or "flag --NAME".
	Source string `json:"source"`
}

// Sources lists every effective key (leaf) sorted by key, with its value as
// a string and where it came from. The store.dsn password is redacted.
func (c *Config) Sources() []Setting { return append([]Setting(nil), c.settings...) }

// Error is a configuration problem: an unknown key, a value of the wrong
// type or an invalid value. The CLI exits with status 2 on it.
type Error struct {
	Key    string // dotted key, e.g. "corpus.max_bytes"; "" for the whole file
	File   string // the configuration file the value came from, "" if none
	Line   int    // line in File, 0 if unknown
	Source string // where the value came from when not a file: "env NAME", "flag --NAME", "default"
	Err    error
}

// Error returns "FILE:LINE: KEY: problem" (or the env/flag source in place
// of the file).
func (e *Error) Error() string {
	where := e.File
	if where != "" && e.Line > 0 {
		where = fmt.Sprintf("%s:%d", where, e.Line)
	}
	if where == "" {
		where = e.Source
	}
	if where == "" {
		where = "configuration"
	}
	if e.Key == "" {
		return fmt.Sprintf("%s: %v", where, e.Err)
	}
	return fmt.Sprintf("%s: %s: %v", where, e.Key, e.Err)
}

// Unwrap returns the underlying problem.
func (e *Error) Unwrap() error { return e.Err }

// DefaultFlagKeys returns how the global command-line flags map to
// configuration keys: --corpus, --out, --log-level, --log-format, --dsn.
func DefaultFlagKeys() map[string]string {
	return map[string]string{
		"corpus":     "corpus.path",
		"out":        "out",
		"log-level":  "log.level",
		"log-format": "log.format",
		"dsn":        "store.dsn",
	}
}

// LoadOptions says where Load looks.
type LoadOptions struct {
	// ConfigFile is the --config path; "" searches ./econtrack.yaml, then
	// $XDG_CONFIG_HOME/econtrack/config.yaml (~/.config when unset). A
	// ConfigFile that does not exist is an error.
	ConfigFile string
	// Flags are the command-line flags; only flags the user changed are
	// applied. Nil means none.
	Flags *pflag.FlagSet
	// FlagKeys maps flag names to keys; nil means DefaultFlagKeys(). A changed
	// flag not in the map is applied when its name, with "-" read as "_" or
	// ".", is a key; otherwise it is not configuration and is ignored.
	FlagKeys map[string]string
	// LookupEnv reads the environment; nil means os.LookupEnv.
	LookupEnv func(string) (string, bool)
	// Environ lists the environment ("NAME=value"), to find ECONTRACK_*
	// variables that set no key (a misspelt name). Nil means os.Environ
	// when LookupEnv is nil too, and no check otherwise.
	Environ func() []string
	// Dir is the folder searched for econtrack.yaml; "" means the current
	// directory.
	Dir string
}

// Load reads the configuration: defaults < file < environment < flags. Any
// problem with a key is returned as a *Error; a missing --config file too.
func Load(opts LoadOptions) (*Config, error) { return load(opts, true) }

// load is Load; search false reads no file unless opts.ConfigFile names one.
func load(opts LoadOptions, search bool) (*Config, error) {
	lookup := opts.LookupEnv
	if lookup == nil {
		lookup = os.LookupEnv
	}
	flagKeys := opts.FlagKeys
	if flagKeys == nil {
		flagKeys = DefaultFlagKeys()
	}

	defTree, err := parseTree(defaultsYAML, "defaults.yaml", "default")
	if err != nil {
		return nil, fmt.Errorf("built-in defaults: %w", err)
	}

	var fileTree *tree
	file, content, err := findFile(opts, lookup, search)
	if err != nil {
		return nil, err
	}
	if file != "" {
		fileTree, err = parseTree(content, file, "file "+file)
		if err != nil {
			return nil, err
		}
	}

	v := viper.New()
	sources := map[string]*origin{}
	for _, l := range defTree.leaves {
		v.SetDefault(l.key, l.value)
		sources[l.key] = l.origin
	}
	if fileTree != nil {
		if err := v.MergeConfigMap(fileTree.nested()); err != nil {
			return nil, &Error{File: file, Err: err}
		}
		for _, l := range fileTree.leaves {
			sources[l.key] = l.origin
		}
	}

	// Environment: every leaf the schema allows for the keys now known.
	envTree := &tree{}
	leaves := schemaLeaves(configType, "", v.AllSettings())
	if err := checkEnvNames(opts, leaves); err != nil {
		return nil, err
	}
	for _, k := range leaves {
		name := EnvName(k.key)
		s, ok := lookup(name)
		if !ok {
			continue
		}
		o := &origin{source: "env " + name}
		val, err := parseString(s, k.typ)
		if err != nil {
			return nil, &Error{Key: k.key, Source: o.source, Err: err}
		}
		envTree.leaves = append(envTree.leaves, leaf{key: k.key, value: val, origin: o})
		sources[k.key] = o
	}
	if err := v.MergeConfigMap(envTree.nested()); err != nil {
		return nil, err
	}

	// Flags the user changed.
	if opts.Flags != nil {
		known := map[string]reflect.Type{}
		for _, k := range schemaLeaves(configType, "", v.AllSettings()) {
			known[k.key] = k.typ
		}
		var ferr error
		opts.Flags.Visit(func(f *pflag.Flag) {
			if ferr != nil {
				return
			}
			key, ok := flagKeys[f.Name]
			if !ok {
				for _, cand := range []string{strings.ReplaceAll(f.Name, "-", "_"), strings.ReplaceAll(f.Name, "-", ".")} {
					if _, found := known[cand]; found {
						key, ok = cand, true
						break
					}
				}
			}
			typ, found := known[key]
			if !ok || !found {
				return
			}
			o := &origin{source: "flag --" + f.Name}
			var val any
			var err error
			if sv, isSlice := f.Value.(pflag.SliceValue); isSlice && typ.Kind() == reflect.Slice {
				val = toAnySlice(sv.GetSlice())
			} else {
				val, err = parseString(f.Value.String(), typ)
			}
			if err != nil {
				ferr = &Error{Key: key, Source: o.source, Err: err}
				return
			}
			v.Set(key, val)
			sources[key] = o
		})
		if ferr != nil {
			return nil, ferr
		}
	}

	cfg := &Config{File: file}
	if file != "" {
		sum := sha256.Sum256(content)
		cfg.Hash = hex.EncodeToString(sum[:])
	}
	decodeErr := v.UnmarshalExact(cfg, func(dc *mapstructure.DecoderConfig) {
		dc.WeaklyTypedInput = false
		dc.DecodeHook = mapstructure.StringToTimeDurationHookFunc()
	})
	if decodeErr != nil {
		// Values were type-checked above, so this is a bug or a schema
		// mismatch; still report it as a configuration error.
		return nil, &Error{File: file, Err: decodeErr}
	}

	if p := validate(cfg); p != nil {
		e := &Error{Key: p.key, Err: p.err}
		if o := originOf(sources, p.key); o != nil {
			e.File, e.Line, e.Source = o.file, o.line, o.source
			if o.file != "" {
				e.Source = ""
			}
		}
		return nil, e
	}

	cfg.settings = settings(v.AllSettings(), sources)
	return cfg, nil
}

// notConfig are the ECONTRACK_ variables a command reads itself: the
// secret of econtrack serve stays out of the configuration (and out of
// config show).
var notConfig = map[string]bool{"ECONTRACK_SERVE_TOKEN": true}

// Default returns the built-in configuration: no file, no environment, no
// flags.
func Default() (*Config, error) {
	return load(LoadOptions{LookupEnv: func(string) (string, bool) { return "", false }}, false)
}

// checkEnvNames refuses an ECONTRACK_* variable that sets no key: a
// misspelt ECONTRACK_CHART_WIDTH would otherwise be ignored without a word.
// Variables starting ECONTRACK_TEST_ belong to the test suites; those of
// notConfig are read by a command, not the configuration.
func checkEnvNames(opts LoadOptions, leaves []leafKey) error {
	environ := opts.Environ
	if environ == nil {
		if opts.LookupEnv != nil {
			return nil
		}
		environ = os.Environ
	}
	names := map[string]reflect.Type{}
	for _, k := range leaves {
		names[EnvName(k.key)] = k.typ
	}
	var unknown []string
	for _, kv := range environ() {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, EnvPrefix+"_") && !strings.HasPrefix(name, EnvPrefix+"_TEST_") && names[name] == nil && !notConfig[name] {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	return &Error{Source: "env " + unknown[0], Err: fmt.Errorf("%s sets no configuration key%s; `econtrack config show` lists the keys, each set by ECONTRACK_ and the key in capitals with _ for dots", unknown[0], suggest(unknown[0], names))}
}

// EnvName returns the environment variable that sets key, e.g.
// ECONTRACK_STORE_DSN for store.dsn.
func EnvName(key string) string {
	return EnvPrefix + "_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// originOf finds where key was set; for a missing key or a map or struct
// key, the user's (non-default) setting nearest to it.
func originOf(sources map[string]*origin, key string) *origin {
	if o, ok := sources[key]; ok {
		return o
	}
	keys := make([]string, 0, len(sources))
	for k := range sources {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for k := key; k != ""; {
		var first *origin
		for _, sk := range keys {
			if !strings.HasPrefix(sk, k+".") {
				continue
			}
			if sources[sk].source != "default" {
				// The user's setting is what made it invalid.
				return sources[sk]
			}
			if first == nil {
				first = sources[sk]
			}
		}
		if first != nil {
			return first
		}
		i := strings.LastIndex(k, ".")
		if i < 0 {
			break
		}
		k = k[:i]
	}
	return nil
}

// findFile returns the configuration file to read and its content.
func findFile(opts LoadOptions, lookup func(string) (string, bool), search bool) (string, []byte, error) {
	if opts.ConfigFile != "" {
		b, err := os.ReadFile(opts.ConfigFile)
		if err != nil {
			return "", nil, &Error{File: opts.ConfigFile, Err: fmt.Errorf("cannot read config file: %w", err)}
		}
		return opts.ConfigFile, b, nil
	}
	if !search {
		return "", nil, nil
	}
	var cands []string
	cands = append(cands, filepath.Join(opts.Dir, "econtrack.yaml"))
	if x, ok := lookup("XDG_CONFIG_HOME"); ok && x != "" {
		cands = append(cands, filepath.Join(x, "econtrack", "config.yaml"))
	} else if h, ok := lookup("HOME"); ok && h != "" {
		cands = append(cands, filepath.Join(h, ".config", "econtrack", "config.yaml"))
	}
	for _, c := range cands {
		b, err := os.ReadFile(c)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return "", nil, &Error{File: c, Err: fmt.Errorf("cannot read config file: %w", err)}
		}
		return c, b, nil
	}
	return "", nil, nil
}

// settings flattens the effective settings for Sources.
func settings(all map[string]any, sources map[string]*origin) []Setting {
	var out []Setting
	for _, k := range schemaLeaves(configType, "", all) {
		val, ok := lookupPath(all, k.key)
		if !ok {
			continue
		}
		s := Setting{Key: k.key, Value: formatValue(val), Source: "default"}
		if o := sources[k.key]; o != nil {
			s.Source = o.source
		}
		if k.key == "store.dsn" {
			s.Value = dsn.Redact(s.Value)
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func lookupPath(m map[string]any, key string) (any, bool) {
	parts := strings.Split(key, ".")
	var cur any = m
	for _, p := range parts {
		mm, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		cur, ok = mm[p]
		if !ok {
			return nil, false
		}
	}
	return cur, true
}

func formatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = fmt.Sprint(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []string:
		return "[" + strings.Join(x, ", ") + "]"
	}
	return fmt.Sprint(v)
}

func toAnySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// ChartOptions maps the charts.* settings to the renderer's options; the
// renderer validates them (Options.Validate), for config validate and run
// alike.
func (c *Config) ChartOptions(version string) charts.Options {
	return charts.Options{
		Formats: c.Charts.Formats, Width: c.Charts.Width, Height: c.Charts.Height, DPI: c.Charts.DPI,
		Lang: c.Charts.Lang, Palette: c.Charts.Palette, TitleSize: c.Charts.Theme.TitleSize,
		FontSize: c.Charts.Theme.FontSize, Grid: c.Charts.Theme.Grid, Version: version,
		Headline: c.Indicators.Headline,
	}
}
