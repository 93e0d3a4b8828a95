package redact

import "strings"

// People under keys that say what part they play in a screening, a
// referral or a redemption, not that they hold a name: a sanctions screen
// logs the "applicant" and whom they "matched" on a list, a referral its
// "referee" and "referrer", an invitation its "invitee"; and a bare "name"
// whose parent is a person: Segment's and other analytics tools'
// "traits.name", a workflow's "redeemed_by.name" or "approved_by.name", a
// marketplace's "seller.name" (a person selling on their own account as
// often as a shop). Such keys hold an e-mail, a URL, a count or a flag as
// well ("referrer=https://…", "matched=12"), so they are read as role keys
// are (roleName): only a value shaped like a person's name is taken.

// personRoles15 are the last parts of normalised keys that hold a person by
// their part in a screening, a referral or an invitation.
var personRoles15 = newTailSet([]string{
	"applicant", "coapplicant", "matched", "referee", "referrer", "referredperson", "invitee", "inviter",
	"redeemer", "guarantor", "cosigner", "nominee", "beneficialowner",
	// the same parts in the languages sellers' systems are written in
	"antragsteller", "solicitante", "demandeur", "richiedente", "aanvrager", "wnioskodawca", "basvuran", "başvuran",
	"заявитель", "pemohon", "申请人", "申請人", "申請者", "신청인", "ผู้สมัคร", "مقدمالطلب",
})

// personParents15 are parents of a bare "name" that are people.
var personParents15 = newTailSet([]string{
	"traits", "usertraits", "seller", "applicant", "referee", "referrer", "invitee", "inviter", "redeemer",
	"matched", "guarantor", "beneficialowner",
})

// userKeys15 are whole keys of the user a report is about ("user: Given
// Family" in a crash report's header): a login or an id as often, which
// roleName leaves.
var userKeys15 = setOf("user", "usuario", "utilisateur", "benutzer", "utente", "gebruiker", "użytkownik",
	"uzytkownik", "kullanıcı", "kullanici", "пользователь", "ユーザー", "用户", "사용자", "ผู้ใช้")

// personKey15 reports a normalised key that holds a person by the part
// they play, or a "name" under such a part ("giftcardredeemedbyname").
func personKey15(k string) bool {
	if endsWithAny(k, personRoles15) || userKeys15[k] {
		return true
	}
	if before, ok := strings.CutSuffix(k, "name"); ok && len(before) >= 5 {
		return byParticiple(before) || endsWithAny(before, personParents15)
	}
	return false
}

// parentNamePath15 reports a field path that ends in a bare "name" under a
// parent that is a person ("segment.traits.name", "giftcard.redeemed_by.name").
func parentNamePath15(path string) bool {
	var buf [48]byte
	nk := nameParent(buf[:0], path, 5, 36)
	return nk != nil && personKey15(string(nk)+"name")
}
