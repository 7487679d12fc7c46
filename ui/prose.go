package ui

import (
	"net/url"
	"strings"
	"sync"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// The topics' Markdown is laid out here rather than by Fyne's RichText,
// for what patients need and RichText cannot give: a glossary link is a
// control of ours (a strong focus outline, Enter as well as Space, the page
// scrolls to it and with the arrow keys from it, a finger's drag on it
// scrolls the page, a tap with a trembling finger still opens it), a link
// is never split over two lines, punctuation stays with the word before
// it, and a word too long for the line is broken between syllables with a
// hyphen, not in the middle of one.

// wtoken is a word, or a part of a word in another style, of a text block.
type wtoken struct {
	text  string
	bold  bool
	link  string // glossary term id, "" for plain text
	space bool   // whitespace comes before it
}

// textStyle is how a block's text looks.
type textStyle struct {
	size  fyne.ThemeSizeName
	bold  bool
	color fyne.ThemeColorName
}

var (
	bodyStyle       = textStyle{size: theme.SizeNameText}
	headingStyle    = textStyle{size: theme.SizeNameHeadingText, bold: true}
	subHeadingStyle = textStyle{size: theme.SizeNameSubHeadingText, bold: true}
)

// linkAction is what a tapped link does with its destination.
type linkAction func(dest string)

// prose lays out a Markdown text as blocks: headings, paragraphs and list
// items. Links to glossary terms call showTerm; any other link is shown as
// its text and address, never opened. host lets the links pass drags and
// keys on to the scroll area the text is in.
func prose(markdown string, showTerm func(id string), host *swipeHost) *fyne.Container {
	return proseWith(markdown, showTerm, host, nil)
}

// proseWith is prose whose paragraphs of one image ![](figure:id) show
// that figure, made by figure.
func proseWith(markdown string, showTerm func(id string), host *swipeHost, figure func(id string, host *swipeHost) fyne.CanvasObject) *fyne.Container {
	src := []byte(markdown)
	doc := goldmark.DefaultParser().Parse(text.NewReader(src))
	box := container.NewVBox()
	b := mdBlocks{showTerm: showTerm, host: host, figure: figure}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		b.add(box, n, src, "")
	}
	return box
}

// mdBlocks turns Markdown blocks into our own text blocks and figures.
type mdBlocks struct {
	showTerm func(string)
	host     *swipeHost
	figure   func(id string, host *swipeHost) fyne.CanvasObject
}

// figureID is the figure a paragraph consists of, if it is one image
// ![…](figure:id) alone.
func figureID(n ast.Node) (string, bool) {
	p, ok := n.(*ast.Paragraph)
	if !ok || p.ChildCount() != 1 {
		return "", false
	}
	img, ok := p.FirstChild().(*ast.Image)
	if !ok {
		return "", false
	}
	return strings.CutPrefix(string(img.Destination), figureScheme+":")
}

func (b mdBlocks) add(box *fyne.Container, n ast.Node, src []byte, prefix string) {
	showTerm, host := b.showTerm, b.host
	if id, ok := figureID(n); ok {
		if b.figure != nil {
			if f := b.figure(id, host); f != nil {
				addTo(box, f)
			}
		}
		return
	}
	switch n := n.(type) {
	case *ast.Heading:
		style := subHeadingStyle
		if n.Level == 1 {
			style = headingStyle
		}
		addTo(box, newTextBlock(inlineTokens(n, src, false), style, "", showTerm, host))
	case *ast.Paragraph, *ast.TextBlock:
		addTo(box, newTextBlock(inlineTokens(n, src, false), bodyStyle, prefix, showTerm, host))
	case *ast.List:
		number := n.Start
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			mark := "•"
			if n.IsOrdered() {
				mark = itoa(number) + "."
				number++
			}
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				b.add(box, c, src, mark)
				mark = " " // only the item's first block has the mark
			}
		}
	default:
		if n.HasChildren() {
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				b.add(box, c, src, prefix)
			}
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// inlineTokens splits a block's inline content into words.
func inlineTokens(n ast.Node, src []byte, bold bool) []wtoken {
	var out []wtoken
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			out = appendWords(out, string(c.Segment.Value(src)), bold, "")
			if c.SoftLineBreak() || c.HardLineBreak() {
				out = appendWords(out, " ", bold, "")
			}
		case *ast.Emphasis:
			out = append(out, inlineTokens(c, src, bold || c.Level >= 2)...)
		case *ast.Link:
			dest := string(c.Destination)
			label := plainText(c, src)
			if id, ok := strings.CutPrefix(dest, glossaryScheme+":"); ok {
				out = appendLink(out, label, id, bold)
				continue
			}
			// Never opened: the text and its address.
			shown := label
			if u, err := url.Parse(dest); err == nil && dest != label && u.String() != "" {
				shown += " (" + dest + ")"
			}
			out = appendWords(out, shown, bold, "")
		case *ast.CodeSpan:
			out = appendWords(out, plainText(c, src), bold, "")
		default:
			out = append(out, inlineTokens(c, src, bold)...)
		}
	}
	return out
}

func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// appendWords adds the words of s; a word that follows the previous word
// without a space (", and", "word.") is glued to it.
func appendWords(out []wtoken, s string, bold bool, link string) []wtoken {
	space := false
	word := strings.Builder{}
	flush := func() {
		if word.Len() > 0 {
			out = append(out, wtoken{text: word.String(), bold: bold, link: link, space: space})
			word.Reset()
			space = false
		}
	}
	for _, r := range s {
		if unicode.IsSpace(r) && r != '\u00a0' {
			flush()
			space = true
			continue
		}
		word.WriteRune(r)
	}
	flush()
	if space && len(out) > 0 {
		out = append(out, wtoken{space: true}) // a trailing space: the next wtoken is not glued
	}
	return out
}

// appendLink adds a link as one wtoken: a link is never split over lines.
func appendLink(out []wtoken, label, id string, bold bool) []wtoken {
	space := len(out) == 0 || out[len(out)-1].text == "" || strings.HasPrefix(label, " ")
	if len(out) > 0 && out[len(out)-1].text == "" {
		out = out[:len(out)-1]
	}
	return append(out, wtoken{text: strings.TrimSpace(label), bold: bold, link: id, space: space})
}

// textBlock is one paragraph, heading or list item, wrapped to its width.
type textBlock struct {
	widget.BaseWidget
	tokens   []wtoken
	style    textStyle
	prefix   string // a list item's bullet or number
	showTerm func(string)
	host     *swipeHost

	width   float32 // the width last laid out at
	objects []fyne.CanvasObject
	links   []*termLink
	last    struct {
		key    layoutKey
		placed []placed
		height float32
	}
}

func newTextBlock(tokens []wtoken, style textStyle, prefix string, showTerm func(string), host *swipeHost) *textBlock {
	b := &textBlock{tokens: dropEmpty(tokens), style: style, prefix: prefix, showTerm: showTerm, host: host}
	b.ExtendBaseWidget(b)
	return b
}

func dropEmpty(tokens []wtoken) []wtoken {
	var out []wtoken
	space := false
	for _, t := range tokens {
		if t.text == "" {
			space = space || t.space
			continue
		}
		t.space = t.space || space
		space = false
		out = append(out, t)
	}
	if len(out) > 0 {
		out[0].space = false
	}
	return out
}

// Text is the block's text, as a reader reads it.
func (b *textBlock) Text() string {
	var s strings.Builder
	for i, t := range b.tokens {
		if t.space && i > 0 {
			s.WriteByte(' ')
		}
		s.WriteString(t.text)
	}
	return s.String()
}

func (b *textBlock) CreateRenderer() fyne.WidgetRenderer {
	r := &blockRenderer{block: b}
	r.build()
	return r
}

func (b *textBlock) fontSize() float32 { return theme.Size(b.style.size) }

func (b *textBlock) textStyle(t wtoken) fyne.TextStyle {
	return fyne.TextStyle{Bold: b.style.bold || t.bold, Underline: t.link != ""}
}

// indent is where a list item's text starts, after its mark.
func (b *textBlock) indent() float32 {
	if b.prefix == "" {
		return 0
	}
	return fyne.MeasureText("00.", b.fontSize(), fyne.TextStyle{}).Width + theme.Padding()
}

// placed is a piece of text or a link at its place in the block.
type placed struct {
	text     string
	wtoken   wtoken
	pos      fyne.Position
	size     fyne.Size
	linkPart bool // the second line of a link that did not fit on one
}

// layout places the tokens in lines of width, and returns them with the
// block's height. The last result is kept: Fyne asks for the same width
// many times (minimum size, layout, refresh).
func (b *textBlock) layout(width float32) ([]placed, float32) {
	key := layoutKey{width: width, size: b.fontSize(), style: b.style}
	if b.last.placed != nil && b.last.key == key {
		return b.last.placed, b.last.height
	}
	placed, height := b.place(width)
	b.last.key, b.last.placed, b.last.height = key, placed, height
	return placed, height
}

// layoutKey is what a block's layout depends on, besides its words.
type layoutKey struct {
	width, size float32
	style       textStyle
}

func (b *textBlock) place(width float32) ([]placed, float32) {
	size := b.fontSize()
	lineHeight := fyne.MeasureText("Ag", size, fyne.TextStyle{Bold: b.style.bold}).Height
	space := fyne.MeasureText(" ", size, fyne.TextStyle{}).Width
	left := b.indent()
	width = max(width-left, size*4)
	var out []placed
	x, y := float32(0), float32(0)
	newLine := func() {
		x = 0
		y += lineHeight
	}
	groups := glue(b.tokens)
	for _, g := range groups {
		w := float32(0)
		for _, t := range g {
			w += textWidth(t.text, size, b.textStyle(t))
		}
		gap := float32(0)
		if x > 0 && g[0].space {
			gap = space
		}
		if x > 0 && x+gap+w > width {
			newLine()
			gap = 0
		}
		for w > width && x == 0 {
			// One word longer than the line: break it between syllables.
			head, rest, ok := breakWord(g, width, size, b)
			if !ok {
				break
			}
			for _, t := range head {
				tw := textWidth(t.text, size, b.textStyle(t))
				out = append(out, placed{text: t.text, wtoken: t, pos: fyne.NewPos(left+x, y), size: fyne.NewSize(tw, lineHeight)})
				x += tw
			}
			newLine()
			g = rest
			w = 0
			for _, t := range g {
				w += textWidth(t.text, size, b.textStyle(t))
			}
		}
		x += gap
		for _, t := range g {
			tw := textWidth(t.text, size, b.textStyle(t))
			out = append(out, placed{text: t.text, wtoken: t, pos: fyne.NewPos(left+x, y), size: fyne.NewSize(tw, lineHeight)})
			x += tw
		}
	}
	return out, y + lineHeight
}

// glue groups tokens that no space separates: they stay on one line.
func glue(tokens []wtoken) [][]wtoken {
	var groups [][]wtoken
	for _, t := range tokens {
		if len(groups) == 0 || t.space {
			groups = append(groups, []wtoken{t})
			continue
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], t)
	}
	return groups
}

// breakWord splits a group whose first wtoken is a word too long for the
// line at the last syllable boundary that fits, with a hyphen.
func breakWord(g []wtoken, width, size float32, b *textBlock) (head, rest []wtoken, ok bool) {
	t := g[0]
	if t.link != "" {
		return nil, nil, false
	}
	runes := []rune(t.text)
	style := b.textStyle(t)
	for _, i := range syllableBreaks(runes) {
		part := string(runes[:i])
		if !strings.HasSuffix(part, "-") {
			part += "-"
		}
		if textWidth(part, size, style) <= width {
			first, second := t, t
			first.text, second.text = part, string(runes[i:])
			second.space = false
			return []wtoken{first}, append([]wtoken{second}, g[1:]...), true
		}
	}
	return nil, nil, false
}

// syllableBreaks lists where a word may be broken, longest first part
// first: after a hyphen, or before a consonant that starts a syllable (a
// consonant followed by a vowel, with a vowel somewhere before it), never
// inside ch, ck, sch, ph, th or qu, and leaving at least two letters on
// each side. It is a rule of thumb for the Latin-script languages here,
// not a dictionary, and it is only used when a word is wider than a line.
func syllableBreaks(r []rune) []int {
	var breaks []int
	seenVowel, start := false, 0 // in the part since the last hyphen
	for i := 1; i < len(r)-1; i++ {
		if r[i-1] == '-' {
			if i >= 2 {
				breaks = append(breaks, i)
			}
			seenVowel, start = false, i
			continue
		}
		if isVowel(r[i-1]) {
			seenVowel = true
		}
		if i-start >= 2 && len(r)-i >= 2 && seenVowel && !isVowel(r[i]) && unicode.IsLetter(r[i]) && isVowel(r[i+1]) && !insideCluster(r, i) {
			breaks = append(breaks, i)
		}
	}
	for i, j := 0, len(breaks)-1; i < j; i, j = i+1, j-1 {
		breaks[i], breaks[j] = breaks[j], breaks[i]
	}
	return breaks
}

// insideCluster reports whether i falls inside a letter group that is
// said as one sound: ch, ck, ph, th, sch, qu.
func insideCluster(r []rune, i int) bool {
	prev := unicode.ToLower(r[i-1])
	cur := unicode.ToLower(r[i])
	switch {
	case cur == 'h' && (prev == 'c' || prev == 'p' || prev == 't' || prev == 's'):
		return true
	case cur == 'k' && prev == 'c':
		return true
	case cur == 'u' && prev == 'q':
		return true
	case cur == 'c' && prev == 's' && i+1 < len(r) && unicode.ToLower(r[i+1]) == 'h':
		return true
	}
	return false
}

func isVowel(r rune) bool {
	return strings.ContainsRune("aeiouyäöüåæøéèêëáàâíìîïóòôõúùûýœąęAEIOUYÄÖÜÅÆØÉÈÊËÁÀÂÍÌÎÏÓÒÔÕÚÙÛÝŒĄĘ", r)
}

type blockRenderer struct {
	block   *textBlock
	mark    *canvas.Text
	objects []fyne.CanvasObject
	height  float32
	laidOut float32 // the width the objects are for
}

// build makes the text objects and links for the current width.
func (r *blockRenderer) build() {
	b := r.block
	width := b.width
	if width <= 0 {
		width = 1 << 20 // not laid out yet: one line
	}
	placedTokens, height := b.layout(width)
	r.height, r.laidOut = height, b.width
	r.objects = r.objects[:0]
	// The links of the last build are used again where they are the same
	// link: a new object would lose the keyboard focus, which a link keeps
	// while the text reflows.
	old := b.links
	b.links = nil
	size := b.fontSize()
	color := b.style.color
	if color == "" {
		color = theme.ColorNameForeground
	}
	fg := theme.Color(color)
	if b.prefix != "" && strings.TrimSpace(b.prefix) != "" {
		r.mark = canvas.NewText(b.prefix, fg)
		r.mark.TextSize, r.mark.TextStyle = size, fyne.TextStyle{Bold: true}
		r.mark.Move(fyne.NewPos(0, 0))
		r.mark.Resize(r.mark.MinSize())
		r.objects = append(r.objects, r.mark)
	}
	for _, p := range placedTokens {
		if p.wtoken.link != "" {
			var link *termLink
			if k := len(b.links); k < len(old) && old[k].text == p.text && old[k].id == p.wtoken.link &&
				old[k].size == size && old[k].style == b.textStyle(p.wtoken) {
				link = old[k]
			} else {
				link = newTermLink(p.text, p.wtoken.link, b.showTerm, b.host, size, b.textStyle(p.wtoken))
			}
			link.Move(p.pos)
			link.Resize(p.size)
			b.links = append(b.links, link)
			r.objects = append(r.objects, link)
			continue
		}
		t := canvas.NewText(p.text, fg)
		t.TextSize, t.TextStyle = size, b.textStyle(p.wtoken)
		t.Move(p.pos)
		t.Resize(p.size)
		r.objects = append(r.objects, t)
	}
}

// Layout lays the words out again when the width changes; the height that
// follows is the block's new minimum, which its container picks up.
func (r *blockRenderer) Layout(size fyne.Size) {
	if size.Width != r.laidOut {
		r.block.width = size.Width
		before := r.height
		r.build()
		if r.height != before {
			canvas.Refresh(r.block)
		}
	}
}

func (r *blockRenderer) MinSize() fyne.Size {
	if r.block.width <= 0 {
		_, h := r.block.layout(1 << 20)
		return fyne.NewSize(r.block.fontSize()*4, h)
	}
	return fyne.NewSize(r.block.fontSize()*4, r.height)
}

func (r *blockRenderer) Refresh() {
	r.build()
	canvas.Refresh(r.block)
}

func (r *blockRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *blockRenderer) Destroy() {}

// termLink is a glossary term in a text: tap it, or focus it and press
// Space or Enter, to see its definition.
type termLink struct {
	widget.BaseWidget
	swipeChild
	text     string
	id       string
	showTerm func(string)
	size     float32
	style    fyne.TextStyle
	focused  bool
}

func newTermLink(text, id string, showTerm func(string), host *swipeHost, size float32, style fyne.TextStyle) *termLink {
	l := &termLink{text: text, id: id, showTerm: showTerm, size: size, style: style}
	l.host = host
	l.ExtendBaseWidget(l)
	return l
}

func (l *termLink) CreateRenderer() fyne.WidgetRenderer {
	t := canvas.NewText(l.text, theme.Color(theme.ColorNameHyperlink))
	t.TextSize, t.TextStyle = l.size, l.style
	ring := newFocusRing()
	ring.StrokeWidth = 2
	return &linkRenderer{link: l, text: t, ring: ring}
}

// Tapped shows the term's definition.
func (l *termLink) Tapped(*fyne.PointEvent) {
	if l.showTerm != nil {
		l.showTerm(l.id)
	}
}

func (l *termLink) FocusGained() {
	l.focused = true
	l.show(l)
	l.Refresh()
}

func (l *termLink) FocusLost() {
	l.focused = false
	l.Refresh()
}

// TypedKey opens the definition for Space and Enter, and scrolls the page
// for the other reading keys.
func (l *termLink) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		l.Tapped(nil)
	case fyne.KeyEscape:
		closeOverlayOf(l)
	default:
		l.scrollKey(e)
	}
}

func (l *termLink) TypedRune(rune) {}

func (l *termLink) Dragged(e *fyne.DragEvent) { l.dragged(e) }
func (l *termLink) DragEnd()                  { l.dragEnd(func() { l.Tapped(nil) }) }

// Cursor shows a pointing hand over the link.
func (l *termLink) Cursor() desktop.Cursor { return desktop.PointerCursor }

// AccessibilityLabel is the link's text.
func (l *termLink) AccessibilityLabel() string { return l.text }

// AccessibilityRole: a link.
func (l *termLink) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleLink }

type linkRenderer struct {
	link *termLink
	text *canvas.Text
	ring *canvas.Rectangle
}

func (r *linkRenderer) Layout(size fyne.Size) {
	r.text.Resize(size)
	pad := float32(2)
	r.ring.Move(fyne.NewPos(-pad, 0))
	r.ring.Resize(fyne.NewSize(size.Width+2*pad, size.Height))
}

func (r *linkRenderer) MinSize() fyne.Size { return r.text.MinSize() }

func (r *linkRenderer) Refresh() {
	r.text.Color = theme.Color(theme.ColorNameHyperlink)
	r.text.Refresh()
	r.ring.StrokeColor = theme.Color(theme.ColorNameFocus)
	r.ring.Hidden = !r.link.focused
	r.ring.Refresh()
}

func (r *linkRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.text, r.ring} }

func (r *linkRenderer) Destroy() {}

// widths remembers how wide a word is at a size and style: measuring text
// is the costliest part of laying out a topic, and the same words come
// back with every layout.
var widths = struct {
	sync.Mutex
	m map[widthKey]float32
}{m: map[widthKey]float32{}}

type widthKey struct {
	text  string
	size  float32
	style fyne.TextStyle
}

// textWidth is fyne.MeasureText's width, remembered.
func textWidth(text string, size float32, style fyne.TextStyle) float32 {
	k := widthKey{text, size, style}
	widths.Lock()
	w, ok := widths.m[k]
	widths.Unlock()
	if ok {
		return w
	}
	w = fyne.MeasureText(text, size, style).Width
	widths.Lock()
	if len(widths.m) > 200000 { // every word of every language at every size is far less
		clear(widths.m)
	}
	widths.m[k] = w
	widths.Unlock()
	return w
}
