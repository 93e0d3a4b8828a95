package twentythirdeval

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Look-alike generators: each records its value under its type.

func (b *B) IP() string {
	var s string
	switch b.n(4) {
	case 0:
		s = fmt.Sprintf("10.%d.%d.%d", b.n(256), b.n(256), 1+b.n(254))
	case 1:
		s = fmt.Sprintf("172.%d.%d.%d", 16+b.n(16), b.n(256), 1+b.n(254))
	default:
		s = fmt.Sprintf("%d.%d.%d.%d", 11+b.n(180), b.n(256), b.n(256), 1+b.n(254))
	}
	return b.K("ipv4", s)
}
func (b *B) IP6() string {
	return b.K("ipv6", fmt.Sprintf("2a02:%x:%x:%x::%x", 0x1000+b.n(0xe000), b.n(0xffff), b.n(0xffff), 1+b.n(0xfff)))
}
func (b *B) Port() string {
	return b.K("port", strconv.Itoa(pick(b, []int{443, 8443, 8080, 3128, 9443, 50443, 6443})))
}
func (b *B) MAC() string {
	return b.K("mac", fmt.Sprintf("%02x:%02x:%02x:%02x:%02x:%02x", b.n(256)&0xfe, b.n(256), b.n(256), b.n(256), b.n(256), b.n(256)))
}
func (b *B) ASN() string {
	return b.K("asn", "AS"+strconv.Itoa(pick(b, []int{13335, 16509, 15169, 8075, 3320, 12389, 9009, 4134, 20940, 24940})))
}
func (b *B) CIDR() string {
	return b.K("cidr", fmt.Sprintf("%d.%d.%d.0/%d", 11+b.n(180), b.n(256), b.n(256), pick(b, []int{16, 20, 22, 24})))
}
func (b *B) Host() string {
	return b.K("hostname", pick(b, sp("edge-fra1-07.shop.example lb-int-02.eu-west-1.shop.example ingress-nginx-7c9f8d-abc12 api.shop.example checkout.shop.example static.shopcdn.example waf-gw-3.prod.shop.example")))
}
func (b *B) SNI() string {
	return b.K("sni", pick(b, sp("www.shop.example api.shop.example pay.shop.example img.shopcdn.example auth.shop.example m.shop.example")))
}

var uas = []string{
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
	"python-requests/2.32.3", "curl/8.5.0", "okhttp/4.12.0", "Go-http-client/2.0",
	"Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
}

func (b *B) UA() string  { return b.K("user_agent", pick(b, uas)) }
func (b *B) JA3() string { return b.K("ja3", rs(b, hexd, 32)) }
func (b *B) JA4() string {
	return b.K("ja4", "t13d"+fmt.Sprintf("%02d%02d", 10+b.n(8), 10+b.n(8))+"h2_"+rs(b, hexd, 12)+"_"+rs(b, hexd, 12))
}
func (b *B) TLS() string { return b.K("tls_version", pick(b, sp("TLSv1.3 TLSv1.2"))) }
func (b *B) Cipher() string {
	return b.K("cipher", pick(b, sp("TLS_AES_128_GCM_SHA256 TLS_AES_256_GCM_SHA384 ECDHE-RSA-AES128-GCM-SHA256 TLS_CHACHA20_POLY1305_SHA256")))
}
func (b *B) Method() string { return b.K("http_method", pick(b, sp("GET POST PUT PATCH DELETE"))) }
func (b *B) Status() string {
	return b.K("status", pick(b, sp("200 201 204 301 302 400 401 403 404 409 429 500 502 503")))
}
func (b *B) Bytes() string { return b.K("bytes", strconv.Itoa(100+b.n(90000))) }
func (b *B) RT() string    { return b.K("request_time", fmt.Sprintf("%d.%03d", b.n(3), b.n(1000))) }
func (b *B) Upstream() string {
	return b.K("upstream", fmt.Sprintf("10.%d.%d.%d:%d", b.n(256), b.n(256), 1+b.n(254), pick(b, []int{8080, 8443, 9000, 3000})))
}
func (b *B) ReqID() string { return b.K("request_id", rs(b, hexd, 32)) }
func (b *B) UUID() string {
	return b.K("uuid", rs(b, hexd, 8)+"-"+rs(b, hexd, 4)+"-4"+rs(b, hexd, 3)+"-"+string("89ab"[b.n(4)])+rs(b, hexd, 3)+"-"+rs(b, hexd, 12))
}
func (b *B) Ray() string {
	return b.K("cf_ray", rs(b, hexd, 16)+"-"+pick(b, sp("FRA AMS VIE WAW OTP BUD IST SIN HKG BOM")))
}
func (b *B) AmznID() string {
	return b.K("amzn_request_id", rs(b, hexd, 8)+"-"+rs(b, hexd, 4)+"-"+rs(b, hexd, 4)+"-"+rs(b, hexd, 4)+"-"+rs(b, hexd, 12))
}
func (b *B) CFID() string  { return b.K("cloudfront_id", rs(b, alnum, 42)+"==") }
func (b *B) Trace() string { return b.K("trace_id", rs(b, hexd, 32)) }
func (b *B) Span() string  { return b.K("span_id", rs(b, hexd, 16)) }
func (b *B) TraceParent() string {
	return b.K("traceparent", "00-"+rs(b, hexd, 32)+"-"+rs(b, hexd, 16)+"-01")
}
func (b *B) Rule() string {
	return b.K("waf_rule_id", pick(b, sp("942100 941100 930120 932160 920350 949110 913100 942190 921110")))
}
func (b *B) SID() string { return b.K("signature_id", strconv.Itoa(2000000+b.n(60000))) }
func (b *B) CVE() string { return b.K("cve", fmt.Sprintf("CVE-%d-%d", 2019+b.n(8), 1000+b.n(50000))) }
func (b *B) CWE() string { return b.K("cwe", "CWE-"+pick(b, sp("79 89 22 352 287 798 200 918"))) }
func (b *B) Mitre() string {
	return b.K("mitre", pick(b, sp("T1110.004 T1110.003 T1078 T1190 T1566.002 T1539 T1557 T1071.001 T1059.007")))
}
func (b *B) Severity() string {
	return b.K("severity", pick(b, sp("low medium high critical informational")))
}
func (b *B) Category() string {
	return b.K("category", pick(b, sp("credential-stuffing sql-injection xss bot-traffic account-takeover data-exfiltration policy-violation")))
}
func (b *B) MD5() string    { return b.K("md5", rs(b, hexd, 32)) }
func (b *B) SHA1() string   { return b.K("sha1", rs(b, hexd, 40)) }
func (b *B) SHA256() string { return b.K("sha256", rs(b, hexd, 64)) }
func (b *B) Serial() string {
	var p []string
	for i := 0; i < 16; i++ {
		p = append(p, strings.ToUpper(rs(b, hexd, 2)))
	}
	return b.K("cert_serial", strings.Join(p, ":"))
}
func (b *B) Fingerprint() string { return b.K("cert_fingerprint", strings.ToUpper(rs(b, hexd, 64))) }
func (b *B) Kid() string         { return b.K("kid", rs(b, alnum, 8)+"-"+rs(b, hexd, 4)) }
func (b *B) Account() string {
	return b.K("account_id", fmt.Sprintf("%012d", 100000000000+b.n(899999999999)))
}
func (b *B) ARN() string {
	return b.K("arn", pick(b, sp("arn:aws:s3:::shop-edge-logs arn:aws:wafv2:eu-central-1:381492650173:regional/webacl/storefront arn:aws:kms:eu-west-1:381492650173:key/mrk-1f2e3d4c arn:aws:secretsmanager:eu-central-1:381492650173:secret:prod/edge/waf-AbCdEf")))
}
func (b *B) RoleARN(acct string) string {
	return b.K("arn", "arn:aws:iam::"+acct+":role/"+pick(b, sp("edge-waf-admin SecurityAudit shop-ci-deployer")))
}
func (b *B) Resource() string {
	return b.K("resource_name", pick(b, sp("shop-edge-logs prod-checkout-alb waf-acl-storefront kms-key-payments projects/shop-prod/topics/edge-events sg-0a1b2c3d4e5f67890")))
}
func (b *B) EventID() string {
	return b.K("event_id", pick(b, sp("4624 4625 4648 4720 4740 4776 5156")))
}
func (b *B) PID() string     { return b.K("pid", strconv.Itoa(300+b.n(60000))) }
func (b *B) Counter() string { return b.K("session_counter", strconv.Itoa(1+b.n(400))) }
func (b *B) Selector() string {
	return b.K("dkim_selector", pick(b, sp("s1 selector1 google k2 mxvault shopmail2026")))
}
func (b *B) SPF() string {
	return b.K("spf_result", pick(b, sp("pass fail softfail neutral none temperror")))
}
func (b *B) QueueID() string { return b.K("queue_id", strings.ToUpper(rs(b, hexd, 10))) }
func (b *B) MsgID() string {
	return b.K("message_id", "<"+rs(b, alnum, 20)+"."+strconv.Itoa(1700000000+b.n(90000000))+"@mail.shop.example>")
}
func (b *B) RType() string { return b.K("dns_rtype", pick(b, sp("A AAAA CNAME MX TXT HTTPS SRV"))) }
func (b *B) TTL() string   { return b.K("ttl", strconv.Itoa(pick(b, []int{60, 300, 3600, 86400, 120}))) }
func (b *B) GeoCity() string {
	return b.K("geo_city", pick(b, sp("Frankfurt Amsterdam Warsaw Bucharest Istanbul Singapore Mumbai Nairobi Lima Reykjavik")))
}
func (b *B) GeoCC() string {
	return b.K("geo_country", pick(b, sp("DE NL PL RO TR SG IN KE PE IS LT LV EE")))
}
func (b *B) LatLon() string {
	return b.K("latlong", fmt.Sprintf("%d.%04d,%d.%04d", 10+b.n(50), b.n(10000), 2+b.n(100), b.n(10000)))
}
func (b *B) Risk() string     { return b.K("risk_score", fmt.Sprintf("%d.%02d", b.n(100), b.n(100))) }
func (b *B) DeviceID() string { return b.K("device_id", "dev_"+rs(b, hexd, 24)) }
func (b *B) OrderAmz() string {
	return b.K("order_amazon", fmt.Sprintf("%03d-%07d-%07d", 100+b.n(900), b.n(10000000), b.n(10000000)))
}
func (b *B) OrderShopify() string { return b.K("order_shopify", "#"+strconv.Itoa(1001+b.n(90000))) }
func (b *B) OrderTikTok() string  { return b.K("order_tiktok", "57"+fmt.Sprintf("%016d", b.n(1e9))+"") }
func (b *B) SKU() string {
	return b.K("sku", pick(b, sp("EDG-TSHIRT-BLK-M SKU-4471-RD HB-2291-XL CASE-IP16-CLR BT-SPK-200W"))+"-"+strconv.Itoa(b.n(100)))
}
func (b *B) EAN() string {
	d := "590" + fmt.Sprintf("%09d", b.n(1e9))
	s := 0
	for i, c := range d {
		x := int(c - '0')
		if i%2 == 1 {
			x *= 3
		}
		s += x
	}
	return b.K("ean13", d+strconv.Itoa((10-s%10)%10))
}
func (b *B) Tracking() string {
	switch b.n(3) {
	case 0:
		return b.K("tracking", "1Z"+strings.ToUpper(rs(b, alnum[:36], 16)))
	case 1:
		return b.K("tracking", "LX"+fmt.Sprintf("%09d", b.n(1e9))+"CN")
	default:
		return b.K("tracking", "JJD"+fmt.Sprintf("%018d", b.n(1e9)))
	}
}
func (b *B) EpochMsLuhn() string {
	for {
		s := strconv.FormatInt(1780000000000+int64(b.n(30000000))*1000+int64(b.n(1000)), 10)
		if luhnOK(s) {
			return b.K("epoch_ms_luhn", s)
		}
	}
}
func (b *B) Epoch() string { return b.K("epoch_s", strconv.Itoa(1780000000+b.n(30000000))) }
func (b *B) Amount() string {
	v := 1 + b.n(2000)
	c := b.n(100)
	var s string
	switch b.n(6) {
	case 0:
		s = fmt.Sprintf("%d.%02d EUR", v, c)
	case 1:
		s = fmt.Sprintf("%d,%02d €", v, c)
	case 2:
		s = fmt.Sprintf("₺%d,%02d", v, c)
	case 3:
		s = fmt.Sprintf("%d.%02d RON", v, c)
	case 4:
		s = fmt.Sprintf("PLN %d.%02d", v, c)
	default:
		s = fmt.Sprintf("%d.%02d", v, c)
	}
	return b.K("amount", s)
}

var t0 = time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)

func (b *B) when() time.Time { return t0.Add(time.Duration(b.n(30*86400)) * time.Second) }
func (b *B) CLF() string {
	return b.K("date_clf", b.when().In(time.FixedZone("", 3600*(b.n(4)))).Format("02/Jan/2006:15:04:05 -0700"))
}
func (b *B) Syslog() string { return b.K("date_syslog", b.when().Format(time.Stamp)) }
func (b *B) ISO() string    { return b.K("date_iso", b.when().Format("2006-01-02T15:04:05.000Z")) }
func (b *B) Version() string {
	return b.K("version", fmt.Sprintf("%d.%d.%d", 1+b.n(5), b.n(30), b.n(20)))
}
func (b *B) Company() string {
	return b.K("company", pick(b, sp("Johnson_Controls Siemens_Healthineers Ferrero Dell_Technologies Hewlett_Packard_Enterprise Bosch_Rexroth Philips Ericsson Porsche_Design Michelin")))
}
func (b *B) Product() string {
	return b.K("product_name", pick(b, sp("Aurora_Desk_Lamp Trailblazer_30L_Backpack Nimbus_Pillow_2-pack ProBrew_Kettle_1.7L Orbit_Wireless_Buds")))
}
func (b *B) Store() string {
	return b.K("store_name", pick(b, sp("shop-eu-central storefront-ro tiendita-pe baltic-outlet cafe-merch-mt")))
}
func (b *B) Path() string {
	return b.K("url_path", pick(b, sp("/api/v2/checkout/session /account/login /cart/items /graphql /wp-login.php /api/v1/orders/search /static/js/app.8c1f2.js /health /api/v3/payouts /.env /oauth/token /auth/realms/shop/protocol/openid-connect/token")))
}
func (b *B) Country() string {
	return b.K("geo_country", pick(b, sp("LT LV EE RO HU CZ UA GE TR GR EG ZA IN TH VN ID CN HK NZ IE SG PE PT BE CH MT IS")))
}

// Trap records a clean value under a PII-looking key, a template variable,
// a masked value or a role name.
func (b *B) Trap(typ, text string) string { return b.K("trap_"+typ, text) }

var trapKeys = []string{"user=-", "suser=system", "TargetUserName=SYSTEM", "acct=\"root\"", "email_domain=example.net", "name=edge-waf-policy", "password_policy=min12", "token_type=Bearer", "phone_country=RO", "card_brand=visa", "iban_present=false", "address_family=ipv6", "api_key_id=key-ops-rotation", "secret_name=prod/edge/waf", "username_field=login", "password_length=0"}
var trapTemplates = []string{"$remote_user", "%{User-Agent}i", "%REQ(X-USER)%", "{{ .Email }}", "${name}", "%s", "$http_authorization", "{user.email}", "%{X-Forwarded-For}i", "$cookie_session"}
var trapMasked = []string{"****1234", "j***@***.com", "+40 *** *** 123", "[FILTERED]", "xxxxxxxxxx", "<redacted>", "4111********1111", "a****@g****.com", "[MASKED]"}
var trapRoles = []string{"Administrator", `NT AUTHORITY\SYSTEM`, "www-data", "nobody", "postgres", "nginx", "svc_backup", "krbtgt", "LOCAL SERVICE", "root"}
var trapProducts = []string{"OWASP CRS 4.7", "ModSecurity v3.0.12", "Suricata 7.0.6", "Zeek 6.0", "Wazuh", "CrowdStrike Falcon", "Cloudflare Bot Management", "AWS Shield Advanced", "Emerging Threats Open", "Proofpoint TAP"}
