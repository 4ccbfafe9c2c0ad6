package model

import "slices"

// Conflicting reports whether the records of one indicator, entity group,
// period and unit disagree: two of them that were read from text (derived
// ones do not count) report different values.
func Conflicting(recs []Record) bool {
	var first float64
	seen := false
	for _, r := range recs {
		switch {
		case r.Derived():
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
// period and unit. recs must be ordered by indicator, entities and period.
func MarkConflicts(recs []Record) {
	for i := 0; i < len(recs); {
		j := i + 1
		for j < len(recs) && recs[j].Indicator == recs[i].Indicator &&
			slices.Equal(recs[j].Entities, recs[i].Entities) && recs[j].Period == recs[i].Period {
			j++
		}
		byUnit := map[string][]Record{}
		for _, r := range recs[i:j] {
			byUnit[r.Unit] = append(byUnit[r.Unit], r)
		}
		for k := i; k < j; k++ {
			recs[k].Conflict = !recs[k].Derived() && Conflicting(byUnit[recs[k].Unit])
		}
		i = j
	}
}
