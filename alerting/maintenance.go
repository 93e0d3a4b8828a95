package alerting

import (
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // time_zone must work in minimal containers without zoneinfo

	"github.com/vigilops/vigil/alert"
)

// pathError is a problem at a key path relative to the object checked.
type pathError struct {
	Path string
	Msg  string
}

// window is a compiled MaintenanceWindow.
type window struct {
	name     string
	matchers Matchers
	loc      *time.Location
	days     [7]bool // indexed by time.Weekday
	anyDay   bool    // recurring part present
	start    int     // minutes since local midnight
	end      int
	ranges   []TimeRange
	def      MaintenanceWindow // as configured, for listings
}

var weekdayNames = map[string]time.Weekday{
	"sun": time.Sunday, "sunday": time.Sunday,
	"mon": time.Monday, "monday": time.Monday,
	"tue": time.Tuesday, "tuesday": time.Tuesday,
	"wed": time.Wednesday, "wednesday": time.Wednesday,
	"thu": time.Thursday, "thursday": time.Thursday,
	"fri": time.Friday, "friday": time.Friday,
	"sat": time.Saturday, "saturday": time.Saturday,
}

func compileWindow(mw *MaintenanceWindow) (*window, []pathError) {
	var errs []pathError
	add := func(path, format string, args ...any) {
		errs = append(errs, pathError{Path: path, Msg: fmt.Sprintf(format, args...)})
	}
	w := &window{name: mw.Name, loc: time.UTC, ranges: mw.Ranges, def: *mw}
	ms, err := ParseMatchers(mw.Matchers)
	if err != nil {
		add("matchers", "%v", err)
	}
	if len(mw.Matchers) == 0 {
		add("matchers", "at least one matcher is required")
	}
	w.matchers = ms
	if mw.TimeZone != "" {
		loc, err := time.LoadLocation(mw.TimeZone)
		if err != nil {
			add("time_zone", "unknown time zone %q", mw.TimeZone)
		} else {
			w.loc = loc
		}
	}
	for i, d := range mw.Weekdays {
		lo, hi, ok := strings.Cut(strings.ToLower(strings.TrimSpace(d)), "-")
		from, ok1 := weekdayNames[strings.TrimSpace(lo)]
		to := from
		ok2 := true
		if ok {
			to, ok2 = weekdayNames[strings.TrimSpace(hi)]
		}
		if !ok1 || !ok2 {
			add(fmt.Sprintf("weekdays.%d", i), "unknown weekday %q (want mon..sun or a range such as mon-fri)", d)
			continue
		}
		for day := from; ; day = (day + 1) % 7 {
			w.days[day] = true
			if day == to {
				break
			}
		}
	}
	hasTimes := mw.Start != "" || mw.End != ""
	if hasTimes {
		var ok bool
		if w.start, ok = parseClock(mw.Start); !ok {
			add("start", "want a time of day HH:MM, got %q", mw.Start)
		}
		if w.end, ok = parseClock(mw.End); !ok {
			add("end", "want a time of day HH:MM, got %q", mw.End)
		}
		if mw.Start == mw.End {
			add("end", "must differ from start (leave both out for the whole day)")
		}
		if len(mw.Weekdays) == 0 {
			w.days = [7]bool{true, true, true, true, true, true, true}
		}
	} else {
		w.start, w.end = 0, 24*60
	}
	w.anyDay = len(mw.Weekdays) > 0 || hasTimes
	for i, r := range mw.Ranges {
		if r.StartsAt.IsZero() || r.EndsAt.IsZero() {
			add(fmt.Sprintf("ranges.%d", i), "starts_at and ends_at are required")
		} else if !r.EndsAt.After(r.StartsAt) {
			add(fmt.Sprintf("ranges.%d.ends_at", i), "must be after starts_at")
		}
	}
	if !w.anyDay && len(mw.Ranges) == 0 {
		add("weekdays", "a maintenance window needs weekdays, start/end or ranges")
	}
	return w, errs
}

// parseClock reads "HH:MM" (24:00 allowed as an end) into minutes.
func parseClock(s string) (int, bool) {
	t, err := time.Parse("15:04", s)
	if err == nil {
		return t.Hour()*60 + t.Minute(), true
	}
	if s == "24:00" {
		return 24 * 60, true
	}
	return 0, false
}

// open reports whether the window is open at t.
func (w *window) open(t time.Time) bool {
	for _, r := range w.ranges {
		if !t.Before(r.StartsAt) && t.Before(r.EndsAt) {
			return true
		}
	}
	if !w.anyDay {
		return false
	}
	lt := t.In(w.loc)
	min := lt.Hour()*60 + lt.Minute()
	day := lt.Weekday()
	if w.start < w.end {
		return w.days[day] && min >= w.start && min < w.end
	}
	// Wraps past midnight: the late part belongs to today, the early part to
	// yesterday's window.
	return (w.days[day] && min >= w.start) || (w.days[(day+6)%7] && min < w.end)
}

// maintenance is the maintenance windows' Muter: it mutes an alert that a
// window's matchers match while that window is open.
type maintenance []*window

// Mutes implements Muter.
func (m maintenance) Mutes(a *alert.Alert, now time.Time) (bool, string) {
	for _, w := range m {
		if w.matchers.Matches(a) && w.open(now) {
			return true, mutedByMaintenance
		}
	}
	return false, ""
}

// signature appends one byte per window to b: '1' open at now, '0' closed.
func (m maintenance) signature(b []byte, now time.Time) []byte {
	for _, w := range m {
		if w.open(now) {
			b = append(b, '1')
		} else {
			b = append(b, '0')
		}
	}
	return b
}
