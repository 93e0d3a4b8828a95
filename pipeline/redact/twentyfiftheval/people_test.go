package twentyfiftheval

import (
	"strings"
)

// person is one fake buyer (or seller, or payee) of a locale.
type person struct {
	L             *locale
	female        bool
	given, family nm
	patronym      string // Malay "bin"/"binti"
	chineseMY     bool
	ph            phone
	a             addr
	email         string
}

var myCNFamily = nms("Tan", "Tan", "Lim", "Lim", "Wong", "Wong", "Chong", "Chong", "Ooi", "Ooi", "Teh", "Teh", "Yeoh", "Yeoh", "Lau", "Lau")
var myCNGiven = nms("Wei Ming", "Wei Ming", "Jia Hui", "Jia Hui", "Kok Leong", "Kok Leong", "Mei Ling", "Mei Ling", "Chee Keong", "Chee Keong", "Siew Lan", "Siew Lan", "Zhi Hao", "Zhi Hao")

func (g *gen) person(codes ...string) *person {
	var l *locale
	if len(codes) == 0 {
		l = locales[g.n(len(locales))]
	} else {
		l = localeByCode[codes[g.n(len(codes))]]
	}
	p := &person{L: l, female: g.chance(0.5)}
	switch {
	case l.code == "en_US":
		if p.female {
			p.given = n1(g.fk.FirstName())
		} else {
			p.given = n1(g.fk.FirstName())
		}
		p.family = n1(g.fk.LastName())
	case l.code == "ms_MY" && g.chance(0.3):
		p.chineseMY = true
		p.given = myCNGiven[g.n(len(myCNGiven))]
		p.family = myCNFamily[g.n(len(myCNFamily))]
	default:
		gs := l.givenM
		if p.female {
			gs = l.givenF
		}
		p.given = gs[g.n(len(gs))]
		f := l.family[g.n(len(l.family))]
		if p.female && f.NF != "" {
			f = nm{N: f.NF, R: f.RF}
		}
		p.family = f
		if l.patronymB != "" {
			p.patronym = "bin"
			if p.female {
				p.patronym = "binti"
			}
		}
	}
	p.ph = l.phone(g)
	p.a = l.addr(g)
	p.email = g.emailFor(p)
	return p
}

// full is the name in its script and the locale's order.
func (p *person) full() string {
	switch {
	case p.patronym != "":
		return p.given.N + " " + p.patronym + " " + p.family.N
	case p.chineseMY:
		return p.family.N + " " + p.given.N
	case p.L.joined:
		return p.family.N + p.given.N
	case p.L.famFirst:
		return p.family.N + " " + p.given.N
	}
	return p.given.N + " " + p.family.N
}

// roman is the name as cross-border marketplaces export it: romanised,
// given name first (Chinese and Vietnamese keep the family name first).
func (p *person) roman() string {
	switch {
	case p.patronym != "":
		return p.given.R + " " + p.patronym + " " + p.family.R
	case p.chineseMY, p.L.code == "zh_CN", p.L.code == "vi_VN":
		return p.family.R + " " + p.given.R
	}
	return p.given.R + " " + p.family.R
}

// caps is the name as carriers' labels print it: capitals, ASCII where the
// script is Latin.
func (p *person) caps() string {
	r := p.roman()
	return strings.ToUpper(fold(r))
}

// nativeScript reports a locale whose names are not in Latin letters.
func (p *person) nativeScript() bool { return !p.L.latin }

// name picks a rendering. pref: "native" (the script), "roman", "any".
func (g *gen) name(p *person, pref string) (string, string) {
	switch pref {
	case "native":
		if g.chance(0.12) {
			return p.caps(), "name.caps"
		}
		return p.full(), "name.full"
	case "roman":
		if g.chance(0.25) {
			return p.caps(), "name.caps"
		}
		if p.nativeScript() {
			return p.roman(), "name.roman"
		}
		return p.roman(), "name.full"
	}
	switch x := g.n(10); {
	case x < 5:
		return p.full(), "name.full"
	case x < 8:
		if p.nativeScript() {
			return p.roman(), "name.roman"
		}
		return p.full(), "name.full"
	default:
		return p.caps(), "name.caps"
	}
}

func (p *person) givenIn(native bool) string {
	if native {
		return p.given.N
	}
	return p.given.R
}

func (p *person) familyIn(native bool) string {
	if native {
		return p.family.N
	}
	return p.family.R
}

// phoneAs picks a writing of the phone; prefer: "", "e164", "intl", "natl", "noplus".
func (g *gen) phoneAs(p *person, prefer string) (string, string) {
	if prefer == "" {
		switch x := g.n(20); {
		case x < 5:
			prefer = "e164"
		case x < 10:
			prefer = "intl"
		case x < 16:
			prefer = "natl"
		case x < 19:
			prefer = "noplus"
		default:
			prefer = "native"
		}
	}
	switch prefer {
	case "e164":
		return p.ph.e164, "phone.e164"
	case "intl":
		return p.ph.intl, "phone.intl"
	case "noplus":
		return p.ph.noplus, "phone.cc_noplus"
	case "native":
		if p.L.zero != 0 {
			return nativeDigits(p.ph.natl, p.L.zero), "phone.native_digits"
		}
		return p.ph.natl, "phone.national"
	}
	return p.ph.natl, "phone.national"
}

// maskedPhone is a phone as the platform itself masks it (not PII: at most
// four digits of it are left).
func (g *gen) maskedPhone(p *person) string {
	n := p.ph.nsn
	last := n[len(n)-4:]
	switch g.n(4) {
	case 0:
		return "+" + p.ph.cc + strings.Repeat("*", len(n)-4) + last
	case 1:
		return "(+" + p.ph.cc + ")" + n[:2] + "****" + n[len(n)-2:]
	case 2:
		return strings.Repeat("*", len(n)-2) + n[len(n)-2:]
	default:
		return "+" + p.ph.cc + "****" + last
	}
}

// ---- e-mail ----

var foldMap = map[rune]string{}

func init() {
	pairs := []string{
		"àáâãäåāăą", "a", "ÀÁÂÃÄÅĀĂĄ", "A", "çćčĉ", "c", "ÇĆČ", "C", "ďđ", "d", "ĎĐ", "D",
		"èéêëēĕėęě", "e", "ÈÉÊËĒĖĘĚ", "E", "ğĝ", "g", "Ğ", "G", "ìíîïīįı", "i", "ÌÍÎÏĪİ", "I",
		"ł", "l", "Ł", "L", "ñńňņ", "n", "ÑŃŇ", "N", "òóôõöøōő", "o", "ÒÓÔÕÖØŌŐ", "O", "řŕ", "r", "ŘŔ", "R",
		"śšşșŝ", "s", "ŚŠŞȘ", "S", "ťţț", "t", "ŤŢȚ", "T", "ùúûüūůűų", "u", "ÙÚÛÜŪŮŰŲ", "U",
		"ýÿ", "y", "ÝŸ", "Y", "źżž", "z", "ŹŻŽ", "Z", "ß", "ss", "æ", "ae", "œ", "oe",
		"ạảấầẩẫậắằẳẵặ", "a", "ẹẻẽếềểễệ", "e", "ỉị", "i", "ọỏốồổỗộớờởỡợơ", "o", "ụủứừửữựư", "u", "ỳỵỷỹ", "y",
		"ẠẢẤẦẨẪẬẮẰẲẴẶ", "A", "ẸẺẼẾỀỂỄỆ", "E", "ỈỊ", "I", "ỌỎỐỒỔỖỘỚỜỞỠỢƠ", "O", "ỤỦỨỪỬỮỰƯ", "U",
	}
	for i := 0; i < len(pairs); i += 2 {
		for _, r := range pairs[i] {
			foldMap[r] = pairs[i+1]
		}
	}
}

func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := foldMap[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func asciiWord(s string) string {
	s = strings.ToLower(fold(s))
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (g *gen) emailFor(p *person) string {
	l := p.L
	dom := g.pickS(l.domains)
	if l.code == "zh_CN" && (dom == "qq.com" || g.chance(0.3)) {
		return g.digitsNZ(g.rng(8, 10)) + "@qq.com"
	}
	gv, fm := asciiWord(p.given.R), asciiWord(p.family.R)
	if gv == "" {
		gv = "user"
	}
	if fm == "" {
		fm = "x"
	}
	var local string
	switch g.n(8) {
	case 0:
		local = gv + "." + fm
	case 1:
		local = gv + fm + g.num(1, 99)
	case 2:
		local = gv + "_" + fm + g.num(70, 2005)
	case 3:
		local = gv[:1] + "." + fm + g.num(1, 999)
	case 4:
		local = fm + "." + gv
	case 5:
		local = gv + "." + fm + g.num(1970, 2006)
	case 6:
		local = fm + gv[:1] + g.num(10, 99)
	default:
		local = gv + g.num(100, 9999)
	}
	if len(local) < 6 {
		local += g.num(10, 99)
	}
	return local + "@" + dom
}

// emailAs picks a writing of the person's e-mail: as is, or with a "+" tag
// as buyers sign up for marketplaces, or in capitals as some ERPs export it.
func (g *gen) emailAs(p *person) (string, string) {
	switch x := g.n(10); {
	case x < 7:
		return p.email, "email.plain"
	case x < 9:
		at := strings.IndexByte(p.email, '@')
		return p.email[:at] + "+" + g.pick("shop", "amz", "ml", "ali", "orders", "tiktok") + p.email[at:], "email.tagged"
	default:
		return strings.ToUpper(p.email), "email.upper"
	}
}

// relayEmail is a marketplace's relay address for the buyer (it reaches
// the buyer: PII).
func (g *gen) relayEmail(kind string) string {
	switch kind {
	case "amazon":
		return g.from(lowAlnum, 15) + "@marketplace.amazon." + g.pick("com", "de", "co.uk", "co.jp", "com.br", "in", "com.tr", "ae", "sa", "pl", "nl", "fr", "it", "es", "com.mx")
	case "walmart":
		return g.hexU(32) + "@relay.walmart.com"
	case "ebay":
		return g.hex(10) + "@members.ebay.com"
	case "rakuten":
		return g.hex(12) + "@pc.fw.rakuten.ne.jp"
	case "allegro":
		return g.from(lowAlnum, 10) + "+" + g.hex(8) + "@allegromail.pl"
	case "trendyol":
		return "pf+" + g.from(lowAlnum, 8) + "@trendyolmail.com"
	case "bol":
		return g.from(lowAlnum, 10) + "@verkopen.bol.com"
	case "tiktok":
		return g.from(alnum, 10) + "@scs2.tiktok.com"
	case "cdiscount":
		return g.from(lowAlnum, 12) + "@clients.cdiscount.com"
	}
	return g.from(lowAlnum, 12) + "@relay.example.com"
}

// addrLine is the address in one line, native or romanised.
func (g *gen) addrLine(p *person, pref string) (string, string) {
	native := pref == "native" || (pref == "any" && g.chance(0.55))
	if native && !p.L.latin {
		return p.a.one, "addr.native"
	}
	if !native && !p.L.latin {
		return p.a.rone, "addr.full"
	}
	return p.a.one, "addr.full"
}

// street is the first address line, native or romanised.
func (p *person) street(native bool) string {
	if native {
		return p.a.line1
	}
	return p.a.rline1
}

func (p *person) street2(native bool) string {
	if native {
		return p.a.line2
	}
	return p.a.rline2
}

func (p *person) city(native bool) string {
	if native {
		return p.a.city
	}
	return p.a.rcity
}

func (p *person) region(native bool) string {
	if native {
		return p.a.region
	}
	return p.a.rregion
}

func (p *person) district(native bool) string {
	if native {
		return p.a.district
	}
	return p.a.rdistrict
}
