package kafka

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	kafkago "github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"

	"github.com/vigilops/vigil/internal/tlsx"
)

// Defaults applied by Config.WithDefaults.
const (
	DefaultGroupID                = "vigil"
	DefaultStartOffset            = "earliest"
	DefaultMaxSkew                = time.Minute
	DefaultCommitInterval         = time.Second
	DefaultMaxWait                = 500 * time.Millisecond
	DefaultMaxBytes               = 10 << 20
	DefaultMaxPending             = 100_000
	DefaultHeartbeatInterval      = 3 * time.Second
	DefaultSessionTimeout         = 30 * time.Second
	DefaultRebalanceTimeout       = 30 * time.Second
	DefaultJoinGroupBackoff       = 5 * time.Second
	DefaultPartitionWatchInterval = 10 * time.Second
	DefaultDialTimeout            = 10 * time.Second
	DefaultGroupMaxAttempts       = 3
	DefaultProducerBatchSize      = 100
	DefaultProducerBatchTimeout   = time.Millisecond
	dlqSuffix                     = ".dlq"
)

// DLQDisabled as Config.DLQTopic turns the Kafka dead-letter topic off.
const DLQDisabled = "-"

// DLQEnabled reports whether dead letters go to a Kafka topic.
func (c Config) DLQEnabled() bool { return c.DLQTopic != DLQDisabled }

// Config configures the Kafka source, the dead-letter producer and plain
// writers. The zero value plus Brokers and Topics is usable: WithDefaults
// fills in the rest. YAML keys are snake_case.
type Config struct {
	// Brokers are bootstrap addresses, host:port.
	Brokers []string `yaml:"brokers"`
	// Topics are the source topics consumed by the group.
	Topics []string `yaml:"topics"`
	// GroupID is the consumer group (default "vigil").
	GroupID string `yaml:"group_id"`
	// ClientID names this client to the brokers (default "vigil").
	ClientID string `yaml:"client_id"`
	// StartOffset is where a group with no committed offset for a partition
	// begins: "earliest" (default) or "latest".
	StartOffset string `yaml:"start_offset"`
	// DLQTopic receives every dead letter when set; when empty each dead
	// letter goes to "<source topic>.dlq". "-" means no Kafka dead-letter
	// topic (DLQEnabled reports false, NewDLQ refuses): the caller then
	// keeps dead letters elsewhere, e.g. in a local file.
	DLQTopic string `yaml:"dlq_topic"`
	// CommitInterval is how often the acknowledged prefix is committed
	// (default 1s). Close commits once more.
	CommitInterval time.Duration `yaml:"commit_interval"`
	// MinBytes and MaxBytes bound one fetch response per partition
	// (defaults 1 and 10 MiB); MaxWait is how long the broker may hold a
	// fetch waiting for MinBytes (default 500ms).
	MinBytes int           `yaml:"min_bytes"`
	MaxBytes int           `yaml:"max_bytes"`
	MaxWait  time.Duration `yaml:"max_wait"`
	// MaxSkew aligns the partitions by record timestamp (default 1m; a
	// negative value turns it off). A partition's next record is held back
	// while its timestamp is more than MaxSkew ahead of the oldest pending
	// timestamp of a partition that still has records to deliver. Reading a
	// backlog, partitions are then consumed at the same pace in time, not
	// in records, so none runs so far ahead that its events are too early
	// for the windows. A partition that delivers nothing for the idle time
	// of the pipeline that runs the source (Source.SetIdleAfter) stops
	// holding the others back.
	MaxSkew time.Duration `yaml:"max_skew"`
	// MaxPending bounds the messages fetched but not yet committable,
	// across all partitions (default 100000). Fetch blocks at the bound:
	// one message that is never acknowledged stalls the source instead of
	// growing memory.
	MaxPending int `yaml:"max_pending"`

	TLS      TLSConfig      `yaml:"tls"`
	SASL     SASLConfig     `yaml:"sasl"`
	Group    GroupConfig    `yaml:"group"`
	Producer ProducerConfig `yaml:"producer"`
}

// TLSConfig enables TLS to the brokers. CAFile defaults to the system pool;
// CertFile and KeyFile (both or neither) present a client certificate.
type TLSConfig struct {
	Enabled            bool   `yaml:"enabled"`
	CAFile             string `yaml:"ca_file"`
	CertFile           string `yaml:"cert_file"`
	KeyFile            string `yaml:"key_file"`
	InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
}

// SASLConfig authenticates to the brokers. Mechanism is "" (none), "PLAIN",
// "SCRAM-SHA-256" or "SCRAM-SHA-512" (case-insensitive).
type SASLConfig struct {
	Mechanism string `yaml:"mechanism"`
	Username  string `yaml:"username"`
	Password  string `yaml:"password"`
}

// GroupConfig holds advanced consumer-group timings. The defaults suit a
// production cluster; tests and the embedded broker shorten them.
type GroupConfig struct {
	HeartbeatInterval time.Duration `yaml:"heartbeat_interval"` // default 3s
	SessionTimeout    time.Duration `yaml:"session_timeout"`    // default 30s
	RebalanceTimeout  time.Duration `yaml:"rebalance_timeout"`  // default 30s
	JoinGroupBackoff  time.Duration `yaml:"join_group_backoff"` // default 5s
	// PartitionWatchInterval is how often the group looks for partitions
	// added to its topics (default 10s); negative disables the watch.
	PartitionWatchInterval time.Duration `yaml:"partition_watch_interval"`
	// MaxAttempts is how many joins in a row may fail before Fetch reports
	// the error (default 3); the source keeps trying to join regardless.
	MaxAttempts int `yaml:"max_attempts"`
	// DialTimeout bounds connecting to a broker (default 10s).
	DialTimeout time.Duration `yaml:"dial_timeout"`
}

// ProducerConfig tunes the plain Writer (the DLQ is always synchronous and
// acknowledged by all in-sync replicas).
type ProducerConfig struct {
	// Async makes Writer.WriteMessages return at once; failures are logged,
	// counted and returned by Writer.Close.
	Async bool `yaml:"async"`
	// BatchSize and BatchTimeout flush a batch at whichever comes first
	// (defaults 100 messages, 1ms: a synchronous call waits
	// out the timeout for its last partial batch).
	BatchSize    int           `yaml:"batch_size"`
	BatchTimeout time.Duration `yaml:"batch_timeout"`
}

// WithDefaults returns a copy of c with every unset field defaulted.
func (c Config) WithDefaults() Config {
	if c.GroupID == "" {
		c.GroupID = DefaultGroupID
	}
	if c.ClientID == "" {
		c.ClientID = "vigil"
	}
	if c.StartOffset == "" {
		c.StartOffset = DefaultStartOffset
	}
	if c.CommitInterval == 0 {
		c.CommitInterval = DefaultCommitInterval
	}
	if c.MinBytes == 0 {
		c.MinBytes = 1
	}
	if c.MaxBytes == 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	if c.MaxWait == 0 {
		c.MaxWait = DefaultMaxWait
	}
	if c.MaxPending == 0 {
		c.MaxPending = DefaultMaxPending
	}
	if c.MaxSkew == 0 {
		c.MaxSkew = DefaultMaxSkew
	}
	g := &c.Group
	if g.HeartbeatInterval == 0 {
		g.HeartbeatInterval = DefaultHeartbeatInterval
	}
	if g.SessionTimeout == 0 {
		g.SessionTimeout = DefaultSessionTimeout
	}
	if g.RebalanceTimeout == 0 {
		g.RebalanceTimeout = DefaultRebalanceTimeout
	}
	if g.JoinGroupBackoff == 0 {
		g.JoinGroupBackoff = DefaultJoinGroupBackoff
	}
	if g.PartitionWatchInterval == 0 {
		g.PartitionWatchInterval = DefaultPartitionWatchInterval
	}
	if g.MaxAttempts == 0 {
		g.MaxAttempts = DefaultGroupMaxAttempts
	}
	if g.DialTimeout == 0 {
		g.DialTimeout = DefaultDialTimeout
	}
	if c.Producer.BatchSize == 0 {
		c.Producer.BatchSize = DefaultProducerBatchSize
	}
	if c.Producer.BatchTimeout == 0 {
		c.Producer.BatchTimeout = DefaultProducerBatchTimeout
	}
	return c
}

// Validate checks the connection settings shared by every client: brokers,
// TLS and SASL, and the numeric bounds. It does not require Topics (a DLQ or
// a Writer needs none); NewSource checks those. Errors name the field and
// never contain a password.
func (c Config) Validate() error {
	var errs []error
	if len(c.Brokers) == 0 {
		errs = append(errs, errors.New("kafka.brokers: at least one broker address is required"))
	}
	for i, b := range c.Brokers {
		host, port, err := net.SplitHostPort(b)
		if err != nil || host == "" {
			errs = append(errs, fmt.Errorf("kafka.brokers[%d]: %q is not host:port", i, b))
			continue
		}
		if p, err := strconv.Atoi(port); err != nil || p <= 0 || p > 65535 {
			errs = append(errs, fmt.Errorf("kafka.brokers[%d]: %q has an invalid port", i, b))
		}
	}
	switch strings.ToLower(c.StartOffset) {
	case "", "earliest", "latest":
	default:
		errs = append(errs, fmt.Errorf("kafka.start_offset: %q is neither earliest nor latest", c.StartOffset))
	}
	if c.DLQTopic != "" && c.DLQTopic != DLQDisabled {
		if err := checkTopicName(c.DLQTopic); err != nil {
			errs = append(errs, fmt.Errorf("kafka.dlq_topic: %w", err))
		}
	}
	for name, d := range map[string]time.Duration{
		"kafka.commit_interval":          c.CommitInterval,
		"kafka.max_wait":                 c.MaxWait,
		"kafka.group.heartbeat_interval": c.Group.HeartbeatInterval,
		"kafka.group.session_timeout":    c.Group.SessionTimeout,
		"kafka.group.rebalance_timeout":  c.Group.RebalanceTimeout,
		"kafka.group.join_group_backoff": c.Group.JoinGroupBackoff,
		"kafka.group.dial_timeout":       c.Group.DialTimeout,
		"kafka.producer.batch_timeout":   c.Producer.BatchTimeout,
	} {
		if d < 0 {
			errs = append(errs, fmt.Errorf("%s: must not be negative, got %s", name, d))
		}
	}
	for name, n := range map[string]int{
		"kafka.min_bytes":           c.MinBytes,
		"kafka.max_bytes":           c.MaxBytes,
		"kafka.max_pending":         c.MaxPending,
		"kafka.group.max_attempts":  c.Group.MaxAttempts,
		"kafka.producer.batch_size": c.Producer.BatchSize,
	} {
		if n < 0 {
			errs = append(errs, fmt.Errorf("%s: must not be negative, got %d", name, n))
		}
	}
	if c.MaxBytes > 0 && c.MinBytes > c.MaxBytes {
		errs = append(errs, fmt.Errorf("kafka.min_bytes (%d) exceeds kafka.max_bytes (%d)", c.MinBytes, c.MaxBytes))
	}
	if hb, st := c.Group.HeartbeatInterval, c.Group.SessionTimeout; hb > 0 && st > 0 && hb >= st {
		errs = append(errs, fmt.Errorf("kafka.group.heartbeat_interval (%s) must be shorter than kafka.group.session_timeout (%s)", hb, st))
	}
	if (c.TLS.CertFile == "") != (c.TLS.KeyFile == "") {
		errs = append(errs, errors.New("kafka.tls: cert_file and key_file must be set together"))
	}
	if !c.TLS.Enabled && (c.TLS.CAFile != "" || c.TLS.CertFile != "" || c.TLS.InsecureSkipVerify) {
		errs = append(errs, errors.New("kafka.tls: files or insecure_skip_verify are set but tls.enabled is false"))
	}
	switch strings.ToUpper(c.SASL.Mechanism) {
	case "":
		if c.SASL.Username != "" || c.SASL.Password != "" {
			errs = append(errs, errors.New("kafka.sasl: username or password set without a mechanism"))
		}
	case "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512":
		if c.SASL.Username == "" {
			errs = append(errs, fmt.Errorf("kafka.sasl: mechanism %s needs a username", c.SASL.Mechanism))
		}
		if c.SASL.Password == "" {
			errs = append(errs, fmt.Errorf("kafka.sasl: mechanism %s needs a password", c.SASL.Mechanism))
		}
		if strings.HasPrefix(strings.ToUpper(c.SASL.Mechanism), "SCRAM-") {
			if err := checkSASLprep(c.SASL.Username, c.SASL.Password); err != nil {
				errs = append(errs, err)
			}
		}
	default:
		errs = append(errs, fmt.Errorf("kafka.sasl.mechanism: %q is not one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512", c.SASL.Mechanism))
	}
	return errors.Join(errs...)
}

// validateSource adds the checks only a consumer needs.
func (c Config) validateSource() error {
	var errs []error
	if err := c.Validate(); err != nil {
		errs = append(errs, err)
	}
	if len(c.Topics) == 0 {
		errs = append(errs, errors.New("kafka.topics: at least one topic is required"))
	}
	seen := make(map[string]bool, len(c.Topics))
	for i, t := range c.Topics {
		if err := checkTopicName(t); err != nil {
			errs = append(errs, fmt.Errorf("kafka.topics[%d]: %w", i, err))
		}
		if seen[t] {
			errs = append(errs, fmt.Errorf("kafka.topics[%d]: %q is listed twice", i, t))
		}
		seen[t] = true
	}
	return errors.Join(errs...)
}

// checkTopicName applies Kafka's topic naming rules.
func checkTopicName(t string) error {
	if t == "" {
		return errors.New("empty topic name")
	}
	if t == "." || t == ".." {
		return fmt.Errorf("%q is not a valid topic name", t)
	}
	if len(t) > 249 {
		return fmt.Errorf("topic name longer than 249 characters (%d)", len(t))
	}
	for _, r := range t {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-') {
			return fmt.Errorf("%q: topic names may contain only ASCII letters, digits, '.', '_' and '-'", t)
		}
	}
	return nil
}

// startOffset maps StartOffset to kafka-go's sentinel.
func (c Config) startOffset() int64 {
	if strings.EqualFold(c.StartOffset, "latest") {
		return kafkago.LastOffset
	}
	return kafkago.FirstOffset
}

// TLSClientConfig builds the client TLS configuration, or nil when TLS is
// disabled. Files are read now, so a missing or malformed file is reported
// at start-up.
func (c Config) TLSClientConfig() (*tls.Config, error) {
	t := c.TLS
	if !t.Enabled {
		return nil, nil
	}
	cfg := &tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: t.InsecureSkipVerify, //nolint:gosec // explicit opt-in, documented
	}
	if t.CAFile != "" {
		pool, err := tlsx.CAPool(t.CAFile)
		if err != nil {
			return nil, fmt.Errorf("kafka.tls.ca_file: %w", err)
		}
		cfg.RootCAs = pool
	}
	if t.CertFile != "" || t.KeyFile != "" {
		cert, err := tls.LoadX509KeyPair(t.CertFile, t.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("kafka.tls: client certificate %s / key %s: %w", t.CertFile, t.KeyFile, err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}

// SASLMechanism builds the SASL mechanism, or nil when none is configured.
func (c Config) SASLMechanism() (sasl.Mechanism, error) {
	s := c.SASL
	switch strings.ToUpper(s.Mechanism) {
	case "":
		return nil, nil
	case "PLAIN":
		return plain.Mechanism{Username: s.Username, Password: s.Password}, nil
	case "SCRAM-SHA-256":
		return newSCRAMMechanism(scram.SHA256, s.Username, s.Password)
	case "SCRAM-SHA-512":
		return newSCRAMMechanism(scram.SHA512, s.Username, s.Password)
	default:
		return nil, fmt.Errorf("kafka.sasl.mechanism: %q is not one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512", s.Mechanism)
	}
}

// security builds the TLS configuration and SASL mechanism (each nil when
// not configured) that consumers and producers share.
func (c Config) security() (*tls.Config, sasl.Mechanism, error) {
	tlsCfg, err := c.TLSClientConfig()
	if err != nil {
		return nil, nil, err
	}
	mech, err := c.SASLMechanism()
	if err != nil {
		return nil, nil, err
	}
	return tlsCfg, mech, nil
}

// Dialer builds the kafka-go dialer used by consumers (group coordinator
// and partition readers).
func (c Config) Dialer() (*kafkago.Dialer, error) {
	c = c.WithDefaults()
	tlsCfg, mech, err := c.security()
	if err != nil {
		return nil, err
	}
	return &kafkago.Dialer{
		ClientID:      c.ClientID,
		Timeout:       c.Group.DialTimeout,
		DualStack:     true,
		KeepAlive:     30 * time.Second,
		TLS:           tlsCfg,
		SASLMechanism: mech,
	}, nil
}

// Transport builds the kafka-go transport used by producers.
func (c Config) Transport() (*kafkago.Transport, error) {
	c = c.WithDefaults()
	tlsCfg, mech, err := c.security()
	if err != nil {
		return nil, err
	}
	return &kafkago.Transport{
		Dial:        (&net.Dialer{Timeout: c.Group.DialTimeout, KeepAlive: 30 * time.Second}).DialContext,
		DialTimeout: c.Group.DialTimeout,
		ClientID:    c.ClientID,
		TLS:         tlsCfg,
		SASL:        mech,
		IdleTimeout: 30 * time.Second,
		MetadataTTL: 6 * time.Second,
	}, nil
}
