package redact

import "strings"

// Command lines that carry a password in a short option. Shell traces
// (`set -x`'s "+ …"), cron mail, CI logs and audit records print the
// command as typed, and a number of clients take the secret itself after
// a one-letter flag:
//
//	ldapsearch -x -H ldaps://dc01:636 -D "cn=svc,…" -w 'S3cret!' -b …
//	sshpass -p 'S3cret!' ssh deploy@10.0.0.3
//	redis-cli -h cache01 -a S3cret! ping
//	sqlcmd -S db01 -U sa -P S3cret! -Q "select 1"
//	smbclient //fs01/share -U backup%S3cret!
//
// The letter means a password only for its own client (ldapsearch's -p is
// a port, redis-cli's -p too), so cmdFlagSpans21 reads the flag only in
// the options of a command it names: the command word opens the line or
// follows a separator ("|", ";", "&&", "sudo", "+ ", "$ "), and the flag
// comes after it in the same command. sshpass wraps another command whose
// own flags follow: its -p counts only before that command. The value is
// the next word, quoted or not, or the rest of the flag's word (getopt
// reads "-wS3cret" the same way; MySQL's and archivers' -p takes it glued
// only); a reference to a secret held elsewhere (secretRef24: a variable
// "$LDAP_PW", "%PW%", a template, a file, a dash for standard input, a
// mask) and a marker of an earlier pass are kept.
// A registry's, cluster's or cloud's client takes the password of its
// "login" subcommand in -p or --password (`docker login -u ci -p …`,
// `helm registry login … --password=…`): its rows name the subcommand,
// one of the four words after the command word, and read the long
// option too. Other long options (--password …) and the keys of
// "-u user:pass" and "mysql -p…" are read elsewhere (keys.go, word.go).

// cmdFlag21 is a client's password flags: letters whose value is the
// secret, and whether the value is "user<sep>secret" (smbclient's -U
// user%pass, lftp's -u user,pass).
type cmdFlag21 struct {
	letters string
	userSep byte
	wrapper bool   // the client runs another command after its own options
	glued   bool   // the value only glued to its letter ("mysql -pS3cret": "-p name" names a database)
	sub     string // the subcommand the flags belong to ("docker login"), or "" for any
	long    bool   // --password (cmdFlagLong21) takes the secret too, after a space or '='
}

// loginFlag21 is the row of a client whose "login" subcommand takes the
// password in -p or --password (registries, clusters, clouds).
var loginFlag21 = cmdFlag21{letters: "p", sub: "login", long: true}

// cmdFlags21 are the clients that take a password in a short option.
var cmdFlags21 = map[string]cmdFlag21{
	"ldapsearch": {letters: "w"}, "ldapmodify": {letters: "w"}, "ldapadd": {letters: "w"}, "ldapdelete": {letters: "w"},
	"ldapwhoami": {letters: "w"}, "ldapcompare": {letters: "w"}, "ldapmodrdn": {letters: "w"}, "ldapexop": {letters: "w"},
	"ldappasswd": {letters: "was"}, "ldapvi": {letters: "w"},
	"sshpass":   {letters: "p", wrapper: true},
	"redis-cli": {letters: "a"}, "keydb-cli": {letters: "a"},
	"sqlcmd": {letters: "P"}, "bcp": {letters: "P"}, "osql": {letters: "P"}, "isql": {letters: "P"},
	"mongo": {letters: "p"}, "mongosh": {letters: "p"}, "mongodump": {letters: "p"}, "mongorestore": {letters: "p"},
	"mongoexport": {letters: "p"}, "mongoimport": {letters: "p"}, "mongostat": {letters: "p"}, "mongotop": {letters: "p"},
	"mosquitto_pub": {letters: "P"}, "mosquitto_sub": {letters: "P"}, "mosquitto_rr": {letters: "P"},
	"ipmitool": {letters: "P"}, "rdesktop": {letters: "p"},
	"smbclient": {letters: "U", userSep: '%'}, "rpcclient": {letters: "U", userSep: '%'}, "smbget": {letters: "U", userSep: '%'},
	"smbcacls": {letters: "U", userSep: '%'}, "smbmap": {letters: "p"},
	"lftp":  {letters: "u", userSep: ','},
	"mysql": {letters: "p", glued: true}, "mysqldump": {letters: "p", glued: true}, "mysqladmin": {letters: "p", glued: true},
	"mysqlimport": {letters: "p", glued: true}, "mysqlcheck": {letters: "p", glued: true}, "mysqlshow": {letters: "p", glued: true},
	"mysqlpump": {letters: "p", glued: true}, "mariadb": {letters: "p", glued: true}, "mariadb-dump": {letters: "p", glued: true},
	"psexec": {letters: "p"}, "psexec64": {letters: "p"}, "paexec": {letters: "p"},
	"7z": {letters: "p", glued: true}, "7za": {letters: "p", glued: true}, "rar": {letters: "p", glued: true}, "unrar": {letters: "p", glued: true},
	"docker": loginFlag21, "podman": loginFlag21, "buildah": loginFlag21, "skopeo": loginFlag21, "nerdctl": loginFlag21,
	"finch": loginFlag21, "helm": loginFlag21, "oras": loginFlag21, "crane": loginFlag21, "regctl": loginFlag21,
	"oc": loginFlag21, "cf": loginFlag21, "az": loginFlag21, "kubectl": loginFlag21, "argocd": loginFlag21,
	"vault": loginFlag21, "npm": loginFlag21, "twine": loginFlag21, "jfrog": loginFlag21,
}

// slashFlags21 are Windows tools' password options written with a slash,
// the value after a space or a colon ("ktpass … /pass S3cret",
// "cmdkey /pass:S3cret", "schtasks … /RP S3cret", "xfreerdp /p:S3cret").
var slashFlags21 = map[string][]string{
	"ktpass": {"pass"}, "cmdkey": {"pass"}, "schtasks": {"rp", "p"}, "xfreerdp": {"p"}, "wfreerdp": {"p"},
	"wmic": {"password"}, "ksetup": {"setcomputerpassword"}, "netdom": {"passwordd", "passwordo"},
}

// cmdFlagLetters21 are the letters any client above reads as a password.
const cmdFlagLetters21 = "wpasPUuRr"

// cmdFlagLong21 is the long option (after "--") the rows with long read.
const cmdFlagLong21 = "password"

// mayHoldCmdFlag21 is cmdFlagSpans21's and slashFlagSpans21's cheap test:
// a short option of one of those letters ("-w"), the long option
// ("--password"), or a Windows option ("/pass"), after a space; found by
// the dash and the slash.
func mayHoldCmdFlag21(s string) bool {
	for _, c := range [2]byte{'-', '/'} {
		for p := 0; ; {
			i := strings.IndexByte(s[p:], c)
			if i < 0 {
				break
			}
			i += p
			if i > 0 && s[i-1] == ' ' && i+1 < len(s) && (strings.IndexByte(cmdFlagLetters21, s[i+1]) >= 0 ||
				c == '-' && s[i+1] == '-' && strings.HasPrefix(s[i+2:], cmdFlagLong21)) {
				return true
			}
			p = i + 1
		}
	}
	return false
}

// cmdFlagSpans21 returns the secrets of s's command lines (see above).
func cmdFlagSpans21(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], " -")
		if i < 0 {
			break
		}
		i += off
		off = i + 2
		f := i + 2 // the flag's letter, or the second dash of a long option
		if f >= len(s) {
			continue
		}
		long := s[f] == '-' && strings.HasPrefix(s[f+1:], cmdFlagLong21)
		if !long && strings.IndexByte(cmdFlagLetters21, s[f]) < 0 {
			continue
		}
		cmd, ce, ok := cmdBefore21(s, i)
		if !ok || !long && strings.IndexByte(cmd.letters, s[f]) < 0 || long && !cmd.long {
			continue
		}
		v := f + 1
		if long {
			v += len(cmdFlagLong21)
			if v+1 >= len(s) || s[v] != ' ' && s[v] != '=' {
				continue // "--password-stdin"
			}
			v++
		} else if v < len(s) && s[v] == ' ' && !cmd.glued {
			v++
		} else if v >= len(s) || !secretByte21(s[v]) {
			continue // "-wx": another flag's word ends here, "-w" at the end
		}
		if cmd.sub != "" && !subcommandIn21(s[ce:i], cmd.sub) {
			continue // "docker run -p 8080:80": not the login's
		}
		a, e := flagValue21(s, v)
		if e <= a {
			continue
		}
		if cmd.userSep != 0 {
			c := strings.IndexByte(s[a:e], cmd.userSep)
			if c < 0 {
				continue // a user alone: the client asks for the password
			}
			a += c + 1
		}
		if secretRef24(s[a:e]) {
			continue // (a word after the flag is its value whatever it starts with, as getopt reads it)
		}
		out = append(out, span{start: a, end: e, kind: KindCredential})
		off = e
	}
	return out
}

// slashFlagSpans21 returns the values of Windows tools' password options
// (see slashFlags21).
func slashFlagSpans21(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], " /")
		if i < 0 {
			break
		}
		i += off
		off = i + 2
		f := i + 2
		fe := f
		for fe < len(s) && isAlpha(s[fe]) && fe-f < 24 {
			fe++
		}
		if fe == f || fe >= len(s) || s[fe] != ' ' && s[fe] != ':' {
			continue
		}
		opt := lowerASCII21(s[f:fe])
		tool, _, ok := commandWord21(s, i)
		if !ok {
			continue
		}
		known := false
		for _, o := range slashFlags21[tool] {
			known = known || o == opt
		}
		if !known {
			continue
		}
		a, e := flagValue21(s, fe+1)
		if e <= a || s[a] == '/' || s[a] == '*' || s[a] == '$' || windowsVar21(s[a:e]) || strings.Contains(s[a:e], "[REDACTED:") || strings.Contains(s[a:e], "[HASH:") {
			continue // "/pass *": the tool asks for it
		}
		out = append(out, span{start: a, end: e, kind: KindCredential})
		off = e
	}
	return out
}

// secretByte21 reports a byte a secret glued to its flag may start with.
func secretByte21(c byte) bool {
	return c > ' ' && c != '"' && c != '\'' && c != '\\' && c != '-' && c != '|' && c != ';' && c != '&'
}

// flagValue21 returns the value at v: a quoted string's inside (quotes
// escaped once in JSON, \"…\", too) or a word.
func flagValue21(s string, v int) (int, int) {
	q := ""
	switch {
	case v < len(s) && (s[v] == '\'' || s[v] == '"'):
		q = s[v : v+1]
	case v+1 < len(s) && s[v] == '\\' && (s[v+1] == '"' || s[v+1] == '\''):
		q = s[v : v+2]
	}
	if q != "" {
		a := v + len(q)
		c := strings.Index(s[a:min(len(s), a+257)], q)
		if c <= 0 || strings.IndexByte(s[a:a+c], '\n') >= 0 {
			return 0, 0
		}
		return a, a + c
	}
	e := v
	for e < len(s) && e-v <= 256 && s[e] > ' ' && s[e] != '"' && s[e] != '\'' &&
		!(s[e] == '\\' && e+1 < len(s) && (s[e+1] == 'n' || s[e+1] == '"' || s[e+1] == 't' || s[e+1] == 'r')) {
		e++
	}
	if e-v > 256 {
		return 0, 0
	}
	return v, e
}

// cmdBefore21 returns the client whose options the flag at i (the space
// before its dash) is among: the command word of the command that holds
// it, on the same line, and where that word ends.
func cmdBefore21(s string, i int) (cmdFlag21, int, bool) {
	w, e, ok := commandWord21(s, i)
	if !ok {
		return cmdFlag21{}, 0, false
	}
	c, ok := cmdFlags21[w]
	return c, e, ok
}

// subcommandIn21 reports whether sub is one of the first four words of
// ws (a command's words after its command word).
func subcommandIn21(ws, sub string) bool {
	for n, k := 0, 0; n < 4; n++ {
		for k < len(ws) && (ws[k] == ' ' || ws[k] == '\t') {
			k++
		}
		w := k
		for k < len(ws) && ws[k] != ' ' && ws[k] != '\t' {
			k++
		}
		if k == w {
			return false
		}
		if ws[w:k] == sub {
			return true
		}
	}
	return false
}

// commandWord21 returns the command word (a known client's name, without
// its directory or ".exe") of the command that holds the option at i, and
// where it ends in s.
func commandWord21(s string, i int) (string, int, bool) {
	a := max(0, i-512)
	// the command ends at a line break (escaped too) or a separator
	seg := s[a:i]
	for _, sep := range []string{"\n", `\n`, "|", ";", "&&", "`", "$("} {
		if k := strings.LastIndex(seg, sep); k >= 0 {
			seg = seg[k+len(sep):]
		}
	}
	// the first words: wrappers, assignments and prompts are skipped
	w := 0
	for n := 0; n < 6; n++ {
		for w < len(seg) && (seg[w] == ' ' || seg[w] == '\t' || seg[w] == '(') {
			w++
		}
		we := w
		for we < len(seg) && seg[we] != ' ' && seg[we] != '\t' {
			we++
		}
		word := seg[w:we]
		if word == "" {
			return "", 0, false
		}
		if k := strings.LastIndexByte(word, '/'); k >= 0 {
			word = word[k+1:] // "/usr/bin/ldapsearch"
		}
		word = strings.Trim(word, `"'`)
		if k := strings.IndexByte(word, '='); k > 0 {
			word = word[k+1:] // sudo's "COMMAND=/usr/bin/mysql"
		}
		if k := strings.LastIndexByte(word, '\\'); k >= 0 {
			word = word[k+1:] // "C:\\Windows\\System32\\ktpass.exe"
		}
		word = strings.TrimSuffix(strings.ToLower(word), ".exe")
		if c, ok := cmdFlags21[word]; ok {
			if c.wrapper && !onlyOptions21(seg[we:]) {
				return "", 0, false // "sshpass -p … ssh -p 2222": the wrapped command's flag
			}
			return word, i - len(seg) + we, true // (seg ends at i)
		}
		if _, ok := slashFlags21[word]; ok {
			return word, i - len(seg) + we, true
		}
		switch {
		case word == "+" || word == "++" || word == "$" || word == "#" || word == ">" || word == "sudo" || word == "exec" ||
			word == "time" || word == "nohup" || word == "env" || word == "command" || word == "ps" || strings.HasSuffix(word, "$") ||
			strings.HasSuffix(word, "#") || strings.HasSuffix(word, ">") || strings.IndexByte(word, '=') > 0 || strings.HasSuffix(word, ":"):
			w = we // "+ ", "$ ", "user@host:~$", "C:\\>", "PS C:\\>", "LDAPTLS_REQCERT=never", "cmd:"
		default:
			return "", 0, false
		}
	}
	return "", 0, false
}

// onlyOptions21 reports whether a wrapper's words up to its flag are its
// own options (no other command started).
func onlyOptions21(s string) bool {
	for _, f := range strings.Fields(s) {
		if f[0] != '-' {
			return false
		}
	}
	return true
}

// windowsVar21 reports a cmd.exe variable ("%LDAP_PW%").
func windowsVar21(v string) bool {
	if len(v) < 3 || v[0] != '%' || v[len(v)-1] != '%' {
		return false
	}
	for i := 1; i < len(v)-1; i++ {
		if !isWord(v[i]) {
			return false
		}
	}
	return true
}
