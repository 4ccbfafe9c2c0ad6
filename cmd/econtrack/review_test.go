package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// reviewedOut runs econtrack on the review articles into a new out folder
// and returns the corpus, the out folder and the stored observation keys
// by document.
func reviewedOut(t *testing.T) (corpus, out string, keys map[string]string) {
	t.Helper()
	corpus = writeCorpus(t, reviewArticles)
	out = filepath.Join(t.TempDir(), "out")
	t.Setenv("ECONTRACK_STORE_DSN", "")
	if code, _, stderr := econtrack(t, "run", "--corpus", corpus, "--out", out); code != exitOK {
		t.Fatalf("run: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := econtrack(t, "export", "--format", "csv", "--out", out)
	if code != exitOK {
		t.Fatalf("export: %d %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	keys = map[string]string{}
	for _, r := range rows[1:] {
		keys[r[0]] = r[20] // doc_hash
	}
	return corpus, out, keys
}

func TestReviewExportImport(t *testing.T) {
	_, out, hashes := reviewedOut(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Spans as the extractor gives them: 10.4% in b.txt, 9.9% in c.txt.
	good := write("in.jsonl", `{"doc_hash":"`+hashes["b.txt"]+`","indicator":"inflation_rate","span":[51,56],"doc":"b.txt","action":"reject","note":"core","by":"ana","at":"2026-01-02T10:00:00Z"}
{"doc_hash":"`+hashes["c.txt"]+`","indicator":"inflation_rate","span":[106,110],"action":"correct","value":9.8,"by":"ana","at":"2026-01-02T10:05:00Z"}
`)
	for i, want := range []string{"2 decisions read, 2 new", "2 decisions read, 0 new"} {
		code, stdout, stderr := econtrack(t, "review", "import", good, "--out", out)
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Fatalf("import %d: exit %d, %q %q; want %q", i+1, code, stdout, stderr, want)
		}
	}
	code, stdout, _ := econtrack(t, "export", "--format", "jsonl", "--out", out)
	if code != exitOK || strings.Contains(stdout, `"value":10.4`) || !strings.Contains(stdout, `"value":9.8,`) {
		t.Errorf("after import the export is %s", stdout)
	}

	yamlFile := filepath.Join(dir, "out.yaml")
	if code, stdout, stderr := econtrack(t, "review", "export", yamlFile, "--out", out); code != exitOK || !strings.Contains(stdout, "2 decisions") {
		t.Fatalf("export yaml: %d %q %q", code, stdout, stderr)
	}
	b, _ := os.ReadFile(yamlFile)
	for _, want := range []string{"doc_hash: " + hashes["b.txt"], "action: reject", "span: [51, 56]", "value: 9.8", "by: ana"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("review export YAML lacks %q:\n%s", want, b)
		}
	}
	// The YAML file applies to another store of the same corpus.
	corpus2, out2, _ := reviewedOut(t)
	_ = corpus2
	if code, stdout, stderr := econtrack(t, "review", "import", yamlFile, "--out", out2); code != exitOK || !strings.Contains(stdout, "2 new") {
		t.Fatalf("import yaml into another store: %d %q %q", code, stdout, stderr)
	}
	_, jsonl, _ := econtrack(t, "review", "export", "-", "--out", out2)
	if n := strings.Count(jsonl, "\n"); n != 2 {
		t.Errorf("review export - wrote %d lines: %s", n, jsonl)
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(strings.SplitN(jsonl, "\n", 2)[0]), &first); err != nil || first["action"] != "reject" {
		t.Errorf("first exported line: %v %v", first, err)
	}

	for _, tt := range []struct{ name, body, says string }{
		{"bad.jsonl", "\n" + `{"doc_hash":"x","indicator":"inflation_rate","span":[1,2],"action":"maybe","at":"2026-01-02T10:00:00Z"}`, "bad.jsonl:2"},
		{"unknown.jsonl", `{"doc_hash":"x","indicator":"inflation_rate","span":[1,2],"action":"reject","at":"2026-01-02T10:00:00Z","colour":"red"}`, "colour"},
		{"bad.yaml", "- doc_hash: x\n  indicator: inflation_rate\n  span: [1, 2]\n  action: correct\n  to_indicator: nope\n  at: 2026-01-02T10:00:00Z\n", "bad.yaml:1: to_indicator \"nope\""},
		{"notime.yaml", "- doc_hash: x\n  indicator: inflation_rate\n  span: [1, 2]\n  action: accept\n", "no time"},
	} {
		code, _, stderr := econtrack(t, "review", "import", write(tt.name, tt.body), "--out", out)
		if code != exitUsage || !strings.Contains(stderr, tt.says) {
			t.Errorf("import %s: exit %d, %q; want exit 2 saying %q", tt.name, code, stderr, tt.says)
		}
	}
}

func TestAsOf(t *testing.T) {
	corpus, out, _ := reviewedOut(t)
	code, stdout, _ := econtrack(t, "export", "--format", "jsonl", "--as-of", "2025-05-31", "--out", out)
	if code != exitOK || strings.Contains(stdout, "c.txt") || !strings.Contains(stdout, "a.txt") || !strings.Contains(stdout, "b.txt") {
		t.Errorf("export --as-of 2025-05-31: %d %s", code, stdout)
	}
	out2 := filepath.Join(t.TempDir(), "asof")
	if code, _, stderr := econtrack(t, "run", "--corpus", corpus, "--out", out2, "--as-of", "2025-05-11"); code != exitOK {
		t.Fatalf("run --as-of: %d %s", code, stderr)
	}
	b, _ := os.ReadFile(filepath.Join(out2, "run.json"))
	report, _ := os.ReadFile(filepath.Join(out2, "report", "index.html"))
	if !strings.Contains(string(b), `"as_of": "2025-05-11"`) || !strings.Contains(string(report), "10.2%") || strings.Contains(string(report), "10.4%") || strings.Contains(string(report), "9.9%") {
		t.Errorf("run --as-of 2025-05-11 shows more than a.txt: %s", b)
	}
	for _, args := range [][]string{{"run", "--as-of", "May"}, {"export", "--as-of", "2025-13-01"}, {"chart", "inflation_rate", "--as-of", "x"}, {"serve", "--as-of", "2025"}} {
		if code, _, stderr := econtrack(t, append(args, "--out", out)...); code != exitUsage || !strings.Contains(stderr, "--as-of") {
			t.Errorf("%v: exit %d %q, want 2 naming --as-of", args, code, stderr)
		}
	}
}

func TestServeAddress(t *testing.T) {
	_, out, _ := reviewedOut(t)
	for _, tt := range []struct {
		addr, token string
		code        int
		says        string
	}{
		{"0.0.0.0:8080", "", exitUsage, "ECONTRACK_SERVE_TOKEN"},
		{"192.0.2.1:8080", "", exitUsage, "beyond this machine"},
		{"8080", "", exitUsage, "host:port"},
	} {
		t.Setenv("ECONTRACK_SERVE_TOKEN", tt.token)
		if code, _, stderr := econtrack(t, "serve", "--addr", tt.addr, "--out", out); code != tt.code || !strings.Contains(stderr, tt.says) {
			t.Errorf("serve --addr %s: exit %d %q, want %d saying %q", tt.addr, code, stderr, tt.code, tt.says)
		}
	}
	t.Setenv("ECONTRACK_SERVE_TOKEN", "")
	if code, _, stderr := econtrack(t, "serve", "--out", filepath.Join(t.TempDir(), "none")); code != exitFailure || !strings.Contains(stderr, "does not exist") {
		t.Errorf("serve without a store: exit %d %q", code, stderr)
	}
}
