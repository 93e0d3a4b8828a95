package redact

import "strings"

// Role columns of an INSERT. A column named for a person by the role they
// play ("reviewer", "author", "requester", "approved_by", "assignee") holds
// a login or a team as often as a person, so the key tables leave it; in
// logfmt, JSON and XML its value is taken when it is shaped as a person's
// name (names_roles.go). An INSERT's VALUES list is read the same way: the
// literal under such a column is a name when roleName says so
// ("'BRAM VAN DIJK'", "'فاطمة الدوسري'"), and a login ("'svc-deploy'") or a
// team ("'Payments Team'") stays.

// nk29RoleColumns marks the columns of an INSERT that name a person by a
// role, or returns nil when none does.
func nk29RoleColumns(cols []string, kinds []Kind) []bool {
	var out []bool
	for i, c := range cols {
		if kinds[i] != 255 || len(c) < 3 || len(c) > 40 {
			continue
		}
		var buf [48]byte
		nk := lowerHigh(normKey(buf[:0], c))
		if !roleKey(nk) || businessKey18(nk) {
			continue
		}
		if out == nil {
			out = make([]bool, len(cols))
		}
		out[i] = true
	}
	return out
}

// nk29RoleCell reports an INSERT's literal under a role column that is a
// person's name: SQL's doubled quotes read as one.
func nk29RoleCell(v string) bool {
	return roleName(strings.ReplaceAll(v, "''", "'"))
}
