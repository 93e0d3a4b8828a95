package detectors

import "math"

// zFromTail converts a one-sided tail probability, given as its natural
// logarithm, into the equivalent standard-normal deviate (>= 0).
func zFromTail(lnP float64) float64 {
	if lnP >= math.Log(0.5) || math.IsNaN(lnP) {
		return 0
	}
	if math.IsInf(lnP, -1) {
		lnP = -1e300
	}
	if lnP > math.Log(1e-8) {
		return math.Sqrt2 * math.Erfcinv(2*math.Exp(lnP))
	}
	// Asymptotic inverse of the normal tail, refined by Newton steps on
	// ln Q(z) (Erfc keeps full relative precision far in the tail).
	l := -2 * lnP
	z := math.Sqrt(l - math.Log(l) - math.Log(2*math.Pi))
	for i := 0; i < 4 && z < 37; i++ {
		lq := math.Log(0.5 * math.Erfc(z/math.Sqrt2))
		z -= (lnP - lq) / (z + 1/z)
	}
	return z
}

// lnPoissonUpper returns ln P(X >= k) for X ~ Poisson(lambda), k >= 1.
// P(X >= k) equals the regularised lower incomplete gamma function P(k, λ).
func lnPoissonUpper(k, lambda float64) float64 {
	if k <= 0 {
		return 0
	}
	return lnGammaP(k, lambda)
}

// lnPoissonLower returns ln P(X <= k) for X ~ Poisson(lambda), k >= 0.
// P(X <= k) equals the regularised upper incomplete gamma function Q(k+1, λ).
func lnPoissonLower(k, lambda float64) float64 {
	return lnGammaQ(k+1, lambda)
}

// lnGammaP returns ln of the regularised lower incomplete gamma P(a, x).
func lnGammaP(a, x float64) float64 {
	if x <= 0 {
		return math.Inf(-1)
	}
	if x < a+1 {
		return lnGammaSeries(a, x)
	}
	q := math.Exp(lnGammaCF(a, x))
	if q < 1 {
		return math.Log1p(-q)
	}
	return math.Inf(-1)
}

// lnGammaQ returns ln of the regularised upper incomplete gamma Q(a, x).
func lnGammaQ(a, x float64) float64 {
	if x <= 0 {
		return 0
	}
	if x < a+1 {
		p := math.Exp(lnGammaSeries(a, x))
		if p < 1 {
			return math.Log1p(-p)
		}
		return math.Inf(-1)
	}
	return lnGammaCF(a, x)
}

// lnGammaSeries evaluates ln P(a, x) by its power series (x < a+1).
func lnGammaSeries(a, x float64) float64 {
	lg, _ := math.Lgamma(a)
	ap, sum, del := a, 1/a, 1/a
	for i := 0; i < 500; i++ {
		ap++
		del *= x / ap
		sum += del
		if math.Abs(del) < math.Abs(sum)*1e-12 {
			break
		}
	}
	return math.Log(sum) - x + a*math.Log(x) - lg
}

// lnGammaCF evaluates ln Q(a, x) by its continued fraction (x >= a+1),
// using the modified Lentz method.
func lnGammaCF(a, x float64) float64 {
	lg, _ := math.Lgamma(a)
	const tiny = 1e-300
	b := x + 1 - a
	c := 1 / tiny
	d := 1 / b
	h := d
	for i := 1; i < 500; i++ {
		an := -float64(i) * (float64(i) - a)
		b += 2
		d = an*d + b
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = b + an/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		del := d * c
		h *= del
		if math.Abs(del-1) < 1e-12 {
			break
		}
	}
	return math.Log(h) - x + a*math.Log(x) - lg
}
