package sms

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
	"github.com/vigilops/vigil/sinks/notify/internal/render"
)

// AliyunEndpoint is the dysmsapi endpoint.
const AliyunEndpoint = "https://dysmsapi.aliyuncs.com/"

// AliyunParamLimit is the default length limit of one template parameter
// (Aliyun rejects long variable values in notification templates).
const AliyunParamLimit = 35

// AliyunOptions configure an Aliyun SMS notifier. The template (approved
// in the Aliyun console) may use the variables ${severity}, ${rule},
// ${status} and ${summary}.
type AliyunOptions struct {
	Name            string
	AccessKeyID     string
	AccessKeySecret string
	SignName        string
	TemplateCode    string
	PhoneNumbers    []string
	RegionID        string // cn-hangzhou when empty
	URL             string // AliyunEndpoint when empty
	ParamLimit      int    // AliyunParamLimit when zero
	Timeout         time.Duration
	Client          *http.Client
	// Now and Nonce stamp requests (time.Now and a random UUID when nil).
	Now   func() time.Time
	Nonce func() string
}

// Aliyun sends SendSms requests.
type Aliyun struct {
	o AliyunOptions
}

// NewAliyun checks the options and returns a notifier.
func NewAliyun(o AliyunOptions) (*Aliyun, error) {
	switch {
	case o.AccessKeyID == "" || o.AccessKeySecret == "":
		return nil, errors.New("aliyun_sms: access_key_id and access_key_secret are required")
	case o.SignName == "" || o.TemplateCode == "":
		return nil, errors.New("aliyun_sms: sign_name and template_code are required")
	case len(o.PhoneNumbers) == 0:
		return nil, errors.New("aliyun_sms: at least one phone number is required")
	}
	if o.URL == "" {
		o.URL = AliyunEndpoint
	}
	if _, err := httpx.ParseURL("aliyun_sms", o.URL); err != nil {
		return nil, err
	}
	if o.RegionID == "" {
		o.RegionID = "cn-hangzhou"
	}
	if o.ParamLimit <= 0 {
		o.ParamLimit = AliyunParamLimit
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Nonce == nil {
		o.Nonce = uuid
	}
	return &Aliyun{o: o}, nil
}

// Name returns the receiver name.
func (n *Aliyun) Name() string { return n.o.Name }

// PercentEncode is Aliyun's RPC encoding: RFC 3986 unreserved characters
// (A-Z a-z 0-9 - _ . ~) stay, everything else is %XY of its UTF-8 bytes,
// space included (%20, not +).
func PercentEncode(s string) string {
	return strings.NewReplacer("+", "%20", "*", "%2A", "%7E", "~").Replace(url.QueryEscape(s))
}

// Canonical is the canonicalized query string: parameters sorted by name,
// name and value percent-encoded, joined by = and &.
func Canonical(params map[string]string) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		if k != "Signature" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = PercentEncode(k) + "=" + PercentEncode(params[k])
	}
	return strings.Join(parts, "&")
}

// Signature signs an RPC request: base64 of HMAC-SHA1, keyed by the secret
// and "&", over method & percentEncode("/") & percentEncode(canonical).
func Signature(method string, params map[string]string, secret string) string {
	sts := method + "&" + PercentEncode("/") + "&" + PercentEncode(Canonical(params))
	h := hmac.New(sha1.New, []byte(secret+"&"))
	h.Write([]byte(sts))
	return base64.StdEncoding.EncodeToString(h.Sum(nil))
}

// Params returns the SendSms parameters for a notification, without the
// signature.
func (n *Aliyun) Params(as []alert.Alert) map[string]string {
	sum := ""
	for _, a := range as {
		if s := a.Annotations["summary"]; s != "" {
			sum = s
			break
		}
	}
	tp, _ := json.Marshal(map[string]string{
		"severity": Truncate(render.Clean(string(render.Worst(as))), n.o.ParamLimit),
		"rule":     Truncate(render.Clean(firstRule(as)), n.o.ParamLimit),
		"status":   Status(as),
		"summary":  Truncate(render.Clean(sum), n.o.ParamLimit),
	})
	p := RPCParams("SendSms", n.o.AccessKeyID, n.o.RegionID, n.o.Nonce(), n.o.Now())
	p["PhoneNumbers"] = strings.Join(n.o.PhoneNumbers, ",")
	p["SignName"] = n.o.SignName
	p["TemplateCode"] = n.o.TemplateCode
	p["TemplateParam"] = string(tp)
	return p
}

// RPCParams are the common parameters of an Aliyun RPC request (the SMS
// and voice APIs, version 2017-05-25) before the signature.
func RPCParams(action, accessKeyID, regionID, nonce string, now time.Time) map[string]string {
	return map[string]string{
		"AccessKeyId":      accessKeyID,
		"Action":           action,
		"Format":           "JSON",
		"RegionId":         regionID,
		"SignatureMethod":  "HMAC-SHA1",
		"SignatureNonce":   nonce,
		"SignatureVersion": "1.0",
		"Timestamp":        now.UTC().Format("2006-01-02T15:04:05Z"),
		"Version":          "2017-05-25",
	}
}

// SignedBody is the signed form body of an RPC POST with params.
func SignedBody(params map[string]string, secret string) []byte {
	return []byte(Canonical(params) + "&Signature=" + PercentEncode(Signature(http.MethodPost, params, secret)))
}

// Body is the signed form body of a POST.
func (n *Aliyun) Body(params map[string]string) []byte {
	return SignedBody(params, n.o.AccessKeySecret)
}

type aliyunReply struct {
	Code    string `json:"Code"`
	Message string `json:"Message"`
}

// Notify sends one SendSms request to every configured number. Throttling
// (isv.BUSINESS_LIMIT_CONTROL, Throttling*) and isp.* system errors are
// retried; other codes (bad signature, template, sign name) are not. The
// API answers the SMS service's own errors with HTTP 200 and the gateway's
// (Throttling, Throttling.User, Throttling.Api; missing or invalid
// parameters) with HTTP 400 and the same JSON: the code decides either
// way, and a 4xx without one is not retried. The receiver's rate limit is
// the dispatcher's (alerting.RateLimit).
func (n *Aliyun) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	res, retry, err := httpx.Post(ctx, httpx.Request{Client: n.o.Client, URL: n.o.URL, ContentType: "application/x-www-form-urlencoded",
		Body: n.Body(n.Params(as)), Timeout: n.o.Timeout})
	if err != nil {
		var se *httpx.StatusError
		var r aliyunReply
		if errors.As(err, &se) && json.Unmarshal(se.Body, &r) == nil && r.Code != "" {
			return retry || AliyunRetryable(r.Code), fmt.Errorf("aliyun_sms: HTTP %d: %s", se.Status, n.describe(r))
		}
		return retry, fmt.Errorf("aliyun_sms: %w", err)
	}
	var r aliyunReply
	if err := json.Unmarshal(res.Body, &r); err != nil {
		return true, fmt.Errorf("aliyun_sms: unreadable reply: %w", err)
	}
	if r.Code != "OK" {
		return AliyunRetryable(r.Code), fmt.Errorf("aliyun_sms: %s", n.describe(r))
	}
	return false, nil
}

// AliyunRetryable reports whether an Aliyun error code is worth retrying:
// throttling (isv.BUSINESS_LIMIT_CONTROL, Throttling*) and the platform's
// own failures (isp.*); the others (a bad number, template, signature, an
// account out of service) are not.
func AliyunRetryable(code string) bool {
	return code == "isv.BUSINESS_LIMIT_CONTROL" || strings.HasPrefix(code, "Throttling") || strings.HasPrefix(code, "isp.")
}

// describe is a reply's code and message, the phone numbers masked.
func (n *Aliyun) describe(r aliyunReply) string {
	return render.Clean(r.Code) + ": " + maskAll(render.Truncate(render.Clean(r.Message), 200), n.o.PhoneNumbers)
}

func firstRule(as []alert.Alert) string {
	if len(as) == 0 {
		return ""
	}
	return as[0].Rule
}

func uuid() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}
