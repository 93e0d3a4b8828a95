//go:build unix

package detectors

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time (user+system) this process has used, so
// benchmarks can report CPU ns/op that stay meaningful on a busy machine.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
