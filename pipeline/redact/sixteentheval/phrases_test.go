package sixteentheval

import "strings"

// Sentences buyers, reviewers and subscribers write, per language, with
// code-switching where people mix in English. {N} name, {P} phone, {A}
// address, {E} e-mail, {O} an order id (a look-alike), {X} an amount.
type phrases struct {
	chat, review, survey, request []string
}

var phraseBook = map[string]phrases{
	"en": {
		chat:    []string{"hey can u send it to {A} instead? my cell is {P}", "this is {N}, order {O}, please call {P} before delivery", "new address pls: {A} (gift for my mom lol)"},
		review:  []string{"Loved it!! Customer service ({X} refund) was quick. Thanks, {N}", "Arrived late. Reach me at {P} if you want details. - {N}", "Great quality. Sent to {A} no problems."},
		survey:  []string{"You can email me at {E} or text {P}", "Contact: {N}, {P}", "I'd like the catalog sent to {A}"},
		request: []string{"Under the CCPA I request deletion of all data linked to {E} and phone {P}. Name: {N}", "Please send me a copy of my data. Account {E}, address on file {A}"},
	},
	"de": {
		chat:    []string{"Hallo, bitte an {A} liefern, Handy {P}", "Hier ist {N}, Bestellung {O} – bitte vorher anrufen: {P}", "neue Adresse: {A}, danke!"},
		review:  []string{"Super Qualität, schnelle Lieferung. Viele Grüße, {N}", "Paket kam beschädigt an, bitte melden unter {P}. {N}", "Geliefert an {A}, alles top"},
		survey:  []string{"Erreichbar unter {E} oder {P}", "Kontakt: {N}, Tel. {P}", "Katalog bitte an {A}"},
		request: []string{"Auskunftsersuchen nach Art. 15 DSGVO: {N}, E-Mail {E}, Tel. {P}", "Bitte löschen Sie alle Daten zu {E}. Anschrift: {A}"},
	},
	"fr": {
		chat:    []string{"Bonjour, pouvez-vous livrer au {A} ? mon portable {P}", "C'est {N}, commande {O}, appelez-moi au {P} svp", "nouvelle adresse : {A} merci"},
		review:  []string{"Produit top, livraison rapide. Merci ! {N}", "Colis abîmé, joignable au {P}. {N}", "Livré au {A}, parfait"},
		survey:  []string{"Écrivez-moi à {E} ou au {P}", "Contact : {N}, {P}", "Envoyez le catalogue au {A}"},
		request: []string{"Demande d'effacement RGPD pour {N} ({E}), tél. {P}", "Je demande l'accès à mes données : {E}, adresse {A}"},
	},
	"es": {
		chat:    []string{"hola!! me lo mandas a {A}? mi cel {P}", "soy {N}, pedido {O}, llámame al {P} porfa", "cambio de dirección: {A}, gracias"},
		review:  []string{"Me encantó, llegó rapidísimo. Saludos, {N}", "Llegó roto, contáctenme al {P}. {N}", "Entregado en {A} sin problema"},
		survey:  []string{"Mi correo es {E} y mi whatsapp {P}", "Contacto: {N}, {P}", "Manden el catálogo a {A}"},
		request: []string{"Solicito la supresión de mis datos: {N}, {E}, tel {P}", "Derecho de acceso ARCO: cuenta {E}, domicilio {A}"},
	},
	"pt": {
		chat:    []string{"oi, pode mandar pra {A}? meu zap é {P}", "aqui é {N}, pedido {O}, me liga no {P}", "endereço novo: {A} obg"},
		review:  []string{"Amei!! Chegou super rápido. Beijos, {N}", "Veio com defeito, falar comigo no {P}. {N}", "Entregue na {A}, tudo certo"},
		survey:  []string{"Meu e-mail é {E} e celular {P}", "Contato: {N}, {P}", "Enviar catálogo para {A}"},
		request: []string{"Solicitação LGPD: eliminar dados de {N}, e-mail {E}, celular {P}", "Quero acesso aos meus dados, conta {E}, endereço {A}"},
	},
	"it": {
		chat:    []string{"ciao, potete spedire a {A}? cell {P}", "sono {N}, ordine {O}, chiamatemi al {P}", "nuovo indirizzo: {A} grazie"},
		review:  []string{"Prodotto fantastico, consegna veloce. Saluti, {N}", "Pacco danneggiato, contattatemi al {P}. {N}", "Consegnato in {A}, ok"},
		survey:  []string{"Scrivetemi a {E} o al {P}", "Contatto: {N}, {P}", "Catalogo a {A}"},
		request: []string{"Richiesta di cancellazione GDPR per {N}, {E}, tel. {P}", "Richiedo accesso ai dati: {E}, indirizzo {A}"},
	},
	"nl": {
		chat:    []string{"hoi, kunnen jullie naar {A} sturen? mijn nummer {P}", "met {N}, bestelling {O}, bel even {P}", "nieuw adres: {A} thx"},
		review:  []string{"Top product, snel geleverd. Groetjes, {N}", "Kapot aangekomen, bel me op {P}. {N}", "Bezorgd op {A}, prima"},
		survey:  []string{"Mail me op {E} of bel {P}", "Contact: {N}, {P}", "Catalogus naar {A}"},
		request: []string{"AVG-verzoek tot verwijdering: {N}, {E}, tel {P}", "Inzageverzoek voor {E}, adres {A}"},
	},
	"pl": {
		chat:    []string{"dzień dobry, proszę wysłać na {A}, tel. {P}", "tu {N}, zamówienie {O}, proszę dzwonić {P}", "nowy adres: {A} dzięki"},
		review:  []string{"Świetny produkt, szybka wysyłka. Pozdrawiam, {N}", "Paczka uszkodzona, kontakt {P}. {N}", "Dostarczono na {A}, ok"},
		survey:  []string{"Mój mail {E}, telefon {P}", "Kontakt: {N}, {P}", "Katalog na adres {A}"},
		request: []string{"Żądanie usunięcia danych (RODO): {N}, {E}, tel. {P}", "Proszę o kopię danych dla {E}, adres {A}"},
	},
	"tr": {
		chat:    []string{"merhaba, {A} adresine gönderir misiniz? cep {P}", "ben {N}, sipariş {O}, lütfen arayın {P}", "yeni adres: {A} teşekkürler"},
		review:  []string{"Harika ürün, hızlı kargo. Sevgiler, {N}", "Hasarlı geldi, {P} numarasından ulaşın. {N}", "{A} adresine teslim edildi"},
		survey:  []string{"E-postam {E}, telefonum {P}", "İletişim: {N}, {P}", "Kataloğu {A} adresine gönderin"},
		request: []string{"KVKK kapsamında verilerimin silinmesini talep ediyorum: {N}, {E}, {P}", "Veri erişim talebi: {E}, adres {A}"},
	},
	"ru": {
		chat:    []string{"здравствуйте, отправьте на {A}, мой номер {P}", "это {N}, заказ {O}, перезвоните на {P}", "новый адрес: {A}, спасибо"},
		review:  []string{"Отличный товар, быстрая доставка. С уважением, {N}", "Пришло с браком, звоните {P}. {N}", "Доставили на {A}, всё ок"},
		survey:  []string{"Моя почта {E}, телефон {P}", "Контакт: {N}, {P}", "Каталог на {A}"},
		request: []string{"Прошу удалить мои персональные данные: {N}, {E}, тел. {P}", "Запрос доступа к данным: {E}, адрес {A}"},
	},
	"ja": {
		chat:    []string{"お届け先を{A}に変更お願いします。電話は{P}です", "{N}です。注文{O}の件で{P}までご連絡ください", "住所変更：{A}"},
		review:  []string{"とても良かったです！また買います。{N}", "箱が潰れていました。連絡先{P} {N}", "{A}に無事届きました"},
		survey:  []string{"メールは{E}、電話は{P}です", "連絡先：{N} {P}", "カタログを{A}に送ってください"},
		request: []string{"個人情報の削除を依頼します。氏名：{N} メール：{E} 電話：{P}", "開示請求：{E} 住所：{A}"},
	},
	"ko": {
		chat:    []string{"배송지 {A}로 변경해주세요. 연락처 {P}", "{N}입니다. 주문 {O} 관련해서 {P}로 연락 부탁드려요", "새 주소: {A}"},
		review:  []string{"너무 좋아요! 재구매 의사 있음 - {N}", "박스가 찌그러져 왔어요. 연락처 {P} {N}", "{A}로 잘 받았습니다"},
		survey:  []string{"이메일 {E}, 휴대폰 {P}", "연락처: {N} {P}", "카탈로그는 {A}로 보내주세요"},
		request: []string{"개인정보 삭제 요청: 성명 {N}, 이메일 {E}, 연락처 {P}", "개인정보 열람 요청 {E}, 주소 {A}"},
	},
	"zh": {
		chat:    []string{"亲，帮我寄到{A}，电话{P}", "我是{N}，订单{O}，麻烦打{P}联系我", "新地址：{A} 谢谢"},
		review:  []string{"质量很好，物流很快，好评！{N}", "包装破损，请联系{P} {N}", "已送到{A}，满意"},
		survey:  []string{"邮箱{E}，手机{P}", "联系人：{N} {P}", "请把目录寄到{A}"},
		request: []string{"申请删除个人信息：姓名{N}，邮箱{E}，手机{P}", "个人信息查阅申请 {E} 地址{A}"},
	},
	"vi": {
		chat:    []string{"shop ơi ship giúp mình tới {A} nha, sdt {P}", "mình là {N}, đơn {O}, gọi {P} giúp mình", "địa chỉ mới: {A} cảm ơn shop"},
		review:  []string{"Hàng đẹp, giao nhanh, 5 sao! {N}", "Hàng bị móp, liên hệ {P} nhé. {N}", "Đã nhận tại {A}"},
		survey:  []string{"Email của mình {E}, điện thoại {P}", "Liên hệ: {N}, {P}", "Gửi catalog tới {A}"},
		request: []string{"Yêu cầu xoá dữ liệu cá nhân: {N}, {E}, {P}", "Yêu cầu truy cập dữ liệu {E}, địa chỉ {A}"},
	},
	"th": {
		chat:    []string{"ส่งของไปที่ {A} นะคะ เบอร์ {P}", "{N} ค่ะ ออเดอร์ {O} โทร {P} ได้เลย", "ที่อยู่ใหม่ {A} ขอบคุณค่ะ"},
		review:  []string{"ของดีมาก ส่งไว ชอบค่ะ {N}", "กล่องบุบ ติดต่อ {P} นะคะ {N}", "ได้รับที่ {A} เรียบร้อย"},
		survey:  []string{"อีเมล {E} เบอร์ {P}", "ติดต่อ {N} {P}", "ส่งแคตตาล็อกไปที่ {A}"},
		request: []string{"ขอให้ลบข้อมูลส่วนบุคคลตาม PDPA: {N} {E} {P}", "ขอเข้าถึงข้อมูล {E} ที่อยู่ {A}"},
	},
	"id": {
		chat:    []string{"kak tolong kirim ke {A} ya, no hp {P}", "ini {N}, pesanan {O}, tolong telp {P}", "alamat baru: {A} makasih kak"},
		review:  []string{"Barang bagus, pengiriman cepat. Mantap! {N}", "Paket penyok, hubungi {P} ya. {N}", "Sudah sampai di {A}"},
		survey:  []string{"Email saya {E}, WA {P}", "Kontak: {N}, {P}", "Kirim katalog ke {A}"},
		request: []string{"Permohonan penghapusan data pribadi: {N}, {E}, {P}", "Minta salinan data {E}, alamat {A}"},
	},
	"ms": {
		chat:    []string{"boleh hantar ke {A}? no tel {P}", "saya {N}, order {O}, call {P} ok", "alamat baru: {A} tq"},
		review:  []string{"Barang cantik, sampai cepat. Terima kasih, {N}", "Kotak kemek, hubungi {P}. {N}", "Dah sampai di {A}"},
		survey:  []string{"Emel saya {E}, tel {P}", "Hubungi: {N}, {P}", "Hantar katalog ke {A}"},
		request: []string{"Permintaan padam data peribadi (PDPA): {N}, {E}, {P}", "Permintaan akses data {E}, alamat {A}"},
	},
	"tl": {
		chat:    []string{"hi po, pa-deliver po sa {A}, cp number ko po {P}", "si {N} po ito, order {O}, pa-text na lang sa {P}", "bagong address po: {A} salamat"},
		review:  []string{"Ang ganda po, ang bilis dumating! {N}", "Sira po yung box, contact me sa {P}. {N}", "Na-receive ko na sa {A}"},
		survey:  []string{"Email ko po {E}, number {P}", "Contact: {N}, {P}", "Pakipadala ang catalog sa {A}"},
		request: []string{"Request po na i-delete ang data ko: {N}, {E}, {P}", "Gusto ko po ng copy ng data ko, {E}, address {A}"},
	},
	"hi": {
		chat:    []string{"bhaiya parcel {A} pe bhej do, mera number {P}", "main {N}, order {O}, please call karo {P}", "naya address: {A} thanks"},
		review:  []string{"Bahut accha product, fast delivery. - {N}", "Box damaged tha, {P} pe contact karein. {N}", "{A} pe mil gaya, sab theek"},
		survey:  []string{"Mera email {E}, phone {P}", "Contact: {N}, {P}", "Catalogue {A} pe bhejiye"},
		request: []string{"DPDP ke under mera data delete karein: {N}, {E}, {P}", "Mujhe mera data chahiye, {E}, address {A}"},
	},
	"ar": {
		chat:    []string{"مرحبا، أرسلوا الطلب إلى {A} ورقمي {P}", "أنا {N}، طلب {O}، اتصلوا على {P}", "العنوان الجديد: {A} شكرا"},
		review:  []string{"منتج رائع وتوصيل سريع، شكرا {N}", "وصل تالف، تواصلوا على {P}. {N}", "تم التوصيل إلى {A}"},
		survey:  []string{"بريدي {E} وجوالي {P}", "للتواصل: {N} {P}", "أرسلوا الكتالوج إلى {A}"},
		request: []string{"أطلب حذف بياناتي الشخصية: {N}، {E}، {P}", "طلب الوصول إلى البيانات {E} العنوان {A}"},
	},
	"sv": {
		chat:    []string{"hej, kan ni skicka till {A}? mobil {P}", "det är {N}, order {O}, ring {P}", "ny adress: {A} tack"},
		review:  []string{"Jättebra produkt, snabb leverans. Hälsningar, {N}", "Paketet var skadat, nå mig på {P}. {N}", "Levererat till {A}, toppen"},
		survey:  []string{"Mejla {E} eller ring {P}", "Kontakt: {N}, {P}", "Katalog till {A}"},
		request: []string{"Begäran om radering enligt GDPR: {N}, {E}, {P}", "Registerutdrag för {E}, adress {A}"},
	},
}

// fill writes a phrase with the person's values, recording each one.
func (g *gen) fill(tmpl string, p *person, form string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 || i+2 >= len(tmpl) || tmpl[i+2] != '}' {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		switch tmpl[i+1] {
		case 'N':
			b.WriteString(g.P("name", form, p.full, p.parts...))
		case 'P':
			b.WriteString(g.P("phone", form, p.phone))
		case 'A':
			b.WriteString(g.P("address", form, p.address, p.addrParts...))
		case 'E':
			b.WriteString(g.P("email", form, p.email))
		case 'O':
			b.WriteString(g.look(g.pick("amazon_order", "shopify_order", "tiktok_order", "shopee_order", "lazada_order")))
		case 'X':
			b.WriteString(g.look("amount"))
		}
		tmpl = tmpl[i+3:]
	}
}

func (g *gen) phrase(which func(phrases) []string, p *person, form string) string {
	xs := which(phraseBook[g.loc.lang])
	return g.fill(xs[g.r.IntN(len(xs))], p, form)
}
