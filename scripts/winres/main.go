// Command winres writes the Windows resources of veininfo.exe into a .syso
// file that go build links into the exe: the icon, a manifest, and a
// version resource whose version strings are exactly what `veininfo
// --version` prints, so that Explorer, inventory tools and the app agree.
//
//	go run ./scripts/winres -version 0.1.0-gcfcc44d -o veininfo_windows_amd64.syso
//
// The fixed (numeric) file version is the x.y.z the version starts with
// and, as the fourth number, the commits since that release tag
// (1.2.3-4-gabc1234 gives 1.2.3.4). `fyne package` cannot do this: it
// writes x.y.z.BUILD with a build number it counts up itself. The icon and
// version resource are made with the libraries fyne package uses
// (josephspurrier/goversioninfo, fyne-io/image/ico), already in go.mod.
package main

import (
	"flag"
	"fmt"
	"image"
	_ "image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/fyne-io/image/ico"
	"github.com/josephspurrier/goversioninfo"
)

func main() {
	var o options
	flag.StringVar(&o.version, "version", "", "the version, as scripts/version.sh prints it")
	flag.StringVar(&o.icon, "icon", "assets/icons/256.png", "the icon, a PNG of at most 256 px")
	flag.StringVar(&o.out, "o", "veininfo_windows_amd64.syso", "the .syso file to write")
	flag.StringVar(&o.arch, "arch", "amd64", "the target architecture")
	flag.StringVar(&o.company, "company", "", "CompanyName (optional)")
	flag.StringVar(&o.copyright, "copyright", "", "LegalCopyright (optional)")
	flag.Parse()
	if err := write(o); err != nil {
		fmt.Fprintln(os.Stderr, "winres:", err)
		os.Exit(1)
	}
}

type options struct {
	version, icon, out, arch, company, copyright string
}

// release matches a version from scripts/version.sh: 1.2.3, 1.2.3-4-gabc1234,
// 0.1.0-gabc1234 (before the first tag), each perhaps with -dirty.
var release = regexp.MustCompile(`^(\d+)\.(\d+)\.(\d+)(?:-(\d+)-g[0-9a-f]+)?(?:-g[0-9a-f]+)?(?:-dirty)?$`)

// fixedVersion is the numeric version Windows keeps beside the strings.
func fixedVersion(version string) (goversioninfo.FileVersion, error) {
	m := release.FindStringSubmatch(version)
	if m == nil {
		return goversioninfo.FileVersion{}, fmt.Errorf("version %q is not x.y.z[-N-gCOMMIT][-dirty] (scripts/version.sh)", version)
	}
	var n [4]int
	for i, s := range m[1:] {
		n[i], _ = strconv.Atoi(s) // "" (no commits since the tag) is 0
	}
	v := goversioninfo.FileVersion{Major: n[0], Minor: n[1], Patch: n[2], Build: n[3]}
	if v.IsZero() {
		return v, fmt.Errorf("version %q: Windows does not accept 0.0.0.0", version)
	}
	return v, nil
}

// versionInfo is the version resource: the strings say the version as the
// app does, the numbers say it as Windows sorts it.
func versionInfo(o options) (*goversioninfo.VersionInfo, error) {
	fixed, err := fixedVersion(o.version)
	if err != nil {
		return nil, err
	}
	vi := &goversioninfo.VersionInfo{}
	vi.FixedFileInfo.FileVersion = fixed
	vi.FixedFileInfo.ProductVersion = fixed
	vi.StringFileInfo = goversioninfo.StringFileInfo{
		FileDescription:  "Vein Info",
		ProductName:      "Vein Info",
		Comments:         "Deep venous obstruction and its treatment, explained for patients",
		FileVersion:      o.version,
		ProductVersion:   o.version,
		InternalName:     "veininfo",
		OriginalFilename: "veininfo.exe",
		CompanyName:      o.company,
		LegalCopyright:   o.copyright,
	}
	vi.VarFileInfo.Translation = goversioninfo.Translation{LangID: goversioninfo.LngUSEnglish, CharsetID: goversioninfo.CsUnicode}
	return vi, nil
}

// manifest runs the app as the user who starts it (never asking for
// administrator rights) and names the Windows versions it is made for.
const manifest = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">
  <assemblyIdentity version="%d.%d.%d.%d" processorArchitecture="*" name="org.veininfo.app" type="win32"/>
  <trustInfo xmlns="urn:schemas-microsoft-com:asm.v3">
    <security><requestedPrivileges><requestedExecutionLevel level="asInvoker" uiAccess="false"/></requestedPrivileges></security>
  </trustInfo>
  <compatibility xmlns="urn:schemas-microsoft-com:compatibility.v1">
    <application><supportedOS Id="{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}"/></application>
  </compatibility>
</assembly>
`

func write(o options) error {
	vi, err := versionInfo(o)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "winres")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	vi.IconPath, err = writeICO(o.icon, filepath.Join(tmp, "veininfo.ico"))
	if err != nil {
		return err
	}
	f := vi.FixedFileInfo.FileVersion
	vi.ManifestPath = filepath.Join(tmp, "veininfo.exe.manifest")
	if err := os.WriteFile(vi.ManifestPath, fmt.Appendf(nil, manifest, f.Major, f.Minor, f.Patch, f.Build), 0o644); err != nil {
		return err
	}
	vi.Build()
	vi.Walk()
	return vi.WriteSyso(o.out, o.arch)
}

func writeICO(png, path string) (string, error) {
	in, err := os.Open(png)
	if err != nil {
		return "", err
	}
	defer in.Close()
	img, _, err := image.Decode(in)
	if err != nil {
		return "", fmt.Errorf("%s: %w", png, err)
	}
	out, err := os.Create(path)
	if err != nil {
		return "", err
	}
	if err := ico.Encode(out, img); err != nil {
		out.Close()
		return "", err
	}
	return path, out.Close()
}
