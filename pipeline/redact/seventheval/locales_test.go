package seventheval

import (
	"fmt"
	"strings"
)

// phonePlan is one kind of number of a country: nat is the national
// significant number's shape (digits fixed, D random), fmts the ways people
// write it, X standing for the national number's digits in order.
type phonePlan struct {
	nat  string
	fmts []string
}

// locale is everything the generator knows about one country's buyers.
type locale struct {
	code        string
	script      string // latin, greek, arabic, hebrew, telugu, bengali, thai, hangul, cjk
	given       []string
	family      []string // "native|roman" where the script is not Latin
	familyFirst bool
	joiner      string // between family and given name ("" for CJK)
	particles   []string
	honorPre    []string
	honorPost   []string
	phones      []phonePlan
	digits      string // native digit set written sometimes: arabic, persian, bengali, thai, full
	ext         []string
	cities      []string
	domains     []string
	addr        func(c *ctx) (text string, frags []string)
	pwKeys      []string
	phoneKeys   []string
	nameKeys    []string
	addrKeys    []string
	chatPhone   string // a sentence with %s for a phone number, in the local language
	chatAddr    string
	chatName    string
	otpPhrase   string
	currency    func(c *ctx) string
	postcode    func(c *ctx) string
	vat         func(c *ctx) string
}

func (c *ctx) digitsN(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + c.r.IntN(10))
	}
	return string(b)
}

func (c *ctx) pick(list []string) string { return list[c.r.IntN(len(list))] }

func (c *ctx) chance(p float64) bool { return c.r.Float64() < p }

func (c *ctx) num(lo, hi int) int { return lo + c.r.IntN(hi-lo+1) }

// native splits "native|roman".
func native(s string) string {
	if i := strings.IndexByte(s, '|'); i >= 0 {
		return s[:i]
	}
	return s
}

func roman(s string) string {
	if i := strings.IndexByte(s, '|'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func amountDot(c *ctx, lo, hi int) (int, int) { return c.num(lo, hi), c.r.IntN(100) }

// groupThousands writes n with sep every three digits.
func groupThousands(n int, sep string) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, ch := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(ch)
	}
	return b.String()
}

func streetOf(c *ctx, types, names []string) (typ, name string) {
	return c.pick(types), c.pick(names)
}

var locales = []*locale{
	{
		code: "it_IT", script: "latin",
		given:     []string{"Giulia", "Alessandro", "Francesca", "Lorenzo", "Chiara", "Matteo", "Federica", "Gianluca", "Beatrice", "Riccardo", "Ilaria", "Tommaso"},
		family:    []string{"Esposito", "Bianchi", "Colombo", "Ricci", "Marchetti", "De Santis", "Lombardi", "Barbieri", "Fontana", "Caruso", "Mancini", "D'Angelo"},
		honorPre:  []string{"Sig.", "Sig.ra", "Dott.", "Avv."},
		phones:    []phonePlan{{"3DDDDDDDDD", []string{"+39 XXX XXX XXXX", "XXX XXXXXXX", "0039 XXX-XXXXXXX", "(+39) XXX.XXX.XXXX", "XXX/XXXXXXX"}}, {"06DDDDDDDD", []string{"XX XXXX XXXX", "+39 XX XXXX XXXX", "XX/XXXXXXXX"}}},
		ext:       []string{"int.", "interno"},
		cities:    []string{"Torino", "Bologna", "Napoli", "Bari", "Verona", "Padova", "Catania"},
		domains:   []string{"libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it", "caffè-bianchi.it"},
		pwKeys:    []string{"password", "parola_chiave", "passwd", "smtp_pass", "Parola d'ordine"},
		phoneKeys: []string{"cellulare", "telefono", "recapito_tel", "cell"},
		nameKeys:  []string{"nominativo", "destinatario", "intestatario"},
		addrKeys:  []string{"indirizzo", "indirizzo_spedizione", "via"},
		chatPhone: "Buongiorno, potete richiamarmi al %s? grazie",
		chatAddr:  "il pacco va consegnato in %s, citofono rotto",
		chatName:  "sono %s, ho ordinato ieri",
		otpPhrase: "Il tuo codice di verifica è",
		addr: func(c *ctx) (string, []string) {
			t, n := streetOf(c, []string{"Via", "Viale", "Corso", "Piazza", "Vicolo"}, []string{"Giuseppe Mazzini", "dei Mille", "Garibaldi", "Roma", "Vittorio Emanuele II", "della Repubblica", "San Francesco d'Assisi", "Cavour", "Nizza"})
			s := fmt.Sprintf("%s %s %d", t, n, c.num(1, 220))
			if c.chance(0.4) {
				s += fmt.Sprintf(", scala %s, int. %d", c.pick([]string{"A", "B", "C"}), c.num(1, 30))
			}
			return fmt.Sprintf("%s, %s %s (%s)", s, c.postcodeIT(), c.pick([]string{"Torino", "Bologna", "Napoli", "Bari"}), c.pick([]string{"TO", "BO", "NA", "BA"})), []string{n}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 1, 9999)
			return c.pick([]string{fmt.Sprintf("€ %s,%02d", groupThousands(a, "."), d), fmt.Sprintf("%s,%02d EUR", groupThousands(a, "."), d)})
		},
		postcode: func(c *ctx) string { return c.postcodeIT() },
		vat:      func(c *ctx) string { return "IT" + c.digitsN(11) },
	},
	{
		code: "de_AT", script: "latin",
		given:     []string{"Lukas", "Anna", "Maximilian", "Lena", "Florian", "Katharina", "Tobias", "Johanna", "Stefan", "Theresa"},
		family:    []string{"Gruber", "Huber", "Wimmer", "Pichler", "Steiner", "Moser", "Hofer", "Leitner", "Eder", "Brandstätter", "von Habsburg"},
		particles: []string{"von", "zu"},
		honorPre:  []string{"Herr", "Frau", "Mag.", "Dipl.-Ing.", "Dr."},
		phones:    []phonePlan{{"6DDDDDDDDD", []string{"0XXX XXXXXXX", "+43 XXX XXXXXXX", "+43 (0)XXX XXX XX XX", "0XXX/XXXXXXX"}}, {"1DDDDDDD", []string{"0X XXX XX XX", "+43 X XXXXXXX", "0X/XXXXXXX"}}},
		ext:       []string{"DW", "Dw."},
		cities:    []string{"Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt"},
		domains:   []string{"gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "bäckerei-huber.at"},
		pwKeys:    []string{"Passwort", "Kennwort", "passwort_neu", "db_pass", "Zugangscode"},
		phoneKeys: []string{"Telefonnummer", "Handy", "tel", "Rückrufnummer"},
		nameKeys:  []string{"Empfänger", "Besteller", "Kontoinhaber"},
		addrKeys:  []string{"Anschrift", "Lieferadresse", "strasse"},
		chatPhone: "Grüß Gott, bitte rufen Sie mich unter %s zurück",
		chatAddr:  "Bitte an %s liefern, Stiege 2",
		chatName:  "Hier spricht %s wegen meiner Bestellung",
		otpPhrase: "Ihr Bestätigungscode lautet",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"Mariahilfer", "Landstraßer Haupt", "Thalia", "Ottakringer", "Favoriten", "Herrengasse", "Wiedner Haupt", "Linzer"})
			t := c.pick([]string{"straße", "str.", "gasse"})
			if strings.HasSuffix(n, "gasse") {
				t = ""
			}
			s := fmt.Sprintf("%s%s %d", n, t, c.num(1, 180))
			if c.chance(0.5) {
				s += fmt.Sprintf("/%d/%d", c.num(1, 9), c.num(1, 40))
			}
			return fmt.Sprintf("%s, %s %s", s, c.postcodeAT(), c.pick([]string{"Wien", "Graz", "Linz"})), []string{strings.Fields(n)[0]}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 1, 5000)
			return fmt.Sprintf("EUR %s,%02d", groupThousands(a, "."), d)
		},
		postcode: func(c *ctx) string { return c.postcodeAT() },
		vat:      func(c *ctx) string { return "ATU" + c.digitsN(8) },
	},
	{
		code: "pl_PL", script: "latin",
		given:     []string{"Zofia", "Jakub", "Małgorzata", "Krzysztof", "Agnieszka", "Wojciech", "Katarzyna", "Grzegorz", "Magdalena", "Przemysław"},
		family:    []string{"Wiśniewska", "Kowalczyk", "Zieliński", "Szymańska", "Woźniak", "Dąbrowski", "Kamińska", "Lewandowski", "Jabłońska", "Grabowski"},
		honorPre:  []string{"Pan", "Pani"},
		phones:    []phonePlan{{"5DDDDDDDD", []string{"XXX XXX XXX", "+48 XXX-XXX-XXX", "+48XXXXXXXXX", "0048 XXX XXX XXX"}}, {"22DDDDDDD", []string{"(XX) XXX XX XX", "+48 XX XXX XX XX"}}},
		ext:       []string{"wew."},
		cities:    []string{"Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź", "Lublin"},
		domains:   []string{"wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com", "sklep-żabka.pl"},
		pwKeys:    []string{"hasło", "haslo", "nowe_haslo", "pwd"},
		phoneKeys: []string{"telefon", "nr_tel", "komórka"},
		nameKeys:  []string{"odbiorca", "nabywca", "imie_nazwisko"},
		addrKeys:  []string{"adres", "adres_dostawy", "ulica"},
		chatPhone: "Dzień dobry, proszę o kontakt pod numerem %s",
		chatAddr:  "proszę dostarczyć na %s, domofon 12",
		chatName:  "nazywam się %s i nie dostałam paczki",
		otpPhrase: "Twój kod weryfikacyjny to",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"Marszałkowska", "Piotrkowska", "Długa", "Grunwaldzka", "Jana Pawła II", "Mickiewicza", "Kościuszki", "Słowackiego"})
			t := c.pick([]string{"ul.", "al.", "ulica", "os."})
			s := fmt.Sprintf("%s %s %d", t, n, c.num(1, 150))
			if c.chance(0.6) {
				s += fmt.Sprintf(" m. %d", c.num(1, 90))
			}
			return fmt.Sprintf("%s, %s %s", s, c.postcodePL(), c.pick([]string{"Kraków", "Wrocław", "Gdańsk"})), []string{n}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 1, 20000)
			return fmt.Sprintf("%s,%02d zł", groupThousands(a, "\u00a0"), d)
		},
		postcode: func(c *ctx) string { return c.postcodePL() },
		vat:      func(c *ctx) string { return "PL" + c.digitsN(10) },
	},
	{
		code: "el_GR", script: "greek",
		given:     []string{"Γεώργιος|georgios", "Μαρία|maria", "Κωνσταντίνος|konstantinos", "Ελένη|eleni", "Δημήτριος|dimitrios", "Αικατερίνη|aikaterini", "Νικόλαος|nikolaos", "Βασιλική|vasiliki"},
		family:    []string{"Παπαδόπουλος|papadopoulos", "Κωνσταντινίδου|konstantinidou", "Γεωργίου|georgiou", "Οικονόμου|oikonomou", "Αντωνίου|antoniou", "Μακρή|makri", "Καραγιάννης|karagiannis", "Βλαχοπούλου|vlachopoulou"},
		honorPre:  []string{"κ.", "κα"},
		phones:    []phonePlan{{"69DDDDDDDD", []string{"XXX XXX XXXX", "+30 XXX XXXXXXX", "+30XXXXXXXXXX", "XXXXXXXXXX"}}, {"210DDDDDDD", []string{"XXX XXXXXXX", "+30 XXX XXX XXXX"}}},
		ext:       []string{"εσωτ."},
		cities:    []string{"Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Athens", "Thessaloniki"},
		domains:   []string{"otenet.gr", "yahoo.gr", "gmail.com", "hol.gr", "φούρνος.gr"},
		pwKeys:    []string{"κωδικός", "κωδικός πρόσβασης", "password", "synthimatiko"},
		phoneKeys: []string{"τηλέφωνο", "κινητό", "tilefono"},
		nameKeys:  []string{"παραλήπτης", "ονοματεπώνυμο"},
		addrKeys:  []string{"διεύθυνση", "διευθυνση_αποστολης"},
		chatPhone: "Καλησπέρα, καλέστε με στο %s παρακαλώ",
		chatAddr:  "η διεύθυνση είναι %s, 3ος όροφος",
		chatName:  "λέγομαι %s και περιμένω την παραγγελία",
		otpPhrase: "Ο κωδικός επαλήθευσης είναι",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"Ερμού", "Πανεπιστημίου", "Τσιμισκή", "Εγνατίας", "Βασιλίσσης Σοφίας", "Κηφισίας", "Αριστοτέλους"})
			t := c.pick([]string{"Οδός ", "Λεωφ. ", ""})
			return fmt.Sprintf("%s%s %d, %s %s", t, n, c.num(1, 200), c.postcodeGR(), c.pick([]string{"Αθήνα", "Θεσσαλονίκη"})), []string{n}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 1, 5000)
			return fmt.Sprintf("%s,%02d €", groupThousands(a, "."), d)
		},
		postcode: func(c *ctx) string { return c.postcodeGR() },
		vat:      func(c *ctx) string { return "EL" + c.digitsN(9) },
	},
	{
		code: "es_PE", script: "latin",
		given:     []string{"Rosa", "Luis Alberto", "Milagros", "Jorge", "Yesenia", "Wilmer", "Flor de María", "Edwin", "Gianella", "Renzo"},
		family:    []string{"Quispe Mamani", "Huamán Flores", "Condori", "Rojas Vargas", "Chávez de la Cruz", "Ccahuana", "Villanueva", "Tapia Salazar"},
		particles: []string{"de", "la", "del"},
		honorPre:  []string{"Sr.", "Sra.", "Srta."},
		phones:    []phonePlan{{"9DDDDDDDD", []string{"XXX XXX XXX", "+51 XXX XXX XXX", "+51XXXXXXXXX", "XXX-XXX-XXX"}}, {"1DDDDDDD", []string{"(0X) XXX-XXXX", "+51 X XXX XXXX"}}},
		ext:       []string{"anexo"},
		cities:    []string{"Arequipa", "Trujillo", "Cusco", "Piura", "Chiclayo", "Lima"},
		domains:   []string{"hotmail.com", "gmail.com", "yahoo.es", "outlook.com", "pucp.edu.pe"},
		pwKeys:    []string{"contraseña", "clave", "clave_acceso", "pass"},
		phoneKeys: []string{"celular", "telefono", "movil", "nro_contacto"},
		nameKeys:  []string{"destinatario", "nombre_completo", "titular"},
		addrKeys:  []string{"direccion", "dirección_envío", "domicilio"},
		chatPhone: "Buenas tardes, me pueden llamar al %s por favor",
		chatAddr:  "mi dirección es %s, al costado de la bodega",
		chatName:  "le saluda %s, hice un pedido el lunes",
		otpPhrase: "Tu código de verificación es",
		addr: func(c *ctx) (string, []string) {
			t, n := streetOf(c, []string{"Av.", "Jr.", "Calle", "Psje."}, []string{"Arequipa", "Ucayali", "Larco", "Javier Prado Este", "Huallaga", "Petit Thouars", "Tacna"})
			s := fmt.Sprintf("%s %s %d", t, n, c.num(100, 3200))
			if c.chance(0.4) {
				s += fmt.Sprintf(" Dpto. %d", c.num(101, 1504))
			}
			if c.chance(0.3) {
				s += ", Mz. " + c.pick([]string{"B", "C", "K"}) + fmt.Sprintf(" Lt. %d", c.num(1, 30))
			}
			return s + ", " + c.pick([]string{"Miraflores", "San Isidro", "Surco", "Los Olivos"}) + ", Lima", []string{n}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 1, 8000)
			return fmt.Sprintf("S/ %s.%02d", groupThousands(a, ","), d)
		},
		postcode: func(c *ctx) string { return "150" + c.digitsN(2) },
		vat:      func(c *ctx) string { return "RUC 20" + c.digitsN(9) },
	},
	{
		code: "es_CL", script: "latin",
		given:     []string{"Catalina", "Benjamín", "Antonia", "Vicente", "Javiera", "Matías", "Constanza", "Cristóbal"},
		family:    []string{"González Muñoz", "Rojas", "Díaz Soto", "Contreras", "Silva Fuentes", "Sepúlveda", "Morales", "Araya Tapia"},
		honorPre:  []string{"Sr.", "Sra."},
		phones:    []phonePlan{{"9DDDDDDDD", []string{"+56 X XXXX XXXX", "X XXXX XXXX", "+56XXXXXXXXX", "(+56) X XXXX XXXX"}}, {"22DDDDDDD", []string{"(X) XXXX XXXX", "+56 X XXXX XXXX"}}},
		ext:       []string{"anexo"},
		cities:    []string{"Valparaíso", "Concepción", "Antofagasta", "Temuco", "Santiago"},
		domains:   []string{"gmail.com", "hotmail.cl", "vtr.net", "uc.cl", "ñuñoa-mail.cl"},
		pwKeys:    []string{"contraseña", "clave", "pass_nueva"},
		phoneKeys: []string{"celular", "fono", "telefono"},
		nameKeys:  []string{"destinatario", "nombre"},
		addrKeys:  []string{"direccion", "calle"},
		chatPhone: "Hola, me pueden llamar al fono %s",
		chatAddr:  "la dirección de despacho es %s, depto con conserjería",
		chatName:  "soy %s, compré unas zapatillas",
		otpPhrase: "Tu código de verificación es",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"Providencia", "Apoquindo", "Vicuña Mackenna", "Irarrázaval", "Libertador Bernardo O'Higgins", "Los Leones", "Manquehue Sur"})
			s := fmt.Sprintf("%s %s %d", c.pick([]string{"Av.", "Avenida", "Calle", "Pasaje"}), n, c.num(100, 9000))
			if c.chance(0.5) {
				s += fmt.Sprintf(", depto %d", c.num(101, 2208))
			}
			return s + ", " + c.pick([]string{"Ñuñoa", "Las Condes", "Providencia", "Maipú"}) + ", Región Metropolitana", []string{n}
		},
		currency: func(c *ctx) string { return "$" + groupThousands(c.num(990, 999990), ".") + " CLP" },
		postcode: func(c *ctx) string { return "75" + c.digitsN(5) },
		vat:      func(c *ctx) string { return fmt.Sprintf("RUT 76.%s.%s-%d", c.digitsN(3), c.digitsN(3), c.r.IntN(10)) },
	},
	{
		code: "pt_BR", script: "latin",
		given:     []string{"Ana Clara", "João Pedro", "Maria Eduarda", "Luiz Henrique", "Fernanda", "Thiago", "Larissa", "Rafael", "Beatriz", "Gustavo"},
		family:    []string{"da Silva", "dos Santos", "Oliveira", "Souza Lima", "Pereira", "Rodrigues", "Albuquerque", "Nascimento", "de Almeida", "Carvalho"},
		particles: []string{"da", "dos", "de", "do", "das"},
		honorPre:  []string{"Sr.", "Sra.", "Dra."},
		phones:    []phonePlan{{"119DDDDDDDD", []string{"(XX) XXXXX-XXXX", "+55 XX XXXXX-XXXX", "+55 (XX) X XXXX-XXXX", "XX XXXXXXXXX", "0XX XXXXX XXXX"}}, {"213DDDDDDD", []string{"(XX) XXXX-XXXX", "+55 XX XXXX-XXXX"}}},
		ext:       []string{"ramal"},
		cities:    []string{"Campinas", "Recife", "Salvador", "Fortaleza", "Curitiba", "Belo Horizonte"},
		domains:   []string{"uol.com.br", "bol.com.br", "gmail.com", "hotmail.com", "terra.com.br", "pão-de-queijo.com.br"},
		pwKeys:    []string{"senha", "senha_atual", "nova_senha", "palavra_passe"},
		phoneKeys: []string{"celular", "telefone", "whatsapp", "fone"},
		nameKeys:  []string{"destinatario", "nome_completo", "comprador"},
		addrKeys:  []string{"endereco", "logradouro", "endereço_entrega"},
		chatPhone: "Oi, meu zap é %s, me chama lá",
		chatAddr:  "entregar na %s, portão azul",
		chatName:  "aqui é %s, meu pedido não chegou",
		otpPhrase: "Seu código de verificação é",
		addr: func(c *ctx) (string, []string) {
			t, n := streetOf(c, []string{"Rua", "Av.", "Avenida", "Travessa", "Alameda"}, []string{"das Flores", "Visconde de Pirajá", "Augusta", "Sete de Setembro", "Barão de Itapetininga", "Marechal Floriano", "Padre Chagas"})
			s := fmt.Sprintf("%s %s, %d", t, n, c.num(1, 3000))
			if c.chance(0.5) {
				s += fmt.Sprintf(" - apto %d, bloco %s", c.num(11, 1804), c.pick([]string{"A", "B", "C"}))
			}
			return fmt.Sprintf("%s - %s, %s - %s, CEP %s", s, c.pick([]string{"Pinheiros", "Copacabana", "Boa Viagem", "Savassi"}), c.pick([]string{"São Paulo", "Rio de Janeiro", "Recife"}), c.pick([]string{"SP", "RJ", "PE"}), c.cep()), []string{n}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 1, 20000)
			return fmt.Sprintf("R$ %s,%02d", groupThousands(a, "."), d)
		},
		postcode: func(c *ctx) string { return c.cep() },
		vat: func(c *ctx) string {
			return fmt.Sprintf("CNPJ %s.%s.%s/0001-%s", c.digitsN(2), c.digitsN(3), c.digitsN(3), c.digitsN(2))
		},
	},
	{
		code: "es_MX", script: "latin",
		given:     []string{"Guadalupe", "José Luis", "Ximena", "Itzel", "Alejandro", "Mariana", "Fernando", "Citlali"},
		family:    []string{"Hernández López", "García Martínez", "Ramírez", "Sánchez", "Cruz", "Flores de la Garza", "Xolalpa", "Domínguez"},
		particles: []string{"de", "la", "del"},
		honorPre:  []string{"Lic.", "Ing.", "Sr.", "Sra."},
		phones:    []phonePlan{{"55DDDDDDDD", []string{"XX XXXX XXXX", "+52 1 XX XXXX XXXX", "(XX) XXXX-XXXX", "+52 XX XXXX XXXX", "XXXXXXXXXX"}}, {"33DDDDDDDD", []string{"(XX) XXXX XXXX", "+52 XX XXXX XXXX"}}},
		ext:       []string{"ext.", "ext"},
		cities:    []string{"Guadalajara", "Monterrey", "Puebla", "Tijuana", "Mérida", "Querétaro"},
		domains:   []string{"gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.es", "tienda-ñandú.mx"},
		pwKeys:    []string{"contraseña", "clave", "password"},
		phoneKeys: []string{"telefono", "celular", "tel_contacto"},
		nameKeys:  []string{"nombre", "destinatario", "recibe"},
		addrKeys:  []string{"domicilio", "calle", "direccion_entrega"},
		chatPhone: "Buen día, mi celular es %s, llámenme porfa",
		chatAddr:  "Manden el pedido a %s, entre calles Morelos y Juárez",
		chatName:  "Soy %s y quiero cancelar",
		otpPhrase: "Tu código de verificación es",
		addr: func(c *ctx) (string, []string) {
			t, n := streetOf(c, []string{"Calle", "Av.", "Calz.", "Privada"}, []string{"Insurgentes Sur", "Paseo de la Reforma", "Álvaro Obregón", "Tonalá", "Mariano Escobedo", "Niños Héroes", "Tlacotalpan"})
			s := fmt.Sprintf("%s %s %d", t, n, c.num(1, 2000))
			if c.chance(0.5) {
				s += fmt.Sprintf(" Int. %d", c.num(1, 40))
			}
			return fmt.Sprintf("%s, Col. %s, %s, C.P. %s, CDMX", s, c.pick([]string{"Roma Norte", "Del Valle", "Narvarte", "Condesa"}), c.pick([]string{"Cuauhtémoc", "Benito Juárez", "Coyoacán"}), c.digitsN(5)), []string{n}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 1, 90000)
			return fmt.Sprintf("$%s.%02d MXN", groupThousands(a, ","), d)
		},
		postcode: func(c *ctx) string { return "0" + c.digitsN(4) },
		vat: func(c *ctx) string {
			return "RFC " + strings.ToUpper(c.f.LetterN(3)) + c.digitsN(6) + strings.ToUpper(c.f.LetterN(2)) + c.digitsN(1)
		},
	},
	{
		code: "fr_MA", script: "latin",
		given:     []string{"Youssef", "Fatima Zahra", "Mehdi", "Salma", "Hamza", "Khadija", "Anas", "Imane"},
		family:    []string{"El Amrani", "Benali", "Bennani", "Alaoui", "El Idrissi", "Tazi", "Berrada", "Chraibi"},
		particles: []string{"el", "ben"},
		honorPre:  []string{"M.", "Mme", "Mlle"},
		phones:    []phonePlan{{"6DDDDDDDD", []string{"0X XX XX XX XX", "+212 X XX XX XX XX", "+212 (0)X-XX-XX-XX-XX", "0XXXXXXXXX", "00212XXXXXXXXX"}}, {"522DDDDDD", []string{"0XXX-XXXXXX", "+212 XXX XXXXXX"}}},
		ext:       []string{"poste"},
		cities:    []string{"Casablanca", "Rabat", "Marrakech", "Fès", "Tanger", "Agadir"},
		domains:   []string{"menara.ma", "gmail.com", "hotmail.fr", "yahoo.fr", "iam.ma"},
		pwKeys:    []string{"mot_de_passe", "mdp", "motdepasse", "كلمة_السر"},
		phoneKeys: []string{"téléphone", "portable", "gsm", "tel"},
		nameKeys:  []string{"destinataire", "nom_complet"},
		addrKeys:  []string{"adresse", "adresse_livraison"},
		chatPhone: "Salam, rappelez-moi au %s svp",
		chatAddr:  "livrez à %s, à côté de la mosquée",
		chatName:  "c'est %s, ma commande est bloquée",
		otpPhrase: "Votre code de vérification est",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"Mohammed V", "Hassan II", "Zerktouni", "Anfa", "Abdelmoumen", "Moulay Youssef", "des FAR"})
			s := fmt.Sprintf("%d, %s %s", c.num(1, 400), c.pick([]string{"Bd", "Boulevard", "Rue", "Avenue"}), n)
			if c.chance(0.5) {
				s += fmt.Sprintf(", Résidence %s, Appt %d", c.pick([]string{"Al Yasmine", "Les Jardins", "Nour"}), c.num(1, 60))
			}
			if c.chance(0.3) {
				s = "Quartier " + c.pick([]string{"Maârif", "Gauthier", "Agdal"}) + ", " + s
			}
			return s + ", " + c.pick([]string{"20250 Casablanca", "10090 Rabat", "40000 Marrakech"}), []string{n}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 10, 30000)
			return fmt.Sprintf("%s,%02d MAD", groupThousands(a, " "), d)
		},
		postcode: func(c *ctx) string { return c.pick([]string{"20", "10", "40"}) + c.digitsN(3) },
		vat:      func(c *ctx) string { return "ICE " + c.digitsN(15) },
	},
	{
		code: "ar_AE", script: "arabic",
		given:     []string{"محمد|mohammed", "فاطمة|fatima", "سلطان|sultan", "مريم|mariam", "خالد|khalid", "عائشة|aisha", "راشد|rashid", "نورة|noura"},
		family:    []string{"المنصوري|almansoori", "الشامسي|alshamsi", "الكعبي|alkaabi", "النعيمي|alnuaimi", "المهيري|almheiri", "الظاهري|aldhaheri"},
		particles: []string{"بن", "bin"},
		honorPre:  []string{"السيد", "السيدة", "الشيخ"},
		phones:    []phonePlan{{"5DDDDDDDD", []string{"0XX XXX XXXX", "+971 XX XXX XXXX", "+971-XX-XXXXXXX", "00971XXXXXXXXX", "0XXXXXXXXX"}}, {"4DDDDDDD", []string{"0X XXX XXXX", "+971 X XXX XXXX", "+971-X-XXXXXXX"}}},
		digits:    "arabic",
		ext:       []string{"داخلي", "ext."},
		cities:    []string{"دبي", "أبوظبي", "الشارقة", "Dubai", "Abu Dhabi", "Sharjah"},
		domains:   []string{"eim.ae", "gmail.com", "hotmail.com", "emirates.net.ae", "موقع.امارات"},
		pwKeys:    []string{"كلمة_المرور", "كلمةالمرور", "الرقم_السري", "password"},
		phoneKeys: []string{"الهاتف", "رقم_الجوال", "mobile", "جوال"},
		nameKeys:  []string{"اسم_المستلم", "الاسم", "recipient"},
		addrKeys:  []string{"العنوان", "عنوان_الشحن"},
		chatPhone: "مرحبا، رقمي %s يرجى الاتصال بي",
		chatAddr:  "العنوان: %s بجانب المسجد",
		chatName:  "أنا %s بخصوص طلبي",
		otpPhrase: "رمز التحقق الخاص بك هو",
		addr: func(c *ctx) (string, []string) {
			if c.chance(0.25) {
				box := c.digitsN(5)
				return fmt.Sprintf("P.O. Box %s, %s", box, c.pick([]string{"Dubai", "Abu Dhabi"})), []string{"#" + box}
			}
			if c.chance(0.35) {
				n := c.pick([]string{"Al Wasl Road", "Sheikh Zayed Road", "Al Khail Road", "Jumeirah Beach Road"})
				return fmt.Sprintf("Villa %d, %s, near %s, Dubai", c.num(1, 90), n, c.pick([]string{"Spinneys", "Mall of the Emirates", "ENOC station"})), []string{strings.TrimSuffix(n, " Road")}
			}
			n := c.pick([]string{"الشيخ زايد", "الوصل", "خليفة بن زايد", "الاتحاد", "المطينة"})
			return fmt.Sprintf("شارع %s، مبنى %d، شقة %d، %s", n, c.num(1, 60), c.num(101, 2400), c.pick([]string{"دبي", "أبوظبي", "الشارقة"})), []string{n}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 1, 9000)
			return c.pick([]string{fmt.Sprintf("AED %s.%02d", groupThousands(a, ","), d), fmt.Sprintf("%s.%02d د.إ", groupThousands(a, ","), d)})
		},
		postcode: func(c *ctx) string { return "00000" },
		vat:      func(c *ctx) string { return "TRN 100" + c.digitsN(12) },
	},
	{
		code: "fa_IR", script: "arabic",
		given:     []string{"علی|ali", "زهرا|zahra", "حسین|hossein", "فاطمه|fatemeh", "مهدی|mehdi", "مریم|maryam", "امیرحسین|amirhossein", "نگار|negar"},
		family:    []string{"محمدی|mohammadi", "حسینی|hosseini", "رضایی|rezaei", "کریمی|karimi", "موسوی|mousavi", "جعفری|jafari", "صادقی|sadeghi"},
		honorPre:  []string{"آقای", "خانم", "سرکار خانم", "جناب آقای"},
		phones:    []phonePlan{{"912DDDDDDD", []string{"0XXX XXX XXXX", "+98 XXX XXX XXXX", "0XXXXXXXXXX", "+98XXXXXXXXXX", "0XXX-XXX-XXXX"}}, {"21DDDDDDDD", []string{"0XX-XXXX XXXX", "+98 XX XXXX XXXX"}}},
		digits:    "persian",
		ext:       []string{"داخلی"},
		cities:    []string{"تهران", "اصفهان", "شیراز", "مشهد", "Tehran", "Isfahan"},
		domains:   []string{"chmail.ir", "yahoo.com", "gmail.com", "gmail.com"},
		pwKeys:    []string{"رمز_عبور", "گذرواژه", "کلمه_عبور", "password"},
		phoneKeys: []string{"تلفن", "شماره_همراه", "mobile"},
		nameKeys:  []string{"گیرنده", "نام_و_نام_خانوادگی"},
		addrKeys:  []string{"نشانی", "آدرس"},
		chatPhone: "سلام، لطفا با شماره %s تماس بگیرید",
		chatAddr:  "آدرس: %s، زنگ دوم",
		chatName:  "من %s هستم، سفارشم نرسیده",
		otpPhrase: "کد تایید شما",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"ولیعصر", "شریعتی", "انقلاب", "آزادی", "چهارباغ", "زند"})
			k := c.pick([]string{"نسترن", "یاس", "بهار", "لاله"})
			return fmt.Sprintf("%s، خیابان %s، کوچه %s، پلاک %d، واحد %d", c.pick([]string{"تهران", "اصفهان", "شیراز"}), n, k, c.num(1, 120), c.num(1, 20)), []string{n, k}
		},
		currency: func(c *ctx) string { return groupThousands(c.num(10, 90000)*1000, ",") + " ریال" },
		postcode: func(c *ctx) string { return c.digitsN(5) + "-" + c.digitsN(5) },
		vat:      func(c *ctx) string { return "شناسه ملی " + c.digitsN(11) },
	},
	{
		code: "he_IL", script: "hebrew",
		given:     []string{"נועה|noa", "יוסף|yosef", "תמר|tamar", "אבי|avi", "מיכל|michal", "איתי|itay", "שירה|shira", "דניאל|daniel"},
		family:    []string{"כהן|cohen", "לוי|levi", "מזרחי|mizrahi", "פרץ|peretz", "ביטון|biton", "אברהם|avraham", "פרידמן|friedman", "שפירא|shapira"},
		honorPre:  []string{"מר", "גב'"},
		phones:    []phonePlan{{"5DDDDDDDD", []string{"0XX-XXX-XXXX", "+972 XX-XXX-XXXX", "0XX XXXXXXX", "+972XXXXXXXXX"}}, {"3DDDDDDD", []string{"0X-XXXXXXX", "+972 X-XXX-XXXX"}}},
		ext:       []string{"שלוחה"},
		cities:    []string{"תל אביב", "חיפה", "ירושלים", "באר שבע", "Haifa", "Tel Aviv"},
		domains:   []string{"walla.co.il", "gmail.com", "012.net.il", "bezeqint.net", "חנות.co.il"},
		pwKeys:    []string{"סיסמה", "סיסמא", "password", "pass"},
		phoneKeys: []string{"טלפון", "נייד", "phone"},
		nameKeys:  []string{"שם_הנמען", "שם_מלא"},
		addrKeys:  []string{"כתובת", "כתובת_משלוח"},
		chatPhone: "שלום, אפשר לחזור אליי למספר %s",
		chatAddr:  "הכתובת שלי %s, קומה 3",
		chatName:  "זה %s, ההזמנה לא הגיעה",
		otpPhrase: "קוד האימות שלך הוא",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"דיזנגוף", "הרצל", "בן יהודה", "אבן גבירול", "ז'בוטינסקי", "רוטשילד"})
			return fmt.Sprintf("%s %s %d, דירה %d, %s", c.pick([]string{"רחוב", "רח'", "שדרות"}), n, c.num(1, 250), c.num(1, 40), c.pick([]string{"תל אביב", "חיפה", "ירושלים"})), []string{n}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 1, 9000)
			return fmt.Sprintf("₪%s.%02d", groupThousands(a, ","), d)
		},
		postcode: func(c *ctx) string { return c.digitsN(7) },
		vat:      func(c *ctx) string { return "ח.פ. 51" + c.digitsN(7) },
	},
	{
		code: "te_IN", script: "telugu",
		given:     []string{"శ్రీనివాస్|srinivas", "లక్ష్మి|lakshmi", "వెంకటేశ్|venkatesh", "సుజాత|sujatha", "రవికుమార్|ravikumar", "పద్మావతి|padmavathi", "కిరణ్|kiran"},
		family:    []string{"రెడ్డి|reddy", "నాయుడు|naidu", "వర్మ|varma", "గుప్త|gupta", "చౌదరి|chowdary", "రావు|rao"},
		honorPre:  []string{"శ్రీ", "శ్రీమతి", "Mr.", "Smt."},
		phones:    []phonePlan{{"9DDDDDDDDD", []string{"+91 XXXXX XXXXX", "0XXXXX XXXXX", "XXXXX-XXXXX", "+91-XXXXXXXXXX", "XXXXXXXXXX"}}, {"40DDDDDDDD", []string{"0XX-XXXX XXXX", "+91 XX XXXX XXXX"}}},
		ext:       []string{"Extn."},
		cities:    []string{"Hyderabad", "Vijayawada", "Visakhapatnam", "హైదరాబాద్", "Warangal"},
		domains:   []string{"gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"},
		pwKeys:    []string{"password", "పాస్‌వర్డ్", "passcode", "login_pwd"},
		phoneKeys: []string{"phone", "mobile_no", "ఫోన్"},
		nameKeys:  []string{"customer_name", "పేరు"},
		addrKeys:  []string{"address", "చిరునామా"},
		chatPhone: "దయచేసి నాకు %s కి కాల్ చేయండి",
		chatAddr:  "నా చిరునామా %s",
		chatName:  "నా పేరు %s, ఆర్డర్ రాలేదు",
		otpPhrase: "మీ OTP",
		addr: func(c *ctx) (string, []string) {
			if c.chance(0.5) {
				n := c.pick([]string{"Banjara Hills", "Jubilee Hills", "Ameerpet", "Kukatpally", "Madhapur"})
				lm := c.pick([]string{"Opp. Shiv Mandir", "Near Ratnadeep Supermarket", "Behind Chermas", "Beside SBI ATM"})
				res := c.pick([]string{"Sai Krupa", "Lakshmi Nilayam", "Sri Venkateswara", "Padmavathi Enclave"})
				return fmt.Sprintf("Flat No. %d, %s Residency, Road No. %d, %s, %s, Hyderabad - 5000%s", c.num(101, 904), res, c.num(1, 14), n, lm, c.digitsN(2)), []string{res}
			}
			n := c.pick([]string{"బంజారా హిల్స్", "అమీర్‌పేట్", "కూకట్‌పల్లి"})
			return fmt.Sprintf("ఇంటి నం. %d-%d-%d, %s, హైదరాబాద్ 5000%s", c.num(1, 12), c.num(1, 9), c.num(1, 400), n, c.digitsN(2)), []string{n}
		},
		currency: func(c *ctx) string { return "₹" + indianGroup(c.num(100, 900000)) + ".00" },
		postcode: func(c *ctx) string { return "500" + c.digitsN(3) },
		vat: func(c *ctx) string {
			return "GSTIN 36" + strings.ToUpper(c.f.LetterN(5)) + c.digitsN(4) + "A1Z" + c.digitsN(1)
		},
	},
	{
		code: "bn_BD", script: "bengali",
		given:     []string{"রহিম|rahim", "ফারহানা|farhana", "তানভীর|tanvir", "নুসরাত|nusrat", "সাকিব|sakib", "শারমিন|sharmin", "মাহমুদ|mahmud"},
		family:    []string{"হোসেন|hossain", "ইসলাম|islam", "রহমান|rahman", "চৌধুরী|chowdhury", "আক্তার|akter", "উদ্দিন|uddin"},
		honorPre:  []string{"জনাব", "বেগম", "Md."},
		phones:    []phonePlan{{"17DDDDDDDD", []string{"0XXXX-XXXXXX", "+880 XXXX-XXXXXX", "880XXXXXXXXXX", "0XXXXXXXXXX", "+880 XXXX XXX XXX"}}},
		digits:    "bengali",
		ext:       []string{"ext."},
		cities:    []string{"ঢাকা", "চট্টগ্রাম", "Dhaka", "Chattogram", "Sylhet"},
		domains:   []string{"gmail.com", "yahoo.com", "ymail.com"},
		pwKeys:    []string{"পাসওয়ার্ড", "password", "gopon_shongket"},
		phoneKeys: []string{"মোবাইল", "ফোন", "mobile"},
		nameKeys:  []string{"নাম", "প্রাপক"},
		addrKeys:  []string{"ঠিকানা", "address"},
		chatPhone: "আমার নম্বর %s এ কল করুন",
		chatAddr:  "ঠিকানা: %s",
		chatName:  "আমি %s, অর্ডার পাইনি",
		otpPhrase: "আপনার ওটিপি কোড",
		addr: func(c *ctx) (string, []string) {
			if c.chance(0.5) {
				n := c.pick([]string{"Satmasjid", "Mirpur", "Shantinagar", "Green"})
				return fmt.Sprintf("House %d, Road %d, %s Road, %s, Dhaka-12%s", c.num(1, 90), c.num(1, 27), n, c.pick([]string{"Dhanmondi", "Gulshan-2", "Banani"}), c.digitsN(2)), []string{n}
			}
			n := c.pick([]string{"সাতমসজিদ", "মিরপুর", "শান্তিনগর", "গ্রিন"})
			return fmt.Sprintf("বাড়ি %d, রোড %d, %s রোড, %s, ঢাকা", c.num(1, 90), c.num(1, 27), n, c.pick([]string{"ধানমন্ডি", "গুলশান", "বনানী"})), []string{n}
		},
		currency: func(c *ctx) string { return "৳" + groupThousands(c.num(100, 90000), ",") },
		postcode: func(c *ctx) string { return "12" + c.digitsN(2) },
		vat:      func(c *ctx) string { return "BIN " + c.digitsN(9) + "-0101" },
	},
	{
		code: "th_TH", script: "thai",
		given:     []string{"สมชาย|somchai", "สุดารัตน์|sudarat", "ณัฐพล|nattapon", "กาญจนา|kanchana", "ธนากร|thanakorn", "พิมพ์ชนก|pimchanok"},
		family:    []string{"ศรีสุข|srisuk", "วงศ์สวัสดิ์|wongsawat", "แก้วมณี|kaewmanee", "บุญมา|boonma", "จันทร์เพ็ญ|chanpen", "สุขเจริญ|sukcharoen"},
		honorPre:  []string{"คุณ", "นาย", "นางสาว"},
		phones:    []phonePlan{{"8DDDDDDDD", []string{"0XX-XXX-XXXX", "+66 XX XXX XXXX", "0XXXXXXXXX", "+66-XX-XXX-XXXX"}}, {"2DDDDDDD", []string{"0X-XXX-XXXX", "+66 X XXX XXXX"}}},
		digits:    "thai",
		ext:       []string{"ต่อ"},
		cities:    []string{"เชียงใหม่", "ภูเก็ต", "ขอนแก่น", "Bangkok", "Chiang Mai"},
		domains:   []string{"hotmail.com", "gmail.com", "yahoo.co.th", "ร้านค้า.ไทย"},
		pwKeys:    []string{"รหัสผ่าน", "password", "pass"},
		phoneKeys: []string{"เบอร์โทร", "โทรศัพท์", "tel"},
		nameKeys:  []string{"ชื่อผู้รับ", "ชื่อ"},
		addrKeys:  []string{"ที่อยู่", "ที่อยู่จัดส่ง"},
		chatPhone: "รบกวนโทรกลับเบอร์ %s ค่ะ",
		chatAddr:  "ส่งที่ %s นะคะ",
		chatName:  "ดิฉัน %s สั่งของไปเมื่อวาน",
		otpPhrase: "รหัส OTP ของคุณคือ",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"สุขุมวิท", "สีลม", "พหลโยธิน", "รัชดาภิเษก", "เพชรบุรี", "ลาดพร้าว"})
			s := c.pick([]string{"ซอย", "ซ."}) + c.pick([]string{"ทองหล่อ", "อารีย์", "เอกมัย"})
			return fmt.Sprintf("%d/%d หมู่ %d %s ถนน%s แขวง%s เขต%s กรุงเทพฯ 10%s", c.num(1, 300), c.num(1, 99), c.num(1, 12), s, n, c.pick([]string{"คลองเตย", "บางรัก", "จตุจักร"}), c.pick([]string{"วัฒนา", "ห้วยขวาง"}), c.digitsN(3)), []string{n}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 1, 90000)
			return fmt.Sprintf("฿%s.%02d", groupThousands(a, ","), d)
		},
		postcode: func(c *ctx) string { return "10" + c.digitsN(3) },
		vat:      func(c *ctx) string { return "0105" + c.digitsN(9) },
	},
	{
		code: "vi_VN", script: "latin",
		given:       []string{"Thị Lan", "Văn Hùng", "Ngọc Anh", "Minh Tuấn", "Thu Trang", "Quốc Bảo", "Hoàng Yến", "Đức Thắng"},
		family:      []string{"Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Dương"},
		familyFirst: true,
		honorPre:    []string{"Anh", "Chị", "Ông", "Bà"},
		phones:      []phonePlan{{"9DDDDDDDD", []string{"0XXX XXX XXX", "+84 XXX XXX XXX", "0XX.XXX.XXXX", "+84XXXXXXXXX", "0XXXXXXXXX"}}, {"28DDDDDDDD", []string{"(0XX) XXXX XXXX", "+84 XX XXXX XXXX"}}},
		ext:         []string{"máy lẻ"},
		cities:      []string{"Hà Nội", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Huế"},
		domains:     []string{"gmail.com", "yahoo.com.vn", "hotmail.com", "fpt.vn"},
		pwKeys:      []string{"mat_khau", "mật khẩu", "matkhau", "password"},
		phoneKeys:   []string{"sdt", "so_dien_thoai", "điện thoại"},
		nameKeys:    []string{"ho_ten", "người nhận", "ten_nguoi_nhan"},
		addrKeys:    []string{"dia_chi", "địa chỉ giao hàng"},
		chatPhone:   "Shop gọi lại cho em số %s nhé",
		chatAddr:    "giao tới %s giúp em",
		chatName:    "em là %s, đơn chưa tới",
		otpPhrase:   "Mã xác minh của bạn là",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"Điện Biên Phủ", "Lê Lợi", "Nguyễn Thị Minh Khai", "Cách Mạng Tháng Tám", "Trần Hưng Đạo", "Hai Bà Trưng"})
			s := fmt.Sprintf("%d %s", c.num(1, 500), n)
			if c.chance(0.4) {
				s = fmt.Sprintf("Hẻm %d/%d ", c.num(10, 400), c.num(1, 90)) + n
			}
			return fmt.Sprintf("%s, Phường %s, Quận %d, TP. Hồ Chí Minh", s, c.pick([]string{"Bến Thành", "Đa Kao", "Tân Định", "12"}), c.num(1, 12)), []string{n}
		},
		currency: func(c *ctx) string { return groupThousands(c.num(10, 9000)*1000, ".") + " ₫" },
		postcode: func(c *ctx) string { return "700" + c.digitsN(3) },
		vat:      func(c *ctx) string { return "MST 03" + c.digitsN(8) },
	},
	{
		code: "ko_KR", script: "hangul",
		given:       []string{"민준|minjun", "서연|seoyeon", "도윤|doyun", "지우|jiwoo", "하은|haeun", "예준|yejun", "수빈|subin"},
		family:      []string{"김|kim", "이|lee", "박|park", "최|choi", "정|jung", "강|kang", "윤|yoon", "남궁|namgung"},
		familyFirst: true,
		honorPost:   []string{"님", "씨", " 고객님"},
		phones:      []phonePlan{{"10DDDDDDDD", []string{"0XX-XXXX-XXXX", "+82 XX-XXXX-XXXX", "0XX XXXX XXXX", "0XXXXXXXXXX", "+82 (0)XX XXXX XXXX"}}, {"2DDDDDDDD", []string{"0X-XXXX-XXXX", "+82 X XXXX XXXX"}}},
		ext:         []string{"내선"},
		cities:      []string{"부산", "인천", "대구", "Seoul", "Busan"},
		domains:     []string{"naver.com", "daum.net", "hanmail.net", "kakao.com", "gmail.com"},
		pwKeys:      []string{"비밀번호", "패스워드", "password", "pw"},
		phoneKeys:   []string{"전화번호", "휴대폰", "연락처"},
		nameKeys:    []string{"수령인", "받는분", "주문자명"},
		addrKeys:    []string{"주소", "배송지"},
		chatPhone:   "%s로 연락 부탁드립니다",
		chatAddr:    "배송지는 %s 입니다",
		chatName:    "저는 %s인데요 주문이 안 왔어요",
		otpPhrase:   "인증번호는",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"테헤란로", "세종대로", "올림픽로", "해운대로", "강남대로", "도산대로"})
			b := c.pick([]string{"래미안아파트", "현대빌딩", "푸르지오", "삼성타운"})
			return fmt.Sprintf("%s %s %s %d, %s %d동 %d호", c.pick([]string{"서울특별시", "부산광역시", "경기도"}), c.pick([]string{"강남구", "해운대구", "서초구"}), n, c.num(1, 500), b, c.num(101, 120), c.num(101, 2504)), []string{n, b}
		},
		currency: func(c *ctx) string { return "₩" + groupThousands(c.num(1, 900)*1000, ",") },
		postcode: func(c *ctx) string { return "0" + c.digitsN(4) },
		vat: func(c *ctx) string {
			return fmt.Sprintf("사업자등록번호 %s-%s-%s", c.digitsN(3), c.digitsN(2), c.digitsN(5))
		},
	},
	{
		code: "ja_JP", script: "cjk",
		given:       []string{"健太|kenta", "美咲|misaki", "翔太|shota", "陽菜|hina", "大輔|daisuke", "さくら|sakura", "拓也|takuya"},
		family:      []string{"佐藤|sato", "鈴木|suzuki", "高橋|takahashi", "渡辺|watanabe", "伊藤|ito", "中村|nakamura", "小林|kobayashi"},
		familyFirst: true,
		joiner:      " ",
		honorPost:   []string{"様", "さん", " 様"},
		phones:      []phonePlan{{"90DDDDDDDD", []string{"0XX-XXXX-XXXX", "+81 XX-XXXX-XXXX", "0XXXXXXXXXX", "+81 (0)XX XXXX XXXX"}}, {"3DDDDDDDD", []string{"0X-XXXX-XXXX", "(0X) XXXX-XXXX", "+81 X XXXX XXXX"}}},
		digits:      "full",
		ext:         []string{"内線"},
		cities:      []string{"横浜", "大阪", "名古屋", "福岡", "札幌", "Osaka"},
		domains:     []string{"docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com", "お店.jp"},
		pwKeys:      []string{"パスワード", "暗証番号", "password"},
		phoneKeys:   []string{"電話番号", "携帯", "TEL"},
		nameKeys:    []string{"お届け先氏名", "氏名", "宛名"},
		addrKeys:    []string{"住所", "お届け先住所"},
		chatPhone:   "%sまでご連絡ください",
		chatAddr:    "お届け先は%sです",
		chatName:    "%sと申します、注文がまだ届きません",
		otpPhrase:   "確認コードは",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"六本木", "西新宿", "道玄坂", "栄", "天神", "中之島"})
			b := c.pick([]string{"グランドメゾン", "パークハイツ", "サンシャイン", "ライオンズマンション"})
			return fmt.Sprintf("〒%s-%s %s%s%s%d丁目%d-%d %s%d号室", c.digitsN(3), c.digitsN(4), c.pick([]string{"東京都", "大阪府", "愛知県"}), c.pick([]string{"港区", "新宿区", "北区"}), n, c.num(1, 9), c.num(1, 30), c.num(1, 20), b, c.num(101, 1205)), []string{n, b}
		},
		currency: func(c *ctx) string { return c.pick([]string{"¥", "￥"}) + groupThousands(c.num(100, 300000), ",") },
		postcode: func(c *ctx) string { return c.digitsN(3) + "-" + c.digitsN(4) },
		vat:      func(c *ctx) string { return "T" + c.digitsN(13) },
	},
	{
		code: "zh_TW", script: "cjk",
		given:       []string{"怡君|yijun", "志明|zhiming", "雅婷|yating", "冠宇|guanyu", "淑芬|shufen", "家豪|jiahao"},
		family:      []string{"陳|chen", "林|lin", "黃|huang", "張|chang", "李|lee", "歐陽|ouyang"},
		familyFirst: true,
		honorPost:   []string{"先生", "小姐", "女士"},
		phones:      []phonePlan{{"9DDDDDDDD", []string{"0XXX-XXX-XXX", "+886 XXX XXX XXX", "0XXXXXXXXX", "+886-XXX-XXXXXX"}}, {"2DDDDDDDD", []string{"(0X) XXXX-XXXX", "0X-XXXX-XXXX", "+886 X XXXX XXXX"}}},
		ext:         []string{"分機", "#"},
		cities:      []string{"台北", "高雄", "台中", "新竹", "Taipei"},
		domains:     []string{"yahoo.com.tw", "gmail.com", "hotmail.com", "msa.hinet.net"},
		pwKeys:      []string{"密碼", "password", "登入密碼"},
		phoneKeys:   []string{"手機", "電話", "聯絡電話"},
		nameKeys:    []string{"收件人", "姓名"},
		addrKeys:    []string{"地址", "收件地址"},
		chatPhone:   "請打%s給我,謝謝",
		chatAddr:    "寄到%s",
		chatName:    "我是%s,訂單還沒到",
		otpPhrase:   "您的驗證碼為",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"松仁路", "忠孝東路", "中山北路", "民生東路", "信義路", "博愛路"})
			return fmt.Sprintf("%s%s%s%d段%d巷%d號%d樓", c.pick([]string{"台北市", "新北市", "高雄市"}), c.pick([]string{"信義區", "大安區", "前鎮區"}), n, c.num(1, 5), c.num(1, 300), c.num(1, 200), c.num(2, 20)), []string{n}
		},
		currency: func(c *ctx) string { return "NT$" + groupThousands(c.num(100, 90000), ",") },
		postcode: func(c *ctx) string { return c.digitsN(3) },
		vat:      func(c *ctx) string { return "統一編號 " + c.digitsN(8) },
	},
	{
		code: "en_SG", script: "latin",
		given:     []string{"Wei Ling", "Jun Jie", "Siti Nurhaliza", "Muthu", "Hui Min", "Arjun", "Nur Aisyah", "Kai Xiang"},
		family:    []string{"Tan", "Lim", "Ong", "Binte Rahman", "Chandrasekaran", "Goh", "Teo", "Subramaniam"},
		particles: []string{"bin", "binte", "d/o", "s/o"},
		honorPre:  []string{"Mr", "Ms", "Mdm", "Dr"},
		phones:    []phonePlan{{"9DDDDDDD", []string{"XXXX XXXX", "+65 XXXX XXXX", "(65) XXXX-XXXX", "+65XXXXXXXX", "65-XXXX-XXXX"}}, {"6DDDDDDD", []string{"XXXX XXXX", "+65 XXXX XXXX"}}},
		ext:       []string{"ext.", "x"},
		cities:    []string{"Singapore", "Jurong", "Tampines", "Woodlands"},
		domains:   []string{"singnet.com.sg", "gmail.com", "hotmail.com", "starhub.net.sg"},
		pwKeys:    []string{"password", "passcode", "smtp_pass", "app_pwd"},
		phoneKeys: []string{"hp", "handphone", "contact_no", "mobile"},
		nameKeys:  []string{"recipient_name", "attn", "consignee"},
		addrKeys:  []string{"address1", "line1", "block_street"},
		chatPhone: "can call me at %s? thanks lah",
		chatAddr:  "pls deliver to %s, leave at the lift lobby",
		chatName:  "hi this is %s, my parcel never come",
		otpPhrase: "Your OTP is",
		addr: func(c *ctx) (string, []string) {
			n := c.pick([]string{"Jurong West", "Tampines", "Ang Mo Kio", "Bedok North", "Yishun Ring", "Toa Payoh Lorong"})
			return fmt.Sprintf("Blk %d%s %s %s %d, #%02d-%03d, Singapore %s", c.num(100, 999), c.pick([]string{"", "A", "B"}), n, c.pick([]string{"St", "Ave", "Rd"}), c.num(1, 90), c.num(2, 25), c.num(1, 400), c.digitsN(6)), []string{n}
		},
		currency: func(c *ctx) string {
			a, d := amountDot(c, 1, 9000)
			return fmt.Sprintf("S$%s.%02d", groupThousands(a, ","), d)
		},
		postcode: func(c *ctx) string { return c.digitsN(6) },
		vat:      func(c *ctx) string { return "UEN 2019" + c.digitsN(5) + "K" },
	},
}

func indianGroup(n int) string {
	s := fmt.Sprint(n)
	if len(s) <= 3 {
		return s
	}
	head, tail := s[:len(s)-3], s[len(s)-3:]
	var parts []string
	for len(head) > 2 {
		parts = append([]string{head[len(head)-2:]}, parts...)
		head = head[:len(head)-2]
	}
	if head != "" {
		parts = append([]string{head}, parts...)
	}
	return strings.Join(parts, ",") + "," + tail
}

func (c *ctx) postcodeIT() string { return fmt.Sprintf("%05d", c.num(10, 98168)) }
func (c *ctx) postcodeAT() string { return fmt.Sprint(c.num(1010, 9992)) }
func (c *ctx) postcodePL() string { return c.digitsN(2) + "-" + c.digitsN(3) }
func (c *ctx) postcodeGR() string { return c.digitsN(3) + " " + c.digitsN(2) }
func (c *ctx) cep() string        { return c.digitsN(5) + "-" + c.digitsN(3) }
