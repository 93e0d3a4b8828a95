// Package dingtalk is vigil's DingTalk robot notifier: one markdown message
// per notification, signed (timestamp and HMAC-SHA256 in the query) when a
// secret is configured.
package dingtalk

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
	"github.com/vigilops/vigil/sinks/notify/internal/render"
	"github.com/vigilops/vigil/sinks/notify/webhook"
)

// Options configure a Notifier.
type Options struct {
	Name    string
	URL     string // https://oapi.dingtalk.com/robot/send?access_token=…
	Secret  string // the robot's signing secret ("SEC…"); empty: unsigned
	Timeout time.Duration
	Client  *http.Client
	// Now stamps signatures (time.Now when nil); the robot rejects a
	// timestamp more than an hour off.
	Now func() time.Time
}

// Message is the robot's markdown message body.
type Message struct {
	MsgType  string   `json:"msgtype"`
	Markdown Markdown `json:"markdown"`
}

// Markdown is the title (shown in the chat list) and text.
type Markdown struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Notifier posts to a DingTalk robot.
type Notifier struct {
	o Options
	u *url.URL
}

// New checks the options and returns a Notifier.
func New(o Options) (*Notifier, error) {
	u, err := httpx.ParseURL("dingtalk", o.URL)
	if err != nil {
		return nil, err
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Notifier{o: o, u: u}, nil
}

// Name returns the receiver name.
func (n *Notifier) Name() string { return n.o.Name }

// Sign returns the signature of a millisecond timestamp: base64 of
// HMAC-SHA256, keyed by the secret, over "timestamp\nsecret".
func Sign(timestampMillis int64, secret string) string {
	h := hmac.New(sha256.New, []byte(secret))
	h.Write([]byte(strconv.FormatInt(timestampMillis, 10) + "\n" + secret))
	return base64.StdEncoding.EncodeToString(h.Sum(nil))
}

// SignedURL adds timestamp and sign to the robot URL.
func (n *Notifier) SignedURL(now time.Time) string {
	if n.o.Secret == "" {
		return n.o.URL
	}
	u := *n.u
	q := u.Query()
	ts := now.UnixMilli()
	q.Set("timestamp", strconv.FormatInt(ts, 10))
	q.Set("sign", Sign(ts, n.o.Secret))
	u.RawQuery = q.Encode()
	return u.String()
}

// Build returns the message for a notification.
func Build(as []alert.Alert) Message {
	title := render.Title(as)
	return Message{MsgType: "markdown", Markdown: Markdown{
		Title: title,
		Text:  "### " + render.Escape(title, render.Markdown) + "\n\n" + render.Text(as, render.Markdown),
	}}
}

type reply struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

// Notify posts one message. The robot answers HTTP 200 with an errcode:
// 130101 (sending too fast) and -1 (system busy) are retried; others
// (bad token, bad signature, keyword missing) are not.
func (n *Notifier) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	body, err := webhook.Marshal(Build(as))
	if err != nil {
		return false, fmt.Errorf("dingtalk: %w", err)
	}
	res, retry, err := httpx.Post(ctx, httpx.Request{Client: n.o.Client, URL: n.SignedURL(n.o.Now()), Body: body, Timeout: n.o.Timeout})
	if err != nil {
		return retry, fmt.Errorf("dingtalk: %w", err)
	}
	var r reply
	if err := json.Unmarshal(res.Body, &r); err != nil {
		return true, fmt.Errorf("dingtalk: unreadable reply: %w", err)
	}
	if r.ErrCode != 0 {
		return r.ErrCode == 130101 || r.ErrCode == -1, fmt.Errorf("dingtalk: errcode %d: %s", r.ErrCode, render.Truncate(render.Clean(r.ErrMsg), 200))
	}
	return false, nil
}
