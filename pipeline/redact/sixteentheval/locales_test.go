package sixteentheval

import (
	"fmt"
	"strings"
)

// order says how a locale writes a person's name.
type order int

const (
	western    order = iota // Given Family
	eastern                 // Family Given, with a space
	fused                   // FamilyGiven, no space (Chinese, Japanese kana/kanji, Korean)
	hispanic                // Given Family1 Family2
	vietnamese              // Family Middle Given
)

// locale holds what people of one market are called and where they live.
// given and family entries are "native|roman"; roman is used for e-mail local
// parts and may be empty for Latin-script names.
type locale struct {
	code    string
	lang    string // key into phrase tables
	order   order
	given   []string
	family  []string
	streets []string // distinctive street names (the part a reader could use)
	cities  []string
	domains []string
	iban    string // IBAN country when the market uses IBANs
	paired  bool   // given[i] goes with family[i] (one market, several naming traditions)
	// gendered: given and family names alternate female and male, and a
	// family name takes the given name's form (Smirnova, Zielińska).
	gendered bool
	addr     func(g *gen, street string) string
	phone    func(g *gen) string
}

func d(g *gen, n int) string { // n random digits
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(byte('0' + g.r.IntN(10)))
	}
	return b.String()
}

func nz(g *gen, n int) string { // n digits, the first not zero
	return string(rune('1'+g.r.IntN(9))) + d(g, n-1)
}

func num(g *gen, lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

var locales = []*locale{
	{code: "en_US", lang: "en", order: western,
		given:   []string{"Jennifer", "Michael", "Ashley", "Brandon", "Tiffany", "Tyler", "Kayla", "Dustin", "Brittany", "Cody", "Madison", "Austin"},
		family:  []string{"Whitaker", "Kowalczyk", "Henderson", "Gallagher", "Thibodeaux", "McAllister", "Washington", "Rodriguez", "Pemberton", "Haskins", "Delacroix", "Okafor"},
		streets: []string{"Magnolia", "Sycamore", "Ridgewood", "Wexford", "Cottonwood", "Bramblewood", "Hollister"},
		cities:  []string{"Columbus, OH 43215", "Tucson, AZ 85701", "Raleigh, NC 27601", "Spokane, WA 99201"},
		domains: []string{"gmail.com", "yahoo.com", "outlook.com", "icloud.com"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%d %s %s, %s", num(g, 12, 9870), s, g.pick("Ave", "St", "Blvd", "Drive", "Lane"), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			a, b, c := nz(g, 3), nz(g, 3), d(g, 4)
			return g.pick("("+a+") "+b+"-"+c, "+1 "+a+"-"+b+"-"+c, a+"."+b+"."+c, "+1 ("+a+") "+b+" "+c, "1"+a+b+c)
		}},
	{code: "en_GB", lang: "en", order: western, iban: "GB",
		given:   []string{"Olivia", "Harry", "Amelia", "Oliver", "Isla", "Alfie", "Poppy", "Freddie", "Imogen", "Rhys", "Niamh", "Callum"},
		family:  []string{"Fairbairn", "Pritchard", "Ashworth", "Cartwright", "Llewellyn", "Blackwood", "Hargreaves", "Braithwaite", "Featherstone", "Oyelaran", "Winterbottom", "Rowntree"},
		streets: []string{"Hawthorn", "Aldermoor", "Beechcroft", "Fernleigh", "Rosebery", "Kingsmead", "Tennyson"},
		cities:  []string{"Leeds LS6 2QB", "Bristol BS7 8AA", "Sheffield S10 2TN", "Norwich NR2 4PD"},
		domains: []string{"gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%d %s %s, %s", num(g, 1, 240), s, g.pick("Road", "Close", "Gardens", "Crescent", "Way"), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			a, b := d(g, 3), d(g, 6)
			return g.pick("07"+a+" "+b, "+44 7"+a+" "+b, "+44 (0)7"+a+" "+b[:3]+" "+b[3:], "07"+a+b, "+44 20 "+d(g, 4)+" "+d(g, 4))
		}},
	{code: "de_DE", lang: "de", order: western, iban: "DE",
		given:   []string{"Lukas", "Hannah", "Jürgen", "Sabine", "Maximilian", "Lea", "Björn", "Katharina", "Uwe", "Leonie", "Dieter", "Marlene"},
		family:  []string{"Schröder", "Hoffmann", "Wagenknecht", "Großmann", "Becker", "Zimmermann", "Kühnel", "Oberländer", "Weißmüller", "Brandstätter", "Lindqvist", "Pfeiffer"},
		streets: []string{"Lindenhof", "Kastanienallee", "Goethe", "Birkenweg", "Schiller", "Rosenthaler", "Ahornweg"},
		cities:  []string{"10435 Berlin", "80331 München", "50667 Köln", "04109 Leipzig"},
		domains: []string{"web.de", "gmx.de", "t-online.de", "posteo.de"},
		addr: func(g *gen, s string) string {
			suf := g.pick("straße", "str.", "platz")
			if strings.HasSuffix(s, "weg") || strings.HasSuffix(s, "allee") || strings.HasSuffix(s, "hof") {
				suf = ""
			}
			return fmt.Sprintf("%s%s %d%s, %s", s, suf, num(g, 1, 180), g.pick("", "", "a", "b"), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			p := g.pick("151", "160", "170", "176", "152")
			n := d(g, 8)
			return g.pick("0"+p+" "+n, "+49 "+p+" "+n, "0"+p+"/"+n, "+49 (0)"+p+" "+n[:4]+" "+n[4:], "030 "+d(g, 8))
		}},
	{code: "fr_FR", lang: "fr", order: western, iban: "FR",
		given:   []string{"Camille", "Théo", "Manon", "Baptiste", "Océane", "Mathis", "Chloé", "Énora", "Gaëlle", "Quentin", "Solène", "Aurélien"},
		family:  []string{"Lefebvre", "Rousseau", "Bonnefoy", "Charbonneau", "Delacourt", "Fontaine", "Girardot", "Moreau", "Vasseur", "Brossard", "Ménard", "Pelletier"},
		streets: []string{"Oberkampf", "Mouffetard", "Lamartine", "Daguerre", "Championnet", "Ménilmontant", "Pasteur"},
		cities:  []string{"75011 Paris", "69003 Lyon", "13006 Marseille", "33000 Bordeaux"},
		domains: []string{"orange.fr", "free.fr", "laposte.net", "gmail.com"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%d%s %s %s, %s", num(g, 1, 160), g.pick("", "", " bis"), g.pick("rue", "avenue", "boulevard"), s, g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			p := g.pick("6", "7")
			a, b, c, e := d(g, 2), d(g, 2), d(g, 2), d(g, 2)
			return g.pick("0"+p+" "+a+" "+b+" "+c+" "+e, "+33 "+p+" "+a+" "+b+" "+c+" "+e, "0"+p+"."+a+"."+b+"."+c+"."+e, "+33"+p+a+b+c+e, "0"+p+a+b+c+e)
		}},
	{code: "es_ES", lang: "es", order: hispanic, iban: "ES",
		given:   []string{"Lucía", "Javier", "Nerea", "Íñigo", "Ainhoa", "Álvaro", "Rocío", "Sergio", "Marta", "Borja", "Itziar", "Guillermo"},
		family:  []string{"Etxeberria", "Sánchez", "Gorostiza", "Villanueva", "Moreno", "Castellanos", "Iglesias", "Olabarrieta", "Ballesteros", "Quintana", "Echevarría", "Montoya"},
		streets: []string{"Alcalá", "Fuencarral", "Sagasta", "Velázquez", "Argumosa", "Embajadores", "Goya"},
		cities:  []string{"28012 Madrid", "08013 Barcelona", "46002 Valencia", "41004 Sevilla"},
		domains: []string{"gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("Calle de %s %d, %dº %s, %s", s, num(g, 1, 200), num(g, 1, 9), g.pick("A", "B", "izq."), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			n := g.pick("6", "7") + d(g, 8)
			return g.pick(n[:3]+" "+n[3:5]+" "+n[5:7]+" "+n[7:], "+34 "+n[:3]+" "+n[3:6]+" "+n[6:], "+34"+n, n[:3]+" "+n[3:6]+" "+n[6:])
		}},
	{code: "es_MX", lang: "es", order: hispanic,
		given:   []string{"Guadalupe", "José Luis", "Ximena", "Juan Carlos", "Citlali", "Alejandro", "Itzel", "Fernanda", "Ricardo", "Xóchitl", "Emiliano", "Daniela"},
		family:  []string{"Hernández", "Cuauhtémoc", "Zepeda", "Villaseñor", "Ochoa", "Barragán", "Tlapale", "Garza", "Mendoza", "Cervantes", "Rentería", "Quezada"},
		streets: []string{"Insurgentes", "Reforma", "Tlalpan", "Chapultepec", "Revolución", "Coyoacán", "Universidad"},
		cities:  []string{"Col. Del Valle, 03100 Ciudad de México, CDMX", "Col. Americana, 44160 Guadalajara, Jal.", "Col. Obispado, 64060 Monterrey, N.L."},
		domains: []string{"gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("Av. %s %d, %s", s, num(g, 10, 4999), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			a, b := d(g, 4), d(g, 4)
			ar := g.pick("55", "33", "81")
			return g.pick(ar+" "+a+" "+b, "+52 "+ar+" "+a+" "+b, "+52 1 "+ar+" "+a+" "+b, "("+ar+") "+a+"-"+b, "52"+ar+a+b)
		}},
	{code: "pt_BR", lang: "pt", order: hispanic, iban: "BR",
		given:   []string{"João Pedro", "Ana Beatriz", "Thiago", "Luíza", "Gustavo", "Letícia", "Rafaela", "Caio", "Maria Eduarda", "Matheus", "Júlia", "Vinícius"},
		family:  []string{"Albuquerque", "Nascimento", "Carvalho", "Figueiredo", "Gonçalves", "Magalhães", "Siqueira", "Bittencourt", "Cavalcanti", "Pimentel", "Rezende", "Teixeira"},
		streets: []string{"Haddock Lobo", "Oscar Freire", "Voluntários da Pátria", "Barão de Itapetininga", "Conselheiro Crispiniano", "Augusta", "Teodoro Sampaio"},
		cities:  []string{"Jardins, São Paulo - SP, 01414-001", "Botafogo, Rio de Janeiro - RJ, 22250-040", "Savassi, Belo Horizonte - MG, 30140-071"},
		domains: []string{"gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("Rua %s, %d - apto %d, %s", s, num(g, 10, 3999), num(g, 11, 1802), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			ar := g.pick("11", "21", "31", "71", "85")
			a, b := "9"+d(g, 4), d(g, 4)
			return g.pick("("+ar+") "+a+"-"+b, "+55 "+ar+" "+a+"-"+b, "+55 ("+ar+") "+a+b, ar+a+b, "55"+ar+a+b)
		}},
	{code: "it_IT", lang: "it", order: western, iban: "IT",
		given:   []string{"Giulia", "Lorenzo", "Chiara", "Francesco", "Federica", "Alessandro", "Beatrice", "Matteo", "Ilaria", "Gianluca", "Noemi", "Tommaso"},
		family:  []string{"Esposito", "Bianchi", "Mastrangelo", "Ferraro", "Colombo", "Santoro", "Lombardi", "Caruso", "Bellavista", "Gentile", "Marchetti", "Pellegrino"},
		streets: []string{"Garibaldi", "Mazzini", "Cavour", "Manzoni", "Tiburtina", "Leopardi", "Carducci"},
		cities:  []string{"20121 Milano MI", "00185 Roma RM", "80134 Napoli NA", "10123 Torino TO"},
		domains: []string{"libero.it", "gmail.com", "virgilio.it", "tiscali.it"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("Via %s %d, %s", s, num(g, 1, 220), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			n := "3" + d(g, 9)
			return g.pick(n[:3]+" "+n[3:6]+" "+n[6:], "+39 "+n[:3]+" "+n[3:], "+39 "+n, n)
		}},
	{code: "nl_NL", lang: "nl", order: western, iban: "NL",
		given:   []string{"Sanne", "Daan", "Femke", "Bram", "Lieke", "Thijs", "Anouk", "Joris", "Maaike", "Sem", "Ilse", "Wouter"},
		family:  []string{"van der Berg", "Bakker", "de Vries", "Jansen", "Visser", "Smit", "van Dijk", "Hoekstra", "Mulder", "de Groot", "Bosman", "Kuiper"},
		streets: []string{"Prinsengracht", "Keizersgracht", "Lindengracht", "Bloemgracht", "Jordaan", "Overtoom", "Ceintuurbaan"},
		cities:  []string{"1016 GV Amsterdam", "3011 AB Rotterdam", "3511 LK Utrecht", "2513 AA Den Haag"},
		domains: []string{"ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%s %d%s, %s", s, num(g, 1, 400), g.pick("", "-II", " A", "hs"), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			n := d(g, 8)
			return g.pick("06-"+n, "06 "+n[:2]+" "+n[2:4]+" "+n[4:6]+" "+n[6:], "+31 6 "+n, "+316"+n, "020-"+d(g, 7))
		}},
	{code: "pl_PL", lang: "pl", order: western, iban: "PL",
		given:    []string{"Agnieszka", "Krzysztof", "Małgorzata", "Wojciech", "Zofia", "Grzegorz", "Katarzyna", "Paweł", "Joanna", "Łukasz", "Bożena", "Przemysław"},
		family:   []string{"Zielińska", "Wiśniewski", "Dąbrowska", "Szymański", "Jabłońska", "Lewandowski", "Pawłowska", "Grabowski", "Wójcik", "Michalski", "Kaczmarek", "Kowalczyk"},
		gendered: true,
		streets:  []string{"Kwiatowa", "Grunwaldzka", "Piotrkowska", "Marszałkowska", "Słowackiego", "Mickiewicza", "Legnicka"},
		cities:   []string{"00-950 Warszawa", "30-001 Kraków", "90-001 Łódź", "80-001 Gdańsk"},
		domains:  []string{"wp.pl", "onet.pl", "interia.pl", "o2.pl"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("ul. %s %d/%d, %s", s, num(g, 1, 150), num(g, 1, 90), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			n := g.pick("5", "6", "7", "8") + d(g, 8)
			return g.pick(n[:3]+" "+n[3:6]+" "+n[6:], "+48 "+n[:3]+" "+n[3:6]+" "+n[6:], "+48"+n, n[:3]+"-"+n[3:6]+"-"+n[6:])
		}},
	{code: "tr_TR", lang: "tr", order: western, iban: "TR",
		given:   []string{"Ayşe", "Mehmet", "Elif", "Burak", "Zeynep", "Emre", "Şule", "Oğuz", "Gülşen", "Çağrı", "Büşra", "Tuğba"},
		family:  []string{"Yılmaz", "Karaağaçlı", "Öztürk", "Şahin", "Demirci", "Kılıçarslan", "Aydoğdu", "Çelik", "Erdoğan", "Güneş", "Yıldırım", "Koçak"},
		streets: []string{"Bağdat", "Halaskargazi", "Atatürk", "Cumhuriyet", "Abdi İpekçi", "Valikonağı", "Nispetiye"},
		cities:  []string{"Kadıköy/İstanbul", "Şişli/İstanbul", "Çankaya/Ankara", "Konak/İzmir"},
		domains: []string{"gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%s Cad. No: %d D: %d, %s", s, num(g, 1, 300), num(g, 1, 40), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			p := "5" + d(g, 2)
			a, b, c := d(g, 3), d(g, 2), d(g, 2)
			return g.pick("0"+p+" "+a+" "+b+" "+c, "+90 "+p+" "+a+" "+b+c, "0("+p+") "+a+" "+b+" "+c, "+90"+p+a+b+c, "0"+p+a+b+c)
		}},
	{code: "ru_RU", lang: "ru", order: western,
		given:    []string{"Анастасия|anastasia", "Дмитрий|dmitry", "Екатерина|ekaterina", "Алексей|alexey", "Ольга|olga", "Сергей|sergey", "Наталья|natalia", "Владимир|vladimir", "Ксения|ksenia", "Михаил|mikhail", "Татьяна|tatiana", "Артём|artem"},
		family:   []string{"Смирнова|smirnova", "Кузнецов|kuznetsov", "Воробьёва|vorobyova", "Соколов|sokolov", "Лебедева|lebedeva", "Новиков|novikov", "Морозова|morozova", "Волков|volkov", "Павлова|pavlova", "Семёнов|semenov", "Голубева|golubeva", "Виноградов|vinogradov"},
		gendered: true,
		streets:  []string{"Тверская", "Арбат", "Пречистенка", "Садовая", "Лиговский", "Малая Бронная", "Покровка"},
		cities:   []string{"Москва, 125009", "Санкт-Петербург, 191025", "Казань, 420111", "Екатеринбург, 620014"},
		domains:  []string{"mail.ru", "yandex.ru", "rambler.ru", "bk.ru"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("ул. %s, д. %d, кв. %d, %s", s, num(g, 1, 120), num(g, 1, 300), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			a, b, c, e := "9"+d(g, 2), d(g, 3), d(g, 2), d(g, 2)
			return g.pick("+7 "+a+" "+b+"-"+c+"-"+e, "8 ("+a+") "+b+"-"+c+"-"+e, "+7("+a+")"+b+c+e, "8"+a+b+c+e, "+7 "+a+" "+b+" "+c+" "+e)
		}},
	{code: "ja_JP", lang: "ja", order: eastern,
		given:   []string{"陽翔|haruto", "結衣|yui", "蓮|ren", "美咲|misaki", "悠真|yuma", "さくら|sakura", "大翔|hiroto", "葵|aoi", "颯太|sota", "陽菜|hina"},
		family:  []string{"佐藤|sato", "鈴木|suzuki", "髙橋|takahashi", "渡邊|watanabe", "伊藤|ito", "山本|yamamoto", "中村|nakamura", "小林|kobayashi", "加藤|kato", "吉田|yoshida"},
		streets: []string{"神宮前", "千駄ヶ谷", "西新宿", "恵比寿南", "上目黒", "北沢", "道玄坂"},
		cities:  []string{"東京都渋谷区", "東京都新宿区", "東京都目黒区", "東京都世田谷区"},
		domains: []string{"docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("〒%s-%s %s%s%d-%d-%d", d(g, 3), d(g, 4), g.pick(g.loc.cities...), s, num(g, 1, 6), num(g, 1, 30), num(g, 1, 25))
		},
		phone: func(g *gen) string {
			p := g.pick("090", "080", "070")
			a, b := d(g, 4), d(g, 4)
			return g.pick(p+"-"+a+"-"+b, "+81 "+p[1:]+"-"+a+"-"+b, p+a+b, fullwidth(p+"-"+a+"-"+b), "03-"+d(g, 4)+"-"+d(g, 4))
		}},
	{code: "ko_KR", lang: "ko", order: fused,
		given:   []string{"민준|minjun", "서연|seoyeon", "도윤|doyun", "지우|jiwoo", "하은|haeun", "시우|siwoo", "예린|yerin", "준서|junseo", "수아|sua", "지호|jiho"},
		family:  []string{"김|kim", "이|lee", "박|park", "최|choi", "정|jung", "강|kang", "조|cho", "윤|yoon", "장|jang", "임|lim"},
		streets: []string{"테헤란", "도산대", "봉은사", "압구정", "올림픽", "세종대", "가로수"},
		cities:  []string{"서울특별시 강남구", "서울특별시 서초구", "부산광역시 해운대구", "성남시 분당구"},
		domains: []string{"naver.com", "daum.net", "kakao.com", "gmail.com"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%s %s로 %d, %d동 %d호", g.pick(g.loc.cities...), s, num(g, 1, 500), num(g, 101, 115), num(g, 101, 2304))
		},
		phone: func(g *gen) string {
			a, b := d(g, 4), d(g, 4)
			return g.pick("010-"+a+"-"+b, "+82 10-"+a+"-"+b, "010"+a+b, "010."+a+"."+b, "+82 10 "+a+" "+b)
		}},
	{code: "zh_CN", lang: "zh", order: fused,
		given:   []string{"伟|wei", "秀英|xiuying", "子涵|zihan", "浩然|haoran", "欣怡|xinyi", "俊杰|junjie", "雨桐|yutong", "志强|zhiqiang", "梓萱|zixuan", "宇轩|yuxuan"},
		family:  []string{"王|wang", "李|li", "张|zhang", "刘|liu", "陈|chen", "杨|yang", "欧阳|ouyang", "黄|huang", "周|zhou", "吴|wu"},
		streets: []string{"漕溪北", "南京西", "淮海中", "中关村南", "建国门外", "天河北", "文三"},
		cities:  []string{"上海市徐汇区", "北京市海淀区", "广州市天河区", "杭州市西湖区"},
		domains: []string{"qq.com", "163.com", "126.com", "sina.com"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%s%s路%d号%d室", g.pick(g.loc.cities...), s, num(g, 1, 999), num(g, 101, 2808))
		},
		phone: func(g *gen) string {
			n := g.pick("138", "139", "186", "151", "177") + d(g, 8)
			return g.pick(n, n[:3]+" "+n[3:7]+" "+n[7:], "+86 "+n[:3]+"-"+n[3:7]+"-"+n[7:], "+86"+n, "86"+n)
		}},
	{code: "zh_TW", lang: "zh", order: fused,
		given:   []string{"冠宇|guanyu", "怡君|yijun", "宗翰|zonghan", "雅婷|yating", "家豪|jiahao", "佳穎|jiaying", "承恩|chengen", "詩涵|shihan"},
		family:  []string{"陳|chen", "林|lin", "黃|huang", "張|chang", "李|lee", "王|wang", "吳|wu", "蔡|tsai"},
		streets: []string{"忠孝東", "敦化南", "仁愛", "復興南", "民生東", "和平東"},
		cities:  []string{"臺北市大安區", "臺北市信義區", "新北市板橋區", "臺中市西屯區"},
		domains: []string{"gmail.com", "yahoo.com.tw", "hotmail.com", "hinet.net"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%s%s路%d號%d樓", g.pick(g.loc.cities...), s, num(g, 1, 400), num(g, 2, 20))
		},
		phone: func(g *gen) string {
			n := "9" + d(g, 8)
			return g.pick("0"+n[:3]+"-"+n[3:6]+"-"+n[6:], "+886 "+n[:3]+" "+n[3:6]+" "+n[6:], "0"+n, "+886-"+n)
		}},
	{code: "vi_VN", lang: "vi", order: vietnamese,
		given:   []string{"Thảo|thao", "Minh|minh", "Hương|huong", "Tuấn|tuan", "Ngọc|ngoc", "Dũng|dung", "Phương|phuong", "Khánh|khanh", "Trang|trang", "Quang|quang"},
		family:  []string{"Nguyễn|nguyen", "Trần|tran", "Lê|le", "Phạm|pham", "Hoàng|hoang", "Huỳnh|huynh", "Phan|phan", "Võ|vo", "Đặng|dang", "Bùi|bui"},
		streets: []string{"Điện Biên Phủ", "Nguyễn Thị Minh Khai", "Pasteur", "Lý Tự Trọng", "Hai Bà Trưng", "Cách Mạng Tháng Tám", "Nam Kỳ Khởi Nghĩa"},
		cities:  []string{"Phường Bến Thành, Quận 1, TP. Hồ Chí Minh", "Phường 6, Quận 3, TP.HCM", "Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội"},
		domains: []string{"gmail.com", "yahoo.com.vn", "outlook.com"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%d %s, %s", num(g, 1, 480), s, g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			n := g.pick("90", "91", "93", "98", "70", "86") + d(g, 7)
			return g.pick("0"+n[:3]+" "+n[3:6]+" "+n[6:], "+84 "+n[:2]+" "+n[2:5]+" "+n[5:], "0"+n, "0"+n[:2]+"."+n[2:5]+"."+n[5:], "84"+n)
		}},
	{code: "th_TH", lang: "th", order: western,
		given:   []string{"สมชาย|somchai", "สุภาพร|supaporn", "ณัฐพล|nattapon", "กมลชนก|kamonchanok", "ธนากร|thanakorn", "พิมพ์ชนก|pimchanok", "วีรยุทธ|weerayut", "อรอุมา|onuma"},
		family:  []string{"ศรีสุข|srisuk", "วงศ์สวัสดิ์|wongsawat", "แสงทอง|saengthong", "บุญมา|boonma", "จันทร์เพ็ญ|janpen", "ทองดี|thongdee", "เจริญผล|charoenphon", "รัตนพันธ์|rattanapan"},
		streets: []string{"สุขุมวิท", "พหลโยธิน", "รัชดาภิเษก", "ลาดพร้าว", "สีลม", "เพชรบุรี"},
		cities:  []string{"แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110", "แขวงจตุจักร เขตจตุจักร กรุงเทพฯ 10900", "อ.เมือง จ.เชียงใหม่ 50200"},
		domains: []string{"gmail.com", "hotmail.com", "outlook.co.th"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%d/%d หมู่ %d ถนน%s %s", num(g, 1, 999), num(g, 1, 99), num(g, 1, 12), s, g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			n := g.pick("8", "9", "6") + d(g, 8)
			return g.pick("0"+n[:2]+"-"+n[2:5]+"-"+n[5:], "+66 "+n[:2]+" "+n[2:5]+" "+n[5:], "0"+n, thaiDigits("0"+n[:2]+"-"+n[2:5]+"-"+n[5:]))
		}},
	{code: "id_ID", lang: "id", order: western,
		given:   []string{"Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Wahyu", "Intan", "Fajar", "Ratna", "Yoga", "Nurul"},
		family:  []string{"Santoso", "Wijaya", "Kusumawati", "Saputra", "Hidayat", "Permana", "Nugroho", "Lestari", "Setiawan", "Siregar", "Simanjuntak", "Pratama"},
		streets: []string{"Sudirman", "Thamrin", "Gatot Subroto", "Kebon Jeruk", "Cikini Raya", "Kemang Raya", "Tebet Barat"},
		cities:  []string{"Kel. Senayan, Kec. Kebayoran Baru, Jakarta Selatan 12190", "Kel. Menteng, Jakarta Pusat 10310", "Kel. Cihapit, Bandung 40114"},
		domains: []string{"gmail.com", "yahoo.co.id", "ymail.com"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("Jl. %s No. %d, RT %03d/RW %03d, %s", s, num(g, 1, 250), num(g, 1, 15), num(g, 1, 12), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			n := "8" + g.pick("12", "13", "21", "52", "57", "77") + d(g, 7+g.r.IntN(2))
			return g.pick("0"+n[:3]+"-"+n[3:7]+"-"+n[7:], "+62 "+n[:3]+" "+n[3:7]+" "+n[7:], "(+62) "+n[:3]+" "+n[3:7]+" "+n[7:], "62"+n, "0"+n)
		}},
	{code: "ms_MY", lang: "ms", order: western, paired: true,
		given:   []string{"Nurul Aisyah", "Muhammad Haziq", "Siti Nurhaliza", "Ahmad Faris", "Lim Jia", "Tan Wei", "Kavitha", "Arjun"},
		family:  []string{"binti Rahman", "bin Ismail", "binti Zulkifli", "bin Abdullah", "Hui", "Ming", "a/p Subramaniam", "a/l Rajendran"},
		streets: []string{"Ampang", "Tun Razak", "Bukit Bintang", "Klang Lama", "SS2/24", "Kuchai Lama"},
		cities:  []string{"50450 Kuala Lumpur", "47300 Petaling Jaya, Selangor", "10200 George Town, Pulau Pinang"},
		domains: []string{"gmail.com", "yahoo.com.my", "hotmail.my"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("No. %d, Jalan %s %d, Taman %s, %s", num(g, 1, 120), s, num(g, 1, 12), g.pick("Melawati", "Desa", "Sri Hartamas"), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			p := "1" + g.pick("2", "3", "6", "7", "9")
			a, b := d(g, 3), d(g, 4)
			return g.pick("0"+p+"-"+a+" "+b, "+60 "+p+"-"+a+" "+b, "+60"+p+a+b, "60"+p+a+b, "0"+p+a+b)
		}},
	{code: "fil_PH", lang: "tl", order: western,
		given:   []string{"Maricel", "Jericho", "Rowena", "Jhunjhun", "Kristine Joy", "Mark Anthony", "Lovely", "Rodel", "Princess", "Arnel"},
		family:  []string{"Dela Cruz", "Macaraeg", "Bautista", "Villanueva", "Manalastas", "Dimaculangan", "Pangilinan", "Tolentino", "Mangubat", "Sarmiento"},
		streets: []string{"Katipunan", "Aurora", "Mabini", "Kamuning", "Matalino", "Tandang Sora"},
		cities:  []string{"Brgy. Loyola Heights, Quezon City, 1108 Metro Manila", "Brgy. San Antonio, Pasig City, 1605", "Brgy. Lahug, Cebu City 6000"},
		domains: []string{"gmail.com", "yahoo.com", "ymail.com"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%d %s St., %s", num(g, 1, 999), s, g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			n := "9" + g.pick("17", "18", "27", "98", "05") + d(g, 7)
			return g.pick("0"+n[:3]+" "+n[3:6]+" "+n[6:], "+63 "+n[:3]+" "+n[3:6]+" "+n[6:], "0"+n, "63"+n, "+63-"+n[:3]+"-"+n[3:])
		}},
	{code: "hi_IN", lang: "hi", order: western,
		given:   []string{"Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rohit", "प्रिया|priya", "अमित|amit"},
		family:  []string{"Sharma", "Venkataraman", "Deshpande", "Chatterjee", "Iyer", "Agarwal", "Kulkarni", "Reddy", "शर्मा|sharma", "वर्मा|verma"},
		streets: []string{"Linking", "Hill", "Brigade", "Residency", "Lokhandwala", "Koramangala"},
		cities:  []string{"Bandra West, Mumbai 400050", "Indiranagar, Bengaluru 560038", "Koregaon Park, Pune 411001", "Saket, New Delhi 110017"},
		domains: []string{"gmail.com", "rediffmail.com", "yahoo.co.in"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("Flat %d, %s Apartments, %d %s Road, %s", num(g, 101, 1804), g.pick("Sai Krupa", "Shanti Kunj", "Green Valley"), num(g, 1, 99), s, g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			n := g.pick("98", "99", "97", "88", "70") + d(g, 8)
			return g.pick("+91 "+n[:5]+" "+n[5:], "0"+n[:5]+" "+n[5:], n, "+91-"+n, devanagari("+91 "+n[:5]+" "+n[5:]))
		}},
	{code: "ar_AE", lang: "ar", order: western, iban: "AE",
		given:   []string{"محمد|mohammed", "فاطمة|fatima", "خالد|khalid", "مريم|maryam", "Omar", "Aisha", "Hamdan", "Noura"},
		family:  []string{"المنصوري|almansoori", "الكعبي|alkaabi", "الشامسي|alshamsi", "الهاشمي|alhashimi", "Al Mazrouei", "Al Nuaimi", "Al Suwaidi", "Haddad"},
		streets: []string{"Al Wasl", "Jumeirah Beach", "Al Khaleej", "Hamdan bin Mohammed", "Al Muroor", "Sheikh Zayed"},
		cities:  []string{"Dubai", "Abu Dhabi", "Sharjah"},
		domains: []string{"gmail.com", "hotmail.com", "eim.ae"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("Villa %d, Street %d, %s Road, %s, %s", num(g, 1, 99), num(g, 1, 40), s, g.pick("Al Barsha 2", "Umm Suqeim 3", "Al Khalidiya"), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			n := "5" + g.pick("0", "2", "5", "6") + d(g, 7)
			return g.pick("+971 "+n[:2]+" "+n[2:5]+" "+n[5:], "0"+n[:2]+" "+n[2:5]+" "+n[5:], "00971"+n, arabicDigits("0"+n[:2]+" "+n[2:5]+" "+n[5:]), "971"+n)
		}},
	{code: "sv_SE", lang: "sv", order: western, iban: "SE",
		given:   []string{"Astrid", "Oskar", "Linnéa", "Hugo", "Saga", "Viggo", "Ebba", "Gustaf", "Maja", "Elias"},
		family:  []string{"Lindqvist", "Johansson", "Bergström", "Sjöberg", "Åkesson", "Hedlund", "Nordström", "Lundgren", "Engström", "Söderberg"},
		streets: []string{"Sveavägen", "Hornsgatan", "Götgatan", "Drottninggatan", "Kungsholmsgatan", "Odengatan"},
		cities:  []string{"113 50 Stockholm", "411 03 Göteborg", "211 43 Malmö"},
		domains: []string{"telia.com", "gmail.com", "hotmail.se", "bredband.net"},
		addr: func(g *gen, s string) string {
			return fmt.Sprintf("%s %d%s, %s", s, num(g, 1, 160), g.pick("", "A", " lgh 1102"), g.pick(g.loc.cities...))
		},
		phone: func(g *gen) string {
			p := "7" + g.pick("0", "2", "3", "6")
			a, b, c := d(g, 3), d(g, 2), d(g, 2)
			return g.pick("0"+p+"-"+a+" "+b+" "+c, "+46 "+p+" "+a+" "+b+" "+c, "+46"+p+a+b+c, "0"+p+a+b+c)
		}},
}

func mapDigits(s string, zero rune) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return zero + (r - '0')
		}
		return r
	}, s)
}

func fullwidth(s string) string {
	s = mapDigits(s, '０')
	return strings.NewReplacer("-", "－", "+", "＋").Replace(s)
}
func thaiDigits(s string) string   { return mapDigits(s, '๐') }
func devanagari(s string) string   { return mapDigits(s, '०') }
func arabicDigits(s string) string { return mapDigits(s, '٠') }

// split returns the native and roman forms of a table entry.
func split(e string) (native, roman string) {
	if i := strings.IndexByte(e, '|'); i >= 0 {
		return e[:i], e[i+1:]
	}
	return e, fold(e)
}

// fold turns Latin letters with diacritics into ASCII for e-mail local parts.
var folder = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ą", "a", "é", "e", "è", "e", "ê", "e", "ë", "e", "ę", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ı", "i", "İ", "I", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u",
	"ñ", "n", "ń", "n", "ç", "c", "ć", "c", "ş", "s", "ś", "s", "ş", "s", "ğ", "g", "ł", "l", "ż", "z", "ź", "z", "ß", "ss", "Á", "A", "É", "E", "Í", "I", "Ó", "O",
	"Ö", "O", "Ü", "U", "Ç", "C", "Ş", "S", "Ł", "L", "Å", "A", "Ä", "A", "Ð", "D", "đ", "d", "Đ", "D", "ễ", "e", "ư", "u", "ơ", "o", "ạ", "a", "ả", "a", "ọ", "o", "ỳ", "y",
	"ồ", "o", "ậ", "a", "ầ", "a", "ă", "a", "ũ", "u", "ương", "uong", "Ư", "U", " ", "", "'", "", "/", "")

func fold(s string) string { return folder.Replace(s) }
