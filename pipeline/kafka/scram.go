package kafka

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"hash"
	"strconv"
	"strings"

	"github.com/segmentio/kafka-go/sasl"
)

// SCRAM (RFC 5802, RFC 7677) client for SASL/SCRAM-SHA-256 and -512, built
// on the standard library so that no extra module is needed. Channel binding
// is not used (gs2 header "n,,"), as Kafka does not support it.

type scramHash struct {
	name string
	new  func() hash.Hash
}

var (
	scramSHA256 = scramHash{name: "SCRAM-SHA-256", new: sha256.New}
	scramSHA512 = scramHash{name: "SCRAM-SHA-512", new: sha512.New}
)

// scramMinIterations rejects servers that ask for a weak key derivation
// (RFC 7677 requires at least 4096); scramMaxIterations stops a hostile
// server from making the client spin.
const (
	scramMinIterations = 4096
	scramMaxIterations = 1 << 16 // Kafka itself allows at most 16384
)

type scramMechanism struct {
	h        scramHash
	user     string // escaped per RFC 5802 (",", "=")
	password string
	nonce    func() (string, error)
}

func newSCRAM(h scramHash, user, password string) (*scramMechanism, error) {
	if user == "" || password == "" {
		return nil, fmt.Errorf("kafka.sasl: %s needs a username and a password", h.name)
	}
	esc := strings.NewReplacer("=", "=3D", ",", "=2C").Replace(user)
	return &scramMechanism{h: h, user: esc, password: password, nonce: randomNonce}, nil
}

func randomNonce() (string, error) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("scram nonce: %w", err)
	}
	return base64.RawStdEncoding.EncodeToString(b), nil
}

// Name implements sasl.Mechanism.
func (m *scramMechanism) Name() string { return m.h.name }

// Start implements sasl.Mechanism: it sends the client-first message.
func (m *scramMechanism) Start(context.Context) (sasl.StateMachine, []byte, error) {
	nonce, err := m.nonce()
	if err != nil {
		return nil, nil, err
	}
	bare := "n=" + m.user + ",r=" + nonce
	st := &scramSession{m: m, nonce: nonce, clientFirstBare: bare}
	return st, []byte("n,," + bare), nil
}

type scramSession struct {
	m               *scramMechanism
	nonce           string
	clientFirstBare string
	serverSignature []byte
	step            int
}

// Next implements sasl.StateMachine: server-first → client-final, then
// server-final is verified.
func (s *scramSession) Next(_ context.Context, challenge []byte) (bool, []byte, error) {
	s.step++
	switch s.step {
	case 1:
		resp, err := s.clientFinal(challenge)
		return false, resp, err
	case 2:
		return true, nil, s.verifyServerFinal(challenge)
	default:
		return false, nil, errors.New("scram: unexpected extra challenge")
	}
}

func (s *scramSession) clientFinal(serverFirst []byte) ([]byte, error) {
	attrs, err := scramAttrs(serverFirst)
	if err != nil {
		return nil, err
	}
	if e, ok := attrs['e']; ok {
		return nil, fmt.Errorf("scram: server refused: %s", e)
	}
	if _, ok := attrs['m']; ok {
		return nil, errors.New("scram: server requires an unsupported extension")
	}
	nonce, salt64, iter := attrs['r'], attrs['s'], attrs['i']
	if !strings.HasPrefix(nonce, s.nonce) || len(nonce) == len(s.nonce) {
		return nil, errors.New("scram: server nonce does not extend the client nonce")
	}
	salt, err := base64.StdEncoding.DecodeString(salt64)
	if err != nil || len(salt) == 0 {
		return nil, errors.New("scram: server salt is not base64")
	}
	n, err := strconv.Atoi(iter)
	if err != nil || n < scramMinIterations || n > scramMaxIterations {
		return nil, fmt.Errorf("scram: server iteration count %q is outside [%d, %d]", iter, scramMinIterations, scramMaxIterations)
	}
	salted, err := pbkdf2.Key(s.m.h.new, s.m.password, salt, n, s.m.h.new().Size())
	if err != nil {
		return nil, fmt.Errorf("scram: deriving key: %w", err)
	}
	withoutProof := "c=biws,r=" + nonce
	authMessage := s.clientFirstBare + "," + string(serverFirst) + "," + withoutProof

	clientKey := s.hmac(salted, "Client Key")
	h := s.m.h.new()
	h.Write(clientKey)
	storedKey := h.Sum(nil)
	proof := s.hmac(storedKey, authMessage)
	for i := range proof {
		proof[i] ^= clientKey[i]
	}
	s.serverSignature = s.hmac(s.hmac(salted, "Server Key"), authMessage)
	return []byte(withoutProof + ",p=" + base64.StdEncoding.EncodeToString(proof)), nil
}

func (s *scramSession) verifyServerFinal(serverFinal []byte) error {
	attrs, err := scramAttrs(serverFinal)
	if err != nil {
		return err
	}
	if e, ok := attrs['e']; ok {
		return fmt.Errorf("scram: authentication failed: %s", e)
	}
	v, err := base64.StdEncoding.DecodeString(attrs['v'])
	if err != nil || subtle.ConstantTimeCompare(v, s.serverSignature) != 1 {
		return errors.New("scram: server signature does not verify")
	}
	return nil
}

func (s *scramSession) hmac(key []byte, msg string) []byte {
	m := hmac.New(s.m.h.new, key)
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// scramAttrs parses "k=v,k=v" where each key is one letter. Values may
// contain '=' (base64), not ','.
func scramAttrs(msg []byte) (map[byte]string, error) {
	out := make(map[byte]string, 4)
	for part := range bytes.SplitSeq(msg, []byte{','}) {
		if len(part) < 2 || part[1] != '=' {
			return nil, errors.New("scram: malformed server message")
		}
		out[part[0]] = string(part[2:])
	}
	return out, nil
}
