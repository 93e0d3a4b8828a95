package indepeval

import (
	"encoding/base64"
	"fmt"
	"math/big"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// ---- emails ----

func email(f *gofakeit.Faker, l *locale) string {
	g, fam := l.romanName(f)
	g, fam = ascii(g), ascii(fam)
	if len(g) < 2 {
		g += "xy"
	}
	if len(fam) < 2 {
		fam += "ng"
	}
	var local string
	switch f.IntN(7) {
	case 0:
		local = g + "." + fam
	case 1:
		local = g + "." + fam + "+" + pick(f, list("shop|orders|news|amazon|tiktok|promo|2024"))
	case 2:
		local = g[:1] + fam + pattern(f, "##")
	case 3:
		local = g + "_" + fam + pattern(f, "M")
	case 4:
		local = fam + "." + g + "." + pattern(f, "M#")
	case 5:
		local = g + fam + pattern(f, "M###")
	default:
		local = g + "." + fam[:1] + "." + pattern(f, "M#")
	}
	dom := pick(f, l.domains)
	if f.IntN(8) == 0 {
		dom = pick(f, list("mail|eu|corp|m|shop")) + "." + dom
	}
	return local + "@" + dom
}

// ---- cards ----

func luhnComplete(f *gofakeit.Faker, prefix string, n int) string {
	b := []byte(prefix)
	for len(b) < n-1 {
		b = append(b, byte('0'+f.IntN(10)))
	}
	sum := 0
	for i := len(b) - 1; i >= 0; i-- {
		d := int(b[i] - '0')
		if (len(b)-1-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return string(append(b, byte('0'+(10-sum%10)%10)))
}

func luhnValid(s string) bool {
	sum, n := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		d := int(s[i] - '0')
		if n%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		n++
	}
	return sum%10 == 0
}

// card returns a Luhn-valid card of a random network, compact, spaced or
// dashed, and the network name.
func card(f *gofakeit.Faker) (string, string) {
	var num, network string
	var groups []int
	switch f.IntN(8) {
	case 0, 1:
		network, num, groups = "visa", luhnComplete(f, "4", 16), []int{4, 4, 4, 4}
	case 2:
		if f.IntN(2) == 0 {
			num = luhnComplete(f, fmt.Sprint(51+f.IntN(5)), 16)
		} else {
			num = luhnComplete(f, fmt.Sprint(2221+f.IntN(500)), 16)
		}
		network, groups = "mastercard", []int{4, 4, 4, 4}
	case 3:
		network, num, groups = "amex", luhnComplete(f, pick(f, list("34|37")), 15), []int{4, 6, 5}
	case 4:
		network, num, groups = "jcb", luhnComplete(f, fmt.Sprint(3528+f.IntN(62)), 16), []int{4, 4, 4, 4}
	case 5:
		n := 16 + f.IntN(4)
		network, num = "unionpay", luhnComplete(f, "62"+pattern(f, "M"), n)
		groups = map[int][]int{16: {4, 4, 4, 4}, 17: {4, 4, 4, 5}, 18: {6, 12}, 19: {4, 4, 4, 4, 3}}[n]
	case 6:
		network, num, groups = "discover", luhnComplete(f, "6011", 16), []int{4, 4, 4, 4}
	default:
		network, num, groups = "diners", luhnComplete(f, "36", 14), []int{4, 6, 4}
	}
	switch f.IntN(3) {
	case 0:
		return num, network
	case 1:
		return group(num, groups, " "), network
	default:
		return group(num, groups, "-"), network
	}
}

func group(s string, sizes []int, sep string) string {
	var parts []string
	for _, n := range sizes {
		parts = append(parts, s[:n])
		s = s[n:]
	}
	if s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, sep)
}

// ---- IBAN ----

var ibanFormats = map[string]string{ // BBAN pattern: # digit, A letter, c alnum
	"DE": "##################", "GB": "AAAA##############", "FR": "##########ccccccccccc##",
	"ES": "####################", "IT": "A##########cccccccccccc", "NL": "AAAA##########",
	"BR": "#######################Ac", "BE": "############", "AT": "################",
	"CH": "#####cccccccccccc", "PL": "########################", "PT": "#####################",
}

var ibanCountries = list("DE|GB|FR|ES|IT|NL|BR|BE|AT|CH|PL|PT")

func iban(f *gofakeit.Faker) string {
	cc := pick(f, ibanCountries)
	var b strings.Builder
	for _, c := range ibanFormats[cc] {
		switch c {
		case '#':
			b.WriteByte(byte('0' + f.IntN(10)))
		case 'A':
			b.WriteByte(byte('A' + f.IntN(26)))
		default:
			if f.IntN(2) == 0 {
				b.WriteByte(byte('0' + f.IntN(10)))
			} else {
				b.WriteByte(byte('A' + f.IntN(26)))
			}
		}
	}
	bban := b.String()
	check := 98 - mod97(bban+cc+"00")
	s := fmt.Sprintf("%s%02d%s", cc, check, bban)
	if f.IntN(2) == 0 {
		return s
	}
	var g []string
	for len(s) > 4 {
		g = append(g, s[:4])
		s = s[4:]
	}
	return strings.Join(append(g, s), " ")
}

func mod97(s string) int {
	var digits strings.Builder
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			fmt.Fprint(&digits, int(c-'A'+10))
		} else {
			digits.WriteRune(c)
		}
	}
	n, _ := new(big.Int).SetString(digits.String(), 10)
	return int(new(big.Int).Mod(n, big.NewInt(97)).Int64())
}

// ibanValid checks an IBAN's mod-97 (spaces ignored).
func ibanValid(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	return len(s) > 4 && mod97(s[4:]+s[:4]) == 1
}

// ---- Chinese resident id ----

var cnRegions = list("110101|110105|110108|310104|310115|440305|440106|510107|330106|320102|420106|500103|120101|370202|210102|610113|430104|350203|130102|450103")

func cnID(f *gofakeit.Faker) string {
	y, m := 1950+f.IntN(56), 1+f.IntN(12)
	d := 1 + f.IntN(28)
	s := fmt.Sprintf("%s%04d%02d%02d%03d", pick(f, cnRegions), y, m, d, f.IntN(1000))
	return s + string(cnCheck(s))
}

func cnCheck(s string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

// ---- credentials ----

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func randFrom(f *gofakeit.Faker, set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[f.IntN(len(set))]
	}
	return string(b)
}

// secretPrefixes are public, fixed prefixes of provider tokens: they are
// not part of the secret for the leak criterion.
var secretPrefixes = list("sk_live_|sk_test_|rk_live_|whsec_|ghp_|gho_|ghs_|github_pat_|AKIA|ASIA|xoxb-|xoxp-|shpat_|shpss_|AIza|Atzr|")

func b64url(f *gofakeit.Faker, raw string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(raw))
}

func jwt(f *gofakeit.Faker) string {
	h := b64url(f, fmt.Sprintf(`{"alg":"%s","typ":"JWT","kid":"%s"}`, pick(f, list("HS256|RS256|ES256")), randFrom(f, alnum, 8)))
	p := b64url(f, fmt.Sprintf(`{"sub":"%d","iat":%d,"exp":%d,"scope":"%s"}`, f.IntN(1e9), 1.7e9+f.IntN(1e8), 1.8e9+f.IntN(1e8), pick(f, list("orders:read|admin|checkout write"))))
	sig := randFrom(f, alnum+"-_", 43)
	return h + "." + p + "." + sig
}

// credential returns a secret and a label of its shape.
func credential(f *gofakeit.Faker) (string, string) {
	switch f.IntN(10) {
	case 0, 1:
		return randFrom(f, alnum, 6+f.IntN(6)) + pick(f, list("!|@|#|$|%|^|&|*|-|_|.|?")) + randFrom(f, alnum, 2+f.IntN(4)), "password"
	case 2:
		return jwt(f), "jwt"
	case 3:
		return randFrom(f, "0123456789abcdef", 32+8*f.IntN(2)), "api_key"
	case 4:
		return randFrom(f, alnum+"-_", 24+f.IntN(17)), "client_secret"
	case 5:
		return pick(f, list("sk_live_|sk_test_|rk_live_|whsec_")) + randFrom(f, alnum, 24+f.IntN(8)), "stripe"
	case 6:
		return pick(f, list("ghp_|gho_|ghs_")) + randFrom(f, alnum, 36), "github"
	case 7:
		return pick(f, list("AKIA|ASIA")) + randFrom(f, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "aws"
	case 8:
		switch f.IntN(3) {
		case 0:
			return "shpat_" + randFrom(f, "0123456789abcdef", 32), "shopify"
		case 1:
			return "xoxb-" + pattern(f, "M##########-M############-") + randFrom(f, alnum, 24), "slack"
		default:
			return "AIza" + randFrom(f, alnum+"-_", 35), "google"
		}
	default:
		return randFrom(f, alnum+"-_.~", 16+f.IntN(25)), "random"
	}
}

// publicPrefix returns the length of a known public prefix of a secret.
func publicPrefix(s string) int {
	for _, p := range secretPrefixes {
		if p != "" && strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	return 0
}

// ---- look-alikes ----

// lookAlike returns a value that must survive redaction, its class, and
// the usual context it is written in ("%s" marks the value).
func lookAlike(f *gofakeit.Faker, class string) (string, string) {
	switch class {
	case "amazon_order":
		return pattern(f, "M##-#######-#######"), pick(f, list("order_id=%s|amazon order %s|\"order_id\":\"%s\"|orderId=%s"))
	case "shopify_order":
		return "#" + pattern(f, "1###"), pick(f, list("order %s|\"number\":\"%s\"|order_name=%s|shopify order %s"))
	case "shopify_id":
		return pattern(f, "5############"), pick(f, list("order_id=%s|\"id\":\"%s\"|shopify_order_id=%s|\"number\":\"%s\""))
	case "tiktok_order":
		return "57" + pattern(f, "################"), pick(f, list("order_id=%s|tiktok order %s|\"order_id\":\"%s\""))
	case "epoch_ms":
		v := pattern(f, "17##########")
		v = v + pattern(f, "#")
		if f.IntN(2) == 0 { // make it Luhn-valid
			v = luhnComplete(f, v[:12], 13)
		}
		return v, pick(f, list("ts=%s|\"created_ms\":\"%s\"|at %s|epoch_ms=%s"))
	case "epoch_s":
		return pattern(f, "17########"), pick(f, list("ts=%s|\"created\":\"%s\"|since %s"))
	case "uuid":
		return f.UUID(), pick(f, list("request_id=%s|\"id\":\"%s\"|job %s finished|idempotency_key=%s"))
	case "trace_id":
		return randFrom(f, "0123456789abcdef", 32), pick(f, list("trace_id=%s|\"trace\":\"%s\"|trace %s"))
	case "span_id":
		return randFrom(f, "0123456789abcdef", 16), pick(f, list("span_id=%s|\"span\":\"%s\"|span %s"))
	case "sku":
		return "SKU-" + pattern(f, "M###") + "-" + pick(f, list("BLK|WHT|RED|BLU|GRN|XL|S|M")), pick(f, list("sku=%s|\"sku\":\"%s\"|item %s"))
	case "ups":
		return "1Z" + randFrom(f, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + pattern(f, "##########"), pick(f, list("tracking %s|\"tracking_number\":\"%s\"|ups %s"))
	case "fedex":
		return pattern(f, "7###########"), pick(f, list("tracking %s|fedex %s|\"tracking\":\"%s\""))
	case "dhl":
		return pattern(f, "M#########"), pick(f, list("dhl %s|tracking=%s|waybill %s"))
	case "upu":
		return pick(f, list("LK|RR|CP|EE|LP")) + pattern(f, "#########") + pick(f, list("CN|SG|HK|MY|TH")), pick(f, list("tracking %s|\"tracking_no\":\"%s\"|parcel %s"))
	case "ean13":
		d := pattern(f, "M###########")
		sum := 0
		for i, c := range d {
			w := 1
			if i%2 == 1 {
				w = 3
			}
			sum += int(c-'0') * w
		}
		return d + fmt.Sprint((10-sum%10)%10), pick(f, list("ean=%s|barcode %s|\"gtin\":\"%s\""))
	case "amount":
		return pick(f, []string{pattern(f, "M###.##"), pattern(f, "M,###.00"), "¥" + pattern(f, "M##00"), "Rp " + pattern(f, "M##.000"), "€" + pattern(f, "M#,##"), "R$ " + pattern(f, "M.###,##"), "$" + pattern(f, "M##.99")}),
			pick(f, list("total %s|amount=%s|\"total\":\"%s\"|paid %s"))
	case "version":
		return fmt.Sprintf("v%d.%d.%d", f.IntN(5), f.IntN(30), f.IntN(20)), pick(f, list("version=%s|client %s|\"version\":\"%s\""))
	case "http_status":
		return pick(f, list("200|201|204|301|400|401|403|404|409|422|429|500|502|503")), pick(f, list("status=%s|HTTP %s|\"status\":\"%s\""))
	case "ipv4":
		return fmt.Sprintf("%d.%d.%d.%d", 10+f.IntN(200), f.IntN(256), f.IntN(256), 1+f.IntN(254)), pick(f, list("from %s|client_ip=%s|\"ip\":\"%s\""))
	default: // iso_time
		return fmt.Sprintf("2025-%02d-%02dT%02d:%02d:%02d.%03dZ", 1+f.IntN(12), 1+f.IntN(28), f.IntN(24), f.IntN(60), f.IntN(60), f.IntN(1000)),
			pick(f, list("retry at %s|\"at\":\"%s\"|scheduled %s"))
	}
}

var lookAlikeClasses = list("amazon_order|shopify_order|shopify_id|tiktok_order|epoch_ms|epoch_s|uuid|trace_id|span_id|sku|ups|fedex|dhl|upu|ean13|amount|version|http_status|ipv4|iso_time")
