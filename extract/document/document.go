// Package document reads article files (plain text, Markdown, HTML, JSON
// and JSON Lines) into claim.Documents: it finds their metadata, in order,
// in the document itself, in a sources.yaml beside it, and in the text or
// URL, and it removes page furniture so that only the article is left.
package document

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	gitignore "github.com/sabhiram/go-gitignore"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/schema"
)

// Extensions lists the file name extensions that hold articles, by format.
var Extensions = map[string]string{
	".txt": "text", ".md": "markdown", ".markdown": "markdown",
	".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
}

// Error is a problem with one input file; the build goes on without it.
type Error struct {
	Path string
	Err  error
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %v", printablePath(e.Path), e.Err) }

// printablePath quotes a path holding control characters (a file name
// with a newline), so that each error stays one line.
func printablePath(p string) string {
	if strings.IndexFunc(p, unicode.IsControl) >= 0 {
		return strconv.Quote(p)
	}
	return p
}
func (e *Error) Unwrap() error { return e.Err }

// Reasons a file is refused.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary file (contains NUL bytes), not an article")
	ErrEncoding = errors.New("not valid UTF-8 text")
	ErrNoText   = errors.New("no article text found")
	ErrTooLarge = errors.New("file too large for an article")
	ErrNotFile  = errors.New("not a regular file")
	ErrOutside  = errors.New("symbolic link to a file outside the folder; skipped")
)

// MaxBytes is the largest file read as articles: long-form news runs to
// a few hundred kilobytes, and a JSON Lines file of many articles to
// tens of megabytes.
const MaxBytes = 64 << 20

// MaxArticleBytes is the most text one article may have. Extraction
// holds a whole article's sentences and claims at once, some 60 MB of
// memory and 2 s of one core per MB of text (BENCHMARKS.md), so one
// 60 MB "article" took gigabytes; a long-form piece is a few hundred KB.
const MaxArticleBytes = 4 << 20

// Find walks roots and returns the article files under them, sorted. A
// root may also be a single file. Hidden folders are skipped; symbolic
// links to folders are not followed, so link loops cannot trap the walk,
// and a link to a file outside its root is reported and skipped: a
// folder of articles from elsewhere must not carry a private file into
// the graph.
func Find(roots []string) ([]string, []error) {
	var files []string
	var errs []error
	for _, root := range roots {
		inside := insideOf(root)
		skip, err := skipper(root)
		if err != nil {
			errs = append(errs, err)
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{Path: path, Err: err})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != root && (strings.HasPrefix(d.Name(), ".") || skip(path)) {
					return fs.SkipDir
				}
				return nil
			}
			if _, ok := Extensions[strings.ToLower(filepath.Ext(path))]; !ok || path != root && skip(path) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 && !inside(path) {
				errs = append(errs, &Error{Path: path, Err: ErrOutside})
				return nil
			}
			files = append(files, path)
			return nil
		})
		if err != nil {
			errs = append(errs, &Error{Path: root, Err: err})
		}
	}
	sort.Strings(files)
	return files, errs
}

// IgnoreFile names, in a root folder, the files build leaves alone, in
// the syntax of .gitignore.
const IgnoreFile = ".claimgraphignore"

// notArticles are the names (any case) of files that folders of articles
// hold beside them: notes about the folder, a test set's gold answers, a
// licence. Read as articles they made claims such as "outlet be in text".
var notArticles = []string{"README", "SOURCES", "GOLD", "LICENSE", "LICENCE", "CHANGELOG", "NOTES"}

// skipper returns a test of whether a path under root is to be left
// alone: a hidden file, one named as in notArticles (README.md,
// GOLD.yaml), or one the root's IgnoreFile names. A file given itself as
// a root is always read.
func skipper(root string) (func(path string) bool, error) {
	var ignore *gitignore.GitIgnore
	file := filepath.Join(root, IgnoreFile)
	if _, err := os.Stat(file); err == nil {
		if ignore, err = gitignore.CompileIgnoreFile(file); err != nil {
			return nil, &Error{Path: file, Err: err}
		}
	}
	return func(path string) bool {
		base := filepath.Base(path)
		if strings.HasPrefix(base, ".") {
			return true
		}
		stem := strings.ToUpper(strings.TrimSuffix(base, filepath.Ext(base)))
		for _, n := range notArticles {
			if stem == n || strings.HasPrefix(stem, n+"_") || strings.HasPrefix(stem, n+"-") {
				return true
			}
		}
		rel, err := filepath.Rel(root, path)
		return ignore != nil && err == nil && ignore.MatchesPath(filepath.ToSlash(rel))
	}, nil
}

// insideOf returns a test of whether a link found under root leads to a
// file under it. A broken link passes, so that Read names it as broken.
func insideOf(root string) func(link string) bool {
	dir := root
	if info, err := os.Stat(root); err == nil && !info.IsDir() {
		dir = filepath.Dir(root)
	}
	real, err := filepath.EvalSymlinks(dir)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	return func(link string) bool {
		target, terr := filepath.EvalSymlinks(link)
		if terr != nil {
			return true
		}
		if err != nil {
			return false
		}
		target, terr = filepath.Abs(target)
		rel, rerr := filepath.Rel(real, target)
		return terr == nil && rerr == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
}

// Reader turns files into documents with one vocabulary. It is safe for
// use by several goroutines.
type Reader struct {
	Schema *schema.Schema
	// Root is the folder document IDs are relative to; IDs stay stable
	// when the same folder is built again from elsewhere.
	Root string

	mu      sync.Mutex // guards sources
	sources map[string]*Sources
}

// NewReader returns a Reader for files under root.
func NewReader(s *schema.Schema, root string) *Reader {
	return &Reader{Schema: s, Root: root, sources: map[string]*Sources{}}
}

// Read loads the documents of one file. A JSON Lines file may hold many;
// its bad lines are returned as errors beside the good documents.
func (r *Reader) Read(path string) ([]claim.Document, []error) {
	// Checked before reading: a FIFO would block, a huge file would fill
	// memory.
	info, err := os.Stat(path)
	switch {
	case err != nil:
		if target, lerr := os.Readlink(path); lerr == nil {
			err = fmt.Errorf("broken symbolic link to %s", printablePath(target))
		}
		return nil, []error{&Error{Path: path, Err: err}}
	case !info.Mode().IsRegular():
		return nil, []error{&Error{Path: path, Err: fmt.Errorf("%w (%s)", ErrNotFile, info.Mode().Type())}}
	case info.Size() > MaxBytes:
		return nil, []error{&Error{Path: path, Err: fmt.Errorf("%w: %d MB, the limit is %d MB", ErrTooLarge, info.Size()>>20, MaxBytes>>20)}}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, []error{&Error{Path: path, Err: err}}
	}
	text, err := decodeText(raw)
	if err != nil {
		return nil, []error{&Error{Path: path, Err: err}}
	}
	format := Extensions[strings.ToLower(filepath.Ext(path))]
	var docs []claim.Document
	var errs []error
	switch format {
	case "html":
		d, err := readHTML(text)
		if err != nil {
			return nil, []error{&Error{Path: path, Err: err}}
		}
		docs = []claim.Document{d}
	case "json", "jsonl":
		read := readJSON
		if format == "jsonl" {
			read = readJSONLines
		}
		var itemErrs []error
		docs, itemErrs = read(text)
		for _, e := range itemErrs {
			errs = append(errs, &Error{Path: path, Err: e})
		}
	default:
		d, err := readFrontMatter(text)
		if err != nil {
			return nil, []error{&Error{Path: path, Err: err}}
		}
		docs = []claim.Document{d}
	}
	src, srcErrs := r.sourcesFor(filepath.Dir(path))
	errs = append(errs, srcErrs...)
	id := r.id(path)
	hash := sha256.Sum256(raw)
	// A file of several articles numbers them, even when only one of
	// them could be read, so that mending the others keeps its ID.
	many := len(docs) > 1 || format == "jsonl" || format == "json" && strings.HasPrefix(strings.TrimSpace(text), "[")
	var out []claim.Document
	for i, d := range docs {
		d.Path = path
		d.Format = format
		d.ID = id
		d.Hash = hex.EncodeToString(hash[:])
		if many {
			d.ID = fmt.Sprintf("%s#%d", id, i+1)
			d.Hash = contentHash(d)
		}
		if src != nil {
			src.apply(filepath.Base(path), &d)
		}
		r.infer(&d)
		if strings.TrimSpace(d.Text) == "" {
			errs = append(errs, &Error{Path: path, Err: ErrNoText})
			continue
		}
		if len(d.Text) > MaxArticleBytes {
			errs = append(errs, &Error{Path: path, Err: fmt.Errorf("%w: its text is %.1f MB, the limit for one article is %d MB", ErrTooLarge, float64(len(d.Text))/(1<<20), MaxArticleBytes>>20)})
			continue
		}
		out = append(out, d)
	}
	return out, errs
}

// contentHash tells apart the documents of one file, so that changing one
// line of a JSON Lines file replaces only that document.
func contentHash(d claim.Document) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s", d.Title, d.Outlet, d.URL, d.Published, d.Text)
	return hex.EncodeToString(h.Sum(nil))
}

func (r *Reader) id(path string) string {
	if abs, err := filepath.Abs(path); err == nil && filepath.IsAbs(r.Root) {
		path = abs
	}
	rel, err := filepath.Rel(r.Root, path)
	if err != nil || strings.HasPrefix(rel, "..") {
		rel = path
	}
	// Escaped so that the ID is a valid IRI whatever the file is called.
	return "doc:" + (&url.URL{Path: filepath.ToSlash(rel)}).EscapedPath()
}

// decodeText checks that raw is text and returns it as UTF-8: a UTF-16
// file with a byte-order mark is converted, a UTF-8 one loses its mark.
func decodeText(raw []byte) (string, error) {
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		return "", ErrEmpty
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw)
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", ErrBinary
	}
	if !utf8.Valid(raw) {
		good := 0
		for good < len(raw) {
			r, size := utf8.DecodeRune(raw[good:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			good += size
		}
		return "", fmt.Errorf("%w: invalid byte 0x%02x at offset %d", ErrEncoding, raw[good], good)
	}
	return string(raw), nil
}

func decodeUTF16(raw []byte) (string, error) {
	bigEndian := raw[0] == 0xFE
	raw = raw[2:]
	if len(raw)%2 != 0 {
		return "", fmt.Errorf("%w: UTF-16 text with an odd number of bytes", ErrEncoding)
	}
	units := make([]uint16, len(raw)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
		} else {
			units[i] = uint16(raw[2*i+1])<<8 | uint16(raw[2*i])
		}
	}
	s := string(utf16.Decode(units))
	if strings.TrimSpace(s) == "" {
		return "", ErrEmpty
	}
	return s, nil
}

// infer fills what the document and sources.yaml left unknown from its
// text and URL, removes page furniture, and canonicalises the outlet.
func (r *Reader) infer(d *claim.Document) {
	if d.MetadataFrom == nil {
		d.MetadataFrom = map[string]string{}
	}
	body, found := Clean(d.Text, r.Schema)
	d.Text = body
	set := func(field, value, from string) {
		if value == "" || d.MetadataFrom[field] != "" {
			return
		}
		switch field {
		case "outlet":
			d.Outlet = value
		case "authors":
			d.Authors = splitAuthors(value)
		case "published":
			t, ok := ParseDate(value)
			if !ok {
				return
			}
			d.Published = t
		case "title":
			d.Title = value
		default:
			return
		}
		d.MetadataFrom[field] = from
	}
	for _, f := range []string{"outlet", "authors", "published", "title"} {
		set(f, found[f], "text")
	}
	if d.URL != "" {
		if u, err := url.Parse(d.URL); err == nil && u.Hostname() != "" {
			host := strings.TrimPrefix(u.Hostname(), "www.")
			if r.Schema.KnownOutlet(host) {
				set("outlet", host, "url")
			}
		}
	}
	if d.Outlet != "" {
		d.Outlet = r.Schema.Outlet(d.Outlet)
	}
}

func splitAuthors(s string) []string {
	s = strings.ReplaceAll(s, " and ", ", ")
	var out []string
	for _, a := range strings.Split(s, ",") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02",
	"2 January 2006", "January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 Jan 2006", "Monday, 2 January 2006",
}

// ParseDate reads a publication date in the forms articles and feeds use.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
