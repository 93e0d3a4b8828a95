package estest_test

import (
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// A test of another package starts the fake, makes the first attempt of
// one document fail with 429 and inspects what was stored.
func Example() {
	srv := estest.New()
	defer srv.Close()
	srv.ItemFault(func(index, id string, attempt int) int {
		if id == "b" && attempt == 1 {
			return http.StatusTooManyRequests
		}
		return 0
	})
	body := `{"index":{"_index":"logs-demo","_id":"a"}}` + "\n" + `{"n":1}` + "\n" +
		`{"index":{"_index":"logs-demo","_id":"b"}}` + "\n" + `{"n":2}` + "\n"
	for range 2 {
		res, err := http.Post(srv.URL+"/_bulk?filter_path=items.*.status", "application/x-ndjson", strings.NewReader(body))
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		fmt.Println(string(b))
	}
	fmt.Println(srv.Count("logs-*"), srv.Requests().ItemFaults)
	// Output:
	// {"items":[{"index":{"status":201}},{"index":{"status":429}}]}
	// {"items":[{"index":{"status":200}},{"index":{"status":201}}]}
	// 2 1
}
