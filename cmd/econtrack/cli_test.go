package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the command line in dir with env set only through the
// process environment of the test, returning exit code, stdout and stderr.
func runCLI(t *testing.T, dir string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	wd, _ := os.Getwd()
	if dir != "" {
		if err := os.Chdir(dir); err != nil {
			t.Fatal(err)
		}
		defer os.Chdir(wd)
	}
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// copySeeds makes a working folder with the shipped seeds and returns it.
func copySeeds(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "seeds"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"000_52f58f8fcdcb1fb8.txt", "000_52f58f8fcdcb1fb8.meta.yaml"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "seeds", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "seeds", f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	unknown := write("unknown.yaml", "corpus:\n  pth: seeds\n")
	wrongType := write("wrongtype.yaml", "corpus:\n  max_bytes: lots\n")
	noFormats := write("noformats.yaml", "charts:\n  formats: []\n")
	tests := []struct {
		name     string
		args     []string
		code     int
		contains []string
	}{
		{"version", []string{"version"}, exitOK, nil},
		{"unknown command", []string{"frobnicate"}, exitUsage, []string{"unknown command"}},
		{"misspelt command suggests", []string{"runn"}, exitUsage, []string{"unknown command", "did you mean run"}},
		{"unknown subcommand", []string{"store", "frob"}, exitUsage, []string{`unknown command "frob" for "econtrack store"`}},
		{"missing argument", []string{"chart"}, exitUsage, []string{"accepts 1 arg"}},
		{"unknown flag", []string{"run", "--nope"}, exitUsage, []string{"unknown flag"}},
		{"unknown key names key and file", []string{"--config", unknown, "run"}, exitUsage, []string{"corpus.pth", "unknown.yaml"}},
		{"wrong type names key and file", []string{"--config", wrongType, "extract"}, exitUsage, []string{"corpus.max_bytes", "wrongtype.yaml"}},
		{"missing config file", []string{"--config", filepath.Join(dir, "absent.yaml"), "run"}, exitUsage, []string{"absent.yaml"}},
		{"config validate bad file", []string{"config", "validate", unknown}, exitUsage, []string{"corpus.pth"}},
		{"bad --ref", []string{"quantities", "--ref", "yesterday", "x"}, exitUsage, []string{"--ref"}},
		{"corpus that does not exist", []string{"--corpus", filepath.Join(dir, "nothing"), "--out", filepath.Join(dir, "out"), "run"}, exitFailure, []string{"nothing"}},
		{"no chart formats", []string{"--config", noFormats, "run"}, exitUsage, []string{"charts.formats", "noformats.yaml"}},
		{"export --since not a date", []string{"export", "--format", "csv", "--since", "bogus"}, exitUsage, []string{"--since", "bogus"}},
		{"export --indicator unknown", []string{"export", "--format", "csv", "--indicator", "bogus"}, exitUsage, []string{"--indicator", "bogus"}},
		{"conflicts --indicator unknown", []string{"conflicts", "--indicator", "bogus"}, exitUsage, []string{"--indicator", "bogus"}},
		{"chart of an unknown indicator", []string{"chart", "bogus"}, exitUsage, []string{"bogus"}},
		{"chart -o with an unknown extension", []string{"chart", "inflation_rate", "-o", "x.jpg"}, exitUsage, []string{"x.jpg", ".png"}},
		{"misspelt variable", []string{"run"}, exitUsage, []string{"ECONTRACK_CHART_WIDTH", "ECONTRACK_CHARTS_WIDTH"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "misspelt variable" {
				t.Setenv("ECONTRACK_CHART_WIDTH", "900")
			}
			code, _, stderr := runCLI(t, dir, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, stderr)
			}
			for _, s := range tt.contains {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr %q does not name %q", stderr, s)
				}
			}
		})
	}
	// Nothing was written for usage errors: the out folder of the bad-config run does not exist.
	if _, err := os.Stat(filepath.Join(dir, "out", "run.json")); err == nil {
		b, _ := os.ReadFile(filepath.Join(dir, "out", "run.json"))
		if !strings.Contains(string(b), `"failed"`) {
			t.Errorf("unexpected run.json: %s", b)
		}
	}
}

// TestConfigPrecedence sets one nested key as default, in a file, through
// the environment and by flag, and checks which wins in `config show`.
func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "econtrack.yaml"), []byte("corpus:\n  path: from-file\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	show := func(args ...string) string {
		code, out, stderr := runCLI(t, dir, "", append(args, "config", "show")...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		for _, line := range strings.Split(out, "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "corpus.path" {
				return strings.Join(f[1:], " ")
			}
		}
		t.Fatalf("no corpus.path in %s", out)
		return ""
	}
	if got := show(); !strings.HasPrefix(got, "from-file file") {
		t.Errorf("file: %q", got)
	}
	t.Setenv("ECONTRACK_CORPUS_PATH", "from-env")
	if got := show(); !strings.HasPrefix(got, "from-env env ECONTRACK_CORPUS_PATH") {
		t.Errorf("env beats file: %q", got)
	}
	if got := show("--corpus", "from-flag"); !strings.HasPrefix(got, "from-flag flag") {
		t.Errorf("flag beats env: %q", got)
	}
	t.Setenv("ECONTRACK_STORE_DSN", "postgres://me:secret@db/econ")
	if _, out, _ := runCLI(t, dir, "", "config", "show"); strings.Contains(out, "secret") {
		t.Errorf("config show prints the password:\n%s", out)
	}
}

// With JSON logs asked for by the flag or the environment, the error that
// ends a command is a JSON line too, with its exit status; usage errors
// (the flag itself unparsed) included.
func TestFinalErrorIsJSON(t *testing.T) {
	scheduleEnv(t, nil)
	for _, tc := range []struct {
		name string
		env  string
		args []string
		code int
	}{
		{"failed run, flag", "", []string{"--log-format", "json", "run", "--corpus", filepath.Join(t.TempDir(), "missing"), "--out", t.TempDir()}, exitFailure},
		{"unknown flag, environment", "json", []string{"run", "--bogus"}, exitUsage},
		{"invalid value, flag", "", []string{"--log-format", "json", "config", "validate", "--corpus", ""}, exitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv("ECONTRACK_LOG_FORMAT", tc.env)
			}
			code, _, stderr := econtrack(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d: %s", code, tc.code, stderr)
			}
			for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
				var v map[string]any
				if err := json.Unmarshal([]byte(l), &v); err != nil {
					t.Fatalf("stderr line is not JSON: %q", l)
				}
				if v["msg"] == "econtrack failed" && v["exit"] != float64(tc.code) {
					t.Errorf("exit in %q, want %d", l, tc.code)
				}
			}
			if !strings.Contains(stderr, `"msg":"econtrack failed"`) {
				t.Errorf("stderr %q: want the final error as JSON", stderr)
			}
		})
	}
}

// TestLogFormatJSONOnly checks that with --log-format json every line on
// stderr is a JSON object, warnings of skipped documents included.
func TestLogFormatJSONOnly(t *testing.T) {
	scheduleEnv(t, nil)
	corpus, out := filepath.Join(t.TempDir(), "corpus"), filepath.Join(t.TempDir(), "out")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	copySeed(t, corpus)
	if err := os.WriteFile(filepath.Join(corpus, "broken.txt"), []byte("\xff\xfe not text"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := econtrack(t, "--log-format", "json", "run", "--corpus", corpus, "--out", out)
	if code != exitOK {
		t.Fatalf("run: exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	for _, l := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Errorf("stderr line is not JSON: %q", l)
		}
	}
	if !strings.Contains(stderr, `"document skipped"`) || len(lines) < 2 {
		t.Errorf("stderr %q: want the skipped document's warning and the run's summary", stderr)
	}
}
