//go:build unix

package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestSpecialFiles(t *testing.T) {
	root := build(t, map[string]string{"good.txt": englishText, "locked.txt": englishText})
	if err := syscall.Mkfifo(filepath.Join(root, "fifo.txt"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	want := map[string]string{"fifo.txt": "not a regular file"}
	if os.Geteuid() != 0 { // root reads anything
		if err := os.Chmod(filepath.Join(root, "locked.txt"), 0); err != nil {
			t.Fatal(err)
		}
		want["locked.txt"] = "unreadable: permission denied"
	}
	docs, _, skipped := readAll(t, root, Options{})
	if _, ok := docs["good.txt"]; !ok {
		t.Error("good.txt not read")
	}
	got := map[string]string{}
	for _, s := range skipped {
		got[s.File] = s.Reason
	}
	for f, r := range want {
		if !strings.HasPrefix(got[f], r) {
			t.Errorf("%s: reason %q, want %q", f, got[f], r)
		}
	}
}
