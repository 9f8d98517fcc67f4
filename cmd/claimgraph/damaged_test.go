package main

import (
	"crypto/rand"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDamagedDatabase cuts a bolt file short or overwrites part of it:
// every command that reads it ends with exit status 3 and an error that
// names the file, never a crash (exit 2 is "some files failed").
func TestDamagedDatabase(t *testing.T) {
	corpus := t.TempDir()
	writeCorpus(t, corpus, 0)
	good := filepath.Join(t.TempDir(), "db")
	if out, err := runSelf("build", "--db", good, corpus).CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	info, err := os.Stat(filepath.Join(good, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	size := info.Size()
	damages := map[string]func(f *os.File) error{
		"cut to a quarter": func(f *os.File) error { return f.Truncate(size / 4) },
	}
	// A wide stretch early in the file: bolt leaves free pages, where
	// garbage harms nothing, and which pages are free varies by build.
	garbage := func(at, n int64) func(f *os.File) error {
		return func(f *os.File) error {
			_, err := io.CopyN(io.NewOffsetWriter(f, at), rand.Reader, n)
			return err
		}
	}
	damages["garbage over the second quarter"] = garbage(size/4, size/4)
	for name, damage := range damages {
		db := filepath.Join(t.TempDir(), "db")
		if err := os.CopyFS(db, os.DirFS(good)); err != nil {
			t.Fatal(err)
		}
		f, err := os.OpenFile(filepath.Join(db, "indexes.bolt"), os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		if err := damage(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
		for _, cmd := range [][]string{{"claims"}, {"stats"}, {"export"}, {"diff", "Outlet 1", "Outlet 2"}, {"build", corpus}} {
			out, err := runSelf(append([]string{cmd[0], "--db", db}, cmd[1:]...)...).CombinedOutput()
			if code := exitCodeOf(err); code != 3 || !strings.Contains(string(out), "indexes.bolt: database file is damaged") {
				t.Errorf("%s, %s: exit %d (%v)\n%.600s", name, cmd[0], exitCodeOf(err), err, out)
			}
		}
	}
}
