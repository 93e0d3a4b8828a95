package thirtyfirsteval

// Floors from the first run on the unchanged code of branch c31 (seed 31).
var recallFloor = map[string]float64{}

var leakCeiling = map[string]int{}

const damageCeiling = 100.0
