package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// build writes files (slash paths → content) under a new folder.
func build(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symbolic links unavailable: %v", err)
	}
}

// readAll reads root and returns the documents by path.
func readAll(t *testing.T, root string, opts Options) (map[string]Document, []string, []Skipped) {
	t.Helper()
	docs := map[string]Document{}
	var order []string
	skipped, err := Read(context.Background(), root, opts, func(d Document) error {
		docs[d.Path] = d
		order = append(order, d.Path)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return docs, order, skipped
}

const englishText = "Inflation slowed to 7.5% in March, the central bank said.\n"

func TestReadCorpus(t *testing.T) {
	root := build(t, map[string]string{
		// Good documents, one per metadata source.
		"a.txt":       englishText,
		"a.meta.yaml": "published: 2025-01-02\nsource: Reuters\nurl: https://example.com/a\ntitle: Sidecar title\nauthor: ignored\n",
		"b.md": "---\ntitle: Front matter title\npublished: 2025-03-04T10:00:00+03:00\nlang: ru\nunknown_key: [1, 2]\n---\n" +
			"# Заголовок\n\nИнфляция замедлилась до 7,5%.\n",
		"b.meta.yaml": "title: Loses to front matter\nsource: Sidecar source\n",
		"c.txt":       "دعا الرئيس الصيني إلى توسيع الاستثمارات المتبادلة.\n",
		"sub/f.txt":   englishText,
		"manifest.yaml": "c.txt:\n  published: 2025-11-04\n  title: من البيان\n  source: Asharq\n" +
			"sub/f.txt: {published: '2024-12-31', lang: en}\n" +
			"../secret.txt: {title: escape}\n" +
			"missing.txt: {title: gone}\n",
		"d.html": `<!doctype html><html lang="en"><head><title>Rates &amp; prices</title>
<meta property="article:published_time" content="2025-05-06T07:08:09Z">
<link rel="canonical" href="https://example.com/d"><style>p{color:red}</style>
<script>var secret = "not text";</script></head>
<body><h1>Rates</h1><p>The key rate is <b>21%</b> &mdash; unchanged.</p><noscript>enable js</noscript><p>Second&nbsp;para</p></body></html>`,
		"e.txt": "Ключевая ставка осталась на уровне 21%.\n",
		// Not YAML (a colon in the title) but plain key: value lines: read, with a warning.
		"g.txt":       englishText,
		"g.meta.yaml": "published: 2025-06-16\ntitle: Governor: prices are under control\nsource: \"Wire\"\n",
		// Ignored without a word.
		"notes.pdf":        "%PDF",
		"e.gold.json":      "{}",
		".hidden.txt":      englishText,
		".git/config.txt":  englishText,
		"orphan.meta.yaml": "title: x\n",
		// Skipped with a reason.
		"empty.txt":          "",
		"blank.txt":          " \n\t\n",
		"latin1.txt":         "caf\xe9 au lait",
		"bin.txt":            "ab\x00cd",
		"big.txt":            strings.Repeat("x", 2000),
		"badfm.md":           "---\ntitle: ok\nurl: [unclosed\n---\ntext\n",
		"badside.txt":        englishText,
		"badside.meta.yaml":  "published: 2025-01-01\ntitle: [a, b\n",
		"emptyfm.md":         "---\ntitle: only metadata\n---\n\n",
		"listmeta.txt":       englishText,
		"listmeta.meta.yaml": "published: [2025, 2026]\n",
	})
	outside := build(t, map[string]string{"secret.txt": "outside the corpus\n"})
	symlink(t, filepath.Join(outside, "secret.txt"), filepath.Join(root, "link-out.txt"))
	symlink(t, outside, filepath.Join(root, "linkdir"))
	symlink(t, "a.txt", filepath.Join(root, "link-in.txt"))
	symlink(t, "nowhere.txt", filepath.Join(root, "broken.txt"))

	docs, order, skipped := readAll(t, root, Options{MaxBytes: 1000})

	wantSkipped := map[string]string{
		"../secret.txt": "refused: manifest.yaml entry points outside the corpus",
		"badfm.md":      "metadata does not parse: front matter of badfm.md line 3",
		"badside.txt":   "metadata does not parse: badside.meta.yaml line 2",
		"big.txt":       "too large: 2000 bytes, more than corpus.max_bytes (1000)",
		"bin.txt":       "binary: NUL byte at byte 2",
		"blank.txt":     "empty: no text",
		"broken.txt":    "unreadable: broken symbolic link",
		"empty.txt":     "empty file",
		"emptyfm.md":    "empty: no text after the front matter",
		"latin1.txt":    "not UTF-8 at byte 3",
		"link-out.txt":  "refused: symbolic link points outside the corpus",
		"linkdir":       "refused: symbolic link points outside the corpus",
		"listmeta.txt":  "metadata does not parse: listmeta.meta.yaml line 1: published: want a single value",
		"missing.txt":   "manifest.yaml names a file that is not a document",
	}
	got := map[string]string{}
	for _, s := range skipped {
		if _, dup := got[s.File]; dup {
			t.Errorf("%s skipped twice", s.File)
		}
		got[s.File] = s.Reason
		if strings.Contains(s.Reason, "\n") {
			t.Errorf("%s: reason %q is not one line", s.File, s.Reason)
		}
	}
	for file, want := range wantSkipped {
		if !strings.HasPrefix(got[file], want) {
			t.Errorf("%s: skip reason %q, want %q", file, got[file], want)
		}
	}
	for file, reason := range got {
		if _, ok := wantSkipped[file]; !ok {
			t.Errorf("%s skipped unexpectedly: %s", file, reason)
		}
	}
	if !slices.IsSortedFunc(skipped, func(a, b Skipped) int { return strings.Compare(a.File, b.File) }) {
		t.Errorf("skipped not sorted by file: %v", skipped)
	}

	wantOrder := []string{"a.txt", "b.md", "c.txt", "d.html", "e.txt", "g.txt", "link-in.txt", "sub/f.txt"}
	if !slices.Equal(order, wantOrder) {
		t.Fatalf("read %v\nwant %v", order, wantOrder)
	}

	tests := []struct {
		path, title, lang, published, source, url string
		ref                                       time.Time
		warn                                      string
	}{
		{"a.txt", "Sidecar title", "en", "2025-01-02", "Reuters", "https://example.com/a", time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), `a.meta.yaml line 5: unknown field "author" ignored`},
		{"b.md", "Front matter title", "ru", "2025-03-04T10:00:00+03:00", "Sidecar source", "", time.Date(2025, 3, 4, 7, 0, 0, 0, time.UTC), ""},
		{"c.txt", "من البيان", "ar", "2025-11-04", "Asharq", "", time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC), ""},
		{"d.html", "Rates & prices", "en", "2025-05-06T07:08:09Z", "", "https://example.com/d", time.Date(2025, 5, 6, 7, 8, 9, 0, time.UTC), ""},
		{"e.txt", "", "ru", "", "", "", time.Time{}, "e.txt: no publication date"},
		{"g.txt", "Governor: prices are under control", "en", "2025-06-16", "Wire", "", time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC), "g.meta.yaml line 2: mapping values are not allowed in this context; read as plain key: value lines"},
		{"link-in.txt", "", "en", "", "", "", time.Time{}, "link-in.txt: no publication date"},
		{"sub/f.txt", "", "en", "2024-12-31", "", "", time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC), ""},
	}
	for _, tt := range tests {
		d := docs[tt.path]
		if d.Title != tt.title || d.Lang != tt.lang || d.Published != tt.published || d.Source != tt.source || d.URL != tt.url || !d.Ref.Equal(tt.ref) {
			t.Errorf("%s: got title %q lang %q published %q source %q url %q ref %v\nwant title %q lang %q published %q source %q url %q ref %v",
				tt.path, d.Title, d.Lang, d.Published, d.Source, d.URL, d.Ref, tt.title, tt.lang, tt.published, tt.source, tt.url, tt.ref)
		}
		if tt.warn == "" && len(d.Warnings) > 0 {
			t.Errorf("%s: unexpected warnings %v", tt.path, d.Warnings)
		}
		if tt.warn != "" && (len(d.Warnings) != 1 || !strings.HasPrefix(d.Warnings[0], tt.warn)) {
			t.Errorf("%s: warnings %v, want one starting %q", tt.path, d.Warnings, tt.warn)
		}
		if d.AbsPath != filepath.Join(root, filepath.FromSlash(tt.path)) {
			t.Errorf("%s: AbsPath %q", tt.path, d.AbsPath)
		}
	}
	// Front matter is not text; offsets index Text.
	if want := "# Заголовок\n\nИнфляция замедлилась до 7,5%.\n"; docs["b.md"].Text != want {
		t.Errorf("b.md Text = %q, want %q", docs["b.md"].Text, want)
	}
	if want := "Rates\n\nThe key rate is 21% — unchanged.\n\nSecond\u00a0para"; docs["d.html"].Text != want &&
		docs["d.html"].Text != strings.Replace(want, "\u00a0", " ", 1) {
		t.Errorf("d.html Text = %q, want %q", docs["d.html"].Text, want)
	}
	// The hash is of the raw bytes: a link and its target share it.
	if docs["a.txt"].Hash != docs["link-in.txt"].Hash || docs["a.txt"].Hash != docs["sub/f.txt"].Hash || len(docs["a.txt"].Hash) != 64 {
		t.Errorf("hashes a %s link %s f %s", docs["a.txt"].Hash, docs["link-in.txt"].Hash, docs["sub/f.txt"].Hash)
	}
	if docs["b.md"].Hash == docs["a.txt"].Hash {
		t.Error("different files share a hash")
	}
}

func TestManifestDoesNotParse(t *testing.T) {
	root := build(t, map[string]string{
		"a.txt":         englishText,
		"b.txt":         englishText,
		"manifest.yaml": "a.txt:\n  title: ok\nb.txt: [unclosed\n",
	})
	docs, _, skipped := readAll(t, root, Options{})
	if len(docs) != 0 || len(skipped) != 2 {
		t.Fatalf("read %d, skipped %v; want both skipped", len(docs), skipped)
	}
	for _, s := range skipped {
		if !strings.HasPrefix(s.Reason, "metadata does not parse: manifest.yaml line ") {
			t.Errorf("%s: reason %q", s.File, s.Reason)
		}
	}
}

func TestHTMLMetadata(t *testing.T) {
	tests := []struct {
		name, html, title, published, url, source, lang, text string
	}{
		{"meta date and og tags", `<html><head><meta name="date" content="2024-08-01"><meta property="og:title" content="OG title">
<meta property="og:url" content="https://x/y"><meta property="og:site_name" content="RT"></head><body><div>one</div><div>two</div></body></html>`,
			"OG title", "2024-08-01", "https://x/y", "RT", "en", "one\ntwo"},
		{"lang attribute and itemprop", `<html lang="ar-EG"><head><title> العنوان </title><meta itemprop="datePublished" content="2024-08-01T10:00:00"></head>
<body><p>نص <i>عربي</i></p><script>alert(1)</script><style>.a{}</style></body></html>`,
			"العنوان", "2024-08-01", "", "", "ar", "نص عربي"},
		{"title beats og:title, list items", `<title>T</title><meta property="og:title" content="OG"><ul><li>a</li><li>b &lt;c&gt;</li></ul>`,
			"T", "", "", "", "en", "a\nb <c>"},
		{"pre keeps white space", `<p>x</p><pre>a  b
c</pre>`, "", "", "", "", "en", "x\n\na  b\nc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := build(t, map[string]string{"doc.html": tt.html})
			docs, _, skipped := readAll(t, root, Options{})
			d, ok := docs["doc.html"]
			if !ok {
				t.Fatalf("not read; skipped %v", skipped)
			}
			if d.Title != tt.title || d.Published != tt.published || d.URL != tt.url || d.Source != tt.source || d.Lang != tt.lang || d.Text != tt.text {
				t.Errorf("got title %q published %q url %q source %q lang %q text %q\nwant title %q published %q url %q source %q lang %q text %q",
					d.Title, d.Published, d.URL, d.Source, d.Lang, d.Text, tt.title, tt.published, tt.url, tt.source, tt.lang, tt.text)
			}
		})
	}
}

func TestExplicitMetadataBeatsHTML(t *testing.T) {
	root := build(t, map[string]string{
		"d.html":      `<title>HTML title</title><meta name="pubdate" content="2020-01-01"><p>text</p>`,
		"d.meta.yaml": "published: 2021-02-03\n",
	})
	docs, _, _ := readAll(t, root, Options{})
	if d := docs["d.html"]; d.Published != "2021-02-03" || d.Title != "HTML title" {
		t.Errorf("published %q title %q; want the sidecar's date and the HTML title", d.Published, d.Title)
	}
}

func TestBadDateWarns(t *testing.T) {
	root := build(t, map[string]string{"a.txt": "---\npublished: last Tuesday\n---\n" + englishText})
	docs, _, _ := readAll(t, root, Options{})
	d := docs["a.txt"]
	if d.Published != "" || !d.Ref.IsZero() || len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], `a.txt: published "last Tuesday"`) {
		t.Errorf("published %q ref %v warnings %v", d.Published, d.Ref, d.Warnings)
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-11-04", "2025-11-04"},
		{"2025-11-04T06:00:00Z", "2025-11-04T06:00:00Z"},
		{"2025-11-04T09:00:00.123+03:00", "2025-11-04T09:00:00+03:00"},
		{"2025-11-04 09:00:00 +03:00", "2025-11-04T09:00:00+03:00"},
		{"2025-11-04T09:00:00", "2025-11-04"}, // no zone: the date only, never a guessed zone
		{"04/11/2025", ""},
		{"yesterday", ""},
	}
	for _, tt := range tests {
		got, _, ok := normalizeDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("normalizeDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestSingleFileRoot(t *testing.T) {
	root := build(t, map[string]string{"x/a.txt": englishText, "x/a.meta.yaml": "published: 2025-01-02\n", "x/b.txt": englishText})
	docs, order, skipped := readAll(t, filepath.Join(root, "x", "a.txt"), Options{})
	if !slices.Equal(order, []string{"a.txt"}) || len(skipped) != 0 || docs["a.txt"].Published != "2025-01-02" {
		t.Errorf("read %v skipped %v doc %+v", order, skipped, docs["a.txt"])
	}
	names, err := List(filepath.Join(root, "x", "a.txt"))
	if err != nil || !slices.Equal(names, []string{"a.txt"}) {
		t.Errorf("List = %v, %v", names, err)
	}
}

func TestSeeds(t *testing.T) {
	docs, _, skipped := readAll(t, "../seeds", Options{})
	if len(docs) != 1 || len(skipped) != 0 {
		t.Fatalf("read %d documents, skipped %v", len(docs), skipped)
	}
	for _, d := range docs {
		if d.Lang != "ar" || d.Published != "2025-11-04" || d.Title == "" || len(d.Warnings) != 0 {
			t.Errorf("seed %s: lang %q published %q title %q warnings %v", d.Path, d.Lang, d.Published, d.Title, d.Warnings)
		}
	}
}

func TestList(t *testing.T) {
	root := build(t, map[string]string{
		"b.txt": "x", "a/z.md": "x", "a.html": "x", "c.htm": "x", "manifest.yaml": "", "b.meta.yaml": "",
		"x.gold.json": "", ".h.txt": "x", ".d/y.txt": "x", "n.pdf": "x",
	})
	got, err := List(root)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a.html", "a/z.md", "b.txt", "c.htm"}; !slices.Equal(got, want) {
		t.Errorf("List = %v, want %v", got, want)
	}
}

func TestFatalErrors(t *testing.T) {
	nop := func(Document) error { return nil }
	if _, err := Read(context.Background(), filepath.Join(t.TempDir(), "none"), Options{}, nop); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing root: err = %v, want not exist", err)
	}
	if _, err := List(filepath.Join(t.TempDir(), "none")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("List missing root: err = %v", err)
	}
	root := build(t, map[string]string{"a.txt": englishText, "b.txt": englishText})

	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := Read(ctx, root, Options{}, func(Document) error { n++; cancel(); return nil })
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancel after first document: err %v after %d documents", err, n)
	}

	boom := errors.New("boom")
	_, err = Read(context.Background(), root, Options{}, func(d Document) error { return boom })
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "a.txt") {
		t.Errorf("fn error: %v", err)
	}
}

// A field econtrack does not read in manifest.yaml, and a publication date
// in the future, are reported, naming the file.
func TestMetadataWarnings(t *testing.T) {
	root := build(t, map[string]string{
		"a.txt":         englishText,
		"b.txt":         englishText,
		"manifest.yaml": "a.txt:\n  publshed: 2025-01-02\nb.txt:\n  published: 2999-01-01\n",
	})
	docs := map[string]Document{}
	if _, err := Read(context.Background(), root, Options{}, func(d Document) error { docs[d.Path] = d; return nil }); err != nil {
		t.Fatal(err)
	}
	if w := strings.Join(docs["a.txt"].Warnings, "\n"); !strings.Contains(w, `manifest.yaml line 2: unknown field "publshed"`) {
		t.Errorf("a.txt warnings: %s", w)
	}
	if w := strings.Join(docs["b.txt"].Warnings, "\n"); !strings.Contains(w, "published 2999-01-01 (manifest.yaml) is in the future") {
		t.Errorf("b.txt warnings: %s", w)
	}
}

// TestReadabilityText reads a fetched page (its sidecar says text:
// readability) as its article only, without the side column, and a page
// too short to hold an article as all its text, with a warning.
func TestReadabilityText(t *testing.T) {
	dir := t.TempDir()
	article := "<article><h1>Prices</h1>" + strings.Repeat("<p>Kazakhstan's annual inflation slowed to 11.8% in May 2025, the national bank said, and analysts expect food prices to decide the rest of the year.</p>", 3) + "</article>"
	pages := map[string]string{
		"long.html":       "<html><body><nav>Top 10 stories</nav>" + article + "<aside><p>Unemployment in Spain fell to 10.3%.</p></aside></body></html>",
		"long.meta.yaml":  "published: 2025-06-10\ntext: readability\nfetched_at: 2026-01-02T03:04:05Z\nfeed: https://example.org/rss\n",
		"short.html":      "<html><body><p>Rates were kept at 16.5%.</p></body></html>",
		"short.meta.yaml": "published: 2025-06-10\ntext: readability\n",
		"plain.html":      "<html><body><nav>Top 10 stories</nav>" + article + "</body></html>",
	}
	for name, body := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs := map[string]Document{}
	if _, err := Read(context.Background(), dir, Options{}, func(d Document) error { docs[d.Path] = d; return nil }); err != nil {
		t.Fatal(err)
	}
	if d := docs["long.html"]; strings.Contains(d.Text, "Spain") || strings.Contains(d.Text, "Top 10") || !strings.Contains(d.Text, "11.8%") || len(d.Warnings) != 0 {
		t.Errorf("readability text = %q, warnings %q", d.Text, d.Warnings)
	}
	if d := docs["short.html"]; d.Text != "Rates were kept at 16.5%." || len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "no article") {
		t.Errorf("short page: %q, warnings %q", d.Text, d.Warnings)
	}
	if d := docs["plain.html"]; !strings.Contains(d.Text, "Top 10 stories") {
		t.Errorf("a page without text: readability lost its navigation: %q", d.Text)
	}
}
