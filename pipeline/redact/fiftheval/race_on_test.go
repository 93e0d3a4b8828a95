//go:build race

package fiftheval

// raceEnabled: under the race detector TestJudge checks the judge on a
// sample of the lines, to stay within CI's time.
const raceEnabled = true
