package logs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFileRotates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "logs", "veininfo.log")
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(strings.Repeat("x", 1023) + "\n")
	for range 4*MaxSize/len(line) + 10 {
		if _, err := f.Write(line); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	for _, name := range []string{"veininfo.log", "veininfo.log.1", "veininfo.log.2", "veininfo.log.3"} {
		info, err := os.Stat(filepath.Join(filepath.Dir(path), name))
		if err != nil || info.Size() > MaxSize {
			t.Errorf("%s: %v, size %d", name, err, info.Size())
		}
	}
	if _, err := os.Stat(path + ".4"); err == nil {
		t.Error("more old files kept than Keep")
	}
}
