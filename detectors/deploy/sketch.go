package deploy

import (
	"math"
	"slices"
)

const (
	// sketchGamma is the ratio between consecutive bucket bounds: a value
	// read back from a bucket is within 1 % of the true one.
	sketchGamma = 1.02
	// exactCap is how many values a sketch keeps verbatim (for exact
	// quantiles); past it only the buckets remain.
	exactCap = 4096
	// zeroBucket is the bucket of values below sketchMinValue (and of 0).
	zeroBucket     = math.MinInt32
	sketchMinValue = 1e-9
)

var lnSketchGamma = math.Log(sketchGamma)

// sketch is a deterministic, mergeable quantile sketch of non-negative
// values: logarithmic buckets (relative accuracy 1 %, as in DDSketch), plus
// the values themselves while there are at most exactCap of them.
type sketch struct {
	n      int64
	zero   int64
	off    int     // bucket index of counts[0]
	counts []int64 // dense buckets off, off+1, …
	exact  []float64
	lossy  bool // more than exactCap values were seen: exact is nil
}

func bucketOf(x float64) int {
	if x < sketchMinValue {
		return zeroBucket
	}
	return int(math.Ceil(math.Log(x) / lnSketchGamma))
}

// bucketValue is the value a bucket stands for: the point with equal
// relative distance to both bounds.
func bucketValue(i int) float64 {
	if i == zeroBucket {
		return 0
	}
	return 2 * math.Pow(sketchGamma, float64(i)) / (sketchGamma + 1)
}

// add records x; negative and NaN values are rejected.
func (s *sketch) add(x float64) bool {
	if !(x >= 0) || math.IsInf(x, 1) {
		return false
	}
	s.n++
	if !s.lossy {
		if len(s.exact) < exactCap {
			s.exact = append(s.exact, x)
		} else {
			s.exact, s.lossy = nil, true
		}
	}
	s.addBucket(bucketOf(x), 1)
	return true
}

func (s *sketch) addBucket(i int, c int64) {
	if i == zeroBucket {
		s.zero += c
		return
	}
	if len(s.counts) == 0 {
		s.off = i
		s.counts = append(s.counts, 0)
	}
	if i < s.off {
		grow := s.off - i
		s.counts = append(make([]int64, grow, grow+len(s.counts)), s.counts...)
		s.off = i
	}
	for i-s.off >= len(s.counts) {
		s.counts = append(s.counts, 0)
	}
	s.counts[i-s.off] += c
}

func (s *sketch) merge(o *sketch) {
	if o.n == 0 {
		return
	}
	if !s.lossy && !o.lossy && len(s.exact)+len(o.exact) <= exactCap {
		s.exact = append(s.exact, o.exact...)
	} else {
		s.exact, s.lossy = nil, true
	}
	s.n += o.n
	s.zero += o.zero
	for j, c := range o.counts {
		if c != 0 {
			s.addBucket(o.off+j, c)
		}
	}
}

// rank is the nearest-rank position (1-based) of quantile q among n values.
func rank(q float64, n int64) int64 {
	r := int64(math.Ceil(q*float64(n) - 1e-9))
	return min(max(r, 1), n)
}

// quantile returns the nearest-rank q-quantile: exact while the sketch
// holds every value, else within 1 %. It returns 0 for an empty sketch.
// It does not modify the sketch (so concurrent Compares may share windows).
func (s *sketch) quantile(q float64) float64 {
	if s.n == 0 {
		return 0
	}
	r := rank(q, s.n)
	if !s.lossy {
		v := slices.Clone(s.exact)
		slices.Sort(v)
		return v[r-1]
	}
	return bucketValue(pooledBucketAtRank(r, s))
}

// pooledBucketAtRank returns the bucket holding the r-th smallest value of
// the sketches taken together.
func pooledBucketAtRank(r int64, ss ...*sketch) int {
	var cum int64
	lo, hi := math.MaxInt, math.MinInt
	for _, s := range ss {
		cum += s.zero
		if len(s.counts) > 0 {
			lo = min(lo, s.off)
			hi = max(hi, s.off+len(s.counts)-1)
		}
	}
	if cum >= r {
		return zeroBucket
	}
	for i := lo; i <= hi; i++ {
		for _, s := range ss {
			if j := i - s.off; j >= 0 && j < len(s.counts) {
				cum += s.counts[j]
			}
		}
		if cum >= r {
			return i
		}
	}
	return hi
}

// countAbove returns how many values fall in buckets above bucket b.
func (s *sketch) countAbove(b int) int64 {
	if b == zeroBucket {
		return s.n - s.zero
	}
	var c int64
	for j := max(b+1-s.off, 0); j < len(s.counts); j++ {
		c += s.counts[j]
	}
	return c
}
