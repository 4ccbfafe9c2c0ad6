package quantity

// This file reads the Russian compound adjectives of duration
// (трехдневный, двухнедельный).

import (
	"strings"
)

// ruCompoundDuration reads a Russian compound adjective of duration:
// трехдневный (three-day), двухмесячный, пятилетний.
func (s *Scanner) ruCompoundDuration(i int) (Quantity, bool) {
	w := s.toks[i].norm
	for _, p := range ruDurPrefixes {
		if !strings.HasPrefix(w, p.prefix) {
			continue
		}
		rest := w[len(p.prefix):]
		for _, u := range ruDurStems {
			if strings.HasPrefix(rest, u.stem) {
				return Quantity{Kind: Duration, Value: p.n, Unit: u.unit}, true
			}
		}
	}
	return Quantity{}, false
}

// isDurationUnit reports a word of a unit of time at token i ("day",
// "weeks"), not "times".
func (s *Scanner) isDurationUnit(i int) bool {
	e, ok := s.word(i)
	return ok && e.dur != "" && e.dur != "times"
}
