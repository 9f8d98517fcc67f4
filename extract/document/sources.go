package document

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"gopkg.in/yaml.v3"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// SourcesFile is the name of the per-folder metadata file.
const SourcesFile = "sources.yaml"

// Sources is a folder's sources.yaml: metadata for its documents by file
// name or glob pattern.
type Sources struct {
	Documents map[string]SourceEntry `yaml:"documents"`
}

// SourceEntry is the metadata sources.yaml gives one document.
type SourceEntry struct {
	Title     string   `yaml:"title"`
	Outlet    string   `yaml:"outlet"`
	URL       string   `yaml:"url"`
	Published string   `yaml:"published"`
	Authors   []string `yaml:"authors"`
}

// ParseSources reads a sources.yaml. Patterns must be valid globs.
func ParseSources(data []byte) (*Sources, error) {
	var s Sources
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&s); err != nil {
		return nil, err
	}
	for pattern, e := range s.Documents {
		if _, err := filepath.Match(pattern, ""); err != nil {
			return nil, fmt.Errorf("pattern %q: %w", pattern, err)
		}
		if e.Published != "" {
			if _, ok := ParseDate(e.Published); !ok {
				return nil, fmt.Errorf("%s: published %q is not a date", pattern, e.Published)
			}
		}
	}
	return &s, nil
}

// ErrUnmatchedSource means a sources.yaml entry names no file of its
// folder: a misspelt name would otherwise leave its document without the
// outlet meant for it, silently. It is a warning (see IsWarning).
var ErrUnmatchedSource = errors.New("matches no file in the folder")

// IsWarning reports whether an error from Read leaves every document
// loaded as it should be, so that it need not fail a build.
func IsWarning(err error) bool { return errors.Is(err, ErrUnmatchedSource) }

// sourcesFor returns the parsed sources.yaml of a folder, read once. Its
// errors are reported with the first document of the folder only.
func (r *Reader) sourcesFor(dir string) (*Sources, []error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := r.sources[dir]; ok {
		return s, nil
	}
	r.sources[dir] = nil
	path := filepath.Join(dir, SourcesFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, []error{&Error{Path: path, Err: err}}
	}
	s, err := ParseSources(data)
	if err != nil {
		return nil, []error{&Error{Path: path, Err: err}}
	}
	r.sources[dir] = s
	return s, s.unmatched(dir, path)
}

// unmatched returns a warning for each entry that names no file of dir.
func (s *Sources) unmatched(dir, path string) []error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return []error{&Error{Path: path, Err: err}}
	}
	var warnings []error
	for pattern := range s.Documents {
		found := false
		for _, e := range entries {
			if ok, _ := filepath.Match(pattern, e.Name()); ok {
				found = true
				break
			}
		}
		if !found {
			warnings = append(warnings, &Error{Path: path, Err: fmt.Errorf("%q: %w", pattern, ErrUnmatchedSource)})
		}
	}
	sort.Slice(warnings, func(i, j int) bool { return warnings[i].Error() < warnings[j].Error() })
	return warnings
}

// apply fills fields the document did not give itself. An exact file name
// wins over patterns; among patterns, the longest (most specific) wins.
func (s *Sources) apply(name string, d *claim.Document) {
	var matches []string
	for pattern := range s.Documents {
		if ok, _ := filepath.Match(pattern, name); ok {
			matches = append(matches, pattern)
		}
	}
	sort.Slice(matches, func(i, j int) bool {
		if (matches[i] == name) != (matches[j] == name) {
			return matches[i] == name
		}
		if len(matches[i]) != len(matches[j]) {
			return len(matches[i]) > len(matches[j])
		}
		return matches[i] < matches[j]
	})
	for _, m := range matches {
		e := s.Documents[m]
		fill := func(field string, empty bool, set func()) {
			if empty && d.MetadataFrom[field] == "" {
				set()
				d.MetadataFrom[field] = SourcesFile
			}
		}
		fill("title", e.Title != "", func() { d.Title = e.Title })
		fill("outlet", e.Outlet != "", func() { d.Outlet = e.Outlet })
		fill("url", e.URL != "", func() { d.URL = e.URL })
		fill("authors", len(e.Authors) > 0, func() { d.Authors = e.Authors })
		if t, ok := ParseDate(e.Published); ok {
			fill("published", true, func() { d.Published = t })
		}
	}
}
