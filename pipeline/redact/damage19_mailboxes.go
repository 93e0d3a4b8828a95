package redact

// A role mailbox is an address of a mail system or of a service, never of a
// person: the bounce sender "MAILER-DAEMON@mx1.…", "postmaster@…" (RFC
// 5321 §4.5.1 requires it of every mail domain), the other RFC 2142
// mailboxes (hostmaster, webmaster, abuse) and the unattended senders of
// notifications ("noreply@", "no-reply@", "donotreply@", "do_not_reply@").
// Bounce reports, DSNs, SMTP transcripts, list headers and calendar
// invitations carry them next to the buyer's address; they name the shop or
// its provider, so they are kept.

// roleMailbox reports a local part that is a role mailbox: one of the names
// above whatever its case and separators ('-', '_', '.'), alone or
// followed by a separator and a qualifier ("noreply-orders",
// "no-reply.de"). A sub-address ("noreply+…") is not one: VERP senders
// write the recipient's address there.
func roleMailbox(local string) bool {
	if len(local) < 5 || len(local) > 40 {
		return false
	}
	var b [40]byte
	n := 0
	for i := 0; i < len(local); i++ {
		c := local[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z':
		case c == '-' || c == '_' || c == '.':
			// a separator ends a role name only after a no-reply name
			if noReplyName(string(b[:n])) {
				return true
			}
			continue
		default:
			return false
		}
		b[n] = c
		n++
	}
	return roleMailboxNames[string(b[:n])]
}

// roleMailboxNames are the role mailboxes, their separators removed.
var roleMailboxNames = map[string]bool{
	"noreply": true, "donotreply": true, "dontreply": true,
	"postmaster": true, "mailerdaemon": true, "hostmaster": true, "webmaster": true, "abuse": true,
}

// noReplyName reports the names that take a qualifier after them
// ("noreply-orders"): the unattended senders.
func noReplyName(v string) bool {
	return v == "noreply" || v == "donotreply" || v == "dontreply"
}
