package cluster

import (
	"context"
	"errors"
	"io"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/pipeline/kafka"
)

// consumer is the loop stage two and the dispatch share: the records of a
// consumer-group source handed to take one at a time, a look at what the
// source still owns every quarter second (release), a checkpoint every
// every, and finish once ctx ends or the source is closed.
type consumer struct {
	src        PartialsSource
	log        zerolog.Logger
	topic      string
	every      time.Duration
	take       func(ctx context.Context, m kafka.Message) error
	release    func()
	checkpoint func() error
	finish     func() error
}

func (c consumer) run(ctx context.Context) error {
	lastCheck, lastSave := time.Now(), time.Now()
	for {
		fctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
		m, err := c.src.Fetch(fctx)
		cancel()
		switch {
		case err == nil:
			if err := c.take(ctx, m); err != nil {
				if ctx.Err() != nil {
					return c.finish()
				}
				return err
			}
		case ctx.Err() != nil, errors.Is(err, errClosed):
			return c.finish()
		case errors.Is(err, context.DeadlineExceeded):
		default:
			c.log.Warn().Err(err).Str("topic", c.topic).Msg("fetching failed")
		}
		if time.Since(lastCheck) >= 250*time.Millisecond {
			c.release()
			lastCheck = time.Now()
		}
		if time.Since(lastSave) >= c.every {
			if err := c.checkpoint(); err != nil {
				c.log.Error().Err(err).Str("topic", c.topic).Msg("checkpoint failed; the offsets it would cover stay uncommitted")
			}
			lastSave = time.Now()
		}
	}
}

// errClosed is what a closed source's Fetch returns.
var errClosed = io.EOF
