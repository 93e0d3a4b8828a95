package heldout

import (
	"fmt"
	"strings"
)

func init() {
	register("email_header", 1, genEmailHeader)
	register("localized_message", 2, genLocalized)
	register("logfmt", 1, genLogfmt)
	register("proto_text", 1, genProto)
}

func genEmailHeader(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	var msg string
	switch g.n(8) {
	case 0, 1:
		g.setVariant("smtp_headers")
		msg = "smtp: sending message\nFrom: \"Acme Shop\" <no-reply@acme-retail.com>\nTo: \"" + g.P(KName, p.Name) + "\" <" + g.P(KEmail, p.Email) + ">\nSubject: Your order " + g.orderRef() + " has shipped\nDate: " + g.L("time", g.when().Format("Mon, 02 Jan 2006 15:04:05 -0700")) + "\nMessage-ID: <" + g.L("message_id", g.uuidRaw()) + "@mail.acme-retail.com>"
	case 2:
		g.setVariant("postfix_to")
		msg = "postfix/smtp[" + g.num(1000, 60000) + "]: " + g.str("0123456789ABCDEF", 10) + ": to=<" + g.P(KEmail, p.Email) + ">, relay=" + g.pick("gmail-smtp-in.l.google.com[142.250.4.27]:25", "mx1.naver.com[125.209.238.100]:25", "mxbiz1.qq.com[183.3.225.42]:25") + ", delay=" + fmt.Sprintf("%d.%d", g.rng(0, 9), g.n(10)) + ", dsn=2.0.0, status=sent (250 2.0.0 OK)"
	case 3:
		g.setVariant("reply_to_cc")
		p2 := g.person(loc)
		msg = "inbound ticket mail parsed: Reply-To: " + g.P(KName, p.Name) + " <" + g.P(KEmail, p.Email) + ">; Cc: " + g.P(KName, p2.Name) + " <" + g.P(KEmail, p2.Email) + ">; Subject: Re: Bestellung " + g.orderRef()
	case 4:
		g.setVariant("dsn_bounce")
		msg = "bounce received:\nReporting-MTA: dns; mail.acme-retail.com\nFinal-Recipient: rfc822; " + g.P(KEmail, p.Email) + "\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist."
	case 5:
		g.setVariant("smtp_rcpt")
		msg = "C: MAIL FROM:<orders@acme-retail.com> SIZE=" + g.num(2000, 90000) + "\nS: 250 2.1.0 Ok\nC: RCPT TO:<" + g.P(KEmail, p.Email) + ">\nS: 250 2.1.5 Ok"
	case 6:
		g.setVariant("sendgrid_event")
		return g.ev("notification-worker", "info", "sendgrid event", "sendgrid", O{"event", g.pick("delivered", "bounce", "open"), "email", g.P(KEmail, p.Email), "to", "\"" + g.P(KName, p.Name) + "\" <" + g.P(KEmail, p.Email) + ">", "sg_message_id", g.str(alnumSet, 22) + ".filter" + g.num(1, 9) + "-" + g.digits(5), "timestamp", Num(g.epochS())})
	default:
		g.setVariant("display_name_paren")
		msg = "invoice " + g.L("payment_ref", "INV-"+g.when().Format("2006")+"-"+g.digits(6)) + " mailed to " + g.P(KEmail, p.Email) + " (" + g.P(KName, p.Name) + ")"
	}
	return g.ev(g.pick("notification-worker", "mailer", "helpdesk-sync", "invoice-job"), "info", msg)
}

var localizedTemplates = map[string][]string{
	"es": {
		"pedido {order} enviado a {name}, {addr}; seguimiento {track}",
		"No se pudo contactar al cliente {name} (tel. {phone}) para el pedido {order}",
		"dirección de entrega actualizada: {addr} — pedido {order}",
		"reembolso de {amount} a la cuenta {iban} del titular {name}",
		"El cliente {email} solicitó cancelar el pedido {order} a las {time}",
		"tarjeta {card} rechazada: fondos insuficientes (pedido {order}, importe {amount})",
		"Destinatario: {name} | Teléfono: {phone} | Dirección: {addr}",
		"entrega fallida en {addr}: el repartidor llamó al {phone} sin respuesta",
	},
	"pt": {
		"pedido {order} enviado para {name} — endereço: {addr}, rastreio {track}",
		"Falha ao notificar cliente {email}: caixa postal cheia (pedido {order})",
		"telefone do destinatário inválido: {phone} (pedido {order})",
		"Cartão {card} recusado pelo emissor para o pedido {order} no valor de {amount}",
		"endereço de cobrança: {addr}; cliente {name}",
		"Olá {name}, seu pedido {order} saiu para entrega",
		"estorno de {amount} para a conta {iban}, titular {name}",
	},
	"de": {
		"Bestellung {order}: Lieferadresse: {addr}, Empfänger: {name}",
		"Kunde {name} ({email}) hat Rücksendung für Bestellung {order} angefordert",
		"Rückerstattung {amount} an IBAN {iban} (Kontoinhaber {name}) angewiesen",
		"Zustellung fehlgeschlagen, Empfänger telefonisch nicht erreichbar: {phone} – Sendung {track}",
		"Kreditkarte {card} abgelehnt (Bestellung {order}, Betrag {amount})",
		"Rechnungsanschrift geändert auf {addr} durch {email}",
		"Sehr geehrte Frau {name}, Ihre Bestellung {order} wurde versandt",
	},
	"fr": {
		"commande {order} expédiée à {name}, adresse de livraison : {addr} — suivi {track}",
		"Impossible de joindre le client au {phone} pour la commande {order}",
		"remboursement de {amount} vers l'IBAN {iban} au nom de {name}",
		"le client {email} a modifié son adresse : {addr}",
		"carte {card} refusée par la banque (commande {order})",
		"Bonjour {name}, votre colis {track} est arrivé en point relais",
		"destinataire : {name}, tél : {phone}",
	},
	"it": {
		"ordine {order} spedito a {name}, indirizzo: {addr}; tracking {track}",
		"Cliente {name} (cell. {phone}) non raggiungibile, ordine {order}",
		"Rimborso di {amount} sull'IBAN {iban} intestato a {name}",
		"indirizzo di fatturazione aggiornato: {addr} (cliente {email})",
	},
	"nl": {
		"bestelling {order} verzonden naar {name}, adres: {addr}",
		"klant {email} heeft bestelling {order} geannuleerd",
		"terugbetaling {amount} naar rekening {iban} t.n.v. {name}",
		"bezorging mislukt op {addr}, klant gebeld op {phone}",
	},
	"id": {
		"pesanan {order} dikirim ke {name}, alamat: {addr}, resi {track}",
		"Gagal menghubungi pembeli {name} di nomor {phone} untuk pesanan {order}",
		"alamat pengiriman diperbarui: {addr} (pesanan {order})",
		"Pembayaran {amount} untuk pesanan {order} dari {email} berhasil",
		"Penerima: {name}, No. HP: {phone}, Alamat: {addr}",
		"kurir tidak menemukan alamat {addr}, hubungi {phone}",
	},
	"vi": {
		"đơn hàng {order} đã giao cho {name}, địa chỉ: {addr}, mã vận đơn {track}",
		"Không liên lạc được với khách hàng {name}, SĐT: {phone} (đơn {order})",
		"khách hàng {email} yêu cầu hủy đơn {order} lúc {time}",
		"Người nhận: {name} - {phone} - {addr}",
		"cập nhật địa chỉ giao hàng: {addr}",
	},
	"th": {
		"คำสั่งซื้อ {order} จัดส่งถึง {name} ที่อยู่: {addr} เลขพัสดุ {track}",
		"ติดต่อผู้ซื้อ {name} ไม่ได้ เบอร์โทร: {phone} (คำสั่งซื้อ {order})",
		"ยอดชำระ {amount} สำหรับคำสั่งซื้อ {order} จาก {email}",
		"ผู้รับ: คุณ{name} โทร {phone}",
		"แก้ไขที่อยู่จัดส่งเป็น {addr}",
	},
	"ja": {
		"注文 {order} を発送しました。お届け先: {name} 様、住所: {addr}、追跡番号 {track}",
		"顧客 {name} 様 (電話番号: {phone}) に連絡がつきません。注文 {order}",
		"カード {card} の決済がエラーになりました (注文 {order}, 金額 {amount})",
		"{name}様の配送先住所を {addr} に変更しました",
		"メール {email} 宛の送信に失敗しました",
	},
	"zh": {
		"订单 {order} 已发货，收件人：{name}，电话：{phone}，地址：{addr}",
		"收货人：{name}，收货地址：{addr}，快递单号 {track}",
		"实名认证失败：身份证号 {cnid} 与姓名 {name} 不一致",
		"买家 {email} 申请退款 {amount}，订单号 {order}",
		"银行卡号 {card} 支付失败（订单 {order}）",
		"联系人{name}手机{phone}无法接通",
		"派送失败：{addr} 无人签收",
	},
	"ko": {
		"주문 {order} 배송 완료, 수령인: {name}, 주소: {addr}, 송장번호 {track}",
		"고객 {name} 연락처 {phone} 연결 실패 (주문 {order})",
		"{email} 고객님이 주문 {order} 취소를 요청했습니다",
		"{name}님의 배송지가 {addr}(으)로 변경되었습니다",
		"카드번호 {card} 결제 실패 (주문 {order})",
	},
	"ms": {
		"pesanan {order} dihantar kepada {name}, alamat: {addr}",
		"Pembeli {name} tidak dapat dihubungi di {phone} (pesanan {order})",
		"bayaran balik {amount} ke akaun {email} berjaya",
	},
	"tl": {
		"Na-deliver na ang order {order} kay {name}, address: {addr}",
		"Hindi ma-contact si {name} sa {phone}, order {order}",
		"Bayad na ang {amount} para sa order {order} ni {email}",
	},
}

var langLocales = map[string][]string{"es": {"ES", "MX"}, "pt": {"BR"}, "de": {"DE"}, "fr": {"FR"}, "it": {"IT"}, "nl": {"NL"}, "id": {"ID"}, "vi": {"VN"}, "th": {"TH"}, "ja": {"JP"}, "zh": {"CN"}, "ko": {"KR"}, "ms": {"MY"}, "tl": {"PH"}}

var langOrder = []string{"es", "pt", "de", "fr", "it", "nl", "id", "vi", "th", "ja", "zh", "ko", "ms", "tl"}

// fillSlots draws a value for each slot t uses, in a fixed order, and
// fills t.
func (g *G) fillSlots(t string, loc *Locale, p Person) string {
	need := slots(t)
	m := map[string]string{}
	for _, s := range []string{"name", "addr", "phone", "email", "order", "track", "amount", "time", "card", "iban", "cnid"} {
		if !need[s] {
			continue
		}
		switch s {
		case "name":
			m[s] = g.P(KName, p.Name)
		case "addr":
			m[s] = g.P(KAddr, p.Addr.Full)
		case "phone":
			m[s] = g.P(KPhone, p.Phone)
		case "email":
			m[s] = g.P(KEmail, p.Email)
		case "order":
			m[s] = g.orderRef()
		case "track":
			m[s] = g.trackingNo()
		case "amount":
			m[s] = g.amount(loc)
		case "time":
			m[s] = g.iso()
		case "card":
			pan, _ := g.card()
			m[s] = g.P(KCard, g.cardFmt(pan))
		case "iban":
			m[s] = g.P(KIBAN, g.ibanFmt(g.iban(ibanCC(g, loc))))
		case "cnid":
			m[s] = g.P(KCNID, g.cnid())
		}
	}
	return fill(t, m)
}

func genLocalized(g *G) any {
	lang := pickOf(g, langOrder)
	loc := LocaleByCC(pickOf(g, langLocales[lang]))
	g.loc = loc
	ts := localizedTemplates[lang]
	ti := g.n(len(ts))
	g.setVariant(fmt.Sprintf("%s_%d", lang, ti))
	p := g.person(loc)
	msg := g.fillSlots(ts[ti], loc, p)
	return g.ev(g.svc(), g.pick("info", "warn", "error"), msg, "labels.locale", strings.Replace(loc.Code, "_", "-", 1))
}

// quoted logfmt value
func lq(s string) string {
	if strings.ContainsAny(s, " \"=") || s == "" {
		return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
	}
	return s
}

func genLogfmt(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	ts := g.iso()
	var kv string
	switch g.n(10) {
	case 9:
		g.setVariant("kyc_keys")
		loc = g.localeOf("CN")
		p = g.person(loc)
		kv = "msg=实名认证 result=" + g.pick("pass", "mismatch", "timeout") + " id_card=" + g.P(KCNID, g.cnid()) + " real_name=" + lq(g.P(KName, p.Name)) + " mobile=" + lq(g.P(KPhone, p.Phone))
	case 0, 1:
		g.setVariant("order_synced")
		kv = "msg=\"order synced\" order_id=" + g.orderRef() + " buyer_email=" + g.P(KEmail, p.Email) + " buyer_phone=" + lq(g.P(KPhone, p.Phone)) + " ship_to=" + lq(g.P(KAddr, p.Addr.Full)) + " total=" + lq(g.amount(loc))
	case 2:
		g.setVariant("id_keys")
		loc = g.localeOf("ID")
		p = g.person(loc)
		kv = "msg=\"pesanan dibuat\" no_pesanan=" + g.shopeeOrder() + " nama_penerima=" + lq(g.P(KName, p.Name)) + " no_hp=" + lq(g.P(KPhone, p.Phone)) + " alamat=" + lq(g.P(KAddr, p.Addr.Full))
	case 3:
		g.setVariant("vi_keys")
		loc = g.localeOf("VN")
		p = g.person(loc)
		kv = "msg=\"tao don\" ma_don=" + g.shopeeOrder() + " ho_ten=" + lq(g.P(KName, p.Name)) + " sdt=" + lq(g.P(KPhone, p.Phone)) + " dia_chi=" + lq(g.P(KAddr, p.Addr.Full))
	case 4:
		g.setVariant("es_pt_de_keys")
		switch g.n(3) {
		case 0:
			loc = g.localeOf("ES", "MX")
			p = g.person(loc)
			kv = "msg=\"pedido creado\" pedido=" + g.orderRef() + " nombre=" + lq(g.P(KName, p.Name)) + " telefono=" + lq(g.P(KPhone, p.Phone)) + " direccion=" + lq(g.P(KAddr, p.Addr.Full))
		case 1:
			loc = g.localeOf("BR")
			p = g.person(loc)
			kv = "msg=\"pedido criado\" pedido=" + g.orderRef() + " destinatario=" + lq(g.P(KName, p.Name)) + " celular=" + lq(g.P(KPhone, p.Phone)) + " endereco=" + lq(g.P(KAddr, p.Addr.Full))
		default:
			loc = g.localeOf("DE")
			p = g.person(loc)
			kv = "msg=\"Auftrag angelegt\" auftrag=" + g.orderRef() + " empfaenger=" + lq(g.P(KName, p.Name)) + " strasse=" + lq(g.P(KAddr, p.Addr.Line1)) + " plz=" + p.Addr.Zip + " ort=" + lq(p.Addr.City) + " telefon=" + lq(g.P(KPhone, p.Phone))
		}
	case 5:
		g.setVariant("unquoted_spaces")
		kv = "msg=notify customer=" + g.P(KName, p.Name) + " email=" + g.P(KEmail, p.Email) + " order=" + g.orderRef() + " channel=" + g.pick("sms", "email", "line", "whatsapp")
	case 6:
		g.setVariant("token_refresh")
		c1 := g.cred(g.pick("lazada_token", "tiktok_token", "shopee_token", "lwa_access"))
		c2 := g.cred(g.pick("lazada_token", "tiktok_token", "shopee_token", "lwa_refresh"))
		kv = "msg=\"token refreshed\" shop_id=" + g.shopeeShopID() + " access_token=" + g.PP(KCred, c1.Value, c1.Public) + " refresh_token=" + g.PP(KCred, c2.Value, c2.Public) + " expires_in=14400"
	case 7:
		g.setVariant("payout_sent")
		kv = "msg=\"payout sent\" payout_id=" + g.uuid() + " iban=" + g.P(KIBAN, g.iban(ibanCC(g, loc))) + " holder=" + lq(g.P(KName, p.Name)) + " amount=" + g.L("amount", g.money(10, 9000).plain()) + " currency=EUR"
	default:
		g.setVariant("charge_attempt")
		pan, _ := g.card()
		kv = "msg=\"charge attempt\" order=" + g.orderRef() + " pan=" + g.P(KCard, pan) + " exp=" + fmt.Sprintf("%02d/%d", g.rng(1, 12), g.rng(25, 31)) + " cardholder=" + lq(g.P(KName, p.Name)) + " psp_ref=" + g.paymentRef()
	}
	line := "level=" + g.pick("info", "debug", "warn") + " ts=" + ts + " caller=" + g.pick("sync.go", "worker.go", "handler.go") + ":" + g.num(20, 600) + " " + kv
	return g.ev(g.svc(), "info", line)
}

func pq(s string) string { return goq(s) }

func genProto(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	var msg string
	switch g.n(6) {
	case 0:
		g.setVariant("grpc_postal_address")
		msg = "rpc error: code = InvalidArgument desc = invalid shipping_address: recipients:" + pq(g.P(KName, p.Name)) + " address_lines:" + pq(g.P(KAddr, p.Addr.Line1)) + " locality:" + pq(p.Addr.City) + " postal_code:" + pq(p.Addr.Zip) + " region_code:" + pq(loc.CC)
	case 1:
		g.setVariant("received_customer")
		msg = "grpc: received message: customer:{email:" + pq(g.P(KEmail, p.Email)) + " display_name:" + pq(g.P(KName, p.Name)) + " phone_number:" + pq(g.P(KPhone, p.Phone)) + "} request_id:" + pq(g.uuid())
	case 2:
		g.setVariant("charge_request")
		pan, _ := g.card()
		msg = "ChargeRequest{card:{number:" + pq(g.P(KCard, pan)) + " exp_month:" + g.num(1, 12) + " exp_year:" + g.num(2025, 2031) + "} amount:{currency_code:\"EUR\" units:" + g.num(1, 900) + " nanos:" + g.num(0, 99) + "0000000} order_id:" + pq(g.orderRef()) + "}"
	case 3:
		g.setVariant("grpc_metadata")
		c := g.cred(g.pick("jwt", "bearer"))
		k := g.cred("api_key")
		msg = "unary call /orders.v1.OrderService/GetOrder metadata: map[:authority:[orders.internal:443] authorization:[Bearer " + g.PP(KCred, c.Value, c.Public) + "] x-api-key:[" + g.P(KCred, k.Value) + "] x-request-id:[" + g.uuid() + "]]"
	case 4:
		g.setVariant("multiline_textproto")
		msg = "order {\n  id: " + pq(g.orderRef()) + "\n  buyer {\n    name: " + pq(g.P(KName, p.Name)) + "\n    email: " + pq(g.P(KEmail, p.Email)) + "\n  }\n  payout {\n    iban: " + pq(g.P(KIBAN, g.iban(ibanCC(g, loc)))) + "\n  }\n  total { currency_code: \"EUR\" units: " + g.num(1, 900) + " }\n}"
	default:
		g.setVariant("kyc_verify")
		loc = g.localeOf("CN")
		p = g.person(loc)
		msg = "kyc.v1.VerifyRequest{id_number:" + pq(g.P(KCNID, g.cnid())) + " real_name:" + pq(g.P(KName, p.Name)) + " mobile:" + pq(g.P(KPhone, p.Phone)) + "}"
	}
	return g.ev(g.svc(), g.pick("debug", "warn", "error"), msg, "rpc.system", "grpc", "rpc.service", g.pick("orders.v1.OrderService", "payments.v1.Charges", "kyc.v1.Verify", "shipping.v1.Labels"))
}
