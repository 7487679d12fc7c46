/*
 * A test-only uiautomationcore.dll for Wine 8: Wine's own has every UI
 * Automation call Fyne's accessibility driver (-tags accessibility) uses
 * but UiaRaiseStructureChangedEvent, a stub that aborts the program when
 * Fyne tells screen readers that the widgets changed. This DLL forwards
 * every export to Wine's DLL, copied beside it as uiacore_wine.dll (the
 * test writes the forwarders into the .def file from that DLL's export
 * table), and answers UiaRaiseStructureChangedEvent itself: no client is
 * listening in the test, so there is nobody to tell, which is what
 * Windows does then too. make test-windows builds it into the test's Wine
 * prefix; it is never part of a package.
 */
#include <windows.h>

HRESULT WINAPI UiaRaiseStructureChangedEvent(void *provider, int change, int *runtime_id, int len)
{
	(void)provider;
	(void)change;
	(void)runtime_id;
	(void)len;
	return S_OK;
}
