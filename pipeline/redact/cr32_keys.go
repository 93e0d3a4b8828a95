package redact

import "strings"

// One-time codes under a key in another language. A shop's systems name
// the field of a one-time code in the buyer's language as often as in
// English, and write the words of a phrase joined as a key's are:
//
//	{"رمز_التحقق":"971764"}, "認証コード": "…", %D0%BA%D0%BE%D0%B4=618583
//	["\xec\x9d\xb8\xec\xa6\x9d\xeb\xb2\x88\xed\x98\xb8"]=> string(6) "…"
//	… / mã_OTP 725835 / …, код=700423
//
// A key that is a "verification code" phrase of words (otpPhrases, run
// together or joined by '_', '-' or '.') or a CJK word for it is a
// credential's key, as "otp" and "verification_code" are; the phrase
// joined by '_' is also read as the phrase in text ("رمز_التحقق ８０５６９３").
// The bare word for "code" in another language ("код", "kod", "código",
// "코드", "コード") is read as English's bare "code" is (otp_code.go): its
// 4–8 digits only in a record that says they are a one-time code (a
// buyer's data beside it, no error or status).

// otpKeys32 are the otpPhrases and the CJK words for a verification code,
// as keyClass sees a key: lower case, without '_', '-', '.' and spaces.
var otpKeys32 = func() map[string]bool {
	m := setOf("인증번호", "인증코드", "验证码", "驗證碼", "校验码", "認証コード", "認証番号", "確認コード", "확인코드", "확인번호")
	for _, p := range otpPhrases {
		if strings.IndexByte(p, ' ') < 0 || p == "security code" {
			continue // one word ("bestätigungscode") is read as a phrase; a card's security code is keyCard's (cvv)
		}
		m[strings.ToLower(strings.NewReplacer(" ", "", "-", "").Replace(p))] = true
	}
	return m
}()

// otpKey32 reports a normalised key (see otpKeys32) that names a one-time
// code in another language.
func otpKey32(k string) bool { return len(k) >= 6 && otpKeys32[k] }

// codeKeys32 are the bare word for "code" as a key in the languages of
// the shops' buyers (English's is codeKeyTail's), normalised as keys are.
var codeKeys32 = setOf("код", "kod", "kode", "kód", "kodu", "kodas", "kods", "kood", "koodi", "kodi", "código",
	"codigo", "codice", "cod", "mã", "코드", "コード", "代码", "代碼", "رمز", "کد", "קוד", "कोड", "কোড", "รหัส")

// codeKey32 reports the bare word for "code" of another language as the
// key nk (normalised; high: it holds a byte beyond ASCII).
func codeKey32(nk []byte, high bool) bool {
	if len(nk) < 3 || len(nk) > 12 || !high && nk[0] != 'k' && nk[0] != 'c' {
		return false
	}
	return codeKeys32[bytesToString(nk)]
}

// joinedPhrases32 returns phrases with, after each phrase of words, the
// same words joined by '_' as a key's are ("رمز_التحقق", "mã_otp").
func joinedPhrases32(phrases []string) []string {
	out := append([]string(nil), phrases...)
	for _, p := range phrases {
		if strings.IndexByte(p, ' ') > 0 {
			j := strings.ReplaceAll(p, " ", "_")
			out = append(out, j)
			if strings.HasSuffix(j, "_otp") {
				out = append(out, j[:len(j)-3]+"OTP") // "mã_OTP": the abbreviation in capitals
			}
		}
	}
	return out
}

// otpCodeEnds32 reports a code's digits ended at e by a comma of another
// script ("код=700423、trace_id …", "…٤٥٦، …"), which ends a value as ','
// does.
func otpCodeEnds32(s string, e int) bool {
	return strings.HasPrefix(s[e:], "、") || strings.HasPrefix(s[e:], "，") || strings.HasPrefix(s[e:], "،") || strings.HasPrefix(s[e:], "；")
}

// keyedHeader32 finds a CSV header written as a log field's value on its
// line ("export rows=1 file=x.csv content=\ufeffhost\tport\totp…", the
// file's text after its key): the part after the '=' that ends the last
// key before the first separator, a byte-order mark skipped, when the next
// line has as many fields (three or more). It returns the part's offset in
// h and its separator, or 0.
func keyedHeader32(h, next string) (int, byte) {
	for _, sep := range []byte{'\t', ',', ';', '|'} {
		f := strings.IndexByte(h, sep)
		if f <= 0 {
			continue
		}
		c := strings.LastIndexByte(h[:f], '=')
		if c <= 0 || c+1 >= f || strings.IndexByte(h[c+1:f], ' ') >= 0 || !isWord(h[c-1]) {
			continue
		}
		c++
		if strings.HasPrefix(h[c:], "\ufeff") {
			c += len("\ufeff")
		}
		part := h[c:]
		if n := fieldCount(part, sep); n >= 3 && csvSep(part, next) == sep && fieldCount(next, sep) == n {
			return c, sep
		}
	}
	return 0, 0
}
