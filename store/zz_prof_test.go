package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/econtrack/econtrack/indicators"
)

func TestZZProf(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	ctx := context.Background()
	per, _ := strconv.Atoi(os.Getenv("PER"))
	ndocs := 300000 / per
	s, _ := OpenSQLite(ctx, filepath.Join(t.TempDir(), "bench.db"))
	obs := make([]indicators.Observation, per)
	t0 := time.Now()
	for d := range ndocs {
		for i := range obs {
			k := d*per + i
			obs[i] = indicators.Observation{
				Indicator: fmt.Sprintf("ind%d", k%9), Entities: []string{"CN", "RU"},
				Period: fmt.Sprintf("%04d-%02d", 1900+(k*7919)%120, k%12+1), Value: float64(k), Unit: "USD",
				Lang: "ar", Quote: arabicQuote, Span: [2]int{74, 81}, Speaker: "ألكسندر نوفاك", Mentions: 1,
			}
		}
		p := fmt.Sprintf("corpus/%06d.txt", d)
		if err := s.PutDocument(ctx, doc(p, fmt.Sprintf("%064x", d)), obs); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("write %.0f rows/s", 300000/time.Since(t0).Seconds())
	t1 := time.Now()
	recs, err := s.Observations(ctx, Filter{})
	t.Logf("read %d: %.0f rows/s", len(recs), float64(len(recs))/time.Since(t1).Seconds())
	if err != nil {
		t.Fatal(err)
	}
}
