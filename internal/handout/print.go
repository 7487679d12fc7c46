package handout

import (
	"context"
	"errors"
	"sync"
	"time"
)

// ErrNoPrinter is the cause of a print that could not reach a printer: no
// print system (cupsd not running, lp missing), no such printer, no
// default printer, or a printer that is stopped or refuses jobs. The
// error that wraps it says which, for the log; a patient is told "ask at
// the desk".
var ErrNoPrinter = errors.New("no printer available")

// ErrRepeated is what Printer.Print says to the same handout again while
// it is being sent or just after: one tap, one copy.
var ErrRepeated = errors.New("this handout was sent to the printer a moment ago")

// JobTitle is the name a print job has in the printer's queue.
const JobTitle = "Vein Info handout"

// Print sends a PDF to a printer without a dialog: printer is the
// configured printer's name ("" for the system's default). On Linux (and
// other Unix systems) it goes to CUPS with lp; on Windows to the print
// spooler as a RAW job (see print_windows.go). It returns when the print
// system has taken the job.
func Print(ctx context.Context, pdf []byte, printer string) error {
	return printPDF(ctx, pdf, printer)
}

// DefaultGap is how long Printer refuses the same handout again.
const DefaultGap = 30 * time.Second

// Printer sends handouts to one printer, and refuses a handout that is
// being sent, or was sent less than Gap ago, so that repeated taps on
// Print give one copy. It is safe for use from several goroutines: the UI
// calls it off its own goroutine.
type Printer struct {
	Name string        // "" for the system's default printer
	Gap  time.Duration // 0: DefaultGap
	// Send sends a PDF; nil is Print. Tests put a fake here.
	Send func(ctx context.Context, pdf []byte, printer string) error
	// Now tells the time; nil is time.Now.
	Now func() time.Time

	mu   sync.Mutex
	sent map[string]time.Time // by Handout.Key: when the last job started
}

// NewPrinter is a Printer for the named printer ("" for the default).
func NewPrinter(name string) *Printer { return &Printer{Name: name} }

// Print sends pdf, the handout named key (Handout.Key), unless the same
// handout went less than Gap ago or is still going: then ErrRepeated and
// nothing is printed. A job that fails does not count, so the next tap
// tries again.
func (p *Printer) Print(ctx context.Context, key string, pdf []byte) error {
	if !p.claim(key) {
		return ErrRepeated
	}
	send := p.Send
	if send == nil {
		send = Print
	}
	err := send(ctx, pdf, p.Name)
	if err != nil {
		p.release(key)
	} else {
		p.mark(key)
	}
	return err
}

func (p *Printer) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Printer) gap() time.Duration {
	if p.Gap > 0 {
		return p.Gap
	}
	return DefaultGap
}

// claim records a job for key unless one is recent; a job still being
// sent counts as recent, however long it takes.
func (p *Printer) claim(key string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.sent == nil {
		p.sent = map[string]time.Time{}
	}
	now := p.now()
	if at, ok := p.sent[key]; ok && (at.IsZero() || now.Sub(at) < p.gap()) {
		return false
	}
	p.sent[key] = time.Time{} // being sent
	return true
}

func (p *Printer) mark(key string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sent[key] = p.now()
}

func (p *Printer) release(key string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.sent, key)
}
