package redact

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// Access codes under keys. Parcel lockers, couriers and returns desks log
// the code that opens a locker, releases a parcel or confirms a handover
// under a key that says so, in whatever syntax the record is written:
//
//	pickup_code=83169891   "open_code":"821311"   X-Pod-Pin: 108123
//	pod.pin=37462          Pod(pod_pin='20939')   {"key":"rma_pin","value":{"stringValue":"30620"}}
//	<Data Name="PickupCode">1258252</Data>        kod_odbioru=4711   codigo_de_retiro=11268
//
// Such a key is read by its word parts (a header's "X-" prefix, '_', '-',
// '.', spaces and camel case split them):
//
//   - a PIN: "pin" as the last part after a word of what it opens or
//     confirms ("pod.pin", "rma_pin", "X-Locker-Pin", "delivery_pin"), not
//     a map's, a TLS or a GPIO pin, nor a place's, which in Indian
//     logistics is a postcode ("geo_pin", "cert_pin", "serviceable_pin",
//     "destination_pin");
//   - a code qualified by what it opens, releases or confirms: the word
//     for "code" after an access word ("pickup_code", "X-Open-Code",
//     "door_code", "handoverCode", "delivery_code"), joined to it
//     ("pickupcode", "Abholcode", "ophaalcode", "digicode"), or, in the
//     languages that put the code word first, before it ("code_retrait",
//     "codigo_de_retiro", "kod_odbioru", "kode_pengambilan"); Chinese and
//     Japanese keys by their words ("取件码", "受取コード").
//
// The bare word "code" never is one (otp_code.go reads it by its record),
// nor a code that names a status, an error, a reason, a place, a product, a
// tax, a currency, a promotion or a postcode ("status_code", "hs_code",
// "zip_code", "pickup_point_code"): the part right before "code" must be
// an access word. Nor "return_code" (a program's exit status, "0000" at a
// payment gateway) or "rma_code" (the return's own number).
//
// Only the value's shape the class is about is taken: 4 to 8 digits in one
// piece, quoted or not, never a date written as eight digits
// ("20260315"), never six digits from 1 to 8 under a PIN key that may
// name a place ("delivery_pin", "pickup_pin": India's postcode) beside an
// address. The
// key keeps its earlier reading otherwise (digits under "pickup_code" are
// an id's, not a phone's).

// accessKeyWords20 are the word parts that qualify a code as one that
// opens, releases or confirms: English, and as written in keys of other
// languages (German, Dutch and Nordic compounds' first parts, Turkish,
// and the access words that follow the code word in Romance, Slavic,
// Indonesian and Vietnamese keys).
var accessKeyWords20 = setOf(
	"pickup", "collect", "collection", "collecting", "open", "opening", "unlock", "unlocking", "locker", "door",
	"gate", "release", "handover", "delivery", "deliver", "pod", "confirm", "confirmation", "alarm", "keypad",
	"lockbox", "keysafe", "keybox", "intercom", "retrieval", "retrieve", "signin", "login", "logon", "access",
	"abhol", "abholung", "abholungs", "oeffnung", "oeffnungs", "offnung", "offnungs", "öffnung", "öffnungs",
	"freigabe", "zustell", "zustellung", "zustellungs", "tuer", "tür", "entsperr", "zugangs",
	"ophaal", "afhaal", "ontgrendel", "deur", "toegangs",
	"hente", "afhentning", "afhentnings", "henting", "hämtning", "hamtning", "upphämtning", "upphamtning",
	"teslim", "teslimat", "açma", "acma",
	"retrait", "recuperation", "récupération", "ouverture", "livraison",
	"retiro", "recogida", "recojo", "entrega", "apertura", "desbloqueo",
	"retirada", "coleta", "recolha", "levantamento", "abertura", "desbloqueio",
	"ritiro", "consegna", "sblocco",
	"odbioru", "odbior", "odbiór", "otwarcia", "vyzvednuti", "vyzvednutí", "prevzeti", "převzetí", "vydeje", "výdeje",
	"ridicare", "livrare", "deschidere",
	"pengambilan", "ambil", "buka", "penerimaan", "nhan", "nhận", "nhanhang", "nhậnhàng",
	// what a code opens, after a code word put first ("codigo_puerta",
	// "code_acces", "kod_paczkomatu")
	"acces", "accès", "acceso", "accesso", "acesso", "dostepu", "dostępu", "zugang", "porte", "portail", "puerta",
	"porta", "portao", "portão", "casillero", "taquilla", "cacifo", "armadietto", "schliessfach", "schließfach",
	"paczkomatu", "paczkomat", "paketautomat", "packstation", "kluis",
	// Cyrillic and Korean keys: "код_получения", "수령_코드"
	"получения", "отримання", "видачі", "выдачи", "доступа", "доступу", "открытия", "відкриття", "수령", "픽업", "출입")

// accessCodeWords20 are the word for "code" as a key's part, in the
// languages such keys are written in.
var accessCodeWords20 = setOf("code", "kode", "kod", "kodu", "kood", "koodi", "codigo", "código", "codice", "kód",
	"kódu", "kodas", "kods", "kóði", "코드", "код")

// accessHeadWords20 are the word for "code" that opens a key in the
// languages that put it first ("code_retrait", "cod_ridicare", "mã_nhận");
// last, "cod" is cash on delivery and "ma" a moving average.
var accessHeadWords20 = setOf("code", "kode", "kod", "codigo", "código", "codice", "cod", "kód", "ma", "mã", "код")

// accessLinkParts20 may stand between a code word and its access word in
// the languages that put the code word first ("codigo_de_retiro").
var accessLinkParts20 = setOf("de", "di", "da", "do", "du", "del", "della", "pro", "na", "za", "para", "pour", "per", "for", "of", "pentru")

// pinAccess20 are the qualifiers of a "pin" that opens, releases or
// confirms: a proof of delivery's, a return's, a locker's, a door's. Other
// qualifiers name a place, and Indian logistics call a postcode a PIN
// ("serviceable_pin", "destination_pin", "return_pin": Delhivery's return
// postcode), so a "pin" after any other word is none of this class.
var pinAccess20 = setOf("pod", "rma", "locker", "door", "gate", "unlock", "open", "opening", "release", "handover",
	"collect", "collection", "confirm", "confirmation", "verify", "verification", "otp", "sms", "signin", "entry",
	"alarm", "keypad", "safe", "parcel", "package", "box", "lockbox", "keysafe", "receipt", "signature", "courier",
	"driver", "recipient", "receiver", "consignee")

// pinPlaceParts20 qualify a "pin" that is a handover's as often as a
// place's postcode: six digits from 1 to 8 there are read as a postcode
// when an address stands beside them (in text) or always (an event's
// field, whose record is not in reach).
var pinPlaceParts20 = setOf("delivery", "pickup", "dropoff", "drop")

// accessHanKeys20 are access codes' keys written in Chinese, Japanese and
// Korean words, read anywhere in the key.
var accessHanKeys20 = []string{"取件码", "取件碼", "取货码", "取貨碼", "提货码", "提貨碼", "开箱码", "開箱碼", "开柜码",
	"開櫃碼", "受取コード", "受け取りコード", "解錠コード", "수령코드", "픽업코드", "출입코드"}

// maxKeyParts20 bounds the parts a key is split into.
const maxKeyParts20 = 12

// keyParts20 splits a key into its word parts, lower case, into buf: at
// '_', '-', '.', ' ', '/', ':' and where camel case starts a word
// ("rmaPin", "RMAPin", "X-Open-Code"). It returns the parts' ends in buf.
func keyParts20(k string, buf []byte, ends []int) ([]byte, []int) {
	prevLower, prevUpper := false, false
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c == '_' || c == '-' || c == '.' || c == ' ' || c == '/' || c == ':' || c == '[' || c == ']' || c == '"' || c == '\'' || c == '\\':
			if len(buf) > 0 && (len(ends) == 0 || ends[len(ends)-1] != len(buf)) {
				ends = append(ends, len(buf))
			}
			prevLower, prevUpper = false, false
			continue
		case c >= 'A' && c <= 'Z':
			// a word starts at an upper-case letter after a lower-case
			// one, or at the last capital of a run before a lower-case
			// letter ("RMAPin" → "rma", "pin")
			split := prevLower || prevUpper && i+1 < len(k) && k[i+1] >= 'a' && k[i+1] <= 'z'
			if split && len(buf) > 0 && (len(ends) == 0 || ends[len(ends)-1] != len(buf)) {
				ends = append(ends, len(buf))
			}
			c += 'a' - 'A'
			prevLower, prevUpper = false, true
		case c >= 'a' && c <= 'z':
			prevLower, prevUpper = true, false
		default:
			prevLower, prevUpper = false, false
		}
		if len(ends) >= maxKeyParts20 {
			return buf, ends
		}
		buf = append(buf, c)
	}
	if len(buf) > 0 && (len(ends) == 0 || ends[len(ends)-1] != len(buf)) {
		ends = append(ends, len(buf))
	}
	return buf, ends
}

// mayBeAccessKey20 is accessCodeKey20's cheap test on a normalised key
// (lower case, no separators): it ends in "pin" or holds a code word's
// letters.
func mayBeAccessKey20(nk []byte) bool {
	if len(nk) < 5 {
		return false
	}
	if bytes.HasSuffix(nk, []byte("pin")) {
		return true
	}
	if bytes.Contains(nk, []byte("od")) || bytes.Contains(nk, []byte("ód")) || bytes.Contains(nk, []byte("óð")) || bytes.Contains(nk, []byte("mã")) ||
		bytes.HasPrefix(nk, []byte("ma")) || bytes.Contains(nk, []byte("код")) {
		return true
	}
	for _, c := range nk {
		if c >= 0xe0 {
			return true // a key in a CJK script
		}
	}
	return false
}

// pinKey20 and codeKey20 say which rule read a key.
const (
	notAccessKey20 = iota
	pinKey20
	codeKey20
	placePinKey20 // a PIN key under a place's qualifier ("return_pin")
)

// accessCodeKey20 reports a key as written (see above) that names an
// access code or a PIN: notAccessKey20, pinKey20, placePinKey20 or
// codeKey20.
func accessCodeKey20(k string) int {
	if len(k) < 5 || len(k) > 64 {
		return notAccessKey20
	}
	if k[len(k)-1] >= 0x80 || k[0] >= 0x80 {
		for _, h := range accessHanKeys20 {
			if strings.Contains(k, h) {
				return codeKey20
			}
		}
	}
	var bb [72]byte
	var eb [maxKeyParts20]int
	buf, ends := keyParts20(k, bb[:0], eb[:0])
	n := len(ends)
	if n < 2 {
		// one word: a compound ("pickupcode", "Abholcode", "digicode")
		if n == 1 && compoundAccessCode20(bytesToString(buf)) {
			return codeKey20
		}
		return notAccessKey20
	}
	part := func(i int) string {
		a := 0
		if i > 0 {
			a = ends[i-1]
		}
		return bytesToString(buf[a:ends[i]])
	}
	last, prev := part(n-1), part(n-2)
	if last == "pin" {
		switch {
		case pinAccess20[prev]:
			return pinKey20
		case pinPlaceParts20[prev]:
			return placePinKey20
		}
		return notAccessKey20
	}
	if accessCodeWords20[last] {
		if accessKeyWords20[prev] {
			return codeKey20
		}
		if n >= 3 && part(n-3)+prev == "pickup" {
			return codeKey20 // "pick_up_code"
		}
	} else if compoundAccessCode20(last) {
		return codeKey20 // "locker.pickupcode", "X-Abholcode"
	}
	// The code word first, in the last segment (after a header's "X-"),
	// then links, then the access word that ends the key: "codigo_de_retiro",
	// not "cod_delivery_fee".
	first := 0
	if d := strings.LastIndexByte(k, '.'); d >= 0 {
		first = max(0, n-segmentParts20(k[d+1:]))
	}
	if first < n-1 && part(first) == "x" {
		first++
	}
	if first >= n-1 || !accessHeadWords20[part(first)] {
		return notAccessKey20
	}
	if !accessKeyWords20[last] {
		// an access word written in two parts: "ma_nhan_hang" (mã nhận hàng)
		if n-first != 3 || !accessKeyWords20[bytesToString(buf[ends[first]:ends[n-1]])] {
			return notAccessKey20
		}
		return codeKey20
	}
	for i := first + 1; i < n-1; i++ {
		if !accessLinkParts20[part(i)] {
			return notAccessKey20
		}
	}
	return codeKey20
}

// segmentParts20 counts the word parts of one segment of a key.
func segmentParts20(seg string) int {
	var bb [72]byte
	var eb [maxKeyParts20]int
	_, ends := keyParts20(seg, bb[:0], eb[:0])
	return len(ends)
}

// compoundAccessCode20 reports one word that joins an access word and the
// word for "code" ("pickupcode", "abholcode", "ophaalcode", "hentekode",
// "teslimkodu", "digicode").
func compoundAccessCode20(w string) bool {
	if w == "digicode" || w == "digicodes" {
		return true // French buildings' door code
	}
	for _, c := range [...]string{"code", "kode", "kodu", "kod", "koodi"} {
		if len(w) > len(c)+2 && strings.HasSuffix(w, c) && accessKeyWords20[w[:len(w)-len(c)]] {
			return true
		}
	}
	return false
}

// accessCodeDigits20 returns the end of 4 to 8 digits at p that stand as
// a value of their own (a quote, a separator or the text's end after
// them), or 0. Eight digits that read as a date (YYYYMMDD) are no code.
func accessCodeDigits20(s string, p int) int {
	e := p
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-p < 4 || e-p > 8 || p > 0 && isDigit(s[p-1]) {
		return 0
	}
	if e < len(s) {
		c := s[e]
		if strings.IndexByte(" ,;&)}]|\n\t\r\"'<\\", c) < 0 {
			return 0
		}
		if (c == ',' || c == ';') && e+1 < len(s) && isDigit(s[e+1]) {
			return 0 // "1234,56": an amount
		}
	}
	if e-p == 8 && dateDigits20(s[p:e]) {
		return 0
	}
	return e
}

// groupedCodeEnd20 returns the end of a code written in two or three
// groups of 2 to 4 digits apart by one space or '-', 6 to 8 digits in all
// ("482 913", "4829-1307"), followed by a quote or the text's end, and
// not a date's groups; or 0.
func groupedCodeEnd20(s string, p int) int {
	d, groups := 0, 0
	year, small := false, true // a group that reads as a year; all others as a month or a day
	e := p
	for {
		g := e
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if e-g < 2 || e-g > 4 {
			return 0
		}
		if e-g == 4 && (s[g:g+2] == "19" || s[g:g+2] == "20") {
			year = true
		} else if e-g != 2 || (s[g]-'0')*10+s[g+1]-'0' > 31 {
			small = false
		}
		d += e - g
		groups++
		if e < len(s) && (s[e] == ' ' || s[e] == '-') && e+1 < len(s) && isDigit(s[e+1]) && groups < 3 {
			e++
			continue
		}
		break
	}
	if groups < 2 || d < 6 || d > 8 || p > 0 && isDigit(s[p-1]) || year && small {
		return 0 // (not "2026-03-15", "15-03-2026": a date)
	}
	if e < len(s) && s[e] != '"' && s[e] != '\'' && s[e] != '\\' {
		return 0
	}
	return e
}

// dateDigits20 reports eight digits that read as a date: a year from
// 1900 to 2099, a month and a day.
func dateDigits20(d string) bool {
	y := d[:2]
	m := int(d[4]-'0')*10 + int(d[5]-'0')
	dd := int(d[6]-'0')*10 + int(d[7]-'0')
	return (y == "19" || y == "20") && m >= 1 && m <= 12 && dd >= 1 && dd <= 31
}

// postalPinDigits20 reports six digits from 1 to 8: the shape of India's
// postcode.
func postalPinDigits20(d string) bool {
	return len(d) == 6 && d[0] >= '1' && d[0] <= '8'
}

// addressNear20 reports an address's key or marker within 240 bytes
// either side of a..b: the record around a PIN key of a place.
func addressNear20(s string, a, b int) bool {
	w := s[max(0, a-240):min(len(s), b+240)]
	for _, key := range [...]string{"addr", "city", "district", "locality", "state", "street", "[REDACTED:address]"} {
		if indexFold(w, key) >= 0 {
			return true
		}
	}
	return false
}

// accessCodeKeyAt20 classes the key s[ks:j] as accessCodeKey20 does; a
// bare "code" is read with the key of the object that holds it
// ({"pickup":{"code":"4711"}}).
func accessCodeKeyAt20(s string, ks, j int) int {
	if j-ks != 4 || !strings.EqualFold(s[ks:j], "code") {
		return accessCodeKey20(s[ks:j])
	}
	a, _, obj := codeScope(s, ks)
	if !obj {
		return notAccessKey20
	}
	parent := keyBefore(s, a)
	if len(parent) < 3 || len(parent) > 40 {
		return notAccessKey20
	}
	var buf [48]byte
	return accessCodeKey20(bytesToString(append(append(buf[:0], parent...), "_code"...)))
}

// accessCodeValue20 redacts the access code at k, the value of the key at
// ks..j that accessCodeKey20 classed as ak: up to three spaces, a quote
// (escaped too) or Go's header bracket, then accessCodeDigits20. It
// returns where scanning resumes, or 0.
func (sc *scanner) accessCodeValue20(ks, j, k, ak int) int {
	s := sc.s
	p, quoted := codeValueStart(s, k) // (otp_code.go)
	e := accessCodeDigits20(s, p)
	if e == 0 && quoted {
		e = groupedCodeEnd20(s, p) // "pickup_code":"482 913"
	}
	if e == 0 {
		return 0
	}
	if !quoted && j < len(s) && (s[j] == '"' || s[j] == '\\') {
		return 0 // {"open_code":4711}: a marker there would break the JSON (an event's number is read by its field)
	}
	if quoted && e < len(s) && s[e] != '"' && s[e] != '\'' && s[e] != '\\' {
		return 0
	}
	if ak == placePinKey20 && postalPinDigits20(s[p:e]) && addressNear20(s, ks, e) {
		return 0 // "return_pin":"110042" beside the return address: a postcode
	}
	if sc.emit(p, e, KindCredential, 0) {
		return e
	}
	return 0
}

// accessCodeField20 reports an event's field whose path names an access
// code (accessCodeKey20 on its last segments) and whose value is one: 4
// to 8 digits, a string or a number.
func accessCodeField20(path string, v *event.Value) bool {
	if v.Kind != event.String && v.Kind != event.Number || len(v.Str) < 4 || len(v.Str) > 8 {
		return false
	}
	ak := accessCodeKey20(accessPathTail20(path))
	return ak != notAccessKey20 && accessCodeOf20(ak, v.Str)
}

// accessCodePath20 reports a path that accessCodeKey20 reads as an access
// code's key (pathInfo's cheap flag).
func accessCodePath20(path string) bool {
	t := accessPathTail20(path)
	var buf [64]byte
	if !mayBeAccessKey20(normKey(buf[:0], t)) {
		return false
	}
	return accessCodeKey20(t) != notAccessKey20
}

// accessPathTail20 returns a path's last two segments ("pod.pin" of
// "delivery.pod.pin"): a bare "pin" or "code" is qualified by its parent.
func accessPathTail20(path string) string {
	d := strings.LastIndexByte(path, '.')
	if d <= 0 {
		return path
	}
	if p := strings.LastIndexByte(path[:d], '.'); p >= 0 {
		return path[p+1:]
	}
	return path
}

// accessCodeOf20 reports a value that is an access code under a key that
// accessCodeKey20 classed as ak (not notAccessKey20): 4 to 8 digits, and
// for a PIN key of a place, not six from 1 to 8 (a postcode may stand
// there; the record's address is not in reach).
func accessCodeOf20(ak int, v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 4 || len(v) > 11 || accessCodeDigits20(v, 0) != len(v) && groupedCodeEnd20(v, 0) != len(v) {
		return false
	}
	return ak != placePinKey20 || !postalPinDigits20(v)
}

// accessCodeElement20 redacts the text s[k:e] of an XML element whose tag
// s[i:j] names an access code (<PickupCode>, <ns2:DeliveryPin>); it
// returns where scanning resumes, or 0.
func (sc *scanner) accessCodeElement20(i, j, k, e int) int {
	s := sc.s
	if j-i < 5 || !accessCodeText20(s[i:j], s[k:e]) {
		return 0
	}
	a, b := k, e
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	if sc.emit(a, b, KindCredential, 0) {
		return e
	}
	return 0
}

// accessCodeText20 reports a Data element's or an attribute's name and
// its text that are an access code (winevent.go, pairs.go).
func accessCodeText20(name, v string) bool {
	if t := strings.TrimSpace(v); len(t) < 4 || len(t) > 8 || !isDigit(t[0]) || !utf8.ValidString(name) {
		return false
	}
	ak := accessCodeKey20(name)
	return ak != notAccessKey20 && accessCodeOf20(ak, v)
}
