package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gofrs/flock"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/pipeline"
	"github.com/econtrack/econtrack/schedule"
	"github.com/econtrack/econtrack/store"
)

// seedArticle is the article shipped in seeds/, used as a corpus document.
const seedArticle = "000_52f58f8fcdcb1fb8"

// lockedBuffer is a bytes.Buffer safe for a logger and a test at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// logLines returns the lines of the text log with msg="MSG…".
func logLines(log, msg string) []string {
	var out []string
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, `msg="`+msg) || strings.Contains(l, "msg="+msg) {
			out = append(out, l)
		}
	}
	return out
}

// waitUntil polls cond until it holds or 30 seconds pass.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// copySeed copies the seeds/ article and its metadata into dir.
func copySeed(t *testing.T, dir string) {
	t.Helper()
	for _, name := range []string{seedArticle + ".meta.yaml", seedArticle + ".txt"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// scheduleEnv makes the command ignore the user's configuration and sets
// the given ECONTRACK_* variables.
func scheduleEnv(t *testing.T, env map[string]string) {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	for k, v := range env {
		t.Setenv(k, v)
	}
}

// storedRuns reads the run history as `econtrack runs` does.
func storedRuns(t *testing.T, cfg *config.Config) []pipeline.Report {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, cfg.StoreDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	raw, err := st.Runs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]pipeline.Report, len(raw))
	for i, r := range raw {
		if err := json.Unmarshal(r, &out[i]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// scheduleFixture is a temp corpus and out folder with the built-in
// configuration pointing at them.
func scheduleFixture(t *testing.T, seeded bool) (*config.Config, *globals, *lockedBuffer) {
	t.Helper()
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Corpus.Path = filepath.Join(t.TempDir(), "corpus")
	cfg.Out = filepath.Join(t.TempDir(), "out")
	cfg.Store.DSN = ""
	if err := os.Mkdir(cfg.Corpus.Path, 0o755); err != nil {
		t.Fatal(err)
	}
	if seeded {
		copySeed(t, cfg.Corpus.Path)
	}
	logs := &lockedBuffer{}
	return cfg, &globals{stdout: io.Discard, stderr: logs}, logs
}

// runScheduler runs s until the returned stop is called.
func runScheduler(t *testing.T, s *schedule.Scheduler) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-errc; err != nil {
				t.Errorf("scheduler: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

func TestScheduleTwoTicksRecordTwoRuns(t *testing.T) {
	cfg, g, logs := scheduleFixture(t, true)
	cfg.Schedule.Cron = "@every 200ms"
	cfg.Schedule.RunOnStart = false
	plan, err := schedulePlan(g, cfg)
	if err != nil {
		t.Fatal(err)
	}
	stop := runScheduler(t, &schedule.Scheduler{Plan: plan, Log: newLogger(g, cfg)})
	waitUntil(t, "two runs", func() bool { return len(logLines(logs.String(), "run finished")) >= 2 })
	stop()

	runs := storedRuns(t, cfg)
	if finished := logLines(logs.String(), "run finished"); len(runs) != len(finished) || len(runs) < 2 {
		t.Fatalf("%d runs recorded, %d logged; want the same, at least 2\n%s", len(runs), len(finished), logs)
	}
	for i, r := range runs {
		if r.Status != "ok" {
			t.Errorf("run %d %s: status %s (%s)", i, r.ID, r.Status, r.Error)
		}
		if !strings.Contains(logs.String(), "id="+r.ID) {
			t.Errorf("run %s not in the log", r.ID)
		}
	}
	if runs[0].ID == runs[1].ID || runs[0].Documents.New != 1 || runs[1].Documents.Unchanged != 1 {
		t.Errorf("first two runs: %+v / %+v; want distinct ids, 1 new then 1 unchanged", runs[0].Documents, runs[1].Documents)
	}
	var last pipeline.Report
	b, err := os.ReadFile(filepath.Join(cfg.Out, "run.json"))
	if err != nil || json.Unmarshal(b, &last) != nil || last.ID != runs[len(runs)-1].ID {
		t.Errorf("run.json is not the last run (%v)", err)
	}
	if _, err := os.Stat(filepath.Join(cfg.Out, "econtrack.xlsx")); err != nil {
		t.Error(err)
	}
	if l := logLines(logs.String(), "run finished")[0]; !strings.Contains(l, "new=1") || !strings.Contains(l, "observations=") || !strings.Contains(l, "next=") {
		t.Errorf("run line lacks what changed or the next run: %s", l)
	}
}

func TestScheduleFailedRunRecordedThenRecovers(t *testing.T) {
	cfg, g, logs := scheduleFixture(t, true)
	cfg.Schedule.Cron = "@every 200ms"
	plan, err := schedulePlan(g, cfg)
	if err != nil {
		t.Fatal(err)
	}
	stop := runScheduler(t, &schedule.Scheduler{Plan: plan, Log: newLogger(g, cfg)})
	waitUntil(t, "a first run", func() bool { return len(logLines(logs.String(), "run finished")) >= 1 })
	workbook := filepath.Join(cfg.Out, "econtrack.xlsx")
	before, err := os.ReadFile(workbook)
	if err != nil {
		t.Fatal(err)
	}

	// The fault: the corpus folder is gone.
	away := cfg.Corpus.Path + ".away"
	if err := os.Rename(cfg.Corpus.Path, away); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "a failed run", func() bool { return len(logLines(logs.String(), "run failed")) >= 1 })
	after, err := os.ReadFile(workbook)
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("a failed run changed the previous workbook (%v)", err)
	}
	if err := os.Rename(away, cfg.Corpus.Path); err != nil {
		t.Fatal(err)
	}
	okBefore := len(logLines(logs.String(), "run finished"))
	waitUntil(t, "a good run once the fault is removed", func() bool { return len(logLines(logs.String(), "run finished")) > okBefore })
	stop()

	runs := storedRuns(t, cfg)
	var statuses []string
	var failed *pipeline.Report
	for i, r := range runs {
		statuses = append(statuses, r.Status)
		if r.Status == "failed" && failed == nil {
			failed = &runs[i]
		}
	}
	joined := strings.Join(statuses, " ")
	if !strings.HasPrefix(joined, "ok") || !strings.Contains(joined, "ok failed") || !strings.Contains(joined, "failed ok") || !strings.HasSuffix(joined, "ok") {
		t.Fatalf("statuses %q, want ok … failed … ok", joined)
	}
	if !strings.Contains(failed.Error, cfg.Corpus.Path) {
		t.Errorf("failed run error %q does not name the corpus folder", failed.Error)
	}
	if l := logLines(logs.String(), "run failed")[0]; !strings.Contains(l, "id="+failed.ID) || !strings.Contains(l, "level=ERROR") {
		t.Errorf("failure log line %q lacks the run id or level", l)
	}
}

func TestScheduleSIGTERMDuringRunExitsZero(t *testing.T) {
	corpus, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	copySeed(t, corpus)
	scheduleEnv(t, map[string]string{"ECONTRACK_SCHEDULE_CRON": "@daily"})
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	var stderr lockedBuffer
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"schedule", "--corpus", corpus, "--out", out}, nil, io.Discard, &stderr)
	}()
	holder := filepath.Join(out, ".econtrack.lock.holder")
	waitUntil(t, "the run on start to be going", func() bool { _, err := os.Stat(holder); return err == nil })
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case c := <-code:
		if c != exitOK {
			t.Fatalf("exit %d, want 0\n%s", c, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("schedule did not stop")
	}
	log := stderr.String()
	if len(logLines(log, "waiting for the running run")) != 1 || len(logLines(log, "run finished")) != 1 {
		t.Errorf("want the stop to wait for the run, which finishes:\n%s", log)
	}
	cfg := &config.Config{Out: out}
	runs := storedRuns(t, cfg)
	if len(runs) != 1 || runs[0].Status != "ok" {
		t.Errorf("runs after SIGTERM: %+v, want one ok run", runs)
	}
}

func TestScheduleSIGHUPInvalidConfigKeepsOld(t *testing.T) {
	corpus, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	copySeed(t, corpus)
	scheduleEnv(t, nil)
	file := filepath.Join(t.TempDir(), "econtrack.yaml")
	if err := os.WriteFile(file, []byte("schedule:\n  cron: \"@every 1s\"\n  run_on_start: false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"schedule", "--config", file, "--corpus", corpus, "--out", out}, nil, io.Discard, &stderr)
	}()
	// SIGHUP is handled once the scheduler has started.
	waitUntil(t, "the scheduler", func() bool { return len(logLines(stderr.String(), "scheduler started")) == 1 })
	if err := os.WriteFile(file, []byte("schedule:\n  cron: \"every morning\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the rejection", func() bool { return len(logLines(stderr.String(), "configuration reload rejected")) == 1 })
	if l := logLines(stderr.String(), "configuration reload rejected")[0]; !strings.Contains(l, "schedule.cron") || !strings.Contains(l, "level=ERROR") {
		t.Errorf("rejection line does not name the key: %s", l)
	}
	waitUntil(t, "a run on the old schedule", func() bool { return len(logLines(stderr.String(), "run finished")) >= 1 })
	cancel()
	if c := <-code; c != exitOK {
		t.Fatalf("exit %d, want 0\n%s", c, stderr.String())
	}
	if logLines(stderr.String(), "configuration reloaded") != nil {
		t.Error("an invalid configuration was applied")
	}
}

func TestScheduleWatchPicksUpNewArticle(t *testing.T) {
	corpus, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	scheduleEnv(t, map[string]string{
		"ECONTRACK_SCHEDULE_CRON":        "@daily",
		"ECONTRACK_SCHEDULE_WATCH":       "true",
		"ECONTRACK_SCHEDULE_WATCH_DELAY": "100ms",
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"schedule", "--corpus", corpus, "--out", out}, nil, io.Discard, &stderr)
	}()
	waitUntil(t, "the run on start", func() bool { return len(logLines(stderr.String(), "run finished")) == 1 })
	copySeed(t, corpus)
	waitUntil(t, "a run for the new article", func() bool { return len(logLines(stderr.String(), "run finished")) == 2 })
	cancel()
	if c := <-code; c != exitOK {
		t.Fatalf("exit %d, want 0\n%s", c, stderr.String())
	}
	if l := logLines(stderr.String(), "run finished")[1]; !strings.Contains(l, "trigger=watch") || !strings.Contains(l, "new=1") {
		t.Errorf("watch run line: %s", l)
	}

	st, err := store.Open(context.Background(), filepath.Join(out, "econtrack.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	recs, err := st.Observations(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var found int
	for _, r := range recs {
		if r.Doc == seedArticle+".txt" {
			found++
		}
	}
	if found == 0 {
		t.Fatalf("no observations of the new article in the store (%d in all)", len(recs))
	}
	var stdout bytes.Buffer
	if c := run(context.Background(), []string{"runs", "--out", out}, nil, &stdout, io.Discard); c != exitOK {
		t.Fatalf("econtrack runs: exit %d", c)
	}
	if n := strings.Count(stdout.String(), "\n"); n != 2 {
		t.Errorf("econtrack runs lists %d runs, want 2:\n%s", n, stdout.String())
	}
}

func TestScheduleInvalidConfigExitsTwo(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"ECONTRACK_SCHEDULE_CRON": "every day"}, "schedule.cron"},
		{map[string]string{"ECONTRACK_SCHEDULE_CRON": "0 25 * * *"}, "schedule.cron"},
		{map[string]string{"ECONTRACK_SCHEDULE_TIMEZONE": "Mars/Olympus"}, "schedule.timezone"},
	}
	for _, tt := range tests {
		t.Run(tt.want+" "+strings.Join(mapValues(tt.env), ""), func(t *testing.T) {
			scheduleEnv(t, tt.env)
			out := filepath.Join(t.TempDir(), "out")
			var stderr bytes.Buffer
			if c := run(context.Background(), []string{"schedule", "--corpus", t.TempDir(), "--out", out}, nil, io.Discard, &stderr); c != exitUsage {
				t.Fatalf("exit %d, want 2: %s", c, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("error %q does not name %s", stderr.String(), tt.want)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("work started before the configuration error: %v", err)
			}
		})
	}
}

func TestScheduleRecordsPanickedRun(t *testing.T) {
	cfg, g, _ := scheduleFixture(t, false)
	boom := scheduledRun(g, cfg)
	// The pipeline cannot be made to panic from outside; check the record a
	// recovered panic leaves.
	id, err := newRunner(g, cfg).RecordFailed(context.Background(), errors.New("run panicked: boom"))
	if err != nil {
		t.Fatal(err)
	}
	runs := storedRuns(t, cfg)
	if len(runs) != 1 || runs[0].ID != id || runs[0].Status != "failed" || runs[0].Error != "run panicked: boom" {
		t.Errorf("recorded %+v, want one failed run %s with the panic", runs, id)
	}
	if _, err := boom(context.Background()); err != nil {
		t.Errorf("a good run after it: %v", err)
	}
	if runs := storedRuns(t, cfg); len(runs) != 2 || runs[1].Status != "ok" {
		t.Errorf("after a good run: %d runs", len(runs))
	}
}

func mapValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// A SIGHUP while the implicit ./econtrack.yaml is missing (deleted, or
// mid-save by an editor) keeps the configuration read from it instead of
// falling back to the built-in defaults.
func TestScheduleSIGHUPMissingFileKeepsOld(t *testing.T) {
	dir := t.TempDir()
	corpus, out := filepath.Join(dir, "corpus"), filepath.Join(dir, "out")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	copySeed(t, corpus)
	scheduleEnv(t, nil)
	file := filepath.Join(dir, "econtrack.yaml")
	if err := os.WriteFile(file, []byte("corpus:\n  path: corpus\nschedule:\n  cron: \"@every 1s\"\n  run_on_start: false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"schedule", "--out", out}, nil, io.Discard, &stderr)
	}()
	waitUntil(t, "the scheduler", func() bool { return len(logLines(stderr.String(), "scheduler started")) == 1 })
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the rejection", func() bool { return len(logLines(stderr.String(), "configuration reload rejected")) == 1 })
	if l := logLines(stderr.String(), "configuration reload rejected")[0]; !strings.Contains(l, "econtrack.yaml is gone") {
		t.Errorf("rejection line does not name the file: %s", l)
	}
	waitUntil(t, "a run on the old schedule", func() bool { return len(logLines(stderr.String(), "run finished")) >= 1 })
	cancel()
	if c := <-code; c != exitOK {
		t.Fatalf("exit %d, want 0\n%s", c, stderr.String())
	}
}

// A tick that finds another process holding the run lock waits for it as
// run.lock says; when the lock is still held at the end it is skipped at
// INFO (not an error), and once the lock is free the next tick runs and
// writes this scheduler's out/.
func TestScheduleSkipsTickWhileLockHeld(t *testing.T) {
	cfg, g, logs := scheduleFixture(t, true)
	cfg.Schedule.Cron = "@every 300ms"
	cfg.Schedule.RunOnStart = false
	cfg.Run.Lock, cfg.Run.LockTimeout = "wait", 100*time.Millisecond
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		t.Fatal(err)
	}
	other := flock.New(filepath.Join(cfg.Out, ".econtrack.lock"))
	if ok, err := other.TryLock(); !ok || err != nil {
		t.Fatalf("take the lock: %v", err)
	}
	plan, err := schedulePlan(g, cfg)
	if err != nil {
		t.Fatal(err)
	}
	stop := runScheduler(t, &schedule.Scheduler{Plan: plan, Log: newLogger(g, cfg)})
	waitUntil(t, "a skipped tick", func() bool { return len(logLines(logs.String(), "run skipped")) >= 1 })
	if l := logLines(logs.String(), "run skipped")[0]; !strings.Contains(l, "level=INFO") || !strings.Contains(l, "another run holds") {
		t.Errorf("skip line: %s", l)
	}
	_ = other.Unlock()
	waitUntil(t, "a run once the lock is free", func() bool { return len(logLines(logs.String(), "run finished")) >= 1 })
	stop()
	if failed := logLines(logs.String(), "run failed"); len(failed) > 0 {
		t.Errorf("a held lock was logged as a failure: %s", failed[0])
	}
	if _, err := os.Stat(filepath.Join(cfg.Out, "econtrack.xlsx")); err != nil {
		t.Errorf("the scheduler's out/ was not refreshed: %v", err)
	}
}
