package deploy

import "math"

// This file holds the exact tail probabilities the tests use. Binomial
// tails go through the regularized incomplete beta function, which also
// takes non-integer counts (counts deflated by an over-dispersion factor);
// hypergeometric tails are summed term by term.

func lgamma(x float64) float64 {
	v, _ := math.Lgamma(x)
	return v
}

// betaInc is the regularized incomplete beta function I_x(a, b), a, b > 0.
// The prefactor is computed in logs, so tails down to ~1e-300 keep their
// relative precision.
func betaInc(a, b, x float64) float64 {
	switch {
	case x <= 0:
		return 0
	case x >= 1:
		return 1
	}
	lnFront := lgamma(a+b) - lgamma(a) - lgamma(b) + a*math.Log(x) + b*math.Log1p(-x)
	if x < (a+1)/(a+b+2) {
		return math.Exp(lnFront+math.Log(betaCF(a, b, x))) / a
	}
	return 1 - math.Exp(lnFront+math.Log(betaCF(b, a, 1-x)))/b
}

// betaCF evaluates the continued fraction of the incomplete beta function
// by the modified Lentz method. It converges in O(sqrt(max(a, b)))
// iterations where it is used (x below the mean).
func betaCF(a, b, x float64) float64 {
	const (
		maxIter = 20000
		eps     = 1e-15
		tiny    = 1e-300
	)
	qab, qap, qam := a+b, a+1, a-1
	c, d := 1.0, 1-qab*x/qap
	if math.Abs(d) < tiny {
		d = tiny
	}
	d = 1 / d
	h := d
	for m := 1; m <= maxIter; m++ {
		fm := float64(m)
		m2 := 2 * fm
		aa := fm * (b - fm) * x / ((qam + m2) * (a + m2))
		d = 1 + aa*d
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = 1 + aa/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		h *= d * c
		aa = -(a + fm) * (qab + fm) * x / ((a + m2) * (qap + m2))
		d = 1 + aa*d
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = 1 + aa/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		del := d * c
		h *= del
		if math.Abs(del-1) < eps {
			break
		}
	}
	return h
}

// binomUpper is P(X ≥ k) for X ~ Binomial(n, p). k and n may be
// non-integer (the continuous extension through the incomplete beta
// function), which is how over-dispersed counts are tested.
func binomUpper(k, n, p float64) float64 {
	switch {
	case k <= 0:
		return 1
	case k > n || p <= 0:
		return 0
	case p >= 1:
		return 1
	}
	return clamp01(betaInc(k, n-k+1, p))
}

// binomLower is P(X ≤ k) for X ~ Binomial(n, p), k and n real.
func binomLower(k, n, p float64) float64 {
	switch {
	case k < 0:
		return 0
	case k >= n || p <= 0:
		return 1
	case p >= 1:
		return 0
	}
	return clamp01(betaInc(n-k, k+1, 1-p))
}

func lchoose(n, k int64) float64 {
	return lgamma(float64(n)+1) - lgamma(float64(k)+1) - lgamma(float64(n-k)+1)
}

// hyperUpper is P(X ≥ k) for X ~ Hypergeometric: n draws without
// replacement from a population of size total holding succ successes.
func hyperUpper(k, total, succ, n int64) float64 {
	lo := max(0, n-(total-succ))
	hi := min(succ, n)
	switch {
	case k <= lo:
		return 1
	case k > hi:
		return 0
	}
	fail := total - succ
	lpmf := func(x int64) float64 {
		return lchoose(succ, x) + lchoose(fail, n-x) - lchoose(total, n)
	}
	mean := float64(n) * float64(succ) / float64(total)
	if float64(k) > mean {
		// Upper tail: terms fall from k on.
		sum, t := 0.0, 1.0
		for x := k; x <= hi; x++ {
			sum += t
			if t < sum*1e-17 {
				break
			}
			t *= float64(succ-x) * float64(n-x) / (float64(x+1) * float64(fail-n+x+1))
		}
		return clamp01(math.Exp(lpmf(k)) * sum)
	}
	// k at or below the mean: 1 − P(X ≤ k−1), summing down from k−1.
	sum, t := 0.0, 1.0
	for x := k - 1; x >= lo; x-- {
		sum += t
		if t < sum*1e-17 {
			break
		}
		t *= float64(x) * float64(fail-n+x) / (float64(succ-x+1) * float64(n-x+1))
	}
	return clamp01(1 - math.Exp(lpmf(k-1))*sum)
}

// clamp01 bounds a probability; NaN becomes 1, the answer that never
// flags anything.
func clamp01(p float64) float64 {
	switch {
	case math.IsNaN(p):
		return 1
	case p < 0:
		return 0
	case p > 1:
		return 1
	}
	return p
}

// midUpper is Lancaster's mid-p upper tail of a binomial: P(X > k) +
// P(X = k)/2. Exact tails of discrete counts are conservative (at α =
// 0.001 they reject half as often as they may); the mid-p is close to
// nominal. k and n may be non-integer (deflated counts), with lattice 1.
func midUpper(k, n, p float64) float64 {
	return 0.5 * (binomUpper(k, n, p) + binomUpper(k+1, n, p))
}

// midLower is the mid-p lower tail of a binomial: P(X < k) + P(X = k)/2.
func midLower(k, n, p float64) float64 {
	return 0.5 * (binomLower(k, n, p) + binomLower(k-1, n, p))
}

// midHyperUpper is the mid-p upper tail of a hypergeometric.
func midHyperUpper(k, total, succ, n int64) float64 {
	return 0.5 * (hyperUpper(k, total, succ, n) + hyperUpper(k+1, total, succ, n))
}
