package rules

import (
	"math"

	"github.com/DataDog/sketches-go/ddsketch"
	"github.com/DataDog/sketches-go/ddsketch/mapping"
	"github.com/DataDog/sketches-go/ddsketch/store"
)

// qsketch is a mergeable quantile sketch with relative accuracy: DDSketch
// (github.com/DataDog/sketches-go) with a logarithmic mapping of 1 %
// accuracy, at most qMaxBins bins per sign (past that the bins nearest zero
// collapse, which keeps the high quantiles alerts ask for exact to 1 %), and
// exact count, minimum and maximum. Its binary encoding is sketches-go's,
// so a partial aggregate can be checkpointed or sent to another process and
// merged there.
type qsketch struct {
	s *ddsketch.DDSketchWithExactSummaryStatistics
}

const (
	qAccuracy = 0.01
	qMaxBins  = 2048
)

// qMapping is shared by every sketch: merging needs equal mappings.
var qMapping = func() mapping.IndexMapping {
	m, err := mapping.NewLogarithmicMapping(qAccuracy)
	if err != nil {
		panic(err) // a constant accuracy in (0, 1)
	}
	return m
}()

func qStore() store.Store { return store.NewCollapsingLowestDenseStore(qMaxBins) }

func newSketch() *qsketch {
	return &qsketch{s: ddsketch.NewDDSketchWithExactSummaryStatistics(qMapping, qStore)}
}

// Add records a value; NaN and infinities are ignored.
func (s *qsketch) Add(x float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return
	}
	_ = s.s.Add(x) // only values beyond the mapping's range (±1e308) fail
}

// Clear empties the sketch, keeping its stores.
func (s *qsketch) Clear() { s.s.Clear() }

// IsEmpty reports whether nothing was added.
func (s *qsketch) IsEmpty() bool { return s.s.IsEmpty() }

// MergeWith adds o's values to s.
func (s *qsketch) MergeWith(o *qsketch) {
	if o.s.IsEmpty() {
		return
	}
	_ = s.s.MergeWith(o.s) // equal mappings: cannot fail
}

// Quantile returns the value at quantile q in [0, 1] (NaN when empty): the
// minimum at 0, the maximum at 1, else within 1 % of the value at rank
// q·(count−1).
func (s *qsketch) Quantile(q float64) float64 {
	if s.s.IsEmpty() {
		return math.NaN()
	}
	var v float64
	switch {
	case q <= 0:
		v, _ = s.s.GetMinValue()
	case q >= 1:
		v, _ = s.s.GetMaxValue()
	default:
		v, _ = s.s.GetValueAtQuantile(q)
	}
	return v
}

// MarshalBinary encodes the sketch in sketches-go's format (the mapping
// included).
func (s *qsketch) MarshalBinary() []byte {
	var b []byte
	s.s.Encode(&b, false)
	return b
}

// decodeSketch decodes MarshalBinary's output.
func decodeSketch(b []byte) (*qsketch, error) {
	d, err := ddsketch.DecodeDDSketchWithExactSummaryStatistics(b, qStore, nil)
	if err != nil {
		return nil, err
	}
	return &qsketch{s: d}, nil
}

// legacyBinValue is the value of bin i of the sketch state files written
// before sketches-go (γ = (1+α)/(1−α), a value in bin ceil(log_γ x)).
func legacyBinValue(i int32) float64 {
	g := (1 + qAccuracy) / (1 - qAccuracy)
	return 2 * math.Pow(g, float64(i)) / (g + 1)
}
