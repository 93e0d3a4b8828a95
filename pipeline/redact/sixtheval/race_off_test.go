//go:build !race

package sixtheval

const raceEnabled = false
