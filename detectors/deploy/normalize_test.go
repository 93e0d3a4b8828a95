package deploy

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalizeMessage(t *testing.T) {
	for in, want := range map[string]string{
		"order 4711 for 'ACME GmbH' failed (trace 4bf92f3577b34da6)":         "order <n> for <q> failed (trace <hex>)",
		"user 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found":                "user <uuid> not found",
		`key "sku-19" missing in shop S12`:                                   "key <q> missing in shop S<n>",
		"SP-API GET /orders/v0/orders/406-8668038-2134852/orderItems -> 429": "SP-API GET /orders/v<n>/orders/<n>-<n>-<n>/orderItems -> <n>",
		"can't connect to db: connection reset":                              "can't connect to db: connection reset",
		"pointer 0x7ffd5e8c at offset 12":                                    "pointer <hex> at offset <n>",
		"timeout after 3.5s":                                                 "timeout after <n>.<n>s",
		"deadbeef cafe":                                                      "deadbeef cafe",
		"host amazon-api-75e65d8f74-l6z8l down":                              "host amazon-api-<hex>-l<n>z<n>l down",
		"unterminated 'quote 42":                                             "unterminated 'quote <n>",
		"":                                                                   "",
		"ünïcödé 12 €":                                                       "ünïcödé <n> €",
	} {
		if got := NormalizeMessage(in); got != want {
			t.Errorf("NormalizeMessage(%q)\n got %q\nwant %q", in, got, want)
		}
	}
	long := NormalizeMessage(strings.Repeat("é", 300))
	if !strings.HasSuffix(long, "…") || len(long) > maxMessageLen+len("…") || !utf8.ValidString(long) {
		t.Errorf("long message not cut cleanly: %d bytes", len(long))
	}
}

func FuzzNormalizeMessage(f *testing.F) {
	for _, s := range []string{
		"order 4711 for 'ACME GmbH' failed", "3fa85f64-5717-4562-b3fc-2c963f66afa6", `a "b" "c`,
		"x'y 'z'", "0x", "0xZZ", strings.Repeat("ab1 ", 80), "\xff\xfe 12", "''", "'a'b' x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeMessage(s)
		if len(n) > maxMessageLen+len("…")+len("<uuid>") {
			t.Fatalf("%d bytes", len(n))
		}
		if strings.ContainsAny(n, "0123456789") {
			t.Fatalf("digits left in %q", n)
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Fatalf("invalid UTF-8 from valid input: %q", n)
		}
		if again := NormalizeMessage(n); again != n {
			t.Fatalf("not idempotent: %q → %q → %q", s, n, again)
		}
	})
}

func TestSketch(t *testing.T) {
	var exact, lossy sketch
	for i := 1; i <= 10000; i++ {
		v := float64(i)
		lossy.add(v)
		if i <= 1000 {
			exact.add(v)
		}
	}
	if got := exact.quantile(0.95); got != 950 {
		t.Errorf("exact p95 = %v, want 950", got)
	}
	if !lossy.lossy || lossy.exact != nil {
		t.Error("sketch kept more than exactCap values")
	}
	if got := lossy.quantile(0.95); got < 9500*0.99 || got > 9500*1.01 {
		t.Errorf("bucketed p95 = %v, want 9500 ± 1 %%", got)
	}
	if lossy.add(-1) || lossy.add(nanValue()) {
		t.Error("negative or NaN value accepted")
	}
	var z sketch
	z.add(0)
	z.add(0)
	z.add(5)
	if z.quantile(0.5) != 0 || z.countAbove(zeroBucket) != 1 || z.countAbove(bucketOf(5)) != 0 {
		t.Errorf("zeros: p50 %v, above 0: %d", z.quantile(0.5), z.countAbove(zeroBucket))
	}
	// Merging keeps exact values while they fit, and buckets always.
	var a, b sketch
	for i := range 100 {
		a.add(float64(i))
		b.add(float64(1000 + i))
	}
	a.merge(&b)
	if a.n != 200 || a.lossy || a.quantile(1) != 1099 || a.countAbove(bucketOf(99)) != 100 {
		t.Errorf("merged: n %d, max %v, above 99: %d", a.n, a.quantile(1), a.countAbove(bucketOf(99)))
	}
	if got := pooledBucketAtRank(100, &a); bucketValue(got) < 98 || bucketValue(got) > 100 {
		t.Errorf("rank 100 in bucket of %v", bucketValue(got))
	}
}

func nanValue() float64 {
	zero := 0.0
	return zero / zero
}
