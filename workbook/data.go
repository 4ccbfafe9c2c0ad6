package workbook

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
	"github.com/xuri/excelize/v2"
)

// frequencies are the Data sheets, one per length of period, in order.
var frequencies = []struct {
	g     granularity
	label label
}{
	{gMonth, lDataMonthly},
	{gQuarter, lDataQuarterly},
	{gYear, lDataAnnual},
	{gDay, lDataDaily},
}

// dataSeries is one column of a Data sheet: a headline series' values of
// one frequency.
type dataSeries struct {
	id     string
	title  string
	unit   string
	basis  label
	values map[float64]float64 // date serial → headline
}

// dataSheets collects, per frequency, the headline series the plan found:
// a series with monthly and annual figures is a column of both sheets.
func (b *builder) collectData() map[granularity][]dataSeries {
	out := map[granularity][]dataSeries{}
	for _, ip := range b.indOrder {
		for _, sp := range ip.series {
			by := map[granularity]map[float64]float64{}
			for p, v := range sp.points {
				d, g := periodDate(p)
				if g == gNone {
					continue
				}
				if by[g] == nil {
					by[g] = map[float64]float64{}
				}
				by[g][d] = v
			}
			id := ip.ind.ID
			if len(sp.entities) > 0 {
				id += "__" + strings.Join(sp.entities, "-")
			}
			if ip.unitInKey(sp) {
				id += "__" + sp.unit
			}
			id += model.BasisSuffix(sp.basis)
			title := ip.ind.Name(b.langTag()) + basisNote(sp.basis, b.li)
			if len(sp.entities) > 0 {
				title += ", " + strings.Join(sp.entities, "–")
			}
			for g, vals := range by {
				out[g] = append(out[g], dataSeries{id: id, title: title, unit: sp.unit, basis: basisLabel(cmp.Or(sp.basis, ip.ind.Basis)), values: vals})
			}
		}
	}
	return out
}

// basisNote names a basis other than the indicator's own after a name:
// " (quarter on quarter)", or "" for none.
func basisNote(basis string, li int) string {
	if basis == "" {
		return ""
	}
	return " (" + basisLabel(basis).text(li) + ")"
}

// basisLabel names an indicator's basis; "" is a level.
func basisLabel(basis string) label {
	switch basis {
	case indicators.BasisYoY:
		return lBasisYoY
	case indicators.BasisQoQ:
		return lBasisQoQ
	case indicators.BasisMoM:
		return lBasisMoM
	}
	return lBasisLevel
}

// unitInKey reports whether the indicator has sp's entities in more than
// one unit, so that the unit is part of the series id.
func (ip *indPlan) unitInKey(sp *seriesPlan) bool {
	for _, o := range ip.series {
		if o != sp && slices.Equal(o.entities, sp.entities) && o.unit != sp.unit {
			return true
		}
	}
	return false
}

// dataHeaderRows is the header block above a Data sheet's table: one row
// per field of a series, in the manner of FRED's downloads.
var dataHeaderRows = []label{lDataTitle, lDataID, lUnit, lDataFrequency, lDataBasis, lSource, lDataUpdated}

// writeData writes the Data sheets: per frequency, a header block per
// series (title, id, unit, frequency, basis, source, last updated), then a table
// of observation_date (a real date) and one column of headline values per
// series. Analysts paste or chart it as it is.
func (b *builder) writeData() error {
	f, sheets, data := b.f, b.dataSheets, b.data
	for _, fr := range frequencies {
		sheet, ok := sheets[fr.g]
		if !ok {
			continue
		}
		series := data[fr.g]
		slices.SortStableFunc(series, func(a, c dataSeries) int { return strings.Compare(a.id, c.id) })
		seen := map[float64]bool{}
		var dates []float64
		for _, s := range series {
			for d := range s.values {
				if !seen[d] {
					seen[d] = true
					dates = append(dates, d)
				}
			}
		}
		slices.Sort(dates)
		set := func(col, row int, v any, style int) error {
			if err := b.setCell(sheet, col, row, v, style); err != nil {
				return fmt.Errorf("sheet %s: %w", sheet, err)
			}
			return nil
		}
		updated := b.meta.GeneratedAt.UTC().Format("2006-01-02 15:04") + " UTC"
		for r, l := range dataHeaderRows {
			if err := set(1, r+1, l.text(b.li), b.st.bold); err != nil {
				return err
			}
			for i, s := range series {
				v := map[label]string{
					lDataTitle: s.title, lDataID: s.id, lUnit: s.unit, lDataFrequency: fr.label.text(b.li),
					lDataBasis: s.basis.text(b.li),
					lSource:    lDataSource.text(b.li), lDataUpdated: updated,
				}[l]
				if err := set(i+2, r+1, v, 0); err != nil {
					return err
				}
			}
		}
		hdr := len(dataHeaderRows) + 2
		if err := set(1, hdr, "observation_date", b.st.bold); err != nil {
			return err
		}
		for i, s := range series {
			if err := set(i+2, hdr, s.id, b.st.bold); err != nil {
				return err
			}
		}
		for k, d := range dates {
			row := hdr + 1 + k
			if err := set(1, row, d, b.st.dates[gDay]); err != nil {
				return err
			}
			for i, s := range series {
				v, ok := s.values[d]
				if !ok {
					continue // a gap, not a zero
				}
				style, err := b.st.value(s.unit, v)
				if err != nil {
					return err
				}
				if err := set(i+2, row, v, style); err != nil {
					return err
				}
			}
		}
		if err := f.SetColWidth(sheet, "A", "A", 16); err != nil {
			return err
		}
		if len(series) > 0 {
			if err := f.SetColWidth(sheet, "B", colName(len(series)+1), 22); err != nil {
				return err
			}
		}
		if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, Split: false, XSplit: 1, YSplit: hdr, TopLeftCell: cellName(2, hdr+1), ActivePane: "bottomRight"}); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		if err := b.pageSetupCols(sheet, hdr, true); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	return nil
}
