package redact

import "strings"

// orderPath reports a field path that names an order's id: its last part
// names an order ("tts_order_id", "orderNumber"), or it is a bare "id"
// of an object that does ("tiktok.data.orders[].id"). Seventeen to
// nineteen digits there are an order id (TikTok Shop's), not a Maestro
// card of that length.
func orderPath(path string) bool {
	dot := strings.LastIndexByte(path, '.')
	seg := strings.ToLower(path[dot+1:])
	if orderWord(seg) {
		return true
	}
	if (seg == "id" || seg == "ids") && dot > 0 {
		parent := path[:dot]
		return orderWord(strings.ToLower(parent[strings.LastIndexByte(parent, '.')+1:]))
	}
	return false
}

// idRange is a value known to be an id by its column or key; order says
// the key names an order.
type idRange struct {
	a, b  int
	order bool
}

func newIDRange(a, b int, key string) idRange {
	return idRange{a, b, orderWord(strings.ToLower(key[strings.LastIndexByte(key, '.')+1:]))}
}

// dropPhonesIn removes the phone numbers found inside values known to be
// ids by their column or key (a GTIN, a tracking number under its header):
// the digits are the id. A number written as a phone unmistakably ("+CC",
// "(area)") stays a phone. Under an order's key, 17 to 19 digits are an
// order id, not a card.
func (sc *scanner) dropPhonesIn(ids []idRange) {
	if len(ids) == 0 {
		return
	}
	s := sc.s
	out := sc.spans[:0]
	for _, x := range sc.spans {
		drop := false
		for _, r := range ids {
			if x.start < r.a || x.end > r.b {
				continue
			}
			switch {
			case x.kind == KindPhone && s[r.a] != '+' && s[r.a] != '(':
				drop = true
			case x.kind == KindCard && r.order && r.b-r.a >= 17 && countDigits(s[r.a:r.b]) == r.b-r.a:
				drop = true // 17 to 19 digits under an order's key: an order id
			}
		}
		if !drop {
			out = append(out, x)
		}
	}
	sc.spans = out
}

// encodedBracketKey reads a bracketed key written URL-encoded before the
// '=' at i ("checkout%5Bshipping%5D%5Bawb%5D=…"): an id's key makes the
// digits after it an id, a phone's a phone, as the key decoded would. The
// decoded text is read too; this keeps the encoded one from reading the
// same digits otherwise.
func (sc *scanner) encodedBracketKey(i int) {
	s := sc.s
	w := s[max(0, i-96) : i-3]
	b := strings.LastIndex(w, "%5B")
	if lb := strings.LastIndex(w, "%5b"); lb > b {
		b = lb
	}
	if b < 0 {
		return
	}
	enc := w[b+3:]
	var buf [64]byte
	k := buf[:0]
	for p := 0; p < len(enc) && len(k) < len(buf); p++ {
		switch {
		case enc[p] == '%' && p+2 < len(enc) && isHex(enc[p+1]) && isHex(enc[p+2]):
			k = append(k, unhex(enc[p+1])<<4|unhex(enc[p+2]))
			p += 2
		case isWord(enc[p]) || enc[p] == '-' || enc[p] == '.':
			k = append(k, enc[p])
		default:
			return
		}
	}
	if len(k) == 0 {
		return
	}
	name := string(k)
	switch pairClass(name) {
	case keyID:
		sc.ctx = ctxID
		if orderWord(strings.ToLower(name)) {
			sc.ctx = ctxOrder
		}
	case keyPhone:
		sc.ctx = ctxPhone
	case keyCardCtx:
		sc.ctx = ctxCard
	}
}

// clipAtIDs cuts a span that runs from a value before into a value known
// to be an id ("…, București 021502, B0B0HJC6Z8)": an address read past its
// column's end): it ends where the id's piece begins, less the separator.
func (sc *scanner) clipAtIDs(ids []idRange) {
	if len(ids) == 0 {
		return
	}
	s := sc.s
	for i := range sc.spans {
		x := &sc.spans[i]
		for _, r := range ids {
			if x.start < r.a && x.end > r.a {
				e := r.a
				for e > x.start && (s[e-1] == ' ' || s[e-1] == ',') {
					e--
				}
				x.end = e
			}
		}
	}
}

// recordToString reports a bare "key" at ks that is a field of a
// messaging client's record printed by its toString or repr: Java Kafka's
// "ConsumerRecord(topic = …, key = …, value = …)", "ProducerRecord(topic=…,
// key=…)", "RecordHeader(key = …, value = …)", Kafka Connect's
// "ConnectRecord{topic='…', kafkaPartition=0, key=…}", Python's
// "ConsumerRecord(topic='…', key=b'…')". Such a key routes the record to a
// partition (an order's or a customer's id); it is not a secret. The
// innermost unclosed bracket before ks must follow a word ending in
// "Record", "RecordHeader" or "Header".
func recordToString(s string, ks int) bool {
	if ks == 0 || s[ks-1] != ' ' && s[ks-1] != '(' && s[ks-1] != '{' && s[ks-1] != ',' {
		return false // (a JSON key, "\"key\":", is no field of a toString)
	}
	if s[ks-1] == ' ' && offsetBefore(s, ks) {
		return true
	}
	depth := 0
	for p := ks - 1; p >= 0 && ks-p <= 1024; p-- {
		switch s[p] {
		case ')', ']', '}':
			depth++
		case '[':
			depth--
			if depth < 0 {
				return false
			}
		case '(', '{':
			depth--
			if depth >= 0 {
				continue
			}
			w := p
			for w > 0 && isAlpha(s[w-1]) {
				w--
			}
			name := s[w:p]
			return strings.HasSuffix(name, "Record") || strings.HasSuffix(name, "Header")
		case '\n':
			return false
		}
	}
	return false
}

// offsetBefore reports a record's coordinates earlier on the line of the
// word at ks: a consumer's or a CLI's one-line format ("Topic orders [3] at
// offset 493347: key 5734…:", "partition: 3, offset: 12, key: 5734…") puts
// the record key after its partition and offset.
func offsetBefore(s string, ks int) bool {
	st := max(0, ks-160)
	w := s[st:ks]
	if nl := strings.LastIndexByte(w, '\n'); nl >= 0 {
		w = w[nl+1:]
	}
	o := strings.LastIndex(w, "offset")
	if o < 0 {
		o = strings.LastIndex(w, "Offset")
	}
	if o < 0 || o > 0 && isAlpha(w[o-1]) {
		return false
	}
	// The offset's number, then the key: nothing but separators between.
	p := o + len("offset")
	for p < len(w) && (w[p] == ' ' || w[p] == ':' || w[p] == '=') {
		p++
	}
	q := p
	for q < len(w) && isDigit(w[q]) {
		q++
	}
	if q == p {
		return false
	}
	for ; q < len(w); q++ {
		if c := w[q]; c != ' ' && c != ':' && c != ',' && c != ';' && c != '|' {
			return false
		}
	}
	return true
}

// recordKeyDigits reports digits at i after the word "key" that follows a
// record's offset ("… at offset 493347: key 5734…: headers: …"): the
// record key, an entity's id, not a card or a phone.
func recordKeyDigits(s string, i int) bool {
	if i < 5 || s[i-1] != ' ' || s[i-2]|0x20 != 'y' || s[i-3]|0x20 != 'e' || s[i-4]|0x20 != 'k' || isWord(s[i-5]) {
		return false
	}
	return offsetBefore(s, i-4)
}
