package indicators

import (
	"context"
	"slices"
	"strings"

	"github.com/econtrack/econtrack/indicators/quantity"
)

// wordPat is one word of a cue: matched exactly or, when it ends in "*",
// as a prefix.
type wordPat struct {
	w      string
	prefix bool
}

type phrasePat []wordPat

// phraseSet is a compiled list of phrases indexed by their first word, so
// a token is only tried against the phrases that can start with it.
type phraseSet struct {
	id     int // index among the extractor's sets
	pats   []phrasePat
	exact  map[string][]int // first word → phrases
	prefix map[string][]int // phrases whose first word is a stem, by stemKey
}

// hasWord reports a one-word phrase of the set that is w (folded).
func (ps *phraseSet) hasWord(w string) bool {
	for _, p := range ps.pats {
		if len(p) == 1 && p[0].w == w {
			return true
		}
	}
	return false
}

// joiner reports a punctuation mark that joins the words of one phrase
// ("year-on-year", "y/y", "that's"): a phrase is written with it and
// matches the words with or without it.
func joiner(r rune) bool { return r == '-' || r == '–' || r == '/' || r == '\'' || r == '’' }

// phraseWords splits a phrase into the words a document's tokens are
// matched against, folded: "non-farm" is "non" and "farm", as the text's
// tokens are (matchAt skips the hyphen between them); a lone "-" stays.
func phraseWords(p string) []string {
	var out []string
	for _, w := range strings.Fields(quantity.Fold(p)) {
		if parts := strings.FieldsFunc(w, joiner); len(parts) > 1 {
			out = append(out, parts...)
			continue
		}
		out = append(out, w)
	}
	return out
}

func compilePhrases(list []string) *phraseSet {
	ps := &phraseSet{exact: map[string][]int{}, prefix: map[string][]int{}}
	// At one token the first pattern that matches is kept: the longest
	// ("from levels of" before "from").
	words := make([][]string, len(list))
	for i, p := range list {
		words[i] = phraseWords(p)
	}
	slices.SortStableFunc(words, func(a, b []string) int { return len(b) - len(a) })
	for _, ws := range words {
		var pp phrasePat
		for _, w := range ws {
			if strings.HasSuffix(w, "*") {
				pp = append(pp, wordPat{strings.TrimSuffix(w, "*"), true})
			} else {
				pp = append(pp, wordPat{w, false})
			}
		}
		if len(pp) == 0 {
			continue
		}
		k := len(ps.pats)
		ps.pats = append(ps.pats, pp)
		if first := pp[0]; first.prefix {
			key := stemKey(first.w)
			ps.prefix[key] = append(ps.prefix[key], k)
		} else {
			ps.exact[first.w] = append(ps.exact[first.w], k)
		}
	}
	return ps
}

// stemKey is the key a stem (a word pattern ending in "*") is indexed
// by: its first four bytes (two Cyrillic or Arabic letters), or two, or
// one, so that a token tries only the stems that can start it (the keys
// stemIndex.each looks up).
func stemKey(stem string) string {
	switch {
	case len(stem) >= 4:
		return stem[:4]
	case len(stem) > 2:
		return stem[:2]
	}
	return stem
}

// stemIndex holds values under the keys of their stems (see stemKey),
// with a filter of the keys held so that a word whose beginnings are no
// key looks nothing up.
type stemIndex[T any] struct {
	m    map[string][]T
	seen quantity.WordFilter // the keys held
}

// add files v under the key of stem.
func (ix *stemIndex[T]) add(stem string, v T) {
	if ix.m == nil {
		ix.m = map[string][]T{}
	}
	key := stemKey(stem)
	ix.m[key] = append(ix.m[key], v)
	ix.seen.Add(key)
}

// each calls f with every value whose stem key begins word w: first the
// keys of four bytes, then of two and of one.
func (ix *stemIndex[T]) each(w string, f func(T)) {
	for _, n := range [...]int{4, 2, 1} {
		if len(w) < n {
			continue
		}
		key := w[:n]
		if !ix.seen.Has(key) {
			continue
		}
		for _, v := range ix.m[key] {
			f(v)
		}
	}
}

// inText reports a phrase of the set among the words of s (folded, split
// as a document's tokens are; clitics stay on).
func (ps *phraseSet) inText(s string) bool {
	words := phraseWords(s)
	for i := range words {
		for _, p := range ps.pats {
			if i+len(p) > len(words) {
				continue
			}
			ok := true
			for j, wp := range p {
				if !wordMatches([]string{words[i+j]}, wp) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// len is the number of phrases.
func (ps *phraseSet) len() int { return len(ps.pats) }

// wordMatches reports whether a token, given by its forms (the word and
// the word without clitics), matches p.
func wordMatches(forms []string, p wordPat) bool {
	for _, f := range forms {
		if f == p.w || p.prefix && strings.HasPrefix(f, p.w) {
			return true
		}
		if f != "" && f[0] < 0x80 && !p.prefix && len(f) > len(p.w) && strings.HasPrefix(f, p.w) && (f[len(p.w):] == "s" || f[len(p.w):] == "es") {
			return true
		}
	}
	return false
}

// singulars calls f with word w and, for a Latin word ending in "s" or
// "es", with what is left without the ending: the words a plain word of a
// phrase may be for w to match it (see wordMatches).
func singulars(w string, f func(string)) {
	f(w)
	if w[0] < 0x80 && len(w) > 2 && w[len(w)-1] == 's' {
		f(w[:len(w)-1])
		if w[len(w)-2] == 'e' {
			f(w[:len(w)-2])
		}
	}
}

// docTokens is the token view of one document that matching works on.
type docTokens struct {
	sc   *quantity.Scanner
	n    int
	sent []int // sentence index of each token
	cl   []int // clause index of each token
	// sentStart and clStart are the first token of each sentence and
	// clause, and then d.n.
	sentStart, clStart []int
	words              []*wordInfo // each token's word, nil for punctuation
	place              []bool      // the token is part of a country's name (gazetteer)
	all                [][][2]int  // matches of each phrase set of the extractor, in token order
	best               []int       // matchAll's scratch: the best phrase of each set at a token, plus one
	found              [][2]int    // the answers of find for this document, one stretch each
	wordsTo            []int32     // the words before each token and before d.n, as wordsBetween counts them
	gazFound           []gazFound  // Gazetteer.mentions's scratch
	vocab              vocabulary  // the words of the documents read so far, kept from one to the next
}

// tokenWords are the word lists of the languages (lang.Words) that a
// document's tokens are read with, folded.
type tokenWords struct {
	preps    map[string]bool       // DatePreps
	frozen   map[string]bool       // Frozen: matched only as written
	articles []string              // Articles, folded
	abbrev   map[string]abbrevKind // Abbreviations and UnitAbbreviations
	index    *phraseIndex          // the phrases a word may begin
	gaz      *Gazetteer            // the names of places a word may begin
}

// wordInfo is what matching needs to know of one word (or run of digits),
// worked out the first time a workspace meets it.
type wordInfo struct {
	forms   []string     // itself and without clitics (and a Latin plural without its "s")
	prep    bool         // a date preposition or article
	singles []string     // every form and its singulars (see singulars)
	firsts  []*firstWord // the phrases whose first word is one of singles
	stems   []phraseRef  // the phrases whose first word is a stem a form begins with
	// gaz and gazStems are, for each form, the gazetteer's entries whose
	// first word is that form and whose first word is a stem it begins with.
	gaz, gazStems [][]gazEntry
}

// vocabulary caches the wordInfo of words by their normal form, and of
// runs of digits as written, for the tokenWords it was made with. It is
// emptied when it holds maxVocabulary words, so its memory stays bounded
// however many documents a workspace reads.
type vocabulary struct {
	tw            *tokenWords
	words, digits map[string]*wordInfo
}

// maxVocabulary is the number of words a vocabulary holds before it is
// emptied: more than the distinct words of a day's news in three languages.
const maxVocabulary = 1 << 16

// prepare empties v when it was made for other word lists or is full.
func (v *vocabulary) prepare(tw *tokenWords) {
	if v.tw != tw || len(v.words)+len(v.digits) >= maxVocabulary {
		v.tw, v.words, v.digits = tw, map[string]*wordInfo{}, map[string]*wordInfo{}
	}
}

// word returns the wordInfo of a token's normal form.
func (v *vocabulary) word(norm string) *wordInfo {
	if wi, ok := v.words[norm]; ok {
		return wi
	}
	norm = strings.Clone(norm) // a token's Norm shares its document's buffer
	var forms []string
	if v.tw.frozen[norm] {
		forms = []string{norm} // "بالنسبة", never "النسبة"
	} else {
		forms = quantity.AppendForms(nil, norm)
	}
	if norm[0] < 0x80 && len(norm) > 2 && strings.HasSuffix(norm, "s") {
		forms = append(forms, norm[:len(norm)-1])
	}
	wi := v.info(slices.Clip(forms))
	wi.prep = v.tw.preps[norm]
	v.words[norm] = wi
	return wi
}

// number returns the wordInfo of a run of digits: "12 months", "7-day
// reverse repo": a phrase may name digits.
func (v *vocabulary) number(digits string) *wordInfo {
	if wi, ok := v.digits[digits]; ok {
		return wi
	}
	digits = strings.Clone(digits)
	wi := v.info([]string{digits})
	v.digits[digits] = wi
	return wi
}

// info looks up in the phrase index and the gazetteer what words of the
// given forms may begin.
func (v *vocabulary) info(forms []string) *wordInfo {
	wi := &wordInfo{forms: forms}
	ix, g := v.tw.index, v.tw.gaz
	for _, f := range forms {
		// A plural matches its singular ("rates", "taxes"): see
		// singulars and wordMatches.
		singulars(f, func(w string) {
			wi.singles = append(wi.singles, w)
			if fw := ix.firstOf(w); fw != nil {
				wi.firsts = append(wi.firsts, fw)
			}
		})
		ix.prefix.each(f, func(r phraseRef) { wi.stems = append(wi.stems, r) })
		var exact, stems []gazEntry
		if g.firsts.Has(f) {
			exact = g.byFirst[f]
		}
		g.prefix.each(f, func(e gazEntry) { stems = append(stems, e) })
		wi.gaz, wi.gazStems = append(wi.gaz, exact), append(wi.gazStems, stems)
	}
	return wi
}

func newDocTokens(sc *quantity.Scanner, tw *tokenWords) *docTokens {
	d := &docTokens{}
	d.reset(sc, tw)
	return d
}

// resized returns s with length n, reusing its memory when it can; the
// elements are not cleared.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// reset makes d the token view of the document sc has scanned, reusing
// the memory of d's previous document.
func (d *docTokens) reset(sc *quantity.Scanner, tw *tokenWords) {
	d.sc, d.n = sc, sc.Tokens()
	d.vocab.prepare(tw)
	d.found = d.found[:0]
	d.place = resized(d.place, d.n)
	clear(d.place)
	d.words = resized(d.words, d.n)
	clear(d.words)
	d.wordsTo = resized(d.wordsTo, d.n+1)
	d.wordsTo[0] = 0
	var prev quantity.TokenInfo
	for i := 0; i < d.n; i++ {
		t := sc.Token(i)
		var wi *wordInfo
		switch {
		case t.Number:
			wi = d.vocab.number(t.Digits)
		case t.Norm != "":
			wi = d.vocab.word(t.Norm)
		}
		d.words[i] = wi
		d.wordsTo[i+1] = d.wordsTo[i]
		if isWord(t, d.isPrep(i)) && !(i > 0 && hyphenated(prev, t)) {
			d.wordsTo[i+1]++
		}
		prev = t
	}
	d.segment(tw.abbrev)
}

// formsOf returns the word forms of token k: itself and without clitics;
// nil for punctuation.
func (d *docTokens) formsOf(k int) []string {
	if w := d.words[k]; w != nil {
		return w.forms
	}
	return nil
}

// isPrep reports token k as a date preposition or article
// (tokenWords.preps).
func (d *docTokens) isPrep(k int) bool {
	w := d.words[k]
	return w != nil && w.prep
}

// isWord reports a token wordsBetween counts: a word, a number or a comma
// that is no preposition or article leading into a date.
func isWord(t quantity.TokenInfo, prep bool) bool {
	return !prep && (t.Norm != "" || t.Number || t.Punct == ',' || t.Punct == '،')
}

// hyphenated reports a word t joined by a hyphen, the token before it,
// with no space on either side: "year-on-year" is one word.
func hyphenated(before, t quantity.TokenInfo) bool {
	return t.Norm != "" && !t.Space && before.Punct == '-' && !before.Space
}

// wordsBetween counts the words in [a, b) (see isWord), a word hyphenated
// to the one before it counted with it, unless that one lies before a.
func (d *docTokens) wordsBetween(a, b int) int {
	if a >= b {
		return 0
	}
	n := int(d.wordsTo[b] - d.wordsTo[a])
	if t := d.sc.Token(a); a > 0 && hyphenated(d.sc.Token(a-1), t) && isWord(t, d.isPrep(a)) {
		n++
	}
	return n
}

// matchAt reports whether phrase p matches at token i, returning the token
// after the match. Punctuation tokens inside a phrase ("India–Japan") are
// skipped.
func (d *docTokens) matchAt(i int, p phrasePat) (int, bool) {
	return d.matchFrom(i, p, 0)
}

// matchFrom is matchAt from word from of p at token k, the words before
// known to match up to k.
func (d *docTokens) matchFrom(k int, p phrasePat, from int) (int, bool) {
	for idx := from; idx < len(p); idx++ {
		w := p[idx]
		for idx > 0 && k < d.n && joiner(d.sc.Punct(k)) {
			k++
		}
		if k >= d.n || !(w.w == "_" && !w.prefix && d.formsOf(k) != nil) && !wordMatches(d.formsOf(k), w) {
			return 0, false
		}
		k++
	}
	return k, true
}

// insidePhrase reports a span m that lies inside a phrase of ps starting
// at most back tokens before it and ending at most ahead tokens after it
// ("unchanged" inside "remained unchanged", "Saudis" inside "Saudis and
// non-Saudis").
func (d *docTokens) insidePhrase(ps *phraseSet, m [2]int, back, ahead int) bool {
	return slices.ContainsFunc(d.find(ps, max(0, m[0]-back), min(d.n, m[1]+ahead)), func(p [2]int) bool { return p[0] <= m[0] && m[1] <= p[1] })
}

// endsAt reports a phrase of ps that ends at token tok or at most slack
// tokens before it: the word right before something ("from 3.5%",
// "compared with the …", "in Almaty").
func (d *docTokens) endsAt(ps *phraseSet, tok, slack int) bool {
	if ps == nil || ps.len() == 0 {
		return false
	}
	all := d.all[ps.id]
	from := max(0, tok-slack-8)
	for k := firstFrom(all, from); k < len(all) && all[k][0] < tok; k++ {
		if all[k][1] <= tok && all[k][1] >= tok-slack {
			return true
		}
	}
	return false
}

// startsAt reports a phrase of ps that starts at token tok: the word
// right after something ("2.7% in the twelve months ending in …", "two
// days after").
func (d *docTokens) startsAt(ps *phraseSet, tok int) bool {
	if ps == nil || ps.len() == 0 {
		return false
	}
	all := d.all[ps.id]
	k := firstFrom(all, tok)
	return k < len(all) && all[k][0] == tok
}

// bracketed counts the tokens in [a, b) inside round brackets opened and
// closed within that span, the brackets included.
func (d *docTokens) bracketed(a, b int) int {
	n, open := 0, -1
	for k := a; k < b; k++ {
		switch d.sc.Punct(k) {
		case '(':
			open = k
		case ')':
			if open >= 0 {
				n += k - open + 1
				open = -1
			}
		}
	}
	return n
}

// dashAt returns the first dash among the n tokens from a, or d.n.
func (d *docTokens) dashAt(a, n int) int {
	for k := a; k < min(d.n, a+n); k++ {
		if p := d.sc.Punct(k); p == '-' || p == '–' || p == '—' {
			return k
		}
	}
	return d.n
}

// bracketOpensAt reports a bracket opened at token a and still open at
// token b.
func (d *docTokens) bracketOpensAt(a, b int) bool {
	if a >= d.n || d.sc.Punct(a) != '(' {
		return false
	}
	for k := a + 1; k < min(b, d.n); k++ {
		if d.sc.Punct(k) == ')' {
			return false
		}
	}
	return true
}

// dashAside reports tokens [a, b) inside an aside set off by two spaced
// dashes that both lie in [from, to), the second well before to:
// "inflation – which measures how fast prices rise across the economy – is
// at 2.5%" (not "рост ВВП … — 3,1%", where the dash stands for the verb;
// dashes in brackets do not count).
func (d *docTokens) dashAside(a, b, from, to int) bool {
	depth := 0
	dash := func(k int) bool {
		t := d.sc.Token(k)
		switch t.Punct {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		}
		return depth == 0 && (t.Punct == '–' || t.Punct == '—' || t.Punct == '-' && t.Space) && k+1 < d.n && d.sc.Token(k+1).Space
	}
	open := false
	for k := max(from, 0); k < a; k++ {
		if dash(k) {
			open = !open
		}
	}
	if !open || depth > 0 {
		return false
	}
	for k := b; k < min(to-2, d.n); k++ {
		if dash(k) {
			return true
		}
	}
	return false
}

// firstFrom returns the index of the first match in all (in token order)
// that starts at or after token from.
func firstFrom(all [][2]int, from int) int {
	lo, hi := 0, len(all)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); all[m][0] < from {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// find returns the token spans [start,end) where a phrase of ps matches
// inside tokens [from,to). The matches of a set are found once per document.
func (d *docTokens) find(ps *phraseSet, from, to int) [][2]int {
	if ps == nil || ps.len() == 0 {
		return nil
	}
	all := d.all[ps.id]
	lo := firstFrom(all, from)
	start := len(d.found)
	for k := lo; k < len(all) && all[k][0] < to; k++ {
		if all[k][1] <= to {
			d.found = append(d.found, all[k])
		}
	}
	if len(d.found) == start {
		return nil
	}
	// Each answer has its own stretch of found, which only grows until
	// the next document: a caller may change or append to it.
	return d.found[start:len(d.found):len(d.found)]
}

// phraseRef names phrase pat of set set.
type phraseRef struct{ set, pat int }

// phraseIndex indexes every phrase set of an extractor by first word, so a
// document is matched against all of them in one pass.
type phraseIndex struct {
	sets   []*phraseSet
	exact  map[string]*firstWord
	prefix stemIndex[phraseRef]
	// exactSeen filters exact's keys: most words of a text begin no
	// phrase and look nothing up.
	exactSeen quantity.WordFilter
}

// firstOf returns the phrases that begin with word w, or nil.
func (ix *phraseIndex) firstOf(w string) *firstWord {
	if !ix.exactSeen.Has(w) {
		return nil
	}
	return ix.exact[w]
}

// firstWord holds the phrases that begin with one word: by their second
// word when it is a plain one, so that a token tries only the phrases its
// next word can go on with ("the" begins many).
type firstWord struct {
	rest   []phraseRef            // phrases of one word, or whose second is a stem or "_"
	second map[string][]phraseRef // the others, by their second word
}

func newPhraseIndex(sets []*phraseSet) *phraseIndex {
	ix := &phraseIndex{sets: sets, exact: map[string]*firstWord{}}
	for si, ps := range sets {
		ps.id = si
		for w, ks := range ps.exact {
			fw := ix.exact[w]
			if fw == nil {
				fw = &firstWord{second: map[string][]phraseRef{}}
				ix.exact[w] = fw
				ix.exactSeen.Add(w)
			}
			for _, k := range ks {
				r := phraseRef{si, k}
				if p := ps.pats[k]; len(p) > 1 && !p[1].prefix && p[1].w != "_" {
					fw.second[p[1].w] = append(fw.second[p[1].w], r)
				} else {
					fw.rest = append(fw.rest, r)
				}
			}
		}
		for w, ks := range ps.prefix {
			for _, k := range ks {
				ix.prefix.add(w, phraseRef{si, k})
			}
		}
	}
	return ix
}

// matchAll finds, in one pass over the document, where each set has a
// phrase starting (the first of the set's phrases in list order).
func (d *docTokens) matchAll(ctx context.Context, ix *phraseIndex) error {
	d.all = resized(d.all, len(ix.sets))
	for k := range d.all {
		d.all[k] = d.all[k][:0]
	}
	d.best = resized(d.best, len(ix.sets))
	clear(d.best)
	best := d.best
	var touched []int
	for i := 0; i < d.n; i++ {
		if i%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if d.words[i] == nil {
			continue
		}
		touched = touched[:0]
		// A phrase is tried from its word from at token k, the words before
		// known to match.
		try := func(r phraseRef, k, from int) {
			if b := best[r.set]; b > 0 && r.pat >= b-1 {
				return
			}
			if _, ok := d.matchFrom(k, ix.sets[r.set].pats[r.pat], from); ok {
				if best[r.set] == 0 {
					touched = append(touched, r.set)
				}
				best[r.set] = r.pat + 1
			}
		}
		// The next word's token, past joiners ("India–Japan").
		next := i + 1
		for next < d.n && joiner(d.sc.Punct(next)) {
			next++
		}
		wi := d.words[i]
		for _, fw := range wi.firsts {
			for _, r := range fw.rest {
				try(r, i+1, 1)
			}
			if len(fw.second) == 0 || next >= d.n || d.words[next] == nil {
				continue
			}
			for _, w2 := range d.words[next].singles {
				for _, r := range fw.second[w2] {
					try(r, next+1, 2)
				}
			}
		}
		for _, r := range wi.stems {
			try(r, i, 0)
		}
		for _, si := range touched {
			end, _ := d.matchAt(i, ix.sets[si].pats[best[si]-1])
			d.all[si] = append(d.all[si], [2]int{i, end})
			best[si] = 0
		}
	}
	return nil
}

// acronyms adds to the matches of each set of cues the acronyms the
// document defines for its phrases: after "the Overnight Policy Rate
// (OPR)", every later "OPR" of the document is a cue too — unless the
// words defined are an exclusion of the cue's indicator ("Foreign Office
// Consultations (FOC)").
func (d *docTokens) acronyms(text string, inds []compiled) {
	for _, in := range inds {
		ps := in.cues
		if ps == nil || ps.len() == 0 {
			continue
		}
		var defined []string
		for _, m := range d.all[ps.id] {
			if k := m[1]; k+2 < d.n && d.sc.Punct(k) == '(' && d.sc.Punct(k+2) == ')' && len(d.find(in.exclude, max(0, m[0]-3), k)) == 0 {
				if t := d.sc.Token(k + 1); len(t.Norm) >= 2 && t.Upper && strings.ToUpper(text[t.ByteStart:t.ByteEnd]) == text[t.ByteStart:t.ByteEnd] && !slices.Contains(defined, t.Norm) {
					defined = append(defined, t.Norm)
				}
			}
		}
		if len(defined) == 0 {
			continue
		}
		all := d.all[ps.id]
		for k := 0; k < d.n; k++ {
			if t := d.sc.Token(k); t.Upper && slices.Contains(defined, t.Norm) && !(k > 0 && d.sc.Punct(k-1) == '(') {
				if i, found := slices.BinarySearchFunc(all, k, func(m [2]int, k int) int { return m[0] - k }); !found {
					all = slices.Insert(all, i, [2]int{k, k + 1})
				}
			}
		}
		d.all[ps.id] = all
	}
}

// text returns the document text of token span m.
func (d *docTokens) text(doc string, m [2]int) string {
	if m[1] <= m[0] {
		return ""
	}
	return doc[d.sc.Token(m[0]).ByteStart:d.sc.Token(m[1]-1).ByteEnd]
}
