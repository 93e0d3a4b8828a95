package elasticsearch

import (
	"compress/gzip"
	"crypto/tls"

	"fmt"
	"math/rand/v2"
	"net/http"

	"time"

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

// backoffDelay returns the wait before retry n (n >= 1): exponential from
// lo, capped at hi, with "equal jitter" in [d/2, d].
func backoffDelay(lo, hi time.Duration, n int) time.Duration {
	return jitteredBackoff(lo, hi, n, rand.N[time.Duration])
}

// jitteredBackoff is backoffDelay with the random source randN (uniform in
// [0, n)) injected.
func jitteredBackoff(lo, hi time.Duration, n int, randN func(time.Duration) time.Duration) time.Duration {
	d := hi
	if shift := n - 1; shift < 32 {
		if e := lo << shift; e > 0 && e < d {
			d = e
		}
	}
	half := d / 2
	if half <= 0 {
		return d
	}
	return half + randN(d-half+1)
}
