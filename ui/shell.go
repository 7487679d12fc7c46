// Package ui holds veininfo's Fyne screens: the header bar, one file per
// tab, and the region dialog. It never imports fyne.io/fyne/v2/app, so that
// every screen can be tested with Fyne's test driver.
package ui

import (
	"log"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"

	"veininfo/internal/content"
	"veininfo/internal/handout"
	"veininfo/internal/l10n"
	"veininfo/internal/regions"
)

// Reader is what the screens need from the reader's session.
type Reader interface {
	Localizer() *l10n.Localizer
	LocalizerFor(language.Tag) *l10n.Localizer
	Pack() *content.Pack
	Products() []content.Topic
	Region() regions.Region
	Language() language.Tag
	Regions() []regions.Region
	LanguageAfter(regions.Region) language.Tag
	SetRegion(code string) error
	SetLanguage(language.Tag) error
	EmergencyNumber() string
}

// Shell is the main window's content: the header bar over the tabs. A
// region or language change rebuilds it in place, on the same tab and the
// same topics, so every string, date and list switches at once.
type Shell struct {
	win    fyne.Window
	reader Reader

	root    *fyne.Container // the window's content; build replaces what it holds
	header  *header
	tabs    *sectionTabs
	viewers []viewer     // what each tab shows, for the reading keys
	madeTab []bool       // whether each tab's content is made (when first shown)
	terms   *glossaryTab // nil until the glossary tab is shown
	notice  string       // message ID of a dismissable banner, "" for none
	search  *searchBox
	query   string // the header search's text, kept across rebuilds
	urgent  *urgentPanel
	paths   *pathPanel
	// handouts say how a topic is printed or saved (SetHandouts)
	handouts HandoutOptions
	inline   bool // tests: work that would run in the background runs at once
	// urgentOpen keeps the urgent-help topic open across rebuilds;
	// urgentNote is the clinic's line under the emergency number.
	urgentOpen bool
	// path and pathStep keep a start tile's reading path open across
	// rebuilds: the tile's id ("" for none) and the topic shown.
	path       string
	pathStep   int
	urgentNote map[string]string
	tab        int                        // selected tab, kept across rebuilds
	selected   map[content.Section]string // topic shown in each tab
	glossary   string                     // term shown in the glossary

	// What the reader sees the text with: a step of textSizes and the
	// high-contrast theme, and the step a reset returns to.
	textSize, startTextSize int
	contrast                bool

	// Kiosk mode sets these: onActivity hears every use of the app, and
	// onAdmin is called by the staff gesture on the app's name.
	onActivity func()
	onAdmin    func()
	onKey      func(*fyne.KeyEvent) bool // true when kiosk mode used the key
	onRune     func(rune)
	now        func() time.Time

	// touchKeyboard (kiosk mode) opens a keyboard on the screen when a
	// search field gets the focus, for screens without a keyboard.
	touchKeyboard bool
	keyboard      *touchKeyboard  // nil while closed
	staffPanel    bool            // laptop mode: Ctrl+Alt+A opens the staff panel
	keyboardSlot  *fyne.Container // where it shows, under the header

	setUp bool // NewShell's setup functions are running: build later
}

// NewShell builds the shell and shows it in win. The setup functions, if
// any, are called first, with the shell not yet built: what they set
// with the Shell's setters or NewKiosk (text size, handouts, kiosk mode
// and so on) is built once, at the end, rather than once for each, which
// would keep the window's first frame waiting.
func NewShell(win fyne.Window, reader Reader, setup ...func(*Shell)) *Shell {
	s := &Shell{win: win, reader: reader, selected: map[content.Section]string{}, now: time.Now,
		handouts: HandoutOptions{Printing: true, Printer: handout.NewPrinter("")}}
	win.Canvas().SetOnTypedKey(s.typedKey)
	win.Canvas().SetOnTypedRune(s.typedRune)
	for _, key := range sectionKeys {
		win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierControl}, s.sectionShortcut)
	}
	s.setUp = true
	for _, f := range setup {
		f(s)
	}
	s.setUp = false
	s.build()
	return s
}

// viewer is a tab's content as the reading keys see it: the text in view.
type viewer interface {
	currentView() *swipeScroll
}

// sectionKeys with Ctrl go to the sections: Ctrl+1 Welcome ... Ctrl+5
// Glossary.
var sectionKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5}

func (s *Shell) sectionShortcut(sc fyne.Shortcut) {
	if c, ok := sc.(*desktop.CustomShortcut); ok {
		if i := slices.Index(sectionKeys, c.KeyName); i >= 0 {
			s.goToSection(i)
		}
	}
}

// goToSection shows section i (Ctrl+1 to Ctrl+5) and puts the keyboard
// focus on its first control: the topic list, or the glossary's search.
func (s *Shell) goToSection(i int) {
	s.touch()
	s.search.hide()
	s.closeUrgentHelp()
	s.tabs.SelectIndex(i)
	c := s.win.Canvas()
	switch v := s.viewers[i].(type) {
	case *topicsTab:
		if v.list.selected >= 0 {
			c.Focus(v.list.rows[v.list.selected])
		}
	case *glossaryTab:
		c.Focus(v.search)
	default:
		c.Focus(s.tabs.buttons[i])
	}
}

// currentView is the text the reading keys scroll when no control takes
// them: the urgent-help topic, the search results, or the tab's text.
func (s *Shell) currentView() *swipeScroll {
	switch {
	case s.urgentOpen && s.urgent.view != nil:
		return s.urgent.view
	case s.path != "" && s.paths.view != nil:
		return s.paths.view
	case s.search.panel.Visible() && s.search.list != nil:
		return s.search.list.scroll
	case s.tab < len(s.viewers) && s.viewers[s.tab] != nil:
		return s.viewers[s.tab].currentView()
	}
	return nil
}

// entryFocused opens the on-screen keyboard for a search field, when kiosk
// mode asks for one.
func (s *Shell) entryFocused(e *focusEntry) {
	s.touch()
	if !s.touchKeyboard {
		return
	}
	if s.keyboard == nil {
		s.openKeyboard()
	}
	s.keyboard.target = e
}

func (s *Shell) openKeyboard() {
	s.keyboard = newTouchKeyboard(s.reader.Localizer(), s.reader.Pack().Alphabet(), s.closeKeyboard)
	// The keys' letters grow with the text up to 150 %: at 200 % the
	// keyboard would leave a small screen no room for the results.
	keys := newTheme(min(textSizes[s.textSize], 150), s.contrast)
	keys.touch = true
	s.keyboardSlot.Objects = []fyne.CanvasObject{container.NewThemeOverride(s.keyboard.content, keys)}
	s.header.setCompact(true)
	s.relayout()
}

// relayout lays the window out again after the header or the keyboard
// changed height.
func (s *Shell) relayout() {
	if c := s.win.Content(); c != nil {
		c.Refresh()
	}
}

func (s *Shell) closeKeyboard() {
	s.keyboard = nil
	s.keyboardSlot.Objects = nil
	s.header.setCompact(false)
	s.relayout()
}

// typedKey hears keys no widget took: Esc closes the top dialog or popup,
// or the search results or urgent help; the reading keys scroll the text
// in view.
func (s *Shell) typedKey(e *fyne.KeyEvent) {
	s.touch()
	if s.onKey != nil && s.onKey(e) {
		return
	}
	top := s.win.Canvas().Overlays().Top()
	switch {
	case e.Name == fyne.KeyEscape && top == nil && s.search.panel.Visible():
		s.search.clear()
	case e.Name == fyne.KeyEscape && top == nil && s.urgentOpen:
		s.closeUrgentHelp()
	case e.Name == fyne.KeyEscape && top == nil && s.path != "":
		s.closePath()
	case e.Name == fyne.KeyEscape:
		s.closeTop()
	case top == nil && scrollKeys[e.Name]:
		if v := s.currentView(); v != nil {
			v.typedKey(e)
		}
	}
}

func (s *Shell) typedRune(r rune) {
	s.touch()
	if s.onRune != nil {
		s.onRune(r)
	}
}

// closeTop closes the dialog or popup on top. A dialog closed this way
// changes nothing, as if cancelled.
func (s *Shell) closeTop() {
	overlays := s.win.Canvas().Overlays()
	if top := overlays.Top(); top != nil {
		overlays.Remove(top)
	}
}

// textSizes are the steps of the text-size control, in percent.
var textSizes = []int{100, 133, 167, 200}

// SetStartTextSize sets the text size (in percent) the app starts and
// resets with: the nearest step at or above it.
func (s *Shell) SetStartTextSize(percent int) {
	s.startTextSize = len(textSizes) - 1
	for i, size := range textSizes {
		if size >= percent {
			s.startTextSize = i
			break
		}
	}
	s.textSize = s.startTextSize
	s.applyTheme()
}

// applyTheme shows the text size and contrast chosen, and rebuilds so the
// header can take two rows for large text. The theme is set only when it
// changes: a new theme makes Fyne load its fonts again.
func (s *Shell) applyTheme() {
	settings := fyne.CurrentApp().Settings()
	want := newTheme(textSizes[s.textSize], s.contrast)
	want.touch = s.onActivity != nil // kiosk mode: a touch screen
	if settings.Theme() != fyne.Theme(want) {
		settings.SetTheme(want)
	}
	s.build()
}

func (s *Shell) smallerText() {
	s.textSize = max(0, s.textSize-1)
	s.keepFocus(s.applyTheme)
	s.touch()
}

func (s *Shell) largerText() {
	s.textSize = min(len(textSizes)-1, s.textSize+1)
	s.keepFocus(s.applyTheme)
	s.touch()
}

func (s *Shell) toggleContrast() {
	s.contrast = !s.contrast
	s.keepFocus(s.applyTheme)
	s.touch()
}

// keepFocus runs a rebuild and gives the focus back to the same control in
// the new header, so that a keyboard user can press A+ twice, or go on
// from the region they chose.
func (s *Shell) keepFocus(rebuild func()) {
	role := s.focusRole()
	rebuild()
	if o := s.controlFor(role); o != nil {
		s.win.Canvas().Focus(o)
	}
}

// focusRole names the header control or tab that has the focus.
func (s *Shell) focusRole() string {
	if s.header == nil {
		return ""
	}
	f := s.win.Canvas().Focused()
	for role, o := range s.focusables() {
		if o == f {
			return role
		}
	}
	return ""
}

func (s *Shell) controlFor(role string) fyne.Focusable {
	if role == "" {
		return nil
	}
	return s.focusables()[role]
}

// focusables are the header's controls and the tabs, by role.
func (s *Shell) focusables() map[string]fyne.Focusable {
	h := s.header
	m := map[string]fyne.Focusable{"urgent": h.urgent, "region": h.regionBtn, "search": s.search.entry, "contrast": h.contrast}
	if !h.smaller.Disabled() {
		m["smaller"] = h.smaller
	}
	if !h.larger.Disabled() {
		m["larger"] = h.larger
	}
	for i, b := range h.langs {
		m["lang"+itoa(i)] = b
	}
	for i, b := range s.tabs.buttons {
		m["tab"+itoa(i)] = b
	}
	return m
}

// Reset goes back to the first tab and topics, with the search emptied
// and every scroll at the top, in the reader's current region and language.
func (s *Shell) Reset() {
	s.tab, s.selected, s.glossary, s.query, s.keyboard = 0, map[content.Section]string{}, "", "", nil
	s.urgentOpen, s.path, s.pathStep = false, "", 0
	s.textSize, s.contrast = s.startTextSize, false
	s.applyTheme()
}

// ShowNotice shows a banner with the message id, in the reader's language,
// until the reader closes it.
func (s *Shell) ShowNotice(id string) {
	s.notice = id
	s.build()
}

func (s *Shell) banner() fyne.CanvasObject {
	loc := s.reader.Localizer()
	message := loc.T(s.notice)
	if s.staffPanel {
		message += " " + loc.T("StaffPanelHint")
	}
	text := widget.NewLabel(message)
	text.Wrapping = fyne.TextWrapWord
	closeBtn := widget.NewButton(loc.T("BannerDismiss"), s.dismissNotice)
	return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), closeBtn, text)
}

func (s *Shell) dismissNotice() {
	s.notice = ""
	s.build()
}

// touch reports a use of the app to kiosk mode.
func (s *Shell) touch() {
	if s.onActivity != nil {
		s.onActivity()
	}
}

// appName is the app's name in the header; in kiosk mode holding it down
// opens the staff panel.
func (s *Shell) appName() fyne.CanvasObject {
	name := s.reader.Localizer().T("AppName")
	if s.onAdmin == nil {
		return widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	return newLongPress(name, s.now, s.onAdmin)
}

// EnableStaffPanel lets staff open the staff panel in laptop mode with
// Ctrl+Alt+A: the same information as in kiosk mode, without the PIN and
// without the kiosk's controls.
func (s *Shell) EnableStaffPanel(info AdminInfo) {
	s.win.Canvas().AddShortcut(adminShortcut, func(fyne.Shortcut) {
		log.Print("laptop: staff panel opened")
		showAdminPanel(s.win, s.reader.Localizer(), info, nil, nil)
	})
	s.staffPanel = true
	s.build()
}

// Tabs is the tab container, for tests and for keyboard focus.
func (s *Shell) Tabs() *sectionTabs { return s.tabs }

// rebuild builds the shell again after a change of region or language,
// keeping the focus where it was.
func (s *Shell) rebuild() { s.keepFocus(s.build) }

func (s *Shell) build() {
	if s.setUp {
		return // NewShell builds once its setup is done
	}
	loc := s.reader.Localizer()
	s.win.SetTitle(loc.T("AppName"))
	s.search = newSearchBox(s)
	s.header = newHeader(s.win, s.reader, s.appName(), s.search.field(), s.rebuild, viewControls{
		smaller: s.smallerText, larger: s.largerText, contrast: s.toggleContrast, urgent: s.OpenUrgentHelp,
		smallest: s.textSize == 0, largest: s.textSize == len(textSizes)-1, contrastOn: s.contrast,
		now: func() time.Time { return s.now() },
	})
	s.urgent = newUrgentPanel(s)
	s.paths = newPathPanel(s)
	// A tab's content is made when the tab is first shown, so that starting
	// and switching region build only the tab in view.
	s.terms = nil
	items := make([]*container.TabItem, len(tabTitles))
	s.madeTab = make([]bool, len(tabTitles))
	s.viewers = make([]viewer, len(tabTitles))
	for i, id := range tabTitles {
		var tab fyne.CanvasObject = container.NewStack() // for now
		if i == s.tab {
			tab, s.madeTab[i] = s.tabContent(i), true
		}
		items[i] = container.NewTabItem(loc.T(id), container.NewStack(tab))
	}
	s.tabs = newSectionTabs(s.win, items...)
	s.tabs.overlays = []fyne.CanvasObject{s.search.panel, s.paths.panel, s.urgent.panel}
	s.tabs.show(s.tab) // drawn with the rest by s.show below
	s.tabs.OnSelected = s.onTabSelected
	top := s.header.content
	if s.notice != "" {
		top = container.NewVBox(top, s.banner())
	}
	s.keyboardSlot = container.NewStack()
	if s.keyboard != nil {
		s.openKeyboard() // in the new language
	}
	// The on-screen keyboard opens right under the header, next to the
	// search field it types into (on a portrait screen the bottom is a
	// long way from it), and pushes the results down rather than covering
	// them.
	top = container.NewVBox(top, s.keyboardSlot)
	// The header comes first among the objects, so that Tab reaches it
	// before the tab's content (container.NewBorder would put it last).
	var body fyne.CanvasObject = &fyne.Container{Layout: layout.NewBorderLayout(top, nil, nil, nil),
		Objects: []fyne.CanvasObject{top, s.tabs}}
	if s.onActivity != nil {
		body = container.NewStack(body, newActivityCatcher(s.touch))
	}
	s.show(body)
}

// show puts body in the window. The window's content is set once: Fyne's
// Window.SetContent throws away every text it has drawn and refreshes the
// whole window once more, which made each region switch draw all its text
// from scratch (docs/performance.md). Later builds swap what the root holds.
func (s *Shell) show(body fyne.CanvasObject) {
	if s.root == nil || s.win.Content() != s.root {
		s.root = container.NewStack(body)
		s.win.SetContent(s.root)
		return
	}
	// The focused control is about to leave the window: keepFocus gives the
	// focus to its successor in the new build.
	s.win.Canvas().Unfocus()
	s.root.Objects = []fyne.CanvasObject{body}
	body.Resize(s.root.Size()) // lays out the new build: it is all new
	canvas.Refresh(s.root)
}

// tabTitles are the message IDs of the tabs' names: a tab for each
// content.Section, then the glossary.
var tabTitles = []string{"TabWelcome", "TabDisease", "TabTreatment", "TabProducts", "TabGlossary"}

// tabContent makes the content of tab i.
func (s *Shell) tabContent(i int) fyne.CanvasObject {
	if i == glossaryTabIndex {
		s.terms = newGlossaryTab(s.win, s.reader, s.glossary, s.onTermSelected, s.touch, s.entryFocused, func(t content.Term) fyne.CanvasObject {
			return s.handoutBar(func(r handout.Reader) handout.Handout { return handout.ForTerm(r, t) })
		})
		s.viewers[i] = s.terms
		return s.terms.content
	}
	switch sec := content.Sections[i]; sec {
	case content.Welcome:
		w := newWelcomeTab(s.reader, s.articles(), s.startTiles)
		s.viewers[i] = w
		return w.content
	case content.Products:
		p := newProductsTab(s)
		s.viewers[i] = p.topics
		return p.content
	default:
		t := s.topicsTab(sec, s.reader.Pack().Section(sec), nil)
		s.viewers[i] = t
		return t.content
	}
}

func (s *Shell) topicsTab(sec content.Section, topics []content.Topic, notice fyne.CanvasObject) *topicsTab {
	return newTopicsTab(s.articles(), topics, s.selected[sec], notice, func(id string) {
		s.selected[sec] = id
		s.touch()
	})
}

// openGlossary shows the glossary with query in its search field.
func (s *Shell) openGlossary(query string) {
	s.tab, s.glossary = glossaryTabIndex, ""
	s.build()
	s.terms.search.SetText(query)
	s.win.Canvas().Focus(s.terms.search)
}

// openResult shows a search result: its topic in its tab, or its term in
// the glossary.
func (s *Shell) openResult(r content.Result) {
	if r.Section == "" {
		s.tab, s.glossary = glossaryTabIndex, r.ID
	} else {
		s.tab = slices.Index(content.Sections, r.Section)
		s.selected[r.Section] = r.ID
	}
	s.urgentOpen, s.path = false, ""
	s.build()
}

// glossaryTabIndex is the glossary's tab, after the sections' tabs.
var glossaryTabIndex = len(content.Sections)

// articles renders topics in the reader's language, with glossary terms
// that open their definition.
func (s *Shell) articles() articles {
	loc := s.reader.Localizer()
	return articles{loc: loc, glossary: s.reader.Pack().Glossary(), showTerm: s.showTerm, onScroll: s.touch,
		emergency: s.reader.EmergencyNumber(), urgentNote: urgentNoteFor(s.urgentNote, loc),
		figures: figures{loc: loc, pack: s.reader.Pack(), contrast: s.contrast, canvas: s.win.Canvas},
		handout: func(t content.Topic) fyne.CanvasObject { return s.handoutBar(topicHandout(t)) }}
}

func (s *Shell) showTerm(id string) {
	s.touch()
	showTermPopup(s.win.Canvas(), s.reader.Localizer(), s.reader.Pack().Glossary(), id)
}

func (s *Shell) onTabSelected(item *container.TabItem) {
	s.tab = s.tabs.SelectedIndex()
	s.search.hide()
	if s.urgentOpen {
		s.closeUrgentHelp()
	}
	if s.path != "" {
		s.closePath()
	}
	if !s.madeTab[s.tab] {
		slot := item.Content.(*fyne.Container)
		slot.Objects, s.madeTab[s.tab] = []fyne.CanvasObject{s.tabContent(s.tab)}, true
		slot.Refresh()
	}
	s.touch()
}

func (s *Shell) onTermSelected(id string) {
	s.glossary = id
	s.touch()
}
