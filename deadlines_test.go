package vigil_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// A test's deadline of seconds or minutes is a safety net against a hang,
// and CI's machine may be ten times slower than the one it was written
// on: it goes through internal/await (await.Until, await.Within,
// await.After, await.Context), which scales it by
// VIGIL_TEST_TIMEOUT_SCALE. Deadlines of milliseconds stay as written:
// they bound a wait that must end by the deadline itself (an Add that
// blocks, a context that must expire), and a deadline of seconds that is
// the point of the test says so on its line: "a deadline kept as written".
func TestTestDeadlinesAreScaled(t *testing.T) {
	raw := regexp.MustCompile(`time\.After\(\s*(\d+\s*\*\s*)?time\.(Second|Minute|Hour)\s*\)|` +
		`context\.WithTimeout\(\s*context\.Background\(\),\s*(\d+\s*\*\s*)?time\.(Second|Minute|Hour)\s*\)`)
	var bad []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			if raw.MatchString(line) && !strings.Contains(line, "a deadline kept as written") {
				bad = append(bad, path+":"+strconv.Itoa(i+1)+": "+strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bad {
		t.Errorf("an unscaled deadline (use internal/await): %s", b)
	}
}
