package kafka

import (
	"context"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/await"
)

// startSecureCluster runs kfake with the given options and seeds topic.
func startSecureCluster(t *testing.T, topic string, opts ...kfake.Opt) []string {
	t.Helper()
	c, err := kfake.NewCluster(append([]kfake.Opt{
		kfake.NumBrokers(1),
		kfake.SeedTopics(1, topic),
		kfake.AllowAutoTopicCreation(),
		kfake.GroupMinSessionTimeout(100 * time.Millisecond),
	}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c.ListenAddrs()
}

func fastConfig(addrs []string, topic string) Config {
	return Config{
		Brokers:        addrs,
		Topics:         []string{topic},
		CommitInterval: 50 * time.Millisecond,
		MaxWait:        100 * time.Millisecond,
		Group: GroupConfig{
			HeartbeatInterval: 100 * time.Millisecond,
			SessionTimeout:    time.Second,
			RebalanceTimeout:  time.Second,
			JoinGroupBackoff:  100 * time.Millisecond,
			DialTimeout:       10 * time.Second, // TLS handshakes under -race on a busy machine
		},
	}
}

// roundTrip writes n records with a Writer and reads them back with a
// Source, both built from cfg, and checks the group's commit.
func roundTrip(t *testing.T, cfg Config, n int) {
	t.Helper()
	w, err := NewWriter(cfg, cfg.Topics[0], testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 10*time.Second))
	defer cancel()
	msgs := make([]kafkago.Message, n)
	for i := range msgs {
		msgs[i] = kafkago.Message{Key: fmt.Appendf(nil, "k%d", i), Value: fmt.Appendf(nil, "v%d", i)}
	}
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		t.Fatalf("write: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	s := newTestSource(t, cfg)
	got := fetchN(t, s, n)
	for _, m := range got {
		s.Ack(m)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if st := s.Stats(); st.Partitions[0].Committed != int64(n) {
		t.Fatalf("committed %d, want %d", st.Partitions[0].Committed, n)
	}
}

func TestSASLAgainstBroker(t *testing.T) {
	const user, pass = "vigil", "correct-horse-battery"
	addrs := startSecureCluster(t, "secure",
		kfake.EnableSASL(),
		kfake.Superuser("PLAIN", user, pass),
		kfake.Superuser("SCRAM-SHA-256", user, pass),
		kfake.Superuser("SCRAM-SHA-512", user, pass),
	)
	for _, mech := range []string{"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"} {
		t.Run(mech, func(t *testing.T) {
			cfg := fastConfig(addrs, "secure")
			cfg.GroupID = "sasl-" + mech
			cfg.SASL = SASLConfig{Mechanism: mech, Username: user, Password: pass}
			roundTrip(t, cfg, 5)
		})
		t.Run(mech+"/wrong password", func(t *testing.T) {
			t.Parallel()
			cfg := fastConfig(addrs, "secure")
			cfg.GroupID = "sasl-bad-" + mech
			cfg.SASL = SASLConfig{Mechanism: mech, Username: user, Password: "wrong-password"}
			s := newTestSource(t, cfg)
			ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 10*time.Second))
			defer cancel()
			_, err := s.Fetch(ctx)
			if err == nil || ctx.Err() != nil {
				t.Fatalf("Fetch with a wrong password: %v", err)
			}
			if !strings.Contains(err.Error(), "joining group") || strings.Contains(err.Error(), "wrong-password") {
				t.Fatalf("error %q", err)
			}
			d, err := NewDLQ(cfg, testLog(t))
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			if err := d.Send(ctx, DeadLetter{Reason: "x", Source: event.Source{Topic: "secure"}, At: time.Unix(0, 0)}); err == nil || ctx.Err() != nil {
				t.Fatalf("DLQ send with a wrong password: %v", err)
			}
		})
	}
}

func TestTLSAgainstBroker(t *testing.T) {
	pki := newTestPKI(t)
	addrs := startSecureCluster(t, "tls", kfake.TLS(&tls.Config{
		Certificates: []tls.Certificate{pki.serverCert},
		ClientAuth:   tls.RequireAndVerifyClientCert,
		ClientCAs:    pki.caPool,
		MinVersion:   tls.VersionTLS12,
	}))
	t.Run("client certificate", func(t *testing.T) {
		cfg := fastConfig(addrs, "tls")
		cfg.GroupID = "tls-ok"
		cfg.TLS = TLSConfig{Enabled: true, CAFile: pki.caFile, CertFile: pki.certFile, KeyFile: pki.keyFile}
		roundTrip(t, cfg, 3)
	})
	for _, bad := range []struct {
		name string
		tls  TLSConfig
	}{
		{"no client certificate", TLSConfig{Enabled: true, CAFile: pki.caFile}},
		{"unknown server CA", TLSConfig{Enabled: true, CAFile: pki.otherCAFile, CertFile: pki.certFile, KeyFile: pki.keyFile}},
	} {
		t.Run(bad.name, func(t *testing.T) {
			cfg := fastConfig(addrs, "tls")
			cfg.GroupID = "tls-" + bad.name
			cfg.TLS = bad.tls
			w, err := NewWriter(cfg, "tls", testLog(t))
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 5*time.Second))
			defer cancel()
			if err := w.WriteMessages(ctx, kafkago.Message{Value: []byte("x")}); err == nil {
				t.Fatal("write succeeded")
			}
		})
	}
}

// TestSCRAMEscapedUsername authenticates a username that SCRAM must escape
// ("," and "=") against the broker.
func TestSCRAMEscapedUsername(t *testing.T) {
	const user, pass = "ops,team=1", "correct-horse-battery"
	addrs := startSecureCluster(t, "escaped",
		kfake.EnableSASL(),
		kfake.Superuser("SCRAM-SHA-512", user, pass),
	)
	cfg := fastConfig(addrs, "escaped")
	cfg.GroupID = "sasl-escaped"
	cfg.SASL = SASLConfig{Mechanism: "SCRAM-SHA-512", Username: user, Password: pass}
	roundTrip(t, cfg, 2)
}

// scramServerFirst answers a client-first message with a server-first
// message extending its nonce.
func scramServerFirst(t *testing.T, clientFirst []byte, iterations string) []byte {
	t.Helper()
	_, nonce, ok := strings.Cut(string(clientFirst), ",r=")
	if !ok || !strings.HasPrefix(string(clientFirst), "n,,n=") {
		t.Fatalf("client-first %q", clientFirst)
	}
	return []byte("r=" + nonce + "srv,s=" + base64.StdEncoding.EncodeToString([]byte("0123456789abcdef")) + ",i=" + iterations)
}

func TestSCRAMIterationBounds(t *testing.T) {
	for _, mech := range []string{"SCRAM-SHA-256", "SCRAM-SHA-512"} {
		for _, tc := range []struct {
			iterations string
			want       string // error substring; "" accepts
		}{
			{"4096", ""},
			{"65536", ""},
			{"4095", "too few iterations"},
			{"65537", "iteration count 65537 is above 65536"},
			{"2147483647", "iteration count"},
		} {
			t.Run(mech+"/"+tc.iterations, func(t *testing.T) {
				m, err := Config{SASL: SASLConfig{Mechanism: mech, Username: "vigil", Password: "pw"}}.SASLMechanism()
				if err != nil {
					t.Fatal(err)
				}
				sm, first, err := m.Start(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				done, final, err := sm.Next(context.Background(), scramServerFirst(t, first, tc.iterations))
				if tc.want == "" {
					if err != nil || done || !strings.HasPrefix(string(final), "c=biws,r=") || !strings.Contains(string(final), ",p=") {
						t.Fatalf("client-final %q done=%v err=%v", final, done, err)
					}
					return
				}
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("err = %v, want %q", err, tc.want)
				}
			})
		}
	}
}

// TestSCRAMCredentialErrors checks that a username or password SCRAM cannot
// send is a config error naming the key, never quoting the value.
func TestSCRAMCredentialErrors(t *testing.T) {
	const secret = "hunter2\x07secret"
	for _, tc := range []struct {
		name, user, pass, want string
	}{
		{"password with a control character", "vigil", secret, "kafka.sasl.password: SCRAM needs a string that SASLprep (RFC 4013) accepts; it holds a prohibited character"},
		{"username with a control character", "vi\x00gil", "pw", "kafka.sasl.username: SCRAM needs a string that SASLprep (RFC 4013) accepts; it holds a prohibited character"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := Config{Brokers: []string{"127.0.0.1:9092"},
				SASL: SASLConfig{Mechanism: "scram-sha-256", Username: tc.user, Password: tc.pass}}
			for what, err := range map[string]error{"Validate": cfg.Validate(), "SASLMechanism": func() error {
				_, err := cfg.SASLMechanism()
				return err
			}()} {
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("%s = %v, want an error containing %q", what, err, tc.want)
				} else if strings.Contains(err.Error(), "hunter2") || strings.Contains(err.Error(), "vi\x00gil") {
					t.Errorf("%s leaks a credential: %q", what, err)
				}
			}
		})
	}
	// PLAIN sends the password as it is: no SASLprep.
	cfg := Config{Brokers: []string{"127.0.0.1:9092"}, SASL: SASLConfig{Mechanism: "PLAIN", Username: "vigil", Password: secret}}
	if err := cfg.Validate(); err != nil {
		t.Errorf("PLAIN: %v", err)
	}
}

// Whatever a server sends, the SCRAM mechanism fails cleanly or answers
// with a well-formed client-final message.
func FuzzSCRAMMechanism(f *testing.F) {
	f.Add([]byte("r=+srv,s=MDEyMzQ1Njc4OWFiY2RlZg==,i=4096"), []byte("v=abc="))
	f.Add([]byte("e=other-error"), []byte(""))
	f.Add([]byte("r=,s=,i="), []byte("v"))
	f.Add([]byte(",,,="), []byte("=,"))
	f.Add([]byte("m=ext,r=+x,s=AA==,i=4096"), []byte("e=invalid-proof"))
	f.Fuzz(func(t *testing.T, first, final []byte) {
		m, err := Config{SASL: SASLConfig{Mechanism: "SCRAM-SHA-256", Username: "u", Password: "pw"}}.SASLMechanism()
		if err != nil {
			t.Fatal(err)
		}
		sm, clientFirst, err := m.Start(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		// "+" stands for the client nonce, so that inputs can extend it.
		_, nonce, _ := strings.Cut(string(clientFirst), ",r=")
		first = []byte(strings.ReplaceAll(string(first), "+", nonce))
		_, resp, err := sm.Next(context.Background(), first)
		if err != nil {
			return
		}
		if !strings.HasPrefix(string(resp), "c=biws,r="+nonce) || !strings.Contains(string(resp), ",p=") {
			t.Fatalf("malformed client-final %q", resp)
		}
		if done, _, err := sm.Next(context.Background(), final); err == nil && !done {
			t.Fatal("server-final accepted without completing")
		}
	})
}
