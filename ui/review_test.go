package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The blocker and major findings of the accessibility review
// (shared/reviews/2026-11-27/a11y-usability.md), each with the test that
// shows it fixed. Tests elsewhere:
//
//	K1 tabs in the Tab order          TestKeyboardReachesTheHeaderAndTabs
//	K2 keys scroll the article        TestReadingKeysScrollTheText
//	K6 focus stays after A+/contrast  TestFocusStaysAfterTextSize (region: below)
//	T1, T2 header and tabs fit        TestHeaderFitsEveryScreenAndTextSize
//	T3, L2 Polish region dialog       TestRegionDialogsFitAtLargestText
//	T4, L2 syllable breaks in text    TestLongWordsBreakBetweenSyllables (lists: below)
//	T5, X2, U5 letters                TestGlossaryLetterIndexJumps
//	U1, L1 search quality             internal/content TestPatientQuestions
//	U4 words on every control         TestEveryButtonHasAWordLabel
//	X1 drag in an article             TestLinkTapAndDrag (lists and dialogs: below)

// K3: focus that moves onto something out of view brings it into view: a
// search result far down the list, a country at the bottom of the region
// chooser, a link below the fold.
func TestK3FocusBringsItIntoView(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	w.Resize(fyne.NewSize(1024, 600))
	c := w.Canvas()
	test.Type(s.search.entry, "vein")
	rows := s.search.list.rows
	if len(rows) < 10 {
		t.Fatalf("only %d results for vein", len(rows))
	}
	last := rows[len(rows)-1]
	c.Focus(last)
	if !inView(last, s.search.list.scroll) {
		t.Error("the focused last search result is out of view")
	}

	s.search.clear()
	test.Tap(s.header.regionBtn)
	var buttons []*labelledButton
	for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
		if b, ok := o.(*labelledButton); ok && b.host != nil {
			buttons = append(buttons, b)
		}
	}
	if len(buttons) < 20 {
		t.Fatalf("the region chooser has %d region buttons", len(buttons))
	}
	b := buttons[len(buttons)-1]
	if inView(b, b.host.scroll) {
		t.Fatal("at 600 px the last region should start out of view")
	}
	c.Focus(b)
	if !inView(b, b.host.scroll) {
		t.Errorf("the focused region %q is out of view", b.Text)
	}
	c.Overlays().Remove(c.Overlays().Top())

	s.Tabs().SelectIndex(2)
	s.viewers[2].(*topicsTab).list.Select(6) // After your procedure
	view := s.currentView()
	var links []*termLink
	for _, o := range test.LaidOutObjects(view) {
		if l, ok := o.(*termLink); ok {
			links = append(links, l)
		}
	}
	l := links[len(links)-1]
	c.Focus(l)
	if !inView(l, view) {
		t.Error("the focused last link of the topic is out of view")
	}
}

// inView reports whether o stands wholly inside the visible part of s.
func inView(o fyne.CanvasObject, s *swipeScroll) bool {
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s).Y
	return top >= 0 && top+o.Size().Height <= s.Size().Height+0.5
}

// K4: while search results cover the tab, nothing of the tab under them
// takes the focus.
func TestK4NothingUnderTheResultsTakesTheFocus(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	c := w.Canvas()
	test.Type(s.search.entry, "stent")
	for i := range 40 {
		test.FocusNext(c)
		f := c.Focused()
		if f == nil {
			continue
		}
		if !shownOn(w.Content(), f.(fyne.CanvasObject)) {
			t.Fatalf("Tab %d lands on %s, which the results hide", i+1, describe(f.(fyne.CanvasObject)))
		}
	}
}

// shownOn reports whether o is in root's tree with every object on the
// way visible.
func shownOn(root, o fyne.CanvasObject) bool {
	if root == o {
		return root.Visible()
	}
	if !root.Visible() {
		return false
	}
	var children []fyne.CanvasObject
	switch r := root.(type) {
	case *fyne.Container:
		children = r.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(r).Objects()
	}
	for _, c := range children {
		if shownOn(c, o) {
			return true
		}
	}
	return false
}

// K5, C1: the focus outline stands out at least 3:1 against the
// background and against a button's face, in both themes; links and the
// search field's text reach 4.5:1.
func TestC1FocusAndLinkContrast(t *testing.T) {
	s, _, _ := newTestShell(t, "US", "en", nil)
	for _, mode := range []string{"normal", "high contrast"} {
		if mode == "high contrast" {
			test.Tap(s.header.contrast)
		}
		th := fyne.CurrentApp().Settings().Theme()
		v := theme.VariantLight
		focus := th.Color(theme.ColorNameFocus, v)
		for _, against := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameButton, theme.ColorNameInputBackground} {
			if r := contrast(focus, th.Color(against, v)); r < 3 {
				t.Errorf("%s: focus outline on %s is %.2f:1, want 3:1", mode, against, r)
			}
		}
		if r := contrast(th.Color(theme.ColorNameHyperlink, v), th.Color(theme.ColorNameBackground, v)); r < 4.5 {
			t.Errorf("%s: link text is %.2f:1, want 4.5:1", mode, r)
		}
		if r := contrast(th.Color(theme.ColorNamePlaceHolder, v), th.Color(theme.ColorNameInputBackground, v)); r < 4.5 {
			t.Errorf("%s: placeholder text is %.2f:1, want 4.5:1", mode, r)
		}
	}
}

// C2: the search field's label stands beside it in body text and stays
// there while the reader types.
func TestC2SearchFieldKeepsItsLabel(t *testing.T) {
	s, _, _ := newTestShell(t, "DE", "de", nil)
	labelled := func() bool {
		for _, o := range test.LaidOutObjects(s.header.content) {
			if l, ok := o.(*widget.Label); ok && l.Text == "Suchen" && l.Visible() {
				return true
			}
		}
		return false
	}
	if !labelled() || s.search.entry.PlaceHolder != "" {
		t.Fatal("the search field should have a visible label, not a placeholder")
	}
	test.Type(s.search.entry, "stent")
	if !labelled() {
		t.Error("the label should stay while the reader types")
	}
}

// K6: after a region change made from the keyboard, the focus is back on
// the region button, not at the start of the page.
func TestK6FocusStaysAfterARegionChange(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	c := w.Canvas()
	k := &keys{t: t, c: c}
	c.Focus(s.header.regionBtn)
	k.press(fyne.KeyReturn)
	test.Tap(button(t, c, "Germany (Deutschland)"))
	test.Tap(button(t, c, "Change region"))
	if s.reader.Region().Code != "DE" {
		t.Fatal("the region did not change")
	}
	if c.Focused() != s.header.regionBtn {
		t.Errorf("after a region change the focus is on %T, want the region button", c.Focused())
	}
}

// K7: Tab goes from the section tabs to the topic list, then the topic;
// in the Glossary from the search field to the letters to the list, as
// they stand on the screen.
func TestK7TabFollowsTheScreenOrder(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	c := w.Canvas()
	s.Tabs().SelectIndex(2)
	c.Focus(s.tabs.buttons[len(s.tabs.buttons)-1])
	test.FocusNext(c)
	if _, ok := c.Focused().(*listRow); !ok {
		t.Errorf("Tab from the last section tab lands on %T, want the topic list", c.Focused())
	}
	// and forward from the list's end into the topic
	c.Focus(s.viewers[2].(*topicsTab).list.rows[len(s.viewers[2].(*topicsTab).list.rows)-1])
	test.FocusNext(c)
	if f, ok := c.Focused().(fyne.CanvasObject); !ok || !shownOn(s.currentView(), f) {
		t.Errorf("Tab from the last topic lands on %T, want a control in the topic (its Print button, then its links)", c.Focused())
	}

	s.Tabs().SelectIndex(4)
	c.Focus(s.tabs.buttons[4])
	var order []string
	for range 4 {
		test.FocusNext(c)
		switch f := c.Focused().(type) {
		case *focusEntry:
			order = append(order, "search")
		case *labelledButton:
			order = append(order, "letter "+f.Text)
		case *listRow:
			order = append(order, "row")
		}
	}
	if got := strings.Join(order, ", "); !strings.HasPrefix(got, "search, letter A, letter B") {
		t.Errorf("Tab in the Glossary goes %s", got)
	}
}

// T4, L2: a long German word in a topic list breaks between syllables,
// with a hyphen, never mid-syllable: "Abflussbehinde-rung", not
// "Abflussbehinderun|g".
func TestT4ListRowsBreakBetweenSyllables(t *testing.T) {
	s, w, _ := newTestShell(t, "DE", "de", nil)
	w.Resize(fyne.NewSize(1024, 768))
	s.SetStartTextSize(200)
	hyphenated := 0
	for _, tab := range []int{1, 2} {
		s.Tabs().SelectIndex(tab)
		for _, r := range s.viewers[tab].(*topicsTab).list.rows {
			block := test.WidgetRenderer(r).(*rowRenderer).label
			placed, _ := block.layout(block.Size().Width)
			lines := map[float32][]string{}
			var ys []float32
			for _, p := range placed {
				if _, ok := lines[p.pos.Y]; !ok {
					ys = append(ys, p.pos.Y)
				}
				lines[p.pos.Y] = append(lines[p.pos.Y], p.text)
			}
			for _, y := range ys[:len(ys)-1] {
				end := lines[y][len(lines[y])-1]
				if !strings.HasSuffix(end, "-") && !endsAWord(r.text, end) {
					t.Errorf("%q breaks after %q without a hyphen", r.text, end)
				}
				if strings.HasSuffix(end, "-") && !endsAWord(r.text, end) {
					hyphenated++
				}
			}
		}
	}
	if hyphenated == 0 {
		t.Error("no German topic title needed a break at 200 %: the test tests nothing")
	}
}

// endsAWord reports whether piece is the end of one of text's words: a
// whole word, or the rest of one broken on the line before.
func endsAWord(text, piece string) bool {
	for _, w := range strings.Fields(text) {
		if strings.HasSuffix(w, piece) {
			return true
		}
	}
	return false
}

// X1: a finger's drag scrolls the topic list, the search results, the
// glossary list and the region chooser, and a quick swipe carries on after
// the finger lets go.
func TestX1DragScrollsEveryList(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	w.Resize(fyne.NewSize(1024, 500))
	c := w.Canvas()
	drag := func(what string, row interface {
		Dragged(*fyne.DragEvent)
		DragEnd()
	}, scroll *swipeScroll) {
		t.Helper()
		before := scroll.Offset()
		for range 4 {
			row.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(0, -25)})
		}
		row.DragEnd()
		if scroll.Offset() <= before {
			t.Errorf("%s: a drag up does not scroll (offset %.0f)", what, scroll.Offset())
		}
	}
	s.SetStartTextSize(200)
	s.Tabs().SelectIndex(2)
	topics := s.viewers[2].(*topicsTab).list
	drag("topic list", topics.rows[0], topics.scroll)
	s.SetStartTextSize(100)

	test.Type(s.search.entry, "vein")
	drag("search results", s.search.list.rows[0], s.search.list.scroll)
	s.search.clear()

	s.Tabs().SelectIndex(4)
	drag("glossary list", s.terms.list.rows[0], s.terms.list.scroll)

	test.Tap(s.header.regionBtn)
	for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
		if b, ok := o.(*labelledButton); ok && b.host != nil {
			drag("region chooser", b, b.host.scroll)
			break
		}
	}
	c.Overlays().Remove(c.Overlays().Top())

	// momentum: a quick swipe goes on further than the finger moved
	s.Tabs().SelectIndex(2)
	view := s.currentView()
	clock := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	view.now = func() time.Time { return clock }
	for range 5 {
		clock = clock.Add(10 * time.Millisecond)
		view.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(0, -20)})
	}
	moved := view.Offset()
	view.DragEnd()
	if view.Offset() <= moved {
		t.Errorf("a quick swipe stops dead at %.0f", moved)
	}
}

// X3: the idle warning gives at least 20 seconds, whatever the kiosk is
// given, and has a large Continue reading button that keeps everything.
func TestX3IdleWarningGivesTimeAndAButton(t *testing.T) {
	f := newTestKiosk(t, "DE", "de", "2468")
	f.k.opts.Warning = 0
	f.k = NewKiosk(f.win, f.shell, KioskOptions{IdleTimeout: 90 * time.Second, Warning: 5 * time.Second, Now: f.clock.Now})
	c := f.win.Canvas()
	f.shell.Tabs().SelectIndex(2)
	f.clock.wait(f.k, 90*time.Second)
	if !overlayShows(c, "in 20 Sekunden") {
		t.Fatalf("a 5 s warning should be raised to 20 s: %q", texts(c))
	}
	var cont *labelledButton
	for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
		if b, ok := o.(*labelledButton); ok && b.Text == "Weiterlesen" {
			cont = b
		}
	}
	if cont == nil {
		t.Fatalf("no Continue reading button: %q", texts(c))
	}
	if size := cont.Size(); size.Height < 1.5*minTouch || size.Width < 4*minTouch {
		t.Errorf("the Continue reading button is %v: too small to find", size)
	}
	f.clock.wait(f.k, 19*time.Second)
	test.Tap(cont)
	if c.Overlays().Top() != nil || f.shell.Tabs().SelectedIndex() != 2 {
		t.Error("Continue reading should close the warning and keep the reader's place")
	}
}

// X4: the on-screen keyboard says what its keys do, clears the whole
// search, hides, and opens beside the search field without covering the
// results.
func TestX4TouchKeyboardKeys(t *testing.T) {
	f := newTestKiosk(t, "DE", "de", "2468")
	f.k.opts.Keyboard = true
	f.shell.touchKeyboard = true
	f.win.Resize(fyne.NewSize(1080, 1920))
	c := f.win.Canvas()
	c.Focus(f.shell.search.entry)
	for _, l := range []string{"s", "t", "e", "n", "t", "x"} {
		test.Tap(button2(t, f.shell.keyboardSlot, l))
	}
	test.Tap(button2(t, f.shell.keyboardSlot, "Löschen"))
	if got := f.shell.search.entry.Text; got != "stent" {
		t.Errorf("Löschen should delete the last letter: %q", got)
	}
	d := fyne.CurrentApp().Driver()
	field := d.AbsolutePositionForObject(f.shell.search.entry).Y + f.shell.search.entry.Size().Height
	keyboard := d.AbsolutePositionForObject(f.shell.keyboardSlot).Y
	if gap := keyboard - field; gap > 150 {
		t.Errorf("on a portrait screen the keyboard opens %.0f px below the search field", gap)
	}
	results := d.AbsolutePositionForObject(f.shell.search.panel).Y
	if results < keyboard+f.shell.keyboardSlot.Size().Height-1 {
		t.Error("the keyboard covers the results")
	}
	test.Tap(button2(t, f.shell.keyboardSlot, "Alles löschen"))
	if f.shell.search.entry.Text != "" || f.shell.search.panel.Visible() {
		t.Error("Alles löschen should empty the search and close the results")
	}
	test.Tap(button2(t, f.shell.keyboardSlot, "Tastatur ausblenden"))
	if f.shell.keyboard != nil {
		t.Error("Tastatur ausblenden should close the keyboard")
	}
}

// U2, U3: the results keep the tabs on screen and have Back and ×; a new
// search starts at the top; nothing found offers the glossary.
func TestU2U3SearchResults(t *testing.T) {
	s, w, _ := newTestShell(t, "PL", "pl", nil)
	w.Resize(fyne.NewSize(1024, 600))
	test.Type(s.search.entry, "zabieg")
	if !s.search.panel.Visible() || !shownOn(w.Content(), s.tabs.buttons[0]) {
		t.Fatal("the results should show with the tabs still on screen")
	}
	if !s.search.entry.ActionItem.Visible() {
		t.Error("a search with text should have its × button")
	}
	s.search.list.scroll.scrollTo(s.search.list.scroll.maxOffset())
	s.search.entry.SetText("po zabiegu")
	if s.search.list == nil || s.search.list.scroll.Offset() != 0 {
		t.Error("a new search should start at the top")
	}
	test.Tap(button2(t, s.search.panel, "Wróć"))
	if s.search.panel.Visible() || s.search.entry.Text != "" {
		t.Error("Wróć should close the results and empty the field")
	}
	test.Type(s.search.entry, "qqqq")
	test.Tap(button2(t, s.search.panel, "Sprawdź w słowniczku"))
	if s.Tabs().SelectedIndex() != glossaryTabIndex {
		t.Error("nothing found should offer the glossary")
	}
}

// A row that was bold (chosen) and took two lines gives the room back
// when another row is chosen: no gaps open in the list.
func TestListRowsFollowTheirText(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	w.Resize(fyne.NewSize(1024, 768))
	s.Tabs().SelectIndex(2)
	list := s.viewers[2].(*topicsTab).list
	list.Select(6)
	for _, r := range list.rows {
		if r.Size().Height != r.MinSize().Height {
			t.Errorf("%q is %.0f high for text that needs %.0f", r.text, r.Size().Height, r.MinSize().Height)
		}
	}
}
