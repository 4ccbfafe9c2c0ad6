package lang

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The economy grew 3% (Reuters).", "en"},
		{"قال نوفاك إن 99% من التسويات تتم بالعملات الوطنية، وفق RT.", "ar"},
		{"Новак заявил, что 99% расчётов идут в рублях и юанях (RT).", "ru"},
		{"2025 — 99%", "en"},
		{"Le PIB a augmenté.", "en"},
	}
	for _, tt := range tests {
		if got := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"ar": "ar", "AR": "ar", "ar-EG": "ar", "Arabic": "ar", "eng": "en", "ru_RU": "ru", "fr": ""} {
		if got, ok := Normalize(in); got != want || ok != (want != "") {
			t.Errorf("Normalize(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// Every language has its data file, every list parses, and the lists the
// extractor cannot do without are filled.
func TestLoad(t *testing.T) {
	all, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range Codes() {
		w, ok := all[code]
		if !ok {
			t.Fatalf("%s: no language data", code)
		}
		for name, list := range map[string][]string{"modality": w.Modality, "qualifiers": w.Qualifiers, "level": w.Level,
			"rise": w.Rise, "fall": w.Fall, "attribution": w.Attribution, "compare": w.Compare, "respectively": w.Respectively} {
			if len(list) == 0 {
				t.Errorf("%s: %s is empty", code, name)
			}
			for _, p := range list {
				if p == "" {
					t.Errorf("%s: %s has an empty phrase", code, name)
				}
			}
		}
	}
}
