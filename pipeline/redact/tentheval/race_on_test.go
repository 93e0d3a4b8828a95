//go:build race

package tentheval

// judgeLines is how many lines TestJudge renders three times: fewer under
// the race detector, still enough for every context and locale.
const judgeLines = 700
