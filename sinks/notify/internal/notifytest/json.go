package notifytest

import (
	"encoding/json"
	"reflect"
	"testing"
)

// JSONEqual fails the test unless got and want hold the same JSON value.
func JSONEqual(t testing.TB, got []byte, want string) {
	t.Helper()
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("body is not JSON: %v\n%s", err, got)
	}
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		t.Fatalf("want is not JSON: %v", err)
	}
	if !reflect.DeepEqual(g, w) {
		t.Errorf("body:\n%s\nwant:\n%s", got, want)
	}
}
