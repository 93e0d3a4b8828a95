package alerting

import (
	"cmp"
	"crypto/rand"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/vigilops/vigil/alert"
)

// Silences at run time. vigil's HTTP API adds and expires silences while
// it runs, beside the config's: they live in the silencer with the config's
// (so they mute exactly as those do, aftermath included), they stay when
// the configuration is reloaded (UpdateSuppressions), and the caller keeps
// them across restarts (RuntimeSilences, RestoreSilences). The config's
// silences and maintenance windows are listed, read-only.

// Where a listed silence comes from (SilenceInfo.Source).
const (
	SilenceFromConfig = "config"
	SilenceFromAPI    = "api"
)

// A silence's state at the dispatcher clock (SilenceInfo.State).
const (
	SilencePending = "pending"
	SilenceActive  = "active"
	SilenceExpired = "expired"
)

// MaxRuntimeSilences bounds the silences added at run time, expired ones
// still listed included: AddSilence refuses one more.
const MaxRuntimeSilences = 1000

// Limits of a runtime silence's free text.
const (
	maxSilenceComment = 4096
	maxSilenceAuthor  = 256
)

// ExpiredSilenceRetention is how long, on the dispatcher clock, a silence
// added at run time is still listed (and kept) after it ended.
const ExpiredSilenceRetention = 24 * time.Hour

var (
	// ErrInvalidSilence is wrapped by AddSilence's errors about the silence
	// itself; the message says which field is wrong and why.
	ErrInvalidSilence = errors.New("invalid silence")
	// ErrSilenceNotFound: no silence has that id.
	ErrSilenceNotFound = errors.New("no such silence")
	// ErrSilenceReadOnly: the silence is the config's; change the config
	// and reload instead.
	ErrSilenceReadOnly = errors.New("the silence is part of the configuration: edit alerting.silences and reload")
	// ErrTooManySilences: MaxRuntimeSilences are kept already.
	ErrTooManySilences = fmt.Errorf("too many silences: at most %d added at run time are kept (expired ones for %s)", MaxRuntimeSilences, ExpiredSilenceRetention)
)

// SilenceInfo describes a silence: one of the config's (id "config-N", the
// N-th of alerting.silences) or one added at run time (a random UUID). It
// is also how a runtime silence is persisted.
type SilenceInfo struct {
	ID string `json:"id"`
	// Matchers are in the syntax ParseMatcher reads, values quoted.
	Matchers []string `json:"matchers"`
	// StartsAt is zero for a config silence in force from the start.
	StartsAt  time.Time `json:"starts_at,omitzero"`
	EndsAt    time.Time `json:"ends_at"`
	CreatedBy string    `json:"created_by,omitempty"`
	Comment   string    `json:"comment,omitempty"`
	// UpdatedAt is the dispatcher clock when it was added or expired.
	UpdatedAt time.Time `json:"updated_at,omitzero"`
	Source    string    `json:"source"`
	// State is pending, active or expired at the dispatcher clock (set in
	// listings; ignored by RestoreSilences).
	State string `json:"state,omitempty"`
	// expired is set on a silence an operator expired: what it muted is
	// not held back after it (no aftermath).
	expired bool
}

// configSilenceInfo describes the config's i-th silence.
func configSilenceInfo(i int, s *Silence) SilenceInfo {
	return SilenceInfo{ID: "config-" + strconv.Itoa(i), Matchers: s.Matchers, StartsAt: s.StartsAt, EndsAt: s.EndsAt,
		CreatedBy: s.CreatedBy, Comment: s.Comment, Source: SilenceFromConfig}
}

// Clock is the dispatcher's clock: the time of the latest Tick (zero
// before the first). Silences are in force on it.
func (d *Dispatcher) Clock() time.Time {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.now
}

// AddSilence adds a silence at run time and returns it as listed. A zero
// StartsAt means now on the dispatcher clock; EndsAt is required, after
// StartsAt and after now. At least one matcher must not match an alert
// without labels, so that no silence mutes everything by mistake. Errors
// about the silence wrap ErrInvalidSilence. It takes effect at the next
// flush of each group, as a config silence does.
func (d *Dispatcher) AddSilence(s Silence) (SilenceInfo, error) {
	invalid := func(format string, a ...any) (SilenceInfo, error) {
		return SilenceInfo{}, fmt.Errorf("%w: "+format, append([]any{ErrInvalidSilence}, a...)...)
	}
	if len(s.Matchers) == 0 {
		return invalid("matchers: at least one matcher is required, such as service.name=\"inventory-sync\"")
	}
	ms, err := ParseMatchers(s.Matchers)
	if err != nil {
		return invalid("matchers: %v", err)
	}
	if !slices.ContainsFunc(ms, func(m Matcher) bool { return !m.Matches(&alert.Alert{}) }) {
		return invalid("matchers: every matcher matches an alert without labels: the silence would mute everything; name a label value")
	}
	if len(s.Comment) > maxSilenceComment {
		return invalid("comment: longer than %d bytes", maxSilenceComment)
	}
	if len(s.CreatedBy) > maxSilenceAuthor {
		return invalid("created_by: longer than %d bytes", maxSilenceAuthor)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.now
	if s.StartsAt.IsZero() {
		s.StartsAt = now
	}
	switch {
	case s.EndsAt.IsZero():
		return invalid("ends_at: is required (or a duration)")
	case !now.IsZero() && !s.EndsAt.After(now):
		return invalid("ends_at: %s has passed (the alerts' clock is at %s)", s.EndsAt.Format(time.RFC3339), now.Format(time.RFC3339))
	case !s.StartsAt.IsZero() && !s.EndsAt.After(s.StartsAt):
		return invalid("ends_at: %s is not after starts_at %s", s.EndsAt.Format(time.RFC3339), s.StartsAt.Format(time.RFC3339))
	}
	d.dropOldSilences(now)
	if len(d.silencer.runtime()) >= MaxRuntimeSilences {
		return SilenceInfo{}, ErrTooManySilences
	}
	id, err := newSilenceID()
	if err != nil {
		return SilenceInfo{}, fmt.Errorf("alerting: silence id: %w", err)
	}
	text := make([]string, len(ms))
	for i, m := range ms {
		text[i] = m.String()
	}
	info := SilenceInfo{ID: id, Matchers: text, StartsAt: s.StartsAt, EndsAt: s.EndsAt, CreatedBy: s.CreatedBy,
		Comment: s.Comment, UpdatedAt: now, Source: SilenceFromAPI}
	d.silencer.silences = append(d.silencer.silences, silence{matchers: ms, from: s.StartsAt, to: s.EndsAt, info: info})
	d.suppressionsChanged()
	info.State = silenceState(&d.silencer.silences[len(d.silencer.silences)-1], now)
	return info, nil
}

// ExpireSilence ends a silence added at run time now, on the dispatcher
// clock (a pending one never starts), and returns it. The alerts it muted
// are notified at their groups' next flush: unlike a silence that runs out,
// one an operator expires leaves no aftermath. Expiring an expired silence
// changes nothing. A config silence is ErrSilenceReadOnly.
func (d *Dispatcher) ExpireSilence(id string) (SilenceInfo, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.now
	i := slices.IndexFunc(d.silencer.silences, func(s silence) bool { return s.info.ID == id })
	if i < 0 {
		return SilenceInfo{}, ErrSilenceNotFound
	}
	s := &d.silencer.silences[i]
	if s.info.Source != SilenceFromAPI {
		return SilenceInfo{}, ErrSilenceReadOnly
	}
	if silenceState(s, now) != SilenceExpired {
		if s.from.After(now) {
			s.from = now
		}
		s.to = now
		s.info.StartsAt, s.info.EndsAt, s.info.UpdatedAt, s.info.expired = s.from, now, now, true
		d.silencer.noAftermath(now, func(fp string) *alert.Alert {
			if e := d.alerts[fp]; e != nil {
				return &e.a
			}
			return nil
		})
		d.suppressionsChanged()
	}
	info := s.info
	info.State = silenceState(s, now)
	return info, nil
}

// Silences lists every silence, the config's and those added at run time
// (expired ones for ExpiredSilenceRetention), with its state at the
// dispatcher clock: active first, then pending, then expired; by end
// within each.
func (d *Dispatcher) Silences() []SilenceInfo {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.dropOldSilences(d.now)
	out := make([]SilenceInfo, 0, len(d.silencer.silences))
	for i := range d.silencer.silences {
		s := &d.silencer.silences[i]
		info := s.info
		info.State = silenceState(s, d.now)
		out = append(out, info)
	}
	rank := map[string]int{SilenceActive: 0, SilencePending: 1, SilenceExpired: 2}
	slices.SortStableFunc(out, func(a, b SilenceInfo) int {
		return cmp.Or(cmp.Compare(rank[a.State], rank[b.State]), a.EndsAt.Compare(b.EndsAt))
	})
	return out
}

// RuntimeSilences returns the silences added at run time, expired ones
// still listed included, for the caller to persist (RestoreSilences).
func (d *Dispatcher) RuntimeSilences() []SilenceInfo {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.dropOldSilences(d.now)
	var out []SilenceInfo
	for _, s := range d.silencer.runtime() {
		info := s.info
		info.State = silenceState(&s, d.now)
		out = append(out, info)
	}
	return out
}

// RestoreSilences replaces the silences added at run time with ss (as
// RuntimeSilences returned them), e.g. after a restart, before the first
// Tick. A silence that does not parse is left out and named in the error;
// the others are restored.
func (d *Dispatcher) RestoreSilences(ss []SilenceInfo) error {
	var restored []silence
	var errs []error
	for _, info := range ss {
		s, err := runtimeSilence(info)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		restored = append(restored, s)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.silencer.silences = append(slices.DeleteFunc(d.silencer.silences, func(s silence) bool {
		return s.info.Source == SilenceFromAPI
	}), restored...)
	d.suppressionsChanged()
	return errors.Join(errs...)
}

// runtimeSilence parses a persisted runtime silence.
func runtimeSilence(info SilenceInfo) (silence, error) {
	ms, err := ParseMatchers(info.Matchers)
	switch {
	case info.ID == "" || info.EndsAt.IsZero():
		err = errors.New("no id or no end")
	case err == nil && len(ms) == 0:
		err = errors.New("no matchers")
	}
	if err != nil {
		return silence{}, fmt.Errorf("alerting: silence %q not restored: %w", info.ID, err)
	}
	info.Source, info.State = SilenceFromAPI, ""
	// ExpireSilence sets the end to the time of the update; AddSilence
	// never adds one that ends then.
	info.expired = !info.UpdatedAt.IsZero() && info.EndsAt.Equal(info.UpdatedAt)
	return silence{matchers: ms, from: info.StartsAt, to: info.EndsAt, info: info}, nil
}

// ApplySilence adds or updates one silence added at run time elsewhere
// (another vigil instance of a cluster added or expired it: the same id,
// as AddSilence or ExpireSilence returned it). A version older than the
// one held (an earlier UpdatedAt) changes nothing; one that expires an
// active silence leaves no aftermath, as ExpireSilence does.
func (d *Dispatcher) ApplySilence(info SilenceInfo) error {
	s, err := runtimeSilence(info)
	if err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	i := slices.IndexFunc(d.silencer.silences, func(x silence) bool { return x.info.ID == info.ID })
	switch {
	case i < 0:
		if len(d.silencer.runtime()) >= MaxRuntimeSilences {
			return ErrTooManySilences
		}
		d.silencer.silences = append(d.silencer.silences, s)
	case d.silencer.silences[i].info.Source != SilenceFromAPI:
		return ErrSilenceReadOnly
	case s.info.UpdatedAt.Before(d.silencer.silences[i].info.UpdatedAt):
		return nil
	default:
		was := d.silencer.silences[i]
		d.silencer.silences[i] = s
		if s.info.expired && !was.info.expired && silenceState(&was, d.now) == SilenceActive {
			d.silencer.noAftermath(d.now, func(fp string) *alert.Alert {
				if e := d.alerts[fp]; e != nil {
					return &e.a
				}
				return nil
			})
		}
	}
	d.suppressionsChanged()
	return nil
}

// WindowInfo describes a configured maintenance window and whether it is
// open at the dispatcher clock.
type WindowInfo struct {
	Name     string      `json:"name,omitempty"`
	Matchers []string    `json:"matchers"`
	TimeZone string      `json:"time_zone,omitempty"`
	Weekdays []string    `json:"weekdays,omitempty"`
	Start    string      `json:"start,omitempty"`
	End      string      `json:"end,omitempty"`
	Ranges   []RangeInfo `json:"ranges,omitempty"`
	Open     bool        `json:"open"`
	Source   string      `json:"source"`
}

// RangeInfo is an absolute range of a maintenance window.
type RangeInfo struct {
	StartsAt time.Time `json:"starts_at"`
	EndsAt   time.Time `json:"ends_at"`
}

// MaintenanceWindows lists the configured maintenance windows (read-only:
// they change with the config).
func (d *Dispatcher) MaintenanceWindows() []WindowInfo {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]WindowInfo, 0, len(d.windows))
	for _, w := range d.windows {
		def := &w.def
		wi := WindowInfo{Name: def.Name, Matchers: def.Matchers, TimeZone: def.TimeZone, Weekdays: def.Weekdays,
			Start: def.Start, End: def.End, Open: w.open(d.now), Source: SilenceFromConfig}
		for _, r := range def.Ranges {
			wi.Ranges = append(wi.Ranges, RangeInfo(r))
		}
		out = append(out, wi)
	}
	return out
}

// silenceState is s's state at now.
func silenceState(s *silence, now time.Time) string {
	switch {
	case s.active(now):
		return SilenceActive
	case !s.from.IsZero() && now.Before(s.from):
		return SilencePending
	}
	return SilenceExpired
}

// suppressionsChanged marks every group for a flush, under d.mu: what
// mutes an alert changed.
func (d *Dispatcher) suppressionsChanged() {
	for _, g := range d.groups {
		g.dirty = true
	}
}

// dropOldSilences forgets the runtime silences that ended more than
// ExpiredSilenceRetention before now, under d.mu.
func (d *Dispatcher) dropOldSilences(now time.Time) {
	if now.IsZero() {
		return
	}
	d.silencer.silences = slices.DeleteFunc(d.silencer.silences, func(s silence) bool {
		return s.info.Source == SilenceFromAPI && now.Sub(s.to) > ExpiredSilenceRetention
	})
}

// runtime returns the silences added at run time.
func (s *silencer) runtime() []silence {
	var out []silence
	for _, si := range s.silences {
		if si.info.Source == SilenceFromAPI {
			out = append(out, si)
		}
	}
	return out
}

// matching returns the ids of the silences in force at now that match a.
func (s *silencer) matching(a *alert.Alert, now time.Time) []string {
	var ids []string
	for i := range s.silences {
		if si := &s.silences[i]; si.active(now) && si.matchers.Matches(a) {
			ids = append(ids, si.info.ID)
		}
	}
	return ids
}

// noAftermath recomputes, after an operator expired a silence, until when
// each remembered episode stays muted: the latest end of the silences that
// could have muted it (matching it, begun by now, ending after the episode
// began), operator-expired ones left out. An episode no such silence muted
// is forgotten: it is notified at its group's next flush. alertOf returns
// the alert the dispatcher holds under a fingerprint, or nil.
func (s *silencer) noAftermath(now time.Time, alertOf func(fp string) *alert.Alert) {
	for fp, ep := range s.muted {
		a := alertOf(fp)
		if a == nil {
			delete(s.muted, fp)
			continue
		}
		var until time.Time
		for i := range s.silences {
			si := &s.silences[i]
			if si.info.expired || !si.to.After(ep.start) || si.from.After(now) || !si.matchers.Matches(a) {
				continue
			}
			if si.to.After(until) {
				until = si.to
			}
		}
		if until.IsZero() {
			delete(s.muted, fp)
			continue
		}
		ep.until = until
		s.muted[fp] = ep
	}
}

// matching returns the names of the open windows that match a (a window
// without a name by its place in the config).
func (m maintenance) matching(a *alert.Alert, now time.Time) []string {
	var names []string
	for i, w := range m {
		if w.matchers.Matches(a) && w.open(now) {
			name := w.name
			if name == "" {
				name = "maintenance_windows." + strconv.Itoa(i)
			}
			names = append(names, name)
		}
	}
	return names
}

// newSilenceID returns a random (version 4) UUID.
func newSilenceID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16]), nil
}
