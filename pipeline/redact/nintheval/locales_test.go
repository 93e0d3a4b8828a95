package nintheval

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// locale is one market a cross-border seller ships to: how its people are
// named, how they write their phone numbers and addresses, and how a buyer
// of that market writes to customer service.
type locale struct {
	code       string
	given      []string // in local script
	family     []string
	romGiven   []string // romanisation, for non-Latin scripts (nil: same as given)
	romFamily  []string
	eastern    bool // family name first
	noSpace    bool // CJK: family and given written together
	honor      []string
	particles  []string // inserted before the family name
	phones     []string // patterns: X any digit, N 2-9
	digits     string   // "" ASCII, else the 10 digits of a local system used some of the time
	streets    []string // street names (without type)
	addr       func(r *rand.Rand, l *locale) address
	cities     []string
	ibanCC     string
	domains    []string
	ticket     string // {N} name, {A} address, {P} phone, {E} email
	nameKey    string // a key in the local language
	phoneKey   string
	addressKey string
}

type address struct {
	street string // the street line (what must not survive)
	name   string // the street's proper name (distinctive words)
	full   string // as written in full
}

var (
	arabicIndic = "٠١٢٣٤٥٦٧٨٩"
	devanagari  = "०१२३४५६७८९"
	thaiDigits  = "๐๑๒๓๔๕๖๗๘๙"
	fullWidth   = "０１２３４５６７８９"
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func digitsN(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

// pattern fills X with any digit and N with 2-9.
func pattern(r *rand.Rand, p string) string {
	var b strings.Builder
	for _, c := range p {
		switch c {
		case 'X':
			b.WriteByte(byte('0' + r.IntN(10)))
		case 'N':
			b.WriteByte(byte('2' + r.IntN(8)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func localDigits(s, sys string) string {
	ds := []rune(sys)
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(ds[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func (l *locale) phone(r *rand.Rand) string {
	p := pattern(r, pick(r, l.phones))
	if l.digits != "" && r.IntN(4) == 0 {
		p = localDigits(p, l.digits)
	}
	return p
}

// person is a generated buyer.
type person struct {
	display string   // the name as rendered
	rom     string   // a romanised form (for emails)
	words   []string // given and family names (fragments come from these)
}

func (l *locale) person(r *rand.Rand) person {
	gi := r.IntN(len(l.given))
	fi := r.IntN(len(l.family))
	g, f := l.given[gi], l.family[fi]
	rg, rf := g, f
	if l.romGiven != nil {
		rg, rf = l.romGiven[gi], l.romFamily[fi]
	}
	words := []string{g, f}
	var disp string
	form := r.IntN(10)
	useRom := l.romGiven != nil && r.IntN(4) == 0
	if useRom {
		words = []string{rg, rf}
		g, f = rg, rf
	}
	switch {
	case l.eastern && !useRom:
		if l.noSpace {
			disp = f + g
		} else {
			disp = f + " " + g
		}
		if form < 3 && len(l.honor) > 0 {
			disp += " " + pick(r, l.honor)
		}
	case useRom && l.eastern:
		switch form % 3 {
		case 0:
			disp = strings.ToUpper(f) + " " + g
		case 1:
			disp = g + " " + f
		default:
			disp = f + " " + g
		}
	default:
		switch form {
		case 0, 1:
			disp = g + " " + f
		case 2:
			m := pick(r, l.given)
			if l.romGiven != nil && useRom {
				m = pick(r, l.romGiven)
			}
			disp = g + " " + m + " " + f
			words = append(words, m)
		case 3:
			disp = g + " " + string([]rune(pick(r, l.given))[0]) + ". " + f
		case 4:
			disp = strings.ToUpper(f) + ", " + g
		case 5:
			if len(l.particles) > 0 {
				disp = g + " " + pick(r, l.particles) + " " + f
			} else {
				disp = g + " " + f
			}
		case 6:
			f2 := pick(r, l.family)
			if useRom {
				f2 = pick(r, l.romFamily)
			}
			if f2 == f {
				disp = g + " " + f
			} else {
				disp = g + " " + f + "-" + f2
				words = append(words, f2)
			}
		case 7:
			if len(l.honor) > 0 {
				disp = pick(r, l.honor) + " " + g + " " + f
			} else {
				disp = g + " " + f
			}
		case 8:
			disp = strings.ToUpper(g + " " + f)
		default:
			disp = string([]rune(g)[0]) + ". " + f
			words = []string{f}
		}
	}
	return person{display: disp, rom: asciiFold(rg + "." + rf), words: words}
}

// asciiFold makes an e-mail local part out of a romanised name.
func asciiFold(s string) string {
	s = strings.ToLower(foldReplacer.Replace(s))
	var b strings.Builder
	for _, c := range s {
		if c < 0x80 {
			b.WriteRune(c)
		}
	}
	return b.String()
}

var foldReplacer = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "é", "e", "è", "e", "ê", "e", "á", "a",
	"à", "a", "ã", "a", "â", "a", "í", "i", "ó", "o", "ô", "o", "õ", "o", "ú", "u", "ç", "c", "ñ", "n",
	"ł", "l", "ś", "s", "ż", "z", "ź", "z", "ć", "c", "ń", "n", "ę", "e", "ą", "a", "ğ", "g", "ş", "s",
	"ı", "i", "İ", "i", "ø", "o", "ë", "e", "ï", "i", "ơ", "o", "ư", "u", "đ", "d", "ễ", "e", "ố", "o",
	"ạ", "a", "ả", "a", "ồ", "o", "ậ", "a", " ", "", "'", "", "-", "")

func (l *locale) email(r *rand.Rand, p person) string {
	local := p.rom
	switch r.IntN(7) {
	case 0:
		local = strings.ReplaceAll(local, ".", "_") + fmt.Sprint(r.IntN(99))
	case 1:
		local = local + "+" + pick(r, []string{"shop", "amazon", "orders", "tiktok", "promo"})
	case 2:
		parts := strings.SplitN(local, ".", 2)
		if len(parts[0]) > 0 {
			local = parts[0][:1] + parts[len(parts)-1] + fmt.Sprint(1960+r.IntN(45))
		}
	case 3:
		local = strings.ToUpper(local)
	case 4:
		local = local + fmt.Sprint(r.IntN(1000))
	}
	if len(local) < 6 {
		local += digitsN(r, 4)
	}
	dom := pick(r, l.domains)
	if r.IntN(20) == 0 {
		// internationalised address: local part in the buyer's script, IDN domain
		return strings.ToLower(strings.ReplaceAll(p.words[0], " ", "")) + digitsN(r, 3) + "@" + pick(r, []string{"例え.jp", "почта.рф", "bücher.de", "메일.한국", "邮件.中国", "ทดสอบ.ไทย"})
	}
	if r.IntN(15) == 0 {
		return digitsN(r, 1) + strings.ToLower(randAlnum(r, 13)) + "@marketplace.amazon." + pick(r, []string{"com", "de", "co.uk", "co.jp", "fr"})
	}
	return local + "@" + dom
}

func randAlnum(r *rand.Rand, n int) string {
	const al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, n)
	for i := range b {
		b[i] = al[r.IntN(len(al))]
	}
	return string(b)
}

func randFrom(r *rand.Rand, al string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = al[r.IntN(len(al))]
	}
	return string(b)
}

// western street addresses: number first or last.
func addrNumFirst(types []string, unit string) func(r *rand.Rand, l *locale) address {
	return func(r *rand.Rand, l *locale) address {
		n := pick(r, l.streets)
		st := fmt.Sprintf("%d %s %s", 1+r.IntN(9800), n, pick(r, types))
		full := st
		if unit != "" && r.IntN(3) == 0 {
			full += ", " + fmt.Sprintf(unit, 1+r.IntN(40))
		}
		return address{street: st, name: n, full: full}
	}
}

func addrNumLast(types []string, pre bool) func(r *rand.Rand, l *locale) address {
	return func(r *rand.Rand, l *locale) address {
		n := pick(r, l.streets)
		var st string
		if pre {
			st = fmt.Sprintf("%s %s %d", pick(r, types), n, 1+r.IntN(240))
		} else {
			st = fmt.Sprintf("%s%s %d", n, pick(r, types), 1+r.IntN(240))
		}
		return address{street: st, name: n, full: st}
	}
}

var locales = []*locale{
	{
		code: "en_US", given: []string{"Jennifer", "Michael", "Ashley", "Christopher", "Brittany", "Tyrone", "Madison", "Brandon", "Latoya", "Dustin"},
		family: []string{"Johnson", "Whitaker", "Rodriguez", "McAllister", "Washington", "Kowalski", "Nguyen", "O'Connor", "Fitzgerald", "Thompson"},
		honor:  []string{"Mr.", "Mrs.", "Ms.", "Dr."}, particles: []string{"Van", "De", "Mc"},
		phones:  []string{"+1 (NXX) NXX-XXXX", "(NXX) NXX-XXXX", "NXX-NXX-XXXX", "NXX.NXX.XXXX", "+1NXXNXXXXXX", "1-NXX-NXX-XXXX", "+1 NXX NXX XXXX", "(NXX) NXX-XXXX x1X"},
		streets: []string{"Maplewood", "Sycamore", "Chesterfield", "Brookhaven", "Larkspur", "Cottonwood", "Riverside", "Hawthorne"},
		addr: func(r *rand.Rand, l *locale) address {
			a := addrNumFirst([]string{"Street", "Ave", "Blvd", "Drive", "Ln", "Court"}, "Apt %d")(r, l)
			if r.IntN(8) == 0 {
				a = address{street: fmt.Sprintf("PO Box %d", 1000+r.IntN(89000)), name: "", full: ""}
				a.full = a.street
			}
			a.full += fmt.Sprintf(", %s, %s %05d", pick(r, l.cities), pick(r, []string{"CA", "TX", "NY", "OH", "WA"}), 10000+r.IntN(89999))
			return a
		},
		cities: []string{"Sacramento", "Columbus", "Tacoma", "El Paso", "Rochester"}, domains: []string{"gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"},
		ticket: "Hi, this is {N}. My package never arrived at {A}. Call me at {P} or email {E}.", nameKey: "full_name", phoneKey: "phone_number", addressKey: "street_address",
	},
	{
		code: "en_GB", given: []string{"Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Alfie", "Imogen", "Rhys", "Siobhan"},
		family: []string{"Pemberton", "Hughes", "Ashworth", "Llewellyn", "Fairbrother", "MacLeod", "Gallagher", "Whitfield", "Ramsbottom", "Okonkwo"},
		honor:  []string{"Mr", "Mrs", "Miss", "Ms", "Dr"}, particles: []string{"St.", "de"},
		phones:  []string{"+44 7XXX XXXXXX", "07XXX XXXXXX", "07XXX-XXX-XXX", "+44 (0)20 7XXX XXXX", "020 7XXX XXXX", "(0161) 4XX XXXX", "+447XXXXXXXXX", "0044 7XXX XXX XXX"},
		streets: []string{"Wellington", "Abbotsford", "Kingsbridge", "Rosehill", "Ashgrove", "Clarendon", "Fernbank", "Elmhurst"},
		addr: func(r *rand.Rand, l *locale) address {
			a := addrNumFirst([]string{"Road", "Street", "Close", "Crescent", "Gardens", "Lane", "Terrace"}, "Flat %d")(r, l)
			pc := fmt.Sprintf("%s%d %d%s", pick(r, []string{"SW", "M", "LS", "B", "EH", "CF"}), 1+r.IntN(20), r.IntN(10), randFrom(r, "ABDEFGHJLNPQRSTUWXYZ", 2))
			if r.IntN(3) == 0 {
				a.full = "Flat " + fmt.Sprint(1+r.IntN(30)) + ", " + a.full
			}
			a.full += ", " + pick(r, l.cities) + " " + pc
			return a
		},
		cities: []string{"Leeds", "Cardiff", "Manchester", "Edinburgh", "Bristol"}, ibanCC: "GB", domains: []string{"btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk"},
		ticket: "Hello, {N} here. The courier left my parcel at the wrong door, it should go to {A}. My mobile is {P}, email {E}. Cheers", nameKey: "customer_name", phoneKey: "mobile", addressKey: "address_line_1",
	},
	{
		code: "de_DE", given: []string{"Lukas", "Annika", "Jürgen", "Sabine", "Maximilian", "Ursula", "Friedrich", "Mareike", "Björn", "Henrike"},
		family: []string{"Schneider", "Müller", "Großmann", "Weißenfels", "Hoffmann", "Bäcker", "Schröder", "Zimmermann", "Kaufmann", "Brandstätter"},
		honor:  []string{"Herr", "Frau", "Dr.", "Prof. Dr."}, particles: []string{"von", "von der", "zu"},
		phones:  []string{"+49 151 XXXXXXXX", "0151 XXXXXXXX", "0171/XXXXXXX", "+49 (0)30 XXXXXXXX", "030 XXXXXXXX", "(089) XXXXXXX", "+49 176 XXX XXX XX", "0049 160 XXXXXXX", "0172-XXX XX XX"},
		streets: []string{"Lindenallee", "Goethe", "Schiller", "Birkenweg", "Hauptbahnhof", "Mühlen", "Kastanien", "Rosenheimer"},
		addr: func(r *rand.Rand, l *locale) address {
			a := addrNumLast([]string{"straße", "str.", "weg", "platz", "gasse"}, false)(r, l)
			if r.IntN(4) == 0 {
				a.full += fmt.Sprintf(", %d. OG", 1+r.IntN(5))
			}
			a.full += fmt.Sprintf(", %05d %s", 10000+r.IntN(89999), pick(r, l.cities))
			return a
		},
		cities: []string{"München", "Köln", "Leipzig", "Düsseldorf", "Nürnberg"}, ibanCC: "DE", domains: []string{"web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de"},
		ticket: "Guten Tag, hier schreibt {N}. Bitte liefern Sie an {A}. Erreichbar unter {P} oder {E}. Danke!", nameKey: "Empfänger", phoneKey: "Telefonnummer", addressKey: "Lieferadresse",
	},
	{
		code: "fr_FR", given: []string{"Léa", "Théo", "Chloé", "Mathéo", "Océane", "Baptiste", "Élodie", "Jérôme", "Margaux", "Anaïs"},
		family: []string{"Dubois", "Lefèvre", "Moreau", "Girardot", "Fontaine", "Chevalier", "Rousseau", "Benmansour", "Laurent", "Beaumont"},
		honor:  []string{"M.", "Mme", "Mlle"}, particles: []string{"de", "du", "de la", "Le"},
		phones:  []string{"+33 6 XX XX XX XX", "06 XX XX XX XX", "06.XX.XX.XX.XX", "+33 (0)1 XX XX XX XX", "07XXXXXXXX", "0033 7 XX XX XX XX", "+33 7 XX XX XX XX"},
		streets: []string{"Victor-Hugo", "des Lilas", "Gambetta", "de la République", "Pasteur", "des Tanneurs", "Jean-Jaurès", "Montmartre"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%d%s %s %s", 1+r.IntN(180), pick(r, []string{"", "", " bis", " ter"}), pick(r, []string{"rue", "avenue", "boulevard", "allée", "impasse"}), n)
			full := st
			if r.IntN(3) == 0 {
				full = fmt.Sprintf("Bât. %s, esc. %d, ", pick(r, []string{"A", "B", "C"}), 1+r.IntN(4)) + full
			}
			full += fmt.Sprintf(", %05d %s", 10000+r.IntN(89999), strings.ToUpper(pick(r, l.cities)))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Lyon", "Toulouse", "Nantes", "Montpellier", "Lille"}, ibanCC: "FR", domains: []string{"orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"},
		ticket: "Bonjour, je suis {N}. Merci de livrer à l'adresse {A}. Vous pouvez me joindre au {P} ou {E}. Cordialement", nameKey: "nom_complet", phoneKey: "téléphone", addressKey: "adresse_livraison",
	},
	{
		code: "es_ES", given: []string{"Lucía", "Alejandro", "Mercedes", "Álvaro", "Inmaculada", "Sergio", "Nerea", "Íñigo", "Rocío", "Joaquín"},
		family: []string{"García", "Fernández", "Martínez", "Sánchez", "Etxeberria", "Gutiérrez", "Domínguez", "Castillo", "Iglesias", "Benítez"},
		honor:  []string{"D.", "Dña.", "Sr.", "Sra."}, particles: []string{"de", "de la", "del", "y"},
		phones:  []string{"+34 6XX XXX XXX", "6XX XX XX XX", "+34 91 XXX XX XX", "6XXXXXXXX", "0034 7XX XXX XXX", "+34 6XX-XXX-XXX"},
		streets: []string{"Alcalá", "Gran Vía", "Serrano", "de la Castellana", "Mayor", "del Prado", "San Bernardo", "Diagonal"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s %s, %d", pick(r, []string{"C/", "Calle", "Avda.", "Paseo"}), n, 1+r.IntN(200))
			full := st + fmt.Sprintf(", %dº %s", 1+r.IntN(9), pick(r, []string{"A", "B", "izq.", "dcha."})) + fmt.Sprintf(", %05d %s", 1000+r.IntN(50000), pick(r, l.cities))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Madrid", "Valencia", "Sevilla", "Zaragoza", "Bilbao"}, ibanCC: "ES", domains: []string{"gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"},
		ticket: "Hola, soy {N}. El pedido debe enviarse a {A}. Mi teléfono es {P} y mi correo {E}. Gracias", nameKey: "nombre_completo", phoneKey: "teléfono", addressKey: "dirección",
	},
	{
		code: "it_IT", given: []string{"Giulia", "Lorenzo", "Francesca", "Matteo", "Chiara", "Giuseppe", "Alessandra", "Niccolò", "Federica", "Salvatore"},
		family: []string{"Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marchetti", "Lombardi", "Di Stefano", "Conti"},
		honor:  []string{"Sig.", "Sig.ra", "Dott.", "Dott.ssa"}, particles: []string{"De", "Di", "Della", "Lo"},
		phones:  []string{"+39 3XX XXX XXXX", "3XX XXX XXXX", "3XX-XXXXXXX", "+39 06 XXXX XXXX", "02 XXXX XXXX", "+393XXXXXXXXX"},
		streets: []string{"Garibaldi", "Giuseppe Verdi", "dei Mille", "Cavour", "Roma", "Mazzini", "delle Rose", "Dante Alighieri"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s %s %d", pick(r, []string{"Via", "Viale", "Piazza", "Corso"}), n, 1+r.IntN(200))
			full := st + fmt.Sprintf(", %05d %s (%s)", 10000+r.IntN(89999), pick(r, l.cities), pick(r, []string{"MI", "RM", "TO", "NA", "BO"}))
			if r.IntN(3) == 0 {
				full = st + fmt.Sprintf(", int. %d, scala %s", 1+r.IntN(20), pick(r, []string{"A", "B"})) + full[len(st):]
			}
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Milano", "Torino", "Bologna", "Napoli", "Firenze"}, ibanCC: "IT", domains: []string{"libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"},
		ticket: "Buongiorno, sono {N}. Il pacco va consegnato in {A}. Potete chiamarmi al {P} o scrivere a {E}. Grazie", nameKey: "nome_cognome", phoneKey: "cellulare", addressKey: "indirizzo",
	},
	{
		code: "nl_NL", given: []string{"Daan", "Sanne", "Joris", "Femke", "Bram", "Lieke", "Thijs", "Maartje", "Sjoerd", "Anouk"},
		family: []string{"Jansen", "Visser", "Bakker", "Smit", "Meijer", "Dekker", "Mulder", "Hendriks", "Brouwer", "Kuipers"},
		honor:  []string{"dhr.", "mevr."}, particles: []string{"van", "van der", "de", "van den", "ter"},
		phones:  []string{"+31 6 XXXX XXXX", "06-XXXXXXXX", "06 XX XX XX XX", "+31 (0)20 XXX XXXX", "020-XXX XXXX", "+316XXXXXXXX"},
		streets: []string{"Keizersgracht", "Prinsengracht", "Kerkstraat", "Molenweg", "Dorpsstraat", "Lindelaan", "Vondelstraat", "Beukenlaan"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s %d%s", n, 1+r.IntN(300), pick(r, []string{"", "", "-II", "A", " hs"}))
			full := st + fmt.Sprintf(", %04d %s %s", 1000+r.IntN(8999), randFrom(r, "ABCDEFGHJKLMNPRSTVWXZ", 2), pick(r, l.cities))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Utrecht", "Eindhoven", "Groningen", "Haarlem", "Zwolle"}, ibanCC: "NL", domains: []string{"ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"},
		ticket: "Hallo, met {N}. Graag bezorgen op {A}. Bel me op {P} of mail {E}. Groetjes", nameKey: "naam", phoneKey: "telefoonnummer", addressKey: "bezorgadres",
	},
	{
		code: "pl_PL", given: []string{"Agnieszka", "Krzysztof", "Małgorzata", "Grzegorz", "Katarzyna", "Przemysław", "Zofia", "Wojciech", "Joanna", "Łukasz"},
		family: []string{"Kowalczyk", "Wiśniewski", "Wójcik", "Lewandowska", "Zieliński", "Szymańska", "Dąbrowski", "Kozłowska", "Jankowski", "Mazurek"},
		honor:  []string{"Pan", "Pani"}, particles: nil,
		phones:  []string{"+48 5XX XXX XXX", "5XX-XXX-XXX", "6XX XXX XXX", "+48 22 XXX XX XX", "(22) XXX-XX-XX", "+485XXXXXXXX", "7XX XXX XXX"},
		streets: []string{"Marszałkowska", "Piotrkowska", "Mickiewicza", "Słowackiego", "Kościuszki", "Długa", "Floriańska", "Grunwaldzka"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s %s %d", pick(r, []string{"ul.", "al.", "os."}), n, 1+r.IntN(150))
			if r.IntN(2) == 0 {
				st += fmt.Sprintf(" m. %d", 1+r.IntN(80))
			}
			full := st + fmt.Sprintf(", %02d-%03d %s", 10+r.IntN(89), r.IntN(1000), pick(r, l.cities))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź"}, ibanCC: "PL", domains: []string{"wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"},
		ticket: "Dzień dobry, nazywam się {N}. Proszę o dostawę na adres {A}. Mój numer telefonu to {P}, e-mail {E}.", nameKey: "imię_nazwisko", phoneKey: "numer_telefonu", addressKey: "adres_dostawy",
	},
	{
		code: "pt_BR", given: []string{"João", "Ana Clara", "Luiz", "Beatriz", "Thiago", "Fernanda", "Raimundo", "Letícia", "Gustavo", "Conceição"},
		family: []string{"Silva", "Oliveira", "Santos", "Pereira", "Nascimento", "Carvalho", "Albuquerque", "Rodrigues", "Figueiredo", "Gonçalves"},
		honor:  []string{"Sr.", "Sra.", "Dona"}, particles: []string{"da", "dos", "de", "das", "do"},
		phones:  []string{"+55 11 9XXXX-XXXX", "(11) 9XXXX-XXXX", "(21) 9XXXX XXXX", "11 9XXXXXXXX", "+55 (71) 9XXXX-XXXX", "+55 51 3XXX-XXXX", "5511 9XXXX XXXX"},
		streets: []string{"das Flores", "Augusta", "Sete de Setembro", "Voluntários da Pátria", "Barão de Mauá", "Paulista", "das Palmeiras", "Tiradentes"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s %s, %d", pick(r, []string{"Rua", "Av.", "Avenida", "Travessa", "Alameda"}), n, 1+r.IntN(3000))
			full := st
			if r.IntN(2) == 0 {
				full += fmt.Sprintf(" - apto %d", 10+r.IntN(200))
			}
			full += fmt.Sprintf(" - %s, %s - %s, %05d-%03d", pick(r, []string{"Centro", "Vila Mariana", "Boa Viagem", "Pinheiros"}), pick(r, l.cities), pick(r, []string{"SP", "RJ", "BA", "PE", "RS"}), 10000+r.IntN(89999), r.IntN(1000))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"São Paulo", "Salvador", "Recife", "Porto Alegre", "Campinas"}, ibanCC: "BR", domains: []string{"uol.com.br", "bol.com.br", "gmail.com", "hotmail.com", "terra.com.br"},
		ticket: "Olá, aqui é {N}. Favor entregar em {A}. Meu WhatsApp é {P} e o e-mail {E}. Obrigado", nameKey: "nome_destinatario", phoneKey: "telefone", addressKey: "endereco",
	},
	{
		code: "es_MX", given: []string{"José Luis", "Guadalupe", "Juan Carlos", "María Fernanda", "Jesús", "Ximena", "Rogelio", "Itzel", "Eduardo", "Citlali"},
		family: []string{"Hernández", "López", "Ramírez", "Cruz", "Flores", "Velázquez", "Mendoza", "Xochitl", "Villaseñor", "Zúñiga"},
		honor:  []string{"Sr.", "Sra.", "Lic.", "Ing."}, particles: []string{"de", "de la", "del"},
		phones:  []string{"+52 55 XXXX XXXX", "+52 1 55 XXXX XXXX", "55 XXXX XXXX", "(55) XXXX-XXXX", "33 XXXX XXXX", "+52 81 XXXX XXXX", "+5255XXXXXXXX"},
		streets: []string{"Paseo de la Reforma", "Insurgentes Sur", "Revolución", "Hidalgo", "Benito Juárez", "Miguel Ángel de Quevedo", "Álvaro Obregón", "Chapultepec"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s %s %d", pick(r, []string{"Av.", "Calle", "Calz.", "Blvd."}), n, 1+r.IntN(2000))
			full := st
			if r.IntN(2) == 0 {
				full += fmt.Sprintf(" Int. %d", 1+r.IntN(40))
			}
			full += fmt.Sprintf(", Col. %s, %s, C.P. %05d, %s", pick(r, []string{"Del Valle", "Roma Norte", "Condesa", "Centro"}), pick(r, []string{"Benito Juárez", "Cuauhtémoc", "Coyoacán"}), 1000+r.IntN(90000), pick(r, l.cities))
			if r.IntN(4) == 0 {
				full += ", entre " + pick(r, l.streets) + " y " + pick(r, l.streets)
			}
			return address{street: st, name: n, full: full}
		},
		cities: []string{"CDMX", "Guadalajara", "Monterrey", "Puebla", "Querétaro"}, domains: []string{"hotmail.com", "gmail.com", "prodigy.net.mx", "yahoo.com.mx"},
		ticket: "Buenas tardes, le escribe {N}. Necesito que me entreguen en {A}. Mi cel es {P}, correo {E}.", nameKey: "nombre", phoneKey: "celular", addressKey: "domicilio",
	},
	{
		code: "ja_JP", given: []string{"太郎", "美咲", "健太", "陽菜", "翔太", "さくら", "大輔", "由美子"}, family: []string{"佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村"},
		romGiven: []string{"Taro", "Misaki", "Kenta", "Hina", "Shota", "Sakura", "Daisuke", "Yumiko"}, romFamily: []string{"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"},
		eastern: true, honor: []string{"様", "さん", "殿"},
		phones: []string{"090-XXXX-XXXX", "080-XXXX-XXXX", "+81 90-XXXX-XXXX", "03-XXXX-XXXX", "(03) XXXX-XXXX", "+81 3 XXXX XXXX", "070XXXXXXXX", "+81-80-XXXX-XXXX"}, digits: fullWidth,
		streets: []string{"神南", "西新宿", "梅田", "栄", "天神", "元町"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s%d丁目%d番%d号", n, 1+r.IntN(6), 1+r.IntN(30), 1+r.IntN(20))
			full := fmt.Sprintf("〒%03d-%04d %s%s", 100+r.IntN(800), r.IntN(10000), pick(r, l.cities), st)
			if r.IntN(2) == 0 {
				full += fmt.Sprintf(" %sマンション%d号室", pick(r, []string{"グリーン", "サンライズ", "パーク"}), 101+r.IntN(900))
			}
			return address{street: st, name: n, full: full}
		},
		cities: []string{"東京都渋谷区", "大阪府大阪市北区", "愛知県名古屋市中区", "福岡県福岡市中央区"}, domains: []string{"docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com", "i.softbank.jp"},
		ticket: "お世話になっております。{N}です。お届け先は{A}でお願いします。電話番号：{P}、メール：{E}", nameKey: "氏名", phoneKey: "電話番号", addressKey: "住所",
	},
	{
		code: "ko_KR", given: []string{"민준", "서연", "지훈", "하은", "도윤", "수빈", "현우", "예진"}, family: []string{"김", "이", "박", "최", "정", "강", "조", "윤"},
		romGiven: []string{"Minjun", "Seoyeon", "Jihoon", "Haeun", "Doyun", "Subin", "Hyunwoo", "Yejin"}, romFamily: []string{"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"},
		eastern: true, noSpace: true, honor: []string{"님", "고객님"},
		phones:  []string{"010-XXXX-XXXX", "010.XXXX.XXXX", "+82 10-XXXX-XXXX", "+82-10-XXXX-XXXX", "02-XXX-XXXX", "010XXXXXXXX", "010 XXXX XXXX"},
		streets: []string{"테헤란로", "강남대로", "세종대로", "해운대로", "올림픽로", "판교역로"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s %d", n, 1+r.IntN(500))
			full := fmt.Sprintf("%s %s, %d동 %d호 (%05d)", pick(r, l.cities), st, 101+r.IntN(10), 101+r.IntN(1500), 1000+r.IntN(60000))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"서울특별시 강남구", "부산광역시 해운대구", "경기도 성남시 분당구", "서울특별시 중구"}, domains: []string{"naver.com", "daum.net", "hanmail.net", "kakao.com", "gmail.com"},
		ticket: "안녕하세요 {N}입니다. 배송지를 {A}(으)로 변경해 주세요. 연락처 {P}, 이메일 {E}", nameKey: "수령인", phoneKey: "연락처", addressKey: "배송지주소",
	},
	{
		code: "zh_CN", given: []string{"伟", "秀英", "建国", "丽娟", "子轩", "欣怡", "志强", "梓涵"}, family: []string{"王", "李", "张", "刘", "陈", "杨", "欧阳", "诸葛"},
		romGiven: []string{"Wei", "Xiuying", "Jianguo", "Lijuan", "Zixuan", "Xinyi", "Zhiqiang", "Zihan"}, romFamily: []string{"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Ouyang", "Zhuge"},
		eastern: true, noSpace: true, honor: []string{"先生", "女士"},
		phones:  []string{"13X XXXX XXXX", "+86 13XXXXXXXXX", "+86 138-XXXX-XXXX", "15XXXXXXXXX", "(010) XXXX XXXX", "021-XXXXXXXX", "86 18XXXXXXXXX", "177-XXXX-XXXX"},
		streets: []string{"张杨路", "南京东路", "淮海中路", "天河路", "科技园南路", "解放大道"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s%d号", n, 1+r.IntN(2000))
			full := pick(r, l.cities) + st
			if r.IntN(2) == 0 {
				full += fmt.Sprintf("%s%d栋%d室", pick(r, []string{"华润时代广场", "阳光花园", "万科城"}), 1+r.IntN(30), 101+r.IntN(2500))
			}
			return address{street: st, name: n, full: full}
		},
		cities: []string{"上海市浦东新区", "北京市朝阳区", "广东省广州市天河区", "深圳市南山区", "湖北省武汉市江岸区"}, domains: []string{"qq.com", "163.com", "126.com", "sina.com", "foxmail.com"},
		ticket: "你好，我是{N}，请把包裹送到{A}，我的手机号是{P}，邮箱{E}，谢谢", nameKey: "收件人", phoneKey: "联系电话", addressKey: "收货地址",
	},
	{
		code: "zh_TW", given: []string{"志明", "淑芬", "家豪", "怡君", "俊傑", "雅婷", "冠宇", "佩珊"}, family: []string{"陳", "林", "黃", "張", "李", "王", "吳", "蔡"},
		romGiven: []string{"Chih-Ming", "Shu-Fen", "Chia-Hao", "Yi-Chun", "Chun-Chieh", "Ya-Ting", "Kuan-Yu", "Pei-Shan"}, romFamily: []string{"Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Tsai"},
		eastern: true, noSpace: true, honor: []string{"先生", "小姐"},
		phones:  []string{"09XX-XXX-XXX", "09XX XXX XXX", "+886 9XX XXX XXX", "+886-2-XXXX-XXXX", "(02) XXXX-XXXX", "09XXXXXXXX", "+886 (0)9XX-XXX-XXX"},
		streets: []string{"忠孝東路", "中山北路", "民生東路", "文心路", "中正路", "博愛路"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s%d段%d號", n, 1+r.IntN(7), 1+r.IntN(400))
			full := fmt.Sprintf("%03d%s%s", 100+r.IntN(900), pick(r, l.cities), st)
			if r.IntN(2) == 0 {
				full += fmt.Sprintf("%d樓之%d", 2+r.IntN(20), 1+r.IntN(5))
			}
			return address{street: st, name: n, full: full}
		},
		cities: []string{"台北市大安區", "台中市西屯區", "高雄市前金區", "新北市板橋區"}, domains: []string{"gmail.com", "yahoo.com.tw", "hotmail.com", "hinet.net"},
		ticket: "您好，我是{N}，收件地址：{A}，手機：{P}，Email：{E}，謝謝", nameKey: "收件人姓名", phoneKey: "手機號碼", addressKey: "收件地址",
	},
	{
		code: "th_TH", given: []string{"สมชาย", "สุดารัตน์", "ธนพล", "วรรณา", "ปิยะพงษ์", "กมลชนก", "อภิชาติ", "นันทนา"}, family: []string{"ศรีสุข", "วงศ์สวัสดิ์", "แก้วมณี", "ทองดี", "จันทร์เพ็ญ", "บุญประเสริฐ", "สุขสมบูรณ์", "รัตนพันธ์"},
		romGiven: []string{"Somchai", "Sudarat", "Thanaphon", "Wanna", "Piyaphong", "Kamonchanok", "Aphichat", "Nanthana"}, romFamily: []string{"Srisuk", "Wongsawat", "Kaewmanee", "Thongdee", "Chanphen", "Boonprasert", "Suksomboon", "Rattanaphan"},
		honor:  []string{"คุณ", "นาย", "นาง", "นางสาว"},
		phones: []string{"08X-XXX-XXXX", "+66 8X XXX XXXX", "06X XXX XXXX", "02-XXX-XXXX", "+66 (0) 9X XXX XXXX", "+668XXXXXXXX", "09XXXXXXXX"}, digits: thaiDigits,
		streets: []string{"สุขุมวิท", "สีลม", "พหลโยธิน", "รัชดาภิเษก", "เพชรบุรี", "ลาดพร้าว"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%d/%d หมู่ %d ถนน%s", 1+r.IntN(400), 1+r.IntN(90), 1+r.IntN(12), n)
			full := st + fmt.Sprintf(" %s %d", pick(r, l.cities), 10000+r.IntN(90000))
			if r.IntN(3) == 0 {
				st2 := fmt.Sprintf("%d ซอย%s %d", 1+r.IntN(300), n, 1+r.IntN(100))
				return address{street: st2, name: n, full: st2 + " แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110"}
			}
			return address{street: st, name: n, full: full}
		},
		cities: []string{"แขวงสีลม เขตบางรัก กรุงเทพมหานคร", "อำเภอเมือง จังหวัดเชียงใหม่", "ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น"}, domains: []string{"hotmail.com", "gmail.com", "yahoo.co.th"},
		ticket: "สวัสดีค่ะ ดิฉัน{N} กรุณาจัดส่งไปที่ {A} เบอร์โทร {P} อีเมล {E} ขอบคุณค่ะ", nameKey: "ชื่อผู้รับ", phoneKey: "เบอร์โทร", addressKey: "ที่อยู่จัดส่ง",
	},
	{
		code: "vi_VN", given: []string{"Văn Hùng", "Thị Lan", "Minh Tuấn", "Thị Hương", "Quốc Bảo", "Ngọc Ánh", "Đức Thắng", "Thu Trang"}, family: []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng"},
		eastern: true, honor: []string{"Anh", "Chị", "Ông", "Bà"},
		phones:  []string{"09X XXX XXXX", "+84 9X XXX XX XX", "03X.XXX.XXXX", "(028) XXXX XXXX", "+84 (0) 9X XXX XXXX", "849XXXXXXXX", "0912-XXX-XXX"},
		streets: []string{"Điện Biên Phủ", "Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%d%s %s", 1+r.IntN(500), pick(r, []string{"", "/12", "/3A", "A"}), n)
			if r.IntN(3) == 0 {
				st = "Số " + st
			}
			full := st + ", " + pick(r, l.cities)
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Phường Bến Thành, Quận 1, TP. Hồ Chí Minh", "Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội", "Phường Hải Châu 1, Quận Hải Châu, Đà Nẵng"}, domains: []string{"gmail.com", "yahoo.com.vn", "outlook.com"},
		ticket: "Chào shop, mình là {N}. Giao hàng giúp mình tới {A}. SĐT {P}, email {E}. Cảm ơn!", nameKey: "họ_tên", phoneKey: "số_điện_thoại", addressKey: "địa_chỉ",
	},
	{
		code: "id_ID", given: []string{"Budi", "Siti", "Agus", "Dewi", "Eko", "Rina", "Bambang", "Putri"}, family: []string{"Santoso", "Wijaya", "Kusuma", "Hidayat", "Saputra", "Lestari", "Nugroho", "Purnamasari"},
		honor:   []string{"Bapak", "Ibu", "Sdr."},
		phones:  []string{"08XX-XXXX-XXXX", "+62 8XX-XXXX-XXXX", "(+62) 8XX XXXX XXX", "628XXXXXXXXXX", "(021) XXXX XXXX", "08XXXXXXXXXX", "0812 XXXX XXXX"},
		streets: []string{"Sudirman", "Gatot Subroto", "Diponegoro", "Kebon Jeruk", "Cendrawasih", "Merdeka"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s %s No. %d", pick(r, []string{"Jl.", "Jalan", "Jln."}), n, 1+r.IntN(300))
			full := st + fmt.Sprintf(", RT %03d/RW %03d, %s %05d", 1+r.IntN(15), 1+r.IntN(15), pick(r, l.cities), 10000+r.IntN(89999))
			if r.IntN(4) == 0 {
				full += " (dekat masjid)"
			}
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Kel. Menteng, Kec. Menteng, Jakarta Pusat", "Kec. Coblong, Kota Bandung", "Kec. Genteng, Surabaya"}, domains: []string{"gmail.com", "yahoo.co.id", "ymail.com"},
		ticket: "Halo kak, saya {N}. Tolong kirim ke {A} ya. No HP {P}, email {E}. Makasih", nameKey: "nama_penerima", phoneKey: "no_hp", addressKey: "alamat",
	},
	{
		code: "ms_MY", given: []string{"Ahmad", "Nurul Aina", "Muhammad Hafiz", "Siti Aishah", "Wei Liang", "Kavitha", "Farid", "Mei Ling"}, family: []string{"Abdullah", "Ismail", "Rahman", "Ibrahim", "Tan", "Lim", "Subramaniam", "Othman"},
		honor: []string{"Encik", "Puan", "Cik", "Dato'"}, particles: []string{"bin", "binti", "a/l", "a/p"},
		phones:  []string{"01X-XXX XXXX", "+60 1X-XXX XXXX", "+6012 XXX XXXX", "03-XXXX XXXX", "601XXXXXXXXX", "01X XXXXXXX", "+60 11-XXXX XXXX"},
		streets: []string{"Ampang", "Tun Razak", "Bukit Bintang", "Sultan Ismail", "Tengku Ampuan", "Kuching"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("No. %d, %s %s", 1+r.IntN(200), pick(r, []string{"Jalan", "Jln", "Lorong"}), n)
			full := fmt.Sprintf("%s, Taman %s, %05d %s", st, pick(r, []string{"Melati", "Desa", "Sri Hartamas"}), 40000+r.IntN(50000), pick(r, l.cities))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Kuala Lumpur", "Shah Alam, Selangor", "Johor Bahru", "George Town, Pulau Pinang"}, domains: []string{"gmail.com", "yahoo.com.my", "hotmail.my"},
		ticket: "Salam, saya {N}. Sila hantar ke {A}. Telefon {P}, emel {E}. Terima kasih", nameKey: "nama_penuh", phoneKey: "no_telefon", addressKey: "alamat_penghantaran",
	},
	{
		code: "fil_PH", given: []string{"Maria Cristina", "Jose", "Mark Anthony", "Jennylyn", "Rodrigo", "Kristine Joy", "Emmanuel", "Maricel"}, family: []string{"Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Macaraeg", "Magbanua"},
		honor: []string{"G.", "Gng.", "Bb."}, particles: []string{"de los", "del", "dela"},
		phones:  []string{"09XX XXX XXXX", "+63 9XX XXX XXXX", "0917-XXX-XXXX", "(02) 8XXX XXXX", "639XXXXXXXXX", "+63 (2) 8XXX-XXXX", "0998XXXXXXX"},
		streets: []string{"Rizal", "Mabini", "Bonifacio", "Katipunan", "Aguinaldo", "Magsaysay"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%d %s %s", 1+r.IntN(900), n, pick(r, []string{"St.", "Ave.", "Street", "Highway"}))
			full := fmt.Sprintf("Blk %d Lot %d, %s, Brgy. %s, %s %04d", 1+r.IntN(40), 1+r.IntN(30), st, pick(r, []string{"San Antonio", "Poblacion", "Malate"}), pick(r, l.cities), 1000+r.IntN(8000))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Quezon City", "Makati City", "Cebu City", "Davao City"}, domains: []string{"gmail.com", "yahoo.com", "ymail.com"},
		ticket: "Hi po, si {N} po ito. Pakideliver po sa {A}. Cp # {P}, email {E}. Salamat po", nameKey: "pangalan", phoneKey: "cp_number", addressKey: "tirahan",
	},
	{
		code: "en_SG", given: []string{"Jia Hui", "Wei Ming", "Siti Nurhaliza", "Rajesh", "Hui Min", "Zhi Hao", "Priya", "Benjamin"}, family: []string{"Tan", "Lim", "Ng", "Goh", "Chua", "Koh", "Rahim", "Pillai"},
		eastern: true, honor: []string{"Mr", "Ms", "Mdm"},
		phones:  []string{"+65 9XXX XXXX", "(65) 8XXX XXXX", "9XXX XXXX", "+65-6XXX-XXXX", "65 9XXXXXXX", "+65 8XXX-XXXX"},
		streets: []string{"Jurong West", "Tampines", "Ang Mo Kio", "Bedok North", "Yishun Ring", "Toa Payoh Lorong"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("Blk %d%s %s %s %d", 100+r.IntN(900), pick(r, []string{"", "A", "B"}), n, pick(r, []string{"St", "Ave", "Rd"}), 1+r.IntN(90))
			full := fmt.Sprintf("%s #%02d-%03d, Singapore %06d", st, 1+r.IntN(30), 1+r.IntN(400), 100000+r.IntN(800000))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Singapore"}, domains: []string{"gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"},
		ticket: "Hi, this is {N}. Pls deliver to {A}, can call {P} or email {E}. Thanks ah", nameKey: "recipient_name", phoneKey: "contact_no", addressKey: "delivery_address",
	},
	{
		code: "ar_AE", given: []string{"محمد", "فاطمة", "خالد", "عائشة", "سلطان", "مريم", "راشد", "نورة"}, family: []string{"المنصوري", "الكعبي", "الهاشمي", "الشامسي", "النعيمي", "المهيري", "الظاهري", "السويدي"},
		romGiven: []string{"Mohammed", "Fatima", "Khalid", "Aisha", "Sultan", "Maryam", "Rashid", "Noura"}, romFamily: []string{"Al Mansoori", "Al Kaabi", "Al Hashimi", "Al Shamsi", "Al Nuaimi", "Al Muhairi", "Al Dhaheri", "Al Suwaidi"},
		honor: []string{"السيد", "السيدة"}, particles: []string{"بن", "بنت"},
		phones: []string{"+971 50 XXX XXXX", "050 XXX XXXX", "05X-XXXXXXX", "+971-4-XXX-XXXX", "00971 55 XXX XXXX", "+97156XXXXXXX"}, digits: arabicIndic,
		streets: []string{"Sheikh Zayed", "Al Wasl", "Jumeirah Beach", "Al Khaleej", "Hamdan Bin Mohammed", "Al Satwa"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("Villa %d, %s Road", 1+r.IntN(200), n)
			full := st + fmt.Sprintf(", %s, P.O. Box %d, %s", pick(r, []string{"Al Barsha 1", "Jumeirah 2", "Khalifa City A"}), 1000+r.IntN(90000), pick(r, l.cities))
			if r.IntN(3) == 0 {
				st = fmt.Sprintf("Flat %d, %s Tower, %s Street", 100+r.IntN(3000), pick(r, []string{"Marina Heights", "Al Noor", "Silver Sands"}), n)
				full = st + ", near Mall of the Emirates, " + pick(r, l.cities)
			}
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Dubai", "Abu Dhabi", "Sharjah"}, ibanCC: "AE", domains: []string{"gmail.com", "emirates.net.ae", "hotmail.com", "outlook.com"},
		ticket: "مرحبا، معك {N}. يرجى التوصيل إلى {A}. رقم الهاتف {P} والبريد {E}. شكرا", nameKey: "اسم_المستلم", phoneKey: "رقم_الهاتف", addressKey: "عنوان_التوصيل",
	},
	{
		code: "ar_SA", given: []string{"عبدالله", "نوف", "فيصل", "ريم", "تركي", "هيفاء", "سعود", "لطيفة"}, family: []string{"العتيبي", "القحطاني", "الغامدي", "الشهري", "الدوسري", "الزهراني", "الحربي", "المطيري"},
		romGiven: []string{"Abdullah", "Nouf", "Faisal", "Reem", "Turki", "Haifa", "Saud", "Latifa"}, romFamily: []string{"Al-Otaibi", "Al-Qahtani", "Al-Ghamdi", "Al-Shehri", "Al-Dosari", "Al-Zahrani", "Al-Harbi", "Al-Mutairi"},
		particles: []string{"بن", "بنت", "آل"},
		phones:    []string{"+966 5X XXX XXXX", "05X XXX XXXX", "05XXXXXXXX", "+966 11 XXX XXXX", "00966 5X XXX XXXX", "+9665XXXXXXXX"}, digits: arabicIndic,
		streets: []string{"الملك فهد", "العليا", "التحلية", "الأمير سلطان", "الملك عبدالعزيز", "الستين"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%d طريق %s", 1000+r.IntN(8999), n)
			full := st + fmt.Sprintf("، حي %s، %s %05d", pick(r, []string{"النخيل", "الملقا", "الروضة"}), pick(r, l.cities), 10000+r.IntN(89999))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"الرياض", "جدة", "الدمام"}, ibanCC: "SA", domains: []string{"gmail.com", "hotmail.com", "outlook.sa"},
		ticket: "السلام عليكم، أنا {N}. العنوان: {A}. جوالي {P} وإيميلي {E}", nameKey: "الاسم", phoneKey: "الجوال", addressKey: "العنوان",
	},
	{
		code: "he_IL", given: []string{"נועה", "יוסף", "מיכל", "אביגיל", "דניאל", "תמר", "איתי", "שירה"}, family: []string{"כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא"},
		romGiven: []string{"Noa", "Yosef", "Michal", "Avigail", "Daniel", "Tamar", "Itai", "Shira"}, romFamily: []string{"Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Avraham", "Friedman", "Shapira"},
		phones:  []string{"+972 5X-XXX-XXXX", "05X-XXX-XXXX", "05XXXXXXXX", "03-XXX-XXXX", "+972 (0)3 XXX XXXX", "+9725XXXXXXXX"},
		streets: []string{"רוטשילד", "הרצל", "דיזנגוף", "בן יהודה", "ז'בוטינסקי", "אלנבי"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("רחוב %s %d", n, 1+r.IntN(200))
			full := st + fmt.Sprintf(" דירה %d, %s %07d", 1+r.IntN(40), pick(r, l.cities), 1000000+r.IntN(8999999))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"תל אביב", "ירושלים", "חיפה"}, ibanCC: "IL", domains: []string{"gmail.com", "walla.co.il", "bezeqint.net"},
		ticket: "שלום, מדבר/ת {N}. נא לשלוח ל{A}. טלפון {P}, מייל {E}. תודה", nameKey: "שם_מלא", phoneKey: "טלפון", addressKey: "כתובת",
	},
	{
		code: "tr_TR", given: []string{"Mehmet", "Ayşe", "Mustafa", "Zeynep", "Çağrı", "Gülşen", "Oğuzhan", "Şükran"}, family: []string{"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Karagöz"},
		honor:   []string{"Sayın", "Bay", "Bayan"},
		phones:  []string{"+90 5XX XXX XX XX", "0 (5XX) XXX XX XX", "05XX XXX XX XX", "0212 XXX XX XX", "+90 (212) XXX XX XX", "+905XXXXXXXXX", "0532-XXX-XXXX"},
		streets: []string{"Atatürk", "İstiklal", "Bağdat", "Cumhuriyet", "Gazi Osman Paşa", "Fevzi Çakmak"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("%s %s No: %d", n, pick(r, []string{"Cad.", "Caddesi", "Sok.", "Bulvarı"}), 1+r.IntN(200))
			full := fmt.Sprintf("%s Mah. %s D: %d, %05d %s", pick(r, []string{"Caferağa", "Kızılay", "Alsancak"}), st, 1+r.IntN(30), 34000+r.IntN(50000), pick(r, l.cities))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir"}, ibanCC: "TR", domains: []string{"gmail.com", "hotmail.com.tr", "yandex.com.tr", "mynet.com"},
		ticket: "Merhaba, ben {N}. Siparişimi {A} adresine gönderin lütfen. Telefon {P}, e-posta {E}.", nameKey: "ad_soyad", phoneKey: "telefon", addressKey: "teslimat_adresi",
	},
	{
		code: "ru_RU", given: []string{"Александр", "Екатерина", "Дмитрий", "Ольга", "Сергей", "Наталья", "Владимир", "Анастасия"}, family: []string{"Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Волков", "Морозова"},
		romGiven: []string{"Aleksandr", "Ekaterina", "Dmitry", "Olga", "Sergey", "Natalya", "Vladimir", "Anastasia"}, romFamily: []string{"Ivanov", "Smirnova", "Kuznetsov", "Popova", "Sokolov", "Lebedeva", "Volkov", "Morozova"},
		phones:  []string{"+7 (9XX) XXX-XX-XX", "8 (9XX) XXX-XX-XX", "8 9XX XXX XX XX", "+79XXXXXXXXX", "+7 495 XXX-XX-XX", "8-9XX-XXX-XX-XX", "89XXXXXXXXX"},
		streets: []string{"Тверская", "Ленина", "Садовая", "Пушкина", "Гагарина", "Мира"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("ул. %s, д. %d", n, 1+r.IntN(150))
			full := fmt.Sprintf("%06d, %s, %s, кв. %d", 100000+r.IntN(800000), pick(r, l.cities), st, 1+r.IntN(300))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"г. Москва", "г. Санкт-Петербург", "г. Казань", "г. Новосибирск"}, domains: []string{"mail.ru", "yandex.ru", "bk.ru", "list.ru", "gmail.com"},
		ticket: "Здравствуйте, меня зовут {N}. Доставьте, пожалуйста, по адресу {A}. Мой телефон {P}, почта {E}.", nameKey: "ФИО", phoneKey: "телефон", addressKey: "адрес_доставки",
	},
	{
		code: "hi_IN", given: []string{"राहुल", "प्रिया", "अमित", "सुनीता", "विकास", "अंजलि", "संजय", "पूजा"}, family: []string{"शर्मा", "वर्मा", "गुप्ता", "सिंह", "पटेल", "अग्रवाल", "चौधरी", "मिश्रा"},
		romGiven: []string{"Rahul", "Priya", "Amit", "Sunita", "Vikas", "Anjali", "Sanjay", "Pooja"}, romFamily: []string{"Sharma", "Verma", "Gupta", "Singh", "Patel", "Agarwal", "Chaudhary", "Mishra"},
		honor:  []string{"श्री", "श्रीमती"},
		phones: []string{"+91 9XXXX XXXXX", "9XXXX XXXXX", "09XXXXXXXXX", "+91-9XXXXXXXXX", "022-XXXX XXXX", "(080) XXXX XXXX", "+91 7XXXX-XXXXX"}, digits: devanagari,
		streets: []string{"Linking Road", "MG Road", "Nehru Nagar", "Gandhi Marg", "Sector 18", "Koramangala 5th Block"},
		addr: func(r *rand.Rand, l *locale) address {
			n := pick(r, l.streets)
			st := fmt.Sprintf("House No. %d, %s", 1+r.IntN(900), n)
			if r.IntN(2) == 0 {
				st = fmt.Sprintf("Flat %d, %s Apartments, %s", 100+r.IntN(900), pick(r, []string{"Shanti", "Sai Krupa", "Green Valley"}), n)
			}
			full := st + fmt.Sprintf(", near %s, %s - %06d", pick(r, []string{"Hanuman Mandir", "City Hospital", "SBI ATM"}), pick(r, l.cities), 110000+r.IntN(700000))
			return address{street: st, name: n, full: full}
		},
		cities: []string{"Mumbai, Maharashtra", "Bengaluru, Karnataka", "New Delhi", "Jaipur, Rajasthan"}, domains: []string{"gmail.com", "rediffmail.com", "yahoo.co.in"},
		ticket: "नमस्ते, मैं {N} हूँ। कृपया {A} पर डिलीवरी करें। मेरा फ़ोन {P}, ईमेल {E}", nameKey: "नाम", phoneKey: "मोबाइल", addressKey: "पता",
	},
}
