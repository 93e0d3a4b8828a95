package kafka

import (
	"context"
	"crypto/tls"
	"fmt"
	"strings"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kfake"
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
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
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
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
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
			if err := d.Send(ctx, DeadLetter{Reason: "x", Topic: "secure", At: time.Unix(0, 0)}); err == nil || ctx.Err() != nil {
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
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := w.WriteMessages(ctx, kafkago.Message{Value: []byte("x")}); err == nil {
				t.Fatal("write succeeded")
			}
		})
	}
}
