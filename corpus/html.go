package corpus

import (
	"net/url"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minArticle is the least text, in letters, readability must find for its
// article to be the page's text.
const minArticle = 200

// mainText is the main text of an HTML page as readability (Mozilla's
// algorithm) finds it — the article without navigation, teasers, footers
// and related links — one paragraph a line; false when it finds no
// article of at least minArticle letters.
func mainText(src, pageURL string) (string, bool) {
	u, _ := url.Parse(pageURL)
	if u == nil {
		u = &url.URL{}
	}
	a, err := readability.FromReader(strings.NewReader(src), u)
	if err != nil {
		return "", false
	}
	var b strings.Builder
	if err := a.RenderText(&b); err != nil {
		return "", false
	}
	var paras []string
	for line := range strings.SplitSeq(b.String(), "\n") {
		if line = collapse(line); line != "" {
			paras = append(paras, line)
		}
	}
	text := strings.Join(paras, "\n\n")
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return text, letters >= minArticle
}

// HTML is only parsed: nothing is fetched and no script runs.

// dateMetas are the <meta> names and properties that carry the publication
// date, most specific first.
var dateMetas = []string{
	"article:published_time", "og:published_time", "published_time", "datepublished",
	"pubdate", "publishdate", "publish_date", "publication_date", "date",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date",
}

// skipped elements: their content is never text.
var hiddenElems = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Select: true, atom.Button: true,
}

// paragraph elements are separated by a blank line, other blocks by a line
// break.
var paragraphElems = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Figure: true, atom.Hr: true,
}

var blockElems = map[atom.Atom]bool{
	atom.Div: true, atom.Li: true, atom.Tr: true, atom.Dt: true, atom.Dd: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Main: true, atom.Nav: true,
	atom.Aside: true, atom.Figcaption: true, atom.Address: true, atom.Form: true, atom.Fieldset: true,
	atom.Caption: true, atom.Details: true, atom.Summary: true, atom.Body: true,
}

// extractHTML returns the visible text of an HTML document, entities
// decoded, and the metadata in its <title>, <meta>, <link rel=canonical> and
// <html lang>.
func extractHTML(src string) (string, meta, error) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", meta{}, err
	}
	var m meta
	dates := map[string]string{}
	var ogTitle, ogURL string
	var tb textBuilder
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			tb.text(n.Data, pre)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Html:
				if l := attr(n, "lang"); l != "" {
					m.Lang = l
				}
			case atom.Title:
				if m.Title == "" {
					m.Title = collapse(textOf(n))
				}
				return // metadata, not text
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				for _, a := range []string{"name", "property", "itemprop", "http-equiv"} {
					key := strings.ToLower(strings.TrimSpace(attr(n, a)))
					if key == "" || content == "" {
						continue
					}
					switch key {
					case "og:title":
						ogTitle = content
					case "og:url":
						ogURL = content
					case "og:site_name":
						if m.Source == "" {
							m.Source = content
						}
					case "content-language", "language":
						if m.Lang == "" {
							m.Lang = content
						}
					}
					if _, ok := dates[key]; !ok {
						dates[key] = content
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.URL == "" {
					m.URL = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Time:
				if v := attr(n, "datetime"); v != "" && strings.Contains(attr(n, "itemprop")+attr(n, "class"), "published") {
					if _, ok := dates["datepublished"]; !ok {
						dates["datepublished"] = v
					}
				}
			case atom.Br:
				tb.newline(1)
			}
			if hiddenElems[n.DataAtom] {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode && (c.DataAtom == atom.Title || c.DataAtom == atom.Meta || c.DataAtom == atom.Link) {
						walk(c, pre)
					}
				}
				return
			}
		}
		brk := 0
		if n.Type == html.ElementNode {
			if paragraphElems[n.DataAtom] {
				brk = 2
			} else if blockElems[n.DataAtom] {
				brk = 1
			}
		}
		tb.newline(brk)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre || n.DataAtom == atom.Pre)
		}
		tb.newline(brk)
	}
	walk(root, false)
	if m.Title == "" {
		m.Title = ogTitle
	}
	if m.URL == "" {
		m.URL = ogURL
	}
	for _, k := range dateMetas {
		if v := dates[k]; v != "" {
			m.Published = v
			break
		}
	}
	return tb.String(), m, nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// textBuilder joins text runs the way a browser lays them out: white space
// collapsed outside <pre>, blocks on their own lines.
type textBuilder struct {
	b        strings.Builder
	newlines int  // trailing newlines written
	space    bool // a space is pending before the next text
	started  bool
}

func (t *textBuilder) text(s string, pre bool) {
	if pre {
		if s == "" {
			return
		}
		t.flushSpace()
		t.b.WriteString(s)
		t.started = true
		t.newlines = 0
		if strings.HasSuffix(s, "\n") {
			t.newlines = 1
		}
		return
	}
	for i, f := range strings.FieldsFunc(s, unicode.IsSpace) {
		if i > 0 || (len(s) > 0 && unicode.IsSpace(rune(s[0]))) {
			t.space = true
		}
		t.flushSpace()
		t.b.WriteString(f)
		t.started = true
		t.newlines = 0
	}
	if len(s) > 0 && unicode.IsSpace(rune(s[len(s)-1])) {
		t.space = true
	}
}

func (t *textBuilder) flushSpace() {
	if t.space && t.started && t.newlines == 0 {
		t.b.WriteByte(' ')
	}
	t.space = false
}

// newline ends the line so that n newlines (1 or 2) trail the text.
func (t *textBuilder) newline(n int) {
	if n == 0 || !t.started {
		return
	}
	for t.newlines < n {
		t.b.WriteByte('\n')
		t.newlines++
	}
	t.space = false
}

func (t *textBuilder) String() string { return strings.TrimSpace(t.b.String()) }
