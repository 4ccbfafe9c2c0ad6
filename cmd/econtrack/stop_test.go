package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// writeLargeArticle writes an English article of about n bytes with a
// figure and a date in every sentence.
func writeLargeArticle(t *testing.T, path string, n int) {
	t.Helper()
	var b strings.Builder
	countries := []string{"Egypt", "India", "Brazil", "Turkey"}
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Inflation in %s reached %d.%d%% in March %d, the statistics office said.\n", countries[i%4], 1+i%30, i%10, 1990+i%35)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(strings.TrimSuffix(path, ".txt")+".meta.yaml", []byte("published: 2025-05-15\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRunStopsOnSIGTERM sends SIGTERM to a run while it reads a large
// document: the run stops within a second or two, not when the document is
// done, records a failed run and publishes no artefact.
func TestRunStopsOnSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("signals child processes")
	}
	for _, size := range []int{3_000_000, 10_000_000} {
		t.Run(fmt.Sprintf("%dMB", size/1_000_000), func(t *testing.T) {
			dir := t.TempDir()
			corpus, out := filepath.Join(dir, "corpus"), filepath.Join(dir, "out")
			if err := os.MkdirAll(corpus, 0o755); err != nil {
				t.Fatal(err)
			}
			writeLargeArticle(t, filepath.Join(corpus, "large.txt"), size)
			cmd := exec.Command(os.Args[0], "-test.run=^TestKilledRunChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), "ECONTRACK_TEST_RUN_CHILD="+fmt.Sprintf("--corpus %s --out %s --log-level error run", corpus, out))
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			// The run has started once it holds the lock of out/; it then
			// reads the document for a few seconds.
			for start := time.Now(); time.Since(start) < 10*time.Second; time.Sleep(10 * time.Millisecond) {
				if _, err := os.Stat(filepath.Join(out, ".econtrack.lock")); err == nil {
					break
				}
			}
			time.Sleep(200 * time.Millisecond)
			_ = cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatal("the run was still going 5 s after SIGTERM")
			}
			if code := cmd.ProcessState.ExitCode(); code != exitFailure {
				t.Fatalf("exit status %d after SIGTERM, want %d", code, exitFailure)
			}
			var rep struct{ Status, Error string }
			b, err := os.ReadFile(filepath.Join(out, "run.json"))
			if err != nil || json.Unmarshal(b, &rep) != nil || rep.Status != "failed" || !strings.Contains(rep.Error, "context canceled") {
				t.Fatalf("run.json after SIGTERM: %s (%v)", b, err)
			}
			if _, err := os.Stat(filepath.Join(out, "econtrack.xlsx")); err == nil {
				t.Error("a stopped run published a workbook")
			}
		})
	}
}
