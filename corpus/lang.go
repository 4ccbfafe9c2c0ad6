package corpus

import "unicode"

// detectLang names the language from the script most of the letters are
// written in: Arabic → ar, Cyrillic → ru, anything else → en.
func detectLang(text string) string {
	var arabic, cyrillic, other int
	for _, r := range text {
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		default:
			other++
		}
	}
	switch {
	case arabic > cyrillic && arabic > other:
		return "ar"
	case cyrillic > arabic && cyrillic > other:
		return "ru"
	}
	return "en"
}
