package voice

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
	"github.com/vigilops/vigil/sinks/notify/sms"
)

// DefaultLanguage is the language of the spoken text when none is set.
const DefaultLanguage = "en-US"

// TwilioOptions configure a Twilio voice notifier. Authenticate with the
// account's AuthToken, or with an API key (APIKeySID and APIKeySecret).
type TwilioOptions struct {
	Name         string
	AccountSID   string
	AuthToken    string
	APIKeySID    string
	APIKeySecret string
	From         string
	To           []string
	// Language and Voice are the <Say> attributes (DefaultLanguage when
	// Language is empty; Twilio's default voice when Voice is).
	Language string
	Voice    string
	// Labels are said with their value when the firing alerts share it
	// (DefaultLabels when nil).
	Labels  []string
	URL     string // sms.TwilioAPI when empty
	Timeout time.Duration
	Client  *http.Client
	Now     func() time.Time // time.Now when nil: the record of calls made
}

// Twilio places calls through the Calls API, one per number, with inline
// TwiML that says the brief twice.
type Twilio struct {
	o     TwilioOptions
	auth  string
	calls *calls
}

// NewTwilio checks the options and returns a notifier.
func NewTwilio(o TwilioOptions) (*Twilio, error) {
	switch {
	case o.AccountSID == "":
		return nil, errors.New("twilio_voice: account_sid is required")
	case (o.AuthToken == "") == (o.APIKeySID == "" || o.APIKeySecret == ""):
		return nil, errors.New("twilio_voice: set auth_token, or api_key_sid and api_key_secret")
	case o.From == "":
		return nil, errors.New("twilio_voice: from is required")
	case len(o.To) == 0:
		return nil, errors.New("twilio_voice: at least one number (to) is required")
	}
	if o.URL == "" {
		o.URL = sms.TwilioAPI
	}
	if _, err := httpx.ParseURL("twilio_voice", o.URL); err != nil {
		return nil, err
	}
	if o.Language == "" {
		o.Language = DefaultLanguage
	}
	if o.Labels == nil {
		o.Labels = DefaultLabels
	}
	user, pass := o.AccountSID, o.AuthToken
	if o.APIKeySID != "" {
		user, pass = o.APIKeySID, o.APIKeySecret
	}
	return &Twilio{o: o, auth: "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass)), calls: newCalls(o.Now)}, nil
}

// Name returns the receiver name.
func (n *Twilio) Name() string { return n.o.Name }

// Endpoint is the Calls resource of the account.
func (n *Twilio) Endpoint() string {
	return strings.TrimSuffix(n.o.URL, "/") + "/2010-04-01/Accounts/" + url.PathEscape(n.o.AccountSID) + "/Calls.json"
}

// TwiML is the call's instructions: the text, a pause, the text again,
// every character of it XML-escaped (so that no text becomes markup).
// Both <Say> carry the language and voice, so that the repeat sounds the
// same.
func (n *Twilio) TwiML(text string) string {
	var b strings.Builder
	say := "<Say" + attr("language", n.o.Language) + attr("voice", n.o.Voice) + ">"
	b.WriteString("<Response>" + say)
	_ = xml.EscapeText(&b, []byte(text))
	b.WriteString(`</Say><Pause length="1"/>` + say)
	_ = xml.EscapeText(&b, []byte(text))
	b.WriteString("</Say></Response>")
	return b.String()
}

func attr(name, v string) string {
	if v == "" {
		return ""
	}
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(v))
	return " " + name + `="` + b.String() + `"`
}

// Form is the request body of the call to one number.
func (n *Twilio) Form(to, twiml string) url.Values {
	return url.Values{"To": {to}, "From": {n.o.From}, "Twiml": {twiml}}
}

// twilioError is Twilio's error body:
// {"code":21211,"message":"…","more_info":"…","status":400}.
type twilioError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// TwilioRetryable is the retry verdict for a failed Calls request: HTTP
// 429 and Twilio's 20429 (too many requests), 408 and 5xx are worth
// another try; other 4xx are not (21211 invalid To number, 21215 no geo
// permission for the destination, 21210 unverified From, 20003 bad
// credentials): they fail the same way until the configuration changes.
func TwilioRetryable(status, code int) bool {
	return code == 20429 || httpx.Retryable(status)
}

// Notify calls every number of To that was not already called for these
// firing alerts (see CallWindow), and does nothing when none fires.
// A failed call does not stop the others; the error holds each failure,
// with masked numbers, and asks for a retry when one of them may pass.
func (n *Twilio) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	b, ok := Summarize(as, n.o.Labels, MaxSpeech)
	if !ok {
		return false, nil
	}
	twiml := n.TwiML(b.Speech())
	batch := batchKey(as)
	phones := append([]string{n.o.From}, n.o.To...)
	var errs []error
	retry := false
	for _, to := range n.o.To {
		if n.calls.called(to, batch) {
			continue
		}
		r, err := post(ctx, n.o.Client, n.Endpoint(), map[string]string{"Authorization": n.auth}, []byte(n.Form(to, twiml).Encode()), n.o.Timeout)
		switch {
		case err != nil:
			retry = true
			errs = append(errs, fmt.Errorf("twilio_voice: call to %s: %s", sms.Mask(to), vendorText(err.Error(), phones)))
		case r.status/100 != 2:
			var e twilioError
			_ = json.Unmarshal(r.body, &e)
			retry = retry || TwilioRetryable(r.status, e.Code)
			msg := fmt.Sprintf("HTTP %d", r.status)
			if e.Code != 0 {
				msg += fmt.Sprintf(", error %d: %s", e.Code, vendorText(e.Message, phones))
			}
			errs = append(errs, fmt.Errorf("twilio_voice: call to %s: %s", sms.Mask(to), msg))
		default:
			n.calls.done(to, batch)
		}
	}
	return retry, errors.Join(errs...)
}
