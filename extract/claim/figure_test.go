package claim

import "testing"

func TestFigureRoundTrip(t *testing.T) {
	for _, f := range []Figure{
		{Value: 174, Precision: 1},
		{Value: 174, Bound: AtLeast, Precision: 1},
		{Value: 1030000, Precision: 10000},
		{Value: 2e6, Bound: Approximate, Precision: 1e6},
		{Value: 240000, Bound: UpTo, Precision: 10000},
		{Value: 8, Unit: "km", Precision: 1},
		{Value: 5.9, Precision: 0.1},
		{Value: 3e9, Bound: MoreThan, Precision: 1e9},
	} {
		back, ok := ParseFigure(f.String())
		if !ok || back != f {
			t.Errorf("%q reads back as %+v (ok %v), want %+v", f.String(), back, ok, f)
		}
	}
}

func TestParseFigure(t *testing.T) {
	for text, want := range map[string]Figure{
		"1,030,000":         {Value: 1030000, Precision: 10000},
		"1.03 million":      {Value: 1030000, Precision: 10000},
		"about 2 million":   {Value: 2e6, Bound: Approximate, Precision: 1e6},
		"more than 125":     {Value: 125, Bound: MoreThan, Precision: 1},
		"180":               {Value: 180, Precision: 10},
		"16.09344 km":       {Value: 16.09344, Unit: "km", Precision: 0.00001},
		"at least 174":      {Value: 174, Bound: AtLeast, Precision: 1},
		"fewer than 10,000": {Value: 10000, Bound: FewerThan, Precision: 10000},
	} {
		got, ok := ParseFigure(text)
		if !ok || got.Value != want.Value || got.Bound != want.Bound || got.Unit != want.Unit || got.Precision-want.Precision > 1e-9 || want.Precision-got.Precision > 1e-9 {
			t.Errorf("ParseFigure(%q) = %+v, %v; want %+v", text, got, ok, want)
		}
	}
	for _, text := range []string{"", "many", "2 millions", "three hundred people died", "-4", "higher"} {
		if f, ok := ParseFigure(text); ok {
			t.Errorf("ParseFigure(%q) = %+v, want no figure", text, f)
		}
	}
}

func TestFiguresAgreeAndCompatible(t *testing.T) {
	fig := func(s string) Figure {
		f, ok := ParseFigure(s)
		if !ok {
			t.Fatalf("no figure in %q", s)
		}
		return f
	}
	for _, c := range []struct {
		a, b              string
		agree, compatible bool
	}{
		{"174", "174", true, true},
		{"at least 174", "174", true, true},
		{"174", "175", false, false},
		{"1.03 million", "1,030,000", true, true},
		{"1.03 million", "1.3 million", false, false},
		{"7.48 million", "7.4 million", true, true},
		{"7 million", "7.48 million", true, true},
		{"about 2 million", "1.03 million", false, false},
		{"more than 1 million", "1.5 million", true, true},
		{"more than 125", "125", false, false},
		{"more than 125", "131", false, true},
		{"more than 300", "more than 400", false, true},
		{"more than 300", "about 180", false, false},
		{"up to 1 million", "1.03 million", true, true},
		{"42,000", "38,000", false, false},
		{"8 km", "8", false, false},
	} {
		a, b := fig(c.a), fig(c.b)
		if got := a.Agrees(b); got != c.agree {
			t.Errorf("%q agrees with %q: %v, want %v", c.a, c.b, got, c.agree)
		}
		if got := b.Agrees(a); got != c.agree {
			t.Errorf("%q agrees with %q: %v, want %v", c.b, c.a, got, c.agree)
		}
		if got := a.Compatible(b); got != c.compatible {
			t.Errorf("%q compatible with %q: %v, want %v", c.a, c.b, got, c.compatible)
		}
	}
}
