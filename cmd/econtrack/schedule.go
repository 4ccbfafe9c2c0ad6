package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/pipeline"
	"github.com/econtrack/econtrack/schedule"
)

func newScheduleCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "schedule",
		Short: "Keep running: perform the run of `econtrack run` on a cron schedule",
		Long: `Stay in the foreground and perform the same run as "econtrack run" on the
schedule in schedule.cron (5-field cron or @daily, @hourly, @every 6h), read in
schedule.timezone. Runs never overlap: a tick that comes while a run is going
is skipped and logged. A failed run is logged and recorded, the previous
artefacts stay, and the next tick tries again.

With schedule.watch: true a run also starts schedule.watch_delay after files
appear or change in the corpus folder.

SIGINT/SIGTERM stop taking ticks, let a running run finish (up to
schedule.shutdown_timeout, then cancel it) and exit 0. SIGHUP reloads the
configuration; an invalid one is logged and the old one kept. "econtrack runs"
lists the history.`,
		Example: `  econtrack schedule
  ECONTRACK_SCHEDULE_CRON="0 6 * * 1-5" ECONTRACK_SCHEDULE_TIMEZONE=Europe/Moscow econtrack schedule
  ECONTRACK_SCHEDULE_WATCH=true econtrack schedule --corpus news/`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(g, cmd)
			if err != nil {
				return err
			}
			plan, err := schedulePlan(g, cfg)
			if err != nil {
				return err
			}
			hup := make(chan os.Signal, 1)
			signal.Notify(hup, syscall.SIGHUP)
			defer signal.Stop(hup)
			s := &schedule.Scheduler{
				Plan:   plan,
				Hangup: hup,
				Log:    newLogger(g, cfg),
				Reload: func() (schedule.Plan, error) {
					next, err := loadConfig(g, cmd)
					if err != nil {
						return schedule.Plan{}, err
					}
					if cfg.File != "" && next.File == "" {
						// Saved by an editor that renames, or deleted: the
						// built-in defaults are not what the user asked for.
						return schedule.Plan{}, fmt.Errorf("configuration file %s is gone", cfg.File)
					}
					p, err := schedulePlan(g, next)
					if err == nil {
						cfg = next
					}
					return p, err
				},
			}
			return s.Run(cmd.Context())
		},
	}
}

// schedulePlan turns the configuration into what the scheduler needs.
func schedulePlan(g *globals, cfg *config.Config) (schedule.Plan, error) {
	loc, err := time.LoadLocation(cfg.Schedule.Timezone)
	if err != nil {
		return schedule.Plan{}, usageErrorf("schedule.timezone: %w", err)
	}
	p := schedule.Plan{
		Cron:            cfg.Schedule.Cron,
		Location:        loc,
		RunOnStart:      cfg.Schedule.RunOnStart,
		ShutdownTimeout: cfg.Schedule.ShutdownTimeout,
		WatchDelay:      cfg.Schedule.WatchDelay,
		Run:             scheduledRun(g, cfg),
	}
	if cfg.Schedule.Watch {
		p.WatchPath = cfg.Corpus.Path
		p.WatchFilter = corpusFile
	}
	return p, nil
}

// corpusFile reports whether a file name can change what a run reads:
// documents and their metadata. Artefacts written by a run (run.json,
// charts, workbook, database) do not, so an out folder inside the corpus
// folder does not trigger runs.
func corpusFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".html", ".htm", ".yaml", ".yml":
		return true
	}
	return false
}

// scheduledRun performs the run of `econtrack run` for the scheduler. A
// panic is recovered, recorded as a failed run and returned as an error.
func scheduledRun(g *globals, cfg *config.Config) schedule.RunFunc {
	return func(ctx context.Context) (res schedule.Result, err error) {
		// When another process (a second scheduler on a shared database)
		// holds the run lock, the tick waits for it as run.lock and
		// run.lock_timeout say, then runs: its own out/ is refreshed from
		// the store the other run has just written. A lock still held
		// when the wait ends skips the tick, logged at INFO.
		r := newRunner(g, cfg)
		r.Progress = nil // a progress bar would garble the log
		if cfg.Schedule.Fetch && len(cfg.NewsSources) > 0 {
			r.Fetch = fetchStage(cfg, r.Log)
		}
		defer func() {
			if v := recover(); v != nil {
				err = fmt.Errorf("run panicked: %v", v)
				var rerr error
				res.ID, rerr = r.RecordFailed(context.WithoutCancel(ctx), err)
				err = errors.Join(err, rerr)
			}
		}()
		rep, err := r.Run(ctx)
		if rep != nil {
			res = schedule.Result{ID: rep.ID, New: rep.Documents.New, Changed: rep.Documents.Changed,
				Removed: rep.Documents.Removed, Observations: rep.Observations.Extracted}
		}
		var held *pipeline.LockedError
		if errors.As(err, &held) {
			res.Skipped, err = held.Error(), nil
		}
		return res, err
	}
}
