package redact

import (
	"strings"
	"testing"
)

// Tests for the classes of nm33_frames.go. The names are made up
// ("Testovici", "Fakeberg", "qorvo", "zindle"); the given names are
// common ones.

// nm33Cases checks that each line loses its name and each trap comes out
// unchanged.
func nm33Cases(t *testing.T, leaks []struct{ line, name string }, traps []string) {
	t.Helper()
	r := n21Redactor(t)
	for _, tc := range leaks {
		out := r.String(tc.line)
		if strings.Contains(out, tc.name) || !strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("%s\n→ %s", tc.line, out)
		}
		n21Idem(t, r, out)
	}
	for _, line := range traps {
		if out := r.String(line); out != line {
			t.Errorf("trap changed: %s\n→ %s", line, out)
		}
	}
}

// Class: a sign-off. A closing word or phrase ("Love,", "Saludos,",
// "beijos,", "Att,", "cheers") and one to three name-shaped words in any
// case that end the text or the line, or come before "xx"; thanks said
// to someone before "!".
func TestNM33SignOff(t *testing.T) {
	nm33Cases(t, []struct{ line, name string }{
		{"hope you like it! Love, qorvo xx", "qorvo"},
		{"enjoy!! Love, z. testovici xx", "testovici"},
		{"Feliz aniversário! beijos, zindle fakeberg", "fakeberg"},
		{"Obrigado,\nsegue o pedido\nAtt,\nmarta testovici\n> Em 3/9, o vendedor escreveu:", "testovici"},
		{"Hola:\nmi correo es x\nSaludos,\nQorvo\n> El 2025-05-14 escribió", "Qorvo"},
		{`{"gift.message":"¡Feliz cumpleaños! Con cariño, lev fakeberg"}`, "fakeberg"},
		{"great regards, Gülşen Testovici", "Testovici"},
		{"ok gracias Marta Fakeberg! hasta luego", "Fakeberg"},
		{"thx qorvo!", "qorvo"},
		{"for the new flat! Love, S. bin Testovici xx", "Testovici"},
	}, []string{
		"thanks again",
		"Best regards",
		"best regards,\nCustomer Care",
		"love it",
		"cheers mate",
		"Thanks, Acme team",
		"thanks so much!",
		"Merci beaucoup",
		"obrigado pessoal!",
		"Saludos,\nel equipo de ventas",
		"Love, the Support Team xx",
		"thanks for the quick delivery",
		"Grüße, Ihr Team",
		"Regards, Monday",
		"Thanks, order 5521 arrived",
	})
}

// Class: a reply addressed to its reader ("Shop reply: z. testovici,
// sorry …").
func TestNM33Reply(t *testing.T) {
	nm33Cases(t, []struct{ line, name string }{
		{"Shop reply: j. testovici, apologies for the delay.", "testovici"},
		{"Shop reply: qorvo, thanks for the review", "qorvo"},
		{"Respuesta: Marta Fakeberg, lo sentimos", "Fakeberg"},
	}, []string{
		"Shop reply: apologies for the delay.",
		"Shop reply: thanks, we fixed it",
		"Shop reply: Hi team, the order shipped",
		"reply: customer, sorry",
	})
}

// Class: a person for whom something is meant, to whom it is given, who
// is asked for or who signed it, and the owner of a parcel, in any case.
func TestNM33Frames(t *testing.T) {
	nm33Cases(t, []struct{ line, name string }{
		{"gift for qorvo, wrap it please", "qorvo"},
		{"gift for Z. Testovici, no invoice inside", "Testovici"},
		{"regalo para marta fakeberg, portero automático", "fakeberg"},
		{"Geschenk für TESTOVICI Jana", "TESTOVICI"},
		{"ask for zindle at the gate", "zindle"},
		{"ask for p. testovici at the gate", "testovici"},
		{"preguntar por Fakeberg M. en recepción", "Fakeberg"},
		{"pls give to qorvo - the seller can't find the gate", "qorvo"},
		{"déjelo con qorvo, gracias", "qorvo"},
		{"leave it with z. fakeberg at no. 5", "fakeberg"},
		{"bitte bei marta testovici nebenan abgeben", "testovici"},
		{"signé zindle svp", "zindle"},
		{"firmado: arif testovici", "testovici"},
		{"assinado por Jung T.. produto chegou", "Jung"},
		{"unterschrieben von Zindle Fakeberg", "Fakeberg"},
		{"Paket von Testovici", "Testovici"},
		{"pedido do qorvo testovici me chama", "testovici"},
		{"ask for 김 민준 at the gate", "민준"},
		{"Shop reply: 지우, apologies for the delay.", "지우"},
		{"the buyer is qorvo", "qorvo"},
		{"spoke to r. testovici about it", "testovici"},
	}, []string{
		"gift for Christmas, wrapped",
		"a gift for my mom",
		"gift for mother's day",
		"ask for help at the desk",
		"ask for a refund",
		"ask for the manager at the desk",
		"pls give to reception",
		"give to the neighbour",
		"déjelo con la vecina",
		"signed in as admin",
		"signed up on Monday",
		"firmado: el cliente",
		"regalo para el lunes",
		"Paket von DHL Express 4411",
		"pedido do cliente",
		"hi this is urgent",
		"hi this is the courier calling",
	})
}

// Class: the frames whose words come after the name, or a dash that ends
// the text: "from … with love", "…より", "… asked to", "- name", "-- ".
func TestNM33Tails(t *testing.T) {
	nm33Cases(t, []struct{ line, name string }{
		{"Alles Gute! bitte belasten - zindle", "zindle"},
		{"生日快乐！请联系我 —— 张三", "张三"},
		{"生日快乐！请联系我 —— qorvo fakeberg", "fakeberg"},
		{"Merci,\nvoir ci-dessous\n-- \na. testovici\n> Le 15/01/2026, le livreur a écrit :", "testovici"},
		{"Again, from qorvo with love. order #4942 shipped", "qorvo"},
		{"from Testovici A. with love", "Testovici"},
		{"お誕生日おめでとう！ Zindle Fakebergより", "Fakeberg"},
		{"お誕生日おめでとう！着いたら電話 marta testoviciより", "testovici"},
		{"crm sync 5472840: marta testovici asked for a call back", "testovici"},
	}, []string{
		"Order 5521 - Shipped",
		"Order 5521 - Delivered",
		"refund batch failed - retrying",
		"price sync - Monday",
		"callback order 316442297000979 - payout queued",
		"made with love",
		"from Paris with love",
		"from the team with love",
		"note: customer asked for a refund",
		"trace=1: the buyer asked to cancel",
		"ops: Support asked to retry",
		"東京より",
	})
}
