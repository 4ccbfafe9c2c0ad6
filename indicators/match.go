package indicators

import (
	"strings"

	"github.com/econtrack/econtrack/indicators/quantity"
)

// pattern is a compiled cue: a sequence of words, each matched exactly or,
// when it ends in "*", as a prefix. Arabic words are tried with their
// clitics removed; English words also match with a plural -s/-es.
type pattern [][]string

type wordPat struct {
	w      string
	prefix bool
}

type phrasePat []wordPat

func compilePhrases(list []string) []phrasePat {
	var out []phrasePat
	for _, p := range list {
		var pp phrasePat
		for _, w := range strings.Fields(quantity.Fold(p)) {
			if strings.HasSuffix(w, "*") {
				pp = append(pp, wordPat{strings.TrimSuffix(w, "*"), true})
			} else {
				pp = append(pp, wordPat{w, false})
			}
		}
		if len(pp) > 0 {
			out = append(out, pp)
		}
	}
	return out
}

// wordMatches reports whether the token form tok matches p.
func wordMatches(tok string, p wordPat) bool {
	if tok == "" {
		return false
	}
	for _, f := range quantity.StripClitics(tok) {
		if f == p.w || p.prefix && strings.HasPrefix(f, p.w) {
			return true
		}
		if f[0] < 0x80 && !p.prefix && (f == p.w+"s" || f == p.w+"es") {
			return true
		}
	}
	return false
}

// doc is the token view of one document that matching works on.
type docTokens struct {
	sc   *quantity.Scanner
	n    int
	sent []int // sentence index of each token
	cl   []int // clause index of each token
}

// matchAt reports whether phrase p matches at token i, returning the token
// after the match. Punctuation tokens inside a phrase ("India–Japan") are
// skipped.
func (d *docTokens) matchAt(i int, p phrasePat) (int, bool) {
	k := i
	for idx, w := range p {
		for idx > 0 && k < d.n && d.sc.Token(k).Punct == '-' {
			k++
		}
		if k >= d.n || !wordMatches(d.sc.Token(k).Norm, w) {
			return 0, false
		}
		k++
	}
	return k, true
}

// find returns the token spans [start,end) where any of ps matches inside
// tokens [from,to).
func (d *docTokens) find(ps []phrasePat, from, to int) [][2]int {
	var out [][2]int
	for i := from; i < to; i++ {
		if d.sc.Token(i).Norm == "" {
			continue
		}
		for _, p := range ps {
			if end, ok := d.matchAt(i, p); ok && end <= to {
				out = append(out, [2]int{i, end})
				break
			}
		}
	}
	return out
}

// stripForms returns the word and its forms without Arabic clitics and,
// for English, without a plural or possessive ending.
func stripForms(w string) []string {
	out := quantity.StripClitics(w)
	if w[0] < 0x80 {
		if strings.HasSuffix(w, "s") {
			out = append(out, w[:len(w)-1])
		}
	}
	return out
}
