package redact

// personBefore23b are parts before "name" of keys that hold a person's
// name in security and privacy records: the victim of an incident
// ("victim_name", "victimName"), a fraud's suspect, the data subject of a
// privacy request, and a card form's "cc_name" (the cardholder as typed
// into a checkout: "cc_name", "cc_number", "cc_exp"; an e-mail's copied
// recipient, "cc_name", is a person too).
var personBefore23b = []string{"victim", "victims", "suspect", "complainant", "datasubject", "cc", "bcc"}
