package redact

// Street types the tables of address_parts.go and street.go did not hold:
// Latvian and Estonian write the type after the street's name and before
// the house number ("Tērbatas iela 152-36, Ventspils, LV-4986", "Brīvības
// gatve 68-3", "Elizabetes bulvāris 98-32", "Tartu pst 147-27, 75051
// Narva", "Pärnu mnt 19-15"), as Hungarian does ("Váci utca 27."), Greek
// and Ukrainian write theirs before it ("οδός Ερμού 58", "вул. Шевченка,
// 90"), Czech after ("Národní třída 12"). They join addrWords (an address
// read by its parts) and streetAfter or streetBefore (a street found by
// its type). Words as often something else are left out: Estonian "tee"
// (a T-shirt), "tn" (Tennessee).
var streetsAfter20 = []string{
	// Latvian
	"iela", "gatve", "bulvāris", "bulvaris", "prospekts", "šoseja", "soseja", "laukums", "krastmala",
	// Estonian (and their abbreviations: puiestee, maantee)
	"tänav", "puiestee", "pst", "maantee", "mnt", "väljak",
	// Lithuanian, Czech
	"prospektas", "alėja", "třída",
}

var streetsBefore20 = []string{
	// Greek, Ukrainian, Bulgarian
	"οδός", "οδ", "λεωφόρος", "λεωφ", "вул", "вулиця", "провулок", "пров", "площа", "бульв", "улица",
}

func init() {
	for _, w := range streetsAfter20 {
		streetAfter[w] = true
		addrWords[w] = true
	}
	for _, w := range streetsBefore20 {
		streetBefore[w] = true
		addrWords[w] = true
	}
}
