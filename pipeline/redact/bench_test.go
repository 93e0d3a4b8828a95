package redact

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/brianvoe/gofakeit/v7"
	"github.com/vigilops/vigil/event"
)

// realisticLines builds 300–500-byte back-office log events, about one in
// four carrying PII in free text.
func realisticLines(n int) [][]byte {
	g := gen{gofakeit.New(7)}
	var out [][]byte
	msgs := []func() string{
		func() string { return "order sync completed for 40 orders in 1234 ms" },
		func() string {
			return fmt.Sprintf("GET /orders/v0/orders?CreatedAfter=2026-11-25T07:00:00Z returned 429 after %d ms", g.f.IntRange(100, 999))
		},
		func() string { return "inventory feed submitted for SKU-4411-BLK qty 40, feed id 50012018843" },
		func() string {
			return fmt.Sprintf("order %s shipped via UPS 1Z999AA10123456784, label created", g.digits("###-#######-#######"))
		},
		func() string { return "courier could not reach " + g.phone() + ", will retry" },
		func() string { return "refund requested by " + g.f.Email() + " for order #1043" },
		func() string { return "payment declined for card " + g.card() + " amount 129.99 USD" },
		func() string { return "price sync failed: upstream 503 Service Unavailable, retrying in 30s" },
	}
	for i := 0; i < n; i++ {
		msg := msgs[i%len(msgs)]()
		line := fmt.Sprintf(`{"@timestamp":"2026-11-25T08:%02d:%02d.%03dZ","service":{"name":"amazon-api","version":"1.14.2"},"log":{"level":"info"},"message":%q,"event":{"action":"order_sync","duration":%d},"http":{"request":{"method":"GET"},"response":{"status_code":200}},"trace":{"id":"%s"},"shop":{"platform":"amazon","id":"S12","region":"us-east-1"},"sync":{"kind":"order","delay_seconds":%d}}`,
			i%60, (i/60)%60, i%1000, msg, g.f.IntRange(1e6, 9e8), g.hex(32), g.f.IntRange(0, 90))
		out = append(out, []byte(line))
	}
	return out
}

// cpuMeter reports throughput per CPU-second as well as per wall-clock
// second: on a shared, loaded machine wall-clock MB/s understates what one
// core does, process CPU time does not.
type cpuMeter struct {
	b      *testing.B
	start  int64
	paused int64 // CPU time spent outside the measure (pause … resume)
	at     int64
}

// pause and resume leave work done between them (decoding the next batch)
// out of the measure, as StopTimer and StartTimer do for ns/op.
func (m *cpuMeter) pause()  { m.at = cpuTime() }
func (m *cpuMeter) resume() { m.paused += cpuTime() - m.at }

// cpuTime is the process's user+system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func startCPU(b *testing.B) *cpuMeter { return &cpuMeter{b: b, start: cpuTime()} }

func (m *cpuMeter) stop(bytesPerOp int) {
	ns := cpuTime() - m.start - m.paused
	if ns > 0 {
		m.b.ReportMetric(float64(bytesPerOp)*float64(m.b.N)/(float64(ns)/1e9)/1e6, "MB/cpu-s")
	}
}

// BenchmarkText redacts realistic 300–500-byte plain-text (logfmt) log
// lines with String: the free-text figure reported in README.
func BenchmarkText(b *testing.B) {
	r := newDefault(b)
	lines := realisticLines(256)
	dec := event.NewDecoder(nil)
	var ev event.Event
	strs := make([]string, len(lines))
	total := 0
	for i, l := range lines {
		if err := dec.Decode(l, &ev); err != nil {
			b.Fatal(err)
		}
		var sb strings.Builder
		for k, f := range ev.Fields {
			if k > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(f.Path)
			sb.WriteByte('=')
			if f.Path == "message" {
				sb.WriteString(fmt.Sprintf("%q", f.Value.Text()))
			} else {
				sb.WriteString(f.Value.Text())
			}
		}
		strs[i] = sb.String()
		total += len(strs[i])
	}
	b.SetBytes(int64(total / len(strs)))
	b.ReportAllocs()
	b.ResetTimer()
	m := startCPU(b)
	for i := 0; i < b.N; i++ {
		_ = r.String(strs[i%len(strs)])
	}
	m.stop(total / len(strs))
}

// BenchmarkMessage redacts only the free-text message of realistic events.
func BenchmarkMessage(b *testing.B) {
	r := newDefault(b)
	lines := realisticLines(256)
	dec := event.NewDecoder(nil)
	var ev event.Event
	var msgs []string
	total := 0
	for _, l := range lines {
		if err := dec.Decode(l, &ev); err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, ev.Text("message"))
		total += len(msgs[len(msgs)-1])
	}
	b.SetBytes(int64(total / len(msgs)))
	b.ReportAllocs()
	b.ResetTimer()
	m := startCPU(b)
	for i := 0; i < b.N; i++ {
		_ = r.String(msgs[i%len(msgs)])
	}
	m.stop(total / len(msgs))
}

// BenchmarkAppendJSON redacts realistic lines structurally (Writer, DLQ).
func BenchmarkAppendJSON(b *testing.B) {
	r := newDefault(b)
	lines := realisticLines(256)
	total := 0
	for _, l := range lines {
		total += len(l)
	}
	b.SetBytes(int64(total / len(lines)))
	b.ReportAllocs()
	buf := make([]byte, 0, 1024)
	b.ResetTimer()
	m := startCPU(b)
	for i := 0; i < b.N; i++ {
		buf, _ = r.AppendJSON(buf[:0], lines[i%len(lines)])
	}
	m.stop(total / len(lines))
}

// BenchmarkEvent redacts decoded events in place (the pipeline's path):
// 16,384 events whose timestamps, trace ids, durations and generated values
// do not repeat within the run, decoded 256 at a time outside the timer and
// the CPU meter, so each is redacted as the pipeline meets it, just decoded.
// What the stream repeats (levels, service and region names, constant
// messages) is served by the cache of inert values (inert.go); the rest is
// scanned.
func BenchmarkEvent(b *testing.B) { benchEvent(b, realisticLines(1<<14), false) }

// BenchmarkEventUnique is BenchmarkEvent with a request number appended to
// every message, so no message repeats and each is scanned: the floor for a
// stream whose every message differs.
func BenchmarkEventUnique(b *testing.B) { benchEvent(b, realisticLines(1<<14), true) }

// BenchmarkEventRepeated is BenchmarkEvent over a cycle of 256 events: every
// value repeats, the cache's best case (an upper bound, not a stream).
func BenchmarkEventRepeated(b *testing.B) { benchEvent(b, realisticLines(256), false) }

func benchEvent(b *testing.B, lines [][]byte, unique bool) {
	r := newDefault(b)
	dec := event.NewDecoder(nil)
	total := 0
	for _, l := range lines {
		total += len(l)
	}
	const batch = 256
	work := make([]event.Event, batch)
	for i := range work {
		work[i].Fields = make([]event.Field, 0, 32)
	}
	b.SetBytes(int64(total / len(lines)))
	b.ReportAllocs()
	b.ResetTimer()
	m := startCPU(b)
	for i := 0; i < b.N; i++ {
		k := i % batch
		if k == 0 {
			b.StopTimer()
			m.pause()
			for j := range work {
				if err := dec.Decode(lines[(i+j)%len(lines)], &work[j]); err != nil {
					b.Fatal(err)
				}
				if unique {
					for f := range work[j].Fields {
						if fv := &work[j].Fields[f]; fv.Path == "message" {
							fv.Value.Str += " (request " + strconv.Itoa(i+j) + ")"
						}
					}
				}
			}
			m.resume()
			b.StartTimer()
		}
		r.Event(&work[k])
	}
	m.stop(total / len(lines))
}

// BenchmarkAdversarial shows the scanner stays linear: ns/op grows with
// the input size, MB/s stays flat.
func BenchmarkAdversarial(b *testing.B) {
	r := newDefault(b)
	inputs := map[string]string{
		"digits":    "1 ",
		"parens":    "(1",
		"at":        "a@",
		"dots":      "a.",
		"keys":      "password=",
		"name":      "name=a ",
		"ship":      "ship to x ",
		"markers":   "[REDACTED:",
		"longdigit": "1",
		"cjk":       "收货人",
		"openquote": `password="`,
		"jwt":       "eyJ-",
		"bearer":    "Bearer a ",
		"email":     "a@b",
	}
	for name, unit := range inputs {
		for _, size := range []int{1 << 10, 64 << 10, 256 << 10} {
			s := strings.Repeat(unit, size/len(unit))
			b.Run(fmt.Sprintf("%s/%dKiB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				for i := 0; i < b.N; i++ {
					_ = r.String(s)
				}
			})
		}
	}
}

// BenchmarkRegexpBaseline is the approach this package replaces, for
// comparison: one regexp per pattern per string, on the same lines as
// BenchmarkText (and it catches far less).
func BenchmarkRegexpBaseline(b *testing.B) {
	pats := []string{
		`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`,
		`\+?\d[\d\s().-]{7,}\d`,
		`\b(?:\d[ -]?){13,19}\b`,
		`\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b`,
		`eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*`,
		`\b(?:AKIA|ASIA)[A-Z0-9]{16}\b`,
		`(?i)bearer\s+[A-Za-z0-9._~+/-]+=*`,
		`(?i)(?:password|secret|token|api_key)\s*[=:]\s*\S+`,
		`\bshp(?:at|ss)_[a-fA-F0-9]{32}\b`,
		`\bgh[pousr]_[A-Za-z0-9]{36}\b`,
	}
	var res []*regexp.Regexp
	for _, p := range pats {
		res = append(res, regexp.MustCompile(p))
	}
	lines := realisticLines(256)
	total := 0
	strs := make([]string, len(lines))
	for i, l := range lines {
		strs[i] = string(l)
		total += len(l)
	}
	b.SetBytes(int64(total / len(strs)))
	b.ReportAllocs()
	b.ResetTimer()
	m := startCPU(b)
	for i := 0; i < b.N; i++ {
		s := strs[i%len(strs)]
		for _, re := range res {
			s = re.ReplaceAllString(s, "[REDACTED]")
		}
	}
	m.stop(total / len(strs))
}
