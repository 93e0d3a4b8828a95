package redact

import (
	"strings"
	"testing"
)

// checkNames14 redacts each line and holds it to its fragment: a name's
// word that must be gone (catch) or a look-alike that must survive (keep).
// Failures print the fragment, never a whole value of the made-up names.
func checkNames14(t *testing.T, catch [][2]string, keep [][2]string) {
	t.Helper()
	r := newDefault(t)
	for _, c := range catch {
		out := r.String(c[0])
		if strings.Contains(out, c[1]) || !strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("name word %q kept in %q", c[1], out)
		}
	}
	for _, c := range keep {
		out := r.String(c[0])
		if !strings.Contains(out, c[1]) {
			t.Errorf("look-alike %q damaged: %q", c[1], out)
		}
	}
}

// Names before an order's reference in brackets that the lexicon does not
// know: by their shape (names14_free.go).
func TestNames14BeforeOrderReference(t *testing.T) {
	checkNames14(t, [][2]string{
		{"verified buyer, refund approved. R. Hemiora (order 454-3908225-0921911) please deliver", "Hemiora"},
		{"Leave the parcel with the neighbour at GAVRONSKI Liam (commande 638-2721359-6938246); carte", "GAVRONSKI"},
		{"Fraud review: mismatch. Fleur van 't Hofstede (bestelling 671-4085799-9857397) | note", "Hofstede"},
		{"EXCEPTION recipient absent; Tamati Ngaroa (order 740-1202790-8170005), hub 305", "Ngaroa"},
		{"> 山本翔平 (注文 343-4868613-0965408)", "山本翔平"},
		{"宅配ボックスに入れてください、 渡辺 陽葵 (注文 869-8506311-3301315) — WH2", "陽葵"},
		{"통화 요약. 남궁지안 (주문 485-2662656-5490195)", "남궁지안"},
		{"tracking 1ZSCKAEC3851467148 | ف. الهاشمية (طلب 856-8048858-6120385) |", "الهاشمية"},
		{"barcode 9786700694831 ณ. แก้วประเสริฐ (คำสั่งซื้อ 138-5152908-0906298)", "แก้วประเสริฐ"},
		{"Hola, pedido 261205YGNFDWBD L. Garzón Ruizabal (order 842-2750460-8355094) tracking", "Ruizabal"},
	}, [][2]string{
		{"Payment Failed (order 5521)", "Payment Failed"},
		{"Retry Scheduled (ticket 8812)", "Retry Scheduled"},
		{"restock Acme Store (order 1234) today", "Acme Store"},
		{"shipped via DHL Express (order 4411)", "DHL Express"},
		{"status: Awaiting Pickup (order 5521-771)", "Awaiting Pickup"},
		{"email me at x Göteborg LINDKVIST Linnéa (beställning 306-5924441-2776850)", "Göteborg"},
		{"Great product. Nike Air (order 123-4567890-1234567) arrived", "Nike Air"},
		{"Order Confirmation (order 5521-771)", "Order Confirmation"},
		{"北京市朝阳区 (订单 633-6581666-4659489)", "北京市朝阳区"},
	})
}

// A signature's first line read by its shape: initials, capitals, names in
// scripts without case, a quoted reply (names14_free.go).
func TestNames14Signature(t *testing.T) {
	checkNames14(t, [][2]string{
		{"great parcel \n-- \nN. Chepkemoi (ending in 3411)", "Chepkemoi"},
		{`{"text":"ok\n-- \n山本翔平\n[system] closed"}`, "山本翔平"},
		{"Subject: Re: order\n\nOn 2026-03-03 wrote:\n> \n> -- \n> Harriet Ashcombe\n> invoice INV-2026-1", "Ashcombe"},
		{"Hej\n-- \nÅsa Bergqvist 690 42 kort", "Bergqvist"},
		{"refund ok\n-- \nMOHAMMED AL HASHIMI Sharjah my number is unlisted", "HASHIMI"},
		{"refund ok\n-- \nJANSEKOVA Willemijn Nike Air Max 270 size 42", "JANSEKOVA"},
		{`refund\n-- \n欧阳静怡 | IBAN on file`, "欧阳静怡"},
	}, [][2]string{
		{"refund ok\n-- \nJANSEKOVA Willemijn Nike Air Max 270 size 42", "Nike Air Max 270"},
		{"note\n-- \nFITZROY Hamish Geelong /JS", "Geelong"},
		{"\n-- \nCustomer Service Team\n", "Customer Service Team"},
		{"\n-- \nBest regards\nthe shop", "Best regards"},
		{"\n-- \nGalaxy S24 Ultra 512 GB ok", "Galaxy S24 Ultra"},
		{"\n-- \nSent from Mail for Windows\n", "Sent from Mail"},
	})
}

// A greeting, a name and a comma away from a message's start: after an
// escaped newline, inside a transcript, greetings of more languages
// (names14_greet.go).
func TestNames14Greetings(t *testing.T) {
	checkNames14(t, [][2]string{
		{`text="id rejected\nHalo Ratna Kusumadewi,\nOrder 200596332"`, "Kusumadewi"},
		{`{"body":"G'day Lachlan Papadakis,\npassword reset requested"}`, "Papadakis"},
		{"tracking 00370993582013133244 Hoi Bram Jansonius, v8.28.108", "Jansonius"},
		{"text=\"to=Zillow Habari Otieno Chepkoech, barcode 14009547846115\"", "Chepkoech"},
		{"EXCEPTION recipient absent; Hello po J. Resurreccion,, refund", "Resurreccion"},
		{"email me 569868 Namaste REDDIAR Ananya, tracking 9400874305460894026902", "REDDIAR"},
		{"barcode 4412 你好 王静雯, v2.29.183", "王静雯"},
		{"주민번호 확인 안녕하세요 이하늘, #86891", "이하늘"},
		{"tracking LX402817892CN こんにちは Kenichi Watanuki, tracking LX5", "Watanuki"},
	}, [][2]string{
		{"status ok Hi Team, the batch is done", "Hi Team,"},
		{"note Hi All, please check", "Hi All,"},
		{"promo Hi Tech Solutions, 20% off", "Hi Tech Solutions,"},
	})
}

// A mail header's quoted display name that ends the header's line
// (names14_mail.go).
func TestNames14MailHeader(t *testing.T) {
	checkNames14(t, [][2]string{
		{"[04:24] agent: order 647, how can I help?\nTo: \"Kovalenko Andrii Petrovych\"\nX-Mailer-Id: rid-7e\nSubject: Your order", "Kovalenko"},
		{`{"transcript":"[08:31] agent: hi\nTo: \"Nguyen-Tran, Noah\"\nX-Mailer-Id: Root=1-6751"}`, "Nguyen-Tran"},
		{"To: \"정수빈\"\nSubject: shipped", "정수빈"},
		{"From: \"ETXEBERRIA FERNÁNDEZ, CARMEN\"\nSubject: Re: pedido", "ETXEBERRIA"},
	}, [][2]string{
		{"To: \"Customer Care\"\nSubject: shipped", "Customer Care"},
		{"From: \"Acme Store\"\nSubject: shipped", "Acme Store"},
		{"error: \"Invalid Token\"\nretry", "Invalid Token"},
		{"note To: \"Jane Roe\" <x>", "To: \"Jane Roe\" <x>"},
	})
}

// A person's name typed into a search (names14_search.go).
func TestNames14Search(t *testing.T) {
	checkNames14(t, [][2]string{
		{"autocomplete q=G.+Chattopadhyay results=4", "Chattopadhyay"},
		{`"GET /admin/api/2026-01/customers/search.json?limit=50&query=contact%3AM.+Malikzada&since_id=1 HTTP/1.1" 200`, "Malikzada"},
		{"autocomplete q=SHARMISTHA+Gurpreet results=6", "SHARMISTHA"},
		{"autocomplete q=%E5%B1%B1%E6%9C%AC%E7%BF%94%E5%B9%B3 results=6", "%E5%B1%B1%E6%9C%AC"},
		{"GET /customers/search?q=Tamati+Ngaroa&limit=5", "Ngaroa"},
	}, [][2]string{
		{"autocomplete q=Nike+Air+Max+270 results=6", "Nike+Air+Max+270"},
		{"GET /search?q=Dyson+V15+Detect&page=2", "Dyson+V15+Detect"},
		{"GET /products/search?q=Samsung+Galaxy&page=2", "Samsung+Galaxy"},
		{"GET /search?q=Summer+Dress&page=2", "Summer+Dress"},
		{"GET /search?seq=Jane+Roe", "seq=Jane+Roe"},
	})
}

// The rest of a name that a reader stopped short of (names14_tail.go).
func TestNames14Tails(t *testing.T) {
	checkNames14(t, [][2]string{
		{"Hola Íñigo Fernández de Córdoba, tracking JT487825167827", "Córdoba"},
		{"Hi Nuria Pujol i Serrat, barcode 8718465120240", "Serrat"},
		{"return authorised for Juan Miguel A. Reyesano (RMA RE-634867)", "Reyesano"},
		{"customer Оксана Бондаренко Богданівна called", "Богданівна"},
	}, [][2]string{
		{"Hi Jane Roe, Return reason: damaged", "Return reason"},
		{"customer Jane Roe de Madrid called", "called"},
		{"Hi Jane Roe, Next: resend", "Next: resend"},
	})
}

// Word shapes and grades (names14_shape.go).
func TestNames14Strength(t *testing.T) {
	grade := func(v string) int {
		var ws []n14Word
		for k := 0; k < len(v); {
			w := n14WordAt(v, k)
			if w.k == 0 {
				return -1
			}
			ws = append(ws, w)
			k = w.b
			for k < len(v) && v[k] == ' ' {
				k++
			}
		}
		return n14Strength(v, ws)
	}
	for v, want := range map[string]int{
		"R. Henaro":        2,
		"GAGNON Liam":      2,
		"VAN WYK Lerato":   2,
		"Tamati Ngaroa":    1,
		"Payment Failed":   0,
		"Order Processing": 0,
		"山本翔平":             2,
		"北京市":              0,
		"UPS Ground":       0,
		"A. B. C.":         0,
		"ณ. แก้วประเสริฐ": 2,
	} {
		if got := grade(v); got != want {
			t.Errorf("n14Strength(%q) = %d, want %d", v, got, want)
		}
	}
}

// A name that opens its line and ends with an honorific suffix
// (names14_greet.go), and a given name after the family name and a comma
// (names14_tail.go).
func TestNames14SuffixAndComma(t *testing.T) {
	checkNames14(t, [][2]string{
		{`{"body":"Kang Jiwook님 안녕하세요,\nMail delivery failed"}`, "Jiwook"},
		{`text="Chen Minhao您好,\ndelivery attempt failed"`, "Minhao"},
		{`text="x\n鈴木由美子様,\nOrder 2000457831173713"`, "由美子"},
		{"order 406: customer Vargas Gómez, Sebastián requested a refund; ok", "Sebastián"},
	}, [][2]string{
		{`{"body":"Shop Team님 안녕하세요,\nok"}`, "Shop Team"},
		{"synced for [x] Hi Jane Roe, Order 123 shipped", "Order 123"},
		{"customer Jane Roe, Berlin office called", "Berlin office"},
		{`text="北京市您好,\nok"`, "北京市"},
	})
}
