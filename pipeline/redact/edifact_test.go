package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// EDIFACT segments are read by place: NAD's party name and street, COM's
// phones and e-mail addresses (with released '+'), CTA's contact and FII's
// account holder, in any script; a supplier's or carrier's NAD, references,
// goods items, measures and the message's own ids stay.
func TestEDIFACTSegments(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(4, 4))
	given := []string{"Abebe", "Ngozi", "Сауле", "Ιωάννα", "Mẫn", "ทองดี", "Zaïd", "Ólöf"}
	family := []string{"Tesfaye", "Okonkwo", "Жуматова", "Κωστοπούλου", "Trịnh", "ศรีสุข", "El Idrissi", "Ágústsdóttir"}
	street := []string{"Rua Exemplo Teste", "ul. Próbna", "Calle Ficticia", "Testweg", "ถนนตัวอย่าง", "οδός Δοκιμής"}
	for i := range 120 {
		name := given[rng.IntN(len(given))] + " " + family[rng.IntN(len(family))]
		addr := fmt.Sprintf("%s %d, apt %d", street[rng.IntN(len(street))], 10+rng.IntN(900), 1+rng.IntN(90))
		phone := fmt.Sprintf("0048 5%02d 0%02d %03d", rng.IntN(100), rng.IntN(100), rng.IntN(1000))
		local := fmt.Sprintf("buyer.test%d", rng.IntN(10000))
		ref := fmt.Sprintf("ORD%08d", rng.IntN(1e8))
		supplier := fmt.Sprintf("Example Trading %d Ltd", i)
		msg := "UNH+" + fmt.Sprint(1000+i) + "+IFTMIN:D:04A:UN'BGM+610+" + ref + "+9'RFF+ON:" + ref +
			"'NAD+SU+++" + supplier + "+Industrial Park 7+Springfield++12345+US" +
			"'NAD+CN+++" + name + "+" + addr + "+Testville++00-950+PL" +
			"'COM+" + phone + ":TE'COM+" + local + "?+shop@example.com:EM" +
			"'CTA+IC+:" + name + "'FII+BF+ACC" + fmt.Sprint(rng.IntN(1e6)) + ":" + name +
			"'GID+1+4:CT'MEA+WT+AAB+KGM:" + fmt.Sprint(1+rng.IntN(40)) + "'UNT+9+" + fmt.Sprint(1000+i) + "'"
		line := "EDI outbound IFTMIN: " + msg
		if i%2 == 1 {
			line = `{"edi.payload":"` + msg + `","edi.type":"IFTMIN"}`
		}
		out := r.String(line)
		for _, leak := range []string{name, strings.Fields(addr)[0] + " ", phone[5:], local} {
			if strings.Contains(out, leak) {
				t.Fatalf("%q kept:\n in: %s\nout: %s", leak, line, out)
			}
		}
		for _, keep := range []string{ref, supplier, "Industrial Park 7", "GID+1+4:CT", "MEA+WT+AAB+KGM:", "UNT+9+" + fmt.Sprint(1000+i)} {
			if !strings.Contains(out, keep) {
				t.Fatalf("%q lost:\n in: %s\nout: %s", keep, line, out)
			}
		}
	}
	// Apostrophes in prose are not segment terminators.
	for _, line := range []string{
		"can't map order 'NADIA' + 'COM' rows",
		"it's 'ABC+1' in the list",
	} {
		if out := r.String(line); out != line {
			t.Fatalf("prose changed:\n in: %s\nout: %s", line, out)
		}
	}
}
