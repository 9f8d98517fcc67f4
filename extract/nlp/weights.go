package nlp

import (
	"errors"
	"slices"
)

// WeightTable maps hashed features to their non-zero weights, one per
// class. It is the flat arrays the model stores plus an open-addressing
// index whose 16-byte slots hold each key beside its weights (tables of
// up to four classes) or their place in the arrays, so a lookup touches
// one cache line and the lookups of a feature list overlap in memory.
// Only the order of scores matters, so weights need no scale.
type WeightTable struct {
	wire wireTable
	// slots has a power-of-two length at least twice the number of keys;
	// an empty slot has key 0, a hash no feature is given.
	slots []weightSlot
	mask  uint64
	// dense says the slots hold the weights themselves.
	dense bool
	// classes is how many classes a dense table scores.
	classes int
}

// weightSlot holds a key and either its weights by class or, in a
// sparse table, where they start in the arrays (w[0], w[1]) and how many
// there are (w[2]).
type weightSlot struct {
	key uint64
	w   [denseClasses]int16
}

// denseClasses is the most classes whose weights fit in a slot.
const denseClasses = 4

// wireTable is a WeightTable as the model file stores it, keys sorted.
type wireTable struct {
	Keys []uint64
	// Counts says how many of Classes and Values belong to each key.
	Counts  []uint8
	Classes []uint8
	Values  []int16
}

// newWeightTable builds a table from weights by feature.
func newWeightTable(weights map[uint64][]Weight) *WeightTable {
	var w wireTable
	for k := range weights {
		w.Keys = append(w.Keys, k)
	}
	slices.Sort(w.Keys)
	for _, k := range w.Keys {
		w.Counts = append(w.Counts, uint8(len(weights[k])))
		for _, x := range weights[k] {
			w.Classes = append(w.Classes, x.Tag)
			w.Values = append(w.Values, x.Value)
		}
	}
	t, _ := w.table()
	return t
}

// table indexes a stored table, checking that its arrays agree.
func (w wireTable) table() (*WeightTable, error) {
	if len(w.Keys) != len(w.Counts) || len(w.Classes) != len(w.Values) {
		return nil, errors.New("inconsistent weight table")
	}
	classes := 0
	for _, c := range w.Classes {
		classes = max(classes, int(c)+1)
	}
	t := &WeightTable{wire: w, dense: classes <= denseClasses, classes: classes}
	size := 1
	for size < 2*len(w.Keys) {
		size <<= 1
	}
	t.slots, t.mask = make([]weightSlot, size), uint64(size-1)
	at := 0
	for i, k := range w.Keys {
		n := int(w.Counts[i])
		if at+n > len(w.Values) {
			return nil, errors.New("weight table shorter than its counts")
		}
		if k == 0 || n == 0 {
			at += n
			continue
		}
		j := k & t.mask
		for t.slots[j].key != 0 {
			j = (j + 1) & t.mask
		}
		sl := weightSlot{key: k}
		if t.dense {
			for x := at; x < at+n; x++ {
				sl.w[w.Classes[x]] = w.Values[x]
			}
		} else {
			sl.w = [denseClasses]int16{int16(uint16(at)), int16(uint16(at >> 16)), int16(n)}
		}
		t.slots[j] = sl
		at += n
	}
	if at != len(w.Values) {
		return nil, errors.New("weight table counts do not match its weights")
	}
	return t, nil
}

// Len is the number of features with weights.
func (t *WeightTable) Len() int { return len(t.wire.Keys) }

func (t *WeightTable) score(feats []uint64, scores []float32) {
	clear(scores)
	// Touching every feature's first slot before reading any lets the
	// cache misses overlap: in the probing loop below, a mispredicted
	// hit-or-miss branch discards the loads issued after it.
	var touched uint64
	for _, f := range feats {
		touched += t.slots[f&t.mask].key
	}
	if touched == 1 {
		scores[0] += 0
	}
	if t.dense {
		t.scoreDense(feats, scores)
		return
	}
	for _, f := range feats {
		if sl := t.find(f); sl != nil {
			start := int(uint16(sl.w[0])) | int(uint16(sl.w[1]))<<16
			for k := start; k < start+int(sl.w[2]); k++ {
				scores[t.wire.Classes[k]] += float32(t.wire.Values[k])
			}
		}
	}
}

// scoreDense sums a dense table's weights in integers, converting once.
func (t *WeightTable) scoreDense(feats []uint64, scores []float32) {
	var sum [denseClasses]int32
	for _, f := range feats {
		if sl := t.find(f); sl != nil {
			for c, w := range sl.w {
				sum[c] += int32(w)
			}
		}
	}
	for c := range scores {
		scores[c] = float32(sum[c])
	}
}

// find returns the slot of feature f, or nil.
func (t *WeightTable) find(f uint64) *weightSlot {
	for j := f & t.mask; ; j = (j + 1) & t.mask {
		sl := &t.slots[j]
		if sl.key == f {
			return sl
		}
		if sl.key == 0 {
			return nil
		}
	}
}
