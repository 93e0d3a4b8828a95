package detectors

import (
	"fmt"
	"strings"
)

// Direction says which deviations from the baseline matter.
type Direction int

const (
	// Both means drops and surges are both anomalous. It is the zero value.
	Both Direction = iota
	// Up means only values above the baseline are anomalous.
	Up
	// Down means only values below the baseline are anomalous.
	Down
)

// String returns "both", "up" or "down".
func (d Direction) String() string {
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	case Both:
		return "both"
	}
	return fmt.Sprintf("Direction(%d)", int(d))
}

// ParseDirection parses "up", "down" or "both" (case-insensitive; "" is both).
func ParseDirection(s string) (Direction, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "up":
		return Up, nil
	case "down":
		return Down, nil
	case "both", "":
		return Both, nil
	}
	return Both, fmt.Errorf("detectors: unknown direction %q (want up, down or both)", s)
}

// MarshalText implements encoding.TextMarshaler (used by YAML and JSON).
func (d Direction) MarshalText() ([]byte, error) {
	if d < Both || d > Down {
		return nil, fmt.Errorf("detectors: invalid direction %d", int(d))
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler (used by YAML and JSON).
func (d *Direction) UnmarshalText(b []byte) error {
	v, err := ParseDirection(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// allows reports whether a deviation of sign s (+1 above, -1 below) matters.
func (d Direction) allows(s float64) bool {
	switch d {
	case Up:
		return s > 0
	case Down:
		return s < 0
	}
	return true
}
