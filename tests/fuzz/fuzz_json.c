/* fuzz_json: libFuzzer target for the json module (src/modules/py/json.py,
 * and the str, int and float machinery it stands on) through the public API.
 *
 * Input layout: byte 0 is the mode, the rest the document.  Mode bit 0:
 * json.loads gets the bytes themselves (encoding detection), else a str
 * decoded as UTF-8 (bit 3: undecodable bytes become lone surrogates, else
 * U+FFFD); bit 1:
 * strict=False; bit 2: object_pairs_hook=list; bits 4-6: dumps with
 * sort_keys, ensure_ascii=False, indent=2.  A document that loads must dump,
 * and dumping what that text loads to must give the same text again.  The
 * only exceptions allowed are ValueError (JSONDecodeError, an undecodable
 * document, the int digit limit) and RecursionError.  One realm serves 64
 * inputs, each with its own budget of 2M steps (asp_restart_limits) and a
 * 64 MiB heap.  Built by `make fuzz` into build/fuzz/; not part of the
 * library. */
#include "fuzz_common.h"

static const char fuzz_prelude[] =
    "import json\n"
    "def run(data, mode):\n"
    "    if mode & 1:\n"
    "        src = data\n"
    "    else:\n"
    "        src = data.decode('utf-8', 'surrogateescape' if mode & 8 else 'replace')\n"
    "    kw = {}\n"
    "    if mode & 2: kw['strict'] = False\n"
    "    if mode & 4: kw['object_pairs_hook'] = list\n"
    "    try:\n"
    "        obj = json.loads(src, **kw)\n"
    "    except (ValueError, RecursionError):\n"
    "        return\n"
    "    dkw = {'sort_keys': bool(mode & 16), 'ensure_ascii': not mode & 32}\n"
    "    if mode & 64: dkw['indent'] = 2\n"
    "    try:\n"
    "        text = json.dumps(obj, **dkw)\n"
    "        again = json.dumps(json.loads(text), **dkw)\n"
    "    except RecursionError:\n"
    "        return\n"
    "    assert again == text, (text, again)\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The harness (not the library) keeps its realm between inputs. */
enum { FUZZ_PER_REALM = 64 };
static asp_realm *fuzz_realm;
static int fuzz_uses;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1 || size > 8192) return 0;
    int mode = data[0] & 127;
    if (!fuzz_realm || ++fuzz_uses > FUZZ_PER_REALM) {
        if (fuzz_realm) asp_realm_free(fuzz_realm);
        fuzz_realm = fuzz_realm_new((size_t)64 << 20, 0);
        if (asp_exec(fuzz_realm, fuzz_prelude, sizeof fuzz_prelude - 1, "<fuzz>") != ASP_OK) abort();
        fuzz_uses = 1;
    }
    asp_realm *r = fuzz_realm;
    if (asp_restart_limits(r, 2000000, 0) != ASP_OK) abort();
    asp_handle fn, args[2], out;
    if (asp_get_global(r, "run", &fn) != ASP_OK) abort();
    if (asp_new_bytes(r, data + 1, size - 1, &args[0]) != ASP_OK) abort();
    if (asp_new_int(r, mode, &args[1]) != ASP_OK) abort();
    asp_status st = asp_call(r, fn, 2, args, &out);
    if (st == ASP_OK) {
        asp_handle_release(r, out);
    } else if (st == ASP_ERROR) {
        abort();   /* an assertion or an exception json does not document */
    } else {
        fuzz_check_status(st);
    }
    for (int k = 0; k < 2; k++) asp_handle_release(r, args[k]);
    asp_handle_release(r, fn);
    if (st == ASP_LIMIT || st == ASP_NOMEM) {   /* a fresh realm next time */
        asp_realm_free(fuzz_realm);
        fuzz_realm = NULL;
    }
    return 0;
}
