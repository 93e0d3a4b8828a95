//go:build !race

package tentheval

// judgeLines is how many lines TestJudge renders three times.
const judgeLines = 1900
