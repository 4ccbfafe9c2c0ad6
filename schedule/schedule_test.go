package schedule

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"
)

// logRecorder keeps every log record's message and attributes.
type logRecorder struct {
	mu   sync.Mutex
	recs []logLine
}

type logLine struct {
	level slog.Level
	msg   string
	attrs map[string]string
}

func (r *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *logRecorder) WithAttrs([]slog.Attr) slog.Handler       { return r }
func (r *logRecorder) WithGroup(string) slog.Handler            { return r }
func (r *logRecorder) Handle(_ context.Context, rec slog.Record) error {
	l := logLine{level: rec.Level, msg: rec.Message, attrs: map[string]string{}}
	rec.Attrs(func(a slog.Attr) bool {
		l.attrs[a.Key] = a.Value.String()
		return true
	})
	r.mu.Lock()
	r.recs = append(r.recs, l)
	r.mu.Unlock()
	return nil
}

// lines returns the records whose message starts with prefix.
func (r *logRecorder) lines(prefix string) []logLine {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []logLine
	for _, l := range r.recs {
		if strings.HasPrefix(l.msg, prefix) {
			out = append(out, l)
		}
	}
	return out
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// start runs s in the background; stop cancels it and returns Run's error.
func start(t *testing.T, s *Scheduler) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.Run(ctx) }()
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case err = <-errc:
			case <-time.After(20 * time.Second):
				t.Fatal("scheduler did not stop")
			}
		})
		return err
	}
	t.Cleanup(func() { _ = stop() })
	return stop
}

// counter is a RunFunc counting its runs and the most that overlapped.
type counter struct {
	runs, active, maxActive atomic.Int32
	hold                    chan struct{} // when not nil, runs wait for it
}

func (c *counter) run(ctx context.Context) (Result, error) {
	n := c.active.Add(1)
	defer c.active.Add(-1)
	for {
		m := c.maxActive.Load()
		if n <= m || c.maxActive.CompareAndSwap(m, n) {
			break
		}
	}
	id := c.runs.Add(1)
	if c.hold != nil {
		select {
		case <-c.hold:
		case <-ctx.Done():
			return Result{}, ctx.Err()
		}
	}
	return Result{ID: "run-" + string(rune('0'+id)), New: 1, Observations: 3}, nil
}

func TestScheduleCronTicksInTimeZone(t *testing.T) {
	moscow, err := time.LoadLocation("Europe/Moscow")
	if err != nil {
		t.Fatal(err)
	}
	// 02:00 UTC is 05:00 in Moscow: the first tick is one hour away.
	clk := clockwork.NewFakeClockAt(time.Date(2025, 11, 4, 2, 0, 0, 0, time.UTC))
	var c counter
	logs := &logRecorder{}
	s := &Scheduler{Plan: Plan{Cron: "0 6 * * *", Location: moscow, Run: c.run}, Log: slog.New(logs), Clock: clk}
	stop := start(t, s)

	waitFor(t, "scheduler start", func() bool { return len(logs.lines("scheduler started")) == 1 })
	if got, want := logs.lines("scheduler started")[0].attrs["next"], "2025-11-04T06:00:00+03:00"; got != want {
		t.Errorf("first next run = %s, want %s", got, want)
	}
	ctx := context.Background()
	for i, next := range []string{"2025-11-05T06:00:00+03:00", "2025-11-06T06:00:00+03:00"} {
		if err := clk.BlockUntilContext(ctx, 1); err != nil {
			t.Fatal(err)
		}
		clk.Advance(59 * time.Minute)
		time.Sleep(20 * time.Millisecond)
		if got := c.runs.Load(); got != int32(i) {
			t.Fatalf("%d runs before the tick, want %d", got, i)
		}
		if i == 0 {
			clk.Advance(time.Minute)
		} else {
			clk.Advance(23*time.Hour + time.Minute)
		}
		waitFor(t, "a run", func() bool { return len(logs.lines("run finished")) == i+1 })
		l := logs.lines("run finished")[i]
		if l.attrs["next"] != next || l.attrs["new"] != "1" || l.attrs["observations"] != "3" || l.attrs["id"] == "" {
			t.Errorf("run %d logged %v, want next=%s new=1 observations=3 and an id", i+1, l.attrs, next)
		}
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if got := c.runs.Load(); got != 2 {
		t.Errorf("%d runs, want 2", got)
	}
}

func TestScheduleSkipsOverlappingTick(t *testing.T) {
	c := counter{hold: make(chan struct{})}
	logs := &logRecorder{}
	s := &Scheduler{Plan: Plan{Cron: "@every 20ms", Run: c.run}, Log: slog.New(logs)}
	stop := start(t, s)

	waitFor(t, "a skipped tick", func() bool { return len(logs.lines("tick skipped")) >= 2 })
	if got := c.runs.Load(); got != 1 {
		t.Fatalf("%d runs started while the first was going, want 1", got)
	}
	close(c.hold)
	waitFor(t, "runs after the long one", func() bool { return c.runs.Load() >= 3 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if got := c.maxActive.Load(); got != 1 {
		t.Errorf("%d runs at once, want 1", got)
	}
}

func TestScheduleStopLetsRunFinish(t *testing.T) {
	tests := []struct {
		name      string
		timeout   time.Duration
		release   bool // the run finishes by itself shortly after the stop
		cancelled bool // the run's context was cancelled
	}{
		{name: "finishes within the timeout", timeout: 10 * time.Second, release: true},
		{name: "cancelled after the timeout", timeout: 50 * time.Millisecond, cancelled: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			started := make(chan struct{})
			release := make(chan struct{})
			var sawCancel, finished atomic.Bool
			run := func(ctx context.Context) (Result, error) {
				close(started)
				select {
				case <-release:
				case <-ctx.Done():
					sawCancel.Store(true)
					return Result{}, ctx.Err()
				}
				finished.Store(true)
				return Result{ID: "slow"}, nil
			}
			s := &Scheduler{Plan: Plan{Cron: "@daily", RunOnStart: true, ShutdownTimeout: tt.timeout, Run: run}, Log: slog.New(&logRecorder{})}
			ctx, cancel := context.WithCancel(context.Background())
			errc := make(chan error, 1)
			go func() { errc <- s.Run(ctx) }()
			<-started
			cancel() // as SIGTERM does through signal.NotifyContext
			if tt.release {
				select {
				case err := <-errc:
					t.Fatalf("Run returned %v while the run was going", err)
				case <-time.After(100 * time.Millisecond):
				}
				close(release)
			}
			select {
			case err := <-errc:
				if err != nil {
					t.Fatalf("Run = %v, want nil (exit 0)", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Run did not return")
			}
			if finished.Load() == tt.cancelled || sawCancel.Load() != tt.cancelled {
				t.Errorf("finished=%v cancelled=%v, want finished=%v cancelled=%v", finished.Load(), sawCancel.Load(), !tt.cancelled, tt.cancelled)
			}
		})
	}
}

func TestScheduleFailureAndPanicKeepGoing(t *testing.T) {
	var calls atomic.Int32
	run := func(context.Context) (Result, error) {
		switch calls.Add(1) {
		case 1:
			return Result{ID: "r1"}, errors.New("corpus seeds: no such file or directory")
		case 2:
			panic("index out of range")
		}
		return Result{ID: "ok"}, nil
	}
	logs := &logRecorder{}
	s := &Scheduler{Plan: Plan{Cron: "@every 20ms", RunOnStart: true, Run: run}, Log: slog.New(logs)}
	stop := start(t, s)
	waitFor(t, "a good run after the failures", func() bool { return len(logs.lines("run finished")) >= 1 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	failed := logs.lines("run failed")
	if len(failed) != 2 {
		t.Fatalf("%d failed runs logged, want 2", len(failed))
	}
	if got := failed[0].attrs; got["id"] != "r1" || !strings.Contains(got["error"], "no such file") || got["trigger"] != "start" {
		t.Errorf("first failure logged %v, want id r1, the error and trigger start", got)
	}
	if got := failed[1].attrs["trigger"]; got != "schedule" {
		t.Errorf("second run trigger = %q, want schedule", got)
	}
	if got := failed[1].attrs["error"]; !strings.Contains(got, "panicked: index out of range") {
		t.Errorf("panic logged as %q", got)
	}
	if failed[0].level != slog.LevelError {
		t.Errorf("failure logged at %v, want ERROR", failed[0].level)
	}
}

func TestScheduleReload(t *testing.T) {
	var a, b counter
	good := Plan{Cron: "@every 20ms", Run: b.run}
	reloads := []func() (Plan, error){
		func() (Plan, error) { return Plan{}, errors.New("econtrack.yaml:3: schedule.cron: invalid cron spec") },
		func() (Plan, error) { return Plan{Cron: "every day", Run: b.run}, nil },
		func() (Plan, error) { return good, nil },
	}
	var n atomic.Int32
	hup := make(chan os.Signal)
	logs := &logRecorder{}
	s := &Scheduler{
		Plan:   Plan{Cron: "@every 20ms", Run: a.run},
		Reload: func() (Plan, error) { return reloads[n.Add(1)-1]() },
		Hangup: hup,
		Log:    slog.New(logs),
	}
	stop := start(t, s)
	waitFor(t, "a first run", func() bool { return a.runs.Load() >= 1 })

	for i := range 2 {
		hup <- syscall.SIGHUP
		waitFor(t, "the rejection", func() bool { return len(logs.lines("configuration reload rejected")) == i+1 })
		before := a.runs.Load()
		waitFor(t, "the old plan to keep running", func() bool { return a.runs.Load() > before })
	}
	if got := logs.lines("configuration reload rejected")[1].attrs["error"]; !strings.Contains(got, "every day") {
		t.Errorf("rejection logged %q, want the bad spec named", got)
	}
	if b.runs.Load() != 0 {
		t.Fatal("a rejected plan was used")
	}
	hup <- syscall.SIGHUP
	waitFor(t, "the new plan to run", func() bool { return b.runs.Load() >= 2 })
	after := a.runs.Load()
	time.Sleep(100 * time.Millisecond)
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if got := a.runs.Load(); got > after+1 {
		t.Errorf("old plan ran %d more times after the reload", got-after)
	}
	if len(logs.lines("configuration reloaded")) != 1 {
		t.Errorf("want one 'configuration reloaded' line")
	}
}

func TestScheduleWatch(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	var c counter
	logs := &logRecorder{}
	s := &Scheduler{
		Plan: Plan{Cron: "@yearly", Run: c.run, WatchPath: dir, WatchDelay: 50 * time.Millisecond,
			WatchFilter: func(name string) bool { return strings.HasSuffix(name, ".txt") }},
		Log: slog.New(logs),
	}
	stop := start(t, s)
	waitFor(t, "the watch", func() bool { return len(logs.lines("watching the corpus")) == 1 })

	// A burst of changes gives one run, after the quiet delay.
	for i := range 5 {
		write(t, filepath.Join(dir, "sub", "a.txt"), strings.Repeat("x", i+1))
	}
	waitFor(t, "a watch-triggered run", func() bool { return c.runs.Load() == 1 })
	time.Sleep(200 * time.Millisecond)
	if got := c.runs.Load(); got != 1 {
		t.Errorf("%d runs for one burst of changes, want 1", got)
	}
	if got := logs.lines("run started")[0].attrs["trigger"]; got != "watch" {
		t.Errorf("trigger = %q, want watch", got)
	}

	// Files the filter ignores and hidden files start nothing.
	write(t, filepath.Join(dir, "chart.png"), "png")
	write(t, filepath.Join(dir, ".a.txt.swp"), "tmp")
	time.Sleep(200 * time.Millisecond)
	if got := c.runs.Load(); got != 1 {
		t.Errorf("%d runs after ignored files, want 1", got)
	}

	// A folder created later is watched too.
	if err := os.Mkdir(filepath.Join(dir, "new"), 0o755); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the run for the new folder", func() bool { return c.runs.Load() == 2 })
	write(t, filepath.Join(dir, "new", "b.txt"), "b")
	waitFor(t, "the run for a file in the new folder", func() bool { return c.runs.Load() == 3 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
}

func TestScheduleWatchDuringRunRunsAgain(t *testing.T) {
	dir := t.TempDir()
	c := counter{hold: make(chan struct{})}
	logs := &logRecorder{}
	s := &Scheduler{Plan: Plan{Cron: "@yearly", RunOnStart: true, Run: c.run, WatchPath: dir, WatchDelay: 20 * time.Millisecond}, Log: slog.New(logs)}
	stop := start(t, s)
	waitFor(t, "the start run", func() bool { return c.runs.Load() == 1 })
	write(t, filepath.Join(dir, "a.txt"), "a")
	waitFor(t, "the change to be noticed", func() bool { return len(logs.lines("corpus changed during a run")) >= 1 })
	close(c.hold)
	waitFor(t, "a second run for the change", func() bool { return c.runs.Load() == 2 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if c.maxActive.Load() != 1 {
		t.Errorf("%d runs at once, want 1", c.maxActive.Load())
	}
}

func TestScheduleInvalidPlan(t *testing.T) {
	ok := func(context.Context) (Result, error) { return Result{}, nil }
	tests := []struct {
		name string
		plan Plan
		want string
	}{
		{"bad cron", Plan{Cron: "61 * * * *", Run: ok}, "61 * * * *"},
		{"bad every", Plan{Cron: "@every soon", Run: ok}, "@every"},
		{"empty", Plan{Cron: " ", Run: ok}, "empty cron"},
		{"no run", Plan{Cron: "@daily"}, "no Run"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &Scheduler{Plan: tt.plan, Log: slog.New(&logRecorder{})}
			err := s.Run(context.Background())
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Run = %v, want an error naming %q", err, tt.want)
			}
		})
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPlanNextAfter checks the tick the log reports while gocron has not
// yet listed the following one (a run that ends right after its tick).
func TestPlanNextAfter(t *testing.T) {
	moscow, err := time.LoadLocation("Europe/Moscow")
	if err != nil {
		t.Fatal(err)
	}
	utc := func(h, m int) time.Time { return time.Date(2025, 11, 4, h, m, 0, 0, time.UTC) }
	for _, tc := range []struct {
		name      string
		plan      Plan
		from, now time.Time
		want      string
	}{
		{"cron right at its tick", Plan{Cron: "0 6 * * *", Location: moscow}, utc(3, 0), utc(3, 0), "2025-11-05T06:00:00+03:00"},
		{"cron before its tick", Plan{Cron: "0 6 * * *", Location: moscow}, time.Time{}, utc(2, 0), "2025-11-04T06:00:00+03:00"},
		{"cron with its own zone", Plan{Cron: "CRON_TZ=UTC 30 1 * * *"}, time.Time{}, utc(2, 0), "2025-11-05T01:30:00Z"},
		{"interval counted from the tick", Plan{Cron: "@every 6h"}, utc(2, 0), utc(2, 5), "2025-11-04T08:00:00Z"},
		{"interval past several ticks", Plan{Cron: "@every 1h"}, utc(2, 0), utc(4, 30), "2025-11-04T05:00:00Z"},
		{"interval without a tick", Plan{Cron: "@every 1h"}, time.Time{}, utc(2, 5), "2025-11-04T03:05:00Z"},
		{"invalid plan", Plan{Cron: "@every soon"}, time.Time{}, utc(2, 0), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if n := tc.plan.nextAfter(tc.from, tc.now); !n.IsZero() {
				got = n.In(tc.plan.location()).Format(time.RFC3339)
			}
			if got != tc.want {
				t.Errorf("nextAfter = %q, want %q", got, tc.want)
			}
		})
	}
}
