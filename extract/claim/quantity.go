package claim

import (
	"math"
	"strconv"
	"strings"
)

// Quantity is a number with its unit: "19 points", "a 28-point plan",
// "a two-day visit".
type Quantity struct {
	Value float64
	// Unit is singular and lower-case ("point", "day").
	Unit string
}

// String writes the quantity as a phrase: "19 points", "1 day", "61".
func (q Quantity) String() string {
	n := strconv.FormatFloat(q.Value, 'f', -1, 64)
	if q.Unit == "" {
		return n
	}
	if q.Value == 1 {
		return n + " " + q.Unit
	}
	return n + " " + plural(q.Unit)
}

// Differs reports whether two quantities of one unit disagree by more
// than tolerance, a fraction of the larger.
func (q Quantity) Differs(o Quantity, tolerance float64) bool {
	larger := math.Max(math.Abs(q.Value), math.Abs(o.Value))
	return math.Abs(q.Value-o.Value) > tolerance*larger
}

// ParseQuantity reads a phrase that is only a quantity: "19 points",
// "28-point", "two-day", "3.5 miles".
func ParseQuantity(text string) (Quantity, bool) {
	words := strings.Fields(strings.ToLower(text))
	switch len(words) {
	case 1:
		num, unit, ok := strings.Cut(words[0], "-")
		if !ok || strings.Contains(unit, "-") {
			return Quantity{}, false
		}
		return quantity(num, unit)
	case 2:
		return quantity(words[0], words[1])
	}
	return Quantity{}, false
}

// QuantityIn finds the first word or pair of words of a phrase that is
// a quantity ("the original 28-point draft" holds 28 points).
func QuantityIn(text string) (Quantity, bool) {
	words := strings.Fields(text)
	for i, w := range words {
		if q, ok := ParseQuantity(w); ok {
			return q, true
		}
		if i+1 < len(words) {
			if q, ok := ParseQuantity(w + " " + words[i+1]); ok {
				return q, true
			}
		}
	}
	return Quantity{}, false
}

// ParseCount reads a phrase that is only a number, with no unit: "61",
// "1,200" in "the toll rose to 61". Its unit is "".
func ParseCount(text string) (Quantity, bool) {
	words := strings.Fields(text)
	if len(words) != 1 {
		return Quantity{}, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(words[0], ",", ""), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return Quantity{}, false
	}
	return Quantity{Value: f}, true
}

func quantity(num, unit string) (Quantity, bool) {
	v, ok := numberWords[num]
	if !ok {
		f, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return Quantity{}, false
		}
		v = f
	}
	if unit == "" || strings.IndexFunc(unit, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return Quantity{}, false
	}
	return Quantity{Value: v, Unit: singular(unit)}, true
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"hundred": 100, "thousand": 1000,
}

// irregularPlurals are the plurals of units counted in news ("14
// people", "two men") that no suffix rule makes.
var irregularPlurals = map[string]string{"man": "men", "woman": "women", "person": "people", "child": "children",
	"foot": "feet", "tooth": "teeth", "mouse": "mice", "goose": "geese"}

// irregularSingulars inverts irregularPlurals.
var irregularSingulars = func() map[string]string {
	m := make(map[string]string, len(irregularPlurals))
	for one, many := range irregularPlurals {
		m[many] = one
	}
	return m
}()

// singular undoes the English plural of a unit.
func singular(w string) string {
	if one, ok := irregularSingulars[w]; ok {
		return one
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

func plural(w string) string {
	if many, ok := irregularPlurals[w]; ok {
		return many
	}
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ss"):
		return w + "es"
	}
	return w + "s"
}

// NumberWord returns the value of a number written as a word ("two",
// "forty"), as figures and quantities read them.
func NumberWord(w string) (float64, bool) {
	v, ok := numberWords[strings.ToLower(w)]
	return v, ok
}
