// Package wintest runs the Windows package's veininfo.exe under Wine, in
// a fresh prefix under Xvfb, as a clinic's PC would run it: make
// test-windows builds the exe exactly as make package does and runs the
// tests here, which are behind the build tag "wine" so that make test
// passes them over (they need Wine, MinGW and ten minutes).
//
// Wine 8 (Debian 12's wine64) lacks two things the exe needs, which the
// tests make from the C files in dll/ into the prefix, never into a package:
// bcryptprimitives.dll with ProcessPrng (Go's runtime aborts without it)
// and UiaRaiseStructureChangedEvent in uiautomationcore.dll (the
// accessible build aborts at the first widget change without it).
package wintest
