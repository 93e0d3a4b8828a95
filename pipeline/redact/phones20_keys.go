package redact

import "github.com/vigilops/vigil/event"

// The number of an SMS. A list's or a gateway's record of an SMS names its
// number by the message's direction or purpose, not by a phone word:
// "sms_optout" (the number that replied STOP), "sms_subscriber", and
// Twilio's status callback writes the recipient as a bare "To" beside the
// message's "MessageSid" and "MessageStatus". The tails below end keys
// whose values are phone numbers; a bare "to" or "from" is a phone's in a
// record about SMS (phoneKeyByContext), in a pair's name
// ({"key":"to","value":{"stringValue":…}}, OTLP attributes) and in a
// structured event's top-level fields as in text.

// phoneTails20 end more keys whose values are SMS numbers (joined to
// phoneTails by phoneTailSet, keys.go).
var phoneTails20 = []string{"smsoptout", "smsoptin", "smsoptouts", "smsunsubscribe", "smsunsubscribed",
	"smssubscriber", "smsrecipient", "smsphone", "smsmobile", "smsmsisdn", "smsdestination", "optoutnumber",
	"optoutphone", "stopnumber"}

// smsRecordWords name an SMS record in a text or an event: the words
// phoneKeyByContext reads, and the keys of Twilio's status callbacks.
var smsRecordWords = []string{"sms", "SMS", "Sms", "twilio", "Twilio", "whatsapp", "WhatsApp", "infobip",
	"MessagingService", "MessageSid", "SmsSid", "SmsStatus", "MessageStatus", "message_sid", "messageSid"}

// smsRecipientField20 reports a top-level field "to" or "from" of an event
// about SMS whose value is made of a phone number's characters: another
// field's key or text value names an SMS record (smsRecordWords).
func smsRecipientField20(path string, fs []event.Field, k int) bool {
	if !smsRecipientPath20(path) {
		return false
	}
	v := &fs[k].Value
	if v.Kind != event.String || !phoneChars20(v.Str, 6, 15) {
		return false
	}
	for j := range fs {
		if j == k {
			continue
		}
		if containsAnyOf(fs[j].Path, smsRecordWords) || fs[j].Value.Kind == event.String && len(fs[j].Value.Str) <= 64 && containsAnyOf(fs[j].Value.Str, smsRecordWords[:9]) {
			return true
		}
	}
	return false
}

// smsRecipientPath20 reports a path smsRecipientField20 may read: a
// top-level "to" or "from".
func smsRecipientPath20(path string) bool {
	switch path {
	case "to", "To", "TO", "from", "From", "FROM":
		return true
	}
	return false
}

// phoneChars20 reports a value made of digits and a phone number's
// separators only (a leading '+', spaces, dashes, dots, slashes,
// brackets), with lo to hi digits.
func phoneChars20(v string, lo, hi int) bool {
	d := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			d++
		case c == '+' && i == 0:
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return d >= lo && d <= hi
}
