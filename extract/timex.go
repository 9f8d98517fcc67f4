package extract

import (
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/extract/nlp"
)

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// isWeekday reports a day's name, in any case ("Sunday", whose
// time.Weekday is the zero value).
func isWeekday(word string) bool {
	_, ok := weekdays[strings.ToLower(word)]
	return ok
}

// partsOfDay follow a day and belong to its time ("Saturday night").
var partsOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// timeExpr is a time expression found in a sentence.
type timeExpr struct {
	start, end int // token range
	value      string
}

// findTimes finds time expressions in toks[from:to] and makes them
// absolute from the publication date. future tells which way an
// ambiguous weekday points. Without a publication date relative
// expressions are found (so they stay out of arguments) but left empty.
// yearPrepositions put a bare year in time ("in 1991"); a year alone may
// be a count ("1991 votes").
var yearPrepositions = map[string]bool{"in": true, "since": true, "by": true, "from": true, "until": true, "during": true, "before": true, "after": true}

func findTimes(toks []nlp.Token, from, to int, published time.Time, future bool) []timeExpr {
	var out []timeExpr
	lower := func(i int) string {
		if i < from || i >= to {
			return ""
		}
		return strings.ToLower(toks[i].Text)
	}
	for i := from; i < to; i++ {
		w := lower(i)
		switch {
		case (w == "next" || w == "last" || w == "this") && (lower(i+1) == "week" || lower(i+1) == "month" || lower(i+1) == "year"):
			out = append(out, timeExpr{i, i + 2, relativePeriod(published, w, lower(i+1))})
			i++
		case w == "yesterday" || w == "today" || w == "tomorrow":
			out = append(out, timeExpr{i, i + 1, relativeDay(published, w)})
		case w == "tonight":
			out = append(out, timeExpr{i, i + 1, relativeDay(published, "today")})
		case (w == "last" || w == "this") && partsOfDay[lower(i+1)]:
			// "last night" is the day before; "this morning" today.
			day := "today"
			if w == "last" {
				day = "yesterday"
			}
			out = append(out, timeExpr{i, i + 2, relativeDay(published, day)})
			i++
		case len(w) == 4 && isDigits(w) && w >= "1000" && w <= "2199" && yearPrepositions[lower(i-1)]:
			// "in 1991", "since 2014": a year.
			out = append(out, timeExpr{i - 1, i + 1, w})
		case isWeekday(w):
			start := i
			dir := w
			if p := lower(i - 1); p == "on" || p == "last" || p == "next" || p == "this" {
				start = i - 1
				dir = p
			}
			end := i + 1
			if partsOfDay[lower(end)] {
				end++
			}
			if p := lower(start - 1); p == "late" || p == "early" {
				start--
			}
			out = append(out, timeExpr{start, end, weekdayDate(published, weekdays[w], dir, future)})
			i = end - 1
		case months[w] != 0 && toks[i].Text[0] >= 'A' && toks[i].Text[0] <= 'Z':
			start, end := i, i+1
			if p := lower(i - 1); p == "in" || p == "on" || p == "since" || p == "by" {
				start = i - 1
			}
			day := 0
			if end < to && isDigits(toks[end].Text) && len(toks[end].Text) <= 2 {
				day = atoi(toks[end].Text)
				end++
			}
			value := monthDate(published, months[w], day, future)
			if end < to && isDigits(toks[end].Text) && len(toks[end].Text) == 4 && day == 0 {
				// "July 2003"
				value = toks[end].Text + "-" + time.Date(2000, months[w], 1, 0, 0, 0, 0, time.UTC).Format("01")
				end++
			}
			out = append(out, timeExpr{start, end, value})
			i = end - 1
		}
	}
	return out
}

// timeOnly reports an argument that is a time word alone ("Sunday",
// "night"): what is left of a time adverbial cut from its preposition
// or its day, never what a claim is about.
func timeOnly(name string) bool {
	if name == "" {
		return false
	}
	w := strings.ToLower(name)
	month := months[w] != 0 && name[0] >= 'A' && name[0] <= 'Z' // "March", not a march
	return isWeekday(w) || month || partsOfDay[w] ||
		w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight"
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

const day = "2006-01-02"

func relativePeriod(pub time.Time, which, unit string) string {
	if pub.IsZero() {
		return ""
	}
	shift := map[string]int{"next": 1, "last": -1, "this": 0}[which]
	switch unit {
	case "week":
		monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
		start := monday.AddDate(0, 0, 7*shift)
		return start.Format(day) + "/" + start.AddDate(0, 0, 6).Format(day)
	case "month":
		start := time.Date(pub.Year(), pub.Month()+time.Month(shift), 1, 0, 0, 0, 0, time.UTC)
		return start.Format("2006-01")
	default:
		return time.Date(pub.Year()+shift, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006")
	}
}

func relativeDay(pub time.Time, w string) string {
	if pub.IsZero() {
		return ""
	}
	return pub.AddDate(0, 0, map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}[w]).Format(day)
}

// weekdayDate resolves "on Tuesday": in news, a bare weekday is the most
// recent one on or before publication, unless the verb is future or the
// text says "next".
func weekdayDate(pub time.Time, wd time.Weekday, dir string, future bool) string {
	if pub.IsZero() {
		return ""
	}
	back := (int(pub.Weekday()) - int(wd) + 7) % 7
	switch {
	case dir == "next" || (future && dir != "last"):
		ahead := (int(wd) - int(pub.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return pub.AddDate(0, 0, ahead).Format(day)
	case dir == "last" && back == 0:
		return pub.AddDate(0, 0, -7).Format(day)
	default:
		return pub.AddDate(0, 0, -back).Format(day)
	}
}

// monthDate resolves "in August" or "October 14" to the latest such date
// not after publication.
func monthDate(pub time.Time, m time.Month, d int, future bool) string {
	if pub.IsZero() {
		return ""
	}
	year := pub.Year()
	switch after := m > pub.Month() || m == pub.Month() && d > pub.Day(); {
	case after && !future:
		year--
	case !after && future && m != pub.Month():
		// "will host the cup in May", said in October: next May.
		year++
	}
	if d == 0 {
		return time.Date(year, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	}
	return time.Date(year, m, d, 0, 0, 0, 0, time.UTC).Format(day)
}

// earlierDate is the day count units before pub ("a week earlier",
// "two years ago"), or for years and months, the year or month.
func earlierDate(pub time.Time, unit string, count int) string {
	switch unit {
	case "day":
		return pub.AddDate(0, 0, -count).Format(day)
	case "week":
		return pub.AddDate(0, 0, -7*count).Format(day)
	case "month":
		return pub.AddDate(0, -count, 0).Format("2006-01")
	}
	return pub.AddDate(-count, 0, 0).Format("2006")
}
