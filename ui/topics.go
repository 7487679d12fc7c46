package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/content"
)

// topicsTab lists a section's topics on the left and shows the chosen one
// on the right. The Disease, Treatment options and Products tabs are
// topics tabs.
type topicsTab struct {
	articles articles
	topics   []content.Topic
	list     *rowList
	article  *fyne.Container
	view     *swipeScroll // the topic shown
	notice   fyne.CanvasObject
	onChosen func(id string)
	content  fyne.CanvasObject
}

// newTopicsTab shows topics, starting on the one with id selected (or the
// first). notice, when given, stands at the top of every topic shown.
func newTopicsTab(a articles, topics []content.Topic, selected string, notice fyne.CanvasObject, onChosen func(string)) *topicsTab {
	t := &topicsTab{articles: a, topics: topics, onChosen: onChosen, article: container.NewStack(), notice: notice}
	titles := make([]string, len(topics))
	for i, tp := range topics {
		titles[i] = tp.Title
	}
	t.list = newRowList(titles, t.onSelected, a.onScroll)
	count := widget.NewLabel(a.loc.Plural("TopicCount", len(topics)))
	split := container.NewHSplit(container.NewBorder(count, nil, nil, nil, t.list.scroll), t.article)
	split.Offset = 0.3
	t.content = split
	if len(topics) > 0 {
		i := max(0, slices.IndexFunc(topics, func(tp content.Topic) bool { return tp.ID == selected }))
		t.list.Select(i)
	}
	return t
}

func (t *topicsTab) onSelected(i int) {
	topic := t.topics[i]
	t.view = t.articles.viewWith(topic, t.notice)
	t.article.Objects = []fyne.CanvasObject{t.view}
	t.article.Refresh()
	t.onChosen(topic.ID)
}

func (t *topicsTab) currentView() *swipeScroll { return t.view }
