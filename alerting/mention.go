package alerting

import (
	"fmt"
	"regexp"
	"slices"

	"github.com/vigilops/vigil/alert"
)

// Mention says whom a chat receiver (dingtalk, wecom, feishu, slack)
// mentions when it sends a notification: the people on duty for some
// severities, or for the alerts some label matchers select. A
// notification mentions the union of the entries that match at least one
// of its firing alerts; a notification of resolved alerts only mentions
// nobody (nobody needs waking for a recovery).
//
// Mentions belong to the receiver, and a route names a receiver: a team
// that wants different people mentioned per route configures one receiver
// per route (the same robot URL may back several receivers).
//
// Phone numbers (Mobiles) come from the configuration only; they are sent
// to the vendor and never written to an error or a log line.
type Mention struct {
	// Severities the entry applies to (P0..P3); empty: every severity.
	Severities []string `yaml:"severities"`
	// Matchers must all match a firing alert (ParseMatcher syntax, e.g.
	// "service.name=~payment.*"); empty: every alert.
	Matchers []string `yaml:"matchers"`
	// Mobiles are phone numbers to mention (dingtalk, wecom).
	Mobiles []string `yaml:"mobiles"`
	// UserIDs are the vendor's user ids to mention: DingTalk userId, WeCom
	// userid, Feishu open_id (ou_…) or user_id, Slack member id (U…, W…).
	UserIDs []string `yaml:"user_ids"`
	// All mentions everyone in the chat (DingTalk isAtAll, WeCom @all,
	// Feishu all, Slack <!channel>).
	All bool `yaml:"all"`
}

// Mentioned is whom one notification mentions: every list deduplicated,
// in configuration order.
type Mentioned struct {
	Mobiles []string
	UserIDs []string
	All     bool
}

// Empty reports whether nobody is mentioned.
func (m Mentioned) Empty() bool { return !m.All && len(m.Mobiles) == 0 && len(m.UserIDs) == 0 }

// Mentions is a receiver's compiled mention entries. The zero value and
// nil mention nobody.
type Mentions struct{ rules []mentionRule }

type mentionRule struct {
	severities []alert.Severity // empty: any
	matchers   Matchers
	m          Mention
}

// CompileMentions parses the entries; the error names the entry and the
// key (validated configurations compile without error).
func CompileMentions(ms []Mention) (*Mentions, error) {
	out := &Mentions{}
	for i, m := range ms {
		r := mentionRule{m: m}
		for j, s := range m.Severities {
			sev, err := alert.ParseSeverity(s)
			if err != nil {
				return nil, fmt.Errorf("mentions.%d.severities.%d: %q: want P0..P3", i, j, s)
			}
			r.severities = append(r.severities, sev)
		}
		ms, err := ParseMatchers(m.Matchers)
		if err != nil {
			return nil, fmt.Errorf("mentions.%d.matchers: %w", i, err)
		}
		r.matchers = ms
		out.rules = append(out.rules, r)
	}
	return out, nil
}

// For returns whom a notification of the alerts as mentions: the union of
// the entries matching any firing alert. All-resolved batches mention
// nobody.
func (ms *Mentions) For(as []alert.Alert) Mentioned {
	var out Mentioned
	if ms == nil {
		return out
	}
	for _, r := range ms.rules {
		if !r.matchesAny(as) {
			continue
		}
		out.All = out.All || r.m.All
		out.Mobiles = appendNew(out.Mobiles, r.m.Mobiles)
		out.UserIDs = appendNew(out.UserIDs, r.m.UserIDs)
	}
	return out
}

func (r *mentionRule) matchesAny(as []alert.Alert) bool {
	for i := range as {
		a := &as[i]
		if a.Status == alert.Resolved {
			continue
		}
		if len(r.severities) > 0 && !slices.Contains(r.severities, a.Severity) {
			continue
		}
		if r.matchers.Matches(a) {
			return true
		}
	}
	return false
}

func appendNew(dst, src []string) []string {
	for _, s := range src {
		if !slices.Contains(dst, s) {
			dst = append(dst, s)
		}
	}
	return dst
}

// mentionUserIDRE is what a user id may hold: ids are written into the
// vendors' markup (<@id>, <at id=…>), so nothing that could close or open
// a tag is allowed.
var mentionUserIDRE = regexp.MustCompile(`^[A-Za-z0-9_.@+-]{1,128}$`)

// slackUserIDRE is a Slack member id: user names no longer mention anyone.
var slackUserIDRE = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)

// mentions validates a chat receiver's mention entries at path
// ("receivers.2.dingtalk.mentions"). vendor is dingtalk, wecom, feishu or
// slack: Feishu and Slack bots cannot mention a phone number. Errors never
// quote a phone number (nor a user id, where one may be put by mistake).
func (v *validator) mentions(path, vendor string, ms []Mention) {
	for i, m := range ms {
		p := fmt.Sprintf("%s.%d", path, i)
		for j, s := range m.Severities {
			if _, err := alert.ParseSeverity(s); err != nil {
				v.add(fmt.Sprintf("%s.severities.%d", p, j), "%q: want P0..P3", s)
			}
		}
		v.matchers(p+".matchers", m.Matchers, false)
		if !m.All && len(m.Mobiles) == 0 && len(m.UserIDs) == 0 {
			v.add(p, "mentions nobody: set mobiles, user_ids or all")
		}
		if len(m.Mobiles) > 0 && (vendor == "feishu" || vendor == "slack") {
			v.add(p+".mobiles", "a %s bot cannot mention a phone number: use user_ids", vendor)
		} else {
			for j, s := range m.Mobiles {
				if !phoneRE.MatchString(s) {
					v.add(fmt.Sprintf("%s.mobiles.%d", p, j), "must be a phone number (digits, optionally a leading +)")
				}
			}
		}
		for j, s := range m.UserIDs {
			k := fmt.Sprintf("%s.user_ids.%d", p, j)
			// The id is not quoted: a phone number put here by mistake must
			// not reach an error either.
			switch {
			case vendor == "slack" && !slackUserIDRE.MatchString(s):
				v.add(k, "want a Slack member id (U… or W…, from the member's profile; names do not mention)")
			case !mentionUserIDRE.MatchString(s):
				v.add(k, "want a user id of letters, digits and _ . @ + - (at most 128)")
			}
		}
	}
}
