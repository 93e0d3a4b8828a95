package thirtietheval

import (
	"fmt"
	"strconv"
	"strings"
)

// Look-alikes: text that must survive redaction untouched. Each slot of a
// template names a family; the family draws one type.

var slotTypes = map[string][]string{
	"ORDER":   sp("amazon_order|shopify_order|shopify_long|tiktok_order|shopee_order|lazada_order|invoice_no"),
	"AMOUNT":  sp("amount|amount_fullwidth"),
	"DATE":    sp("date|date_native"),
	"TRACK":   sp("ups_1z|s10|carrier_numeric"),
	"SKU":     sp("sku|ean13"),
	"TECH":    sp("epoch_ms|epoch_ms_luhn|uuid|trace_id|span_id|version|http_status|port|ip|hostname|duration|class_method|file_line|git_sha|request_id"),
	"PLACE":   sp("place"),
	"BRAND":   sp("brand_person|shop_name|product_name"),
	"ROLE":    sp("role"),
	"RATING":  sp("rating"),
	"TIME":    sp("time|duration_words|weekday_month"),
	"TICKET":  sp("ticket_no"),
	"QTY":     sp("quantity|floor_room"),
	"ERR":     sp("error_msg"),
	"CAP":     sp("sentence_start"),
	"ZIP":     sp("postal_code"),
	"BIZ":     sp("biz_reg_no"),
	"HOST":    sp("hostname"),
	"WEEKDAY": sp("weekday_month"),
}

var lookWords = map[string]map[string][]string{
	"place": {
		"en": sp("Shenzhen|the Berlin warehouse|Rotterdam port|Memphis hub|Singapore|Dubai|Leipzig DC|Manila|Chicago|Yiwu"),
		"es": sp("el almacén de Madrid|Shenzhen|Guadalajara|el puerto de Valencia|Monterrey"),
		"de": sp("Lager Berlin|Hamburg|Shenzhen|dem Verteilzentrum Leipzig|Wien"),
		"fr": sp("l'entrepôt de Lyon|Shenzhen|Marseille|Roissy|Lille"),
		"pt": sp("o armazém de Cajamar|Shenzhen|Curitiba|o porto de Santos|Lisboa"),
		"zh": sp("深圳|义乌仓|上海浦东|广州白云|杭州"),
		"ja": sp("大阪倉庫|成田|深圳|千葉の物流センター|福岡"),
		"ru": sp("склад в Подольске|Шэньчжэнь|Екатеринбург|Казань"),
		"id": sp("gudang Cikarang|Shenzhen|Surabaya|Batam"),
		"ko": sp("이천 물류센터|인천공항|부산|선전"),
		"ar": sp("مستودع جدة|دبي|شنتشن|الرياض"),
		"it": sp("magazzino di Piacenza|Shenzhen|Milano|Bologna"),
	},
	"role": {
		"en": sp("the driver|our agent|the courier|customer service|the warehouse team|Tier 2 support|the seller|the night shift|Payments team"),
		"es": sp("el repartidor|nuestro agente|atención al cliente|el vendedor|el equipo de almacén"),
		"de": sp("der Fahrer|unser Kundenservice|der Zusteller|das Lagerteam|der Verkäufer"),
		"fr": sp("le livreur|notre conseiller|le service client|le vendeur"),
		"pt": sp("o entregador|nosso atendente|o vendedor|a transportadora"),
		"zh": sp("快递员|客服|仓库同事|卖家"),
		"ja": sp("配達員|カスタマーサポート|倉庫担当|出品者"),
		"ru": sp("курьер|наш оператор|служба поддержки|продавец"),
		"id": sp("kurir|CS kami|tim gudang|penjual"),
		"ko": sp("택배기사|고객센터|판매자|물류팀"),
		"ar": sp("المندوب|خدمة العملاء|البائع"),
		"it": sp("il corriere|il nostro operatore|il venditore"),
	},
	"sentence_start": {
		"en": sp("Thanks|Please|Unfortunately|Also|Great|Hello team|Note|Update|Again|Sorry"),
		"es": sp("Gracias|Por favor|Lamentablemente|Hola equipo|Nota"),
		"de": sp("Danke|Bitte|Leider|Hallo zusammen|Hinweis"),
		"fr": sp("Merci|Bonjour|Malheureusement|Attention|Rappel"),
		"pt": sp("Obrigado|Olá|Infelizmente|Atenção|Por favor"),
		"zh": sp("谢谢|您好|备注|另外"),
		"ja": sp("ありがとうございます|お世話になっております|なお|恐れ入りますが"),
		"ru": sp("Спасибо|Здравствуйте|Пожалуйста|Кстати"),
		"id": sp("Terima kasih|Halo kak|Mohon|Tolong"),
		"ko": sp("감사합니다|안녕하세요|참고로|죄송하지만"),
		"ar": sp("شكرا|مرحبا|للأسف|ملاحظة"),
		"it": sp("Grazie|Buongiorno|Purtroppo|Nota"),
	},
	"weekday_month": {
		"en": sp("Monday|Tuesday|Friday|next Thursday|in March|on Sunday|December"),
		"es": sp("el lunes|el viernes|en marzo|el próximo jueves"),
		"de": sp("am Montag|Freitag|im März|nächsten Dienstag"),
		"fr": sp("lundi|vendredi prochain|en mars|samedi"),
		"pt": sp("segunda-feira|na sexta|em março|sábado"),
		"zh": sp("星期一|周五|三月|下周四"),
		"ja": sp("月曜日|金曜日|3月|来週の木曜"),
		"ru": sp("в понедельник|в пятницу|в марте"),
		"id": sp("hari Senin|hari Jumat|bulan Maret"),
		"ko": sp("월요일|금요일|3월"),
		"ar": sp("يوم الاثنين|يوم الجمعة|في مارس"),
		"it": sp("lunedì|venerdì|a marzo"),
	},
	"duration_words": {
		"en": sp("twenty minutes|two hours|half an hour|3 days|a week"),
		"es": sp("veinte minutos|dos horas|tres días"),
		"de": sp("zwanzig Minuten|zwei Stunden|drei Tage"),
		"fr": sp("vingt minutes|deux heures|trois jours"),
		"pt": sp("vinte minutos|duas horas|três dias"),
		"zh": sp("二十分钟|两个小时|三天"),
		"ja": sp("20分|2時間|3日間"),
		"ru": sp("двадцать минут|два часа|три дня"),
		"id": sp("dua puluh menit|dua jam|tiga hari"),
		"ko": sp("20분|두 시간|3일"),
		"ar": sp("عشرين دقيقة|ساعتين|ثلاثة أيام"),
		"it": sp("venti minuti|due ore|tre giorni"),
	},
	"error_msg": {
		"en": sp(`"address validation failed"|"payment declined: insufficient funds"|"timeout after 30s"|"NullPointerException"|"invalid postcode"`),
		"zh": sp(`"支付失败"|"地址校验失败"|"库存不足"`),
		"ja": sp(`「決済エラー」|「在庫切れ」`),
		"de": sp(`"Zahlung abgelehnt"|"Adresse unvollständig"`),
		"es": sp(`"pago rechazado"|"dirección no válida"`),
		"ru": sp(`"ошибка оплаты"|"адрес не найден"`),
	},
}

var brandPerson = sp("Tommy Hilfiger|Ralph Lauren|Calvin Klein|Ted Baker|Hugo Boss|Marc Jacobs|Tory Burch|Kate Spade|Michael Kors|Paul Smith|Ben Sherman|Jack Wills|Laura Ashley|Karl Lagerfeld|Vera Wang|Jo Malone")
var shopNames = sp("Blue Fern Ceramics|Golden Crane Tea|Casa Azul Market|Northwind Outfitters|Little Otter Toys|Kiri & Co|Sakura Stationery|Maison Verte|Tienda La Paloma|Loja Bela Vista|Papelaria Estrela|Hanbok Studio|Baltic Amber House")
var productNames = sp("Aeron Chair|Kindle Paperwhite|Instant Pot Duo|Stanley Quencher 40oz|Nintendo Switch OLED|AirPods Pro|Dyson V15|Le Creuset Dutch Oven|Moleskine Classic|Yeti Rambler|Brooks Ghost 15|Tefal Ingenio")

func (g *gen) look(typ, lang string) string {
	switch typ {
	case "amazon_order":
		return g.fill("###-#######-#######")
	case "shopify_order":
		return "#" + strconv.Itoa(1001+g.r.IntN(98000))
	case "shopify_long":
		return g.fill("5#########") + g.fill("###")
	case "tiktok_order":
		return "57" + g.fill("################")
	case "shopee_order":
		return g.fill("2#0#0#") + g.rnd(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
	case "lazada_order":
		return "3" + g.pick(sp("0|1|2|3|5|6|8|9")) + g.fill("#############")
	case "invoice_no":
		switch g.r.IntN(4) {
		case 0:
			return "INV-" + g.fill("2026-#####")
		case 1:
			return "発票番号" + toNative(g.fill("########"), "０１２３４５６７８９")
		case 2:
			return "فاتورة رقم " + toNative(g.fill("######"), "٠١٢٣٤٥٦٧٨٩")
		default:
			return "订单号" + g.fill("TB########")
		}
	case "amount":
		v := g.r.IntN(500000)
		a, c := v/100, v%100
		switch g.r.IntN(8) {
		case 0:
			return fmt.Sprintf("$%d.%02d", a, c)
		case 1:
			return fmt.Sprintf("%d,%02d €", a, c)
		case 2:
			return fmt.Sprintf("R$ %d,%02d", a, c)
		case 3:
			return fmt.Sprintf("¥%d", a*10)
		case 4:
			return fmt.Sprintf("₩%d,%03d", a, g.r.IntN(1000))
		case 5:
			return fmt.Sprintf("Rp %d.%03d", a, g.r.IntN(1000))
		case 6:
			return fmt.Sprintf("£%d.%02d", a, c)
		default:
			return fmt.Sprintf("%d.%02d AED", a, c)
		}
	case "amount_fullwidth":
		switch g.r.IntN(3) {
		case 0:
			return "￥" + toNative(strconv.Itoa(100+g.r.IntN(90000)), "０１２３４５６７８９")
		case 1:
			return toNative(strconv.Itoa(10+g.r.IntN(900)), "٠١٢٣٤٥٦٧٨٩") + " ر.س"
		default:
			return toNative(strconv.Itoa(100+g.r.IntN(9000)), "०१२३४५६७८९") + " रुपये"
		}
	case "date":
		y, m, d := 2024+g.r.IntN(3), 1+g.r.IntN(12), 1+g.r.IntN(28)
		switch g.r.IntN(6) {
		case 0:
			return fmt.Sprintf("%02d/%02d/%d", d, m, y)
		case 1:
			return fmt.Sprintf("%d-%02d-%02d", y, m, d)
		case 2:
			return fmt.Sprintf("%d.%d.%d", d, m, y)
		case 3:
			return fmt.Sprintf("%d年%d月%d日", y, m, d)
		case 4:
			return fmt.Sprintf("%d %s %d", d, sp("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")[m-1], y)
		default:
			return fmt.Sprintf("%d/%d", m, d)
		}
	case "date_native":
		y, m, d := 2024+g.r.IntN(3), 1+g.r.IntN(12), 1+g.r.IntN(28)
		switch g.r.IntN(3) {
		case 0:
			return toNative(fmt.Sprintf("%d年%d月%d日", y, m, d), "０１２３４５６７８９")
		case 1:
			return toNative(fmt.Sprintf("%d/%d/%d", d, m, y), "٠١٢٣٤٥٦٧٨٩")
		default:
			return toNative(fmt.Sprintf("%d/%d/%d", y, m, d), "۰۱۲۳۴۵۶۷۸۹")
		}
	case "ups_1z":
		return "1Z" + g.rnd(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + g.fill("##########")
	case "s10":
		return g.pick(sp("RR|LX|CP|EE|RB|UA")) + g.fill("#########") + g.pick(sp("CN|DE|JP|BR|US|SG|KR"))
	case "carrier_numeric":
		return g.fill(g.pick(sp("7#########|9400 1### #### #### #### ##|JD00##########|SF14##########|####-####-####")))
	case "sku":
		return g.fill(g.pick(sp("SKU-AAA-####|AA-####-AA|TSH-BLK-XL-####|####-AAA|MUG-###-AA")))
	case "ean13":
		b := g.pick(sp("400|450|490|590|789|880|693|871")) + g.fill("#########")
		s := 0
		for i, c := range b {
			w := 1
			if i%2 == 1 {
				w = 3
			}
			s += int(c-'0') * w
		}
		return b + strconv.Itoa((10-s%10)%10)
	case "epoch_ms":
		return "17" + g.fill("###########")
	case "epoch_ms_luhn":
		b := "17" + g.fill("##########")
		return b + string(luhnDigit(b))
	case "uuid":
		h := g.rnd(32, "0123456789abcdef")
		return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
	case "trace_id":
		return g.rnd(32, "0123456789abcdef")
	case "span_id":
		return g.rnd(16, "0123456789abcdef")
	case "version":
		return fmt.Sprintf("v%d.%d.%d", g.r.IntN(5), g.r.IntN(30), g.r.IntN(20))
	case "http_status":
		return "HTTP " + g.pick(sp("200|201|204|301|400|401|403|404|409|422|429|500|502|503"))
	case "port":
		return "port " + g.pick(sp("8080|5432|6379|9200|443|3306|27017"))
	case "ip":
		return fmt.Sprintf("10.%d.%d.%d", g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
	case "hostname":
		return g.pick(sp("checkout-api|orders-worker|es-data|payments-gw|notify")) + "-" + g.fill("#") + "." + g.pick(sp("prod|eu-west-1|internal|ap-south"))
	case "duration":
		return strconv.Itoa(1+g.r.IntN(999)) + g.pick(sp("ms|s|m"))
	case "class_method":
		return g.pick(sp("OrderService.syncNotes|GiftNoteMapper.toDto|TicketWebhookHandler.handle|ReviewModerator.judge|CsvImporter.applyRow"))
	case "file_line":
		return g.pick(sp("notes.go|handler.py|mapper.ts|Importer.java|moderate.rb")) + ":" + strconv.Itoa(10+g.r.IntN(900))
	case "git_sha":
		return g.rnd(40, "0123456789abcdef")
	case "request_id":
		return "req_" + g.rnd(20, "0123456789abcdefghijklmnopqrstuvwxyz")
	case "place", "role", "sentence_start", "weekday_month", "duration_words", "error_msg":
		m := lookWords[typ]
		xs, ok := m[lang]
		if !ok {
			xs = m["en"]
		}
		return g.pick(xs)
	case "brand_person":
		return g.pick(brandPerson)
	case "shop_name":
		return g.pick(shopNames)
	case "product_name":
		return g.pick(productNames)
	case "rating":
		return g.pick(sp("4/5|5/5|3/5|★★★★☆|★★★★★|★★☆☆☆|4.5 stars|9/10"))
	case "time":
		return g.pick([]string{fmt.Sprintf("%d:%02d", 7+g.r.IntN(14), g.r.IntN(60)), fmt.Sprintf("%dpm", 1+g.r.IntN(11)), fmt.Sprintf("%d時%d分", 8+g.r.IntN(12), g.r.IntN(60)), fmt.Sprintf("%d:%02d Uhr", 8+g.r.IntN(12), g.r.IntN(60))})
	case "ticket_no":
		return g.pick([]string{"#" + g.fill("######"), "CASE-" + g.fill("#######"), "INC" + g.fill("#######"), "ZD-" + g.fill("#####"), "工单" + g.fill("########")})
	case "quantity":
		return g.pick([]string{"x" + strconv.Itoa(1+g.r.IntN(20)), strconv.Itoa(2+g.r.IntN(30)) + " pcs", strconv.Itoa(1+g.r.IntN(9)) + "個", strconv.Itoa(1+g.r.IntN(9)) + " unidades", "qty " + strconv.Itoa(1+g.r.IntN(50))})
	case "floor_room":
		return g.pick([]string{"room " + strconv.Itoa(100+g.r.IntN(800)), "dock " + strconv.Itoa(1+g.r.IntN(40)), "Gate " + g.fill("A#"), strconv.Itoa(2+g.r.IntN(30)) + "階", "shelf " + g.fill("A-##")})
	case "postal_code":
		return g.pick([]string{g.fill("#####"), g.fill("###-####"), g.fill("AA# #AA"), g.fill("##-###"), "〒" + g.fill("###-####")})
	case "biz_reg_no":
		if g.chance(0.5) {
			return "사업자등록번호 " + g.fill("###-##-#####")
		}
		return "法人番号" + g.fill("#############")
	}
	panic("look type " + typ)
}

var allLookTypes = func() []string {
	seen := map[string]bool{}
	var out []string
	for _, k := range sp("ORDER|AMOUNT|DATE|TRACK|SKU|TECH|PLACE|BRAND|ROLE|RATING|TIME|TICKET|QTY|ERR|CAP|ZIP|BIZ|HOST|WEEKDAY") {
		for _, t := range slotTypes[k] {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}()

func trimSp(s string) string { return strings.TrimSpace(s) }
