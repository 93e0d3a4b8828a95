// Package sim simulates the back office of a cross-border e-commerce store
// selling on Amazon, Shopify, Shopee and Lazada, and writes what its services
// would log: one ECS JSON object per line (docs/architecture.md §3), in simulated event
// time.
//
// The traffic is deterministic: the same Config (and Seed) gives
// byte-identical output. It follows a daily and a weekly rhythm with Poisson
// arrivals, carries ordinary noise (an occasional 429, error or slow sync),
// buyer PII in structured fields and in free text, scheduled job heartbeats,
// deployments, a few deliberately malformed lines, and a script of incidents
// (see Incidents) that vigil's rules and detectors are expected to catch.
//
// Lines carry, as nested objects (or dotted keys, see Config.DottedKeys):
// @timestamp, log.level, service.name and
// service.version, host.name, message, event.action and event.duration (ns),
// http.request.method, http.response.status_code, url.domain, url.path,
// url.query, error.code/type/message, trace.id, transaction.id,
// shop.platform/id/region, sync.kind and sync.delay_seconds, job.name and
// job.status, buyer.name/email/phone, shipping.address.street/city/
// postal_code/country, order.id/sku/quantity/amount/currency and
// shipment.carrier/tracking_number. Services are order-sync, inventory-sync,
// payment-callback, amazon-api, shopify-webhook and job-runner, whose
// heartbeats (job.status started, succeeded, failed) cover the
// inventory-full-sync (every 15 min), price-scraper (hourly) and crawler
// (every 10 min) jobs; event.action "deploy" marks a deployment.
//
// Simulator feeds `vigil demo`, the docker-compose simulator, tests and the
// samples under testdata (WriteNDJSON). PII returns every buyer value it
// emitted, the ground truth for redaction leakage tests.
package sim

import (
	"bytes"
	"container/heap"
	"math"
	"math/rand/v2"
	"time"

	"github.com/brianvoe/gofakeit/v7"
)

// Defaults applied by New to zero fields of Config.
const (
	DefaultRate           = 20.0
	DefaultDuration       = 24 * time.Hour
	DefaultShops          = 8
	DefaultMalformedEvery = 5000
)

// DefaultStart is the simulated start used when Config.Start is zero.
var DefaultStart = time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)

// minShops is the smallest store that still has every platform and the shops
// the incident script names.
const minShops = 5

// Config shapes a simulation. Zero fields take the defaults above, except
// MalformedEvery, where zero means no malformed lines (DefaultConfig sets it).
type Config struct {
	// Start is the beginning of the simulated span; incidents are placed
	// relative to it, the daily rhythm follows the UTC clock. Zero means
	// DefaultStart.
	Start time.Time
	// Seed makes the run reproducible; every seed, including 0, is fixed.
	Seed int64
	// Rate is the mean number of events per simulated second at the daily
	// peak of an ordinary weekday. Zero means DefaultRate.
	Rate float64
	// Duration is the simulated span. Zero means DefaultDuration.
	Duration time.Duration
	// Shops is the number of marketplace shops (at least 5). Zero means
	// DefaultShops.
	Shops int
	// MalformedEvery makes every Nth line malformed on purpose (truncated
	// JSON, a missing or non-RFC 3339 @timestamp). Zero turns it off.
	MalformedEvery int
	// Skip simulates the first Skip of the span without returning its
	// lines, so that a sample of, say, 08:00-09:00 is exactly that hour of
	// the full run. PII and Counts cover only returned lines.
	Skip time.Duration
	// DottedKeys writes flat dotted keys ("service.name": …) instead of
	// nested objects, as some ECS logging libraries do. Values and
	// randomness are the same as in nested mode.
	DottedKeys bool
	// OnPII, when set, receives each emitted PII value as it is first
	// written, and the simulator keeps none in memory (PII returns nil).
	// It runs on the goroutine calling Next.
	OnPII func(PIIValue)
}

// DefaultConfig returns the configuration `vigil demo` uses: a day of
// traffic from DefaultStart at DefaultRate, with malformed lines.
func DefaultConfig() Config {
	return Config{
		Start:          DefaultStart,
		Seed:           1,
		Rate:           DefaultRate,
		Duration:       DefaultDuration,
		Shops:          DefaultShops,
		MalformedEvery: DefaultMalformedEvery,
	}
}

// service is one of the store's services that logs.
type service struct {
	name    string
	version string
	hosts   []string
}

// shop is one storefront on a marketplace.
type shop struct {
	id, platform, region string
	locale               string // buyers' home locale
	currency             string
	domain               string // API or storefront domain
	marketplace          string // Amazon marketplace id
	nextOrder            int    // Shopify order number
}

// Simulator generates the log stream. It is not safe for concurrent use.
type Simulator struct {
	cfg  Config
	rng  *rand.Rand
	fake *gofakeit.Faker

	start, end int64 // unix ns
	now        int64 // unix ns of the current event
	lmax       float64
	arrival    int64 // next Poisson arrival, unix ns; >= end when none
	sched      schedule
	seq        uint64

	services map[string]*service
	svcList  []*service
	shops    []*shop
	amazon   []*shop
	shopify  []*shop
	nonAMZ   []*shop
	skus     []skuInfo

	pools     map[string]*buyerPool
	pii       []PIIValue
	pending   []pendingPII
	escBuf    []byte
	piiSeen   map[PIIValue]struct{}
	incidents []Incident
	inc       incidentWindows

	rec        record
	msg        []byte
	tsBuf      []byte
	tsDay      int64  // unix day number cached in tsBuf's date prefix
	dotScratch []byte // key prefix space in DottedKeys mode, nil otherwise
	lineBuf    []byte // scratch for truncated lines
	outBuf     []byte // Next's encoding buffer

	emitFrom     int64 // unix ns; earlier lines are simulated, not returned
	skipping     bool  // the current line is before emitFrom
	produced     int   // lines simulated, returned or skipped
	lines        int   // lines returned
	malformed    int   // malformed lines returned
	malformDue   bool
	lastBad      bool
	badKind      int
	malformCycle int
}

// New returns a simulator for cfg, filling defaults for zero fields.
func New(cfg Config) *Simulator {
	if cfg.Start.IsZero() {
		cfg.Start = DefaultStart
	}
	if cfg.Rate <= 0 {
		cfg.Rate = DefaultRate
	}
	if cfg.Duration <= 0 {
		cfg.Duration = DefaultDuration
	}
	if cfg.Shops == 0 {
		cfg.Shops = DefaultShops
	}
	if cfg.Shops < minShops {
		cfg.Shops = minShops
	}
	if cfg.MalformedEvery < 0 {
		cfg.MalformedEvery = 0
	}
	if cfg.Skip < 0 {
		cfg.Skip = 0
	}
	src := rand.NewPCG(uint64(cfg.Seed), 0x9e3779b97f4a7c15)
	s := &Simulator{
		cfg:     cfg,
		rng:     rand.New(src),
		fake:    gofakeit.NewFaker(src, false),
		start:   cfg.Start.UnixNano(),
		tsDay:   math.MinInt64,
		piiSeen: make(map[PIIValue]struct{}),
	}
	s.end = s.start + int64(cfg.Duration)
	s.emitFrom = s.start + int64(cfg.Skip)
	if cfg.DottedKeys {
		s.dotScratch = make([]byte, 0, 64)
	}
	s.lmax = cfg.Rate * maxWeekly
	s.setupServices()
	s.setupShops()
	s.setupSKUs()
	s.pools = make(map[string]*buyerPool, len(locales))
	for _, code := range localeOrder {
		s.pools[code] = &buyerPool{loc: locales[code]}
	}
	s.setupIncidents()
	s.setupSchedule()
	s.arrival = s.start
	s.advanceArrival()
	return s
}

// Next returns the next log line (without newline) and its simulated time.
// Times never decrease. ok is false once the simulated Duration is over.
// The returned slice is the caller's to keep.
func (s *Simulator) Next() (line []byte, at time.Time, ok bool) {
	s.outBuf, at, ok = s.AppendNext(s.outBuf[:0])
	if !ok {
		return nil, at, false
	}
	return bytes.Clone(s.outBuf), at, true
}

// AppendNext is Next appending the line to dst, for callers that reuse a
// buffer.
func (s *Simulator) AppendNext(dst []byte) ([]byte, time.Time, bool) {
	for {
		useSched := len(s.sched) > 0 && s.sched[0].at <= s.arrival
		var at int64
		if useSched {
			at = s.sched[0].at
		} else {
			at = s.arrival
		}
		if at >= s.end {
			return dst, time.Time{}, false
		}
		s.now = at
		s.skipping = at < s.emitFrom
		s.rec = record{}
		s.msg = s.msg[:0]
		s.pending = s.pending[:0]
		var emitted bool
		if useSched {
			it := heap.Pop(&s.sched).(*schedItem)
			emitted = it.fire(s, it)
		} else {
			s.advanceArrival()
			emitted = s.traffic()
		}
		if !emitted {
			continue
		}
		s.produced++
		if s.cfg.MalformedEvery > 0 && s.produced%s.cfg.MalformedEvery == 0 {
			s.malformDue = true
		}
		bad := s.malformDue && !useSched
		if bad {
			s.malformDue = false
			s.badKind = s.malformCycle % 3
			s.malformCycle++
		}
		if s.skipping {
			continue
		}
		s.lines++
		s.lastBad = bad
		n := len(dst)
		if bad {
			s.malformed++
			dst = s.appendMalformed(dst)
			s.commitPII(dst[n:], s.badKind == 0)
			return dst, time.Unix(0, at).UTC(), true
		}
		s.rec.message = s.msg
		dst = s.rec.encode(dst, s.timestamp(), s.dotScratch)
		s.commitPII(nil, false)
		return dst, time.Unix(0, at).UTC(), true
	}
}

// Malformed reports whether the line last returned by Next was made
// malformed on purpose.
func (s *Simulator) Malformed() bool { return s.lastBad }

// LastService returns the service.name of the line last returned by Next
// (also for a malformed one), e.g. to key or route it; "" before the first.
func (s *Simulator) LastService() string {
	if s.rec.svc == nil {
		return ""
	}
	return s.rec.svc.name
}

// Counts returns how many lines Next has returned so far and how many of
// them were malformed on purpose.
func (s *Simulator) Counts() (lines, malformed int) { return s.lines, s.malformed }

// Config returns the configuration in use, with defaults filled in.
func (s *Simulator) Config() Config { return s.cfg }

// PII returns every buyer PII value emitted so far, each once, in order of
// first emission. It is nil when Config.OnPII is set.
func (s *Simulator) PII() []PIIValue {
	if s.cfg.OnPII != nil {
		return nil
	}
	out := make([]PIIValue, len(s.pii))
	copy(out, s.pii)
	return out
}

// appendMalformed writes the current record in one of three broken forms,
// in turn: truncated JSON, no @timestamp, a non-RFC 3339 @timestamp.
func (s *Simulator) appendMalformed(dst []byte) []byte {
	s.rec.message = s.msg
	switch s.badKind {
	case 0: // truncated
		s.lineBuf = s.rec.encode(s.lineBuf[:0], s.timestamp(), s.dotScratch)
		cut := len(s.lineBuf) / 2
		for cut > 1 && s.lineBuf[cut]&0xC0 == 0x80 { // stay on a rune boundary
			cut--
		}
		return append(dst, s.lineBuf[:cut]...)
	case 1:
		s.rec.omitTimestamp = true
	default:
		s.rec.badTimestamp = true
	}
	return s.rec.encode(dst, s.timestamp(), s.dotScratch)
}

// timestamp formats s.now as RFC 3339 UTC with milliseconds.
func (s *Simulator) timestamp() []byte {
	const nsPerDay = int64(24 * time.Hour)
	day := floorDiv(s.now, nsPerDay)
	if day != s.tsDay {
		s.tsDay = day
		s.tsBuf = time.Unix(0, day*nsPerDay).UTC().AppendFormat(s.tsBuf[:0], "2006-01-02T")
	}
	b := s.tsBuf[:11]
	rem := s.now - day*nsPerDay
	ms := rem / int64(time.Millisecond)
	h, m, sec, milli := ms/3600000, ms/60000%60, ms/1000%60, ms%1000
	b = append(b, byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10), ':',
		byte('0'+sec/10), byte('0'+sec%10), '.', byte('0'+milli/100), byte('0'+milli/10%10), byte('0'+milli%10), 'Z')
	s.tsBuf = b
	return b
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// advanceArrival draws the next Poisson arrival by thinning: candidates at
// the week's peak rate, each kept with probability rate(t)/peak.
func (s *Simulator) advanceArrival() {
	t := s.arrival
	for {
		gap := s.rng.ExpFloat64() / s.lmax
		t += int64(gap * 1e9)
		if t >= s.end {
			s.arrival = s.end
			return
		}
		if s.rng.Float64()*s.lmax <= s.rate(t) {
			break
		}
	}
	// Millisecond resolution, as services log; never before the previous one.
	t -= floorMod(t, int64(time.Millisecond))
	if t < s.arrival {
		t = s.arrival
	}
	s.arrival = t
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// schedItem is a scheduled event: a job heartbeat or a deployment.
type schedItem struct {
	at   int64
	seq  uint64
	fire func(s *Simulator, it *schedItem) bool
	job  *job
	dep  *deploy
	// job runs: the cadence slot, and for a run's end its id and duration
	slot  int64
	runID string
	dur   int64
}

// schedule is a min-heap of items by (at, seq).
type schedule []*schedItem

func (h schedule) Len() int { return len(h) }
func (h schedule) Less(i, j int) bool {
	if h[i].at != h[j].at {
		return h[i].at < h[j].at
	}
	return h[i].seq < h[j].seq
}
func (h schedule) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *schedule) Push(x any)   { *h = append(*h, x.(*schedItem)) }
func (h *schedule) Pop() any {
	old := *h
	it := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return it
}

// at schedules fire at unix ns t, rounded down to the millisecond.
func (s *Simulator) at(t int64, it *schedItem) {
	if t >= s.end {
		return
	}
	it.at = t - floorMod(t, int64(time.Millisecond))
	s.seq++
	it.seq = s.seq
	heap.Push(&s.sched, it)
}
