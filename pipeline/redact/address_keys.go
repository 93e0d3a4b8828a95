package redact

import (
	"unicode"
	"unicode/utf8"
)

// More words for a postal address, found anywhere in a key (see
// addressStems in keys.go): the languages of the Caucasus, Central Asia,
// South and South-East Asia and Africa, in their own scripts and
// romanised as developers write them in keys ("misamarti", "hasce",
// "mekenzhai", "khayag", "adrasha", "asayatthan", "ikheli", "adiresi").
// Each is long or distinctive enough not to occur inside an English key.
var addressStemsMore = withTitleCase([]string{
	// Georgian, Armenian, Azerbaijani
	"მისამართი", "misamarti", "հասցե", "hasce", "hastse", "hasts'e", "ünvan", "unvani",
	// Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen, Mongolian, Belarusian
	"мекенжай", "mekenzhai", "mekenzhay", "mekenjai", "mekenjay", "дарек", "darek", "манзил", "manzil",
	"суроға", "suroga", "salgysy", "хаяг", "khayag", "hayag", "xayag", "адрас",
	// Amharic and Tigrinya, Somali, Swahili's neighbours, Zulu, Xhosa,
	// Sotho and Tswana, Yoruba, Igbo, Hausa, Malagasy
	"አድራሻ", "ኣድራሻ", "adrasha", "adirasha", "cinwaan", "ikheli", "idilesi", "aterese", "adiresi", "adireesi",
	"adireshi", "adiresy", "àdírẹ́sì", "àdírẹsì", "adírẹ́sì",
	// Greek written without its accent, as keys often are ("διευθυνση_αποστολης")
	"διευθυνση", "διευθυνσεις",
	// Khmer, Burmese, Lao, Sinhala
	"អាសយដ្ឋាន", "asayatthan", "asayadthan", "asaydthan", "လိပ်စာ", "ທີ່ຢູ່", "ලිපිනය", "lipinaya",
	// Indian languages and Nepali, Persian and Pashto
	"पत्ता", "ठेगाना", "thegana", "முகவரி", "mugavari", "mukavari", "చిరునామా", "chirunama", "ವಿಳಾಸ", "വിലാസം",
	"vilasam", "સરનામું", "sarnamu", "ਪਤਾ", "ঠিকানা", "thikana", "نشانی", "neshani", "آدرس", "پته",
	// Icelandic, Welsh, Irish, Basque, Catalan, Maltese, Chinese and
	// Korean romanised
	"heimilisfang", "cyfeiriad", "seoladh", "helbide", "adreça", "adreca", "indirizz", "dizhi", "jusoji",
	// Spanish, Italian and Portuguese put the word first: "domicilio_fiscal", "morada_fiscal" (keys19_parties.go)
	"domicilio", "morada",
})

// withTitleCase adds to the words of a cased script other than Latin their
// capitalised form: a column header keeps its case ("Хаяг", "Մեկենժ…"),
// and only ASCII is lower-cased before a key is classified.
func withTitleCase(ws []string) []string {
	out := ws
	for _, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		if r >= 0x80 && unicode.IsLower(r) {
			out = append(out, string(unicode.ToUpper(r))+w[n:])
		}
	}
	return out
}

// addressTailsMore end the keys that hold a post office box, in the
// languages that name one.
var addressTailsMore = []string{"pobox", "postbox", "postofficebox", "postfach", "postboks", "postbus", "caixapostal",
	"casillapostal", "apartadopostal", "boitepostale", "boîtepostale", "skrytkapocztowa", "postilokero",
	"pósthólf", "posthólf", "абонентскийящик", "абонентськаскринька", "privatebag",
	// districts, estates and neighbourhoods that are part of an address
	// ("kebele", "woreda", "sangkat", "khoroo", "mahalla", "microdistrict")
	"kebele", "woreda", "subcity", "sangkat", "khoroo", "mahalla", "microdistrict", "mikrorayon", "mikroraion",
	"barrio", "bairro", "colonia", "locality", "landmark", "nearestlandmark",
	// a carrier's array of street lines (FedEx's "streetLines": ["…", "…"])
	"streetlines", "streetline"}
