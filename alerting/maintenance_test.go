package alerting

import (
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
)

func TestMaintenanceWindowOpen(t *testing.T) {
	utc := func(s string) time.Time {
		tt, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return tt
	}
	tests := []struct {
		name string
		w    MaintenanceWindow
		at   string
		want bool
	}{
		{"weekday inside", MaintenanceWindow{Weekdays: []string{"mon-fri"}, Start: "02:00", End: "04:00"}, "2026-11-25T03:00:00Z", true},
		{"start is inclusive", MaintenanceWindow{Weekdays: []string{"wed"}, Start: "02:00", End: "04:00"}, "2026-11-25T02:00:00Z", true},
		{"end is exclusive", MaintenanceWindow{Weekdays: []string{"wed"}, Start: "02:00", End: "04:00"}, "2026-11-25T04:00:00Z", false},
		{"weekend excluded", MaintenanceWindow{Weekdays: []string{"mon-fri"}, Start: "02:00", End: "04:00"}, "2026-11-28T03:00:00Z", false},
		{"range wrapping the week", MaintenanceWindow{Weekdays: []string{"fri-mon"}}, "2026-11-29T12:00:00Z", true},
		{"whole day", MaintenanceWindow{Weekdays: []string{"Wednesday"}}, "2026-11-25T23:59:00Z", true},
		{"every day when no weekdays", MaintenanceWindow{Start: "08:00", End: "09:00"}, "2026-11-29T08:30:00Z", true},
		{"wraps midnight: late part", MaintenanceWindow{Weekdays: []string{"sun"}, Start: "23:00", End: "01:00"}, "2026-11-29T23:30:00Z", true},
		{"wraps midnight: early part belongs to the day before", MaintenanceWindow{Weekdays: []string{"sun"}, Start: "23:00", End: "01:00"}, "2026-11-30T00:30:00Z", true},
		{"wraps midnight: not the early part of the listed day", MaintenanceWindow{Weekdays: []string{"sun"}, Start: "23:00", End: "01:00"}, "2026-11-29T00:30:00Z", false},
		{"time zone shifts the day", MaintenanceWindow{TimeZone: "Asia/Shanghai", Weekdays: []string{"thu"}, Start: "00:00", End: "02:00"}, "2026-11-25T17:00:00Z", true},
		{"time zone, outside", MaintenanceWindow{TimeZone: "Asia/Shanghai", Weekdays: []string{"wed"}, Start: "00:00", End: "02:00"}, "2026-11-25T17:00:00Z", false},
		{"DST: Berlin 02:30 local in summer", MaintenanceWindow{TimeZone: "Europe/Berlin", Start: "02:00", End: "03:00"}, "2026-07-01T00:30:00Z", true},
		{"absolute range", MaintenanceWindow{Ranges: []TimeRange{{utc("2026-12-02T01:00:00Z"), utc("2026-12-02T02:00:00Z")}}}, "2026-12-02T01:59:59Z", true},
		{"absolute range ended", MaintenanceWindow{Ranges: []TimeRange{{utc("2026-12-02T01:00:00Z"), utc("2026-12-02T02:00:00Z")}}}, "2026-12-02T02:00:00Z", false},
		{"24:00 end", MaintenanceWindow{Weekdays: []string{"wed"}, Start: "22:00", End: "24:00"}, "2026-11-25T23:59:00Z", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.w.Matchers = []string{"a=b"}
			w, errs := compileWindow(&tc.w)
			if len(errs) > 0 {
				t.Fatalf("compile: %v", errs)
			}
			if got := w.open(utc(tc.at)); got != tc.want {
				t.Errorf("open(%s) = %v, want %v", tc.at, got, tc.want)
			}
		})
	}
}

func TestMaintenanceMutes(t *testing.T) {
	// t0 (minute 0) is a Wednesday 08:00 UTC.
	cfg := Config{MaintenanceWindows: []MaintenanceWindow{
		{Name: "db patching", Matchers: []string{"service.name=db"}, Weekdays: []string{"wed"}, Start: "08:00", End: "09:00"},
		{Name: "web deploys", Matchers: []string{"service.name=web", "severity=~P2|P3"}, Start: "08:30", End: "08:45"},
	}}
	_, m, _, err := compileSuppressions(&cfg)
	if err != nil {
		t.Fatal(err)
	}
	db := fire(0, "errors", alert.P1, "service.name", "db")
	web := fire(0, "errors", alert.P2, "service.name", "web")
	webPage := fire(0, "errors", alert.P0, "service.name", "web")
	tests := []struct {
		name string
		a    alert.Alert
		min  int
		want bool
	}{
		{"matching, window open", db, 10, true},
		{"resolved alerts too", resolve(10, db), 10, true},
		{"matching, window closed", db, 60, false},
		{"matching, window not yet open", db, -1, false},
		{"the second window", web, 30, true},
		{"the second window closed", web, 45, false},
		{"every matcher must match", webPage, 30, false},
		{"no window for it", fire(0, "errors", alert.P2, "service.name", "pay"), 10, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			muted, by := m.Mutes(&tc.a, at(tc.min))
			if muted != tc.want {
				t.Errorf("muted = %v, want %v", muted, tc.want)
			}
			if want := map[bool]string{true: "maintenance", false: ""}[tc.want]; by != want {
				t.Errorf("by = %q, want %q", by, want)
			}
		})
	}
	for _, tc := range []struct {
		min  int
		want string
	}{{-1, "00"}, {0, "10"}, {30, "11"}, {45, "10"}, {60, "00"}} {
		if got := string(m.signature(nil, at(tc.min))); got != tc.want {
			t.Errorf("minute %d: signature %q, want %q", tc.min, got, tc.want)
		}
	}
}
