package harbor

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/valyala/fastjson"

	"github.com/vigilops/vigil/evaluate"
)

// rec is one decoded line, reduced to what the checks need.
type rec struct {
	ts       int64
	svc      string
	level    string // lower case
	job      string
	status   string // job.status
	shop     string
	kind     string // sync.kind
	code     string // error.code
	action   string // event.action
	version  string
	http     int
	delay    float64 // sync.delay_seconds, NaN if absent
	dur      int64   // event.duration
	path     string  // url.path without the SKU or query (the endpoint)
	shipment bool    // a 3PL shipment confirmation
}

func (r *rec) isErr() bool { return r.level == "error" || r.level == "fatal" }

// decoded is a generated stream, decoded.
type decoded struct {
	cfg       Config
	truth     Truth
	recs      []rec
	lines     int
	broken    int
	bytes     int64
	genTime   time.Duration
	brokenErr []string

	spellings, offsets map[string]int // log.level as written, @timestamp offsets
	nested, dotted     int            // lines with nested objects, with dotted keys
	incomplete         []string       // lines without service.name, service.version or message
}

var (
	fullOnce sync.Once
	full     *decoded
	fullErr  error
)

// fullRun generates the default 60-hour stream once for every test.
func fullRun(t *testing.T) *decoded {
	t.Helper()
	fullOnce.Do(func() {
		cfg := DefaultConfig()
		if s := os.Getenv("HARBOR_TEST_SEED"); s != "" { // to try the checks on other seeds
			cfg.Seed, fullErr = strconv.ParseInt(s, 10, 64)
			if fullErr != nil {
				return
			}
		}
		full, fullErr = generateDecoded(cfg)
	})
	if fullErr != nil {
		t.Fatal(fullErr)
	}
	return full
}

type keySpec struct {
	dotted string
	parts  []string
}

func key(k string) keySpec { return keySpec{k, strings.Split(k, ".")} }

var (
	kTS, kLevel, kSvc, kVer       = key("@timestamp"), key("log.level"), key("service.name"), key("service.version")
	kJob, kJobStatus, kShop       = key("job.name"), key("job.status"), key("shop.id")
	kKind, kDelay, kCode, kAction = key("sync.kind"), key("sync.delay_seconds"), key("error.code"), key("event.action")
	kHTTP, kDur, kPath, kMsg      = key("http.response.status_code"), key("event.duration"), key("url.path"), key("message")
)

// get finds a field as a dotted key or as nested objects.
func get(v *fastjson.Value, k keySpec) *fastjson.Value {
	if x := v.Get(k.dotted); x != nil {
		return x
	}
	if len(k.parts) == 1 {
		return nil
	}
	return v.Get(k.parts...)
}

type interner map[string]string

func (in interner) s(v *fastjson.Value, k keySpec) string {
	x := get(v, k)
	if x == nil {
		return ""
	}
	b := x.GetStringBytes()
	if s, ok := in[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(in) < 5000 {
		in[s] = s
	}
	return s
}

// endpoint drops what varies per request from a path.
func endpointOf(p string) string {
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	for _, pre := range []string{"/api/v3/products/", "/api/v3/stock/", "/api/v3/reviews/", "/v2/products/HA", "/v2/prices/"} {
		if strings.HasPrefix(p, pre) {
			return pre
		}
	}
	return p
}

func generateDecoded(cfg Config) (*decoded, error) {
	d := &decoded{cfg: cfg.withDefaults(), spellings: map[string]int{}, offsets: map[string]int{}}
	d.recs = make([]rec, 0, int(d.cfg.Duration.Minutes()*d.cfg.Rate*220))
	pr, pw := io.Pipe()
	var genErr error
	done := make(chan struct{})
	t0 := time.Now()
	go func() {
		defer close(done)
		d.truth, genErr = Generate(cfg, pw)
		d.genTime = time.Since(t0)
		pw.CloseWithError(genErr)
	}()
	var p fastjson.Parser
	in := interner{}
	sc := bufio.NewScanner(pr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		d.lines++
		line := sc.Bytes()
		d.bytes += int64(len(line)) + 1
		v, err := p.ParseBytes(line)
		if err != nil || v.Type() != fastjson.TypeObject {
			d.broken++
			d.brokenErr = append(d.brokenErr, string(line))
			continue
		}
		tsRaw := string(get(v, kTS).GetStringBytes())
		ts, err := time.Parse(time.RFC3339Nano, tsRaw)
		if err != nil {
			d.broken++
			d.brokenErr = append(d.brokenErr, "bad @timestamp: "+string(line))
			continue
		}
		r := rec{
			ts:      ts.UnixNano(),
			svc:     in.s(v, kSvc),
			job:     in.s(v, kJob),
			status:  in.s(v, kJobStatus),
			shop:    in.s(v, kShop),
			kind:    in.s(v, kKind),
			code:    in.s(v, kCode),
			action:  in.s(v, kAction),
			version: in.s(v, kVer),
			delay:   math.NaN(),
		}
		lv := in.s(v, kLevel)
		d.spellings[lv]++
		r.level = strings.ToLower(lv)
		if strings.HasSuffix(tsRaw, "Z") {
			d.offsets["Z"]++
		} else {
			d.offsets[tsRaw[len(tsRaw)-6:]]++
		}
		if v.Get("service.name") == nil {
			d.nested++
		} else {
			d.dotted++
		}
		if x := get(v, kHTTP); x != nil {
			r.http = x.GetInt()
		}
		if x := get(v, kDelay); x != nil {
			r.delay = x.GetFloat64()
		}
		if x := get(v, kDur); x != nil {
			r.dur = x.GetInt64()
		}
		if x := get(v, kPath); x != nil {
			e := endpointOf(string(x.GetStringBytes()))
			if s, ok := in[e]; ok {
				e = s
			} else {
				in[e] = e
			}
			r.path = e
		}
		msg := get(v, kMsg)
		if r.svc == "" || r.version == "" || msg == nil || len(msg.GetStringBytes()) == 0 {
			d.incomplete = append(d.incomplete, string(line))
		} else {
			r.shipment = bytes.HasPrefix(msg.GetStringBytes(), []byte("shipment confirmed"))
		}
		d.recs = append(d.recs, r)
	}
	scanErr := sc.Err()
	pr.CloseWithError(scanErr)
	<-done
	if genErr != nil {
		return nil, genErr
	}
	return d, scanErr
}

// tm is an offset of the default script as a time.
func (d *decoded) tm(off time.Duration) int64 { return d.cfg.Start.Add(off).UnixNano() }

// sel returns the records in [from, to) matching keep.
func (d *decoded) sel(from, to time.Duration, keep func(r *rec) bool) []*rec {
	lo, hi := d.tm(from), d.tm(to)
	i, _ := slices.BinarySearchFunc(d.recs, lo, func(r rec, t int64) int { return cmpInt(r.ts, t) })
	var out []*rec
	for ; i < len(d.recs) && d.recs[i].ts < hi; i++ {
		if keep == nil || keep(&d.recs[i]) {
			out = append(out, &d.recs[i])
		}
	}
	return out
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func errRatio(rs []*rec) (float64, int) {
	n := 0
	for _, r := range rs {
		if r.isErr() {
			n++
		}
	}
	if len(rs) == 0 {
		return 0, 0
	}
	return float64(n) / float64(len(rs)), len(rs)
}

func ofSvc(name string) func(r *rec) bool { return func(r *rec) bool { return r.svc == name } }

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

var allowedLevels = map[string]bool{"debug": true, "info": true, "warn": true, "warning": true, "error": true, "fatal": true}

func TestStreamShape(t *testing.T) {
	d := fullRun(t)
	st := d.truth.Stats
	t.Logf("generated %d lines, %.1f MB in %v (%d malformed)", d.lines, float64(d.bytes)/1e6, d.genTime, d.broken)
	if d.lines != st.Lines || d.bytes != st.Bytes {
		t.Errorf("stats say %d lines, %d bytes; the stream has %d, %d", st.Lines, st.Bytes, d.lines, d.bytes)
	}
	if d.broken != st.Malformed || d.broken < 2 || d.broken > 40 {
		t.Errorf("%d lines do not decode, stats say %d malformed (want a few)", d.broken, st.Malformed)
	}
	if len(d.incomplete) > 0 {
		t.Errorf("%d lines lack service.name, service.version or message, e.g. %s", len(d.incomplete), d.incomplete[0])
	}
	for lv := range d.spellings {
		if !allowedLevels[strings.ToLower(lv)] {
			t.Errorf("log.level %q is not in the contract", lv)
		}
	}
	perSvc := map[string]int{}
	var prev int64
	lo, hi := d.cfg.Start.UnixNano(), d.cfg.Start.Add(d.cfg.Duration).UnixNano()
	for i := range d.recs {
		r := &d.recs[i]
		if r.ts < prev {
			t.Fatalf("line %d goes back in time", i)
		}
		prev = r.ts
		if r.ts < lo || r.ts >= hi {
			t.Fatalf("line %d at %v is outside the span", i, time.Unix(0, r.ts).UTC())
		}
		perSvc[r.svc]++
	}
	if len(d.spellings) < 10 || len(d.offsets) < 5 || d.nested < 1000 || d.dotted < 1000 {
		t.Errorf("want varied shapes: level spellings %v, offsets %v, %d nested and %d dotted lines",
			d.spellings, d.offsets, d.nested, d.dotted)
	}
	t.Logf("level spellings %v; offsets %v", d.spellings, d.offsets)
	for s, n := range perSvc {
		if st.ByService[s] != n {
			t.Errorf("%s: stats count %d lines, the stream has %d", s, st.ByService[s], n)
		}
	}
	mins := d.cfg.Duration.Minutes()
	perSec := float64(len(d.recs)) / d.cfg.Duration.Seconds()
	if perSec < 2 || perSec > 4 {
		t.Errorf("%.2f lines/s on average, want 2-4", perSec)
	}
	want := map[string][2]float64{ // average lines a minute
		"storefront-bff": {40, 90}, "catalog-api": {15, 40}, "mkt-listing": {20, 50}, "order-intake": {10, 30},
		"paybridge": {10, 30}, "erp-connector": {24, 36}, "wh-link": {5, 15}, "notify-relay": {3, 8}, "fin-jobs": {0.02, 1},
	}
	for s, w := range want {
		if got := float64(perSvc[s]) / mins; got < w[0] || got > w[1] {
			t.Errorf("%s: %.1f lines/min on average, want %v", s, got, w)
		}
	}
	// storefront-bff peaks near 200 lines a minute (the flash sale).
	peak := 0
	for m := 0; m < int(mins); m++ {
		n := len(d.sel(time.Duration(m)*time.Minute, time.Duration(m+1)*time.Minute, ofSvc("storefront-bff")))
		peak = max(peak, n)
	}
	if peak < 160 || peak > 320 {
		t.Errorf("storefront-bff's busiest minute has %d lines, want ~200", peak)
	}
}

func TestDeterministic(t *testing.T) {
	cfg := Config{Seed: 7, Duration: 3 * time.Hour}
	sum := func(cfg Config) [32]byte {
		h := sha256.New()
		if _, err := Generate(cfg, h); err != nil {
			t.Fatal(err)
		}
		return [32]byte(h.Sum(nil))
	}
	a, b := sum(cfg), sum(cfg)
	if a != b {
		t.Fatal("two runs with the same config differ")
	}
	cfg.Seed = 0
	if c := sum(cfg); c == a {
		t.Fatal("seeds 7 and 0 give the same stream")
	}
	if c, d := sum(cfg), sum(cfg); c != d {
		t.Fatal("seed 0 is not deterministic")
	}
}

func TestShortSpanAndRate(t *testing.T) {
	cfg := Config{Seed: 3, Start: DefaultStart, Duration: 6 * time.Hour}
	d, err := generateDecoded(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if d.broken != d.truth.Stats.Malformed {
		t.Fatalf("%d undecodable lines, %d malformed", d.broken, d.truth.Stats.Malformed)
	}
	end := DefaultStart.Add(6 * time.Hour)
	for _, in := range d.truth.Incidents {
		t.Errorf("incident %s starts at %v, after the 6 h span", in.ID, in.Start)
	}
	ids := []string{}
	for _, q := range d.truth.Quiet {
		ids = append(ids, q.ID)
		if q.End.After(end) {
			t.Errorf("quiet %s ends after the span", q.ID)
		}
	}
	if want := []string{"quiet-shop-nz-sf-01", "steady-compat-endpoint-catalog-api"}; !slices.Equal(ids, want) {
		t.Errorf("quiet periods of a 6 h span: %v, want %v", ids, want)
	}
	if len(d.truth.Silences) != 0 {
		t.Errorf("silences of a 6 h span: %v", d.truth.Silences)
	}
	// Rate scales ordinary traffic.
	cfg.Rate = 2
	var cnt countWriter
	tr, err := Generate(cfg, &cnt)
	if err != nil {
		t.Fatal(err)
	}
	if r := float64(tr.Stats.Lines) / float64(d.lines); r < 1.8 || r > 2.2 {
		t.Errorf("Rate 2 writes %.2f times as many lines", r)
	}
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)

func TestTruth(t *testing.T) {
	tr := DefaultConfig().Truth()
	if len(tr.Incidents) != 8 || len(tr.Quiet) != 10 || len(tr.Silences) != 2 {
		t.Fatalf("%d incidents, %d quiet periods, %d silences; want 8, 10, 2", len(tr.Incidents), len(tr.Quiet), len(tr.Silences))
	}
	for _, in := range tr.Incidents {
		if in.Labels["service.name"] == "" && in.Labels["job.name"] == "" {
			t.Errorf("incident %s names no service.name or job.name", in.ID)
		}
		if !in.End.After(in.Start) {
			t.Errorf("incident %s: end %v is not after start %v", in.ID, in.End, in.Start)
		}
		for _, q := range tr.Quiet {
			if len(q.Labels) == 0 && in.Start.Before(q.End) && q.Start.Before(in.End) {
				t.Errorf("incident %s overlaps the trap %s, which silences every alert", in.ID, q.ID)
			}
		}
	}
	var buf bytes.Buffer
	if err := tr.WriteYAML(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadTruth(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	tr.Stats = Stats{}
	if !equalTruth(tr, back) {
		t.Errorf("the YAML does not round-trip:\n%s", buf.String())
	}
	if !strings.Contains(buf.String(), "labels: {service.name: mkt-listing, shop.id: VN-SP-01}") || !strings.Contains(buf.String(), "labels: {}") {
		t.Errorf("labels are not in flow style:\n%s", buf.String())
	}
	// vigil eval reads it.
	et, err := evaluate.ParseTruth("harbor-truth.yaml", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(et.Incidents) != 8 || len(et.Quiet) != 10 || len(et.Silences) != 2 {
		t.Errorf("vigil eval reads %d incidents, %d quiet, %d silences", len(et.Incidents), len(et.Quiet), len(et.Silences))
	}
}

func equalTruth(a, b Truth) bool {
	if len(a.Incidents) != len(b.Incidents) || len(a.Quiet) != len(b.Quiet) || len(a.Silences) != len(b.Silences) {
		return false
	}
	eqMap := func(x, y map[string]string) bool {
		if len(x) != len(y) {
			return false
		}
		for k, v := range x {
			if y[k] != v {
				return false
			}
		}
		return true
	}
	for i := range a.Incidents {
		x, y := a.Incidents[i], b.Incidents[i]
		if x.ID != y.ID || !x.Start.Equal(y.Start) || !x.End.Equal(y.End) || !eqMap(x.Labels, y.Labels) || x.Description != y.Description {
			return false
		}
	}
	for i := range a.Quiet {
		x, y := a.Quiet[i], b.Quiet[i]
		if x.ID != y.ID || !x.Start.Equal(y.Start) || !x.End.Equal(y.End) || !eqMap(x.Labels, y.Labels) || x.Description != y.Description {
			return false
		}
	}
	for i := range a.Silences {
		x, y := a.Silences[i], b.Silences[i]
		if !slices.Equal(x.Matchers, y.Matchers) || !x.StartsAt.Equal(y.StartsAt) || !x.EndsAt.Equal(y.EndsAt) || x.Comment != y.Comment {
			return false
		}
	}
	return true
}

func (d *decoded) incident(t *testing.T, id string) Incident {
	t.Helper()
	for _, in := range d.truth.Incidents {
		if in.ID == id {
			return in
		}
	}
	t.Fatalf("no incident %s", id)
	return Incident{}
}

func (d *decoded) quiet(t *testing.T, id string) Quiet {
	t.Helper()
	for _, q := range d.truth.Quiet {
		if q.ID == id {
			return q
		}
	}
	t.Fatalf("no quiet period %s", id)
	return Quiet{}
}

func (d *decoded) off(tt time.Time) time.Duration { return tt.Sub(d.cfg.Start) }

// runs are a job's finished runs: start, duration, failed.
type jobRunRec struct {
	start  int64
	dur    time.Duration
	failed bool
}

func (d *decoded) runs(job string) (started []int64, done []jobRunRec) {
	for i := range d.recs {
		r := &d.recs[i]
		if r.job != job {
			continue
		}
		switch r.status {
		case "started":
			started = append(started, r.ts)
		case "succeeded", "failed":
			done = append(done, jobRunRec{start: r.ts - r.dur, dur: time.Duration(r.dur), failed: r.status == "failed"})
		}
	}
	return started, done
}

func TestIncidentsVisible(t *testing.T) {
	d := fullRun(t)
	h := time.Hour

	t.Run("shopee-vn-rate-limit", func(t *testing.T) {
		in := d.incident(t, "shopee-vn-rate-limit")
		s, e := d.off(in.Start), d.off(in.End)
		vn := func(r *rec) bool { return r.svc == "mkt-listing" && r.shop == "VN-SP-01" && r.http != 0 }
		ratio429 := func(rs []*rec) float64 {
			n := 0
			for _, r := range rs {
				if r.http == 429 {
					n++
				}
			}
			return float64(n) / float64(len(rs))
		}
		before, during := d.sel(s-3*h, s, vn), d.sel(s, rateLimitEnd, vn)
		if b, w := ratio429(before), ratio429(during); b > 0.02 || w < 0.2 {
			t.Errorf("429 ratio for VN-SP-01: %.3f before, %.3f during (want < 0.02, > 0.2)", b, w)
		}
		delays := func(rs []*rec) (xs []float64) {
			for _, r := range rs {
				if !math.IsNaN(r.delay) {
					xs = append(xs, r.delay)
				}
			}
			return xs
		}
		mb, peak := median(delays(before)), slices.Max(delays(d.sel(s, e, vn)))
		ma := median(delays(d.sel(e+5*time.Minute, e+2*h, vn)))
		if mb > 60 || peak < 10*mb || ma > 60 {
			t.Errorf("VN-SP-01 sync delay: median %.0f s before, peak %.0f s during, median %.0f s after", mb, peak, ma)
		}
		other := func(r *rec) bool { return r.svc == "mkt-listing" && r.shop != "VN-SP-01" && r.http != 0 }
		if o := ratio429(d.sel(s, rateLimitEnd, other)); o > 0.03 {
			t.Errorf("other shops' 429 ratio during the incident: %.3f", o)
		}
	})

	t.Run("fee-pull-missed-runs", func(t *testing.T) {
		in := d.incident(t, "fee-pull-missed-runs")
		started, done := d.runs("mkt-fee-pull")
		hours := map[int64]int{}
		for _, s := range started {
			hours[(s-d.tm(0))/int64(h)]++
		}
		for hr := int64(0); hr < 60; hr++ {
			want := 1
			if hr == 29 || hr == 30 { // Tuesday 05:27 and 06:27
				want = 0
			}
			if hours[hr] != want {
				t.Errorf("hour %d: %d mkt-fee-pull runs, want %d", hr, hours[hr], want)
			}
		}
		var resume *jobRunRec
		for i := range done {
			if done[i].start >= in.Start.UnixNano() {
				resume = &done[i]
				break
			}
		}
		if resume == nil || resume.failed || resume.start+int64(resume.dur) != in.End.UnixNano() {
			t.Errorf("the first run after the outage %+v should succeed at the incident's end %v", resume, in.End)
		}
		if in.Start != d.cfg.Start.Add(feeOutageFirst) {
			t.Errorf("incident starts at %v, want the first missed slot", in.Start)
		}
	})

	t.Run("paybridge-callback-failures", func(t *testing.T) {
		in := d.incident(t, "paybridge-callback-failures")
		s, e := d.off(in.Start), d.off(in.End)
		cb := func(r *rec) bool { return r.svc == "paybridge" && r.kind == "payment_callback" }
		b, nb := errRatio(d.sel(s-2*h, s, cb))
		w, nw := errRatio(d.sel(s, e, cb))
		a, _ := errRatio(d.sel(e, e+h, cb))
		if b > 0.012 || w < 0.05 || w > 0.12 || a > 0.012 || nw < 250 {
			t.Errorf("callback failure ratio %.4f before (%d), %.4f during (%d), %.4f after", b, nb, w, nw, a)
		}
	})

	t.Run("storefront-bff-deploy-regression", func(t *testing.T) {
		in := d.incident(t, "storefront-bff-deploy-regression")
		s, e := d.off(in.Start), d.off(in.End)
		markers := d.sel(0, 60*h, func(r *rec) bool { return r.svc == "storefront-bff" && r.action == "deploy" })
		if len(markers) != 2 || markers[0].ts != in.Start.UnixNano() || markers[0].version != "4.19.0" ||
			markers[1].version != "4.18.2" || markers[1].ts >= in.End.UnixNano() || markers[1].ts < in.End.UnixNano()-int64(2*time.Minute) {
			t.Fatalf("deploy markers: %+v", markers)
		}
		bff := ofSvc("storefront-bff")
		b, _ := errRatio(d.sel(s-2*h, s, bff))
		w, n := errRatio(d.sel(s, e, bff))
		a, _ := errRatio(d.sel(e, e+h, bff))
		if w < 2.5*b || w < 0.015 || a > 1.6*b+0.002 {
			t.Errorf("storefront-bff error ratio %.4f before, %.4f during (%d lines), %.4f after", b, w, n, a)
		}
		for _, r := range d.sel(s+time.Second, d.off(time.Unix(0, markers[1].ts)), bff) {
			if r.version != "4.19.0" {
				t.Fatalf("a line during the bad deploy runs %s", r.version)
			}
		}
	})

	t.Run("price-push-failing", func(t *testing.T) {
		in := d.incident(t, "price-push-failing")
		_, done := d.runs("price-push")
		var inside []jobRunRec
		var before, after *jobRunRec
		for i := range done {
			r := &done[i]
			switch {
			case r.start < in.Start.UnixNano():
				before = r
			case r.start+int64(r.dur) < in.End.UnixNano():
				inside = append(inside, *r)
			case after == nil:
				after = r
			}
		}
		if len(inside) != 5 {
			t.Fatalf("%d runs inside the incident, want 5", len(inside))
		}
		for _, r := range inside {
			if !r.failed {
				t.Errorf("run at %v succeeded inside the incident", time.Unix(0, r.start).UTC())
			}
		}
		if before == nil || before.failed || after == nil || after.failed || after.start+int64(after.dur) != in.End.UnixNano() {
			t.Errorf("runs around the incident: before %+v, after %+v", before, after)
		}
		fails := 0
		for _, r := range done {
			if r.failed {
				fails++
			}
		}
		if fails != 5+2 {
			t.Errorf("%d failed runs in the span, want 5 + 2 isolated", fails)
		}
	})

	t.Run("order-intake-new-error-code", func(t *testing.T) {
		in := d.incident(t, "order-intake-new-error-code")
		s, e := d.off(in.Start), d.off(in.End)
		code := func(r *rec) bool { return r.code == "MELI_LOGISTIC_TYPE_UNKNOWN" }
		pre, during, post := d.sel(0, s, code), d.sel(s, e, code), d.sel(e, 60*h, code)
		if len(pre) != 0 || len(post) != 0 || len(during) < 25 {
			t.Fatalf("MELI_LOGISTIC_TYPE_UNKNOWN: %d before, %d during, %d after", len(pre), len(during), len(post))
		}
		if span := time.Duration(during[len(during)-1].ts - during[0].ts); span < 40*time.Minute || time.Duration(during[0].ts-in.Start.UnixNano()) > time.Second {
			t.Errorf("the code runs from %v for %v", time.Unix(0, during[0].ts).UTC(), span)
		}
		for _, r := range during {
			if r.svc != "order-intake" || r.shop != "MX-ML-01" || !r.isErr() {
				t.Fatalf("line %+v", *r)
			}
		}
		hot := d.sel(s, e, func(r *rec) bool { return r.svc == "order-intake" && r.action == "deploy" })
		if len(hot) != 1 || hot[0].version != "3.8.1" {
			t.Errorf("hotfix markers: %+v", hot)
		}
	})

	t.Run("erp-ledger-export-slow", func(t *testing.T) {
		in := d.incident(t, "erp-ledger-export-slow")
		_, done := d.runs("erp-ledger-export")
		var durs []float64
		found := false
		for _, r := range done {
			if r.start == in.Start.UnixNano() {
				found = true
				if r.start+int64(r.dur) != in.End.UnixNano() || r.dur < 40*time.Minute {
					t.Errorf("the slow run: %+v", r)
				}
				continue
			}
			durs = append(durs, r.dur.Minutes())
		}
		if !found || len(durs) < 25 || median(durs) > 4 || slices.Max(durs) > 6 {
			t.Errorf("slow run found %v; other runs %d, median %.1f min, max %.1f min", found, len(durs), median(durs), slices.Max(durs))
		}
	})

	t.Run("erp-connector-error-ratio", func(t *testing.T) {
		in := d.incident(t, "erp-connector-error-ratio")
		s, e := d.off(in.Start), d.off(in.End)
		erp := ofSvc("erp-connector")
		b, _ := errRatio(d.sel(s-2*h, s, erp))
		w, n := errRatio(d.sel(s, e, erp))
		a, _ := errRatio(d.sel(e, e+h, erp))
		perMin := float64(n) / (e - s).Minutes()
		if b > 0.012 || w < 0.04 || w > 0.09 || a > 0.012 || perMin < 22 || perMin > 45 {
			t.Errorf("erp-connector error ratio %.4f before, %.4f during, %.4f after; %.1f lines/min", b, w, a, perMin)
		}
	})
}

func TestTrapsHold(t *testing.T) {
	d := fullRun(t)
	h := time.Hour

	// The steady baseline: error ratio of a service outside incidents and
	// the maintenance.
	disturbed := func(ts int64) bool {
		for _, in := range d.truth.Incidents {
			if ts >= in.Start.UnixNano()-int64(5*time.Minute) && ts < in.End.UnixNano()+int64(10*time.Minute) {
				return true
			}
		}
		return ts >= d.tm(maintQuietStart) && ts < d.tm(maintQuietEnd)
	}
	baseline := func(svc string) float64 {
		r, _ := errRatio(d.sel(0, 60*h, func(r *rec) bool { return r.svc == svc && !disturbed(r.ts) }))
		return r
	}
	services := []string{"storefront-bff", "catalog-api", "mkt-listing", "order-intake", "paybridge", "erp-connector", "wh-link", "notify-relay"}
	steady := func(t *testing.T, q Quiet) {
		t.Helper()
		for _, s := range services {
			w, n := errRatio(d.sel(d.off(q.Start), d.off(q.End), ofSvc(s)))
			if b := baseline(s); w > 2*b+0.003 {
				t.Errorf("%s: error ratio %.4f (%d lines) in %s, %.4f normally", s, w, n, q.ID, b)
			}
		}
	}
	shopRate := func(shop string, from, to time.Duration) float64 {
		return float64(len(d.sel(from, to, func(r *rec) bool { return r.shop == shop }))) / (to - from).Minutes()
	}

	t.Run("flash-sale", func(t *testing.T) {
		q := d.quiet(t, "flash-sale-au-sf-01")
		s, e := saleStart, saleEnd
		au := func(svc string) func(r *rec) bool {
			return func(r *rec) bool { return r.svc == svc && r.shop == "AU-SF-01" }
		}
		for _, svc := range []string{"storefront-bff", "order-intake", "paybridge"} {
			sale, prev := d.sel(s, e, au(svc)), d.sel(s-24*h, e-24*h, au(svc))
			if x := float64(len(sale)) / float64(len(prev)); x < 2.3 || x > 3.8 {
				t.Errorf("%s AU-SF-01: %d lines in the sale, %d the day before (x%.2f, want x3)", svc, len(sale), len(prev), x)
			}
			rs, _ := errRatio(sale)
			rb, _ := errRatio(d.sel(0, 60*h, func(r *rec) bool { return au(svc)(r) && !disturbed(r.ts) && !(r.ts >= d.tm(s) && r.ts < d.tm(e)) }))
			if rs > 1.6*rb+0.003 {
				t.Errorf("%s AU-SF-01 error ratio %.4f in the sale, %.4f otherwise", svc, rs, rb)
			}
		}
		steady(t, Quiet{ID: q.ID, Start: q.Start, End: q.End})
	})

	t.Run("planned-maintenance", func(t *testing.T) {
		q := d.quiet(t, "planned-maintenance-wh-link")
		started, _ := d.runs("stock-reconcile")
		var inWin int
		for _, s := range started {
			if s >= d.tm(maintStart) && s < d.tm(maintEnd) {
				inWin++
			}
		}
		if inWin != 0 {
			t.Errorf("%d stock-reconcile runs during the maintenance", inWin)
		}
		ship := func(r *rec) bool { return r.svc == "wh-link" && r.shipment }
		if n := len(d.sel(maintStart, maintEnd, ship)); n != 0 {
			t.Errorf("%d shipment confirmations during the maintenance", n)
		}
		if n := len(d.sel(maintEnd, maintEnd+10*time.Minute, ship)); n < 60 {
			t.Errorf("%d queued confirmations drained after the maintenance", n)
		}
		errs := d.sel(0, 60*h, func(r *rec) bool { return r.svc == "wh-link" && r.code == "TPL_MAINTENANCE" })
		if len(errs) < 100 {
			t.Errorf("%d maintenance errors", len(errs))
		}
		for _, r := range errs {
			if r.ts < q.Start.UnixNano() || r.ts >= q.End.UnixNano() {
				t.Fatalf("maintenance error outside the quiet period at %v", time.Unix(0, r.ts).UTC())
			}
		}
		// The silences cover the trap, for the service and for the job.
		got := map[string]bool{}
		for _, s := range d.truth.Silences {
			if !s.StartsAt.After(q.Start) && !s.EndsAt.Before(q.End) {
				got[strings.Join(s.Matchers, ",")] = true
			}
		}
		if !got["service.name=wh-link"] || !got["job.name=stock-reconcile"] {
			t.Errorf("silences %v do not cover the maintenance", d.truth.Silences)
		}
		// Delayed confirmations arrive before the silence ends.
		late := d.sel(maintQuietEnd, 60*h, func(r *rec) bool { return ship(r) && r.delay > 1200 })
		if len(late) != 0 {
			t.Errorf("%d late confirmations after the silence", len(late))
		}
	})

	for _, c := range []struct{ id, svc, version string }{
		{"benign-deploy-mkt-listing", "mkt-listing", "5.9.0"},
		{"benign-deploy-paybridge", "paybridge", "1.43.0"},
	} {
		t.Run(c.id, func(t *testing.T) {
			q := d.quiet(t, c.id)
			s, e := d.off(q.Start), d.off(q.End)
			m := d.sel(s, s+time.Second, func(r *rec) bool { return r.svc == c.svc && r.action == "deploy" })
			if len(m) != 1 || m[0].version != c.version {
				t.Fatalf("deploy marker at the trap's start: %+v", m)
			}
			b, nb := errRatio(d.sel(s-h, s, ofSvc(c.svc)))
			w, nw := errRatio(d.sel(s, e, ofSvc(c.svc)))
			if w > 2*b+0.004 || float64(nw) > 1.4*float64(nb) || float64(nw) < 0.6*float64(nb) {
				t.Errorf("%s: error ratio %.4f (%d lines) the hour after the deploy, %.4f (%d) the hour before", c.svc, w, nw, b, nb)
			}
		})
	}

	t.Run("quiet-shop", func(t *testing.T) {
		nz := func(r *rec) bool { return r.shop == "NZ-SF-01" }
		for hr := time.Duration(0); hr < 60; hr++ {
			if n := len(d.sel(hr*h, (hr+1)*h, nz)); n > 240 {
				t.Errorf("hour %d: NZ-SF-01 has %d lines, want a quiet shop", hr, n)
			}
		}
		errs := d.sel(0, 60*h, func(r *rec) bool { return nz(r) && r.isErr() })
		if len(errs) != len(nzErrors) {
			t.Fatalf("NZ-SF-01 has %d errors, want %d", len(errs), len(nzErrors))
		}
		for i := 1; i < len(errs); i++ {
			if gap := time.Duration(errs[i].ts - errs[i-1].ts); gap < 2*h {
				t.Errorf("NZ-SF-01 errors %v apart", gap)
			}
		}
	})

	t.Run("steady-compat-endpoint", func(t *testing.T) {
		compat := func(r *rec) bool { return r.svc == "catalog-api" && r.path == "/v2/bundles/compat" }
		all, n := errRatio(d.sel(0, 60*h, compat))
		if all < 0.015 || all > 0.026 || n < 10000 {
			t.Errorf("compat endpoint error ratio %.4f over %d requests", all, n)
		}
		for b := time.Duration(0); b < 60; b += 12 {
			if r, _ := errRatio(d.sel(b*h, (b+12)*h, compat)); r < 0.01 || r > 0.032 {
				t.Errorf("compat error ratio %.4f in hours %d-%d", r, b, b+12)
			}
		}
		rest, _ := errRatio(d.sel(0, 60*h, func(r *rec) bool { return r.svc == "catalog-api" && r.path != "/v2/bundles/compat" }))
		if rest > 0.005 {
			t.Errorf("catalog-api's other endpoints fail %.4f", rest)
		}
	})

	t.Run("benign-error-code", func(t *testing.T) {
		q := d.quiet(t, "benign-error-code-notify-relay")
		hits := d.sel(0, 60*h, func(r *rec) bool { return r.code == "SMS_CARRIER_BLOCKED" })
		if len(hits) == 0 || hits[0].ts != q.Start.UnixNano() {
			t.Fatalf("first SMS_CARRIER_BLOCKED: %v, want at %v", hits, q.Start)
		}
		perHour := float64(len(hits)) / q.End.Sub(q.Start).Hours()
		if perHour < 1.2 || perHour > 3 {
			t.Errorf("SMS_CARRIER_BLOCKED %.2f times an hour", perHour)
		}
		for i := 1; i < len(hits); i++ {
			if hits[i].ts-hits[i-1].ts < int64(10*time.Minute) {
				t.Errorf("two SMS_CARRIER_BLOCKED %v apart", time.Duration(hits[i].ts-hits[i-1].ts))
			}
		}
		if hits[0].svc != "notify-relay" {
			t.Errorf("logged by %s", hits[0].svc)
		}
		// It lands in the APAC evening peak.
		if p := d.quiet(t, "daily-peak-apac-evening"); q.Start.Before(p.Start) || q.Start.After(p.End) {
			t.Errorf("first occurrence %v outside the APAC peak", q.Start)
		}
	})

	for _, c := range []struct {
		id    string
		shops []string
	}{
		{"daily-peak-apac-evening", []string{"VN-SP-01", "KR-CP-01", "AU-SF-01"}},
		{"daily-peak-mexico-evening", []string{"MX-ML-01"}},
	} {
		t.Run(c.id, func(t *testing.T) {
			q := d.quiet(t, c.id)
			s, e := d.off(q.Start), d.off(q.End)
			for _, sh := range c.shops {
				if in, avg := shopRate(sh, s, e), shopRate(sh, 0, 24*h); in < 1.3*avg {
					t.Errorf("%s: %.1f lines/min in the peak, %.1f on average", sh, in, avg)
				}
			}
			steady(t, q)
		})
	}

	t.Run("night-lull", func(t *testing.T) {
		q := d.quiet(t, "night-lull-apac")
		s, e := d.off(q.Start), d.off(q.End)
		for _, sh := range []string{"VN-SP-01", "KR-CP-01", "AU-SF-01"} {
			if in, peak := shopRate(sh, s, e), shopRate(sh, at(0, 10, 0), at(0, 13, 0)); in > 0.4*peak {
				t.Errorf("%s: %.1f lines/min at night, %.1f at the evening peak", sh, in, peak)
			}
		}
		all := float64(len(d.sel(s, e, nil))) / (e - s).Minutes()
		peak := float64(len(d.sel(at(0, 10, 0), at(0, 13, 0), nil))) / 180
		t.Logf("store: %.0f lines/min at night, %.0f at the APAC peak", all, peak)
		if all > 0.75*peak {
			t.Errorf("store: %.0f lines/min at night, %.0f at the APAC peak", all, peak)
		}
		steady(t, q)
	})
}
