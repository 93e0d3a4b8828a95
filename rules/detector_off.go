//go:build nodetectors

package rules

// Built with -tags nodetectors (an escape hatch while the detectors package
// does not build), detector rules load but never fire; the engine logs a
// warning once per rule.

type detectorSpec struct{}

type seriesDetector struct{ last detectorVerdict }

type detectorVerdict struct {
	value, baseline, lower, upper float64
	down                          bool
}

func resolveDetector(*DetectorSpec) (*detectorSpec, error) { return &detectorSpec{}, nil }

func (e *Engine) detect(st *ruleState, _ *group, _ int64, _ aggVals) bool {
	if st.errors == 0 {
		st.errors++
		e.log.Warn().Str("rule", st.rule.Name).Msg("detector rules are inert in this build (-tags nodetectors)")
	}
	return false
}

func snapDetectorOf(*seriesDetector) (*snapDetector, error) { return nil, nil }

func restoreDetector(*detectorSpec, *snapDetector) (*seriesDetector, error) { return nil, nil }
