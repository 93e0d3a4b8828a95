package alerting

import (
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
)

// mustMatchers parses matchers or fails the test.
func mustMatchers(t *testing.T, ss ...string) Matchers {
	t.Helper()
	ms, err := ParseMatchers(ss)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func TestSilenceActive(t *testing.T) {
	tests := []struct {
		name     string
		from, to time.Time
		now      time.Time
		want     bool
	}{
		{"inside", at(0), at(60), at(30), true},
		{"start is inclusive", at(0), at(60), at(0), true},
		{"end is exclusive", at(0), at(60), at(60), false},
		{"before it starts", at(10), at(60), at(9), false},
		{"after it ended", at(0), at(60), at(61), false},
		{"no start: in force from the beginning", time.Time{}, at(60), at(-10000), true},
		{"no start, ended", time.Time{}, at(60), at(60), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := silence{from: tc.from, to: tc.to}
			if got := s.active(tc.now); got != tc.want {
				t.Errorf("active = %v, want %v", got, tc.want)
			}
		})
	}
}

// fingerprinted gives a its fingerprint, as Submit does.
func fingerprinted(a alert.Alert) alert.Alert {
	a.Fingerprint = alert.Fingerprint(a.Rule, a.Labels)
	return a
}

func TestSilencerMutes(t *testing.T) {
	db := fingerprinted(fire(0, "errors", alert.P2, "service.name", "db"))
	web := fingerprinted(fire(0, "errors", alert.P2, "service.name", "web"))
	type check struct {
		min  int
		a    alert.Alert
		want bool
	}
	tests := []struct {
		name     string
		silences []silence // matchers service.name=db unless set
		checks   []check   // in order, on one silencer
	}{
		{
			name:     "an active silence mutes what it matches, firing or resolved",
			silences: []silence{{from: at(0), to: at(60)}},
			checks: []check{
				{10, db, true}, {10, web, false}, {20, resolve(20, db), true},
			},
		},
		{
			name:     "a firing episode it muted stays muted for the aftermath",
			silences: []silence{{from: at(0), to: at(60)}},
			checks: []check{
				{10, db, true},
				{60, db, true}, // the silence ended: aftermath
				{89, db, true},
				{90, db, false}, // 30 minutes after its end
			},
		},
		{
			name:     "an episode it never muted has no aftermath",
			silences: []silence{{from: at(0), to: at(60)}},
			checks:   []check{{61, db, false}},
		},
		{
			name:     "a new episode of a muted alert has no aftermath",
			silences: []silence{{from: at(0), to: at(60)}},
			checks:   []check{{10, db, true}, {61, fingerprinted(fire(61, "errors", alert.P2, "service.name", "db")), false}},
		},
		{
			name:     "a resolved alert is not remembered",
			silences: []silence{{from: at(0), to: at(60)}},
			checks:   []check{{10, resolve(10, db), true}, {61, resolve(10, db), false}},
		},
		{
			name:     "the latest silence that muted the episode sets its aftermath",
			silences: []silence{{from: at(0), to: at(60)}, {from: at(0), to: at(120)}},
			checks: []check{
				{10, db, true},   // the first silence: aftermath to 90
				{70, db, true},   // the second, still in force: aftermath to 150
				{149, db, true},  // after both
				{150, db, false}, // past the second's aftermath
			},
		},
		{
			name:     "a silence that has not started mutes nothing",
			silences: []silence{{from: at(30), to: at(60)}},
			checks:   []check{{29, db, false}, {30, db, true}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for i := range tc.silences {
				tc.silences[i].matchers = mustMatchers(t, "service.name=db")
			}
			s := newSilencer(tc.silences)
			for _, c := range tc.checks {
				muted, by := s.Mutes(&c.a, at(c.min))
				if muted != c.want {
					t.Errorf("minute %d, %s %s: muted = %v, want %v", c.min, c.a.Labels["service.name"], c.a.Status, muted, c.want)
				}
				if want := map[bool]string{true: "silence", false: ""}[c.want]; by != want {
					t.Errorf("minute %d: by = %q, want %q", c.min, by, want)
				}
			}
		})
	}
}

func TestSilencerForgets(t *testing.T) {
	db := fingerprinted(fire(0, "errors", alert.P2, "service.name", "db"))
	s := newSilencer([]silence{{matchers: mustMatchers(t, "service.name=db"), from: at(0), to: at(60)}})
	if muted, _ := s.Mutes(&db, at(10)); !muted {
		t.Fatal("not muted by the silence")
	}
	s.forget(db.Fingerprint)
	if muted, _ := s.Mutes(&db, at(61)); muted {
		t.Error("muted in the aftermath of a forgotten alert")
	}
	s.Mutes(&db, at(10))
	s.reset()
	if muted, _ := s.Mutes(&db, at(61)); muted {
		t.Error("muted in the aftermath after reset")
	}
}

func TestSilencerSignature(t *testing.T) {
	s := newSilencer([]silence{
		{from: at(0), to: at(60)},
		{from: at(30), to: at(40)},
		{to: at(200)},
	})
	for _, tc := range []struct {
		min  int
		want string
	}{
		{-1, "001"},  // the first two have not started; the third has no start
		{0, "101"},   // the first started
		{35, "111"},  // all three in force
		{40, "121"},  // the second ended: its aftermath
		{60, "221"},  // the first ended too
		{70, "201"},  // the second's aftermath is over
		{90, "001"},  // and the first's
		{200, "002"}, // the third ended
		{230, "000"},
	} {
		if got := string(s.signature(nil, at(tc.min))); got != tc.want {
			t.Errorf("minute %d: signature %q, want %q", tc.min, got, tc.want)
		}
	}
	if got := newSilencer(nil).signature([]byte("x"), at(0)); string(got) != "x" {
		t.Errorf("no silences: signature appended %q", got)
	}
}
