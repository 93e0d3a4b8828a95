package nineteentheval

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

func s10(r *rand.Rand) string {
	d := rs(r, digitsS, 8)
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i := range 8 {
		sum += int(d[i]-'0') * w[i]
	}
	c := 11 - sum%11
	switch c {
	case 10:
		c = 0
	case 11:
		c = 5
	}
	return pick(r, []string{"RR", "CP", "LX", "EE", "UA", "RB", "LP"}) + d + fmt.Sprint(c) + pick(r, []string{"CN", "DE", "GB", "FR", "IT", "PT", "UA", "CZ", "TR"})
}

func iso6346(r *rand.Rand) string {
	owner := pick(r, []string{"MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "EGHU", "TGHU", "CSQU"})
	num := rs(r, digitsS, 6)
	vals := map[byte]int{}
	v := 10
	for c := byte('A'); c <= 'Z'; c++ {
		if v%11 == 0 {
			v++
		}
		vals[c] = v
		v++
	}
	s := owner + num
	sum := 0
	for i := 0; i < 10; i++ {
		var n int
		if s[i] >= 'A' {
			n = vals[s[i]]
		} else {
			n = int(s[i] - '0')
		}
		sum += n << i
	}
	return s + fmt.Sprint(sum%11%10)
}

func gs1(body string) string {
	sum := 0
	for i := 0; i < len(body); i++ {
		c := int(body[len(body)-1-i] - '0')
		if i%2 == 0 {
			c *= 3
		}
		sum += c
	}
	return body + fmt.Sprint((10-sum%10)%10)
}

func epochLuhn(r *rand.Rand) string {
	for {
		s := fmt.Sprint(1735689600000 + r.Int64N(60000000000))
		if luhnOK(s) {
			return s
		}
	}
}

func hexs(r *rand.Rand, n int) string { return rs(r, "0123456789abcdef", n) }

func uuid(r *rand.Rand) string {
	h := hexs(r, 32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
}

var lookGen = map[string]func(r *rand.Rand) string{
	"track_ups":     func(r *rand.Rand) string { return "1Z" + rs(r, upper+digitsS, 6) + rs(r, digitsS, 10) },
	"track_s10":     s10,
	"track_dhl":     func(r *rand.Rand) string { return rs(r, digitsS, 10) },
	"track_fedex":   func(r *rand.Rand) string { return pick(r, []string{"7", "3", "6"}) + rs(r, digitsS, 11) },
	"track_fedex15": func(r *rand.Rand) string { return "96" + rs(r, digitsS, 13) },
	"track_jnt":     func(r *rand.Rand) string { return "JT" + rs(r, digitsS, 13) },
	"track_yamato": func(r *rand.Rand) string {
		return fmt.Sprintf("%04d-%04d-%04d", r.IntN(10000), r.IntN(10000), r.IntN(10000))
	},
	"track_inpost": func(r *rand.Rand) string { return "6" + rs(r, digitsS, 23) },
	"container":    iso6346,
	"awb": func(r *rand.Rand) string {
		return fmt.Sprintf("%03d-%08d", pick(r, []int{176, 157, 618, 235, 20, 297}), r.IntN(1e8))
	},
	"bill_of_lading": func(r *rand.Rand) string {
		return pick(r, []string{"MEDU", "MAEU", "COSU", "HLCU"}) + rs(r, digitsS, 8)
	},
	"hs_code": func(r *rand.Rand) string {
		return fmt.Sprintf("%04d.%02d.%02d", 3900+r.IntN(5000), r.IntN(100), r.IntN(100))
	},
	"eori": func(r *rand.Rand) string {
		return pick(r, []string{"DE", "NL", "FR", "IT", "ES", "GB"}) + rs(r, digitsS, 12)
	},
	"ioss": func(r *rand.Rand) string {
		return "IM" + pick(r, []string{"372", "528", "276", "250"}) + rs(r, digitsS, 7)
	},
	"vat_id": func(r *rand.Rand) string {
		return pick(r, []string{"DE", "ATU", "NL", "FR", "IT", "CZ", "HU"}) + rs(r, digitsS, 9)
	},
	"mrn": func(r *rand.Rand) string {
		return "26" + pick(r, []string{"DE", "NL", "FR", "IT", "BE"}) + rs(r, upper+digitsS, 13) + "A" + rs(r, digitsS, 1)
	},
	"rma":       func(r *rand.Rand) string { return "RMA-" + fmt.Sprint(2026) + "-" + rs(r, digitsS, 6) },
	"po_number": func(r *rand.Rand) string { return "PO-" + rs(r, upper, 2) + "-" + rs(r, digitsS, 7) },
	"invoice_no": func(r *rand.Rand) string {
		return pick(r, []string{"INV", "RE", "FA", "FT"}) + "/" + "2026/" + rs(r, digitsS, 6)
	},
	"gln":  func(r *rand.Rand) string { return gs1("40" + rs(r, digitsS, 10)) },
	"sscc": func(r *rand.Rand) string { return gs1("0" + "40" + rs(r, digitsS, 14)) },
	"ean13": func(r *rand.Rand) string {
		return gs1(pick(r, []string{"400", "590", "800", "841", "871", "690", "489"}) + rs(r, digitsS, 9))
	},
	"sku": func(r *rand.Rand) string {
		return rs(r, upper, 3) + "-" + rs(r, digitsS, 4) + "-" + pick(r, []string{"BLK", "WHT", "RED", "XL", "M", "42"})
	},
	"pallet_id": func(r *rand.Rand) string { return "PAL" + rs(r, digitsS, 9) },
	"locker_id": func(r *rand.Rand) string {
		return pick(r, []string{"KRA01M", "WAW22A", "POZ105N", "GDA33M"}) + "-" + rs(r, digitsS, 2)
	},
	"bank_ref": func(r *rand.Rand) string { return "SETT" + rs(r, digitsS, 8) + rs(r, upper, 2) },
	"e2e_id":   func(r *rand.Rand) string { return "E2E-" + rs(r, upper+digitsS, 16) },
	"bic": func(r *rand.Rand) string {
		return pick(r, []string{"DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "RABONL2U", "UNCRITMM", "CEKOCZPP", "OTPVHUHB", "BCOMPTPL", "GEBABEBB"})
	},
	"amount": amount,
	"weight": func(r *rand.Rand) string {
		return fmt.Sprintf("%d.%d %s", r.IntN(80), r.IntN(10), pick(r, []string{"kg", "lb", "KGM"}))
	},
	"dimensions": func(r *rand.Rand) string {
		return fmt.Sprintf("%dx%dx%d cm", 10+r.IntN(90), 10+r.IntN(90), 5+r.IntN(60))
	},
	"date":          date,
	"time":          func(r *rand.Rand) string { return fmt.Sprintf("%02d:%02d:%02d", r.IntN(24), r.IntN(60), r.IntN(60)) },
	"epoch_ms":      epochLuhn,
	"uuid":          uuid,
	"trace_id":      func(r *rand.Rand) string { return hexs(r, 32) },
	"span_id":       func(r *rand.Rand) string { return hexs(r, 16) },
	"message_id":    func(r *rand.Rand) string { return "<" + hexs(r, 12) + "." + rs(r, digitsS, 10) + "@mail.example>" },
	"smtp_queue_id": func(r *rand.Rand) string { return rs(r, "0123456789ABCDEF", 10) },
	"sms_sid":       func(r *rand.Rand) string { return "SM" + hexs(r, 32) },
	"call_id":       func(r *rand.Rand) string { return "CA" + hexs(r, 32) },
	"metric_name": func(r *rand.Rand) string {
		return pick(r, []string{"shipments_created_total", "label_print_duration_seconds", "customs_hold_total", "payout_batch_size", "sms_dlr_failed_total"})
	},
	"otel_resource": func(r *rand.Rand) string {
		return pick(r, []string{"k8s.pod.name=label-svc-7d9f", "deployment.environment=prod-eu", "host.arch=amd64", "service.version=4.12.0"})
	},
	"win_event_id": func(r *rand.Rand) string { return pick(r, []string{"4624", "4625", "4738", "7036", "1102", "4720"}) },
	"hash":         func(r *rand.Rand) string { return hexs(r, 64) },
	"ipv4":         func(r *rand.Rand) string { return fmt.Sprintf("10.%d.%d.%d", r.IntN(256), r.IntN(256), 1+r.IntN(254)) },
	"ipv6":         func(r *rand.Rand) string { return "2001:db8:" + hexs(r, 4) + "::" + hexs(r, 3) },
	"version":      func(r *rand.Rand) string { return fmt.Sprintf("v%d.%d.%d", r.IntN(6), r.IntN(30), r.IntN(20)) },
	"user_agent": func(r *rand.Rand) string {
		return pick(r, []string{"Zebra-ZD420/4.2", "DriverApp/7.3.1 (Android 14; SM-A546B)", "okhttp/4.12.0", "Go-http-client/2.0", "curl/8.5.0"})
	},
	"unlocode": func(r *rand.Rand) string {
		return pick(r, []string{"DEHAM", "NLRTM", "BEANR", "CNSHA", "SGSIN", "GBFXT", "ESVLC", "ITGOA", "TRIST", "AEJEA"})
	},
	"iata": func(r *rand.Rand) string {
		return pick(r, []string{"LEJ", "CGN", "EMA", "LGG", "HKG", "PVG", "DXB", "IST", "AMS", "MXP"})
	},
	"zone_code": func(r *rand.Rand) string {
		return pick(r, []string{"DE-Z", "NL-R", "UK-H"}) + rs(r, digitsS, 2) + "-" + rs(r, upper, 1)
	},
	"bin_location": func(r *rand.Rand) string {
		return fmt.Sprintf("%s-%02d-%02d-%s", rs(r, upper, 1), r.IntN(40), r.IntN(20), rs(r, upper, 1))
	},
	"company_person": func(r *rand.Rand) string {
		return pick(r, []string{"Dachser", "Kühne + Nagel", "Hellmann Worldwide Logistics", "Geodis", "Rhenus", "Bolloré Logistics", "Schenker", "Ziegler Group", "Nippon Express", "Yusen Logistics"})
	},
	"brand": func(r *rand.Rand) string {
		return pick(r, []string{"Samsonite", "Decathlon", "Miele", "Bosch", "Xiaomi", "Uniqlo", "Philips", "Lego", "Nespresso", "Garmin"})
	},
	"plus_code": func(r *rand.Rand) string {
		return rs(r, "23456789CFGHJMPQRVWX", 4) + "+" + rs(r, "23456789CFGHJMPQRVWX", 2)
	},
	"latlong": func(r *rand.Rand) string { return fmt.Sprintf("%.5f,%.5f", -40+r.Float64()*100, -100+r.Float64()*200) },
	"order_amazon": func(r *rand.Rand) string {
		return fmt.Sprintf("%03d-%07d-%07d", r.IntN(1000), r.IntN(1e7), r.IntN(1e7))
	},
	"order_shopify": func(r *rand.Rand) string { return "#" + fmt.Sprint(1001+r.IntN(90000)) },
	"order_tiktok":  func(r *rand.Rand) string { return "57" + rs(r, digitsS, 16) },
	"status_code": func(r *rand.Rand) string {
		return pick(r, []string{"200", "201", "202", "204", "400", "401", "404", "409", "422", "429", "500", "502", "503"})
	},
	"port": func(r *rand.Rand) string {
		return pick(r, []string{"587", "465", "2525", "22", "8443", "4317", "4318"})
	},
	"customs_status": func(r *rand.Rand) string {
		return pick(r, []string{"H7 released", "held: document check", "cleared", "duty paid DDP", "inspection X-ray"})
	},
	"duty_rate": func(r *rand.Rand) string { return fmt.Sprintf("%d.%d %%", r.IntN(20), r.IntN(10)) },
	// traps: clean values under keys that read like PII keys
	"trap_name_warehouse": func(r *rand.Rand) string {
		return pick(r, []string{"Venlo DC North", "Bratislava Hub 2", "Leipzig Crossdock", "Tilburg Returns Centre", "Kolkata Sort Facility"})
	},
	"trap_address_dock": func(r *rand.Rand) string {
		return pick(r, []string{"Dock 7 Gate B", "Ramp 14 north side", "Bay 3 / Door 12", "Yard slot Y-22"})
	},
	"trap_smtp_address": func(r *rand.Rand) string {
		return pick(r, []string{"smtp-relay.internal:587", "mx2.mail.example", "10.40.1.25:25"})
	},
	"trap_phone_type": func(r *rand.Rand) string { return pick(r, []string{"mobile", "landline", "voip", "unknown"}) },
	"trap_email_template": func(r *rand.Rand) string {
		return pick(r, []string{"delivery_failed_v3", "rma_approved", "payout_sent_de", "customs_docs_needed"})
	},
	"trap_iban_validated": func(r *rand.Rand) string { return pick(r, []string{"true", "false", "pending"}) },
	"trap_card_type": func(r *rand.Rand) string {
		return pick(r, []string{"pallet card", "EUR pallet", "hazmat placard", "UN3480 label"})
	},
	"trap_token_ttl":       func(r *rand.Rand) string { return pick(r, []string{"3600s", "15m", "86400", "7d"}) },
	"trap_password_policy": func(r *rand.Rand) string { return pick(r, []string{"min12-upper-digit", "rotate-90d", "sso-only"}) },
	"trap_secret_ref": func(r *rand.Rand) string {
		return "vault/" + pick(r, []string{"carriers/dhl", "banks/sepa-sftp", "smtp/relay", "sms/gateway"}) + "#" + pick(r, []string{"v3", "v12", "latest"})
	},
	"trap_contact_role": func(r *rand.Rand) string {
		return pick(r, []string{"dispatcher", "customs broker", "warehouse lead", "returns desk", "driver"})
	},
	"trap_noreply": func(r *rand.Rand) string {
		return pick(r, []string{"noreply@parcels.example", "postmaster@mail.example", "mailer-daemon@mx1.mail.example", "no-reply@returns.example"})
	},
	"trap_role_name": func(r *rand.Rand) string {
		return pick(r, []string{"Driver", "Warehouse Lead", "Customs Agent", "Shift Supervisor", "Returns Clerk"})
	},
}

func amount(r *rand.Rand) string {
	a, c := r.IntN(5000), r.IntN(100)
	switch r.IntN(7) {
	case 0:
		return fmt.Sprintf("%d.%02d EUR", a, c)
	case 1:
		return fmt.Sprintf("%d,%02d €", a, c)
	case 2:
		return fmt.Sprintf("£%d.%02d", a, c)
	case 3:
		return fmt.Sprintf("USD %d.%02d", a, c)
	case 4:
		return fmt.Sprintf("¥%d", a*100)
	case 5:
		return fmt.Sprintf("%d.%02d TRY", a, c)
	default:
		return fmt.Sprintf("R$ %d,%02d", a, c)
	}
}

func date(r *rand.Rand) string {
	y, m, d := 2026, 1+r.IntN(12), 1+r.IntN(28)
	switch r.IntN(5) {
	case 0:
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case 1:
		return fmt.Sprintf("%02d.%02d.%04d", d, m, y)
	case 2:
		return fmt.Sprintf("%02d/%02d/%04d", d, m, y)
	case 3:
		return fmt.Sprintf("%04d%02d%02d", y, m, d)
	default:
		return fmt.Sprintf("%d %s %d", d, pick(r, []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}), y)
	}
}

func isTrap(t string) bool { return strings.HasPrefix(t, "trap_") }
