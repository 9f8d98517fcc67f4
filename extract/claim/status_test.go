package claim

import "testing"

func TestStatusOf(t *testing.T) {
	for _, tc := range []struct {
		conflicts, independent int
		want                   Status
	}{
		{0, 0, SingleSource}, {0, 1, SingleSource}, {0, 2, Corroborated},
		{1, 5, Conflicted}, {2, 1, Conflicted},
	} {
		if got := StatusOf(tc.conflicts, tc.independent); got != tc.want {
			t.Errorf("StatusOf(%d conflicts, %d outlets) = %s, want %s", tc.conflicts, tc.independent, got, tc.want)
		}
	}
}

func TestParseStatus(t *testing.T) {
	for _, st := range Statuses {
		if got, err := ParseStatus(string(st)); err != nil || got != st {
			t.Errorf("ParseStatus(%q) = %q, %v", st, got, err)
		}
	}
	if _, err := ParseStatus("confirmed"); err == nil {
		t.Error(`ParseStatus("confirmed"): no error`)
	}
}
