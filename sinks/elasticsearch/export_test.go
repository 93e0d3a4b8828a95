package elasticsearch

import (
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/rs/zerolog"
)

// NewWithClock is New with the clock of per-item backoff and the jitter's
// random source (uniform in [0, n)) injected.
func NewWithClock(cfg Config, log zerolog.Logger, now func() time.Time, randN func(time.Duration) time.Duration) (*Indexer, error) {
	return newIndexer(cfg, log, now, randN)
}

// Idle reports whether every pending document is parked for a retry that
// is not due yet by the indexer's clock: nothing is being batched, waiting
// for a worker or being sent. Meaningful while no Add is running.
func (ix *Indexer) Idle() bool {
	pending := ix.Stats().Pending
	q := &ix.retries
	q.mu.Lock()
	parked := len(q.h)
	due := parked > 0 && !q.h[0].due.After(ix.now())
	q.mu.Unlock()
	return pending == uint64(parked) && !due
}

// NewTransport returns the client the indexer sends its requests through,
// for cfg with defaults applied: the tests' own esapi requests then go out
// with the same URLs, credentials and TLS settings.
func NewTransport(cfg Config) (esapi.Transport, error) {
	return newClient(cfg.withDefaults(), 2)
}
