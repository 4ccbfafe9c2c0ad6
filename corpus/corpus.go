// Package corpus reads the documents of a corpus folder: .txt, .md and .html
// files with their metadata from YAML front matter, a NAME.meta.yaml sidecar
// or the folder's manifest.yaml. Files that cannot be read as documents are
// skipped with a one-line reason; only a missing corpus, a cancelled context
// or the caller's own error stop a read.
package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/econtrack/econtrack/indicators/lang"
)

// DefaultMaxBytes is the size limit when Options.MaxBytes is zero (10 MiB,
// the corpus.max_bytes default).
const DefaultMaxBytes = 10 << 20

// Options tune a read.
type Options struct {
	// MaxBytes skips larger files; 0 means DefaultMaxBytes.
	MaxBytes int64
}

// Document is one corpus file, read.
type Document struct {
	Path    string // slash-separated, relative to the corpus folder
	AbsPath string // absolute path of the file in the corpus
	Hash    string // hex SHA-256 of the file's raw bytes: the identity
	Title   string
	Lang    string // ar, en or ru
	// Published is the publication date as the metadata gave it, normalized
	// to YYYY-MM-DD or RFC 3339; "" when unknown.
	Published string
	// Ref is the publication time, the reference for relative dates; zero
	// when unknown. A date without a time is midnight UTC.
	Ref    time.Time
	Source string
	URL    string
	// Text is the document text: the file after any front matter, or for
	// HTML the visible text with tags, scripts and styles removed and
	// entities decoded. Observation offsets index Text.
	Text string
	// Warnings are problems that did not stop the read, each naming the file.
	Warnings []string
}

// Skipped is a file that was not read, and why.
type Skipped struct {
	File   string `json:"file"`   // relative to the corpus folder
	Reason string `json:"reason"` // one line
}

// docExts are the extensions read as documents.
var docExts = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true}

// isCandidate reports whether a file name is read as a document.
func isCandidate(name string) bool {
	return !strings.HasPrefix(name, ".") && docExts[strings.ToLower(filepath.Ext(name))]
}

// entry is a candidate found by the walk.
type entry struct {
	rel string // slash path relative to the corpus folder
	dir bool   // a symbolic link to a folder
}

// corpusDir is an opened corpus root.
type corpusDir struct {
	dir    string // absolute folder
	real   string // dir with symbolic links resolved
	single string // the relative name when the root was a single file
}

func open(root string) (*corpusDir, error) {
	st, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", root, err)
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", root, err)
	}
	c := &corpusDir{dir: abs}
	if !st.IsDir() {
		c.dir, c.single = filepath.Dir(abs), filepath.Base(abs)
	}
	if c.real, err = filepath.EvalSymlinks(c.dir); err != nil {
		return nil, fmt.Errorf("corpus %s: %w", root, err)
	}
	return c, nil
}

// scan lists the candidates sorted by path and the folders it could not read.
func (c *corpusDir) scan() ([]entry, []Skipped, error) {
	if c.single != "" {
		return []entry{{rel: c.single}}, nil, nil
	}
	var entries []entry
	var skipped []Skipped
	err := filepath.WalkDir(c.dir, func(p string, d fs.DirEntry, err error) error {
		rel := c.rel(p)
		if err != nil {
			if p == c.dir {
				return err
			}
			skipped = append(skipped, Skipped{File: rel, Reason: "unreadable folder: " + cause(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p == c.dir {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case d.IsDir():
			return nil
		case isCandidate(d.Name()):
			entries = append(entries, entry{rel: rel})
		case d.Type()&fs.ModeSymlink != 0:
			if st, err := os.Stat(p); err == nil && st.IsDir() {
				entries = append(entries, entry{rel: rel, dir: true})
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("corpus %s: %w", c.dir, err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].rel < entries[j].rel })
	return entries, skipped, nil
}

func (c *corpusDir) rel(p string) string {
	r, err := filepath.Rel(c.dir, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

// inside reports whether the resolved path target lies in the corpus.
func (c *corpusDir) inside(target string) bool {
	r, err := filepath.Rel(c.real, target)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) && !filepath.IsAbs(r)
}

// resolve returns the path to open for rel, refusing a symbolic link that
// leaves the corpus. A missing file gives an fs.ErrNotExist error.
func (c *corpusDir) resolve(rel string) (string, fs.FileInfo, string, error) {
	p := filepath.Join(c.dir, filepath.FromSlash(rel))
	fi, err := os.Lstat(p)
	if err != nil {
		return "", nil, "", err
	}
	if fi.Mode()&fs.ModeSymlink == 0 {
		return p, fi, "", nil
	}
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", nil, "unreadable: broken symbolic link", nil
	}
	if !c.inside(target) {
		return "", nil, "refused: symbolic link points outside the corpus", nil
	}
	if fi, err = os.Stat(target); err != nil {
		return "", nil, "unreadable: " + cause(err), nil
	}
	return target, fi, "", nil
}

// List returns the candidate documents under root, slash paths relative to
// it, sorted: cheap, no file is opened. A single-file root lists its base name.
func List(root string) ([]string, error) {
	c, err := open(root)
	if err != nil {
		return nil, err
	}
	entries, _, err := c.scan()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.dir {
			out = append(out, e.rel)
		}
	}
	return out, nil
}

// Read reads every document under root in sorted path order, one at a time,
// calling fn for each good one. Files that cannot be read are returned as
// skipped, each with a reason; the error is only for a root that cannot be
// read, a cancelled ctx or an error from fn.
func Read(ctx context.Context, root string, opts Options, fn func(Document) error) ([]Skipped, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	c, err := open(root)
	if err != nil {
		return nil, err
	}
	entries, skipped, err := c.scan()
	if err != nil {
		return nil, err
	}
	man := c.loadManifest()
	skipped = append(skipped, man.skipped...)
	if c.single == "" {
		have := map[string]bool{}
		for _, e := range entries {
			have[e.rel] = true
		}
		for _, name := range man.names {
			if !have[name] {
				skipped = append(skipped, Skipped{File: name, Reason: "manifest.yaml names a file that is not a document in the corpus"})
			}
		}
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return sortSkipped(skipped), err
		}
		if e.dir {
			p := filepath.Join(c.dir, filepath.FromSlash(e.rel))
			if target, err := filepath.EvalSymlinks(p); err == nil && !c.inside(target) {
				skipped = append(skipped, Skipped{File: e.rel, Reason: "refused: symbolic link points outside the corpus"})
			}
			continue
		}
		doc, reason := c.read(e.rel, opts, man)
		if reason != "" {
			skipped = append(skipped, Skipped{File: e.rel, Reason: reason})
			continue
		}
		if err := fn(doc); err != nil {
			return sortSkipped(skipped), fmt.Errorf("%s: %w", e.rel, err)
		}
	}
	return sortSkipped(skipped), nil
}

// ReadOne reads the document at rel (a slash path relative to root, as
// Read gives it) as Read would, with the corpus's manifest; the error says
// why it cannot be read. Paths outside the corpus are refused.
func ReadOne(ctx context.Context, root, rel string, opts Options) (Document, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if err := ctx.Err(); err != nil {
		return Document{}, err
	}
	clean := path.Clean(rel)
	if rel == "" || clean != rel || path.IsAbs(rel) || clean == ".." || strings.HasPrefix(clean, "../") {
		return Document{}, fmt.Errorf("%s: refused: not a path inside the corpus", rel)
	}
	c, err := open(root)
	if err != nil {
		return Document{}, err
	}
	if c.single != "" && rel != c.single {
		return Document{}, fmt.Errorf("%s: not in the corpus %s", rel, root)
	}
	doc, reason := c.read(rel, opts, c.loadManifest())
	if reason != "" {
		return Document{}, fmt.Errorf("%s: %s", rel, reason)
	}
	return doc, nil
}

func sortSkipped(s []Skipped) []Skipped {
	sort.SliceStable(s, func(i, j int) bool { return s[i].File < s[j].File })
	return s
}

// read reads one document, or says why it is skipped.
func (c *corpusDir) read(rel string, opts Options, man *manifest) (Document, string) {
	if !isCandidate(path.Base(rel)) {
		return Document{}, "not a .txt, .md or .html file"
	}
	p, fi, reason, err := c.resolve(rel)
	if err != nil {
		return Document{}, "unreadable: " + cause(err)
	}
	if reason != "" {
		return Document{}, reason
	}
	if !fi.Mode().IsRegular() {
		return Document{}, "not a regular file"
	}
	if fi.Size() == 0 {
		return Document{}, "empty file"
	}
	if fi.Size() > opts.MaxBytes {
		return Document{}, fmt.Sprintf("too large: %d bytes, more than corpus.max_bytes (%d)", fi.Size(), opts.MaxBytes)
	}
	raw, err := readLimited(p, opts.MaxBytes)
	if err != nil {
		return Document{}, "unreadable: " + cause(err)
	}
	if int64(len(raw)) > opts.MaxBytes {
		return Document{}, fmt.Sprintf("too large: more than corpus.max_bytes (%d)", opts.MaxBytes)
	}
	if len(raw) == 0 {
		return Document{}, "empty file"
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return Document{}, fmt.Sprintf("binary: NUL byte at byte %d", i)
	}
	if i := invalidUTF8(raw); i >= 0 {
		return Document{}, fmt.Sprintf("not UTF-8 at byte %d", i)
	}
	sum := sha256.Sum256(raw)
	doc := Document{
		Path:    rel,
		AbsPath: filepath.Join(c.dir, filepath.FromSlash(rel)),
		Hash:    hex.EncodeToString(sum[:]),
	}
	content := strings.TrimPrefix(string(raw), "\uFEFF")

	// Metadata, first found wins, field by field.
	var metas []meta
	body, fm, fmErr, hasFM := splitFrontMatter(content, rel)
	if fmErr != "" {
		return Document{}, fmErr
	}
	if hasFM {
		metas = append(metas, fm)
	} else if strings.HasPrefix(content, "---\n") || strings.HasPrefix(content, "---\r\n") {
		doc.Warnings = append(doc.Warnings, rel+": starts with --- but the front matter is never closed; read as text")
	}
	side, reason, warning := c.sidecar(rel)
	if reason != "" {
		return Document{}, reason
	}
	if warning != "" {
		doc.Warnings = append(doc.Warnings, warning)
	}
	if side != nil {
		metas = append(metas, *side)
		doc.Warnings = append(doc.Warnings, side.unknown...)
	}
	if man.err != "" {
		return Document{}, man.err
	}
	if m, ok := man.entries[rel]; ok {
		metas = append(metas, m)
		doc.Warnings = append(doc.Warnings, m.unknown...)
	}

	ext := strings.ToLower(path.Ext(rel))
	if ext == ".html" || ext == ".htm" {
		text, hm, err := extractHTML(body)
		if err != nil {
			return Document{}, "HTML does not parse: " + err.Error()
		}
		switch mode := merge(metas).Text; mode {
		case "":
		case "readability":
			if main, ok := mainText(body, merge(append(metas, hm)).URL); ok {
				text = main
			} else {
				doc.Warnings = append(doc.Warnings, rel+": readability found no article; every visible text is read")
			}
		default:
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("%s: text %q is not readability; every visible text is read", rel, mode))
		}
		body = text
		hm.from = "<meta> in " + rel
		metas = append(metas, hm)
	} else if ext == ".md" {
		metas = append(metas, meta{Title: markdownTitle(body)})
	}
	if strings.TrimSpace(body) == "" {
		if hasFM {
			return Document{}, "empty: no text after the front matter"
		}
		return Document{}, "empty: no text"
	}
	doc.Text = body

	m := merge(metas)
	doc.Title, doc.Source, doc.URL = m.Title, m.Source, m.URL
	doc.Lang = lang.Detect(body)
	if m.Lang != "" {
		if l, ok := lang.Normalize(m.Lang); ok {
			doc.Lang = l
		} else {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("%s: lang %q is not ar, en or ru; %s detected from the script", rel, m.Lang, doc.Lang))
		}
	}
	switch {
	case m.Published == "":
		doc.Warnings = append(doc.Warnings, rel+": no publication date (published); relative dates stay unresolved")
	default:
		norm, ref, ok := normalizeDate(m.Published)
		if !ok {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("%s: published %q (%s) is not a date; relative dates stay unresolved", rel, m.Published, m.publishedFrom))
			break
		}
		doc.Published, doc.Ref = norm, ref
		if ref.After(time.Now().Add(24 * time.Hour)) {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("%s: published %s (%s) is in the future; relative dates are resolved against it", rel, norm, m.publishedFrom))
		}
	}
	return doc, ""
}

// readLimited reads at most limit+1 bytes of p.
func readLimited(p string, limit int64) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}

// invalidUTF8 returns the offset of the first byte that is not UTF-8, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// cause drops the path from an os error: the reason names the file anyway.
func cause(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
