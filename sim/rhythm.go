package sim

import (
	"math"
	"time"
)

// diurnal holds the daily traffic shape per minute of the UTC day, scaled so
// that its peak is 1: quiet around 04:00, a late-morning peak near 11:00, a
// dip in the afternoon and the highest peak in the evening near 20:30.
var diurnal = func() [24 * 60]float64 {
	var d [24 * 60]float64
	bump := func(h, mu, sigma float64) float64 {
		x := math.Abs(h - mu)
		if x > 12 {
			x = 24 - x
		}
		return math.Exp(-0.5 * (x / sigma) * (x / sigma))
	}
	peak := 0.0
	for m := range d {
		h := float64(m) / 60
		v := 0.07 + 0.78*bump(h, 11, 2.4) + 0.92*bump(h, 20.5, 2.1) + 0.25*bump(h, 15.5, 3)
		d[m] = v
		peak = math.Max(peak, v)
	}
	for m := range d {
		d[m] /= peak
	}
	return d
}()

// weekly scales a day by its weekday (Sunday first): weekends sell more.
var weekly = [7]float64{1.12, 1.0, 1.0, 1.0, 1.02, 1.08, 1.15}

// maxWeekly is the largest weekly factor, the thinning bound.
const maxWeekly = 1.15

// rate returns the expected events per second at unix ns t.
func (s *Simulator) rate(t int64) float64 {
	const nsPerMin = int64(time.Minute)
	min := floorDiv(t, nsPerMin)
	day := floorDiv(min, 24*60)
	wd := floorMod(day+4, 7) // 1970-01-01 was a Thursday
	return s.cfg.Rate * diurnal[floorMod(min, 24*60)] * weekly[wd]
}
