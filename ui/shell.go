// Package ui holds veininfo's Fyne screens: the header bar, one file per
// tab, and the region dialog. It never imports fyne.io/fyne/v2/app, so that
// every screen can be tested with Fyne's test driver.
package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"golang.org/x/text/language"

	"veininfo/internal/content"
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
}

// Shell is the main window's content: the header bar over the tabs. A
// region or language change rebuilds it in place, on the same tab and the
// same topics, so every string, date and list switches at once.
type Shell struct {
	win    fyne.Window
	reader Reader

	header   *header
	tabs     *container.AppTabs
	tab      int                        // selected tab, kept across rebuilds
	selected map[content.Section]string // topic shown in each tab
	glossary string                     // term shown in the glossary
}

// NewShell builds the shell and shows it in win.
func NewShell(win fyne.Window, reader Reader) *Shell {
	s := &Shell{win: win, reader: reader, selected: map[content.Section]string{}}
	s.build()
	return s
}

// Tabs is the tab container, for tests and for keyboard focus.
func (s *Shell) Tabs() *container.AppTabs { return s.tabs }

func (s *Shell) build() {
	loc := s.reader.Localizer()
	s.win.SetTitle(loc.T("AppName"))
	s.header = newHeader(s.win, s.reader, s.rebuild)
	s.tabs = container.NewAppTabs(
		container.NewTabItem(loc.T("TabWelcome"), newWelcomeTab(s.reader).content),
		container.NewTabItem(loc.T("TabDisease"), s.topicsTab(content.Disease, s.reader.Pack().Section(content.Disease), nil)),
		container.NewTabItem(loc.T("TabTreatment"), s.topicsTab(content.Treatment, s.reader.Pack().Section(content.Treatment), nil)),
		container.NewTabItem(loc.T("TabProducts"), newProductsTab(s).content),
		container.NewTabItem(loc.T("TabGlossary"), newGlossaryTab(s.reader, s.glossary, s.onTermSelected).content),
	)
	s.tabs.SelectIndex(s.tab)
	s.tabs.OnSelected = s.onTabSelected
	s.win.SetContent(container.NewBorder(s.header.content, nil, nil, nil, s.tabs))
}

func (s *Shell) topicsTab(sec content.Section, topics []content.Topic, notice fyne.CanvasObject) fyne.CanvasObject {
	return newTopicsTab(s.reader.Localizer(), topics, s.selected[sec], notice, func(id string) {
		s.selected[sec] = id
	}).content
}

// rebuild redraws everything in the reader's current region and language.
func (s *Shell) rebuild() { s.build() }

func (s *Shell) onTabSelected(*container.TabItem) { s.tab = s.tabs.SelectedIndex() }

func (s *Shell) onTermSelected(id string) { s.glossary = id }
