// Package schedule performs runs on a cron schedule, in a time zone, never
// two at once, and stops gracefully.
//
// Timing is delegated to github.com/go-co-op/gocron/v2: a 5-field cron spec
// or descriptor (@daily, @hourly, …) becomes a cron job read in the plan's
// time zone, "@every DURATION" an interval job. The job runs in gocron's
// singleton mode, so a tick that comes while a run is still going is skipped
// (and logged) rather than queued. Runs triggered by other means (run on
// start, a change in the watched folder) share the same guard.
//
// A run gets its own context: a stop request does not cancel a run at once;
// the run is given Plan.ShutdownTimeout to finish and only then cancelled.
package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // time zones load on machines without zoneinfo

	"github.com/go-co-op/gocron/v2"
	"github.com/google/uuid"
	"github.com/jonboulle/clockwork"
)

var _ gocron.Monitor = skipMonitor{}

// Result is what a run reports for the scheduler's log.
type Result struct {
	ID           string // run id, "" when unknown
	New          int    // documents read for the first time
	Changed      int    // documents whose content changed
	Removed      int    // documents no longer in the corpus
	Observations int    // observations extracted from new and changed documents
	// Skipped says why the run did not happen although nothing is wrong
	// (another process held the run lock for as long as it may wait); it
	// is logged at INFO, and the next tick tries again.
	Skipped string
}

// RunFunc performs one run. It should return promptly once ctx is
// cancelled. The Result is logged even when err is not nil.
type RunFunc func(ctx context.Context) (Result, error)

// Plan is what to run and when.
type Plan struct {
	// Cron is a 5-field cron spec ("0 6 * * *"), a descriptor (@hourly,
	// @daily, @weekly, @monthly, @yearly) or "@every DURATION".
	Cron string
	// Location is the time zone Cron is read in; nil means UTC.
	Location *time.Location
	// RunOnStart runs once as soon as the scheduler starts.
	RunOnStart bool
	// ShutdownTimeout is how long a stop waits for a running run before
	// cancelling its context.
	ShutdownTimeout time.Duration
	// WatchPath, when not "", is a folder (watched with its subfolders) or
	// a file; a change there starts a run WatchDelay after the last change.
	WatchPath string
	// WatchDelay is the quiet time after the last change before a
	// watch-triggered run.
	WatchDelay time.Duration
	// WatchFilter, when set, says whether a changed file (by its base name)
	// matters; nil means every file does.
	WatchFilter func(name string) bool
	// Run performs one run.
	Run RunFunc
}

// location returns p.Location, UTC when nil.
func (p Plan) location() *time.Location {
	if p.Location == nil {
		return time.UTC
	}
	return p.Location
}

// timing parses the plan's Cron: an interval for "@every D", else a cron
// spec carrying the plan's time zone.
func (p Plan) timing() (every time.Duration, spec string, err error) {
	spec = strings.TrimSpace(p.Cron)
	if rest, ok := strings.CutPrefix(spec, "@every "); ok {
		d, err := time.ParseDuration(strings.TrimSpace(rest))
		if err != nil || d <= 0 {
			return 0, "", fmt.Errorf("schedule %q: @every wants a positive duration such as 6h", p.Cron)
		}
		return d, "", nil
	}
	if spec == "" {
		return 0, "", errors.New("schedule: empty cron spec")
	}
	if !strings.HasPrefix(spec, "TZ=") && !strings.HasPrefix(spec, "CRON_TZ=") {
		spec = "CRON_TZ=" + p.location().String() + " " + spec
	}
	return 0, spec, nil
}

// definition turns the plan's timing into a gocron job definition.
func (p Plan) definition() (gocron.JobDefinition, error) {
	every, spec, err := p.timing()
	if err != nil {
		return nil, err
	}
	if every > 0 {
		return gocron.DurationJob(every), nil
	}
	if err := gocron.NewDefaultCron(false).IsValid(spec, p.location(), time.Now()); err != nil {
		return nil, fmt.Errorf("schedule %q: %w", p.Cron, err)
	}
	return gocron.CronJob(spec, false), nil
}

// nextAfter returns the plan's first tick after now, counting an interval
// from the tick at from (zero: from now); zero when the plan is invalid.
func (p Plan) nextAfter(from, now time.Time) time.Time {
	every, spec, err := p.timing()
	if err != nil {
		return time.Time{}
	}
	if every > 0 {
		if from.IsZero() || from.After(now) {
			from = now
		}
		t := from.Add(every)
		for !t.After(now) {
			t = t.Add(every)
		}
		return t
	}
	c := gocron.NewDefaultCron(false)
	if c.IsValid(spec, p.location(), now) != nil {
		return time.Time{}
	}
	return c.Next(now)
}

// Scheduler performs Plan.Run on Plan's schedule until its context ends.
// Create one per process; Run may be called once.
type Scheduler struct {
	// Plan is the initial plan.
	Plan Plan
	// Reload, when set, is called on every value received from Hangup; an
	// error keeps the current plan.
	Reload func() (Plan, error)
	// Hangup delivers reload requests (SIGHUP); nil means none.
	Hangup <-chan os.Signal
	// Log receives one line per run, skipped tick, reload and stop; nil
	// means slog.Default().
	Log *slog.Logger
	// Clock drives the schedule and the watch delay; nil means the real
	// clock. Tests pass a clockwork.FakeClock.
	Clock clockwork.Clock

	mu           sync.Mutex
	plan         Plan
	running      bool
	stopping     bool
	startPending bool          // the run on start has not begun yet
	done         chan struct{} // closed when the current run ends
	runCtx       context.Context
	job          gocron.Job
	lastTick     time.Time // when the last scheduled run started
}

// trigger names what started a run, for the log.
type trigger string

const (
	byStart trigger = "start"
	byCron  trigger = "schedule"
	byWatch trigger = "watch"
)

// graceAfterCancel bounds the wait for a run whose context was cancelled.
const graceAfterCancel = 30 * time.Second

// Run schedules runs until ctx ends, then stops taking ticks, lets a running
// run finish (up to Plan.ShutdownTimeout, after which its context is
// cancelled and it is waited for a little longer) and returns nil. It
// returns an error at once when the plan is invalid.
func (s *Scheduler) Run(ctx context.Context) error {
	if s.Log == nil {
		s.Log = slog.Default()
	}
	if s.Clock == nil {
		s.Clock = clockwork.NewRealClock()
	}
	if s.Plan.Run == nil {
		return errors.New("schedule: plan has no Run")
	}
	def, err := s.Plan.definition()
	if err != nil {
		return err
	}
	runCtx, cancelRuns := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelRuns()
	s.mu.Lock()
	s.plan, s.runCtx, s.startPending = s.Plan, runCtx, s.Plan.RunOnStart
	s.mu.Unlock()

	sched, err := gocron.NewScheduler(
		gocron.WithClock(s.Clock),
		gocron.WithLocation(s.Plan.location()),
		gocron.WithLogger(gocronLogger{s.Log.With("component", "gocron")}),
		gocron.WithMonitor(skipMonitor{s}),
		gocron.WithStopTimeout(time.Second),
	)
	if err != nil {
		return fmt.Errorf("schedule: %w", err)
	}
	opts := []gocron.JobOption{gocron.WithName("run"), gocron.WithSingletonMode(gocron.LimitModeReschedule)}
	if s.Plan.RunOnStart {
		opts = append(opts, gocron.WithStartAt(gocron.WithStartImmediately()))
	}
	job, err := sched.NewJob(def, gocron.NewTask(func() { s.runOnce(byCron) }), opts...)
	if err != nil {
		return fmt.Errorf("schedule %q: %w", s.Plan.Cron, err)
	}
	s.mu.Lock()
	s.job = job
	s.mu.Unlock()

	w := s.startWatch(s.Plan)
	sched.Start()
	s.Log.Info("scheduler started", "cron", s.Plan.Cron, "timezone", s.Plan.location().String(), "run_on_start", s.Plan.RunOnStart,
		"watch", s.Plan.WatchPath != "", "next", s.next())

	for {
		select {
		case <-ctx.Done():
			s.Log.Info("stop requested: taking no more ticks")
			w.stop()
			s.drain(cancelRuns)
			if err := sched.Shutdown(); err != nil {
				s.Log.Warn("scheduler shutdown", "error", err)
			}
			s.Log.Info("scheduler stopped")
			return nil
		case <-s.Hangup:
			if nw, ok := s.reload(sched); ok {
				w.stop()
				w = nw
			}
		}
	}
}

// current returns the plan in force.
func (s *Scheduler) current() Plan {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.plan
}

// reload asks for a new plan; on success it replaces the timing and the run
// and returns a new watch (the caller stops the old one).
func (s *Scheduler) reload(sched gocron.Scheduler) (*watch, bool) {
	if s.Reload == nil {
		s.Log.Info("reload requested, but this scheduler cannot reload; keeping the configuration")
		return nil, false
	}
	p, err := s.Reload()
	if err == nil && p.Run == nil {
		err = errors.New("schedule: plan has no Run")
	}
	var def gocron.JobDefinition
	if err == nil {
		def, err = p.definition()
	}
	if err != nil {
		s.Log.Error("configuration reload rejected; keeping the previous configuration", "error", err)
		return nil, false
	}
	old := s.current()
	s.mu.Lock()
	s.plan = p
	job := s.job
	s.mu.Unlock()
	if p.Cron != old.Cron || p.location().String() != old.location().String() {
		nj, err := sched.Update(job.ID(), def, gocron.NewTask(func() { s.runOnce(byCron) }),
			gocron.WithName("run"), gocron.WithSingletonMode(gocron.LimitModeReschedule))
		if err != nil {
			// Keep the old timing; the new run settings stay in force.
			s.Log.Error("configuration reload: schedule not changed", "cron", p.Cron, "error", err)
			s.mu.Lock()
			s.plan.Cron, s.plan.Location = old.Cron, old.Location
			s.mu.Unlock()
		} else {
			s.mu.Lock()
			s.job = nj
			s.mu.Unlock()
		}
	}
	s.Log.Info("configuration reloaded", "cron", s.current().Cron, "timezone", s.current().location().String(),
		"watch", p.WatchPath != "", "next", s.next())
	return s.startWatch(p), true
}

// next returns the next scheduled tick in the plan's time zone, "" when
// unknown. gocron drops a tick from its list when the tick fires and adds
// the following one a moment later, so a run that ends quickly can find
// the list empty or stale; the plan then computes the tick itself.
func (s *Scheduler) next() string {
	s.mu.Lock()
	job, plan, tick := s.job, s.plan, s.lastTick
	s.mu.Unlock()
	if job == nil {
		return ""
	}
	now := s.Clock.Now()
	runs, err := job.NextRuns(2)
	if err != nil {
		return ""
	}
	for _, t := range runs {
		if t.After(now) {
			return t.In(plan.location()).Format(time.RFC3339)
		}
		tick = t
	}
	t := plan.nextAfter(tick, now)
	if t.IsZero() {
		return ""
	}
	return t.In(plan.location()).Format(time.RFC3339)
}

// outcome is what runOnce did.
type outcome int

const (
	ran     outcome = iota // a run was performed
	busy                   // a run was going; nothing done
	closing                // the scheduler is stopping; nothing done
)

// runOnce performs one run unless one is going or the scheduler is
// stopping.
func (s *Scheduler) runOnce(by trigger) outcome {
	s.mu.Lock()
	if s.stopping {
		s.mu.Unlock()
		return closing
	}
	if s.running {
		s.mu.Unlock()
		if by != byWatch {
			s.Log.Warn("tick skipped: the previous run is still going", "trigger", string(by))
		}
		return busy
	}
	s.running = true
	if by == byCron && s.startPending {
		by = byStart
	}
	s.startPending = false
	if by != byWatch {
		s.lastTick = s.Clock.Now()
	}
	s.done = make(chan struct{})
	plan, ctx, done := s.plan, s.runCtx, s.done
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.running = false
		s.mu.Unlock()
		close(done)
	}()

	s.Log.Info("run started", "trigger", string(by))
	start := s.Clock.Now()
	res, err := safeRun(ctx, plan.Run)
	took := s.Clock.Since(start).Round(time.Millisecond)
	if err != nil {
		s.Log.Error("run failed; previous artefacts kept", "id", res.ID, "trigger", string(by), "error", err, "took", took.String(), "next", s.next())
		return ran
	}
	if res.Skipped != "" {
		s.Log.Info("run skipped", "trigger", string(by), "reason", res.Skipped, "next", s.next())
		return ran
	}
	s.Log.Info("run finished", "id", res.ID, "trigger", string(by), "new", res.New, "changed", res.Changed, "removed", res.Removed,
		"observations", res.Observations, "took", took.String(), "next", s.next())
	return ran
}

// PanicError is a panic recovered from a run.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprintf("run panicked: %v", e.Value) }

// safeRun calls run, turning a panic into a *PanicError.
func safeRun(ctx context.Context, run RunFunc) (res Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &PanicError{Value: v, Stack: debug.Stack()}
		}
	}()
	return run(ctx)
}

// drain stops new runs and waits for a running one: up to the shutdown
// timeout, then cancels it and waits up to graceAfterCancel.
func (s *Scheduler) drain(cancel context.CancelFunc) {
	s.mu.Lock()
	s.stopping = true
	running, done, timeout := s.running, s.done, s.plan.ShutdownTimeout
	s.mu.Unlock()
	if !running {
		return
	}
	s.Log.Info("waiting for the running run to finish", "timeout", timeout.String())
	t := s.Clock.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-done:
		return
	case <-t.Chan():
	}
	s.Log.Warn("shutdown timeout reached: cancelling the running run", "timeout", timeout.String())
	cancel()
	g := s.Clock.NewTimer(graceAfterCancel)
	defer g.Stop()
	select {
	case <-done:
	case <-g.Chan():
		s.Log.Error("the cancelled run did not stop; exiting anyway", "waited", graceAfterCancel.String())
	}
}

// skipMonitor logs the ticks gocron's singleton mode skips.
type skipMonitor struct{ s *Scheduler }

// IncrementJob logs a skipped tick.
func (m skipMonitor) IncrementJob(_ uuid.UUID, _ string, _ []string, status gocron.JobStatus) {
	if status == gocron.SingletonRescheduled {
		m.s.Log.Warn("tick skipped: the previous run is still going", "trigger", string(byCron), "next", m.s.next())
	}
}

// RecordJobTiming does nothing; runs log their own timing.
func (skipMonitor) RecordJobTiming(time.Time, time.Time, uuid.UUID, string, []string) {}

// gocronLogger passes gocron's messages to slog, its chatty Info as Debug.
type gocronLogger struct{ l *slog.Logger }

func (g gocronLogger) Debug(msg string, args ...any) { g.l.Debug(msg, args...) }
func (g gocronLogger) Info(msg string, args ...any)  { g.l.Debug(msg, args...) }
func (g gocronLogger) Warn(msg string, args ...any)  { g.l.Warn(msg, args...) }
func (g gocronLogger) Error(msg string, args ...any) { g.l.Error(msg, args...) }
