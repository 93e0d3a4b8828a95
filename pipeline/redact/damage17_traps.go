package redact

import (
	"strings"
	"unicode/utf8"
)

// Values that a PII key cannot hold. Back-office systems put things under
// keys that usually hold a buyer's data: a port's UN/LOCODE or a warehouse
// under "ship_to", a job title or a company under "contact" or "customer
// account". A value that cannot be that kind of PII is left to the
// detectors instead of being masked by its key:
//
//	ship_to=NLRTM                          a UN/LOCODE: a port, no street
//	ship to: Kepler Fulfilment Centre      a facility: no number, a facility word
//	contact: Garbage Collector             a job title: an occupation, no known name before it
//	customer account: Atlas Fulfilment B.V.  a company: a legal form or a trade word
//
// A real value of the key stays masked: a street has a number or a street
// type, a person's name has a given name or no occupation at its end.

// locodeValue reports a UN/LOCODE standing alone as a value: two capitals
// of the country and three of the place ("DEHAM", "CNSZX", "USLGB"; digits
// 2–9 allowed in the place's part). A word of five capitals that the name
// lexicon knows ("SMITH", "LOPEZ") is not taken for one.
func locodeValue(v string) bool {
	if len(v) != 5 {
		return false
	}
	for i := 0; i < 5; i++ {
		c := v[i]
		if !isUpper(c) && (i < 2 || c < '2' || c > '9') {
			return false
		}
	}
	return lexClass(v) == 0
}

// facilityWords name a seller's or a carrier's premises in the shops'
// languages: a warehouse, a depot, a hub, a distribution or fulfilment
// centre, a terminal.
var facilityWords = setOf("warehouse", "depot", "hub", "dc", "terminal", "cross-dock", "crossdock", "fulfilment",
	"fulfillment", "distribution", "logistics", "lager", "zentrallager", "verteilzentrum", "logistikzentrum",
	"almacén", "almacen", "entrepôt", "entrepot", "magazzino", "armazém", "armazem", "magazyn", "sklad", "склад",
	"depo", "gudang", "kho", "entrepôts", "warehouses", "depots", "hubs")

// facilityScripts are the same words in scripts without spaces.
var facilityScripts = []string{"倉庫", "仓库", "物流中心", "配送中心", "集散中心", "物流センター", "물류센터", "คลังสินค้า"}

// facilityValue reports a value that names a facility, not a street: up to
// six words without a digit or a comma, one of them a facility word, the
// first no street type written before the name ("Rua do Armazém") and the
// last no street type written after it ("Depot Road"; "Park" excepted:
// "DC Lincoln Park").
func facilityValue(v string) bool {
	if len(v) < 3 || len(v) > 80 {
		return false
	}
	high := false
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) || v[i] == ',' {
			return false
		}
		high = high || v[i] >= 0x80
	}
	if high {
		if strings.Contains(v, "，") || strings.Contains(v, "、") {
			return false
		}
		for _, f := range facilityScripts {
			if strings.Contains(v, f) {
				return !strings.ContainsAny(v, "路街号號道丁目")
			}
		}
	}
	var wb [8]string
	ws := fields8(v, &wb)
	if len(ws) < 2 || len(ws) > 6 {
		return false
	}
	var buf [32]byte
	found := false
	for i, w := range ws {
		if len(w) > len(buf) {
			return false
		}
		lw := lower(buf[:0], strings.TrimSuffix(w, "."))
		if i == 0 && streetBefore[string(lw)] {
			return false
		}
		if i == len(ws)-1 && streetAfter[string(lw)] && string(lw) != "park" {
			return false
		}
		if facilityWords[string(lw)] {
			found = true
		}
	}
	return found
}

// notAddressValue reports a value under an address key that is no postal
// address: a UN/LOCODE, a facility's name, or a network address after a
// label such as "remote addr:" (networkAddress).
func notAddressValue(v string) bool {
	v = strings.TrimSpace(v)
	return locodeValue(v) || facilityValue(v) || len(v) >= 7 && isDigit(v[0]) && networkAddress(v) || networkHead18(v) || notPostal18(v) || siteSpot19(v) // (keys18_parts.go; a dock: damage19_places.go)
}

// occupationHeads end job titles ("Scrum Master", "HVAC Technician",
// "Administrative Assistant"). Words that are as often a family name
// ("Baker", "Cook", "Walker", "Smith") are left out.
var occupationHeads = setOf("engineer", "technician", "driver", "lead", "assistant", "agent", "teacher", "manager", "designer",
	"therapist", "performer", "conductor", "collector", "clerk", "attendant", "trainer", "maker", "operator", "actor",
	"actress", "editor", "master", "washer", "artist", "developer", "analyst", "accountant", "architect", "consultant",
	"director", "officer", "specialist", "coordinator", "supervisor", "administrator", "representative", "nurse",
	"physician", "pharmacist", "electrician", "plumber", "mechanic", "welder", "cashier", "receptionist", "secretary",
	"bookkeeper", "auditor", "lawyer", "attorney", "paralegal", "librarian", "photographer", "writer", "journalist",
	"scientist", "statistician", "programmer", "tester", "scheduler", "dispatcher", "picker", "packer", "loader",
	"handler", "janitor", "cleaner", "housekeeper", "waiter", "waitress", "bartender", "barista", "landscaper",
	"pilot", "instructor", "professor", "lecturer", "tutor", "counselor", "counsellor", "psychologist", "dentist",
	"hygienist", "veterinarian", "surgeon", "paramedic", "firefighter", "lifeguard", "planner", "estimator",
	"inspector", "surveyor", "merchandiser", "stocker", "associate", "intern", "apprentice", "foreman", "operative",
	"worker", "labourer", "laborer", "installer", "repairer", "fitter", "machinist", "hairdresser", "stylist",
	"beautician", "nanny", "caregiver", "aide", "executive", "producer", "animator", "illustrator", "translator",
	"interpreter", "salesperson", "marketer", "recruiter", "strategist", "economist", "controller", "advisor",
	"adviser", "investigator", "examiner", "processor", "typist", "courier", "guard", "dietitian", "nutritionist",
	"optometrist", "pediatrician", "radiologist", "chemist", "biologist", "physicist", "geologist", "mathematician",
	"sociologist", "historian", "curator", "archivist", "choreographer", "dancer", "musician", "singer", "composer",
	"comedian", "magician", "coach", "referee", "umpire", "chauffeur", "dispatcher", "concierge", "valet",
	"technologist", "sonographer", "phlebotomist", "midwife", "orderly", "caretaker", "groundskeeper", "exterminator",
	"upholsterer", "glazier", "roofer", "bricklayer", "plasterer", "tiler", "locksmith", "jeweler", "jeweller",
	"florist", "optician", "auctioneer", "appraiser", "underwriter", "actuary", "broker", "teller", "banker",
	"reporter", "influencer", "sommelier", "sculptor")

// jobTitle reports a value of two to four words that is a job title: its
// last word an occupation, no word before it a name the lexicon knows.
func jobTitle(v string) bool {
	var wb [8]string
	ws := fields8(v, &wb)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	var buf [32]byte
	if last := ws[len(ws)-1]; len(last) > len(buf) || !occupationHeads[string(lower(buf[:0], last))] {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !startsWithLetter(w) || lexClass(w) != 0 || honorific17(w) {
			return false
		}
	}
	return true
}

// honorific17 reports a title before a family name ("Mr", "Dr.", "Frau").
func honorific17(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "herr", "frau", "m", "mme", "mlle", "sr", "sra",
		"srta", "dona", "dom", "sig", "sig.ra", "pan", "pani", "bay", "bayan":
		return true
	}
	return false
}

// businessWords end or mark the names of firms that carry no legal form:
// brokers, shipping lines, parts and packaging suppliers, importers.
var businessWords = setOf("brokers", "broker", "customs", "line", "lines", "parts", "packaging", "import", "imports",
	"export", "exports", "transport", "transports", "freight", "fulfilment", "fulfillment", "brothers", "bros", "bros.",
	"supplies", "supply", "wholesale", "distributors", "distribution", "manufacturing", "textiles", "foods",
	"electronics", "logistics", "trading", "shipping", "forwarding", "containers", "warehousing", "emballages",
	"ricambi", "transporte", "transportes", "spedizioni", "logistik", "handel", "handels")

// companyValue reports a company's name: a legal form at its end (with or
// without its full stop: "Atlas Fulfilment B.V", "Co., Ltd"), a legal form
// of a script without spaces ("有限公司", "株式会社"), or a trade word
// among two to six capitalised words ("Blue Harbor Customs Brokers").
func companyValue(v string) bool {
	v = strings.TrimSpace(v)
	if !asciiOnlyText(v) {
		for _, f := range []string{"有限公司", "有限責任公司", "股份有限公司", "株式会社", "合同会社", "有限会社", "(주)", "주식회사", "บริษัท", "จำกัด"} {
			if strings.Contains(v, f) {
				return true
			}
		}
	}
	var wb [8]string
	ws := fields8(v, &wb)
	if len(ws) < 2 || len(ws) > 8 {
		return false
	}
	var lb [16]byte
	if len(ws[len(ws)-1]) > len(lb) {
		return false
	}
	lw := ws[len(ws)-1]
	last := lower(lb[:0], lw)
	bare := strings.TrimSuffix(lw, ".")
	// "AG", "AS", "S.A.": a legal form of two letters is written in
	// capitals or with its full stops; a person's "Se" or "As" is not.
	short := len(bare) <= 2 && bare == lw && !(len(lw) == 2 && isUpper(lw[0]) && isUpper(lw[1])) && !(len(lw) == 1 && isUpper(lw[0]))
	if !short {
		var db [17]byte
		dotted := append(db[:0], last...)
		if last[len(last)-1] != '.' {
			dotted = append(dotted, '.')
		}
		if legalForms[string(last)] || legalForms[string(dotted)] || legalForms[string(dotted[:len(dotted)-1])] {
			return true
		}
	}
	if len(ws) > 6 {
		return false
	}
	var buf [32]byte
	for _, w := range ws[1:] {
		if len(w) > len(buf) {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); r < 0x80 && !isUpper(byte(r)) && w != "&" {
			return false // a firm's words are capitalised
		}
		if businessWords[string(lower(buf[:0], w))] {
			return true
		}
	}
	return false
}

// notPersonValue reports a value under a name key that is no person's name:
// a company or a job title.
func notPersonValue(v string) bool {
	v = strings.TrimSpace(v)
	return companyValue(v) || jobTitle(v) || thingTitle18(v) || siteName19(v) // (keys18_parts.go; a site: damage19_places.go)
}

// notKindValue reports a value that a key of kind's class cannot hold
// (notAddressValue, notPersonValue).
func notKindValue(kind Kind, v string) bool {
	if kind == KindCredential {
		return nfeAccessKey18(strings.TrimSpace(v)) || providerSID21(v) // an NF-e's access key (keys18_parts.go), a Twilio SID (ids21_values.go)
	}
	if kind != KindAddress && kind != KindName {
		return false
	}
	if kind == KindAddress && latLong26(formDecoded(v)) {
		return true // "location=-26.043234,33.333963": a point, not an address (dmg26_numbers.go)
	}
	v = clauseHead(formDecoded(v))
	switch kind {
	case KindAddress:
		return notAddressValue(v)
	case KindName:
		return notPersonValue(v)
	}
	return false
}

// thingHeads end a label or a key that names a thing about a kind of PII,
// not the PII: "password policy", "email template", "card type", "iban
// status", "phone model", "recipient group", "caller queue", "address id".
var thingHeads = setOf("policy", "policies", "template", "templates", "tmpl", "type", "types", "status", "state",
	"model", "models", "brand", "make", "group", "groups", "queue", "queues", "id", "ids", "format", "version",
	"rule", "rules", "level", "strength", "requirements", "setting", "settings", "verified", "validated", "provider")

// thingLabel reports a label of two words or more (lower case, as colon
// reads it) whose last word is a thing head: "password policy:" labels a
// policy's name, "recipient group:" a group's.
func thingLabel(label string) bool {
	label = strings.TrimSpace(label)
	sp := strings.LastIndexByte(label, ' ')
	if sp > 0 && thingHeads[label[sp+1:]] {
		return true
	}
	// The word right after the trigger makes a compound that names a
	// thing: "email template used:", "card type set:".
	f := strings.IndexByte(label, ' ')
	if f < 0 {
		return false
	}
	next := label[f+1:]
	if n := strings.IndexByte(next, ' '); n >= 0 {
		next = next[:n]
	}
	return thingHeads[next]
}

// companyAhead reports a company's name that starts at k and runs to the
// end of its line or clause, where a value read as a name stopped short of
// it: "customer account: Johnson Matthey plc", "… Hoffmann & Söhne GmbH.
// due date: …" (the name reader ends before "plc" and "&"); a query's
// next parameter ("&company=…") ends it.
func companyAhead(s string, k int) bool {
	if k < len(s) && s[k] >= 0x80 {
		// A name of a script without spaces: the company is one token
		// ("深圳市海川贸易有限公司"), not what follows a full-width comma.
		e := k
		for e < len(s) && e-k < 96 && s[e] != ' ' && s[e] != ',' && !strings.HasPrefix(s[e:], "，") && !strings.HasPrefix(s[e:], "、") {
			e++
		}
		return companyValue(s[k:e])
	}
	e := k
	for e < len(s) && e-k < 120 && strings.IndexByte("\n\r\"=;|\t<>{}", s[e]) < 0 && !(s[e] == '&' && (e+1 >= len(s) || s[e+1] != ' ')) && !(s[e] == '\\' && e+1 < len(s) && (s[e+1] == 'n' || s[e+1] == '"')) {
		if (s[e] == '.' || s[e] == ',') && e+2 < len(s) && s[e+1] == ' ' && s[e+2] >= 'a' && s[e+2] <= 'z' ||
			s[e] >= 0x80 && (strings.HasPrefix(s[e:], "，") || strings.HasPrefix(s[e:], "、") || strings.HasPrefix(s[e:], "；") || strings.HasPrefix(s[e:], "。")) {
			break // "GmbH. due date: …", "Ltd., tracking …", "…，店铺 …"
		}
		e++
	}
	return companyValue(clauseHead(s[k:e]))
}

// phoneThingKey reports a normalised key that holds "phone" but names a
// thing about phones ("phone_model", "phone_type", "phone_verified"): its
// value is a model number or a flag, not a number to call.
func phoneThingKey(k string) bool {
	for _, t := range []string{"model", "models", "brand", "make", "type", "status", "policy", "template", "queue",
		"group", "verified", "format", "os", "provider"} {
		if len(k) > len(t)+4 && strings.HasSuffix(k, t) && strings.Contains(k[:len(k)-len(t)], "phone") {
			return true
		}
	}
	return false
}

// formDecoded returns v with a form's or a query's escapes decoded ("+" and
// "%20" for a space, "%2C" for a comma): "Da+Vinci+Logistics+Park".
func formDecoded(v string) string {
	if !strings.ContainsAny(v, "%+") {
		return v
	}
	b := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '+' {
			c = ' '
		} else if c == '%' && i+2 < len(v) {
			if h, ok := unhex2(v[i+1], v[i+2]); ok {
				c = h
				i += 2
			}
		}
		b = append(b, c)
	}
	return string(b)
}

func unhex2(a, b byte) (byte, bool) {
	h := func(c byte) (byte, bool) {
		switch {
		case isDigit(c):
			return c - '0', true
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			return c | 0x20 - 'a' + 10, true
		}
		return 0, false
	}
	x, ok1 := h(a)
	y, ok2 := h(b)
	return x<<4 | y, ok1 && ok2
}

// clauseHead returns a value read up to the first separator of a line's
// fields (" / ", " | ", " - ", "; "): "DEHAM / amazon order id …" is read
// as "DEHAM".
func clauseHead(v string) string {
	for _, sep := range []string{" / ", " | ", " - ", "; ", " · "} {
		if i := strings.Index(v, sep); i > 0 {
			v = v[:i]
		}
	}
	return strings.TrimRight(strings.TrimSpace(v), " /|-;,·")
}

// notNameAhead reports what starts at k after a name's key or label and is
// no name, read past where the name reader stops: a company's name
// (companyAhead), or one to three words in lower case before an amount
// ("customer not at home: refund amount €33.492,37", "net pay R$ 87.110,95").
func notNameAhead(s string, k int) bool {
	return companyAhead(s, k) || amountLabelAhead(s, k) || titleAhead18(s, k) // (keys18_parts.go)
}

// amountLabelAhead reports one to three lower-case words at k, then an
// amount written with its currency's sign or code.
func amountLabelAhead(s string, k int) bool {
	p := k
	for n := 0; n < 3; n++ {
		w := p
		for p < len(s) && s[p] >= 'a' && s[p] <= 'z' {
			p++
		}
		if p == w || p+1 >= len(s) || s[p] != ' ' {
			return false
		}
		p++
		if amountAt(s, p) || isUpper(s[p]) && amountAt(s, p+1) {
			return true // "€33.492,37", "GBP 90,833.36", "R$ 87.110,95"
		}
	}
	return false
}

// fields8 splits v at spaces and tabs into up to eight words kept in buf,
// without allocating; nil when v holds more.
func fields8(v string, buf *[8]string) []string {
	ws := buf[:0]
	for {
		for v != "" && (v[0] == ' ' || v[0] == '\t') {
			v = v[1:]
		}
		if v == "" {
			return ws
		}
		i := strings.IndexAny(v, " \t")
		if i < 0 {
			i = len(v)
		}
		if len(ws) == len(buf) {
			return nil
		}
		ws = append(ws, v[:i])
		v = v[i:]
	}
}
