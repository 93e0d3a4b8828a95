package voice

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
	"github.com/vigilops/vigil/sinks/notify/sms"
)

// AliyunEndpoint is the Dyvmsapi endpoint.
const AliyunEndpoint = "https://dyvmsapi.aliyuncs.com/"

// AliyunParamLimit is the default length limit of one template variable,
// in characters. Aliyun wants all of a call's variables under 250
// characters together; four at 35 stay well within it.
const AliyunParamLimit = 35

// AliyunOptions configure an Aliyun voice notifier. The text-to-speech
// template (approved in the Aliyun console) may use the variables
// ${severity}, ${rule}, ${service} and ${count}.
type AliyunOptions struct {
	Name            string
	AccessKeyID     string
	AccessKeySecret string
	// CalledShowNumber is the number shown to the callee (a number bought
	// in the console, for a dedicated-mode template); empty: Aliyun's
	// public number pool (public-mode template).
	CalledShowNumber string
	TtsCode          string
	CalledNumbers    []string
	// PlayTimes is how often the text is played in one call, 1 to 3 (0:
	// Aliyun's default, 3). Volume is 0 to 100 and Speed -500 to 500 (nil:
	// Aliyun's defaults).
	PlayTimes  int
	Volume     *int
	Speed      *int
	RegionID   string // cn-hangzhou when empty
	URL        string // AliyunEndpoint when empty
	ParamLimit int    // AliyunParamLimit when zero
	Timeout    time.Duration
	Client     *http.Client
	// Now and Nonce stamp requests (time.Now and a random string when nil).
	Now   func() time.Time
	Nonce func() string
}

// Aliyun places SingleCallByTts calls, one per number.
type Aliyun struct {
	o     AliyunOptions
	calls *calls
}

// NewAliyun checks the options and returns a notifier.
func NewAliyun(o AliyunOptions) (*Aliyun, error) {
	switch {
	case o.AccessKeyID == "" || o.AccessKeySecret == "":
		return nil, errors.New("aliyun_voice: access_key_id and access_key_secret are required")
	case o.TtsCode == "":
		return nil, errors.New("aliyun_voice: tts_code is required")
	case len(o.CalledNumbers) == 0:
		return nil, errors.New("aliyun_voice: at least one number (called_numbers) is required")
	case o.PlayTimes < 0 || o.PlayTimes > 3:
		return nil, errors.New("aliyun_voice: play_times must be 1 to 3 (0: Aliyun's default)")
	case o.Volume != nil && (*o.Volume < 0 || *o.Volume > 100):
		return nil, errors.New("aliyun_voice: volume must be 0 to 100")
	case o.Speed != nil && (*o.Speed < -500 || *o.Speed > 500):
		return nil, errors.New("aliyun_voice: speed must be -500 to 500")
	}
	if o.URL == "" {
		o.URL = AliyunEndpoint
	}
	if _, err := httpx.ParseURL("aliyun_voice", o.URL); err != nil {
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
		o.Nonce = rand.Text
	}
	return &Aliyun{o: o, calls: newCalls(o.Now)}, nil
}

// Name returns the receiver name.
func (n *Aliyun) Name() string { return n.o.Name }

// TtsParam is the template variables of a brief, as JSON.
func (n *Aliyun) TtsParam(b Brief) string {
	cut := func(s string) string { return sms.Truncate(s, n.o.ParamLimit) }
	p, _ := json.Marshal(map[string]string{
		"severity": cut(b.Severity),
		"rule":     cut(b.Rule),
		"service":  cut(b.Service),
		"count":    strconv.Itoa(b.Firing),
	})
	return string(p)
}

// Params returns the SingleCallByTts parameters of the call to one
// number, without the signature.
func (n *Aliyun) Params(number, ttsParam string) map[string]string {
	p := sms.RPCParams("SingleCallByTts", n.o.AccessKeyID, n.o.RegionID, n.o.Nonce(), n.o.Now())
	p["CalledNumber"] = number
	p["TtsCode"] = n.o.TtsCode
	p["TtsParam"] = ttsParam
	if n.o.CalledShowNumber != "" {
		p["CalledShowNumber"] = n.o.CalledShowNumber
	}
	if n.o.PlayTimes > 0 {
		p["PlayTimes"] = strconv.Itoa(n.o.PlayTimes)
	}
	if n.o.Volume != nil {
		p["Volume"] = strconv.Itoa(*n.o.Volume)
	}
	if n.o.Speed != nil {
		p["Speed"] = strconv.Itoa(*n.o.Speed)
	}
	return p
}

// Body is the signed form body of a POST (signature version 1.0, the SMS
// receiver's signer).
func (n *Aliyun) Body(params map[string]string) []byte {
	return sms.SignedBody(params, n.o.AccessKeySecret)
}

// aliyunReply is {"Code":"OK","Message":"OK","CallId":"…","RequestId":"…"}.
type aliyunReply struct {
	Code    string `json:"Code"`
	Message string `json:"Message"`
}

// Notify calls every number that was not already called for these firing
// alerts (see CallWindow), and does nothing when none fires. A failed call
// does not stop the others; the error holds each failure, with masked
// numbers, and asks for a retry when one of them may pass.
func (n *Aliyun) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	b, ok := Summarize(as, nil, MaxSpeech)
	if !ok {
		return false, nil
	}
	tp := n.TtsParam(b)
	batch := batchKey(as)
	phones := append([]string{n.o.CalledShowNumber}, n.o.CalledNumbers...)
	var errs []error
	retry := false
	for _, num := range n.o.CalledNumbers {
		if n.calls.called(num, batch) {
			continue
		}
		r, err := post(ctx, n.o.Client, n.o.URL, nil, n.Body(n.Params(num, tp)), n.o.Timeout)
		if err != nil {
			retry = true
			errs = append(errs, fmt.Errorf("aliyun_voice: call to %s: %s", sms.Mask(num), vendorText(err.Error(), phones)))
			continue
		}
		var rep aliyunReply
		jerr := json.Unmarshal(r.body, &rep)
		switch {
		case r.status/100 == 2 && rep.Code == "OK":
			n.calls.done(num, batch)
		case rep.Code != "" && rep.Code != "OK":
			retry = retry || sms.AliyunRetryable(rep.Code) || r.status >= 500
			errs = append(errs, fmt.Errorf("aliyun_voice: call to %s: HTTP %d, %s: %s", sms.Mask(num), r.status,
				vendorText(rep.Code, phones), vendorText(rep.Message, phones)))
		case r.status/100 == 2:
			// No code: the call may have been placed or not; a P0 call is
			// worth ringing twice rather than not at all.
			retry = true
			why := "a reply without a Code"
			if jerr != nil {
				why = "an unreadable reply"
			}
			errs = append(errs, fmt.Errorf("aliyun_voice: call to %s: HTTP %d with %s", sms.Mask(num), r.status, why))
		default:
			retry = retry || httpx.Retryable(r.status)
			errs = append(errs, fmt.Errorf("aliyun_voice: call to %s: HTTP %d", sms.Mask(num), r.status))
		}
	}
	return retry, errors.Join(errs...)
}
