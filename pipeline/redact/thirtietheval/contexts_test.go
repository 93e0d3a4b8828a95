package thirtietheval

// A context is a channel people's text reaches the logs through: the field
// that holds it, how each piece of text is encoded there, and the frame the
// software puts around it. Templates are "situation|lang|text"; {P} is the
// case's PII phrase, {N} a greeting or signature name, other slots are
// look-alikes (see slotTypes). Written for this corpus.
type context struct {
	name    string
	path    string
	enc     string // ident, json, jsonu, quote, qp, html, csv, url
	wrapper string // frame around {BODY}; its slots are look-alikes, unencoded
	tmpls   []string
}

var contexts = []*context{
	{name: "field", path: "order.buyer_comment", enc: "ident", wrapper: "{BODY}", tmpls: []string{
		"order|en|{CAP}, {P}. order {ORDER} for {AMOUNT}, shipped from {PLACE} ({ZIP} depot).",
		"delivery|en|{P} - {ROLE} can't find the gate, it is at {QTY}. ETA {TIME}",
		"return|es|{CAP}: quiero devolver {BRAND} ({SKU}), {P}. pedido {ORDER}",
		"refund|de|{CAP}, Erstattung für {ORDER} ({AMOUNT}) bitte: {P}",
		"payment|pt|{CAP}, {P}. total {AMOUNT} em {DATE}",
		"account|zh|{CAP}，{P}。订单{ORDER}，{TIME}前联系",
		"incident|en|{ROLE} says {ERR} on {DATE}; {P}",
	}},
	{name: "message", path: "message", enc: "ident", wrapper: "buyer note synced order={ORDER} trace={TECH}: {BODY}", tmpls: []string{
		"order|en|{P}, thanks! ({QTY} of {BRAND}, {AMOUNT})",
		"delivery|id|{CAP}, {P} ya, kurir datang {TIME}",
		"return|fr|{CAP}, {P}, retour de {SKU} le {DATE}",
		"refund|ja|{CAP}、{P}。返金額{AMOUNT}",
		"payment|ru|{CAP}, {P}. сумма {AMOUNT}",
		"account|en|{N} asked to update profile: {P} ({TICKET})",
		"review|ko|{CAP} {P} {RATING}",
	}},
	{name: "gift_note", path: "gift.message", enc: "ident", wrapper: "{BODY}", tmpls: []string{
		"order|en|Happy birthday!! {P} Love, {N} xx",
		"order|es|¡Feliz cumpleaños! {P} Con cariño, {N}",
		"delivery|de|Alles Gute! {P} - {N}",
		"order|ja|お誕生日おめでとう！{P} {N}より",
		"order|pt|Feliz aniversário! {P} beijos, {N}",
		"refund|en|{CAP} - {P}. (if it breaks, keep receipt {ORDER})",
		"order|zh|生日快乐！{P} —— {N}",
	}},
	{name: "delivery_instructions", path: "shipping.delivery_instructions", enc: "ident", wrapper: "{BODY}", tmpls: []string{
		"delivery|en|{P}, {QTY}, code for the gate is on the door. not {WEEKDAY}s",
		"delivery|en|{CAP} {P}. if nobody's home leave with {ROLE}, {TIME}",
		"delivery|es|{P}, portero automático {QTY}, {TIME}",
		"delivery|de|{CAP} {P}, nicht {TIME} klingeln, {QTY}",
		"delivery|fr|{P}, digicode sur la porte, {QTY}",
		"delivery|id|{P}, pagar hijau, titip satpam {TIME}",
		"delivery|zh|{P}，放快递柜，{TIME}以后",
		"return|en|pickup for return {ORDER}: {P}",
	}},
	{name: "review", path: "review.body", enc: "ident", wrapper: "{BODY}", tmpls: []string{
		"review|en|{RATING} {CAP}, {BRAND} arrived in {TIME}. {P}",
		"review|en|{P} - terrible, {ROLE} threw it over the fence {RATING}",
		"review|es|{RATING} {CAP}, llegó de {PLACE}. {P}",
		"review|de|{RATING} {CAP}! {BRAND} top. {P}",
		"review|ja|{RATING} {CAP}。{P}",
		"review|pt|{RATING} {P}. produto {BRAND} chegou {DATE}",
		"review|en|Seller reply: {N}, sorry about order {ORDER}. {P}",
	}},
	{name: "ticket_webhook", path: "http.request.body.content", enc: "json",
		wrapper: `{"ticket":{"id":"{TICKET}","requester_id":"{TECH}","subject":"order {ORDER}","description":"{BODY}","via":{"channel":"web"}}}`, tmpls: []string{
			"order|en|{CAP},\n{P}\nOrder {ORDER} placed {DATE}.\nThanks",
			"delivery|en|{ROLE} marked {TRACK} delivered but nothing came. {P}",
			"return|es|{CAP}, el producto {SKU} llegó roto. {P}",
			"refund|de|{CAP}, wo bleibt meine Erstattung über {AMOUNT}? {P}",
			"payment|fr|{CAP}, paiement refusé {ERR}. {P}",
			"account|zh|{CAP}，账号登录不了，{P}",
			"incident|en|\"{ERR}\" at checkout. {P}",
		}},
	{name: "agent_note", path: "message", enc: "quote", wrapper: `helpdesk internal_note ticket={TICKET} author=agent_4411 note="{BODY}"`, tmpls: []string{
		"order|en|cx confirmed order {ORDER}, {P}, escalate to {ROLE}",
		"refund|en|refund {AMOUNT} approved by {ROLE}. {P}",
		"return|pt|cliente quer trocar {SKU}. {P}",
		"payment|es|{CAP}: {P}. verificar con {ROLE}",
		"account|en|verified caller: {P}; reset done {TIME}",
		"delivery|id|{CAP}, {P}, resi {TRACK}",
		"incident|ja|{CAP}。{P}。{ERR}",
	}},
	{name: "email_thread", path: "email.body", enc: "qp", wrapper: "Content-Transfer-Encoding: quoted-printable\n\n{BODY}", tmpls: []string{
		"order|en|{CAP},\n{P}\n\n> {WEEKDAY}, {DATE}, {ROLE} wrote:\n> Your order {ORDER} has shipped from {PLACE}.",
		"delivery|de|{CAP},\n{P}\n\n> Am {DATE} schrieb {ROLE}:\n> Sendung {TRACK} ist unterwegs.",
		"refund|fr|{CAP},\n{P}\n-- \n{N}\n> Le {DATE}, {ROLE} a écrit :\n> remboursement de {AMOUNT}",
		"return|es|{CAP}:\n{P}\nSaludos,\n{N}\n> El {DATE} escribió {ROLE}:",
		"account|en|I'm out of the office until {DATE}. {P}\n> re: {TICKET}",
		"payment|ja|{CAP}\n{P}\n> {DATE} {ROLE} wrote:\n> 請求額 {AMOUNT} {BIZ}",
		"incident|pt|{CAP},\n{P}\nAtt,\n{N}\n> Em {DATE}, {ROLE} escreveu:",
	}},
	{name: "chat", path: "chat.transcript", enc: "ident", wrapper: "[{TIME}] buyer: {BODY}", tmpls: []string{
		"order|en|hi, is {BRAND} in stock?\n[seller] yes {QTY} left\n[buyer] great {P}",
		"delivery|es|hola\n[seller] {CAP}, ¿en qué ayudo?\n[buyer] {P}",
		"return|zh|在吗\n[seller] {CAP}\n[buyer] {P}，退货{ORDER}",
		"refund|id|kak refund {AMOUNT} kapan ya\n[seller] {CAP} kak\n[buyer] {P}",
		"payment|pt|{CAP}\n[seller] oi!\n[buyer] {P}",
		"account|ko|{CAP}\n[buyer] {P}\n[seller] {BIZ}",
		"review|en|{RATING} from me lol\n[buyer] {P}",
	}},
	{name: "ops_chat", path: "message", enc: "ident", wrapper: "incident {TICKET} timeline: {BODY}", tmpls: []string{
		"incident|en|{TIME} @oncall {HOST}: {P} (just this once, rotate after)",
		"incident|en|{CAP} {ERR} from {TECH}; {P}",
		"payment|en|testing checkout with {P} on {TECH}",
		"incident|de|{CAP}, {TECH} hängt seit {TIME}. {P}",
		"account|es|{CAP} {P} para entrar a {TECH}",
		"incident|zh|{CAP} {TECH} 报错 {ERR}，{P}",
		"refund|en|refund batch {TICKET} failed {TECH}, customer {P}",
	}},
	{name: "transcript", path: "call.transcript", enc: "ident", wrapper: "{BODY}", tmpls: []string{
		"order|en|agent: thank you for calling how can i help\ncaller: yes hi {P} about the order {ORDER}",
		"delivery|en|caller: the parcel never came um {P} it was {WEEKDAY}",
		"refund|es|agente: buenos días\ncliente: sí {P} por el reembolso de {AMOUNT}",
		"account|en|voicemail: hi this is {N} {P} call me back please",
		"payment|de|kunde: ja hallo {P} wegen der zahlung {AMOUNT}",
		"return|pt|cliente: oi {P} quero devolver o {BRAND}",
		"incident|ja|お客様: もしもし {P} 注文{ORDER}の件です",
	}},
	{name: "ocr_form", path: "document.ocr_text", enc: "ident", wrapper: "RETURN FORM  {ORDER}\n{BODY}\nsigned {DATE}", tmpls: []string{
		"return|en|Reason: {CAP} broken ({SKU})\n{P}",
		"return|en|{P}\nQty: {QTY}  Amount: {AMOUNT}",
		"refund|es|Motivo: talla\n{P}\nImporte {AMOUNT}",
		"delivery|de|{P}\nZustellung {WEEKDAY}",
		"account|zh|{P}\n日期 {DATE}",
		"payment|en|{P}\nTotal {AMOUNT} paid {DATE}",
	}},
	{name: "csv_corrections", path: "message", enc: "csv", wrapper: `manual corrections row 412: {ORDER},"{BODY}",{AMOUNT},ok`, tmpls: []string{
		"order|en|{CAP}, {P}, per {ROLE}",
		"delivery|en|fixed address, {P}",
		"refund|de|{P}; {TICKET}",
		"payment|es|{P} (corrige {DATE})",
		"account|fr|{CAP} {P}",
		"return|ja|{P}、{SKU}",
	}},
	{name: "moderation_log", path: "message", enc: "quote", wrapper: `spam-filter verdict=hold score=0.93 rule=contact_info text="{BODY}"`, tmpls: []string{
		"review|en|{RATING} {CAP}! {P} for cheaper deals",
		"review|es|{RATING} {P}, compra directo",
		"order|en|{CAP} buy outside the app, {P}",
		"account|pt|{P} me chama",
		"review|zh|{RATING} {P} 私聊",
		"incident|ru|{CAP}, {P}",
		"payment|en|pay me directly: {P}",
	}},
	{name: "html_comment", path: "comment.html", enc: "html", wrapper: `<div class="comment" data-id="{TECH}"><p>{BODY}</p></div>`, tmpls: []string{
		"review|en|{RATING} \"{BRAND}\" is <b>great</b> & cheap. {P}",
		"order|en|{CAP} - {P} <br> order {ORDER}",
		"delivery|fr|{CAP} <3 {P}",
		"review|de|{RATING} {CAP} & danke! {P}",
		"return|es|{P} <i>gracias</i>",
		"account|ja|{CAP} {P}",
	}},
	{name: "url_query", path: "url.original", enc: "url", wrapper: "/help/search?q={BODY}&lang=en&page=2", tmpls: []string{
		"order|en|where is my order {ORDER} {P}",
		"delivery|en|{P} delivery",
		"refund|es|reembolso {P}",
		"account|de|{P} passwort vergessen",
		"payment|zh|{P} 支付",
		"return|pt|{P} devolução",
	}},
	{name: "form_post", path: "http.request.body.content", enc: "url", wrapper: "order_id={ORDER}&note={BODY}&gift_wrap=1", tmpls: []string{
		"order|en|{CAP}! {P}",
		"delivery|en|{P}, {QTY}",
		"return|de|{P} ({SKU})",
		"refund|fr|{P} svp",
		"account|ko|{P}",
		"payment|id|{P}, total {AMOUNT}",
	}},
}
