package claim

import "testing"

func TestParseQuantity(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "" when the text is not a quantity
	}{
		{"19 points", "19 points"},
		{"28-point", "28 points"},
		{"two-day", "2 days"},
		{"1 day", "1 day"},
		{"3.5 miles", "3.5 miles"},
		{"12 countries", "12 countries"},
		{"5 taxes", "5 taxes"},
		{"1,200 troops", "1200 troops"},
		{"two men", "2 men"},
		{"14 people", "14 people"},
		{"one child", "1 child"},
		{"points", ""},
		{"28-point-plan", ""},
		{"28 U.S.", ""},
		{"the plan", ""},
		{"NaN-points", ""},
	} {
		q, ok := ParseQuantity(tc.text)
		got := ""
		if ok {
			got = q.String()
		}
		if got != tc.want {
			t.Errorf("ParseQuantity(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestQuantityIn(t *testing.T) {
	q, ok := QuantityIn("the original 28-point draft")
	if !ok || q != (Quantity{28, "point"}) {
		t.Errorf("QuantityIn = %v, %v; want 28 point", q, ok)
	}
	if _, ok := QuantityIn("the original draft"); ok {
		t.Error("found a quantity in a phrase without one")
	}
}

func TestDiffers(t *testing.T) {
	if (Quantity{100, "point"}).Differs(Quantity{104, "point"}, 0.05) {
		t.Error("100 and 104 differ at 5%")
	}
	if !(Quantity{28, "point"}).Differs(Quantity{19, "point"}, 0.05) {
		t.Error("28 and 19 agree at 5%")
	}
	if !(Quantity{1, "point"}).Differs(Quantity{2, "point"}, 0) {
		t.Error("1 and 2 agree at 0")
	}
}
