package workbook

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"
)

// catAxis is the category axis excelize writes for a line chart, and the
// elements in it a date axis does not have.
var (
	catAxis       = regexp.MustCompile(`<catAx>(.*?)</catAx>`)
	notOnDateAxis = regexp.MustCompile(`<lblAlgn [^>]*></lblAlgn>|<noMultiLvlLbl [^>]*></noMultiLvlLbl>`)
)

// dateAxes turns the category axis of every chart into a date axis: the
// series tables' periods are real dates, so 2024, 2024 Q2 and 2025 Q1 sit
// at their place in time, not evenly spaced, and the labels fall on months
// (the application chooses how many). excelize writes only category axes.
func dateAxes(f *excelize.File) {
	f.Pkg.Range(func(k, v any) bool {
		name, _ := k.(string)
		b, ok := v.([]byte)
		if !ok || !strings.HasPrefix(name, "xl/charts/chart") {
			return true
		}
		b = catAxis.ReplaceAllFunc(b, func(ax []byte) []byte {
			ax = notOnDateAxis.ReplaceAll(ax, nil)
			ax = bytes.Replace(ax, []byte("<catAx>"), []byte("<dateAx>"), 1)
			ax = bytes.Replace(ax, []byte("</catAx>"), []byte("</dateAx>"), 1)
			// CT_DateAx: … auto, lblOffset, baseTimeUnit, …
			return bytes.Replace(ax, []byte("</lblOffset>"), []byte(`</lblOffset><baseTimeUnit val="months"></baseTimeUnit>`), 1)
		})
		f.Pkg.Store(name, b)
		return true
	})
}
