//go:build !race

package eleventheval

const raceEnabled = false
