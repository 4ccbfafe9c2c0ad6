package pipeline

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

func TestOrderedPoolKeepsOrder(t *testing.T) {
	var inFlight, most atomic.Int32
	var got []int
	p := newOrderedPool(context.Background(), 4, func(_ context.Context, n int) int {
		k := inFlight.Add(1)
		for m := most.Load(); k > m && !most.CompareAndSwap(m, k); m = most.Load() {
		}
		time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond) // finish out of order
		inFlight.Add(-1)
		return n * n
	}, func(n, sq int) error {
		if sq != n*n {
			t.Errorf("result of %d is %d", n, sq)
		}
		got = append(got, n)
		return nil
	})
	for i := range 200 {
		if err := p.Put(i); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	for i, n := range got {
		if n != i {
			t.Fatalf("yielded %d at position %d: out of order", n, i)
		}
	}
	if len(got) != 200 {
		t.Errorf("yielded %d items, want 200", len(got))
	}
	if most.Load() < 2 {
		t.Errorf("at most %d items worked on at once, want several", most.Load())
	}
}

func TestOrderedPoolStopsAtFirstError(t *testing.T) {
	boom := errors.New("boom")
	var yielded int
	p := newOrderedPool(context.Background(), 2, func(_ context.Context, n int) int { return n }, func(n, _ int) error {
		yielded++
		if n == 5 {
			return boom
		}
		return nil
	})
	var putErr error
	for i := range 1000 {
		if putErr = p.Put(i); putErr != nil {
			break
		}
	}
	if err := p.Close(); !errors.Is(err, boom) {
		t.Errorf("Close() = %v, want boom", err)
	}
	if !errors.Is(putErr, context.Canceled) {
		t.Errorf("Put after the error = %v, want context.Canceled", putErr)
	}
	if yielded != 6 {
		t.Errorf("yielded %d items, want 6 (none after the error)", yielded)
	}
}
