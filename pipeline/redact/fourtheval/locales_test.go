package fourtheval

import (
	"fmt"
	"strings"
)

// person is one generated buyer.
type person struct {
	Full   string // as written in this case
	Given  string
	Family string
	Female bool
	Script string // latin, hangul, arabic, cyrillic, bengali
	Form   string
	GivenR string // romanised, for email local parts
	FamR   string
}

// addr is one generated address.
type addr struct {
	full     string   // one line
	lines    []string // as an address block
	street   string   // the street line (house number and street, or its local equivalent)
	line1    string   // what a form's line1 holds
	idents   []string // identifying parts: street names, buildings
	locality []string // city, district, neighbourhood, region, postcode
	form     string
}

type locale struct {
	code, lang, cc string
	person         func(g *gen) person
	phone          *phonePlan
	address        func(g *gen) addr
	domains        []string
	ibanCC         []string
	cards          []string
	cities         []string
	postcodes      []string
	amount         func(g *gen) string
	company        func(g *gen) string
	s10            string
	ean            []string
	nativeDigits   string // digits of the local script, for chat
}

var locales []*locale

// ---- helpers for names ----

type pair struct{ n, r string } // native, romanised

func P(s string) []pair {
	var out []pair
	for _, x := range strings.Split(s, ";") {
		x = strings.TrimSpace(x)
		if x == "" {
			continue
		}
		if i := strings.Index(x, "|"); i >= 0 {
			out = append(out, pair{strings.TrimSpace(x[:i]), strings.TrimSpace(x[i+1:])})
		} else {
			out = append(out, pair{x, x})
		}
	}
	return out
}

func L(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ";") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// westernPerson builds a Latin-script person: given (may be two words),
// family (one or two surnames).
func westernPerson(g *gen, male, female, family []string, twoSurnames bool, form string) person {
	fem := g.p(0.5)
	given := pick(g, male)
	if fem {
		given = pick(g, female)
	}
	fam := pick(g, family)
	if twoSurnames {
		f2 := pick(g, family)
		for f2 == fam {
			f2 = pick(g, family)
		}
		if g.p(0.8) {
			fam = fam + " " + f2
		}
	}
	return person{Full: given + " " + fam, Given: given, Family: fam, Female: fem, Script: "latin", Form: form, GivenR: given, FamR: fam}
}

// ---- phone plans ----

type numType struct {
	mobile bool
	pre    []string
	n      int // national significant number length
	nat    []string
	intl   []string
}

type phonePlan struct {
	cc    string
	types []numType
}

func init() {
	loc := func(l *locale) { locales = append(locales, l) }

	// ---------------- Korea ----------------
	koFam := P("김|Kim;이|Lee;박|Park;최|Choi;정|Jung;강|Kang;조|Cho;윤|Yoon;장|Jang;임|Lim;한|Han;오|Oh;서|Seo;신|Shin;권|Kwon;황|Hwang;안|Ahn;송|Song;류|Ryu;홍|Hong;전|Jeon;고|Ko;문|Moon;양|Yang;손|Son;배|Bae")
	koGivM := P("민준|Min-jun;서준|Seo-jun;도윤|Do-yun;예준|Ye-jun;시우|Si-woo;하준|Ha-jun;지호|Ji-ho;주원|Ju-won;지훈|Ji-hoon;현우|Hyun-woo;영호|Young-ho;성민|Sung-min;재현|Jae-hyun;동현|Dong-hyun;상우|Sang-woo;태윤|Tae-yoon;건우|Geon-woo;우진|Woo-jin")
	koGivF := P("서연|Seo-yeon;서윤|Seo-yun;지우|Ji-woo;서현|Seo-hyun;민서|Min-seo;하은|Ha-eun;하윤|Ha-yun;윤서|Yun-seo;지민|Ji-min;채원|Chae-won;수빈|Su-bin;예은|Ye-eun;은지|Eun-ji;혜진|Hye-jin;미경|Mi-kyung;소연|So-yeon;다은|Da-eun;유진|Yu-jin")
	loc(&locale{
		code: "ko_KR", lang: "ko", cc: "82",
		person: func(g *gen) person {
			fem := g.p(0.5)
			gv := pick(g, koGivM)
			if fem {
				gv = pick(g, koGivF)
			}
			fm := pick(g, koFam)
			p := person{Female: fem, GivenR: strings.ReplaceAll(gv.r, "-", ""), FamR: fm.r}
			if g.p(0.55) {
				p.Script, p.Given, p.Family = "hangul", gv.n, fm.n
				if g.p(0.8) {
					p.Full, p.Form = fm.n+gv.n, "hangul joined"
				} else {
					p.Full, p.Form = fm.n+" "+gv.n, "hangul spaced"
				}
				return p
			}
			p.Script, p.Given, p.Family = "latin", gv.r, fm.r
			switch g.n(4) {
			case 0:
				p.Full, p.Form = fm.r+" "+gv.r, "roman family-first"
			case 1:
				p.Full, p.Form = strings.ReplaceAll(gv.r, "-", "")+" "+fm.r, "roman given-first"
			case 2:
				p.Full, p.Form = strings.ToUpper(fm.r+" "+strings.ReplaceAll(gv.r, "-", "")), "roman passport caps"
			default:
				p.Full, p.Form = fm.r+" "+strings.ReplaceAll(gv.r, "-", ""), "roman family-first joined"
			}
			return p
		},
		phone: &phonePlan{cc: "82", types: []numType{
			{true, L("10"), 10, L("0##-####-####;0## #### ####;0##########;0##.####.####"), L("+82 ##-####-####;+82-##-####-####;+82 ## #### ####;+82##########;82##########;0082-##-####-####")},
			{false, L("2"), 9, L("0#-####-####;(0#) ####-####;0#-####-####"), L("+82 #-####-####;+82-#-####-####")},
			{false, L("31;32;51;53;42"), 10, L("0##-####-####;(0##) ####-####"), L("+82 ##-####-####")},
		}},
		address:   addrKR,
		domains:   L("naver.com;daum.net;hanmail.net;kakao.com;gmail.com;nate.com"),
		ibanCC:    L("DE;GB;FR"),
		cards:     L("visa;mastercard;amex;jcb;unionpay;visa;mastercard"),
		cities:    L("Seoul;Busan;Incheon;Daegu;Seongnam;서울;부산;수원"),
		postcodes: L("06236;04524;48058;13494;21999"),
		amount: func(g *gen) string {
			v := g.rng(5, 900) * 100
			switch g.n(3) {
			case 0:
				return "₩" + thou(v, ",")
			case 1:
				return thou(v, ",") + "원"
			}
			return fmt.Sprintf("KRW %d", v)
		},
		company: func(g *gen) string {
			return g.pk("(주)한빛상사", "Hanbit Trading Co., Ltd.", "주식회사 다온리테일", "Seoul Fresh Mart Co., Ltd.", "(주)누리물산")
		},
		s10:          "KR",
		ean:          L("880"),
		nativeDigits: "",
	})

	// ---------------- Malaysia ----------------
	myMaleMalay := L("Ahmad;Muhammad;Mohd Faizal;Amir;Faiz;Hafiz;Syafiq;Haziq;Aiman;Danial;Irfan;Nazri;Zulkifli;Khairul Anuar;Ikhwan")
	myFemMalay := L("Nur Aisyah;Siti Nurhaliza;Nurul Izzah;Farah;Aina;Balqis;Hidayah;Izzati;Syahirah;Zulaikha;Amirah;Nur Fatihah")
	myFathers := L("Abdullah;Ismail;Hassan;Ibrahim;Yusof;Rahman;Osman;Hamid;Aziz;Rahim;Kassim;Salleh;Mansor;Razak")
	myChFam := L("Tan;Lim;Wong;Chong;Lee;Ng;Ong;Teo;Goh;Chan;Yap;Leong;Koh;Chin")
	myChGiv := L("Wei Ming;Siew Ling;Kar Yee;Mei Ling;Jia Hui;Chee Keong;Boon Hock;Li Ting;Kah Wai;Hui Min;Zhi Hao;Pei Shan")
	myInM := L("Rajesh;Suresh;Karthik;Arun;Vijay;Ganesh")
	myInF := L("Priya;Kavitha;Deepa;Malini;Shalini;Revathi")
	myInFa := L("Subramaniam;Krishnan;Muthusamy;Ramasamy;Govindasamy;Pillai;Nair")
	loc(&locale{
		code: "ms_MY", lang: "ms", cc: "60",
		person: func(g *gen) person {
			switch g.n(10) {
			case 0, 1, 2, 3, 4, 5:
				fem := g.p(0.5)
				gv := pick(g, myMaleMalay)
				link := "bin"
				if fem {
					gv, link = pick(g, myFemMalay), "binti"
				}
				fa := pick(g, myFathers)
				if g.p(0.2) {
					link = map[string]string{"bin": "b.", "binti": "bt."}[link]
				}
				return person{Full: gv + " " + link + " " + fa, Given: gv, Family: fa, Female: fem, Script: "latin", Form: "malay patronymic", GivenR: gv, FamR: fa}
			case 6, 7, 8:
				fm, gv := pick(g, myChFam), pick(g, myChGiv)
				return person{Full: fm + " " + gv, Given: gv, Family: fm, Female: g.p(0.5), Script: "latin", Form: "malaysian chinese", GivenR: strings.ReplaceAll(gv, " ", ""), FamR: fm}
			default:
				fem := g.p(0.5)
				gv, link := pick(g, myInM), "a/l"
				if fem {
					gv, link = pick(g, myInF), "a/p"
				}
				fa := pick(g, myInFa)
				return person{Full: gv + " " + link + " " + fa, Given: gv, Family: fa, Female: fem, Script: "latin", Form: "malaysian indian", GivenR: gv, FamR: fa}
			}
		},
		phone: &phonePlan{cc: "60", types: []numType{
			{true, L("12;13;16;17;19;14;18"), 9, L("0##-### ####;0##-#######;0## ### ####;0#########;0##-###-####"), L("+60 ##-### ####;+60##-### ####;+60 ## ### ####;+60#########;60#########")},
			{true, L("11"), 10, L("0##-#### ####;0##########;0##-########"), L("+60 ##-#### ####;+60##########;60##########")},
			{false, L("3"), 9, L("0#-#### ####;0#-########;(0#) #### ####"), L("+60 #-#### ####;+60#-#### ####")},
		}},
		address:   addrMY,
		domains:   L("gmail.com;yahoo.com.my;hotmail.my;outlook.com;live.com.my"),
		ibanCC:    L("GB;AE"),
		cards:     L("visa;mastercard;amex;unionpay;visa;mastercard"),
		cities:    L("Kuala Lumpur;Petaling Jaya;Shah Alam;Johor Bahru;George Town;Ipoh;Kota Kinabalu;Kuching"),
		postcodes: L("50450;47300;40400;81100;10250;30450"),
		amount: func(g *gen) string {
			v := float64(g.rng(500, 400000)) / 100
			switch g.n(3) {
			case 0:
				return "RM " + money(v, ",", ".")
			case 1:
				return "RM" + money(v, ",", ".")
			}
			return "MYR " + money(v, "", ".")
		},
		company: func(g *gen) string {
			return g.pk("Sinar Harapan", "Mega Jaya", "Bintang Timur", "Cahaya Murni", "Pelangi Emas") + " " + g.pk("Sdn. Bhd.", "Sdn Bhd", "Enterprise", "Trading")
		},
		s10: "MY", ean: L("955"),
	})

	// ---------------- Philippines ----------------
	phM := L("Juan;Jose;Mark;John Paul;Jerome;Rommel;Dindo;Jhun;Christian;Carlo;Angelo;Ramon;Emmanuel;Bong")
	phF := L("Maria;Ana;Kristine;Rhea;Angelica;Mary Grace;Marites;Jessa;Lorna;Princess;Cherry;Maricel;Liza;Joy")
	phFam := L("Dela Cruz;Santos;Reyes;Garcia;Mendoza;Bautista;Villanueva;Ramos;Aquino;Castillo;Del Rosario;Gonzales;Navarro;Soriano;Manalo;Pascual;Dimaculangan;Macapagal;Tolentino;Magbanua;Lacson;Panganiban;Dizon;Mercado")
	loc(&locale{
		code: "fil_PH", lang: "fil", cc: "63",
		person: func(g *gen) person {
			p := westernPerson(g, phM, phF, phFam, false, "filipino")
			mid := pick(g, phFam)
			switch g.n(5) {
			case 0:
				p.Full, p.Form = p.Given+" "+mid[:1]+". "+p.Family, "given initial family"
			case 1:
				p.Full, p.Form = strings.ToUpper(p.Family+", "+p.Given+" "+mid[:1]+"."), "caps family-comma"
			case 2:
				p.Full, p.Form = p.Given+" "+mid+" "+p.Family, "given middle family"
			case 3:
				if !p.Female {
					p.Full, p.Form = p.Given+" "+p.Family+" Jr.", "suffix"
				}
			}
			return p
		},
		phone: &phonePlan{cc: "63", types: []numType{
			{true, L("917;918;905;906;915;927;935;945;955;966;977;995;998;999;908;919;920;921;928;929;939;947;949;961;970;981;989;992;993;994"), 10, L("0### ### ####;0###-###-####;0##########;0### #######"), L("+63 ### ### ####;+63 ###-###-####;+63##########;63##########;(+63) ### ### ####")},
			{false, L("28"), 9, L("(0#) #### ####;0#-####-####;(0#) ########"), L("+63 # #### ####;+63 (#) ####-####")},
		}},
		address:   addrPH,
		domains:   L("gmail.com;yahoo.com;yahoo.com.ph;outlook.com;icloud.com"),
		ibanCC:    L("AE;SA;GB"),
		cards:     L("visa;mastercard;jcb;visa;mastercard"),
		cities:    L("Makati;Quezon City;Pasig;Cebu City;Davao City;Taguig;Dasmariñas;Bacolod"),
		postcodes: L("1203;1100;1600;6000;8000;1630"),
		amount: func(g *gen) string {
			v := float64(g.rng(1000, 900000)) / 100
			switch g.n(3) {
			case 0:
				return "₱" + money(v, ",", ".")
			case 1:
				return "PHP " + money(v, ",", ".")
			}
			return "P" + thou(int(v), ",")
		},
		company: func(g *gen) string {
			return g.pk("Mabuhay", "Bayanihan", "Tala", "Luzon Prime", "Kalayaan") + " " + g.pk("Trading Inc.", "Corporation", "Enterprises", "Marketing Corp.")
		},
		s10: "PH", ean: L("480"),
	})

	// ---------------- Bangladesh ----------------
	bnM := P("মোহাম্মদ রহিম|Mohammad Rahim;করিম|Karim;আরিফ|Arif;তানভীর|Tanvir;সাকিব|Sakib;রাকিব|Rakib;ফাহিম|Fahim;নাঈম|Naim;মাহমুদ|Mahmud;রাশেদ|Rashed;সোহেল|Sohel;ইমরান|Imran")
	bnF := P("ফাতেমা|Fatema;নুসরাত|Nusrat;তাসলিমা|Taslima;সুমাইয়া|Sumaiya;জান্নাতুল|Jannatul;শারমিন|Sharmin;রুমানা|Rumana;তানজিলা|Tanzila;মরিয়ম|Moriom;সাদিয়া|Sadia")
	bnFam := P("হোসেন|Hossain;ইসলাম|Islam;রহমান|Rahman;আহমেদ|Ahmed;চৌধুরী|Chowdhury;উদ্দিন|Uddin;সরকার|Sarker;খান|Khan;মিয়া|Mia;আক্তার|Akter;বেগম|Begum;দাস|Das;রায়|Roy;তালুকদার|Talukder;মজুমদার|Majumder")
	loc(&locale{
		code: "bn_BD", lang: "bn", cc: "880",
		person: func(g *gen) person {
			fem := g.p(0.5)
			gv := pick(g, bnM)
			if fem {
				gv = pick(g, bnF)
			}
			fm := pick(g, bnFam)
			p := person{Female: fem, GivenR: gv.r, FamR: fm.r}
			if g.p(0.3) {
				p.Script, p.Given, p.Family, p.Full, p.Form = "bengali", gv.n, fm.n, gv.n+" "+fm.n, "bengali"
				return p
			}
			p.Script, p.Given, p.Family, p.Full, p.Form = "latin", gv.r, fm.r, gv.r+" "+fm.r, "roman"
			if !fem && g.p(0.3) && !strings.HasPrefix(gv.r, "Mohammad") {
				p.Full, p.Form = "Md. "+gv.r+" "+fm.r, "roman Md."
			}
			return p
		},
		phone: &phonePlan{cc: "880", types: []numType{
			{true, L("13;14;15;16;17;18;19"), 10, L("0####-######;0##########;0#### ######;0## #### ####"), L("+880 ####-######;+880##########;+880 #### ######;880##########;+88 0####-######;+88 0##########")},
			{false, L("2"), 9, L("0#-########;0# ########;0#-#### ####"), L("+880 #-########;+880-#-########")},
		}},
		address:      addrBD,
		domains:      L("gmail.com;yahoo.com;hotmail.com;outlook.com"),
		ibanCC:       L("AE;SA;QA;KW"),
		cards:        L("visa;mastercard;amex;unionpay;visa"),
		cities:       L("Dhaka;Chattogram;Sylhet;Khulna;Rajshahi;ঢাকা;চট্টগ্রাম"),
		postcodes:    L("1209;1212;1213;1216;4100"),
		nativeDigits: "০১২৩৪৫৬৭৮৯",
		amount: func(g *gen) string {
			v := g.rng(150, 90000)
			switch g.n(3) {
			case 0:
				return "৳" + thou(v, ",")
			case 1:
				return "BDT " + thou(v, ",") + ".00"
			}
			return "Tk " + thou(v, ",")
		},
		company: func(g *gen) string {
			return g.pk("Padma", "Meghna", "Sonar Bangla", "Jamuna", "Rupsha") + " " + g.pk("Traders", "Enterprise", "Ltd.", "Fashion House")
		},
		s10: "BD", ean: L("619"),
	})

	// ---------------- Pakistan ----------------
	pkM := P("محمد عثمان|Muhammad Usman;علی|Ali;احمد|Ahmed;بلال|Bilal;حمزہ|Hamza;عمر|Umar;فیصل|Faisal;عمران|Imran;زین|Zain;شاہد|Shahid;کامران|Kamran;ثاقب|Saqib")
	pkF := P("عائشہ|Ayesha;فاطمہ|Fatima;مریم|Maryam;سارہ|Sara;حنا|Hina;صبا|Saba;ثنا|Sana;ماہ نور|Mahnoor;زینب|Zainab;کنول|Kanwal;رابعہ|Rabia;نادیہ|Nadia")
	pkFam := P("خان|Khan;ملک|Malik;چوہدری|Chaudhry;بٹ|Butt;شیخ|Sheikh;قریشی|Qureshi;رانا|Rana;اعوان|Awan;حسین|Hussain;صدیقی|Siddiqui;مرزا|Mirza;گیلانی|Gilani;نقوی|Naqvi;ہاشمی|Hashmi")
	loc(&locale{
		code: "ur_PK", lang: "ur", cc: "92",
		person: func(g *gen) person {
			fem := g.p(0.5)
			gv := pick(g, pkM)
			if fem {
				gv = pick(g, pkF)
			}
			fm := pick(g, pkFam)
			p := person{Female: fem, GivenR: gv.r, FamR: fm.r}
			if g.p(0.25) {
				p.Script, p.Given, p.Family, p.Full, p.Form = "arabic", gv.n, fm.n, gv.n+" "+fm.n, "urdu script"
				return p
			}
			p.Script, p.Given, p.Family, p.Full, p.Form = "latin", gv.r, fm.r, gv.r+" "+fm.r, "roman"
			return p
		},
		phone: &phonePlan{cc: "92", types: []numType{
			{true, L("300;301;302;303;306;311;312;313;315;321;322;331;333;334;336;345;346;347"), 10, L("0###-#######;0### #######;0##########;0###-### ####"), L("+92 ### #######;+92-###-#######;+92##########;92##########;0092 ### #######;+92 ###-#######")},
			{false, L("42;21;51"), 10, L("(0##) ########;0##-########;0## #### ####"), L("+92 ## #### ####;+92-##-########")},
		}},
		address:      addrPK,
		domains:      L("gmail.com;yahoo.com;hotmail.com;outlook.com"),
		ibanCC:       L("PK;PK;AE"),
		cards:        L("visa;mastercard;unionpay;visa"),
		cities:       L("Lahore;Karachi;Islamabad;Rawalpindi;Peshawar;Faisalabad;لاہور;کراچی"),
		postcodes:    L("54660;75600;44000;46220;25100"),
		nativeDigits: "۰۱۲۳۴۵۶۷۸۹",
		amount: func(g *gen) string {
			v := g.rng(300, 250000)
			switch g.n(3) {
			case 0:
				return "Rs. " + thou(v, ",")
			case 1:
				return "PKR " + thou(v, ",")
			}
			return "Rs " + thou(v, ",") + "/-"
		},
		company: func(g *gen) string {
			return g.pk("Al-Noor", "Indus", "Crescent", "Ravi", "Margalla") + " " + g.pk("(Pvt.) Ltd.", "Traders", "Textiles", "Enterprises")
		},
		s10: "PK", ean: L("896"),
	})

	// ---------------- Egypt ----------------
	egM := P("أحمد|Ahmed;محمد|Mohamed;محمود|Mahmoud;مصطفى|Mostafa;عمرو|Amr;كريم|Karim;يوسف|Youssef;طارق|Tarek;هشام|Hesham;شريف|Sherif;خالد|Khaled;وليد|Walid")
	egF := P("فاطمة|Fatma;مريم|Mariam;نور|Nour;ياسمين|Yasmin;منى|Mona;هبة|Heba;سلمى|Salma;دينا|Dina;رانيا|Rania;آية|Aya;شيماء|Shaimaa;ندى|Nada")
	egFa := P("محمد|Mohamed;أحمد|Ahmed;علي|Ali;حسن|Hassan;إبراهيم|Ibrahim;محمود|Mahmoud;سعيد|Said;عادل|Adel;فتحي|Fathy;جمال|Gamal")
	egFam := P("حسن|Hassan;إبراهيم|Ibrahim;عبد الرحمن|Abdel Rahman;السيد|El Sayed;عبد الله|Abdallah;فتحي|Fathy;شحاتة|Shehata;الشريف|El Sherif;منصور|Mansour;عبد العزيز|Abdel Aziz;النجار|El Naggar;سليمان|Soliman;رمضان|Ramadan")
	loc(&locale{
		code: "ar_EG", lang: "ar", cc: "20",
		person: func(g *gen) person {
			fem := g.p(0.5)
			gv := pick(g, egM)
			if fem {
				gv = pick(g, egF)
			}
			fa, fm := pick(g, egFa), pick(g, egFam)
			p := person{Female: fem, GivenR: gv.r, FamR: strings.ReplaceAll(fm.r, " ", "")}
			if g.p(0.45) {
				p.Script, p.Given, p.Family, p.Full, p.Form = "arabic", gv.n, fm.n, gv.n+" "+fa.n+" "+fm.n, "arabic three-part"
				return p
			}
			p.Script, p.Given, p.Family, p.Full, p.Form = "latin", gv.r, fm.r, gv.r+" "+fa.r+" "+fm.r, "roman three-part"
			if g.p(0.3) {
				p.Full, p.Form = gv.r+" "+fm.r, "roman two-part"
			}
			return p
		},
		phone: &phonePlan{cc: "20", types: []numType{
			{true, L("10;11;12;15"), 10, L("0## #### ####;0##########;0##-####-####;0### ### ####"), L("+20 ## #### ####;+20##########;+20 ### ### ####;0020##########;20##########")},
			{false, L("2"), 9, L("0# #### ####;(0#) ########;0#-########"), L("+20 # #### ####;+20-#-########")},
			{false, L("3"), 8, L("0# #######;(0#) ### ####"), L("+20 # ### ####")},
		}},
		address:      addrEG,
		domains:      L("gmail.com;yahoo.com;hotmail.com;outlook.com"),
		ibanCC:       L("EG;EG;SA;AE"),
		cards:        L("visa;mastercard;meeza;visa;mastercard"),
		cities:       L("Cairo;Giza;Alexandria;Mansoura;القاهرة;الجيزة;الإسكندرية"),
		postcodes:    L("11765;12611;21599;11511"),
		nativeDigits: "٠١٢٣٤٥٦٧٨٩",
		amount: func(g *gen) string {
			v := float64(g.rng(2000, 5000000)) / 100
			switch g.n(3) {
			case 0:
				return "EGP " + money(v, ",", ".")
			case 1:
				return money(v, ",", ".") + " ج.م"
			}
			return "E£" + money(v, ",", ".")
		},
		company: func(g *gen) string {
			return g.pk("النيل للتجارة", "Delta Trading S.A.E.", "Misr Retail", "شركة الأهرام", "Nile Star Co.")
		},
		s10: "EG", ean: L("622"),
	})

	// ---------------- Ukraine ----------------
	uaM := P("Олександр|Oleksandr;Андрій|Andrii;Дмитро|Dmytro;Сергій|Serhii;Максим|Maksym;Богдан|Bohdan;Тарас|Taras;Володимир|Volodymyr;Юрій|Yurii;Назар|Nazar;Іван|Ivan;Олег|Oleh")
	uaF := P("Олена|Olena;Ірина|Iryna;Наталія|Nataliia;Оксана|Oksana;Юлія|Yuliia;Тетяна|Tetiana;Анастасія|Anastasiia;Софія|Sofiia;Марія|Mariia;Катерина|Kateryna;Вікторія|Viktoriia;Людмила|Liudmyla")
	uaPat := [][2]string{{"Олександрович", "Олександрівна"}, {"Петрович", "Петрівна"}, {"Іванович", "Іванівна"}, {"Миколайович", "Миколаївна"}, {"Васильович", "Василівна"}, {"Сергійович", "Сергіївна"}, {"Володимирович", "Володимирівна"}, {"Андрійович", "Андріївна"}}
	uaFam := P("Коваленко|Kovalenko;Шевченко|Shevchenko;Бондаренко|Bondarenko;Ткаченко|Tkachenko;Кравченко|Kravchenko;Олійник|Oliinyk;Мельник|Melnyk;Шевчук|Shevchuk;Поліщук|Polishchuk;Бойко|Boiko;Ковальчук|Kovalchuk;Лисенко|Lysenko;Гнатюк|Hnatiuk;Савченко|Savchenko;Руденко|Rudenko;Марченко|Marchenko;Мороз|Moroz;Петренко|Petrenko")
	loc(&locale{
		code: "uk_UA", lang: "uk", cc: "380",
		person: func(g *gen) person {
			fem := g.p(0.5)
			gv := pick(g, uaM)
			if fem {
				gv = pick(g, uaF)
			}
			fm := pick(g, uaFam)
			p := person{Female: fem, GivenR: gv.r, FamR: fm.r}
			if g.p(0.6) {
				p.Script, p.Given, p.Family = "cyrillic", gv.n, fm.n
				pat := pick(g, uaPat)[0]
				if fem {
					pat = pick(g, uaPat)[1]
				}
				switch g.n(3) {
				case 0:
					p.Full, p.Form = gv.n+" "+fm.n, "cyrillic given-first"
				case 1:
					p.Full, p.Form = fm.n+" "+gv.n+" "+pat, "cyrillic official with patronymic"
				default:
					p.Full, p.Form = gv.n+" "+pat+" "+fm.n, "cyrillic given patronymic family"
				}
				return p
			}
			p.Script, p.Given, p.Family, p.Full, p.Form = "latin", gv.r, fm.r, gv.r+" "+fm.r, "romanised"
			if g.p(0.3) {
				p.Full, p.Form = strings.ToUpper(fm.r)+" "+gv.r, "romanised caps family"
			}
			return p
		},
		phone: &phonePlan{cc: "380", types: []numType{
			{true, L("50;63;66;67;68;73;93;95;96;97;98;99"), 9, L("0## ### ## ##;0##-###-##-##;0#########;(0##) ###-##-##;0## ###-##-##"), L("+380 ## ### ## ##;+380 (##) ###-##-##;+380#########;+380 ## ### ####;380#########;+38 (0##) ###-##-##;+38 0## ### ## ##")},
			{false, L("44;32;57"), 9, L("0## ### ## ##;(0##) ###-##-##"), L("+380 ## ### ## ##;+380 (##) ###-##-##")},
		}},
		address:   addrUA,
		domains:   L("ukr.net;i.ua;meta.ua;gmail.com;outlook.com"),
		ibanCC:    L("UA;UA;PL"),
		cards:     L("visa;mastercard;visa;mastercard;prostir"),
		cities:    L("Київ;Львів;Харків;Одеса;Дніпро;Kyiv;Lviv;Odesa"),
		postcodes: L("01001;79005;61002;65026;49000"),
		amount: func(g *gen) string {
			v := float64(g.rng(5000, 9000000)) / 100
			switch g.n(3) {
			case 0:
				return money(v, " ", ",") + " грн"
			case 1:
				return "₴" + fmt.Sprintf("%d", int(v))
			}
			return "UAH " + money(v, "", ".")
		},
		company: func(g *gen) string {
			return g.pk("ТОВ «Сонячний край»", "ФОП Ткаченко", "ТОВ «Карпати Трейд»", "Dnipro Logistics LLC", "ПП «Дніпро-Сервіс»")
		},
		s10: "UA", ean: L("482"),
	})

	// ---------------- Hungary ----------------
	huFam := L("Nagy;Kovács;Tóth;Szabó;Horváth;Varga;Kiss;Molnár;Németh;Farkas;Balogh;Papp;Takács;Juhász;Lakatos;Mészáros;Oláh;Simon;Rácz;Fekete;Szilágyi;Török")
	huM := L("László;István;József;János;Zoltán;Sándor;Gábor;Ferenc;Attila;Péter;Tamás;Zsolt;Balázs;Levente")
	huF := L("Mária;Erzsébet;Katalin;Éva;Ilona;Anna;Zsuzsanna;Judit;Ágnes;Krisztina;Eszter;Andrea;Réka;Zsófia")
	loc(&locale{
		code: "hu_HU", lang: "hu", cc: "36",
		person: func(g *gen) person {
			p := westernPerson(g, huM, huF, huFam, false, "")
			switch g.n(6) {
			case 0, 1, 2:
				p.Full, p.Form = p.Family+" "+p.Given, "family-first"
			case 3:
				if p.Female {
					h := pick(g, huFam)
					p.Full, p.Form = h+"né "+p.Family+" "+p.Given, "married -né"
				} else {
					p.Full, p.Form = "dr. "+p.Family+" "+p.Given, "dr. family-first"
				}
			case 4:
				p.Full, p.Form = p.Given+" "+p.Family, "western order"
			default:
				p.Full, p.Form = p.Family+" "+p.Given+" "+pick(g, huM), "family two given"
				if p.Female {
					p.Full = p.Family + " " + p.Given + " " + pick(g, huF)
				}
			}
			return p
		},
		phone: &phonePlan{cc: "36", types: []numType{
			{true, L("20;30;31;50;70"), 9, L("06 ## ### ####;06-##-###-####;06##/###-####;06 ##/### ####;06#########"), L("+36 ## ### ####;+36-##-###-####;+36#########;0036 ## ### ####;+36 (##) ###-####")},
			{false, L("1"), 8, L("06 # ### ####;06-#-###-####;(06 #) ### ####"), L("+36 # ### ####;+36-#-###-####")},
		}},
		address:   addrHU,
		domains:   L("freemail.hu;citromail.hu;gmail.com;t-online.hu;outlook.hu"),
		ibanCC:    L("HU"),
		cards:     L("visa;mastercard;maestro;visa;mastercard"),
		cities:    L("Budapest;Debrecen;Szeged;Pécs;Győr;Miskolc"),
		postcodes: L("1052;1134;4024;6720;9021"),
		amount: func(g *gen) string {
			v := g.rng(500, 900000)
			switch g.n(3) {
			case 0:
				return thou(v, " ") + " Ft"
			case 1:
				return thou(v, ".") + " Ft"
			}
			return fmt.Sprintf("HUF %d", v)
		},
		company: func(g *gen) string {
			return g.pk("Dunamenti", "Pannon", "Tisza", "Hungária", "Balaton") + " " + g.pk("Kft.", "Zrt.", "Bt.", "Kereskedelmi Kft.")
		},
		s10: "HU", ean: L("599"),
	})

	// ---------------- Finland ----------------
	fiM := L("Matti;Juha;Mikko;Timo;Jari;Antti;Ville;Janne;Eero;Onni;Teemu;Lauri;Aleksi")
	fiF := L("Aino;Helmi;Anna;Maria;Laura;Johanna;Tuula;Sari;Elina;Venla;Eveliina;Kaisa;Riikka")
	fiFam := L("Virtanen;Korhonen;Mäkinen;Nieminen;Mäkelä;Hämäläinen;Laine;Heikkinen;Koskinen;Järvinen;Lehtonen;Lehtinen;Saarinen;Salminen;Heinonen;Niemi;Heikkilä;Kinnunen;Salonen;Turunen;Räsänen;Karjalainen")
	loc(&locale{
		code: "fi_FI", lang: "fi", cc: "358",
		person: func(g *gen) person {
			p := westernPerson(g, fiM, fiF, fiFam, false, "given family")
			if g.p(0.2) {
				p.Full, p.Form = p.Family+" "+p.Given, "family given"
			}
			return p
		},
		phone: &phonePlan{cc: "358", types: []numType{
			{true, L("40;41;44;45;46;50"), 9, L("0## ### ####;0## #######;0#########;0##-### ####"), L("+358 ## ### ####;+358 ## #######;+358#########;00358 ## ### ####")},
			{false, L("9"), 8, L("0# #### ###;0#-#######;(0#) #######"), L("+358 # #### ###;+358 # #######")},
		}},
		address:   addrFI,
		domains:   L("suomi24.fi;luukku.com;gmail.com;outlook.com;elisanet.fi"),
		ibanCC:    L("FI"),
		cards:     L("visa;mastercard;visa"),
		cities:    L("Helsinki;Tampere;Turku;Oulu;Espoo;Jyväskylä;Vantaa"),
		postcodes: L("00100;33100;20100;90100;02100"),
		amount:    eurAmount,
		company: func(g *gen) string {
			return g.pk("Pohjolan", "Järvi", "Revontuli", "Saimaa", "Kaamos") + " " + g.pk("Kauppa Oy", "Oy", "Tmi", "Ab")
		},
		s10: "FI", ean: L("64"),
	})

	// ---------------- Norway ----------------
	noM := L("Ole;Lars;Jan;Per;Bjørn;Kjetil;Håkon;Sindre;Magnus;Eirik;Ole Kristian;Jon Arne;Tor")
	noF := L("Ingrid;Kari;Anne;Solveig;Silje;Ingvild;Marit;Ragnhild;Tone;Åse;Hanne;Synnøve")
	noFam := L("Hansen;Johansen;Olsen;Larsen;Andersen;Pedersen;Nilsen;Kristiansen;Jensen;Karlsen;Johnsen;Pettersen;Eriksen;Berg;Haugen;Hagen;Johannessen;Andreassen;Jacobsen;Dahl;Halvorsen;Bakke;Solberg;Strand;Lie;Moen;Fjeld;Sæther")
	loc(&locale{
		code: "nb_NO", lang: "nb", cc: "47",
		person: func(g *gen) person { return westernPerson(g, noM, noF, noFam, false, "given family") },
		phone: &phonePlan{cc: "47", types: []numType{
			{true, L("4;9"), 8, L("### ## ###;## ## ## ##;########"), L("+47 ### ## ###;+47 ## ## ## ##;+47########;0047 ### ## ###;47########")},
			{false, L("2;5;7"), 8, L("## ## ## ##;########"), L("+47 ## ## ## ##")},
		}},
		address:   addrNO,
		domains:   L("online.no;hotmail.no;gmail.com;outlook.com;live.no"),
		ibanCC:    L("NO"),
		cards:     L("visa;mastercard;visa"),
		cities:    L("Oslo;Bergen;Trondheim;Stavanger;Tromsø;Drammen"),
		postcodes: L("0184;0159;5003;7011;4006"),
		amount: func(g *gen) string {
			v := float64(g.rng(4900, 2000000)) / 100
			switch g.n(3) {
			case 0:
				return "kr " + money(v, " ", ",")
			case 1:
				return thou(int(v), " ") + ",- kr"
			}
			return fmt.Sprintf("NOK %d", int(v))
		},
		company: func(g *gen) string {
			return g.pk("Fjord", "Nordlys", "Vestland", "Trollfjell", "Havbris") + " " + g.pk("AS", "Handel AS", "ASA")
		},
		s10: "NO", ean: L("70"),
	})

	// ---------------- Denmark ----------------
	dkM := L("Søren;Mads;Mikkel;Rasmus;Frederik;Jens;Niels;Anders;Henrik;Lars;Kasper;Jesper")
	dkF := L("Mette;Camilla;Louise;Sofie;Ida;Line;Pernille;Maja;Signe;Freja;Birgitte;Lærke")
	dkFam := L("Jensen;Nielsen;Hansen;Pedersen;Andersen;Christensen;Larsen;Sørensen;Rasmussen;Jørgensen;Petersen;Madsen;Kristensen;Olsen;Thomsen;Christiansen;Poulsen;Johansen;Møller;Mortensen;Nørgaard;Lund;Kjær;Holm;Bech;Østergaard")
	loc(&locale{
		code: "da_DK", lang: "da", cc: "45",
		person: func(g *gen) person {
			p := westernPerson(g, dkM, dkF, dkFam, false, "given family")
			if g.p(0.3) {
				m := pick(g, dkFam)
				p.Full, p.Family, p.Form = p.Given+" "+m+" "+p.Family, m+" "+p.Family, "given middle family"
			}
			return p
		},
		phone: &phonePlan{cc: "45", types: []numType{
			{true, L("2;30;31;40;41;42;50;51;52;53;60;61;71;81;91;92;93"), 8, L("## ## ## ##;########;#### ####"), L("+45 ## ## ## ##;+45########;0045 ## ## ## ##;+45 #### ####")},
			{false, L("33;35;38;39;86;98"), 8, L("## ## ## ##"), L("+45 ## ## ## ##")},
		}},
		address:   addrDK,
		domains:   L("jubii.dk;mail.dk;gmail.com;hotmail.dk;outlook.dk"),
		ibanCC:    L("DK"),
		cards:     L("visa;mastercard;dankort;dankort;visa"),
		cities:    L("København;Aarhus;Odense;Aalborg;Frederiksberg;Esbjerg"),
		postcodes: L("1165;1620;8000;5000;9000"),
		amount: func(g *gen) string {
			v := float64(g.rng(4900, 2000000)) / 100
			switch g.n(3) {
			case 0:
				return money(v, ".", ",") + " kr."
			case 1:
				return "DKK " + money(v, ".", ",")
			}
			return "kr. " + money(v, ".", ",")
		},
		company: func(g *gen) string {
			return g.pk("Nordhavn", "Jylland", "Øresund", "Skagen", "Bornholm") + " " + g.pk("ApS", "A/S", "Handel ApS")
		},
		s10: "DK", ean: L("57"),
	})

	// ---------------- Spanish-speaking Americas ----------------
	esFam := L("González;Rodríguez;Gómez;Fernández;López;Díaz;Martínez;Pérez;Romero;Sosa;Álvarez;Torres;Ruiz;Ramírez;Flores;Benítez;Acosta;Medina;Herrera;Suárez;Aguirre;Giménez;Gutiérrez;Pereyra")
	arFam := append(append([]string{}, esFam...), L("Rossi;Ferrari;Bianchi;Lombardi;Russo;Costa")...)
	arM := L("Santiago;Mateo;Juan Martín;Facundo;Agustín;Nicolás;Lautaro;Tomás;Franco;Valentín;Ezequiel;Gonzalo")
	arF := L("Sofía;Martina;Valentina;Camila;María Florencia;Agustina;Lucía;Micaela;Julieta;Milagros;Rocío;Belén")
	loc(&locale{
		code: "es_AR", lang: "es", cc: "54",
		person: func(g *gen) person { return westernPerson(g, arM, arF, arFam, false, "given family") },
		phone: &phonePlan{cc: "54", types: []numType{
			{true, L("11"), 10, L("0## 15-####-####;## ####-####;(0##) 15 ####-####;## #### ####"), L("+54 9 ## ####-####;+549##########;+54 9 ## #### ####;54 9 ## ####-####")},
			{true, L("351;341;261"), 10, L("0### 15-###-####;(0###) 15 ###-####"), L("+54 9 ### ###-####;+549##########")},
			{false, L("114;115;116"), 10, L("(0##) ####-####;0## ####-####;## ####-####"), L("+54 ## ####-####;+54##########")},
		}},
		address:   addrAR,
		domains:   L("hotmail.com.ar;fibertel.com.ar;gmail.com;yahoo.com.ar;outlook.com"),
		ibanCC:    L("ES;IT"),
		cards:     L("visa;mastercard;amex;cabal;naranja;visa;mastercard"),
		cities:    L("Buenos Aires;Córdoba;Rosario;La Plata;Mendoza;Mar del Plata;CABA"),
		postcodes: L("C1043AAZ;X5000;S2000;B1900;M5500"),
		amount: func(g *gen) string {
			v := float64(g.rng(50000, 90000000)) / 100
			switch g.n(3) {
			case 0:
				return "$ " + money(v, ".", ",")
			case 1:
				return "ARS " + money(v, ".", ",")
			}
			return "$" + money(v, ".", ",")
		},
		company: func(g *gen) string {
			return g.pk("Pampa", "Río de la Plata", "Austral", "Patagonia", "Andina") + " " + g.pk("S.R.L.", "S.A.", "SRL")
		},
		s10: "AR", ean: L("779"),
	})
	coFam := L("Rodríguez;Gómez;González;Martínez;García;López;Hernández;Sánchez;Ramírez;Pérez;Díaz;Muñoz;Rojas;Moreno;Jiménez;Vargas;Castro;Ortiz;Restrepo;Ospina;Cárdenas;Quintero;Zuluaga;Arango;Giraldo;Londoño;Betancur;Mejía;Valencia")
	coM := L("Juan Camilo;Juan David;Andrés Felipe;Santiago;Sebastián;Carlos Andrés;Daniel;Alejandro;Julián;Jhon Fredy")
	coF := L("María José;Laura Sofía;Valentina;Daniela;Paula Andrea;Luisa Fernanda;Natalia;Juliana;Ana María;Diana Marcela")
	loc(&locale{
		code: "es_CO", lang: "es", cc: "57",
		person: func(g *gen) person { return westernPerson(g, coM, coF, coFam, true, "given two surnames") },
		phone: &phonePlan{cc: "57", types: []numType{
			{true, L("300;301;304;310;311;312;313;314;315;316;317;318;319;320;321;350;351"), 10, L("### ### ####;###-###-####;##########;### #######;(###) ### ####"), L("+57 ### ### ####;+57 ##########;+57##########;57##########;(+57) ### #######")},
			{false, L("601;604;602;605"), 10, L("(###) ### ####;### #######"), L("+57 ### ### ####;+57 (###) #######")},
		}},
		address:   addrCO,
		domains:   L("hotmail.com;gmail.com;une.net.co;yahoo.es;outlook.com"),
		ibanCC:    L("ES"),
		cards:     L("visa;mastercard;amex;diners;visa;mastercard"),
		cities:    L("Bogotá;Medellín;Cali;Barranquilla;Cartagena;Bucaramanga"),
		postcodes: L("110221;050021;760001;080001"),
		amount: func(g *gen) string {
			v := g.rng(50, 9000) * 100
			switch g.n(3) {
			case 0:
				return "$" + thou(v, ".")
			case 1:
				return "COP " + thou(v, ".")
			}
			return "$ " + thou(v, ".") + ",00"
		},
		company: func(g *gen) string {
			return g.pk("Andina", "Cafetera", "Caribe", "Macondo", "Guadalupe") + " " + g.pk("S.A.S.", "SAS", "Ltda.")
		},
		s10: "CO", ean: L("770"),
	})
	clFam := L("González;Muñoz;Rojas;Díaz;Pérez;Soto;Contreras;Silva;Martínez;Sepúlveda;Morales;Rodríguez;López;Fuentes;Hernández;Torres;Araya;Flores;Espinoza;Valenzuela;Castillo;Tapia;Reyes;Gutiérrez;Pizarro;Carrasco;Cortés;Núñez;Jara;Vergara;Figueroa;Riquelme")
	clM := L("Benjamín;Vicente;Martín;Matías;Joaquín;Agustín;Cristóbal;Maximiliano;Tomás;Felipe")
	clF := L("Isidora;Florencia;Catalina;Fernanda;Javiera;Antonia;Constanza;Trinidad;Josefa;Francisca")
	loc(&locale{
		code: "es_CL", lang: "es", cc: "56",
		person: func(g *gen) person {
			p := westernPerson(g, clM, clF, clFam, true, "given two surnames")
			if g.p(0.3) {
				sec := pick(g, clM)
				if p.Female {
					sec = pick(g, clF)
				}
				p.Full, p.Form = p.Given+" "+sec+" "+p.Family, "two given two surnames"
			}
			return p
		},
		phone: &phonePlan{cc: "56", types: []numType{
			{true, L("9"), 9, L("# #### ####;#########;(#) #### ####"), L("+56 # #### ####;+56#########;+56 # ####-####;56#########")},
			{false, L("22;32;41"), 9, L("(##) ### ####;## ### ####"), L("+56 ## ### ####;+56 # #### ####")},
		}},
		address:   addrCL,
		domains:   L("gmail.com;vtr.net;hotmail.com;yahoo.cl;outlook.cl"),
		ibanCC:    L("ES"),
		cards:     L("visa;mastercard;amex;diners;visa"),
		cities:    L("Santiago;Valparaíso;Viña del Mar;Concepción;Antofagasta;Temuco"),
		postcodes: L("7500000;8320000;2520000;4030000"),
		amount: func(g *gen) string {
			v := g.rng(990, 990000)
			switch g.n(3) {
			case 0:
				return "$" + thou(v, ".")
			case 1:
				return fmt.Sprintf("CLP %d", v)
			}
			return "$ " + thou(v, ".")
		},
		company: func(g *gen) string {
			return g.pk("Andes", "Pacífico Sur", "Atacama", "Araucanía", "Cordillera") + " " + g.pk("SpA", "Ltda.", "S.A.")
		},
		s10: "CL", ean: L("780"),
	})
	mxFam := L("Hernández;García;Martínez;López;González;Pérez;Rodríguez;Sánchez;Ramírez;Cruz;Flores;Gómez;Morales;Vázquez;Reyes;Jiménez;Torres;Díaz;Gutiérrez;Ruiz;Mendoza;Aguilar;Ortiz;Moreno;Castillo;Romero;Álvarez;Méndez;Chávez;Rivera;Juárez;Ramos;Domínguez;Velázquez;Guzmán")
	mxM := L("José Luis;Juan Carlos;Miguel Ángel;Jesús;Alejandro;Luis Fernando;Diego;Emiliano;Santiago;Jorge;Cuauhtémoc;Héctor")
	mxF := L("Guadalupe;María Fernanda;Ximena;Regina;Valeria;Daniela;Andrea;Mariana;Itzel;Citlali;Xóchitl;Brenda")
	loc(&locale{
		code: "es_MX", lang: "es", cc: "52",
		person: func(g *gen) person { return westernPerson(g, mxM, mxF, mxFam, true, "given two surnames") },
		phone: &phonePlan{cc: "52", types: []numType{
			{true, L("55;33;81"), 10, L("## #### ####;(##) ####-####;##########;##-####-####;044 ## #### ####"), L("+52 ## #### ####;+52 1 ## #### ####;+52##########;+521##########;52##########")},
			{true, L("222;999;442;664"), 10, L("(###) ###-####;### ### ####"), L("+52 ### ### ####;+52 1 ### ### ####")},
		}},
		address:   addrMX,
		domains:   L("hotmail.com;prodigy.net.mx;gmail.com;yahoo.com.mx;outlook.com"),
		ibanCC:    L("ES"),
		cards:     L("visa;mastercard;amex;visa;mastercard"),
		cities:    L("Ciudad de México;Guadalajara;Monterrey;Puebla;Mérida;Querétaro;Tijuana;CDMX"),
		postcodes: L("06500;44100;64000;72000;97000"),
		amount: func(g *gen) string {
			v := float64(g.rng(5000, 9000000)) / 100
			switch g.n(3) {
			case 0:
				return "$" + money(v, ",", ".") + " MXN"
			case 1:
				return "MXN " + money(v, ",", ".")
			}
			return "$ " + money(v, ",", ".")
		},
		company: func(g *gen) string {
			return g.pk("Comercializadora Azteca", "Distribuidora del Bajío", "Grupo Sol", "Abarrotes La Fe", "Textiles Oaxaca") + " " + g.pk("S.A. de C.V.", "S. de R.L. de C.V.", "SA de CV")
		},
		s10: "MX", ean: L("750"),
	})
	peFam := L("Quispe;Mamani;Flores;Rodríguez;Huamán;Sánchez;García;Chávez;Rojas;Díaz;Vásquez;Ramos;Torres;Mendoza;Condori;Huanca;Ccama;Yupanqui;Choque;Apaza;Ticona;Paucar;Sulca;Espinoza;Castillo;Salazar;Zapata")
	peM := L("Luis Alberto;José;Carlos;Jorge;Miguel;Renzo;Piero;Gonzalo;Alonso;Diego;Wilber;Edwin")
	peF := L("Rosa;María;Carmen;Milagros;Lucía;Fiorella;Rocío;Yesenia;Karina;Gianella;Nélida;Yeni")
	loc(&locale{
		code: "es_PE", lang: "es", cc: "51",
		person: func(g *gen) person { return westernPerson(g, peM, peF, peFam, true, "given two surnames") },
		phone: &phonePlan{cc: "51", types: []numType{
			{true, L("9"), 9, L("### ### ###;#########;###-###-###"), L("+51 ### ### ###;+51#########;51#########;(+51) ### ### ###")},
			{false, L("1"), 8, L("(0#) ###-####;0#-###-####;(0#) #######"), L("+51 # ### ####;+51-#-###-####")},
		}},
		address:   addrPE,
		domains:   L("hotmail.com;gmail.com;terra.com.pe;yahoo.es;outlook.com"),
		ibanCC:    L("ES"),
		cards:     L("visa;mastercard;amex;diners;visa"),
		cities:    L("Lima;Arequipa;Cusco;Trujillo;Chiclayo;Piura"),
		postcodes: L("15023;15074;08002;04001"),
		amount: func(g *gen) string {
			v := float64(g.rng(1000, 900000)) / 100
			switch g.n(3) {
			case 0:
				return "S/ " + money(v, ",", ".")
			case 1:
				return "S/. " + money(v, ",", ".")
			}
			return "PEN " + money(v, "", ".")
		},
		company: func(g *gen) string {
			return g.pk("Inca", "Andes del Sur", "Qhapaq", "Titicaca", "Costa Verde") + " " + g.pk("S.A.C.", "E.I.R.L.", "S.A.")
		},
		s10: "PE", ean: L("775"),
	})

	// ---------------- Brazil ----------------
	brM := L("João Pedro;Miguel;Arthur;Heitor;Bernardo;Davi;Gabriel;Pedro Henrique;Lucas;Matheus;Rafael;Guilherme;Thiago;Felipe")
	brF := L("Maria Eduarda;Ana Clara;Helena;Alice;Laura;Manuela;Valentina;Sophia;Isabella;Beatriz;Larissa;Fernanda;Juliana;Camila")
	brFam := L("Silva;Santos;Oliveira;Souza;Rodrigues;Ferreira;Alves;Pereira;Lima;Gomes;Ribeiro;Carvalho;Almeida;Lopes;Soares;Fernandes;Vieira;Barbosa;Rocha;Dias;Nascimento;Araújo;Cavalcanti;Monteiro;Moreira")
	loc(&locale{
		code: "pt_BR", lang: "pt", cc: "55",
		person: func(g *gen) person {
			p := westernPerson(g, brM, brF, brFam, false, "")
			switch g.n(3) {
			case 0:
				f2 := pick(g, brFam)
				p.Full, p.Family, p.Form = p.Given+" "+g.pk("da", "dos", "de")+" "+p.Family+" "+f2, p.Family+" "+f2, "with particle"
			case 1:
				f2 := pick(g, brFam)
				p.Full, p.Family, p.Form = p.Given+" "+p.Family+" "+f2, p.Family+" "+f2, "two surnames"
			default:
				p.Form = "given family"
			}
			return p
		},
		phone: &phonePlan{cc: "55", types: []numType{
			{true, L("119;219;319;419;519;619;719;819;859;199;279;489"), 11, L("(##) #####-####;(##) ##### ####;## #####-####;###########;(0##) #####-####"), L("+55 (##) #####-####;+55 ## #####-####;+55###########;55###########;+55 ## ##### ####")},
			{false, L("112;113;212;213;312;513;413"), 10, L("(##) ####-####;## ####-####"), L("+55 ## ####-####;+55 (##) ####-####")},
		}},
		address:   addrBR,
		domains:   L("uol.com.br;bol.com.br;terra.com.br;gmail.com;hotmail.com;yahoo.com.br"),
		ibanCC:    L("BR"),
		cards:     L("visa;mastercard;elo;hipercard;amex;visa;mastercard;elo"),
		cities:    L("São Paulo;Rio de Janeiro;Belo Horizonte;Porto Alegre;Recife;Salvador;Curitiba;Fortaleza"),
		postcodes: L("01415-000;22410-002;30140-071;90570-020;51020-010"),
		amount: func(g *gen) string {
			v := float64(g.rng(990, 2000000)) / 100
			switch g.n(3) {
			case 0:
				return "R$ " + money(v, ".", ",")
			case 1:
				return "R$" + money(v, ".", ",")
			}
			return "BRL " + money(v, "", ".")
		},
		company: func(g *gen) string {
			return g.pk("Comercial Paulista", "Distribuidora Carioca", "Sertão Verde", "Mercado Boa Vista", "Atacadão Sul") + " " + g.pk("Ltda.", "S.A.", "ME", "EIRELI")
		},
		s10: "BR", ean: L("789"),
	})

	// ---------------- Italy ----------------
	itM := L("Giuseppe;Giovanni;Antonio;Mario;Luigi;Francesco;Alessandro;Lorenzo;Matteo;Andrea;Davide;Stefano;Gianluca")
	itF := L("Giulia;Francesca;Chiara;Sara;Martina;Valentina;Alessia;Federica;Elisa;Silvia;Paola;Giorgia;Roberta")
	itFam := L("Rossi;Russo;Ferrari;Esposito;Bianchi;Romano;Colombo;Ricci;Marino;Greco;Bruno;Gallo;Conti;De Luca;Mancini;Costa;Giordano;Rizzo;Lombardi;Moretti;Barbieri;Fontana;Santoro;Mariani;Rinaldi;Caruso;D'Angelo;De Santis;Esposito;Pellegrini")
	loc(&locale{
		code: "it_IT", lang: "it", cc: "39",
		person: func(g *gen) person {
			p := westernPerson(g, itM, itF, itFam, false, "given family")
			if g.p(0.25) {
				p.Full, p.Form = strings.ToUpper(p.Family)+" "+p.Given, "caps family given"
			}
			return p
		},
		phone: &phonePlan{cc: "39", types: []numType{
			{true, L("320;328;329;333;334;335;338;339;340;342;345;347;348;349;351;366;371;380;388;389;391;392;393"), 10, L("### ### ####;### #######;##########;###-#######;### ## ## ###"), L("+39 ### ### ####;+39 ### #######;+39##########;0039 ### #######;39##########")},
			{false, L("06;02;011;081;055"), 10, L("## #### ####;##-########;## ########;(##) ########"), L("+39 ## #### ####;+39 ## ########;+39##########")},
		}},
		address:   addrIT,
		domains:   L("libero.it;virgilio.it;tiscali.it;gmail.com;alice.it;hotmail.it"),
		ibanCC:    L("IT"),
		cards:     L("visa;mastercard;maestro;amex;visa"),
		cities:    L("Roma;Milano;Napoli;Torino;Firenze;Bologna;Palermo;Catania;Venezia"),
		postcodes: L("00184;20121;80121;10121;50123;40121"),
		amount:    eurAmount,
		company: func(g *gen) string {
			return g.pk("Ferramenta", "Oleificio", "Pastificio", "Calzaturificio", "Tessitura") + " " + g.pk("Rossi", "Lombarda", "del Sud", "Toscana") + " " + g.pk("S.r.l.", "S.p.A.", "S.n.c.")
		},
		s10: "IT", ean: L("80;81;82;83"),
	})

	// ---------------- Switzerland (German) ----------------
	chM := L("Reto;Beat;Urs;Lukas;Noah;Luca;Jonas;Matthias;Daniel;Thomas;Andreas;Simon;Fabian")
	chF := L("Anna;Lea;Laura;Mia;Nina;Sandra;Ursula;Verena;Regula;Barbara;Corinne;Fabienne;Seraina")
	chFam := L("Müller;Meier;Schmid;Keller;Weber;Huber;Schneider;Meyer;Steiner;Fischer;Gerber;Brunner;Baumann;Frei;Zimmermann;Moser;Widmer;Wyss;Graf;Roth;Suter;Bühler;Kälin;Zürcher;Bachmann;Ammann;Lüthi;Hofstetter;Rüegg")
	loc(&locale{
		code: "de_CH", lang: "de", cc: "41",
		person: func(g *gen) person {
			p := westernPerson(g, chM, chF, chFam, false, "given family")
			if p.Female && g.p(0.25) {
				f2 := pick(g, chFam)
				p.Full, p.Family, p.Form = p.Given+" "+p.Family+"-"+f2, p.Family+"-"+f2, "double-barrelled"
			}
			return p
		},
		phone: &phonePlan{cc: "41", types: []numType{
			{true, L("75;76;77;78;79"), 9, L("0## ### ## ##;0#########;0##/### ## ##;0## ### ####"), L("+41 ## ### ## ##;+41#########;0041 ## ### ## ##;+41 (0)## ### ## ##;41#########")},
			{false, L("44;31;61;22;41;52"), 9, L("0## ### ## ##;0##/### ## ##"), L("+41 ## ### ## ##;+41 (0)## ### ## ##")},
		}},
		address:   addrCH,
		domains:   L("bluewin.ch;gmx.ch;gmail.com;sunrise.ch;hotmail.ch"),
		ibanCC:    L("CH"),
		cards:     L("visa;mastercard;maestro;visa;mastercard"),
		cities:    L("Zürich;Bern;Basel;Luzern;Winterthur;St. Gallen;Genève"),
		postcodes: L("8001;3011;4051;6003;8400"),
		amount: func(g *gen) string {
			v := float64(g.rng(990, 500000)) / 100
			switch g.n(3) {
			case 0:
				return "CHF " + money(v, "'", ".")
			case 1:
				return "Fr. " + money(v, "'", ".")
			}
			return fmt.Sprintf("CHF %d.–", int(v))
		},
		company: func(g *gen) string {
			return g.pk("Alpen", "Bergblick", "Rheintal", "Zürisee", "Gotthard") + " " + g.pk("AG", "GmbH", "Handels AG")
		},
		s10: "CH", ean: L("76"),
	})

	// ---------------- Belgium (French) ----------------
	beM := L("Louis;Arthur;Jules;Victor;Lucas;Nathan;Hugo;Théo;Maxime;Jean-Luc;Pierre;Olivier;Benoît")
	beF := L("Emma;Louise;Olivia;Léa;Alice;Juliette;Camille;Chloé;Manon;Élise;Marie-Claire;Nathalie;Aurélie")
	beFam := L("Dubois;Lambert;Dupont;Martin;Peeters;Janssens;Maes;Jacobs;Mertens;Willems;Claes;Goossens;Wouters;De Smet;Lejeune;Renard;Leclercq;Lemaire;Dumont;Mathieu;Laurent;Hermans;Collignon;Delvaux;Van Damme;Vandenberghe")
	loc(&locale{
		code: "fr_BE", lang: "fr", cc: "32",
		person: func(g *gen) person {
			p := westernPerson(g, beM, beF, beFam, false, "given family")
			if g.p(0.25) {
				p.Full, p.Form = strings.ToUpper(p.Family)+" "+p.Given, "caps family given"
			}
			return p
		},
		phone: &phonePlan{cc: "32", types: []numType{
			{true, L("470;471;472;473;474;475;476;477;478;479;484;485;486;487;488;489;490;491;492;493;494;495;496;497;498;499"), 9, L("0### ## ## ##;0###/##.##.##;0###.##.##.##;0#########;0### ######"), L("+32 ### ## ## ##;+32#########;0032 ### ## ## ##;+32 (0)### ## ## ##;32#########")},
			{false, L("2;4;9"), 8, L("0# ### ## ##;0#/###.##.##;0#-###-##-##"), L("+32 # ### ## ##")},
		}},
		address:   addrBE,
		domains:   L("skynet.be;telenet.be;proximus.be;gmail.com;hotmail.be"),
		ibanCC:    L("BE"),
		cards:     L("visa;mastercard;bancontact;maestro;visa"),
		cities:    L("Bruxelles;Liège;Charleroi;Namur;Mons;Ixelles;Uccle"),
		postcodes: L("1000;1050;1180;4000;6000"),
		amount:    eurAmount,
		company: func(g *gen) string {
			return g.pk("Brasserie", "Chocolaterie", "Librairie", "Quincaillerie") + " " + g.pk("du Parc", "Wallonne", "Saint-Hubert", "des Ardennes") + " " + g.pk("SRL", "SA", "SPRL")
		},
		s10: "BE", ean: L("54"),
	})

	// ---------------- Netherlands ----------------
	nlM := L("Jan;Daan;Sem;Lucas;Levi;Bram;Thijs;Jesse;Ruben;Pieter;Willem;Joost;Sander")
	nlF := L("Emma;Julia;Sophie;Tess;Anna;Sanne;Lotte;Fleur;Iris;Anouk;Femke;Marieke;Esther")
	nlFam := L("de Jong;Jansen;de Vries;van den Berg;van Dijk;Bakker;Janssen;Visser;Smit;Meijer;de Boer;Mulder;de Groot;Bos;Vos;Peters;Hendriks;van Leeuwen;Dekker;Brouwer;de Wit;Dijkstra;Smits;de Graaf;van der Meer;van der Linden;Kok;Vermeulen;van den Heuvel;de Bruijn;Schouten;Hoekstra;Verhoeven;Kuipers")
	loc(&locale{
		code: "nl_NL", lang: "nl", cc: "31",
		person: func(g *gen) person {
			p := westernPerson(g, nlM, nlF, nlFam, false, "given family")
			if g.p(0.2) {
				p.Full, p.Form = p.Given[:1]+". "+p.Family, "initial family"
			}
			return p
		},
		phone: &phonePlan{cc: "31", types: []numType{
			{true, L("6"), 9, L("0#-########;0# ########;0# #### ####;0#-## ## ## ##;0#########"), L("+31 # ########;+31 (0)# ########;+31#########;+31 # #### ####;0031 # ########;31#########")},
			{false, L("20;10;30;70"), 9, L("0##-### ####;0## ### ####;(0##) #######"), L("+31 ## ### ####;+31 (0)## ### ####")},
		}},
		address:   addrNL,
		domains:   L("ziggo.nl;kpnmail.nl;hotmail.nl;gmail.com;xs4all.nl;outlook.com"),
		ibanCC:    L("NL"),
		cards:     L("visa;mastercard;maestro;amex;visa"),
		cities:    L("Amsterdam;Utrecht;Rotterdam;Den Haag;Eindhoven;Groningen;Haarlem"),
		postcodes: L("1015 CJ;3511 AB;3011 AD;2517 AE;5611 EM"),
		amount:    eurAmount,
		company: func(g *gen) string {
			return g.pk("Tulp", "Polder", "Molen", "Grachten", "Noordzee") + " " + g.pk("B.V.", "BV", "Handel B.V.", "V.O.F.")
		},
		s10: "NL", ean: L("87"),
	})

	// ---------------- Australia / New Zealand / Nigeria ----------------
	auM := L("Jack;Oliver;William;Noah;Thomas;Lachlan;Cooper;Riley;Mitchell;Hamish;Liam;Ethan")
	auF := L("Charlotte;Olivia;Mia;Isla;Chloe;Matilda;Sienna;Zoe;Ruby;Grace;Ella;Harper")
	auFam := L("Smith;Jones;Williams;Brown;Wilson;Taylor;Nguyen;Johnson;Martin;White;Anderson;Walker;Thompson;Ryan;O'Brien;Kelly;Murphy;Tran;Campbell;Mitchell;Kennedy;McDonald;Papadopoulos;Russo;Chen")
	loc(&locale{
		code: "en_AU", lang: "en", cc: "61",
		person: func(g *gen) person { return westernPerson(g, auM, auF, auFam, false, "given family") },
		phone: &phonePlan{cc: "61", types: []numType{
			{true, L("4"), 9, L("0### ### ###;0#########;0### ######"), L("+61 ### ### ###;+61#########;61#########;(+61) ### ### ###")},
			{false, L("2;3;7;8"), 9, L("(0#) #### ####;0# #### ####;0#########"), L("+61 # #### ####;+61 (0)# #### ####")},
		}},
		address:   addrAU,
		domains:   L("bigpond.com;optusnet.com.au;gmail.com;outlook.com.au;iinet.net.au"),
		ibanCC:    L("GB;IE"),
		cards:     L("visa;mastercard;amex;visa;mastercard"),
		cities:    L("Sydney;Melbourne;Brisbane;Perth;Adelaide;Hobart;Canberra"),
		postcodes: L("2000;3065;4000;6000;5045"),
		amount: func(g *gen) string {
			v := float64(g.rng(495, 500000)) / 100
			switch g.n(3) {
			case 0:
				return "A$" + money(v, ",", ".")
			case 1:
				return "$" + money(v, ",", ".") + " AUD"
			}
			return "AUD " + money(v, ",", ".")
		},
		company: func(g *gen) string {
			return g.pk("Southern Cross", "Outback", "Coral Coast", "Wattle", "Harbourside") + " " + g.pk("Pty Ltd", "Pty. Ltd.", "Trading Pty Ltd")
		},
		s10: "AU", ean: L("93"),
	})
	nzM := L("Liam;Oliver;Jack;Noah;Leo;George;Nikau;Tama;Wiremu;Ari;Hunter;Mason")
	nzF := L("Isla;Charlotte;Amelia;Aroha;Mere;Anahera;Ruby;Harper;Manaia;Hana;Ngaio;Kiri")
	nzFam := L("Smith;Wilson;Williams;Brown;Taylor;Jones;Ngata;Walker;Thompson;Parata;Tipene;Henare;Wihongi;Kingi;Te Awa;Tamihana;Horomona;Harris;Robinson;Marsh")
	loc(&locale{
		code: "en_NZ", lang: "en", cc: "64",
		person: func(g *gen) person { return westernPerson(g, nzM, nzF, nzFam, false, "given family") },
		phone: &phonePlan{cc: "64", types: []numType{
			{true, L("21;22;27"), 9, L("0## ### ####;0##-### ####;0#########;0## #######"), L("+64 ## ### ####;+64#########;+64 (0)## ### ####;64#########")},
			{false, L("9;4;3;7"), 8, L("(0#) ### ####;0#-### ####;0# ### ####"), L("+64 # ### ####")},
		}},
		address:   addrNZ,
		domains:   L("xtra.co.nz;gmail.com;outlook.co.nz;slingshot.co.nz"),
		ibanCC:    L("GB"),
		cards:     L("visa;mastercard;visa"),
		cities:    L("Auckland;Wellington;Christchurch;Hamilton;Dunedin;Tauranga"),
		postcodes: L("1011;6011;8041;3216;9016"),
		amount: func(g *gen) string {
			v := float64(g.rng(495, 500000)) / 100
			if g.p(0.5) {
				return "NZ$" + money(v, ",", ".")
			}
			return "NZD " + money(v, ",", ".")
		},
		company: func(g *gen) string {
			return g.pk("Kiwi", "Tasman", "Aotearoa", "Kauri", "Pōhutukawa") + " " + g.pk("Limited", "Ltd", "Traders Limited")
		},
		s10: "NZ", ean: L("94"),
	})
	ngM := L("Chukwuemeka;Oluwaseun;Adebayo;Ifeanyi;Emeka;Tunde;Obinna;Babajide;Ibrahim;Musa;Segun;Kelechi")
	ngF := L("Ngozi;Chiamaka;Funmilayo;Aisha;Folake;Adaeze;Yetunde;Amina;Blessing;Chidinma;Temitope;Halima")
	ngFam := L("Okonkwo;Adeyemi;Okafor;Eze;Bello;Abubakar;Ogunleye;Nwosu;Balogun;Olawale;Chukwu;Nwankwo;Oyelaran;Okeke;Afolabi;Adewale;Danjuma;Usman")
	loc(&locale{
		code: "en_NG", lang: "en", cc: "234",
		person: func(g *gen) person {
			p := westernPerson(g, ngM, ngF, ngFam, false, "given family")
			if g.p(0.3) {
				p.Full, p.Form = strings.ToUpper(p.Family)+" "+p.Given, "caps family given"
			}
			return p
		},
		phone: &phonePlan{cc: "234", types: []numType{
			{true, L("803;806;813;816;703;706;810;814;903;906;805;807;815;905;802;808;812;701;708;902;907;901;809;817;818;909"), 10, L("0### ### ####;0##########;0###-###-####;0### #######"), L("+234 ### ### ####;+234##########;234##########;+234 (0)### ### ####")},
			{false, L("1"), 8, L("0#-#######;(0#) ### ####"), L("+234 # ### ####")},
		}},
		address:   addrNG,
		domains:   L("yahoo.com;gmail.com;hotmail.com;outlook.com"),
		ibanCC:    L("GB"),
		cards:     L("visa;mastercard;verve;verve;mastercard"),
		cities:    L("Lagos;Abuja;Ibadan;Port Harcourt;Kano;Enugu"),
		postcodes: L("100001;900211;200001;500001"),
		amount: func(g *gen) string {
			v := g.rng(500, 900000)
			if g.p(0.5) {
				return "₦" + thou(v, ",")
			}
			return "NGN " + thou(v, ",") + ".00"
		},
		company: func(g *gen) string {
			return g.pk("Eko", "Niger Delta", "Zuma", "Sahel", "Olumo") + " " + g.pk("Ventures Ltd", "Enterprises", "Global Limited", "Stores Nig. Ltd")
		},
		s10: "NG", ean: L("615"),
	})

	// ---------------- United States (gofakeit) ----------------
	loc(&locale{
		code: "en_US", lang: "en", cc: "1",
		person: func(g *gen) person {
			gv, fm := g.f.FirstName(), g.f.LastName()
			p := person{Given: gv, Family: fm, Full: gv + " " + fm, Female: g.p(0.5), Script: "latin", Form: "gofakeit", GivenR: gv, FamR: fm}
			if g.p(0.15) {
				p.Full, p.Form = gv+" "+string(rune('A'+g.n(26)))+". "+fm, "gofakeit middle initial"
			}
			return p
		},
		phone: &phonePlan{cc: "1", types: []numType{
			{true, L("201;212;213;305;312;415;469;503;512;617;646;702;718;773;786;818;917;929"), 10, L("(###) ###-####;###-###-####;###.###.####;1-###-###-####;1 (###) ###-####"), L("+1 ###-###-####;+1 (###) ###-####;+1##########;+1 ### ### ####;+1.###.###.####")},
		}},
		address:   addrUS,
		domains:   L("gmail.com;yahoo.com;outlook.com;icloud.com;aol.com;comcast.net"),
		ibanCC:    L("DE;FR;GB"),
		cards:     L("visa;mastercard;amex;discover;visa;mastercard"),
		cities:    L("Springfield;Austin;Denver;Portland;Columbus;Raleigh;Madison"),
		postcodes: L("62704;73301;80202;97205;43215"),
		amount: func(g *gen) string {
			v := float64(g.rng(99, 500000)) / 100
			if g.p(0.5) {
				return "$" + money(v, ",", ".")
			}
			return "USD " + money(v, ",", ".")
		},
		company: func(g *gen) string { return g.f.Company() },
		s10:     "US", ean: L("0;1"),
	})
}

func eurAmount(g *gen) string {
	v := float64(g.rng(99, 500000)) / 100
	switch g.n(4) {
	case 0:
		return "€ " + money(v, ".", ",")
	case 1:
		return money(v, ".", ",") + " €"
	case 2:
		return "EUR " + money(v, "", ",")
	}
	return "€" + money(v, ".", ",")
}

// thou writes v with a thousands separator.
func thou(v int, sep string) string {
	s := fmt.Sprintf("%d", v)
	if sep == "" || len(s) <= 3 {
		return s
	}
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	return strings.Join(parts, sep)
}

// money writes v with two decimals.
func money(v float64, sep, dec string) string {
	c := int(v*100 + 0.5)
	return thou(c/100, sep) + dec + fmt.Sprintf("%02d", c%100)
}

func locByCode(code string) *locale {
	for _, l := range locales {
		if l.code == code {
			return l
		}
	}
	return nil
}
