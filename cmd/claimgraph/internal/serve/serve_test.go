package serve_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/page"
	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/serve"
	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/shared"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/agreement"
	"github.com/claimgraph/claimgraph/graph/graphtest"
	"github.com/claimgraph/claimgraph/graph/ingest"
	"github.com/claimgraph/claimgraph/schema"
)

func server(t *testing.T, writable bool) *httptest.Server {
	t.Helper()
	st := graphtest.Open(t, "memory")
	c := claim.Claim{Subject: claim.Entity{ID: "entity:steve-witkof", Name: "Steve Witkoff", Kind: claim.Person}, Predicate: "visit",
		Object: claim.Entity{ID: "entity:moscow", Name: "Moscow <script>", Kind: claim.Place}}
	c.Identify()
	d := claim.Document{ID: "doc:a", Path: "a.txt", Outlet: "ABC News", Hash: "h", Published: time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC)}
	r := claim.Report{Claim: c, Document: d.ID, Sentence: claim.Sentence{Text: "Witkoff will visit Moscow <script>alert(1)</script>."}}
	if err := st.Replace(context.Background(), d, []claim.Report{r}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Resolve(context.Background()); err != nil {
		t.Fatal(err)
	}
	h, err := serve.Handler(st, serve.Options{Writable: writable, QueryTimeout: 5 * time.Second, Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestClaimsPage(t *testing.T) {
	srv := server(t, false)
	code, body := get(t, srv.URL+"/")
	if code != 200 || !strings.Contains(body, `<th class="outlet"><a href="/outlet?name=ABC%20News">ABC News</a></th>`) || !strings.Contains(body, "Moscow &lt;script&gt;") || strings.Contains(body, "<script>alert") {
		t.Errorf("GET /: %d\n%s", code, body)
	}
	for _, u := range []string{"/nothing", "/entity?id=entity:nobody", "/outlet?name=Nobody"} {
		if code, _ := get(t, srv.URL+u); code != 404 {
			t.Errorf("GET %s: %d", u, code)
		}
	}
	if code, body := get(t, srv.URL+"/entity?id=entity:steve-witkof"); code != 200 || !strings.Contains(body, "<h1>Steve Witkoff</h1>") || !strings.Contains(body, "<h2>Timeline</h2>\n<div class=\"wrap\"><table><tr><th>Published</th>") ||
		!strings.Contains(body, "ABC News: Witkoff will visit Moscow &lt;script&gt;alert(1)&lt;/script&gt;.") {
		t.Errorf("entity page: %d\n%s", code, body)
	}
	if code, body := get(t, srv.URL+"/outlet?name=ABC+News"); code != 200 || !strings.Contains(body, "TruthFinder trust") || !strings.Contains(body, "Reported by ABC News alone") {
		t.Errorf("outlet page: %d\n%s", code, body)
	}
	if code, body := get(t, srv.URL+"/queries?run=single-source"); code != 200 || !strings.Contains(body, "<h2>corroborated</h2>") ||
		!strings.Contains(body, "single-source: 1 rows") || !strings.Contains(body, "Steve Witkoff") {
		t.Errorf("queries page: %d\n%s", code, body)
	}
	// Parameters in fields, results before the forms, claims linked,
	// and a query's own error without the script's position.
	if code, body := get(t, srv.URL+"/queries?run=outlet-exclusive&p.a=ABC+News&p.b=Newsweek"); code != 200 ||
		!strings.Contains(body, "outlet-exclusive: 1 rows") || strings.Index(body, `id="results"`) > strings.Index(body, "<h2>Gizmo</h2>") ||
		!strings.Contains(body, `<a href="/claim?id=claim%3A`) || !strings.Contains(body, `<input name="p.speaker" required>`) {
		t.Errorf("queries page with parameters: %d\n%s", code, body)
	}
	if _, body := get(t, srv.URL+"/queries?run=by-speaker"); !strings.Contains(body, "query by-speaker: param speaker is required</p>") {
		t.Errorf("missing parameter: %s", body)
	}
	code, csv := get(t, srv.URL+"/claims.csv?q=witkoff")
	lines := strings.Split(strings.TrimSpace(csv), "\n")
	if code != 200 || len(lines) != 2 || !strings.HasPrefix(lines[0], "CLAIM,STATUS,SUBJECT") || !strings.Contains(lines[1], "Witkoff will visit Moscow") {
		t.Fatalf("GET /claims.csv: %d %s", code, csv)
	}
	id := strings.Split(lines[1], ",")[0]
	if code, body := get(t, srv.URL+"/claim?id="+url.QueryEscape(id)); code != 200 || !strings.Contains(body, "<h1>Steve Witkoff visit Moscow &lt;script&gt;</h1>") ||
		!strings.Contains(body, "ABC News · 2025-11-26") || !strings.Contains(body, "Witkoff will visit Moscow &lt;script&gt;alert(1)&lt;/script&gt;.") {
		t.Errorf("claim page: %d\n%s", code, body)
	}
	if code, _ := get(t, srv.URL+"/claim?id=claim:nothing"); code != 404 {
		t.Errorf("unknown claim: %d", code)
	}
	if code, body := get(t, srv.URL+"/entities.json"); code != 200 || !strings.Contains(body, `"name": "Steve Witkoff"`) {
		t.Errorf("GET /entities.json: %d %s", code, body)
	}
	if code, body := get(t, srv.URL+"/outlets.json"); code != 200 || !strings.Contains(body, `"outlet": "ABC News"`) {
		t.Errorf("GET /outlets.json: %d %s", code, body)
	}
}

// TestCayleyAPI: a stock Cayley client's Gizmo query works, and writes
// are refused unless the server is writable.
func TestCayleyAPI(t *testing.T) {
	for _, writable := range []bool{false, true} {
		srv := server(t, writable)
		q := url.Values{"lang": {"gizmo"}, "qu": {`g.V("<entity:steve-witkof>").Out("<cg:name>").All()`}}
		code, body := get(t, srv.URL+"/api/v2/query?"+q.Encode())
		if code != 200 || !strings.Contains(body, "Steve Witkoff") {
			t.Errorf("Gizmo query: %d %s", code, body)
		}
		resp, err := http.Post(srv.URL+"/api/v2/write", "application/n-quads", strings.NewReader("<a> <b> <c> .\n"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if want := map[bool]int{false: http.StatusForbidden, true: http.StatusOK}[writable]; resp.StatusCode != want {
			t.Errorf("writable %v: write answered %d, want %d", writable, resp.StatusCode, want)
		}
	}
}

// TestCrossSite: what another site can make a visitor's browser send is
// refused: a rebound name, a cross-origin POST, a write as a simple
// content type, a query file by path.
func TestCrossSite(t *testing.T) {
	srv := server(t, true)
	send := func(method, path, host, origin, ctype, body string) (int, string) {
		t.Helper()
		req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if host != "" {
			req.Host = host
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	quad := "<a> <b> <c> .\n"
	for _, c := range []struct {
		name                                    string
		method, path, host, origin, ctype, body string
		want                                    int
	}{
		{"rebound name", "GET", "/entities.json", "evil.example:80", "", "", "", http.StatusMisdirectedRequest},
		{"localhost", "GET", "/entities.json", "localhost", "", "", "", http.StatusOK},
		{"cross-site write", "POST", "/api/v2/write", "", "http://evil.example", "application/n-quads", quad, http.StatusForbidden},
		{"cross-site query", "POST", "/api/v2/query?lang=gizmo", "", "http://evil.example", "text/plain", "g.V().All()", http.StatusForbidden},
		{"simple-type write", "POST", "/api/v2/write", "", "", "text/plain", quad, http.StatusUnsupportedMediaType},
		{"same-origin write", "POST", "/api/v2/write", "", srv.URL, "application/n-quads", quad, http.StatusOK},
	} {
		if got, body := send(c.method, c.path, c.host, c.origin, c.ctype, c.body); got != c.want {
			t.Errorf("%s: %d %s, want %d", c.name, got, body, c.want)
		}
	}
	if code, body := get(t, srv.URL+"/queries?run="+url.QueryEscape("/etc/passwd.js")); code != 200 || !strings.Contains(body, "no saved query") {
		t.Errorf("query by path: %d %s", code, body)
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true, ":8080": false, "0.0.0.0:8080": false, "10.0.0.5:80": false} {
		if got := serve.IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}

// TestClaimsPageWindow: a served page shows WindowRows claims at a time,
// with links to the others, and filters all claims on the server.
func TestClaimsPageWindow(t *testing.T) {
	st := graphtest.Open(t, "memory")
	d := claim.Document{ID: "doc:many", Path: "many.txt", Outlet: "Wire", Hash: "h"}
	var reports []claim.Report
	for i := 0; i < page.WindowRows+50; i++ {
		c := claim.Claim{Subject: claim.Entity{ID: fmt.Sprintf("entity:team-%d", i), Name: fmt.Sprintf("Team %d", i), Kind: claim.Organization},
			Predicate: "win", Object: claim.Entity{ID: "value:match", Name: "match"}}
		c.Identify()
		reports = append(reports, claim.Report{Claim: c, Document: d.ID, Sentence: claim.Sentence{Text: fmt.Sprintf("Team %d won the match.", i)}})
	}
	if err := st.Replace(context.Background(), d, reports); err != nil {
		t.Fatal(err)
	}
	h, err := serve.Handler(st, serve.Options{QueryTimeout: 5 * time.Second, Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	rows := func(body string) int { return strings.Count(body, "<tr data-search=") }
	if code, body := get(t, srv.URL+"/"); code != 200 || rows(body) != page.WindowRows || !strings.Contains(body, "Claims 1–200 of 250.") || !strings.Contains(body, `<a href="?from=200">next →</a>`) {
		t.Errorf("first window: %d, %d rows\n%.2000s", code, rows(body), body)
	}
	if code, body := get(t, srv.URL+"/?from=200"); code != 200 || rows(body) != 50 || !strings.Contains(body, "Claims 201–250 of 250.") || strings.Contains(body, "next →") {
		t.Errorf("last window: %d, %d rows", code, rows(body))
	}
	if code, body := get(t, srv.URL+"/?q=Team+24+win&status=single-source"); code != 200 || rows(body) != 1 || !strings.Contains(body, "of 1 matching") {
		t.Errorf("search: %d, %d rows", code, rows(body))
	}
	for _, bad := range []string{"/?status=bogus", "/?from=-3", "/?from=x"} {
		if code, _ := get(t, srv.URL+bad); code != http.StatusBadRequest {
			t.Errorf("GET %s: %d, want 400", bad, code)
		}
	}
}

// TestFiguresPage: the figures page lists each measure's values with
// their verdicts, and a figure's own page its series.
func TestFiguresPage(t *testing.T) {
	st := graphtest.Open(t, "memory")
	measures := map[string]string{"death toll": "count"}
	st.Rules.Measures = measures
	figure := func(value, source string) claim.Report {
		c := claim.Claim{Subject: claim.Entity{ID: "value:death-toll", Name: "death toll", Kind: claim.Value}, Predicate: "be",
			Object: claim.Entity{ID: "value:" + value, Name: value, Kind: claim.Value}}
		c.Identify()
		return claim.Report{Claim: c, Document: "doc:a", Speaker: &claim.Entity{ID: "value:" + source, Name: source, Kind: claim.Value},
			Sentence: claim.Sentence{Text: source + " put the toll at " + value + "."}}
	}
	d := claim.Document{ID: "doc:a", Path: "a.txt", Outlet: "Wire", Hash: "h", Published: time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC)}
	if err := st.Replace(context.Background(), d, []claim.Report{figure("45", "officials"), figure("52", "ministry")}); err != nil {
		t.Fatal(err)
	}
	h, err := serve.Handler(st, serve.Options{QueryTimeout: 5 * time.Second, Addr: "127.0.0.1:0", Measures: measures})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	row := `<tr class="figure conflict"><td><a href="/claim?id=%s">45</a></td><td>conflict</td><td>52</td><td></td><td>Wire</td><td>officials</td>`
	code, body := get(t, srv.URL+"/figures")
	id := claim.ClaimID("value:death-toll", "be", "value:45", false)
	if code != 200 || !strings.Contains(body, "<h3>death toll, this story</h3>") || !strings.Contains(body, fmt.Sprintf(row, strings.ReplaceAll(url.QueryEscape(id), "%3A", "%3a"))) {
		t.Errorf("GET /figures: %d\n%s", code, body)
	}
	if code, body := get(t, srv.URL+"/claim?id="+url.QueryEscape(id)); code != 200 || !strings.Contains(body, "<h2>Every value given for it</h2>") ||
		!strings.Contains(body, ">52</a></td><td>conflict</td><td>45</td>") {
		t.Errorf("figure's claim page: %d\n%s", code, body)
	}
}

// TestPagesReadOnlyTheirClaims builds the four-outlet corpus and checks
// that every page, which reads only the claims it shows, is the page
// built from every claim of the graph.
func TestPagesReadOnlyTheirClaims(t *testing.T) {
	ctx := context.Background()
	st := graphtest.Open(t, "memory")
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	seeds := filepath.Join("..", "..", "..", "..", "testdata", "seeds")
	if _, err := ingest.Run(ctx, st, s, []string{seeds, shared.Path(t, "corpus", "witkoff-visit")}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	measures := s.Resolution().Measures
	h, err := serve.Handler(st, serve.Options{QueryTimeout: 5 * time.Second, Addr: "127.0.0.1:0", Measures: measures})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	all, err := st.Claims(ctx, graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	generated := regexp.MustCompile(`Generated [^.]*\.`)
	same := func(path string, write func(*bytes.Buffer) error) {
		t.Helper()
		var want bytes.Buffer
		if err := write(&want); err != nil {
			t.Fatal(err)
		}
		code, body := get(t, srv.URL+path)
		if code != 200 || generated.ReplaceAllString(body, "") != generated.ReplaceAllString(want.String(), "") {
			t.Errorf("GET %s: %d, not the page of every claim\n%s\nwant\n%s", path, code, body, want.String())
		}
	}
	x := page.NewIndex(all, agreement.Outlets(all))
	for _, w := range []page.Window{{}, {Status: "corroborated"}, {Query: "witkoff"}, {Query: "ushakov", Status: "single-source"}} {
		var shown []claim.View
		for _, c := range x.Leaders() {
			if (w.Status == "" || string(c.Status) == w.Status) && strings.Contains(graph.SearchText(c), w.Query) {
				shown = append(shown, c)
			}
		}
		w := w
		w.Total = len(shown)
		m := page.Build("Claims by outlet", shown[:min(len(shown), page.WindowRows)], x, time.Now())
		m.Links, m.Window = true, &w
		same("/"+w.CSVQuery(), func(b *bytes.Buffer) error { return page.Write(b, m) })
	}
	for _, c := range all {
		p, _ := page.BuildClaim(c.ID, all, measures)
		same("/claim?id="+url.QueryEscape(c.ID), func(b *bytes.Buffer) error { return page.WriteClaim(b, p) })
	}
	entities, err := st.Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entities {
		same("/entity?id="+url.QueryEscape(e.ID), func(b *bytes.Buffer) error { return page.WriteEntity(b, page.BuildEntity(e, all)) })
	}
	sum := agreement.Summarise(all)
	for _, o := range agreement.Outlets(all) {
		same("/outlet?name="+url.QueryEscape(o), func(b *bytes.Buffer) error { return page.WriteOutlet(b, page.BuildOutlet(o, all, sum)) })
	}
}
