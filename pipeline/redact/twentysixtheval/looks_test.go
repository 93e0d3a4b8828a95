package twentysixtheval

import (
	"fmt"
	"strconv"
	"strings"
)

// Look-alikes: values that must survive byte for byte.

func (g *gen) order() (string, string) {
	switch g.r.IntN(6) {
	case 0:
		return "amazon", g.fill(g.pick([]string{"1##-#######-#######", "2##-#######-#######", "4##-#######-#######"}))
	case 1:
		return "shopify", g.pick([]string{"5", "6"}) + g.alnum(12, digits)
	case 2:
		return "shopify_name", "#" + g.pick([]string{"SH", "", "MY"}) + strconv.Itoa(1001+g.r.IntN(98000))
	case 3:
		return "tiktok", "57" + g.pick([]string{"6", "7"}) + g.alnum(15, digits)
	case 4:
		return "shopee", fmt.Sprintf("2%d%02d%02d", 5+g.r.IntN(2), 1+g.r.IntN(12), 1+g.r.IntN(28)) + g.alnum(8, "ABCDEFGHJKMNPQRSTUVWXY23456789")
	default:
		return "lazada", g.pick([]string{"8", "5", "7"}) + g.alnum(14, digits)
	}
}

func s10check(n string) byte {
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	s := 0
	for i := 0; i < 8; i++ {
		s += int(n[i]-'0') * w[i]
	}
	c := 11 - s%11
	if c == 10 {
		c = 0
	} else if c == 11 {
		c = 5
	}
	return byte('0' + c)
}

func (g *gen) tracking() (string, string) {
	switch g.r.IntN(5) {
	case 0:
		return "ups_1z", "1Z" + g.alnum(6, upnum) + g.alnum(10, digits)
	case 1:
		n := g.alnum(8, digits)
		return "s10", g.pick([]string{"RR", "LX", "EE", "CP", "RB"}) + n + string(s10check(n)) + g.pick([]string{"CN", "JP", "DE", "SG", "TH", "MY"})
	case 2:
		return "carrier_numeric", g.pick([]string{"7", "3", "5"}) + g.alnum(11, digits)
	case 3:
		return "carrier_code", g.pick([]string{"JP", "JX", "SPXID", "NVSG", "MYMPA", "LEX", "TH"}) + g.alnum(10, digits)
	default:
		return "carrier_numeric", "4" + g.alnum(9, digits) + "-" + g.alnum(2, digits)
	}
}

func (g *gen) epochLuhn() string {
	for {
		s := "179" + g.alnum(10, digits)
		if luhnOK(s) {
			return s
		}
	}
}

func (g *gen) ean13() string {
	body := g.pick([]string{"400", "490", "693", "885", "899", "880", "789", "750", "871", "590", "800"}) + g.alnum(9, digits)
	s := 0
	for i := 0; i < 12; i++ {
		d := int(body[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		s += d
	}
	return body + strconv.Itoa((10-s%10)%10)
}

func (g *gen) uuid() string {
	h := g.alnum(32, hexl)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
}

func (g *gen) sku() string {
	return g.pick([]string{"SKU-", "", "JK-", "TS-"}) + g.alnum(3, "ABCDEFGHKLMNPRSTVWX") + "-" + g.alnum(4, digits) + "-" + g.pick([]string{"BLK", "NVY", "WHT", "RED", "XL", "M", "S", "38", "42"})
}

func group3(n int, sep string) string {
	s := strconv.Itoa(n)
	var out []string
	for len(s) > 3 {
		out = append([]string{s[len(s)-3:]}, out...)
		s = s[:len(s)-3]
	}
	return strings.Join(append([]string{s}, out...), sep)
}

func indian(n int) string {
	s := strconv.Itoa(n)
	if len(s) <= 3 {
		return s
	}
	head, tail := s[:len(s)-3], s[len(s)-3:]
	var parts []string
	for len(head) > 2 {
		parts = append([]string{head[len(head)-2:]}, parts...)
		head = head[:len(head)-2]
	}
	parts = append([]string{head}, parts...)
	return strings.Join(parts, ",") + "," + tail
}

func (g *gen) amount(l *locale) string {
	n := 5 + g.r.IntN(250000)
	c := fmt.Sprintf("%02d", g.r.IntN(100))
	switch l.curr {
	case 0:
		return "$" + group3(n%9000, ",") + "." + c
	case 1:
		return "£" + strconv.Itoa(n%900) + "." + c
	case 2:
		return g.pick([]string{"₹", "Rs. ", "INR "}) + indian(n) + ".00"
	case 3:
		return group3(n%9000, ".") + "," + c + " €"
	case 4:
		return "$" + group3(n%40000, ",") + ".00 MXN"
	case 5:
		return "R$ " + group3(n%20000, ".") + "," + c
	case 6:
		return group3(n%20000, " ") + "," + c + " zł"
	case 7:
		return group3(n%20000, ".") + "," + c + " TL"
	case 8:
		return group3(n%90000, " ") + " ₽"
	case 9:
		return group3(n%90000, " ") + " грн"
	case 10:
		return g.pick([]string{"SAR ", "ر.س "}) + group3(n%9000, ",") + ".00"
	case 11:
		return "EGP " + group3(n%90000, ",")
	case 12:
		return "₪" + group3(n%9000, ",") + "." + c
	case 13:
		return group3(n*10, ",") + " ریال"
	case 14:
		return "৳" + group3(n%90000, ",")
	case 15:
		return "฿" + group3(n%9000, ",") + ".00"
	case 16:
		return group3(n*100, ".") + "₫"
	case 17:
		return "Rp " + group3(n*100, ".")
	case 18:
		return "RM " + strconv.Itoa(n%900) + "." + c
	case 19:
		return "₱" + group3(n%20000, ",") + ".00"
	case 20:
		return g.pick([]string{"¥", "￥"}) + group3(n%30000, ",") + g.pick([]string{"", ".00"})
	case 21:
		return "NT$" + group3(n%30000, ",")
	case 22:
		return g.pick([]string{"¥" + group3(n%90000, ","), group3(n%90000, ",") + "円"})
	case 23:
		return "₩" + group3(n*10, ",")
	case 24:
		return group3(n%20000, " ") + " kr"
	case 25:
		return "KSh " + group3(n%90000, ",")
	default:
		return strconv.Itoa(n%900) + "." + c + " ₾"
	}
}

func (g *gen) date(l *locale) string {
	y, m, d := 2026, 1+g.r.IntN(12), 1+g.r.IntN(28)
	switch l.code {
	case "ja_JP", "zh_CN", "zh_TW":
		return fmt.Sprintf("%d年%d月%d日", y, m, d)
	case "ko_KR":
		return fmt.Sprintf("%d. %d. %d.", y, m, d)
	case "th_TH":
		return fmt.Sprintf("%d/%02d/%d", d, m, y+543)
	case "fa_IR":
		return fmt.Sprintf("1405/%02d/%02d", m, d)
	case "de_DE", "ru_RU", "uk_UA", "pl_PL", "tr_TR":
		return fmt.Sprintf("%02d.%02d.%d", d, m, y)
	case "en_US", "fil_PH":
		return fmt.Sprintf("%d/%d/%d", m, d, y)
	case "sv_SE", "ka_GE":
		return fmt.Sprintf("%d-%02d-%02d", y, m, d)
	}
	return fmt.Sprintf("%02d/%02d/%d", d, m, y)
}

// Products and brands that read like people or places: a brand or a
// product stays, whoever it is named after.
var products = []string{"Santa Maria Novella eau de cologne", "Marc Jacobs tote", "Paris Hilton perfume", "Tommy Hilfiger polo", "Carolina Herrera Good Girl 80ml",
	"Ralph Lauren cap", "Calvin Klein boxer 3-pack", "Jimmy Choo heels", "Dr. Martens 1460 boots", "Hugo Boss belt", "Oscar de la Renta scarf", "Victoria's Secret body mist",
	"Abbey Road vinyl reissue", "Baker Street mug", "Sesame Street plush", "Fifth Avenue desk lamp", "Rodeo Drive candle", "Shibuya Crossing puzzle", "Champs-Élysées silk scarf",
	"Kate Spade wallet", "Michael Kors watch", "Stella McCartney sneakers", "Jo Malone Peony & Blush Suede", "Ted Baker tote", "Tory Burch flats", "Anne Klein bracelet",
	"Xiaomi Redmi Note 13", "Samsung Galaxy A55 case", "phone case for iPhone 15", "Uniqlo Heattech crew neck", "Muji aroma diffuser", "Yves Saint Laurent lipstick",
	"Sofia Coppola Blanc de Blancs", "Jean Paul Gaultier Le Male", "Ferragamo Gancini belt", "Valentino Garavani Rockstud", "Laura Mercier setting powder", "Bobbi Brown concealer"}

var shops = []string{"Toko Maju Jaya", "Kedai Runcit Ah Seng", "Tienda Doña Pepa", "Boutique Chez Marianne", "Mama Ngozi Fabrics", "Nhà sách Phương Nam", "Warung Bu Sri", "Loja Dona Benta",
	"Sari-Sari ni Aling Nena", "Casa Gutiérrez e Hijos", "Lindqvist & Söner AB", "Müller Haushaltswaren GmbH", "Al Fardan Trading LLC", "Tan Brothers Enterprise Sdn Bhd", "山田商店", "김씨네 과일가게"}

var traps = []string{"Black Friday Mega Sale Starts Now", "New Year Flash Deal Bundle", "Golden Week Special Edition", "Ramadan Kareem Gift Box", "Diwali Festive Combo Pack",
	"Hari Raya Open House Hamper", "Chinese New Year Red Packet Set", "Lunar New Year Limited Drop", "Singles Day Double Eleven Voucher", "Songkran Water Festival Kit",
	"Mother's Day Royal Garden Collection", "Cyber Monday Grand Prize Draw", "Queen Street Mall Pickup Point", "King Fahd Road Warehouse Dispatch", "Orchard Road Flagship Store",
	"Victoria Station Locker", "Santa Cruz Distribution Center", "Wall Street Journal subscription", "Oxford Street Collection Hub", "Nanjing Road Pop-up"}

func (g *gen) version() string {
	return g.pick([]string{"v", "app ", "ios/", "android-", "build "}) + fmt.Sprintf("%d.%d.%d", 1+g.r.IntN(9), g.r.IntN(30), g.r.IntN(200))
}

func (g *gen) status() string {
	return g.pick([]string{"HTTP 200", "HTTP 404", "HTTP 502", "status=503", "status 429", "HTTP/1.1 201 Created", "422"})
}

// look returns a look-alike of the given slot: its type and text.
func (g *gen) look(slot string, l *locale) (string, string) {
	switch slot {
	case "ORDER":
		return g.order()
	case "TRACK":
		return g.tracking()
	case "AMT":
		return "amount", g.amount(l)
	case "DATE":
		return "date", g.date(l)
	case "BDATE":
		return "date", fmt.Sprintf("%d ธ.ค. %d", 1+g.r.IntN(28), 2569)
	case "PRODUCT":
		return "product", g.pick(products)
	case "SHOP":
		return "shop", g.pick(shops)
	case "TRAP":
		return "capwords", g.pick(traps)
	case "SKU":
		return "sku", g.sku()
	case "EAN":
		return "ean13", g.ean13()
	case "EPOCH":
		return "epoch_ms", g.epochLuhn()
	case "UUID":
		return "uuid", g.uuid()
	case "TRACE":
		return "trace_id", g.alnum(32, hexl)
	case "VER":
		return "version", g.version()
	case "STATUS":
		return "http_status", g.status()
	case "POST":
		if len(l.post) > 0 {
			return "postcode", g.fill(g.pick(l.post))
		}
		return "postcode", g.fk.Zip()
	case "PCASE":
		return "phone_word_order", "phone case order " + g.alnum(13, digits)
	}
	panic("look: " + slot)
}
