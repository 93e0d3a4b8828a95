package deploy

import (
	"math"
	"testing"
)

func bruteBinomUpper(k, n int, p float64) float64 {
	s := 0.0
	for x := k; x <= n; x++ {
		s += math.Exp(lchoose(int64(n), int64(x)) + float64(x)*math.Log(p) + float64(n-x)*math.Log1p(-p))
	}
	return s
}

func bruteHyperUpper(k, total, succ, n int64) float64 {
	s := 0.0
	for x := k; x <= min(succ, n); x++ {
		if n-x > total-succ || x < 0 {
			continue
		}
		s += math.Exp(lchoose(succ, x) + lchoose(total-succ, n-x) - lchoose(total, n))
	}
	return s
}

func relClose(got, want, tol float64) bool {
	if want == 0 {
		return got < 1e-300
	}
	return math.Abs(got-want) <= tol*want+1e-300
}

func TestBinomTails(t *testing.T) {
	for _, c := range []struct {
		n int
		p float64
	}{{1, 0.3}, {10, 0.5}, {90, 0.0769}, {300, 0.02}, {2000, 0.001}, {50, 0.95}} {
		for k := 0; k <= c.n; k += max(1, c.n/37) {
			want := bruteBinomUpper(k, c.n, c.p)
			if got := binomUpper(float64(k), float64(c.n), c.p); !relClose(got, want, 1e-9) {
				t.Errorf("binomUpper(%d, %d, %g) = %g, want %g", k, c.n, c.p, got, want)
			}
			wantLo := 1 - bruteBinomUpper(k+1, c.n, c.p)
			if wantLo < 1e-6 { // 1 − x loses precision: sum the lower tail
				wantLo = 0
				for x := 0; x <= k; x++ {
					wantLo += math.Exp(lchoose(int64(c.n), int64(x)) + float64(x)*math.Log(c.p) + float64(c.n-x)*math.Log1p(-c.p))
				}
			}
			if got := binomLower(float64(k), float64(c.n), c.p); !relClose(got, wantLo, 1e-8) {
				t.Errorf("binomLower(%d, %d, %g) = %g, want %g", k, c.n, c.p, got, wantLo)
			}
		}
	}
	// Large n: tail far out stays accurate and the continued fraction converges.
	if p := binomUpper(2000, 1e6, 0.001); !(p > 0 && p < 1e-150) {
		t.Errorf("far tail = %g", p)
	}
	if p := binomUpper(1000, 1e6, 0.001); math.Abs(p-0.5) > 0.02 {
		t.Errorf("median tail = %g, want ≈ 0.5", p)
	}
	// Non-integer counts interpolate monotonically.
	if a, b, c := binomUpper(3, 10, 0.2), binomUpper(3.5, 10.5, 0.2), binomUpper(4, 11, 0.2); !(a > b && b > c) {
		t.Errorf("not monotone: %g %g %g", a, b, c)
	}
}

func TestHyperUpper(t *testing.T) {
	for _, c := range [][3]int64{{20, 7, 5}, {3900, 200, 300}, {100, 50, 50}, {10, 10, 3}, {10, 0, 3}, {4000, 190, 3800}} {
		total, succ, n := c[0], c[1], c[2]
		for k := int64(0); k <= min(succ, n)+1; k += max(1, min(succ, n)/29) {
			want := bruteHyperUpper(k, total, succ, n)
			if got := hyperUpper(k, total, succ, n); !relClose(got, want, 1e-8) {
				t.Errorf("hyperUpper(%d, %d, %d, %d) = %g, want %g", k, total, succ, n, got, want)
			}
		}
	}
}

func TestHolm(t *testing.T) {
	sigs := []Signal{
		{Name: "a", PValue: 0.0009, tested: true},
		{Name: "b", PValue: 0.0012, tested: true}, // second: 3·0.001/2 = 0.0015
		{Name: "c", PValue: 0.0029, tested: true}, // third: 0.003
		{Name: "d", PValue: 0.0001},               // untested
	}
	holm(sigs, 0.001)
	for i, want := range []bool{true, true, true, false} {
		if sigs[i].Significant != want {
			t.Errorf("%s significant = %v", sigs[i].Name, sigs[i].Significant)
		}
	}
	sigs = []Signal{{PValue: 0.0011, tested: true}, {PValue: 0.0012, tested: true}}
	holm(sigs, 0.001)
	if sigs[0].Significant || sigs[1].Significant {
		t.Error("Holm passed a smallest p-value above alpha")
	}
}
