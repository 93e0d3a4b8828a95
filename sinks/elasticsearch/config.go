package elasticsearch

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Defaults applied by New to zero Config fields.
const (
	DefaultURL            = "http://127.0.0.1:9200"
	DefaultIndex          = "logs-{service.name}-{yyyy.MM.dd}"
	DefaultTemplateName   = "vigil-logs"
	DefaultFlushBytes     = 5 << 20
	DefaultFlushInterval  = time.Second
	DefaultWorkers        = 2
	DefaultBackoffMin     = 100 * time.Millisecond
	DefaultBackoffMax     = 30 * time.Second
	DefaultRequestTimeout = time.Minute
)

// DefaultMaxBytesInFlight is the default bound of the documents the
// indexer holds (FlushBytes if that is larger).
const DefaultMaxBytesInFlight = 64 << 20

// Config configures an Indexer. Zero fields take the defaults above.
type Config struct {
	// URLs of the cluster nodes, e.g. https://es1:9200.
	URLs []string `yaml:"urls"`
	// Username and Password enable HTTP basic authentication.
	Username string `yaml:"username"`
	Password string `yaml:"password"`
	// APIKey is the base64 "id:key" API key (Authorization: ApiKey ...).
	// It cannot be combined with Username/Password.
	APIKey string `yaml:"api_key"`
	// CACert is the path of a PEM file with the certificate authorities to
	// trust for HTTPS.
	CACert string `yaml:"ca_cert"`
	// InsecureSkipVerify disables TLS certificate verification (tests only).
	InsecureSkipVerify bool `yaml:"insecure_skip_verify"`

	// Index is the index name template: literal text with {field.path}
	// placeholders and {yyyy.MM.dd}, {yyyy.MM}, {yyyy} date placeholders
	// (see IndexName). It must start with a literal prefix.
	Index string `yaml:"index"`
	// TemplateName is the name of the composable index template installed
	// by Setup; its pattern is IndexPattern(Index).
	TemplateName string `yaml:"template_name"`
	// LifecyclePolicy, when set, is the name of an index lifecycle policy
	// that Setup installs (deleting indices Retention after creation) and
	// that the index template references.
	LifecyclePolicy string `yaml:"lifecycle_policy"`
	// Retention is how long indices live under LifecyclePolicy (default 30 days).
	Retention time.Duration `yaml:"retention"`

	// FlushBytes is the bulk request size at which a batch is sent.
	FlushBytes int `yaml:"flush_bytes"`
	// FlushInterval is the longest a document waits before its batch is sent.
	FlushInterval time.Duration `yaml:"flush_interval"`
	// Workers is the number of concurrent bulk requests.
	Workers int `yaml:"workers"`
	// MaxBytesInFlight bounds the documents the indexer holds: accepted by
	// Add and not yet finished (indexed, rejected, or given up), whether
	// they are being batched, in a request, or parked for a retry after a
	// 429. It is counted in bulk request bytes (the body, index name and id
	// of each document, plus 32). Add blocks at the bound; a single larger
	// document is let through when nothing else is pending. At least
	// FlushBytes; default 64 MiB (or FlushBytes if larger).
	MaxBytesInFlight int `yaml:"max_bytes_in_flight"`
	// RequestTimeout bounds one bulk request; a timeout is retried.
	RequestTimeout time.Duration `yaml:"request_timeout"`
	// Compress gzips request bodies (log batches shrink several-fold).
	Compress bool `yaml:"compress"`

	// MaxRetries bounds the retries of a document after a transient
	// failure (429, 5xx, connection error, timeout). 0 retries forever.
	MaxRetries int `yaml:"max_retries"`
	// BackoffMin and BackoffMax bound the exponential backoff (with jitter)
	// between retries: of a whole request that failed, and of each item
	// parked after a partial failure (whose backoff is also capped at 1 s:
	// it only spaces the retries; Elasticsearch's pushback shrinks the bulk
	// size instead).
	BackoffMin time.Duration `yaml:"backoff_min"`
	BackoffMax time.Duration `yaml:"backoff_max"`
}

// withDefaults returns cfg with zero fields set to their defaults.
func (cfg Config) withDefaults() Config {
	if len(cfg.URLs) == 0 {
		cfg.URLs = []string{DefaultURL}
	}
	if cfg.Index == "" {
		cfg.Index = DefaultIndex
	}
	if cfg.TemplateName == "" {
		cfg.TemplateName = DefaultTemplateName
	}
	if cfg.Retention == 0 {
		cfg.Retention = 30 * 24 * time.Hour
	}
	if cfg.FlushBytes == 0 {
		cfg.FlushBytes = DefaultFlushBytes
	}
	if cfg.FlushInterval == 0 {
		cfg.FlushInterval = DefaultFlushInterval
	}
	if cfg.Workers == 0 {
		cfg.Workers = DefaultWorkers
	}
	if cfg.MaxBytesInFlight == 0 {
		cfg.MaxBytesInFlight = max(DefaultMaxBytesInFlight, cfg.FlushBytes)
	}
	if cfg.RequestTimeout == 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.BackoffMin == 0 {
		cfg.BackoffMin = DefaultBackoffMin
	}
	if cfg.BackoffMax == 0 {
		cfg.BackoffMax = DefaultBackoffMax
	}
	return cfg
}

// validate checks a Config that already has its defaults.
func (cfg Config) validate() error {
	var errs []error
	for _, u := range cfg.URLs {
		pu, err := url.Parse(u)
		if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
			// The URL may hold credentials: never echo it.
			errs = append(errs, fmt.Errorf("urls: each URL must be http(s)://host[:port]"))
			break
		}
	}
	if cfg.APIKey != "" && (cfg.Username != "" || cfg.Password != "") {
		errs = append(errs, errors.New("api_key cannot be combined with username/password"))
	}
	if err := validateIndexTemplate(cfg.Index); err != nil {
		errs = append(errs, fmt.Errorf("index: %w", err))
	}
	if strings.ToLower(cfg.TemplateName) != cfg.TemplateName || strings.ContainsAny(cfg.TemplateName, ` "*\<|,>/?#`) {
		errs = append(errs, fmt.Errorf("template_name %q: must be lowercase without spaces or special characters", cfg.TemplateName))
	}
	if cfg.LifecyclePolicy != "" && strings.ContainsAny(cfg.LifecyclePolicy, ` "*\<|,>/?#`) {
		errs = append(errs, fmt.Errorf("lifecycle_policy %q: must not contain spaces or special characters", cfg.LifecyclePolicy))
	}
	if cfg.Retention < 0 {
		errs = append(errs, errors.New("retention must not be negative"))
	}
	if cfg.FlushBytes < 0 {
		errs = append(errs, errors.New("flush_bytes must not be negative"))
	}
	if cfg.FlushInterval < 0 {
		errs = append(errs, errors.New("flush_interval must not be negative"))
	}
	if cfg.Workers < 0 {
		errs = append(errs, errors.New("workers must not be negative"))
	}
	if err := cfg.CheckMaxBytesInFlight(); err != nil {
		errs = append(errs, fmt.Errorf("max_bytes_in_flight: %w", err))
	}
	if cfg.RequestTimeout < 0 {
		errs = append(errs, errors.New("request_timeout must not be negative"))
	}
	if cfg.MaxRetries < 0 {
		errs = append(errs, errors.New("max_retries must not be negative"))
	}
	if cfg.BackoffMin < 0 || cfg.BackoffMax < 0 {
		errs = append(errs, errors.New("backoff_min and backoff_max must not be negative"))
	} else if cfg.BackoffMin > cfg.BackoffMax {
		errs = append(errs, fmt.Errorf("backoff_min (%s) must not exceed backoff_max (%s)", cfg.BackoffMin, cfg.BackoffMax))
	}
	return errors.Join(errs...)
}

// CheckMaxBytesInFlight reports what is wrong with MaxBytesInFlight, the
// defaults of zero fields applied: it must not be negative and must hold at
// least one full bulk request (FlushBytes). The error does not name the key;
// callers do.
func (cfg Config) CheckMaxBytesInFlight() error {
	if cfg.MaxBytesInFlight < 0 {
		return fmt.Errorf("must not be negative, got %d", cfg.MaxBytesInFlight)
	}
	cfg = cfg.withDefaults()
	if cfg.FlushBytes > 0 && cfg.MaxBytesInFlight < cfg.FlushBytes {
		return fmt.Errorf("must be at least flush_bytes (%d), got %d", cfg.FlushBytes, cfg.MaxBytesInFlight)
	}
	return nil
}
