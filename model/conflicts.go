package model

import "slices"

// Conflicting reports whether the records of one indicator, entity group,
// period, unit and basis disagree: two of them that were read from text (derived
// ones and those rejected by review do not count) report different values.
func Conflicting(recs []Record) bool {
	var first float64
	seen := false
	for _, r := range recs {
		switch {
		case r.Derived(), r.Rejected():
		case !seen:
			first, seen = r.Value, true
		case r.Value != first:
			return true
		}
	}
	return false
}

// MarkConflicts sets Conflict on every record read from text that is in
// conflict (see Conflicting) with the records of its indicator, entities,
// period, unit and basis. recs must be ordered by indicator, entities and
// period.
func MarkConflicts(recs []Record) {
	for i := 0; i < len(recs); {
		j := i + 1
		for j < len(recs) && recs[j].Indicator == recs[i].Indicator &&
			slices.Equal(recs[j].Entities, recs[i].Entities) && recs[j].Period == recs[i].Period {
			j++
		}
		type measure struct{ unit, basis string }
		byMeasure := map[measure][]Record{}
		for _, r := range recs[i:j] {
			byMeasure[measure{r.Unit, r.Basis}] = append(byMeasure[measure{r.Unit, r.Basis}], r)
		}
		for k := i; k < j; k++ {
			recs[k].Conflict = !recs[k].Derived() && !recs[k].Rejected() && Conflicting(byMeasure[measure{recs[k].Unit, recs[k].Basis}])
		}
		i = j
	}
}
