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
	list     *widget.List
	article  *fyne.Container
	onChosen func(id string)
	content  fyne.CanvasObject
}

// newTopicsTab shows topics, starting on the one with id selected (or the
// first). notice, when given, stands above the list and article.
func newTopicsTab(a articles, topics []content.Topic, selected string, notice fyne.CanvasObject, onChosen func(string)) *topicsTab {
	t := &topicsTab{articles: a, topics: topics, onChosen: onChosen, article: container.NewStack()}
	t.list = newTextList(func() int { return len(t.topics) }, t.title, t.onSelected)
	count := widget.NewLabel(a.loc.Plural("TopicCount", len(topics)))
	split := container.NewHSplit(container.NewBorder(count, nil, nil, nil, t.list), t.article)
	split.Offset = 0.3
	t.content = split
	if notice != nil {
		t.content = container.NewBorder(notice, nil, nil, nil, split)
	}
	if len(topics) > 0 {
		i := max(0, slices.IndexFunc(topics, func(tp content.Topic) bool { return tp.ID == selected }))
		t.list.Select(i)
	}
	return t
}

func (t *topicsTab) title(i int) string { return t.topics[i].Title }

func (t *topicsTab) onSelected(i widget.ListItemID) {
	topic := t.topics[i]
	t.article.Objects = []fyne.CanvasObject{t.articles.view(topic)}
	t.article.Refresh()
	t.onChosen(topic.ID)
}
