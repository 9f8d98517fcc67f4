package graph

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// sharedBoltStore is the Cayley store name of a bolt database opened to
// read only, beside other readers: `serve` and read commands at once.
const sharedBoltStore = "claimgraph-bolt-shared"

func init() {
	kv.Register(sharedBoltStore, kv.Registration{
		NewFunc: func(path string, _ graph.Options) (hkv.KV, error) {
			return hbolt.Open(filepath.Join(path, "indexes.bolt"), &bolt.Options{ReadOnly: true, Timeout: time.Second})
		},
		IsPersistent: true,
	})
}

// ErrReadOnly means a Store opened to read (OpenShared) was asked to
// write, or to resolve claims whose resolution is out of date.
var ErrReadOnly = errors.New("the database is open to read only")

// OpenShared opens an existing bolt database to read, under a shared
// lock: any number of readers (a running `serve`, read commands) at
// once, and no writer meanwhile. Its resolution layer must be up to
// date, since bringing it up to date writes; Stale says whether it is.
// Other backends open as Open would.
func OpenShared(backend, address string) (*Store, error) {
	if backend != "bolt" {
		return OpenExisting(backend, address)
	}
	s := &Store{backend: backend, querySlots: make(chan struct{}, MaxQueries), readOnly: true}
	file := filepath.Join(address, "indexes.bolt")
	if err := checkExists(address, file); err != nil {
		return nil, err
	}
	lock, err := lockFolder(address, true)
	if err != nil {
		return nil, err
	}
	s.lock, s.boltFile, s.budget = lock, file, mappedBudget
	err = guardBolt(file, func() (err error) {
		if err = checkBoltFile(file); err == nil {
			s.qs, err = graph.NewQuadStore(sharedBoltStore, address, graph.Options{"no_bloom": true})
		}
		return err
	})
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("open bolt database %s: %w", address, err)
	}
	s.startReleasing()
	return s, nil
}
