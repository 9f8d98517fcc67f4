package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/schema"
)

// Clean removes page furniture from an article's text and returns the
// body with the metadata that furniture revealed (outlet, authors,
// published, title), by the schema's rules.
func Clean(text string, s *schema.Schema) (string, map[string]string) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	for _, m := range s.Markers {
		text = unglue(text, m, "\n")
	}
	for _, c := range s.CutAfter {
		if i := markerIndex(text, c); i >= 0 {
			text = text[:i]
		}
	}
	found := map[string]string{}
	for _, rule := range s.Metadata {
		re := rule.Regexp()
		loc := re.FindStringSubmatchIndex(text)
		if loc == nil {
			continue
		}
		for i, name := range re.SubexpNames() {
			if name != "" && loc[2*i] >= 0 && found[name] == "" {
				found[name] = strings.TrimSpace(text[loc[2*i]:loc[2*i+1]])
			}
		}
		if rule.Remove {
			text = text[:loc[0]] + "\n" + text[loc[1]:]
		}
	}
	var kept []string
	for _, line := range strings.Split(text, "\n") {
		line = s.TrimFurniture(strings.TrimSpace(line))
		if line == "" || s.FurnitureLine(line) {
			continue
		}
		kept = append(kept, line)
	}
	return strings.Join(kept, "\n"), found
}

// unglue replaces each furniture occurrence of marker with sep. An
// occurrence is furniture when it is a line of its own, or when it is
// glued to the text before it or to a capitalised word after it, and
// does not run on into a lower-case letter (so "Shares" and "market
// share" are left alone).
func unglue(text, marker, sep string) string {
	var b strings.Builder
	for {
		i := markerIndex(text, marker)
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		b.WriteString(text[:i])
		b.WriteString(sep)
		text = text[i+len(marker):]
	}
}

// markerIndex finds the first furniture occurrence of marker in text.
func markerIndex(text, marker string) int {
	from := 0
	for {
		j := strings.Index(text[from:], marker)
		if j < 0 {
			return -1
		}
		i := from + j
		end := i + len(marker)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[end:])
		lineStart := i == 0 || before == '\n'
		lineEnd := end == len(text) || after == '\n'
		gluedBefore := i > 0 && !unicode.IsSpace(before)
		gluedAfter := end < len(text) && unicode.IsUpper(after)
		runsOn := end < len(text) && unicode.IsLower(after)
		if !runsOn && (lineStart && lineEnd || gluedBefore || gluedAfter) {
			return i
		}
		from = end
	}
}
