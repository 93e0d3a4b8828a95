package alerting

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/vigilops/vigil/alert"
)

// snapshotVersion is bumped when the snapshot layout changes incompatibly.
const snapshotVersion = 1

type snapshot struct {
	Version  int             `json:"version"`
	Clock    time.Time       `json:"clock"`
	Alerts   []snapshotAlert `json:"alerts"`
	Notified []snapshotLog   `json:"notified"`
	// NflogSeq is the number of the last notification log record the
	// snapshot reflects (OpenLog replays the later ones).
	NflogSeq uint64 `json:"nflog_seq,omitempty"`
	// Escalations and Acks (escalation.go, ack.go) were added without a
	// version change: an older snapshot has neither and restores as before
	// (an escalation clock then starts from its group's last notification).
	Escalations []snapshotEscalation `json:"escalations,omitempty"`
	Acks        []snapshotAck        `json:"acks,omitempty"`
}

type snapshotAlert struct {
	Alert   alert.Alert `json:"alert"`
	Arrived time.Time   `json:"arrived"`
	// OrphanUntil is set for an alert restored from the notification log
	// that the rules engine has not raised again: it is resolved then.
	OrphanUntil *time.Time `json:"orphan_until,omitempty"`
}

type snapshotLog struct {
	Group    string    `json:"group"`
	Firing   []string  `json:"firing"`
	Resolved []string  `json:"resolved,omitempty"`
	At       time.Time `json:"at"`
	// Starts are the firing alerts' starts_at as told (the episode).
	Starts map[string]time.Time `json:"starts,omitempty"`
}

// Snapshot returns the dispatcher's state as JSON: its clock, the alerts
// it holds, what each group's receiver was told when, and the number of the
// last notification log record that this reflects. Checkpoint it with the
// offsets it covers; Restore after a restart keeps a still-firing alert
// from paging again and keeps its repeat_interval. A notification delivered
// after the snapshot is in the notification log (OpenLog), if one is open;
// without one it may be sent again (at least once). Once the snapshot is
// saved, CompactLog may drop the log's records it covers.
func (d *Dispatcher) Snapshot() ([]byte, error) {
	d.mu.Lock()
	s := snapshot{Version: snapshotVersion, Clock: d.now, NflogSeq: d.nfSeq}
	d.snapSeq = d.nfSeq
	for fp, e := range d.alerts {
		sa := snapshotAlert{Alert: e.a, Arrived: e.arrived}
		if until, ok := d.orphans[fp]; ok {
			sa.OrphanUntil = &until
		}
		s.Alerts = append(s.Alerts, sa)
	}
	for key, le := range d.nflog {
		l := snapshotLog{Group: key, At: le.at}
		for fp, start := range le.firing {
			l.Firing = append(l.Firing, fp)
			if !start.IsZero() {
				if l.Starts == nil {
					l.Starts = map[string]time.Time{}
				}
				l.Starts[fp] = start
			}
		}
		for fp := range le.resolved {
			l.Resolved = append(l.Resolved, fp)
		}
		slices.Sort(l.Firing)
		slices.Sort(l.Resolved)
		s.Notified = append(s.Notified, l)
	}
	s.Escalations, s.Acks = d.snapshotEscalations(), d.snapshotAcks()
	d.mu.Unlock()
	slices.SortFunc(s.Alerts, func(a, b snapshotAlert) int {
		return cmp.Or(a.Arrived.Compare(b.Arrived), cmp.Compare(a.Alert.Fingerprint, b.Alert.Fingerprint))
	})
	slices.SortFunc(s.Notified, func(a, b snapshotLog) int { return cmp.Compare(a.Group, b.Group) })
	b, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("alerting: snapshot: %w", err)
	}
	return b, nil
}

// Restore replaces the dispatcher's state with a Snapshot. Call it before
// OpenLog and before the first Submit or Tick. Alerts are routed again with the current
// configuration; a notification record whose group holds no alert after
// that (the routing tree changed shape) is dropped.
func (d *Dispatcher) Restore(data []byte) error {
	var s snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("alerting: restore: %w", err)
	}
	if s.Version != snapshotVersion {
		return fmt.Errorf("alerting: restore: snapshot version %d, want %d", s.Version, snapshotVersion)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return fmt.Errorf("alerting: restore: dispatcher closed")
	}
	d.alerts = map[string]*entry{}
	d.groups = map[string]*group{}
	d.nflog = map[string]*logEntry{}
	d.orphans = map[string]time.Time{}
	d.silencer.reset()
	d.nfSeq = s.NflogSeq
	if s.Clock.After(d.now) {
		d.now = s.Clock
	}
	for _, l := range s.Notified {
		le := &logEntry{firing: map[string]time.Time{}, resolved: map[string]struct{}{}, at: l.At}
		for _, fp := range l.Firing {
			le.firing[fp] = l.Starts[fp]
		}
		for _, fp := range l.Resolved {
			le.resolved[fp] = struct{}{}
		}
		d.nflog[l.Group] = le
	}
	for _, sa := range s.Alerts {
		a := sa.Alert
		if a.Fingerprint == "" {
			return fmt.Errorf("alerting: restore: alert of rule %q has no fingerprint", a.Rule)
		}
		arrived := sa.Arrived
		if arrived.IsZero() {
			arrived = s.Clock
		}
		d.insert(a, arrived)
		if sa.OrphanUntil != nil && a.Status == alert.Firing {
			d.orphans[a.Fingerprint] = *sa.OrphanUntil
		}
	}
	for key := range d.nflog { // records of groups that hold nothing are stale
		if _, ok := d.groups[key]; !ok {
			delete(d.nflog, key)
		}
	}
	d.restoreEscalations(s.Escalations)
	d.restoreAcks(s.Acks)
	return nil
}
