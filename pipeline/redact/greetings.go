package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A message that opens with a greeting names its reader before the first
// comma: "Dzień dobry Paweł Nowak-Kowalczyk, …", "Bună ziua DUMITRESCU
// Bogdan, …", "您好 陳子軒, …", "Hello sir ARJUN IYER, …". The scanner
// looks for greetings of the shops' languages where a message starts (the
// text's start, a line's, a quoted string's, after "] " or ": ") and
// redacts the name between the greeting (and an honorific) and the comma,
// besides what it reads there itself.

// openingGreetings are the openings, lower case; ASCII letters match any case.
var openingGreetings = []string{"hello", "hi", "hey", "dear", "good morning", "good afternoon", "good evening", "howzit",
	"openingGreetings", "hola", "buenos días", "buenos dias", "buenas tardes", "buenas noches", "estimado", "estimada",
	"olá", "ola", "oi", "bom dia", "boa tarde", "boa noite", "prezado", "prezada", "caro", "cara", "bonjour",
	"bonsoir", "salut", "cher", "chère", "hallo", "guten tag", "guten morgen", "guten abend", "grüß gott",
	"gruss gott", "grüezi", "servus", "moin", "liebe", "lieber", "sehr geehrte", "sehr geehrter", "ciao",
	"buongiorno", "buonasera", "gentile", "egregio", "dzień dobry", "dzien dobry", "witam", "cześć", "szanowny",
	"szanowna", "dobrý den", "dobry den", "dobrý deň", "ahoj", "vážený", "vážená", "bună ziua", "buna ziua",
	"bună", "stimate", "stimată", "merhaba", "selam", "iyi günler", "здравствуйте", "добрый день", "привет",
	"уважаемый", "уважаемая", "добрий день", "вітаю", "шановний", "шановна", "καλησπέρα", "καλημέρα",
	"γεια σας", "γεια σου", "αγαπητέ", "αγαπητή", "שלום", "habari", "jambo", "hujambo", "salamu", "السلام عليكم",
	"مرحبا", "مرحباً", "أهلا", "اهلا", "عزيزي", "عزيزتي", "您好", "你好", "親愛的", "亲爱的", "こんにちは",
	"いつもご利用ありがとうございます", "お世話になっております", "안녕하세요", "สวัสดี", "สวัสดีค่ะ",
	"สวัสดีครับ", "chào", "xin chào", "chào shop", "kính gửi", "halo", "selamat pagi", "selamat siang",
	"selamat sore", "selamat malam", "hai", "namaste", "namaskar", "hej", "hallå", "god dag", "goddag", "hei",
	"moi", "hyvää päivää", "hoi", "goedendag", "goeiedag", "goedemiddag", "goedemorgen", "goedenavond", "beste", "sawubona", "dumela",
	"kedves", "jó napot", "tere", "labas", "sveiki", "zdravo", "pozdrav", "здраво",
	// Dear and hello in the languages of the Caucasus, Central Asia, the
	// Baltic and Nordic countries, the Balkans, Africa and South and
	// South-East Asia, as letters and notifications open.
	"ძვირფასო", "ძვირფასი", "პატივცემულო", "გამარჯობა", "სალამი", "հարգելի", "սիրելի", "բարև", "բարև ձեզ",
	"барев", "құрметті", "қымбатты", "сәлеметсіз бе", "сәлем", "эрхэм", "эрхэм хүндэт", "хүндэт", "сайн байна уу",
	"сайн уу", "урматтуу", "саламатсызбы", "hurmatli", "assalomu alaykum", "мӯҳтарам", "hörmətli", "salam",
	"дорогой", "дорогая", "дорогий", "дорога", "паважаны", "паважаная", "уважаеми", "здравейте", "поштовани",
	"поштована", "почитуван", "почитувана", "poštovani", "poštovana", "postovani", "postovana", "draga", "dragi",
	"spoštovani", "spoštovana", "i nderuar", "e nderuar", "përshëndetje", "kæri", "kæra", "kæri/kæra", "sæll",
	"sæl", "sæl/sæll", "góðan dag", "halló", "kjære", "kære", "bästa", "kära", "hyvä", "gerb.", "gerbiamas",
	"gerbiama", "gerbiamasis", "gerbiamoji", "mielas", "mieloji", "laba diena", "labdien", "cienījamais",
	"cienījamā", "cien.", "lugupeetud", "hea", "ውድ", "ክቡር", "ክብርት", "ሰላም", "ጤና ይስጥልኝ", "ẹ kú àárọ̀",
	"ẹ kú ọ̀sán", "ẹ kú irọ̀lẹ́", "ẹ n lẹ", "ẹ ǹlẹ́", "bawo", "ọ̀wọ́n", "owon", "sannu", "ndewo", "sanibonani",
	"molo", "dumelang", "mhoro", "manao ahoana", "ជូនចំពោះ", "គោរពជូន", "សួស្តី", "ជម្រាបសួរ", "เรียน",
	"เรียนคุณ", "ສະບາຍດີ", "မင်္ဂလာပါ", "प्रिय", "आदरणीय", "नमस्कार", "नमस्ते", "प्रिय श्री", "প্রিয়", "নমস্কার",
	"அன்புள்ள", "வணக்கம்", "ప్రియమైన", "నమస్కారం", "ಪ್ರಿಯ", "പ്രിയ", "પ્રિય", "ਪਿਆਰੇ", "ආයුබෝවන්", "ආදරණීය",
	"محترم", "محترمہ", "عزیز", "سلام", "جناب", "yth.", "yang terhormat", "yang dihormati", "mahal na",
	"kumusta", "değerli", "sayın", "לכבוד", "היי", "вітаємо",
	// Australian, Croatian, Bengali, Urdu and Persian, Arabic with its
	// tanwin, Hindi and Filipino openings of a buyer's message.
	"g'day", "g’day", "good day", "bok", "dobar dan", "আসসালামু আলাইকুম", "হ্যালো", "السلام علیکم", "أهلاً",
	"اهلاً", "مرحبًا", "درود", "آداب", "हैलो", "magandang araw"}

// honorifics may stand between a greeting and the name.
var honorifics = []string{"sir", "madam", "ma'am", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr",
	"dr.", "prof", "prof.", "herr", "frau", "m.", "mme", "mme.", "mlle", "sr", "sr.", "sra", "sra.", "srta.",
	"dom", "dona", "pan", "pani", "bay", "bayan", "sayın", "г-н", "г-жа", "κ.", "κα", "anh", "chị", "em", "cô",
	"chú", "bác", "ông", "bà", "คุณ", "bapak", "pak", "ibu", "bu", "encik", "cik", "puan", "tuan", "shri",
	"smt.", "bwana", "mzee", "ing", "ing.", "mag", "mag.", "mgr", "mgr.", "bc.", "dipl.-ing.", "dott.", "dott.ssa",
	"avv.", "arch.", "doc.", "mudr.", "judr.", "phdr.", "rndr.", "dra.", "lic.", "السيد", "السيدة", "الأستاذ", "אדון", "גברת", "shop", "team",
	// Mr and Mrs of more languages: Georgian, Armenian, Kazakh, Mongolian,
	// Amharic, Khmer, Hindi, Zulu, Yoruba, Lithuanian, Icelandic, Balkan
	"ბატონო", "ბატონი", "ქალბატონო", "ქალბატონი", "պարոն", "տիկին", "мырза", "ханым", "ноён", "хатагтай",
	"አቶ", "ወ/ሮ", "ወይዘሮ", "ወ/ሪት", "ዶ/ር", "លោក", "លោកស្រី", "អ្នកស្រី", "श्री", "श्रीमती", "सुश्री", "कुमारी",
	"mnumzane", "nkosikazi", "nkosazana", "ọ̀gbẹ́ni", "ogbeni", "ìyáàfin", "iyaafin", "p.", "ponas", "ponia",
	"herra", "frú", "gospodine", "gospođo", "господине", "госпођо", "господин", "госпожо", "хүндэт",
	// abbreviated: Romanian (domnul, doamna), Swahili (Bwana, Bibi), Filipino
	// (Ginoo, Ginang, Binibini), Indonesian and Malay (Saudara, Tuan, Puan)
	"dl.", "dna.", "d-na", "d-l", "bw.", "bi.", "g.", "gng.", "bb.", "sdr.", "sdri.", "tn.", "pn.",
	// Hungarian junior and widow, Arabic engineer and doctor abbreviated
	"ifj.", "özv.", "م.", "د."}

var greetingFirst = func() (t [256][]string) {
	var all []string
	for _, g := range openingGreetings {
		all = append(all, g)
		// Capitalised too when the first letter is beyond ASCII
		// ("Здравствуйте"); prefixFold1 folds ASCII only.
		if r, n := utf8.DecodeRuneInString(g); r >= 0x80 && unicode.IsLower(r) {
			all = append(all, string(unicode.ToUpper(r))+g[n:])
		}
	}
	for _, g := range all {
		t[g[0]] = append(t[g[0]], g)
		if g[0] >= 'a' && g[0] <= 'z' {
			t[g[0]-'a'+'A'] = append(t[g[0]-'a'+'A'], g)
		}
	}
	return t
}()

var honorificSet = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range honorifics {
		m[h] = true
	}
	return m
}()

// greetingPair filters message starts by their first two bytes (the first
// folded to lower case) before the greetings are compared.
var greetingPair = func() *[256][256]bool {
	var t [256][256]bool
	for c := range greetingFirst {
		for _, g := range greetingFirst[c] {
			t[c][g[1]] = true
		}
	}
	return &t
}()

// startByte are the bytes a message may start after (see messageStart).
var startByte = [256]bool{'\n': true, '"': true, '\'': true, '>': true, ' ': true, 0x8C: true, '=': true}

// messageStart reports whether a message may start at i.
func messageStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case '\n', '"', '\'', '>':
		return true
	case ' ':
		return i >= 2 && (s[i-2] == ']' || s[i-2] == ':' || s[i-2] == '.' || s[i-2] == '!' || s[i-2] == ',' ||
			s[i-2] == ';' || s[i-2] == '|' || s[i-2] == '-' && i >= 3 && s[i-3] == ' ') // "… - Grüß Gott …", "…, Chào shop …"
	case 0x8C:
		return strings.HasSuffix(s[:i], "，") // a chat's full-width comma
	case '=':
		return messageKeyBefore28(s, i-1) // "Body=Habari …": a form's message field (na28_greetings.go)
	}
	return false
}

// allowedSpans keeps the spans whose kind is on and whose text the
// allow-list does not exempt, as emit would.
func (sc *scanner) allowedSpans(sp []span) []span {
	out := sp[:0]
	for _, x := range sp {
		if sc.off&(1<<x.kind) != 0 || x.kind < KindCustom && sc.r.kindAction[x.kind] == ActionOff || sc.r.allowed(sc.s[x.start:x.end]) {
			continue
		}
		out = append(out, x)
	}
	return out
}

// greetingAt reads a greeting at i and the name after it.
func greetingAt(s string, i int) (int, int, bool) {
	g := ""
	for _, w := range greetingCands28(s, i) {
		if len(w) > len(g) && len(s)-i > len(w) && !foldDiffers(s[i:i+len(w)], w) && strings.EqualFold(s[i:i+len(w)], w) {
			g = w
		}
	}
	if g == "" {
		return 0, 0, false
	}
	p := i + len(g)
	if p >= len(s) || s[p] != ' ' && !strings.HasPrefix(s[p:], "　") {
		return 0, 0, false // "Hijau", "Hola," : the greeting ends with a space before a name
	}
	return greetedName(s, p)
}

// greetedName reads the name after a greeting at p: honorifics skipped, one
// to five words of letters up to a comma (or to the end of the line, the
// string or the sentence, or a " - ": then four words at most); a name
// written "Family, Given," takes its given name too.
func greetedName(s string, p int) (int, int, bool) {
	skip := func() {
		for p < len(s) {
			if s[p] == ' ' {
				p++
			} else if strings.HasPrefix(s[p:], "　") {
				p += len("　")
			} else {
				break
			}
		}
	}
	skip()
	for n := 0; n < 3; n++ {
		e := p
		for e < len(s) && s[e] != ' ' && s[e] != ',' {
			e++
		}
		if !honorificSet[strings.ToLower(s[p:e])] {
			break
		}
		p = e
		skip()
	}
	a := p
	lim := min(len(s), a+72)
	c, comma := -1, false
	for q := a; q < lim && c < 0; {
		r, w := utf8.DecodeRuneInString(s[q:])
		switch {
		case r == ',' || r == '，' || r == '、' || r == '،': // (Arabic's comma: "مرحباً …، …")
			c, comma = q, true
		case r == '[' && markerEnd(s, q) > 0:
			// A marker is read as the value it replaced: a name's letters
			// go on, any other value held a digit or a sign that refuses a
			// name ("สวัสดีค่ะ ส่งมาที่ 15/10 …": "send to" is no name).
			if !markerOfName(s, q) {
				return 0, 0, false
			}
			w = markerEnd(s, q) - q
		case r == '\n' || r == '"' || r == '\\' || r == '[' || r == '(' || r == '!' || r == '?':
			c = q // the message, the line or the string goes on without a comma
		case r == '.' && (q+1 == len(s) || s[q+1] == ' ' || s[q+1] == '"' || s[q+1] == '\\') && !initialBefore(s, a, q):
			c = q // "Dobrý den Eva Černá. moje nová adresa …"
		case r == '-' && q > a && s[q-1] == ' ' && q+1 < len(s) && s[q+1] == ' ':
			c = q // "Grüß Gott Mag. Lukas Steiner - idempotency key …"
		case unicode.IsDigit(r) || strings.ContainsRune("@/:;|=<>]{}#\t", r):
			return 0, 0, false
		}
		q += w
		if c < 0 && q == len(s) {
			c = q
		}
	}
	if c <= a {
		return 0, 0, false
	}
	b := c
	for b > a && s[b-1] == ' ' {
		b--
	}
	name := s[a:b]
	if !utf8.ValidString(name) {
		return 0, 0, false // bytes of no script: no name (and a second pass would read them otherwise)
	}
	words := strings.Fields(name)
	if len(words) > 0 {
		for _, g := range greetingFirst[words[0][0]] {
			if strings.EqualFold(words[0], g) {
				return 0, 0, false // "Hi Hi …": a greeting again, no name
			}
		}
	}
	if len(words) == 0 || len(words) > 5 || !nameWords(words) {
		return 0, 0, false
	}
	if !comma && len(words) > 4 {
		return 0, 0, false // without a comma, a name is short
	}
	// "van der Merwe, Annelie, …", "Dear Brown, Amelia": the given name
	// after the comma.
	if rest := s[min(c+1, len(s)):]; comma && len(rest) > 2 && rest[0] == ' ' {
		e := 1
		for e < len(rest) {
			r, w := utf8.DecodeRuneInString(rest[e:])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' && r != '\'' {
				break
			}
			e += w
		}
		end := e == len(rest) || strings.IndexByte(",.!\n\"\\", rest[e]) >= 0 ||
			capsFamily(name) && rest[e] == ' ' && e+1 < len(rest) && rest[e+1] >= 'a' && rest[e+1] <= 'z' // "FÁṢỌLÁ, Adébáyọ̀ tracking …"
		if end && e > 1 && nameWords([]string{rest[1:e]}) && len(words) <= 3 {
			b = c + 1 + e // the given name ends the message or a clause
		}
	}
	return a, b, true
}

// markerOfName reports whether the marker at s[i] stands for a name.
func markerOfName(s string, i int) bool {
	t := strings.TrimPrefix(strings.TrimPrefix(s[i:], "[REDACTED:"), "[HASH:")
	return strings.HasPrefix(t, "name]") || strings.HasPrefix(t, "name:")
}

// nameWords reports words that may be a name: each starts with a capital
// or with a letter of a script without case, apart from particles ("van",
// "der", "dos", "bin").
func nameWords(words []string) bool {
	caps := 0
	for _, w := range words {
		switch {
		case capOrCaseless(w): // (Georgian's everyday letters are caseless here)
			caps++
		case particleWord(w):
		default:
			return false
		}
	}
	return caps > 0
}

// particleWord reports the lower-case particles of names.
func particleWord(w string) bool {
	switch w {
	case "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "do", "du", "la", "le", "von", "zu",
		"ten", "ter", "y", "e", "bin", "binti", "bint", "al", "el", "s/o", "d/o", "a/l", "a/p", "ibn", "abu":
		return true
	}
	return false
}

// initialBefore reports an initial before the full stop at q ("John A.
// Smith"): a single capital letter after a space or at a.
func initialBefore(s string, a, q int) bool {
	return q-1 >= a && isUpper(s[q-1]) && (q-1 == a || s[q-2] == ' ')
}

// greetingNext reports a greeting of a message at k ("Ẹ kú àárọ̀ …" after
// "customer: "): the name is the greeting's to read, after it.
func greetingNext(s string, k int) bool {
	if k+1 >= len(s) || !greetingPair[s[k]][s[k+1]] || !messageStart(s, k) {
		return false
	}
	_, _, ok := greetingAt(s, k)
	return ok
}
