package sms

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
)

// The worked SendSms example of Aliyun's signature documentation ("请求签名",
// help.aliyun.com/document_detail/101343): AccessKey testId/testSecret,
// GET, and the parameters below sign to zJDF+Lrzhj/ThnlvIToysFRq6t4=.
func TestSignatureDocumentedExample(t *testing.T) {
	p := map[string]string{
		"AccessKeyId": "testId", "Action": "SendSms", "Format": "XML", "OutId": "123",
		"PhoneNumbers": "15300000001", "RegionId": "cn-hangzhou", "SignName": "阿里云短信测试专用",
		"SignatureMethod": "HMAC-SHA1", "SignatureNonce": "45e25e9b-0a6f-4070-8c85-2956eda1b466",
		"SignatureVersion": "1.0", "TemplateCode": "SMS_71390007", "TemplateParam": `{"customer":"test"}`,
		"Timestamp": "2017-07-12T02:42:19Z", "Version": "2017-05-25",
	}
	if got := Signature("GET", p, "testSecret"); got != "zJDF+Lrzhj/ThnlvIToysFRq6t4=" {
		t.Errorf("Signature = %s", got)
	}
	want := "AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou" +
		"&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8" +
		"&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0" +
		"&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25"
	if got := Canonical(p); got != want {
		t.Errorf("Canonical =\n%s\nwant\n%s", got, want)
	}
}

func TestPercentEncode(t *testing.T) {
	for in, want := range map[string]string{"a b": "a%20b", "*": "%2A", "~-_.": "~-_.", "/": "%2F", "+": "%2B", "é": "%C3%A9"} {
		if got := PercentEncode(in); got != want {
			t.Errorf("PercentEncode(%q) = %q, want %q", in, got, want)
		}
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
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"Code":"OK","Message":"OK","BizId":"900619746936498440^0","RequestId":"F655A8D5-B967-440B-8683-DAD6FF8DE990"}`})
	now := time.Date(2026, 11, 25, 8, 4, 5, 0, time.UTC)
	n, err := NewAliyun(AliyunOptions{Name: "sms", AccessKeyID: "LTAI-test-id", AccessKeySecret: "test-secret", SignName: "vigil",
		TemplateCode: "SMS_000000001", PhoneNumbers: []string{"+15550100001", "+15550100002"}, URL: srv.URL + "/",
		Now: func() time.Time { return now }, Nonce: func() string { return "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf" }})
	if err != nil {
		t.Fatal(err)
	}
	if retry, err := n.Notify(context.Background(), notifytest.Alerts()); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].Method != "POST" || reqs[0].Path != "/" || reqs[0].Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
		t.Fatalf("requests %+v", reqs)
	}
	form, err := url.ParseQuery(string(reqs[0].Body))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"AccessKeyId": "LTAI-test-id", "Action": "SendSms", "Format": "JSON", "RegionId": "cn-hangzhou",
		"SignatureMethod": "HMAC-SHA1", "SignatureNonce": "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf", "SignatureVersion": "1.0",
		"Timestamp": "2026-11-25T08:04:05Z", "Version": "2017-05-25", "PhoneNumbers": "+15550100001,+15550100002",
		"SignName": "vigil", "TemplateCode": "SMS_000000001",
	}
	for k, v := range want {
		if form.Get(k) != v {
			t.Errorf("%s = %q, want %q", k, form.Get(k), v)
		}
	}
	var tp map[string]string
	if err := json.Unmarshal([]byte(form.Get("TemplateParam")), &tp); err != nil {
		t.Fatal(err)
	}
	if tp["severity"] != "P1" || tp["rule"] != "amazon-429-burst" || tp["status"] != "FIRING" || tp["summary"] != "Throttled by <marketplace> & retry…" {
		t.Errorf("TemplateParam %v", tp)
	}
	// The signature, recomputed here from the documented steps with an
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
}

func TestAliyunCodes(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
		retry  bool
		ok     bool
	}{
		{200, `{"Code":"OK"}`, false, true},
		{200, `{"Code":"isv.BUSINESS_LIMIT_CONTROL","Message":"触发分钟级流控"}`, true, false},
		{200, `{"Code":"isp.SYSTEM_ERROR","Message":"busy"}`, true, false},
		{200, `{"Code":"isv.MOBILE_NUMBER_ILLEGAL","Message":"bad number +15550100001"}`, false, false},
		{200, `{"Code":"SignatureDoesNotMatch","Message":"sig"}`, false, false},
		{200, `nope`, true, false},
		{503, ``, true, false},
		{400, ``, false, false},
		// The gateway's throttling comes with HTTP 400 and is retried.
		{400, `{"Code":"Throttling.User","Message":"Request was denied due to user flow control.","RequestId":"FAKE"}`, true, false},
		{400, `{"Code":"Throttling","Message":"Request was denied due to request throttling.","RequestId":"FAKE"}`, true, false},
		{400, `{"Code":"InvalidParameter","Message":"bad number +15550100001","RequestId":"FAKE"}`, false, false},
		{503, `{"Code":"ServiceUnavailable","Message":"try later","RequestId":"FAKE"}`, true, false},
	} {
		srv := notifytest.New(t, notifytest.Reply{Status: tc.status, Body: tc.body})
		n, _ := NewAliyun(AliyunOptions{AccessKeyID: "id", AccessKeySecret: "sk", SignName: "s", TemplateCode: "t",
			PhoneNumbers: []string{"+15550100001"}, URL: srv.URL})
		retry, err := n.Notify(context.Background(), notifytest.Alerts())
		if (err == nil) != tc.ok || retry != tc.retry {
			t.Errorf("%d %s: retry=%v err=%v", tc.status, tc.body, retry, err)
		}
		if err != nil && strings.Contains(err.Error(), "15550100001") {
			t.Errorf("the phone number is in %q", err)
		}
	}
}

func TestTwilioGoldenRequest(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 201, Body: `{"sid":"SM00000000000000000000000000000000","status":"queued"}`})
	n, err := NewTwilio(TwilioOptions{Name: "tw", AccountSID: "AC00000000000000000000000000000000", AuthToken: "test-token",
		From: "+15550100000", To: []string{"+15550100001", "+15550100002"}, URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if retry, err := n.Notify(context.Background(), notifytest.Alerts()); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	body := "[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)\n[P1] FIRING amazon-429-burst: Throttled by <marketplace> & retrying\n[P3] RESOLVED order-sync-lag"
	for i, to := range []string{"+15550100001", "+15550100002"} {
		r := reqs[i]
		if r.Method != "POST" || r.Path != "/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json" {
			t.Errorf("%s %s", r.Method, r.Path)
		}
		// Basic base64("AC00000000000000000000000000000000:test-token"), computed independently.
		if got := r.Header.Get("Authorization"); got != "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0ZXN0LXRva2Vu" {
			t.Errorf("Authorization %q", got)
		}
		if r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
			t.Errorf("Content-Type %q", r.Header.Get("Content-Type"))
		}
		f, _ := url.ParseQuery(string(r.Body))
		if len(f) != 3 || f.Get("To") != to || f.Get("From") != "+15550100000" || f.Get("Body") != body {
			t.Errorf("form %v", f)
		}
	}
}

func TestTwilioMessagingServiceAndErrors(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 201, Body: `{"sid":"SM1"}`})
	n, _ := NewTwilio(TwilioOptions{AccountSID: "AC1", AuthToken: "tok", MessagingServiceSID: "MG1", To: []string{"+15550100001"}, URL: srv.URL})
	if _, err := n.Notify(context.Background(), notifytest.Alerts()); err != nil {
		t.Fatal(err)
	}
	f, _ := url.ParseQuery(string(srv.Requests()[0].Body))
	if f.Get("MessagingServiceSid") != "MG1" || f.Has("From") {
		t.Errorf("form %v", f)
	}
	for _, tc := range []struct {
		status int
		retry  bool
	}{{429, true}, {500, true}, {400, false}, {401, false}} {
		srv := notifytest.New(t, notifytest.Reply{Status: tc.status, Body: `{"code":21211,"message":"The 'To' number +15550100001 is not a valid phone number."}`})
		n, _ := NewTwilio(TwilioOptions{AccountSID: "AC1", AuthToken: "tok", From: "+15550100000", To: []string{"+15550100001"}, URL: srv.URL})
		retry, err := n.Notify(context.Background(), notifytest.Alerts())
		if err == nil || retry != tc.retry || strings.Contains(err.Error(), "15550100001") || strings.Contains(err.Error(), "tok") {
			t.Errorf("%d: retry=%v err=%v", tc.status, retry, err)
		}
		if err != nil && !strings.Contains(err.Error(), "***0001") {
			t.Errorf("%d: error does not name the masked number: %v", tc.status, err)
		}
	}
}

// The SMS notifiers have no bucket of their own: the dispatcher's rate
// limit (alerting.RateLimit) holds what goes beyond it, so Notify never
// fails for want of a token and no retry is spent on one.
func TestNotifyHasNoRateLimitOfItsOwn(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 201, Body: `{}`})
	n, _ := NewTwilio(TwilioOptions{AccountSID: "AC1", AuthToken: "tok", From: "+15550100000", To: []string{"+15550100001"}, URL: srv.URL})
	for i := range 12 {
		if retry, err := n.Notify(context.Background(), notifytest.Alerts()); err != nil {
			t.Fatalf("notification %d: retry=%v err=%v", i+1, retry, err)
		}
	}
	if got := len(srv.Requests()); got != 12 {
		t.Errorf("%d requests, want 12", got)
	}
}

func TestLengthLimits(t *testing.T) {
	as := notifytest.Alerts()
	as[0].Annotations = map[string]string{"summary": strings.Repeat("长", 2000)}
	got := Text(as, TwilioLimit)
	if utf8.RuneCountInString(got) != TwilioLimit || !strings.HasSuffix(got, "…") || !utf8.ValidString(got) {
		t.Errorf("Text is %d characters, suffix %q", utf8.RuneCountInString(got), got[len(got)-6:])
	}
	if Truncate("short", 10) != "short" || Truncate("abcdef", 4) != "abc…" {
		t.Error("Truncate")
	}
	n, _ := NewAliyun(AliyunOptions{AccessKeyID: "id", AccessKeySecret: "sk", SignName: "s", TemplateCode: "t", PhoneNumbers: []string{"+15550100001"}, ParamLimit: 10})
	var tp map[string]string
	_ = json.Unmarshal([]byte(n.Params(as)["TemplateParam"]), &tp)
	if tp["summary"] != strings.Repeat("长", 9)+"…" || tp["rule"] != "amazon-42…" {
		t.Errorf("TemplateParam %v", tp)
	}
}

func TestMask(t *testing.T) {
	if Mask("+15550100001") != "***0001" || Mask("123") != "***" {
		t.Error(Mask("+15550100001"))
	}
	if got := maskAll("to 15550100001 and +15550100001", []string{"+15550100001"}); strings.Contains(got, "1555") {
		t.Errorf("maskAll = %q", got)
	}
}

func TestNewValidates(t *testing.T) {
	if _, err := NewAliyun(AliyunOptions{AccessKeyID: "id", AccessKeySecret: "sk", SignName: "s", TemplateCode: "t"}); err == nil {
		t.Error("aliyun without numbers")
	}
	if _, err := NewTwilio(TwilioOptions{AccountSID: "AC1", AuthToken: "tok", To: []string{"+15550100001"}}); err == nil {
		t.Error("twilio without from")
	}
}
