package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/serve"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

func serveCommand() *cli.Command {
	return &cli.Command{
		Name: "serve", Usage: "serve the claims page, entities and outlets as JSON, and Cayley's HTTP API (Gizmo, GraphQL) over the graph",
		Flags: append([]cli.Flag{schemaFlag,
			&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8080", Usage: "where to listen (loopback by default)"},
			&cli.BoolFlag{Name: "writable", Usage: "let Cayley's API write and delete quads"},
			&cli.StringSliceFlag{Name: "queries", Usage: "folder of your own .js queries"}}, dbFlags...),
		Action: withGraph(serveCmd),
	}
}

func serveCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	if _, err := st.Resolve(c.Context); err != nil {
		return fmt.Errorf("resolve claims: %w", err)
	}
	addr := c.String("addr")
	h, err := serve.Handler(st, serve.Options{Writable: c.Bool("writable"),
		QueryTimeout: time.Minute, QueryDirs: c.StringSlice("queries"), Addr: addr, Measures: s.Resolution().Measures})
	if err != nil {
		return err
	}
	if !serve.IsLoopback(addr) {
		fmt.Fprintf(os.Stderr, "serve: %s is reachable from other machines\n", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintf(os.Stderr, "serving http://%s/ (Cayley API at /api/v2/query); Ctrl-C stops\n", ln.Addr())
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-c.Context.Done()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
