/* dtoa: conversions between double and decimal text, exactly as CPython 3.13
 * does them.  Pure functions: no allocation, no locale, no global state.
 *
 * Every output goes into a caller buffer of DTOA_BUF bytes or more for repr
 * and shortest forms; dtoa_format() takes an explicit size and reports the
 * size it needs, because a precision such as '%.500f' is guest-controlled. */
#ifndef ASP_DTOA_H
#define ASP_DTOA_H

#include <stddef.h>
#include <stdbool.h>

#define DTOA_BUF 40

/* repr(float) as CPython prints it: shortest round-tripping digits, 'inf',
 * '-inf', 'nan', '1e+16', '0.0001', '1.5', '-0.0'.  Returns the length. */
size_t dtoa_repr(double d, char buf[DTOA_BUF]);

/* Formats like CPython's format(d, spec) for the presentation types
 * 'e', 'E', 'f', 'F', 'g', 'G', '%' and 'r' (= repr) with the given precision
 * (-1 = the type's default) and the '#' (alt) flag.  No padding, sign or
 * grouping: the caller applies the rest of the format mini-language.  The
 * sign '-' is written for negative numbers (including -0.0).
 * Writes at most `cap` bytes (no terminating NUL) and returns the length the
 * full result needs; if that is > cap, call again with a bigger buffer. */
size_t dtoa_format(double d, char type, int precision, bool alt, char *buf, size_t cap);

/* Parses a Python float literal body or float() argument already stripped of
 * surrounding whitespace and underscores: [sign] digits [. digits] [e[sign]digits],
 * 'inf', 'infinity', 'nan' (any case, with sign).  Correctly rounded.
 * Returns true and sets *out when the whole text [s, s+len) is valid. */
bool dtoa_parse(const char *s, size_t len, double *out);

#endif
