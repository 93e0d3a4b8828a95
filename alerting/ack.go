package alerting

import (
	"cmp"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
)

// Acknowledgement: someone says they are on an alert. An acknowledged
// alert escalates no further (escalation.go); its notifications go on as
// before. The acknowledgement lasts until the alert resolves: a new
// episode (another starts_at) is not acknowledged.
//
// Acknowledgement links: with alerting.external_url set, every firing
// alert handed to a receiver carries ack_url,
// <external_url>/api/v1/alerts/<fingerprint>/ack. With alerting.ack_secret
// set as well, the link carries a token, "<expiry>.<signature>": the
// HMAC-SHA256, keyed by the secret, of the fingerprint, the episode's
// starts_at and the expiry (the notification's time plus ack_link_ttl, on
// the dispatcher clock). The API accepts that token instead of an admin
// bearer token for that one action on that one episode, so that the on-call
// can acknowledge from a phone; any other change to the link, a later
// episode, or a time past the expiry is refused.

// DefaultAckLinkTTL is how long an acknowledgement link stays valid after
// the notification carrying it, when alerting.ack_link_ttl is not set.
const DefaultAckLinkTTL = 24 * time.Hour

// minAckSecret is the shortest alerting.ack_secret accepted.
const minAckSecret = 32

// Errors of Ack and the acknowledgement links.
var (
	// ErrAlertNotHeld: the dispatcher holds no alert with that fingerprint
	// (it never fired, or it resolved and was notified).
	ErrAlertNotHeld = errors.New("no such alert")
	// ErrAlertNotFiring: the alert is held but resolved.
	ErrAlertNotFiring = errors.New("the alert is not firing")
	// ErrAckLinkInvalid: the link's token is missing, malformed, not
	// signed by this vigil's ack_secret, or of another episode.
	ErrAckLinkInvalid = errors.New("the acknowledgement link is not valid")
	// ErrAckLinkExpired: the link's token is genuine but past its expiry.
	ErrAckLinkExpired = errors.New("the acknowledgement link has expired")
)

// Acknowledgement is who acknowledged an alert's episode, when (on the
// dispatcher clock) and why.
type Acknowledgement struct {
	By      string
	Comment string
	At      time.Time
}

type ackState struct {
	start time.Time // the episode acknowledged
	Acknowledgement
}

// ackLinks builds and checks acknowledgement links.
type ackLinks struct {
	base   string // external_url without its trailing slash; "" for none
	secret []byte // nil: links are not signed
	ttl    time.Duration
}

func newAckLinks(cfg *Config) ackLinks {
	l := ackLinks{base: strings.TrimRight(cfg.ExternalURL, "/"), ttl: cfg.AckLinkTTL}
	if cfg.AckSecret != "" {
		l.secret = []byte(cfg.AckSecret)
	}
	if l.ttl <= 0 {
		l.ttl = DefaultAckLinkTTL
	}
	return l
}

// ackLinks validates external_url, ack_secret and ack_link_ttl. Neither
// the secret nor the URL is quoted.
func (v *validator) ackLinks(c *Config) {
	if c.ExternalURL != "" {
		u, err := url.Parse(c.ExternalURL)
		switch {
		case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
			v.add("external_url", "must be an absolute http or https URL: the base URL people reach this vigil's API at, such as https://vigil.example.com")
		case u.RawQuery != "" || u.Fragment != "" || u.User != nil:
			v.add("external_url", "must be a base URL without user, query or fragment (the API paths are appended to it)")
		}
	}
	switch {
	case c.AckSecret == "":
	case len(c.AckSecret) < minAckSecret:
		v.add("ack_secret", "is %d characters: want at least %d (e.g. openssl rand -hex 32)", len(c.AckSecret), minAckSecret)
	case c.ExternalURL == "":
		v.add("ack_secret", "is set but external_url is not: the links it signs need external_url")
	}
	v.nonNegative("ack_link_ttl", c.AckLinkTTL)
}

// mac is the signature of an episode's link expiring at exp.
func (l *ackLinks) mac(fp string, start time.Time, exp int64) []byte {
	h := hmac.New(sha256.New, l.secret)
	fmt.Fprintf(h, "vigil-ack-v1\n%s\n%s\n%d", fp, start.UTC().Format(time.RFC3339Nano), exp)
	return h.Sum(nil)
}

// token is the signed token of a's episode, valid until now + ttl.
func (l *ackLinks) token(a *alert.Alert, now time.Time) string {
	exp := now.Add(l.ttl).Unix()
	return strconv.FormatInt(exp, 10) + "." + base64.RawURLEncoding.EncodeToString(l.mac(a.Fingerprint, a.StartsAt, exp))
}

// check verifies tok for a's episode at now: the signature first, then the
// expiry.
func (l *ackLinks) check(a *alert.Alert, tok string, now time.Time) error {
	if l.secret == nil {
		return fmt.Errorf("%w: this vigil signs no links (alerting.ack_secret is not set)", ErrAckLinkInvalid)
	}
	e, sig, ok := strings.Cut(tok, ".")
	exp, err := strconv.ParseInt(e, 10, 64)
	if !ok || err != nil {
		return ErrAckLinkInvalid
	}
	got, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil || !hmac.Equal(got, l.mac(a.Fingerprint, a.StartsAt, exp)) {
		return ErrAckLinkInvalid
	}
	if now.Unix() > exp {
		return ErrAckLinkExpired
	}
	return nil
}

// withAckURL returns a with its ack_url when external_url is set, signed
// when ack_secret is (under d.mu; now is the notification's time).
func (d *Dispatcher) withAckURL(a alert.Alert, now time.Time) alert.Alert {
	l := &d.esc.links
	if l.base == "" || a.Status != alert.Firing {
		return a
	}
	u := l.base + "/api/v1/alerts/" + url.PathEscape(a.Fingerprint) + "/ack"
	if l.secret != nil {
		u += "?token=" + l.token(&a, now)
	}
	a.AckURL = u
	return a
}

// withoutAckToken returns a with its ack_url's token cut off, for the
// history: the token acknowledges, and a record outlives it.
func withoutAckToken(a alert.Alert) alert.Alert {
	if i := strings.IndexByte(a.AckURL, '?'); i >= 0 {
		a.AckURL = a.AckURL[:i]
	}
	return a
}

// acked reports whether an alert's episode is acknowledged, under d.mu.
func (x *escalations) acked(fp string, start time.Time) bool {
	ak := x.acks[fp]
	return ak != nil && ak.start.Equal(start)
}

// Ack acknowledges the firing alert with that fingerprint: it escalates no
// further in this episode, Active shows who acknowledged it, and the
// history records it. by says who (required by the API, "" accepted here)
// and comment why. Acknowledging an acknowledged episode again changes
// nothing and returns no error: the first acknowledgement's time, author
// and comment stay. It returns the alert; ErrAlertNotHeld or
// ErrAlertNotFiring when there is nothing to acknowledge.
func (d *Dispatcher) Ack(fingerprint, by, comment string) (alert.Alert, error) {
	return d.ack(fingerprint, "", false, by, comment)
}

// AckWithLink is Ack for the holder of an acknowledgement link: token is
// the link's token, checked against the alert's current episode on the
// dispatcher clock (ErrAckLinkInvalid, ErrAckLinkExpired).
func (d *Dispatcher) AckWithLink(fingerprint, token, by, comment string) (alert.Alert, error) {
	return d.ack(fingerprint, token, true, by, comment)
}

// CheckAckLink checks an acknowledgement link's token without
// acknowledging (for the confirmation page) and returns the alert.
func (d *Dispatcher) CheckAckLink(fingerprint, token string) (alert.Alert, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	e, err := d.firing(fingerprint)
	if err != nil {
		return alert.Alert{}, err
	}
	if err := d.esc.links.check(&e.a, token, d.now); err != nil {
		return alert.Alert{}, err
	}
	return e.a, nil
}

// Acknowledged returns the acknowledgement of the firing alert with that
// fingerprint, if its episode is acknowledged.
func (d *Dispatcher) Acknowledged(fingerprint string) (Acknowledgement, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	e := d.alerts[fingerprint]
	if e == nil || e.a.Status != alert.Firing || !d.esc.acked(fingerprint, e.a.StartsAt) {
		return Acknowledgement{}, false
	}
	return d.esc.acks[fingerprint].Acknowledgement, true
}

// firing returns the held firing alert with fingerprint fp, under d.mu.
func (d *Dispatcher) firing(fp string) (*entry, error) {
	e := d.alerts[fp]
	switch {
	case e == nil:
		return nil, ErrAlertNotHeld
	case e.a.Status != alert.Firing:
		return nil, ErrAlertNotFiring
	}
	return e, nil
}

func (d *Dispatcher) ack(fp, token string, link bool, by, comment string) (alert.Alert, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return alert.Alert{}, errors.New("alerting: dispatcher closed")
	}
	e, err := d.firing(fp)
	if err != nil {
		return alert.Alert{}, err
	}
	if link {
		if err := d.esc.links.check(&e.a, token, d.now); err != nil {
			return alert.Alert{}, err
		}
	}
	if d.esc.acked(fp, e.a.StartsAt) {
		return e.a, nil
	}
	ak := &ackState{start: e.a.StartsAt, Acknowledgement: Acknowledgement{By: by, Comment: comment, At: d.now}}
	d.esc.acks[fp] = ak
	if h := d.opts.history; h != nil {
		h.Record([]HistoryRecord{{Time: d.now, Kind: HistoryAcknowledged, Alert: e.a, By: by, Comment: comment}})
	}
	return e.a, nil
}

// snapshotAck is one acknowledgement in a Snapshot.
type snapshotAck struct {
	Fingerprint string    `json:"fingerprint"`
	StartsAt    time.Time `json:"starts_at"`
	By          string    `json:"by,omitempty"`
	Comment     string    `json:"comment,omitempty"`
	At          time.Time `json:"at"`
}

// snapshotAcks returns the acknowledgements, under d.mu.
func (d *Dispatcher) snapshotAcks() []snapshotAck {
	var out []snapshotAck
	for fp, ak := range d.esc.acks {
		out = append(out, snapshotAck{Fingerprint: fp, StartsAt: ak.start, By: ak.By, Comment: ak.Comment, At: ak.At})
	}
	slices.SortFunc(out, func(a, b snapshotAck) int { return cmp.Compare(a.Fingerprint, b.Fingerprint) })
	return out
}

// restoreAcks replaces the acknowledgements with a snapshot's, under d.mu,
// after its alerts were restored; those of an episode no longer firing
// are dropped.
func (d *Dispatcher) restoreAcks(as []snapshotAck) {
	d.esc.acks = map[string]*ackState{}
	for _, s := range as {
		if e := d.alerts[s.Fingerprint]; e != nil && e.a.Status == alert.Firing && e.a.StartsAt.Equal(s.StartsAt) {
			d.esc.acks[s.Fingerprint] = &ackState{start: s.StartsAt,
				Acknowledgement: Acknowledgement{By: s.By, Comment: s.Comment, At: s.At}}
		}
	}
}
