//go:build !windows

package handout

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// printPDF hands the PDF to CUPS with lp, which reads it from standard
// input: no file is left behind, and no dialog is shown. CUPS converts
// the PDF for the printer (its filters), so any printer CUPS can drive
// will do. Before the job, lpstat tells whether the printer exists and is
// enabled: lp queues a job for a stopped printer without a word, and a
// patient would wait at the printer for nothing.
func printPDF(ctx context.Context, pdf []byte, printer string) error {
	if _, err := exec.LookPath("lp"); err != nil {
		return fmt.Errorf("%w: the lp command is missing (install CUPS: cups-client)", ErrNoPrinter)
	}
	if err := ready(ctx, printer); err != nil {
		return err
	}
	args := []string{"-t", JobTitle}
	if printer != "" {
		args = append(args, "-d", printer)
	}
	out, err := command(ctx, pdf, "lp", args...)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		return fmt.Errorf("%w: lp: %s", ErrNoPrinter, out)
	}
	return nil
}

// ready checks that the printer, or the default one, exists and is not
// stopped, by lpstat's word for it (in English: LANG=C).
func ready(ctx context.Context, printer string) error {
	if _, err := exec.LookPath("lpstat"); err != nil {
		return nil // lp alone will tell
	}
	if printer == "" {
		out, err := command(ctx, nil, "lpstat", "-d")
		_, name, ok := strings.Cut(out, "system default destination: ")
		if err != nil || !ok {
			return fmt.Errorf("%w: no default printer (lpstat -d: %s)", ErrNoPrinter, out)
		}
		printer = strings.TrimSpace(name)
	}
	out, err := command(ctx, nil, "lpstat", "-p", printer)
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case err != nil:
		return fmt.Errorf("%w: printer %q: %s", ErrNoPrinter, printer, out)
	case strings.Contains(out, "disabled"):
		return fmt.Errorf("%w: printer %q is stopped: %s", ErrNoPrinter, printer, out)
	}
	return nil
}

// command runs a CUPS command in the C locale, with stdin as its input,
// and gives its output (standard error after standard output) on one line.
func command(ctx context.Context, stdin []byte, name string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "LANG=C", "LC_ALL=C")
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	text := strings.Join(strings.Fields(out.String()), " ")
	if err != nil && text == "" {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			text = err.Error()
		} else {
			text = fmt.Sprintf("exit status %d", exit.ExitCode())
		}
	}
	return text, err
}
