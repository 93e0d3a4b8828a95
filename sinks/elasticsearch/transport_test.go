package elasticsearch_test

import (
	"context"
	"strings"
	"testing"

	"github.com/elastic/go-elasticsearch/v8/esapi"

	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// NewClient is the indexer's client for other writers: it validates
// the config, authenticates as configured and passes the product check.
func TestNewClient(t *testing.T) {
	srv := estest.NewServer(t, estest.WithAPIKey("fake-api-key"))
	tp, err := elasticsearch.NewClient(elasticsearch.Config{URLs: []string{srv.URL}, APIKey: "fake-api-key"}, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer tp.Close(context.Background())
	res, err := esapi.InfoRequest{}.Do(context.Background(), tp)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 || srv.Requests().Unauthorized != 0 {
		t.Errorf("status %d, unauthorized %d", res.StatusCode, srv.Requests().Unauthorized)
	}
	_, err = elasticsearch.NewClient(elasticsearch.Config{URLs: []string{"ftp://user:fake-secret@host"}}, 1)
	if err == nil || strings.Contains(err.Error(), "fake-secret") || !strings.Contains(err.Error(), "urls") {
		t.Errorf("bad URL: %v", err)
	}
}
