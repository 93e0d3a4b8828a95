package heldout

import (
	"fmt"
	"strings"
)

// Locale is a country's people, addresses, phones and money.
type Locale struct {
	Code  string // "de_DE"
	CC    string // "DE"
	Lang  string // "de"
	Name  func(g *G) (full, latinFirst, latinLast string)
	Addr  func(g *G) AddrParts
	Phone func(g *G) string
	Money func(g *G) string
	Mail  []string
	// Script is true when names and addresses are written in a non-Latin
	// script (CJK, Thai, Hangul) in the locale's own form.
	Script bool
}

// AddrParts is a structured postal address.
type AddrParts struct {
	Line1, Line2, City, Region, Zip, Country string
	Full                                     string // one line, the local way
}

func (g *G) num(lo, hi int) string { return fmt.Sprint(g.rng(lo, hi)) }

// ---- name lists ----

var (
	gbFirst = []string{"Oliver", "Amelia", "Harry", "Isla", "George", "Olivia", "Charlotte", "Jack", "Freya", "Alfie", "Poppy", "Thomas", "Eleanor", "William", "Siobhan", "Callum", "Imogen", "Rhys", "Niamh", "Priya"}
	gbLast  = []string{"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Thompson", "O'Brien", "Patel", "Khan", "Hughes", "Edwards", "Clarke", "McKenzie", "Fitzgerald"}
	deFirst = []string{"Lukas", "Leon", "Finn", "Jonas", "Emma", "Mia", "Hannah", "Sophie", "Jürgen", "Uwe", "Sabine", "Katrin", "Stefan", "Anja", "Björn", "Jörg", "Lena", "Maximilian", "Günther", "Dörte"}
	deLast  = []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger", "Hartmann", "von Bülow", "Weißmann"}
	frFirst = []string{"Jean", "Marie", "Camille", "Léa", "Chloé", "Lucas", "Hugo", "Théo", "Manon", "Inès", "François", "Hélène", "Élodie", "Jérôme", "Gaëlle", "Anaïs", "Mathilde", "Baptiste", "Océane", "Rémi"}
	frLast  = []string{"Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Laurent", "Lefèvre", "Michel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Rousseau", "Chevalier", "Gauthier"}
	esFirst = []string{"María José", "Lucía", "Javier", "Alejandro", "Carmen", "Sofía", "Pablo", "Álvaro", "Marta", "Sergio", "Nuria", "Íñigo", "Rocío", "Begoña", "Joaquín", "Ainhoa"}
	esLast  = []string{"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez"}
	mxFirst = []string{"José Luis", "Guadalupe", "Juan", "María Fernanda", "Ximena", "Diego", "Valeria", "Santiago", "Itzel", "Emiliano", "Citlali", "Rodrigo", "Araceli", "Fernando"}
	mxLast  = []string{"Hernández", "García", "Martínez", "López", "González", "Ramírez", "Cruz", "Flores", "Morales", "Vázquez", "Reyes", "Torres", "Mendoza", "Aguilar", "Castañeda", "Zúñiga", "Ortega", "Gutiérrez"}
	brFirst = []string{"João Pedro", "Ana Clara", "Maria Eduarda", "Lucas", "Gabriel", "Beatriz", "Larissa", "Rafael", "Thiago", "Fernanda", "Luíza", "Matheus", "Júlia", "Caio", "Letícia", "Vinícius"}
	brLast  = []string{"Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Araújo", "Nascimento", "Conceição"}
	itFirst = []string{"Giuseppe", "Giovanni", "Francesca", "Chiara", "Alessandro", "Giulia", "Matteo", "Federica", "Lorenzo", "Martina", "Niccolò", "Beatrice", "Salvatore", "Gianluca"}
	itLast  = []string{"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "D'Angelo", "Lombardi", "Barbieri"}
	nlFirst = []string{"Daan", "Sem", "Emma", "Julia", "Lieke", "Bram", "Sanne", "Thijs", "Fleur", "Joost", "Anouk", "Maarten", "Femke", "Sjoerd"}
	nlLast  = []string{"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer"}
	idFirst = []string{"Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Andi", "Eko", "Fitri", "Ahmad", "Nurul", "Dian", "Indah", "Wahyu", "Ayu", "Hendra", "Ratna", "Yusuf", "Rina", "Bambang"}
	idLast  = []string{"Santoso", "Wijaya", "Saputra", "Hidayat", "Kusuma", "Pratama", "Lestari", "Setiawan", "Nugroho", "Siregar", "Simanjuntak", "Hasibuan", "Rahmawati", "Gunawan", "Halim", "Purnomo", "Wibowo", "Sitompul"}
	phFirst = []string{"Maria Cristina", "Juan Carlos", "Jose", "Mark Anthony", "Angelica", "Jerome", "Kristine", "John Paul", "Ma. Theresa", "Rodel", "Jennylyn", "Ronaldo", "Marites", "Jhun"}
	phLast  = []string{"Dela Cruz", "Reyes", "Santos", "Garcia", "Mendoza", "Bautista", "Villanueva", "Ramos", "Aquino", "Castillo", "Fernandez", "Navarro", "Macaraeg", "Pangilinan", "Dimaculangan"}
	auFirst = []string{"Jack", "Charlotte", "Noah", "Matilda", "Liam", "Ruby", "Lachlan", "Mia", "Cooper", "Zara", "Harrison", "Chloe", "Bronwyn", "Kylie", "Mitchell"}
	auLast  = []string{"Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Anderson", "Thompson", "White", "Kelly", "Ryan", "Campbell", "MacDonald", "Papadopoulos"}

	cnSur   = [][2]string{{"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"}, {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"}, {"马", "ma"}, {"朱", "zhu"}, {"胡", "hu"}, {"郭", "guo"}, {"林", "lin"}, {"罗", "luo"}, {"欧阳", "ouyang"}}
	cnGiven = [][2]string{{"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"秀英", "xiuying"}, {"敏", "min"}, {"静", "jing"}, {"丽", "li"}, {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"艳", "yan"}, {"杰", "jie"}, {"娟", "juan"}, {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"秀兰", "xiulan"}, {"子涵", "zihan"}, {"浩然", "haoran"}, {"欣怡", "xinyi"}, {"梓轩", "zixuan"}, {"建国", "jianguo"}, {"雨桐", "yutong"}}
	jpSur   = [][3]string{{"佐藤", "sato", "サトウ"}, {"鈴木", "suzuki", "スズキ"}, {"高橋", "takahashi", "タカハシ"}, {"田中", "tanaka", "タナカ"}, {"伊藤", "ito", "イトウ"}, {"渡辺", "watanabe", "ワタナベ"}, {"山本", "yamamoto", "ヤマモト"}, {"中村", "nakamura", "ナカムラ"}, {"小林", "kobayashi", "コバヤシ"}, {"加藤", "kato", "カトウ"}, {"吉田", "yoshida", "ヨシダ"}, {"山田", "yamada", "ヤマダ"}, {"佐々木", "sasaki", "ササキ"}, {"松本", "matsumoto", "マツモト"}, {"井上", "inoue", "イノウエ"}, {"木村", "kimura", "キムラ"}}
	jpGiven = [][3]string{{"太郎", "taro", "タロウ"}, {"花子", "hanako", "ハナコ"}, {"翔太", "shota", "ショウタ"}, {"陽菜", "hina", "ヒナ"}, {"大輝", "daiki", "ダイキ"}, {"美咲", "misaki", "ミサキ"}, {"健太", "kenta", "ケンタ"}, {"結衣", "yui", "ユイ"}, {"蓮", "ren", "レン"}, {"葵", "aoi", "アオイ"}, {"悠真", "yuma", "ユウマ"}, {"さくら", "sakura", "サクラ"}, {"直樹", "naoki", "ナオキ"}, {"恵子", "keiko", "ケイコ"}}
	krSur   = [][2]string{{"김", "Kim"}, {"이", "Lee"}, {"박", "Park"}, {"최", "Choi"}, {"정", "Jung"}, {"강", "Kang"}, {"조", "Cho"}, {"윤", "Yoon"}, {"장", "Jang"}, {"임", "Lim"}, {"한", "Han"}, {"오", "Oh"}, {"서", "Seo"}, {"신", "Shin"}, {"황보", "Hwangbo"}}
	krGiven = [][2]string{{"민준", "Min-jun"}, {"서연", "Seo-yeon"}, {"지호", "Ji-ho"}, {"지우", "Ji-woo"}, {"하준", "Ha-jun"}, {"서윤", "Seo-yun"}, {"도윤", "Do-yun"}, {"민서", "Min-seo"}, {"예준", "Ye-jun"}, {"하은", "Ha-eun"}, {"지민", "Ji-min"}, {"수빈", "Su-bin"}, {"현우", "Hyun-woo"}, {"은지", "Eun-ji"}}
	thFirst = [][2]string{{"สมชาย", "Somchai"}, {"สมศักดิ์", "Somsak"}, {"สุดารัตน์", "Sudarat"}, {"กมลวรรณ", "Kamonwan"}, {"ณัฐพล", "Nattapon"}, {"ศิริพร", "Siriporn"}, {"ประเสริฐ", "Prasert"}, {"วิไลวรรณ", "Wilaiwan"}, {"อนุชา", "Anucha"}, {"พิมพ์ชนก", "Pimchanok"}, {"ธนากร", "Thanakorn"}, {"จันทร์เพ็ญ", "Chanpen"}, {"ปิยะพงษ์", "Piyapong"}, {"อรุณี", "Arunee"}}
	thLast  = [][2]string{{"ใจดี", "Jaidee"}, {"สุขสวัสดิ์", "Suksawat"}, {"ศรีสุข", "Srisuk"}, {"วงศ์ไทย", "Wongthai"}, {"แสงทอง", "Saengthong"}, {"บุญมา", "Boonma"}, {"รัตนพันธ์", "Rattanaphan"}, {"ทองดี", "Thongdee"}, {"พงษ์พานิช", "Phongphanit"}, {"เจริญผล", "Charoenphon"}, {"ชัยมงคล", "Chaimongkol"}}
	vnSur   = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Trương"}
	vnMid   = []string{"Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hữu", "Đức", "Quốc", "Thu", "Hoài", "Gia"}
	vnGiven = []string{"An", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hạnh", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Phúc", "Quân", "Thảo", "Trang", "Tuấn", "Vy", "Nhung", "Phương"}
	myMalay = []string{"Muhammad Hafiz", "Ahmad Faizal", "Nur Aisyah", "Siti Nurhaliza", "Mohd Azlan", "Nurul Izzah", "Amirul Hakim", "Farah Nadia", "Wan Azizah", "Khairul Anuar"}
	myFath  = []string{"Ahmad", "Abdullah", "Ismail", "Hassan", "Ibrahim", "Osman", "Yusof", "Rahman", "Razak", "Sulaiman"}
	chSur   = []string{"Tan", "Lim", "Lee", "Wong", "Ng", "Chan", "Ong", "Teh", "Goh", "Chong", "Koh", "Yeo", "Cheong"}
	chGiven = []string{"Wei Ming", "Mei Ling", "Kah Wai", "Jia Hui", "Siew Mei", "Chee Keong", "Boon Huat", "Xin Yi", "Jun Jie", "Hui Min", "Kok Leong", "Pei Shan"}
	inFirst = []string{"Ravi", "Kavitha", "Suresh", "Priya", "Ganesh", "Deepa", "Murugan", "Thivya", "Arjun", "Lakshmi"}
	inFath  = []string{"Subramaniam", "Rajan", "Krishnan", "Muniandy", "Pillai", "Ramasamy", "Govindasamy", "Nair"}
	sgWest  = []string{"Daniel", "Rachel", "Marcus", "Nicole", "Bryan", "Sharon", "Dominic", "Vanessa"}
)

var fold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ú", "u",
	"ù", "u", "û", "u", "ü", "u", "ñ", "n", "ç", "c", "ß", "ss", "Á", "a", "É", "e", "Í", "i", "Ó", "o",
	"Ú", "u", "Ñ", "n", "Ö", "o", "Ü", "u", "Ä", "a", "Ç", "c", "Ì", "i", "ò", "o",
	"ạ", "a", "ả", "a", "ấ", "a", "ầ", "a", "ẩ", "a", "ẫ", "a", "ậ", "a", "ắ", "a", "ằ", "a", "ẳ", "a", "ẵ", "a", "ặ", "a", "ă", "a",
	"ẹ", "e", "ẻ", "e", "ẽ", "e", "ế", "e", "ề", "e", "ể", "e", "ễ", "e", "ệ", "e", "ĩ", "i", "ỉ", "i", "ị", "i",
	"ọ", "o", "ỏ", "o", "ố", "o", "ồ", "o", "ổ", "o", "ỗ", "o", "ộ", "o", "ơ", "o", "ớ", "o", "ờ", "o", "ở", "o", "ỡ", "o", "ợ", "o",
	"ụ", "u", "ủ", "u", "ũ", "u", "ư", "u", "ứ", "u", "ừ", "u", "ử", "u", "ữ", "u", "ự", "u", "ỳ", "y", "ý", "y", "ỷ", "y", "ỹ", "y", "ỵ", "y",
	"đ", "d", "Đ", "d", "'", "", " ", "", "-", "", ".", "",
)

// latin folds a name part for an email local part.
func latin(s string) string { return strings.ToLower(fold.Replace(s)) }

func west(first, last []string) func(g *G) (string, string, string) {
	return func(g *G) (string, string, string) {
		f, l := pickOf(g, first), pickOf(g, last)
		return f + " " + l, f, l
	}
}

// ---- addresses ----

type cityRow struct{ City, Region, Zip string }

func (g *G) zipLike(pattern string) string {
	var b strings.Builder
	for _, c := range pattern {
		switch c {
		case '9':
			b.WriteByte(digitsSet[g.n(10)])
		case 'A':
			b.WriteByte(upperSet[g.n(26)])
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

var Locales = []*Locale{
	{Code: "en_US", CC: "US", Lang: "en", Mail: []string{"gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com"},
		Name: func(g *G) (string, string, string) {
			f, l := g.f.FirstName(), g.f.LastName()
			switch g.n(6) {
			case 0:
				m := string(upperSet[g.n(26)])
				return f + " " + m + ". " + l, f, l
			case 1:
				return f + " " + l + " Jr.", f, l
			}
			return f + " " + l, f, l
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("Main St", "Oak Avenue", "Maple Dr", "Elm Street", "Washington Blvd", "Park Ave", "Sunset Blvd", "Pine St", "Cedar Ln", "Lakeview Drive", "Market St", "Mission Street", "Peachtree Rd NE", "Lincoln Way", "Highland Ave", "Ridge Road", "Evergreen Terrace", "Magnolia Court", "Willow Creek Pkwy")
			c := pickOf(g, []cityRow{{"Springfield", "IL", "627"}, {"Austin", "TX", "787"}, {"Seattle", "WA", "981"}, {"Brooklyn", "NY", "112"}, {"San Francisco", "CA", "941"}, {"Portland", "OR", "972"}, {"Denver", "CO", "802"}, {"Atlanta", "GA", "303"}, {"Chicago", "IL", "606"}, {"Phoenix", "AZ", "850"}, {"Columbus", "OH", "432"}, {"Nashville", "TN", "372"}, {"Miami", "FL", "331"}, {"Boston", "MA", "021"}, {"Minneapolis", "MN", "554"}, {g.f.City(), g.f.StateAbr(), g.digits(3)}})
			a := AddrParts{Line1: g.num(1, 9899) + " " + st, City: c.City, Region: c.Region, Zip: c.Zip + g.digits(2), Country: "US"}
			if g.chance(0.35) {
				a.Line2 = g.pick("Apt ", "Suite ", "Unit ", "#") + g.num(1, 40) + g.pick("", "A", "B", "C")
			}
			if g.chance(0.15) {
				a.Zip += "-" + g.digits(4)
			}
			a.Full = joinNE(", ", a.Line1, a.Line2, a.City, a.Region+" "+a.Zip)
			return a
		},
		Phone: func(g *G) string {
			ac := g.pick("212", "213", "312", "415", "512", "617", "646", "702", "718", "773", "808", "917", "206", "303", "404", "305", "214", "469", "510", "650", "408", "713", "832", "602", "480", "615", "503", "971")
			ex := g.num(201, 989)
			ln := g.digits(4)
			return g.pick("+1 "+ac+"-"+ex+"-"+ln, "("+ac+") "+ex+"-"+ln, ac+"-"+ex+"-"+ln, ac+"."+ex+"."+ln, "+1"+ac+ex+ln, "1-"+ac+"-"+ex+"-"+ln, "+1 ("+ac+") "+ex+"-"+ln, ac+" "+ex+" "+ln)
		},
		Money: func(g *G) string {
			v := g.money(2, 2500)
			return g.pick("$"+v.us(), "USD "+v.us(), v.plain()+" USD", "US$"+v.us())
		},
	},
	{Code: "en_GB", CC: "GB", Lang: "en", Mail: []string{"btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"},
		Name: func(g *G) (string, string, string) {
			var f, l string
			if g.chance(0.5) {
				f, l = pickOf(g, gbFirst), pickOf(g, gbLast)
			} else {
				f, l = g.f.FirstName(), pickOf(g, gbLast)
			}
			if g.chance(0.1) {
				return g.pick("Mr ", "Mrs ", "Ms ", "Dr ") + f + " " + l, f, l
			}
			return f + " " + l, f, l
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("High Street", "Station Road", "Church Lane", "Victoria Road", "Queen's Road", "Baker Street", "Mill Lane", "Park Avenue", "King's Road", "Albert Road", "Grosvenor Square", "Sandringham Close", "Thornbury Crescent")
			c := pickOf(g, []cityRow{{"London", "", "SW1A 9AA"}, {"London", "", "NW1 9AA"}, {"London", "", "E14 9AA"}, {"Manchester", "", "M1 9AA"}, {"Birmingham", "", "B33 9AA"}, {"Leeds", "", "LS1 9AA"}, {"Edinburgh", "", "EH1 9AA"}, {"Cardiff", "", "CF10 9AA"}, {"Bristol", "", "BS1 9AA"}, {"Glasgow", "", "G2 9AA"}, {"Liverpool", "", "L1 9AA"}})
			a := AddrParts{Line1: g.num(1, 240) + g.pick("", "", "", "A", "B") + " " + st, City: c.City, Zip: g.zipLike(c.Zip), Country: "GB"}
			if g.chance(0.3) {
				a.Line2 = a.Line1
				a.Line1 = g.pick("Flat ", "Flat ", "Apartment ") + g.num(1, 30)
			}
			a.Full = joinNE(", ", a.Line1, a.Line2, a.City+" "+a.Zip)
			return a
		},
		Phone: func(g *G) string {
			if g.chance(0.7) {
				m := "7" + g.pick("700", "400", "500", "800", "911", "956", "723", "588") + g.digits(6)
				return g.pick("+44 "+m[:4]+" "+m[4:], "0"+m[:4]+" "+m[4:], "+44"+m, "0"+m, "+44 (0)"+m[:4]+" "+m[4:], "07"+m[1:4]+"-"+m[4:])
			}
			n := g.digits(8)
			ar := g.pick("20", "161", "121", "113", "131", "29", "117")
			if len(ar) == 2 {
				return g.pick("+44 "+ar+" "+n[:4]+" "+n[4:], "0"+ar+" "+n[:4]+" "+n[4:], "+44 (0)"+ar+" "+n[:4]+" "+n[4:])
			}
			return g.pick("+44 "+ar+" "+n[:3]+" "+n[3:7], "0"+ar+" "+n[:3]+" "+n[3:7])
		},
		Money: func(g *G) string {
			v := g.money(1, 900)
			return g.pick("£"+v.us(), "GBP "+v.plain(), v.plain()+" GBP")
		},
	},
	{Code: "de_DE", CC: "DE", Lang: "de", Mail: []string{"gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de", "outlook.de"},
		Name: west(deFirst, deLast),
		Addr: func(g *G) AddrParts {
			st := g.pick("Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße", "Lindenallee", "Am Marktplatz", "Berliner Straße", "Kirchgasse", "Mozartstraße", "Friedrichstraße", "Karl-Marx-Allee", "Königsallee", "Rosenheimer Str.", "Sonnenstr.", "Eichendorffweg")
			c := pickOf(g, []cityRow{{"Berlin", "", "10115"}, {"München", "", "80331"}, {"Hamburg", "", "20095"}, {"Köln", "", "50667"}, {"Frankfurt am Main", "", "60311"}, {"Stuttgart", "", "70173"}, {"Düsseldorf", "", "40213"}, {"Leipzig", "", "04109"}, {"Dresden", "", "01067"}, {"Nürnberg", "", "90402"}, {"Würzburg", "", "97070"}})
			a := AddrParts{Line1: st + " " + g.num(1, 180) + g.pick("", "", "", "a", "b"), City: c.City, Zip: c.Zip, Country: "DE"}
			if g.chance(0.2) {
				a.Line2 = g.pick("3. OG links", "Hinterhaus", "c/o Packstation 112", "Whg. 14")
			}
			a.Full = joinNE(", ", a.Line1, a.Line2, a.Zip+" "+a.City)
			return a
		},
		Phone: func(g *G) string {
			if g.chance(0.6) {
				p := g.pick("151", "152", "160", "170", "171", "172", "176", "157", "179")
				n := g.digits(g.rng(7, 8))
				return g.pick("+49 "+p+" "+n, "0"+p+" "+n, "+49 (0)"+p+" "+n[:4]+" "+n[4:], "0"+p+"/"+n, "+49"+p+n, "0"+p+"-"+n)
			}
			ac := g.pick("30", "89", "40", "221", "69", "711", "211")
			n := g.digits(7)
			return g.pick("+49 "+ac+" "+n, "0"+ac+" "+n, "0"+ac+"/"+n, "+49 (0)"+ac+" "+n, "0"+ac+"-"+n[:3]+" "+n[3:])
		},
		Money: func(g *G) string {
			v := g.money(1, 3000)
			return g.pick(v.eu()+" €", "EUR "+v.plain(), "€"+v.plain(), v.eu()+" EUR")
		},
	},
	{Code: "fr_FR", CC: "FR", Lang: "fr", Mail: []string{"orange.fr", "free.fr", "laposte.net", "gmail.com", "hotmail.fr", "sfr.fr", "wanadoo.fr"},
		Name: func(g *G) (string, string, string) {
			f, l := pickOf(g, frFirst), pickOf(g, frLast)
			if g.chance(0.25) {
				return strings.ToUpper(l) + " " + f, f, l
			}
			return f + " " + l, f, l
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("rue de la Paix", "rue de Rivoli", "avenue des Champs-Élysées", "boulevard Haussmann", "rue Victor Hugo", "avenue Jean Jaurès", "rue du Faubourg Saint-Honoré", "place Bellecour", "rue de la République", "chemin des Vignes", "allée des Tilleuls", "quai des Chartrons", "impasse des Lilas")
			c := pickOf(g, []cityRow{{"Paris", "", "750"}, {"Lyon", "", "6900"}, {"Marseille", "", "130"}, {"Toulouse", "", "3100"}, {"Nice", "", "0600"}, {"Nantes", "", "4400"}, {"Strasbourg", "", "6700"}, {"Bordeaux", "", "3300"}, {"Lille", "", "5900"}})
			z := c.Zip
			for len(z) < 5 {
				z += g.digits(1)
			}
			a := AddrParts{Line1: g.num(1, 150) + g.pick("", "", "", " bis", " ter") + " " + st, City: c.City, Zip: z, Country: "FR"}
			if g.chance(0.25) {
				a.Line2 = g.pick("Bât. B, appt 12", "Résidence Les Pins, esc. 2", "3e étage gauche", "BP 42")
			}
			a.Full = joinNE(", ", a.Line1, a.Line2, a.Zip+" "+a.City)
			return a
		},
		Phone: func(g *G) string {
			p := g.pick("6", "7", "1", "4", "9")
			d := g.digits(8)
			sp := p + " " + d[0:2] + " " + d[2:4] + " " + d[4:6] + " " + d[6:8]
			return g.pick("0"+sp, "+33 "+sp, "+33 (0)"+sp, "0"+p+d, "+33"+p+d, "0"+p+"."+d[0:2]+"."+d[2:4]+"."+d[4:6]+"."+d[6:8])
		},
		Money: func(g *G) string { v := g.money(1, 3000); return g.pick(v.fr()+" €", "EUR "+v.plain(), v.eu()+"€") },
	},
	{Code: "es_ES", CC: "ES", Lang: "es", Mail: []string{"gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"},
		Name: func(g *G) (string, string, string) {
			f, l, l2 := pickOf(g, esFirst), pickOf(g, esLast), pickOf(g, esLast)
			return f + " " + l + " " + l2, f, l
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("Calle Mayor", "Calle de Alcalá", "Gran Vía", "Paseo de Gracia", "Avenida de la Constitución", "Calle Serrano", "Carrer de Mallorca", "Calle Larios", "Rambla de Catalunya", "Calle del Pez", "Plaza de España")
			c := pickOf(g, []cityRow{{"Madrid", "", "280"}, {"Barcelona", "", "080"}, {"Sevilla", "", "410"}, {"Valencia", "", "460"}, {"Málaga", "", "290"}, {"Bilbao", "", "480"}, {"Zaragoza", "", "500"}})
			a := AddrParts{Line1: st + " " + g.num(1, 200) + g.pick("", ", "+g.num(1, 9)+"º "+g.pick("A", "B", "C", "izda.", "dcha."), ", bajo"), City: c.City, Zip: c.Zip + g.digits(2), Country: "ES"}
			a.Full = joinNE(", ", a.Line1, a.Zip+" "+a.City)
			return a
		},
		Phone: func(g *G) string {
			p := g.pick("6", "7", "9")
			d := g.digits(8)
			return g.pick("+34 "+p+d[:2]+" "+d[2:4]+" "+d[4:6]+" "+d[6:], p+d[:2]+" "+d[2:5]+" "+d[5:], "+34"+p+d, "0034 "+p+d[:2]+" "+d[2:5]+" "+d[5:], p+d)
		},
		Money: func(g *G) string { v := g.money(1, 3000); return g.pick(v.eu()+" €", "€"+v.eu(), "EUR "+v.plain()) },
	},
	{Code: "es_MX", CC: "MX", Lang: "es", Mail: []string{"gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx"},
		Name: func(g *G) (string, string, string) {
			f, l, l2 := pickOf(g, mxFirst), pickOf(g, mxLast), pickOf(g, mxLast)
			return f + " " + l + " " + l2, f, l
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("Av. Insurgentes Sur", "Paseo de la Reforma", "Calle Madero", "Av. Chapultepec", "Calle Hidalgo", "Av. Vallarta", "Calle Morelos", "Av. Revolución", "Calle Tonalá")
			col := g.pick("Col. Roma Norte", "Col. Condesa", "Col. Del Valle", "Col. Centro", "Col. Providencia", "Col. Polanco", "Col. Narvarte Poniente", "Col. Obispado")
			c := pickOf(g, []cityRow{{"Ciudad de México", "CDMX", "06700"}, {"Guadalajara", "Jal.", "44630"}, {"Monterrey", "N.L.", "64000"}, {"Puebla", "Pue.", "72000"}, {"Mérida", "Yuc.", "97000"}})
			a := AddrParts{Line1: st + " " + g.num(1, 3200) + g.pick("", " Int. "+g.num(1, 30), " Depto. "+g.num(101, 904)), Line2: col, City: c.City, Region: c.Region, Zip: c.Zip, Country: "MX"}
			a.Full = joinNE(", ", a.Line1, a.Line2, "C.P. "+a.Zip, a.City+", "+a.Region)
			return a
		},
		Phone: func(g *G) string {
			ac := g.pick("55", "33", "81", "222", "999")
			n := g.digits(10 - len(ac))
			return g.pick("+52 "+ac+" "+n[:len(n)-4]+" "+n[len(n)-4:], ac+" "+n[:len(n)-4]+" "+n[len(n)-4:], "+52 1 "+ac+" "+n, "("+ac+") "+n[:len(n)-4]+"-"+n[len(n)-4:], "+52"+ac+n)
		},
		Money: func(g *G) string {
			v := g.money(50, 20000)
			return g.pick("MX$"+v.us(), "$"+v.us()+" MXN", "MXN "+v.plain())
		},
	},
	{Code: "pt_BR", CC: "BR", Lang: "pt", Mail: []string{"gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "terra.com.br"},
		Name: func(g *G) (string, string, string) {
			f, l := pickOf(g, brFirst), pickOf(g, brLast)
			if g.chance(0.5) {
				m := pickOf(g, brLast)
				return f + " " + g.pick("da ", "dos ", "de ", "") + m + " " + l, f, l
			}
			return f + " " + l, f, l
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("Rua Augusta", "Avenida Paulista", "Rua Oscar Freire", "Rua das Laranjeiras", "Avenida Atlântica", "Rua da Consolação", "Rua XV de Novembro", "Avenida Afonso Pena", "Travessa do Ouvidor", "Rua Voluntários da Pátria")
			bairro := g.pick("Consolação", "Bela Vista", "Jardins", "Copacabana", "Laranjeiras", "Centro", "Savassi", "Batel", "Botafogo", "Moinhos de Vento")
			c := pickOf(g, []cityRow{{"São Paulo", "SP", "013"}, {"Rio de Janeiro", "RJ", "220"}, {"Belo Horizonte", "MG", "301"}, {"Curitiba", "PR", "804"}, {"Porto Alegre", "RS", "900"}, {"Salvador", "BA", "400"}, {"Recife", "PE", "500"}})
			a := AddrParts{Line1: st + ", " + g.num(10, 3999), Line2: g.pick("apto "+g.num(11, 184), "casa 2", "bloco B apto "+g.num(101, 1204), "sala "+g.num(301, 1910), ""), City: c.City, Region: c.Region, Zip: c.Zip + g.digits(2) + "-" + g.digits(3), Country: "BR"}
			a.Line2 = joinNE(" - ", a.Line2, bairro)
			a.Full = joinNE(", ", a.Line1, a.Line2, a.City+" - "+a.Region, a.Zip)
			return a
		},
		Phone: func(g *G) string {
			ddd := g.pick("11", "21", "31", "41", "51", "71", "81", "61")
			n := "9" + g.digits(8)
			return g.pick("+55 "+ddd+" "+n[:5]+"-"+n[5:], "("+ddd+") "+n[:5]+"-"+n[5:], ddd+n, "+55 ("+ddd+") "+n[:5]+"-"+n[5:], "+55"+ddd+n, ddd+" "+n)
		},
		Money: func(g *G) string { v := g.money(5, 9000); return g.pick("R$ "+v.eu(), "R$"+v.eu(), "BRL "+v.plain()) },
	},
	{Code: "it_IT", CC: "IT", Lang: "it", Mail: []string{"libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it", "hotmail.it"},
		Name: west(itFirst, itLast),
		Addr: func(g *G) AddrParts {
			st := g.pick("Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Via Dante Alighieri", "Piazza Navona", "Via del Corso", "Via Toledo", "Viale Monza", "Via Giuseppe Mazzini", "Vicolo del Cinque")
			c := pickOf(g, []cityRow{{"Milano", "MI", "20121"}, {"Roma", "RM", "00186"}, {"Napoli", "NA", "80134"}, {"Torino", "TO", "10121"}, {"Firenze", "FI", "50123"}, {"Bologna", "BO", "40121"}, {"Palermo", "PA", "90133"}})
			a := AddrParts{Line1: st + " " + g.num(1, 240) + g.pick("", "", "/A", " int. 5"), City: c.City, Region: c.Region, Zip: c.Zip, Country: "IT"}
			a.Full = joinNE(", ", a.Line1, a.Zip+" "+a.City+" "+a.Region)
			return a
		},
		Phone: func(g *G) string {
			if g.chance(0.7) {
				p := g.pick("320", "328", "333", "338", "347", "349", "366", "393")
				n := g.digits(7)
				return g.pick("+39 "+p+" "+n[:3]+" "+n[3:], p+" "+n, "+39"+p+n, p+"-"+n, "0039 "+p+" "+n)
			}
			ac := g.pick("02", "06", "081", "011", "055")
			n := g.digits(10 - len(ac))
			return g.pick("+39 "+ac+" "+n, ac+" "+n[:4]+" "+n[4:], ac+"/"+n)
		},
		Money: func(g *G) string {
			v := g.money(1, 3000)
			return g.pick("€ "+v.eu(), v.eu()+" €", "EUR "+v.plain())
		},
	},
	{Code: "nl_NL", CC: "NL", Lang: "nl", Mail: []string{"ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "outlook.com"},
		Name: west(nlFirst, nlLast),
		Addr: func(g *G) AddrParts {
			st := g.pick("Keizersgracht", "Prinsengracht", "Herengracht", "Kalverstraat", "Damrak", "Coolsingel", "Oudegracht", "Lange Voorhout", "Stationsweg", "Dorpsstraat", "Nieuwe Binnenweg", "Vondelstraat")
			c := pickOf(g, []cityRow{{"Amsterdam", "", "10"}, {"Rotterdam", "", "30"}, {"Utrecht", "", "35"}, {"Den Haag", "", "25"}, {"Eindhoven", "", "56"}, {"Groningen", "", "97"}})
			a := AddrParts{Line1: st + " " + g.num(1, 400) + g.pick("", "", "-II", " hs", "A"), City: c.City, Zip: c.Zip + g.digits(2) + " " + g.zipLike("AA"), Country: "NL"}
			a.Full = joinNE(", ", a.Line1, a.Zip+" "+a.City)
			return a
		},
		Phone: func(g *G) string {
			n := g.digits(8)
			if g.chance(0.7) {
				return g.pick("06 "+n, "+31 6 "+n, "06-"+n, "+316"+n, "0031 6 "+n[:2]+" "+n[2:5]+" "+n[5:])
			}
			ac := g.pick("20", "10", "30", "70")
			n = g.digits(7)
			return g.pick("+31 "+ac+" "+n[:3]+" "+n[3:], "0"+ac+"-"+n, "0"+ac+" "+n[:3]+" "+n[3:])
		},
		Money: func(g *G) string { v := g.money(1, 3000); return g.pick("€ "+v.eu(), "EUR "+v.plain(), "€"+v.eu()) },
	},
	{Code: "id_ID", CC: "ID", Lang: "id", Mail: []string{"gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "outlook.co.id"},
		Name: func(g *G) (string, string, string) {
			f := pickOf(g, idFirst)
			if g.chance(0.15) {
				return f, f, ""
			}
			l := pickOf(g, idLast)
			if g.chance(0.2) {
				m := g.pick("Nur", "Dwi", "Tri", "Putra", "Sari", "Adi")
				return f + " " + m + " " + l, f, l
			}
			return f + " " + l, f, l
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("Jl. Jenderal Sudirman", "Jl. M.H. Thamrin", "Jl. Gatot Subroto", "Jl. Kebon Jeruk Raya", "Jl. Malioboro", "Jl. Diponegoro", "Jl. Asia Afrika", "Jl. Pemuda", "Jl. Raya Darmo", "Gg. Mawar", "Jl. Cempaka Putih Tengah", "Komp. Griya Asri Blok C")
			type r struct{ kel, kec, city, prov, zip string }
			c := pickOf(g, []r{{"Karet Semanggi", "Setiabudi", "Jakarta Selatan", "DKI Jakarta", "12930"}, {"Sosromenduran", "Gedong Tengen", "Kota Yogyakarta", "DI Yogyakarta", "55271"}, {"Braga", "Sumur Bandung", "Kota Bandung", "Jawa Barat", "40111"}, {"Embong Kaliasin", "Genteng", "Surabaya", "Jawa Timur", "60271"}, {"Kuta", "Kuta", "Kabupaten Badung", "Bali", "80361"}, {"Petisah Tengah", "Medan Petisah", "Kota Medan", "Sumatera Utara", "20112"}, {"Kebon Jeruk", "Kebon Jeruk", "Jakarta Barat", "DKI Jakarta", "11530"}})
			a := AddrParts{Line1: st + " No. " + g.num(1, 250) + g.pick("", "", "A", "B"), City: c.city, Region: c.prov, Zip: c.zip, Country: "ID"}
			a.Line2 = g.pick("RT "+fmt.Sprintf("%03d", g.rng(1, 15))+"/RW "+fmt.Sprintf("%03d", g.rng(1, 12))+", ", "") + "Kel. " + c.kel + ", Kec. " + c.kec
			a.Full = joinNE(", ", a.Line1, a.Line2, a.City, a.Region+" "+a.Zip)
			return a
		},
		Phone: func(g *G) string {
			p := g.pick("811", "812", "813", "821", "822", "852", "856", "857", "878", "895", "818", "838")
			n := g.digits(g.rng(7, 8))
			return g.pick("0"+p+"-"+n[:4]+"-"+n[4:], "+62 "+p+" "+n[:4]+" "+n[4:], "0"+p+n, "(+62) "+p+" "+n[:4]+" "+n[4:], "+62"+p+n, "62"+p+n, "0"+p+" "+n[:4]+" "+n[4:])
		},
		Money: func(g *G) string {
			n := g.rng(15, 9000) * 1000
			return g.pick("Rp "+grp(n, "."), "Rp"+grp(n, ".")+",00", "IDR "+fmt.Sprint(n))
		},
	},
	{Code: "vi_VN", CC: "VN", Lang: "vi", Mail: []string{"gmail.com", "yahoo.com.vn", "outlook.com", "fpt.vn"},
		Name: func(g *G) (string, string, string) {
			s, m, gv := pickOf(g, vnSur), pickOf(g, vnMid), pickOf(g, vnGiven)
			if g.chance(0.15) {
				return strings.ToUpper(s + " " + m + " " + gv), gv, s
			}
			return s + " " + m + " " + gv, gv, s
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("Nguyễn Huệ", "Lê Lợi", "Hai Bà Trưng", "Trần Hưng Đạo", "Điện Biên Phủ", "Lý Thường Kiệt", "Phan Đình Phùng", "Nguyễn Trãi", "Hoàng Diệu", "Cách Mạng Tháng Tám")
			type r struct{ ward, dist, city string }
			c := pickOf(g, []r{{"Phường Bến Nghé", "Quận 1", "TP. Hồ Chí Minh"}, {"Phường 6", "Quận 3", "TP. Hồ Chí Minh"}, {"Phường Tràng Tiền", "Quận Hoàn Kiếm", "Hà Nội"}, {"Phường Điện Biên", "Quận Ba Đình", "Hà Nội"}, {"Phường Hải Châu 1", "Quận Hải Châu", "Đà Nẵng"}, {"Phường Thảo Điền", "TP. Thủ Đức", "TP. Hồ Chí Minh"}})
			a := AddrParts{Line1: g.pick("Số "+g.num(1, 300)+" ", g.num(1, 300)+"/"+g.num(1, 40)+" ", "Ngõ "+g.num(1, 200)+" ", g.num(1, 300)+" ") + g.pick("", "đường ") + st, Line2: c.ward + ", " + c.dist, City: c.city, Country: "VN"}
			a.Full = joinNE(", ", a.Line1, a.Line2, a.City)
			return a
		},
		Phone: func(g *G) string {
			p := g.pick("90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "70", "77", "86", "88")
			n := g.digits(7)
			return g.pick("0"+p+n[:1]+" "+n[1:4]+" "+n[4:], "+84 "+p+n[:1]+" "+n[1:4]+" "+n[4:], "0"+p+n, "+84"+p+n, "84"+p+n, "0"+p+n[:1]+"."+n[1:4]+"."+n[4:])
		},
		Money: func(g *G) string {
			n := g.rng(20, 9000) * 1000
			return g.pick(grp(n, ".")+" ₫", grp(n, ".")+"đ", "VND "+fmt.Sprint(n), "₫"+grp(n, ","))
		},
	},
	{Code: "th_TH", CC: "TH", Lang: "th", Mail: []string{"gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th"}, Script: true,
		Name: func(g *G) (string, string, string) {
			f, l := pickOf(g, thFirst), pickOf(g, thLast)
			if g.chance(0.25) {
				return f[1] + " " + l[1], f[1], l[1]
			}
			return f[0] + " " + l[0], f[1], l[1]
		},
		Addr: func(g *G) AddrParts {
			if g.chance(0.25) {
				st := g.pick("Sukhumvit Rd", "Silom Rd", "Phahonyothin Rd", "Ratchadaphisek Rd", "Nimmanhaemin Rd", "Soi Ari 1")
				c := pickOf(g, []cityRow{{"Khlong Toei Nuea, Watthana, Bangkok", "", "10110"}, {"Silom, Bang Rak, Bangkok", "", "10500"}, {"Suthep, Mueang Chiang Mai, Chiang Mai", "", "50200"}, {"Chom Phon, Chatuchak, Bangkok", "", "10900"}})
				a := AddrParts{Line1: g.num(1, 999) + "/" + g.num(1, 99) + " " + st, City: c.City, Zip: c.Zip, Country: "TH"}
				a.Full = joinNE(", ", a.Line1, a.City+" "+a.Zip)
				return a
			}
			st := g.pick("ถนนสุขุมวิท", "ถนนสีลม", "ถนนพหลโยธิน", "ถนนรัชดาภิเษก", "ถนนเพชรบุรี", "ถนนนิมมานเหมินท์", "ซอยอารีย์", "ถนนเจริญกรุง")
			c := pickOf(g, []cityRow{{"แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพมหานคร", "", "10110"}, {"แขวงสีลม เขตบางรัก กรุงเทพมหานคร", "", "10500"}, {"ตำบลสุเทพ อำเภอเมืองเชียงใหม่ เชียงใหม่", "", "50200"}, {"แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร", "", "10900"}, {"ตำบลหนองปรือ อำเภอบางละมุง ชลบุรี", "", "20150"}})
			a := AddrParts{Line1: g.num(1, 999) + "/" + g.num(1, 99) + g.pick(" หมู่ "+g.num(1, 12), "", " อาคารสาทรซิตี้ ชั้น "+g.num(2, 30)) + " " + st, City: c.City, Zip: c.Zip, Country: "TH"}
			a.Full = a.Line1 + " " + a.City + " " + a.Zip
			return a
		},
		Phone: func(g *G) string {
			p := g.pick("81", "82", "86", "89", "91", "92", "95", "61", "62", "63")
			n := g.digits(7)
			if g.chance(0.15) {
				n = g.digits(7)
				return g.pick("02-"+n[:3]+"-"+n[3:], "+66 2 "+n[:3]+" "+n[3:])
			}
			return g.pick("0"+p+"-"+n[:3]+"-"+n[3:], "+66 "+p+" "+n[:3]+" "+n[3:], "0"+p+n, "+66"+p+n, "(+66)"+p+n, "0"+p+" "+n[:3]+" "+n[3:])
		},
		Money: func(g *G) string {
			v := g.money(20, 40000)
			return g.pick("฿"+v.us(), v.us()+" บาท", "THB "+v.plain())
		},
	},
	{Code: "ja_JP", CC: "JP", Lang: "ja", Mail: []string{"gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "icloud.com"}, Script: true,
		Name: func(g *G) (string, string, string) {
			s, gv := pickOf(g, jpSur), pickOf(g, jpGiven)
			switch g.n(8) {
			case 0, 1:
				return strings.ToUpper(s[1][:1]) + s[1][1:] + " " + strings.ToUpper(gv[1][:1]) + gv[1][1:], gv[1], s[1]
			case 2:
				return s[2] + " " + gv[2], gv[1], s[1]
			case 3:
				return s[0] + gv[0], gv[1], s[1]
			}
			return s[0] + " " + gv[0], gv[1], s[1]
		},
		Addr: func(g *G) AddrParts {
			if g.chance(0.2) {
				a := AddrParts{Line1: g.num(1, 9) + "-" + g.num(1, 30) + "-" + g.num(1, 20) + " " + g.pick("Roppongi", "Jingumae", "Umeda", "Tenjin", "Minatomirai", "Sakae"), City: g.pick("Minato-ku, Tokyo", "Shibuya-ku, Tokyo", "Kita-ku, Osaka", "Chuo-ku, Fukuoka"), Zip: g.digits(3) + "-" + g.digits(4), Country: "JP"}
				a.Full = joinNE(", ", a.Line1, a.City+" "+a.Zip)
				return a
			}
			c := pickOf(g, []cityRow{{"東京都港区六本木", "", "106-0032"}, {"東京都渋谷区神南", "", "150-0041"}, {"大阪府大阪市北区梅田", "", "530-0001"}, {"神奈川県横浜市西区みなとみらい", "", "220-0012"}, {"京都府京都市下京区四条通", "", "600-8001"}, {"福岡県福岡市中央区天神", "", "810-0001"}, {"北海道札幌市中央区北一条西", "", "060-0001"}, {"愛知県名古屋市中村区名駅", "", "450-0002"}})
			blk := g.pick(g.num(1, 9)+"-"+g.num(1, 30)+"-"+g.num(1, 20), g.num(1, 9)+"丁目"+g.num(1, 30)+"番"+g.num(1, 20)+"号")
			bld := g.pick("", "", " グランドメゾン"+g.num(101, 905)+"号室", " パークハイツ "+g.num(101, 905), " サンシャインビル "+g.num(2, 12)+"F", " コーポ山田 "+g.num(101, 305))
			a := AddrParts{Line1: c.City + blk + bld, City: c.City, Zip: c.Zip, Country: "JP"}
			a.Full = g.pick("〒"+a.Zip+" ", "") + a.Line1
			return a
		},
		Phone: func(g *G) string {
			if g.chance(0.7) {
				p := g.pick("90", "80", "70")
				n := g.digits(8)
				return g.pick("0"+p+"-"+n[:4]+"-"+n[4:], "+81 "+p+"-"+n[:4]+"-"+n[4:], "0"+p+n, "+81"+p+n, "+81 "+p+" "+n[:4]+" "+n[4:])
			}
			n := g.digits(8)
			ac := g.pick("3", "6", "45", "75", "92")
			n = n[:8-(len(ac)-1)]
			return g.pick("0"+ac+"-"+n[:4-(len(ac)-1)]+"-"+n[4-(len(ac)-1):], "+81 "+ac+" "+n[:4-(len(ac)-1)]+" "+n[4-(len(ac)-1):])
		},
		Money: func(g *G) string {
			n := g.rng(300, 300000)
			return g.pick("¥"+grp(n, ","), grp(n, ",")+"円", "JPY "+fmt.Sprint(n), "￥"+grp(n, ","))
		},
	},
	{Code: "zh_CN", CC: "CN", Lang: "zh", Mail: []string{"qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com"}, Script: true,
		Name: func(g *G) (string, string, string) {
			s, gv := pickOf(g, cnSur), pickOf(g, cnGiven)
			if g.chance(0.15) {
				return strings.ToUpper(s[1][:1]) + s[1][1:] + " " + strings.ToUpper(gv[1][:1]) + gv[1][1:], gv[1], s[1]
			}
			if len([]rune(gv[0])) == 1 && g.chance(0.4) {
				g2 := pickOf(g, cnGiven)
				if len([]rune(g2[0])) == 1 {
					return s[0] + gv[0] + g2[0], gv[1] + g2[1], s[1]
				}
			}
			return s[0] + gv[0], gv[1], s[1]
		},
		Addr: func(g *G) AddrParts {
			type r struct{ city, dist, road, zip string }
			c := pickOf(g, []r{{"北京市", "朝阳区", "建国路", "100022"}, {"上海市", "浦东新区", "世纪大道", "200120"}, {"广东省深圳市", "南山区", "科技园南路", "518057"}, {"浙江省杭州市", "西湖区", "文三路", "310012"}, {"四川省成都市", "武侯区", "人民南路四段", "610041"}, {"江苏省南京市", "鼓楼区", "中山北路", "210008"}, {"湖北省武汉市", "洪山区", "珞喻路", "430074"}, {"广东省广州市", "天河区", "天河路", "510620"}})
			bld := g.pick("", "SOHO现代城"+g.num(1, 9)+"号楼"+g.num(101, 2805)+"室", "阳光小区"+g.num(1, 20)+"栋"+g.num(1, 4)+"单元"+g.num(101, 1802), "万科城"+g.num(1, 6)+"期"+g.num(1, 30)+"-"+g.num(1, 4)+"-"+g.num(101, 2302), "金地花园"+g.num(1, 12)+"幢"+g.num(101, 1502)+"室")
			a := AddrParts{Line1: c.dist + c.road + g.num(1, 999) + "号" + bld, City: c.city, Zip: c.zip, Country: "CN"}
			a.Full = c.city + a.Line1
			return a
		},
		Phone: func(g *G) string {
			if g.chance(0.85) {
				p := g.pick("138", "139", "135", "136", "137", "150", "151", "158", "159", "186", "187", "188", "177", "199", "130", "131", "133")
				n := g.digits(8)
				return g.pick(p+n, "+86 "+p+" "+n[:4]+" "+n[4:], p+"-"+n[:4]+"-"+n[4:], "+86-"+p+n, "+86"+p+n, p+" "+n[:4]+" "+n[4:], "0086 "+p+n)
			}
			ac := g.pick("10", "21", "755", "571", "28")
			n := g.digits(11 - len(ac) - 1)
			return g.pick("(0"+ac+") "+n[:4]+" "+n[4:], "0"+ac+"-"+n, "+86 "+ac+" "+n)
		},
		Money: func(g *G) string {
			v := g.money(5, 20000)
			return g.pick("¥"+v.us(), "CNY "+v.plain(), v.plain()+"元", "RMB "+v.plain())
		},
	},
	{Code: "ko_KR", CC: "KR", Lang: "ko", Mail: []string{"naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com"}, Script: true,
		Name: func(g *G) (string, string, string) {
			s, gv := pickOf(g, krSur), pickOf(g, krGiven)
			lf := strings.ToLower(strings.ReplaceAll(gv[1], "-", ""))
			if g.chance(0.2) {
				if g.chance(0.5) {
					return s[1] + " " + gv[1], lf, strings.ToLower(s[1])
				}
				return strings.ReplaceAll(gv[1], "-", "") + " " + s[1], lf, strings.ToLower(s[1])
			}
			return s[0] + gv[0], lf, strings.ToLower(s[1])
		},
		Addr: func(g *G) AddrParts {
			type r struct{ city, road, zip string }
			c := pickOf(g, []r{{"서울특별시 강남구", "테헤란로", "06236"}, {"서울특별시 마포구", "월드컵북로", "03925"}, {"부산광역시 해운대구", "해운대해변로", "48099"}, {"경기도 성남시 분당구", "판교역로", "13529"}, {"인천광역시 연수구", "송도과학로", "21984"}, {"대구광역시 중구", "동성로", "41911"}, {"서울특별시 송파구", "올림픽로", "05551"}})
			bld := g.pick("", "", ", 래미안아파트 "+g.num(101, 112)+"동 "+g.num(101, 2504)+"호", ", "+g.num(2, 20)+"층", ", 현대오피스텔 "+g.num(201, 1508)+"호")
			a := AddrParts{Line1: c.city + " " + c.road + " " + g.num(1, 400) + bld, City: c.city, Zip: c.zip, Country: "KR"}
			a.Full = g.pick("("+c.zip+") ", "") + a.Line1
			return a
		},
		Phone: func(g *G) string {
			n := g.digits(8)
			if g.chance(0.85) {
				return g.pick("010-"+n[:4]+"-"+n[4:], "+82 10-"+n[:4]+"-"+n[4:], "010"+n, "+82 10 "+n[:4]+" "+n[4:], "+8210"+n, "010 "+n[:4]+" "+n[4:])
			}
			return g.pick("02-"+n[:3]+"-"+n[3:7], "+82 2 "+n[:4]+" "+n[4:], "031-"+n[:3]+"-"+n[3:7])
		},
		Money: func(g *G) string {
			n := g.rng(10, 5000) * 100
			return g.pick("₩"+grp(n, ","), grp(n, ",")+"원", "KRW "+fmt.Sprint(n))
		},
	},
	{Code: "ms_MY", CC: "MY", Lang: "ms", Mail: []string{"gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com", "streamyx.com"},
		Name: func(g *G) (string, string, string) {
			switch g.n(3) {
			case 0:
				f, fa := pickOf(g, myMalay), pickOf(g, myFath)
				bb := "bin"
				if strings.HasPrefix(f, "Nur") || strings.HasPrefix(f, "Siti") || strings.HasPrefix(f, "Farah") || strings.HasPrefix(f, "Wan") {
					bb = "binti"
				}
				return f + " " + bb + " " + fa, strings.Fields(f)[len(strings.Fields(f))-1], fa
			case 1:
				s, gv := pickOf(g, chSur), pickOf(g, chGiven)
				return s + " " + gv, strings.ReplaceAll(gv, " ", ""), s
			}
			f, fa := pickOf(g, inFirst), pickOf(g, inFath)
			return f + g.pick(" a/l ", " a/p ", " s/o ", " ") + fa, f, fa
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("Jalan Bukit Bintang", "Jalan Ampang", "Jalan SS 2/24", "Jalan Tun Razak", "Lorong Kurau", "Jalan Sultan Ismail", "Persiaran Gurney", "Jalan Tebrau", "Jalan Gasing", "Jalan Kenari 5")
			c := pickOf(g, []cityRow{{"Kuala Lumpur", "Wilayah Persekutuan", "55100"}, {"Petaling Jaya", "Selangor", "47300"}, {"George Town", "Pulau Pinang", "10250"}, {"Johor Bahru", "Johor", "80000"}, {"Kota Kinabalu", "Sabah", "88000"}, {"Shah Alam", "Selangor", "40150"}})
			a := AddrParts{Line1: g.pick("No. "+g.num(1, 120)+", ", g.pick("A", "B", "C")+"-"+g.num(1, 30)+"-"+g.num(1, 12)+", Residensi "+g.pick("Sri Putramas", "Vista Alam", "Mutiara")+", ", "Lot "+g.num(100, 9999)+", ") + st, City: c.City, Region: c.Region, Zip: c.Zip, Country: "MY"}
			a.Full = joinNE(", ", a.Line1, a.Zip+" "+a.City, a.Region)
			return a
		},
		Phone: func(g *G) string {
			p := g.pick("12", "13", "16", "17", "19", "11", "14")
			n := g.digits(7)
			if p == "11" {
				n = g.digits(8)
			}
			return g.pick("0"+p+"-"+n[:3]+" "+n[3:], "+60 "+p+"-"+n[:3]+" "+n[3:], "+60"+p+n, "0"+p+n, "60"+p+n, "+60 "+p+" "+n[:3]+" "+n[3:])
		},
		Money: func(g *G) string {
			v := g.money(5, 5000)
			return g.pick("RM "+v.us(), "RM"+v.plain(), "MYR "+v.plain())
		},
	},
	{Code: "en_SG", CC: "SG", Lang: "en", Mail: []string{"gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com", "pacific.net.sg"},
		Name: func(g *G) (string, string, string) {
			s, gv := pickOf(g, chSur), pickOf(g, chGiven)
			switch g.n(4) {
			case 0:
				w := pickOf(g, sgWest)
				return w + " " + s + " " + gv, w, s
			case 1:
				return strings.ToUpper(s) + " " + gv, strings.ReplaceAll(gv, " ", ""), s
			case 2:
				f, fa := pickOf(g, myMalay), pickOf(g, myFath)
				return f + " " + g.pick("bin", "binte") + " " + fa, strings.Fields(f)[0], fa
			}
			return s + " " + gv, strings.ReplaceAll(gv, " ", ""), s
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("Ang Mo Kio Avenue 3", "Tampines Street 21", "Bedok North Road", "Jurong West Street 52", "Toa Payoh Lorong 1", "Yishun Ring Road", "Clementi Avenue 2", "Punggol Field", "Orchard Road", "Serangoon Central")
			a := AddrParts{Line1: g.pick("Blk "+g.num(1, 999)+" ", "Block "+g.num(100, 999)+g.pick("", "A", "B")+" ", g.num(1, 500)+" ") + st, Line2: "#" + fmt.Sprintf("%02d-%d", g.rng(1, 30), g.rng(1, 999)), City: "Singapore", Zip: g.pick("5", "3", "4", "6", "8", "2") + g.digits(5), Country: "SG"}
			a.Full = joinNE(", ", a.Line1, a.Line2, a.City+" "+a.Zip)
			return a
		},
		Phone: func(g *G) string {
			p := g.pick("8", "9", "6")
			n := p + g.digits(7)
			return g.pick(n[:4]+" "+n[4:], "+65 "+n[:4]+" "+n[4:], "+65"+n, "(+65) "+n[:4]+" "+n[4:], "65"+n, "+65-"+n[:4]+"-"+n[4:])
		},
		Money: func(g *G) string {
			v := g.money(2, 3000)
			return g.pick("S$"+v.us(), "SGD "+v.plain(), "$"+v.us()+" SGD")
		},
	},
	{Code: "fil_PH", CC: "PH", Lang: "tl", Mail: []string{"gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.ph"},
		Name: func(g *G) (string, string, string) {
			f, l := pickOf(g, phFirst), pickOf(g, phLast)
			if g.chance(0.3) {
				return f + " " + string(upperSet[g.n(26)]) + ". " + l, f, l
			}
			return f + " " + l, f, l
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("Ayala Avenue", "EDSA", "Katipunan Avenue", "Rizal Street", "Mabini Street", "Osmeña Boulevard", "Bonifacio High Street", "Roxas Boulevard", "Aguinaldo Highway", "Sampaguita St.")
			c := pickOf(g, []cityRow{{"Brgy. San Lorenzo, Makati City", "Metro Manila", "1223"}, {"Brgy. Loyola Heights, Quezon City", "Metro Manila", "1108"}, {"Brgy. Lahug, Cebu City", "Cebu", "6000"}, {"Fort Bonifacio, Taguig City", "Metro Manila", "1634"}, {"Poblacion, Davao City", "Davao del Sur", "8000"}, {"Brgy. Malate, Manila", "Metro Manila", "1004"}})
			a := AddrParts{Line1: g.pick("Unit "+g.num(1, 40)+g.pick("A", "B", "C", "D")+", ", "", "Lot "+g.num(1, 40)+" Blk "+g.num(1, 20)+", ") + g.num(1, 9000) + " " + st, City: c.City, Region: c.Region, Zip: c.Zip, Country: "PH"}
			a.Full = joinNE(", ", a.Line1, a.City, a.Zip+" "+a.Region)
			return a
		},
		Phone: func(g *G) string {
			p := g.pick("917", "918", "919", "927", "945", "956", "966", "977", "995", "998")
			n := g.digits(7)
			if g.chance(0.15) {
				n = g.digits(8)
				return g.pick("(02) "+n[:4]+" "+n[4:], "+63 2 "+n[:4]+" "+n[4:])
			}
			return g.pick("0"+p+" "+n[:3]+" "+n[3:], "+63 "+p+" "+n[:3]+" "+n[3:], "0"+p+n, "+63"+p+n, "63"+p+n, "0"+p+"-"+n[:3]+"-"+n[3:])
		},
		Money: func(g *G) string { v := g.money(20, 50000); return g.pick("₱"+v.us(), "PHP "+v.us(), "Php "+v.us()) },
	},
	{Code: "en_AU", CC: "AU", Lang: "en", Mail: []string{"bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au", "iinet.net.au"},
		Name: func(g *G) (string, string, string) {
			if g.chance(0.4) {
				f, l := g.f.FirstName(), g.f.LastName()
				return f + " " + l, f, l
			}
			f, l := pickOf(g, auFirst), pickOf(g, auLast)
			return f + " " + l, f, l
		},
		Addr: func(g *G) AddrParts {
			st := g.pick("George Street", "Collins Street", "Queen Street", "Chapel Street", "Oxford Street", "Hay Street", "King William Street", "Smith Street", "Brunswick Street", "Parramatta Road", "Wattle Grove")
			c := pickOf(g, []cityRow{{"Sydney", "NSW", "2000"}, {"Melbourne", "VIC", "3000"}, {"Brisbane City", "QLD", "4000"}, {"Perth", "WA", "6000"}, {"Adelaide", "SA", "5000"}, {"Fitzroy", "VIC", "3065"}, {"Surry Hills", "NSW", "2010"}, {"Hobart", "TAS", "7000"}})
			a := AddrParts{Line1: g.pick("", "", "Unit "+g.num(1, 40)+", ", g.num(1, 30)+"/") + g.num(1, 600) + " " + st, City: c.City, Region: c.Region, Zip: c.Zip, Country: "AU"}
			a.Full = joinNE(", ", a.Line1, a.City+" "+a.Region+" "+a.Zip)
			return a
		},
		Phone: func(g *G) string {
			if g.chance(0.75) {
				n := "4" + g.digits(8)
				return g.pick("0"+n[:3]+" "+n[3:6]+" "+n[6:], "+61 "+n[:3]+" "+n[3:6]+" "+n[6:], "+61"+n, "0"+n, "+61 (0)"+n[:3]+" "+n[3:6]+" "+n[6:])
			}
			ac := g.pick("2", "3", "7", "8")
			n := g.digits(8)
			return g.pick("(0"+ac+") "+n[:4]+" "+n[4:], "+61 "+ac+" "+n[:4]+" "+n[4:], "0"+ac+" "+n[:4]+" "+n[4:])
		},
		Money: func(g *G) string {
			v := g.money(2, 3000)
			return g.pick("A$"+v.us(), "AUD "+v.plain(), "$"+v.us()+" AUD")
		},
	},
}

// LocaleByCC finds a locale by country code.
func LocaleByCC(cc string) *Locale {
	for _, l := range Locales {
		if l.CC == cc {
			return l
		}
	}
	panic("no locale " + cc)
}

func joinNE(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// ---- money ----

type money struct{ units, cents int }

func (g *G) money(lo, hi int) money {
	m := money{g.rng(lo, hi), g.n(100)}
	if g.chance(0.3) {
		m.cents = []int{0, 99, 95, 90, 50}[g.n(5)]
	}
	return m
}

func grp(n int, sep string) string {
	s := fmt.Sprint(n)
	var out []string
	for len(s) > 3 {
		out = append([]string{s[len(s)-3:]}, out...)
		s = s[:len(s)-3]
	}
	out = append([]string{s}, out...)
	return strings.Join(out, sep)
}

func (m money) us() string    { return fmt.Sprintf("%s.%02d", grp(m.units, ","), m.cents) }
func (m money) eu() string    { return fmt.Sprintf("%s,%02d", grp(m.units, "."), m.cents) }
func (m money) fr() string    { return fmt.Sprintf("%s,%02d", grp(m.units, "\u202f"), m.cents) }
func (m money) plain() string { return fmt.Sprintf("%d.%02d", m.units, m.cents) }
