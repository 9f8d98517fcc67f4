package document

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"gopkg.in/yaml.v3"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// meta is the metadata a document can carry about itself, in front
// matter or JSON. Field names follow common news-crawler output
// (news-please's maintext, source_domain, date_publish).
type meta struct {
	Title       string   `yaml:"title" json:"title"`
	Text        string   `yaml:"-" json:"text"`
	MainText    string   `yaml:"-" json:"maintext"`
	Outlet      string   `yaml:"outlet" json:"outlet"`
	Source      string   `yaml:"source" json:"source_domain"`
	URL         string   `yaml:"url" json:"url"`
	Published   string   `yaml:"published" json:"published"`
	Date        string   `yaml:"date" json:"date_publish"`
	Author      string   `yaml:"author" json:"author"`
	Authors     []string `yaml:"authors" json:"authors"`
	Description string   `yaml:"description" json:"description"`
}

// document turns self-described metadata into a Document.
func (m meta) document(text string) claim.Document {
	d := claim.Document{Text: text, MetadataFrom: map[string]string{}}
	set := func(field string, ok bool) {
		if ok {
			d.MetadataFrom[field] = "document"
		}
	}
	d.Title = m.Title
	set("title", d.Title != "")
	d.Outlet = firstNonEmpty(m.Outlet, m.Source)
	set("outlet", d.Outlet != "")
	d.URL = m.URL
	set("url", d.URL != "")
	if t, ok := ParseDate(firstNonEmpty(m.Published, m.Date)); ok {
		d.Published = t
		set("published", true)
	}
	d.Authors = m.Authors
	if len(d.Authors) == 0 && m.Author != "" {
		d.Authors = splitAuthors(m.Author)
	}
	set("authors", len(d.Authors) > 0)
	return d
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}

// readFrontMatter reads a text or Markdown article with optional YAML
// front matter between "---" lines.
func readFrontMatter(text string) (claim.Document, error) {
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		rest, ok = strings.CutPrefix(text, "---\r\n")
	}
	if !ok {
		return meta{}.document(text), nil
	}
	end := strings.Index(rest, "\n---")
	if end < 0 {
		return claim.Document{}, errors.New("front matter: opening --- has no closing ---")
	}
	var m meta
	if err := yaml.Unmarshal([]byte(rest[:end]), &m); err != nil {
		return claim.Document{}, fmt.Errorf("front matter: %w", err)
	}
	body := rest[end+len("\n---"):]
	if i := strings.IndexByte(body, '\n'); i >= 0 {
		body = body[i+1:]
	} else {
		body = ""
	}
	return m.document(body), nil
}

// readHTML extracts the article body and metadata (meta tags, OpenGraph,
// JSON-LD) of a web page.
func readHTML(text string) (claim.Document, error) {
	if depth := nestingDepth(text); depth > MaxHTMLDepth {
		return claim.Document{}, fmt.Errorf("html: elements nested %d deep (more than %d): not an article page", depth, MaxHTMLDepth)
	}
	res, err := trafilatura.Extract(strings.NewReader(text), trafilatura.Options{ExcludeComments: true, EnableFallback: true, PruneSelector: consentSelector})
	if err != nil {
		return claim.Document{}, fmt.Errorf("html: %w", err)
	}
	// With no article, the extractor falls back to the page title, or to
	// whatever text the page has: on a site's front page, its links.
	if res == nil || strings.TrimSpace(res.ContentText) == "" || strings.TrimSpace(res.ContentText) == strings.TrimSpace(res.Metadata.Title) {
		return claim.Document{}, fmt.Errorf("html: %w", ErrNoText)
	}
	if share := linkShare(text, res.ContentText); share > maxLinkShare {
		return claim.Document{}, fmt.Errorf("html: %w: %.0f%% of its text is links (an index or section page?)", ErrNoText, 100*share)
	}
	md := res.Metadata
	m := meta{Title: md.Title, Outlet: md.Sitename, URL: md.URL, Author: md.Author}
	if !md.Date.IsZero() {
		m.Published = md.Date.Format("2006-01-02")
	}
	return m.document(res.ContentText), nil
}

// consentSelector names the cookie and consent notices pages carry: the
// article extractor takes one for the article on a page that has none.
const consentSelector = "[class*=cookie], [id*=cookie], [class*=consent], [id*=consent], [class*=gdpr], [id*=gdpr]"

// maxLinkShare is the most of an article's text that may be link text.
// Articles link a name or a source here and there; a front page or a
// section page is headlines, each a link.
const maxLinkShare = 0.5

// linkShare is the share of the words of text that the page has as link
// text, each link word counted once.
func linkShare(page, text string) float64 {
	linked := map[string]int{}
	z := html.NewTokenizer(strings.NewReader(page))
	inLink := 0
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		switch tt {
		case html.StartTagToken:
			if name, _ := z.TagName(); string(name) == "a" {
				inLink++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "a" && inLink > 0 {
				inLink--
			}
		case html.TextToken:
			if inLink > 0 {
				for _, w := range strings.Fields(html.UnescapeString(string(z.Text()))) {
					linked[w]++
				}
			}
		}
	}
	words := strings.Fields(text)
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		if linked[w] > 0 {
			linked[w]--
			n++
		}
	}
	return float64(n) / float64(len(words))
}

// MaxHTMLDepth bounds element nesting: real pages stay far below it, and
// the article extractor slows down quadratically with depth (10,000
// levels took 53 s).
const MaxHTMLDepth = 512

// nestingDepth returns the deepest element nesting of an HTML text, by a
// linear scan of its tags.
func nestingDepth(text string) int {
	z := html.NewTokenizer(strings.NewReader(text))
	depth, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			if !voidElements[string(name)] {
				depth++
				deepest = max(deepest, depth)
			}
		case html.EndTagToken:
			if depth > 0 {
				depth--
			}
		}
	}
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

func (m meta) body() string { return firstNonEmpty(m.Text, m.MainText) }

// readJSON reads one article object or an array of them. An article of
// an array that is not one (a wrong field type, no text) is an error of
// its own and the others still load, as lines of JSON Lines do; an array
// that is not JSON at all is one error.
func readJSON(text string) ([]claim.Document, []error) {
	trimmed := strings.TrimSpace(text)
	if !strings.HasPrefix(trimmed, "[") {
		d, err := readJSONArticle([]byte(trimmed))
		if err != nil {
			return nil, []error{fmt.Errorf("json: %w", err)}
		}
		return []claim.Document{d}, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal([]byte(trimmed), &items); err != nil {
		return nil, []error{fmt.Errorf("json: %w", err)}
	}
	var docs []claim.Document
	var errs []error
	for i, item := range items {
		d, err := readJSONArticle(item)
		if err != nil {
			errs = append(errs, fmt.Errorf("article %d: %w", i+1, err))
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

func readJSONArticle(data []byte) (claim.Document, error) {
	var m meta
	if err := json.Unmarshal(data, &m); err != nil {
		return claim.Document{}, err
	}
	if m.body() == "" {
		return claim.Document{}, errors.New(`no "text" or "maintext" field`)
	}
	return m.document(m.body()), nil
}

// readJSONLines reads one article object per line; a bad line is an
// error of its own and the other lines still load.
func readJSONLines(text string) ([]claim.Document, []error) {
	var docs []claim.Document
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64*1024), len(text)+1)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		d, err := readJSONArticle([]byte(line))
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", n, err))
			continue
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, err)
	}
	return docs, errs
}
