package sim

import (
	"bufio"
	"fmt"
	"io"
	"time"
)

// Stats summarises a stream written by WriteNDJSON.
type Stats struct {
	Lines     int   // lines written, malformed ones included
	Malformed int   // lines malformed on purpose
	Bytes     int64 // bytes written, newlines included
	// First and Last are the simulated times of the first and last line.
	First, Last time.Time
	// ByService counts well-formed lines per service.name.
	ByService map[string]int
	// PIIValues is the number of distinct PII values emitted (0 when
	// Config.OnPII is set).
	PIIValues int
	// Incidents is the incident script of the run.
	Incidents []Incident
}

// WriteNDJSON simulates cfg and writes every line, newline-terminated, to w.
func WriteNDJSON(w io.Writer, cfg Config) (Stats, error) {
	s := New(cfg)
	bw := bufio.NewWriterSize(w, 256<<10)
	st := Stats{ByService: make(map[string]int)}
	buf := make([]byte, 0, 2048)
	for {
		var at time.Time
		var ok bool
		buf, at, ok = s.AppendNext(buf[:0])
		if !ok {
			break
		}
		if st.Lines == 0 {
			st.First = at
		}
		st.Last = at
		st.Lines++
		if s.Malformed() {
			st.Malformed++
		} else {
			st.ByService[s.LastService()]++
		}
		buf = append(buf, '\n')
		n, err := bw.Write(buf)
		st.Bytes += int64(n)
		if err != nil {
			return st, fmt.Errorf("sim: writing line %d: %w", st.Lines, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("sim: flushing output: %w", err)
	}
	st.PIIValues = len(s.pii)
	st.Incidents = s.Incidents()
	return st, nil
}
