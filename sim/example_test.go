package sim_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/vigilops/vigil/sim"
)

// Playing a simulated day in a minute, as `vigil demo` does; emit would
// hand each line to a Kafka producer.
func ExampleStream() {
	s := sim.New(sim.DefaultConfig())
	p := sim.NewPacer(s.Config().Start, 1440, nil, nil)
	emit := func(line []byte, at time.Time) error {
		_, err := os.Stdout.Write(append(line, '\n'))
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // the example's bound: a deadline kept as written
	defer cancel()
	if err := sim.Stream(ctx, s, p, emit); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
}

// Writing a one-hour sample file, as the testdata samples are made.
func ExampleWriteNDJSON() {
	cfg := sim.DefaultConfig()
	cfg.Skip = 8 * time.Hour // the hour of the 429 burst: 08:00-09:00
	cfg.Duration = 9 * time.Hour
	cfg.Rate = 2
	st, err := sim.WriteNDJSON(os.Stdout, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	fmt.Fprintln(os.Stderr, st.Lines, "lines,", st.Malformed, "malformed")
}
