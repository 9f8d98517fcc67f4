package document

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/schema"
)

func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: T\npublished: 2025-11-26\nauthors: [A, B]\n---\nBody.\n")
	f.Add("---\ntitle: [unclosed\n---\n")
	f.Add("no front matter")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := readFrontMatter(text)
		if err == nil && !strings.HasPrefix(text, "---") && d.Text != text {
			t.Fatalf("text without front matter must pass through unchanged")
		}
	})
}

func FuzzSources(f *testing.F) {
	f.Add([]byte("documents:\n  a.txt: {outlet: X, published: 2025-11-26}\n  \"*.md\": {outlet: Y}\n"))
	f.Add([]byte("documents:\n  \"[\": {outlet: X}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseSources(data)
		if err != nil {
			return
		}
		d := claim.Document{MetadataFrom: map[string]string{}}
		s.apply("a.txt", &d)
	})
}

func FuzzJSONLines(f *testing.F) {
	f.Add("{\"text\":\"One.\",\"outlet\":\"X\"}\n{broken\n{\"maintext\":\"Two.\"}\n")
	f.Fuzz(func(t *testing.T, text string) {
		docs, errs := readJSONLines(text)
		if lines := strings.Count(text, "\n") + 1; len(docs)+len(errs) > lines+1 {
			t.Fatalf("%d docs and %d errors from %d lines", len(docs), len(errs), lines)
		}
	})
}

func FuzzClean(f *testing.F) {
	f.Add("By Jane Roe\nShareExample is a Trust Project memberBody starts here.\nWorld News3 min read\n")
	f.Add("ABC News’ A and B contributed to this report.\n© 2025 Thomson/Reuters. All rights reserved.")
	s, err := schema.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		body, _ := Clean(text, s)
		// Each removal leaves at most a line break where it was.
		if len(body) > len(text)+len(s.Metadata) {
			t.Fatalf("cleaning grew %d bytes to %d", len(text), len(body))
		}
	})
}

// FuzzHTML reads any text as a web page: the article extractor and the
// metadata it reads (meta tags, OpenGraph, JSON-LD) either give a
// document with text or an error, never a panic.
func FuzzHTML(f *testing.F) {
	f.Add(`<html><head><title>T</title><meta property="og:site_name" content="Outlet"><meta name="date" content="2025-11-26"></head><body><article><p>Witnesses said the talks ended late.</p></article></body></html>`)
	f.Add(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-11-2","author":{"name":[1]}}</script></head><body><p>x</p></body></html>`)
	f.Add("<div><div><div><p>unclosed")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := readHTML(text)
		if err != nil {
			return
		}
		if strings.TrimSpace(d.Text) == "" {
			t.Fatal("a document without text and no error")
		}
	})
}
