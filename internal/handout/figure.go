package handout

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"reflect"

	"github.com/fyne-io/oksvg"
	"github.com/go-pdf/fpdf"
	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"

	"veininfo/assets"
)

// figureShare is how much of the text's width a figure takes.
const figureShare = 0.85

// rasterDPI is the resolution of a figure that cannot be drawn as vectors.
const rasterDPI = 300

// figure draws an illustration with its caption and legend, kept together
// on one page: as vectors (the paths, rectangles, circles, ellipses,
// polygons and lines of the figures, filled and stroked, with their
// joins, caps and dashes), or, for SVG that oksvg's paths cannot carry
// whole (transforms, gradients), as a 300 dpi picture.
func (d *doc) figure(id string) {
	svg, err := assets.Figure(id, false)
	if err != nil {
		return
	}
	icon, err := oksvg.ReadIconStream(bytes.NewReader(svg), oksvg.WarnErrorMode)
	if err != nil || icon.ViewBox.W <= 0 || icon.ViewBox.H <= 0 {
		return
	}
	text, _ := d.Pack.Figure(id)
	w := d.width() * figureShare
	h := w * icon.ViewBox.H / icon.ViewBox.W
	d.font("B", bodyPt)
	captionH := float64(len(d.pdf.SplitText(text.Caption, d.width()))) * lineHeight(bodyPt)
	d.need(h + captionH + 4)
	x, y := margin+(d.width()-w)/2, d.pdf.GetY()+1
	if vectorOK(svg) {
		drawVectors(d.pdf, icon, x, y, w/icon.ViewBox.W)
	} else if err := d.drawRaster(id, icon, x, y, w, h); err != nil {
		return
	}
	d.pdf.SetDrawColor(ruleGrey[0], ruleGrey[1], ruleGrey[2])
	d.pdf.SetLineWidth(0.2)
	d.pdf.Rect(x, y, w, h, "D")
	d.pdf.SetXY(margin, y+h+2)
	d.para(text.Caption, "B", bodyPt)
	if text.Legend != "" {
		d.para(text.Legend, "", bodyPt)
	}
	d.pdf.Ln(lineHeight(bodyPt) * 0.5)
}

// vectorOK tells whether every drawn element of the SVG reaches oksvg's
// paths whole: no transform (kept in oksvg's unexported matrix) and no
// gradient or pattern fill (url(...)).
func vectorOK(svg []byte) bool {
	return !bytes.Contains(svg, []byte("transform")) && !bytes.Contains(svg, []byte("url("))
}

// drawVectors draws the SVG's paths at (x, y) at scale millimetres per
// SVG unit, clipped to its viewBox.
func drawVectors(pdf *fpdf.Fpdf, icon *oksvg.SvgIcon, x, y, scale float64) {
	vb := icon.ViewBox
	pdf.ClipRect(x, y, vb.W*scale, vb.H*scale, false)
	defer pdf.ClipEnd()
	pen := &pen{pdf: pdf, x: x - vb.X*scale, y: y - vb.Y*scale, scale: scale}
	for i := range icon.SVGPaths {
		p := &icon.SVGPaths[i]
		fill, hasFill := svgColor(p.GetFillColor())
		stroke, hasStroke := svgColor(p.GetLineColor())
		if !hasFill && !hasStroke {
			continue
		}
		style := ""
		if hasFill {
			pdf.SetFillColor(int(fill.R), int(fill.G), int(fill.B))
			style = "F"
			if !p.UseNonZeroWinding {
				style = "F*"
			}
		}
		if hasStroke {
			pen.strokeStyle(p, stroke)
			style = map[string]string{"": "D", "F": "FD", "F*": "FD*"}[style]
		}
		alpha := min(p.FillOpacity, 1)
		if !hasFill {
			alpha = min(p.LineOpacity, 1)
		}
		if alpha < 1 {
			pdf.SetAlpha(alpha, "Normal")
		}
		p.Path.AddTo(pen)
		pdf.DrawPath(style)
		if alpha < 1 {
			pdf.SetAlpha(1, "Normal")
		}
		if hasStroke && len(p.Dash) > 0 {
			pdf.SetDashPattern(nil, 0)
		}
	}
}

// svgColor is a path's fill or stroke colour, and whether it has one:
// oksvg gives a colour it parsed as color.NRGBA, and for "none" its
// colornames.Black, a color.RGBA.
func svgColor(c color.Color) (color.NRGBA, bool) {
	n, ok := c.(color.NRGBA)
	return n, ok && n.A > 0
}

// pen turns a rasterx path into PDF path operators: rasterx.Path hands
// its segments to an Adder, in SVG units as 26.6 fixed-point numbers.
type pen struct {
	pdf          *fpdf.Fpdf
	x, y, scale  float64
	curX, curY   float64 // the current point, in millimetres
	startX, strY float64
}

func (p *pen) at(a fixed.Point26_6) (float64, float64) {
	return p.x + float64(a.X)/64*p.scale, p.y + float64(a.Y)/64*p.scale
}

func (p *pen) Start(a fixed.Point26_6) {
	p.curX, p.curY = p.at(a)
	p.startX, p.strY = p.curX, p.curY
	p.pdf.MoveTo(p.curX, p.curY)
}

func (p *pen) Line(b fixed.Point26_6) {
	p.curX, p.curY = p.at(b)
	p.pdf.LineTo(p.curX, p.curY)
}

// QuadBezier draws a quadratic curve as the cubic it equals: PDF has only
// cubic curves.
func (p *pen) QuadBezier(b, c fixed.Point26_6) {
	bx, by := p.at(b)
	cx, cy := p.at(c)
	p.pdf.CurveBezierCubicTo(p.curX+2.0/3*(bx-p.curX), p.curY+2.0/3*(by-p.curY),
		cx+2.0/3*(bx-cx), cy+2.0/3*(by-cy), cx, cy)
	p.curX, p.curY = cx, cy
}

func (p *pen) CubeBezier(b, c, e fixed.Point26_6) {
	bx, by := p.at(b)
	cx, cy := p.at(c)
	p.curX, p.curY = p.at(e)
	p.pdf.CurveBezierCubicTo(bx, by, cx, cy, p.curX, p.curY)
}

func (p *pen) Stop(closeLoop bool) {
	if closeLoop {
		p.pdf.ClosePath()
		p.curX, p.curY = p.startX, p.strY
	}
}

// strokeStyle sets the line of a stroked path: colour, width, join, cap
// and dashes, scaled to the page.
func (p *pen) strokeStyle(s *oksvg.SvgPath, c color.NRGBA) {
	p.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
	p.pdf.SetLineWidth(s.LineWidth * p.scale)
	switch s.LineJoin {
	case rasterx.Round, rasterx.Arc, rasterx.ArcClip:
		p.pdf.SetLineJoinStyle("round")
	case rasterx.Bevel:
		p.pdf.SetLineJoinStyle("bevel")
	default:
		p.pdf.SetLineJoinStyle("miter")
	}
	p.pdf.SetLineCapStyle(capStyle(s.LineCap))
	if len(s.Dash) > 0 {
		dash := make([]float64, len(s.Dash))
		for i, v := range s.Dash {
			dash[i] = v * p.scale
		}
		p.pdf.SetDashPattern(dash, s.DashOffset*p.scale)
	}
}

// capStyle names a rasterx line cap as PDF does; oksvg keeps the cap as
// the function that draws it, so the function is what tells.
func capStyle(f rasterx.CapFunc) string {
	if f == nil {
		return "butt"
	}
	switch reflect.ValueOf(f).Pointer() {
	case reflect.ValueOf(rasterx.RoundCap).Pointer():
		return "round"
	case reflect.ValueOf(rasterx.SquareCap).Pointer():
		return "square"
	}
	return "butt"
}

// drawRaster draws the figure as a picture at 300 dpi.
func (d *doc) drawRaster(id string, icon *oksvg.SvgIcon, x, y, w, h float64) error {
	pw, ph := int(w/25.4*rasterDPI), int(h/25.4*rasterDPI)
	img := image.NewRGBA(image.Rect(0, 0, pw, ph))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	icon.SetTarget(0, 0, float64(pw), float64(ph))
	scanner := rasterx.NewScannerGV(pw, ph, img, img.Bounds())
	icon.Draw(rasterx.NewDasher(pw, ph, scanner), 1)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return fmt.Errorf("figure %s: %w", id, err)
	}
	name := "figure-" + id
	opt := fpdf.ImageOptions{ImageType: "PNG"}
	d.pdf.RegisterImageOptionsReader(name, opt, &buf)
	d.pdf.ImageOptions(name, x, y, w, h, false, opt, 0, "")
	return d.pdf.Error()
}
