package indicators

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtract feeds mixes of sentences in the three languages, cut and
// spliced at arbitrary points: extraction never fails or panics on valid
// UTF-8, and every observation points into the text it came from.
func FuzzExtract(f *testing.F) {
	cases := loadFrames(f)
	for i, c := range cases {
		next := cases[(i+1)%len(cases)]
		f.Add(c.Text, next.Text, uint16(len(c.Text)/2), c.Lang)
	}
	x, err := NewExtractor(testCatalog(f))
	if err != nil {
		f.Fatal(err)
	}
	pub := time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, a, b string, cut uint16, lang string) {
		text := a[:min(int(cut), len(a))] + b
		if !utf8.ValidString(text) {
			return // the corpus reader refuses such files before extraction
		}
		if lang != "ar" && lang != "en" && lang != "ru" {
			lang = "en"
		}
		res, err := x.Explain(context.Background(), Doc{Path: "fuzz.txt", Lang: lang, Text: text, Published: pub})
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		n := utf8.RuneCountInString(text)
		for _, o := range res.Observations {
			if o.Span[0] < 0 || o.Span[0] >= o.Span[1] || o.Span[1] > n {
				t.Fatalf("%q: span %v outside the text", text, o.Span)
			}
			if !strings.Contains(text, o.Quote) {
				t.Fatalf("%q: quote %q is not in the text", text, o.Quote)
			}
			if o.Confidence < 0 || o.Confidence > 1 {
				t.Fatalf("confidence %g", o.Confidence)
			}
		}
	})
}
