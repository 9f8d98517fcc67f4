package graph

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/boltdb/bolt"
)

// ErrDamaged means the database file is cut short or overwritten. Bolt
// trusts its file: reading a damaged one panics ("invalid page type") or
// faults on a page past the file's end, and either ended the process as
// a crash, with the exit status claimgraph gives "some files failed".
var ErrDamaged = errors.New("database file is damaged (cut short or overwritten); rebuild it from the articles, or restore a copy")

// checkBoltFile refuses a bolt file shorter than the pages its newest
// meta page counts: a file cut short faults on the first read of a page
// past its end. Opening bolt to read the count validates the meta pages'
// checksums too.
func checkBoltFile(path string) error {
	info, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil // a new database
	}
	if err != nil {
		return err
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("%s: %w (%v)", path, ErrDamaged, err)
	}
	defer db.Close()
	var size int64
	if err := db.View(func(tx *bolt.Tx) error { size = tx.Size(); return nil }); err != nil {
		return fmt.Errorf("%s: %w (%v)", path, ErrDamaged, err)
	}
	if info.Size() < size {
		return fmt.Errorf("%s: %w (%d bytes where its pages need %d)", path, ErrDamaged, info.Size(), size)
	}
	return nil
}

// Guarded runs fn, which reads or writes the store on this goroutine,
// and turns a panic or memory fault inside bolt into ErrDamaged naming
// the file, instead of a crash. Other panics are not claimgraph's to
// explain and go on.
func (s *Store) Guarded(fn func() error) error {
	return guardBolt(s.boltFile, fn)
}

func guardBolt(file string, fn func() error) (err error) {
	if file == "" {
		return fn()
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if !fromBolt(r, string(debug.Stack())) {
			panic(r)
		}
		err = fmt.Errorf("%s: %w (%v)", file, ErrDamaged, r)
	}()
	return fn()
}

// fromBolt reports whether a panic came from reading bolt's file: raised
// in bolt's code, or a fault on its memory map.
func fromBolt(r interface{}, stack string) bool {
	if re, ok := r.(runtime.Error); ok && strings.Contains(re.Error(), "fault") {
		return true
	}
	return strings.Contains(stack, "github.com/boltdb/bolt.")
}
