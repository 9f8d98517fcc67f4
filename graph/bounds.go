package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"runtime/metrics"
	"time"
)

// Gizmo runs JavaScript that anyone who can reach the server may send,
// and neither Cayley's session nor the goja VM under it bounds memory or
// stack: one allocation loop ends the process with "out of memory" and
// one deep recursion with "stack overflow", both fatal and beyond
// recover. A timeout is too slow for either (an allocation loop filled
// 2 GB in 3 s, a string doubled in a loop asks for 1 GB at once). So every query runs watched: when the process's heap
// grows past QueryMemory over what it held when the query began, or its
// goroutine stacks pass queryStacks, the query's context is cancelled,
// which makes Cayley interrupt the VM at its next instruction.
var (
	// QueryMemory is how much a running query may grow the heap.
	QueryMemory uint64 = 512 << 20
	// queryStacks bounds goroutine stacks while a query runs. Go stops a
	// goroutine at 1 GB of stack; goja recurses on the Go stack, so a
	// JavaScript recursion reaches that long before the heap bound.
	queryStacks uint64 = 256 << 20
	// MaxQueries is how many Gizmo queries run at once; others wait.
	// The memory bound is per process, so queries watched together share it.
	MaxQueries = 2
)

// watchInterval is how often a running query's memory is read: reading
// the two metrics takes about a microsecond, and an allocation loop grows
// the heap by some 10 MB in this time.
const watchInterval = 5 * time.Millisecond

// ErrQueryBounds means a query was stopped for using too much memory or
// recursing too deep.
var ErrQueryBounds = errors.New("query stopped")

var memorySamples = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/heap/stacks:bytes"},
}

func heapAndStacks() (heap, stacks uint64) {
	s := make([]metrics.Sample, len(memorySamples))
	copy(s, memorySamples)
	metrics.Read(s)
	return s[0].Value.Uint64(), s[1].Value.Uint64()
}

// watched runs fn with a context that is cancelled with ErrQueryBounds
// when the process passes the query bounds, after waiting for a turn
// among MaxQueries. fn's error is replaced by the cause when the watch
// stopped it.
func (s *Store) watched(ctx context.Context, fn func(context.Context) error) error {
	select {
	case s.querySlots <- struct{}{}:
		defer func() { <-s.querySlots }()
	case <-ctx.Done():
		return ctx.Err()
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	done := make(chan struct{})
	defer close(done)
	go watchMemory(done, cancel)
	err := fn(ctx)
	if cause := context.Cause(ctx); errors.Is(cause, ErrQueryBounds) {
		// The stopped query's garbage would otherwise raise the heap the
		// next query is measured from, and Go's next collection target
		// with it, by as much as this one was allowed.
		runtime.GC()
		return cause
	}
	return err
}

func watchMemory(done <-chan struct{}, cancel context.CancelCauseFunc) {
	base, _ := heapAndStacks()
	tick := time.NewTicker(watchInterval)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
			heap, stacks := heapAndStacks()
			switch {
			case stacks > queryStacks:
				cancel(fmt.Errorf("%w: it recursed too deep (%d MB of stack; the bound is %d MB)", ErrQueryBounds, stacks>>20, queryStacks>>20))
			case heap > base+QueryMemory:
				cancel(fmt.Errorf("%w: it used over %d MB of memory", ErrQueryBounds, QueryMemory>>20))
			default:
				continue
			}
			return
		}
	}
}

// watchedQueries runs requests to Cayley's query endpoint under the same
// bounds as Store.Gizmo; Cayley's handler takes its context from the
// request and interrupts the VM when it ends. Its answer is held back so
// that a query the watch stopped gets the reason, not Cayley's "context
// canceled"; results are already bounded by the API's limit.
func (s *Store) watchedQueries(api http.Handler) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/v2/query" {
			api.ServeHTTP(rw, r)
			return
		}
		held := &heldResponse{header: http.Header{}, status: http.StatusOK}
		err := s.watched(r.Context(), func(ctx context.Context) error {
			api.ServeHTTP(held, r.WithContext(ctx))
			return nil
		})
		if err != nil {
			rw.Header().Set("Content-Type", "application/json")
			rw.WriteHeader(http.StatusServiceUnavailable)
			json.NewEncoder(rw).Encode(map[string]string{"error": err.Error()})
			return
		}
		for k, v := range held.header {
			rw.Header()[k] = v
		}
		rw.WriteHeader(held.status)
		rw.Write(held.body.Bytes())
	})
}

// heldResponse keeps a handler's answer until it may be sent.
type heldResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (h *heldResponse) Header() http.Header         { return h.header }
func (h *heldResponse) WriteHeader(status int)      { h.status = status }
func (h *heldResponse) Write(p []byte) (int, error) { return h.body.Write(p) }
