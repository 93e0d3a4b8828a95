package event

import "testing"

// A realistic 430-byte marketplace API log line.
var benchLine = []byte(`{"@timestamp":"2026-11-25T08:03:00.123Z","service":{"name":"amazon-api","version":"2.4.1"},"host":{"name":"worker-3"},"log":{"level":"warn"},"message":"GET /orders/v0/orders returned 429 for shop S12, retrying in 2s","event":{"action":"api_call","duration":183000000},"http":{"request":{"method":"GET"},"response":{"status_code":429}},"url":{"domain":"sellingpartnerapi-eu.amazon.com","path":"/orders/v0/orders"},"trace":{"id":"4bf92f3577b34da6a3ce929d0e0e4736"},"shop":{"platform":"amazon","id":"S12","region":"eu"}}`)

func BenchmarkDecode(b *testing.B) {
	d := NewDecoder(nil)
	var ev Event
	b.SetBytes(int64(len(benchLine)))
	b.ReportAllocs()
	for b.Loop() {
		if err := d.Decode(benchLine, &ev); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAppendJSON(b *testing.B) {
	d := NewDecoder(nil)
	var ev Event
	if err := d.Decode(benchLine, &ev); err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 0, 1024)
	b.SetBytes(int64(len(benchLine)))
	b.ReportAllocs()
	for b.Loop() {
		buf = ev.AppendJSON(buf[:0])
	}
}
