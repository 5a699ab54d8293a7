/* unicode_stub: TEMPORARY stand-in for the generated unicode tables (another
 * helper writes them) so the parser branch can be tested; the lead deletes
 * this file at merge.  Rough approximations only. */
#include "core/unicode.h"

bool uni_isprintable(ucp c) {
    if (c < 0x20 || c == 0x7F) return false;
    if (c >= 0x80 && c < 0xA0) return false;
    if (c == 0xAD) return false;
    if (c >= 0xD800 && c < 0xE000) return false;
    if (c == 0x2028 || c == 0x2029 || (c >= 0x200B && c <= 0x200F) || c == 0xFEFF) return false;
    if (c == 0x2000 || (c > 0x2000 && c <= 0x200A) || c == 0x3000 || c == 0xA0 || c == 0x1680 || c == 0x205F) return false;
    if (c >= 0xE000 && c < 0xF900) return false;
    if (c >= 0xF0000) return false;
    return true;
}
bool uni_isxid_start(ucp c) { return c >= 0x80 && uni_isprintable(c) && c != 0xB7; }
bool uni_isxid_continue(ucp c) { return c >= 0x80 && uni_isprintable(c); }
int32_t uni_lookup(const char *name, size_t len) { (void)name; (void)len; return -1; }
