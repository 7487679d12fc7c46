//go:build windows

package handout

import (
	"context"
	"fmt"
	"unsafe"

	"golang.org/x/sys/windows"
)

// The Windows print spooler (winspool.drv), called directly: the job goes
// to the printer's queue as it is, with no program opened and no dialog
// (the "print" verb of the PDF reader would open the reader, and Edge,
// Windows' own reader, has no silent print). The spooler passes a RAW job
// unchanged to the printer, so the printer must take PDF itself, as most
// networked office printers do (PDF direct print, IPP Everywhere);
// docs/deploy.md says so. Under Wine the spooler hands RAW jobs to CUPS,
// which converts them: that is how this path can be tried on Linux.
var (
	winspool             = windows.NewLazySystemDLL("winspool.drv")
	procGetDefault       = winspool.NewProc("GetDefaultPrinterW")
	procOpenPrinter      = winspool.NewProc("OpenPrinterW")
	procClosePrinter     = winspool.NewProc("ClosePrinter")
	procStartDocPrinter  = winspool.NewProc("StartDocPrinterW")
	procEndDocPrinter    = winspool.NewProc("EndDocPrinter")
	procStartPagePrinter = winspool.NewProc("StartPagePrinter")
	procEndPagePrinter   = winspool.NewProc("EndPagePrinter")
	procWritePrinter     = winspool.NewProc("WritePrinter")
)

// docInfo1 is the spooler's DOC_INFO_1.
type docInfo1 struct {
	docName, outputFile, datatype *uint16
}

func printPDF(ctx context.Context, pdf []byte, printer string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := winspool.Load(); err != nil {
		return fmt.Errorf("%w: the print spooler cannot be loaded: %v", ErrNoPrinter, err)
	}
	if printer == "" {
		name, err := defaultPrinter()
		if err != nil {
			return err
		}
		printer = name
	}
	name, err := windows.UTF16PtrFromString(printer)
	if err != nil {
		return fmt.Errorf("%w: printer name %q: %v", ErrNoPrinter, printer, err)
	}
	var h windows.Handle
	if r, _, err := procOpenPrinter.Call(uintptr(unsafe.Pointer(name)), uintptr(unsafe.Pointer(&h)), 0); r == 0 {
		return fmt.Errorf("%w: printer %q: %v", ErrNoPrinter, printer, err)
	}
	defer procClosePrinter.Call(uintptr(h))
	return spool(h, printer, pdf)
}

// spool writes one RAW job of one "page": the spooler counts pages only
// for what it renders itself; the printer reads the PDF's own pages.
func spool(h windows.Handle, printer string, pdf []byte) error {
	title, _ := windows.UTF16PtrFromString(JobTitle)
	raw, _ := windows.UTF16PtrFromString("RAW")
	info := docInfo1{docName: title, datatype: raw}
	if r, _, err := procStartDocPrinter.Call(uintptr(h), 1, uintptr(unsafe.Pointer(&info))); r == 0 {
		return fmt.Errorf("%w: printer %q refused the job: %v", ErrNoPrinter, printer, err)
	}
	defer procEndDocPrinter.Call(uintptr(h))
	if r, _, err := procStartPagePrinter.Call(uintptr(h)); r == 0 {
		return fmt.Errorf("print to %q: %v", printer, err)
	}
	defer procEndPagePrinter.Call(uintptr(h))
	for len(pdf) > 0 {
		var written uint32
		r, _, err := procWritePrinter.Call(uintptr(h), uintptr(unsafe.Pointer(&pdf[0])), uintptr(len(pdf)), uintptr(unsafe.Pointer(&written)))
		if r == 0 || written == 0 {
			return fmt.Errorf("print to %q: %v", printer, err)
		}
		pdf = pdf[written:]
	}
	return nil
}

// defaultPrinter is the user's default printer's name.
func defaultPrinter() (string, error) {
	var n uint32
	procGetDefault.Call(0, uintptr(unsafe.Pointer(&n)))
	if n == 0 {
		return "", fmt.Errorf("%w: no default printer is set", ErrNoPrinter)
	}
	buf := make([]uint16, n)
	if r, _, err := procGetDefault.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&n))); r == 0 {
		return "", fmt.Errorf("%w: no default printer: %v", ErrNoPrinter, err)
	}
	return windows.UTF16ToString(buf), nil
}
