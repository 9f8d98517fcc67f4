package graph

import (
	"os"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// LevelDBStore is the Cayley store name of claimgraph's LevelDB backend:
// Cayley's own, with options for its writes. Every write of a quad looks
// up its nodes' reference counts, most of them for nodes not yet stored,
// so the tables carry Bloom filters that answer those misses without a
// read; larger memtables and tables compact less often during a build.
const LevelDBStore = "claimgraph-leveldb"

func levelDBOptions(create bool) *opt.Options {
	return &opt.Options{
		ErrorIfExist:        create,
		ErrorIfMissing:      !create,
		Filter:              filter.NewBloomFilter(10),
		WriteBuffer:         16 << 20,
		CompactionTableSize: 8 << 20,
		BlockCacheCapacity:  32 << 20,
	}
}

func openLevelDB(path string, create bool) (hkv.KV, error) {
	if create {
		if err := os.MkdirAll(path, 0o700); err != nil {
			return nil, err
		}
	}
	db, err := leveldb.Open(path, levelDBOptions(create))
	if create && os.IsExist(err) {
		return nil, graph.ErrDatabaseExists
	} else if err != nil {
		return nil, err
	}
	return flat.Upgrade(db), nil
}

func init() {
	kv.Register(LevelDBStore, kv.Registration{
		InitFunc:     func(path string, _ graph.Options) (hkv.KV, error) { return openLevelDB(path, true) },
		NewFunc:      func(path string, _ graph.Options) (hkv.KV, error) { return openLevelDB(path, false) },
		IsPersistent: true,
	})
}
