package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// FuzzExtract runs the rules on arbitrary text, as articles and as
// benchmark sentences (which are also read off the parse): they index
// tokens around each verb and must never go out of range, and every
// report must point into the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Mayor Maria Lopez said the council approved the budget on Tuesday.",
		"“Witkoff will visit Moscow next week,” Trump said. “He respects Moscow.”",
		"The suspect, police said, left. According to police, he fled.",
		"Witkoff, Ushakov said, will “definitely” meet with Russian President Vladimir Putin if he comes.",
		// Figures read the words on both sides of a number.
		"A magnitude-5.9 quake struck at a depth of 8 km (five miles), killing at least 40 people; the toll rose to 58, not 61.",
		"Organisers put the turnout at 1.03 million, while police said 240,000. A week earlier, as many as 42 000 marched.",
		"• July 2003:\n• Organisers' figure: 500,000,",
	} {
		f.Add(s)
	}
	x := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := claim.Document{ID: "doc:f", Text: text, Published: published}
		for _, r := range append(x.Extract(doc).Reports, x.ExtractSentences(doc).Reports...) {
			if r.Start < 0 || r.End > len(text) || r.Start > r.End || text[r.Start:r.End] != r.Sentence.Text {
				t.Fatalf("report offsets %d:%d do not give its sentence %q", r.Start, r.End, r.Sentence.Text)
			}
			if r.Claim.ID == "" || r.Claim.Subject.ID == "" || r.Claim.Object.ID == "" {
				t.Fatalf("incomplete claim %+v", r.Claim)
			}
		}
	})
}
