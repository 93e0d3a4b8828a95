// Package notify builds vigil's notifiers from the alerting configuration.
// Each channel lives in its own subpackage (terminal, webhook, ndjson, …)
// and implements alerting.Notifier.
package notify

import (
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/internal/tlsx"
	"github.com/vigilops/vigil/sinks/notify/alertmanager"
	"github.com/vigilops/vigil/sinks/notify/dingtalk"
	"github.com/vigilops/vigil/sinks/notify/email"
	"github.com/vigilops/vigil/sinks/notify/feishu"
	"github.com/vigilops/vigil/sinks/notify/ndjson"
	"github.com/vigilops/vigil/sinks/notify/pagerduty"
	"github.com/vigilops/vigil/sinks/notify/slack"
	"github.com/vigilops/vigil/sinks/notify/sms"
	"github.com/vigilops/vigil/sinks/notify/terminal"
	"github.com/vigilops/vigil/sinks/notify/voice"
	"github.com/vigilops/vigil/sinks/notify/webhook"
	"github.com/vigilops/vigil/sinks/notify/wecom"
)

// Env is what notifiers need from the process.
type Env struct {
	// Stdout receives terminal and ndjson output (os.Stdout when nil).
	Stdout io.Writer
	// Color forces terminal colours on or off; nil: on when Stdout is a
	// terminal and NO_COLOR is unset.
	Color *bool
	// Client is used by HTTP notifiers (a client without a global timeout
	// when nil: each notifier bounds its own requests).
	Client *http.Client
}

// Build returns one notifier per configured receiver, keyed by name, for
// alerting.NewDispatcher.
func Build(receivers []alerting.ReceiverConfig, env Env) (map[string]alerting.Notifier, error) {
	if env.Stdout == nil {
		env.Stdout = os.Stdout
	}
	color := terminal.IsTerminal(env.Stdout) && os.Getenv("NO_COLOR") == ""
	if env.Color != nil {
		color = *env.Color
	}
	out := make(map[string]alerting.Notifier, len(receivers))
	for i, rc := range receivers {
		n, err := build(rc, env, color)
		if err != nil {
			return nil, fmt.Errorf("receivers.%d (%s): %w", i, rc.Name, err)
		}
		out[rc.Name] = n
	}
	return out, nil
}

func build(rc alerting.ReceiverConfig, env Env, color bool) (alerting.Notifier, error) {
	switch {
	case rc.Webhook != nil:
		return webhook.New(webhook.Options{
			Name: rc.Name, URL: rc.Webhook.URL, Headers: rc.Webhook.Headers,
			Batch: rc.Webhook.Batch, Timeout: rc.Webhook.Timeout, Client: env.Client, Secret: rc.Webhook.Secret,
		})
	case rc.Terminal:
		return terminal.New(env.Stdout, terminal.Options{Name: rc.Name, Color: color}), nil
	case rc.NDJSON:
		return ndjson.New(rc.Name, env.Stdout), nil
	case rc.Slack != nil:
		c := rc.Slack
		ms, err := alerting.CompileMentions(c.Mentions)
		if err != nil {
			return nil, fmt.Errorf("slack.%w", err)
		}
		return slack.New(slack.Options{Name: rc.Name, URL: c.URL, Channel: c.Channel, Timeout: c.Timeout, Client: env.Client, Mentions: ms})
	case rc.DingTalk != nil:
		c := rc.DingTalk
		ms, err := alerting.CompileMentions(c.Mentions)
		if err != nil {
			return nil, fmt.Errorf("dingtalk.%w", err)
		}
		return dingtalk.New(dingtalk.Options{Name: rc.Name, URL: c.URL, Secret: c.Secret, Timeout: c.Timeout, Client: env.Client, Mentions: ms})
	case rc.Feishu != nil:
		c := rc.Feishu
		ms, err := alerting.CompileMentions(c.Mentions)
		if err != nil {
			return nil, fmt.Errorf("feishu.%w", err)
		}
		return feishu.New(feishu.Options{Name: rc.Name, URL: c.URL, Secret: c.Secret, Timeout: c.Timeout, Client: env.Client, Mentions: ms})
	case rc.WeCom != nil:
		c := rc.WeCom
		ms, err := alerting.CompileMentions(c.Mentions)
		if err != nil {
			return nil, fmt.Errorf("wecom.%w", err)
		}
		return wecom.New(wecom.Options{Name: rc.Name, URL: c.URL, Timeout: c.Timeout, Client: env.Client, Mentions: ms})
	case rc.PagerDuty != nil:
		c := rc.PagerDuty
		return pagerduty.New(pagerduty.Options{Name: rc.Name, RoutingKey: c.RoutingKey, URL: c.URL, Timeout: c.Timeout, Client: env.Client})
	case rc.Alertmanager != nil:
		c := rc.Alertmanager
		return alertmanager.New(alertmanager.Options{Name: rc.Name, URL: c.URL, Headers: c.Headers, Timeout: c.Timeout, Client: env.Client})
	case rc.Email != nil:
		return buildEmail(rc.Name, rc.Email)
	case rc.AliyunSMS != nil:
		c := rc.AliyunSMS
		return sms.NewAliyun(sms.AliyunOptions{Name: rc.Name, AccessKeyID: c.AccessKeyID, AccessKeySecret: c.AccessKeySecret,
			SignName: c.SignName, TemplateCode: c.TemplateCode, PhoneNumbers: c.PhoneNumbers, RegionID: c.RegionID, URL: c.URL,
			ParamLimit: c.ParamLimit, Timeout: c.Timeout, Client: env.Client})
	case rc.Twilio != nil:
		c := rc.Twilio
		return sms.NewTwilio(sms.TwilioOptions{Name: rc.Name, AccountSID: c.AccountSID, AuthToken: c.AuthToken, From: c.From,
			MessagingServiceSID: c.MessagingServiceSID, To: c.To, URL: c.URL, Limit: c.MaxLength, Timeout: c.Timeout,
			Client: env.Client})
	case rc.TwilioVoice != nil:
		c := rc.TwilioVoice
		return voice.NewTwilio(voice.TwilioOptions{Name: rc.Name, AccountSID: c.AccountSID, AuthToken: c.AuthToken,
			APIKeySID: c.APIKeySID, APIKeySecret: c.APIKeySecret, From: c.From, To: c.To, Language: c.Language,
			Voice: c.Voice, Labels: c.Labels, URL: c.URL, Timeout: c.Timeout, Client: env.Client})
	case rc.AliyunVoice != nil:
		c := rc.AliyunVoice
		return voice.NewAliyun(voice.AliyunOptions{Name: rc.Name, AccessKeyID: c.AccessKeyID, AccessKeySecret: c.AccessKeySecret,
			CalledShowNumber: c.CalledShowNumber, TtsCode: c.TtsCode, CalledNumbers: c.CalledNumbers, PlayTimes: c.PlayTimes,
			Volume: c.Volume, Speed: c.Speed, RegionID: c.RegionID, URL: c.URL, ParamLimit: c.ParamLimit,
			Timeout: c.Timeout, Client: env.Client})
	}
	return nil, fmt.Errorf("no channel configured")
}

func buildEmail(name string, c *alerting.EmailConfig) (alerting.Notifier, error) {
	o := email.Options{Name: name, Host: c.Host, Port: c.Port, TLS: c.TLS, Username: c.Username, Password: c.Password,
		Auth: c.Auth, From: c.From, To: c.To, Cc: c.Cc, Hello: c.Hello, Timeout: c.Timeout}
	if c.CAFile != "" {
		pool, err := tlsx.CAPool(c.CAFile)
		if err != nil {
			return nil, fmt.Errorf("email.ca_file: %w", err)
		}
		o.TLSConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	}
	return email.New(o)
}
