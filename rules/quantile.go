package rules

import (
	"math"
	"sort"
)

// qsketch is a mergeable quantile sketch with relative accuracy (the
// DDSketch scheme): a value x > 0 falls in bin ceil(log_γ x) with
// γ = (1+α)/(1−α), so any quantile is returned within a relative error α.
// Bins are sparse; past maxBins the lowest bins collapse into one, which
// keeps high quantiles (the ones alerts ask for) exact to α.
//
// vigil implements the scheme itself because the sketch module in go.mod
// needs protobuf, which the module graph does not carry.
type qsketch struct {
	pos, neg map[int32]float64
	zero     float64
	count    float64
	min, max float64
}

const (
	qAccuracy = 0.01
	qMaxBins  = 2048
)

var (
	qGamma    = (1 + qAccuracy) / (1 - qAccuracy)
	qLogGamma = math.Log(qGamma)
	// qMinValue is the smallest magnitude kept apart from zero.
	qMinValue = 1e-9
)

func newSketch() *qsketch {
	return &qsketch{pos: map[int32]float64{}, neg: map[int32]float64{}}
}

func qIndex(x float64) int32 { return int32(math.Ceil(math.Log(x) / qLogGamma)) }

func qValue(i int32) float64 { return 2 * math.Pow(qGamma, float64(i)) / (qGamma + 1) }

// Add records a value.
func (s *qsketch) Add(x float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return
	}
	if s.count == 0 || x < s.min {
		s.min = x
	}
	if s.count == 0 || x > s.max {
		s.max = x
	}
	s.count++
	switch {
	case x > qMinValue:
		s.pos[qIndex(x)]++
		collapse(s.pos)
	case x < -qMinValue:
		s.neg[qIndex(-x)]++
		collapse(s.neg)
	default:
		s.zero++
	}
}

// collapse merges the bins of the smallest magnitudes (nearest zero) when
// there are more than qMaxBins, down to 7/8 of it so the sort is rare.
func collapse(m map[int32]float64) {
	if len(m) <= qMaxBins {
		return
	}
	keys := make([]int32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	extra := len(keys) - qMaxBins + qMaxBins/8
	target := keys[extra]
	for _, k := range keys[:extra] {
		m[target] += m[k]
		delete(m, k)
	}
}

// Clear empties the sketch, keeping its maps.
func (s *qsketch) Clear() {
	clear(s.pos)
	clear(s.neg)
	s.zero, s.count, s.min, s.max = 0, 0, 0, 0
}

// IsEmpty reports whether nothing was added.
func (s *qsketch) IsEmpty() bool { return s.count == 0 }

// MergeWith adds o's values to s.
func (s *qsketch) MergeWith(o *qsketch) {
	if o.count == 0 {
		return
	}
	if s.count == 0 || o.min < s.min {
		s.min = o.min
	}
	if s.count == 0 || o.max > s.max {
		s.max = o.max
	}
	s.count += o.count
	s.zero += o.zero
	for k, v := range o.pos {
		s.pos[k] += v
	}
	for k, v := range o.neg {
		s.neg[k] += v
	}
	collapse(s.pos)
	collapse(s.neg)
}

// Quantile returns the value at quantile q in [0, 1] (NaN when empty).
func (s *qsketch) Quantile(q float64) float64 {
	if s.count == 0 {
		return math.NaN()
	}
	if q <= 0 {
		return s.min
	}
	if q >= 1 {
		return s.max
	}
	rank := q * (s.count - 1)
	var acc float64
	// Negatives, most negative first: highest magnitude index first.
	if len(s.neg) > 0 {
		keys := sortedIdx(s.neg)
		for i := len(keys) - 1; i >= 0; i-- {
			acc += s.neg[keys[i]]
			if acc > rank {
				return clamp(-qValue(keys[i]), s.min, s.max)
			}
		}
	}
	acc += s.zero
	if acc > rank {
		return 0
	}
	for _, k := range sortedIdx(s.pos) {
		acc += s.pos[k]
		if acc > rank {
			return clamp(qValue(k), s.min, s.max)
		}
	}
	return s.max
}

func sortedIdx(m map[int32]float64) []int32 {
	keys := make([]int32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }
