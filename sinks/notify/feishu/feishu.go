// Package feishu is vigil's Feishu (Lark) custom-bot notifier: one
// interactive card per notification, signed (timestamp and sign in the
// body) when a secret is configured.
//
// Mentions (alerting.Mention, for a notification's firing alerts only) are
// the card's first block, in the card-native at syntax of lark_md:
// <at id=ou_xxx></at> for a member (open_id or user_id) and <at id=all></at>
// for everyone. (<at user_id="…">name</at> is the form of text and post
// messages; a card takes the id form.) A custom bot cannot mention a phone
// number, so the configuration refuses mobiles for feishu receivers.
package feishu

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
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
	URL     string // https://open.feishu.cn/open-apis/bot/v2/hook/…
	Secret  string // signing secret; empty: unsigned
	Timeout time.Duration
	Client  *http.Client
	// Now stamps signatures (time.Now when nil).
	Now func() time.Time
	// Mentions choose whom each notification mentions (nil: nobody).
	Mentions *alerting.Mentions
}

// Message is the bot's request body.
type Message struct {
	Timestamp string `json:"timestamp,omitempty"`
	Sign      string `json:"sign,omitempty"`
	MsgType   string `json:"msg_type"`
	Card      Card   `json:"card"`
}

// Card is an interactive message card.
type Card struct {
	Config   CardConfig `json:"config"`
	Header   Header     `json:"header"`
	Elements []Element  `json:"elements"`
}

// CardConfig sets card options.
type CardConfig struct {
	WideScreenMode bool `json:"wide_screen_mode"`
}

// Header is the card's coloured title.
type Header struct {
	Title    Text   `json:"title"`
	Template string `json:"template"`
}

// Text is a card text.
type Text struct {
	Tag     string `json:"tag"`
	Content string `json:"content"`
}

// Element is a card block.
type Element struct {
	Tag  string `json:"tag"`
	Text *Text  `json:"text,omitempty"`
}

// Notifier posts to a Feishu bot.
type Notifier struct{ o Options }

// New checks the options and returns a Notifier.
func New(o Options) (*Notifier, error) {
	if _, err := httpx.ParseURL("feishu", o.URL); err != nil {
		return nil, err
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Notifier{o: o}, nil
}

// Name returns the receiver name.
func (n *Notifier) Name() string { return n.o.Name }

// Sign returns the signature of a timestamp in seconds: base64 of
// HMAC-SHA256 keyed by "timestamp\nsecret" over nothing.
func Sign(timestampSeconds int64, secret string) string {
	h := hmac.New(sha256.New, []byte(strconv.FormatInt(timestampSeconds, 10)+"\n"+secret))
	return base64.StdEncoding.EncodeToString(h.Sum(nil))
}

// Build returns the message for a notification mentioning who, signed at
// now when secret is set.
func Build(as []alert.Alert, who alerting.Mentioned, secret string, now time.Time) Message {
	tmpl := "green"
	if f, _ := render.Counts(as); f > 0 {
		switch render.Worst(as) {
		case alert.P0, alert.P1:
			tmpl = "red"
		case alert.P2:
			tmpl = "orange"
		default:
			tmpl = "blue"
		}
	}
	m := Message{MsgType: "interactive", Card: Card{
		Config: CardConfig{WideScreenMode: true},
		Header: Header{Title: Text{Tag: "plain_text", Content: render.Title(as)}, Template: tmpl},
	}}
	if at := atTags(who); at != "" {
		m.Card.Elements = append(m.Card.Elements, Element{Tag: "div", Text: &Text{Tag: "lark_md", Content: at}})
	}
	as = render.Order(as)
	for i := range as {
		if i > 0 {
			m.Card.Elements = append(m.Card.Elements, Element{Tag: "hr"})
		}
		m.Card.Elements = append(m.Card.Elements, Element{Tag: "div", Text: &Text{Tag: "lark_md", Content: render.Alert(&as[i], render.Markdown)}})
	}
	if secret != "" {
		ts := now.Unix()
		m.Timestamp = strconv.FormatInt(ts, 10)
		m.Sign = Sign(ts, secret)
	}
	return m
}

// atTags is the lark_md that mentions who ("" for nobody).
func atTags(who alerting.Mentioned) string {
	var tags []string
	for _, id := range who.UserIDs {
		tags = append(tags, "<at id="+id+"></at>")
	}
	if who.All {
		tags = append(tags, "<at id=all></at>")
	}
	return strings.Join(tags, " ")
}

type reply struct {
	Code       *int   `json:"code"`
	Msg        string `json:"msg"`
	StatusCode *int   `json:"StatusCode"` // older bots
}

// Notify posts one card. The bot answers HTTP 200 with a code: 11232
// (frequency limited) and 9499 (busy) are retried; others (bad signature
// 19021, bad request) are not. The Open Platform's gateway may carry the
// same codes on an HTTP 4xx answer (11232 on a 400): the code decides
// there too, and HTTP 429 and 5xx are retried whatever the body says.
func (n *Notifier) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	body, err := webhook.Marshal(Build(as, n.o.Mentions.For(as), n.o.Secret, n.o.Now()))
	if err != nil {
		return false, fmt.Errorf("feishu: %w", err)
	}
	res, retry, err := httpx.Post(ctx, httpx.Request{Client: n.o.Client, URL: n.o.URL, Body: body, Timeout: n.o.Timeout})
	if err != nil {
		var se *httpx.StatusError
		var r reply
		if errors.As(err, &se) && json.Unmarshal(se.Body, &r) == nil {
			if code := r.code(); code != 0 {
				return retry || retryable(code), fmt.Errorf("feishu: HTTP %d: code %d: %s", se.Status, code, render.Truncate(render.Clean(r.Msg), 200))
			}
		}
		return retry, fmt.Errorf("feishu: %w", err)
	}
	var r reply
	if err := json.Unmarshal(res.Body, &r); err != nil {
		return true, fmt.Errorf("feishu: unreadable reply: %w", err)
	}
	if code := r.code(); code != 0 {
		return retryable(code), fmt.Errorf("feishu: code %d: %s", code, render.Truncate(render.Clean(r.Msg), 200))
	}
	return false, nil
}

// code is the reply's code (StatusCode for older bots); 0 is success.
func (r reply) code() int {
	if r.Code != nil {
		return *r.Code
	}
	if r.StatusCode != nil {
		return *r.StatusCode
	}
	return 0
}

// retryable reports whether a code is worth retrying: frequency limited
// (11232) and busy (9499).
func retryable(code int) bool { return code == 11232 || code == 9499 }
