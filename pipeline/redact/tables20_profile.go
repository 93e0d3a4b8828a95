package redact

import "strings"

// A data profile written as a Markdown table (a profiler's report, an
// assistant's summary of a table) has one row per column of the profiled
// table: its first cell names the column, and a cell under a header such
// as "example", "sample" or "top value" shows one of its values:
//
//	| column    | null_rate | distinct | example      |
//	|---|---|---|---|
//	| full_name | 63.1%     | 6572572  | Given Family |
//	| phone     | 69.0%     | 2314427  | 8612 44839   |
//
// That cell is read as the value of the key the row's first cell names.

// mayHoldProfileTable20 is profileTableSpans20's cheap test.
func mayHoldProfileTable20(s string) bool {
	return hasMarkdownTable(s) && (indexFold(s, "example") >= 0 || indexFold(s, "sample") >= 0 || indexFold(s, "value") >= 0)
}

// profileSampleHeader reports a header over sample values of a column.
func profileSampleHeader(h string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(h), "*_`")) {
	case "example", "examples", "example value", "example_value", "sample", "samples", "sample value", "sample_value",
		"sample values", "top value", "top_value", "most common", "most_common", "most common value", "e.g.", "min", "max", "first value", "value":
		return true
	}
	return false
}

// profileTableSpans20 returns the sample cells of the profile tables in s.
func profileTableSpans20(s string) []span {
	var out []span
	sample := -1 // the sample column of the current table; -1 outside one
	inTable := false
	for p := 0; p < len(s); {
		le := strings.IndexByte(s[p:], '\n')
		if le < 0 {
			le = len(s) - p
		}
		line := s[p : p+le]
		cells := tableCells(line)
		switch {
		case cells == nil:
			inTable, sample = false, -1
		case !inTable:
			next := s[min(len(s), p+le+1):]
			if e := strings.IndexByte(next, '\n'); e >= 0 {
				next = next[:e]
			}
			if delimiterRow(next) {
				inTable, sample = true, -1
				for i, c := range cells {
					if i > 0 && profileSampleHeader(line[c[0]:c[1]]) {
						sample = i
						break
					}
				}
				p += le + 1 + len(next) + 1
				continue
			}
		case sample > 0 && sample < len(cells):
			k := strings.TrimSpace(line[cells[0][0]:cells[0][1]])
			k = strings.Trim(k, "`*")
			if k != "" && pairName(strings.ReplaceAll(k, " ", "_")) {
				if cls := pairClass(k); cls == keyName || cls == keyAddress || cls == keyPhone {
					c := cells[sample]
					a, b := c[0], c[1]
					for a < b && line[a] == ' ' {
						a++
					}
					for b > a && (line[b-1] == ' ' || line[b-1] == '\r') {
						b--
					}
					v := strings.Trim(line[a:b], "`")
					if kind, ok := cellKind(cls, v); ok && b > a {
						out = append(out, span{start: p + a, end: p + b, kind: kind})
					}
				}
			}
		}
		p += le + 1
	}
	return out
}
