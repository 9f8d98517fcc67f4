package graph

import (
	"reflect"
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
