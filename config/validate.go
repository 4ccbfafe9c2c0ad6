package config

import (
	"errors"
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // schedule.timezone must validate on machines without zoneinfo

	"github.com/go-co-op/gocron/v2"

	"github.com/econtrack/econtrack/charts"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store/dsn"
)

// problem is an invalid value at key.
type problem struct {
	key string
	err error
}

func bad(key, format string, args ...any) *problem {
	return &problem{key: key, err: fmt.Errorf(format, args...)}
}

// Kinds are the quantity kinds an indicator may accept.
var kinds = []string{"number", "ordinal", "percent", "money", "duration"}

func oneOf(key, got string, allowed ...string) *problem {
	if slices.Contains(allowed, got) {
		return nil
	}
	return bad(key, "invalid value %q: want %s", got, strings.Join(allowed, " or "))
}

// validate checks the values the types cannot; the first problem in key
// order wins.
func validate(c *Config) *problem {
	checks := []func() *problem{
		func() *problem {
			if strings.TrimSpace(c.Corpus.Path) == "" {
				return bad("corpus.path", "must not be empty")
			}
			return nil
		},
		func() *problem {
			if c.Corpus.MaxBytes <= 0 {
				return bad("corpus.max_bytes", "invalid size %d: want a positive number of bytes", c.Corpus.MaxBytes)
			}
			return nil
		},
		func() *problem { return c.validateCatalog() },
		func() *problem {
			_, err := model.ParseHeadlineRule(string(c.Indicators.Headline))
			if err != nil {
				return &problem{"indicators.headline", err}
			}
			return nil
		},
		func() *problem { return oneOf("log.format", c.Log.Format, "text", "json") },
		func() *problem { return oneOf("log.level", c.Log.Level, "debug", "info", "warn", "error") },
		func() *problem {
			if strings.TrimSpace(c.Out) == "" {
				return bad("out", "must not be empty")
			}
			return nil
		},
		func() *problem { return oneOf("run.lock", c.Run.Lock, "wait", "fail") },
		func() *problem {
			if c.Run.LockTimeout < 0 {
				return bad("run.lock_timeout", "must not be negative")
			}
			return nil
		},
		func() *problem { return checkDSN(c.Store.DSN) },
		func() *problem {
			if t, err := dsn.Parse(c.StoreDSN()); c.Run.Cooperate && (err != nil || t.Kind != dsn.KindPostgres) {
				return bad("run.cooperate", "needs a PostgreSQL store (store.dsn postgres://…): runs cooperate through the database")
			}
			return nil
		},
		func() *problem { return c.validateCharts() },
		func() *problem { return c.validateSchedule() },
		func() *problem { return oneOf("workbook.lang", c.Workbook.Lang, languages...) },
		func() *problem { return c.validateSources() },
		func() *problem {
			switch f := c.Fetch; {
			case f.Rate <= 0:
				return bad("fetch.rate", "invalid value %g: want a positive number of requests a second", f.Rate)
			case f.MaxBytes <= 0:
				return bad("fetch.max_bytes", "invalid size %d: want a positive number of bytes", f.MaxBytes)
			case f.Timeout <= 0:
				return bad("fetch.timeout", "must be positive, such as 30s")
			case f.Retries < 0:
				return bad("fetch.retries", "must not be negative")
			}
			return nil
		},
	}
	for _, check := range checks {
		if p := check(); p != nil {
			return p
		}
	}
	return nil
}

// validateSources checks every source: a feed or page addresses, http or
// https only, a known language and regular expressions that compile.
func (c *Config) validateSources() *problem {
	names := slices.Sorted(maps.Keys(c.NewsSources))
	for _, name := range names {
		src, k := c.NewsSources[name], "sources."+name
		if src.Feed == "" && len(src.URLs) == 0 {
			return bad(k, "needs a feed or urls")
		}
		addrs := src.URLs
		if src.Feed != "" {
			if p := checkWebURL(k+".feed", src.Feed); p != nil {
				return p
			}
		}
		for _, u := range addrs {
			if p := checkWebURL(k+".urls", u); p != nil {
				return p
			}
		}
		if src.Lang != "" {
			if p := oneOf(k+".lang", src.Lang, languages...); p != nil {
				return p
			}
		}
		for _, f := range []struct {
			key string
			res []string
		}{{k + ".include", src.Include}, {k + ".exclude", src.Exclude}} {
			for _, re := range f.res {
				if _, err := regexp.Compile(re); err != nil {
					return bad(f.key, "%q: %v", re, err)
				}
			}
		}
	}
	return nil
}

// checkWebURL refuses an address that is not http or https.
func checkWebURL(key, s string) *problem {
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return bad(key, "%q: %v", s, err)
	case u.Scheme == "file":
		return bad(key, "%q: file:// is refused: econtrack fetch reads the web; put local files in the corpus folder", s)
	case u.Scheme != "http" && u.Scheme != "https" || u.Host == "":
		return bad(key, "%q: want an http or https address", s)
	}
	return nil
}

func (c *Config) validateCatalog() *problem {
	if len(c.Indicators.Catalog) == 0 {
		return bad("indicators.catalog", "must list at least one indicator")
	}
	for _, in := range c.Catalog() {
		k := "indicators.catalog." + in.ID
		if strings.TrimSpace(in.Names["en"]) == "" {
			return bad(k+".names.en", "must not be empty: every indicator needs an English name")
		}
		if strings.TrimSpace(in.Unit) == "" {
			return bad(k+".unit", "must not be empty")
		}
		if len(in.Kinds) == 0 {
			return bad(k+".kinds", "must list at least one of %s", strings.Join(kinds, ", "))
		}
		for _, kind := range in.Kinds {
			if !slices.Contains(kinds, kind) {
				return bad(k+".kinds", "unknown kind %q: want %s", kind, strings.Join(kinds, ", "))
			}
		}
		if in.Window < 0 {
			return bad(k+".window", "invalid value %d: want 0 (anywhere in the sentence) or a number of words", in.Window)
		}
		for _, u := range in.Units {
			if strings.TrimSpace(u) == "" {
				return bad(k+".units", "empty unit")
			}
		}
		if in.Frequency != "" && !slices.Contains(indicators.Frequencies(), in.Frequency) {
			return bad(k+".frequency", "invalid value %q: want one of %s", in.Frequency, strings.Join(indicators.Frequencies(), ", "))
		}
		if in.Basis != "" && !slices.Contains(indicators.Bases(), in.Basis) {
			return bad(k+".basis", "invalid value %q: want one of %s", in.Basis, strings.Join(indicators.Bases(), ", "))
		}
		if in.Role != "" && !slices.Contains(indicators.Roles(), in.Role) {
			return bad(k+".role", "invalid value %q: want one of %s", in.Role, strings.Join(indicators.Roles(), ", "))
		}
		if in.Derived != (in.Role == indicators.RoleCadence) && (in.Derived || in.Role != "") {
			return bad(k+".role", "%q with derived: %v: a derived indicator has role cadence, and only it", in.Role, in.Derived)
		}
		if in.Entities != 1 && in.Entities != 2 {
			return bad(k+".entities", "invalid value %d: want 1 or 2", in.Entities)
		}
		cues := 0
		for _, l := range languages {
			for _, f := range []struct {
				key, what string
				list      []string
			}{
				{"cues", "empty cue", in.Cues[l]},
				{"exclude", "empty phrase", in.Exclude[l]},
				{"growth_cues", "empty cue", in.GrowthCues[l]},
				{"growth_basis", "empty phrase", in.GrowthBasis[l]},
				{"context", "empty phrase", in.Context[l]},
				{"month_basis", "empty phrase", in.MonthBasis[l]},
				{"negative", "empty phrase", in.Negative[l]},
			} {
				for _, s := range f.list {
					if strings.TrimSpace(s) == "" {
						return bad(k+"."+f.key+"."+l, "%s", f.what)
					}
				}
			}
			cues += len(in.Cues[l])
		}
		if cues == 0 && !in.Derived {
			return bad(k+".cues", "must list at least one cue in some language, or the indicator can never be found")
		}
	}
	return nil
}

func (c *Config) validateCharts() *problem {
	if m := c.Charts.MinConfidence; m < 0 || m > 1 || m != m {
		return bad("charts.min_confidence", "invalid value %g: want 0 to 1", m)
	}
	// The renderer owns its options: one check, the one a run makes.
	if err := c.ChartOptions("").Validate(); err != nil {
		var fe *charts.FieldError
		if errors.As(err, &fe) {
			return &problem{key: fe.Key, err: fe.Err}
		}
		return &problem{key: "charts", err: err}
	}
	return nil
}

func (c *Config) validateSchedule() *problem {
	loc, err := time.LoadLocation(c.Schedule.Timezone)
	if err != nil || c.Schedule.Timezone == "" {
		return bad("schedule.timezone", "unknown time zone %q: want an IANA name such as UTC or Europe/Moscow", c.Schedule.Timezone)
	}
	if p := checkCron(c.Schedule.Cron, loc); p != nil {
		return p
	}
	if c.Schedule.ShutdownTimeout < 0 {
		return bad("schedule.shutdown_timeout", "must not be negative")
	}
	if c.Schedule.WatchDelay < 0 {
		return bad("schedule.watch_delay", "must not be negative")
	}
	return nil
}

// checkCron accepts a 5-field cron spec or @hourly, @daily, @weekly,
// @monthly, @yearly, @every DURATION, as the scheduler reads them.
func checkCron(spec string, loc *time.Location) *problem {
	const key = "schedule.cron"
	s := strings.TrimSpace(spec)
	if strings.HasPrefix(s, "TZ=") || strings.HasPrefix(s, "CRON_TZ=") {
		return bad(key, "invalid cron spec %q: set the zone with schedule.timezone", spec)
	}
	if !strings.HasPrefix(s, "@") && len(strings.Fields(s)) != 5 {
		return bad(key, "invalid cron spec %q: want 5 fields (minute hour day month weekday) or @daily, @hourly, @weekly, @monthly, @every DURATION", spec)
	}
	if rest, ok := strings.CutPrefix(s, "@every "); ok {
		d, err := time.ParseDuration(strings.TrimSpace(rest))
		if err != nil || d < time.Second {
			return bad(key, "invalid cron spec %q: @every wants a duration of at least 1s, e.g. @every 6h", spec)
		}
	}
	if err := gocron.NewDefaultCron(false).IsValid(s, loc, time.Now()); err != nil {
		return bad(key, "invalid cron spec %q: %v", spec, err)
	}
	return nil
}

// checkDSN accepts "" (the SQLite file in out/) and every DSN
// dsn.Parse reads.
func checkDSN(s string) *problem {
	if s == "" {
		return nil
	}
	if _, err := dsn.Parse(s); err != nil {
		return &problem{"store.dsn", err}
	}
	return nil
}
