package redact

import "testing"

// The ad29 round's classes: addresses in prose inside a form body or a
// query string, and the parts that end an address's span. Every value is
// made up; cases are checked by checkIDs21 (kept, gone, twice equals once).

// Class: a street's word of its script beside a house number, read in a
// form-encoded or URL-encoded value as in plain text.
func TestAd29DecodedStreets(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "order=1&note=COD+failed%3A+not+home+at+ul.+Fakowa+60%2F31%2C+56-992+Gda%C5%84sk%2C+retry&v=3.1.7",
			gone: []string{"Fakowa+60"}, keep: []string{"v=3.1.7"}},
		{in: "https://api.example/v2/note?x=1&note=pickup%20from%20%CE%9F%CE%B4%CF%8C%CF%82%20%CE%91%CE%B8%CE%B7%CE%BD%CE%AC%CF%82%2043%2C%20194%2042&v=2.6.35",
			gone: []string{"%2043%2C"}, keep: []string{"v=2.6.35"}},
		// traps: a product and a version in the same body stay
		{in: "item=Sesame+Street+plush%2C+GTIN+4908130289011&app=v1.26.45&note=caf%C3%A9+ok",
			keep: []string{"Sesame+Street+plush", "4908130289011", "v1.26.45"}},
	})
}

// Class: a street's name read past its particles and a number's mark
// ("Calle de Fakelá nº 69", "Calz. de Fakepan 175", "Calle Fakalá #305
// int. 8"), a Thai street fused with its long name, a Hebrew name with a
// geresh (also doubled in SQL), a Cyrillic building letter ("31к2") and a
// number after the name's comma when a unit follows it.
func TestAd29StreetForms(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "note: por favor dejad el paquete en portería, Calle de Fakelá nº 69 2º izq., Zaragoza, mi móvil",
			gone: []string{"Fakelá nº 69"}, keep: []string{"Zaragoza", "dejad el paquete"}},
		{in: "note: ausente, Avenida de la Fakeción nº 9 bajo, Málaga, volveremos 10/06/2026",
			gone: []string{"Fakeción nº 9"}, keep: []string{"10/06/2026"}},
		{in: "rider msg: entregado, Calle Fakalá #305 int. 8, Puebla, firma ok", gone: []string{"Fakalá #305"}, keep: []string{"firma ok"}},
		{in: "pickup from Calz. de Fakepán 175 (entre calles), 44568 Puebla", gone: []string{"Fakepán 175"}},
		{in: "ฝากพัสดุไว้ที่ป้อมยาม 34/1/60 ถนนสุขุมวิทฟาเก เชียงใหม่ 50150", gone: []string{"34/1/60"}},
		{in: "note=COD failed: Ana not home at רחוב ז'בוטינסקי 1, דירה 61, ירושלים, HTTP 200, retry 03/09/2026&v=5.17.56",
			gone: []string{"בוטינסקי 1"}, keep: []string{"HTTP 200", "03/09/2026"}},
		{in: "buyer: 'נא להשאיר את החבילה ליד הדלת, רחוב ז''בוטינסקי 9, דירה 4, חיפה', 'x'", gone: []string{"בוטינסקי 9"}},
		{in: "оставьте посылку, Новосибирск, Фейковый пр. 31к2, кв. 59, мой телефон", gone: []string{"31к2"}, keep: []string{"Новосибирск"}},
		{in: "залиште посилку, вул. Фейкових Стрільців, 5, кв. 21, Харків, 08265", gone: []string{"Стрільців, 5"}, keep: []string{"залиште посилку"}},
		// traps: an order's number after a mark, a date, an amount
		{in: "el 14 de mayo, pedido nº 12345 pagado, total 1.234,00 €", keep: []string{"nº 12345", "14 de mayo", "1.234,00"}},
		{in: "Greek order Οδός 12 km, Κόστος 12км", keep: []string{"12км"}},
		{in: "Calle: pedido #305 pendiente, 12 unidades", keep: []string{"#305"}},
	})
}
