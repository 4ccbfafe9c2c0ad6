package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestRunOnSeeds is the README's main command: a run over the shipped
// seeds writes run.json (status ok, the seed read), the charts and the
// workbook; a second run adds nothing.
func TestRunOnSeeds(t *testing.T) {
	dir := copySeeds(t)
	code, _, stderr := runCLI(t, dir, "", "run")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Status    string `json:"status"`
		Documents struct {
			Read, New, Unchanged int
		} `json:"documents"`
		Observations struct {
			Extracted, Stored, Derived int
		} `json:"observations"`
		Artefacts []string `json:"artefacts"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "out", "run.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Status != "ok" || rep.Documents.Read != 1 || rep.Documents.New != 1 || rep.Observations.Derived != 1 {
		t.Fatalf("run.json: %s", b)
	}
	for _, want := range []string{"charts/settlement_share_national_currencies.png", "charts/settlement_share_national_currencies.svg", "charts/overview.png", "econtrack.xlsx"} {
		if _, err := os.Stat(filepath.Join(dir, "out", want)); err != nil {
			t.Errorf("missing artefact %s", want)
		}
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "out", "econtrack.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if idx, _ := f.GetSheetIndex("Observations"); idx < 0 {
		t.Errorf("workbook sheets %v lack Observations", f.GetSheetList())
	}

	code, _, stderr = runCLI(t, dir, "", "run")
	if code != exitOK {
		t.Fatalf("second run: exit %d: %s", code, stderr)
	}
	b, _ = os.ReadFile(filepath.Join(dir, "out", "run.json"))
	_ = json.Unmarshal(b, &rep)
	if rep.Documents.Unchanged != 1 || rep.Observations.Extracted != 0 {
		t.Fatalf("second run: %s", b)
	}
	_, out, _ := runCLI(t, dir, "", "runs", "--format", "jsonl")
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; n != 2 {
		t.Fatalf("runs lists %d runs, want 2:\n%s", n, out)
	}
}
