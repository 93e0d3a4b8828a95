package redact

// Passwords people choose, bound to a statement. PostgreSQL's `DETAIL:
// parameters: $1 = '…', …` line names no column, so a bound value is read
// by its shape, and only in a list that holds other PII of the same row
// (pgParamSpans): a random key there was read, a password a person chose
// was not. Two shapes of those are no id's, slug's or version's:
//
//   - a diceware passphrase of two or three words and a number,
//     "chocolat-dragon-729", "istanbul-futbol-955" (a slug of the same
//     shape, "blue-widget-42", is a product's handle; in the bound row of a
//     buyer's record beside a phone, an e-mail or a name it is the buyer's
//     password);
//   - a capitalised word, a separator, digits and two or three capitals,
//     "Monkey.86BH", "Bolacha.27DE";
//
// and the positional shapes of lone.go (a word with a year and a symbol,
// "Winter1974#"; a word and a tail of digits and symbols).

// boundPassword reports a bound value shaped as a password a person chose.
func boundPassword(v string) bool {
	if len(v) < 8 || len(v) > 40 {
		return false
	}
	return dicewarePhrase(v) || wordDigitsCaps(v) || humanPassword(v) || wordAndTail(v)
}

// dicewarePhrase matches two or three lower-case words of four to ten
// letters and two to four digits, joined by '-': "kozak-winter-121".
func dicewarePhrase(v string) bool {
	words, i := 0, 0
	for {
		b := i
		for i < len(v) && v[i] >= 'a' && v[i] <= 'z' {
			i++
		}
		if i-b < 4 || i-b > 10 || i >= len(v) || v[i] != '-' {
			return false
		}
		words++
		i++
		if i < len(v) && isDigit(v[i]) {
			break
		}
	}
	d := i
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	return words >= 2 && words <= 3 && i == len(v) && i-d >= 2 && i-d <= 4
}

// wordDigitsCaps matches a capitalised word of four to ten letters, '.',
// '_' or '-', two to four digits and two or three capitals: "Monkey.86BH".
func wordDigitsCaps(v string) bool {
	if !isUpper(v[0]) {
		return false
	}
	i := 1
	for i < len(v) && v[i] >= 'a' && v[i] <= 'z' {
		i++
	}
	if i < 4 || i > 10 || i >= len(v) || v[i] != '.' && v[i] != '_' && v[i] != '-' {
		return false
	}
	i++
	d := i
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	if i-d < 2 || i-d > 4 {
		return false
	}
	c := i
	for i < len(v) && isUpper(v[i]) {
		i++
	}
	return i == len(v) && i-c >= 2 && i-c <= 3
}
