package seventeentheval

import (
	"fmt"
	"strconv"
	"strings"
)

// look is a look-alike: a value that must survive redaction intact.
type look struct{ typ, text string }

// lookTypes lists the look-alike types with the keys they stand under.
var lookTypes = []struct {
	typ, keys string
}{
	{"amazon_order", "amazon_order_id|AmazonOrderId|order_ref"},
	{"shopify_order", "shopify_order_id|order_id|source_order"},
	{"tiktok_order", "tiktok_order_id|order_id|platform_order"},
	{"ebay_order", "ebay_order|OrderID|sales_record"},
	{"po_number", "po_number|PONumber|BELNR|purchase_order"},
	{"so_number", "so_number|sales_order|VBELN"},
	{"invoice_no", "invoice_no|InvoiceNumber|doc_number|tranid"},
	{"idoc_no", "DOCNUM|idoc_number|idoc"},
	{"hs_code", "hs_code|HSCode|tariff_code|commodity_code"},
	{"container", "container_no|container|equipment_id"},
	{"bill_of_lading", "bol|bill_of_lading|mbl_no"},
	{"sscc", "sscc|SSCC|pallet_label"},
	{"gtin", "gtin|ean|EAN13|barcode"},
	{"upc", "upc|UPC|item_upc"},
	{"sku", "sku|SKU|item_code|MATNR"},
	{"serial", "serial_number|serial|SerialNo"},
	{"tracking", "tracking_number|tracking|awb|carrier_ref"},
	{"epoch_ms", "ts_ms|created_at_ms|timestamp_ms|eventTimeMs"},
	{"uuid", "request_id|correlation_id|event_id|uuid"},
	{"trace_id", "trace_id|traceId|otel.trace_id"},
	{"hash", "sha256|checksum|etag|content_hash"},
	{"amount", "amount|total|grand_total|net_pay|refund_amount"},
	{"date", "ship_date|due_date|posting_date|visit_date"},
	{"time", "slot|window|pickup_time"},
	{"version", "app_version|version|client_version"},
	{"ipv4", "client_ip|remote_addr|src_ip"},
	{"status", "status|http_status|result_code"},
	{"ticket_id", "ticket_id|ticket|case_id"},
	{"product", "product_name|item_description|product"},
	{"model_no", "model|model_no|part_number"},
	{"company", "vendor_name|supplier|carrier_name|company"},
	{"company_person", "supplier_name|vendor|broker"},
	{"place_person", "warehouse|site|hub"},
	{"brand", "brand|manufacturer"},
	{"job_title", "job_title|position|role"},
	{"bin_location", "bin|location|from_bin|to_bin"},
	{"dimensions", "dimensions|dims|carton_size"},
	{"weight", "weight|gross_weight|net_weight"},
	{"vat_id", "vat_id|VATNumber|tax_id|seller_vat"},
	{"gst_cnpj", "gstin|cnpj|company_tax_id"},
	{"rma_no", "rma_number|rma|return_id"},
	{"employee_id", "employee_id|emp_no|staff_id"},
	{"gl_account", "gl_account|cost_center|account_code"},
	{"lot", "lot|batch|lot_number"},
	{"mac", "mac|device_mac"},
	{"hostname", "host|hostname|pod"},
	{"saml_id", "assertion_id|InResponseTo|session_index"},
	{"duration", "duration|elapsed|latency"},
	{"locode", "port_of_loading|pol|pod_port"},
	{"fedex_phone_like", "fedex_tracking|tracking_no"},
}

func (g *gen) containerNo() string {
	owner := g.pickS("MSCU|MAEU|CMAU|HLXU|OOLU|TGHU|CSNU|EGHU")
	d := g.digitsN(6)
	s := owner + d
	val := func(c byte) int {
		if c >= '0' && c <= '9' {
			return int(c - '0')
		}
		v := int(c-'A') + 10
		return v + (v-1)/10 // skip multiples of 11
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += val(s[i]) << i
	}
	return s + strconv.Itoa(sum%11%10)
}

func gs1Check(d string) byte {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		x := int(d[i] - '0')
		if (len(d)-1-i)%2 == 0 {
			x *= 3
		}
		sum += x
	}
	return byte('0' + (10-sum%10)%10)
}

func (g *gen) amount() string {
	a := g.between(1, 99999)
	c := g.between(0, 99)
	th := func(n int, sep string) string {
		s := strconv.Itoa(n)
		var out []string
		for len(s) > 3 {
			out = append([]string{s[len(s)-3:]}, out...)
			s = s[:len(s)-3]
		}
		return strings.Join(append([]string{s}, out...), sep)
	}
	switch g.r.IntN(10) {
	case 0:
		return fmt.Sprintf("€%s,%02d", th(a, "."), c)
	case 1:
		return fmt.Sprintf("$%s.%02d", th(a, ","), c)
	case 2:
		return fmt.Sprintf("EUR %d.%02d", a, c)
	case 3:
		return fmt.Sprintf("¥%s", th(a*10, ","))
	case 4:
		return fmt.Sprintf("R$ %s,%02d", th(a, "."), c)
	case 5:
		return fmt.Sprintf("%s,%02d zł", th(a, " "), c)
	case 6:
		return fmt.Sprintf("%d.%02d USD", a, c)
	case 7:
		return fmt.Sprintf("₺%s,%02d", th(a, "."), c)
	case 8:
		return fmt.Sprintf("GBP %s.%02d", th(a, ","), c)
	default:
		return fmt.Sprintf("%d.%02d", a, c)
	}
}

var months = split("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")

func (g *gen) lookText(typ string) string {
	switch typ {
	case "amazon_order":
		return g.pattern("1##-#######-#######")
	case "shopify_order":
		if g.chance(0.5) {
			return "#" + strconv.Itoa(g.between(1001, 99999))
		}
		return "6" + g.digitsN(12)
	case "tiktok_order":
		return "57" + g.digitsN(16)
	case "ebay_order":
		return g.pattern("##-#####-#####")
	case "po_number":
		return g.pickS("45|PO-2026-|PO") + g.digitsN(8)
	case "so_number":
		return g.pickS("SO-|SO|S0") + g.digitsN(6)
	case "invoice_no":
		return g.pickS("INV-2026-|RE-2026-|FV/2026/12/|BILL-") + g.digitsN(5)
	case "idoc_no":
		return "0000000" + g.pattern("X########")
	case "hs_code":
		return g.pickS("8471.30|6403.99|8517.13.00|3926.90.9790|6109.10.0010|9503.00|4202.92")
	case "container":
		return g.containerNo()
	case "bill_of_lading":
		return g.pickS("MAEU|COSU|MEDU|HLCU|ONEY") + g.pattern("X########")
	case "sscc":
		d := "00" + g.pattern("3##########") + g.digitsN(6)
		return d + string(gs1Check(d[2:]))
	case "gtin":
		d := g.pickS("40|50|76|87|69|45|80|84") + g.digitsN(10)
		return d + string(gs1Check(d))
	case "upc":
		d := "0" + g.digitsN(10)
		return d + string(gs1Check(d))
	case "sku":
		return g.pattern(g.pickS("SKU-AA-####-\\XL|AA-#####-BLK|WH-####-AA|AAA###-##|A#-####-ZZ"))
	case "serial":
		return g.pattern(g.pickS("SN-cccc-cccc-cccc|S/N AAc#######|cccccccccccc"))
	case "tracking":
		return g.pattern(g.pickS("1Z###AA#########|L\\X#########CN|9400 1### #### #### #### ##|JJD00########|TB\\A3#########"))
	case "epoch_ms":
		for {
			d := "17" + g.pattern("6###########")[:10]
			d += string(luhnDigit(d))
			if len(d) == 13 {
				return d
			}
		}
	case "uuid":
		return g.fk.UUID()
	case "trace_id":
		return g.pattern(strings.Repeat("h", 32))
	case "hash":
		if g.chance(0.5) {
			return g.pattern(strings.Repeat("h", 40))
		}
		return "sha256:" + g.pattern(strings.Repeat("h", 64))
	case "amount":
		return g.amount()
	case "date":
		y, m, d := g.between(2024, 2028), g.between(1, 12), g.between(1, 28)
		switch g.r.IntN(5) {
		case 0:
			return fmt.Sprintf("%02d.%02d.%d", d, m, y)
		case 1:
			return fmt.Sprintf("%02d/%02d/%d", m, d, y)
		case 2:
			return fmt.Sprintf("%d %s %d", d, months[m-1], y)
		case 3:
			return fmt.Sprintf("%d年%d月%d日", y, m, d)
		default:
			return fmt.Sprintf("%d%02d%02d", y, m, d)
		}
	case "time":
		return fmt.Sprintf("%02d:%02d-%02d:%02d", g.between(6, 11), 15*g.r.IntN(4), g.between(12, 20), 15*g.r.IntN(4))
	case "version":
		return fmt.Sprintf("v%d.%d.%d", g.between(1, 9), g.between(0, 30), g.between(0, 40))
	case "ipv4":
		return fmt.Sprintf("%s.%d.%d.%d", g.pickS("10|172|192|203|81"), g.between(0, 255), g.between(0, 255), g.between(1, 254))
	case "status":
		return g.pickS("HTTP 502|status=404|422 Unprocessable Entity|E_TIMEOUT|RC=8|SHIPPED|PARTIALLY_PICKED|AWAITING_INSPECTION")
	case "ticket_id":
		return g.pattern(g.pickS("ZD-#####|FD-######|GRG-#####|C\\ASE-####-###|INC00#####"))
	case "product":
		return g.fk.ProductName()
	case "model_no":
		return g.pattern(g.pickS("WH-1000\\XM5|SM-G991B|AA-###\\X|\\XPS-##-9###|DCB###-2|M\\X-####-AA"))
	case "company":
		return g.pickS("Nordwind Logistik GmbH|Pacific Rim Freight Ltd|Sunrise Trading Co., Ltd.|Blue Harbor Customs Brokers|Atlas Fulfilment B.V.|Kestrel Parts Inc.|Orion Electronics S.A.|深圳市海川贸易有限公司|Yamato Transport|Maersk Line")
	case "company_person":
		return g.pickS("Hoffmann & Söhne GmbH|Bauer Logistics Ltd|Takahashi Trading Co., Ltd.|Johnson Matthey plc|Lopez Customs Brokers LLC|Wong Brothers Packaging|Dupont Emballages SARL|Rossi Ricambi S.r.l.|Kowalski Transport Sp. z o.o.|Nguyen Bros Import")
	case "place_person":
		return g.pickS("DC Lincoln Park|Gutenberg Hub|Hub Rizal Terminal|Magellan Cross-Dock|Venlo DC Columbus|Kepler Fulfilment Centre|Shiloh Distribution Center|Da Vinci Logistics Park")
	case "brand":
		return g.pickS("Anker|Xiaomi|Philips|Bosch|Logitech|Ugreen|Baseus|Tefal|Braun|Casio")
	case "job_title":
		return g.fk.JobTitle()
	case "bin_location":
		return g.pattern(g.pickS("A-##-0#|B##-R#-L#|Z0#-##-##|MEZ-#-##"))
	case "dimensions":
		return fmt.Sprintf("%dx%dx%d %s", g.between(10, 120), g.between(10, 80), g.between(5, 60), g.pickS("cm|mm|in"))
	case "weight":
		return fmt.Sprintf("%d.%d %s", g.between(1, 900), g.r.IntN(10), g.pickS("kg|lb|KGM"))
	case "vat_id":
		return g.pattern(g.pickS("DE#########|FR##########|GB#########|IT###########|NL#########B01|\\ATU########|PL##########"))
	case "gst_cnpj":
		if g.chance(0.5) {
			return g.pattern("27AAAAA####A1Z#")
		}
		return g.pattern("##.###.###/0001-##")
	case "rma_no":
		return g.pattern(g.pickS("RM\\A-2026-######|RM\\A######|RET-AA-#####"))
	case "employee_id":
		return g.pattern(g.pickS("EMP-#####|E######|WH-ST\\AFF-####"))
	case "gl_account":
		return g.pattern(g.pickS("6###-###|CC-4###|GL ######"))
	case "lot":
		return g.pattern(g.pickS("LOT ##A####|B#######-##|L2026-###"))
	case "mac":
		return g.fk.MacAddress()
	case "hostname":
		return g.pattern(g.pickS("erp-syn\\c-hhhhh-#|wms-\\api-0#|edi-gw-##.int|ip-10-0-##-###"))
	case "saml_id":
		return "_" + g.pattern(strings.Repeat("h", 40))
	case "duration":
		return fmt.Sprintf("%d%s", g.between(2, 9999), g.pickS("ms|s|µs"))
	case "locode":
		return g.pickS("CNSZX|DEHAM|NLRTM|USLGB|SGSIN|CNNGB|KRPUS|BEANR|GBFXT|JPTYO")
	case "fedex_phone_like":
		return "7" + g.digitsN(11)
	}
	panic("unknown look-alike " + typ)
}

func lookKeys(typ string) []string {
	for _, t := range lookTypes {
		if t.typ == typ {
			return split(t.keys)
		}
	}
	return []string{typ}
}
