package ui

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/content"
	"veininfo/internal/handout"
)

// HandoutOptions say how a reader takes a topic home: the configuration's
// printing, printer, handout_url and clinic, and the app's version for the
// handout's footer.
type HandoutOptions struct {
	Printing bool             // Print is offered
	Printer  *handout.Printer // where Print sends the handout
	URL      string           // handout_url: a QR code to the clinic's copy of the page; "" for none
	Clinic   handout.Clinic
	Version  string
}

// SetHandouts sets how handouts are made and where they go.
func (s *Shell) SetHandouts(o HandoutOptions) {
	s.handouts = o
	s.rebuild()
}

// printTimeout is how long a print job may take to reach the print system.
const printTimeout = 30 * time.Second

// handoutReader is the reader a handout is for: their language, region
// and content, and the clinic.
func (s *Shell) handoutReader() handout.Reader {
	return handout.Reader{Loc: s.reader.Localizer(), Pack: s.reader.Pack(), Region: s.reader.Region().Code,
		Emergency: s.reader.EmergencyNumber(), Clinic: s.handouts.Clinic, Version: s.handouts.Version}
}

// handoutBar is the row under a topic's title, a reading path's or a
// glossary term's: Print, and on a laptop Save as PDF…, a line that says
// how it went, and where the clinic hosts its pages, a QR code to take the
// page away on a phone. In a kiosk there is no Save (a file dialog opens
// the computer's folders to any patient), and Print can be switched off.
func (s *Shell) handoutBar(make func(handout.Reader) handout.Handout) fyne.CanvasObject {
	loc := s.reader.Localizer()
	kiosk := s.onActivity != nil
	status := widget.NewLabel("")
	status.Wrapping = fyne.TextWrapWord
	status.Hide()
	say := func(text string) {
		if text == "" {
			status.Hide()
		} else {
			status.Show()
		}
		status.SetText(text)
	}
	said := func() string { return status.Text }
	var buttons []fyne.CanvasObject
	if s.handouts.Printing && s.handouts.Printer != nil {
		buttons = append(buttons, newLabelledButton(loc.T("HandoutPrint"), theme.DocumentPrintIcon(), loc.T("HandoutPrint"), func() {
			s.touch()
			s.printHandout(make(s.handoutReader()), say, said())
		}))
	}
	if !kiosk {
		buttons = append(buttons, newLabelledButton(loc.T("HandoutSave"), theme.DocumentSaveIcon(), loc.T("HandoutSave"), func() {
			s.saveHandout(make(s.handoutReader()), say)
		}))
	}
	if len(buttons) == 0 && s.handouts.URL == "" {
		return nil
	}
	row := &fyne.Container{Layout: flowLayout{canvas: s.win.Canvas(), leading: true}, Objects: buttons}
	parts := []fyne.CanvasObject{row, status}
	if s.handouts.URL != "" {
		h := make(s.handoutReader())
		if link := h.Link(s.handouts.URL); link != "" {
			if img, err := handout.QR(link, 256); err == nil {
				code := canvas.NewImageFromImage(img)
				code.FillMode, code.ScaleMode = canvas.ImageFillContain, canvas.ImageScalePixels
				size := 6 * theme.TextSize()
				code.SetMinSize(fyne.NewSize(size, size))
				scan := newTextBlock(wordsOf(loc.T("HandoutScan")), bodyStyle, "", nil, nil)
				parts = append(parts, container.NewBorder(nil, nil, code, nil, container.NewVBox(scan)))
			}
		}
	}
	return container.NewVBox(parts...)
}

// printHandout makes the handout and sends it to the printer, off Fyne's
// goroutine, saying how it went; a second tap on the same handout while
// it prints, or just after, prints nothing more.
func (s *Shell) printHandout(h handout.Handout, say func(string), before string) {
	loc := s.reader.Localizer()
	say(loc.T("HandoutPrinting"))
	printer := s.handouts.Printer
	s.background(func() {
		ctx, cancel := context.WithTimeout(context.Background(), printTimeout)
		defer cancel()
		pdf, err := h.PDF()
		if err == nil {
			err = printer.Print(ctx, h.Key(), pdf)
		}
		fyne.Do(func() {
			switch {
			case err == nil:
				say(loc.T("HandoutPrinted"))
			case errors.Is(err, handout.ErrRepeated):
				say(before) // what the first tap brought stands
			case errors.Is(err, handout.ErrNoPrinter):
				say(loc.T("HandoutNoPrinter"))
			default:
				say(loc.Format("HandoutFailed", map[string]any{"Error": err.Error()}))
			}
		})
	})
}

// background runs work off Fyne's goroutine; tests run it at once.
func (s *Shell) background(work func()) {
	if s.inline {
		work()
		return
	}
	go work()
}

// saveHandout asks where to save the handout, under its localized name.
func (s *Shell) saveHandout(h handout.Handout, say func(string)) {
	loc := s.reader.Localizer()
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			say(loc.Format("HandoutFailed", map[string]any{"Error": err.Error()}))
			return
		}
		if w == nil {
			return // cancelled
		}
		s.background(func() {
			pdf, err := h.PDF()
			if err == nil {
				_, err = w.Write(pdf)
			}
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			fyne.Do(func() {
				if err != nil {
					say(loc.Format("HandoutFailed", map[string]any{"Error": err.Error()}))
					return
				}
				say(loc.Format("HandoutSaved", map[string]any{"Path": w.URI().Path()}))
			})
		})
	}, s.win)
	d.SetFileName(h.FileName())
	d.Show()
}

// topicHandout is what a topic's bar prints.
func topicHandout(t content.Topic) func(handout.Reader) handout.Handout {
	return func(r handout.Reader) handout.Handout { return handout.ForTopic(r, t) }
}
