//go:build !unix

package detectors

import "time"

// processCPU is unavailable here; benchmarks then report 0 CPU ns/op.
func processCPU() time.Duration { return 0 }
