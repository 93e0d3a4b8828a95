// Package slack is vigil's Slack notifier: one incoming-webhook message
// per notification, one colour-coded attachment per alert, firing alerts
// first.
//
// Mentions (alerting.Mention, for a notification's firing alerts only)
// follow the message's title in its top-level text, the part Slack
// notifies about: <@U…> for a member id and <!channel> for everyone. Text
// from logs has &, < and > escaped, so it can never form a mention.
package slack

import (
	"context"
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

// Options configure a Notifier.
type Options struct {
	Name    string
	URL     string // the incoming webhook URL (it holds the token)
	Channel string // overrides the webhook's channel when set
	Timeout time.Duration
	Client  *http.Client
	// Mentions choose whom each notification mentions (nil: nobody).
	Mentions *alerting.Mentions
}

// Message is the incoming-webhook body.
type Message struct {
	Channel     string       `json:"channel,omitempty"`
	Text        string       `json:"text"`
	Attachments []Attachment `json:"attachments"`
}

// Attachment is one alert.
type Attachment struct {
	Color     string   `json:"color"`
	Fallback  string   `json:"fallback"`
	Title     string   `json:"title"`
	TitleLink string   `json:"title_link,omitempty"`
	Text      string   `json:"text"`
	MrkdwnIn  []string `json:"mrkdwn_in"`
	Footer    string   `json:"footer"`
	Ts        int64    `json:"ts"`
}

// Notifier posts to Slack.
type Notifier struct{ o Options }

// New checks the options and returns a Notifier.
func New(o Options) (*Notifier, error) {
	if _, err := httpx.ParseURL("slack", o.URL); err != nil {
		return nil, err
	}
	return &Notifier{o: o}, nil
}

// Name returns the receiver name.
func (n *Notifier) Name() string { return n.o.Name }

// Color is the attachment colour of an alert.
func Color(a *alert.Alert) string {
	if a.Status == alert.Resolved {
		return "#2eb886"
	}
	switch a.Severity {
	case alert.P0, alert.P1:
		return "#d00000"
	case alert.P2:
		return "#f2c744"
	}
	return "#439fe0"
}

// Build returns the message for a notification mentioning who.
func Build(channel string, as []alert.Alert, who alerting.Mentioned) Message {
	m := Message{Channel: channel, Text: esc(render.Title(as)) + mentionText(who)}
	as = render.Order(as)
	for i := range as {
		a := &as[i]
		status := "FIRING"
		if a.Status == alert.Resolved {
			status = "RESOLVED"
		}
		body := render.Alert(a, render.Slack)
		// The first line repeats the title; the attachment has its own.
		if _, rest, ok := strings.Cut(body, "\n"); ok {
			body = rest
		}
		title := fmt.Sprintf("[%s] %s %s", render.Clean(string(a.Severity)), status, render.Clean(a.Rule))
		m.Attachments = append(m.Attachments, Attachment{
			Color: Color(a), Fallback: esc(title), Title: esc(title), TitleLink: a.KibanaURL,
			Text: body, MrkdwnIn: []string{"text"}, Footer: "vigil", Ts: a.StartsAt.Unix(),
		})
	}
	return m
}

// mentionText is " <@U1> <!channel>" for who ("" for nobody).
func mentionText(who alerting.Mentioned) string {
	var b strings.Builder
	for _, id := range who.UserIDs {
		b.WriteString(" <@" + id + ">")
	}
	if who.All {
		b.WriteString(" <!channel>")
	}
	return b.String()
}

func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// Notify posts one message. Slack answers errors with a status: 429 and 5xx
// are retried, others (invalid_payload, channel_not_found, no_service…)
// are not.
func (n *Notifier) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	body, err := webhook.Marshal(Build(n.o.Channel, as, n.o.Mentions.For(as)))
	if err != nil {
		return false, fmt.Errorf("slack: %w", err)
	}
	_, retry, err := httpx.Post(ctx, httpx.Request{Client: n.o.Client, URL: n.o.URL, Body: body, Timeout: n.o.Timeout})
	if err != nil {
		return retry, fmt.Errorf("slack: %w", err)
	}
	return false, nil
}
