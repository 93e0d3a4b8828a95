package elasticsearch

import (
	"context"
	"fmt"

	"github.com/elastic/go-elasticsearch/v8/esapi"
)

// Transport is what vigil's esapi requests go through: the client the
// indexer builds (connection pool, authentication, TLS, request
// compression, the official client's headers and product check, no
// retries of its own). Close releases it.
type Transport interface {
	esapi.Transport
	Close(ctx context.Context) error
}

// NewClient returns the indexer's client for cfg (defaults applied and
// validated), for other writers to the same cluster such as the alert
// history: the same URLs, credentials, CA and compression as the indexer.
// maxIdlePerHost bounds the idle connections kept per node (at least 1).
func NewClient(cfg Config, maxIdlePerHost int) (Transport, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("elasticsearch config: %w", err)
	}
	c, err := newClient(cfg, max(maxIdlePerHost, 1))
	if err != nil {
		return nil, err
	}
	return c, nil
}
