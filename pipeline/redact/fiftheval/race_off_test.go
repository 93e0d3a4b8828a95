//go:build !race

package fiftheval

const raceEnabled = false
