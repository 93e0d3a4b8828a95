package voice

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
)

// Obviously fake numbers (the 555-01xx range).
const (
	from = "+15550100000"
	num1 = "+15550100001"
	num2 = "+15550100002"
)

// p0Alerts is a notification of two firing P0 alerts about one service
// and a resolved one, with generated values.
func p0Alerts() []alert.Alert {
	start := notifytest.Start
	end := start.Add(5 * time.Minute)
	return []alert.Alert{
		{Fingerprint: "a1b2c3d4e5f60718", Status: alert.Firing, Rule: "checkout-5xx", Severity: alert.P0,
			Labels:      map[string]string{"service.name": "checkout", "shop.id": "S12"},
			Annotations: map[string]string{"summary": "5xx ratio 0.31 for buyer 13800000000"}, StartsAt: start},
		{Fingerprint: "0f1e2d3c4b5a6978", Status: alert.Firing, Rule: "payment-timeout", Severity: alert.P0,
			Labels: map[string]string{"service.name": "checkout", "shop.id": "S40"}, StartsAt: start.Add(time.Minute)},
		{Fingerprint: "77aa00bb11cc22dd", Status: alert.Resolved, Rule: "order-sync-lag", Severity: alert.P0,
			Labels: map[string]string{"service.name": "orders"}, StartsAt: start, EndsAt: &end},
	}
}

const wantSpeech = "vigil alert, severity P0. Rule checkout-5xx, and 1 more rule. service name checkout. 2 alerts firing."

func TestSpeech(t *testing.T) {
	b, ok := Summarize(p0Alerts(), DefaultLabels, MaxSpeech)
	if !ok {
		t.Fatal("no brief for firing alerts")
	}
	if got := b.Speech(); got != wantSpeech {
		t.Errorf("Speech =\n%q\nwant\n%q", got, wantSpeech)
	}
	// shop.id differs between the firing alerts: not said.
	b, _ = Summarize(p0Alerts(), []string{"service.name", "shop.id"}, MaxSpeech)
	if got := b.Speech(); got != wantSpeech {
		t.Errorf("Speech with a label the alerts do not share = %q", got)
	}
	one := p0Alerts()[:1]
	b, _ = Summarize(one, []string{"shop.id"}, MaxSpeech)
	if got, want := b.Speech(), "vigil alert, severity P0. Rule checkout-5xx. shop id S12. 1 alert firing."; got != want {
		t.Errorf("Speech = %q, want %q", got, want)
	}
	if strings.Contains(b.Speech(), "13800000000") || strings.Contains(b.Speech(), "buyer") {
		t.Error("the summary is spoken")
	}
}

func TestSpeechLength(t *testing.T) {
	as := p0Alerts()
	as[0].Rule = strings.Repeat("长<&", 500)
	as[0].Severity = "P0"
	as[1].Labels["service.name"] = strings.Repeat("x", 1000)
	as[0].Labels["service.name"] = as[1].Labels["service.name"]
	b, _ := Summarize(as, DefaultLabels, MaxSpeech)
	s := b.Speech()
	if n := utf8.RuneCountInString(s); n != MaxSpeech || !strings.HasSuffix(s, "…") || !utf8.ValidString(s) {
		t.Errorf("speech of %d characters: %q", n, s)
	}
	// The worst cases for Twilio's 4000-character Twiml: text that escapes
	// to five characters a character, and four-byte characters.
	n, _ := NewTwilio(TwilioOptions{AccountSID: "AC1", AuthToken: "tok", From: from, To: []string{num1}, Voice: "Google.en-US-Standard-C"})
	for _, fill := range []string{`"`, "'", "&", "\n", "😀"} {
		as[0].Rule = strings.Repeat(fill, 2000)
		b, _ := Summarize(as, DefaultLabels, MaxSpeech)
		if tw := n.TwiML(b.Speech()); len(tw) > 4000 {
			t.Errorf("rule of %q: TwiML of %d bytes, Twilio takes 4000", fill, len(tw))
		}
	}
}

func newTwilio(t *testing.T, srv *notifytest.Server, o TwilioOptions) *Twilio {
	t.Helper()
	if o.AccountSID == "" {
		o.AccountSID = "AC00000000000000000000000000000000"
	}
	if o.AuthToken == "" && o.APIKeySID == "" {
		o.AuthToken = "test-token"
	}
	if o.From == "" {
		o.From = from
	}
	if o.To == nil {
		o.To = []string{num1, num2}
	}
	o.URL = srv.URL
	n, err := NewTwilio(o)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestTwilioGoldenRequest(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 201, Body: `{"sid":"CA00000000000000000000000000000000","status":"queued","to":"+15550100001"}`})
	n := newTwilio(t, srv, TwilioOptions{Name: "call", Voice: "Polly.Joanna"})
	if retry, err := n.Notify(context.Background(), p0Alerts()); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests, want one call per number", len(reqs))
	}
	twiml := `<Response><Say language="en-US" voice="Polly.Joanna">` + wantSpeech + `</Say><Pause length="1"/>` +
		`<Say language="en-US" voice="Polly.Joanna">` + wantSpeech + `</Say></Response>`
	for i, to := range []string{num1, num2} {
		r := reqs[i]
		if r.Method != "POST" || r.Path != "/2010-04-01/Accounts/AC00000000000000000000000000000000/Calls.json" {
			t.Errorf("%s %s", r.Method, r.Path)
		}
		// base64("AC00000000000000000000000000000000:test-token"), computed independently.
		if got := r.Header.Get("Authorization"); got != "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0ZXN0LXRva2Vu" {
			t.Errorf("Authorization %q", got)
		}
		if r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
			t.Errorf("Content-Type %q", r.Header.Get("Content-Type"))
		}
		f, err := url.ParseQuery(string(r.Body))
		if err != nil {
			t.Fatal(err)
		}
		if len(f) != 3 || f.Get("To") != to || f.Get("From") != from || f.Get("Twiml") != twiml {
			t.Errorf("call %d: form %v\nwant Twiml %s", i, f, twiml)
		}
	}
}

func TestTwilioAPIKeyAuth(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 201, Body: `{"sid":"CA1","status":"queued"}`})
	n := newTwilio(t, srv, TwilioOptions{APIKeySID: "SK00000000000000000000000000000000", APIKeySecret: "test-key-secret", To: []string{num1}})
	r := srv.Send(t, n, p0Alerts())
	// base64("SK00000000000000000000000000000000:test-key-secret"); the
	// account SID stays in the path.
	if got := r.Header.Get("Authorization"); got != "Basic U0swMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0ZXN0LWtleS1zZWNyZXQ=" {
		t.Errorf("Authorization %q", got)
	}
	if !strings.Contains(r.Path, "/Accounts/AC00000000000000000000000000000000/") {
		t.Errorf("path %s", r.Path)
	}
	f, _ := url.ParseQuery(string(r.Body))
	if !strings.HasPrefix(f.Get("Twiml"), `<Response><Say language="en-US">`) {
		t.Errorf("without a voice, Say has only the default language: %s", f.Get("Twiml"))
	}
}

// Text from the alert never becomes TwiML: a rule name or label value
// holding markup is escaped, and the summary is not said at all.
func TestTwilioHostileTextIsInert(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 201, Body: `{}`})
	n := newTwilio(t, srv, TwilioOptions{To: []string{num1}})
	as := p0Alerts()[:1]
	hostile := `</Say><Dial>+15550100009</Dial><Say>`
	as[0].Rule = "r" + hostile + `"&'`
	as[0].Labels["service.name"] = hostile
	as[0].Annotations["summary"] = hostile + "<Play>https://evil.example.test/a.mp3</Play>"
	f, _ := url.ParseQuery(string(srv.Send(t, n, as).Body))
	twiml := f.Get("Twiml")
	if strings.Contains(twiml, "<Dial>") || strings.Contains(twiml, "Play") {
		t.Errorf("markup passed through: %s", twiml)
	}
	var elems, says []string
	d := xml.NewDecoder(strings.NewReader(twiml))
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("TwiML is not XML: %v\n%s", err, twiml)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			elems = append(elems, e.Name.Local)
			text.Reset()
		case xml.CharData:
			text.Write(e)
		case xml.EndElement:
			if e.Name.Local == "Say" {
				says = append(says, text.String())
			}
		}
	}
	if strings.Join(elems, ",") != "Response,Say,Pause,Say" {
		t.Errorf("elements %v", elems)
	}
	want := "vigil alert, severity P0. Rule r" + hostile + `"&'` + ". service name " + hostile + ". 1 alert firing."
	if len(says) != 2 || says[0] != want || says[1] != want {
		t.Errorf("said %q, want twice %q", says, want)
	}
}

// Resolved alerts are not called: a batch of resolved alerts sends
// nothing, and a mixed one speaks of its firing alerts only.
func TestResolvedNotCalled(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 201, Body: `{}`}, notifytest.Reply{Status: 200, Body: `{"Code":"OK"}`})
	tw := newTwilio(t, srv, TwilioOptions{})
	al, err := NewAliyun(AliyunOptions{AccessKeyID: "id", AccessKeySecret: "sk", TtsCode: "TTS_1", CalledNumbers: []string{"13700000001"}, URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	resolved := p0Alerts()[2:]
	for _, n := range []interface {
		Notify(context.Context, []alert.Alert) (bool, error)
	}{tw, al} {
		if retry, err := n.Notify(context.Background(), resolved); err != nil || retry {
			t.Errorf("%T: Notify(resolved) = %v, %v", n, retry, err)
		}
	}
	if got := len(srv.Requests()); got != 0 {
		t.Errorf("%d requests for resolved alerts", got)
	}
	mixed := append(p0Alerts()[2:], p0Alerts()[0])
	f, _ := url.ParseQuery(string(srv.Send(t, newTwilio(t, srv, TwilioOptions{To: []string{num1}}), mixed).Body))
	if tw := f.Get("Twiml"); !strings.Contains(tw, "1 alert firing") || strings.Contains(tw, "order-sync-lag") {
		t.Errorf("TwiML speaks of resolved alerts: %s", tw)
	}
}

// Each documented error's verdict, and no phone number in any error.
func TestTwilioRetryVerdicts(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
		retry  bool
		code   string
	}{
		{429, `{"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429}`, true, "20429"},
		{400, `{"code":20429,"message":"Too Many Requests","status":400}`, true, "20429"},
		{400, `{"code":21211,"message":"The 'To' number +15550100001 is not a valid phone number.","status":400}`, false, "21211"},
		{400, `{"code":21215,"message":"Account not authorized to call 15550100002. Perhaps you need to enable some international permissions","status":400}`, false, "21215"},
		{400, `{"code":21210,"message":"The source phone number provided, +15550100000, is not yet verified for your account.","status":400}`, false, "21210"},
		{401, `{"code":20003,"message":"Authenticate","status":401}`, false, "20003"},
		{500, `{"code":20500,"message":"Internal Server Error","status":500}`, true, "20500"},
		{503, ``, true, "HTTP 503"},
	} {
		srv := notifytest.New(t, notifytest.Reply{Status: tc.status, Body: tc.body})
		n := newTwilio(t, srv, TwilioOptions{})
		retry, err := n.Notify(context.Background(), p0Alerts())
		if err == nil || retry != tc.retry || !strings.Contains(err.Error(), tc.code) {
			t.Errorf("%d %s: retry=%v err=%v", tc.status, tc.body, retry, err)
			continue
		}
		if got := len(srv.Requests()); got != 2 {
			t.Errorf("%d %s: %d requests: a failed call must not stop the next", tc.status, tc.code, got)
		}
		msg := err.Error()
		if strings.Contains(msg, "5550100") || !strings.Contains(msg, "***0001") || !strings.Contains(msg, "***0002") {
			t.Errorf("numbers not masked in %q", msg)
		}
	}
}

func TestTwilioTransportErrorIsRetriedAndMasked(t *testing.T) {
	srv := notifytest.New(t)
	n := newTwilio(t, srv, TwilioOptions{To: []string{num1}})
	n.o.URL = "http://127.0.0.1:1" // nothing listens on port 1
	retry, err := n.Notify(context.Background(), p0Alerts())
	if err == nil || !retry || strings.Contains(err.Error(), "5550100001") || strings.Contains(err.Error(), "test-token") {
		t.Errorf("retry=%v err=%v", retry, err)
	}
}

// A retry of the same notification calls only the numbers that did not
// take the call; after CallWindow, or for other alerts, every number is
// called again.
func TestRetryCallsOnlyFailedNumbers(t *testing.T) {
	srv := notifytest.New(t,
		notifytest.Reply{Status: 201, Body: `{"sid":"CA1","status":"queued"}`},
		notifytest.Reply{Status: 503, Body: `{"code":20500,"message":"busy","status":503}`},
		notifytest.Reply{Status: 201, Body: `{"sid":"CA2","status":"queued"}`})
	now := notifytest.Start
	n := newTwilio(t, srv, TwilioOptions{Now: func() time.Time { return now }})
	to := func(from int) []string {
		var out []string
		for _, r := range srv.Requests()[from:] {
			f, _ := url.ParseQuery(string(r.Body))
			out = append(out, f.Get("To"))
		}
		return out
	}
	if retry, err := n.Notify(context.Background(), p0Alerts()); err == nil || !retry {
		t.Fatalf("first try: retry=%v err=%v", retry, err)
	}
	now = now.Add(2 * time.Second)
	if retry, err := n.Notify(context.Background(), p0Alerts()); err != nil || retry {
		t.Fatalf("retry: %v, %v", retry, err)
	}
	if got := to(2); len(got) != 1 || got[0] != num2 {
		t.Errorf("the retry called %v, want only the number that failed", got)
	}
	if retry, err := n.Notify(context.Background(), p0Alerts()[:1]); err != nil || retry {
		t.Fatalf("other alerts: %v, %v", retry, err)
	}
	if got := to(3); len(got) != 2 {
		t.Errorf("a notification of other alerts called %v, want both", got)
	}
	now = now.Add(CallWindow)
	if _, err := n.Notify(context.Background(), p0Alerts()); err != nil {
		t.Fatal(err)
	}
	if got := to(5); len(got) != 2 {
		t.Errorf("after CallWindow the same alerts called %v, want both", got)
	}
}

// rfc3986 is an independent percent-encoder written from the spec text:
// unreserved characters stay, every other byte is %XY (upper case).
func rfc3986(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.IndexByte("-_.~", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func TestAliyunGoldenRequest(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"Code":"OK","Message":"OK","RequestId":"D9CB3933-9FE3-4870-BA8E-2BEE91B69D23","CallId":"116012354148^100000000"}`})
	now := time.Date(2026, 11, 25, 8, 4, 5, 0, time.UTC)
	nonces := 0
	vol, speed := 80, -100
	n, err := NewAliyun(AliyunOptions{Name: "call-cn", AccessKeyID: "LTAI-test-id", AccessKeySecret: "test-secret",
		CalledShowNumber: "057100000000", TtsCode: "TTS_000000001", CalledNumbers: []string{"13700000001", "13700000002"},
		PlayTimes: 2, Volume: &vol, Speed: &speed, URL: srv.URL + "/",
		Now: func() time.Time { return now }, Nonce: func() string { nonces++; return fmt.Sprintf("nonce-%d", nonces) }})
	if err != nil {
		t.Fatal(err)
	}
	if retry, err := n.Notify(context.Background(), p0Alerts()); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests, want one call per number", len(reqs))
	}
	for i, called := range []string{"13700000001", "13700000002"} {
		r := reqs[i]
		if r.Method != "POST" || r.Path != "/" || r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
			t.Fatalf("%s %s %s", r.Method, r.Path, r.Header.Get("Content-Type"))
		}
		form, err := url.ParseQuery(string(r.Body))
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{
			"AccessKeyId": "LTAI-test-id", "Action": "SingleCallByTts", "Format": "JSON", "RegionId": "cn-hangzhou",
			"SignatureMethod": "HMAC-SHA1", "SignatureNonce": fmt.Sprintf("nonce-%d", i+1), "SignatureVersion": "1.0",
			"Timestamp": "2026-11-25T08:04:05Z", "Version": "2017-05-25", "CalledShowNumber": "057100000000",
			"CalledNumber": called, "TtsCode": "TTS_000000001", "PlayTimes": "2", "Volume": "80", "Speed": "-100",
		}
		for k, v := range want {
			if form.Get(k) != v {
				t.Errorf("%s = %q, want %q", k, form.Get(k), v)
			}
		}
		if len(form) != len(want)+2 { // and TtsParam, Signature
			t.Errorf("form has %d parameters: %v", len(form), form)
		}
		var tp map[string]string
		if err := json.Unmarshal([]byte(form.Get("TtsParam")), &tp); err != nil {
			t.Fatal(err)
		}
		if len(tp) != 4 || tp["severity"] != "P0" || tp["rule"] != "checkout-5xx" || tp["service"] != "checkout" || tp["count"] != "2" {
			t.Errorf("TtsParam %v", tp)
		}
		// The signature, recomputed from the documented steps with an
		// independent encoder: sort, encode, join; POST&%2F&enc(query);
		// base64(HMAC-SHA1(secret+"&")).
		var keys []string
		for k := range form {
			if k != "Signature" {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		var pairs []string
		for _, k := range keys {
			pairs = append(pairs, rfc3986(k)+"="+rfc3986(form.Get(k)))
		}
		mac := hmac.New(sha1.New, []byte("test-secret&"))
		mac.Write([]byte("POST&%2F&" + rfc3986(strings.Join(pairs, "&"))))
		if sig := base64.StdEncoding.EncodeToString(mac.Sum(nil)); form.Get("Signature") != sig {
			t.Errorf("Signature %q, want %q", form.Get("Signature"), sig)
		}
		// The body is the canonical query itself, signature last.
		if !strings.HasPrefix(string(r.Body), strings.Join(pairs, "&")+"&Signature=") {
			t.Errorf("body is not the canonical query:\n%s", r.Body)
		}
	}
}

func TestAliyunOptionalParamsLeftOut(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"Code":"OK"}`})
	n, _ := NewAliyun(AliyunOptions{AccessKeyID: "id", AccessKeySecret: "sk", TtsCode: "TTS_1", CalledNumbers: []string{"13700000001"}, URL: srv.URL})
	form, _ := url.ParseQuery(string(srv.Send(t, n, p0Alerts()).Body))
	for _, k := range []string{"CalledShowNumber", "PlayTimes", "Volume", "Speed"} {
		if form.Has(k) {
			t.Errorf("%s sent without being configured", k)
		}
	}
	if form.Get("SignatureNonce") == "" {
		t.Error("no nonce")
	}
}

func TestAliyunCodes(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
		retry  bool
		ok     bool
	}{
		{200, `{"Code":"OK","CallId":"1^2","RequestId":"r"}`, false, true},
		{200, `{"Code":"isv.BUSINESS_LIMIT_CONTROL","Message":"触发号码天级流控Permits:20 13700000001"}`, true, false},
		{400, `{"Code":"Throttling.User","Message":"Request was denied due to user flow control."}`, true, false},
		{200, `{"Code":"isp.SYSTEM_ERROR","Message":"busy"}`, true, false},
		{200, `{"Code":"isv.MOBILE_NUMBER_ILLEGAL","Message":"invalid number 13700000001"}`, false, false},
		{200, `{"Code":"isv.TTS_TEMPLATE_ILLEGAL","Message":"template"}`, false, false},
		{200, `{"Code":"isv.OUT_OF_SERVICE","Message":"out of service"}`, false, false},
		{400, `{"Code":"SignatureDoesNotMatch","Message":"sig"}`, false, false},
		{200, `nope`, true, false},
		{200, `{}`, true, false},
		{503, ``, true, false},
		{400, ``, false, false},
	} {
		srv := notifytest.New(t, notifytest.Reply{Status: tc.status, Body: tc.body})
		n, _ := NewAliyun(AliyunOptions{AccessKeyID: "id", AccessKeySecret: "sk", TtsCode: "TTS_1",
			CalledNumbers: []string{"13700000001"}, URL: srv.URL})
		retry, err := n.Notify(context.Background(), p0Alerts())
		if (err == nil) != tc.ok || retry != tc.retry {
			t.Errorf("%d %s: retry=%v err=%v", tc.status, tc.body, retry, err)
		}
		if err != nil && (strings.Contains(err.Error(), "13700000001") || !strings.Contains(err.Error(), "***0001")) {
			t.Errorf("the number is not masked in %q", err)
		}
	}
}

func TestNewValidates(t *testing.T) {
	for name, o := range map[string]TwilioOptions{
		"no account":    {AuthToken: "t", From: from, To: []string{num1}},
		"no credential": {AccountSID: "AC1", From: from, To: []string{num1}},
		"two kinds":     {AccountSID: "AC1", AuthToken: "t", APIKeySID: "SK1", APIKeySecret: "s", From: from, To: []string{num1}},
		"half a key":    {AccountSID: "AC1", APIKeySID: "SK1", From: from, To: []string{num1}},
		"no from":       {AccountSID: "AC1", AuthToken: "t", To: []string{num1}},
		"no to":         {AccountSID: "AC1", AuthToken: "t", From: from},
		"bad url":       {AccountSID: "AC1", AuthToken: "t", From: from, To: []string{num1}, URL: "ftp://x"},
	} {
		if _, err := NewTwilio(o); err == nil {
			t.Errorf("twilio %s: accepted", name)
		}
	}
	loud, fast := 101, 501
	for name, o := range map[string]AliyunOptions{
		"no key":      {TtsCode: "TTS_1", CalledNumbers: []string{"13700000001"}},
		"no template": {AccessKeyID: "id", AccessKeySecret: "sk", CalledNumbers: []string{"13700000001"}},
		"no number":   {AccessKeyID: "id", AccessKeySecret: "sk", TtsCode: "TTS_1"},
		"play times":  {AccessKeyID: "id", AccessKeySecret: "sk", TtsCode: "TTS_1", CalledNumbers: []string{"13700000001"}, PlayTimes: 4},
		"volume":      {AccessKeyID: "id", AccessKeySecret: "sk", TtsCode: "TTS_1", CalledNumbers: []string{"13700000001"}, Volume: &loud},
		"speed":       {AccessKeyID: "id", AccessKeySecret: "sk", TtsCode: "TTS_1", CalledNumbers: []string{"13700000001"}, Speed: &fast},
	} {
		if _, err := NewAliyun(o); err == nil {
			t.Errorf("aliyun %s: accepted", name)
		}
	}
}

// Whatever the rule and label hold, the TwiML is well-formed XML with
// exactly the elements vigil writes.
func FuzzTwiMLInert(f *testing.F) {
	f.Add("r</Say><Dial>+15550100009</Dial>", "<![CDATA[x]]>")
	f.Add("\x00\xff&#x3C;", "]]>&")
	n, _ := NewTwilio(TwilioOptions{AccountSID: "AC1", AuthToken: "tok", From: from, To: []string{num1}})
	f.Fuzz(func(t *testing.T, rule, label string) {
		as := p0Alerts()[:1]
		as[0].Rule = rule
		as[0].Labels["service.name"] = label
		b, _ := Summarize(as, DefaultLabels, MaxSpeech)
		tw := n.TwiML(b.Speech())
		var elems []string
		d := xml.NewDecoder(strings.NewReader(tw))
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("not XML: %v\n%s", err, tw)
			}
			if e, ok := tok.(xml.StartElement); ok {
				elems = append(elems, e.Name.Local)
			}
		}
		if strings.Join(elems, ",") != "Response,Say,Pause,Say" {
			t.Fatalf("elements %v in %s", elems, tw)
		}
	})
}
