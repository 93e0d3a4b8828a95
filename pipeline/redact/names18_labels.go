package redact

import "strings"

// People under the labels of documents. A CSV export's header, the label
// of a line an OCR engine read off a scanned invoice or delivery note, and
// the field a back-office user changed name the document's person by the
// part they play, in the language of the document, with words the key
// tables do not read as a name's key:
//
//	importer_of_record,receiver_address,doc_number
//	"Given Family","12 Fake Street, Fakeville",BILL-0001
//
//	k1icnt:Family, Given          ("klient", OCR's '1' for 'l', 'c' for 'e')
//	客户:家名                      ลูกค้า:ชื่อ นามสกุล            ügyfél:Family Given
//
// A role key of a person (roleKey: "deliver_to", "legal_representative",
// "employee_name", "bill to") and the words for a customer in the buyers'
// languages ("client", "klient", "khách hàng", "客户", "לקוח", "πελάτης")
// are such labels. A company, a warehouse, a port or a job title stands
// under the same labels as often, so only a value shaped like a person's
// name is taken (roleName).

// personWords18 are normalised labels (lower case, no spaces, '_' or '-')
// naming a customer or a buyer that the key tables do not hold.
var personWords18 = setOf(
	"client", "klient", "klientka", "kundin", "müşteri", "musteri", "kliyente", "mamimili", "acquirente", "nabywca",
	"vevő", "vevo", "ügyfél", "ugyfel", "kháchhàng", "khachhang", "ngườinhận", "nguoinhan", "πελάτης", "πελατης",
	"عميل", "الزبون", "زبون", "לקוח", "לקוחה", "ลูกค้า", "客户", "客戶", "顾客", "顧客", "买家", "買家",
	"お客様", "お客さま",
)

// personLabel18 reports a normalised label that names a document's person
// and that the key tables do not read as a name's key: a word for a
// customer or a key of a person's part in a document ("importerofrecord",
// "deliverto", "extractedname", "billto"). The roles of ownership and
// workflow ("owner", "contact", "createdby") are not such labels: a
// document's column or line under them names a brand's owner or a team as
// often ("brand_owner").
func personLabel18(nk string) bool {
	if personWords18[nk] {
		return true
	}
	if len(nk) > 40 {
		return false
	}
	var buf [48]byte
	if keyClass(append(buf[:0], nk...)) != keyNone {
		return false
	}
	return personKey15(nk) || personKey16(nk) || personKey17(nk)
}

// personRole18 is personLabel18 with the roles of ownership and workflow
// ("primary contact", "assignee"): a changed field's name, read with both
// of its values shaped as names.
func personRole18(nk string) bool {
	if personLabel18(nk) {
		return true
	}
	var buf [48]byte
	b := append(buf[:0], nk...)
	return len(nk) <= 40 && keyClass(b) == keyNone && roleKey(b)
}

// personColumn18 reports a CSV header naming a document's person that
// columnKind does not read: its cells are names when shaped as one.
func personColumn18(h string) bool {
	var buf [64]byte
	nk := normKey(buf[:0], strings.ReplaceAll(h, " ", ""))
	for _, c := range nk {
		if c >= 0x80 {
			nk = lowerHigh(nk)
			break
		}
	}
	return len(nk) >= 3 && personLabel18(string(nk))
}

// ocrPersonLine18 reports an OCR line whose label (nk, normalised by
// ocrLabel) names a document's person and whose value v is shaped as a
// person's name. A label written cleanly before ": " (clean) is the key
// rules' to read when they know it; the reader takes the labels they do
// not ("client: …", "客户: …") and the ones OCR garbled ("rcccivcr: …").
func ocrPersonLine18(nk string, clean bool, v string) bool {
	v = strings.TrimRight(v, " \r")
	if len(nk) < 3 || len(nk) > 40 || !roleName(v) {
		return false
	}
	var buf [48]byte
	if clean {
		if kd, _ := columnKind(nk); kd != 255 || roleKey(append(buf[:0], nk...)) {
			return false
		}
		if personWords18[nk] {
			return true
		}
		if strings.Contains(nk, "name") || strings.Contains(nk, "nome") || strings.Contains(nk, "nombre") {
			return false // a thing's name as written ("vendor name"): no other reading makes it a person's
		}
		// a garbled reading of a name's key or a person's label
		return garbledReading(nk, func(b string) bool {
			kd, _ := columnKind(b)
			return kd == KindName || personLabel18(b)
		})
	}
	return personLabel18(nk) || garbledReading(nk, personLabel18)
}
