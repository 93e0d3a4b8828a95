//go:build race

package eleventheval

// raceEnabled: under the race detector the corpus is cut to a fifth (the
// detector slows string-heavy code tenfold); floors are then reported only.
const raceEnabled = true
