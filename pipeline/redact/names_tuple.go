package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rows written without their columns' names. A database's error quotes the
// record it refused as a tuple of values, and a driver logs the values
// bound to an INSERT that lists no columns by their position alone:
//
//   - SQL Server: Cannot insert duplicate key in object 'dbo.Buyers'. The
//     duplicate key value is (…, Given Family, …).
//   - PostgreSQL: ERROR: … of relation "shipments" … DETAIL: Failing row
//     contains (…, Given Family, …).
//   - Oracle and others: INSERT INTO BUYERS VALUES (:x, :x) binds:
//     :1='Given Family', :2='…'
//
// Nothing names the person, but the row is a record of the table the text
// names. An item shaped like a person's name (two to four capitalised or
// caseless words, "FAMILY, Given", a Han name, one word of a script without
// case) is a name when that table holds people or their orders and
// shipments (buyers, customers, recipients, shipments, orders…), or when
// the row holds other PII of the record already found (a phone, an e-mail).
// Products (digits, lower-case brands), companies (a legal form), ids,
// amounts and statuses stay; a row of another table keeps its items.

// tupleMarkers start the rows read here.
var tupleMarkers = []string{"duplicate key value is (", "ailing row contains ("}

// mayHoldRowTuple is the cheap test before rowTupleSpans.
func mayHoldRowTuple(s string, sig uint32, tp *textPairs) bool {
	if sig&sigLParen != 0 && (tp.containsAt("duplicate key value is (", 10) || tp.containsAt("ailing row contains (", 9)) {
		return true
	}
	return sig&sigApos != 0 && sig&sigColon != 0 && tp.contains(":1=") ||
		sig&sigLBrack != 0 && tp.contains(hibernateBind)
}

// hibernateBind starts a value Hibernate logs bound to a statement it does
// not log beside it: binding parameter [1] as [VARCHAR] - [Given Family].
const hibernateBind = "binding parameter ["

// rowTupleSpans returns the name-shaped items of the rows in s.
func rowTupleSpans(s string, have []span) []span {
	person := personTable(s)
	var out []span
	var items []argItem
	for _, m := range tupleMarkers {
		for off := 0; ; {
			p := strings.Index(s[off:], m)
			if p < 0 {
				break
			}
			p += off + len(m)
			off = p
			end := tupleEnd(s, p)
			items = items[:0]
			for a := p; a < end; {
				e := strings.Index(s[a:end], ", ")
				if e < 0 {
					e = end
				} else {
					e += a
				}
				items = append(items, argItem{a, e})
				a = e + 2
			}
			out = tupleNames(s, items, person || pairHasPII(s, p, end, have), out)
		}
	}
	// Positional binds: :1='…', :2='…'
	if i := strings.Index(s, ":1="); i >= 0 {
		items = items[:0]
		for p, n := i, 1; p < len(s) && n <= 64; n++ {
			if !strings.HasPrefix(s[p:], ":"+itoa(n)+"=") {
				break
			}
			a := p + len(itoa(n)) + 2
			if a >= len(s) || s[a] != '\'' {
				break
			}
			e := quoted(s, a+1, '\'')
			if e >= len(s) {
				break
			}
			items = append(items, argItem{a + 1, e})
			p = e + 1
			for p < len(s) && (s[p] == ',' || s[p] == ' ') {
				p++
			}
		}
		if len(items) >= 2 {
			out = tupleNames(s, items, person || pairHasPII(s, i, items[len(items)-1].b, have), out)
		}
	}
	// Hibernate's binds without their statement: the values of one row.
	if strings.Contains(s, hibernateBind) && !sqlStatement(s) && !strings.Contains(s, "SELECT") && !strings.Contains(s, "select ") {
		items = items[:0]
		for off := 0; len(items) < 64; {
			p := strings.Index(s[off:], hibernateBind)
			if p < 0 {
				break
			}
			p += off + len(hibernateBind)
			off = p
			r := strings.Index(s[p:min(len(s), p+48)], "] - [")
			if r < 0 {
				continue
			}
			a := p + r + len("] - [")
			e := a
			for e < len(s) && s[e] != '\n' && !strings.HasPrefix(s[e:], "] ") && !(s[e] == ']' && (e+1 == len(s) || s[e+1] == '\n' || s[e+1] == '\r')) {
				if s[e] == '[' && isMarkerAt(s, e) {
					e = markerEnd(s, e)
					continue
				}
				e++
			}
			if e < len(s) && s[e] == ']' {
				items = append(items, argItem{a, e})
				off = e
			}
		}
		if len(items) >= 2 {
			out = tupleNames(s, items, pairHasPII(s, items[0].a, items[len(items)-1].b, have), out)
		}
	}
	return out
}

// tupleEnd returns the end of the tuple whose items start at p: its
// closing bracket, before "). " or ")" at the end of a line or the text.
func tupleEnd(s string, p int) int {
	nl := strings.IndexByte(s[p:], '\n')
	if nl < 0 {
		nl = len(s)
	} else {
		nl += p
	}
	e := strings.LastIndexByte(s[p:nl], ')')
	if e < 0 {
		return nl
	}
	return p + e
}

// pairHasPII reports PII already found, or a marker of an earlier pass,
// inside s[a:e].
func pairHasPII(s string, a, e int, have []span) bool {
	for _, h := range have {
		if h.start >= a && h.end <= e {
			return true
		}
	}
	return strings.Contains(s[a:e], "[REDACTED:") || strings.Contains(s[a:e], "[HASH:")
}

// tupleNames appends the items that are names when the row is a person's.
func tupleNames(s string, items []argItem, person bool, out []span) []span {
	if !person || len(items) < 2 {
		return out
	}
	for _, it := range items {
		v := strings.TrimSpace(s[it.a:it.b])
		if v == "" || strings.Contains(v, "[REDACTED:") || companyName(v) {
			continue
		}
		if tupleName(v) {
			a := it.a + strings.Index(s[it.a:it.b], v)
			out = append(out, span{start: a, end: a + len(v), kind: KindName})
		}
	}
	return out
}

// tupleName reports an item shaped like a person's name.
func tupleName(v string) bool {
	if hanName(v) {
		return utf8.RuneCountInString(v) > 2 || strings.ContainsRune(hanSurnames, []rune(v)[0])
	}
	if argName(v) && !strings.ContainsFunc(v, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		return !tradingName(v)
	}
	return caselessWords(v)
}

// tradingName reports a shop's or a carrier's name beside the buyer's in a
// row: a word of trade or a country ("… Logistik", "… Egypt"), an acronym
// of two or three capitals ("JB …"), a word of two short halves ("Hi-Fi").
func tradingName(v string) bool {
	if strings.Contains(v, ", ") {
		return false // "FAMILY, Given"
	}
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		if len(w) >= 2 && len(w) <= 3 && isUpper(w[0]) && isUpper(w[1]) && (len(w) == 2 || isUpper(w[2])) {
			return true
		}
		if h := strings.IndexByte(w, '-'); h > 0 && h <= 2 && len(w)-h-1 <= 2 && len(w)-h-1 > 0 {
			return true
		}
		var buf [24]byte
		if len(w) <= len(buf) && tradeWords[string(lower(buf[:0], w))] {
			return true
		}
	}
	return false
}

// tradeWords are words of shops' and carriers' names in the buyers'
// languages, and the names of countries and regions that end them
// ("… Philippines", "… Egypt").
var tradeWords = setOf("logistik", "lojistik", "logistica", "logística", "logistique", "logistics", "cargo", "kargo",
	"express", "ekspres", "expres", "courier", "kurir", "kurier", "shop", "store", "mart", "market", "markt",
	"online", "digital", "electronics", "elektronik", "electronica", "electrónica", "trading", "group", "grupo",
	"gruppe", "holdings", "holding", "international", "global", "retail", "fashion", "home", "tech", "mall",
	"supermarket", "hypermarket", "pharmacy", "farmacia", "apotek", "outlet", "direct", "plus", "world", "hub",
	"egypt", "philippines", "indonesia", "malaysia", "singapore", "thailand", "vietnam", "india", "pakistan",
	"nigeria", "kenya", "turkey", "türkiye", "germany", "deutschland", "france", "españa", "spain", "italia",
	"italy", "portugal", "brasil", "brazil", "mexico", "méxico", "argentina", "colombia", "chile", "peru", "perú",
	"romania", "românia", "hungary", "magyarország", "czech", "česko", "polska", "poland", "ukraine", "україна",
	"sweden", "sverige", "australia", "canada", "japan", "china", "korea", "africa", "europe", "asia", "latam",
	"uk", "usa", "us", "eu", "lanka", "bangladesh", "myanmar", "arabia", "emirates", "uae", "ksa", "qatar")

// caselessWords reports one to four words of letters of scripts without
// case (Burmese, Tamil, Thai, Arabic…), their marks included.
func caselessWords(v string) bool {
	ws := strings.Fields(v)
	if len(ws) == 0 || len(ws) > 4 || len(v) > 120 {
		return false
	}
	for _, w := range ws {
		for i, r := range w {
			if r < 0x80 || unicode.Is(unicode.Han, r) || unicode.IsUpper(r) || unicode.IsLower(r) {
				return false
			}
			if !unicode.IsLetter(r) && !(i > 0 && unicode.Is(unicode.M, r)) {
				return false
			}
		}
	}
	return true
}

// hanSurnames are the most common Chinese family names, simplified and
// traditional: a two-character item beginning with one is a name, any
// other two characters (深圳, 上海) as often a place.
const hanSurnames = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯"

// personTables are the words of a table's name whose rows are people or
// their orders, shipments and addresses.
var personTables = setOf("buyer", "buyers", "customer", "customers", "user", "users", "recipient", "recipients",
	"consignee", "consignees", "contact", "contacts", "member", "members", "client", "clients", "people", "person",
	"persons", "shipment", "shipments", "order", "orders", "delivery", "deliveries", "address", "addresses",
	"account", "accounts", "subscriber", "subscribers", "shopper", "shoppers", "profile", "profiles", "patient",
	"patients", "employee", "employees", "guest", "guests", "passenger", "passengers", "receiver", "receivers",
	"sender", "senders", "payer", "payers", "payee", "payees", "cardholder", "cardholders", "kunden", "kunde",
	"clientes", "cliente", "pedidos", "pedido", "usuarios", "utilisateurs", "commandes", "bestellungen", "pelanggan",
	"pembeli", "penerima", "destinatarios", "empfaenger", "consignments", "parcels", "waybills", "invoices", "billing")

// personTable reports text naming a table (a SQL Server object, a
// PostgreSQL relation, the table of an INSERT) whose rows are people.
func personTable(s string) bool {
	for _, m := range []string{"object '", `relation "`, "INSERT INTO ", "insert into ", "Insert into "} {
		for off := 0; ; {
			p := strings.Index(s[off:], m)
			if p < 0 {
				break
			}
			p += off + len(m)
			off = p
			e := p
			for e < len(s) && (isAlnum(s[e]) || s[e] == '_' || s[e] == '.' || s[e] == '[' || s[e] == ']' || s[e] == '"' && e > p && m[len(m)-1] != '"') {
				e++
			}
			name := strings.Trim(s[p:e], `[]"`)
			if d := strings.LastIndexByte(name, '.'); d >= 0 {
				name = name[d+1:]
			}
			name = strings.Trim(name, `[]"`)
			if tableOfPeople(name) {
				return true
			}
		}
	}
	return false
}

// tableOfPeople reports a table's name one of whose words (split at '_'
// and at a change to upper case: "BuyerAddresses") is in personTables.
func tableOfPeople(name string) bool {
	start := 0
	var buf [32]byte
	for i := 0; i <= len(name); i++ {
		if i == len(name) || name[i] == '_' || i > start && isUpper(name[i]) && !isUpper(name[i-1]) {
			if w := name[start:i]; len(w) > 1 && len(w) <= len(buf) && personTables[string(lower(buf[:0], w))] {
				return true
			}
			start = i
			if i < len(name) && name[i] == '_' {
				start = i + 1
			}
		}
	}
	return false
}

// itoa formats a small non-negative n.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
