package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"
)

// reviewArticles are articles written for the review tests: two reports of
// April's inflation that disagree, a later month, and a reader's comment
// with a script tag that must show as text.
var reviewArticles = map[string]string{
	"a.txt":       "Russia's annual inflation slowed to 10.2% in April 2025, the statistics service said on Friday.\n\nThe central bank kept its key rate unchanged.\n",
	"a.meta.yaml": "published: 2025-05-10\nlang: en\ntitle: Inflation slows in April\n",
	"b.txt":       "Annual consumer price inflation in Russia stood at 10.4% in April 2025, the central bank said in a review.\n",
	"b.meta.yaml": "published: 2025-05-12\nlang: en\ntitle: Central bank review\n",
	"c.txt":       "Readers sent us <script>document.title=\"pwned\"</script> in a comment.\n\nRussia's annual inflation eased to 9.9% in May 2025, official data showed.\n",
	"c.meta.yaml": "published: 2025-06-11\nlang: en\ntitle: Inflation eases in May\n",
}

// writeCorpus writes files into a new corpus folder and returns it.
func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// startServe runs `econtrack serve` with args on a free port until the test
// ends, and returns its address; at the end it checks that the server
// stopped cleanly when told to.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, stop := context.WithCancel(context.Background())
	var stdout, stderr lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), nil, &stdout, &stderr)
	}()
	t.Cleanup(func() {
		stop()
		select {
		case code := <-done:
			if code != exitOK {
				t.Errorf("serve ended with exit %d after the signal to stop: %s", code, stderr.String())
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not stop within 15 s of the signal to stop")
		}
	})
	re := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if u := re.FindString(stdout.String()); u != "" {
			return strings.TrimSuffix(u, "/")
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, stderr.String())
		default:
		}
	}
	t.Fatalf("serve printed no address: %q %q", stdout.String(), stderr.String())
	return ""
}

// browser starts headless Chromium for the test, or skips it when none is
// installed, unless ECONTRACK_TEST_BROWSER=require (CI) makes that a
// failure.
func browser(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("ECONTRACK_TEST_BROWSER") == "require" {
			t.Fatal("no Chromium installed and ECONTRACK_TEST_BROWSER=require: install Debian's chromium package")
		}
		t.Skip("no Chromium installed (apt-get install chromium); the browser tests run in CI")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.WindowSize(1280, 1000))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	tctx, cancelTimeout := context.WithTimeout(bctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelBrowser(); cancelAlloc() })
	if err := chromedp.Do(tctx); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	return tctx
}

// screenshot saves the page as NAME.png in $ECONTRACK_TEST_SCREENSHOTS (default:
// the test's temporary folder) and logs where.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	// The whole page, or for a right-to-left one the window (1280×1000): a
	// full-page capture of a right-to-left page misses its right side.
	shot := chromedp.FullScreenshot(100)
	if dir, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.dir`)); dir == "rtl" {
		shot = chromedp.CaptureScreenshot()
	}
	png, err := chromedp.Run(ctx, shot)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	dir := os.Getenv("ECONTRACK_TEST_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	p := filepath.Join(dir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

// TestServeReviewInBrowser is what a reviewer does: open the overview and
// an indicator, reject one observation and correct another, reload, run
// again with rules that make every document be read again, and find both
// decisions in the pages, the chart, the workbook, the report and exports.
func TestServeReviewInBrowser(t *testing.T) {
	ctx := browser(t)
	corpus, out, _ := reviewedOut(t)
	base := startServe(t, "--corpus", corpus, "--out", out, "--reviewer", "tester")

	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	overview, err := chromedp.Run(ctx, chromedp.Text("table.overview"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(overview, "Inflation") || !strings.Contains(overview, "9.9%") {
		t.Fatalf("overview lacks the inflation series and its latest value: %q", overview)
	}
	screenshot(t, ctx, "overview")

	row := func(title, then string) chromedp.Search {
		return chromedp.Search(`//tr[contains(., "` + title + `")]` + then)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.Search(`//a[contains(., "Inflation")]`)),
		chromedp.WaitVisible(`table.observations`),
		// Reject the central bank's figure.
		chromedp.Click(row("Central bank review", `//button[@value="reject"]`)),
		chromedp.WaitVisible(row("Central bank review", `//span[contains(@class, "rejected")]`)),
		// Correct the statistics service's figure.
		chromedp.Click(row("Inflation eases in May", `//summary`)),
		chromedp.SetValue(row("Inflation eases in May", `//input[@name="value"]`), "9.8"),
		chromedp.SendKeys(row("Inflation eases in May", `//input[@name="note"]`), "revised figure"),
		chromedp.Click(row("Inflation eases in May", `//details//button[@type="submit"]`)),
		chromedp.WaitVisible(row("Inflation eases in May", `//span[contains(@class, "corrected")]`)),
		chromedp.Reload(),
	); err != nil {
		t.Fatal(err)
	}
	status, err := chromedp.Run(ctx, chromedp.Text(`table.observations`))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"rejected", "corrected (extracted 9.9): revised figure", "9.8%", "tester"} {
		if !strings.Contains(status, want) {
			t.Errorf("after reload the observations say %q, want %q in them", status, want)
		}
	}
	// The page from its top (the form took it to the row reviewed).
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/indicator/inflation_rate?entities=RU")); err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx, "indicator-reviewed")

	// Another run reads every document again (a changed catalog changes the
	// extractor's fingerprint); the decisions stay.
	cfgFile := filepath.Join(t.TempDir(), "econtrack.yaml")
	if err := os.WriteFile(cfgFile, []byte("indicators:\n  catalog:\n    test_only_indicator:\n      names: {en: Test only}\n      unit: percent\n      kinds: [percent]\n      entities: 1\n      cues: {en: [zzzz]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := econtrack(t, "--config", cfgFile, "run", "--corpus", corpus, "--out", out)
	if code != exitOK {
		t.Fatalf("second run: exit %d: %s", code, stderr)
	}
	var rep struct {
		Documents struct{ Unchanged int } `json:"documents"`
	}
	b, _ := os.ReadFile(filepath.Join(out, "run.json"))
	if err := json.Unmarshal(b, &rep); err != nil || rep.Documents.Unchanged != 0 {
		t.Fatalf("the second run did not read every document again: %s", b)
	}
	checkReviewedArtefacts(t, out)

	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if status, err = chromedp.Run(ctx, chromedp.Text(`table.observations`)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(status, "9.8%") || !strings.Contains(status, "rejected") {
		t.Errorf("after the second run the page says %q", status)
	}
}

// checkReviewedArtefacts checks that a run's chart, workbook, report and
// export show the correction of May (9.9 → 9.8) and leave the rejected
// April figure of the central bank out.
func checkReviewedArtefacts(t *testing.T, out string) {
	t.Helper()
	svg, err := os.ReadFile(filepath.Join(out, "charts", "inflation_rate.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if desc := regexp.MustCompile(`(?s)<desc>(.*?)</desc>`).FindSubmatch(svg); desc == nil || !strings.Contains(string(desc[1]), "Russia: 9.8%") {
		t.Errorf("the chart does not draw the corrected 9.8: %.400s", svg)
	}
	f, err := excelize.OpenFile(filepath.Join(out, "econtrack.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Observations")
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[string][]string{}
	for _, r := range rows[1:] {
		byDoc[r[0]] = r
	}
	if c := byDoc["c.txt"]; len(c) < 24 || c[5] != "9.8%" || c[23] != "corrected (extracted 9.9): revised figure" {
		t.Errorf("the workbook's Observations row of c.txt = %q, want the value 9.8%% and the review", c)
	}
	if b := byDoc["b.txt"]; b != nil {
		t.Errorf("the workbook keeps the rejected observation: %q", b)
	}
	report, err := os.ReadFile(filepath.Join(out, "report", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(report, []byte("9.8%")) || bytes.Contains(report, []byte("Central bank review")) {
		t.Errorf("report/index.html does not show the reviewed values")
	}
	code, stdout, stderr := econtrack(t, "export", "--format", "jsonl", "--out", out)
	if code != exitOK || strings.Contains(stdout, `"value":10.4`) || !strings.Contains(stdout, `"value":9.8`) || !strings.Contains(stdout, `"review":"corrected`) {
		t.Errorf("export: exit %d, %s %s", code, stdout, stderr)
	}
}

// TestServePagesInBrowser checks what the browser does with the pages: the
// Arabic pages run right to left, and an article's script tag is text that
// never runs.
func TestServePagesInBrowser(t *testing.T) {
	ctx := browser(t)
	corpus, out, _ := reviewedOut(t)
	t.Setenv("ECONTRACK_CHARTS_LANG", "ar")
	base := startServe(t, "--corpus", corpus, "--out", out)

	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	dir, err1 := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.dir`))
	direction, err2 := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.body).direction`))
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if dir != "rtl" || direction != "rtl" {
		t.Errorf("Arabic overview: dir=%q, direction %q; want rtl", dir, direction)
	}
	screenshot(t, ctx, "overview-ar")
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/document?path=c.txt")); err != nil {
		t.Fatal(err)
	}
	title, err1 := chromedp.Run(ctx, chromedp.Title())
	text, err2 := chromedp.Run(ctx, chromedp.Text(`.text`))
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if title == "pwned" || !strings.Contains(text, `<script>document.title="pwned"</script>`) {
		t.Errorf("the article's script ran or was not shown as text: title %q, text %q", title, text)
	}
	screenshot(t, ctx, "document-ar")
}
