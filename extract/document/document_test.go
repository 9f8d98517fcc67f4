package document

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/shared"
	"github.com/claimgraph/claimgraph/schema"
)

// corpus returns the shared articles, or skips t without them.
func corpus(t testing.TB) string { return shared.Path(t, "corpus") }

func testSchema(t *testing.T) *schema.Schema {
	t.Helper()
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// readOne reads a file that must hold exactly one good document, with
// the file's folder as root.
func readOne(t *testing.T, path string) claim.Document {
	t.Helper()
	docs, errs := NewReader(testSchema(t), filepath.Dir(path)).Read(path)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("Read(%s) = %d docs, errors %v", path, len(docs), errs)
	}
	return docs[0]
}

func TestNewsweekSeedFurniture(t *testing.T) {
	d := readOne(t, filepath.Join(corpus(t), "seeds", "newsweek-ushakov-leak.txt"))
	if d.Outlet != "Newsweek" || d.MetadataFrom["outlet"] != "text" {
		t.Errorf("outlet = %q from %q, want Newsweek inferred from the text", d.Outlet, d.MetadataFrom["outlet"])
	}
	if len(d.Authors) != 1 || d.Authors[0] != "Shane Croucher" {
		t.Errorf("authors = %q", d.Authors)
	}
	if !strings.HasPrefix(d.Text, "Yuri Ushakov, the top foreign policy adviser") {
		t.Errorf("body should start at the first sentence, starts %q", d.Text[:60])
	}
	for _, furniture := range []string{"min read", "Request Reprint", "Trust Project", "Recommended For You", "breaking news story", "preferred source"} {
		if strings.Contains(d.Text, furniture) {
			t.Errorf("furniture %q left in body", furniture)
		}
	}
	if !strings.HasSuffix(d.Text, "Someone leaks it, someone eavesdrops.\"") {
		t.Errorf("body should end with the last article sentence, ends %q", d.Text[len(d.Text)-60:])
	}
}

func TestABCSeedMetadata(t *testing.T) {
	d := readOne(t, filepath.Join(corpus(t), "seeds", "abcnews-ushakov-witkoff-visit.txt"))
	if d.Outlet != "ABC News" {
		t.Errorf("outlet = %q, want ABC News from the contributor line", d.Outlet)
	}
	if strings.Contains(d.Text, "Getty Images") || strings.Contains(d.Text, "contributed to this report") {
		t.Error("photo credit and contributor line are furniture")
	}
	if !strings.HasPrefix(d.Text, "(LONDON and KYIV, Ukraine)") {
		t.Errorf("body starts %q", d.Text[:40])
	}
}

func TestWireAndDatelineMetadata(t *testing.T) {
	dir := filepath.Join(corpus(t), "witkoff-visit")
	cases := map[string]struct{ outlet, published string }{
		"newsmax-kremlin-witkoff-call-leak.txt": {"Reuters", "2025-11-26"},
		"tass-ushakov-key-points.txt":           {"TASS", "2025-11-26"},
	}
	for name, want := range cases {
		d := readOne(t, filepath.Join(dir, name))
		if d.Outlet != want.outlet || d.Published.Format("2006-01-02") != want.published {
			t.Errorf("%s: outlet %q published %s, want %q %s", name, d.Outlet, d.Published.Format("2006-01-02"), want.outlet, want.published)
		}
		if strings.Contains(d.Text, "All rights reserved") || strings.Contains(d.Text, "/TASS/") {
			t.Errorf("%s: credit left in body", name)
		}
	}
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestMetadataPrecedence(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, SourcesFile, "documents:\n  a.md: {outlet: From Sources, published: 2025-11-20}\n  \"*.md\": {outlet: Pattern Outlet, url: https://www.newsweek.com/x}\n")
	d := readOne(t, write(t, dir, "a.md", "---\ntitle: Front\npublished: 2025-11-26\n---\nBody text here.\n"))
	if d.Title != "Front" || d.Published.Format("2006-01-02") != "2025-11-26" {
		t.Errorf("front matter should win: %q %v", d.Title, d.Published)
	}
	if d.Outlet != "From Sources" || d.MetadataFrom["outlet"] != SourcesFile {
		t.Errorf("exact sources.yaml entry should beat the pattern: %q", d.Outlet)
	}
	if d.URL != "https://www.newsweek.com/x" {
		t.Errorf("pattern entry fills what the exact one lacks: %q", d.URL)
	}
	if d.ID != "doc:a.md" {
		t.Errorf("ID = %q", d.ID)
	}
}

func TestJSONAndJSONLines(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.json", `{"title":"T","maintext":"Body.","source_domain":"tass.com","date_publish":"2025-11-26 10:00:00"}`)
	r := NewReader(testSchema(t), dir)
	docs, errs := r.Read(p)
	if len(errs) > 0 || docs[0].Outlet != "TASS" || docs[0].Published.Day() != 26 {
		t.Fatalf("json: %+v %v", docs, errs)
	}
	p = write(t, dir, "b.jsonl", "{\"text\":\"One.\",\"outlet\":\"X\"}\n{broken\n{\"text\":\"Two.\"}\n")
	docs, errs = r.Read(p)
	if len(docs) != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "line 2") {
		t.Fatalf("jsonl: %d docs, errors %v", len(docs), errs)
	}
	if docs[0].ID == docs[1].ID || docs[0].Hash == docs[1].Hash {
		t.Error("each JSON line is its own document")
	}
}

func TestHTML(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Kremlin aide speaks</title>
<meta property="og:site_name" content="Example Times"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-11-26T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie-notice"><p>We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.</p></div>
<article><h1>Kremlin aide speaks</h1>
<p>The Kremlin's top foreign policy aide said on Wednesday that a preliminary agreement had been reached for a visit next week.</p>
<p>He declined to comment on the content of the conversations, which he described as confidential and private.</p>
</article><footer>Copyright Example Times. Share this story.</footer></body></html>`
	d := readOne(t, write(t, dir, "page.html", page))
	if d.Title != "Kremlin aide speaks" || d.Outlet != "Example Times" || d.Published.Year() != 2025 {
		t.Errorf("html metadata: title %q outlet %q published %v", d.Title, d.Outlet, d.Published)
	}
	if !strings.Contains(d.Text, "preliminary agreement") || strings.Contains(d.Text, "Home") || strings.Contains(d.Text, "cookies") {
		t.Errorf("html body: %q", d.Text)
	}
}

// frontPage is a site's front page: navigation, a cookie notice,
// headlines that are links, a footer; no article.
const frontPage = `<!DOCTYPE html><html><head><title>Daily Planet - News, Sport, Weather</title></head><body>
<header><nav><ul><li><a href="/news">News</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="cookie-banner"><p>We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies. <a href="/privacy">Learn more</a></p><button>Accept</button></div>
<main><section><h2>Top stories</h2><ul>
<li><a href="/a1">Flooding closes main road as rivers rise across the region</a></li>
<li><a href="/a2">Council approves new budget after long debate</a></li>
<li><a href="/a3">Local team wins championship in final minutes</a></li>
</ul></section></main>
<footer><p>© 2025 Daily Planet Media Ltd. All rights reserved.</p><a href="/terms">Terms</a> <a href="/contact">Contact us</a></footer>
</body></html>`

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]struct {
		body string
		want error
	}{
		"empty.txt":      {"", ErrEmpty},
		"blank.md":       {"  \n\n", ErrEmpty},
		"binary.txt":     {"PK\x03\x04\x00\x00binary", ErrBinary},
		"latin1.txt":     {"caf\xe9 au lait", ErrEncoding},
		"nobody.html":    {"<html><head><title>Home</title><script>var a = 1;</script></head><body><div></div></body></html>", ErrNoText},
		"frontpage.html": {frontPage, ErrNoText},
		"long.txt":       {strings.Repeat("The council met again and the mayor spoke about the budget. ", MaxArticleBytes/60+1), ErrTooLarge},
	}
	r := NewReader(testSchema(t), dir)
	for name, c := range cases {
		p := write(t, dir, name, c.body)
		docs, errs := r.Read(p)
		if len(docs) != 0 || len(errs) != 1 || !errors.Is(errs[0], c.want) || !strings.Contains(errs[0].Error(), name) {
			t.Errorf("%s: docs %d, errors %v, want %v naming the file", name, len(docs), errs, c.want)
		}
	}
	p := write(t, dir, "fm.md", "---\ntitle: [unclosed\n---\nBody.\n")
	if _, errs := r.Read(p); len(errs) != 1 || !strings.Contains(errs[0].Error(), "front matter") {
		t.Errorf("broken front matter: %v", errs)
	}
}

func TestUTF16(t *testing.T) {
	dir := t.TempDir()
	if d := readOne(t, write(t, dir, "u16.txt", "\xff\xfeH\x00i\x00.\x00")); d.Text != "Hi." {
		t.Fatalf("utf-16: %q", d.Text)
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "x")
	write(t, dir, "b.png", "x")
	os.Mkdir(filepath.Join(dir, ".git"), 0o755)
	write(t, dir, ".git/c.txt", "x")
	os.Symlink(dir, filepath.Join(dir, "loop"))
	files, errs := Find([]string{dir})
	if len(errs) > 0 || len(files) != 1 || filepath.Base(files[0]) != "a.txt" {
		t.Errorf("Find = %v %v", files, errs)
	}
}

func TestUnglueLeavesWords(t *testing.T) {
	s := testSchema(t)
	body, _ := Clean("The market Share fell.\nShareholders met.\nHe said Share prices rose.", s)
	if body != "The market Share fell.\nShareholders met.\nHe said Share prices rose." {
		t.Errorf("marker inside prose was removed: %q", body)
	}
}

func TestPhotoCreditAfterCaption(t *testing.T) {
	s := testSchema(t)
	in := "Crowds fill the square on Sunday. Ana Ruiz / Reuters\nFans cheer.Tom Li/Getty Images\nThe mayor met Ana Ruiz / Reuters reporters.\n" +
		"The mayor, who faces a recall voteANA RUIZ/AP"
	want := "Crowds fill the square on Sunday.\nFans cheer.\nThe mayor met Ana Ruiz / Reuters reporters.\nThe mayor, who faces a recall vote"
	if body, _ := Clean(in, s); body != want {
		t.Errorf("credits after captions:\n got %q\nwant %q", body, want)
	}
}

func TestErrorQuotesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "bad\nname.txt", "")
	_, errs := NewReader(testSchema(t), dir).Read(p)
	if len(errs) != 1 || strings.Contains(errs[0].Error(), "\n") || !strings.Contains(errs[0].Error(), `bad\nname.txt`) {
		t.Errorf("error for a name with a newline should be one quoted line: %v", errs)
	}
}

func TestNotRegularAndTooLarge(t *testing.T) {
	dir := t.TempDir()
	r := NewReader(testSchema(t), dir)
	if _, errs := r.Read(dir); len(errs) != 1 || !errors.Is(errs[0], ErrNotFile) {
		t.Errorf("a folder: %v", errs)
	}
	big := filepath.Join(dir, "big.txt")
	f, _ := os.Create(big)
	f.Truncate(MaxBytes + 1)
	f.Close()
	if _, errs := r.Read(big); len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Errorf("a huge file: %v", errs)
	}
}
