package twentyfiftheval

import (
	"strings"
)

// Hand-written per-locale tables: given and family names in their script and
// as marketplaces romanise them, streets, districts, cities and postcodes,
// and phone formats as each country writes them and as the APIs normalise
// them. gofakeit supplies the en_US people.

// nm is a name or place in its script (N) and romanised (R); NF/RF are the
// female forms of a family name where the language inflects it.
type nm struct{ N, R, NF, RF string }

func n2(n, r string) nm { return nm{N: n, R: r} }
func n1(s string) nm    { return nm{N: s, R: s} }

func nms(pairs ...string) []nm {
	var out []nm
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, n2(pairs[i], pairs[i+1]))
	}
	return out
}

func lat(names string) []nm {
	var out []nm
	for _, s := range strings.Split(names, ",") {
		s = strings.TrimSpace(s)
		if s != "" {
			out = append(out, n1(s))
		}
	}
	return out
}

// fam4 is a family name with female forms.
func fam4(n, r, nf, rf string) nm { return nm{N: n, R: r, NF: nf, RF: rf} }

type phone struct {
	cc, nsn                        string
	e164, intl, natl, noplus, natv string
}

type addr struct {
	line1, line2, district, city, region, post, country string // in the locale's script
	rline1, rline2, rdistrict, rcity, rregion           string // romanised
	one, rone                                           string // one line, native and romanised
}

type locale struct {
	code      string
	country   string // ISO 3166-1 alpha-2
	countryN  string // the country's name as its marketplaces print it
	latin     bool
	famFirst  bool // native order: family name first
	joined    bool // native full name written without a space
	zero      rune // native digit zero for numbers written in the script's digits (0: none)
	givenM    []nm
	givenF    []nm
	family    []nm
	domains   []string
	phone     func(g *gen) phone
	addr      func(g *gen) addr
	iban      string
	cards     []string
	currency  string
	patronymB string // Malay "bin"/"binti" style (ms_MY)
}

func mkPhone(cc, nsn, intl, natl string) phone {
	return phone{cc: cc, nsn: nsn, e164: "+" + cc + nsn, intl: intl, natl: natl, noplus: cc + nsn}
}

// mask fills the '#' of m with the digits of d in order.
func mask(m, d string) string {
	var b strings.Builder
	i := 0
	for _, r := range m {
		if r == '#' && i < len(d) {
			b.WriteByte(d[i])
			i++
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func nativeDigits(s string, zero rune) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return zero + r - '0'
		}
		return r
	}, s)
}

// simplePhone: nsn = a prefix and random digits, with masks for the
// international and the national writing.
func simplePhone(cc string, prefixes []string, nsnLen int, intlMasks, natlMasks []string) func(g *gen) phone {
	return func(g *gen) phone {
		p := g.pickS(prefixes)
		nsn := p + g.digits(nsnLen-len(p))
		return mkPhone(cc, nsn, mask(g.pickS(intlMasks), nsn), mask(g.pickS(natlMasks), nsn))
	}
}

func pl(xs ...string) []string { return xs }

var locales []*locale
var localeByCode = map[string]*locale{}

func init() {
	for _, l := range []*locale{
		esAR(), esPE(), esMX(), esCO(), ptBR(), jaJP(), koKR(), zhCN(), plPL(), hiIN(), enIN(), trTR(),
		ruRU(), ukUA(), arAE(), arSA(), idID(), msMY(), tlPH(), viVN(), thTH(), deDE(), nlNL(), frFR(),
		itIT(), csCZ(), roRO(), elGR(), heIL(), enNG(), swKE(), enUS(),
	} {
		locales = append(locales, l)
		localeByCode[l.code] = l
	}
}

// ---------------------------------------------------------------- es_AR

func esAR() *locale {
	return &locale{
		code: "es_AR", country: "AR", countryN: "Argentina", latin: true,
		givenM:  lat("Santiago, Mateo, Joaquín, Facundo, Agustín, Tomás, Nicolás, Gonzalo, Ezequiel"),
		givenF:  lat("Valentina, Camila, Martina, Lucía, Florencia, Micaela, Agustina, Rocío, Milagros"),
		family:  lat("González, Rodríguez, Fernández, López, Martínez, Pereyra, Gómez, Sosa, Benítez, Acosta, Medina, Herrera, Aguirre, Giménez"),
		domains: pl("gmail.com", "hotmail.com.ar", "yahoo.com.ar", "outlook.com", "fibertel.com.ar"),
		phone: func(g *gen) phone {
			if g.chance(0.6) {
				s := g.digitsNZ(8)
				nsn := "911" + s
				return mkPhone("54", nsn, "+54 9 11 "+s[:4]+"-"+s[4:], g.pick("011 15-"+s[:4]+"-"+s[4:], "(011) 15 "+s[:4]+"-"+s[4:], "11 "+s[:4]+"-"+s[4:]))
			}
			area := g.pick("351", "341", "261", "221", "381")
			s := g.digitsNZ(7)
			nsn := "9" + area + s
			return mkPhone("54", nsn, "+54 9 "+area+" "+s[:3]+"-"+s[3:], g.pick("0"+area+" 15-"+s[:3]+"-"+s[3:], "("+area+") 15 "+s[:3]+"-"+s[3:]))
		},
		addr: func(g *gen) addr {
			type city struct{ c, r, p string }
			cs := []city{{"CABA", "Ciudad Autónoma de Buenos Aires", "C"}, {"Córdoba", "Córdoba", "X"}, {"Rosario", "Santa Fe", "S"}, {"Mendoza", "Mendoza", "M"}, {"La Plata", "Buenos Aires", "B"}}
			ct := cs[g.n(len(cs))]
			post := ct.p + g.num(1000, 1999) + g.from(upper, 3)
			l1 := g.pick("Av. Corrientes", "Av. Rivadavia", "Av. Cabildo", "Lavalle", "Humberto Primo", "Juramento", "Av. Santa Fe", "Tucumán", "Paraguay") + " " + g.num(100, 5999)
			l2 := ""
			if g.chance(0.6) {
				l2 = "Piso " + g.num(1, 14) + " Dpto " + g.pick("A", "B", "C", "D", "4")
			}
			d := g.pick("Palermo", "Belgrano", "Almagro", "Caballito", "Recoleta", "Nueva Córdoba", "Villa Urquiza")
			return latinAddr(l1, l2, d, ct.c, ct.r, post, "Argentina", func(a addr) string {
				return join(", ", a.line1, a.line2, a.district, a.post+" "+a.city, a.region)
			})
		},
		cards: pl("visa", "mastercard", "amex"), currency: "ARS",
	}
}

// latinAddr fills an address whose native and romanised forms are the same.
func latinAddr(l1, l2, d, city, region, post, country string, one func(a addr) string) addr {
	a := addr{line1: l1, line2: l2, district: d, city: city, region: region, post: post, country: country}
	a.rline1, a.rline2, a.rdistrict, a.rcity, a.rregion = l1, l2, d, city, region
	a.one = one(a)
	a.rone = a.one
	return a
}

func join(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// ---------------------------------------------------------------- es_PE

func esPE() *locale {
	return &locale{
		code: "es_PE", country: "PE", countryN: "Perú", latin: true,
		givenM:  lat("Luis, Jorge, Renzo, Diego, Piero, Jhonatan, Christian, Marco"),
		givenF:  lat("Rosa, Milagros, Fiorella, Ximena, Karina, Yesenia, Lucero, Andrea"),
		family:  lat("Quispe, Flores, Huamán, Mamani, Rojas, Vásquez, Chávez, Ramírez, Condori, Salazar, Cárdenas, Torres"),
		domains: pl("gmail.com", "hotmail.com", "outlook.com", "yahoo.es"),
		phone:   simplePhone("51", pl("9"), 9, pl("+51 ### ### ###", "+51 #########"), pl("### ### ###", "#########", "### ######")),
		addr: func(g *gen) addr {
			type city struct{ c, r, p string }
			cs := []city{{"Lima", "Lima", "150"}, {"Arequipa", "Arequipa", "040"}, {"Trujillo", "La Libertad", "130"}, {"Cusco", "Cusco", "080"}}
			ct := cs[g.n(len(cs))]
			l1 := g.pick("Av. Arequipa", "Jr. de la Unión", "Av. Javier Prado Este", "Calle Los Pinos", "Av. José Larco", "Jr. Huallaga", "Av. Petit Thouars") + " " + g.num(100, 4999)
			l2 := ""
			if g.chance(0.55) {
				l2 = g.pick("Dpto. ", "Dpto ", "Int. ") + g.num(101, 1204)
			}
			d := g.pick("Miraflores", "San Isidro", "Santiago de Surco", "Barranco", "Jesús María", "Yanahuara", "Wanchaq")
			return latinAddr(l1, l2, d, ct.c, ct.r, ct.p+g.digits(2), "Perú", func(a addr) string {
				return join(", ", a.line1, a.line2, a.district, a.city+" "+a.post)
			})
		},
		cards: pl("visa", "mastercard", "diners"), currency: "PEN",
	}
}

// ---------------------------------------------------------------- es_MX

func esMX() *locale {
	return &locale{
		code: "es_MX", country: "MX", countryN: "México", latin: true,
		givenM:  lat("José Luis, Alejandro, Fernando, Emiliano, Ricardo, Rodrigo, Arturo, Leonardo"),
		givenF:  lat("Guadalupe, Ximena, Daniela, Fernanda, Mariana, Regina, Itzel, Valeria"),
		family:  lat("Hernández, García, Martínez, López, González, Pérez, Sánchez, Ramírez, Cruz, Morales, Reyes, Gutiérrez"),
		domains: pl("gmail.com", "hotmail.com", "outlook.com", "prodigy.net.mx", "yahoo.com.mx"),
		phone: func(g *gen) phone {
			area := g.pick("55", "33", "81", "22")
			s := g.digitsNZ(8)
			nsn := area + s
			return mkPhone("52", nsn, g.pick("+52 "+area+" "+s[:4]+" "+s[4:], "+52 1 "+area+" "+s[:4]+" "+s[4:], "+52"+nsn), g.pick(area+" "+s[:4]+" "+s[4:], "("+area+") "+s[:4]+"-"+s[4:], nsn))
		},
		addr: func(g *gen) addr {
			type city struct{ c, r, p string }
			cs := []city{{"Ciudad de México", "CDMX", "06"}, {"Guadalajara", "Jal.", "44"}, {"Monterrey", "N.L.", "64"}, {"Puebla", "Pue.", "72"}}
			ct := cs[g.n(len(cs))]
			l1 := g.pick("Av. Insurgentes Sur", "Calle Durango", "Av. Paseo de la Reforma", "Calle Tonalá", "Av. Álvaro Obregón", "Calle Ámsterdam", "Av. Chapultepec") + " " + g.num(10, 2999)
			l2 := ""
			if g.chance(0.5) {
				l2 = g.pick("Int. ", "Depto. ", "Piso ") + g.num(1, 802)
			}
			d := g.pick("Col. Roma Norte", "Col. Del Valle", "Col. Condesa", "Col. Juárez", "Col. Narvarte", "Col. Americana", "Col. Del Carmen")
			return latinAddr(l1, l2, d, ct.c, ct.r, ct.p+g.digits(3), "México", func(a addr) string {
				return join(", ", a.line1, a.line2, a.district, a.post+" "+a.city, a.region)
			})
		},
		cards: pl("visa", "mastercard", "amex"), currency: "MXN",
	}
}

// ---------------------------------------------------------------- es_CO

func esCO() *locale {
	return &locale{
		code: "es_CO", country: "CO", countryN: "Colombia", latin: true,
		givenM:  lat("Andrés, Sebastián, Camilo, Santiago, Julián, Felipe, Esteban, Mauricio"),
		givenF:  lat("Paula, Natalia, Daniela, Manuela, Catalina, Juliana, Alejandra, Laura"),
		family:  lat("Restrepo, Cardona, Ospina, Gutiérrez, Londoño, Zapata, Arango, Giraldo, Valencia, Castaño, Quintero, Jaramillo"),
		domains: pl("gmail.com", "hotmail.com", "outlook.com", "une.net.co"),
		phone:   simplePhone("57", pl("300", "310", "311", "312", "315", "316", "318", "320"), 10, pl("+57 ### ### ####", "+57 ##########"), pl("### ### ####", "### #######", "(###) ### ####")),
		addr: func(g *gen) addr {
			type city struct{ c, r, p string }
			cs := []city{{"Bogotá", "Cundinamarca", "110"}, {"Medellín", "Antioquia", "050"}, {"Cali", "Valle del Cauca", "760"}, {"Barranquilla", "Atlántico", "080"}}
			ct := cs[g.n(len(cs))]
			l1 := g.pick("Calle", "Carrera", "Avenida", "Diagonal", "Transversal") + " " + g.num(1, 140) + g.pick("", "", "A", "B", " Bis") + " # " + g.num(1, 99) + "-" + g.num(1, 99)
			l2 := ""
			if g.chance(0.6) {
				l2 = g.pick("Apto ", "Torre 2 Apto ", "Casa ", "Interior 3 Apto ") + g.num(101, 1504)
			}
			d := g.pick("Chapinero", "Usaquén", "El Poblado", "Laureles", "Granada", "El Prado", "Cedritos")
			return latinAddr(l1, l2, d, ct.c, ct.r, ct.p+g.digits(3), "Colombia", func(a addr) string {
				return join(", ", a.line1, a.line2, a.district, a.city, a.region+" "+a.post)
			})
		},
		cards: pl("visa", "mastercard", "diners"), currency: "COP",
	}
}

// ---------------------------------------------------------------- pt_BR

func ptBR() *locale {
	return &locale{
		code: "pt_BR", country: "BR", countryN: "Brasil", latin: true,
		givenM:  lat("João, Pedro, Gabriel, Lucas, Rafael, Gustavo, Matheus, Thiago, Leandro"),
		givenF:  lat("Maria, Juliana, Beatriz, Larissa, Fernanda, Camila, Letícia, Aline, Tatiane"),
		family:  lat("Silva, Santos, Oliveira, Souza, Pereira, Costa, Rodrigues, Almeida, Nascimento, Ferreira, Carvalho, Ribeiro, Gonçalves, Araújo"),
		domains: pl("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "yahoo.com.br"),
		phone: func(g *gen) phone {
			area := g.pick("11", "21", "31", "41", "51", "61", "71", "81", "19", "47")
			s := "9" + g.digitsNZ(8)
			nsn := area + s
			return mkPhone("55", nsn, g.pick("+55 "+area+" "+s[:5]+"-"+s[5:], "+55 ("+area+") "+s[:5]+"-"+s[5:], "+55"+nsn), g.pick("("+area+") "+s[:5]+"-"+s[5:], area+" "+s[:5]+"-"+s[5:], "("+area+")"+s, "0"+area+" "+s[:5]+"-"+s[5:]))
		},
		addr: func(g *gen) addr {
			type city struct{ c, r, p string }
			cs := []city{{"São Paulo", "SP", "0"}, {"Rio de Janeiro", "RJ", "2"}, {"Belo Horizonte", "MG", "30"}, {"Curitiba", "PR", "80"}, {"Porto Alegre", "RS", "90"}, {"Salvador", "BA", "40"}, {"Campinas", "SP", "13"}}
			ct := cs[g.n(len(cs))]
			p := ct.p + g.digits(5-len(ct.p))
			post := p + "-" + g.digits(3)
			st := g.pick("Rua das Flores", "Av. Paulista", "Rua Augusta", "Rua Oscar Freire", "Av. Brigadeiro Faria Lima", "Rua XV de Novembro", "Rua Marechal Deodoro", "Av. Sete de Setembro", "Rua dos Andradas", "Travessa São Bento")
			l1 := st + ", " + g.num(10, 3999)
			l2 := ""
			if g.chance(0.65) {
				l2 = g.pick("apto ", "Apto. ", "Bloco B, apto ", "casa ", "sala ") + g.num(2, 1804)
			}
			d := g.pick("Pinheiros", "Bela Vista", "Moema", "Savassi", "Batel", "Copacabana", "Moinhos de Vento", "Barra", "Cambuí")
			return latinAddr(l1, l2, d, ct.c, ct.r, post, "Brasil", func(a addr) string {
				if a.line2 != "" {
					return a.line1 + " - " + a.line2 + ", " + a.district + ", " + a.city + " - " + a.region + ", " + a.post
				}
				return a.line1 + ", " + a.district + ", " + a.city + " - " + a.region + ", " + a.post
			})
		},
		iban: "BR", cards: pl("visa", "mastercard", "elo", "hipercard", "amex"), currency: "BRL",
	}
}

// ---------------------------------------------------------------- ja_JP

func jaJP() *locale {
	return &locale{
		code: "ja_JP", country: "JP", countryN: "日本", famFirst: true,
		givenM:  nms("健太", "Kenta", "翔太", "Shota", "拓海", "Takumi", "悠真", "Yuma", "大輔", "Daisuke", "陽翔", "Haruto", "直樹", "Naoki", "和也", "Kazuya"),
		givenF:  nms("美咲", "Misaki", "陽菜", "Hina", "さくら", "Sakura", "彩花", "Ayaka", "由美子", "Yumiko", "真由美", "Mayumi", "愛子", "Aiko", "千尋", "Chihiro"),
		family:  nms("佐藤", "Sato", "鈴木", "Suzuki", "高橋", "Takahashi", "田中", "Tanaka", "伊藤", "Ito", "渡辺", "Watanabe", "山本", "Yamamoto", "中村", "Nakamura", "小林", "Kobayashi", "加藤", "Kato", "吉田", "Yoshida", "山口", "Yamaguchi"),
		domains: pl("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "i.softbank.jp"),
		phone: func(g *gen) phone {
			p := g.pick("90", "80", "70")
			s := g.digitsNZ(8)
			nsn := p + s
			return mkPhone("81", nsn, g.pick("+81 "+p+"-"+s[:4]+"-"+s[4:], "+81-"+p+"-"+s[:4]+"-"+s[4:], "+81 "+p+" "+s[:4]+" "+s[4:]), g.pick("0"+p+"-"+s[:4]+"-"+s[4:], "0"+nsn, "0"+p+" "+s[:4]+" "+s[4:]))
		},
		addr: func(g *gen) addr {
			type row struct{ pn, pr, cn, cr, tn, tr, post string }
			rows := []row{
				{"東京都", "Tokyo", "渋谷区", "Shibuya-ku", "神南", "Jinnan", "150-0041"},
				{"東京都", "Tokyo", "世田谷区", "Setagaya-ku", "三軒茶屋", "Sangenjaya", "154-0024"},
				{"大阪府", "Osaka", "大阪市北区", "Osaka-shi Kita-ku", "梅田", "Umeda", "530-0001"},
				{"神奈川県", "Kanagawa", "横浜市西区", "Yokohama-shi Nishi-ku", "みなとみらい", "Minatomirai", "220-0012"},
				{"愛知県", "Aichi", "名古屋市中区", "Nagoya-shi Naka-ku", "栄", "Sakae", "460-0008"},
				{"福岡県", "Fukuoka", "福岡市博多区", "Fukuoka-shi Hakata-ku", "博多駅前", "Hakataekimae", "812-0011"},
				{"北海道", "Hokkaido", "札幌市中央区", "Sapporo-shi Chuo-ku", "大通西", "Odorinishi", "060-0042"},
			}
			r := rows[g.n(len(rows))]
			blk := g.num(1, 6) + "-" + g.num(1, 30) + "-" + g.num(1, 20)
			bn := []nm{n2("グランドメゾン", "Grand Maison"), n2("サンハイツ", "Sun Heights"), n2("パークコート", "Park Court"), n2("メゾン桜", "Maison Sakura"), n2("コーポ若葉", "Corpo Wakaba")}
			b := bn[g.n(len(bn))]
			room := g.num(101, 1205)
			a := addr{line1: r.tn + blk, line2: b.N + room + g.pick("号室", ""), city: r.cn, region: r.pn, post: r.post, country: "日本",
				rline1: blk + " " + r.tr, rline2: b.R + " " + room, rcity: r.cr, rregion: r.pr}
			a.one = g.pick("〒", "") + a.post + " " + a.region + a.city + a.line1 + " " + a.line2
			a.rone = a.rline2 + ", " + a.rline1 + ", " + a.rcity + ", " + a.rregion + " " + a.post
			return a
		},
		cards: pl("jcb", "visa", "mastercard", "amex"), currency: "JPY",
	}
}

// ---------------------------------------------------------------- ko_KR

func koKR() *locale {
	return &locale{
		code: "ko_KR", country: "KR", countryN: "대한민국", famFirst: true, joined: true,
		givenM:  nms("민준", "Minjun", "지호", "Jiho", "도윤", "Doyun", "예준", "Yejun", "현우", "Hyunwoo", "성민", "Sungmin", "준서", "Junseo"),
		givenF:  nms("서연", "Seoyeon", "하은", "Haeun", "지우", "Jiwoo", "수빈", "Subin", "지민", "Jimin", "유진", "Yujin", "예린", "Yerin"),
		family:  nms("김", "Kim", "이", "Lee", "박", "Park", "최", "Choi", "정", "Jung", "강", "Kang", "조", "Cho", "윤", "Yoon", "장", "Jang", "임", "Lim"),
		domains: pl("naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com"),
		phone:   simplePhone("82", pl("10"), 10, pl("+82 ##-####-####", "+82 ## #### ####", "+82-##-####-####"), pl("0##-####-####", "0## #### ####", "0##########")),
		addr: func(g *gen) addr {
			type row struct{ sn, sr, gn, gr, rn, rr, dong, post string }
			rows := []row{
				{"서울특별시", "Seoul", "강남구", "Gangnam-gu", "테헤란로", "Teheran-ro", "역삼동", "06236"},
				{"서울특별시", "Seoul", "마포구", "Mapo-gu", "월드컵북로", "World Cup buk-ro", "상암동", "03925"},
				{"서울특별시", "Seoul", "송파구", "Songpa-gu", "올림픽로", "Olympic-ro", "잠실동", "05551"},
				{"부산광역시", "Busan", "해운대구", "Haeundae-gu", "해운대로", "Haeundae-ro", "우동", "48094"},
				{"경기도", "Gyeonggi-do", "성남시 분당구", "Seongnam-si Bundang-gu", "판교역로", "Pangyoyeok-ro", "백현동", "13494"},
				{"인천광역시", "Incheon", "연수구", "Yeonsu-gu", "컨벤시아대로", "Convensia-daero", "송도동", "21998"},
			}
			r := rows[g.n(len(rows))]
			no := g.num(1, 399)
			unit := g.num(101, 115) + "동 " + g.num(101, 2504) + "호"
			runit := "Apt " + unit[:3] + "-" + strings.TrimSuffix(strings.Fields(unit)[1], "호")
			a := addr{line1: r.sn + " " + r.gn + " " + r.rn + " " + no, line2: unit + " (" + r.dong + ")", city: r.gn, region: r.sn, post: r.post, country: "대한민국",
				rline1: no + " " + r.rr + ", " + r.gr, rline2: runit, rcity: r.gr, rregion: r.sr}
			a.one = a.line1 + ", " + a.line2 + " " + a.post
			a.rone = a.rline2 + ", " + a.rline1 + ", " + a.rregion + " " + a.post
			return a
		},
		cards: pl("visa", "mastercard", "amex", "jcb"), currency: "KRW",
	}
}

// ---------------------------------------------------------------- zh_CN

func zhCN() *locale {
	return &locale{
		code: "zh_CN", country: "CN", countryN: "中国", famFirst: true, joined: true,
		givenM:  nms("子轩", "Zixuan", "浩然", "Haoran", "俊杰", "Junjie", "宇航", "Yuhang", "志强", "Zhiqiang", "建华", "Jianhua", "明辉", "Minghui"),
		givenF:  nms("雨桐", "Yutong", "欣怡", "Xinyi", "梓涵", "Zihan", "佳怡", "Jiayi", "思琪", "Siqi", "丽娟", "Lijuan", "晓燕", "Xiaoyan"),
		family:  nms("王", "Wang", "李", "Li", "张", "Zhang", "刘", "Liu", "陈", "Chen", "杨", "Yang", "黄", "Huang", "赵", "Zhao", "周", "Zhou", "吴", "Wu", "欧阳", "Ouyang"),
		domains: pl("qq.com", "163.com", "126.com", "sina.com", "foxmail.com"),
		phone: func(g *gen) phone {
			p := g.pick("138", "139", "150", "151", "158", "186", "188", "135", "177", "199")
			s := g.digits(8)
			nsn := p + s
			return mkPhone("86", nsn, g.pick("+86 "+p+" "+s[:4]+" "+s[4:], "+86-"+nsn, "+86 "+nsn), g.pick(nsn, nsn, p+" "+s[:4]+" "+s[4:], p+"-"+s[:4]+"-"+s[4:]))
		},
		addr: func(g *gen) addr {
			type row struct{ pn, pr, cn, cr, dn, dr, rn, rr, post string }
			rows := []row{
				{"广东省", "Guangdong", "深圳市", "Shenzhen", "南山区", "Nanshan District", "科技南路", "Keji South Road", "518057"},
				{"上海市", "Shanghai", "上海市", "Shanghai", "浦东新区", "Pudong New Area", "世纪大道", "Century Avenue", "200120"},
				{"北京市", "Beijing", "北京市", "Beijing", "朝阳区", "Chaoyang District", "建国路", "Jianguo Road", "100022"},
				{"浙江省", "Zhejiang", "杭州市", "Hangzhou", "西湖区", "Xihu District", "文三路", "Wensan Road", "310012"},
				{"四川省", "Sichuan", "成都市", "Chengdu", "武侯区", "Wuhou District", "人民南路", "Renmin South Road", "610041"},
				{"广东省", "Guangdong", "广州市", "Guangzhou", "天河区", "Tianhe District", "天河北路", "Tianhe North Road", "510620"},
			}
			r := rows[g.n(len(rows))]
			bn := []nm{n2("阳光花园", "Sunshine Garden"), n2("金色家园", "Golden Home"), n2("翠苑小区", "Cuiyuan Community"), n2("华府公寓", "Huafu Apartments"), n2("锦绣苑", "Jinxiu Court")}
			b := bn[g.n(len(bn))]
			no := g.num(1, 999)
			bld := g.num(1, 28)
			room := g.num(101, 2806)
			a := addr{line1: r.rn + no + "号", line2: b.N + bld + "栋" + room + "室", district: r.dn, city: r.cn, region: r.pn, post: r.post, country: "中国",
				rline1: "No. " + no + " " + r.rr, rline2: "Room " + room + ", Building " + bld + ", " + b.R, rdistrict: r.dr, rcity: r.cr, rregion: r.pr}
			cityPart := r.cn
			if r.pn == r.cn {
				cityPart = ""
			}
			a.one = r.pn + cityPart + r.dn + a.line1 + a.line2
			a.rone = a.rline2 + ", " + a.rline1 + ", " + r.dr + ", " + r.cr + ", " + r.pr + " " + r.post
			return a
		},
		cards: pl("unionpay", "unionpay19", "visa", "mastercard"), currency: "CNY",
	}
}

// ---------------------------------------------------------------- pl_PL

func plPL() *locale {
	return &locale{
		code: "pl_PL", country: "PL", countryN: "Polska", latin: true,
		givenM: lat("Jakub, Kacper, Mateusz, Wojciech, Bartosz, Krzysztof, Łukasz, Paweł, Michał"),
		givenF: lat("Anna, Zuzanna, Katarzyna, Agnieszka, Małgorzata, Joanna, Magdalena, Aleksandra, Karolina"),
		family: []nm{n1("Nowak"), fam4("Kowalski", "Kowalski", "Kowalska", "Kowalska"), fam4("Wiśniewski", "Wiśniewski", "Wiśniewska", "Wiśniewska"),
			n1("Wójcik"), n1("Kowalczyk"), n1("Mazur"), n1("Krawczyk"), n1("Kaczmarek"), n1("Zając"), n1("Król"),
			fam4("Lewandowski", "Lewandowski", "Lewandowska", "Lewandowska"), fam4("Zieliński", "Zieliński", "Zielińska", "Zielińska"), fam4("Szymański", "Szymański", "Szymańska", "Szymańska")},
		domains: pl("wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"),
		phone:   simplePhone("48", pl("50", "51", "53", "57", "60", "66", "69", "72", "79", "88"), 9, pl("+48 ### ### ###", "+48 #########", "+48-###-###-###"), pl("### ### ###", "###-###-###", "#########")),
		addr: func(g *gen) addr {
			type city struct{ c, r, p string }
			cs := []city{{"Warszawa", "mazowieckie", "0"}, {"Kraków", "małopolskie", "3"}, {"Łódź", "łódzkie", "9"}, {"Wrocław", "dolnośląskie", "5"}, {"Gdańsk", "pomorskie", "80"}, {"Poznań", "wielkopolskie", "6"}}
			ct := cs[g.n(len(cs))]
			p := ct.p + g.digits(2-len(ct.p)) + "-" + g.digits(3)
			st := g.pick("ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Floriańska", "ul. Grunwaldzka", "os. Kościuszkowskie", "ul. Świętokrzyska", "ul. Jana Pawła II")
			no := g.num(1, 240)
			l1 := st + " " + no
			if g.chance(0.6) {
				l1 += g.pick("/", " m. ", " lok. ") + g.num(1, 80)
			}
			return latinAddr(l1, "", "", ct.c, ct.r, p, "Polska", func(a addr) string {
				return a.line1 + ", " + a.post + " " + a.city
			})
		},
		iban: "PL", cards: pl("visa", "mastercard"), currency: "PLN",
	}
}

// ---------------------------------------------------------------- hi_IN (Devanagari) and en_IN

var inNamesM = nms("आरव", "Aarav", "विहान", "Vihaan", "राहुल", "Rahul", "अर्जुन", "Arjun", "रोहित", "Rohit", "अमित", "Amit", "सुरेश", "Suresh", "विकास", "Vikas")
var inNamesF = nms("अनन्या", "Ananya", "दीपिका", "Deepika", "प्रिया", "Priya", "स्नेहा", "Sneha", "पूजा", "Pooja", "नेहा", "Neha", "कविता", "Kavita", "सुनीता", "Sunita")
var inFamily = nms("शर्मा", "Sharma", "वर्मा", "Verma", "गुप्ता", "Gupta", "पटेल", "Patel", "सिंह", "Singh", "रेड्डी", "Reddy", "नायर", "Nair", "जोशी", "Joshi", "अग्रवाल", "Agarwal", "मिश्रा", "Mishra", "चौहान", "Chauhan", "यादव", "Yadav")

func inPhone(g *gen) phone {
	s := string("6789"[g.n(4)]) + g.digits(9)
	return mkPhone("91", s, g.pick("+91 "+s[:5]+" "+s[5:], "+91-"+s, "+91 "+s, "+91 "+s[:3]+" "+s[3:6]+" "+s[6:]), g.pick("0"+s, s[:5]+" "+s[5:], s, "0"+s[:5]+"-"+s[5:]))
}

func hiIN() *locale {
	return &locale{
		code: "hi_IN", country: "IN", countryN: "भारत", zero: 0x966,
		givenM: inNamesM, givenF: inNamesF, family: inFamily,
		domains: pl("gmail.com", "rediffmail.com", "yahoo.co.in"),
		phone:   inPhone,
		addr: func(g *gen) addr {
			type row struct{ ln, lr, cn, cr, sn, sr, p string }
			rows := []row{
				{"लाजपत नगर", "Lajpat Nagar", "नई दिल्ली", "New Delhi", "दिल्ली", "Delhi", "1100"},
				{"मालवीय नगर", "Malviya Nagar", "जयपुर", "Jaipur", "राजस्थान", "Rajasthan", "3020"},
				{"गोमती नगर", "Gomti Nagar", "लखनऊ", "Lucknow", "उत्तर प्रदेश", "Uttar Pradesh", "2260"},
				{"अरेरा कॉलोनी", "Arera Colony", "भोपाल", "Bhopal", "मध्य प्रदेश", "Madhya Pradesh", "4620"},
				{"कंकड़बाग", "Kankarbagh", "पटना", "Patna", "बिहार", "Bihar", "8000"},
			}
			r := rows[g.n(len(rows))]
			h, gl := g.num(1, 480), g.num(1, 24)
			post := r.p + g.digits(2)
			a := addr{line1: "मकान नं. " + h + ", गली नं. " + gl, line2: g.pick("", "शिव मंदिर के पास", "पुलिस चौकी के सामने"), district: r.ln, city: r.cn, region: r.sn, post: post, country: "भारत",
				rline1: "House No. " + h + ", Gali No. " + gl, rdistrict: r.lr, rcity: r.cr, rregion: r.sr}
			if a.line2 != "" {
				a.rline2 = map[string]string{"शिव मंदिर के पास": "Near Shiv Mandir", "पुलिस चौकी के सामने": "Opp. Police Chowki"}[a.line2]
			}
			a.one = join(", ", a.line1, a.line2, a.district, a.city, a.region+" "+a.post)
			a.rone = join(", ", a.rline1, a.rline2, a.rdistrict, a.rcity, a.rregion+" "+a.post)
			return a
		},
		cards: pl("rupay", "visa", "mastercard"), currency: "INR",
	}
}

func enIN() *locale {
	rom := func(xs []nm) []nm {
		out := make([]nm, len(xs))
		for i, x := range xs {
			out[i] = n1(x.R)
		}
		return out
	}
	return &locale{
		code: "en_IN", country: "IN", countryN: "India", latin: true,
		givenM: append(rom(inNamesM), lat("Karthik, Venkatesh, Sanjay, Pranav")...), givenF: append(rom(inNamesF), lat("Lakshmi, Divya, Meenakshi, Shruti")...),
		family:  append(rom(inFamily), lat("Iyer, Menon, Krishnan, Pillai, Banerjee, Mukherjee, Deshmukh")...),
		domains: pl("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
		phone:   inPhone,
		addr: func(g *gen) addr {
			type row struct{ loc, c, s, p string }
			rows := []row{{"Indiranagar", "Bengaluru", "Karnataka", "5600"}, {"Bandra West", "Mumbai", "Maharashtra", "4000"}, {"Banjara Hills", "Hyderabad", "Telangana", "5000"},
				{"Koregaon Park", "Pune", "Maharashtra", "4110"}, {"Salt Lake", "Kolkata", "West Bengal", "7000"}, {"Anna Nagar", "Chennai", "Tamil Nadu", "6000"}}
			r := rows[g.n(len(rows))]
			l1 := g.pick("Flat ", "Flat No. ", "#", "H.No. ") + g.num(1, 1204) + ", " + g.pick("Sai Residency", "Prestige Lakeside", "Green Valley Apartments", "Shanti Kunj", "Sri Krishna Enclave", "Lotus Towers")
			l2 := g.pick("12th Main Road", "Linking Road", "Road No. 2", "North Main Road", "2nd Cross Street", "100 Feet Road")
			if g.chance(0.4) {
				l2 += ", " + g.pick("Near Axis Bank", "Opp. City Mall", "Behind Ganesh Temple", "Near Metro Station")
			}
			return latinAddr(l1, l2, r.loc, r.c, r.s, r.p+g.digits(2), "India", func(a addr) string {
				return join(", ", a.line1, a.line2, a.district, a.city, a.region+" "+a.post)
			})
		},
		cards: pl("rupay", "visa", "mastercard"), currency: "INR",
	}
}

// ---------------------------------------------------------------- tr_TR

func trTR() *locale {
	return &locale{
		code: "tr_TR", country: "TR", countryN: "Türkiye", latin: true,
		givenM:  lat("Emre, Burak, Mehmet, Mustafa, Oğuz, Serkan, Tolga, Yusuf, Çağlar"),
		givenF:  lat("Zeynep, Elif, Ayşe, Büşra, Merve, Gülşen, Özlem, Şeyma, İrem"),
		family:  lat("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Doğan, Kılıç, Aslan, Çetin, Koç"),
		domains: pl("gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"),
		phone: func(g *gen) phone {
			s := "5" + g.pick("3", "4", "5", "0") + g.digits(8)
			return mkPhone("90", s, g.pick("+90 "+s[:3]+" "+s[3:6]+" "+s[6:8]+" "+s[8:], "+90"+s, "+90 ("+s[:3]+") "+s[3:6]+" "+s[6:8]+" "+s[8:]), g.pick("0 ("+s[:3]+") "+s[3:6]+" "+s[6:8]+" "+s[8:], "0"+s[:3]+" "+s[3:6]+" "+s[6:8]+" "+s[8:], "0"+s))
		},
		addr: func(g *gen) addr {
			type row struct{ d, c, p string }
			rows := []row{{"Şişli", "İstanbul", "343"}, {"Kadıköy", "İstanbul", "347"}, {"Çankaya", "Ankara", "066"}, {"Konak", "İzmir", "352"}, {"Nilüfer", "Bursa", "161"}, {"Muratpaşa", "Antalya", "070"}}
			r := rows[g.n(len(rows))]
			mah := g.pick("Cumhuriyet Mah.", "Moda Mah.", "Atatürk Mah.", "Bahçelievler Mah.", "Kızılay Mah.", "Fenerbahçe Mah.")
			st := g.pick("Gül Sok.", "Bağdat Cad.", "Halaskargazi Cad.", "Cemal Sururi Sok.", "Atatürk Bulvarı", "Menekşe Sok.", "Kıbrıs Şehitleri Cad.")
			l1 := mah + " " + st + " No: " + g.num(1, 180)
			if g.chance(0.7) {
				l1 += g.pick(" D: ", " Daire ", "/") + g.num(1, 24)
			}
			post := r.p + g.digits(2)
			return latinAddr(l1, "", r.d, r.c, r.c, post, "Türkiye", func(a addr) string {
				return a.line1 + ", " + a.post + " " + a.district + "/" + a.city
			})
		},
		iban: "TR", cards: pl("troy", "visa", "mastercard"), currency: "TRY",
	}
}

// ---------------------------------------------------------------- ru_RU

func ruRU() *locale {
	return &locale{
		code: "ru_RU", country: "RU", countryN: "Россия", famFirst: true,
		givenM: nms("Александр", "Aleksandr", "Дмитрий", "Dmitry", "Сергей", "Sergey", "Максим", "Maksim", "Андрей", "Andrey", "Никита", "Nikita", "Павел", "Pavel"),
		givenF: nms("Екатерина", "Ekaterina", "Анастасия", "Anastasia", "Ольга", "Olga", "Наталья", "Natalya", "Мария", "Maria", "Татьяна", "Tatyana", "Юлия", "Yulia"),
		family: []nm{fam4("Иванов", "Ivanov", "Иванова", "Ivanova"), fam4("Смирнов", "Smirnov", "Смирнова", "Smirnova"), fam4("Кузнецов", "Kuznetsov", "Кузнецова", "Kuznetsova"),
			fam4("Попов", "Popov", "Попова", "Popova"), fam4("Соколов", "Sokolov", "Соколова", "Sokolova"), fam4("Лебедев", "Lebedev", "Лебедева", "Lebedeva"),
			fam4("Морозов", "Morozov", "Морозова", "Morozova"), fam4("Волков", "Volkov", "Волкова", "Volkova"), fam4("Новиков", "Novikov", "Новикова", "Novikova"), fam4("Фёдоров", "Fyodorov", "Фёдорова", "Fyodorova")},
		domains: pl("mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "list.ru", "gmail.com"),
		phone: func(g *gen) phone {
			s := "9" + g.digits(9)
			return mkPhone("7", s, g.pick("+7 "+s[:3]+" "+s[3:6]+"-"+s[6:8]+"-"+s[8:], "+7 ("+s[:3]+") "+s[3:6]+"-"+s[6:8]+"-"+s[8:], "+7"+s), g.pick("8 ("+s[:3]+") "+s[3:6]+"-"+s[6:8]+"-"+s[8:], "8"+s, "8 "+s[:3]+" "+s[3:6]+" "+s[6:8]+" "+s[8:]))
		},
		addr: func(g *gen) addr {
			sts := []nm{n2("ул. Тверская", "ul. Tverskaya"), n2("пр-т Мира", "prospekt Mira"), n2("ул. Ленина", "ul. Lenina"), n2("Невский пр-т", "Nevsky prospekt"),
				n2("ул. Баумана", "ul. Baumana"), n2("ул. Малышева", "ul. Malysheva"), n2("ул. Красный проспект", "ul. Krasny prospekt")}
			type city struct{ n, r, p string }
			cs := []city{{"Москва", "Moskva", "1"}, {"Санкт-Петербург", "Sankt-Peterburg", "19"}, {"Казань", "Kazan", "420"}, {"Екатеринбург", "Yekaterinburg", "620"}, {"Новосибирск", "Novosibirsk", "630"}}
			st := sts[g.n(len(sts))]
			ct := cs[g.n(len(cs))]
			post := ct.p + g.digits(6-len(ct.p))
			d, k := g.num(1, 120), g.num(1, 240)
			corp := ""
			if g.chance(0.3) {
				corp = ", корп. " + g.num(1, 4)
			}
			a := addr{line1: st.N + ", д. " + d + corp + ", кв. " + k, city: "г. " + ct.n, region: "", post: post, country: "Россия",
				rline1: st.R + ", d. " + d + strings.ReplaceAll(corp, "корп.", "korp.") + ", kv. " + k, rcity: ct.r}
			a.one = a.post + ", " + a.city + ", " + a.line1
			a.rone = a.rline1 + ", " + a.rcity + ", " + a.post
			return a
		},
		cards: pl("mir", "visa", "mastercard"), currency: "RUB",
	}
}

// ---------------------------------------------------------------- uk_UA

func ukUA() *locale {
	return &locale{
		code: "uk_UA", country: "UA", countryN: "Україна", famFirst: true,
		givenM:  nms("Олександр", "Oleksandr", "Андрій", "Andrii", "Богдан", "Bohdan", "Тарас", "Taras", "Дмитро", "Dmytro", "Віталій", "Vitalii"),
		givenF:  nms("Оксана", "Oksana", "Юлія", "Yuliia", "Ірина", "Iryna", "Наталія", "Nataliia", "Олена", "Olena", "Соломія", "Solomiia"),
		family:  nms("Шевченко", "Shevchenko", "Коваленко", "Kovalenko", "Бондаренко", "Bondarenko", "Ткаченко", "Tkachenko", "Кравчук", "Kravchuk", "Мельник", "Melnyk", "Олійник", "Oliinyk", "Литвиненко", "Lytvynenko"),
		domains: pl("ukr.net", "gmail.com", "i.ua", "meta.ua"),
		phone: func(g *gen) phone {
			s := g.pick("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99") + g.digits(7)
			return mkPhone("380", s, g.pick("+380 "+s[:2]+" "+s[2:5]+" "+s[5:7]+" "+s[7:], "+380"+s, "+38 (0"+s[:2]+") "+s[2:5]+"-"+s[5:7]+"-"+s[7:]), g.pick("0"+s[:2]+" "+s[2:5]+" "+s[5:7]+" "+s[7:], "(0"+s[:2]+") "+s[2:5]+"-"+s[5:7]+"-"+s[7:], "0"+s))
		},
		addr: func(g *gen) addr {
			sts := []nm{n2("вул. Хрещатик", "vul. Khreshchatyk"), n2("просп. Перемоги", "prosp. Peremohy"), n2("вул. Городоцька", "vul. Horodotska"),
				n2("вул. Дерибасівська", "vul. Derybasivska"), n2("вул. Сумська", "vul. Sumska"), n2("вул. Шевченка", "vul. Shevchenka")}
			type city struct{ n, r, p string }
			cs := []city{{"Київ", "Kyiv", "01"}, {"Львів", "Lviv", "79"}, {"Одеса", "Odesa", "65"}, {"Харків", "Kharkiv", "61"}, {"Дніпро", "Dnipro", "49"}}
			st := sts[g.n(len(sts))]
			ct := cs[g.n(len(cs))]
			b, k := g.num(1, 150), g.num(1, 220)
			a := addr{line1: st.N + ", буд. " + b + ", кв. " + k, city: "м. " + ct.n, post: ct.p + g.digits(3), country: "Україна",
				rline1: st.R + ", bud. " + b + ", kv. " + k, rcity: ct.r}
			a.one = a.city + ", " + a.line1 + ", " + a.post
			a.rone = a.rline1 + ", " + a.rcity + ", " + a.post
			return a
		},
		iban: "UA", cards: pl("visa", "mastercard"), currency: "UAH",
	}
}

// ---------------------------------------------------------------- ar_AE

func arAE() *locale {
	return &locale{
		code: "ar_AE", country: "AE", countryN: "الإمارات", zero: 0x660,
		givenM:  nms("محمد", "Mohammed", "أحمد", "Ahmed", "خالد", "Khalid", "سعيد", "Saeed", "راشد", "Rashid", "حمدان", "Hamdan", "عبدالله", "Abdulla"),
		givenF:  nms("فاطمة", "Fatima", "مريم", "Mariam", "نورة", "Noura", "عائشة", "Aisha", "شيخة", "Shaikha", "موزة", "Moza", "حصة", "Hessa"),
		family:  nms("الهاشمي", "Al Hashimi", "المنصوري", "Al Mansouri", "النعيمي", "Al Nuaimi", "الشامسي", "Al Shamsi", "الكعبي", "Al Kaabi", "المهيري", "Al Mheiri", "الظاهري", "Al Dhaheri", "السويدي", "Al Suwaidi"),
		domains: pl("gmail.com", "hotmail.com", "emirates.net.ae", "outlook.com"),
		phone:   simplePhone("971", pl("50", "52", "54", "55", "56", "58"), 9, pl("+971 ## ### ####", "+971-##-###-####", "+971#########"), pl("0## ### ####", "0##-###-####", "0#########")),
		addr: func(g *gen) addr {
			type area struct{ n, r string }
			areas := []area{{"جميرا 1", "Jumeirah 1"}, {"دبي مارينا", "Dubai Marina"}, {"البرشاء", "Al Barsha"}, {"الخالدية", "Al Khalidiyah"}, {"النهدة", "Al Nahda"}, {"مردف", "Mirdif"}}
			roads := []area{{"شارع الوصل", "Al Wasl Road"}, {"شارع الشيخ زايد", "Sheikh Zayed Road"}, {"شارع الكورنيش", "Corniche Road"}, {"شارع الخليج", "Al Khaleej Road"}}
			cities := []area{{"دبي", "Dubai"}, {"أبوظبي", "Abu Dhabi"}, {"الشارقة", "Sharjah"}}
			ar, rd, ct := areas[g.n(len(areas))], roads[g.n(len(roads))], cities[g.n(len(cities))]
			var a addr
			if g.chance(0.5) {
				v, s := g.num(1, 90), g.num(2, 45)
				a.line1, a.rline1 = "فيلا "+v+"، شارع "+s, "Villa "+v+", Street "+s
			} else {
				apt := g.num(101, 4508)
				tw := []area{{"برج مارينا هايتس", "Marina Heights Tower"}, {"برج الياسمين", "Al Yasmeen Tower"}, {"برج اللؤلؤة", "Pearl Tower"}}
				t := tw[g.n(len(tw))]
				a.line1, a.rline1 = "شقة "+apt+"، "+t.n, "Apt "+apt+", "+t.r
			}
			a.line2, a.rline2 = rd.n, rd.r
			a.district, a.rdistrict = ar.n, ar.r
			a.city, a.rcity = ct.n, ct.r
			a.country = "الإمارات العربية المتحدة"
			a.one = a.line1 + "، " + a.line2 + "، " + a.district + "، " + a.city
			a.rone = a.rline1 + ", " + a.rline2 + ", " + a.rdistrict + ", " + a.rcity
			return a
		},
		iban: "AE", cards: pl("visa", "mastercard", "amex"), currency: "AED",
	}
}

// ---------------------------------------------------------------- ar_SA

func arSA() *locale {
	return &locale{
		code: "ar_SA", country: "SA", countryN: "السعودية", zero: 0x660,
		givenM:  nms("عبدالله", "Abdullah", "فهد", "Fahad", "سلطان", "Sultan", "تركي", "Turki", "نايف", "Nayef", "بندر", "Bandar", "ماجد", "Majed"),
		givenF:  nms("نورة", "Noura", "ريم", "Reem", "هيفاء", "Haifa", "لمى", "Lama", "جواهر", "Jawaher", "أمل", "Amal", "سارة", "Sarah"),
		family:  nms("العتيبي", "Al Otaibi", "القحطاني", "Al Qahtani", "الغامدي", "Al Ghamdi", "الشهري", "Al Shehri", "الدوسري", "Al Dosari", "الحربي", "Al Harbi", "الزهراني", "Al Zahrani", "المطيري", "Al Mutairi"),
		domains: pl("gmail.com", "hotmail.com", "outlook.sa", "yahoo.com"),
		phone:   simplePhone("966", pl("50", "53", "54", "55", "56", "59"), 9, pl("+966 ## ### ####", "+966-##-###-####", "+966#########"), pl("0## ### ####", "0##-###-####", "0#########")),
		addr: func(g *gen) addr {
			type p2 struct{ n, r string }
			roads := []p2{{"طريق الملك فهد", "King Fahd Road"}, {"شارع التحلية", "Tahlia Street"}, {"طريق الأمير محمد بن عبدالعزيز", "Prince Mohammed Bin Abdulaziz Road"}, {"شارع الأمير سلطان", "Prince Sultan Street"}, {"طريق العروبة", "Al Urubah Road"}}
			dists := []p2{{"حي العليا", "Al Olaya Dist."}, {"حي الملقا", "Al Malqa Dist."}, {"حي الروضة", "Al Rawdah Dist."}, {"حي الشاطئ", "Ash Shati Dist."}, {"حي النرجس", "An Narjis Dist."}}
			type city struct{ n, r, p string }
			cities := []city{{"الرياض", "Riyadh", "12"}, {"جدة", "Jeddah", "23"}, {"الدمام", "Dammam", "32"}}
			rd, ds, ct := roads[g.n(len(roads))], dists[g.n(len(dists))], cities[g.n(len(cities))]
			bno := g.num(2000, 9999)
			post := ct.p + g.digits(3)
			add := g.num(2000, 9999)
			a := addr{line1: bno + " " + rd.n, district: ds.n, city: ct.n, post: post, country: "المملكة العربية السعودية",
				rline1: bno + " " + rd.r, rdistrict: ds.r, rcity: ct.r}
			a.one = a.line1 + "، " + a.district + "، " + a.city + " " + post + " - " + add
			a.rone = a.rline1 + ", " + a.rdistrict + ", " + a.rcity + " " + post + " - " + add
			return a
		},
		iban: "SA", cards: pl("mada", "visa", "mastercard"), currency: "SAR",
	}
}

// ---------------------------------------------------------------- id_ID

func idID() *locale {
	return &locale{
		code: "id_ID", country: "ID", countryN: "Indonesia", latin: true,
		givenM:  lat("Budi, Agus, Rizky, Andi, Dimas, Hendra, Wahyu, Fajar, Bayu"),
		givenF:  lat("Siti, Dewi, Putri, Nurul, Ayu, Rina, Fitri, Indah, Wulan"),
		family:  lat("Santoso, Wijaya, Saputra, Lestari, Hidayat, Kusuma, Pratama, Setiawan, Nugroho, Rahayu, Susanto, Hartono"),
		domains: pl("gmail.com", "yahoo.co.id", "ymail.com", "outlook.co.id"),
		phone: func(g *gen) phone {
			p := g.pick("812", "813", "821", "822", "852", "857", "878", "896", "838")
			s := p + g.digits(g.rng(7, 8))
			n := s
			return mkPhone("62", n, g.pick("+62 "+n[:3]+"-"+n[3:7]+"-"+n[7:], "+62"+n, "(+62) "+n[:3]+" "+n[3:7]+" "+n[7:], "+62 "+n[:3]+" "+n[3:7]+" "+n[7:]), g.pick("0"+n[:3]+"-"+n[3:7]+"-"+n[7:], "0"+n, "0"+n[:3]+" "+n[3:7]+" "+n[7:]))
		},
		addr: func(g *gen) addr {
			type city struct{ c, r, p, kel, kec string }
			cs := []city{{"Jakarta Selatan", "DKI Jakarta", "129", "Karet Semanggi", "Setiabudi"}, {"Bandung", "Jawa Barat", "401", "Citarum", "Bandung Wetan"},
				{"Surabaya", "Jawa Timur", "602", "Gubeng", "Gubeng"}, {"Yogyakarta", "DI Yogyakarta", "552", "Terban", "Gondokusuman"}, {"Medan", "Sumatera Utara", "201", "Petisah Tengah", "Medan Petisah"}}
			ct := cs[g.n(len(cs))]
			l1 := g.pick("Jl. Sudirman", "Jl. Gatot Subroto", "Jl. Kebon Jeruk Raya", "Jl. Merdeka", "Jl. Diponegoro", "Jl. Pemuda", "Gg. Melati", "Jl. Dago") + " No. " + g.num(1, 250) + g.pick("", "", "A", "B")
			l2 := "RT " + g.padr(1, 15, 3) + "/RW " + g.padr(1, 12, 3)
			d := "Kel. " + ct.kel + ", Kec. " + ct.kec
			return latinAddr(l1, l2, d, ct.c, ct.r, ct.p+g.digits(2), "Indonesia", func(a addr) string {
				return join(", ", a.line1, a.line2, a.district, a.city, a.region+" "+a.post)
			})
		},
		cards: pl("visa", "mastercard", "jcb"), currency: "IDR",
	}
}

// ---------------------------------------------------------------- ms_MY

func msMY() *locale {
	return &locale{
		code: "ms_MY", country: "MY", countryN: "Malaysia", latin: true, patronymB: "bin",
		givenM:  lat("Muhammad Hafiz, Ahmad Faiz, Mohd Azlan, Amirul Hakim, Syed Farhan, Khairul Anuar"),
		givenF:  lat("Nur Aisyah, Siti Hajar, Nurul Izzah, Farah Nadia, Aina Sofea, Nor Azlina"),
		family:  lat("Ismail, Rahman, Abdullah, Hassan, Ibrahim, Othman, Yusof, Kamaruddin, Zakaria, Hamzah"),
		domains: pl("gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com"),
		phone: func(g *gen) phone {
			p := g.pick("12", "13", "16", "17", "19", "11")
			s := p + g.digits(7)
			if p == "11" {
				s = p + g.digits(8)
			}
			return mkPhone("60", s, g.pick("+60 "+s[:2]+"-"+s[2:5]+" "+s[5:], "+60"+s, "+60 "+s[:2]+" "+s[2:5]+" "+s[5:]), g.pick("0"+s[:2]+"-"+s[2:5]+" "+s[5:], "0"+s, "0"+s[:2]+"-"+s[2:]))
		},
		addr: func(g *gen) addr {
			type city struct{ c, r, p string }
			cs := []city{{"Petaling Jaya", "Selangor", "473"}, {"Kuala Lumpur", "W.P. Kuala Lumpur", "504"}, {"Johor Bahru", "Johor", "800"}, {"George Town", "Pulau Pinang", "102"}, {"Shah Alam", "Selangor", "400"}}
			ct := cs[g.n(len(cs))]
			l1 := "No. " + g.num(1, 120) + ", " + g.pick("Jalan SS 2/24", "Jalan Ampang", "Jalan Tun Razak", "Jalan Bukit Bintang", "Lorong Maarof", "Jalan Sultan Ismail", "Jalan Tasik Utama 3")
			d := g.pick("Taman Bahagia", "Taman Tun Dr Ismail", "Taman Desa", "Bandar Utama", "Taman Melawati")
			if g.chance(0.3) {
				l1 = g.pick("A-", "B-", "C-") + g.num(1, 30) + "-" + g.num(1, 12) + ", " + g.pick("Residensi Mutiara", "Pangsapuri Seri Kenanga", "Vista Komanwel")
			}
			return latinAddr(l1, "", d, ct.c, ct.r, ct.p+g.digits(2), "Malaysia", func(a addr) string {
				return a.line1 + ", " + a.district + ", " + a.post + " " + a.city + ", " + a.region
			})
		},
		cards: pl("visa", "mastercard", "amex"), currency: "MYR",
	}
}

// ---------------------------------------------------------------- tl_PH

func tlPH() *locale {
	return &locale{
		code: "tl_PH", country: "PH", countryN: "Philippines", latin: true,
		givenM:  lat("Juan Carlo, Jose Miguel, Mark Anthony, Rodel, Jericho, Christian Paul, Renato"),
		givenF:  lat("Maria Cristina, Angelica, Kristine, Marites, Jocelyn, Rowena, Princess Joy"),
		family:  lat("Dela Cruz, Santos, Reyes, Bautista, Villanueva, Garcia, Mendoza, Ramos, Aquino, Castillo, Pascual, Manalo"),
		domains: pl("gmail.com", "yahoo.com.ph", "yahoo.com"),
		phone:   simplePhone("63", pl("917", "918", "920", "927", "939", "945", "956", "977", "995"), 10, pl("+63 ### ### ####", "+63##########", "+63 ### #######"), pl("0### ### ####", "0##########", "0###-###-####")),
		addr: func(g *gen) addr {
			type city struct{ c, r, p, b string }
			cs := []city{{"Makati City", "Metro Manila", "1223", "Brgy. San Lorenzo"}, {"Quezon City", "Metro Manila", "1108", "Brgy. Loyola Heights"}, {"Cebu City", "Cebu", "6000", "Brgy. Lahug"}, {"Davao City", "Davao del Sur", "8000", "Brgy. Poblacion"}, {"Pasig City", "Metro Manila", "1605", "Brgy. Kapitolyo"}}
			ct := cs[g.n(len(cs))]
			var l1 string
			if g.chance(0.5) {
				l1 = "Unit " + g.num(1, 40) + g.pick("A", "B", "C") + ", " + g.pick("Tower 2", "Bldg. 3") + ", " + g.num(10, 899) + " " + g.pick("Ayala Avenue", "Katipunan Avenue", "Osmeña Boulevard", "J.P. Laurel Avenue", "Shaw Boulevard")
			} else {
				l1 = "Blk " + g.num(1, 40) + " Lot " + g.num(1, 60) + ", " + g.pick("Mabini Street", "Rizal Street", "Sampaguita Street", "Bonifacio Street") + ", " + g.pick("Phase 2", "Camella Homes", "Villa Verde Subdivision")
			}
			return latinAddr(l1, "", ct.b, ct.c, ct.r, ct.p, "Philippines", func(a addr) string {
				return a.line1 + ", " + a.district + ", " + a.city + ", " + a.region + " " + a.post
			})
		},
		cards: pl("visa", "mastercard", "jcb"), currency: "PHP",
	}
}

// ---------------------------------------------------------------- vi_VN

func viVN() *locale {
	return &locale{
		code: "vi_VN", country: "VN", countryN: "Việt Nam", latin: true, famFirst: true,
		givenM:  nms("Văn Minh", "Van Minh", "Đức Dũng", "Duc Dung", "Quốc Tuấn", "Quoc Tuan", "Minh Khánh", "Minh Khanh", "Thành Trung", "Thanh Trung", "Hoàng Long", "Hoang Long"),
		givenF:  nms("Thu Trang", "Thu Trang", "Thị Hương", "Thi Huong", "Ngọc Quỳnh", "Ngoc Quynh", "Thanh Phương", "Thanh Phuong", "Khánh Linh", "Khanh Linh", "Minh Thư", "Minh Thu"),
		family:  nms("Nguyễn", "Nguyen", "Trần", "Tran", "Phạm", "Pham", "Hoàng", "Hoang", "Huỳnh", "Huynh", "Đặng", "Dang", "Trương", "Truong", "Dương", "Duong"),
		domains: pl("gmail.com", "yahoo.com.vn", "outlook.com"),
		phone:   simplePhone("84", pl("90", "91", "93", "94", "96", "97", "98", "32", "35", "38", "70", "77", "86"), 9, pl("+84 ## ### ## ##", "+84#########", "+84 ### ### ###"), pl("0## ### ## ##", "0#########", "0### ### ###", "0##.###.####")),
		addr: func(g *gen) addr {
			type row struct{ ward, wardR, dist, distR, city, cityR, p string }
			rows := []row{
				{"Phường Bến Nghé", "Phuong Ben Nghe", "Quận 1", "Quan 1", "TP. Hồ Chí Minh", "Ho Chi Minh City", "700000"},
				{"Phường 15", "Phuong 15", "Quận Bình Thạnh", "Quan Binh Thanh", "TP. Hồ Chí Minh", "Ho Chi Minh City", "700000"},
				{"Phường Đa Kao", "Phuong Da Kao", "Quận 1", "Quan 1", "TP. Hồ Chí Minh", "Ho Chi Minh City", "700000"},
				{"Phường Hàng Bạc", "Phuong Hang Bac", "Quận Hoàn Kiếm", "Quan Hoan Kiem", "Hà Nội", "Ha Noi", "100000"},
				{"Phường Thạch Thang", "Phuong Thach Thang", "Quận Hải Châu", "Quan Hai Chau", "Đà Nẵng", "Da Nang", "550000"},
			}
			sts := nms("Lý Tự Trọng", "Ly Tu Trong", "Điện Biên Phủ", "Dien Bien Phu", "Lê Lợi", "Le Loi", "Trần Hưng Đạo", "Tran Hung Dao", "Hai Bà Trưng", "Hai Ba Trung", "Phan Xích Long", "Phan Xich Long", "Nguyễn Thị Minh Khai", "Nguyen Thi Minh Khai")
			r := rows[g.n(len(rows))]
			st := sts[g.n(len(sts))]
			no := g.num(1, 480)
			if g.chance(0.3) {
				no += "/" + g.num(1, 40)
			}
			a := addr{line1: no + " " + st.N, district: r.ward + ", " + r.dist, city: r.city, post: r.p, country: "Việt Nam",
				rline1: no + " " + st.R, rdistrict: r.wardR + ", " + r.distR, rcity: r.cityR}
			a.one = a.line1 + ", " + a.district + ", " + a.city
			a.rone = a.rline1 + ", " + a.rdistrict + ", " + a.rcity
			return a
		},
		cards: pl("visa", "mastercard", "jcb"), currency: "VND",
	}
}

// ---------------------------------------------------------------- th_TH

func thTH() *locale {
	return &locale{
		code: "th_TH", country: "TH", countryN: "ประเทศไทย", zero: 0xe50,
		givenM:  nms("สมชาย", "Somchai", "ณัฐพล", "Nattapon", "ธนากร", "Thanakorn", "วีระพงษ์", "Weerapong", "ประเสริฐ", "Prasert", "กิตติพัฒน์", "Kittipat"),
		givenF:  nms("สุดารัตน์", "Sudarat", "กนกวรรณ", "Kanokwan", "พิมพ์ชนก", "Pimchanok", "ศิริพร", "Siriporn", "อรอุมา", "Onuma", "วราภรณ์", "Waraporn"),
		family:  nms("ใจดี", "Jaidee", "ศรีสุข", "Srisuk", "วงศ์สวัสดิ์", "Wongsawat", "สุขสมบูรณ์", "Suksomboon", "ทองดี", "Thongdee", "รัตนพันธ์", "Rattanaphan", "แก้วมณี", "Kaewmanee", "บุญมา", "Boonma"),
		domains: pl("gmail.com", "hotmail.co.th", "hotmail.com", "yahoo.co.th"),
		phone:   simplePhone("66", pl("81", "82", "86", "89", "91", "92", "94", "95", "61", "62"), 9, pl("+66 # #### ####", "+66 ##-###-####", "+66#########"), pl("0##-###-####", "0#########", "0## ### ####")),
		addr: func(g *gen) addr {
			type row struct{ sn, sr, kn, kr, pn, pr, p string }
			rows := []row{
				{"ซอยสุขุมวิท 71", "Soi Sukhumvit 71", "แขวงพระโขนงเหนือ เขตวัฒนา", "Phra Khanong Nuea, Watthana", "กรุงเทพมหานคร", "Bangkok", "10110"},
				{"ซอยลาดพร้าว 101", "Soi Lat Phrao 101", "แขวงคลองจั่น เขตบางกะปิ", "Khlong Chan, Bang Kapi", "กรุงเทพมหานคร", "Bangkok", "10240"},
				{"ถนนสีลม", "Silom Rd", "แขวงสีลม เขตบางรัก", "Silom, Bang Rak", "กรุงเทพมหานคร", "Bangkok", "10500"},
				{"ถนนนิมมานเหมินท์", "Nimmanhaemin Rd", "ตำบลสุเทพ อำเภอเมืองเชียงใหม่", "Suthep, Mueang Chiang Mai", "เชียงใหม่", "Chiang Mai", "50200"},
				{"ถนนเทพกระษัตรี", "Thepkrasattri Rd", "ตำบลรัษฎา อำเภอเมืองภูเก็ต", "Ratsada, Mueang Phuket", "ภูเก็ต", "Phuket", "83000"},
			}
			vs := nms("หมู่บ้านศุภาลัย", "Supalai Village", "หมู่บ้านพฤกษา", "Pruksa Village", "คอนโดลุมพินี", "Lumpini Condo", "อาคารชาญอิสสระ", "Charn Issara Tower")
			r := rows[g.n(len(rows))]
			v := vs[g.n(len(vs))]
			no := g.num(1, 199) + "/" + g.num(1, 450)
			moo := ""
			rmoo := ""
			if g.chance(0.35) {
				m := g.num(1, 12)
				moo, rmoo = " หมู่ "+m, " Moo "+m
			}
			a := addr{line1: no + moo + " " + v.N + " " + r.sn, district: r.kn, city: r.pn, post: r.p, country: "ประเทศไทย",
				rline1: no + rmoo + " " + v.R + ", " + r.sr, rdistrict: r.kr, rcity: r.pr}
			a.one = a.line1 + " " + a.district + " " + a.city + " " + a.post
			a.rone = a.rline1 + ", " + a.rdistrict + ", " + a.rcity + " " + a.post
			return a
		},
		cards: pl("visa", "mastercard", "jcb", "unionpay"), currency: "THB",
	}
}

// ---------------------------------------------------------------- de_DE

func deDE() *locale {
	return &locale{
		code: "de_DE", country: "DE", countryN: "Deutschland", latin: true,
		givenM:  lat("Lukas, Felix, Maximilian, Jonas, Tobias, Florian, Jürgen, Matthias, Sebastian"),
		givenF:  lat("Anna, Sophie, Hannah, Katharina, Johanna, Sabine, Claudia, Franziska, Annika"),
		family:  lat("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Köhler, Schäfer, Krüger, Weiß"),
		domains: pl("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"),
		phone: func(g *gen) phone {
			p := g.pick("151", "152", "157", "160", "162", "170", "171", "172", "176", "179")
			s := p + g.digits(g.rng(7, 8))
			return mkPhone("49", s, g.pick("+49 "+s[:3]+" "+s[3:], "+49 "+s[:4]+" "+s[4:], "+49"+s, "+49 (0)"+s[:3]+" "+s[3:]), g.pick("0"+s[:3]+" "+s[3:], "0"+s[:3]+"/"+s[3:], "0"+s[:3]+"-"+s[3:], "0"+s))
		},
		addr: func(g *gen) addr {
			type city struct{ c, p string }
			cs := []city{{"Berlin", "10"}, {"Hamburg", "20"}, {"München", "80"}, {"Köln", "50"}, {"Frankfurt am Main", "60"}, {"Leipzig", "04"}, {"Stuttgart", "70"}}
			ct := cs[g.n(len(cs))]
			l1 := g.pick("Hauptstraße", "Bahnhofstraße", "Lindenallee", "Schillerstraße", "Dorfstr.", "Goethestraße", "Am Markt", "Gartenweg", "Kastanienallee", "Friedrichstraße") + " " + g.num(1, 180) + g.pick("", "", "", "a", "b")
			l2 := ""
			if g.chance(0.3) {
				l2 = g.pick("Hinterhaus", "3. OG", "c/o Packstation", "Wohnung 12", "2. Etage links")
			}
			return latinAddr(l1, l2, "", ct.c, "", ct.p+g.digits(3), "Deutschland", func(a addr) string {
				return join(", ", a.line1, a.line2, a.post+" "+a.city)
			})
		},
		iban: "DE", cards: pl("visa", "mastercard", "amex"), currency: "EUR",
	}
}

// ---------------------------------------------------------------- nl_NL

func nlNL() *locale {
	return &locale{
		code: "nl_NL", country: "NL", countryN: "Nederland", latin: true,
		givenM:  lat("Daan, Bram, Lucas, Thijs, Joris, Maarten, Sander, Pieter, Wouter"),
		givenF:  lat("Emma, Julia, Tess, Sanne, Fleur, Lotte, Femke, Anouk, Maaike"),
		family:  lat("de Vries, Jansen, van den Berg, Bakker, Visser, Smit, Meijer, de Jong, Mulder, de Boer, Vermeulen, van Dijk"),
		domains: pl("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"),
		phone:   simplePhone("31", pl("6"), 9, pl("+31 6 ########", "+31 6 #### ####", "+316########", "+31 (0)6 ########"), pl("06-########", "06 ## ## ## ##", "06########", "06 #### ####")),
		addr: func(g *gen) addr {
			type city struct{ c, p string }
			cs := []city{{"Amsterdam", "10"}, {"Rotterdam", "30"}, {"Utrecht", "35"}, {"Den Haag", "25"}, {"Eindhoven", "56"}, {"Groningen", "97"}}
			ct := cs[g.n(len(cs))]
			post := ct.p + g.digits(2) + " " + g.from("ABCDEGHJKLMNPRSTVWXZ", 2)
			l1 := g.pick("Kerkstraat", "Overtoom", "Prinsengracht", "Dorpsstraat", "Molenweg", "Laan van Meerdervoort", "Stationsweg", "Herengracht", "Vondelstraat") + " " + g.num(1, 420) + g.pick("", "", "-1", " A", "-II", "hs")
			return latinAddr(l1, "", "", ct.c, "", post, "Nederland", func(a addr) string {
				return a.line1 + ", " + a.post + " " + a.city
			})
		},
		iban: "NL", cards: pl("visa", "mastercard"), currency: "EUR",
	}
}

// ---------------------------------------------------------------- fr_FR

func frFR() *locale {
	return &locale{
		code: "fr_FR", country: "FR", countryN: "France", latin: true,
		givenM:  lat("Louis, Hugo, Arthur, Jules, Mathéo, Théo, Baptiste, Clément, Grégoire"),
		givenF:  lat("Chloé, Camille, Manon, Léa, Inès, Margaux, Élodie, Océane, Mathilde"),
		family:  lat("Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Lefèvre, Moreau, Girard, Fournier, Rousseau, Mercier"),
		domains: pl("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"),
		phone:   simplePhone("33", pl("6", "7"), 9, pl("+33 # ## ## ## ##", "+33#########", "+33 (0)# ## ## ## ##"), pl("0# ## ## ## ##", "0#.##.##.##.##", "0#########")),
		addr: func(g *gen) addr {
			type city struct{ c, p string }
			cs := []city{{"Paris", "750"}, {"Lyon", "6900"}, {"Marseille", "130"}, {"Toulouse", "310"}, {"Bordeaux", "330"}, {"Lille", "590"}, {"Nantes", "440"}}
			ct := cs[g.n(len(cs))]
			l1 := g.num(1, 180) + g.pick("", "", " bis", " ter") + " " + g.pick("rue de la République", "avenue Jean Jaurès", "boulevard Haussmann", "rue Victor Hugo", "impasse des Lilas", "chemin des Vignes", "rue du Faubourg Saint-Antoine", "allée des Tilleuls")
			l2 := ""
			if g.chance(0.45) {
				l2 = g.pick("Bât. B", "Appt 24", "Résidence Les Tilleuls", "3e étage porte gauche", "Escalier C")
			}
			return latinAddr(l1, l2, "", ct.c, "", ct.p+g.digits(5-len(ct.p)), "France", func(a addr) string {
				return join(", ", a.line1, a.line2, a.post+" "+a.city)
			})
		},
		iban: "FR", cards: pl("visa", "mastercard", "amex"), currency: "EUR",
	}
}

// ---------------------------------------------------------------- it_IT

func itIT() *locale {
	return &locale{
		code: "it_IT", country: "IT", countryN: "Italia", latin: true,
		givenM:  lat("Francesco, Alessandro, Lorenzo, Matteo, Giuseppe, Niccolò, Riccardo, Gianluca"),
		givenF:  lat("Giulia, Sofia, Chiara, Giorgia, Francesca, Martina, Alessia, Federica"),
		family:  lat("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca"),
		domains: pl("libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"),
		phone:   simplePhone("39", pl("320", "328", "333", "335", "338", "340", "347", "349", "366", "392"), 10, pl("+39 ### ### ####", "+39 ##########", "+39 ### #######"), pl("### ### ####", "##########", "### #######", "###-#######")),
		addr: func(g *gen) addr {
			type city struct{ c, pr, p string }
			cs := []city{{"Milano", "MI", "201"}, {"Roma", "RM", "001"}, {"Napoli", "NA", "801"}, {"Torino", "TO", "101"}, {"Bologna", "BO", "401"}, {"Firenze", "FI", "501"}}
			ct := cs[g.n(len(cs))]
			l1 := g.pick("Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante Alighieri", "Viale Monza", "Via Toledo", "Via dei Mille", "Via Nazionale") + " " + g.num(1, 240) + g.pick("", "", "/A", "/B")
			l2 := ""
			if g.chance(0.4) {
				l2 = g.pick("int. ", "scala B int. ", "piano ") + g.num(1, 20)
			}
			return latinAddr(l1, l2, "", ct.c, ct.pr, ct.p+g.digits(2), "Italia", func(a addr) string {
				return join(", ", a.line1, a.line2, a.post+" "+a.city+" ("+a.region+")")
			})
		},
		iban: "IT", cards: pl("visa", "mastercard", "amex"), currency: "EUR",
	}
}

// ---------------------------------------------------------------- cs_CZ

func csCZ() *locale {
	return &locale{
		code: "cs_CZ", country: "CZ", countryN: "Česká republika", latin: true,
		givenM: lat("Jakub, Jan, Tomáš, Petr, Martin, Lukáš, Ondřej, Vojtěch"),
		givenF: lat("Tereza, Eliška, Kateřina, Lucie, Barbora, Veronika, Markéta, Zuzana"),
		family: []nm{fam4("Novák", "Novák", "Nováková", "Nováková"), fam4("Svoboda", "Svoboda", "Svobodová", "Svobodová"), fam4("Novotný", "Novotný", "Novotná", "Novotná"),
			fam4("Dvořák", "Dvořák", "Dvořáková", "Dvořáková"), fam4("Černý", "Černý", "Černá", "Černá"), fam4("Procházka", "Procházka", "Procházková", "Procházková"),
			fam4("Kučera", "Kučera", "Kučerová", "Kučerová"), fam4("Veselý", "Veselý", "Veselá", "Veselá"), fam4("Horák", "Horák", "Horáková", "Horáková")},
		domains: pl("seznam.cz", "email.cz", "centrum.cz", "gmail.com"),
		phone:   simplePhone("420", pl("60", "70", "72", "73", "77", "79"), 9, pl("+420 ### ### ###", "+420#########", "+420-###-###-###"), pl("### ### ###", "#########")),
		addr: func(g *gen) addr {
			type city struct{ c, p string }
			cs := []city{{"Praha 10", "100 00"}, {"Praha 2", "120 00"}, {"Brno", "602 00"}, {"Ostrava", "702 00"}, {"Plzeň", "301 00"}, {"Olomouc", "779 00"}}
			ct := cs[g.n(len(cs))]
			l1 := g.pick("Vinohradská", "Karlova", "Masarykova", "Národní", "Husova", "Palackého", "Nádražní", "Korunní") + " " + g.num(100, 2900) + "/" + g.num(1, 240)
			return latinAddr(l1, "", "", ct.c, "", ct.p, "Česká republika", func(a addr) string {
				return a.line1 + ", " + a.post + " " + a.city
			})
		},
		iban: "CZ", cards: pl("visa", "mastercard"), currency: "CZK",
	}
}

// ---------------------------------------------------------------- ro_RO

func roRO() *locale {
	return &locale{
		code: "ro_RO", country: "RO", countryN: "România", latin: true,
		givenM:  lat("Andrei, Alexandru, Ionuț, Mihai, Bogdan, Răzvan, Ștefan, Cătălin"),
		givenF:  lat("Maria, Elena, Ioana, Andreea, Alexandra, Roxana, Bianca, Cristina"),
		family:  lat("Popescu, Ionescu, Popa, Dumitru, Constantin, Stoica, Gheorghe, Munteanu, Stănescu, Rădulescu, Moldovan, Lungu"),
		domains: pl("yahoo.ro", "gmail.com", "yahoo.com"),
		phone:   simplePhone("40", pl("72", "73", "74", "75", "76", "77", "78"), 9, pl("+40 ### ### ###", "+40#########", "+40 (0)### ### ###"), pl("0### ### ###", "0#########", "0###.###.###")),
		addr: func(g *gen) addr {
			type city struct{ c, r, p string }
			cs := []city{{"București", "Sector 2", "02"}, {"București", "Sector 6", "06"}, {"Cluj-Napoca", "Cluj", "40"}, {"Timișoara", "Timiș", "30"}, {"Iași", "Iași", "70"}, {"Brașov", "Brașov", "50"}}
			ct := cs[g.n(len(cs))]
			l1 := g.pick("Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Str. Lipscani", "Str. Avram Iancu", "Bd. 21 Decembrie 1989", "Șos. Pantelimon") + " nr. " + g.num(1, 210)
			l2 := ""
			if g.chance(0.6) {
				l2 = "bl. " + g.pick("A", "B", "M", "C") + g.num(1, 9) + ", sc. " + g.num(1, 4) + ", et. " + g.num(1, 10) + ", ap. " + g.num(1, 90)
			}
			return latinAddr(l1, l2, "", ct.c, ct.r, ct.p+g.digits(4), "România", func(a addr) string {
				return join(", ", a.line1, a.line2, a.region, a.post+" "+a.city)
			})
		},
		iban: "RO", cards: pl("visa", "mastercard"), currency: "RON",
	}
}

// ---------------------------------------------------------------- el_GR

func elGR() *locale {
	return &locale{
		code: "el_GR", country: "GR", countryN: "Ελλάδα",
		givenM: nms("Γιώργος", "Giorgos", "Δημήτρης", "Dimitris", "Νικόλαος", "Nikolaos", "Κωνσταντίνος", "Konstantinos", "Παναγιώτης", "Panagiotis", "Αθανάσιος", "Athanasios"),
		givenF: nms("Μαρία", "Maria", "Ελένη", "Eleni", "Κατερίνα", "Katerina", "Βασιλική", "Vasiliki", "Σοφία", "Sofia", "Δέσποινα", "Despoina"),
		family: []nm{fam4("Παπαδόπουλος", "Papadopoulos", "Παπαδοπούλου", "Papadopoulou"), n2("Παπαδάκης", "Papadakis"), n2("Γεωργίου", "Georgiou"), n2("Οικονόμου", "Oikonomou"),
			fam4("Βλάχος", "Vlachos", "Βλάχου", "Vlachou"), n2("Αντωνίου", "Antoniou"), fam4("Καραγιάννης", "Karagiannis", "Καραγιάννη", "Karagianni"), fam4("Μακρής", "Makris", "Μακρή", "Makri")},
		domains: pl("gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"),
		phone:   simplePhone("30", pl("69"), 10, pl("+30 ### ### ####", "+30##########", "+30 ### #######"), pl("### ### ####", "##########", "### #######")),
		addr: func(g *gen) addr {
			sts := nms("Ερμού", "Ermou", "Πανεπιστημίου", "Panepistimiou", "Τσιμισκή", "Tsimiski", "Λεωφ. Κηφισίας", "Leof. Kifisias", "Αγίου Δημητρίου", "Agiou Dimitriou", "Μαιζώνος", "Maizonos", "Εγνατία", "Egnatia")
			type city struct{ n, r, p string }
			cs := []city{{"Αθήνα", "Athina", "105 6"}, {"Θεσσαλονίκη", "Thessaloniki", "546 2"}, {"Πάτρα", "Patra", "262 2"}, {"Ηράκλειο", "Irakleio", "712 0"}, {"Μαρούσι", "Marousi", "151 2"}}
			st, ct := sts[g.n(len(sts))], cs[g.n(len(cs))]
			no := g.num(1, 220)
			post := ct.p + g.digits(1)
			a := addr{line1: st.N + " " + no, city: ct.n, post: post, country: "Ελλάδα", rline1: st.R + " " + no, rcity: ct.r}
			a.one = a.line1 + ", " + post + " " + a.city
			a.rone = a.rline1 + ", " + post + " " + a.rcity
			return a
		},
		iban: "GR", cards: pl("visa", "mastercard"), currency: "EUR",
	}
}

// ---------------------------------------------------------------- he_IL

func heIL() *locale {
	return &locale{
		code: "he_IL", country: "IL", countryN: "ישראל",
		givenM:  nms("יוסף", "Yosef", "איתמר", "Itamar", "דניאל", "Daniel", "אביתר", "Evyatar", "עומרי", "Omri", "נתנאל", "Netanel"),
		givenF:  nms("נועה", "Noa", "מיכל", "Michal", "שירה", "Shira", "אביגיל", "Avigail", "הדסה", "Hadassa", "רעות", "Reut"),
		family:  nms("מזרחי", "Mizrahi", "אברהם", "Avraham", "ביטון", "Biton", "פרידמן", "Friedman", "אוחיון", "Ohayon", "שפירא", "Shapira", "אזולאי", "Azoulay", "גולדברג", "Goldberg"),
		domains: pl("gmail.com", "walla.co.il", "hotmail.com", "012.net.il"),
		phone:   simplePhone("972", pl("50", "52", "53", "54", "55", "58"), 9, pl("+972 ##-###-####", "+972#########", "+972 ## ### ####"), pl("0##-###-####", "0#########", "0##-#######")),
		addr: func(g *gen) addr {
			sts := nms("הרצל", "Herzl St", "ז'בוטינסקי", "Jabotinsky St", "אלנבי", "Allenby St", "דיזנגוף", "Dizengoff St", "העצמאות", "HaAtzmaut St", "הנביאים", "HaNevi'im St")
			type city struct{ n, r string }
			cs := []city{{"תל אביב-יפו", "Tel Aviv-Yafo"}, {"ירושלים", "Jerusalem"}, {"חיפה", "Haifa"}, {"ראשון לציון", "Rishon LeZion"}, {"פתח תקווה", "Petah Tikva"}}
			st, ct := sts[g.n(len(sts))], cs[g.n(len(cs))]
			no, apt := g.num(1, 180), g.num(1, 40)
			post := g.digitsNZ(7)
			a := addr{line1: "רחוב " + st.N + " " + no + " דירה " + apt, city: ct.n, post: post, country: "ישראל", rline1: st.R + " " + no + ", Apt " + apt, rcity: ct.r}
			a.one = a.line1 + ", " + a.city + " " + post
			a.rone = a.rline1 + ", " + a.rcity + " " + post
			return a
		},
		iban: "IL", cards: pl("visa", "mastercard", "amex"), currency: "ILS",
	}
}

// ---------------------------------------------------------------- en_NG

func enNG() *locale {
	return &locale{
		code: "en_NG", country: "NG", countryN: "Nigeria", latin: true,
		givenM:  lat("Chinedu, Oluwaseun, Emeka, Tunde, Ikechukwu, Babatunde, Obinna, Musa"),
		givenF:  lat("Ngozi, Funmilayo, Chiamaka, Aisha, Adaeze, Temitope, Blessing, Yetunde"),
		family:  lat("Okafor, Adeyemi, Okonkwo, Balogun, Abubakar, Nwosu, Olawale, Ogunleye, Chukwu, Ibrahim, Adebayo, Onyeka"),
		domains: pl("gmail.com", "yahoo.com", "outlook.com"),
		phone:   simplePhone("234", pl("803", "806", "813", "816", "703", "706", "809", "818", "905", "810"), 10, pl("+234 ### ### ####", "+234##########", "+234 (0)### ### ####"), pl("0### ### ####", "0##########", "0###-###-####")),
		addr: func(g *gen) addr {
			type city struct{ c, r, p string }
			cs := []city{{"Lagos", "Lagos State", "10"}, {"Abuja", "FCT", "900"}, {"Port Harcourt", "Rivers State", "500"}, {"Ibadan", "Oyo State", "200"}}
			ct := cs[g.n(len(cs))]
			l1 := g.pick("Plot ", "No. ", "", "House ") + g.num(1, 90) + g.pick("", "", "B") + ", " + g.pick("Admiralty Way", "Allen Avenue", "Herbert Macaulay Way", "Adeola Odeku Street", "Awolowo Road", "Ahmadu Bello Way", "Aminu Kano Crescent")
			d := g.pick("Lekki Phase 1", "Ikeja GRA", "Victoria Island", "Wuse 2", "Surulere", "Bodija")
			return latinAddr(l1, "", d, ct.c, ct.r, ct.p+g.digits(6-len(ct.p)), "Nigeria", func(a addr) string {
				return a.line1 + ", " + a.district + ", " + a.city + ", " + a.region + " " + a.post
			})
		},
		cards: pl("visa", "mastercard"), currency: "NGN",
	}
}

// ---------------------------------------------------------------- sw_KE

func swKE() *locale {
	return &locale{
		code: "sw_KE", country: "KE", countryN: "Kenya", latin: true,
		givenM:  lat("Brian, Kevin, Dennis, Kamau, Kiprono, Baraka, Otieno, Juma"),
		givenF:  lat("Faith, Mercy, Wanjiku, Akinyi, Njeri, Zawadi, Wairimu, Nafula"),
		family:  lat("Otieno, Mwangi, Kamau, Ochieng, Njoroge, Mutua, Wanjiru, Kariuki, Kiplagat, Wekesa, Chebet, Odhiambo"),
		domains: pl("gmail.com", "yahoo.com", "outlook.com"),
		phone:   simplePhone("254", pl("70", "71", "72", "74", "79", "11"), 9, pl("+254 ### ### ###", "+254#########", "+254-###-######"), pl("0### ### ###", "0#########", "0###-######")),
		addr: func(g *gen) addr {
			type city struct{ c, r, p string }
			cs := []city{{"Nairobi", "Nairobi County", "00100"}, {"Mombasa", "Mombasa County", "80100"}, {"Kisumu", "Kisumu County", "40100"}, {"Nakuru", "Nakuru County", "20100"}}
			ct := cs[g.n(len(cs))]
			var l1 string
			if g.chance(0.5) {
				l1 = "Apartment " + g.num(1, 12) + g.pick("A", "B", "C") + ", " + g.pick("Kilimani Court", "Riverside Gardens", "Sunrise Apartments") + ", " + g.pick("Argwings Kodhek Road", "Ngong Road", "Riverside Drive", "Waiyaki Way")
			} else {
				l1 = "House No. " + g.num(1, 80) + ", " + g.pick("Moi Avenue", "Kenyatta Avenue", "Kimathi Street", "Mtaa wa Tom Mboya", "Oginga Odinga Street")
			}
			d := g.pick("Kilimani", "Westlands", "Kileleshwa", "Nyali", "Milimani", "South B")
			return latinAddr(l1, "", d, ct.c, ct.r, ct.p, "Kenya", func(a addr) string {
				return a.line1 + ", " + a.district + ", " + a.city + " " + a.post
			})
		},
		cards: pl("visa", "mastercard"), currency: "KES",
	}
}

// ---------------------------------------------------------------- en_US (gofakeit)

func enUS() *locale {
	return &locale{
		code: "en_US", country: "US", countryN: "United States", latin: true,
		domains: pl("gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com", "comcast.net"),
		phone: func(g *gen) phone {
			area := string(byte('2'+g.n(8))) + string(byte('0'+g.n(9))) + string(g.dgt())
			ex := string(byte('2'+g.n(8))) + g.digits(2)
			sub := g.digits(4)
			nsn := area + ex + sub
			return mkPhone("1", nsn, g.pick("+1 "+area+"-"+ex+"-"+sub, "+1 ("+area+") "+ex+"-"+sub, "+1"+nsn), g.pick("("+area+") "+ex+"-"+sub, area+"-"+ex+"-"+sub, area+"."+ex+"."+sub))
		},
		addr: func(g *gen) addr {
			l1 := g.fk.StreetNumber() + " " + g.fk.StreetName() + " " + g.pick("St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct")
			l2 := ""
			if g.chance(0.3) {
				l2 = g.pick("Apt ", "Unit ", "Suite ", "#") + g.num(1, 40) + g.pick("", "B")
			}
			return latinAddr(l1, l2, "", g.fk.City(), g.fk.StateAbr(), g.fk.Zip(), "US", func(a addr) string {
				return join(", ", a.line1, a.line2, a.city, a.region+" "+a.post)
			})
		},
		cards: pl("visa", "mastercard", "amex", "discover"), currency: "USD",
	}
}
