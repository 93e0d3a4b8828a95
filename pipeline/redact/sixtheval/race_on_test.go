//go:build race

package sixtheval

// raceEnabled shortens the judge's self-checks under the race detector
// (the corpus itself is judged in full).
const raceEnabled = true
