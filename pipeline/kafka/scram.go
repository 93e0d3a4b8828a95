package kafka

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/scram"
	"github.com/xdg-go/stringprep"
)

// SASL/SCRAM-SHA-256 and -512 are kafka-go's sasl/scram (on
// github.com/xdg-go/scram): RFC 5802 without channel binding, as Kafka
// wants, the username escaped and both credentials prepared with SASLprep
// (RFC 4013), and at least 4096 iterations (RFC 7677). vigil adds an upper
// bound on the iterations.

// maxSCRAMIterations stops a hostile server from making the client spin on
// the key derivation (the handshake cannot be cancelled). Kafka itself
// allows at most 16384.
const maxSCRAMIterations = 1 << 16

// newSCRAMMechanism builds the SCRAM mechanism for algo (scram.SHA256 or
// scram.SHA512). Errors name the key and never contain a credential.
func newSCRAMMechanism(algo scram.Algorithm, user, password string) (sasl.Mechanism, error) {
	if user == "" || password == "" {
		return nil, fmt.Errorf("kafka.sasl: %s needs a username and a password", algo.Name())
	}
	if err := checkSASLprep(user, password); err != nil {
		return nil, err
	}
	m, err := scram.Mechanism(algo, user, password)
	if err != nil {
		// The library's message quotes the credentials: never pass it on.
		return nil, fmt.Errorf("kafka.sasl: %s: the username or password is not valid", algo.Name())
	}
	return boundedSCRAM{m}, nil
}

// checkSASLprep reports a username or password that SCRAM cannot send
// (SASLprep refuses control characters, some other code points, and
// mixed-direction text), naming the key, not the value.
func checkSASLprep(user, password string) error {
	var errs []error
	for _, kv := range []struct{ key, value string }{{"username", user}, {"password", password}} {
		if _, err := stringprep.SASLprep.Prepare(kv.value); err != nil {
			why := "it is not valid"
			if se, ok := errors.AsType[stringprep.Error](err); ok {
				why = "it holds a " + se.Msg
				if strings.HasPrefix(se.Msg, "BiDi") {
					why = "it mixes text directions (" + se.Msg + ")"
				}
			}
			errs = append(errs, fmt.Errorf("kafka.sasl.%s: SCRAM needs a string that SASLprep (RFC 4013) accepts; %s", kv.key, why))
		}
	}
	return errors.Join(errs...)
}

// boundedSCRAM is a SCRAM mechanism that refuses a server-first message
// asking for more than maxSCRAMIterations.
type boundedSCRAM struct{ sasl.Mechanism }

// Start implements sasl.Mechanism.
func (m boundedSCRAM) Start(ctx context.Context) (sasl.StateMachine, []byte, error) {
	sm, first, err := m.Mechanism.Start(ctx)
	if err != nil {
		return nil, nil, err
	}
	return &boundedSession{StateMachine: sm}, first, nil
}

type boundedSession struct {
	sasl.StateMachine
	started bool
}

// Next implements sasl.StateMachine.
func (s *boundedSession) Next(ctx context.Context, challenge []byte) (bool, []byte, error) {
	if !s.started {
		s.started = true
		if n, ok := scramIterations(challenge); ok && n > maxSCRAMIterations {
			return false, nil, fmt.Errorf("scram: server iteration count %d is above %d", n, maxSCRAMIterations)
		}
	}
	return s.StateMachine.Next(ctx, challenge)
}

// scramIterations reads the "i=" attribute of a server-first message; the
// library parses and checks the rest.
func scramIterations(serverFirst []byte) (int, bool) {
	for attr := range bytes.SplitSeq(serverFirst, []byte{','}) {
		if v, ok := bytes.CutPrefix(attr, []byte("i=")); ok {
			n, err := strconv.Atoi(string(v))
			return n, err == nil
		}
	}
	return 0, false
}
