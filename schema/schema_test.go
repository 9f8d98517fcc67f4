package schema

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaultSchema(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Predicate("travel to"); got != "visit" {
		t.Errorf(`Predicate("travel to") = %q, want "visit"`, got)
	}
	if got := s.Predicate("scold"); got != "scold" {
		t.Errorf(`unknown predicates stay as they are: got %q`, got)
	}
	if got := s.Predicate("be intended to meddle with"); got != "be intended to hinder" {
		t.Errorf(`the last verb of a chain is normalised: got %q`, got)
	}
	if got := s.Predicate("want to scold"); got != "want to scold" {
		t.Errorf(`a chain of unknown verbs stays as it is: got %q`, got)
	}
	if v, ok := s.Reporting("deny"); !ok || !v.Negates {
		t.Errorf(`"deny" should be a negating reporting verb: %+v %v`, v, ok)
	}
	if got := s.Outlet("abcnews.go.com"); got != "ABC News" {
		t.Errorf("Outlet(domain) = %q", got)
	}
	if got := s.Outlet("Thomson/Reuters"); got != "Reuters" {
		t.Errorf("Outlet(alias) = %q", got)
	}
	if !s.FurnitureLine("WorldUS Tests New MQ-9 Reaper Drone Operations Near China3 min read") {
		t.Error("a related-story line ending in 'min read' is furniture")
	}
	if s.FurnitureLine("Ushakov said the call was leaked.") {
		t.Error("an article sentence is not furniture")
	}
}

func TestUserFileReplacesSections(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.yaml")
	os.WriteFile(path, []byte("aliases:\n  - {name: Volodymyr Zelenskyy, aliases: [Zelensky]}\n"), 0o644)
	s, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if n, ok := s.Alias("zelensky"); !ok || n != "Volodymyr Zelenskyy" {
		t.Errorf("Alias = %q %v", n, ok)
	}
	if s.Predicate("travel to") != "visit" {
		t.Error("sections the user file does not give keep their defaults")
	}
}

func TestOrient(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lemma, subject, object string
		predicate              string
		swap                   bool
	}{
		{"work for", "entity:a", "entity:b", "employ", true},
		{"employ", "entity:a", "entity:b", "employ", false},
		{"hire", "entity:a", "entity:b", "employ", false},
		{"meet", "entity:b", "entity:a", "meet with", true},
		{"meet", "entity:a", "entity:b", "meet with", false},
		{"visit", "entity:b", "entity:a", "visit", false},
	}
	for _, c := range cases {
		p, swap := s.Orient(c.lemma, c.subject, c.object)
		if p != c.predicate || swap != c.swap {
			t.Errorf("Orient(%q, %s, %s) = %q, %v; want %q, %v", c.lemma, c.subject, c.object, p, swap, c.predicate, c.swap)
		}
	}
}

func TestBadUserFile(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"unknown key":     "predicatez: {}\n",
		"bad regexp":      "lines: ['(']\n",
		"double synonym":  "predicates:\n  a: {synonyms: [x]}\n  b: {synonyms: [x]}\n",
		"double inverse":  "predicates:\n  a: {inverses: [x]}\n  b: {inverses: [x]}\n",
		"inverse synonym": "predicates:\n  a: {inverses: [x]}\n  b: {synonyms: [x]}\n",
		"two genders":     "genders: {masculine: [kim], feminine: [Kim]}\n",
		"not yaml at all": "predicates: [\n",
	}
	for name, body := range cases {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".yaml")
		os.WriteFile(path, []byte(body), 0o644)
		if _, err := Load(path); err == nil {
			t.Errorf("%s: Load succeeded", name)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file error should name it: %v", err)
	}
}
