package redact

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// Tests for the classes of people23_*.go. The people and streets are made
// up ("Fake…", "Test…", "Mock…") and drawn from a seeded generator.

var p23Streets = []string{"Fakeova cesta", "Testova ulica", "Mockstreet", "Dummyweg"}
var p23Towns = []string{"Testograd", "Fakeville", "Mockburg"}

func p23Redacted(t *testing.T, in, out string, gone, kept []string) {
	t.Helper()
	for _, g := range gone {
		if strings.Contains(out, g) {
			t.Errorf("%q survived:\n in: %s\nout: %s", g, in, out)
		}
	}
	for _, k := range kept {
		if !strings.Contains(out, k) {
			t.Errorf("%q was damaged:\n in: %s\nout: %s", k, in, out)
		}
	}
}

// Class: a buyer's delivery request goes on to the next request without a
// stop ("… 1000 Town prosim pokličite me na +386 …"): the address ends at
// the word "please" or "call" of the buyer's language or at a phone, and
// is redacted whole.
func TestClassPeople23_DeliveryRequestEndsAtPlease(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(23))
	forms := []string{
		"pozdravljeni paket še vedno ni prišel ORD-%d pošljite na naslov %s prosim pokličite me na +386 40 %03d %03d hvala",
		"tere pakk ei ole ikka veel kohale jõudnud ORD-%d saatke palun aadressile %s palun helistage mulle numbril +372 5%03d %03d aitäh",
		"jó napot a csomag nem érkezett meg ORD-%d kérem erre a címre szállítsák %s kérem hívjanak vissza +36 30 %03d %03d köszönöm",
	}
	for i := 0; i < 12; i++ {
		addr := fmt.Sprintf("%s %d, %d %s", p23Streets[rng.Intn(len(p23Streets))], 1+rng.Intn(200), 1000+rng.Intn(8000), p23Towns[rng.Intn(len(p23Towns))])
		ord := 10000000 + rng.Intn(90000000)
		in := fmt.Sprintf(forms[i%len(forms)], ord, addr, rng.Intn(1000), rng.Intn(1000))
		out := r.String(in)
		p23Redacted(t, in, out, []string{addr}, []string{fmt.Sprintf("ORD-%d", ord)})
		for _, w := range []string{"prosim", "palun helistage", "kérem hívjanak"} {
			if strings.Contains(in, w) && !strings.Contains(out, w) {
				t.Errorf("%q was redacted with the address: %s", w, out)
			}
		}
	}
}

// Class: an address after a delivery phrase whose house number is written
// in the digits of the buyer's script, or whose street is Georgian (a
// script Unicode gives a case nobody writes), reads as an address.
func TestClassPeople23_DeliveryRequestNativeScripts(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(230))
	nepali := []rune("०१२३४५६७८९")
	for i := 0; i < 6; i++ {
		n := 1 + rng.Intn(9)
		addr := fmt.Sprintf("वडा नं. %c, टेस्टमार्ग, नक्कलीपुर", nepali[n])
		in := "नमस्ते 579174330985731465 यो ठेगानामा पठाउनुहोस् " + addr + " कृपया मलाई फोन गर्नुहोस्"
		p23Redacted(t, in, r.String(in), []string{addr}, []string{"579174330985731465"})
		geo := fmt.Sprintf("ტესტის გამზ. %d, ყალბი %d", 1+rng.Intn(300), 1000+rng.Intn(8000))
		in = "გამარჯობა ამანათი ჯერ არ მოსულა #8942 გამოგზავნეთ მისამართზე " + geo + " გთხოვთ დამირეკოთ"
		p23Redacted(t, in, r.String(in), []string{geo}, []string{"#8942", "გთხოვთ"})
	}
}

// Class: a word in lower case whose first letter lies beyond ASCII
// ("ünvana") is no name after an honorific ("bu"), as a word in ASCII
// lower case is not; the delivery request that holds it is read whole.
func TestClassPeople23_LowerCaseWordAfterHonorific(t *testing.T) {
	r := newDefault(t)
	for i := 0; i < 5; i++ {
		addr := fmt.Sprintf("Fakeçi küçəsi %d, Testəvir AZ%04d", 10+i*7, 1000+i*311)
		in := "salam bağlamam hələ də gəlməyib bu ünvana göndərin " + addr + " xahiş edirəm"
		out := r.String(in)
		p23Redacted(t, in, out, []string{addr}, []string{"bu ünvana göndərin", "xahiş edirəm"})
	}
}

// Class: the ZPL text fields under a recipient's heading field ("SHIP TO:
// …") up to the phone or the barcode are the recipient's address lines,
// whatever their street looks like; the sender's fields stay.
func TestClassPeople23_ZPLShipToLines(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(231))
	for i := 0; i < 8; i++ {
		street := fmt.Sprintf("Φακέλου %d", 1+rng.Intn(300))
		town := fmt.Sprintf("%03d %02d Ψευδούπολη", 100+rng.Intn(800), rng.Intn(100))
		in := "^XA\n^FO50,40^A0N,28,28^FDSHIP TO: Jane Fakeopoulou^FS\n^FO50,80^A0N,28,28^FD " + street +
			"^FS\n^FO50,120^A0N,28,28^FD" + town + "^FS\n^FO50,160^A0N,24,24^FDTel +30 690 000 0000^FS\n" +
			"^FO50,220^BCN,100,Y,N,N^FDJJD382911865487555507^FS\n^FO50,360^A0N,20,20^FDFrom: Fakecorp Logistics, WH-SGN-4^FS\n^XZ"
		p23Redacted(t, in, r.String(in), []string{street, town}, []string{"JJD382911865487555507", "Fakecorp Logistics, WH-SGN-4"})
	}
}

// Class: in a fixed-width customer record with a name, the cell between
// the name and a town-then-postcode pair is the street; the town stays.
func TestClassPeople23_FixedWidthStreetCell(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(232))
	for i := 0; i < 8; i++ {
		street := fmt.Sprintf("%-35s", fmt.Sprintf("Testov ko'chasi %d", 1+rng.Intn(200)))
		if i%2 == 1 {
			street = fmt.Sprintf("%-35s", "Mockzor ko'chasi")
		}
		town := fmt.Sprintf("%-20s", p23Towns[rng.Intn(len(p23Towns))])
		in := fmt.Sprintf("%010d[REDACTED:name]          %s%s%-10d[REDACTED:phone]     [REDACTED:email]     2026%02d%02d",
			rng.Intn(100000000), street, town, 100000+rng.Intn(800000), 1+rng.Intn(12), 1+rng.Intn(28))
		out := r.String(in)
		p23Redacted(t, in, out, []string{strings.TrimSpace(street)}, []string{strings.TrimSpace(town)})
	}
}

// Class: a UK payment file's row may carry an account of up to twelve
// digits (a roll number runs on); the account's name after it is read.
func TestClassPeople23_SortCodeRowLongAccount(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(233))
	for i := 0; i < 6; i++ {
		name := []string{"JANE FAKEWORTH", "JOHN TESTMAN", "MOCKA DUMMYSON"}[i%3]
		in := fmt.Sprintf("%02d-%02d-%02d,%011d,%s,%d,99,RFND%08d,2605%02d", rng.Intn(100), rng.Intn(100), rng.Intn(100),
			rng.Int63n(1e11), name, rng.Intn(100000), rng.Intn(1e8), 1+rng.Intn(28))
		p23Redacted(t, in, r.String(in), []string{name}, []string{"RFND"})
	}
}

// Class: a spreadsheet cell written as an address in parts (words and a
// number, two to five comma-separated parts, the comma of any script), in
// a row of a person's cells, is the address; amounts and ids stay.
func TestClassPeople23_SheetCellAddressInParts(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(234))
	for i := 0; i < 6; i++ {
		row := 100 + rng.Intn(800)
		addr := []string{
			fmt.Sprintf("%d Òpópónà Fakeọlá, Ìlú-Testẹ̀", 1+rng.Intn(99)),
			fmt.Sprintf("#%d, 3rd Cross, Mock Layout, Fakepur - %06d", 1+rng.Intn(300), 100000+rng.Intn(800000)),
			fmt.Sprintf("زنقة الاختبار رقم %d، مدينة", 1+rng.Intn(200)),
		}[i%3]
		amt := fmt.Sprintf("%d.%02d", 100+rng.Intn(9000), rng.Intn(100))
		in := fmt.Sprintf("sheet 'Returns' row %d: A%d=ORD-%07d B%d='[REDACTED:name]' C%d='[REDACTED:phone]' E%d=%s F%d='%s'",
			row, row, rng.Intn(1e7), row, row, row, amt, row, addr)
		p23Redacted(t, in, r.String(in), []string{addr}, []string{amt, "ORD-"})
	}
}

// Class: the line under "Return form from Given Family" that is an
// address in parts with a number (of any script's digits) is the sender's
// address.
func TestClassPeople23_SenderLineAddressInParts(t *testing.T) {
	r := newDefault(t)
	for i := 0; i < 4; i++ {
		addr := fmt.Sprintf("%d Òpópónà Fakeọlá Testẹ̀, Ìlú-Mock", 10+i*13)
		in := "OCR:\nFakecorp Online\nReturn form from Jane Fakewell\n" + addr + "\nIBAN: [REDACTED:iban]"
		p23Redacted(t, in, r.String(in), []string{addr, "Jane Fakewell"}, []string{"Fakecorp Online"})
	}
}

// Class: in a payment's free text, the one to three words between
// CONTACT and a phone are the contact's name in any script.
func TestClassPeople23_ContactBeforePhone(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(235))
	names := []string{"渡辺千尋", "ሀብታሙ መንግስቱ", "Ειρήνη Φακίδου", "سلمى الاختبار", "सुमन नक्कली"}
	for i, name := range names {
		in := fmt.Sprintf(":70:/RFB/INV-2024-%06d REFUND\n:71A:SHA\n:72:/ACC/BENEFICIARY CONTACT %s +%d %03d %04d",
			rng.Intn(1e6), name, 30+i, rng.Intn(1000), rng.Intn(10000))
		p23Redacted(t, in, r.String(in), []string{name}, []string{"BENEFICIARY CONTACT", ":71A:SHA"})
	}
}
