package graph

import (
	"reflect"
	"slices"
	"testing"
)

func TestClosest(t *testing.T) {
	names := []string{"ABC News", "Newsweek", "Steve Witkoff", "Yuri Ushakov", "Yury Ushakov", "Moscow"}
	for name, want := range map[string][]string{
		"Newsweak": {"Newsweek"},
		"ABC Nwes": {"ABC News"},
		"Witcoff":  {"Steve Witkoff"},
		"Ushakof":  {"Yuri Ushakov", "Yury Ushakov"},
		"Reuters":  nil,
		"Nobody":   nil,
	} {
		if got := Closest(name, names); !reflect.DeepEqual(got, want) {
			t.Errorf("Closest(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestNameWords(t *testing.T) {
	got := NameWords("Yuri Ushakov's aide, J. Smith-Jones 2nd")
	want := []string{"yuri", "ushakov", "aide", "smith", "jones", "2nd"}
	if !slices.Equal(got, want) {
		t.Errorf("NameWords = %q, want %q", got, want)
	}
}
