package elasticsearch

import (
	"compress/gzip"
	"crypto/tls"
	"fmt"
	"net/http"

	es "github.com/elastic/go-elasticsearch/v8"

	"github.com/vigilops/vigil/internal/tlsx"
)

// newClient builds the official client for cfg (defaults applied and
// validated): its URLs, basic or API-key authentication, TLS with an
// optional CA file, optional request compression, and no retries of its
// own (callers retry with backoff, logging and counting).
func newClient(cfg Config, maxIdlePerHost int) (*es.Client, error) {
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: cfg.InsecureSkipVerify} //nolint:gosec // opt-in for tests
	if cfg.CACert != "" {
		pool, err := tlsx.CAPool(cfg.CACert)
		if err != nil {
			return nil, fmt.Errorf("elasticsearch config: ca_cert: %w", err)
		}
		tlsCfg.RootCAs = pool
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = tlsCfg
	tr.MaxIdleConnsPerHost = maxIdlePerHost

	client, err := es.NewClient(es.Config{
		Addresses:    cfg.URLs,
		Username:     cfg.Username,
		Password:     cfg.Password,
		APIKey:       cfg.APIKey,
		Transport:    tr,
		DisableRetry: true,

		CompressRequestBody:      cfg.Compress,
		CompressRequestBodyLevel: gzip.BestSpeed,
		PoolCompressor:           cfg.Compress,
	})
	if err != nil {
		return nil, fmt.Errorf("elasticsearch client: %w", err)
	}
	return client, nil
}
