package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestQuantitiesSeed(t *testing.T) {
	seed, err := os.ReadFile("../../seeds/000_52f58f8fcdcb1fb8.txt")
	if err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "", string(seed), "quantities", "--lang", "ar", "--ref", "2025-11-04", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var found []string
	runes := []rune(string(seed))
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var q struct {
			Text       string `json:"text"`
			Kind       string `json:"kind"`
			Value      any    `json:"value"`
			Start, End int
		}
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatal(err)
		}
		if string(runes[q.Start:q.End]) != q.Text {
			t.Errorf("span [%d,%d) is not %q", q.Start, q.End, q.Text)
		}
		found = append(found, q.Kind+"="+strings.Trim(string(mustJSON(q.Value)), `"`))
	}
	all := strings.Join(found, " ")
	for _, want := range []string{"percent=99", "ordinal=30", "ordinal=4", "duration=2", "date=2025-11-03", "date=2025-11-04", "date=2024-08"} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %s in %s", want, all)
		}
	}
	if strings.Count(all, "percent=99") != 2 {
		t.Errorf("want 99%% twice: %s", all)
	}
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

func TestQuantitiesInvalidUTF8(t *testing.T) {
	code, _, stderr := runCLI(t, "", "abc\xffdef", "quantities", "--lang", "en", "-")
	if code != exitFailure || !strings.Contains(stderr, "byte 3") {
		t.Fatalf("exit %d, stderr %q; want a failure naming byte 3", code, stderr)
	}
}
