// Package email is vigil's SMTP notifier: one multipart/alternative message
// (text and HTML) per notification, over STARTTLS, implicit TLS, or — to a
// loopback relay only — plain SMTP, with AUTH PLAIN or LOGIN.
//
// Errors never carry the password. A 4xx reply and a lost connection are
// retried; a 5xx reply (bad credentials, rejected recipient) is not.
package email

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"net/smtp"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/render"
)

// TLS modes.
const (
	StartTLS = "starttls" // plain connection upgraded with STARTTLS (port 587)
	Implicit = "implicit" // TLS from the first byte (port 465)
	None     = "none"     // no TLS: a loopback relay only (port 25)
)

// DefaultTimeout bounds one delivery when Options set none.
const DefaultTimeout = 30 * time.Second

// Options configure a Notifier.
type Options struct {
	Name string
	Host string
	Port int    // 587, 465 or 25 by TLS mode when zero
	TLS  string // StartTLS when empty
	// Username and Password enable AUTH; Auth picks "plain" or "login"
	// (empty: PLAIN when the server offers it, else LOGIN).
	Username string
	Password string
	Auth     string
	From     string
	To       []string
	Cc       []string
	// Hello is the EHLO name ("localhost" when empty).
	Hello     string
	Timeout   time.Duration
	TLSConfig *tls.Config // RootCAs and the like; ServerName defaults to Host
	Now       func() time.Time
}

// Notifier sends mail.
type Notifier struct {
	o    Options
	from *mail.Address
	to   []*mail.Address
	cc   []*mail.Address
}

// IsLoopback reports whether host names the local machine.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// New checks the options and returns a Notifier.
func New(o Options) (*Notifier, error) {
	if o.Host == "" {
		return nil, errors.New("email: host is required")
	}
	switch o.TLS {
	case "":
		o.TLS = StartTLS
	case StartTLS, Implicit:
	case None:
		if !IsLoopback(o.Host) {
			return nil, errors.New("email: tls none is allowed only to a loopback host")
		}
	default:
		return nil, fmt.Errorf("email: tls must be starttls, implicit or none, not %q", o.TLS)
	}
	if o.Port == 0 {
		o.Port = map[string]int{StartTLS: 587, Implicit: 465, None: 25}[o.TLS]
	}
	switch strings.ToLower(o.Auth) {
	case "", "plain", "login":
		o.Auth = strings.ToLower(o.Auth)
	default:
		return nil, fmt.Errorf("email: auth must be plain or login, not %q", o.Auth)
	}
	n := &Notifier{o: o}
	var err error
	if n.from, err = mail.ParseAddress(o.From); err != nil {
		return nil, errors.New("email: from is not an email address")
	}
	if len(o.To) == 0 {
		return nil, errors.New("email: at least one recipient (to) is required")
	}
	if n.to, err = parseList("to", o.To); err != nil {
		return nil, err
	}
	if n.cc, err = parseList("cc", o.Cc); err != nil {
		return nil, err
	}
	if n.o.Hello == "" {
		n.o.Hello = "localhost"
	}
	if n.o.Timeout <= 0 {
		n.o.Timeout = DefaultTimeout
	}
	if n.o.Now == nil {
		n.o.Now = time.Now
	}
	return n, nil
}

func parseList(key string, raw []string) ([]*mail.Address, error) {
	out := make([]*mail.Address, len(raw))
	for i, s := range raw {
		a, err := mail.ParseAddress(s)
		if err != nil {
			return nil, fmt.Errorf("email: %s.%d is not an email address", key, i)
		}
		out[i] = a
	}
	return out, nil
}

// Name returns the receiver name.
func (n *Notifier) Name() string { return n.o.Name }

// Subject is the message subject: the headline with status counts, the
// first rule and the worst severity ("[FIRING:1] amazon-429-burst (P1)").
func Subject(as []alert.Alert) string { return render.Truncate("vigil "+render.Title(as), 200) }

// Message returns the complete message for a notification.
func (n *Notifier) Message(as []alert.Alert) []byte {
	var b bytes.Buffer
	now := n.o.Now()
	h := func(k, v string) { b.WriteString(k + ": " + v + "\r\n") }
	h("From", n.from.String())
	h("To", joinAddrs(n.to))
	if len(n.cc) > 0 {
		h("Cc", joinAddrs(n.cc))
	}
	h("Subject", mime.QEncoding.Encode("utf-8", Subject(as)))
	h("Date", now.Format(time.RFC1123Z))
	h("Message-ID", "<"+randomID()+"@"+domain(n.from.Address)+">")
	h("MIME-Version", "1.0")
	mw := multipart.NewWriter(&b)
	h("Content-Type", `multipart/alternative; boundary="`+mw.Boundary()+`"`)
	b.WriteString("\r\n")
	part := func(ctype, body string) {
		w, _ := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {ctype + "; charset=utf-8"},
			"Content-Transfer-Encoding": {"quoted-printable"},
		})
		qp := quotedprintable.NewWriter(w)
		_, _ = qp.Write([]byte(body))
		_ = qp.Close()
	}
	part("text/plain", Text(as))
	part("text/html", HTML(as))
	_ = mw.Close()
	return b.Bytes()
}

// Text is the plain-text part.
func Text(as []alert.Alert) string {
	return render.Title(as) + "\r\n\r\n" + strings.ReplaceAll(render.Text(as, render.Plain), "\n", "\r\n") + "\r\n"
}

// HTML is the HTML part: the plain rendering (firing alerts first),
// escaped, with the links (Kibana, Acknowledge, Runbook; see render.Links)
// made clickable.
func HTML(as []alert.Alert) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><body>\r\n<h2>" + html.EscapeString(render.Title(as)) + "</h2>\r\n")
	as = render.Order(as)
	for i := range as {
		a := &as[i]
		lines := strings.Split(render.Alert(a, render.Plain), "\n")
		links := render.Links(a)
		var plain []string
		for _, l := range links {
			plain = append(plain, l.Text+": "+render.Clean(l.URL))
		}
		linkLine := strings.Join(plain, " · ")
		b.WriteString("<p>")
		for j, l := range lines {
			if len(links) > 0 && l == linkLine {
				var as []string
				for _, k := range links {
					if u := render.Clean(k.URL); render.WebURL(u) {
						as = append(as, `<a href="`+html.EscapeString(u)+`">`+k.Text+`</a>`)
					} else {
						as = append(as, html.EscapeString(k.Text+": "+u))
					}
				}
				l = strings.Join(as, " · ")
			} else {
				l = html.EscapeString(l)
			}
			if j == 0 {
				l = "<b>" + l + "</b>"
			}
			if j > 0 {
				b.WriteString("<br>\r\n")
			}
			b.WriteString(l)
		}
		b.WriteString("</p>\r\n")
	}
	b.WriteString("</body></html>\r\n")
	return b.String()
}

func joinAddrs(as []*mail.Address) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.String()
	}
	return strings.Join(s, ", ")
}

func domain(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return addr[i+1:]
	}
	return "vigil.invalid"
}

func randomID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Notify sends one message to every To and Cc recipient.
func (n *Notifier) Notify(ctx context.Context, as []alert.Alert) (retry bool, err error) {
	defer func() {
		if err != nil {
			err = n.redact(err)
		}
	}()
	ctx, cancel := context.WithTimeout(ctx, n.o.Timeout)
	defer cancel()
	addr := net.JoinHostPort(n.o.Host, strconv.Itoa(n.o.Port))
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return true, fmt.Errorf("email: connecting to %s: %w", addr, err)
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	tcfg := n.tlsConfig()
	if n.o.TLS == Implicit {
		tc := tls.Client(conn, tcfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			return tlsRetry(err), fmt.Errorf("email: TLS with %s: %w", addr, err)
		}
		conn = tc
	}
	c, err := smtp.NewClient(conn, n.o.Host)
	if err != nil {
		return verdict(err), fmt.Errorf("email: greeting from %s: %w", addr, err)
	}
	defer c.Close()
	if err := c.Hello(n.o.Hello); err != nil {
		return verdict(err), fmt.Errorf("email: EHLO: %w", err)
	}
	if n.o.TLS == StartTLS {
		if ok, _ := c.Extension("STARTTLS"); !ok {
			return false, fmt.Errorf("email: %s does not offer STARTTLS", addr)
		}
		if err := c.StartTLS(tcfg); err != nil {
			return tlsRetry(err), fmt.Errorf("email: STARTTLS: %w", err)
		}
	}
	if n.o.Username != "" {
		ok, mechs := c.Extension("AUTH")
		if !ok {
			return false, fmt.Errorf("email: %s offers no AUTH", addr)
		}
		a, err := n.auth(strings.Fields(strings.ToUpper(mechs)))
		if err != nil {
			return false, err
		}
		if err := c.Auth(a); err != nil {
			return verdict(err), fmt.Errorf("email: AUTH: %w", err)
		}
	}
	if err := c.Mail(n.from.Address); err != nil {
		return verdict(err), fmt.Errorf("email: MAIL FROM: %w", err)
	}
	for _, r := range append(append([]*mail.Address(nil), n.to...), n.cc...) {
		if err := c.Rcpt(r.Address); err != nil {
			return verdict(err), fmt.Errorf("email: RCPT TO: %w", err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return verdict(err), fmt.Errorf("email: DATA: %w", err)
	}
	if _, err := w.Write(n.Message(as)); err != nil {
		return true, fmt.Errorf("email: DATA: %w", err)
	}
	if err := w.Close(); err != nil {
		return verdict(err), fmt.Errorf("email: DATA: %w", err)
	}
	_ = c.Quit()
	return false, nil
}

func (n *Notifier) tlsConfig() *tls.Config {
	c := &tls.Config{MinVersion: tls.VersionTLS12}
	if n.o.TLSConfig != nil {
		c = n.o.TLSConfig.Clone()
	}
	if c.ServerName == "" {
		c.ServerName = n.o.Host
	}
	return c
}

// verdict: a 4xx reply is temporary, a 5xx permanent; anything else (a
// lost connection, a timeout) may pass.
func verdict(err error) bool {
	var te *textproto.Error
	if errors.As(err, &te) {
		return te.Code/100 == 4
	}
	return true
}

// tlsRetry: a certificate the client refuses will be refused again.
func tlsRetry(err error) bool {
	var ce *tls.CertificateVerificationError
	return !errors.As(err, &ce)
}

// redact removes the password (and its base64 forms) from an error.
func (n *Notifier) redact(err error) error {
	if n.o.Password == "" || !strings.Contains(err.Error(), n.o.Password) {
		return err
	}
	// A new error, not a wrapper: unwrapping must not reach the password.
	return errors.New(strings.ReplaceAll(err.Error(), n.o.Password, "[redacted]"))
}

func (n *Notifier) auth(offered []string) (smtp.Auth, error) {
	has := func(m string) bool {
		for _, o := range offered {
			if o == m {
				return true
			}
		}
		return false
	}
	mech := n.o.Auth
	if mech == "" {
		switch {
		case has("PLAIN"):
			mech = "plain"
		case has("LOGIN"):
			mech = "login"
		default:
			return nil, errors.New("email: the server offers neither AUTH PLAIN nor LOGIN")
		}
	} else if !has(strings.ToUpper(mech)) {
		return nil, fmt.Errorf("email: the server does not offer AUTH %s", strings.ToUpper(mech))
	}
	if mech == "login" {
		return &loginAuth{user: n.o.Username, pass: n.o.Password}, nil
	}
	return &plainAuth{user: n.o.Username, pass: n.o.Password}, nil
}

// plainAuth is AUTH PLAIN (RFC 4616) without net/smtp's host check: the
// connection is TLS, or a loopback one (checked in New).
type plainAuth struct {
	user, pass string
}

func (a *plainAuth) Start(*smtp.ServerInfo) (string, []byte, error) {
	return "PLAIN", []byte("\x00" + a.user + "\x00" + a.pass), nil
}

func (a *plainAuth) Next(_ []byte, more bool) ([]byte, error) {
	if more {
		return nil, errors.New("unexpected server challenge")
	}
	return nil, nil
}

// loginAuth is AUTH LOGIN: the server asks "Username:" then "Password:".
type loginAuth struct {
	user, pass string
	step       int
}

func (a *loginAuth) Start(*smtp.ServerInfo) (string, []byte, error) {
	a.step = 0
	return "LOGIN", nil, nil
}

func (a *loginAuth) Next(fromServer []byte, more bool) ([]byte, error) {
	if !more {
		return nil, nil
	}
	a.step++
	switch {
	case a.step == 1 || strings.HasPrefix(strings.ToLower(string(fromServer)), "user"):
		return []byte(a.user), nil
	case a.step == 2 || strings.HasPrefix(strings.ToLower(string(fromServer)), "pass"):
		return []byte(a.pass), nil
	}
	return nil, errors.New("unexpected server challenge")
}
