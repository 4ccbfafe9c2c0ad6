// Package yamlerr reads where a go.yaml.in/yaml/v3 syntax error is, so that
// the corpus reader and the configuration report a broken file by its line
// in the same words.
package yamlerr

import (
	"regexp"
	"strconv"
	"strings"
)

var lineRef = regexp.MustCompile(`line (\d+)`)

// Split returns the 1-based line of a yaml/v3 syntax error (0 when the
// library gives none) and its message on one line, without the "yaml: "
// prefix and the line reference. The library reports parser errors (not
// scanner errors) with a 0-based line, and none at all on the first line.
func Split(err error) (line int, msg string) {
	msg = strings.TrimPrefix(err.Error(), "yaml: ")
	if m := lineRef.FindStringSubmatchIndex(msg); m != nil {
		line, _ = strconv.Atoi(msg[m[2]:m[3]])
		msg = strings.TrimSpace(strings.TrimPrefix(msg[:m[0]]+msg[m[1]:], ":"))
	}
	for _, p := range []string{"did not find expected", "found duplicate %", "found incompatible YAML", "found undefined tag"} {
		if strings.HasPrefix(msg, p) {
			line++
			break
		}
	}
	return line, strings.ReplaceAll(msg, "\n", " ")
}
