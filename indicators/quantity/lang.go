package quantity

// DetectLang guesses the language of text from its script: Arabic letters
// give "ar", Cyrillic "ru", anything else "en".
func DetectLang(text string) string {
	var ar, ru, lat int
	for _, r := range text {
		switch {
		case r >= 0x600 && r <= 0x6FF || r >= 0x750 && r <= 0x77F || r >= 0xFB50 && r <= 0xFEFF:
			ar++
		case r >= 0x400 && r <= 0x4FF:
			ru++
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			lat++
		}
	}
	switch {
	case ar >= ru && ar >= lat && ar > 0:
		return "ar"
	case ru > lat && ru > 0:
		return "ru"
	}
	return "en"
}
