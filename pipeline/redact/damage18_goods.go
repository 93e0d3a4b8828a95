package redact

import "strings"

// A one-word introduction inside a run of capitalised words. The Polish
// "Pan" (Mr), the Turkish "Ben" (I) and the like introduce a name at a
// clause's start or after a role word or a greeting ("Pan Jan Kowalski",
// "Dzień dobry, Pan Nowak"). Capitalised right after another capitalised
// word, the same word is part of a product's or a place's name: "Grill Pan
// Air", "Frying Pan High-Capacity Pro", "Sleek Pan Dynamic". The run after
// it is then no name introduced by it.

// introInRun18 reports that the one-word intro at i (ending at intro) is
// capitalised right after a capitalised word of ASCII letters that is no
// role word or greeting.
func introInRun18(s string, i, intro int) bool {
	if i < 3 || intro <= i+1 || !isUpper(s[i]) || s[i-1] != ' ' {
		return false
	}
	b := i - 1
	for b > 0 && (isAlpha(s[b-1]) || s[b-1] == '-') {
		b--
	}
	if b == i-1 || !isUpper(s[b]) || b > 0 && (isWord(s[b-1]) || s[b-1] >= 0x80) {
		return false
	}
	var buf [24]byte
	if i-1-b > len(buf) {
		return false
	}
	lw := lower(buf[:0], s[b:i-1])
	if cls, _ := wordTable.get(lw); cls == wordName {
		return false // "Klient Pan …", "Dear Pan …": a role word or a greeting
	}
	return !greetings[string(lw)]
}

// lotCode18 reports a value that is a production lot's number, not a
// plot's: "lot" (again in capitals, as labels print it: "lot LOT 82A1907")
// and one code of letters and four digits or more ("L2026-913",
// "B7466223-25"), nothing after it. A plot in an address has a short
// number ("Lot 5 Blk 3, …", "Lot 12A").
func lotCode18(v string) bool {
	var wb [8]string
	ws := fields8(strings.TrimSpace(v), &wb)
	if len(ws) < 2 || !strings.EqualFold(ws[0], "lot") {
		return false
	}
	ws = ws[1:]
	if len(ws) > 1 && strings.EqualFold(ws[0], "lot") {
		ws = ws[1:]
	}
	if len(ws) != 1 {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(ws[0]); i++ {
		switch c := ws[0][i]; {
		case isDigit(c):
			digits++
		case isAlpha(c):
			letters++
		case c != '-' && c != '/':
			return false
		}
	}
	return digits >= 4 && (letters > 0 || strings.IndexByte(ws[0], '-') > 0)
}

// goodsHeads18 end the titles of goods in a catalogue ("Elegant Vacuum
// Bag", "Reliable Pipe", "Steel Teddy Bear", "Delicate Garden Hose"): the
// thing's noun, written last. Nouns that are as often a family name
// ("Bell", "Hall", "Ring", "Gold") are left out.
var goodsHeads18 = setOf("bag", "bags", "handbag", "backpack", "wallet", "purse", "pipe", "hose", "cover", "case",
	"holder", "bear", "router", "light", "lights", "lamp", "charger", "cable", "adapter", "dock", "pan", "pot",
	"kettle", "bottle", "mug", "cup", "towel", "blanket", "pillow", "mat", "rug", "toy", "doll", "shirt", "dress",
	"shoes", "sneakers", "boots", "jacket", "coat", "watch", "oil", "cream", "serum", "shampoo", "soap", "candle",
	"chair", "table", "desk", "sofa", "mattress", "shelf", "cabinet", "drawer", "organizer", "organiser", "rack",
	"tray", "basket", "bucket", "jar", "lid", "knife", "spatula", "utensil", "utensils", "grinder", "blender",
	"mixer", "toaster", "fryer", "heater", "cooler", "filter", "pump", "drill", "wrench", "screwdriver", "tool",
	"tools", "kit", "speaker", "speakers", "headphones", "earbuds", "headset", "keyboard", "mouse", "monitor",
	"camera", "tablet", "laptop", "sleeve", "stylus", "battery", "bulb", "cord", "plug", "socket", "sensor",
	"alarm", "clock", "mirror", "vase", "planter", "glove", "gloves", "hat", "scarf", "belt", "socks", "jeans",
	"pants", "shorts", "skirt", "sweater", "hoodie", "vest", "helmet", "bicycle", "scooter", "tent", "umbrella",
	"bowl", "plate", "dish", "sunglasses", "necklace", "bracelet", "earrings", "pen", "pencil", "notebook",
	"puzzle", "ball", "racket", "machine", "cooker", "oven", "vacuum", "steamer", "dryer", "purifier",
	"humidifier", "diffuser", "thermometer", "printer", "projector", "tripod", "lens", "recliner", "couch",
	"cushion", "curtain", "curtains", "duvet", "quilt", "bedding", "cookware", "bakeware", "teapot", "wok",
	"skillet", "griddle", "blouse", "trousers", "leggings", "sandals", "slippers", "earphones", "powerbank",
	"smartwatch", "figurine", "sticker", "stickers", "poster", "keychain", "lanyard", "pouch", "tote")

// goodsTitle18 reports a cell or value of two to six capitalised words
// that ends in a noun of goods and holds no word the name lexicon knows:
// "Elegant Vacuum Bag", not "Maria Bag" nor "Park Ji-hoon".
func goodsTitle18(v string) bool {
	var wb [8]string
	ws := fields8(strings.TrimSpace(v), &wb)
	if len(ws) < 1 || len(ws) > 6 {
		return false
	}
	var buf [24]byte
	last := ws[len(ws)-1]
	if len(last) > len(buf) || !goodsHeads18[string(lower(buf[:0], last))] {
		return false
	}
	for _, w := range ws {
		if lexClass(w) != 0 {
			return false
		}
	}
	return true
}

// notNamePair18 reports two cells side by side that are no given and
// family name: either is an occupation ("Sailor;Musician",
// "Hairdresser,…") or a company with its legal form ("…,深圳市海川贸易有限公司").
func notNamePair18(a, b string) bool {
	var buf [24]byte
	for _, w := range [2]string{a, b} {
		if len(w) <= len(buf) && occupationHeads[string(lower(buf[:0], w))] {
			return true
		}
	}
	return companyValue(a) || companyValue(b)
}
