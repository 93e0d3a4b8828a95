package alerting

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/vigilops/vigil/alert"
)

// Rate limits and digests.
//
// Every receiver may have a token bucket (RateLimit): Burst tokens, one
// more every Every, at most Burst. A notification takes a token on its way
// to the receiver. When the bucket is empty the notification is neither
// dropped nor sent to be refused: its group is held, and every group held
// for the receiver goes out together, as one digest notification, at the
// first Tick that finds a token again.
//
// The clock is the dispatcher's own (Tick's: event time in replay, the
// wall clock less the allowed lateness in live mode). Tokens are counted
// and held notifications released only at Tick and Close, never on a timer,
// so that a replay stays deterministic and tests need no sleeps. In live
// mode the pipeline ticks the dispatcher each time event time moves on by
// its step (10 s), which bounds how late a digest is after its token.
//
// A held group stays in flight: it is not flushed again until its digest
// is made. The digest flushes each held group then, so it says what the
// group would say at that time: an alert that resolved while held is in it
// as resolved (newest state wins; not at all for a receiver that does not
// want resolved notifications), one that was silenced meanwhile is not.
// Its alerts are those of the held groups' notifications, without
// duplicates, each with the annotation "digest" ("3 notifications held by
// the rate limit of receiver chat since 08:00:05 UTC"), with which every
// channel's headline ends (sinks/notify/internal/render.Title). An
// escalation (escalation.go) is never held: it takes a token when there is
// one.
//
// Each held notification is settled on its own with the digest's outcome:
// logged in the notification log and the history, and recorded as told,
// when the digest was delivered; given up on (its group tries again at its
// next flush, through the rate limit again) when it failed.
//
// Close sends what is held at once, without waiting for tokens: the
// dispatcher clock does not move any more, and nothing is left behind; that
// is at most one notification per receiver beyond its bucket.

// RateLimit is a receiver's token bucket (ReceiverConfig.RateLimit): at
// most Burst notifications at once, and one more every Every. A field left
// out takes the channel type's default (DefaultRateLimit); Disabled turns
// the limit off.
type RateLimit struct {
	Burst    *int           `yaml:"burst"`
	Every    *time.Duration `yaml:"every"`
	Disabled bool           `yaml:"disabled"`
}

// Bounds of a rate limit.
const (
	maxRateBurst = 10000
	maxRateEvery = 24 * time.Hour
)

// defaultRateLimits are the channel types' default rate limits, within
// the limits their vendors document for one robot or webhook. A bucket of
// Burst tokens refilled one per Every sends at most Burst + W/Every
// notifications in any window W, so Burst is kept below the vendor's
// per-minute count: a burst of 20 followed by one every 3 s would send 39
// in the first minute.
var defaultRateLimits = map[string]struct {
	burst int
	every time.Duration
}{
	// DingTalk custom robots: 20 messages a minute, more are refused for
	// 10 minutes (open.dingtalk.com/document/group/custom-robot-access).
	"dingtalk": {10, 6 * time.Second},
	// WeCom group robots: 20 messages a minute
	// (developer.work.weixin.qq.com/document/path/91770); half that for a
	// receiver whose mentions send a second message (EffectiveRateLimit).
	"wecom": {10, 6 * time.Second},
	// Feishu custom bots: 100 a minute and 5 a second
	// (open.feishu.cn/document/client-docs/bot-v3/add-custom-bot):
	// 4 + 1 s/625 ms < 6 in a second, 4 + 60 s/625 ms = 100 in a minute.
	"feishu": {4, 625 * time.Millisecond},
	// Slack: one message a second, short bursts allowed
	// (api.slack.com/docs/rate-limits, incoming webhooks included).
	"slack": {5, time.Second},
	// SMS costs money and wakes people: vigil's own limit.
	"aliyun_sms": {5, time.Minute},
	"twilio":     {5, time.Minute},
	// A call wakes people and lasts about a minute: 2 at once (the page and
	// a second incident), then one every 5 minutes, so that calls do not
	// ring over each other and what comes meanwhile is told in one call.
	"twilio_voice": {2, 5 * time.Minute},
	// Aliyun allows each called number one call a minute and 5 an hour
	// (SingleCallByTts): 2 + 60 min/20 min = 5 in any hour.
	"aliyun_voice": {2, 20 * time.Minute},
}

// DefaultRateLimit returns the default rate limit of a channel type
// ("dingtalk", …; see ReceiverConfig.Type), and false for a type that has
// none (webhook, terminal, ndjson, pagerduty, alertmanager, email).
func DefaultRateLimit(channel string) (burst int, every time.Duration, ok bool) {
	l, ok := defaultRateLimits[channel]
	return l.burst, l.every, ok
}

// EffectiveRateLimit returns the receiver's rate limit: its rate_limit over
// its channel type's default. ok is false when it has none. The config must
// be valid.
func (r ReceiverConfig) EffectiveRateLimit() (burst int, every time.Duration, ok bool) {
	burst, every, ok = DefaultRateLimit(r.Type())
	if r.WeCom != nil && wecomTextMentions(r.WeCom.Mentions) {
		// Two messages per notification (the markdown one and a text one
		// that mentions by phone number or @all): half the rate.
		burst, every = burst/2, every*2
	}
	l := r.RateLimit
	if l == nil {
		return burst, every, ok
	}
	if l.Disabled {
		return 0, 0, false
	}
	if l.Burst != nil {
		burst = *l.Burst
	}
	if l.Every != nil {
		every = *l.Every
	}
	return burst, every, burst > 0 && every > 0
}

// wecomTextMentions reports whether a WeCom receiver's mentions need the
// second, text message (mobiles or all).
func wecomTextMentions(ms []Mention) bool {
	for _, m := range ms {
		if m.All || len(m.Mobiles) > 0 {
			return true
		}
	}
	return false
}

// rateLimit checks receiver r's rate_limit; path is "receivers.N.rate_limit".
func (v *validator) rateLimit(path string, r ReceiverConfig) {
	l := r.RateLimit
	if l == nil {
		return
	}
	if l.Disabled {
		if l.Burst != nil || l.Every != nil {
			v.add(path+".disabled", "turns the rate limit off: leave out burst and every")
		}
		return
	}
	_, _, hasDefault := DefaultRateLimit(r.Type())
	const off = "(disabled: true turns the rate limit off)"
	switch {
	case l.Burst == nil && !hasDefault:
		v.add(path+".burst", "is required: %s has no default rate limit", channelName(r))
	case l.Burst != nil && (*l.Burst < 1 || *l.Burst > maxRateBurst):
		v.add(path+".burst", "must be between 1 and %d notifications %s", maxRateBurst, off)
	}
	switch {
	case l.Every == nil && !hasDefault:
		v.add(path+".every", "is required: %s has no default rate limit", channelName(r))
	case l.Every != nil && *l.Every <= 0:
		v.add(path+".every", "must be > 0 (the time one token takes to come back) %s", off)
	case l.Every != nil && *l.Every > maxRateEvery:
		v.add(path+".every", "must be at most %s", maxRateEvery)
	}
}

func channelName(r ReceiverConfig) string {
	if t := r.Type(); t != "" {
		return "the " + t + " channel"
	}
	return "a receiver without a channel"
}

// movedRateLimit rejects the rate_limit an SMS channel used to take:
// q is the channel's path ("receivers.N.aliyun_sms"), p the receiver's.
func (v *validator) movedRateLimit(q, p string, l *RateLimit) {
	if l != nil {
		v.add(q+".rate_limit", "has moved to %s%s.rate_limit: one rate limit per receiver, whatever its channel", v.prefix, p)
	}
}

// tokenBucket counts a receiver's tokens on the dispatcher clock, in
// integer time: credit is the time the tokens are worth (tokens × every),
// at most burst × every. It is full when created. Under d.mu.
type tokenBucket struct {
	every  time.Duration
	cap    time.Duration
	credit time.Duration
	last   time.Time
}

func newTokenBucket(burst int, every time.Duration) *tokenBucket {
	c := time.Duration(burst) * every
	return &tokenBucket{every: every, cap: c, credit: c}
}

// refill adds the tokens that came since the last call (a clock that goes
// back adds none).
func (b *tokenBucket) refill(now time.Time) {
	if b.last.IsZero() {
		b.last = now
		return
	}
	if el := now.Sub(b.last); el > 0 {
		b.credit = min(b.cap, b.credit+min(el, b.cap))
		b.last = now
	}
}

// ready reports whether a token is there at now.
func (b *tokenBucket) ready(now time.Time) bool {
	b.refill(now)
	return b.credit >= b.every
}

// take takes a token at now, if there is one.
func (b *tokenBucket) take(now time.Time) bool {
	if !b.ready(now) {
		return false
	}
	b.credit -= b.every
	return true
}

// give returns a token that was taken and not used.
func (b *tokenBucket) give() { b.credit = min(b.cap, b.credit+b.every) }

// rateLimiter is a receiver's bucket and what waits for it, under d.mu.
type rateLimiter struct {
	bucket *tokenBucket
	// held are the groups waiting for a token, with the notification that
	// was held (its group stays in flight until the digest).
	held  map[*group]*job
	since time.Time // when the oldest of them was held
}

// newRateLimiter returns rc's limiter, or nil when it has no rate limit.
func newRateLimiter(rc ReceiverConfig) *rateLimiter {
	burst, every, ok := rc.EffectiveRateLimit()
	if !ok {
		return nil
	}
	return &rateLimiter{bucket: newTokenBucket(burst, every), held: map[*group]*job{}}
}

// rateLimit passes the jobs a flush made at now through their receivers'
// rate limits, under d.mu, and returns those to deliver now, in order,
// followed by a digest for every receiver whose held notifications get a
// token at now. A job whose receiver has no token, or has notifications
// held already (they go first), is held. Closing, every receiver's held
// notifications go out as a digest whether or not there is a token.
func (d *Dispatcher) rateLimit(jobs []*job, now time.Time, closing bool) []*job {
	out := jobs[:0] // in place: out never overtakes the job being read
	for _, j := range jobs {
		l := j.g.recv.limit
		switch {
		case l == nil:
		case j.esc != nil:
			// An escalation is never held: it takes a token when there
			// is one, so that the bucket counts what the receiver gets.
			l.bucket.take(now)
		case len(l.held) == 0 && l.bucket.take(now):
		default:
			d.hold(j, now)
			continue
		}
		out = append(out, j)
	}
	var waiting []*receiver
	for _, r := range d.receivers {
		if r.limit != nil && len(r.limit.held) > 0 {
			waiting = append(waiting, r)
		}
	}
	if len(waiting) == 0 {
		return out
	}
	slices.SortFunc(waiting, func(a, b *receiver) int { return cmp.Compare(a.name, b.name) })
	var mute muteChain
	for _, r := range waiting {
		if !closing && !r.limit.bucket.ready(now) {
			continue
		}
		if mute == nil {
			mute = d.muters()
		}
		if dj := d.digest(r, now, mute); dj != nil {
			r.limit.bucket.take(now) // may find none when closing
			out = append(out, dj)
		}
	}
	return out
}

// hold puts j's group on its receiver's wait list, under d.mu. The job
// itself is dropped (nothing was recorded for it); its group stays in
// flight, so that neither Tick nor Close flushes it, until the digest.
func (d *Dispatcher) hold(j *job, now time.Time) {
	r := j.g.recv
	l := r.limit
	delete(d.inflight, j)
	close(j.done)
	if len(l.held) == 0 {
		l.since = now
		d.log.Info().Str("receiver", r.name).Time("since", now).
			Msg("receiver rate limit reached; notifications are held and sent as one digest at the next token")
	}
	l.held[j.g] = j
	r.stats.RateLimited++
}

// digest flushes every group held for r at now, under d.mu, and returns
// the one notification that carries what they have to say, or nil when
// none has anything to say any more (the groups are released either way).
func (d *Dispatcher) digest(r *receiver, now time.Time, mute Muter) *job {
	l := r.limit
	gs := slices.SortedFunc(maps.Keys(l.held), func(a, b *group) int { return cmp.Compare(a.key, b.key) })
	since := l.since
	sig := d.suppressionSignature(now)
	var parts []*job
	for _, g := range gs {
		held := l.held[g]
		delete(l.held, g)
		g.inflight = false
		if d.groups[g.key] != g {
			continue // forgotten meanwhile
		}
		// A receiver never told of the group's alerts was about to hear
		// them start: flush as if it had, so that those that ended while
		// held are in the digest as resolved rather than left out.
		var heard *logEntry
		if d.nflog[g.key] == nil && len(held.firing) > 0 {
			heard = &logEntry{firing: map[string]time.Time{}, resolved: map[string]struct{}{}}
			for _, fp := range held.firing {
				heard.firing[fp] = time.Time{}
			}
			d.nflog[g.key] = heard
		}
		g.sig = sig
		if !g.next.After(now) { // this is the group's flush: keep its grid
			g.next = nextFlush(g.next, now, g.route.groupInterval)
		}
		j := d.flush(g, now, mute)
		if heard != nil && d.nflog[g.key] == heard {
			delete(d.nflog, g.key)
		}
		if j != nil {
			parts = append(parts, j)
		}
	}
	l.since = time.Time{}
	if len(parts) == 0 {
		return nil
	}
	noun := "notifications"
	if len(parts) == 1 {
		noun = "notification"
	}
	note := fmt.Sprintf("%d %s held by the rate limit of receiver %s since %s", len(parts), noun, r.name,
		since.UTC().Format("15:04:05 UTC"))
	dj := &job{recv: r, parts: parts, at: now}
	seen := map[string]int{}
	for _, p := range parts {
		p.digest = dj
		for _, a := range p.alerts {
			if i, ok := seen[a.Fingerprint]; ok {
				if a.Status == alert.Resolved { // newest state wins
					dj.alerts[i] = a
					dj.alerts[i].Annotations = withDigest(a.Annotations, note)
				}
				continue
			}
			seen[a.Fingerprint] = len(dj.alerts)
			a.Annotations = withDigest(a.Annotations, note)
			dj.alerts = append(dj.alerts, a)
		}
	}
	return dj
}

// DigestAnnotation is the annotation that marks an alert sent in a digest
// of notifications held by a receiver's rate limit; its value says how many
// and since when.
const DigestAnnotation = "digest"

func withDigest(ann map[string]string, note string) map[string]string {
	out := make(map[string]string, len(ann)+1)
	maps.Copy(out, ann)
	out[DigestAnnotation] = note
	return out
}
