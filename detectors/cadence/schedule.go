package cadence

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Times are unix nanoseconds internally: exact, cheap and JSON-friendly.
const (
	second = int64(time.Second)
	minute = int64(time.Minute)
	hour   = int64(time.Hour)
	day    = 24 * hour
	week   = 7 * day

	// anchor is Monday 1970-01-05 00:00 UTC. Slot offsets are measured from
	// it modulo the cycle: every cycle divides a week and all but the week
	// divide a day, so offsets read as a minute past the hour, a time of day
	// in UTC, or a weekday and time.
	anchor = 4 * day

	never = int64(math.MaxInt64)
)

type schedKind uint8

const (
	kindSlots    schedKind = iota + 1 // fixed slots in a cycle (learned)
	kindInterval                      // a fixed interval after the last start
	kindCron                          // a declared cron expression
)

var kindNames = map[schedKind]string{kindSlots: "slots", kindInterval: "interval", kindCron: "cron"}

// sched is a schedule, learned or declared. All durations are nanoseconds.
type sched struct {
	kind     schedKind
	cycle    int64   // slots: the cycle (10m … 1 week)
	offsets  []int64 // slots: sorted offsets from anchor modulo cycle
	interval int64   // interval: the period
	spacing  int64   // the shortest time between two consecutive slots
	grace    int64   // a slot is missed when no run started by slot+grace
	early    int64   // a run up to early before a slot counts for it

	// declared schedules only
	declared bool
	spec     string
	tz       string
	cs       cron.Schedule
}

// next returns the first slot strictly after t. ref is the reference run
// of an interval schedule (slots are ref + k·interval); slot and cron
// schedules ignore it. It returns never if there is none.
func (s *sched) next(t, ref int64) int64 {
	switch s.kind {
	case kindSlots:
		base := anchor + floorDiv(t-anchor, s.cycle)*s.cycle
		for _, o := range s.offsets {
			if base+o > t {
				return base + o
			}
		}
		return base + s.cycle + s.offsets[0]
	case kindInterval:
		if t < ref {
			return ref + s.interval
		}
		return ref + (floorDiv(t-ref, s.interval)+1)*s.interval
	case kindCron:
		n := s.cs.Next(time.Unix(0, t).UTC())
		if n.IsZero() {
			return never
		}
		return n.UnixNano()
	}
	return never
}

// words describes the schedule for people: "hourly at :05", "every 20m from
// :07", "daily at 02:37 UTC", "weekly on Mon at 09:00 UTC", "every 25m".
func (s *sched) words() string {
	if s == nil {
		return ""
	}
	if s.declared {
		if s.kind == kindInterval {
			return fmt.Sprintf("cron %q (every %s after the last start)", s.spec, fmtDur(s.interval))
		}
		return fmt.Sprintf("cron %q in %s", s.spec, s.tz)
	}
	switch s.kind {
	case kindInterval:
		// A learned interval is a median: say it to the minute (to ten
		// seconds below ten minutes).
		p := s.interval
		switch {
		case p >= 10*minute:
			p = (p + minute/2) / minute * minute
		case p >= minute:
			p = (p + 5*second) / (10 * second) * (10 * second)
		}
		return "every " + fmtDur(p)
	case kindSlots:
		return slotWords(s.cycle, s.offsets)
	}
	return ""
}

func slotWords(c int64, offs []int64) string {
	n := int64(len(offs))
	equal := true
	for i := 1; i < len(offs); i++ {
		if offs[i]-offs[i-1] != c/n {
			equal = false
		}
	}
	if n == 1 || equal {
		period := c / n
		first := offs[0]
		switch {
		case period == hour:
			return fmt.Sprintf("hourly at :%02d", first%hour/minute)
		case period == day:
			return fmt.Sprintf("daily at %s UTC", hhmm(first))
		case c == week && n == 1:
			return fmt.Sprintf("weekly on %s at %s UTC", weekday(first), hhmm(first))
		case period < hour:
			return fmt.Sprintf("every %s from :%02d", fmtDur(period), first%hour/minute)
		default:
			return fmt.Sprintf("every %s from %s UTC", fmtDur(period), hhmm(first))
		}
	}
	parts := make([]string, len(offs))
	switch {
	case c <= hour:
		for i, o := range offs {
			parts[i] = fmt.Sprintf(":%02d", o%hour/minute)
		}
		return "hourly at " + strings.Join(parts, ", ")
	case c < day:
		for i, o := range offs {
			parts[i] = hhmm(o)
		}
		return fmt.Sprintf("every %s at %s UTC", fmtDur(c), strings.Join(parts, ", "))
	case c == day:
		for i, o := range offs {
			parts[i] = hhmm(o)
		}
		return "daily at " + strings.Join(parts, ", ") + " UTC"
	}
	sameTime := true
	for _, o := range offs {
		if o%day != offs[0]%day {
			sameTime = false
		}
	}
	for i, o := range offs {
		if sameTime {
			parts[i] = weekday(o)
		} else {
			parts[i] = weekday(o) + " " + hhmm(o)
		}
	}
	if sameTime {
		return fmt.Sprintf("weekly on %s at %s UTC", strings.Join(parts, ", "), hhmm(offs[0]))
	}
	return "weekly on " + strings.Join(parts, ", ") + " UTC"
}

func hhmm(off int64) string {
	return fmt.Sprintf("%02d:%02d", off%day/hour, off%hour/minute)
}

func weekday(off int64) string {
	return [...]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}[off/day%7]
}

// fmtDur formats a period compactly: 20m, 6h, 1h30m, 7d, 45s.
func fmtDur(d int64) string {
	switch {
	case d >= day && d%day == 0:
		return fmt.Sprintf("%dd", d/day)
	case d >= hour && d%hour == 0:
		return fmt.Sprintf("%dh", d/hour)
	case d >= hour && d%minute == 0:
		return fmt.Sprintf("%dh%dm", d/hour, d%hour/minute)
	case d >= minute && d%minute == 0:
		return fmt.Sprintf("%dm", d/minute)
	}
	return time.Duration(d).String()
}

// parseDeclared parses a declared schedule: a standard 5-field cron
// expression or a descriptor (@hourly, @daily, @weekly, @monthly, @yearly,
// @every 10m), in tz (UTC when nil). A CRON_TZ=Zone prefix is accepted when
// tz is nil or the same zone.
func parseDeclared(expr string, tz *time.Location, grace time.Duration) (*sched, error) {
	spec := strings.TrimSpace(expr)
	if spec == "" {
		return nil, errors.New("empty cron expression")
	}
	loc := tz
	if strings.HasPrefix(spec, "TZ=") || strings.HasPrefix(spec, "CRON_TZ=") {
		eq := strings.IndexByte(spec, '=')
		sp := strings.IndexAny(spec, " \t")
		if sp < 0 {
			return nil, fmt.Errorf("cron %q: time zone prefix without a schedule", expr)
		}
		name := spec[eq+1 : sp]
		l, err := time.LoadLocation(name)
		if err != nil {
			return nil, fmt.Errorf("cron %q: time zone %q: %w", expr, name, err)
		}
		if tz != nil && tz.String() != l.String() {
			return nil, fmt.Errorf("cron %q: time zone prefix %q conflicts with tz %q", expr, name, tz.String())
		}
		loc, spec = l, strings.TrimSpace(spec[sp:])
	}
	if loc == nil {
		loc = time.UTC
	}
	if grace < 0 {
		return nil, fmt.Errorf("grace %v is negative", grace)
	}
	cs, err := cron.ParseStandard(spec)
	if err != nil {
		return nil, fmt.Errorf("cron %q: %w", expr, err)
	}
	s := &sched{kind: kindCron, declared: true, spec: spec, tz: loc.String(), grace: int64(grace)}
	switch c := cs.(type) {
	case *cron.SpecSchedule:
		c.Location = loc
		s.cs = c
	case cron.ConstantDelaySchedule:
		if c.Delay < time.Second {
			return nil, fmt.Errorf("cron %q: interval %v is shorter than a second", expr, c.Delay)
		}
		s.kind, s.interval, s.spacing = kindInterval, int64(c.Delay), int64(c.Delay)
	default:
		return nil, fmt.Errorf("cron %q: unsupported schedule type %T", expr, cs)
	}
	if s.kind == kindCron {
		// The shortest spacing over a sample of slots: it bounds how early a
		// run may be and still count for its slot.
		ref := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()
		prev := s.next(ref, 0)
		if prev == never {
			return nil, fmt.Errorf("cron %q never fires", expr)
		}
		s.spacing = never
		for i := 0; i < 400; i++ {
			n := s.next(prev, 0)
			if n == never {
				break
			}
			s.spacing = min(s.spacing, n-prev)
			prev = n
		}
		if s.spacing == never { // fires once in five years: treat as yearly
			s.spacing = 365 * day
		}
	}
	return s, nil
}

// setDeclaredTolerances fills grace (when zero) and early for a declared
// schedule: a run up to min(grace, 5m, spacing/2) before its slot counts.
func (s *sched) setDeclaredTolerances(defGrace int64) {
	if s.grace == 0 {
		s.grace = defGrace
	}
	s.early = min(s.grace, 5*minute, s.spacing/2)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func mod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// addSat adds without overflowing past never.
func addSat(a, b int64) int64 {
	if a == never || b == never || a > never-b {
		return never
	}
	return a + b
}
