package sim

import (
	"bytes"
	"github.com/vigilops/vigil/event"
	"strconv"
	"strings"
	"unsafe"
)

// bytesToString views b as a string without copying; b must not change while
// the string is in use.
func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// PII kinds reported by PIIValue.Kind.
const (
	PIIName    = "name"
	PIIEmail   = "email"
	PIIPhone   = "phone"
	PIIAddress = "address" // the street line of a shipping address
	PIICard    = "card"    // a full card number (primary account number)
	PIIToken   = "token"   // an access token or payment token
)

// PIIValue is one buyer-identifying value the simulator wrote into its output,
// in a structured field, in free text (plain, key=value, a URL query, JSON
// embedded in a message), or both. Values appear verbatim, except that
// JSON escaping applies inside the line. City, postal code and country are
// emitted in shipping.address.* and in text but are not listed: alone they
// do not identify a buyer, and short postal codes would match unrelated
// numbers in a leakage check.
type PIIValue struct {
	Kind  string
	Value string
}

// buyer is one simulated customer. The emitted mask records which values
// have already been reported as PII, so each is reported once.
type buyer struct {
	name, email, phone            string
	street, city, postal, country string
	emitted                       uint8
}

const (
	emitName uint8 = 1 << iota
	emitEmail
	emitPhone
	emitStreet
)

// locale generates buyers of one country in the formats local to it.
type locale struct {
	country  string // ISO 3166-1 alpha-2, as written in shipping.address.country
	currency string
	gen      func(s *Simulator, b *buyer)
}

// Vocabulary for the locales gofakeit has no data for. These are common
// name parts and place names, combined at random; no entry is a person.
var (
	deFirst  = []string{"Lukas", "Leon", "Finn", "Jonas", "Paul", "Lena", "Anna", "Marie", "Sophie", "Hannah", "Jürgen", "Günther", "Katrin", "Sabine", "Matthias", "Jörg"}
	deLast   = []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Köhler", "Groß", "Weiß", "Krüger", "Schäfer", "Zimmermann"}
	deStreet = []string{"Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Lindenweg", "Berliner Allee", "Kirchgasse", "Goethestr.", "Schillerplatz", "Am Markt"}
	deCity   = []string{"Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Leipzig", "Düsseldorf", "Stuttgart"}

	cnSurname   = []string{"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"}
	cnSurnameHz = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"}
	cnGiven     = []string{"Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yan", "Xiuying", "Haoran", "Yuting", "Zihan"}
	cnGivenHz   = []string{"伟", "芳", "娜", "敏", "静", "磊", "军", "燕", "秀英", "浩然", "雨婷", "子涵"}
	cnRoad      = []string{"Jianguo Road", "Nanjing West Road", "Zhongshan Road", "Renmin Avenue", "Huaihai Middle Road", "Shennan Boulevard"}
	cnDistrict  = []string{"Chaoyang District", "Jing'an District", "Futian District", "Tianhe District", "Xihu District"}
	cnCity      = []string{"Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hangzhou"}
	cnCityHz    = []string{"北京市", "上海市", "深圳市", "广州市", "杭州市"}
	cnRoadHz    = []string{"建国路", "南京西路", "中山路", "人民大道", "淮海中路", "深南大道"}

	sgSurname = []string{"Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Koh", "Teo"}
	sgGiven   = []string{"Wei Ling", "Jun Jie", "Mei Hua", "Zhi Hao", "Xin Yi", "Kai Wen", "Hui Min"}
	msGiven   = []string{"Nur Aisyah", "Muhammad Hafiz", "Siti Nurhaliza", "Ahmad Faiz", "Nurul Izzah", "Amirul Hakim"}
	msOf      = map[string]string{"Nur Aisyah": "binti", "Muhammad Hafiz": "bin", "Siti Nurhaliza": "binti", "Ahmad Faiz": "bin", "Nurul Izzah": "binti", "Amirul Hakim": "bin"}
	msFather  = []string{"Ahmad", "Rahman", "Ismail", "Hassan", "Abdullah", "Yusof"}
	inGiven   = []string{"Priya", "Arun", "Kavitha", "Ravi", "Deepa", "Suresh"}
	inFather  = []string{"Ramasamy", "Krishnan", "Subramaniam", "Pillai", "Nair"}
	sgRoad    = []string{"Ang Mo Kio Ave", "Tampines St", "Bedok North Rd", "Jurong West St", "Yishun Ring Rd", "Toa Payoh Lor"}
	myRoad    = []string{"Jalan Bukit Bintang", "Jalan Ampang", "Jalan SS 2/24", "Lorong Maarof", "Jalan Tun Razak"}
	myCity    = []string{"Kuala Lumpur", "Petaling Jaya", "Shah Alam", "Johor Bahru", "George Town"}

	jpSurname = []string{"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"}
	jpGiven   = []string{"Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura"}
	jpWard    = []string{"Shibuya", "Shinjuku", "Minato", "Setagaya", "Chuo", "Kita"}
	jpCity    = []string{"Tokyo", "Osaka", "Yokohama", "Nagoya", "Fukuoka"}

	gbStreet = []string{"Baker", "Church", "Station", "Victoria", "Mill", "Park", "Queen's", "High"}
	gbSuffix = []string{"Street", "Road", "Lane", "Close", "Avenue", "Gardens"}
	gbCity   = []string{"London", "Manchester", "Leeds", "Bristol", "Glasgow", "Birmingham", "Edinburgh"}

	mailDomains = map[string][]string{
		"US": {"gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"},
		"GB": {"gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"},
		"DE": {"gmail.com", "web.de", "gmx.de", "t-online.de", "gmx.net"},
		"CN": {"qq.com", "163.com", "126.com", "gmail.com", "sina.com"},
		"SG": {"gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"},
		"MY": {"gmail.com", "yahoo.com", "hotmail.my", "outlook.com"},
		"JP": {"gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"},
	}
)

var locales = map[string]*locale{
	"US": {country: "US", currency: "USD", gen: genUS},
	"GB": {country: "GB", currency: "GBP", gen: genGB},
	"DE": {country: "DE", currency: "EUR", gen: genDE},
	"CN": {country: "CN", currency: "CNY", gen: genCN},
	"SG": {country: "SG", currency: "SGD", gen: genSG},
	"MY": {country: "MY", currency: "MYR", gen: genMY},
	"JP": {country: "JP", currency: "JPY", gen: genJP},
}

// localeOrder fixes iteration order over locales (map order is random).
var localeOrder = []string{"US", "GB", "DE", "CN", "SG", "MY", "JP"}

func (s *Simulator) pick(list []string) string { return list[s.rng.IntN(len(list))] }

// digits returns n random decimal digits, the first one non-zero.
func (s *Simulator) digits(n int) string {
	var buf [24]byte
	b := buf[:0]
	for i := 0; i < n; i++ {
		d := byte(s.rng.IntN(10))
		if i == 0 && d == 0 {
			d = 1 + byte(s.rng.IntN(9))
		}
		b = append(b, '0'+d)
	}
	return string(b)
}

// numerify replaces each '#' in pattern by a random digit.
func (s *Simulator) numerify(pattern string) string {
	b := []byte(pattern)
	for i, c := range b {
		if c == '#' {
			b[i] = '0' + byte(s.rng.IntN(10))
		}
	}
	return string(b)
}

// letters replaces each '?' in pattern by a random upper-case letter.
func (s *Simulator) letters(pattern string) string {
	b := []byte(pattern)
	for i, c := range b {
		if c == '?' {
			b[i] = 'A' + byte(s.rng.IntN(26))
		}
	}
	return string(b)
}

// asciiFold lower-cases a Latin name for an e-mail local part, spelling
// German umlauts the usual way and dropping what is not a letter or digit.
func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == 'ä' || r == 'Ä':
			b.WriteString("ae")
		case r == 'ö' || r == 'Ö':
			b.WriteString("oe")
		case r == 'ü' || r == 'Ü':
			b.WriteString("ue")
		case r == 'ß':
			b.WriteString("ss")
		}
	}
	return b.String()
}

// email builds an address from a Latin first and last name in one of the
// shapes people pick.
func (s *Simulator) email(country, first, last string) string {
	f, l := asciiFold(first), asciiFold(last)
	if f == "" {
		f = "user"
	}
	if l == "" {
		l = "mail"
	}
	var local string
	switch s.rng.IntN(6) {
	case 0:
		local = f + "." + l
	case 1:
		local = f + l + strconv.Itoa(s.rng.IntN(99)+1)
	case 2:
		local = f[:1] + "." + l
	case 3:
		local = l + "_" + f
	case 4:
		local = f + "." + l + "+shop"
	default:
		local = f + strconv.Itoa(1960+s.rng.IntN(45))
	}
	return local + "@" + s.pick(mailDomains[country])
}

func genUS(s *Simulator, b *buyer) {
	first, last := s.fake.FirstName(), s.fake.LastName()
	b.name = first + " " + last
	if s.rng.IntN(4) == 0 {
		b.email = s.fake.Email()
	} else {
		b.email = s.email("US", first, last)
	}
	area := strconv.Itoa(200 + s.rng.IntN(800))
	ex := strconv.Itoa(200 + s.rng.IntN(800))
	line := s.numerify("####")
	switch s.rng.IntN(4) {
	case 0:
		b.phone = "(" + area + ") " + ex + "-" + line
	case 1:
		b.phone = "+1 " + area + "-" + ex + "-" + line
	case 2:
		b.phone = area + "." + ex + "." + line
	default:
		b.phone = "+1" + area + ex + line
	}
	b.street = s.fake.Street()
	if s.rng.IntN(5) == 0 {
		b.street += " Apt " + strconv.Itoa(1+s.rng.IntN(40)) + string(rune('A'+s.rng.IntN(6)))
	}
	b.city = s.fake.City() + ", " + s.fake.StateAbr()
	b.postal = s.numerify("#####")
}

func genGB(s *Simulator, b *buyer) {
	first, last := s.fake.FirstName(), s.fake.LastName()
	b.name = first + " " + last
	b.email = s.email("GB", first, last)
	switch s.rng.IntN(4) {
	case 0:
		b.phone = s.numerify("07### ######")
	case 1:
		b.phone = s.numerify("+44 7### ######")
	case 2:
		b.phone = s.numerify("+447#########")
	default:
		b.phone = s.numerify("+44 20 #### ####")
	}
	b.street = strconv.Itoa(1+s.rng.IntN(180)) + " " + s.pick(gbStreet) + " " + s.pick(gbSuffix)
	b.city = s.pick(gbCity)
	b.postal = s.letters("??") + strconv.Itoa(1+s.rng.IntN(20)) + " " + strconv.Itoa(s.rng.IntN(10)) + s.letters("??")
}

func genDE(s *Simulator, b *buyer) {
	first, last := s.pick(deFirst), s.pick(deLast)
	b.name = first + " " + last
	b.email = s.email("DE", first, last)
	switch s.rng.IntN(4) {
	case 0:
		b.phone = s.numerify("+49 15# ########")
	case 1:
		b.phone = s.numerify("017# #######")
	case 2:
		b.phone = s.numerify("+49 30 ########")
	default:
		b.phone = s.numerify("+4916##########")
	}
	b.street = s.pick(deStreet) + " " + strconv.Itoa(1+s.rng.IntN(120))
	if s.rng.IntN(6) == 0 {
		b.street += "a"
	}
	b.city = s.pick(deCity)
	b.postal = s.numerify("#####")
	if b.postal[0] == '0' {
		b.postal = "1" + b.postal[1:]
	}
}

func genCN(s *Simulator, b *buyer) {
	i, j := s.rng.IntN(len(cnSurname)), s.rng.IntN(len(cnGiven))
	switch s.rng.IntN(3) {
	case 0:
		b.name = cnSurnameHz[i] + cnGivenHz[j]
	case 1:
		b.name = cnGiven[j] + " " + cnSurname[i]
	default:
		b.name = cnSurname[i] + " " + cnGiven[j]
	}
	if s.rng.IntN(3) == 0 {
		b.email = s.digits(9) + "@qq.com"
	} else {
		b.email = s.email("CN", cnGiven[j], cnSurname[i])
	}
	switch s.rng.IntN(3) {
	case 0:
		b.phone = s.numerify("+86 13# #### ####")
	case 1:
		b.phone = s.numerify("15#########")
	default:
		b.phone = s.numerify("+8618#########")
	}
	c := s.rng.IntN(len(cnCity))
	if s.rng.IntN(3) == 0 {
		b.street = cnRoadHz[s.rng.IntN(len(cnRoadHz))] + strconv.Itoa(1+s.rng.IntN(300)) + "号"
		b.city = cnCityHz[c]
	} else {
		b.street = "No. " + strconv.Itoa(1+s.rng.IntN(300)) + " " + s.pick(cnRoad) + ", " + s.pick(cnDistrict)
		b.city = cnCity[c]
	}
	b.postal = s.numerify("1#####")
}

func genSG(s *Simulator, b *buyer) {
	var first, last string
	switch s.rng.IntN(4) {
	case 0:
		g := s.pick(msGiven)
		b.name = g + " " + msOf[g] + " " + s.pick(msFather)
		first, last = strings.Fields(g)[0], strings.Fields(g)[1]
	case 1:
		first, last = s.pick(inGiven), s.pick(inFather)
		b.name = first + " d/o " + last
	default:
		first, last = s.pick(sgGiven), s.pick(sgSurname)
		b.name = last + " " + first
	}
	b.email = s.email("SG", first, last)
	switch s.rng.IntN(3) {
	case 0:
		b.phone = s.numerify("+65 9### ####")
	case 1:
		b.phone = s.numerify("+658#######")
	default:
		b.phone = s.numerify("9### ####")
	}
	b.street = "Blk " + strconv.Itoa(100+s.rng.IntN(800)) + " " + s.pick(sgRoad) + " " +
		strconv.Itoa(1+s.rng.IntN(10)) + " #" + s.numerify("##-##")
	b.city = "Singapore"
	b.postal = s.numerify("5#####")
}

func genMY(s *Simulator, b *buyer) {
	g := s.pick(msGiven)
	b.name = g + " " + msOf[g] + " " + s.pick(msFather)
	parts := strings.Fields(g)
	b.email = s.email("MY", parts[0], parts[len(parts)-1])
	if s.rng.IntN(2) == 0 {
		b.phone = s.numerify("+60 12-### ####")
	} else {
		b.phone = s.numerify("011-#### ####")
	}
	b.street = "No. " + strconv.Itoa(1+s.rng.IntN(200)) + ", " + s.pick(myRoad)
	b.city = s.pick(myCity)
	b.postal = s.numerify("5####")
}

func genJP(s *Simulator, b *buyer) {
	first, last := s.pick(jpGiven), s.pick(jpSurname)
	b.name = first + " " + last
	b.email = s.email("JP", first, last)
	if s.rng.IntN(2) == 0 {
		b.phone = s.numerify("+81 90-####-####")
	} else {
		b.phone = s.numerify("080-####-####")
	}
	b.street = strconv.Itoa(1+s.rng.IntN(5)) + "-" + strconv.Itoa(1+s.rng.IntN(30)) + "-" +
		strconv.Itoa(1+s.rng.IntN(20)) + " " + s.pick(jpWard)
	b.city = s.pick(jpCity)
	b.postal = s.numerify("1##-####")
}

// poolSize is how many recent buyers of one locale are kept for repeat orders.
const poolSize = 256

// buyerPool holds one locale's recent buyers.
type buyerPool struct {
	loc    *locale
	buyers [poolSize]*buyer
	n      int // filled slots
	next   int // ring position for the next new buyer
}

// newBuyerChance is the probability that a buyer-bearing event introduces a
// new customer instead of a returning one.
const newBuyerChance = 0.12

// buyerFor returns a buyer for an order in the given home locale, sometimes a
// cross-border customer from another locale.
func (s *Simulator) buyerFor(home string) *buyer {
	code := home
	if s.rng.IntN(100) < 25 {
		code = localeOrder[s.rng.IntN(len(localeOrder))]
	}
	p := s.pools[code]
	if p.n == 0 || (p.n < poolSize && s.rng.Float64() < 0.5) || s.rng.Float64() < newBuyerChance {
		b := &buyer{country: p.loc.country}
		p.loc.gen(s, b)
		p.buyers[p.next] = b
		p.next = (p.next + 1) % poolSize
		if p.n < poolSize {
			p.n++
		}
		return b
	}
	return p.buyers[s.rng.IntN(p.n)]
}

// The accessors below hand out a buyer's values and note each as PII the
// first time it is emitted, so PII() covers text and fields alike.

func (s *Simulator) nameOf(b *buyer) string {
	s.notePIIOf(b, emitName, PIIName, b.name)
	return b.name
}

func (s *Simulator) emailOf(b *buyer) string {
	s.notePIIOf(b, emitEmail, PIIEmail, b.email)
	return b.email
}

func (s *Simulator) phoneOf(b *buyer) string {
	s.notePIIOf(b, emitPhone, PIIPhone, b.phone)
	return b.phone
}

func (s *Simulator) streetOf(b *buyer) string {
	s.notePIIOf(b, emitStreet, PIIAddress, b.street)
	return b.street
}

// pendingPII is a PII value used by the line being built; it is recorded
// once the line is out (and only if it survived a truncation).
type pendingPII struct {
	b    *buyer // nil for values not tied to a buyer (cards, tokens)
	flag uint8
	v    PIIValue
}

// notePII notes a PII value not tied to a buyer.
func (s *Simulator) notePII(kind, value string) { s.notePIIOf(nil, 0, kind, value) }

func (s *Simulator) notePIIOf(b *buyer, flag uint8, kind, value string) {
	if s.skipping || (b != nil && b.emitted&flag != 0) {
		return
	}
	for _, p := range s.pending {
		if p.b == b && p.flag == flag && p.v.Value == value {
			return
		}
	}
	s.pending = append(s.pending, pendingPII{b: b, flag: flag, v: PIIValue{Kind: kind, Value: value}})
}

// commitPII records the pending values of the line just written as out.
// A truncated line records only the values that made it into the output.
func (s *Simulator) commitPII(out []byte, truncated bool) {
	for _, p := range s.pending {
		if truncated && !bytes.Contains(out, []byte(p.v.Value)) {
			esc := event.AppendString(s.escBuf[:0], p.v.Value)
			s.escBuf = esc
			if !bytes.Contains(out, esc[1:len(esc)-1]) {
				continue
			}
		}
		if p.b != nil {
			p.b.emitted |= p.flag
		}
		s.recordPII(p.v)
	}
	s.pending = s.pending[:0]
}

// recordPII reports one emitted value: to OnPII, or into the stored set.
func (s *Simulator) recordPII(v PIIValue) {
	if s.cfg.OnPII != nil {
		// Streaming mode keeps no set: a value is reported once per buyer,
		// so two buyers who happen to share a value report it twice.
		s.cfg.OnPII(v)
		return
	}
	if _, dup := s.piiSeen[v]; dup {
		return
	}
	s.piiSeen[v] = struct{}{}
	s.pii = append(s.pii, v)
}
