package graph

import (
	"context"
	"errors"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers the Gizmo language
)

// Gizmo runs Gizmo source against the graph and returns what it emitted,
// at most limit results when limit > 0. Results read before an error are
// returned with it. Each call is a JavaScript VM of its own (Cayley
// #877), so a session never leaks one query's variables into the next.
func (s *Store) Gizmo(ctx context.Context, src string, limit int) ([]interface{}, error) {
	lang := query.GetLanguage("gizmo")
	if lang == nil {
		return nil, errors.New("gizmo language not registered")
	}
	var out []interface{}
	err := s.watched(ctx, func(ctx context.Context) error {
		it, err := lang.Session(s.qs).Execute(ctx, src, query.Options{Collation: query.JSON, Limit: limit})
		if err != nil {
			return err
		}
		defer it.Close()
		for it.Next(ctx) {
			out = append(out, it.Result())
			if limit > 0 && len(out) >= limit {
				break
			}
		}
		if err := it.Err(); err != nil {
			return err
		}
		return ctx.Err()
	})
	return out, err
}
