package wintest

import (
	"bytes"
	"debug/pe"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
)

// Exports lists the names a DLL exports, sorted: what a forwarding DLL
// must export to stand in for it.
func Exports(path string) ([]string, error) {
	f, err := pe.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok || len(oh.DataDirectory) <= pe.IMAGE_DIRECTORY_ENTRY_EXPORT {
		return nil, fmt.Errorf("%s: not a 64-bit DLL", path)
	}
	dir := oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_EXPORT]
	if dir.Size == 0 {
		return nil, fmt.Errorf("%s: exports nothing", path)
	}
	read := func(rva uint32, n int) ([]byte, error) {
		for _, s := range f.Sections {
			if rva >= s.VirtualAddress && rva < s.VirtualAddress+s.VirtualSize {
				b := make([]byte, n)
				_, err := s.ReadAt(b, int64(rva-s.VirtualAddress))
				if err == io.EOF {
					err = nil
				}
				return b, err
			}
		}
		return nil, fmt.Errorf("%s: address %#x is in no section", path, rva)
	}
	// IMAGE_EXPORT_DIRECTORY: NumberOfNames at 24, AddressOfNames at 32.
	hdr, err := read(dir.VirtualAddress, 40)
	if err != nil {
		return nil, err
	}
	count := binary.LittleEndian.Uint32(hdr[24:])
	table, err := read(binary.LittleEndian.Uint32(hdr[32:]), int(count)*4)
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, count)
	for i := range count {
		b, err := read(binary.LittleEndian.Uint32(table[i*4:]), 256)
		if err != nil {
			return nil, err
		}
		name, _, _ := bytes.Cut(b, []byte{0})
		names = append(names, string(name))
	}
	slices.Sort(names)
	return names, nil
}
