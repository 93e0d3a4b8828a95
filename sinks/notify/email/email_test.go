package email

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"mime"
	"mime/multipart"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
)

const (
	user = "vigil@example.com"
	pass = "s3cret-Pa55word"
)

type msg struct {
	from string
	rcpt []string
	data []byte
	mech string
	tls  bool // the message came over TLS
}

// backend records messages and checks AUTH; rcptErr and dataErr script
// failures.
type backend struct {
	mu      sync.Mutex
	msgs    []msg
	mechs   []string
	rcptErr error
	dataErr error
	authErr error // instead of checking the credentials
}

func (b *backend) NewSession(c *smtp.Conn) (smtp.Session, error) { return &session{b: b, c: c}, nil }

func (b *backend) messages() []msg {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]msg(nil), b.msgs...)
}

type session struct {
	b      *backend
	c      *smtp.Conn
	m      msg
	authed bool
}

func (s *session) AuthMechanisms() []string { return s.b.mechs }

func (s *session) check(u, p string) error {
	if s.b.authErr != nil {
		return s.b.authErr
	}
	if u != user || p != pass {
		return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "bad credentials"}
	}
	s.authed = true
	return nil
}

func (s *session) Auth(mech string) (sasl.Server, error) {
	s.m.mech = mech
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, u, p string) error { return s.check(u, p) }), nil
	case sasl.Login:
		return &loginServer{check: s.check}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if len(s.b.mechs) > 0 && !s.authed {
		return smtp.ErrAuthRequired
	}
	s.m.from = from
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if s.b.rcptErr != nil {
		return s.b.rcptErr
	}
	s.m.rcpt = append(s.m.rcpt, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	d, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if s.b.dataErr != nil {
		return s.b.dataErr
	}
	s.m.data = d
	_, s.m.tls = s.c.TLSConnectionState()
	s.b.mu.Lock()
	s.b.msgs = append(s.b.msgs, s.m)
	s.b.mu.Unlock()
	return nil
}

func (s *session) Reset()        { s.m = msg{mech: s.m.mech} }
func (s *session) Logout() error { return nil }

// loginServer is the server side of AUTH LOGIN.
type loginServer struct {
	check    func(u, p string) error
	step     int
	username string
}

func (l *loginServer) Next(resp []byte) ([]byte, bool, error) {
	l.step++
	switch l.step {
	case 1:
		if resp != nil {
			l.username = string(resp)
			l.step++
			return []byte("Password:"), false, nil
		}
		return []byte("Username:"), false, nil
	case 2:
		l.username = string(resp)
		return []byte("Password:"), false, nil
	default:
		return nil, true, l.check(l.username, string(resp))
	}
}

// selfSigned returns a certificate for 127.0.0.1 and localhost and a pool
// trusting it.
func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "vigil-test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		DNSNames: []string{"localhost"}, IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, _ := x509.ParseCertificate(der)
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool
}

// serve starts a go-smtp server on 127.0.0.1; implicit wraps the listener
// in TLS. It returns the port and the pool trusting its certificate.
func serve(t *testing.T, b *backend, implicit bool) (int, *x509.CertPool) {
	t.Helper()
	cert, pool := selfSigned(t)
	s := smtp.NewServer(b)
	s.Domain = "localhost"
	s.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	s.ReadTimeout, s.WriteTimeout = 10*time.Second, 10*time.Second
	var l net.Listener
	var err error
	if implicit {
		l, err = tls.Listen("tcp", "127.0.0.1:0", s.TLSConfig)
	} else {
		l, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = s.Serve(l) }()
	t.Cleanup(func() { _ = s.Close() })
	return l.Addr().(*net.TCPAddr).Port, pool
}

var now = time.Date(2026, 11, 25, 8, 16, 0, 0, time.UTC)

func newNotifier(t *testing.T, o Options) *Notifier {
	t.Helper()
	o.Name, o.Host = "mail", "127.0.0.1"
	if o.From == "" {
		o.From = "vigil <vigil@example.com>"
	}
	if o.To == nil {
		o.To = []string{"oncall@example.com"}
	}
	o.Now = func() time.Time { return now }
	o.Timeout = 10 * time.Second
	n, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestStartTLSPlainAuthMultipart(t *testing.T) {
	b := &backend{mechs: []string{sasl.Plain, sasl.Login}}
	port, pool := serve(t, b, false)
	n := newNotifier(t, Options{Port: port, TLS: StartTLS, Username: user, Password: pass,
		To: []string{"Ops Team <ops@example.com>"}, Cc: []string{"lead@example.com"}, TLSConfig: &tls.Config{RootCAs: pool}})
	as := notifytest.Alerts()
	as[0].AckURL = "https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack"
	as[0], as[1] = as[1], as[0] // the resolved alert first: the message still shows the firing one first
	if retry, err := n.Notify(context.Background(), as); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	ms := b.messages()
	if len(ms) != 1 {
		t.Fatalf("%d messages", len(ms))
	}
	m := ms[0]
	if !m.tls || m.mech != sasl.Plain || m.from != "vigil@example.com" || strings.Join(m.rcpt, ",") != "ops@example.com,lead@example.com" {
		t.Errorf("envelope: mech %s from %s rcpt %v", m.mech, m.from, m.rcpt)
	}
	pm, err := mail.ReadMessage(bytes.NewReader(m.data))
	if err != nil {
		t.Fatal(err)
	}
	h := pm.Header
	for k, want := range map[string]string{
		"From": `"vigil" <vigil@example.com>`, "To": `"Ops Team" <ops@example.com>`, "Cc": "<lead@example.com>",
		"Date": "Wed, 25 Nov 2026 08:16:00 +0000", "Mime-Version": "1.0",
	} {
		if got := h.Get(k); got != want {
			t.Errorf("%s: %q, want %q", k, got, want)
		}
	}
	subj, _ := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if subj != "vigil [FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)" {
		t.Errorf("Subject %q", subj)
	}
	if id := h.Get("Message-Id"); !strings.HasPrefix(id, "<") || !strings.HasSuffix(id, "@example.com>") || len(id) < 40 {
		t.Errorf("Message-ID %q", id)
	}
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("Content-Type %q", h.Get("Content-Type"))
	}
	mr := multipart.NewReader(pm.Body, params["boundary"])
	var parts []string
	var bodies []string
	for {
		p, err := mr.NextPart() // decodes quoted-printable
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(p)
		parts = append(parts, p.Header.Get("Content-Type"))
		bodies = append(bodies, string(body))
	}
	if strings.Join(parts, "|") != "text/plain; charset=utf-8|text/html; charset=utf-8" {
		t.Fatalf("parts %v", parts)
	}
	wantText := strings.ReplaceAll(`[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)

[P1] FIRING amazon-429-burst
service.name=amazon-api, shop.id=S12
since 2026-11-25T08:03:00Z
value 0.21, baseline 0.004, threshold 0.05
Throttled by <marketplace> & retrying
Kibana: https://kibana.example.test/app/discover#/?_g=(x) · Acknowledge: https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack · Runbook: https://runbooks.example.test/429
trace: 4bf92f3577b34da6

[P3] RESOLVED order-sync-lag
shop.platform=shopee
resolved 2026-11-25T08:15:00Z, lasted 12m
last value 412
`, "\n", "\r\n")
	if bodies[0] != wantText {
		t.Errorf("text part:\n%q\nwant\n%q", bodies[0], wantText)
	}
	for _, s := range []string{
		"<b>[P1] FIRING amazon-429-burst</b>",
		"Throttled by &lt;marketplace&gt; &amp; retrying",
		`<a href="https://kibana.example.test/app/discover#/?_g=(x)">Kibana</a> · <a href="https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack">Acknowledge</a> · <a href="https://runbooks.example.test/429">Runbook</a>`,
		"<b>[P3] RESOLVED order-sync-lag</b><br>\r\nshop.platform=shopee<br>\r\nresolved 2026-11-25T08:15:00Z, lasted 12m<br>\r\nlast value 412</p>",
	} {
		if !strings.Contains(bodies[1], s) {
			t.Errorf("HTML part lacks %q:\n%s", s, bodies[1])
		}
	}
	if strings.Contains(bodies[1], "<marketplace>") {
		t.Error("HTML part holds unescaped text from the alert")
	}
	if i, j := strings.Index(bodies[1], "[P1] FIRING"), strings.Index(bodies[1], "[P3] RESOLVED"); i < 0 || j < i {
		t.Errorf("HTML part lists the resolved alert first:\n%s", bodies[1])
	}
}

func TestImplicitTLSLoginAuth(t *testing.T) {
	b := &backend{mechs: []string{sasl.Login}}
	port, pool := serve(t, b, true)
	n := newNotifier(t, Options{Port: port, TLS: Implicit, Username: user, Password: pass, TLSConfig: &tls.Config{RootCAs: pool}})
	resolved := notifytest.Alerts()[1:]
	if retry, err := n.Notify(context.Background(), resolved); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	ms := b.messages()
	if len(ms) != 1 || ms[0].mech != sasl.Login || !ms[0].tls {
		t.Fatalf("messages %+v", ms)
	}
	pm, _ := mail.ReadMessage(bytes.NewReader(ms[0].data))
	subj, _ := new(mime.WordDecoder).DecodeHeader(pm.Header.Get("Subject"))
	if subj != "vigil [RESOLVED:1] order-sync-lag (P3)" {
		t.Errorf("a resolved notice's subject: %q", subj)
	}
}

func TestAuthFailureIsPermanentAndHidesPassword(t *testing.T) {
	for _, mech := range []string{"plain", "login"} {
		b := &backend{mechs: []string{sasl.Plain, sasl.Login}}
		port, pool := serve(t, b, false)
		wrong := "Wr0ng-" + pass
		n := newNotifier(t, Options{Port: port, Username: user, Password: wrong, Auth: mech, TLSConfig: &tls.Config{RootCAs: pool}})
		retry, err := n.Notify(context.Background(), notifytest.Alerts())
		if err == nil || retry {
			t.Fatalf("%s: Notify = %v, %v; want a permanent failure", mech, retry, err)
		}
		if !strings.Contains(err.Error(), "535") || strings.Contains(err.Error(), wrong) {
			t.Errorf("%s: error %q", mech, err)
		}
		if len(b.messages()) != 0 {
			t.Error("a message was accepted")
		}
	}
}

func TestReplyCodesDecideRetry(t *testing.T) {
	for _, tc := range []struct {
		name                string
		rcptErr, data, auth error
		retry               bool
	}{
		{"454 auth", nil, nil, &smtp.SMTPError{Code: 454, EnhancedCode: smtp.EnhancedCode{4, 7, 0}, Message: "temporary authentication failure"}, true},
		{"534 auth", nil, nil, &smtp.SMTPError{Code: 534, EnhancedCode: smtp.EnhancedCode{5, 7, 9}, Message: "mechanism too weak"}, false},
		{"4xx rcpt", &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try later"}, nil, nil, true},
		{"5xx rcpt", &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}, nil, nil, false},
		{"4xx data", nil, &smtp.SMTPError{Code: 452, EnhancedCode: smtp.EnhancedCode{4, 3, 1}, Message: "mailbox full"}, nil, true},
		{"5xx data", nil, &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0}, Message: "rejected"}, nil, false},
	} {
		b := &backend{mechs: []string{sasl.Plain}, rcptErr: tc.rcptErr, dataErr: tc.data, authErr: tc.auth}
		port, pool := serve(t, b, false)
		n := newNotifier(t, Options{Port: port, Username: user, Password: pass, TLSConfig: &tls.Config{RootCAs: pool}})
		retry, err := n.Notify(context.Background(), notifytest.Alerts())
		if err == nil || retry != tc.retry {
			t.Errorf("%s: Notify = %v, %v", tc.name, retry, err)
		}
		t.Logf("%s: retry=%v %v", tc.name, retry, err)
		if err != nil && strings.Contains(err.Error(), pass) {
			t.Errorf("%s: the password is in %q", tc.name, err)
		}
	}
}

func TestUntrustedCertificateIsPermanent(t *testing.T) {
	b := &backend{}
	port, _ := serve(t, b, false)
	n := newNotifier(t, Options{Port: port}) // system roots: the self-signed certificate fails
	retry, err := n.Notify(context.Background(), notifytest.Alerts())
	var ce *tls.CertificateVerificationError
	if err == nil || retry || !errors.As(err, &ce) {
		t.Errorf("Notify = %v, %v", retry, err)
	}
}

func TestConnectionRefusedIsRetried(t *testing.T) {
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	n := newNotifier(t, Options{Port: port})
	if retry, err := n.Notify(context.Background(), notifytest.Alerts()); err == nil || !retry {
		t.Errorf("Notify = %v, %v", retry, err)
	}
}

func TestPlainSMTPToLoopback(t *testing.T) {
	b := &backend{}
	port, _ := serve(t, b, false)
	n := newNotifier(t, Options{Port: port, TLS: None})
	if retry, err := n.Notify(context.Background(), []alert.Alert{notifytest.Alerts()[0]}); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	if ms := b.messages(); len(ms) != 1 || ms[0].tls {
		t.Fatalf("messages %+v", ms)
	}
}

func TestNewRejects(t *testing.T) {
	for _, tc := range []struct {
		o    Options
		want string
	}{
		{Options{Host: "smtp.example.com", TLS: None, From: "a@example.com", To: []string{"b@example.com"}}, "loopback"},
		{Options{Host: "smtp.example.com", TLS: "ssl", From: "a@example.com", To: []string{"b@example.com"}}, "starttls, implicit or none"},
		{Options{Host: "smtp.example.com", From: "nope", To: []string{"b@example.com"}}, "from"},
		{Options{Host: "smtp.example.com", From: "a@example.com"}, "to"},
		{Options{Host: "smtp.example.com", From: "a@example.com", To: []string{"x"}}, "to.0"},
		{Options{Host: "smtp.example.com", From: "a@example.com", To: []string{"b@example.com"}, Auth: "cram-md5"}, "plain or login"},
	} {
		if _, err := New(tc.o); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.o, err, tc.want)
		}
	}
	if n, err := New(Options{Host: "smtp.example.com", From: "a@example.com", To: []string{"b@example.com"}}); err != nil || n.o.Port != 587 {
		t.Errorf("default port: %v", err)
	}
}

func TestStartTLSNotOffered(t *testing.T) {
	b := &backend{}
	s := smtp.NewServer(b) // no TLSConfig: no STARTTLS
	s.Domain = "localhost"
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = s.Serve(l) }()
	t.Cleanup(func() { _ = s.Close() })
	n := newNotifier(t, Options{Port: l.Addr().(*net.TCPAddr).Port, TLS: StartTLS, Username: user, Password: pass})
	retry, err := n.Notify(context.Background(), notifytest.Alerts())
	if err == nil || retry || !strings.Contains(err.Error(), "does not offer STARTTLS") || len(b.messages()) != 0 {
		t.Errorf("Notify = %v, %v", retry, err)
	}
}

// A server that echoes the password in its reply does not get it into the
// error.
func TestEchoedPasswordIsRedacted(t *testing.T) {
	b := &backend{mechs: []string{sasl.Plain}, authErr: &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "bad password " + pass}}
	port, pool := serve(t, b, false)
	n := newNotifier(t, Options{Port: port, Username: user, Password: pass, TLSConfig: &tls.Config{RootCAs: pool}})
	retry, err := n.Notify(context.Background(), notifytest.Alerts())
	if err == nil || retry || strings.Contains(err.Error(), pass) || !strings.Contains(err.Error(), "bad password [redacted]") {
		t.Errorf("Notify = %v, %v", retry, err)
	}
}
