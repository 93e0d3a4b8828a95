package alerting

import (
	"fmt"
	"time"

	"github.com/vigilops/vigil/alert"
)

// What mutes an alert, as Muter.Mutes, ActiveAlert.MutedBy and the Stats
// counters name it.
const (
	mutedBySilence     = "silence"
	mutedByMaintenance = "maintenance"
	mutedByInhibition  = "inhibit"
)

// A Muter holds alerts back from their receivers. Silences (silencer),
// maintenance windows (maintenance) and inhibition rules (inhibitor) each
// implement it; the dispatcher asks them in that order at every flush.
//
// Mutes reports whether a is muted at now, the dispatcher clock, and if so
// by what: "silence", "maintenance" or "inhibit". A muter may remember what
// it muted (a silence keeps muting the rest of an episode it began muting,
// see silenceAftermath), so the dispatcher calls it under its mutex with a
// clock that never goes back. A muted resolved alert whose start the
// receiver heard is still delivered: that is the dispatcher's rule, not the
// muter's.
type Muter interface {
	Mutes(a *alert.Alert, now time.Time) (muted bool, by string)
}

// muteChain asks each muter in turn; the first that mutes says by what.
type muteChain []Muter

// Mutes implements Muter.
func (c muteChain) Mutes(a *alert.Alert, now time.Time) (bool, string) {
	for _, m := range c {
		if muted, by := m.Mutes(a, now); muted {
			return true, by
		}
	}
	return false, ""
}

// muters returns the dispatcher's muters as they stand, under d.mu:
// silences, maintenance windows, and inhibition by the alerts firing now
// (build it again once an alert changed). Those configured with nothing are
// left out: they would mute nothing.
func (d *Dispatcher) muters() muteChain {
	c := make(muteChain, 0, 3)
	if len(d.silencer.silences) > 0 {
		c = append(c, d.silencer)
	}
	if len(d.windows) > 0 {
		c = append(c, d.windows)
	}
	if len(d.inhibit) > 0 {
		c = append(c, d.inhibit.inhibitor(d.held))
	}
	return c
}

// held yields the alerts the dispatcher holds, under d.mu.
func (d *Dispatcher) held(yield func(*alert.Alert) bool) {
	for _, e := range d.alerts {
		if !yield(&e.a) {
			return
		}
	}
}

// compileSuppressions compiles a validated config's silences, maintenance
// windows and inhibition rules into their muters.
func compileSuppressions(c *Config) (*silencer, maintenance, inhibitRules, error) {
	var sil []silence
	for i, s := range c.Silences {
		ms, err := ParseMatchers(s.Matchers)
		if err != nil {
			return nil, nil, nil, err
		}
		sil = append(sil, silence{matchers: ms, from: s.StartsAt, to: s.EndsAt, info: configSilenceInfo(i, &s)})
	}
	var wins maintenance
	for i := range c.MaintenanceWindows {
		w, errs := compileWindow(&c.MaintenanceWindows[i])
		if len(errs) > 0 {
			return nil, nil, nil, fmt.Errorf("maintenance window %d: %s", i, errs[0].Msg)
		}
		wins = append(wins, w)
	}
	var inh inhibitRules
	rules := c.Inhibit
	if rules == nil {
		rules = DefaultInhibit
	}
	for _, r := range rules {
		src, err := ParseMatchers(r.Source)
		if err != nil {
			return nil, nil, nil, err
		}
		tgt, err := ParseMatchers(r.Target)
		if err != nil {
			return nil, nil, nil, err
		}
		inh = append(inh, inhibitRule{source: src, target: tgt, equal: r.Equal})
	}
	return newSilencer(sil), wins, inh, nil
}
