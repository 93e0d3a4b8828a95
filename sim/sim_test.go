package sim

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/vigilops/vigil/event"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/valyala/fastjson"
)

// line is the part of a log line the tests look at.
type line struct {
	Timestamp, Level, Service, Version, Host, Message, Action string
	Status                                                    int
	ErrorCode, TraceID, ShopID                                string
	SyncKind                                                  string
	Delay                                                     *float64
	JobName                                                   string
	BuyerName, BuyerEmail, BuyerPhone, Street                 string

	at time.Time
}

// parseLine decodes the fields the tests use; fastjson keeps a day of
// lines quick to check under the race detector.
func parseLine(p *fastjson.Parser, b []byte) (line, error) {
	v, err := p.ParseBytes(b)
	if err != nil {
		return line{}, err
	}
	if v.Type() != fastjson.TypeObject {
		return line{}, fmt.Errorf("not an object")
	}
	str := func(keys ...string) string { return string(v.GetStringBytes(keys...)) }
	l := line{
		Timestamp: str("@timestamp"), Level: str("log", "level"),
		Service: str("service", "name"), Version: str("service", "version"), Host: str("host", "name"),
		Message: str("message"), Action: str("event", "action"),
		Status:    v.GetInt("http", "response", "status_code"),
		ErrorCode: str("error", "code"), TraceID: str("trace", "id"), ShopID: str("shop", "id"),
		SyncKind: str("sync", "kind"), JobName: str("job", "name"),
		BuyerName: str("buyer", "name"), BuyerEmail: str("buyer", "email"), BuyerPhone: str("buyer", "phone"),
		Street: str("shipping", "address", "street"),
	}
	if d := v.Get("sync", "delay_seconds"); d != nil {
		f, err := d.Float64()
		if err != nil {
			return line{}, err
		}
		l.Delay = &f
	}
	return l, nil
}

// day is one simulated day at a low rate, generated and parsed once and
// shared by the tests that inspect a whole day.
type day struct {
	cfg       Config
	lines     []line // well-formed lines only
	malformed []string
	raw       []byte // the whole output, newline separated
	pii       []PIIValue
	// piiNotInLine counts PII values first reported with a line that
	// does not contain them.
	piiNotInLine int
	incidents    []Incident
	sim          *Simulator
}

var (
	dayOnce sync.Once
	theDay  *day
	dayErr  string
)

func testConfig() Config {
	cfg := DefaultConfig()
	cfg.Seed = 42
	cfg.Rate = 2
	cfg.MalformedEvery = 997
	return cfg
}

func getDay(t *testing.T) *day {
	t.Helper()
	dayOnce.Do(func() {
		d := &day{cfg: testConfig()}
		s := New(d.cfg)
		var buf bytes.Buffer
		var p fastjson.Parser
		var check piiChecker
		for {
			b, at, ok := s.Next()
			if !ok {
				break
			}
			buf.Write(b)
			buf.WriteByte('\n')
			d.piiNotInLine += check.missing(s, b)
			if s.Malformed() {
				d.malformed = append(d.malformed, string(b))
				continue
			}
			l, err := parseLine(&p, b)
			if err != nil {
				dayErr = "line not flagged malformed does not parse: " + err.Error()
				return
			}
			l.at = at
			d.lines = append(d.lines, l)
		}
		d.raw = buf.Bytes()
		d.pii = s.PII()
		d.incidents = s.Incidents()
		d.sim = s
		theDay = d
	})
	if dayErr != "" {
		t.Fatal(dayErr)
	}
	return theDay
}

// piiChecker checks that the PII values a simulator reports with a line
// (the ones added since the previous line) are in that line.
type piiChecker struct{ seen int }

// missing returns how many values reported with line b it does not contain.
func (c *piiChecker) missing(s *Simulator, b []byte) int {
	n := 0
	for _, v := range s.pii[c.seen:] {
		if !bytes.Contains(b, []byte(v.Value)) && !bytes.Contains(b, jsonEscaped(v.Value)) {
			n++
		}
	}
	c.seen = len(s.pii)
	return n
}

func (d *day) incident(t *testing.T, name string) Incident {
	t.Helper()
	for _, in := range d.incidents {
		if in.Name == name {
			return in
		}
	}
	t.Fatalf("incident %q not in script", name)
	return Incident{}
}

func generate(cfg Config) []byte {
	var buf bytes.Buffer
	if _, err := WriteNDJSON(&buf, cfg); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

func TestDeterminism(t *testing.T) {
	base := Config{Seed: 7, Rate: 5, Duration: 3 * time.Hour, MalformedEvery: 100}
	other := base
	other.Seed = 8
	zeroSeed := base
	zeroSeed.Seed = 0

	a := generate(base)
	if len(a) == 0 {
		t.Fatal("no output")
	}
	tests := []struct {
		name string
		cfg  Config
		same bool
	}{
		{"same seed", base, true},
		{"other seed", other, false},
		{"seed zero is a fixed seed too", zeroSeed, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := generate(tt.cfg)
			if got := bytes.Equal(a, b); got != tt.same {
				t.Fatalf("identical output = %v, want %v", got, tt.same)
			}
		})
	}
	if z1, z2 := generate(zeroSeed), generate(zeroSeed); !bytes.Equal(z1, z2) {
		t.Fatal("seed 0 is not reproducible")
	}
}

func TestLinesValidAndMonotonic(t *testing.T) {
	d := getDay(t)
	if len(d.lines) < 50000 {
		t.Fatalf("only %d lines in a day at rate %v", len(d.lines), d.cfg.Rate)
	}
	levels := map[string]bool{"debug": true, "info": true, "warn": true, "error": true, "fatal": true}
	var prev time.Time
	for i, l := range d.lines {
		ts, err := time.Parse(time.RFC3339Nano, l.Timestamp)
		if err != nil {
			t.Fatalf("line %d: @timestamp %q: %v", i, l.Timestamp, err)
		}
		if !ts.Equal(l.at) {
			t.Fatalf("line %d: @timestamp %v but Next reported %v", i, ts, l.at)
		}
		if ts.Before(prev) {
			t.Fatalf("line %d: time went back from %v to %v", i, prev, ts)
		}
		prev = ts
		if l.Service == "" || l.Version == "" || l.Host == "" || l.Message == "" || !levels[l.Level] {
			t.Fatalf("line %d lacks a required field: %+v", i, l)
		}
		if l.TraceID != "" && len(l.TraceID) != 32 {
			t.Fatalf("line %d: trace.id %q is not 32 hex digits", i, l.TraceID)
		}
	}
	first, last := d.lines[0].at, d.lines[len(d.lines)-1].at
	if first.Before(d.cfg.Start) || !last.Before(d.cfg.Start.Add(d.cfg.Duration)) {
		t.Fatalf("lines span %v..%v, outside the configured day", first, last)
	}
}

func TestMalformedLines(t *testing.T) {
	d := getDay(t)
	total := len(d.lines) + len(d.malformed)
	want := total / d.cfg.MalformedEvery
	if n := len(d.malformed); n < want-2 || n > want {
		t.Fatalf("%d malformed lines in %d, want about every %dth (%d)", n, total, d.cfg.MalformedEvery, want)
	}
	kinds := map[string]int{}
	for _, m := range d.malformed {
		var obj map[string]any
		if err := json.Unmarshal([]byte(m), &obj); err != nil {
			kinds["truncated"]++
			continue
		}
		ts, ok := obj["@timestamp"].(string)
		if !ok {
			kinds["no timestamp"]++
			continue
		}
		if _, err := time.Parse(time.RFC3339Nano, ts); err == nil {
			t.Fatalf("line flagged malformed is a valid event: %s", m)
		}
		kinds["bad timestamp"]++
	}
	for _, k := range []string{"truncated", "no timestamp", "bad timestamp"} {
		if kinds[k] == 0 {
			t.Errorf("no malformed line of kind %q (got %v)", k, kinds)
		}
	}
	if lines, bad := d.sim.Counts(); lines != total || bad != len(d.malformed) {
		t.Errorf("Counts() = %d, %d; want %d, %d", lines, bad, total, len(d.malformed))
	}
}

func TestDefaults(t *testing.T) {
	tests := []struct {
		name      string
		in        Config
		wantShops int
		wantMal   int
	}{
		{"zero config", Config{}, DefaultShops, 0},
		{"too few shops", Config{Shops: 2}, minShops, 0},
		{"more shops than the table", Config{Shops: 15}, 15, 0},
		{"negative malformed", Config{MalformedEvery: -3}, DefaultShops, 0},
		{"default config", DefaultConfig(), DefaultShops, DefaultMalformedEvery},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.in)
			c := s.Config()
			if !c.Start.Equal(DefaultStart) || c.Rate != DefaultRate || c.Duration != DefaultDuration {
				t.Errorf("defaults not filled: %+v", c)
			}
			if c.Shops != tt.wantShops || len(s.shops) != tt.wantShops || c.MalformedEvery != tt.wantMal {
				t.Errorf("shops %d (%d built), malformed %d; want %d, %d", c.Shops, len(s.shops), c.MalformedEvery, tt.wantShops, tt.wantMal)
			}
			ids := map[string]bool{}
			for _, sh := range s.shops {
				if ids[sh.id] {
					t.Errorf("shop id %s twice", sh.id)
				}
				ids[sh.id] = true
			}
			for _, id := range []string{burstShopID, newErrorShopID} {
				if !ids[id] {
					t.Errorf("incident shop %s missing", id)
				}
			}
		})
	}
}

func TestDiurnalRhythm(t *testing.T) {
	d := getDay(t)
	count := func(fromH, toH int) int {
		n := 0
		from, to := d.cfg.Start.Add(time.Duration(fromH)*time.Hour), d.cfg.Start.Add(time.Duration(toH)*time.Hour)
		for _, l := range d.lines {
			if !l.at.Before(from) && l.at.Before(to) {
				n++
			}
		}
		return n
	}
	night, morning, evening := count(3, 5), count(10, 12), count(20, 22)
	if night*3 > morning || night*3 > evening {
		t.Fatalf("no daily rhythm: 03-05h %d lines, 10-12h %d, 20-22h %d", night, morning, evening)
	}
}

func TestIncidentScript(t *testing.T) {
	d := getDay(t)
	if len(d.incidents) != 5 {
		t.Fatalf("%d incidents in a day, want 5", len(d.incidents))
	}
	warm := d.cfg.Start.Add(2 * time.Hour)
	end := d.cfg.Start.Add(24 * time.Hour)
	for _, in := range d.incidents {
		if in.Start.Before(warm) || !in.End.After(in.Start) || in.End.After(end) {
			t.Errorf("%s: window %v..%v not within hours 2..24", in.Name, in.Start, in.End)
		}
		if in.Service == "" || in.Description == "" || in.Signal.Kind == "" || in.Signal.Match == "" {
			t.Errorf("%s: incomplete: %+v", in.Name, in)
		}
	}
	short := New(Config{Duration: 11 * time.Hour})
	if got := len(short.Incidents()); got != 2 {
		t.Errorf("an 11-hour run lists %d incidents, want the 2 that start before 11:00", got)
	}
}

func in(l line, i Incident) bool { return !l.at.Before(i.Start) && l.at.Before(i.End) }

func TestIncidentAmazon429Burst(t *testing.T) {
	d := getDay(t)
	inc := d.incident(t, "amazon-429-burst")
	shop := inc.Labels["shop.id"]
	var inN, in429, outN, out429 int
	for _, l := range d.lines {
		if l.Service != SvcAmazonAPI || l.ShopID != shop {
			continue
		}
		is429 := l.Status == 429
		if in(l, inc) {
			inN++
			if is429 {
				in429++
			}
		} else {
			outN++
			if is429 {
				out429++
			}
		}
	}
	if inN < 50 {
		t.Fatalf("only %d calls for %s in the burst window", inN, shop)
	}
	inR, outR := float64(in429)/float64(inN), float64(out429)/float64(outN)
	t.Logf("429 ratio for %s: %.3f in burst (%d/%d), %.4f outside (%d/%d)", shop, inR, in429, inN, outR, out429, outN)
	if inR < 0.25 || outR > 0.015 || out429 == 0 {
		t.Fatalf("429 ratio for %s: %.3f in burst (%d/%d), %.4f outside (%d/%d)", shop, inR, in429, inN, outR, out429, outN)
	}
}

func TestIncidentInventoryStall(t *testing.T) {
	d := getDay(t)
	inc := d.incident(t, "inventory-full-sync-stalled")
	var beats []time.Time
	var quietLines int
	for _, l := range d.lines {
		if l.JobName == JobInventoryFullSync {
			beats = append(beats, l.at)
		}
		if l.Service == SvcInventorySync && l.at.After(inc.Start.Add(time.Minute)) && l.at.Before(inc.End) {
			quietLines++
		}
	}
	if quietLines != 0 {
		t.Errorf("%d inventory-sync lines while it should be quiet", quietLines)
	}
	var longest time.Duration
	var gapStart time.Time
	for i := 1; i < len(beats); i++ {
		if g := beats[i].Sub(beats[i-1]); g > longest {
			longest, gapStart = g, beats[i-1]
		}
	}
	if longest < 2*time.Hour {
		t.Fatalf("longest heartbeat gap %v, want over 2h", longest)
	}
	if gapStart.Before(inc.Start.Add(-time.Minute)) || gapStart.After(inc.Start.Add(time.Minute)) {
		t.Errorf("longest gap starts at %v, incident at %v", gapStart, inc.Start)
	}
	// Outside the outage, heartbeats keep their 15-minute cadence.
	for i := 1; i < len(beats); i++ {
		if beats[i-1].Equal(gapStart) {
			continue
		}
		if g := beats[i].Sub(beats[i-1]); g > 16*time.Minute {
			t.Fatalf("heartbeat gap of %v at %v outside the outage", g, beats[i-1])
		}
	}
}

func p95(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	sort.Float64s(s)
	return s[int(0.95*float64(len(s)-1))]
}

func TestIncidentOrderSyncDrift(t *testing.T) {
	d := getDay(t)
	inc := d.incident(t, "order-sync-delay-drift")
	var normal, early, late []float64
	lateFrom := inc.Start.Add(75 * time.Minute)
	lateTo := inc.Start.Add(90 * time.Minute)
	for _, l := range d.lines {
		if l.Service != SvcOrderSync || l.SyncKind != "order" || l.Delay == nil {
			continue
		}
		switch {
		case l.at.Before(inc.Start):
			normal = append(normal, *l.Delay)
		case l.at.Before(inc.Start.Add(15 * time.Minute)):
			early = append(early, *l.Delay)
		case !l.at.Before(lateFrom) && l.at.Before(lateTo):
			late = append(late, *l.Delay)
		}
	}
	pn, pe, pl := p95(normal), p95(early), p95(late)
	t.Logf("p95 delay: normal %.1fs (%d), early drift %.1fs (%d), late drift %.1fs (%d)", pn, len(normal), pe, len(early), pl, len(late))
	if pn < 15 || pn > 60 {
		t.Errorf("normal p95 delay %.1fs, want about 30s", pn)
	}
	if !(pe < pl) || pl < 600 {
		t.Errorf("p95 delay early in drift %.1fs, late %.1fs; want a rise above 600s", pe, pl)
	}
}

func TestIncidentPaymentFailures(t *testing.T) {
	d := getDay(t)
	inc := d.incident(t, "payment-callback-failures")
	var inN, inErr, outN, outErr, timeouts int
	for _, l := range d.lines {
		if l.Service != SvcPaymentCallback {
			continue
		}
		isErr := l.Level == "error"
		if in(l, inc) {
			inN++
			if isErr {
				inErr++
				if l.ErrorCode == "PAYMENT_CALLBACK_TIMEOUT" {
					timeouts++
				}
			}
		} else {
			outN++
			if isErr {
				outErr++
			}
		}
	}
	inR, outR := float64(inErr)/float64(inN), float64(outErr)/float64(outN)
	t.Logf("payment error ratio %.3f in spike (%d/%d), %.4f outside (%d/%d)", inR, inErr, inN, outR, outErr, outN)
	if inR < 0.15 || outR > 0.02 || outErr == 0 {
		t.Fatalf("payment error ratio %.3f in spike (%d/%d), %.4f outside (%d/%d)", inR, inErr, inN, outR, outErr, outN)
	}
	if timeouts*2 < inErr {
		t.Errorf("only %d of %d spike errors are timeouts", timeouts, inErr)
	}
}

func TestIncidentNewErrorCode(t *testing.T) {
	d := getDay(t)
	inc := d.incident(t, "new-error-code")
	var before, during, after int
	for _, l := range d.lines {
		if l.ErrorCode != inc.Signal.Value {
			continue
		}
		switch {
		case l.at.Before(inc.Start):
			before++
		case in(l, inc):
			during++
			if l.ShopID != inc.Labels["shop.id"] {
				t.Errorf("new code on shop %s", l.ShopID)
			}
		default:
			after++
		}
	}
	t.Logf("%s: %d before, %d during, %d after", inc.Signal.Value, before, during, after)
	if before != 0 || after != 0 || during < 5 {
		t.Fatalf("%s seen %d times before, %d during, %d after", inc.Signal.Value, before, during, after)
	}
}

func TestDeploys(t *testing.T) {
	d := getDay(t)
	versions := map[string]string{}
	nDeploy := 0
	for _, l := range d.lines {
		if l.Action == "deploy" {
			nDeploy++
			versions[l.Service] = l.Version
			continue
		}
		if v, ok := versions[l.Service]; ok && v != l.Version {
			t.Fatalf("%s logs version %s after deploying %s", l.Service, l.Version, v)
		}
	}
	if nDeploy != len(deploys) {
		t.Fatalf("%d deploy lines, want %d", nDeploy, len(deploys))
	}
}

func TestPIIGroundTruth(t *testing.T) {
	d := getDay(t)
	set := map[PIIValue]bool{}
	kinds := map[string]int{}
	for _, v := range d.pii {
		if set[v] {
			t.Fatalf("PII value reported twice: kind %s", v.Kind)
		}
		set[v] = true
		kinds[v.Kind]++
	}
	for _, k := range []string{PIIName, PIIEmail, PIIPhone, PIIAddress, PIICard, PIIToken} {
		if kinds[k] == 0 {
			t.Errorf("no PII of kind %s in a day (%v)", k, kinds)
		}
	}
	// Every structured PII field holds a reported value.
	fieldPII := 0
	for _, l := range d.lines {
		for _, v := range []PIIValue{{PIIName, l.BuyerName}, {PIIEmail, l.BuyerEmail}, {PIIPhone, l.BuyerPhone}, {PIIAddress, l.Street}} {
			if v.Value == "" {
				continue
			}
			fieldPII++
			if !set[v] {
				t.Fatalf("structured %s value not in PII()", v.Kind)
			}
		}
	}
	if fieldPII == 0 {
		t.Fatal("no structured PII at all")
	}
	// Every reported value is in the line that first emitted it.
	if d.piiNotInLine != 0 {
		t.Fatalf("%d PII values were reported with a line that does not contain them", d.piiNotInLine)
	}
	inText := 0
	for _, l := range d.lines {
		for _, v := range []string{l.BuyerEmail, l.BuyerPhone} {
			if v != "" && strings.Contains(l.Message, v) {
				inText++
			}
		}
	}
	for _, m := range []string{"shipped order ", "customer phone ", "buyer_email=", "?email=", "payment callback failed for "} {
		if !bytes.Contains(d.raw, []byte(m)) {
			t.Errorf("no %q line carrying PII in free text", m)
		}
	}
	if inText == 0 {
		t.Error("no line repeats a structured e-mail or phone in its message")
	}
}

func jsonEscaped(s string) []byte {
	b := event.AppendString(nil, s)
	return b[1 : len(b)-1]
}

func TestPIICallback(t *testing.T) {
	cfg := Config{Seed: 3, Rate: 4, Duration: 2 * time.Hour}
	a := New(cfg)
	for {
		if _, _, ok := a.Next(); !ok {
			break
		}
	}
	var streamed []PIIValue
	cfg.OnPII = func(v PIIValue) { streamed = append(streamed, v) }
	b := New(cfg)
	for {
		if _, _, ok := b.Next(); !ok {
			break
		}
	}
	if b.PII() != nil {
		t.Error("PII() should be nil with OnPII set")
	}
	want := map[PIIValue]bool{}
	for _, v := range a.PII() {
		want[v] = true
	}
	got := map[PIIValue]bool{}
	for _, v := range streamed {
		got[v] = true
	}
	if len(want) == 0 || len(got) != len(want) {
		t.Fatalf("streamed %d distinct values, stored %d", len(got), len(want))
	}
	for v := range want {
		if !got[v] {
			t.Fatalf("a %s value was stored but not streamed", v.Kind)
		}
	}
}

func TestWriteNDJSON(t *testing.T) {
	cfg := Config{Seed: 5, Rate: 4, Duration: time.Hour, MalformedEvery: 50}
	var buf bytes.Buffer
	st, err := WriteNDJSON(&buf, cfg)
	if err != nil {
		t.Fatal(err)
	}
	n := bytes.Count(buf.Bytes(), []byte{'\n'})
	if st.Lines != n || st.Lines == 0 || st.Bytes != int64(buf.Len()) {
		t.Fatalf("stats %d lines %d bytes, output %d lines %d bytes", st.Lines, st.Bytes, n, buf.Len())
	}
	if st.Malformed != st.Lines/cfg.MalformedEvery && st.Malformed != st.Lines/cfg.MalformedEvery-1 {
		t.Errorf("%d malformed of %d lines", st.Malformed, st.Lines)
	}
	sum := 0
	for _, c := range st.ByService {
		sum += c
	}
	if sum != st.Lines-st.Malformed {
		t.Errorf("per-service counts add to %d, want %d", sum, st.Lines-st.Malformed)
	}
	if st.First.Before(cfg.Start) || st.Last.After(DefaultStart.Add(time.Hour)) || !st.Last.After(st.First) {
		t.Errorf("span %v..%v", st.First, st.Last)
	}
	if _, err := WriteNDJSON(failWriter{}, cfg); err == nil {
		t.Error("write error not reported")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, bytes.ErrTooLarge }

func TestAppendJSONString(t *testing.T) {
	tests := []string{"plain", `quote " and \ slash`, "tab\tnew\nline\r", "ctl \x01\x1f", "Müller 王芳", "bad \xff byte"}
	for _, in := range tests {
		b := event.AppendString(nil, in)
		var out string
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatalf("%q encodes to invalid JSON %s: %v", in, b, err)
		}
		want := string([]rune(in)) // each invalid byte becomes U+FFFD
		if out != want {
			t.Errorf("%q round-trips to %q", in, out)
		}
	}
}

func TestTimeAcrossBoundaries(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	tests := []struct {
		name  string
		start time.Time
		dur   time.Duration
	}{
		{"across midnight", time.Date(2026, 11, 24, 23, 30, 0, 0, time.UTC), time.Hour},
		{"odd start in another zone", time.Date(2026, 11, 25, 8, 7, 13, 500, tokyo), 40 * time.Minute},
		{"two days", DefaultStart, 48 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rate := 2.0
			if tt.dur > 24*time.Hour {
				rate = 0.2
			}
			s := New(Config{Start: tt.start, Duration: tt.dur, Rate: rate, Seed: 11})
			var p fastjson.Parser
			var prev time.Time
			n, jobs := 0, 0
			for {
				b, at, ok := s.Next()
				if !ok {
					break
				}
				l, err := parseLine(&p, b)
				if err != nil {
					t.Fatalf("line %d: %v", n, err)
				}
				ts, err := time.Parse(time.RFC3339Nano, l.Timestamp)
				if err != nil || !ts.Equal(at) || at.Before(prev) || at.Before(tt.start) || !at.Before(tt.start.Add(tt.dur)) {
					t.Fatalf("line %d: @timestamp %q, at %v, previous %v (err %v)", n, l.Timestamp, at, prev, err)
				}
				if l.JobName != "" {
					jobs++
				}
				prev = at
				n++
			}
			if n == 0 || jobs == 0 {
				t.Fatalf("%d lines, %d job heartbeats", n, jobs)
			}
		})
	}
}

func ExampleSimulator_Incidents() {
	s := New(Config{Seed: 1})
	for _, in := range s.Incidents() {
		fmt.Printf("%s %s %s-%s %s\n", in.Name, in.Service, in.Start.Format("15:04"), in.End.Format("15:04"), in.Signal.Kind)
	}
	// Output:
	// amazon-429-burst amazon-api 08:00-08:20 ratio
	// order-sync-delay-drift order-sync 10:30-12:20 p95
	// inventory-full-sync-stalled inventory-sync 12:45-15:30 absence
	// payment-callback-failures payment-callback 19:10-19:25 ratio
	// new-error-code order-sync 21:00-21:20 new_value
}

func TestSkip(t *testing.T) {
	full := Config{Seed: 4, Rate: 4, Duration: 9 * time.Hour, MalformedEvery: 97}
	from := full.Start
	if from.IsZero() {
		from = DefaultStart
	}
	cut := from.Add(7*time.Hour + 30*time.Minute)

	var tail bytes.Buffer
	s := New(full)
	for {
		b, at, ok := s.Next()
		if !ok {
			break
		}
		if !at.Before(cut) {
			tail.Write(b)
			tail.WriteByte('\n')
		}
	}
	skipped := full
	skipped.Skip = cut.Sub(from)
	var got bytes.Buffer
	st, err := WriteNDJSON(&got, skipped)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(tail.Bytes(), got.Bytes()) {
		t.Fatalf("skipped run (%d bytes) differs from the tail of the full run (%d bytes)", got.Len(), tail.Len())
	}
	if st.First.Before(cut) || st.Malformed == 0 {
		t.Errorf("first line at %v (cut %v), %d malformed", st.First, cut, st.Malformed)
	}
	if len(st.Incidents) != 1 || st.Incidents[0].Name != "amazon-429-burst" {
		t.Errorf("incidents in 07:30-09:00: %+v", st.Incidents)
	}
	s2 := New(skipped)
	var check piiChecker
	missing := 0
	for {
		b, _, ok := s2.Next()
		if !ok {
			break
		}
		missing += check.missing(s2, b)
	}
	if n, _ := s2.Counts(); n != st.Lines {
		t.Errorf("Counts() = %d lines, WriteNDJSON wrote %d", n, st.Lines)
	}
	if len(s2.PII()) == 0 || missing != 0 {
		t.Fatalf("%d PII values, %d of them not in the line reported with them", len(s2.PII()), missing)
	}
}

// flatten turns nested objects into dotted keys.
func flatten(prefix string, in map[string]any, out map[string]any) {
	for k, v := range in {
		if m, ok := v.(map[string]any); ok {
			flatten(prefix+k+".", m, out)
			continue
		}
		out[prefix+k] = v
	}
}

func TestDottedKeys(t *testing.T) {
	cfg := Config{Seed: 6, Rate: 4, Duration: time.Hour, MalformedEvery: 40}
	dcfg := cfg
	dcfg.DottedKeys = true
	nested, dotted := New(cfg), New(dcfg)
	n := 0
	for {
		a, atA, okA := nested.Next()
		b, atB, okB := dotted.Next()
		if okA != okB || !atA.Equal(atB) {
			t.Fatalf("line %d: streams diverge (%v %v, %v %v)", n, okA, atA, okB, atB)
		}
		if !okA {
			break
		}
		n++
		if nested.Malformed() != dotted.Malformed() {
			t.Fatalf("line %d: malformed in one mode only", n)
		}
		if nested.Malformed() {
			continue
		}
		var ma, mb map[string]any
		if err := json.Unmarshal(a, &ma); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &mb); err != nil {
			t.Fatalf("dotted line %d: %v", n, err)
		}
		flat := map[string]any{}
		flatten("", ma, flat)
		if len(flat) != len(mb) {
			t.Fatalf("line %d: %d nested leaves, %d dotted keys", n, len(flat), len(mb))
		}
		for k, v := range flat {
			if mb[k] != v {
				t.Fatalf("line %d: %s = %v nested, %v dotted", n, k, v, mb[k])
			}
		}
		if _, ok := mb["service.name"]; !ok {
			t.Fatalf("line %d has no dotted service.name", n)
		}
	}
	if n == 0 {
		t.Fatal("no lines")
	}
}
