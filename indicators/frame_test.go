package indicators

import (
	"context"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// frameCase is one case of testdata/frames.yaml.
type frameCase struct {
	Name      string `yaml:"name"`
	Lang      string `yaml:"lang"`
	Published string `yaml:"published"`
	// URL, when given, is where the document was published.
	URL  string   `yaml:"url"`
	Text string   `yaml:"text"`
	Want []string `yaml:"want"`
	// Events, when given, are the meetings the document dates, as
	// "ENTITIES MONTH" (a numbered one with " #N").
	Events []string `yaml:"events"`
	Reject []struct {
		Text string `yaml:"text"`
		Step string `yaml:"step"`
	} `yaml:"reject"`
}

// loadFrames reads testdata/frames.yaml.
func loadFrames(t testing.TB) []frameCase {
	t.Helper()
	b, err := os.ReadFile("testdata/frames.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cases []frameCase
	if err := yaml.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no cases in testdata/frames.yaml")
	}
	return cases
}

// TestClaimFrames checks each phenomenon of testdata/frames.yaml: exactly the
// observations wanted, and the named step rejecting each other quantity.
func TestClaimFrames(t *testing.T) {
	cases := loadFrames(t)
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			pub, err := time.Parse("2006-01-02", c.Published)
			if err != nil {
				t.Fatal(err)
			}
			res, err := x.Explain(context.Background(), Doc{Path: "case.txt", Lang: c.Lang, Text: c.Text, Published: pub, URL: c.URL})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			// A case that names a unit in one observation checks them all.
			withUnit := slices.ContainsFunc(c.Want, func(w string) bool { return strings.Contains(w, " unit=") })
			for _, o := range res.Observations {
				g := o.Indicator + " " + strings.Join(o.Entities, "-") + " " + o.Period + " " + strconv.FormatFloat(o.Value, 'f', -1, 64)
				if o.Bound != "" {
					g += " bound=" + o.Bound // a bound is part of the claim
				}
				if withUnit {
					g += " unit=" + o.Unit
				}
				if o.Basis != "" {
					g += " basis=" + o.Basis // another measure than the indicator's
				}
				got = append(got, g)
			}
			want := slices.Clone(c.Want)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("observations\ngot  %q\nwant %q", got, want)
			}
			if c.Events != nil {
				gotEv := []string{}
				for _, e := range res.Events {
					g := strings.Join(e.Entities, "-") + " " + e.Month
					if e.Ordinal > 0 {
						g += " #" + strconv.Itoa(e.Ordinal)
					}
					gotEv = append(gotEv, g)
				}
				slices.Sort(gotEv)
				wantEv := slices.Sorted(slices.Values(c.Events))
				if !slices.Equal(gotEv, wantEv) {
					t.Errorf("events\ngot  %q\nwant %q", gotEv, wantEv)
				}
			}
			for _, r := range c.Reject {
				found := false
				for _, d := range res.Decisions {
					if d.Quantity.Text == r.Text {
						found = true
						if d.Step != r.Step {
							t.Errorf("%q: decided at step %q (%s), want %q", r.Text, d.Step, d.Reason, r.Step)
						}
					}
				}
				if !found {
					t.Errorf("%q: no such quantity found", r.Text)
				}
			}
			for _, d := range res.Decisions {
				if (d.Step == stepObservation) != (d.Observation != nil) || d.Reason == "" {
					t.Errorf("%q: step %q, reason %q, observation %v", d.Quantity.Text, d.Step, d.Reason, d.Observation)
				}
			}
		})
	}
}

// A panic inside a rule is an error naming the document, never a crash.
func TestExtractRecoversFromInternalErrors(t *testing.T) {
	x, err := NewExtractor(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	x.index = nil // matching a document's phrases now panics
	_, err = x.Extract(context.Background(), Doc{Path: "broken.txt", Lang: "en", Text: "Inflation in France was 2% in May."})
	if err == nil || !strings.Contains(err.Error(), "broken.txt: internal error") {
		t.Fatalf("err = %v, want an internal error naming broken.txt", err)
	}
}
