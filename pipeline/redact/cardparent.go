package redact

// A key may say only how its value is held, not what it is: a card
// object's bare "number", Elasticsearch's query DSL
// ({"match":{"customer.email":{"query":"…"}}}, {"term":{"phone":{"value":"…"}}}),
// MongoDB's operators ({"email":{"$eq":"…"}}). The key of the object it
// sits in says what the value is, as pathClass reads an event's
// "card.number".

// wrapperKeys hold their parent field's value.
var wrapperKeys = map[string]bool{"query": true, "value": true, "$eq": true, "$ne": true, "eq": true, "$regex": true,
	"prefix": true, "wildcard": true, "match": true, "term": true, "$like": true, "like": true}

// parentKey returns the key of the object whose first key starts at ks
// (`"card":{"number"`, `card={number=`), or "".
func parentKey(s string, ks int) string {
	i := ks - 1
	// the key's own opening quote (and an operator's '$'), then the object's brace
	for i >= 0 && (s[i] == '"' || s[i] == '\'' || s[i] == '\\' || s[i] == ' ' || s[i] == '$') {
		i--
	}
	if i < 0 || s[i] != '{' && s[i] != '(' {
		return ""
	}
	return keyBeforeBracket(s, i) // the key written before the brace (phone_parent.go)
}

// cardParent reports a bare "number" key (or "no", "nr", "num") whose
// enclosing object is a card's.
func (sc *scanner) cardParent(ks int, nk []byte) bool {
	switch string(nk) {
	case "number", "no", "nr", "num":
	default:
		return false
	}
	p := parentKey(sc.s, ks)
	if p == "" {
		return false
	}
	var buf [64]byte
	pk := normKey(buf[:0], p)
	return keyClass(pk) == keyCardCtx
}

// wrappedValue reads the value of a wrapper key (see wrapperKeys) as its
// parent field's: it returns where scanning resumes, or 0 when the parent
// says nothing.
func (sc *scanner) wrappedValue(ks, k int, nk []byte) int {
	if !wrapperKeys[string(nk)] {
		return 0
	}
	p := parentKey(sc.s, ks)
	if p == "" {
		return 0
	}
	cls := pairClass(p)
	if cls == keyNone {
		return 0
	}
	return sc.classValue(cls, p, k)
}
