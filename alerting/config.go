package alerting

import (
	"errors"
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"regexp"
	"strings"
	"time"

	config "github.com/vigilops/vigil/config/cfgerr"
)

// Defaults applied to the root route and the retry stage when a value is unset.
const (
	DefaultGroupWait      = 30 * time.Second
	DefaultGroupInterval  = 5 * time.Minute
	DefaultRepeatInterval = 4 * time.Hour

	DefaultRetryInitial   = time.Second
	DefaultRetryMax       = time.Minute
	DefaultRetryAttempts  = 8 // 1+2+4+8+16+32+60+60 s: about three minutes of trying
	DefaultQueueSize      = 256
	DefaultKibanaLookback = 15 * time.Minute
)

// DefaultGroupBy groups the root route's alerts by the service they are
// about, so that one incident seen by several rules and platforms reaches
// the on-call as one notification. group_by on the root route replaces it
// (["..."] for one group per alert; [] for one group of everything).
var DefaultGroupBy = []string{"service.name"}

// DefaultInhibit applies when inhibit is not configured (an empty list
// turns it off): while a P0 or P1 alert fires about a service or job, the
// P2 and P3 alerts about the same one are held back: the narrower
// symptoms of the incident the page already names.
var DefaultInhibit = []InhibitRule{{
	Source: []string{"severity=~P0|P1"},
	Target: []string{"severity=~P2|P3"},
	Equal:  []string{"service.name", "job.name"},
}}

// Config is the alerting section of vigil.yaml: how alerts are routed,
// grouped, suppressed and retried.
type Config struct {
	// Route is the root of the routing tree. It matches every alert and names
	// the default receiver.
	Route Route `yaml:"route"`
	// Receivers are the notification channels routes may name.
	Receivers []ReceiverConfig `yaml:"receivers"`
	// Silences mute matching alerts between StartsAt and EndsAt.
	Silences []Silence `yaml:"silences"`
	// MaintenanceWindows mute matching alerts at recurring times or in
	// absolute ranges.
	MaintenanceWindows []MaintenanceWindow `yaml:"maintenance_windows"`
	// Inhibit mutes target alerts while a matching source alert fires.
	Inhibit []InhibitRule `yaml:"inhibit"`
	// KibanaURL is the Kibana base URL used to give alerts without a link one
	// (e.g. https://kibana.example.com). Empty: no links are added.
	KibanaURL string `yaml:"kibana_url"`
	// DataView is the Kibana data view id used in links (see KibanaLink).
	DataView string `yaml:"data_view"`
	// KibanaLookback is how far before an alert's start its link's time range
	// begins (default 15m).
	KibanaLookback time.Duration `yaml:"kibana_lookback"`
	// Retry bounds the retry stage.
	Retry RetryConfig `yaml:"retry"`
	// QueueSize bounds each receiver's delivery queue (default 256
	// notifications). When a queue is full the notification is deferred to the
	// group's next flush and counted as an overflow.
	QueueSize int `yaml:"queue_size"`
	// NflogFile is the notification log: what each receiver was told,
	// appended and synced at every delivered notification so that a restart
	// neither pages again nor forgets a firing alert (see OpenLog). Empty:
	// the state file's path with ".nflog" appended (no log without a state
	// file).
	NflogFile string `yaml:"nflog_file"`
	// NflogRetention is how long, on the dispatcher clock, a record the
	// checkpoint already covers stays in the log (default twice the longest
	// repeat_interval).
	NflogRetention time.Duration `yaml:"nflog_retention"`
	// ExternalURL is the base URL at which people reach this vigil's API
	// (e.g. https://vigil.example.com). When set, every firing alert
	// handed to a receiver carries ack_url, the page that acknowledges it
	// (see ack.go). Empty: no links.
	ExternalURL string `yaml:"external_url"`
	// AckSecret signs the acknowledgement links (HMAC-SHA256 of the
	// fingerprint and the episode's starts_at, with an expiry), so that the
	// on-call can acknowledge from a phone without an API token. At least
	// 32 characters; use ${ENV}. Empty: the links carry no signature and
	// acknowledging needs an admin token.
	AckSecret string `yaml:"ack_secret"`
	// AckLinkTTL is how long a signed link stays valid after the
	// notification that carried it, on the dispatcher clock (default 24h).
	AckLinkTTL time.Duration `yaml:"ack_link_ttl"`
	// History records every notification, acknowledgement, escalation and
	// test alert in an Elasticsearch index or a local file (see
	// HistoryConfig and sinks/alerthistory).
	History HistoryConfig `yaml:"history"`
}

// Route is one node of the routing tree. Unset fields are inherited from
// the parent route; the root route gets the package defaults. An alert
// stops at the deepest matching routes (the first matching child, and the
// following ones while a matching child has Continue); when no child
// matches, at the route itself. When a change of severity re-routes an
// alert, a receiver already told it fires keeps it until it resolves.
type Route struct {
	// Receiver gets the notifications of alerts that stop at this route.
	Receiver string `yaml:"receiver"`
	// GroupBy lists the labels whose values make up a group; "..." groups by
	// every label (one group per alert). The pseudo-labels severity, rule and
	// kind may be used.
	GroupBy []string `yaml:"group_by"`
	// GroupWait is how long a new group waits for more alerts before its
	// first notification.
	GroupWait *time.Duration `yaml:"group_wait"`
	// GroupInterval is how long a group waits before notifying about changes
	// (0: at every Tick).
	GroupInterval *time.Duration `yaml:"group_interval"`
	// RepeatInterval is how long before still-firing alerts are notified again.
	RepeatInterval *time.Duration `yaml:"repeat_interval"`
	// Matchers must all match for an alert to enter this route (see
	// ParseMatcher). The root route takes none.
	Matchers []string `yaml:"matchers"`
	// Continue lets an alert that matched this route go on to match the
	// following sibling routes.
	Continue bool `yaml:"continue"`
	// Routes are the child routes, tried in order.
	Routes []Route `yaml:"routes"`
	// Escalate tells other receivers about a firing alert of this route
	// that nobody acknowledged in time (escalation.go). Unlike the fields
	// above it is not inherited: each route escalates only if it says so.
	Escalate []EscalationStep `yaml:"escalate"`
}

// ReceiverConfig names one notification channel. Exactly one channel type
// is set per receiver (send an alert to two channels with two routes and
// continue: true).
type ReceiverConfig struct {
	Name string `yaml:"name"`
	// SendResolved says whether resolved notifications are sent (default true).
	SendResolved *bool `yaml:"send_resolved"`

	Webhook   *WebhookConfig   `yaml:"webhook"`
	Terminal  bool             `yaml:"terminal"`
	NDJSON    bool             `yaml:"ndjson"`
	Slack     *SlackConfig     `yaml:"slack"`
	DingTalk  *DingTalkConfig  `yaml:"dingtalk"`
	Feishu    *FeishuConfig    `yaml:"feishu"`
	WeCom     *WeComConfig     `yaml:"wecom"`
	PagerDuty *PagerDutyConfig `yaml:"pagerduty"`
	// Alertmanager forwards alerts to an Alertmanager-compatible API.
	Alertmanager *AlertmanagerConfig `yaml:"alertmanager"`
	Email        *EmailConfig        `yaml:"email"`
	// AliyunSMS and Twilio send SMS: route only P0 to them.
	AliyunSMS *AliyunSMSConfig `yaml:"aliyun_sms"`
	Twilio    *TwilioConfig    `yaml:"twilio"`
	// TwilioVoice and AliyunVoice place phone calls for firing alerts
	// (never resolved ones): route only P0 to them.
	TwilioVoice *TwilioVoiceConfig `yaml:"twilio_voice"`
	AliyunVoice *AliyunVoiceConfig `yaml:"aliyun_voice"`
	// RateLimit bounds how fast notifications go to this receiver; beyond
	// it they wait and go out together as one digest (ratelimit.go). Unset:
	// the channel type's default (DefaultRateLimit).
	RateLimit *RateLimit `yaml:"rate_limit"`
}

// WantsResolved reports whether the receiver is sent resolved notifications
// (never for a voice receiver: nobody is called to hear that an alert
// resolved).
func (r ReceiverConfig) WantsResolved() bool {
	if r.voice() {
		return false
	}
	return r.SendResolved == nil || *r.SendResolved
}

// voice reports whether the receiver places phone calls.
func (r ReceiverConfig) voice() bool { return r.TwilioVoice != nil || r.AliyunVoice != nil }

// Type names the receiver's channel type ("webhook", "terminal", …), or ""
// when none is set.
func (r ReceiverConfig) Type() string {
	t := r.types()
	if len(t) == 0 {
		return ""
	}
	return t[0]
}

func (r ReceiverConfig) types() []string {
	var t []string
	if r.Webhook != nil {
		t = append(t, "webhook")
	}
	if r.Terminal {
		t = append(t, "terminal")
	}
	if r.NDJSON {
		t = append(t, "ndjson")
	}
	if r.Slack != nil {
		t = append(t, "slack")
	}
	if r.DingTalk != nil {
		t = append(t, "dingtalk")
	}
	if r.Feishu != nil {
		t = append(t, "feishu")
	}
	if r.WeCom != nil {
		t = append(t, "wecom")
	}
	if r.PagerDuty != nil {
		t = append(t, "pagerduty")
	}
	if r.Alertmanager != nil {
		t = append(t, "alertmanager")
	}
	if r.Email != nil {
		t = append(t, "email")
	}
	if r.AliyunSMS != nil {
		t = append(t, "aliyun_sms")
	}
	if r.Twilio != nil {
		t = append(t, "twilio")
	}
	if r.TwilioVoice != nil {
		t = append(t, "twilio_voice")
	}
	if r.AliyunVoice != nil {
		t = append(t, "aliyun_voice")
	}
	return t
}

// HTTPConfig holds what every HTTP channel shares.
type HTTPConfig struct {
	// Timeout bounds one request (default 10s).
	Timeout time.Duration `yaml:"timeout"`
}

// WebhookConfig posts the alert JSON (docs/architecture.md §4) to a URL.
type WebhookConfig struct {
	URL     string            `yaml:"url"`
	Headers map[string]string `yaml:"headers"`
	// Batch posts one JSON object holding every alert of a notification
	// instead of one request per alert.
	Batch   bool          `yaml:"batch"`
	Timeout time.Duration `yaml:"timeout"`
	// Secret, when set, signs every request: X-Vigil-Timestamp (Unix
	// seconds) and X-Vigil-Signature ("sha256=" and the hex HMAC-SHA256,
	// keyed by Secret, of the timestamp, a dot, and the body).
	Secret string `yaml:"secret"`
}

// SlackConfig posts to a Slack incoming webhook.
type SlackConfig struct {
	URL     string        `yaml:"url"`
	Channel string        `yaml:"channel"`
	Timeout time.Duration `yaml:"timeout"`
	// Mentions choose whom a notification mentions (see Mention).
	Mentions []Mention `yaml:"mentions"`
}

// DingTalkConfig posts to a DingTalk robot; Secret enables signed requests.
type DingTalkConfig struct {
	URL     string        `yaml:"url"`
	Secret  string        `yaml:"secret"`
	Timeout time.Duration `yaml:"timeout"`
	// Mentions choose whom a notification mentions (see Mention).
	Mentions []Mention `yaml:"mentions"`
}

// FeishuConfig posts to a Feishu (Lark) custom bot; Secret enables signing.
type FeishuConfig struct {
	URL     string        `yaml:"url"`
	Secret  string        `yaml:"secret"`
	Timeout time.Duration `yaml:"timeout"`
	// Mentions choose whom a notification mentions (see Mention).
	Mentions []Mention `yaml:"mentions"`
}

// WeComConfig posts to a WeCom (WeChat Work) group robot.
type WeComConfig struct {
	URL     string        `yaml:"url"`
	Timeout time.Duration `yaml:"timeout"`
	// Mentions choose whom a notification mentions (see Mention).
	Mentions []Mention `yaml:"mentions"`
}

// PagerDutyConfig sends PagerDuty Events API v2 events.
type PagerDutyConfig struct {
	RoutingKey string `yaml:"routing_key"`
	// URL defaults to https://events.pagerduty.com/v2/enqueue.
	URL     string        `yaml:"url"`
	Timeout time.Duration `yaml:"timeout"`
}

// AlertmanagerConfig posts alerts to an Alertmanager-compatible
// /api/v2/alerts endpoint.
type AlertmanagerConfig struct {
	// URL is the base URL (the path /api/v2/alerts is appended).
	URL     string            `yaml:"url"`
	Headers map[string]string `yaml:"headers"`
	Timeout time.Duration     `yaml:"timeout"`
}

// EmailConfig sends one multipart (text and HTML) message per notification
// over SMTP.
type EmailConfig struct {
	Host string `yaml:"host"`
	// Port defaults by TLS: 587 (starttls), 465 (implicit), 25 (none).
	Port int `yaml:"port"`
	// TLS is starttls (the default), implicit, or none (a loopback host only).
	TLS string `yaml:"tls"`
	// Username and Password enable AUTH; Auth is plain or login (default:
	// PLAIN when offered, else LOGIN).
	Username string   `yaml:"username"`
	Password string   `yaml:"password"`
	Auth     string   `yaml:"auth"`
	From     string   `yaml:"from"`
	To       []string `yaml:"to"`
	Cc       []string `yaml:"cc"`
	// Hello is the EHLO name (default localhost).
	Hello string `yaml:"hello"`
	// CAFile is a PEM file of CAs trusted for the server (default: the
	// system's).
	CAFile  string        `yaml:"ca_file"`
	Timeout time.Duration `yaml:"timeout"`
}

// AliyunSMSConfig sends Aliyun SMS (dysmsapi SendSms) with an approved
// template; the template may use ${severity}, ${rule}, ${status}, ${summary}.
type AliyunSMSConfig struct {
	AccessKeyID     string   `yaml:"access_key_id"`
	AccessKeySecret string   `yaml:"access_key_secret"`
	SignName        string   `yaml:"sign_name"`
	TemplateCode    string   `yaml:"template_code"`
	PhoneNumbers    []string `yaml:"phone_numbers"`
	// RegionID defaults to cn-hangzhou, URL to https://dysmsapi.aliyuncs.com/.
	RegionID string `yaml:"region_id"`
	URL      string `yaml:"url"`
	// ParamLimit caps each template parameter, in characters (default 35).
	ParamLimit int           `yaml:"param_limit"`
	Timeout    time.Duration `yaml:"timeout"`
	// RateLimit moved to the receiver (ReceiverConfig.RateLimit); Validate
	// rejects it here, naming the new key.
	RateLimit *RateLimit `yaml:"rate_limit"`
}

// TwilioConfig sends SMS through Twilio's Messages API, one message per
// number in To.
type TwilioConfig struct {
	AccountSID string `yaml:"account_sid"`
	AuthToken  string `yaml:"auth_token"`
	// From, or MessagingServiceSID, is the sender.
	From                string   `yaml:"from"`
	MessagingServiceSID string   `yaml:"messaging_service_sid"`
	To                  []string `yaml:"to"`
	// URL defaults to https://api.twilio.com.
	URL string `yaml:"url"`
	// MaxLength cuts the body, in characters (default and most 1600).
	MaxLength int           `yaml:"max_length"`
	Timeout   time.Duration `yaml:"timeout"`
	// RateLimit moved to the receiver (ReceiverConfig.RateLimit); Validate
	// rejects it here, naming the new key.
	RateLimit *RateLimit `yaml:"rate_limit"`
}

// TwilioVoiceConfig places calls through Twilio Programmable Voice (the
// Calls API with inline TwiML), one call per number in To, for firing
// alerts only. Authenticate with AuthToken, or with an API key
// (APIKeySID and APIKeySecret); AccountSID is needed either way.
type TwilioVoiceConfig struct {
	AccountSID   string `yaml:"account_sid"`
	AuthToken    string `yaml:"auth_token"`
	APIKeySID    string `yaml:"api_key_sid"`
	APIKeySecret string `yaml:"api_key_secret"`
	// From is a Twilio number of the account, To the numbers called, all
	// in E.164 form (+15550100001).
	From string   `yaml:"from"`
	To   []string `yaml:"to"`
	// Language (default en-US) and Voice (default: Twilio's) are the
	// <Say> attributes.
	Language string `yaml:"language"`
	Voice    string `yaml:"voice"`
	// Labels are said with their value when every firing alert of the
	// notification has the same one (default [service.name]).
	Labels []string `yaml:"labels"`
	// URL defaults to https://api.twilio.com.
	URL     string        `yaml:"url"`
	Timeout time.Duration `yaml:"timeout"`
}

// AliyunVoiceConfig places Aliyun voice notification calls (Dyvmsapi
// SingleCallByTts) with an approved text-to-speech template, one call per
// number, for firing alerts only; the template may use ${severity},
// ${rule}, ${service} and ${count}.
type AliyunVoiceConfig struct {
	AccessKeyID     string `yaml:"access_key_id"`
	AccessKeySecret string `yaml:"access_key_secret"`
	// TtsCode is the template id (TTS_…).
	TtsCode string `yaml:"tts_code"`
	// CalledShowNumber is the number shown to the callee (dedicated mode);
	// empty: Aliyun's public pool (public-mode template).
	CalledShowNumber string `yaml:"called_show_number"`
	// CalledNumbers are mainland China numbers, digits only.
	CalledNumbers []string `yaml:"called_numbers"`
	// PlayTimes (1-3), Volume (0-100) and Speed (-500-500) default to
	// Aliyun's (3, 100, 0).
	PlayTimes int  `yaml:"play_times"`
	Volume    *int `yaml:"volume"`
	Speed     *int `yaml:"speed"`
	// RegionID defaults to cn-hangzhou, URL to https://dyvmsapi.aliyuncs.com/.
	RegionID string `yaml:"region_id"`
	URL      string `yaml:"url"`
	// ParamLimit caps each template variable, in characters (default 35).
	ParamLimit int           `yaml:"param_limit"`
	Timeout    time.Duration `yaml:"timeout"`
}

// Silence mutes alerts matching every matcher from StartsAt until EndsAt.
type Silence struct {
	Matchers  []string  `yaml:"matchers"`
	StartsAt  time.Time `yaml:"starts_at"`
	EndsAt    time.Time `yaml:"ends_at"`
	Comment   string    `yaml:"comment"`
	CreatedBy string    `yaml:"created_by"`
}

// MaintenanceWindow mutes alerts matching every matcher while it is open:
// on the listed weekdays between Start and End local time in TimeZone, or
// inside any of Ranges.
type MaintenanceWindow struct {
	Name     string   `yaml:"name"`
	Matchers []string `yaml:"matchers"`
	// TimeZone is an IANA zone name (default UTC).
	TimeZone string `yaml:"time_zone"`
	// Weekdays are "mon".."sun" (or full names), or ranges such as "mon-fri".
	// Empty with Start/End set: every day.
	Weekdays []string `yaml:"weekdays"`
	// Start and End are "HH:MM" local times. End before Start wraps past
	// midnight (the window belongs to the weekday it starts on). Both empty
	// with Weekdays set: the whole day.
	Start string `yaml:"start"`
	End   string `yaml:"end"`
	// Ranges are absolute windows.
	Ranges []TimeRange `yaml:"ranges"`
}

// TimeRange is an absolute [StartsAt, EndsAt) interval.
type TimeRange struct {
	StartsAt time.Time `yaml:"starts_at"`
	EndsAt   time.Time `yaml:"ends_at"`
}

// InhibitRule mutes alerts matching Target while an alert matching Source
// fires with the same values of the Equal labels. A source inhibits even
// while it is itself silenced; an alert never inhibits itself.
type InhibitRule struct {
	Source []string `yaml:"source"`
	Target []string `yaml:"target"`
	Equal  []string `yaml:"equal"`
}

// RetryConfig bounds the retry stage: exponential backoff with jitter from
// Initial to Max, at most Attempts tries per notification.
type RetryConfig struct {
	Initial  time.Duration `yaml:"initial"`
	Max      time.Duration `yaml:"max"`
	Attempts int           `yaml:"attempts"`
}

// Validate checks the config and returns every problem found, as
// cfgerr.FieldErrors with key paths relative to the alerting section
// ("route.routes.0.receiver"). Use ValidateAt to prefix them. A config with
// neither a root receiver nor receivers is valid: alerting is not
// configured, and the caller supplies its own route and receivers.
func (c *Config) Validate() error { return c.ValidateAt("") }

// ValidateAt is Validate with prefix ("alerting") prepended to every key
// path.
func (c *Config) ValidateAt(prefix string) error { return c.validate(prefix, true) }

// validate checks the config; with needChannel false a receiver without a
// channel is accepted (its notifier is supplied in code).
func (c *Config) validate(prefix string, needChannel bool) error {
	if prefix != "" && !strings.HasSuffix(prefix, ".") {
		prefix += "."
	}
	v := &validator{prefix: prefix}
	names := map[string]bool{}
	for i, r := range c.Receivers {
		p := fmt.Sprintf("receivers.%d", i)
		switch {
		case r.Name == "":
			v.add(p+".name", "is required")
		case names[r.Name]:
			v.add(p+".name", "receiver %q is defined twice", r.Name)
		}
		names[r.Name] = true
		switch t := r.types(); len(t) {
		case 0:
			if !needChannel {
				break
			}
			v.add(p, "receiver %q has no channel: set one of webhook, terminal, ndjson, slack, dingtalk, feishu, wecom, pagerduty, alertmanager, email, aliyun_sms, twilio, twilio_voice, aliyun_voice", r.Name)
		case 1:
		default:
			v.add(p, "receiver %q sets %s: one channel per receiver (use two routes with continue: true)", r.Name, strings.Join(t, " and "))
		}
		if w := r.Webhook; w != nil {
			v.url(p+".webhook.url", w.URL)
			v.nonNegative(p+".webhook.timeout", w.Timeout)
			for k := range w.Headers {
				if k == "" || strings.ContainsAny(k, " \t\r\n:") {
					v.add(p+".webhook.headers", "invalid header name %q", k)
				}
			}
		}
		if s := r.Slack; s != nil {
			v.url(p+".slack.url", s.URL)
			v.nonNegative(p+".slack.timeout", s.Timeout)
			v.mentions(p+".slack.mentions", "slack", s.Mentions)
		}
		if s := r.DingTalk; s != nil {
			v.url(p+".dingtalk.url", s.URL)
			v.nonNegative(p+".dingtalk.timeout", s.Timeout)
			v.mentions(p+".dingtalk.mentions", "dingtalk", s.Mentions)
		}
		if s := r.Feishu; s != nil {
			v.url(p+".feishu.url", s.URL)
			v.nonNegative(p+".feishu.timeout", s.Timeout)
			v.mentions(p+".feishu.mentions", "feishu", s.Mentions)
		}
		if s := r.WeCom; s != nil {
			v.url(p+".wecom.url", s.URL)
			v.nonNegative(p+".wecom.timeout", s.Timeout)
			v.mentions(p+".wecom.mentions", "wecom", s.Mentions)
		}
		if s := r.PagerDuty; s != nil {
			if s.RoutingKey == "" {
				v.add(p+".pagerduty.routing_key", "is required")
			}
			if s.URL != "" {
				v.url(p+".pagerduty.url", s.URL)
			}
			v.nonNegative(p+".pagerduty.timeout", s.Timeout)
		}
		if s := r.Alertmanager; s != nil {
			v.url(p+".alertmanager.url", s.URL)
			v.nonNegative(p+".alertmanager.timeout", s.Timeout)
		}
		if s := r.Email; s != nil {
			v.email(p+".email", s)
		}
		if s := r.AliyunSMS; s != nil {
			q := p + ".aliyun_sms"
			v.required(q+".access_key_id", s.AccessKeyID)
			v.required(q+".access_key_secret", s.AccessKeySecret)
			v.required(q+".sign_name", s.SignName)
			v.required(q+".template_code", s.TemplateCode)
			v.phones(q+".phone_numbers", s.PhoneNumbers)
			if s.URL != "" {
				v.url(q+".url", s.URL)
			}
			if s.ParamLimit < 0 {
				v.add(q+".param_limit", "must not be negative")
			}
			v.movedRateLimit(q, p, s.RateLimit)
			v.nonNegative(q+".timeout", s.Timeout)
		}
		if s := r.Twilio; s != nil {
			q := p + ".twilio"
			v.required(q+".account_sid", s.AccountSID)
			v.required(q+".auth_token", s.AuthToken)
			switch {
			case s.From == "" && s.MessagingServiceSID == "":
				v.add(q+".from", "is required unless messaging_service_sid is set")
			case s.From != "" && !phoneRE.MatchString(s.From):
				v.add(q+".from", "must be a phone number in E.164 form (+ and digits)")
			}
			v.phones(q+".to", s.To)
			if s.URL != "" {
				v.url(q+".url", s.URL)
			}
			if s.MaxLength < 0 || s.MaxLength > 1600 {
				v.add(q+".max_length", "must be between 0 (default 1600) and 1600 characters")
			}
			v.movedRateLimit(q, p, s.RateLimit)
			v.nonNegative(q+".timeout", s.Timeout)
		}
		v.voice(p, r)
		v.rateLimit(p+".rate_limit", r)
	}

	configured := len(c.Receivers) > 0 || len(c.Route.Routes) > 0 || c.Route.GroupBy != nil ||
		c.Route.GroupWait != nil || c.Route.GroupInterval != nil || c.Route.RepeatInterval != nil
	if c.Route.Receiver == "" && configured {
		v.add("route.receiver", "is required: the root route names the default receiver")
	}
	if len(c.Route.Matchers) > 0 {
		v.add("route.matchers", "the root route matches every alert and takes no matchers")
	}
	if c.Route.Continue {
		v.add("route.continue", "the root route cannot continue")
	}
	v.route("route", &c.Route, names, true)

	for i, s := range c.Silences {
		p := fmt.Sprintf("silences.%d", i)
		v.matchers(p+".matchers", s.Matchers, true)
		if s.EndsAt.IsZero() {
			v.add(p+".ends_at", "is required")
		} else if !s.StartsAt.IsZero() && !s.EndsAt.After(s.StartsAt) {
			v.add(p+".ends_at", "must be after starts_at")
		}
	}
	for i := range c.MaintenanceWindows {
		p := fmt.Sprintf("maintenance_windows.%d", i)
		_, errs := compileWindow(&c.MaintenanceWindows[i])
		for _, e := range errs {
			v.add(p+"."+e.Path, "%s", e.Msg)
		}
	}
	for i, r := range c.Inhibit {
		p := fmt.Sprintf("inhibit.%d", i)
		v.matchers(p+".source", r.Source, true)
		v.matchers(p+".target", r.Target, true)
		for j, l := range r.Equal {
			if !validLabelName(l) {
				v.add(fmt.Sprintf("%s.equal.%d", p, j), "invalid label name %q", l)
			}
		}
	}
	if c.KibanaURL != "" {
		v.url("kibana_url", c.KibanaURL)
	}
	v.nonNegative("kibana_lookback", c.KibanaLookback)
	v.nonNegative("retry.initial", c.Retry.Initial)
	v.nonNegative("retry.max", c.Retry.Max)
	if c.Retry.Initial > 0 && c.Retry.Max > 0 && c.Retry.Max < c.Retry.Initial {
		v.add("retry.max", "must not be less than retry.initial")
	}
	if c.Retry.Attempts < 0 {
		v.add("retry.attempts", "must not be negative")
	}
	if c.QueueSize < 0 {
		v.add("queue_size", "must not be negative")
	}
	v.nonNegative("nflog_retention", c.NflogRetention)
	c.History.validate(v, "history")
	v.ackLinks(c)
	return errors.Join(v.errs...)
}

type validator struct {
	prefix string
	errs   []error
}

func (v *validator) add(path, format string, args ...any) {
	v.errs = append(v.errs, config.Fieldf(v.prefix+path, format, args...))
}

func (v *validator) url(path, s string) {
	if s == "" {
		v.add(path, "is required")
		return
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		// The URL itself is left out: it may carry a token.
		v.add(path, "must be an absolute http or https URL")
	}
}

func (v *validator) required(path, s string) {
	if s == "" {
		v.add(path, "is required")
	}
}

// phoneRE is a phone number: digits with an optional leading +.
var phoneRE = regexp.MustCompile(`^\+?[0-9]{5,15}$`)

// phones checks a list of phone numbers; errors never quote a number.
func (v *validator) phones(path string, ps []string) {
	if len(ps) == 0 {
		v.add(path, "at least one phone number is required")
	}
	for i, p := range ps {
		if !phoneRE.MatchString(p) {
			v.add(fmt.Sprintf("%s.%d", path, i), "must be a phone number (digits, optionally a leading +)")
		}
	}
}

var (
	// e164RE is an E.164 number: +, a country code, at most 15 digits.
	e164RE = regexp.MustCompile(`^\+[1-9][0-9]{6,14}$`)
	// cnNumberRE is a mainland China mobile or landline number, digits only.
	cnNumberRE = regexp.MustCompile(`^[0-9]{7,13}$`)
	// languageRE is a language tag (en-US, zh-CN); voiceRE a voice name
	// (Polly.Joanna, Google.en-US-Standard-C).
	languageRE = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
	voiceRE    = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9._-]{0,63}$`)
)

// voice checks a voice receiver (twilio_voice, aliyun_voice); errors never
// quote a number.
func (v *validator) voice(p string, r ReceiverConfig) {
	if r.voice() && r.SendResolved != nil && *r.SendResolved {
		v.add(p+".send_resolved", "a voice receiver calls only for firing alerts: remove send_resolved or set it to false")
	}
	if s := r.TwilioVoice; s != nil {
		q := p + ".twilio_voice"
		v.required(q+".account_sid", s.AccountSID)
		key := s.APIKeySID != "" || s.APIKeySecret != ""
		switch {
		case s.AuthToken != "" && key:
			v.add(q+".auth_token", "set auth_token or api_key_sid and api_key_secret, not both")
		case s.AuthToken == "" && !key:
			v.add(q+".auth_token", "is required unless api_key_sid and api_key_secret are set")
		case key && s.APIKeySID == "":
			v.add(q+".api_key_sid", "is required with api_key_secret")
		case key && s.APIKeySecret == "":
			v.add(q+".api_key_secret", "is required with api_key_sid")
		}
		if s.From == "" {
			v.add(q+".from", "is required: a Twilio number of the account, E.164 like +15550100000")
		} else if !e164RE.MatchString(s.From) {
			v.add(q+".from", "want E.164 like +15550100000")
		}
		if len(s.To) == 0 {
			v.add(q+".to", "at least one number is required (E.164 like +15550100001)")
		}
		for i, n := range s.To {
			if !e164RE.MatchString(n) {
				v.add(fmt.Sprintf("%s.to.%d", q, i), "want E.164 like +15550100001")
			}
		}
		if s.Language != "" && !languageRE.MatchString(s.Language) {
			v.add(q+".language", "want a language tag like en-US, not %q", s.Language)
		}
		if s.Voice != "" && !voiceRE.MatchString(s.Voice) {
			v.add(q+".voice", "want a Twilio voice name like Polly.Joanna, not %q", s.Voice)
		}
		for i, l := range s.Labels {
			if !validLabelName(l) {
				v.add(fmt.Sprintf("%s.labels.%d", q, i), "invalid label name %q", l)
			}
		}
		if s.URL != "" {
			v.url(q+".url", s.URL)
		}
		v.nonNegative(q+".timeout", s.Timeout)
	}
	if s := r.AliyunVoice; s != nil {
		q := p + ".aliyun_voice"
		v.required(q+".access_key_id", s.AccessKeyID)
		v.required(q+".access_key_secret", s.AccessKeySecret)
		v.required(q+".tts_code", s.TtsCode)
		if s.CalledShowNumber != "" && !cnNumberRE.MatchString(s.CalledShowNumber) {
			v.add(q+".called_show_number", "want the digits of a number bought in the voice console, like 057100000000")
		}
		if len(s.CalledNumbers) == 0 {
			v.add(q+".called_numbers", "at least one number is required (digits like 13700000001)")
		}
		for i, n := range s.CalledNumbers {
			if !cnNumberRE.MatchString(n) {
				v.add(fmt.Sprintf("%s.called_numbers.%d", q, i), "want a mainland China number in digits like 13700000001 (no +86)")
			}
		}
		if s.PlayTimes < 0 || s.PlayTimes > 3 {
			v.add(q+".play_times", "must be 1 to 3 (0 or unset: Aliyun's default, 3)")
		}
		if s.Volume != nil && (*s.Volume < 0 || *s.Volume > 100) {
			v.add(q+".volume", "must be 0 to 100")
		}
		if s.Speed != nil && (*s.Speed < -500 || *s.Speed > 500) {
			v.add(q+".speed", "must be -500 to 500")
		}
		if s.ParamLimit < 0 {
			v.add(q+".param_limit", "must not be negative")
		}
		if s.URL != "" {
			v.url(q+".url", s.URL)
		}
		v.nonNegative(q+".timeout", s.Timeout)
	}
}

func (v *validator) email(p string, s *EmailConfig) {
	if s.Host == "" {
		v.add(p+".host", "is required")
	}
	if s.Port < 0 || s.Port > 65535 {
		v.add(p+".port", "must be a TCP port (1-65535)")
	}
	switch s.TLS {
	case "", "starttls", "implicit":
	case "none":
		if ip := net.ParseIP(s.Host); s.Host != "" && !strings.EqualFold(s.Host, "localhost") && (ip == nil || !ip.IsLoopback()) {
			v.add(p+".tls", "none sends the password and alerts in clear: allowed only to a loopback host (localhost, 127.0.0.1, ::1); use starttls or implicit")
		}
	default:
		v.add(p+".tls", "must be starttls, implicit or none, not %q", s.TLS)
	}
	switch strings.ToLower(s.Auth) {
	case "", "plain", "login":
	default:
		v.add(p+".auth", "must be plain or login, not %q", s.Auth)
	}
	if s.Password != "" && s.Username == "" {
		v.add(p+".username", "is required with password")
	}
	if s.From == "" {
		v.add(p+".from", "is required")
	} else if _, err := mail.ParseAddress(s.From); err != nil {
		v.add(p+".from", "must be an email address (user@example.com or \"Name <user@example.com>\")")
	}
	if len(s.To) == 0 {
		v.add(p+".to", "at least one address is required")
	}
	for _, l := range []struct {
		key  string
		list []string
	}{{"to", s.To}, {"cc", s.Cc}} {
		for i, a := range l.list {
			if _, err := mail.ParseAddress(a); err != nil {
				v.add(fmt.Sprintf("%s.%s.%d", p, l.key, i), "must be an email address")
			}
		}
	}
	v.nonNegative(p+".timeout", s.Timeout)
}

func (v *validator) nonNegative(path string, d time.Duration) {
	if d < 0 {
		v.add(path, "must not be negative")
	}
}

func (v *validator) matchers(path string, ms []string, required bool) {
	if required && len(ms) == 0 {
		v.add(path, "at least one matcher is required")
	}
	for i, s := range ms {
		if _, err := ParseMatcher(s); err != nil {
			v.add(fmt.Sprintf("%s.%d", path, i), "%v", err)
		}
	}
}

func (v *validator) route(path string, r *Route, receivers map[string]bool, root bool) {
	if r.Receiver != "" && !receivers[r.Receiver] {
		v.add(path+".receiver", "unknown receiver %q", r.Receiver)
	}
	if !root {
		v.matchers(path+".matchers", r.Matchers, false)
	}
	for i, l := range r.GroupBy {
		if l == "..." {
			if len(r.GroupBy) > 1 {
				v.add(fmt.Sprintf("%s.group_by.%d", path, i), `"..." groups by every label and cannot be combined with other labels`)
			}
			continue
		}
		if !validLabelName(l) {
			v.add(fmt.Sprintf("%s.group_by.%d", path, i), "invalid label name %q", l)
		}
	}
	for _, d := range []struct {
		name string
		d    *time.Duration
	}{{"group_wait", r.GroupWait}, {"group_interval", r.GroupInterval}, {"repeat_interval", r.RepeatInterval}} {
		if d.d == nil {
			continue
		}
		if *d.d < 0 {
			v.add(path+"."+d.name, "must not be negative")
		}
		if d.name == "repeat_interval" && *d.d == 0 {
			v.add(path+"."+d.name, "must be positive")
		}
	}
	v.escalation(path+".escalate", r.Escalate, receivers)
	for i := range r.Routes {
		v.route(fmt.Sprintf("%s.routes.%d", path, i), &r.Routes[i], receivers, false)
	}
}
