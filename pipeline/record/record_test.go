package record

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/vigilops/vigil/event"
)

func TestDeadLetterJSONRoundTrip(t *testing.T) {
	at := time.Date(2026, 11, 25, 8, 3, 0, 123456789, time.FixedZone("X", 3600))
	for _, dl := range []DeadLetter{
		{Reason: "decode_error", Source: event.Source{Topic: "orders", Partition: 2, Offset: 17}, Original: []byte("not json \xff \"q\"\n\t<>&"), At: at},
		{Reason: "index_rejected: 400 mapper_parsing_exception", Source: event.Source{Topic: "app.log", Offset: 3}},
	} {
		b := dl.AppendJSON(nil)
		if !json.Valid(b) {
			t.Fatalf("not JSON: %s", b)
		}
		got, err := DecodeDeadLetter(b)
		if err != nil {
			t.Fatal(err)
		}
		if got.Reason != dl.Reason || got.Source != dl.Source || !got.At.Equal(dl.At) ||
			!bytes.Equal(got.Original, bytes.ToValidUTF8(dl.Original, []byte("\uFFFD"))) {
			t.Fatalf("round trip:\n got %+v\nwant %+v", got, dl)
		}
		if dl.At.IsZero() && bytes.Contains(b, []byte("@timestamp")) {
			t.Fatalf("a dead letter without event time carries one: %s", b)
		}
	}
	if _, err := DecodeDeadLetter([]byte(`{"reason":"x","@timestamp":"yesterday"}`)); err == nil {
		t.Fatal("a bad @timestamp decoded")
	}
}

func TestRejectedErrorCodeLeavesTheReasonOut(t *testing.T) {
	err := error(&RejectedError{Status: 400, Type: "mapper_parsing_exception", Reason: "failed to parse field [amount]"})
	var rej *RejectedError
	if !errors.As(err, &rej) || rej.Code() != "400 mapper_parsing_exception" {
		t.Fatalf("code %q", rej.Code())
	}
}

func FuzzDecodeDeadLetter(f *testing.F) {
	f.Add([]byte(`{"reason":"r","topic":"t","partition":1,"offset":2,"original":"o","@timestamp":"2026-11-25T08:00:00Z"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		dl, err := DecodeDeadLetter(b)
		if err != nil {
			return
		}
		again, err := DecodeDeadLetter(dl.AppendJSON(nil))
		if err != nil || again.Reason != dl.Reason || again.Source != dl.Source || !again.At.Equal(dl.At) {
			t.Fatalf("re-encoding %q: %+v, %v", b, again, err)
		}
	})
}
