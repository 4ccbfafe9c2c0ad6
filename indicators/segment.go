package indicators

// segment assigns every token its sentence and clause. A sentence ends at a
// line break or after . ! ? ؟ when the next word starts a sentence and the
// word before the stop is no abbreviation (a single letter, or one of
// abbrev: "U.S.", "Mr.", "Jan."); a clause also ends at , ، ; : and spaced
// dashes.
func (d *docTokens) segment(abbrev map[string]abbrevKind) {
	d.sent = make([]int, d.n)
	d.cl = make([]int, d.n)
	s, c := 0, 0
	for i := 0; i < d.n; i++ {
		t := d.sc.Token(i)
		if i > 0 {
			p := d.sc.Token(i - 1)
			switch {
			case t.NewLine:
				s++
				c++
			case p.Punct == '.' && i > 1 && isAbbreviation(d.sc.Token(i-2).Norm, abbrev) && !(abbrev[d.sc.Token(i-2).Norm] == abbrevUnit && t.Upper):
				// "U.S. tariffs", "Mr. Modi", "Jan. 22", "5 млрд. долларов":
				// no sentence ends here; "5 млрд. Об этом" ends one.
			case p.Punct == '.' || p.Punct == '!' || p.Punct == '?' || p.Punct == '؟':
				if t.Norm == "" || t.Upper || t.Norm[0] >= 0x80 {
					s++
					c++
				}
			case p.Punct == ',' || p.Punct == '،' || p.Punct == ';' || p.Punct == '؛' || p.Punct == ':' || (p.Punct == '—' || p.Punct == '–' || p.Punct == '-') && p.Space:
				c++
			}
		}
		d.sent[i], d.cl[i] = s, c
	}
}

// sentences is the number of sentences.
func (d *docTokens) sentences() int {
	if d.n == 0 {
		return 0
	}
	return d.sent[d.n-1] + 1
}

// sentence returns the token range [a, b) of sentence s.
func (d *docTokens) sentence(s int) (int, int) {
	a := 0
	lo, hi := 0, d.n
	for lo < hi {
		m := (lo + hi) / 2
		if d.sent[m] < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	a = lo
	b := a
	for b < d.n && d.sent[b] == s {
		b++
	}
	return a, b
}

// clauseStart and clauseEnd bound the clause of token i.
func (d *docTokens) clauseStart(i int) int {
	for i > 0 && d.cl[i-1] == d.cl[i] {
		i--
	}
	return i
}

func (d *docTokens) clauseEnd(i int) int {
	if i >= d.n {
		return d.n
	}
	c := d.cl[i]
	for i < d.n && d.cl[i] == c {
		i++
	}
	return i
}

// abbrevKind tells how a full stop after an abbreviation behaves.
type abbrevKind uint8

const (
	abbrevNone abbrevKind = iota
	abbrevName            // "Mr.", "г.", "Jan.": the stop never ends a sentence
	abbrevUnit            // "млрд.", "руб.": it does when a capitalised word follows
)

// isAbbreviation reports a word that a full stop follows without ending
// the sentence: a single Latin letter (U.S., E.U.) or a listed abbreviation.
func isAbbreviation(w string, abbrev map[string]abbrevKind) bool {
	return len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' || abbrev[w] != abbrevNone
}
