package localindex

import (
	"context"
	"errors"
	"testing"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/sinks/elasticsearch"
)

// TestWriteFailure closes a file behind the index's back: the pending
// documents must get a write error (not nil, not a rejection), and the
// index must keep working for other files.
func TestWriteFailure(t *testing.T) {
	x, err := New(t.TempDir(), zerolog.Nop(), WithFlushInterval(0))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var got []error
	done := func(err error) { got = append(got, err) }
	ctx := context.Background()
	if err := x.Add(ctx, Document{Index: "logs-a", ID: "1", Body: []byte(`{}`), Done: done}); err != nil {
		t.Fatal(err)
	}
	x.Flush()
	x.mu.Lock()
	_ = x.files["logs-a"].f.Close()
	x.mu.Unlock()
	for _, idx := range []string{"logs-a", "logs-b"} {
		if err := x.Add(ctx, Document{Index: idx, ID: "2", Body: []byte(`{}`), Done: done}); err != nil {
			t.Fatal(err)
		}
	}
	x.Flush()
	if len(got) != 3 || got[0] != nil {
		t.Fatalf("Done calls: %v", got)
	}
	var failed, ok int
	for _, err := range got[1:] {
		var rej *elasticsearch.RejectedError
		switch {
		case err == nil:
			ok++
		case errors.As(err, &rej):
			t.Errorf("write failure reported as a rejection: %v", err)
		default:
			failed++
		}
	}
	if failed != 1 || ok != 1 {
		t.Errorf("got %v, want one write failure (logs-a) and one success (logs-b)", got[1:])
	}
	if st := x.Stats(); st.Failed != 1 || st.Written != 2 {
		t.Errorf("Stats = %+v", st)
	}
}
