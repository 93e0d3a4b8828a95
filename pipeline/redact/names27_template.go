package redact

// A message template's placeholder that names nothing. Serilog's and
// MEL's templates name a value by its placeholder ({CustomerName}); a
// template built from a formatter's arguments names them by position
// ({Prop1}, {Arg0}, {0}), and the event logs each beside the rendering
// ("Prop1": "Given Family"). Such a placeholder's value is known PII of
// the event, redacted wherever it stands, when it reads as a person's name
// with evidence, as a positional argument does (argNameSpans27: argName,
// roleName, slotNameEvidence27); two such placeholders side by side whose
// values are one word each are read together ("{Prop1}, {Prop2}" rendered
// "Signe", "Jonsson"): a given name and a family name logged apart. A
// placeholder named for a thing ({WarehouseCity}, {Marketplace}) keeps
// its value.

// templateNames27 adds to ks the person's names among the values of
// tmpl's positional placeholders, aligned with rendered.
func templateNames27(tmpl, rendered string, ks *knownSet) {
	prev := ""
	alignTemplate(tmpl, rendered, func(name, value string) {
		if !positionalPlaceholder27(name) {
			prev = ""
			return
		}
		if templateName27(value) {
			ks.add(KindName, value)
			prev = ""
			return
		}
		if prev != "" && oneWord27(value) && templateName27(prev+" "+value) {
			ks.add(KindName, prev)
			ks.add(KindName, value)
			prev = ""
			return
		}
		prev = ""
		if oneWord27(value) {
			prev = value
		}
	})
}

// templateName27 reports a placeholder's value read as a person's name.
func templateName27(v string) bool {
	return len(v) >= 4 && len(v) <= 80 && argName(v) && roleName(v) && argEvidence27(v)
}

// oneWord27 reports a value of one word of letters (no space, digit or
// symbol).
func oneWord27(v string) bool {
	if v == "" || len(v) > 40 {
		return false
	}
	return nameWordEnd(v, 0) == len(v)
}

// positionalPlaceholder27 reports a placeholder named by position only:
// digits ("{0}"), or Prop, Arg, Param, Value, Item, P or A and digits
// ("{Prop1}", "{arg0}").
func positionalPlaceholder27(name string) bool {
	i := 0
	for i < len(name) && !isDigit(name[i]) {
		i++
	}
	if i == len(name) || i > 5 {
		return false
	}
	for j := i; j < len(name); j++ {
		if !isDigit(name[j]) {
			return false
		}
	}
	var buf [8]byte
	switch string(lower(buf[:0], name[:i])) {
	case "", "prop", "arg", "args", "param", "value", "item", "p", "a", "v":
		return true
	}
	return false
}
