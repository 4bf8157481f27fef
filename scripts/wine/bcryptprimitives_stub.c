/* TEST ONLY, never shipped: a stand-in for Windows' bcryptprimitives.dll under Wine 8 (Debian 12),
 * which lacks it. Rust's standard library imports ProcessPrng from it for random numbers (hash-map
 * seeds). scripts/verify-packages.sh builds this with MinGW and puts it beside a *copy* of the
 * .exe in a temporary folder, so the real program can run under Wine. ProcessPrng fills the buffer
 * from RtlGenRandom (advapi32's SystemFunction036), which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
