package graph

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"golang.org/x/sys/unix"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// TestDropMapped maps a file as bolt does, reads every page, and checks
// that adviseMapped takes them out of the resident set and that the map
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
	if err := adviseMapped(path, true); err != nil {
		t.Fatal(err)
	}
	dropped := mustResidentFile(t)
	if touched-dropped < size*9/10 {
		t.Fatalf("adviseMapped released %d resident bytes of %d", touched-dropped, size)
	}
	if !bytes.Equal(data, content) {
		t.Fatal("after adviseMapped the map no longer reads the file's bytes")
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

// TestReleaseWhileWriting drops bolt's mapped pages as often as it can
// while documents are written (bolt remapping its file as it grows) and
// read back, and checks that every document reads back whole. What the
// write lock guards against, a remap between reading the maps and the
// madvise that lands other memory at the old address, is too narrow a
// window to hit here: the test passes without the lock too.
func TestReleaseWhileWriting(t *testing.T) {
	ctx := context.Background()
	st, err := Open("bolt", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.budget = 0
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-stop:
				return
			default:
				st.releaseMapped()
			}
		}
	}()
	defer func() { close(stop); <-stopped }()
	w := st.NewWriter(2000)
	docs := map[string][]quad.Quad{}
	for i := 0; i < 400; i++ {
		d := claim.Document{ID: fmt.Sprintf("doc:%d", i), Hash: fmt.Sprint(i), Outlet: fmt.Sprintf("Outlet %d", i%7)}
		var reports []claim.Report
		for j := 0; j < 5; j++ {
			c := claim.Claim{Subject: claim.Entity{ID: fmt.Sprintf("entity:s%d", (i*5+j)%97), Name: "S"}, Predicate: "visit",
				Object: claim.Entity{ID: fmt.Sprintf("entity:o%d", i*5+j), Name: "O"}}
			c.Identify()
			reports = append(reports, claim.Report{Claim: c, Document: d.ID, Sentence: claim.Sentence{Index: j, Text: strings.Repeat("words ", 40)}})
		}
		if err := w.Replace(ctx, d, reports); err != nil {
			t.Fatal(err)
		}
		docs[d.ID], err = DocumentQuads(d, reports)
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	for id, want := range docs {
		got, err := st.documentQuads(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if !sameQuads(got, want) {
			t.Fatalf("%s reads back %d quads, was written with %d", id, len(got), len(want))
		}
	}
}
