package redact

import "testing"

// Class: a request to be called in the buyer's language (the polite
// plural, a separable verb without its particle, a request to ring a
// number) puts the digits after it in a phone's context, written as
// dialled at home: in one piece, in groups, dotted.
func TestPhones23CallPhrasesMoreLanguages(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "posilkam kelmadi iltimos menga qo'ng'iroq qiling 930001122 rahmat", gone: []string{"930001122"}},
		{in: "bağlamam gəlməyib xahiş edirəm bu nömrəyə zəng edin 994550001122 ünvan", gone: []string{"994550001122"}},
		{in: "ამანათი ჯერ არ მოსულა გთხოვთ დამირეკოთ ნომერზე 590 00 11 22 მისამართი", gone: []string{"590 00 11 22"}},
		{in: "el pedido no llega, por favor comuníquense al 900.011.122 gracias", gone: []string{"900.011.122"}},
		{in: "das Paket fehlt, bitte rufen Sie mich unter 0170.00011122 an", gone: []string{"0170.00011122"}},
		{in: "ẹrù mi kò tíì dé ẹ jọ̀wọ́ ẹ pè mí sí 0800.011.1122 ẹ ṣé", gone: []string{"0800.011.1122"}},
		{in: "paket še ni prišel prosim pokličite me na 38630001122 naslov", gone: []string{"38630001122"}},
		{in: "colis absent, merci de me rappeler au 212600011122 merci", gone: []string{"212600011122"}},
		// no digits after the phrase: nothing to take
		{in: "iltimos menga qo'ng'iroq qiling, order 5790011122334455 ships today", stays: []string{"5790011122334455"}},
	})
}

// Class: a delimited row under its header line: the value after the
// person's name cell is read as a phone by its shape only when the header
// does not name that column for something else (a waybill, an id).
func TestPhones23HeaderNamesColumn(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "orders_export.csv\nremote_ip|invoice_no|buyer_name|awb|postcode\n10.0.0.7|FV/2024/04/0001|\"Jane Roe\"|0700011122|34710",
			gone: []string{"Jane Roe"}, stays: []string{"0700011122", "34710"}},
		{in: "orders_export.csv\nremote_ip|invoice_no|buyer_name|phone|postcode\n10.0.0.7|FV/2024/04/0001|\"Jane Roe\"|0700011122|34710",
			gone: []string{"Jane Roe", "0700011122"}},
	})
}

// Class: a national mobile in dotted groups without a trunk ("93.052.79.48",
// Uzbekistan's 2-3-2-2) that cannot be an IPv4 address (a group above 255
// or with a leading zero) is no version: after its owner's name it is the
// owner's phone. A version or an address stays.
func TestPhones23DottedNational(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: ":72:/ACC/BENEFICIARY CONTACT MARTA FAKEOVA 93.052.79.48", gone: []string{"93.052.79.48"}},
		{in: ":72:/ACC/BENEFICIARY CONTACT MARTA FAKEOVA 93.269.27.07", gone: []string{"93.269.27.07"}},
		{in: "agent version 10.2.14.5 upgraded on host 10.32.140.230", stays: []string{"10.2.14.5", "10.32.140.230"}},
	})
	for _, v := range []string{"93.052.79.48", "595.65.76.42"} {
		if !dottedNational23(v, dottedLens23(v)) {
			t.Errorf("%q: want a national dotted mobile", v)
		}
	}
	for _, v := range []string{"10.123.45.67", "10.2.14.5", "192.168.10.20"} {
		if dottedNational23(v, dottedLens23(v)) {
			t.Errorf("%q: want no phone", v)
		}
	}
}

func dottedLens23(v string) []int {
	var lens []int
	n := 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) && isDigit(v[i]) {
			n++
			continue
		}
		lens = append(lens, n)
		n = 0
	}
	return lens
}

// Class: a ZPL label's phone field ("^FDTel 613 0522^FS") holds a
// subscriber number of seven digits where the plan has no area codes; the
// label word makes it a phone. Other fields keep their numbers.
func TestPhones23ZPLSevenDigits(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "^XA\n^FO50,160^A0N,24,24^FDTel 600 1122^FS\n^FO50,200^A0N,24,24^FDREF 6001122^FS\n^XZ", gone: []string{"600 1122"}, stays: []string{"6001122"}},
		{in: "^XA\n^FO50,160^A0N,24,24^FDTel 600.1122^FS\n^XZ", gone: []string{"600.1122"}},
	})
}

// Class: a mobile with its country code by a plan that fixes the code,
// the prefix and the length (Azerbaijan's 99450…, Nepal's 97798…), next to
// its owner's e-mail in a row, is a phone even when its last digit makes a
// valid UPC-A check; a UPC-A no plan reads stays.
func TestPhones23PlanMobileWithCheckDigit(t *testing.T) {
	mk := func(prefix string) string { // the digit that makes prefix a valid UPC-A
		for c := byte('0'); c <= '9'; c++ {
			if v := prefix + string(c); upcValid([]byte(v)) {
				return v
			}
		}
		t.Fatalf("no check digit for %s", prefix)
		return ""
	}
	az := mk("99455000112")
	checkPhones22(t, []phones22Case{
		{in: "exported 1 customers:\nC100001;Marta Fakeova;marta.fakeova@example.com;" + az + "\ndone", gone: []string{az}, stays: []string{"C100001"}},
		{in: "exported 1 customers:\nC100002;Marta Fakeova;marta.fakeova@example.com;9779800011122\ndone", gone: []string{"9779800011122"}},
		{in: "exported 1 customers:\nC100003;Marta Fakeova;marta.fakeova@example.com;036000291452\ndone", stays: []string{"036000291452"}},
	})
}

// Class: Rust's Debug output wraps an optional field in Some(…): the key
// before `: Some(` names the value inside, quoted (also inside a JSON
// string) or bare. Other keys' values stay.
func TestPhones23RustSome(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: `lookup failed: Err(Customer { id: 482911, phone: Some("55500011223"), fax: None })`, gone: []string{"55500011223"}, stays: []string{"482911"}},
		{in: `{"msg":"Customer { id: 482911, mobile: Some(\"5550001122\") }"}`, gone: []string{"5550001122"}},
		{in: `Customer { id: 482911, phone: Some(5550001122), order_id: Some("5550001133") }`, gone: []string{"5550001122"}, stays: []string{"5550001133"}},
	})
}
