package redact

import (
	"strings"
	"testing"
)

// Class: "申请人" / "申請人" (the applicant of a request) labels a person's
// name as "收件人" does; a company applicant stays.
func TestClassCJK20ApplicantLabel(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, name string }{
		{"个人信息查阅请求 dsr-2026-000001\n申请人：郑晓明\n提交时间：2026-12-01", "郑晓明"},
		{"申請人：陳大文\n電話：+852 9123 4567", "陳大文"},
	} {
		out := r.String(c.in)
		if strings.Contains(out, c.name) || !strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("want the applicant's name redacted: %q", out)
		}
	}
	chat18Keep(t, r, "申请人：深圳市测试科技有限公司\n申请号：2026123456")
}

// Class: a trigger word glued to one to three more Han characters that a
// colon closes is the start of a longer key ("联系人数" is the number of
// contacts), so what follows the trigger is not taken as a name.
func TestClassCJK20GluedLongerKey(t *testing.T) {
	r := newDamageRedactor(t)
	chat18Keep(t, r, "联系人数：3", "收件人数：5", "申请人数：12", "收货人数=7")
}
