package nineteentheval

import (
	"encoding/base64"
	"fmt"
	"strings"
)

type rec struct {
	name string
	fn   func(b *B) []fld
}

type special struct {
	name string
	fn   func(b *B) string
}

// context is one part of the theme: its records (keys and the kinds they
// hold), the forms its lines take, its own texts and its look-alikes.
type context struct {
	name    string
	weight  int
	kinds   []string
	forms   []string
	recs    []rec
	special map[string][]special
	looks   []string
	traps   []string
}

var carriers = []string{"DHL", "FedEx", "UPS", "J&T", "Ninja Van", "Yamato", "Correios", "Poste", "InPost", "Aramex", "Delhivery", "DPD", "GLS"}

var lookKey = map[string]string{
	"track_ups": "tracking_number", "track_s10": "tracking_no", "track_dhl": "awb_number", "track_fedex": "tracking_id", "track_fedex15": "fedex_tracking", "track_jnt": "waybill_no", "track_yamato": "denpyo_no", "track_inpost": "parcel_code",
	"container": "container_no", "awb": "mawb", "bill_of_lading": "bl_number", "hs_code": "hs_code", "eori": "eori", "ioss": "ioss_number", "vat_id": "vat_id", "mrn": "mrn",
	"rma": "rma_number", "po_number": "po_number", "invoice_no": "invoice_no", "gln": "gln", "sscc": "sscc", "ean13": "gtin", "sku": "sku", "pallet_id": "pallet_id", "locker_id": "locker_id",
	"bank_ref": "bank_reference", "e2e_id": "end_to_end_id", "bic": "bic", "amount": "amount", "weight": "gross_weight", "dimensions": "dimensions", "date": "ship_date", "time": "slot_time",
	"epoch_ms": "created_ms", "uuid": "request_id", "trace_id": "trace_id", "span_id": "span_id", "message_id": "message_id", "smtp_queue_id": "queue_id", "sms_sid": "message_sid", "call_id": "call_sid",
	"metric_name": "metric", "otel_resource": "resource", "win_event_id": "event_id", "hash": "sha256", "ipv4": "client_ip", "ipv6": "peer_ip", "version": "app_version", "user_agent": "user_agent",
	"unlocode": "port_of_loading", "iata": "origin_airport", "zone_code": "zone", "bin_location": "bin", "company_person": "forwarder", "brand": "brand", "plus_code": "plus_code", "latlong": "geo",
	"order_amazon": "amazon_order_id", "order_shopify": "order_name", "order_tiktok": "tiktok_order_id", "status_code": "status", "port": "smtp_port", "customs_status": "customs_status", "duty_rate": "duty_rate",
	"trap_name_warehouse": "name", "trap_address_dock": "address", "trap_smtp_address": "smtp_address", "trap_phone_type": "phone_type", "trap_email_template": "email_template", "trap_iban_validated": "iban_validated",
	"trap_card_type": "card_type", "trap_token_ttl": "token_ttl", "trap_password_policy": "password_policy", "trap_secret_ref": "secret_ref", "trap_contact_role": "contact_role", "trap_noreply": "sender", "trap_role_name": "assigned_role",
}

// extra adds look-alikes of the context to a record.
func (b *B) extra(fs []fld, lo, hi int) []fld {
	has := func(k string) bool {
		for _, f := range fs {
			if f.k == k {
				return true
			}
		}
		return false
	}
	n := lo + b.r.IntN(hi-lo+1)
	for range n {
		// A key appears once in a record: an event keeps one value per path.
		if t := pick(b.r, b.c.looks); !has(lookKey[t]) {
			fs = append(fs, fld{lookKey[t], b.L(t)})
		}
	}
	if b.r.IntN(10) < 3 {
		if t := pick(b.r, b.c.traps); !has(lookKey[t]) {
			fs = append(fs, fld{lookKey[t], b.L(t)})
		}
	}
	return fs
}

func (b *B) track() string {
	return b.L(pick(b.r, []string{"track_ups", "track_s10", "track_dhl", "track_fedex", "track_fedex15", "track_jnt", "track_yamato", "track_inpost"}))
}

func (b *B) carrier() string { return pick(b.r, carriers) }

var contexts = []*context{
	{name: "lastmile", weight: 10, kinds: []string{"name", "phone", "address", "credential", "email"},
		forms: []string{"ndjson", "free_text", "url_query", "logfmt", "zpl", "transcript", "json_string", "http_headers", "printed_obj"},
		looks: []string{"track_ups", "track_s10", "track_dhl", "track_fedex", "track_jnt", "track_yamato", "zone_code", "latlong", "plus_code", "time", "date", "weight", "user_agent", "order_amazon", "uuid", "epoch_ms"},
		traps: []string{"trap_role_name", "trap_phone_type", "trap_contact_role"},
		recs: []rec{
			{"pod", func(b *B) []fld {
				return b.extra([]fld{{"shipment.tracking_number", b.track()}, {"pod.signed_by", b.name()}, {"pod.pin", b.cred("delivery_pin")}, {"delivery.address", b.addr()}}, 1, 3)
			}},
			{"failed_attempt", func(b *B) []fld {
				return b.extra([]fld{{"consignee_name", b.name()}, {"consignee_mobile", b.phone()}, {"attempt", fmt.Sprint(1 + b.r.IntN(3))}, {"reason", pick(b.r, []string{"no_one_home", "address_not_found", "refused", "access_code_needed"})}}, 2, 3)
			}},
			{"pickup_booking", func(b *B) []fld {
				return b.extra([]fld{{"pickup_contact", b.name()}, {"pickup_phone", b.phone()}, {"pickup_email", b.email()}, {"pickup_address", b.addr()}, {"carrier_api_key", b.cred("carrier_api_key")}}, 1, 2)
			}},
			{"driver_session", func(b *B) []fld {
				return b.extra([]fld{{"driver_name", b.name()}, {"authorization", "Bearer " + b.credOf("bearer", "jwt")}, {"stop_address", b.addr()}}, 2, 3)
			}},
		},
		special: map[string][]special{"free_text": {
			{"driver_note", func(b *B) string {
				return fmt.Sprintf("[%s] %s %s: %s %s, %s. %s %s", b.carrier(), b.track(), b.L("time"), b.l.recv, b.name(), b.l.absent, b.l.call, b.phone())
			}},
			{"address_change", func(b *B) string {
				return fmt.Sprintf("%s %s — %s: %s (%s %s)", b.carrier(), b.track(), b.l.addr, b.addr(), b.l.pickup, b.cred("delivery_pin"))
			}},
		}},
	},
	{name: "customs", weight: 8, kinds: []string{"name", "address", "email", "phone", "cn_id", "credential"},
		forms: []string{"ndjson", "ocr", "json_twice", "csv", "free_text", "printed_obj", "form_body", "syslog"},
		looks: []string{"hs_code", "eori", "ioss", "vat_id", "mrn", "awb", "container", "bill_of_lading", "amount", "duty_rate", "customs_status", "unlocode", "iata", "invoice_no", "weight", "company_person"},
		traps: []string{"trap_contact_role", "trap_name_warehouse", "trap_password_policy"},
		recs: []rec{
			{"commercial_invoice", func(b *B) []fld {
				return b.extra([]fld{{"consignee.name", b.name()}, {"consignee.address", b.addr()}, {"consignee.tax_id", b.cnid()}, {"hs_code", b.L("hs_code")}, {"declared_value", b.L("amount")}}, 1, 3)
			}},
			{"importer", func(b *B) []fld {
				return b.extra([]fld{{"importer_contact", b.name()}, {"importer_email", b.email()}, {"importer_phone", b.phone()}, {"eori", b.L("eori")}}, 1, 3)
			}},
			{"broker_login", func(b *B) []fld {
				return b.extra([]fld{{"broker_user", b.email()}, {"broker_password", b.cred("broker_password")}, {"mrn", b.L("mrn")}}, 1, 2)
			}},
			{"cn_clearance", func(b *B) []fld {
				return b.extra([]fld{{"收件人", b.name()}, {"身份证号", b.cnid()}, {"收件人电话", b.phone()}, {"ioss", b.L("ioss")}}, 1, 3)
			}},
		},
		special: map[string][]special{"free_text": {
			{"hold_note", func(b *B) string {
				return fmt.Sprintf("Shipment %s held at %s: consignee %s, ID %s, please upload invoice %s. Contact %s", b.L("awb"), b.L("unlocode"), b.name(), b.cnid(), b.L("invoice_no"), b.email())
			}},
		}},
	},
	{name: "warehouse", weight: 7, kinds: []string{"name", "phone", "address", "credential", "email"},
		forms: []string{"ndjson", "zpl", "csv", "logfmt", "printed_obj", "syslog", "json_string"},
		looks: []string{"sscc", "gln", "ean13", "sku", "pallet_id", "bin_location", "container", "po_number", "weight", "dimensions", "date", "track_ups", "track_dhl", "brand", "version"},
		traps: []string{"trap_name_warehouse", "trap_address_dock", "trap_card_type", "trap_role_name"},
		recs: []rec{
			{"label_print", func(b *B) []fld {
				return b.extra([]fld{{"ship_to_name", b.name()}, {"ship_to_address", b.addr()}, {"ship_to_phone", b.phone()}, {"sscc", b.L("sscc")}}, 1, 3)
			}},
			{"asn", func(b *B) []fld {
				return b.extra([]fld{{"asn_id", b.L("uuid")}, {"supplier_contact", b.name()}, {"supplier_email", b.email()}, {"sftp_password", b.cred("sftp_password")}}, 2, 3)
			}},
			{"pick_pack", func(b *B) []fld {
				return b.extra([]fld{{"bin", b.L("bin_location")}, {"packer", b.name()}, {"customer_address", b.addr()}, {"wms_api_token", b.credOf("carrier_api_key", "bearer")}}, 1, 3)
			}},
		},
	},
	{name: "returns", weight: 8, kinds: []string{"name", "email", "phone", "address", "iban", "card", "credential"},
		forms: []string{"ndjson", "free_text", "form_body", "url_query", "bank_file", "json_twice", "transcript"},
		looks: []string{"rma", "order_amazon", "order_shopify", "order_tiktok", "sku", "ean13", "amount", "date", "track_s10", "track_ups", "invoice_no", "uuid", "status_code"},
		traps: []string{"trap_email_template", "trap_iban_validated", "trap_contact_role"},
		recs: []rec{
			{"rma_create", func(b *B) []fld {
				return b.extra([]fld{{"rma", b.L("rma")}, {"customer_name", b.name()}, {"customer_email", b.email()}, {"return_address", b.addr()}, {"rma_pin", b.cred("rma_pin")}}, 1, 3)
			}},
			{"refund_bank", func(b *B) []fld {
				return b.extra([]fld{{"refund_holder", b.name()}, {"refund_iban", b.iban()}, {"refund_amount", b.L("amount")}}, 1, 3)
			}},
			{"warranty_claim", func(b *B) []fld {
				return b.extra([]fld{{"claimant", b.name()}, {"claimant_phone", b.phone()}, {"card_number", b.card()}, {"serial", b.L("ean13")}}, 1, 2)
			}},
		},
		special: map[string][]special{"free_text": {
			{"buyer_message", func(b *B) string {
				return fmt.Sprintf("Return %s for order %s: %s %s, %s %s. refund to %s please", b.L("rma"), b.L("order_amazon"), b.l.addr, b.addr(), b.l.call, b.phone(), b.iban())
			}},
		}, "bank_file": {{"refund_sepa", sepaXML}, {"refund_mt940", mt940}}},
	},
	{name: "seller_kyc", weight: 8, kinds: []string{"name", "email", "phone", "address", "iban", "cn_id", "card", "credential"},
		forms: []string{"ndjson", "form_body", "json_string", "ocr", "bank_file", "http_headers", "printed_obj"},
		looks: []string{"vat_id", "eori", "bic", "date", "uuid", "company_person", "brand", "amount", "version", "ipv4"},
		traps: []string{"trap_iban_validated", "trap_password_policy", "trap_secret_ref"},
		recs: []rec{
			{"onboarding", func(b *B) []fld {
				return b.extra([]fld{{"owner_name", b.name()}, {"owner_email", b.email()}, {"owner_phone", b.phone()}, {"business_address", b.addr()}, {"vat_id", b.L("vat_id")}}, 1, 3)
			}},
			{"director", func(b *B) []fld {
				return b.extra([]fld{{"director_name", b.name()}, {"director_id_number", b.cnid()}, {"director_address", b.addr()}}, 1, 2)
			}},
			{"payout_account", func(b *B) []fld {
				return b.extra([]fld{{"account_holder", b.name()}, {"iban", b.iban()}, {"bic", b.L("bic")}, {"verification_card", b.card()}}, 1, 2)
			}},
			{"api_access", func(b *B) []fld {
				return b.extra([]fld{{"seller_email", b.email()}, {"client_secret", b.credOf("oauth_client_secret", "stripe_key", "shopify_token")}, {"webhook_secret", b.cred("webhook_secret")}}, 1, 2)
			}},
		},
		special: map[string][]special{"bank_file": {{"verify_sepa", sepaXML}}},
	},
	{name: "payouts", weight: 8, kinds: []string{"name", "iban", "email", "credential", "address"},
		forms: []string{"bank_file", "ndjson", "csv", "logfmt", "json_twice", "winevent"},
		looks: []string{"bank_ref", "e2e_id", "bic", "amount", "date", "uuid", "invoice_no", "epoch_ms", "hash"},
		traps: []string{"trap_iban_validated", "trap_secret_ref", "trap_token_ttl"},
		recs: []rec{
			{"payout", func(b *B) []fld {
				return b.extra([]fld{{"payee_name", b.name()}, {"payee_iban", b.iban()}, {"end_to_end_id", b.L("e2e_id")}, {"amount", b.L("amount")}}, 1, 3)
			}},
			{"sftp_upload", func(b *B) []fld {
				u := pick(b.r, []string{"payouts", "sepa", "recon"})
				return b.extra([]fld{{"sftp_url", "sftp://" + u + ":" + b.cred("sftp_password") + "@sftp.bank.example:22/in"}, {"file", "pain001_" + b.L("date") + ".xml"}, {"ebics_password", b.cred("ebics_password")}}, 1, 2)
			}},
			{"recon", func(b *B) []fld {
				return b.extra([]fld{{"seller_email", b.email()}, {"payee", b.name()}, {"payee_address", b.addr()}, {"iban", b.iban()}, {"db_url", "postgres://recon:" + b.cred("db_password") + "@db-fin.internal:5432/ledger"}}, 1, 2)
			}},
		},
		special: map[string][]special{"bank_file": {{"pain001", sepaXML}, {"mt940", mt940}, {"camt053", camt053}, {"nacha", nacha}}},
	},
	{name: "b2b", weight: 6, kinds: []string{"name", "email", "phone", "address", "card", "credential"},
		forms: []string{"ndjson", "smtp", "vcard_ical", "csv", "url_query", "printed_obj", "free_text"},
		looks: []string{"po_number", "invoice_no", "sku", "ean13", "amount", "date", "vat_id", "company_person", "brand", "uuid"},
		traps: []string{"trap_contact_role", "trap_email_template", "trap_role_name"},
		recs: []rec{
			{"quote_request", func(b *B) []fld {
				return b.extra([]fld{{"buyer_name", b.name()}, {"buyer_email", b.email()}, {"buyer_phone", b.phone()}, {"po_number", b.L("po_number")}}, 1, 3)
			}},
			{"po_approval", func(b *B) []fld {
				return b.extra([]fld{{"approver", b.name()}, {"approver_email", b.email()}, {"ship_to", b.addr()}, {"corporate_card", b.card()}}, 1, 3)
			}},
			{"punchout", func(b *B) []fld {
				return b.extra([]fld{{"buyer_cookie", b.cred("session_cookie")}, {"contact", b.name()}, {"sharedSecret", b.credOf("oauth_client_secret", "broker_password")}}, 1, 3)
			}},
		},
		special: map[string][]special{
			"free_text": {{"rfq_mail", func(b *B) string {
				return fmt.Sprintf("RFQ for %s x %s (%s): %s from %s asks for delivery to %s, tel %s", fmt.Sprint(10+b.r.IntN(500)), b.L("sku"), b.L("brand"), b.name(), b.L("company_person"), b.addr(), b.phone())
			}}},
			"smtp":       {{"quote_mail", mailHeaders}},
			"vcard_ical": {{"meeting", ical}, {"buyer_card", vcard}},
		},
	},
	{name: "mail", weight: 7, kinds: []string{"name", "email", "credential", "phone"},
		forms: []string{"smtp", "ndjson", "logfmt", "syslog"},
		looks: []string{"message_id", "smtp_queue_id", "ipv4", "ipv6", "date", "time", "port", "status_code", "uuid"},
		traps: []string{"trap_noreply", "trap_smtp_address", "trap_email_template"},
		recs: []rec{
			{"bounce", func(b *B) []fld {
				return b.extra([]fld{{"recipient", b.email()}, {"dsn", "5.1.1"}, {"queue_id", b.L("smtp_queue_id")}, {"from", b.L("trap_noreply")}}, 1, 3)
			}},
			{"smtp_auth", func(b *B) []fld {
				return b.extra([]fld{{"smtp_user", b.email()}, {"smtp_password", b.credOf("broker_password", "sendgrid_key")}, {"relay", b.L("trap_smtp_address")}}, 1, 2)
			}},
			{"unsubscribe", func(b *B) []fld {
				p := b.newPerson()
				return b.extra([]fld{{"list_unsubscribe", "<mailto:unsub@mail.example?subject=" + b.email() + ">"}, {"display_name", b.put(p.value(p.full))}, {"sms_optout", b.phone()}}, 1, 3)
			}},
		},
		special: map[string][]special{"smtp": {{"transcript_plain", smtpPlain}, {"transcript_login", smtpLogin}, {"dsn", dsnReport}, {"headers", mailHeaders}}},
	},
	{name: "voice_sms", weight: 7, kinds: []string{"name", "phone", "credential", "address", "card"},
		forms: []string{"transcript", "ndjson", "url_query", "form_body", "free_text", "otlp"},
		looks: []string{"sms_sid", "call_id", "uuid", "time", "date", "status_code", "order_shopify", "order_amazon", "track_jnt", "amount"},
		traps: []string{"trap_phone_type", "trap_token_ttl", "trap_role_name"},
		recs: []rec{
			{"dlr", func(b *B) []fld {
				return b.extra([]fld{{"MessageSid", b.L("sms_sid")}, {"To", b.phone()}, {"MessageStatus", pick(b.r, []string{"delivered", "undelivered", "failed"})}, {"AuthToken", b.cred("sms_auth_token")}}, 1, 2)
			}},
			{"otp_send", func(b *B) []fld {
				return b.extra([]fld{{"to", b.phone()}, {"body", pick(b.r, []string{"Your delivery code is ", "Pickup code: ", "Your verification code is "}) + b.credOf("otp", "locker_code", "delivery_pin")}}, 1, 3)
			}},
			{"ivr_call", func(b *B) []fld {
				return b.extra([]fld{{"caller_name", b.name()}, {"caller_number", b.phone()}, {"caller_address", b.addr()}, {"card_on_file", b.card()}}, 1, 2)
			}},
		},
		special: map[string][]special{"free_text": {{"sms_body", func(b *B) string {
			return fmt.Sprintf("SMS to %s: %s %s %s (%s)", b.phone(), b.l.pickup, b.cred(pick(b.r, []string{"otp", "locker_code"})), b.L("track_jnt"), b.name())
		}}}},
	},
	{name: "contacts", weight: 5, kinds: []string{"name", "email", "phone", "address"},
		forms: []string{"vcard_ical", "ndjson", "json_string", "csv"},
		looks: []string{"uuid", "date", "time", "version", "company_person", "po_number"},
		traps: []string{"trap_contact_role", "trap_phone_type", "trap_address_dock"},
		recs: []rec{
			{"contact", func(b *B) []fld {
				return b.extra([]fld{{"fn", b.name()}, {"email", b.email()}, {"tel", b.phone()}, {"adr", b.addr()}}, 1, 2)
			}},
			{"delivery_appointment", func(b *B) []fld {
				return b.extra([]fld{{"attendee", b.email()}, {"attendee_name", b.name()}, {"location", b.addr()}, {"dtstart", b.L("date")}}, 1, 2)
			}},
		},
		special: map[string][]special{"vcard_ical": {{"vcard", vcard}, {"ical", ical}}},
	},
	{name: "telemetry", weight: 7, kinds: []string{"email", "phone", "name", "credential", "card"},
		forms: []string{"otlp", "syslog", "winevent", "logfmt", "ndjson"},
		looks: []string{"trace_id", "span_id", "metric_name", "otel_resource", "win_event_id", "ipv4", "version", "hash", "uuid", "status_code", "epoch_ms"},
		traps: []string{"trap_secret_ref", "trap_token_ttl", "trap_name_warehouse"},
		recs: []rec{
			{"span_attrs", func(b *B) []fld {
				return b.extra([]fld{{"enduser.id", b.email()}, {"customer.phone", b.phone()}, {"trace_id", b.L("trace_id")}}, 1, 3)
			}},
			{"exporter_config", func(b *B) []fld {
				return b.extra([]fld{{"otel_exporter_otlp_headers", "api-key=" + b.credOf("otlp_api_key", "carrier_api_key")}, {"db.connection_string", "postgres://otel:" + b.cred("db_password") + "@pg.internal/traces"}}, 1, 3)
			}},
			{"payment_span", func(b *B) []fld {
				return b.extra([]fld{{"payment.card", b.card()}, {"customer.name", b.name()}, {"http.request.header.authorization", "Basic " + b.cred("basic")}}, 1, 2)
			}},
		},
	},
	{name: "exports", weight: 6, kinds: []string{"name", "email", "phone", "address", "iban", "card", "cn_id"},
		forms: []string{"csv", "bank_file", "json_string"},
		looks: []string{"order_amazon", "order_tiktok", "order_shopify", "sku", "amount", "date", "ean13", "track_ups", "track_s10", "invoice_no"},
		traps: []string{"trap_card_type", "trap_email_template", "trap_iban_validated"},
		recs: []rec{
			{"orders_export", func(b *B) []fld {
				return b.extra([]fld{{"order", b.L("order_amazon")}, {"buyer", b.name()}, {"email", b.email()}, {"phone", b.phone()}, {"ship_address", b.addr()}}, 1, 3)
			}},
			{"refunds_export", func(b *B) []fld {
				return b.extra([]fld{{"holder", b.name()}, {"iban", b.iban()}, {"card", b.card()}}, 1, 3)
			}},
			{"cn_export", func(b *B) []fld {
				return b.extra([]fld{{"收货人", b.name()}, {"证件号", b.cnid()}, {"手机", b.phone()}, {"地址", b.addr()}}, 1, 2)
			}},
		},
		special: map[string][]special{"bank_file": {{"fixed_width", fixedWidth}, {"nacha", nacha}}},
	},
	{name: "documents", weight: 6, kinds: []string{"name", "address", "phone", "cn_id", "email", "card"},
		forms: []string{"ocr", "zpl", "free_text", "ndjson"},
		looks: []string{"track_ups", "track_s10", "track_dhl", "awb", "invoice_no", "amount", "weight", "date", "hs_code", "vat_id", "sscc"},
		traps: []string{"trap_role_name", "trap_address_dock"},
		recs: []rec{
			{"shipping_label", func(b *B) []fld {
				return b.extra([]fld{{"ship_to", b.name()}, {"address", b.addr()}, {"phone", b.phone()}, {"tracking", b.track()}}, 1, 3)
			}},
			{"seller_id_card", func(b *B) []fld {
				return b.extra([]fld{{"name", b.name()}, {"id_number", b.cnid()}, {"address", b.addr()}, {"issued", b.L("date")}}, 1, 2)
			}},
			{"invoice", func(b *B) []fld {
				return b.extra([]fld{{"bill_to", b.name()}, {"email", b.email()}, {"paid_with_card", b.card()}, {"invoice_no", b.L("invoice_no")}}, 1, 3)
			}},
		},
		special: map[string][]special{"free_text": {{"receipt_text", func(b *B) string {
			return fmt.Sprintf("DELIVERY RECEIPT %s\n%s %s\n%s\n%s  %s", b.track(), b.l.recv, b.name(), b.addr(), b.L("date"), b.L("time"))
		}}}},
	},
	{name: "audit", weight: 7, kinds: []string{"name", "phone", "address", "iban", "email", "credential"},
		forms: []string{"ndjson", "json_twice", "winevent", "syslog", "logfmt", "printed_obj", "http_headers"},
		looks: []string{"uuid", "ipv4", "date", "time", "version", "user_agent", "hash", "status_code", "order_amazon", "epoch_ms"},
		traps: []string{"trap_password_policy", "trap_secret_ref", "trap_phone_type", "trap_role_name"},
		recs: []rec{
			{"phone_change", func(b *B) []fld {
				return b.extra([]fld{{"actor", b.email()}, {"field", "phone"}, {"before", b.phone()}, {"after", b.phone()}}, 1, 3)
			}},
			{"address_change", func(b *B) []fld {
				return b.extra([]fld{{"admin", b.name()}, {"old_address", b.addr()}, {"new_address", b.addr()}}, 1, 3)
			}},
			{"bank_change", func(b *B) []fld {
				return b.extra([]fld{{"seller_owner", b.name()}, {"old_iban", b.iban()}, {"new_iban", b.iban()}, {"approved_by", b.email()}}, 1, 2)
			}},
			{"secret_rotation", func(b *B) []fld {
				return b.extra([]fld{{"actor", b.email()}, {"rotated", "carrier_api_key"}, {"new_value", b.credOf("carrier_api_key", "webhook_secret", "totp_seed", "aws_key")}}, 1, 3)
			}},
		},
	},
	{name: "lockers", weight: 5, kinds: []string{"phone", "credential", "name", "email"},
		forms: []string{"ndjson", "url_query", "free_text", "logfmt", "transcript", "http_headers"},
		looks: []string{"locker_id", "track_inpost", "track_s10", "time", "date", "latlong", "plus_code", "uuid"},
		traps: []string{"trap_token_ttl", "trap_phone_type"},
		recs: []rec{
			{"reserve", func(b *B) []fld {
				return b.extra([]fld{{"locker_id", b.L("locker_id")}, {"receiver_phone", b.phone()}, {"receiver_email", b.email()}, {"pickup_code", b.cred("locker_code")}}, 1, 3)
			}},
			{"open", func(b *B) []fld {
				return b.extra([]fld{{"receiver", b.name()}, {"open_code", b.cred("locker_code")}, {"x-api-key", b.cred("carrier_api_key")}}, 1, 3)
			}},
		},
		special: map[string][]special{"free_text": {{"locker_sms", func(b *B) string {
			return fmt.Sprintf("%s: %s %s, %s %s, %s %s", b.L("locker_id"), b.l.recv, b.name(), b.l.pickup, b.cred("locker_code"), b.l.call, b.phone())
		}}}},
	},
}

// ---- special forms ----

func sepaXML(b *B) string {
	return fmt.Sprintf(`<CdtTrfTxInf><PmtId><EndToEndId>%s</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">%d.%02d</InstdAmt></Amt><CdtrAgt><FinInstnId><BIC>%s</BIC></FinInstnId></CdtrAgt><Cdtr><Nm>%s</Nm><PstlAdr><StrtNm>%s</StrtNm><Ctry>%s</Ctry></PstlAdr></Cdtr><CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct><RmtInf><Ustrd>%s %s</Ustrd></RmtInf></CdtTrfTxInf>`,
		b.L("e2e_id"), b.r.IntN(9000), b.r.IntN(100), b.L("bic"), xmlEsc(b.name()), xmlEsc(b.addr()), pick(b.r, []string{"DE", "FR", "NL", "IT"}), b.iban(), b.L("invoice_no"), b.L("bank_ref"))
}

func mt940(b *B) string {
	return fmt.Sprintf(":61:%s%sC%d,%02dNTRF%s//%s\n:86:/EREF/%s/REMI/%s/IBAN/%s/NAME/%s/",
		"2612", "06", b.r.IntN(9000), b.r.IntN(100), b.L("bank_ref"), b.L("e2e_id"), b.L("invoice_no"), b.L("order_amazon"), b.iban(), b.name())
}

func camt053(b *B) string {
	return fmt.Sprintf(`<Ntry><Amt Ccy="EUR">%d.%02d</Amt><BookgDt><Dt>%s</Dt></BookgDt><NtryDtls><TxDtls><Refs><EndToEndId>%s</EndToEndId></Refs><RltdPties><Dbtr><Nm>%s</Nm></Dbtr><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct></RltdPties></TxDtls></NtryDtls></Ntry>`,
		b.r.IntN(9000), b.r.IntN(100), b.L("date"), b.L("e2e_id"), xmlEsc(b.name()), b.iban())
}

func pad(s string, n int) string {
	c := len([]rune(s))
	if c >= n {
		return s
	}
	return s + strings.Repeat(" ", n-c)
}

func nacha(b *B) string {
	return fmt.Sprintf("6%s%s%s%s%s0%s", "22", pad(b.L("bank_ref"), 17), pad(b.iban(), 36), pad(b.L("amount"), 14), pad(b.name(), 26), b.L("e2e_id"))
}

func fixedWidth(b *B) string {
	return pad(b.L("order_amazon"), 22) + pad(b.name(), 30) + pad(b.email(), 40) + pad(b.phone(), 20) + pad(b.L("amount"), 14) + b.L("date")
}

func vcard(b *B) string {
	p := b.newPerson()
	nv := p.value(p.full)
	fn := b.put(nv)
	n := b.put(p.value(p.family + ";" + p.given + ";;;"))
	return fmt.Sprintf("BEGIN:VCARD\nVERSION:%s\nFN:%s\nN:%s\nORG:%s\nTEL;TYPE=cell:%s\nEMAIL;TYPE=work:%s\nADR;TYPE=home:;;%s\nUID:%s\nEND:VCARD",
		pick(b.r, []string{"3.0", "4.0"}), fn, n, b.L("company_person"), b.phone(), b.email(), b.addr(), b.L("uuid"))
}

func ical(b *B) string {
	return fmt.Sprintf("BEGIN:VEVENT\nUID:%s\nDTSTART:%sT%02d0000Z\nSUMMARY:Delivery appointment %s\nORGANIZER;CN=%s:mailto:%s\nATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s\nLOCATION:%s\nDESCRIPTION:Call %s on arrival\nEND:VEVENT",
		b.L("uuid"), "20261214", 8+b.r.IntN(10), b.L("po_number"), b.L("trap_role_name"), b.L("trap_noreply"), b.name(), b.email(), strings.ReplaceAll(b.addr(), ",", `\,`), b.phone())
}

func smtpPlain(b *B) string {
	return fmt.Sprintf("S: 220 %s ESMTP\nC: EHLO mailer.internal\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN %s\nS: 235 2.7.0 Authentication successful\nC: MAIL FROM:<%s>\nC: RCPT TO:<%s>\nS: 250 2.1.5 Ok queued as %s",
		b.L("trap_smtp_address"), b.cred("smtp_auth_plain"), b.L("trap_noreply"), b.email(), b.L("smtp_queue_id"))
}

func smtpLogin(b *B) string {
	user := base64.StdEncoding.EncodeToString([]byte("relay-" + rs(b.r, letters, 5)))
	return fmt.Sprintf("<<< 220 %s ESMTP\n>>> AUTH LOGIN\n<<< 334 VXNlcm5hbWU6\n>>> %s\n<<< 334 UGFzc3dvcmQ6\n>>> %s\n<<< 235 2.7.0 Accepted\n>>> RCPT TO:<%s>\n<<< 550 5.1.1 <%s>: Recipient address rejected: user unknown",
		b.L("trap_smtp_address"), user, b.cred("smtp_auth_login"), b.email(), b.email())
}

func dsnReport(b *B) string {
	return fmt.Sprintf("From: Mail Delivery System <%s>\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\nX-Postfix-Queue-ID: %s",
		b.L("trap_noreply"), b.L("message_id"), b.email(), b.L("smtp_queue_id"))
}

func mailHeaders(b *B) string {
	p := b.newPerson()
	return fmt.Sprintf("Message-ID: %s\nDate: %s\nFrom: \"%s\" <%s>\nTo: %s\nSubject: Quote %s - delivery %s\nList-Unsubscribe: <mailto:%s?subject=unsubscribe>",
		b.L("message_id"), b.L("date"), b.put(p.value(p.full)), b.email(), b.L("trap_noreply"), b.L("po_number"), b.L("date"), b.L("trap_noreply"))
}

// clean writes a line of the context that holds no PII.
func (b *B) cleanFields() []fld {
	return b.extra(nil, 6, 10)
}

func (b *B) cleanText() string {
	var parts []string
	n := 5 + b.r.IntN(4)
	for range n {
		t := pick(b.r, b.c.looks)
		parts = append(parts, lookKey[t]+" "+b.L(t))
	}
	t := pick(b.r, b.c.traps)
	parts = append(parts, lookKey[t]+": "+b.L(t))
	return fmt.Sprintf("[%s] %s %s", b.carrier(), pick(b.r, []string{"update", "status", "batch", "scan"}), strings.Join(parts, ", "))
}
