package redact

import "strings"

// Street, house and district words of South and Southeast Asia and East
// Africa that addrWords lacked: Sinhala, Tamil, Telugu, Kannada,
// Malayalam, Bengali, Urdu and Burmese street types, written in their
// script ("85/7, ගාලු පාර, කොළඹ 12", "44, காமராஜர் தெரு, மயிலாப்பூர்",
// "House 12, گلی 4") and romanised ("Galle Mawatha", "Kamarajar Salai").
// Burmese fuses the street type to the street's name ("အနော်ရထာလမ်း",
// "ကမာရွတ်မြို့နယ်"), as Thai fuses it before the name.
var moreAddrWords = []string{
	// Sinhala: road, avenue (mawatha), street, lane, house
	"පාර", "මාවත", "වීදිය", "පටුමග", "නිවස", "mawatha", "mw",
	// Tamil: street, road, avenue, nagar, lane; romanised
	"தெரு", "சாலை", "வீதி", "நகர்", "சந்து", "theru", "salai", "veedhi",
	// Telugu, Kannada, Malayalam, Gujarati, Marathi and Bengali roads and streets
	"వీధి", "రోడ్డు", "రోడ్", "ರಸ್ತೆ", "ರೋಡ್", "റോഡ്", "തെരുവ്", "રોડ", "રસ્તો", "রাস্তা", "সড়ক", "রোড", "লেন", "বাড়ি",
	// Urdu: street, road, house, quarter, colony, block, sector
	"گلی", "سڑک", "روڈ", "مکان", "محلہ", "کالونی", "بلاک", "سیکٹر",
	// Burmese: number, road, township, ward, quarter
	"အမှတ်", "လမ်း", "မြို့နယ်", "ရပ်ကွက်",
	// Swahili: road, street, house
	"barabara", "mtaa", "nyumba",
	// Vietnamese wards, districts, communes and hamlets; Polish estates and flats
	"phường", "quận", "huyện", "xã", "thị", "tp", "ấp", "thôn", "tổ", "os", "osiedle", "mieszkanie", "lok", "lokal",
	// Turkish neighbourhoods, abbreviated
	"mah", "mahallesi", "mh",
}

// fusedAddrSuffixes end the words of scripts that write the street type
// fused to the name (Burmese).
var fusedAddrSuffixes = []string{"လမ်း", "မြို့နယ်", "ရပ်ကွက်"}

func init() {
	for _, w := range moreAddrWords {
		addrWords[w] = true
	}
}

// fusedAddrWord reports a token that ends in a fused street or district
// type ("အနော်ရထာလမ်း"), a list separator of its script ("၊") dropped.
func fusedAddrWord(t string) bool {
	if t == "" || t[0] < 0x80 {
		return false
	}
	t = strings.TrimSuffix(t, "၊")
	for _, suf := range fusedAddrSuffixes {
		if len(t) > len(suf) && strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

// listSeparators are the commas of other scripts: Burmese "၊", Arabic "،",
// the ideographic "、".
var listSeparators = strings.NewReplacer("၊", ",", "،", ",", "、", ",")

// locationAddress reports an iCalendar LOCATION (commas unescaped) that
// reads as an address though neither a cell's nor a place's shape covers
// it: a part that is a house number alone ("85/7", "362", "7253", "House
// 213", "No. 12", "အမှတ် 138") and a part that holds a street type
// ("ගාලු පාර", "Travessa do Almada", "Andrássy körút 103."). A room, a
// dock or a building of the calendar's owner ("Dock 4, Building 2") has no
// street.
func locationAddress(u string) bool {
	if len(u) > 200 || strings.Contains(u, "://") || strings.ContainsAny(u, "@=") {
		return false
	}
	u = listSeparators.Replace(u)
	parts := strings.Split(u, ",")
	if len(parts) < 2 || len(parts) > 8 {
		return false
	}
	house, street := false, false
	for _, p := range parts {
		fs := strings.Fields(p)
		switch {
		case len(fs) == 1 && numberToken(fs[0]) && hasDigitByte(fs[0]):
			house = true
		case len(fs) == 2 && houseWord(fs[0]) && numberToken(fs[1]) && hasDigitByte(fs[1]):
			house = true
		}
		for _, f := range fs {
			if streetTypeToken(f) {
				street = true
			}
		}
	}
	return house && street
}

// houseWord reports the word written before a house number: "House",
// "No.", "Nº", "H.No.", "အမှတ်".
func houseWord(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ".")) {
	case "house", "hse", "no", "nº", "n°", "n.º", "№", "nr", "h.no", "hno", "plot", "အမှတ်", "مکان", "ផ្ទះលេខ":
		return true
	}
	return false
}

// streetTypeToken reports a street type, written before or after the
// name, in any script: not a building's, a floor's or a unit's word.
func streetTypeToken(f string) bool {
	t := strings.TrimRight(f, ".,")
	if t == "" {
		return false
	}
	if fusedAddrWord(t) || streetWordToken(t) {
		return true
	}
	l := strings.ToLower(t)
	if streetAfter[l] || streetBefore[l] && l != "block" && l != "blk" && l != "lot" && l != "unit" && l != "flat" && l != "house" && l != "hse" && l != "plot" && l != "sector" {
		return true
	}
	for _, w := range nonLatinStreet {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	switch t {
	case "පාර", "මාවත", "වීදිය", "පටුමග", "தெரு", "சாலை", "வீதி", "సందు", "వీధి", "రోడ్డు", "ರಸ್ತೆ", "റോഡ്", "রাস্তা", "সড়ক", "রোড", "گلی", "سڑک", "روڈ":
		return true
	}
	switch l {
	case "mawatha", "salai", "theru", "veedhi", "barabara", "mtaa", "street", "road", "avenue":
		return true
	}
	return false
}

func hasDigitByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// houseNoColon reports a colon at c that belongs to a house or flat
// number written as Turkish addresses write them ("Cumhuriyet Cad. No: 87
// D: 20", "Kat: 3", "Daire: 5"), not to a label: the word before it is
// such a number's word and a digit follows.
func houseNoColon(v string, c int) bool {
	w := v[:c]
	if sp := strings.LastIndexByte(w, ' '); sp >= 0 {
		w = w[sp+1:]
	} else {
		return false // "No: 87" at the line's start is a label's
	}
	k := c + 1
	for k < len(v) && v[k] == ' ' {
		k++
	}
	if k >= len(v) || !isDigit(v[k]) {
		return false
	}
	switch strings.ToLower(w) {
	case "no", "d", "kat", "daire", "blok", "nr":
	default:
		return false
	}
	// the words before it name a street ("Cumhuriyet Cad.", "Kızılay
	// Mah."), not a document ("Invoice No: 123", "Tax No: 9")
	for _, f := range strings.Fields(v[:c]) {
		if addrToken(f) || streetTypeToken(f) {
			return true
		}
	}
	return false
}
