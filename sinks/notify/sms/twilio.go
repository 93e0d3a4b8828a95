package sms

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
	"github.com/vigilops/vigil/sinks/notify/internal/render"
)

// TwilioAPI is the base URL of Twilio's REST API.
const TwilioAPI = "https://api.twilio.com"

// TwilioLimit is the longest Body Twilio accepts, in characters.
const TwilioLimit = 1600

// TwilioOptions configure a Twilio notifier. Set From or
// MessagingServiceSID.
type TwilioOptions struct {
	Name                string
	AccountSID          string
	AuthToken           string
	From                string
	MessagingServiceSID string
	To                  []string
	URL                 string // TwilioAPI when empty
	Limit               int    // TwilioLimit when zero
	Timeout             time.Duration
	Client              *http.Client
}

// Twilio posts to the Messages API, one message per recipient.
type Twilio struct {
	o TwilioOptions
}

// NewTwilio checks the options and returns a notifier.
func NewTwilio(o TwilioOptions) (*Twilio, error) {
	switch {
	case o.AccountSID == "" || o.AuthToken == "":
		return nil, errors.New("twilio: account_sid and auth_token are required")
	case o.From == "" && o.MessagingServiceSID == "":
		return nil, errors.New("twilio: from or messaging_service_sid is required")
	case len(o.To) == 0:
		return nil, errors.New("twilio: at least one recipient (to) is required")
	}
	if o.URL == "" {
		o.URL = TwilioAPI
	}
	if _, err := httpx.ParseURL("twilio", o.URL); err != nil {
		return nil, err
	}
	if o.Limit <= 0 || o.Limit > TwilioLimit {
		o.Limit = TwilioLimit
	}
	return &Twilio{o: o}, nil
}

// Name returns the receiver name.
func (n *Twilio) Name() string { return n.o.Name }

// Endpoint is the Messages resource of the account.
func (n *Twilio) Endpoint() string {
	return strings.TrimSuffix(n.o.URL, "/") + "/2010-04-01/Accounts/" + url.PathEscape(n.o.AccountSID) + "/Messages.json"
}

// Form is the request body for one recipient.
func (n *Twilio) Form(to, body string) url.Values {
	f := url.Values{"To": {to}, "Body": {body}}
	if n.o.MessagingServiceSID != "" {
		f.Set("MessagingServiceSid", n.o.MessagingServiceSID)
	} else {
		f.Set("From", n.o.From)
	}
	return f
}

type twilioError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Notify sends the message to every recipient. A failure stops at that
// recipient; 429 and 5xx are retried (a retry sends again to every
// recipient: SMS is at-least-once). The receiver's rate limit is the
// dispatcher's (alerting.RateLimit).
func (n *Twilio) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	body := Text(as, n.o.Limit)
	auth := "Basic " + base64.StdEncoding.EncodeToString([]byte(n.o.AccountSID+":"+n.o.AuthToken))
	for _, to := range n.o.To {
		res, retry, err := httpx.Post(ctx, httpx.Request{Client: n.o.Client, URL: n.Endpoint(), ContentType: "application/x-www-form-urlencoded",
			Headers: map[string]string{"Authorization": auth}, Body: []byte(n.Form(to, body).Encode()), Timeout: n.o.Timeout})
		if err != nil {
			return retry, fmt.Errorf("twilio: to %s: %s", Mask(to), maskAll(err.Error(), n.o.To))
		}
		var e twilioError
		if json.Unmarshal(res.Body, &e) == nil && e.Code != 0 {
			return false, fmt.Errorf("twilio: to %s: error %d: %s", Mask(to), e.Code, maskAll(render.Truncate(render.Clean(e.Message), 200), n.o.To))
		}
	}
	return false, nil
}
