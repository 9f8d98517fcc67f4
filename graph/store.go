// Package graph stores claims in a Cayley quad store and reads them back:
// the claim model in quads (see README.md in this folder), loading and
// replacing documents as units, claim status, outlet diffs and export.
package graph

import (
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/cayley/clog"
	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // the embedded default backend
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/gofrs/flock"
)

func init() {
	// Cayley logs the errors it also returns ("cannot init; database already
	// exists" on every open of an existing SQL store); claimgraph reports
	// the returned ones with context, so its log would only repeat them.
	clog.SetLogger(quietLog{})
}

type quietLog struct{}

func (quietLog) Infof(string, ...interface{})              {}
func (quietLog) Warningf(string, ...interface{})           {}
func (quietLog) Errorf(string, ...interface{})             {}
func (quietLog) Fatalf(format string, args ...interface{}) { log.Fatalf("cayley: "+format, args...) }
func (quietLog) V(int) bool                                { return false }
func (quietLog) SetV(int)                                  {}

// Backends lists the store kinds Open accepts.
var Backends = []string{"bolt", "leveldb", "memory", "postgres"}

// errNoParaphrases means claims had to be resolved by a Store opened
// without a paraphrase finder.
var errNoParaphrases = errors.New("the claims' resolution is out of date and this store has no paraphrase finder to redo it: run claimgraph build")

// ErrInUse means another claimgraph process holds an embedded database.
var ErrInUse = errors.New("database in use by another claimgraph process")

// Store is an open claim graph.
type Store struct {
	qs graph.QuadStore
	// Rules are the schema's say in how claims resolve when they are read.
	Rules Rules
	// Paraphrases loads the paraphrase finder when claims are resolved
	// (by Resolve, or by a read of a graph whose resolution layer is out
	// of date); reading an up-to-date layer never calls it.
	Paraphrases func() (Paraphrases, error)
	// invalidated is set once this Store removed the resolution marker,
	// until Resolve writes it again.
	invalidated bool
	backend     string
	lock        *flock.Flock
	// boltFile is the file bolt reads through a memory map, whose
	// resident pages the Store gives back past budget (mappedBudget).
	boltFile string
	budget   int64
	// writing serialises writes to qs with the release of bolt's mapped
	// pages, which a write that grows the file may remap.
	writing sync.Mutex
	// stopReleasing ends the release of mapped pages; released is closed
	// when it has ended.
	stopReleasing, released chan struct{}
	// quadsRead counts the quads read, for releases between reads.
	quadsRead atomic.Int64
	// querySlots holds a token per Gizmo query running (MaxQueries).
	querySlots chan struct{}
	// readOnly is set for a Store opened by OpenShared.
	readOnly bool
}

// ErrNoDatabase means a database to read does not exist.
var ErrNoDatabase = errors.New("no database there")

// OpenExisting opens a store that must exist already: opening a mistyped
// path would create an empty database and every read would answer
// nothing. PostgreSQL databases are not checked: their tables are made on
// first open.
func OpenExisting(backend, address string) (*Store, error) {
	if file, ok := map[string]string{"bolt": "indexes.bolt", "leveldb": "CURRENT"}[backend]; ok {
		if err := checkExists(address, filepath.Join(address, file)); err != nil {
			return nil, err
		}
	}
	return Open(backend, address)
}

// checkExists is ErrNoDatabase for a database folder without its file.
func checkExists(address, file string) error {
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("open database %s: %w", address, ErrNoDatabase)
	}
	return nil
}

// Open opens (creating if needed) a store. For bolt, address is a folder
// path; for postgres, a connection URL; memory ignores it. An embedded
// database is locked for the life of the Store so that two builds cannot
// interleave their writes.
//
// Bolt opens without Cayley's Bloom filters of quads and nodes: filling
// them reads every quad at open (1.4 s at 1.2M quads) and they hold about
// 300 MB, while writes that check the indexes instead were no slower in
// a 5 MB build (25 s against 26 s; peak RSS 0.4 GB against 1.1 GB).
func Open(backend, address string) (*Store, error) {
	s := &Store{backend: backend, querySlots: make(chan struct{}, MaxQueries)}
	switch backend {
	case "memory":
		qs, err := graph.NewQuadStore("memstore", "", nil)
		if err != nil {
			return nil, err
		}
		s.qs = qs
		return s, nil
	case "bolt", "leveldb":
		if err := os.MkdirAll(address, 0o755); err != nil {
			return nil, fmt.Errorf("open database %s: %w", address, err)
		}
		lock, err := lockFolder(address, false)
		if err != nil {
			return nil, err
		}
		s.lock = lock
		if backend == "bolt" {
			s.boltFile = filepath.Join(address, "indexes.bolt") // Cayley's name for it
			s.budget = mappedBudget
			if err := guardBolt(s.boltFile, func() error { return checkBoltFile(s.boltFile) }); err != nil {
				s.Close()
				return nil, fmt.Errorf("open database %s: %w", address, err)
			}
		}
	case "postgres":
	default:
		return nil, fmt.Errorf("unknown backend %q (want one of %v)", backend, Backends)
	}
	var opts graph.Options
	if backend == "bolt" || backend == "leveldb" {
		opts = graph.Options{"no_bloom": true}
	}
	store := backend
	if backend == "leveldb" {
		store = LevelDBStore
	}
	var qs graph.QuadStore
	err := guardBolt(s.boltFile, func() (err error) {
		qs, err = openOrInit(store, address, opts)
		return err
	})
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s database %s: %w", backend, address, err)
	}
	s.qs = qs
	if s.boltFile != "" {
		s.startReleasing()
	}
	return s, nil
}

// lockFolder takes the database folder's lock: alone to write, or
// shared with other readers.
func lockFolder(address string, shared bool) (*flock.Flock, error) {
	lock := flock.New(filepath.Join(address, "claimgraph.lock"))
	try := lock.TryLock
	if shared {
		try = lock.TryRLock
	}
	locked, err := try()
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", address, err)
	}
	if !locked {
		return nil, fmt.Errorf("open database %s: %w", address, ErrInUse)
	}
	return lock, nil
}

// openOrInit initialises the store first when it is new. Opening a new
// bolt store before initialising it would leave the file locked by the
// failed open, so initialisation is tried first and "exists" ignored.
//
// Two processes initialising one new PostgreSQL database at once race in
// CREATE TABLE IF NOT EXISTS (a duplicate-key error from the catalogue);
// the loser tries again and then finds the tables made.
func openOrInit(backend, address string, opts graph.Options) (graph.QuadStore, error) {
	var err error
	for try := 0; try < 3; try++ {
		err = graph.InitQuadStore(backend, address, nil)
		if err == nil || errors.Is(err, graph.ErrDatabaseExists) {
			return graph.NewQuadStore(backend, address, opts)
		}
		if backend != "postgres" {
			break
		}
		time.Sleep(time.Duration(50*(try+1)) * time.Millisecond)
	}
	return nil, err
}

// Close releases the store and its lock.
func (s *Store) Close() error {
	if s.stopReleasing != nil {
		close(s.stopReleasing)
		<-s.released
		s.stopReleasing = nil
	}
	var err error
	if s.qs != nil {
		err = s.qs.Close()
	}
	if s.lock != nil {
		s.lock.Unlock()
	}
	return err
}
