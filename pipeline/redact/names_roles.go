package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// People under keys of ownership and workflow. A configuration dump, a
// ticket, a CI run or an audit record names who owns, approves or handled a
// thing under a role key ("owner", "assignee", "approver", "reviewer",
// "contact", "created_by", "requested_by", "担当者", "responsable"), in any
// syntax: JSON ("support":{"owner":"Given Family"}), logfmt, YAML, a dump's
// "key => value". Such a key holds a login, a team or a service as often as
// a person ("team-payments", "svc_order_sync", "Payments Team", "root"), so
// only a value shaped like a person's name is taken: two to five words,
// each capitalised or of a script without case, particles inside, or
// "FAMILY, Given", or a whole name in capitals, or a Han name; a trailing
// " <address>" is left to the e-mail reader. Team, department and service
// words, commerce and status words, legal forms and carriers' names are no
// person's name.

// roleTails are the last parts of keys (normalised: lower case, no '_',
// '-', '.') that name a person by the role they play.
var roleTails = []string{
	"owner", "assignee", "assignedto", "approver", "approvedby", "reviewer", "reviewedby", "createdby", "updatedby",
	"modifiedby", "changedby", "deletedby", "closedby", "resolvedby", "requester", "requestedby", "reporter",
	"reportedby", "author", "submitter", "submittedby", "maintainer", "accountmanager", "salesrep", "contact",
	"pointofcontact", "poc", "personincharge", "pic", "oncall", "teamlead", "techlead", "handledby", "processedby",
	"packedby", "pickedby", "signedby", "verifiedby", "checkedby", "escalatedto", "escalationcontact", "supportagent",
	"assignedagent", "agentname", "operatorname", "responsible", "supervisor",
	// the same roles in the languages sellers' systems are written in
	"verantwortlich", "verantwortlicher", "zustaendig", "zuständig", "bearbeiter", "sachbearbeiter", "besitzer",
	"eigentuemer", "eigentümer", "erstelltvon", "responsable", "propietario", "encargado", "creadopor", "proprietaire",
	"propriétaire", "creepar", "responsabile", "referente", "incaricato", "proprietario",
	"creatoda", "responsavel", "responsável", "criadopor", "dono", "eigenaar", "verantwoordelijke", "behandelaar",
	"aangemaaktdoor", "wlasciciel", "właściciel", "odpowiedzialny", "opiekun", "sorumlu", "sahibi", "olusturan",
	"oluşturan", "ответственный", "исполнитель", "владелец", "автор", "создал", "penanggungjawab", "pemilik",
	"dibuatoleh", "担当", "担当者", "作成者", "负责人", "負責人", "创建人", "創建人", "审批人", "審批人", "经办人", "經辦人",
	"담당자", "작성자", "승인자", "ผู้รับผิดชอบ", "ผู้สร้าง", "nguoiphutrach", "phutrach", "المسؤول", "المالك", "אחראי",
}

var roleTailSet = newTailSet(roleTails)

// roleKey reports a normalised key that names a person by a role.
func roleKey(nk []byte) bool {
	if len(nk) < 3 {
		return string(nk) == "cn" // a directory's common name (names17_keys.go)
	}
	k := bytesToString(nk)
	if byParticiple(k) || personKey15(k) || personKey16(k) || personKey17(k) || personKeyChat18(k) { // "to_name", "importer_of_record" (names17_keys.go); "commenter", "screened_name" (chat18_keys.go)
		return true // "uploaded_by", "cancelled_by", "sent_by": who did it; "applicant" (names15_keys.go); "from_name" (names16_keys.go)
	}
	before, ok := endsWithPart(k, roleTailSet)
	if !ok {
		return false
	}
	switch k[len(before):] {
	case "poc", "pic":
		return before == "" // whole keys only: "topic", "epic"
	}
	return true
}

// byParticiple reports a normalised key of a past participle and "by"
// ("uploadedby", "refundedby", "sentby"): the person who did something, in
// whatever workflow. Keys of data structure and of causes ("sortedby",
// "partitionedby", "causedby", "poweredby") name no one.
func byParticiple(k string) bool {
	n := len(k)
	if n < 6 || k[n-2:] != "by" {
		return false
	}
	v := k[:n-2]
	for _, pre := range []string{"last", "first", "initially", "originally"} {
		v = strings.TrimPrefix(v, pre) // "lastmodifiedby"
	}
	if strings.HasSuffix(v, "ed") {
		return len(v) >= 4 && !structureVerbs[v]
	}
	return irregularParticiples[v]
}

var structureVerbs = setOf("sorted", "ordered", "grouped", "filtered", "partitioned", "indexed", "keyed", "caused",
	"powered", "backed", "followed", "replaced", "superseded", "blocked", "limited", "bounded", "separated",
	"delimited", "terminated", "identified", "referenced", "protected", "secured", "encrypted", "compressed",
	"hashed", "generated", "produced", "managed", "provided", "hosted", "served", "supported", "triggered",
	"implemented", "extended", "included", "excluded", "covered", "affected", "required", "used", "needed",
	"fixed", "deprecated", "obsoleted", "shared", "matched", "joined", "scored", "ranked",
	"routed", "fulfilled", "shipped", "delivered", "carried", "issued", "sponsored", "licensed")

var irregularParticiples = setOf("sent", "paid", "made", "done", "written", "taken", "given", "held", "bought", "sold",
	"drawn", "run", "seen", "told", "brought", "caught", "won", "spoken")

// teamWords are words of teams, departments, services and systems that
// stand under a role key instead of a person ("Payments Team", "Platform
// Squad", "Customer Care", "Release Bot").
var teamWords = setOf("team", "teams", "squad", "squads", "guild", "crew", "tribe", "chapter", "dept", "department",
	"division", "unit", "group", "ops", "devops", "sre", "platform", "engineering", "eng", "infra", "infrastructure",
	"security", "finance", "payments", "billing", "fulfilment", "fulfillment", "operations", "marketing", "sales",
	"care", "success", "backend", "frontend", "core", "qa", "release", "admins", "administrators", "admin", "staff",
	"owners", "committee", "board", "office", "desk", "helpdesk", "bot", "robot", "automation", "system", "systems",
	"pipeline", "oncall", "on-call", "rotation", "everyone", "nobody", "legal", "compliance", "risk", "fraud", "growth",
	"checkout", "catalog", "catalogue", "inventory", "search", "data", "analytics", "integrations", "partners",
	"vendor", "vendors", "merchant", "merchants", "customer", "customers", "experience", "web", "ios", "android",
	"product", "design", "hr", "accounting", "treasury", "logistics", "support", "service", "services", "team's",
	"equipo", "equipe", "équipe", "squadra", "zespół", "zespol", "ekip", "ekibi", "tim", "команда", "отдел",
	"abteilung", "departamento", "reparto", "afdeling", "servicio", "serviço", "kundenservice", "kundendienst",
	"atendimento", "atención", "soporte", "suporte", "dienst", "bereich", "gruppe", "grupo", "gruppo")

// teamMarkers are team and department words of scripts without spaces.
var teamMarkers = []string{"チーム", "团队", "團隊", "小组", "小組", "팀", "ทีม", "部门", "部門", "本部", "课", "課", "센터"}

// roleName reports a value under a role key that is a person's name.
func roleName(v string) bool {
	v = nk29Apos(v) // "O&apos;Sullivan" (nk29_xml.go)
	if strings.IndexByte(v, '/') > 0 {
		v = slashParticle16(v) // "Given a/p Family" (names16_keys.go)
	}
	if spacedHangulName16(v) {
		return true // "김 도윤" (names16_keys.go)
	}
	if len(v) < 2 || len(v) > 96 || strings.ContainsAny(v, "[]{}()<>@#/\\=:;|\"_0123456789") || notPersonValue(v) || facilityValue(v) || documentKindValue18(v) || firmValue19(v) {
		return false // (a company, a job title or a warehouse, "DC Lincoln Park": damage17_traps.go)
	}
	for _, m := range teamMarkers {
		if strings.Contains(v, m) {
			return false
		}
	}
	v = stripHonorifics(v)
	if hanName(v) {
		return tupleName(v)
	}
	if spacedHanName(v) || ideoSpacedName19(v) { // "鈴木　美咲" (keys19_parties.go)
		return true
	}
	if c := strings.IndexByte(v, ','); c > 0 {
		return argName(v) // "FAMILY, Given"
	}
	var wb [6]string
	ws := wb[:0]
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		if w == "" {
			continue
		}
		if len(ws) == len(wb) {
			return false
		}
		ws = append(ws, w)
	}
	if len(ws) == 1 {
		// One word: of a script without case ("정수빈", "สมชาย"); a
		// capitalised Latin word is a team or a product as often.
		return caselessWords(v) && !strings.ContainsFunc(v, func(r rune) bool { return unicode.Is(unicode.Han, r) })
	}
	return roleWords(ws)
}

// roleWords reports two to five words of a person's name: each
// capitalised, in capitals or of a script without case, an initial ("J.",
// "MA.") or a particle inside ("van", "de", "bin"); none a word of teams,
// trade, commerce, status or HTTP.
func roleWords(ws []string) bool {
	n, long := 0, false
	for i, w := range ws {
		var buf [32]byte
		lw := ""
		if len(w) <= len(buf) {
			lw = string(lower(buf[:0], w))
		}
		if i > 0 && i < len(ws)-1 && (particles[lw] || particleWord(lw)) {
			continue
		}
		if i > 0 {
			// "d'Rousseau", "dell'Acqua", "l'Ange": a particle glued by its apostrophe
			for _, p := range []string{"d'", "l'", "dell'", "dall'", "degl'", "d’", "l’"} {
				if strings.HasPrefix(w, p) && len(w) > len(p)+1 {
					w = w[len(p):]
					break
				}
			}
		}
		if i == len(ws)-1 && (lw == "van" || lw == "von" || lw == "der" || lw == "den" || lw == "ter") {
			return false // a carrier's or a shop's name ("Ninja Van"): no name ends in a particle
		}
		if teamWords[lw] || tradeWords[lw] || argNotNames[lw] || legalForms[lw] || legalForms[strings.TrimSuffix(lw, ".")] ||
			capsNotNames[lw] || notNames[lw] && (i == 0 || len(lw) > 3) {
			return false
		}
		body := strings.TrimSuffix(w, ".")
		if body != w && utf8.RuneCountInString(body) > 3 {
			return false // a full stop after a word is no initial's
		}
		if !capOrCaseless(body) {
			return false
		}
		if e := nameWordEnd(body, 0); e != len(body) {
			return false
		}
		if utf8.RuneCountInString(body) >= 3 {
			long = true
		}
		n++
	}
	return n >= 2 && n <= 5 && long
}

// roleValue reads the value of a role key whose value starts at k (after
// the key's ':' or '='): quoted as written (", ', \") or up to the end of
// its clause, and redacts it when it is a person's name. It returns where
// the scan resumes, or 0.
func (sc *scanner) roleValue(k int) int {
	vs, ve, end := sc.keyedValue(k)
	if ve <= vs {
		return 0
	}
	s := sc.s
	ve, end = roleCommaTail18(s, vs, ve, end) // "commenter=Sjöberg, Alva&…" (chat18_keys.go)
	// "Given Family <given@example.com>": the name before the address.
	if s[ve-1] == '>' {
		if a := strings.LastIndex(s[vs:ve], " <"); a > 0 {
			ve = vs + a
		}
	}
	for ve > vs && (s[ve-1] == ' ' || s[ve-1] == ',' || s[ve-1] == '.' && ve-vs > 2 && s[ve-3] != ' ') {
		ve--
	}
	if ve <= vs || !roleName(s[vs:ve]) || !sc.emit(vs, ve, KindName, 0) {
		return 0
	}
	return max(end, ve)
}

// keyedValue returns the extent of the value at k (after a key's ':' or
// '='), quoted as written (", ', \") or up to the end of its clause, and
// where the scan resumes after it; ve <= vs when there is none.
func (sc *scanner) keyedValue(k int) (vs, ve, end int) {
	s := sc.s
	n := len(s)
	for sp := 0; k < n && s[k] == ' ' && sp < 3; sp++ {
		k++
	}
	if k >= n || isMarkerAt(s, k) {
		return 0, 0, 0
	}
	vs = k
	switch q := escapedQuote(s, k); {
	case q > 0:
		vs = k + q
		c := strings.Index(s[vs:min(n, vs+160)], s[k:k+q])
		if c < 0 {
			return 0, 0, 0
		}
		ve, end = vs+c, vs+c+q
	case s[k] == '"' || s[k] == '\'':
		vs = k + 1
		c := strings.IndexByte(s[vs:min(n, vs+160)], s[k])
		if c < 0 {
			return 0, 0, 0
		}
		ve, end = vs+c, vs+c+1
	case goMapValue19(s, k): // "map[X-Approved-By:[Given Family] …]" (keys19_parties.go)
		vs = k + 1
		c := strings.IndexByte(s[vs:min(n, vs+160)], ']')
		if c < 0 {
			return 0, 0, 0
		}
		ve, end = vs+c, vs+c+1
	default:
		ve = roleValueEnd(s, k)
		end = ve
	}
	for vs < ve && s[vs] == ' ' {
		vs++
	}
	return vs, ve, end
}

// roleValueEnd returns the end of an unquoted role value at k: the end of
// the line or of the clause (",", ";", "|", "&", a bracket, a quote), or
// the space before the next key ("owner=Given Family team=core").
func roleValueEnd(s string, k int) int {
	lim := min(len(s), k+96)
	ws := k
	for p := k; p < lim; p++ {
		switch c := s[p]; c {
		case '\n', '\r', '\t', ',', ';', '|', '&', '"', '\'', '\\', '(', ')', '[', ']', '{', '}', '<':
			if c == '<' && p > k && s[p-1] == ' ' {
				continue // "Given Family <given@example.com>"
			}
			return p
		case ' ':
			ws = p + 1
		case '=', ':':
			if ws > k && p > ws {
				return ws - 1 // the next key
			}
			return p
		}
	}
	if lim < len(s) && s[lim] != ' ' && s[lim] != '\n' {
		return ws - 1 // longer than a name: up to the last whole word
	}
	return lim
}

// roleShaped is the cheap test of a field's value before rolePath: a
// name of words starts with a capital or a letter beyond ASCII and has a
// space, or is in a script beyond ASCII.
func roleShaped(v string) bool {
	return len(v) >= 2 && len(v) <= 96 && (v[0] >= 0x80 || isUpper(v[0]) && strings.IndexByte(v, ' ') > 0 || particleShaped27(v)) // ("bin Yusof, Amir": names27_evidence.go)
}

// rolePath reports a field path whose last segment is a role key.
func rolePath(path string) bool {
	return lastSegmentIs(path, 2, roleKey) || parentNamePath15(path) || parentRolePath18(path) // "traits.name" (names15_keys.go), "extracted.name" (names18_fields.go)
}

// lastSegmentIs reports whether the last segment of a field path, of
// minLen to 40 bytes, normalised and lower-cased, is a key for which is reports true.
func lastSegmentIs(path string, minLen int, is func([]byte) bool) bool {
	seg := path[strings.LastIndexByte(path, '.')+1:]
	if len(seg) < minLen || len(seg) > 40 {
		return false
	}
	var buf [48]byte
	nk := normKey(buf[:0], seg)
	for _, c := range nk {
		if c >= 0x80 {
			nk = lowerHigh(nk)
			break
		}
	}
	return is(nk)
}

// stripHonorifics returns v without an honorific before the name ("anh
// Phạm Thu Trang", "Dr. Given Family") or a suffix after it ("伊藤 健一 様").
func stripHonorifics(v string) string {
	if sp := strings.IndexByte(v, ' '); sp > 0 && sp < len(v)-1 {
		if h := strings.ToLower(v[:sp]); (honorificSet[h] || titleAbbrevs[h]) && !initialNotTitle27(h, v[sp+1:]) { // ("M. Krüger": names27_evidence.go)
			v = v[sp+1:]
		}
	}
	for _, hs := range [][]string{honorificSuffixes, hanHonorifics} {
		for _, h := range hs {
			if t, ok := strings.CutSuffix(v, h); ok && t != "" {
				return strings.TrimRight(t, " ")
			}
		}
	}
	return v
}

// titleAbbrevs are abbreviated titles written before a name in the
// Philippines, Latin America and elsewhere ("Engr. Ma. Lourdes …",
// "Atty. …", "Lic. …"), and the Filipino "Ma." (María) that opens a name.
var titleAbbrevs = setOf("ma.", "engr.", "atty.", "arch.", "dra.", "hon.", "rev.", "fr.", "sis.", "bro.", "capt.", "col.",
	"gen.", "lt.", "sgt.", "ing.", "lic.", "mtro.", "mtra.", "prof.", "dr.", "mr.", "mrs.", "ms.", "sr.", "sra.",
	"srta.", "mme", "mlle", "herr", "frau", "bpk.", "bpk", "ibu", "sdr.", "sdri.", "tn.", "pn.", "cik", "en.")

// hanHonorifics follow a name in Chinese: Mr, Ms, Miss, Mrs.
var hanHonorifics = []string{"先生", "女士", "小姐", "太太", "老师", "老師"}

// spacedHanName reports a family and a given name in Han characters with
// a space between ("伊藤 健一", "王 秀英"): one to three characters each.
func spacedHanName(v string) bool {
	f, g, ok := strings.Cut(v, " ")
	if !ok {
		return false
	}
	return hanRun(f) && hanRun(g)
}

// hanRun reports one to three Han characters.
func hanRun(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 1 || n > 3 {
		return false
	}
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
