/*
 * A test-only bcryptprimitives.dll for Wine 8, which lacks it: Go's
 * runtime (Go 1.24 and newer) gets its random numbers from ProcessPrng
 * there and aborts at start without it. ProcessPrng is given over
 * advapi32's RtlGenRandom (SystemFunction036), which Wine has.
 * make test-windows builds it with x86_64-w64-mingw32-gcc into the test's
 * Wine prefix; it is never part of a package: Windows 10 and 11 have the
 * real DLL.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x10000000 ? 0x10000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}
