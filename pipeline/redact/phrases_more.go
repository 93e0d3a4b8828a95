package redact

import "strings"

// Buyers announce a new address with the copula ("הכתובת החדשה שלי היא …",
// "địa chỉ mới của mình là …"), without the colon the phrase list expects
// ("yeni adresim Cumhuriyet Mah. …"), with a dash or the noun capitalised
// ("мой новый адрес — …", "meine neue Adresse ist …"). These forms join
// addressPhrases; what follows must still begin as an address.
var moreAddressPhrases = []string{
	"my new address is: ", "my address is: ", "new address is ",
	"הכתובת החדשה שלי היא ", "הכתובת שלי היא ", "הכתובת החדשה שלי: ", "הכתובת החדשה היא ",
	"yeni adresim ", "yeni adresim şu: ", "adresim şu: ", "yeni adres: ", "yeni adresimiz ",
	"địa chỉ mới của mình là ", "địa chỉ của mình là ", "địa chỉ mới của em là ", "địa chỉ của em là ",
	"địa chỉ mới là ", "Địa chỉ mới của mình là ", "Địa chỉ mới của em là ",
	"عنواني الجديد هو ", "عنواني هو ", "العنوان الجديد هو ",
	"мой новый адрес — ", "мой новый адрес - ", "мой адрес — ", "новый адрес — ", "моя нова адреса — ",
	"моя нова адреса ", "моя адреса — ",
	"mój nowy adres: ", "mój adres: ", "nowy adres to ", "moje nová adresa: ", "nová adresa je ",
	"noua mea adresă: ", "adresa mea nouă este ", "noua adresă este ", "noua adresă: ",
	"η νέα μου διεύθυνση: ", "νέα διεύθυνση: ", "η καινούρια μου διεύθυνση είναι ",
	"alamat baru saya adalah ", "alamat saya adalah ", "alamat baru: ", "alamat baru saya: ",
	"anwani yangu mpya: ", "anwani mpya: ", "anwani yangu mpya ni: ", "anwani ya kupeleka: ", "Anwani ya kupeleka: ",
	"anwani ya kupelekea: ", "anwani ya usafirishaji: ",
	"ที่อยู่ใหม่ของฉันคือ ", "ที่อยู่ของฉันคือ ", "ที่อยู่ใหม่ของผมคือ ",
	"新しい住所は", "新しい住所：", "住所が変わりました：", "住所が変わりました: ", "住所変更：",
	"我的新地址是", "我的地址是", "新地址是", "我新地址係 ", "我新地址係", "我嘅新地址係",
	"제 새 주소는 ", "새 주소: ", "바뀐 주소: ",
	"mi nueva dirección: ", "nueva dirección: ", "mi nueva dirección es: ",
	"a minha nova morada é ", "minha nova morada é ", "nova morada: ", "meu novo endereço: ",
	"ma nouvelle adresse : ", "ma nouvelle adresse: ", "ma nouvelle adresse est : ",
	"meine neue Adresse ist ", "meine Adresse ist ", "neue Adresse: ", "Meine neue Adresse ist ",
	"min nya adress: ", "mijn nieuwe adres: ", "min nye adresse: ", "uusi osoite: ", "az új címem: ",
}

// The index tries phrases in order and takes the first that matches, so
// these longer forms go before the list's shorter ones ("địa chỉ mới của
// mình là " before "địa chỉ "); a form that begins another phrase of the
// list ("yeni adresim " of "yeni adresim: ") goes after it.
func init() {
	var first, last []string
	for _, w := range moreAddressPhrases {
		prefix := false
		for _, o := range addressPhrases {
			if len(o) > len(w) && strings.HasPrefix(o, w) {
				prefix = true
				break
			}
		}
		if prefix {
			last = append(last, w)
		} else {
			first = append(first, w)
		}
	}
	addressPhrases = append(append(first, addressPhrases...), last...)
	addrIndex = newPhraseIndex(addressPhrases)
	for _, w := range []string{"yeni adresim ", "yeni adresimiz ", "моя нова адреса ", "我新地址係"} {
		addressEvents[w] = true // no colon: an address must follow
	}
}
