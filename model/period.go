package model

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	yearRE    = regexp.MustCompile(`^\d{4}$`)
	quarterRE = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
	monthRE   = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])$`)
	dayRE     = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`)
	fiscalRE  = regexp.MustCompile(`^FY(\d{4})`)
)

// PeriodStart returns the first day (YYYY-MM-DD) of a calendar period —
// a year, quarter, month or day — and whether p is one.
func PeriodStart(p string) (string, bool) {
	switch {
	case yearRE.MatchString(p):
		return p + "-01-01", true
	case quarterRE.MatchString(p):
		m := quarterRE.FindStringSubmatch(p)
		q, _ := strconv.Atoi(m[2])
		return m[1] + "-" + twoDigits(3*q-2) + "-01", true
	case monthRE.MatchString(p):
		return p + "-01", true
	case dayRE.MatchString(p):
		return p, true
	}
	return "", false
}

// PeriodEnd returns a day (YYYY-MM-DD, or an upper bound of it that sorts
// the same) on or after the last day of period p: a year, quarter, month,
// day, stretch "A/B" (B's end) or fiscal year ("FY2024/25…": the calendar
// year after its first); "" when p is none of them.
func PeriodEnd(p string) string {
	if i := strings.IndexByte(p, '/'); i >= 0 && !strings.HasPrefix(p, "FY") {
		return PeriodEnd(p[i+1:])
	}
	switch {
	case yearRE.MatchString(p):
		return p + "-12-31"
	case quarterRE.MatchString(p):
		m := quarterRE.FindStringSubmatch(p)
		q, _ := strconv.Atoi(m[2])
		return m[1] + "-" + twoDigits(3*q) + "-31"
	case monthRE.MatchString(p):
		return p + "-31"
	case dayRE.MatchString(p):
		return p
	case fiscalRE.MatchString(p):
		y, _ := strconv.Atoi(fiscalRE.FindStringSubmatch(p)[1])
		return strconv.Itoa(y+1) + "-12-31"
	}
	return ""
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
