package graph

import (
	"time"

	"github.com/cayleygraph/cayley/graph"
)

// mappedBudget bounds how much of bolt's memory map a Store leaves
// resident. Bolt reads through a map of its whole file, and every page
// that reads and writes touch stays resident: at 100 MB of input they
// were 2.1 GB of a build's 2.9 GB peak. They are clean, and the kernel's
// page cache keeps them whether they are mapped or not, so dropping them
// costs a minor fault when one is read again.
const mappedBudget = 256 << 20

// releaseInterval is how often a bolt Store checks its mapped pages
// against mappedBudget; reading the process's status takes microseconds.
const releaseInterval = 100 * time.Millisecond

// startReleasing keeps bolt's resident pages near mappedBudget for the
// life of the Store, whatever reads them: claimgraph's reads, Gizmo's and
// Cayley's HTTP API's alike.
func (s *Store) startReleasing() {
	s.releaseMapped() // before the first read, which may come before a tick
	s.stopReleasing, s.released = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(s.released)
		tick := time.NewTicker(releaseInterval)
		defer tick.Stop()
		for {
			select {
			case <-s.stopReleasing:
				return
			case <-tick.C:
				s.releaseMapped()
			}
		}
	}()
}

// releaseMapped marks bolt's map as read at random and drops its pages
// once they pass the budget (see adviseMapped). It holds s.writing:
// bolt remaps its file when a write grows it, and a range dropped after
// it was unmapped and reused by other memory would lose what that memory
// held. It is best effort: a failure costs memory, not data, and leaves
// the pages where they were.
func (s *Store) releaseMapped() {
	if s.boltFile == "" {
		return
	}
	s.writing.Lock()
	defer s.writing.Unlock()
	n, err := residentFileBytes()
	_ = adviseMapped(s.boltFile, err == nil && n >= s.budget)
}

// lockedQuadStore returns the store for a writer other than the Store's
// own, such as Cayley's HTTP API: its ApplyDeltas holds the Store's write
// lock, as the Store's writes do. Read through qs: the wrapper hides the
// optional interfaces Cayley's query optimiser looks for.
func (s *Store) lockedQuadStore() graph.QuadStore {
	return lockedQuadStore{QuadStore: s.qs, s: s}
}

type lockedQuadStore struct {
	graph.QuadStore
	s *Store
}

func (q lockedQuadStore) ApplyDeltas(in []graph.Delta, opts graph.IgnoreOpts) error {
	q.s.writing.Lock()
	defer q.s.writing.Unlock()
	return q.QuadStore.ApplyDeltas(in, opts)
}
