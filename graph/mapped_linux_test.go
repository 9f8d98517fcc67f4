package graph

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// TestDropMapped maps a file as bolt does, reads every page, and checks
// that dropMapped takes them out of the resident set and that the map
// still reads the file's bytes afterwards.
func TestDropMapped(t *testing.T) {
	const size = 64 << 20
	path := filepath.Join(t.TempDir(), "mapped")
	content := bytes.Repeat([]byte("claimgraph\n"), size/11+1)[:size]
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(data)
	before := mustResidentFile(t)
	if !bytes.Equal(data, content) { // touches every page
		t.Fatal("mapped bytes differ from the file")
	}
	touched := mustResidentFile(t)
	if touched-before < size*9/10 {
		t.Fatalf("reading the map added %d resident bytes, want about %d", touched-before, size)
	}
	if err := dropMapped(path); err != nil {
		t.Fatal(err)
	}
	dropped := mustResidentFile(t)
	if touched-dropped < size*9/10 {
		t.Fatalf("dropMapped released %d resident bytes of %d", touched-dropped, size)
	}
	if !bytes.Equal(data, content) {
		t.Fatal("after dropMapped the map no longer reads the file's bytes")
	}
}

func mustResidentFile(t *testing.T) int64 {
	t.Helper()
	n, err := residentFileBytes()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestBoltFileIsMapped checks that the file a bolt Store gives back pages
// of is the one Cayley maps, so that a rename in Cayley cannot turn the
// release into a silent no-op.
func TestBoltFileIsMapped(t *testing.T) {
	st, err := Open("bolt", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Fatal(err)
	}
	if st.boltFile == "" || !strings.Contains(string(maps), st.boltFile) {
		t.Fatalf("bolt's file %q is not among this process's maps", st.boltFile)
	}
}
