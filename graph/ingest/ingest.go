// Package ingest runs the main job, claimgraph build: find article
// files, read them, extract their claims in parallel and load each
// document whole into the graph through one batching writer, skipping
// documents that have not changed since the last build.
package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/document"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/match"
	"github.com/claimgraph/claimgraph/schema"
)

// BatchQuads is how many quads the writer gathers per transaction: about
// 25 articles. Larger batches gained little on bolt and cost memory.
const BatchQuads = 10000

// Paraphrases is the paraphrase finder a build resolves claims with when
// the store has none: graph/match's, on the embedded language model.
func Paraphrases() (graph.Paraphrases, error) { return match.New() }

// Options configure a build.
type Options struct {
	// Prune removes documents under the roots that are no longer on disk.
	Prune bool
	// Workers is how many files are read and extracted at once; 0 means
	// one per CPU.
	Workers int
	// Start, when set, is called once with the number of files found.
	Start func(total int)
	// Progress, when set, is called after each file is written with the
	// counts done and total.
	Progress func(done, total int)
}

// Summary counts what a build did.
type Summary struct {
	Documents int // documents read
	Loaded    int // documents written (new or changed)
	Unchanged int // documents skipped because their content is unchanged
	Pruned    int // documents removed because their files are gone
	Sentences int
	// Reports counts the claims extracted from loaded documents as each
	// states them, as stats counts reports; several reports can be one
	// claim.
	Reports int
	Quads   int // quads written
	Outlets int // distinct outlets among the documents read
	Errors  []error
	// Warnings are what the user should know that cost no document
	// (document.IsWarning).
	Warnings []error
}

func (s Summary) String() string {
	return fmt.Sprintf("%d documents (%d loaded, %d unchanged, %d pruned), %d sentences, %d reports, %d outlets, %d errors",
		s.Documents, s.Loaded, s.Unchanged, s.Pruned, s.Sentences, s.Reports, s.Outlets, len(s.Errors))
}

// extracted is one file's documents, ready for the writer.
type extracted struct {
	path string
	docs []claim.Document
	res  []*extract.Result // nil where the document is unchanged
	errs []error
	// weight is what the file holds of the writer's lead (see Run).
	weight int64
}

// The most files, and bytes of them, read and extracted but not yet
// written.
const (
	aheadFiles = 128
	aheadBytes = 64 << 20
)

// fileWeight is a file's share of the writer's lead: its size, within
// the bounds of the lead itself, so that any one file can go.
func fileWeight(path string) int64 {
	fi, err := os.Lstat(path)
	if err != nil {
		return 1
	}
	return min(max(fi.Size(), 1), aheadBytes)
}

// Run builds the graph from the article files under roots. Files are
// read and extracted by Workers goroutines while the caller's goroutine
// writes, so extraction overlaps loading; at most a few files per worker
// are in memory at once.
func Run(ctx context.Context, st *graph.Store, s *schema.Schema, roots []string, opt Options) (Summary, error) {
	var sum Summary
	x, err := extract.New(s)
	if err != nil {
		return sum, err
	}
	stored, err := st.DocumentVersions(ctx)
	if err != nil {
		return sum, err
	}
	files, errs := document.Find(roots)
	sum.Errors = append(sum.Errors, errs...)
	if opt.Start != nil {
		opt.Start(len(files))
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	readers := newReaders(s, roots)
	// Extraction runs ahead of the writer while the store commits, by up
	// to aheadFiles files and aheadBytes of them, so that neither waits
	// for the other (15 MB into bolt: 25.3 s with two files ahead, 21.5 s
	// with 128) and memory stays bounded whatever the files.
	results := make(chan extracted, aheadFiles)
	ahead := semaphore.NewWeighted(aheadBytes)
	go func() {
		defer close(results)
		var g errgroup.Group
		g.SetLimit(workers)
		for _, path := range files {
			weight := fileWeight(path)
			if ahead.Acquire(ctx, weight) != nil {
				break
			}
			g.Go(func() error {
				r := readAndExtract(x, readers.forPath(path), path, stored)
				r.weight = weight
				select {
				case results <- r:
				case <-ctx.Done():
				}
				return nil
			})
		}
		g.Wait()
	}()

	w := st.NewWriter(BatchQuads)
	seen := map[string]bool{}
	outlets := map[string]bool{}
	done := 0
	for r := range results {
		for _, e := range r.errs {
			if document.IsWarning(e) {
				sum.Warnings = append(sum.Warnings, e)
			} else {
				sum.Errors = append(sum.Errors, e)
			}
		}
		for i, d := range r.docs {
			seen[d.ID] = true
			sum.Documents++
			if d.Outlet != "" {
				outlets[d.Outlet] = true
			}
			if r.res[i] == nil {
				sum.Unchanged++
				continue
			}
			if err := w.Replace(ctx, d, r.res[i].Reports); err != nil {
				return sum, err
			}
			sum.Loaded++
			sum.Sentences += len(r.res[i].Sentences)
			sum.Reports += distinctReports(r.res[i].Reports)
		}
		ahead.Release(r.weight)
		done++
		if opt.Progress != nil {
			opt.Progress(done, len(files))
		}
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := w.Flush(); err != nil {
		return sum, err
	}
	sum.Quads = w.Quads
	sum.Outlets = len(outlets)
	sort.Slice(sum.Errors, func(i, j int) bool { return sum.Errors[i].Error() < sum.Errors[j].Error() })
	if opt.Prune {
		if err := prune(ctx, st, roots, seen, &sum); err != nil {
			return sum, err
		}
	}
	if st.Paraphrases == nil {
		st.Paraphrases = Paraphrases
	}
	if _, err := st.Resolve(ctx); err != nil {
		return sum, fmt.Errorf("resolve claims: %w", err)
	}
	return sum, nil
}

func readAndExtract(x *extract.Extractor, r *document.Reader, path string, stored map[string]string) extracted {
	docs, errs := r.Read(path)
	out := extracted{path: path, docs: docs, errs: errs, res: make([]*extract.Result, len(docs))}
	for i := range docs {
		docs[i].Extractor = x.Key()
		if stored[docs[i].ID] != graph.DocumentVersion(docs[i]) {
			res := x.Extract(docs[i])
			out.res[i] = &res
		}
	}
	return out
}

// distinctReports counts reports as the graph stores them: a claim
// stated twice in one sentence is one report.
func distinctReports(reports []claim.Report) int {
	ids := map[string]bool{}
	for _, r := range reports {
		ids[graph.ReportID(r)] = true
	}
	return len(ids)
}

// readers keeps one document.Reader per root, so IDs are relative to the
// root a file was found under.
type readers struct {
	mu    sync.Mutex
	s     *schema.Schema
	roots []string
	// idBase maps a root folder to the folder its documents' IDs are
	// relative to (see idBases).
	idBase map[string]string
	byDir  map[string]*document.Reader
}

func newReaders(s *schema.Schema, roots []string) *readers {
	return &readers{s: s, roots: roots, idBase: idBases(roots), byDir: map[string]*document.Reader{}}
}

func (r *readers) forPath(path string) *document.Reader {
	root := rootOf(path, r.roots)
	r.mu.Lock()
	defer r.mu.Unlock()
	rd := r.byDir[root]
	if rd == nil {
		rd = document.NewReader(r.s, r.idBase[root])
		r.byDir[root] = rd
	}
	return rd
}

// idBases gives each root folder (a file root stands for its folder) the
// folder its documents' IDs are relative to. IDs keep the root folder's
// own name ("seeds/a.txt"), taken from its absolute path, so that the
// same folder gets the same IDs whatever the working directory ("." or
// "../seeds"). Roots whose names are alike ("x/articles", "y/articles")
// keep as many of their parent folders as tell them apart.
func idBases(roots []string) map[string]string {
	abs := map[string]string{}
	for _, r := range roots {
		dir := r
		if info, err := os.Stat(r); err == nil && !info.IsDir() {
			dir = filepath.Dir(r) // as rootOf gives it
		}
		if a, err := filepath.Abs(dir); err == nil {
			abs[dir] = a
		} else {
			abs[dir] = filepath.Clean(dir)
		}
	}
	up := 1
	for ; up < 64; up++ {
		seen, clash := map[string]string{}, false
		for _, a := range abs {
			name := lastParts(a, up)
			if other, ok := seen[name]; ok && other != a {
				clash = true
			}
			seen[name] = a
		}
		if !clash {
			break
		}
	}
	bases := map[string]string{}
	for dir, a := range abs {
		base := a
		for i := 0; i < up; i++ {
			base = filepath.Dir(base)
		}
		bases[dir] = base
	}
	return bases
}

// lastParts is the path's last n elements.
func lastParts(path string, n int) string {
	base := path
	for i := 0; i < n; i++ {
		base = filepath.Dir(base)
	}
	rel, err := filepath.Rel(base, path)
	if err != nil {
		return path
	}
	return rel
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

// rootOf returns the root a path was found under ("" for none). A root
// that is a file stands for its folder.
func rootOf(path string, roots []string) string {
	for _, r := range roots {
		rel, err := filepath.Rel(r, path)
		if err != nil || rel == ".." || strings.HasPrefix(rel, "../") {
			continue
		}
		if rel == "." {
			return filepath.Dir(r)
		}
		return r
	}
	return ""
}
