package eighteentheval

import "strings"

// locale is one buyer population: names in their order and script, streets,
// towns and postcodes in the local format, mobile numbers, the words people
// write in messages, and mail domains.
type locale struct {
	code     string
	script   string // latin, vi, cjk, thai, khmer, other
	famFirst bool
	given    string // space separated ("_" joins the words of one entry)
	family   string
	roman    string // ASCII handles for mail addresses when names are not in Latin script
	streets  string // street names, "|" separated
	types    string // street types, "," separated ("" for compounds)
	addr     string // {n} house, {s} street, {t} type, {u} unit, {c} town, {p} postcode
	cities   string // "|" separated
	post     string // '#' digit, 'A' letter
	cc       string
	trunk    string
	pre      string // mobile prefixes of the national significant number
	nlen     int    // its length
	nat      string // digit groups of trunk+number
	intl     string // digit groups of the number after the country code
	zero     rune   // native zero digit, 0 when none
	lex      string // hello|name|phone|address|email|thanks|code|order|please|delivery
	dom      string
}

var locales = []locale{
	{code: "en_US", script: "latin",
		given:   "Brandon Kayla Tyler Destiny Marcus Jasmine Caleb Brianna Dustin Shelby Travis Courtney Hunter Savannah Garrett Kelsey Colton Brittany Dakota Makayla Landon Aubrey Chase Kendall",
		family:  "Whitfield Okafor Delgado Haskins Pruitt Calloway Brennan Schuyler Tillman Vasquez Hargrove Lindqvist Maddox Rutledge Kowalczyk Fairbanks Castellano Dunleavy Merriweather Ashby Stroud Pennington Galloway Thibodeaux",
		streets: "Wexford|Larkspur|Brookhaven|Cottonwood|Sagebrush|Foxglove|Whitmore|Juniper|Ridgecrest|Belmont|Tamarack|Hollister",
		types:   "St,Ave,Rd,Dr,Ln,Blvd,Ct,Way", addr: "{n} {s} {t}{u}, {c} {p}",
		cities: "Columbus, OH|Tucson, AZ|Raleigh, NC|Boise, ID|Tulsa, OK|Spokane, WA|Knoxville, TN|Madison, WI",
		post:   "#####", cc: "1", trunk: "", pre: "205,312,415,512,614,702,813,919,971,480", nlen: 10, nat: "3-3-4", intl: "3-3-4",
		lex: "Hi|name|phone|address|email|thanks|code|order|please|delivery", dom: "gmail.com,yahoo.com,outlook.com,icloud.com,aol.com"},
	{code: "en_AU", script: "latin",
		given:   "Lachlan Matilda Hamish Isla Angus Sienna Fletcher Mackenzie Jarrah Tahlia Beau Indigo Declan Chloe Heath Tegan Brodie Keira Cooper Ebony",
		family:  "Pemberton McAllister Gillespie Thornbury Kavanagh Whitlam Ellery Prentice Cassidy Dunstan Hollingsworth Mclachlan Tregear Penfold Birtles Coghlan Wakefield Ashcroft Lockyer Fairweather",
		streets: "Wattle|Banksia|Jacaranda|Kurrajong|Ironbark|Waratah|Bottlebrush|Boronia|Lilly_Pilly|Grevillea",
		types:   "Street,Road,Crescent,Parade,Avenue,Close,Terrace", addr: "{u}{n} {s} {t}, {c} {p}",
		cities: "Parramatta NSW|Fremantle WA|Toowoomba QLD|Ballarat VIC|Glenelg SA|Launceston TAS|Wollongong NSW|Geelong VIC",
		post:   "####", cc: "61", trunk: "0", pre: "400,412,423,431,447,458,466,478,488,490", nlen: 9, nat: "4-3-3", intl: "3-3-3",
		lex: "G'day|name|mobile|address|email|cheers|code|order|please|delivery", dom: "bigpond.com,gmail.com,outlook.com.au,optusnet.com.au"},
	{code: "en_NG", script: "latin",
		given:   "Chinonso Oluwaseun Ngozi Emeka Funmilayo Tochukwu Aisha Babatunde Chiamaka Ikechukwu Yetunde Obinna Halima Damilola Uchenna Adaeze Tunde Folake Nnamdi Zainab",
		family:  "Okonkwo Adeyemi Nwachukwu Balogun Eze Ogunleye Abubakar Chukwuemeka Adebayo Onyekachi Ibrahim Olawale Nwosu Akinola Ugwu Oyelaran Okafor Danjuma Ogbonna Fashola",
		streets: "Adeola_Odeku|Awolowo|Ademola_Adetokunbo|Herbert_Macaulay|Akin_Adesola|Allen|Opebi|Ogunlana|Adetokunbo|Ozumba_Mbadiwe",
		types:   "Street,Road,Avenue,Close,Crescent", addr: "{n} {s} {t}, {c} {p}",
		cities: "Ikeja, Lagos|Victoria Island, Lagos|Wuse 2, Abuja|GRA, Port Harcourt|Bodija, Ibadan|Independence Layout, Enugu",
		post:   "######", cc: "234", trunk: "0", pre: "803,806,813,816,703,706,810,814,903,906,805,807", nlen: 10, nat: "4-3-4", intl: "3-3-4",
		lex: "Good day|name|phone|address|email|thank you|code|order|abeg|delivery", dom: "gmail.com,yahoo.com,outlook.com"},
	{code: "en_ZA", script: "latin",
		given:   "Thabo Lerato Sipho Nomvula Pieter Anele Johan Zanele Kagiso Refilwe Themba Naledi Wikus Palesa Mandla Busisiwe Riaan Karabo Lungile Marlize",
		family:  "Nkosi Dlamini van_der_Merwe Mokoena Botha Khumalo Pretorius Ndlovu Venter Mahlangu Coetzee Sithole Naidoo Mthembu Steyn Molefe Jacobs Zulu Fourie Govender",
		streets: "Jan_Smuts|Oxford|Rivonia|Beyers_Naude|Voortrekker|Jeppe|Louis_Botha|Bram_Fischer|Chris_Hani|Bree",
		types:   "Avenue,Road,Street,Drive", addr: "{n} {s} {t}, {c}, {p}",
		cities: "Rosebank, Johannesburg|Sandton|Durbanville, Cape Town|Hatfield, Pretoria|Umhlanga, Durban|Bloemfontein",
		post:   "####", cc: "27", trunk: "0", pre: "61,62,71,72,73,74,76,79,81,82,83,84", nlen: 9, nat: "3-3-4", intl: "2-3-4",
		lex: "Howzit|name|cell|address|email|thanks|code|order|please|delivery", dom: "gmail.com,webmail.co.za,mweb.co.za,telkomsa.net"},
	{code: "es_MX", script: "latin",
		given:   "Ximena Santiago Valeria Mateo Guadalupe Emiliano Fernanda Diego Renata Leonardo Itzel Rodrigo Mariana Alejandro Citlali Joaquín Daniela Iker Abril Sebastián",
		family:  "Hernández_Olvera Ramírez_Tapia Castañeda Villaseñor Zúñiga Ochoa_Beltrán Cervantes Maldonado Barragán Quintanilla Salgado Montoya Arriaga Bustamante Velázquez Cárdenas Galindo Orozco Palacios Treviño",
		streets: "Insurgentes_Sur|Paseo_de_la_Reforma|Álvaro_Obregón|Ignacio_Zaragoza|Miguel_Ángel_de_Quevedo|Hidalgo|Morelos|Revolución|Tamaulipas|Amsterdam",
		types:   "Av.,Calle,Calz.", addr: "{t} {s} {n}{u}, Col. Centro, {c}, C.P. {p}",
		cities: "Ciudad de México, CDMX|Guadalajara, Jal.|Monterrey, N.L.|Puebla, Pue.|Querétaro, Qro.|Mérida, Yuc.",
		post:   "#####", cc: "52", trunk: "", pre: "55,33,81,222,442,999,664,477", nlen: 10, nat: "2-4-4", intl: "2-4-4",
		lex: "Hola|nombre|celular|dirección|correo|gracias|código|pedido|por favor|envío", dom: "gmail.com,hotmail.com,outlook.com,yahoo.com.mx,prodigy.net.mx"},
	{code: "es_CO", script: "latin",
		given:   "Camila Andrés Luisa Julián Manuela Felipe Daniela Santiago Valentina Esteban Paula Nicolás Juliana Sergio Catalina Camilo Natalia Mauricio Lina Alejandro",
		family:  "Restrepo_Gaviria Londoño Ospina_Jaramillo Cardona Betancur Echeverri Arango Zapata_Montoya Quintero Valencia Henao Patiño Salazar Giraldo Álzate Bedoya Marulanda Cuartas Uribe Rendón",
		streets: "Carrera_Séptima|Avenida_Boyacá|Calle_Colombia|Avenida_Nutibara|Calle_Jaramillo|Carrera_Bolívar|Avenida_Caracas|Calle_Junín|Carrera_Palacé",
		types:   "", addr: "{s} # {n}-{n}{u}, {c}",
		cities: "Bogotá D.C.|Medellín, Antioquia|Cali, Valle del Cauca|Barranquilla, Atlántico|Bucaramanga, Santander|Pereira, Risaralda",
		post:   "######", cc: "57", trunk: "", pre: "300,301,310,311,312,313,315,316,317,318,320,321", nlen: 10, nat: "3-3-4", intl: "3-3-4",
		lex: "Hola|nombre|celular|dirección|correo|gracias|código|pedido|por favor|envío", dom: "gmail.com,hotmail.com,outlook.com,yahoo.es"},
	{code: "pt_BR", script: "latin",
		given:   "Thiago Larissa Gustavo Beatriz Rafael Letícia Matheus Gabriela Vinícius Juliana Leandro Bruna Caio Aline Rodrigo Tainá Felipe Camila Otávio Rayssa",
		family:  "Figueiredo Carvalho_Nogueira Albuquerque Mendonça Siqueira Rocha_Pimentel Brandão Cavalcanti Magalhães Teixeira Vasconcelos Bittencourt Queiroz Medeiros Assunção Guimarães Sampaio Fagundes Moraes Louzada",
		streets: "Paulista|Visconde_de_Pirajá|Borges_de_Medeiros|Afonso_Pena|Sete_de_Setembro|Barão_de_Itapetininga|Rui_Barbosa|Marechal_Deodoro|Bandeirantes|Tiradentes",
		types:   "Rua,Avenida,Av.,Travessa,Alameda", addr: "{t} {s}, {n}{u} - {c}, {p}",
		cities: "Bela Vista, São Paulo - SP|Ipanema, Rio de Janeiro - RJ|Savassi, Belo Horizonte - MG|Moinhos de Vento, Porto Alegre - RS|Boa Viagem, Recife - PE|Batel, Curitiba - PR",
		post:   "#####-###", cc: "55", trunk: "", pre: "119,219,319,419,519,619,719,819,859,719", nlen: 11, nat: "2-5-4", intl: "2-5-4",
		lex: "Olá|nome|celular|endereço|e-mail|obrigado|código|pedido|por favor|entrega", dom: "gmail.com,hotmail.com,uol.com.br,bol.com.br,outlook.com"},
	{code: "fr_CA", script: "latin",
		given:   "Mathieu Émilie Gabriel Léa Samuel Rosalie Olivier Camille Alexis Florence Maxime Noémie Jérémie Mégane Antoine Frédérique Étienne Sarah-Maude Félix Justine",
		family:  "Tremblay Gagnon Bouchard Côté Lévesque Pelletier Bélanger Desjardins Thibault Morissette Beauchemin Lachance Gauthier Bergeron Charbonneau Fortier Poirier Lapointe Turcotte Gosselin",
		streets: "Saint-Denis|Sherbrooke|Maisonneuve|Laurier|Beaubien|Saint-Hubert|Cartier|Papineau|Mont-Royal|Grande_Allée",
		types:   "rue,boulevard,avenue,chemin", addr: "{n} {t} {s}{u}, {c} {p}",
		cities: "Montréal (Québec)|Québec (Québec)|Gatineau (Québec)|Sherbrooke (Québec)|Laval (Québec)|Trois-Rivières (Québec)",
		post:   "A#A #A#", cc: "1", trunk: "", pre: "514,438,418,581,819,450,579,873", nlen: 10, nat: "3-3-4", intl: "3-3-4",
		lex: "Bonjour|nom|cellulaire|adresse|courriel|merci|code|commande|svp|livraison", dom: "videotron.ca,gmail.com,hotmail.com,sympatico.ca"},
	{code: "fr_BE", script: "latin",
		given:   "Maxime Amélie Quentin Manon Arnaud Pauline Cédric Elodie Grégoire Noémie Thibaut Laetitia Florian Aurélie Benoît Justine Corentin Mathilde Sébastien Océane",
		family:  "Dubois Lambert Dupont Renard Lejeune Goffin Wauters Delvaux Simonis Lecomte Hennebert Mertens Collignon Piron Gérard Dethier Vandenbroucke Masson Leclercq Jacquemin",
		streets: "Neuve|Royale|Louise|Haute|Lebeau|Gallait|Vergote|Tervueren|Brugmann|Molière",
		types:   "rue,avenue,boulevard,chaussée", addr: "{t} {s} {n}{u}, {p} {c}",
		cities: "Bruxelles|Liège|Namur|Charleroi|Mons|Louvain-la-Neuve|Ixelles",
		post:   "####", cc: "32", trunk: "0", pre: "470,471,472,473,475,476,477,478,479,484,485,486,487,488,489,493,494,495,496,497,498,499", nlen: 9, nat: "4-2-2-2", intl: "3-2-2-2",
		lex: "Bonjour|nom|GSM|adresse|e-mail|merci|code|commande|s'il vous plaît|livraison", dom: "skynet.be,gmail.com,hotmail.com,telenet.be,proximus.be"},
	{code: "de_CH", script: "latin",
		given:   "Luca Noemi Jonas Lea Severin Anina Reto Corinne Urs Seraina Fabian Nadine Beat Rahel Dario Ladina Cyrill Flurina Andrin Mirjam",
		family:  "Brunner Gerber Zürcher Hofstetter Wyss Bachmann Käser Imhof Aeschlimann Lüthi Schürch Marti Baumgartner Zimmerli Gisler Tschanz Hürlimann Ammann Stucki Rüegg",
		streets: "Bahnhofstrasse|Seefeldstrasse|Zähringerstrasse|Limmatquai|Kramgasse|Marktgasse|Spalenberg|Badenerstrasse|Freiestrasse|Rennweg",
		types:   "", addr: "{s} {n}{u}, {p} {c}",
		cities: "Zürich|Bern|Basel|Luzern|Winterthur|St. Gallen|Zug|Aarau",
		post:   "####", cc: "41", trunk: "0", pre: "76,77,78,79,75", nlen: 9, nat: "3-3-2-2", intl: "2-3-2-2",
		lex: "Grüezi|Name|Handy|Adresse|E-Mail|merci|Code|Bestellung|bitte|Lieferung", dom: "bluewin.ch,gmx.ch,gmail.com,sunrise.ch,hispeed.ch"},
	{code: "sv_SE", script: "latin",
		given:   "Astrid Linnea Elias Vilgot Saga Hugo Ebba Oskar Maja Viggo Tuva Albin Signe Melker Alva Ludvig Freja Sixten Ines Henning",
		family:  "Lindqvist Bergström Sundberg Holmgren Åkesson Engström Lundgren Wallin Björklund Nyström Sjöberg Forsberg Hedlund Ekström Dahlgren Blomqvist Westerberg Söderlund Löfgren Ahlström",
		streets: "Kungsgatan|Sveavägen|Drottninggatan|Götgatan|Hornsgatan|Storgatan|Vasagatan|Linnégatan|Odengatan|Ringvägen|Fjällgatan|Ystadvägen",
		types:   "", addr: "{s} {n}{u}, {p} {c}",
		cities: "Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Umeå",
		post:   "### ##", cc: "46", trunk: "0", pre: "70,72,73,76,79", nlen: 9, nat: "3-3-2-2", intl: "2-3-2-2",
		lex: "Hej|namn|mobil|adress|e-post|tack|kod|order|snälla|leverans", dom: "telia.com,gmail.com,hotmail.se,outlook.com,bredband.net"},
	{code: "da_DK", script: "latin",
		given:   "Mads Freja Rasmus Ida Frederik Sofie Magnus Clara Mikkel Anna Kasper Asta Søren Karla Jeppe Cecilie Anders Laura Villads Mathilde",
		family:  "Kristensen Mikkelsen Frandsen Skovgaard Thygesen Bech Lauridsen Dalsgaard Brøndum Vestergaard Kjærgaard Holst Gregersen Bundgaard Klitgaard Søndergaard Mortensen Hvidberg Nørgaard Juul",
		streets: "Nørrebrogade|Vesterbrogade|Strøget|Istedgade|Jagtvej|Østerbrogade|Amagerbrogade|Frederiksberggade|Godthåbsvej|Falkoner_Allé",
		types:   "", addr: "{s} {n}{u}, {p} {c}",
		cities: "København N|Aarhus C|Odense C|Aalborg|Frederiksberg|Esbjerg|Roskilde|Vejle",
		post:   "####", cc: "45", trunk: "", pre: "20,22,23,24,25,26,27,28,29,30,31,40,41,42,50,51,52,53,60,61", nlen: 8, nat: "2-2-2-2", intl: "2-2-2-2",
		lex: "Hej|navn|mobil|adresse|e-mail|tak|kode|ordre|venligst|levering", dom: "gmail.com,hotmail.dk,mail.dk,yahoo.dk,outlook.dk"},
	{code: "nb_NO", script: "latin",
		given:   "Sindre Ingrid Eirik Sigrid Magnus Thea Håkon Solveig Vegard Mathilde Torstein Hedda Øyvind Synnøve Kristoffer Ragnhild Espen Marte Audun Tiril",
		family:  "Haugland Solberg Bakken Strand Fjeld Lunde Moen Aasen Brekke Myrvold Haugen Rønning Tveit Skjelbred Kvamme Nygård Berntsen Sæther Vik Grøtting",
		streets: "Karl_Johans|Bogstadveien|Thereses|Markveien|Storgata|Kirkegata|Hegdehaugsveien|Trondheimsveien|Sandakerveien|Ullevålsveien",
		types:   "", addr: "{s} {n}{u}, {p} {c}",
		cities: "Oslo|Bergen|Trondheim|Stavanger|Tromsø|Drammen|Kristiansand|Fredrikstad",
		post:   "####", cc: "47", trunk: "", pre: "40,41,45,46,47,48,90,91,92,93,94,95,97,98,99", nlen: 8, nat: "3-2-3", intl: "3-2-3",
		lex: "Hei|navn|mobil|adresse|e-post|takk|kode|ordre|vennligst|levering", dom: "online.no,gmail.com,hotmail.no,getmail.no"},
	{code: "fi_FI", script: "latin",
		given:   "Aino Eetu Veera Joonas Iida Onni Helmi Aleksi Saana Lauri Venla Eemil Kerttu Tuomas Pihla Sampo Milla Ville Oona Jere",
		family:  "Korhonen Virtanen Mäkinen Nieminen Heikkinen Hämäläinen Laaksonen Karjalainen Lehtonen Salminen Kinnunen Turunen Rautiainen Jokinen Peltonen Hyvönen Kettunen Ahonen Leinonen Väisänen",
		streets: "Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Hämeentie|Fredrikinkatu|Kauppakatu|Puistokatu|Tehtaankatu|Runeberginkatu|Itäinen_Pitkäkatu",
		types:   "", addr: "{s} {n}{u}, {p} {c}",
		cities: "Helsinki|Tampere|Turku|Oulu|Jyväskylä|Kuopio|Lahti|Espoo",
		post:   "#####", cc: "358", trunk: "0", pre: "40,41,44,45,46,50", nlen: 9, nat: "3-3-4", intl: "2-3-4",
		lex: "Moi|nimi|puhelin|osoite|sähköposti|kiitos|koodi|tilaus|kiitos|toimitus", dom: "gmail.com,luukku.com,hotmail.fi,elisanet.fi,saunalahti.fi"},
	{code: "pl_PL", script: "latin",
		given:   "Zofia Jakub Małgorzata Szymon Agnieszka Kacper Katarzyna Wojciech Aleksandra Bartłomiej Joanna Przemysław Magdalena Grzegorz Natalia Krzysztof Weronika Mikołaj Dorota Łukasz",
		family:  "Wiśniewski Wójcik Kowalczyk Kamińska Lewandowski Zieliński Szymańska Woźniak Dąbrowski Kozłowska Jankowski Mazurek Krawczyk Piotrowska Grabowski Nowakowska Pawłowski Michalska Zając Wróblewski",
		streets: "Marszałkowska|Piotrkowska|Grunwaldzka|Długa|Mickiewicza|Sienkiewicza|Kościuszki|Słowackiego|Puławska|Floriańska",
		types:   "ul.,al.", addr: "{t} {s} {n}{u}, {p} {c}",
		cities: "Warszawa|Kraków|Łódź|Wrocław|Poznań|Gdańsk|Lublin|Katowice",
		post:   "##-###", cc: "48", trunk: "", pre: "50,51,53,57,60,66,69,72,73,78,79,88", nlen: 9, nat: "3-3-3", intl: "3-3-3",
		lex: "Dzień dobry|imię i nazwisko|telefon|adres|e-mail|dziękuję|kod|zamówienie|proszę|dostawa", dom: "wp.pl,onet.pl,o2.pl,interia.pl,gmail.com"},
	{code: "hr_HR", script: "latin",
		given:   "Luka Ana Ivan Petra Marko Iva Tomislav Marija Domagoj Lucija Josip Katarina Filip Nikolina Matej Tena Krešimir Dora Antonio Mirna",
		family:  "Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Matić Perić Tomić Pavlović Šarić Božić Grgić Radić Blažević Lovrić Pavić Kolar",
		streets: "Ilica|Vlaška|Savska|Frankopanska|Radnička|Heinzelova|Draškovićeva|Tkalčićeva|Zvonimirova|Marmontova",
		types:   "", addr: "{s} {n}{u}, {p} {c}",
		cities: "Zagreb|Split|Rijeka|Osijek|Zadar|Pula|Varaždin|Dubrovnik",
		post:   "#####", cc: "385", trunk: "0", pre: "91,92,95,97,98,99", nlen: 9, nat: "3-3-4", intl: "2-3-4",
		lex: "Bok|ime|mobitel|adresa|e-mail|hvala|kod|narudžba|molim|dostava", dom: "gmail.com,net.hr,hotmail.com,t-com.hr"},
	{code: "sr_RS", script: "other",
		given:   "Стефан Јована Никола Милица Лазар Теодора Урош Анђела Душан Катарина Вук Тијана Немања Сања Огњен Драгана Милош Јелена Бојан Ивана",
		family:  "Јовановић Петровић Николић Марковић Ђорђевић Стојановић Илић Станковић Павловић Милошевић Радосављевић Вукићевић Тодоровић Живковић Обрадовић Лукић Ристић Симић Томашевић Марјановић",
		roman:   "stefan jovana nikola milica lazar teodora uros andjela dusan katarina vuk tijana nemanja sanja",
		streets: "Кнеза_Михаила|Булевар_ослобођења|Немањина|Таковска|Цара_Душана|Гундулићев_венац|Змај_Јовина|Његошева|Краљице_Наталије|Вука_Караџића",
		types:   "", addr: "{s} {n}{u}, {p} {c}",
		cities: "Београд|Нови Сад|Ниш|Крагујевац|Суботица|Чачак|Зрењанин|Панчево",
		post:   "#####", cc: "381", trunk: "0", pre: "60,61,62,63,64,65,66,69", nlen: 9, nat: "3-3-4", intl: "2-3-4",
		lex: "Здраво|име|телефон|адреса|имејл|хвала|код|поруџбина|молим|достава", dom: "gmail.com,yahoo.com,eunet.rs,sbb.rs,mts.rs"},
	{code: "bg_BG", script: "other",
		given:   "Георги Десислава Ивайло Мариела Калоян Радостина Николай Цветелина Светослав Гергана Стоян Виктория Пламен Милена Борислав Теодора Красимир Силвия Живко Яна",
		family:  "Георгиев Иванова Димитров Стоянова Петков Тодорова Христов Николова Ангелов Костадинова Маринов Атанасова Колев Вълчева Славов Генчева Русев Кирилова Божилов Янкова",
		roman:   "georgi desislava ivaylo mariela kaloyan radostina nikolay tsvetelina svetoslav gergana stoyan",
		streets: "Витоша|Граф_Игнатиев|Цар_Шишман|Шипка|Раковски|Солунска|Оборище|Алабин|Пиротска|Черни_връх",
		types:   "ул.,бул.", addr: "{t} „{s}“ № {n}{u}, {p} {c}",
		cities: "София|Пловдив|Варна|Бургас|Русе|Стара Загора|Плевен|Велико Търново",
		post:   "####", cc: "359", trunk: "0", pre: "87,88,89,98,99", nlen: 9, nat: "4-3-3", intl: "3-3-3",
		lex: "Здравейте|име|телефон|адрес|имейл|благодаря|код|поръчка|моля|доставка", dom: "abv.bg,gmail.com,mail.bg,dir.bg"},
	{code: "lt_LT", script: "latin",
		given:   "Gintarė Mantas Rūta Tomas Eglė Lukas Ieva Dovydas Agnė Mindaugas Austėja Karolis Greta Žygimantas Ugnė Paulius Kotryna Justinas Aistė Vytautas",
		family:  "Kazlauskas Petrauskienė Jankauskas Stankevičiūtė Vasiliauskas Žukauskaitė Butkus Paulauskienė Urbonas Navickaitė Kavaliauskas Rimkutė Balčiūnas Šimkienė Grigonis Mockutė Sakalauskas Vaitkevičius Lukoševičius Žemaitis",
		streets: "Gedimino|Vilniaus|Laisvės|Konstitucijos|Savanorių|Ukmergės|Pilies|Didžioji|Kalvarijų|Žirmūnų",
		types:   "g.,pr.", addr: "{s} {t} {n}{u}, LT-{p} {c}",
		cities: "Vilnius|Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus|Marijampolė|Utena",
		post:   "#####", cc: "370", trunk: "8", pre: "60,61,62,63,64,65,67,68,69", nlen: 8, nat: "1-3-5", intl: "3-5",
		lex: "Sveiki|vardas|telefonas|adresas|el. paštas|ačiū|kodas|užsakymas|prašau|pristatymas", dom: "gmail.com,one.lt,inbox.lt,yahoo.com"},
	{code: "ja_JP", script: "cjk", famFirst: true,
		given:   "陽翔 結衣 蓮 美咲 大翔 陽菜 悠真 さくら 湊 葵 颯太 莉子 樹 美月 拓海 彩花 健太 真央 翔太 七海",
		family:  "佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤 吉田 山口 松本 井上 木村 清水 斎藤 森田 長谷川 藤原",
		roman:   "haruto yui ren misaki hinata yuma sakura minato aoi sota riko itsuki mizuki takumi ayaka kenta mao shota nanami",
		streets: "桜新町|神宮前|道玄坂|北沢|中目黒|天神橋|栄|錦|大濠|本町|西新宿|自由が丘",
		types:   "", addr: "〒{p} {c}{s}{j}",
		cities: "東京都世田谷区|東京都渋谷区|大阪府大阪市北区|愛知県名古屋市中区|福岡県福岡市中央区|東京都目黒区|神奈川県横浜市青葉区|京都府京都市下京区",
		post:   "###-####", cc: "81", trunk: "0", pre: "90,80,70", nlen: 10, nat: "3-4-4", intl: "2-4-4", zero: 0xFF10,
		lex: "こんにちは|氏名|電話番号|住所|メール|ありがとうございます|認証コード|注文|お願いします|配送", dom: "docomo.ne.jp,ezweb.ne.jp,yahoo.co.jp,gmail.com,icloud.com"},
	{code: "zh_TW", script: "cjk", famFirst: true,
		given:   "志明 淑芬 家豪 雅婷 冠宇 怡君 宗翰 欣怡 承恩 詩涵 柏翰 佳穎 俊傑 宜蓁 建宏 郁婷 彥廷 佩珊 子軒 婉婷",
		family:  "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周",
		roman:   "chihming shufen chiahao yating kuanyu yichun tsunghan hsinyi chengen shihhan pohan chiaying",
		streets: "忠孝東路|敦化南路|仁愛路|民生東路|中山北路|信義路|復興南路|南京東路|光復南路|和平東路",
		types:   "", addr: "{c}{s}{d}段{n}號{f}樓",
		cities: "台北市大安區|台北市信義區|台北市松山區|新北市板橋區|台中市西屯區|高雄市苓雅區",
		post:   "###", cc: "886", trunk: "0", pre: "912,918,921,928,932,937,952,958,963,975,988", nlen: 9, nat: "4-3-3", intl: "3-3-3", zero: 0xFF10,
		lex: "您好|姓名|手機|地址|電子郵件|謝謝|驗證碼|訂單|麻煩|配送", dom: "gmail.com,yahoo.com.tw,hotmail.com,pchome.com.tw"},
	{code: "zh_CN", script: "cjk", famFirst: true,
		given:   "子涵 浩然 欣怡 宇轩 梓萱 俊杰 思雨 博文 雨桐 明轩 诗琪 嘉豪 晓彤 志远 佳怡 文博 若曦 天佑 静怡 昊天",
		family:  "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 欧阳 司马",
		roman:   "zihan haoran xinyi yuxuan zixuan junjie siyu bowen yutong mingxuan shiqi jiahao xiaotong zhiyuan",
		streets: "建国路|淮海中路|南京西路|天河路|解放大道|人民南路|中山路|科技园路|长江路|文三路",
		types:   "", addr: "{c}{s}{n}号{b}栋{u2}室",
		cities: "北京市朝阳区|上海市徐汇区|广州市天河区|深圳市南山区|杭州市西湖区|成都市锦江区|武汉市江汉区|南京市鼓楼区",
		post:   "######", cc: "86", trunk: "", pre: "138,139,135,136,150,151,158,186,187,177,199,166", nlen: 11, nat: "3-4-4", intl: "3-4-4", zero: 0xFF10,
		lex: "你好|姓名|手机号|收货地址|邮箱|谢谢|验证码|订单|麻烦|配送", dom: "qq.com,163.com,126.com,sina.com,foxmail.com"},
	{code: "ko_KR", script: "cjk", famFirst: true,
		given:   "민준 서연 도윤 하은 시우 지유 예준 서윤 주원 하린 지호 수아 건우 지민 현우 채원 우진 다은 선우 예린",
		family:  "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍",
		roman:   "minjun seoyeon doyun haeun siwoo jiyu yejun seoyun juwon harin jiho sua gunwoo jimin hyunwoo",
		streets: "테헤란로|세종대로|올림픽로|강남대로|도산대로|퇴계로|충장로|해운대로|중앙대로|월드컵로",
		types:   "", addr: "{c} {s} {n}{u}",
		cities: "서울특별시 강남구|서울특별시 마포구|부산광역시 해운대구|인천광역시 연수구|대구광역시 수성구|광주광역시 동구|경기도 성남시 분당구",
		post:   "#####", cc: "82", trunk: "0", pre: "10", nlen: 10, nat: "3-4-4", intl: "2-4-4",
		lex: "안녕하세요|이름|휴대폰|주소|이메일|감사합니다|인증번호|주문|부탁드립니다|배송", dom: "naver.com,daum.net,gmail.com,kakao.com,hanmail.net"},
	{code: "id_ID", script: "latin",
		given:   "Putri Rizky Dewi Agus Siti Budi Ayu Fajar Indah Hendra Nurul Dimas Wulan Yoga Ratna Eko Fitri Arief Lestari Bayu",
		family:  "Saputra Wijaya Kusuma Hidayat Pratama Setiawan Nugroho Permana Lubis Siregar Wibisono Rahmawati Hutapea Simanjuntak Suryadi Kurniawan Halim Gunawan Purnomo Santoso",
		streets: "Sudirman|Thamrin|Gatot_Subroto|Diponegoro|Pemuda|Kaliurang|Gajah_Mada|Asia_Afrika|Dago|Pahlawan",
		types:   "Jl.,Jalan", addr: "{t} {s} No. {n}{u}, {c} {p}",
		cities: "Kebayoran Baru, Jakarta Selatan|Menteng, Jakarta Pusat|Coblong, Bandung|Tegalsari, Surabaya|Depok, Sleman|Denpasar Selatan, Bali",
		post:   "#####", cc: "62", trunk: "0", pre: "812,813,821,822,852,853,857,858,878,877,896,838,819", nlen: 11, nat: "4-4-4", intl: "3-4-4",
		lex: "Halo kak|nama|no hp|alamat|email|terima kasih|kode|pesanan|tolong|pengiriman", dom: "gmail.com,yahoo.co.id,ymail.com,outlook.com"},
	{code: "th_TH", script: "thai",
		given:   "สมชาย สุดารัตน์ ณัฐพล กมลชนก ธนากร ปิยะนุช วรวุฒิ อรอุมา ศุภชัย พิมพ์ชนก อนุชา จิราพร ชยพล รัชนี ภานุวัฒน์ สุภาวดี ธีรวัฒน์ นันทิยา เกียรติศักดิ์ ศิริพร",
		family:  "ใจดี ศรีสุข รุ่งเรือง วงศ์สวัสดิ์ แก้วมณี สมบูรณ์ชัย ทองคำ บุญมี พงษ์ไพบูลย์ จันทร์เพ็ญ สุขเจริญ ศักดิ์สิทธิ์ มั่นคง เพชรรัตน์ อินทร์แก้ว กิตติวงศ์ ประเสริฐสุข ธนพัฒน์ วิเศษศักดิ์ นาคสวัสดิ์",
		roman:   "somchai sudarat nattapon kamonchanok thanakorn piyanuch worawut onuma suppachai pimchanok",
		streets: "สุขุมวิท|พหลโยธิน|รัชดาภิเษก|ลาดพร้าว|เพชรบุรีตัดใหม่|สีลม|นิมมานเหมินท์|รามคำแหง|แจ้งวัฒนะ|บรมราชชนนี",
		types:   "", addr: "{n}/{n} ถนน{s} {c} {p}",
		cities: "แขวงคลองเตย เขตคลองเตย กรุงเทพฯ|แขวงจตุจักร เขตจตุจักร กรุงเทพฯ|ตำบลสุเทพ อำเภอเมือง เชียงใหม่|แขวงสีลม เขตบางรัก กรุงเทพฯ|ตำบลในเมือง อำเภอเมือง ขอนแก่น",
		post:   "#####", cc: "66", trunk: "0", pre: "81,82,83,84,85,86,87,88,89,61,62,63,64,65,91,92,93,94,95", nlen: 9, nat: "3-3-4", intl: "2-3-4", zero: 0x0E50,
		lex: "สวัสดีค่ะ|ชื่อ|เบอร์โทร|ที่อยู่|อีเมล|ขอบคุณค่ะ|รหัส|คำสั่งซื้อ|รบกวน|จัดส่ง", dom: "gmail.com,hotmail.com,yahoo.co.th,outlook.co.th"},
	{code: "vi_VN", script: "vi", famFirst: true,
		given:   "Thị_Hương Văn_Hùng Thị_Thảo Minh_Tuấn Ngọc_Ánh Quốc_Bảo Thu_Trang Đức_Thắng Thanh_Hằng Hoàng_Long Thị_Nhung Văn_Phúc Mai_Phương Hữu_Nghĩa Bích_Ngọc Tiến_Dũng Khánh_Linh Gia_Huy Phương_Thảo Trọng_Nhân",
		family:  "Nguyễn Trần Phạm Huỳnh Hoàng Phan Vũ Đặng Bùi Đỗ Hồ Ngô Dương Trương Lương Đinh Võ Lâm Tạ Quách",
		roman:   "huong hung thao tuan anh bao trang thang hang long nhung phuc phuong nghia ngoc dung linh huy",
		streets: "Lê_Lợi|Nguyễn_Huệ|Hai_Bà_Trưng|Điện_Biên_Phủ|Cách_Mạng_Tháng_Tám|Trần_Hưng_Đạo|Lý_Thường_Kiệt|Phan_Xích_Long|Nguyễn_Thị_Minh_Khai|Võ_Văn_Tần",
		types:   "đường,Đường", addr: "{n} {t} {s}, {c}",
		cities: "Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|Phường 7, Quận 3, TP.HCM|Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội|Phường Hải Châu 1, Quận Hải Châu, Đà Nẵng|Phường Thảo Điền, TP. Thủ Đức",
		post:   "######", cc: "84", trunk: "0", pre: "90,91,93,94,96,97,98,32,33,34,35,36,37,38,39,70,76,77,78,79,81,83,84,85,86,88,89", nlen: 9, nat: "4-3-3", intl: "2-3-4",
		lex: "Chào shop|tên|sđt|địa chỉ|email|cảm ơn|mã|đơn hàng|giúp em|giao hàng", dom: "gmail.com,yahoo.com.vn,outlook.com"},
	{code: "fil_PH", script: "latin",
		given:   "Maricel Jerome Kristine Rommel Angelica Jomar Rowena Arnel Jennylyn Rodel Mylene Ronaldo Princess Jayson Lovely Mark_Anthony Joy Archie Shiela Reynaldo",
		family:  "Dela_Cruz Bautista Villanueva Manalastas Pangilinan Macaraeg Dimaculangan Sarmiento Tolentino Mercado Lacson Evangelista Magbanua Soriano Panganiban Cabrera Ocampo Buenaventura Mendoza Navarro",
		streets: "Rizal|Mabini|Katipunan|Aurora|Kalayaan|Ortigas|Boni_Serrano|Timog|Maginhawa|Escolta",
		types:   "St.,Ave.,Street", addr: "{u}{n} {s} {t}, {c} {p}",
		cities: "Brgy. Teachers Village, Quezon City|Poblacion, Makati City|Brgy. Kapitolyo, Pasig City|Lahug, Cebu City|Brgy. San Antonio, Parañaque|Matina, Davao City",
		post:   "####", cc: "63", trunk: "0", pre: "917,918,919,920,921,927,928,939,945,955,966,977,995,998", nlen: 10, nat: "4-3-4", intl: "3-3-4",
		lex: "Hello po|pangalan|cp number|address|email|salamat po|code|order|pa-help po|delivery", dom: "gmail.com,yahoo.com,yahoo.com.ph"},
	{code: "ms_MY", script: "latin",
		given:   "Nur_Aisyah Muhammad_Hafiz Siti_Nurhaliza Ahmad_Faizal Nurul_Izzah Mohd_Syafiq Farah_Hanim Amirul Aina Haziq Syazwani Firdaus Liyana Azlan Hidayah Khairul Balqis Irfan Aqilah Danish",
		family:  "bin_Rahman binti_Ismail bin_Abdullah binti_Hassan bin_Kamaruddin binti_Zulkifli bin_Hashim binti_Rosli bin_Mokhtar binti_Jamaluddin bin_Shamsudin binti_Othman bin_Azhar binti_Yusoff",
		streets: "Ampang|Tun_Razak|Bukit_Bintang|Ipoh|Gasing|Tengku_Ampuan_Zabedah|Kuching|Sultan_Ismail|Bangsar|Kelang_Lama",
		types:   "Jalan,Jln", addr: "{u}{n}, {t} {s}, {p} {c}",
		cities: "Kuala Lumpur|Petaling Jaya, Selangor|Shah Alam, Selangor|Johor Bahru, Johor|George Town, Pulau Pinang|Kota Kinabalu, Sabah",
		post:   "#####", cc: "60", trunk: "0", pre: "12,13,14,16,17,19,11", nlen: 9, nat: "3-3-4", intl: "2-3-4",
		lex: "Hai|nama|no telefon|alamat|emel|terima kasih|kod|pesanan|tolong|penghantaran", dom: "gmail.com,yahoo.com.my,hotmail.my"},
	{code: "hi_IN", script: "other",
		given:   "आरव अनन्या विहान ईशा रोहन प्रिया कबीर नेहा अर्जुन पूजा सिद्धार्थ कविता आदित्य श्रेया निखिल दीपिका राहुल स्नेहा विक्रम अंजलि",
		family:  "शर्मा वर्मा गुप्ता श्रीवास्तव चौहान अग्रवाल मल्होत्रा त्रिपाठी सक्सेना पांडेय रस्तोगी खन्ना बंसल कपूर तिवारी मिश्रा चतुर्वेदी भटनागर सिन्हा जोशी",
		roman:   "aarav ananya vihaan isha rohan priya kabir neha arjun pooja siddharth kavita aditya shreya nikhil",
		streets: "Lajpat_Rai|Lokmanya_Tilak|Ashok|Sarojini|Nehru_Place|Gokhale|Patel|Malviya|Hazratganj|Residency",
		types:   "Marg,Road,Nagar", addr: "{n}, {s} {t}, {c} - {p}",
		cities: "Lucknow, Uttar Pradesh|Jaipur, Rajasthan|New Delhi|Indore, Madhya Pradesh|Pune, Maharashtra|Bhopal, Madhya Pradesh|Kanpur, Uttar Pradesh",
		post:   "######", cc: "91", trunk: "0", pre: "98,99,97,96,95,94,93,91,90,89,88,87,86,85,84,83,82,81,80,79,78,77,76,75,74,73,72,70,63,62", nlen: 10, nat: "3-5-5", intl: "5-5", zero: 0x0966,
		lex: "नमस्ते|नाम|मोबाइल|पता|ईमेल|धन्यवाद|कोड|ऑर्डर|कृपया|डिलीवरी", dom: "gmail.com,rediffmail.com,yahoo.co.in,outlook.com"},
	{code: "bn_BD", script: "other",
		given:   "তানভীর নুসরাত রাকিব সুমাইয়া ফাহিম তাসনিম সাকিব জান্নাতুল আরিফ মাহমুদা ইমরান ফারজানা শাহরিয়ার রুমানা মেহেদী শারমিন রাশেদ তাহমিনা নাঈম সাবরিনা",
		family:  "হোসেন রহমান চৌধুরী ইসলাম আহমেদ তালুকদার সরকার মজুমদার ভূঁইয়া খন্দকার মোল্লা সিদ্দিকী হাওলাদার মিয়া কাজী শিকদার বেপারী মৃধা প্রামানিক পাটোয়ারী",
		roman:   "tanvir nusrat rakib sumaiya fahim tasnim sakib jannatul arif mahmuda imran farzana",
		streets: "Satmasjid|Mirpur|Kemal_Ataturk|Gulshan|Shantinagar|Elephant|Green|Airport|Mohakhali|Panthapath",
		types:   "Road,Avenue,Sarani", addr: "House {n}, {s} {t}, {c} {p}",
		cities: "Dhanmondi, Dhaka|Banani, Dhaka|Uttara, Dhaka|Agrabad, Chattogram|Zindabazar, Sylhet|Shaheb Bazar, Rajshahi",
		post:   "####", cc: "880", trunk: "0", pre: "13,14,15,16,17,18,19", nlen: 10, nat: "5-6", intl: "4-6", zero: 0x09E6,
		lex: "আসসালামু আলাইকুম|নাম|মোবাইল|ঠিকানা|ইমেইল|ধন্যবাদ|কোড|অর্ডার|দয়া করে|ডেলিভারি", dom: "gmail.com,yahoo.com,hotmail.com"},
	{code: "ur_PK", script: "other",
		given:   "عائشہ حمزہ فاطمہ عمر زینب بلال مریم حسن سعدیہ فیصل ثناء کامران نمرہ عثمان رابعہ دانیال حنا شہزاد ماہین وقاص",
		family:  "قریشی چوہدری بھٹی ملک شیخ اعوان راجپوت ہاشمی گیلانی مرزا بخاری نقوی صدیقی خٹک جتوئی کھوسہ لغاری ترین سومرو آفریدی",
		roman:   "ayesha hamza fatima umar zainab bilal maryam hassan sadia faisal sana kamran nimra usman",
		streets: "Shahrah-e-Faisal|Mall|Jail|Ferozepur|Tariq|Khayaban-e-Ittehad|Zamzama|Canal|Murree|Jinnah",
		types:   "Road,Avenue,Boulevard", addr: "House {n}, {s} {t}, {c} {p}",
		cities: "Gulberg III, Lahore|DHA Phase 6, Karachi|F-7, Islamabad|Saddar, Rawalpindi|Cantt, Multan|University Town, Peshawar",
		post:   "#####", cc: "92", trunk: "0", pre: "300,301,302,303,311,312,313,321,322,333,334,335,340,345,346", nlen: 10, nat: "4-7", intl: "3-7", zero: 0x06F0,
		lex: "السلام علیکم|نام|موبائل|پتہ|ای میل|شکریہ|کوڈ|آرڈر|براہ کرم|ڈیلیوری", dom: "gmail.com,yahoo.com,hotmail.com"},
	{code: "fa_IR", script: "other",
		given:   "آرش نیلوفر کیوان شیرین بهرام پریسا سیاوش مهسا کاوه ستاره فرهاد لیلا امید نگار پویا هانیه رامین الهام سامان ترانه",
		family:  "رضایی محمدی حسینی کریمی احمدی جعفری موسوی صادقی رحیمی کاظمی نوروزی قاسمی اکبری یزدانی فراهانی شیرازی تهرانی دهقانی سلطانی افشار",
		roman:   "arash niloufar keyvan shirin bahram parisa siavash mahsa kaveh setareh farhad leila omid negar pouya",
		streets: "ولیعصر|انقلاب|شریعتی|مطهری|آزادی|فردوسی|کریمخان|میرداماد|پاسداران|جمهوری",
		types:   "خیابان", addr: "{c}، {t} {s}، پلاک {n}، کد پستی {p}",
		cities: "تهران|اصفهان|شیراز|مشهد|تبریز|کرج|رشت|یزد",
		post:   "##########", cc: "98", trunk: "0", pre: "912,913,914,915,916,917,919,901,902,903,930,933,935,936,937,938,939,990,991", nlen: 10, nat: "4-3-4", intl: "3-3-4", zero: 0x06F0,
		lex: "سلام|نام|موبایل|آدرس|ایمیل|ممنون|کد|سفارش|لطفا|ارسال", dom: "gmail.com,yahoo.com,chmail.ir"},
	{code: "sw_KE", script: "latin",
		given:   "Wanjiru Otieno Akinyi Kipchoge Njeri Mwangi Achieng Kiprono Wambui Omondi Chebet Kamau Nyambura Kibet Atieno Mutua Jeptoo Waweru Adhiambo Korir",
		family:  "Kariuki Odhiambo Mutiso Wekesa Njoroge Chelimo Ochieng Gitau Kiplagat Nyaga Wafula Muriuki Onyango Kimani Rotich Mwangangi Owino Gachanja Kiprotich Nduta",
		streets: "Kimathi|Moi|Ngong|Kenyatta|Waiyaki|Mombasa|Tom_Mboya|Muindi_Mbingu|Lenana|Argwings_Kodhek",
		types:   "Road,Avenue,Street,Way", addr: "{s} {t}, {c}, P.O. Box {n}-{p}",
		cities: "Kilimani, Nairobi|Westlands, Nairobi|Nyali, Mombasa|Milimani, Kisumu|Eldoret|Nakuru",
		post:   "#####", cc: "254", trunk: "0", pre: "700,701,702,710,711,712,713,714,715,716,717,718,719,720,721,722,723,724,725,726,727,728,729,740,741,742,743,745,746,748,757,758,759,768,769,790,791,792,793,794,795,796,797,798,799,110,111", nlen: 9, nat: "4-3-3", intl: "3-3-3",
		lex: "Habari|jina|simu|anwani|barua pepe|asante|nambari|oda|tafadhali|usafirishaji", dom: "gmail.com,yahoo.com,outlook.com"},
	{code: "km_KH", script: "khmer", famFirst: true,
		given:   "ដារ៉ា សុភា វិចិត្រ ចន្ធូ ស្រីនាង សុខុម រតនា ពិសិដ្ឋ សុជាតា វណ្ណៈ ចាន់ធី បុប្ផា សំណាង ម៉ាលីស ធារ៉ា សុវណ្ណ ពៅ ណារី វិសាល គន្ធា",
		family:  "សុខ ចាន់ ហេង លឹម ស៊ុន កែវ ម៉ៅ ឈឹម ពេជ្រ យឹម ជា ទេព សៅ ឡាយ អ៊ុំ ណុប ឃុន ប៉ែន ហ៊ុល វង្ស",
		roman:   "dara sophea vichet chanthou sreyneang sokhom rattana piseth sochea vannak chanthy bopha samnang",
		streets: "ព្រះនរោត្តម|ព្រះមុន្នីវង្ស|សហព័ន្ធរុស្ស៊ី|កម្ពុជាក្រោម|ព្រះសីហនុ|ម៉ៅសេទុង|ព្រះយុគន្ធរ|ព្រះអង្គឌួង|ព្រះសុរាម្រិត|ព្រះស៊ីសុវត្ថិ",
		types:   "", addr: "ផ្ទះលេខ {n} ផ្លូវ{s} {c} {p}",
		cities: "សង្កាត់បឹងកេងកង១ ខណ្ឌបឹងកេងកង រាជធានីភ្នំពេញ|សង្កាត់ទន្លេបាសាក់ ខណ្ឌចំការមន ភ្នំពេញ|សង្កាត់ស្វាយដង្គំ ក្រុងសៀមរាប|សង្កាត់ផ្សារថ្មី១ ខណ្ឌដូនពេញ ភ្នំពេញ",
		post:   "12###", cc: "855", trunk: "0", pre: "12,17,77,78,89,92,95,99,10,15,16,69,70,81,86,87,93,98,11,61,76,85,96,97,60,66,67,68,90,88", nlen: 8, nat: "3-3-3", intl: "2-3-3", zero: 0x17E0,
		lex: "សួស្តី|ឈ្មោះ|លេខទូរស័ព្ទ|អាសយដ្ឋាន|អ៊ីមែល|អរគុណ|លេខកូដ|ការបញ្ជាទិញ|សូម|ដឹកជញ្ជូន", dom: "gmail.com,yahoo.com"},
	{code: "kk_KZ", script: "other",
		given:   "Айгерим Нурлан Динара Ержан Алия Бауыржан Жанар Асхат Гульнара Данияр Сауле Ерлан Камила Айдос Мадина Арман Асель Тимур Жансая Нурсултан",
		family:  "Жумабаев Сейткали Нурпеисова Абдрахманов Оспанова Тулегенов Касымова Ахметов Бекмуханова Сагинтаев Искакова Омаров Байжанова Кенжебаев Мусина Сулейменов Джаксыбекова Есенов Турсынова Абишев",
		roman:   "aigerim nurlan dinara yerzhan aliya baurzhan zhanar askhat gulnara daniyar saule yerlan kamila",
		streets: "Абая|Достык|Назарбаева|Толе_би|Сатпаева|Кабанбай_батыра|Жандосова|Фурманова|Розыбакиева|Тимирязева",
		types:   "ул.,пр.", addr: "г. {c}, {t} {s}, д. {n}{u}, {p}",
		cities: "Алматы|Астана|Шымкент|Караганда|Актобе|Павлодар|Усть-Каменогорск|Атырау",
		post:   "0#####", cc: "7", trunk: "8", pre: "701,702,705,707,708,747,771,775,776,777,778", nlen: 10, nat: "1-3-3-2-2", intl: "3-3-2-2",
		lex: "Сәлеметсіз бе|аты-жөні|телефон|мекенжай|email|рахмет|код|тапсырыс|өтінемін|жеткізу", dom: "mail.ru,gmail.com,inbox.kz,yandex.kz"},
	{code: "ar_EG", script: "other",
		given:   "محمد أحمد مصطفى ياسمين نورهان كريم هبة عمرو منة شريف دينا طارق رحاب حازم سلمى وليد إسراء باسم نادين أيمن",
		family:  "عبدالعزيز الشناوي المصري حسانين البنا الجمال عبدالرحمن الشربيني السيد فرغلي النجار سليمان الدسوقي عثمان الحداد رضوان الطوخي قنديل زهران بدوي",
		roman:   "mohamed ahmed mostafa yasmin nourhan karim heba amr menna sherif dina tarek rehab hazem salma",
		streets: "التحرير|جامعة_الدول_العربية|شهاب|مصدق|الهرم|فيصل|عباس_العقاد|مكرم_عبيد|الثورة|سوريا",
		types:   "شارع", addr: "{n} {t} {s}، {c}، {p}",
		cities: "الدقي، الجيزة|المهندسين، الجيزة|مدينة نصر، القاهرة|مصر الجديدة، القاهرة|سموحة، الإسكندرية|المعادي، القاهرة",
		post:   "#####", cc: "20", trunk: "0", pre: "10,11,12,15", nlen: 10, nat: "3-4-4", intl: "2-4-4", zero: 0x0660,
		lex: "أهلاً|الاسم|رقم الموبايل|العنوان|الإيميل|شكراً|الكود|الطلب|من فضلك|التوصيل", dom: "gmail.com,yahoo.com,hotmail.com"},
	{code: "he_IL", script: "other",
		given:   "נועה איתי תמר יונתן שירה אורי מיכל עומר הילה דניאל יעל אלון רוני עידו ליאור נטע גיל מאיה אביב ענבל",
		family:  "כהן לוי מזרחי פרץ ביטון אברהם פרידמן שטרן גולדברג אזולאי דהן חדד ברקוביץ רוזנברג שפירא קליין אשכנזי וקנין בן-דוד גבאי",
		roman:   "noa itai tamar yonatan shira uri michal omer hila daniel yael alon roni ido lior",
		streets: "הרצל|אלנבי|דיזנגוף|ז'בוטינסקי|רוטשילד|בן_יהודה|יפו|ויצמן|אבן_גבירול|סוקולוב",
		types:   "רחוב,רח'", addr: "{t} {s} {n}{u}, {c} {p}",
		cities: "תל אביב-יפו|ירושלים|חיפה|ראשון לציון|פתח תקווה|באר שבע|רמת גן|נתניה",
		post:   "#######", cc: "972", trunk: "0", pre: "50,52,53,54,55,58", nlen: 9, nat: "3-3-4", intl: "2-3-4",
		lex: "שלום|שם|טלפון|כתובת|מייל|תודה|קוד|הזמנה|בבקשה|משלוח", dom: "gmail.com,walla.co.il,hotmail.com,012.net.il"},
}

func (l *locale) list(s string) []string {
	f := strings.Fields(s)
	for i := range f {
		f[i] = strings.ReplaceAll(f[i], "_", " ")
	}
	return f
}

func splitBar(s string) []string {
	out := strings.Split(s, "|")
	for i := range out {
		out[i] = strings.ReplaceAll(out[i], "_", " ")
	}
	return out
}

// lexicon is the locale's words, in this order.
const (
	lxHello = iota
	lxName
	lxPhone
	lxAddress
	lxEmail
	lxThanks
	lxCode
	lxOrder
	lxPlease
	lxDelivery
)

type locData struct {
	*locale
	given, family, roman, streets, types, cities, lex, dom, pre []string
}

var locTable = func() []*locData {
	out := make([]*locData, len(locales))
	for i := range locales {
		l := &locales[i]
		d := &locData{locale: l, given: l.list(l.given), family: l.list(l.family), roman: strings.Fields(l.roman),
			streets: splitBar(l.streets), cities: strings.Split(l.cities, "|"), lex: strings.Split(l.lex, "|"),
			dom: strings.Split(l.dom, ","), pre: strings.Split(l.pre, ",")}
		if l.types == "" {
			d.types = []string{""}
		} else {
			d.types = strings.Split(l.types, ",")
		}
		out[i] = d
	}
	return out
}()
