package nlp

import (
	"errors"
	"slices"
)

// WeightTable maps hashed features to their non-zero weights, one per
// class. It is the flat arrays the model stores plus an open-addressing
// index whose 16-byte slots hold each key beside its weights (tables of
// up to four classes, or keys of up to two weights) or their place in an
// array, so a lookup touches one or two cache lines and the lookups of a
// feature list overlap in memory.
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
	// spilled holds a sparse table's weights that do not fit in slots,
	// each class beside its weight so that a weight costs one cache miss.
	spilled []classWeight
}

// classWeight is one class's weight in a sparse table.
type classWeight struct {
	class uint8
	value int16
}

// weightSlot holds a key and either its weights by class (a dense
// table) or, in a sparse table, its weights themselves when it has two
// or fewer, as most features do: w[0] and w[1] the values, w[2] their
// classes and w[3] minus their count; or else where they start in
// spilled (w[0], w[1]) and how many there are (w[3]).
type weightSlot struct {
	key uint64
	w   [denseClasses]int16
}

// denseClasses is the most classes whose weights fit in a slot.
const denseClasses = 4

// inlineWeights is the most weights a sparse table keeps in a slot.
const inlineWeights = 2

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
		switch {
		case t.dense:
			for x := at; x < at+n; x++ {
				sl.w[w.Classes[x]] = w.Values[x]
			}
		case n <= inlineWeights:
			for x := at; x < at+n; x++ {
				sl.w[x-at] = w.Values[x]
				sl.w[2] |= int16(uint16(w.Classes[x]) << (8 * (x - at)))
			}
			sl.w[3] = int16(-n)
		default:
			start := len(t.spilled)
			for x := at; x < at+n; x++ {
				t.spilled = append(t.spilled, classWeight{w.Classes[x], w.Values[x]})
			}
			sl.w = [denseClasses]int16{int16(uint16(start)), int16(uint16(start >> 16)), 0, int16(n)}
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
	} else {
		t.scoreSparse(feats, scores)
	}
}

// scoreSparse adds each feature's weights to scores, those held in the
// slots at once and the spilled ones in a second pass, so that their
// cache misses overlap too.
func (t *WeightTable) scoreSparse(feats []uint64, scores []float32) {
	var touched uint64
	var spills [maxSpills]*weightSlot
	n := 0
	for _, f := range feats {
		sl := t.find(f)
		switch {
		case sl == nil:
		case sl.w[3] < 0:
			scores[uint8(sl.w[2])] += float32(sl.w[0])
			if sl.w[3] == -2 {
				scores[uint8(sl.w[2]>>8)] += float32(sl.w[1])
			}
		case n < maxSpills:
			touched += uint64(t.spilled[spillStart(sl)].value)
			spills[n] = sl
			n++
		default:
			t.addSpilled(sl, scores)
		}
	}
	for _, sl := range spills[:n] {
		t.addSpilled(sl, scores)
	}
	if touched == 1 {
		scores[0] += 0
	}
}

// maxSpills bounds the spilled weight lists one score gathers on the
// stack before adding them.
const maxSpills = 64

func spillStart(sl *weightSlot) int { return int(uint16(sl.w[0])) | int(uint16(sl.w[1]))<<16 }

func (t *WeightTable) addSpilled(sl *weightSlot, scores []float32) {
	start := spillStart(sl)
	for _, cw := range t.spilled[start : start+int(sl.w[3])] {
		scores[cw.class] += float32(cw.value)
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
