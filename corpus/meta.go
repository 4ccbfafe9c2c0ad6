package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/econtrack/econtrack/internal/yamlerr"
	"go.yaml.in/yaml/v3"
)

// meta is document metadata from one source.
type meta struct {
	Published, Source, URL, Title, Lang string
	// Text is how an HTML page's text is taken: "readability" (the
	// article's main text, as econtrack fetch marks the pages it writes)
	// or "" (every visible text).
	Text string
	// from names where the metadata came from, for warnings.
	from string
	// unknown warns of the fields of a sidecar or manifest.yaml entry that
	// econtrack does not read, each with its file and line.
	unknown []string
}

// merged is the metadata of a document, each field from the first source
// that gives it.
type merged struct {
	meta
	publishedFrom string
}

func merge(ms []meta) merged {
	var out merged
	for _, m := range ms {
		if out.Published == "" && m.Published != "" {
			out.Published, out.publishedFrom = m.Published, m.from
		}
		if out.Source == "" {
			out.Source = m.Source
		}
		if out.URL == "" {
			out.URL = m.URL
		}
		if out.Title == "" {
			out.Title = m.Title
		}
		if out.Lang == "" {
			out.Lang = m.Lang
		}
		if out.Text == "" {
			out.Text = m.Text
		}
	}
	return out
}

// metaError formats a YAML problem as a skip reason naming the metadata
// file and its line; offset is the file line of the YAML's first line minus 1.
func metaError(file string, offset int, err error) string {
	line, msg := yamlerr.Split(err)
	if line > 0 {
		return fmt.Sprintf("metadata does not parse: %s line %d: %s", file, line+offset, msg)
	}
	return fmt.Sprintf("metadata does not parse: %s: %s", file, msg)
}

// parseMeta reads a metadata mapping; a known key must hold a single value.
// Unknown keys are ignored in front matter (which Jekyll and Hugo fill with
// their own); in sidecars and manifest.yaml, which exist for econtrack
// (strict), each is listed in meta.unknown, so that a misspelt
// "publshed" does not leave a document undated without a word.
func parseMeta(n *yaml.Node, from string, strict bool) (meta, *yaml.Node, error) {
	m := meta{from: from}
	for n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind == 0 || n.Kind == yaml.DocumentNode || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		return m, nil, nil // empty
	}
	if n.Kind != yaml.MappingNode {
		return m, n, errors.New("want a mapping of fields")
	}
	var date string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		for v.Kind == yaml.AliasNode {
			v = v.Alias
		}
		var dst *string
		switch strings.ToLower(k.Value) {
		case "published":
			dst = &m.Published
		case "date": // the Jekyll/Hugo name, used when published is absent
			dst = &date
		case "source":
			dst = &m.Source
		case "url":
			dst = &m.URL
		case "title":
			dst = &m.Title
		case "lang":
			dst = &m.Lang
		case "text":
			dst = &m.Text
		case "fetched_at", "feed": // written by econtrack fetch, for people
			continue
		default:
			if strict {
				m.unknown = append(m.unknown, fmt.Sprintf("%s line %d: unknown field %q ignored (econtrack reads published, date, source, url, title, lang and text)", from, k.Line, k.Value))
			}
			continue
		}
		if v.Kind != yaml.ScalarNode {
			return m, v, fmt.Errorf("%s: want a single value", k.Value)
		}
		if v.Tag != "!!null" {
			*dst = strings.TrimSpace(v.Value)
		}
	}
	if m.Published == "" {
		m.Published = date
	}
	return m, nil, nil
}

// lineErr is an error at a YAML line.
func lineErr(n *yaml.Node, err error) error {
	if n != nil && n.Line > 0 {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	return err
}

// splitFrontMatter splits YAML front matter (--- … --- or ...) from the
// text. reason is set when the front matter does not parse.
func splitFrontMatter(content, rel string) (body string, m meta, reason string, ok bool) {
	var first string
	switch {
	case strings.HasPrefix(content, "---\n"):
		first = "---\n"
	case strings.HasPrefix(content, "---\r\n"):
		first = "---\r\n"
	default:
		return content, meta{}, "", false
	}
	rest := content[len(first):]
	off := 0
	for off <= len(rest) {
		end := strings.IndexByte(rest[off:], '\n')
		line, next := rest[off:], len(rest)
		if end >= 0 {
			line, next = rest[off:off+end], off+end+1
		}
		if l := strings.TrimRight(line, "\r \t"); l == "---" || l == "..." {
			var n yaml.Node
			if err := yaml.Unmarshal([]byte(rest[:off]), &n); err != nil {
				return "", meta{}, metaError("front matter of "+rel, 1, err), false
			}
			fm, at, err := parseMeta(&n, "front matter", false)
			if err != nil {
				return "", meta{}, metaError("front matter of "+rel, 1, lineErr(at, err)), false
			}
			return rest[next:], fm, "", true
		}
		if end < 0 {
			break
		}
		off = next
	}
	return content, meta{}, "", false // never closed: not front matter
}

// sidecarName returns NAME.meta.yaml for NAME.txt.
func sidecarName(rel string) string {
	return strings.TrimSuffix(rel, path.Ext(rel)) + ".meta.yaml"
}

// sidecar reads the document's NAME.meta.yaml, nil when there is none.
// reason is set when it cannot be read; warning when it is not valid YAML
// but reads as plain "key: value" lines (a title with a colon in it).
func (c *corpusDir) sidecar(rel string) (m *meta, reason, warning string) {
	name := sidecarName(rel)
	p, fi, why, err := c.resolve(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, "", ""
	case err != nil:
		return nil, fmt.Sprintf("metadata unreadable: %s: %s", name, cause(err)), ""
	case why != "":
		return nil, fmt.Sprintf("metadata %s: %s", name, why), ""
	case !fi.Mode().IsRegular():
		return nil, fmt.Sprintf("metadata %s: not a regular file", name), ""
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Sprintf("metadata unreadable: %s: %s", name, cause(err)), ""
	}
	var n yaml.Node
	if err := yaml.Unmarshal(b, &n); err != nil {
		if lm, ok := plainMeta(b, name); ok {
			return &lm, "", strings.TrimPrefix(metaError(name, 0, err), "metadata does not parse: ") + "; read as plain key: value lines"
		}
		return nil, metaError(name, 0, err), ""
	}
	pm, at, err := parseMeta(&n, name, true)
	if err != nil {
		return nil, metaError(name, 0, lineErr(at, err)), ""
	}
	return &pm, "", ""
}

// plainMeta reads metadata that is not valid YAML but is plain "key: value"
// lines, as people write them ("title: Governor: inflation is under
// control"): every non-empty line must start with a known field name.
func plainMeta(b []byte, from string) (meta, bool) {
	m := meta{from: from}
	fields := map[string]*string{"published": &m.Published, "source": &m.Source, "url": &m.URL, "title": &m.Title, "lang": &m.Lang}
	any := false
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		dst := fields[strings.ToLower(k)]
		if !ok || dst == nil {
			return meta{}, false
		}
		v = strings.TrimSpace(v)
		if v != "" && strings.ContainsRune("[{|>&*!", rune(v[0])) {
			return meta{}, false // YAML structure gone wrong, not plain text
		}
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		*dst, any = v, true
	}
	return m, any
}

// manifest is the corpus folder's manifest.yaml.
type manifest struct {
	entries map[string]meta
	names   []string  // entries, sorted
	err     string    // set when manifest.yaml does not parse: every document is skipped with it
	skipped []Skipped // entries refused
}

const manifestName = "manifest.yaml"

// loadManifest reads manifest.yaml, a mapping from file names (relative to
// the corpus folder) to metadata.
func (c *corpusDir) loadManifest() *manifest {
	m := &manifest{entries: map[string]meta{}}
	p, fi, reason, err := c.resolve(manifestName)
	if errors.Is(err, fs.ErrNotExist) {
		return m
	}
	if err == nil && reason == "" && !fi.Mode().IsRegular() {
		reason = "not a regular file"
	}
	if err != nil || reason != "" {
		if reason == "" {
			reason = "unreadable: " + cause(err)
		}
		m.skipped = append(m.skipped, Skipped{File: manifestName, Reason: reason})
		return m
	}
	b, err := os.ReadFile(p)
	if err != nil {
		m.skipped = append(m.skipped, Skipped{File: manifestName, Reason: "unreadable: " + cause(err)})
		return m
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		m.err = metaError(manifestName, 0, err)
		return m
	}
	root := &doc
	for root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	if root.Kind == 0 || root.Kind == yaml.DocumentNode || (root.Kind == yaml.ScalarNode && root.Tag == "!!null") {
		return m
	}
	if root.Kind != yaml.MappingNode {
		m.err = metaError(manifestName, 0, lineErr(root, errors.New("want a mapping from file names to metadata")))
		return m
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		name := k.Value
		clean := path.Clean(strings.ReplaceAll(name, `\`, "/"))
		if path.IsAbs(clean) || filepath.IsAbs(name) || clean == ".." || strings.HasPrefix(clean, "../") {
			m.skipped = append(m.skipped, Skipped{File: name, Reason: "refused: manifest.yaml entry points outside the corpus"})
			continue
		}
		for v.Kind == yaml.AliasNode {
			v = v.Alias
		}
		if v.Kind != yaml.MappingNode && !(v.Kind == yaml.ScalarNode && v.Tag == "!!null") {
			m.err = metaError(manifestName, 0, lineErr(v, fmt.Errorf("%s: want a mapping of fields", name)))
			return m
		}
		md, at, err := parseMeta(v, manifestName, true)
		if err != nil {
			m.err = metaError(manifestName, 0, lineErr(at, err))
			return m
		}
		m.entries[clean] = md
		m.names = append(m.names, clean)
	}
	sort.Strings(m.names)
	return m
}

// normalizeDate reads an ISO date or date-time. A date, or a date-time with
// no zone, gives YYYY-MM-DD (the zone is never guessed); a date-time with a
// zone gives RFC 3339.
func normalizeDate(s string) (string, time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999Z0700", "2006-01-02 15:04:05.999999999Z07:00", "2006-01-02 15:04:05.999999999 -07:00", "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.RFC3339), t, true
		}
	}
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
			return d.Format("2006-01-02"), d, true
		}
	}
	return "", time.Time{}, false
}

// markdownTitle returns the text of the first "# " heading.
func markdownTitle(text string) string {
	for line := range strings.Lines(text) {
		if t, ok := strings.CutPrefix(strings.TrimSpace(line), "# "); ok {
			return strings.TrimSpace(t)
		}
	}
	return ""
}
