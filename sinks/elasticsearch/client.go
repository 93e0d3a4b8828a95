package elasticsearch

import (
	"compress/gzip"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/elastic/elastic-transport-go/v8/elastictransport"
	tpversion "github.com/elastic/elastic-transport-go/v8/elastictransport/version"
	"github.com/elastic/go-elasticsearch/v8/esapi"

	"github.com/vigilops/vigil/internal/tlsx"
)

// esClient is what the esapi requests are sent through: the official
// transport (connection pool, authentication, request compression) plus
// what go-elasticsearch's root client adds on top of it, done the same way:
// the User-Agent and X-Elastic-Client-Meta headers, the compatibility
// headers when ELASTIC_CLIENT_APIVERSIONING is true, and the product check
// of the first successful response. The root client package is not used: it
// links go-elasticsearch's typed API, most of vigil's build, which vigil
// does not call.
type esClient struct {
	tp      *elastictransport.Client
	compat  bool
	checked atomic.Bool // a 2xx response carried X-Elastic-Product: Elasticsearch
}

var _ esapi.Transport = (*esClient)(nil)

const (
	// headerClientMeta is the telemetry header the official clients send.
	headerClientMeta = "X-Elastic-Client-Meta"
	// compatibilityHeader asks an Elasticsearch 9 cluster for 8.x responses.
	compatibilityHeader = "application/vnd.elasticsearch+json;compatible-with=8"
	// unknownProductMsg is the official client's product check error.
	unknownProductMsg = "the client noticed that the server is not Elasticsearch and we do not support this unknown product"
)

var (
	reGoVersion   = regexp.MustCompile(`go(\d+\.\d+\..+)`)
	reMetaVersion = regexp.MustCompile(`([0-9.]+)(.*)`)

	userAgent  = initUserAgent()
	clientMeta = initClientMeta()
)

// newClient builds the client for cfg (defaults applied and validated): its
// URLs, basic or API-key authentication, TLS with an optional CA file,
// optional request compression, and no retries of its own (callers retry
// with backoff, logging and counting).
func newClient(cfg Config, maxIdlePerHost int) (*esClient, error) {
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

	urls := make([]*url.URL, 0, len(cfg.URLs))
	for _, addr := range cfg.URLs {
		u, err := url.Parse(strings.TrimRight(addr, "/"))
		if err != nil {
			// The URL may hold credentials: never echo it (validate has
			// already refused it; this is for callers that skip it).
			return nil, errors.New("elasticsearch client: cannot parse a URL")
		}
		urls = append(urls, u)
	}
	// As the official client does: credentials in the first URL are used
	// for every node whose URL has none (a node's own credentials come
	// first, then the API key, then basic authentication).
	user, password := cfg.Username, cfg.Password
	if len(urls) > 0 && urls[0].User != nil {
		user = urls[0].User.Username()
		password, _ = urls[0].User.Password()
	}
	opts := []elastictransport.Option{
		elastictransport.WithUserAgent(userAgent),
		elastictransport.WithURLs(urls...),
		elastictransport.WithTransport(tr),
		elastictransport.WithDisableRetry(),
	}
	if cfg.APIKey != "" {
		opts = append(opts, elastictransport.WithAPIKey(cfg.APIKey))
	} else if user != "" || password != "" {
		opts = append(opts, elastictransport.WithBasicAuth(user, password))
	}
	if cfg.Compress {
		// A pooled gzip writer at this level, as the official client's
		// CompressRequestBody, CompressRequestBodyLevel and PoolCompressor.
		opts = append(opts, elastictransport.WithCompression(gzip.BestSpeed))
	}
	tp, err := elastictransport.NewClient(opts...)
	if err != nil {
		return nil, fmt.Errorf("elasticsearch client: error creating transport: %w", err)
	}
	compat, _ := strconv.ParseBool(os.Getenv("ELASTIC_CLIENT_APIVERSIONING"))
	return &esClient{tp: tp, compat: compat}, nil
}

// Perform implements esapi.Transport.
func (c *esClient) Perform(req *http.Request) (*http.Response, error) {
	if c.compat {
		if req.Body != nil {
			req.Header.Set("Content-Type", compatibilityHeader)
		}
		req.Header.Set("Accept", compatibilityHeader)
	}
	if m := req.Header.Get(headerClientMeta); m != "" {
		req.Header.Set(headerClientMeta, clientMeta+","+m)
	} else {
		req.Header.Set(headerClientMeta, clientMeta)
	}
	res, err := c.tp.Perform(req)
	if err != nil {
		return nil, err
	}
	// The first successful answer must come from Elasticsearch; error
	// answers are passed on as they are.
	if res.StatusCode >= 200 && res.StatusCode < 300 && !c.checked.Load() {
		if res.Header.Get("X-Elastic-Product") != "Elasticsearch" {
			res.Body.Close()
			return nil, errors.New(unknownProductMsg)
		}
		c.checked.Store(true)
	}
	return res, nil
}

// Close releases the transport; requests after it fail.
func (c *esClient) Close(ctx context.Context) error {
	return c.tp.Close(ctx)
}

// initUserAgent is the official client's User-Agent, e.g.
// "go-elasticsearch/8.19.7 (linux amd64; Go 1.26.1)".
func initUserAgent() string {
	goVersion := reGoVersion.ReplaceAllString(runtime.Version(), "$1")
	return fmt.Sprintf("go-elasticsearch/%s (%s %s; Go %s)", esapi.Version, runtime.GOOS, runtime.GOARCH, goVersion)
}

// initClientMeta is the official client's X-Elastic-Client-Meta value,
// e.g. "es=8.19.7,go=1.26.1,t=8.9.0,hc=1.26.1".
func initClientMeta() string {
	goVersion := strippedVersion(runtime.Version())
	return "es=" + strippedVersion(esapi.Version) + ",go=" + goVersion +
		",t=" + strippedVersion(tpversion.Transport) + ",hc=" + goVersion
}

// strippedVersion keeps the numeric part of a version, with a "p" suffix
// for a pre-release, as the official client does.
func strippedVersion(version string) string {
	v := reMetaVersion.FindStringSubmatch(version)
	if len(v) == 3 && !strings.Contains(version, "devel") {
		if v[2] != "" {
			return v[1] + "p"
		}
		return v[1]
	}
	return "0.0p"
}
