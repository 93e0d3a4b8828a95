package redact

import "testing"

// Structured log shapes of other stacks (x29): pairs whose key is a value
// of its own (YAML name/value lists, CEF custom fields and their labels,
// .NET's "[Key, Value]" exception data), LEEF 2.0's declared delimiter,
// and JSON escapes in raw text. Every value is
// made up. Cases are checked by checkIDs21: kept, gone, twice equals once.

// Class: a YAML list of name/value pairs (a Kubernetes env list) reads
// each value by the name before it; the name itself is kept.
func TestX29YAMLPairs(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "containers:\n  env:\n  - name: REDIS_PASSWORD\n    value: 'Qv7!mRt2_zLp'\n  - name: LOG_LEVEL\n    value: debug\n",
			gone: []string{"Qv7!mRt2_zLp"}, keep: []string{"REDIS_PASSWORD", "LOG_LEVEL", "debug"}},
		{in: "env:\n- name: LOGIN_OTP\n  value: \"604172\"\n- name: BUILD_NUMBER\n  value: \"604173\"\n",
			gone: []string{"604172"}, keep: []string{"LOGIN_OTP", "604173"}},
		{in: "env:\n- name: BUYER_ADDRESS\n  value: '742 Evergreen Terrace, Springfield'\n- name: CONTACT_NAME\n  value: 'Odile Fakerson'\n",
			gone: []string{"Evergreen Terrace", "Odile Fakerson"}, keep: []string{"BUYER_ADDRESS", "CONTACT_NAME"}},
		// escaped line breaks, as in a JSON string
		{in: `{"msg":"env:\n- name: API_SECRET\n  value: 'k3Y-Zz91.Wq'\n- name: APP_VERSION\n  value: '4.1.7'"}`,
			gone: []string{"k3Y-Zz91.Wq"}, keep: []string{"API_SECRET", "4.1.7"}},
		// a name with no value line is left to the usual rules; a plain value stays
		{in: "- name: RELEASE_TAG\n  value: 'v2.3.19'\n", keep: []string{"RELEASE_TAG", "v2.3.19"}},
	})
}

// Class: a CEF custom field ("cs3=…") is read by the key its label gives
// ("cs3Label=…"), before or after it; the whole value up to the next key.
func TestX29CEFLabels(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "CEF:0|Fakesec|Gatekeeper|1.1|77|Login|5|cs1=Zq8#pLm2!x cs1Label=backupPassword cs2=v1.12.4 cs2Label=agentVersion act=allow",
			gone: []string{"Zq8#pLm2!x"}, keep: []string{"v1.12.4", "backupPassword"}},
		{in: "CEF:0|Fakesec|Gatekeeper|1.1|77|Login|5|cs4Label=mfaCode cs4=318204 cn1=318205 cn1Label=retries",
			gone: []string{"318204"}, keep: []string{"318205"}},
		{in: "CEF:0|Fakesec|Gatekeeper|1.1|77|Ship|5|cs2=17 Fake Lane, Testville cs2Label=deliveryAddress cs3=PKG-1234 cs3Label=sku",
			gone: []string{"17 Fake Lane"}, keep: []string{"PKG-1234"}},
	})
}

// Class: .NET's exception data, "[Key, Value]" pairs after "Data: ",
// each value read by its key up to the pair's closing bracket.
func TestX29BracketPairs(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "   Exception.Data: [RetryCount, 3] [SmtpPassword, Tq4@hh91-Lk] [OrderRef, 7310042]",
			gone: []string{"Tq4@hh91-Lk"}, keep: []string{"RetryCount", "7310042", "SmtpPassword"}},
		{in: "   Exception.Data: [ContactPerson, Fakename, Odile] [OtpCode, 552301] [Elapsed, 1042ms]",
			gone: []string{"552301", "Odile"}, keep: []string{"1042ms"}},
		// not a run of pairs: a list in prose
		{in: "matrix [Rows, 12] loaded", keep: []string{"Rows, 12"}},
	})
}

// Class: a LEEF 2.0 header's declared delimiter (the character or its
// hex code) ends a value: what follows it is the next attribute's.
func TestX29LEEFDelimiter(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "LEEF:2.0|Fakesec|Gatekeeper|2.4|Login|^|usrName=ops^password=Hx9$kk2Lw^buildVersion=v3.0.1-rc.2^dstPort=5432",
			gone: []string{"Hx9$kk2Lw"}, keep: []string{"v3.0.1-rc.2", "5432"}},
		{in: "LEEF:2.0|Fakesec|Gatekeeper|2.4|Login|x5E|authCode=704411^elapsed=12.5s^phone=+44 7700 900123",
			gone: []string{"704411", "7700 900123"}, keep: []string{"12.5s"}},
		{in: "LEEF:2.0|Fakesec|Gatekeeper|2.4|Login|0x7c|secret=Pq7-Lm2.Zx9|traceHint=ab12cd34ef",
			gone: []string{"Pq7-Lm2.Zx9"}, keep: []string{"ab12cd34ef"}},
	})
}

// Class: a JSON escape ("\t", "\n") in raw text separates: the value after
// it stands on its own, an e-mail's local part starts after it.
func TestX29EscapeSeparator(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: `{"message":"sku\tid_no\nFK-221\t11010519491231002X\tjane.fake@example.org`,
			gone: []string{"11010519491231002X", "jane.fake@example.org"}, keep: []string{"FK-221", `\t`}},
		{in: `{"message":"a\tb\nrow\tDE89370400440532013000\t7"`, gone: []string{"DE89370400440532013000"}},
	})
}
