package atlas

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/valyala/fastjson"
)

// tev is the part of a generated line the tests look at.
type tev struct {
	ts       int64
	schema   byte // 'j' dotted Java ECS, 'f' nested Filebeat, 'p' Python ECS
	svc      string
	level    string // normalised: info, warn, error
	rawLevel string
	action   string
	code     string
	shop     string
	platform string
	region   string
	kind     string
	job      string
	jstatus  string
	path     string
	version  string
	status   int
	delay    float64
	hasDelay bool
	dur      int64
}

func (e *tev) isErr() bool { return e.level == "error" }

// lineSink calls fn for every complete line written to it.
type lineSink struct {
	partial []byte
	fn      func(line []byte)
}

func (s *lineSink) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			s.partial = append(s.partial, p...)
			break
		}
		if len(s.partial) > 0 {
			s.partial = append(s.partial, p[:i]...)
			s.fn(s.partial)
			s.partial = s.partial[:0]
		} else {
			s.fn(p[:i])
		}
		p = p[i+1:]
	}
	return n, nil
}

type run struct {
	truth     Truth
	events    []tev
	sum       [32]byte
	bad       []string // lines that did not decode, truncated
	problems  []string // decodable lines with a defect
	offsets08 int
	dotted    int
	nested    int
	warning   int
	warnUpper int
	lines     int
}

var (
	defaultOnce sync.Once
	defaultRun  *run
	defaultErr  error
)

func getDefault(t testing.TB) *run {
	t.Helper()
	defaultOnce.Do(func() { defaultRun, defaultErr = generateAndParse(DefaultConfig()) })
	if defaultErr != nil {
		t.Fatal(defaultErr)
	}
	return defaultRun
}

var interned = map[string]string{}

func intern(b []byte) string {
	if s, ok := interned[string(b)]; ok {
		return s
	}
	s := string(b)
	interned[s] = s
	return s
}

func generateAndParse(cfg Config) (*run, error) {
	r := &run{}
	h := sha256.New()
	var p fastjson.Parser
	leaves := map[string]*fastjson.Value{}
	var flatten func(prefix string, o *fastjson.Object, dup *string)
	flatten = func(prefix string, o *fastjson.Object, dup *string) {
		o.Visit(func(k []byte, v *fastjson.Value) {
			key := string(k)
			if prefix != "" {
				key = prefix + "." + key
			}
			if v.Type() == fastjson.TypeObject {
				ob, _ := v.Object()
				flatten(key, ob, dup)
				return
			}
			if _, ok := leaves[key]; ok {
				*dup = key
			}
			leaves[key] = v
		})
	}
	str := func(k string) string {
		if v, ok := leaves[k]; ok {
			if b, err := v.StringBytes(); err == nil {
				return intern(b)
			}
		}
		return ""
	}
	sink := &lineSink{fn: func(line []byte) {
		r.lines++
		h.Write(line)
		h.Write([]byte{'\n'})
		v, err := p.ParseBytes(line)
		if err != nil || v.Type() != fastjson.TypeObject {
			r.bad = append(r.bad, string(line[:min(len(line), 80)]))
			return
		}
		obj, _ := v.Object()
		clear(leaves)
		dup := ""
		flatten("", obj, &dup)
		if dup != "" {
			r.problems = append(r.problems, "duplicate key "+dup)
		}
		var e tev
		tsRaw := str("@timestamp")
		ts, err := time.Parse(time.RFC3339Nano, tsRaw)
		if err != nil {
			r.problems = append(r.problems, "bad @timestamp "+tsRaw)
			return
		}
		e.ts = ts.UnixNano()
		switch {
		case obj.Get("service.name") != nil:
			e.schema = 'j'
			r.dotted++
		case obj.Get("agent") != nil && str("agent.type") == "filebeat":
			e.schema = 'f'
			r.nested++
		case obj.Get("log.level") != nil && strings.HasSuffix(tsRaw, "+08:00"):
			e.schema = 'p'
		}
		if strings.HasSuffix(tsRaw, "+08:00") {
			r.offsets08++
		}
		e.svc = str("service.name")
		e.rawLevel = str("log.level")
		switch e.rawLevel {
		case "warning":
			r.warning++
		case "WARN":
			r.warnUpper++
		}
		e.level = strings.ToLower(e.rawLevel)
		if e.level == "warning" {
			e.level = "warn"
		}
		e.action = str("event.action")
		e.code = str("error.code")
		e.shop = str("shop.id")
		e.platform = str("shop.platform")
		e.region = str("shop.region")
		e.kind = str("sync.kind")
		e.job = str("job.name")
		e.jstatus = str("job.status")
		e.path = str("url.path")
		e.version = str("service.version")
		if v, ok := leaves["http.response.status_code"]; ok {
			e.status = v.GetInt()
		}
		if v, ok := leaves["sync.delay_seconds"]; ok {
			e.delay, e.hasDelay = v.GetFloat64(), true
		}
		if v, ok := leaves["event.duration"]; ok {
			e.dur = v.GetInt64()
		}
		if e.svc == "" || e.level == "" || str("message") == "" || str("host.name") == "" {
			r.problems = append(r.problems, "missing service.name, log.level, message or host.name: "+string(line[:min(len(line), 120)]))
		}
		r.events = append(r.events, e)
	}}
	tr, err := Generate(cfg, sink)
	if err != nil {
		return nil, err
	}
	if len(sink.partial) > 0 {
		return nil, fmt.Errorf("output does not end with a newline")
	}
	r.truth = tr
	copy(r.sum[:], h.Sum(nil))
	return r, nil
}

// ---- helpers ----------------------------------------------------------------

type span struct{ from, to time.Time }

func (s span) has(ts int64) bool { return ts >= s.from.UnixNano() && ts < s.to.UnixNano() }

func (r *run) incident(t *testing.T, id string) (Incident, span) {
	t.Helper()
	for _, in := range r.truth.Incidents {
		if in.ID == id {
			return in, span{in.Start, in.End}
		}
	}
	t.Fatalf("no incident %q", id)
	return Incident{}, span{}
}

func (r *run) quiet(t *testing.T, id string) (Quiet, span) {
	t.Helper()
	for _, q := range r.truth.Quiet {
		if q.ID == id {
			return q, span{q.Start, q.End}
		}
	}
	t.Fatalf("no quiet period %q", id)
	return Quiet{}, span{}
}

// ratio counts the events matching sel inside and outside s (outside also
// excludes skip) and returns the share of those matching bad.
func (r *run) ratio(sel, bad func(*tev) bool, s span, skip ...span) (in, out float64, nIn, nOut int) {
	var bIn, bOut int
	for i := range r.events {
		e := &r.events[i]
		if !sel(e) {
			continue
		}
		switch {
		case s.has(e.ts):
			nIn++
			if bad(e) {
				bIn++
			}
		case slices.ContainsFunc(skip, func(k span) bool { return k.has(e.ts) }):
		default:
			nOut++
			if bad(e) {
				bOut++
			}
		}
	}
	return float64(bIn) / float64(max(nIn, 1)), float64(bOut) / float64(max(nOut, 1)), nIn, nOut
}

func (r *run) count(sel func(*tev) bool, s span) int {
	n := 0
	for i := range r.events {
		if s.has(r.events[i].ts) && sel(&r.events[i]) {
			n++
		}
	}
	return n
}

func ofService(name string) func(*tev) bool { return func(e *tev) bool { return e.svc == name } }

func isErr(e *tev) bool { return e.isErr() }

func (r *run) all() span {
	return span{DefaultStart, DefaultStart.Add(DefaultDuration)}
}

func (r *run) incidentSpans() []span {
	var out []span
	for _, in := range r.truth.Incidents {
		out = append(out, span{in.Start, in.End})
	}
	return out
}

func p95(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	return xs[int(math.Ceil(0.95*float64(len(xs))))-1]
}

// ---- stream-level tests -----------------------------------------------------

func TestDeterministic(t *testing.T) {
	r := getDefault(t)
	h := sha256.New()
	if _, err := Generate(DefaultConfig(), h); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(h.Sum(nil), r.sum[:]) {
		t.Fatal("two runs with the same config differ")
	}
	short := func(seed int64) []byte {
		var b bytes.Buffer
		cfg := DefaultConfig()
		cfg.Seed, cfg.Duration = seed, 2*time.Hour
		if _, err := Generate(cfg, &b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b, c := short(0), short(0), short(1)
	if !bytes.Equal(a, b) {
		t.Error("seed 0 is not deterministic")
	}
	if bytes.Equal(a, c) {
		t.Error("seeds 0 and 1 give the same output")
	}
	// A shorter span is a prefix of the longer one in time, not in bytes
	// (random draws follow the minute loop), but it must stay in its span.
	var last string
	for line := range bytes.Lines(a) {
		last = string(line)
	}
	if !strings.Contains(last, "2026-03-02T01:5") && !strings.Contains(last, "2026-03-02T09:5") {
		t.Errorf("2-hour run ends with %s", last)
	}
}

func TestLinesDecode(t *testing.T) {
	r := getDefault(t)
	if len(r.bad) != r.truth.Stats.Malformed || r.truth.Stats.Malformed < 1 || r.truth.Stats.Malformed > 3 {
		t.Errorf("%d undecodable lines, Stats.Malformed = %d: %q", len(r.bad), r.truth.Stats.Malformed, r.bad)
	}
	for _, b := range r.bad {
		if !strings.HasPrefix(b, "{") {
			t.Errorf("malformed line is not a truncated object: %q", b)
		}
	}
	if len(r.problems) > 0 {
		t.Errorf("%d lines with defects, first: %v", len(r.problems), r.problems[:min(5, len(r.problems))])
	}
	if r.lines != r.truth.Stats.Lines {
		t.Errorf("read %d lines, Stats.Lines = %d", r.lines, r.truth.Stats.Lines)
	}
	all := r.all()
	prev := int64(math.MinInt64)
	for i, e := range r.events {
		if !all.has(e.ts) {
			t.Fatalf("line %d at %v is outside the span", i, time.Unix(0, e.ts).UTC())
		}
		if e.ts < prev {
			t.Fatalf("line %d at %v is before the previous line %v", i, time.Unix(0, e.ts).UTC(), time.Unix(0, prev).UTC())
		}
		prev = e.ts
	}
}

func TestSchemaMix(t *testing.T) {
	r := getDefault(t)
	t.Logf("dotted=%d nested=%d +08:00=%d warning=%d WARN=%d", r.dotted, r.nested, r.offsets08, r.warning, r.warnUpper)
	for name, n := range map[string]int{"dotted keys": r.dotted, "nested filebeat": r.nested, "+08:00 offsets": r.offsets08, "warning": r.warning, "WARN": r.warnUpper} {
		if n < 500 {
			t.Errorf("%s: only %d lines", name, n)
		}
	}
	schemas := map[string]map[byte]int{}
	for _, e := range r.events {
		if schemas[e.svc] == nil {
			schemas[e.svc] = map[byte]int{}
		}
		schemas[e.svc][e.schema]++
	}
	for svc, m := range schemas {
		if len(m) != 1 || m[0] != 0 {
			t.Errorf("%s: schemas %v, want exactly one recognised", svc, m)
		}
	}
	if len(schemas) != 11 {
		t.Errorf("%d services, want 11", len(schemas))
	}
	for _, old := range []string{"order-sync", "inventory-sync", "payment-callback", "amazon-api", "shopify-webhook", "job-runner", "inventory-full-sync", "price-scraper", "crawler"} {
		for _, e := range r.events {
			if e.svc == old || e.job == old {
				t.Fatalf("name %q of the demo world used", old)
			}
		}
	}
}

func TestVolume(t *testing.T) {
	r := getDefault(t)
	n := r.truth.Stats.Lines
	perSec := float64(n) / DefaultDuration.Seconds()
	t.Logf("%d lines, %.2f/s, %d MB", n, perSec, r.truth.Stats.Bytes>>20)
	if n > 620_000 || perSec < 2 || perSec > 4 {
		t.Errorf("%d lines (%.2f/s), want 2-4/s and at most ~600k", n, perSec)
	}
	perMin := float64(r.truth.Stats.ByService[svcCatalog]) / DefaultDuration.Minutes()
	if perMin < 25 || perMin > 36 {
		t.Errorf("catalog-api logs %.1f lines/min, want ~30", perMin)
	}
	// Rate scales the ordinary traffic.
	cfg := DefaultConfig()
	cfg.Duration, cfg.Rate = 6*time.Hour, 2
	tr2, err := Generate(cfg, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Rate = 1
	tr1, _ := Generate(cfg, io.Discard)
	if k := float64(tr2.Stats.Lines) / float64(tr1.Stats.Lines); k < 1.85 || k > 2.1 {
		t.Errorf("Rate 2 gives x%.2f lines", k)
	}
}

// ---- incidents --------------------------------------------------------------

func TestIncidentDeployRegression(t *testing.T) {
	r := getDefault(t)
	in, s := r.incident(t, "deploy-regression-oms-core")
	if in.Labels["service.name"] != svcOMS {
		t.Fatalf("labels %v", in.Labels)
	}
	var markers []string
	for _, e := range r.events {
		if e.svc == svcOMS && e.action == "deploy" {
			markers = append(markers, time.Unix(0, e.ts).UTC().Format("15:04:05")+" "+e.version)
			if (e.ts == s.from.UnixNano() && e.version != badVersion) || (e.ts == s.to.UnixNano() && e.version != goodOMSVersion) {
				t.Errorf("marker at %v carries %s", time.Unix(0, e.ts).UTC(), e.version)
			}
		}
	}
	if !slices.Contains(markers, "08:10:00 "+badVersion) || !slices.Contains(markers, "08:40:00 "+goodOMSVersion) {
		t.Errorf("deploy markers %v", markers)
	}
	inR, outR, nIn, _ := r.ratio(ofService(svcOMS), isErr, s)
	k := inR / outR
	t.Logf("oms-core error ratio %.2f%% in (%d lines), %.2f%% out: x%.1f", 100*inR, nIn, 100*outR, k)
	if k < 2.2 || k > 4.2 {
		t.Errorf("error ratio x%.2f during the bad deploy, want ~x3", k)
	}
	if v := r.count(func(e *tev) bool { return e.svc == svcOMS && e.version != badVersion && e.action != "deploy" }, s); v != 0 {
		t.Errorf("%d oms-core lines in the window are not from %s", v, badVersion)
	}
}

func TestIncidentJobOutage(t *testing.T) {
	r := getDefault(t)
	_, s := r.incident(t, "job-outage-ledger-reconcile")
	if n := r.count(func(e *tev) bool { return e.job == jobLedger }, s); n != 0 {
		t.Errorf("%d ledger-reconcile lines during the outage", n)
	}
	before := r.count(func(e *tev) bool { return e.job == jobLedger && e.jstatus == "succeeded" }, span{s.from.Add(-3 * time.Hour), s.from})
	after := r.count(func(e *tev) bool { return e.job == jobLedger && e.jstatus == "started" }, span{s.to, s.to.Add(time.Minute)})
	if before != 3 || after != 1 {
		t.Errorf("%d successes in the 3 h before, %d start at the end", before, after)
	}
	// Everywhere else, every hour has a run.
	all := r.all()
	for h := all.from; h.Before(all.to); h = h.Add(time.Hour) {
		hs := span{h, h.Add(time.Hour)}
		if hs.from.Before(s.to) && hs.to.After(s.from) {
			continue
		}
		if n := r.count(func(e *tev) bool { return e.job == jobLedger && e.jstatus == "started" }, hs); n != 1 {
			t.Errorf("hour %v: %d ledger-reconcile runs", h, n)
		}
	}
}

func TestIncidentPaymentFailures(t *testing.T) {
	r := getDefault(t)
	_, s := r.incident(t, "payment-callback-failures-shopee")
	shopee := func(e *tev) bool { return e.svc == svcPay && e.platform == payPlatform }
	inR, outR, nIn, _ := r.ratio(shopee, isErr, s)
	t.Logf("shopee callbacks: %.1f%% failed in (%d), %.2f%% out", 100*inR, nIn, 100*outR)
	if inR < 0.05 || inR > 0.13 || outR > 0.008 {
		t.Errorf("shopee callback failure ratio %.3f in, %.4f out", inR, outR)
	}
	others := func(e *tev) bool { return e.svc == svcPay && e.platform != payPlatform }
	if in2, _, _, _ := r.ratio(others, isErr, s); in2 > 0.02 {
		t.Errorf("other platforms fail at %.3f during the incident", in2)
	}
	all, out3, _, _ := r.ratio(ofService(svcPay), isErr, s)
	t.Logf("pay-notify overall: %.2f%% in, %.2f%% out", 100*all, 100*out3)
}

func TestIncident429Burst(t *testing.T) {
	r := getDefault(t)
	in, s := r.incident(t, "marketplace-429-burst-"+burstShopID)
	sel := func(e *tev) bool { return e.svc == in.Labels["service.name"] && e.shop == in.Labels["shop.id"] }
	is429 := func(e *tev) bool { return e.status == 429 }
	inR, outR, nIn, _ := r.ratio(sel, is429, s)
	t.Logf("%s 429 ratio %.1f%% in (%d calls), %.2f%% out", burstShopID, 100*inR, nIn, 100*outR)
	if inR < 0.25 || outR > 0.01 || nIn < 40 {
		t.Errorf("429 ratio %.3f in (%d calls), %.4f out", inR, nIn, outR)
	}
}

func TestIncidentSyncDrift(t *testing.T) {
	r := getDefault(t)
	in, s := r.incident(t, "sync-delay-drift-stock-bridge-inventory")
	collect := func(sp span) []float64 {
		var xs []float64
		for _, e := range r.events {
			if sp.has(e.ts) && e.svc == in.Labels["service.name"] && e.kind == in.Labels["sync.kind"] && e.hasDelay {
				xs = append(xs, e.delay)
			}
		}
		return xs
	}
	before := p95(collect(span{s.from.Add(-2 * time.Hour), s.from}))
	first := p95(collect(span{s.from, s.from.Add(10 * time.Minute)}))
	last := p95(collect(span{s.to.Add(-10 * time.Minute), s.to}))
	after := p95(collect(span{s.to, s.to.Add(time.Hour)}))
	t.Logf("inventory delay p95: before %.0fs, first 10 min %.0fs, last 10 min %.0fs, after %.0fs", before, first, last, after)
	if before > 30 || last < 180 || after > 30 || first > last/2 {
		t.Errorf("p95 before %.0f, first %.0f, last %.0f, after %.0f", before, first, last, after)
	}
	price := func(sp span) float64 {
		var xs []float64
		for _, e := range r.events {
			if sp.has(e.ts) && e.svc == svcStock && e.kind == "price" && e.hasDelay {
				xs = append(xs, e.delay)
			}
		}
		return p95(xs)
	}
	if p := price(s); p > 60 {
		t.Errorf("price syncs drift too: p95 %.0f", p)
	}
}

func TestIncidentJobFailures(t *testing.T) {
	r := getDefault(t)
	_, s := r.incident(t, "job-failures-label-batch")
	var seq []string
	around := span{s.from.Add(-time.Hour), s.to.Add(time.Hour)}
	for _, e := range r.events {
		if e.job == jobLabel && e.jstatus != "started" && around.has(e.ts) {
			seq = append(seq, e.jstatus)
		}
	}
	t.Logf("label-batch outcomes around the incident: %v", seq)
	failed := r.count(func(e *tev) bool { return e.job == jobLabel && e.jstatus == "failed" }, s)
	if failed < 3 {
		t.Errorf("%d failed runs in the window", failed)
	}
	if n := r.count(func(e *tev) bool { return e.job == jobLabel && e.jstatus == "failed" }, r.all()); n != failed {
		t.Errorf("%d failed runs in all, %d in the window", n, failed)
	}
	want := []string{"succeeded", "succeeded", "succeeded", "failed", "failed", "failed", "failed", "succeeded"}
	if len(seq) < len(want) || !slices.Equal(seq[:len(want)], want) {
		t.Errorf("sequence %v", seq)
	}
}

func TestIncidentMidVolumeErrors(t *testing.T) {
	r := getDefault(t)
	_, s := r.incident(t, "error-ratio-catalog-api")
	inR, outR, nIn, _ := r.ratio(ofService(svcCatalog), isErr, s)
	t.Logf("catalog-api error ratio %.2f%% in (%d lines), %.2f%% out", 100*inR, nIn, 100*outR)
	if inR < 0.04 || inR > 0.09 || outR > 0.007 {
		t.Errorf("error ratio %.3f in, %.4f out", inR, outR)
	}
	if perMin := float64(nIn) / s.to.Sub(s.from).Minutes(); perMin < 18 || perMin > 45 {
		t.Errorf("catalog-api logs %.1f lines/min in the window", perMin)
	}
}

func TestIncidentNewErrorCode(t *testing.T) {
	r := getDefault(t)
	in, s := r.incident(t, "new-error-code-tiktok-connector")
	code := func(e *tev) bool { return e.code == newErrorCode }
	before := r.count(code, span{DefaultStart, s.from})
	inside := r.count(func(e *tev) bool { return code(e) && e.svc == in.Labels["service.name"] }, s)
	t.Logf("%s: %d before, %d inside", newErrorCode, before, inside)
	if before != 0 || inside < 30 {
		t.Errorf("%d occurrences before, %d inside", before, inside)
	}
	codes := map[string]bool{}
	for _, e := range r.events {
		if e.ts < s.from.UnixNano() && e.code != "" {
			codes[e.code] = true
		}
	}
	if codes[newErrorCode] {
		t.Error("the new code was seen before")
	}
}

// ---- traps ------------------------------------------------------------------

func TestTrapFlashSale(t *testing.T) {
	r := getDefault(t)
	q, s := r.quiet(t, "flash-sale")
	if len(q.Labels) != 0 {
		t.Errorf("labels %v", q.Labels)
	}
	day := 24 * time.Hour
	prev := span{s.from.Add(-day), s.to.Add(-day)}
	any := func(*tev) bool { return true }
	k := float64(r.count(any, s)) / float64(r.count(any, prev))
	inR, outR, nIn, _ := r.ratio(any, isErr, s, r.incidentSpans()...)
	t.Logf("flash sale: x%.2f volume vs the day before; error ratio %.3f%% (%d lines) vs %.3f%% elsewhere", k, 100*inR, nIn, 100*outR)
	if k < 2.4 || k > 3.6 {
		t.Errorf("volume x%.2f", k)
	}
	if math.Abs(inR/outR-1) > 0.3 {
		t.Errorf("error ratio changes by %.0f%%", 100*(inR/outR-1))
	}
	var lin, lout []float64
	for _, e := range r.events {
		if e.svc == svcOMS && e.action == "order-read" {
			if s.has(e.ts) {
				lin = append(lin, float64(e.dur))
			} else if prev.has(e.ts) {
				lout = append(lout, float64(e.dur))
			}
		}
	}
	if a, b := p95(lin), p95(lout); math.Abs(a/b-1) > 0.25 {
		t.Errorf("oms-core read latency p95 %.0f vs %.0f", a, b)
	}
}

func TestTrapMaintenance(t *testing.T) {
	r := getDefault(t)
	q, s := r.quiet(t, "maintenance-wms-bridge")
	from := s.from
	dark := span{from.Add(time.Second), from.Add(lenMaintDark)}
	if n := r.count(ofService(svcWMS), dark); n != 0 {
		t.Errorf("%d wms-bridge lines while it is down", n)
	}
	erring := span{from.Add(lenMaintDark + time.Second), from.Add(lenMaint)}
	inR, _, n, _ := r.ratio(ofService(svcWMS), isErr, erring)
	if inR < 0.4 || n < 20 {
		t.Errorf("wms-bridge error ratio %.2f over %d lines while coming back", inR, n)
	}
	found := false
	for _, si := range r.truth.Silences {
		if slices.Equal(si.Matchers, []string{"service.name=" + q.Labels["service.name"]}) && !si.StartsAt.After(from) && !si.EndsAt.Before(from.Add(lenMaint)) {
			found = true
		}
	}
	if !found {
		t.Errorf("no silence covers the maintenance: %+v", r.truth.Silences)
	}
	if n := r.count(func(e *tev) bool { return e.job == jobLabel }, span{from, from.Add(lenMaint)}); n != 0 {
		t.Errorf("%d label-batch lines during the maintenance", n)
	}
}

func TestTrapBenignDeploys(t *testing.T) {
	r := getDefault(t)
	benign := 0
	for _, q := range r.truth.Quiet {
		if !strings.HasPrefix(q.ID, "benign-deploy-") {
			continue
		}
		benign++
		svc := q.Labels["service.name"]
		s := span{q.Start, q.End}
		marker := r.count(func(e *tev) bool { return e.svc == svc && e.action == "deploy" && e.ts == q.Start.UnixNano() }, span{q.Start, q.Start.Add(time.Nanosecond)})
		if marker != 1 {
			t.Errorf("%s: no deploy marker at %v", q.ID, q.Start)
		}
		around := span{q.Start.Add(-6 * time.Hour), q.Start.Add(6 * time.Hour)}
		inR, _, nIn, _ := r.ratio(ofService(svc), isErr, s)
		_, outR, _, _ := r.ratio(func(e *tev) bool { return e.svc == svc && around.has(e.ts) }, isErr, s)
		t.Logf("%s: error ratio %.2f%% (%d lines) vs %.2f%% around", q.ID, 100*inR, nIn, 100*outR)
		if inR > 2.5*outR+0.01 {
			t.Errorf("%s: error ratio %.3f after the deploy vs %.3f", q.ID, inR, outR)
		}
	}
	if benign < 3 {
		t.Errorf("%d benign deploys", benign)
	}
}

func TestTrapQuietShop(t *testing.T) {
	r := getDefault(t)
	var errs []int64
	n := 0
	for _, e := range r.events {
		if e.shop == quietShopID && e.svc == svcLazada {
			n++
			if e.isErr() {
				errs = append(errs, e.ts)
			}
		}
	}
	t.Logf("%s: %d lines, %d errors", quietShopID, n, len(errs))
	if len(errs) < 4 || len(errs) > 8 || n > 1000 {
		t.Errorf("%d errors over %d lines", len(errs), n)
	}
	for i := 1; i < len(errs); i++ {
		if errs[i]-errs[i-1] < int64(3*time.Hour) {
			t.Errorf("errors %v and %v are less than 3 h apart", time.Unix(0, errs[i-1]).UTC(), time.Unix(0, errs[i]).UTC())
		}
	}
}

func TestTrapSteadyEndpoint(t *testing.T) {
	r := getDefault(t)
	all := r.all()
	for h := all.from; h.Before(all.to); h = h.Add(12 * time.Hour) {
		s := span{h, h.Add(12 * time.Hour)}
		inR, _, n, _ := r.ratio(func(e *tev) bool { return e.svc == svcSPAPI && e.path == steadyPath }, isErr, s)
		if inR < 0.01 || inR > 0.03 || n < 800 {
			t.Errorf("%v: %s error ratio %.3f over %d calls", h, steadyPath, inR, n)
		}
	}
}

func TestTrapBenignErrorCode(t *testing.T) {
	r := getDefault(t)
	n := r.count(func(e *tev) bool { return e.code == benignCode && e.svc == svcStorefront && e.isErr() }, r.all())
	perHour := float64(n) / DefaultDuration.Hours()
	if perHour < 1.3 || perHour > 2.8 {
		t.Errorf("%s %.2f times an hour", benignCode, perHour)
	}
	if m := r.count(func(e *tev) bool { return e.code == benignCode }, span{DefaultStart, DefaultStart.Add(2 * time.Hour)}); m == 0 {
		t.Error("the benign code does not show up in the first two hours")
	}
}

func TestTrapPeaksAndLull(t *testing.T) {
	r := getDefault(t)
	// Lines per region per full hour of the span.
	hourly := map[string][]int{}
	for _, e := range r.events {
		h := int((e.ts - DefaultStart.UnixNano()) / int64(time.Hour))
		if hourly[e.region] == nil {
			hourly[e.region] = make([]int, int(DefaultDuration.Hours()))
		}
		hourly[e.region][h]++
	}
	mean := func(reg string) float64 {
		s := 0
		for _, n := range hourly[reg] {
			s += n
		}
		return float64(s) / DefaultDuration.Hours()
	}
	seen := map[string]bool{}
	for _, q := range r.truth.Quiet {
		s := span{q.Start, q.End}
		var reg string
		switch {
		case strings.HasPrefix(q.ID, "peak-"):
			reg = strings.Split(q.ID, "-")[1]
		case strings.HasPrefix(q.ID, "night-lull-"):
			reg = "lull"
		default:
			continue
		}
		if len(q.Labels) != 0 {
			t.Errorf("%s: labels %v", q.ID, q.Labels)
		}
		if q.End.Sub(q.Start) < time.Hour || q.Start.Equal(DefaultStart) {
			continue // clipped by the span
		}
		seen[reg] = true
		hours := q.End.Sub(q.Start).Hours()
		if reg == "lull" {
			apac := float64(r.count(func(e *tev) bool { return e.region == regionAPAC }, s)) / hours
			all := float64(r.count(func(*tev) bool { return true }, s)) / hours
			t.Logf("%s: APAC shops %.2f of their mean, all traffic %.2f of its mean", q.ID, apac/mean(regionAPAC), all/(float64(r.truth.Stats.Lines)/DefaultDuration.Hours()))
			if apac > 0.35*mean(regionAPAC) {
				t.Errorf("%s: APAC %.0f lines/h, mean %.0f", q.ID, apac, mean(regionAPAC))
			}
			continue
		}
		peak := float64(r.count(func(e *tev) bool { return e.region == reg }, s)) / hours
		low := slices.Min(hourly[reg])
		t.Logf("%s: %.0f lines/h, x%.1f the quietest hour, x%.1f the mean", q.ID, peak, peak/float64(low), peak/mean(reg))
		if peak < 4*float64(low) || peak < 1.4*mean(reg) {
			t.Errorf("%s: peak %.0f/h, quietest hour %d, mean %.0f", q.ID, peak, low, mean(reg))
		}
	}
	for _, reg := range []string{regionAPAC, regionEU, regionLATAM, "lull"} {
		if !seen[reg] {
			t.Errorf("no full peak/lull window for %s", reg)
		}
	}
}

func TestTrapJobDuration(t *testing.T) {
	r := getDefault(t)
	var ds []time.Duration
	for _, e := range r.events {
		if e.job == jobFeed && e.jstatus != "started" {
			if e.jstatus != "succeeded" {
				t.Errorf("feed-refresh %s", e.jstatus)
			}
			ds = append(ds, time.Duration(e.dur))
		}
	}
	slices.Sort(ds)
	t.Logf("feed-refresh: %d runs, %v .. %v", len(ds), ds[0], ds[len(ds)-1])
	if len(ds) < 55 || ds[0] < 25*time.Second || ds[len(ds)-1] > 11*time.Minute || ds[len(ds)-1] < 5*ds[0] {
		t.Errorf("%d runs, %v .. %v", len(ds), ds[0], ds[len(ds)-1])
	}
}

// ---- ground truth -----------------------------------------------------------

// related reports whether an alert could match both label sets: one is {} or
// they share a label and disagree on none.
func related(a, b map[string]string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	shared := false
	for k, v := range a {
		if w, ok := b[k]; ok {
			if v != w {
				return false
			}
			shared = true
		}
	}
	return shared
}

func TestTruthShape(t *testing.T) {
	tr := getDefault(t).truth
	if len(tr.Incidents) != 8 {
		t.Errorf("%d incidents", len(tr.Incidents))
	}
	if len(tr.Quiet) < 10 {
		t.Errorf("%d quiet periods", len(tr.Quiet))
	}
	ids := map[string]bool{}
	for _, in := range tr.Incidents {
		if ids[in.ID] {
			t.Errorf("duplicate id %s", in.ID)
		}
		ids[in.ID] = true
		if in.Start.Before(DefaultStart.Add(12*time.Hour)) || !in.End.After(in.Start) || in.End.After(DefaultStart.Add(DefaultDuration)) {
			t.Errorf("%s: %v .. %v", in.ID, in.Start, in.End)
		}
		if len(in.Labels) == 0 || in.Description == "" {
			t.Errorf("%s: labels %v description %q", in.ID, in.Labels, in.Description)
		}
		for _, q := range tr.Quiet {
			if in.Start.Before(q.End) && q.Start.Before(in.End) && related(in.Labels, q.Labels) {
				t.Errorf("incident %s overlaps quiet period %s", in.ID, q.ID)
			}
		}
	}
	for _, q := range tr.Quiet {
		if ids[q.ID] {
			t.Errorf("duplicate id %s", q.ID)
		}
		ids[q.ID] = true
		if !q.End.After(q.Start) || q.Labels == nil {
			t.Errorf("%s: %v .. %v labels %v", q.ID, q.Start, q.End, q.Labels)
		}
	}
	if len(tr.Silences) == 0 {
		t.Error("no silences")
	}
	if !reflectEqualTruth(tr, DefaultConfig().Truth()) {
		t.Error("Config.Truth differs from Generate's truth")
	}
}

func reflectEqualTruth(a, b Truth) bool {
	var x, y bytes.Buffer
	a.WriteYAML(&x)
	b.WriteYAML(&y)
	return bytes.Equal(x.Bytes(), y.Bytes())
}

func TestTruthYAML(t *testing.T) {
	tr := getDefault(t).truth
	var b bytes.Buffer
	if err := tr.WriteYAML(&b); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	for _, want := range []string{
		"incidents:\n  - id: ",
		"\n    start: 2026-03-03T08:10:00Z\n    end: 2026-03-03T08:40:00Z\n    labels: {service.name: oms-core}\n",
		"labels: {service.name: shopee-client, shop.id: SHP-ID-02}",
		"\nquiet:\n  - id: ",
		"labels: {}",
		"\nsilences:\n  - matchers: [\"service.name=wms-bridge\"]\n    starts_at: 2026-03-04T08:55:00Z\n",
		"comment: \"planned WMS maintenance\"",
		"description: \"",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("YAML lacks %q", want)
		}
	}
	back, err := ReadTruth(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Incidents) != len(tr.Incidents) || len(back.Quiet) != len(tr.Quiet) || len(back.Silences) != len(tr.Silences) {
		t.Fatalf("round trip lost entries")
	}
	for i, in := range tr.Incidents {
		g := back.Incidents[i]
		if g.ID != in.ID || !g.Start.Equal(in.Start) || !g.End.Equal(in.End) || fmt.Sprint(g.Labels) != fmt.Sprint(in.Labels) || g.Description != in.Description {
			t.Errorf("incident %d: %+v != %+v", i, g, in)
		}
	}
	for i, q := range tr.Quiet {
		g := back.Quiet[i]
		if g.ID != q.ID || !g.Start.Equal(q.Start) || !g.End.Equal(q.End) || fmt.Sprint(g.Labels) != fmt.Sprint(q.Labels) || g.Description != q.Description || g.Labels == nil {
			t.Errorf("quiet %d: %+v != %+v", i, g, q)
		}
	}
	for i, s := range tr.Silences {
		g := back.Silences[i]
		if !slices.Equal(g.Matchers, s.Matchers) || !g.StartsAt.Equal(s.StartsAt) || !g.EndsAt.Equal(s.EndsAt) || g.Comment != s.Comment {
			t.Errorf("silence %d: %+v != %+v", i, g, s)
		}
	}
	var b2 bytes.Buffer
	back.WriteYAML(&b2)
	if b2.String() != text {
		t.Error("YAML does not round-trip byte for byte")
	}
}

func TestShortSpanTruth(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Duration = 20 * time.Hour
	tr := cfg.Truth()
	end := cfg.Start.Add(cfg.Duration)
	for _, in := range tr.Incidents {
		if !in.Start.Before(end) || in.End.After(end) {
			t.Errorf("%s outside a 20 h span", in.ID)
		}
	}
	for _, q := range tr.Quiet {
		if q.End.After(end) {
			t.Errorf("%s ends after the span", q.ID)
		}
	}
	if len(tr.Incidents) != 2 || len(tr.Silences) != 0 {
		t.Errorf("%d incidents, %d silences in the first 20 h", len(tr.Incidents), len(tr.Silences))
	}
}

func BenchmarkGenerate(b *testing.B) {
	cfg := DefaultConfig()
	cfg.Duration = 6 * time.Hour
	var lines int
	var bytesOut int64
	b.ReportAllocs()
	for b.Loop() {
		tr, err := Generate(cfg, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		lines, bytesOut = tr.Stats.Lines, tr.Stats.Bytes
	}
	b.SetBytes(bytesOut)
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
