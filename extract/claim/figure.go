package claim

import (
	"math"
	"strconv"
	"strings"
)

// Bound says how a figure's number bounds the value it reports: "at
// least 58" is a lower bound, "nearly two million" about two million.
type Bound string

// Bounds, as a figure's object writes them before its number.
const (
	Exact       Bound = ""
	AtLeast     Bound = "at least"
	MoreThan    Bound = "more than"
	UpTo        Bound = "up to"
	FewerThan   Bound = "fewer than"
	Approximate Bound = "about"
)

// Bounds lists every bound but Exact, in the words a figure is written
// with.
var Bounds = []Bound{AtLeast, MoreThan, UpTo, FewerThan, Approximate}

// Figure is a reported value of a measure (a death toll, a turnout, a
// depth): its number, the unit it was normalised to, how the number
// bounds it, and the precision the number was written with ("1.3
// million" is given to the 100,000; "174" to the one).
type Figure struct {
	Value     float64
	Unit      string
	Bound     Bound
	Precision float64
}

// String writes a figure as claims store it: "at least 174", "about 2
// million", "8 km". Millions and billions keep their scale word, so
// that "1,030,000" and "1.03 million" are one object.
func (f Figure) String() string {
	var n string
	switch {
	case f.Value >= 1e9:
		n = trimFloat(f.Value/1e9) + " billion"
	case f.Value >= 1e6:
		n = trimFloat(f.Value/1e6) + " million"
	case f.Value == math.Trunc(f.Value):
		n = groupThousands(int64(f.Value))
	default:
		n = trimFloat(f.Value)
	}
	if f.Bound != Exact {
		n = string(f.Bound) + " " + n
	}
	if f.Unit != "" {
		n += " " + f.Unit
	}
	return n
}

// ParseFigure reads a figure as String writes it. The precision is the
// place of the last digit written ("2 million": a million; "1.03
// million": 10,000; "240,000": 10,000; "174": one).
func ParseFigure(text string) (Figure, bool) {
	var f Figure
	rest := strings.TrimSpace(text)
	for _, b := range Bounds {
		if after, ok := strings.CutPrefix(rest, string(b)+" "); ok {
			f.Bound, rest = b, after
			break
		}
	}
	words := strings.Fields(rest)
	if len(words) == 0 {
		return Figure{}, false
	}
	digits := strings.ReplaceAll(words[0], ",", "")
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || v < 0 {
		return Figure{}, false
	}
	f.Value, f.Precision = v, precisionOf(digits)
	words = words[1:]
	if len(words) > 0 {
		if scale, ok := scales[words[0]]; ok {
			f.Value *= scale
			f.Precision *= scale
			words = words[1:]
		}
	}
	if len(words) > 1 {
		return Figure{}, false
	}
	if len(words) == 1 {
		if _, plural := scales[strings.TrimSuffix(words[0], "s")]; plural {
			return Figure{}, false
		}
		f.Unit = words[0]
	}
	return f, true
}

// scales are the words that multiply a number ("1.2 million").
var scales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9}

// precisionOf is the place of the last significant digit of a number
// written in digits: "174" is 1, "180" and "240000" are 10 and 10,000,
// "7.48" is 0.01.
func precisionOf(digits string) float64 {
	if _, frac, ok := strings.Cut(digits, "."); ok {
		return math.Pow(10, -float64(len(frac)))
	}
	trimmed := strings.TrimRight(digits, "0")
	if trimmed == "" {
		return 1
	}
	return math.Pow(10, float64(len(digits)-len(trimmed)))
}

// Agrees reports whether two figures state one value: their numbers
// meet within the precision they were written with (7.48 million and
// 7.4 million; "at least 174" and 174), their bounds admit it and they
// are not two bounds on different numbers. "More
// than 125" and 131 are compatible but do not agree: neither states the
// other's number.
func (f Figure) Agrees(o Figure) bool {
	if f.oneSided() && o.oneSided() && f.Value != o.Value {
		// "more than 300" and "more than 400" can both be true, but
		// neither says what the other does.
		return false
	}
	return f.Compatible(o) && f.written().meets(o.written())
}

// oneSided reports a bound that leaves the value open on one side.
func (f Figure) oneSided() bool { return f.Bound != Exact && f.Bound != Approximate }

// Compatible reports whether one value can make both figures true: "more
// than 300" and "more than 400", "at least 125" and 131, but neither 174
// and 175 nor "more than 125" and 125.
func (f Figure) Compatible(o Figure) bool {
	return f.Unit == o.Unit && f.admitted().meets(o.admitted())
}

// interval is a set of values; an end at which open is true is left out.
type interval struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

// meets reports whether two intervals share a value.
func (a interval) meets(b interval) bool {
	lo, loOpen := a.lo, a.loOpen
	if b.lo > lo || b.lo == lo && b.loOpen {
		lo, loOpen = b.lo, b.loOpen
	}
	hi, hiOpen := a.hi, a.hiOpen
	if b.hi < hi || b.hi == hi && b.hiOpen {
		hi, hiOpen = b.hi, b.hiOpen
	}
	return lo < hi || lo == hi && !loOpen && !hiOpen
}

// written is the interval the number stands for as written: a whole
// number given to the one is itself; a rounded one ("1.3 million", "7.4
// million") stands for the values that round or cut to it.
func (f Figure) written() interval {
	if f.Precision <= 1 && f.Value == math.Trunc(f.Value) {
		return interval{lo: f.Value, hi: f.Value}
	}
	return interval{lo: f.Value - f.Precision/2, hi: f.Value + f.Precision, loOpen: true, hiOpen: true}
}

// admitted is the interval of values the figure allows, its bound
// applied to the number as written.
func (f Figure) admitted() interval {
	w := f.written()
	inf := math.Inf(1)
	switch f.Bound {
	case AtLeast:
		return interval{lo: w.lo, hi: inf, loOpen: w.loOpen}
	case MoreThan:
		return interval{lo: w.lo, hi: inf, loOpen: true}
	case UpTo:
		return interval{lo: -inf, hi: w.hi, hiOpen: w.hiOpen}
	case FewerThan:
		return interval{lo: -inf, hi: w.hi, hiOpen: true}
	}
	return w
}

func trimFloat(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e6)/1e6, 'f', -1, 64)
}

// groupThousands writes 1030000 as "1,030,000".
func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
