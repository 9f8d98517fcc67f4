package main

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browserEnv names the Chromium binary the browser test drives.
const browserEnv = "CLAIMGRAPH_TEST_CHROMIUM"

// artifactsEnv names a folder for the test's screenshot.
const artifactsEnv = "CLAIMGRAPH_ARTIFACTS"

// TestBrowserClaimsPage starts `serve` on the seed graph, opens the claims
// page in headless Chromium, clicks the cell of an outlet that stated
// Witkoff's visit, and reads the evidence sentence the page shows.
func TestBrowserClaimsPage(t *testing.T) {
	chromium := os.Getenv(browserEnv)
	if chromium == "" {
		chromium, _ = exec.LookPath("chromium")
	}
	if chromium == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no Chromium: .ci/run installs Debian's chromium for this test")
		}
		t.Skip("no Chromium on this machine (apt-get install chromium)")
	}
	addr := startServe(t, runSelf, seedGraphWithURLs(t))

	// Not t.TempDir: Chromium's helper processes can still write to the
	// profile as the browser exits, and t.TempDir fails the test when it
	// cannot remove it. Removed on a best-effort basis instead.
	profile, err := os.MkdirTemp("", "claimgraph-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(profile) })
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium),
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.UserDataDir(profile),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1200, 900))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	// chromedp's protocol tables predate this Chromium and log events they
	// cannot decode; they go to the test log, not the terminal.
	ctx, cancel := chromedp.NewContext(allocCtx, chromedp.WithErrorf(t.Logf))
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	defer cancelTimeout()

	// The row of Witkoff's visit to Moscow, in Ushakov's words, has
	// stated cells for ABC News and Newsweek. Clicking one opens its
	// evidence under the row, with a link to the article.
	var evidence, link string
	var paraphrased, hedged int
	var shot []byte
	err = chromedp.Run(ctx,
		chromedp.Navigate("http://"+addr+"/"),
		chromedp.WaitVisible(`#matrix tbody tr td.cell.stated`, chromedp.ByQuery),
		chromedp.Evaluate(`Array.prototype.find.call(document.querySelectorAll("#matrix tbody tr"), function(r){return / visit /.test(r.textContent) && /Moscow/.test(r.textContent)}).id = "visit-row"`, nil),
		chromedp.Click(`#visit-row td.cell.stated`, chromedp.ByQuery),
		chromedp.WaitVisible(`#matrix tr.evidence-row`, chromedp.ByQuery),
		chromedp.Text(`#matrix tr.evidence-row`, &evidence, chromedp.ByQuery),
		chromedp.AttributeValue(`#matrix tr.evidence-row a`, "href", &link, nil, chromedp.ByQuery),
		// A claim one outlet states and another words otherwise shows
		// both; a hedged report is marked so.
		chromedp.Evaluate(`Array.prototype.filter.call(document.querySelectorAll("#matrix tbody tr"), function(r){return r.querySelector("td.cell.stated") && r.querySelector("td.cell.paraphrased")}).length`, &paraphrased),
		chromedp.Evaluate(`document.querySelectorAll("#matrix td.cell.hedged").length`, &hedged),
		chromedp.FullScreenshot(&shot, 100), // 100 makes a PNG
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	if !strings.Contains(evidence, "he will visit Moscow next week") || !strings.Contains(evidence, "Yuri Ushakov (said)") || !strings.Contains(evidence, "2025-11-26") {
		t.Errorf("evidence under the first row: %q", evidence)
	}
	if !strings.HasPrefix(link, "https://example.com/") {
		t.Errorf("evidence link %q", link)
	}
	if paraphrased == 0 || hedged == 0 {
		t.Errorf("%d rows show a claim stated and paraphrased, %d hedged cells", paraphrased, hedged)
	}
	// The claim's own page, and the CSV of the claims shown.
	var claimPage, csvHref string
	err = chromedp.Run(ctx,
		chromedp.AttributeValue(`#csv`, "href", &csvHref, nil, chromedp.ByQuery),
		chromedp.Click(`#visit-row a.claim-link`, chromedp.ByQuery),
		chromedp.WaitVisible(`div.report`, chromedp.ByQuery),
		chromedp.Text(`body`, &claimPage, chromedp.ByQuery),
		chromedp.Navigate("http://"+addr+"/"),
		chromedp.WaitVisible(`#matrix`, chromedp.ByQuery),
	)
	if err != nil || !strings.Contains(claimPage, "Steve Witkoff visit Moscow") || !strings.Contains(claimPage, "Reports") {
		t.Errorf("claim page: %v\n%s", err, claimPage)
	}
	var csv string
	err = chromedp.Run(ctx, chromedp.Evaluate(`fetch(document.getElementById("csv").href).then(function(r){return r.text()})`, &csv,
		func(p *cdpruntime.EvaluateParams) *cdpruntime.EvaluateParams { return p.WithAwaitPromise(true) }))
	if err != nil || !strings.HasPrefix(csv, "CLAIM,STATUS,SUBJECT,PREDICATE,OBJECT,NEGATED,OUTLET") || !strings.Contains(csv, "https://example.com/") {
		t.Errorf("CSV download %s: %v %.300s", csvHref, err, csv)
	}
	// A date range before the articles hides every row; sorting by outlets
	// puts the least reported first.
	var visible int
	var firstOutlets string
	err = chromedp.Run(ctx,
		chromedp.Evaluate(`(function(){var t=document.getElementById("to");t.value="2025-01-01";t.dispatchEvent(new Event("change"));
			return Array.prototype.filter.call(document.querySelectorAll("#matrix tbody tr"), function(r){return r.style.display!=="none"}).length})()`, &visible),
		chromedp.Click(`#sort`, chromedp.ByQuery),
		chromedp.Click(`#sort`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector("#matrix tbody tr").dataset.outlets`, &firstOutlets),
	)
	if err != nil || visible != 0 || firstOutlets != "1" {
		t.Errorf("date filter left %d rows visible; after sorting, the first row has %q outlets (%v)", visible, firstOutlets, err)
	}
	// The query editor sends Gizmo to Cayley's API on the same server.
	var gizmo string
	err = chromedp.Run(ctx,
		chromedp.Navigate("http://"+addr+"/queries"),
		chromedp.Click(`#run-gizmo`, chromedp.ByQuery),
		chromedp.Poll(`document.getElementById("gizmo-result").textContent.indexOf("Steve Witkoff") >= 0`, nil),
		chromedp.Text(`#gizmo-result`, &gizmo, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("query editor: %v (result %q)", err, gizmo)
	}
	dir := os.Getenv(artifactsEnv)
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// At a phone's width nothing scrolls sideways: the outlets are a
	// list under each claim instead of columns.
	var phone []byte
	var overflow, tableOverflow, listShown bool
	err = chromedp.Run(ctx,
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate("http://"+addr+"/"),
		chromedp.WaitVisible(`#matrix`, chromedp.ByQuery),
		chromedp.Evaluate(`document.documentElement.scrollWidth > window.innerWidth`, &overflow),
		chromedp.Evaluate(`(function(){var w=document.querySelector(".wrap");return w.scrollWidth > w.clientWidth})()`, &tableOverflow),
		chromedp.Evaluate(`getComputedStyle(document.querySelector(".outlet-list")).display !== "none"`, &listShown),
		chromedp.CaptureScreenshot(&phone),
	)
	if err != nil || overflow || tableOverflow || !listShown {
		t.Errorf("phone width: page overflows %v, table overflows %v, outlet list shown %v (%v)", overflow, tableOverflow, listShown, err)
	}
	// The figures page of another graph: values in conflict stand out.
	figuresAddr := startServe(t, runSelf, figureGraph(t))
	var figures []byte
	var conflicts int
	var conflictColor string
	err = chromedp.Run(ctx,
		chromedp.EmulateViewport(1200, 900),
		chromedp.Navigate("http://"+figuresAddr+"/figures"),
		chromedp.WaitVisible(`tr.figure`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("tr.figure.conflict").length`, &conflicts),
		chromedp.Evaluate(`getComputedStyle(document.querySelector("tr.figure.conflict td:nth-child(2)")).color`, &conflictColor),
		chromedp.FullScreenshot(&figures, 100),
	)
	if err != nil || conflicts != 2 || conflictColor != "rgb(170, 0, 0)" {
		t.Errorf("figures page: %d conflicting rows, verdict colour %q (%v)", conflicts, conflictColor, err)
	}
	for name, img := range map[string][]byte{"claims-page.png": shot, "claims-page-phone.png": phone, "figures-page.png": figures} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, img, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
	}
}

// seedGraphWithURLs builds the seed articles with made-up article URLs
// (example.com), so that pages have links to show.
func seedGraphWithURLs(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "testdata", "seeds"))); err != nil {
		t.Fatal(err)
	}
	meta := "documents:\n" +
		"  newsweek-ushakov-leak.txt: {outlet: Newsweek, published: 2025-11-26, url: \"https://example.com/newsweek\"}\n" +
		"  abcnews-ushakov-witkoff-visit.txt: {outlet: ABC News, published: 2025-11-26, url: \"https://example.com/abc\", title: Witkoff to visit Moscow}\n"
	if err := os.WriteFile(filepath.Join(dir, "sources.yaml"), []byte(meta), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "db")
	if out, err := runSelf("build", "--db", db, dir).CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return db
}

// figureGraph builds two made-up articles whose figures disagree: two
// sources side by side, and a later count.
func figureGraph(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	articles := map[string]string{
		"wire.md": "---\noutlet: Wire\npublished: 2025-11-26\n---\nA magnitude-6.1 earthquake struck the province on Sunday, killing at least 40 people.\n" +
			"Provincial officials said 45 people were killed, while the health ministry put the death toll at 52.\n",
		"courier.md": "---\noutlet: Courier\npublished: 2025-11-27\n---\nThe death toll rose to 61 on Monday, the health ministry said.\n",
	}
	for name, text := range articles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "db")
	if out, err := runSelf("build", "--db", db, dir).CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return db
}

// seedGraph builds the seed articles into a new database.
func seedGraph(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "db")
	if out, err := runSelf("build", "--db", db, filepath.Join("..", "..", "testdata", "seeds")).CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return db
}

// startServe runs `serve` on db at a free loopback port, as run makes
// the command, until the test ends, and returns its address once it
// listens.
func startServe(t *testing.T, run func(args ...string) *exec.Cmd, db string) string {
	t.Helper()
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	addr := "127.0.0.1:" + port
	srv := run("serve", "--db", db, "--addr", addr)
	srv.Stderr = os.Stderr
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Process.Signal(os.Interrupt); srv.Wait() })
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return addr
		}
	}
	t.Fatalf("serve did not listen on %s", addr)
	return ""
}
