package twentyfirsteval

import (
	"fmt"
	"strconv"
	"strings"
)

// Look-alike generators: values that must survive redaction intact.

func mod10GS1(s string) byte { // GS1 check digit of s (without its check)
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-1-i)%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

func (b *B) gln() string {
	s := b.pickS("40 50 54 76 80 87 69 73 84 86") + b.digits(10)
	return b.lk("gln", s+string(mod10GS1(s)))
}

func (b *B) ean13() string {
	s := b.pickS("400 590 594 599 869 475 380 500 300 871 690 489 880 460 622") + b.digits(9)
	return b.lk("ean13", s+string(mod10GS1(s)))
}

func (b *B) duns() string { return b.lk("duns", b.nzdigits(9)) }

func (b *B) isaCtl() string { return b.lk("isa_control", fmt.Sprintf("%09d", b.between(1, 999999999))) }
func (b *B) gsCtl() string  { return b.lk("gs_control", strconv.Itoa(b.between(1000, 99999999))) }
func (b *B) stCtl() string  { return b.lk("st_control", fmt.Sprintf("%04d", b.between(1, 9999))) }
func (b *B) unbRef() string { return b.lk("unb_reference", b.digits(b.between(6, 14))) }

var bankCodes = f("DEUTDEFF COBADEFF INGBNL2A RABONL2U BTRLRO22 RNCBROBU OTPVHUHB GIBACZPX NBGRGRAA PBANUA2X TCZBTR2A EEUHEE2X HABALV22 SWEDSE22 LJBASI2X GLITISRE AIBKIE2D GEBABEBB BCOMPTPL BNPAFRPP CAIXESBB UNCRITMM BMCEMAMC TBCBGE22 NABZAZ2C SCBLSGSG HSBCHKHH ICICINBB SBININBB KCBLKEKE")

func (b *B) bic() string {
	s := b.pick(bankCodes)
	if b.chance(0.3) {
		s += b.pickS("XXX 100 A01 BUC")
	}
	return b.lk("bic", s)
}

func (b *B) mtRef() string {
	return b.lk("mt_reference", b.pickS("REF PAY SETL NONREF STMT")+b.upalnum(b.between(6, 10)))
}
func (b *B) e2e() string {
	return b.lk("end_to_end_id", b.pickS("E2E- RFND- PO- NOTPROVIDED-")+strconv.Itoa(2026)+b.digits(4)+"-"+b.upalnum(6))
}
func (b *B) uetr() string { return b.lk("uetr", b.uuidS()) }

func (b *B) creditorID() string {
	cc := b.pickS("DE NL FR AT BE ES IT")
	bus := "ZZZ"
	nat := b.digits(11)
	chk := 98 - mod97(nat+cc+"00")
	return b.lk("sepa_creditor_id", fmt.Sprintf("%s%02d%s%s", cc, chk, bus, nat))
}

func (b *B) mandateRef() string {
	return b.lk("mandate_ref", b.pickS("MNDT- SEPA- DDM- M")+b.upalnum(4)+"-"+b.digits(6))
}

func (b *B) sortCode() string {
	return b.lk("sort_code", fmt.Sprintf("%02d-%02d-%02d", b.between(10, 99), b.intn(100), b.intn(100)))
}

func (b *B) aba() string {
	for {
		s := b.pickS("02 03 04 06 07 11 12 21 22 26 31 32") + b.digits(6)
		w := []int{3, 7, 1, 3, 7, 1, 3, 7}
		sum := 0
		for i := 0; i < 8; i++ {
			sum += int(s[i]-'0') * w[i]
		}
		c := (10 - sum%10) % 10
		return b.lk("aba_routing", s+strconv.Itoa(c))
	}
}

func (b *B) acct() string { return b.lk("account_number", b.nzdigits(b.between(8, 12))) }

func (b *B) invoiceNo() string {
	return b.lk("invoice_number", b.pickS("INV- FV/ FA- RE- CN- F")+strconv.Itoa(b.between(2024, 2026))+b.pickS("- / ")+fmt.Sprintf("%06d", b.between(1, 999999)))
}

// EU VAT ids with their check digits where the rule is simple.
func (b *B) vatID() string {
	switch b.intn(4) {
	case 0: // DE: ISO 7064 MOD 11,10
		s := b.nzdigits(8)
		p := 10
		for i := 0; i < 8; i++ {
			sm := (int(s[i]-'0') + p) % 10
			if sm == 0 {
				sm = 10
			}
			p = (2 * sm) % 11
		}
		c := 11 - p
		if c == 10 {
			c = 0
		}
		return b.lk("vat_id", "DE"+s+strconv.Itoa(c))
	case 1: // NL
		return b.lk("vat_id", "NL"+b.digits(9)+"B0"+strconv.Itoa(b.between(1, 9)))
	case 2: // BE: 97 - mod 97
		for {
			s := "0" + b.nzdigits(7)
			n, _ := strconv.Atoi(s)
			c := 97 - n%97
			return b.lk("vat_id", fmt.Sprintf("BE%s%02d", s, c))
		}
	default: // RO, HU, CZ without checks
		return b.lk("vat_id", b.pickS("RO HU CZ EL ATU")+b.nzdigits(8))
	}
}

func (b *B) cnpj() string {
	d := make([]int, 14)
	for i := 0; i < 8; i++ {
		d[i] = b.intn(10)
	}
	d[8], d[9], d[10], d[11] = 0, 0, 0, 1
	w1 := []int{5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}
	w2 := []int{6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}
	s := 0
	for i := 0; i < 12; i++ {
		s += d[i] * w1[i]
	}
	if r := s % 11; r < 2 {
		d[12] = 0
	} else {
		d[12] = 11 - r
	}
	s = 0
	for i := 0; i < 13; i++ {
		s += d[i] * w2[i]
	}
	if r := s % 11; r < 2 {
		d[13] = 0
	} else {
		d[13] = 11 - r
	}
	x := ""
	for _, v := range d {
		x += strconv.Itoa(v)
	}
	return b.lk("cnpj", x[:2]+"."+x[2:5]+"."+x[5:8]+"/"+x[8:12]+"-"+x[12:])
}

func (b *B) rfcMX() string {
	return b.lk("rfc_mx", b.upper(3)+fmt.Sprintf("%02d%02d%02d", b.intn(30), b.between(1, 12), b.between(1, 28))+b.upalnum(3))
}

func (b *B) gstin() string {
	return b.lk("gstin", fmt.Sprintf("%02d", b.between(1, 37))+b.upper(5)+b.digits(4)+b.upper(1)+b.from("123456789", 1)+"Z"+b.upalnum(1))
}

const usccChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

func (b *B) uscc() string {
	org := b.upalnum(8)
	ow := []int{3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 8; i++ {
		c := org[i]
		v := int(c - '0')
		if c >= 'A' {
			v = int(c-'A') + 10
		}
		sum += v * ow[i]
	}
	oc := 11 - sum%11
	ocs := strconv.Itoa(oc)
	if oc == 10 {
		ocs = "X"
	} else if oc == 11 {
		ocs = "0"
	}
	s := "91" + b.pick(cnRegions) + org + ocs
	w := []int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
	sum = 0
	for i := 0; i < 17; i++ {
		sum += strings.IndexByte(usccChars, s[i]) * w[i]
	}
	c := 31 - sum%31
	if c == 31 {
		c = 0
	}
	if strings.IndexByte(usccChars, s[len(s)-1]) < 0 { // an 'X' org check is not in the set
		s = s[:16] + "0"
		return b.uscc2(s)
	}
	return b.lk("uscc", s+string(usccChars[c]))
}

func (b *B) uscc2(s string) string {
	w := []int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += strings.IndexByte(usccChars, s[i]) * w[i]
	}
	c := 31 - sum%31
	if c == 31 {
		c = 0
	}
	return b.lk("uscc", s+string(usccChars[c]))
}

func (b *B) receiptNo() string {
	return b.lk("receipt_number", b.pickS("R- BON- #")+b.digits(4)+"-"+b.digits(6))
}
func (b *B) terminalID() string { return b.lk("terminal_id", b.pickS("T 6 POS")+b.digits(7)) }
func (b *B) merchantID() string {
	return b.lk("merchant_id", b.pickS("MID 0000 ")+b.digits(11))
}
func (b *B) arqc() string { return b.lk("emv_cryptogram", b.HEX(16)) }
func (b *B) atc() string  { return b.lk("emv_atc", b.HEX(4)) }
func (b *B) aid() string {
	return b.lk("emv_aid", b.pickS("A0000000031010 A0000000041010 A000000025010801 A0000000651010 A0000003330101 A0000006581010 A0000001523010 A0000000043060"))
}
func (b *B) tvr() string {
	return b.lk("emv_tvr", "0"+b.from("08", 1)+"00"+b.from("048", 1)+"0"+b.from("08", 1)+"000")
}
func (b *B) stan() string { return b.lk("stan", fmt.Sprintf("%06d", b.between(1, 999999))) }
func (b *B) rrn() string  { return b.lk("rrn", strconv.Itoa(b.between(5, 6))+b.digits(11)) }
func (b *B) authCode() string {
	return b.lk("auth_code", b.upalnum(6))
}

func (b *B) maskedPAN() string {
	pan, _ := b.pan()
	switch b.intn(3) {
	case 0:
		return b.lk("masked_pan", pan[:6]+strings.Repeat("*", len(pan)-10)+pan[len(pan)-4:])
	case 1:
		return b.lk("masked_pan", "XXXX XXXX XXXX "+pan[len(pan)-4:])
	default:
		return b.lk("masked_pan", pan[:4]+"********"+pan[len(pan)-4:])
	}
}

func (b *B) ldapDN() string {
	return b.lk("ldap_dn", b.pickS("ou=people ou=groups ou=service-accounts cn=erp-readers,ou=groups ou=stores,ou=retail")+",dc="+b.pickS("shop corp retail")+",dc="+b.pickS("internal example local"))
}
func (b *B) guid() string { return b.lk("object_guid", b.uuidS()) }
func (b *B) sid() string {
	return b.lk("sid", fmt.Sprintf("S-1-5-21-%d-%d-%d-%d", b.between(1000000000, 3999999999), b.between(1000000000, 3999999999), b.between(100000000, 3999999999), b.between(1000, 99999)))
}
func (b *B) realm() string {
	return b.lk("kerberos_realm", b.pickS("CORP.SHOP.INTERNAL RETAIL.EXAMPLE.NET AD.WAREHOUSE.LOCAL"))
}
func (b *B) syslogPRI() string { return b.lk("syslog_pri", "<"+strconv.Itoa(b.between(8, 191))+">") }
func (b *B) pid() string       { return b.lk("pid", strconv.Itoa(b.between(200, 65000))) }
func (b *B) auditSerial() string {
	return b.lk("audit_serial", fmt.Sprintf("audit(%d.%03d:%d)", b.epochS(), b.intn(1000), b.between(1000, 9999999)))
}
func (b *B) eventID() string {
	return b.lk("event_id", b.pickS("4624 4625 4720 4738 4740 4767 5136 7036 1102 4648"))
}

func (b *B) epochS() int { return 1764000000 + b.intn(40000000) }

func (b *B) epochMsLuhn() string {
	for {
		s := strconv.Itoa(b.epochS()) + b.digits(3)
		if luhnOK(s) {
			return b.lk("epoch_ms", s)
		}
	}
}
func (b *B) epochSec() string { return b.lk("epoch_s", strconv.Itoa(b.epochS())) }

func (b *B) uuidS() string {
	return b.hex(8) + "-" + b.hex(4) + "-4" + b.hex(3) + "-" + b.from("89ab", 1) + b.hex(3) + "-" + b.hex(12)
}
func (b *B) uuid() string    { return b.lk("uuid", b.uuidS()) }
func (b *B) traceID() string { return b.lk("trace_id", b.hex(32)) }
func (b *B) spanID() string  { return b.lk("span_id", b.hex(16)) }
func (b *B) ip() string {
	return b.lk("ip", fmt.Sprintf("%d.%d.%d.%d", b.pickInt(10, 172, 192, 203, 198, 85, 91, 185), b.intn(256), b.intn(256), b.between(1, 254)))
}
func (b *B) pickP(s string) string { return b.pick(strings.Split(s, "|")) }
func (b *B) pickInt(xs ...int) int { return xs[b.intn(len(xs))] }
func (b *B) port() string          { return b.lk("port", strconv.Itoa(b.between(1024, 65535))) }
func (b *B) ua() string {
	return b.lk("user_agent", b.pickS("Mozilla/5.0_(Windows_NT_10.0;_Win64;_x64)_AppleWebKit/537.36_(KHTML,_like_Gecko)_Chrome/131.0.0.0_Safari/537.36 Mozilla/5.0_(iPhone;_CPU_iPhone_OS_18_1_like_Mac_OS_X)_AppleWebKit/605.1.15_(KHTML,_like_Gecko)_Version/18.1_Mobile/15E148_Safari/604.1 curl/8.5.0 Go-http-client/2.0 python-requests/2.32.3 okhttp/4.12.0 Postman-Runtime/7.42.0 Java/17.0.9 SAP_NetWeaver_Application_Server_/_ABAP_757"))
}
func (b *B) version() string {
	return b.lk("version", fmt.Sprintf("%d.%d.%d", b.between(1, 12), b.intn(30), b.intn(40)))
}

var currencies = f("EUR RON HUF CZK UAH TRY GBP USD ARS PEN NGN KES INR NZD SGD ZAR NPR LKR UZS AZN GEL AMD THB VND IDR CNY HKD JPY KRW MAD ETB PLN")

func (b *B) amount() string {
	n := b.between(1, 99999)
	c := b.intn(100)
	var s string
	switch b.intn(6) {
	case 0:
		s = fmt.Sprintf("%d.%02d %s", n, c, b.pick(currencies))
	case 1:
		s = fmt.Sprintf("%s %d,%02d", b.pick(currencies), n, c)
	case 2:
		s = fmt.Sprintf("€%d.%02d", n%5000, c)
	case 3:
		s = fmt.Sprintf("%d,%02d zł", n%9000, c)
	case 4:
		s = fmt.Sprintf("%d.%02d", n, c)
	default:
		s = fmt.Sprintf("%s%d.%02d", b.pickS("$ £ ₹ ¥ ₺ ₴ ₦"), n, c)
	}
	return b.lk("amount", s)
}
func (b *B) num2() string { return fmt.Sprintf("%d.%02d", b.between(1, 9999), b.intn(100)) }
func (b *B) percent() string {
	return b.lk("percent", fmt.Sprintf("%d.%d%%", b.intn(100), b.intn(10)))
}

var months = f("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
var wdays = f("Mon Tue Wed Thu Fri Sat Sun")

func (b *B) rfc5322() string {
	return b.lk("date", fmt.Sprintf("%s, %d %s 2026 %02d:%02d:%02d %s", b.pick(wdays), b.between(1, 28), b.pick(months), b.intn(24), b.intn(60), b.intn(60), b.pickS("+0000 +0200 -0500 +0530 +0900 +0100")))
}
func (b *B) isoTime() string {
	return b.lk("timestamp", fmt.Sprintf("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", b.between(1, 12), b.between(1, 28), b.intn(24), b.intn(60), b.intn(60), b.intn(1000)))
}
func (b *B) ts() string { // @timestamp of an NDJSON line, not counted
	return fmt.Sprintf("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", b.between(1, 12), b.between(1, 28), b.intn(24), b.intn(60), b.intn(60), b.intn(1000))
}
func (b *B) dateAny() string {
	d, m := b.between(1, 28), b.between(1, 12)
	switch b.intn(4) {
	case 0:
		return b.lk("date", fmt.Sprintf("%02d.%02d.2026", d, m))
	case 1:
		return b.lk("date", fmt.Sprintf("2026-%02d-%02d", m, d))
	case 2:
		return b.lk("date", fmt.Sprintf("%02d/%02d/2026", d, m))
	default:
		return b.lk("date", fmt.Sprintf("%d %s 2026", d, b.pick(months)))
	}
}
func (b *B) yymmdd() string {
	return b.lk("date_yymmdd", fmt.Sprintf("26%02d%02d", b.between(1, 12), b.between(1, 28)))
}
func (b *B) syslogTime() string {
	return fmt.Sprintf("%s %2d %02d:%02d:%02d", b.pick(months), b.between(1, 28), b.intn(24), b.intn(60), b.intn(60))
}
func (b *B) country() string {
	return b.lk("country_code", b.pickS("RO HU CZ GR UA TR EE LV SI IS IE BE PT AR PE NG KE IN NZ SG ZA NP LK UZ AZ GE AM TH VN ID CN HK JP KR MA DE"))
}
func (b *B) currency() string { return b.lk("currency", b.pick(currencies)) }
func (b *B) httpStatus() string {
	return b.lk("http_status", b.pickS("200 201 204 301 302 304 400 401 403 404 409 422 429 500 502 503 504"))
}
func (b *B) errCode() string {
	return b.lk("error_code", b.pickP("E_TIMEOUT|ERR-4021|SAP-VL150|EDI_997_REJECT|AS2-MIC-MISMATCH|ORA-00060|SQLSTATE[23505]|ECONNRESET|0x80070005|X12-AK5-R|PEPPOL-EN16931-R010|NFE-539|CFDI40102"))
}

var companies = f("Siemens_AG Philips_Benelux_NV Kaufland_România_SCS Dell_Technologies Ford_Otosan Porsche_Logistik_GmbH Hermès_Sellier Boots_UK_Ltd Johnson_Controls Carrefour_Maroc Jumia_Kenya Flipkart_Internet_Pvt_Ltd Emag_Marketplace Allegro_Sp._z_o.o. Rohlik_Group Tokopedia Lazada_Express Coupang_Corp Rakuten_Ichiba Alibaba_Cloud Takealot_Online Shoprite_Checkers Migros_Ticaret Nova_Poshta Yandex_Market Shopee_Xpress Zalando_SE Bol.com_BV DPD_Hellas Packeta_s.r.o. Omniva_AS Posti_Oy Iceland_Post DHL_Express An_Post Correos_del_Perú Aramex_Nigeria Sendle_NZ Ninja_Van_SG PostNet_SA")

func (b *B) company() string     { return b.lk("company", b.pick(companies)) }
func (b *B) companyTrap() string { return b.pick(companies) }

var products = f("USB-C_Hub_7-in-1 Merino_Wool_Scarf Ceramic_Pour-Over_Set Trail_Running_Shoes_42 Bamboo_Cutting_Board LED_Desk_Lamp_Pro Wireless_Earbuds_X3 Cast_Iron_Skillet_28cm Yoga_Mat_6mm Espresso_Beans_1kg Kids_Rain_Jacket Phone_Case_Clear Linen_Bed_Sheet_Set Smart_Plug_Mini Leather_Card_Holder")

func (b *B) product() string { return b.lk("product", b.pick(products)) }
func (b *B) sku() string {
	return b.lk("sku", b.pickS("SKU- WH- AB- MAT-")+b.upper(2)+"-"+b.digits(b.between(4, 6))+b.pickS("-BLK -L -42 -XL -RED -0"))
}
func (b *B) amazonOrder() string {
	return b.lk("order_id", fmt.Sprintf("%03d-%07d-%07d", b.between(111, 408), b.intn(10000000), b.intn(10000000)))
}
func (b *B) shopifyOrder() string {
	if b.chance(0.5) {
		return b.lk("order_id", "#"+strconv.Itoa(b.between(1001, 99999)))
	}
	return b.lk("order_id", "gid://shopify/Order/"+b.nzdigits(13))
}
func (b *B) tiktokOrder() string { return b.lk("order_id", "57"+b.digits(16)) }
func (b *B) orderID() string {
	switch b.intn(4) {
	case 0:
		return b.amazonOrder()
	case 1:
		return b.shopifyOrder()
	case 2:
		return b.tiktokOrder()
	default:
		return b.lk("order_id", b.pickS("SO- ORD- PO")+b.digits(b.between(6, 10)))
	}
}

func s10Check(d string) byte {
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	s := 0
	for i := 0; i < 8; i++ {
		s += int(d[i]-'0') * w[i]
	}
	c := 11 - s%11
	if c == 10 {
		c = 0
	} else if c == 11 {
		c = 5
	}
	return byte('0' + c)
}

func (b *B) tracking() string {
	switch b.intn(4) {
	case 0:
		return b.lk("tracking", "1Z"+b.upalnum(6)+b.digits(10))
	case 1:
		d := b.digits(8)
		return b.lk("tracking", b.pickS("LX RR CP EE UA")+d+string(s10Check(d))+b.pickS("CN RO HU CZ GR UA TR IN"))
	case 2:
		return b.lk("tracking", "JJD"+b.digits(18))
	default:
		return b.lk("tracking", b.digits(4)+" "+b.digits(4)+" "+b.digits(4))
	}
}

func (b *B) messageID() string {
	return b.lk("message_id", "<"+fmt.Sprintf("%d.%s", b.epochS(), b.upalnum(10))+"@"+b.pickS("mx1.shop-mail.net mail.erp.internal smtp.sendgrid.net eu-west-1.amazonses.com mg.shopnotify.com")+">")
}
func (b *B) queueID() string { return b.lk("queue_id", b.HEX(b.between(10, 12))) }
func (b *B) smtpStatus() string {
	return b.lk("smtp_status", b.pickS("250_2.0.0 550_5.1.1 452_4.2.2 421_4.7.0 554_5.7.1 250_2.1.5 451_4.3.0 552_5.2.2"))
}
func (b *B) dsnStatus() string {
	return b.lk("smtp_status", b.pickS("5.1.1 4.4.1 5.2.2 4.2.0 5.7.26 2.0.0"))
}
func (b *B) dkimSel() string {
	return b.lk("dkim_selector", b.pickS("s1 k1 google selector1 mte1 pm smtpapi em4821 20230601"))
}
func (b *B) dkimB() string {
	return b.lk("dkim_signature", b.from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64)+"==")
}
func (b *B) spf() string {
	return b.lk("spf_result", b.pickS("spf=pass spf=softfail spf=neutral dmarc=pass dmarc=fail dkim=pass"))
}
func (b *B) callID() string {
	if b.chance(0.5) {
		return b.lk("sip_call_id", b.hex(32)+"@"+fmt.Sprintf("10.%d.%d.%d", b.intn(256), b.intn(256), b.intn(256)))
	}
	return b.lk("sip_call_id", b.uuidS())
}
func (b *B) cseq() string {
	return b.lk("sip_cseq", strconv.Itoa(b.between(1, 99999))+" "+b.pickS("INVITE ACK BYE OPTIONS REGISTER"))
}
func (b *B) branch() string { return b.lk("sip_branch", "z9hG4bK"+b.lowalnum(b.between(8, 16))) }
func (b *B) sipTag() string { return b.lk("sip_tag", b.lowalnum(b.between(8, 12))) }
func (b *B) rtpPort() string {
	return b.lk("rtp_port", strconv.Itoa(2*b.between(5000, 16000)))
}
func (b *B) sipResp() string {
	return b.lk("sip_response", b.pickS("SIP/2.0_100_Trying SIP/2.0_180_Ringing SIP/2.0_200_OK SIP/2.0_486_Busy_Here SIP/2.0_487_Request_Terminated SIP/2.0_603_Decline SIP/2.0_401_Unauthorized"))
}
func (b *B) duration() string {
	s := b.between(3, 3600)
	if b.chance(0.5) {
		return b.lk("cdr_duration", strconv.Itoa(s))
	}
	return b.lk("cdr_duration", fmt.Sprintf("%02d:%02d:%02d", s/3600, s/60%60, s%60))
}
func (b *B) uniqueID() string {
	return b.lk("asterisk_uniqueid", fmt.Sprintf("%d.%d", b.epochS(), b.between(1, 9999)))
}
func (b *B) edifactCode() string {
	return b.lk("edifact_code", b.pickS("ORDERS:D:96A:UN DESADV:D:01B:UN INVOIC:D:96A:UN:EAN008 220 351 380 137:20261206:102"))
}
func (b *B) x12Qual() string { return b.lk("x12_qualifier", b.pickS("ZZ 01 08 12 14")) }
func (b *B) idoc() string {
	return b.lk("idoc_number", fmt.Sprintf("%016d", b.between(1000000, 99999999)))
}
func (b *B) sapDoc() string {
	return b.lk("sap_document", b.pickS("45 49 51 90 14")+b.digits(8))
}
func (b *B) material() string {
	return b.lk("material_number", fmt.Sprintf("%018d", b.between(10000, 9999999)))
}
func (b *B) storeName() string {
	return b.lk("store_name", b.pickS("Store_Cluj_Iulius Store_Budapest_Westend Warehouse_Brno-Jih DC_Athens_North Lagos_Ikeja_Hub Nairobi_CBD_Pickup Bengaluru_FC3 Auckland_Sylvia_Park Tallinn_Ülemiste Riga_Alfa Kyiv_Lavina DC_Izmir_Kemalpaşa Warehouse_Porto_Maia Dublin_DC2"))
}
func (b *B) warehouse() string {
	return b.lk("warehouse", b.pickS("WH-BUC-01 WH-BUD-03 FC-BLR-7 DC-NBO-2 WH-LIS-1 3PL-RTM-05 WH-SGN-4"))
}
func (b *B) city() string {
	return b.lk("city", b.pickS("Bucharest Budapest Prague Athens Kyiv Istanbul Tallinn Riga Ljubljana Reykjavík Dublin Antwerp Lisbon Lima Quito Lagos Nairobi Chennai Auckland Singapore Durban Kathmandu Colombo Tashkent Baku Tbilisi Yerevan Bangkok Hanoi Jakarta Shenzhen Osaka Busan Casablanca"))
}
func (b *B) latlong() string {
	return b.lk("latlong", fmt.Sprintf("%d.%05d,%d.%05d", b.between(1, 60), b.intn(100000), b.between(-80, 140), b.intn(100000)))
}
func (b *B) errno() string {
	return b.lk("error_code", b.pickS("ETIMEDOUT ENOENT EACCES EPIPE ECONNREFUSED"))
}

// traps: clean values that stand under keys which look like PII keys.
func (b *B) trap(typ, s string) string { return b.lk("trap_"+typ, s) }

func (b *B) roleDisplay() string {
	return b.trap("role_display", b.pickS("Mailer-Daemon postmaster Customer_Service Shop_Support Returns_Team Accounts_Payable No_Reply Billing_Department Helpdesk"))
}
func (b *B) roleWord() string {
	return b.trap("role", b.pickS("Customer Agent Postmaster Supervisor Cashier Store_Manager System"))
}
func (b *B) placeholder() string {
	return b.trap("placeholder", b.pickS("{{customer.email}} <EMAIL> %s ${name} {{first_name}} [PHONE] {{billing.address1}} <NAME> {%_customer_name_%} $CUSTOMER_PHONE"))
}
func (b *B) masked() string {
	switch b.intn(4) {
	case 0:
		return b.trap("masked", "****"+b.digits(4))
	case 1:
		return b.trap("masked", b.lower(1)+"***@***."+b.pickS("com de ro hu"))
	case 2:
		return b.trap("masked", "+"+b.pickS("44 40 36 90 234")+" **** ***"+b.digits(3))
	default:
		return b.trap("masked", "DE** **** **** **** **"+b.digits(2))
	}
}
func (b *B) keyTrap() string {
	return b.trap("key", b.pickP("password_expiry_days: 90|token_type: Bearer|secret_ref: vault/erp/smtp|api_key_id: AKID-4471|card_type: VISA|iban_status: verified|password_policy: min12|otp_length: 6|name_format: family_first|phone_verified: true"))
}
func (b *B) svcAccount() string {
	return b.trap("service_account", b.pickS("svc-backup svc-edi-gateway svc-pos-sync svc-ldap-reader svc-sftp-bank erp-batch"))
}

// clean rotates over the look-alikes that fit any context.
func (b *B) clean() string {
	switch b.intn(16) {
	case 0:
		return b.orderID()
	case 1:
		return b.sku()
	case 2:
		return b.ean13()
	case 3:
		return b.tracking()
	case 4:
		return b.epochMsLuhn()
	case 5:
		return b.uuid()
	case 6:
		return b.traceID()
	case 7:
		return b.amount()
	case 8:
		return b.version()
	case 9:
		return b.httpStatus()
	case 10:
		return b.company()
	case 11:
		return b.product()
	case 12:
		return b.city()
	case 13:
		return b.percent()
	case 14:
		return b.latlong()
	default:
		return b.epochSec()
	}
}
