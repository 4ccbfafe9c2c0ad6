package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkRead reads a corpus of 200 documents of about 6 KB each, half
// text with a sidecar, half HTML.
func BenchmarkRead(b *testing.B) {
	dir := b.TempDir()
	para := strings.Repeat("قال نوفاك إن 99% من التسويات تتم بالعملات الوطنية. ", 40)
	for i := range 200 {
		name := filepath.Join(dir, fmt.Sprintf("doc%03d", i))
		var err error
		if i%2 == 0 {
			err = os.WriteFile(name+".txt", []byte(para), 0o644)
			if err == nil {
				err = os.WriteFile(name+".meta.yaml", []byte("published: 2025-11-04\nsource: RT\n"), 0o644)
			}
		} else {
			err = os.WriteFile(name+".html", []byte("<html><head><title>t</title><meta name=date content=2025-11-04></head><body><p>"+para+"</p></body></html>"), 0o644)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		n := 0
		if _, err := Read(context.Background(), dir, Options{}, func(Document) error { n++; return nil }); err != nil || n != 200 {
			b.Fatal(n, err)
		}
	}
}
