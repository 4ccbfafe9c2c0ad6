package charts

import (
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"testing"

	"github.com/econtrack/econtrack/store"
)

func TestScratchRender(t *testing.T) {
	for _, lang := range []string{"en", "ar", "ru"} {
		o := testOptions(lang)
		o.Formats = []string{"png", "svg"}
		all := []interface{}{}
		_ = all
		paths, err := Render(context.Background(), "/tmp/chartscratch/"+lang, testCatalog(),
			append([]store.Series{}, inflationSeries(), singleSeries(), conflictSeries(), hedgedSeries(), tradeSeries(), meetingSeries(), intervalSeries()), o)
		if err != nil {
			t.Fatal(err)
		}
		t.Log(paths)
		o.Width, o.Height, o.DPI = 1800, 1050, 216
		if _, err := Render(context.Background(), "/tmp/chartscratch/hi-"+lang, testCatalog(),
			append([]store.Series{}, inflationSeries(), singleSeries(), conflictSeries(), hedgedSeries(), tradeSeries(), meetingSeries(), intervalSeries()), o); err != nil {
			t.Fatal(err)
		}
	}
}

func TestScratchCrop(t *testing.T) {
	in := os.Getenv("CROP_IN")
	if in == "" {
		t.Skip()
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	var x0, y0, x1, y1 int
	fmt.Sscanf(os.Getenv("CROP_RECT"), "%d,%d,%d,%d", &x0, &y0, &x1, &y1)
	sub := img.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(image.Rect(x0, y0, x1, y1))
	o, _ := os.Create("/tmp/chartscratch/crop.png")
	png.Encode(o, sub)
	o.Close()
}
