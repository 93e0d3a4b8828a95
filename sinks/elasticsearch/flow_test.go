package elasticsearch_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	awaitpkg "github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// fakeClock is the indexer's clock of per-item backoff; only the test
// moves it.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// newClockedIndexer is newIndexer with the backoff clock and a seeded
// jitter.
func newClockedIndexer(t *testing.T, cfg elasticsearch.Config, clock *fakeClock) *elasticsearch.Indexer {
	t.Helper()
	var mu sync.Mutex
	rnd := rand.New(rand.NewPCG(1, 2))
	ix, err := elasticsearch.NewWithClock(cfg, zerolog.Nop(), clock.Now, func(n time.Duration) time.Duration {
		mu.Lock()
		defer mu.Unlock()
		return time.Duration(rnd.Int64N(int64(n)))
	})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		_ = ix.Close(awaitpkg.Context(t, 2*time.Second))
	})
	return ix
}

// await polls cond until it holds, failing the test after a generous
// deadline (see internal/await).
func await(t *testing.T, what string, cond func() bool) {
	t.Helper()
	awaitpkg.Until(t, what, 30*time.Second, cond)
}

// checkExactlyOnce checks that every document "0" … n-1 of index got one
// Done(nil) and is stored once (version 1: written by exactly one
// successful bulk item).
func checkExactlyOnce(t *testing.T, srv *estest.Server, rec *recorder, index string, n int) {
	t.Helper()
	results := rec.wait()
	if len(results) != n {
		t.Errorf("%d Done calls, want %d", len(results), n)
	}
	bad := 0
	for k, err := range results {
		if err != nil && bad < 5 {
			t.Errorf("%s: Done(%v), want nil", k, err)
			bad++
		}
	}
	versions := srv.Versions(index)
	if len(versions) != n {
		t.Errorf("%d documents stored, want %d", len(versions), n)
	}
	for i := range n {
		if v := versions[fmt.Sprint(i)]; v != 1 {
			t.Fatalf("document %d stored %d times, want once", i, v)
		}
	}
}

// TestItem429sDoNotStallTheStream: with half of the bulk items answered 429
// on every attempt, documents keep arriving at a steady rate and indexing
// keeps up with at least half of it, round after round, while the rejected
// items come back in later batches with their own backoff; the bulk size
// shrinks under the pushback and grows back after it. Time is measured in
// rounds of the backoff clock (250 ms each, with the default backoff), so
// the figures do not depend on the machine: each round adds perRound
// documents, then waits until everything is sent and every failed item is
// parked for later. In the end every document is indexed exactly once,
// with one Done(nil).
func TestItem429sDoNotStallTheStream(t *testing.T) {
	const (
		n        = 20000
		rounds   = 50
		perRound = n / rounds
		index    = "logs-p429-2026.11.25"
	)
	srv := estest.NewServer(t)
	srv.RejectItems(429, 0.5, 12)
	clock := newFakeClock()
	cfg := testConfig(srv.URL)
	cfg.FlushBytes = 32 << 10
	cfg.BackoffMin, cfg.BackoffMax = elasticsearch.DefaultBackoffMin, elasticsearch.DefaultBackoffMax
	const round = 250 * time.Millisecond // of the fake clock
	ix := newClockedIndexer(t, cfg, clock)
	rec := newRecorder(t)
	idle := func() bool { return ix.Idle() }

	added := 0
	add := func(k int) {
		for range k {
			if err := ix.Add(context.Background(), rec.doc(index, fmt.Sprint(added), body(added, "p429"))); err != nil {
				t.Fatal(err)
			}
			added++
		}
	}

	minBatch := uint64(cfg.FlushBytes)
	var worst, parkedMax uint64 = perRound, 0
	for r := range rounds {
		before := ix.Stats().Indexed
		add(perRound)
		await(t, fmt.Sprintf("round %d is sent", r), idle)
		st := ix.Stats()
		progress := st.Indexed - before
		if r > 0 {
			worst = min(worst, progress)
			if progress < perRound/2 {
				t.Errorf("round %d: %d documents indexed for %d added (< 50%%): the stream stalls", r, progress, perRound)
			}
		}
		minBatch = min(minBatch, st.BatchBytes)
		parkedMax = max(parkedMax, st.Waiting)
		clock.Advance(round)
	}
	st := ix.Stats()
	t.Logf("429 phase: %d of %d documents indexed (%.1f%%) in %d rounds of %s; worst round after the first %d/%d; "+
		"at most %d parked; %d bulk requests; bulk size down to %d bytes (%d cuts)",
		st.Indexed, n, 100*float64(st.Indexed)/n, rounds, round, worst, perRound, parkedMax, st.Requests, minBatch, st.Throttled)
	if st.Indexed < n/2 {
		t.Errorf("%d of %d documents indexed during the 429 phase, want at least half", st.Indexed, n)
	}
	if st.Waiting == 0 || st.RetriedByStatus[429] == 0 {
		t.Errorf("no document parked or retried after 429s: %+v", st)
	}
	if st.Throttled == 0 || minBatch >= uint64(cfg.FlushBytes) {
		t.Errorf("the bulk size did not shrink under pushback: %d cuts, down to %d", st.Throttled, minBatch)
	}

	// Elasticsearch recovers: the parked documents go out once due, at
	// most a second later (the cap of an item's backoff).
	srv.RejectItems(429, 0, 0)
	clock.Advance(time.Second)
	await(t, "the due retries are sent", idle)
	if st := ix.Stats(); st.Pending != 0 {
		t.Fatalf("documents still pending a second after Elasticsearch recovered: %+v", st)
	}
	// Clean responses grow the bulk size back.
	for r := 0; ix.Stats().BatchBytes < uint64(cfg.FlushBytes); r++ {
		if r == 20 {
			t.Fatalf("bulk size stays at %d after %d clean rounds", ix.Stats().BatchBytes, r)
		}
		add(perRound)
		await(t, "a clean round is sent", idle)
	}
	if err := closeIndexer(t, ix); err != nil {
		t.Fatal(err)
	}
	checkExactlyOnce(t, srv, rec, index, added)

	st = ix.Stats()
	faults := srv.Requests().ItemFaults
	if st.Indexed != uint64(added) || st.Pending != 0 || st.Failed != 0 || st.Aborted != 0 {
		t.Errorf("Stats = %+v", st)
	}
	// Each rejection was retried once, and only the rejected items were sent again.
	if st.Retried != uint64(faults) || st.RetriedByStatus[429] != uint64(faults) || len(st.RetriedByStatus) != 1 {
		t.Errorf("Retried %d, by status %v; the server rejected %d items", st.Retried, st.RetriedByStatus, faults)
	}
	if items := srv.Requests().BulkItems; items != added+faults {
		t.Errorf("server saw %d items, want %d documents + %d rejections", items, added, faults)
	}
	if st.BytesInFlight != 0 || st.PeakBytesInFlight == 0 || st.PeakBytesInFlight > uint64(ix.Config().MaxBytesInFlight) {
		t.Errorf("bytes in flight %d, peak %d, bound %d", st.BytesInFlight, st.PeakBytesInFlight, ix.Config().MaxBytesInFlight)
	}
}

// TestOtherRetryableItemStatuses: 502, 503 and 504 items are parked and
// retried like 429s and counted by status; a 400 among them is rejected
// at once.
func TestOtherRetryableItemStatuses(t *testing.T) {
	srv := estest.NewServer(t)
	statuses := []int{502, 503, 504, 429}
	srv.ItemFault(func(_, id string, attempt int) int {
		var i int
		fmt.Sscan(id, &i)
		if i%10 == 9 {
			return 400
		}
		if attempt == 1 && i%2 == 0 {
			return statuses[i/2%len(statuses)]
		}
		return 0
	})
	clock := newFakeClock()
	cfg := testConfig(srv.URL)
	ix := newClockedIndexer(t, cfg, clock)
	rec := newRecorder(t)
	const n, index = 400, "logs-st-2026.11.25"
	for i := range n {
		if err := ix.Add(context.Background(), rec.doc(index, fmt.Sprint(i), body(i, "st"))); err != nil {
			t.Fatal(err)
		}
	}
	await(t, "the first attempts are sent", ix.Idle)
	if st := ix.Stats(); st.Waiting == 0 {
		t.Fatalf("nothing parked: %+v", st)
	}
	clock.Advance(cfg.BackoffMax)
	if err := closeIndexer(t, ix); err != nil {
		t.Fatal(err)
	}
	rejected := 0
	for k, err := range rec.wait() {
		var rej *elasticsearch.RejectedError
		var i int
		fmt.Sscan(strings.TrimPrefix(k, index+"/"), &i)
		switch {
		case i%10 == 9:
			if !errors.As(err, &rej) || rej.Status != 400 {
				t.Errorf("%s: Done(%v), want a 400 RejectedError", k, err)
			}
			rejected++
		case err != nil:
			t.Errorf("%s: Done(%v), want nil", k, err)
		}
	}
	st := ix.Stats()
	want := map[int]uint64{}
	for i := 0; i < n; i += 2 {
		if i%10 != 9 {
			want[statuses[i/2%len(statuses)]]++
		}
	}
	if fmt.Sprint(st.RetriedByStatus) != fmt.Sprint(want) {
		t.Errorf("RetriedByStatus = %v, want %v", st.RetriedByStatus, want)
	}
	if st.Indexed != uint64(n-rejected) || st.Rejected != uint64(rejected) || srv.Count(index) != n-rejected {
		t.Errorf("Stats = %+v, stored %d", st, srv.Count(index))
	}
}

// addUntilBound adds documents with a short deadline until Add blocks
// because the pending documents reach max bytes (not merely because the
// workers are busy: then it tries again). It returns how many were
// accepted.
func addUntilBound(t *testing.T, ix *elasticsearch.Indexer, rec *recorder, index string, max int) int {
	t.Helper()
	accepted := 0 // also the id of the next document
	deadline := time.Now().Add(awaitpkg.Within(t, 30*time.Second))
	for {
		if time.Now().After(deadline) {
			t.Fatalf("Add never blocked at the bound (accepted %d, %+v)", accepted, ix.Stats())
		}
		id := fmt.Sprint(accepted)
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		err := ix.Add(ctx, rec.doc(index, id, body(accepted, "bound")))
		cancel()
		if err == nil {
			accepted++
			continue
		}
		rec.wg.Done() // not accepted: no Done will come
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("blocked Add = %v, want DeadlineExceeded", err)
		}
		size := len(body(accepted, "bound")) + len(index) + len(id) + 32
		if st := ix.Stats(); st.BytesInFlight+uint64(size) > uint64(max) {
			return accepted
		}
	}
}

// TestMaxBytesInFlight: Add blocks (until its ctx ends) once the pending
// documents reach MaxBytesInFlight, whether Elasticsearch hangs or answers
// 429 to every item (then everything held is parked for a retry), and the
// bytes held never exceed the bound; a document larger than the bound goes
// through alone. Nothing is lost once Elasticsearch recovers.
func TestMaxBytesInFlight(t *testing.T) {
	t.Run("every item 429", func(t *testing.T) {
		srv := estest.NewServer(t)
		srv.RejectItems(429, 1, 0)
		clock := newFakeClock()
		cfg := testConfig(srv.URL)
		cfg.FlushBytes = 4 << 10
		cfg.MaxBytesInFlight = 32 << 10
		ix := newClockedIndexer(t, cfg, clock)
		rec := newRecorder(t)
		const index = "logs-b429-2026.11.25"
		accepted := addUntilBound(t, ix, rec, index, cfg.MaxBytesInFlight)
		await(t, "everything held is parked", ix.Idle)
		st := ix.Stats()
		docSize := int(st.BytesInFlight) / accepted
		t.Logf("accepted %d documents (%d bytes) under a bound of %d; peak %d", accepted, st.BytesInFlight, cfg.MaxBytesInFlight, st.PeakBytesInFlight)
		if st.PeakBytesInFlight > uint64(cfg.MaxBytesInFlight) || st.BytesInFlight > uint64(cfg.MaxBytesInFlight) {
			t.Errorf("bytes in flight %d, peak %d: over the bound %d", st.BytesInFlight, st.PeakBytesInFlight, cfg.MaxBytesInFlight)
		}
		if int(st.BytesInFlight) < cfg.MaxBytesInFlight-2*docSize {
			t.Errorf("Add blocked at %d bytes, well below the bound %d", st.BytesInFlight, cfg.MaxBytesInFlight)
		}
		if st.Waiting != uint64(accepted) || st.Pending != uint64(accepted) {
			t.Errorf("%d parked, %d pending, want all %d accepted", st.Waiting, st.Pending, accepted)
		}

		// An Add waiting at the bound goes through once Elasticsearch recovers.
		blocked := make(chan error, 1)
		go func() {
			blocked <- ix.Add(context.Background(), rec.doc(index, fmt.Sprint(accepted), body(accepted, "bound")))
		}()
		srv.RejectItems(429, 0, 0)
		clock.Advance(time.Hour)
		select {
		case err := <-blocked:
			if err != nil {
				t.Fatalf("blocked Add = %v", err)
			}
		case <-awaitpkg.After(t, 30*time.Second):
			t.Fatal("Add still blocked after Elasticsearch recovered")
		}
		if err := closeIndexer(t, ix); err != nil {
			t.Fatal(err)
		}
		checkExactlyOnce(t, srv, rec, index, accepted+1)
		if st := ix.Stats(); st.PeakBytesInFlight > uint64(cfg.MaxBytesInFlight) || st.BytesInFlight != 0 {
			t.Errorf("after recovery: %+v", st)
		}
	})

	t.Run("hung", func(t *testing.T) {
		srv := estest.NewServer(t)
		cfg := testConfig(srv.URL)
		cfg.Workers = 4
		cfg.FlushBytes = 4 << 10
		cfg.FlushInterval = time.Hour   // full batches only
		cfg.MaxBytesInFlight = 10 << 10 // below what 4 workers and a waiting batch would hold
		ix := newIndexer(t, cfg)
		release := srv.HoldBulk()
		defer release()
		rec := newRecorder(t)
		const index = "logs-bhang-2026.11.25"
		accepted := addUntilBound(t, ix, rec, index, cfg.MaxBytesInFlight)
		st := ix.Stats()
		t.Logf("accepted %d documents (%d bytes) under a bound of %d", accepted, st.BytesInFlight, cfg.MaxBytesInFlight)
		if st.PeakBytesInFlight > uint64(cfg.MaxBytesInFlight) {
			t.Errorf("peak %d over the bound %d", st.PeakBytesInFlight, cfg.MaxBytesInFlight)
		}
		release()
		if err := closeIndexer(t, ix); err != nil {
			t.Fatal(err)
		}
		checkExactlyOnce(t, srv, rec, index, accepted)
	})

	t.Run("document larger than the bound", func(t *testing.T) {
		srv := estest.NewServer(t)
		cfg := testConfig(srv.URL)
		cfg.FlushBytes = 1 << 10
		cfg.MaxBytesInFlight = 1 << 10
		ix := newIndexer(t, cfg)
		rec := newRecorder(t)
		const index = "logs-bbig-2026.11.25"
		big := `{"message":"` + strings.Repeat("x", 4<<10) + `"}`
		for i := range 3 {
			err := ix.Add(awaitpkg.Context(t, 30*time.Second), rec.doc(index, fmt.Sprint(i), big))
			if err != nil {
				t.Fatalf("Add %d: %v", i, err)
			}
		}
		if err := closeIndexer(t, ix); err != nil {
			t.Fatal(err)
		}
		checkExactlyOnce(t, srv, rec, index, 3)
		size := uint64(len(big) + len(index) + 1 + 32)
		if st := ix.Stats(); st.PeakBytesInFlight != size {
			t.Errorf("peak %d, want one document (%d): the bound plus one document at most", st.PeakBytesInFlight, size)
		}
	})
}

// TestCloseWaitsForParkedDocuments: Close sends the documents parked for
// a retry once they are due and returns only when they are finished; if
// its ctx ends first they are aborted, each with one Done.
func TestCloseWaitsForParkedDocuments(t *testing.T) {
	for _, abort := range []bool{false, true} {
		t.Run(fmt.Sprintf("abort=%v", abort), func(t *testing.T) {
			srv := estest.NewServer(t)
			srv.ItemFault(func(_, id string, attempt int) int {
				if strings.HasPrefix(id, "slow") && (abort || attempt == 1) {
					return 429
				}
				return 0
			})
			cfg := testConfig(srv.URL)
			cfg.BackoffMin, cfg.BackoffMax = 20*time.Millisecond, 40*time.Millisecond
			ix := newIndexer(t, cfg)
			rec := newRecorder(t)
			const index = "logs-close-2026.11.25"
			for i := range 20 {
				id := fmt.Sprint(i)
				if i%4 == 0 {
					id = "slow" + id
				}
				if err := ix.Add(context.Background(), rec.doc(index, id, body(i, "close"))); err != nil {
					t.Fatal(err)
				}
			}
			ctx := awaitpkg.Context(t, 10*time.Second) // a safety net: Close finishes them
			if abort {
				// The fifteen others are indexed first (however slow
				// the machine), so that the abort meets the five slow
				// ones alone, parked for their retries.
				await(t, "the fifteen others indexed", func() bool { return ix.Stats().Indexed == 15 })
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(context.Background(), 2*time.Second) // the abort: a deadline kept as written
				defer cancel()
			}
			err := ix.Close(ctx)
			results := rec.wait()
			st := ix.Stats()
			if abort {
				if !errors.Is(err, elasticsearch.ErrAborted) {
					t.Fatalf("Close = %v, want ErrAborted", err)
				}
				for k, err := range results {
					if strings.Contains(k, "slow") != errors.Is(err, elasticsearch.ErrAborted) {
						t.Errorf("%s: Done(%v)", k, err)
					}
				}
				if st.Aborted != 5 || st.Indexed != 15 {
					t.Errorf("Stats = %+v", st)
				}
			} else {
				if err != nil {
					t.Fatalf("Close = %v", err)
				}
				for k, err := range results {
					if err != nil {
						t.Errorf("%s: Done(%v)", k, err)
					}
				}
				if srv.Count(index) != 20 || st.Retried != 5 {
					t.Errorf("stored %d, Stats = %+v", srv.Count(index), st)
				}
			}
			if len(results) != 20 || st.Pending != 0 || st.BytesInFlight != 0 {
				t.Errorf("%d outcomes, Stats = %+v", len(results), st)
			}
		})
	}
}

func TestMaxBytesInFlightDefault(t *testing.T) {
	for _, tc := range []struct{ flush, want int }{
		{0, elasticsearch.DefaultMaxBytesInFlight},
		{100 << 20, 100 << 20},
	} {
		cfg := elasticsearch.Config{FlushBytes: tc.flush}
		ix, err := elasticsearch.New(cfg, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		if got := ix.Config().MaxBytesInFlight; got != tc.want {
			t.Errorf("flush_bytes %d: max_bytes_in_flight defaults to %d, want %d", tc.flush, got, tc.want)
		}
		_ = ix.Close(context.Background())
	}
}
