package redact

// Numbers of partner documents read by their label (doc30). A business's
// D-U-N-S number ("DUNS 06-122-7028", "duns_number=061227028",
// "<Duns>…</Duns>") and an EDI interchange's or group's control number
// ("control number 077652286", "<ns2:ControlNumber>…") are nine digits
// that open with a trunk 0 or are grouped 2-3-4, as a national phone
// number is; under their label they are the document's or the company's
// number. The labels join the waybill's (damage19_waybills.go): a label
// right before the digits, a key, an XML element or the column heading
// above them.
var docIDWords30 = []string{"duns", "dunsno", "dunsnr", "dunsnumber", "dunsnummer", "dunsid",
	"controlnumber", "controlno", "controlnr", "ctrlno", "ctrlnumber", "controlnum", "ctrlnum"}

// idValueLine30 reports a line of a label in capitals and one value shaped
// as an id, as OCR reads a label or a document and an upper-case export
// writes it ("TIKTOK ORDER ID 578836786612724687", "TRACE ID
// b8219eb7c185…", "UPSTREAM STATUS HTTP 429", "HOST sftp6.us-east-2.internal",
// "HS CODE 6098.91.41"): it is no line of the party's block above it
// (block.go's referenceLine), however the block's lines are cased. The
// label is one to four words of two or more capitals; the value is a run of
// nine digits or more (dashes between groups of a twelve-digit run or
// longer), a token of eight bytes or more that mixes letters and digits, a
// token with a lower-case letter and a dot, colon, '#' or '_', digits with
// two dots or more, or "HTTP" and a three-digit status.
func idValueLine30(v string) bool {
	if len(v) < 8 || !isUpper(v[0]) {
		return false
	}
	words, p := 0, 0
	for p < len(v) && isUpper(v[p]) {
		q := p
		for q < len(v) && (isUpper(v[q]) || v[q] == '_') {
			q++
		}
		if q-p < 2 || q == len(v) || v[q] != ' ' {
			break
		}
		words++
		p = q + 1
		if words > 4 {
			return false
		}
		if p+8 <= len(v) && v[p:p+5] == "HTTP " && statusTail30(v[p+5:]) {
			return true
		}
	}
	if words == 0 || p >= len(v) {
		return false
	}
	return idToken30(v[p:])
}

// statusTail30 reports a three-digit HTTP status that ends v.
func statusTail30(v string) bool {
	return len(v) == 3 && v[0] >= '1' && v[0] <= '5' && isDigit(v[1]) && isDigit(v[2])
}

// idToken30 reports a value of idValueLine30's shapes: one token, no
// spaces.
func idToken30(v string) bool {
	digits, letters, lower, dots, dashes, marks := 0, 0, 0, 0, 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digits++
		case c >= 'a' && c <= 'z':
			letters++
			lower++
		case isUpper(c):
			letters++
		case c == '.':
			dots++
		case c == '-':
			dashes++
		case c == ':' || c == '#' || c == '_':
			marks++
		default:
			return false
		}
	}
	switch {
	case letters == 0 && dots == 0 && marks == 0:
		return dashes == 0 && digits >= 9 || digits >= 12 && isDigit(v[0]) && isDigit(v[len(v)-1])
	case letters == 0 && marks == 0 && dashes == 0:
		return dots >= 2 && digits >= 6
	case lower > 0 && (dots > 0 || marks > 0):
		return len(v) >= 6
	}
	return len(v) >= 8 && digits > 0 && letters > 0 && dots == 0
}

// docIDKeys30 are the same labels as keys ("duns", "control_number"): ids,
// whose values and CSV columns are not read as phones.
var docIDKeys30 = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range docIDWords30 {
		m[w] = true
	}
	return m
}()
