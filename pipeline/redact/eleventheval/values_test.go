package eleventheval

import (
	"fmt"
	"strings"
	"time"
)

// secret is one credential: the text written and the secret core whose
// fragments must not survive.
type secret struct {
	out, core, class string
	key              string // the key it is logged under, when it has one
}

func (b *B) password() string {
	words := []string{"Tango", "Pampa", "Fjord", "Sauna", "Baobab", "Lagos", "Safari", "Balaton", "Kolobok", "Sakura", "Dragon", "Tundra", "Halloumi", "Karpaty", "Everest"}
	switch b.intn(4) {
	case 0:
		return b.pick(words) + fmt.Sprint(b.between(1960, 2025)) + b.pick([]string{"!", "#", "$", "*", "?"})
	case 1:
		return b.from(alnum+"!#%&*", b.between(10, 16))
	case 2:
		return strings.ToLower(b.pick(words)) + "_" + b.digits(3) + b.pick([]string{"!!", "#", "."})
	default:
		return b.from(alnum, 4) + "-" + b.from(alnum, 4) + "-" + b.from(alnum, 4)
	}
}

func (b *B) jwt() (string, string) {
	hdr := b64u(`{"alg":"HS256","typ":"JWT"}`)
	pl := b64u(fmt.Sprintf(`{"sub":"%s","iat":%d,"scope":"orders:write"}`, b.from(lowerAN, 12), 1764900000+b.intn(100000)))
	sig := b.from(b64url, 43)
	return hdr + "." + pl + "." + sig, pl[10:] + "." + sig
}

func (b *B) pemKey() (string, string) {
	var lines []string
	for i := 0; i < 4; i++ {
		lines = append(lines, b.from(alnum+"+/", 64))
	}
	body := strings.Join(lines, "\n")
	return "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----", lines[1]
}

// vendorToken returns a token with a vendor's prefix; the core is the part after it.
func (b *B) vendorToken() secret {
	type vt struct {
		class, prefix, set string
		n                  int
	}
	vs := []vt{
		{"shopify", "shpat_", hexchars, 32}, {"stripe", "sk_live_", alnum, 24}, {"stripe-rk", "rk_live_", alnum, 24},
		{"github", "ghp_", alnum, 36}, {"slack", "xoxb-" + b.digits(11) + "-" + b.digits(12) + "-", alnum, 24},
		{"sendgrid", "SG." + b.from(b64url, 22) + ".", b64url, 43}, {"gitlab", "glpat-", alnum, 20}, {"google", "AIza", b64url, 35},
		{"huggingface", "hf_", alnum, 34}, {"npm", "npm_", alnum, 36}, {"razorpay", "rzp_live_", alnum, 14},
		{"xendit", "xnd_production_", alnum, 40}, {"mercadopago", "APP_USR-" + b.digits(16) + "-" + b.digits(6) + "-", hexchars, 32},
		{"square", "sq0atp-", b64url, 22}, {"meta", "EAAG", alnum, 120}, {"mailgun", "key-", hexchars, 32},
		{"paystack", "sk_live_", hexchars, 40}, {"openai", "sk-proj-", b64url, 48}, {"aws", "AKIA", upperAN, 16},
	}
	v := vs[b.intn(len(vs))]
	core := b.from(v.set, v.n)
	return secret{out: v.prefix + core, core: core, class: "vendor/" + v.class}
}

// credential returns one of many secret shapes; l gives the key language.
func (b *B) credential(l *locale, user, host string) secret {
	switch b.intn(16) {
	case 0, 1:
		pw := b.password()
		return secret{out: pw, core: pw, class: "password/" + l.code[:2], key: b.pick(l.pwKeys)}
	case 2, 3:
		return b.vendorToken()
	case 4:
		h := b.from(hexchars, b.pick2(32, 64))
		return secret{out: h, core: h, class: "hex", key: b.pick([]string{"webhook_secret", "client_secret", "hmac_key", "signing_secret", "app_secret"})}
	case 5:
		s := b64(b.from(alnum, 33))
		return secret{out: s, core: s, class: "base64", key: b.pick([]string{"x-wc-webhook-signature", "X-Shopify-Hmac-Sha256", "signature", "secretKey"})}
	case 6:
		pw := b.from(alnum, b.between(12, 20))
		scheme := b.pick([]string{"postgres://%s:%s@%s:5432/shop", "amqp://%s:%s@%s:5672/orders", "redis://%s:%s@%s:6379/0", "smtp://%s:%s@%s:587", "mysql://%s:%s@%s:3306/erp", "mongodb+srv://%s:%s@%s/wms?retryWrites=true"})
		u := b.pick([]string{"svc_orders", "app", "erp_sync", "wms", "mailer"})
		if strings.HasPrefix(scheme, "redis") {
			u = ""
		}
		return secret{out: fmt.Sprintf(scheme, u, pw, host), core: pw, class: "url/" + strings.SplitN(scheme, ":", 2)[0]}
	case 7:
		pw := b.password()
		bb := b64(user + ":" + pw)
		return secret{out: "Basic " + bb, core: bb, class: "basic"}
	case 8:
		t, core := b.jwt()
		return secret{out: "Bearer " + t, core: core, class: "bearer-jwt"}
	case 9:
		t := b.from(alnum+"-_", 40)
		return secret{out: "Bearer " + t, core: t, class: "bearer-opaque"}
	case 10:
		sid := b.from(hexchars, 32)
		return secret{out: "session_id=" + sid + "; _ga=GA1.2." + b.digits(9) + "." + b.digits(10) + "; cart_currency=EUR", core: sid, class: "cookie", key: "Cookie"}
	case 11:
		sig := b.from(hexchars, 64)
		return secret{out: "https://" + b.pick([]string{"invoices-eu", "labels-prod", "exports"}) + ".s3.eu-central-1.amazonaws.com/" + b.digits(6) + ".pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA" + b.from(upperAN, 16) + "%2F20261205%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20261205T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=" + sig, core: sig, class: "presigned"}
	case 12:
		k, core := b.pemKey()
		return secret{out: k, core: core, class: "pem", key: "private_key"}
	case 13:
		code := b.digits(6)
		return secret{out: fmt.Sprintf(l.otp, code), core: code, class: "otp-sms/" + l.code[:2]}
	case 14:
		seed := b.from(b32, 32)
		if b.chance(0.5) {
			return secret{out: "otpauth://totp/Shop:" + b.from(lowerAN, 8) + "?secret=" + seed + "&issuer=Shop", core: seed, class: "totp-uri"}
		}
		return secret{out: seed, core: seed, class: "totp-seed", key: b.pick([]string{"totp_secret", "mfa_seed", "otp_seed"})}
	default:
		var codes []string
		for i := 0; i < 4; i++ {
			codes = append(codes, b.from(lowerAN, 5)+"-"+b.from(lowerAN, 5))
		}
		return secret{out: strings.Join(codes, " "), core: codes[0] + " " + codes[1], class: "recovery", key: "recovery_codes"}
	}
}

func (b *B) pick2(x, y int) int {
	if b.chance(0.5) {
		return x
	}
	return y
}

// cred plants a credential; frags are its core's windows.
func (b *B) cred(s secret) string {
	if s.core == "" {
		s.core = s.out
	}
	return b.PE(kCred, s.class, s.core, s.out, nil)
}

// ---- look-alikes ----

var baseTime = time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)

func (b *B) now() time.Time { return baseTime.Add(time.Duration(b.intn(36000000)) * time.Millisecond) }

// trap returns a look-alike of the given type.
func (b *B) trap(typ string) string {
	return b.T(typ, b.trapVal(typ))
}

var trapTypes = []string{"order-woo", "order-magento", "order-amazon", "order-shopify", "order-shopee", "order-tiktok", "order-meli", "order-allegro",
	"order-jumia", "epoch-s", "epoch-ms", "epoch-us", "epoch-ns", "uuid", "ulid", "snowflake", "trace-id", "span-id", "git-sha", "sha256",
	"idempotency", "request-id", "sku", "asin", "ean13", "upc", "isbn", "gtin14", "track-ups", "track-usps", "track-fedex", "track-dhl",
	"track-s10", "track-postnord", "track-local", "invoice", "amount", "version", "ip", "port", "status", "date", "duration", "latency",
	"pod", "host", "product", "city", "company", "postcode", "hs-code", "vat-id", "bin", "kafka-offset"}

func (b *B) trapVal(typ string) string {
	switch typ {
	case "order-woo":
		return fmt.Sprint(b.between(10000, 999999))
	case "order-magento":
		return "0000" + b.digits(5)
	case "order-amazon":
		return fmt.Sprintf("%03d-%s-%s", b.between(111, 408), b.digits(7), b.digits(7))
	case "order-shopify":
		return "5" + b.digits(12)
	case "order-shopee":
		return baseTime.Format("060102") + b.from(upperAN, 8)
	case "order-tiktok":
		return "57" + b.digits(b.pick2(16, 17))
	case "order-meli":
		return "2000" + b.digits(12)
	case "order-allegro":
		return b.f.UUID()
	case "order-jumia":
		return "3" + b.digits(8)
	case "epoch-s":
		return fmt.Sprint(b.now().Unix())
	case "epoch-ms":
		// half of them Luhn-valid
		s := fmt.Sprint(b.now().UnixMilli())
		if b.chance(0.5) {
			s = luhnComplete(s[:12])
		}
		return s
	case "epoch-us":
		s := fmt.Sprint(b.now().UnixMicro())
		if b.chance(0.5) {
			s = luhnComplete(s[:15])
		}
		return s
	case "epoch-ns":
		return fmt.Sprint(b.now().UnixNano() + int64(b.intn(1000000)))
	case "uuid":
		return b.f.UUID()
	case "ulid":
		return "01J" + b.from(crock, 23)
	case "snowflake":
		return "1" + b.digits(18)
	case "trace-id":
		return b.from(hexchars, 32)
	case "span-id":
		return b.from(hexchars, 16)
	case "git-sha":
		if b.chance(0.5) {
			return b.from(hexchars, 7)
		}
		return b.from(hexchars, 40)
	case "sha256":
		return "sha256:" + b.from(hexchars, 64)
	case "idempotency":
		return b.pick([]string{"idem_", "idk-", "ik_"}) + b.from(lowerAN, 20)
	case "request-id":
		return b.pick([]string{"req_" + b.from(alnum, 14), "Root=1-" + fmt.Sprintf("%x", b.now().Unix()) + "-" + b.from(hexchars, 24), b.from(lowerAN, 8) + "-" + b.from(lowerAN, 4)})
	case "sku":
		return b.pick([]string{"TSH", "MUG", "SNK", "BAG", "PHN", "KAF"}) + "-" + b.pick([]string{"BLK", "WHT", "RED", "NVY"}) + "-" + b.pick([]string{"S", "M", "XL", "42", "256GB"}) + "-" + b.digits(4)
	case "asin":
		return "B0" + b.from(upperAN, 8)
	case "ean13":
		return ean13Complete(b.pick([]string{"590", "594", "729", "779", "400", "640", "690", "471"}) + b.digits(9))
	case "upc":
		return gtinComplete(b.digits(11))
	case "isbn":
		return ean13Complete("978" + b.digits(9))
	case "gtin14":
		return gtinComplete("1" + b.digits(12))
	case "track-ups":
		return "1Z" + b.from(upperAN, 6) + b.digits(10)
	case "track-usps":
		return "9400" + b.digits(18)
	case "track-fedex":
		return b.digits(12)
	case "track-dhl":
		return "JD01" + b.digits(16)
	case "track-s10":
		return b.pick([]string{"RR", "LX", "CP", "EE", "UA"}) + s10Complete(b.digits(8)) + b.pick([]string{"SE", "NO", "FI", "CZ", "HU", "GR", "BG", "KZ", "CN"})
	case "track-postnord":
		return "00370" + b.digits(15)
	case "track-local":
		return b.pick([]string{"AND" + b.digits(12), "SRV" + b.digits(10), "GIG-" + b.digits(8), "KZP" + b.digits(9) + "KZ", "SPD" + b.digits(11), "ECNT" + b.digits(10), "SF" + b.digits(13), "YMT-" + b.digits(4) + "-" + b.digits(4) + "-" + b.digits(4)})
	case "invoice":
		return b.pick([]string{"INV-2026-" + b.digits(6), "F001-" + b.digits(8), "FA-2026/12/" + b.digits(4), "FV " + b.digits(4) + "/2026", "RE-" + b.digits(7)})
	case "amount":
		return b.fillD(b.pick(b.loc.money))
	case "version":
		return fmt.Sprintf("v%d.%d.%d", b.between(1, 4), b.intn(30), b.intn(20))
	case "ip":
		return fmt.Sprintf("10.%d.%d.%d", b.intn(255), b.intn(255), b.between(2, 254))
	case "port":
		return fmt.Sprint(b.pick2(5432, 8443) + b.intn(10))
	case "status":
		return b.pick([]string{"200", "201", "202", "204", "400", "401", "404", "409", "422", "429", "500", "502", "503", "504"})
	case "date":
		t := b.now().AddDate(0, 0, -b.intn(400))
		return t.Format(b.pick([]string{"2006-01-02", "02.01.2006", "02/01/2006", "2006年01月02日", "Jan 2, 2006"}))
	case "duration":
		return b.pick([]string{fmt.Sprintf("%d.%03ds", b.intn(30), b.intn(1000)), fmt.Sprintf("%dms", b.between(3, 9999)), fmt.Sprintf("PT%dM%dS", b.intn(59), b.intn(59))})
	case "latency":
		return fmt.Sprint(b.between(2, 4999))
	case "pod":
		return b.pick([]string{"order-sync", "inventory-sync", "payment-callback", "wms-bridge", "erp-connector"}) + "-" + b.from(lowerAN[:26]+"0123456789", 9) + "-" + b.from("bcdfghjklmnpqrstvwxz2456789", 5)
	case "host":
		return fmt.Sprintf("ip-10-%d-%d-%d.eu-north-1.compute.internal", b.intn(255), b.intn(255), b.intn(255))
	case "product":
		return b.pick([]string{"iPhone 15 Pro 256GB", "Galaxy S24 Ultra 512 GB", "Redmi Note 13 Pro 5G", "Nike Air Max 270", "Xbox Series X 1TB", "Philips Hue E27 9W", "LEGO 42151 Bugatti", "Sony WH-1000XM5", "Dyson V15 Detect", "Kindle Paperwhite 16GB"})
	case "city":
		cs := b.loc.cities
		return strings.SplitN(cs[2*b.intn(len(cs)/2)], ",", 2)[0]
	case "company":
		return b.pick(b.loc.companies)
	case "postcode":
		cs := b.loc.cities
		return b.fill(cs[2*b.intn(len(cs)/2)+1])
	case "hs-code":
		return b.pick([]string{"8517.13.00", "6109.10", "9503.00.70", "8471.30.01", "6403.99"})
	case "vat-id":
		return b.pick([]string{"SE" + b.digits(10) + "01", "CZ" + b.digits(8), "HU" + b.digits(8), "RO" + b.digits(8), "EL" + b.digits(9), "BG" + b.digits(9), "DE" + b.digits(9), "FI" + b.digits(8), "DK" + b.digits(8), "NO" + b.digits(9) + "MVA",
			"CUIT 30-" + b.digits(8) + "-" + b.digits(1), "RUT 76." + b.digits(3) + "." + b.digits(3) + "-" + b.digits(1), "NIT 900." + b.digits(3) + "." + b.digits(3) + "-" + b.digits(1), "RUC 20" + b.digits(9), "P05" + b.digits(7) + "X", "BIN " + b.digits(12)})
	case "bin":
		return fmt.Sprintf("%s-%02d-%02d-%s", b.pick([]string{"A", "B", "C", "R07"}), b.between(1, 40), b.between(1, 12), b.pick([]string{"A", "B", "C", "D"}))
	case "kafka-offset":
		return fmt.Sprint(b.between(1000000, 999999999))
	}
	panic("unknown trap " + typ)
}
