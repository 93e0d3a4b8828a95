package thirdeval

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// Locale tables, written for this corpus. Every person, phone and street is
// assembled at random from these parts: no real person's data is used.

type locale struct {
	code        string
	langs       []string // message languages; the first is the local one
	first, last []string // names in local script
	rfirst      []string // romanised names (nil: local script is Latin)
	rlast       []string
	familyFirst bool // local order is family name first
	domains     []string
	iban        string   // IBAN country ("" = none)
	cards       []string // issuers common here
	phone       func(r *rand.Rand) string
	addr        func(r *rand.Rand, roman bool) address
	cities      []string
	amount      func(r *rand.Rand) string
	postcode    func(r *rand.Rand) string
}

// address: line1 is the street line; needles come from the street's proper
// name (and building name), never from city, district or postcode.
type address struct {
	full                string
	line1, line2        string
	city, postal        string
	streetNames, coarse []string
}

func L(s string) []string { return strings.Split(s, "|") }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func dig(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

func nz(r *rand.Rand, n int) string { // n digits, first not 0
	return strconv.Itoa(1+r.IntN(9)) + dig(r, n-1)
}

func num(r *rand.Rand, lo, hi int) string { return strconv.Itoa(lo + r.IntN(hi-lo+1)) }

// grp splits digits into groups of the given sizes (the last takes the rest).
func grp(d string, sep string, sizes ...int) string {
	var parts []string
	for i, n := range sizes {
		if i == len(sizes)-1 || n >= len(d) {
			parts = append(parts, d)
			d = ""
			break
		}
		parts = append(parts, d[:n])
		d = d[n:]
	}
	if d != "" {
		parts = append(parts, d)
	}
	return strings.Join(parts, sep)
}

func fullwidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r - '0' + '０')
		case r == '-':
			b.WriteRune('－')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func nanp(r *rand.Rand, areas []string, ext []string) string {
	a := pick(r, areas)
	ex := strconv.Itoa(2+r.IntN(8)) + dig(r, 2)
	ln := dig(r, 4)
	switch r.IntN(11) {
	case 0:
		return "(" + a + ") " + ex + "-" + ln
	case 1:
		return a + "-" + ex + "-" + ln
	case 2:
		return a + "." + ex + "." + ln
	case 3:
		return "+1 " + a + " " + ex + " " + ln
	case 4:
		return "1-" + a + "-" + ex + "-" + ln
	case 5:
		return "+1 (" + a + ") " + ex + "-" + ln
	case 6:
		return "+1" + a + ex + ln
	case 7:
		return "1" + a + ex + ln
	case 8:
		return a + "-" + ex + "-" + ln + " " + pick(r, ext) + " " + num(r, 10, 999)
	case 9:
		return a + ex + ln
	default:
		return "+1-" + a + "-" + ex + "-" + ln
	}
}

// intl formats a national significant number in the international styles
// every country shares; f picks the style.
func intl(r *rand.Rand, cc, nsn string, groups ...int) string {
	g := func(sep string) string { return grp(nsn, sep, groups...) }
	switch r.IntN(8) {
	case 0:
		return "+" + cc + " " + g(" ")
	case 1:
		return "+" + cc + "-" + g("-")
	case 2:
		return "+" + cc + nsn
	case 3:
		return "00" + cc + " " + g(" ")
	case 4:
		return "(+" + cc + ") " + g(" ")
	case 5:
		return cc + nsn
	case 6:
		return "+" + cc + " " + nsn
	default:
		return cc + " " + g(" ")
	}
}

var locales = []*locale{
	{
		code: "tr", langs: L("tr|en"),
		first:   L("Ayşe|Fatma|Emine|Zeynep|Elif|Büşra|Merve|Özlem|Mehmet|Mustafa|Ahmet|Hüseyin|Emre|Burak|Çağrı|Oğuz|Gökhan|İbrahim|Şule|Ülkü|Tuğba|Kübra|Serkan|Volkan"),
		last:    L("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Erdoğan|Polat|Güneş|Bozkurt"),
		domains: L("gmail.com|hotmail.com|yandex.com.tr|outlook.com.tr|superonline.com|ttmail.com"),
		iban:    "TR", cards: L("visa|mastercard|troy|troy|amex"),
		phone: func(r *rand.Rand) string {
			nsn := "5" + pick(r, L("30|32|33|35|05|07|42|44|52|55|38|41")) + dig(r, 7)
			switch r.IntN(10) {
			case 0, 1:
				return intl(r, "90", nsn, 3, 3, 2, 2)
			case 2:
				return "0" + grp(nsn, " ", 3, 3, 2, 2)
			case 3:
				return "0 (" + nsn[:3] + ") " + grp(nsn[3:], " ", 3, 2, 2)
			case 4:
				return "(0" + nsn[:3] + ") " + nsn[3:6] + " " + nsn[6:]
			case 5:
				return "0" + grp(nsn, "-", 3, 3, 2, 2)
			case 6:
				return "+90 (" + nsn[:3] + ") " + grp(nsn[3:], "-", 3, 2, 2)
			case 7:
				return "0" + nsn
			case 8:
				return "+90 212 " + grp(dig(r, 7), " ", 3, 2, 2) + " dahili " + num(r, 100, 999)
			default:
				return "0" + nsn[:3] + " " + nsn[3:6] + " " + nsn[6:]
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, L("Atatürk|Cumhuriyet|İstiklal|Bağdat|Barbaros|Fevzi Çakmak|Gazi Osman Paşa|Necatibey|Halaskargazi|Mithatpaşa|Kazım Karabekir|Menekşe|Lale|Papatya|Çınar|Akasya|Güvercin|Şehit Mehmet Çavuş"))
			typ := pick(r, L("Cad.|Caddesi|Sok.|Sokak|Bulvarı|Blv.|Sk."))
			mah := pick(r, L("Moda|Caferağa|Kızılay|Bahçelievler|Fenerbahçe|Göztepe|Esentepe|Alsancak|Kültür|Yenişehir")) + " " + pick(r, L("Mah.|Mahallesi|Mh."))
			c := pick(r, [][2]string{{"Kadıköy", "İstanbul"}, {"Beşiktaş", "İstanbul"}, {"Çankaya", "Ankara"}, {"Karşıyaka", "İzmir"}, {"Nilüfer", "Bursa"}, {"Muratpaşa", "Antalya"}, {"Tepebaşı", "Eskişehir"}})
			pc := nz(r, 2) + dig(r, 3)
			no := num(r, 1, 240)
			var line string
			switch r.IntN(3) {
			case 0:
				line = st + " " + typ + " No: " + no + " D: " + num(r, 1, 30)
			case 1:
				line = mah + " " + st + " " + typ + " No:" + no + "/" + num(r, 1, 30)
			default:
				line = st + " " + typ + " No." + no + " Daire " + num(r, 1, 30)
			}
			full := line + ", " + pc + " " + c[0] + "/" + c[1]
			if r.IntN(3) == 0 && !strings.Contains(line, mah) {
				full = mah + ", " + full
			}
			return address{full: full, line1: line, city: c[1], postal: pc, streetNames: []string{st}, coarse: []string{mah, c[0], c[1]}}
		},
		cities: L("İstanbul|Ankara|İzmir|Bursa|Antalya|Eskişehir|Gaziantep|Trabzon|Kayseri|Diyarbakır"),
		amount: func(r *rand.Rand) string {
			v := money(r, 20, 25000, ".", ",")
			return pick(r, []string{"₺" + v, v + " TL", v + " ₺", "TRY " + v})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 2) + dig(r, 3) },
	},
	{
		code: "pl", langs: L("pl|en"),
		first:   L("Agnieszka|Małgorzata|Katarzyna|Joanna|Zofia|Grażyna|Ewelina|Łucja|Krzysztof|Paweł|Michał|Grzegorz|Tomasz|Wojciech|Jakub|Przemysław|Bartłomiej|Zbigniew|Jadwiga|Mieczysław"),
		last:    L("Nowak|Kowalski|Wiśniewska|Wójcik|Kowalczyk|Kamińska|Lewandowski|Zieliński|Szymańska|Woźniak|Dąbrowski|Kozłowska|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowska|Grabowski|Pawłowska|Michalski|Wróbel|Jabłońska"),
		domains: L("wp.pl|onet.pl|interia.pl|o2.pl|gmail.com|poczta.fm"),
		iban:    "PL", cards: L("visa|mastercard|maestro|mastercard"),
		phone: func(r *rand.Rand) string {
			nsn := pick(r, L("50|51|53|57|60|66|69|72|73|78|79|88")) + dig(r, 7)
			switch r.IntN(9) {
			case 0, 1, 2:
				return intl(r, "48", nsn, 3, 3, 3)
			case 3:
				return grp(nsn, " ", 3, 3, 3)
			case 4:
				return grp(nsn, "-", 3, 3, 3)
			case 5:
				return nsn
			case 6:
				return "+48 22 " + grp(dig(r, 7), " ", 3, 2, 2)
			case 7:
				return "22 " + grp(dig(r, 7), " ", 3, 2, 2) + " wewn. " + num(r, 10, 99)
			default:
				return "+48 " + grp(nsn, "-", 3, 3, 3)
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, L("Marszałkowska|Kościuszki|Mickiewicza|Piłsudskiego|Słowackiego|Żeromskiego|Długa|Floriańska|Grunwaldzka|Świętokrzyska|Wrocławska|Ogrodowa|Leśna|Polna|Kwiatowa|Sienkiewicza|Jagiellońska"))
			pre := pick(r, L("ul.|ul.|ulica|al.|os.|pl."))
			c := pick(r, L("Warszawa|Kraków|Gdańsk|Wrocław|Poznań|Łódź|Lublin|Szczecin|Katowice"))
			pc := dig(r, 2) + "-" + dig(r, 3)
			var line string
			switch r.IntN(3) {
			case 0:
				line = pre + " " + st + " " + num(r, 1, 180) + "/" + num(r, 1, 90)
			case 1:
				line = pre + " " + st + " " + num(r, 1, 180) + " m. " + num(r, 1, 90)
			default:
				line = pre + " " + st + " " + num(r, 1, 180) + string(rune('A'+r.IntN(4)))
			}
			return address{full: line + ", " + pc + " " + c, line1: line, city: c, postal: pc, streetNames: []string{st}, coarse: []string{c}}
		},
		cities: L("Warszawa|Kraków|Gdańsk|Wrocław|Poznań|Łódź|Lublin|Szczecin|Bydgoszcz|Rzeszów"),
		amount: func(r *rand.Rand) string {
			v := money(r, 5, 9000, " ", ",")
			return pick(r, []string{v + " zł", v + " PLN", "PLN " + v})
		},
		postcode: func(r *rand.Rand) string { return dig(r, 2) + "-" + dig(r, 3) },
	},
	{
		code: "cz", langs: L("cs|en"),
		first:   L("Jana|Eva|Hana|Lucie|Kateřina|Tereza|Markéta|Zdeňka|Jiří|Petr|Tomáš|Lukáš|Ondřej|Vojtěch|Přemysl|Radek|Miroslav|Božena|Jaroslav"),
		last:    L("Novák|Svobodová|Novotný|Dvořák|Černá|Procházka|Kučerová|Veselý|Horáková|Němec|Marek|Pospíšilová|Hájek|Jelínek|Růžička|Beneš|Fiala|Sedláček|Doležal|Zeman|Krejčí"),
		domains: L("seznam.cz|email.cz|centrum.cz|gmail.com|post.cz|volny.cz"),
		iban:    "CZ", cards: L("visa|mastercard|maestro"),
		phone: func(r *rand.Rand) string {
			nsn := pick(r, L("601|602|603|604|605|606|607|608|702|723|731|739|777|775|728")) + dig(r, 6)
			switch r.IntN(6) {
			case 0, 1, 2:
				return intl(r, "420", nsn, 3, 3, 3)
			case 3:
				return grp(nsn, " ", 3, 3, 3)
			case 4:
				return nsn
			default:
				return "+420 " + grp(nsn, "-", 3, 3, 3)
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, L("Vinohradská|Národní|Karlova|Masarykova|Husova|Palackého|Komenského|Nádražní|Smetanova|Dlouhá|Jungmannova|Revoluční|Lidická|Křižíkova|Korunní|Bělehradská"))
			c := pick(r, L("Praha 2|Brno|Ostrava|Plzeň|Olomouc|Liberec|České Budějovice|Praha 8"))
			pc := nz(r, 3) + " " + dig(r, 2)
			line := st + " " + num(r, 100, 2400) + "/" + num(r, 1, 120)
			if r.IntN(3) == 0 {
				line = "nám. " + st + " " + num(r, 1, 60)
			}
			return address{full: line + ", " + pc + " " + c, line1: line, city: c, postal: pc, streetNames: []string{st}, coarse: []string{c}}
		},
		cities: L("Praha|Brno|Ostrava|Plzeň|Olomouc|Liberec|Hradec Králové|Pardubice"),
		amount: func(r *rand.Rand) string {
			v := money(r, 50, 60000, " ", ",")
			return pick(r, []string{v + " Kč", "CZK " + v, "Kč " + v})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 3) + " " + dig(r, 2) },
	},
	{
		code: "se", langs: L("sv|en"),
		first:   L("Astrid|Ingrid|Saga|Linnea|Maja|Elsa|Märta|Åsa|Björn|Lars|Nils|Gustav|Oskar|Erik|Sven|Anders|Håkan|Ebba|Signe|Tove"),
		last:    L("Johansson|Andersson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Jonsson|Lindqvist|Lindström|Bergström|Åberg|Sjöberg|Ekström|Holmgren|Lundgren"),
		domains: L("telia.com|gmail.com|hotmail.se|bredband.net|live.se"),
		iban:    "SE", cards: L("visa|mastercard|amex"),
		phone: func(r *rand.Rand) string {
			nsn := "7" + pick(r, L("0|2|3|6|9")) + dig(r, 7)
			switch r.IntN(8) {
			case 0, 1:
				return intl(r, "46", nsn, 2, 3, 2, 2)
			case 2:
				return "0" + nsn[:2] + "-" + nsn[2:5] + " " + nsn[5:7] + " " + nsn[7:]
			case 3:
				return "0" + grp(nsn, " ", 2, 3, 2, 2)
			case 4:
				return "0" + nsn
			case 5:
				return "+46 (0)" + grp(nsn, " ", 2, 3, 2, 2)
			case 6:
				return "08-" + grp(dig(r, 8), " ", 3, 3, 2)
			default:
				return "0" + nsn[:2] + "-" + nsn[2:]
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, L("Drottninggatan|Kungsgatan|Storgatan|Sveavägen|Götgatan|Hornsgatan|Vasagatan|Linnégatan|Kyrkogatan|Strandvägen|Björkvägen|Ringvägen|Skolgatan|Odengatan|Karlavägen"))
			c := pick(r, L("Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Umeå"))
			pc := nz(r, 3) + " " + dig(r, 2)
			line := st + " " + num(r, 1, 120) + pick(r, L("|A|B|"))
			l2 := ""
			if r.IntN(2) == 0 {
				l2 = "lgh " + num(r, 1001, 1604)
			}
			full := line
			if l2 != "" {
				full += ", " + l2
			}
			return address{full: full + ", " + pc + " " + c, line1: line, line2: l2, city: c, postal: pc, streetNames: []string{st}, coarse: []string{c}}
		},
		cities: L("Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Umeå|Kiruna"),
		amount: func(r *rand.Rand) string {
			v := money(r, 20, 40000, " ", ",")
			return pick(r, []string{v + " kr", "SEK " + v, v + " SEK"})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 3) + " " + dig(r, 2) },
	},
	{
		code: "ru", langs: L("ru|ru|en"),
		first:   L("Анна|Мария|Екатерина|Ольга|Татьяна|Наталья|Юлия|Светлана|Дмитрий|Алексей|Сергей|Андрей|Михаил|Иван|Николай|Владимир|Артём|Ксения|Елизавета|Григорий"),
		last:    L("Иванова|Смирнова|Кузнецов|Попова|Васильев|Петрова|Соколов|Михайлова|Новиков|Фёдорова|Морозов|Волкова|Алексеев|Лебедева|Семёнов|Егорова|Павлов|Козлова|Степанов|Николаева"),
		rfirst:  L("Anna|Mariya|Ekaterina|Olga|Tatyana|Natalya|Yulia|Svetlana|Dmitry|Alexey|Sergey|Andrey|Mikhail|Ivan|Nikolay|Vladimir|Artyom|Ksenia"),
		rlast:   L("Ivanova|Smirnova|Kuznetsov|Popova|Vasiliev|Petrova|Sokolov|Mikhailova|Novikov|Fedorova|Morozov|Volkova|Alekseev|Lebedeva|Semenov|Egorova|Pavlov|Kozlova"),
		domains: L("mail.ru|yandex.ru|bk.ru|list.ru|rambler.ru|inbox.ru|ya.ru"),
		iban:    "", cards: L("mir|mir|visa|mastercard"),
		phone: func(r *rand.Rand) string {
			nsn := "9" + dig(r, 9)
			switch r.IntN(10) {
			case 0:
				return "+7 (" + nsn[:3] + ") " + nsn[3:6] + "-" + nsn[6:8] + "-" + nsn[8:]
			case 1:
				return "8 (" + nsn[:3] + ") " + nsn[3:6] + "-" + nsn[6:8] + "-" + nsn[8:]
			case 2:
				return "+7 " + grp(nsn, " ", 3, 3, 2, 2)
			case 3:
				return "8" + nsn
			case 4:
				return "+7" + nsn
			case 5:
				return "8-" + grp(nsn, "-", 3, 3, 2, 2)
			case 6:
				return "7" + nsn
			case 7:
				return "+7(" + nsn[:3] + ")" + nsn[3:]
			case 8:
				return "+7 (495) " + dig(r, 3) + "-" + dig(r, 2) + "-" + dig(r, 2) + " доб. " + num(r, 100, 999)
			default:
				return "8 " + grp(nsn, " ", 3, 3, 2, 2)
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			if roman {
				st := pick(r, L("Tverskaya|Lenina|Pushkina|Gagarina|Sadovaya|Sovetskaya|Kirova|Lermontova|Chekhova|Nevsky"))
				c := pick(r, L("Moscow|Saint Petersburg|Novosibirsk|Yekaterinburg|Kazan|Samara"))
				pc := "1" + dig(r, 5)
				line := "ul. " + st + ", d. " + num(r, 1, 150) + ", kv. " + num(r, 1, 300)
				return address{full: line + ", " + c + ", " + pc, line1: line, city: c, postal: pc, streetNames: []string{st}, coarse: []string{c}}
			}
			st := pick(r, L("Тверская|Ленина|Пушкина|Гагарина|Садовая|Советская|Кирова|Лермонтова|Чехова|Профсоюзная|Новослободская|Комсомольская"))
			typ := pick(r, L("ул.|улица|пр-т|проспект|пер.|бульвар"))
			c := pick(r, L("Москва|Санкт-Петербург|Новосибирск|Екатеринбург|Казань|Нижний Новгород|Самара"))
			pc := "1" + dig(r, 5)
			line := typ + " " + st + ", д. " + num(r, 1, 150)
			if r.IntN(2) == 0 {
				line += " корп. " + num(r, 1, 5)
			}
			line += ", кв. " + num(r, 1, 300)
			full := "г. " + c + ", " + line + ", " + pc
			if r.IntN(2) == 0 {
				full = pc + ", " + c + ", " + line
			}
			return address{full: full, line1: line, city: c, postal: pc, streetNames: []string{st}, coarse: []string{c}}
		},
		cities: L("Москва|Санкт-Петербург|Новосибирск|Екатеринбург|Казань|Владивосток|Moscow|Kazan"),
		amount: func(r *rand.Rand) string {
			v := money(r, 50, 90000, " ", ",")
			return pick(r, []string{v + " ₽", v + " руб.", "RUB " + v})
		},
		postcode: func(r *rand.Rand) string { return "1" + dig(r, 5) },
	},
	{
		code: "ae", langs: L("ar|en|en"),
		first:   L("محمد|أحمد|خالد|سعيد|راشد|حمدان|مريم|فاطمة|عائشة|شيخة|نورة|سلامة|عبدالله|سلطان"),
		last:    L("المنصوري|الكعبي|الشامسي|المزروعي|الظاهري|النعيمي|الهاشمي|السويدي|الفلاسي|المهيري|البلوشي|الكتبي"),
		rfirst:  L("Mohammed|Ahmed|Khalid|Saeed|Rashid|Hamdan|Maryam|Fatima|Aisha|Shaikha|Noura|Salama|Abdulla|Sultan|Priya|Joseph"),
		rlast:   L("Al Mansoori|Al Kaabi|Al Shamsi|Al Mazrouei|Al Dhaheri|Al Nuaimi|Al Hashemi|Al Suwaidi|Al Falasi|Al Muhairi|Al Balushi|Al Ketbi|Fernandes|Thomas"),
		domains: L("gmail.com|hotmail.com|emirates.net.ae|outlook.com|eim.ae"),
		iban:    "AE", cards: L("visa|mastercard|amex"),
		phone: func(r *rand.Rand) string {
			nsn := "5" + pick(r, L("0|2|4|5|6|8")) + dig(r, 7)
			switch r.IntN(6) {
			case 0, 1, 2:
				return intl(r, "971", nsn, 2, 3, 4)
			case 3:
				return "0" + grp(nsn, " ", 2, 3, 4)
			case 4:
				return "0" + nsn
			default:
				return "+971 4 " + grp(dig(r, 7), " ", 3, 4)
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			if !roman {
				st := pick(r, [][2]string{{"شارع الشيخ زايد", "زايد"}, {"شارع الوصل", "الوصل"}, {"شارع جميرا", "جميرا"}, {"شارع الخليج", "الخليج"}, {"شارع حمدان", "حمدان"}, {"شارع الاتحاد", "الاتحاد"}, {"كورنيش البحيرة", "البحيرة"}})
				c := pick(r, L("دبي|أبوظبي|الشارقة|عجمان"))
				line := st[0] + "، فيلا " + num(r, 1, 90) + "، " + pick(r, L("البرشاء|القصيص|الكرامة|المرور"))
				return address{full: line + "، " + c, line1: line, city: c, streetNames: []string{st[1]}, coarse: []string{c}}
			}
			st := pick(r, [][2]string{{"Sheikh Zayed Road", "Zayed"}, {"Al Wasl Road", "Wasl"}, {"Jumeirah Beach Road", "Jumeirah"}, {"Al Khail Road", "Khail"}, {"Hamdan Street", "Hamdan"}, {"Al Maktoum Road", "Maktoum"}, {"Corniche Road", "Corniche"}})
			bld := pick(r, [][2]string{{"Marina Heights Tower", "Heights"}, {"Al Fattan Tower", "Fattan"}, {"Lake Point Tower", "Lake Point"}, {"Emirates Crown", "Crown"}, {"Bay Square Building 4", "Square"}, {"Silicon Gates", "Silicon Gates"}})
			c := pick(r, L("Dubai|Abu Dhabi|Sharjah|Ajman"))
			area := pick(r, L("Dubai Marina|Al Barsha 1|Jumeirah Lake Towers|Business Bay|Al Qusais|Al Nahda"))
			var line string
			if r.IntN(2) == 0 {
				line = "Flat " + num(r, 101, 4510) + ", " + bld[0] + ", " + st[0]
			} else {
				line = "Villa " + num(r, 1, 90) + ", Street " + num(r, 1, 40) + ", " + st[0]
			}
			return address{full: line + ", " + area + ", " + c, line1: line, line2: area, city: c, streetNames: []string{st[1], bld[1]}, coarse: []string{c, area}}
		},
		cities: L("Dubai|Abu Dhabi|Sharjah|Ajman|Al Ain|دبي|أبوظبي"),
		amount: func(r *rand.Rand) string {
			v := money(r, 10, 20000, ",", ".")
			return pick(r, []string{"AED " + v, v + " AED", "د.إ " + v})
		},
		postcode: func(r *rand.Rand) string { return "P.O. Box " + nz(r, 5) },
	},
	{
		code: "sa", langs: L("ar|en"),
		first:   L("عبدالرحمن|فيصل|تركي|نايف|بندر|ريم|لمى|هيفاء|سارة|منيرة|يزيد|مشاري"),
		last:    L("القحطاني|العتيبي|الدوسري|الشهري|الغامدي|الزهراني|المطيري|الحربي|العنزي|السبيعي|الشمري|العسيري"),
		rfirst:  L("Abdulrahman|Faisal|Turki|Nayef|Bandar|Reem|Lama|Haifa|Sara|Munira|Yazeed|Mishari"),
		rlast:   L("Al-Qahtani|Al-Otaibi|Al-Dosari|Al-Shehri|Al-Ghamdi|Al-Zahrani|Al-Mutairi|Al-Harbi|Al-Anazi|Al-Subaie|Al-Shammari|Al-Asiri"),
		domains: L("gmail.com|hotmail.com|outlook.sa|stc.com.sa|yahoo.com"),
		iban:    "SA", cards: L("visa|mastercard|mada"),
		phone: func(r *rand.Rand) string {
			nsn := "5" + pick(r, L("0|3|4|5|6|9")) + dig(r, 7)
			switch r.IntN(6) {
			case 0, 1, 2:
				return intl(r, "966", nsn, 2, 3, 4)
			case 3:
				return "0" + grp(nsn, " ", 2, 3, 4)
			case 4:
				return "0" + nsn
			default:
				return "011 " + grp(dig(r, 7), " ", 3, 4)
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			if !roman {
				st := pick(r, [][2]string{{"طريق الملك فهد", "فهد"}, {"شارع الأمير سلطان", "سلطان"}, {"شارع التحلية", "التحلية"}, {"طريق الملك عبدالعزيز", "عبدالعزيز"}, {"شارع الثلاثين", "الثلاثين"}})
				dist := pick(r, L("حي العليا|حي الملقا|حي النسيم|حي الروضة"))
				c := pick(r, L("الرياض|جدة|الدمام|مكة المكرمة"))
				pc := nz(r, 5)
				line := num(r, 1000, 9999) + " " + st[0]
				return address{full: line + "، " + dist + "، " + c + " " + pc, line1: line, city: c, postal: pc, streetNames: []string{st[1]}, coarse: []string{dist, c}}
			}
			st := pick(r, [][2]string{{"King Fahd Road", "Fahd"}, {"Prince Sultan Street", "Sultan"}, {"Tahlia Street", "Tahlia"}, {"King Abdulaziz Road", "Abdulaziz"}, {"Prince Mohammed bin Abdulaziz Road", "Abdulaziz"}, {"Thalateen Street", "Thalateen"}})
			dist := pick(r, L("Al Olaya Dist.|Al Malqa|An Nasim|Ar Rawdah"))
			c := pick(r, L("Riyadh|Jeddah|Dammam|Khobar"))
			pc := nz(r, 5)
			line := num(r, 1000, 9999) + " " + st[0]
			if r.IntN(2) == 0 {
				line = pick(r, L("RRRD|JEDA|DMMA")) + dig(r, 4) + " - " + line
			}
			return address{full: line + ", " + dist + ", " + c + " " + pc, line1: line, city: c, postal: pc, streetNames: []string{st[1]}, coarse: []string{dist, c}}
		},
		cities: L("Riyadh|Jeddah|Dammam|Khobar|Medina|الرياض|جدة"),
		amount: func(r *rand.Rand) string {
			v := money(r, 10, 20000, ",", ".")
			return pick(r, []string{"SAR " + v, v + " SAR", v + " ر.س"})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 5) },
	},
	{
		code: "in", langs: L("hi|en|en"),
		first:   L("राहुल|प्रिया|अमित|सुनीता|विकास|अंजलि|रोहित|पूजा|संजय|नेहा|अर्जुन|कविता"),
		last:    L("शर्मा|वर्मा|गुप्ता|सिंह|यादव|पटेल|मिश्रा|जोशी|चौहान|अग्रवाल|श्रीवास्तव|तिवारी"),
		rfirst:  L("Rahul|Priya|Amit|Sunita|Vikas|Anjali|Rohit|Pooja|Sanjay|Neha|Arjun|Kavita|Venkatesh|Lakshmi|Karthik|Deepika|Suresh|Meenakshi"),
		rlast:   L("Sharma|Verma|Gupta|Singh|Yadav|Patel|Mishra|Joshi|Chauhan|Agarwal|Srivastava|Tiwari|Reddy|Iyer|Nair|Banerjee|Chatterjee|Menon|Krishnan"),
		domains: L("gmail.com|yahoo.co.in|rediffmail.com|outlook.in|hotmail.com"),
		iban:    "", cards: L("rupay|rupay|visa|mastercard"),
		phone: func(r *rand.Rand) string {
			nsn := pick(r, L("6|7|8|9")) + dig(r, 9)
			switch r.IntN(9) {
			case 0, 1, 2:
				return intl(r, "91", nsn, 5, 5)
			case 3:
				return "0" + grp(nsn, " ", 5, 5)
			case 4:
				return nsn
			case 5:
				return grp(nsn, " ", 5, 5)
			case 6:
				return "+91-" + nsn
			case 7:
				return "022 " + grp(dig(r, 8), " ", 4, 4) + " ext. " + num(r, 100, 999)
			default:
				return "0" + nsn
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			pin := nz(r, 6)
			if !roman {
				rd := pick(r, [][2]string{{"गांधी मार्ग", "गांधी"}, {"नेहरू नगर", "नेहरू"}, {"शास्त्री नगर", "शास्त्री"}, {"सुभाष चौक", "सुभाष"}, {"तिलक रोड", "तिलक"}, {"पटेल कॉलोनी", "पटेल"}})
				c := pick(r, L("जयपुर|लखनऊ|पटना|भोपाल|इंदौर|वाराणसी"))
				line := "मकान नं. " + num(r, 1, 400) + ", " + rd[0]
				return address{full: line + ", " + c + " " + pin, line1: line, city: c, postal: pin, streetNames: []string{rd[1]}, coarse: []string{c}}
			}
			bld := pick(r, [][2]string{{"Sai Krupa Apartments", "Krupa"}, {"Shanti Niwas", "Shanti Niwas"}, {"Gokul Dham Society", "Gokul"}, {"Krishna Residency", "Krishna"}, {"Lakshmi Enclave", "Lakshmi Enclave"}, {"Prestige Shantiniketan", "Prestige Shantiniketan"}})
			rd := pick(r, [][2]string{{"Linking Road", "Linking"}, {"Brigade Road", "Brigade"}, {"Anna Salai", "Salai"}, {"Nehru Marg", "Nehru"}, {"14th Cross, 6th Main", ""}, {"Hill Road", "Hill"}, {"Park Street", ""}})
			area := pick(r, L("Indiranagar|Koramangala|Bandra West|Andheri East|Salt Lake|Banjara Hills|T. Nagar|Gomti Nagar"))
			c := pick(r, L("Bengaluru|Mumbai|Kolkata|Hyderabad|Chennai|Lucknow|Pune"))
			var line string
			switch r.IntN(3) {
			case 0:
				line = "Flat " + num(r, 101, 1204) + ", " + bld[0] + ", " + rd[0]
			case 1:
				line = "H.No. " + num(r, 1, 20) + "-" + num(r, 1, 9) + "-" + num(r, 100, 999) + "/A, " + bld[0]
			default:
				line = num(r, 1, 300) + ", " + bld[0] + ", " + rd[0]
			}
			return address{full: line + ", " + area + ", " + c + " - " + pin, line1: line, line2: area, city: c, postal: pin, streetNames: []string{bld[1], rd[1]}, coarse: []string{area, c}}
		},
		cities: L("Bengaluru|Mumbai|Kolkata|Hyderabad|Chennai|Pune|Jaipur|Ahmedabad|जयपुर"),
		amount: func(r *rand.Rand) string {
			v := inrMoney(r)
			return pick(r, []string{"₹" + v, "Rs. " + v, "INR " + v, v + " INR"})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 6) },
	},
	{
		code: "il", langs: L("he|en"),
		first:   L("נועה|תמר|מיכל|יעל|שירה|אביגיל|יוסף|דוד|משה|איתי|אורי|עומר"),
		last:    L("כהן|לוי|מזרחי|פרץ|ביטון|דהן|אברהם|פרידמן|אזולאי|מלכה|שפירא|גולדברג"),
		rfirst:  L("Noa|Tamar|Michal|Yael|Shira|Avigail|Yosef|David|Moshe|Itai|Uri|Omer"),
		rlast:   L("Cohen|Levi|Mizrahi|Peretz|Biton|Dahan|Avraham|Friedman|Azoulay|Malka|Katz|Shapira|Goldberg"),
		domains: L("gmail.com|walla.co.il|bezeqint.net|012.net.il|hotmail.com"),
		iban:    "IL", cards: L("visa|mastercard|isracard|amex"),
		phone: func(r *rand.Rand) string {
			nsn := "5" + pick(r, L("0|2|3|4|5|8")) + dig(r, 7)
			switch r.IntN(7) {
			case 0, 1, 2:
				return intl(r, "972", nsn, 2, 3, 4)
			case 3:
				return "0" + grp(nsn, "-", 2, 3, 4)
			case 4:
				return "0" + nsn
			case 5:
				return "0" + nsn[:2] + " " + nsn[2:]
			default:
				return "03-" + dig(r, 7)
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			if !roman {
				st := pick(r, [][2]string{{"הרצל", "הרצל"}, {"דיזנגוף", "דיזנגוף"}, {"אבן גבירול", "גבירול"}, {"רוטשילד", "רוטשילד"}, {"ז'בוטינסקי", "בוטינסקי"}, {"ויצמן", "ויצמן"}, {"בן יהודה", "יהודה"}, {"אלנבי", "אלנבי"}})
				c := pick(r, L("תל אביב-יפו|ירושלים|חיפה|באר שבע|ראשון לציון"))
				line := "רחוב " + st[0] + " " + num(r, 1, 200) + " דירה " + num(r, 1, 40)
				return address{full: line + ", " + c, line1: line, city: c, streetNames: []string{st[1]}, coarse: []string{c}}
			}
			st := pick(r, [][2]string{{"Herzl St", "Herzl"}, {"Dizengoff St", "Dizengoff"}, {"Ibn Gabirol St", "Gabirol"}, {"Rothschild Blvd", "Rothschild"}, {"Jabotinsky St", "Jabotinsky"}, {"Weizmann St", "Weizmann"}, {"Ben Yehuda St", "Yehuda"}, {"Allenby St", "Allenby"}})
			c := pick(r, L("Tel Aviv|Jerusalem|Haifa|Beersheba|Rishon LeZion"))
			pc := nz(r, 7)
			line := num(r, 1, 200) + " " + st[0] + ", Apt " + num(r, 1, 40)
			return address{full: line + ", " + c + " " + pc, line1: line, city: c, postal: pc, streetNames: []string{st[1]}, coarse: []string{c}}
		},
		cities: L("Tel Aviv|Jerusalem|Haifa|Eilat|ירושלים|חיפה"),
		amount: func(r *rand.Rand) string {
			v := money(r, 10, 20000, ",", ".")
			return pick(r, []string{"₪" + v, v + " ₪", "ILS " + v, v + " ש\"ח"})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 7) },
	},
	{
		code: "gr", langs: L("el|en"),
		first:   L("Γιώργος|Νίκος|Κώστας|Δημήτρης|Γιάννης|Μαρία|Ελένη|Αικατερίνη|Βασιλική|Σοφία|Αναστασία|Παναγιώτης"),
		last:    L("Παπαδόπουλος|Παπαδοπούλου|Βλάχος|Αγγελόπουλος|Νικολάου|Γεωργίου|Οικονόμου|Καραγιάννης|Μακρή|Ιωάννου|Πετρόπουλος|Κωνσταντίνου"),
		rfirst:  L("Giorgos|Nikos|Kostas|Dimitris|Giannis|Maria|Eleni|Aikaterini|Vasiliki|Sofia|Anastasia|Panagiotis"),
		rlast:   L("Papadopoulos|Papadopoulou|Vlachos|Angelopoulos|Nikolaou|Georgiou|Oikonomou|Karagiannis|Makri|Ioannou|Petropoulos|Konstantinou"),
		domains: L("gmail.com|yahoo.gr|otenet.gr|hotmail.gr|windowslive.com"),
		iban:    "GR", cards: L("visa|mastercard|maestro"),
		phone: func(r *rand.Rand) string {
			nsn := "69" + pick(r, L("0|3|4|5|7|8|9")) + dig(r, 7)
			switch r.IntN(6) {
			case 0, 1, 2:
				return intl(r, "30", nsn, 3, 3, 4)
			case 3:
				return grp(nsn, " ", 3, 3, 4)
			case 4:
				return nsn
			default:
				return "210 " + grp(dig(r, 7), " ", 3, 4)
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			pc := nz(r, 3) + " " + dig(r, 2)
			if !roman {
				st := pick(r, L("Ερμού|Σταδίου|Πανεπιστημίου|Ακαδημίας|Τσιμισκή|Εγνατίας|Κηφισίας|Πατησίων|Σόλωνος|Μητροπόλεως"))
				c := pick(r, L("Αθήνα|Θεσσαλονίκη|Πάτρα|Ηράκλειο|Λάρισα"))
				line := pick(r, L("Οδός |Λεωφ. |")) + st + " " + num(r, 1, 200)
				return address{full: line + ", " + pc + " " + c, line1: line, city: c, postal: pc, streetNames: []string{st}, coarse: []string{c}}
			}
			st := pick(r, L("Ermou|Stadiou|Panepistimiou|Akadimias|Tsimiski|Egnatias|Kifisias|Patision|Solonos|Mitropoleos"))
			c := pick(r, L("Athina|Thessaloniki|Patra|Irakleio|Larisa"))
			line := st + " " + num(r, 1, 200)
			return address{full: line + ", " + pc + " " + c, line1: line, city: c, postal: pc, streetNames: []string{st}, coarse: []string{c}}
		},
		cities: L("Αθήνα|Θεσσαλονίκη|Πάτρα|Athens|Thessaloniki|Heraklion"),
		amount: func(r *rand.Rand) string {
			v := money(r, 5, 9000, ".", ",")
			return pick(r, []string{v + " €", "€" + v, "EUR " + v})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 3) + " " + dig(r, 2) },
	},
	{
		code: "ro", langs: L("ro|en"),
		first:   L("Andreea|Ioana|Elena|Mihaela|Alexandra|Raluca|Ștefania|Bianca|Andrei|Mihai|Ionuț|Alexandru|Bogdan|Răzvan|Cristian|Ștefan"),
		last:    L("Popescu|Ionescu|Popa|Dumitrescu|Stan|Stoica|Gheorghe|Rusu|Munteanu|Matei|Constantin|Șerban|Moldovan|Lazăr|Dumitru|Ciobanu|Niculescu|Bălan"),
		domains: L("yahoo.com|gmail.com|yahoo.ro|rdslink.ro"),
		iban:    "RO", cards: L("visa|mastercard|maestro"),
		phone: func(r *rand.Rand) string {
			nsn := "7" + pick(r, L("2|3|4|5|6|7|8|9")) + dig(r, 7)
			switch r.IntN(8) {
			case 0, 1, 2:
				return intl(r, "40", nsn, 3, 3, 3)
			case 3:
				return "0" + grp(nsn, " ", 3, 3, 3)
			case 4:
				return "0" + grp(nsn, ".", 3, 3, 3)
			case 5:
				return "0" + nsn
			case 6:
				return "+40 (0)" + grp(nsn, " ", 3, 3, 3)
			default:
				return "021 " + grp(dig(r, 7), " ", 3, 4)
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, L("Mihai Eminescu|Ion Creangă|Victoriei|Unirii|Lalelelor|Florilor|Republicii|Independenței|Avram Iancu|Nicolae Bălcescu|Decebal|Traian"))
			pre := pick(r, L("Str.|Strada|Bd.|Bulevardul|Calea|Aleea"))
			c := pick(r, L("București|Cluj-Napoca|Timișoara|Iași|Constanța|Brașov"))
			pc := nz(r, 6)
			line := pre + " " + st + " nr. " + num(r, 1, 150)
			if r.IntN(2) == 0 {
				line += ", bl. " + pick(r, L("A|B|C|M")) + num(r, 1, 9) + ", sc. " + num(r, 1, 3) + ", et. " + num(r, 1, 10) + ", ap. " + num(r, 1, 80)
			}
			full := line + ", " + c
			if c == "București" {
				full = line + ", sector " + num(r, 1, 6) + ", " + c
			}
			return address{full: full + " " + pc, line1: line, city: c, postal: pc, streetNames: []string{st}, coarse: []string{c}}
		},
		cities: L("București|Cluj-Napoca|Timișoara|Iași|Constanța|Brașov|Sibiu|Oradea"),
		amount: func(r *rand.Rand) string {
			v := money(r, 5, 9000, ".", ",")
			return pick(r, []string{v + " lei", v + " RON", "RON " + v})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 6) },
	},
	{
		code: "pt", langs: L("pt|en"),
		first:   L("Beatriz|Inês|Leonor|Matilde|Mariana|Carolina|Francisca|Conceição|João|Tiago|Rodrigo|Gonçalo|Duarte|Afonso|Tomás|Martim"),
		last:    L("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes|Gonçalves|Gomes|Lopes|Marques|Alves|Ribeiro|Pinto|Carvalho|Teixeira"),
		domains: L("sapo.pt|gmail.com|hotmail.com|clix.pt|netcabo.pt"),
		iban:    "PT", cards: L("visa|mastercard|maestro"),
		phone: func(r *rand.Rand) string {
			nsn := "9" + pick(r, L("1|2|3|6")) + dig(r, 7)
			switch r.IntN(6) {
			case 0, 1, 2:
				return intl(r, "351", nsn, 3, 3, 3)
			case 3:
				return grp(nsn, " ", 3, 3, 3)
			case 4:
				return nsn
			default:
				return "21 " + grp(dig(r, 7), " ", 3, 4)
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, [][2]string{{"Rua Augusta", "Augusta"}, {"Rua do Ouro", "Ouro"}, {"Avenida da Liberdade", "Liberdade"}, {"Rua de Santa Catarina", "Catarina"}, {"Rua das Flores", "Flores"}, {"Avenida dos Aliados", "Aliados"}, {"Rua Garrett", "Garrett"}, {"Travessa do Carmo", "Carmo"}, {"Rua Ferreira Borges", "Borges"}})
			c := pick(r, L("Lisboa|Porto|Braga|Coimbra|Faro|Aveiro"))
			pc := nz(r, 4) + "-" + dig(r, 3)
			line := st[0] + ", " + num(r, 1, 300) + ", " + pick(r, L("1.º Esq.|2.º Dto.|3.º Esq.|R/C|4.º Frente"))
			return address{full: line + ", " + pc + " " + c, line1: line, city: c, postal: pc, streetNames: []string{st[1]}, coarse: []string{c}}
		},
		cities: L("Lisboa|Porto|Braga|Coimbra|Faro|Aveiro|Funchal"),
		amount: func(r *rand.Rand) string {
			v := money(r, 5, 9000, ".", ",")
			return pick(r, []string{v + " €", "€" + v, "EUR " + v})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 4) + "-" + dig(r, 3) },
	},
	{
		code: "ca", langs: L("fr|en"),
		first:   L("Geneviève|Marie-Ève|Chloé|Émilie|Mélanie|Nathalie|Isabelle|Josée|Jean-François|Étienne|Mathieu|Sébastien|Olivier|Félix|Benoît|Maxime|Gabriel"),
		last:    L("Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|Pelletier|Bélanger|Lévesque|Bergeron|Leblanc|Paquette|Girard|Simard|Boucher"),
		domains: L("videotron.ca|gmail.com|hotmail.ca|sympatico.ca|bell.net"),
		iban:    "", cards: L("visa|mastercard|amex"),
		phone: func(r *rand.Rand) string {
			return nanp(r, L("514|438|418|450|819|581|613"), L("poste|ext.|poste"))
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, [][2]string{{"rue Sainte-Catherine Ouest", "Catherine"}, {"rue Saint-Denis", "Denis"}, {"boulevard René-Lévesque", "Lévesque"}, {"avenue du Mont-Royal", "Mont-Royal"}, {"chemin de la Côte-des-Neiges", "Neiges"}, {"Grande Allée Est", "Allée"}, {"boulevard Laurier", "Laurier"}, {"rue Wellington", "Wellington"}})
			c := pick(r, L("Montréal|Québec|Laval|Gatineau|Trois-Rivières|Longueuil"))
			pc := string(rune('G'+r.IntN(3))) + dig(r, 1) + string(rune('A'+r.IntN(20))) + " " + dig(r, 1) + string(rune('A'+r.IntN(20))) + dig(r, 1)
			line := num(r, 10, 4999) + ", " + st[0] + ", app. " + num(r, 1, 40)
			return address{full: line + ", " + c + " (Québec) " + pc, line1: line, city: c, postal: pc, streetNames: []string{st[1]}, coarse: []string{c}}
		},
		cities: L("Montréal|Québec|Laval|Gatineau|Trois-Rivières|Saguenay"),
		amount: func(r *rand.Rand) string {
			v := money(r, 5, 9000, " ", ",")
			return pick(r, []string{v + " $", v + " $ CA", "CAD " + v})
		},
		postcode: func(r *rand.Rand) string { return "H" + dig(r, 1) + "K " + dig(r, 1) + "B" + dig(r, 1) },
	},
	{
		code: "za", langs: L("en|af|en"),
		first:   L("Thabo|Sipho|Lerato|Nomvula|Bongani|Zanele|Themba|Naledi|Pieter|Johan|Annelie|Riaan|Mpho|Kagiso|Lindiwe|Sibusiso"),
		last:    L("Nkosi|Dlamini|Ndlovu|Khumalo|Mokoena|Mahlangu|Botha|van der Merwe|Pretorius|Venter|Naidoo|Pillay|Mthembu|Molefe|Coetzee|du Plessis"),
		domains: L("gmail.com|webmail.co.za|mweb.co.za|telkomsa.net|vodamail.co.za"),
		iban:    "", cards: L("visa|mastercard|amex|diners"),
		phone: func(r *rand.Rand) string {
			nsn := pick(r, L("6|7|8")) + pick(r, L("1|2|3|4|6|9")) + dig(r, 7)
			switch r.IntN(7) {
			case 0, 1, 2:
				return intl(r, "27", nsn, 2, 3, 4)
			case 3:
				return "0" + grp(nsn, " ", 2, 3, 4)
			case 4:
				return "0" + nsn
			case 5:
				return "0" + grp(nsn, "-", 2, 3, 4)
			default:
				return "021 " + grp(dig(r, 7), " ", 3, 4)
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, [][2]string{{"Long Street", "Long"}, {"Jan Smuts Avenue", "Smuts"}, {"Oxford Road", "Oxford"}, {"Voortrekker Road", "Voortrekker"}, {"Florida Road", "Florida"}, {"Rivonia Road", "Rivonia"}, {"Bree Street", "Bree"}, {"Kloof Street", "Kloof"}, {"Church Street", "Church"}})
			sub := pick(r, L("Sea Point|Rosebank|Sandton|Umhlanga|Hatfield|Observatory|Gardens|Morningside"))
			c := pick(r, L("Cape Town|Johannesburg|Durban|Pretoria|Gqeberha|Bloemfontein"))
			pc := dig(r, 4)
			line := num(r, 1, 400) + " " + st[0]
			if r.IntN(2) == 0 {
				line = "Unit " + num(r, 1, 60) + ", " + pick(r, L("Protea Gardens|Sunset Villas|Acacia Court")) + ", " + line
			}
			return address{full: line + ", " + sub + ", " + c + ", " + pc, line1: line, line2: sub, city: c, postal: pc, streetNames: []string{st[1]}, coarse: []string{sub, c}}
		},
		cities: L("Cape Town|Johannesburg|Durban|Pretoria|Gqeberha|Bloemfontein|Polokwane"),
		amount: func(r *rand.Rand) string {
			v := money(r, 10, 30000, " ", ".")
			return pick(r, []string{"R " + v, "R" + v, "ZAR " + v})
		},
		postcode: func(r *rand.Rand) string { return dig(r, 4) },
	},
	{
		code: "ng", langs: L("en"),
		first:   L("Chinedu|Ngozi|Oluwaseun|Adebayo|Funmilayo|Emeka|Chiamaka|Tunde|Aisha|Ibrahim|Yetunde|Obinna|Nnamdi|Folake|Babatunde|Amaka"),
		last:    L("Okafor|Adeyemi|Okonkwo|Balogun|Eze|Nwosu|Abubakar|Bello|Ogunleye|Adeleke|Okoro|Chukwu|Olawale|Danjuma|Uchenna|Oyelaran"),
		domains: L("gmail.com|yahoo.com|outlook.com|yahoo.co.uk"),
		iban:    "", cards: L("verve|verve|visa|mastercard"),
		phone: func(r *rand.Rand) string {
			nsn := pick(r, L("803|806|703|706|813|816|810|814|903|906|802|808|812|701|902|907|901|805|807|815|905|809|817|818|909")) + dig(r, 7)
			switch r.IntN(7) {
			case 0, 1, 2:
				return intl(r, "234", nsn, 3, 3, 4)
			case 3:
				return "0" + grp(nsn, " ", 3, 3, 4)
			case 4:
				return "0" + nsn
			case 5:
				return "0" + grp(nsn, "-", 3, 3, 4)
			default:
				return "+234 (0) " + grp(nsn, " ", 3, 3, 4)
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, [][2]string{{"Adeola Odeku Street", "Odeku"}, {"Awolowo Road", "Awolowo"}, {"Allen Avenue", "Allen"}, {"Ahmadu Bello Way", "Ahmadu"}, {"Herbert Macaulay Way", "Macaulay"}, {"Admiralty Way", "Admiralty"}, {"Ozumba Mbadiwe Avenue", "Mbadiwe"}, {"Aminu Kano Crescent", "Aminu"}, {"Bode Thomas Street", "Bode"}, {"Opebi Road", "Opebi"}})
			area := pick(r, L("Victoria Island|Ikoyi|Lekki Phase 1|Ikeja GRA|Wuse II|Maitama|Surulere|Yaba"))
			c := pick(r, L("Lagos|Abuja|Port Harcourt|Ibadan|Enugu"))
			line := num(r, 1, 300) + " " + st[0]
			if r.IntN(3) == 0 {
				line = "Plot " + num(r, 100, 2400) + ", " + st[0]
			}
			return address{full: line + ", " + area + ", " + c, line1: line, line2: area, city: c, streetNames: []string{st[1]}, coarse: []string{area, c}}
		},
		cities: L("Lagos|Abuja|Port Harcourt|Ibadan|Kano|Enugu|Benin City"),
		amount: func(r *rand.Rand) string {
			v := money(r, 500, 900000, ",", ".")
			return pick(r, []string{"₦" + v, "NGN " + v, "N" + v})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 6) },
	},
	{
		code: "ke", langs: L("sw|en|en"),
		first:   L("Wanjiru|Achieng|Njeri|Akinyi|Wambui|Chebet|Kiprono|Otieno|Kamau|Mwangi|Omondi|Wafula|Nyambura|Grace|Mercy|Faith|Brian|Kevin|Dennis"),
		last:    L("Kamau|Mwangi|Otieno|Odhiambo|Wanjiku|Kariuki|Njoroge|Ochieng|Kiplagat|Cheruiyot|Mutua|Wekesa|Barasa|Onyango|Kibet|Githinji"),
		domains: L("gmail.com|yahoo.com|safaricom.co.ke|outlook.com"),
		iban:    "", cards: L("visa|mastercard"),
		phone: func(r *rand.Rand) string {
			nsn := "7" + pick(r, L("0|1|2|4|9")) + dig(r, 7)
			if r.IntN(6) == 0 {
				nsn = "11" + dig(r, 7)
			}
			switch r.IntN(7) {
			case 0, 1, 2:
				return intl(r, "254", nsn, 3, 3, 3)
			case 3:
				return "0" + grp(nsn, " ", 3, 3, 3)
			case 4:
				return "0" + nsn
			case 5:
				return "254" + nsn
			default:
				return "0" + nsn[:3] + "-" + nsn[3:]
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, [][2]string{{"Kenyatta Avenue", "Kenyatta"}, {"Moi Avenue", ""}, {"Ngong Road", "Ngong"}, {"Waiyaki Way", "Waiyaki"}, {"Kimathi Street", "Kimathi"}, {"Argwings Kodhek Road", "Kodhek"}, {"Lenana Road", "Lenana"}, {"Koinange Street", "Koinange"}})
			bld := pick(r, [][2]string{{"Riverside Gardens", "Riverside"}, {"Kilimani Heights", "Heights"}, {"Hse No. " + num(r, 1, 90), ""}, {"Jacaranda Court", "Jacaranda"}})
			area := pick(r, L("Kilimani|Westlands|Lavington|Karen|Kileleshwa|South B"))
			c := pick(r, L("Nairobi|Kisumu|Nakuru|Eldoret"))
			line := bld[0] + ", " + st[0]
			box := "P.O. Box " + nz(r, 5) + "-00100"
			return address{full: line + ", " + area + ", " + box + ", " + c, line1: line, line2: area, city: c, postal: box, streetNames: []string{st[1], bld[1]}, coarse: []string{area, c}}
		},
		cities: L("Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika"),
		amount: func(r *rand.Rand) string {
			v := money(r, 50, 90000, ",", ".")
			return pick(r, []string{"KSh " + v, "KES " + v, "Ksh" + v})
		},
		postcode: func(r *rand.Rand) string { return "00" + dig(r, 3) },
	},
	{
		code: "tw", langs: L("zht|en"), familyFirst: true,
		first:   L("怡君|雅婷|淑芬|志明|家豪|冠宇|佩珊|俊傑|宗翰|欣怡|承恩|詩涵"),
		last:    L("陳|林|黃|張|李|王|吳|劉|蔡|楊|許|鄭"),
		rfirst:  L("Yi-Chun|Ya-Ting|Shu-Fen|Chih-Ming|Chia-Hao|Kuan-Yu|Pei-Shan|Chun-Chieh|Tsung-Han|Hsin-Yi|Vivian|Kevin|Tiffany|Jerry"),
		rlast:   L("Chen|Lin|Huang|Chang|Lee|Wang|Wu|Liu|Tsai|Yang|Hsu|Cheng"),
		domains: L("gmail.com|yahoo.com.tw|hotmail.com.tw|hinet.net|ms1.hinet.net"),
		iban:    "", cards: L("visa|mastercard|jcb|unionpay"),
		phone: func(r *rand.Rand) string {
			nsn := "9" + dig(r, 8)
			switch r.IntN(8) {
			case 0, 1:
				return intl(r, "886", nsn, 3, 3, 3)
			case 2:
				return "0" + grp(nsn, "-", 3, 3, 3)
			case 3:
				return "0" + grp(nsn, " ", 3, 3, 3)
			case 4:
				return "0" + nsn
			case 5:
				return "(02) " + dig(r, 4) + "-" + dig(r, 4)
			case 6:
				return "02-" + dig(r, 4) + "-" + dig(r, 4) + " #" + num(r, 100, 999)
			default:
				return "0" + nsn[:3] + "-" + nsn[3:]
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			if roman {
				st := pick(r, [][2]string{{"Zhongxiao E. Rd.", "Zhongxiao"}, {"Xinyi Rd.", "Xinyi"}, {"Zhongshan N. Rd.", "Zhongshan"}, {"Minsheng E. Rd.", "Minsheng"}, {"Dunhua S. Rd.", "Dunhua"}, {"Heping E. Rd.", "Heping"}, {"Fuxing S. Rd.", "Fuxing"}, {"Roosevelt Rd.", "Roosevelt"}})
				dist := pick(r, L("Da'an Dist.|Xinyi Dist.|Songshan Dist.|Zhongzheng Dist.|Banqiao Dist."))
				c := pick(r, L("Taipei City|New Taipei City|Taichung City|Kaohsiung City"))
				pc := nz(r, 3)
				line := num(r, 2, 15) + "F., No. " + num(r, 1, 400) + ", Sec. " + num(r, 1, 5) + ", " + st[0]
				return address{full: line + ", " + dist + ", " + c + " " + pc, line1: line, city: c, postal: pc, streetNames: []string{st[1]}, coarse: []string{dist, c}}
			}
			st := pick(r, L("忠孝東路|仁愛路|信義路|中山北路|民生東路|敦化南路|和平東路|復興南路|南京東路|羅斯福路|光復路|文化路"))
			dist := pick(r, L("大安區|信義區|松山區|中正區|板橋區|西屯區"))
			c := pick(r, L("台北市|臺北市|新北市|台中市|高雄市"))
			pc := nz(r, 3)
			line := st + pick(r, L("一|二|三|四|五")) + "段" + num(r, 1, 400) + "號" + num(r, 2, 15) + "樓"
			return address{full: pc + c + dist + line, line1: line, city: c, postal: pc, streetNames: []string{st}, coarse: []string{c, dist}}
		},
		cities: L("台北|台中|高雄|台南|新竹|Taipei|Kaohsiung"),
		amount: func(r *rand.Rand) string {
			v := money0(r, 50, 90000, ",")
			return pick(r, []string{"NT$" + v, "NT$ " + v, "TWD " + v, v + "元"})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 3) },
	},
	{
		code: "hk", langs: L("zht|en|en"), familyFirst: true,
		first:   L("嘉欣|子軒|詠琪|偉強|家明|美玲|俊傑|曉彤|志偉|凱琳"),
		last:    L("陳|李|張|黃|何|梁|吳|林|劉|郭|鄧|麥"),
		rfirst:  L("Ka Yan|Tsz Hin|Wing Kei|Wai Keung|Ka Ming|Mei Ling|Chun Kit|Hiu Tung|Chi Wai|Hoi Lam|Peter|Winnie|Carmen|Raymond"),
		rlast:   L("Chan|Lee|Cheung|Wong|Leung|Lam|Lau|Kwok|Tang|Chow|Yeung|Tsang"),
		domains: L("gmail.com|yahoo.com.hk|netvigator.com|hotmail.com"),
		iban:    "", cards: L("visa|mastercard|unionpay|amex"),
		phone: func(r *rand.Rand) string {
			nsn := pick(r, L("5|6|9")) + dig(r, 7)
			switch r.IntN(6) {
			case 0, 1, 2:
				return intl(r, "852", nsn, 4, 4)
			case 3:
				return grp(nsn, " ", 4, 4)
			case 4:
				return "(852) " + nsn[:4] + "-" + nsn[4:]
			default:
				return "852-" + nsn[:4] + "-" + nsn[4:]
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			if roman {
				st := pick(r, [][2]string{{"Nathan Road", "Nathan"}, {"Hennessy Road", "Hennessy"}, {"Queen's Road Central", "Queen"}, {"Des Voeux Road Central", "Voeux"}, {"Gloucester Road", "Gloucester"}, {"Waterloo Road", "Waterloo"}, {"Hollywood Road", "Hollywood"}, {"Canton Road", "Canton"}})
				area := pick(r, L("Mong Kok|Wan Chai|Central|Tsim Sha Tsui|Causeway Bay|Yau Ma Tei"))
				dist := pick(r, L("Kowloon|Hong Kong|Hong Kong Island"))
				line := "Flat " + string(rune('A'+r.IntN(8))) + ", " + num(r, 2, 40) + "/F, " + num(r, 1, 400) + " " + st[0]
				return address{full: line + ", " + area + ", " + dist, line1: line, line2: area, city: dist, streetNames: []string{st[1]}, coarse: []string{area, dist}}
			}
			st := pick(r, L("彌敦道|軒尼詩道|皇后大道中|德輔道中|英皇道|告士打道|窩打老道|荷李活道|廣東道|金鐘道"))
			area := pick(r, L("旺角|灣仔|中環|尖沙咀|銅鑼灣|油麻地"))
			dist := pick(r, L("九龍|香港|新界"))
			line := st + num(r, 1, 400) + "號" + num(r, 2, 40) + "樓" + string(rune('A'+r.IntN(8))) + "室"
			return address{full: "香港" + dist + area + line, line1: line, line2: area, city: dist, streetNames: []string{st}, coarse: []string{"香港", dist, area}}
		},
		cities: L("九龍|香港|沙田|Kowloon|Sha Tin|Tsuen Wan"),
		amount: func(r *rand.Rand) string {
			v := money(r, 10, 30000, ",", ".")
			return pick(r, []string{"HK$" + v, "HKD " + v, "HK$ " + v})
		},
		postcode: func(r *rand.Rand) string { return "999077" },
	},
	{
		code: "us", langs: L("en"),
		domains: L("gmail.com|yahoo.com|icloud.com|aol.com|comcast.net|outlook.com"),
		iban:    "", cards: L("visa|mastercard|amex|discover|diners"),
		phone: func(r *rand.Rand) string {
			return nanp(r, L("212|415|312|737|305|206|617|702|503|404|612|919"), L("x|ext.|ext"))
		},
		cities: L("Austin|Denver|Seattle|Boston|Phoenix|Atlanta|Portland|Chicago"),
		amount: func(r *rand.Rand) string {
			v := money(r, 1, 9000, ",", ".")
			return pick(r, []string{"$" + v, "USD " + v, v + " USD", "US$" + v})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 5) },
	},
	{
		code: "uk", langs: L("en"),
		first:   L("Oliver|Amelia|Harry|Isla|George|Poppy|Alfie|Imogen|Rhys|Siobhan|Callum|Niamh|Hamish|Eilidh|Priya|Tariq"),
		last:    L("Smith|Jones|Williams|Taylor|Davies|Evans|Thomas|Roberts|Walker|Wright|Thompson|Hughes|McDonald|O'Brien|Fitzgerald|Patel|Khan|Ramsbottom"),
		domains: L("btinternet.com|gmail.com|hotmail.co.uk|sky.com|virginmedia.com"),
		iban:    "GB", cards: L("visa|mastercard|amex|maestro"),
		phone: func(r *rand.Rand) string {
			nsn := "7" + pick(r, L("4|5|7|8|9")) + dig(r, 8)
			switch r.IntN(9) {
			case 0, 1, 2:
				return intl(r, "44", nsn, 4, 6)
			case 3:
				return "0" + grp(nsn, " ", 4, 6)
			case 4:
				return "0" + nsn
			case 5:
				return "+44 (0)" + grp(nsn, " ", 4, 6)
			case 6:
				return "(020) " + dig(r, 4) + " " + dig(r, 4)
			case 7:
				return "020 " + dig(r, 4) + " " + dig(r, 4) + " ext " + num(r, 10, 999)
			default:
				return "0161 " + dig(r, 3) + " " + dig(r, 4)
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, [][2]string{{"Baker Street", "Baker"}, {"Abbey Road", "Abbey"}, {"Victoria Road", "Victoria"}, {"Kingsway", "Kingsway"}, {"Deansgate", "Deansgate"}, {"Whitechapel Road", "Whitechapel"}, {"Princes Street", "Princes"}, {"Bold Street", "Bold"}, {"Mill Lane", "Mill"}})
			c := pick(r, [][2]string{{"London", "NW1 6XE"}, {"Manchester", "M3 4LZ"}, {"Edinburgh", "EH2 2ER"}, {"Liverpool", "L1 4DQ"}, {"Bristol", "BS1 5TR"}, {"Leeds", "LS1 6HW"}})
			line := num(r, 1, 300) + " " + st[0]
			if r.IntN(2) == 0 {
				line = "Flat " + num(r, 1, 30) + ", " + pick(r, L("Rosewood House|Kestrel Court|Albion Mews")) + ", " + line
			}
			return address{full: line + ", " + c[0] + " " + c[1], line1: line, city: c[0], postal: c[1], streetNames: []string{st[1]}, coarse: []string{c[0]}}
		},
		cities: L("London|Manchester|Edinburgh|Liverpool|Bristol|Leeds|Cardiff"),
		amount: func(r *rand.Rand) string {
			v := money(r, 1, 9000, ",", ".")
			return pick(r, []string{"£" + v, "GBP " + v, v + " GBP"})
		},
		postcode: func(r *rand.Rand) string { return pick(r, L("SW1A 1AA|EC1A 1BB|M1 1AE|B33 8TH|CR2 6XH|DN55 1PT")) },
	},
	{
		code: "de", langs: L("de|en"),
		first:   L("Lukas|Leonie|Jürgen|Ursula|Maximilian|Charlotte|Björn|Anneliese|Sören|Jörg|Friederike|Günther|Dörte|Mehmet"),
		last:    L("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Zimmermann|Krüger"),
		domains: L("web.de|gmx.de|t-online.de|gmail.com|posteo.de|gmx.net"),
		iban:    "DE", cards: L("visa|mastercard|maestro|amex"),
		phone: func(r *rand.Rand) string {
			nsn := pick(r, L("151|152|157|159|160|162|163|170|171|172|173|175|176|177|178|179")) + dig(r, 7+r.IntN(2))
			switch r.IntN(9) {
			case 0, 1, 2:
				return intl(r, "49", nsn, 3, 4, 4)
			case 3:
				return "0" + nsn[:3] + " " + nsn[3:]
			case 4:
				return "+49 (0)" + grp(nsn, " ", 3, 4, 4)
			case 5:
				return "0" + nsn[:3] + "/" + nsn[3:]
			case 6:
				return "0" + nsn[:3] + "-" + nsn[3:]
			case 7:
				return "030 " + dig(r, 8)
			default:
				return "(0" + nsn[:3] + ") " + grp(nsn[3:], " ", 3, 3, 3)
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, L("Hauptstraße|Bahnhofstraße|Dorfstr.|Schillerstraße|Goethestraße|Lindenallee|Kastanienweg|Friedrichstraße|Königsallee|Schlossplatz|Kirchgasse|Birkenweg|Rosenstraße|Am Mühlenbach"))
			c := pick(r, L("Berlin|Hamburg|München|Köln|Leipzig|Stuttgart|Dresden"))
			pc := dig(r, 5)
			line := st + " " + num(r, 1, 160) + pick(r, L("||a|b"))
			return address{full: line + ", " + pc + " " + c, line1: line, city: c, postal: pc, streetNames: []string{strings.TrimPrefix(strings.TrimSuffix(st, "."), "Am ")}, coarse: []string{c}}
		},
		cities: L("Berlin|Hamburg|München|Köln|Leipzig|Stuttgart|Dresden|Nürnberg"),
		amount: func(r *rand.Rand) string {
			v := money(r, 1, 9000, ".", ",")
			return pick(r, []string{v + " €", "€ " + v, "EUR " + v, v + " EUR"})
		},
		postcode: func(r *rand.Rand) string { return dig(r, 5) },
	},
	{
		code: "id", langs: L("id|en"),
		first:   L("Budi|Siti|Agus|Dewi|Rizky|Putri|Wahyu|Nur|Eko|Sri|Bambang|Fitri|Indah|Yusuf|Ayu|Dimas"),
		last:    L("Santoso|Wijaya|Susanto|Hidayat|Pratama|Saputra|Lestari|Kusuma|Setiawan|Nugroho|Rahmawati|Siregar|Nasution|Hutapea|Sitompul|Simanjuntak"),
		domains: L("gmail.com|yahoo.co.id|ymail.com|yahoo.com"),
		iban:    "", cards: L("visa|mastercard|jcb"),
		phone: func(r *rand.Rand) string {
			nsn := "8" + pick(r, L("11|12|13|21|22|52|53|55|56|57|58|77|78|95|96|97|98|99|31|38|81|82|83|88")) + dig(r, 6+r.IntN(3))
			switch r.IntN(8) {
			case 0, 1, 2:
				return intl(r, "62", nsn, 3, 4, 4)
			case 3:
				return "0" + grp(nsn, "-", 3, 4, 4)
			case 4:
				return "0" + grp(nsn, " ", 3, 4, 4)
			case 5:
				return "0" + nsn
			case 6:
				return "+62 (0)" + grp(nsn, " ", 3, 4, 4)
			default:
				return "(021) " + dig(r, 4) + " " + dig(r, 4)
			}
		},
		addr: func(r *rand.Rand, _ bool) address {
			st := pick(r, L("Sudirman|Thamrin|Gatot Subroto|Diponegoro|Pahlawan|Merdeka|Ahmad Yani|Gajah Mada|Hayam Wuruk|Malioboro|Asia Afrika|Pemuda|Kebon Jeruk"))
			kel := pick(r, L("Karet|Menteng|Kebayoran Baru|Tegalsari|Coblong|Sukajadi"))
			c := pick(r, L("Jakarta Selatan|Surabaya|Bandung|Yogyakarta|Medan|Semarang"))
			pc := nz(r, 5)
			line := "Jl. " + st + " No. " + num(r, 1, 300)
			if r.IntN(2) == 0 {
				line += ", RT " + dig(r, 3) + "/RW " + dig(r, 3)
			}
			return address{full: line + ", Kel. " + kel + ", " + c + " " + pc, line1: line, line2: "Kel. " + kel, city: c, postal: pc, streetNames: []string{st}, coarse: []string{kel, c}}
		},
		cities: L("Jakarta|Surabaya|Bandung|Yogyakarta|Medan|Semarang|Makassar|Denpasar"),
		amount: func(r *rand.Rand) string {
			v := money0(r, 5000, 9000000, ".")
			return pick(r, []string{"Rp " + v, "Rp" + v, "IDR " + v})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 5) },
	},
	{
		code: "vn", langs: L("vi|en"), familyFirst: true,
		first:   L("Anh|Hùng|Lan|Hương|Dũng|Tuấn|Trang|Linh|Quang|Thảo|Phương|Khoa|Minh Anh|Ngọc Hân"),
		last:    L("Nguyễn|Trần|Phạm|Hoàng|Huỳnh|Phan|Đặng|Bùi|Ngô|Dương|Trương|Đinh"),
		rfirst:  L("Anh|Hung|Lan|Huong|Dung|Tuan|Trang|Linh|Quang|Thao|Phuong|Khoa"),
		rlast:   L("Nguyen|Tran|Pham|Hoang|Huynh|Phan|Dang|Bui|Ngo|Duong|Truong|Dinh"),
		domains: L("gmail.com|yahoo.com.vn|yahoo.com|hotmail.com"),
		iban:    "", cards: L("visa|mastercard|jcb"),
		phone: func(r *rand.Rand) string {
			nsn := pick(r, L("90|91|93|94|96|97|98|86|88|89|70|76|77|78|79|81|82|83|84|85|32|33|34|35|36|37|38|39")) + dig(r, 7)
			switch r.IntN(8) {
			case 0, 1, 2:
				return intl(r, "84", nsn, 2, 3, 4)
			case 3:
				return "0" + grp(nsn, " ", 3, 3, 3)
			case 4:
				return "0" + grp(nsn, " ", 2, 3, 4)
			case 5:
				return "0" + nsn
			case 6:
				return "0" + grp(nsn, ".", 3, 3, 3)
			default:
				return "+84 (0) " + grp(nsn, " ", 3, 3, 3)
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			if roman {
				st := pick(r, L("Dien Bien Phu|Le Loi|Nguyen Hue|Hai Ba Trung|Tran Hung Dao|Ly Thuong Kiet|Pasteur|Vo Van Tan|Nam Ky Khoi Nghia"))
				c := pick(r, L("TP.HCM|Ha Noi|Da Nang|Hai Phong"))
				line := num(r, 1, 400) + " " + st + ", P. " + pick(r, L("Ben Thanh|Ben Nghe|Da Kao|Vo Thi Sau"))
				return address{full: line + ", Q." + num(r, 1, 12) + ", " + c, line1: line, city: c, streetNames: []string{st}, coarse: []string{c, "Ben Thanh", "Ben Nghe", "Da Kao", "Vo Thi Sau"}}
			}
			st := pick(r, L("Điện Biên Phủ|Lê Lợi|Nguyễn Huệ|Hai Bà Trưng|Trần Hưng Đạo|Lý Thường Kiệt|Pasteur|Võ Văn Tần|Nam Kỳ Khởi Nghĩa|Cách Mạng Tháng Tám"))
			ward := pick(r, L("Phường Bến Thành|Phường Bến Nghé|Phường Đa Kao|Phường Võ Thị Sáu"))
			c := pick(r, L("TP. Hồ Chí Minh|Hà Nội|Đà Nẵng|Hải Phòng|Cần Thơ"))
			line := num(r, 1, 400) + " " + st
			if r.IntN(3) == 0 {
				line = "Số " + num(r, 1, 99) + " ngõ " + num(r, 1, 200) + " " + st
			}
			return address{full: line + ", " + ward + ", Quận " + num(r, 1, 12) + ", " + c, line1: line, line2: ward, city: c, streetNames: []string{st}, coarse: []string{ward, c}}
		},
		cities: L("Hà Nội|Đà Nẵng|Hải Phòng|Cần Thơ|Huế|Nha Trang|Ha Noi"),
		amount: func(r *rand.Rand) string {
			v := money0(r, 10000, 50000000, ".")
			return pick(r, []string{v + "₫", v + " đ", "VND " + v, v + " VNĐ"})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 6) },
	},
	{
		code: "th", langs: L("th|en"),
		first:   L("สมชาย|สมศักดิ์|ประยุทธ|วิชัย|สุภาพร|มาลี|ปราณี|ณัฐพล|ธนพร|กิตติพงษ์|อรทัย|ศิริพร"),
		last:    L("ใจดี|สุขสวัสดิ์|ศรีสุข|วงศ์ใหญ่|แสงทอง|บุญมา|ทองดี|พึ่งบุญ|รัตนพันธ์|เจริญผล|ชัยประเสริฐ|มีสุข"),
		rfirst:  L("Somchai|Somsak|Prayut|Wichai|Supaporn|Malee|Pranee|Nattapon|Thanaporn|Kittipong|Orathai|Siriporn"),
		rlast:   L("Jaidee|Suksawat|Srisuk|Wongyai|Saengthong|Boonma|Thongdee|Phuengboon|Rattanapan|Charoenphon|Chaiprasert|Meesuk"),
		domains: L("gmail.com|hotmail.com|yahoo.co.th|outlook.co.th"),
		iban:    "", cards: L("visa|mastercard|jcb|unionpay"),
		phone: func(r *rand.Rand) string {
			nsn := pick(r, L("6|8|9")) + dig(r, 8)
			switch r.IntN(8) {
			case 0, 1, 2:
				return intl(r, "66", nsn, 2, 3, 4)
			case 3:
				return "0" + grp(nsn, "-", 2, 3, 4)
			case 4:
				return "0" + grp(nsn, " ", 2, 3, 4)
			case 5:
				return "0" + nsn
			case 6:
				return "02-" + dig(r, 3) + "-" + dig(r, 4)
			default:
				return "0" + grp(nsn, "-", 2, 3, 4) + " ต่อ " + num(r, 10, 99)
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			pc := "10" + dig(r, 3)
			if roman {
				st := pick(r, L("Sukhumvit|Silom|Phahonyothin|Ratchadaphisek|Phetchaburi|Sathorn|Ramkhamhaeng|Charoen Krung"))
				dist := pick(r, L("Watthana|Bang Rak|Pathum Wan|Chatuchak|Huai Khwang"))
				line := num(r, 1, 300) + "/" + num(r, 1, 99) + " Soi " + st + " " + num(r, 1, 71)
				return address{full: line + ", " + dist + ", Bangkok " + pc, line1: line, city: "Bangkok", postal: pc, streetNames: []string{st}, coarse: []string{dist, "Bangkok"}}
			}
			st := pick(r, L("สีลม|สุขุมวิท|พหลโยธิน|รัชดาภิเษก|เพชรบุรี|ลาดพร้าว|สาทร|รามคำแหง|จรัญสนิทวงศ์"))
			dist := pick(r, L("บางรัก|ปทุมวัน|วัฒนา|จตุจักร|ห้วยขวาง"))
			line := num(r, 1, 300) + "/" + num(r, 1, 99) + " หมู่ " + num(r, 1, 12) + " ถนน" + st
			return address{full: line + " เขต" + dist + " กรุงเทพฯ " + pc, line1: line, city: "กรุงเทพฯ", postal: pc, streetNames: []string{st}, coarse: []string{dist, "กรุงเทพฯ"}}
		},
		cities: L("กรุงเทพฯ|เชียงใหม่|ภูเก็ต|ขอนแก่น|Chiang Mai|Phuket|Bangkok"),
		amount: func(r *rand.Rand) string {
			v := money(r, 20, 90000, ",", ".")
			return pick(r, []string{"฿" + v, v + " บาท", "THB " + v})
		},
		postcode: func(r *rand.Rand) string { return "10" + dig(r, 3) },
	},
	{
		code: "jp", langs: L("ja|en"), familyFirst: true,
		first:   L("翔太|陽菜|大輝|美咲|健太|さくら|結衣|拓海|蓮|陽翔|莉子|悠真"),
		last:    L("佐藤|鈴木|高橋|田中|伊藤|渡辺|山本|中村|小林|加藤|吉田|山口"),
		rfirst:  L("Shota|Hina|Daiki|Misaki|Kenta|Sakura|Yui|Takumi|Aoi|Ren|Haruto|Riko"),
		rlast:   L("Sato|Suzuki|Takahashi|Tanaka|Ito|Watanabe|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamaguchi"),
		domains: L("docomo.ne.jp|ezweb.ne.jp|gmail.com|yahoo.co.jp|icloud.com|softbank.ne.jp"),
		iban:    "", cards: L("jcb|jcb|visa|mastercard|amex"),
		phone: func(r *rand.Rand) string {
			nsn := pick(r, L("90|80|70")) + dig(r, 8)
			switch r.IntN(9) {
			case 0, 1:
				return intl(r, "81", nsn, 2, 4, 4)
			case 2:
				return "0" + grp(nsn, "-", 2, 4, 4)
			case 3:
				return "0" + nsn
			case 4:
				return "(0" + nsn[:2] + ") " + nsn[2:6] + "-" + nsn[6:]
			case 5:
				return "03-" + dig(r, 4) + "-" + dig(r, 4)
			case 6:
				return fullwidth("0" + grp(nsn, "-", 2, 4, 4))
			case 7:
				return "0" + grp(nsn, " ", 2, 4, 4)
			default:
				return "+81 " + nsn[:2] + "-" + nsn[2:6] + "-" + nsn[6:]
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			pc := dig(r, 3) + "-" + dig(r, 4)
			if roman {
				area := pick(r, L("Jingumae|Jinnan|Dogenzaka|Ginza|Marunouchi|Nishishinjuku|Umeda|Namba|Sakae|Tenjin"))
				ward := pick(r, L("Shibuya-ku|Chuo-ku|Shinjuku-ku|Kita-ku|Naka-ku"))
				c := pick(r, L("Tokyo|Osaka|Nagoya|Fukuoka"))
				line := num(r, 1, 6) + "-" + num(r, 1, 20) + "-" + num(r, 1, 30) + " " + area
				bld := pick(r, L("|Maison Aoyama 302|Corpo Sakura 101|Heights Minami 205"))
				full := line + ", " + ward + ", " + c + " " + pc
				names := []string{area}
				if bld != "" {
					full = bld + ", " + full
					names = append(names, strings.Fields(bld)[0]+" "+strings.Fields(bld)[1])
				}
				return address{full: full, line1: line, line2: bld, city: c, postal: pc, streetNames: names, coarse: []string{ward, c}}
			}
			area := pick(r, L("神宮前|神南|道玄坂|銀座|丸の内|西新宿|梅田|難波|栄|天神"))
			ward := pick(r, L("東京都渋谷区|東京都中央区|東京都新宿区|大阪府大阪市北区|愛知県名古屋市中区|福岡県福岡市中央区"))
			bld := pick(r, L("|メゾン青山|コーポさくら|グランハイツ南|サンシャイン荘"))
			line := area + num(r, 1, 6) + "-" + num(r, 1, 20) + "-" + num(r, 1, 30)
			if bld != "" {
				line += " " + bld + num(r, 101, 909)
			}
			names := []string{area}
			if bld != "" {
				names = append(names, bld)
			}
			return address{full: "〒" + pc + " " + ward + line, line1: line, city: ward, postal: pc, streetNames: names, coarse: []string{ward}}
		},
		cities: L("東京|大阪|名古屋|札幌|福岡|京都|Tokyo|Osaka"),
		amount: func(r *rand.Rand) string {
			v := money0(r, 100, 900000, ",")
			return pick(r, []string{"¥" + v, v + "円", "JPY " + v, "￥" + v})
		},
		postcode: func(r *rand.Rand) string { return dig(r, 3) + "-" + dig(r, 4) },
	},
	{
		code: "cn", langs: L("zhs|en"), familyFirst: true,
		first:   L("伟|芳|娜|秀英|敏|静|丽|强|磊|军|洋|勇|艳|杰|娟|涛|明|超|秀兰|霞|子涵|浩然|雨桐|梓萱|建国|晓燕"),
		last:    L("王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|欧阳|司马"),
		rfirst:  L("Wei|Fang|Xiuying|Jing|Qiang|Jun|Yang|Yong|Yan|Jie|Juan|Tao|Ming|Chao|Xiulan|Xia|Zihan|Haoran|Yutong|Jianguo|Xiaoyan"),
		rlast:   L("Wang|Zhang|Chen|Yang|Huang|Zhao|Zhou|Sun|Zhu|Guo|Ouyang|Liang"),
		domains: L("qq.com|163.com|126.com|sina.com|foxmail.com|aliyun.com"),
		iban:    "", cards: L("unionpay|unionpay|visa|mastercard"),
		phone: func(r *rand.Rand) string {
			nsn := "1" + pick(r, L("3|5|7|8|9")) + dig(r, 9)
			switch r.IntN(9) {
			case 0, 1:
				return intl(r, "86", nsn, 3, 4, 4)
			case 2:
				return grp(nsn, " ", 3, 4, 4)
			case 3, 4:
				return nsn
			case 5:
				return grp(nsn, "-", 3, 4, 4)
			case 6:
				return "010-" + dig(r, 8)
			case 7:
				return "021-" + dig(r, 4) + " " + dig(r, 4) + " 转 " + num(r, 100, 999)
			default:
				return "+86 " + nsn
			}
		},
		addr: func(r *rand.Rand, roman bool) address {
			if roman {
				st := pick(r, L("Jianguo|Shiji|Nanjing West|Huaihai Middle|Renmin|Jiefang|Chang'an|Shennan|Tianfu"))
				dist := pick(r, L("Chaoyang District|Pudong New Area|Jing'an District|Futian District|Wuhou District"))
				c := pick(r, L("Beijing|Shanghai|Shenzhen|Chengdu"))
				line := "Room " + num(r, 101, 2808) + ", No. " + num(r, 1, 800) + " " + st + " Road"
				return address{full: line + ", " + dist + ", " + c, line1: line, city: c, streetNames: []string{st}, coarse: []string{dist, c}}
			}
			st := pick(r, L("建国路|世纪大道|南京西路|淮海中路|人民路|解放路|长安街|深南大道|天府大道|文三路|延安西路|科技园南路"))
			xq := pick(r, L("|阳光花园|万科城市花园|碧桂园|绿地世纪城|金色家园"))
			cd := pick(r, [][2]string{{"北京市", "朝阳区"}, {"上海市", "浦东新区"}, {"上海市", "静安区"}, {"广东省深圳市", "南山区"}, {"四川省成都市", "武侯区"}, {"浙江省杭州市", "西湖区"}})
			line := st + num(r, 1, 800) + "号"
			if xq != "" {
				line += xq
			}
			line += num(r, 1, 30) + "栋" + num(r, 101, 2808) + "室"
			names := []string{st}
			if xq != "" {
				names = append(names, xq)
			}
			return address{full: cd[0] + cd[1] + line, line1: line, city: cd[0], streetNames: names, coarse: []string{cd[0], cd[1]}}
		},
		cities: L("北京|上海|深圳|广州|成都|杭州|武汉|Shenzhen|Chengdu"),
		amount: func(r *rand.Rand) string {
			v := money(r, 5, 90000, ",", ".")
			return pick(r, []string{"¥" + v, "￥" + v, "CNY " + v, v + "元", "RMB " + v})
		},
		postcode: func(r *rand.Rand) string { return nz(r, 6) },
	},
}

// money formats an amount with a thousands separator and decimal mark.
func money(r *rand.Rand, lo, hi int, thou, dec string) string {
	return money0(r, lo, hi, thou) + dec + dig(r, 2)
}

func money0(r *rand.Rand, lo, hi int, thou string) string {
	v := strconv.Itoa(lo + r.IntN(hi-lo+1))
	if len(v) <= 3 || thou == "" {
		return v
	}
	var parts []string
	for len(v) > 3 {
		parts = append([]string{v[len(v)-3:]}, parts...)
		v = v[:len(v)-3]
	}
	return v + thou + strings.Join(parts, thou)
}

// inrMoney: Indian grouping 1,23,456.00.
func inrMoney(r *rand.Rand) string {
	v := strconv.Itoa(100 + r.IntN(900000))
	if len(v) > 3 {
		head, tail := v[:len(v)-3], v[len(v)-3:]
		var parts []string
		for len(head) > 2 {
			parts = append([]string{head[len(head)-2:]}, parts...)
			head = head[:len(head)-2]
		}
		if head != "" {
			parts = append([]string{head}, parts...)
		}
		v = strings.Join(parts, ",") + "," + tail
	}
	return v + "." + dig(r, 2)
}

func locByCode(c string) *locale {
	for _, l := range locales {
		if l.code == c {
			return l
		}
	}
	panic("no locale " + c)
}
