package l10n

import (
	"strings"

	"veininfo/internal/tomlkeys"
)

// messageFields are the keys of a message table that go-i18n reads as the
// message itself (its reserved keys, less id and translation, which the
// scan leaves to a full parse).
var messageFields = map[string]bool{
	"description": true, "hash": true, "leftdelim": true, "rightdelim": true,
	"zero": true, "one": true, "two": true, "few": true, "many": true, "other": true,
}

// scanMessageIDs lists the message IDs of a message file from a quick scan
// (tomlkeys) instead of a full parse: a top-level ID = "text", or an [ID]
// table of the message's fields. It agrees with a full read of a file that
// reads without error (a test holds it to that for every locale); ok is
// false for anything else the file holds, such as nested messages.
func scanMessageIDs(data []byte) (ids map[string]bool, ok bool) {
	lines, ok := tomlkeys.Scan(data)
	if !ok {
		return nil, false
	}
	ids = map[string]bool{}
	table, fields := "", 0
	for _, l := range lines {
		switch {
		case l.Kind == tomlkeys.ArrayTable:
			return nil, false
		case l.Kind == tomlkeys.Table:
			if (table != "" && fields == 0) || ids[l.Name] {
				return nil, false // an empty table is no message
			}
			table, fields = l.Name, 0
			ids[l.Name] = true
		case !l.String:
			return nil, false
		case table == "":
			// The file itself would be one message if a top-level key
			// were one of go-i18n's reserved keys.
			if key := strings.ToLower(l.Name); messageFields[key] || key == "id" || key == "translation" || ids[l.Name] {
				return nil, false
			}
			ids[l.Name] = true
		case !messageFields[strings.ToLower(l.Name)]:
			return nil, false // nested messages
		default:
			fields++
		}
	}
	if table != "" && fields == 0 {
		return nil, false
	}
	return ids, true
}
