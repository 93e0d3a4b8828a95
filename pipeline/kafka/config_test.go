package kafka

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go/sasl/plain"
	"gopkg.in/yaml.v3"
)

func TestConfigDefaults(t *testing.T) {
	c := Config{Brokers: []string{"127.0.0.1:9092"}, Topics: []string{"logs"}}.WithDefaults()
	if c.GroupID != "vigil" || c.StartOffset != "earliest" || c.CommitInterval != time.Second ||
		c.MaxPending != DefaultMaxPending || c.Group.SessionTimeout != DefaultSessionTimeout {
		t.Fatalf("defaults not applied: %+v", c)
	}
	if err := c.validateSource(); err != nil {
		t.Fatalf("defaulted config invalid: %v", err)
	}
	if c.startOffset() != -2 {
		t.Fatalf("earliest maps to %d", c.startOffset())
	}
	c.StartOffset = "latest"
	if c.startOffset() != -1 {
		t.Fatalf("latest maps to %d", c.startOffset())
	}
}

func TestConfigYAML(t *testing.T) {
	src := `
brokers: ["10.0.0.1:9092", "10.0.0.2:9092"]
topics: [logs]
group_id: g1
start_offset: latest
dlq_topic: vigil-dlq
commit_interval: 250ms
max_wait: 2s
tls: {enabled: true, ca_file: /etc/ca.pem}
sasl: {mechanism: SCRAM-SHA-512, username: u, password: p}
group: {heartbeat_interval: 1s, session_timeout: 10s}
`
	var c Config
	dec := yaml.NewDecoder(strings.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		t.Fatal(err)
	}
	if len(c.Brokers) != 2 || c.GroupID != "g1" || c.CommitInterval != 250*time.Millisecond ||
		c.MaxWait != 2*time.Second || !c.TLS.Enabled || c.TLS.CAFile != "/etc/ca.pem" ||
		c.SASL.Mechanism != "SCRAM-SHA-512" || c.Group.SessionTimeout != 10*time.Second || c.DLQTopic != "vigil-dlq" {
		t.Fatalf("decoded %+v", c)
	}
}

func TestConfigValidateErrors(t *testing.T) {
	base := func() Config {
		return Config{Brokers: []string{"127.0.0.1:9092"}, Topics: []string{"logs"}}
	}
	cases := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"no brokers", func(c *Config) { c.Brokers = nil }, "kafka.brokers: at least one"},
		{"broker without port", func(c *Config) { c.Brokers = []string{"localhost"} }, `kafka.brokers[0]: "localhost" is not host:port`},
		{"broker bad port", func(c *Config) { c.Brokers = []string{"h:99999"} }, "invalid port"},
		{"no topics", func(c *Config) { c.Topics = nil }, "kafka.topics: at least one"},
		{"bad topic", func(c *Config) { c.Topics = []string{"logs", "a b"} }, "kafka.topics[1]"},
		{"duplicate topic", func(c *Config) { c.Topics = []string{"logs", "logs"} }, "listed twice"},
		{"start offset", func(c *Config) { c.StartOffset = "beginning" }, "kafka.start_offset"},
		{"dlq topic", func(c *Config) { c.DLQTopic = "dlq/x" }, "kafka.dlq_topic"},
		{"negative interval", func(c *Config) { c.CommitInterval = -time.Second }, "kafka.commit_interval: must not be negative"},
		{"negative pending", func(c *Config) { c.MaxPending = -1 }, "kafka.max_pending"},
		{"min over max", func(c *Config) { c.MinBytes, c.MaxBytes = 10, 5 }, "exceeds kafka.max_bytes"},
		{"heartbeat over session", func(c *Config) { c.Group.HeartbeatInterval = time.Minute }, "heartbeat_interval"},
		{"cert without key", func(c *Config) { c.TLS = TLSConfig{Enabled: true, CertFile: "c.pem"} }, "cert_file and key_file"},
		{"tls files but disabled", func(c *Config) { c.TLS.CAFile = "ca.pem" }, "tls.enabled is false"},
		{"unknown mechanism", func(c *Config) { c.SASL = SASLConfig{Mechanism: "GSSAPI", Username: "u", Password: "hunter2-secret"} }, `"GSSAPI" is not one of`},
		{"no username", func(c *Config) { c.SASL = SASLConfig{Mechanism: "PLAIN", Password: "hunter2-secret"} }, "needs a username"},
		{"no password", func(c *Config) { c.SASL = SASLConfig{Mechanism: "SCRAM-SHA-256", Username: "u"} }, "needs a password"},
		{"credentials without mechanism", func(c *Config) { c.SASL.Password = "hunter2" }, "without a mechanism"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := base()
			tc.mutate(&c)
			err := c.WithDefaults().validateSource()
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not mention %q", err, tc.want)
			}
			if c.SASL.Password != "" && strings.Contains(err.Error(), c.SASL.Password) {
				t.Fatalf("error leaks the password: %q", err)
			}
		})
	}
	// Every constructor refuses an invalid config.
	bad := Config{Brokers: []string{"nope"}, Topics: []string{"logs"}}
	if _, err := NewSource(bad, testLog(t)); err == nil {
		t.Error("NewSource accepted a bad broker")
	}
	if _, err := NewDLQ(bad, testLog(t)); err == nil {
		t.Error("NewDLQ accepted a bad broker")
	}
	if _, err := NewWriter(bad, "logs", testLog(t)); err == nil {
		t.Error("NewWriter accepted a bad broker")
	}
	if _, err := NewWriter(base(), "", testLog(t)); err == nil {
		t.Error("NewWriter accepted an empty topic")
	}
	off := base()
	off.DLQTopic = DLQDisabled
	if err := off.Validate(); err != nil || off.DLQEnabled() {
		t.Errorf("dlq_topic \"-\": validate %v, enabled %v", err, off.DLQEnabled())
	}
	if _, err := NewDLQ(off, testLog(t)); err == nil || !strings.Contains(err.Error(), "disabled") {
		t.Errorf("NewDLQ with the DLQ disabled: %v", err)
	}
	if !base().DLQEnabled() {
		t.Error("DLQ disabled by default")
	}
	if _, err := StartEmbedded(0, "logs"); err == nil {
		t.Error("StartEmbedded accepted 0 partitions")
	}
}

// testPKI writes a CA, a server certificate for 127.0.0.1 and a client
// certificate, all generated now, to dir.
type testPKI struct {
	dir                       string
	caFile, certFile, keyFile string // client side
	serverCert                tls.Certificate
	caPool                    *x509.CertPool
	otherCAFile               string // a CA that signed nothing here
}

func newTestPKI(t testing.TB) testPKI {
	t.Helper()
	dir := t.TempDir()
	newKey := func() *ecdsa.PrivateKey {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	serial := int64(1)
	mk := func(tmpl *x509.Certificate, parent *x509.Certificate, pub, signer any) *x509.Certificate {
		serial++
		tmpl.SerialNumber = big.NewInt(serial)
		tmpl.NotBefore = time.Now().Add(-time.Hour)
		tmpl.NotAfter = time.Now().Add(time.Hour)
		if parent == nil {
			parent = tmpl
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, pub, signer)
		if err != nil {
			t.Fatal(err)
		}
		c, err := x509.ParseCertificate(der)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	write := func(name, typ string, der []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	caKey := newKey()
	ca := mk(&x509.Certificate{Subject: pkix.Name{CommonName: "vigil test CA"}, IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign}, nil, &caKey.PublicKey, caKey)
	srvKey := newKey()
	srv := mk(&x509.Certificate{Subject: pkix.Name{CommonName: "broker"}, IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, KeyUsage: x509.KeyUsageDigitalSignature}, ca, &srvKey.PublicKey, caKey)
	cliKey := newKey()
	cli := mk(&x509.Certificate{Subject: pkix.Name{CommonName: "vigil"},
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}, KeyUsage: x509.KeyUsageDigitalSignature}, ca, &cliKey.PublicKey, caKey)
	otherKey := newKey()
	other := mk(&x509.Certificate{Subject: pkix.Name{CommonName: "other CA"}, IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign}, nil, &otherKey.PublicKey, otherKey)

	cliKeyDER, err := x509.MarshalECPrivateKey(cliKey)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	return testPKI{
		dir:         dir,
		caFile:      write("ca.pem", "CERTIFICATE", ca.Raw),
		certFile:    write("client.pem", "CERTIFICATE", cli.Raw),
		keyFile:     write("client-key.pem", "EC PRIVATE KEY", cliKeyDER),
		otherCAFile: write("other-ca.pem", "CERTIFICATE", other.Raw),
		serverCert:  tls.Certificate{Certificate: [][]byte{srv.Raw, ca.Raw}, PrivateKey: srvKey, Leaf: srv},
		caPool:      pool,
	}
}

func TestTLSClientConfig(t *testing.T) {
	pki := newTestPKI(t)
	garbage := filepath.Join(pki.dir, "garbage.pem")
	if err := os.WriteFile(garbage, []byte("not a certificate"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		tls       TLSConfig
		wantNil   bool
		wantErr   string
		wantCerts int
		wantRoots bool
	}{
		{name: "disabled", tls: TLSConfig{}, wantNil: true},
		{name: "system roots", tls: TLSConfig{Enabled: true}},
		{name: "ca file", tls: TLSConfig{Enabled: true, CAFile: pki.caFile}, wantRoots: true},
		{name: "client cert", tls: TLSConfig{Enabled: true, CAFile: pki.caFile, CertFile: pki.certFile, KeyFile: pki.keyFile}, wantRoots: true, wantCerts: 1},
		{name: "missing ca", tls: TLSConfig{Enabled: true, CAFile: filepath.Join(pki.dir, "none.pem")}, wantErr: "kafka.tls.ca_file"},
		{name: "garbage ca", tls: TLSConfig{Enabled: true, CAFile: garbage}, wantErr: "holds no PEM certificate"},
		{name: "key does not match", tls: TLSConfig{Enabled: true, CertFile: pki.certFile, KeyFile: garbage}, wantErr: "client certificate"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := Config{TLS: tc.tls}.TLSClientConfig()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if (cfg == nil) != tc.wantNil {
				t.Fatalf("config nil = %v, want %v", cfg == nil, tc.wantNil)
			}
			if cfg == nil {
				return
			}
			if cfg.MinVersion != tls.VersionTLS12 {
				t.Errorf("MinVersion %x", cfg.MinVersion)
			}
			if len(cfg.Certificates) != tc.wantCerts {
				t.Errorf("%d client certificates, want %d", len(cfg.Certificates), tc.wantCerts)
			}
			if (cfg.RootCAs != nil) != tc.wantRoots {
				t.Errorf("RootCAs set = %v, want %v", cfg.RootCAs != nil, tc.wantRoots)
			}
			if tc.wantRoots && !cfg.RootCAs.Equal(pki.caPool) {
				t.Error("RootCAs is not the CA file's pool")
			}
		})
	}

	// The dialer and the transport carry both TLS and SASL.
	c := Config{Brokers: []string{"127.0.0.1:1"}, TLS: TLSConfig{Enabled: true, CAFile: pki.caFile},
		SASL: SASLConfig{Mechanism: "SCRAM-SHA-512", Username: "u", Password: "hunter2-secret"}}
	d, err := c.Dialer()
	if err != nil {
		t.Fatal(err)
	}
	if d.TLS == nil || d.SASLMechanism == nil || d.SASLMechanism.Name() != "SCRAM-SHA-512" {
		t.Fatalf("dialer: tls=%v sasl=%v", d.TLS != nil, d.SASLMechanism)
	}
	tr, err := c.Transport()
	if err != nil {
		t.Fatal(err)
	}
	if tr.TLS == nil || tr.SASL == nil || tr.SASL.Name() != "SCRAM-SHA-512" {
		t.Fatalf("transport: tls=%v sasl=%v", tr.TLS != nil, tr.SASL)
	}
	c.TLS.CAFile = garbage
	if _, err := c.Dialer(); err == nil {
		t.Fatal("Dialer accepted a garbage CA")
	}
}

func TestSASLMechanism(t *testing.T) {
	cases := []struct {
		mech, wantName string
	}{
		{"", ""},
		{"PLAIN", "PLAIN"},
		{"SCRAM-SHA-256", "SCRAM-SHA-256"},
		{"SCRAM-SHA-512", "SCRAM-SHA-512"},
		{"scram-sha-256", "SCRAM-SHA-256"},
	}
	for _, tc := range cases {
		m, err := Config{SASL: SASLConfig{Mechanism: tc.mech, Username: "vigil", Password: "pw"}}.SASLMechanism()
		if err != nil {
			t.Fatalf("%s: %v", tc.mech, err)
		}
		if tc.wantName == "" {
			if m != nil {
				t.Fatalf("no mechanism configured but got %s", m.Name())
			}
			continue
		}
		if m.Name() != tc.wantName {
			t.Fatalf("%s: name %s", tc.mech, m.Name())
		}
		if p, ok := m.(plain.Mechanism); tc.wantName == "PLAIN" && (!ok || p.Username != "vigil" || p.Password != "pw") {
			t.Fatalf("PLAIN mechanism %#v", m)
		}
	}
	if _, err := (Config{SASL: SASLConfig{Mechanism: "OAUTHBEARER"}}).SASLMechanism(); err == nil {
		t.Fatal("unknown mechanism accepted")
	}
}
