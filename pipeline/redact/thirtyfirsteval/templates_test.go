package thirtyfirsteval

// Templates: «type» is a slot (PII or look-alike), «type#n» the same value
// again, «type|enc» an encoding other than the context's (j JSON string, jj
// JSON twice, u URL query, p URL path, x XML text, q quote-escaped, raw),
// «=type:text» a literal look-alike, ⟪…⟫ a base64 region.

type context struct {
	name string
	enc  string
}

type template struct {
	ctx, name, sit, lang, path, text string
}

var contexts = []*context{
	{"field", "raw"}, {"message", "raw"}, {"logcat", "raw"}, {"os_log", "raw"}, {"crash_report", "raw"},
	{"analytics_event", "j"}, {"deep_link", "u"}, {"push_payload", "j"}, {"sms_template", "j"},
	{"webview_console", "raw"}, {"model_dump", "raw"}, {"sdk_http", "raw"}, {"app_review", "raw"},
	{"flag_eval", "j"}, {"offline_replay", "u"},
}

func templatesOf(ctx string) []*template {
	var ts []*template
	for _, t := range templates {
		if t.ctx == ctx {
			ts = append(ts, t)
		}
	}
	return ts
}

var templates = []*template{
	// ---------------- field: structured event fields ----------------
	{"field", "identify_traits", "account", "en", "", "user.traits.name=«name»\nuser.traits.email=«email»\nuser.traits.phone=«phone»\ndevice.model=«device_model»\nos.build=«os_build»\napp.version=«app_build»\nlabels.install_id=«install_id»"},
	{"field", "checkout_form_state", "payment", "en", "", "form.cardholder=«name»\nform.card_number=«card»\nform.exp=«=date:08/29»\nform.amount=«amount»\nform.billing_line1=«addr»\norder.id=«order_amazon»\nevent.duration_ms=«=duration:1834»"},
	{"field", "push_delivery", "delivery", "en", "", "push.token=«push_token»\npush.title=«given», your parcel is out for delivery\npush.tracking=«track_ups»\nrecipient.phone=«phone»\ncampaign.id=«campaign_id»\nscreen.name=«screen_name»"},
	{"field", "refund_payout", "refund", "de", "", "refund.iban=«iban»\nrefund.holder=«name»\nrefund.betrag=«amount»\nrefund.order=«order_shopify»\nhttp.response.status_code=«http_status»\nhost.name=«hostname»"},
	{"field", "kyc_profile", "account", "zh", "", "buyer.real_name=«name»\nbuyer.id_number=«cnid»\nbuyer.mobile=«phone»\norder.number=«native_order»\nclient.user_agent=ShopApp/«version» («device_model»; «os_build»)"},
	{"field", "session_auth", "incident", "en", "", "http.request.headers.authorization=Bearer «jwt»\nsession.user_email=«email»\nerror.message=token refresh failed with «http_status» after «duration»\nurl.domain=«hostname»\nclient.ip=«ip»\nuser.id=«uuid»"},
	{"field", "return_pickup", "return", "pt", "", "devolucao.endereco=«addr»\ndevolucao.contato=«given» «phone»\ndevolucao.pedido=«order_marketplace»\ndevolucao.sku=«sku»\ndevolucao.valor=«amount»\ndevolucao.motivo=Tamanho errado («quantity»)"},
	{"field", "sdk_config", "incident", "en", "", "sdk.dsn=https://«apikey»@o«=request_id:4504112».ingest.sentry.io/«=request_id:4506881»\nsdk.db_url=postgres://mobile:«dsnpw»@«hostname»:«port»/orders\nbuild.commit=«git_sha»\nsdk.release=«version»\ncontact.owner=«staff_role»"},

	// ---------------- message: plain log messages ----------------
	{"message", "order_synced", "order", "en", "message", "order «order_amazon» synced for «name» <«email»> from «device_model», total «amount» (took «duration»)"},
	{"message", "delivery_failed", "delivery", "en", "message", "Delivery attempt failed on «weekday»: courier could not reach «name» at «phone», parcel «track_s10» returned to «warehouse»"},
	{"message", "address_changed", "order", "en", "message", "Customer «name» changed the shipping address to «addr» for order «order_shopify»; rating «rating», ticket «ticket»"},
	{"message", "refund_bank", "refund", "es", "message", "Reembolso de «amount» para el pedido «order_marketplace» enviado a la cuenta «iban» de «name» (ticket «ticket»)"},
	{"message", "pagamento_recusado", "payment", "pt", "message", "Pagamento recusado para «name»: cartão «card» (status «http_status») no app «app_build»"},
	{"message", "id_verify", "account", "zh", "message", "实名认证失败: 收件人 «name» 身份证号 «cnid» 手机 «phone» 订单号 «native_order»"},
	{"message", "password_reset", "account", "de", "message", "Passwort für «email» zurückgesetzt, neues Passwort: «pwd» (Gerät «device_model», «locale»)"},
	{"message", "otp_sent", "account", "ja", "message", "«name»様の認証コード «otp» を送信しました (端末 «device_model», «native_date»)"},

	// ---------------- logcat ----------------
	{"logcat", "checkout_vm", "payment", "en", "message", "12-08 00:01:02.345  4321  4398 D/CheckoutVM( 4321): submit card=«card» holder=«name» amount=«amount» sku=«sku» at «file_line»"},
	{"logcat", "okhttp_auth", "incident", "en", "message", "12-08 00:01:03.112  4321  4410 I/okhttp.OkHttpClient( 4321): Authorization: Bearer «bearer»\n12-08 00:01:03.113  4321  4410 I/okhttp.OkHttpClient( 4321): <-- «http_status» https://«hostname»/v2/orders/«order_amazon» («duration»)"},
	{"logcat", "fcm_receive", "delivery", "en", "message", "12-08 07:15:40.001  2210  2210 D/FcmService( 2210): onMessageReceived from=«fcm_token» title=Hi «given», your order «order_shopify» ships «weekday» phone=«phone»"},
	{"logcat", "address_form", "delivery", "id", "message", "W/AddressForm( 7788): validasi gagal untuk alamat '«addr»' penerima «name» kodepos «postcode_alone» [«thread_name»]"},
	{"logcat", "profile_sync", "account", "ru", "message", "I/ProfileSync( 9120): обновлён профиль «name» email=«email» тел. «phone» версия «version» («mem_addr»)"},
	{"logcat", "refund_iban", "refund", "de", "message", "D/RefundRepo(3141): Erstattung «amount» an IBAN «iban» Kontoinhaber «name» Bestellung «order_marketplace»"},
	{"logcat", "kyc_upload", "account", "zh", "message", "E/KycUploader(5050): 上传失败 身份证 «cnid» 姓名 «name» code=«http_status» «class_method»"},
	{"logcat", "otp_autofill", "account", "en", "message", "D/SmsRetriever( 6012): parsed message \"Your ShopMate verification code is «otp». Do not share it.\" for «phone»"},

	// ---------------- os_log / NSLog ----------------
	{"os_log", "cart_store", "order", "en", "message", "2026-12-08 00:02:11.482913+0100 ShopApp[812:33210] [CartStore] apply coupon «coupon» for «name» (email: «email») order «order_amazon» «amount»"},
	{"os_log", "apple_pay", "payment", "en", "message", "2026-12-08 00:02:12.001 ShopApp[812:33211] <Notice>: PKPayment authorized token=«apikey» card «card» billingContact=«name», «addr»"},
	{"os_log", "address_sheet", "delivery", "fr", "message", "2026-12-08 09:14:55.120 ShopApp[1204:88012] [Adresse] Livraison pour «name» au «addr», tél. «phone», suivi «track_s10»"},
	{"os_log", "login_failed", "incident", "en", "message", "2026-12-08 00:03:01.777 ShopApp[812:33240] [Auth] login failed for «email» password=«pwd» status=«http_status» thread=«thread_name»"},
	{"os_log", "refund_bank_ko", "refund", "ko", "message", "2026-12-08 11:20:33.219 ShopApp[777:1012] [환불] «name» 고객님 환불 계좌 «iban» 금액 «amount» «native_order»"},
	{"os_log", "kyc_cn", "account", "zh", "message", "2026-12-08 10:00:00.000 ShopApp[903:1] [KYC] 用户 «name» 证件号码 «cnid» 已提交, build «app_build»"},
	{"os_log", "swift_optional", "order", "en", "message", "2026-12-08 00:04:18.900 ShopApp[812:33260] OrderDetailViewController: recipient Optional(\"«name|q»\") phone Optional(\"«phone|q»\") order Optional(\"«order_shopify»\")"},

	// ---------------- crash_report ----------------
	{"crash_report", "sentry_json", "incident", "en", "error.stack_trace", "{\"event_id\":\"«trace_id»\",\"release\":\"shopapp@«version»\",\"user\":{\"id\":\"«uuid»\",\"email\":\"«email|j»\",\"username\":\"«name|j»\"},\"contexts\":{\"device\":{\"model\":\"«device_model»\"}},\"breadcrumbs\":[{\"category\":\"ui.input\",\"message\":\"phone field = «phone|j»\"}]}"},
	{"crash_report", "ios_crash", "incident", "en", "error.stack_trace", "Incident Identifier: «adid»\nHardware Model:      «device_model»\nVersion:             «app_build»\nException Type:  EXC_BAD_ACCESS (SIGSEGV) at «mem_addr»\nThread 0 Crashed:: Dispatch queue: «thread_name»\n0   ShopApp  «mem_addr»  AddressForm.validate(line1:) + 212 («file_line»)\nLast form state: name=«name» line1=«addr» card=«card»"},
	{"crash_report", "android_anr", "incident", "en", "error.stack_trace", "FATAL EXCEPTION: «thread_name»\nProcess: com.shopapp, PID: 4321\njava.lang.IllegalStateException: bad iban «iban» for payout holder «name»\n\tat «class_method»(«file_line»)\n\tat com.shopapp.payout.PayoutFragment.onClick(PayoutFragment.kt:88)"},
	{"crash_report", "crashlytics_keys", "payment", "en", "error.stack_trace", "Crashlytics - Custom keys: last_screen=«screen_name», cart_total=«amount», otp_input=«otp», user_phone=«phone», build=«app_build»\nLogs: 00:01 «event_name» for «given» («email»)"},
	{"crash_report", "flutter_error", "order", "es", "error.stack_trace", "══╡ EXCEPTION CAUGHT BY WIDGETS LIBRARY ╞══\nFormatException: documento inválido «cnid» para «name»\n#0      OrderBloc.submit («file_line»)\nEstado: {nombre: «name», direccion: «addr», pedido: «order_marketplace»}"},
	{"crash_report", "rn_redbox", "refund", "pt", "error.stack_trace", "TypeError: Cannot read property 'iban' of undefined\n  at RefundScreen (index.bundle:«=file_line:88123»:14)\nprops: {\"titular\":\"«name|j»\",\"iban\":\"«iban|j»\",\"telefone\":\"«phone|j»\",\"pedido\":\"«order_amazon»\"}"},
	{"crash_report", "breadcrumb_token", "incident", "de", "error.stack_trace", "Breadcrumbs:\n[«timestamp»] http POST https://«hostname»/v1/login «http_status»\n[«timestamp»] console: Token erneuert: «jwt»\n[«timestamp»] navigation «screen_name» -> CartFragment, Kunde «name»"},

	// ---------------- analytics_event: JSON one-liners ----------------
	{"analytics_event", "segment_identify", "account", "en", "event.original", "{\"type\":\"identify\",\"userId\":\"«uuid»\",\"traits\":{\"name\":\"«name»\",\"email\":\"«email»\",\"phone\":\"«phone»\",\"plan\":\"gold\"},\"context\":{\"device\":{\"model\":\"«device_model»\",\"advertisingId\":\"«adid»\"},\"locale\":\"«locale»\",\"timezone\":\"«timezone»\"}}"},
	{"analytics_event", "order_completed", "order", "en", "event.original", "{\"event\":\"«event_name»\",\"properties\":{\"order_id\":\"«order_amazon»\",\"revenue\":\"«amount»\",\"sku\":\"«sku»\",\"shipping_address\":\"«addr»\",\"coupon\":\"«coupon»\"},\"timestamp\":\"«timestamp»\"}"},
	{"analytics_event", "payment_info", "payment", "en", "event.original", "{\"event\":\"add_payment_info\",\"properties\":{\"card_last_used\":\"«card»\",\"cardholder\":\"«name»\",\"screen\":\"«screen_name»\",\"duration\":\"«duration»\"}}"},
	{"analytics_event", "screen_view_vi", "delivery", "vi", "event.original", "{\"event\":\"screen_view\",\"screen\":\"«screen_name»\",\"props\":{\"nguoi_nhan\":\"«name»\",\"dia_chi\":\"«addr»\",\"sdt\":\"«phone»\",\"ma_van_don\":\"«track_numeric»\"}}"},
	{"analytics_event", "refund_requested_tr", "refund", "tr", "event.original", "{\"event\":\"refund_requested\",\"properties\":{\"ad_soyad\":\"«name»\",\"iban\":\"«iban»\",\"tutar\":\"«amount»\",\"siparis\":\"«order_marketplace»\"}}"},
	{"analytics_event", "kyc_step", "account", "zh", "event.original", "{\"event\":\"kyc_step_done\",\"properties\":{\"姓名\":\"«name»\",\"身份证\":\"«cnid»\",\"订单\":\"«native_order»\",\"金额\":\"«native_amount»\"}}"},
	{"analytics_event", "debug_props", "incident", "en", "event.original", "{\"event\":\"api_error\",\"properties\":{\"endpoint\":\"https://«hostname»/v3/cart\",\"status\":«http_status»,\"api_key\":\"«apikey»\",\"request_id\":\"«request_id»\",\"user\":\"«given» «email»\"}}"},

	// ---------------- deep_link: URL-encoded query values ----------------
	{"deep_link", "universal_order", "order", "en", "url.full", "https://shop.example.app/o/«order_shopify|p»?utm_campaign=«campaign_id»&name=«name»&email=«email»&ref=push&ts=«epoch_ms»"},
	{"deep_link", "custom_scheme_addr", "delivery", "en", "url.full", "shopapp://address/confirm?line1=«addr»&phone=«phone»&tracking=«track_ups»&src=«screen_name»"},
	{"deep_link", "reset_link", "account", "en", "url.full", "https://links.shopmate.app/reset?email=«email»&token=«jwt»&lang=«locale»&exp=«epoch_ms_luhn»"},
	{"deep_link", "pay_link_br", "payment", "pt", "url.full", "https://pay.loja.app/checkout?titular=«name»&cartao=«card»&valor=«amount»&pedido=«order_marketplace»&v=«version»"},
	{"deep_link", "refund_link_de", "refund", "de", "url.full", "shopapp://refund?kontoinhaber=«name»&iban=«iban»&betrag=«amount»&bestellung=«order_amazon»"},
	{"deep_link", "kyc_link_cn", "account", "zh", "url.full", "https://m.shop.cn/kyc?xingming=«name»&shenfenzheng=«cnid»&shouji=«phone»&order=«native_order»"},
	{"deep_link", "otp_magic_link", "account", "en", "url.full", "https://shop.example.app/login/verify?code=«otp»&phone=«phone»&install=«install_id»&build=«app_build»"},

	// ---------------- push_payload: APNs / FCM JSON ----------------
	{"push_payload", "apns_shipped", "delivery", "en", "http.request.body.content", "{\"aps\":{\"alert\":{\"title\":\"Good news, «given»!\",\"body\":\"Order «order_amazon» is on its way to «addr». Track: «track_ups»\"},\"badge\":1},\"device_token\":\"«push_token»\"}"},
	{"push_payload", "fcm_nested_data", "order", "en", "http.request.body.content", "{\"message\":{\"token\":\"«fcm_token»\",\"data\":{\"payload\":\"{\\\"buyer\\\":\\\"«name|jj»\\\",\\\"email\\\":\\\"«email|jj»\\\",\\\"order\\\":\\\"«order_shopify»\\\"}\"},\"notification\":{\"title\":\"«event_name»\"}}}"},
	{"push_payload", "fcm_pt_payment", "payment", "pt", "http.request.body.content", "{\"message\":{\"notification\":{\"title\":\"Pagamento aprovado\",\"body\":\"Olá «given», o pagamento de «amount» com o cartão «card» foi aprovado.\"},\"android\":{\"priority\":\"high\"}}}"},
	{"push_payload", "apns_ja_delivery", "delivery", "ja", "http.request.body.content", "{\"aps\":{\"alert\":{\"title\":\"«name»様\",\"body\":\"ご注文の商品を«native_date»にお届けします。お届け先: «addr» 電話: «phone»\"}}}"},
	{"push_payload", "fcm_refund_es", "refund", "es", "http.request.body.content", "{\"message\":{\"notification\":{\"title\":\"Reembolso enviado\",\"body\":\"«name», hemos enviado «amount» a tu cuenta «iban».\"},\"data\":{\"campaign\":\"«campaign_id»\"}}}"},
	{"push_payload", "jpush_cn_kyc", "account", "zh", "http.request.body.content", "{\"platform\":\"android\",\"notification\":{\"alert\":\"«name»您好, 身份证 «cnid» 审核未通过\"},\"options\":{\"apns_production\":true},\"cid\":\"«uuid»\"}"},
	{"push_payload", "fcm_otp_id", "account", "id", "http.request.body.content", "{\"message\":{\"notification\":{\"title\":\"Kode verifikasi\",\"body\":\"Kode OTP kamu «otp». Jangan berikan ke siapa pun, «given».\"},\"data\":{\"auth\":\"Bearer «bearer»\"}}}"},

	// ---------------- sms_template: SMS / WhatsApp template sends ----------------
	{"sms_template", "wa_order_confirmed", "order", "en", "message", "{\"messaging_product\":\"whatsapp\",\"to\":\"«phone»\",\"template\":{\"name\":\"order_confirmed\",\"language\":{\"code\":\"en\"},\"components\":[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"«name»\"},{\"type\":\"text\",\"text\":\"«order_amazon»\"},{\"type\":\"text\",\"text\":\"«amount»\"}]}]}}"},
	{"sms_template", "sms_delivery", "delivery", "en", "message", "{\"to\":\"«phone»\",\"from\":\"ShopMate\",\"body\":\"Hi «given», your parcel «track_s10» will arrive «weekday» at «addr». Reply STOP to opt out.\"}"},
	{"sms_template", "sms_otp", "account", "en", "message", "{\"to\":\"«phone»\",\"template_id\":\"otp_login_v2\",\"vars\":{\"code\":\"«otp#1»\",\"minutes\":\"10\"},\"rendered\":\"Your verification code is «otp#1» \"}"},
	{"sms_template", "wa_refund_pt", "refund", "pt", "message", "{\"template\":\"reembolso_pix\",\"vars\":[\"«name»\",\"«amount»\",\"«iban»\"],\"to\":\"«phone»\",\"locale\":\"pt_BR\"}"},
	{"sms_template", "sms_payment_fr", "payment", "fr", "message", "{\"to\":\"«phone»\",\"body\":\"Bonjour «name», votre paiement de «amount» par carte «card» a échoué. Ref «request_id»\"}"},
	{"sms_template", "sms_kyc_cn", "account", "zh", "message", "{\"sign\":\"商城\",\"template_code\":\"SMS_«=request_id:2049113»\",\"params\":{\"name\":\"«name»\",\"idcard\":\"«cnid»\"},\"phone\":\"«phone»\"}"},
	{"sms_template", "wa_review_ar", "review", "ar", "message", "{\"template\":\"review_request\",\"to\":\"«phone»\",\"vars\":[\"«name»\",\"«product_name»\"],\"email\":\"«email»\",\"reply\":\"«rating»\"}"},
	{"sms_template", "twilio_auth", "incident", "en", "message", "{\"event\":\"sms.send.failed\",\"account\":\"AC«=trace_id:8f3a7c21d0e94b5f9a6e1c2b3d4f5a6b»\",\"auth\":\"Basic «basic»\",\"to\":\"«phone»\",\"status\":«http_status»}"},

	// ---------------- webview_console ----------------
	{"webview_console", "chromium_console", "payment", "en", "message", "I/chromium( 5120): [INFO:CONSOLE(212)] \"checkout payload {\\\"card\\\":\\\"«card|jj»\\\",\\\"name\\\":\\\"«name|jj»\\\"}\", source: https://«hostname»/checkout.js (212)"},
	{"webview_console", "wk_console_addr", "delivery", "en", "message", "[WKWebView] console.log: Autofill filled address «addr» for «name» (ZIP «postcode_alone»), sku «sku»"},
	{"webview_console", "validation_echo", "order", "en", "message", "console.warn: invalid postcode for «addr» – expected 5 digits; phone «phone» accepted; form took «duration»"},
	{"webview_console", "localstorage_dump", "incident", "en", "message", "console.debug localStorage: auth_token=«jwt»; user_email=«email»; cart=«order_shopify»; ab=«flag_key»"},
	{"webview_console", "webview_iban_nl", "refund", "nl", "message", "[WebView] console.info: Terugbetaling «amount» naar rekening «iban» t.n.v. «name» (bestelling «order_marketplace»)"},
	{"webview_console", "webview_cnid", "account", "zh", "message", "[WebView] console.error: 实名信息校验失败 {name: '«name»', idNo: '«cnid»'} at «file_line»"},
	{"webview_console", "webview_pwd_es", "account", "es", "message", "[WebView] console.log: registro de «email» con contraseña «pwd» y teléfono «phone»"},

	// ---------------- model_dump: Kotlin / Swift / Dart / RN prints ----------------
	{"model_dump", "kotlin_data_class", "order", "en", "message", "D/OrderVM: Order(id=«order_amazon», buyer=User(name=«name», phone=«phone», email=«email»), total=«amount», createdAt=«epoch_ms»)"},
	{"model_dump", "swift_dump", "delivery", "en", "message", "▿ ShopKit.Address\n  - recipient: \"«name|q»\"\n  - line1: \"«addr|q»\"\n  - phone: Optional(\"«phone|q»\")\n  - orderID: \"«order_shopify»\""},
	{"model_dump", "dart_map", "payment", "en", "message", "flutter: {cardHolder: «name», cardNumber: «card», expiry: «=date:11/28», amount: «amount», sku: «sku»}"},
	{"model_dump", "rn_console_obj", "refund", "de", "message", "LOG  RefundForm { kontoinhaber: '«name»', iban: '«iban»', betrag: '«amount»', bestellung: '«order_marketplace»' }"},
	{"model_dump", "kotlin_kyc", "account", "zh", "message", "D/KycVM: KycInfo(realName=«name», idCard=«cnid», mobile=«phone», version=«version»)"},
	{"model_dump", "swift_credentials", "account", "en", "message", "Credentials(username: \"«email|q»\", password: \"«pwd|q»\", apiKey: \"«apikey»\", device: \"«device_model»\")"},
	{"model_dump", "kotlin_ru_profile", "account", "ru", "message", "D/Profile: Profile(fio=«name», adres=«addr», telefon=«phone», build=«app_build»)"},

	// ---------------- sdk_http: OkHttp / Alamofire dumps ----------------
	{"sdk_http", "okhttp_post_checkout", "payment", "en", "message", "--> POST https://«hostname»/v2/checkout\nContent-Type: application/json\nAuthorization: Bearer «bearer»\n{\"card\":{\"number\":\"«card|j»\",\"exp\":\"08/30\"},\"holder\":\"«name|j»\",\"amount\":\"«amount»\"}\n--> END POST (212-byte body)"},
	{"sdk_http", "alamofire_address", "delivery", "en", "message", "[Alamofire] Request: PUT https://«hostname»/v1/me/address\n[Body]: {\"recipient\":\"«name|j»\",\"line1\":\"«addr|j»\",\"phone\":\"«phone|j»\"}\n[Response]: «http_status» in «duration»"},
	{"sdk_http", "okhttp_form_login", "account", "en", "message", "--> POST https://«hostname»/oauth/token\nContent-Type: application/x-www-form-urlencoded\n\nusername=«email|u»&password=«pwd|u»&grant_type=password\n<-- «http_status» («duration»)"},
	{"sdk_http", "okhttp_refund_it", "refund", "it", "message", "<-- 200 https://«hostname»/v1/refunds/«order_amazon» («duration»)\n{\"intestatario\":\"«name|j»\",\"iban\":\"«iban|j»\",\"importo\":\"«amount»\"}"},
	{"sdk_http", "kyc_request_cn", "account", "zh", "message", "--> POST https://«hostname»/kyc\n{\"name\":\"«name|j»\",\"id_card\":\"«cnid|j»\",\"mobile\":\"«phone|j»\"}\n--> END POST"},
	{"sdk_http", "basic_auth_header", "incident", "en", "message", "--> GET https://«hostname»:«port»/partner/orders?since=«epoch_ms»\nAuthorization: Basic «basic»\nX-Request-Id: «request_id»\n<-- «http_status» («duration»)"},
	{"sdk_http", "ko_order_body", "order", "ko", "message", "<-- 200 https://«hostname»/v1/orders «duration»\n{\"주문번호\":\"«native_order»\",\"수령인\":\"«name|j»\",\"주소\":\"«addr|j»\",\"이메일\":\"«email|j»\"}"},

	// ---------------- app_review ----------------
	{"app_review", "play_review_en", "review", "en", "message", "Google Play review «rating» by «name» on «version»: \"Love «product_name» from «shop_name» but the app crashed twice on «weekday». Reach me at «email»\""},
	{"app_review", "appstore_review_en", "review", "en", "message", "App Store review (US) «rating» — «name»: \"Checkout failed with «quoted_error». Order «order_amazon» still charged «amount».\""},
	{"app_review", "review_reply_pt", "review", "pt", "message", "Resposta da loja para «name» («rating»): Olá «given», sentimos muito! Ligue para nós, seu pedido «order_marketplace» será reenviado para «addr»."},
	{"app_review", "review_card_es", "review", "es", "message", "Reseña «rating» de «name»: «=weekday:Lunes» me cobraron dos veces en la tarjeta «card», pedido «order_marketplace». Mi teléfono «phone»"},
	{"app_review", "review_iban_de", "review", "de", "message", "Bewertung «rating» von «name»: Rückerstattung nie angekommen, IBAN «iban», Bestellnummer «order_amazon», «staff_role» antwortet nicht."},
	{"app_review", "review_cn", "review", "zh", "message", "用户评价 «rating» «name»: 实名认证一直失败, 身份证 «cnid», 客服工单 «ticket»"},
	{"app_review", "review_leaked_pwd", "review", "en", "message", "Review «rating» by «given»: can't log in, my password is «pwd» and support («staff_role») keeps closing «ticket»"},

	// ---------------- flag_eval ----------------
	{"flag_eval", "ld_eval", "order", "en", "message", "{\"kind\":\"feature\",\"key\":\"«flag_key»\",\"value\":true,\"context\":{\"kind\":\"user\",\"key\":\"«uuid»\",\"name\":\"«name»\",\"email\":\"«email»\",\"country\":\"«locale»\"},\"version\":«=http_status:42»}"},
	{"flag_eval", "ab_assign", "payment", "en", "message", "{\"experiment\":\"«flag_key»\",\"variant\":\"B\",\"attributes\":{\"phone\":\"«phone»\",\"cardBin\":\"«card»\",\"appVersion\":\"«version»\"}}"},
	{"flag_eval", "unleash_kv", "delivery", "en", "message", "unleash: evaluated «flag_key»=on for userId=«install_id» properties={address=«addr|raw», carrier=«carrier»} in «duration»"},
	{"flag_eval", "growthbook_refund", "refund", "fr", "message", "{\"feature\":\"«flag_key»\",\"result\":\"remboursement_rapide\",\"attributes\":{\"titulaire\":\"«name»\",\"iban\":\"«iban»\",\"montant\":\"«amount»\"}}"},
	{"flag_eval", "flag_kyc_cn", "account", "zh", "message", "{\"flag\":\"«flag_key»\",\"on\":false,\"attrs\":{\"real_name\":\"«name»\",\"id_no\":\"«cnid»\",\"tz\":\"«timezone»\"}}"},
	{"flag_eval", "flag_sdk_key", "incident", "en", "message", "{\"msg\":\"flag client init failed\",\"sdkKey\":\"«apikey»\",\"status\":«http_status»,\"user\":{\"email\":\"«email»\",\"name\":\"«given»\"}}"},

	// ---------------- offline_replay ----------------
	{"offline_replay", "form_queue", "order", "en", "message", "replaying queued request 3/7 POST /v1/orders body=name=«name»&phone=«phone»&address=«addr»&sku=«sku»&qty=2&ts=«epoch_ms»"},
	{"offline_replay", "base64_queue", "payment", "en", "message", "OfflineQueue: replay id=«uuid» payload(base64)=⟪{\"card\":\"«card|j»\",\"holder\":\"«name|j»\",\"email\":\"«email|j»\",\"order\":\"«order_amazon»\"}⟫ attempts=3"},
	{"offline_replay", "json_in_json", "delivery", "en", "message", "{\"queue\":\"outbox\",\"item\":\"{\\\"recipient\\\":\\\"«name|jj»\\\",\\\"line1\\\":\\\"«addr|jj»\\\",\\\"tel\\\":\\\"«phone|jj»\\\"}\",\"created\":«epoch_ms»}"},
	{"offline_replay", "form_refund_pt", "refund", "pt", "message", "fila offline: reenviando POST /reembolsos corpo=titular=«name»&iban=«iban»&valor=«amount|u»&pedido=«order_marketplace»"},
	{"offline_replay", "form_kyc_cn", "account", "zh", "message", "离线队列重放 POST /kyc body=xingming=«name»&sfz=«cnid»&shouji=«phone»"},
	{"offline_replay", "form_login_replay", "account", "en", "message", "replaying queued login body=email=«email»&password=«pwd»&device=«device_model|u»&v=«app_build|u»"},
	{"offline_replay", "base64_token_de", "incident", "de", "message", "Warteschlange: Wiederholung ⟪{\"token\":\"«jwt»\",\"kunde\":\"«name|j»\",\"telefon\":\"«phone|j»\"}⟫ Versuch 2"},
}
