package detectors

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// timeLayouts are the timestamp formats ScoreCSV accepts, tried in order.
var timeLayouts = []string{
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05.999999999",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
}

// ParseTimestamp parses a CSV timestamp: "2006-01-02 15:04:05" (optionally
// with fractional seconds, read as UTC) or RFC 3339.
func ParseTimestamp(s string) (time.Time, error) {
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("detectors: unrecognised timestamp %q", s)
}

// ScoreCSV reads a `timestamp,value` CSV (with a header line naming the
// columns) from r, scores each row with d in order, and writes
// `timestamp,value,anomaly_score` to w, echoing the timestamp and value text
// exactly. It streams: each row is scored as it is read, using only the rows
// before it, and output is flushed whenever the input has no more data
// buffered. Blank lines are skipped; a malformed row stops it with an error
// naming the line.
func ScoreCSV(r io.Reader, w io.Writer, d Detector) error {
	br := bufio.NewReaderSize(r, 64<<10)
	bw := bufio.NewWriterSize(w, 64<<10)
	tsCol, valCol, ncols := 0, 1, 2
	line := 0
	header := true
	var out []byte
	for {
		if br.Buffered() == 0 {
			if err := bw.Flush(); err != nil {
				return fmt.Errorf("detectors: writing scores: %w", err)
			}
		}
		raw, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			return fmt.Errorf("detectors: line %d is longer than %d bytes", line+1, br.Size())
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("detectors: reading CSV: %w", err)
		}
		eof := err != nil
		if len(raw) > 0 {
			line++
			text := bytes.TrimRight(raw, "\r\n")
			if len(bytes.TrimSpace(text)) > 0 {
				fields := strings.Split(string(text), ",")
				if header {
					header = false
					tsCol, valCol, ncols = -1, -1, len(fields)
					for i, f := range fields {
						switch strings.ToLower(strings.Trim(strings.TrimSpace(f), `"`)) {
						case "timestamp", "time", "@timestamp":
							tsCol = i
						case "value":
							valCol = i
						}
					}
					if tsCol < 0 || valCol < 0 {
						return fmt.Errorf("detectors: CSV header (line %d) must name timestamp and value columns", line)
					}
					out = append(out[:0], "timestamp,value,anomaly_score\n"...)
				} else {
					if len(fields) != ncols {
						return fmt.Errorf("detectors: line %d has %d fields, header has %d", line, len(fields), ncols)
					}
					tsText, valText := fields[tsCol], fields[valCol]
					t, err := ParseTimestamp(strings.TrimSpace(tsText))
					if err != nil {
						return fmt.Errorf("detectors: line %d: %w", line, err)
					}
					v, err := strconv.ParseFloat(strings.TrimSpace(valText), 64)
					if err != nil {
						return fmt.Errorf("detectors: line %d: value is not a number", line)
					}
					res := d.Observe(t, v)
					out = append(out[:0], tsText...)
					out = append(out, ',')
					out = append(out, valText...)
					out = append(out, ',')
					out = strconv.AppendFloat(out, res.Score, 'f', -1, 64)
					out = append(out, '\n')
				}
				if _, err := bw.Write(out); err != nil {
					return fmt.Errorf("detectors: writing scores: %w", err)
				}
			}
		}
		if eof {
			break
		}
	}
	if header {
		return errors.New("detectors: CSV is empty (no header line)")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("detectors: writing scores: %w", err)
	}
	return nil
}
