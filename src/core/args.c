/* args: checking the arguments native functions receive. */
#include "core/realm.h"
#include "objects/objects.h"

void arg_count(Realm *r, const char *fname, size_t nargs, Value kwnames, size_t min, size_t max) {
    if (kwnames != V_NULL && tuple_ptr(kwnames)->len > 0)
        err_type(r, "%s() takes no keyword arguments", fname);
    if (nargs >= min && nargs <= max) return;
    if (min == max) {
        if (min == 0) err_type(r, "%s() takes no arguments (%zu given)", fname, nargs);
        if (min == 1) err_type(r, "%s() takes exactly one argument (%zu given)", fname, nargs);
        err_type(r, "%s expected %zu arguments, got %zu", fname, min, nargs);
    }
    if (nargs < min) err_type(r, "%s expected at least %zu argument%s, got %zu", fname, min,
                              min == 1 ? "" : "s", nargs);
    err_type(r, "%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s", nargs);
}

void arg_parse(Realm *r, const char *fname, const Value *args, size_t nargs, Value kwnames,
               size_t nposonly, size_t nrequired, const char *const *names, Value *out) {
    size_t nparams = 0, npositional = 0;
    bool kwonly = false;
    for (const char *const *n = names; *n; n++) {
        if ((*n)[0] == '*' && (*n)[1] == 0) { kwonly = true; continue; }
        out[nparams++] = V_NULL;
        if (!kwonly) npositional++;
    }
    if (nargs > npositional) {
        if (npositional == 0) err_type(r, "%s() takes no positional arguments", fname);
        err_type(r, "%s() takes at most %zu argument%s (%zu given)", fname, npositional,
                 npositional == 1 ? "" : "s", nargs);
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    if (kwnames != V_NULL) {
        Tuple *kw = tuple_ptr(kwnames);
        for (int64_t k = 0; k < kw->len; k++) {
            size_t len;
            const char *key = str_utf8(r, kw->items[k], &len);
            size_t idx = 0;
            bool found = false;
            for (const char *const *n = names; *n; n++) {
                if ((*n)[0] == '*' && (*n)[1] == 0) continue;
                if (idx >= nposonly && strlen(*n) == len && memcmp(*n, key, len) == 0) {
                    found = true;
                    break;
                }
                idx++;
            }
            if (!found) {   /* 3.13 suggests the closest keyword parameter */
                Value cands = list_new(r, 0);
                size_t j = 0;
                for (const char *const *n = names; *n; n++) {
                    if ((*n)[0] == '*' && (*n)[1] == 0) continue;
                    if (j++ >= nposonly) list_append(r, cands, str_from_cstr(r, *n));
                }
                Value sugg = exc_suggest(r, cands, kw->items[k]);
                if (sugg != V_NULL)
                    err_type(r, "%s() got an unexpected keyword argument '%U'. Did you mean '%U'?", fname,
                             kw->items[k], sugg);
                err_type(r, "%s() got an unexpected keyword argument '%U'", fname, kw->items[k]);
            }
            if (out[idx] != V_NULL)
                err_type(r, "argument for %s() given by name ('%U') and position (%zu)", fname,
                         kw->items[k], idx + 1);
            out[idx] = args[nargs + (size_t)k];
        }
    }
    size_t idx = 0;
    for (const char *const *n = names; *n && idx < nrequired; n++) {
        if ((*n)[0] == '*' && (*n)[1] == 0) continue;
        if (out[idx] == V_NULL)
            err_type(r, "%s() missing required argument '%s' (pos %zu)", fname, *n, idx + 1);
        idx++;
    }
}
