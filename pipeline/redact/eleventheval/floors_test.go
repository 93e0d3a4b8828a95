package eleventheval

// floors are the figures of the run that set them (seed 0x11E1E7, 15,000
// lines, redactor at commit 7de8370 plus the working tree of 2026-12-05
// 18:48 UTC): recall in percent rounded down to 0.1, damage in percent
// rounded up to 0.1. TestEleventhEval fails below a recall floor or above a
// damage ceiling; raise them when the redactor improves.
var floors = floorSet{
	recall: 95.0,
	damage: 1.7,
	kind:   map[string]float64{"address": 86.6, "card": 98.8, "cn_id": 100.0, "credential": 92.8, "email": 100.0, "iban": 99.4, "name": 95.5, "phone": 97.0},
	ctx:    map[string]float64{"3pl_shipment": 84.6, "bigcommerce": 100.0, "cloud_json": 98.9, "cloud_text": 84.6, "curl_har": 99.8, "graphql": 100.0, "grpc": 98.1, "helpdesk": 97.7, "logger_json": 92.0, "logger_text": 99.1, "magento": 100.0, "mail_events": 98.6, "message_queue": 100.0, "messaging": 93.8, "odoo_netsuite": 84.3, "sap_idoc": 73.4, "shopware_prestashop": 99.4, "spreadsheet": 99.7, "sql_batch": 89.1, "woocommerce": 99.4},
	loc:    map[string]float64{"ar_EG": 95.3, "bg_BG": 91.3, "bn_BD": 95.4, "cs_CZ": 93.3, "da_DK": 95.3, "de_DE": 97.5, "el_GR": 92.1, "en_KE": 94.4, "en_NG": 98.8, "en_US": 91.6, "en_ZA": 98.9, "es_AR": 97.9, "es_CL": 98.1, "es_CO": 97.4, "es_PE": 98.1, "fi_FI": 96.2, "fr_MA": 93.4, "hu_HU": 92.4, "ja_JP": 96.6, "kk_KZ": 91.2, "nb_NO": 93.1, "ne_NP": 95.1, "ro_RO": 94.9, "sv_SE": 97.6, "uz_UZ": 88.5, "zh_CN": 95.4},
	trap:   map[string]float64{"amount": 0.0, "asin": 0.0, "bin": 0.0, "city": 0.0, "company": 0.0, "date": 0.0, "duration": 15.7, "ean13": 0.0, "epoch-ms": 0.0, "epoch-ns": 0.0, "epoch-s": 0.0, "epoch-us": 0.0, "git-sha": 0.0, "gtin14": 59.3, "host": 0.0, "hs-code": 0.0, "idempotency": 0.0, "invoice": 0.0, "ip": 0.0, "isbn": 0.0, "kafka-offset": 0.0, "latency": 0.0, "masked-card": 0.0, "order-allegro": 0.0, "order-amazon": 0.0, "order-jumia": 0.0, "order-magento": 0.0, "order-meli": 0.0, "order-shopee": 0.0, "order-shopify": 0.0, "order-tiktok": 0.0, "order-woo": 0.0, "pod": 0.0, "port": 0.0, "postcode": 0.0, "product": 0.0, "request-id": 0.0, "sha256": 0.0, "sku": 0.0, "snowflake": 48.3, "span-id": 0.0, "status": 9.1, "trace-id": 0.0, "track-dhl": 0.0, "track-fedex": 4.9, "track-local": 0.0, "track-postnord": 0.0, "track-s10": 0.0, "track-ups": 0.0, "track-usps": 0.0, "ulid": 0.0, "upc": 1.0, "uuid": 0.0, "vat-id": 0.6, "version": 0.0},
}
