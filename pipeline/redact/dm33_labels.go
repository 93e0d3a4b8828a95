package redact

import (
	"strings"
	"unicode/utf8"
)

// A Chinese key word glued to what is said about it. "地址" (address),
// "手机号" (phone number), "密码" (password) open a value when a colon, a
// space or the value itself follows them; glued to a word of checking or
// failing ("地址校验失败", "手机号格式错误", "密码已过期") they are the
// subject of an error message, as "address validation failed" is, and no
// value follows.

// dm33CJKStatusWords start such a predicate (simplified and traditional).
var dm33CJKStatusWords = []string{"校验", "校驗", "验证", "驗證", "检验", "檢驗", "检查", "檢查", "错误", "錯誤", "有误", "有誤",
	"失败", "失敗", "无效", "無效", "异常", "異常", "格式", "不正确", "不正確", "不存在", "不完整", "不全", "不能", "不可",
	"不合法", "非法", "为空", "為空", "缺失", "已过期", "已過期", "过期", "過期", "已失效", "解析", "匹配", "超长", "超長",
	"过长", "過長", "长度", "長度", "重复", "重複", "已修改", "已更新", "已变更", "已變更", "修改失败", "更新失败"}

// dm33CJKStatusAt reports such a word right at k, after a trigger.
func dm33CJKStatusAt(s string, k int) bool {
	if k >= len(s) || s[k] < 0xE4 || s[k] > 0xE9 {
		return false
	}
	for _, w := range dm33CJKStatusWords {
		if strings.HasPrefix(s[k:], w) {
			return true
		}
	}
	return false
}

// A Japanese postcode in brackets with a word of English after it, "(〒015-6548
// depot)", "(〒150-0002 hub)", is a depot's or a warehouse's note, no
// address: an address after the postal mark goes on with a place, in
// Japanese or capitalised ("〒100-0001, Tokyo").

// dm33PostcodeNote reports lower-case ASCII words from k (after the
// postcode) that a closing bracket ends within a few words.
func dm33PostcodeNote(s string, k int) bool {
	e := k
	for e < len(s) && e-k <= 24 && (s[e] >= 'a' && s[e] <= 'z' || s[e] == ' ' && e > k) {
		e++
	}
	if e == k || e >= len(s) || s[e-1] == ' ' {
		return false
	}
	if s[e] == ')' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[e:])
	return r == '）'
}

// Portuguese "send to" before an address ("enviar para 109b, …"), as the
// Spanish "enviar a" is read: what follows must begin as an address. A
// turn's label no longer reads past its line (dm33_turns.go), so the
// address after it is read for what it is.
func init() {
	for _, w := range []string{"enviar para ", "envie para ", "enviem para ", "mandar para "} {
		addressEvents[w] = true
		addressPhrases = append(addressPhrases, w)
	}
	addrIndex = newPhraseIndex(addressPhrases)
}
