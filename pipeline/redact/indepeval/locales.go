// Package indepeval is an independent evaluation corpus for the PII redactor
// in pipeline/redact. It was written from the package's public API and
// README only, without reading the redactor's code or tests.
package indepeval

import (
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// locale holds one country's fake-data generators.
type locale struct {
	code    string
	name    func(f *gofakeit.Faker) string
	phone   func(f *gofakeit.Faker) string
	address func(f *gofakeit.Faker) string
	// romanName is an ASCII-ish spelling used to build email local parts.
	romanName func(f *gofakeit.Faker) (given, family string)
	domains   []string
}

func list(s string) []string { return strings.Split(s, "|") }

func pick(f *gofakeit.Faker, xs []string) string { return xs[f.IntN(len(xs))] }

// pairs parses "本地=Roman|…" tables.
func pairs(s string) [][2]string {
	var out [][2]string
	for _, p := range list(s) {
		a, b, _ := strings.Cut(p, "=")
		out = append(out, [2]string{a, b})
	}
	return out
}

func pickPair(f *gofakeit.Faker, xs [][2]string) [2]string { return xs[f.IntN(len(xs))] }

// pattern fills a template: '#' any digit, 'N' 2-9, 'M' 1-9, 'A' an
// upper-case letter; other characters are kept.
func pattern(f *gofakeit.Faker, p string) string {
	var b strings.Builder
	for _, c := range p {
		switch c {
		case '#':
			b.WriteByte(byte('0' + f.IntN(10)))
		case 'N':
			b.WriteByte(byte('2' + f.IntN(8)))
		case 'M':
			b.WriteByte(byte('1' + f.IntN(9)))
		case 'A':
			b.WriteByte(byte('A' + f.IntN(26)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func phones(ps string) func(f *gofakeit.Faker) string {
	l := list(ps)
	return func(f *gofakeit.Faker) string { return pattern(f, pick(f, l)) }
}

// fill replaces {key} placeholders using gen.
func fill(f *gofakeit.Faker, tmpl string, gen map[string]func() string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}') + i
		b.WriteString(tmpl[:i])
		key := tmpl[i+1 : j]
		if g, ok := gen[key]; ok {
			b.WriteString(g())
		} else {
			b.WriteString(pattern(f, key))
		}
		tmpl = tmpl[j+1:]
	}
}

func addresses(tmpls string, words map[string]string) func(f *gofakeit.Faker) string {
	tl := list(tmpls)
	wl := map[string][]string{}
	for k, v := range words {
		wl[k] = list(v)
	}
	return func(f *gofakeit.Faker) string {
		gen := map[string]func() string{}
		for k, v := range wl {
			gen[k] = func() string { return pick(f, v) }
		}
		return fill(f, pick(f, tl), gen)
	}
}

var asciiFold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ç", "c", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ñ", "n", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ú", "u",
	"ù", "u", "û", "u", "ü", "u", "ß", "ss", "Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U", "Ü", "U", "Ö", "O",
	"Ä", "A", "Ç", "C", "Ñ", "N", "đ", "d", "Đ", "D", "ă", "a", "ạ", "a", "ả", "a", "ấ", "a", "ầ", "a", "ẩ", "a",
	"ậ", "a", "ắ", "a", "ằ", "a", "ơ", "o", "ờ", "o", "ở", "o", "ợ", "o", "ớ", "o", "ư", "u", "ứ", "u", "ừ", "u",
	"ữ", "u", "ự", "u", "ễ", "e", "ệ", "e", "ế", "e", "ề", "e", "ể", "e", "ọ", "o", "ỏ", "o", "ố", "o", "ồ", "o",
	"ổ", "o", "ộ", "o", "ị", "i", "ỉ", "i", "ĩ", "i", "ụ", "u", "ủ", "u", "ũ", "u", "ỳ", "y", "ý", "y", "ỹ", "y",
	"ỷ", "y", "ỵ", "y", "Ă", "A", "Ơ", "O", "Ư", "U", "Ạ", "A", "Ấ", "A", "Ầ", "A", "Ồ", "O", "Ộ", "O", "Ọ", "O",
	"Ế", "E", "Ệ", "E", "Ỳ", "Y", "Ị", "I", "Ư", "U", "ò", "o", "'", "", " ", "", "-", "",
)

// ascii lower-cases s and drops what it cannot fold, for email local parts.
func ascii(s string) string {
	s = asciiFold.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, c := range s {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// latin builds a name generator from given and family name lists.
func latin(given, family string, format func(f *gofakeit.Faker, g, fam []string) string) (func(*gofakeit.Faker) string, func(*gofakeit.Faker) (string, string)) {
	g, fm := list(given), list(family)
	name := func(f *gofakeit.Faker) string { return format(f, g, fm) }
	roman := func(f *gofakeit.Faker) (string, string) { return pick(f, g), pick(f, fm) }
	return name, roman
}

func simpleFormat(f *gofakeit.Faker, g, fm []string) string {
	switch f.IntN(6) {
	case 0:
		return pick(f, g) + " " + pick(f, g) + " " + pick(f, fm)
	case 1:
		return strings.ToUpper(pick(f, fm)) + " " + pick(f, g)
	default:
		return pick(f, g) + " " + pick(f, fm)
	}
}

func hispanicFormat(f *gofakeit.Faker, g, fm []string) string {
	switch f.IntN(6) {
	case 0:
		return pick(f, g) + " " + pick(f, g) + " " + pick(f, fm) + " de la " + pick(f, list("Cruz|Torre|Fuente|Rosa|Vega|Peña"))
	case 1:
		return pick(f, g) + " " + pick(f, fm)
	case 2:
		return pick(f, g) + " " + pick(f, g) + " " + pick(f, fm) + " " + pick(f, fm)
	default:
		return pick(f, g) + " " + pick(f, fm) + " " + pick(f, fm)
	}
}

func brFormat(f *gofakeit.Faker, g, fm []string) string {
	switch f.IntN(4) {
	case 0:
		return pick(f, g) + " " + pick(f, fm) + " " + pick(f, list("dos|da|de")) + " " + pick(f, fm)
	case 1:
		return pick(f, g) + " " + pick(f, fm)
	default:
		return pick(f, g) + " " + pick(f, fm) + " " + pick(f, fm)
	}
}

func phFormat(f *gofakeit.Faker, g, fm []string) string {
	switch f.IntN(3) {
	case 0:
		return pick(f, g) + " " + string(rune('A'+f.IntN(26))) + ". " + pick(f, fm)
	default:
		return pick(f, g) + " " + pick(f, fm)
	}
}

// english uses gofakeit's names.
func english(domains ...string) (func(*gofakeit.Faker) string, func(*gofakeit.Faker) (string, string)) {
	name := func(f *gofakeit.Faker) string {
		switch f.IntN(5) {
		case 0:
			return f.FirstName() + " " + f.FirstName() + " " + f.LastName()
		case 1:
			return f.FirstName() + " " + string(rune('A'+f.IntN(26))) + ". " + f.LastName()
		default:
			return f.FirstName() + " " + f.LastName()
		}
	}
	roman := func(f *gofakeit.Faker) (string, string) { return f.FirstName(), f.LastName() }
	return name, roman
}

// cjk builds names from "本地=Roman" tables.
func cjk(family, given string, sep string, romanFirstGiven bool) (func(*gofakeit.Faker) string, func(*gofakeit.Faker) (string, string)) {
	fam, giv := pairs(family), pairs(given)
	name := func(f *gofakeit.Faker) string {
		a, b := pickPair(f, fam), pickPair(f, giv)
		switch f.IntN(5) {
		case 0, 1:
			return a[0] + sep + b[0]
		case 2:
			return a[0] + b[0]
		case 3:
			if romanFirstGiven {
				return b[1] + " " + a[1]
			}
			return a[1] + " " + b[1]
		default:
			return strings.ToUpper(a[1]) + " " + b[1]
		}
	}
	roman := func(f *gofakeit.Faker) (string, string) {
		a, b := pickPair(f, fam), pickPair(f, giv)
		return b[1], a[1]
	}
	return name, roman
}

func usAddress(f *gofakeit.Faker) string {
	switch f.IntN(4) {
	case 0:
		return f.Street() + ", " + f.City() + ", " + f.StateAbr() + " " + f.Zip()
	case 1:
		return f.Street() + " Apt " + pattern(f, "M#") + ", " + f.City() + ", " + f.StateAbr() + " " + f.Zip()
	case 2:
		return f.StreetNumber() + " " + f.StreetName() + " " + pick(f, list("St|Ave|Blvd|Rd|Dr|Ln")) + " Suite " + pattern(f, "M00")
	default:
		return f.Street()
	}
}

var locales = buildLocales()

func buildLocales() []locale {
	var ls []locale
	add := func(code string, nameRoman [2]any, phone func(*gofakeit.Faker) string, addr func(*gofakeit.Faker) string, domains string) {
		ls = append(ls, locale{
			code:      code,
			name:      nameRoman[0].(func(*gofakeit.Faker) string),
			romanName: nameRoman[1].(func(*gofakeit.Faker) (string, string)),
			phone:     phone, address: addr, domains: list(domains),
		})
	}
	nr := func(a func(*gofakeit.Faker) string, b func(*gofakeit.Faker) (string, string)) [2]any {
		return [2]any{a, b}
	}

	add("US", nr(english()), phones("(N##) N##-####|N##-N##-####|+1 N## N## ####|N##.N##.####|+1 (N##) N##-####|1-N##-N##-####|+1N##N######"),
		usAddress, "gmail.com|yahoo.com|outlook.com|icloud.com|mail.example.com|comcast.net|proton.me")

	add("UK", nr(english()), phones("+44 20 7### ####|020 7### ####|07### ######|+44 7### ######|(020) 2### ####|+44 (0)20 7### ####|0161 ### ####|+44 161 ### ####"),
		func(f *gofakeit.Faker) string {
			pc := pattern(f, pick(f, list("AA# #AA|A# #AA|AA#A #AA|AA## #AA")))
			city := pick(f, list("London|Manchester|Leeds|Bristol|Glasgow|Birmingham|Sheffield|Nottingham|Edinburgh|Cardiff|Liverpool|Brighton"))
			street := f.LastName() + " " + pick(f, list("Road|Street|Lane|Close|Avenue|Gardens|Crescent|Terrace|Way|Grove"))
			switch f.IntN(3) {
			case 0:
				return "Flat " + pattern(f, "M") + ", " + pattern(f, "M#") + " " + street + ", " + city + " " + pc
			case 1:
				return pattern(f, "M##") + pick(f, list("|A|B")) + " " + street + ", " + city + " " + pc
			default:
				return pattern(f, "M#") + " " + street + ", " + city
			}
		}, "gmail.com|btinternet.com|hotmail.co.uk|yahoo.co.uk|sky.com|example.co.uk")

	add("DE", nr(latin("Sophie|Marie|Emma|Mia|Hannah|Lena|Lea|Anna|Laura|Julia|Katharina|Lukas|Leon|Finn|Jonas|Paul|Felix|Maximilian|Elias|Noah|Tobias|Sebastian|Florian|Matthias|Jürgen|Uwe|Sabine|Ursula|Jörg|Dieter|Helga|Friederike",
		"Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Krause|Meier|Lehmann|Köhler|Huber|Weiß|Vogel",
		simpleFormat)),
		phones("030 M#######|+49 30 M#######|015# M#######|+49 15# #### ####|(030) M######|030/M######|+49 (0)89 M#####|089 M######|0171 M######|+49 40 M#######"),
		addresses("{st}str. {M#}, {M####} {city}|{st}straße {M}{sfx}, {M####} {city}|{place} {M#}, {M####} {city}|{st}weg {M#}|{st}allee {M##}, {M####} {city}",
			map[string]string{"st": "Dorf|Haupt|Schul|Garten|Bahnhof|Linden|Berg|Kirch|Wald|Ring|Friedrich|Goethe|Schiller|Mozart|Eichen|Birken",
				"city":  "Berlin|München|Hamburg|Köln|Frankfurt am Main|Stuttgart|Düsseldorf|Leipzig|Dresden|Nürnberg|Hannover|Bremen",
				"place": "Am Markt|An der Alster|Im Winkel|Unter den Linden|Auf dem Berg", "sfx": "|a|b"}),
		"gmail.com|web.de|gmx.de|t-online.de|posteo.de|mail.example.de")

	add("FR", nr(latin("Camille|Léa|Chloé|Manon|Inès|Jade|Louise|Émilie|Hélène|Océane|Juliette|Margaux|Lucas|Hugo|Louis|Gabriel|Arthur|Jules|Théo|Raphaël|Nathan|Mathéo|Clément|Benoît|François|Jérôme|Étienne|Amélie|Sébastien|Aurélien",
		"Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèbvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Lefèvre|Mercier|Dupont|Lambert|Bonnet|Rousseau|Faure|Chevalier|Gauthier",
		simpleFormat)),
		phones("06 ## ## ## ##|07 ## ## ## ##|+33 6 ## ## ## ##|01.##.##.##.##|+33 (0)1 ## ## ## ##|06########|+33 7########|04 ## ## ## ##"),
		addresses("{M#} rue {de} {rue}, {M####} {city}|{M#} avenue {de} {rue}|{M#} bis boulevard {rue}, {M####} {city}|{M##}, place {de} {rue}, {city}|{M#} impasse {de} {rue}",
			map[string]string{"de": "de la|des|du|de l'|de", "rue": "Paix|Champs-Élysées|Voltaire|République|Lilas|Victor Hugo|Gambetta|Pasteur|Libération|Moulins|Écoles|Tilleuls|Peupliers",
				"city": "Paris|Lyon|Marseille|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Grenoble"}),
		"gmail.com|orange.fr|free.fr|laposte.net|sfr.fr|wanadoo.fr|yahoo.fr")

	add("ES", nr(latin("Lucía|Sofía|Martina|María|Paula|Julia|Valeria|Alba|Carmen|Pilar|Nerea|Ainhoa|Hugo|Mateo|Martín|Lucas|Leo|Daniel|Alejandro|Manuel|Pablo|Álvaro|Adrián|Javier|Sergio|Jorge|Iñaki|María José|Juan|Rocío",
		"García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|Gil|Ramírez|Serrano|Blanco|Molina|Castillo|Ortega|Delgado",
		hispanicFormat)),
		phones("6## ### ###|+34 6## ## ## ##|91# ### ###|+34 91#######|7## ### ###|+34 6## ### ###|93 ### ## ##"),
		addresses("Calle {calle} {M#}, {M}º {AB}, {M####} {city}|C/ de {calle}, {M#}, {M}º izq|Avda. {calle} {M##}, {M####} {city}|Plaza {calle} {M}, {city}|Paseo de {calle} {M#}, bajo",
			map[string]string{"calle": "Mayor|Alcalá|Diagonal|Gran Vía|Serrano|Velázquez|Goya|Princesa|Castellana|Colón|Sorolla|Cervantes|Andalucía",
				"city": "Madrid|Barcelona|Valencia|Sevilla|Zaragoza|Málaga|Bilbao|Murcia|Alicante|Córdoba|Valladolid|Granada", "AB": "A|B|C|D"}),
		"gmail.com|hotmail.es|yahoo.es|telefonica.net|outlook.es")

	add("IT", nr(latin("Giulia|Sofia|Aurora|Alice|Ginevra|Emma|Giorgia|Beatrice|Chiara|Francesca|Federica|Alessandra|Leonardo|Francesco|Alessandro|Lorenzo|Mattia|Andrea|Gabriele|Riccardo|Tommaso|Edoardo|Matteo|Giuseppe|Niccolò|Salvatore",
		"Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|Giordano|Mancini|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|Ferrara|Galli|Martini|Leone|Longo|Gentile|D'Angelo",
		simpleFormat)),
		phones("+39 3## ### ####|3## ### ####|06 #### ####|+39 06 #### ####|02 ########|+39 3#########"),
		addresses("Via {via} {M#}, {M####} {city}|Corso {via} {M##}, {M####} {city}|Piazza {via} {M}|Viale {via} {M#}/{AB}, {city}|Vicolo {via} {M#}",
			map[string]string{"via": "Roma|Garibaldi|Vittorio Emanuele II|Mazzini|Cavour|Dante|Verdi|Marconi|Navona|Matteotti|Gramsci|Manzoni",
				"city": "Roma|Milano|Napoli|Torino|Palermo|Genova|Bologna|Firenze|Bari|Catania|Venezia|Verona", "AB": "A|B|C"}),
		"gmail.com|libero.it|virgilio.it|alice.it|tiscali.it|yahoo.it")

	add("NL", nr(latin("Emma|Julia|Mila|Tess|Sophie|Zoë|Sara|Nora|Fenna|Eva|Anouk|Lotte|Daan|Sem|Lucas|Levi|Finn|Milan|Jesse|Bram|Thijs|Ruben|Sven|Joris|Wouter|Maarten",
		"de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|Kok|Jacobs|Vermeulen",
		simpleFormat)),
		phones("06-M#######|+31 6 M#######|020 ### ####|+31 20 ### ####|06 M### ####|010-### ####|+31 (0)6 M#######"),
		addresses("{st}straat {M#}, {M###} {AA} {city}|{st}gracht {M##}-{M}|Laan van {st} {M#}, {M###} {AA} {city}|{st}weg {M##}{sfx}|{st}plein {M}",
			map[string]string{"st": "Kerk|Prinsen|Keizers|Heren|Molen|Dorps|School|Meerdervoort|Stations|Wilhelmina|Juliana|Nieuwe",
				"city": "Amsterdam|Rotterdam|Den Haag|Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen|Haarlem|Leiden", "AA": "AB|GC|AN|KL|XZ|PM", "sfx": "|a|bis|-2"}),
		"gmail.com|ziggo.nl|kpnmail.nl|hotmail.nl|xs4all.nl|outlook.com")

	add("MX", nr(latin("Ximena|Valentina|Regina|Camila|Renata|Fernanda|Guadalupe|Mariana|Daniela|Andrea|Santiago|Mateo|Sebastián|Leonardo|Emiliano|Diego|Miguel Ángel|José Luis|Juan Carlos|Alejandro|Jesús|Ricardo|Eduardo|Rodrigo",
		"Hernández|García|Martínez|López|González|Rodríguez|Pérez|Sánchez|Ramírez|Cruz|Flores|Gómez|Morales|Vázquez|Reyes|Jiménez|Torres|Díaz|Gutiérrez|Ruiz|Mendoza|Aguilar|Ortiz|Moreno|Castillo|Romero|Álvarez|Méndez|Chávez|Rivera|Juárez|Ramos|Herrera|Medina|Castro|Vargas|Guzmán|Velázquez|Rojas|Contreras|Salazar|Luna|Guerrero",
		hispanicFormat)),
		phones("+52 55 #### ####|55 #### ####|(55) ####-####|+52 1 55 #### ####|33 #### ####|+52 (81) #### ####|(33) ####-####"),
		addresses("Av. {calle} {M##}, Col. {col}|Calle {calle} {M###} Int. {M}, Col. {col}, {M####} {city}|Blvd. {calle} {M##}, {col}, {city}|Privada {calle} {M#}, Col. {col}",
			map[string]string{"calle": "Paseo de la Reforma|Insurgentes Sur|Juárez|Hidalgo|Revolución|Chapultepec|Madero|Constitución|Morelos|Vallarta|Universidad",
				"col":  "Del Valle|Roma Norte|Condesa|Polanco|Centro|San José Insurgentes|Narvarte|Coyoacán|Providencia|Americana",
				"city": "CDMX|Guadalajara, Jal.|Monterrey, N.L.|Puebla, Pue.|Querétaro, Qro."}),
		"gmail.com|hotmail.com|prodigy.net.mx|yahoo.com.mx|outlook.com|empresa.com.mx")

	add("BR", nr(latin("Maria Eduarda|Ana Clara|Helena|Alice|Laura|Manuela|Valentina|Sophia|Isabella|Heloísa|Luiza|Júlia|Lorena|Beatriz|Miguel|Arthur|Gael|Théo|Heitor|Ravi|Davi|Bernardo|Gabriel|Pedro Henrique|João Pedro|Rafael|Lucas|Matheus|Guilherme|Thiago",
		"Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro|Martins|Carvalho|Almeida|Lopes|Soares|Fernandes|Vieira|Barbosa|Rocha|Dias|Nascimento|Andrade|Moreira|Nunes|Marques|Machado|Mendes|Freitas|Cardoso|Gonçalves|Teixeira|Araújo|Cavalcanti",
		brFormat)),
		phones("+55 N# M###-####|(N#) 9####-####|(N#) M###-####|+55 N# 9#### ####|N# 9####-####|+55 (N#) 9####-####"),
		addresses("Rua {rua}, {M###} - apto {M#}|Av. {rua}, {M###} - {bairro}, {city} - {uf}, {M####}-{###}|Rua {rua}, {M#}, {bairro}|Travessa {rua}, {M##}, casa {M}|Alameda {rua}, {M##}, bloco {AB}, apto {M##}",
			map[string]string{"rua": "das Flores|Paulista|XV de Novembro|Augusta|Sete de Setembro|dos Andradas|Oscar Freire|Atlântica|Brigadeiro Faria Lima|Getúlio Vargas|Santos Dumont",
				"bairro": "Centro|Bela Vista|Copacabana|Pinheiros|Boa Viagem|Savassi|Moinhos de Vento|Barra|Pituba", "city": "São Paulo|Rio de Janeiro|Salvador|Belo Horizonte|Recife|Porto Alegre|Curitiba|Fortaleza",
				"uf": "SP|RJ|BA|MG|PE|RS|PR|CE", "AB": "A|B|C"}),
		"gmail.com|uol.com.br|bol.com.br|terra.com.br|hotmail.com.br|yahoo.com.br|empresa.com.br")

	add("JP", nr(cjk("佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|伊藤=Ito|渡辺=Watanabe|山本=Yamamoto|中村=Nakamura|小林=Kobayashi|加藤=Kato|吉田=Yoshida|山田=Yamada|佐々木=Sasaki|山口=Yamaguchi|松本=Matsumoto|井上=Inoue|木村=Kimura|斎藤=Saito|清水=Shimizu|山崎=Yamazaki|池田=Ikeda|橋本=Hashimoto|阿部=Abe|石川=Ishikawa|前田=Maeda|藤田=Fujita",
		"太郎=Taro|花子=Hanako|翔太=Shota|陽菜=Hina|結衣=Yui|大翔=Hiroto|悠真=Yuma|陽葵=Himari|美咲=Misaki|健太=Kenta|直樹=Naoki|由美=Yumi|恵子=Keiko|拓也=Takuya|さくら=Sakura|優子=Yuko|一郎=Ichiro|真由美=Mayumi|和也=Kazuya|彩花=Ayaka|大輔=Daisuke|明美=Akemi|翼=Tsubasa|智子=Tomoko",
		" ", true)),
		phones("090-####-####|080-####-####|03-####-####|+81 90-####-####|080 #### ####|06-####-####|+81 3 #### ####|070-####-####|+81-80-####-####"),
		addresses("{pref}{ward}{town}{M}-{M#}-{M#}|〒{M##}-{####} {pref}{ward}{town}{M}-{M}-{M#} {bldg}{M}F|{pref}{ward}{town}{M}丁目{M#}番{M}号|{M}-{M}-{M} {romtown}, {romward}, {rompref} {M##}-{####}",
			map[string]string{"pref": "東京都|大阪府|神奈川県|愛知県|福岡県|北海道|京都府|兵庫県", "ward": "渋谷区|新宿区|港区|大阪市北区|横浜市中区|名古屋市中村区|福岡市博多区|札幌市中央区|京都市左京区|神戸市中央区",
				"town": "道玄坂|梅田|本町|栄|天神|大通西|元町|神宮前|西新宿|六本木|南青山", "bldg": "渋谷ビル|グランドタワー|サンシャインマンション|コーポ山田|メゾン青山",
				"romtown": "Dogenzaka|Umeda|Motomachi|Sakae|Tenjin|Jingumae|Roppongi", "romward": "Shibuya-ku|Kita-ku|Naka-ku|Minato-ku|Chuo-ku", "rompref": "Tokyo|Osaka|Yokohama|Nagoya|Fukuoka"}),
		"gmail.com|docomo.ne.jp|ezweb.ne.jp|yahoo.co.jp|softbank.ne.jp|example.co.jp")

	add("CN", nr(cjk("王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang|赵=Zhao|吴=Wu|周=Zhou|徐=Xu|孙=Sun|马=Ma|朱=Zhu|胡=Hu|郭=Guo|何=He|高=Gao|林=Lin|罗=Luo|郑=Zheng|梁=Liang|谢=Xie|宋=Song|唐=Tang|许=Xu|欧阳=Ouyang|司马=Sima|诸葛=Zhuge",
		"伟=Wei|芳=Fang|娜=Na|秀英=Xiuying|敏=Min|静=Jing|丽=Li|强=Qiang|磊=Lei|军=Jun|洋=Yang|勇=Yong|艳=Yan|杰=Jie|娟=Juan|涛=Tao|明=Ming|超=Chao|秀兰=Xiulan|霞=Xia|平=Ping|刚=Gang|桂英=Guiying|建华=Jianhua|子涵=Zihan|浩然=Haoran|梓萱=Zixuan|一诺=Yinuo|欣怡=Xinyi|宇轩=Yuxuan|志强=Zhiqiang|晓明=Xiaoming|丽娟=Lijuan",
		"", false)),
		phones("13#########|+86 13# #### ####|138-####-####|+86 15#########|18# #### ####|(+86) 17#########|+86-139-####-####|15# #### ####|19#########"),
		addresses("{prov}{city}{dist}{road}{M#}号|{prov}{city}{dist}{road}{M##}号{M}栋{M}{M##}室|{prov}{city}{dist}{road}{M#}号{comm}{M}单元{M##}|{city}{dist}{road}{M#}弄{M#}号",
			map[string]string{"prov": "北京市|上海市|广东省|浙江省|江苏省|四川省|湖北省|", "city": "|深圳市|杭州市|南京市|成都市|武汉市|广州市|苏州市",
				"dist": "朝阳区|浦东新区|南山区|西湖区|鼓楼区|武侯区|江汉区|天河区|海淀区|徐汇区|姑苏区", "road": "建国路|世纪大道|科技园路|文三路|中山路|人民南路|解放大道|天河路|中关村大街|淮海中路|长江路",
				"comm": "阳光花园|碧桂园|万科城|翠湖小区|金地花园"}),
		"qq.com|163.com|126.com|sina.com|foxmail.com|aliyun.com|example.cn")

	add("KR", nr(cjk("김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|조=Cho|윤=Yoon|장=Jang|임=Lim|한=Han|오=Oh|서=Seo|신=Shin|권=Kwon|황=Hwang|안=Ahn|송=Song|류=Ryu|홍=Hong|전=Jeon|고=Ko|문=Moon|손=Son",
		"민준=Minjun|서연=Seoyeon|도윤=Doyoon|서윤=Seoyoon|예준=Yejun|지우=Jiwoo|하준=Hajun|지호=Jiho|하윤=Hayoon|수아=Sua|지민=Jimin|현우=Hyunwoo|은지=Eunji|영호=Youngho|미영=Miyoung|성민=Sungmin|유진=Yujin|준서=Junseo|채원=Chaewon|태현=Taehyun|동현=Donghyun|수빈=Subin|예린=Yerin|승우=Seungwoo",
		"", true)),
		phones("010-####-####|+82 10-####-####|02-###-####|010 #### ####|+82 2 #### ####|010.####.####|031-###-####|+82-10-####-####"),
		addresses("{si} {gu} {ro} {M##}|{si} {gu} {ro} {M##}, {M##}동 {M###}호|{si} {gu} {dong} {M##}-{M#}|{si} {gu} {ro}{M}길 {M#}, {apt} {M##}동 {M###}호",
			map[string]string{"si": "서울특별시|부산광역시|인천광역시|대구광역시|경기도 성남시|대전광역시|광주광역시", "gu": "강남구|해운대구|서초구|마포구|분당구|송파구|연수구|유성구|수성구|종로구",
				"ro": "테헤란로|해운대로|강남대로|세종대로|올림픽로|판교역로|월드컵북로|대학로", "dong": "역삼동|우동|서초동|합정동|정자동|잠실동", "apt": "래미안아파트|푸르지오|힐스테이트|자이아파트"}),
		"naver.com|daum.net|hanmail.net|kakao.com|gmail.com|example.co.kr")

	add("SG", nr(latin("Jia Hui|Wei Ming|Xin Yi|Zhi Hao|Hui Min|Kai Wen|Li Ting|Jun Jie|Shu Fen|Yong Sheng|Mei Ling|Boon Kiat|Siew Ling|Jasmine|Ryan|Nurul Aisyah|Muhammad Hafiz|Priya|Arjun|Darren|Sharon|Kelvin|Germaine|Desmond",
		"Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Ang|Yeo|Tay|Ho|Low|Toh|Sim|Chong|Chia|Seah|Foo|Leong|Quek|Rahman|Abdullah|Ramasamy|Pillai|Krishnan",
		func(f *gofakeit.Faker, g, fm []string) string {
			if f.IntN(3) == 0 {
				return pick(f, g) + " " + pick(f, fm)
			}
			return pick(f, fm) + " " + pick(f, g)
		})),
		phones("(65) 9### ####|+65 9### ####|9### ####|6### ####|+65 6###-####|+65 8#######|8### ####|+65 9###-####"),
		addresses("Blk {M##} {estate} {stype} {M#} #{M#}-{M##}|{M#} {road} #{M#}-{M#}, Singapore {M#####}|Blk {M##} {estate} Ave {M} #{0M}-{M#}, Singapore {M#####}|{M##} {road}, Singapore {M#####}",
			map[string]string{"estate": "Jurong West|Ang Mo Kio|Tampines|Bedok North|Woodlands|Yishun|Hougang|Toa Payoh|Clementi|Pasir Ris|Sengkang|Bukit Batok",
				"stype": "St|Street|Ave|Drive|Rd", "road": "Anson Road|Orchard Road|Robinson Road|Shenton Way|Cecil Street|Bukit Timah Road|Upper Thomson Road|Serangoon Road|Tanjong Pagar Road"}),
		"gmail.com|singnet.com.sg|yahoo.com.sg|hotmail.com|example.com.sg|starhub.net.sg")

	add("MY", nr(latin("Muhammad Amirul|Nurul Izzah|Siti Aminah|Ahmad Faizal|Nur Aisyah|Mohd Hafiz|Farah Nadia|Azlan|Zulkifli|Haslinda|Chong Wei|Mei Ling|Kavitha|Rajesh|Suresh|Wei Jie|Hui Ying|Syafiq|Amirah|Hakim",
		"Abdullah|Ahmad|Hassan|Ismail|Ibrahim|Rahman|Yusof|Othman|Hamid|Razak|Tan|Lee|Wong|Lim|Subramaniam|Krishnan|Muthu|Ramasamy|Chandran|Omar",
		func(f *gofakeit.Faker, g, fm []string) string {
			switch f.IntN(4) {
			case 0:
				return pick(f, g) + " bin " + pick(f, fm)
			case 1:
				return pick(f, g) + " binti " + pick(f, fm)
			case 2:
				return pick(f, g) + " " + pick(f, list("a/l|a/p")) + " " + pick(f, fm)
			default:
				return pick(f, fm) + " " + pick(f, g)
			}
		})),
		phones("01M-### ####|+60 1M-### ####|011-#### ####|03-#### ####|+60 3-#### ####|(03) #### ####|+6012-#######|012 ### ####"),
		addresses("No. {M#}, Jalan {jalan}, {M####}0 {city}, {state}|Lot {M}, Jalan {jalan}, {M####}0 {city}|{M#}-{M}, Lorong {jalan} {M}, Taman {taman}, {M####}0 {city}|Unit {M#}-{M#}, Menara {taman}, Jalan {jalan}",
			map[string]string{"jalan": "SS 2/24|Ampang|Bukit Bintang|Tun Razak|Sultan Ismail|Pudu|Gasing|Klang Lama|Kuching|Tebrau|Masjid India",
				"city": "Petaling Jaya|Kuala Lumpur|Shah Alam|Johor Bahru|George Town|Ipoh|Subang Jaya|Kota Kinabalu", "state": "Selangor|Johor|Pulau Pinang|Perak|Sabah|Wilayah Persekutuan",
				"taman": "Desa|Melati|Sri Hartamas|Bangsar|Connaught|Mutiara|Seri Kembangan"}),
		"gmail.com|yahoo.com.my|hotmail.my|streamyx.com|example.com.my")

	add("TH", nr(cjk("ใจดี=Jaidee|รักไทย=Rakthai|ศรีสุข=Srisuk|วงศ์สวัสดิ์=Wongsawat|แสงทอง=Saengthong|บุญมา=Boonma|ทองดี=Thongdee|สุขสวัสดิ์=Suksawat|เพชรรัตน์=Phetcharat|กิตติพันธ์=Kittiphan|จันทร์เพ็ญ=Chanphen|ศรีวงศ์=Sriwong|พงษ์ไพบูลย์=Phongphaibun|สุวรรณ=Suwan|มั่นคง=Mankong|ชัยชนะ=Chaichana",
		"สมชาย=Somchai|สมศักดิ์=Somsak|สมศรี=Somsri|วิชัย=Wichai|ประเสริฐ=Prasert|สุนทร=Sunthorn|อนุชา=Anucha|กิตติ=Kitti|ณัฐพล=Nattaphon|ธนากร=Thanakorn|พิมพ์ชนก=Phimchanok|ศิริพร=Siriporn|สุดารัตน์=Sudarat|กัญญา=Kanya|อรุณี=Arunee|มาลี=Malee|นภา=Napha|ปิยะ=Piya|วรวุฒิ=Worawut|ชัยวัฒน์=Chaiwat",
		" ", true)),
		phones("08M ### ####|08M-###-####|+66 8M ### ####|02 ### ####|+66 2 ### ####|09M-###-####|06M ### ####|+668M#######"),
		addresses("{M#}/{M#} หมู่ {M#} ถนน{road}|{M#}/{M} ซอย{soi} {M#} แขวง{khwaeng} เขต{khet} กรุงเทพฯ {M####}|{M##} หมู่บ้าน{vill} ตำบล{tambon} อำเภอ{amphoe} จังหวัด{prov} {M####}|{M##} {romroad} Road, {romdist}, Bangkok {M####}",
			map[string]string{"road": "สีลม|สุขุมวิท|พหลโยธิน|รัชดาภิเษก|เพชรบุรี|ลาดพร้าว|พระราม 4|เจริญกรุง|นิมมานเหมินท์", "soi": "สุขุมวิท|ทองหล่อ|อารีย์|เอกมัย|ลาดพร้าว",
				"khwaeng": "คลองเตยเหนือ|สีลม|ลุมพินี|จอมพล|บางรัก", "khet": "วัฒนา|บางรัก|ปทุมวัน|จตุจักร|สาทร", "vill": "ศุภาลัย|พฤกษา|เดอะซิตี้|ชัยพฤกษ์",
				"tambon": "สุเทพ|ช้างเผือก|หนองป่าครั่ง|บ้านใหม่", "amphoe": "เมืองเชียงใหม่|หาดใหญ่|บางพลี|ปากเกร็ด", "prov": "เชียงใหม่|สงขลา|สมุทรปราการ|นนทบุรี|ขอนแก่น",
				"romroad": "Sukhumvit|Silom|Ratchadaphisek|Phahonyothin|Sathorn", "romdist": "Khlong Toei|Bang Rak|Pathum Wan|Chatuchak|Watthana"}),
		"gmail.com|hotmail.co.th|yahoo.co.th|truemail.co.th|example.co.th")

	add("ID", nr(latin("Budi|Siti|Dewi|Agus|Rina|Putri|Eko|Wahyu|Indah|Andi|Sri|Made|Ketut|Ayu|Rizky|Fajar|Dian|Yusuf|Fitri|Hendra|Bambang|Joko|Slamet|Adi|Rahmat|Nurul|Kartika|Gilang",
		"Santoso|Lestari|Wijaya|Prasetyo|Hidayat|Saputra|Wahyuni|Kusuma|Setiawan|Nugroho|Hartono|Gunawan|Susanto|Pratama|Siregar|Nasution|Simanjuntak|Hutapea|Sihombing|Tanjung|Halim|Kurniawan|Permana|Firmansyah|Permata Sari|Nurhaliza",
		simpleFormat)),
		phones("(+62) 81# #### ###|081#-####-####|+62 81# #### ####|081# #### ###|(021) #### ####|+62 21 #### ####|+6281#########|0857-####-####"),
		addresses("Jl. {jalan} No. {M##}, RT {00M}/RW {00M}|Jalan {jalan} Kav. {M#}, {city} {M####}|Perumahan {perum} Blok {A}{M} No. {M#}, {city}|Jl. {jalan} Gg. {gang} No. {M#}, Kel. {kel}, Kec. {kec}|Komplek {perum} Blok {A}/{M#}",
			map[string]string{"jalan": "Sudirman|Gatot Subroto|MH Thamrin|Diponegoro|Gajah Mada|Ahmad Yani|Pemuda|Merdeka|Malioboro|Asia Afrika|Pahlawan",
				"city": "Jakarta Selatan|Jakarta Pusat|Bandung|Surabaya|Yogyakarta|Semarang|Medan|Denpasar|Makassar|Bekasi|Tangerang", "perum": "Griya Asri|Bumi Serpong Damai|Taman Kencana|Citra Indah|Pondok Indah",
				"gang": "Mawar|Melati|Kenanga|Anggrek", "kel": "Menteng|Kebayoran Baru|Cilandak|Tebet|Gambir", "kec": "Setiabudi|Tanah Abang|Pancoran|Senen"}),
		"gmail.com|yahoo.co.id|telkom.net|perusahaan.co.id|example.co.id|mail.ugm.ac.id")

	add("PH", nr(latin("Maria Cristina|Juan Miguel|Mark Angelo|Kristine|Jericho|Princess|Rhea Mae|Jayson|Mary Grace|Angelica|Ronaldo|Joy|Carlo|Bea|Paolo|Andrea|Jose Antonio|Rowena|Marites|Ferdinand|Lorna|Emmanuel|Aileen|Rodel",
		"Santos|Reyes|Cruz|Bautista|Ocampo|Garcia|Mendoza|Torres|Tomas|Andrada|Castillo|Flores|Villanueva|Ramos|Castro|Rivera|Aquino|Navarro|Salazar|Mercado|Dela Cruz|De Leon|Dimaculangan|Macaraeg|Pangilinan|Manalo|Soriano|Lacson",
		phFormat)),
		phones("091# ### ####|+63 91# ### ####|(02) 8### ####|+63 2 8### ####|0917#######|+639## ### ####|0998-###-####"),
		addresses("Unit {M##}, {M#} {road}, {city}|Blk {M} Lot {M#}, {street} St., Brgy. {brgy}, {city}|{M##} {street} Street, {brgy}, {city} {M###}|Lot {M#} Phase {M}, {subd} Subdivision, {city}",
			map[string]string{"road": "Ayala Avenue|EDSA|Ortigas Avenue|Katipunan Avenue|Roxas Boulevard|Shaw Boulevard|Commonwealth Avenue",
				"street": "Mabini|Rizal|Bonifacio|Luna|Del Pilar|Aguinaldo|Burgos|Quezon", "brgy": "San Isidro|Poblacion|San Antonio|Bagong Silang|Santo Niño|Malate|Kapitolyo",
				"city": "Makati City|Quezon City|Pasig City|Taguig|Cebu City|Davao City|Mandaluyong|Parañaque", "subd": "Greenwoods|BF Homes|Camella|Vista Verde"}),
		"gmail.com|yahoo.com.ph|globe.com.ph|example.com.ph|outlook.ph")

	add("VN", nr(latin("Văn An|Thị Bình|Minh Cường|Văn Dũng|Thị Hà|Quốc Hải|Thị Hạnh|Đức Hiếu|Thị Hòa|Văn Hùng|Thị Hương|Minh Khánh|Thị Lan|Thùy Linh|Hoàng Long|Thị Mai|Hoài Nam|Thanh Phong|Hữu Phúc|Minh Quân|Ngọc Quang|Văn Sơn|Thanh Tâm|Phương Thảo|Thu Trang|Quốc Trung|Anh Tuấn|Tường Vy|Hải Yến|Thị Ngọc Ánh|Xuân Trường",
		"Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Trương|Đinh|Lâm|Mai",
		func(f *gofakeit.Faker, g, fm []string) string {
			n := pick(f, fm) + " " + pick(f, g)
			if f.IntN(4) == 0 {
				return asciiFold.Replace(n) // romanised without diacritics
			}
			return n
		})),
		phones("09## ### ###|+84 9## ### ###|09# ### ####|(028) #### ####|+84 28 #### ####|03## ### ###|+84 3########"),
		addresses("{M##} {duong}, Phường {phuong}, Quận {M}|{M#} {duong}, Quận {M}, TP. Hồ Chí Minh|Số {M#} ngõ {M#} phố {pho}, {quan}, Hà Nội|{M##}/{M#} {duong}, Phường {M#}, Quận {quanhcm}, TP.HCM|Tầng {M#}, Tòa nhà {bldg}, {M#} {duong}",
			map[string]string{"duong": "Điện Biên Phủ|Nguyễn Huệ|Lê Lợi|Hai Bà Trưng|Trần Hưng Đạo|Nguyễn Thị Minh Khai|Cách Mạng Tháng Tám|Võ Văn Tần|Pasteur|Lý Tự Trọng",
				"phuong": "Bến Thành|Bến Nghé|Đa Kao|Tân Định|Võ Thị Sáu|Thảo Điền", "pho": "Huế|Hàng Bài|Bà Triệu|Láng Hạ|Kim Mã|Tràng Tiền", "quan": "Hai Bà Trưng|Hoàn Kiếm|Đống Đa|Ba Đình|Cầu Giấy",
				"quanhcm": "Bình Thạnh|Phú Nhuận|Tân Bình|Gò Vấp|Thủ Đức", "bldg": "Bitexco|Vincom|Saigon Centre|Landmark"}),
		"gmail.com|yahoo.com.vn|vnn.vn|fpt.vn|example.com.vn")

	add("AU", nr(english()), phones("04## ### ###|+61 4## ### ###|(02) #### ####|+61 2 #### ####|04 #### ####|(03) 9### ####|+61 (0)4## ### ###"),
		func(f *gofakeit.Faker) string {
			city := pick(f, list("Brisbane QLD 4000|Sydney NSW 2000|Melbourne VIC 3000|Perth WA 6000|Adelaide SA 5000|Hobart TAS 7000|Canberra ACT 2601|Darwin NT 0800|Newcastle NSW 2300|Geelong VIC 3220"))
			street := pick(f, list("Queen|George|Collins|King|Elizabeth|Flinders|Murray|Hay|Bourke|Swanston|Ann|Adelaide|Pitt|Oxford")) + " " + pick(f, list("Street|St|Road|Rd|Parade|Terrace|Avenue|Lane"))
			switch f.IntN(3) {
			case 0:
				return "Unit " + pattern(f, "M") + ", " + pattern(f, "M#") + " " + street + ", " + city
			case 1:
				return pattern(f, "M#") + " " + street + ", " + city
			default:
				return pattern(f, "M##") + "/" + pattern(f, "M#") + " " + street + " " + f.City()
			}
		}, "gmail.com|bigpond.com|optusnet.com.au|example.com.au|icloud.com|outlook.com.au")
	return ls
}
