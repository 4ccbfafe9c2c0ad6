package config

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/econtrack/econtrack/indicators"
	"github.com/spf13/pflag"
)

// env is a fake environment for LoadOptions.LookupEnv.
type env map[string]string

func (e env) lookup(k string) (string, bool) { v, ok := e[k]; return v, ok }

// writeFile writes content to name in a new temporary folder and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// loadIsolated runs Load isolated from the process environment and working directory.
func loadIsolated(t *testing.T, file string, e env, fs *pflag.FlagSet) (*Config, error) {
	t.Helper()
	return Load(LoadOptions{ConfigFile: file, LookupEnv: e.lookup, Flags: fs, Dir: t.TempDir()})
}

func source(t *testing.T, c *Config, key string) Setting {
	t.Helper()
	for _, s := range c.Sources() {
		if s.Key == key {
			return s
		}
	}
	t.Fatalf("Sources has no %s", key)
	return Setting{}
}

func TestDefaults(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if c.File != "" || c.Hash != "" {
		t.Errorf("File, Hash = %q, %q; want empty with no file", c.File, c.Hash)
	}
	if c.Corpus.Path != "seeds" || c.Corpus.MaxBytes != 10<<20 || c.Out != "out" {
		t.Errorf("corpus/out = %+v %q", c.Corpus, c.Out)
	}
	if c.StoreDSN() != filepath.Join("out", "econtrack.db") {
		t.Errorf("StoreDSN() = %q", c.StoreDSN())
	}
	if c.Run.LockTimeout != 2*time.Minute || c.Schedule.WatchDelay != 5*time.Second {
		t.Errorf("durations = %v %v", c.Run.LockTimeout, c.Schedule.WatchDelay)
	}
	if !slices.Equal(c.Charts.Formats, []string{"png", "svg"}) || c.Charts.Width != 1200 || c.Charts.Theme.TitleSize != 15 || !c.Charts.Theme.Grid {
		t.Errorf("charts = %+v", c.Charts)
	}
	var ids []string
	for _, in := range c.Catalog() {
		ids = append(ids, in.ID)
		for _, l := range []string{"en", "ar", "ru"} {
			if in.Names[l] == "" {
				t.Errorf("%s has no %s name", in.ID, l)
			}
		}
	}
	want := []string{"bilateral_trade_volume", "gdp_growth", "inflation_rate", "policy_rate",
		"regular_meeting_interval", "regular_meeting_ordinal", "settlement_share_national_currencies",
		"unemployment_rate", "visit_duration"}
	if !slices.Equal(ids, want) {
		t.Errorf("catalog ids = %v\nwant %v", ids, want)
	}
	units := map[string]string{}
	for _, in := range c.Catalog() {
		units[in.ID] = in.Unit
	}
	if units["regular_meeting_interval"] != "months" || units["visit_duration"] != "days" || units["bilateral_trade_volume"] != "currency" {
		t.Errorf("units = %v", units)
	}
	if in := c.Indicators.Catalog["regular_meeting_ordinal"]; in.MinValue != 1 || in.Role != indicators.RoleMeeting {
		t.Errorf("regular_meeting_ordinal min_value %v role %q", in.MinValue, in.Role)
	}
	if in := c.Indicators.Catalog["visit_duration"]; !slices.Equal(in.Units, []string{"days", "weeks"}) {
		t.Errorf("visit_duration units %v", in.Units)
	}
	for _, s := range c.Sources() {
		if s.Source != "default" {
			t.Errorf("%s comes from %q with no file, env or flag", s.Key, s.Source)
		}
	}
}

// Every key in the schema must have a default: viper would otherwise
// ignore its environment variable.
func TestEveryKeyHasDefault(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, s := range c.Sources() {
		have[s.Key] = true
	}
	all := map[string]any{"indicators": map[string]any{"catalog": map[string]any{"policy_rate": map[string]any{}}}}
	for _, k := range schemaLeaves(configType, "", all) {
		if !have[k.key] {
			t.Errorf("key %s has no default in defaults.yaml", k.key)
		}
	}
}

func TestPrecedence(t *testing.T) {
	const file = "corpus:\n  max_bytes: 2000\nstore:\n  dsn: file.db\nout: fileout\n"
	newFlags := func(args ...string) *pflag.FlagSet {
		fs := pflag.NewFlagSet("econtrack", pflag.ContinueOnError)
		fs.String("dsn", "flagdefault.db", "")
		fs.String("out", "flagdefault", "")
		fs.Int64("corpus-max-bytes", 1, "")
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		return fs
	}
	tests := []struct {
		name      string
		file      string
		env       env
		args      []string
		wantBytes int64
		wantDSN   string
		wantSrc   string // source of corpus.max_bytes
	}{
		{"default", "", nil, nil, 10485760, "", "default"},
		{"file beats default", file, nil, nil, 2000, "file.db", "file "},
		{"env beats file", file, env{"ECONTRACK_CORPUS_MAX_BYTES": "3000", "ECONTRACK_STORE_DSN": "env.db"}, nil, 3000, "env.db", "env ECONTRACK_CORPUS_MAX_BYTES"},
		{"flag beats env", file, env{"ECONTRACK_CORPUS_MAX_BYTES": "3000", "ECONTRACK_STORE_DSN": "env.db"},
			[]string{"--corpus-max-bytes=4000", "--dsn=flag.db"}, 4000, "flag.db", "flag --corpus-max-bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var path string
			if tt.file != "" {
				path = writeFile(t, "econtrack.yaml", tt.file)
			}
			c, err := Load(LoadOptions{ConfigFile: path, LookupEnv: tt.env.lookup, Flags: newFlags(tt.args...),
				FlagKeys: map[string]string{"dsn": "store.dsn", "out": "out", "corpus-max-bytes": "corpus.max_bytes"}, Dir: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			if c.Corpus.MaxBytes != tt.wantBytes || c.Store.DSN != tt.wantDSN {
				t.Errorf("max_bytes, dsn = %d, %q; want %d, %q", c.Corpus.MaxBytes, c.Store.DSN, tt.wantBytes, tt.wantDSN)
			}
			if src := source(t, c, "corpus.max_bytes").Source; !strings.HasPrefix(src, tt.wantSrc) {
				t.Errorf("corpus.max_bytes source = %q, want %q", src, tt.wantSrc)
			}
			// An unchanged flag never overrides, whatever its default.
			if tt.file != "" && c.Out != "fileout" {
				t.Errorf("out = %q; an unchanged --out flag must not beat the file", c.Out)
			}
		})
	}
}

func TestEnvOnlyNestedKeys(t *testing.T) {
	c, err := loadIsolated(t, "", env{
		"ECONTRACK_CORPUS_MAX_BYTES":                       "2048",
		"ECONTRACK_CHARTS_THEME_GRID":                      "false",
		"ECONTRACK_CHARTS_THEME_FONT_SIZE":                 "9.5",
		"ECONTRACK_CHARTS_FORMATS":                         "svg",
		"ECONTRACK_SCHEDULE_WATCH_DELAY":                   "750ms",
		"ECONTRACK_INDICATORS_CATALOG_POLICY_RATE_CUES_EN": "refinancing rate, key rate",
		"ECONTRACK_STORE_DSN":                              "postgres://u:secret@db/econ",
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Corpus.MaxBytes != 2048 || c.Charts.Theme.Grid || c.Charts.Theme.FontSize != 9.5 ||
		!slices.Equal(c.Charts.Formats, []string{"svg"}) || c.Schedule.WatchDelay != 750*time.Millisecond ||
		c.Store.DSN != "postgres://u:secret@db/econ" {
		t.Errorf("decoded %+v %+v %+v %+v", c.Corpus, c.Charts, c.Schedule, c.Store)
	}
	pr := c.Indicators.Catalog["policy_rate"]
	if !slices.Equal(pr.Cues["en"], []string{"refinancing rate", "key rate"}) || len(pr.Cues["ar"]) == 0 {
		t.Errorf("policy_rate cues = %v", pr.Cues)
	}
	if s := source(t, c, "charts.theme.grid"); s.Source != "env ECONTRACK_CHARTS_THEME_GRID" || s.Value != "false" {
		t.Errorf("charts.theme.grid setting = %+v", s)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		env     env
		key     string
		line    int
		message string
	}{
		{"unknown top-level key", "out: x\nouput: y\n", nil, "ouput", 2, "unknown key (did you mean out?)"},
		{"misspelled nested key", "charts:\n  theme:\n    grdi: true\n", nil, "charts.theme.grdi", 3, "unknown key (did you mean grid?)"},
		{"unknown key in an indicator", "indicators:\n  catalog:\n    policy_rate:\n      cuez: {en: [x]}\n", nil, "indicators.catalog.policy_rate.cuez", 4, "unknown key"},
		{"unknown language", "indicators:\n  catalog:\n    policy_rate:\n      cues: {fr: [taux]}\n", nil, "indicators.catalog.policy_rate.cues.fr", 4, "unknown language"},
		{"id inside an indicator", "indicators:\n  catalog:\n    policy_rate:\n      id: x\n", nil, "indicators.catalog.policy_rate.id", 4, "unknown key"},
		{"wrong type: string for size", "corpus:\n  max_bytes: lots\n", nil, "corpus.max_bytes", 2, `want an integer, got the string "lots"`},
		{"wrong type: scalar for list", "charts:\n  formats: png\n", nil, "charts.formats", 2, "want a list"},
		{"wrong type: bool for int", "charts:\n  width: true\n", nil, "charts.width", 2, "want an integer"},
		{"wrong type: mapping for string", "out:\n  a: b\n", nil, "out", 2, "want a string"},
		{"wrong type: duration without unit", "run:\n  lock_timeout: 30\n", nil, "run.lock_timeout", 2, "want a duration"},
		{"negative size", "corpus:\n  max_bytes: -5\n", nil, "corpus.max_bytes", 2, "invalid size -5"},
		{"cooperating runs on SQLite", "run:\n  cooperate: true\n", nil, "run.cooperate", 2, "needs a PostgreSQL store"},
		{"bad cron", "schedule:\n  cron: \"61 * * * *\"\n", nil, "schedule.cron", 2, "invalid cron spec"},
		{"cron with too few fields", "schedule:\n  cron: \"0 6 *\"\n", nil, "schedule.cron", 2, "want 5 fields"},
		{"unknown time zone", "schedule:\n  timezone: Mars/Olympus\n", nil, "schedule.timezone", 2, "unknown time zone"},
		{"unknown log level", "log:\n  level: loud\n", nil, "log.level", 2, `invalid value "loud"`},
		{"unknown log format", "log:\n  format: xml\n", nil, "log.format", 2, "want text or json"},
		{"unknown chart format", "charts:\n  formats: [png, gif]\n", nil, "charts.formats", 2, `"gif"`},
		{"unknown chart lang", "charts:\n  lang: fr\n", nil, "charts.lang", 2, `"fr"`},
		{"chart too narrow for the renderer", "charts:\n  width: 100\n", nil, "charts.width", 2, "want 200 to 10000 pixels"},
		{"palette of pinned colours only", "charts:\n  palette: [\"CN-RU=#d62728\"]\n", nil, "charts.palette", 2, "not pinned"},
		{"bad headline rule", "indicators:\n  headline: newest\n", nil, "indicators.headline", 2, "headline rule"},
		{"bad entities", "indicators:\n  catalog:\n    gdp_growth:\n      entities: 3\n", nil, "indicators.catalog.gdp_growth.entities", 4, "want 1 or 2"},
		{"bad indicator id", "indicators:\n  catalog:\n    oil-output: {}\n", nil, "indicators.catalog.oil-output", 3, "invalid id"},
		{"new indicator missing fields", "indicators:\n  catalog:\n    oil_output:\n      unit: barrels\n", nil, "indicators.catalog.oil_output.names.en", 0, "must not be empty"},
		{"negative window", "indicators:\n  catalog:\n    gdp_growth:\n      window: -1\n", nil, "indicators.catalog.gdp_growth.window", 4, "invalid value -1"},
		{"headline of no country", "indicators:\n  catalog:\n    inflation_rate:\n      headline:\n        egypt: [urban]\n", nil, "indicators.catalog.inflation_rate.headline.egypt", 5, "ISO 3166 alpha-2"},
		{"unknown basis", "indicators:\n  catalog:\n    gdp_growth:\n      basis: yoy\n", nil, "indicators.catalog.gdp_growth.basis", 4, `invalid value "yoy"`},
		{"key set twice", "out: a\nout: b\n", nil, "out", 2, "key set twice"},
		{"bad store scheme", "store:\n  dsn: mysql://u:secret@h/db\n", nil, "store.dsn", 2, "unknown scheme"},
		{"env of the wrong type", "", env{"ECONTRACK_CHARTS_WIDTH": "wide"}, "charts.width", 0, "env ECONTRACK_CHARTS_WIDTH: charts.width: want an integer"},
		{"invalid env value", "", env{"ECONTRACK_RUN_LOCK": "maybe"}, "run.lock", 0, "env ECONTRACK_RUN_LOCK: run.lock: invalid value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var path string
			if tt.file != "" {
				path = writeFile(t, "my.yaml", tt.file)
			}
			_, err := loadIsolated(t, path, tt.env, nil)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("Load error = %v (%T), want *config.Error", err, err)
			}
			if ce.Key != tt.key || ce.File != path {
				t.Errorf("Key, File = %q, %q; want %q, %q", ce.Key, ce.File, tt.key, path)
			}
			if tt.line > 0 && ce.Line != tt.line {
				t.Errorf("Line = %d, want %d", ce.Line, tt.line)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.message) || !strings.Contains(msg, tt.key) || !strings.Contains(msg, path) {
				t.Errorf("message %q does not name the file, the key %q and %q", msg, tt.key, tt.message)
			}
			if strings.Contains(msg, "secret") {
				t.Errorf("message %q shows a password", msg)
			}
		})
	}
}

func TestYAMLSyntaxError(t *testing.T) {
	tests := []struct {
		content string
		line    int
	}{
		{"out: [unclosed\n", 2}, // the end of the file
		{"out: x\ncharts:\n  formats: [png\n", 3},
		{"out: x\n\tbad: tab\n", 2},
		{"out: x\nlog:\n  level: info\n format: json\n", 4},
	}
	for _, tt := range tests {
		path := writeFile(t, "broken.yaml", tt.content)
		_, err := loadIsolated(t, path, nil, nil)
		var ce *Error
		if !errors.As(err, &ce) || ce.File != path || !strings.Contains(err.Error(), "broken.yaml") {
			t.Fatalf("%q: Load error = %v, want a *config.Error naming %s", tt.content, err, path)
		}
		if ce.Line != tt.line {
			t.Errorf("%q: error %q at line %d, want %d", tt.content, err, ce.Line, tt.line)
		}
	}
}

func TestFileSearch(t *testing.T) {
	dir, xdg, home := t.TempDir(), t.TempDir(), t.TempDir()
	local := filepath.Join(dir, "econtrack.yaml")
	xdgFile := filepath.Join(xdg, "econtrack", "config.yaml")
	homeFile := filepath.Join(home, ".config", "econtrack", "config.yaml")
	for p, out := range map[string]string{local: "local", xdgFile: "xdg", homeFile: "home"} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("out: "+out+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	explicit := writeFile(t, "explicit.yaml", "out: explicit\n")
	tests := []struct {
		name     string
		config   string
		dir      string
		env      env
		wantFile string
		wantOut  string
	}{
		{"explicit wins", explicit, dir, env{"XDG_CONFIG_HOME": xdg}, explicit, "explicit"},
		{"./econtrack.yaml next", "", dir, env{"XDG_CONFIG_HOME": xdg}, local, "local"},
		{"XDG_CONFIG_HOME next", "", t.TempDir(), env{"XDG_CONFIG_HOME": xdg, "HOME": home}, xdgFile, "xdg"},
		{"~/.config without XDG_CONFIG_HOME", "", t.TempDir(), env{"HOME": home}, homeFile, "home"},
		{"none", "", t.TempDir(), env{}, "", "out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(LoadOptions{ConfigFile: tt.config, Dir: tt.dir, LookupEnv: tt.env.lookup})
			if err != nil {
				t.Fatal(err)
			}
			if c.File != tt.wantFile || c.Out != tt.wantOut {
				t.Errorf("File, out = %q, %q; want %q, %q", c.File, c.Out, tt.wantFile, tt.wantOut)
			}
			if tt.wantFile != "" {
				b, _ := os.ReadFile(tt.wantFile)
				sum := sha256.Sum256(b)
				if c.Hash != hex.EncodeToString(sum[:]) {
					t.Errorf("Hash = %q, want the SHA-256 of %s", c.Hash, tt.wantFile)
				}
				if s := source(t, c, "out"); s.Source != "file "+tt.wantFile {
					t.Errorf("out source = %q", s.Source)
				}
			}
		})
	}
}

func TestMissingExplicitFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.yaml")
	_, err := loadIsolated(t, missing, nil, nil)
	var ce *Error
	if !errors.As(err, &ce) || ce.File != missing || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Load error = %v, want a *config.Error for the missing file", err)
	}
}

func TestSourcesRedactPassword(t *testing.T) {
	path := writeFile(t, "econtrack.yaml", "store:\n  dsn: postgres://econ:hunter2@db.example/econ\n")
	c, err := loadIsolated(t, path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c.Sources() {
		if strings.Contains(s.Value, "hunter2") {
			t.Errorf("Sources shows the password: %+v", s)
		}
	}
	if s := source(t, c, "store.dsn"); s.Value != "postgres://econ:xxxxx@db.example/econ" {
		t.Errorf("store.dsn shown as %q", s.Value)
	}
	if c.Store.DSN != "postgres://econ:hunter2@db.example/econ" {
		t.Errorf("Store.DSN = %q; the real value must stay usable", c.Store.DSN)
	}
}

func TestUserCatalog(t *testing.T) {
	path := writeFile(t, "econtrack.yaml", `
indicators:
  catalog:
    oil_output:
      names: {en: Oil output, ar: إنتاج النفط, ru: Добыча нефти}
      unit: barrels_per_day
      kinds: [number]
      entities: 1
      cues:
        en: [oil output, crude production]
        ar: [إنتاج النفط]
    Policy_Rate:
      cues:
        en: [refinancing rate]
`)
	c, err := loadIsolated(t, path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	cat := c.Catalog()
	if len(cat) != 10 {
		t.Fatalf("catalog has %d indicators, want 9 defaults + oil_output", len(cat))
	}
	byID := map[string]int{}
	for i, in := range cat {
		byID[in.ID] = i
	}
	oil := cat[byID["oil_output"]]
	if oil.ID != "oil_output" || oil.Unit != "barrels_per_day" || oil.Name("ar") != "إنتاج النفط" || !slices.Equal(oil.Cues["en"], []string{"oil output", "crude production"}) {
		t.Errorf("oil_output = %+v", oil)
	}
	pr := cat[byID["policy_rate"]]
	if !slices.Equal(pr.Cues["en"], []string{"refinancing rate"}) {
		t.Errorf("policy_rate cues.en = %v, want the user's list", pr.Cues["en"])
	}
	if len(pr.Cues["ar"]) == 0 || pr.Unit != "percent" || pr.Name("en") != "Policy interest rate" {
		t.Errorf("policy_rate lost its other fields: %+v", pr)
	}
	if s := source(t, c, "indicators.catalog.policy_rate.cues.en"); s.Source != "file "+path {
		t.Errorf("cues.en source = %q", s.Source)
	}
	if s := source(t, c, "indicators.catalog.policy_rate.cues.ar"); s.Source != "default" {
		t.Errorf("cues.ar source = %q", s.Source)
	}
}

func TestEmptyFileAndNulls(t *testing.T) {
	for _, content := range []string{"", "# only a comment\n", "store:\n  dsn:\ncharts:\n"} {
		path := writeFile(t, "econtrack.yaml", content)
		c, err := loadIsolated(t, path, nil, nil)
		if err != nil {
			t.Errorf("%q: %v", content, err)
			continue
		}
		if c.Store.DSN != "" || c.Charts.Width != 1200 {
			t.Errorf("%q: dsn %q width %d", content, c.Store.DSN, c.Charts.Width)
		}
	}
}

func TestCron(t *testing.T) {
	for _, spec := range []string{"@daily", "@hourly", "@weekly", "@monthly", "@every 6h", "0 6 * * *", "*/15 * * * 1-5"} {
		if p := checkCron(spec, time.UTC); p != nil {
			t.Errorf("checkCron(%q) = %v, want ok", spec, p.err)
		}
	}
	for _, spec := range []string{"", "daily", "@every", "@every 0s", "@fortnightly", "0 6 * *", "0 0 6 * * *", "99 * * * *", "TZ=UTC 0 6 * * *"} {
		if p := checkCron(spec, time.UTC); p == nil {
			t.Errorf("checkCron(%q) accepted", spec)
		}
	}
}

func TestGlobalFlags(t *testing.T) {
	newFlags := func(args ...string) *pflag.FlagSet {
		fs := pflag.NewFlagSet("econtrack", pflag.ContinueOnError)
		fs.String("config", "", "")
		fs.String("corpus", "seeds", "")
		fs.String("out", "out", "")
		fs.String("log-level", "info", "")
		fs.String("log-format", "text", "")
		fs.String("format", "table", "") // a command's own flag, not configuration
		fs.StringSlice("charts-formats", nil, "")
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		return fs
	}
	c, err := loadIsolated(t, "", env{"ECONTRACK_LOG_LEVEL": "warn"}, newFlags("--corpus=articles", "--log-level=debug", "--format=jsonl", "--charts-formats=svg"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Corpus.Path != "articles" || c.Log.Level != "debug" || c.Out != "out" || !slices.Equal(c.Charts.Formats, []string{"svg"}) {
		t.Errorf("corpus %q level %q out %q formats %v", c.Corpus.Path, c.Log.Level, c.Out, c.Charts.Formats)
	}
	if s := source(t, c, "log.level"); s.Source != "flag --log-level" {
		t.Errorf("log.level source %q", s.Source)
	}
	if s := source(t, c, "charts.formats"); s.Source != "flag --charts-formats" {
		t.Errorf("charts.formats source %q", s.Source)
	}

	_, err = loadIsolated(t, "", nil, newFlags("--log-format=xml"))
	var ce *Error
	if !errors.As(err, &ce) || ce.Key != "log.format" || ce.Source != "flag --log-format" || !strings.Contains(err.Error(), "flag --log-format: log.format") {
		t.Errorf("bad flag: %v", err)
	}
}

// TestChartSettingsTheRendererAccepts checks that validation accepts what
// the chart renderer takes: colours pinned to an entity group and PDF.
func TestChartSettingsTheRendererAccepts(t *testing.T) {
	path := writeFile(t, "my.yaml", "charts:\n  formats: [png, pdf]\n  palette: [\"CN-RU=#d62728\", \"#1f77b4\"]\n")
	cfg, err := loadIsolated(t, path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.ChartOptions("test").Validate(); err != nil {
		t.Errorf("the renderer refuses what validation accepted: %v", err)
	}
}

// TestSourcesAsListOrMap: sources are written as a map by name or as a list
// of sources each with its name; both load the same, and a list item
// without a name, a file:// feed or a name given twice are refused with
// their line.
func TestSourcesAsListOrMap(t *testing.T) {
	list := writeFile(t, "list.yaml", "sources:\n  - name: cbr\n    feed: https://example.org/rss.xml\n    lang: ru\n  - name: picked\n    urls: [https://example.org/a]\n")
	byName := writeFile(t, "map.yaml", "sources:\n  cbr:\n    feed: https://example.org/rss.xml\n    lang: ru\n  picked:\n    urls: [https://example.org/a]\n")
	a, err := loadIsolated(t, list, env{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := loadIsolated(t, byName, env{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.NewsSources, b.NewsSources) || len(a.NewsSources) != 2 || a.NewsSources["cbr"].Lang != "ru" {
		t.Errorf("list form %+v, map form %+v", a.NewsSources, b.NewsSources)
	}
	for _, tt := range []struct{ body, says string }{
		{"sources:\n  - feed: https://example.org/rss.xml\n", "list.yaml:2: sources: item 1: no name"},
		{"sources:\n  - name: a\n    feed: file:///etc/passwd\n", "list.yaml:3: sources.a.feed"},
		{"sources:\n  - name: a\n    feed: https://e.org/1\n  - name: a\n    feed: https://e.org/2\n", "list.yaml:4: sources.a: key set twice"},
		{"sources:\n  - just a string\n", "item 1: want a source"},
	} {
		_, err := loadIsolated(t, writeFile(t, "list.yaml", tt.body), env{}, nil)
		if err == nil || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%q: %v, want an error saying %q", tt.body, err, tt.says)
		}
	}
}
