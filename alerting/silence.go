package alerting

import (
	"time"

	"github.com/vigilops/vigil/alert"
)

// silence is a compiled Silence.
type silence struct {
	matchers Matchers
	from, to time.Time // from zero: in force from the start
	// info describes it for listings (runtime_silence.go): its id
	// ("config-N" for the config's N-th silence, a random UUID for one
	// added at run time), matchers as written, author and comment.
	info SilenceInfo
}

// active reports whether the silence is in force at now: from its start
// (if it has one) until, and not including, its end. It is the one answer
// to "is this silence active".
func (s *silence) active(now time.Time) bool {
	return (s.from.IsZero() || !now.Before(s.from)) && now.Before(s.to)
}

// inAftermath reports whether the silence has ended, at now, less than
// silenceAftermath ago: the episodes it muted are still muted.
func (s *silence) inAftermath(now time.Time) bool {
	return !now.Before(s.to) && now.Before(s.to.Add(silenceAftermath))
}

// silenceAftermath is how long an episode that began under a silence stays
// muted after the silence ends: a maintenance's errors and the catch-up
// after it end inside the silence, but an alert's hysteresis
// (keep_firing_for, the detector's calm points) outlives it by minutes, and
// the on-call would be paged at the silence's end about what already
// stopped. A problem that lasts past the aftermath is notified then.
const silenceAftermath = 30 * time.Minute

// silencer is the silences' Muter. It mutes an alert that an active
// silence matches, and a firing episode that a silence muted until
// silenceAftermath after the end of the latest silence that did: for that
// it remembers, per fingerprint, the episode and that end. The dispatcher
// tells it to forget an alert it drops or whose episode changes.
type silencer struct {
	silences []silence
	muted    map[string]silencedEpisode // by fingerprint
}

// silencedEpisode is a firing episode a silence muted.
type silencedEpisode struct {
	start time.Time // the episode's starts_at
	until time.Time // the end of the latest silence that muted it
}

func newSilencer(silences []silence) *silencer {
	return &silencer{silences: silences, muted: map[string]silencedEpisode{}}
}

// Mutes implements Muter.
func (s *silencer) Mutes(a *alert.Alert, now time.Time) (bool, string) {
	for i := range s.silences {
		si := &s.silences[i]
		if si.active(now) && si.matchers.Matches(a) {
			if a.Status == alert.Firing {
				s.remember(a, si.to)
			}
			return true, mutedBySilence
		}
	}
	if a.Status == alert.Firing && len(s.muted) > 0 {
		if ep, ok := s.muted[a.Fingerprint]; ok && ep.start.Equal(a.StartsAt) && now.Before(ep.until.Add(silenceAftermath)) {
			return true, mutedBySilence
		}
	}
	return false, ""
}

// remember notes that a silence ending at until muted a's episode.
func (s *silencer) remember(a *alert.Alert, until time.Time) {
	ep, ok := s.muted[a.Fingerprint]
	if !ok || !ep.start.Equal(a.StartsAt) {
		ep = silencedEpisode{start: a.StartsAt}
	}
	if until.After(ep.until) {
		ep.until = until
		s.muted[a.Fingerprint] = ep
	}
}

// forget drops what the silencer remembers of an alert: it was dropped, or
// a new episode of it began.
func (s *silencer) forget(fingerprint string) { delete(s.muted, fingerprint) }

// reset forgets every alert (the dispatcher's were replaced by Restore).
func (s *silencer) reset() { clear(s.muted) }

// signature appends one byte per silence to b: '1' in force at now, '2' in
// its aftermath, '0' otherwise. A flush of a group whose alerts did not
// change is skipped while the signature stays the same.
func (s *silencer) signature(b []byte, now time.Time) []byte {
	for i := range s.silences {
		switch si := &s.silences[i]; {
		case si.active(now):
			b = append(b, '1')
		case si.inAftermath(now):
			b = append(b, '2')
		default:
			b = append(b, '0')
		}
	}
	return b
}
