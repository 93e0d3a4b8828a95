package notify_test

import (
	"context"
	"fmt"
	"io"
	"net"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/sinks/notify"
	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
)

// The outage tests run every channel the way `vigil run` does: the real
// notifier built by notify.Build from a ReceiverConfig, behind a dispatcher
// with a worker per receiver (no SyncDelivery), against a local fake of
// the vendor that answers with the vendor's documented failure for a few
// attempts and then accepts. The retry stage's waits are recorded, not
// slept, and the dispatcher clock is the test's.

// receiverFake is a local stand-in for one vendor.
type receiverFake interface {
	// receiver is the ReceiverConfig pointing at the fake.
	receiver(name string) alerting.ReceiverConfig
	// hold makes the fake hold every attempt until release is called.
	hold(t *testing.T) (release func())
	// held is the number of attempts held now.
	held() int
	// attempts is the number of attempts answered so far.
	attempts() int
	// delivered is the number of attempts the fake accepted whose content
	// names the rule.
	delivered(rule string) int
}

// httpFake is a vendor reached over HTTP (notifytest), answering the
// failure fails times (every time when fails < 0), then ok.
type httpFake struct {
	srv   *notifytest.Server
	ok    notifytest.Reply
	build func(url string) alerting.ReceiverConfig
}

func newHTTPFake(t *testing.T, build func(url string) alerting.ReceiverConfig, fail, ok notifytest.Reply, fails int) *httpFake {
	var script []notifytest.Reply
	if fails < 0 {
		script = []notifytest.Reply{fail}
	} else {
		for range fails {
			script = append(script, fail)
		}
		script = append(script, ok)
	}
	return &httpFake{srv: notifytest.New(t, script...), ok: ok, build: build}
}

func (f *httpFake) receiver(name string) alerting.ReceiverConfig {
	rc := f.build(f.srv.URL)
	rc.Name = name
	return rc
}
func (f *httpFake) hold(t *testing.T) func() { return f.srv.Hold(t) }
func (f *httpFake) held() int                { return f.srv.Held() }
func (f *httpFake) attempts() int            { return len(f.srv.Requests()) }
func (f *httpFake) delivered(rule string) int {
	n := 0
	for _, r := range f.srv.Requests() {
		if r.Reply.Status == f.ok.Status && r.Reply.Body == f.ok.Body && strings.Contains(string(r.Body), rule) {
			n++
		}
	}
	return n
}

// smtpFake is a mail server (go-smtp) that refuses the recipient with
// fail for the first fails sessions (every session when fails < 0), then
// accepts the message.
type smtpFake struct {
	port  int
	fail  *smtp.SMTPError
	fails int

	mu       sync.Mutex
	gate     chan struct{}
	nheld    int
	tries    int
	accepted [][]byte
}

func newSMTPFake(t *testing.T, fail *smtp.SMTPError, fails int) *smtpFake {
	f := &smtpFake{fail: fail, fails: fails}
	s := smtp.NewServer(smtpBackend{f})
	s.Domain = "localhost"
	s.ReadTimeout, s.WriteTimeout = 10*time.Second, 10*time.Second
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = s.Serve(l) }()
	t.Cleanup(func() { _ = s.Close() })
	f.port = l.Addr().(*net.TCPAddr).Port
	return f
}

func (f *smtpFake) receiver(name string) alerting.ReceiverConfig {
	return alerting.ReceiverConfig{Name: name, Email: &alerting.EmailConfig{
		Host: "127.0.0.1", Port: f.port, TLS: "none",
		From: "vigil <vigil@example.test>", To: []string{"oncall@example.test"},
	}}
}

func (f *smtpFake) hold(t *testing.T) func() {
	gate := make(chan struct{})
	f.mu.Lock()
	f.gate = gate
	f.mu.Unlock()
	var once sync.Once
	release := func() {
		once.Do(func() {
			f.mu.Lock()
			f.gate = nil
			f.mu.Unlock()
			close(gate)
		})
	}
	t.Cleanup(release)
	return release
}

func (f *smtpFake) held() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.nheld
}

func (f *smtpFake) attempts() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.tries
}

func (f *smtpFake) delivered(rule string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, m := range f.accepted {
		if strings.Contains(string(m), rule) {
			n++
		}
	}
	return n
}

type smtpBackend struct{ f *smtpFake }

func (b smtpBackend) NewSession(*smtp.Conn) (smtp.Session, error) {
	return &smtpSession{f: b.f}, nil
}

type smtpSession struct {
	f    *smtpFake
	fail bool
}

// Mail is where an attempt is held (hold) and counted.
func (s *smtpSession) Mail(string, *smtp.MailOptions) error {
	f := s.f
	f.mu.Lock()
	if gate := f.gate; gate != nil {
		f.nheld++
		f.mu.Unlock()
		<-gate
		f.mu.Lock()
		f.nheld--
	}
	f.tries++
	s.fail = f.fails < 0 || f.tries <= f.fails
	f.mu.Unlock()
	return nil
}

func (s *smtpSession) Rcpt(string, *smtp.RcptOptions) error {
	if s.fail {
		return s.f.fail
	}
	return nil
}

func (s *smtpSession) Data(r io.Reader) error {
	d, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.f.mu.Lock()
	s.f.accepted = append(s.f.accepted, d)
	s.f.mu.Unlock()
	return nil
}

func (s *smtpSession) Reset()        {}
func (s *smtpSession) Logout() error { return nil }

// outageChannel is one channel and the failures its vendor documents.
type outageChannel struct {
	channel string
	// fake starts the vendor's fake answering a transient failure fails
	// times before accepting, or the permanent failure every time.
	fake func(t *testing.T, permanent bool, fails int) receiverFake
}

// httpChannel is an HTTP channel: transient is a documented failure the
// notifier retries, permanent one it must not, ok the vendor's success.
func httpChannel(channel string, build func(url string) alerting.ReceiverConfig, transient, permanent, ok notifytest.Reply) outageChannel {
	return outageChannel{channel: channel, fake: func(t *testing.T, perm bool, fails int) receiverFake {
		if perm {
			return newHTTPFake(t, build, permanent, ok, -1)
		}
		return newHTTPFake(t, build, transient, ok, fails)
	}}
}

func smtpChannel(channel string, transient, permanent *smtp.SMTPError) outageChannel {
	return outageChannel{channel: channel, fake: func(t *testing.T, perm bool, fails int) receiverFake {
		if perm {
			return newSMTPFake(t, permanent, -1)
		}
		return newSMTPFake(t, transient, fails)
	}}
}

func json200(body string) notifytest.Reply { return notifytest.Reply{Status: 200, Body: body} }

// outageChannels lists every channel with the failure shapes its vendor
// documents. Several transient shapes of one channel are separate cases.
func outageChannels() []outageChannel {
	webhook := func(u string) alerting.ReceiverConfig {
		return alerting.ReceiverConfig{Webhook: &alerting.WebhookConfig{URL: u + "/hooks/vigil"}}
	}
	slack := func(u string) alerting.ReceiverConfig {
		return alerting.ReceiverConfig{Slack: &alerting.SlackConfig{URL: u + "/services/T0FAKE/B0FAKE/fakeSlackPath"}}
	}
	dingtalk := func(u string) alerting.ReceiverConfig {
		return alerting.ReceiverConfig{DingTalk: &alerting.DingTalkConfig{URL: u + "/robot/send?access_token=fake-ding-token", Secret: "SECfake"}}
	}
	feishu := func(u string) alerting.ReceiverConfig {
		return alerting.ReceiverConfig{Feishu: &alerting.FeishuConfig{URL: u + "/open-apis/bot/v2/hook/fake-lark-hook"}}
	}
	wecom := func(u string) alerting.ReceiverConfig {
		return alerting.ReceiverConfig{WeCom: &alerting.WeComConfig{URL: u + "/cgi-bin/webhook/send?key=fake-wecom-key"}}
	}
	pagerduty := func(u string) alerting.ReceiverConfig {
		return alerting.ReceiverConfig{PagerDuty: &alerting.PagerDutyConfig{RoutingKey: "R0UT1NGKEYFAKE00000000000000000", URL: u + "/v2/enqueue"}}
	}
	alertmanager := func(u string) alerting.ReceiverConfig {
		return alerting.ReceiverConfig{Alertmanager: &alerting.AlertmanagerConfig{URL: u}}
	}
	aliyun := func(u string) alerting.ReceiverConfig {
		return alerting.ReceiverConfig{AliyunSMS: &alerting.AliyunSMSConfig{AccessKeyID: "fake-key-id", AccessKeySecret: "fake-key-secret",
			SignName: "vigil", TemplateCode: "SMS_000000", PhoneNumbers: []string{"+15550100001"}, URL: u + "/"}}
	}
	twilio := func(u string) alerting.ReceiverConfig {
		return alerting.ReceiverConfig{Twilio: &alerting.TwilioConfig{AccountSID: "ACfake0000000000000000000000000000", AuthToken: "fake-auth-token",
			From: "+15550100002", To: []string{"+15550100003"}, URL: u}}
	}
	twilioVoice := func(u string) alerting.ReceiverConfig {
		return alerting.ReceiverConfig{TwilioVoice: &alerting.TwilioVoiceConfig{AccountSID: "ACfake0000000000000000000000000000", AuthToken: "fake-auth-token",
			From: "+15550100002", To: []string{"+15550100004"}, URL: u}}
	}
	aliyunVoice := func(u string) alerting.ReceiverConfig {
		return alerting.ReceiverConfig{AliyunVoice: &alerting.AliyunVoiceConfig{AccessKeyID: "fake-key-id", AccessKeySecret: "fake-key-secret",
			TtsCode: "TTS_000000", CalledNumbers: []string{"13000000000"}, URL: u + "/"}}
	}
	pdOK := notifytest.Reply{Status: 202, Body: `{"status":"success","message":"Event processed","dedup_key":"fake-dedup"}`}
	twilioOK := notifytest.Reply{Status: 201, Body: `{"sid":"SMfake","status":"queued","error_code":null,"error_message":null}`}
	return []outageChannel{
		httpChannel("webhook/503", webhook,
			notifytest.Reply{Status: 503, Body: `upstream unavailable`},
			notifytest.Reply{Status: 400, Body: `{"error":"bad request"}`},
			json200(``)),
		httpChannel("slack/429-retry-after", slack,
			notifytest.Reply{Status: 429, Body: `rate_limited`, Header: map[string]string{"Retry-After": "1"}},
			notifytest.Reply{Status: 404, Body: `no_service`},
			json200(`ok`)),
		httpChannel("slack/500", slack,
			notifytest.Reply{Status: 500, Body: `internal_error`},
			notifytest.Reply{Status: 400, Body: `invalid_payload`},
			json200(`ok`)),
		httpChannel("dingtalk/130101", dingtalk,
			json200(`{"errcode":130101,"errmsg":"send too fast, exceed 20 times per minute"}`),
			json200(`{"errcode":310000,"errmsg":"keywords not in content"}`),
			json200(`{"errcode":0,"errmsg":"ok"}`)),
		httpChannel("feishu/9499", feishu,
			json200(`{"code":9499,"msg":"too many request","data":{}}`),
			json200(`{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time","data":{}}`),
			json200(`{"StatusCode":0,"StatusMessage":"success","code":0,"data":{},"msg":"success"}`)),
		httpChannel("feishu/429", feishu,
			notifytest.Reply{Status: 429, Body: `{"code":11232,"msg":"frequency limited psm[lark.oapi.app_platform_runtime]appID[0]"}`},
			json200(`{"code":19001,"msg":"param invalid: incoming webhook access token invalid","data":{}}`),
			json200(`{"StatusCode":0,"StatusMessage":"success","code":0,"data":{},"msg":"success"}`)),
		httpChannel("feishu/400-11232", feishu,
			notifytest.Reply{Status: 400, Body: `{"code":11232,"msg":"frequency limited psm[lark.oapi.app_platform_runtime]appID[0]"}`},
			notifytest.Reply{Status: 400, Body: `{"code":19001,"msg":"param invalid: incoming webhook access token invalid"}`},
			json200(`{"StatusCode":0,"StatusMessage":"success","code":0,"data":{},"msg":"success"}`)),
		httpChannel("wecom/45009", wecom,
			json200(`{"errcode":45009,"errmsg":"api freq out of limit"}`),
			json200(`{"errcode":93000,"errmsg":"invalid webhook url"}`),
			json200(`{"errcode":0,"errmsg":"ok"}`)),
		httpChannel("pagerduty/429", pagerduty,
			notifytest.Reply{Status: 429, Body: ``},
			notifytest.Reply{Status: 400, Body: `{"status":"invalid event","message":"Event object is invalid","errors":["'event_action' is missing or blank"]}`},
			pdOK),
		httpChannel("pagerduty/500", pagerduty,
			notifytest.Reply{Status: 500, Body: ``},
			notifytest.Reply{Status: 400, Body: `{"status":"invalid event","message":"Event object is invalid","errors":["'event_action' is missing or blank"]}`},
			pdOK),
		httpChannel("alertmanager/503", alertmanager,
			notifytest.Reply{Status: 503, Body: `{"code":503,"message":"service unavailable"}`},
			notifytest.Reply{Status: 400, Body: `{"code":400,"message":"bad alert"}`},
			json200(``)),
		httpChannel("aliyun_sms/BUSINESS_LIMIT_CONTROL", aliyun,
			json200(`{"Code":"isv.BUSINESS_LIMIT_CONTROL","Message":"flow control: 1 per minute","RequestId":"FAKE-REQ"}`),
			json200(`{"Code":"isv.MOBILE_NUMBER_ILLEGAL","Message":"illegal mobile number","RequestId":"FAKE-REQ"}`),
			json200(`{"Code":"OK","Message":"OK","BizId":"FAKE-BIZ","RequestId":"FAKE-REQ"}`)),
		httpChannel("aliyun_sms/Throttling.User", aliyun,
			notifytest.Reply{Status: 400, Body: `{"Code":"Throttling.User","Message":"Request was denied due to user flow control.","RequestId":"FAKE-REQ"}`},
			notifytest.Reply{Status: 400, Body: `{"Code":"MissingPhoneNumbers","Message":"PhoneNumbers is mandatory for this action.","RequestId":"FAKE-REQ"}`},
			json200(`{"Code":"OK","Message":"OK","BizId":"FAKE-BIZ","RequestId":"FAKE-REQ"}`)),
		httpChannel("twilio/429", twilio,
			notifytest.Reply{Status: 429, Body: `{"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429}`},
			notifytest.Reply{Status: 400, Body: `{"code":21211,"message":"The 'To' number is not a valid phone number.","more_info":"https://www.twilio.com/docs/errors/21211","status":400}`},
			twilioOK),
		httpChannel("twilio/503", twilio,
			notifytest.Reply{Status: 503, Body: `{"code":20503,"message":"Service Unavailable","status":503}`},
			notifytest.Reply{Status: 401, Body: `{"code":20003,"message":"Authenticate","status":401}`},
			twilioOK),
		httpChannel("twilio_voice/429", twilioVoice,
			notifytest.Reply{Status: 429, Body: `{"code":20429,"message":"Too Many Requests","status":429}`},
			notifytest.Reply{Status: 400, Body: `{"code":21211,"message":"The 'To' number is not a valid phone number.","status":400}`},
			notifytest.Reply{Status: 201, Body: `{"sid":"CAfake","status":"queued"}`}),
		httpChannel("aliyun_voice/Throttling.User", aliyunVoice,
			notifytest.Reply{Status: 400, Body: `{"Code":"Throttling.User","Message":"Request was denied due to user flow control.","RequestId":"FAKE-REQ"}`},
			json200(`{"Code":"isv.TTS_TEMPLATE_ILLEGAL","Message":"template illegal","RequestId":"FAKE-REQ"}`),
			json200(`{"Code":"OK","Message":"OK","CallId":"FAKE-CALL","RequestId":"FAKE-REQ"}`)),
		smtpChannel("email/451",
			&smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 7, 1}, Message: "greylisted, try again later"},
			&smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such mailbox"}),
		smtpChannel("email/421",
			&smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 3, 2}, Message: "service not available, try again later"},
			&smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: "relay access denied"}),
	}
}

// The dispatcher's timing in the outage tests.
var (
	outageStart    = time.Date(2026, 11, 27, 2, 0, 0, 0, time.UTC)
	outageWait     = 10 * time.Second
	outageInterval = time.Minute
	outageRepeat   = 4 * time.Hour
	outageRetry    = alerting.RetryConfig{Initial: time.Second, Max: 8 * time.Second, Attempts: 5}
)

// outageRule names the test alert's rule; every channel's content names it.
const outageRule = "paymentcallbackslost"

func outageAlert() alert.Alert {
	return alert.Alert{
		Status: alert.Firing, Rule: outageRule, Kind: alert.KindRule, Severity: alert.P0,
		Labels:      map[string]string{"service.name": "checkout", "shop.platform": "shopee"},
		Annotations: map[string]string{"summary": "payment callbacks stopped arriving"},
		StartsAt:    outageStart, Value: 0,
	}
}

// sleepRecorder replaces the retry stage's waits: it returns at once and
// records each delay.
type sleepRecorder struct {
	mu     sync.Mutex
	delays []time.Duration
}

func (s *sleepRecorder) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.delays = append(s.delays, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleepRecorder) recorded() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.delays)
}

// newOutageDispatcher builds rc's notifier with notify.Build and a
// dispatcher with a worker per receiver, as `vigil run` does.
func newOutageDispatcher(t *testing.T, rc alerting.ReceiverConfig, sl *sleepRecorder) *alerting.Dispatcher {
	t.Helper()
	built, err := notify.Build([]alerting.ReceiverConfig{rc}, notify.Env{Stdout: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	wait, interval, repeat := outageWait, outageInterval, outageRepeat
	cfg := alerting.Config{
		Route: alerting.Route{Receiver: rc.Name, GroupBy: []string{"rule"},
			GroupWait: &wait, GroupInterval: &interval, RepeatInterval: &repeat},
		Receivers: []alerting.ReceiverConfig{rc},
		Retry:     outageRetry,
	}
	d, err := alerting.NewDispatcher(cfg, built, zerolog.Nop(),
		alerting.WithSleep(sl.sleep),
		alerting.WithJitter(func() float64 { return 0 }),
		alerting.WithRetryClock(func() time.Time { return outageStart }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 5*time.Second))
		defer cancel()
		_ = d.Close(ctx) // a second Close (the test's own) only reports it
	})
	return d
}

// returns runs f on its own goroutine and fails the test unless it returns
// in time: the pipeline must never wait for a receiver.
func returns(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	await.Until(t, what+" returns", 5*time.Second, func() bool {
		select {
		case <-done:
			return true
		default:
			return false
		}
	})
}

// closeDispatcher closes d, which must drain in time, so that every
// delivery it will ever make has been made.
func closeDispatcher(t *testing.T, d *alerting.Dispatcher) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 5*time.Second))
	defer cancel()
	if err := d.Close(ctx); err != nil {
		t.Fatalf("Close: %v", err)
	}
}

// A receiver that fails with its vendor's documented transient failure and
// then recovers gets the alert exactly once, after the retry stage's
// retries, while Submit and Tick never wait for it.
func TestOutageTransientFailureIsRetriedAndDeliveredOnce(t *testing.T) {
	const fails = 2
	for _, ch := range outageChannels() {
		t.Run(ch.channel, func(t *testing.T) {
			name := strings.NewReplacer("/", "-", ".", "-").Replace(ch.channel)
			f := ch.fake(t, false, fails)
			sl := &sleepRecorder{}
			d := newOutageDispatcher(t, f.receiver(name), sl)

			// The receiver is down: its first attempt hangs.
			release := f.hold(t)
			flushAt := outageStart.Add(outageWait)
			returns(t, "Submit and Tick while the receiver hangs", func() {
				d.Submit(outageAlert())
				d.Tick(flushAt)
			})
			await.Until(t, "the receiver holds the first attempt", 5*time.Second, func() bool { return f.held() == 1 })
			returns(t, "a Tick while the first attempt hangs", func() { d.Tick(flushAt.Add(outageInterval)) })
			if st := d.Stats(); st.Notifications != 0 || st.FailedAttempts != 0 || st.Groups != 1 || st.Received != 1 {
				t.Fatalf("while the first attempt hangs: %+v", st)
			}

			// It answers the failure, then recovers.
			release()
			await.Until(t, "the notification is delivered", 5*time.Second, func() bool { return d.Stats().Notifications == 1 })
			if got := f.attempts(); got != fails+1 {
				t.Errorf("%d attempts, want %d failed and 1 delivered", got, fails)
			}
			st := d.Stats()
			rs := st.Receivers[name]
			if st.FailedAttempts != fails || st.Retries != fails || rs.FailedAttempts != fails {
				t.Errorf("failed attempts %d (receiver %d), retries %d; want %d each", st.FailedAttempts, rs.FailedAttempts, st.Retries, fails)
			}
			if st.FinalFailures != 0 || st.Overflows != 0 || st.DroppedAfterClose != 0 || rs.Overflows != 0 || st.AlertsNotified != 1 {
				t.Errorf("given up %d, overflows %d, dropped %d, alerts notified %d: %+v",
					st.FinalFailures, st.Overflows, st.DroppedAfterClose, st.AlertsNotified, st)
			}
			// The waits between attempts: the backoff from retry.initial,
			// doubling (no jitter), none of it slept.
			if got, want := sl.recorded(), []time.Duration{outageRetry.Initial / 2, outageRetry.Initial}; !slices.Equal(got, want) {
				t.Errorf("waits %v, want %v", got, want)
			}

			// Told once: the next flushes and Close send nothing again.
			returns(t, "a Tick past group_interval", func() { d.Tick(flushAt.Add(3 * outageInterval)) })
			closeDispatcher(t, d)
			if got := f.delivered(outageRule); got != 1 {
				t.Errorf("delivered %d times, want exactly once", got)
			}
			if got := f.attempts(); got != fails+1 {
				t.Errorf("%d attempts after Close, want %d", got, fails+1)
			}
			if st := d.Stats(); st.Notifications != 1 || st.FinalFailures != 0 || st.DroppedAfterClose != 0 {
				t.Errorf("after Close: %+v", st)
			}
		})
	}
}

// A documented permanent failure is given up after one attempt, counted
// in FinalFailures, and the group tries again at its next flush (once per
// flush, never in a retry loop).
func TestOutagePermanentFailureIsGivenUpAndRetriedAtNextFlush(t *testing.T) {
	for _, ch := range outageChannels() {
		t.Run(ch.channel, func(t *testing.T) {
			name := strings.NewReplacer("/", "-", ".", "-").Replace(ch.channel)
			f := ch.fake(t, true, 0)
			sl := &sleepRecorder{}
			d := newOutageDispatcher(t, f.receiver(name), sl)

			flushAt := outageStart.Add(outageWait)
			returns(t, "Submit and Tick", func() {
				d.Submit(outageAlert())
				d.Tick(flushAt)
			})
			await.Until(t, "the notification is given up", 5*time.Second, func() bool { return d.Stats().FinalFailures == 1 })
			if got := f.attempts(); got != 1 {
				t.Fatalf("%d attempts before giving up, want 1", got)
			}

			// A Tick before group_interval has passed does not try again.
			returns(t, "a Tick within group_interval", func() { d.Tick(flushAt.Add(outageInterval / 2)) })

			// The next flush tries once more (Tick again until the worker
			// has settled the first delivery: the group is not flushed while
			// it is in flight).
			next := flushAt.Add(outageInterval)
			await.Until(t, "the group tries again at its next flush", 5*time.Second, func() bool {
				d.Tick(next)
				return f.attempts() >= 2
			})
			await.Until(t, "the second notification is given up", 5*time.Second, func() bool { return d.Stats().FinalFailures == 2 })
			closeDispatcher(t, d)

			if got := f.attempts(); got != 2 {
				t.Errorf("%d attempts, want one per flush (2)", got)
			}
			st := d.Stats()
			rs := st.Receivers[name]
			if st.FailedAttempts != 2 || st.Retries != 0 || st.FinalFailures != 2 || rs.FinalFailures != 2 {
				t.Errorf("failed attempts %d, retries %d, given up %d (receiver %d); want 2, 0, 2",
					st.FailedAttempts, st.Retries, st.FinalFailures, rs.FinalFailures)
			}
			if st.Notifications != 0 || f.delivered(outageRule) != 0 {
				t.Errorf("a permanent failure was delivered: %+v", st)
			}
			if got := sl.recorded(); len(got) != 0 {
				t.Errorf("waited %v before giving up on a permanent failure", got)
			}
		})
	}
}

// The fakes count what they are meant to: a test that checked nothing
// would pass against a fake that never answers.
func TestOutageFakesAnswerTheirScript(t *testing.T) {
	for _, ch := range outageChannels() {
		t.Run(ch.channel, func(t *testing.T) {
			name := strings.NewReplacer("/", "-", ".", "-").Replace(ch.channel)
			f := ch.fake(t, false, 1)
			built, err := notify.Build([]alerting.ReceiverConfig{f.receiver(name)}, notify.Env{Stdout: io.Discard})
			if err != nil {
				t.Fatal(err)
			}
			n := built[name]
			as := []alert.Alert{outageAlert()}
			as[0].Fingerprint = alert.Fingerprint(as[0].Rule, as[0].Labels)
			if retry, err := n.Notify(context.Background(), as); err == nil || !retry {
				t.Errorf("first attempt: retry=%v err=%v, want a retryable failure", retry, err)
			}
			if retry, err := n.Notify(context.Background(), as); err != nil || retry {
				t.Errorf("second attempt: retry=%v err=%v, want delivered", retry, err)
			}
			if a, dl := f.attempts(), f.delivered(outageRule); a != 2 || dl != 1 {
				t.Errorf("%d attempts, %d delivered; want 2, 1", a, dl)
			}
			if dl := f.delivered(fmt.Sprintf("%s-not-sent", outageRule)); dl != 0 {
				t.Errorf("delivered counts content that was never sent: %d", dl)
			}
		})
	}
}

// Every channel that reaches a remote receiver has outage cases: a channel
// added to ReceiverConfig without them fails here.
func TestOutageCoversEveryChannel(t *testing.T) {
	// Channels with no remote receiver to fail.
	exempt := map[string]bool{"terminal": true, "ndjson": true}
	covered := map[string]bool{}
	for _, ch := range outageChannels() {
		covered[ch.fake(t, false, 0).receiver("x").Type()] = true
	}
	rt := reflect.TypeFor[alerting.ReceiverConfig]()
	var all []string
	for i := range rt.NumField() {
		f := rt.Field(i)
		var rc alerting.ReceiverConfig
		v := reflect.ValueOf(&rc).Elem().Field(i)
		switch {
		case f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Struct:
			v.Set(reflect.New(f.Type.Elem()))
		case f.Type.Kind() == reflect.Bool:
			v.SetBool(true)
		default:
			continue
		}
		if typ := rc.Type(); typ != "" {
			all = append(all, typ)
			if !covered[typ] && !exempt[typ] {
				t.Errorf("channel %s (ReceiverConfig.%s) has no outage case", typ, f.Name)
			}
		}
	}
	if len(all) < 12 {
		t.Errorf("found only channels %v in ReceiverConfig", all)
	}
}
