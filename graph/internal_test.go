package graph

import "github.com/cayleygraph/cayley/graph"

// QuadStoreOf gives the package's external tests the Cayley store under
// s, which no caller outside graph may touch.
func QuadStoreOf(s *Store) graph.QuadStore { return s.qs }

// OtherPlacesForTest exposes otherPlaces to the package's external tests.
var OtherPlacesForTest = otherPlaces
