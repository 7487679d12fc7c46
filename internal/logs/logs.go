// Package logs owns where the app's log goes: standard error on Linux and
// macOS (journald or the session's log keeps it), and on Windows, whose
// GUI program has no console, a file under %ProgramData%\veininfo\logs
// that is rotated before it grows past MaxSize. The log holds start-up,
// staff events and idle resets, never anything a patient typed.
package logs

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// MaxSize is how big a log file grows before it is rotated; Keep old files
// are kept (veininfo.log.1 is the newest of them).
const (
	MaxSize = 1 << 20
	Keep    = 3
)

// Start sends the standard logger where this system keeps the app's log
// and returns the file's path, or "" for standard error.
func Start() string {
	if runtime.GOOS != "windows" {
		return ""
	}
	dir := os.Getenv("ProgramData")
	if dir == "" {
		dir = `C:\ProgramData`
	}
	path := filepath.Join(dir, "veininfo", "logs", "veininfo.log")
	w, err := Open(path)
	if err != nil {
		log.Printf("logs: %v; logging to standard error", err)
		return ""
	}
	log.SetOutput(io.MultiWriter(w, os.Stderr))
	return path
}

// File is a log file that rotates itself.
type File struct {
	mu   sync.Mutex
	path string
	f    *os.File
	size int64
}

// Open opens (or creates) the log file at path, rotating it first when it
// is already full.
func Open(path string) (*File, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("log folder: %w", err)
	}
	l := &File{path: path}
	if info, err := os.Stat(path); err == nil && info.Size() >= MaxSize {
		rotate(path)
	}
	if err := l.open(); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *File) open() error {
	f, err := os.OpenFile(l.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return err
	}
	l.f, l.size = f, info.Size()
	return nil
}

// Write appends p, rotating first when p would take the file past MaxSize.
func (l *File) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.size+int64(len(p)) > MaxSize && l.size > 0 {
		l.f.Close()
		rotate(l.path)
		if err := l.open(); err != nil {
			return 0, err
		}
	}
	n, err := l.f.Write(p)
	l.size += int64(n)
	return n, err
}

// Close closes the file.
func (l *File) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.f.Close()
}

// rotate moves path to path.1, path.1 to path.2 and so on, dropping the
// oldest.
func rotate(path string) {
	os.Remove(fmt.Sprintf("%s.%d", path, Keep))
	for i := Keep - 1; i >= 1; i-- {
		os.Rename(fmt.Sprintf("%s.%d", path, i), fmt.Sprintf("%s.%d", path, i+1))
	}
	os.Rename(path, path+".1")
}
