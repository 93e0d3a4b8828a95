package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name that opens a push or notification title. Push payloads (FCM,
// APNs, OneSignal, Expo) and in-app notifications address the buyer by a
// given name after an emoji or a symbol that opens the title:
//
//	{"notification":{"title":"📦 Given","body":"Order … delivered to …"}}
//	{"aps":{"alert":{"title":"🎉 Given Family, your order has shipped!"}}}
//	{"heading":"👋 Hi Given, …"}
//
// Under a title's key ("title", "subject", "heading", "headline", a push's
// or an alert's title), a value that opens with one or more symbols, then
// an optional greeting, then a name that ends the title or its first clause
// ("," "!" "." ":" " -") has that name redacted. The name is one word of a
// script without case, one capitalised word that is no word of
// notifications, commerce or status ("📦 Delivered", "🔥 Sale", "✅ Paid"
// stay), or two to five words shaped as a person's (names_roles.go).

// titleTails are the last parts of keys (normalised) holding a title.
var titleTails = []string{"title", "subject", "heading", "headline", "pushtitle", "notificationtitle", "alerttitle",
	"messagetitle", "toasttitle", "titre", "titel", "titulo", "título", "titolo", "tytul", "tytuł", "baslik", "başlık",
	"заголовок", "тема", "judul", "tieude", "tiêuđề", "件名", "标题", "標題", "제목", "หัวข้อ", "عنوان"}

var titleTailSet = newTailSet(titleTails)

// titleKey reports a normalised key that holds a title: a whole key, or
// the tail of a push's or an alert's ("push_title").
func titleKey(nk []byte) bool {
	if len(nk) < 4 {
		return false
	}
	k := bytesToString(nk)
	before, ok := endsWithPart(k, titleTailSet)
	if !ok {
		return false
	}
	if before == "" {
		return true
	}
	switch k[len(before):] {
	case "title", "subject", "heading", "headline":
		return strings.HasSuffix(before, "push") || strings.HasSuffix(before, "notification") ||
			strings.HasSuffix(before, "alert") || strings.HasSuffix(before, "message") || strings.HasSuffix(before, "email") ||
			strings.HasSuffix(before, "mail") || strings.HasSuffix(before, "notify")
	}
	return false
}

// titleNameSpan returns the name opening the title v, as offsets in v, or
// ok false.
func titleNameSpan(v string) (int, int, bool) {
	p, syms := 0, 0
	for p < len(v) && p < 32 {
		r, w := utf8.DecodeRuneInString(v[p:])
		if r == ' ' {
			p += w
			continue
		}
		if !openingSymbol(r) {
			break
		}
		syms++
		p += w
	}
	if syms == 0 || p >= len(v) || p == 0 || v[p-1] != ' ' {
		return 0, 0, false // "📦Given" glued, or no symbol: a title of words alone is read by the greeting reader
	}
	if a, b, ok := greetingAt(v, p); ok && b > a {
		return a, b, true // "👋 Hi Given, …"
	}
	e := p
	for e < len(v) {
		r, w := utf8.DecodeRuneInString(v[e:])
		if r == ',' || r == '!' || r == '?' || r == ':' || r == '，' || r == '！' || r == '、' || r == '\n' || r == '"' || r == '\\' ||
			r == '.' && (e+1 == len(v) || v[e+1] == ' ') && e-p > 3 ||
			r == '-' && e > p && v[e-1] == ' ' || r == '–' || r == '—' || openingSymbol(r) {
			break
		}
		e += w
	}
	for e > p && v[e-1] == ' ' {
		e--
	}
	name := v[p:e]
	if name == "" || !titleName(name) || goodsTitle32(v, p, e) { // a product's title: "🎁 Gift Box ×3" (dm32_titles.go)
		return 0, 0, false
	}
	return p, e, true
}

// openingSymbol reports an emoji, a pictograph or a symbol that opens a
// title ("📦", "🎉", "✅", "★", "•", "»"), their joiners and selectors.
func openingSymbol(r rune) bool {
	if r < 0x80 {
		return r == '*' || r == '>' || r == '~'
	}
	return unicode.In(r, unicode.So, unicode.Sk, unicode.Sm) || r == 0xFE0F || r == 0x200D || r >= 0x1F000 && r <= 0x1FAFF ||
		r == '•' || r == '»' || r == '·' || r == '◆' || r >= 0x1F3FB && r <= 0x1F3FF
}

// titleName reports the words after a title's symbols that are a name.
func titleName(v string) bool {
	if len(v) > 96 || strings.ContainsAny(v, "0123456789#@/_=[]{}()<>|;") {
		return false
	}
	if strings.IndexByte(v, ' ') >= 0 {
		return roleName(v)
	}
	if hanName(v) {
		// A whole name or a given name alone, holding no word of notices
		// ("📦 雅婷"; not "📦 配達完了", "🎁 优惠券", "📦 已发货"; hanName
		// refuses places: "上海站")
		return !hanNotice(v)
	}
	if caselessWords(v) {
		return !hasKana(v) && !noticeTail(v) && !noticeWords[v]
	}
	r, _ := utf8.DecodeRuneInString(v)
	if !unicode.IsUpper(r) || strings.ToUpper(v) == v || utf8.RuneCountInString(v) < 2 {
		return false // "sale", "SALE", "A"
	}
	if nameWordEnd(v, 0) != len(v) {
		return false
	}
	var buf [32]byte
	if len(v) > len(buf) {
		return false
	}
	lw := string(lower(buf[:0], v))
	return !noticeWords[lw] && !argNotNames[lw] && !notNames[lw] && !teamWords[lw] && !tradeWords[lw] && !capsNotNames[lw]
}

// hasKana reports kana: a single word of kana in a title is a word
// ("セール", "おしらせ") more often than a name.
func hasKana(v string) bool {
	return strings.ContainsFunc(v, func(r rune) bool { return unicode.In(r, unicode.Hiragana, unicode.Katakana) })
}

// noticeTail reports a caseless word that ends as the notices of its
// language do: Korean "…완료", "…안내", "…알림" (done, guide, notice),
// Thai "…แล้ว" (already).
func noticeTail(v string) bool {
	for _, t := range []string{"완료", "안내", "알림", "도착", "출발", "취소", "확인", "결제", "주문", "배송", "이벤트", "할인",
		"แล้ว", "สำเร็จ", "ด่วน", "พิเศษ", "ลดราคา"} {
		if strings.HasSuffix(v, t) {
			return true
		}
	}
	return false
}

// noticeWords are the capitalised words that open notifications in the
// shops' languages without naming anyone: what happened to an order, what
// is on offer, what the reader must do.
var noticeWords = setOf("delivered", "shipped", "dispatched", "arrived", "arriving", "confirmed", "ready", "reminder",
	"update", "updates", "updated", "alert", "alerts", "warning", "attention", "notice", "news", "new", "hot", "gift",
	"gifts", "welcome", "congratulations", "congrats", "thanks", "thank", "hello", "hi", "hey", "package", "parcel",
	"tracking", "receipt", "invoice", "refund", "returned", "reward", "rewards", "points", "cart", "wishlist", "restock",
	"restocked", "back", "live", "now", "today", "tomorrow", "tonight", "soon", "done", "oops", "sorry", "important",
	"urgent", "action", "security", "verify", "verification", "login", "password", "price", "drop", "limited", "last",
	"final", "exclusive", "bonus", "save", "savings", "shop", "buy", "order", "orders", "delivery", "pickup", "collect",
	"confirm", "review", "rate", "feedback", "survey", "invite", "invitation", "event", "launch", "launching", "trending",
	"bestseller", "bestsellers", "recommended", "picks", "lucky", "winner", "surprise", "birthday", "anniversary",
	"weekly", "daily", "monthly", "summary", "digest", "report", "status", "success", "successful", "failed", "declined",
	"expired", "expiring", "expires", "outofstock", "instock", "available", "unavailable", "delay", "delayed", "on",
	"off", "hurry", "psst", "heads", "psa", "fyi", "tip", "tips", "hint", "reminders", "checkout", "payment", "coupon",
	// the same in the shops' other languages
	"geliefert", "zugestellt", "versandt", "verschickt", "unterwegs", "angebot", "angebote", "bestellung", "paket",
	"erinnerung", "hinweis", "neu", "willkommen", "danke", "livré", "livree", "livrée", "expédié", "expediee",
	"expédiée", "commande", "colis", "offre", "offres", "rappel", "nouveau", "nouveauté", "bienvenue", "merci",
	"soldes", "promo", "promos", "entregado", "enviado", "pedido", "paquete", "oferta", "ofertas", "recordatorio",
	"nuevo", "bienvenido", "bienvenida", "gracias", "entregue", "encomenda", "obrigado", "novidade", "consegnato",
	"spedito", "ordine", "pacco", "offerta", "offerte", "promemoria", "novità", "benvenuto", "grazie", "saldi",
	"bezorgd", "verzonden", "bestelling", "pakket", "aanbieding", "welkom", "bedankt", "dostarczono", "wysłano",
	"zamówienie", "paczka", "promocja", "oferta", "witaj", "dziękujemy", "teslim", "kargo", "sipariş", "kampanya",
	"indirim", "fırsat", "hoşgeldin", "teşekkürler", "доставлено", "отправлено", "заказ", "посылка", "скидка",
	"скидки", "акция", "напоминание", "новинка", "спасибо", "terkirim", "dikirim", "pesanan", "paket", "diskon",
	"promo", "pengingat", "terima", "selamat", "dihantar", "penghantaran", "giảm", "ưu", "đơn", "mới", "cảm",
	"salamat", "bago", "order", "naihatid", "تم", "طلبك", "عرض", "خصم", "تذكير", "مرحبا", "شكرا", "הזמנה", "מבצע",
	"תזכורת", "תודה", "डिलीवर", "ऑर्डर", "ऑफर", "सेल")

// titleValue redacts the name opening the title whose value starts at k.
func (sc *scanner) titleValue(k int) int {
	vs, ve, _ := sc.keyedValue(k)
	if ve <= vs {
		return 0
	}
	a, b, ok := titleNameSpan(sc.s[vs:ve])
	if !ok || !sc.emit(vs+a, vs+b, KindName, 0) {
		return 0
	}
	return vs + b
}

// titlePath reports a field path whose last segment holds a title.
func titlePath(path string) bool {
	return lastSegmentIs(path, 4, titleKey)
}

// titleField redacts the name opening a title held by an event's field
// under a title's key ("notification.title": "📦 Given"), which the scanner
// reads without its key; off holds the kinds switched off for the field.
func (r *Redactor) titleField(path, v string, off uint32, c *Counts) string {
	if v == "" || !(v[0] >= 0x80 || v[0] == '*' || v[0] == '>' || v[0] == '~') || !titlePath(path) || goodsParent(path) {
		return v
	}
	if off&(1<<KindName) != 0 || r.kindAction[KindName] == ActionOff {
		return v
	}
	a, b, ok := titleNameSpan(v)
	if !ok || r.allowed(v[a:b]) {
		return v
	}
	out := make([]byte, 0, len(v)+16)
	out = append(out, v[:a]...)
	out = r.replacement(out, KindName, 0, v[a:b])
	out = append(out, v[b:]...)
	c[KindName]++
	return string(out)
}

// goodsParent reports a title of goods, pages or media rather than of a
// message: the field's parent is a product, an item, a listing…
// ("product.title": "🔥 Sneakers").
func goodsParent(path string) bool {
	d := strings.LastIndexByte(path, '.')
	if d <= 0 {
		return false
	}
	parent := path[:d]
	parent = parent[strings.LastIndexByte(parent, '.')+1:]
	if len(parent) > 24 {
		return false
	}
	var buf [32]byte
	return goodsParents[string(normKey(buf[:0], parent))]
}

var goodsParents = setOf("product", "products", "item", "items", "lineitem", "lineitems", "listing", "listings",
	"variant", "variants", "offer", "offers", "sku", "skus", "goods", "article", "articles", "collection", "page",
	"post", "blog", "video", "book", "course", "catalog", "catalogue", "category", "banner", "campaign", "promotion")

// hanNotices are two-character words of Chinese and Japanese notices:
// shipping, orders, offers, payments, reminders.
var hanNotices = []string{"发货", "發貨", "通知", "提醒", "优惠", "優惠", "到货", "到貨", "签收", "簽收", "促销", "促銷",
	"特价", "特價", "新品", "快递", "快遞", "包裹", "订单", "訂單", "配送", "配達", "注文", "発送", "出荷", "完了", "到着",
	"確認", "确认", "支付", "付款", "退款", "取消", "活动", "活動", "秒杀", "秒殺", "限时", "限時", "折扣", "福利", "红包",
	"紅包", "积分", "積分", "会员", "會員", "物流", "派送", "签到", "簽到", "抽奖", "抽獎", "预售", "預售", "上新", "补货",
	"補貨", "降价", "降價", "直播", "团购", "團購", "特卖", "特賣", "清仓", "清倉", "返现", "返現", "送达", "送達", "消息",
	"訊息", "提示", "警告", "成功", "失败", "失敗", "更新", "欢迎", "歡迎", "感谢", "感謝", "恭喜", "大促", "新年", "节日",
	"節日", "快讯", "快訊", "公告", "到账", "到賬", "入金", "割引", "特売", "新着", "お得", "配信", "予約", "当選", "當選"}

// hanNotice reports Han text that holds a word of notices or ends as a
// notice does ("…了", "…中", "…啦").
func hanNotice(v string) bool {
	for _, w := range hanNotices {
		if strings.Contains(v, w) {
			return true
		}
	}
	return strings.HasSuffix(v, "了") || strings.HasSuffix(v, "中") || strings.HasSuffix(v, "啦")
}
