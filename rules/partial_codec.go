package rules

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/DataDog/sketches-go/ddsketch"
	"github.com/axiomhq/hyperloglog"
)

// partialVersion is the first byte of an encoded Partial; it changes when
// the layout does.
const partialVersion = 1

// ErrPartialVersion is returned by DecodePartial for an encoding of
// another version.
var ErrPartialVersion = errors.New("rules: partial: unknown encoding version")

// MarshalBinary encodes the partial: a version byte, then varints,
// length-prefixed strings and little-endian floats; quantile sketches in
// sketches-go's own encoding (without the index mapping, which every
// vigil sketch shares) and HyperLogLogs in hyperloglog's.
func (p *Partial) MarshalBinary() ([]byte, error) {
	return p.AppendBinary(make([]byte, 0, 256))
}

// AppendBinary appends the partial's encoding (MarshalBinary) to b.
func (p *Partial) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, partialVersion, byte(p.Kind))
	b = appendString(b, p.Rule)
	b = appendString(b, p.hash)
	b = appendString(b, p.Series)
	b = binary.AppendUvarint(b, uint64(len(p.Labels)))
	for _, l := range p.Labels {
		b = appendString(b, l)
	}
	b = binary.AppendVarint(b, minuteOf(p.Minute))
	b = appendTime(b, p.Newest)
	b = binary.AppendUvarint(b, uint64(p.Events))
	b = appendBytes(b, p.Source)
	switch p.Kind {
	case PartialSeries:
		if p.agg == nil {
			return nil, errors.New("rules: partial: a series partial without aggregates")
		}
		var err error
		if b, err = p.agg.appendBinary(b); err != nil {
			return nil, fmt.Errorf("rules: partial of rule %s: %w", p.Rule, err)
		}
	case PartialJobs:
		b = binary.AppendUvarint(b, uint64(len(p.jobs)))
		for i := range p.jobs {
			b = appendJobObs(b, &p.jobs[i])
		}
	case PartialDeploys:
		b = binary.AppendUvarint(b, uint64(len(p.deploys)))
		for i := range p.deploys {
			b = appendDeployObs(b, &p.deploys[i])
		}
	default:
		return nil, fmt.Errorf("rules: partial: unknown kind %d", p.Kind)
	}
	return b, nil
}

func (a *partialAgg) appendBinary(b []byte) ([]byte, error) {
	b = binary.AppendUvarint(b, uint64(a.maxSamples))
	b = appendFloat(b, a.b.n)
	b = binary.AppendVarint(b, a.b.last)
	b = binary.AppendVarint(b, a.first)
	b = appendBytes(b, a.ops)
	for i := range a.ops {
		b = appendFloat(b, a.b.f[i])
	}
	b = binary.AppendUvarint(b, uint64(len(a.b.sk)))
	for _, s := range a.b.sk {
		if s == nil || s.IsEmpty() {
			b = binary.AppendUvarint(b, 0)
			continue
		}
		var enc []byte
		s.s.Encode(&enc, true)
		b = appendBytes(b, enc)
	}
	b = binary.AppendUvarint(b, uint64(len(a.b.hll)))
	for _, h := range a.b.hll {
		if h == nil {
			b = binary.AppendUvarint(b, 0)
			continue
		}
		enc, err := h.MarshalBinary()
		if err != nil {
			return nil, err
		}
		b = appendBytes(b, enc)
	}
	b = binary.AppendUvarint(b, uint64(len(a.b.nar)))
	for i := range a.b.nar {
		nc := &a.b.nar[i]
		b = binary.AppendUvarint(b, uint64(len(nc.vals)))
		for j, v := range nc.vals {
			b = appendString(b, v)
			b = appendFloat(b, nc.n[j])
		}
		b = appendFloat(b, nc.other)
	}
	b = binary.AppendUvarint(b, uint64(len(a.streaks)))
	for _, seq := range a.streaks {
		b = binary.AppendUvarint(b, uint64(len(seq)))
		var prev int64
		for k, x := range seq {
			d := x.t - prev
			if k == 0 {
				b = binary.AppendVarint(b, x.t)
				d = 0
			}
			if d < 0 {
				return nil, errors.New("consecutive() sequence out of time order")
			}
			bit := uint64(0)
			if x.hit {
				bit = 1
			}
			b = binary.AppendUvarint(b, uint64(d)<<1|bit)
			prev = x.t
		}
	}
	b = binary.AppendUvarint(b, uint64(len(a.changes)))
	for _, seq := range a.changes {
		b = binary.AppendUvarint(b, uint64(len(seq)))
		var prev int64
		for k, x := range seq {
			d := x.t - prev
			if k == 0 {
				b = binary.AppendVarint(b, x.t)
				d = 0
			}
			if d < 0 {
				return nil, errors.New("changed() sequence out of time order")
			}
			b = binary.AppendUvarint(b, uint64(d))
			b = appendString(b, x.v)
			prev = x.t
		}
	}
	b = binary.AppendUvarint(b, uint64(len(a.news)))
	for _, list := range a.news {
		b = binary.AppendUvarint(b, uint64(len(list)))
		for _, s := range list {
			b = appendString(b, s.v)
			b = binary.AppendVarint(b, s.first)
			b = binary.AppendVarint(b, s.last-s.first)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(a.samples)))
	for _, s := range a.samples {
		b = binary.AppendVarint(b, s.t)
		b = appendBytes(b, s.json)
		b = appendBytes(b, s.trace)
	}
	return b, nil
}

func appendJobObs(b []byte, o *jobObs) []byte {
	b = appendString(b, o.Job)
	b = appendString(b, o.Status)
	b = appendString(b, o.Service)
	known := byte(0)
	if o.Known {
		known = 1
	}
	b = append(b, known)
	b = appendTime(b, o.At)
	b = binary.AppendVarint(b, int64(o.Dur))
	b = appendBytes(b, o.JSON)
	return appendString(b, o.Trace)
}

func appendDeployObs(b []byte, o *deployObs) []byte {
	b = appendTime(b, o.At)
	b = appendString(b, o.Service)
	b = appendString(b, o.Version)
	b = appendString(b, o.Code)
	b = appendString(b, o.Msg)
	b = appendString(b, o.Trace)
	b = appendFloat(b, o.Status)
	b = appendFloat(b, o.Dur)
	b = appendFloat(b, o.Delay)
	b = append(b, o.Flags&^obsQueued)
	return appendBytes(b, o.Sample)
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendBytes(b, s []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendFloat(b []byte, f float64) []byte {
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
}

// appendTime writes a time as unix nanoseconds, 0 for the zero time.
func appendTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, 0)
	}
	b = append(b, 1)
	return binary.AppendVarint(b, t.UnixNano())
}

// DecodePartial decodes MarshalBinary's output. Malformed input is an
// error, never a panic; a partial that decodes may still not fit the
// rules stage two runs, which Stage2.Merge checks.
func DecodePartial(data []byte) (p *Partial, err error) {
	d := &decoder{b: data}
	v := d.byte()
	if d.err == nil && v != partialVersion {
		return nil, fmt.Errorf("%w %d (want %d)", ErrPartialVersion, v, partialVersion)
	}
	p = &Partial{Kind: PartialKind(d.byte())}
	p.Rule = d.string()
	p.hash = d.string()
	p.Series = d.string()
	if n := d.count(1); n > 0 {
		p.Labels = make([]string, n)
		for i := range p.Labels {
			p.Labels[i] = d.string()
		}
	}
	minute := d.varint()
	if minute < -minuteLimit || minute > minuteLimit {
		d.fail("minute out of range")
	}
	p.Minute = minuteTime(minute)
	p.Newest = d.time()
	p.Events = int(min(d.uvarint(), math.MaxInt32))
	p.Source = d.bytes()
	switch p.Kind {
	case PartialSeries:
		p.agg = d.agg()
	case PartialJobs:
		n := d.count(8)
		for i := 0; i < n && d.err == nil; i++ {
			p.jobs = append(p.jobs, d.jobObs())
		}
	case PartialDeploys:
		n := d.count(30)
		for i := 0; i < n && d.err == nil; i++ {
			p.deploys = append(p.deploys, d.deployObs())
		}
	default:
		d.fail(fmt.Sprintf("unknown kind %d", p.Kind))
	}
	if d.err == nil && len(d.b) > 0 {
		d.fail(fmt.Sprintf("%d bytes after the partial", len(d.b)))
	}
	if d.err != nil {
		return nil, fmt.Errorf("rules: partial: %w", d.err)
	}
	return p, nil
}

// minuteLimit bounds a decoded minute (unix minutes, ±10,000 years).
const minuteLimit = 10000 * 366 * 24 * 60

// decoder reads an encoding, remembering the first error; after it every
// read returns zero values.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = errors.New(msg)
	}
	d.b = nil
}

func (d *decoder) byte() byte {
	if len(d.b) < 1 {
		d.fail("truncated")
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("truncated or bad varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("truncated or bad varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a length of elements of at least size bytes each, refusing
// one the rest of the input cannot hold.
func (d *decoder) count(size int) int {
	n := d.uvarint()
	if d.err == nil && n > uint64(len(d.b)/size) {
		d.fail(fmt.Sprintf("count %d larger than the input", n))
		return 0
	}
	return int(n)
}

func (d *decoder) bytes() []byte {
	n := d.count(1)
	if d.err != nil || n == 0 {
		return nil
	}
	out := make([]byte, n)
	copy(out, d.b[:n])
	d.b = d.b[n:]
	return out
}

func (d *decoder) string() string {
	n := d.count(1)
	if d.err != nil || n == 0 {
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) float() float64 {
	if len(d.b) < 8 {
		d.fail("truncated")
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return f
}

func (d *decoder) time() time.Time {
	switch d.byte() {
	case 0:
		return time.Time{}
	case 1:
		return time.Unix(0, d.varint()).UTC()
	}
	d.fail("bad time")
	return time.Time{}
}

func (d *decoder) agg() *partialAgg {
	a := &partialAgg{}
	a.maxSamples = int(min(d.uvarint(), 1<<16))
	a.b.n = d.float()
	if a.b.n < 0 || math.IsNaN(a.b.n) || math.IsInf(a.b.n, 0) {
		d.fail("bad event count")
	}
	a.b.last = d.varint()
	a.first = d.varint()
	a.ops = d.bytes()
	for _, op := range a.ops {
		if op >= opsLimit {
			d.fail("bad aggregate layout")
		}
	}
	for i := 0; i+1 < len(a.ops); i++ {
		if a.ops[i] == opMin || a.ops[i] == opMax {
			if a.ops[i+1] != opCount {
				d.fail("bad aggregate layout")
			}
			i++
		} else if a.ops[i] == opCount {
			d.fail("bad aggregate layout")
		}
	}
	if n := len(a.ops); n > 0 && (a.ops[n-1] == opMin || a.ops[n-1] == opMax) {
		d.fail("bad aggregate layout")
	}
	if len(a.ops) > len(d.b)/8 {
		d.fail("truncated")
	}
	if d.err != nil {
		return nil
	}
	a.b.f = make([]float64, len(a.ops))
	for i := range a.b.f {
		a.b.f[i] = d.float()
	}
	if n := d.count(1); n > 0 {
		a.b.sk = make([]*qsketch, n)
		for i := range a.b.sk {
			if enc := d.bytes(); len(enc) > 0 {
				s, err := decodePartialSketch(enc)
				if err != nil {
					d.fail("quantile sketch: " + err.Error())
					return nil
				}
				a.b.sk[i] = s
			}
		}
	}
	if n := d.count(1); n > 0 {
		a.b.hll = make([]*hyperloglog.Sketch, n)
		for i := range a.b.hll {
			if enc := d.bytes(); len(enc) > 0 {
				h, err := decodeHLL(enc)
				if err != nil {
					d.fail("distinct sketch: " + err.Error())
					return nil
				}
				a.b.hll[i] = h
			}
		}
	}
	if n := d.count(1); n > 0 {
		a.b.nar = make([]narrowCount, n)
		for i := range a.b.nar {
			nc := &a.b.nar[i]
			k := d.count(9)
			if k > partialNarrowSlots {
				d.fail("too many narrowing values")
			}
			for j := 0; j < k && d.err == nil; j++ {
				nc.vals = append(nc.vals, d.string())
				nc.n = append(nc.n, d.float())
			}
			nc.other = d.float()
		}
	}
	if n := d.count(1); n > 0 {
		a.streaks = make([][]seqBool, n)
		for i := range a.streaks {
			k := d.count(1)
			var t int64
			for j := 0; j < k && d.err == nil; j++ {
				if j == 0 {
					t = d.varint()
				}
				x := d.uvarint()
				if x>>1 > math.MaxInt64/4 {
					d.fail("bad time step")
				}
				t += int64(x >> 1)
				a.streaks[i] = append(a.streaks[i], seqBool{t: t, hit: x&1 == 1})
			}
		}
	}
	if n := d.count(1); n > 0 {
		a.changes = make([][]seqText, n)
		for i := range a.changes {
			k := d.count(2)
			var t int64
			for j := 0; j < k && d.err == nil; j++ {
				if j == 0 {
					t = d.varint()
				}
				x := d.uvarint()
				if x > math.MaxInt64/4 {
					d.fail("bad time step")
				}
				t += int64(x)
				a.changes[i] = append(a.changes[i], seqText{t: t, v: d.string()})
			}
		}
	}
	if n := d.count(1); n > 0 {
		a.news = make([][]newSpan, n)
		for i := range a.news {
			k := d.count(3)
			if k > maxNewValues {
				d.fail("too many new values")
			}
			for j := 0; j < k && d.err == nil; j++ {
				s := newSpan{v: d.string(), first: d.varint()}
				span := d.varint()
				if span < 0 || span > 60 {
					d.fail("bad sighting span")
				}
				s.last = s.first + span
				a.news[i] = append(a.news[i], s)
			}
		}
	}
	n := d.count(3)
	if n > a.maxSamples {
		d.fail("more samples than the partial keeps")
	}
	for j := 0; j < n && d.err == nil; j++ {
		s := partialSample{t: d.varint()}
		s.json, s.trace = d.bytes(), d.bytes()
		if j > 0 && s.t < a.samples[j-1].t {
			d.fail("samples out of time order")
		}
		a.samples = append(a.samples, s)
	}
	if d.err != nil {
		return nil
	}
	return a
}

func (d *decoder) jobObs() jobObs {
	o := jobObs{Job: d.string(), Status: d.string(), Service: d.string()}
	o.Known = d.byte() == 1
	o.At = d.time()
	o.Dur = time.Duration(d.varint())
	o.JSON = d.bytes()
	o.Trace = d.string()
	if d.err == nil && (o.Job == "" || o.Status == "" || o.At.IsZero()) {
		d.fail("job event without name, status or time")
	}
	return o
}

func (d *decoder) deployObs() deployObs {
	o := deployObs{At: d.time()}
	o.Service, o.Version, o.Code, o.Msg, o.Trace = d.string(), d.string(), d.string(), d.string(), d.string()
	o.Status, o.Dur, o.Delay = d.float(), d.float(), d.float()
	o.Flags = d.byte() &^ obsQueued
	o.Sample = d.bytes()
	if d.err == nil && (o.Service == "" || o.At.IsZero()) {
		d.fail("deploy observation without service or time")
	}
	return o
}

// decodePartialSketch decodes a sketch encoded without its index mapping.
// sketches-go's decoder is not hardened against arbitrary input: a panic
// in it is an error here.
func decodePartialSketch(b []byte) (s *qsketch, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("malformed: %v", r)
		}
	}()
	d, err := ddsketch.DecodeDDSketchWithExactSummaryStatistics(b, qStore, qMapping)
	if err != nil {
		return nil, err
	}
	if c := d.GetCount(); c < 0 || math.IsNaN(c) || math.IsInf(c, 0) {
		return nil, errors.New("bad count")
	}
	return &qsketch{s: d}, nil
}

// hllPrecision is hyperloglog.New14's; the second byte of its encoding.
const hllPrecision = 14

// decodeHLL decodes a HyperLogLog of the precision the engine uses.
func decodeHLL(b []byte) (h *hyperloglog.Sketch, err error) {
	defer func() {
		if r := recover(); r != nil {
			h, err = nil, fmt.Errorf("malformed: %v", r)
		}
	}()
	if len(b) > 1 && b[1] != hllPrecision {
		return nil, fmt.Errorf("precision %d, want %d", b[1], hllPrecision)
	}
	h = hyperloglog.New14()
	if err := h.UnmarshalBinary(b); err != nil {
		return nil, err
	}
	return h, nil
}
