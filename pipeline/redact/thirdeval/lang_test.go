package thirdeval

// Message templates and field names as services in each language write
// them. {v} is the value; {order}, {amt}, {trk} are look-alikes that must
// survive next to it. Chat templates take {name} {phone} {email} {addr}.

type lang struct {
	name, phone, email, addr, card, iban, cnid, chat []string
	pw                                               string
	keys                                             map[string][]string
}

var langs = map[string]*lang{
	"en": {
		name:  L("Order {order} created for customer {v}|Refund approved; account holder {v}, amount {amt}|Delivery attempt failed, recipient {v} not at home (tracking {trk})|Dear {v}, your order {order} has shipped|Support ticket opened by {v} regarding order {order}|{v} called about order {order} and asked for a refund|Invoice {order} issued to {v}|Pickup by {v} confirmed at locker, parcel {trk}"),
		phone: L("OTP sent to {v} for order {order}|Courier tried calling {v} twice, no answer|Customer callback requested: {v}|Updated contact number to {v}|WhatsApp message delivered to {v} (order {order})|SMS delivery failed for {v}: carrier rejected"),
		email: L("Receipt for order {order} sent to {v}|Password reset link sent to {v}|Newsletter unsubscribe from {v}|Bounce: mailbox {v} full|Login succeeded for {v} from new device|Guest checkout with {v}, order {order}"),
		addr:  L("Order {order} shipped to {v} (total {amt})|Address validation failed for {v}: unknown postcode|Deliver to {v}; carrier=DHL tracking={trk}|Customer changed shipping address to {v}|Pickup scheduled at {v} tomorrow|Return label generated from {v}, parcel {trk}"),
		card:  L("Payment declined for card {v} (amount {amt})|Charge {amt} on {v} approved|Tokenization failed for PAN {v}|Customer entered {v} as card number, order {order}|3DS challenge for {v} timed out|Card {v} flagged by fraud rules, order {order}"),
		iban:  L("Refund of {amt} to {v} initiated|SEPA mandate created for IBAN {v}|Payout to {v} failed: account closed|Beneficiary account {v} verified|Seller payout {amt} sent to IBAN {v}"),
		cnid:  L("Customs clearance requires resident ID {v} for order {order}|KYC check passed, ID number {v}|Cross-border order {order}: buyer id {v} verified|Real-name verification failed for {v}"),
		chat:  L("Customer wrote: hi, my name is {name}, please call me at {phone} about order {order}|Customer wrote: Hello, this is {name}. My new address is {addr}|Customer wrote: hi it's {name}, my email is {email}, can you resend the invoice?|Ticket #{order}: \"{name} here, reach me on {phone} or {email}\""),
		pw:    "password",
	},
	"tr": {
		name:  L("Sipariş {order} alıcı: {v}|Müşteri {v} iade talebinde bulundu ({amt})|Kargo teslim edilemedi, alıcı {v} adreste yok|Sayın {v}, siparişiniz {order} kargoya verildi"),
		phone: L("Kurye {v} numarasını aradı, cevap yok|Doğrulama kodu {v} numarasına gönderildi|Müşteri telefonu güncellendi: {v}"),
		email: L("Fatura {v} adresine gönderildi|Şifre sıfırlama bağlantısı {v} adresine iletildi"),
		addr:  L("Teslimat adresi: {v}|Sipariş {order} şu adrese gönderildi: {v} (tutar {amt})|Adres doğrulanamadı: {v}"),
		card:  L("Ödeme reddedildi, kart no {v} (tutar {amt})|Kart {v} ile {amt} tahsil edildi"),
		iban:  L("İade {v} IBAN numarasına yapıldı ({amt})|Satıcı hesabı IBAN: {v}"),
		chat:  L("Müşteri yazdı: Merhaba, adım {name}, beni {phone} numarasından arayabilir misiniz? Sipariş {order}|Müşteri yazdı: İyi günler, ben {name}. Adresim değişti: {addr}|Müşteri yazdı: Merhaba ben {name}, e-posta adresim {email}"),
		pw:    "şifre",
		keys:  map[string][]string{kName: L("ad_soyad|adSoyad|alici_adi|müşteri_adı"), kPhone: L("telefon|cep_telefonu|telefonNo|gsm"), kEmail: L("eposta|e_posta"), kAddr: L("adres|teslimat_adresi|acik_adres"), kCard: L("kart_no|kartNumarasi"), kIBAN: L("iban_no|hesap_iban"), kCred: L("sifre|parola|api_anahtari")},
	},
	"pl": {
		name:  L("Zamówienie {order}, odbiorca: {v}|Klient {v} zgłosił reklamację ({amt})|Paczka nieodebrana przez adresata {v}|Szanowna Pani {v}, zamówienie {order} zostało wysłane"),
		phone: L("Kurier dzwonił pod numer {v}, brak odpowiedzi|Kod SMS wysłany na numer {v}|Zmieniono numer telefonu klienta na {v}"),
		email: L("Faktura wysłana na adres {v}|Link do resetu hasła wysłany na {v}"),
		addr:  L("Adres dostawy: {v}|Zamówienie {order} wysłane na adres {v} (kwota {amt})|Nieprawidłowy kod pocztowy w adresie {v}"),
		card:  L("Płatność odrzucona, karta {v} (kwota {amt})|Obciążono kartę {v} kwotą {amt}"),
		iban:  L("Zwrot {amt} na rachunek {v}|Numer rachunku sprzedawcy: {v}"),
		chat:  L("Klient napisał: Dzień dobry, nazywam się {name}, proszę o kontakt pod numerem {phone}|Klient napisał: Cześć, tu {name}, mój nowy adres to {addr}|Klient napisał: Dzień dobry, {name}, mój e-mail: {email}"),
		pw:    "hasło",
		keys:  map[string][]string{kName: L("imie_nazwisko|imięNazwisko|odbiorca|nazwisko_klienta"), kPhone: L("telefon|nr_telefonu|numerTelefonu|komorka"), kEmail: L("adres_email|e_mail"), kAddr: L("adres|adres_dostawy|ulica"), kCard: L("numer_karty"), kIBAN: L("rachunek|nr_konta"), kCred: L("haslo|hasło|klucz_api")},
	},
	"cs": {
		name:  L("Objednávka {order}, příjemce: {v}|Zákazník {v} požádal o vrácení ({amt})|Zásilku nepřevzal adresát {v}|Vážená paní {v}, Vaše objednávka {order} byla odeslána"),
		phone: L("Kurýr volal na číslo {v}, nikdo to nebral|SMS kód odeslán na {v}|Telefon zákazníka změněn na {v}"),
		email: L("Faktura odeslána na {v}|Odkaz pro obnovení hesla odeslán na {v}"),
		addr:  L("Doručovací adresa: {v}|Objednávka {order} odeslána na adresu {v} (celkem {amt})|Adresu {v} se nepodařilo ověřit"),
		card:  L("Platba zamítnuta, karta {v} (částka {amt})"),
		iban:  L("Vrácení {amt} na účet {v}|IBAN prodejce: {v}"),
		chat:  L("Zákazník napsal: Dobrý den, jmenuji se {name}, zavolejte mi prosím na {phone}|Zákazník napsal: Dobrý den, tady {name}, nová adresa: {addr}"),
		pw:    "heslo",
		keys:  map[string][]string{kName: L("jmeno_prijmeni|jméno|prijemce"), kPhone: L("telefon|telefonni_cislo|mobil"), kEmail: L("e_mail|email_zakaznika"), kAddr: L("adresa|dorucovaci_adresa|ulice"), kCard: L("cislo_karty"), kIBAN: L("cislo_uctu"), kCred: L("heslo|api_klic")},
	},
	"sv": {
		name:  L("Order {order}, mottagare: {v}|Kund {v} begärde återbetalning ({amt})|Paketet hämtades inte ut av {v}|Hej {v}! Din order {order} har skickats"),
		phone: L("Budet ringde {v} men fick inget svar|Verifieringskod skickad till {v}|Kundens telefonnummer ändrat till {v}"),
		email: L("Kvitto skickat till {v}|Återställningslänk skickad till {v}"),
		addr:  L("Leveransadress: {v}|Order {order} skickad till {v} (summa {amt})|Adressen {v} kunde inte verifieras"),
		card:  L("Betalning nekad, kort {v} (belopp {amt})"),
		iban:  L("Återbetalning {amt} till konto {v}|Säljarens IBAN: {v}"),
		chat:  L("Kunden skrev: Hej, jag heter {name}, ring mig på {phone}|Kunden skrev: Hej, det är {name}, min nya adress är {addr}"),
		pw:    "lösenord",
		keys:  map[string][]string{kName: L("namn|fullstandigt_namn|mottagare"), kPhone: L("telefon|mobilnummer|telefonnummer"), kEmail: L("epost|e_postadress"), kAddr: L("adress|leveransadress|gatuadress"), kCard: L("kortnummer"), kIBAN: L("kontonummer"), kCred: L("losenord|lösenord|api_nyckel")},
	},
	"ru": {
		name:  L("Заказ {order}, получатель: {v}|Клиент {v} оформил возврат ({amt})|Посылка не вручена, получатель {v} отсутствует|Уважаемая {v}, ваш заказ {order} отправлен|Курьер передал заказ {order} покупателю {v}"),
		phone: L("Курьер звонил на номер {v}, нет ответа|SMS-код отправлен на {v}|Телефон клиента изменён на {v}"),
		email: L("Чек отправлен на {v}|Ссылка для сброса пароля отправлена на {v}"),
		addr:  L("Адрес доставки: {v}|Заказ {order} отправлен по адресу {v} (сумма {amt})|Не удалось проверить адрес {v}"),
		card:  L("Платёж отклонён, карта {v} (сумма {amt})|Списано {amt} с карты {v}"),
		iban:  L("Возврат {amt} на счёт {v}"),
		chat:  L("Клиент написал: Здравствуйте, меня зовут {name}, перезвоните мне по номеру {phone}|Клиент написал: Добрый день, это {name}, мой новый адрес: {addr}|Клиент написал: Здравствуйте, я {name}, почта {email}"),
		pw:    "пароль",
		keys:  map[string][]string{kName: L("фио|ФИО|имя_получателя|получатель|fio"), kPhone: L("телефон|номер_телефона|tel_number"), kEmail: L("почта|эл_почта"), kAddr: L("адрес|адрес_доставки"), kCard: L("номер_карты"), kIBAN: L("счет|номер_счета"), kCred: L("пароль|parol|api_ключ")},
	},
	"ar": {
		name:  L("الطلب {order}، المستلم: {v}|العميل {v} طلب استرداد المبلغ ({amt})|تعذر التسليم، المستلم {v} غير موجود|عزيزي {v}، تم شحن طلبك {order}"),
		phone: L("اتصل المندوب بالرقم {v} ولم يرد أحد|تم إرسال رمز التحقق إلى {v}|تم تحديث رقم جوال العميل إلى {v}"),
		email: L("تم إرسال الفاتورة إلى {v}|تم إرسال رابط إعادة تعيين كلمة المرور إلى {v}"),
		addr:  L("عنوان التوصيل: {v}|تم شحن الطلب {order} إلى {v} (المبلغ {amt})|تعذر التحقق من العنوان {v}"),
		card:  L("تم رفض الدفع، البطاقة {v} (المبلغ {amt})"),
		iban:  L("تم تحويل الاسترداد {amt} إلى الآيبان {v}|رقم الآيبان للبائع: {v}"),
		chat:  L("كتب العميل: مرحبا، اسمي {name}، يرجى الاتصال بي على {phone}|كتب العميل: السلام عليكم، أنا {name}، عنواني الجديد: {addr}"),
		pw:    "كلمة المرور",
		keys:  map[string][]string{kName: L("الاسم|اسم_العميل|الاسم_الكامل"), kPhone: L("رقم_الجوال|الهاتف|جوال"), kEmail: L("البريد_الإلكتروني"), kAddr: L("العنوان|عنوان_التوصيل"), kCard: L("رقم_البطاقة"), kIBAN: L("الآيبان|رقم_الحساب"), kCred: L("كلمة_المرور")},
	},
	"hi": {
		name:  L("ऑर्डर {order}, प्राप्तकर्ता: {v}|ग्राहक {v} ने रिफंड माँगा ({amt})|डिलीवरी असफल, प्राप्तकर्ता {v} घर पर नहीं थे|प्रिय {v}, आपका ऑर्डर {order} भेज दिया गया है"),
		phone: L("कूरियर ने {v} पर कॉल किया, जवाब नहीं मिला|OTP {v} पर भेजा गया|ग्राहक का मोबाइल नंबर बदलकर {v} किया गया"),
		email: L("इनवॉइस {v} पर भेजा गया|पासवर्ड रीसेट लिंक {v} पर भेजा गया"),
		addr:  L("डिलीवरी पता: {v}|ऑर्डर {order} {v} पर भेजा गया (राशि {amt})|पता सत्यापित नहीं हो सका: {v}"),
		card:  L("भुगतान अस्वीकृत, कार्ड {v} (राशि {amt})"),
		iban:  L("रिफंड {amt} खाते {v} में भेजा गया"),
		chat:  L("ग्राहक ने लिखा: नमस्ते, मेरा नाम {name} है, कृपया मुझे {phone} पर कॉल करें|ग्राहक ने लिखा: हाय, मैं {name}, मेरा नया पता {addr} है|Customer wrote: hi my name is {name}, pls call on {phone}"),
		pw:    "पासवर्ड",
		keys:  map[string][]string{kName: L("naam|grahak_naam|नाम"), kPhone: L("mobile_no|फोन|mobileNumber"), kEmail: L("ईमेल|email_id"), kAddr: L("pata|पता|delivery_address"), kCard: L("card_no"), kIBAN: L("account_no"), kCred: L("पासवर्ड|passwd")},
	},
	"he": {
		name:  L("הזמנה {order}, נמען: {v}|הלקוח {v} ביקש החזר ({amt})|המשלוח לא נמסר, הנמען {v} לא נמצא|שלום {v}, ההזמנה {order} נשלחה"),
		phone: L("השליח התקשר ל-{v} ולא נענה|קוד אימות נשלח ל-{v}|מספר הטלפון של הלקוח עודכן ל-{v}"),
		email: L("החשבונית נשלחה ל-{v}|קישור לאיפוס סיסמה נשלח ל-{v}"),
		addr:  L("כתובת למשלוח: {v}|ההזמנה {order} נשלחה אל {v} (סכום {amt})|לא ניתן לאמת את הכתובת {v}"),
		card:  L("התשלום נדחה, כרטיס {v} (סכום {amt})"),
		iban:  L("החזר {amt} לחשבון {v}"),
		chat:  L("הלקוח כתב: שלום, קוראים לי {name}, אפשר לחזור אליי ל-{phone}|הלקוח כתב: היי, זה {name}, הכתובת החדשה שלי: {addr}"),
		pw:    "סיסמה",
		keys:  map[string][]string{kName: L("שם|שם_מלא"), kPhone: L("טלפון|נייד"), kEmail: L("דואל"), kAddr: L("כתובת"), kCard: L("מספר_כרטיס"), kIBAN: L("חשבון"), kCred: L("סיסמה")},
	},
	"el": {
		name:  L("Παραγγελία {order}, παραλήπτης: {v}|Ο πελάτης {v} ζήτησε επιστροφή ({amt})|Αποτυχία παράδοσης, ο παραλήπτης {v} απουσίαζε|Αγαπητή {v}, η παραγγελία σας {order} απεστάλη"),
		phone: L("Ο κούριερ κάλεσε το {v} χωρίς απάντηση|Κωδικός επιβεβαίωσης στάλθηκε στο {v}|Το τηλέφωνο του πελάτη άλλαξε σε {v}"),
		email: L("Το τιμολόγιο στάλθηκε στο {v}|Σύνδεσμος επαναφοράς κωδικού στάλθηκε στο {v}"),
		addr:  L("Διεύθυνση αποστολής: {v}|Η παραγγελία {order} στάλθηκε στη διεύθυνση {v} (σύνολο {amt})|Η διεύθυνση {v} δεν επαληθεύτηκε"),
		card:  L("Η πληρωμή απορρίφθηκε, κάρτα {v} (ποσό {amt})"),
		iban:  L("Επιστροφή {amt} στον λογαριασμό {v}"),
		chat:  L("Ο πελάτης έγραψε: Γεια σας, ονομάζομαι {name}, καλέστε με στο {phone}|Ο πελάτης έγραψε: Καλησπέρα, είμαι η {name}, η νέα μου διεύθυνση: {addr}"),
		pw:    "κωδικός",
		keys:  map[string][]string{kName: L("ονοματεπώνυμο|onomateponymo"), kPhone: L("τηλέφωνο|kinito"), kEmail: L("email_πελάτη"), kAddr: L("διεύθυνση|dieuthinsi"), kCard: L("αριθμός_κάρτας"), kIBAN: L("iban_λογαριασμού"), kCred: L("κωδικός|kodikos")},
	},
	"ro": {
		name:  L("Comanda {order}, destinatar: {v}|Clientul {v} a cerut rambursare ({amt})|Colet nelivrat, destinatarul {v} nu a răspuns|Stimată {v}, comanda {order} a fost expediată"),
		phone: L("Curierul a sunat la {v}, fără răspuns|Cod de verificare trimis la {v}|Telefonul clientului a fost schimbat în {v}"),
		email: L("Factura a fost trimisă la {v}|Link de resetare a parolei trimis la {v}"),
		addr:  L("Adresa de livrare: {v}|Comanda {order} expediată la {v} (total {amt})|Adresa {v} nu a putut fi validată"),
		card:  L("Plată respinsă, cardul {v} (suma {amt})"),
		iban:  L("Rambursare {amt} în contul {v}|IBAN vânzător: {v}"),
		chat:  L("Clientul a scris: Bună ziua, mă numesc {name}, vă rog sunați-mă la {phone}|Clientul a scris: Salut, sunt {name}, noua mea adresă: {addr}"),
		pw:    "parola",
		keys:  map[string][]string{kName: L("nume|nume_complet|numeDestinatar"), kPhone: L("telefon|nr_telefon"), kEmail: L("adresa_email"), kAddr: L("adresa|adresa_livrare|strada"), kCard: L("numar_card"), kIBAN: L("cont_iban"), kCred: L("parola")},
	},
	"pt": {
		name:  L("Encomenda {order}, destinatário: {v}|O cliente {v} pediu reembolso ({amt})|Entrega falhada, destinatário {v} ausente|Cara {v}, a sua encomenda {order} foi enviada"),
		phone: L("O estafeta ligou para {v} sem resposta|Código de verificação enviado para {v}|Telemóvel do cliente alterado para {v}"),
		email: L("Fatura enviada para {v}|Link de recuperação de palavra-passe enviado para {v}"),
		addr:  L("Morada de entrega: {v}|Encomenda {order} enviada para {v} (total {amt})|Não foi possível validar a morada {v}"),
		card:  L("Pagamento recusado, cartão {v} (valor {amt})"),
		iban:  L("Reembolso de {amt} para o IBAN {v}"),
		chat:  L("O cliente escreveu: Olá, chamo-me {name}, podem ligar-me para o {phone}?|O cliente escreveu: Boa tarde, sou a {name}, a minha nova morada é {addr}"),
		pw:    "palavra-passe",
		keys:  map[string][]string{kName: L("nome|nome_completo|nomeDestinatario"), kPhone: L("telemovel|telefone|contacto"), kEmail: L("correio_eletronico|email_cliente"), kAddr: L("morada|morada_entrega"), kCard: L("numero_cartao"), kIBAN: L("iban_cliente"), kCred: L("palavra_passe|senha")},
	},
	"fr": {
		name:  L("Commande {order}, destinataire : {v}|Le client {v} a demandé un remboursement ({amt})|Livraison échouée, destinataire {v} absent|Bonjour {v}, votre commande {order} a été expédiée"),
		phone: L("Le livreur a appelé le {v} sans réponse|Code de vérification envoyé au {v}|Numéro de cellulaire du client changé pour {v}"),
		email: L("Facture envoyée à {v}|Lien de réinitialisation du mot de passe envoyé à {v}"),
		addr:  L("Adresse de livraison : {v}|Commande {order} expédiée au {v} (total {amt})|Impossible de valider l'adresse {v}"),
		card:  L("Paiement refusé, carte {v} (montant {amt})"),
		iban:  L("Remboursement de {amt} vers le compte {v}"),
		chat:  L("Le client a écrit : Bonjour, je m'appelle {name}, rappelez-moi au {phone} svp|Le client a écrit : Allô, c'est {name}, ma nouvelle adresse est {addr}"),
		pw:    "mot de passe",
		keys:  map[string][]string{kName: L("nom_complet|nomClient|destinataire"), kPhone: L("cellulaire|telephone|téléphone"), kEmail: L("courriel|adresse_courriel"), kAddr: L("adresse|adresse_livraison"), kCard: L("numero_carte"), kIBAN: L("compte"), kCred: L("mot_de_passe|motDePasse")},
	},
	"af": {
		name:  L("Bestelling {order}, ontvanger: {v}|Kliënt {v} het 'n terugbetaling aangevra ({amt})|Aflewering misluk, ontvanger {v} nie tuis nie"),
		phone: L("Die koerier het {v} gebel, geen antwoord|Verifikasiekode gestuur na {v}"),
		email: L("Faktuur gestuur na {v}"),
		addr:  L("Afleweringsadres: {v}|Bestelling {order} gestuur na {v} (totaal {amt})"),
		chat:  L("Kliënt skryf: Hallo, my naam is {name}, bel my asseblief by {phone}"),
		pw:    "wagwoord",
		keys:  map[string][]string{kName: L("naam|volle_naam"), kPhone: L("selfoon|telefoon"), kEmail: L("epos"), kAddr: L("adres|straatadres"), kCred: L("wagwoord")},
	},
	"sw": {
		name:  L("Agizo {order}, mpokeaji: {v}|Mteja {v} ameomba kurejeshewa pesa ({amt})|Kifurushi hakijapokelewa, mpokeaji {v} hayupo"),
		phone: L("Msafirishaji alipiga simu {v} bila kujibiwa|Nambari ya uthibitisho imetumwa kwa {v}|Nambari ya simu ya mteja imebadilishwa kuwa {v}"),
		email: L("Ankara imetumwa kwa {v}"),
		addr:  L("Anwani ya kufikisha: {v}|Agizo {order} limetumwa kwa {v} (jumla {amt})"),
		chat:  L("Mteja aliandika: Habari, jina langu ni {name}, tafadhali nipigie kwa {phone}|Mteja aliandika: Hi, naitwa {name}, anwani yangu mpya ni {addr}"),
		pw:    "nenosiri",
		keys:  map[string][]string{kName: L("jina|jina_kamili"), kPhone: L("simu|nambari_ya_simu"), kEmail: L("barua_pepe"), kAddr: L("anwani"), kCred: L("nenosiri")},
	},
	"de": {
		name:  L("Bestellung {order}, Empfänger: {v}|Kunde {v} hat eine Rückerstattung angefordert ({amt})|Zustellung fehlgeschlagen, Empfänger {v} nicht angetroffen|Sehr geehrte Frau {v}, Ihre Bestellung {order} wurde versandt"),
		phone: L("Der Fahrer hat {v} angerufen, keine Antwort|Bestätigungscode an {v} gesendet|Telefonnummer des Kunden geändert auf {v}"),
		email: L("Rechnung an {v} gesendet|Link zum Zurücksetzen des Passworts an {v} gesendet"),
		addr:  L("Lieferadresse: {v}|Bestellung {order} versandt an {v} (Summe {amt})|Adresse {v} konnte nicht verifiziert werden"),
		card:  L("Zahlung abgelehnt, Karte {v} (Betrag {amt})"),
		iban:  L("Erstattung {amt} auf IBAN {v}|Lastschriftmandat für {v} erstellt"),
		chat:  L("Kunde schrieb: Hallo, mein Name ist {name}, bitte rufen Sie mich unter {phone} zurück|Kunde schrieb: Guten Tag, hier ist {name}, meine neue Adresse: {addr}"),
		pw:    "Passwort",
		keys:  map[string][]string{kName: L("vollstaendiger_name|Empfaenger|kundenName"), kPhone: L("telefonnummer|handy|rufnummer"), kEmail: L("e_mail_adresse"), kAddr: L("anschrift|lieferanschrift|strasse"), kCard: L("kartennummer"), kIBAN: L("kontoverbindung"), kCred: L("passwort|kennwort")},
	},
	"id": {
		name:  L("Pesanan {order}, penerima: {v}|Pelanggan {v} mengajukan refund ({amt})|Paket gagal dikirim, penerima {v} tidak di tempat|Halo Kak {v}, pesanan {order} sudah dikirim"),
		phone: L("Kurir menelepon {v} tapi tidak diangkat|Kode OTP dikirim ke {v}|Nomor HP pelanggan diubah menjadi {v}"),
		email: L("Invoice dikirim ke {v}|Link reset kata sandi dikirim ke {v}"),
		addr:  L("Alamat pengiriman: {v}|Pesanan {order} dikirim ke {v} (total {amt})|Alamat {v} tidak dapat diverifikasi"),
		card:  L("Pembayaran ditolak, kartu {v} (jumlah {amt})"),
		iban:  L("Refund {amt} ke rekening {v}"),
		chat:  L("Pelanggan menulis: Halo kak, nama saya {name}, tolong hubungi saya di {phone}|Pelanggan menulis: Permisi, saya {name}, alamat baru saya {addr}"),
		pw:    "kata sandi",
		keys:  map[string][]string{kName: L("nama|nama_penerima|namaLengkap"), kPhone: L("no_hp|nomor_telepon|noHp"), kEmail: L("surel"), kAddr: L("alamat|alamat_pengiriman|alamatLengkap"), kCard: L("nomor_kartu"), kIBAN: L("no_rekening"), kCred: L("kata_sandi|sandi")},
	},
	"vi": {
		name:  L("Đơn hàng {order}, người nhận: {v}|Khách hàng {v} yêu cầu hoàn tiền ({amt})|Giao hàng thất bại, người nhận {v} không có nhà|Chào {v}, đơn hàng {order} đã được gửi"),
		phone: L("Shipper gọi {v} nhưng không ai nghe máy|Mã OTP đã gửi tới {v}|Số điện thoại khách hàng đổi thành {v}"),
		email: L("Hóa đơn đã gửi tới {v}|Liên kết đặt lại mật khẩu đã gửi tới {v}"),
		addr:  L("Địa chỉ giao hàng: {v}|Đơn hàng {order} đã gửi tới {v} (tổng {amt})|Không xác minh được địa chỉ {v}"),
		card:  L("Thanh toán bị từ chối, thẻ {v} (số tiền {amt})"),
		iban:  L("Hoàn {amt} vào tài khoản {v}"),
		chat:  L("Khách viết: Chào shop, mình tên là {name}, gọi mình số {phone} nhé|Khách viết: Em là {name}, địa chỉ mới của em: {addr}"),
		pw:    "mật khẩu",
		keys:  map[string][]string{kName: L("ho_ten|họ_tên|ten_nguoi_nhan"), kPhone: L("so_dien_thoai|sdt"), kEmail: L("thu_dien_tu"), kAddr: L("dia_chi|địa_chỉ"), kCard: L("so_the"), kIBAN: L("so_tai_khoan"), kCred: L("mat_khau")},
	},
	"th": {
		name:  L("คำสั่งซื้อ {order} ผู้รับ: {v}|ลูกค้า {v} ขอคืนเงิน ({amt})|จัดส่งไม่สำเร็จ ผู้รับ {v} ไม่อยู่|เรียนคุณ{v} คำสั่งซื้อ {order} จัดส่งแล้ว"),
		phone: L("พนักงานส่งโทรหา {v} ไม่มีคนรับ|ส่งรหัส OTP ไปที่ {v} แล้ว|เปลี่ยนเบอร์โทรลูกค้าเป็น {v}"),
		email: L("ส่งใบแจ้งหนี้ไปที่ {v} แล้ว"),
		addr:  L("ที่อยู่จัดส่ง: {v}|จัดส่งคำสั่งซื้อ {order} ไปที่ {v} (ยอดรวม {amt})"),
		card:  L("การชำระเงินถูกปฏิเสธ บัตร {v} (จำนวน {amt})"),
		iban:  L("คืนเงิน {amt} เข้าบัญชี {v}"),
		chat:  L("ลูกค้าเขียนว่า: สวัสดีค่ะ ชื่อ {name} ค่ะ รบกวนโทรกลับที่ {phone}|ลูกค้าเขียนว่า: สวัสดีครับ ผม {name} ที่อยู่ใหม่คือ {addr}"),
		pw:    "รหัสผ่าน",
		keys:  map[string][]string{kName: L("ชื่อ|ชื่อผู้รับ|chue"), kPhone: L("เบอร์โทร|เบอร์โทรศัพท์"), kEmail: L("อีเมล"), kAddr: L("ที่อยู่"), kCard: L("เลขบัตร"), kIBAN: L("เลขบัญชี"), kCred: L("รหัสผ่าน")},
	},
	"ja": {
		name:  L("注文{order} お届け先: {v} 様|お客様 {v} 様より返金依頼 ({amt})|配達不在、受取人 {v} 様|{v}様 ご注文{order}を発送しました"),
		phone: L("配達員が{v}に電話しましたが不在でした|認証コードを{v}に送信しました|お客様の電話番号を{v}に変更"),
		email: L("領収書を{v}に送信しました|パスワード再設定メールを{v}に送信"),
		addr:  L("お届け先住所: {v}|注文{order}を{v}へ発送 (合計{amt})|住所{v}を確認できません"),
		card:  L("決済失敗 カード番号 {v} (金額 {amt})"),
		iban:  L("返金{amt}を口座{v}へ"),
		chat:  L("お客様より: こんにちは、{name}と申します。{phone}までご連絡ください|お客様より: {name}です。住所が変わりました: {addr}"),
		pw:    "パスワード",
		keys:  map[string][]string{kName: L("氏名|お名前|shimei"), kPhone: L("電話番号|denwa"), kEmail: L("メールアドレス"), kAddr: L("住所|jusho"), kCard: L("カード番号"), kIBAN: L("口座番号"), kCred: L("パスワード")},
	},
	"zhs": {
		name:  L("订单{order} 收件人：{v}|客户{v}申请退款（{amt}）|派送失败，收货人{v}不在家|尊敬的{v}，您的订单{order}已发货"),
		phone: L("快递员拨打{v}无人接听|验证码已发送至{v}|客户手机号已修改为{v}"),
		email: L("发票已发送至{v}|密码重置链接已发送至{v}"),
		addr:  L("收货地址：{v}|订单{order}已发往{v}（合计{amt}）|地址{v}校验失败"),
		card:  L("支付失败，卡号{v}（金额{amt}）|银行卡{v}扣款{amt}"),
		iban:  L("退款{amt}至账户{v}"),
		cnid:  L("实名认证通过，身份证号{v}|清关需要身份证{v}，订单{order}|用户提交证件号码：{v}|身份证{v}校验失败"),
		chat:  L("买家留言：你好，我叫{name}，请打我电话{phone}|买家留言：您好，我是{name}，新地址是{addr}|买家留言：我是{name}，邮箱{email}"),
		pw:    "密码",
		keys:  map[string][]string{kName: L("姓名|收件人|xingming"), kPhone: L("手机号|联系电话|shouji"), kEmail: L("邮箱"), kAddr: L("地址|收货地址|dizhi"), kCard: L("卡号|银行卡号"), kIBAN: L("账号"), kCNID: L("身份证号|证件号码|sfzh|idCardNo"), kCred: L("密码|mima")},
	},
	"zht": {
		name:  L("訂單{order} 收件人：{v}|客戶{v}申請退款（{amt}）|配送失敗，收件人{v}不在|親愛的{v}，您的訂單{order}已出貨"),
		phone: L("物流人員撥打{v}無人接聽|驗證碼已傳送至{v}|客戶電話已更改為{v}"),
		email: L("發票已寄送至{v}|密碼重設連結已寄至{v}"),
		addr:  L("收件地址：{v}|訂單{order}已寄往{v}（合計{amt}）|地址{v}驗證失敗"),
		card:  L("付款失敗，卡號{v}（金額{amt}）"),
		iban:  L("退款{amt}至帳戶{v}"),
		cnid:  L("身分證號{v}驗證通過|報關需要身份證{v}"),
		chat:  L("顧客留言：你好，我是{name}，請打{phone}給我|顧客留言：您好，我叫{name}，新地址：{addr}"),
		pw:    "密碼",
		keys:  map[string][]string{kName: L("姓名|收件人"), kPhone: L("電話|手機號碼"), kEmail: L("電子郵件"), kAddr: L("地址|收件地址"), kCard: L("卡號"), kIBAN: L("帳號"), kCNID: L("身分證字號|身份證號碼"), kCred: L("密碼")},
	},
}

// templates returns the message templates of a language for a kind,
// falling back to English.
func (lg *lang) templates(kind string) []string {
	var t []string
	switch kind {
	case kName:
		t = lg.name
	case kPhone:
		t = lg.phone
	case kEmail:
		t = lg.email
	case kAddr:
		t = lg.addr
	case kCard:
		t = lg.card
	case kIBAN:
		t = lg.iban
	case kCNID:
		t = lg.cnid
	}
	if len(t) == 0 {
		return langs["en"].templates(kind)
	}
	return t
}

// Field names in the styles services use, English; localized ones come
// from the language.
var keyNames = map[string][]string{
	kName:  L("name|fullName|full_name|customerName|customer_name|buyerName|recipientName|recipient|holderName|account_holder_name|cardholder|billingName|shipToName|contactName|displayName|consignee|receiverName|receiver_name|FullName|addressee|payerName|beneficiary_name|attn|clientName|deliveryContact|nameOnCard"),
	kPhone: L("phone|phoneNumber|phone_number|mobile|mobileNo|mobile_number|msisdn|tel|telephone|contactNumber|contact_no|cell|cellPhone|whatsapp|whatsappNumber|PhoneNumber|recipientPhone|shipping_phone|callbackNumber|sms_to|notify_phone|MSISDN|customerMobile|billing_phone"),
	kEmail: L("email|emailAddress|email_address|mail|userEmail|customer_email|contactEmail|Email|login|username|receipt_email|billingEmail|notifyTo|replyTo|buyer_email|payer_email|EmailAddress|recipientMail"),
	kAddr:  L("address|address1|addressLine1|address_line_1|line1|street|street1|streetAddress|shippingAddress|deliveryAddress|billing_address|addr|Address|ShipTo|ship_to|dropoff|destination_address|pickupAddress|fullAddress|AddressLine|shipping_street|delivery_addr"),
	kCard:  L("cardNumber|card_number|pan|PAN|ccNumber|cc_num|card_no|creditCard|CardNo|primaryAccountNumber|cardNum|payment_card|number|card|acct_number"),
	kIBAN:  L("iban|IBAN|ibanNumber|bankAccount|bank_account|account_iban|beneficiaryIban|payout_iban|Iban|refundIban|debtorAccount|creditor_iban"),
	kCNID:  L("idCard|id_card|idCardNo|id_number|identityNo|citizenId|certNo|cert_no|nationalId|IdCardNumber|residentId|sfzh|zjhm|id_no|身份证号"),
}

var credKeys = map[string][]string{
	"password":    L("password|passwd|pwd|pass|smtp_pass|db_pass|dbPassword|userPassword|adminPass|passphrase|Password|PASSWORD|mail_password|redisPass|newPassword|oldPassword|confirm_password|keystorePassword|passcode|DB_PASSWORD|loginPwd"),
	"apikey":      L("apiKey|api_key|apikey|x-api-key|X-API-KEY|client_secret|clientSecret|secret_key|secretKey|access_token|accessToken|refresh_token|auth_token|authToken|webhook_secret|signing_secret|app_secret|consumer_secret|private_token|token|secret|key_secret|STRIPE_SECRET_KEY|hmacKey|apiSecret|accessKeySecret|GITHUB_TOKEN|SLACK_BOT_TOKEN|SENDGRID_API_KEY"),
	"generic-key": L("apiKey|api_key|client_secret|secret_key|access_token|auth_token|webhook_secret|app_secret|consumer_secret|key_secret|TWILIO_AUTH_TOKEN|mpesa_passkey|encryption_key|master_key|apiSecret|hmac_secret|signingKey"),
	"conn":        L("DATABASE_URL|dsn|connectionString|ConnectionStrings__Default|mongo_uri|redisUrl|amqp_url|SQLALCHEMY_DATABASE_URI|jdbcUrl|smtp_url|broker_url|db_url|datasource"),
	"bearer":      L("Authorization|authorization|auth_header|Proxy-Authorization"),
	"jwt":         L("id_token|access_token|jwt|token|accessToken|idToken|x-auth-token"),
	"basic":       L("Authorization|authorization|Proxy-Authorization"),
	"pem":         L("private_key|privateKey|signing_key|ssh_key|tls.key|key_pem|jwtPrivateKey|GOOGLE_PRIVATE_KEY|deploy_key"),
	"cookie":      L("Cookie|cookie|cookies|Set-Cookie"),
	"aws":         L("aws_secret_access_key|AWS_SECRET_ACCESS_KEY|secretAccessKey|SecretAccessKey"),
}
