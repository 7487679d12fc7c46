// Package tomlkeys reads the outline of a plain TOML file in one pass
// over its lines: its table headers and its keys, with their string
// values. It is much faster than a full TOML parser and follows only the
// plain subset the app's message and content files are written in; on
// anything beyond that (a multi-line string or array, an inline table, a
// dotted or quoted key, a key given twice) it gives up and says so, and the
// caller parses the file in full. It does not check the rest of the syntax:
// it is an index for files that a full parse has checked, never a parser.
package tomlkeys

import (
	"strconv"
	"strings"
)

// Kind is what a line holds.
type Kind int

// The kinds of line Scan reports.
const (
	Table      Kind = iota // [name]
	ArrayTable             // [[name]]
	Key                    // name = value
)

// Line is one table header or key of a file.
type Line struct {
	Kind   Kind
	Name   string // the table's or the key's name
	String bool   // a key's value is a string
	Value  string // a key's string value, unescaped
	Number int    // the line's number, from 1
}

// Scan lists the table headers and keys of data in order. ok is false when
// the file goes beyond the plain subset: the caller must then parse it in
// full.
func Scan(data []byte) (lines []Line, ok bool) {
	seen := map[string]bool{} // keys of the current table
	tables := map[string]bool{}
	rest := string(data)
	for n := 1; rest != ""; n++ {
		text, after, _ := strings.Cut(rest, "\n")
		rest = after
		text = strings.TrimSpace(text)
		if text == "" || text[0] == '#' {
			continue
		}
		line, ok := scanLine(text)
		if !ok {
			return nil, false
		}
		line.Number = n
		switch line.Kind {
		case Table:
			if tables[line.Name] {
				return nil, false
			}
			tables[line.Name] = true
			clear(seen)
		case ArrayTable:
			clear(seen)
		case Key:
			if seen[line.Name] {
				return nil, false
			}
			seen[line.Name] = true
		}
		lines = append(lines, line)
	}
	return lines, true
}

func scanLine(text string) (Line, bool) {
	if name, ok := header(text, "[[", "]]"); ok {
		return Line{Kind: ArrayTable, Name: name}, true
	}
	if name, ok := header(text, "[", "]"); ok {
		return Line{Kind: Table, Name: name}, true
	}
	k, v, found := strings.Cut(text, "=")
	if !found {
		return Line{}, false
	}
	k, v = strings.TrimSpace(k), strings.TrimSpace(v)
	if !bare(k) {
		return Line{}, false
	}
	line := Line{Kind: Key, Name: k}
	var rest string
	var ok bool
	switch {
	case strings.HasPrefix(v, `"""`), strings.HasPrefix(v, "'''"):
		return Line{}, false // multi-line string
	case strings.HasPrefix(v, `"`), strings.HasPrefix(v, "'"):
		line.String = true
		line.Value, rest, ok = quoted(v)
	case strings.HasPrefix(v, "["):
		rest, ok = array(v)
	case strings.HasPrefix(v, "{"), v == "":
		return Line{}, false // inline table, or no value
	default:
		value, after, _ := strings.Cut(v, "#")
		ok = !strings.ContainsAny(strings.TrimSpace(value), " \t\"'[]{}")
		rest = "#" + after
	}
	return line, ok && comment(rest)
}

// header reads "[name]" or "[[name]]", with an optional comment after it.
func header(text, open, close string) (string, bool) {
	if !strings.HasPrefix(text, open) {
		return "", false
	}
	name, rest, found := strings.Cut(text[len(open):], close)
	name = strings.TrimSpace(name)
	if !found || !bare(name) || (open == "[" && strings.HasPrefix(rest, "]")) {
		return "", false
	}
	return name, comment(rest)
}

// bare reports whether s is a bare key: letters, digits, - and _.
func bare(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// quoted reads a one-line string at the start of s and returns it and what
// follows it.
func quoted(s string) (value, rest string, ok bool) {
	if s[0] == '\'' {
		end := strings.IndexByte(s[1:], '\'')
		if end < 0 {
			return "", "", false
		}
		return s[1 : end+1], s[end+2:], true
	}
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			v, err := strconv.Unquote(s[:i+1])
			return v, s[i+1:], err == nil
		}
	}
	return "", "", false
}

// array skips a one-line array of plain values at the start of s and
// returns what follows it.
func array(s string) (rest string, ok bool) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth--; depth == 0 {
				return s[i+1:], true
			}
		case '"', '\'':
			_, after, ok := quoted(s[i:])
			if !ok {
				return "", false
			}
			i = len(s) - len(after) - 1
		case '{', '#':
			return "", false
		}
	}
	return "", false // it goes on on the next line
}

// comment reports whether s is empty or a comment.
func comment(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || s[0] == '#'
}
