package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
)

// events reads meetings and calls that a noun names, with who took part
// and when, as claims of their own: "X, in an October 14 telephone call
// with Yuri Ushakov, said …" is X speaking with Ushakov on 14 October;
// "a phone call between Witkoff and Ushakov" is Witkoff speaking with
// Ushakov. A "with" phrase's event is the speaker's when it stands
// between the speaker and the reporting verb, else that of the clause
// whose subject comes last before it (clauses, read off toks when attr
// is nil). The events within attr's content are said, the others the
// outlet's own narration.
func (x *Extractor) events(st *docState, toks []nlp.Token, clauses []clause, attr *attribution) (said, narrated []clause) {
	for i := 1; i+1 < len(toks); i++ {
		word := strings.ToLower(toks[i].Text)
		if word != "with" && word != "between" {
			continue
		}
		predicate, from := x.eventNounBefore(toks, i)
		if predicate == "" {
			continue
		}
		end := npForward(toks, i+1, len(toks))
		if end == i+1 {
			continue
		}
		cl := clause{predicate: predicate, relationText: textOf(toks[from : i+1])}
		if times := findTimes(toks, from, min(end+3, len(toks)), st.published(), false); len(times) > 0 {
			cl.time = times[0].value
		}
		var ok bool
		switch word {
		case "between":
			// "between Witkoff and Ushakov"
			and := i + 1
			for and < len(toks) && !strings.EqualFold(toks[and].Text, "and") {
				and++
			}
			if and >= len(toks) || npForward(toks, i+1, and) != and {
				continue
			}
			if cl.subject, cl.subjectText, ok = x.participantAt(st, toks, span{i + 1, and}, attr, i); !ok {
				continue
			}
			end = npForward(toks, and+1, len(toks))
			cl.object, cl.objectText, _, ok = x.term(st, toks, span{and + 1, end}, nil)
		default:
			who, found := participant(clauses, from)
			switch before, ok := x.phraseBefore(st, toks, from); {
			case ok:
				// "Steve Witkoff, in an October 14 call with …"
				cl.subject, cl.subjectText = before, before.Name
			case attr != nil && attr.speaker != nil && toks[i].Start < attr.verbToken.Start:
				cl.subject, cl.subjectText = *attr.speaker, attr.speakerText
			case attr == nil && found:
				cl.subject, cl.subjectText = who.subject, who.subjectText
			default:
				continue
			}
			cl.object, cl.objectText, _, ok = x.term(st, toks, span{i + 1, end}, nil)
		}
		if !ok || cl.subject.ID == cl.object.ID || !x.takesPart(cl.subject) || !x.takesPart(cl.object) {
			continue
		}
		if attr != nil && inContent(attr, i) {
			said = append(said, cl)
		} else {
			narrated = append(narrated, cl)
		}
	}
	return said, narrated
}

// inContent reports whether token i is in what attr reports.
func inContent(attr *attribution, i int) bool {
	for _, part := range attr.content {
		if part.from <= i && i < part.to {
			return true
		}
	}
	return false
}

// eventNounBefore returns the predicate of an event noun (or two-word
// noun) that ends right before k, and where its noun phrase starts.
func (x *Extractor) eventNounBefore(toks []nlp.Token, k int) (string, int) {
	j := k - 1
	// "a telephone call", "the meeting": the tagger reads some event
	// nouns after a modifier as verbs.
	modified := j > 0 && (determiner(toks[j-1]) || isNoun(toks[j-1]) || toks[j-1].Tag == "JJ" || toks[j-1].Tag == "CD")
	if !isNoun(toks[j]) && !(modified && (toks[j].Tag == "VB" || toks[j].Tag == "VBG" || toks[j].Tag == "VBP")) {
		return "", 0
	}
	lemma := strings.ToLower(toks[j].Lemma)
	predicate := x.schema.EventNouns[lemma]
	if j > 0 {
		if p, ok := x.schema.EventNouns[strings.ToLower(toks[j-1].Lemma)+" "+lemma]; ok {
			predicate = p
		}
	}
	return predicate, npBackward(toks, j, 0)
}

// participantAt reads a participant named in an event phrase at i. A
// personal pronoun in what a speaker reports is the speaker: "Ushakov
// said the leak of a call between him and Witkoff …".
func (x *Extractor) participantAt(st *docState, toks []nlp.Token, sp span, attr *attribution, i int) (claim.Entity, string, bool) {
	if sp.to-sp.from == 1 && toks[sp.from].Tag == "PRP" && attr != nil && attr.speaker != nil && inContent(attr, i) {
		return *attr.speaker, toks[sp.from].Text, true
	}
	e, text, _, ok := x.term(st, toks, sp, nil)
	return e, text, ok
}

// phraseBefore returns who an event phrase at from is set beside: the
// noun phrase before it, past the preposition and the comma that open
// it ("Steve Witkoff, in an October 14 call with …", "the mayor, after a
// meeting with …").
func (x *Extractor) phraseBefore(st *docState, toks []nlp.Token, from int) (claim.Entity, bool) {
	k := from - 1
	if k >= 0 && toks[k].Tag == "IN" {
		k--
	}
	if k < 1 || toks[k].Text != "," {
		return claim.Entity{}, false
	}
	start := npBackward(toks, k-1, 0)
	if start >= k {
		return claim.Entity{}, false
	}
	e, _, _, ok := x.term(st, toks, span{start, k}, nil)
	return e, ok && x.takesPart(e)
}

// participant is the clause whose subject comes last before the event
// phrase at from: who took part in it.
func participant(clauses []clause, from int) (clause, bool) {
	best, found := clause{}, false
	for _, c := range clauses {
		if c.subjectSpan.to <= from && (!found || c.subjectSpan.from > best.subjectSpan.from) && c.subject.Name != "" {
			best, found = c, true
		}
	}
	return best, found
}

// takesPart reports an argument that can take part in a meeting or a
// call: a named person, body or place, or someone a title or a plural
// noun names ("the mayor", "union leaders"); not "the plan".
func (x *Extractor) takesPart(e claim.Entity) bool {
	if e.Kind != claim.Value {
		return true
	}
	words := strings.Fields(strings.ToLower(e.Name))
	last := words[len(words)-1]
	return x.schema.IsTitle(last) || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}
