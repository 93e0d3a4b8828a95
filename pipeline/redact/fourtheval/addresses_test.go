package fourtheval

import (
	"fmt"
	"strings"
)

// Address generators, one per locale, written from each country's postal
// conventions. street is the street line (house number and street name or
// its local equivalent), idents the names that identify the place (street
// and building names); locality (city, district, neighbourhood, region,
// postcode) is not judged: an address may end at its city.

func joinNZ(sep string, xs ...string) string {
	var out []string
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return strings.Join(out, sep)
}

func nativeNum(s, digits string) string {
	if digits == "" {
		return s
	}
	d := []rune(digits)
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(d[r-'0'])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func addrKR(g *gen) addr {
	roads := P("테헤란로|Teheran-ro;세종대로|Sejong-daero;올림픽로|Olympic-ro;강남대로|Gangnam-daero;도산대로|Dosan-daero;논현로|Nonhyeon-ro;한강대로|Hangang-daero;을지로|Eulji-ro;퇴계로|Toegye-ro;마포대로|Mapo-daero;양화로|Yanghwa-ro;해운대로|Haeundae-ro;판교역로|Pangyoyeok-ro;동탄대로|Dongtan-daero;월드컵북로|World Cup buk-ro;봉은사로|Bongeunsa-ro")
	gus := P("강남구|Gangnam-gu;서초구|Seocho-gu;마포구|Mapo-gu;송파구|Songpa-gu;용산구|Yongsan-gu;해운대구|Haeundae-gu;분당구|Bundang-gu;영등포구|Yeongdeungpo-gu")
	cities := P("서울특별시|Seoul;부산광역시|Busan;성남시|Seongnam-si;인천광역시|Incheon;화성시|Hwaseong-si")
	dongs := P("역삼동|Yeoksam-dong;삼성동|Samseong-dong;서교동|Seogyo-dong;잠실동|Jamsil-dong;한남동|Hannam-dong;우동|U-dong;정자동|Jeongja-dong")
	apts := P("래미안|Raemian;자이|Xi;힐스테이트|Hillstate;푸르지오|Prugio;아이파크|I-Park;더샵|The Sharp;롯데캐슬|Lotte Castle")
	rd, gu, ct, dg, ap := pick(g, roads), pick(g, gus), pick(g, cities), pick(g, dongs), pick(g, apts)
	no := fmt.Sprint(g.rng(1, 420))
	if g.p(0.2) {
		no += fmt.Sprintf("-%d", g.rng(1, 30))
	}
	bl, ho := g.rng(101, 115), g.rng(1, 25)*100+g.rng(1, 8)
	post := fmt.Sprintf("%05d", g.rng(1000, 63999))
	if g.p(0.6) {
		street := rd.n + " " + no
		unit := ""
		if g.p(0.6) {
			unit = fmt.Sprintf("%s아파트 %d동 %d호", ap.n, bl, ho)
		} else if g.p(0.5) {
			unit = fmt.Sprintf("%d층", g.rng(2, 30))
		}
		full := joinNZ(" ", ct.n, gu.n, street)
		if unit != "" {
			full += ", " + unit
		}
		if g.p(0.5) {
			full += " (" + dg.n + ")"
		}
		return addr{full: full, lines: []string{joinNZ(" ", ct.n, gu.n, street), unit, post}, street: street, line1: joinNZ(", ", street, unit),
			idents: []string{rd.n, ap.n + "아파트"}, locality: []string{ct.n, gu.n, dg.n, post}, form: "ko hangul road-name"}
	}
	street := no + " " + rd.r
	unit := ""
	if g.p(0.5) {
		unit = fmt.Sprintf("%s Apt %d-%d", ap.r, bl, ho)
	}
	full := joinNZ(", ", unit, street, gu.r, ct.r+" "+post)
	return addr{full: full, lines: []string{joinNZ(", ", unit, street), gu.r, ct.r + " " + post}, street: street, line1: joinNZ(", ", unit, street),
		idents: []string{rd.r, ap.r}, locality: []string{ct.r, gu.r, post}, form: "ko romanised"}
}

func addrMY(g *gen) addr {
	streets := L("Jalan Ampang;Jalan Tun Razak;Jalan Bukit Bintang;Jalan Sultan Ismail;Jalan Cheras;Jalan Klang Lama;Jalan Damansara;Jalan Telawi;Jalan Gasing;Jalan Templer;Jalan Melati 3;Jalan Kenanga 2;Jalan Mawar 5;Jalan Cempaka 1/2;Persiaran Gurney;Lorong Maarof;Jalan SS 2/24;Jalan PJU 1A/3;Jalan USJ 9/5;Jalan Meranti 4")
	tamans := L("Taman Tun Dr Ismail;Taman Melawati;Taman Connaught;Taman Desa;Taman Sri Muda;Taman Bukit Indah;Taman Megah;Taman Sentosa;Bandar Baru Bangi")
	blds := L("Residensi Vista;Kondominium Sri Putramas;Pangsapuri Seri Pelangi;Menara Mutiara;Residensi Angsana")
	cs := [][3]string{{"Kuala Lumpur", "50450", "W.P. Kuala Lumpur"}, {"Petaling Jaya", "47300", "Selangor"}, {"Shah Alam", "40400", "Selangor"}, {"Subang Jaya", "47500", "Selangor"}, {"Johor Bahru", "81100", "Johor"}, {"George Town", "10250", "Pulau Pinang"}, {"Ipoh", "30450", "Perak"}, {"Kota Kinabalu", "88000", "Sabah"}, {"Kuching", "93100", "Sarawak"}}
	st, tm, c := pick(g, streets), pick(g, tamans), pick(g, cs)
	switch g.n(3) {
	case 0:
		street := fmt.Sprintf("No. %d, %s", g.rng(1, 120), st)
		full := joinNZ(", ", street, tm, c[1]+" "+c[0], c[2])
		return addr{full: full, lines: []string{street, tm, c[1] + " " + c[0], c[2]}, street: street, line1: street, idents: []string{st}, locality: []string{tm, c[0], c[1], c[2]}, form: "my no-jalan-taman"}
	case 1:
		b := pick(g, blds)
		unit := fmt.Sprintf("%s-%d-%d", string(rune('A'+g.n(4))), g.rng(1, 30), g.rng(1, 12))
		street := st
		full := joinNZ(", ", unit, b, street, c[1]+" "+c[0])
		return addr{full: full, lines: []string{unit + ", " + b, street, c[1] + " " + c[0]}, street: street, line1: unit + ", " + b, idents: []string{st, b}, locality: []string{c[0], c[1], c[2]}, form: "my condo"}
	}
	street := fmt.Sprintf("Lot %d, %s", g.rng(100, 9999), st)
	full := joinNZ(", ", street, c[1]+" "+c[0], c[2])
	return addr{full: full, lines: []string{street, c[1] + " " + c[0], c[2]}, street: street, line1: street, idents: []string{st}, locality: []string{c[0], c[1], c[2]}, form: "my lot"}
}

func addrPH(g *gen) addr {
	streets := L("Rizal Street;Mabini Street;P. Burgos Street;Bonifacio Avenue;Aguinaldo Highway;Quezon Avenue;Katipunan Avenue;Ayala Avenue;Shaw Boulevard;Ortigas Avenue;Gen. Luna Street;J.P. Laurel Avenue;Osmeña Boulevard;Magsaysay Avenue;Sampaguita Street;Narra Street;Molave Street;Ilang-Ilang Street")
	brgys := L("Brgy. San Antonio;Brgy. Poblacion;Brgy. Salawag;Brgy. Bagumbayan;Brgy. Kapitolyo;Brgy. Malanday;Brgy. Lahug;Brgy. Talamban;Brgy. Matina;Brgy. Bel-Air")
	subs := L("Mabuhay Homes;Camella Homes;Villa Verde Subdivision;BF Homes;Greenwoods Executive Village;Lessandra Heights")
	towers := L("Avida Towers;SMDC Grass Residences;The Grand Tower;Torre de Manila Residences;Eton Parkview")
	cs := [][3]string{{"Makati City", "1203", "Metro Manila"}, {"Quezon City", "1100", "Metro Manila"}, {"Pasig City", "1600", "Metro Manila"}, {"Dasmariñas", "4114", "Cavite"}, {"Cebu City", "6000", "Cebu"}, {"Davao City", "8000", "Davao del Sur"}, {"Taguig City", "1630", "Metro Manila"}, {"Bacolod City", "6100", "Negros Occidental"}}
	st, br, c := pick(g, streets), pick(g, brgys), pick(g, cs)
	switch g.n(3) {
	case 0:
		tw := pick(g, towers)
		unit := fmt.Sprintf("Unit %d Tower %d, %s", g.rng(2, 45)*100+g.rng(1, 20), g.rng(1, 5), tw)
		street := fmt.Sprintf("%d %s", g.rng(1, 999), st)
		full := joinNZ(", ", unit, street, br, c[0], c[1]+" "+c[2])
		return addr{full: full, lines: []string{unit, street, br + ", " + c[0], c[1] + " " + c[2]}, street: street, line1: unit + ", " + street, idents: []string{st, tw}, locality: []string{br, c[0], c[1], c[2]}, form: "ph condo"}
	case 1:
		sub := pick(g, subs)
		street := fmt.Sprintf("Blk %d Lot %d, Phase %d", g.rng(1, 40), g.rng(1, 60), g.rng(1, 5))
		full := joinNZ(", ", street, sub, br, c[0], c[2]+" "+c[1])
		return addr{full: full, lines: []string{street, sub, br, c[0] + ", " + c[2] + " " + c[1]}, street: street, line1: street + ", " + sub, idents: nil, locality: []string{sub, br, c[0], c[1], c[2]}, form: "ph blk-lot"}
	}
	street := fmt.Sprintf("#%d %s", g.rng(1, 300), st)
	full := joinNZ(", ", street, br, c[0])
	return addr{full: full, lines: []string{street, br, c[0]}, street: street, line1: street, idents: []string{st}, locality: []string{br, c[0], c[1], c[2]}, form: "ph street"}
}

func addrBD(g *gen) addr {
	areas := [][3]string{{"Dhanmondi", "ধানমন্ডি", "1209"}, {"Gulshan 2", "গুলশান ২", "1212"}, {"Banani", "বনানী", "1213"}, {"Mirpur 10", "মিরপুর ১০", "1216"}, {"Uttara Sector 7", "উত্তরা সেক্টর ৭", "1230"}, {"Mohammadpur", "মোহাম্মদপুর", "1207"}, {"Bashundhara R/A", "বসুন্ধরা আ/এ", "1229"}, {"Motijheel", "মতিঝিল", "1000"}}
	a := pick(g, areas)
	h, r := g.rng(1, 120), g.rng(1, 40)
	switch g.n(3) {
	case 0:
		street := fmt.Sprintf("House %d, Road %d", h, r)
		unit := ""
		if g.p(0.5) {
			unit = fmt.Sprintf("Flat %d%s", g.rng(1, 12), string(rune('A'+g.n(4))))
		}
		full := joinNZ(", ", unit, street, a[0], "Dhaka "+a[2])
		return addr{full: full, lines: []string{joinNZ(", ", unit, street), a[0], "Dhaka " + a[2]}, street: street, line1: joinNZ(", ", unit, street), locality: []string{a[0], "Dhaka", a[2]}, form: "bd house-road"}
	case 1:
		street := fmt.Sprintf("বাড়ি %d, রোড %d", h, r)
		street = nativeNum(street, "০১২৩৪৫৬৭৮৯")
		full := joinNZ(", ", street, a[1], "ঢাকা-"+nativeNum(a[2], "০১২৩৪৫৬৭৮৯"))
		return addr{full: full, lines: []string{street, a[1], "ঢাকা-" + nativeNum(a[2], "০১২৩৪৫৬৭৮৯")}, street: street, line1: street, locality: []string{a[1], "ঢাকা", nativeNum(a[2], "০১২৩৪৫৬৭৮৯")}, form: "bd bengali"}
	}
	street := fmt.Sprintf("Holding %d/%d, %s Road", g.rng(1, 300), g.rng(1, 9), pick(g, L("Satmasjid;Green;Kazi Nazrul Islam;Begum Rokeya;Elephant;Mymensingh")))
	full := joinNZ(", ", street, a[0], "Dhaka-"+a[2])
	return addr{full: full, lines: []string{street, a[0], "Dhaka-" + a[2]}, street: street, line1: street, idents: []string{street}, locality: []string{a[0], "Dhaka", a[2]}, form: "bd holding"}
}

func addrPK(g *gen) addr {
	areas := [][3]string{{"Gulberg III", "Lahore", "54660"}, {"DHA Phase 6", "Lahore", "54792"}, {"Johar Town", "Lahore", "54782"}, {"Model Town", "Lahore", "54700"}, {"Clifton Block 5", "Karachi", "75600"}, {"Gulshan-e-Iqbal", "Karachi", "75300"}, {"North Nazimabad", "Karachi", "74700"}, {"F-7/2", "Islamabad", "44000"}, {"G-11/3", "Islamabad", "44000"}, {"Bahria Town Phase 4", "Rawalpindi", "46220"}, {"Hayatabad Phase 3", "Peshawar", "25100"}}
	ur := [][2]string{{"گلبرگ 3", "لاہور"}, {"ماڈل ٹاؤن", "لاہور"}, {"جوہر ٹاؤن", "لاہور"}, {"کلفٹن", "کراچی"}, {"گلشن اقبال", "کراچی"}, {"ناظم آباد", "کراچی"}}
	a := pick(g, areas)
	switch g.n(4) {
	case 0:
		street := fmt.Sprintf("House No. %d, Street %d", g.rng(1, 400), g.rng(1, 90))
		full := joinNZ(", ", street, a[0], a[1])
		return addr{full: full, lines: []string{street, a[0], a[1]}, street: street, line1: street, locality: a[:], form: "pk house-street"}
	case 1:
		street := fmt.Sprintf("Plot %d-%s, %s", g.rng(1, 200), string(rune('A'+g.n(6))), pick(g, L("Khayaban-e-Ittehad;Khayaban-e-Shamsheer;Shahrah-e-Faisal;Main Boulevard;Canal Road;Jinnah Avenue")))
		unit := fmt.Sprintf("Flat %d%s", g.rng(1, 12), string(rune('A'+g.n(4))))
		full := joinNZ(", ", unit, street, a[0], a[1]+" "+a[2])
		return addr{full: full, lines: []string{unit + ", " + street, a[0], a[1] + " " + a[2]}, street: street, line1: unit + ", " + street, idents: []string{street}, locality: a[:], form: "pk flat-plot"}
	case 2:
		u := pick(g, ur)
		street := fmt.Sprintf("مکان نمبر %d، گلی نمبر %d", g.rng(1, 400), g.rng(1, 60))
		if g.p(0.4) {
			street = nativeNum(street, "۰۱۲۳۴۵۶۷۸۹")
		}
		full := joinNZ("، ", street, u[0], u[1])
		return addr{full: full, lines: []string{street, u[0], u[1]}, street: street, line1: street, locality: []string{u[0], u[1]}, form: "pk urdu"}
	}
	street := fmt.Sprintf("%d-%s", g.rng(1, 300), string(rune('A'+g.n(8))))
	full := joinNZ(", ", street+", "+a[0], a[1])
	return addr{full: full, lines: []string{street, a[0], a[1]}, street: street + ", " + a[0], line1: street + ", " + a[0], locality: a[:], form: "pk plot-area"}
}

func addrEG(g *gen) addr {
	streets := P("شارع التحرير|El Tahrir St.;شارع عباس العقاد|Abbas El Akkad St.;شارع مصطفى النحاس|Mostafa El Nahas St.;شارع جامعة الدول العربية|Gameat El Dowal El Arabeya St.;شارع 9|Street 9;شارع الهرم|El Haram St.;شارع فيصل|Faisal St.;شارع سوريا|Syria St.;كورنيش النيل|Corniche El Nil;شارع بغداد|Baghdad St.;شارع الثورة|El Thawra St.")
	areas := P("الدقي|Dokki;مدينة نصر|Nasr City;المعادي|Maadi;الزمالك|Zamalek;المهندسين|Mohandessin;مصر الجديدة|Heliopolis;سموحة|Smouha;الشيخ زايد|Sheikh Zayed")
	cities := P("القاهرة|Cairo;الجيزة|Giza;الإسكندرية|Alexandria")
	st, ar, ct := pick(g, streets), pick(g, areas), pick(g, cities)
	no := g.rng(1, 120)
	if g.p(0.5) {
		street := fmt.Sprintf("%d %s", no, st.n)
		unit := ""
		if g.p(0.5) {
			unit = fmt.Sprintf("عمارة %d، شقة %d", g.rng(1, 40), g.rng(1, 30))
		}
		full := joinNZ("، ", unit, street, ar.n, ct.n)
		return addr{full: full, lines: []string{joinNZ("، ", unit, street), ar.n, ct.n}, street: street, line1: joinNZ("، ", unit, street), idents: []string{st.n}, locality: []string{ar.n, ct.n}, form: "eg arabic"}
	}
	street := fmt.Sprintf("%d %s", no, st.r)
	unit := ""
	if g.p(0.5) {
		unit = fmt.Sprintf("Apt %d, Floor %d", g.rng(1, 30), g.rng(1, 14))
	}
	post := fmt.Sprint(g.rng(11311, 12999))
	full := joinNZ(", ", unit, street, ar.r, ct.r+" "+post)
	return addr{full: full, lines: []string{joinNZ(", ", unit, street), ar.r, ct.r + " " + post}, street: street, line1: joinNZ(", ", unit, street), idents: []string{st.r}, locality: []string{ar.r, ct.r, post}, form: "eg romanised"}
}

func addrUA(g *gen) addr {
	streets := P("вул. Хрещатик|vul. Khreshchatyk;просп. Перемоги|prosp. Peremohy;вул. Шевченка|vul. Shevchenka;вул. Городоцька|vul. Horodotska;вул. Сумська|vul. Sumska;вул. Дерибасівська|vul. Derybasivska;вул. Соборна|vul. Soborna;вул. Садова|vul. Sadova;вул. Лесі Українки|vul. Lesi Ukrainky;вул. Грушевського|vul. Hrushevskoho;просп. Бандери|prosp. Bandery;вул. Івана Франка|vul. Ivana Franka;бульв. Шевченка|bulv. Shevchenka;вул. Личаківська|vul. Lychakivska")
	cities := [][3]string{{"Київ", "Kyiv", "01001"}, {"Львів", "Lviv", "79005"}, {"Харків", "Kharkiv", "61002"}, {"Одеса", "Odesa", "65026"}, {"Дніпро", "Dnipro", "49000"}, {"Вінниця", "Vinnytsia", "21050"}}
	st, c := pick(g, streets), pick(g, cities)
	no := fmt.Sprint(g.rng(1, 150))
	if g.p(0.25) {
		no += "/" + fmt.Sprint(g.rng(1, 9))
	}
	kv := g.rng(1, 240)
	switch g.n(3) {
	case 0:
		street := st.n + ", " + no
		full := joinNZ(", ", street, fmt.Sprintf("кв. %d", kv), "м. "+c[0], c[2])
		return addr{full: full, lines: []string{street + fmt.Sprintf(", кв. %d", kv), "м. " + c[0], c[2]}, street: street, line1: street + fmt.Sprintf(", кв. %d", kv), idents: []string{st.n}, locality: []string{c[0], c[2]}, form: "ua cyrillic street-first"}
	case 1:
		street := st.n + ", буд. " + no
		full := joinNZ(", ", c[2], c[0], street, fmt.Sprintf("кв. %d", kv))
		return addr{full: full, lines: []string{c[2] + ", " + c[0], street + fmt.Sprintf(", кв. %d", kv)}, street: street, line1: street + fmt.Sprintf(", кв. %d", kv), idents: []string{st.n}, locality: []string{c[0], c[2]}, form: "ua cyrillic postcode-first"}
	}
	street := st.r + " " + no
	full := joinNZ(", ", street, fmt.Sprintf("apt. %d", kv), c[1]+" "+c[2])
	return addr{full: full, lines: []string{street + fmt.Sprintf(", apt. %d", kv), c[1] + " " + c[2]}, street: street, line1: street + fmt.Sprintf(", apt. %d", kv), idents: []string{st.r}, locality: []string{c[1], c[2]}, form: "ua romanised"}
}

func addrHU(g *gen) addr {
	streets := L("Petőfi Sándor utca;Váci út;Kossuth Lajos utca;Rákóczi út;Andrássy út;Dózsa György út;Baross utca;Bartók Béla út;Kárász utca;Piac utca;Hunyadi János utca;Széchenyi tér;Arany János utca;Király utca;Fő utca;Thököly út")
	cs := [][2]string{{"Budapest", "1052"}, {"Budapest", "1134"}, {"Budapest", "1072"}, {"Debrecen", "4024"}, {"Szeged", "6720"}, {"Pécs", "7621"}, {"Győr", "9021"}, {"Miskolc", "3525"}}
	st, c := pick(g, streets), pick(g, cs)
	if g.p(0.3) {
		st = strings.Replace(st, " utca", " u.", 1)
	}
	no := fmt.Sprint(g.rng(1, 140))
	if g.p(0.2) {
		no += "/" + string(rune('A'+g.n(3)))
	}
	unit := ""
	if g.p(0.5) {
		unit = fmt.Sprintf("%d. em. %d.", g.rng(1, 8), g.rng(1, 20))
		if g.p(0.2) {
			unit = "fszt. " + fmt.Sprint(g.rng(1, 5))
		}
	}
	street := st + " " + no + "."
	if g.p(0.5) {
		full := joinNZ(", ", c[1]+" "+c[0], joinNZ(" ", street, unit))
		return addr{full: full, lines: []string{joinNZ(" ", street, unit), c[1] + " " + c[0]}, street: street, line1: joinNZ(" ", street, unit), idents: []string{st}, locality: c[:], form: "hu postcode-city first"}
	}
	full := joinNZ(", ", joinNZ(" ", street, unit), c[1]+" "+c[0])
	return addr{full: full, lines: []string{joinNZ(" ", street, unit), c[1] + " " + c[0]}, street: street, line1: joinNZ(" ", street, unit), idents: []string{st}, locality: c[:], form: "hu street first"}
}

func addrFI(g *gen) addr {
	streets := L("Mannerheimintie;Hämeenkatu;Aleksanterinkatu;Kauppakatu;Hämeentie;Runeberginkatu;Itäinen Pitkäkatu;Kirkkokatu;Yliopistonkatu;Puistokatu;Koulukatu;Satamakatu;Tehtaankatu;Pohjoisesplanadi;Sibeliuksenkatu")
	cs := [][2]string{{"Helsinki", "00100"}, {"Tampere", "33100"}, {"Turku", "20100"}, {"Oulu", "90100"}, {"Espoo", "02100"}, {"Jyväskylä", "40100"}, {"Vantaa", "01300"}}
	st, c := pick(g, streets), pick(g, cs)
	street := fmt.Sprintf("%s %d", st, g.rng(1, 90))
	unit := ""
	switch g.n(3) {
	case 0:
		unit = fmt.Sprintf("%s %d", string(rune('A'+g.n(4))), g.rng(1, 60))
	case 1:
		unit = fmt.Sprintf("as. %d", g.rng(1, 60))
	}
	l1 := joinNZ(" ", street, unit)
	full := l1 + ", " + c[1] + " " + c[0]
	return addr{full: full, lines: []string{l1, c[1] + " " + strings.ToUpper(c[0])}, street: street, line1: l1, idents: []string{st}, locality: c[:], form: "fi"}
}

func addrNO(g *gen) addr {
	streets := L("Storgata;Karl Johans gate;Kongens gate;Bogstadveien;Markveien;Thereses gate;Trondheimsveien;Ullevålsveien;Dronningens gate;Olav Tryggvasons gate;Torggata;Bryggen;Grensen;Sandviksveien;Kirkegata")
	cs := [][2]string{{"Oslo", "0184"}, {"Oslo", "0159"}, {"Bergen", "5003"}, {"Trondheim", "7011"}, {"Stavanger", "4006"}, {"Tromsø", "9008"}, {"Drammen", "3015"}}
	st, c := pick(g, streets), pick(g, cs)
	street := fmt.Sprintf("%s %d", st, g.rng(1, 120))
	if g.p(0.3) {
		street += string(rune('A' + g.n(3)))
	}
	l1 := street
	if g.p(0.4) {
		l1 += fmt.Sprintf(", H%02d%02d", g.rng(1, 6), g.rng(1, 4))
	}
	city := c[0]
	if g.p(0.4) {
		city = strings.ToUpper(city)
	}
	full := l1 + ", " + c[1] + " " + city
	return addr{full: full, lines: []string{l1, c[1] + " " + city}, street: street, line1: l1, idents: []string{st}, locality: c[:], form: "no"}
}

func addrDK(g *gen) addr {
	streets := L("Nørregade;Vesterbrogade;Østerbrogade;Strøget;Jernbanegade;Søndergade;Algade;Bredgade;Store Kongensgade;Amagerbrogade;Frederiksberg Allé;Nørrebrogade;Vestergade;Åboulevarden")
	cs := [][2]string{{"København K", "1165"}, {"København V", "1620"}, {"København Ø", "2100"}, {"Aarhus C", "8000"}, {"Odense C", "5000"}, {"Aalborg", "9000"}, {"Frederiksberg C", "1820"}}
	st, c := pick(g, streets), pick(g, cs)
	street := fmt.Sprintf("%s %d", st, g.rng(1, 150))
	unit := ""
	if g.p(0.6) {
		unit = pick(g, L("st. tv.;st. th.;1. th.;2. tv.;3. mf.;1. sal;4. th."))
	}
	l1 := joinNZ(", ", street, unit)
	full := l1 + ", " + c[1] + " " + c[0]
	return addr{full: full, lines: []string{l1, c[1] + " " + c[0]}, street: street, line1: l1, idents: []string{st}, locality: c[:], form: "dk"}
}

func addrAR(g *gen) addr {
	streets := L("Av. Corrientes;Av. Santa Fe;Av. Rivadavia;Av. Cabildo;Av. Córdoba;Calle Florida;Av. Colón;Bv. Oroño;Av. Pellegrini;Calle San Martín;Av. del Libertador;Av. Belgrano;Calle Lavalle;Calle 7;Calle Tucumán")
	hoods := L("Palermo;Belgrano;Caballito;Recoleta;Almagro;Villa Crespo;Nueva Córdoba;Barrio Norte")
	cs := [][2]string{{"CABA", "C1043AAZ"}, {"Buenos Aires", "C1425"}, {"Córdoba", "X5000"}, {"Rosario", "S2000"}, {"La Plata", "B1900"}, {"Mendoza", "M5500"}}
	st, h, c := pick(g, streets), pick(g, hoods), pick(g, cs)
	street := fmt.Sprintf("%s %d", st, g.rng(100, 5999))
	if g.p(0.25) {
		street = fmt.Sprintf("%s N° %d", st, g.rng(100, 5999))
	}
	unit := ""
	if g.p(0.6) {
		unit = pick(g, []string{fmt.Sprintf("Piso %d Dto. %s", g.rng(1, 20), string(rune('A'+g.n(6)))), fmt.Sprintf("%d° %s", g.rng(1, 20), string(rune('A'+g.n(6)))), fmt.Sprintf("PB %d", g.rng(1, 4))})
	}
	l1 := joinNZ(", ", street, unit)
	var full string
	if g.p(0.5) {
		full = joinNZ(", ", l1, h, c[0])
	} else {
		full = joinNZ(", ", l1, c[1]+" "+c[0])
	}
	return addr{full: full, lines: []string{l1, h, c[1] + " " + c[0]}, street: street, line1: l1, idents: []string{st}, locality: []string{h, c[0], c[1]}, form: "ar"}
}

func addrCO(g *gen) addr {
	types := L("Calle;Carrera;Cra.;Av. Calle;Transversal;Diagonal;Calle;Carrera;Cl.;Kr.")
	hoods := L("Chicó Norte;El Poblado;Chapinero Alto;Usaquén;Cedritos;Laureles;Ciudad Jardín;El Prado;Bocagrande;Santa Bárbara")
	cs := [][2]string{{"Bogotá", "110221"}, {"Medellín", "050021"}, {"Cali", "760001"}, {"Barranquilla", "080001"}, {"Cartagena", "130001"}, {"Bucaramanga", "680001"}}
	t, h, c := pick(g, types), pick(g, hoods), pick(g, cs)
	n1 := fmt.Sprint(g.rng(1, 170))
	if g.p(0.3) {
		n1 += string(rune('A' + g.n(4)))
	}
	if g.p(0.15) {
		n1 += " Bis"
	}
	if g.p(0.15) {
		n1 += " Sur"
	}
	n2 := fmt.Sprint(g.rng(1, 120))
	if g.p(0.25) {
		n2 += string(rune('A' + g.n(4)))
	}
	sep := pick(g, L("#;No.;N°;#"))
	street := fmt.Sprintf("%s %s %s %s-%d", t, n1, sep, n2, g.rng(1, 99))
	unit := ""
	if g.p(0.6) {
		unit = pick(g, []string{fmt.Sprintf("Apto %d", g.rng(101, 1802)), fmt.Sprintf("Torre %s Apto %d", string(rune('A'+g.n(4))), g.rng(101, 1802)), fmt.Sprintf("Of. %d", g.rng(201, 1201)), fmt.Sprintf("Int. %d", g.rng(1, 9))})
	}
	l1 := joinNZ(", ", street, unit)
	full := joinNZ(", ", l1, h, c[0])
	if g.p(0.3) {
		full += " D.C."
	}
	return addr{full: full, lines: []string{l1, h, c[0]}, street: street, line1: l1, locality: []string{h, c[0], c[1]}, form: "co numbered grid"}
}

func addrCL(g *gen) addr {
	streets := L("Av. Providencia;Los Leones;Av. Apoquindo;Av. Vicuña Mackenna;Pasaje Los Aromos;Av. Libertador Bernardo O'Higgins;Av. Irarrázaval;Calle Merced;Av. Grecia;Calle Huérfanos;Av. Las Condes;Pedro de Valdivia;Av. Manquehue Sur")
	comunas := L("Providencia;Las Condes;Ñuñoa;Santiago Centro;Viña del Mar;Valparaíso;Concepción;La Florida;Maipú;Puente Alto")
	st, cm := pick(g, streets), pick(g, comunas)
	street := fmt.Sprintf("%s %d", st, g.rng(10, 9999))
	unit := ""
	if g.p(0.6) {
		unit = pick(g, []string{fmt.Sprintf("Depto. %d", g.rng(11, 2405)), fmt.Sprintf("Of. %d", g.rng(101, 1501)), fmt.Sprintf("Casa %s", string(rune('A'+g.n(6))))})
	}
	l1 := joinNZ(", ", street, unit)
	region := pick(g, L("Santiago;Región Metropolitana;RM;Valparaíso"))
	full := joinNZ(", ", l1, cm, region)
	return addr{full: full, lines: []string{l1, cm, region}, street: street, line1: l1, idents: []string{st}, locality: []string{cm, region}, form: "cl"}
}

func addrBR(g *gen) addr {
	streets := L("Rua das Flores;Av. Paulista;Rua Visconde de Pirajá;Rua Oscar Freire;Av. Brigadeiro Faria Lima;Rua Augusta;Rua XV de Novembro;Av. Sete de Setembro;Rua da Consolação;Alameda Santos;Rua Padre Chagas;Av. Boa Viagem;Rua Chile;Travessa do Comércio;Rua Harmonia")
	bairros := L("Jardim Paulista;Bela Vista;Ipanema;Pinheiros;Moinhos de Vento;Boa Viagem;Savassi;Centro Histórico;Copacabana;Vila Madalena")
	cs := [][3]string{{"São Paulo", "SP", "01415-000"}, {"Rio de Janeiro", "RJ", "22410-002"}, {"Belo Horizonte", "MG", "30140-071"}, {"Porto Alegre", "RS", "90570-020"}, {"Recife", "PE", "51020-010"}, {"Salvador", "BA", "40020-000"}, {"Curitiba", "PR", "80020-310"}}
	st, b, c := pick(g, streets), pick(g, bairros), pick(g, cs)
	street := fmt.Sprintf("%s, %d", st, g.rng(10, 4999))
	if g.p(0.4) {
		street = fmt.Sprintf("%s %d", st, g.rng(10, 4999))
	}
	unit := ""
	if g.p(0.6) {
		unit = pick(g, []string{fmt.Sprintf("apto %d", g.rng(11, 2404)), fmt.Sprintf("sala %d", g.rng(101, 1801)), fmt.Sprintf("bloco %s apto %d", string(rune('A'+g.n(4))), g.rng(11, 504)), fmt.Sprintf("casa %d", g.rng(1, 9))})
	}
	l1 := joinNZ(" - ", street, unit)
	var full string
	switch g.n(3) {
	case 0:
		full = joinNZ(", ", l1, b, c[0]+" - "+c[1], c[2])
	case 1:
		full = joinNZ(", ", l1, b, c[0]+"/"+c[1])
	default:
		full = joinNZ(" - ", l1, b, c[0]+" - "+c[1]) + ", CEP " + c[2]
	}
	return addr{full: full, lines: []string{l1, b, c[0] + " - " + c[1], "CEP " + c[2]}, street: street, line1: l1, idents: []string{st}, locality: []string{b, c[0], c[1], c[2]}, form: "br"}
}

func addrIT(g *gen) addr {
	streets := L("Via Roma;Via Giuseppe Garibaldi;Corso Vittorio Emanuele II;Piazza San Marco;Viale dei Mille;Via Dante Alighieri;Via Nazionale;Via del Corso;Via Toledo;Corso Buenos Aires;Via Montenapoleone;Via Etnea;Via Indipendenza;Via XX Settembre;Via Cavour;Via Mazzini")
	cs := [][3]string{{"Roma", "RM", "00184"}, {"Milano", "MI", "20121"}, {"Napoli", "NA", "80121"}, {"Torino", "TO", "10121"}, {"Firenze", "FI", "50123"}, {"Bologna", "BO", "40121"}, {"Palermo", "PA", "90133"}, {"Catania", "CT", "95124"}}
	st, c := pick(g, streets), pick(g, cs)
	no := fmt.Sprint(g.rng(1, 240))
	if g.p(0.2) {
		no += "/" + string(rune('A'+g.n(4)))
	}
	street := st + " " + no
	if g.p(0.3) {
		street = st + ", " + no
	}
	unit := ""
	if g.p(0.4) {
		unit = pick(g, []string{fmt.Sprintf("scala %s, int. %d", string(rune('A'+g.n(4))), g.rng(1, 30)), fmt.Sprintf("piano %d", g.rng(1, 8)), fmt.Sprintf("int. %d", g.rng(1, 30))})
	}
	l1 := joinNZ(", ", street, unit)
	var full string
	switch g.n(3) {
	case 0:
		full = l1 + ", " + c[2] + " " + c[0] + " " + c[1]
	case 1:
		full = l1 + " - " + c[2] + " " + c[0] + " (" + c[1] + ")"
	default:
		full = l1 + ", " + c[2] + " " + strings.ToUpper(c[0])
	}
	return addr{full: full, lines: []string{l1, c[2] + " " + c[0] + " " + c[1]}, street: street, line1: l1, idents: []string{st}, locality: c[:], form: "it"}
}

func addrCH(g *gen) addr {
	streets := L("Bahnhofstrasse;Dorfstrasse;Seestrasse;Hauptstrasse;Marktgasse;Spalenberg;Limmatquai;Kramgasse;Freie Strasse;Badenerstrasse;Zürichstrasse;Kirchweg;Schulhausstrasse;Rue du Rhône;Gerechtigkeitsgasse")
	cs := [][2]string{{"Zürich", "8001"}, {"Bern", "3011"}, {"Basel", "4051"}, {"Genève", "1204"}, {"Luzern", "6003"}, {"Winterthur", "8400"}, {"St. Gallen", "9000"}, {"Thalwil", "8800"}, {"Gümligen", "3073"}}
	st, c := pick(g, streets), pick(g, cs)
	street := fmt.Sprintf("%s %d", st, g.rng(1, 180))
	if g.p(0.2) {
		street += string(rune('a' + g.n(3)))
	}
	l1 := street
	if g.p(0.2) {
		l1 += ", Postfach"
	}
	full := l1 + ", " + c[1] + " " + c[0]
	if g.p(0.2) {
		full = l1 + ", CH-" + c[1] + " " + c[0]
	}
	return addr{full: full, lines: []string{l1, c[1] + " " + c[0]}, street: street, line1: l1, idents: []string{st}, locality: c[:], form: "ch"}
}

func addrBE(g *gen) addr {
	streets := L("Rue de la Loi;Avenue Louise;Chaussée de Waterloo;Rue des Guillemins;Boulevard d'Avroy;Rue Neuve;Place Saint-Lambert;Rue du Marché aux Herbes;Avenue de Tervueren;Chaussée d'Ixelles;Rue Haute;Rue de Namur;Boulevard Anspach;Rue Saint-Gilles")
	cs := [][2]string{{"Bruxelles", "1000"}, {"Ixelles", "1050"}, {"Uccle", "1180"}, {"Liège", "4000"}, {"Charleroi", "6000"}, {"Namur", "5000"}, {"Mons", "7000"}, {"Etterbeek", "1040"}}
	st, c := pick(g, streets), pick(g, cs)
	street := fmt.Sprintf("%s %d", st, g.rng(1, 400))
	l1 := street
	switch g.n(3) {
	case 0:
		l1 += fmt.Sprintf(" bte %d", g.rng(1, 30))
	case 1:
		l1 += fmt.Sprintf("/%d", g.rng(1, 12))
	}
	full := l1 + ", " + c[1] + " " + c[0]
	return addr{full: full, lines: []string{l1, c[1] + " " + c[0]}, street: street, line1: l1, idents: []string{st}, locality: c[:], form: "be"}
}

func addrNL(g *gen) addr {
	streets := L("Keizersgracht;Kalverstraat;Oudegracht;Coolsingel;Laan van Meerdervoort;Dorpsstraat;Kerkstraat;Prinsengracht;Stationsweg;Hoofdstraat;Wilhelminastraat;Julianalaan;Beatrixlaan;Herengracht")
	cs := [][2]string{{"Amsterdam", "1015 CJ"}, {"Utrecht", "3511 AB"}, {"Rotterdam", "3011 AD"}, {"Den Haag", "2517 AE"}, {"Eindhoven", "5611 EM"}, {"Groningen", "9711 LV"}, {"Haarlem", "2011 HV"}}
	st, c := pick(g, streets), pick(g, cs)
	street := fmt.Sprintf("%s %d", st, g.rng(1, 400))
	l1 := street
	switch g.n(4) {
	case 0:
		l1 += "-H"
	case 1:
		l1 += " " + pick(g, L("II;III;bis;A;B;hs"))
	case 2:
		l1 += string(rune('A' + g.n(3)))
	}
	post := c[1]
	if g.p(0.3) {
		post = strings.ReplaceAll(post, " ", "")
	}
	full := l1 + ", " + post + " " + c[0]
	return addr{full: full, lines: []string{l1, post + " " + strings.ToUpper(c[0])}, street: street, line1: l1, idents: []string{st}, locality: []string{c[0], c[1], post}, form: "nl"}
}

func addrAU(g *gen) addr {
	streets := L("Queen Street;George Street;Pitt Street;Collins Street;Smith Street;Wattle Avenue;Brunswick Street;Chapel Street;Hay Street;Rundle Street;Murray Street;Beaufort Street;Oxford Street;Sydney Road;Parramatta Road;Banksia Crescent")
	cs := [][3]string{{"Fitzroy", "VIC", "3065"}, {"Brisbane", "QLD", "4000"}, {"Sydney", "NSW", "2000"}, {"Glenelg", "SA", "5045"}, {"Perth", "WA", "6000"}, {"Surry Hills", "NSW", "2010"}, {"Hobart", "TAS", "7000"}, {"Canberra", "ACT", "2601"}}
	st, c := pick(g, streets), pick(g, cs)
	if g.p(0.3) {
		st = strings.NewReplacer(" Street", " St", " Avenue", " Ave", " Road", " Rd", " Crescent", " Cres").Replace(st)
	}
	no := g.rng(1, 400)
	street := fmt.Sprintf("%d %s", no, st)
	l1 := street
	switch g.n(4) {
	case 0:
		l1 = fmt.Sprintf("Unit %d, %s", g.rng(1, 40), street)
	case 1:
		l1 = fmt.Sprintf("%d/%d %s", g.rng(1, 40), no, st)
		street = l1
	case 2:
		l1 = fmt.Sprintf("Level %d, %s", g.rng(1, 30), street)
	}
	full := l1 + ", " + c[0] + " " + c[1] + " " + c[2]
	return addr{full: full, lines: []string{l1, strings.ToUpper(c[0]) + " " + c[1] + " " + c[2]}, street: street, line1: l1, idents: []string{st}, locality: c[:], form: "au"}
}

func addrNZ(g *gen) addr {
	streets := L("Ponsonby Road;Cuba Street;Karaka Crescent;Customs Street West;Queen Street;Lambton Quay;Colombo Street;Riccarton Road;Dominion Road;Kāpiti Road;Tītahi Bay Road;Manuka Street;Kowhai Avenue")
	cs := [][3]string{{"Ponsonby", "Auckland", "1011"}, {"Te Aro", "Wellington", "6011"}, {"Riccarton", "Christchurch", "8041"}, {"Mount Eden", "Auckland", "1024"}, {"Hamilton East", "Hamilton", "3216"}, {"Paraparaumu", "Paraparaumu", "5032"}}
	st, c := pick(g, streets), pick(g, cs)
	no := g.rng(1, 300)
	street := fmt.Sprintf("%d %s", no, st)
	l1 := street
	switch g.n(3) {
	case 0:
		l1 = fmt.Sprintf("Flat %d, %s", g.rng(1, 12), street)
	case 1:
		l1 = fmt.Sprintf("%d/%d %s", g.rng(1, 12), no, st)
		street = l1
	}
	full := joinNZ(", ", l1, c[0], c[1]+" "+c[2])
	if c[0] == c[1] {
		full = joinNZ(", ", l1, c[1]+" "+c[2])
	}
	return addr{full: full, lines: []string{l1, c[0], c[1] + " " + c[2]}, street: street, line1: l1, idents: []string{st}, locality: c[:], form: "nz"}
}

func addrMX(g *gen) addr {
	streets := L("Av. Paseo de la Reforma;Calle Hidalgo;Blvd. Miguel de Cervantes Saavedra;Av. Insurgentes Sur;Calle Morelos;Av. Juárez;Calle Madero;Av. Revolución;Av. Chapultepec;Calle Allende;Av. Vallarta;Calle Zaragoza")
	cols := L("Col. Cuauhtémoc;Col. Centro;Col. Granada;Col. Del Valle;Col. Roma Norte;Col. Condesa;Col. Polanco;Col. Narvarte;Col. Americana")
	cs := [][3]string{{"Ciudad de México", "CDMX", "06500"}, {"Guadalajara", "Jal.", "44100"}, {"Monterrey", "N.L.", "64000"}, {"Puebla", "Pue.", "72000"}, {"Querétaro", "Qro.", "76000"}, {"Tijuana", "B.C.", "22000"}}
	st, col, c := pick(g, streets), pick(g, cols), pick(g, cs)
	if g.p(0.15) {
		street := fmt.Sprintf("Calle %d #%d x %d y %d", g.rng(1, 80)*2, g.rng(100, 700), g.rng(1, 80)*2+1, g.rng(1, 80)*2+1)
		full := joinNZ(", ", street, "Centro", "Mérida, Yuc.")
		return addr{full: full, lines: []string{street, "Centro", "97000 Mérida, Yuc."}, street: street, line1: street, locality: []string{"Centro", "Mérida", "Yuc."}, form: "mx merida crossings"}
	}
	street := fmt.Sprintf("%s %d", st, g.rng(1, 3999))
	unit := ""
	if g.p(0.5) {
		unit = pick(g, []string{fmt.Sprintf("Int. %d", g.rng(1, 40)), fmt.Sprintf("Piso %d", g.rng(1, 30)), fmt.Sprintf("Depto. %d", g.rng(101, 904))})
	}
	l1 := joinNZ(" ", street, unit)
	var full string
	if g.p(0.5) {
		full = joinNZ(", ", l1, col, "C.P. "+c[2], c[0], c[1])
	} else {
		full = joinNZ(", ", l1, col, c[2]+" "+c[0]+", "+c[1])
	}
	return addr{full: full, lines: []string{l1, col, c[2] + " " + c[0] + ", " + c[1]}, street: street, line1: l1, idents: []string{st}, locality: []string{col, c[0], c[1], c[2]}, form: "mx"}
}

func addrPE(g *gen) addr {
	streets := L("Av. Javier Prado Este;Jr. de la Unión;Calle Los Pinos;Av. Arequipa;Av. José Larco;Av. Benavides;Jr. Huallaga;Calle Schell;Av. La Marina;Av. Brasil;Av. El Sol;Calle Mercaderes")
	dists := L("Santiago de Surco;Cercado de Lima;Miraflores;Lince;San Isidro;Barranco;Jesús María;San Borja")
	st, d := pick(g, streets), pick(g, dists)
	if g.p(0.2) {
		street := fmt.Sprintf("Mz. %s Lt. %d", string(rune('A'+g.n(12))), g.rng(1, 40))
		urb := "Urb. " + pick(g, L("Los Jardines;Santa Rosa;Las Flores;San Carlos;Mariscal Cáceres"))
		full := joinNZ(", ", street, urb, pick(g, L("San Juan de Lurigancho;Comas;Ate;Villa El Salvador")), "Lima")
		return addr{full: full, lines: []string{street, urb, "Lima"}, street: street, line1: street + ", " + urb, locality: []string{urb, "Lima"}, form: "pe mz-lt"}
	}
	street := fmt.Sprintf("%s %d", st, g.rng(100, 5999))
	unit := ""
	if g.p(0.5) {
		unit = pick(g, []string{fmt.Sprintf("Dpto. %d", g.rng(101, 1904)), fmt.Sprintf("Of. %d", g.rng(101, 1204)), fmt.Sprintf("Int. %d", g.rng(1, 20))})
	}
	l1 := joinNZ(", ", street, unit)
	full := joinNZ(", ", l1, d, "Lima "+fmt.Sprint(15000+g.rng(1, 99)))
	return addr{full: full, lines: []string{l1, d, "Lima"}, street: street, line1: l1, idents: []string{st}, locality: []string{d, "Lima"}, form: "pe"}
}

func addrNG(g *gen) addr {
	streets := L("Admiralty Way;Ahmadu Bello Way;Aminu Kano Crescent;Awolowo Road;Adeola Odeku Street;Allen Avenue;Bode Thomas Street;Herbert Macaulay Way;Ozumba Mbadiwe Avenue;Adetokunbo Ademola Crescent;Isaac John Street;Opebi Road")
	areas := [][2]string{{"Lekki Phase 1", "Lagos"}, {"Victoria Island", "Lagos"}, {"Wuse 2", "Abuja"}, {"Ikoyi", "Lagos"}, {"Ikeja", "Lagos"}, {"Surulere", "Lagos"}, {"GRA", "Port Harcourt"}}
	st, a := pick(g, streets), pick(g, areas)
	switch g.n(3) {
	case 0:
		street := fmt.Sprintf("%d %s", g.rng(1, 300), st)
		full := joinNZ(", ", street, a[0], a[1])
		return addr{full: full, lines: []string{street, a[0], a[1]}, street: street, line1: street, idents: []string{st}, locality: a[:], form: "ng"}
	case 1:
		street := fmt.Sprintf("Plot %d, %s", g.rng(100, 2999), st)
		full := joinNZ(", ", street, a[0], a[1])
		return addr{full: full, lines: []string{street, a[0], a[1]}, street: street, line1: street, idents: []string{st}, locality: a[:], form: "ng plot"}
	}
	est := pick(g, L("Dolphin Estate;Lekki Gardens;Gwarinpa Estate;Magodo GRA Phase 2;Chevy View Estate"))
	street := fmt.Sprintf("Flat %d, Block %d", g.rng(1, 12), g.rng(1, 60))
	full := joinNZ(", ", street, est, a[0], a[1])
	return addr{full: full, lines: []string{street, est, a[0] + ", " + a[1]}, street: street, line1: street + ", " + est, locality: []string{est, a[0], a[1]}, form: "ng estate"}
}

func addrUS(g *gen) addr {
	street := g.f.Street()
	city, st, zip := g.f.City(), g.f.StateAbr(), g.f.Zip()
	unit := ""
	if g.p(0.35) {
		unit = pick(g, []string{fmt.Sprintf("Apt %d%s", g.rng(1, 30), string(rune('A'+g.n(6)))), fmt.Sprintf("Suite %d", g.rng(100, 900)), fmt.Sprintf("Unit %d", g.rng(1, 300))})
	}
	l1 := joinNZ(", ", street, unit)
	full := l1 + ", " + city + ", " + st + " " + zip
	name := strings.TrimLeft(street, "0123456789 ")
	return addr{full: full, lines: []string{l1, city + ", " + st + " " + zip}, street: street, line1: l1, idents: []string{name}, locality: []string{city, st, zip}, form: "us gofakeit"}
}
