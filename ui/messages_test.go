package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"veininfo/internal/l10n"
	"veininfo/locales"
)

// localizerMethods take a message ID as their first argument.
var localizerMethods = []string{"T", "Format", "Plural"}

// TestEveryMessageIDInCodeExistsInEnglish reads the Go code that shows text
// and checks that each message ID it asks for is in en.toml.
func TestEveryMessageIDInCodeExistsInEnglish(t *testing.T) {
	cat, err := l10n.Load(locales.FS)
	if err != nil {
		t.Fatal(err)
	}
	english := cat.IDs(l10n.English)
	used := 0
	for _, dir := range []string{".", "../internal/l10n"} {
		for id, pos := range messageIDsIn(t, dir) {
			used++
			if !slices.Contains(english, id) {
				t.Errorf("%s: message %q is not in en.toml", pos, id)
			}
		}
	}
	if used < 20 {
		t.Errorf("found only %d message IDs in code; the scan is broken", used)
	}
}

// messageIDsIn finds string literals passed as the first argument to a
// localizer method, and string literals in arrays named like *IDs.
func messageIDsIn(t *testing.T, dir string) map[string]token.Position {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]token.Position{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			for _, lit := range idLiterals(n) {
				if id, err := strconv.Unquote(lit.Value); err == nil {
					ids[id] = fset.Position(lit.Pos())
				}
			}
			return true
		})
	}
	return ids
}

func idLiterals(n ast.Node) []*ast.BasicLit {
	switch n := n.(type) {
	case *ast.CallExpr:
		sel, ok := n.Fun.(*ast.SelectorExpr)
		if ok && slices.Contains(localizerMethods, sel.Sel.Name) && len(n.Args) > 0 {
			if lit, ok := n.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				return []*ast.BasicLit{lit}
			}
		}
	case *ast.ValueSpec:
		if len(n.Names) == 1 && len(n.Values) == 1 && strings.HasSuffix(n.Names[0].Name, "IDs") {
			if cl, ok := n.Values[0].(*ast.CompositeLit); ok {
				var lits []*ast.BasicLit
				for _, e := range cl.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						e = kv.Value
					}
					if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						lits = append(lits, lit)
					}
				}
				return lits
			}
		}
	}
	return nil
}
