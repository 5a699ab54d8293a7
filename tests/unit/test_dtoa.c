/* test_dtoa: checks src/core/dtoa.c against CPython 3.13's answers, as
 * recorded by tests/unit/gen_dtoa_cases.py in tests/unit/data/dtoa_cases.txt
 * (line formats described there): repr, format() for every type with
 * precisions -1..20 and some huge ones, and float() on valid and invalid
 * text.  Then two self-checks on random doubles that need no data file:
 *  - repr against an oracle built from the exact paths: the shortest
 *    correctly rounded '%.Ne' that parses back must have the same digits;
 *  - the fast 'e'/'f' paths against the exact expansion ('.800e', '.1100f')
 *    rounded half-even by this test;
 *  - float() of exact midpoints between neighbouring doubles (and of
 *    truncations of them, and them plus a hair) against glibc's strtod.
 * With --bench, times dtoa_repr/format/parse against snprintf/strtod.
 * Prints "N passed, M failed".
 *
 * Build and run from the repository root:
 *   cc -std=c11 -D_DEFAULT_SOURCE -O2 -Isrc tests/unit/test_dtoa.c src/core/dtoa.c -lm -o build/test_dtoa
 *   build/test_dtoa tests/unit/data/dtoa_cases.txt [--bench | -] [SELFCHECK_COUNT]
 */
#include "core/dtoa.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long passed, failed;

static double from_bits(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static uint64_t to_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static void check(bool ok, const char *line, const char *got, size_t gotlen)
{
    if (ok) {
        passed++;
        return;
    }
    if (failed < 30)
        fprintf(stderr, "FAIL: %.300s\n  got: %.*s\n", line, (int)(gotlen > 300 ? 300 : gotlen), got);
    failed++;
}

static char *big_buf;
static size_t big_cap;

static size_t format_all(double d, char type, int prec, bool alt)
{
    size_t n = dtoa_format(d, type, prec, alt, big_buf, big_cap);
    if (n > big_cap) {
        /* exercise the "call again with a bigger buffer" contract */
        big_cap = n + 1;
        big_buf = realloc(big_buf, big_cap);
        if (!big_buf)
            abort();
        size_t n2 = dtoa_format(d, type, prec, alt, big_buf, big_cap);
        if (n2 != n)
            return (size_t)-1;
    }
    return n;
}

static void run_line(char *line)
{
    char *save = NULL;
    char *copy = strdup(line);
    char *kind = strtok_r(line, " ", &save);
    if (!kind) {
        free(copy);
        return;
    }
    if (kind[0] == 'R') {
        uint64_t b = strtoull(strtok_r(NULL, " ", &save), NULL, 16);
        const char *want = strtok_r(NULL, " ", &save);
        char buf[DTOA_BUF];
        size_t n = dtoa_repr(from_bits(b), buf);
        check(n <= DTOA_BUF && n == strlen(want) && memcmp(buf, want, n) == 0, copy, buf, n);
        /* format(x, '') is repr too */
        n = format_all(from_bits(b), '\0', -1, false);
        check(n == strlen(want) && memcmp(big_buf, want, n) == 0, copy, big_buf, n);
    } else if (kind[0] == 'F') {
        uint64_t b = strtoull(strtok_r(NULL, " ", &save), NULL, 16);
        char type = strtok_r(NULL, " ", &save)[0];
        int prec = atoi(strtok_r(NULL, " ", &save));
        bool alt = atoi(strtok_r(NULL, " ", &save)) != 0;
        const char *want = strtok_r(NULL, " ", &save);
        if (type == 'Z')
            type = '\0';
        size_t n = format_all(from_bits(b), type, prec, alt);
        check(n == strlen(want) && memcmp(big_buf, want, n) == 0, copy, big_buf, n == (size_t)-1 ? 0 : n);
    } else if (kind[0] == 'P') {
        char *text = strtok_r(NULL, " ", &save);
        char *want = strtok_r(NULL, " ", &save);
        if (!want) { /* empty input: "P  ERR" */
            want = text;
            text = "";
        }
        double d = 0;
        bool ok = dtoa_parse(text, strlen(text), &d);
        char got[64];
        snprintf(got, sizeof got, "%d %016llx", ok, (unsigned long long)to_bits(d));
        if (strcmp(want, "ERR") == 0) {
            check(!ok, copy, got, strlen(got));
        } else {
            uint64_t w = strtoull(want, NULL, 16);
            bool same = ok && (isnan(from_bits(w)) ? isnan(d) && signbit(d) == signbit(from_bits(w))
                                                    : to_bits(d) == w);
            check(same, copy, got, strlen(got));
        }
    }
    free(copy);
}

/* xorshift for the self-check */
static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* Oracle for repr digits: shortest correctly rounded %.Ne (N = 0..16) whose
 * text parses back to d.  Slow but built only from the exact paths. */
static void selfcheck(long count)
{
    for (long i = 0; i < count; i++) {
        double d = from_bits(rnd());
        if (!isfinite(d))
            continue;
        char buf[DTOA_BUF], e[64];
        size_t n = dtoa_repr(d, buf);
        double back;
        bool ok = dtoa_parse(buf, n, &back) && to_bits(back) == to_bits(d);
        /* digits of the repr: strip sign, point, exponent, leading zeros */
        char rd[32];
        int rn = 0;
        for (size_t k = 0; k < n && buf[k] != 'e'; k++)
            if (buf[k] >= '0' && buf[k] <= '9' && (rn > 0 || buf[k] != '0') && rn < 31)
                rd[rn++] = buf[k];
        while (rn > 1 && rd[rn - 1] == '0')
            rn--;
        for (int p = 0; p <= 16 && ok; p++) {
            size_t en = dtoa_format(d, 'e', p, false, e, sizeof e);
            double b2;
            if (dtoa_parse(e, en, &b2) && to_bits(b2) == to_bits(d)) {
                /* p+1 digits, compare mantissa digits with the repr's */
                char od[32];
                int on = 0;
                for (size_t k = 0; k < en && e[k] != 'e'; k++)
                    if (e[k] >= '0' && e[k] <= '9' && on < 31)
                        od[on++] = e[k];
                while (on > 1 && od[on - 1] == '0')
                    on--;
                ok = on == rn && memcmp(od, rd, (size_t)on) == 0;
                break;
            }
        }
        char line[80];
        snprintf(line, sizeof line, "selfcheck %016llx", (unsigned long long)to_bits(d));
        check(ok, line, buf, n);
    }
}

/* Rounds the decimal digit string dig[0..n) half-even to keep digits
 * (keep >= 1); returns 1 when a carry made it one digit longer ("1000"). */
static int round_str(char *dig, int n, int keep)
{
    if (keep >= n)
        return 0;
    char next = dig[keep];
    bool rest = false;
    for (int i = keep + 1; i < n; i++)
        rest |= dig[i] != '0';
    bool up = next > '5' || (next == '5' && (rest || ((dig[keep - 1] - '0') & 1)));
    if (!up)
        return 0;
    int i = keep - 1;
    while (i >= 0 && dig[i] == '9')
        dig[i--] = '0';
    if (i >= 0) {
        dig[i]++;
        return 0;
    }
    memmove(dig + 1, dig, (size_t)keep);
    dig[0] = '1';
    return 1;
}

/* Cross-checks the fast fixed-precision path against the exact expansion:
 * 'e' with precision 800 and 'f' with precision 1100 show every digit of
 * any double exactly; rounding those digits here must give the same text. */
static void crosscheck(long count)
{
    static char ex[4000], got[4000], want[4000];
    for (long i = 0; i < count; i++) {
        uint64_t r = rnd();
        double d;
        if (r & 1)
            d = from_bits(rnd());
        else
            d = (double)(int64_t)(rnd() >> 12) / (double)(1ull << (rnd() % 60));
        if (!isfinite(d))
            continue;
        int p = (int)(rnd() % 18);
        bool ok;
        /* 'e' */
        size_t n = dtoa_format(d, 'e', 800, false, ex, sizeof ex - 1);
        ex[n] = 0;
        static char dig[4000];
        int nd = 0, neg = ex[0] == '-';
        size_t k = (size_t)neg;
        for (; k < n && ex[k] != 'e'; k++)
            if (ex[k] != '.')
                dig[nd++] = ex[k];
        int exp = atoi(ex + k + 1);
        exp += round_str(dig, nd, p + 1);
        int w = 0;
        if (neg)
            want[w++] = '-';
        want[w++] = dig[0];
        if (p > 0) {
            want[w++] = '.';
            memcpy(want + w, dig + 1, (size_t)p);
            w += p;
        }
        w += snprintf(want + w, 20, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        size_t gn = dtoa_format(d, 'e', p, false, got, sizeof got);
        ok = gn == (size_t)w && memcmp(got, want, gn) == 0;
        char line[120];
        snprintf(line, sizeof line, "crosscheck e %d %016llx want %.*s", p, (unsigned long long)to_bits(d), w, want);
        check(ok, line, got, gn);
        /* 'f' (moderate magnitudes only, to keep strings short) */
        if (fabs(d) > 1e30)
            continue;
        n = dtoa_format(d, 'f', 1100, false, ex, sizeof ex - 1);
        ex[n] = 0;
        char *pt = memchr(ex, '.', n);
        int ip = (int)(pt - ex) - neg;
        nd = 0;
        for (k = (size_t)neg; k < n; k++)
            if (ex[k] != '.')
                dig[nd++] = ex[k];
        int carry = round_str(dig, nd, ip + p);
        ip += carry;
        w = 0;
        if (neg)
            want[w++] = '-';
        memcpy(want + w, dig, (size_t)ip);
        w += ip;
        if (p > 0) {
            want[w++] = '.';
            memcpy(want + w, dig + ip, (size_t)p);
            w += p;
        }
        gn = dtoa_format(d, 'f', p, false, got, sizeof got);
        ok = gn == (size_t)w && memcmp(got, want, gn) == 0;
        snprintf(line, sizeof line, "crosscheck f %d %016llx want %.*s", p, (unsigned long long)to_bits(d), w > 60 ? 60 : w, want);
        check(ok, line, got, gn);
    }
}

/* Mantissa digits (no point) and decimal exponent of d's exact expansion. */
static int exact_digits(double d, char *dig, int *exp)
{
    static char ex[1000];
    size_t n = dtoa_format(d, 'e', 800, false, ex, sizeof ex - 1);
    ex[n] = 0;
    int nd = 0;
    size_t k = 0;
    for (; k < n && ex[k] != 'e'; k++)
        if (ex[k] >= '0' && ex[k] <= '9')
            dig[nd++] = ex[k];
    *exp = atoi(ex + k + 1);
    return nd;
}

/* float() of text near halfway points, checked against glibc's strtod
 * (correctly rounded in the C locale this test runs in): the exact midpoint
 * of two neighbouring doubles, truncations of it, and it plus a tiny bit. */
static void parse_crosscheck(long count)
{
    static char a[1000], b[1000], sum[1100], text[1300];
    for (long i = 0; i < count; i++) {
        double x = fabs(from_bits(rnd()));
        if (rnd() & 1)
            x = ldexp((double)(rnd() >> 11), (int)(rnd() % 200) - 100);
        if (!isfinite(x) || x == 0 || x == DBL_MAX)
            continue;
        double y = nextafter(x, INFINITY);
        int ea, eb;
        int na = exact_digits(x, a, &ea), nb = exact_digits(y, b, &eb);
        /* align both as 0.digits * 10^(eb+1); eb >= ea */
        int shift = eb - ea;
        int L = (na + shift > nb ? na + shift : nb) + 1;
        int carry = 0;
        for (int k = L - 1; k >= 0; k--) {
            int da = k - shift >= 0 && k - shift < na ? a[k - shift] - '0' : 0;
            int db = k < nb ? b[k] - '0' : 0;
            int t = da + db + carry;
            sum[k + 1] = (char)('0' + t % 10);
            carry = t / 10;
        }
        sum[0] = (char)('0' + carry);
        /* halve sum[0..L] */
        int rem = 0;
        for (int k = 0; k <= L; k++) {
            int t = rem * 10 + (sum[k] - '0');
            sum[k] = (char)('0' + t / 2);
            rem = t % 2;
        }
        int n = L + 1;
        if (rem)
            sum[n++] = '5';
        /* value = 0.sum * 10^(eb+2) */
        int variant = (int)(rnd() % 3);
        int len = n;
        if (variant == 1)
            len = 1 + (int)(rnd() % (uint64_t)n);
        int w = snprintf(text, sizeof text, "0.%.*s%se%d", len, sum, variant == 2 ? "000000000000000000001" : "", eb + 2);
        double want = strtod(text, NULL), got = 0;
        bool ok = dtoa_parse(text, (size_t)w, &got) && to_bits(got) == to_bits(want);
        char line[200];
        snprintf(line, sizeof line, "parse_crosscheck %.150s want %016llx", text, (unsigned long long)to_bits(want));
        char g[32];
        snprintf(g, sizeof g, "%016llx", (unsigned long long)to_bits(got));
        check(ok, line, g, strlen(g));
    }
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void bench(void)
{
    enum { N = 2000000 };
    double *v = malloc(N * sizeof *v);
    if (!v)
        abort();
    for (int i = 0; i < N; i++) {
        double d;
        do
            d = from_bits(rnd());
        while (!isfinite(d));
        v[i] = (i & 1) ? d : (double)(rnd() % 1000000) / 1000.0;
    }
    char buf[64];
    size_t sum = 0;
    double t0 = now();
    for (int i = 0; i < N; i++)
        sum += dtoa_repr(v[i], buf);
    double t1 = now();
    for (int i = 0; i < N; i++)
        sum += (size_t)snprintf(buf, sizeof buf, "%.17g", v[i]);
    double t2 = now();
    for (int i = 0; i < N; i++)
        sum += dtoa_format(v[i], 'e', 5, false, buf, sizeof buf);
    double t3 = now();
    for (int i = 0; i < N; i++)
        sum += (size_t)snprintf(buf, sizeof buf, "%.5e", v[i]);
    double t4 = now();
    double x;
    for (int i = 0; i < N; i++) {
        size_t n = dtoa_repr(v[i], buf);
        dtoa_parse(buf, n, &x);
    }
    double t5 = now();
    for (int i = 0; i < N; i++) {
        size_t n = dtoa_repr(v[i], buf);
        buf[n] = 0;
        x = strtod(buf, NULL);
        sum += x > 0;
    }
    double t6 = now();
    printf("bench (%d values, half random bits, half x.yyy): ns/call\n", N);
    printf("  dtoa_repr            %6.1f   snprintf %%.17g %6.1f\n", (t1 - t0) * 1e9 / N, (t2 - t1) * 1e9 / N);
    printf("  dtoa_format 'e' .5   %6.1f   snprintf %%.5e  %6.1f\n", (t3 - t2) * 1e9 / N, (t4 - t3) * 1e9 / N);
    printf("  repr+dtoa_parse      %6.1f   repr+strtod    %6.1f\n", (t5 - t4) * 1e9 / N, (t6 - t5) * 1e9 / N);
    printf("  (checksum %zu)\n", sum);
    free(v);
}

int main(int argc, char **argv)
{
    /* the test runner starts unit tests from the repository root with no arguments */
    const char *default_args[] = {argv[0], "tests/unit/data/dtoa_cases.txt"};
    if (argc < 2) {
        argc = 2;
        argv = (char **)default_args;
    }
    if (argc < 2) {
        fprintf(stderr, "usage: %s DATA_FILE [--bench|-] [SELFCHECK_COUNT]\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    big_cap = 64;
    big_buf = malloc(big_cap);
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    while ((len = getline(&line, &lcap, f)) > 0) {
        if (line[len - 1] == '\n')
            line[--len] = 0;
        run_line(line);
    }
    free(line);
    fclose(f);
    selfcheck(argc > 3 ? atol(argv[3]) : 200000);
    crosscheck(argc > 3 ? atol(argv[3]) : 200000);
    parse_crosscheck(argc > 3 ? atol(argv[3]) / 4 : 50000);
    if (argc > 2 && strcmp(argv[2], "--bench") == 0)
        bench();
    free(big_buf);
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed != 0;
}
