package alerting

import (
	"iter"
	"time"

	"github.com/vigilops/vigil/alert"
)

// inhibitRule is a compiled InhibitRule.
type inhibitRule struct {
	source, target Matchers
	equal          []string
}

// inhibitRules are the configured inhibition rules. They mute by the alerts
// firing at one moment: inhibitor indexes those.
type inhibitRules []inhibitRule

// inhibitor is inhibition's Muter at one moment: per rule, the equal-label
// values of the firing source alerts, with the number of sources and one of
// their fingerprints (an alert does not inhibit itself). It does not see
// alerts that change after it was built.
type inhibitor struct {
	rules inhibitRules
	idx   []map[string]inhibitSources
}

type inhibitSources struct {
	n  int
	fp string
}

// inhibitor indexes the firing alerts among alerts as sources of rs. A
// source inhibits even while it is itself muted.
func (rs inhibitRules) inhibitor(alerts iter.Seq[*alert.Alert]) *inhibitor {
	in := &inhibitor{rules: rs}
	if len(rs) == 0 {
		return in
	}
	in.idx = make([]map[string]inhibitSources, len(rs))
	for i := range rs {
		in.idx[i] = map[string]inhibitSources{}
	}
	for a := range alerts {
		if a.Status != alert.Firing {
			continue
		}
		for i, r := range rs {
			if r.source.Matches(a) {
				k := equalKey(a, r.equal)
				s := in.idx[i][k]
				s.n++
				s.fp = a.Fingerprint
				in.idx[i][k] = s
			}
		}
	}
	return in
}

// Mutes implements Muter: a is muted when a rule's target matches it and
// another alert, firing and matching the rule's source, has the same values
// of the rule's equal labels (a missing label has the empty value).
func (in *inhibitor) Mutes(a *alert.Alert, _ time.Time) (bool, string) {
	for i, r := range in.rules {
		if !r.target.Matches(a) {
			continue
		}
		s := in.idx[i][equalKey(a, r.equal)]
		if s.n > 1 || (s.n == 1 && s.fp != a.Fingerprint) {
			return true, mutedByInhibition
		}
	}
	return false, ""
}

func equalKey(a *alert.Alert, labels []string) string {
	var b []byte
	for _, l := range labels {
		b = append(b, labelValue(a, l)...)
		b = append(b, 0xff)
	}
	return string(b)
}
