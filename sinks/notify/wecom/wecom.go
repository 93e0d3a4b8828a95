// Package wecom is vigil's WeCom (WeChat Work) group-robot notifier: one
// markdown message per notification.
package wecom

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
	"github.com/vigilops/vigil/sinks/notify/internal/render"
	"github.com/vigilops/vigil/sinks/notify/webhook"
)

// MaxContent is the robot's limit on markdown content, in bytes.
const MaxContent = 4096

// Options configure a Notifier.
type Options struct {
	Name    string
	URL     string // https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…
	Timeout time.Duration
	Client  *http.Client
}

// Message is the robot's markdown message body.
type Message struct {
	MsgType  string   `json:"msgtype"`
	Markdown Markdown `json:"markdown"`
}

// Markdown holds the content.
type Markdown struct {
	Content string `json:"content"`
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

// Build returns the message for a notification.
func Build(as []alert.Alert) Message {
	color := "warning"
	if f, _ := render.Counts(as); f == 0 {
		color = "info"
	}
	content := fmt.Sprintf(`<font color="%s">%s</font>`, color, render.Escape(render.Title(as), render.Markdown)) + "\n" + render.Text(as, render.Markdown)
	return Message{MsgType: "markdown", Markdown: Markdown{Content: render.Truncate(content, MaxContent)}}
}

// reply is the robot's answer; errcode 0 is success.
type reply struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

// Notify posts one message. The robot answers HTTP 200 with an errcode:
// 45009 (rate limit) and -1 (system busy) are retried, others are not.
func (n *Notifier) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	body, err := webhook.Marshal(Build(as))
	if err != nil {
		return false, fmt.Errorf("wecom: %w", err)
	}
	res, retry, err := httpx.Post(ctx, httpx.Request{Client: n.o.Client, URL: n.o.URL, Body: body, Timeout: n.o.Timeout})
	if err != nil {
		return retry, fmt.Errorf("wecom: %w", err)
	}
	var r reply
	if err := json.Unmarshal(res.Body, &r); err != nil {
		return true, fmt.Errorf("wecom: unreadable reply: %w", err)
	}
	if r.ErrCode != 0 {
		return r.ErrCode == 45009 || r.ErrCode == -1, fmt.Errorf("wecom: errcode %d: %s", r.ErrCode, render.Truncate(render.Clean(r.ErrMsg), 200))
	}
	return false, nil
}
