package workbook

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// styles are the cell styles of one workbook, made before any sheet is
// streamed.
type styles struct {
	f      *excelize.File
	header int
	title  int
	bold   int
	link   int
	wrap   int
	flag   int // booleans, centred
	// quote aligns a quote to the start of the sheet's direction, so that
	// an Arabic quote in a left-to-right sheet (or an English one in a
	// right-to-left sheet) runs on past its cell, not back over the cells
	// before it.
	quote  int
	dates  map[granularity]int
	values map[valueKey]int
}

type valueKey struct {
	unit  string
	whole bool
}

func newStyles(f *excelize.File, rtl bool) (*styles, error) {
	st := &styles{f: f, dates: map[granularity]int{}, values: map[valueKey]int{}}
	var err error
	mk := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(s)
		return id
	}
	st.header = mk(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE5F0"}},
		Border:    []excelize.Border{{Type: "bottom", Color: "7F8FA6", Style: 1}},
		Alignment: &excelize.Alignment{Vertical: "center"},
	})
	st.title = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	st.bold = mk(&excelize.Style{Font: &excelize.Font{Bold: true}})
	st.link = mk(&excelize.Style{Font: &excelize.Font{Color: "1265BE", Underline: "single"}})
	st.flag = mk(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center"}})
	st.wrap = mk(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	start := "left"
	if rtl {
		start = "right"
	}
	st.quote = mk(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: start}})
	for g, code := range map[granularity]string{
		gYear:     "yyyy",
		gQuarter:  "yyyy-mm-dd", // the first day: "yyyy-mm" would read as a month
		gMonth:    "yyyy-mm",
		gDay:      "yyyy-mm-dd",
		gDateTime: "yyyy-mm-dd hh:mm",
	} {
		st.dates[g] = mk(&excelize.Style{CustomNumFmt: &code})
	}
	if err != nil {
		return nil, fmt.Errorf("styles: %w", err)
	}
	return st, nil
}

// value returns the style of a value in unit.
func (st *styles) value(unit string, v float64) (int, error) {
	k := valueKey{unit, isWhole(v)}
	if id, ok := st.values[k]; ok {
		return id, nil
	}
	code := valueFormat(unit, k.whole)
	id, err := st.f.NewStyle(&excelize.Style{CustomNumFmt: &code})
	if err != nil {
		return 0, fmt.Errorf("number format %q: %w", code, err)
	}
	st.values[k] = id
	return id, nil
}

// dateCell returns a date cell for a serial date, or nil when g is gNone.
func (st *styles) dateCell(serial float64, g granularity) any {
	if g == gNone {
		return nil
	}
	return excelize.Cell{StyleID: st.dates[g], Value: serial}
}
