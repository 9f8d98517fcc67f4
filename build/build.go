// Package build runs the main job: find article files, read them, extract
// their claims and load each document whole into the graph, skipping
// documents that have not changed since the last build.
package build

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/claimgraph/claimgraph/claim"
	"github.com/claimgraph/claimgraph/document"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

// Options configure a build.
type Options struct {
	// Prune removes documents under the roots that are no longer on disk.
	Prune bool
	// Progress, when set, is called after each file with the counts done
	// and total.
	Progress func(done, total int)
	// Start, when set, is called once with the number of files found.
	Start func(total int)
}

// Summary counts what a build did.
type Summary struct {
	Documents int // documents read
	Loaded    int // documents written (new or changed)
	Unchanged int // documents skipped because their content is unchanged
	Pruned    int // documents removed because their files are gone
	Sentences int
	Claims    int // reports extracted from loaded documents
	Outlets   int // distinct outlets among the documents read
	Errors    []error
}

func (s Summary) String() string {
	return fmt.Sprintf("%d documents (%d loaded, %d unchanged, %d pruned), %d sentences, %d claims, %d outlets, %d errors",
		s.Documents, s.Loaded, s.Unchanged, s.Pruned, s.Sentences, s.Claims, s.Outlets, len(s.Errors))
}

// Run builds the graph from the article files under roots.
func Run(ctx context.Context, st *graph.Store, s *schema.Schema, roots []string, opt Options) (Summary, error) {
	var sum Summary
	x, err := extract.New(s)
	if err != nil {
		return sum, err
	}
	files, errs := document.Find(roots)
	sum.Errors = append(sum.Errors, errs...)
	if opt.Start != nil {
		opt.Start(len(files))
	}
	readers := map[string]*document.Reader{}
	seen := map[string]bool{}
	outlets := map[string]bool{}
	for i, path := range files {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		root := rootOf(path, roots)
		r := readers[root]
		if r == nil {
			r = document.NewReader(s, root)
			readers[root] = r
		}
		docs, errs := r.Read(path)
		sum.Errors = append(sum.Errors, errs...)
		for _, d := range docs {
			seen[d.ID] = true
			sum.Documents++
			if d.Outlet != "" {
				outlets[d.Outlet] = true
			}
			if err := load(ctx, st, x, d, &sum); err != nil {
				sum.Errors = append(sum.Errors, &document.Error{Path: path, Err: err})
			}
		}
		if opt.Progress != nil {
			opt.Progress(i+1, len(files))
		}
	}
	sum.Outlets = len(outlets)
	if opt.Prune {
		if err := prune(ctx, st, roots, seen, &sum); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

func load(ctx context.Context, st *graph.Store, x *extract.Extractor, d claim.Document, sum *Summary) error {
	stored, err := st.StoredHash(ctx, d.ID)
	if err != nil {
		return err
	}
	if stored == d.Hash {
		sum.Unchanged++
		return nil
	}
	res := x.Extract(d)
	if _, _, err := st.Replace(ctx, d, res.Reports); err != nil {
		return err
	}
	sum.Loaded++
	sum.Sentences += len(res.Sentences)
	sum.Claims += len(res.Reports)
	return nil
}

// prune removes graph documents whose files were under a root but are
// gone. Documents from other roots are left alone.
func prune(ctx context.Context, st *graph.Store, roots []string, seen map[string]bool, sum *Summary) error {
	docs, err := st.DocumentIDs(ctx)
	if err != nil {
		return err
	}
	for id, path := range docs {
		if seen[id] || rootOf(path, roots) == "" {
			continue
		}
		if err := st.Remove(ctx, id); err != nil {
			return err
		}
		sum.Pruned++
	}
	return nil
}

// rootOf returns the root a path was found under ("" for none).
func rootOf(path string, roots []string) string {
	for _, r := range roots {
		rel, err := filepath.Rel(r, path)
		if err == nil && rel != ".." && !filepath.IsAbs(rel) && (len(rel) < 3 || rel[:3] != "../") {
			if rel == "." {
				return filepath.Dir(r)
			}
			return r
		}
	}
	return ""
}
