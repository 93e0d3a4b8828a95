// Package wecom is vigil's WeCom (WeChat Work) group-robot notifier: one
// markdown message per notification.
//
// # Mentions
//
// The robot's markdown messages take no mention lists: a member is
// mentioned by writing <@userid> in the markdown content, and there is no
// markdown form for a phone number or for everyone. Those exist only on
// text messages, as mentioned_mobile_list (phone numbers, or "@all") and
// mentioned_list (user ids, or "@all"). So a notification that mentions
// (alerting.Mention, for its firing alerts only):
//
//   - writes the user ids as <@userid> on a line under the markdown title;
//   - and, only when phone numbers or everyone are to be mentioned, then
//     posts a short text message (the title) carrying mentioned_mobile_list
//     and, for everyone, mentioned_list ["@all"].
//
// The markdown is sent first: the alert itself reaches the group even when
// the mention cannot. Either post failing fails the notification, which the
// dispatcher retries whole: after a failed mention message the markdown may
// be posted twice (at least once, as every notification). The second
// message counts against the robot's rate limit (20 messages a minute), so
// configure mobiles and all for the severities that need them.
//
// Phone numbers go to WeCom only: an error the robot answers is masked
// before it is returned.
package wecom

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
	"github.com/vigilops/vigil/sinks/notify/internal/render"
	"github.com/vigilops/vigil/sinks/notify/webhook"
)

// MaxContent is the robot's limit on markdown content, in bytes.
const MaxContent = 4096

// MaxText is the robot's limit on text content, in bytes.
const MaxText = 2048

// MentionAll in a mention list mentions everyone in the group.
const MentionAll = "@all"

// Options configure a Notifier.
type Options struct {
	Name    string
	URL     string // https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…
	Timeout time.Duration
	Client  *http.Client
	// Mentions choose whom each notification mentions (nil: nobody).
	Mentions *alerting.Mentions
}

// Message is one robot message: markdown, or text (which alone carries
// mention lists).
type Message struct {
	MsgType  string    `json:"msgtype"`
	Markdown *Markdown `json:"markdown,omitempty"`
	Text     *Text     `json:"text,omitempty"`
}

// Markdown holds the content.
type Markdown struct {
	Content string `json:"content"`
}

// Text is a text message with its mention lists.
type Text struct {
	Content             string   `json:"content"`
	MentionedList       []string `json:"mentioned_list,omitempty"`
	MentionedMobileList []string `json:"mentioned_mobile_list,omitempty"`
}

// Notifier posts to a WeCom robot.
type Notifier struct{ o Options }

// New checks the options and returns a Notifier.
func New(o Options) (*Notifier, error) {
	if _, err := httpx.ParseURL("wecom", o.URL); err != nil {
		return nil, err
	}
	return &Notifier{o: o}, nil
}

// Name returns the receiver name.
func (n *Notifier) Name() string { return n.o.Name }

// Build returns the messages for a notification mentioning who: the
// markdown message, then a text message when phone numbers or everyone are
// mentioned (see the package comment).
func Build(as []alert.Alert, who alerting.Mentioned) []Message {
	color := "warning"
	if f, _ := render.Counts(as); f == 0 {
		color = "info"
	}
	title := render.Title(as)
	content := fmt.Sprintf(`<font color="%s">%s</font>`, color, render.Escape(title, render.Markdown)) + "\n"
	if len(who.UserIDs) > 0 {
		ids := make([]string, len(who.UserIDs))
		for i, id := range who.UserIDs {
			ids[i] = "<@" + id + ">"
		}
		content += strings.Join(ids, " ") + "\n"
	}
	content += render.Text(as, render.Markdown)
	out := []Message{{MsgType: "markdown", Markdown: &Markdown{Content: render.Truncate(content, MaxContent)}}}
	if len(who.Mobiles) > 0 || who.All {
		t := &Text{Content: render.Truncate(title, MaxText), MentionedMobileList: who.Mobiles}
		if who.All {
			t.MentionedList = []string{MentionAll}
		}
		out = append(out, Message{MsgType: "text", Text: t})
	}
	return out
}

// reply is the robot's answer; errcode 0 is success.
type reply struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

// Notify posts the notification's messages in order, stopping at the
// first failure. The robot answers HTTP 200 with an errcode: 45009 (rate
// limit) and -1 (system busy) are retried, others are not.
func (n *Notifier) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	who := n.o.Mentions.For(as)
	for _, m := range Build(as, who) {
		if retry, err := n.post(ctx, m, who.Mobiles); err != nil {
			if m.MsgType == "text" {
				err = fmt.Errorf("mention message: %w", err)
			}
			return retry, fmt.Errorf("wecom: %w", err)
		}
	}
	return false, nil
}

func (n *Notifier) post(ctx context.Context, m Message, phones []string) (bool, error) {
	body, err := webhook.Marshal(m)
	if err != nil {
		return false, err
	}
	res, retry, err := httpx.Post(ctx, httpx.Request{Client: n.o.Client, URL: n.o.URL, Body: body, Timeout: n.o.Timeout})
	if err != nil {
		return retry, err
	}
	var r reply
	if err := json.Unmarshal(res.Body, &r); err != nil {
		return true, fmt.Errorf("unreadable reply: %w", err)
	}
	if r.ErrCode != 0 {
		msg := render.Truncate(render.MaskPhones(render.Clean(r.ErrMsg), phones), 200)
		return r.ErrCode == 45009 || r.ErrCode == -1, fmt.Errorf("errcode %d: %s", r.ErrCode, msg)
	}
	return false, nil
}
