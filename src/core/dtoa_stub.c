/* dtoa_stub: TEMPORARY stand-in for dtoa.c (another helper writes it) so the
 * parser branch can be tested; the lead deletes this file at merge.
 * repr: the shortest %.{1..17}g that round-trips, reshaped like CPython's. */
#include "core/dtoa.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t dtoa_repr(double d, char buf[DTOA_BUF]) {
    if (isnan(d)) { strcpy(buf, "nan"); return 3; }
    if (isinf(d)) { strcpy(buf, d < 0 ? "-inf" : "inf"); return d < 0 ? 4 : 3; }
    char tmp[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
        if (strtod(tmp, NULL) == d) break;
    }
    /* tmp = [-]D[.DDD]e[+-]XX: digits and exponent */
    char digits[32];
    size_t nd = 0;
    const char *p = tmp;
    int neg = 0;
    if (*p == '-') { neg = 1; p++; }
    while (*p && *p != 'e') { if (*p != '.') digits[nd++] = *p; p++; }
    int exp = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    size_t n = 0;
    if (neg) buf[n++] = '-';
    int dp = exp + 1;  /* position of decimal point */
    if (exp < -4 || exp >= 16) {
        buf[n++] = digits[0];
        if (nd > 1) { buf[n++] = '.'; for (size_t i = 1; i < nd; i++) buf[n++] = digits[i]; }
        n += (size_t)snprintf(buf + n, DTOA_BUF - n, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (dp <= 0) {
        buf[n++] = '0'; buf[n++] = '.';
        for (int i = 0; i < -dp; i++) buf[n++] = '0';
        for (size_t i = 0; i < nd; i++) buf[n++] = digits[i];
    } else {
        for (int i = 0; i < dp; i++) buf[n++] = (size_t)i < nd ? digits[i] : '0';
        buf[n++] = '.';
        if ((size_t)dp < nd) for (size_t i = (size_t)dp; i < nd; i++) buf[n++] = digits[i];
        else buf[n++] = '0';
    }
    buf[n] = 0;
    return n;
}

bool dtoa_parse(const char *s, size_t len, double *out) {
    char tmp[512];
    char *big = NULL;
    char *t = tmp;
    if (len + 1 > sizeof tmp) { big = malloc(len + 1); if (!big) return false; t = big; }
    memcpy(t, s, len);
    t[len] = 0;
    char *end;
    *out = strtod(t, &end);
    bool ok = end == t + len && len > 0;
    free(big);
    return ok;
}
