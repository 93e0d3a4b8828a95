// Package dingtalk is vigil's DingTalk robot notifier: one markdown message
// per notification, signed (timestamp and HMAC-SHA256 in the query) when a
// secret is configured.
//
// Mentions (alerting.Mention) follow the robot's documented format: the
// message's "at" object lists atMobiles, atUserIds and isAtAll, and each
// mobile and user id also appears as "@…" in the markdown text (a line
// under the title), without which DingTalk does not render the mention. A
// notification mentions only for its firing alerts; an all-resolved one
// carries no "at". Phone numbers go to DingTalk only: an error the robot
// answers is masked before it is returned.
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
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
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
	// Mentions choose whom each notification mentions (nil: nobody).
	Mentions *alerting.Mentions
}

// Message is the robot's markdown message body.
type Message struct {
	MsgType  string   `json:"msgtype"`
	Markdown Markdown `json:"markdown"`
	At       *At      `json:"at,omitempty"`
}

// At is whom the message mentions.
type At struct {
	AtMobiles []string `json:"atMobiles,omitempty"`
	AtUserIDs []string `json:"atUserIds,omitempty"`
	IsAtAll   bool     `json:"isAtAll"`
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

// Build returns the message for a notification mentioning who.
func Build(as []alert.Alert, who alerting.Mentioned) Message {
	title := render.Title(as)
	text := "### " + render.Escape(title, render.Markdown) + "\n\n"
	var at *At
	if !who.Empty() {
		at = &At{AtMobiles: who.Mobiles, AtUserIDs: who.UserIDs, IsAtAll: who.All}
		var names []string
		for _, s := range append(append([]string(nil), who.Mobiles...), who.UserIDs...) {
			names = append(names, "@"+s)
		}
		if len(names) > 0 {
			text += strings.Join(names, " ") + "\n\n"
		}
	}
	return Message{MsgType: "markdown", Markdown: Markdown{Title: title, Text: text + render.Text(as, render.Markdown)}, At: at}
}

type reply struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

// Notify posts one message. The robot answers HTTP 200 with an errcode:
// 130101 (sending too fast) and -1 (system busy) are retried; others
// (bad token, bad signature, keyword missing) are not.
func (n *Notifier) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	who := n.o.Mentions.For(as)
	body, err := webhook.Marshal(Build(as, who))
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
		msg := render.Truncate(render.MaskPhones(render.Clean(r.ErrMsg), who.Mobiles), 200)
		return r.ErrCode == 130101 || r.ErrCode == -1, fmt.Errorf("dingtalk: errcode %d: %s", r.ErrCode, msg)
	}
	return false, nil
}
