package quantity

// This file holds what is particular to ordinals: Russian ordinal suffixes
// after digits and the regnal numbers that are none.

// regnalTitles are the titles a regnal number follows.
var regnalTitles = map[string]bool{
	"king": true, "queen": true, "pope": true, "emperor": true, "sultan": true,
	"الملك": true, "والملك": true, "للملك": true, "الملكه": true, "السلطان": true, "البابا": true, "الامير": true,
	"король": true, "короля": true, "королем": true, "королева": true, "папа": true, "папы": true,
}

// regnal reports an ordinal at token i that numbers a monarch: a title
// within the three words before it ("King Charles III", "الملك محمد السادس").
//
// An ordinal right after "آل" ("آل ثاني", the family) is a name too.
func (s *Scanner) regnal(i int) bool {
	if i > 0 && s.toks[i-1].kind == tWord && s.toks[i-1].norm == "ال" {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t := &s.toks[k]; t.kind == tWord && regnalTitles[t.norm] {
			return true
		}
	}
	return false
}

func isRuOrdinalSuffix(w string) bool {
	switch w {
	case "я", "й", "ю", "е", "го", "м", "х", "ой", "ого", "ому", "ый", "ая", "ую", "ое", "ых", "ом", "ым", "ий", "ей", "ья", "ье", "ьей":
		return true
	}
	return false
}
