package alerting

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/vigilops/vigil/alert"
)

// ActiveAlert is an alert the dispatcher holds, with why it is muted now.
type ActiveAlert struct {
	Alert alert.Alert
	// MutedBy is "silence", "maintenance", "inhibit", or "" when the alert
	// is delivered.
	MutedBy string
	// SilencedBy are the ids of the silences in force that match it, and
	// MaintenanceBy the names of the open maintenance windows that do
	// (set whatever MutedBy says: a silenced alert may also be inhibited).
	SilencedBy    []string
	MaintenanceBy []string
	// Receivers are the receivers its routes lead to.
	Receivers []string
	// AckedBy, AckedAt (dispatcher clock) and AckComment are the firing
	// alert's acknowledgement (Ack); AckedAt is zero when not acknowledged.
	AckedBy    string
	AckedAt    time.Time
	AckComment string
}

// Active lists the alerts held (firing, or resolved and not yet notified),
// oldest first, with their suppression at the dispatcher's clock. For
// status pages and `vigil` diagnostics.
func (d *Dispatcher) Active() []ActiveAlert {
	d.mu.Lock()
	defer d.mu.Unlock()
	mute := d.muters()
	out := make([]ActiveAlert, 0, len(d.alerts))
	for _, e := range d.alerts {
		_, by := mute.Mutes(&e.a, d.now)
		aa := ActiveAlert{Alert: e.a, MutedBy: by, SilencedBy: d.silencer.matching(&e.a, d.now), MaintenanceBy: d.windows.matching(&e.a, d.now)}
		for _, g := range e.groups {
			if !slices.Contains(aa.Receivers, g.recv.name) {
				aa.Receivers = append(aa.Receivers, g.recv.name)
			}
		}
		slices.Sort(aa.Receivers)
		if e.a.Status == alert.Firing && d.esc.acked(e.a.Fingerprint, e.a.StartsAt) {
			ak := d.esc.acks[e.a.Fingerprint]
			aa.AckedBy, aa.AckedAt, aa.AckComment = ak.By, ak.At, ak.Comment
		}
		out = append(out, aa)
	}
	slices.SortFunc(out, func(a, b ActiveAlert) int {
		return cmp.Or(a.Alert.StartsAt.Compare(b.Alert.StartsAt), cmp.Compare(a.Alert.Fingerprint, b.Alert.Fingerprint))
	})
	return out
}

// UpdateSuppressions replaces the silences, maintenance windows and
// inhibition rules with those of cfg (the rest of cfg is ignored), e.g. on
// a configuration reload. They take effect at the next Tick; an alert a
// removed silence was muting is notified then. Nothing changes when cfg's
// suppressions are invalid.
func (d *Dispatcher) UpdateSuppressions(cfg Config) error {
	c := Config{Silences: cfg.Silences, MaintenanceWindows: cfg.MaintenanceWindows, Inhibit: cfg.Inhibit}
	if err := c.Validate(); err != nil {
		return fmt.Errorf("alerting: suppressions: %w", err)
	}
	sil, wins, inh, err := compileSuppressions(&c)
	if err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	// A new silencer remembers nothing: the operator changed the silences,
	// so the old ones leave no aftermath. The silences added at run time
	// (AddSilence) are not the config's: they stay.
	sil.silences = append(sil.silences, d.silencer.runtime()...)
	d.silencer, d.windows, d.inhibit = sil, wins, inh
	for _, g := range d.groups {
		g.dirty = true
	}
	return nil
}

// Receivers returns the receivers an alert would be routed to, in route
// order, without submitting it (to test a routing tree).
func (d *Dispatcher) Receivers(a alert.Alert) []string {
	var out []string
	for _, r := range d.root.match(&a) {
		if !slices.Contains(out, r.receiver) {
			out = append(out, r.receiver)
		}
	}
	return out
}
