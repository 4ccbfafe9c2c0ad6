package config

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/indicators/lang"
	"github.com/econtrack/econtrack/internal/yamlerr"
)

// The schema of a configuration file is the Config struct itself, read by
// reflection through its mapstructure tags: structs have a fixed set of keys,
// map[string]struct (the catalog) any id, map[string]scalar a language key.

var (
	configType    = reflect.TypeFor[Config]()
	indicatorType = reflect.TypeFor[indicators.Indicator]()
	durationType  = reflect.TypeFor[time.Duration]()
)

// Languages are the keys of per-language maps (names, cues, exclude) and the
// values of the *.lang settings.
var languages = lang.Codes()

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// origin is where a leaf's value came from.
type origin struct {
	source string // "default", "file PATH", "env NAME", "flag --NAME"
	file   string // set for file values
	line   int
}

// leaf is one scalar or list value at a dotted key.
type leaf struct {
	key    string
	value  any // string, int64, float64, bool or []any of strings
	origin *origin
}

// tree is a set of leaves from one source.
type tree struct{ leaves []leaf }

// nested returns the leaves as nested maps, as viper merges them.
func (t *tree) nested() map[string]any {
	root := map[string]any{}
	for _, l := range t.leaves {
		parts := strings.Split(l.key, ".")
		m := root
		for _, p := range parts[:len(parts)-1] {
			sub, ok := m[p].(map[string]any)
			if !ok {
				sub = map[string]any{}
				m[p] = sub
			}
			m = sub
		}
		m[parts[len(parts)-1]] = l.value
	}
	return root
}

// parseTree parses and type-checks a YAML configuration file.
func parseTree(content []byte, file, source string) (*tree, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(content, &doc); err != nil {
		line, msg := yamlerr.Split(err)
		return nil, &Error{File: file, Line: line, Err: fmt.Errorf("not valid YAML: %s", msg)}
	}
	t := &tree{}
	if doc.Kind == 0 || len(doc.Content) == 0 { // empty file
		return t, nil
	}
	w := walker{file: file, source: source, tree: t}
	if err := w.sourcesByName(doc.Content[0]); err != nil {
		return nil, err
	}
	if err := w.walk(doc.Content[0], configType, ""); err != nil {
		return nil, err
	}
	return t, nil
}

// sourcesByName rewrites "sources" written as a list of sources, each with
// its name ("- name: tass\n  feed: …"), into the map by name the schema
// has ("tass: {feed: …}"), in place: both are accepted, and every value
// keeps its line for messages.
func (w *walker) sourcesByName(root *yaml.Node) error {
	if root.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if strings.ToLower(root.Content[i].Value) != "sources" || root.Content[i+1].Kind != yaml.SequenceNode {
			continue
		}
		list := root.Content[i+1]
		byName := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: list.Line, Column: list.Column}
		for k, item := range list.Content {
			if item.Kind != yaml.MappingNode {
				return w.errorf(item, "sources", "item %d: want a source, a mapping with a name and a feed or urls", k+1)
			}
			var name *yaml.Node
			rest := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: item.Line, Column: item.Column}
			for j := 0; j+1 < len(item.Content); j += 2 {
				if strings.ToLower(item.Content[j].Value) == "name" {
					name = item.Content[j+1]
					continue
				}
				rest.Content = append(rest.Content, item.Content[j], item.Content[j+1])
			}
			if name == nil || name.Kind != yaml.ScalarNode || name.Value == "" {
				return w.errorf(item, "sources", "item %d: no name (a source's name is its folder in the corpus)", k+1)
			}
			byName.Content = append(byName.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: name.Value, Line: name.Line, Column: name.Column}, rest)
		}
		root.Content[i+1] = byName
	}
	return nil
}

type walker struct {
	file, source string
	tree         *tree
}

func (w *walker) errorf(n *yaml.Node, key, format string, args ...any) error {
	return &Error{Key: key, File: w.file, Line: n.Line, Err: fmt.Errorf(format, args...)}
}

func (w *walker) add(n *yaml.Node, key string, v any) {
	w.tree.leaves = append(w.tree.leaves, leaf{key: key, value: v, origin: &origin{source: w.source, file: w.file, line: n.Line}})
}

func join(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

func (w *walker) walk(n *yaml.Node, t reflect.Type, key string) error {
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if t == durationType {
		return w.duration(n, key)
	}
	switch t.Kind() {
	case reflect.Struct:
		if isNull(n) {
			return nil
		}
		if n.Kind != yaml.MappingNode {
			return w.errorf(n, key, "want a mapping of keys, got %s", describe(n))
		}
		fields := structFields(t)
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			kn, vn := n.Content[i], n.Content[i+1]
			name := strings.ToLower(kn.Value)
			k := join(key, name)
			if seen[name] {
				return w.errorf(kn, k, "key set twice")
			}
			seen[name] = true
			if t == indicatorType && name == "id" {
				return w.errorf(kn, k, "unknown key: an indicator's id is its key in the catalog")
			}
			ft, ok := fields[name]
			if !ok {
				return w.errorf(kn, k, "unknown key%s", suggest(name, fields))
			}
			if err := w.walk(vn, ft, k); err != nil {
				return err
			}
		}
		return nil
	case reflect.Map:
		if isNull(n) {
			return nil
		}
		if n.Kind != yaml.MappingNode {
			return w.errorf(n, key, "want a mapping, got %s", describe(n))
		}
		elem := t.Elem()
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			kn, vn := n.Content[i], n.Content[i+1]
			name := strings.ToLower(kn.Value)
			k := join(key, name)
			if seen[name] {
				return w.errorf(kn, k, "key set twice")
			}
			seen[name] = true
			if elem.Kind() == reflect.Struct {
				if !idPattern.MatchString(name) {
					return w.errorf(kn, k, "invalid id %q: want lower-case letters, digits and _", kn.Value)
				}
			} else if strings.HasSuffix(key, ".headline") {
				// Per country: the catalog's headline qualifiers.
				if len(name) != 2 || strings.Trim(name, "abcdefghijklmnopqrstuvwxyz") != "" {
					return w.errorf(kn, k, "invalid country %q: want an ISO 3166 alpha-2 code (EG)", kn.Value)
				}
			} else if !isLanguage(name) {
				return w.errorf(kn, k, "unknown language key: want one of %s", strings.Join(languages, ", "))
			}
			if err := w.walk(vn, elem, k); err != nil {
				return err
			}
		}
		return nil
	case reflect.Slice:
		if isNull(n) {
			w.add(n, key, []any{})
			return nil
		}
		if n.Kind != yaml.SequenceNode {
			return w.errorf(n, key, "want a list, got %s", describe(n))
		}
		vals := make([]any, 0, len(n.Content))
		for _, e := range n.Content {
			for e.Kind == yaml.AliasNode {
				e = e.Alias
			}
			if e.Kind != yaml.ScalarNode || isNull(e) || e.Tag == "!!bool" {
				return w.errorf(e, key, "want a list of strings, got %s in it", describe(e))
			}
			vals = append(vals, e.Value)
		}
		w.add(n, key, vals)
		return nil
	case reflect.String:
		if isNull(n) {
			w.add(n, key, "")
			return nil
		}
		if n.Kind != yaml.ScalarNode || n.Tag == "!!bool" {
			return w.errorf(n, key, "want a string, got %s", describe(n))
		}
		w.add(n, key, n.Value)
		return nil
	case reflect.Int, reflect.Int64:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
			return w.errorf(n, key, "want an integer, got %s", describe(n))
		}
		var i int64
		if err := n.Decode(&i); err != nil {
			return w.errorf(n, key, "want an integer: %v", err)
		}
		w.add(n, key, i)
		return nil
	case reflect.Float64:
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
			return w.errorf(n, key, "want a number, got %s", describe(n))
		}
		var f float64
		if err := n.Decode(&f); err != nil {
			return w.errorf(n, key, "want a number: %v", err)
		}
		w.add(n, key, f)
		return nil
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			return w.errorf(n, key, "want true or false, got %s", describe(n))
		}
		var b bool
		if err := n.Decode(&b); err != nil {
			return w.errorf(n, key, "want true or false: %v", err)
		}
		w.add(n, key, b)
		return nil
	}
	return w.errorf(n, key, "internal: unsupported type %s", t)
}

func (w *walker) duration(n *yaml.Node, key string) error {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!int" && n.Value == "0" {
		w.add(n, key, "0s")
		return nil
	}
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
		return w.errorf(n, key, "want a duration such as 30s or 2m, got %s", describe(n))
	}
	if _, err := time.ParseDuration(n.Value); err != nil {
		return w.errorf(n, key, "want a duration such as 30s or 2m, got %q", n.Value)
	}
	w.add(n, key, n.Value)
	return nil
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func isLanguage(s string) bool {
	for _, l := range languages {
		if s == l {
			return true
		}
	}
	return false
}

// describe names a node's YAML type for messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return "nothing"
		case "!!str":
			return fmt.Sprintf("the string %q", n.Value)
		case "!!int":
			return "the integer " + n.Value
		case "!!float":
			return "the number " + n.Value
		case "!!bool":
			return "the boolean " + n.Value
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "a YAML value"
}

// structFields maps the mapstructure names of t's settable fields to their
// types.
func structFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("mapstructure"), ",")
		if name == "" || name == "-" || (t == indicatorType && name == "id") {
			continue // an indicator's id is its catalog key
		}
		out[name] = f.Type
	}
	return out
}

// suggest returns " (did you mean X?)" for the closest known key.
func suggest(name string, fields map[string]reflect.Type) string {
	best, bestD := "", 3
	for f := range fields {
		if d := editDistance(name, f); d < bestD || (d == bestD && best != "" && f < best) {
			best, bestD = f, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %s?)", best)
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// leafKey is a settable key and its Go type.
type leafKey struct {
	key string
	typ reflect.Type
}

// schemaLeaves lists every leaf key the schema allows, given the map keys
// (catalog ids) present in data, sorted by key.
func schemaLeaves(t reflect.Type, prefix string, data map[string]any) []leafKey {
	var out []leafKey
	var rec func(t reflect.Type, key string, data map[string]any)
	rec = func(t reflect.Type, key string, data map[string]any) {
		switch {
		case t == durationType:
			out = append(out, leafKey{key, t})
		case t.Kind() == reflect.Struct:
			for name, ft := range structFields(t) {
				sub, _ := data[name].(map[string]any)
				rec(ft, join(key, name), sub)
			}
		case t.Kind() == reflect.Map && t.Elem().Kind() == reflect.Struct:
			for id := range data {
				sub, _ := data[id].(map[string]any)
				rec(t.Elem(), join(key, id), sub)
			}
		case t.Kind() == reflect.Map && strings.HasSuffix(key, ".headline"):
			for code := range data { // per country: only the countries set
				out = append(out, leafKey{join(key, code), t.Elem()})
			}
		case t.Kind() == reflect.Map:
			for _, l := range languages {
				out = append(out, leafKey{join(key, l), t.Elem()})
			}
		default:
			out = append(out, leafKey{key, t})
		}
	}
	rec(t, prefix, data)
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// parseString converts an environment or flag value to the type of its key.
func parseString(s string, t reflect.Type) (any, error) {
	if t == durationType {
		if _, err := time.ParseDuration(s); err != nil {
			return nil, fmt.Errorf("want a duration such as 30s or 2m, got %q", s)
		}
		return s, nil
	}
	switch t.Kind() {
	case reflect.String:
		return s, nil
	case reflect.Int, reflect.Int64:
		i, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("want an integer, got %q", s)
		}
		return i, nil
	case reflect.Float64:
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return nil, fmt.Errorf("want a number, got %q", s)
		}
		return f, nil
	case reflect.Bool:
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("want true or false, got %q", s)
		}
		return b, nil
	case reflect.Slice:
		vals := []any{}
		for p := range strings.SplitSeq(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				vals = append(vals, p)
			}
		}
		return vals, nil
	}
	return nil, errors.New("internal: unsupported type " + t.String())
}
