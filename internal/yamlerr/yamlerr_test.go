package yamlerr

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestSplit checks the 1-based line of the errors the library words in
// different ways: scanner errors with their line, parser errors with a
// 0-based line, and errors on the first line with none.
func TestSplit(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		has       string
	}{
		{"tab indentation (scanner, line given)", "a: 1\nb:\n\t- x\n", 3, "cannot start any token"},
		{"unclosed flow sequence (parser, 0-based)", "a: 1\nb: [1, 2\nc: 3\n", 2, "did not find expected"},
		{"an error on the first line has no line", "a: b: c\n", 0, "mapping values are not allowed"},
	}
	for _, tt := range tests {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(tt.src), &n)
		if err == nil {
			t.Fatalf("%s: no error", tt.name)
		}
		line, msg := Split(err)
		if line != tt.line {
			t.Errorf("%s: line %d, want %d (%v)", tt.name, line, tt.line, err)
		}
		if !strings.Contains(msg, tt.has) || strings.Contains(msg, "yaml: ") || strings.Contains(msg, "\n") {
			t.Errorf("%s: message %q, want it to hold %q without the prefix or a line break", tt.name, msg, tt.has)
		}
	}
}
