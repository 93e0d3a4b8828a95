package eleventheval

import (
	"fmt"
	"strings"
)

// locale holds one country's people: names in local order and script,
// phones per its numbering plan, addresses in its shape.
type locale struct {
	code, cc  string
	style     string // es, fg (family first), patr (patronymic), ar, bn, cjk, plain
	givenM    []string
	givenF    []string
	family    []string // "male/female" when gendered
	latM      []string // romanised, index-aligned with givenM (nil: no romanisation)
	latF      []string
	latFam    []string
	phones    []string // "class:pattern" (X digit, N non-zero digit)
	native    string   // native digits '0'..'9' for the "native" phone class
	streets   []string // street cores
	addr      string   // address pattern: {s} street, {n} number, {c} city, {z} postcode, {a} small number
	cities    []string // "city|postcode pattern"
	ibanCC    string
	domains   []string
	pwKeys    []string
	otp       string // SMS text with %s for the code
	nameKey   string // "name" key in the local language
	phoneKey  string
	addrKey   string
	money     []string // amount patterns
	companies []string
}

func sp(s string) []string { return strings.Split(s, "|") }

var locales = []*locale{
	{code: "es_AR", cc: "54", style: "es",
		givenM: sp("Santiago|Joaquín|Mateo|Facundo|Juan Ignacio|Tomás|Bautista|Lautaro"), givenF: sp("Martina|Valentina|Lucía|Agustina|María Belén|Florencia|Camila|Milagros"),
		family:  sp("González|Rodríguez|Fernández|López|Martínez|Gómez|Pereyra|Sosa|Acosta|Benítez|Giménez|Romero"),
		phones:  sp("intl:+54 9 11 NXXX-XXXX|nat:011 15-NXXX-XXXX|paren:(011) 4XXX-XXXX|cc-nospace:5491154XXXXXX|intl:+54 9 351 NXX-XXXX"),
		streets: sp("Corrientes|Santa Fe|Rivadavia|Cabildo|Scalabrini Ortiz|Callao|Pueyrredón"), addr: "Av. {s} {n}, Piso {a} Dto. B, {z} {c}",
		cities: sp("CABA|C14XXAAB|Córdoba|X5000XXX|Rosario|S2000XXX|Mendoza|M5500XXX"), domains: sp("gmail.com|hotmail.com.ar|yahoo.com.ar|fibertel.com.ar"),
		pwKeys: sp("contraseña|clave|clave_acceso"), otp: "Tu código de verificación es %s. No lo compartas con nadie.", nameKey: "nombre", phoneKey: "telefono", addrKey: "direccion",
		money: sp("$ ¹.⁰⁰⁰,⁰⁰|ARS ¹⁰⁰.⁰⁰⁰,⁰⁰|$¹⁰.⁰⁰⁰"), companies: sp("Distribuidora Pampa S.R.L.|Mercado Austral S.A.")},
	{code: "es_CL", cc: "56", style: "es",
		givenM: sp("Benjamín|Vicente|Matías|Agustín|Maximiliano|Cristóbal"), givenF: sp("Catalina|Sofía|Antonia|Constanza|Javiera|Fernanda"),
		family:  sp("Muñoz|Rojas|Díaz|Soto|Contreras|Silva|Morales|Araya|Sepúlveda|Fuentes"),
		phones:  sp("intl:+56 9 NXXX XXXX|nat:9 NXXX XXXX|compact:+569NXXXXXXX|paren:(+56) 9 NXXX XXXX|land:(2) 2XXX XXXX"),
		streets: sp("Providencia|Irarrázaval|Los Leones|Vicuña Mackenna|Apoquindo|Pedro de Valdivia"), addr: "Av. {s} {n}, depto. {a}0{a}, {c}",
		cities: sp("Providencia|75XXXXX|Ñuñoa|77XXXXX|Las Condes|75XXXXX|Valparaíso|23XXXXX"), domains: sp("gmail.com|vtr.net|outlook.cl"),
		pwKeys: sp("contraseña|clave"), otp: "Tu código de verificación es %s", nameKey: "nombre_cliente", phoneKey: "fono", addrKey: "direccion_despacho",
		money: sp("$¹⁰.⁰⁰⁰|CLP ¹⁰⁰.⁰⁰⁰|$ ¹.⁰⁰⁰.⁰⁰⁰"), companies: sp("Comercial Andes SpA|Importadora Pacífico Ltda.")},
	{code: "es_CO", cc: "57", style: "es",
		givenM: sp("Juan Camilo|Andrés Felipe|Sebastián|Santiago|Juan David|Alejandro"), givenF: sp("Valeria|Daniela|Mariana|Laura Sofía|Natalia|Paula Andrea"),
		family:  sp("Ramírez|Castaño|Ospina|Restrepo|Cárdenas|Quintero|Gaviria|Zuluaga|Londoño|Montoya"),
		phones:  sp("intl:+57 3NX NXX XXXX|nat:3NX NXX XXXX|dash:3NX-NXX-XXXX|land:(601) NXX XXXX|cc-nospace:573NXNXXXXXX"),
		streets: sp("Carrera ¹ # ⁰⁰-⁰⁰|Calle ¹⁰ # ¹⁰-⁰⁰|Transversal ¹⁰ # ⁰⁰-¹⁰|Diagonal ¹⁰⁰ # ⁰⁰-⁰⁰"), addr: "{s}, Apto {a}0{a}, {c}",
		cities: sp("Bogotá|11XXXX|Medellín|05XXXX|Cali|76XXXX|Barranquilla|08XXXX"), domains: sp("gmail.com|hotmail.com|une.net.co"),
		pwKeys: sp("contraseña|clave"), otp: "Su código de verificación es %s", nameKey: "nombre", phoneKey: "celular", addrKey: "direccion",
		money: sp("$ ¹⁰⁰.⁰⁰⁰|COP ¹.⁰⁰⁰.⁰⁰⁰|$¹⁰.⁰⁰⁰,⁰⁰"), companies: sp("Tiendas Andinas S.A.S.|Logística del Caribe S.A.S.")},
	{code: "es_PE", cc: "51", style: "es",
		givenM: sp("Renato|Diego|Piero|Luis Alberto|Franco|Gonzalo"), givenF: sp("Ximena|Camila|Fiorella|Rosa María|Milagros|Kiara"),
		family:  sp("Quispe|Huamán|Mamani|Flores|Chávez|Vásquez|Condori|Ccori|Salazar|Torres"),
		phones:  sp("intl:+51 9NX XXX XXX|nat:9NX XXX XXX|compact:9NXXXXXXX|land:(01) NXX-XXXX|paren:(+51) 9NX-XXX-XXX"),
		streets: sp("Jr. Ucayali|Jr. Huallaga|Av. Javier Prado Este|Av. Larco|Calle Schell|Av. Arequipa"), addr: "{s} {n}, Dpto. {a}0{a}, {c}",
		cities: sp("Miraflores|Lima 18|San Isidro|Lima 27|Surco|Lima 33|Arequipa|04XXX"), domains: sp("gmail.com|hotmail.com|yahoo.es"),
		pwKeys: sp("contraseña|clave_web"), otp: "Tu código de verificación es %s", nameKey: "nombre", phoneKey: "telefono", addrKey: "direccion",
		money: sp("S/ ¹.⁰⁰⁰,⁰⁰|S/ ¹⁰⁰.⁰⁰|PE¹ ¹,⁰⁰⁰.⁰⁰"), companies: sp("Inversiones Inca S.A.C.|Comercializadora Lima E.I.R.L.")},
	{code: "en_NG", cc: "234", style: "plain",
		givenM: sp("Chinedu|Oluwaseun|Emeka|Babatunde|Ibrahim|Tochukwu|Olumide"), givenF: sp("Ngozi|Adaeze|Funmilayo|Chiamaka|Aisha|Yetunde|Oluwakemi"),
		family:  sp("Okafor|Adeyemi|Nwosu|Balogun|Okonkwo|Abubakar|Olatunji|Eze|Ogunleye|Chukwuemeka"),
		phones:  sp("intl:+234 80N XXX XXXX|nat:080N XXX XXXX|compact:080NXXXXXXX|cc-nospace:23480NXXXXXXX|intl:+234 (0) 90N XXX XXXX"),
		streets: sp("Adeola Odeku|Awolowo|Herbert Macaulay|Adetokunbo Ademola|Ozumba Mbadiwe|Allen Avenue"), addr: "{n} {s} Street, {c}",
		cities: sp("Victoria Island, Lagos|1010XX|Ikeja, Lagos|1002XX|Wuse II, Abuja|9002XX|GRA, Port Harcourt|5001XX"), domains: sp("gmail.com|yahoo.com|outlook.com"),
		pwKeys: sp("password|passcode"), otp: "Your verification code is %s. Do not share it with anyone.", nameKey: "customer_name", phoneKey: "phone_number", addrKey: "delivery_address",
		money: sp("₦¹⁰,⁰⁰⁰.⁰⁰|¹G¹ ¹⁰⁰,⁰⁰⁰|₦ ¹,⁰⁰⁰,⁰⁰⁰.⁰⁰"), companies: sp("Eko Retail Ventures Ltd|Naija Gadgets Limited")},
	{code: "en_KE", cc: "254", style: "plain",
		givenM: sp("Otieno|Kipchoge|Mwangi|Kamau|Baraka|Kiprotich"), givenF: sp("Wanjiru|Achieng|Njeri|Wambui|Akinyi|Chebet"),
		family:  sp("Odhiambo|Kiprono|Kariuki|Omondi|Cheruiyot|Njoroge|Wekesa|Mutua|Kimani"),
		phones:  sp("intl:+254 7NX XXX XXX|nat:07NX XXX XXX|compact:07NXXXXXXX|cc-nospace:2547NXXXXXXX|nat:07NX-XXXXXX"),
		streets: sp("Kenyatta Avenue|Moi Avenue|Kimathi Street|Argwings Kodhek Road|Ngong Road|Lenana Road"), addr: "{s}, Apt {a}{a}, {c}",
		cities: sp("Kilimani, Nairobi|00100|Westlands, Nairobi|00800|Nyali, Mombasa|80100|Milimani, Kisumu|40100"), domains: sp("gmail.com|yahoo.com|safaricom.co.ke"),
		pwKeys: sp("password|neno_siri"), otp: "Nambari yako ya uthibitisho ni %s", nameKey: "jina", phoneKey: "simu", addrKey: "anwani",
		money: sp("KSh ¹,⁰⁰⁰|KES ¹⁰,⁰⁰⁰.⁰⁰|Ksh ¹⁰⁰"), companies: sp("Savannah Traders Ltd|Mombasa Freight Co.")},
	{code: "en_ZA", cc: "27", style: "plain",
		givenM: sp("Thabo|Sipho|Pieter|Themba|Johannes|Lwazi"), givenF: sp("Lerato|Nomvula|Annelie|Zanele|Thandiwe|Marietjie"),
		family:  sp("Nkosi|Dlamini|van der Merwe|Botha|Mokoena|Naidoo|Khumalo|Pretorius|du Plessis|Mahlangu"),
		phones:  sp("intl:+27 8N XXX XXXX|nat:08N XXX XXXX|land:(011) NXX-XXXX|compact:08NXXXXXXX|cc-nospace:278NXXXXXXX"),
		streets: sp("Jan Smuts Avenue|Bree Street|Voortrekker Road|Loop Street|Rivonia Road|Oxford Road"), addr: "{n} {s}, {c}",
		cities: sp("Rosebank, Johannesburg|2196|Gardens, Cape Town|8001|Sandton|2196|Umhlanga|4319"), domains: sp("gmail.com|mweb.co.za|telkomsa.net"),
		pwKeys: sp("password|wagwoord"), otp: "Your verification code is %s", nameKey: "name", phoneKey: "cell", addrKey: "address",
		money: sp("R ¹ ⁰⁰⁰,⁰⁰|ZAR ¹,⁰⁰⁰.⁰⁰|R ¹⁰⁰.⁰⁰"), companies: sp("Karoo Outdoor (Pty) Ltd|Cape Coffee Traders CC")},
	{code: "ar_EG", cc: "20", style: "ar",
		givenM: sp("محمد|أحمد|يوسف|عمر|كريم|مصطفى"), givenF: sp("فاطمة|مريم|نور|سلمى|هبة|ياسمين"),
		family: sp("عبد الرحمن|السيد|حسن|إبراهيم|الشافعي|منصور|عبد العزيز|فؤاد"),
		latM:   sp("Mohamed|Ahmed|Youssef|Omar|Karim|Mostafa"), latF: sp("Fatma|Mariam|Nour|Salma|Heba|Yasmin"),
		latFam: sp("Abdel Rahman|El-Sayed|Hassan|Ibrahim|El Shafei|Mansour|Abdel Aziz|Fouad"),
		phones: sp("intl:+20 1NN XXXX XXXX|nat:01NN XXXX XXXX|compact:01NNXXXXXXXX|native:٠١NN XXXX XXXX|land:(02) 2XXX XXXX"), native: "٠١٢٣٤٥٦٧٨٩",
		streets: sp("التحرير|قصر النيل|جامعة الدول العربية|مصدق|شهاب"), addr: "{n} شارع {s}، {c}",
		cities: sp("الدقي، الجيزة|12XXX|المهندسين، الجيزة|12XXX|مدينة نصر، القاهرة|11XXX|الزمالك، القاهرة|11XXX"), domains: sp("gmail.com|yahoo.com|hotmail.com"),
		pwKeys: sp("كلمة_المرور|password|كلمةالسر"), otp: "رمز التحقق الخاص بك هو %s", nameKey: "الاسم", phoneKey: "رقم_الهاتف", addrKey: "العنوان",
		money: sp("EGP ¹,⁰⁰⁰.⁰⁰|¹⁰,⁰⁰⁰ ج.م|E£ ¹⁰⁰.⁰⁰"), companies: sp("Nile Home Appliances S.A.E.|Delta Trading Co.")},
	{code: "fr_MA", cc: "212", style: "plain",
		givenM: sp("Youssef|Mehdi|Amine|Hamza|Othmane|Anas"), givenF: sp("Fatima-Zahra|Salma|Khadija|Imane|Meryem|Hajar"),
		family:  sp("El Amrani|Benjelloun|Alaoui|Bennani|Tazi|El Idrissi|Berrada|Chraibi|Lahlou|Ait Ben Hadou"),
		phones:  sp("intl:+212 6NN-XXXXXX|nat:06 NN XX XX XX|dots:06.NN.XX.XX.XX|compact:06NNXXXXXX|paren:(+212) 6 NN XX XX XX"),
		streets: sp("Ibn Battouta|Moulay Youssef|Abdelmoumen|Zerktouni|Mohammed V|Al Massira"), addr: "Appt {a}, Imm. {n}, Bd {s}, {c}",
		cities: sp("Maârif, Casablanca|20XXX|Agdal, Rabat|10XXX|Guéliz, Marrakech|40XXX|Tanger|90XXX"), domains: sp("gmail.com|menara.ma|hotmail.fr"),
		pwKeys: sp("mot_de_passe|motdepasse|mdp"), otp: "Votre code de vérification est %s", nameKey: "nom_complet", phoneKey: "téléphone", addrKey: "adresse",
		money: sp("¹⁰⁰,⁰⁰ MAD|¹ ⁰⁰⁰,⁰⁰ DH|MAD ¹,⁰⁰⁰.⁰⁰"), companies: sp("Atlas Distribution SARL|Souk Digital SA")},
	{code: "sv_SE", cc: "46", style: "plain",
		givenM: sp("Elias|Oskar|Hugo|Nils|Axel|Gustav"), givenF: sp("Astrid|Maja|Ebba|Linnéa|Saga|Ingrid"),
		family:  sp("Andersson|Johansson|Lindqvist|Bergström|Nyström|Åkesson|Sjöberg|Lundgren|Holmqvist"),
		phones:  sp("intl:+46 7N-XXX XX XX|nat:07N-XXX XX XX|nat:07N XXX XX XX|land:08-NXX XX XX|compact:+467NXXXXXXX"),
		streets: sp("Drottninggatan|Storgatan|Kungsgatan|Sveavägen|Götgatan|Hornsgatan"), addr: "{s} {n}, lgh 1{a}0{a}, {z} {c}",
		cities: sp("Stockholm|1NX XX|Göteborg|41X XX|Malmö|21X XX|Uppsala|75X XX"), ibanCC: "SE", domains: sp("gmail.com|telia.com|hotmail.se"),
		pwKeys: sp("lösenord|losenord"), otp: "Din verifieringskod är %s", nameKey: "namn", phoneKey: "telefonnummer", addrKey: "adress",
		money: sp("¹ ⁰⁰⁰,⁰⁰ kr|¹⁰⁰,⁰⁰ SEK|SEK ¹⁰ ⁰⁰⁰"), companies: sp("Nordic Outdoor AB|Skärgård Handel AB")},
	{code: "nb_NO", cc: "47", style: "plain",
		givenM: sp("Sindre|Håkon|Eirik|Magnus|Sverre|Øystein"), givenF: sp("Ingrid|Solveig|Sigrid|Ragnhild|Tuva|Marte"),
		family:  sp("Hansen|Johansen|Bakke|Solberg|Haugen|Østby|Brekke|Lie|Halvorsen"),
		phones:  sp("intl:+47 4NX XX XXX|nat:4NX XX XXX|pairs:NX XX XX XX|compact:+474NXXXXXX|intl:+47 9NX XX XXX"),
		streets: sp("Karl Johans gate|Thorvald Meyers gate|Storgata|Bogstadveien|Markveien|Grünerløkka"), addr: "{s} {n}, {z} {c}",
		cities: sp("Oslo|0NXX|Bergen|50XX|Trondheim|70XX|Stavanger|40XX"), ibanCC: "NO", domains: sp("gmail.com|online.no|hotmail.no"),
		pwKeys: sp("passord"), otp: "Din engangskode er %s", nameKey: "navn", phoneKey: "mobilnummer", addrKey: "adresse",
		money: sp("kr ¹ ⁰⁰⁰,⁰⁰|¹⁰⁰,- ¹OK|¹OK ¹⁰ ⁰⁰⁰,00"), companies: sp("Fjord Handel AS|Ålesund Fisk AS")},
	{code: "da_DK", cc: "45", style: "plain",
		givenM: sp("Magnus|Frederik|Mikkel|Rasmus|Søren|Anders"), givenF: sp("Freja|Ida|Karoline|Mette|Signe|Astrid"),
		family:  sp("Nielsen|Jørgensen|Sørensen|Kristensen|Mikkelsen|Ravn|Thomsen|Kjærgaard"),
		phones:  sp("intl:+45 NX XX XX XX|nat:NX XX XX XX|compact:NXXXXXXX|intl:+45 NXXX XXXX|paren:(+45) NXXXXXXX"),
		streets: sp("Nørrebrogade|Vesterbrogade|Åboulevarden|Amagerbrogade|Jægersborggade|Istedgade"), addr: "{s} {n}, {a}. th., {z} {c}",
		cities: sp("København N|2200|Aarhus C|8000|Odense C|5000|Aalborg|9000"), ibanCC: "DK", domains: sp("gmail.com|mail.dk|jubii.dk"),
		pwKeys: sp("adgangskode"), otp: "Din bekræftelseskode er %s", nameKey: "navn", phoneKey: "telefon", addrKey: "adresse",
		money: sp("¹.⁰⁰⁰,⁰⁰ kr.|DKK ¹⁰⁰,⁰⁰|kr. ¹⁰.⁰⁰⁰"), companies: sp("Dansk Cykel ApS|Kattegat Kaffe A/S")},
	{code: "fi_FI", cc: "358", style: "plain",
		givenM: sp("Eetu|Väinö|Juhani|Aleksi|Onni|Tapio"), givenF: sp("Aino|Helmi|Siiri|Kerttu|Venla|Elina"),
		family:  sp("Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Heikkinen|Järvinen|Lehtonen|Koskinen"),
		phones:  sp("intl:+358 40 NXX XXXX|nat:040 NXX XXXX|dash:050-NXXXXXX|compact:+35845NXXXXXX|land:09 NXXX XXXX"),
		streets: sp("Mannerheimintie|Hämeentie|Aleksanterinkatu|Itäinen Pitkäkatu|Hatanpään valtatie|Kauppakatu"), addr: "{s} {n} A {a}, {z} {c}",
		cities: sp("Helsinki|00NX0|Tampere|33NX0|Turku|20NX0|Oulu|90NX0"), ibanCC: "FI", domains: sp("gmail.com|elisanet.fi|luukku.com"),
		pwKeys: sp("salasana"), otp: "Vahvistuskoodisi on %s", nameKey: "nimi", phoneKey: "puhelinnumero", addrKey: "osoite",
		money: sp("¹ ⁰⁰⁰,⁰⁰ €|¹⁰⁰,⁰⁰ EUR|EUR ¹⁰,⁰⁰"), companies: sp("Suomen Kahvila Oy|Saimaa Tukku Oy")},
	{code: "cs_CZ", cc: "420", style: "plain",
		givenM: sp("Jakub|Vojtěch|Ondřej|Tomáš|Lukáš|Matěj"), givenF: sp("Tereza|Kateřina|Eliška|Veronika|Markéta|Zuzana"),
		family:  sp("Novák/Nováková|Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|Kučera/Kučerová|Veselý/Veselá|Horák/Horáková|Svoboda/Svobodová"),
		phones:  sp("intl:+420 6NX XXX XXX|nat:6NX XXX XXX|compact:7NXXXXXXX|intl:+420 7NX XXX XXX|dash:+420-6NX-XXX-XXX"),
		streets: sp("Vinohradská|Národní|Plzeňská|Karlova|Bělehradská|Masarykova"), addr: "{s} {n}/{a}{a}, {z} {c}",
		cities: sp("Praha 3|130 00|Brno|602 00|Ostrava|702 00|Plzeň|301 00"), ibanCC: "CZ", domains: sp("seznam.cz|email.cz|centrum.cz"),
		pwKeys: sp("heslo"), otp: "Váš ověřovací kód je %s", nameKey: "jmeno", phoneKey: "telefon", addrKey: "adresa",
		money: sp("¹ ⁰⁰⁰,⁰⁰ Kč|¹⁰ ⁰⁰⁰ Kč|CZK ¹⁰⁰,⁰⁰"), companies: sp("Vltava Obchod s.r.o.|Moravská obchodní a.s.")},
	{code: "hu_HU", cc: "36", style: "fg",
		givenM: sp("Bence|Levente|Gergő|Ádám|Máté|Zoltán"), givenF: sp("Zsófia|Eszter|Réka|Boglárka|Anna|Katalin"),
		family:  sp("Nagy|Kovács|Szabó|Tóth|Horváth|Varga|Kiss|Molnár|Farkas|Balogh"),
		phones:  sp("intl:+36 20 NXX XXXX|nat:06 20 NXX XXXX|slash:06-30/NXX-XXXX|paren:(06 1) NXX XXXX|compact:+3670NXXXXXX"),
		streets: sp("Andrássy út|Kossuth Lajos utca|Petőfi Sándor utca|Váci utca|Rákóczi út|Dózsa György út"), addr: "{z} {c}, {s} {n}. {a}. em. {a}.",
		cities: sp("Budapest|10NX|Debrecen|40XX|Szeged|67XX|Pécs|76XX"), ibanCC: "HU", domains: sp("freemail.hu|gmail.com|citromail.hu"),
		pwKeys: sp("jelszó|jelszo"), otp: "Az ellenőrző kódod: %s", nameKey: "nev", phoneKey: "telefonszam", addrKey: "cim",
		money: sp("¹⁰ ⁰⁰⁰ Ft|¹ ⁰⁰⁰ ⁰⁰⁰ Ft|HUF ¹⁰ ⁰⁰⁰"), companies: sp("Tisza Kereskedelmi Kft.|Dunai Kereskedelmi Zrt.")},
	{code: "ro_RO", cc: "40", style: "plain",
		givenM: sp("Mihai|Răzvan|Ștefan|Andrei|Bogdan|Cristian"), givenF: sp("Andreea|Ioana|Elena|Alexandra|Bianca|Roxana"),
		family:  sp("Popescu|Ionescu|Dumitrescu|Stan|Constantinescu|Munteanu|Georgescu|Stoica"),
		phones:  sp("intl:+40 7NX XXX XXX|nat:07NX XXX XXX|dots:07NX.XXX.XXX|compact:07NXXXXXXX|land:021 NXX XXXX"),
		streets: sp("Mihai Eminescu|Calea Victoriei|Lipscani|Dorobanților|Ion Creangă|Mărășești"), addr: "Str. {s} nr. {n}, bl. {a}, sc. B, ap. {a}{a}, {c} {z}",
		cities: sp("București|0NXXXX|Cluj-Napoca|400XXX|Iași|700XXX|Timișoara|300XXX"), ibanCC: "RO", domains: sp("yahoo.com|gmail.com|yahoo.ro"),
		pwKeys: sp("parola"), otp: "Codul tău de verificare este %s", nameKey: "nume", phoneKey: "telefon", addrKey: "adresa",
		money: sp("¹.⁰⁰⁰,⁰⁰ lei|RO¹ ¹⁰⁰,⁰⁰|¹⁰,⁰⁰ RO¹"), companies: sp("Carpați Distribuție SRL|Dunărea Trade SA")},
	{code: "el_GR", cc: "30", style: "plain",
		givenM: sp("Γιώργος|Δημήτρης|Κωνσταντίνος|Νίκος|Παναγιώτης|Χρήστος"), givenF: sp("Μαρία|Ελένη|Αικατερίνη|Σοφία|Βασιλική|Δέσποινα"),
		family: sp("Παπαδόπουλος/Παπαδοπούλου|Γεωργίου/Γεωργίου|Οικονόμου/Οικονόμου|Καραγιάννης/Καραγιάννη|Νικολαΐδης/Νικολαΐδου|Βλάχος/Βλάχου"),
		latM:   sp("Giorgos|Dimitris|Konstantinos|Nikos|Panagiotis|Christos"), latF: sp("Maria|Eleni|Aikaterini|Sofia|Vasiliki|Despoina"),
		latFam:  sp("Papadopoulos/Papadopoulou|Georgiou/Georgiou|Oikonomou/Oikonomou|Karagiannis/Karagianni|Nikolaidis/Nikolaidou|Vlachos/Vlachou"),
		phones:  sp("intl:+30 69N XXX XXXX|nat:69N XXX XXXX|land:210 NXX XXXX|compact:69NXXXXXXX|paren:(+30) 69N-XXX-XXXX"),
		streets: sp("Ερμού|Πανεπιστημίου|Ακαδημίας|Κηφισίας|Τσιμισκή|Αγίου Δημητρίου"), addr: "{s} {n}, {z} {c}",
		cities: sp("Αθήνα|10X XX|Θεσσαλονίκη|54X XX|Πάτρα|26X XX|Ηράκλειο|71X XX"), ibanCC: "GR", domains: sp("gmail.com|yahoo.gr|otenet.gr"),
		pwKeys: sp("κωδικός|kodikos"), otp: "Ο κωδικός επαλήθευσης είναι %s", nameKey: "όνομα", phoneKey: "τηλέφωνο", addrKey: "διεύθυνση",
		money: sp("¹.⁰⁰⁰,⁰⁰ €|¹⁰⁰,⁰⁰ €|EUR ¹⁰,⁰⁰"), companies: sp("Αιγαίο Εμπορική Α.Ε.|Hellas Logistics IKE")},
	{code: "bg_BG", cc: "359", style: "patr",
		givenM: sp("Георги|Иван|Николай|Димитър|Стоян|Петър"), givenF: sp("Мария|Десислава|Цветелина|Гергана|Ралица|Надежда"),
		family: sp("Иванов/Иванова|Петров/Петрова|Георгиев/Георгиева|Димитров/Димитрова|Стоянов/Стоянова|Николов/Николова"),
		latM:   sp("Georgi|Ivan|Nikolay|Dimitar|Stoyan|Petar"), latF: sp("Maria|Desislava|Tsvetelina|Gergana|Ralitsa|Nadezhda"),
		latFam:  sp("Ivanov/Ivanova|Petrov/Petrova|Georgiev/Georgieva|Dimitrov/Dimitrova|Stoyanov/Stoyanova|Nikolov/Nikolova"),
		phones:  sp("intl:+359 8N XXX XXXX|nat:08N XXX XXXX|pairs:0888 XX XX XX|compact:+3598NXXXXXXX|land:02 9XX XX XX"),
		streets: sp("Витоша|Граф Игнатиев|Оборище|Цар Симеон|Шипка|Раковски"), addr: "ул. „{s}“ № {n}, ет. {a}, ап. {a}{a}, {z} {c}",
		cities: sp("София|1NXX|Пловдив|40XX|Варна|90XX|Бургас|80XX"), ibanCC: "BG", domains: sp("abv.bg|mail.bg|gmail.com"),
		pwKeys: sp("парола|parola"), otp: "Вашият код за потвърждение е %s", nameKey: "име", phoneKey: "телефон", addrKey: "адрес",
		money: sp("¹ ⁰⁰⁰,⁰⁰ лв.|¹⁰⁰,⁰⁰ BG¹|BG¹ ¹⁰,⁰⁰"), companies: sp("Витоша Трейд ЕООД|Balkan Parcel OOD")},
	{code: "kk_KZ", cc: "7", style: "patr",
		givenM: sp("Нұрлан|Ерлан|Дәурен|Асхат|Бауыржан|Ержан"), givenF: sp("Айгерім|Әсел|Жанар|Гүлнар|Динара|Сәуле"),
		family: sp("Сәрсенбаев/Сәрсенбаева|Жұмабеков/Жұмабекова|Оспанов/Оспанова|Нұрғалиев/Нұрғалиева|Ахметов/Ахметова|Төлеуов/Төлеуова"),
		latM:   sp("Nurlan|Yerlan|Dauren|Askhat|Baurzhan|Yerzhan"), latF: sp("Aigerim|Assel|Zhanar|Gulnar|Dinara|Saule"),
		latFam:  sp("Sarsenbayev/Sarsenbayeva|Zhumabekov/Zhumabekova|Ospanov/Ospanova|Nurgaliyev/Nurgaliyeva|Akhmetov/Akhmetova|Tuleuov/Tuleuova"),
		phones:  sp("intl:+7 7NX XXX XX XX|trunk:8 (7NX) XXX-XX-XX|compact:87NXXXXXXXX|trunk:8 7NX XXX-XX-XX|paren:+7 (7NX) XXX-XX-XX"),
		streets: sp("Абай даңғылы|Достық даңғылы|Төле би көшесі|Сәтпаев көшесі|Жібек жолы|Қабанбай батыр"), addr: "{c}, {s}, {n}-үй, {a}{a}-пәтер, {z}",
		cities: sp("Алматы|A05X0XX|Астана|Z10X0XX|Шымкент|X12X0XX|Қарағанды|M00X0XX"), ibanCC: "KZ", domains: sp("mail.ru|mail.kz|gmail.com"),
		pwKeys: sp("құпиясөз|пароль|parol"), otp: "Растау коды: %s. Ешкімге айтпаңыз.", nameKey: "аты_жөні", phoneKey: "телефон", addrKey: "мекенжай",
		money: sp("¹⁰ ⁰⁰⁰ ₸|¹ ⁰⁰⁰ ⁰⁰⁰ тг|KZT ¹⁰⁰ ⁰⁰⁰"), companies: sp("Дала Сауда ЖШС|Steppe Cargo LLP")},
	{code: "uz_UZ", cc: "998", style: "patr",
		givenM: sp("Sardor|Jasur|Bekzod|Otabek|Sherzod|Ulug'bek"), givenF: sp("Dilnoza|Gulnora|Madina|Nodira|Shahnoza|Zarina"),
		family:  sp("Karimov/Karimova|Rashidov/Rashidova|Yusupov/Yusupova|Tursunov/Tursunova|Xo'jayev/Xo'jayeva|Abdullayev/Abdullayeva"),
		phones:  sp("intl:+998 9N XXX XX XX|nat:9N XXX-XX-XX|paren:(9N) XXX XX XX|compact:+9989NXXXXXXX|cc-nospace:9989NXXXXXXX"),
		streets: sp("Amir Temur|Navoiy|Bobur|Shota Rustaveli|Mustaqillik|Bunyodkor"), addr: "{c} sh., {s} ko'chasi, {n}-uy, {a}{a}-xonadon, {z}",
		cities: sp("Toshkent|100XXX|Samarqand|140XXX|Buxoro|200XXX|Namangan|160XXX"), domains: sp("mail.ru|gmail.com|umail.uz"),
		pwKeys: sp("parol|maxfiy_soz"), otp: "Tasdiqlash kodi: %s. Uni hech kimga bermang.", nameKey: "ism", phoneKey: "telefon_raqami", addrKey: "manzil",
		money: sp("¹⁰⁰ ⁰⁰⁰ so'm|¹ ⁰⁰⁰ ⁰⁰⁰ UZS|UZS ¹⁰ ⁰⁰⁰ ⁰⁰⁰"), companies: sp("Ipak Yo'li Savdo MChJ|Samarkand Silk LLC")},
	{code: "bn_BD", cc: "880", style: "bn",
		givenM: sp("তানভীর|আরিফ|রহিম|সাকিব|মাহমুদ|ইমরান"), givenF: sp("ফাতেমা|নুসরাত|সুমাইয়া|তাসলিমা|রুমানা|শারমিন"),
		family: sp("হোসেন|রহমান|চৌধুরী|ইসলাম|আহমেদ|সরকার"),
		latM:   sp("Tanvir|Arif|Rahim|Sakib|Mahmud|Imran"), latF: sp("Fatema|Nusrat|Sumaiya|Taslima|Rumana|Sharmin"),
		latFam: sp("Hossain|Rahman|Chowdhury|Islam|Ahmed|Sarkar"),
		phones: sp("intl:+880 1NXX-XXXXXX|nat:01NXX-XXXXXX|compact:01NXXXXXXXX|native:০১NXX-XXXXXX|cc-nospace:8801NXXXXXXXX"), native: "০১২৩৪৫৬৭৮৯",
		streets: sp("House ¹⁰, Road ¹|Plot ¹⁰, Road ¹⁰|বাড়ি ¹⁰, রোড ¹|House ¹⁰⁰, Lane ¹"), addr: "{s}, {c}",
		cities: sp("Dhanmondi, Dhaka|1209|Gulshan-2, Dhaka|1212|Uttara, Dhaka|1230|Agrabad, Chattogram|4100"), domains: sp("gmail.com|yahoo.com"),
		pwKeys: sp("পাসওয়ার্ড|password"), otp: "আপনার যাচাইকরণ কোড %s", nameKey: "নাম", phoneKey: "মোবাইল", addrKey: "ঠিকানা",
		money: sp("৳¹,⁰⁰⁰|BDT ¹⁰,⁰⁰⁰.⁰⁰|Tk. ¹,⁰⁰⁰"), companies: sp("Padma Traders Ltd.|Bengal Courier Services")},
	{code: "ne_NP", cc: "977", style: "plain",
		givenM: sp("राजेश|प्रकाश|बिकाश|सन्दीप|रमेश|अनिल"), givenF: sp("सुनिता|सरिता|अनिता|पूजा|सीता|कमला"),
		family: sp("श्रेष्ठ|थापा|गुरुङ|अधिकारी|पौडेल|तामाङ|खड्का"),
		latM:   sp("Rajesh|Prakash|Bikash|Sandeep|Ramesh|Anil"), latF: sp("Sunita|Sarita|Anita|Pooja|Sita|Kamala"),
		latFam: sp("Shrestha|Thapa|Gurung|Adhikari|Poudel|Tamang|Khadka"),
		phones: sp("intl:+977 98NXXXXXXX|nat:98NX-XXXXXX|compact:98NXXXXXXX|native:९८NX-XXXXXX|land:01-4XXXXXX"), native: "०१२३४५६७८९",
		streets: sp("Jhamsikhel Marg|Baluwatar Marg|Durbar Marg|Lazimpat Sadak|Pulchowk Marg|Mandikhatar Marg"), addr: "House {n}, {s}, Ward No. {a}, {c}",
		cities: sp("Kathmandu|44600|Lalitpur|44700|Pokhara|33700|Bhaktapur|44800"), domains: sp("gmail.com|yahoo.com|wlink.com.np"),
		pwKeys: sp("पासवर्ड|password"), otp: "तपाईंको प्रमाणीकरण कोड %s हो", nameKey: "नाम", phoneKey: "मोबाइल", addrKey: "ठेगाना",
		money: sp("रु ¹,⁰⁰⁰|¹PR ¹⁰,⁰⁰⁰.⁰⁰|Rs. ¹,⁰⁰⁰"), companies: sp("Himalayan Handicraft Pvt. Ltd.|Everest Cargo Pvt. Ltd.")},
	{code: "en_US", cc: "1", style: "us",
		phones:  sp("paren:(NXX) NXX-XXXX|dots:NXX.NXX.XXXX|intl:+1 NXX-NXX-XXXX|intl:+1 (NXX) NXX-XXXX|dash:NXX-NXX-XXXX"),
		streets: nil, addr: "{s}, {c}",
		cities: sp("Austin, TX|787XX|Columbus, OH|432XX|Portland, OR|972XX|Raleigh, NC|276XX"), domains: sp("gmail.com|yahoo.com|icloud.com|outlook.com"),
		pwKeys: sp("password|passwd|db_pass"), otp: "Your verification code is %s", nameKey: "name", phoneKey: "phone", addrKey: "address",
		money: sp("$¹,⁰⁰⁰.⁰⁰|USD ¹⁰⁰.⁰⁰|$¹⁰.⁰⁰"), companies: sp("Lakeside Outfitters LLC|Blue Ridge Supply Co.")},
	{code: "de_DE", cc: "49", style: "de",
		givenM: sp("Lukas|Jonas|Maximilian|Felix|Jürgen|Tobias"), givenF: sp("Hannah|Leonie|Katharina|Sabine|Jana|Lena"),
		family:  sp("Müller|Schmidt|Schneider|Weiß|Krüger|Hoffmann|Schäfer|Becker|Wagner"),
		phones:  sp("intl:+49 15N XXXXXXXX|nat:015N XXXXXXXX|slash:030/NXXXXXXX|paren:+49 (0) 17N XXX XXXX|dash:0176-NXXX XXXX"),
		streets: sp("Hauptstraße|Bahnhofstr.|Lindenallee|Am Mühlbach|Schillerstraße|Goethestr."), addr: "{s} {n}, {z} {c}",
		cities: sp("Berlin|10XXX|Hamburg|20XXX|München|80XXX|Köln|50XXX"), ibanCC: "DE", domains: sp("gmx.de|web.de|t-online.de"),
		pwKeys: sp("passwort|kennwort"), otp: "Ihr Bestätigungscode lautet %s", nameKey: "name", phoneKey: "telefon", addrKey: "anschrift",
		money: sp("¹.⁰⁰⁰,⁰⁰ €|¹⁰⁰,⁰⁰ EUR|EUR ¹⁰,⁰⁰|CHF ¹'⁰⁰⁰.⁰⁰"), companies: sp("Alster Handels GmbH|Nordlicht Handels KG")},
	{code: "ja_JP", cc: "81", style: "cjk",
		givenM: sp("翔太|大輔|健一|拓海|悠斗"), givenF: sp("美咲|陽菜|由美|さくら|愛子"),
		family: sp("佐藤|鈴木|高橋|田中|渡辺|伊藤|山本"),
		latM:   sp("Shota|Daisuke|Kenichi|Takumi|Yuto"), latF: sp("Misaki|Hina|Yumi|Sakura|Aiko"),
		latFam:  sp("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto"),
		phones:  sp("nat:090-NXXX-XXXX|nat:080-NXXX-XXXX|intl:+81 90-NXXX-XXXX|compact:070NXXXXXXX|land:03-NXXX-XXXX"),
		streets: sp("神南|道玄坂|恵比寿西|西新宿|銀座|梅田"), addr: "〒{z} {c}{s}{a}-{a}-{n}",
		cities: sp("東京都渋谷区|150-XXXX|東京都新宿区|160-XXXX|大阪府大阪市北区|530-XXXX|東京都中央区|104-XXXX"), domains: sp("docomo.ne.jp|gmail.com|yahoo.co.jp"),
		pwKeys: sp("パスワード|password"), otp: "認証コードは%sです", nameKey: "氏名", phoneKey: "電話番号", addrKey: "住所",
		money: sp("¥¹⁰,⁰⁰⁰|¹⁰,⁰⁰⁰円|JPY ¹,⁰⁰⁰"), companies: sp("株式会社さくら商事|Yamato Goods K.K.")},
	{code: "zh_CN", cc: "86", style: "cjk",
		givenM: sp("伟|磊|强|建国|子轩"), givenF: sp("芳|娜|静|秀英|雨涵"),
		family: sp("王|李|张|刘|陈|杨|欧阳"),
		latM:   sp("Wei|Lei|Qiang|Jianguo|Zixuan"), latF: sp("Fang|Na|Jing|Xiuying|Yuhan"),
		latFam:  sp("Wang|Li|Zhang|Liu|Chen|Yang|Ouyang"),
		phones:  sp("compact:13NXXXXXXXX|intl:+86 13N XXXX XXXX|dash:15N-XXXX-XXXX|intl:+86-18NXXXXXXXX|spaced:17N XXXX XXXX"),
		streets: sp("建国路|南京西路|天府大道|中山北路|解放路|人民路"), addr: "{c}{s}{n}号{a}栋{a}0{a}室",
		cities: sp("北京市朝阳区|1000XX|上海市静安区|2000XX|成都市武侯区|6100XX|广州市天河区|5106XX"), domains: sp("qq.com|163.com|126.com"),
		pwKeys: sp("密码|password"), otp: "您的验证码是%s，5分钟内有效。", nameKey: "收件人", phoneKey: "手机号", addrKey: "收货地址",
		money: sp("¥¹,⁰⁰⁰.⁰⁰|C¹Y ¹⁰⁰.⁰⁰|¹⁰⁰.⁰⁰元"), companies: sp("深圳市华强电子有限公司|Hangzhou Silk Trading Co., Ltd.")},
}

func (l *locale) String() string { return l.code }

var localeByCode = func() map[string]*locale {
	m := map[string]*locale{}
	for _, l := range locales {
		m[l.code] = l
	}
	return m
}()

// particles are name words that identify no one.
var particles = map[string]bool{
	"de": true, "del": true, "la": true, "las": true, "los": true, "van": true, "der": true, "den": true, "von": true,
	"du": true, "le": true, "el": true, "al": true, "bin": true, "binti": true, "ibn": true, "abdel": true, "abd": true,
	"md.": true, "md": true, "dr.": true, "dr": true, "ait": true, "ben": true, "o'g'li": true, "qizi": true, "ұлы": true, "қызы": true,
	"uly": true, "kyzy": true, "y": true, "e": true, "da": true, "dos": true, "das": true,
}

// person is one buyer.
type person struct {
	loc        *locale
	name       string // as written in this line
	nameClass  string
	first      string // given name alone (same script as name)
	latin      string // romanised full name (for e-mails)
	phone      string
	phoneClass string
	phoneE164  string // +CC and digits
	email      string
	emailClass string
	addr       address
}

type address struct {
	line   string // the full address
	street string // the street line
	frags  []string
	city   string
	zip    string
	class  string
}

func (b *B) person(l *locale) person {
	p := person{loc: l}
	p.name, p.nameClass, p.first, p.latin = b.name(l)
	p.phone, p.phoneClass, p.phoneE164 = b.phone(l)
	p.email, p.emailClass = b.email(l, p.latin)
	p.addr = b.address(l)
	return p
}

func famForm(s string, fem bool) string {
	m, f, ok := strings.Cut(s, "/")
	if !ok {
		return s
	}
	if fem {
		return f
	}
	return m
}

// name returns the name as written, its class, the given name alone and the
// romanised name.
func (b *B) name(l *locale) (string, string, string, string) {
	fem := b.chance(0.5)
	if l.style == "us" {
		g, f := b.f.FirstName(), b.f.LastName()
		switch b.intn(4) {
		case 0:
			full := g + " " + string(rune('A'+b.intn(26))) + ". " + f
			return full, "latin-initial", g, full
		case 1:
			full := strings.ToUpper(g + " " + f)
			return full, "upper", g, full
		}
		return g + " " + f, "latin", g, g + " " + f
	}
	gl, fl := l.givenM, l.family
	lg, lf := l.latM, l.latFam
	if fem {
		gl, lg = l.givenF, l.latF
	}
	gi, fi := b.intn(len(gl)), b.intn(len(fl))
	given, fam := gl[gi], famForm(fl[fi], fem)
	latG, latF := given, fam
	if lg != nil {
		latG, latF = lg[gi], famForm(lf[fi], fem)
	}
	useLat := lg != nil && b.chance(0.35)
	class := "local"
	if lg != nil && !useLat {
		class = "script"
	}
	if useLat {
		given, fam, class = latG, latF, "romanised"
	}
	var full string
	switch l.style {
	case "es":
		fam2 := famForm(fl[(fi+1+b.intn(len(fl)-1))%len(fl)], fem)
		switch b.intn(3) {
		case 0:
			full, class = given+" "+fam+" "+fam2, class+"-double"
			latF = fam + " " + fam2
		case 1:
			full, class = given+" "+fam+" de "+fam2, class+"-particle"
		default:
			full = given + " " + fam
		}
	case "fg":
		full = fam + " " + given
		if b.chance(0.2) {
			full, class = "dr. "+full, class+"-title"
		}
		latG, latF = fam, given
	case "cjk":
		if useLat {
			if b.chance(0.5) {
				full, class = strings.ToUpper(fam)+" "+given, "romanised-upper"
			} else {
				full = given + " " + fam
			}
		} else if l.code == "zh_CN" {
			full = fam + given
		} else {
			full = fam + " " + given
			if b.chance(0.3) {
				full = fam + given
			}
		}
	case "patr":
		fatherM := l.givenM
		if useLat {
			fatherM = l.latM
			if fatherM == nil {
				fatherM = l.givenM
			}
		}
		father := fatherM[b.intn(len(fatherM))]
		switch l.code {
		case "bg_BG":
			suf := "ов"
			if useLat {
				suf = "ov"
			}
			if fem {
				suf += map[bool]string{true: "a", false: "а"}[useLat]
			}
			full, class = given+" "+strings.TrimSuffix(father, "й")+suf+" "+fam, class+"-patronymic"
		case "kk_KZ":
			if b.chance(0.5) {
				suf := " ұлы"
				if fem {
					suf = " қызы"
				}
				if useLat {
					suf = map[bool]string{true: " kyzy", false: " uly"}[fem]
				}
				full, class = fam+" "+given+" "+father+suf, class+"-patronymic"
			} else {
				full = given + " " + fam
			}
		default: // uz
			if b.chance(0.5) {
				suf := " o'g'li"
				if fem {
					suf = " qizi"
				}
				full, class = fam+" "+given+" "+father+suf, class+"-patronymic"
			} else {
				full = given + " " + fam
			}
		}
	case "ar":
		father := l.givenM[b.intn(len(l.givenM))]
		if useLat {
			father = l.latM[b.intn(len(l.latM))]
		}
		full, class = given+" "+father+" "+fam, class+"-triple"
	case "bn":
		full = given + " " + fam
		if !fem && b.chance(0.5) {
			if useLat {
				full = "Md. " + full
			} else {
				full = "মোঃ " + full
			}
			class += "-md"
		}
	default:
		full = given + " " + fam
	}
	if !strings.HasPrefix(class, "script") && l.style != "cjk" && b.chance(0.12) {
		full, class = strings.ToUpper(full), class+"-upper"
	}
	return full, class, given, latG + " " + latF
}

// phone returns a number as typed, its class, and its E.164 form.
func (b *B) phone(l *locale) (string, string, string) {
	pat := b.pick(l.phones)
	class, p, _ := strings.Cut(pat, ":")
	s := b.fill(p)
	if class == "native" {
		// the pattern's own native digits are kept; X/N were filled with ASCII
		rs := []rune(l.native)
		var sb strings.Builder
		for _, r := range s {
			if r >= '0' && r <= '9' {
				sb.WriteRune(rs[r-'0'])
			} else {
				sb.WriteRune(r)
			}
		}
		s = sb.String()
	}
	return s, l.code[3:] + "/" + class, "+" + l.cc + nationalDigits(digitsOnly(normDigits(s)), l.cc)
}

func digitsOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func nationalDigits(d, cc string) string {
	d = strings.TrimPrefix(d, cc)
	return strings.TrimLeft(d, "0")
}

var translit = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ü", "u", "ö", "o", "ä", "a", "å", "a",
	"ø", "o", "æ", "ae", "ő", "o", "ű", "u", "ș", "s", "ț", "t", "ă", "a", "â", "a", "î", "i", "č", "c", "ř", "r", "ž", "z", "š", "s",
	"ě", "e", "ý", "y", "ů", "u", "'", "", "ß", "ss", "ň", "n", "ď", "d", "ť", "t", "ç", "c", "è", "e", "ê", "e", "ë", "e")

func (b *B) email(l *locale, latin string) (string, string) {
	dom := b.pick(l.domains)
	parts := strings.Fields(strings.ToLower(translit.Replace(strings.ToLower(latin))))
	for i := range parts {
		parts[i] = strings.Trim(parts[i], ".-")
	}
	local, class := "", "name"
	switch b.intn(6) {
	case 0:
		local = strings.Join(parts, ".")
	case 1:
		local = parts[0] + "." + parts[len(parts)-1] + "+" + b.pick([]string{"shop", "orders", "promo", "amazon", "tienda"})
		class = "plus-tag"
	case 2:
		local = string([]rune(parts[0])[0]) + parts[len(parts)-1] + b.digits(2)
	case 3:
		local = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '_' {
				return r
			}
			return -1
		}, strings.ToLower(b.f.Username()))
		if len(local) < 3 {
			local += b.from(lowerAN, 5)
		}
		local += b.digits(b.intn(4))
		class = "handle"
	case 4:
		local = strings.Join(parts, "_") + b.digits(4)
		dom = strings.ToUpper(dom)
		local = strings.ToUpper(local)
		class = "upper"
	default:
		idn := map[string][]string{
			"el_GR": {"ελένη.νίκου", "γιώργος.παππάς"}, "bg_BG": {"иван.петров", "мария.стоянова"},
			"kk_KZ": {"айгерім.оспанова"}, "de_DE": {"jürgen.weiß"}, "ja_JP": {"さくら.たなか"},
			"zh_CN": {"王小明"}, "ne_NP": {"सुनिता.थापा"}, "ar_EG": {"مريم.حسن"},
		}
		idom := map[string]string{"el_GR": "παράδειγμα.ελ", "bg_BG": "поща.бг", "kk_KZ": "пошта.қаз", "de_DE": "bücher-müller.de",
			"ja_JP": "例え.jp", "zh_CN": "公司.中国", "ne_NP": "उदाहरण.नेपाल", "ar_EG": "مثال.مصر"}
		if xs, ok := idn[l.code]; ok {
			local, dom, class = b.pick(xs)+b.digits(2), idom[l.code], "idn"
		} else {
			local = strings.Join(parts, "-") + b.digits(3)
			class = "name-digits"
		}
	}
	return local + "@" + dom, class
}

func (b *B) address(l *locale) address {
	cityZ := l.cities
	ci := b.intn(len(cityZ) / 2)
	city, zip := cityZ[2*ci], b.fill(cityZ[2*ci+1])
	var a address
	a.city, a.zip = city, zip
	if l.style == "us" {
		st := b.f.Street()
		if b.chance(0.3) {
			st += " Apt " + b.digits(3)
		}
		a.street = st
		a.line = st + ", " + city + " " + zip
		a.class = "us"
		a.frags = streetFrags(st)
		return a
	}
	st := b.fillD(b.pick(l.streets))
	// number the {a} slots so that the full line and the street line agree
	pat := l.addr
	for k := 0; strings.Contains(pat, "{a}"); k++ {
		pat = strings.Replace(pat, "{a}", fmt.Sprintf("{a%d}", k), 1)
	}
	vals := map[string]string{"{s}": st, "{n}": fmt.Sprint(b.between(1, 240)), "{c}": city, "{z}": zip}
	for k := 0; k < 8; k++ {
		vals[fmt.Sprintf("{a%d}", k)] = fmt.Sprint(b.between(1, 9))
	}
	fill := func(s string) string {
		for k, v := range vals {
			s = strings.ReplaceAll(s, k, v)
		}
		return s
	}
	// the street line: the pattern's segments that hold the street or the
	// house number, without city and postcode
	var segs []string
	for _, seg := range strings.Split(pat, ", ") {
		if !strings.Contains(seg, "{s}") && !strings.Contains(seg, "{n}") {
			continue
		}
		seg = strings.NewReplacer("〒{z} ", "", "{c}", "", "{z}", "").Replace(seg)
		segs = append(segs, strings.Trim(seg, "، "))
	}
	a.line = fill(pat)
	a.street = fill(strings.Join(segs, ", "))
	a.class = l.code[3:]
	a.frags = streetFrags(st)
	if len(a.frags) == 0 { // numeric street names: the street line itself
		a.frags = []string{a.street}
	}
	return a
}

// generic street words do not identify a street.
var genericStreet = map[string]bool{"street": true, "road": true, "avenue": true, "lane": true, "plot": true, "house": true, "marg": true,
	"sadak": true, "gate": true, "gata": true, "utca": true, "carrera": true, "calle": true, "transversal": true, "diagonal": true,
	"bahnhofstr.": true, "даңғылы": true, "көшесі": true, "ulica": true, "rua": true, "drive": true, "court": true, "suite": true,
	"bäder": true, "road,": true, "бул.": true, "jr.": true, "av.": true, "apt": true, "крайна": true, "вход": true,
	"вулиця": true, "বাড়ি": true, "রোড": true, "bd": true, "rue": true, "lgh": true, "batyr": true}

// streetFrags are the words of a street that identify it: four or more
// letters (two or more for CJK), not generic.
func streetFrags(st string) []string {
	var out []string
	for _, w := range strings.Fields(st) {
		lw := strings.ToLower(strings.Trim(w, ",.„“"))
		if genericStreet[lw] || genericStreet[lw+"."] {
			continue
		}
		rs := []rune(lw)
		if len(rs) > 0 && isHanKana(rs[0]) {
			if len(rs) >= 2 {
				out = append(out, lw)
			}
			continue
		}
		letters := 0
		for _, r := range rs {
			if r > '9' {
				letters++
			}
		}
		if letters >= 4 && len(rs) >= 4 {
			out = append(out, lw)
		}
	}
	return out
}
