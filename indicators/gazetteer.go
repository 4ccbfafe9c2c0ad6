package indicators

import (
	"fmt"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/econtrack/econtrack/indicators/lang"
	"github.com/econtrack/econtrack/indicators/quantity"
)

// Gazetteer maps the words that name a country to its ISO 3166-1 alpha-2
// code.
type Gazetteer struct {
	byFirst map[string][]gazEntry // exact first word → entries
	firsts  quantity.WordFilter   // byFirst's keys
	prefix  stemIndex[gazEntry]   // entries whose first word is a stem
	places  map[string]bool       // the codes of countries (not groups) the gazetteer names
}

type gazEntry struct {
	code   string
	pat    phrasePat
	person bool // a leader's name: a country for the figure, still a possible speaker
	weak   bool // a word another country's entry holds too ("عمان?": Amman, and Oman)
}

// ParseGazetteer reads the YAML form CODE → {en: [...], ar: [...], ru:
// [...]} of the words naming each country (places) and of the people who
// stand for it (leaders and ministers).
func ParseGazetteer(places, people []byte) (*Gazetteer, error) {
	g := &Gazetteer{byFirst: map[string][]gazEntry{}, places: map[string]bool{}}
	for _, src := range []struct {
		data   []byte
		person bool
	}{{places, false}, {people, true}} {
		var raw map[string]map[string][]string
		if err := yaml.Unmarshal(src.data, &raw); err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		codes := make([]string, 0, len(raw))
		for c := range raw {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		for _, code := range codes {
			if len(code) != 2 {
				return nil, fmt.Errorf("gazetteer: %q is not an ISO 3166-1 alpha-2 code", code)
			}
			if !src.person && !isGroup(code) && code != notPlace {
				g.places[code] = true
			}
			for _, l := range lang.Codes() {
				var strong, weak []string
				for _, w := range raw[code][l] {
					if w, ok := strings.CutSuffix(w, "?"); ok {
						weak = append(weak, w)
					} else {
						strong = append(strong, w)
					}
				}
				for _, part := range []struct {
					words []string
					weak  bool
				}{{strong, false}, {weak, true}} {
					for _, p := range compilePhrases(part.words).pats {
						e := gazEntry{code: code, pat: p, person: src.person, weak: part.weak}
						if p[0].prefix {
							g.prefix.add(p[0].w, e)
						} else {
							g.byFirst[p[0].w] = append(g.byFirst[p[0].w], e)
							g.firsts.Add(p[0].w)
						}
					}
				}
			}
		}
	}
	return g, nil
}

// Known reports a country (not a group) the gazetteer names.
func (g *Gazetteer) Known(code string) bool { return g.places[code] }

// mentions lists the countries named in the document, in token order. A
// weak word (an entry ending in "?") names its country only when the
// document names that country with other words and not the other country
// the word can name: "عمان" is Amman beside "الأردنية", else Oman.
// The entries each word may begin are looked up once per workspace, in
// dt's vocabulary, which must have been made with g (tokenWords.gaz).
func (g *Gazetteer) mentions(dt *docTokens) []mention {
	all := dt.gazFound[:0]
	defer func() { dt.gazFound = all[:0] }() // the memory serves the next document
	for i := 0; i < dt.n; {
		norm := dt.sc.Norm(i)
		if norm == "" {
			i++
			continue
		}
		bestEnd, best, person := 0, "", false
		weakEnd, weak := 0, ""
		// "U.S.", "U.K.", "U.A.E.": single letters and full stops spell
		// an entry ("us", "uk", "uae").
		if letters, end := dottedAbbrev(dt, i); len(letters) >= 2 {
			for _, e := range g.byFirst[letters] {
				if e.person || e.weak {
					continue
				}
				// ("U.S. dollar": an entry of words after the letters.)
				if more, ok := dt.matchAt(end, e.pat[1:]); ok && more > bestEnd {
					bestEnd, best = more, e.code
				}
			}
		}
		try := func(e gazEntry) {
			end, ok := dt.matchAt(i, e.pat)
			switch {
			case !ok:
			case len(e.pat) == 1 && len(e.pat[0].w) <= 2 && e.pat[0].w[0] < 0x80 && !dt.sc.Token(i).Upper:
				// "told us that": a two-letter entry ("us", "uk") is
				// written in capitals.
			case e.weak:
				if end > weakEnd {
					weakEnd, weak = end, e.code
				}
			case end > bestEnd:
				bestEnd, best, person = end, e.code, e.person
			}
		}
		if wi := dt.words[i]; wi != nil {
			for k := range wi.forms {
				for _, e := range wi.gaz[k] {
					try(e)
				}
				if best == "" {
					for _, e := range wi.gazStems[k] {
						try(e)
					}
				}
			}
		}
		if weak != "" && weakEnd != bestEnd {
			weak = ""
		}
		if best != "" || weak != "" {
			all = append(all, gazFound{mention{tok: i, code: best, person: person}, max(bestEnd, weakEnd), weak})
			i = max(bestEnd, weakEnd)
			continue
		}
		i++
	}
	named := map[string]bool{}
	for _, f := range all {
		if f.weak == "" {
			named[f.code] = true
		}
	}
	// "رئيس الوزراء العراقي محمد شياع السوداني … ووصل السوداني": a
	// leader's surname alone, once the full name was given, is the
	// leader, not the adjective of another country it spells.
	var surnames map[string]string
	for _, f := range all {
		if f.person && f.end-f.tok >= 2 {
			if surnames == nil {
				surnames = map[string]string{}
			}
			surnames[dt.sc.Norm(f.end-1)] = f.code
		}
	}
	out := make([]mention, 0, len(all))
	for _, f := range all {
		if c, ok := surnames[dt.sc.Norm(f.tok)]; ok && !f.person && f.end-f.tok == 1 {
			f.code, f.person, f.weak = c, true, ""
		}
		if f.weak != "" && named[f.weak] && (f.code == "" || !named[f.code]) {
			f.code, f.person = f.weak, false
		}
		if f.code == "" || f.code == notPlace {
			continue
		}
		out = append(out, f.mention)
		for k := f.tok; k < f.end && !f.person; k++ {
			dt.place[k] = true
		}
	}
	return out
}

// gazFound is a country's name found at some words, before mentions
// resolves its weak words.
type gazFound struct {
	mention
	end  int
	weak string // the country of a weak entry at the same words, if any
}

// dottedAbbrev reads single letters separated by full stops at token i
// ("u . s ." → "us") and returns them with the token after the last stop.
func dottedAbbrev(dt *docTokens, i int) (string, int) {
	var b []byte
	k := i
	for k+1 < dt.n {
		norm := dt.sc.Norm(k)
		if len(norm) != 1 || norm[0] < 'a' || norm[0] > 'z' || dt.sc.Punct(k+1) != '.' {
			break
		}
		b = append(b, norm[0])
		k += 2
	}
	if len(b) < 2 {
		return "", i
	}
	return string(b), k
}

// notPlace is the code of words that hold a country's name and name no
// country ("Irish potatoes", "Turkish delight"): they are read as one
// entry and give no mention.
const notPlace = "ZZ"

// isGroup reports the code of a group of countries (the EU, the CIS):
// user-assigned codes X*, except XK (Kosovo, by common use).
func isGroup(code string) bool {
	return len(code) == 2 && code[0] == 'X' && code != "XK"
}
